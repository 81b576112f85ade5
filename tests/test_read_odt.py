"""The LibreOffice reader (.odt) on documents made here (plain zip and XML, as
LibreOffice writes them): headings, bold questions, numbered questions, tables,
lists, photo, emphasis, page header, and what is never read or refused."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path
from types import SimpleNamespace

import pytest
from formgen import make_odt
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from perskamer.form import FORM_QUESTIONS
from perskamer.model import Report, Source
from perskamer.plugins import read_odt as reader

JUNE_6 = dt.date(2023, 6, 6)


def png(color: str = "orange") -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (80, 60), color).save(buf, "PNG")
    return buf.getvalue()


def read(data: bytes, name: str = "verslag.odt") -> Report:
    return reader.perskamer_read_source(source=Source(Path(name), name, data),
                                        context=SimpleNamespace(site={"date": JUNE_6}))


def errors(report: Report) -> list[str]:
    return [p.message for p in report.problems if p.severity == "error"]


def patched(data: bytes, member: str, old: str, new: str) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == member:
                assert old.encode() in content
                content = content.replace(old.encode(), new.encode(), 1)
            zf.writestr(info, content)
    return out.getvalue()


FORM = [
    ("p", "Verslag sessie congres #Jeugdwerkwerkt"), ("title", "Bouwen met karton"), ("p", "Datum: 6/6"),
    ("h", "Wat gebeurde er?"), ("p", "We bouwden een **stad** van _dozen_."),
    ("ol", "eerst de plannen"), ("ol", "dan de torens"),
    ("h", FORM_QUESTIONS["quotes"]), ("p", "“Karton is geduldig.” – Wim Peeters (Speelplein Oost)"),
    ("h", "Sfeerbeeld"), ("img", png(), "De kartonnen stad"), ("p", "De stad na een uur."),
]


def test_hooks() -> None:
    assert reader.perskamer_source_suffixes() == [".odt"]
    assert reader.perskamer_read_source(Source(Path("a.docx"), "a.docx", b""), None) is None


def test_headings_lists_emphasis_and_photo() -> None:
    report = read(make_odt(FORM))
    assert not report.problems
    assert (report.title, report.date, report.format) == ("Bouwen met karton", JUNE_6, "odt")
    assert report.sections["summary"] == "We bouwden een **stad** van *dozen*.\n\n1. eerst de plannen\n2. dan de torens"
    assert [(q.text, q.speaker, q.affiliation) for q in report.quotes] == [
        ("Karton is geduldig.", "Wim Peeters", "Speelplein Oost")]
    assert report.photo is not None and report.photo.alt == "De kartonnen stad"
    assert report.photo.caption == "De stad na een uur." and report.photo.data[:4] == b"\x89PNG"


def test_table_form_with_bold_questions() -> None:
    data = make_odt([("table", [["Sessienaam", "Bouwen met karton"], ["Datum", "06/06/2023"]]),
                     ("b", FORM_QUESTIONS["summary"]), ("p", "We bouwden een stad."),
                     ("table", [[FORM_QUESTIONS["surprise"], "Hoe stevig karton is."]])])
    report = read(data)
    assert (report.title, report.date) == ("Bouwen met karton", JUNE_6)
    assert report.sections == {"summary": "We bouwden een stad.", "surprise": "Hoe stevig karton is."}


def test_numbered_questions_as_plain_paragraphs_and_meta_title() -> None:
    data = make_odt([("p", "1. Wat is er gebeurd?"), ("p", "Een stad van karton."), ("p", "3. Quotes"),
                     ("p", "“Karton is geduldig.” – Wim")], meta_title="Bouwen met karton")
    report = read(data)
    assert report.title == "Bouwen met karton" and report.sections["summary"] == "Een stad van karton."


def test_comments_notes_and_deleted_text_are_never_read() -> None:
    data = make_odt(FORM)
    data = patched(data, "content.xml", "We bouwden een ",
                   "We bouwden<office:annotation><text:p>GEHEIME opmerking</text:p></office:annotation> een "
                   "<text:note><text:note-body><text:p>VOETNOOT</text:p></text:note-body></text:note>")
    data = patched(data, "content.xml", "<office:text>",
                   "<office:text><text:tracked-changes><text:changed-region><text:deletion><text:p>WEGGEHAALD</text:p>"
                   "</text:deletion></text:changed-region></text:tracked-changes>")
    report = read(data)
    text = " ".join(report.sections.values())
    assert "GEHEIME" not in text and "VOETNOOT" not in text and "WEGGEHAALD" not in text
    assert report.sections["summary"].startswith("We bouwden een **stad**")


def test_page_header_gives_the_title() -> None:
    data = make_odt(FORM[3:])
    data = patched(data, "styles.xml", "</office:document-styles>",
                   '<office:master-styles><style:master-page style:name="Standard"><style:header>'
                   "<text:p>Bouwen met karton</text:p></style:header></style:master-page></office:master-styles>"
                   "</office:document-styles>")
    assert read(data).title == "Bouwen met karton"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"not a zip at all", "damaged or not an OpenDocument text"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "old binary"),
    ],
)
def test_bad_files_give_one_error(data: bytes, message: str) -> None:
    report = read(data)
    assert len(errors(report)) == 1 and message in errors(report)[0]


def test_refused_packages() -> None:
    good = make_odt(FORM)
    spreadsheet = patched(good, "mimetype", "opendocument.text", "opendocument.spreadsheet")
    assert "not a text document" in errors(read(spreadsheet))[0]
    encrypted = patched(good, "META-INF/manifest.xml", "</manifest:manifest>",
                        "<manifest:encryption-data/></manifest:manifest>")
    assert "password" in errors(read(encrypted))[0]
    entities = patched(good, "content.xml", '<?xml version="1.0" encoding="UTF-8"?>',
                       '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>')
    assert "DTD" in errors(read(entities))[0]
    broken = patched(good, "content.xml", "</office:document-content>", "")
    assert "damaged" in errors(read(broken))[0]


def test_hostile_nesting_is_one_clear_error() -> None:
    deep = patched(make_odt(FORM), "content.xml", "<office:text>",
                   "<office:text>" + "<text:section>" * 5000 + "</text:section>" * 5000)
    assert errors(read(deep)) == ["the document is nested too deeply to read (thousands of levels)"]


def test_linked_picture_is_not_fetched() -> None:
    data = patched(make_odt(FORM), "content.xml", 'xlink:href="Pictures/img1.png"', 'xlink:href="https://example.org/x.png"')
    report = read(data)
    assert report.photo is None
    assert any(p.severity == "info" and "linked" in p.message for p in report.problems)


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes_never_raise(data: bytes) -> None:
    report = read(data)
    assert errors(report)
