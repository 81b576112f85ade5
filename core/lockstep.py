"""Run several reports' pipelines stage by stage: every report's read, then every report's next stage.

A worker process of a cold build used to take one report through all its stages
(read, validate, anonymise, tag, render, guard) before it started the next. Each
stage has its own large working set (the anonymiser's lexicons, the tagger's word
tables, the templates), and switching between them for every report kept pushing the
others out of the processor's caches: the same work cost ~20% more CPU than running
each stage over many reports in turn (``bench/bench_stages.py --interleaved`` shows
both). So a worker takes a small batch of reports and advances them in lockstep.

A pipeline here is a generator that ``yield``s between its stages and returns its
result. It must not hold a context (an input recording, a lock) across a ``yield``:
the other reports' stages run in between.
"""

from __future__ import annotations

import logging
from collections.abc import Generator
from typing import Any, TypeVar

log = logging.getLogger("perskamer.build")

T = TypeVar("T")

#: A pipeline run in steps: ``yield`` between stages, ``return`` the result.
Steps = Generator[None, None, T]


def run(steps: Steps[T]) -> T:
    """Run one pipeline to its end (all its stages at once)."""
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value


def in_lockstep(pipelines: list[Steps[T]]) -> list[T | Exception]:
    """Run the pipelines stage by stage: the first stage of each in order, then the second, ...

    Returns each pipeline's result in the order given, or the exception that ended it
    (one pipeline's failure does not stop the others). A pipeline that ends early
    (a report that could not be read) drops out of the later rounds.
    """
    results: list[Any] = [None] * len(pipelines)
    live = list(range(len(pipelines)))
    while live:
        still = []
        for i in live:
            try:
                next(pipelines[i])
            except StopIteration as done:
                results[i] = done.value
            except Exception as exc:  # noqa: BLE001 - handed back to the caller, per pipeline
                log.debug("a pipeline failed", exc_info=True)
                results[i] = exc
            else:
                still.append(i)
        live = still
    return results
