"""Session 14's frozen cases (s14-chat, issue 11): a quote written in CAPITALS (s13-redteam's
class 6: 29/105 of its names leaked). Written 11:15 UTC BEFORE the rule, after a probe of 18
names of my own in five frames showed what leaks: listed first names that are also words
("ERNST", "KLARE") and a four-letter name no list knows ("EOIN"). Every name was checked (whole
word, case-insensitive) against ``tests/``, ``bench/data`` and ``/work/shared``: none occurs
there.

``PERSON``: ``(quote, name parts that must go)``; ``KEEP``: ``(quote, items that must stay)``:
the same words as words, acronyms, organisations and places in capitals. Both run as the one
quote of a whole report (``anonymise_report``, default scope), compared case-insensitively.
``PYTHONPATH=tests python tests/anonymise_s14_caps_cases.py`` prints the score.
"""

from __future__ import annotations

from anoncases import print_run_score, quote_and_section

PERSON: list[tuple[str, list[str]]] = [
    ("IK HEB HET AAN ERNST GEVRAAGD EN HIJ ZEI METEEN JA!", ["ERNST"]),
    ("DANKZIJ KLARE HADDEN WE GENOEG TENTEN VOOR IEDEREEN!", ["KLARE"]),
    ("WE GINGEN MET VIOLA NAAR HET KAMP IN DE ARDENNEN.", ["VIOLA"]),
    ("SAMEN MET NARCIS HEBBEN WE DE TENT OPGEZET.", ["NARCIS"]),
    ("IK ZEI NOG TEGEN EOIN DAT HET TE LAAT WERD.", ["EOIN"]),
    ("ZONDER ESTER WAS DE FUIF NOOIT DOORGEGAAN!!", ["ESTER"]),
    ("MERCI AAN HANS EN KLARE VOOR DE SOEP!", ["HANS", "KLARE"]),
    ("ERNST WAS ER OOK BIJ, HIJ HEEFT ALLES GEFILMD.", ["ERNST"]),
    ("IK HEB LANG GEPRAAT MET GRIT OVER DE WACHTLIJST.", ["GRIT"]),
    ("DE AFFICHES ZIJN DOOR FAAS ONTWORPEN, SUPER MOOI!", ["FAAS"]),
    ("VRAAG HET MAAR AAN VIOLA, ZIJ WEET ALLES.", ["VIOLA"]),
    ("WE HEBBEN DE SLEUTELS AAN NARCIS GEGEVEN.", ["NARCIS"]),
    ("BEDANKT EOIN VOOR HET VERVOER!", ["EOIN"]),
    ("IEDEREEN WACHTTE OP KLARE, ZIJ HAD DE BUS.", ["KLARE"]),
    ("KAREN EN ERNST HEBBEN ALLES GEREGELD.", ["KAREN", "ERNST"]),
    ("IK BEN MET STEVEN EN KIT NAAR DE VERGADERING GEWEEST.", ["STEVEN", "KIT"]),
    ("HET IDEE KWAM VAN ESTER, NIET VAN DE LEIDING.", ["ESTER"]),
    ("DANK AAN OISIN EN AOIBHE VOOR DE MUZIEK!", ["OISIN", "AOIBHE"]),
    ("ONZE MONITOR VIOLA HEEFT DE HELE NACHT GEWAAKT.", ["VIOLA"]),
    ("LOL IK STOND NAAST ERNST OP DE FOTO", ["ERNST"]),
]

KEEP: list[tuple[str, list[str]]] = [
    ("HET WATER WAS HEEL KLARE TAAL: NIET ZWEMMEN!", ["KLARE"]),
    ("DE VIOLA EN DE GITAAR BLEVEN IN DE BUS.", ["VIOLA"]),
    ("WE HADDEN EEN ERNST GESPREK OVER PESTEN.", ["GESPREK"]),
    ("IK WIL EEN KIT VOOR DE EERSTE HULP.", ["KIT"]),
    ("WE GINGEN MET DE VDAB NAAR EEN JOBBEURS.", ["VDAB"]),
    ("SAMEN MET UNIA HEBBEN WE EEN WORKSHOP GEGEVEN.", ["UNIA"]),
    ("IK HEB HET AAN DE LEIDING GEVRAAGD EN ZE ZEI JA!", ["LEIDING"]),
    ("DANKZIJ KSA HADDEN WE GENOEG TENTEN!", ["KSA"]),
    ("WE GINGEN MET DE BUS NAAR GENT.", ["GENT"]),
    ("ZONDER OKRA WAS DE FUIF NOOIT DOORGEGAAN!!", ["OKRA"]),
    ("MERCI AAN DE CHIRO VOOR DE SOEP!", ["CHIRO"]),
    ("IK ZEI NOG TEGEN MIJN MAMA DAT HET TE LAAT WERD.", ["MAMA"]),
    ("WE SPEELDEN MET LEGO TOT MIDDERNACHT.", ["LEGO"]),
    ("HET IDEE KWAM VAN UNICEF, NIET VAN DE LEIDING.", ["UNICEF"]),
    ("IK BEN MET DE TREIN NAAR BRUSSEL GEWEEST.", ["BRUSSEL"]),
    ("DE NARCIS IN DE TUIN STOND AL IN BLOEI.", ["NARCIS"]),
    ("VOOR HET KAMP KOCHTEN WE EEN NIEUWE TENT BIJ DECATHLON.", ["DECATHLON"]),
    ("WE HEBBEN DE SLEUTELS AAN HET OCMW GEGEVEN.", ["OCMW"]),
    ("LOL IK STOND NAAST DE BUS OP DE FOTO", ["BUS"]),
    ("BEDANKT AWEL VOOR DE WORKSHOP!", ["AWEL"]),
]


run = quote_and_section


def _score() -> None:
    print_run_score(run, PERSON, KEEP, ignore_case=True)


if __name__ == "__main__":
    _score()
