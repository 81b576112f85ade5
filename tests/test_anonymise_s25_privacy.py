"""Session 25 (s25-privacy, issue 11 point 1, severity 1): the frozen batch
``tests/anonymise_s25_privacy_cases.py`` (written before the rules were read) on the text path, the
report path and, for one case of each class, a real build. The xfail marks (strict) name the
cases that fail on the state they were last run on; a fix removes its mark.
"""

from __future__ import annotations

import pytest
from anonymise_s25_privacy_cases import (
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
    7: "two word names joined by 'en' (class 1)",
    11: "'Dag Kruik' after a verb (class 1)",
    24: "'DM <naam>' (class 3)",
    27: "'DM <naam>' in lower case (class 3)",
    28: "'ask <naam>' in lower case (class 3)",
    36: "East-Asian family name first in capitals (class 4)",
    43: "East-Asian family name first in capitals (class 4)",
    45: "East-Asian family name first in capitals (class 4)",
    46: "a short name in capitals after 'en' (class 5)",
    50: "a short name in capitals after 'en' (class 5)",
    52: "a short name in capitals after 'en' (class 5)",
    57: "'De <Achternaam>' opening a sentence (class 6)",
    58: "'Van <Achternaam>' opening a sentence after a full stop (class 6)",
    73: "'<naam> & <naam>' (class 8)",
    74: "'<naam> & <naam>' (class 8)",
    75: "'<naam> & <naam>' (class 8)",
    76: "'<naam> & <naam>' (class 8)",
    77: "'<naam> & <naam>' (class 8)",
    78: "'<naam> & <naam>' (class 8)",
    79: "'<naam> & <naam>' (class 8)",
    80: "'<naam> & <naam>' (class 8)",
}
_OPEN_BUILD: dict[int, str] = {36: _OPEN_NAMES[36], 76: _OPEN_NAMES[76]}

#: Look-alikes lost (by index) on the text path; the report path loses these and ``_LOST_REPORT``.
_LOST: dict[int, str] = {
    3: "'Oxfam' after 'Volgens'",
    6: "'Groen' after 'Jong'",
    7: "'Kempen' after 'Natuurpunt'",
    9: "'CHIRO' after 'LEVE DE'",
    18: "'DM's' (direct messages)",
    39: "'KAJ' after 'en de'",
    48: "'Van Gogh' as a theme",
    49: "'Van Halen' as a band",
    63: "'Heide' in a B&B's name",
}
_LOST_REPORT: dict[int, str] = {**_LOST, 58: "'Sport' in 'Sport & Spel' under a greeting"}


def _params(cases: list, open_: dict[int, str], only: list[int] | None = None) -> list:
    out = []
    for i, (text, items) in enumerate(cases):
        if only is not None and i not in only:
            continue
        marks = (pytest.mark.xfail(strict=True, reason=open_[i]),) if i in open_ else ()
        out.append(pytest.param(text, items, marks=marks, id=str(i)))
    return out


@pytest.mark.parametrize(("text", "names"), _params(PERSON, _OPEN_NAMES))
def test_batch_name_goes_text(text: str, names: list[str]) -> None:
    assert not names_left(text, names, run_text)


@pytest.mark.parametrize(("text", "names"), _params(PERSON, _OPEN_NAMES))
def test_batch_name_goes_report(text: str, names: list[str]) -> None:
    assert not names_left(text, names, run_section_report)


@pytest.mark.parametrize(("text", "names"), _params(PERSON, _OPEN_BUILD, BUILD))
def test_batch_name_goes_in_a_build(text: str, names: list[str]) -> None:
    """No published file (pages, JSON, feeds, search index) holds a name part."""
    assert not names_left(text, names, run_build)


@pytest.mark.parametrize(("text", "items"), _params(KEEP, _LOST))
def test_batch_look_alike_stays_text(text: str, items: list[str]) -> None:
    assert not items_lost(text, items, run_text)


@pytest.mark.parametrize(("text", "items"), _params(KEEP, _LOST_REPORT))
def test_batch_look_alike_stays_report(text: str, items: list[str]) -> None:
    assert not items_lost(text, items, run_section_report)


@pytest.mark.parametrize(("text", "items"), _params(KEEP, {}, BUILD_KEEP))
def test_batch_look_alike_stays_in_a_build(text: str, items: list[str]) -> None:
    assert not build_items_lost(text, items)
