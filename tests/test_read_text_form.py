"""The .txt reader: encodings and bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from perskamer.model import Source
from perskamer.plugins import read_text_form
from perskamer.plugins.read_text_form import read_text_form as read

SEED = Path(__file__).parent / "fixtures" / "corpus" / "000_a6ef6140a8818d52.txt"
TITLE = "Vanuit creatieve projecten verschillende levensdomeinen omvatten"


def src(data: bytes, name: str = "verslag.txt") -> Source:
    return Source(path=Path("content") / name, rel=name, data=data)


def test_hooks() -> None:
    assert read_text_form.perskamer_source_suffixes() == [".txt"]
    assert read_text_form.perskamer_read_source(src(b"x", "a.md"), None) is None
    report = read_text_form.perskamer_read_source(src(SEED.read_bytes(), "000_seed.txt"), None)
    assert report is not None and report.format == "form-text" and report.slug == "000_seed"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-be", "utf-32"])
def test_unicode_encodings(encoding: str) -> None:
    data = SEED.read_text(encoding="utf-8").encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    report = read(src(data))
    assert report.title == TITLE
    assert not [p for p in report.problems if p.severity != "info"]
    assert "één" in report.sections["ambitions"]


def test_cp1252_falls_back_with_a_warning() -> None:
    data = SEED.read_text(encoding="utf-8").encode("cp1252", errors="replace")
    report = read(src(data))
    assert report.title == TITLE
    assert "één" in report.sections["ambitions"]
    (warning,) = report.problems
    assert warning.severity == "warning" and "cp1252" in warning.message and warning.file == "verslag.txt"
    assert not report.has_errors


def test_utf16_without_bom() -> None:
    report = read(src(SEED.read_text(encoding="utf-8").encode("utf-16-le")))
    assert report.title == TITLE


@pytest.mark.parametrize(
    "data",
    [b"\x00\x01\x02PK\x03\x04" * 200, bytes(range(256)) * 10, b"%PDF-1.7\n\x00\x00binary"],
    ids=["zip", "bytes", "pdf"],
)
def test_binary_file_is_one_error(data: bytes) -> None:
    report = read(src(data))
    errors = [p for p in report.problems if p.severity == "error"]
    assert len(errors) == 1 and "binary" in errors[0].message
    assert errors[0].file == "verslag.txt" and errors[0].hint


def test_empty_file() -> None:
    report = read(src(b"  \n\n"))
    assert report.has_errors and "empty" in report.problems[0].message


def test_no_sections() -> None:
    report = read(src(b"Boodschappenlijst\nmelk\nbrood\n"))
    errors = [p for p in report.problems if p.severity == "error"]
    assert len(errors) == 1
    assert "no form questions" in errors[0].message and errors[0].file == "verslag.txt" and errors[0].hint


def test_bad_date_names_its_line() -> None:
    text = SEED.read_text(encoding="utf-8").replace("Datum: 6 juni 2023", "Datum: 31 februari 2023")
    text = text.replace("6 juni 2023", "x")
    report = read(src(text.encode()))
    warnings = [p for p in report.problems if p.field == "date"]
    assert warnings and warnings[0].line == 9


def test_crlf_and_bom() -> None:
    data = b"\xef\xbb\xbf" + SEED.read_text(encoding="utf-8").replace("\n", "\r\n").encode()
    report = read(src(data))
    assert report.title == TITLE and len(report.quotes) == 2


def test_huge_line_does_not_hang() -> None:
    data = ("Titel\n\nQuotes\n\n“" + "bla " * 200_000 + "”\n").encode()
    report = read(src(data))
    assert len(report.quotes) == 1
