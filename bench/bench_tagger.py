"""Tagging time per report (issue 5): the ambition tagger over the corpus, many times.

    .venv/bin/python bench/bench_tagger.py [--iterations 200] [--folder corpus|own|unseen|all]

Reads the fixture reports once (through perskamer's readers when they are installed,
else the test splitter), then measures:
- loading the default taxonomy (YAML + schema validation) and compiling it (once per build),
- ``tag_report`` per report, over all reports, ``--iterations`` times (warm caches, as
  in a build of many reports), and the first pass on a fresh matcher (cold caches).
- side by side, interleaved in the same run: scoring with compound splitting on and off
  (issue 15), mean ms per report and the ratio.
Prints ms per report (mean, median, p95, max) and the tags of each report once.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOADER = ROOT / "tests" / "fixtures" / "tagging" / "loader.py"


def _loader():
    spec = importlib.util.spec_from_file_location("tagging_loader", LOADER)
    module = importlib.util.module_from_spec(spec)
    sys.modules["tagging_loader"] = module
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--iterations", type=int, default=200)
    parser.add_argument("--folder", choices=["corpus", "own", "unseen", "all"], default="corpus")
    args = parser.parse_args(argv)

    from perskamer import taxonomy as taxmod
    from perskamer.plugins import tagger
    from perskamer.plugins.tagger import engine

    loader = _loader()
    unseen = [loader.UNSEEN2, loader.UNSEEN3, loader.UNSEEN4]
    folders = {"corpus": [loader.CORPUS], "own": [loader.OWN], "unseen": unseen,
               "all": [loader.CORPUS, loader.OWN, *unseen]}[args.folder]
    reports = [loader.load(path) for folder in folders for path, _ in loader.reports(folder)]
    chars = sum(len(r.title) + sum(len(t) for t in r.sections.values()) for r in reports)

    taxmod._default_taxonomy.cache_clear()
    t0 = time.perf_counter()
    tax = taxmod.load_taxonomy(None)
    t_load = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    matcher = engine.Matcher(tax, tagger.settings_for(tax, None))
    t_compile = (time.perf_counter() - t0) * 1000

    # cold: a fresh matcher and empty word caches, first pass over the reports
    engine._FOLD_CACHE.clear()
    cold = []
    for report in reports:
        t0 = time.perf_counter()
        engine.score_report(report, matcher)
        cold.append((time.perf_counter() - t0) * 1000)

    # warm: through the plugin's entry point, as a build calls it
    times: list[float] = []
    for _ in range(args.iterations):
        for report in reports:
            t0 = time.perf_counter()
            tagger.tag_report(report, None)
            times.append((time.perf_counter() - t0) * 1000)
    times.sort()

    print(f"reports: {len(reports)} ({args.folder}), {chars / len(reports):,.0f} characters on average; "
          f"{args.iterations} iterations = {len(times):,} taggings")
    print(f"taxonomy: load + validate {t_load:.1f} ms, compile {t_compile:.1f} ms "
          f"({sum(len(a.all_terms) for a in tax)} patterns, {len(tax)} themes), once per build")
    print(f"cold first pass: {statistics.mean(cold):.2f} ms/report (max {max(cold):.2f})")
    p95 = times[int(0.95 * (len(times) - 1))]
    print(f"tag_report: mean {statistics.mean(times):.2f} ms, median {statistics.median(times):.2f} ms, "
          f"p95 {p95:.2f} ms, max {times[-1]:.2f} ms per report; "
          f"{1000 / statistics.mean(times):,.0f} reports/s")

    # side by side: compound splitting on and off, interleaved (warm caches for both)
    base = tagger.settings_for(tax, None)
    variants = {"compounds on": engine.Matcher(tax, dataclasses.replace(base, compounds=True)),
                "compounds off": engine.Matcher(tax, dataclasses.replace(base, compounds=False))}
    spent = {name: 0.0 for name in variants}
    for m in variants.values():
        for report in reports:
            engine.score_report(report, m)  # warm up
    for _ in range(max(1, args.iterations // 2)):
        for report in reports:
            for name, m in variants.items():
                t0 = time.perf_counter()
                engine.score_report(report, m)
                spent[name] += time.perf_counter() - t0
    runs = max(1, args.iterations // 2) * len(reports)
    on, off = (spent[n] * 1000 / runs for n in variants)
    print(f"side by side: compounds on {on:.3f} ms/report, off {off:.3f} ms/report, on/off {on / off:.2f}x")
    print()
    for report in reports:
        print(f"  {report.source:<45} {', '.join(a.id for a in report.ambitions) or '-'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
