"""Atomic output writing, the manifest, stale-file removal."""

import json
import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from perskamer.writer import OutputTree, UnsafePath, digest, manifest_json, safe_join, write_atomic


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


@pytest.mark.parametrize("failing", ["write", "replace"])
def test_no_temp_file_left_on_failure(tmp_path, monkeypatch, failing):
    def boom(*args):
        raise OSError("disk full")

    monkeypatch.setattr(os, failing, boom)
    with pytest.raises(OSError):
        write_atomic(tmp_path / "f.html", b"data")
    assert list(tmp_path.iterdir()) == []

def test_write_atomic_makes_missing_folders_and_skips_a_leftover_temporary_name(tmp_path, monkeypatch):
    import itertools

    from perskamer import writer

    monkeypatch.setattr(writer, "_NUMBERS", itertools.count(7))
    leftover = tmp_path / "a" / "b" / f".tmp-{os.getpid()}-7.html"  # a crashed earlier process with this id
    leftover.parent.mkdir(parents=True)
    leftover.write_bytes(b"old")
    write_atomic(tmp_path / "a" / "b" / "f.html", b"data")
    write_atomic(tmp_path / "new" / "deep" / "g.html", b"more")  # folders made on the way
    assert (tmp_path / "a/b/f.html").read_bytes() == b"data" and leftover.read_bytes() == b"old"
    assert (tmp_path / "new/deep/g.html").read_bytes() == b"more"
    assert oct((tmp_path / "a/b/f.html").stat().st_mode & 0o777) == oct(0o644)
    assert sorted(p.name for p in (tmp_path / "a/b").iterdir()) == [leftover.name, "f.html"]


_names = st.text(max_size=12)


@given(st.dictionaries(_names, st.one_of(_names, st.dictionaries(_names, _names, max_size=5)), max_size=6))
def test_manifest_json_is_json_dumps_with_indent_1(value):
    assert manifest_json(value) == json.dumps(value, indent=1).encode()


def test_manifest_bytes_as_json_writes_them(tmp_path):
    tree = OutputTree.open(tmp_path)
    tree.write("verslagen/één.html", b"x" * 10, "html", "één")
    tree.write("index.html", "<p>\u2019</p>".encode(), "html")
    tree.save()
    raw = json.loads((tmp_path / ".perskamer-manifest.json").read_text(encoding="utf-8"))
    expected = {"generator": "perskamer", "files": dict(sorted(tree.manifest.items())), "outputs": {"index.html": "html", "verslagen/één.html": "html"},
                "reports": {"verslagen/één.html": "één"}}
    assert raw == expected
    assert (tmp_path / ".perskamer-manifest.json").read_bytes() == json.dumps(expected, indent=1).encode()


def test_digest_of_the_same_bytes_object_and_of_equal_bytes():
    big = bytes(range(256)) * 100
    assert digest(big) == digest(big) == digest(bytes(big)) != digest(big + b"!")
