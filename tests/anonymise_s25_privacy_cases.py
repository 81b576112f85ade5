"""Session 25 (s25-privacy, issue 11 point 1, severity 1): person names in shapes session 24 left
open, as eight classes --
(1) a two-part name whose parts are both ordinary Dutch words, in a person's slot ("<Voornaam>
    <Achternaam> brengt de taart mee");
(2) a whole line in CAPITALS holding a name;
(3) English "DM <naam>", "ask <naam>", "@<naam>" in mixed Dutch/English chat;
(4) an East-Asian family name in capitals first, with an English given name;
(5) a short name in capitals after "en" in a sign-off ("Groetjes van <NAAM> en <NA>");
(6) a particle surname opening a sentence ("Van <Achternaam> reed zelf");
(7) a particle surname that is a word, in capitals ("<VOORNAAM> DE <WOORD>");
(8) two unlisted first names joined by "&", alone on a line or as a sign-off.
A FROZEN batch.

Written by s25-privacy on 7 December 2026, 19:04-19:07 UTC (by `date`), BEFORE reading any rule of
plugins/anonymise/ (only the brief, the prompt, issue 11 and the helpers of earlier batches were
read). Every name is invented or put together for the frame from many origins (Dutch and Flemish
words as names, Kazakh, Yoruba, Igbo, Georgian, Maori, Welsh, Hawaiian, Ukrainian, Uzbek, Chinese,
Korean, Vietnamese ...); no name, organisation or phrase is copied from tests/fixtures/,
/work/shared/, bench/data/ or bench/attack/. The look-alikes are organisations, places, brands,
Dutch sentences in capitals, "Van ... naar/tot ..." phrases, "DM" / "dm" as chat abbreviations,
"&" names of organisations and brands, in the same frames.

``PERSON``: ``(text, name parts that must go)``; ``KEEP``: ``(text, items that must stay)``. Each
text is a report's quotes section: the text path runs ``anonymise_text`` on it, the report path
``anonymise_report`` on a report with it as quotes section (the md quote splitter). The cases in
``BUILD`` / ``BUILD_KEEP`` also go through a real ``perskamer build`` of a one-report md
workspace; every published file is read. Names are compared case-insensitively as whole words,
items case-sensitively and by count.
``PYTHONPATH=tests python tests/anonymise_s25_privacy_cases.py [--show] [--no-build]``.
"""

from __future__ import annotations

import anonbatch
from anonymise_s16_layout_line_cases import items_lost, names_left, run_section_report, run_text  # noqa: F401 (the tests import them from here)

