"""detect._demonym_before_noun (session 19): "<Naam> van de Poolse groep" -- an inflected
adjective of a place before a lower-case noun qualifies the noun and is no surname after
"van de"; the name before it still goes. Names and groups written for this test."""

from __future__ import annotations

import pytest

from perskamer.plugins.anonymise import detect
from perskamer.plugins.anonymise.replace import anonymise_text
from perskamer.testing import word_in

CASES = [
    ("“Met Wiktoriana van de Poolse groep praat ik elke week.”", "Poolse", ("Wiktoriana",)),
    ("“We belden met Jorieke van de Brusselse jeugddienst.”", "Brusselse", ("Jorieke",)),
    ("“Ik leerde Bartosza van de West-Vlaamse werking kennen.”", "West-Vlaamse", ("Bartosza",)),
    ("“Samen met Kwadwoa van de Ghanese vereniging kookten we.”", "Ghanese", ("Kwadwoa",)),
]
#: a surname after "van de" with no noun after it stays part of the name
PERSONS = [
    ("“Met Jorieke van de Veldeke praat ik elke week.”", ("Jorieke", "Veldeke")),
    ("“Ik sprak Bartosza van de Wielewaal gisteren.”", ("Bartosza", "Wielewaal")),
]


@pytest.mark.parametrize(("text", "item", "names"), CASES)
def test_the_adjective_stays_and_the_name_goes(text: str, item: str, names: tuple[str, ...],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    out = anonymise_text(text)
    assert word_in(item, out), out
    assert not any(word_in(n, out, ignore_case=True) for n in names), out
    with monkeypatch.context() as m:
        m.setattr(detect, "_demonym_before_noun", lambda *a, **k: False)
        assert not word_in(item, anonymise_text(text))


@pytest.mark.parametrize(("text", "names"), PERSONS)
def test_a_particle_surname_still_goes(text: str, names: tuple[str, ...]) -> None:
    out = anonymise_text(text)
    assert not any(word_in(n, out, ignore_case=True) for n in names), out
