"""CPU time of watch's fast lane and of a one-change build's pages, in-process, side by side.

    .venv/bin/python bench/bench_fastlane.py [--size 500] [--outputs html,json|init] [--rebuilds 7]
                                             [--baseline OTHER/.venv/bin/python] [--stages]

On a shared machine the wall time of a save follows the other users' load; the CPU
time of the work does not. This bench measures it in-process:

1. **fast lane**: a ``perskamer init`` workspace with ``--size`` generated reports
   (bench/generate.py, the same as bench_pipeline's). After one full build, one report's
   title is changed again and again, and each rebuild runs as watch runs it (a fresh
   context, the cache warm in memory, only changed artefacts inspected,
   ``build(defer_slow=True)``: the pages, JSON, index and theme pages); the CPU time of
   that call (``time.process_time``) is the figure. The slow lane is not run (with
   every ``init`` output it would lay out the bundle each time), so the same report is
   changed every time.
2. **pages after one change, new process**: ``perskamer build`` (cli.main) after changing
   one report, in a new interpreter; the process's CPU time (all threads, start-up and
   imports included) when the pages are written.

``--baseline``: another perskamer's Python (an older checkout in its own venv) runs the same
measurements on its own copy of the workspace, right after ours; the table gives both and
the ratio. ``--stages`` adds where the fast lane's CPU goes (Builder stages, inclusive,
mean per rebuild). The first build of a workspace is not timed (with every output it makes 500
PDFs and the bundle: minutes). Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
WORK = HERE / "work"


def retitle(path: Path, tag: str) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r'^title: "(.*?)( \(v[\w-]+\))?"$', lambda m: f'title: "{m.group(1)} (v{tag})"', text, count=1, flags=re.M), encoding="utf-8")


def changed_report(ws: Path) -> Path:
    return sorted((ws / "content").glob("report-*.md"))[0]


# --- in the measured interpreter -------------------------------------------------------------


#: Where a save's CPU goes (``--stages``): Builder methods timed inclusively (a stage includes what it calls:
#: ``process_all`` includes ``process_source``, the guard runs in ``inspect`` from both render stages and ``_write``).
STAGES = ("discover", "process_all", "process_source", "_render_and_guard_reports", "render_collections", "inspect", "_write", "_save_tree", "finish")


def time_stages(totals: dict[str, float]) -> None:
    """Wrap the Builder's stage methods so each adds its CPU time to ``totals`` (an older perskamer may lack some)."""
    from perskamer import build as build_mod

    for name in STAGES:
        original = getattr(build_mod.Builder, name, None)
        if original is None:
            continue

        def timed(*args, _original=original, _name=name, **kwargs):
            start = time.process_time()
            try:
                return _original(*args, **kwargs)
            finally:
                totals[_name] = totals.get(_name, 0.0) + time.process_time() - start

        setattr(build_mod.Builder, name, timed)


def child_fast_lane(ws: Path, rebuilds: int, stages: bool = False) -> dict[str, float]:
    from perskamer import collector
    from perskamer.watch import default_factory

    totals: dict[str, float] = {}
    if stages:
        time_stages(totals)

    builder = default_factory(ws / "config" / "perskamer.yaml")()
    builder.keep_last_good = True
    first = builder.build(defer_slow=True)
    if first.deferred:
        builder.write_deferred(first, first.published)
    else:
        builder.finish(first)
    collector.settle()
    path = changed_report(ws)
    cpu = []
    for i in range(rebuilds + 1):  # the first rebuild warms the plugins up (as watch does in idle time)
        retitle(path, f"{i}-{time.time_ns()}")
        builder.cache.forget([str(path)])
        builder.fresh_context()
        builder.skip_unchanged_inspection = True
        start = time.process_time()
        result = builder.build(defer_slow=True)
        spent = time.process_time() - start
        if "index.html" not in result.written and "data/index.json" not in result.written:
            raise SystemExit(f"rebuild {i} wrote no index: {result.written[:5]}")
        builder.cache.retain_memory(o.cache_key for o in result.outcomes if o.cache_key)
        builder.finish(result)
        collector.settle()
        if i:
            cpu.append(spent)
        else:
            totals.clear()  # the first rebuild warms up
    found = {"median": statistics.median(cpu), "min": min(cpu), "max": max(cpu), "n": len(cpu)}
    found.update({f"stage:{name}": spent / len(cpu) for name, spent in totals.items()})
    return found


