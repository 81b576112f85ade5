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
from functools import lru_cache
from typing import TYPE_CHECKING

from .lexicon import fold, load_lexicon
from .vocatives import addressed

if TYPE_CHECKING:
    from .detect import Knowledge, Span, TextFacts, Token
    from .lexicon import Lexicon

#: Protections of ``detect.kept_words`` that are evidence of a thing by themselves.
STRONG_RULES = frozenset({"keep", "brand", "language", "organisation", "calendar"})
#: Person rules that rest on a word's shape or a weak position alone (no person's cue).
WEAK_RULES = frozenset({
    "proper noun no list knows", "unknown capitalised word in context", "capitalised word in context",
    "run of name-like capitalised words", "name-word used as a name", "unknown word opening a sentence",
})
#: (session 22, one sense per report) Rules of a bare mention that opens a clause or stands on a
#: surname list only -- "Haverbeke brouwt sinds 1892", "Peeters gaf ons brood", "Van Kestelyn
#: krijgen we ..." after "Brouwerij Haverbeke", "Bakkerij Peeters", "Bakkerij Kestelyn" in the
#: same report. They are settled only by a FRAME that names a thing (``FRAME_RULES``: an
#: organisation's head or type word, an apposition "X, een vzw"), never by a list's word alone
#: (a brand list's "Lux" is a child's name in "vroeg of Lux nu ook ... kon": heldout_s5).
ONE_SENSE_RULES = frozenset({"unknown capitalised word as the subject of a verb", "surname list",
                             "particle and surname"})
#: Protections of ``detect.kept_words`` that are a frame naming a thing (not a list's entry).
FRAME_RULES = frozenset({"keep", "organisation"})
#: The particle a bare mention may carry before the word a frame keeps: "Van" opening a
#: sentence as a preposition ("Van Kestelyn krijgen we de taarten"); never "De X" ("DE PROF" is
#: a nickname: heldout_s5) nor a particle in capitals.
PARTICLES = frozenset({"van"})
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
    return _kept_words(text, know, facts)[0]


def _kept_words(text: str, know: Knowledge,
                facts: TextFacts | None = None) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(the folded words a strong keep rule recognises, those of them a frame naming a thing
    recognises: ``FRAME_RULES`` or an apposition, ``_named_things``; the words the text
    introduces as a thing by its kind's noun, :func:`.keep_introduced.introduced_things`)."""
    from .detect import kept_words_and_tokens
    from .keep_introduced import introduced_things

    found, toks = kept_words_and_tokens(text, know, facts)  # (its tokens: the text is not tokenised twice)
    kept = {start for start, rule in found.items() if rule in STRONG_RULES}
    framed = {start for start, rule in found.items() if rule in FRAME_RULES}
    if any(rule == POSITION for rule in found.values()):
        named = _named_things(text, toks, found)
        kept |= named
        framed |= named
    intro = introduced_things(text, toks, load_lexicon())
    if not kept and not intro:
        return frozenset(), frozenset(), frozenset()
    return (frozenset(tok.folded for tok in toks if tok.start in kept),
            frozenset(tok.folded for tok in toks if tok.start in framed),
            frozenset(tok.folded for tok in toks if tok.start in intro))


#: ``keep_objects.POSITION`` (a thing by its sentence position; not imported: detect imports this module)
POSITION = "position"


def _named_things(text: str, toks: list[Token], found: dict[int, str]) -> set[int]:
    """(session 22) The starts of words kept by their position whose run the text itself calls a
    thing in an apposition: "via X, het uitzendbureau van de regio", "X, een kleine vzw uit Y"
    (``keep_objects._thing_phrase``: a determiner, adjectives, a thing's noun). What a report
    says a word IS counts as evidence for its other mentions; a position alone does not."""
    from .keep_objects import _thing_phrase
    from .lexicon import load_lexicon

    lex = load_lexicon()
    out: set[int] = set()
    n = len(toks)
    for k, tok in enumerate(toks):
        if found.get(tok.start) != POSITION or not tok.cap:
            continue
        last = k
        while last + 1 < n and toks[last + 1].cap and found.get(toks[last + 1].start) == POSITION \
                and text[toks[last].end : toks[last + 1].start] == " ":
            last += 1
        if last + 1 < n and text[toks[last].end : toks[last + 1].start] == ", " and _thing_phrase(text, toks, last + 1, lex):
            out.update(t.start for t in toks[k : last + 1])
    return out


def countable(f: str, lex: Lexicon) -> bool:
    """Whether a folded word may be settled as kept at all: no listed name, no frequent word."""
    return not (len(f) < 3 or f in lex.common or lex.is_listed_name(f))


def countable_in_report(f: str, lex: Lexicon) -> bool:
    """Whether a folded word may be settled as kept inside ONE report (session 22, one sense per
    report): as :func:`countable`, but a word on the surname lists only (no first name, no
    name-word) may be: a firm, brewery or shop named after its family ("Brouwerij X", "Bakkerij
    X") is that firm again when the same report names X bare -- unless a person's cue stands at
    the bare mention (:func:`settled`) or the report gives X as a person's name. Across reports
    (the review) :func:`countable` still holds."""
    return not (len(f) < 3 or f in lex.common or f in lex.first_names or f in lex.name_words
                or (f in lex.surnames and f in lex.first_names))


#: (session 23, s23-privacy) Legal forms written after a firm's or a body's name: "Willems vzw".
_LEGAL_TAILS = ("vzw", "VZW", "bv", "BV", "nv", "NV", "bvba", "BVBA", "cvba", "CVBA", "asbl", "ASBL")
_URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>()\"'“”]+")


