"""Cases of session 13 (s13-privacy): names in capitals that session 12 left (issue 11, strict
xfails of ``test_anonymise_s12_recall``): a double-barrelled surname in capitals after a first
name, and a credit line opened by a first name and a surname in capitals that no list knows.

Written 07:52-08:00 UTC, AFTER a first version of the rules was drafted in a scratch copy (the
session-12 cases showed the shapes): not a blind batch; the figure before is measured on main
fa9ab21 all the same. Every name and keep item was checked (whole word, case-insensitive)
against ``tests/``, ``bench/data`` and ``/work/shared``: none occurs there.

``HYPHEN`` and ``CREDIT``: ``(text, name parts that must go)``; ``KEEP``: ``(text, items that
must stay)`` -- acronyms and organisations in capitals, hyphenated, or opening a line before a
colon. All run through the quotes section's path (``anonymiser._anonymise_block``).
``PYTHONPATH=tests python tests/anonymise_s13_caps_cases.py`` prints the score.
"""

from __future__ import annotations

HYPHEN: list[tuple[str, list[str]]] = [
    ('"De tenten stonden er om acht uur." (Nnamdi EZEOKAFOR-NWANKWO, 17)', ["EZEOKAFOR", "NWANKWO"]),
    ("Volgens Ilse VERKINDEREN-DESCHACHT was het kamp te duur.", ["VERKINDEREN", "DESCHACHT"]),
    ('Marisol QUINTERO-ALVARADO: "Ik kom uit Bogotá en ik speel hier elke week."', ["QUINTERO", "ALVARADO"]),
    ("Dank aan Tobiah WALLENSTEIN-MORROW voor de foto's.", ["WALLENSTEIN", "MORROW"]),
    ('"Wij bakken de pannenkoeken." – Gwendolyn ASHCROFT-PEMBERLY, kookouder', ["ASHCROFT", "PEMBERLY"]),
    ("Samen met Radek WOJCIECHOWSKI-LIPIŃSKI heb ik de tochten uitgestippeld.", ["WOJCIECHOWSKI", "LIPIŃSKI"]),
    ('Beatriz MONTOYA-ECHEVERRI (jeugdwerker): "De buurt kent ons nu."', ["MONTOYA", "ECHEVERRI"]),
    ("Ik heb het aan Jorunn HALVORSEN-BREKKE gevraagd.", ["HALVORSEN", "BREKKE"]),
    ('"Er was geen plaats meer op de bus." (Oluwaseun ADEWUMI-BELLO, 16)', ["ADEWUMI", "BELLO"]),
    ("Toen kwam Perpetua MWANGI-KAMAU binnen met de soep.", ["MWANGI", "KAMAU"]),
    ('Cosimo LANDOLFI-RIZZUTO, 18: "Mijn nonna kookte voor iedereen."', ["LANDOLFI", "RIZZUTO"]),
    ("Bedankt Henrike TEUBNER-WOLLNY voor de affiches!", ["TEUBNER", "WOLLNY"]),
    ('"Wie zingt er mee?" vroeg Svetlana KOVALYSHYN-BONDAR.', ["KOVALYSHYN", "BONDAR"]),
    ("Ook Eamon DRISCOLL-HEANEY hielp bij de afwas.", ["DRISCOLL", "HEANEY"]),
    ('Ingeborg RASMUSSEN-TOFTE (vrijwilliger): "Ik doe dit al tien jaar."', ["RASMUSSEN", "TOFTE"]),
]

