"""Site search: the Pagefind index is part of the html output, made as an artefact set.

What the browser does with it is tested in ``test_browser_site.py``; here: what a build
writes, how the core writes and cleans a set, the watch slow lane, and a site without
the binary.
"""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest
from test_watch import CONFIG, factory_with, make_workspace, report_md, write

from perskamer.build import BuildResult
from perskamer.hookspecs import hookimpl
from perskamer.model import Artifact, Problem
from perskamer.plugins import output_html
from perskamer.plugins.output_html import search
from perskamer.watch import Watcher, default_factory

ROOT = Path(__file__).resolve().parents[1]
needs_pagefind = pytest.mark.skipif(search.pagefind_binary() is None, reason="the Pagefind binary is not installed: pip install 'pagefind[bin]'")


def build(ws: Path) -> BuildResult:
    return default_factory(ws / "config" / "perskamer.yaml")().build()


def manifest(ws: Path) -> dict:
    return json.loads((ws / "public/.perskamer-manifest.json").read_text())


def index_files(ws: Path) -> set[str]:
    return {p for p in manifest(ws)["files"] if p.startswith("pagefind/")}


@needs_pagefind
def test_the_build_writes_a_dutch_index_with_the_site(tmp_path):
    ws = make_workspace(tmp_path / "ws", {"a.md": report_md("Sessie Alfa", body="De speelpleinwerking in Kortrijk."), "b.md": report_md("Sessie Beta")})
    result = build(ws)
    assert result.ok, result.all_problems
    files = index_files(ws)
    assert {"pagefind/pagefind-ui.js", "pagefind/pagefind-ui.css", "pagefind/pagefind.js", "pagefind/pagefind-entry.json", "pagefind/wasm.nl.pagefind"} <= files
    assert not any("modular" in f or "component" in f or "unknown" in f for f in files)
    entry = json.loads((ws / "public/pagefind/pagefind-entry.json").read_text())
    assert list(entry["languages"]) == ["nl"] and entry["languages"]["nl"]["page_count"] == 2
    assert all(manifest(ws)["outputs"][f] == "html" for f in files)
    home = (ws / "public/index.html").read_text()
    assert 'src="pagefind/pagefind-ui.js"' in home and 'id="zoeken"' in home
    # the report text is in the index (the leak guard reads the chunks unpacked)
    fragments = [gzip.decompress(p.read_bytes()) for p in (ws / "public/pagefind/fragment").iterdir()]
    assert any(b"Kortrijk" in f and b"verslagen/a.html" in f for f in fragments)
    # an unchanged second build writes nothing new
    again = build(ws)
    assert not [p for p in again.written if p.startswith("pagefind/")] and again.removed == []


@needs_pagefind
def test_a_changed_report_replaces_the_index_and_removes_the_old_chunks(tmp_path):
    ws = make_workspace(tmp_path / "ws")
    build(ws)
    before = index_files(ws)
    write(ws / "content/a.md", report_md("Sessie Alfa", body="Nu over de skatebaan in Hasselt."))
    result = build(ws)
    after = index_files(ws)
    assert before != after
    assert set(result.removed) == before - after
    assert all((ws / "public" / f).is_file() for f in after)
    assert not [f for f in before - after if (ws / "public" / f).exists()]


def test_without_the_binary_the_site_is_built_without_search_and_says_how_to_add_it(tmp_path, monkeypatch):
    monkeypatch.setattr(output_html, "_pagefind_binary", lambda: None)
    ws = make_workspace(tmp_path / "ws")
    result = build(ws)
    assert result.ok
    warnings = [p for p in result.all_problems if "Pagefind" in p.message]
    assert len(warnings) == 1 and warnings[0].severity == "warning" and "pip install" in warnings[0].hint
    home = (ws / "public/index.html").read_text()
    assert "pagefind" not in home and 'id="zoeken"' not in home
    assert not (ws / "public/pagefind").exists()
    assert (ws / "public/verslagen/a.html").is_file()


@needs_pagefind
def test_search_can_be_turned_off(tmp_path):
    ws = make_workspace(tmp_path / "ws", config="site:\n  title: T\noutputs: [html]\nhtml:\n  search: false\n")
    result = build(ws)
    assert result.ok and not any("Pagefind" in p.message for p in result.all_problems)
    assert not (ws / "public/pagefind").exists() and "pagefind" not in (ws / "public/index.html").read_text()


@needs_pagefind
def test_turning_search_off_removes_the_index(tmp_path):
    ws = make_workspace(tmp_path / "ws")
    build(ws)
    assert index_files(ws)
    write(ws / "config/perskamer.yaml", "site:\n  title: T\noutputs: [html, json]\nhtml:\n  search: false\n")
    build(ws)
    assert not index_files(ws) and not (ws / "public/pagefind").exists()


