"""Session 22 (s22-names, issue 11): a name shape in a person slot, vocatives before a question or an
imperative, chants, speaker labels of a conversation, citation authors (``person_slot_pairs``).

The names, organisations and places below are chosen for these tests (invented or generic), none from
A21, A20, A19, A18 or the frozen batch ``anonymise_s22_name_class_cases.py``.
"""

from __future__ import annotations

import pytest
from anonymise_asserts import items_stay as _items_stay
from anonymise_asserts import names_go as _names_go

SLOTS = [
    # a group or kin noun before "van"
    ("“Het team van Roos Timmerman won de quiz.”", ["Roos", "Timmerman"]),
    ("“de ploeg van merel kuijpers deed de afwas”", ["merel", "kuijpers"]),
    ("“Het groepje van Ysolde Brandsma zong.”", ["Ysolde", "Brandsma"]),
    ("“HET TEAM VAN STORM HOEKMAN WAS HET SNELST”", ["Storm", "Hoekman"]),
    ("“Ik sliep in de tent van Jonas Verbeke.”", ["Jonas", "Verbeke"]),
    ("“In de tent van Femke was het koud.”", ["Femke"]),
    ("“De vrienden van Hoop van Dijkhuizen kwamen helpen.”", ["Hoop", "Dijkhuizen"]),
    # "naar" after a prize, a form of "gaan" or sending
    ("“De hoofdprijs gaat naar Bloem Ruitenberg!”", ["Bloem", "Ruitenberg"]),
    ("“De medaille ging naar Wendeltje.”", ["Wendeltje"]),
    ("“Stuur de foto's naar Maan Kerkhofs.”", ["Maan", "Kerkhofs"]),
    # "tegen" after saying
    ("“Zeg maar tegen Zon Wagemaker dat de soep klaar is.”", ["Zon", "Wagemaker"]),
    ("“zeg tegen roos mulderink dat de bus vertrekt”", ["roos", "mulderink"]),
    # a welcome, a greeting
    ("“WELKOM TERUG MEREL DIJKGRAAF!”", ["Merel", "Dijkgraaf"]),
    ("“Welkom terug Storm Zijlstrama!”", ["Storm", "Zijlstrama"]),
    ("“Proficiat Hoop!”", ["Hoop"]),
    ("“Sorry Gerolf Wiersema, ik was het vergeten.”", ["Gerolf", "Wiersema"]),
    ("“Namens Aldric van Wijngaerde en de groep: dank!”", ["Aldric", "Wijngaerde"]),
    # a credit wrapped over a line
    ("De affiche is ontworpen door\nOdalric, die daar lang aan werkte.", ["Odalric"]),
    ("De film is gemonteerd door Sigismund\nvan Hoogstraete, die er weken aan werkte.", ["Sigismund", "Hoogstraete"]),
]


@pytest.mark.parametrize("text,names", SLOTS)
def test_a_name_shape_in_a_person_slot_goes(text: str, names: list[str]) -> None:
    _names_go(text, names)


OTHER = [
    ("“Roos, waar ligt de sleutel?”", ["Roos"]),
    ("“Oké Kraai, wat doen we nu?”", ["Kraai"]),
    ("“Merel, breng de stoelen naar buiten.”", ["Merel"]),
    ("“Zon! Zon! Zon!”", ["Zon"]),
    ("“HUP BLOEM HUP!”", ["Bloem"]),
    ("Mei: wie heeft de sleutel?\nGerolfine: ik\nMei: top", ["Mei", "Gerolfine"]),
    ("storm: ben je er al?\nhoop: bijna\nstorm: ok", ["storm", "hoop"]),
    ("(Kraai & Wiebengaard, 2019)", ["Kraai", "Wiebengaard"]),
    ("Bron: Hoop, T. & Merel, K. (2020). Spelen buiten.", ["Hoop", "Merel"]),
    ("Zoals Zon Ruitenbeek (2018) schreef, is spelen leren.", ["Zon", "Ruitenbeek"]),
    ("Ysoldine (2024). Ons lokaal. Eigen uitgave.", ["Ysoldine"]),
]


@pytest.mark.parametrize("text,names", OTHER)
def test_vocatives_chants_labels_and_citations_go(text: str, names: list[str]) -> None:
    _names_go(text, names)