PERSON: list[tuple[str, list[str]]] = [
    # (1) two parts that are both ordinary Dutch words, in a person's slot -- 14
    ("“Hoop Timmerman brengt de taart mee, zei ze nog.”", ["Hoop", "Timmerman"]),
    ("“Storm Ketel zorgt zaterdag voor de muziek.”", ["Storm", "Ketel"]),
    ("“Lente Brouwer heeft de hele planning gemaakt.”", ["Lente", "Brouwer"]),
    ("“Volgens Wolf Visser moeten we vroeger beginnen.”", ["Wolf", "Visser"]),
    ("“Beer Smid vertelde over zijn eerste kamp als leider.”", ["Beer", "Smid"]),
    ("“Ik heb Mees Sleutel gebeld, hij komt om acht uur.”", ["Mees", "Sleutel"]),
    ("“Sterre Raaf legde uit hoe de jeugdraad werkt.”", ["Sterre", "Raaf"]),
    ("“Lies Bijl en Wil Klok doen de afwas.”", ["Lies", "Bijl", "Wil", "Klok"]),
    ("“Dankzij Fleur Paling hadden we genoeg stoelen.”", ["Fleur", "Paling"]),
    ("“Merel Bever stelde voor om een bus te huren.”", ["Merel", "Bever"]),
    ("“Lot Pauw zei: we moeten meer jongeren bereiken.”", ["Lot", "Pauw"]),
    ("“Morgen neemt Dag Kruik de sleutels mee.”", ["Dag", "Kruik"]),
    ("“Iris Zwaluw is onze nieuwe hoofdleiding.”", ["Iris", "Zwaluw"]),
    ("“Koen Otter vroeg of er nog vrijwilligers waren.”", ["Koen", "Otter"]),
    # (2) a whole line in capitals holding a name -- 10
    ("“BEDANKT AAN ALLE LEIDING EN SPECIAAL AAN LIESELOT VERSTRAELEN!!!”", ["LIESELOT", "VERSTRAELEN"]),
    ("“IK HEB MET KWADWO GESPROKEN EN HIJ IS OKE”", ["KWADWO"]),
    ("“TORBEN ZEI DAT WE MOCHTEN BLIJVEN TOT MIDDERNACHT”", ["TORBEN"]),
    ("“WAAR IS SIGRUNA? ZE HEEFT DE SLEUTEL VAN HET LOKAAL”", ["SIGRUNA"]),
    ("“PROFICIAT MAXIMIEN EN ODALYS MET JULLIE EERSTE KAMP”", ["MAXIMIEN", "ODALYS"]),
    ("“WIE RIJDT ER MEE MET ZSOMBOR DEWAELHEYNS?”", ["ZSOMBOR", "DEWAELHEYNS"]),
    ("“MERCI YASMIJN VOOR DE LEKKERE SOEP”", ["YASMIJN"]),
    ("“VANAVOND DOET ELOISE DE AFSLUITING”", ["ELOISE"]),
    ("“ALLES STAAT KLAAR, VRAAG HET MAAR AAN GWENDOLIEN”", ["GWENDOLIEN"]),
    ("“HOUTEKIET EN VORSTERMANS HEBBEN ALLES OPGERUIMD”", ["HOUTEKIET", "VORSTERMANS"]),
    # (3) English "DM <naam>", "ask <naam>", "@<naam>" in mixed Dutch/English chat -- 12
    ("wie wil er mee naar de fuif? DM Aoibheann voor tickets", ["Aoibheann"]),
    ("als je vragen hebt, ask Idrissou, he knows everything", ["Idrissou"]),
    ("@Mireia kan jij morgen de stoelen zetten?", ["Mireia"]),
    ("just DM tamsyn als je een lift nodig hebt", ["tamsyn"]),
    ("ask kofiwaa voor de busuren", ["kofiwaa"]),
    ("@wietse.jan ik heb de foto's doorgestuurd", ["wietse"]),
    ("DM Oriane of mij voor de inschrijving", ["Oriane"]),
    ("sorry ik ben te laat, ask Tjorven waar de sleutel ligt", ["Tjorven"]),
    ("@Anastasiya @Dimitrios zijn jullie er ook zaterdag?", ["Anastasiya", "Dimitrios"]),
    ("for the kampvuur pls DM Warre of Zelie", ["Warre", "Zelie"]),
    ("wie heeft de pot? ask Chinedu, hij had hem gisteren", ["Chinedu"]),
    ("lol @Ombeline jij moest toch de chips meebrengen", ["Ombeline"]),
    # (4) an East-Asian family name in capitals first, an English given name -- 10
    ("“CHAN Crystal vertelde over haar stage in het jeugdhuis.”", ["CHAN", "Crystal"]),
    ("“Volgens GUO Lily is de sessie te kort.”", ["GUO", "Lily"]),
    ("“JEON Summer leidde de workshop over podcasts.”", ["JEON", "Summer"]),
    ("“DANG Angel zei dat ze volgend jaar terugkomt.”", ["DANG", "Angel"]),
    ("“ZHAO Ivy en PARK Joy hebben de affiches gemaakt.”", ["ZHAO", "Ivy", "PARK", "Joy"]),
    ("“Dank je wel, TO Daisy, voor de vertaling!”", ["TO", "Daisy"]),
    ("“CHO Eden vroeg waarom er geen vegetarisch eten was.”", ["CHO", "Eden"]),
    ("“NG Autumn stelde zich voor als nieuwe voorzitter.”", ["NG", "Autumn"]),
    ("“Ik heb met FENG Holly over de subsidies gesproken.”", ["FENG", "Holly"]),
    ("“SHIN Faith bracht cupcakes mee voor iedereen.”", ["SHIN", "Faith"]),
    # (5) a short name in capitals after "en" in a sign-off -- 8
    ("Groetjes van LOTTE en BO", ["LOTTE", "BO"]),
    ("Liefs, ELS en JO", ["ELS", "JO"]),
    ("Groetjes van NIELA en TEO!", ["NIELA", "TEO"]),
    ("Tot zaterdag! Groetjes van MAIKE en LIV", ["MAIKE", "LIV"]),
    ("Veel groetjes van SENNA en ODE", ["SENNA", "ODE"]),
    ("Groetjes van de leiding, ARNE en IVA", ["ARNE", "IVA"]),
    ("Dikke kus van ROMANE en UMA", ["ROMANE", "UMA"]),
    ("Groetjes, KATO en EDA", ["KATO", "EDA"]),
    # (6) a particle surname opening a sentence -- 10
    ("“Van Wynsberghe reed zelf met de camionette naar het terrein.”", ["Wynsberghe"]),
    ("“Van Tieghem zei dat de zaal te klein was.”", ["Tieghem"]),
    ("“We waren te laat. Van Heddeghem had de tenten al opgezet.”", ["Heddeghem"]),
    ("“De Brabandere bracht de drank mee.”", ["Brabandere"]),
    ("“Vandermeiren vertelde over de speelpleinwerking. Van Oudenhove vulde aan.”",
     ["Vandermeiren", "Oudenhove"]),
    ("“Van den Abeele belde om zeven uur om te zeggen dat de bus vertraging had.”", ["Abeele"]),
    ("“Van Laethem vond het de beste editie ooit.”", ["Laethem"]),
    ("“Ter Beke las het verslag voor.”", ["Beke"]),
    ("“Van Hecke nam de foto's, Van Kerrebroeck de video.”", ["Hecke", "Kerrebroeck"]),
    ("“Het regende. Van Ryckeghem bleef toch buiten spelen met de kleinsten.”", ["Ryckeghem"]),
    # (7) a particle surname that is a word, in capitals -- 9
    ("“Met dank aan MIRA DE BRUIN voor de decor.”", ["MIRA", "BRUIN"]),
    ("Organisatie: JOOST VAN DE MOLEN en NELE DE KREEFT", ["JOOST", "MOLEN", "NELE", "KREEFT"]),
    ("“LAURIS DE WOLF heeft het hele weekend gekookt.”", ["LAURIS", "WOLF"]),
    ("“Ik sprak met ANNELORE DE ZWART over de begroting.”", ["ANNELORE", "ZWART"]),
    ("“TEUN VAN DER MEER deed de presentatie.”", ["TEUN", "MEER"]),
    ("“Bedankt aan JENTE DE KONING en WOUTER VAN DE KAMP!”", ["JENTE", "KONING", "WOUTER", "KAMP"]),
    ("Contactpersoon: FEMKE DE GROOT", ["FEMKE", "GROOT"]),
    ("“RUBEN DE BOER vroeg om meer geld voor het materiaal.”", ["RUBEN", "BOER"]),
    ("“Volgens DORIEN VAN DIJK is de jeugdraad te oud.”", ["DORIEN", "DIJK"]),
    # (8) two unlisted first names joined by "&", alone on a line or as a sign-off -- 10
    ("Groetjes,\nDauren & Aruzhan", ["Dauren", "Aruzhan"]),
    ("Tot volgende week!\nAyomide & Ifeoluwa", ["Ayomide", "Ifeoluwa"]),
    ("Olzhas & Dariga", ["Olzhas", "Dariga"]),
    ("Bedankt voor jullie komst!\n\nTamuna & Lasha", ["Tamuna", "Lasha"]),
    ("Liefs,\nKeoni & Mahina", ["Keoni", "Mahina"]),
    ("Het kamp was fantastisch.\nEirlys & Iolo", ["Eirlys", "Iolo"]),
    ("Groeten uit het kamphuis\nRuslana & Yaroslav", ["Ruslana", "Yaroslav"]),
    ("Nodira & Jasur\n(leiding van de rakkers)", ["Nodira", "Jasur"]),
    ("Groetjes, Obiageli & Chukwudi", ["Obiageli", "Chukwudi"]),
    ("Dikke merci aan iedereen!\nRagnhild & Torleif", ["Ragnhild", "Torleif"]),
]