@needs_pagefind
def test_watch_makes_the_index_in_the_slow_lane(tmp_path, monkeypatch):
    monkeypatch.setattr(search, "Early", lambda make: pytest.fail("watch started the index with the pages"))
    ws = make_workspace(tmp_path / "ws")
    watcher = Watcher(default_factory(ws / "config" / "perskamer.yaml"), log=lambda line: None)
    watcher.start()
    try:
        watcher.wait_idle(30)
        before = index_files(ws)
        assert before
        count = watcher.count
        write(ws / "content/a.md", report_md("Sessie Alfa", body="Over de fietsbibliotheek in Leuven."))
        rebuild = watcher.wait_for_rebuild(30, after=count, slow=True)
        # the pages were online first; the index followed in the slow lane
        assert rebuild.pages_done is not None and rebuild.slow_done >= rebuild.pages_done
        after = index_files(ws)
        assert after != before and all((ws / "public" / f).is_file() for f in after)
        fragments = b"".join(gzip.decompress(p.read_bytes()) for p in (ws / "public/pagefind/fragment").iterdir())
        assert b"fietsbibliotheek" in fragments
        assert not [f for f in before - after if (ws / "public" / f).exists()]
    finally:
        watcher.stop()


def test_a_set_may_only_hold_files_in_its_folder(tmp_path):
    ws = make_workspace(tmp_path / "ws")
    builder = default_factory(ws / "config" / "perskamer.yaml")()
    result = BuildResult()
    builder._render_jobs = {}
    files = builder._expand(Artifact("zoek/", output="x", expand=lambda: [Artifact("zoek/a.js", b"a"), Artifact("index.html", b"evil")]), result)
    assert [f.path for f in files] == ["zoek/a.js"]
    assert any("index.html is not a file in zoek/" in p.message for p in result.problems)
    # a failing set is an error naming it, not a crash
    result = BuildResult()
    assert builder._expand(Artifact("zoek/", output="x", expand=lambda: 1 / 0), result) == []
    assert any("could not render zoek/" in p.message for p in result.problems)


class BlockFragmentsOf:
    """A guard that stops the fragment of one report (as the leak guard would)."""

    def __init__(self, slug: str):
        self.slug = slug
        self.seen: list[tuple[str, str | None]] = []

    @hookimpl
    def perskamer_inspect_artifact(self, artifact, text, reports, context):
        if artifact.path.startswith("pagefind/"):
            self.seen.append((artifact.path, artifact.report))
        if artifact.path.startswith("pagefind/fragment/") and artifact.report == self.slug:
            return [Problem("error", "test: blocked")]
        return []


@needs_pagefind
def test_a_fragment_the_guard_stops_keeps_the_whole_index_unpublished(tmp_path):
    ws = make_workspace(tmp_path / "ws")
    guard = BlockFragmentsOf("b")
    result = factory_with(ws, guard)().build()
    # each fragment was read as its own report's text, and before the word index
    fragments = [(p, r) for p, r in guard.seen if p.startswith("pagefind/fragment/")]
    assert {r for _p, r in fragments} <= {"a", "b"} and "b" in {r for _p, r in fragments}
    assert any("pagefind/ is not published" in p.message for p in result.problems)
    assert not [p for p in index_files(ws) if p.startswith(("pagefind/index/", "pagefind/pagefind-entry"))]
    assert not (ws / "public/pagefind/pagefind-entry.json").exists()
    assert (ws / "public/verslagen/a.html").is_file()


@needs_pagefind
def test_the_same_site_gives_the_same_index_bytes(tmp_path):
    """Pagefind writes filters in hash-map order; pagefind_canon sorts them (else every build rewrote the index)."""
    reports = {
        "a.md": report_md("Sessie Alfa", body="Vrijwilligers in de jeugdbeweging: engagement en vorming van leiding."),
        "b.md": report_md("Sessie Beta", body="Het jeugdhuis als lokaal: infrastructuur, gebouwen en terreinen delen."),
        "c.md": report_md("Sessie Gamma", body="Mentaal welzijn op kamp: heimwee, stress en een luisterend oor."),
        "d.md": report_md("Sessie Delta", body="Jongeren aan de beleidstafel: inspraak en participatie in de gemeente."),
    }
    config = "site:\n  title: T\noutputs: [html]\n"
    builds = []
    for name in ("een", "twee", "drie"):
        ws = make_workspace(tmp_path / name, reports, config=config)
        shutil.copy(ROOT / "config/ambitions.yaml", ws / "config/ambitions.yaml")
        assert build(ws).ok
        builds.append({p: (ws / "public" / p).read_bytes() for p in index_files(ws)})
    assert builds[0] == builds[1] == builds[2]
    filters = [gzip.decompress(data) for p, data in builds[0].items() if p.startswith("pagefind/filter/")]
    assert any(f.count(b"\x82") >= 4 for f in filters), "the ambitie filter should hold several values"
    entry = json.loads(builds[0]["pagefind/pagefind-entry.json"])
    assert f"pagefind/pagefind.{entry['languages']['nl']['hash']}.pf_meta" in builds[0]



