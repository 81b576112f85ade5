"""Session 25 (s25-a25, issue 11, severity 1): the frozen batch ``tests/anonymise_s25_a25_cases.py``
(written before the rules were read) on the text path and the report path. The xfail marks
(strict) name the cases that fail on the state they were last run on; a fix removes its mark.
"""

from __future__ import annotations

import pytest
from anoncases import params
from anonymise_s16_layout_line_cases import items_lost, names_left, run_section_report, run_text
from anonymise_s25_a25_cases import KEEP, PERSON

#: Name cases that publish a name part (by index), on the text and the report path. At the start
#: (7a24ce2) also 1, 2, 6, 8, 10, 12 (class 1), 14, 15, 17-22, 25 (class 2), 28, 30, 31, 33, 34, 41
#: (class 3), 45, 49-51 (class 4), 52-54, 56-58 (class 5): rules 45-48 (s25-a25) closed them.
_OPEN_NAMES: dict[int, str] = {
    24: "a lower-case name that is a Dutch diminutive, after 'hihi' (class 2)",
    26: "a lower-case name that is a Dutch diminutive, after 'hahaha' (class 2)",
    36: "a diminutive of a first name that splits into two words, after 'de ouders van' (class 3)",
    39: "a first name that is a Dutch word, alone after a label (class 3)",
}

#: Look-alikes lost (by index) on the text and the report path. At the start (7a24ce2) 25 and 26
#: (French "maman" read as a first name in lower case): rule 48 closed them.
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
