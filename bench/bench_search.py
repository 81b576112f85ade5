"""The site search index: what each way of making it costs per report (CPU) and weighs (bytes).

    .venv/bin/python bench/bench_search.py [--size 1000] [--rounds 2]

On ``--size`` generated reports (bench/generate.py, ``perskamer init``'s config, html +
json), processed once, then timed with ``time.process_time`` (this process) and the
children's rusage (Pagefind is a child process with its own threads):

* record pages: made apart (``search_records`` without hand-over, as before session 4)
  and from a view the page render made already (what the worker does now);
* Pagefind's CLI on those records (``search.index_files``, as a build runs it): its CPU
  and ours (temporary site, reading the bundle back, ``pagefind_canon``, unpacking the
  fragments for the guard);
* Pagefind's service mode (``pagefind --service``, what the ``pagefind`` Python package
  drives) fed the same pages (``AddFile``) or plain-text records (``AddRecord``), with a
  small client of our own (the package's waits 0.1 s per answer);
* a prebuilt index of our own, for comparison only (no client script exists): each
  report's words folded and stemmed with the Dutch Snowball stemmer the tagger uses,
  postings per stem sharded by first letter (JSON) and one JSON fragment per report,
  as a browser would load them.

Nothing here is asserted; figures go to docs/decisions.md.
"""

from __future__ import annotations

import argparse
import base64
import gzip
import json
import re
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(function: Any) -> tuple[Any, float, float]:
    """``function()``, our CPU seconds, the children's CPU seconds."""
    cpu, child = time.process_time(), children_cpu()
    value = function()
    return value, time.process_time() - cpu, children_cpu() - child


