"""``perskamer watch`` in-process: every kind of change ends up in the output, and only it.

Each test starts a :class:`Watcher` on a workspace in a temporary folder with
Markdown reports written here, changes files the way people and editors do, and waits
(bounded) for the rebuild.
"""

from __future__ import annotations

import json
import os
import shutil
import threading
import time
from pathlib import Path

import pytest

from perskamer.build import Builder
from perskamer.cache import BuildCache
from perskamer.hookspecs import hookimpl
from perskamer.model import Artifact
from perskamer.watch import Watcher, default_factory
from perskamer.workspace import open_workspace

CONFIG = "site:\n  title: Testcongres\noutputs: [html, json]\n"


def report_md(title: str, body: str = "Jongeren praatten over vrijwilligerswerk in het jeugdhuis.", quote: str = "Iedereen moet kunnen meedoen.") -> str:
    return (
        f'---\ntitle: "{title}"\ndate: 2023-06-06\nsession: "Ronde 1"\n---\n\n'
        f"## Wat er is gebeurd in de sessie?\n\n{body}\n\n"
        f'## Interessante quote(s) uit de sessie\n\n> "{quote}" – een deelnemer\n'
    )


BROKEN_MD = '---\ntitle: "Kapot"\ndate: 2023-06-06\ntitle: "Dubbel"\n---\n\n## Wat er is gebeurd in de sessie?\n\nTekst.\n'


def make_workspace(root: Path, reports: dict[str, str] | None = None, config: str = CONFIG) -> Path:
    (root / "config").mkdir(parents=True)
    (root / "content").mkdir()
    (root / "config" / "perskamer.yaml").write_text(config, encoding="utf-8")
    for name, text in (reports if reports is not None else {"a.md": report_md("Sessie Alfa"), "b.md": report_md("Sessie Beta")}).items():
        (root / "content" / name).write_text(text, encoding="utf-8")
    return root


