"""Session 22 (s22-names, issue 11): the name CLASSES attack A21 still leaks, as classes -- (1) lists
of people in one line or wrapped (inline rankings "1) X 2) Y", continuations "Tweede: Y.", rosters
and credits whose items wrap over lines), (2) two words that form a name shape in a person slot
(after a group word "het team/de groep van", after "naar", "tegen", "welkom (terug)", in a
citation), also when both words are words or the surname is a compound, (3) vocatives, greetings
and speaker labels that are words ("Linde, waar ...?", "Proficiat Wilg", "Juni:" in a chat whose
lines are speaker-labelled), in plain, lower case, ALL CAPS and reversed order. A FROZEN batch.

Written by s22-names on 7 December 2026, 10:06-10:08 UTC (by `date`), BEFORE reading any rule of these classes
(only the prompt, the brief and the batch helpers of sessions 18 and 21 were read). Names and
organisations are invented (many origins: Dutch, Flemish, Moroccan, Turkish, Surinamese, Korean,
Chinese, Vietnamese, Polish, Ghanaian, Nigerian, Somali, Eritrean, Brazilian, Kurdish, Ukrainian,
Indian, Finnish, Irish); every name part was checked (whole word, case-insensitive) against
``tests/`` (other files), ``bench/data/``, ``bench/attack/`` and ``/work/shared/`` and replaced
where it occurred, except the names that are words and the short names (the class itself). The
look-alike items are words, organisations, teams, places and months in the same frames.

``PERSON``: ``(path, text, name parts that must go)``; ``KEEP``: ``(path, text, items that must
stay)``. ``path`` is ``"caption"`` or ``"section"`` (see session 18's helpers). Every case also
runs as bare text (``anonymise_text``). Names case-insensitively, items case-sensitively and by
count. ``PYTHONPATH=tests python tests/anonymise_s22_name_class_cases.py [--show]``.
"""

from __future__ import annotations

import anonymise_s18_name_class_cases as _s18
from anonymise_s18_name_class_cases import items_lost, names_left, run_path, run_text  # noqa: F401

