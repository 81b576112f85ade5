"""A report's search fragment file is read by the leak guard in the worker process that
renders the report (BuildContext.guard_ahead); the main process takes that verdict only
for exactly the file it was reached on, of exactly that report, and reads anything else."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from test_build_parallel import _content, _files

from perskamer import build as build_module
from perskamer.build import Builder, GuardedAhead
from perskamer.cli import main
from perskamer.model import Artifact, Problem, Report


def _build(tmp_path: Path, name: str, monkeypatch, capsys, workers: str) -> tuple[int, dict[str, bytes], str]:
    out = tmp_path / name
    monkeypatch.setenv("PERSKAMER_WORKERS", workers)
    monkeypatch.setattr(build_module, "PARALLEL_MIN_REPORTS", 4)
    monkeypatch.chdir(tmp_path)
    capsys.readouterr()
    code = main(["build", "--content", str(_content(tmp_path)), "--out", str(out), "--no-cache"])
    err = capsys.readouterr().err
    return code, _files(out) if out.exists() else {}, err


def _main_process_guard_calls(monkeypatch) -> list[str]:
    """The paths the guard reads in this (the main) process; worker processes count in their own copy."""
    import os

    seen: list[str] = []
    me = os.getpid()
    original = Builder._guard

    def counting(self, artifact, text, reports):
        if os.getpid() == me:
            seen.append(artifact.path)
        return original(self, artifact, text, reports)

    monkeypatch.setattr(Builder, "_guard", counting)
    return seen


@pytest.mark.slow
def test_the_main_process_does_not_read_the_fragment_files_again(tmp_path, monkeypatch, capsys):
    seen = _main_process_guard_calls(monkeypatch)
    code, files, _err = _build(tmp_path, "par", monkeypatch, capsys, "2")
    assert code == 0
    fragments = [name for name in files if name.startswith("zoek/verslag/")]
    assert len(fragments) >= 15
    # the first report is processed here before the workers start: its file is read here (in its prerender)
    assert sum(1 for path in seen if path.startswith("zoek/verslag/")) <= 1
    assert any(path.startswith("zoek/woorden/") for path in seen)  # the rest of the index is read here


def _objecting_guard(monkeypatch, victim: str) -> None:
    """A guard that stops the fragment file of ``victim`` (a slug), wherever it reads it."""
    original = Builder._guard

    def objecting(self, artifact, text, reports):
        found = original(self, artifact, text, reports)
        if artifact.path == f"zoek/verslag/{victim}.js":
            found = [*found, Problem("error", f"test: {artifact.path} stopped", file=artifact.path, plugin="test")]
        return found

    monkeypatch.setattr(Builder, "_guard", objecting)


@pytest.mark.slow
def test_a_verdict_reached_in_a_worker_stops_the_index_as_in_a_sequential_build(tmp_path, monkeypatch, capsys):
    seq_code, seq_files, _ = _build(tmp_path, "seq", monkeypatch, capsys, "0")
    victim = sorted(name for name in seq_files if name.startswith("zoek/verslag/"))[5].removeprefix("zoek/verslag/").removesuffix(".js")
    _objecting_guard(monkeypatch, victim)
    seq_code, seq_files, seq_err = _build(tmp_path, "seq2", monkeypatch, capsys, "0")
    seen = _main_process_guard_calls(monkeypatch)
    par_code, par_files, par_err = _build(tmp_path, "par", monkeypatch, capsys, "2")
    assert f"zoek/verslag/{victim}.js" not in seen  # the worker's verdict was used
    assert seq_code == par_code != 0
    assert f"test: zoek/verslag/{victim}.js stopped" in par_err and "zoek/ is not published" in par_err
    assert seq_files.keys() == par_files.keys() and not any(name.startswith("zoek/woorden/") for name in par_files)
    assert all(seq_files[name] == par_files[name] for name in seq_files)
    assert sorted(line for line in seq_err.splitlines() if "error" in line) == sorted(line for line in par_err.splitlines() if "error" in line)


def _builder_with(verdict: GuardedAhead, report: Report) -> Builder:
    builder = object.__new__(Builder)  # (only what _verdict_ahead reads)
    builder.guarded_ahead = {verdict.path: (report, verdict)}
    builder._slug_index = (None, [], {})
    return builder


def _fragment(slug: str, data: bytes = b"perskamerZoek.fragment({});\n") -> Artifact:
    return Artifact(f"zoek/verslag/{slug}.js", data, output="html", report=slug, media_type="text/javascript", scan_text=data.decode())


def test_a_verdict_is_used_only_for_its_file_and_its_report():
    report = Report(source="a.md", slug="a", format="markdown")
    verdict = GuardedAhead.of(_fragment("a"), [Problem("warning", "noted")])
    builder = _builder_with(verdict, report)
    assert builder._verdict_ahead(_fragment("a"), [Report(source="b.md", slug="b", format="markdown"), report]) == [Problem("warning", "noted")]
    # other bytes, another scan text, another media type, another path: read again
    assert builder._verdict_ahead(_fragment("a", b"perskamerZoek.fragment({\"x\":1});\n"), [report]) is None
    assert builder._verdict_ahead(dataclasses.replace(_fragment("a"), scan_text="other"), [report]) is None
    assert builder._verdict_ahead(dataclasses.replace(_fragment("a"), media_type="text/plain"), [report]) is None
    assert builder._verdict_ahead(dataclasses.replace(_fragment("a"), path="zoek/verslag/b.js"), [report]) is None
    assert builder._verdict_ahead(dataclasses.replace(_fragment("a"), fragments=[]), [report]) is None
    # another report object with that slug (a last good version), none, or two: read again
    assert builder._verdict_ahead(_fragment("a"), [Report(source="a.md", slug="a", format="markdown")]) is None
    assert builder._verdict_ahead(_fragment("a"), [Report(source="b.md", slug="b", format="markdown")]) is None
    assert builder._verdict_ahead(_fragment("a"), [report, Report(source="a2.md", slug="a", format="markdown")]) is None


def test_a_verdict_is_a_copy():
    report = Report(source="a.md", slug="a", format="markdown")
    builder = _builder_with(GuardedAhead.of(_fragment("a"), [Problem("error", "stopped")]), report)
    first = builder._verdict_ahead(_fragment("a"), [report])
    assert first is not None and first[0].severity == "error"
    first[0].message = "changed"  # type: ignore[misc]
    assert builder._verdict_ahead(_fragment("a"), [report])[0].message == "stopped"  # type: ignore[index]


def test_only_whole_files_of_the_report_are_guarded_ahead():
    report = Report(source="a.md", slug="a", format="markdown")
    assert GuardedAhead.fits(_fragment("a"), report)
    assert not GuardedAhead.fits(_fragment("b"), report)
    assert not GuardedAhead.fits(Artifact("zoek/verslag/a.js", None, report="a", producer=lambda: b""), report)
    assert not GuardedAhead.fits(dataclasses.replace(_fragment("a"), fragments=[("a", "x")]), report)


@pytest.mark.slow
def test_the_main_process_takes_the_fragment_files_the_workers_made(tmp_path, monkeypatch, capsys):
    """The index's fragment files are encoded once, in the worker that rendered the report (for
    the guard there); the main process's merge takes those bytes -- the same files as a build
    without workers."""
    import os

    from perskamer.plugins.output_html import search

    me = os.getpid()
    encoded: list[str] = []
    original = search._script
    monkeypatch.setattr(search, "_script", lambda call, value: (os.getpid() == me and call == "fragment" and encoded.append(value["id"])) or original(call, value))
    seq_code, seq_files, _ = _build(tmp_path, "seq", monkeypatch, capsys, "0")
    assert seq_code == 0 and len(encoded) >= 15  # without workers: here, each once
    encoded.clear()
    par_code, par_files, _ = _build(tmp_path, "par", monkeypatch, capsys, "2")
    assert par_code == 0 and par_files == seq_files
    assert len(encoded) <= 1  # (the first report is processed here before the workers start)


def test_a_fragment_file_is_taken_only_for_its_fragment_slug_and_url():
    from perskamer.plugins.output_html import search

    frag = {"title": "T", "meta": {}, "filters": {}, "text": "tekst", "terms": {"tekst": 1}}
    made = search._fragment_file("a", "verslagen/a.html", frag)
    search.known_file(frag, "a", "verslagen/a.html", b"handed")
    assert search._fragment_file("a", "verslagen/a.html", frag) == b"handed"
    assert search._fragment_file("b", "verslagen/a.html", frag) != b"handed"  # another slug
    assert search._fragment_file("a", "verslagen/b.html", frag) != b"handed"  # another URL
    assert search._fragment_file("a", "verslagen/a.html", dict(frag)) == made  # an equal fragment, not this one