CREDIT: list[tuple[str, list[str]]] = [
    ('BRONWEN TALIESIN (vrijwilliger): "Ik hielp met de tenten."', ["BRONWEN", "TALIESIN"]),
    ('YARITZA FERRUCCI: "De buurt kwam helpen."', ["YARITZA", "FERRUCCI"]),
    ('SMARANDA VULPESCU (Jeugdhuis Ons Trefpunt): "Wij openen op zondag."', ["SMARANDA", "VULPESCU"]),
    ('- OSEIWAA ASANTEWAA: "Ik was er elke dag."', ["OSEIWAA", "ASANTEWAA"]),
    ('> WILTRUD WERNICKE (leidster): "Het regende de hele week."', ["WILTRUD", "WERNICKE"]),
    ('LEOCADIA PRZYBYLSKA (animator): "We speelden tot het donker was."', ["LEOCADIA", "PRZYBYLSKA"]),
    ('SEVERIN HOLMGAARD: "De kinderen wilden niet naar huis."', ["SEVERIN", "HOLMGAARD"]),
    ('RUQAYYAH OLUWADARE (19): "Ik kook graag voor anderen."', ["RUQAYYAH", "OLUWADARE"]),
    ('FIONNUALA BRENNAGH (monitor): "Elke ochtend zingen we."', ["FIONNUALA", "BRENNAGH"]),
    ('TARCISIO BENEVENTI: "Het lokaal is te klein."', ["TARCISIO", "BENEVENTI"]),
    ('• VESNICA DOBROVOLSKA (kookouder): "Er was soep voor honderd."', ["VESNICA", "DOBROVOLSKA"]),
    ('GWILYM PENHALIGON (jeugdraad): "We vroegen meer subsidie."', ["GWILYM", "PENHALIGON"]),
    ('ANOUSHKA BHATTACHAR: "Ik kwam via een vriendin."', ["ANOUSHKA", "BHATTACHAR"]),
    ('ROSALVO QUEIRÓS (begeleider): "Iedereen mag meedoen."', ["ROSALVO", "QUEIRÓS"]),
    ('HALLDÓRA EINARSDÓTTIR: "In IJsland is het anders."', ["HALLDÓRA", "EINARSDÓTTIR"]),
]

#: A surname of a capitalised particle and a noun after a credit's verb ("aldus De <noun>"): report path.
PARTICLE: list[tuple[str, list[str]]] = [
    ('"Het lokaal blijft open", aldus De Spreeuw.', ["Spreeuw"]),
    ('"We beginnen om negen uur", zei De Havik gisteren.', ["Havik"]),
    ('"Niemand wist ervan", aldus Van der Specht zelf.', ["Specht"]),
    ('"Dat kost te veel", zegt De Lijster.', ["Lijster"]),
    ('"De subsidie komt er", aldus De Graaf opgelucht.', ["Graaf"]),
    ('"We houden vol", vertelde De Poorter.', ["Poorter"]),
    ('"Wij waren eerst", aldus Den Hertog.', ["Hertog"]),
    ('"Het was een zware winter", zei De Mulder lachend.', ["Mulder"]),
    ("Volgens De Havik is het kamp volzet.", ["Havik"]),
    ('"Kom maar binnen", riep De Spreeuw.', ["Spreeuw"]),
    ('"Ik stop ermee", aldus Van den Arend.', ["Arend"]),
    ('"Er is plaats voor dertig", schreef De Specht in de nieuwsbrief.', ["Specht"]),
    ('"Wie helpt er mee?", vroeg De Lijster aan de groep.', ["Lijster"]),
    ('"Dat regelen we", zegt Vande Poorter.', ["Poorter"]),
    ('"Het dak lekt", aldus De Graaf, de conciërge.', ["Graaf"]),
]
PARTICLE_KEEP: list[tuple[str, list[str]]] = [
    ('"Het was druk", aldus de krant.', ["krant"]),
    ("We speelden in zaal De Havik.", ["Havik"]),
    ("Het kamp was in De Specht, een jeugdverblijf.", ["Specht"]),
    ('"Dat klopt", zei de lijster in het verhaal.', ["lijster"]),
    ('"Zo gaat het", aldus het bestuur van De Hertog.', ["Hertog"]),
    ("De Graaf van Vlaanderen speelde een rol in het toneel.", ["Graaf"]),
    ('"Welkom", aldus Jeugdhuis De Poorter.', ["Poorter"]),
    ("De Spreeuw is ons nieuwe lokaal.", ["Spreeuw"]),
    ("We sliepen in hoeve De Lijster.", ["Lijster"]),
    ('"Tot morgen", zei de leiding van De Arend.', ["Arend"]),
    ("Het thema was De Mulder en zijn molen.", ["Mulder"]),
    ("We bezochten De Havik, het natuurcentrum.", ["Havik"]),
    ('"Kom gerust", aldus de uitbater van De Poorter.', ["Poorter"]),
    ("Volgens de folder van De Specht is alles gratis.", ["Specht"]),
    ("Het bord zei: De Graaf, uitgang links.", ["Graaf"]),
]

