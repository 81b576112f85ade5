"""Two first names joined by "&" that sign a message (issue 11, session 25; s25-privacy's frozen
batch class 8 and the lead's probe, informed).

"X & Y" is an organisation's shape ("Kind & Gezin", "Sport & Spel") and the keep rule protects it
(``detect._protect_text``) unless a side is a name the report gives or a listed first name that is
no word. Two first names no list holds, joined by "&", are also how a pair of volunteers signs a
message: alone on a line ("Groetjes,\\n<X> & <Y>"), after a greeting on the same line
("Groetjes, <X> & <Y>"), or closing a line after a sentence's end (a quote joins a message's lines:
"Tot volgende week! <X> & <Y>"). There the pair is persons when **neither side is a Dutch or English word,
a place, a brand, a platform, a chain or a keep word** -- the words of an organisation's name are
("Vorming & Vrije Tijd", "Bed & Breakfast", "Ben & Jerry's", "Jeugd & Vrede" stay).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .lexicon import fold

if TYPE_CHECKING:
    from .detect import Token
    from .lexicon import Lexicon

#: greetings that open a sign-off line before the names
_SIGN_OFF = (r"(?:groetjes|groeten|groetjes van|groeten van|liefs|veel liefs|dikke kus|kusjes|x+|xoxo|tot snel|"
             r"tot later|tot straks|tot morgen|tot zaterdag|tot zondag|mvg|vriendelijke groeten|met vriendelijke groeten|"
             r"hartelijke groeten|cheers|greetings|love|bye|ciao|salut|bisous|merci|dank je wel|bedankt)")
#: the pair fills its line (after an optional sign-off greeting), up to punctuation, emoji or brackets
_LINE_RE = re.compile(r"(?im)(?:^[ \t>*_-]*|(?<=[.!?])[ \t]+)(?:" + _SIGN_OFF + r"[ \t]*[,!:.]?[ \t]+)?"
                      r"([^\W\d_][\w'’-]*)[ \t]*&[ \t]*([^\W\d_][\w'’-]*)[ \t!.,;:)]*"
                      r"(?:[^\w\s&]{0,6})[ \t]*$")


def _no_name(f: str, lex: Lexicon, english: frozenset[str] | set[str]) -> bool:
    """A side that is a word or a thing: the pair is an organisation's (or a phrase)."""
    return (lex.is_word(f) or f in english or f in lex.places or f in lex.brands or f in lex.platforms
            or f in lex.keep_single or f in lex.chain_words or f in lex.common or len(f) < 3)


def signed_pairs(text: str, lex: Lexicon, english: frozenset[str] | set[str]) -> list[tuple[int, int, int, int]]:
    """The (start, end) of both sides of each "X & Y" that signs a message (see the module)."""
    if "&" not in text:
        return []
    out = []
    for m in _LINE_RE.finditer(text):
        a, b = m.group(1), m.group(2)
        if not (a[0].isupper() and b[0].isupper()):
            continue
        if a.isupper() != b.isupper():
            continue
        if _no_name(fold(a), lex, english) or _no_name(fold(b), lex, english):
            continue
        out.append((m.start(1), m.end(1), m.start(2), m.end(2)))
    return out


def mark_signed_pairs(text: str, toks: list[Token], pairs: list[tuple[int, int, int, int]], min_conf: float,
                      overridable: frozenset[str | None]) -> None:
    """Both sides of a signing pair are persons (``pairs``: :func:`signed_pairs`)."""
    starts = {t.start: t for t in toks}
    for a0, _a1, b0, _b1 in pairs:
        for s in (a0, b0):
            tok = starts.get(s)
            if tok is None or tok.person or tok.protected not in overridable:
                continue
            tok.person, tok.score = True, max(tok.score, 0.75, min_conf)
            tok.rule = "two first names joined by '&' signing a message"
