"""The two hooks every reader plugin implements, made from its suffixes and read function."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ..hookspecs import hookimpl
from ..model import Report, Source
from .finish import finish_report


def reader_hooks(suffixes: Sequence[str], read: Callable[[Source], Report]) -> tuple[Callable[..., Any], Callable[..., Any]]:
    """``perskamer_source_suffixes`` and ``perskamer_read_source`` for a reader.

    In a reader module: ``perskamer_source_suffixes, perskamer_read_source =
    reader_hooks([".docx"], read_docx)``. The read hook only claims files with one of
    ``suffixes``; ``read`` parses ``source.data`` and never raises for bad input. The
    report is then finished with the build's settings (:func:`perskamer.form.finish.finish_report`:
    the year of a date written without one, the file name as a fallback title).
    """
    claimed = tuple(s.lower() for s in suffixes)

    @hookimpl
    def perskamer_source_suffixes() -> list[str]:
        return list(claimed)

    @hookimpl
    def perskamer_read_source(source: Source, context: object) -> Report | None:
        if source.suffix not in claimed:
            return None
        return finish_report(read(source), context)

    return perskamer_source_suffixes, perskamer_read_source
