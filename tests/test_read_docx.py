"""The DOCX reader on forms made here with python-docx: tables, bold questions,
tracked changes and comments, page headers, photos, and bad packages."""

from __future__ import annotations

import copy
import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.shared import Cm
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from perskamer.model import Report, Source
from perskamer.plugins import read_docx as reader

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
SUMMARY_Q = "Wat er is gebeurd in de sessie? Wat hebben jullie gedaan/gehoord/beleefd? Omschrijf in 5 a 10 zinnen"
QUOTES_Q = "Interessante quote(s) uit de sessie"
PHOTO_Q = "Sfeerbeeld van de sessie – foto (of schets)"


def png(width: int = 64, height: int = 48, color: str = "orange", fmt: str = "PNG") -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (width, height), color).save(buf, fmt)
    return buf.getvalue()


def save(document: docx.document.Document) -> bytes:
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def read(data: bytes, name: str = "verslag.docx") -> Report:
    return reader.read_docx(Source(path=Path("content") / name, rel=name, data=data))


def errors(report: Report) -> list[str]:
    return [p.message for p in report.problems if p.severity == "error"]


def test_hooks() -> None:
    assert reader.perskamer_source_suffixes() == [".docx"]
    assert reader.perskamer_read_source(Source(Path("a.txt"), "a.txt", b""), None) is None


def test_table_form_with_photo_in_a_cell() -> None:
    d = docx.Document()
    d.add_paragraph("Verslag sessie congres #Jeugdwerkwerkt")
    table = d.add_table(rows=0, cols=2)
    for label, value in (("Titel", "Een tabel als formulier"), ("Datum", "dinsdag 6 juni 2023")):
        row = table.add_row().cells
        row[0].text, row[1].text = label, value
    row = table.add_row().cells
    row[0].text = SUMMARY_Q
    row[1].text = "Eerste alinea."
    row[1].add_paragraph("Tweede alinea.")
    row = table.add_row().cells
    row[0].text = QUOTES_Q
    row[1].text = "„Een quote uit een tabel.” – Griet Van Damme (Brede School)"
    row[1].add_paragraph("'Nog één.' – Thomas")
    row = table.add_row().cells
    row[0].text = "Waar kwamen veel vragen/reacties over?"
    row = table.add_row().cells
    row[0].text = PHOTO_Q
    row[1].paragraphs[0].add_run().add_picture(io.BytesIO(png()), width=Cm(4))
    row[1].add_paragraph("De zaal, van achteren.")
    report = read(save(d))
    assert not errors(report), report.problems
    assert report.title == "Een tabel als formulier"
    assert report.date == dt.date(2023, 6, 6)
    assert report.sections["summary"] == "Eerste alinea.\n\nTweede alinea."
    assert "questions" not in report.sections
    assert [(q.text, q.speaker) for q in report.quotes] == [("Een quote uit een tabel.", "Griet Van Damme"), ("Nog één.", "Thomas")]
    assert report.photo is not None and report.photo.media_type == "image/png" and report.photo.data
    assert report.photo.alt == "De zaal, van achteren." and report.photo.caption == "De zaal, van achteren."
    assert report.photo.filename == "verslag-foto.png"
    assert report.sections["photo"] == "De zaal, van achteren."


def test_bold_paragraph_questions_short_labels_and_lists() -> None:
    d = docx.Document()
    d.add_paragraph().add_run("Verslag sessie congres #Jeugdwerkwerkt").bold = True
    d.add_paragraph("Datum: 06/06/2023")
    d.add_paragraph().add_run("Vetgedrukte titel zonder stijl").bold = True
    d.add_paragraph("Verslaggever: Tine")
    d.add_paragraph().add_run("1. Wat is er gebeurd?").bold = True
    d.add_paragraph("Van alles.")
    d.add_paragraph().add_run("2. De ambities").bold = True
    d.add_paragraph("Nodig volgens de sprekers:")
    d.add_paragraph("meer vorming", style="List Bullet")
    d.add_paragraph("een aanspreekpunt", style="List Bullet")
    d.add_paragraph("eerst dit", style="List Number")
    d.add_paragraph("dan dat", style="List Number")
    d.add_paragraph().add_run("3. Quotes").bold = True
    d.add_paragraph("“Ja.” – Roos")
    report = read(save(d))
    assert not errors(report), report.problems
    assert report.title == "Vetgedrukte titel zonder stijl"
    assert report.meta["reporter"] == "Tine"
    assert report.sections["summary"] == "Van alles."
    assert report.sections["ambitions"] == "Nodig volgens de sprekers:\n\n- meer vorming\n- een aanspreekpunt\n\n1. eerst dit\n2. dan dat"
    assert report.quotes[0].speaker == "Roos"


