"""Session 17 (s17-names, issue 11): a first name no list knows followed by a surname that is a Dutch
or Belgian town, "<Naam> <Town>", protected whole as an organisation's "<word no list knows>
<town>" (``keep_typed.protect_place_closed``: "<Türkish word> <town>", "ACLI Limburg") -- the
keep rule won over the line that says "a person": a time-stamped chat sender, a meeting chat's
display name, a sign-off under a greeting, a person's apposition (a role or an age after the
pair). The blind attack A16 published "Gerben <town>" in nine of its frames. A FROZEN batch.

Written by s17-names on 6 December 2026, 18:54-19:05 UTC (the machine's clock), BEFORE any rule for this class. Every
name part (first names and the towns used as surnames) was checked (whole word,
case-insensitive) against ``tests/``, ``bench/data/``, ``/work/shared/`` and
``/work/notes/s16/attack/``: none occurs there; no first name is on a list. The look-alikes are
organisations closed by the same towns in the same slots, and the closed pair in positions that
say nothing about a person (invented organisation words checked the same way).

``PERSON``: ``(text, name parts that must go)``; ``KEEP``: ``(text, items that must stay)``;
``PRICE``: an organisation named "<word no list knows> <town>" in a person's layout slot -- the
same shape as a name; scored and printed, never asserted. Each text runs as bare text
(``anonymise_text``) and as the quotes section of a whole report.
``PYTHONPATH=tests python tests/anonymise_s17_town_pair_cases.py``.
"""

from __future__ import annotations

# The batches' helpers live in one place; the test module reads them from here (batch.names_left ...).
from anonymise_s16_layout_line_cases import items_lost, names_left, print_scores, run_text  # noqa: F401
from anonymise_s16_layout_line_cases import run_section_report as run_report

PERSON: list[tuple[str, list[str]]] = [
    # a time-stamped chat line's sender
    ("[19:42] Rintje Staphorst: wie heeft de sleutel van het lokaal?", ["Rintje", "Staphorst"]),
    ("12/05/2024, 20:15 - Kuzey Hardenberg: ik ben er om acht uur", ["Kuzey", "Hardenberg"]),
    ("21:03 Anwuli Ommen: sorry, mijn trein heeft vertraging", ["Anwuli", "Ommen"]),
    ("[08:12] Ebere Dalfsen: wie brengt de koffie mee?", ["Ebere", "Dalfsen"]),
    ("- Ilkka Raalte (14:05): ok voor mij", ["Ilkka", "Raalte"]),
    # a meeting chat's display name before the time
    ("Siddiq Olst  10:32\nIk hoor jullie niet goed, kan iemand de micro dichter zetten?", ["Siddiq", "Olst"]),
    ("Zhanar Nunspeet, 9:58 AM\nKan iemand de link nog eens delen?", ["Zhanar", "Nunspeet"]),
    ("Davron Elburg  14:07\nMijn camera doet het niet.", ["Davron", "Elburg"]),
    ("Themba Oldebroek  11:15\nWie neemt de notities?", ["Themba", "Oldebroek"]),
    ("Farrukh Hattem  16:40 (bewerkt)\nIk moet om vijf uur weg.", ["Farrukh", "Hattem"]),
    # a sign-off under a greeting
    ("Groetjes,\nShavkat Heerde", ["Shavkat", "Heerde"]),
    ("Met vriendelijke groeten,\nAinur Ermelo", ["Ainur", "Ermelo"]),
    ("Tot morgen!\nTolkyn Barneveld", ["Tolkyn", "Barneveld"]),
    ("Liefs,\nMeruyert Scherpenzeel", ["Meruyert", "Scherpenzeel"]),
    ("Bedankt en tot snel,\n\nWiremu Renswoude", ["Wiremu", "Renswoude"]),
    # a person's apposition: a role or an age after the pair
    ("Sprekers: Tamati Rhenen (jeugdconsulent) en een ouder uit de wijk.", ["Tamati", "Rhenen"]),
    ("Aanwezig: Sigurlaug Dronten (animator), twee leiders en de schepen.", ["Sigurlaug", "Dronten"]),
    ("Met dank aan Hrafnhildur Zeewolde (moderator) voor de notities.", ["Hrafnhildur", "Zeewolde"]),
    ("Eyvindur Tubbergen, 17, vertelde over zijn eerste kamp.", ["Eyvindur", "Tubbergen"]),
    ('Garazi Marum (16): "Ik wou eerst niet mee."', ["Garazi", "Marum"]),
    ('Eirlys Tynaarlo, jeugdwerker: "We openen nu ook op zondag."', ["Eirlys", "Tynaarlo"]),
    ("Op de foto: Ynze Staphorst (links) tijdens de workshop.", ["Ynze", "Staphorst"]),
]

