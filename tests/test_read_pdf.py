"""The PDF reader on forms rendered here with WeasyPrint (running headers, a quote
across a page break, hyphenation, a photo) and on bad PDFs."""

from __future__ import annotations

import base64
import datetime as dt
import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from perskamer.model import Report, Source
from perskamer.plugins import read_pdf as reader

SUMMARY_Q = "Wat er is gebeurd in de sessie? Wat hebben jullie gedaan/gehoord/beleefd? Omschrijf in 5 a 10 zinnen"
AMBITIONS_Q = (
    "Op welke manier kwamen de ambities aan bod? Hoe maakt de organisatie die aan het woord kwam één van de ambities "
    "bijvoorbeeld vandaag al waar? Of wat is er volgens de sprekers nodig om deze ambitie(s) waar te kunnen maken?"
)
QUOTES_Q = "Interessante quote(s) uit de sessie"
SURPRISE_Q = "Wat heeft jou verrast? Wat onthoud je?"
PHOTO_Q = "Sfeerbeeld van de sessie – foto (of schets)"
CSS = """
@page { size: A5; margin: 2.2cm 1.6cm;
  @top-center { content: "Verslag sessie congres #Jeugdwerkwerkt • 6 juni 2023 • pagina " counter(page) " > " counter(pages); font-size: 7pt }
  @bottom-right { content: counter(page); font-size: 8pt } }
body { font-family: "DejaVu Sans", sans-serif; font-size: 10pt; line-height: 1.4 }
h1 { font-size: 14pt } .q { font-weight: bold; margin-top: 1.2em } p { margin: 0 0 0.6em }
"""
FILLER = (
    "We deden een oefening in kleine groepen en bespraken wat er nodig is om jonge vrijwilligers langer aan boord te "
    "houden, met veel voorbeelden uit de eigen werking."
)
LONG_QUOTE = (
    "Wie vandaag leiding wordt, heeft een agenda die voller zit dan ooit: school, een studentenjob, sport en vrienden. "
    "Als we willen dat ze blijven, moeten we het engagement laten meebewegen met hun leven en niet omgekeerd, want "
    "anders verliezen we elk jaar opnieuw de mensen die we het hardst nodig hebben."
)


def render(body: str, css: str = CSS) -> bytes:
    import weasyprint

    html = f'<html lang="nl"><head><style>{css}</style></head><body>{body}</body></html>'
    return weasyprint.HTML(string=html).write_pdf()


def read(data: bytes, name: str = "verslag.pdf") -> Report:
    return reader.read_pdf(Source(path=Path("content") / name, rel=name, data=data))


def errors(report: Report) -> list[str]:
    return [p.message for p in report.problems if p.severity == "error"]


def head(title: str = "Jonge leiding die te snel groeit") -> str:
    return f"<h1>Verslag sessie congres #Jeugdwerkwerkt</h1><p>Datum: 6 juni 2023</p><h1>{title}</h1>"


def test_hooks() -> None:
    assert reader.perskamer_source_suffixes() == [".pdf"]
    assert reader.perskamer_read_source(Source(Path("a.txt"), "a.txt", b""), None) is None


@pytest.mark.slow
def test_two_pages_running_headers_and_a_quote_across_the_break() -> None:
    import pdfplumber

    for n in range(2, 14):
        body = (
            head() + f'<p class="q">{SUMMARY_Q}</p>' + f"<p>{FILLER}</p>" * n
            + f'<p class="q">{QUOTES_Q}</p><p>“{LONG_QUOTE}” – Anne-Sophie Van den Broeck (Chirojeugd Vlaanderen)</p>'
            + '<p>„Kort en goed.” – Wout</p>'
            + f'<p class="q">{SURPRISE_Q}</p><p>Dat het overal hetzelfde is.</p>'
        )
        data = render(body)
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [p.extract_text() or "" for p in pdf.pages]
        if len(pages) == 2 and "Wie vandaag" in pages[0] and "hardst" in pages[1]:
            break
    else:  # pragma: no cover - the layout engine changed
        pytest.fail("could not place the quote across the page break")
    report = read(data)
    assert not errors(report), report.problems
    assert report.title == "Jonge leiding die te snel groeit"
    assert report.date == dt.date(2023, 6, 6)
    assert set(report.sections) == {"summary", "quotes", "surprise"}
    assert [(q.text, q.speaker) for q in report.quotes] == [
        (LONG_QUOTE, "Anne-Sophie Van den Broeck"), ("Kort en goed.", "Wout"),
    ]
    text = " ".join(report.sections.values())
    assert "pagina" not in text and "#Jeugdwerkwerkt" not in text
    assert report.sections["summary"].count(FILLER) == n
    assert report.private["pages"] == 2


