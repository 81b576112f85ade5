"""A photo credit names a person (set L's class "a surname after '© foto:'", session 10), on our own words.

The frozen cases are ``CREDIT_PERSON``/``CREDIT_KEEP`` of ``anonymise_s10_recall_cases`` (written
before the rule). Each caption is tried in three carriers: a quote's text, the photo's caption
(``Photo.caption``, the Markdown photo section and front matter) and the form's photo section
(``sections["photo"]``, the PDF/text form). With the default scope only quotes are anonymised;
a credit names a person who is not the reporter's organisation, so the credited name goes in
every carrier, and an agency, an organisation or a stock site stays.
"""

from __future__ import annotations

import anonymise_s10_recall_cases as cases
import pytest
from anoncases import left, lost

from perskamer.model import Photo, Quote, Report
from perskamer.plugins.anonymise.anonymiser import Options, anonymise_report
from perskamer.testing import word_in

# indices into CREDIT_PERSON / CREDIT_KEEP that fail, by carrier (strict xfails: the sets can only shrink)
# at freeze time (main f63c2e9): a quote's text 5 of 20 (5 of 36 name parts left), the caption and the
# photo section 20 of 20 (a caption is not anonymised with the default scope); keep 0 of 16 lost.
# All fixed by credits.py (a credit cue, then who is credited: a person unless recognisably no one).
PERSON_MISSES: dict[str, set[int]] = {"quote": set(), "caption": set(), "section": set()}
KEEP_MISSES: dict[str, set[int]] = {"quote": set(), "caption": set(), "section": set()}


def _report(carrier: str, caption: str) -> Report:
    sections = {"summary": "Een dag op kamp."}
    quotes = [Quote(text="Het was een fijne week.", speaker=None)]
    photo = None
    if carrier == "caption":
        photo = Photo(alt="Sfeerbeeld", src="foto.jpg", caption=caption)
    elif carrier == "section":
        sections["photo"] = caption
    return Report(source="kamp.md", slug="kamp", format="md", sections=sections, quotes=quotes, photo=photo)


def _published(carrier: str, caption: str) -> str:
    """The caption as published in ``carrier`` (default scope)."""
    if carrier == "quote":
        from perskamer.plugins.anonymise.replace import anonymise_text

        return anonymise_text(caption)
    report = _report(carrier, caption)
    anonymise_report(report, Options())
    if carrier == "caption":
        assert report.photo is not None and report.photo.caption is not None
        return report.photo.caption
    return report.sections["photo"]


def _params(items: list, misses: dict[str, set[int]]) -> list:
    return [pytest.param(carrier, *case, id=f"{carrier}-{i}",
                         marks=[pytest.mark.xfail(strict=True, reason="known miss")] if i in misses[carrier] else [])
            for carrier in ("quote", "caption", "section") for i, case in enumerate(items)]


@pytest.mark.parametrize(("carrier", "caption", "names", "items"), _params(cases.CREDIT_PERSON, PERSON_MISSES))
def test_a_credited_person_goes(carrier: str, caption: str, names: list[str], items: list[str]) -> None:
    out = _published(carrier, caption)
    assert [n for n in names if word_in(n, out, ignore_case=True)] == []
    assert [i for i in items if not word_in(i, out)] == []


@pytest.mark.parametrize(("carrier", "caption", "items"), _params(cases.CREDIT_KEEP, KEEP_MISSES))
def test_a_credited_organisation_stays(carrier: str, caption: str, items: list[str]) -> None:
    out = _published(carrier, caption)
    assert [i for i in items if not word_in(i, out)] == []


def test_the_helpers_agree_with_the_batch_helpers() -> None:
    text, names, _ = cases.CREDIT_PERSON[1]
    assert left(text, names) == [n for n in names if word_in(n, _published("quote", text), ignore_case=True)]
    text, items = cases.CREDIT_KEEP[0]
    assert lost(text, items) == [i for i in items if not word_in(i, _published("quote", text))]
