"""Score the readers against gold files: reports found, title, date, sections, quote F1.

    .venv/bin/python bench/eval_readers.py [FOLDER ...]

Each FOLDER (default: bench/unseen/reports, the frozen unseen set of issue 14, and
tests/fixtures/corpus) holds reports ``NAME.EXT`` with ``NAME.gold.json``. Every
report is read through its reader plugin's hook with a build context whose
``site.date`` is 6 June 2023 (a date without a year takes that year), then checked by
the built-in validator. "found" = publishable (no error) with at least one section.
Quotes are matched on their folded words (difflib ratio >= 0.9), in any order.
Prints one line per report and a summary per folder; say which folder a figure
comes from when you quote it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import importlib
import json
import sys
from pathlib import Path
from types import SimpleNamespace

from perskamer.form.text import tokens
from perskamer.model import Source

ROOT = Path(__file__).resolve().parent.parent
READERS = {".txt": "read_text_form", ".md": "read_markdown", ".docx": "read_docx", ".pdf": "read_pdf",
           ".odt": "read_odt"}
SITE_DATE = dt.date(2023, 6, 6)


def _module(suffix: str):
    try:
        return importlib.import_module(f"perskamer.plugins.{READERS[suffix]}")
    except ImportError:
        return None


def _context():
    return SimpleNamespace(site={"date": SITE_DATE}, config=SimpleNamespace(data={"site": {"date": SITE_DATE}}))


def quote_scores(found: list[str], gold: list[str]) -> tuple[int, int, int]:
    """(true positives, found, gold) with greedy matching on folded words."""
    left = [" ".join(tokens(g)) for g in gold]
    tp = 0
    for f in found:
        key = " ".join(tokens(f))
        best, best_i = 0.0, -1
        for i, g in enumerate(left):
            if g is None:
                continue
            r = difflib.SequenceMatcher(None, key, g).ratio()
            if r > best:
                best, best_i = r, i
        if best >= 0.9:
            tp += 1
            left[best_i] = None
    return tp, len(found), len(gold)


def evaluate(folder: Path) -> dict[str, float]:
    from perskamer.plugins import validate

    rows = []
    totals = {"reports": 0, "found": 0, "title": 0, "date": 0, "sections": 0, "tp": 0, "nf": 0, "ng": 0}
    for gold_path in sorted(folder.glob("*.gold.json")):
        stem = gold_path.name[: -len(".gold.json")]
        files = [p for p in folder.iterdir() if p.stem == stem and p.suffix.lower() in READERS]
        if not files:
            continue
        path = files[0]
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        totals["reports"] += 1
        module = _module(path.suffix.lower())
        if module is None:
            rows.append(f"  {path.name:42} no reader for {path.suffix}")
            totals["ng"] += len(gold.get("quotes", []))
            continue
        source = Source(path=path, rel=path.name, data=path.read_bytes())
        report = module.perskamer_read_source(source=source, context=_context())
        problems = list(report.problems) + list(validate.perskamer_validate_report(report=report, context=None))
        errors = [p for p in problems if p.severity == "error"]
        found = not errors and bool(report.sections)
        title_ok = report.title.strip() == gold["title"].strip()
        date_ok = (report.date.isoformat() if report.date else None) == gold.get("date")
        sections_ok = set(report.sections) == set(gold.get("sections", []))
        tp, nf, ng = quote_scores([q.text for q in report.quotes], [q["text"] for q in gold.get("quotes", [])])
        totals["found"] += found
        totals["title"] += title_ok
        totals["date"] += date_ok
        totals["sections"] += sections_ok
        totals["tp"] += tp
        totals["nf"] += nf
        totals["ng"] += ng
        mark = lambda ok: "ok" if ok else "--"  # noqa: E731
        detail = "" if title_ok else f" title={report.title[:40]!r}"
        detail += "" if date_ok else f" date={report.date}"
        detail += "" if sections_ok else f" sections={sorted(report.sections)}"
        detail += "" if not errors else f" error={errors[0].message[:60]!r}"
        rows.append(f"  {path.name:42} found {mark(found)} title {mark(title_ok)} date {mark(date_ok)} "
                    f"sections {mark(sections_ok)} quotes {tp}/{ng} (+{nf - tp}){detail}")
    p = totals["tp"] / totals["nf"] if totals["nf"] else 1.0
    r = totals["tp"] / totals["ng"] if totals["ng"] else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{folder}:")
    print("\n".join(rows))
    n = totals["reports"]
    print(f"  => reports {n}: found {totals['found']}/{n}, title {totals['title']}/{n}, date {totals['date']}/{n}, "
          f"sections {totals['sections']}/{n}, quotes P {p:.2f} R {r:.2f} F1 {f1:.2f} "
          f"({totals['tp']} of {totals['ng']} found, {totals['nf'] - totals['tp']} invented)")
    return {**totals, "f1": f1}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path,
                        default=[ROOT / "bench" / "unseen" / "reports", ROOT / "tests" / "fixtures" / "corpus"])
    args = parser.parse_args(argv)
    for folder in args.folders:
        if not folder.is_dir():
            print(f"no such folder: {folder}", file=sys.stderr)
            return 1
        evaluate(folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
