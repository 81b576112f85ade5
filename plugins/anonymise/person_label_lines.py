"""A speaker's label opening a line of what people say (session 16, s16-names; issue 11).

"<Voornaam> <Achternaam>: “...”", "<Voornaam> <Achternaam> van het <dienst>: “...”",
"- <Voornaam> van der <Achternaam>, <rol>: ...": a run of two or three capitalised words (a
first name with lower-case surname particles between allowed) that opens a line, before a
colon -- directly, or after the speaker's service ("van het/de ..."), role (", ...") or
bracketed affiliation -- and a quotation or a sentence, is who speaks, whatever the lists
say of its words. The class session 15's held-out set T leaked: a first name no list holds
opening the sentence (0.3: a sentence's first word is no evidence by itself) and a surname
that is a Dutch word ("Duister", "Kordaat": 0.2-0.4) never reached the threshold.

The look-alikes in the same position stay (the frozen cases
``tests/anonymise_s16_label_cases.py``):

* a heading or a notice's label: its first word is a Dutch or English word that is no first
  name ("Goede Praktijk:", "Duale Opleiding:", "Key Takeaway:", "Tip van de dag:" -- the
  lower-case words break the run anyway);
* an organisation, place, brand, calendar or title word: any protected word breaks the run
  ("Chiro <X>:", "Stad Gent:", "Jeugdhuis <X>:"), so does an organisation's head word
  ("<X> Hogeschool:") and a run the credit rules read as an organisation;
* a label in capitals ("VRAAG:", "UNIZO:"): an acronym's shape, not judged here;
* a single word ("Slotsom:", "Instagram:"): the chat-label rules judge those (sessions 14-15),
  except a first name on its own evidence before a quotation ("<Naam>: “…”", "<Naam> van
  <Organisatie>: “…”", session 17).

After a closing quotation mark on the same line ("“...” <Naam> van het <dienst>: “...”", two
quotes the reader joined) the run is a label only before a quotation.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from typing import Any

from .compounds import _split_compound
from .credit_orgs import is_organisation
from .keep_heads import HEADS
from .lexicon import Lexicon, english_words, fold, home_towns
from .particles import NAME_PARTICLES
from .person_credit_adverbs import RULE as ADVERB_RULE
from .person_credit_adverbs import adverb_credit_run
from .person_roles import title_kind
from .word_classes import _ORG_CUES_AND_TAILS, TITLES

#: what may stand before the run on its line: white space, a list's bullet, a quote mark of a mail
_LINE_PREFIX_RE = re.compile(r"[ \t]*(?:(?:[-–—•*·▪>]|\d{1,2}[.)])[ \t]+)?")
_CLOSERS = "”»\""
_OPENERS = "“„«‘‚\"'"
#: what follows the run up to the label's colon: nothing, a service ("van het jeugdhuis", "van de
#: <Organisatie>"), a role (", coördinator bij ...") or a bracketed affiliation; no quotation
#: mark nor a sentence's end on the way
_TO_COLON_RE = re.compile(
    r"(?:"
    r"[ \t]+van[ \t]+(?:het|de|der|den|'t)[ \t]+[^:\n“”\"«».!?]{1,60}"
    r"|,[ \t]*[^:\n“”\"«».!?]{1,60}"
    r"|[ \t]*\([^()\n]{1,60}\)"
    r")?[ \t]*:[ \t]*(?=(?P<after>.))"
)
RULE = "speaker label opening a line"
#: protections by a word's shape only, which a later word of the run may carry: "Dijkhuis" ends
#: like an organisation's word ("-huis"), "Kloosterboer" splits into words
_SOFT = frozenset({"organisation", "compound", "position"})


_INNER_CAPITAL_RE = re.compile(r"(?:Mac|Mc|O'|O’|Fitz|De|Di|Da|Le|La|Van|Ver)[A-ZÀ-Ý][a-zà-ÿ]{2,}")


def _inner_capital_surname(tok: Any, lex: Lexicon) -> bool:
    """A surname with a capital inside ("MacLeod", "DiCaprio", "VanDamme"), which the brand rule
    reads by its shape only ("TikTok"): no brand, platform or chain list holds it."""
    f = tok.folded
    return (_INNER_CAPITAL_RE.fullmatch(tok.text) is not None and f not in lex.brands and f not in lex.platforms
            and f not in lex.chain_words)


def _particle_surname_word(folded: str, lex: Lexicon) -> bool:
    """Whether the word after a first name's particles may be the surname's: no Dutch word or
    compound of words, no place, no organisation's cue ("van Dikketruiendag", "van Transport")."""
    return not (lex.is_word(folded) or folded in lex.places or folded in _ORG_CUES_AND_TAILS or folded in HEADS
                or _split_compound(folded, lex))


def soft_word(folded: str, lex: Lexicon) -> bool:
    """Whether a word protected by its shape only may still be a surname ("Dijkhuis" is a word
    too): no organisation's cue or head word ("Jeugdhuis", "Hogeschool", "Vzw") nor a word a
    keep list holds."""
    return folded not in _ORG_CUES_AND_TAILS and folded not in HEADS and folded not in lex.keep_single


