"""Session 26 (s26-dutchword, issue 11, severity 1): person names whose parts are ordinary Dutch
words, and Flemish diminutive nicknames.

1. The frozen batch ``tests/anonymise_s26_dutchword_cases.py`` (written before the rules were read)
   on the text path, the report path and, for a few cases, a real build. The xfail marks (strict)
   name the cases that still fail; a fix removes its mark.
"""

from __future__ import annotations

import pytest
from anonymise_s26_dutchword_cases import (
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

#: Name cases that publish a name (by index), on the text and the report path (start: 4fced9a).
_OPEN_NAMES: dict[int, str] = {
    7: "'Juni Zwaan' as a subject (class 1)",
    9: "'Klaver Molenaar' after 'sprak' (class 1)",
    15: "'Lief' before a masked surname (class 1)",
    16: "'Hei Kievit' as a subject (class 1)",
    20: "'Dag Schipper' after 'Samen met' (class 2)",
    25: "'Mees Brouwer' after 'luisterde naar' (class 2)",
    29: "'Wil Koster' after 'mis' (class 2)",
    31: "'Rein Spiegel' after 'kwam van' (class 2)",
    39: "'Zomer Kikker' as a sign-off on its own line (class 3)",
    47: "'Vrede Kaars:' as a speaker's label (class 3)",
    49: "'Dag Pruim' after '<naam> en' (class 4)",
    53: "'Storm Baars', 'Iris Akker' in a list (class 4)",
    56: "'Hoop Valk', 'Juni Klok' in a list (class 4)",
    57: "'Vink Boer' in a list (class 4)",
    58: "'Lief' before a masked surname in a list (class 4)",
}
_OPEN_NAMES_REPORT: dict[int, str] = {k: v for k, v in _OPEN_NAMES.items() if k != 39}
_OPEN_BUILD: dict[int, str] = {}

#: Look-alikes lost (by index) on the text and the report path (start: 4fced9a).
_LOST: dict[int, str] = {
    3: "'De Gele Tulp' after 'van' (class 1)",
    4: "'De Zilveren Vos' (class 1)",
    7: "'De Bonte Koe' after 'Volgens' (class 1)",
    11: "'Het Gouden Hert' before 'zei' (class 1)",
    13: "'De Zwarte Kat' before 'vertelde' (class 1)",
    18: "'de Kleine Nete' (class 2)",
    26: "'Klein Veld' after 'Vanuit' (class 2)",
    32: "'Kleine Prins' as a theme (class 3)",
    43: "'Goed Gedaan' as a greeting (class 4)",
}
_LOST_BUILD: dict[int, str] = {18: _LOST[18]}


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


@pytest.mark.parametrize(("text", "names"), _params(PERSON, _OPEN_NAMES_REPORT))
def test_batch_name_goes_report(text: str, names: list[str]) -> None:
    assert not names_left(text, names, run_section_report)


@pytest.mark.parametrize(("text", "names"), _params(PERSON, _OPEN_BUILD, BUILD))
def test_batch_name_goes_in_a_build(text: str, names: list[str]) -> None:
    """No published file (pages, JSON, feeds, search index) holds a name part."""
    assert not names_left(text, names, run_build)


@pytest.mark.parametrize(("text", "items"), _params(KEEP, _LOST))
def test_batch_look_alike_stays_text(text: str, items: list[str]) -> None:
    assert not items_lost(text, items, run_text)


@pytest.mark.parametrize(("text", "items"), _params(KEEP, _LOST))
def test_batch_look_alike_stays_report(text: str, items: list[str]) -> None:
    assert not items_lost(text, items, run_section_report)


@pytest.mark.parametrize(("text", "items"), _params(KEEP, _LOST_BUILD, BUILD_KEEP))
def test_batch_look_alike_stays_in_a_build(text: str, items: list[str]) -> None:
    assert not build_items_lost(text, items)
