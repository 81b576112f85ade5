"""A name in CAPITALS in a credit's person slot, taken whole (issue 11, session 16).

The blind attack A16 of session 16 wrote credits in capitals: "Quote van <NAAM> <ACHTERNAAM>
(17): “…”" published the first name beside "[persoon 1]" (the age marked the word before it
only, and a name's growth never takes a word in capitals before it), and "<NAAM>
<ACHTERNAAM>: “…”" published the whole run when one of its words was a Dutch word, a place
("ZWANENBURG"), a short name ("GUO", "ZENG") or hyphenated. The SLOT is the evidence, the run
of capitals is taken as one name:

* a run of one to four words in capitals opening a line (after a bullet) before a colon -- a
  role or an age in brackets, or ", <rol in kleine letters>", may stand between: "<NAAM>
  <ACHTERNAAM> (monitor): …", "<NAAM> <ACHTERNAAM>, jeugdwerker: …"; or before a dash and a
  lower-case description, a note line (session 17): "<NAAM> <ACHTERNAAM> — vertelt over …";
* a run after a lower-case "van", "met", "door", "aan", "voor" or "bij" before the speaker's age
  ("(17)", "(17 jaar)", "(16, animator)", ", 17"): "Quote van <NAAM> (17): …".

The run's FIRST word carries the evidence: a listed first name, or a word that can be nothing
but a name (name-shaped, no word, no place, no keep class: ``name_like``) -- before an age any
word of the run may ("<RIETJE> <ACHTERNAAM> (17)": a first name that is a word). A run of ONE word
opening a line is a speaker's label too (session 17's policy, which replaces session 13's
"OKIDOKI: “…” stays": in the informed sets every one-word label in capitals that no list knows
names a person, and a full report's reader already takes it as the speaker) unless the word's
class as written capitalised is kept ("CHIRO:"), it is a place or a compound of words
("<FIETS><BIB>:"), or a bracket holding only a
place follows it ("TRAMPOLINO (Brussel): …": an organisation's seat; a person's bracket holds a
role or an age). Every later word must
be no function word and no keep class (a shape's protection gives way: a compound's, a brand's,
a place's -- "ZWANENBURG" after a first name is a surname); a Dutch word is a surname there
("<NAAM> STAAL (17)"). So acronyms ("KSA:", "VVKSM (Brussel):", "CAW OOST-VLAANDEREN:"),
organisations opened by their type word ("JEUGDHUIS X:", "GEMEENTE X (jeugddienst):"), headings
("TIP VAN DE MONITOREN:") and shouted words stay.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from typing import TYPE_CHECKING

from .particles import NAME_PARTICLES

if TYPE_CHECKING:
    from .detect import Token

#: Before a run in the age slot: a lower-case preposition that takes a person.
_BEFORE_AGE_SLOT = frozenset({"van", "met", "door", "aan", "voor", "bij"})
#: After a run in the age slot: the speaker's age, in brackets or after a comma.
_AGE_AFTER_RE = re.compile(r"[ \t]*(?:\(\d{1,2}(?:[ \t]*jaar)?(?:[ \t]*[,;/][^()\n]{0,40})?\)|,[ \t]*\d{1,2}(?:[ \t]*jaar)?(?!\d))")
#: After a run opening a line: a colon, maybe after a bracketed role or age or ", <rol>" in lower case.
_LABEL_AFTER_RE = re.compile(r"[ \t]*(?:\([^()\n]{1,60}\)[ \t]*)?(?:,[ \t]*[a-zà-ÿ][^\n:\"“”]{0,40})?:")
#: After a run opening a NOTE line: a dash and what the person does, in lower case ("<NAAM> — vertelt
#: over ...", "<NAAM> (17) – over ..."; the blind attack A17's "caps-note", session 17).
_DASH_AFTER_RE = re.compile(r"[ \t]*(?:\([^()\n]{1,60}\)[ \t]*)?[—–-][ \t]+(?=[a-zà-ÿ])")
_LINE_LEAD = " \t>*•·-–—"
_MAX_RUN = 4


def caps_slot(text: str, toks: list[Token], i: int, lines: tuple[list[str], list[int]],
              name_like: Callable[[Token], bool], first_name: Callable[[Token], bool],
              later_ok: Callable[[Token], bool], place: Callable[[Token], bool],
              single_ok: Callable[[Token], bool] | None = None) -> str:
    """Where token ``i`` (in capitals) is part of a run of capitals in a credit's person slot
    (or ""). ``lines``: the text's lines and their offsets (``detect._lines_of``); ``name_like``:
    a word in capitals that can be nothing but a name; ``first_name``: a listed first name;
    ``later_ok``: whether a later word of the run may be part of the name; ``place``: a listed
    place (after a listed first name only, opening a line: "SPARTA <TOWN>:" is a club);
    ``single_ok``: whether one word alone may be a label's name (no compound of words: "<FIETS><BIB>:")."""
    j = i
    while j > 0 and i - j < _MAX_RUN and toks[j - 1].allcaps and text[toks[j - 1].end : toks[j].start] == " ":
        j -= 1
    k = i
    while k + 1 < len(toks) and k - j < _MAX_RUN and toks[k + 1].allcaps and text[toks[k].end : toks[k + 1].start] == " ":
        k += 1
    if k - j >= _MAX_RUN:
        return ""  # (a longer run of capitals is a shouted sentence or a heading)
    run = toks[j : k + 1]
    head = run[0]
    for t in run[1:]:
        if t.folded in NAME_PARTICLES and t is not run[-1]:
            continue
        if not later_ok(t):
            return ""
    after_end = toks[k].end
    # the age slot: "van <NAAM> (17)" -- the age is the evidence, one word of the run a name's
    prev = toks[j - 1] if j > 0 else None
    if (prev is not None and not prev.cap and prev.folded in _BEFORE_AGE_SLOT and text[prev.end : head.start] == " "
            and _AGE_AFTER_RE.match(text, after_end)
            and (first_name(head) or name_like(head) or later_ok(head) and any(first_name(t) or name_like(t) for t in run[1:]))):
        return "name in capitals before the speaker's age"
    if not (first_name(head) or name_like(head)):
        return ""
    # a line's label: "<NAAM> <ACHTERNAAM> (rol): ..."
    offsets = lines[1]
    idx = bisect_right(offsets, head.start) - 1
    if text[offsets[idx] : head.start].strip(_LINE_LEAD):
        return ""
    label = _LABEL_AFTER_RE.match(text, after_end) or _DASH_AFTER_RE.match(text, after_end)
    if label is None:
        return ""
    if len(run) == 1 and not first_name(head) and (not later_ok(head) or place(head)
                                                   or single_ok is not None and not single_ok(head)
                                                   or _seat_only(text, toks, k, label.end(), place)):
        # (one word no list knows is a speaker's label, session 17; a word whose class as written
        # capitalised is kept, "CHIRO:", a place, and an organisation's label with its town,
        # "<NAAM> (<Stad>): …", stay)
        return ""
    if not first_name(head) and any(place(t) for t in run[1:]):
        return ""  # (a club and its town: "<CLUB> <TOWN>:"; after a first name, a surname)
    return "name in capitals opening a credit line"


def _seat_only(text: str, toks: list[Token], k: int, colon_end: int, place: Callable[[Token], bool]) -> bool:
    """Whether the label that ends with token ``k`` has a bracket holding nothing but a listed
    place before its colon ("<NAAM> (<Stad>): …"): where a group is, an organisation's seat. A
    person's bracket holds a role or an age ("<NAAM> (16):", "<NAAM> (animator, <Stad>):")."""
    if "(" not in text[toks[k].end : colon_end]:
        return False
    inner = []
    for t in toks[k + 1 :]:
        if t.start >= colon_end:
            break
        inner.append(t)
    return bool(inner) and all(place(t) for t in inner)

