"""A month written with a capital inside a sentence is a first name (session 15, the lead;
``person_months``); the frozen cases are in ``anonymise_s15_month_cases``."""

from __future__ import annotations

import pytest

from perskamer.plugins.anonymise.replace import anonymise_text
from perskamer.testing import word_in
from tests.anonymise_s15_month_cases import MONTHS, PERSONS


@pytest.mark.parametrize(("text", "name"), PERSONS)
def test_capitalised_month_as_a_name_is_masked(text: str, name: str) -> None:
    assert not word_in(name, anonymise_text(text))


@pytest.mark.parametrize(("text", "month"), MONTHS)
def test_month_as_a_date_stays(text: str, month: str) -> None:
    assert word_in(month, anonymise_text(text))


def test_lower_case_month_is_never_a_name() -> None:
    # the rule reads capitals only: in lower case a month is the month ("ik en mei" is no Dutch)
    text = "We zagen elkaar in mei en juni, en ook nog eens begin juli."
    assert anonymise_text(text) == text
