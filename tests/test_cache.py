"""The build cache: an unchanged report is never read, validated or transformed again.

A counting reader and transform (`.rep` files) make "no work was done" observable;
the real readers are exercised in test_watch*.py.
"""

from __future__ import annotations

import datetime
import os
import pickle
import time
from pathlib import Path

import pytest

from perskamer.build import Builder
from perskamer.cache import BuildCache
from perskamer.config import load_config
from perskamer.hookspecs import hookimpl
from perskamer.model import Photo, Quote, Report
from perskamer.pluginhost import PluginHost
from perskamer.workspace import plugin_schemas

# A valid 1x1 PNG (made with Pillow). The earlier hand-written one had a wrong IDAT
# length and only loaded while Pillow was strict; WeasyPrint switches Pillow to
# LOAD_TRUNCATED_IMAGES for the whole process, after which it failed.
PNG_1PX = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d"
    "49444154789c6360606060000000050001a5f645400000000049454e44ae426082"
)


class CountingReader:
    """Reads `.rep` files (first line title, `> quote` lines, `photo: x.png`) and counts."""

    PLUGIN_NAME = "counting-reader"

    def __init__(self) -> None:
        self.reads: list[str] = []
        self.transforms: list[str] = []

    @hookimpl
    def perskamer_source_suffixes(self):
        return [".rep"]

    @hookimpl
    def perskamer_read_source(self, source, context):
        if source.suffix != ".rep":
            return None
        self.reads.append(source.rel)
        lines = source.data.decode("utf-8").splitlines()
        report = Report(source=source.rel, slug=source.stem, format="rep", title=lines[0].strip(), date=datetime.date(2023, 6, 6))
        body = [line for line in lines[1:] if not line.startswith((">", "photo:"))]
        report.sections["summary"] = "\n".join(body)
        report.quotes = [Quote(line[1:].strip()) for line in lines[1:] if line.startswith(">")]
        for line in lines:
            if line.startswith("photo:"):
                report.photo = Photo(alt="foto", src=line.split(":", 1)[1].strip())
        if "BROKEN" in source.data.decode():
            report.problem("error", "this report is broken", line=2, hint="fix it")
        if "DRAFT" in source.data.decode():
            report.meta["status"] = "draft"
        return report

    @hookimpl
    def perskamer_transform_report(self, report, context):
        self.transforms.append(report.source)
        if "CRASH" in report.sections.get("summary", ""):
            raise RuntimeError("boem")
        return None


def workspace(tmp_path: Path, config: str = "outputs: [html, json]\n") -> Path:
    (tmp_path / "content").mkdir(exist_ok=True)
    (tmp_path / "config").mkdir(exist_ok=True)
    (tmp_path / "config" / "perskamer.yaml").write_text(config, encoding="utf-8")
    return tmp_path


def make_builder(ws: Path, reader: CountingReader, *, cache: BuildCache | None = None, **kwargs) -> Builder:
    host = PluginHost()
    host.load_builtins()
    host.register(reader)
    config = load_config(ws / "config" / "perskamer.yaml", plugin_schemas(host))
    return Builder(config, host, cache=cache or BuildCache.for_config(config), **kwargs)


def add(ws: Path, name: str, text: str) -> Path:
    path = ws / "content" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def age(path: Path, seconds: float = 10) -> None:
    """Make a file look saved a while ago (the stat index does not trust fresh files)."""
    t = time.time() - seconds
    os.utime(path, (t, t))


def fill(ws: Path, n: int = 5) -> list[Path]:
    paths = [add(ws, f"r{i}.rep", f"Sessie {i}\nTekst van sessie {i}.\n> een quote {i}\n") for i in range(n)]
    for p in paths:
        age(p)
    return paths


def test_second_build_reads_and_transforms_nothing(tmp_path):
    ws = workspace(tmp_path)
    fill(ws)
    reader = CountingReader()
    first = make_builder(ws, reader).build()
    assert len(reader.reads) == 5 and len(reader.transforms) == 5 and first.processed == 5
    reader2 = CountingReader()
    second = make_builder(ws, reader2).build()
    assert reader2.reads == [] and reader2.transforms == []
    assert second.processed == 0 and second.reused == 5
    assert second.written == [] and second.removed == []
    assert second.unchanged == len(first.written)
    assert [r.slug for r in second.reports] == [r.slug for r in first.reports]