def _cli_build(ws: Path, monkeypatch) -> int:
    from perskamer.cli import main

    monkeypatch.chdir(ws)
    return main(["build", "-q"])


def _fragments(ws: Path) -> bytes:
    return b"".join(gzip.decompress(p.read_bytes()) for p in sorted((ws / "public/pagefind/fragment").iterdir()))


@needs_pagefind
def test_perskamer_build_starts_the_index_early_and_writes_the_same_index(tmp_path, monkeypatch):
    """``perskamer build`` makes the index in a thread from the moment the collections are rendered; same files."""
    started = []
    monkeypatch.setattr(search, "Early", lambda make, _early=search.Early: started.append(make) or _early(make))
    texts = {"a.md": report_md("Sessie Alfa", body="De speelpleinwerking in Kortrijk."), "b.md": report_md("Sessie Beta", body="Over de jeugdraad.")}
    late, early = make_workspace(tmp_path / "late", texts), make_workspace(tmp_path / "early", texts)
    assert build(late).ok and not started  # a plain Builder.build() makes it when asked
    assert _cli_build(early, monkeypatch) == 0 and len(started) == 1
    assert {p: (late / "public" / p).read_bytes() for p in index_files(late)} == {p: (early / "public" / p).read_bytes() for p in index_files(early)}


@needs_pagefind
def test_what_the_early_index_reads_is_recorded(tmp_path, monkeypatch):
    """The thread reads the record template through the context: a new override makes a new index."""
    ws = make_workspace(tmp_path / "ws", {"a.md": report_md("Sessie Alfa", body="De speelpleinwerking in Kortrijk.")})
    assert _cli_build(ws, monkeypatch) == 0
    before = index_files(ws)
    record = (ROOT / "plugins/output_html/templates/search_record.html").read_text(encoding="utf-8")
    (ws / "templates").mkdir(exist_ok=True)
    write(ws / "templates/search_record.html", record.replace("<main data-pagefind-body>", "<main data-pagefind-body><p>Zoekwoordvandeoverride</p>"))
    assert _cli_build(ws, monkeypatch) == 0
    assert index_files(ws) != before and b"Zoekwoordvandeoverride" in _fragments(ws)


@needs_pagefind
def test_an_early_index_that_fails_is_an_error_and_the_pages_are_written(tmp_path, monkeypatch, capsys):
    def broken(records, language, binary):
        raise RuntimeError("pagefind exited with 1: boom")

    monkeypatch.setattr(search, "index_files", broken)
    ws = make_workspace(tmp_path / "ws")
    assert _cli_build(ws, monkeypatch) == 1
    assert "could not render pagefind/: RuntimeError: pagefind exited with 1: boom" in capsys.readouterr().err
    assert (ws / "public/verslagen/a.html").is_file() and not index_files(ws)


@needs_pagefind
def test_each_render_hands_its_search_record_to_the_index(tmp_path, monkeypatch):
    """The index takes the record the report's render made from the page's view: none is made twice, same bytes."""
    made = []
    original = output_html.search_record
    monkeypatch.setattr(output_html, "search_record", lambda report, context: made.append(isinstance(report, dict)) or original(report, context))
    ws = make_workspace(tmp_path / "ws", {"a.md": report_md("Sessie Alfa", body="De *speelpleinwerking* in Kortrijk."), "b.md": report_md("Sessie Beta")})
    builder = default_factory(ws / "config" / "perskamer.yaml")()
    result = builder.build()
    assert result.ok and made == [True, True]  # by the two renders, from their views; none again for the index
    for report in result.published:
        assert builder.context.handed(report, output_html.SEARCH_RECORD) == original(report, builder.context)
    assert b"speelpleinwerking" in _fragments(ws)
    # a second build renders a.md only (b's page is reused): b's record is made for the index
    made.clear()
    write(ws / "content/a.md", report_md("Sessie Alfa", body="Nu over de skatebaan in Hasselt."))
    assert builder.build().ok and made == [True, False]
    assert b"skatebaan" in _fragments(ws) and b"Sessie Beta" in _fragments(ws)