def mark_label_runs(text: str, toks: list[Any], caps: list[int], lex: Lexicon, know: Any,
                    first_evidence: Callable[[Any], bool] | None = None,
                    name_word: Callable[[Any], bool] | None = None) -> None:
    """Make persons of the tokens of each speaker's label run in ``text`` (see the module).
    ``toks``: the analysis's tokens; ``caps``: the indexes of the capitalised ones;
    ``first_evidence``: whether a capitalised word is a first name on its own evidence (a label
    of ONE such word before a quotation is a person, session 17); ``name_word``: whether it is a
    listed first name that is also a word ("Storm: “…”", session 19: the same slot)."""
    if ":" not in text or not caps:
        return
    starts = [t.start for t in toks]
    for at, after_quote in _run_starts(text):
        i = bisect_left(starts, at)
        if i >= len(toks) or toks[i].start != at:
            continue
        run = _run(text, toks, i, lex)
        if run is None or (m := _TO_COLON_RE.match(text, toks[run[-1]].end)) is None:
            run = _role_run(text, toks, i, lex, know)  # "<Naam>, jeugdwerker: “...”", "<Naam> (17): ..."
            m = _TO_COLON_RE.match(text, toks[run[-1]].end) if run is not None else None
        if (run is None or m is None) and first_evidence is not None:
            run, m = _one_word_label(text, toks, i, first_evidence)  # "<Naam>: “...”", "<Naam> van <Org>: “...”"
            if (run is None or m is None) and name_word is not None:
                run, m = _one_word_label(text, toks, i, name_word, direct=True)  # "Storm: “...”" (session 19)
        if run is None or m is None:
            run = adverb_credit_run(text, toks, i, lex, know, _role_after)  # "<Naam> nog, de vrouw van ...: “...”" (rule 60)
            if run is not None:
                _mark(toks, run, ADVERB_RULE)
            continue
        nxt = m.group("after")
        if after_quote and nxt not in _OPENERS:
            continue
        if not (nxt in _OPENERS or nxt.isalpha()):
            continue
        if not (run[-1] - run[0] == 0 or _name_shaped(text, toks, run, lex, know)) and not _role_after(
                text, toks[run[-1]].end):
            continue
        _mark(toks, run, RULE)


def _mark(toks: list[Any], run: list[int], rule: str) -> None:
    """Make persons of the capitalised tokens of ``run``."""
    for k in run:
        tok = toks[k]
        if tok.cap and not tok.person:
            tok.protected = None  # (only a soft protection of a later word gets here: _run)
            tok.score, tok.person, tok.rule = max(tok.score, 0.8), True, rule


#: after a label of one word: its colon, directly or after "van <Organisatie>", then a quotation mark
_ONE_WORD_TO_QUOTE_RE = re.compile(r"(?:[ \t]+van[ \t]+[^:\n“”\"«».!?]{1,60}?)?[ \t]*:[ \t]*(?=(?P<after>[“„«‘‚\"']))")


#: a label's colon right after it, then a quotation mark (a name that is a word: no "van <Org>" between)
_DIRECT_TO_QUOTE_RE = re.compile(r"[ \t]*:[ \t]*(?=(?P<after>[“„«‘‚\"']))")


def _one_word_label(text: str, toks: list[Any], i: int, first_evidence: Callable[[Any], bool],
                    direct: bool = False) -> tuple[list[int] | None, re.Match[str] | None]:
    """ONE capitalised word opening a line before a colon and a quotation, directly or after "van
    <Organisatie>" ("<Naam>: “…”", "<Naam> van Chiro <X>: “…”"), when it is a first name on its own
    evidence (a listed first name that is no word, or a word no list knows): the speaker's label
    (session 17; the blind attack A17's "q-name-colon" and "q-van-org"). In the informed sets every
    one-word label before a quotation is a person or a word ("Vraag:", "Moderator:", "Iedereen:"),
    which stays; a full report's reader takes such a label as the speaker already."""
    first = toks[i]
    if not first.cap or first.allcaps or first.protected not in (None, "calendar") or not first_evidence(first):
        return None, None
    if first.protected and not direct:
        return None, None
    m = (_DIRECT_TO_QUOTE_RE if direct else _ONE_WORD_TO_QUOTE_RE).match(text, first.end)
    return ([i], m) if m is not None else (None, None)


def _run_starts(text: str) -> list[tuple[int, bool]]:
    """The offsets where a label may start: each line's first word after a bullet, and the
    first word after a closing quotation mark and a space on a line (True)."""
    out: list[tuple[int, bool]] = []
    pos = 0
    n = len(text)
    while pos < n:
        m = _LINE_PREFIX_RE.match(text, pos)
        out.append((m.end() if m else pos, False))
        nl = text.find("\n", pos)
        pos = n if nl < 0 else nl + 1
    for c in _CLOSERS:
        k = text.find(c + " ")
        while k >= 0:
            if k > 0 and not text[k - 1].isspace():
                j = k + 1
                while j < n and text[j] == " ":
                    j += 1
                out.append((j, True))
            k = text.find(c + " ", k + 1)
    return out