KEEP: list[tuple[str, list[str]]] = [
    ('TRAMPOLINO (Brussel): "Er zijn te weinig plaatsen."', ["TRAMPOLINO"]),
    ('OKIDOKI: "Ons speelplein is open."', ["OKIDOKI"]),
    ('AGENTSCHAP OPGROEIEN: "We volgen het op."', ["AGENTSCHAP", "OPGROEIEN"]),
    ('PROGRAMMA ZATERDAG: "start om tien uur"', ["PROGRAMMA", "ZATERDAG"]),
    ('SJB-LEIDING (Roeselare): "We zijn met twintig."', ["SJB-LEIDING"]),
    ("We gingen naar de ROCK-ZOMERBAR in het park.", ["ROCK-ZOMERBAR"]),
    ("Ik werk bij ODISEO-CAMPUS sinds vorig jaar.", ["ODISEO-CAMPUS"]),
    ("Lena zit bij de FJM-KERN en doet dat graag.", ["FJM-KERN"]),
    ('Tibo (VOKARI-WEST): "We zoeken jobstudenten."', ["VOKARI-WEST"]),
    ("De affiche zei: GRATIS INKOM VOOR IEDEREEN.", ["GRATIS", "INKOM"]),
    ('OPGELET: "de bus vertrekt om acht uur"', ["OPGELET"]),
    ('TIP VAN DE LEIDING: "neem een regenjas mee"', ["TIP", "LEIDING"]),
    ("Jonas SUPERBLIJ na de finale!", ["SUPERBLIJ"]),
    ('VRAAG AAN DE SCHEPEN: "Wanneer komt het nieuwe lokaal?"', ["VRAAG", "SCHEPEN"]),
    ("Iedereen riep HIEP-HIEP-HOERA voor de kok.", ["HIEP-HIEP-HOERA"]),
]


def _run(text: str) -> str:
    from perskamer.plugins.anonymise.anonymiser import Options, _anonymise_block
    from perskamer.plugins.anonymise.detect import Knowledge
    from perskamer.plugins.anonymise.replace import Labeler

    know = Knowledge()
    return _anonymise_block(text, know, Labeler(know), Options(), "section quotes", [], [])


def _score() -> None:
    from perskamer.testing import word_in

    for name, cases in (("hyphenated surname in capitals", HYPHEN), ("credit line opened in capitals", CREDIT)):
        gone = sum(not word_in(n, _run(t)) for t, names in cases for n in names)
        total = sum(len(names) for _t, names in cases)
        print(f"{name}: names removed {gone}/{total}")
        for t, names in cases:
            out = _run(t)
            if any(word_in(n, out) for n in names):
                print("  LEFT", out)
    from anonymise_s12_recall_cases import names_left

    gone = sum(len(names) - len(names_left(t, names, "report")) for t, names in PARTICLE)
    print(f"credit verb + particle + noun: names removed {gone}/{sum(len(n) for _t, n in PARTICLE)}")
    for t, names in PARTICLE:
        if names_left(t, names, "report"):
            print("  LEFT", t)
    kept = sum(word_in(k, _run(t)) for t, items in PARTICLE_KEEP for k in items)
    print(f"  look-alikes kept {kept}/{sum(len(i) for _t, i in PARTICLE_KEEP)}")
    for t, its in PARTICLE_KEEP:
        out = _run(t)
        if not all(word_in(k, out) for k in its):
            print("  LOST", out)
    kept = sum(word_in(k, _run(t)) for t, items in KEEP for k in items)
    items = sum(len(i) for _t, i in KEEP)
    print(f"look-alike items kept {kept}/{items}")
    for t, its in KEEP:
        out = _run(t)
        if not all(word_in(k, out) for k in its):
            print("  LOST", out)


if __name__ == "__main__":
    _score()
