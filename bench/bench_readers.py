"""Time each reader on the corpus reports: ms per document (best and median of N runs).

    .venv/bin/python bench/bench_readers.py [--runs 20] [FOLDER]

FOLDER defaults to tests/fixtures/corpus. The first read of each format is timed
separately ("first"), because it includes importing python-docx / pdfplumber.
"""

from __future__ import annotations

import argparse
import importlib
import statistics
import sys
import time
from pathlib import Path

from perskamer.model import Source

READERS = {
    ".txt": "read_text_form",
    ".md": "read_markdown",
    ".markdown": "read_markdown",
    ".docx": "read_docx",
    ".odt": "read_odt",
    ".pdf": "read_pdf",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(Path(__file__).parent.parent / "tests" / "fixtures" / "corpus"))
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args(argv)
    files = sorted(p for p in Path(args.folder).iterdir() if p.suffix.lower() in READERS)
    if not files:
        print(f"no reports in {args.folder}", file=sys.stderr)
        return 1
    print(f"{'report':44} {'format':6} {'KB':>6} {'first':>8} {'best':>8} {'median':>8}  problems")
    per_format: dict[str, list[float]] = {}
    for path in files:
        module = importlib.import_module(f"perskamer.plugins.{READERS[path.suffix.lower()]}")
        read = getattr(module, READERS[path.suffix.lower()])
        source = Source(path=path, rel=path.name, data=path.read_bytes())
        start = time.perf_counter()
        report = read(source)
        first = (time.perf_counter() - start) * 1000
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            read(source)
            times.append((time.perf_counter() - start) * 1000)
        med = statistics.median(times)
        per_format.setdefault(path.suffix.lower(), []).append(med)
        problems = ", ".join(f"{p.severity}" for p in report.problems) or "-"
        print(f"{path.name[:44]:44} {report.format[:6]:6} {len(source.data) / 1024:6.1f} {first:8.1f} "
              f"{min(times):8.2f} {med:8.2f}  {problems}")
    print()
    print(f"median ms per document by format ({args.runs} runs each):")
    for suffix, values in sorted(per_format.items()):
        print(f"  {suffix:6} {statistics.median(values):8.2f} ms  ({len(values)} documents)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