PERSON: list[tuple[str, str, list[str]]] = [
    # (1a) inline rankings and numbered lists in one line
    ("section", "Uitslag van de quiz: 1) Wilg Dorrestijnx 2) Maewenna 3) Oskarijn Vleugelsbeek",
     ["Wilg", "Dorrestijnx", "Maewenna", "Oskarijn", "Vleugelsbeek"]),
    ("section", "Podium van de zeepkistenrace: 1. Tjallingko 2. Ha-rim Byeonsook 3. Linde",
     ["Tjallingko", "Ha-rim", "Byeonsook", "Linde"]),
    ("section", "“De winnaars waren 1) Abdelkrimo 2) Dauw en 3) Szymkowiakka, proficiat!”",
     ["Abdelkrimo", "Dauw", "Szymkowiakka"]),
    ("section", "Eindklassement: (1) Yeseniara Carvalhedo (2) Mus Terpstraal (3) Ikechukwuna",
     ["Yeseniara", "Carvalhedo", "Mus", "Terpstraal", "Ikechukwuna"]),
    ("section", "Kampioenen pingpong 1) kwamena-osei 2) bram 3) lidewijke", ["kwamena-osei", "bram", "lidewijke"]),
    ("section", "TOP 3 VAN DE DANSWEDSTRIJD: 1) NAIMOENA EL OUAZZANIA 2) HERT 3) JOLIENA VERSTRAETS",
     ["Naimoena", "Ouazzania", "Hert", "Joliena", "Verstraets"]),
    ("section", "Stand na ronde twee: 1) Lưu Quoc Thuanh, 2) Rayanna, 3) Storm Wijnkoopers.",
     ["Lưu", "Thuanh", "Rayanna", "Storm", "Wijnkoopers"]),
    ("caption", "Op het podium: 1) Semra Yıldıztepe 2) Bloem 3) Ruairdhán Ó Cathasaigh",
     ["Semra", "Yıldıztepe", "Bloem", "Ruairdhán", "Cathasaigh"]),
    # (1b) continuations "Eerste: X. Tweede: Y."
    ("section", "Eerste werd Wessel-Toon Hoogkarspel. Tweede: Dewantira Ramkhelawansing. Derde: Vlam.",
     ["Wessel-Toon", "Hoogkarspel", "Dewantira", "Ramkhelawansing", "Vlam"]),
    ("section", "Eerste prijs: Yordanoswit Tesfazghiabher. Tweede prijs: Kees-Willem. Derde prijs: Haan.",
     ["Yordanoswit", "Tesfazghiabher", "Kees-Willem", "Haan"]),
    ("section", "Winnaar: Maan Oudekerkhof. Tweede: Jae-seok. Derde: Bilalito Amrani-Rifi.",
     ["Maan", "Oudekerkhof", "Jae-seok", "Bilalito", "Amrani-Rifi"]),
    ("section", "Op één: Sterrelien. Op twee: Harutsugu Kobayashiro. Op drie: Lente.",
     ["Sterrelien", "Harutsugu", "Kobayashiro", "Lente"]),
    ("section", "winnaar: fenneke-lot de kroonbeek. tweede: oluwaseyitan. derde: mees",
     ["fenneke-lot", "kroonbeek", "oluwaseyitan", "mees"]),
    ("section", "Eerste plaats ging naar Berzanî Zêrînkirî, tweede naar Mirabeth Hollanderink.",
     ["Berzanî", "Zêrînkirî", "Mirabeth", "Hollanderink"]),
    # (1c) wrapped items and credits over lines
    ("section", "Foto's door Annelotte\nSchuitemakers, tekst door Kofiwa\nAmponsah-Dankwa.",
     ["Annelotte", "Schuitemakers", "Kofiwa", "Amponsah-Dankwa"]),
    ("section", "Met dank aan Tiagonel\nBezerra Lindoso en aan Mariuszek\nKowalczykow voor het vervoer.",
     ["Tiagonel", "Bezerra", "Lindoso", "Mariuszek", "Kowalczykow"]),
    ("section", "Het verslag werd geschreven door Hamdiyo\nAbdiwaaxid Warsamé, de foto's\nnam Pientje-Lot Dekkerhuis.",
     ["Hamdiyo", "Abdiwaaxid", "Warsamé", "Pientje-Lot", "Dekkerhuis"]),
    ("section", "Presentatie: Ouafae\nBenjelloun-Idrissi\nTechniek: Roos\nvan Ommerenk",
     ["Ouafae", "Benjelloun-Idrissi", "Roos", "Ommerenk"]),
    ("caption", "Foto: Vanja\nPetrovičová-Lind", ["Vanja", "Petrovičová-Lind"]),
    ("section", "Leiding dit jaar: Maarten-Jan Okkersen, Priyadevika\nSewbalaksing, Zon Huibregtse en\nDaan-Wouter.",
     ["Maarten-Jan", "Okkersen", "Priyadevika", "Sewbalaksing", "Zon", "Huibregtse", "Daan-Wouter"]),
    ("section", "georganiseerd door hannelijn\nvisschertje en bo\nvan lierderveld", ["hannelijn", "visschertje", "bo", "lierderveld"]),
    # (1d) lists of people in one line with names that are words
    ("section", "Aanwezig waren Linde, Wilg, Dauw, Mus en Roosje-Marit.", ["Linde", "Wilg", "Dauw", "Mus", "Roosje-Marit"]),
    ("section", "In de kookploeg zaten Vink Bosschaart, Hert Sandersma en Maan.",
     ["Vink", "Bosschaart", "Hert", "Sandersma", "Maan"]),
    ("section", "De leiding: Storm, Kraai, Zwaluw-Anne en Gijsbrechtje.", ["Storm", "Kraai", "Zwaluw-Anne", "Gijsbrechtje"]),
    # (2a) a group word before two word-names
    ("section", "“Het team van Bram Visser heeft de tenten opgezet.”", ["Bram", "Visser"]),
    ("section", "“De ploeg van Linde Bakker won de zeskamp.”", ["Linde", "Bakker"]),
    ("section", "“De groep van Storm de Haan kookte voor iedereen.”", ["Storm", "Haan"]),
    ("section", "“het team van merel smit deed de afwas”", ["merel", "smit"]),
    ("section", "“De vrienden van Dauw Molenaarsz kwamen ook helpen.”", ["Dauw", "Molenaarsz"]),
    ("section", "“Het groepje van Seo-yul Baekhwa zong het kampvuurlied.”", ["Seo-yul", "Baekhwa"]),
    ("section", "“De klas van Kiran Ramsaransing-Dwarka maakte de affiches.”", ["Kiran", "Ramsaransing-Dwarka"]),
    ("section", "“HET TEAM VAN WILG KOSTER WAS HET SNELST!”", ["Wilg", "Koster"]),
    ("section", "“De patrouille van Zon van der Brug vond de schat.”", ["Zon", "Brug"]),
    ("section", "“Het bandje van Mus Kroon speelde tot middernacht.”", ["Mus", "Kroon"]),
    ("section", "“De ploeg van Esrayel Kılıçarslan-Demir had de meeste punten.”", ["Esrayel", "Kılıçarslan-Demir"]),
    ("section", "“Het team van Ji-hwan Na bouwde een vlot.”", ["Ji-hwan", "Na"]),
    # (2b) "naar" as a person slot
    ("section", "“De prijs gaat naar Linde Vos!”", ["Linde", "Vos"]),
    ("section", "“Ik ging naar Bram en vroeg of hij mee wou.”", ["Bram"]),
    ("section", "“Stuur het verslag naar Hoop Everaertsz, zij zet het online.”", ["Hoop", "Everaertsz"]),
    ("section", "“De beker ging naar Wilg de Wolf.”", ["Wilg", "Wolf"]),
    ("section", "“de trofee gaat naar dauw bakker”", ["dauw", "bakker"]),
    ("section", "“Ga maar naar Kwabenyo Ofori-Atta, hij heeft de sleutels.”", ["Kwabenyo", "Ofori-Atta"]),
    ("section", "“EN DE MEDAILLE GAAT NAAR STORM VISSCHER!”", ["Storm", "Visscher"]),
    ("section", "“Een dikke merci gaat naar Thuyen Ngatlinh voor de soep.”", ["Thuyen", "Ngatlinh"]),
    ("section", "“Ik stapte naar Merel toe en vroeg het haar gewoon.”", ["Merel"]),
    ("section", "“De vragen mogen naar Olesyanka Hrytsenkova of naar Maan.”", ["Olesyanka", "Hrytsenkova", "Maan"]),
    # (2c) "tegen" as a person slot, also in lower case
    ("section", "“zeg tegen linde bakker dat ze de sleutel meebrengt”", ["linde", "bakker"]),
    ("section", "“Zeg maar tegen Bram de Kok dat het eten klaar is.”", ["Bram", "Kok"]),
    ("section", "“ik heb tegen wilg gezegd dat het niet kon”", ["wilg"]),
    ("section", "“Ze zei tegen Hoop Smidt: doe dat niet.”", ["Hoop", "Smidt"]),
    ("section", "“zeg tegen dae-hyun kang dat de bus vertrekt”", ["dae-hyun", "kang"]),
    ("section", "“vraag het aan mus terpstrama of aan storm”", ["mus", "terpstrama", "storm"]),
    ("section", "“Ik sprak tegen Shantiwatie Jagessarsingh over het budget.”", ["Shantiwatie", "Jagessarsingh"]),
    ("section", "“ZEG TEGEN DAUW VISSER DAT HIJ MOET KOMEN”", ["Dauw", "Visser"]),
    # (2d) citations whose first name is a word
    ("section", "“Zoals Linde Bakker (2019) schreef: spelen is leren.”", ["Linde", "Bakker"]),
    ("section", "Bron: Storm, M. & Haan, W. (2021). Jeugdwerk in de stad.", ["Storm", "Haan"]),
    ("section", "Volgens Hoop de Vries (2020, p. 12) is vrije tijd een recht.", ["Hoop", "Vries"]),
    ("section", "(Wilg & Dauwsma, 2018)", ["Wilg", "Dauwsma"]),
    ("section", "Uit: Mus Kroonenberg, ‘Kamperen met kinderen’, 2017.", ["Mus", "Kroonenberg"]),
    ("section", "Zie ook Bloem en Visser (2015) over vrijwilligers.", ["Bloem", "Visser"]),
    ("section", "Citaat uit het boek van Maan Ferwerda-Kok (2022).", ["Maan", "Ferwerda-Kok"]),
    ("section", "Adetokunboye Olatunjide (2016) toonde aan dat jongeren meer bewegen.", ["Adetokunboye", "Olatunjide"]),
    # (2e) welkom (terug)
    ("section", "“Welkom terug Linde Bakker!”", ["Linde", "Bakker"]),
    ("section", "“WELKOM TERUG BRAM VISSER”", ["Bram", "Visser"]),
    ("section", "“Welkom Storm en Wilg, fijn dat jullie er zijn.”", ["Storm", "Wilg"]),
    ("section", "“welkom terug dauw, we hebben je gemist”", ["dauw"]),
    ("section", "“Welkom aan onze nieuwe leider Hoop Verbekeghem!”", ["Hoop", "Verbekeghem"]),
    ("section", "“WELKOM MIN-SEOL YEOM EN KAANBERK ÖZTÜRKOĞLU!”", ["Min-seol", "Yeom", "Kaanberk", "Öztürkoğlu"]),
    ("section", "“Welkom terug, Mus Terhorst!”", ["Mus", "Terhorst"]),
    ("section", "“Een warm welkom voor Hodanay Xirsi-Guuleed.”", ["Hodanay", "Xirsi-Guuleed"]),
    # (2f) a sentence-initial "X Y <verb>" with a compound surname or word-names
    ("section", "“Linde Bakker-de Vos typt het verslag.”", ["Linde", "Bakker-de", "Vos"]),
    ("section", "“Storm Visser typt snel.”", ["Storm", "Visser"]),
    ("section", "“Wilg Ramdin-Sewnath belt de ouders.”", ["Wilg", "Ramdin-Sewnath"]),
    ("section", "“Maan Hoekstra-Dijkman schreef het draaiboek.”", ["Maan", "Hoekstra-Dijkman"]),
    ("section", "“Hoop Kok regelt de bus.”", ["Hoop", "Kok"]),
    ("section", "“Bram Mol kookte spaghetti voor zestig man.”", ["Bram", "Mol"]),
    # (2g) reverse order and ALL CAPS in a slot
    ("section", "“Het team van Bakker Linde won.”", ["Bakker", "Linde"]),
    ("section", "Deelnemer: VISSER Bram, groep 3.", ["Visser", "Bram"]),
    ("section", "“ZEG TEGEN STORM DAT HET ETEN KLAAR IS”", ["Storm"]),
    # (3a) vocatives without a you-clause
    ("section", "“Linde, waar ligt de hamer?”", ["Linde"]),
    ("section", "“Wilg, breng de borden naar de keuken.”", ["Wilg"]),
    ("section", "“Dauw, hoe laat vertrekt de bus?”", ["Dauw"]),
    ("section", "“Mus, zet de muziek wat zachter!”", ["Mus"]),
    ("section", "“maan, waar zijn de sleutels?”", ["maan"]),
    ("section", "“STORM, KOM HIER!”", ["Storm"]),
    ("section", "“Bram, wanneer begint de quiz?”", ["Bram"]),
    ("section", "“Hoop, pak even de EHBO-koffer.”", ["Hoop"]),
    ("section", "“Oké Vink, wat doen we nu?”", ["Vink"]),
    ("section", "“Zeg Haan, heb jij de tent gezien?”", ["Haan"]),
    # (3b) greetings and idioms next to names
    ("section", "“Proficiat Wilg!”", ["Wilg"]),
    ("section", "“Gefeliciteerd Linde, je hebt het gehaald!”", ["Linde"]),
    ("section", "“Succes Dauw met je examens!”", ["Dauw"]),
    ("section", "“Dikke merci Mus voor de taart!”", ["Mus"]),
    ("section", "“Proficiat Storm Visser met je diploma!”", ["Storm", "Visser"]),
    ("section", "“Goed gedaan Bram!”", ["Bram"]),
    ("section", "“Hoera voor Maan, zij is jarig!”", ["Maan"]),
    ("section", "“Bedankt Hoop, zonder jou was het niet gelukt.”", ["Hoop"]),
    ("section", "“PROFICIAT LINDE!!”", ["Linde"]),
    ("section", "“veel geluk vink!”", ["vink"]),
    ("section", "“Sterkte Kraai, we denken aan je.”", ["Kraai"]),
    ("section", "“Chapeau Haan, wat een prestatie.”", ["Haan"]),
    # (3c) chants whose name is a word
    ("section", "“HUP WILG HUP!”", ["Wilg"]),
    ("section", "“Storm! Storm! Storm!”", ["Storm"]),
    ("section", "“Hieperdepiep hoera voor Dauw!”", ["Dauw"]),
    ("section", "“Lang zal Linde leven!”", ["Linde"]),
    ("section", "“Wie is de beste? BRAM! Wie is de liefste? BRAM!”", ["Bram"]),
    # (3d) speaker labels that are months or words in a speaker-labelled chat
    ("section", "Juni: wie brengt de tenten mee?\nKaoutaria: ik!\nJuni: top", ["Juni", "Kaoutaria"]),
    ("section", "Maart: is de bus geboekt?\nMehmetcanay: ja, om acht uur\nMaart: super", ["Maart", "Mehmetcanay"]),
    ("section", "Storm: ik ben er om 9u\nLinde: ik ook\nStorm: oké", ["Storm", "Linde"]),
    ("section", "[20:01] April: wie heeft de sleutel?\n[20:02] Dauw: ik\n[20:03] April: dank je", ["April", "Dauw"]),
    ("section", "mei: komen jullie ook?\nwilg: ja hoor\nmei: leuk", ["mei", "wilg"]),
    ("section", "Augustus: ik neem de gitaar mee\nHye-jin: ik de marshmallows", ["Augustus", "Hye-jin"]),
    ("section", "Hoop: hebben we genoeg borden?\nMus: nee\nHoop: ik koop er bij", ["Hoop", "Mus"]),
]

