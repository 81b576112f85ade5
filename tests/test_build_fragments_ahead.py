"""A report's fragments of the collections (its card and list item on the home page, its
card on a theme page, its entry in data/index.json) are rendered and read by the leak
guard in the worker process that renders the report (BuildContext.guard_fragments_ahead).
The main process takes the worker's verdict only when the guard found nothing at all in
exactly the text the collection declares for exactly that report object under that
collection's path, output and media type; it reads anything else itself, so a piece the
worker did not pass (or did not see) is still stopped in the collection."""

from __future__ import annotations

import os

import pytest
from test_build_guard_ahead import _build

from perskamer.build import Builder, FragmentsPassed, fragments_key
from perskamer.fragments import CUT
from perskamer.hookspecs import hookimpl
from perskamer.model import Artifact, Problem, Report

COLLECTIONS = ("index.html", "thema/", "data/index.json")


def _main_process_piece_reads(monkeypatch) -> list[tuple[str, str]]:
    """(collection path, text) of each report fragment the guard reads in this (the main) process."""
    seen: list[tuple[str, str]] = []
    me = os.getpid()
    original = Builder._guard

    def counting(self, artifact, text, reports):
        if os.getpid() == me and artifact.path.startswith(COLLECTIONS) and artifact.fragments is None:
            seen.append((artifact.path, text))
        return original(self, artifact, text, reports)

    monkeypatch.setattr(Builder, "_guard", counting)
    return seen


@pytest.mark.slow
def test_the_main_process_does_not_read_the_fragments_the_workers_passed(tmp_path, monkeypatch, capsys):
    seq_code, seq_files, seq_err = _build(tmp_path, "seq", monkeypatch, capsys, "0")
    seen = _main_process_piece_reads(monkeypatch)
    par_code, par_files, par_err = _build(tmp_path, "par", monkeypatch, capsys, "2")
    assert seq_code == par_code == 0
    assert seq_files == par_files
    assert sum(1 for name in par_files if name.startswith("verslagen/")) >= 15
    # the first report is processed here, before the workers start: its pieces are read here (in its prerender)
    assert len({text for _path, text in seen}) <= 3, seen


def _objecting_guard(monkeypatch, victim: str, where: str) -> None:
    """A guard that stops any text holding ``victim``'s page link, read as part of the collection ``where``
    (so the report's own page passes: only its piece of that collection is stopped)."""
    original = Builder._guard

    def objecting(self, artifact, text, reports):
        found = original(self, artifact, text, reports)
        if artifact.path == where and f"verslagen/{victim}.html" in text:
            found = [*found, Problem("error", f"test: {victim} stopped in {artifact.path}", file=artifact.path, plugin="test")]
        return found

    monkeypatch.setattr(Builder, "_guard", objecting)


@pytest.mark.slow
@pytest.mark.parametrize("where", ["index.html", "data/index.json"])
def test_a_piece_the_guard_stops_in_a_worker_is_stopped_in_the_collection(tmp_path, monkeypatch, capsys, where):
    _code, files, _err = _build(tmp_path, "plain", monkeypatch, capsys, "0")
    victim = sorted(name for name in files if name.startswith("verslagen/"))[5].removeprefix("verslagen/").removesuffix(".html")
    _objecting_guard(monkeypatch, victim, where)
    seq_code, seq_files, seq_err = _build(tmp_path, "seq", monkeypatch, capsys, "0")
    seen = _main_process_piece_reads(monkeypatch)
    par_code, par_files, par_err = _build(tmp_path, "par", monkeypatch, capsys, "2")
    assert seq_code == par_code != 0
    # withheld from every output, in both builds: its piece was read in the main process again
    assert f"verslagen/{victim}.html" not in par_files and f"verslagen/{victim}.html" not in par_files[where].decode()
    assert any(path == where and f"verslagen/{victim}.html" in text for path, text in seen)
    assert seq_files == par_files
    assert sorted(line for line in seq_err.splitlines() if "error" in line) == sorted(line for line in par_err.splitlines() if "error" in line)


def _builder_with(passed: FragmentsPassed, report: Report) -> Builder:
    builder = object.__new__(Builder)  # (only what _passed_ahead reads)
    builder.fragments_ahead = {(passed.path, report.slug): (report, passed)}
    return builder


def _piece(path: str = "index.html", output: str = "html", media_type: str | None = "text/html") -> Artifact:
    return Artifact(path, output=output, media_type=media_type)


def test_a_pass_is_used_only_for_its_text_its_collection_and_its_report():
    report = Report(source="a.md", slug="a", format="markdown")
    text = CUT.join(["<li>A</li>", "<article>A</article>"])
    builder = _builder_with(FragmentsPassed("index.html", "html", "text/html", fragments_key(text)), report)
    assert builder._passed_ahead(_piece(), report, text)
    # another text (one fragment of the two, another order, a changed card): read again
    assert not builder._passed_ahead(_piece(), report, "<article>A</article>")
    assert not builder._passed_ahead(_piece(), report, CUT.join(["<article>A</article>", "<li>A</li>"]))
    assert not builder._passed_ahead(_piece(), report, text.replace("A</article>", "A Naam</article>"))
    # another collection, output or media type: read again
    assert not builder._passed_ahead(_piece("thema/x.html"), report, text)
    assert not builder._passed_ahead(_piece(output="json"), report, text)
    assert not builder._passed_ahead(_piece(media_type="application/json"), report, text)
    # another report object with that slug (a last good version) or another slug: read again
    assert not builder._passed_ahead(_piece(), Report(source="a.md", slug="a", format="markdown"), text)
    assert not builder._passed_ahead(_piece(), Report(source="b.md", slug="b", format="markdown"), text)


