"""Issue 13's table in one run: watch saves, a build after one change, cold build vs Pelican.

    .venv/bin/python bench/bench_pipeline.py [--quick] [--saves 7] [--sizes 100,500] [--cold 1000]

Every workspace is made the way a new user makes one: ``perskamer init`` (its outputs:
html, json, pdf, bundle, digest, and its ambitions.yaml), then the reports of
bench/generate.py (the same generator and seed for every row). Measured, side by side:

1. ``perskamer watch``: save one report (its title changes, so the index and its
   ambition pages change too) until its page, ``index.html`` and its ambition pages
   are rewritten; median and p90 over ``--saves`` saves; at each size of ``--sizes``
   with every ``init`` output, and at the largest size with html + json only.
2. ``perskamer build`` after changing one report of the largest size, every output:
   seconds until its page and ``index.html`` are rewritten ("pages") and until the
   build exits ("all", PDFs and bundle included).
3. A cold ``perskamer build`` (empty cache and output) of ``--cold`` reports, html +
   json, and Pelican (in bench/.venv-pelican) on the same Markdown, in the same run:
   seconds, the ratio, CPU use, and peak memory summed over the build's processes
   (RSS and PSS, sampled every 50 ms from /proc).

``--baseline PATH``: also run another ``perskamer`` executable (an older version in its
own venv) on its own copy of each workspace, row by row in the same run, with the
ratio: on a shared machine only such side-by-side figures compare.
``--quick``: 100 reports, 3 saves, cold build of 300, no 500-report rows (a few
minutes on two cores). Results are printed and written to bench/results/pipeline.md.
Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bench_watch  # noqa: E402
from bench_foundation import pelican_env, to_pelican  # noqa: E402
from bench_watch import perskamer_saves, print_table, retitle, summary  # noqa: E402
from generate import generate  # noqa: E402
from proctree import TreeSampler  # noqa: E402

WORK = HERE / "work"
OURS = PERSKAMER = Path(sys.executable).parent / "perskamer"
INIT_OUTPUTS = "[html, json, pdf, bundle, digest]"


# --- workspaces ------------------------------------------------------------------------------


def use(binary: Path) -> None:
    """Measure ``binary`` from now on (here and in bench_watch's helpers)."""
    global PERSKAMER
    PERSKAMER = bench_watch.PERSKAMER = binary


def compile_bytecode(binary: Path) -> None:
    """Compile the modules of the ``perskamer`` measured, as installing a wheel does.

    An editable install run with PYTHONDONTWRITEBYTECODE=1 (set on the shared machine)
    compiles every module from source at each start: ~0.1 s of CPU a process that a
    user's installed wheel does not spend (and an older version installed with pip did
    not either). Compiling writes only ``__pycache__`` folders (ignored by git).
    """
    python = binary.parent / "python"
    code = "import perskamer, perskamer.plugins; print('\\n'.join([*perskamer.__path__, *perskamer.plugins.__path__]))"
    found = subprocess.run([str(python), "-c", code], capture_output=True, text=True)
    if found.returncode != 0:
        return
    for folder in dict.fromkeys(found.stdout.splitlines()):
        subprocess.run([str(python), "-m", "compileall", "-q", folder], stdout=subprocess.DEVNULL, check=False)


def init_workspace(n: int, outputs: str | None = None) -> Path:
    """``perskamer init`` plus ``n`` generated reports; ``outputs`` replaces init's list.

    Each executable measured gets its own copy (their caches would invalidate each other's).
    """
    tag = "init" if outputs is None else re.sub(r"\W+", "", outputs)
    suffix = "" if PERSKAMER == OURS else "-baseline"
    ws = WORK / f"pipeline-{n}-{tag}{suffix}"
    content = ws / "content"
    if not content.is_dir() or len(list(content.glob("report-*"))) != n:
        shutil.rmtree(ws, ignore_errors=True)
        generate(ws, n)
        (ws / "config" / "perskamer.yaml").unlink()  # generate's config; init writes the real one
        subprocess.run([str(PERSKAMER), "init", str(ws)], check=True, stdout=subprocess.DEVNULL)
    config = ws / "config" / "perskamer.yaml"
    text = config.read_text(encoding="utf-8")
    wanted = outputs or INIT_OUTPUTS
    text = re.sub(r"^outputs: .*$", f"outputs: {wanted}", text, count=1, flags=re.M)
    config.write_text(text, encoding="utf-8")
    return ws


# --- measuring processes ---------------------------------------------------------------------


def measured(cmd: list[str], cwd: Path, env: dict[str, str] | None = None, watch: list[Path] | None = None) -> dict[str, float]:
    """Run ``cmd``; seconds, CPU seconds (self + children), peak summed memory, when ``watch`` files were rewritten."""
    since = time.time_ns()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    sampler = TreeSampler(proc.pid)
    sampler.start()
    seen_at: dict[Path, float] = {}

    def poll() -> None:
        while proc.poll() is None and watch and len(seen_at) < len(watch):
            for path in watch:
                if path not in seen_at:
                    try:
                        if path.stat().st_mtime_ns > since:
                            seen_at[path] = time.perf_counter() - start
                    except OSError:
                        pass
            time.sleep(0.005)

    poller = threading.Thread(target=poll, daemon=True)
    poller.start()
    _pid, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    poller.join()
    sampler.stop.set()
    sampler.join()
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        print(err[-2000:], file=sys.stderr)
        raise SystemExit(f"{' '.join(cmd)} exited {code}")
    pages = max(seen_at.values()) if watch and len(seen_at) == len(watch) else None
    return {
        "seconds": elapsed, "cpu": usage.ru_utime + usage.ru_stime, "rss": sampler.peak_rss / 1024, "pss": sampler.peak_pss / 1024,
        "procs": sampler.peak_procs, "pages": pages if pages is not None else float("nan"),
    }


def fmt(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


# --- rows ------------------------------------------------------------------------------------


def watch_rows(n: int, saves: int, outputs: str | None, label: str) -> tuple[str, str, str]:
    ws = init_workspace(n, outputs)
    # Fill the cache and the output once (a cold build may take minutes with PDFs).
    subprocess.run([str(PERSKAMER), "build", "-q"], cwd=ws, capture_output=True, timeout=7200)
    times = perskamer_saves(ws, saves, only=None, targets="pages", timeout=300, first_timeout=1800)
    median, p90 = summary(times)
    return (f"save -> page + index, {n} reports, {label}", f"median {fmt(median)}", f"p90 {fmt(p90)}, n={len(times)}")


def side_by_side(measure, baseline: Path | None) -> list[tuple[str, str, str]]:
    """Rows of ``measure()`` for this perskamer and, right after, for the baseline, with the ratio."""
    ours = measure()
    if baseline is None:
        return ours
    use(baseline)
    try:
        theirs = measure()
    finally:
        use(OURS)
    rows = []
    for (label, value, note), (_label, old, old_note) in zip(ours, theirs, strict=True):
        rows.append((label, value, note))
        ratio = ""
        now, then = _seconds(value), _seconds(old)
        if now and then:
            ratio = f" ({then / now:.1f}x faster now)" if then >= now else f" ({now / then:.1f}x slower now)"
        rows.append(("    baseline" + ratio, old, old_note))
    return rows


def _seconds(text: str) -> float | None:
    m = re.search(r"([\d.]+) (ms|s)\b", text)
    if not m:
        return None
    return float(m.group(1)) / (1000 if m.group(2) == "ms" else 1)


def one_change_rows(n: int) -> list[tuple[str, str, str]]:
    ws = init_workspace(n)
    subprocess.run([str(PERSKAMER), "build", "-q"], cwd=ws, capture_output=True, timeout=7200)
    report = sorted((ws / "content").glob("report-*.md"))[n // 3]
    original = report.read_text(encoding="utf-8")
    report.write_text(retitle(original, "v1"), encoding="utf-8")
    try:
        watched = [ws / "public" / "verslagen" / f"{report.stem}.html", ws / "public" / "index.html"]
        run = measured([str(PERSKAMER), "build", "-q"], ws, watch=watched)
    finally:
        report.write_text(original, encoding="utf-8")
    subprocess.run([str(PERSKAMER), "build", "-q"], cwd=ws, capture_output=True, timeout=7200)  # back to the original
    return [
        (f"build after changing 1 of {n}, all outputs: pages", fmt(run["pages"]), "its page and index.html rewritten"),
        ("  same: whole build (PDFs, bundle, digest)", fmt(run["seconds"]), f"CPU {run['cpu']:.1f} s"),
    ]


def cold_build(n: int) -> dict[str, float]:
    """A cold ``perskamer build`` (no output, no cache) of ``n`` reports, html + json."""
    ws = init_workspace(n, "[html, json]")
    shutil.rmtree(ws / "public", ignore_errors=True)
    shutil.rmtree(ws / ".perskamer", ignore_errors=True)
    return measured([str(PERSKAMER), "build", "-q"], ws)


def cold_row(label: str, run: dict[str, float]) -> tuple[str, str, str]:
    return (label, fmt(run["seconds"]),
            f"CPU {run['cpu']:.1f} s = {run['cpu'] / run['seconds'] * 100:.0f}% of {os.cpu_count() * 100}%; peak memory summed over {run['procs']} processes: "
            f"RSS {run['rss']:.0f} MB, PSS {run['pss']:.0f} MB")


def cold_rows(n: int, baseline: Path | None = None) -> list[tuple[str, str, str]]:
    ours = cold_build(n)
    rows = [cold_row(f"cold build, {n} reports, html + json", ours)]
    old = None
    if baseline is not None:  # right after ours, on its own copy of the workspace
        use(baseline)
        try:
            old = cold_build(n)
        finally:
            use(OURS)
        rows.append(cold_row(f"    baseline ({old['seconds'] / ours['seconds']:.2f}x the time of ours)", old))
    venv = pelican_env()
    if venv is None:
        rows.append(("Pelican, same Markdown", "n/a", "could not be installed"))
        return rows
    target = WORK / f"pelican-pipeline-{n}"
    to_pelican(init_workspace(n, "[html, json]"), target)
    shutil.rmtree(target / "output", ignore_errors=True)
    shutil.rmtree(target / "cache", ignore_errors=True)
    theirs = measured([str(venv / "bin" / "pelican"), "content", "-o", "output", "-s", "pelicanconf.py", "-q"], target)
    rows.append((f"Pelican, same {n} reports as Markdown", fmt(theirs["seconds"]),
                 f"CPU {theirs['cpu'] / theirs['seconds'] * 100:.0f}%; peak RSS {theirs['rss']:.0f} MB"))
    rows.append(("  Pelican / perskamer (cold)", f"{theirs['seconds'] / ours['seconds']:.2f}x", "target >= 1.5x, goal 3x"))
    if old is not None:
        rows.append(("  Pelican / baseline (cold)", f"{theirs['seconds'] / old['seconds']:.2f}x", "the same Pelican run"))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="100 reports, 3 saves, cold build of 300")
    parser.add_argument("--saves", type=int, default=7)
    parser.add_argument("--sizes", default="100,500")
    parser.add_argument("--cold", type=int, default=1000)
    parser.add_argument("--skip", default="", help="comma-separated: watch,change,cold")
    parser.add_argument("--baseline", type=Path, help="another perskamer executable to run side by side (every row)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    saves, cold = args.saves, args.cold
    if args.quick:
        sizes, saves, cold = [100], 3, 300
    skip = set(filter(None, args.skip.split(",")))
    WORK.mkdir(exist_ok=True)
    for binary in filter(None, [OURS, args.baseline]):
        compile_bytecode(binary)
    rows: list[tuple[str, str, str]] = []
    largest = max(sizes)
    if "watch" not in skip:
        for n in sizes:
            rows += side_by_side(lambda n=n: [watch_rows(n, saves, None, "init's outputs (html, json, pdf, bundle, digest)")], args.baseline)
        rows += side_by_side(lambda: [watch_rows(largest, saves, "[html, json]", "html + json only")], args.baseline)
    if "change" not in skip:
        rows += side_by_side(lambda: one_change_rows(largest), args.baseline)
    if "cold" not in skip:
        rows.extend(cold_rows(cold, args.baseline))
    print_table(rows, "pipeline")


if __name__ == "__main__":
    main()
