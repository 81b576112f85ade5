"""Foundation benchmark (issue 2): perskamer vs Pelican on the same reports.

    .venv/bin/python bench/bench_foundation.py [--small 500] [--large 2000] [--no-pelican]

Measures, side by side in one run:
- ``perskamer --help`` start-up time (median of 10),
- a cold ``perskamer build`` (html + json, empty cache) of 500 and 2000 generated reports:
  time per report, peak memory (RSS summed over the build and its workers), the 2000/500
  ratio; for 2000 also with one process only (``PERSKAMER_WORKERS=0``),
- a warm build of 2000 (processed reports in the cache, output folder deleted) and a
  no-change build,
- Pelican rendering the same 2000 reports as Markdown articles (installed only into
  bench/.venv-pelican), cold and with its content cache, and the ratios.

Targets (issue 2): >= 3x faster than Pelican, 2000 reports <= 4.4x the time of 500,
peak memory < 300 MB, --help < 0.3 s. Results are printed and written to
bench/results/foundation.md.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from generate import generate  # noqa: E402
from proctree import TreeSampler  # noqa: E402

from perskamer.build import parallel_workers  # noqa: E402

WORK = HERE / "work"
PERSKAMER = Path(sys.executable).parent / "perskamer"


def run_measured(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> tuple[float, float, int]:
    """Run a command; return (seconds, peak RSS in MB summed over it and its worker processes, exit code)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    sampler = TreeSampler(proc.pid)
    sampler.start()
    _pid, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    sampler.stop.set()
    sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.stderr:
        err = proc.stderr.read().decode(errors="replace")
        if os.waitstatus_to_exitcode(status) not in (0, 1):
            print(err[-2000:], file=sys.stderr)
    # the sampler may miss a short peak between two samples: never report less than the largest single process
    return elapsed, max(sampler.peak_rss / 1024, usage.ru_maxrss / 1024), os.waitstatus_to_exitcode(status)