def test_numbered_list_questions() -> None:
    d = docx.Document()
    d.add_paragraph("Een titel", style="Title")
    d.add_paragraph("Datum: 6 juni 2023")
    d.add_paragraph("Wat is er gebeurd?", style="List Number")
    d.add_paragraph("Een antwoord.")
    d.add_paragraph("Wat heeft jou verrast?", style="List Number")
    d.add_paragraph("Iets anders.")
    report = read(save(d))
    assert report.sections == {"summary": "Een antwoord.", "surprise": "Iets anders."}


def _tracked(d: docx.document.Document, before: str, inserted: str, deleted: str, after: str) -> None:
    p = d.add_paragraph(before)
    p._p.append(parse_xml(f'<w:ins {W_NS} w:id="1" w:author="A" w:date="2023-06-07T10:00:00Z"><w:r><w:t xml:space="preserve">{inserted}</w:t></w:r></w:ins>'))
    p._p.append(parse_xml(f'<w:del {W_NS} w:id="2" w:author="A" w:date="2023-06-07T10:00:00Z"><w:r><w:delText xml:space="preserve">{deleted}</w:delText></w:r></w:del>'))
    p.add_run(after)


def test_tracked_changes_and_comments() -> None:
    d = docx.Document()
    d.add_paragraph("Titel met wijzigingen", style="Title")
    d.add_paragraph("Datum: 6 juni 2023")
    d.add_paragraph(SUMMARY_Q, style="Heading 2")
    _tracked(d, "We hebben ", "veel gelachen", " GESCHRAPTE-TEKST", " en geleerd.")
    commented = d.add_paragraph("Een zin met commentaar.")
    if hasattr(d, "add_comment"):
        d.add_comment(commented.runs, text="GEHEIM-COMMENTAAR: niet publiceren", author="Redactie")
    d.add_paragraph(QUOTES_Q, style="Heading 2")
    d.add_paragraph("“Deze quote blijft.” – Roos")
    gone = d.add_paragraph()
    gone._p.append(parse_xml(f'<w:del {W_NS} w:id="3" w:author="A" w:date="2023-06-07T10:00:00Z"><w:r><w:delText>“Geschrapte quote.” – Wout Verwijderd</w:delText></w:r></w:del>'))
    report = read(save(d))
    text = " ".join(report.sections.values())
    assert report.sections["summary"] == "We hebben veel gelachen en geleerd.\n\nEen zin met commentaar."
    assert "GESCHRAPTE" not in text and "GEHEIM" not in text and "Verwijderd" not in text
    assert [(q.text, q.speaker) for q in report.quotes] == [("Deze quote blijft.", "Roos")]


def test_title_from_page_header_and_date_from_header() -> None:
    d = docx.Document()
    header = d.sections[0].header
    header.is_linked_to_previous = False
    header.paragraphs[0].text = "Verslag sessie congres #Jeugdwerkwerkt"
    header.add_paragraph("Een titel in de koptekst")
    header.add_paragraph("6 juni 2023")
    d.add_paragraph(QUOTES_Q, style="Heading 2")
    d.add_paragraph("“Ja.” – Roos")
    report = read(save(d))
    assert report.title == "Een titel in de koptekst"
    assert report.date == dt.date(2023, 6, 6)
    assert "koptekst" not in " ".join(report.sections.values())


def test_title_from_document_properties() -> None:
    d = docx.Document()
    d.core_properties.title = "Titel uit de eigenschappen"
    d.core_properties.subject = "Ronde 2 – zaal Schelde"
    d.add_paragraph("Datum: 6 juni 2023")
    d.add_paragraph("Verrast?", style="Heading 2")
    d.add_paragraph("Ja.")
    report = read(save(d))
    assert report.title == "Titel uit de eigenschappen" and report.meta["session"] == "Ronde 2 – zaal Schelde"


def test_line_breaks_inside_a_paragraph() -> None:
    d = docx.Document()
    d.add_paragraph("T", style="Title")
    d.add_paragraph("Quotes", style="Heading 2")
    p = d.add_paragraph("“Een quote op regel één.”")
    p.add_run().add_break()
    p.add_run("– Anne-Sophie Van den Broeck (Chiro)")
    chat = d.add_paragraph("mathis: wie komt er")
    chat.add_run().add_break()
    chat.add_run("ilias: ik")
    report = read(save(d))
    assert [(q.text, q.speaker) for q in report.quotes] == [
        ("Een quote op regel één.", "Anne-Sophie Van den Broeck"), ("wie komt er", "mathis"), ("ik", "ilias"),
    ]


