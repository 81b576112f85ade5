"""A title before a speaker's name in the front matter (set K's class, session 9, on our own words).

"dr. X Y (hogeschool)", "mevr. Y, schepen van jeugd": the field opened with a lower-case title,
so it was read as no name at all, the speaker was not withheld and the facts block named the
person whose quotes were credited to a label. (The rule is 5fc3b88's ``_strip_titles``; these
cases, written on another branch for the same class, check it with other names.)
"""

from __future__ import annotations

import json

import pytest

from perskamer.model import Quote, Report
from perskamer.plugins.anonymise.anonymiser import Options, anonymise_report, speaker_name


@pytest.mark.parametrize(("field", "name"), [
    ("dr. Oyelaran Adebisi (universiteit)", "Oyelaran Adebisi"),
    ("mevr. Verhaeghe, schepen van jeugd", "Verhaeghe"),
    ("prof. Tamsin Okoro", "Tamsin Okoro"),
    ("schepen Goossens", "Goossens"),
    ("dhr. Wim De Ridder", "Wim De Ridder"),
])
def test_the_title_is_no_part_of_the_name(field: str, name: str) -> None:
    assert speaker_name(field) == name


@pytest.mark.parametrize("field", ["een jongere uit de zaal", "de schepen van jeugd", "dr."])
def test_no_name_stays_no_name(field: str) -> None:
    assert speaker_name(field) in (None, "dr.")


def test_a_titled_speaker_credited_in_a_quote_is_named_nowhere() -> None:
    report = Report(source="k.md", slug="k", format="md", sections={"summary": "Een sessie over speelruimte."},
                    quotes=[Quote(text="Kinderen willen vooral verstopplekken.", speaker="dr. Adebisi")],
                    meta={"speakers": ["dr. Oyelaran Adebisi (universiteit)", "mevr. Verhaeghe, schepen van jeugd"]})
    anonymise_report(report, Options())
    published = json.dumps([report.meta, report.sections, [q.speaker for q in report.quotes],
                            [q.attribution for q in report.quotes]], ensure_ascii=False)
    assert "Adebisi" not in published and "Oyelaran" not in published
