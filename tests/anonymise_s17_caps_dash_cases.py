"""Session 17 (s17-names, issue 11): a name in CAPITALS opening a note line before a dash and what the
person does ("<NAAM> <ACHTERNAAM> — vertelt over het kamp", "<NAAM> – over de jeugdraad"): the
blind attack A17 published it in 30 of its 87 names (frame "caps-note"); session 16's capitals rule
(``person_caps_slots``) read a line's label before a colon only. A FROZEN batch.

Written by s17-names on 6 December 2026, 19:16-19:22 UTC (machine clock), BEFORE any rule for this
shape. Every name part was checked (whole word, case-insensitive) against ``tests/``,
``bench/data/``, ``/work/shared/``, ``/work/notes/s16/attack/`` and A17: none occurs there. The
look-alikes are headings, programme items, days, places, acronyms, listed organisations and brands
in capitals before the same dashes.

``PERSON``: ``(line, name parts that must go)``; ``KEEP``: ``(line, items that must stay)``. Each
line runs as bare text (``anonymise_text``) and as the quotes section of a whole report.
``PYTHONPATH=tests python tests/anonymise_s17_caps_dash_cases.py``.
"""

from __future__ import annotations

# The batches' helpers live in one place; the test module reads them from here (batch.names_left ...).
from anonymise_s16_layout_line_cases import items_lost, names_left, print_scores, run_text  # noqa: F401
from anonymise_s16_layout_line_cases import run_section_report as run_report

PERSON: list[tuple[str, list[str]]] = [
    ("KAELAN HUAMANI — vertelt over het kamp in de Ardennen", ["KAELAN", "HUAMANI"]),
    ("ZURIEL MAMANI — over de wachtlijsten bij de jeugdhulp", ["ZURIEL", "MAMANI"]),
    ("QUILLA CONDORI – legt uit hoe de jeugdraad werkt", ["QUILLA", "CONDORI"]),
    ("- YUPANQUI TUPA — vraagt naar het budget voor volgend jaar", ["YUPANQUI", "TUPA"]),
    ("NAYELI KAHANANUI — was drie jaar leiding bij de scouts", ["NAYELI", "KAHANANUI"]),
    ("XOCHITL KEALOHA — wil een eigen lokaal voor de tieners", ["XOCHITL", "KEALOHA"]),
    ("CITLALI FIFITA - vertelt hoe ze begonnen is als animator", ["CITLALI", "FIFITA"]),
    ("KEONI HAVILI — over voetbal met de buurt", ["KEONI", "HAVILI"]),
    ("LEILANI TUIPULOTU — stelt de nieuwe werking voor", ["LEILANI", "TUIPULOTU"]),
    ("SIONE TAUFA — jeugdwerker in de wijk, vertelt over de zomer", ["SIONE", "TAUFA"]),
    ("TEVITA NGATA (17) — over zijn eerste kamp", ["TEVITA", "NGATA"]),
    ("LOSALINE PARATA — antwoordt op de vraag van de schepen", ["LOSALINE", "PARATA"]),
    ("VILIAMI TAWHIRI — begon vorig jaar een speelstraat", ["VILIAMI", "TAWHIRI"]),
    ("REWI WEKESA — vertelt over de huiswerkklas", ["REWI", "WEKESA"]),
    ("HEMI MUTUA — legt de regels van het spel uit", ["HEMI", "MUTUA"]),
    ("NIKAU OMONDI — over de fuif van zaterdag", ["NIKAU", "OMONDI"]),
    ("WAIRIMU BARASA — mama van twee, vertelt over de opvang", ["WAIRIMU", "BARASA"]),
    ("AKINYI CHEPKOECH — over de bus die nooit op tijd is", ["AKINYI", "CHEPKOECH"]),
    ("CHEGE KIBET — vertelt waarom hij gestopt is", ["CHEGE", "KIBET"]),
    ("JELIMO ROTICH — leidt de workshop over affiches", ["JELIMO", "ROTICH"]),
    ("CHERONO — vertelt over haar eerste dag", ["CHERONO"]),
    ("KIPRONO — over de voetbalploeg van de wijk", ["KIPRONO"]),
    ("MWIKALI WAMBUI — sluit de avond af", ["MWIKALI", "WAMBUI"]),
    ("FARAJA MWAKILEMA — vertelt over de vrijwilligers", ["FARAJA", "MWAKILEMA"]),
]

KEEP: list[tuple[str, list[str]]] = [
    ("PROGRAMMA — zaterdag om tien uur aan de kerk", ["PROGRAMMA"]),
    ("OPGELET — de bus vertrekt om acht uur", ["OPGELET"]),
    ("KAMP — dag één, aankomst en tenten opzetten", ["KAMP"]),
    ("PAUZE — koffie en soep in de kantine", ["PAUZE"]),
    ("VRAGENRONDE — wie betaalt het vervoer?", ["VRAGENRONDE"]),
    ("CONCLUSIE — we starten opnieuw in september", ["CONCLUSIE"]),
    ("ZATERDAG — vertrek om acht uur", ["ZATERDAG"]),
    ("WORKSHOP 2 — affiches maken met de tieners", ["WORKSHOP"]),
    ("DEEL TWEE — de cijfers van dit jaar", ["DEEL", "TWEE"]),
    ("CHIRO — uitleg over het nieuwe uniform", ["CHIRO"]),
    ("KSA — over de inschrijvingen", ["KSA"]),
    ("VDAB — vertelt over jobs voor studenten", ["VDAB"]),
    ("UNICEF — over kinderrechten in de klas", ["UNICEF"]),
    ("ANTWERPEN — twee groepen, veertig kinderen", ["ANTWERPEN"]),
    ("KORTRIJK – verslag van de werkgroep", ["KORTRIJK"]),
    ("STAD GENT — vertelt over de speelstraten", ["STAD", "GENT"]),
    ("GEMEENTE ZONHOVEN — over de subsidies", ["GEMEENTE", "ZONHOVEN"]),
    ("JEUGDDIENST — stelt het nieuwe plan voor", ["JEUGDDIENST"]),
    ("LIDL — sponsort de drank", ["LIDL"]),
    ("ENGELS — de vertaling volgt later", ["ENGELS"]),
    ("SAMENVATTING — meer budget, minder papier", ["SAMENVATTING"]),
    ("ACTIEPUNTEN - affiches tegen vrijdag", ["ACTIEPUNTEN"]),
]


def _score() -> None:
    print_scores("caps dash", PERSON, KEEP, run_report)


if __name__ == "__main__":
    _score()
