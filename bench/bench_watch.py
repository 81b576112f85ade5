"""Watch-mode benchmark (issue 7): save-to-page latency, side by side with MkDocs and Pelican.

Measured in one run:

1. ``perskamer watch`` on a workspace of 500 generated reports: the median time from
   saving one report (its title changed, so the index and its ambition pages change
   too) until its HTML page, ``index.html`` and its ambition pages have all been
   rewritten. Target: < 0.3 s.
2. The same until its PDF is rewritten, when the ``pdf`` output exists (target < 1 s).
   The first run renders the 500 PDFs once (a few minutes; kept for later runs).
3. A no-change ``perskamer build`` of 2000 reports (median of 3; target about 1 s).
4. ``mkdocs serve`` and ``pelican --autoreload`` on an equivalent 500-page Markdown
   site (installed only into bench/.venv-compare): save to the page being served /
   written. Then the ratios.

Every wait is bounded; every process started here is stopped here. Results are
printed and written to bench/results/watch.md.

    .venv/bin/python bench/bench_watch.py [--saves 15] [--no-pdf] [--no-compare]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from generate import generate  # noqa: E402

WORK = HERE / "work"
PERSKAMER = Path(sys.executable).parent / "perskamer"
COMPARE_VENV = HERE / ".venv-compare"
POLL = 0.004


# --- helpers ---------------------------------------------------------------------------------


class Proc:
    """A subprocess whose stderr/stdout are drained in a thread (kept for messages)."""

    def __init__(self, cmd: list[str], cwd: Path, env: dict[str, str] | None = None):
        self.lines: list[str] = []
        self.proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)
        self.thread = threading.Thread(target=self._drain, daemon=True)
        self.thread.start()

    def _drain(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line.rstrip("\n"))

    def wait_for_line(self, pattern: str, timeout: float) -> re.Match[str]:
        deadline = time.monotonic() + timeout
        seen = 0
        while time.monotonic() < deadline:
            while seen < len(self.lines):
                m = re.search(pattern, self.lines[seen])
                seen += 1
                if m:
                    return m
            if self.proc.poll() is not None:
                break
            time.sleep(0.05)
        raise TimeoutError(f"no line matching {pattern!r} within {timeout} s; last output:\n" + "\n".join(self.lines[-20:]))

    def stop(self) -> None:
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGINT)
                self.proc.wait(15)
            except (subprocess.TimeoutExpired, ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(5)


def mtime(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0


def wait_rewritten(paths: list[Path], since_ns: int, timeout: float) -> float:
    """Poll until every path has an mtime after ``since_ns``; return time.monotonic() then."""
    deadline = time.monotonic() + timeout
    pending = list(paths)
    while time.monotonic() < deadline:
        pending = [p for p in pending if mtime(p) <= since_ns]
        if not pending:
            return time.monotonic()
        time.sleep(POLL)
    raise TimeoutError(f"not rewritten within {timeout} s: {', '.join(str(p) for p in pending)}")


def settle(seconds: float = 0.6) -> None:
    time.sleep(seconds)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def retitle(text: str, suffix: str) -> str:
    return re.sub(r'^title: "(.*?)( \(v\d+\))?"$', lambda m: f'title: "{m.group(1)} ({suffix})"', text, count=1, flags=re.M)


def fmt(seconds: float | None) -> str:
    if seconds is None:
        return "n/a"
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


def summary(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(round(0.9 * (len(ordered) - 1))))]


# --- perskamer ---------------------------------------------------------------------------------


def workspace(n: int, outputs: str = "[html, json]", name: str = "", plugins: str = "[]") -> Path:
    ws = WORK / f"watch-{n}{name}"
    content = ws / "content"
    if not content.is_dir() or len(list(content.iterdir())) != n:
        shutil.rmtree(ws, ignore_errors=True)
        generate(ws, n)
    config = f"site:\n  title: Bench\noutputs: {outputs}\nplugins: {plugins}\n"
    path = ws / "config" / "perskamer.yaml"
    if not path.is_file() or path.read_text(encoding="utf-8") != config:
        path.write_text(config, encoding="utf-8")
    return ws


def pdf_plugins() -> str | None:
    """How to get the ``pdf`` output: built in ("[]"), by naming its module, or not at all."""
    if "pdf" in output_names():
        return "[]"
    probe = subprocess.run([sys.executable, "-c", "import perskamer.plugins.output_pdf"], capture_output=True, cwd=WORK)
    return "[perskamer.plugins.output_pdf]" if probe.returncode == 0 else None


def output_names() -> set[str]:
    code = "from perskamer.workspace import open_workspace, output_names; c, h = open_workspace(None, use_defaults_when_missing=True); print(' '.join(output_names(h)))"
    probe = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=WORK)
    return set(probe.stdout.split())


def perskamer_saves(ws: Path, saves: int, *, only: str | None, targets: str, timeout: float, first_timeout: float) -> list[float]:
    """Start ``perskamer watch``, save ``saves`` reports one after another, time each."""
    reports = sorted(p for p in (ws / "content").glob("*.md"))
    cmd = [str(PERSKAMER), "watch"] + (["--only", only] if only else [])
    proc = Proc(cmd, ws)
    times: list[float] = []
    try:
        proc.wait_for_line(r"perskamer watch: watching", first_timeout)
        settle(1.5)
        for i in range(saves):
            path = reports[(i * 37) % len(reports)]
            slug = path.stem
            out = ws / "public"
            before = json.loads((out / "data" / f"{slug}.json").read_text(encoding="utf-8"))
            original = path.read_text(encoding="utf-8")
            if targets == "pdf":
                files = [out / "pdf" / f"{slug}.pdf"]
            else:
                files = [out / "verslagen" / f"{slug}.html", out / "index.html"] + [out / "thema" / f"{a['id']}.html" for a in before["ambitions"]]
            t0_ns = time.time_ns()
            t0 = time.monotonic()
            path.write_text(retitle(original, f"v{i}"), encoding="utf-8")
            done = wait_rewritten(files, t0_ns, timeout)
            if targets != "pdf":
                after = json.loads((out / "data" / f"{slug}.json").read_text(encoding="utf-8"))
                extra = [out / "thema" / f"{a['id']}.html" for a in after["ambitions"] if a["id"] not in {b["id"] for b in before["ambitions"]}]
                if extra:
                    done = max(done, wait_rewritten(extra, t0_ns, timeout))
                assert f"(v{i})" in (out / "verslagen" / f"{slug}.html").read_text(encoding="utf-8")
            times.append(done - t0)
            settle(2.5 if targets == "pdf" else 0.6)
            path.write_text(original, encoding="utf-8")
            settle(2.5 if targets == "pdf" else 0.6)
    finally:
        proc.stop()
    return times


def nochange_build(n: int, runs: int = 3) -> tuple[float, float]:
    ws = workspace(n)
    first = time.perf_counter()
    subprocess.run([str(PERSKAMER), "build", "-q"], cwd=ws, capture_output=True, check=False)
    first = time.perf_counter() - first
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([str(PERSKAMER), "build", "-q"], cwd=ws, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times), first


# --- MkDocs and Pelican on the same reports -------------------------------------------------------


def compare_env() -> Path | None:
    python = COMPARE_VENV / "bin" / "python"
    if not (COMPARE_VENV / "bin" / "mkdocs").exists() or not (COMPARE_VENV / "bin" / "pelican").exists():
        print("installing MkDocs and Pelican into bench/.venv-compare ...", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(COMPARE_VENV)], check=True)
        result = subprocess.run([str(python), "-m", "pip", "install", "-q", "mkdocs", "pelican", "markdown"], capture_output=True, text=True)
        if result.returncode != 0:
            print("could not install the comparison tools: " + result.stderr[-800:], file=sys.stderr)
            return None
    return COMPARE_VENV


def markdown_pages(ws: Path) -> list[tuple[str, str, str]]:
    """(slug, title, body) for every report, as plain Markdown."""
    pages = []
    for path in sorted((ws / "content").iterdir()):
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".md":
            m = re.search(r'^title: "(.*)"$', text, flags=re.M)
            title = m.group(1) if m else path.stem
            body = re.sub(r"^---\n.*?\n---\n", "", text, flags=re.S)
        else:
            lines = [line.strip() for line in text.splitlines() if line.strip()]
            title = lines[4] if len(lines) > 4 else path.stem
            body = "\n\n".join(lines[5:])
        pages.append((path.stem, title.replace('"', "'"), body))
    return pages


def mkdocs_site(ws: Path) -> Path:
    site = WORK / "compare-mkdocs"
    shutil.rmtree(site, ignore_errors=True)
    (site / "docs").mkdir(parents=True)
    (site / "docs" / "index.md").write_text("# Bench\n\nAlle verslagen staan in de navigatie.\n", encoding="utf-8")
    for slug, title, body in markdown_pages(ws):
        (site / "docs" / f"{slug}.md").write_text(f"# {title}\n\n{body}\n", encoding="utf-8")
    (site / "mkdocs.yml").write_text("site_name: Bench\n", encoding="utf-8")
    return site


def pelican_site(ws: Path) -> Path:
    site = WORK / "compare-pelican"
    shutil.rmtree(site, ignore_errors=True)
    (site / "content").mkdir(parents=True)
    for slug, title, body in markdown_pages(ws):
        (site / "content" / f"{slug}.md").write_text(f"Title: {title}\nDate: 2023-06-06 10:00\nSlug: {slug}\n\n{body}\n", encoding="utf-8")
    (site / "pelicanconf.py").write_text(
        "AUTHOR='bench'\nSITENAME='Bench'\nPATH='content'\nTIMEZONE='Europe/Brussels'\nDEFAULT_LANG='nl'\n"
        "FEED_ALL_ATOM=None\nCATEGORY_FEED_ATOM=None\nTRANSLATION_FEED_ATOM=None\nAUTHOR_FEED_ATOM=None\nAUTHOR_FEED_RSS=None\n"
        "RELATIVE_URLS=True\nDEFAULT_PAGINATION=False\nLOAD_CONTENT_CACHE=False\n",
        encoding="utf-8",
    )
    return site


def http_text(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.read().decode("utf-8", "replace")
    except OSError:
        return ""


def mkdocs_saves(venv: Path, ws: Path, saves: int, timeout: float, dirty: bool = False) -> list[float]:
    site = mkdocs_site(ws)
    port = free_port()
    cmd = [str(venv / "bin" / "mkdocs"), "serve", "-a", f"127.0.0.1:{port}"] + (["--dirty"] if dirty else [])
    proc = Proc(cmd, site)
    times = []
    try:
        proc.wait_for_line(r"Serving on", 300)
        pages = sorted((site / "docs").glob("report-*.md"))
        for i in range(saves):
            path = pages[(i * 37) % len(pages)]
            url = f"http://127.0.0.1:{port}/{path.stem}/"
            original = path.read_text(encoding="utf-8")
            marker = f"mkdocs v{i} {time.time_ns()}"
            t0 = time.monotonic()
            path.write_text(original.replace("\n", f" ({marker})\n", 1), encoding="utf-8")
            deadline = t0 + timeout
            while time.monotonic() < deadline and marker not in http_text(url):
                time.sleep(0.02)
            if time.monotonic() >= deadline:
                raise TimeoutError("mkdocs did not serve the change")
            times.append(time.monotonic() - t0)
            path.write_text(original, encoding="utf-8")
            proc_wait_quiet(proc, 2.0, timeout)
    finally:
        proc.stop()
    return times


def proc_wait_quiet(proc: Proc, quiet: float, timeout: float) -> None:
    """Wait until a tool has printed nothing for ``quiet`` seconds (its rebuild is over)."""
    deadline = time.monotonic() + timeout
    count = len(proc.lines)
    last = time.monotonic()
    while time.monotonic() < deadline:
        time.sleep(0.1)
        if len(proc.lines) != count:
            count = len(proc.lines)
            last = time.monotonic()
        elif time.monotonic() - last >= quiet:
            return


def pelican_saves(venv: Path, ws: Path, saves: int, timeout: float) -> list[float]:
    site = pelican_site(ws)
    cmd = [str(venv / "bin" / "pelican"), "content", "-o", "output", "-s", "pelicanconf.py", "--autoreload"]
    proc = Proc(cmd, site)
    times = []
    try:
        proc.wait_for_line(r"Done: Processed", 600)
        settle(2)
        pages = sorted((site / "content").glob("report-*.md"))
        for i in range(saves):
            path = pages[(i * 37) % len(pages)]
            page = site / "output" / f"{path.stem}.html"
            original = path.read_text(encoding="utf-8")
            marker = f"pelican v{i} {time.time_ns()}"
            t0_ns = time.time_ns()
            t0 = time.monotonic()
            path.write_text(original.replace("\n", f" ({marker})\n", 1), encoding="utf-8")
            done = wait_rewritten([page], t0_ns, timeout)
            deadline = time.monotonic() + timeout
            while marker not in page.read_text(encoding="utf-8", errors="replace") and time.monotonic() < deadline:
                time.sleep(POLL)
                done = time.monotonic()
            times.append(done - t0)
            settle(1)
            path.write_text(original, encoding="utf-8")
            proc_wait_quiet(proc, 2.0, timeout)
    finally:
        proc.stop()
    return times


# --- main ----------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=500)
    parser.add_argument("--large", type=int, default=2000)
    parser.add_argument("--saves", type=int, default=15)
    parser.add_argument("--compare-saves", type=int, default=5)
    parser.add_argument("--no-pages", action="store_true", help="skip the save-to-page measurement")
    parser.add_argument("--no-pdf", action="store_true")
    parser.add_argument("--no-compare", action="store_true")
    parser.add_argument("--no-large", action="store_true")
    parser.add_argument("--timeout", type=float, default=120, help="seconds to wait for one rebuild")
    args = parser.parse_args()
    WORK.mkdir(exist_ok=True)
    rows: list[tuple[str, str, str]] = []

    ws = workspace(args.reports)
    subprocess.run([str(PERSKAMER), "build", "-q"], cwd=ws, capture_output=True)  # fill the cache once
    page_median = 0.0
    if not args.no_pages:
        page_times = perskamer_saves(ws, args.saves, only=None, targets="pages", timeout=args.timeout, first_timeout=600)
        page_median, page_p90 = summary(page_times)
        rows.append((f"perskamer watch, {args.reports} reports: save -> page + index + ambition pages", f"median {fmt(page_median)}", f"p90 {fmt(page_p90)}, n={len(page_times)} (target < 300 ms)"))

    plugins = None if args.no_pdf else pdf_plugins()
    if plugins is not None:
        ws_pdf = workspace(args.reports, outputs="[html, json, pdf]", name="-pdf", plugins=plugins)
        # the PDFs of all reports once (a normal build may use both cores), then watch
        subprocess.run([str(PERSKAMER), "build", "-q"], cwd=ws_pdf, capture_output=True, timeout=3600)
        pdf_times = perskamer_saves(ws_pdf, max(5, args.saves // 2), only=None, targets="pdf", timeout=args.timeout, first_timeout=1800)
        pdf_median, pdf_p90 = summary(pdf_times)
        rows.append((f"perskamer watch, {args.reports} reports: save -> its PDF", f"median {fmt(pdf_median)}", f"p90 {fmt(pdf_p90)}, n={len(pdf_times)} (target < 1 s)"))
    else:
        rows.append(("perskamer watch: save -> its PDF", "n/a", "the pdf output is not installed (or --no-pdf)"))

    if not args.no_large:
        large, cold = nochange_build(args.large)
        rows.append((f"perskamer build, {args.large} reports, nothing changed", f"median {fmt(large)}", f"of 3 (target about 1 s); the run's first build {fmt(cold)} (cold if the cache was empty or the code changed)"))

    if not args.no_compare:
        venv = compare_env()
        if venv is not None:
            for name, run in (
                ("mkdocs serve", lambda: mkdocs_saves(venv, ws, args.compare_saves, args.timeout)),
                ("mkdocs serve --dirty", lambda: mkdocs_saves(venv, ws, args.compare_saves, args.timeout, dirty=True)),
                ("pelican --autoreload", lambda: pelican_saves(venv, ws, args.compare_saves, args.timeout)),
            ):
                try:
                    times = run()
                except Exception as exc:  # a tool that fails is reported, the others still run
                    rows.append((f"{name}, same {args.reports} pages: save -> page", "failed", f"{type(exc).__name__}: {str(exc)[:120]}"))
                    continue
                median, p90 = summary(times)
                rows.append((f"{name}, same {args.reports} pages: save -> page", f"median {fmt(median)}", f"p90 {fmt(p90)}, n={len(times)}"))
                if page_median:
                    rows.append((f"  {name} / perskamer", f"{median / page_median:.1f}x", "slower" if median > page_median else "faster"))

    print_table(rows, "watch")


def print_table(rows: list[tuple[str, str, str]], name: str) -> None:
    """Print the rows as a table with the machine's load, and write it to bench/results/<name>.md."""
    width = max(len(r[0]) for r in rows)
    lines = [f"{a:<{width}}  {b:<16} {c}" for a, b, c in rows]
    load = os.getloadavg()
    report = "\n".join(lines) + f"\n(machine: {os.cpu_count()} cores, load average {load[0]:.2f} / {load[1]:.2f} at the end)"
    print(report)
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / f"{name}.md").write_text(f"```\n{report}\n```\n", encoding="utf-8")


if __name__ == "__main__":
    main()