def test_the_worker_keeps_a_pass_only_when_the_guard_found_nothing(monkeypatch):
    report = Report(source="a.md", slug="a", format="markdown")
    said: dict[str, list[Problem]] = {
        "<li>ok</li>": [],
        "<li>noted</li>": [Problem("warning", "noted")],
        "<li>stopped</li>": [Problem("error", "stopped")],
    }
    read: list[tuple[str, str, list[Report]]] = []

    def guard(self, artifact, text, reports):
        read.append((artifact.path, text, reports))
        assert artifact.report is None and artifact.fragments is None and artifact.data is None
        return said[text.split(CUT)[0]]

    monkeypatch.setattr(Builder, "_guard", guard)
    builder = object.__new__(Builder)
    declared = [(_piece(), ["<li>ok</li>", "", "<li>ok</li>"]), (_piece("thema/x.html"), ["<li>noted</li>"]),
                (_piece("thema/y.html"), ["<li>stopped</li>"]), (_piece("thema/z.html"), ["<li>ok</li>"])]
    passed = builder._guard_fragments(report, declared)
    # joined as the collection's guard joins them: each text once, empty ones left out
    assert passed == [FragmentsPassed("index.html", "html", "text/html", fragments_key("<li>ok</li>")),
                      FragmentsPassed("thema/z.html", "html", "text/html", fragments_key("<li>ok</li>"))]
    assert [(path, text) for path, text, _ in read] == [("index.html", "<li>ok</li>"), ("thema/x.html", "<li>noted</li>"), ("thema/y.html", "<li>stopped</li>")]
    assert all(reports == [report] for _, _, reports in read)  # against the report alone
    # a report's own artefact is no collection: not guarded as a piece of one
    assert builder._guard_fragments(report, [(Artifact("verslagen/a.html", output="html", report="a"), ["<li>ok</li>"])]) == []


#: An invented surname, on the workspace's deny-list (no fixture holds it).
DENIED = "Zwartendijkx"


class LateSession:
    """A transform after the anonymiser that puts a name into one report's session (a card field)."""

    PLUGIN_NAME = "latesession"

    @hookimpl(trylast=True)
    def perskamer_transform_report(self, report, context):
        if report.slug == "teaser-lek":
            report.meta["session"] = f"Ronde 2 bij {DENIED}"
        return report


def _teaser_workspace(tmp_path, name: str):
    """Sample reports, html only, and a page template that shows only the title: a name a late
    transform put into one report's session is on no page, only in its card on the home and
    theme pages."""
    from perskamer.testing import SAMPLE_REPORTS, Workspace, form_report

    ws = Workspace(tmp_path / name, reports=dict(SAMPLE_REPORTS),
                   config={"outputs": ["html"], "html": {"search": False}, "anonymise": {"deny": [DENIED]}})
    ws.add_report("teaser-lek.md", form_report(
        "Een teaser die meer zegt dan de pagina", ambitions=["mentaal-welzijn"], session="Ronde 2",
        summary="De begeleiders vertelden over het aanbod van de jeugddienst.",
        quotes=[("We beginnen elke week met een kringgesprek.", "een begeleider")]))
    templates = ws.root / "templates"
    templates.mkdir()
    (templates / "report.html").write_text(
        '{% extends "base.html" %}{% block title %}{{ report.title }}{% endblock %}'
        '{% block main %}<h1>{{ report.title }}</h1>{% endblock %}\n', encoding="utf-8")
    return ws


@pytest.mark.slow
def test_a_teaser_from_a_field_no_page_shows_is_stopped_in_the_collections(tmp_path, monkeypatch):
    from perskamer import build as build_module

    monkeypatch.setattr(build_module, "PARALLEL_MIN_REPORTS", 2)
    sites = {}
    for workers in ("0", "2"):
        monkeypatch.setenv("PERSKAMER_WORKERS", workers)
        ws = _teaser_workspace(tmp_path, f"w{workers}")
        run = ws.build(LateSession(), write=True)
        assert (run.builder.shared_out > 0) == (workers == "2")  # (the worker processes made the cards)
        out = ws.output_dir
        files = {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file() and p.name != ".perskamer-manifest.json"}
        assert not any(DENIED.encode() in data for data in files.values())
        assert "verslagen/teaser-lek.html" not in files  # withheld from every output
        assert [o.source for o in run.result.withheld] == ["teaser-lek.md"]
        assert "deny-list" in " ".join(p.message for p in run.result.all_problems)
        sites[workers] = files
    assert sites["0"] == sites["2"]
