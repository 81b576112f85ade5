"""Filled-in PDF forms (AcroForm), made here with pypdf: answers in form fields, found by
field name, tooltip or position; checkboxes and date fields; values set by a viewer
that draws no appearance; flattened forms fall back to the page text."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

from formgen import Field, Text, flow, make_pdf_form
from hypothesis import example, given, settings
from hypothesis import strategies as st
from test_form_variants import FORM_WORDS

from perskamer.form import FORM_QUESTIONS
from perskamer.form.conserve import report_words
from perskamer.form.fields import header_label, meaningful
from perskamer.form.text import tokens
from perskamer.model import Report, Source
from perskamer.plugins import read_pdf as reader

JUNE_6 = dt.date(2023, 6, 6)
HEADER = "Verslag sessie congres #Jeugdwerkwerkt"
QUESTIONS = [("summary", FORM_QUESTIONS["summary"]), ("quotes", FORM_QUESTIONS["quotes"]),
             ("surprise", FORM_QUESTIONS["surprise"])]
VALUES = {
    "title": "Klimmen zonder touw", "date": "06/06/2023",
    "summary": "We klommen op een boulderwand in de sporthal.\nDaarna praatten we over durven vallen.",
    "quotes": "“Vallen hoort erbij, opstaan ook.” – Nora Claes (Klimclub Noord)\n“Ik dacht dat ik hoogtevrees had.” – Tuur",
    "surprise": "Hoe snel iedereen elkaar aanmoedigde.",
}


def read(data: bytes, name: str = "formulier.pdf") -> Report:
    return reader.perskamer_read_source(source=Source(Path(name), name, data), context=SimpleNamespace(site={"date": JUNE_6}))


def _wrap(text: str, width: int = 85) -> list[str]:
    out, cur = [], ""
    for word in text.split():
        if cur and len(cur) + len(word) + 1 > width:
            out.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}".strip()
    return [*out, cur]


def form(*, labels: bool = True, questions: bool = True) -> tuple[list[Text], dict[str, tuple[int, float]]]:
    lines: list[tuple[str, float, bool]] = [(HEADER, 14, True)]
    for label, key in (("Titel van de sessie:", "title"), ("Datum:", "date")):
        lines += [(label, 11, False)] if labels else []
        lines.append((f"@{key}:18", 11, False))
    for key, question in QUESTIONS:
        lines += [(w, 11, True) for w in _wrap(question)] if questions else []
        lines.append((f"@{key}:120", 11, False))
    return flow(lines)


def fields(marks: dict[str, tuple[int, float]], names: dict[str, str], tips: dict[str, str] | None = None,
           values: dict[str, str] = VALUES) -> list[Field]:
    out = []
    for key, value in values.items():
        page, y = marks[key]
        height = 18 if key in ("title", "date") else 120
        out.append(Field(names[key], page, (56, y - height, 540, y), value, tooltip=(tips or {}).get(key),
                         kind="date" if key == "date" else "text", multiline=height > 18))
    return out


def check(report: Report) -> None:
    assert not [p for p in report.problems if p.severity in ("error", "warning")], report.problems
    assert (report.title, report.date) == ("Klimmen zonder touw", JUNE_6)
    assert report.sections["summary"] == ("We klommen op een boulderwand in de sporthal.\n\n"
                                          "Daarna praatten we over durven vallen.")
    assert [(q.text, q.speaker, q.affiliation) for q in report.quotes] == [
        ("Vallen hoort erbij, opstaan ook.", "Nora Claes", "Klimclub Noord"), ("Ik dacht dat ik hoogtevrees had.", "Tuur", None)]
    assert report.sections["surprise"] == "Hoe snel iedereen elkaar aanmoedigde."
    assert report.private["form_fields"] == 5


def test_field_names_that_say_what_they_hold() -> None:
    texts, marks = form()
    names = {"title": "Titel", "date": "Datum", "summary": "Wat is er gebeurd", "quotes": "Quotes",
             "surprise": "Wat heeft jou verrast"}
    check(read(make_pdf_form(texts, fields(marks, names))))


def test_text1_text2_with_tooltips_values_only_no_appearance_streams() -> None:
    texts, marks = form()
    names = {k: f"Text{i}" for i, k in enumerate(VALUES, start=1)}
    tips = {"title": "Titel van de sessie", "date": "Datum", **dict(QUESTIONS)}
    data = make_pdf_form(texts, fields(marks, names, tips), appearances=False, need_appearances=True)
    assert b"/AP" not in data
    check(read(data))


def test_position_alone_when_names_and_tooltips_say_nothing() -> None:
    texts, marks = form()
    names = {k: f"Text{i}" for i, k in enumerate(VALUES, start=1)}
    check(read(make_pdf_form(texts, fields(marks, names))))


def test_questions_only_in_the_tooltips() -> None:
    """A form whose page text lost its questions (or puts them in the tooltips only)."""
    texts, marks = form(questions=False)
    names = {k: f"Veld {i}" for i, k in enumerate(VALUES, start=1)}
    tips = {"title": "Titel van de sessie", "date": "Datum", **dict(QUESTIONS)}
    check(read(make_pdf_form(texts, fields(marks, names, tips), appearances=False)))


def test_labels_beside_the_fields_on_one_row() -> None:
    texts = [Text(0, 56, 790, HEADER, 14, True), Text(0, 56, 760, "Titel:"), Text(0, 56, 740, "Datum:")]
    y = 700
    for _key, question in QUESTIONS:
        texts.append(Text(0, 56, y, question[:80], 11, True))
        y -= 140
    fs = [Field("Text1", 0, (120, 756, 500, 772), VALUES["title"], multiline=False),
          Field("Text2", 0, (120, 736, 300, 752), VALUES["date"], multiline=False)]
    y = 700
    for n, (key, _q) in enumerate(QUESTIONS, start=3):
        fs.append(Field(f"Text{n}", 0, (56, y - 125, 540, y - 5), VALUES[key]))
        y -= 140
    check(read(make_pdf_form(texts, fs)))


def test_ticked_checkboxes_with_labels_beside_or_in_tooltips() -> None:
    texts, marks = form()
    names = {k: f"Text{i}" for i, k in enumerate(VALUES, start=1)}
    fs = fields(marks, names)
    page, y = marks["surprise"]
    texts += [Text(page, 40, y - 150, "Welke ambities kwamen aan bod?", 11, True),
              Text(page, 72, y - 172, "Mentaal welzijn", 10), Text(page, 272, y - 172, "Jeugdinfrastructuur", 10)]
    fs += [Field("Check1", page, (56, y - 174, 68, y - 162), True, kind="check"),
           Field("Check2", page, (256, y - 174, 268, y - 162), False, kind="check"),
           Field("Selectievakje 3", page, (56, y - 194, 68, y - 182), True, tooltip="Vrijwillig engagement", kind="check")]
    report = read(make_pdf_form(texts, fs, appearances=False))
    assert report.sections["ambitions"] == "- Mentaal welzijn\n- Vrijwillig engagement"
    assert "Jeugdinfrastructuur" not in " ".join(report.sections.values())


def test_flattened_form_is_read_from_the_page_text() -> None:
    lines = [(HEADER, 14, True), ("Titel van de sessie: Klimmen zonder touw", 11, False), ("Datum: 6/6/2023", 11, False)]
    for key, question in QUESTIONS:
        lines += [(w, 11, True) for w in _wrap(question)] + [(ln, 11, False) for ln in VALUES[key].split("\n")]
    texts, _ = flow(lines)
    report = read(make_pdf_form(texts, []))
    assert (report.title, report.date) == ("Klimmen zonder touw", JUNE_6)
    assert [q.speaker for q in report.quotes] == ["Nora Claes", "Tuur"]
    assert "form_fields" not in report.private


def test_an_empty_form_is_no_report() -> None:
    texts, marks = form()
    names = {k: f"Text{i}" for i, k in enumerate(VALUES, start=1)}
    report = read(make_pdf_form(texts, fields(marks, names, values={k: "" for k in VALUES})))
    assert [p.message for p in report.problems if p.severity == "error"] == ["the form questions are all unanswered"]


def test_names_and_labels() -> None:
    assert meaningful("Text12") is None and meaningful("Veld 3") is None and meaningful("Check Box4") is None
    assert meaningful("untitled5") is None and meaningful("12") is None and meaningful(None) is None
    assert meaningful("undefined_2") is None and meaningful("Group3") is None
    assert meaningful("WatHeeftJouVerrast") == "Wat Heeft Jou Verrast"
    assert meaningful("form1.titel_van_de_sessie") == "titel van de sessie"
    assert meaningful("form1[0].#subform[0].Titel[0]") == "Titel" and meaningful("form1[0].Page1[0].TextField1[0]") is None
    assert header_label("Titel van de sessie:") == "Titel" and header_label("Datum") == "Datum"
    assert header_label("Wat gebeurde er?") is None


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(st.characters(codec="cp1252", exclude_characters="\r\x00"), min_size=1, max_size=60),
                min_size=1, max_size=4))
@example(rows=["0) 0"])  # the list number "0)" was renumbered "1.": a written number is kept
@example(rows=["NOTITIES"])  # a field's value was dropped as the form's "NOTA" furniture
@example(rows=["\u00fe\u00ff"])  # in PDFDocEncoding the bytes FE FF, read back as an empty UTF-16 string
def test_any_answer_in_a_field_reaches_the_report(rows: list[str]) -> None:
    texts, marks = form()
    names = {k: f"Text{i}" for i, k in enumerate(VALUES, start=1)}
    values = dict(VALUES, surprise="\n".join(rows))
    report = read(make_pdf_form(texts, fields(marks, names, values=values), appearances=False))
    if report.has_errors:
        return
    out = report_words(report) + Counter(tokens(" ".join(p.message for p in report.problems)))
    written = values["surprise"].replace("\xad", "")  # a soft hyphen is invisible: "0\xad0" reads "00"
    assert not (Counter(tokens(written)) - out)


PAGE_TEXT = st.text(st.sampled_from(list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,:;!?()-'\"éëïöü“”’–/*")),
                    min_size=1, max_size=60).filter(str.strip)


@settings(max_examples=30, deadline=None)
@given(st.lists(PAGE_TEXT, min_size=1, max_size=4))
@example(rows=["De kinderen vragen.", "0) 0", "UITSPR"])
def test_any_answer_in_a_flattened_form_reaches_the_report(rows: list[str]) -> None:
    """The same form printed as page text (no fields): the PDF text reader loses no word."""
    lines = [(HEADER, 14, True), ("Titel van de sessie: Klimmen zonder touw", 11, False), ("Datum: 6/6/2023", 11, False)]
    values = dict(VALUES, surprise="\n".join(rows))
    for key, question in QUESTIONS:
        lines += [(w, 11, True) for w in _wrap(question)] + [(ln, 11, False) for ln in values[key].split("\n")]
    report = read(make_pdf_form(flow(lines)[0], []))
    if report.has_errors:
        return
    out = report_words(report) + Counter(tokens(" ".join(p.message for p in report.problems)))
    lost = Counter(tokens(values["surprise"])) - out
    assert not {t for t in lost if t not in FORM_WORDS and not t.isdigit() and len(t) > 1}, report.sections


def test_a_photo_in_an_image_field() -> None:
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (320, 240), (200, 30, 30)).save(buf, "PNG")
    texts, marks = form()
    names = {k: f"Text{i}" for i, k in enumerate(VALUES, start=1)}
    page, y = marks["surprise"]
    texts.append(Text(page, 56, y - 140, "Sfeerbeeld van de sessie – foto (of schets)", 11, True))
    photo = Field("Afbeelding1", page, (56, y - 400, 376, y - 160), buf.getvalue(), kind="image")
    caption = Field("Text9", page, (56, y - 430, 540, y - 405), "De boulderwand na afloop.", multiline=False)
    report = read(make_pdf_form(texts, [*fields(marks, names), photo, caption]))
    assert report.photo is not None and report.photo.caption == "De boulderwand na afloop."
    image = Image.open(io.BytesIO(report.photo.data))
    assert image.width >= 320 and image.getpixel((image.width // 2, image.height // 2))[:3] == (200, 30, 30)


def test_a_form_with_hundreds_of_fields_is_bounded() -> None:
    import time

    texts, _marks = form()
    many = [Field(f"Text{i}", 0, (56, 100 + (i % 40) * 2, 80, 102 + (i % 40) * 2), f"waarde {i}", multiline=False)
            for i in range(700)]
    data = make_pdf_form(texts, many)
    start = time.perf_counter()
    report = read(data)
    assert time.perf_counter() - start < 10
    assert report.private.get("form_fields", 0) <= 500


# -- forms exported to PDF by Word or LibreOffice (no form fields) ------------------------------

def test_a_two_column_table_form_is_read_cell_by_cell() -> None:
    """Label | value and question | answer rows, as Word or LibreOffice print a table form:
    the left cell's lines interleave with the right cell's on the page."""
    rows = [(["Sessie"], ["Klimmen zonder touw"]), (["Datum"], ["06-06-2023"]),
            (["Wat er is gebeurd in de sessie? Wat", "hebben jullie gedaan/gehoord/beleefd?", "Omschrijf in 5 a 10 zinnen"],
             ["We klommen op een boulderwand in de", "sporthal en praatten over durven vallen."]),
            (["Interessante quote(s) uit de sessie"], ["“Vallen hoort erbij, opstaan ook.”", "– Nora Claes"]),
            (["Wat heeft jou verrast? Wat onthoud", "je?"], ["Hoe snel iedereen elkaar aanmoedigde."])]
    texts, y = [Text(0, 56, 800, HEADER, 11)], 770.0
    for left, right in rows:
        for n, line in enumerate(left):
            texts.append(Text(0, 56, y - 15 * n, line, 11))
        for n, line in enumerate(right):
            texts.append(Text(0, 300, y - 15 * n, line, 11))
        y -= 15 * max(len(left), len(right)) + 12
    report = read(make_pdf_form(texts, []))
    assert (report.title, report.date) == ("Klimmen zonder touw", JUNE_6)
    assert report.sections["summary"] == "We klommen op een boulderwand in de sporthal en praatten over durven vallen."
    assert [(q.text, q.speaker) for q in report.quotes] == [("Vallen hoort erbij, opstaan ook.", "Nora Claes")]
    assert report.sections["surprise"] == "Hoe snel iedereen elkaar aanmoedigde."


def test_numbered_questions_without_paragraph_spacing() -> None:
    """LibreOffice prints list numbers without a dot when the list style has none, and the
    default paragraph style has no spacing: every line stands at the same pitch."""
    lines = [HEADER, "Titel: Klimmen zonder touw", "Datum: 06-06-2023", "1 Wat is er gebeurd in de sessie?",
             "We klommen op een boulderwand.", "2 Interessante quotes", "“Vallen hoort erbij.” – Nora Claes",
             "3 Waar kwamen veel vragen over?", "Over de veiligheid van de matten."]
    texts = [Text(0, 56, 800 - 14 * n, line, 11) for n, line in enumerate(lines)]
    report = read(make_pdf_form(texts, []))
    assert report.sections == {"summary": "We klommen op een boulderwand.", "quotes": "“Vallen hoort erbij.” – Nora Claes",
                               "questions": "Over de veiligheid van de matten."}