KEPT = [
    ("“De ploeg van Sint-Truiden won de zeskamp.”", ["Sint-Truiden"]),
    ("“Het team van De Vlinder deed de afwas.”", ["De Vlinder"]),
    ("“De groep van Chiro Bavikhove kookte.”", ["Chiro Bavikhove"]),
    ("“We gaan naar Brugge met de trein.”", ["Brugge"]),
    ("“Ik ging naar Den Haag.”", ["Den Haag"]),
    ("“We gingen samen naar Kermisstoet Oudeland.”", ["Kermisstoet Oudeland"]),
    ("“De opbrengst gaat naar Kom op tegen Kanker.”", ["Kom op tegen Kanker"]),
    ("“We speelden tegen Chiro Lo en wonnen.”", ["Chiro Lo"]),
    ("“Welkom terug in Brugge!”", ["Brugge"]),
    ("“Proficiat Chiro Vichte!”", ["Chiro Vichte"]),
    ("“Proficiat Leiding!”", ["Leiding"]),
    ("“LEVE DE ZOMER EN LEVE HET KAMP!”", ["ZOMER", "KAMP"]),
    ("“Storm, regen en wind: waar blijft de zon?”", ["Storm"]),
    ("“Brugge, waar ligt dat eigenlijk?”", ["Brugge"]),
    ("“Lokeren! Lokeren! Lokeren!”", ["Lokeren"]),
    ("“HUP ANDERLECHT HUP!”", ["ANDERLECHT"]),
    ("Juni: kamp in Hoeilaart.\nJuli: fuif.\nAugustus: opruimen.", ["Juni", "Juli", "Augustus", "Hoeilaart"]),
    ("(Unicef, 2018)", ["Unicef"]),
    # a group noun that is also a thing one buys: a brand the lists know stays (lead, session 22)
    ("“We kregen een tent van Decathlon.”", ["Decathlon"]),
    ("“Een bandje van Casio, meer had ik niet.”", ["Casio"]),
]


@pytest.mark.parametrize("text,items", KEPT)
def test_places_organisations_and_words_in_the_same_slots_stay(text: str, items: list[str]) -> None:
    _items_stay(text, items)


# -- the one notion of a list of persons (person_slot_lists), hyphenated given names, symbol lines --------

LISTS = [
    ("Podium: 1. Gerwald Okkenga 2. Ysbrechtje 3. Linde", ["Gerwald", "Okkenga", "Ysbrechtje", "Linde"]),
    ("Eindklassement: (1) Oswalda Brinkhorstel (2) Radboudina Kielstrang", ["Oswalda", "Brinkhorstel", "Radboudina", "Kielstrang"]),
    ("Ondertiteling: Rixt Bottemanne", ["Rixt", "Bottemanne"]),
    ("Handtekening ouder/voogd: Wigbold Zandstrakamp", ["Wigbold", "Zandstrakamp"]),
    ("Grappigste van de klas: Roos Terwindt", ["Roos", "Terwindt"]),
    ("Ik zag Hendrik-Wiebe Oldenkotte gisteren.", ["Hendrik-Wiebe", "Oldenkotte"]),
    ("☑ Gerwalda – komt zaterdag helpen", ["Gerwalda"]),
    ("Dit kon alleen dankzij Merel\nZandbergenk en haar ploeg.", ["Merel", "Zandbergenk"]),
]


@pytest.mark.parametrize("text,names", LISTS)
def test_lists_ranks_double_given_names_and_checklists_go(text: str, names: list[str]) -> None:
    _names_go(text, names)


LISTS_KEPT = [
    ("De winnaars waren 1) Chiro Aalter 2) KSA Knesselare", ["Chiro Aalter", "KSA Knesselare"]),
    ("Populairste bestemmingen: 1) Brugge 2) Durbuy", ["Brugge", "Durbuy"]),
    ("Uitslag: 1. Chiro Oostkamp 2. KSA Beernem", ["Chiro Oostkamp", "KSA Beernem"]),
    ("We gingen naar Sint-Jan.", ["Sint-Jan"]),
    ("Ze zit op het Maria-Hemelvaartlyceum.", ["Maria-Hemelvaartlyceum"]),
    ("☑ Tenten – opgezet", ["Tenten"]),
    ("Beste plek om te chillen: het park", ["park"]),
]


@pytest.mark.parametrize("text,items", LISTS_KEPT)
def test_teams_places_and_things_in_those_lists_stay(text: str, items: list[str]) -> None:
    _items_stay(text, items)
