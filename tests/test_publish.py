"""Publishing: the built-in mirror, ``build --publish`` and publishing from ``watch``."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from test_watch import CONFIG, make_workspace, report_md, write

from perskamer import cli
from perskamer.pluginhost import BUILTIN_PLUGINS
from perskamer.plugins import publish_mirror
from perskamer.plugins.publish_mirror import STATE_FILE, mirror
from perskamer.watch import Watcher, default_factory


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def site(root: Path) -> Path:
    files = {
        "index.html": "<h1>index</h1>",
        "verslagen/a.html": "a",
        "verslagen/b.html": "b",
        "media/a.png": "png",
        ".perskamer-manifest.json": "{}",
    }
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    return root


def published(target: Path) -> dict[str, bytes]:
    return {k: v for k, v in tree(target).items() if k != STATE_FILE}


def test_mirror_copies_changes_and_deletes_what_was_removed(tmp_path):
    out = site(tmp_path / "public")
    target = tmp_path / "share" / "site"
    first = mirror(out, target)
    assert first.problems == []
    assert published(target) == {k: v for k, v in tree(out).items() if k != ".perskamer-manifest.json"}
    again = mirror(out, target)
    assert again.copied == [] and again.deleted == [] and again.unchanged == 4

    (out / "verslagen/a.html").write_text("a, herzien")
    (out / "verslagen/b.html").unlink()
    (out / "verslagen/c.html").write_text("c")
    result = mirror(out, target)
    assert sorted(result.copied) == ["verslagen/a.html", "verslagen/c.html"] and result.deleted == ["verslagen/b.html"]
    assert (target / "verslagen/a.html").read_text() == "a, herzien"
    assert not (target / "verslagen/b.html").exists()
    assert not list(target.rglob(".tmp-*"))


def test_mirror_leaves_files_it_did_not_publish(tmp_path):
    out = site(tmp_path / "public")
    target = tmp_path / "www"
    target.mkdir()
    (target / "andere-site.html").write_text("niet van ons")
    (target / "verslagen").mkdir()
    (target / "verslagen/handmatig.html").write_text("ook niet")
    mirror(out, target)
    (out / "verslagen/a.html").unlink()
    mirror(out, target)
    assert (target / "andere-site.html").read_text() == "niet van ons"
    assert (target / "verslagen/handmatig.html").exists()
    assert not (target / "verslagen/a.html").exists()


def test_mirror_without_delete_keeps_removed_files(tmp_path):
    out = site(tmp_path / "public")
    target = tmp_path / "www"
    mirror(out, target, delete=False)
    (out / "verslagen/a.html").unlink()
    result = mirror(out, target, delete=False)
    assert result.deleted == [] and (target / "verslagen/a.html").exists()


def test_pages_land_after_what_they_link_to(tmp_path, monkeypatch):
    out = site(tmp_path / "public")
    (out / "thema").mkdir()
    (out / "thema/index.html").write_text("thema")
    order: list[str] = []
    real = publish_mirror._copy_atomic

    def spy(source, dest, st):
        order.append(dest.relative_to(tmp_path / "www").as_posix())
        real(source, dest, st)

    monkeypatch.setattr(publish_mirror, "_copy_atomic", spy)
    mirror(out, tmp_path / "www")
    assert order[-1] == "index.html"
    assert order.index("media/a.png") < order.index("verslagen/a.html")


def test_mirror_refuses_overlapping_folders(tmp_path):
    out = site(tmp_path / "public")
    for target in (out, out / "sub", tmp_path):
        result = mirror(out, target)
        assert result.problems and "overlaps" in result.problems[0].message


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into read-only folders")
def test_unwritable_target_is_a_problem(tmp_path):
    out = site(tmp_path / "public")
    target = tmp_path / "ro"
    target.mkdir()
    target.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        result = mirror(out, target / "site")
        assert result.problems and result.problems[0].plugin == "publish-mirror"
    finally:
        target.chmod(0o755)


def test_unreachable_target_is_reported_then_retried(tmp_path):
    out = site(tmp_path / "public")
    blocker = tmp_path / "share"
    blocker.write_text("a file where the mount point should be")
    result = mirror(out, blocker / "site")
    assert result.problems and result.problems[0].severity == "error" and result.problems[0].hint
    blocker.unlink()
    blocker.mkdir()
    result = mirror(out, blocker / "site")
    assert result.problems == [] and (blocker / "site/index.html").exists()


def test_publisher_is_a_builtin_plugin():
    assert "perskamer.plugins.publish_mirror" in BUILTIN_PLUGINS


def test_build_publish_flag_and_config(tmp_path, monkeypatch, capsys):
    ws = make_workspace(tmp_path / "ws", config=CONFIG + "publish:\n  target: ../gepubliceerd\n")
    monkeypatch.chdir(ws)
    assert cli.main(["build", "--quiet"]) == 0  # a target in the config: published after every build
    target = tmp_path / "gepubliceerd"
    assert (target / "verslagen/a.html").read_bytes() == (ws / "public/verslagen/a.html").read_bytes()
    (ws / "content/b.md").unlink()
    assert cli.main(["build", "--quiet", "--publish"]) == 0
    assert not (target / "verslagen/b.html").exists()
    assert not (target / ".perskamer-manifest.json").exists()


def test_build_with_errors_is_not_published(tmp_path, monkeypatch, capsys):
    ws = make_workspace(tmp_path / "ws", config=CONFIG + "publish:\n  target: ../gepubliceerd\n")
    write(ws / "content/kapot.md", "---\ntitle: x\ntitle: y\n---\n")
    monkeypatch.chdir(ws)
    assert cli.main(["build", "--quiet"]) == 1
    assert "not published" in capsys.readouterr().err
    assert not (tmp_path / "gepubliceerd").exists()


def test_publish_flag_without_target_warns(tmp_path, monkeypatch, capsys):
    ws = make_workspace(tmp_path / "ws")
    monkeypatch.chdir(ws)
    assert cli.main(["build", "--quiet", "--publish"]) == 0
    assert "no target is set" in capsys.readouterr().err


def test_unknown_publish_option_is_a_config_error(tmp_path, monkeypatch, capsys):
    ws = make_workspace(tmp_path / "ws", config=CONFIG + "publish:\n  targte: /tmp/x\n")
    monkeypatch.chdir(ws)
    assert cli.main(["build"]) == 2
    err = capsys.readouterr().err
    assert "perskamer.yaml:5" in err and "targte" in err


def test_watch_publishes_after_each_rebuild_and_retries_after_a_failure(tmp_path):
    target = tmp_path / "share" / "site"
    ws = make_workspace(tmp_path / "ws", config=CONFIG + f"publish:\n  target: {target}\n")
    lines: list[str] = []
    w = Watcher(default_factory(ws / "config" / "perskamer.yaml"), log=lines.append)
    try:
        w.start()
        w.wait_idle(10)
        assert (target / "verslagen/a.html").is_file()

        before = w.count
        write(ws / "content/c.md", report_md("Sessie Gamma"))
        w.wait_for_rebuild(10, after=before, slow=True)
        w.wait_idle(10)
        assert (target / "verslagen/c.html").read_bytes() == (ws / "public/verslagen/c.html").read_bytes()

        # the share goes away: reported, the local output stays correct
        (tmp_path / "share/site").rename(tmp_path / "share-weg")
        (tmp_path / "share").rmdir()
        (tmp_path / "share").write_text("not a folder any more")
        before = w.count
        write(ws / "content/d.md", report_md("Sessie Delta"))
        rebuild = w.wait_for_rebuild(10, after=before, slow=True)
        w.wait_idle(10)
        assert (ws / "public/verslagen/d.html").is_file()
        assert rebuild.publish_problems and not rebuild.ok
        assert any("publishing failed" in line for line in lines)

        # it is back: the next change publishes everything, including what was missed
        (tmp_path / "share").unlink()
        (tmp_path / "share").mkdir()
        (tmp_path / "share-weg").rename(target)
        before = w.count
        (ws / "content/c.md").unlink()
        rebuild = w.wait_for_rebuild(10, after=before, slow=True)
        w.wait_idle(10)
        assert rebuild.publish_problems == [] and rebuild.ok
        assert (target / "verslagen/d.html").is_file() and not (target / "verslagen/c.html").exists()
        assert not list(target.rglob(".tmp-*")) and not list((ws / "public").rglob(".tmp-*"))
    finally:
        w.stop()
