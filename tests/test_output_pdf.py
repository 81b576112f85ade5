"""The pdf and bundle outputs: what a reader of the PDF gets, and nothing else.

Rendering PDFs takes a few tenths of a second each, so the PDF tests are few, build
small documents and are marked slow (they still run by default). Reports are built
from the corpus reports in tests/fixtures/corpus, with their quotes anonymised the
way the anonymiser does it (names replaced), and the originals kept in
``report.private`` where outputs must never look.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from pypdf import PdfReader

from perskamer.config import load_config
from perskamer.context import BuildContext
from perskamer.model import SECTION_IDS, AmbitionTag, Artifact, Photo, Quote, Report
from perskamer.pluginhost import PluginHost
from perskamer.plugins import output_pdf
from perskamer.plugins.output_pdf import printview
from perskamer.workspace import plugin_schemas

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
LABELS = {"person": "een sessiegever"}


# --- building reports and contexts -----------------------------------------------------------


def corpus_report(name: str, *, tags: list[tuple[str, str]] = (), content_dir: Path | None = None) -> Report:
    """A report from a corpus Markdown file, quotes anonymised as the anonymiser would."""
    path = CORPUS / f"{name}.md"
    gold = json.loads((CORPUS / f"{name}.gold.json").read_text(encoding="utf-8"))
    text = path.read_text(encoding="utf-8")
    _, front, body = text.split("---", 2)
    meta = yaml.safe_load(front)
    chunks = re.split(r"^## .*$", body, flags=re.M)[1:]
    sections = {sid: chunk.strip() for sid, chunk in zip(SECTION_IDS, chunks, strict=False)}
    quotes = []
    for q in gold["quotes"]:
        anonymised = q["text"]
        for person in sorted(gold["quote_persons"], key=len, reverse=True):
            anonymised = re.sub(rf"\b{re.escape(person)}\b", "[persoon 1]", anonymised)
        quotes.append(Quote(anonymised, speaker=LABELS["person"] if q["speaker"] else None,
                            attribution=LABELS["person"] if q["speaker"] else None))
    sections["quotes"] = "\n\n".join(f"> {q.text}" for q in quotes)
    report = Report(
        source=path.name, slug=name, format="md", title=meta["title"], date=dt.date.fromisoformat(gold["date"]),
        meta={k: v for k, v in meta.items() if k in ("session", "reporter", "speakers")},
        sections=sections, quotes=quotes,
        ambitions=[AmbitionTag(i, label, 9.0 - n) for n, (i, label) in enumerate(tags)],
        private={"anonymisation": {"done": True, "quotes": [q["text"] for q in gold["quotes"]], "secret": "PRIVAAT-GEHEIM"}},
    )
    if meta.get("photo") and content_dir is not None:
        report.photo = Photo(alt="Schets van de sessie", src=meta["photo"], caption=None)
    return report


def make_context(tmp_path: Path, outputs=("pdf", "bundle"), **options) -> BuildContext:
    host = PluginHost()
    host.register(output_pdf, name="pdf")
    content = tmp_path / "content"
    (content / "images").mkdir(parents=True, exist_ok=True)
    for image in (CORPUS / "images").glob("*.png"):
        (content / "images" / image.name).write_bytes(image.read_bytes())
    config = load_config(None, plugin_schemas(host), workspace=tmp_path)
    config.data["site"].update({"title": "Verslagen #Jeugdwerkwerkt 2023", "congress": "congres #Jeugdwerkwerkt",
                                "date": "2023-06-06", "organiser": "De Ambrassade"})
    for key, value in options.items():
        config.data[key].update(value)
    return BuildContext(config=config, content_dir=content, output_dir=tmp_path / "public", outputs=set(outputs))


def render(reports: list[Report], context: BuildContext) -> dict[str, Artifact]:
    """Run the plugin's hooks as the core does; return the artefacts with their bytes made."""
    output_pdf.perskamer_build_started(context)
    artifacts = []
    for report in reports:
        artifacts += output_pdf.perskamer_render_report(report, context) or []
    artifacts += output_pdf.perskamer_render_collection(reports, context) or []
    for artifact in artifacts:
        artifact.get_bytes()

    class Result:
        problems: list = []

    output_pdf.perskamer_build_finished(context, Result())
    return {a.path: a for a in artifacts}


