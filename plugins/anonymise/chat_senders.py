"""The sender of a time-stamped chat line, in any case (issue 11, session 7).

A chat export writes every message as "[20:32] sender: message" (or "20:32 - sender:",
"(20:32) sender:"). What stands between the time stamp and the colon is who wrote the
message, whatever the word is besides: a first name that is also a Dutch word ("berk",
"Storm", "Mees"), a place abroad that is also a name, a nickname. Session 6 read such a
line as a chat message, but judged its sender by the lists (a Dutch word was no sender).

Not a sender: the label words of a notice ("[20:32] update: ...", "Vraag:"), frequent
words, calendar, platform and keep words, places at home, and compounds (a group or a
team: "kampleiding").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING

from .lexicon import fold

if TYPE_CHECKING:
    from .detect import Token
    from .lexicon import Lexicon

#: The start of a line up to its sender: a time stamp ("[20:32] ", "(9:04) ", "21:30 - ").
_STAMP_RE = re.compile(r"[ \t>*•\"“'-]*[\[(]?\d{1,2}[:.]\d{2}(?::\d{2})?[\])]?(?:[ \t]*[-–—,])?[ \t]+")
#: How far from the line's start a sender may begin (decoration, stamp, first word).
_REACH = 48
#: Words that label a notice or a field, not a sender.
LABEL_WORDS = frozenset(
    {
        "update",
        "vraag",
        "antwoord",
        "tip",
        "info",
        "opmerking",
        "locatie",
        "plaats",
        "datum",
        "uur",
        "tijd",
        "mededeling",
        "herinnering",
        "reminder",
        "link",
        "foto",
        "video",
        "bericht",
        "nieuws",
        "agenda",
        "programma",
        "menu",
        "adres",
        "prijs",
        "status",
        "edit",
        "ps",
        "nb",
        "let",
        "opgelet",
        "belangrijk",
        "nota",
        "noot",
        "note",
        "todo",
        "taak",
        "taken",
        "thema",
        "onderwerp",
        "afspraak",
        "wie",
        "wat",
        "waar",
        "wanneer",
        "hoe",
        "waarom",
        "systeem",
        "system",
        "admin",
        "bot",
        "groep",
        "iedereen",
        "allen",
        "alle",
        "kanaal",
        "channel",
        # (the anonymiser's own role labels: "[20:32] een deelnemer: ...")
        "deelnemer",
        "sessiegever",
        "verslaggever",
        "persoon",
    }
)


def _stamp_before(text: str, line_start: int, pos: int) -> bool:
    return _STAMP_RE.fullmatch(text, line_start, pos) is not None


def _colon_after(text: str, tok: Token) -> bool:
    return text[tok.end : tok.end + 1] == ":" and text[tok.end : tok.end + 3] != "://"


_STAMP_START_RE = re.compile(r"^[ \t>*•\"“'-]*[\[(]?\d{1,2}[:.]\d{2}", re.MULTILINE)


@lru_cache(maxsize=8)
def _stamped_line_starts(text: str) -> frozenset[int]:
    """Where the lines that open with a time stamp start (once per text: most texts have none)."""
    if ":" not in text and "." not in text:
        return frozenset()
    return frozenset(m.start() for m in _STAMP_START_RE.finditer(text))


def stamped_sender(text: str, toks: list[Token], i: int, offsets: list[int]) -> bool:
    """Whether token ``i`` is (part of) the sender of a time-stamped chat line: the line up
    to it is a time stamp and a colon follows it, or it is one of the two words of such
    a sender ("[20:32] mees peeters: ..."). ``offsets``: where each line of ``text`` starts."""
    stamped = _stamped_line_starts(text)
    if not stamped:
        return False
    tok = toks[i]
    line_start = offsets[max(0, bisect_right(offsets, tok.start) - 1)]
    if line_start not in stamped or tok.start - line_start > _REACH:
        return False  # (a sender stands right after the stamp: the test reads a bounded prefix)
    if _stamp_before(text, line_start, tok.start):
        if _colon_after(text, tok):
            return True
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        return nxt is not None and text[tok.end : nxt.start] == " " and _colon_after(text, nxt)
    prev = toks[i - 1] if i > 0 else None
    return (
        prev is not None
        and prev.start >= line_start
        and text[prev.end : tok.start] == " "
        and _colon_after(text, tok)
        and _stamp_before(text, line_start, prev.start)
    )


def sender_word(word: str, lex: Lexicon, home_place: bool) -> bool:
    """Whether a word may be a sender: no label, frequent, calendar, platform or keep word,
    no place at home (``home_place``), no compound."""
    from .detect import is_compound  # (detect imports this module)

    f = fold(word)
    if len(f) < 2 or f in LABEL_WORDS or f in lex.common or f in lex.calendar or f in lex.platforms:
        return False
    if f in lex.keep_single or home_place:
        return False
    return f in lex.first_names or f in lex.name_words or not (len(f) >= 8 and is_compound(f, lex))


_SENDER_LINE_RE = re.compile(r"^" + _STAMP_RE.pattern + r"([^\W\d_]+(?:[ '’-][^\W\d_]+)?)(?=:(?!//))", re.MULTILINE)


def published_senders(text: str) -> list[tuple[int, int]]:
    """The senders left in a published (anonymised) text: (start, end) of each word that
    stands as the sender of a time-stamped chat line and may be one (:func:`sender_word`).
    The guard's net under :func:`stamped_sender` (a placeholder "[persoon 1]" is no match:
    its bracket is no letter)."""
    from .lexicon import load_lexicon
    from .person_context import home_place

    lex = load_lexicon()
    out = []
    for m in _SENDER_LINE_RE.finditer(text):
        for w in re.finditer(r"[^\W\d_]+", m.group(1)):
            word = w.group(0)
            if sender_word(word, lex, home_place(fold(word))):
                out.append((m.start(1) + w.start(), m.start(1) + w.end()))
    return out
