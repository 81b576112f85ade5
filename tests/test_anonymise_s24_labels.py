"""Session 24 (s24-labels, issue 11 point 1, severity 1): person names in labelled and administrative
shapes -- the administrative order "SURNAME Voornaam" inside a sentence or a slot (after a person's
preposition, after "=", after a numbered slot), ending at a spaced dash or before "en"/"of", a double
surname in capitals, a village's name or a short word as the surname before a listed first name;
"<Achternaam>, <Voornaam>" in a form's person slot ("klant:", "op naam van:", "Huurder:"); a row's or a
block's letter ("Rij F") is no name; a first name alone in a form's field that asks for a person
("klant: X —", "Naam ouder/voogd: X ·", "Rugnummer 9: X,", "Wie brengt wat? Chips: X.").

The names, organisations and places below are chosen for these tests (invented or generic), none
from A24..A19 or the frozen batch ``anonymise_s24_label_cases.py``; each shape has person names of
several origins in its frame and look-alikes (things in the same frame) that must stay.
"""

from __future__ import annotations

import pytest
from anonymise_asserts import items_stay as _items_stay
from anonymise_asserts import names_go as _names_go

NAMES = [
    # after a person's preposition
    ("Puffer om 7u voor VERSTRAELEN Jozefien (in de koffer).", ["VERSTRAELEN", "Jozefien"]),
    ("Ontvangen van DE MEULEMEESTER Arnout (cash).", ["DE MEULEMEESTER", "Arnout"]),
    ("Insuline voor KARAGÖZ Emine na het middageten.", ["KARAGÖZ", "Emine"]),
    ("Afgehaald door NWOSU Chiamaka, 17u.", ["NWOSU", "Chiamaka"]),
    ("Toestemming voor PAPADOPOULOU Eleni - nee", ["PAPADOPOULOU", "Eleni"]),
    ("Dank aan HUYGHEBAERT Lieselot en DE RIDDER Warre.", ["HUYGHEBAERT", "Lieselot", "DE RIDDER", "Warre"]),
    # after "=" or a numbered slot
    ("tent 2 = SCHOUPPE Maarten, VAN HECKE Ilona", ["SCHOUPPE", "Maarten", "VAN HECKE", "Ilona"]),
    ("bed 7 KOWALEWSKA Zuzanna", ["KOWALEWSKA", "Zuzanna"]),
    # an attendance line's dash, a double surname, a particle of Italian surnames
    ("VAN LOOCK Esther - aanwezig\nOUEDRAOGO Issa - afwezig", ["VAN LOOCK", "Esther", "OUEDRAOGO", "Issa"]),
    ("Noodcontact: VERHULST-DEPREZ Annelies (mama)", ["VERHULST-DEPREZ", "Annelies"]),
    ("Medicatie voor LO BIANCO Chiara (zie fiche)", ["LO BIANCO", "Chiara"]),
    # a village's name or a short word as the surname before a listed first name
    ("Busplan: ZELZATE Marieke, zitje 3", ["ZELZATE", "Marieke"]),
    ("kamer 5 = BOS Annelies", ["BOS", "Annelies"]),
    # "<Achternaam>, <Voornaam>" in a form's person slot, also when both are words or the surname a place's name
    ("Bestelling 310 — klant: Kapper, Merel — 1 x lasagne", ["Kapper", "Merel"]),
    ("Reservatie op naam van: Vogel, Winter · 3 personen", ["Vogel", "Winter"]),
    ("Huurder: Van Parys, Egbert · borg betaald", ["Van Parys", "Egbert"]),
    ("klant: Okeke, Adaeze — afhalen om 18u", ["Okeke", "Adaeze"]),
    ("Ingevuld door: Herentals, Godelieve; 3 maart", ["Herentals", "Godelieve"]),
    # a first name alone in a form's field that asks for a person, closed by a field separator
    ("Naam ouder/voogd: Ysaura · Gsm: zie achterkant", ["Ysaura"]),
    ("Order 55 — klant: Quintijn — 1 x frieten", ["Quintijn"]),
    ("Rugnummer 11: Oumayma, verdediger.", ["Oumayma"]),
    ("Wie doet wat? Afwas: Tjitske. Vuur: Brunhilde.", ["Tjitske", "Brunhilde"]),
]

KEEP = [
    ("We kregen gratis tickets voor ALLE Leden.", ["ALLE", "Leden"]),
    ("Een shirt van ADIDAS Originals voor iedereen.", ["ADIDAS Originals"]),
    ("Samen met FEMMA Wereldvrouwen.", ["FEMMA Wereldvrouwen"]),
    ("Vertrek voor JUNI Kamp", ["JUNI Kamp"]),
    ("De bus van DE LIJN Vlaanderen reed niet.", ["DE LIJN", "Vlaanderen"]),
    ("Gesprek met UNIZO Limburg over de fuif.", ["UNIZO Limburg"]),
    ("Kamer 3 = GROEP Rood, kamer 4 = GROEP Blauw", ["GROEP Rood", "GROEP Blauw"]),
    ("zitje 4 LEIDING, zitje 5 EHBO", ["LEIDING", "EHBO"]),
    ("Koffie of THEE Bar, broodjes & DRANK Stand", ["THEE Bar", "DRANK Stand"]),
    ("Uitleg door VRT Nieuws - en daarna vragen.", ["VRT Nieuws"]),
    ("Een avond bij OXFAM Wereldwinkel.", ["OXFAM Wereldwinkel"]),
    ("Vervoer met een VAN HOOL bus naar DE PANNE.", ["VAN HOOL", "DE PANNE"]),
    ("Ticket op naam van: Vooruit, Gent · Rij C, stoel 9", ["Vooruit", "Gent", "Rij C"]),
    ("Klant: Carrefour, Mechelen – levering maandag", ["Carrefour", "Mechelen"]),
    ("Factuur aan: Jeugdraad, Lier · vervaldag 1/12", ["Jeugdraad", "Lier"]),
    ("Menu: Soep, Brood — 5 euro", ["Soep", "Brood"]),
    ("Gereserveerd door: Chiro Okido, Lier", ["Chiro Okido", "Lier"]),
    ("We zaten in Blok C en later in Lokaal B.", ["Blok C", "Lokaal B"]),
    ("Order 55 — klant: Colruyt — 40 broden", ["Colruyt"]),
    ("Ticket op naam van: Chiro Sint-Pieter · Rij F", ["Chiro Sint-Pieter", "Rij F"]),
    ("Rugnummer 9: reserve", ["reserve"]),
    ("Wie brengt wat? Chips: Ikea. Drank: Aldi.", ["Ikea", "Aldi"]),
    ("Kapitein: Brugge · Keeper: Gent", ["Brugge", "Gent"]),
]


@pytest.mark.parametrize(("text", "names"), NAMES)
def test_a_name_in_the_administrative_order_goes(text: str, names: list[str]) -> None:
    _names_go(text, names)


@pytest.mark.parametrize(("text", "items"), KEEP)
def test_things_in_the_same_slots_stay(text: str, items: list[str]) -> None:
    _items_stay(text, items)
