"""Faster ways to run the detector's patterns that give exactly what ``pattern.finditer(text)`` gives.

A pattern that scans a whole report section for a rare phrase costs time at every
position of the text. These helpers find the places where a match can start first
(with a cheaper search) and run the pattern from there only; the matches, their order
and their groups are those of ``finditer`` (the reasoning is in each docstring; the
tests in tests/test_anonymise_scan.py compare both on hostile and ordinary text).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator

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


def finditer_after_keyword(pattern: re.Pattern[str],
                           keywords: tuple[re.Pattern[str] | Literals, re.Pattern[str] | Literals],
                           text: str, runs: int = 1, lowered: str | None = None) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, the pattern tried (``pattern.match``) only near each keyword.

    For a pattern every match of which holds a match of ``keywords`` (the same literal
    words in lower case, without and with re.IGNORECASE as the pattern has it) and spans
    at most ``runs`` runs of non-space characters up to that keyword (the keyword's own
    run counted). No match may be empty. A match starting at ``s`` then holds a keyword
    starting at some ``k >= s``, and ``s`` lies in ``k``'s window: from the start of the
    ``runs``-th run before ``k`` (white space between runs skipped) up to ``k``.

    Every keyword START is visited in order (the next search starts one character after
    the last one found, so no keyword hides inside another), and the places of its window
    are tried in increasing order, each once (``tried``: every place below it was tried,
    or lies before the previous match's end). So the first place that matches is the
    leftmost match from there, as ``finditer`` finds it (``pattern.match`` at a place is
    what a search tries there first; look-behinds see the text before it in both). The
    keywords are looked for in the lower-case text when that finds the same places (see
    :func:`lowered_alike`). ``lowered``: ``text.lower()``, when known.

    (Until session 11 the pattern was SEARCHED from the first keyword's window on: where a
    keyword stood without a match -- "foto" in a report's photo section, "als" -- that
    search went on, at every position, to the next match or the end of the text.)
    """
    lowered = text.lower() if lowered is None else lowered
    if lowered_alike(text, lowered):
        find, where = keywords[0].search, lowered
    else:
        find, where = keywords[1].search, text
    match = pattern.match
    tried = 0
    k = find(where, 0)
    while k is not None:
        at = k.start()
        s = _back_over_runs(text, at, tried, runs)  # (never below tried: linear in a long run)
        found = None
        while s <= at:
            found = match(text, s)
            if found is not None:
                break
            s += 1
        if found is None:
            tried = at + 1
            k = find(where, tried)
            continue
        yield found
        tried = found.end()
        k = find(where, tried)


class _At:
    """Where a :class:`Literals` keyword starts (what a match object's ``start()`` gives)."""

    __slots__ = ("_start",)

    def __init__(self, start: int):
        self._start = start

    def start(self) -> int:
        return self._start


class Literals:
    """Keywords for :func:`finditer_after_keyword` (and :func:`finditer_lowered`) made of
    literal words, case-sensitive: ``search(text, pos)`` gives the leftmost place at or
    after ``pos`` where one of ``words`` starts and ``check`` (when given) matches. That is
    where the pattern ``(?=check)(?:word|word|...)`` would match, found with ``str.find``:
    re tries an alternation of words without a common first letter at every position
    of the text (session 11: such a keyword scan cost as much as the pattern's own).

    The places of the last text asked for are remembered (one tuple, replaced whole: a
    second thread at most finds them again); the text is held, so its identity is not
    taken by another."""

    def __init__(self, words: Iterable[str], check: re.Pattern[str] | None = None):
        self.words = tuple(dict.fromkeys(words))
        self.check = check
        self._last: tuple[str | None, list[int]] = (None, [])

    def _places(self, text: str) -> list[int]:
        check = self.check.match if self.check is not None else None
        places: set[int] = set()
        find = text.find
        for word in self.words:
            i = find(word)
            while i >= 0:
                if check is None or check(text, i) is not None:
                    places.add(i)
                i = find(word, i + 1)
        return sorted(places)

    def search(self, text: str, pos: int = 0) -> _At | None:
        last, places = self._last
        if last is not text:
            places = self._places(text)
            self._last = (text, places)
        k = bisect_left(places, pos)
        return _At(places[k]) if k < len(places) else None


def lowered_alike(text: str, lowered: str) -> bool:
    """Whether a case-sensitive pattern of lower-case ASCII letters finds on ``lowered``
    (``text.lower()``) what it finds with re.IGNORECASE on ``text``, at the same places.

    re.IGNORECASE matches an ASCII letter only with its other case, except for the four
    letters of ASCII_CASE_ALIKES, and ``str.lower`` keeps every other character's length
    (only "İ", one of them, grows).
    """
    return len(lowered) == len(text) and (text.isascii() or not any(c in text for c in ASCII_CASE_ALIKES))


def finditer_lowered(pattern: re.Pattern[str], lowered_pattern: re.Pattern[str], text: str, lowered: str,
                     keywords: re.Pattern[str] | Literals | None = None, runs: int = 1) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a re.IGNORECASE ``pattern`` whose literal letters are
    lower-case ASCII (and whose classes hold ASCII letters of both cases), found with
    ``lowered_pattern`` (the same pattern without the flag) on ``lowered``
    (``text.lower()``), which is many times faster: where :func:`lowered_alike` holds,
    it matches at the same places, and the match at each place is made again on
    ``text`` (its groups as written). Elsewhere the slow pattern runs on ``text``.
    ``keywords`` (with ``runs``): what every match of ``lowered_pattern`` holds, as
    :func:`finditer_after_keyword` takes them (case-sensitive, for the lower-case text):
    ``lowered_pattern`` is then tried near them only.
    """
    if not lowered_alike(text, lowered):
        yield from pattern.finditer(text)
        return
    found = (lowered_pattern.finditer(lowered) if keywords is None
             else finditer_after_keyword(lowered_pattern, (keywords, keywords), lowered, runs, lowered))
    for m in found:
        again = pattern.match(text, m.start())
        if again is not None:  # (always: the same pattern at the same place)
            yield again


def line_letters(text: str, at: int) -> tuple[int, int]:
    """The number of letters and of upper-case letters (``str.isalpha``, ``str.isupper``) of the
    line of ``text`` holding offset ``at`` (from after the last line break before ``at`` to the
    first at or after it).

    (a rule asking whether a word's line is written in capitals counted the whole line per word:
    quadratic on a long line of capitals -- 49 CPU s for a 100 kB one through the report path. The
    line breaks of the last text asked are found once, a line's counts once; the text is held, so
    the memo is that text's: session 21)"""
    global _LINES
    memo = _LINES
    if memo[0] is not text:
        breaks = []
        find = text.find
        k = find("\n")
        while k >= 0:
            breaks.append(k)
            k = find("\n", k + 1)
        memo = _LINES = (text, breaks, {})
    breaks, counts = memo[1], memo[2]
    idx = bisect_left(breaks, at)
    got = counts.get(idx)
    if got is None:
        lo = breaks[idx - 1] + 1 if idx else 0
        hi = breaks[idx] if idx < len(breaks) else len(text)
        letters = [c for c in text[lo:hi] if c.isalpha()]
        got = counts[idx] = (len(letters), sum(c.isupper() for c in letters))
    return got


#: (the text last asked, its line breaks' offsets, line index -> (letters, upper-case letters))
_LINES: tuple[str | None, list[int], dict[int, tuple[int, int]]] = (None, [], {})
