"""Whether a word is a compound of Dutch words (session 17: moved out of ``detect`` so that a rule
module can import it at module level; ``detect`` re-exports both functions)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .lexicon import Lexicon

_MAX_COMPOUND = 60  # letters of the longest word read as a compound


def is_compound(folded: str, lex: Lexicon, depth: int = 0) -> bool:
    """Whether a folded word is a Dutch word or a compound of Dutch words
    (``jeugdinfrastructuur`` = jeugd + infrastructuur, with a linking s or e)."""
    if lex.is_word(folded):
        return True
    if depth > 2 or len(folded) < 6 or len(folded) > _MAX_COMPOUND:
        return False  # (bounded: every split is tried, quadratic in a hostile 100 kB "word")
    n = len(folded)
    for k in range(n - 3, 2, -1):
        head, tail = folded[:k], folded[k:]
        if not (lex.is_word(head) or (head[-1] in "se" and len(head) > 3 and lex.is_word(head[:-1]))):
            continue
        if lex.is_word(tail) or is_compound(tail, lex, depth + 1):
            return True
        # The word list holds words of at most 13 letters: a longer tail is missing
        # from it ("infrastructuur"), so a known head of 4+ letters before one counts.
        if len(tail) > 13 and len(head) >= 4:
            return True
    return False



def _split_compound(f: str, lex: Lexicon) -> bool:
    """Whether a folded word splits into Dutch words (a head of four letters or more, a
    linking s or e allowed): "kinderrechtswinkel", "kringwinkel", "zonnepanelen"; not a
    plain word that does not split ("kwebbeltje", a nickname perhaps)."""
    for k in range(len(f) - 4, 3, -1):
        head, tail = f[:k], f[k:]
        if not (lex.is_word(head) or (head[-1] in "se" and len(head) > 4 and lex.is_word(head[:-1]))):
            continue
        if lex.is_word(tail) or (len(tail) >= 6 and is_compound(tail, lex)):
            return True
    return False