def test_unchanged_files_are_not_even_read(tmp_path):
    ws = workspace(tmp_path)
    fill(ws)
    make_builder(ws, CountingReader()).build()
    builder = make_builder(ws, CountingReader())
    builder.build()
    assert builder.cache.stats.files_read == 0 and builder.cache.stats.hits == 5


def test_changed_report_is_processed_and_only_its_files_and_collections_rewritten(tmp_path):
    ws = workspace(tmp_path)
    paths = fill(ws)
    make_builder(ws, CountingReader()).build()
    paths[2].write_text("Sessie 2 herzien\nNieuwe tekst.\n", encoding="utf-8")
    reader = CountingReader()
    result = make_builder(ws, reader).build()
    assert reader.reads == ["r2.rep"]
    # (and the search index, which holds the text of every report)
    assert {p for p in result.written if not p.startswith("zoek/")} == {"verslagen/r2.html", "data/r2.json", "index.html", "data/index.json"}
    assert "Sessie 2 herzien" in (ws / "public/index.html").read_text()
    assert "Nieuwe tekst" in (ws / "public/verslagen/r2.html").read_text()


def test_same_size_edit_within_one_timestamp_tick_is_seen(tmp_path):
    ws = workspace(tmp_path)
    path = add(ws, "a.rep", "Sessie A\nTekst AAAA.\n")
    make_builder(ws, CountingReader()).build()
    st = path.stat()
    path.write_text("Sessie A\nTekst BBBB.\n", encoding="utf-8")
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))  # same size, same mtime
    make_builder(ws, CountingReader()).build()
    assert "BBBB" in (ws / "public/verslagen/a.html").read_text()


def test_corrupt_entries_are_ignored(tmp_path):
    ws = workspace(tmp_path)
    fill(ws, 3)
    make_builder(ws, CountingReader()).build()
    entries = list((ws / ".perskamer/cache").rglob("reports/*/*.pkl"))
    assert len(entries) == 3
    entries[0].write_bytes(b"\x80\x05garbage")
    entries[1].write_bytes(pickle.dumps({"not": "an outcome"}))
    (ws / ".perskamer/cache/v2/stat-index.pkl").write_bytes(b"nonsense")
    reader = CountingReader()
    result = make_builder(ws, reader).build()
    assert result.ok and len(result.reports) == 3
    assert len(reader.reads) == 2
    reader = CountingReader()
    make_builder(ws, reader).build()
    assert reader.reads == []


@pytest.mark.parametrize(
    "change",
    ["config", "taxonomy", "plugin-version", "plugin-name"],
)
def test_what_processing_depends_on_invalidates_the_cache(tmp_path, change):
    ws = workspace(tmp_path)
    fill(ws, 2)
    make_builder(ws, CountingReader()).build()
    reader = CountingReader()
    if change == "config":
        # a key processing reads (the anonymiser's options), recorded when the reports were processed
        (ws / "config/perskamer.yaml").write_text("outputs: [html, json]\nanonymise:\n  deny: [Zorro]\n", encoding="utf-8")
    elif change == "taxonomy":
        import perskamer.defaults

        shipped = (Path(perskamer.defaults.__file__).parent / "ambitions.yaml").read_text(encoding="utf-8")
        (ws / "config/ambitions.yaml").write_text(shipped + "# a changed taxonomy file\n", encoding="utf-8")
    elif change == "plugin-version":
        builder = make_builder(ws, reader)
        builder.host.infos["counting-reader"].version = "2.0"
        builder.cache.fingerprint = ""
        from perskamer.cache import processing_fingerprint

        builder.cache.fingerprint = processing_fingerprint(builder.config, builder.host)
        builder.build()
        assert len(reader.reads) == 2
        return
    elif change == "plugin-name":
        reader.PLUGIN_NAME = "renamed-reader"
    make_builder(ws, reader).build()
    assert len(reader.reads) == 2