KEEP: list[tuple[str, str, list[str]]] = [
    # (1a) rankings of teams, places and things
    ("section", "Uitslag van de quiz: 1) De Spoorzoekers 2) Chiro Elsegem 3) KLJ Oudegem",
     ["Spoorzoekers", "Chiro Elsegem", "KLJ Oudegem"]),
    ("section", "Populairste bestemmingen: 1) Brugge 2) Durbuy 3) Texel", ["Brugge", "Durbuy", "Texel"]),
    ("section", "Favoriete spelen: 1) Stratego 2) Weerwolven 3) Kubb", ["Stratego", "Weerwolven", "Kubb"]),
    ("section", "Eerste werd Scouts Lokeren. Tweede: Chiro Zele. Derde: KSA Wetteren.",
     ["Scouts Lokeren", "Chiro Zele", "KSA Wetteren"]),
    ("section", "Eerste prijs: een fiets. Tweede prijs: een tent. Derde prijs: een rugzak.", ["fiets", "tent", "rugzak"]),
    ("section", "Winnaar: Jeugdhuis De Kelder. Tweede: Jeugdraad Hamme.", ["Jeugdhuis De Kelder", "Jeugdraad Hamme"]),
    ("section", "TOP 3 BESTEMMINGEN: 1) ARDENNEN 2) ZEELAND 3) LIMBURG", ["ARDENNEN", "ZEELAND", "LIMBURG"]),
    ("section", "Stand na ronde twee: 1) Team Zon, 2) Team Maan, 3) Team Storm.", ["Zon", "Maan", "Storm"]),
    # (1c) partners and wrapped organisation names
    ("section", "Met dank aan Jeugdraad\nBerlare en aan Chiro\nKalken voor het vervoer.", ["Berlare", "Kalken"]),
    ("section", "Partners: Stad Aalst, Provincie\nOost-Vlaanderen, Vormingplus en\nJeugddienst Lede.",
     ["Stad Aalst", "Oost-Vlaanderen", "Vormingplus", "Jeugddienst Lede"]),
    ("section", "Foto's door de jeugddienst van\nWichelen, tekst door de redactie.", ["Wichelen"]),
    ("section", "Aanwezig waren Chiro Serskamp, KSA Schellebelle en Scouts Wetteren.",
     ["Chiro Serskamp", "KSA Schellebelle", "Scouts Wetteren"]),
    # (2a) group words before organisations and places
    ("section", "“Het team van Jeugdwerk Gent heeft de tenten opgezet.”", ["Jeugdwerk Gent"]),
    ("section", "“De ploeg van Sint-Niklaas won de zeskamp.”", ["Sint-Niklaas"]),
    ("section", "“Het team van De Ark deed de afwas.”", ["De Ark"]),
    ("section", "“De groep van Chiro Hamme kookte voor iedereen.”", ["Chiro Hamme"]),
    ("section", "“Het team van Rode Kruis Vlaanderen gaf een EHBO-les.”", ["Rode Kruis Vlaanderen"]),
    ("section", "“De jeugdwerkers van Stad Mechelen kwamen ook helpen.”", ["Stad Mechelen"]),
    # (2b) naar places
    ("section", "“We gaan naar Brugge met de trein.”", ["Brugge"]),
    ("section", "“De prijs gaat naar Jeugdhuis Tuimel!”", ["Jeugdhuis Tuimel"]),
    ("section", "“Ik ging naar Oostende en zag de zee.”", ["Oostende"]),
    ("section", "“De trip gaat naar Den Bosch.”", ["Den Bosch"]),
    ("section", "“De opbrengst gaat naar Kom op tegen Kanker.”", ["Kom op tegen Kanker"]),
    ("section", "“we fietsten naar hoeilaart en terug”", ["hoeilaart"]),
    ("section", "“Stuur het verslag naar de Jeugdraad, die zet het online.”", ["Jeugdraad"]),
    ("section", "“De beker ging naar KSA Nieuwpoort.”", ["KSA Nieuwpoort"]),
    # (2c) tegen things
    ("section", "“We speelden tegen Chiro Lede en wonnen.”", ["Chiro Lede"]),
    ("section", "“zeg tegen de leiding dat de bus vertrekt”", ["leiding"]),
    ("section", "“We voetbalden tegen Anderlecht.”", ["Anderlecht"]),
    ("section", "“Ik ben tegen het plan van de gemeente.”", ["gemeente"]),
    # (2d) citations of organisations
    ("section", "Bron: Vlaamse Jeugdraad (2021). Jeugdwerk in de stad.", ["Vlaamse Jeugdraad"]),
    ("section", "Volgens Statbel (2020) wonen er meer jongeren in Gent.", ["Statbel", "Gent"]),
    ("section", "(Unicef, 2018)", ["Unicef"]),
    # (2e) welkom places and groups
    ("section", "“Welkom terug in Brugge!”", ["Brugge"]),
    ("section", "“WELKOM IN JEUGDHUIS DE KROEG”", ["JEUGDHUIS", "KROEG"]),
    ("section", "“Welkom Chiro Temse en KSA Bazel!”", ["Chiro Temse", "KSA Bazel"]),
    ("section", "“Welkom op het Zomerfeest in Lokeren!”", ["Zomerfeest", "Lokeren"]),
    # (2f) sentence-initial organisations
    ("section", "“Stad Gent betaalt de bus.”", ["Stad Gent"]),
    ("section", "“Jeugdhuis Elckerlyc regelt de fuif.”", ["Jeugdhuis Elckerlyc"]),
    # (3a) words before a comma opening a question or an imperative
    ("section", "“Storm, regen en wind: waar blijft de zon?”", ["Storm"]),
    ("section", "“Brugge, waar ligt dat eigenlijk?”", ["Brugge"]),
    ("section", "“Jongens, breng de borden naar de keuken.”", ["Jongens"]),
    ("section", "“Oké allemaal, wat doen we nu?”", ["allemaal"]),
    ("section", "“Zeg Gent, zijn jullie er klaar voor?”", ["Gent"]),
    # (3b) greetings to groups and idioms with words
    ("section", "“Proficiat Chiro Moerzeke!”", ["Chiro Moerzeke"]),
    ("section", "“Gefeliciteerd Jeugdraad Zele met jullie 25 jaar!”", ["Jeugdraad Zele"]),
    ("section", "“Succes met de examens!”", ["examens"]),
    ("section", "“Bedankt Stad Dendermonde voor de steun.”", ["Stad Dendermonde"]),
    ("section", "“Hoera voor de kookploeg!”", ["kookploeg"]),
    ("section", "“Goed gedaan KSA Grembergen!”", ["KSA Grembergen"]),
    # (3c) chants of teams and places
    ("section", "“HUP ANDERLECHT HUP!”", ["ANDERLECHT"]),
    ("section", "“Lokeren! Lokeren! Lokeren!”", ["Lokeren"]),
    ("section", "“Wie is de beste? ZELE! Wie is de liefste? ZELE!”", ["ZELE"]),
    # (3d) month labels in an agenda (not a chat) and words as labels
    ("section", "Juni: kamp in Hoeilaart.\nJuli: fuif in de Kelder.\nAugustus: opruimen.", ["Juni", "Juli", "Augustus", "Hoeilaart"]),
    ("section", "Maart: vergadering in Berlare\nApril: fietstocht naar Zele", ["Maart", "April", "Berlare", "Zele"]),
    ("section", "Storm: code geel voor Oost-Vlaanderen.\nRegen: de hele dag.", ["Storm", "Oost-Vlaanderen"]),
    ("section", "“In juni gaan we naar Durbuy en in augustus naar Texel.”", ["juni", "Durbuy", "augustus", "Texel"]),
]


def misses() -> dict[str, list[int]]:
    """Index lists of the cases that fail, per run (text / report) and side (names / keep)."""
    return _s18.misses(PERSON, KEEP)


if __name__ == "__main__":
    import sys

    _s18.score(PERSON, KEEP, show="--show" in sys.argv)
