"""Two persons sharing an East-Asian family name that is also a word (issue 11, session 26).

"Park <Jiwoo> en Park <Seoyeon> gingen mee", "Song <Yerim> en Song <Dahye> leidden het spel":
Korean, Chinese and Cantonese family names are often Dutch or English words or a venue's head
("Park", "Song", "Bang", "Moon", "Lam", "Mok", "Ma", "Do", "Ha"), and a given name written as one
word of two syllables ("Jiwoo", "Minseo") is no listed name. Opening a sentence, neither word had a
person's evidence, and the pair was published (s25-t25fix's strict xfail; s26-privacy's batch).

The evidence is the pair itself: **the same capitalised word twice, each time followed by a
capitalised word of East-Asian syllables, the two joined by "en", "&" or a comma** -- two people
named by one family name (siblings, a couple) -- when the repeated word has the shape of a family
name (one syllable, two to five letters, or a listed one) and neither given part is a Dutch or
English word, a place, a frequent word, or a word a list keeps. "Park Noord en Park Spoor" (words),
"Song en dans" (no given part), "Ma en pa" stay.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .lexicon import english_words
from .person_east_asian import _SYLLABLES_RE, _caps_family
from .person_korean import _SYLLABLE_RE as _KOREAN_SYLLABLE
from .person_korean import given_name

if TYPE_CHECKING:
    from .detect import Token
    from .lexicon import Lexicon

#: a Korean given name written as one word ("Seoah", "Jiwoo"): two or three syllables
_KOREAN_GIVEN = re.compile(rf"(?:{_KOREAN_SYLLABLE.pattern}){{2,3}}")
RULE = "East-Asian family name shared by a pair ('<F> <X> en <F> <Y>')"
_JOINS = (" en ", " & ", ", ", " and ")
#: protections a list gave the given part: never a person's then
_THING_KINDS = frozenset({"place", "brand", "organisation", "language", "calendar", "platform"})


def _given(tok: Token, lex: Lexicon) -> bool:
    """A capitalised given name of East-Asian syllables that no list knows as a word or a place."""
    t, f = tok.text, tok.folded
    if not tok.cap or tok.allcaps and len(t) > 1 and not t.isupper() or tok.protected in _THING_KINDS:
        return False
    if "-" in t:
        # "Ji-hoon", also parts of two syllables each ("Minseo-Yejin")
        parts = f.split("-")
        return given_name(tok, lex) or (len(parts) == 2 and all(_syllables(p, lex) for p in parts)
                                        and not lex.is_word(f) and f not in lex.places)
    return _syllables(f, lex)


def _syllables(f: str, lex: Lexicon) -> bool:
    return (f.isascii() and f.isalpha() and 3 <= len(f) <= 12 and (_SYLLABLES_RE.fullmatch(f) or _KOREAN_GIVEN.fullmatch(f)) is not None
            and not lex.is_word(f) and f not in english_words() and f not in lex.common and f not in lex.places)


def _family(tok: Token, lex: Lexicon) -> bool:
    f = tok.folded
    return tok.cap and _caps_family(f) and f not in lex.common


def mark_family_pairs(text: str, toks: list[Token], lex: Lexicon, min_conf: float, not_overridden: frozenset) -> None:
    """Mark "<F> <X> <en|&|,> <F> <Y>" as two persons (see the module)."""
    hard = not_overridden - {None}
    n = len(toks)
    for i in range(n - 3):
        fam, giv = toks[i], toks[i + 1]
        j = i + 3 if toks[i + 2].folded in ("en", "and") else i + 2
        if j + 1 >= n:
            continue
        fam2, giv2 = toks[j], toks[j + 1]
        if fam.folded != fam2.folded or fam.text != fam2.text or giv.folded == giv2.folded:
            continue
        if text[fam.end : giv.start] != " " or text[fam2.end : giv2.start] != " ":
            continue
        if text[giv.end : fam2.start] not in _JOINS:
            continue
        if any(t.protected in hard for t in (fam, giv, fam2, giv2)):
            continue
        if not (_family(fam, lex) and _given(giv, lex) and _given(giv2, lex)):
            continue
        for t in (fam, giv, fam2, giv2):
            if not t.person:
                t.person, t.score, t.protected = True, max(t.score, 0.8, min_conf), None
                t.rule = RULE
