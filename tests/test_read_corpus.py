"""Every corpus report parses to its gold title, date, sections and quotes."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

from perskamer.model import Report, Source

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
SUFFIXES = (".txt", ".md", ".docx", ".pdf")
REPORTS = sorted(p for p in CORPUS.iterdir() if p.suffix in SUFFIXES)


READERS = {
    ".txt": ("read_text_form", "read_text_form"),
    ".md": ("read_markdown", "read_markdown"),
    ".docx": ("read_docx", "read_docx"),
    ".pdf": ("read_pdf", "read_pdf"),
}


def read(path: Path) -> Report:
    module_name, func = READERS[path.suffix]
    module = importlib.import_module(f"perskamer.plugins.{module_name}")
    return getattr(module, func)(Source(path=path, rel=path.name, data=path.read_bytes()))


def gold_of(path: Path) -> dict:
    return json.loads(path.with_name(path.stem + ".gold.json").read_text(encoding="utf-8"))


def test_corpus_is_complete() -> None:
    assert {p.suffix for p in REPORTS} == set(SUFFIXES)
    assert len(REPORTS) == 17


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.name)
def test_matches_gold(path: Path) -> None:
    gold = gold_of(path)
    report = read(path)
    assert not report.has_errors, [p.format() for p in report.problems]
    assert report.title == gold["title"]
    assert report.date is not None and report.date.isoformat() == gold["date"]
    answered = {sid for sid, text in report.sections.items() if text.strip()}
    assert answered == set(gold["sections"])
    assert [(q.text, q.speaker) for q in report.quotes] == [(q["text"], q["speaker"]) for q in gold["quotes"]]
    assert report.slug == path.stem
    assert report.source == path.name
    for sid in answered:
        assert sid in report.section_lines


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.name)
def test_quote_lines_and_attributions(path: Path) -> None:
    report = read(path)
    for q in report.quotes:
        assert q.text == q.text.strip() and q.text[0] not in "\"'“”„«»‘’"
        if q.speaker:
            assert q.attribution and q.speaker in q.attribution
        if report.format != "pdf":
            assert q.line is not None


def test_sections_are_plain_markdown_paragraphs() -> None:
    report = read(CORPUS / "001_engagement-op-maat.txt")
    summary = report.sections["summary"]
    assert "\n\n" in summary
    assert "pagina" not in " ".join(report.sections.values())
    assert "NOTA" not in " ".join(report.sections.values())
    assert "Anne-Sophie Van den Broeck (Chirojeugd Vlaanderen) en Wout De Smet" in summary
    # the reporter's note at the end goes to meta, not into the text
    assert report.meta["reporter"] == "Jolien"
    assert "verslag:" not in report.sections["questions"]


def test_reporter_line_and_photo_note() -> None:
    report = read(CORPUS / "005_kinderen-laten-meebeslissen.txt")
    assert report.meta["reporter"] == "Lise Verstraete"
    report = read(CORPUS / "003_tussen-de-mazen.txt")
    # a photo the reporter mentions but did not attach: its description is published,
    # its file name is a warning, never literal text on the site
    assert report.sections["photo"] == "De landkaart met alle post-its van onze tafel"
    assert "IMG_4471" not in " ".join(report.sections.values())
    assert report.photo is None
    warning = next(p for p in report.problems if p.field == "photo")
    assert warning.severity == "warning" and "IMG_4471.jpg" in warning.message and warning.line


def test_markdown_front_matter_and_photo() -> None:
    report = read(CORPUS / "010_mentaal-welzijn-op-kamp.md")
    assert report.meta["session"] == "Ronde 1 – zaal Dijle"
    assert report.meta["reporter"] == "Senne Maes"
    assert report.meta["ambitions"] == ["mentaal-welzijn", "stem-van-kinderen-en-jongeren"]
    assert report.meta["speakers"][0].startswith("Zoë")
    assert report.photo is not None and report.photo.src == "images/010_kampvuur.png"
    assert report.photo.alt == "Schets van het rollenspel rond het kampvuur"
    assert report.photo.caption and report.photo.caption.startswith("Schets van het rollenspel:")
    lines = report.private["front_matter_lines"]
    assert lines[("title",)] == 2 and lines[("speakers", 1)] == 8
    assert "- meer vorming voor (jonge) leiding;" in report.sections["ambitions"]
