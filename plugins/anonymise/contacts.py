"""Contact details in shapes session 4's patterns (``detect.py``) miss (issue 11, session 5).

* chat links that hold a phone number or an account: "wa.me/32470998877",
  "t.me/<account>", "m.me/<account>", "signal.me/#p/+32...", "linktr.ee/<account>";
* a phone number spoken digit by digit without a leading "nul" or "plus" ("vier zeven nul
  negen negen acht ..."): nine or more single-digit number words in a row that do not count up or down
  (ordinary text never says that many digits one by one).

Every pattern is linear: fixed alternatives, bounded repeats, no nested quantifiers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .scan import finditer_lowered, lowered_alike

#: A chat or link-page domain and the account or number after it.
CHAT_LINK_RE = re.compile(
    r"(?<![\w.@/-])(?:https?://)?(?:www\.)?(?:wa\.me|t\.me|telegram\.me|m\.me|signal\.me|linktr\.ee|api\.whatsapp\.com)"
    r"/(?:#p/|send\?phone=)?\+?([\w%.\-]{2,40})",
    re.IGNORECASE,
)
CHAT_LINK_HINTS = ("wa.me/", "t.me/", "telegram.me/", "m.me/", "signal.me/", "linktr.ee/", "whatsapp.com/")

_DIGIT = r"(?:nul|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)"
#: Nine or more digit words in a row, with spaces, commas, dots or dashes between.
DIGIT_WORDS_RE = re.compile(r"(?<![\w])" + _DIGIT + r"(?:[ \t]{0,3}[,.\-/]?[ \t]{1,3}" + _DIGIT + r"){8,14}(?![\w])",
                            re.IGNORECASE)
_VALUES = {"nul": 0, "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
           "negen": 9}
_DIGIT_WORDS = frozenset(_VALUES)
_SEVEN_IN_A_ROW = b"\x01" * 7
_DIGIT_WORD_RE = re.compile(_DIGIT, re.IGNORECASE)
_DIGIT_WORDS_LOWER_RE = re.compile(DIGIT_WORDS_RE.pattern)  # (on lower-case text: finditer_lowered)


def chat_links(text: str, lowered: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the account or number in each chat link of the text."""
    # (every hint, and every match, holds a "/": one test rules most texts out)
    if "/" not in text or not any(h in lowered for h in CHAT_LINK_HINTS):
        return
    for m in CHAT_LINK_RE.finditer(text):
        start, end = m.span(1)
        while end > start and text[end - 1] in ".,;:!?-":
            end -= 1
        if end - start >= 2:
            yield start, end


def digit_word_runs(text: str, words: set[str], lowered: str | None = None,
                    folded: list[str] | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of nine or more digit words (``lowered``: ``text.lower()``,
    ``folded``: the tokenizer's folded words, when the caller has them).

    The runs are found on the lower-case text with the pattern without re.IGNORECASE
    (scan.finditer_lowered: the same matches, as written). Its letters are lower-case
    ASCII and "é", which re.IGNORECASE matches only with "É", and "É" lowers to "é"."""
    if len(_DIGIT_WORDS & words) < 2:
        return
    # (the words of a run but its first and last stand between white space and a separator,
    # none glued to a letter by "'" or "-": seven tokens in a row at least, each folded to a
    # digit word -- "een" is also the article, so the count below passes many texts; this
    # test first: it is the cheaper one of the two on a long text, session 11)
    if folded is not None and _SEVEN_IN_A_ROW not in bytes(map(_DIGIT_WORDS.__contains__, folded)):
        return
    lowered = text.lower() if lowered is None else lowered
    # (a run holds nine digit words, each its own occurrence of one: most texts with "een"
    # and "twee" hold fewer, and the count is cheaper than the pattern's scan)
    if lowered_alike(text, lowered) and sum(lowered.count(w) for w in _DIGIT_WORDS) < 9:
        return
    for m in finditer_lowered(DIGIT_WORDS_RE, _DIGIT_WORDS_LOWER_RE, text, lowered):
        values = [_digit_value(w) for w in _DIGIT_WORD_RE.findall(m.group(0))]
        steps = {b - a for a, b in zip(values, values[1:], strict=False)}
        if steps not in ({1}, {-1}):  # counting ("een, twee, drie, ...") is no number
            yield m.span()


def _digit_value(word: str) -> int:
    """The digit a digit word says, in any case: also with a letter re.IGNORECASE takes
    for an ASCII one ("zeſ", "DRİE": ``str.lower`` keeps ſ and ı, and turns İ into i and a dot)."""
    w = word.lower()
    if w not in _VALUES:
        w = w.replace("\u017f", "s").replace("\u0131", "i").replace("i\u0307", "i")
    return _VALUES[w]
