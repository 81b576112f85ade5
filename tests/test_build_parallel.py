"""A cold build spread over worker processes publishes exactly what a sequential one does.

The workers read, validate and transform the reports and render and guard each
report's own artefacts with the stateless renderers (html, json) and the stateless
leak guard; the main process renders the rest (PDF) and the collections. Files,
problems, the guard's verdicts and the quarantine decisions must be the same as in a
build that does everything in one process.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from perskamer import build as build_module
from perskamer.cache import BuildCache
from perskamer.cli import main

CORPUS = Path(__file__).parent / "fixtures" / "corpus"


def _content(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    if not content.exists():
        content.mkdir()
        for path in CORPUS.iterdir():
            if path.is_file() and not path.name.endswith(".gold.json"):
                shutil.copy(path, content / path.name)
        shutil.copytree(CORPUS / "images", content / "images")
    return content


def _files(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def _site(tmp_path: Path, name: str, monkeypatch, workers: str) -> dict[str, bytes]:
    content = _content(tmp_path)
    out = tmp_path / name
    monkeypatch.setenv("PERSKAMER_WORKERS", workers)
    monkeypatch.setattr(build_module, "PARALLEL_MIN_REPORTS", 4)
    monkeypatch.chdir(tmp_path)
    assert main(["build", "--content", str(content), "--out", str(out), "--no-cache", "-q"]) == 0
    return _files(out)


def _prerendered_counter(monkeypatch) -> list[tuple[int, int, int]]:
    """(reports rendered by the workers, of which guarded there too, reports they processed) per build, seen by the main process."""
    seen: list[tuple[int, int, int]] = []
    original = build_module.Builder._render_and_guard_reports

    def counting(self, *args, **kwargs):
        seen.append((len(self.prerendered), sum(1 for r in self.prerendered.values() if r.findings is not None), self.shared_out))
        return original(self, *args, **kwargs)

    monkeypatch.setattr(build_module.Builder, "_render_and_guard_reports", counting)
    return seen


@pytest.mark.slow
def test_parallel_build_equals_sequential(tmp_path, monkeypatch):
    sequential = _site(tmp_path, "seq", monkeypatch, "0")
    rendered = _prerendered_counter(monkeypatch)
    parallel = _site(tmp_path, "par", monkeypatch, "2")
    assert rendered[0][2] >= 15  # the workers did process the reports
    assert rendered[0][0] >= 15 and rendered[0][1] == rendered[0][0]  # ... and rendered and guarded their pages
    assert sequential.keys() == parallel.keys()
    for name in sequential:
        assert sequential[name] == parallel[name], name
    assert len(sequential) > 40


@pytest.mark.slow
def test_the_workers_hand_back_each_reports_search_fragment(tmp_path, monkeypatch):
    """The search index takes every fragment from the workers: the main process renders no report's sections again."""
    from perskamer.context import BuildContext

    asked: list[bool] = []
    original = BuildContext.handed
    monkeypatch.setattr(BuildContext, "handed", lambda self, report, name: asked.append(original(self, report, name) is not None) or original(self, report, name))
    rendered = _prerendered_counter(monkeypatch)
    files = _site(tmp_path, "par", monkeypatch, "2")
    assert rendered[0][0] >= 15 and any(name.startswith("zoek/verslag/") for name in files)
    assert len(asked) >= 15 and all(asked)


def test_workers_are_not_used_for_small_builds(monkeypatch):
    monkeypatch.setenv("PERSKAMER_WORKERS", "2")
    assert build_module.parallel_workers() == 2
    monkeypatch.setenv("PERSKAMER_WORKERS", "0")
    assert build_module.parallel_workers() == 0


def test_warm_up_threads_are_joined_before_forking():
    import threading
    import time

    done = threading.Event()

    def warm_up():
        time.sleep(0.2)
        done.set()

    thread = threading.Thread(target=warm_up, name="perskamer-test-warm-up", daemon=True)
    thread.start()
    build_module._join_warm_up_threads()
    assert done.is_set() and not thread.is_alive()


#: A stateless renderer that publishes, for every report with a name in a quote, the
#: quote as it was written: the leak guard must stop it (in the worker process) and the
#: report must be withheld from every output, exactly as in a sequential build.
LEAKY_PLUGIN = """
from perskamer.hookspecs import hookimpl, stateless
from perskamer.model import Artifact

PLUGIN_NAME = "leaky"


@hookimpl
@stateless
def perskamer_render_report(report, context):
    record = report.private.get("anonymisation") or {}
    originals = [q["original"] for q in record.get("quotes", []) if q.get("had_name") and q.get("original")]
    if not originals:
        return None
    return [Artifact(f"lek/{report.slug}.txt", originals[0].encode("utf-8"), output="html", media_type="text/plain")]
"""


