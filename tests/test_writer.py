"""Atomic output writing, the manifest, stale-file removal."""

import os

import pytest

from perskamer.writer import OutputTree, UnsafePath, safe_join, write_atomic


def test_write_only_when_changed(tmp_path):
    tree = OutputTree.open(tmp_path)
    assert tree.write("a/b.html", b"one")
    assert not tree.write("a/b.html", b"one")
    assert tree.write("a/b.html", b"two")
    assert (tmp_path / "a/b.html").read_bytes() == b"two"


def test_manifest_survives_and_removes_only_own_files(tmp_path):
    tree = OutputTree.open(tmp_path)
    tree.write("x.html", b"x")
    tree.write("sub/y.html", b"y")
    tree.save()
    (tmp_path / "mine.txt").write_text("not perskamer's")
    tree = OutputTree.open(tmp_path)
    removed = tree.remove_except({"x.html"})
    assert removed == ["sub/y.html"]
    assert not (tmp_path / "sub").exists()
    assert (tmp_path / "mine.txt").exists()


@pytest.mark.parametrize("rel", ["../x", "/etc/passwd", "a/../../x", "a//b", "a\\b", ""])
def test_unsafe_paths_refused(tmp_path, rel):
    with pytest.raises(UnsafePath):
        safe_join(tmp_path, rel)


def test_no_temp_file_left_on_failure(tmp_path, monkeypatch):
    def boom(*args):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        write_atomic(tmp_path / "f.html", b"data")
    assert list(tmp_path.iterdir()) == []