KEEP: list[tuple[str, list[str]]] = [
    # (1) two capitalised words in a subject's slot that are no person -- 8
    ("“Groene Zorg brengt de soep mee, zei de voorzitter.”", ["Groene Zorg"]),
    ("“Open Kamp zorgt zaterdag voor de muziek.”", ["Open Kamp"]),
    ("“Rode Kruis heeft de EHBO-post bemand.”", ["Rode Kruis"]),
    ("“Volgens Oxfam Wereldwinkel moeten we fairtrade kopen.”", ["Oxfam Wereldwinkel"]),
    ("“Vrije Tijd Waregem vertelde over hun zomerwerking.”", ["Vrije Tijd Waregem"]),
    ("“Stad Lokeren heeft de tenten betaald.”", ["Stad Lokeren"]),
    ("“Jong Groen stelde voor om met de fiets te komen.”", ["Jong Groen"]),
    ("“Natuurpunt Kempen zei dat het bos gesloten is.”", ["Natuurpunt Kempen"]),
    # (2) Dutch sentences in capitals, organisations and places in them -- 10
    ("“WE GAAN NAAR DE SPEELPLEINWERKING IN HOBOKEN”", ["HOBOKEN"]),
    ("“LEVE DE CHIRO!!!”", ["CHIRO"]),
    ("“IEDEREEN WELKOM IN JEUGDHUIS DE KOMEET”", ["JEUGDHUIS", "KOMEET"]),
    ("“WAAR IS DE SLEUTEL VAN HET LOKAAL?”", ["SLEUTEL", "LOKAAL"]),
    ("“DIT WAS HET BESTE WEEKEND OOIT”", ["BESTE", "WEEKEND"]),
    ("“MERCI AAN DE KSA EN DE GEMEENTE BORNEM”", ["KSA", "BORNEM"]),
    ("“ALLES STAAT KLAAR IN ZAAL ROZENBERG”", ["ZAAL", "ROZENBERG"]),
    ("“WIE RIJDT ER MEE NAAR TURNHOUT?”", ["TURNHOUT"]),
    ("“VANAVOND KAMPVUUR OP HET GROTE PLEIN”", ["KAMPVUUR", "PLEIN"]),
    ("“PROFICIAT AAN DE JEUGDRAAD VAN OUDENBURG”", ["JEUGDRAAD", "OUDENBURG"]),
    # (3) "DM" / "dm" as Dutch chat abbreviations, "ask"/"@" with no person -- 10
    ("de DM's van de groep staan open, stuur gerust", ["DM's"]),
    ("stuur me een dm als je mee wil", ["dm"]),
    ("DM ons op Instagram voor meer info", ["DM", "Instagram"]),
    ("dm voor info over het kamp", ["dm", "info"]),
    ("zet het in de DM-groep aub", ["DM-groep"]),
    ("ask the organisers, zij weten het", ["organisers"]),
    ("als je twijfelt, ask around op de fuif", ["around"]),
    ("DM me als je vragen hebt over Spotify", ["DM", "Spotify"]),
    ("ik zag het in de DM van Snapchat", ["DM", "Snapchat"]),
    ("ask for help bij het onthaal in Leuven", ["help", "Leuven"]),
    # (4) capitals first, then a capitalised word: organisations, brands, places -- 8
    ("“KBC Bank sponsort het kamp dit jaar.”", ["KBC", "Bank"]),
    ("“We kregen korting bij IKEA Gent.”", ["IKEA", "Gent"]),
    ("“VRT Nieuws kwam filmen op het speelplein.”", ["VRT", "Nieuws"]),
    ("“UNICEF Belgium gaf een workshop over kinderrechten.”", ["UNICEF", "Belgium"]),
    ("“HEMA Tongeren schonk de prijzen.”", ["HEMA", "Tongeren"]),
    ("“We sliepen in het JOC Eeklo.”", ["JOC", "Eeklo"]),
    ("“LEGO House in Billund was een droom.”", ["LEGO", "House", "Billund"]),
    ("“De NMBS Lijn naar Gent had vertraging.”", ["NMBS", "Gent"]),
    # (5) capitals after "en" in a sign-off that are no persons -- 6
    ("Groetjes van de KSA en KLJ", ["KSA", "KLJ"]),
    ("Groeten van JNM en VVKSM", ["JNM", "VVKSM"]),
    ("Groetjes van de leiding en de VZW", ["VZW"]),
    ("Liefs, de CHIRO en de KAJ", ["CHIRO", "KAJ"]),
    ("Groetjes van het OCMW en het JAC", ["OCMW", "JAC"]),
    ("Groetjes van GENT en LIER", ["GENT", "LIER"]),
    # (6) "Van ... naar/tot ..." and other sentences opening with "Van" / "De" -- 8
    ("“Van Kortrijk tot Oostende reden we met de fiets.”", ["Kortrijk", "Oostende"]),
    ("“Van maandag tot vrijdag is het speelplein open.”", ["maandag", "vrijdag"]),
    ("“Van Leuven naar Tienen is het nog een uur.”", ["Leuven", "Tienen"]),
    ("“Van harte bedankt aan alle vrijwilligers.”", ["harte"]),
    ("“Van Aalst reden we terug naar Ninove.”", ["Aalst", "Ninove"]),
    ("“De Lijn reed zelf niet op zondag.”", ["Lijn"]),
    ("“Van Gogh was het thema van het knutselatelier.”", ["Gogh"]),
    ("“Van Halen speelde de hele nacht in de bus.”", ["Halen"]),
    # (7) capitals with a particle and a word that are no persons -- 8
    ("“Het thema was DE GROTE OVERSTEEK.”", ["GROTE", "OVERSTEEK"]),
    ("“We speelden in CAFE DE WITTE ROOS.”", ["WITTE", "ROOS"]),
    ("“JEUGDHUIS DE ZWARTE KAT is gesloten.”", ["ZWARTE", "KAT"]),
    ("“Het spel heette VAN DE REGEN IN DE DRUP.”", ["REGEN", "DRUP"]),
    ("“SPEELPLEIN DE WILDE WEIDE is open.”", ["WILDE", "WEIDE"]),
    ("“We zongen LEVE DE KONING!”", ["KONING"]),
    ("“Thema: HET BOS VAN DE VOS”", ["BOS", "VOS"]),
    ("“Locatie: DE OUDE MOLEN, Tielt”", ["OUDE", "MOLEN", "Tielt"]),
    # (8) "&" names of organisations and brands alone on a line or as a sign-off -- 8
    ("Groetjes,\nSport & Spel", ["Sport", "Spel"]),
    ("Tot volgende week!\nKunst & Cultuur", ["Kunst", "Cultuur"]),
    ("Natuur & Bos", ["Natuur", "Bos"]),
    ("Bedankt voor jullie komst!\n\nVorming & Vrije Tijd", ["Vorming", "Vrije", "Tijd"]),
    ("Het ijs kwam van\nBen & Jerry's", ["Ben", "Jerry's"]),
    ("Groeten uit het kamphuis\nBed & Breakfast De Heide", ["Bed", "Breakfast", "Heide"]),
    ("Liefs,\nJeugd & Vrede", ["Jeugd", "Vrede"]),
    ("Met steun van\nLotto & Sportwerk", ["Lotto", "Sportwerk"]),
]

