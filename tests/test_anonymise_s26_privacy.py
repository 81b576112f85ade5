"""Session 26 (s26-privacy, issue 11, severity 1).

The frozen batch ``tests/anonymise_s26_privacy_cases.py`` (written before the rules were read) on
the text path, the report path and, for some cases of each class, a real build. The xfail marks
(strict) name the cases that still fail; a fix removes its mark.
"""

from __future__ import annotations

import pytest
from anoncases import params
from anonymise_s26_privacy_cases import (
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

#: Name cases that publish a name (by index), on the text and the report path.
_OPEN_NAMES: dict[int, str] = {
    47: "'Storm heeft de hele avond de muziek gedaan' (class 4): 'gedaan' is said of a storm too (rule 61 leaves it)",
    55: "'Lief heeft de soep gemaakt' (class 4): 'lief' is a frequent word (rule 61 leaves those)",
}
_OPEN_NAMES_REPORT: dict[int, str] = dict(_OPEN_NAMES)
_OPEN_BUILD: dict[int, str] = {i: _OPEN_NAMES[i] for i in BUILD if i in _OPEN_NAMES}

#: Look-alikes lost (by index) on the text and the report path.
_LOST: dict[int, str] = {
    35: "'Bloem is duurder geworden' (flour) masked at the start",
    39: "'Vrede vraagt moed' masked at the start",
}
_LOST_REPORT: dict[int, str] = dict(_LOST)




@pytest.mark.parametrize(("text", "names"), params(PERSON, _OPEN_NAMES))
def test_batch_name_goes_text(text: str, names: list[str]) -> None:
    assert not names_left(text, names, run_text)


@pytest.mark.parametrize(("text", "names"), params(PERSON, _OPEN_NAMES_REPORT))
def test_batch_name_goes_report(text: str, names: list[str]) -> None:
    assert not names_left(text, names, run_section_report)


@pytest.mark.parametrize(("text", "names"), params(PERSON, _OPEN_BUILD, only=BUILD))
def test_batch_name_goes_in_a_build(text: str, names: list[str]) -> None:
    """No published file (pages, JSON, feeds, search index) holds a name part."""
    assert not names_left(text, names, run_build)


@pytest.mark.parametrize(("text", "items"), params(KEEP, _LOST))
def test_batch_look_alike_stays_text(text: str, items: list[str]) -> None:
    assert not items_lost(text, items, run_text)


@pytest.mark.parametrize(("text", "items"), params(KEEP, _LOST_REPORT))
def test_batch_look_alike_stays_report(text: str, items: list[str]) -> None:
    assert not items_lost(text, items, run_section_report)


@pytest.mark.parametrize(("text", "items"), params(KEEP, {}, only=BUILD_KEEP))
def test_batch_look_alike_stays_in_a_build(text: str, items: list[str]) -> None:
    assert not build_items_lost(text, items)
