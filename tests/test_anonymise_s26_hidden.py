"""Session 26 (s26-hidden, issue 11, severity 1): the frozen batch
``tests/anonymise_s26_hidden_cases.py`` (written before the rules were read) on the text path and
the report path. The xfail marks (strict) name the cases that fail on the state they were last
run on; a fix removes its mark.
"""

from __future__ import annotations

import pytest
from anoncases import params
from anonymise_s16_layout_line_cases import items_lost, names_left, run_section_report, run_text
from anonymise_s26_hidden_cases import KEEP, PERSON

#: Name cases that publish a name part (by index), on the text and the report path. On main f9122d6
#: 0, 1, 3, 5, 8, 17, 18 (a first name before 'nog,'/'als laatste,' and a person's apposition): rule 60
#: (s26-hidden, ``person_credit_adverbs``) closed them.
_OPEN_NAMES: dict[int, str] = {}

#: Look-alikes lost (by index) on the text and the report path (main f9122d6).
_LOST: dict[int, str] = {}


@pytest.mark.parametrize(("text", "names"), params(PERSON, _OPEN_NAMES))
def test_batch_name_goes_text(text: str, names: list[str]) -> None:
    assert not names_left(text, names, run_text)


@pytest.mark.parametrize(("text", "names"), params(PERSON, _OPEN_NAMES))
def test_batch_name_goes_report(text: str, names: list[str]) -> None:
    assert not names_left(text, names, run_section_report)


@pytest.mark.parametrize(("text", "items"), params(KEEP, _LOST))
def test_batch_look_alike_stays_text(text: str, items: list[str]) -> None:
    assert not items_lost(text, items, run_text)


@pytest.mark.parametrize(("text", "items"), params(KEEP, _LOST))
def test_batch_look_alike_stays_report(text: str, items: list[str]) -> None:
    assert not items_lost(text, items, run_section_report)