def _leaky_build(tmp_path: Path, name: str, monkeypatch, capsys, workers: str) -> tuple[int, dict[str, bytes], str]:
    content = _content(tmp_path)
    ws = tmp_path / "ws"
    if not ws.exists():
        (ws / "config").mkdir(parents=True)
        (ws / "plugins").mkdir()
        (ws / "plugins" / "leaky_test_plugin.py").write_text(LEAKY_PLUGIN, encoding="utf-8")
        (ws / "config" / "perskamer.yaml").write_text(
            "site:\n  title: Test\noutputs: [html, json]\nhtml:\n  search: false\nplugins: [leaky_test_plugin]\n", encoding="utf-8"
        )
    out = tmp_path / name
    monkeypatch.setenv("PERSKAMER_WORKERS", workers)
    monkeypatch.setattr(build_module, "PARALLEL_MIN_REPORTS", 4)
    monkeypatch.chdir(ws)
    capsys.readouterr()
    code = main(["build", "--config", str(ws / "config" / "perskamer.yaml"), "--content", str(content), "--out", str(out), "--no-cache"])
    captured = capsys.readouterr()
    said = re.sub(r"in \d+\.\d+ s", "in _ s", captured.out + captured.err).replace(str(out), "OUT")
    return code, _files(out), said


@pytest.mark.slow
def test_the_guard_in_the_workers_withholds_the_same_reports(tmp_path, monkeypatch, capsys):
    seq_code, sequential, seq_said = _leaky_build(tmp_path, "seq", monkeypatch, capsys, "0")
    rendered = _prerendered_counter(monkeypatch)
    par_code, parallel, par_said = _leaky_build(tmp_path, "par", monkeypatch, capsys, "2")
    assert rendered[0][0] >= 15 and rendered[0][1] == rendered[0][0]
    withheld = re.findall(r"withheld from every output", seq_said)
    assert withheld, seq_said  # the corpus has names in quotes: the guard stopped those reports
    assert not any(name.startswith("lek/") for name in sequential)  # none of the leaks went out
    assert len([n for n in sequential if n.startswith("verslagen/")]) >= 3  # the other reports did
    assert (par_code, par_said) == (seq_code, seq_said)  # same problems, same decisions, same summary
    assert sequential.keys() == parallel.keys()
    for name in sequential:
        assert sequential[name] == parallel[name], name


@pytest.mark.slow
def test_after_a_config_change_the_workers_process_the_reports(tmp_path, monkeypatch):
    """The cache's entries are checked against their recorded inputs before the work is shared out."""
    content = _content(tmp_path)
    ws = tmp_path / "ws"
    (ws / "config").mkdir(parents=True)
    config = ws / "config" / "perskamer.yaml"
    config.write_text("site:\n  title: Test\noutputs: [html, json]\nhtml:\n  search: false\n", encoding="utf-8")
    monkeypatch.setenv("PERSKAMER_WORKERS", "2")
    monkeypatch.setattr(build_module, "PARALLEL_MIN_REPORTS", 4)
    monkeypatch.chdir(ws)
    in_main: list[str] = []
    original = build_module.Builder.process_source

    def counting(self, source):
        in_main.append(source.rel)  # (a forked worker appends to its own copy)
        return original(self, source)

    monkeypatch.setattr(build_module.Builder, "process_source", counting)
    args = ["build", "--config", str(config), "--content", str(content), "--out", str(tmp_path / "out"), "-q"]
    assert main(args) == 0
    assert 1 <= len(in_main) <= 2  # the warm-up report here (plus the first one twice: no stat record yet), the rest in workers
    in_main.clear()
    assert main(args) == 0
    assert in_main == []  # nothing changed: all from the cache
    # processing reads anonymise's options: every entry is out of date now
    config.write_text(config.read_text(encoding="utf-8") + "anonymise:\n  allow: [Zonnebloemveld]\n", encoding="utf-8")
    assert main(args) == 0
    assert len(in_main) == 1, in_main  # only the warm-up report in this process, the others in the workers