KEEP: list[tuple[str, list[str]]] = [
    # organisations in the same layout slots
    ("Groetjes,\nChiro Staphorst", ["Chiro Staphorst"]),
    ("Met sportieve groeten,\nVoetbalclub Hardenberg", ["Voetbalclub Hardenberg"]),
    ("Groetjes,\nJeugddienst Ommen", ["Jeugddienst Ommen"]),
    ("Groetjes,\nKSA Dalfsen", ["KSA Dalfsen"]),
    ("Tot zaterdag!\nScouts Raalte", ["Scouts Raalte"]),
    ("Jeugdhuis Olst  10:32\nDe bar is open vanaf acht uur.", ["Jeugdhuis Olst"]),
    ("Gemeente Nunspeet  14:00\nDe vergunning is rond.", ["Gemeente Nunspeet"]),
    ("[19:42] Ouderraad Elburg: de vergadering is verplaatst", ["Ouderraad Elburg"]),
    # organisations with a bracket after them (no role, no age)
    ("Sprekers: Chiro Oldebroek (jeugdbeweging) en een ouder uit de wijk.", ["Chiro Oldebroek"]),
    ("Aanwezig: Sparta Hattem (voetbal), de jeugddienst en twee ouders.", ["Sparta Hattem"]),
    ("Met dank aan Fanfare Heerde (muziek) voor de optredens.", ["Fanfare Heerde"]),
    ("Op de foto: Judoclub Ermelo (2023) na het tornooi.", ["Judoclub Ermelo"]),
    # the closed pair where nothing says "a person"
    ("Wibbel Barneveld begon vijf jaar geleden met twee leiders.", ["Wibbel Barneveld"]),
    ("Het idee kwam van Kadotje Scherpenzeel.", ["Kadotje Scherpenzeel"]),
    ("We sliepen bij Tjoeketoe Renswoude.", ["Tjoeketoe Renswoude"]),
    ("Ze kwamen helemaal uit Rhenen met de fiets.", ["Rhenen"]),
    ("Samen met Plonsje Dronten hebben we de speelstraat aangevraagd.", ["Plonsje Dronten"]),
    ("Groetjes van iedereen bij Floepie Zeewolde", ["Floepie Zeewolde"]),
    ('"Bij Wibbel Tubbergen mag iedereen meedoen." – een leider', ["Wibbel Tubbergen"]),
    ("Ik zit in Kadotje Marum sinds mijn zesde.", ["Kadotje Marum"]),
    ("De mensen van Tjoeketoe Tynaarlo kwamen ons halen.", ["Tjoeketoe Tynaarlo"]),
    ("Het lokaal van Plonsje Olst is te klein geworden.", ["Plonsje Olst"]),
]

#: the price: an organisation named "<word no list knows> <town>" where the layout says "a person"
PRICE: list[tuple[str, list[str]]] = [
    ("Groetjes,\nWibbel Staphorst", ["Wibbel Staphorst"]),
    ("Kadotje Ommen  10:32\nDe zaal is vrij op zaterdag.", ["Kadotje Ommen"]),
    ("Aanwezig: Floepie Raalte (animatoren), de jeugddienst en twee ouders.", ["Floepie Raalte"]),
]


def _score() -> None:
    print_scores("town pair", PERSON, KEEP, run_report, PRICE)


if __name__ == "__main__":
    _score()
