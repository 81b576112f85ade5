"""The guard reads each report's fragment of a collection once (issue 13 item 3).

The index and the theme pages declare the per-report fragments they embed (a
report's card, its item in a list of titles). The core reads each fragment as that
report's own text, remembers what passed (by the text and the report's identity), and
reads the collection's own text (outside the fragments) against every report. These
tests hold the privacy side of that: a leak in a fragment withholds exactly its report,
a leak in the collection's own text blocks the collection, a report taken from the
cache of an earlier build is read again by a new process, every character of a
collection is read at least once, and watch withholds a report whose card leaks.

The guard here is a spy that records what it read and stops a marker word, so the
tests are about how the core calls the guard (the anonymiser's rules have their own).
"""

from __future__ import annotations

import re
import time

from perskamer.build import Builder
from perskamer.cache import BuildCache
from perskamer.fragments import CUT, cut_fragments
from perskamer.hookspecs import hookimpl
from perskamer.model import Problem
from perskamer.testing import SAMPLE_REPORTS, Workspace
from perskamer.watch import Watcher

STOPPED = "discord-als-jeugdhuis"
OTHER = "jongeren-aan-tafel"
MARKER = "Verboden"
CONFIG = {"outputs": ["html"], "html": {"search": False}}


class SpyGuard:
    """Records every text it reads; stops ``marker`` in the collections it is told to watch."""

    PLUGIN_NAME = "spyguard"

    def __init__(self, marker: str = MARKER, where: tuple[str, ...] = ("index.html", "thema/")):
        self.marker = marker
        self.where = where
        self.calls: list[tuple[str, str | None, str, list[str]]] = []

    @hookimpl
    def perskamer_inspect_artifact(self, artifact, text, reports):
        # a collection's own text comes with its fragments declared; a fragment without
        part = "own" if artifact.fragments is not None else "fragment" if artifact.report is None else artifact.report
        self.calls.append((artifact.path, part, text, [r.slug for r in reports]))
        if self.marker in text and artifact.path.startswith(self.where):
            return [Problem("error", f"a forbidden word appears in {artifact.path}", file=artifact.path, plugin="spyguard")]
        return None

    def read(self, path: str) -> list[tuple[str, str, list[str]]]:
        return [(part, text, slugs) for p, part, text, slugs in self.calls if p == path]


def retitle(ws: Workspace, slug: str, title: str) -> None:
    name = f"{slug}.md"
    text = re.sub(r'^title: .*$', f'title: "{title}"', SAMPLE_REPORTS[name], count=1, flags=re.M)
    ws.add_report(name, text)


def cached_builder(ws: Workspace, *plugins) -> Builder:
    config, host = ws.open(list(plugins))
    return Builder(config, host, cache=BuildCache.for_config(config))


def test_cut_fragments_cuts_what_it_finds_in_order_and_leaves_the_rest():
    text = "<h1>Kop</h1><li>A</li><p>tussen</p><li>B</li><li>C</li><footer>voet</footer>"
    outside, found = cut_fragments(text, [("a", "<li>A</li>"), ("b", "<li>B</li>"), ("x", "<li>niet daar</li>"), ("c", "<li>C</li>")])
    assert found == [("a", "<li>A</li>"), ("b", "<li>B</li>"), ("c", "<li>C</li>")]
    assert outside.split(CUT) == ["<h1>Kop</h1>", "<p>tussen</p>", "<footer>voet</footer>"]
    # declared out of order: the later one is not found after the earlier, and stays in the own text
    outside, found = cut_fragments(text, [("b", "<li>B</li>"), ("a", "<li>A</li>")])
    assert found == [("b", "<li>B</li>")] and "<li>A</li>" in outside


def test_the_index_declares_each_report_card_and_title_item_as_its_fragments(tmp_path):
    run = Workspace(tmp_path, config=CONFIG).build()
    index = run.artifact("index.html")
    text = index.get_bytes().decode("utf-8")
    slugs = {slug for slug, _fragment in index.fragments}
    assert {STOPPED, OTHER} <= slugs
    outside, found = cut_fragments(text, index.fragments)
    assert len(found) == len(index.fragments)  # every declared fragment is where it says
    assert "Discord als jeugdhuis" not in outside  # the titles are in the fragments
    theme = next(a for a in run.result.plan.collections if a.path.startswith("thema/") and a.fragments)
    assert len(cut_fragments(theme.get_bytes().decode("utf-8"), theme.fragments)[1]) == len(theme.fragments)