def pdf_text(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def squash(text: str) -> str:
    return " ".join(text.split())


# --- one report ----------------------------------------------------------------------------------


@pytest.mark.slow
def test_report_pdf_holds_title_header_page_numbers_tags_and_only_anonymised_quotes(tmp_path):
    context = make_context(tmp_path, outputs=("pdf",))
    report = corpus_report("010_mentaal-welzijn-op-kamp", content_dir=context.content_dir,
                           tags=[("mentaal-welzijn", "Mentaal welzijn"), ("stem-van-kinderen-en-jongeren", "De stem van kinderen & jongeren")])
    artifacts = render([report], context)
    artifact = artifacts["pdf/010_mentaal-welzijn-op-kamp.pdf"]
    assert artifact.output == "pdf" and artifact.media_type == "application/pdf"
    reader = PdfReader(io.BytesIO(artifact.data))
    # Metadata: title and language; tagged (PDF/UA-1 by default).
    assert reader.metadata.title == report.title
    assert reader.trailer["/Root"]["/Lang"] == "nl"
    assert reader.trailer["/Root"]["/MarkInfo"]["/Marked"]
    assert "/StructTreeRoot" in reader.trailer["/Root"]
    pages = pdf_text(artifact.data)
    assert len(pages) >= 2
    for number, text in enumerate(pages, 1):
        assert f"Verslag sessie congres #Jeugdwerkwerkt • 6 juni 2023 • pagina {number} van {len(pages)}" in squash(text)
    everything = squash(" ".join(pages))
    assert report.title in everything
    assert "Mentaal welzijn" in everything and "De stem van kinderen & jongeren" in everything
    # The quotes as the anonymiser left them; the originals (in report.private) nowhere.
    assert "[persoon 1], een van onze leden, schreef in de zorgenbrievenbus" in everything
    assert "Amira" not in everything
    assert "PRIVAAT-GEHEIM" not in everything
    # The leak guard reads exactly the HTML that was printed.
    assert artifact.scan_text is not None and "[persoon 1], een van onze leden" in artifact.scan_text
    assert "Amira" not in artifact.scan_text


@pytest.mark.slow
def test_photo_is_downscaled_to_print_resolution(tmp_path):
    from PIL import Image

    context = make_context(tmp_path, outputs=("pdf",), pdf={"photo_dpi": 100})
    big = Image.new("RGB", (4000, 3000), (200, 120, 40))
    buf = io.BytesIO()
    big.save(buf, "JPEG", quality=90)
    (context.content_dir / "groot.jpg").write_bytes(buf.getvalue())
    report = corpus_report("012_drempels-weg")
    report.photo = Photo(alt="Een grote foto", src="groot.jpg")
    data = render([report], context)["pdf/012_drempels-weg.pdf"].data
    widths = []
    for page in PdfReader(io.BytesIO(data)).pages:
        for image in page.images:
            widths.append(image.image.width)
    assert widths and max(widths) <= printview.photo_max_px(100) == round(170 / 25.4 * 100)


@pytest.mark.slow
def test_same_report_gives_the_same_bytes(tmp_path):
    """Deterministic output, so the core rewrites a PDF only when the report changed."""
    from perskamer.plugins.output_pdf import printer

    context = make_context(tmp_path, outputs=("pdf",))
    first = render([corpus_report("011_jongeren-aan-de-beleidstafel")], context)
    printer._DONE.clear()
    second = render([corpus_report("011_jongeren-aan-de-beleidstafel")], context)
    path = "pdf/011_jongeren-aan-de-beleidstafel.pdf"
    assert first[path].data == second[path].data


@pytest.mark.parametrize("font_path", ["fonttools", "harfbuzz"])
def test_same_report_gives_the_same_bytes_a_while_later_on_both_font_paths(tmp_path, monkeypatch, font_path):
    """Both subsetters give the same bytes however much time passes (a fresh machine lacks harfbuzz-subset)."""
    from fontTools.misc import timeTools
    from weasyprint.pdf import fonts

    from perskamer.plugins.output_pdf import engine, printer

    if font_path == "harfbuzz" and not engine.harfbuzz_subset_ok():
        pytest.skip("needs HarfBuzz's subset library: apt-get install libharfbuzz-subset0")
    if font_path == "fonttools":
        monkeypatch.setattr(fonts, "harfbuzz_subset", None)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    clock = iter(range(1_700_000_000, 1_800_000_000, 86_400))  # a day passes between two reads of the clock

    class Clock:
        @staticmethod
        def time() -> float:
            return float(next(clock))

    monkeypatch.setattr(timeTools, "time", Clock)
    context = make_context(tmp_path, outputs=("pdf",))
    path = "pdf/011_jongeren-aan-de-beleidstafel.pdf"
    first = render([corpus_report("011_jongeren-aan-de-beleidstafel")], context)[path].data
    printer._DONE.clear()
    second = render([corpus_report("011_jongeren-aan-de-beleidstafel")], context)[path].data
    assert first == second


# --- the bundle -----------------------------------------------------------------------------------


@pytest.mark.slow
def test_bundle_has_cover_contents_one_bookmark_per_report_and_page_numbers(tmp_path):
    context = make_context(tmp_path, outputs=("bundle",), pdf={"parallel": False})
    names = ["010_mentaal-welzijn-op-kamp", "011_jongeren-aan-de-beleidstafel", "012_drempels-weg"]
    reports = [corpus_report(n, content_dir=context.content_dir) for n in names]
    artifacts = render(reports, context)
    assert set(artifacts) == {"pdf/verslagen.pdf"}
    bundle = artifacts["pdf/verslagen.pdf"]
    assert bundle.output == "bundle" and all(r.title in bundle.scan_text for r in reports)
    reader = PdfReader(io.BytesIO(bundle.data))
    top = [item for item in reader.outline if not isinstance(item, list)]
    assert [item.title for item in top] == ["Inhoud", *[r.title for r in reports]]
    children = [item for item in reader.outline if isinstance(item, list)]
    assert len(children) == len(reports) and all("Quotes" in [c.title for c in kids] for kids in children)
    # The bookmarks open with the document.
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"
    pages = [squash(t) for t in pdf_text(bundle.data)]
    assert "Verslagen #Jeugdwerkwerkt 2023" in pages[0]  # the cover
    starts = [reader.get_destination_page_number(item) + 1 for item in top[1:]]
    contents = pages[1]
    for report, start in zip(reports, starts, strict=True):
        # The table of contents names the page each report starts on, after dot leaders...
        assert re.search(re.escape(report.title[:30]) + r".*?\.\s*\.\s*\.[.\s]*" + str(start) + r"\b", contents)
        # ...which carries that number bottom right, and no second scheme ("pagina 1 van N").
        assert pages[start - 1].rstrip().endswith(str(start))
    assert not any(re.search(r"pagina \d", page) for page in pages)
    # Every page after the cover is numbered, one number each, counting on.
    assert all(page.rstrip().endswith(str(n)) for n, page in enumerate(pages[1:], start=2))
    assert "Amira" not in " ".join(pages)


@pytest.mark.slow
def test_bundle_ordered_by_ambition_groups_the_contents_under_central_ambitions(tmp_path):
    context = make_context(tmp_path, outputs=("bundle",), pdf={"parallel": False, "bundle_order": "ambition"})
    reports = [
        corpus_report("010_mentaal-welzijn-op-kamp", tags=[("stem-van-kinderen-en-jongeren", "De stem van kinderen & jongeren")]),
        corpus_report("011_jongeren-aan-de-beleidstafel", tags=[("onbekend-thema", "Onbekend"), ("mentaal-welzijn", "Mentaal welzijn")]),
        corpus_report("012_drempels-weg"),
    ]
    themes = [(a.id, a.label) for a in context.taxonomy]
    order = [t for t, _label in themes]
    assert order.index("mentaal-welzijn") < order.index("stem-van-kinderen-en-jongeren"), "the test assumes the default taxonomy's order"
    bundle = render(reports, context)["pdf/verslagen.pdf"]
    reader = PdfReader(io.BytesIO(bundle.data))
    top = [item.title for item in reader.outline if not isinstance(item, list)]
    # the bundle follows the contents: theme by theme in the taxonomy's order (a tag the
    # taxonomy does not know is no central ambition), reports without one last
    assert top == ["Inhoud", reports[1].title, reports[0].title, reports[2].title]
    contents = squash(pdf_text(bundle.data)[1])
    labels = dict(themes)
    positions = [contents.index(labels["mentaal-welzijn"]), contents.index(reports[1].title[:25]),
                 contents.index(labels["stem-van-kinderen-en-jongeren"]), contents.index(reports[0].title[:25]),
                 contents.index(printview.OTHER_SECTION), contents.index(reports[2].title[:25])]
    assert positions == sorted(positions)


@pytest.mark.slow
def test_bundle_rebuilt_from_kept_layouts_equals_a_fresh_one(tmp_path):
    """Watch keeps laid-out reports between builds; the bundle it combines must be byte-identical."""
    from perskamer.plugins.output_pdf import engine, printer

    names = ["010_mentaal-welzijn-op-kamp", "011_jongeren-aan-de-beleidstafel", "012_drempels-weg"]
    context = make_context(tmp_path, outputs=("bundle",), pdf={"parallel": False})
    engine._LAID_OUT.clear()
    render([corpus_report(n) for n in names], context)
    kept = len(engine._LAID_OUT)
    changed = [corpus_report(n) for n in names]
    changed[1].title += " (bijgewerkt)"
    printer._DONE.clear()
    calls: list[str] = []
    real = engine.render_document
    engine.render_document = lambda job, *a, **k: calls.append(getattr(job, "slug", "front")) or real(job, *a, **k)
    try:
        warm = render(changed, context)["pdf/verslagen.pdf"].data
    finally:
        engine.render_document = real
    # only the changed report (same page count) and the contents were laid out again
    assert kept >= 4 and calls.count("front") >= 1 and [c for c in calls if c != "front"] == [names[1]]
    engine._LAID_OUT.clear()
    printer._DONE.clear()
    fresh = render(changed, context)["pdf/verslagen.pdf"].data
    assert warm == fresh


@pytest.mark.slow
def test_pdfs_made_by_worker_processes_equal_those_made_here(tmp_path):
    from perskamer.plugins.output_pdf import printer

    names = ["011_jongeren-aan-de-beleidstafel", "012_drempels-weg"]
    here = render([corpus_report(n) for n in names], make_context(tmp_path / "a", pdf={"parallel": False}))
    printer._DONE.clear()
    context = make_context(tmp_path / "b", pdf={"parallel": True})
    workers = render([corpus_report(n) for n in names], context)
    assert context.shared["pdf"]["printer"].mode == "parallel"
    assert {p: a.data for p, a in here.items()} == {p: a.data for p, a in workers.items()}


# --- set-up --------------------------------------------------------------------------------------


def test_weasyprint_is_imported_only_when_a_pdf_is_made(tmp_path):
    code = f"""
import sys
sys.path.insert(0, {str(Path(__file__).parent)!r})
from pathlib import Path
from test_output_pdf import corpus_report, make_context
from perskamer.plugins import output_pdf
output_pdf.perskamer_build_started(make_context(Path({str(tmp_path)!r}) / "site", outputs=("html", "json")))
context = make_context(Path({str(tmp_path)!r}))
arts = output_pdf.perskamer_render_report(corpus_report("012_drempels-weg"), context)
assert arts and arts[0].producer is not None and arts[0].scan_text
assert "weasyprint" not in sys.modules, "imported too early"
arts[0].get_bytes()
assert "weasyprint" in sys.modules
print("ok")
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.strip() == "ok", out.stderr


def test_outputs_and_options_are_declared():
    assert dict(output_pdf.perskamer_register_outputs()).keys() == {"pdf", "bundle"}
    schema = output_pdf.perskamer_config_schema()["pdf"]
    assert schema["additionalProperties"] is False
    assert {"variant", "header", "page_label", "photo_dpi", "bundle_file", "parallel"} <= set(schema["properties"])


def test_a_misspelt_pdf_option_is_a_config_error(tmp_path):
    from perskamer.config import ConfigError

    host = PluginHost()
    host.register(output_pdf, name="pdf")
    (tmp_path / "perskamer.yaml").write_text("pdf:\n  varaint: plain\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(tmp_path / "perskamer.yaml", plugin_schemas(host))
    assert "varaint" in str(err.value)


def test_header_and_page_label_become_safe_css():
    css = printview.page_css({"page_label": 'blz. {page}/{pages} "x"', "footer": "{site} \\ ok"}, {"title": 'A "B"'})
    assert 'counter(page) "/" counter(pages)' in css
    assert '"blz. "' in css and '\\"x\\"' in css and 'A \\"B\\" \\\\ ok' in css


def test_missing_harfbuzz_subsetting_is_reported_once_with_the_fix(tmp_path, monkeypatch):
    from perskamer.plugins.output_pdf import engine

    monkeypatch.setattr(engine, "harfbuzz_subset_ok", lambda: False)
    monkeypatch.setattr(output_pdf, "_warned_harfbuzz", False)
    context = make_context(tmp_path)

    class Result:
        def __init__(self):
            self.problems = []

    first, second = Result(), Result()
    for result in (first, second):
        output_pdf.perskamer_build_started(context)
        context.shared["pdf"]["rendered"] = True
        output_pdf.perskamer_build_finished(context, result)
    (warning,) = first.problems
    assert warning.severity == "warning" and "apt-get install libharfbuzz-subset0" in warning.hint
    assert second.problems == []


def test_harfbuzz_subsetting_is_available_here():
    """CI installs libharfbuzz-subset0 (.ci/run); without it every PDF is slower (fontTools subsets)."""
    import os

    from perskamer.plugins.output_pdf import engine

    if not engine.harfbuzz_subset_ok():
        message = f"WeasyPrint cannot subset fonts with HarfBuzz: {output_pdf.HARFBUZZ_HINT}"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)


def test_no_worker_processes_from_a_thread_or_next_to_one(tmp_path):
    """watch renders PDFs in its slow-lane thread: forking there is not safe."""
    import threading

    from perskamer.plugins.output_pdf.printer import Printer

    settings = printview.settings(make_context(tmp_path), [])
    printer = Printer(settings, parallel=True)
    assert printer._use_pool(weight=50, tasks=10)
    seen = []
    thread = threading.Thread(target=lambda: seen.append(printer._use_pool(weight=50, tasks=10)))
    thread.start()
    thread.join()
    assert seen == [False]
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not printer._use_pool(weight=50, tasks=10)
    finally:
        stop.set()
        other.join()
    assert not Printer(settings, parallel=False)._use_pool(weight=50, tasks=10)


def test_an_unchanged_report_is_not_printed_again_in_the_same_process(tmp_path, monkeypatch):
    from perskamer.plugins.output_pdf import printer

    calls = []
    monkeypatch.setattr(printer, "_task_report", lambda job, settings: calls.append(job.slug) or b"%PDF-fake")
    printer._DONE.clear()
    context = make_context(tmp_path, outputs=("pdf",))
    render([corpus_report("012_drempels-weg")], context)
    render([corpus_report("012_drempels-weg")], context)
    changed = corpus_report("012_drempels-weg")
    changed.sections["summary"] += "\n\nEen extra zin."
    render([changed], context)
    assert calls == ["012_drempels-weg", "012_drempels-weg"]
    printer._DONE.clear()


@pytest.mark.slow
def test_whole_pipeline_prints_only_what_the_anonymiser_left(tmp_path):
    """Real readers, anonymiser, tagger and leak guard: the names in the sample quotes never reach a PDF."""
    from perskamer.testing import Workspace

    run = Workspace(tmp_path).build(outputs=["pdf", "bundle"])
    run.assert_ok()
    assert {"pdf/jongeren-aan-tafel.pdf", "pdf/een-lokaal-voor-iedereen.pdf", "pdf/discord-als-jeugdhuis.pdf",
            "pdf/verslagen.pdf"} <= set(run.paths)
    for path in run.paths:
        text = squash(" ".join(pdf_text(run.bytes(path))))
        for name in ("Yasmine", "Karim", "Lina"):
            assert name not in text, (path, name)
    bundle = squash(" ".join(pdf_text(run.bytes("pdf/verslagen.pdf"))))
    assert "vraag je geen advies maar applaus" in bundle  # the quote itself is there
    assert "Discord als jeugdhuis" in bundle and not re.search(r"pagina \d", bundle)  # one page-number scheme


@pytest.mark.slow
def test_a_cancelled_bundle_keeps_what_it_laid_out(tmp_path):
    """Watch cancels the bundle when a newer change comes in; the next attempt does not start over."""
    from perskamer.plugins.output_pdf import engine

    names = ["010_mentaal-welzijn-op-kamp", "011_jongeren-aan-de-beleidstafel", "012_drempels-weg"]
    context = make_context(tmp_path, outputs=("bundle",))
    settings = printview.settings(context, [])
    jobs = [printview.report_job(corpus_report(n), context) for n in names]
    info = printview.front_info(context)
    jobs = printview.bundle_order(jobs, info)
    engine._LAID_OUT.clear()
    asked: list[int] = []
    with pytest.raises(engine.BundleCancelled):
        engine.render_bundle(jobs, info, settings, cancelled=lambda: asked.append(1) or len(asked) > 2)
    calls: list[str] = []
    real = engine.render_document
    engine.render_document = lambda job, *a, **k: calls.append(getattr(job, "slug", "front")) or real(job, *a, **k)
    try:
        data = engine.render_bundle(jobs, info, settings, cancelled=lambda: False)
    finally:
        engine.render_document = real
    assert [c for c in calls if c != "front"] == [names[2]]  # the first two were kept
    assert data.startswith(b"%PDF")


@pytest.mark.slow
def test_kept_layouts_stay_within_their_limit_and_lose_old_versions(tmp_path, monkeypatch):
    from perskamer.plugins.output_pdf import engine

    names = ["010_mentaal-welzijn-op-kamp", "011_jongeren-aan-de-beleidstafel", "012_drempels-weg"]
    context = make_context(tmp_path, outputs=("bundle",))
    settings = printview.settings(context, [])
    info = printview.front_info(context)

    def bundle(reports: list[Report]) -> None:
        jobs = printview.bundle_order([printview.report_job(r, context) for r in reports], info)
        engine.render_bundle(jobs, info, settings)

    engine._LAID_OUT.clear()
    monkeypatch.setattr(engine, "LAID_OUT_PAGES", 6)
    bundle([corpus_report(n) for n in names])
    pages = sum(len(d.pages) for d in engine._LAID_OUT.values())
    assert 0 < pages <= 6  # the first documents that fit, not the last ones
    kept_before = set(engine._LAID_OUT)
    changed = [corpus_report(n) for n in names]
    changed[0].title += " (bijgewerkt)"
    bundle(changed)
    # the first report's old layout is gone; nothing kept exceeds the limit
    assert sum(len(d.pages) for d in engine._LAID_OUT.values()) <= 6
    assert len(kept_before - set(engine._LAID_OUT)) >= 1
    engine._LAID_OUT.clear()
