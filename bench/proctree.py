"""Peak memory of a process tree, summed over its processes (RSS and PSS from /proc).

A build forks worker processes; the largest single process says little about what the
machine needs. RSS counts pages shared after ``fork`` once per process (an upper
bound); PSS divides shared pages among the processes that share them.
"""

from __future__ import annotations

import os
import threading


def _children(pid: int) -> list[int]:
    found = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as handle:
                found.extend(int(c) for c in handle.read().split())
    except OSError:
        pass
    return found


def _memory(pid: int) -> tuple[int, int]:
    """(RSS, PSS) in kB of one process (0 when it is gone)."""
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            for line in handle:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1])
    except OSError:
        pass
    return rss, pss


class TreeSampler(threading.Thread):
    """Peak of the summed RSS and PSS of a process and all its descendants."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.peak_rss, self.peak_pss, self.peak_procs = pid, 0, 0, 0
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            todo, seen = [self.pid], []
            while todo:
                pid = todo.pop()
                seen.append(pid)
                todo.extend(_children(pid))
            rss = pss = 0
            for pid in seen:
                r, p = _memory(pid)
                rss, pss = rss + r, pss + p
            self.peak_rss, self.peak_pss = max(self.peak_rss, rss), max(self.peak_pss, pss)
            self.peak_procs = max(self.peak_procs, len(seen))
            self.stop.wait(0.05)
