"""A process pool whose housekeeping thread sleeps while results wait to be read.

``multiprocessing.Pool`` keeps its worker processes with a thread (``_handle_workers``)
that waits on the workers' sentinels (a worker ended: start another), on a notifier
(the pool was closed or terminated, its last task finished) -- and on the pipe the
workers send their results through. That pipe is readable from the moment a result
arrives until the pool's result thread has read it; meanwhile the wait returns at
once, again and again: the thread loops (look at every worker, wait, look again)
competing with the main thread and the result thread for the GIL, and the delay
grows with them. In a cold build of 1000 reports that thread used 0.27-0.35 s of the
main process's CPU while the two workers needed both cores (CPython 3.11;
``threading`` CPU of the thread measured at its end).

Nothing in that loop needs the results: every change it acts on is signalled through
the workers' sentinels or the notifier (``close``, ``terminate`` and the last finished
task put into it). :class:`QuietPool` waits on those only.
"""

from __future__ import annotations

import multiprocessing
from multiprocessing.pool import Pool
from typing import Any


class QuietPool(Pool):
    """``multiprocessing.Pool`` without the results pipe among the worker handler's wake-ups."""

    def _get_sentinels(self) -> list[Any]:
        notifier = getattr(self, "_change_notifier", None)
        if notifier is None:  # (another CPython's pool: its own way)
            return super()._get_sentinels()
        return [notifier._reader]


def fork_pool(processes: int, **kwargs: Any) -> Pool:
    """A :class:`QuietPool` of forked workers (``kwargs``: ``initializer``, ``initargs``...)."""
    return QuietPool(processes, context=multiprocessing.get_context("fork"), **kwargs)
