"""Session 26 (s26-privacy, issue 11, severity 1): person names in shapes session 25 left open, as
four classes --
(1) a name no list holds after "van" in a possessive or agent frame ("de friteuse van <naam>",
    "het idee kwam van <naam>", "een tekening van <naam>");
(2) an East-Asian family name that is also a word, opening a sentence in a pair ("Park <A> en
    Park <B> gingen mee");
(3) naming frames: a person-shaped name after a thing subject ("Het project heet <Voornaam>
    <Achternaam>"), a lower-case name after a naming verb ("de winnaar heet <naam>");
(4) a first name that is a Dutch word opening a sentence with a person verb ("<Bloem> heeft een
    nieuwe fiets").
A FROZEN batch.

Written by s26-privacy on 7 December 2026, 22:15-22:30 UTC (by `date`), BEFORE reading any rule of
plugins/anonymise/ (only the brief, the prompt, session 25's notes and the helpers and layout of
earlier batches were read). Every name is invented or put together for the frame from many origins
(Flemish, Dutch, French, Walloon, Yoruba, Shona, Kazakh, Turkish, Moroccan, Icelandic, Lithuanian,
Korean, Chinese/Cantonese, Burkinabe ...); no name, organisation or phrase is copied from
tests/fixtures/, /work/shared/, bench/data/ or bench/attack/. The look-alikes are places,
organisations, apps, brands after "van"; Dutch words opening sentences ("Park en plein", "Ma en
pa", "Hoop doet leven"); thing names after a naming verb -- in the same frames.

``PERSON``: ``(text, name parts that must go)``; ``KEEP``: ``(text, items that must stay)``. Each
text is a report's quotes section: the text path runs ``anonymise_text`` on it, the report path
``anonymise_report`` on a report with it as quotes section. The cases in ``BUILD`` / ``BUILD_KEEP``
also go through a real ``perskamer build`` of a one-report md workspace; every published file is
read. Names are compared case-insensitively as whole words, items case-sensitively and by count.
``PYTHONPATH=tests python tests/anonymise_s26_privacy_cases.py [--show] [--no-build]``.
"""

from __future__ import annotations

import anonbatch
from anonymise_s16_layout_line_cases import items_lost, names_left, run_section_report, run_text  # noqa: F401 (the tests import them from here)
from anonymise_s25_privacy_cases import build_items_lost, run_build  # noqa: F401 (the tests import them from here)