CLASSES = "1" * 14 + "2" * 10 + "3" * 12 + "4" * 10 + "5" * 8 + "6" * 10 + "7" * 9 + "8" * 10
KEEP_CLASSES = "1" * 8 + "2" * 10 + "3" * 10 + "4" * 8 + "5" * 6 + "6" * 8 + "7" * 8 + "8" * 8

#: Cases also built through ``perskamer build`` (one of each class, by index).
BUILD = [0, 16, 26, 36, 46, 54, 66, 76]
BUILD_KEEP = [1, 10, 19, 29, 36, 43, 52, 60]

_REPORT = """---
title: "Een avond over vrijwilligers"
date: 2026-11-21
session: "Ronde 3 - zaal Leie"
reporter: "Redactie"
---

## Wat er is gebeurd in de sessie? Wat hebben jullie gedaan/gehoord/beleefd? Omschrijf in 5 a 10 zinnen

Een avond over de jeugdraad en het vrijwilligerswerk.

## Interessante quote(s) uit de sessie

{quote}
"""


def run_build(text: str) -> str:
    """Every published file of a one-report md workspace whose quotes answer is ``text``, as one
    text (html entities unescaped)."""
    return anonbatch.built_text(_REPORT, "001_avond.md", text)


def build_items_lost(text: str, items: list[str]) -> list[str]:
    return anonbatch.build_items_lost(run_build, text, items)


assert len(CLASSES) == len(PERSON), (len(CLASSES), len(PERSON))
assert len(KEEP_CLASSES) == len(KEEP), (len(KEEP_CLASSES), len(KEEP))

if __name__ == "__main__":
    import sys

    anonbatch.score(sys.modules[__name__], show="--show" in sys.argv, build="--no-build" not in sys.argv)