def firm_framed(text: str, know: Knowledge | None, head: str, name: str) -> bool:
    """(session 23, issue 11 point 4) Whether the report names ``name`` as a firm or a body in a
    STRONG frame: its organisation noun ``head`` capitalised before it ("Brouwerij Vermeulen",
    "VZW Lotte"), a legal form after it ("Lotte vzw"), or a web address holding it
    ("www.frituurwillems.be"), in ``text``, in any text of the report (``know.evidence``) or in
    its front matter (``Evidence.frames``). A listed person's name after a LOWER-CASE organisation
    noun ("de vzw Lotte", "bij de brouwerij Vermeulen") is a firm only then; otherwise the person
    rules judge it (the protective default). Literal searches only (each anchored on the name)."""
    texts = [text]
    ev = know.evidence if know is not None else None
    if ev:
        texts += ev.texts_and_frames()
    heads = (head[:1].upper() + head[1:].lower(), head.upper())
    return any(_framed_in(t, heads, name) for t in texts)


@lru_cache(maxsize=4096)
def _framed_in(t: str, heads: tuple[str, ...], name: str) -> bool:
    """:func:`firm_framed` in one text ``t``, read at the name's occurrences only and remembered
    (session 23 review: every mention asked the whole text up to 14 times -- "met de vzw Lotte
    gepraat." x 2,500 took 8 s of CPU for 128 kB, 4x for 2x the text; the same answers as
    ``f"{h} {name}" in t`` or ``f"{name} {tail}" in t``)."""
    p = t.find(name)
    if p < 0:
        return False
    end = len(name)
    while p >= 0:
        if any(t[p - len(h) - 1 : p] == f"{h} " for h in heads if p > len(h)) or any(
                t.startswith(f" {tail}", p + end) for tail in _LEGAL_TAILS):
            return True
        p = t.find(name, p + 1)
    if "www." in t or "http" in t:
        low = fold(name)
        return any(low in u for u in _folded_urls(t))
    return False


