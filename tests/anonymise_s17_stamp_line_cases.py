"""Session 17 (s17-names, issue 11): a meeting chat's display name AFTER the time, alone on its line,
with the message on the next line -- Teams pastes "[10:15] <Naam> <Achternaam>\\n<bericht>" (session
16's layout rule read the time after the name only, "<Naam>  10:32\\n<bericht>"). The blind attack
A17 published it in 12 of its 87 names (frame "teams"). A FROZEN batch.

Written by s17-names on 6 December 2026, 19:20-19:25 UTC (machine clock), BEFORE any rule for this
shape. Every name part was checked (whole word, case-insensitive) against ``tests/``,
``bench/data/``, ``/work/shared/``, ``/work/notes/s16/attack/`` and A17: none occurs there. The
look-alikes are programme items, rooms, teams and services, organisations and apps after the same
times, and a time before a sentence.

``PERSON``: ``(text, name parts that must go)``; ``KEEP``: ``(text, items that must stay)``. Each
text runs as bare text (``anonymise_text``) and as the quotes section of a whole report.
``PYTHONPATH=tests python tests/anonymise_s17_stamp_line_cases.py``.
"""

from __future__ import annotations

# The batches' helpers live in one place; the test module reads them from here (batch.names_left ...).
from anonymise_s16_layout_line_cases import items_lost, names_left, print_scores, run_text  # noqa: F401
from anonymise_s16_layout_line_cases import run_section_report as run_report

PERSON: list[tuple[str, list[str]]] = [
    ("[10:15] Tumaini Kimaro\nIk hoor jullie niet goed, kan iemand de micro dichter zetten?", ["Tumaini", "Kimaro"]),
    ("[09:02] Jabari Swai\nGoedemorgen allemaal!", ["Jabari", "Swai"]),
    ("[14:31] Nayeli Lyimo\nMijn camera doet het niet, sorry.", ["Nayeli", "Lyimo"]),
    ("[11:47] Citlali\nWie neemt de notities vandaag?", ["Citlali"]),
    ("[16:05] Xochitl Mrema\nIk moet om vijf uur weg.", ["Xochitl", "Mrema"]),
    ("10:15 Keoni Massawe\nKan iemand de link nog eens delen?", ["Keoni", "Massawe"]),
    ("[10:15 AM] Leilani Shirima\nDank jullie voor de slides!", ["Leilani", "Shirima"]),
    ("[20:03] Sione\nIk ben er over vijf minuten.", ["Sione"]),
    ("[08:59] Tevita Kimaro\nZijn we met de fiets of met de bus?", ["Tevita", "Kimaro"]),
    ("[13:12] Losaline Swai\nIk stuur het verslag straks door.", ["Losaline", "Swai"]),
    ("[19:30] Viliami\nWie heeft de sleutel van het lokaal?", ["Viliami"]),
    ("[15:22] Rewi Lyimo\nGoed punt, bij ons is dat net hetzelfde.", ["Rewi", "Lyimo"]),
    ("[12:00] Hemi Mrema\nIk heb honger, is er soep?", ["Hemi", "Mrema"]),
    ("[17:45] Nikau Massawe\nTot volgende week!", ["Nikau", "Massawe"]),
    ("[10:10] Faraja Shirima\nMag ik iets vragen over het budget?", ["Faraja", "Shirima"]),
    ("[10:11] Kaelan\nJa, ik ook.", ["Kaelan"]),
    ("[10:12] Zuriel Kimaro\nWie komt er zaterdag helpen?", ["Zuriel", "Kimaro"]),
    ("[21:40] Rehema Swai\nIk breng de chips mee.", ["Rehema", "Swai"]),
    ("[07:58] Tumaini\nIk ben onderweg.", ["Tumaini"]),
    ("[18:20] Mwikali Lyimo\nHet lokaal is open.", ["Mwikali", "Lyimo"]),
    ("Wie komt er?\n[10:13] Chege Mrema\nIk!", ["Chege", "Mrema"]),
    ("[09:45] Kiprono Massawe (Gast)\nHoor je mij?", ["Kiprono", "Massawe"]),
]

KEEP: list[tuple[str, list[str]]] = [
    ("[10:15] Pauze\nKoffie en soep in de kantine.", ["Pauze"]),
    ("[10:00] Workshop Samen Spelen\nIn lokaal drie.", ["Workshop Samen Spelen"]),
    ("[14:00] Jeugddienst Genk\nDe vergunning is rond.", ["Jeugddienst Genk"]),
    ("[09:30] Onthaal\nIedereen krijgt een badge.", ["Onthaal"]),
    ("[11:00] Kahoot\nDe quiz begint.", ["Kahoot"]),
    ("[16:00] Slotwoord\nDe schepen sluit af.", ["Slotwoord"]),
    ("[13:00] Lunch\nBroodjes in de zaal.", ["Lunch"]),
    ("[15:30] Chiro Lokeren\nWe zoeken nog leiding.", ["Chiro Lokeren"]),
    ("[12:15] Vragenronde\nWie betaalt de bus?", ["Vragenronde"]),
    ("[10:45] Zaal Gent\nDe beamer doet het niet.", ["Zaal Gent"]),
    ("[17:00] VDAB\nJobs voor studenten.", ["VDAB"]),
    ("[18:30] Antwerpen\nTwee groepen, veertig kinderen.", ["Antwerpen"]),
    ("[19:00] Team Jeugdwerk\nDe planning staat online.", ["Team Jeugdwerk"]),
    ("[20:00] Fuif\nDe deuren gaan open.", ["Fuif"]),
    ("[08:30] Vertrek\nAan de kerk.", ["Vertrek"]),
    ("[10:20] Minecraft\nDe server draait.", ["Minecraft"]),
    ("[11:30] Padlet\nZet je ideeën op het bord.", ["Padlet"]),
    ("[14:30] Gemeente Zonhoven\nDe subsidie komt eraan.", ["Gemeente Zonhoven"]),
    ("[09:00] Dag 2\nWe vertrekken om negen uur.", ["Dag"]),
    ("[13:30] Kinderraad\nDe kinderen stellen hun plan voor.", ["Kinderraad"]),
    ("[16:30] Evaluatie\nWat vonden jullie ervan?", ["Evaluatie"]),
    ("[10:05] Awel\nWe luisteren naar elk kind.", ["Awel"]),
]


def _score() -> None:
    print_scores("stamp line", PERSON, KEEP, run_report)


if __name__ == "__main__":
    _score()
