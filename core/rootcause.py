"""Root cause first: one broken file gives one clear message, not a cascade.

When a reader cannot make sense of a file at all (not text, a front matter that
does not parse, not a PDF), every later check fails *because* of it: "no session
title", "no questions found", "no date". Those are noise; worse, sorted by line
they used to come before the real cause. The core therefore keeps a reader's
whole-file errors alone, and drops a later problem about a field the reader
already reported an error for.
"""

from __future__ import annotations

from .model import Problem


def whole_file_errors(problems: list[Problem]) -> list[Problem]:
    """Reader errors about the file as a whole (no field): nothing after them can be trusted."""
    return [p for p in problems if p.severity == "error" and p.field is None]


def root_causes(reader_problems: list[Problem]) -> list[Problem] | None:
    """The problems to keep when the reader failed on the whole file (else ``None``: go on checking)."""
    fatal = whole_file_errors(reader_problems)
    return fatal or None


def drop_explained(reader_problems: list[Problem], later: list[Problem]) -> list[Problem]:
    """``later`` problems minus those about a field the reader already reported an error for."""
    broken = {p.field for p in reader_problems if p.severity == "error" and p.field}
    return [p for p in later if not (p.field and p.field in broken)]
