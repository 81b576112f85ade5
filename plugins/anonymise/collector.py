"""The cyclic garbage collector paused while a report is anonymised (session 24, s24-speed; issue 11).

An analysis makes a few objects per token (``Token``, spans, the rules' tuples and lists) that
live until the analysis ends; on a long quote there are hundreds of thousands, and every
collection of the oldest generation walks them (and the lexicon's containers) again. On a 100 kB
hostile quote the collector took 7-9% of ``anonymise_report`` (``gc.callbacks``, "Jan (", "list
frame", "english prep", "caps label"; 5 gen-2 collections of ~0.03 s each for "Jan ("), and it
found nothing to free: the anonymiser makes no reference cycles (``gc.collect()`` after a whole
report anonymised with the collector off: 0 unreachable objects, for the 100 kB "Jan (" report and
for an ordinary one; ``tests/test_anonymise_s24_speed.py`` checks this on the gold reports).
Reference counting frees everything it makes, so pausing the collector costs no memory.

The pause is process-wide (``gc.disable``), so it is counted: nested or concurrent anonymisations
(watch's threads, the preview server) switch it on again when the last one ends, and only if it
was on when the first one began (a build's main process pauses it itself: ``core.build``'s
``_CollectorPause``; then nothing changes here). Another thread's cyclic garbage made meanwhile
waits for the next collection after the anonymisation (a second at most for a 100 kB quote). The
state is restored in a ``finally``: an exception inside leaves the collector as it was.

A forked child has only the thread that forked: another thread's pause does not hold there (its
``finally`` never runs in the child), so after a fork the count is that thread's own and the
collector is switched on again if only other threads had paused it (session 24, s24-review;
perskamer forks only single-threaded processes, so this guards other callers and later code).
"""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_paused = False
_mine = threading.local()  # (each thread's own nesting: what a forked child keeps)


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic collector off while the block runs (if it was on when the outermost block began)."""
    global _depth, _paused
    with _lock:
        _depth += 1
        _mine.depth = getattr(_mine, "depth", 0) + 1
        if _depth == 1 and gc.isenabled():
            gc.disable()
            _paused = True
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            _mine.depth -= 1
            if _depth == 0 and _paused:
                _paused = False
                gc.enable()


def _after_fork_in_child() -> None:
    """In a forked child: only the forking thread's own pauses are left."""
    global _lock, _depth, _paused
    _lock = threading.Lock()  # (another thread may have held it at the fork)
    _depth = getattr(_mine, "depth", 0)
    if _depth == 0 and _paused:
        _paused = False
        gc.enable()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)