@needs_pagefind
def test_a_record_made_for_the_index_is_made_once_per_report_version(tmp_path, monkeypatch):
    """Watch's slow lane needs every report's record on each save: an unchanged report's is remembered."""
    pages = []
    original = output_html._record_page
    monkeypatch.setattr(output_html, "_record_page", lambda view, context: pages.append(view["title"]) or original(view, context))
    ws = make_workspace(tmp_path / "ws", {"a.md": report_md("Sessie Alfa"), "b.md": report_md("Sessie Beta", body="Over de jeugdraad.")})
    builder = default_factory(ws / "config" / "perskamer.yaml")()
    assert builder.build().ok and sorted(pages) == ["Sessie Alfa", "Sessie Beta"]
    for number, (body, made) in enumerate([("Over de skatebaan.", ["Sessie Alfa", "Sessie Beta"]), ("Over het speelplein.", ["Sessie Alfa"])]):
        pages.clear()
        write(ws / "content/a.md", report_md("Sessie Alfa", body=body))
        assert builder.build().ok and pages == made, number  # b: made again once (its render was reused), then remembered
        assert body.split()[-1].rstrip(".").encode() in _fragments(ws) and b"jeugdraad" in _fragments(ws)
    # remembered for this report version in this site only: another site config makes it again
    result = builder.build()
    beta = next(r for r in result.published if r.title == "Sessie Beta")
    pages.clear()
    assert output_html.search_record(beta, builder.context) and pages == []
    write(ws / "config/perskamer.yaml", CONFIG.replace("Testcongres", "Ander congres"))
    other = default_factory(ws / "config" / "perskamer.yaml")()
    assert output_html.search_record(beta, other.context) and pages == ["Sessie Beta"]


@needs_pagefind
def test_an_index_started_early_for_a_report_the_guard_then_withholds_is_not_published(tmp_path, monkeypatch):
    """The guard withholds a report for its card in the index: the collections, and an early index, are made again without it."""
    started = []
    monkeypatch.setattr(search, "Early", lambda make, _early=search.Early: started.append(make) or _early(make))
    ws = make_workspace(tmp_path / "ws", {"a.md": report_md("Sessie Alfa Verboden"), "b.md": report_md("Sessie Beta", body="Over de jeugdraad.")},
                        config=CONFIG + "plugins: [stopper]\n")
    (ws / "plugins").mkdir()
    write(ws / "plugins/stopper.py", (
        "from perskamer.hookspecs import hookimpl\nfrom perskamer.model import Problem\n\nPLUGIN_NAME = 'stopper'\n\n\n"
        "@hookimpl\ndef perskamer_inspect_artifact(artifact, text, reports, context):\n"
        "    if artifact.path == 'index.html' and 'Verboden' in text:\n"
        "        return [Problem('error', 'a forbidden word in the index', file=artifact.path, plugin='stopper')]\n"
    ))
    assert _cli_build(ws, monkeypatch) == 1
    assert len(started) == 2  # one index per round of the collections; the first one's is never written
    fragments = _fragments(ws)
    assert b"jeugdraad" in fragments and b"Verboden" not in fragments and b"verslagen/a.html" not in fragments


@needs_pagefind
def test_the_temporary_site_goes_to_memory_when_there_is_room(tmp_path, monkeypatch):
    """Pagefind's temporary site: in the scratch folder (tmpfs) with room, else the system's temp folder; same index."""
    records = [("verslagen/a.html", "<html lang='nl'><body><main data-pagefind-body><h1>Sessie Alfa</h1><p>Over de jeugdraad.</p></main></body></html>", "a")]
    scratch, elsewhere = tmp_path / "scratch", tmp_path / "tmp"
    scratch.mkdir(), elsewhere.mkdir()
    monkeypatch.setattr(search, "SCRATCH", str(scratch))
    monkeypatch.setattr(search.tempfile, "tempdir", str(elsewhere))
    used = []
    original = search.tempfile.mkdtemp
    monkeypatch.setattr(search.tempfile, "mkdtemp", lambda **kw: used.append(kw.get("dir")) or original(**kw))
    binary = search.pagefind_binary()
    in_memory = {a.path: a.data for a in search.index_files(records, "nl", binary)}
    assert used == [str(scratch)] and not list(scratch.iterdir())  # removed after
    monkeypatch.setattr(search.shutil, "disk_usage", lambda path: SimpleNamespace(free=1024))  # no room
    assert {a.path: a.data for a in search.index_files(records, "nl", binary)} == in_memory and used[-1] is None
    monkeypatch.setattr(search, "SCRATCH", str(tmp_path / "missing"))
    assert search.scratch_folder(10) is None
