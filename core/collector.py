"""Keep Python's cyclic garbage collector off long-lived data in a long-running process.

Watch keeps a lot alive between rebuilds: plugins, lexicons, templates, the cache's
reports and, with the bundle, hundreds of thousands of laid-out layout objects. A full
collection walks all of it; one falling in a rebuild's fast lane cost 0.07 s at 500
reports with html + json, and about 2 s with the bundle's kept layouts. :func:`settle`
collects once, at a moment nobody waits for (after a rebuild), and moves what is alive
into the permanent generation (``gc.freeze``), where later collections do not look.
Objects that die while frozen are freed by reference counting as usual; those held in
reference cycles wait for the next :func:`settle`.
"""

from __future__ import annotations

import gc
import threading

_lock = threading.Lock()
_count = 0


def settle() -> None:
    """Collect everything once, then freeze what is still alive."""
    global _count
    with _lock:
        gc.unfreeze()
        gc.collect()
        gc.freeze()
        _count += 1


def settlements() -> int:
    """How many times :func:`settle` ran in this process (to skip a second one right after another)."""
    return _count