def test_a_leak_in_a_fragment_withholds_exactly_its_report(tmp_path):
    ws = Workspace(tmp_path, config=CONFIG)
    retitle(ws, STOPPED, f"Discord als {MARKER} jeugdhuis")
    spy = SpyGuard(where=("index.html",))  # only the index objects: the report's page passes
    run = ws.build(spy, write=True)
    assert [o.source for o in run.result.withheld] == [f"{STOPPED}.md"]
    index = (ws.output_dir / "index.html").read_text(encoding="utf-8")
    assert MARKER not in index and f"verslagen/{OTHER}.html" in index
    assert "index.html" not in run.result.blocked
    assert not (ws.output_dir / f"verslagen/{STOPPED}.html").exists()
    # the guard read the card as the report's own text, against that report alone
    assert any(part == "fragment" and MARKER in text and slugs == [STOPPED] for part, text, slugs in spy.read("index.html"))
    (problem,) = [p for p in run.errors if p.file == f"{STOPPED}.md"]
    assert "withheld from every output" in problem.message and "index.html" in problem.message


def test_a_leak_in_the_collections_own_text_blocks_that_collection_only(tmp_path):
    ws = Workspace(tmp_path, config=CONFIG)
    spy = SpyGuard(marker="Alle verslagen", where=("index.html",))  # a heading of the index itself
    run = ws.build(spy, write=True)
    assert run.result.withheld == []
    assert "index.html" in run.result.blocked and not (ws.output_dir / "index.html").exists()
    assert (ws.output_dir / f"verslagen/{OTHER}.html").is_file()
    assert any(p.path.startswith("thema/") for p in run.result.plan.collections)


def seen_by_guard(spy: SpyGuard, path: str) -> str:
    return "\n".join(text for _report, text, _slugs in spy.read(path))


def test_a_save_reads_only_the_changed_card_and_every_character_at_least_once(tmp_path):
    ws = Workspace(tmp_path, config=CONFIG)
    spy = SpyGuard(marker="\0never")
    builder = cached_builder(ws, spy)
    first = builder.build()
    assert first.ok
    everything_first = seen_by_guard(spy, "index.html")
    spy.calls.clear()
    time.sleep(0.01)
    retitle(ws, OTHER, "Jongeren weer aan tafel")
    builder.fresh_context()
    second = builder.build()
    assert second.ok and "index.html" in second.written
    calls = spy.read("index.html")
    # the changed report's card and title item: read against that report
    assert [slugs for part, _text, slugs in calls if part == "fragment"] == [[OTHER]]
    assert "Jongeren weer aan tafel" in next(text for part, text, _slugs in calls if part == "fragment")
    # the index's own text: against the changed report only (it passed for the others already)
    own = [slugs for part, _text, slugs in calls if part == "own"]
    assert own in ([], [[OTHER]])
    # every character of the new index was read, in this build or (unchanged) in the first
    index = next(a for a in second.plan.collections if a.path == "index.html")
    outside, found = cut_fragments(index.get_bytes().decode("utf-8"), index.fragments)
    seen = everything_first + "\n" + seen_by_guard(spy, "index.html")
    assert all(fragment in seen for _slug, fragment in found)
    assert all(piece in seen for piece in outside.split(CUT))


def test_a_report_from_an_earlier_builds_cache_is_read_again_by_a_new_process(tmp_path):
    ws = Workspace(tmp_path, config=CONFIG)
    retitle(ws, STOPPED, f"Discord als {MARKER} jeugdhuis")
    assert cached_builder(ws, SpyGuard(marker="\0never")).build().ok
    # a new process (new builder, empty memo) with a guard that now objects; another
    # report changed, so the index is made again: the report comes from the cache, and
    # its card is read again
    time.sleep(0.01)
    retitle(ws, OTHER, "Jongeren weer aan tafel")
    spy = SpyGuard(where=("index.html",))
    result = cached_builder(ws, spy).build()
    assert result.processed == 1
    assert [o.source for o in result.withheld] == [f"{STOPPED}.md"]
    assert MARKER not in (ws.output_dir / "index.html").read_text(encoding="utf-8")


