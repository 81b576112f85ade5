"""A quotation in a photo's caption is a quote (set K's class, session 9, on our own words).

With the default scope only the quotes were anonymised, so a caption that quotes the speakers
("Onderschrift: “X en Y zetten de tent recht”") published their names. The quoted stretch of the
photo's caption or alt text now goes through the quote rules (the form's photo section: 5fc3b88's
uncredited quotations); the caption's own words stay as written.
"""

from __future__ import annotations

import pytest

from perskamer.model import Photo, Quote, Report
from perskamer.plugins.anonymise.anonymiser import Options, anonymise_report
from perskamer.testing import word_in


def _caption(caption: str, scope: str = "quotes") -> str:
    report = Report(source="kamp.md", slug="kamp", format="md", sections={"summary": "Een kamp."},
                    quotes=[Quote(text="Het was een fijne week.", speaker=None)],
                    photo=Photo(alt="Sfeerbeeld", src="foto.jpg", caption=caption))
    anonymise_report(report, Options(scope=scope))
    assert report.photo is not None and report.photo.caption is not None
    return report.photo.caption


@pytest.mark.parametrize(("caption", "names", "kept"), [
    ("Foto van de opbouw. Onderschrift van de leiding: “Ismaël en Tibor rollen de tent op, Dagmar kijkt toe”",
     ["Ismaël", "Tibor", "Dagmar"], ["Foto van de opbouw"]),
    ("Sfeerbeeld, met de woorden van de groep: \"Wiske won de quiz\"", ["Wiske"], ["Sfeerbeeld"]),
    ("“Yaropolk en ik op de brug in Dinant” (foto: de leiding)", ["Yaropolk"], ["Dinant"]),
])
def test_a_quotation_in_a_caption_is_anonymised(caption: str, names: list[str], kept: list[str]) -> None:
    out = _caption(caption)
    assert [n for n in names if word_in(n, out, ignore_case=True)] == []
    assert [k for k in kept if not word_in(k, out)] == []


def test_a_caption_without_a_quotation_stays_as_written() -> None:
    caption = "De Chiro van Tielt bouwt de poort in Houthalen"
    assert _caption(caption) == caption


def test_an_organisation_quoted_in_a_caption_stays() -> None:
    assert "Chiro Tielt" in _caption("Sfeerbeeld: “Chiro Tielt bouwt de poort in Houthalen”")


def test_a_quotation_in_the_forms_photo_section_is_anonymised() -> None:
    report = Report(source="kamp.txt", slug="kamp", format="txt",
                    sections={"summary": "Een kamp.", "photo": "Foto van de opbouw. Onderschrift: “Ismaël zet de tent recht”"},
                    quotes=[Quote(text="Het was een fijne week.", speaker=None)])
    anonymise_report(report, Options())
    assert not word_in("Ismaël", report.sections["photo"]) and "Foto van de opbouw" in report.sections["photo"]
