"""Session 23 (s23-keep, issue 11): what a naming verb names when its subject is a person by
place (a team's keeper, a board's chair, a class's teacher), and a Dutch word with its diacritics
opening a sentence. Every keep rule is tested with invented person names in the same frames."""

from __future__ import annotations

import pytest
from anonymise_asserts import items_stay, names_go, published, quotes_report

NAMES = ["Thijs", "Zainab", "Storm", "Kwame Mensah", "Tariq", "Bo", "Sky", "Roos", "Yasmina El Amrani",
         "Dragan", "Mei Ling", "Iñaki Etxeberria"]
ROLES = ["Onze keeper", "De scheidsrechter", "Mijn teamgenoot", "Onze aanvoerder", "De voorzitter",
         "Mijn lief", "Onze spits", "De zangeres", "Onze reservekeeper", "De drummer", "Haar logopediste",
         "Onze penningmeester"]


def _one(quote: str) -> str:
    return published(quotes_report([quote]))[-1]


@pytest.mark.parametrize("role", ROLES)
def test_a_person_by_place_is_named_by_heet(role: str) -> None:
    for name in NAMES:
        names_go(_one(f'"{role} heet {name} en is twaalf", zegt een deelnemer.'), name.split())


@pytest.mark.parametrize("role", ["onze keeper", "de voorzitter", "mijn teamgenoot"])
def test_lower_case_person_by_place(role: str) -> None:
    for name in ("thijs", "zainab", "dragan"):
        names_go(_one(f"{role} heet {name} en is twaalf"), [name])


@pytest.mark.parametrize(
    ("subject", "thing"),
    [("Onze mascotte", "Knabbel"), ("Het lokaal", "De Zolderbrug"), ("Onze ploeg", "De Vliegende Pieren"),
     ("De kantine", "'t Mussenkot"), ("De app", "Knarselpraat"), ("Ons jeugdhuis", "De Knarsel"),
     ("Het spel", "Valdoria"), ("De sporthal", "Sportoase Gete-oever")],
)
def test_a_thing_named_by_heet_stays(subject: str, thing: str) -> None:
    items_stay(_one(f'"{subject} heet {thing}, al jaren", zegt een deelnemer.'), [thing])


@pytest.mark.parametrize("opening", ["Coördinator voor Chiro Sint-Servaas", "Reünie bij Scouts Lindeboom",
                                     "Coördinatie door Jeugdhuis Uitstap"])
def test_a_dutch_word_with_diacritics_opening_a_line(opening: str) -> None:
    out = _one(f'"{opening}, al twee jaar", zegt een deelnemer.')
    items_stay(out, [opening.split()[0], opening.split(" ", 2)[2]])


@pytest.mark.parametrize("name", ["Anaïs", "Çağla", "Søren", "Iñaki", "Ðorđe", "Maëlle", "Zoë", "Noël", "Thaïs"])
def test_a_name_with_diacritics_opening_a_sentence_still_goes(name: str) -> None:
    names_go(_one(f'"{name} vond het kamp geweldig", zegt een deelnemer.'), [name])
    names_go(_one(f'"{name} voor de groep, al twee jaar", zegt een deelnemer.'), [name])
