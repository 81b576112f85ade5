"""Session 17's frozen cases for a meeting chat's display name after the time, alone on its line
("[10:15] <Naam>\\n<bericht>", ``anonymise_s17_stamp_line_cases``, written before the rule):
``person_layout`` reads Teams' paste as it reads "<Naam>  10:32\\n<bericht>"; programme items,
rooms, teams, services, organisations and apps after the same times stay. Each text runs as bare
text and as a report's quotes section. Figures (cases with a name left / look-alike cases losing an
item), main 981cf20 -> the rule: 5/22, 0/22 -> 0/22, 0/22 (text and report alike)."""

from __future__ import annotations

import anonymise_s17_stamp_line_cases as batch
import pytest
from anoncases import params


@pytest.mark.parametrize(("text", "names"), params(batch.PERSON, set()))
def test_a_display_name_after_the_time_goes_from_the_text(text: str, names: list[str]) -> None:
    assert not batch.names_left(text, names, batch.run_text), batch.run_text(text)


@pytest.mark.parametrize(("text", "names"), params(batch.PERSON, set()))
def test_a_display_name_after_the_time_goes_from_the_report(text: str, names: list[str]) -> None:
    assert not batch.names_left(text, names, batch.run_report), batch.run_report(text)


@pytest.mark.parametrize(("text", "items"), params(batch.KEEP, set()))
def test_a_programme_item_after_the_time_stays_in_the_text(text: str, items: list[str]) -> None:
    assert not batch.items_lost(text, items, batch.run_text), batch.run_text(text)


@pytest.mark.parametrize(("text", "items"), params(batch.KEEP, set()))
def test_a_programme_item_after_the_time_stays_in_the_report(text: str, items: list[str]) -> None:
    assert not batch.items_lost(text, items, batch.run_report), batch.run_report(text)
