"""Every file a plugin reads is a recorded input: editing it changes the output.

The digest intro, the extra print stylesheet, a template override and the taxonomy
(``config/ambitions.yaml``) are read through the build context
(``read_workspace_file``, ``template_dir``, ``taxonomy``), so the build cache, render
skipping and watch mode see them change. Each is edited here after a first build,
and the next build (a fresh process' worth: a new Builder on the same cache) and a
running watcher must both show the change.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from perskamer.build import Builder
from perskamer.cache import BuildCache
from perskamer.plugins.output_html import TEMPLATE_DIR
from perskamer.watch import Watcher, default_factory
from perskamer.workspace import open_workspace

CONFIG = """site:
  title: Testcongres
outputs: [html, json, pdf, bundle, digest]
digest:
  intro: intro.md
pdf:
  stylesheet: print-extra.css
"""

REPORT = (
    '---\ntitle: "Sessie over vrijwilligers"\ndate: 2023-06-06\nsession: "Ronde 1"\n---\n\n'
    "## Wat er is gebeurd in de sessie?\n\nVrijwilligers en vrijwilligerswerk in het jeugdhuis: engagement en inzet.\n\n"
    '## Interessante quote(s) uit de sessie\n\n> "Iedereen moet kunnen meedoen." – een deelnemer\n'
)


def make_workspace(root: Path) -> Path:
    (root / "config").mkdir(parents=True)
    (root / "content").mkdir()
    (root / "templates").mkdir()
    (root / "config/perskamer.yaml").write_text(CONFIG, encoding="utf-8")
    shutil.copy(Path(__file__).parents[1] / "config/ambitions.yaml", root / "config/ambitions.yaml")
    (root / "content/a.md").write_text(REPORT, encoding="utf-8")
    (root / "intro.md").write_text("Welkom bij de eerste nieuwsbrief.\n", encoding="utf-8")
    (root / "print-extra.css").write_text("h1 { color: #111111; }\n", encoding="utf-8")
    page = (TEMPLATE_DIR / "report.html").read_text(encoding="utf-8")
    (root / "templates/report.html").write_text(page.replace("</article>", "<p>sjabloon-versie-1</p></article>", 1), encoding="utf-8")
    return root


def edit_intro(ws: Path) -> None:
    (ws / "intro.md").write_text("Welkom bij de TWEEDE nieuwsbrief.\n", encoding="utf-8")


def edit_stylesheet(ws: Path) -> None:
    (ws / "print-extra.css").write_text("h1 { color: #aa0000; font-size: 30pt; }\n", encoding="utf-8")


def edit_template(ws: Path) -> None:
    path = ws / "templates/report.html"
    path.write_text(path.read_text(encoding="utf-8").replace("sjabloon-versie-1", "sjabloon-versie-2"), encoding="utf-8")


def edit_ambitions(ws: Path) -> None:
    path = ws / "config/ambitions.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("label: Vrijwillig engagement", "label: Engagement als vrijwilliger"), encoding="utf-8")


def intro_seen(ws: Path, before: dict[str, bytes]) -> bool:
    return "TWEEDE nieuwsbrief" in (ws / "public/digest/index.html").read_text(encoding="utf-8")


def stylesheet_seen(ws: Path, before: dict[str, bytes]) -> bool:
    return (ws / "public/pdf/a.pdf").read_bytes() != before["pdf/a.pdf"]


def template_seen(ws: Path, before: dict[str, bytes]) -> bool:
    return "sjabloon-versie-2" in (ws / "public/verslagen/a.html").read_text(encoding="utf-8")


def ambitions_seen(ws: Path, before: dict[str, bytes]) -> bool:
    return "Engagement als vrijwilliger" in (ws / "public/verslagen/a.html").read_text(encoding="utf-8")


EDITS: dict[str, tuple[Callable[[Path], None], Callable[[Path, dict[str, bytes]], bool]]] = {
    "digest-intro": (edit_intro, intro_seen),
    "print-stylesheet": (edit_stylesheet, stylesheet_seen),
    "template-override": (edit_template, template_seen),
    "ambitions": (edit_ambitions, ambitions_seen),
}


def build(ws: Path):
    config, host = open_workspace(ws / "config/perskamer.yaml")
    return Builder(config, host, cache=BuildCache.for_config(config)).build()


def snapshot(ws: Path) -> dict[str, bytes]:
    out = ws / "public"
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}


@pytest.mark.parametrize("name", list(EDITS))
def test_editing_a_file_a_plugin_reads_changes_the_next_build(tmp_path, name):
    ws = make_workspace(tmp_path / "ws")
    first = build(ws)
    assert first.ok, [p.format() for p in first.all_problems if p.severity == "error"]
    assert "eerste nieuwsbrief" in (ws / "public/digest/index.html").read_text(encoding="utf-8")
    assert "sjabloon-versie-1" in (ws / "public/verslagen/a.html").read_text(encoding="utf-8")
    assert "Vrijwillig engagement" in (ws / "public/verslagen/a.html").read_text(encoding="utf-8")
    again = build(ws)
    assert again.written == [] and again.processed == 0  # nothing changed: nothing done
    before = snapshot(ws)
    edit, seen = EDITS[name]
    edit(ws)
    result = build(ws)
    assert result.written, "the edit was not seen: 0 files written"
    assert seen(ws, before)


def test_editing_the_files_plugins_read_is_seen_in_watch(tmp_path):
    ws = make_workspace(tmp_path / "ws")
    watcher = Watcher(default_factory(ws / "config/perskamer.yaml"), log=lambda line: None, debounce=0.05)
    watcher.start()
    try:
        watcher.wait_idle(60)
        first = watcher.wait_for_rebuild(60, after=0, slow=True)
        assert first.ok, [p.format() for p in first.errors]
        for name, (edit, seen) in EDITS.items():
            before = snapshot(ws)
            count = watcher.count
            edit(ws)
            rebuild = watcher.wait_for_rebuild(60, after=count, slow=True)
            watcher.wait_idle(60)
            assert seen(ws, before), f"watch did not see the edit of the {name} (rebuild: {rebuild.reasons})"
    finally:
        watcher.stop()
