"""Session 17 (s17-names, issue 11): ONE word in CAPITALS opening a line as a speaker's label,
"<NAAM>: “…”", in notes or a pasted chat. Session 13 froze "OKIDOKI: “…”" as an organisation's
label that must stay, so a one-word run in capitals opening a line was a name only when a
first-name list held it; the blind attack A16 (frame F49) published every other one
("JAOUAD: “…”", 14/82 names). A FROZEN batch.

Written by s17-names on 6 December 2026, 19:05-19:15 UTC, BEFORE any rule for this class. Every
name part was checked (whole word, case-insensitive) against ``tests/``, ``bench/data/``,
``/work/shared/`` and ``/work/notes/s16/attack/``: none occurs there. The look-alikes are
headings, notices, role and kin words, days, languages, places, acronyms, listed organisations,
brands and apps, and an organisation's label with its town in brackets, in the same slot (real
bodies and towns may occur elsewhere: they are no names).

``PERSON``: ``(line, name parts that must go)``; ``KEEP``: ``(line, items that must stay)``;
``PRICE``: an organisation's label no list knows with nothing after it but the message -- the
same shape as a name; scored and printed, never asserted (the policy's price, see
docs/anonymisation.md "One word in capitals as a line's label"). Each line runs as bare text
(``anonymise_text``) and as the quotes section of a whole report. Names are compared
case-insensitively, items case-sensitively and by count.
``PYTHONPATH=tests python tests/anonymise_s17_caps_label_cases.py``.
"""

from __future__ import annotations

# The batches' helpers live in one place; the test module reads them from here (batch.names_left ...).
from anonymise_s16_layout_line_cases import items_lost, names_left, print_scores, run_text  # noqa: F401
from anonymise_s16_layout_line_cases import run_section_report as run_report

PERSON: list[tuple[str, list[str]]] = [
    ('OTHNIEL: "Ik kom hier elke woensdag na school."', ["OTHNIEL"]),
    ('NAHOM: “Mijn broer heeft me meegenomen naar de eerste vergadering.”', ["NAHOM"]),
    ('- ABDIRAHIM: "We willen een eigen lokaal, geen gang in de school."', ["ABDIRAHIM"]),
    ("MUNIRA: ik ben er om zeven uur, wie brengt de drank mee?", ["MUNIRA"]),
    ('LIRIDONA (16): "Niemand vroeg het ons ooit."', ["LIRIDONA"]),
    ('KIBWE: "Voetbal is leuker als iedereen mag meedoen."', ["KIBWE"]),
    ("* TAHIRIH: sorry, ik ben wat later", ["TAHIRIH"]),
    ('AUGUSTIJN: "Het kamp was veel te kort dit jaar."', ["AUGUSTIJN"]),
    ('ZINEDINE: "Wij willen gewoon een plek waar we mogen zijn."', ["ZINEDINE"]),
    ('SEGUNDINA (17 jaar): "Ik wil later zelf leiding worden."', ["SEGUNDINA"]),
    ('KHADRO: “Mijn mama kookt voor de hele groep.”', ["KHADRO"]),
    ('NURULLAH: "De leiding belde mijn vader zelf op."', ["NURULLAH"]),
    ('- MASOUDA: "Ik durfde eerst niet binnen te komen."', ["MASOUDA"]),
    ('BAKHTIYAR: "We speelden tot het donker was."', ["BAKHTIYAR"]),
    ('HEVAL: "Hier mag ik mezelf zijn."', ["HEVAL"]),
    ('ARJIN: "Ik tel elke ochtend de kinderen twee keer."', ["ARJIN"]),
    ('KAZIMIERA: "Bij ons thuis spreken we drie talen."', ["KAZIMIERA"]),
    ('WIESLAWA: "Het lokaal is eindelijk warm."', ["WIESLAWA"]),
    ('MIRCEA: "Ik maak de affiches, altijd in het groen."', ["MIRCEA"]),
    ('DRAGOMIRA: "Mijn ouders kwamen pas kijken op de laatste dag."', ["DRAGOMIRA"]),
    ('VESSELINA: "We dansen elke vrijdag in de turnzaal."', ["VESSELINA"]),
    ('ARBNORA: "Wie te laat is, helpt met de afwas."', ["ARBNORA"]),
    ('GURNOOR: "Ik ben hier nu twee jaar."', ["GURNOOR"]),
    ('OLUWAFEMI: "I only came for the football, then I stayed."', ["OLUWAFEMI"]),
    ('TENDAI: "De bus kwam nooit op tijd."', ["TENDAI"]),
    ('NYASHA: "Ik had nooit gedacht dat ik zou blijven."', ["NYASHA"]),
    ("KUDZAI: heeft iemand mijn jas gezien?", ["KUDZAI"]),
    ('SEBGHATULLAH: "Mijn eerste kamp was in de regen."', ["SEBGHATULLAH"]),
]

