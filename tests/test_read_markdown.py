"""The Markdown reader: front matter, headings, photo, hostile input."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from perskamer.model import Source
from perskamer.plugins import read_markdown
from perskamer.plugins.read_markdown import read_markdown as read

BODY = """
## Wat is er gebeurd?

We speelden.

## Quotes

> "Zo is het." – Roos (Awel)

## Sfeerbeeld

![Het lokaal](../images/lokaal.jpg "Ons lokaal")
"""


def src(text: str | bytes, name: str = "verslagen/verslag.md") -> Source:
    data = text.encode() if isinstance(text, str) else text
    return Source(path=Path("content") / name, rel=name, data=data)


def test_hooks() -> None:
    assert read_markdown.perskamer_source_suffixes() == [".md", ".markdown"]
    assert read_markdown.perskamer_read_source(src("x", "a.txt"), None) is None


def test_front_matter_fields_and_extras() -> None:
    text = (
        "---\ntitle: Een titel\ndate: \"dinsdag 6 juni 2023\"\nsession: R1\nreporter: Tine\nspeakers: [A, B]\n"
        "ambitions: [kruispunten]\nstatus: draft\nhighlight: 1\nzaal: Dijle\n---\n" + BODY
    )
    report = read(src(text))
    assert report.format == "markdown" and report.slug == "verslag" and report.source == "verslagen/verslag.md"
    assert report.title == "Een titel" and report.date == dt.date(2023, 6, 6)
    assert report.meta["session"] == "R1" and report.meta["reporter"] == "Tine"
    assert report.meta["speakers"] == ["A", "B"] and report.meta["ambitions"] == ["kruispunten"]
    assert report.is_draft and report.meta["highlight"] == 1 and report.meta["zaal"] == "Dijle"
    assert report.private["front_matter_lines"][("zaal",)] == 10
    assert report.section_lines == {"summary": 13, "quotes": 17, "photo": 21}
    assert [(q.text, q.speaker, q.affiliation, q.line) for q in report.quotes] == [("Zo is het.", "Roos", "Awel", 19)]
    assert report.photo is not None
    assert (report.photo.src, report.photo.alt, report.photo.caption) == ("../images/lokaal.jpg", "Het lokaal", "Ons lokaal")


def test_photo_in_front_matter_as_mapping() -> None:
    text = "---\ntitle: T\ndate: 2023-06-06\nphoto:\n  src: img/a.png\n  alt: Een schets\n---\n## Verrast?\n\nJa.\n"
    report = read(src(text))
    assert report.photo is not None and (report.photo.src, report.photo.alt) == ("img/a.png", "Een schets")


def test_remote_image_is_not_used() -> None:
    report = read(src("---\ntitle: T\ndate: 2023-06-06\n---\n## Foto\n\n![x](https://example.org/a.png)\n"))
    assert report.photo is None
    assert any("not fetched" in p.message for p in report.problems)


@pytest.mark.parametrize(
    ("front", "lines", "words"),
    [
        ("title: !!python/object:os.system ls\n", (2,), ("tag",)),
        ("title: a\ntitle: b\n", (3,), ("duplicate",)),
        ("title: &a x\nsession: *a\n", (2, 3), ("anchor", "alias")),
        ("title: [unclosed\n", (2, 3), ("invalid",)),
        ("- a list\n", (2,), ("key: value",)),
        ("date: 31 februari 2023\n", (2,), ("date",)),
        ("date: 2023-02-31\n", (2,), ("out of range", "date")),
        ("title: {a: 1}\n", (2,), ("title",)),
    ],
)
def test_hostile_or_malformed_front_matter(front: str, lines: tuple[int, ...], words: tuple[str, ...]) -> None:
    report = read(src("---\n" + front + "---\n" + BODY))
    errors = [p for p in report.problems if p.severity == "error"]
    assert len(errors) == 1, errors
    assert any(w in errors[0].message for w in words), errors[0].message
    assert errors[0].line in lines and errors[0].file == "verslagen/verslag.md"


def test_unclosed_front_matter() -> None:
    report = read(src("---\ntitle: x\n" + BODY))
    assert report.has_errors and report.problems[0].line == 1


def test_huge_front_matter_is_refused() -> None:
    report = read(src("---\nnotes: " + "x" * 2_000_000 + "\n---\n" + BODY))
    assert report.has_errors and "too large" in report.problems[0].message


def test_title_and_date_fall_back_to_body() -> None:
    report = read(src("# Een titel uit de kop\n\nDatum: 6/06/2023\n\n## De ambities\n\nKruispunten.\n"))
    assert report.title == "Een titel uit de kop" and report.date == dt.date(2023, 6, 6)
    assert report.sections == {"ambitions": "Kruispunten."}


def test_full_question_headings_and_subheadings() -> None:
    text = (
        "---\ntitle: T\ndate: 2023-06-06\n---\n"
        "## Op welke manier kwamen de ambities aan bod? Hoe maakt de organisatie die aan het woord kwam één van de "
        "ambities bijvoorbeeld vandaag al waar?\n\nTekst.\n\n### Een tussenkop\n\nMeer.\n\n## Vragen/reacties\n\nVeel.\n"
    )
    report = read(src(text))
    assert report.sections == {"ambitions": "Tekst.\n\n### Een tussenkop\n\nMeer.", "questions": "Veel."}


def test_questions_as_bold_lines() -> None:
    text = "---\ntitle: T\ndate: 2023-06-06\n---\n**Wat is er gebeurd?**\n\nVan alles.\n\n**Quotes**\n\n“Ja.” – Roos\n"
    report = read(src(text))
    assert report.sections["summary"] == "Van alles." and report.quotes[0].speaker == "Roos"
    assert report.format == "markdown" and not report.has_errors


def test_no_sections_is_an_error() -> None:
    report = read(src("---\ntitle: T\ndate: 2023-06-06\n---\nGewoon wat tekst.\n"))
    assert report.has_errors


def test_binary_markdown() -> None:
    report = read(src(b"\x00\x01\x02" * 100))
    assert report.has_errors and len(report.problems) == 1


def test_heading_inside_code_fence_is_ignored() -> None:
    text = "---\ntitle: T\ndate: 2023-06-06\n---\n## Verrast?\n\n```\n## Quotes\n```\n"
    report = read(src(text))
    assert list(report.sections) == ["surprise"]


MD_PIECES = st.sampled_from(
    ["---", "title: x", "date: 2023-06-06", "## Quotes", "## Verrast?", "# T", "> “q” – Roos", "![a](b.png)", "```",
     "photo: {src: a}", "- item", "Datum: 6 juni 2023", "", "**Quotes**", "===", "key: [unclosed", "!!python/object:x"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(MD_PIECES, st.text(max_size=20)), max_size=40).map("\n".join))
def test_never_raises(text: str) -> None:
    report = read(src(text))
    assert report.format == "markdown"
    assert all(isinstance(q.text, str) and q.text for q in report.quotes)