@lru_cache(maxsize=256)
def _folded_urls(t: str) -> tuple[str, ...]:
    """The web addresses of a text, folded (:func:`firm_framed`)."""
    return tuple(fold(m.group()) for m in _URL_RE.finditer(t))


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
        self._per_text: dict[int, tuple[frozenset[str], frozenset[str], frozenset[str]]] = {}
        self._answers: dict[tuple[str, bool], bool] = {}
        self._introduced: dict[str, bool] = {}
        #: (session 23) the report's front matter values: read by :func:`firm_framed` only
        self.frames: list[str] = []

    def texts_and_frames(self) -> list[str]:
        """The report's texts and its front matter's values (:func:`firm_framed`)."""
        return [*self._texts, *self.frames]

    def __bool__(self) -> bool:
        return bool(self._texts)

    def _words_of(self, k: int, text: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        """What :func:`_kept_words` finds in the report's text number ``k``, worked out once."""
        words = self._per_text.get(k)
        if words is None:
            if self._know is None:
                self._know = self._given()
            shared = None
            if self._facts is not None:
                from .detect import TextFacts  # (detect imports this module)

                shared = self._facts.get(text) or self._facts.setdefault(text, TextFacts(text))
            words = self._per_text[k] = _kept_words(text, self._know, shared)
        return words

    def introduced(self, f: str, surface: str) -> bool:
        """(session 26, s26-keep) Whether one of the report's texts introduces the word (``f``
        folded, ``surface`` as written) as a thing by its kind's noun -- "de app X", "het
        festival X", "de merken X en Y", "het inschrijvingssysteem X" (:mod:`.keep_introduced`)
        -- and no name list holds it at all (:func:`countable`: no first name, no surname, no
        name-word, no frequent word)."""
        ans = self._introduced.get(f)
        if ans is None:
            ans = False
            if countable(f, load_lexicon()):
                low = surface.lower()
                for k, text in enumerate(self._texts):
                    if low in self._lowered[k] and f in self._words_of(k, text)[2]:
                        ans = True
                        break
            self._introduced[f] = ans
        return ans

    def kept(self, f: str, surface: str, frames: bool = False) -> bool:
        """Whether a strong keep rule recognises the word (``f`` folded, ``surface`` as written)
        in any of the report's texts (``frames``: a frame naming a thing, ``FRAME_RULES``)."""
        key = (f, frames)
        ans = self._answers.get(key)
        if ans is None:
            ans = False
            lex = load_lexicon()
            if countable_in_report(f, lex) and (frames or countable(f, lex)):
                low = surface.lower()
                for k, text in enumerate(self._texts):
                    if low not in self._lowered[k]:
                        continue
                    words = self._words_of(k, text)
                    if f in words[1 if frames else 0]:
                        ans = True
                        break
            self._answers[key] = ans
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


#: (s22-review) The verbs after a bare mention that one sense per report may settle as a firm:
#: what a firm does rather than a person ("Quaeghebeur brouwt sinds 1890", "Maertens levert
#: ook de taarten"). Any other verb leaves the mention a person: "Maertens zit in mijn klas",
#: "... danste de hele avond", "... trakteerde op ijs", "... kreeg een prijs", "... mag niet mee"
#: (kept after "Bakkerij Maertens" by the first one-sense rule, which asked a list of a person's
#: verbs instead -- a list no report's verbs end).
FIRM_VERBS = frozenset({
    "brouwt", "brouwen", "brouwde", "brouwden", "bakt", "bakken", "bakte", "bakten",
    "levert", "leveren", "leverde", "leverden", "verkoopt", "verkopen", "verkocht", "verkochten",
    "sponsort", "sponsoren", "sponsorde", "sponsorden", "produceert", "produceren", "produceerde",
    "verhuurt", "verhuren", "verhuurde", "verhuurden", "drukt", "drukken", "drukte", "drukten",
    "bezorgt", "bezorgen", "bezorgde", "bezorgden", "organiseert", "organiseren", "organiseerde",
    "bestaat", "bestaan", "bestond", "opent", "openen", "opende", "sluit", "sluiten", "sloot",
    "exporteert", "importeert", "fabriceert", "vervoert", "vervoerde", "installeert", "installeerde",
    "renoveert", "renoveerde", "tapt", "schenkt", "serveert", "serveerde", "adverteert",
})
#: After "Van X" opening a sentence (a preposition): buying, renting or ordering from a firm
#: ("Van Wyffelaere kopen we de taarten"); receiving ("krijgen") is as much from a person.
FIRM_VERBS_AFTER_VAN = frozenset({"kopen", "kochten", "koop", "huren", "huurden", "huur", "bestellen",
                                  "bestelden", "bestel"})


def _a_firms_verb_after(toks: list[Token], first: int, span: Span) -> bool:
    """(s22-review) Whether the word after ``span`` (its tokens from ``first``) is a verb of a
    firm (``FIRM_VERBS``; after an opening "Van", ``FIRM_VERBS_AFTER_VAN``)."""
    k = first
    while k < len(toks) and toks[k].start < span.end:
        k += 1
    if k >= len(toks) or toks[k].cap:
        return False
    verb = toks[k].folded
    if toks[first].folded in PARTICLES and toks[first].text[:1].isupper():
        return verb in FIRM_VERBS_AFTER_VAN
    return verb in FIRM_VERBS


#: (session 23) Verbs of talking WITH someone ("met X gepraat/gebeld"): a bare mention after "met"
#: in their clause is a person, whatever a firm of that name elsewhere in the report.
_TALK = frozenset({"gepraat", "gesproken", "gebeld", "gemaild", "gechat", "gebabbeld", "overlegd", "praten",
                   "spreken", "bellen", "babbelen", "overleggen", "sprak", "spraken", "praatte", "praatten",
                   "belde", "belden", "babbelde", "babbelden", "overlegde", "overlegden", "afgesproken"})
#: (session 23) Verbs whose direct object right after them is someone called, greeted or interviewed
#: (not thanked: "We bedankten Quirnix" after "Fonds Quirnix" thanks the fund, session 19).
_CALLED = frozenset({"belde", "belden", "bel", "bellen", "mailde", "mailden", "groette", "groetten", "interviewde",
                     "interviewden", "knuffelde", "knuffelden"})


#: (session 24, s24-leftovers) Past forms of a person's action verbs the word list's rules do not
#: read as finite ("reed", "liep"): the subject's verb after a bare mention (:func:`person_slot`).
_PERSON_PAST = frozenset({"reed", "reden", "liep", "liepen", "ging", "gingen", "kwam", "kwamen", "stond", "stonden",
                          "zat", "zaten", "bleef", "bleven", "wist", "vond", "vonden", "hielp", "hielpen", "sprong",
                          "keek", "keken", "schreef", "riep", "lachte", "zei", "zeiden"})
#: Participles after a bare mention that make it the one called, asked or interviewed ("ik heb X gebeld").
_CALLED_AFTER = frozenset({"gebeld", "gemaild", "gevraagd", "geïnterviewd", "gegroet", "gesproken", "geappt",
                           "gesms't", "opgebeld"})
#: Forms of "vragen": "we vroegen het aan X".
_ASKED = frozenset({"vroeg", "vroegen", "vraag", "vragen", "vraagt", "gevraagd"})


def person_slot(toks: list[Token], first: int, span: Span, lex: Lexicon) -> bool:
    """(session 24, s24-leftovers; issue 11 point 4) Whether a bare mention (its tokens from
    ``first``) stands in a person's slot: the subject opening a clause before a finite verb that
    is no firm's verb (``FIRM_VERBS``; "Wellekens legde uit hoe ...", "Mbeki reed zelf"), the one
    called or asked ("ik heb X gebeld", "we vroegen het aan X"). A word a report names as a firm
    after its family ("Garage Wellekens") is then a person's name, and masked everywhere."""
    from .detect import _finite_verb

    k = first
    while k < len(toks) and toks[k].start < span.end:
        k += 1
    nxt = toks[k] if k < len(toks) else None
    if nxt is not None and not nxt.cap and nxt.folded in _CALLED_AFTER:
        return True
    if first > 0 and toks[first - 1].folded == "aan" and any(
            t.folded in _ASKED for t in toks[max(0, first - 6) : first - 1]):
        return True
    if nxt is None or not _opens_a_clause(toks, first, span.end) or nxt.cap:
        return False
    verb = nxt.folded
    if verb in FIRM_VERBS or not (verb in _PERSON_PAST or _finite_verb(verb, lex)):
        return False
    # ("Van Kestelyn krijgen we ...": after an opening "Van" the verb's own subject follows)
    return not (toks[first].folded in PARTICLES and k + 1 < len(toks) and toks[k + 1].folded in _PRONOUNS)


#: (session 26) What a thing does as a clause's subject: an app, a game, a tent, a festival, a shop
#: ("Quizzel werkt zonder account", "Nomadix lekt na drie zomers", "X toont wie er is"). A word the
#: report introduces as a thing is settled as the subject of these (and of ``FIRM_VERBS``) only:
#: "X was ...", "X vergeet ...", "X kon ..." are a person's as often.
THING_VERBS = frozenset({
    "werkt", "werkte", "werken", "stuurt", "stuurde", "toont", "toonde", "telt", "telde", "kost", "kostte",
    "kosten", "lekt", "lekte", "lekken", "draait", "draaide", "crasht", "crashte", "laadt", "laadde",
    "bewaart", "bewaarde", "berekent", "berekende", "meldt", "meldde", "piept", "biedt", "bood", "bevat",
    "bevatte", "past", "paste", "weegt", "woog", "trekt", "trok", "herstelt", "herstelde", "begon", "begint",
    "loopt", "liep", "duurt", "duurde", "speelt", "speelde", "brengt", "bracht", "haalt", "haalde",
    "stopt", "stopte", "verschijnt", "verscheen", "zendt", "zond", "blijft", "bleef",
})


def _persons_verb_after(toks: list[Token], first: int, span: Span, lex: Lexicon) -> bool:
    """(session 26) Whether the bare mention (its tokens from ``first``) is one called, asked or
    talked with ("ik heb X gebeld", "we vroegen het aan X") or the subject of a finite verb that
    is no thing's (:data:`THING_VERBS`, ``FIRM_VERBS``): "X was altijd als eerste", "X zei",
    "X vergeet soms alles" -- the person's slots one sense per report never settles for a word the
    report introduces as a thing (the other cues: :func:`settled`)."""
    from .detect import _finite_verb

    k = first
    while k < len(toks) and toks[k].start < span.end:
        k += 1
    nxt = toks[k] if k < len(toks) else None
    if nxt is not None and not nxt.cap and (nxt.folded in _CALLED_AFTER or nxt.folded in _PERSON_PAST):
        return nxt.folded not in THING_VERBS
    if nxt is not None and not nxt.cap and nxt.folded not in THING_VERBS and nxt.folded not in FIRM_VERBS \
            and _finite_verb(nxt.folded, lex):
        return True
    if first > 0 and toks[first - 1].folded in ("aan", "met") and any(
            t.folded in _ASKED or t.folded in _TALK for t in toks[max(0, first - 6) : first + 6]):
        return True
    # the one called, met, helped or invited anywhere in the clause ("Ik heb X gisteren nog gebeld")
    for t in toks[max(0, first - 4) : min(len(toks), k + 6)]:
        if t.folded in _PERSON_OBJECT or t.folded in _CALLED or t.folded in _CALLED_AFTER or t.folded in _TALK:
            return True
    return False


#: (session 26) Verbs whose object is a person as a rule: in the clause of a bare mention they
#: make it a person's, whatever the report introduced under that word.
_PERSON_OBJECT = frozenset({
    "ontmoet", "ontmoette", "ontmoetten", "geholpen", "hielp", "hielpen", "uitgenodigd", "nodigden", "nodigde",
    "bedankt", "bedankte", "bedankten", "geknuffeld", "gekust", "kuste", "leren", "kennen", "leerde", "getrouwd",
    "trouwde", "begeleid", "begeleidde", "opgehaald", "haalde", "gezien", "zag", "zagen", "gemist", "miste",
    "gefeliciteerd", "feliciteerde", "verwelkomd", "verwelkomde", "geïnterviewd", "getroost", "troostte",
})


_PRONOUNS = frozenset({"ik", "jij", "je", "hij", "zij", "ze", "we", "wij", "jullie", "u", "men", "ge", "gij"})


def _talked_with(toks: list[Token], first: int) -> bool:
    """Whether the mention at token ``first`` is someone talked with ("met X gepraat", "sprak
    met X") or called, greeted, interviewed ("we belden X")."""
    if first == 0:
        return False
    prev = toks[first - 1].folded
    if prev in _CALLED:
        return True
    if prev != "met":
        return False
    return any(t.folded in _TALK for t in toks[max(0, first - 6) : first + 6])


def settled(text: str, toks: list[Token], span: Span, know: Knowledge, lex: Lexicon) -> bool:
    """Whether the person ``span`` of ``text`` rests on weak evidence only and every word of
    it is kept by a strong rule elsewhere in the report (``know.evidence``): no person's
    cue at any of its words (``detect._context_cues`` but an apposition's comma, a saying verb
    before or after it), no attribution."""
    one_sense = span.rule in ONE_SENSE_RULES
    if (span.kind != "person" or span.attribution or not (span.rule in WEAK_RULES or one_sense)
            or span.confidence >= WEAK_BELOW):
        return False
    body = span.text[: len(span.text) - len(span.suffix)] if span.suffix else span.text
    words = _words(body)
    if len(words) == 2 and words[0][1] == "Van" and span.rule == "particle and surname":
        words = words[1:]  # "Van Kestelyn krijgen we ...": the preposition is no evidence either way
    evidence = know.evidence
    if not words or evidence is None or any(f in know.names for f, _w in words):
        return False
    # (session 26, s26-keep) a word no name list holds that the report introduces as a thing by its
    # kind's noun ("de app X", "het festival X"): the same thing where the report names it bare
    introduced = all(evidence.introduced(f, w) for f, w in words)
    if not introduced and not all(evidence.kept(f, w, frames=one_sense) for f, w in words):
        return False
    from .detect import _context_cues, _said_cues
    from .person_relations import human_apposition, kin_before, subject_of_human_verb

    # the span's tokens only: a scan of every token for every span was quadratic in a long
    # text ("Op Ketnet zag ik " x 100 kB: 23 s of CPU instead of 2)
    first = bisect_left(toks, span.start, key=_token_start)
    if any(f in lex.surnames for f, _w in words) and not _opens_a_clause(toks, first, span.end):
        return False  # a listed surname is settled only as the subject opening a sentence
    if introduced:
        if _persons_verb_after(toks, first, span, lex):
            return False  # ("X zei", "X ging mee", "ik heb X gebeld": a person's slot wins; the protective default)
    elif one_sense and not _a_firms_verb_after(toks, first, span):
        return False
    if _talked_with(toks, first) or addressed(text, toks, first, span.end):
        return False  # ("met Verstraelen gepraat", "we belden Lindqvist", "Dank je wel, Oosterlinck!": session 23, the protective default)
    if not one_sense and not introduced and all(evidence.kept(f, w, frames=True) for f, w in words) \
            and person_slot(toks, first, span, lex):
        return False  # ("Wellekens legde uit" after "Garage Wellekens": session 24, s24-leftovers, the protective default)
    for i in range(first, len(toks)):
        tok = toks[i]
        if tok.start >= span.end:
            break
        score, why = _context_cues(text, toks, i, lex, know)
        if score > 0 and any(w not in _NO_CUES for w in why):
            return False
        said, why = _said_cues(text, toks, i, lex)
        if said > 0 and not (introduced and why.startswith("subject after")):
            return False  # (a thing the report introduced is a clause's subject as often: "maar X blijft de favoriet")
        # a verb only a person does, kin before "van", a human noun in apposition (session 22:
        # the one-sense rule settles bare mentions as subjects, so a person's verb must win)
        if subject_of_human_verb(text, toks, i) or kin_before(text, toks, i) or human_apposition(text, toks, i):
            return False
    return True
