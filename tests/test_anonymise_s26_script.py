"""Session 26 (s26-script, issue 11, severity 1): a person's name in a script other than Latin.

1. The frozen batch ``tests/anonymise_s26_script_cases.py`` (written before the rules were read) on
   the text path, the report path and, for some cases, a real build. The xfail marks (strict) name
   the cases that still fail; a fix removes its mark.
"""

from __future__ import annotations

import pytest
from anoncases import params
from anonymise_s26_script_cases import (
    BUILD,
    BUILD_KEEP,
    KEEP,
    PERSON,
    build_items_lost,
    items_lost,
    names_left,
    run_build,
    run_section_report,
    run_text,
)

_START = "publishes a name on the start d94094a"
_LOST_START = "loses a script word on the start d94094a"

#: Name cases that publish a name (by index) on the text path, the report path and in a build.
_OPEN_NAMES: dict[int, str] = dict.fromkeys(
    [0, 1, 2, 3, 4, 6, 7, 8, 10, 11, 12, 13, 14, 15, 16, 17, 22, 25, 27, 28, 29, 30, 31, 33, 35, 36, 37,
     38, 39, 40, 41, 43, 47, 48, 49, 56, 57, 58, 59], _START)
_OPEN_NAMES_REPORT: dict[int, str] = dict.fromkeys(
    [2, 3, 4, 6, 7, 8, 10, 11, 12, 13, 14, 15, 16, 17, 18, 20, 22, 25, 27, 28, 29, 30, 31, 33, 35, 36,
     37, 38, 39, 40, 41, 43, 47, 48, 49, 56, 57, 58, 59], _START)
_OPEN_BUILD: dict[int, str] = dict.fromkeys([0, 1, 11, 18, 36, 40, 47], _START)

#: Look-alikes lost (by index).
_LOST: dict[int, str] = dict.fromkeys([0, 1, 4, 5, 9, 11, 12, 20, 21, 23], _LOST_START)
_LOST_REPORT: dict[int, str] = dict.fromkeys([0, 1, 4, 5, 7, 9, 11, 12, 20, 21, 23, 31], _LOST_START)
_LOST_BUILD: dict[int, str] = dict.fromkeys([0, 12], _LOST_START)


@pytest.mark.parametrize(("text", "names"), params(PERSON, _OPEN_NAMES))
def test_batch_name_goes_text(text: str, names: list[str]) -> None:
    assert not names_left(text, names, run_text)


@pytest.mark.parametrize(("text", "names"), params(PERSON, _OPEN_NAMES_REPORT))
def test_batch_name_goes_report(text: str, names: list[str]) -> None:
    assert not names_left(text, names, run_section_report)


@pytest.mark.parametrize(("text", "names"), params(PERSON, _OPEN_BUILD, only=BUILD))
def test_batch_name_goes_in_a_build(text: str, names: list[str]) -> None:
    """No published file (pages, JSON's decoded strings, feeds, search index) holds a name part."""
    assert not names_left(text, names, run_build)


@pytest.mark.parametrize(("text", "items"), params(KEEP, _LOST))
def test_batch_look_alike_stays_text(text: str, items: list[str]) -> None:
    assert not items_lost(text, items, run_text)


@pytest.mark.parametrize(("text", "items"), params(KEEP, _LOST_REPORT))
def test_batch_look_alike_stays_report(text: str, items: list[str]) -> None:
    assert not items_lost(text, items, run_section_report)


@pytest.mark.parametrize(("text", "items"), params(KEEP, _LOST_BUILD, only=BUILD_KEEP))
def test_batch_look_alike_stays_in_a_build(text: str, items: list[str]) -> None:
    assert not build_items_lost(text, items)
