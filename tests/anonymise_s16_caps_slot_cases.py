"""Session 16 (s16-layout, issue 11): a name written in CAPITALS in a credit's person slot -- opening
a quotes-section line before a colon and a quotation ("<NAAM> <ACHTERNAAM>: “…”", "- <NAAM>
(<rol>): …") or after "van"/"met" before the speaker's age ("Quote van <NAAM> (17): …"). The
blind attack A16 found both (frames F49 and F50: the first name was left beside "[persoon 1]",
or the whole run). A FROZEN batch.

Written by s16-layout on 6 December 2026, 16:35-16:45 UTC, BEFORE any rule for this class. Every
name part was checked (whole word, case-insensitive) against ``tests/``, ``bench/data/``,
``/work/shared/`` and ``/work/notes/s16/attack/``: none occurs there, none is a name of the
attack. The look-alikes are acronyms, organisations, headings and shouted words in capitals in
the same slots (real bodies and towns may occur elsewhere: they are no names).

``PERSON``: ``(line, name parts that must go)``; ``KEEP``: ``(line, items that must stay)``.
Each line runs twice: as bare text (``anonymise_text``) and as the quotes section of a whole
report (the markdown reader's quote splitter, then ``anonymise_report``, default scope: the
quote's text, credit and the section). Names are compared case-insensitively, items
case-sensitively and by count. ``PYTHONPATH=tests python tests/anonymise_s16_caps_slot_cases.py``.
"""

from __future__ import annotations

# The batches' helpers live in one place; the test module reads them from here (batch.names_left ...).
from anonymise_s16_layout_line_cases import items_lost, names_left, print_scores, run_text  # noqa: F401
from anonymise_s16_layout_line_cases import run_section_report as run_report

PERSON: list[tuple[str, list[str]]] = [
    # opening a line before a colon (a role or age in brackets, or after a comma, allowed)
    ('ADELHEID MORTELMANS: "Zonder die bus konden we nergens heen."', ["ADELHEID", "MORTELMANS"]),
    ('TYMON KUZMENKO (monitor): "Ik tel elke ochtend de kinderen twee keer."', ["TYMON", "KUZMENKO"]),
    ('- SARON GEBREMESKEL: "Mijn broer kwam vorig jaar voor het eerst mee."', ["SARON", "GEBREMESKEL"]),
    ('DEEPAK CHAWLA, jeugdwerker: "We openen nu ook op zondag."', ["DEEPAK", "CHAWLA"]),
    ('MOIRA GALBRAITH (19): "I only came for the football, then I stayed."', ["MOIRA", "GALBRAITH"]),
    ('LULZIM OYEN: "Het lokaal is eindelijk warm."', ["LULZIM", "OYEN"]),
    ('KIEU PANG: "Mijn ouders kwamen pas kijken op de laatste dag."', ["KIEU", "PANG"]),
    ('YAQUB WARFAA: "We speelden tot het donker was."', ["YAQUB", "WARFAA"]),
    ('HELEENTJE VROMAN: "Ik wou eerst niet mee."', ["HELEENTJE", "VROMAN"]),
    ('RADOST PETKOV-ILIEVA: "Bij ons thuis spreken we drie talen."', ["RADOST", "PETKOV", "ILIEVA"]),
    ('ABREHET MASLAH: "De leiding belde mijn mama zelf op."', ["ABREHET", "MASLAH"]),
    ('KERSTIN WANNEMAKER: "Ik maak de affiches, altijd in het groen."', ["KERSTIN", "WANNEMAKER"]),
    ('FARDOUSA BOSMA (leidster): "Wie te laat is, helpt met de afwas."', ["FARDOUSA", "BOSMA"]),
    # after "van"/"met" before the speaker's age
    ('Citaat van SIPAN YÜCEL (16): "Hier mag ik mezelf zijn."', ["SIPAN", "YÜCEL"]),
    ('Quote van ARBENITA (15): "Ik kom elke woensdag, ook als het regent."', ["ARBENITA"]),
    ('Uitspraak van JAWID KANAAN (17): "We willen een eigen plek, geen gang."', ["JAWID", "KANAAN"]),
    ('Getuigenis van MURSALIN (14): "Ik ben hier nu twee jaar."', ["MURSALIN"]),
    ('Gesprek met DOINA TIERNEY (18): "Mijn eerste kamp was in de regen."', ["DOINA", "TIERNEY"]),
    ('Reactie van GUULEED BUCHANAN (16): "Voetbal is leuker met meisjes erbij."', ["GUULEED", "BUCHANAN"]),
    ('Quote van FIONA BRENNAN (17): "Ik wil later zelf leiding worden."', ["FIONA", "BRENNAN"]),
    ('Quote van TSHILUMBA BOKASA (15): "We dansen elke vrijdag."', ["TSHILUMBA", "BOKASA"]),
    ('Woorden van WENG (16): "Ik had nooit gedacht dat ik zou blijven."', ["WENG"]),
    ('Quote van RIETJE HAAKSMA (17): "Het kamp was veel te kort."', ["RIETJE", "HAAKSMA"]),
    ('Quote van MANSOUR AĞAOĞLU (16): "Mijn vader bakt de pannenkoeken."', ["MANSOUR", "AĞAOĞLU"]),
]

