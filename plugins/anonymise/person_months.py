"""A month written with a capital inside a sentence is a first name (issue 11, session 15).

Dutch writes the months in lower case ("in mei", "op 1 juni"), so "Mei", "April", "Juni" or
"Juli" with a capital inside a sentence is someone's name ("Ik en April gingen ...", "Volgens
Mei ..."), unless the words around it make it a date or a title: a time word or a day number
before it ("eind Mei", "op 1 Mei", "vanaf April"), a year after it ("Juni 2023"), another
month beside it ("van Mei tot Juli", "Juli of Augustus"), a title's capitalised words ("De
Dolle Mei Dag") or a hyphen ("Mei-festival"). At a sentence's start a month keeps its capital
for the sentence's sake and stays. The calendar list (``calendar.txt``) keeps every month
otherwise. The lead's attack at session 15's start published "Mei" in 16 of 30 frames.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .detect import Token

MONTHS = frozenset(
    "januari februari maart april mei juni juli augustus september oktober november december".split())
#: Words before a month that make it a date: prepositions and determiners of time.
_TIME_BEFORE = frozenset(
    "in op eind einde begin half midden sinds tot vanaf tegen na voor vóór rond omstreeks deze dit vorige "
    "vorig volgende afgelopen komende elke iedere heel hele de het een maand per t/m".split())
#: Words that join a month to another month ("Juni en Juli", "Mei of Juni", "van Mei tot Juli").
_LIST_LINKS = frozenset({"en", "of", "tot", "t/m"})


def month_as_name(text: str, toks: list[Token], i: int) -> str | None:
    """The rule's name when token ``i`` is a month written with a capital inside a sentence
    where no date stands (see the module), else None."""
    tok = toks[i]
    if tok.folded not in MONTHS or not tok.cap or tok.allcaps or tok.sent_start or i == 0:
        return None
    prev = toks[i - 1]
    gap = text[prev.end : tok.start]
    if gap.strip() not in ("", ",") or prev.folded in _TIME_BEFORE or prev.folded in MONTHS or prev.text[:1].isdigit():
        return None  # ("Mei-festival", "eind Mei", "op 1 Mei", "Juni, Juli")
    if prev.folded in _LIST_LINKS and i > 1 and toks[i - 2].folded in MONTHS:
        return None  # "Juli of Augustus", "Mei tot Juli"
    if prev.cap and not prev.sent_start:
        return None  # a title's run: "De Dolle Mei Dag"
    if i + 1 < len(toks):
        nxt = toks[i + 1]
        between = text[tok.end : nxt.start]
        if between.strip() in ("-", "/"):
            return None
        if not between.strip() and (nxt.text[:1].isdigit() or nxt.cap or nxt.folded in MONTHS):
            return None  # "Juni 2023", "Mei Festival"
        if nxt.folded in _LIST_LINKS and i + 2 < len(toks) and toks[i + 2].folded in MONTHS:
            return None  # "van Mei tot Juli", "Juli of Augustus"
    return "month written with a capital as a first name"
