"""Session 17's frozen cases for a first name, a capitalised "Van" and a surname that a shape
keeps -- a compound's ("<Steen><bakker>") or an organisation's ending ("<Klokken>huis")
(``anonymise_s17_van_compound_cases``, written before the rule): the run "Van <X>" is no longer
kept as an organisation's name closed by a compound, the name grows over it, a capitalised "Van"
after a first name no list knows opens the surname, and a time-stamped chat sender may hold the
particle; a trade's or venue's noun before "Van <X>" (a family firm) and the compound where no
person stands stay. Each text runs as bare text and as a report's quotes section. Figures
(cases with a name left / look-alike cases losing an item), main 981cf20 -> the rules: text
21/22, 0/22 -> 0/22, 0/22; report 15/22, 0/22 -> 0/22, 0/22."""

from __future__ import annotations

import anonymise_s17_van_compound_cases as batch
import pytest
from anoncases import params


@pytest.mark.parametrize(("text", "names"), params(batch.PERSON, set()))
def test_a_van_surname_a_shape_keeps_goes_from_the_text(text: str, names: list[str]) -> None:
    assert not batch.names_left(text, names, batch.run_text), batch.run_text(text)


@pytest.mark.parametrize(("text", "names"), params(batch.PERSON, set()))
def test_a_van_surname_a_shape_keeps_goes_from_the_report(text: str, names: list[str]) -> None:
    assert not batch.names_left(text, names, batch.run_report), batch.run_report(text)


@pytest.mark.parametrize(("text", "items"), params(batch.KEEP, set()))
def test_a_family_firm_or_a_compound_stays_in_the_text(text: str, items: list[str]) -> None:
    assert not batch.items_lost(text, items, batch.run_text), batch.run_text(text)


@pytest.mark.parametrize(("text", "items"), params(batch.KEEP, set()))
def test_a_family_firm_or_a_compound_stays_in_the_report(text: str, items: list[str]) -> None:
    assert not batch.items_lost(text, items, batch.run_report), batch.run_report(text)