PERSON: list[tuple[str, list[str]]] = [
    # (1) a name no list holds after "van", possessive or agent -- 20
    ("De friteuse van Ysoline was weer stuk, dus we aten boterhammen.", ["Ysoline"]),
    ("Het idee kwam van Kwintijn, hij had het op een kamp in Frankrijk gezien.", ["Kwintijn"]),
    ("We hingen een tekening van Mahaut aan de muur van het lokaal.", ["Mahaut"]),
    ("De gitaar van Oderic ging mee op tocht en bleef heel.", ["Oderic"]),
    ("Het voorstel van Yerlan om later te beginnen kreeg veel bijval.", ["Yerlan"]),
    ("Dankzij het werk van Olufunmilayo Adewunmi was de zaal op tijd klaar.", ["Olufunmilayo", "Adewunmi"]),
    ("De tent van Wouter-Jan Claeyssens lekte de eerste nacht al.", ["Wouter-Jan", "Claeyssens"]),
    ("Toen kwam er een sms van Nyasha: 'ik sta aan de verkeerde ingang'.", ["Nyasha"]),
    ("Het lied van Fenneke werd meteen ons kampliedje.", ["Fenneke"]),
    ("De verjaardag van Ragnhildur vierden we met pannenkoeken in de keuken.", ["Ragnhildur"]),
    ("Ik kreeg een berichtje van Ilkim dat de bus vertraging had.", ["Ilkim"]),
    ("De sleutels van Maëlane lagen nog op de toog.", ["Maëlane"]),
    ("Een foto van Teofil en Vitalija hangt nu in de gang.", ["Teofil", "Vitalija"]),
    ("Het toneelstuk van Jorieke Vanhamelrijck was het hoogtepunt van de avond.", ["Jorieke", "Vanhamelrijck"]),
    ("de hangmat van zjef hing tussen twee bomen boven de beek", ["zjef"]),
    ("Het idee kwam eigenlijk van Rasmané, niet van de begeleiding.", ["Rasmané"]),
    ("Het plan van Aurelijn Moerdijck was om de fuif buiten te houden.", ["Aurelijn", "Moerdijck"]),
    ("De speech van Tshilanda raakte iedereen in de zaal.", ["Tshilanda"]),
    ("We kregen een mail van Doortina Hoebeeck met het hele draaiboek.", ["Doortina", "Hoebeeck"]),
    ("Dit is de fiets van Gwenvaël, niet die van mij.", ["Gwenvaël"]),
    # (2) an East-Asian family name that is also a word, opening a sentence in a pair -- 10
    ("Park Jiyul en Park Seoah gingen mee naar het weekend in de Ardennen.", ["Jiyul", "Seoah"]),
    ("Bang Minseo en Bang Hayoon deden de afwas zonder morren.", ["Minseo", "Hayoon"]),
    ("Song Yerim en Song Dahye leidden het avondspel.", ["Yerim", "Dahye"]),
    ("Ma Lingxi en Ma Ruoyu kookten voor de hele groep.", ["Lingxi", "Ruoyu"]),
    ("Lam Ka-wing en Lam Hoi-yan brachten zelfgebakken taart mee.", ["Ka-wing", "Hoi-yan"]),
    ("Moon Sieun en Moon Yujin zongen het slotlied.", ["Sieun", "Yujin"]),
    ("Do Hyunwoo en Do Minjae speelden gitaar bij het kampvuur.", ["Hyunwoo", "Minjae"]),
    ("Mok Siu-fung en Mok Wing-yan hielpen bij de inschrijvingen.", ["Siu-fung", "Wing-yan"]),
    ("Park Haneul vertelde over haar jeugdhuis in Daegu.", ["Haneul"]),
    ("Ha Eunbi en Ha Seojun waren er allebei voor het eerst bij.", ["Eunbi", "Seojun"]),
    # (3) naming frames: a person-shaped name after a thing subject, lower case after a naming verb -- 14
    ("Het project heet Margaud Delhoulle, naar onze eerste leidster.", ["Margaud", "Delhoulle"]),
    ("Het project heet Elwenna Tiegerseel.", ["Elwenna", "Tiegerseel"]),
    ("Ons fonds heet Bavo Crabbé, omdat hij het allemaal begon.", ["Bavo", "Crabbé"]),
    ("De prijs heet sinds dit jaar Ysolde Vanwalleghem.", ["Ysolde", "Vanwalleghem"]),
    ("Het kamp heet dit jaar Fauvette Lammerant, als eerbetoon.", ["Fauvette", "Lammerant"]),
    ("de winnaar heet sky", ["sky"]),
    ("de winnaar heet ilhyas en hij is pas twaalf", ["ilhyas"]),
    ("de nieuwe leider heet maurizio, hij komt uit Hasselt", ["maurizio"]),
    ("mijn buddy heette yentel en ze was super", ["yentel"]),
    ("de kapitein van ons team heet rowin", ["rowin"]),
    ("de winnares heet noor-elise", ["noor-elise"]),
    ("De zaal heet Abdelhadi Benazzouz, naar de stichter.", ["Abdelhadi", "Benazzouz"]),
    ("de jongste deelnemer heet tiagu", ["tiagu"]),
    ("Het nieuwe lokaal heet Leontine Baeyaert.", ["Leontine", "Baeyaert"]),
    # (4) a Dutch word as a first name opening a sentence with a person verb -- 16
    ("Bloem heeft een nieuwe fiets en komt nu zelf naar de vergadering.", ["Bloem"]),
    ("Hoop zei dat ze volgend jaar leiding wil worden.", ["Hoop"]),
    ("Zon vertelde over haar stage in Dakar.", ["Zon"]),
    ("Storm heeft de hele avond de muziek gedaan, zonder pauze.", ["Storm"]),
    ("Lente belde ons om te zeggen dat ze later kwam.", ["Lente"]),
    ("Vrede vertelde hoe ze in Gent terechtkwam.", ["Vrede"]),
    ("Dauw vond de workshop te kort, ze wou nog meer oefenen.", ["Dauw"]),
    ("Wolf heeft zich opgegeven als vrijwilliger voor de zomer.", ["Wolf"]),
    ("Beer zei: 'ik kom zeker terug volgend jaar'.", ["Beer"]),
    ("Ster lachte om de grap van de presentator.", ["Ster"]),
    ("Hoop en Bloem hebben samen de quiz gemaakt.", ["Hoop", "Bloem"]),
    ("Lief heeft de soep gemaakt voor dertig man.", ["Lief"]),
    ("Hemel vroeg of er nog plaats was in de bus.", ["Hemel"]),
    ("Wind antwoordde dat hij het niet wist.", ["Wind"]),
    ("Zee vindt dat de jeugdraad meer moet luisteren.", ["Zee"]),
    ("Sneeuw wil volgend jaar zelf een workshop geven.", ["Sneeuw"]),
]