def test_a_config_key_processing_never_read_rerenders_without_reprocessing(tmp_path):
    ws = workspace(tmp_path)
    fill(ws, 2)
    make_builder(ws, CountingReader()).build()
    (ws / "config/perskamer.yaml").write_text("outputs: [html, json]\nsite:\n  title: Ander Congres\n", encoding="utf-8")
    reader = CountingReader()
    result = make_builder(ws, reader).build()
    assert reader.reads == [] and result.processed == 0  # the site title is not an input of processing
    assert "Ander Congres" in (ws / "public/index.html").read_text()
    assert "Ander Congres" in (ws / "public/verslagen/r0.html").read_text()  # ... but of every page


def test_template_change_rerenders_without_reprocessing(tmp_path):
    ws = workspace(tmp_path)
    fill(ws, 2)
    make_builder(ws, CountingReader()).build()
    from perskamer.plugins.output_html import TEMPLATE_DIR

    (ws / "templates").mkdir()
    text = (TEMPLATE_DIR / "report.html").read_text(encoding="utf-8").replace("Verslag sessie", "Eigen sjabloon")
    (ws / "templates/report.html").write_text(text, encoding="utf-8")
    from perskamer.plugins import output_html

    output_html.environment.cache_clear()
    reader = CountingReader()
    result = make_builder(ws, reader).build()
    assert reader.reads == [] and result.reused == 0
    assert "Eigen sjabloon" in (ws / "public/verslagen/r0.html").read_text()


def test_changed_photo_rerenders_its_report(tmp_path):
    ws = workspace(tmp_path)
    fill(ws, 2)
    (ws / "content/foto.png").write_bytes(PNG_1PX)
    add(ws, "p.rep", "Met foto\nTekst.\nphoto: foto.png\n")
    make_builder(ws, CountingReader()).build()
    from PIL import Image

    def pixels(path):  # published photos are re-encoded: compare what they show
        with Image.open(path) as img:
            return img.size, img.convert("RGB").tobytes()

    first = pixels(ws / "public/media/p.png")
    assert first == pixels(ws / "content/foto.png")

    Image.new("RGB", (3, 2), "red").save(ws / "content/foto.png")
    result = make_builder(ws, CountingReader()).build()
    assert result.reused == 2
    assert "media/p.png" in result.written
    assert pixels(ws / "public/media/p.png") == pixels(ws / "content/foto.png") != first


def test_deleted_or_tampered_output_is_rewritten(tmp_path):
    ws = workspace(tmp_path)
    fill(ws, 3)
    first = make_builder(ws, CountingReader()).build()
    page = ws / "public/verslagen/r1.html"
    good = page.read_bytes()
    page.write_bytes(b"tampered")
    (ws / "public/data/r2.json").unlink()
    result = make_builder(ws, CountingReader()).build()
    assert page.read_bytes() == good
    assert (ws / "public/data/r2.json").is_file()
    assert set(result.written) == {"verslagen/r1.html", "data/r1.json", "verslagen/r2.html", "data/r2.json"} or set(result.written) <= set(first.written)
    assert "verslagen/r1.html" in result.written and "data/r2.json" in result.written


def test_removed_report_disappears_with_cache(tmp_path):
    ws = workspace(tmp_path)
    paths = fill(ws, 3)
    make_builder(ws, CountingReader()).build()
    paths[0].unlink()
    result = make_builder(ws, CountingReader()).build()
    assert "verslagen/r0.html" in result.removed and "data/r0.json" in result.removed
    assert "Sessie 0" not in (ws / "public/index.html").read_text()
    # and back again: rendered afresh, not "reused" from a stale record
    add(ws, "r0.rep", "Sessie 0\nTekst van sessie 0.\n> een quote 0\n")
    make_builder(ws, CountingReader()).build()
    assert (ws / "public/verslagen/r0.html").is_file()