def _run(text: str, toks: list[Any], i: int, lex: Lexicon) -> list[int] | None:
    """The label run from token ``i``: two or three capitalised words with single spaces between,
    lower-case particles allowed after the first only, or None."""
    first = toks[i]
    if not first.cap or first.allcaps or first.protected:
        return None
    run = [i]
    n_caps = 1
    k = i + 1
    while k < len(toks) and n_caps < 3 and text[toks[k - 1].end : toks[k].start] == " ":
        tok = toks[k]
        if tok.cap and not tok.allcaps:
            if tok.protected and not (tok.protected in _SOFT and soft_word(tok.folded, lex)
                                      or tok.protected == "brand" and _inner_capital_surname(tok, lex)):
                return None  # an organisation's, a place's or a brand's word: no person's label
            run.append(k)
            n_caps += 1
            k += 1
            continue
        if n_caps == 1 and tok.folded in NAME_PARTICLES and not tok.cap:
            j = k
            while j < len(toks) and j - k < 3 and toks[j].folded in NAME_PARTICLES and not toks[j].cap \
                    and text[toks[j - 1].end : toks[j].start] == " ":
                j += 1
            if (j < len(toks) and toks[j].cap and not toks[j].allcaps and text[toks[j - 1].end : toks[j].start] == " "
                    and not toks[j].protected and _particle_surname_word(toks[j].folded, lex)):
                # one surname's word after the particles closes the run ("Marloes ter <X>"); "<Voornaam>
                # van <Organisatie>" is a credit the credit_orgs rules read
                run.extend(range(k, j + 1))
                n_caps += 1
            break
        break
    if n_caps < 2:
        return None
    return run


#: a role or an age right after the run, before the label's colon: ", jeugdwerker", " (vrijwilliger)", " (17)"
_ROLE_AFTER_RE = re.compile(r"(?:,[ \t]*|[ \t]*\()(?P<role>[^\W\d_][\w-]*|\d{1,2}\b)")


def _role_after(text: str, end: int) -> bool:
    """Whether a role word ("jeugdwerker", "vrijwilliger", "coördinator") or an age stands right
    after the run, before its colon: what a credit says of a person only."""
    m = _ROLE_AFTER_RE.match(text, end)
    if m is None:
        return False
    role = m.group("role")
    return role.isdigit() or bool(title_kind(fold(role), TITLES))


def _role_run(text: str, toks: list[Any], i: int, lex: Lexicon, know: Any) -> list[int] | None:
    """The run of a credit with a role or an age after it ("<Voornaam>, jeugdwerker: “...”",
    "<Voornaam> <Achternaam> (vrijwilliger): ..."): one capitalised word, or two where the pair
    is protected only as "<word no list knows> <town>" (``keep_typed.protect_place_closed``
    reads "Gerben <Dutch town>" as an organisation; a role says it is a person). Any other
    protection (an organisation's cue, a place, a brand, a keep word) stays."""
    first = toks[i]
    if not first.cap or first.allcaps or len(first.folded) < 2:
        return None
    run = [i]
    if i + 1 < len(toks) and text[first.end : toks[i + 1].start] == " " and toks[i + 1].cap and not toks[i + 1].allcaps:
        run.append(i + 1)
    if not _role_after(text, toks[run[-1]].end):
        return None
    if len(run) == 1:
        return run if not first.protected and (know is None or first.folded not in know.not_names) else None
    second = toks[run[1]]
    if first.protected is None and second.protected is None:
        return run
    if (first.protected == second.protected == "keep" and second.folded in home_towns() and not lex.is_word(first.folded)
            and first.folded not in lex.keep_single and soft_word(first.folded, lex)):
        return run
    return None


def _name_shaped(text: str, toks: list[Any], run: list[int], lex: Lexicon, know: Any) -> bool:
    """Whether the run reads as a person's name and not as a heading or an organisation."""
    first = toks[run[0]].folded
    if (lex.is_word(first) or first in english_words()) and first not in lex.first_names:
        return False  # a heading: "Goede Praktijk", "Duale Opleiding", "Key Takeaway"
    words = [toks[k].folded for k in run if toks[k].cap]
    if words[-1] in lex.places and words[-1] not in lex.surnames and first not in lex.first_names:
        return False  # "<X> <town>": a club's or an organisation's name ("Sparta <town>"; keep_typed's closed pair)
    if any(w in HEADS for w in words):
        return False  # "<X> Hogeschool", "<X> Vzw": an organisation's head word
    if know is not None and any(w in know.not_names or w in know.allow for w in words):
        return False
    return not is_organisation(text[toks[run[0]].start : toks[run[-1]].end], lex)
