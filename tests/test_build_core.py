"""The pipeline's own guarantees, with a minimal reader so they hold for any reader.

(End-to-end builds of the real sample workspace are in test_build_sample.py.)
"""

from __future__ import annotations

import datetime
import json
import os
from pathlib import Path

import pytest

from perskamer.build import Builder
from perskamer.config import load_config
from perskamer.hookspecs import hookimpl
from perskamer.model import Problem, Quote, Report
from perskamer.pluginhost import PluginHost


class LineReader:
    """Reads `.rep` files: first line title, then `> quote` lines and text."""

    PLUGIN_NAME = "line-reader"

    @hookimpl
    def perskamer_source_suffixes(self):
        return [".rep"]

    @hookimpl
    def perskamer_read_source(self, source, context):
        if source.suffix != ".rep":
            return None
        text = source.data.decode("utf-8")
        lines = text.splitlines()
        report = Report(source=source.rel, slug=source.stem, format="rep", title=lines[0].strip(), date=datetime.date(2023, 6, 6))
        body = [line for line in lines[1:] if not line.startswith(">")]
        report.sections["summary"] = "\n".join(body)
        report.quotes = [Quote(line[1:].strip()) for line in lines[1:] if line.startswith(">")]
        report.sections["quotes"] = "\n".join(q.text for q in report.quotes)
        if "BROKEN" in text:
            report.problem("error", "this report is broken", line=2, hint="fix it")
        if "DRAFT" in text:
            report.meta["status"] = "draft"
        return report


def make_builder(tmp_path: Path, *plugins, outputs=("html", "json"), **kwargs) -> Builder:
    (tmp_path / "content").mkdir(exist_ok=True)
    config = load_config(None, workspace=tmp_path)
    host = PluginHost()
    host.load_builtins()
    host.register(LineReader())
    for plugin in plugins:
        host.register(plugin)
    return Builder(config, host, outputs=outputs, **kwargs)


