"""``perskamer review``: the uncertain decisions of the whole workspace, answered once in
config/anonymise-review.yaml, applied by the next build."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from perskamer.cli import main

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture()
def workspace(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "content", tmp_path / "content")
    (tmp_path / "config").mkdir()
    for name in ("perskamer.yaml", "ambitions.yaml"):
        shutil.copy(ROOT / "config" / name, tmp_path / "config" / name)
    cfg = tmp_path / "config/perskamer.yaml"
    text = cfg.read_text(encoding="utf-8")
    import re

    cfg.write_text(re.sub(r"(?m)^outputs:.*$", "outputs: [html, json]", text), encoding="utf-8")
    return tmp_path


def _run(ws: Path, *argv: str) -> int:
    return main([argv[0], "--config", str(ws / "config/perskamer.yaml"), *argv[1:]])


def _open_words(ws: Path, capsys) -> list[str]:
    capsys.readouterr()
    assert _run(ws, "review", "--list") == 0
    return [line.split("\t")[0] for line in capsys.readouterr().out.splitlines() if line]


def test_review_lists_decides_and_the_next_build_applies_it(workspace: Path, capsys) -> None:
    words = _open_words(workspace, capsys)
    assert "Formaat" in words and "Heimwee" in words
    # the build summary says how many are open
    assert _run(workspace, "build", "--out", str(workspace / "public"), "--no-cache") == 0
    assert f"{len(words)} uncertain word{'' if len(words) == 1 else 's'} to review" in capsys.readouterr().out
    page = json.loads((workspace / "public/data/007_jeugdhuis-als-kruispunt.json").read_text(encoding="utf-8"))
    assert "Formaat" in json.dumps(page, ensure_ascii=False)

    assert _run(workspace, "review", "--set", "Formaat=mask", "--set", "Heimwee=keep") == 0
    saved = (workspace / "config/anonymise-review.yaml").read_text(encoding="utf-8")
    assert "Formaat: mask" in saved and "Heimwee: keep" in saved
    left = _open_words(workspace, capsys)
    assert "Formaat" not in left and "Heimwee" not in left and len(left) == len(words) - 2

    assert _run(workspace, "build", "--out", str(workspace / "public"), "--no-cache") == 0
    page = json.loads((workspace / "public/data/007_jeugdhuis-als-kruispunt.json").read_text(encoding="utf-8"))
    quotes = json.dumps(page.get("quotes"), ensure_ascii=False)
    assert "Formaat" not in quotes  # the editor said: a name, always masked


def test_interactive_review_saves_each_answer(workspace: Path, capsys, monkeypatch) -> None:
    answers = iter(["x", "k", "q"])  # an unknown key is asked again; quit keeps what was answered
    monkeypatch.setattr("builtins.input", lambda prompt="": next(answers))
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    first = _open_words(workspace, capsys)[0]
    assert _run(workspace, "review") == 0
    saved = (workspace / "config/anonymise-review.yaml").read_text(encoding="utf-8")
    assert f"{first}: keep" in saved


def test_a_broken_review_file_is_a_clear_error(workspace: Path, capsys) -> None:
    (workspace / "config/anonymise-review.yaml").write_text("decisions:\n  Formaat: misschien\n", encoding="utf-8")
    assert _run(workspace, "review", "--list") == 2
    assert "must be 'keep' or 'mask'" in capsys.readouterr().err
    assert _run(workspace, "review", "--set", "Formaat") == 2


def test_the_preview_server_shows_the_same_list(workspace: Path, tmp_path: Path, capsys) -> None:
    import urllib.request

    from perskamer.model import Quote, Report
    from perskamer.plugins.anonymise.anonymiser import anonymise_report
    from perskamer.serve import PreviewServer

    report = anonymise_report(Report(source="r.md", slug="r", format="md",
                                     quotes=[Quote("We gingen met Kwebbeltje naar zee.", None)]))
    (tmp_path / "site").mkdir()
    server = PreviewServer(tmp_path / "site", port=0).start()
    try:
        server.page_reports, server.page_builder = [report], _builder(workspace)
        with urllib.request.urlopen(server.url + "__perskamer/review", timeout=10) as resp:
            page = resp.read().decode("utf-8")
    finally:
        server.stop()
    assert "Anonimisering nakijken" in page and "Kwebbeltje" in page and "Niet publiceren" in page


def _builder(ws: Path):
    from perskamer.build import Builder
    from perskamer.workspace import open_workspace

    config, host = open_workspace(ws / "config/perskamer.yaml")
    return Builder(config, host)
