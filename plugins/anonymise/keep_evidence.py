"""Evidence across a report and a workspace: a word a strong keep rule recognises in one
place is not masked on weak evidence in another (session 19, the keep side of issue 11).

A report names the same organisation, brand or place several times, in frames of different
strength: "bij Decathlon" after buying is a chain's position, "Decathlon, de frisdrank ..."
in the quotes section a capitalised word no rule places. Each text was judged alone, so the
weak frame masked the word (default-deny) and the harvest then taught it to the whole report
as a name ("report", 0.95): the word was masked everywhere, even where a keep rule had
recognised it, and the editor's review did not ask about it (session 18's "learned" evidence
aside).

:class:`Evidence` answers, per report and per word, whether a STRONG keep rule recognises
the word in any of its texts (``detect.kept_words``: an organisation's head or type word, a chain or brand,
an organisation's shape, a language, a calendar word; not ``keep_objects.POSITION``, a thing by
its sentence position alone, nor a place, a compound's shape, a title, a handle or an idiom). :func:`settled` then drops a person span that rests on weak
evidence only (``WEAK_RULES``, below ``WEAK_BELOW``: a proper noun no list knows, a name-word
where a name may stand, a run of name-like capitalised words) when every word of it is such
a word. Because the harvest reads the same analyses, the word is not taught to the report
either.

Privacy first -- never settled as keep:

* a word on a first-name, surname or name-word list (a listed name needs strong evidence of
  a person's absence, not another frame elsewhere), a name the report gives (speakers,
  reporter, credits, the deny list), a word of less than three letters, a frequent word;
* a span with a person's cue at any of its words (``detect._context_cues``: a title or role
  word, an age, a speech verb ... -- an apposition's comma alone aside, "bij X, de ..." --;
  ``detect._said_cues``), an attribution, another rule than ``WEAK_RULES`` (a coordination
  with a name, a list, the report's own names) or a confidence of ``WEAK_BELOW`` or more:
  "meneer X", "lacht X, leerlinge", "met X (16)" stay masked whatever the rest of the report
  says (the rule strings alone do not tell: "meneer X" is "capitalised word in context").
* place names and compounds are no evidence here (a compound is a Dutch surname's shape,
  "Titel|boom"; a place of the world lists is a first name elsewhere): only an organisation's
  or a brand's rule, a language or a calendar word count (``STRONG_RULES``).

Across the workspace only the editor's review reads the evidence (``review.collect``): a
word kept with a doubt in one report that a strong rule recognises in another is settled
and not listed. The build of a report reads no other report (its cache and the watch's
fast lane stay per report).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from .lexicon import fold, load_lexicon

if TYPE_CHECKING:
    from .detect import Knowledge, Span, TextFacts, Token
    from .lexicon import Lexicon

#: Protections of ``detect.kept_words`` that are evidence of a thing by themselves.
STRONG_RULES = frozenset({"keep", "brand", "language", "organisation", "calendar"})
#: Person rules that rest on a word's shape or a weak position alone (no person's cue).
WEAK_RULES = frozenset({
    "proper noun no list knows", "unknown capitalised word in context", "capitalised word in context",
    "run of name-like capitalised words", "name-word used as a name", "unknown word opening a sentence",
    # (session 22, one sense per report: a bare mention that opens a clause or stands on a
    # surname list only -- "Haverbeke brouwt sinds 1892", "Peeters gaf ons brood" after
    # "Brouwerij Haverbeke", "Bakkerij Peeters" in the same report)
    "unknown capitalised word as the subject of a verb", "surname list", "particle and surname",
})
#: Weak rules whose text names the words around the span: "subject after 'maar' before 'is'"
#: (``person_positions.subject_after_opener``; not ``person_relations``' "subject after
#: '<verb>'", a verb only a person does).
WEAK_PATTERN = re.compile(r"subject after '[^']+' before '[^']+'\Z")
#: Particles of a surname that a bare mention may carry before the word a strong rule keeps
#: ("Van Kestelyn krijgen we de taarten" after "Bakkerij Kestelyn"): never counted as evidence.
PARTICLES = frozenset({"van", "de", "der", "den", "ter", "ten", "le", "la", "du", "vande", "vander"})
#: A span at this confidence or more was found by more than its shape.
WEAK_BELOW = 0.85
#: Context "cues" that say nothing of a person: an apposition's comma, and (session 22) a verb
#: after the word -- the very position of a clause's subject, which a firm fills as well;
#: a verb only a person does is asked of ``person_relations`` below.
_NO_CUES = frozenset({"apposition", "followed by a verb"})
_WORD_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def _strong_words(text: str, know: Knowledge, facts: TextFacts | None = None) -> frozenset[str]:
    """The folded capitalised words of ``text`` a strong keep rule recognises (``facts``: the
    text's :class:`.detect.TextFacts`, when known)."""
    from .detect import kept_words_and_tokens

    found, toks = kept_words_and_tokens(text, know, facts)  # (its tokens: the text is not tokenised twice)
    kept = {start for start, rule in found.items() if rule in STRONG_RULES}
    if not kept:
        return frozenset()
    return frozenset(tok.folded for tok in toks if tok.start in kept)


def countable(f: str, lex: Lexicon) -> bool:
    """Whether a folded word may be settled as kept at all: no listed name, no frequent word."""
    return not (len(f) < 3 or f in lex.common or f in lex.first_names or f in lex.surnames or f in lex.name_words)


def countable_in_report(f: str, lex: Lexicon) -> bool:
    """Whether a folded word may be settled as kept inside ONE report (session 22, one sense per
    report): as :func:`countable`, but a word on the surname lists only (no first name, no
    name-word) may be: a firm, brewery or shop named after its family ("Brouwerij X", "Bakkerij
    X") is that firm again when the same report names X bare -- unless a person's cue stands at
    the bare mention (:func:`settled`) or the report gives X as a person's name. Across reports
    (the review) :func:`countable` still holds."""
    return not (len(f) < 3 or f in lex.common or f in lex.first_names or f in lex.name_words
                or (f in lex.surnames and f in lex.first_names))


class Evidence:
    """A report's strong keep evidence, worked out per word when a weak span first asks (a
    report without one pays nothing): each text holding the word is read by
    ``detect.kept_words`` once, with the knowledge the report gives (``given``: its speakers,
    credits, deny and allow lists -- never what the harvest learned, so the answer does not
    depend on when it is asked).

    ``facts`` (session 20): the report's :class:`.detect.TextFacts` by text (what depends on a
    text alone, :func:`.anonymiser.anonymise_report`'s): a text read here takes its facts from
    there, or leaves them there for the analyses after it (the quote's own, the speakers'
    withholding of a section: the same text is not tokenised and its first protections found
    twice)."""

    def __init__(self, texts: Iterable[str], given: Callable[[], Knowledge],
                 facts: dict[str, TextFacts] | None = None):
        self._texts = [t for t in texts if isinstance(t, str) and t.strip()]
        self._facts = facts
        self._lowered = [t.lower() for t in self._texts]
        self._given = given
        self._know: Knowledge | None = None
        self._per_text: dict[int, frozenset[str]] = {}
        self._answers: dict[str, bool] = {}

    def __bool__(self) -> bool:
        return bool(self._texts)

    def kept(self, f: str, surface: str) -> bool:
        """Whether a strong keep rule recognises the word (``f`` folded, ``surface`` as written)
        in any of the report's texts."""
        ans = self._answers.get(f)
        if ans is None:
            ans = False
            if countable_in_report(f, load_lexicon()):
                low = surface.lower()
                for k, text in enumerate(self._texts):
                    if low not in self._lowered[k]:
                        continue
                    words = self._per_text.get(k)
                    if words is None:
                        if self._know is None:
                            self._know = self._given()
                        shared = None
                        if self._facts is not None:
                            from .detect import TextFacts  # (detect imports this module)

                            shared = self._facts.get(text) or self._facts.setdefault(text, TextFacts(text))
                        words = self._per_text[k] = _strong_words(text, self._know, shared)
                    if f in words:
                        ans = True
                        break
            self._answers[f] = ans
        return ans


def _token_start(tok: Token) -> int:
    return tok.start


def _words(text: str) -> list[tuple[str, str]]:
    return [(fold(w), w) for w in _WORD_RE.findall(text) if len(w) >= 2 and w.lower() not in ("'s", "’s")]


def _opens_a_clause(toks: list[Token], first: int, end: int) -> bool:
    """Whether the span from token ``first`` (ending at ``end``) opens a sentence, with "Van" or
    nothing before its one word, and a lower-case word after it: "Peeters gaf ons brood", "Van
    Peeters krijgen we taarten" -- not "met Peeters naar zee", "Wout Peeters"."""
    if first >= len(toks) or not toks[first].sent_start:
        return False
    k = first + 1 if toks[first].folded in PARTICLES else first
    if k >= len(toks) or toks[k].end != end or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    return not nxt.cap and nxt.text[:1].isalpha()


def settled(text: str, toks: list[Token], span: Span, know: Knowledge, lex: Lexicon) -> bool:
    """Whether the person ``span`` of ``text`` rests on weak evidence only and every word of
    it is kept by a strong rule elsewhere in the report (``know.evidence``): no person's
    cue at any of its words (``detect._context_cues`` but an apposition's comma, a saying verb
    before or after it), no attribution."""
    if (span.kind != "person" or span.attribution
            or (span.rule not in WEAK_RULES and not WEAK_PATTERN.match(span.rule or ""))
            or span.confidence >= WEAK_BELOW):
        return False
    body = span.text[: len(span.text) - len(span.suffix)] if span.suffix else span.text
    words = _words(body)
    if len(words) > 1 and words[0][0] in PARTICLES:
        words = words[1:]  # "Van Kestelyn": the particle is no evidence either way
    evidence = know.evidence
    if not words or evidence is None or not all(f not in know.names and evidence.kept(f, w) for f, w in words):
        return False
    from .detect import _context_cues, _said_cues
    from .person_relations import human_apposition, kin_before, subject_of_human_verb

    # the span's tokens only: a scan of every token for every span was quadratic in a long
    # text ("Op Ketnet zag ik " x 100 kB: 23 s of CPU instead of 2)
    first = bisect_left(toks, span.start, key=_token_start)
    if any(f in lex.surnames for f, _w in words) and not _opens_a_clause(toks, first, span.end):
        return False  # a listed surname is settled only as the subject opening a sentence
    for i in range(first, len(toks)):
        tok = toks[i]
        if tok.start >= span.end:
            break
        score, why = _context_cues(text, toks, i, lex, know)
        if score > 0 and any(w not in _NO_CUES for w in why):
            return False
        if _said_cues(text, toks, i, lex)[0] > 0:
            return False
        # a verb only a person does, kin before "van", a human noun in apposition (session 22:
        # the one-sense rule settles bare mentions as subjects, so a person's verb must win)
        if subject_of_human_verb(text, toks, i) or kin_before(text, toks, i) or human_apposition(text, toks, i):
            return False
    return True
