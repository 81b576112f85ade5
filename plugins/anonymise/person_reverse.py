"""A name in a register's reverse order after a person's preposition (issue 11, session 23; attack A22
informed, s23-names' frozen batch).

Attests, receipts, registrations and letters name a person in the register's order, surname first:
"Attest van deelname voor Karakaş, Alperen", "Betaling ontvangen van Tsukahara, Haruki", "Getekend door
Okonkwo, Chinwendu (leiding)", "Inschrijving: de Boer, Wolf (16 jaar)". The comma splits the name, so the
rules that read "voor X Y" saw a surname alone and a word opening a clause. The CLASS: after "voor",
"van", "door", "aan", "namens" or a header's colon, a run of capitalised words (particles inside:
"Van Wassenhove", "de Boer"), a comma, and one capitalised word, which ends there (the line's or the
sentence's end, a bracket, a comma, a dash, a bar, a lower-case word other than "en"/"of": not a list "Gent, Brugge en
Kortrijk"); the word after the comma is a first name (a listed one, also a word, or a word no list
knows: the caller's ``first_ok``) and the run before it a surname (a listed one, or no word), neither a
place, brand, organisation, calendar or keep word (the caller's ``thing``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .detect import Token
    from .lexicon import Lexicon

RULE = "a name in a register's reverse order ('voor <Achternaam>, <Voornaam>')"

CUES = frozenset({"voor", "van", "door", "aan", "namens"})
_PARTICLES = frozenset({"van", "de", "der", "den", "ter", "ten", "'t", "le", "la", "du", "des", "da", "dos", "del", "di",
                        "von", "el", "al", "vande", "vanden", "vander", "mc", "mac", "o"})
_AFTER_RE = re.compile(r"[ \t]*(?:$|[.,;:!?()\n—–|]|-[ \t]|(?!en\b|of\b|and\b|et\b)[a-zà-ÿ])")


def may_hold(text: str) -> bool:
    return ", " in text


def mark_reverse(text: str, toks: list[Token], lex: Lexicon, first_ok: Callable[[Token], bool],
                 thing: Callable[[Token], bool], min_conf: float) -> None:
    """Mark "<cue> <Achternaam>, <Voornaam>" (see the module)."""
    n = len(toks)
    for i in range(n - 2):
        cue = toks[i]
        if cue.folded not in CUES and not (text[cue.end : cue.end + 1] == ":" and cue.cap):
            continue
        j = i + 1
        if text[cue.end : toks[j].start].strip(" :") != "" or "\n" in text[cue.end : toks[j].start]:
            continue
        run: list[int] = []
        while j < n and len(run) < 4:
            t = toks[j]
            if run and text[toks[run[-1]].end : t.start] not in (" ", "-"):
                break
            if t.cap or t.folded in _PARTICLES and not t.cap:
                run.append(j)
                j += 1
                continue
            break
        while run and not toks[run[-1]].cap:
            run.pop()
        if not run or run[-1] + 1 >= n:
            continue
        k = run[-1] + 1
        first = toks[k]
        if text[toks[run[-1]].end : first.start] != ", " or not first.cap or _AFTER_RE.match(text, first.end) is None:
            continue
        if first.allcaps and not toks[run[-1]].allcaps:
            continue
        surname = [toks[m] for m in run if toks[m].cap]
        if any(thing(t) or t.folded in lex.calendar or t.folded in lex.places for t in [*surname, first]):
            continue
        if not (first.person or first_ok(first)):
            continue
        if not all(t.person or t.folded in lex.surnames or not lex.is_word(t.folded) for t in surname):
            continue
        for t in [*(toks[m] for m in run), first]:
            if t.cap and not t.person:
                t.person, t.score, t.rule = True, max(t.score, 0.7, min_conf), RULE