def child_one_change(ws: Path) -> dict[str, float]:
    """In a new interpreter (this one): retitle one report, ``perskamer build``, CPU when the pages are written."""
    import os

    from perskamer import build as build_mod
    from perskamer import cli

    retitle(changed_report(ws), f"b-{time.time_ns()}")
    original = build_mod.Builder.build

    def timed(self, *args, **kwargs):
        result = original(self, *args, **kwargs)
        print(json.dumps({"pages_cpu": time.process_time(), "written": len(result.written)}), flush=True)
        os._exit(0)  # the PDFs and the bundle that follow are not what this measures

    build_mod.Builder.build = timed
    cli.main(["build", "--config", str(ws / "config" / "perskamer.yaml"), "-q"])
    return {}


# --- the driver ------------------------------------------------------------------------------


def workspace(size: int, outputs: str, suffix: str) -> Path:
    """bench_pipeline's workspace (``perskamer init`` + generated reports), copied for each interpreter."""
    sys.path.insert(0, str(HERE))
    import bench_pipeline

    base = bench_pipeline.init_workspace(size, None if outputs == "init" else f"[{outputs}]")
    if not suffix:
        return base
    copy = base.with_name(base.name + suffix)
    if not (copy / "content").is_dir() or len(list((copy / "content").glob("report-*"))) != size:
        shutil.rmtree(copy, ignore_errors=True)
        copy.mkdir(parents=True)
        shutil.copytree(base / "content", copy / "content")
        shutil.copytree(base / "config", copy / "config")
    return copy


def run(python: str, mode: str, ws: Path, rebuilds: int, stages: bool = False) -> dict[str, float]:
    out = subprocess.run([python, __file__, "--child", mode, "--workspace", str(ws), "--rebuilds", str(rebuilds)] + (["--stages"] if stages else []),
                         capture_output=True, text=True)
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise SystemExit(f"{python} {mode} failed:\n{out.stderr[-2000:]}")
    return json.loads(lines[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size", type=int, default=500)
    ap.add_argument("--outputs", default="html,json", help="'html,json' (default) or 'init' (every output perskamer init turns on)")
    ap.add_argument("--rebuilds", type=int, default=7)
    ap.add_argument("--baseline", help="another perskamer's python, measured on its own copy of the workspace")
    ap.add_argument("--stages", action="store_true", help="also the mean CPU per rebuild of each stage of the fast lane (inclusive)")
    ap.add_argument("--child", choices=["fast", "one-change"], help=argparse.SUPPRESS)
    ap.add_argument("--workspace", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child == "fast":
        print(json.dumps(child_fast_lane(args.workspace, args.rebuilds, args.stages)))
        return
    if args.child == "one-change":
        child_one_change(args.workspace)
        return
    rows = []
    pythons = [("ours", sys.executable, "")] + ([("baseline", args.baseline, "-fastlane-baseline")] if args.baseline else [])
    results: dict[str, dict[str, dict[str, float]]] = {}
    for name, python, suffix in pythons:
        ws = workspace(args.size, args.outputs, suffix or "-fastlane")
        results[name] = {"fast": run(python, "fast", ws, args.rebuilds, args.stages), "one": run(python, "one-change", ws, 0)}
    label = "every init output" if args.outputs == "init" else args.outputs
    for key, what in (("fast", f"fast-lane rebuild, CPU (median of {args.rebuilds})"), ("one", "build after one change: CPU until the pages")):
        field = "median" if key == "fast" else "pages_cpu"
        ours = results["ours"][key][field]
        row = [f"{args.size} reports, {label}: {what}", f"{ours * 1000:.0f} ms"]
        if "baseline" in results:
            base = results["baseline"][key][field]
            row += [f"{base * 1000:.0f} ms", f"{base / ours:.2f}x"]
        rows.append(row)
    if args.stages:
        for stage in STAGES:
            found = [results[name]["fast"].get(f"stage:{stage}") for name in results]
            if found[0] is None:
                continue
            row = [f"  fast lane stage {stage} (CPU, inclusive)", f"{found[0] * 1000:.1f} ms"]
            if "baseline" in results:
                row += [f"{found[1] * 1000:.1f} ms" if found[1] is not None else "n/a", ""]
            rows.append(row)
    header = ["row", "ours"] + (["baseline", "baseline / ours"] if args.baseline else [])
    table = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)] + ["| " + " | ".join(row) + " |" for row in rows]
    print("\n".join(table))
    results_dir = HERE / "results"
    results_dir.mkdir(exist_ok=True)
    (results_dir / "fastlane.md").write_text(f"# bench_fastlane ({time.strftime('%Y-%m-%d %H:%M')})\n\n" + "\n".join(table) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
