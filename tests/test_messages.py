"""What perskamer says: the right cause, first, in plain words, with the right exit code (issue 12)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from perskamer.build import BuildResult
from perskamer.cli import main
from perskamer.model import Artifact
from perskamer.watch import Rebuild, Watcher

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
ONE = CORPUS / "003_tussen-de-mazen.txt"


@pytest.fixture
def ws(tmp_path: Path, monkeypatch) -> Path:
    """A workspace (config/ with html and json) with one corpus report."""
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "perskamer.yaml").write_text("outputs: [html, json]\n", encoding="utf-8")
    (tmp_path / "content").mkdir()
    shutil.copy(ONE, tmp_path / "content" / ONE.name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_one_report_and_one_file_are_singular(ws, capsys):
    assert main(["build"]) == 0
    main(["build"])
    out = capsys.readouterr().out
    assert "1 report built" in out and "1 reports" not in out
    (ws / "public" / "data" / "index.json").unlink()  # exactly one file to write again
    main(["build"])
    assert "  1 file written, " in capsys.readouterr().out


def test_watch_line_says_one_slow_output_follows():
    lines: list[str] = []
    watcher = Watcher(lambda: None, log=lines.append)  # type: ignore[arg-type,return-value]
    result = BuildResult(deferred=[Artifact("pdf/a.pdf", producer=lambda: b"%PDF")])
    rebuild = Rebuild(1, {"content"}, ["content/a.md"], started=0.0, pages_done=0.5, result=result)
    watcher._report(rebuild)
    assert "1 slow output follows" in lines[0] and "0 reports" in lines[0] and "0 files written" in lines[0]
    result.deferred.append(Artifact("pdf/b.pdf", producer=lambda: b"%PDF"))
    watcher._report(rebuild)
    assert "2 slow outputs follow" in lines[-1]


def test_only_with_spaces_says_outputs_are_comma_separated(ws, capsys):
    assert main(["build", "--only", "html json"]) == 2
    assert "outputs are comma-separated, e.g. --only html,json" in capsys.readouterr().err


def test_a_config_error_names_the_expected_type_and_exits_2(ws, capsys):
    (ws / "config" / "perskamer.yaml").write_text("outputs: [html, json]\ndrafts: nee\n", encoding="utf-8")
    assert main(["build"]) == 2
    err = capsys.readouterr().err
    assert "perskamer.yaml:2: error: [drafts]" in err and "should be true or false" in err
    assert main(["check"]) == 2


@pytest.mark.parametrize("command", [["tags", "--explain"], ["anonymise", "--preview"]])
def test_a_missing_file_does_not_exist_and_exits_1(ws, capsys, command):
    assert main([*command, "content/nope.md"]) == 1
    err = capsys.readouterr().err
    assert "content/nope.md: error: the file does not exist" in err
    assert "disappeared" not in err


def test_a_random_bytes_report_gives_its_root_cause_only(ws, capsys):
    (ws / "content" / "ruis.txt").write_bytes(bytes(range(256)) * 12)
    assert main(["build"]) == 1
    lines = [line for line in capsys.readouterr().err.splitlines() if line.startswith("ruis.txt")]
    assert len(lines) == 1 and "binary file, not text" in lines[0]


def test_a_yaml_error_comes_alone_not_after_no_session_title(ws, capsys):
    (ws / "content" / "kapot.md").write_text(
        '---\ntitle: "Kapot\ndate: 2023-06-06\n---\n\n## Wat er is gebeurd in de sessie?\n\nJongeren praatten.\n', encoding="utf-8"
    )
    assert main(["build"]) == 1
    lines = [line for line in capsys.readouterr().err.splitlines() if line.startswith("kapot.md")]
    assert lines and "front matter" in lines[0]
    assert not any("no session title" in line for line in lines)


def test_digest_select_without_a_match_keeps_the_digest_and_blames_the_option(ws, capsys):
    (ws / "config" / "perskamer.yaml").write_text("outputs: [html, json, digest]\n", encoding="utf-8")
    assert main(["digest"]) == 0
    before = {p.name: p.read_bytes() for p in (ws / "public" / "digest").iterdir()}
    capsys.readouterr()
    for select in ("approved", "bestaat-niet"):
        assert main(["digest", "--select", select]) == 1
        err = capsys.readouterr().err
        assert f"--select '{select}' matches none of the 1 published reports" in err
        assert "perskamer.yaml" not in err
        assert {p.name: p.read_bytes() for p in (ws / "public" / "digest").iterdir()} == before


def test_a_file_name_with_an_escape_sequence_is_printed_escaped(ws, capsys):
    shutil.copy(ONE, ws / "content" / "x\x1b[31mrood.txt")
    assert main(["tags"]) == 0
    assert main(["build"]) == 0
    captured = capsys.readouterr()
    assert "x\\x1b[31mrood.txt: " in captured.out
    assert "\x1b" not in captured.out + captured.err
