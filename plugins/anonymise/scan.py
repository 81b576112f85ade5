"""Faster ways to run the detector's patterns that give exactly what ``pattern.finditer(text)`` gives.

A pattern that scans a whole report section for a rare phrase costs time at every
position of the text. These helpers find the places where a match can start first
(with a cheaper search) and run the pattern from there only; the matches, their order
and their groups are those of ``finditer`` (the reasoning is in each docstring; the
tests in tests/test_anonymise_scan.py compare both on hostile and ordinary text).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: The non-ASCII characters that re.IGNORECASE matches with an ASCII letter (İ ı ſ K).
ASCII_CASE_ALIKES = ("\u0130", "\u0131", "\u017f", "\u212a")


def _back_over_runs(text: str, at: int, floor: int, runs: int) -> int:
    """The start of the ``runs``-th run of non-space characters that ends at or before
    ``at`` (white space between runs skipped), never below ``floor``; with ``runs=1`` the
    start of the run ``at`` stands in (``at`` itself when a space is before it)."""
    j = at
    for k in range(runs):
        if k:
            while j > floor and text[j - 1].isspace():
                j -= 1
        while j > floor and not text[j - 1].isspace():
            j -= 1
    return j


def finditer_after_keyword(pattern: re.Pattern[str], keywords: tuple[re.Pattern[str], re.Pattern[str]], text: str,
                           runs: int = 1, lowered: str | None = None) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, searched only from the words before each keyword.

    For a pattern every match of which holds a match of ``keywords`` (the same literal
    words in lower case, without and with re.IGNORECASE as the pattern has it) and spans
    at most ``runs`` runs of non-space characters up to that keyword (the keyword's own
    run counted). The first keyword at or after the search position bounds where the
    leftmost match can start: no match starts before the ``runs``-th non-space run
    before it (a match starting earlier would hold that keyword or one before it, and
    the white space the runs are cut at). The search from there finds the leftmost
    match, as ``finditer`` does; the next search starts where it ended. No match may be
    empty. The keywords are looked for in the lower-case text when that finds the same
    places (see :func:`lowered_alike`). ``lowered``: ``text.lower()``, when known.
    """
    lowered = text.lower() if lowered is None else lowered
    if lowered_alike(text, lowered):
        find, where = keywords[0].search, lowered
    else:
        find, where = keywords[1].search, text
    pos = 0
    while True:
        k = find(where, pos)
        if k is None:
            return
        m = pattern.search(text, _back_over_runs(text, k.start(), pos, runs))
        if m is None:
            return
        yield m
        pos = m.end()


def lowered_alike(text: str, lowered: str) -> bool:
    """Whether a case-sensitive pattern of lower-case ASCII letters finds on ``lowered``
    (``text.lower()``) what it finds with re.IGNORECASE on ``text``, at the same places.

    re.IGNORECASE matches an ASCII letter only with its other case, except for the four
    letters of ASCII_CASE_ALIKES, and ``str.lower`` keeps every other character's length
    (only "İ", one of them, grows).
    """
    return len(lowered) == len(text) and (text.isascii() or not any(c in text for c in ASCII_CASE_ALIKES))


def finditer_lowered(pattern: re.Pattern[str], lowered_pattern: re.Pattern[str], text: str, lowered: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a re.IGNORECASE ``pattern`` whose literal letters are
    lower-case ASCII (and whose classes hold ASCII letters of both cases), found with
    ``lowered_pattern`` (the same pattern without the flag) on ``lowered``
    (``text.lower()``), which is many times faster: where :func:`lowered_alike` holds,
    it matches at the same places, and the match at each place is made again on
    ``text`` (its groups as written). Elsewhere the slow pattern runs on ``text``.
    """
    if not lowered_alike(text, lowered):
        yield from pattern.finditer(text)
        return
    for m in lowered_pattern.finditer(lowered):
        found = pattern.match(text, m.start())
        if found is not None:  # (always: the same pattern at the same place)
            yield found
