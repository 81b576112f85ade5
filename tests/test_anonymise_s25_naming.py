"""Session 25 (s25-naming, issue 11, severity 1): the subject of a naming verb ("heet", "noemt zich",
"genaamd", "met de naam" ...) that is a Dutch word on no human list was read as a thing, and the
person's name after it was kept as the thing's ("De burgemeester heet <Voornaam> <Achternaam>.").

The frozen batch ``tests/anonymise_s25_naming_cases.py`` (written before the rules were read): every
case on the text path, the report path, and a few as a built workspace. The strict xfail marks name
what the code at this commit gets wrong.
"""

from __future__ import annotations

import pytest
from anonymise_s24_privacy_cases import build_items_lost, items_lost, names_left, run_build, run_path, run_text_path
from anonymise_s25_naming_cases import BUILD_KEEP, BUILD_PERSON, KEEP, PERSON

_START = "published at the start 7a24ce2: the subject read as a thing"
#: name cases the code gets wrong, per path
_OPEN_NAMES: dict[str, set[int]] = {
    "text": {0, 1, 2, 3, 5, 8, 9, 10, 13, 15, 16, 17, 20, 21, 22, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34,
             35, 36, 37, 39, 40, 42, 43, 44, 45, 46, 48, 51, 52, 54, 56, 59, 60, 62, 73, 75, 76, 77},
    "build": {0, 3, 30, 31, 75, 76},
}
_OPEN_NAMES["report"] = _OPEN_NAMES["text"]
#: look-alike cases the code loses an item of, per path (all lost at the start too)
_LOST: dict[str, dict[int, str]] = {
    "text": {35: "'Oosthove' after 'heette vroeger': masked at the start",
             53: "'Fikkie' after 'de hond van <naam>': masked at the start",
             60: "'Buzzkamp' after 'een app met de naam': masked at the start"},
    "report": {9: "'Ik' of 'Ik Doe Mee' masked on the report path at the start",
               33: "'Het Wolvenhol' masked on the report path at the start",
               35: "'Oosthove': masked at the start", 53: "'Fikkie': masked at the start",
               60: "'Buzzkamp': masked at the start"},
    "build": {},
}


def _params(cases, indices, open_: dict[int, str]):
    out = []
    for i in indices:
        path, text, items = cases[i]
        marks = (pytest.mark.xfail(strict=True, reason=open_[i]),) if i in open_ else ()
        out.append(pytest.param(path, text, items, marks=marks, id=f"{i}"))
    return out


def _names(how: str):
    return _params(PERSON, range(len(PERSON)), {i: _START for i in _OPEN_NAMES[how]})


@pytest.mark.parametrize(("path", "text", "names"), _names("text"))
def test_batch_name_goes_text(path: str, text: str, names: list[str]) -> None:
    assert not names_left(text, names, run_text_path(path))


@pytest.mark.parametrize(("path", "text", "names"), _names("report"))
def test_batch_name_goes_report(path: str, text: str, names: list[str]) -> None:
    assert not names_left(text, names, run_path(path))


@pytest.mark.parametrize(("path", "text", "items"), _params(KEEP, range(len(KEEP)), _LOST["text"]))
def test_batch_thing_stays_text(path: str, text: str, items: list[str]) -> None:
    assert not items_lost(text, items, run_text_path(path))


@pytest.mark.parametrize(("path", "text", "items"), _params(KEEP, range(len(KEEP)), _LOST["report"]))
def test_batch_thing_stays_report(path: str, text: str, items: list[str]) -> None:
    assert not items_lost(text, items, run_path(path))


@pytest.mark.parametrize(("path", "text", "names"),
                         _params(PERSON, BUILD_PERSON, {i: _START for i in _OPEN_NAMES["build"]}))
def test_batch_name_goes_build(path: str, text: str, names: list[str]) -> None:
    assert not names_left(text, names, run_build)


@pytest.mark.parametrize(("path", "text", "items"), _params(KEEP, BUILD_KEEP, _LOST["build"]))
def test_batch_thing_stays_build(path: str, text: str, items: list[str]) -> None:
    assert not build_items_lost(text, items)
