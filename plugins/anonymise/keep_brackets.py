"""A body's name in brackets after the noun of a group, a body or a business (session 21,
s21-keep; the keep side of issue 11).

"Gäste: eine Jugendgruppe (X)", "we kregen hulp van een jeugdvereniging (X)", "onze partner,
een klein bedrijf (X)": a reporter names the group or the firm in brackets right after the noun
that says what it is. The noun is the evidence, by its ending, in Dutch, German, French or English
(``_HEADS``: groups, bodies, businesses -- never a person's noun; "de begeleider (X)", "een
leerling (X)", "mijn partner (X)" are not here). Only a bracket that holds one to three capitalised words and
nothing else is read (no age, no comma: "(X, 16)" is a person's credit).

Privacy first: a run with a word on a first-name, surname or name-word list or a name the report
gives is left to the person rules. The protection is ``keep_objects.POSITION``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .keep_context import free_run, name_shaped_run
from .keep_objects import POSITION

if TYPE_CHECKING:
    from .detect import Knowledge, Token, _Protect
    from .lexicon import Lexicon

#: Endings of a noun of a group, a body or a business (the last part of a compound).
_HEADS = ("groep", "gruppe", "group", "groupe", "vereniging", "verein", "organisatie", "organisation", "organization",
          "vzw", "asbl", "bedrijf", "firma", "company", "entreprise", "beweging", "bewegung", "werking", "club",
          "stichting", "stiftung", "fonds", "charity", "association", "verband", "bund", "jugend", "winkel", "keten", "merk", "brand", "app", "platform", "uitgeverij",
          "agentschap", "bureau", "agentur", "agency", "ngo")
_MAX_RUN = 3


def protect_bracketed_bodies(text: str, toks: list[Token], caps: list[int], lex: Lexicon, know: Knowledge,
                             prot: _Protect, words: set[str]) -> None:
    """Add ``POSITION`` protections for "<group noun> (X)" (see the module)."""
    if not caps or " (" not in text:
        return
    n = len(toks)
    for i in caps:
        if i == 0 or text[toks[i - 1].end : toks[i].start] != " (":
            continue
        head = toks[i - 1]
        if head.allcaps or len(head.folded) < 3 or not head.folded.endswith(_HEADS):
            continue
        last = i
        while (last + 1 < n and last < i + _MAX_RUN - 1 and toks[last + 1].cap and not toks[last + 1].allcaps
               and text[toks[last].end : toks[last + 1].start] == " "):
            last += 1
        if not text.startswith(")", toks[last].end):
            continue
        if not free_run(text, toks, i, last, lex, know) or name_shaped_run(toks, i, last, lex, _HEADS):
            continue  # (a person's shape: "de werkgroep (Ondine Corbassier)"; s21-review)
        prot.add(toks[i].start, toks[last].end, POSITION)