@pytest.mark.slow
def test_the_workers_store_the_cache_entries_a_sequential_build_stores(tmp_path, monkeypatch):
    """The workers write each report's cache entry (the main process no longer reads, hashes and
    pickles the report again): the same entries and stat records as a sequential build, and the
    next build takes every report from them."""
    import pickle

    content = _content(tmp_path)
    ws = tmp_path / "ws"
    (ws / "config").mkdir(parents=True)
    config = ws / "config" / "perskamer.yaml"
    config.write_text("site:\n  title: Test\noutputs: [html, json]\n", encoding="utf-8")
    monkeypatch.setattr(build_module, "PARALLEL_MIN_REPORTS", 4)
    monkeypatch.chdir(ws)
    args = ["build", "--config", str(config), "--content", str(content), "--out", str(ws / "out"), "-q"]
    caches = {}
    for workers in ("0", "2"):
        monkeypatch.setenv("PERSKAMER_WORKERS", workers)
        shutil.rmtree(ws / "out", ignore_errors=True)
        seen = _prerendered_counter(monkeypatch)
        assert main(args) == 0
        caches[workers] = ws / f".perskamer-{workers}"
        (ws / ".perskamer").rename(caches[workers])
    assert seen[0][2] >= 15  # the workers did process the reports

    def entries(root: Path) -> dict[str, bytes]:  # (an entry has its own file or a place in a pack)
        cache = BuildCache(root / "cache")
        keys = {p.stem for p in root.rglob("*.pkl") if p.parent.parent.name == "reports"} | set(cache._pack_index())
        return {key: pickle.dumps(pickle.loads(cache._read_entry(key))) for key in keys}

    def digests(root: Path) -> dict[str, str]:
        (index,) = root.rglob("stat-index.pkl")
        return {path: entry.digest for path, entry in pickle.loads(index.read_bytes()).items()}

    sequential, parallel = entries(caches["0"]), entries(caches["2"])
    assert len(sequential) >= 15 and sequential.keys() == parallel.keys()
    for key in sequential:
        assert sequential[key] == parallel[key], key
    assert digests(caches["0"]) == digests(caches["2"]) and len(digests(caches["2"])) >= 15
    assert not [p for p in caches["2"].rglob("*") if p.name.startswith(".tmp-")]
    # the workers wrote their entries a batch to a pack, not a file each
    assert len(list(caches["2"].rglob("reports/*/*.pkl"))) <= 1 and 0 < len(list(caches["2"].rglob("packs/*.pack"))) < len(parallel)
    assert not list(caches["0"].rglob("packs/*"))
    caches["2"].rename(ws / ".perskamer")
    in_main: list[str] = []
    original = build_module.Builder.process_source
    monkeypatch.setattr(build_module.Builder, "process_source", lambda self, source: in_main.append(source.rel) or original(self, source))
    assert main(args) == 0
    assert in_main == []  # every report from the entries the workers wrote


@pytest.mark.slow
def test_a_build_stopped_while_the_workers_write_their_packs_leaves_a_sound_cache(tmp_path, monkeypatch):
    """A Ctrl-C in the main process while the workers run: the pool is terminated while they write
    their batches' packs. No temporary file is left, no entry the index names is unreadable, and the
    next build uses what is sound and publishes the same site as a build without a cache."""
    sequential = _site(tmp_path, "seq", monkeypatch, "0")
    content = tmp_path / "content"
    out = tmp_path / "out"
    monkeypatch.setenv("PERSKAMER_WORKERS", "2")
    args = ["build", "--content", str(content), "--out", str(out), "-q"]
    original = build_module.Builder.process
    calls = []

    def stopped(self, path):
        calls.append(path)
        if len(calls) == 6:
            raise KeyboardInterrupt
        return original(self, path)

    monkeypatch.setattr(build_module.Builder, "process", stopped)
    assert main(args) != 0  # ("perskamer: stopped")
    assert len(calls) == 6
    monkeypatch.setattr(build_module.Builder, "process", original)
    cache_dir = tmp_path / ".perskamer" / "cache"
    assert not [p for p in cache_dir.rglob("*") if p.name.startswith(".tmp-")]
    cache = BuildCache(cache_dir)
    assert len(cache._pack_index()) >= 4  # the reports the main process took from the workers before the stop
    for key in cache._pack_index():
        assert cache.get(key) is not None, key
    seen = _prerendered_counter(monkeypatch)
    assert main(args) == 0
    assert 0 < seen[0][2] <= 17 - 4  # the workers processed the others; the entries kept were used
    assert _files(out) == sequential
    cache = BuildCache(cache_dir)
    assert len(cache._pack_index()) >= 15 and all(cache.get(key) is not None for key in cache._pack_index())
