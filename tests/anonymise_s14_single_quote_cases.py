"""Session 14's frozen cases (s14-chat, issue 11): a name in single (or other) quotation marks
inside a quote -- a name called out, a nickname, a name someone wrote -- (s13-redteam's class 2:
54/105 of its names leaked in "riep ‘X’"). Written 11:05 UTC BEFORE any rule. Every name and
invented item was checked (whole word, case-insensitive) against ``tests/``, ``bench/data`` and
``/work/shared``: none occurs there (the look-alikes' ordinary words, real games and songs aside).

``PERSON``: ``(quote, name parts that must go)``; ``KEEP``: ``(quote, items that must stay)``:
titles of games, songs, themes, mottos, words in quotation marks. Both run as the one quote of a
whole report (``anonymise_report``, default scope: the quote and the quotes section).
``PYTHONPATH=tests python tests/anonymise_s14_single_quote_cases.py`` prints the score.
"""

from __future__ import annotations

from anoncases import print_run_score, quote_and_section

PERSON: list[tuple[str, list[str]]] = [
    ("Iedereen riep ‘Tjeerd’ toen hij eindelijk binnenkwam.", ["Tjeerd"]),
    ("De kinderen scandeerden ‘Ouassima’ tot ze het podium op kwam.", ["Ouassima"]),
    ("Op de taart stond ‚Remigius‘ in grote letters.", ["Remigius"]),
    ("We noemden hem gewoon ‘Padraig’, want dat was makkelijker.", ["Padraig"]),
    ("Toen riep de hele zaal ‘Halime! Halime!’ en moest ze wel zingen.", ["Halime"]),
    ("Op zijn trui stond ‘Gijsbert’ en dat vond hij heel erg.", ["Gijsbert"]),
    ("De leiding riep om twaalf uur ‘Kanyinda, eten!’ over het hele terrein.", ["Kanyinda"]),
    ("Ze tekende een hart met ‘Sietske’ erin op het bord.", ["Sietske"]),
    ("Elke ochtend begon met ‘Goedemorgen Tjeerd’ van de kleinsten.", ["Tjeerd"]),
    ("Hij zei dat zijn bijnaam ‘Bakajika’ was, naar zijn opa.", ["Bakajika"]),
    ("De jongste riep ‘Tshilombo’ en iedereen keek om.", ["Tshilombo"]),
    ("Op het briefje stond alleen ‘van Gwyneth’ en een tekening.", ["Gwyneth"]),
    ("De kleuters zongen ‘Lang zal Quitterie leven’ voor haar verjaardag.", ["Quitterie"]),
    ("Ze riepen «Enguerrand» tot hij eindelijk de bal doorgaf.", ["Enguerrand"]),
    ("Iedereen riep “Sławomir” toen hij het doelpunt maakte.", ["Sławomir"]),
    ("Het hele kamp riep ‘Eudes’ toen hij van de glijbaan kwam.", ["Eudes"]),
    ("Op de deur hing een bordje ‘Kamer van Violaine’ en niemand mocht binnen.", ["Violaine"]),
    ("Mijn mama noemt me nog altijd ‘Pharaïlde’, ook al heet ik anders op school.", ["Pharaïlde"]),
    ("Toen de bus vertrok riep iedereen ‘Salut Capucine’ door het raam.", ["Capucine"]),
    ("De jongens scandeerden ‘Mieczysław’ na zijn speech.", ["Mieczysław"]),
    ("Op haar badge stond ‘Saloua’ maar ze wilde liever Sally genoemd worden.", ["Saloua"]),
    ("We schreven ‘Bedankt Tjeerd en Makiese’ op een groot spandoek.", ["Tjeerd"]),
]

KEEP: list[tuple[str, list[str]]] = [
    ("Iedereen riep ‘hoera’ toen de bus er eindelijk was.", ["hoera"]),
    ("We speelden ‘Vossenjacht’ tot middernacht.", ["Vossenjacht"]),
    ("Het thema van het kamp was ‘Samen Sterk’.", ["Samen", "Sterk"]),
    ("De kinderen zongen ‘Vader Jacob’ in vier talen.", ["Vader", "Jacob"]),
    ("Ons motto was ‘Niemand Buitenspel’ en dat hebben we waargemaakt.", ["Niemand", "Buitenspel"]),
    ("We speelden ‘Kolonisten van Catan’ in de regen.", ["Kolonisten", "Catan"]),
    ("Het spel heette ‘Stratego’ maar dan met echte vlaggen.", ["Stratego"]),
    ("De tieners kozen ‘Zomerkamp’ als naam voor de groepschat.", ["Zomerkamp"]),
    ("Op het spandoek stond ‘Welkom’ in twaalf talen.", ["Welkom"]),
    ("We keken ‘Frozen’ in de grote zaal met popcorn.", ["Frozen"]),
    ("De workshop heette ‘Luisteren Loont’ en was meteen volzet.", ["Luisteren", "Loont"]),
    ("Ze riepen ‘Chiro!’ bij elke foto.", ["Chiro"]),
    ("De afsluiter was ‘Zombie’ van The Cranberries, iedereen zong mee.", ["Zombie"]),
    ("Het project heet ‘Buurtspeeltuin’ en loopt in elke wijk.", ["Buurtspeeltuin"]),
    ("We speelden ‘Mens erger je niet’ met reuzegrote pionnen.", ["Mens"]),
    ("Onze groep heette ‘De Vliegende Vissen’ en we wonnen de quiz.", ["Vliegende", "Vissen"]),
    ("De slogan ‘Jeugdwerk Werkt’ hing aan elke muur.", ["Jeugdwerk", "Werkt"]),
    ("We dansten op ‘Macarena’ tot de buren klaagden.", ["Macarena"]),
    ("Iedereen riep ‘Brussel’ toen de trein aankwam.", ["Brussel"]),
    ("Het boek ‘Wonder’ lazen we samen in de leesclub.", ["Wonder"]),
    ("De kleinsten speelden ‘Bokkensprong’ op het grasveld.", ["Bokkensprong"]),
    ("Ze noemden het ‘Sterrenkijkavond’ en iedereen bracht iets mee.", ["Sterrenkijkavond"]),
]


run = quote_and_section


def _score() -> None:
    print_run_score(run, PERSON, KEEP)


if __name__ == "__main__":
    _score()
