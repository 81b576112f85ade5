"""Timeline of one cold ``perskamer build``: when each worker process is busy, what the main process does.

    .venv/bin/python bench/generate.py /tmp/ws1000 -n 1000
    .venv/bin/python bench/bench_timeline.py /tmp/ws1000 [--step 0.25] [--warm]

Runs ``perskamer build -q`` in this process on the workspace (its output folder and
cache are emptied first: a cold build; ``--warm`` keeps them). Worker processes note
when each report starts and ends (wall clock shared by all processes) and its CPU time;
the main process notes its pipeline phases. Printed:

* per phase of the main process: how often, wall and CPU seconds (the pool's result
  thread and Pagefind's waits included, as the process spends them);
* per worker: reports, busy time, CPU, and a row of the timeline;
* rows for the main process's phases, and the split "before the pool / pool / after
  the pool" -- the parts before and after the pool are the serial ones (one core idle
  unless a child process such as Pagefind runs).

A row's character shows how much of each step the process spent in that state
(`` `` none .. ``@`` all). Wall figures follow the machine's load: compare CPU, and
compare two versions side by side in one run (the timeline shows the shape).
The interpreter's exit is not in it (measure the whole process for that).
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import resource
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

#: Main-process methods of :class:`perskamer.build.Builder` shown as phases (rows in this order).
PHASES = ["_share_out", "process_all", "_render_and_guard_reports", "_render_and_guard_collections", "_write", "write_deferred"]
#: More that is counted in the table (not drawn).
COUNTED = ["process", "render_collections", "_guard_and_write_one", "_write_one", "_expand", "_write_set_files", "finish"]
SHADES = " .:-=+*#%@"


def instrument(t0: float, notes: Path) -> list[tuple[str, float, float, float]]:
    """Wrap the pipeline's phases and the worker task; return the list the main process's events go to."""
    import multiprocessing.pool as mp_pool

    import perskamer.build as build
    import perskamer.cache as cache
    import perskamer.cli as cli
    import perskamer.incremental as incremental

    events: list[tuple[str, float, float, float]] = []
    main_pid = os.getpid()
    freeze = build._freeze_for_fork

    def forking() -> bool:  # just before the pool starts: the main process's CPU so far
        MARKS["pool"] = process_cpu()
        return freeze()

    build._freeze_for_fork = forking

    def timed(label: str, function: Any) -> Any:
        @functools.wraps(function)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            if os.getpid() != main_pid:
                return function(*args, **kwargs)
            start, cpu = time.monotonic(), time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                events.append((label, start - t0, time.monotonic() - t0, time.process_time() - cpu))
                if label == "process_all":
                    MARKS["reports"] = process_cpu()

        return wrapper

    for name in PHASES + COUNTED:
        setattr(build.Builder, name, timed(name, getattr(build.Builder, name)))
    incremental.Incremental.store = timed("cache: store an outcome", incremental.Incremental.store)
    # after the build, before the process ends: the summary's plugin lines (the review's open
    # decisions read every report) and the cache's pruning
    cli.plugin_summary_lines = timed("summary: the plugins' lines", cli.plugin_summary_lines)
    cache.BuildCache.prune = timed("cache: prune", cache.BuildCache.prune)
    mp_pool.IMapIterator.__next__ = timed("waiting for a worker's result", mp_pool.IMapIterator.next)
    _TASK.update(function=build._process_in_worker, t0=t0, notes=notes)
    build._process_in_worker = timed_task  # (the pool pickles the task function by its name)
    return events


#: The worker's task function and where ``timed_task`` notes its reports (set by :func:`instrument`; forked workers inherit it).
_TASK: dict[str, Any] = {}


#: The main process's CPU (s) when the pool started and when the sequential pass over the reports ended.
MARKS: dict[str, float] = {}


def process_cpu() -> float:
    """This process's CPU time so far (user + system, its start included)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def timed_task(paths: list[Path]) -> Any:
    """In a worker: one batch of reports, as ``perskamer.build._process_in_worker``, noting when and how much CPU.

    Noted per batch: start, end, CPU of the batch, its reports, and the worker process's
    whole CPU so far (so what it spends between batches -- sending results -- shows), its
    kernel (system) time and minor page faults so far.
    """
    start, cpu = time.monotonic(), time.process_time()
    result = _TASK["function"](paths)
    t0 = _TASK["t0"]
    with open(_TASK["notes"] / str(os.getpid()), "a", encoding="utf-8") as handle:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        handle.write(f"{start - t0:.4f} {time.monotonic() - t0:.4f} {time.process_time() - cpu:.4f} {len(paths)} {process_cpu():.4f} "
                     f"{usage.ru_stime:.4f} {usage.ru_minflt}\n")
    return result