def test_big_photo_is_downscaled_and_stripped() -> None:
    d = docx.Document()
    d.add_paragraph("T", style="Title")
    d.add_paragraph(PHOTO_Q, style="Heading 2")
    big = io.BytesIO()
    exif = Image.Exif()
    exif[0x010E] = "secret description"
    Image.new("RGB", (3200, 2000), "blue").save(big, "JPEG", exif=exif)
    d.add_paragraph().add_run().add_picture(io.BytesIO(big.getvalue()), width=Cm(10))
    report = read(save(d))
    assert report.photo is not None and report.photo.media_type == "image/jpeg"
    with Image.open(io.BytesIO(report.photo.data)) as img:
        assert max(img.size) == 1600 and not img.getexif()
    assert report.photo.alt == "Sfeerbeeld van de sessie"
    assert "photo" in report.sections


def test_linked_image_is_never_fetched() -> None:
    d = docx.Document()
    d.add_paragraph("T", style="Title")
    d.add_paragraph(PHOTO_Q, style="Heading 2")
    run = d.add_paragraph().add_run()
    run.add_picture(io.BytesIO(png()))
    blip = run._r.xpath(".//a:blip")[0]
    rel_ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    rid = d.part.relate_to("http://127.0.0.1:9/spy.png", docx.opc.constants.RELATIONSHIP_TYPE.IMAGE, is_external=True)
    del blip.attrib[f"{{{rel_ns}}}embed"]
    blip.set(f"{{{rel_ns}}}link", rid)
    report = read(save(d))
    assert report.photo is None
    assert any("linked image" in p.message for p in report.problems)


def test_placeholder_text_of_content_controls_is_skipped() -> None:
    d = docx.Document()
    d.add_paragraph("T", style="Title")
    d.add_paragraph("Verrast?", style="Heading 2")
    d.element.body.insert(
        len(d.element.body) - 1,
        parse_xml(f'<w:sdt {W_NS}><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Klik of tik om tekst in te voeren.</w:t></w:r></w:p></w:sdtContent></w:sdt>'),
    )
    d.element.body.insert(
        len(d.element.body) - 1,
        parse_xml(f'<w:sdt {W_NS}><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>Ingevuld antwoord.</w:t></w:r></w:p></w:sdtContent></w:sdt>'),
    )
    report = read(save(d))
    assert report.sections == {"surprise": "Ingevuld antwoord."}


CORPUS_DOCX = Path(__file__).parent / "fixtures" / "corpus" / "015_welzijnsnetwerk-meetjesland.docx"


def test_macro_enabled_document_is_read_without_macros() -> None:
    src = zipfile.ZipFile(io.BytesIO(CORPUS_DOCX.read_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"wordprocessingml.document.main+xml", b"MACRO").replace(
                    b"application/vnd.openxmlformats-officedocument.MACRO", b"application/vnd.ms-word.document.macroEnabled.main+xml")
            z.writestr(copy.copy(info), data)
        z.writestr("word/vbaProject.bin", b"\xd0\xcf\x11\xe0 macro")
    report = read(out.getvalue())
    assert not errors(report) and report.title.startswith("Niet alleen")


def test_zip_bomb_is_refused_before_opening(monkeypatch: pytest.MonkeyPatch) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"\0" * 8_000_000)
    opened = []
    monkeypatch.setattr(docx, "Document", lambda *a, **k: opened.append(1))
    report = read(out.getvalue())
    assert errors(report) == [errors(report)[0]] and "zip bomb" in errors(report)[0]
    assert not opened


def test_too_big_uncompressed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "MAX_UNCOMPRESSED_BYTES", 100_000)
    report = read(CORPUS_DOCX.read_bytes())
    assert len(errors(report)) == 1 and "unpacks to" in errors(report)[0]


@pytest.mark.parametrize(
    ("data", "word"),
    [
        (b"not a zip at all", "damaged"),
        (CORPUS_DOCX.read_bytes()[:5000], "damaged"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "password"),
        (b"", "damaged"),
    ],
    ids=["text", "truncated", "ole", "empty"],
)
def test_broken_packages_give_one_error(data: bytes, word: str) -> None:
    report = read(data)
    assert len(errors(report)) == 1 and word in errors(report)[0]
    assert report.problems[0].file == "verslag.docx" and report.problems[0].hint


def test_zip_that_is_not_word() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("hello.txt", "hi")
    report = read(out.getvalue())
    assert len(errors(report)) == 1


def test_corrupt_document_xml() -> None:
    src = zipfile.ZipFile(io.BytesIO(CORPUS_DOCX.read_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/document.xml":
                data = data[: len(data) // 2]
            z.writestr(info, data)
    report = read(out.getvalue())
    assert len(errors(report)) == 1 and "cannot be opened" in errors(report)[0]


@settings(max_examples=50, deadline=None)
@given(st.binary(max_size=3000))
def test_random_bytes_never_raise(data: bytes) -> None:
    report = read(data)
    assert len(errors(report)) == 1