def service_index(binary: str, requests: list[dict[str, Any]]) -> dict[str, bytes]:
    """Pagefind's service mode: a new index, ``requests`` (AddFile/AddRecord), then every file."""
    proc = subprocess.Popen([binary, "--service"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    answers: list[Any] = []

    def read() -> None:
        data = b""
        while chunk := proc.stdout.read1(1 << 20):  # type: ignore[union-attr]
            data += chunk
            *messages, data = data.split(b",")
            answers.extend(json.loads(base64.b64decode(m)) for m in messages)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    sent = 0

    def send(payload: dict[str, Any]) -> None:
        nonlocal sent
        sent += 1
        proc.stdin.write(base64.b64encode(json.dumps({"message_id": sent, "payload": payload}).encode()) + b",")  # type: ignore[union-attr]
        proc.stdin.flush()  # type: ignore[union-attr]

    def wait(count: int) -> None:
        while len(answers) < count:
            time.sleep(0.001)

    send({"type": "NewIndex", "config": {"force_language": "nl", "keep_index_url": True}})
    wait(1)
    index = answers[0]["payload"]["index_id"]
    for request in requests:
        send({**request, "index_id": index})
    send({"type": "GetFiles", "index_id": index})
    wait(sent)
    proc.stdin.close()  # type: ignore[union-attr]
    reader.join()
    proc.wait()
    return {f["path"]: base64.b64decode(f["content"]) for f in answers[-1]["payload"]["files"]}


_TAG = re.compile(r"<[^>]+>")
_WORD = re.compile(r"\w+")


def record_text(html: str) -> str:
    import html as markup

    return markup.unescape(_TAG.sub(" ", html[html.index("<main") :]))


def prebuilt_index(records: list[tuple[str, str, str]], reports: list[Any]) -> dict[str, bytes]:
    """An index of our own: stems -> (report, count) shards by first letter, a JSON fragment per report."""
    import snowballstemmer

    from perskamer.fold import fold

    stem = snowballstemmer.stemmer("dutch").stemWords
    postings: dict[str, list[int]] = {}
    files: dict[str, bytes] = {}
    for number, ((url, html, _slug), report) in enumerate(zip(records, reports, strict=True)):
        text = " ".join(record_text(html).split())
        counts: dict[str, int] = {}
        for word in _WORD.findall(fold(text)):
            counts[word] = counts.get(word, 0) + 1
        words = list(counts)
        per_stem: dict[str, int] = {}
        for word, stemmed in zip(words, stem(words), strict=True):
            per_stem[stemmed] = per_stem.get(stemmed, 0) + counts[word]
        for stemmed, count in per_stem.items():
            postings.setdefault(stemmed, []).extend((number, count))
        fragment = {"url": url, "title": report.title, "ambities": [a.id for a in report.ambitions], "tekst": text}
        files[f"fragment/{number}.json"] = json.dumps(fragment, ensure_ascii=False, separators=(",", ":")).encode()
    shards: dict[str, dict[str, list[int]]] = {}
    for stemmed in sorted(postings):
        shards.setdefault(stemmed[0] if stemmed[0].isalpha() else "_", {})[stemmed] = postings[stemmed]
    for letter, shard in shards.items():
        files[f"woorden/{letter}.json"] = json.dumps(shard, separators=(",", ":")).encode()
    return files


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=2, help="each way is run this many times; the lowest CPU is shown")
    args = parser.parse_args()

    from bench_pipeline import init_workspace

    from perskamer.build import Builder
    from perskamer.plugins import output_html
    from perskamer.plugins.output_html import search
    from perskamer.workspace import open_workspace

    ws = init_workspace(args.size, "[html, json]")
    config, host = open_workspace(ws / "config" / "perskamer.yaml")
    builder = Builder(config, host, cache=None)
    context = builder.context
    paths, _problems = builder.discover()
    reports = [o.report for o in (builder.process_source(s) for s in map(builder.load_source, paths) if hasattr(s, "data")) if o.report is not None]
    binary = search.pagefind_binary()
    if binary is None:
        print(search.INSTALL_HINT, file=sys.stderr)
        return 1
    n = len(reports)
    output_html.search_records(reports[:3], context)  # templates and the Markdown parser loaded
    views = [output_html.report_view(r, context, None) for r in reports]
    rows: list[tuple[str, float, float, str]] = []

    def best(label: str, function: Any, note: Any = None) -> Any:
        runs = [timed(function) for _ in range(args.rounds)]
        value, ours, theirs = min(runs, key=lambda run: run[1] + run[2])
        rows.append((label, 1000 * ours / n, 1000 * theirs / n, note(value) if note else ""))
        return value

    records = best("record pages, made apart", lambda: output_html.search_records(reports, context))
    best("record pages from the page's view (the worker)", lambda: [output_html.search_record(v, context) for v in views])

    def size(files: dict[str, bytes]) -> str:
        return f"{len(files)} files, {sum(map(len, files.values())) / 1024:.0f} kB"

    bundle = best("Pagefind CLI (as a build runs it)", lambda: {a.path: a.data for a in search.index_files(records, "nl", binary)}, size)
    best("Pagefind service, AddFile (same pages)", lambda: service_index(binary, [{"type": "AddFile", "url": "/" + u, "file_contents": h, "file_path": None} for u, h, _s in records]))
    plain = [(u, record_text(h), r) for (u, h, _s), r in zip(records, reports, strict=True)]
    best("Pagefind service, AddRecord (plain text)", lambda: service_index(binary, [
        {"type": "AddRecord", "url": "/" + u, "content": t, "language": "nl", "meta": {"title": r.title}, "filters": {"ambitie": [a.label for a in r.ambitions]}, "sort": None}
        for u, t, r in plain]))
    own = best("prebuilt JSON index (prototype, no client)", lambda: prebuilt_index(records, reports), size)

    print(f"search index, {n} generated reports ({ws}); CPU per report, lowest of {args.rounds}")
    print(f"{'way':52s} {'ours ms':>8s} {'child ms':>9s}  size")
    for label, ours, theirs, note in rows:
        print(f"{label:52s} {ours:8.2f} {theirs:9.2f}  {note}")
    words = sum(len(v) for k, v in own.items() if k.startswith("woorden/"))
    packed = sum(len(gzip.compress(v)) for v in own.values())
    print(f"prebuilt index: word shards {words / 1024:.0f} kB, all files gzip-compressed {packed / 1024:.0f} kB "
          f"(Pagefind's bundle, compressed already: {sum(map(len, bundle.values())) / 1024:.0f} kB, of which its script and WebAssembly "
          f"{sum(len(v) for k, v in bundle.items() if not k.startswith(('pagefind/fragment/', 'pagefind/index/', 'pagefind/filter/'))) / 1024:.0f} kB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
