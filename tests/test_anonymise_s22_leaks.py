"""Session 22 (s22-leaks, issue 11, severity 1): names kept whole in plain sentences, closed at
their cause -- the classes of ``anonymise_s22_leak_class_cases.py`` (a frozen batch) that this
session's rules close, on the text path and the report path, with look-alikes in the same frames.
Every rule is tested with person names and with things in the same frame."""

from __future__ import annotations

import pytest
from anonymise_s18_name_class_cases import items_lost, names_left, run_section_report, run_text

PERSON = [
    # a capitalised preposition opening a sentence before a name in capitals
    ("“Met FLEUR maakten we soep.”", ["Fleur"]),
    ("“Met STORM gingen we naar zee.”", ["Storm"]),
    ("“Met FLEUR DE WINTERE maakten we soep.”", ["Fleur", "Wintere"]),
    ("“Van ARNOUT CLAESSENS kregen we een bal.”", ["Arnout", "Claessens"]),
    ("“Bij NGOZI ADEYEMI-JANSSENS thuis was het feest.”", ["Ngozi"]),
    # a listed lower-case name that is no word, in a person's slot of a cased text
    ("“peeters gaf ons brood.”", ["peeters"]),
    ("“Ik sprak met vercammen over de fuif.”", ["vercammen"]),
    ("“In Brugge belde claessens ons op.”", ["claessens"]),
    ("“De sleutel lag bij goossens, zei de leiding.”", ["goossens"]),
    # a name-word on no first-name list opening a sentence before what only a person does
    ("“Storm gaf ons brood.”", ["Storm"]),
    ("“Bloem gaf de leiding een knuffel.”", ["Bloem"]),
    ("“Dauw lachte om de grap.”", ["Dauw"]),
    ("“Het was laat. Storm gaf ons toen nog brood.”", ["Storm"]),
    # a first name and a listed surname after a hospitality head
    ("“Dank aan Brasserie Jan Peeters.”", ["Jan", "Peeters"]),
    ("“We dronken koffie in Café Annick Goossens.”", ["Annick", "Goossens"]),
    ("“Dank aan Restaurant Sofie Janssens.”", ["Sofie", "Janssens"]),
]

KEEP = [
    ("“Met KSA GENT gingen we naar zee.”", ["KSA GENT"]),
    ("“Met UNICEF BELGIË gingen we op pad.”", ["UNICEF"]),
    ("“Met DE KROON als sponsor lukte het.”", ["DE KROON"]),
    ("“MET DE BUS GINGEN WE NAAR ZEE.”", ["BUS", "ZEE"]),
    ("“Met VTM NIEUWS keken we naar het journaal.”", ["VTM NIEUWS"]),
    ("“Ik sprak met de visser over de boot.”", ["visser"]),
    ("“We gingen met de bus naar zee.”", ["bus"]),
    ("“De bakker gaf ons brood.”", ["bakker"]),
    ("“Storm blies onze tenten omver.”", ["Storm"]),
    ("“Dauw lag op het gras in de ochtend.”", ["Dauw"]),
    ("“Zon scheen de hele dag.”", ["Zon"]),
    ("“Muziek speelde de hele avond.”", ["Muziek"]),
    ("“Dank aan Brasserie De Kroon.”", ["Brasserie De Kroon"]),
    ("“We aten in Hotel Beau Séjour.”", ["Hotel Beau Séjour"]),
    ("“We dronken koffie in Café Belle Vue.”", ["Café Belle Vue"]),
    ("“We aten in Restaurant Sint Jan.”", ["Sint Jan"]),
]


@pytest.mark.parametrize("run", [run_text, run_section_report], ids=["text", "report"])
@pytest.mark.parametrize(("text", "names"), PERSON)
def test_name_goes(run, text: str, names: list[str]) -> None:
    assert not names_left(text, names, run)


@pytest.mark.parametrize("run", [run_text, run_section_report], ids=["text", "report"])
@pytest.mark.parametrize(("text", "items"), KEEP)
def test_look_alike_stays(run, text: str, items: list[str]) -> None:
    assert not items_lost(text, items, run)