def row(intervals: list[tuple[float, float]], end: float, step: float) -> str:
    """One character per ``step`` seconds: the share of it covered by ``intervals``."""
    cells = [0.0] * (int(end / step) + 1)
    for start, stop in intervals:
        i = int(start / step)
        while start < stop and i < len(cells):
            edge = (i + 1) * step
            cells[i] += min(stop, edge) - start
            start, i = edge, i + 1
    return "".join(SHADES[min(9, int(c / step * 9.99))] for c in cells)


def report(events: list[tuple[str, float, float, float]], workers: dict[str, list[tuple[float, ...]]], end: float, step: float,
           cpu_main: float, cpu_children: float, kernel: dict[str, float] | None = None) -> None:
    totals: dict[str, list[float]] = defaultdict(lambda: [0, 0.0, 0.0])
    for label, start, stop, cpu in events:
        t = totals[label]
        t[0] += 1
        t[1] += stop - start
        t[2] += cpu
    tasks_cpu = sum(t[2] for tasks in workers.values() for t in tasks)
    print(f"build: {end:.2f} s wall; CPU main process {cpu_main:.2f} s, child processes {cpu_children:.2f} s "
          f"(workers' reports {tasks_cpu:.2f} s; the rest: see the CPU account below)")
    print(f"\n{'main process':42s} {'calls':>6s} {'wall s':>8s} {'CPU s':>8s}")
    for label, (n, wall, cpu) in sorted(totals.items(), key=lambda item: -item[1][1]):
        print(f"  {label:40s} {n:6d} {wall:8.3f} {cpu:8.3f}")
    first = min((t[0] for tasks in workers.values() for t in tasks), default=0.0)
    last = max((t[1] for tasks in workers.values() for t in tasks), default=0.0)
    main_cpu_in = sum(c for label, s, e, c in events if label in ("process_all", "_share_out"))
    print(f"\nbefore the pool: {first:.2f} s | pool: {last - first:.2f} s (main process CPU in it {main_cpu_in:.2f} s) | after the pool: {end - last:.2f} s")
    account(workers, cpu_main, cpu_children)
    if kernel is not None:
        kernel_account(workers, kernel)
    print(f"\ntimeline, one character = {step} s ({SHADES!r}: share of the step)")
    for pid, tasks in sorted(workers.items()):
        busy = sum(t[1] - t[0] for t in tasks)
        print(f"  worker {pid}: {int(sum(t[3] for t in tasks))} reports in {len(tasks)} batches, busy {busy:.2f} s, CPU {sum(t[2] for t in tasks):.2f} s")
        print(f"    |{row([(t[0], t[1]) for t in tasks], end, step)}|")
    for label in PHASES + ["waiting for a worker's result"]:
        spans = [(s, e) for name, s, e, _c in events if name == label]
        if spans:
            print(f"    |{row(spans, end, step)}| {label}")
    print("     " + "".join(str(int(i * step) % 10) if abs(i * step - round(i * step)) < 1e-9 else " " for i in range(int(end / step) + 1)) + "  (seconds)")


