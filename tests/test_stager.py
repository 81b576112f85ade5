"""Files written ahead by a helper process (perskamer.stager) and renamed into place after the guard.

Nothing is published before the main process takes a file; whatever is not taken (a
report the collections' guard withholds, a Ctrl-C, an error) is gone after ``close``,
the helper with it; a helper whose main process died removes its folder itself.
"""

from __future__ import annotations

import os
import stat
import threading
import time
from pathlib import Path

import pytest

from perskamer import stager as stager_module
from perskamer.hookspecs import hookimpl
from perskamer.model import Problem
from perskamer.stager import PREFIX, Stager
from perskamer.testing import Workspace
from perskamer.writer import OutputTree

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="staging needs os.fork (POSIX)")


def _files(root: Path, n: int, size: int = 100) -> list[tuple[Path, bytes]]:
    return [(root / "pages" / f"p{i}.html", f"<p>{i}</p>".encode() * size) for i in range(n)]


def _staging_folders(root: Path) -> list[str]:
    return [p.name for p in root.iterdir() if p.name.startswith(PREFIX)] if root.exists() else []


def _gone(pid: int) -> bool:
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


def test_a_taken_file_is_renamed_into_place_whole_and_readable(tmp_path):
    files = _files(tmp_path, 80)
    staged = Stager.start(tmp_path, files)
    assert staged is not None
    try:
        for target, data in files[:40]:
            assert staged.take(target, data)
        assert not staged.take(files[40][0], bytes(bytearray(files[40][1])))  # other bytes than those staged: write them
        assert not staged.take(tmp_path / "pages/unknown.html", b"x")
    finally:
        staged.close()
    for target, data in files[:40]:
        assert target.read_bytes() == data
        assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert not any(target.exists() for target, _data in files[40:])  # never taken: never published
    assert _staging_folders(tmp_path) == []
    assert staged._pid is None  # waited for


def test_the_staging_folder_is_private_while_it_holds_files(tmp_path):
    staged = Stager.start(tmp_path, _files(tmp_path, 70))
    assert staged is not None
    try:
        assert stat.S_IMODE(staged.folder.stat().st_mode) == 0o700
    finally:
        staged.close()


def test_close_stops_a_running_helper_and_leaves_nothing(tmp_path):
    files = _files(tmp_path, 3000, size=2000)  # ~20 MB: still writing when closed
    staged = Stager.start(tmp_path, files)
    assert staged is not None
    pid = staged._pid
    staged.close()
    assert pid is not None and _gone(pid)
    assert _staging_folders(tmp_path) == []
    assert not (tmp_path / "pages").exists()


def test_what_the_helper_could_not_write_is_written_as_usual(tmp_path, monkeypatch):
    """A helper that stops half-way (here: it cannot be sent the rest) costs nothing but the time."""
    real_writev, calls = os.writev, []

    def failing_writev(fd, buffers):
        calls.append(fd)
        if len(calls) == 2:
            raise OSError(12, "Cannot allocate memory")
        return real_writev(fd, buffers)

    monkeypatch.setattr(stager_module.os, "writev", failing_writev)
    tree = OutputTree.open(tmp_path)
    files = [(f"verslagen/r{i}.html", f"r{i}".encode() * 50) for i in range(800)]
    tree.staged = Stager.start(tmp_path, [(tmp_path / rel, data) for rel, data in files])
    assert tree.staged is not None
    try:
        assert all(tree.write(rel, data) for rel, data in files)
    finally:
        tree.staged.close()
    assert {rel: (tmp_path / rel).read_bytes() for rel, _data in files} == dict(files)
    assert _staging_folders(tmp_path) == []


def test_nothing_is_staged_for_a_few_files_or_beside_other_threads(tmp_path):
    assert Stager.start(tmp_path, _files(tmp_path, stager_module.MIN_FILES - 1)) is None
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert Stager.start(tmp_path, _files(tmp_path, 100)) is None  # fork copies only this thread
    finally:
        stop.set()
        other.join()


