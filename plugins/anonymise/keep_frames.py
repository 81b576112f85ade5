"""Two keep frames of the held-out set T25 (session 25, s25-t25fix; issue 11).

* **A venue that stood full**: "De X stond vol voor de projectenmarkt", "De X liep vol.", "De X was
  volzet": a hall, a brewery turned venue or a club named after a family ("De <Achternaam>") is
  what a report says stood or ran full; a person does not. Kept: the article and one capitalised
  word, when "vol" (or "bomvol", "afgeladen vol") ends the clause or a preposition of time or purpose
  follows it ("voor", "tot", "tijdens", "bij"), or "volzet"/"uitverkocht" ends it. Not kept: a word
  the report gives as a name, a listed first name ("De Roos" stays to the person rules only when it
  is a first name no list also holds as a word), a listed surname with its article ("De Vos"), a capitalised word before the article ("Jan De X
  stond vol ..." is a person's surname), or "vol" followed by a noun ("stond vol ongeloof": a
  person's feeling).
* **A metro station after "via"**: "we nemen de metro ... en terug via X", "met de tram via X": in a
  clause about the metro, tram or a station the word after "via" is a stop. ``keep_via`` keeps a
  channel only with thing evidence of its own; a station named after a person of history ("X" a
  surname or a word no list knows) has none. Kept with the same privacy checks as ``keep_via``
  (no word on a first-name list or a name the report gives, no person cue at the run, no verb of
  hearing or meeting in the clause, no possessive after it), only when a transit word stands in
  the same sentence before "via".

Both protections are ``keep_objects.POSITION``: a word no list knows that only the frame keeps is
listed by ``perskamer review`` for the editor.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .keep_objects import POSITION

if TYPE_CHECKING:
    from .detect import Knowledge, Token, _Protect
    from .lexicon import Lexicon

#: "stond vol", "liep vol", "stond afgeladen vol", "was volzet" (not "zat vol": a person who ate) after the venue's name, and what may follow it
_FULL_RE = re.compile(
    r"[ \t]+(?:stond|staat|liep|loopt)[ \t]+(?:(?:afgeladen|stampend|over)[ \t]+)?(?:vol|bomvol|propvol)"
    r"(?=[ \t]*(?:[.,;:!?\"”’»)]|$|\n)|[ \t]+(?:voor|tot|tijdens|bij|op)\b)"
    r"|[ \t]+(?:was|is)[ \t]+(?:volzet|uitverkocht|volgeboekt)(?=[ \t]*(?:[.,;:!?\"”’»)]|$|\n))",
)
_FULL_WORDS = frozenset({"volzet", "uitverkocht", "volgeboekt"})
_ARTICLES = frozenset({"de", "het", "'t", "’t"})
#: words of a clause about public transport: the word after "via" is a stop
_TRANSIT = frozenset({"metro", "premetro", "metrolijn", "metrostation", "tram", "tramlijn", "tramhalte", "halte",
                      "station", "métro", "stib", "mivb"})
_SENTENCE_END = frozenset(".!?")
_MAX_RUN = 2


def protect_full_venues(text: str, toks: list[Token], caps: list[int], lex: Lexicon, know: Knowledge,
                        prot: _Protect, words: set[str]) -> None:
    """Add protections for "De X stond vol" (see the module)."""
    if not caps or "vol" not in text and not (words & _FULL_WORDS):
        return
    n = len(toks)
    for i in caps:
        if i == 0:
            continue
        art, tok = toks[i - 1], toks[i]
        if art.folded not in _ARTICLES or text[art.end : tok.start] != " " or not tok.cap or tok.allcaps:
            continue
        if i >= 2 and (toks[i - 2].cap or toks[i - 2].allcaps) and text[toks[i - 2].end : art.start] == " " \
                and not (toks[i - 2].sent_start and lex.is_word(toks[i - 2].folded)):
            continue  # "Jan De X stond vol ...": a person's surname
        f = tok.folded
        if f in know.names or (f in lex.first_names and not lex.is_word(f)) or f"{art.folded} {f}" in lex.surnames:
            continue  # (a listed "De X" surname, "De Vos stond vol", stays to the person rules)
        if i + 1 < n and toks[i + 1].cap and text[tok.end : toks[i + 1].start] == " ":
            continue  # a longer run of capitalised words: left to the other rules
        if _FULL_RE.match(text, tok.end) is None:
            continue
        prot.add(art.start if art.cap else tok.start, tok.end, POSITION)


def protect_metro_stops(text: str, toks: list[Token], caps: list[int], lex: Lexicon, know: Knowledge,
                        prot: _Protect, words: set[str]) -> None:
    """Add protections for a stop named after "via" in a clause about the metro or tram (see the module)."""
    if not caps or "via" not in words or not (words & _TRANSIT):
        return
    from .keep_via import through_a_person, via_runs

    for i, last in via_runs(text, toks, caps, _MAX_RUN, caps_too=False, joins=(" ", "-")):
        if not _transit_before(text, toks, i - 1):
            continue
        run = toks[i : last + 1]
        if any(t.folded in lex.first_names or t.folded in know.names or t.folded in lex.name_words for t in run):
            continue  # (a listed first name after "via" stays to the person rules: "via Louise" may be a person)
        if through_a_person(text, toks, i, last, lex, know):
            continue
        prot.add(toks[i].start, toks[last].end, POSITION)


def _transit_before(text: str, toks: list[Token], k: int) -> bool:
    """A transit word in the sentence before token ``k`` ("via")."""
    for j in range(k - 1, max(-1, k - 16), -1):
        t = toks[j]
        if t.folded in _TRANSIT:
            return True
        between = text[t.end : toks[j + 1].start]
        if any(c in _SENTENCE_END for c in between) or "\n" in between:
            return False
    return False