def add(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / "content" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_one_bad_report_never_stops_the_others(tmp_path):
    add(tmp_path, "a.rep", "Goede sessie\nHet was fijn.\n")
    add(tmp_path, "b.rep", "Kapotte sessie\nBROKEN\n")
    add(tmp_path, "c.rep", "Nog een sessie\nOok fijn.\n")
    result = make_builder(tmp_path).build()
    assert [r.slug for r in result.reports] == ["a", "c"]
    assert not result.ok
    (failed,) = result.failed
    assert failed.source == "b.rep"
    assert failed.problems[0].line == 2
    out = tmp_path / "public"
    assert (out / "verslagen/a.html").is_file() and (out / "verslagen/c.html").is_file()
    assert not (out / "verslagen/b.html").exists()
    index = json.loads((out / "data/index.json").read_text())
    assert [r["slug"] for r in index["reports"]] == ["a", "c"]


def test_sources_are_never_written(tmp_path):
    add(tmp_path, "a.rep", "Sessie\ntekst\n")
    before = snapshot(tmp_path / "content")
    stat_before = {p: os.stat(p).st_mtime_ns for p in (tmp_path / "content").rglob("*")}
    make_builder(tmp_path).build()
    assert snapshot(tmp_path / "content") == before
    assert {p: os.stat(p).st_mtime_ns for p in (tmp_path / "content").rglob("*")} == stat_before


@pytest.mark.parametrize(
    "name,data,message",
    [
        ("empty.rep", b"  \n", "empty"),
        ("notes.xyz", b"hello", "unknown file type"),
    ],
)
def test_bad_files_get_one_clear_problem(tmp_path, name, data, message):
    add(tmp_path, "ok.rep", "Sessie\ntekst\n")
    (tmp_path / "content" / name).write_bytes(data)
    result = make_builder(tmp_path).build()
    problems = [p for p in result.all_problems if p.file == name]
    assert len(problems) == 1 and message in problems[0].message
    assert [r.slug for r in result.reports] == ["ok"]


def test_size_limit(tmp_path):
    add(tmp_path, "big.rep", "Groot\n" + "x" * (2 * 1024 * 1024))
    (tmp_path / "config").mkdir()
    (tmp_path / "config/perskamer.yaml").write_text("limits:\n  max_source_mb: 1\n")
    config = load_config(tmp_path / "config/perskamer.yaml")
    host = PluginHost()
    host.load_builtins()
    host.register(LineReader())
    result = Builder(config, host).build()
    (failed,) = result.failed
    assert "MB" in failed.problems[0].message and failed.problems[0].hint


def test_file_that_disappears_mid_build(tmp_path, monkeypatch):
    add(tmp_path, "a.rep", "Sessie A\nTekst.\n")
    gone = add(tmp_path, "b.rep", "Sessie B\nTekst.\n")
    builder = make_builder(tmp_path)
    real_discover = builder.discover

    def discover_then_delete():
        found = real_discover()
        gone.unlink()
        return found

    monkeypatch.setattr(builder, "discover", discover_then_delete)
    result = builder.build()
    (failed,) = result.failed
    assert "disappeared" in failed.problems[0].message
    assert [r.slug for r in result.reports] == ["a"]


def test_drafts_are_skipped_unless_asked(tmp_path):
    add(tmp_path, "a.rep", "Sessie\nDRAFT\n")
    result = make_builder(tmp_path).build()
    assert result.reports == [] and result.ok
    assert [o.status for o in result.outcomes] == ["draft"]
    result = make_builder(tmp_path, drafts=True).build()
    assert [r.slug for r in result.reports] == ["a"]


def test_hostile_text_is_escaped_in_html(tmp_path):
    add(tmp_path, "x.rep", '<script>alert(1)</script> titel\n<img src=x onerror=alert(1)> [klik](javascript:alert(1)) [ok](https://example.org)\n> "<b>citaat</b>"\n')
    make_builder(tmp_path).build()
    page = (tmp_path / "public/verslagen/x.html").read_text()
    assert "<script" not in page and "&lt;script&gt;alert(1)" in page
    assert "<img src=x" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert 'href="javascript' not in page
    assert '<a href="https://example.org" rel="noopener noreferrer nofollow">ok</a>' in page
    assert "&lt;b&gt;citaat&lt;/b&gt;" in page and "<b>citaat" not in page


def test_removed_report_disappears_and_unchanged_files_are_not_rewritten(tmp_path):
    add(tmp_path, "a.rep", "Sessie A\nTekst.\n")
    b = add(tmp_path, "b.rep", "Sessie B\nTekst.\n")
    first = make_builder(tmp_path).build()
    assert "verslagen/b.html" in first.written
    second = make_builder(tmp_path).build()
    assert second.written == [] and second.unchanged == len(first.written)
    b.unlink()
    third = make_builder(tmp_path).build()
    assert "verslagen/b.html" in third.removed and "data/b.json" in third.removed
    assert not (tmp_path / "public/verslagen/b.html").exists()
    assert "Sessie B" not in (tmp_path / "public/index.html").read_text()


def test_failed_report_keeps_its_last_good_page(tmp_path):
    a = add(tmp_path, "a.rep", "Sessie A\ngoed\n")
    make_builder(tmp_path).build()
    a.write_text("Sessie A\nBROKEN\n")
    result = make_builder(tmp_path).build()
    assert not result.ok
    assert (tmp_path / "public/verslagen/a.html").is_file()


def test_clashing_slugs_are_both_held_back(tmp_path):
    add(tmp_path, "x/zelfde.rep", "Een\nTekst.\n")
    add(tmp_path, "y/zelfde.rep", "Twee\nTekst.\n")
    result = make_builder(tmp_path).build()
    assert any("two reports would be published as 'zelfde'" in p.message for p in result.problems)
    assert not (tmp_path / "public/verslagen/zelfde.html").exists()


def test_inspect_hook_blocks_an_artefact(tmp_path):
    class Guard:
        PLUGIN_NAME = "guard"

        @hookimpl
        def perskamer_inspect_artifact(self, artifact, text, reports, context):
            if "GEHEIM" in text:
                return [Problem("error", f"secret in {artifact.path}", plugin="guard")]
            return None

    add(tmp_path, "a.rep", "Sessie\nGEHEIM\n")
    add(tmp_path, "b.rep", "Andere sessie\nopenbaar\n")
    result = make_builder(tmp_path, Guard()).build()
    assert "verslagen/a.html" in result.blocked and "data/a.json" in result.blocked
    assert not (tmp_path / "public/verslagen/a.html").exists()
    assert (tmp_path / "public/verslagen/b.html").exists()
    assert not result.ok


def test_a_crashing_plugin_is_named_and_skipped(tmp_path):
    class Crash:
        PLUGIN_NAME = "crashy"

        @hookimpl
        def perskamer_render_report(self, report, context):
            raise RuntimeError("kapot")

    add(tmp_path, "a.rep", "Sessie\nTekst.\n")
    result = make_builder(tmp_path, Crash()).build()
    problem = next(p for p in result.problems if p.plugin == "crashy")
    assert "crashy" in problem.message and problem.file == "a.rep"
    assert (tmp_path / "public/verslagen/a.html").is_file()


def test_hidden_and_temp_files_are_ignored(tmp_path):
    add(tmp_path, "a.rep", "Sessie\nTekst.\n")
    add(tmp_path, ".a.rep.swp", "x")
    add(tmp_path, "~$verslag.docx", "x")
    add(tmp_path, "_concepten/b.rep", "Concept\nTekst.\n")
    result = make_builder(tmp_path).build()
    assert [r.slug for r in result.reports] == ["a"]
    assert result.all_problems == []


def test_no_temp_files_left_in_output(tmp_path):
    for i in range(5):
        add(tmp_path, f"r{i}.rep", f"Sessie {i}\nTekst.\n")
    make_builder(tmp_path).build()
    assert not [p for p in (tmp_path / "public").rglob(".tmp-*")]


def test_building_some_outputs_leaves_the_others_alone(tmp_path):
    add(tmp_path, "a.rep", "Sessie A\nTekst.\n")
    make_builder(tmp_path).build()
    assert (tmp_path / "public/verslagen/a.html").is_file() and (tmp_path / "public/data/a.json").is_file()
    result = make_builder(tmp_path, outputs=("json",)).build()
    assert result.removed == []
    assert (tmp_path / "public/verslagen/a.html").is_file()
    # ... while the outputs that are built are still cleaned up after.
    (tmp_path / "content/a.rep").unlink()
    add(tmp_path, "b.rep", "Sessie B\nTekst.\n")
    result = make_builder(tmp_path, outputs=("json",)).build()
    assert "data/a.json" in result.removed
    assert (tmp_path / "public/verslagen/a.html").is_file()  # html was not built this time
