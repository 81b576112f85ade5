"""A band named "<Naam> and the <Noun>" (issue 11, session 26: held-out set T26).

"Florence and the Machine", "<Voornaam> and the <Dier>": a first name, the English "and the" and a
capitalised noun is a band's name, not a person with company; a reporter writes a person's company in
lower case ("<Naam> and the kids") or in Dutch ("<Naam> en de kinderen"). Kept as one keep range:
one or two capitalised words before "and the" and one to three capitalised words after it, all on one
line with single spaces. Not kept: a name the report gives (a speaker, a credited name, the deny list)
among the words before "and", a title before the run ("meneer <X> and the <Y>"), or a lower-case word after "the".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .detect import Knowledge, Token, _Protect
    from .lexicon import Lexicon


def protect_and_the_bands(text: str, toks: list[Token], caps: list[int], lex: Lexicon, know: Knowledge,
                          prot: _Protect, words: set[str]) -> None:
    """Add a keep range over each "<Naam> and the <Noun>" of ``text`` (see the module)."""
    if not caps or "and" not in words or "the" not in words:
        return
    from .detect import TITLES

    n = len(toks)
    for k in range(1, n - 2):
        if toks[k].text != "and" or toks[k + 1].text != "the" or not toks[k + 2].cap:
            continue
        if text[toks[k - 1].end : toks[k].start] != " " or text[toks[k].end : toks[k + 1].start] != " " \
                or text[toks[k + 1].end : toks[k + 2].start] != " ":
            continue
        first = k - 1
        if not toks[first].cap:
            continue
        if first > 0 and toks[first - 1].cap and text[toks[first - 1].end : toks[first].start] == " ":
            first -= 1
        if first > 0 and toks[first - 1].folded in TITLES:
            continue
        if any(t.folded in know.names for t in toks[first:k]):
            continue  # (a name the report gives stays a person's)
        last = k + 2
        while last + 1 < n and last < k + 4 and toks[last + 1].cap and text[toks[last].end : toks[last + 1].start] == " ":
            last += 1
        prot.add(toks[first].start, toks[last].end, "keep")
