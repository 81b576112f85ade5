"""Session 14's cases (s14-chat, issue 11): a first name in CAPITALS as the label of one chat or
note line, after a question line ("Wie komt er?\\n<NAAM>: ik!"), the shape the brief names for
set T's t09 family. Written 11:36 UTC AFTER a first draft of the rule (not blind: the draft came
from the one-chat-line rule's fix for "OKIDOKI: "..."", a label in capitals before a quotation).
Every name and invented item was checked (whole word, case-insensitive) against ``tests/``,
``bench/data`` and ``/work/shared``: none occurs there (real bodies and acronyms aside).

``PERSON``: ``(quote, name parts that must go)``; ``KEEP``: ``(quote, items that must stay)``.
Both run as the one quote of a whole report (``anonymise_report``, default scope), compared
case-insensitively. ``PYTHONPATH=tests python tests/anonymise_s14_caps_label_cases.py``.
"""

from __future__ import annotations

from anoncases import print_run_score, quote_and_section

PERSON: list[tuple[str, list[str]]] = [
    ("Wie komt er zaterdag helpen?\nTJEERD: ik, maar pas vanaf tien uur", ["TJEERD"]),
    ("Wie heeft de sleutel?\nOUASSIMA: ik heb hem aan de kassa gelegd", ["OUASSIMA"]),
    ("Wat vond je van het kamp?\nKANYINDA: ik wil volgend jaar terug!", ["KANYINDA"]),
    ("Wie brengt de soep mee?\nHALIME: ik maak linzensoep", ["HALIME"]),
    ("Waarom kwam je naar het jeugdhuis?\nSIETSKE: mijn zus nam me mee", ["SIETSKE"]),
    ("Hoe laat vertrekt de bus?\nGAVRIL: weet jij dat?", ["GAVRIL"]),
    ("Wie doet de afwas?\nREMIGIUS: ik deed hem gisteren al", ["REMIGIUS"]),
    ("Wat was het leukste moment?\nPADRAIG: my first night in a tent", ["PADRAIG"]),
    ("Wie wil er mee naar de vergadering?\nTSHILOMBO: ik als het na school is", ["TSHILOMBO"]),
    ("Waar is de EHBO-koffer?\nBAKAJIKA: in mijn rugzak", ["BAKAJIKA"]),
    ("Wie neemt de foto's?\nGEERTRUIDA: ik, met mijn gsm", ["GEERTRUIDA"]),
    ("Hoe was de eerste dag?\nENGUERRAND: moi j'ai trouvé ça super", ["ENGUERRAND"]),
    ("Wie kan er rijden?\nMIECZYSŁAW: ik heb sinds vorige week mijn rijbewijs", ["MIECZYSŁAW"]),
    ("Wie zorgt voor de muziek?\nSALOUA: ik neem mijn box mee", ["SALOUA"]),
    ("Wie slaapt er in de grote tent?\nQUITTERIE: ik en mijn vriendin", ["QUITTERIE"]),
    ("Wat moeten we nog kopen?\nVIOREL: ik heb de lijst, ik ga morgen", ["VIOREL"]),
    ("Wie opent de fuif?\nPETRONELA: ik! ik! ik!", ["PETRONELA"]),
    ("Wie heeft er nog vragen?\nGIJSBERT: mag ik mijn hond meebrengen?", ["GIJSBERT"]),
    ("Wat zou je veranderen?\nMULUMBA: ik zou meer spelletjes doen", ["MULUMBA"]),
    ("Wie helpt bij de opbouw?\nWIERZBICKI: ik kom met de camionette", ["WIERZBICKI"]),
]

KEEP: list[tuple[str, list[str]]] = [
    ("Wie betaalt de bus?\nOCMW: we betalen de helft terug", ["OCMW"]),
    ("Wie organiseert het?\nUNICEF: we werken samen met de scholen", ["UNICEF"]),
    ("Wat zegt de gemeente?\nGEMEENTE: de vergunning is in orde", ["GEMEENTE"]),
    ("Wat is de planning?\nUPDATE: de datum is verschoven", ["UPDATE"]),
    ("Wie helpt jongeren aan werk?\nVDAB: wij hebben een aanbod voor jobstudenten", ["VDAB"]),
    ("Wat is de regel?\nOPGELET: niemand zwemt zonder leiding", ["OPGELET"]),
    ("Wie doet de inschrijvingen?\nKSA: we doen ze online", ["KSA"]),
    ("Hoe laat begint het?\nPROGRAMMA: start om tien uur", ["PROGRAMMA"]),
    ("Waar kunnen jongeren terecht?\nAWEL: we zijn elke dag bereikbaar", ["AWEL"]),
    ("Wat is er beslist?\nBESLUIT: we proberen het volgend jaar opnieuw", ["BESLUIT"]),
    ("Wie levert de tenten?\nJEUGDDIENST: we hebben er nog twintig", ["JEUGDDIENST"]),
    ("Wat was de conclusie?\nCONCLUSIE: meer tijd voor de evaluatie", ["CONCLUSIE"]),
    ("Wie heeft er gereageerd?\nCAW: we willen graag meewerken", ["CAW"]),
    ("Hoe zit het met de zaal?\nTRAMPOLIJN: \"Onze zaal is vrij op zaterdag.\"", ["TRAMPOLIJN"]),
    ("Welke tip kregen jullie?\nTIP: neem altijd een extra trui mee", ["TIP"]),
    ("Wat vond de school ervan?\nBASISSCHOOL: we doen volgend jaar weer mee", ["BASISSCHOOL"]),
    ("Wat zei de provincie?\nPROVINCIE: er komt extra subsidie", ["PROVINCIE"]),
    ("Wie betaalt de workshop?\nFONDS: we dragen de helft van de kosten", ["FONDS"]),
    ("Wat staat er op het bord?\nBELANGRIJK: iedereen brengt een identiteitskaart mee", ["BELANGRIJK"]),
    ("Hoe reageerde de federatie?\nCHIRO: we bekijken het met de gewesten", ["CHIRO"]),
]


run = quote_and_section


def _score() -> None:
    print_run_score(run, PERSON, KEEP, ignore_case=True, show=lambda out: out.split("\n")[1])


if __name__ == "__main__":
    _score()
