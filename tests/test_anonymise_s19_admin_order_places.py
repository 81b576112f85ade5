"""A place after a particle in the administrative order is a surname's head (issue 11, session 19).

T19 (the session's blind set, scored at its end) published "VAN <town>" from an attendance list in
"SURNAME Voornaam" order: the admin-order rule (person_admin_order) refused a run holding a place.
Flemish surnames are very often "Van <place>"; after a particle the place is the surname. The same
set published "schepen DE <ACHTERNAAM>": a particle surname in capitals after a title or role word.
The names, towns and organisations below are chosen for this test, none from T19 (checked).
"""

from __future__ import annotations

import pytest
from anonymise_asserts import survives

from perskamer.plugins.anonymise.replace import anonymise_text

NAMES = [
    ("Aanwezig: VAN LOKEREN Oona, PEETERS Sieben", ["Lokeren", "Oona"]),
    ("Aanwezig: VAN HERENTALS Wout (penningmeester)", ["Herentals", "Wout"]),
    ("- VAN DEN BRANDE Jolien\n- VAN BRUSSEL Ilyas", ["Ilyas"]),
    ("Verontschuldigd: VAN GEEL Marthe; DE HAAN Lowie", ["Geel", "Marthe", "Haan"]),
]


@pytest.mark.parametrize("text,names", NAMES)
def test_a_place_after_a_particle_in_the_administrative_order_is_a_surname(text: str, names: list[str]) -> None:
    out = anonymise_text(text)
    for name in names:
        assert not survives(name, out), out


KEPT = [
    ("Vertrek: VAN GENT naar Brugge met de trein.", ["Brugge"]),
    ("Aanwezig: KSA Brakel, Chiro Geel en de jeugddienst.", ["KSA Brakel", "Chiro Geel"]),
    ("De bus rijdt van Ronse naar Mechelen.", ["Ronse", "Mechelen"]),
]


@pytest.mark.parametrize("text,items", KEPT)
def test_places_outside_the_administrative_order_stay(text: str, items: list[str]) -> None:
    out = anonymise_text(text)
    for item in items:
        assert item in out, out


TITLED = [
    ("Gast: schepen DE WAELE", ["Waele"]),
    ("Ook voorzitter VAN DEN ABEELE nam het woord.", ["Abeele"]),
    ("Met dank aan burgemeester EL AMRANI (CD&V).", ["Amrani"]),
    ("Ik sprak met mijn tante DE VOS.", ["Vos"]),
]


@pytest.mark.parametrize("text,names", TITLED)
def test_a_particle_surname_in_capitals_after_a_title_is_a_name(text: str, names: list[str]) -> None:
    out = anonymise_text(text)
    for name in names:
        assert not survives(name, out), out


def test_capitals_after_a_title_that_are_no_surname_stay() -> None:
    out = anonymise_text("De leiding van KSA DE KLUIS was er, met de coach van KAA GENT.")
    assert "KSA DE KLUIS" in out and "KAA GENT" in out, out
