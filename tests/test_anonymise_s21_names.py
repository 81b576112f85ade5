"""Session 21 (s21-names, issue 11): lists of people in every layout, strong slots, capitals, name chains.

The names, organisations and places below are chosen for these tests (invented or generic), none from
A21, A20, A19, A18 or the frozen batch ``anonymise_s21_name_class_cases.py``.
"""

from __future__ import annotations

import pytest
from anonymise_asserts import items_stay as _items_stay
from anonymise_asserts import names_go as _names_go

# -- person_slot_lists: every item of a list whose header or rank announces persons ------------------

SLOT_LISTS = [
    ("Kookploeg vrijdag: Ulvhild", ["Ulvhild"]),
    ("Afwasbeurt: Tjalda en Oswijn", ["Tjalda", "Oswijn"]),
    ("Kamer 7: Wibrand Kast + een monitor", ["Wibrand", "Kast"]),
    ("Montage en geluid: Ermgardis Dak", ["Ermgardis", "Dak"]),
    ("Naamkaartje: Gijsbertha Raam – kok", ["Gijsbertha", "Raam"]),
    ("2. Hrodwina – 17 punten", ["Hrodwina"]),
    ("Eindstand:\n1. Baldewijn Stoel\n2. Ortwina", ["Baldewijn", "Stoel", "Ortwina"]),
    ("Ingeschreven: Ladder, Reinwald, 15 jaar", ["Ladder", "Reinwald"]),
    ("Inschrijvingen:\nKELDERWINCKEL, Aldegrete\nWIJNGAARD, Gerlindis", ["Kelderwinckel", "Aldegrete", "Wijngaard", "Gerlindis"]),
    ("Verantwoordelijke: TORALDINE", ["Toraldine"]),
    ("Kampioen petanque: Ywein al-Sabbaghiyya", ["Ywein", "al-Sabbaghiyya"]),
]


@pytest.mark.parametrize("text,names", SLOT_LISTS)
def test_every_item_of_a_list_of_persons_is_a_person(text: str, names: list[str]) -> None:
    _names_go(text, names)


SLOT_LISTS_KEPT = [
    ("Menu:\nmaandag: soep\ndinsdag: Pizza Hut", ["Pizza Hut"]),
    ("Uitslag:\n1. Chiro Oostrozebeke\n2. KSA Zedelgem", ["Chiro Oostrozebeke", "KSA Zedelgem"]),
    ("Maandag: Brugge. Dinsdag: Gent.", ["Brugge", "Gent"]),
    ("Kamer 2: EHBO en materiaal", ["EHBO"]),
    ("Verantwoordelijke: JEUGDDIENST ZONNEBEKE", ["JEUGDDIENST", "ZONNEBEKE"]),
    ("Muziek: Spotify\nLicht: Stad Tielt", ["Spotify", "Tielt"]),
]


@pytest.mark.parametrize("text,items", SLOT_LISTS_KEPT)
def test_things_in_a_list_under_a_person_header_stay(text: str, items: list[str]) -> None:
    _items_stay(text, items)


# -- person_runs: vocatives, capitals after a person's preposition, chains, lower-case surnames -------

RUNS = [
    ("Ulvhild, kun jij de tafels dekken?", ["Ulvhild"]),
    ("Wibrand Kast, wil je even komen?", ["Wibrand", "Kast"]),
    ("HIEP HIEP HOERA VOOR BO STOEL", ["Bo", "Stoel"]),
    ("INTERVIEW MET ORTWINA DAK", ["Ortwina", "Dak"]),
    ("We aten bij Samirella al-Faraj thuis.", ["Samirella", "al-Faraj"]),
    ("Het idee kwam van Abdelkhaliq el Mansouriyya.", ["Abdelkhaliq", "Mansouriyya"]),
    ("stuur het maar naar aldegrete raam", ["aldegrete", "raam"]),
]


@pytest.mark.parametrize("text,names", RUNS)
def test_a_whole_name_in_a_strong_slot_goes(text: str, names: list[str]) -> None:
    _names_go(text, names)


RUNS_KEPT = [
    ("Brugge, kun je daar met de trein naartoe?", ["Brugge"]),
    ("Dag, kan jij de sleutel halen?", ["Dag"]),
    ("Storm, regen en hagel: we gingen toch.", ["Storm"]),
    ("HIEP HIEP HOERA VOOR DE KOOKPLOEG", ["KOOKPLOEG"]),
    ("WIJ GAAN MET CHIRO WAREGEM OP KAMP", ["CHIRO", "WAREGEM"]),
    ("ik zat naast jan gisteren", ["gisteren"]),
]


@pytest.mark.parametrize("text,items", RUNS_KEPT)
def test_things_in_the_same_slots_stay(text: str, items: list[str]) -> None:
    _items_stay(text, items)
