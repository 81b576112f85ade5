"""Run every benchmark in bench/ in one go (``make bench``), one after the other.

    .venv/bin/python bench/run.py [--only foundation,readers,...] [--quick]

Each benchmark prints its own side-by-side table with ratios and writes it to
bench/results/. Comparison tools (Pelican, MkDocs, deduce) are installed on first use
into their own virtual environments under bench/, never into perskamer's.
Benchmarks are not tests: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

BENCHES = {
    # issue 13's table: watch saves at 100/500 reports with init's outputs, a build after one change, cold build vs Pelican
    "pipeline": (["bench_pipeline.py"], ["bench_pipeline.py", "--quick"]),
    # issue 13's fast lane in CPU time (the load of a shared machine moves only the wall clock)
    "fastlane": (["bench_fastlane.py"], ["bench_fastlane.py", "--size", "100", "--rebuilds", "3"]),
    "foundation": (["bench_foundation.py"], ["bench_foundation.py", "--small", "200", "--large", "800"]),
    # the search index: record pages, fragments, the merge (and Pagefind for comparison when installed)
    "search": (["bench_search.py"], ["bench_search.py", "--size", "300", "--rounds", "1"]),
    "stages": (["bench_stages.py", "bench/work/stages-500", "--no-gc"], ["bench_stages.py", "bench/work/stages-200", "--no-gc"]),
    # when each process of a cold build is busy (worker processes and the main process's phases)
    "timeline": (["bench_timeline.py", "bench/work/timeline-1000"], ["bench_timeline.py", "bench/work/timeline-300"]),
    "readers": (["bench_readers.py"], ["bench_readers.py", "--runs", "5"]),
    "tagger": (["bench_tagger.py"], ["bench_tagger.py", "--iterations", "30"]),
    "anonymise": (["bench_anonymise.py"], ["bench_anonymise.py"]),
    "pdf": (["bench_pdf.py"], ["bench_pdf.py", "--quick"]),
    "watch": (["bench_watch.py"], ["bench_watch.py", "--saves", "5", "--no-pdf"]),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="comma-separated: " + ", ".join(BENCHES))
    parser.add_argument("--quick", action="store_true", help="smaller sizes, for a first look")
    args = parser.parse_args()
    names = [n.strip() for n in args.only.split(",")] if args.only else list(BENCHES)
    unknown = [n for n in names if n not in BENCHES]
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}")
    (HERE / "results").mkdir(exist_ok=True)
    failed = []
    for name in names:
        full, quick = BENCHES[name]
        chosen = quick if args.quick else full
        cmd = [sys.executable, str(HERE / chosen[0]), *chosen[1:]]
        if name in ("stages", "timeline"):  # work on a generated workspace
            size = int(chosen[1].rsplit("-", 1)[1])
            subprocess.run([sys.executable, str(HERE / "generate.py"), chosen[1], "-n", str(size)], cwd=HERE.parent, check=True, stdout=subprocess.DEVNULL)
        print(f"\n=== {name}: {' '.join(cmd[1:])}", flush=True)
        start = time.perf_counter()
        result = subprocess.run(cmd, cwd=HERE.parent, stdout=subprocess.PIPE, stderr=sys.stderr, text=True)
        print(result.stdout, end="")
        (HERE / "results" / f"{name}.txt").write_text(result.stdout, encoding="utf-8")
        print(f"=== {name}: {'ok' if result.returncode == 0 else f'exit {result.returncode}'} in {time.perf_counter() - start:.0f} s", flush=True)
        if result.returncode != 0:
            failed.append(name)
    if failed:
        print(f"\nfailed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
