"""Session 10's open policy questions, decided in session 11 (docs/anonymisation.md, "Reference"):
protective by default, each decision a test. A decision not built yet is a strict xfail with its reason (none is left since session 12)."""

from __future__ import annotations

import pytest

from perskamer.plugins.anonymise.replace import anonymise_text
from perskamer.testing import word_in


@pytest.mark.parametrize("text", [
    '"Goed zo", aldus Jetts.',
    '"Dat doen we volgend jaar weer", aldus Zeeman.',
])
def test_a_credit_after_aldus_is_a_person_even_when_a_list_knows_the_word(text: str) -> None:
    # decided: a credit cue wins over a chain or brand list ('aldus X' credits a person)
    name = text.rsplit(" ", 1)[1].rstrip(".")
    assert not word_in(name, anonymise_text(text))


@pytest.mark.parametrize(("text", "item"), [
    ("We zaten in zaal De Backer van het cultuurcentrum.", "De Backer"),
    ("Het feest was in zaal Vermeulen, naast de kerk.", "Vermeulen"),
])
def test_a_venue_named_after_a_family_stays(text: str, item: str) -> None:
    # decided: a venue's name is public and names a building, not a person (kept)
    assert word_in(item, anonymise_text(text))


# (decided in session 11, built in session 12: ``business_person``; the frozen class is in
# ``anonymise_s12_recall_cases``)
@pytest.mark.parametrize(("text", "head"), [
    ("Ik werkte toen bij Bakkerij Marleen Vandamme in de Statiestraat.", "Bakkerij"),
    ("De broodjes kwamen van Slagerij Koen Verstraete.", "Slagerij"),
])
def test_a_full_persons_name_in_a_business_name_is_masked(text: str, head: str) -> None:
    out = anonymise_text(text)
    assert not any(word_in(w, out) for w in ("Marleen", "Vandamme", "Koen", "Verstraete"))
    assert word_in(head, out)


@pytest.mark.parametrize(("text", "item"), [
    ("Kapsalon Nadine knipt gratis voor de kampleiding.", "Kapsalon Nadine"),  # a first name alone: the shop's name
    ("De broodjes komen van Bakkerij Vermeulen.", "Bakkerij Vermeulen"),  # a surname alone: the family's firm
])
def test_a_business_named_by_one_name_stays(text: str, item: str) -> None:
    assert item in anonymise_text(text)