def test_drafts_flag_works_on_cached_reports(tmp_path):
    ws = workspace(tmp_path)
    fill(ws, 1)
    add(ws, "d.rep", "Concept\nDRAFT\n")
    first = make_builder(ws, CountingReader()).build()
    assert [o.status for o in first.outcomes] == ["draft", "built"]
    reader = CountingReader()
    with_drafts = make_builder(ws, reader, drafts=True).build()
    assert reader.reads == [] and {r.slug for r in with_drafts.reports} == {"d", "r0"}
    assert (ws / "public/verslagen/d.html").is_file()
    without = make_builder(ws, CountingReader()).build()
    assert not (ws / "public/verslagen/d.html").exists() and "verslagen/d.html" in without.removed


def test_failed_reports_are_cached_but_plugin_crashes_are_not(tmp_path):
    ws = workspace(tmp_path)
    add(ws, "bad.rep", "Kapot\nBROKEN\n")
    add(ws, "crash.rep", "Crash\nCRASH\n")
    for p in (ws / "content").iterdir():
        age(p)
    first = make_builder(ws, CountingReader()).build()
    assert {o.source for o in first.failed} == {"bad.rep", "crash.rep"}
    reader = CountingReader()
    second = make_builder(ws, reader).build()
    assert reader.reads == ["crash.rep"]
    crash = next(p for p in second.all_problems if p.plugin == "counting-reader")
    assert "boem" in crash.message
    bad = next(o for o in second.failed if o.source == "bad.rep")
    assert bad.problems[0].line == 2 and bad.problems[0].hint == "fix it"


def test_a_broken_report_keeps_its_last_good_version_in_every_output(tmp_path):
    ws = workspace(tmp_path)
    paths = fill(ws, 2)
    make_builder(ws, CountingReader()).build()
    paths[1].write_text("Sessie 1\nBROKEN\n", encoding="utf-8")
    kept = make_builder(ws, CountingReader()).build()
    assert not kept.ok and [o.source for o in kept.failed] == ["r1.rep"]
    assert kept.failed[0].fallback is not None
    assert "Sessie 1" in (ws / "public/index.html").read_text()  # still in the collections
    assert "Sessie 1" in (ws / "public/data/index.json").read_text()
    assert "Tekst van sessie 1" in (ws / "public/verslagen/r1.html").read_text()
    # asked not to (keep_last_good=False), the index drops it but its page stays
    plain = make_builder(ws, CountingReader(), keep_last_good=False).build()
    assert plain.failed[0].fallback is None
    assert "Sessie 1" not in (ws / "public/index.html").read_text()
    assert (ws / "public/verslagen/r1.html").is_file()
    # fixed: the new version everywhere
    paths[1].write_text("Sessie 1 hersteld\nNieuw.\n", encoding="utf-8")
    fixed = make_builder(ws, CountingReader()).build()
    assert fixed.ok and "Sessie 1 hersteld" in (ws / "public/index.html").read_text()


def test_no_temp_files_left(tmp_path):
    ws = workspace(tmp_path)
    fill(ws, 4)
    make_builder(ws, CountingReader()).build()
    make_builder(ws, CountingReader()).build()
    assert not list(ws.rglob(".tmp-*"))


def test_cache_dir_from_config(tmp_path):
    ws = workspace(tmp_path, "outputs: [html, json]\ncache: elders/cache\n")
    fill(ws, 1)
    make_builder(ws, CountingReader()).build()
    assert list((ws / "elders/cache").rglob("*.pkl"))
    assert not (ws / ".perskamer").exists()


def test_prune_removes_old_unused_entries(tmp_path):
    ws = workspace(tmp_path)
    paths = fill(ws, 2)
    make_builder(ws, CountingReader()).build()
    paths[0].write_text("Sessie 0\nAnders.\n", encoding="utf-8")
    builder = make_builder(ws, CountingReader())
    builder.build()
    entries = list((ws / ".perskamer/cache").rglob("reports/*/*.pkl"))
    assert len(entries) == 3
    old = time.time() - 30 * 24 * 3600
    for e in entries:
        os.utime(e, (old, old))
    assert builder.cache.prune() == 1
    assert len(list((ws / ".perskamer/cache").rglob("reports/*/*.pkl"))) == 2
