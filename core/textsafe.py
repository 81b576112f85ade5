"""Text that is safe to print on a terminal.

A file name, a photo path or a message from a report can hold control characters
(ANSI escape sequences, carriage returns, backspaces) that would rewrite the user's
terminal line. Everything perskamer prints about a file goes through
:func:`printable`, which shows such characters escaped (``\\x1b``) instead.
"""

from __future__ import annotations

import re

# C0 controls except tab and newline, DEL, C1 controls, and the Unicode line/paragraph
# separators and bidirectional overrides that can reorder what a terminal shows.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
# Lone surrogates (undecodable bytes of a file name, kept by Python as \udcNN).
_SURROGATE = re.compile("[\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _escape_surrogate(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` with control characters and undecodable bytes escaped (newlines and tabs kept)."""
    if not text:
        return text
    text = _SURROGATE.sub(_escape_surrogate, text)
    return _UNSAFE.sub(_escape, text)


def printable_line(text: str) -> str:
    """Like :func:`printable`, and newlines escaped too (one value on one line)."""
    return printable(text).replace("\n", "\\n")


def count(n: int, word: str, plural: str | None = None) -> str:
    """``1 report``, ``2 reports`` (``plural`` for irregular words)."""
    return f"{n} {word if n == 1 else (plural or word + 's')}"