@pytest.mark.slow
def test_hyphenated_words_are_joined_but_real_hyphens_kept() -> None:
    css = CSS + " .narrow { width: 5.5cm; hyphens: auto }"
    words = "Jeugdwerkorganisaties ondersteunen vrijwilligersverenigingen en gemeentebesturen bij jeugdinfrastructuurprojecten in Oost-Vlaanderen en West-Vlaanderen."
    body = head() + f'<p class="q">{SURPRISE_Q}</p><p class="narrow">{words}</p>'
    data = render(body, css)
    report = read(data)
    assert report.sections["surprise"] == words


@pytest.mark.slow
def test_photo_is_extracted_with_its_caption() -> None:
    buf = io.BytesIO()
    Image.new("RGB", (400, 300), "teal").save(buf, "PNG")
    uri = "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()
    body = (
        head() + f'<p class="q">{AMBITIONS_Q}</p><p>Vrijwillig engagement.</p>'
        + f'<p class="q">{PHOTO_Q}</p><p><img src="{uri}" style="width:6cm"></p><p>Foto: de zaal tijdens de oefening.</p>'
    )
    report = read(render(body))
    assert not errors(report), report.problems
    assert report.photo is not None and report.photo.data and report.photo.media_type == "image/png"
    with Image.open(io.BytesIO(report.photo.data)) as img:
        assert img.size == (400, 300)
    assert report.photo.caption == "Foto: de zaal tijdens de oefening."
    assert report.photo.alt == report.photo.caption
    assert report.sections["photo"] == "Foto: de zaal tijdens de oefening."
    assert report.sections["ambitions"] == "Vrijwillig engagement."


@pytest.mark.slow
def test_lists_and_short_labels() -> None:
    body = (
        "<p>Datum: 06/06/2023</p><h1>Een korte titel</h1><h2>De ambities</h2><p>Nodig:</p>"
        "<ul><li>tijd</li><li>geld</li></ul><h2>Verrast?</h2><p>Ja.</p>"
    )
    report = read(render(body))
    assert report.title == "Een korte titel"
    assert report.sections["ambitions"] == "Nodig:\n\n- tijd\n- geld"
    assert report.sections["surprise"] == "Ja."


def test_scanned_pdf_has_no_text() -> None:
    buf = io.BytesIO()
    Image.new("RGB", (600, 800), "white").save(buf, "PDF")
    report = read(buf.getvalue())
    assert errors(report) == ["geen tekst gevonden: is dit een scan?"]
    assert report.problems[0].file == "verslag.pdf" and report.problems[0].hint


def _blank_pdf(pages: int) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_encrypted_pdf() -> None:
    from pypdf import PdfReader, PdfWriter

    corpus = Path(__file__).parent / "fixtures" / "corpus" / "016_van-aspi-tot-hoofdleiding.pdf"
    writer = PdfWriter()
    for page in PdfReader(corpus).pages:
        writer.add_page(page)
    writer.encrypt(user_password="geheim", owner_password="baas")
    out = io.BytesIO()
    writer.write(out)
    report = read(out.getvalue())
    assert len(errors(report)) == 1 and "password" in errors(report)[0]


def test_200_pages_is_refused_quickly() -> None:
    import time

    data = _blank_pdf(200)
    start = time.perf_counter()
    report = read(data)
    assert time.perf_counter() - start < 5
    assert len(errors(report)) == 1 and "200 pages" in errors(report)[0]


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n" + b"garbage " * 100,
        (Path(__file__).parent / "fixtures" / "corpus" / "016_van-aspi-tot-hoofdleiding.pdf").read_bytes()[:3000],
        b"",
        b"just text, not a pdf",
    ],
    ids=["garbage", "truncated", "empty", "text"],
)
def test_broken_pdfs_give_one_error(data: bytes) -> None:
    report = read(data)
    assert len(errors(report)) == 1, report.problems
    assert report.problems[0].file == "verslag.pdf"


@settings(max_examples=50, deadline=None)
@given(st.binary(max_size=3000).map(lambda b: b"%PDF-1.4\n" + b))
def test_random_bytes_never_raise(data: bytes) -> None:
    report = read(data)
    assert len(errors(report)) == 1