KEEP: list[tuple[str, list[str]]] = [
    ('KSA: "We zoeken nog leiding voor de kabouters."', ["KSA"]),
    ('VVKSM (Brussel): "Elke groep kiest zelf zijn uniform."', ["VVKSM"]),
    ('OCMW: "De helft van het kampgeld betalen wij terug."', ["OCMW"]),
    ('JOC GENT: "Wij zoeken vrijwilligers voor de zomer."', ["JOC", "GENT"]),
    ('CAW OOST-VLAANDEREN: "We hebben een nieuw onthaal."', ["CAW", "OOST-VLAANDEREN"]),
    ('STAD HERZELE: "De speelstraten blijven."', ["STAD", "HERZELE"]),
    ("OOK DE JEUGDDIENST WAS ER BIJ", ["JEUGDDIENST"]),
    ('Quote van de JEUGDRAAD (2023): "We willen meer budget."', ["JEUGDRAAD"]),
    ('Quote van KLJ (12 afdelingen): "Wij doen mee."', ["KLJ"]),
    ('TIP VAN DE MONITOREN: "Neem een extra trui mee."', ["TIP", "MONITOREN"]),
    ('SPEELPLEIN DE VLIEGER: "Iedereen is welkom."', ["SPEELPLEIN", "VLIEGER"]),
    ('GEMEENTE LOCHRISTI (jeugddienst): "De subsidie komt eraan."', ["GEMEENTE", "LOCHRISTI"]),
    ('Interview met de VDAB (Brugge): "Er zijn jobs genoeg."', ["VDAB"]),
    ('AWEL: "We luisteren naar elk kind."', ["AWEL"]),
    ('CHIRO (Sint-Amandsberg): "We slapen in tenten."', ["CHIRO"]),
    ('BELANGRIJK: "De bus vertrekt om acht uur."', ["BELANGRIJK"]),
    ("WIJ ZIJN ER KLAAR VOOR!", ["ZIJN", "KLAAR"]),
    ('Quote van de KERNGROEP (17 leden): "We vergaderen elke maand."', ["KERNGROEP"]),
    ('UNICEF BELGIË: "Kinderrechten gelden overal."', ["UNICEF", "BELGIË"]),
    ('JEUGDHUIS TORTELDUIF: "Onze bar is open op vrijdag."', ["JEUGDHUIS", "TORTELDUIF"]),
    ("OOK KRINGWINKEL ZOTTEGEM DEED MEE", ["KRINGWINKEL", "ZOTTEGEM"]),
    ('SAMEN MET DE SCHOOL: "We delen de speelplaats."', ["SCHOOL"]),
    ('Quote van TEAM SPEELSTRAAT (2022): "Elke woensdag is de straat van ons."', ["TEAM", "SPEELSTRAAT"]),
]


def _score() -> None:
    print_scores("caps slot", PERSON, KEEP, run_report)


if __name__ == "__main__":
    _score()
