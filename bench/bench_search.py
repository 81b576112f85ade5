"""The site search index: what making it costs per report (CPU), what it weighs, and what a query costs in the browser.

    .venv/bin/python bench/bench_search.py [--size 1000] [--rounds 2] [--browser]

On ``--size`` generated reports (bench/generate.py, ``perskamer init``'s config, html +
json), processed once, then timed with ``time.process_time`` (this process) and the
children's rusage:

* record pages from the page's view (``search_record.html``; the worker makes them with
  the page) and the fragments read from them (``search_text.fragment``: text and stemmed
  word counts; also in the worker);
* the merge into the files of ``zoek/`` (``search.index_files``, the main process);
* for comparison, when its binary is installed (``pip install 'pagefind[bin]'``; it is no
  longer a dependency), Pagefind's CLI on the same record pages, as builds ran it until
  session 5: its CPU (a child process) and the bundle's size.

Sizes: files, bytes as written and gzip-compressed (what a web server sends).

``--browser`` (Debian's chromium): builds the site, serves it with ``perskamer serve``'s
server and times queries in the page (``perskamerZoek.search``: the word shards and the
first ten results' fragments loaded), the first time (files fetched) and again; with the
Pagefind bundle beside it, Pagefind's own ``search()`` (and its first ten results'
``data()``) on the same queries, with the number of reports each finds. The queries are
Dutch plural, diminutive and prefix forms of words of the generated reports.

Nothing here is asserted; figures go to docs/decisions.md.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

#: Query pairs: a form, and the form it should find (plural/singular, diminutive, a word's start).
QUERIES = [
    "jongeren", "jongere", "vrijwilligers", "vrijwilliger", "kinderen", "kindjes", "kind", "verslagen", "verslag",
    "speelpleinen", "speelplein", "jeugdhuizen", "jeugdhuis", "werkingen", "vrijw", "jeugdwerk", "mentaal welzijn",
]


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(function: Any) -> tuple[Any, float, float]:
    """``function()``, our CPU seconds, the children's CPU seconds."""
    cpu, child = time.process_time(), children_cpu()
    value = function()
    return value, time.process_time() - cpu, children_cpu() - child


def pagefind_binary() -> str | None:
    try:
        from pagefind.service import get_executable
    except ImportError:
        return shutil.which("pagefind")
    try:
        return str(get_executable() or "") or shutil.which("pagefind")
    except Exception:
        return shutil.which("pagefind")


def pagefind_bundle(binary: str, records: list[tuple[str, str]]) -> dict[str, bytes]:
    """Pagefind's CLI on the record pages (``data-search-*`` marks renamed to Pagefind's), its bundle."""
    with tempfile.TemporaryDirectory(prefix="bench-pagefind-") as tmp:
        site = Path(tmp) / "site"
        for url, page in records:
            target = site / url
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(page.replace("data-search-", "data-pagefind-"), encoding="utf-8")
        out = Path(tmp) / "pagefind"
        subprocess.run([binary, "--site", str(site), "--output-path", str(out), "--force-language", "nl", "--keep-index-url", "--quiet"], check=True, capture_output=True)
        return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def sizes(files: dict[str, bytes]) -> str:
    raw = sum(map(len, files.values()))
    packed = sum(len(gzip.compress(v, 6)) if v[:2] != b"\x1f\x8b" else len(v) for v in files.values())
    return f"{len(files)} files, {raw / 1024:.0f} kB, {packed / 1024:.0f} kB gzip-compressed"


