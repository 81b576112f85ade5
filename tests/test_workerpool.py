"""The build's process pool (perskamer.workerpool): a multiprocessing pool whose
housekeeping thread does not loop while results wait to be read, and still replaces
ended workers, finishes, closes and terminates."""

from __future__ import annotations

import os
import time
from multiprocessing.pool import Pool

from perskamer.workerpool import QuietPool, fork_pool


def _read_slowly(value: int) -> int:
    time.sleep(0.02)
    return value


class SlowToRead:
    """A result whose unpickling takes 20 ms: the results after it wait in the pipe meanwhile."""

    def __init__(self, value: int):
        self.value = value

    def __reduce__(self):
        return (_read_slowly, (self.value,))


def _slow_result(value: int) -> SlowToRead:
    return SlowToRead(value)


def _square(value: int) -> int:
    return value * value


def _pid(_value: int) -> int:
    return os.getpid()


def _count_maintenance(monkeypatch) -> list[int]:
    """How often the worker handler looks after the workers (once per wake-up)."""
    calls = [0]
    original = Pool.__dict__["_maintain_pool"]  # (a static method)
    call = original.__func__ if isinstance(original, staticmethod) else original.__get__(None, Pool)

    def counting(*args):
        calls[0] += 1
        return call(*args)

    monkeypatch.setattr(Pool, "_maintain_pool", staticmethod(counting) if isinstance(original, staticmethod) else classmethod(lambda cls, *a: counting(*a)))
    return calls


def test_the_worker_handler_sleeps_while_results_wait(monkeypatch):
    calls = _count_maintenance(monkeypatch)
    with fork_pool(2) as pool:
        assert isinstance(pool, QuietPool)
        assert list(pool.imap(_slow_result, range(30))) == list(range(30))  # ~0.6 s of results waiting in the pipe
        pool.close()
        pool.join()
    # one look at the start and one per signal (the last task done, close): not one per
    # wake-up of the results pipe (the stock pool: hundreds to thousands here)
    assert calls[0] <= 6, calls[0]


def test_results_in_order_and_close_join():
    with fork_pool(2) as pool:
        assert list(pool.imap(_square, range(200), chunksize=7)) == [n * n for n in range(200)]
        assert pool.map(_square, [3, 4]) == [9, 16]
        pool.close()
        pool.join()


def test_ended_workers_are_replaced():
    """A worker that ends (here after each task) wakes the handler, which starts another."""
    with fork_pool(1, maxtasksperchild=1) as pool:
        pids = pool.map(_pid, range(4), chunksize=1)
        pool.close()
        pool.join()
    assert len(set(pids)) == 4


def test_terminate_with_tasks_left_returns():
    """(Not with more than ~10 results waiting unread: then the stock pool's terminate
    waits forever for the results pipe's lock a worker holds while writing, and so does this one.)"""
    start = time.monotonic()
    pool = fork_pool(2)
    results = pool.imap(_slow_result, range(100))
    assert next(results) == 0
    pool.terminate()
    pool.join()
    assert time.monotonic() - start < 20


_STARTED: list[str] = []


def _start(mark: str) -> None:
    _STARTED.append(mark)


def _started(_value: int) -> list[str]:
    return _STARTED


def test_the_initializer_runs_in_each_worker():
    with fork_pool(2, initializer=_start, initargs=("started",)) as pool:
        assert pool.map(_started, range(4), chunksize=1) == [["started"]] * 4
    assert _STARTED == []  # (in the workers only)
