"""Cold builds of two ``perskamer`` executables on the same reports, alternating, CPU per round.

    .venv/bin/python bench/generate.py /tmp/ws1000 -n 1000
    .venv/bin/python bench/bench_cold_ab.py /tmp/ws1000 --baseline OLD/.venv/bin/perskamer [--rounds 3]

Each executable builds its own copy of the workspace's ``config`` and ``content`` (made
next to it, ``WS-ab-ours`` and ``WS-ab-baseline``), cold (``public`` and ``.perskamer``
removed before every build), ``perskamer build -q``; the order turns each round, so neither
always meets the same moment of a shared machine. Printed per build: wall, CPU (the build
and its worker processes, from ``wait4``) and the load; at the end the CPU ratio
baseline / ours per round. ``bench_pipeline.py`` runs the pair once, ours first, with Pelican;
this runs only the pair, several times. Run with ``PERSKAMER_NATIVE=0`` for the pure code.
Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("workspace", type=Path)
    parser.add_argument("--baseline", type=Path, required=True, help="the other perskamer executable")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    trees = {"ours": Path(sys.executable).parent / "perskamer", "baseline": args.baseline}
    copies = {}
    for name in trees:
        ws = args.workspace.with_name(f"{args.workspace.name}-ab-{name}")
        shutil.rmtree(ws, ignore_errors=True)
        shutil.copytree(args.workspace / "config", ws / "config")
        shutil.copytree(args.workspace / "content", ws / "content")
        copies[name] = ws
    cpu: dict[str, list[float]] = {name: [] for name in trees}
    for r in range(args.rounds):
        for name in (list(trees) if r % 2 == 0 else list(reversed(trees))):
            ws = copies[name]
            shutil.rmtree(ws / "public", ignore_errors=True)
            shutil.rmtree(ws / ".perskamer", ignore_errors=True)
            load = os.getloadavg()[0]
            start = time.perf_counter()
            proc = subprocess.Popen([str(trees[name]), "build", "-q"], cwd=ws, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            _pid, status, usage = os.wait4(proc.pid, 0)
            wall = time.perf_counter() - start
            used = usage.ru_utime + usage.ru_stime
            cpu[name].append(used)
            print(f"round {r + 1} {name:8s} wall {wall:7.2f} s  CPU {used:6.2f} s ({used / wall * 100:.0f}% of {os.cpu_count() * 100}%)"
                  f"  load {load:.1f}  exit {os.waitstatus_to_exitcode(status)}", flush=True)
    print("CPU baseline / ours per round:", " ".join(f"{b / a:.3f}" for a, b in zip(cpu["ours"], cpu["baseline"], strict=True)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