def browser_queries(site: Path, with_pagefind: bool) -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from test_browser_live_reload import CHROMIUM, DevTools, start_chromium, stop_chromium

    from perskamer.serve import PreviewServer

    if not CHROMIUM:
        print("--browser: chromium is not installed (apt-get install chromium)", file=sys.stderr)
        return
    server = PreviewServer(site, port=0)
    server.start()
    with tempfile.TemporaryDirectory() as profile:
        proc, ws_url = start_chromium(CHROMIUM, Path(profile))
        tools = DevTools(ws_url)
        try:
            tools.send("Page.enable")
            tools.send("Runtime.enable")
            mark = len(tools.events)
            tools.send("Page.navigate", {"url": server.url + "index.html"})
            tools.wait_for("Page.loadEventFired", mark, timeout=30)
            tools.wait_until("!!(window.perskamerZoek && window.perskamerZoek.search)")

            def run(expression: str) -> Any:
                answer = tools.send("Runtime.evaluate", {"expression": expression, "awaitPromise": True, "returnByValue": True}, timeout=60)
                return answer["result"].get("value")

            ours = ("async q => { const t = performance.now(); const found = await perskamerZoek.search(q);"
                    " return [found.length, performance.now() - t]; }")
            theirs = ("async q => { window.pf = window.pf || await import('/pagefind/pagefind.js'); const t = performance.now();"
                      " const r = await pf.search(q); await Promise.all(r.results.slice(0, 10).map(x => x.data()));"
                      " return [r.results.length, performance.now() - t]; }")
            print("\nqueries in chromium, ms (first: files fetched; again: loaded already); reports found")
            print(f"{'query':18s} {'ours first':>10s} {'again':>7s} {'found':>6s}" + (f" {'Pagefind first':>14s} {'again':>7s} {'found':>6s}" if with_pagefind else ""))
            for q in QUERIES:
                row = [run(f"({ours})({json.dumps(q)})") for _ in range(2)]
                line = f"{q:18s} {row[0][1]:10.1f} {row[1][1]:7.1f} {row[0][0]:6d}"
                if with_pagefind:
                    pf = [run(f"({theirs})({json.dumps(q)})") for _ in range(2)]
                    line += f" {pf[0][1]:14.1f} {pf[1][1]:7.1f} {pf[0][0]:6d}"
                print(line)
        finally:
            tools.close()
            stop_chromium(proc)
            server.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=2, help="each way is run this many times; the lowest CPU is shown")
    parser.add_argument("--browser", action="store_true", help="also time queries in chromium (builds the site)")
    args = parser.parse_args()

    from bench_pipeline import init_workspace

    from perskamer.build import Builder
    from perskamer.plugins import output_html
    from perskamer.plugins.output_html import search, search_text
    from perskamer.workspace import open_workspace

    ws = init_workspace(args.size, "[html, json]")
    config, host = open_workspace(ws / "config" / "perskamer.yaml")
    builder = Builder(config, host, cache=None)
    context = builder.context
    paths, _problems = builder.discover()
    reports = [o.report for o in (builder.process_source(s) for s in map(builder.load_source, paths) if hasattr(s, "data")) if o.report is not None]
    reports.sort(key=output_html.listing_key)
    n = len(reports)
    views = [output_html.report_view(r, context, None) for r in reports]
    output_html._record_page(views[0], context)  # templates loaded
    rows: list[tuple[str, float, float, str]] = []

    def best(label: str, function: Any, note: Any = None) -> Any:
        runs = [timed(function) for _ in range(args.rounds)]
        value, ours, theirs = min(runs, key=lambda run: run[1] + run[2])
        rows.append((label, 1000 * ours / n, 1000 * theirs / n, note(value) if note else ""))
        return value

    pages = best("record pages from the page's view (worker)", lambda: [output_html._record_page(v, context) for v in views])
    search_text._TERMS.clear()
    fragments = best("fragments from the record pages (worker)", lambda: [search_text.fragment(p) for p in pages])
    made = [(r.slug, context.report_url(r), f) for r, f in zip(reports, fragments, strict=True)]
    files = best("merge into zoek/ (main process)", lambda: {a.path: a.data for a in search.index_files(made)}, sizes)
    binary = pagefind_binary()
    bundle = None
    if binary:
        records = [(context.report_url(r), p) for r, p in zip(reports, pages, strict=True)]
        bundle = best("Pagefind CLI on the record pages (until session 5)", lambda: pagefind_bundle(binary, records), sizes)

    print(f"search index, {n} generated reports ({ws}); CPU per report, lowest of {args.rounds}")
    print(f"{'way':52s} {'ours ms':>8s} {'child ms':>9s}  size")
    for label, ours, theirs, note in rows:
        print(f"{label:52s} {ours:8.2f} {theirs:9.2f}  {note}")
    words = {k: v for k, v in files.items() if k.startswith("zoek/woorden/")}
    print(f"zoek/: word shards {sizes(words)}; the largest {max(map(len, words.values())) / 1024:.0f} kB; "
          f"assets/stemmer-nl.js + search.js {sum((ROOT / 'plugins/output_html/templates' / f).stat().st_size for f in ('stemmer-nl.js', 'search.js')) / 1024:.0f} kB")
    if not binary:
        print("(Pagefind is not installed: pip install 'pagefind[bin]' to compare with it)")
    if args.browser:
        from perskamer.cli import main as perskamer

        site = ws / "public"
        assert perskamer(["build", "--config", str(ws / "config/perskamer.yaml"), "--out", str(site), "--quiet"]) in (0, 1)
        if bundle is not None:
            for rel, data in bundle.items():
                (site / "pagefind" / rel).parent.mkdir(parents=True, exist_ok=True)
                (site / "pagefind" / rel).write_bytes(data)
        browser_queries(site, bundle is not None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
