"""A capitalised name after an honorific is a person's name, whatever the lists say (issue 11, session 18).

"Dr. Steenbakker", "Mme. Kabongolo", "Mevr. Tuypens", "Dhr Van Ransbeeck", "Monsieur Benali",
"Madame Nsimba", "Ms Adebayo", "Mr. Okonjo", "juf Lies", "meester Decorte", "professor Lindqvist":
an honorific or a title of address is written before a person's name only, so the capitalised
words right after it (through surname particles, "Dhr. Van Ransbeeck", "Mevr. de Wilde") are the
name -- also when they are ordinary words ("Mevr. Steenbakker", "Dr. Hazelnoot"), when the
honorific's full stop made the name look like a sentence's first word ("zei Mme. X"), or in
French and English. Session 18's frozen batch found the surname published after "Mme.", "Dr.",
"Prof.", "Mevr.", "Dhr.", "Mr." before a reporting verb ("Dat zei Dr. Kerkhovenaar"), where
the verb's cue made the honorific itself the name ("zei een deelnemer. Kerkhovenaar").

The honorific itself is no name (a reporting verb's cue may have marked it: then it is cleared).
Not after an honorific: a role or title word ("Meneer de Voorzitter"), an organisation's cue
word, a placeholder or contact, and a brand or chain written with its honorific ("Dr. Oetker",
"Madame Tussauds": the lists' two-word chains). Only honorifics of ADDRESS are listed (not the
roles of ``detect.TITLES``): "Voorzitter Kind en Gezin" is an organisation's chair.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

# Honorifics of address, folded (an abbreviation with or without its full stop): the core's one
# list (``core/honorifics.py``, shared with the export reader's reply labels).
from perskamer.honorifics import HONORIFICS

from .lexicon import phrase_sets

if TYPE_CHECKING:
    from .detect import Token
    from .lexicon import Lexicon

_BEFORE_PLACEHOLDER_RE = re.compile(r"\.?[ \u00a0]\[persoon \d+\]")
#: Abbreviations only ever written capitalised before a name ("Ms", "Mr"): lower case is something else.
_CAP_ONLY = frozenset({"ms", "mr", "mrs", "mme", "mlle", "dr", "drs", "dhr", "mevr", "mw", "prof"})


def mark_honorific_names(text: str, toks: list[Token], lex: Lexicon, min_conf: float,
                         not_overridden: frozenset, titles: frozenset[str], org_cues: frozenset[str],
                         particles: frozenset[str]) -> None:
    """Mark the capitalised words after each honorific of ``toks`` as a person (see the module)."""
    n = len(toks)
    for i, tok in enumerate(toks[:-1]):
        if tok.folded not in HONORIFICS or (tok.folded in _CAP_ONLY and not tok.cap) or tok.protected in not_overridden - {None}:
            continue
        if tok.person and _BEFORE_PLACEHOLDER_RE.match(text, tok.end):
            tok.person, tok.score, tok.rule = False, 0.0, ""  # (a later round: "zei Mme. [persoon 1]")
            continue
        gap = text[tok.end : toks[i + 1].start]
        if gap not in (" ", ". ", ".\u00a0", "\u00a0"):
            continue
        if gap.startswith(".") and tok.folded not in _CAP_ONLY and tok.folded not in ("prof", "pr"):
            continue  # ("... bij de dokter. Daarna ...": a full stop after a full word ends a sentence)
        j = i + 1
        if toks[j].text in ("van", "von", "uit", "aus"):
            continue  # ("mevrouw van de Kinderrechtswinkel": the lady FROM somewhere; "Mevr. Van Damme" has its capital)
        while j < n and toks[j].folded in particles and not toks[j].allcaps and text[toks[j].end : toks[j].end + 1] == " ":
            j += 1  # ("Dhr. Van Ransbeeck", "Mevr. de Wilde")
        if j >= n or not toks[j].cap or (j > i + 1 and not toks[j - 1].cap and toks[i + 1].folded not in particles):
            continue
        nxt = toks[j]
        if nxt.folded in titles or nxt.folded in HONORIFICS or nxt.folded in org_cues:
            continue  # ("Meneer de Voorzitter", "Juf Chiro")
        if (tok.folded, nxt.folded) in phrase_sets(lex)[0]:
            continue  # ("Dr. Oetker", "Madame Tussauds" when the chains list them)
        run = [j]
        k = j + 1
        while k < n and len(run) < 3 and text[toks[k - 1].end : toks[k].start] in (" ", "-") and (
                toks[k].cap and toks[k].folded not in titles and toks[k].folded not in org_cues):
            run.append(k)
            k += 1
        if any(toks[r].protected in not_overridden - {None} for r in run):
            continue
        if tok.person and text[tok.end : tok.end + 1] in (".", " "):
            tok.person, tok.score = False, 0.0  # (the honorific is no name: "zei Mme. X")
            tok.rule = ""
        for r in run:
            t = toks[r]
            if not t.person:
                t.score, t.person, t.protected = max(t.score, 0.9, min_conf), True, None
                t.rule = f"after the honorific '{tok.text}'"
