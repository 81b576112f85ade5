"""Time each reader: ms per document (best and median of N runs), by format.

    .venv/bin/python bench/bench_readers.py [--runs 20] [FOLDER ...]

FOLDER defaults to tests/fixtures/corpus and bench/unseen/reports (which holds the
.odt and filled-in PDF form variants). The first read of each format is timed
separately ("first"), because it includes importing python-docx / pypdfium2 / pypdf.
The last table compares PDF text extraction side by side on the same files: pypdfium2
(what the reader uses) against pdfplumber (what it used before), ms per page.
"""

from __future__ import annotations

import argparse
import importlib
import io
import statistics
import sys
import time
from pathlib import Path

from perskamer.model import Source

ROOT = Path(__file__).resolve().parent.parent
READERS = {
    ".txt": "read_text_form",
    ".md": "read_markdown",
    ".markdown": "read_markdown",
    ".docx": "read_docx",
    ".odt": "read_odt",
    ".pdf": "read_pdf",
}


def _median_ms(fn, runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return min(times), statistics.median(times)


def compare_pdf_text(files: list[Path], runs: int) -> None:
    import pdfplumber
    import pypdfium2 as pdfium

    from perskamer.plugins import read_pdf

    print(f"\nPDF text extraction, ms per page (median of {runs}):")
    print(f"  {'file':40} {'pages':>5} {'pypdfium2':>10} {'pdfplumber':>11} {'ratio':>6}")
    ratios = []
    for path in files:
        data = path.read_bytes()

        def plumber(data: bytes = data) -> None:
            with pdfplumber.open(io.BytesIO(data)) as pdf:
                for page in pdf.pages:
                    page.extract_text_lines(return_chars=True, strip=True)

        def pdfium_lines(data: bytes = data) -> None:
            read_pdf._extract_lines(pdfium, data)

        pages = len(pdfium.PdfDocument(data))
        _b, fast = _median_ms(pdfium_lines, runs)
        _b, slow = _median_ms(plumber, max(3, runs // 4))
        ratios.append(slow / fast)
        print(f"  {path.name[:40]:40} {pages:5d} {fast / pages:10.2f} {slow / pages:11.2f} {slow / fast:5.0f}x")
    if ratios:
        print(f"  median ratio: pypdfium2 is {statistics.median(ratios):.0f}x faster")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path,
                        default=[ROOT / "tests" / "fixtures" / "corpus", ROOT / "bench" / "unseen" / "reports"])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args(argv)
    files = sorted(p for folder in args.folders if folder.is_dir() for p in folder.iterdir()
                   if p.suffix.lower() in READERS)
    if not files:
        print(f"no reports in {', '.join(map(str, args.folders))}", file=sys.stderr)
        return 1
    print(f"{'report':44} {'format':8} {'KB':>6} {'first':>8} {'best':>8} {'median':>8}  problems")
    per_format: dict[str, list[float]] = {}
    for path in files:
        module = importlib.import_module(f"perskamer.plugins.{READERS[path.suffix.lower()]}")
        read = getattr(module, READERS[path.suffix.lower()])
        source = Source(path=path, rel=path.name, data=path.read_bytes())
        start = time.perf_counter()
        report = read(source)
        first = (time.perf_counter() - start) * 1000
        best, med = _median_ms(lambda source=source, read=read: read(source), args.runs)
        kind = report.format + ("-form" if report.private.get("form_fields") else "")
        per_format.setdefault(kind, []).append(med)
        problems = ", ".join(f"{p.severity}" for p in report.problems) or "-"
        print(f"{path.name[:44]:44} {kind[:8]:8} {len(source.data) / 1024:6.1f} {first:8.1f} "
              f"{best:8.2f} {med:8.2f}  {problems}")
    print()
    print(f"median ms per document by format ({args.runs} runs each):")
    for kind, values in sorted(per_format.items()):
        print(f"  {kind:10} {statistics.median(values):8.2f} ms  ({len(values)} documents)")
    compare_pdf_text([p for p in files if p.suffix.lower() == ".pdf"], args.runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