def test_a_helper_whose_main_process_died_removes_its_folder(tmp_path):
    files = _files(tmp_path, 2000, size=500)
    pid = os.fork()
    if pid == 0:  # a main process that dies right after staging
        try:
            Stager.start(tmp_path, files)
        finally:
            os._exit(0)
    os.waitpid(pid, 0)
    deadline = time.monotonic() + 30
    while _staging_folders(tmp_path) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _staging_folders(tmp_path) == []
    assert not (tmp_path / "pages").exists()


def test_a_folder_left_by_a_killed_process_is_removed_by_the_next_stager(tmp_path):
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    os.waitpid(pid, 0)  # a process id nobody has now
    (tmp_path / f"{PREFIX}{pid}-0").mkdir()
    (tmp_path / f"{PREFIX}{pid}-0" / "7").write_bytes(b"half a page")
    alive = tmp_path / f"{PREFIX}{os.getppid()}-0"  # a process that is still running: not touched
    alive.mkdir()
    staged = Stager.start(tmp_path, _files(tmp_path, 70))
    assert staged is not None
    staged.close()
    assert _staging_folders(tmp_path) == [alive.name]


def test_an_output_tree_takes_staged_files_and_records_them(tmp_path):
    tree = OutputTree.open(tmp_path)
    files = [(f"verslagen/r{i}.html", f"r{i}".encode()) for i in range(70)]
    tree.staged = Stager.start(tmp_path, [(tmp_path / rel, data) for rel, data in files])
    assert tree.staged is not None
    try:
        tree.staged.sent()
        for rel, data in files:
            assert tree.write(rel, data, "html", rel)
    finally:
        tree.staged.close()
    assert tree.staged._staged == {}
    assert threading.active_count() == 1  # the feeding thread ended (sent() waited for it)
    assert {rel: (tmp_path / rel).read_bytes() for rel, _data in files} == dict(files)
    assert not tree.write(files[0][0], files[0][1])  # recorded in the manifest: unchanged


class IndexGuard:
    """Objects to the index only (not to the report's own page): the report is withheld by a collection."""

    PLUGIN_NAME = "indexguard"

    @hookimpl
    def perskamer_inspect_artifact(self, artifact, text, reports):
        if artifact.report is None and "Discord" in text and any(r.slug == "discord-als-jeugdhuis" for r in reports):
            return [Problem("error", "the index names a forbidden word", file=artifact.path, plugin="indexguard")]
        return None


def test_a_report_the_collections_withhold_is_not_published_from_the_staged_files(tmp_path, monkeypatch):
    monkeypatch.setattr(stager_module, "MIN_FILES", 1)
    started: list[Stager | None] = []
    real_start = Stager.start.__func__

    def spying(cls, root, files):
        started.append(real_start(cls, root, files))
        return started[-1]

    monkeypatch.setattr(Stager, "start", classmethod(spying))
    ws = Workspace(tmp_path, config={"outputs": ["html", "json"]})
    for folder in ("verslagen", "data", "zoek/verslag"):  # (as after an earlier build)
        (ws.output_dir / folder).mkdir(parents=True)
    run = ws.build(IndexGuard(), write=True)
    assert any(s is not None for s in started)  # the reports' own files were staged
    assert [o.source for o in run.result.withheld] == ["discord-als-jeugdhuis.md"]
    for own in ("verslagen/discord-als-jeugdhuis.html", "data/discord-als-jeugdhuis.json", "zoek/verslag/discord-als-jeugdhuis.js"):
        assert not (ws.output_dir / own).exists(), own
    assert (ws.output_dir / "verslagen/jongeren-aan-tafel.html").is_file()
    assert "Discord" not in (ws.output_dir / "index.html").read_text(encoding="utf-8")
    assert _staging_folders(ws.output_dir) == []
    assert not list(ws.output_dir.rglob(".tmp-*"))