def account(workers: dict[str, list[tuple[float, ...]]], cpu_main: float, cpu_children: float) -> None:
    """Where the build's CPU went, summed over its processes (the interpreter's exit not included)."""
    in_batches = sum(t[2] for tasks in workers.values() for t in tasks)
    worker_processes = sum(tasks[-1][4] for tasks in workers.values() if tasks)  # each worker's CPU at its last batch's end
    before, after = MARKS.get("pool", 0.0), MARKS.get("reports", 0.0)
    parts = [
        ("main process, before the pool (imports, config, plugins, lexicons, the first report)", before),
        ("main process, during the pool (cache, re-reading sources, receiving results)", after - before),
        ("main process, after the pool (collections, guard, writes, search index, the summary)", cpu_main - after),
        ("workers, processing their batches of reports (bench_stages' 'in the workers')", in_batches),
        ("workers, outside the batches (start, sending results)", worker_processes - in_batches),
        ("other child processes (a search tool, PDF workers; a worker's last result and exit)", cpu_children - worker_processes),
    ]
    print(f"\nCPU account, all processes: {cpu_main + cpu_children:.2f} s")
    for label, seconds in parts:
        print(f"  {seconds:7.2f} s  {label}")


def kernel_account(workers: dict[str, list[tuple[float, ...]]], kernel: dict[str, float]) -> None:
    """The kernel's share of the CPU (system time) and the minor page faults, by process.

    Creating a file costs 15-300 us of system time on a busy disk (more right after many
    files were deleted, as before a benched cold build), a page fault ~1.6 us: see
    docs/watch.md, session 10.
    """
    last = [tasks[-1] for tasks in workers.values() if tasks and len(tasks[-1]) >= 7]
    in_workers = sum(t[5] for t in last)
    faults = sum(int(t[6]) for t in last)
    print(f"\nkernel (system) time: main process {kernel['main']:.2f} s, workers {in_workers:.2f} s (at their last batch), "
          f"other child processes and the workers' ends {kernel['children'] - in_workers:.2f} s")
    print(f"minor page faults: main process {kernel['main_faults']:.0f}, workers {faults} (at their last batch), "
          f"all child processes {kernel['children_faults']:.0f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("workspace", type=Path)
    parser.add_argument("--step", type=float, default=0.25, help="seconds per character of the timeline")
    parser.add_argument("--warm", action="store_true", help="keep the output folder and the cache")
    parser.add_argument("--json", type=Path, help="also write the events and worker tasks here")
    args = parser.parse_args(argv)
    ws = args.workspace.resolve()
    if not (ws / "config" / "perskamer.yaml").is_file():
        print(f"{ws}: no config/perskamer.yaml (make one with bench/generate.py)", file=sys.stderr)
        return 2
    if not args.warm:
        shutil.rmtree(ws / "public", ignore_errors=True)
        shutil.rmtree(ws / ".perskamer", ignore_errors=True)
    os.chdir(ws)
    with tempfile.TemporaryDirectory(prefix="perskamer-timeline-") as notes_dir:
        notes = Path(notes_dir)
        t0 = time.monotonic()
        events = instrument(t0, notes)
        from perskamer.cli import main as perskamer

        code = perskamer(["build", "-q"])
        end = time.monotonic() - t0
        workers = {f.name: [tuple(map(float, line.split())) for line in f.read_text().splitlines()] for f in notes.iterdir()}
    usage_self, usage_children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu_main = usage_self.ru_utime + usage_self.ru_stime
    cpu_children = usage_children.ru_utime + usage_children.ru_stime
    print(f"perskamer build exited {code}")
    kernel = {"main": usage_self.ru_stime, "children": usage_children.ru_stime,
              "main_faults": usage_self.ru_minflt, "children_faults": usage_children.ru_minflt}
    report(events, workers, end, args.step, cpu_main, cpu_children, kernel)
    if args.json:
        args.json.write_text(json.dumps({"events": events, "workers": workers, "end": end, "cpu_main": cpu_main, "cpu_children": cpu_children}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
