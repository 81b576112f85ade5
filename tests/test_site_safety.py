"""The published site is never lost, and one odd file never stops the others (issue 12).

Each test drives the real CLI on a workspace with corpus reports, the way a user
would, and looks at what stayed in the output folder.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from perskamer.cli import main

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
REPORTS = sorted(p for p in CORPUS.glob("*.txt"))[:6]


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def ws(tmp_path: Path, monkeypatch) -> Path:
    """A bare workspace (no config) with six corpus reports in content/, built once."""
    content = tmp_path / "content"
    content.mkdir()
    for path in REPORTS:
        shutil.copy(path, content / path.name)
    monkeypatch.chdir(tmp_path)
    assert build(tmp_path) == 0
    return tmp_path


def build(ws: Path, *extra: str, content: str = "content") -> int:
    return main(["build", "--content", str(ws / content), "--out", str(ws / "public"), "--only", "html,json", "--quiet", *extra])


def refuse_to_read(monkeypatch, folder: Path) -> None:
    """Make listing ``folder`` fail as the kernel would without permission (root may read any folder)."""
    real_scandir = os.scandir

    def scandir(path="."):
        if Path(os.fsdecode(path)) == folder:
            raise PermissionError(13, "Permission denied", os.fsdecode(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)


def report_pages(ws: Path) -> list[str]:
    return sorted(p.name for p in (ws / "public" / "verslagen").glob("*.html"))


def test_a_typo_in_content_removes_nothing_and_exits_2(ws, capsys):
    before = snapshot(ws / "public")
    assert build(ws, content="contnet") == 2
    assert snapshot(ws / "public") == before
    err = capsys.readouterr().err
    assert "contnet does not exist" in err and "nothing was built or removed" in err
    assert main(["check", "--content", str(ws / "contnet")]) == 2


def test_an_empty_content_folder_removes_nothing_unless_pruned(ws):
    before = snapshot(ws / "public")
    for path in (ws / "content").iterdir():
        path.unlink()
    assert build(ws) == 2
    assert snapshot(ws / "public") == before
    assert build(ws, "--prune") == 0
    assert report_pages(ws) == []


def test_removing_most_reports_at_once_asks_for_prune(ws, capsys):
    before = snapshot(ws / "public")
    sources = sorted((ws / "content").iterdir())
    for path in sources[:4]:
        path.unlink()
    capsys.readouterr()
    assert build(ws) == 2
    assert snapshot(ws / "public") == before
    assert "would remove 4 of the 6 published reports" in capsys.readouterr().err
    assert build(ws, "--prune") == 0
    assert len(report_pages(ws)) == 2


def test_deleting_reports_one_by_one_still_works(ws):
    for path in sorted((ws / "content").iterdir())[:5]:
        path.unlink()
        assert build(ws) == 0
    assert len(report_pages(ws)) == 1


def test_an_unreadable_sub_folder_is_an_error_that_keeps_its_pages(ws, monkeypatch, capsys):
    sub = ws / "content" / "dag2"
    sub.mkdir()
    shutil.copy(CORPUS / REPORTS[0].name, sub / "extra.txt")
    assert build(ws) == 0
    assert "extra.html" in report_pages(ws)
    refuse_to_read(monkeypatch, sub)
    capsys.readouterr()
    assert build(ws) == 1
    assert "extra.html" in report_pages(ws)
    assert "dag2/: error: cannot read the folder" in capsys.readouterr().err


def test_a_symlink_loop_and_a_non_utf8_name_get_one_problem_each(ws, capsys):
    content = ws / "content"
    (content / "self.txt").symlink_to("self.txt")
    shutil.copy(REPORTS[0], os.fsencode(content) + b"/verslag-\xff.txt")
    capsys.readouterr()
    assert build(ws) == 1
    err = capsys.readouterr().err
    assert "self.txt: error: the file is a symbolic link that points to itself" in err
    assert "verslag-\\xff.txt: error: the file name is not valid UTF-8" in err
    assert "unexpected error" not in err
    assert "not read: " in err and "self.txt" in err.split("not read: ")[1]  # the summary counts them too
    assert len(report_pages(ws)) == len(REPORTS)


def test_a_report_linked_from_outside_the_content_folder_is_refused(ws, tmp_path_factory, capsys):
    outside = tmp_path_factory.mktemp("elders") / "buiten.txt"
    shutil.copy(REPORTS[1], outside)
    (ws / "content" / "buiten.txt").symlink_to(outside)
    capsys.readouterr()
    assert build(ws) == 1
    assert "buiten.txt: error: refused: the file is a link to outside the content folder" in capsys.readouterr().err
    assert "buiten.html" not in report_pages(ws)
    index = json.loads((ws / "public/data/index.json").read_text())
    assert all(not r["source"].startswith("/") for r in index["reports"])


def test_content_dot_never_reads_its_own_output_or_cache(tmp_path, monkeypatch):
    for path in REPORTS[:3]:
        shutil.copy(path, tmp_path / path.name)
    monkeypatch.chdir(tmp_path)
    args = ["build", "--content", ".", "--only", "html,json", "--quiet"]
    assert main(args) == 0
    first = report_pages(tmp_path)
    # A stray site from an earlier run with another --out is not content either.
    shutil.copytree(tmp_path / "public", tmp_path / "oud-public")
    (tmp_path / "oud-public" / "verslagen" / "x.txt").write_text("not a report")
    assert main(args) == 0
    assert report_pages(tmp_path) == first == sorted(p.stem + ".html" for p in REPORTS[:3])


@pytest.mark.parametrize("name", ["index", "verslagen", "Index"])
def test_a_report_named_like_a_site_file_never_overwrites_it(ws, name):
    shutil.copy(REPORTS[0], ws / "content" / f"{name}.txt")
    assert build(ws) == 0
    index = json.loads((ws / "public/data/index.json").read_text())
    assert index["count"] == len(REPORTS) + 1  # still the site's index, now with the new report
    entry = next(r for r in index["reports"] if r["source"] == f"{name}.txt")
    assert entry["slug"] == f"verslag-{name.lower()}" or entry["slug"] == f"verslag-{name}"


def test_watch_publish_pauses_when_the_content_folder_is_moved_away(tmp_path):
    from perskamer.watch import Watcher, default_factory

    ws = tmp_path / "ws"
    (ws / "config").mkdir(parents=True)
    (ws / "content").mkdir()
    target = tmp_path / "online"
    (ws / "config" / "perskamer.yaml").write_text(f"outputs: [html, json]\npublish:\n  target: {target}\n", encoding="utf-8")
    for path in REPORTS[:3]:
        shutil.copy(path, ws / "content" / path.name)
    lines: list[str] = []
    watcher = Watcher(default_factory(ws / "config" / "perskamer.yaml"), publish=True, log=lines.append)
    watcher.start()
    try:
        watcher.wait_idle(20)
        public, online = snapshot(ws / "public"), snapshot(target)
        assert len([p for p in online if p.startswith("verslagen/")]) == 3
        before = watcher.count
        shutil.move(ws / "content", tmp_path / "weg")
        watcher.touch("content")
        rebuild = watcher.wait_for_rebuild(20, after=before)
        watcher.wait_idle(20)
        assert rebuild.result is not None and rebuild.result.refused is not None
        assert snapshot(ws / "public") == public and snapshot(target) == online
        assert any("PAUSED" in line for line in lines)
        # Back in place: the next rebuild carries on.
        before = watcher.count
        shutil.move(tmp_path / "weg", ws / "content")
        watcher.touch("content")
        rebuild = watcher.wait_for_rebuild(20, after=before)
        assert rebuild.result is not None and rebuild.result.refused is None and rebuild.ok
    finally:
        watcher.stop()


def test_control_characters_in_a_photo_path_are_printed_escaped(ws, capsys):
    (ws / "content" / "kwaad.md").write_text(
        '---\ntitle: "Kwaadaardig"\ndate: 2023-06-06\nphoto: "\\e[2K\\rfoto.png"\n---\n\n'
        "## Wat er is gebeurd in de sessie?\n\nJongeren praatten over vrijwilligerswerk.\n",
        encoding="utf-8",
    )
    capsys.readouterr()
    build(ws)
    err = capsys.readouterr().err
    assert "\\x1b[2K\\x0dfoto.png" in err
    assert "\x1b" not in err and "\r" not in err


def test_printable_escapes_controls_and_undecodable_bytes_only():
    from perskamer.textsafe import printable

    assert printable("Café\tA\nB") == "Café\tA\nB"
    assert printable("a\x1b]0;titel\x07b\x9b") == "a\\x1b]0;titel\\x07b\\x9b"
    assert printable(os.fsdecode(b"naam\xff.md")) == "naam\\xff.md"
    assert printable("\u202eexe.md") == "\\u202eexe.md"


def test_an_unreadable_content_folder_removes_nothing_and_exits_2(ws, monkeypatch, capsys):
    before = snapshot(ws / "public")
    refuse_to_read(monkeypatch, ws / "content")
    assert build(ws) == 2
    assert snapshot(ws / "public") == before
    assert "cannot be read: nothing was built or removed" in capsys.readouterr().err


def test_watch_survives_a_symlink_loop_and_a_non_utf8_name(tmp_path):
    from perskamer.watch import Watcher, default_factory

    ws = tmp_path / "ws"
    (ws / "config").mkdir(parents=True)
    (ws / "content").mkdir()
    (ws / "config" / "perskamer.yaml").write_text("outputs: [html, json]\n", encoding="utf-8")
    for path in REPORTS[:2]:
        shutil.copy(path, ws / "content" / path.name)
    watcher = Watcher(default_factory(ws / "config" / "perskamer.yaml"), log=lambda line: None)
    watcher.start()
    try:
        watcher.wait_idle(20)
        before = watcher.count
        (ws / "content" / "lus.txt").symlink_to("lus.txt")
        shutil.copy(REPORTS[2], os.fsencode(ws / "content") + b"/naam-\xff.txt")
        watcher.wait_for_rebuild(20, after=before)
        rebuild = watcher.wait_idle(20)
        messages = [p.format() for p in rebuild.errors]
        assert any(m.startswith("lus.txt: error: the file is a symbolic link that points to itself") for m in messages), messages
        assert any(m.startswith("naam-\\xff.txt: error: the file name is not valid UTF-8") for m in messages), messages
        assert rebuild.error is None
        # Later changes still build.
        before = watcher.count
        shutil.copy(REPORTS[3], ws / "content" / REPORTS[3].name)
        watcher.wait_for_rebuild(20, after=before)
        watcher.wait_idle(20)
        assert len(report_pages(ws)) == 3
    finally:
        watcher.stop()