KEEP: list[tuple[str, list[str]]] = [
    # (1) places, organisations, apps, brands after "van" -- 18
    ("De jongeren van Gent kwamen met de trein.", ["Gent"]),
    ("De leiding van de Chiro bakte wafels voor iedereen.", ["Chiro"]),
    ("Een playlist van Spotify stond de hele avond op.", ["Spotify"]),
    ("De friteuse van Colruyt was in promo, dus we kochten er een.", ["Colruyt"]),
    ("Het idee kwam van Unicef, zij hadden zo'n campagne.", ["Unicef"]),
    ("De subsidie van Vlaanderen is dit jaar verhoogd.", ["Vlaanderen"]),
    ("De bus van De Lijn had een half uur vertraging.", ["Lijn"]),
    ("Een filmpje van YouTube liet zien hoe je een tent opzet.", ["YouTube"]),
    ("We kregen een mail van Smartschool met de planning.", ["Smartschool"]),
    ("De kinderen van Sint-Amands zongen het slotlied.", ["Sint-Amands"]),
    ("De koffie van Starbucks was te duur voor ons budget.", ["Starbucks"]),
    ("Een tekening van Kortrijk uit 1900 hing in de gang.", ["Kortrijk"]),
    ("De tenten van Decathlon hielden het droog.", ["Decathlon"]),
    ("Het lokaal van Scouts Lotenhulle staat naast de kerk.", ["Lotenhulle"]),
    ("Dat idee kwam van Instagram, daar zagen we het eerst.", ["Instagram"]),
    ("De vrijwilligers van Oxfam stonden aan de toog.", ["Oxfam"]),
    ("Een brief van de gemeente Mendonk lag in de bus.", ["Mendonk"]),
    ("De steun van Zomerkriebel maakte het kamp mogelijk.", ["Zomerkriebel"]),
    # (2) words opening a sentence in a pair that are no names -- 8
    ("Park en plein liepen vol met kinderen.", ["Park", "plein"]),
    ("Bang en moe kwamen we thuis na de dropping.", ["Bang"]),
    ("Ma en pa kwamen ook kijken naar de show.", ["Ma"]),
    ("Lam en kip stonden op het menu van de barbecue.", ["Lam"]),
    ("Mok en bord zelf meebrengen, zei de leiding.", ["Mok"]),
    ("Song en dans wisselden elkaar af op het podium.", ["Song"]),
    ("Park Noord en Park Spoor zijn de twee locaties van het festival.", ["Park", "Noord", "Spoor"]),
    ("Do en don't: dat was de titel van de workshop.", ["Do"]),
    # (3) thing names after a naming verb -- 8
    ("Het project heet Samen Sterk.", ["Samen", "Sterk"]),
    ("Het kamp heet Zomerzon.", ["Zomerzon"]),
    ("de app heet kwebbel en je kan er berichten mee sturen", ["kwebbel"]),
    ("het spel heet weerwolven", ["weerwolven"]),
    ("Het project heet Buurtbende en loopt drie jaar.", ["Buurtbende"]),
    ("Onze patrouille heet de Blauwe Reigers.", ["Blauwe", "Reigers"]),
    ("Het festival heet Jeugdkriebels.", ["Jeugdkriebels"]),
    ("de winnaar heet de Chiro van Bree", ["Chiro", "Bree"]),
    # (4) Dutch words opening a sentence, with a verb, that are no persons -- 12
    ("Hoop doet leven, zei de voorzitter.", ["Hoop"]),
    ("Bloem is duurder geworden, dus de wafels ook.", ["Bloem"]),
    ("Storm heeft het dak van de tent vernield.", ["Storm"]),
    ("Zon scheen de hele dag op het plein.", ["Zon"]),
    ("Lente is het drukste seizoen voor de jeugdraad.", ["Lente"]),
    ("Vrede vraagt moed, zei de spreker.", ["Vrede"]),
    ("Wolf en schaap is ons favoriete spel.", ["Wolf"]),
    ("Regen zorgde voor een natte avond.", ["Regen"]),
    ("Sneeuw viel er niet, maar koud was het wel.", ["Sneeuw"]),
    ("Wind heeft de partytent omvergeblazen.", ["Wind"]),
    ("Zee en strand: dat was het thema van het kamp.", ["Zee"]),
    ("Hemel en hel, zo voelde die tocht.", ["Hemel"]),
]

CLASSES = "1" * 20 + "2" * 10 + "3" * 14 + "4" * 16
KEEP_CLASSES = "1" * 18 + "2" * 8 + "3" * 8 + "4" * 12

#: Cases also built through ``perskamer build`` (by index).
BUILD = [0, 5, 14, 20, 30, 35, 44, 54]
BUILD_KEEP = [0, 2, 13, 18, 26, 34, 36]


assert len(CLASSES) == len(PERSON), (len(CLASSES), len(PERSON))
assert len(KEEP_CLASSES) == len(KEEP), (len(KEEP_CLASSES), len(KEEP))

if __name__ == "__main__":
    import sys

    anonbatch.score(sys.modules[__name__], show="--show" in sys.argv, build="--no-build" not in sys.argv)