def startup() -> float:
    times = []
    for _ in range(10):
        start = time.perf_counter()
        subprocess.run([str(PERSKAMER), "--help"], stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def perskamer_build(n: int, *, workers: str | None = None, fresh: bool = True, keep_output: bool = False) -> tuple[float, float]:
    ws = WORK / f"ws-{n}"
    if fresh:
        shutil.rmtree(ws, ignore_errors=True)  # always fresh: the generator may have changed
        generate(ws, n)
    if not keep_output:
        shutil.rmtree(ws / "public", ignore_errors=True)
    env = dict(os.environ)
    if workers is not None:
        env["PERSKAMER_WORKERS"] = workers
    if fresh:  # cold: no cache either (the build fills it, for the warm run after it)
        shutil.rmtree(ws / ".perskamer", ignore_errors=True)
    cmd = [str(PERSKAMER), "build", "--quiet"]
    seconds, rss, code = run_measured(cmd, ws, env)
    if code not in (0, 1):
        raise SystemExit(f"perskamer build failed for {n} reports (exit {code})")
    return seconds, rss


def pelican_env() -> Path | None:
    venv = HERE / ".venv-pelican"
    python = venv / "bin" / "python"
    if not python.exists():
        print("installing Pelican into bench/.venv-pelican ...", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        result = subprocess.run([str(python), "-m", "pip", "install", "-q", "pelican", "markdown"], capture_output=True)
        if result.returncode != 0:
            print("could not install Pelican: " + result.stderr.decode()[-500:], file=sys.stderr)
            return None
    return venv


def to_pelican(ws: Path, target: Path) -> None:
    """The same reports as Pelican Markdown articles (title, date, body as Markdown)."""
    shutil.rmtree(target, ignore_errors=True)
    content = target / "content"
    content.mkdir(parents=True)
    for path in sorted((ws / "content").iterdir()):
        text = path.read_text(encoding="utf-8")
        title = path.stem
        if path.suffix == ".md":
            m = re.search(r'^title: "(.*)"$', text, flags=re.M)
            title = m.group(1) if m else title
            body = re.sub(r"^---\n.*?\n---\n", "", text, flags=re.S)
        else:
            lines = [line.strip() for line in text.splitlines() if line.strip()]
            title = lines[4] if len(lines) > 4 else title
            body = "\n\n".join(lines[5:])
        (content / f"{path.stem}.md").write_text(f"Title: {title}\nDate: 2023-06-06 10:00\nSlug: {path.stem}\n\n{body}\n", encoding="utf-8")
    (target / "pelicanconf.py").write_text(
        "AUTHOR='bench'\nSITENAME='Bench'\nPATH='content'\nTIMEZONE='Europe/Brussels'\nDEFAULT_LANG='nl'\n"
        "FEED_ALL_ATOM=None\nCATEGORY_FEED_ATOM=None\nTRANSLATION_FEED_ATOM=None\nAUTHOR_FEED_ATOM=None\nAUTHOR_FEED_RSS=None\n"
        "RELATIVE_URLS=True\nDEFAULT_PAGINATION=False\nCACHE_CONTENT=True\nLOAD_CONTENT_CACHE=True\nCACHE_PATH='cache'\n",
        encoding="utf-8",
    )


def pelican_build(n: int) -> tuple[float, float, float] | None:
    """(cold seconds, peak MB, seconds of a second run with Pelican's content cache)."""
    venv = pelican_env()
    if venv is None:
        return None
    target = WORK / f"pelican-{n}"
    to_pelican(WORK / f"ws-{n}", target)
    cmd = [str(venv / "bin" / "pelican"), "content", "-o", "output", "-s", "pelicanconf.py", "-q"]
    seconds, rss, code = run_measured(cmd, target)
    if code != 0:
        print(f"pelican exited {code}", file=sys.stderr)
        return None
    warm, _rss, _code = run_measured(cmd, target)
    return seconds, rss, warm


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=500)
    parser.add_argument("--large", type=int, default=2000)
    parser.add_argument("--no-pelican", action="store_true")
    args = parser.parse_args()
    WORK.mkdir(exist_ok=True)

    rows = []
    help_s = startup()
    rows.append(("perskamer --help (median of 10)", f"{help_s * 1000:.0f} ms", "target < 300 ms"))
    small_s, small_rss = perskamer_build(args.small)
    large_s, large_rss = perskamer_build(args.large)
    seq_s, seq_rss = perskamer_build(args.large, workers="0")
    warm_s, _ = perskamer_build(args.large, fresh=False)
    nochange_s, _ = perskamer_build(args.large, fresh=False, keep_output=True)
    rows.append((f"perskamer cold build, {args.small} reports", f"{small_s:.2f} s ({small_s / args.small * 1000:.1f} ms/report)", f"peak {small_rss:.0f} MB"))
    rows.append((f"perskamer cold build, {args.large} reports", f"{large_s:.2f} s ({large_s / args.large * 1000:.1f} ms/report)", f"peak {large_rss:.0f} MB (target < 300), {parallel_workers()} workers"))
    rows.append(("  same, one process", f"{seq_s:.2f} s ({seq_s / args.large * 1000:.1f} ms/report)", f"peak {seq_rss:.0f} MB; workers gain {seq_s / large_s:.2f}x"))
    rows.append((f"scaling {args.large}/{args.small}", f"{large_s / small_s:.2f}x time", f"{args.large / args.small:.1f}x reports (target <= 4.4x)"))
    rows.append((f"perskamer warm build, {args.large}", f"{warm_s:.2f} s", "reports from the cache, every page rendered again"))
    rows.append((f"perskamer no-change build, {args.large}", f"{nochange_s:.2f} s", "nothing to do"))
    if not args.no_pelican:
        pel = pelican_build(args.large)
        if pel:
            rows.append((f"Pelican, same {args.large} reports", f"{pel[0]:.2f} s ({pel[0] / args.large * 1000:.1f} ms/report)", f"peak {pel[1]:.0f} MB"))
            rows.append(("Pelican with its content cache", f"{pel[2]:.2f} s", ""))
            rows.append(("Pelican / perskamer, cold", f"{pel[0] / large_s:.2f}x", "target >= 3x"))
            rows.append(("Pelican / perskamer, warm", f"{pel[2] / warm_s:.2f}x", "both with their caches"))
    load = os.getloadavg()[0]
    rows.append(("load average during the run", f"{load:.2f}", f"{os.cpu_count()} cores"))
    width = max(len(r[0]) for r in rows)
    lines = [f"{a:<{width}}  {b:<32} {c}" for a, b, c in rows]
    report = "\n".join(lines)
    print(report)
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / "foundation.md").write_text(f"```\n{report}\n```\n", encoding="utf-8")


if __name__ == "__main__":
    main()
