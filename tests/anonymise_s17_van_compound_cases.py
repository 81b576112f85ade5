"""Session 17 (s17-names, issue 11): a first name, a capitalised "Van" (or "Vande", "Vanden",
"Vander") and a surname that reads as a Dutch compound ("<Naam> Van <Steen><bakker>"): the first
name was masked and "Van <Surname>" published -- the capitalised run was kept as an
organisation's name closed by a compound ("Buurtsport <X>", "Sociaal Huis <X>"). The blind attack
A17 (s17-blind) published "Van <compound>" in 40 of its 51 frames. A FROZEN batch.

Written by s17-names on 6 December 2026, 19:02-19:08 UTC (machine clock), BEFORE any rule for this
class. Every name part was checked (whole word, case-insensitive) against ``tests/``,
``bench/data/``, ``/work/shared/``, ``/work/notes/s16/attack/`` and A17: none occurs there (the
first names are those of session 17's other batches). The look-alikes are firms and venues named
"<trade or venue noun> Van <compound>" (session 11/14's policy: a family firm's name stays) and
compounds in positions that name no person.

``PERSON``: ``(text, name parts that must go)``; ``KEEP``: ``(text, items that must stay)``.
Each text runs as bare text (``anonymise_text``) and as the quotes section of a whole report.
``PYTHONPATH=tests python tests/anonymise_s17_van_compound_cases.py``.
"""

from __future__ import annotations

# The batches' helpers live in one place; the test module reads them from here (batch.names_left ...).
from anonymise_s16_layout_line_cases import items_lost, names_left, print_scores, run_text  # noqa: F401
from anonymise_s16_layout_line_cases import run_section_report as run_report

PERSON: list[tuple[str, list[str]]] = [
    ("Met dank aan Othniel Van Steenbakker voor de foto's.", ["Othniel", "Steenbakker"]),
    ("Nahom Van Molenaarshuis vertelde over zijn eerste kamp.", ["Nahom", "Molenaarshuis"]),
    ('"We zijn begonnen met niks." – Munira Vande Veldhuis', ["Munira", "Veldhuis"]),
    ('Liridona Van Broekhuis, jeugdwerker: "Elke woensdag is het hier vol."', ["Liridona", "Broekhuis"]),
    ("[20:14] Kibwe Van Hooghuis: wie heeft de sleutel?", ["Kibwe", "Hooghuis"]),
    ("Samen met Tahirih Van Zandweg bouwden we een hut in het bos.", ["Tahirih", "Zandweg"]),
    ("Volgens Zinedine Van Schaapveld is de drempel te hoog.", ["Zinedine", "Schaapveld"]),
    ("Groetjes,\nSegundina Van Klokkenhuis", ["Segundina", "Klokkenhuis"]),
    ("Schepen Khadro Van Vijverberg beloofde een nieuw lokaal.", ["Khadro", "Vijverberg"]),
    ("De mama van Nurullah Van Bakkershuis bracht soep mee.", ["Nurullah", "Bakkershuis"]),
    ('"Dat hadden we nooit verwacht," zei Masouda Van Schoenkist.', ["Masouda", "Schoenkist"]),
    ("Ook Bakhtiyar Van Melkhuis was erbij, al had hij examens.", ["Bakhtiyar", "Melkhuis"]),
    ("Aanwezig: Heval Van Tuinhuis, twee leiders en de schepen.", ["Heval", "Tuinhuis"]),
    ("Sprekers: Arjin Vander Graanhuis (jeugdconsulent) en een ouder.", ["Arjin", "Graanhuis"]),
    ("Foto: Kazimiera Van Zeephuis (links) met de kinderraad.", ["Kazimiera", "Zeephuis"]),
    ("We vroegen Wieslawa Van Kalkhuis om het spel uit te leggen.", ["Wieslawa", "Kalkhuis"]),
    ('Mircea Van Torenhuis (17): "Ik voel me hier eindelijk thuis."', ["Mircea", "Torenhuis"]),
    ("“Toen kwam Dragomira Van Boterhuis binnen en iedereen werd stil.”", ["Dragomira", "Boterhuis"]),
    ("Interview met Vesselina Van Bakkerswinkel, animator sinds 2019.", ["Vesselina", "Bakkerswinkel"]),
    ("Dag Arbnora Van Molenkiste, bedankt voor je bericht!", ["Arbnora", "Molenkiste"]),
    ("Gurnoor Vanden Steenbakker zei dat het kamp al volzet was.", ["Gurnoor", "Steenbakker"]),
    ("Vraag van Oluwafemi Van Klokkenhuis: hoe bereik je de ouders?", ["Oluwafemi", "Klokkenhuis"]),
]

KEEP: list[tuple[str, list[str]]] = [
    # a family firm or venue: "<trade noun> Van <compound>"
    ("We kochten het brood bij Bakkerij Van Steenbakker.", ["Bakkerij Van Steenbakker"]),
    ("Transport Van Zandweg bracht de tenten naar het kampterrein.", ["Transport Van Zandweg"]),
    ("Schrijnwerkerij Van Tuinhuis maakte de nieuwe banken.", ["Schrijnwerkerij Van Tuinhuis"]),
    ("De affiches komen van Drukkerij Van Kalkhuis.", ["Drukkerij Van Kalkhuis"]),
    ("Bouwwerken Van Torenhuis sponsorde het nieuwe dak.", ["Bouwwerken Van Torenhuis"]),
    ("We huurden de zaal van Feestzaal Van Schaapveld.", ["Feestzaal Van Schaapveld"]),
    ("Tuincentrum Van Graanhuis schonk de planten.", ["Tuincentrum Van Graanhuis"]),
    ("Met dank aan Brouwerij Van Melkhuis voor de drank.", ["Brouwerij Van Melkhuis"]),
    ("Samen met Garage Van Broekhuis regelden we het vervoer.", ["Garage Van Broekhuis"]),
    ("Volgens Verhuizingen Van Hooghuis past alles in één camion.", ["Verhuizingen Van Hooghuis"]),
    ("Het kamp ging door in Hoeve Van Vijverberg.", ["Hoeve Van Vijverberg"]),
    ("De soep kwam van Slagerij Van Bakkershuis.", ["Slagerij Van Bakkershuis"]),
    # a compound where no person stands (lower-case "van", an article before it)
    ("We sliepen in het Tuinhuis van de Chiro.", ["Tuinhuis"]),
    ("Het Klokkenhuis van het dorp is een jeugdhuis geworden.", ["Klokkenhuis"]),
    ("De Zandweg naar het kampterrein was overstroomd.", ["Zandweg"]),
    ("We speelden een spel in het Melkhuis aan de vijver.", ["Melkhuis"]),
    ("Van Veldhuis tot Torenhuis: een wandeling langs de oude hoeves.", ["Veldhuis", "Torenhuis"]),
    ("De werking zit in Het Graanhuis, naast de kerk.", ["Graanhuis"]),
    ("Elke zomer slapen we in De Molenkiste in de Ardennen.", ["Molenkiste"]),
    ("We trokken naar Huize Boterhuis voor het weekend.", ["Huize Boterhuis"]),
    ("Het bord wees naar de Bakkerswinkel op de hoek.", ["Bakkerswinkel"]),
    ("Speelplein Zeephuis zoekt nog animatoren.", ["Speelplein Zeephuis"]),
]


def _score() -> None:
    print_scores("van compound", PERSON, KEEP, run_report)


if __name__ == "__main__":
    _score()