def write(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")


def temp_files(root: Path) -> list[Path]:
    return [p for p in root.rglob(".tmp-*")]


@pytest.fixture
def ws(tmp_path):
    return make_workspace(tmp_path / "ws")


@pytest.fixture
def watcher_factory():
    started: list[Watcher] = []

    def start(ws: Path, **kwargs) -> Watcher:
        kwargs.setdefault("log", lambda line: None)
        factory = kwargs.pop("factory", None) or default_factory(ws / "config" / "perskamer.yaml")
        watcher = Watcher(factory, **kwargs)
        watcher.start()
        started.append(watcher)
        return watcher

    yield start
    for watcher in started:
        watcher.stop()


def change(watcher: Watcher, action, timeout: float = 10.0):
    """Do ``action`` and wait for its rebuild and for the watcher to settle."""
    before = watcher.count
    action()
    watcher.wait_for_rebuild(timeout, after=before)
    return watcher.wait_idle(timeout)


def index_titles(ws: Path) -> list[str]:
    data = json.loads((ws / "public/data/index.json").read_text(encoding="utf-8"))
    return [r["title"] for r in data["reports"]]


def test_add_modify_rename_delete(ws, watcher_factory):
    w = watcher_factory(ws)
    out = ws / "public"
    assert index_titles(ws) == ["Sessie Alfa", "Sessie Beta"]

    change(w, lambda: write(ws / "content/c.md", report_md("Sessie Gamma")))
    assert (out / "verslagen/c.html").is_file() and "Sessie Gamma" in (out / "index.html").read_text()
    assert "Sessie Gamma" in index_titles(ws)

    last = change(w, lambda: write(ws / "content/a.md", report_md("Sessie Alfa", body="Een volledig nieuwe samenvatting over speelpleinen.")))
    assert "volledig nieuwe samenvatting" in (out / "verslagen/a.html").read_text()
    assert last.result.processed == 1  # only the changed report was read again

    change(w, lambda: os.rename(ws / "content/b.md", ws / "content/b-hernoemd.md"))
    assert not (out / "verslagen/b.html").exists() and not (out / "data/b.json").exists()
    assert (out / "verslagen/b-hernoemd.html").is_file()
    assert "verslagen/b.html" not in (out / "index.html").read_text()

    change(w, lambda: (ws / "content/c.md").unlink())
    assert not (out / "verslagen/c.html").exists() and not (out / "data/c.json").exists()
    assert "Sessie Gamma" not in (out / "index.html").read_text() and "Sessie Gamma" not in index_titles(ws)
    for page in (out / "thema").glob("*.html"):
        assert "Sessie Gamma" not in page.read_text()
    assert temp_files(ws) == []


def test_editor_atomic_save_is_one_rebuild(ws, watcher_factory):
    w = watcher_factory(ws)
    before = w.count

    def save_like_an_editor():
        target = ws / "content/a.md"
        backup = ws / "content/a.md~"
        swap = ws / "content/.a.md.swp"
        write(swap, "swap")
        shutil.copy2(target, backup)
        tmp = ws / "content/.a.md.tmp123"
        write(tmp, report_md("Sessie Alfa", body="Bewaard zoals een editor dat doet."))
        os.replace(tmp, target)
        backup.unlink()
        swap.unlink()

    save_like_an_editor()
    w.wait_for_rebuild(10, after=before)
    w.wait_idle(10)
    assert w.count == before + 1
    assert "Bewaard zoals een editor" in (ws / "public/verslagen/a.html").read_text()
    assert not list((ws / "public").rglob("*swp*")) and not (ws / "public/verslagen/a.md~.html").exists()


def test_forty_files_copied_at_once(ws, watcher_factory, tmp_path):
    w = watcher_factory(ws)
    staging = tmp_path / "staging"
    staging.mkdir()
    for i in range(40):
        write(staging / f"form-{i:02d}.md", report_md(f"Massasessie {i:02d}"))
    before = w.count
    for path in sorted(staging.iterdir()):
        shutil.copy(path, ws / "content" / path.name)
    w.wait_for_rebuild(20, after=before)
    w.wait_idle(20)
    assert w.count - before <= 2, "a burst of 40 copies should coalesce into one rebuild (two at most)"
    assert len(list((ws / "public/verslagen").glob("form-*.html"))) == 40
    assert len(index_titles(ws)) == 42
    assert temp_files(ws) == []


def test_broken_report_keeps_last_good_output_and_recovers(ws, watcher_factory):
    lines: list[str] = []
    w = watcher_factory(ws, log=lines.append)
    page = ws / "public/verslagen/a.html"
    good = page.read_text()

    rebuild = change(w, lambda: write(ws / "content/a.md", BROKEN_MD))
    assert not rebuild.ok
    error = next(p for p in rebuild.errors if p.file == "a.md" and p.line is not None)
    assert error.line == 4 and error.hint and "duplicate key" in error.message
    assert any("a.md:4: error" in line for line in lines)
    assert any("last good version stays online" in line for line in lines)
    # the last good version stays online, in its page and in every collection
    assert page.read_text() == good
    assert "Sessie Alfa" in index_titles(ws) and "Sessie Alfa" in (ws / "public/index.html").read_text()

    # another change elsewhere: still kept
    change(w, lambda: write(ws / "content/c.md", report_md("Sessie Gamma")))
    assert page.read_text() == good and "Sessie Alfa" in index_titles(ws)

    rebuild = change(w, lambda: write(ws / "content/a.md", report_md("Sessie Alfa hersteld")))
    assert rebuild.ok
    assert "Sessie Alfa hersteld" in page.read_text() and "Sessie Alfa hersteld" in index_titles(ws)


def test_broken_new_report_is_reported_and_not_published(ws, watcher_factory):
    w = watcher_factory(ws)
    rebuild = change(w, lambda: write(ws / "content/nieuw.md", BROKEN_MD))
    assert not rebuild.ok and any(p.file == "nieuw.md" for p in rebuild.errors)
    assert not (ws / "public/verslagen/nieuw.html").exists()
    rebuild = change(w, lambda: (ws / "content/nieuw.md").unlink())
    assert rebuild.ok


def test_config_change_rebuilds_and_bad_config_keeps_the_old_one(ws, watcher_factory):
    lines: list[str] = []
    w = watcher_factory(ws, log=lines.append)
    config = ws / "config/perskamer.yaml"
    change(w, lambda: write(config, CONFIG.replace("Testcongres", "Ander congres")))
    for page in ("index.html", "verslagen/a.html", "verslagen/b.html"):
        assert "Ander congres" in (ws / "public" / page).read_text()

    before = {p: p.read_bytes() for p in (ws / "public").rglob("*.html")}
    rebuild = change(w, lambda: write(config, "site:\n  title: Kapot\noutputz: [html]\n"))
    assert rebuild.error and not rebuild.ok
    problem = rebuild.problems[0]
    assert problem.line == 3 and "outputz" in problem.format()
    assert any("perskamer.yaml:3" in line for line in lines)
    assert {p: p.read_bytes() for p in (ws / "public").rglob("*.html")} == before

    # reports still rebuild with the old config in force, and the config error is still said
    rebuild = change(w, lambda: write(ws / "content/c.md", report_md("Sessie Gamma")))
    assert "Ander congres" in (ws / "public/verslagen/c.html").read_text()
    assert rebuild.error and not rebuild.ok and "outputz" in rebuild.status()["problems"][0]

    change(w, lambda: write(config, CONFIG.replace("Testcongres", "Hersteld congres")))
    assert w.last.ok
    assert "Hersteld congres" in (ws / "public/verslagen/c.html").read_text()


def test_config_can_drop_an_output(ws, watcher_factory):
    w = watcher_factory(ws)
    assert (ws / "public/data/a.json").is_file()
    change(w, lambda: write(ws / "config/perskamer.yaml", CONFIG.replace("[html, json]", "[html]")))
    assert not (ws / "public/data").exists()
    assert (ws / "public/verslagen/a.html").is_file()


def test_template_override_added_changed_removed(ws, watcher_factory):
    from perskamer.plugins.output_html import TEMPLATE_DIR

    w = watcher_factory(ws)
    original = (TEMPLATE_DIR / "report.html").read_text(encoding="utf-8")
    templates = ws / "templates"

    def add_override():
        templates.mkdir()
        write(templates / "report.html", original.replace("Verslag sessie", "EIGEN SJABLOON"))

    change(w, add_override)
    w.wait_idle(10)
    if "EIGEN SJABLOON" not in (ws / "public/verslagen/a.html").read_text():
        # creating the folder and the file may be two rebuilds apart
        change(w, lambda: w.touch("templates"))
    assert "EIGEN SJABLOON" in (ws / "public/verslagen/a.html").read_text()
    change(w, lambda: write(templates / "report.html", original.replace("Verslag sessie", "TWEEDE VERSIE")))
    assert "TWEEDE VERSIE" in (ws / "public/verslagen/b.html").read_text()
    change(w, lambda: (templates / "report.html").unlink())
    assert "TWEEDE VERSIE" not in (ws / "public/verslagen/a.html").read_text()
    assert "Verslag sessie" in (ws / "public/verslagen/a.html").read_text()


def test_photo_change_updates_the_page_media(ws, watcher_factory):
    from PIL import Image

    Image.new("RGB", (8, 6), "blue").save(ws / "content/foto.png")
    text = report_md("Met foto").replace('session: "Ronde 1"\n', 'session: "Ronde 1"\nphoto: foto.png\n')
    write(ws / "content/f.md", text)
    w = watcher_factory(ws)
    media = ws / "public/media/f.png"
    first = media.read_bytes()
    change(w, lambda: Image.new("RGB", (8, 6), "red").save(ws / "content/foto.png"))
    assert media.read_bytes() != first
    with Image.open(media) as published:  # re-encoded from the pixels: it shows the new photo
        assert published.convert("RGB").getpixel((0, 0)) == (255, 0, 0)


class Crashing:
    PLUGIN_NAME = "crashy"

    @hookimpl
    def perskamer_render_report(self, report, context):
        if "CRASH" in report.title:
            raise RuntimeError("kapot gegaan")
        return None


def factory_with(ws: Path, *plugins):
    def make() -> Builder:
        config, host = open_workspace(ws / "config" / "perskamer.yaml")
        for plugin in plugins:
            host.register(plugin)
        return Builder(config, host, cache=BuildCache.for_config(config))

    return make


def test_plugin_exception_is_named_and_the_loop_goes_on(ws, watcher_factory):
    lines: list[str] = []
    w = watcher_factory(ws, factory=factory_with(ws, Crashing()), log=lines.append)
    rebuild = change(w, lambda: write(ws / "content/c.md", report_md("CRASH sessie")))
    crash = next(p for p in rebuild.errors if p.plugin == "crashy")
    assert "kapot gegaan" in crash.message and crash.file == "c.md"
    assert any("crashy" in line for line in lines)
    change(w, lambda: write(ws / "content/d.md", report_md("Sessie Delta")))
    assert (ws / "public/verslagen/d.html").is_file()


class SlowOutput:
    """An output whose per-report artefact and collection artefact take a while (like PDFs)."""

    PLUGIN_NAME = "slowpoke"

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.produced: list[str] = []

    def _producer(self, path: str, text: str):
        def produce() -> bytes:
            time.sleep(self.seconds)
            self.produced.append(path)
            return text.encode()

        return produce

    @hookimpl
    def perskamer_render_report(self, report, context):
        return [Artifact(f"traag/{report.slug}.txt", producer=self._producer(f"traag/{report.slug}.txt", report.title), output="traag")]

    @hookimpl
    def perskamer_render_collection(self, reports, context):
        titles = "\n".join(r.title for r in reports)
        return [Artifact("traag/bundel.txt", producer=self._producer("traag/bundel.txt", titles), output="traag")]


def test_slow_outputs_trail_without_delaying_the_pages(ws, watcher_factory):
    slow = SlowOutput(0.4)
    w = watcher_factory(ws, factory=factory_with(ws, slow))
    w.wait_idle(20)
    assert (ws / "public/traag/bundel.txt").read_text() == "Sessie Alfa\nSessie Beta"

    before = w.count
    write(ws / "content/a.md", report_md("Sessie Alfa twee"))
    rebuild = w.wait_for_rebuild(10, after=before)
    pages_seconds = rebuild.pages_done - rebuild.started
    assert "Sessie Alfa twee" in (ws / "public/verslagen/a.html").read_text()
    assert rebuild.slow_done is None or rebuild.slow_done > rebuild.pages_done
    assert pages_seconds < 0.4, "the pages must not wait for the slow outputs"
    rebuild = w.wait_for_rebuild(10, after=before, slow=True)
    w.wait_idle(20)
    assert (ws / "public/traag/a.txt").read_text() == "Sessie Alfa twee"
    assert "Sessie Alfa twee" in (ws / "public/traag/bundel.txt").read_text()
    assert "traag/b.txt" not in slow.produced[-2:], "an unchanged report's slow artefact is not produced again"


def test_newer_change_cancels_the_older_slow_lane(ws, watcher_factory):
    slow = SlowOutput(0.5)
    w = watcher_factory(ws, factory=factory_with(ws, slow))
    w.wait_idle(20)
    before = w.count
    write(ws / "content/a.md", report_md("Eerste wijziging"))
    w.wait_for_rebuild(10, after=before)
    time.sleep(0.1)  # the slow lane is producing now
    write(ws / "content/a.md", report_md("Tweede wijziging"))
    w.wait_for_rebuild(10, after=before + 1)
    w.wait_idle(20)
    assert (ws / "public/traag/a.txt").read_text() == "Tweede wijziging"
    assert "Tweede wijziging" in (ws / "public/traag/bundel.txt").read_text()
    assert "Eerste wijziging" not in (ws / "public/traag/bundel.txt").read_text()
    assert temp_files(ws) == []


class SteppedCollection:
    """A collection made in steps that asks ``context.cancelled()`` between them (like the PDF bundle)."""

    PLUGIN_NAME = "stappen"

    def __init__(self, steps: int, seconds: float):
        self.steps, self.seconds = steps, seconds
        self.started: list[str] = []
        self.stopped: list[str] = []

    @hookimpl
    def perskamer_render_collection(self, reports, context):
        titles = "\n".join(r.title for r in reports)

        def produce() -> bytes:
            self.started.append(titles)
            for _ in range(self.steps):
                if context.cancelled():
                    self.stopped.append(titles)
                    raise RuntimeError("gestopt")
                time.sleep(self.seconds)
            return titles.encode()

        return [Artifact("traag/stappen.txt", producer=produce, output="stappen")]


def test_a_long_producer_stops_early_when_a_newer_change_cancels_it(ws, watcher_factory):
    slow = SteppedCollection(steps=40, seconds=0.05)
    w = watcher_factory(ws, factory=factory_with(ws, slow))
    w.wait_idle(30)
    before = w.count
    write(ws / "content/a.md", report_md("Eerste wijziging"))
    first = w.wait_for_rebuild(10, after=before)
    deadline = time.monotonic() + 10
    while not any("Eerste wijziging" in t for t in slow.started) and time.monotonic() < deadline:
        time.sleep(0.02)
    write(ws / "content/a.md", report_md("Tweede wijziging"))
    w.wait_for_rebuild(10, after=before + 1)
    w.wait_idle(30)
    # the older production stopped half-way instead of running its 2 s to the end...
    assert any("Eerste wijziging" in t for t in slow.stopped)
    assert first.slow_cancelled
    # ...without being reported as a failure, and the newer one was written
    assert not [p for r in w.rebuilds for p in r.errors if "stappen" in p.message or "gestopt" in p.message]
    assert "Tweede wijziging" in (ws / "public/traag/stappen.txt").read_text()


class BusyCollection:
    """A collection produced in many small CPU-bound steps, asking ``context.cancelled()`` before each."""

    PLUGIN_NAME = "bezig"

    def __init__(self, steps: int):
        self.steps = steps
        self.ticks: list[float] = []  # when each step ended
        self.done: list[str] = []

    @hookimpl
    def perskamer_render_collection(self, reports, context):
        titles = "\n".join(r.title for r in reports)

        def produce() -> bytes:
            for _ in range(self.steps):
                if context.cancelled():
                    raise RuntimeError("gestopt")
                end = time.thread_time() + 0.002
                while time.thread_time() < end:  # holds the interpreter, as a PDF being laid out does
                    pass
                self.ticks.append(time.monotonic())
            self.done.append(titles)
            return titles.encode()

        return [Artifact("traag/bezig.txt", producer=produce, output="bezig")]


def test_the_slow_lane_waits_while_a_newer_change_makes_its_pages(ws, watcher_factory):
    """Slow work that has waited long is not cancelled, but it stops holding the interpreter
    (one Python thread runs at a time) from the moment a change is seen until its pages are written."""
    busy = BusyCollection(steps=600)
    w = watcher_factory(ws, factory=factory_with(ws, busy), max_slow_delay=0.0)  # never cancel: only pause
    w.wait_idle(60)
    before, steps = w.count, len(busy.ticks)
    write(ws / "content/a.md", report_md("Eerste wijziging"))
    w.wait_for_rebuild(10, after=before)
    deadline = time.monotonic() + 10
    while len(busy.ticks) < steps + 20 and time.monotonic() < deadline:  # its slow lane is busy now
        time.sleep(0.01)
    write(ws / "content/a.md", report_md("Tweede wijziging"))
    second = w.wait_for_rebuild(10, after=before + 1)
    w.wait_idle(60)
    during = [t for t in busy.ticks if second.started < t < second.pages_done]
    assert during == [], f"the slow lane worked {len(during)} steps while the pages were being made"
    assert any(t > second.pages_done for t in busy.ticks), "it went on afterwards"
    assert any("Eerste wijziging" in d for d in busy.done), "the older slow work was finished, not cancelled"
    assert "Tweede wijziging" in (ws / "public/traag/bezig.txt").read_text()


def test_deleted_report_takes_its_slow_artefacts_along(ws, watcher_factory):
    w = watcher_factory(ws, factory=factory_with(ws, SlowOutput(0.05)))
    w.wait_idle(20)
    assert (ws / "public/traag/b.txt").is_file()
    change(w, lambda: (ws / "content/b.md").unlink(), timeout=20)
    assert not (ws / "public/traag/b.txt").exists()
    assert (ws / "public/traag/bundel.txt").read_text() == "Sessie Alfa"


def test_polling_fallback(ws, watcher_factory):
    w = watcher_factory(ws, poll=True, poll_interval=0.2)
    change(w, lambda: write(ws / "content/c.md", report_md("Gepolde sessie")))
    assert (ws / "public/verslagen/c.html").is_file()
    change(w, lambda: (ws / "content/c.md").unlink())
    assert not (ws / "public/verslagen/c.html").exists()


def test_idle_watcher_uses_no_cpu(ws, watcher_factory):
    w = watcher_factory(ws)
    w.wait_idle(10)
    threads_before = threading.active_count()
    cpu = time.process_time()
    time.sleep(1.5)
    used = time.process_time() - cpu
    assert used < 0.05, f"idle watch used {used:.3f} s CPU in 1.5 s"
    assert threading.active_count() == threads_before


def test_stop_is_clean_and_leaves_no_temp_files(ws):
    w = Watcher(default_factory(ws / "config" / "perskamer.yaml"), log=lambda line: None)
    w.start()
    for i in range(5):
        write(ws / "content" / f"x{i}.md", report_md(f"Sessie {i}"))
    time.sleep(0.05)
    w.stop(timeout=10)
    assert not (w._worker and w._worker.is_alive())
    assert temp_files(ws) == []


def test_run_removes_its_own_unfinished_temporary_files_when_it_stops(ws, monkeypatch):
    """A lane still writing when the process stops (abandoned by a second Ctrl-C, or its wait
    ran out on a busy machine) leaves a ``.tmp-<pid>-*`` file that a site upload would publish:
    ``run`` removes this process's, never another's (a build running beside it)."""
    w = Watcher(default_factory(ws / "config" / "perskamer.yaml"), log=lambda line: None)
    mine = ws / "public" / "zoek" / f".tmp-{os.getpid()}-7.js"
    other = ws / "public" / f".tmp-{os.getpid() + 1}-7.js"

    def start_then_interrupt() -> None:
        Watcher.start(w)
        w.wait_idle(20)
        mine.parent.mkdir(parents=True, exist_ok=True)
        mine.write_text("half a file")
        other.write_text("another process's")
        raise KeyboardInterrupt

    monkeypatch.setattr(w, "start", start_then_interrupt)
    assert w.run() == 0
    assert not mine.exists()
    assert other.exists()


def test_backup_then_write_save_never_takes_the_page_offline(ws, watcher_factory):
    """vim's default save: rename the file to a backup, write a new one, delete the backup."""
    w = watcher_factory(ws)
    page = ws / "public/verslagen/a.html"
    for i in range(3):
        before = w.count
        target = ws / "content/a.md"
        os.rename(target, ws / "content/a.md~")
        write(target, report_md(f"Sessie Alfa, versie {i}"))
        (ws / "content/a.md~").unlink()
        w.wait_for_rebuild(10, after=before)
        w.wait_idle(10)
        assert f"versie {i}" in page.read_text()
        removed = [p for r in w.rebuilds if r.number > before and r.result for p in r.result.removed]
        assert "verslagen/a.html" not in removed


def test_a_workspace_that_cannot_be_opened_stops_at_the_start(tmp_path):
    from perskamer.config import ConfigError

    ws = make_workspace(tmp_path / "ws", config="outputs: [html, jsno]\n")
    w = Watcher(default_factory(ws / "config" / "perskamer.yaml"), log=lambda line: None)
    with pytest.raises(ConfigError) as info:
        w.start()
    assert "jsno" in info.value.problems[0].format() and "json" in info.value.problems[0].format()


def test_config_change_while_the_slow_lane_runs(ws, watcher_factory):
    slow = SlowOutput(0.3)
    w = watcher_factory(ws, factory=factory_with(ws, slow))
    w.wait_idle(20)
    before = w.count
    write(ws / "content/a.md", report_md("Sessie Alfa nieuw"))
    w.wait_for_rebuild(10, after=before)
    write(ws / "config/perskamer.yaml", CONFIG.replace("Testcongres", "Nieuwe titel"))
    w.wait_for_rebuild(10, after=before + 1)
    w.wait_idle(30)
    assert "Nieuwe titel" in (ws / "public/verslagen/a.html").read_text()
    assert (ws / "public/traag/a.txt").read_text() == "Sessie Alfa nieuw"
    assert "Sessie Alfa nieuw" in (ws / "public/traag/bundel.txt").read_text()
    manifest = json.loads((ws / "public/.perskamer-manifest.json").read_text())["files"]
    assert "traag/bundel.txt" in manifest and "verslagen/a.html" in manifest
    assert temp_files(ws) == []


def test_perskamer_build_writes_the_pages_before_the_slow_outputs(ws):
    """`perskamer build` works like watch: pages first, then the slow artefacts (same result)."""
    from perskamer.cli import build_pages_first

    seen: list[bool] = []

    class Watching:
        PLUGIN_NAME = "kijker"

        @hookimpl
        def perskamer_render_collection(self, reports, context):
            def produce() -> bytes:
                page = ws / "public" / "index.html"
                seen.append(page.is_file() and "Sessie Alfa" in page.read_text(encoding="utf-8"))
                return b"traag"

            return [Artifact("traag/kijker.txt", producer=produce, output="kijker")]

    builder = factory_with(ws, Watching())()
    result = build_pages_first(builder)
    assert seen == [True], "the slow artefact was made before index.html was written"
    assert result.ok and (ws / "public/traag/kijker.txt").read_bytes() == b"traag"
    assert "traag/kijker.txt" in result.written and result.finished


def test_a_rebuild_leaves_the_collector_settled(ws, watcher_factory):
    """After a rebuild what is alive is frozen for the collector, so the next save's fast
    lane does not pay a full collection over everything watch keeps (perskamer.collector)."""
    import gc

    from perskamer import collector

    w = watcher_factory(ws)
    w.wait_idle(20)
    before = collector.settlements()
    change(w, lambda: write(ws / "content/a.md", report_md("Sessie Alfa, opnieuw")))
    w.wait_idle(20)
    assert collector.settlements() > before and gc.get_freeze_count() > 0
    gc.unfreeze()


def test_the_first_change_after_a_start_from_the_cache_reads_only_its_own_cards(tmp_path, watcher_factory, monkeypatch):
    """A start whose collections come from the cache renders and guards none; the idle
    warm-up does it once (writing nothing), so the first change's guard reads the index
    and theme pages only for the changed report, as every later change does."""
    from perskamer.cli import build_pages_first

    reports = {f"{name}.md": report_md(f"Sessie {name.title()}", quote=f"Zin nummer {i} over het jeugdhuis.") for i, name in enumerate(["alfa", "beta", "gamma", "delta", "epsilon"])}
    ws = make_workspace(tmp_path / "ws", reports)
    assert build_pages_first(default_factory(ws / "config" / "perskamer.yaml")()).ok  # the cache and the output are complete
    index_before = (ws / "public/index.html").read_bytes()
    read: list[tuple[str, list[str]]] = []
    original_guard = Builder._guard

    def counting_guard(self, artifact, text, reports):
        read.append((artifact.path, [r.source for r in reports]))
        return original_guard(self, artifact, text, reports)

    monkeypatch.setattr(Builder, "_guard", counting_guard)
    w = watcher_factory(ws)
    w.wait_idle(20)
    assert (ws / "public/index.html").read_bytes() == index_before  # the warm-up wrote nothing
    assert w.last.result.plan.collections == []  # the start reused the collections (so rendered no card)
    read.clear()
    change(w, lambda: write(ws / "content/gamma.md", report_md("Sessie Gamma, herzien", quote="Zin nummer 2 over het jeugdhuis.")))
    collections = [(path, sources) for path, sources in read if path in ("index.html", "data/index.json") or path.startswith("thema/")]
    assert collections, "the index and theme pages were guarded"
    assert all(sources == ["gamma.md"] for _path, sources in collections), collections
    assert "Sessie Gamma, herzien" in (ws / "public/index.html").read_text(encoding="utf-8")


def test_the_collections_warm_up_stops_when_a_change_comes_in(tmp_path):
    """The warm-up fills the guard's memo between two steps it may stop at (watch asks
    whether a change is waiting: that change should not wait for the rest of it)."""
    from perskamer.cli import build_pages_first

    ws = make_workspace(tmp_path / "ws")
    assert build_pages_first(default_factory(ws / "config" / "perskamer.yaml")()).ok
    builder = default_factory(ws / "config" / "perskamer.yaml")()
    result = build_pages_first(builder)
    assert result.plan.collections == [] and builder.guard_memo.passed == {}  # reused: nothing rendered or read
    asked: list[int] = []
    assert builder.warm_collections(result, stop=lambda: asked.append(1) or len(asked) > 1) is False
    assert builder.guard_memo.passed == {} and len(asked) == 2  # stopped before the guard read anything
    assert builder.warm_collections(result, stop=lambda: False) is True
    assert builder.guard_memo.passed  # the cards and the pages' own text passed
