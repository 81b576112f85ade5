"""Session 17's frozen cases for a first name no list knows before a surname that is a Dutch or
Belgian town (``anonymise_s17_town_pair_cases``, written before the rule): ``keep_typed``'s
organisation shape "<word no list knows> <town>" no longer wins where the line or an apposition
says "a person" -- a time-stamped chat sender, all a sign-off's or a display name's line holds, a
role, an age or a photo's position after the pair; organisations closed by a town in the same
slots, and the pair where nothing says "a person", stay. Each text runs as bare text and as a
report's quotes section. Figures (cases with a name left / look-alike cases losing an item),
main 981cf20 -> the rule: text 13/22, 1/22 -> 0/22, 1/22; report 11/22, 2/22 -> 0/22, 2/22."""

from __future__ import annotations

import anonymise_s17_town_pair_cases as batch
import pytest
from anoncases import params

#: cases that fail today (strict: the lists can only shrink)
TEXT_KEEP_MISSES = {16}  # ("Samen met <X> <Town>": a person's slot wins over the pair, before this rule too)
REPORT_KEEP_MISSES = {11, 16}  # (and "Op de foto: <Club> <Town> (2023)": the caption's person slot, before too)


@pytest.mark.parametrize(("text", "names"), params(batch.PERSON, set()))
def test_a_name_closed_by_a_town_goes_from_the_text_where_the_line_says_person(text: str, names: list[str]) -> None:
    assert not batch.names_left(text, names, batch.run_text), batch.run_text(text)


@pytest.mark.parametrize(("text", "names"), params(batch.PERSON, set()))
def test_a_name_closed_by_a_town_goes_from_the_report_where_the_line_says_person(text: str, names: list[str]) -> None:
    assert not batch.names_left(text, names, batch.run_report), batch.run_report(text)


@pytest.mark.parametrize(("text", "items"), params(batch.KEEP, TEXT_KEEP_MISSES))
def test_an_organisation_closed_by_a_town_stays_in_the_text(text: str, items: list[str]) -> None:
    assert not batch.items_lost(text, items, batch.run_text), batch.run_text(text)


@pytest.mark.parametrize(("text", "items"), params(batch.KEEP, REPORT_KEEP_MISSES))
def test_an_organisation_closed_by_a_town_stays_in_the_report(text: str, items: list[str]) -> None:
    assert not batch.items_lost(text, items, batch.run_report), batch.run_report(text)
