"""Letters no Dutch, French, German or English word is written with (session 26, s26-a26).

The word lists are read through a fold that drops diacritics ("café" -> "cafe"), so a
Vietnamese given name that folds onto a Dutch word ("Yến" -> "yen", the currency) read as that
word and was published in every frame of the attack set A26. Vietnamese writes vowels with a
horn (ơ, ư), with two marks stacked (ế, ầ, ữ ...) or with a dot below or a hook above (ạ, ả,
ọ, ỏ ...), and a barred đ: none of those letters is in a word of the languages the lists hold.
A word written with one is no Dutch or English word, whatever its fold is.
"""

from __future__ import annotations

import re

#: ơ Ơ ư Ư đ Đ and the Latin Extended Additional block's Vietnamese vowels (U+1EA0-U+1EF9).
_VIETNAMESE_RE = re.compile("[\u01a0\u01a1\u01af\u01b0\u0110\u0111\u1ea0-\u1ef9]")


def foreign_letters(word: str) -> bool:
    """Whether ``word`` (as written, not folded) holds a letter no Dutch, French, German or
    English word is written with (Vietnamese's horned, stacked or dotted vowels, đ)."""
    return _VIETNAMESE_RE.search(word) is not None