def test_watch_withholds_a_report_whose_card_leaks_and_publishes_it_again_when_fixed(tmp_path):
    ws = Workspace(tmp_path, config=CONFIG)
    spy = SpyGuard(where=("index.html", "thema/"))

    def factory() -> Builder:
        return cached_builder(ws, spy)

    watcher = Watcher(factory, log=lambda line: None)
    watcher.start()
    try:
        index = ws.output_dir / "index.html"
        assert f"verslagen/{STOPPED}.html" in index.read_text(encoding="utf-8")
        before = watcher.count
        retitle(ws, STOPPED, f"Discord als {MARKER} jeugdhuis")
        rebuild = watcher.wait_for_rebuild(15, after=before)
        watcher.wait_idle(15)
        assert [o.source for o in rebuild.result.withheld] == [f"{STOPPED}.md"]
        text = index.read_text(encoding="utf-8")
        assert MARKER not in text and f"verslagen/{OTHER}.html" in text
        for page in ws.output_dir.glob("thema/*.html"):
            assert MARKER not in page.read_text(encoding="utf-8"), page
        before = watcher.count
        retitle(ws, STOPPED, "Discord als online jeugdhuis")
        watcher.wait_for_rebuild(15, after=before)
        watcher.wait_idle(15)
        assert "Discord als online jeugdhuis" in index.read_text(encoding="utf-8")
    finally:
        watcher.stop()


def test_the_digest_made_after_the_pages_is_made_again_without_the_report_the_guard_stops(tmp_path, monkeypatch, capsys):
    """``perskamer build`` makes the digest after the pages (as watch's slow lane does): a
    problem the guard finds only there leaves that report out of the digest, instead of
    holding the whole digest back."""
    from perskamer.cli import main

    ws = Workspace(tmp_path, config={"outputs": ["html", "json", "digest"], "html": {"search": False}, "plugins": ["digestguard_plugin"]})
    (tmp_path / "plugins").mkdir()
    (tmp_path / "plugins/digestguard_plugin.py").write_text(
        "from perskamer.hookspecs import hookimpl\n"
        "from perskamer.model import Problem\n"
        "PLUGIN_NAME = 'digestguard'\n"
        "@hookimpl\n"
        "def perskamer_inspect_artifact(artifact, text, reports):\n"
        f"    if artifact.path.startswith('digest/') and {STOPPED!r} in [r.slug for r in reports] and 'Discord' in text:\n"
        "        return [Problem('error', f'a forbidden word appears in {artifact.path}', file=artifact.path, plugin=PLUGIN_NAME)]\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    assert main(["build", "--config", str(ws.config_path)]) == 1
    text = "".join(capsys.readouterr())
    assert f"{STOPPED}.md" in text and "left out of digest/" in text
    for name in ["index.html", "digest-email.html", "digest.txt", "digest.eml"]:
        path = ws.output_dir / "digest" / name
        assert path.is_file(), name
        body = path.read_text(encoding="utf-8", errors="replace")
        assert "Discord als jeugdhuis" not in body, name
    assert "Jongeren aan tafel" in (ws.output_dir / "digest/digest.txt").read_text(encoding="utf-8")
    # its own pages passed their own guard and stay
    assert (ws.output_dir / f"verslagen/{STOPPED}.html").is_file()


def test_the_json_index_declares_each_reports_entry(tmp_path):
    import json

    from perskamer.plugins.output_json import dumps

    run = Workspace(tmp_path, config={"outputs": ["json"]}).build()
    index = run.artifact("data/index.json")
    assert index.get_bytes() == dumps(json.loads(index.get_bytes()))  # composed, yet exactly the JSON of the data
    outside, found = cut_fragments(index.get_bytes().decode("utf-8"), index.fragments)
    assert len(found) == len(index.fragments) == 3
    assert "Discord als jeugdhuis" not in outside


def test_the_bundle_declares_each_reports_printed_pages(tmp_path):
    run = Workspace(tmp_path, config={"outputs": ["bundle"]}).build()
    bundle = run.artifact("pdf/verslagen.pdf")
    bundle.get_bytes()  # made when written
    outside, found = cut_fragments(bundle.text_for_scan(), bundle.fragments)
    assert len(found) == len(bundle.fragments) == 3
    assert {slug for slug, _html in found} == {STOPPED, OTHER, "een-lokaal-voor-iedereen"}
    assert "Discord als jeugdhuis" in outside  # the contents page: read against every report
