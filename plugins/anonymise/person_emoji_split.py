"""A name with an emoji between its given name and its surname (issue 11, session 25, s25-a25).

Chats, tagged photos and lists decorate a name: "<Voornaam> 🌻 <Achternaam>", "✨ <Voornaam> ✨
<Achternaam>". A span of a name grows over spaces only, so the rules took one half (the listed
first name, or the surname no list holds) and published the other (attack A25: 94 of 112 such
pairs published a part).

The CLASS: two capitalised words on one line separated only by one to three symbols (emoji,
dingbats, check marks) and spaces, of which one is a person's and the other reads as the rest of
the same name -- a later word no list keeps (the detector's ``_layout_later``) after the person's,
a first name on its own evidence (``_layout_first``) before it. Both are one person: the span runs
over the symbols (:data:`SYMBOL_GAP_RE`, read by ``detect._assemble``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .detect import Token

#: a gap of symbols only (one to three) between two words of one line
SYMBOL_GAP_RE = re.compile(r"[ \t]*[\u2190-\u2bff\u2600-\u27bf\U0001f000-\U0001faff][\ufe0f\u200d]?"
                           r"(?:[\u2190-\u2bff\u2600-\u27bf\U0001f000-\U0001faff][\ufe0f\u200d]?){0,2}[ \t]*")


def symbol_gap(gap: str) -> bool:
    """Whether ``gap`` (the text between two words) is symbols and spaces only."""
    return SYMBOL_GAP_RE.fullmatch(gap) is not None


def _wrapped_symbol_gap(gap: str) -> bool:
    """(session 26, s26-privacy) One line break, then the symbols: a wrapped line whose next line
    opens with the decorated surname ("dankzij <Voornaam>\n🌼 <Achternaam> en de ploeg"). The two
    halves stay two spans (one person's key): a span never runs over a line break."""
    head, nl, rest = gap.partition("\n")
    return bool(nl) and head.strip(" \t") == "" and "\n" not in rest and symbol_gap(rest) and rest.strip(" \t") != ""


def mark_emoji_split(text: str, toks: list[Token], first_ok: Callable[[Token], bool],
                     later_ok: Callable[[Token], bool], min_conf: float,
                     lower_later_ok: Callable[[Token], bool] | None = None) -> None:
    """Mark the other half of a name split by symbols when one half is a person's (see the module).
    ``lower_later_ok``: whether a lower-case word after a lower-case first name taken as a person is
    its surname (a chat without capitals: "<voornaam> 🌼 <achternaam>")."""
    for k in range(len(toks) - 1):
        a, b = toks[k], toks[k + 1]
        gap = text[a.end : b.start]
        if a.person == b.person or not (symbol_gap(gap) or a.cap and b.cap and _wrapped_symbol_gap(gap)):
            continue
        if not (a.cap and b.cap):
            if (lower_later_ok is not None and a.person and a.score >= min_conf and not a.cap and not a.allcaps
                    and not b.cap and not b.allcaps and not b.protected and lower_later_ok(b)):
                b.person, b.score, b.key = True, max(b.score, a.score, min_conf), a.key
                b.rule = "surname after an emoji after the first name"
            continue
        if a.person and a.score >= min_conf and not b.protected and later_ok(b):
            b.person, b.score, b.key = True, max(b.score, a.score, min_conf), a.key
            b.rule = "surname after an emoji after the first name"
        elif b.person and b.score >= min_conf and a.protected in (None, "compound") and first_ok(a):
            a.person, a.score, a.key = True, max(a.score, b.score, min_conf), b.key
            a.rule = "first name before an emoji before the surname"