KEEP: list[tuple[str, list[str]]] = [
    # headings, notices, meeting words
    ('OPMERKING: "de zaal moet om tien uur leeg zijn"', ["OPMERKING"]),
    ('CONCLUSIE: "we starten opnieuw in september"', ["CONCLUSIE"]),
    ('SAMENVATTING: "meer budget, minder papier"', ["SAMENVATTING"]),
    ("ACTIEPUNT: de affiches tegen vrijdag", ["ACTIEPUNT"]),
    ('VRAAG: "Wie betaalt de bus?"', ["VRAAG"]),
    ('ANTWOORD: "De gemeente, voor de helft."', ["ANTWOORD"]),
    ("UPDATE: de vergadering gaat niet door", ["UPDATE"]),
    ("PAUZE: koffie en soep in de kantine", ["PAUZE"]),
    # role and kin words
    ('MODERATOR: "We hebben nog tijd voor twee vragen."', ["MODERATOR"]),
    ('VOORZITTER: "Ik open de vergadering."', ["VOORZITTER"]),
    ('ANIMATOR: "Wie speelt er mee?"', ["ANIMATOR"]),
    ('MAMA: "Ik kom je om vijf uur halen."', ["MAMA"]),
    ('PUBLIEK: "Waarom niet op zaterdag?"', ["PUBLIEK"]),
    # days, languages, places
    ("ZATERDAG: vertrek om acht uur aan de kerk", ["ZATERDAG"]),
    ('FRANS: "On commence à dix heures."', ["FRANS"]),
    ('ANTWERPEN: "Wij doen mee met twee groepen."', ["ANTWERPEN"]),
    ('KORTRIJK: "Onze speelpleinen blijven open."', ["KORTRIJK"]),
    # acronyms, listed organisations, brands and apps
    ('VDAB: "Er zijn jobs genoeg voor wie zoekt."', ["VDAB"]),
    ('KLJ: "Elke groep kiest zelf zijn uniform."', ["KLJ"]),
    ('CHIRO: "We slapen in tenten, ook als het regent."', ["CHIRO"]),
    ('UNICEF: "Kinderrechten gelden overal."', ["UNICEF"]),
    ('INSTAGRAM: "je account is geblokkeerd"', ["INSTAGRAM"]),
    ('LIDL: "De actie loopt tot zondag."', ["LIDL"]),
    # an organisation's label with its town in brackets (the town says where the group is)
    ('ZIPPIDO (Aalst): "Ons speelplein is open in juli."', ["ZIPPIDO"]),
    ('ROEFELTJE (Heist-op-den-Berg): "We zoeken nog monitoren."', ["ROEFELTJE"]),
    ('BOLLEBOOS (Gent): "Elke zaterdag huiswerkklas."', ["BOLLEBOOS"]),
]

#: the policy's price: an organisation no list knows, labelled alone (the shape of "JAOUAD: …")
PRICE: list[tuple[str, list[str]]] = [
    ('ZIPPIDO: "Ons speelplein is open in juli."', ["ZIPPIDO"]),
    ('ROEFELTJE: "We zoeken nog monitoren."', ["ROEFELTJE"]),
    ('BOLLEBOOS: "Elke zaterdag huiswerkklas."', ["BOLLEBOOS"]),
]


def _score() -> None:
    print_scores("caps label", PERSON, KEEP, run_report, PRICE)


if __name__ == "__main__":
    _score()
