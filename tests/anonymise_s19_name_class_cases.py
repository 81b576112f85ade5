"""Session 19 (s19-names, issue 11): the name CLASSES attack A18 still leaks, as classes -- (1)
lower-case names in chat speech ("hey <naam>", "ik en <naam>", "<naam> en ik", "met <naam> gaan
we", "dankje <naam>!", "@<naam>", "zeg tegen <naam> dat", a lower-case subject before a verb),
(2) a name that is also a word as a speaker label ("Merel: ...", after a dash) and in other person
slots, (3) short East-Asian, Vietnamese and Filipino names (family name first, one-syllable parts)
and ALL-CAPS names after a dash, (4) a person's full name inside an organisation's name ("Les
Scouts de <Voornaam> <Achternaam>", "de Chiro van <Voornaam> <Achternaam>"), (5) session 18's
leftovers (a maker frame, French "Nous avons ...", "grâce à <Naam>"). A FROZEN batch.

Written by s19-names on 7 December 2026, 00:55-00:58 UTC, BEFORE reading any rule of these classes
(only the batch helpers of sessions 15-18 were read). Names and organisations are invented; every
name part was checked (whole word, case-insensitive) against ``tests/`` (other files),
``bench/data/``, ``bench/attack/`` and ``/work/shared/`` and replaced where it occurred, except the
names that are words (the class itself) and the East-Asian parts (the class itself: every
common one occurs somewhere). The look-alike items are words, organisations, places, brands and
months in the same frames.

``PERSON``: ``(path, text, name parts that must go)``; ``KEEP``: ``(path, text, items that must
stay)``. ``path`` is ``"caption"`` (a report's photo caption) or ``"section"`` (a report's quotes
section, read by the markdown quote splitter). Every case also runs as bare text
(``anonymise_text``). Names are compared case-insensitively, items case-sensitively and by count.
``PYTHONPATH=tests python tests/anonymise_s19_name_class_cases.py``.
"""

from __future__ import annotations

import anonymise_s18_name_class_cases as _s18
from anonymise_s18_name_class_cases import items_lost, names_left, run_path, run_text  # noqa: F401

PERSON: list[tuple[str, str, list[str]]] = [
    # (1) lower-case names in chat speech
    ("section", "“hey joreline, kom je morgen ook naar de vergadering?”", ["joreline"]),
    ("section", "“hey wardeltje wa doede gij vanavond”", ["wardeltje"]),
    ("section", "“hoi melvina! ben je al thuis?”", ["melvina"]),
    ("section", "“ik en tijbo hebben de tenten opgezet”", ["tijbo"]),
    ("section", "“ik en ysoria gingen samen naar de bakker”", ["ysoria"]),
    ("section", "“siegrun en ik waren de enigen die bleven”", ["siegrun"]),
    ("section", "“kobijn en ik deden de afwas, niemand anders”", ["kobijn"]),
    ("section", "“met dorieke gaan we volgende week naar zee”", ["dorieke"]),
    ("section", "“met ahmadou gaan we de quiz winnen”", ["ahmadou"]),
    ("section", "“dankje rozalie! echt super gedaan”", ["rozalie"]),
    ("section", "“dankje wel fredeswinde, zonder jou lukte het niet”", ["fredeswinde"]),
    ("section", "“merci jozemijn!! tot zaterdag”", ["jozemijn"]),
    ("section", "“@quirijntje kom je ook?”", ["quirijntje"]),
    ("section", "“@hanneloor hebde gij de sleutel van het lokaal?”", ["hanneloor"]),
    ("section", "“zeg tegen arnoudje dat hij de chips meebrengt”", ["arnoudje"]),
    ("section", "“zeg tegen mirthe-lou dat ze te laat is”", ["mirthe-lou"]),
    ("section", "“gwendolijn zei dat het kamp gecanceld was”", ["gwendolijn"]),
    ("section", "“barnoud heeft de bal weer over de muur geschoten”", ["barnoud"]),
    ("section", "“yasmijn is altijd de eerste op de vergadering”", ["yasmijn"]),
    ("section", "“ok leontiena ik zie u straks”", ["leontiena"]),
    ("section", "“joow fabrizio, wa is't”", ["fabrizio"]),
    ("section", "“sorry adelwina, ik was het vergeten”", ["adelwina"]),
    ("section", "“hey koendert en ottelijntje, waar blijven jullie?”", ["koendert", "ottelijntje"]),
    ("section", "“ik en mijn vriendin zoë-marie gingen naar huis”", ["zoë-marie"]),
    ("section", "“ik heb het aan gerlindis gevraagd maar ze wist het ook niet”", ["gerlindis"]),
    ("section", "“samen met wolfhart en annegreet de hele nacht gedanst”", ["wolfhart", "annegreet"]),
    ("section", "“tamsijn vond het de beste dag ooit”", ["tamsijn"]),
    ("section", "“haha seppe-jan ge zijt zot”", ["seppe-jan"]),
    ("section", "“hey kofiga, alles goed?”", ["kofiga"]),
    ("section", "“wacht op oyetunji-bamidele, die heeft de sleutel”", ["oyetunji-bamidele"]),
    ("section", "“lol radegonde valt altijd in slaap tijdens de film”", ["radegonde"]),
    ("section", "“dank u meinoud voor de taart”", ["meinoud"]),
    ("section", "[20:14] “vraag het aan ludovina, zij weet het”", ["ludovina"]),
    ("section", "“ik ben met hinderikje naar de cinema geweest”", ["hinderikje"]),
    # (2) names that are words: speaker labels and other person slots
    ("section", "Merel: we hebben de hele dag gespeeld in het bos.", ["Merel"]),
    ("section", "Vlinder: ik vond het kampvuur het leukst.", ["Vlinder"]),
    ("section", "Mees: de leiding was echt top dit jaar.", ["Mees"]),
    ("section", "Zomer: niemand luisterde naar mij in de raad.", ["Zomer"]),
    ("section", "Dawn: it was my first camp ever and I loved it.", ["Dawn"]),
    ("section", "Willow: the games were too long for the little ones.", ["Willow"]),
    ("section", "Ster: ik wil volgend jaar zelf leiding worden.", ["Ster"]),
    ("section", "Faith: we need more money for the tents.", ["Faith"]),
    ("section", "Bo: ik heb de hele week geen gsm gehad en het was fijn.", ["Bo"]),
    ("section", "“Ik vond het geweldig.” — Amber", ["Amber"]),
    ("section", "“Het was te koud om te slapen.” - Hazel", ["Hazel"]),
    ("section", "“We moeten meer buiten spelen.” – Linde, 14 jaar", ["Linde"]),
    ("section", "“Hey Merel, kom je ook?”", ["Merel"]),
    ("section", "“Dankjewel Lente voor de pannenkoeken!”", ["Lente"]),
    ("section", "“Ik ging samen met Vlinder naar de jeugdraad.”", ["Vlinder"]),
    ("section", "“De mama van Fleur bracht soep mee.”", ["Fleur"]),
    ("section", "“Jade, onze leidster, had alles voorbereid.”", ["Jade"]),
    ("section", "“Iris zegt dat de vergadering verplaatst is.”", ["Iris"]),
    ("section", "“Ik heb het aan Robin gevraagd en hij zei ja.”", ["Robin"]),
    ("section", "“Volgens Sunny is het kamp te duur geworden.”", ["Sunny"]),
    ("section", "“Zeg aan Vos dat hij zijn slaapzak vergeten is.”", ["Vos"]),
    ("section", "Merel - we zijn met de fiets gekomen.", ["Merel"]),
    ("section", "- Ster: de tochten waren te lang.\n- Mees: ik vond ze net goed.", ["Ster", "Mees"]),
    ("caption", "Op de foto: Merel en Vlinder bij het vlot.", ["Merel", "Vlinder"]),
    ("caption", "Zomer en Bo aan de start van de dropping.", ["Zomer", "Bo"]),
    ("section", "“Hope en ik hebben alles afgewassen.”", ["Hope"]),
    ("section", "“Ik mis Storm, hij is verhuisd naar Spanje.”", ["Storm"]),
    # (3) short East-Asian, Vietnamese and Filipino names; ALL-CAPS names after a dash
    ("section", "“Het kamp was te kort,” zegt Vo Minh Tuan.", ["Vo", "Minh", "Tuan"]),
    ("section", "“We koken elke week samen,” vertelt Pham Thi Hoa.", ["Pham", "Thi", "Hoa"]),
    ("section", "“Ik ben pas twee jaar in België.” — Dang Thu Ha", ["Dang", "Thu", "Ha"]),
    ("section", "Bui Quoc Anh: de jeugdraad luistert niet naar ons.", ["Bui", "Quoc", "Anh"]),
    ("section", "“Volgens Lu Wei moet het lokaal langer open.”", ["Lu", "Wei"]),
    ("section", "“Xu Fang en ik gaven de workshop samen.”", ["Xu", "Fang"]),
    ("section", "“De muziek was van Gao Yan, een vriend van mijn broer.”", ["Gao", "Yan"]),
    ("section", "Cao Lin: ik wil meer sport op het plein.", ["Cao", "Lin"]),
    ("section", "“Hey Ho Ngoc Mai, ben je er ook?”", ["Ngoc", "Mai"]),
    ("section", "“Ik vond het leuk,” zegt Oh Jin-seo.", ["Jin-seo"]),
    ("section", "“Het eten was lekker.” — Lim Ha-eun", ["Lim", "Ha-eun"]),
    ("section", "“Jhoanna Dimaculangan organiseerde de hele fuif.”", ["Jhoanna", "Dimaculangan"]),
    ("section", "“We zongen karaoke,” zegt Jhunrey Pangilinan.", ["Jhunrey", "Pangilinan"]),
    ("section", "Rosvinda Macaraeg: ik wil dat de fuif blijft.", ["Rosvinda", "Macaraeg"]),
    ("section", "“Bong en ik maakten de affiches.”", ["Bong"]),
    ("section", "“Het was mijn eerste keer.” — Ito Aya", ["Ito", "Aya"]),
    ("section", "“Ono Ken speelt gitaar in onze band.”", ["Ono", "Ken"]),
    ("section", "“Dank aan Fu Ming voor de foto's.”", ["Fu", "Ming"]),
    ("section", "“Ik kwam met Hu Bo en Pan Hui.”", ["Hu", "Bo", "Pan", "Hui"]),
    ("section", "“Ding Yi zei dat de bus te laat was.”", ["Ding", "Yi"]),
    ("section", "JEUGDRAAD — TRAN VAN DUC", ["Tran", "Duc"]),
    ("section", "“We willen een skatepark.” — NGUYEN THI THAO", ["Thao"]),
    ("section", "“Het was super.” — ZHANG RUI", ["Zhang", "Rui"]),
    ("section", "“De leiding was tof.” — OBAFUNMI ADEYEMO", ["Obafunmi", "Adeyemo"]),
    ("section", "VERSLAG — WOUTERIEN DECLERCQZ", ["Wouterien", "Declercqz"]),
    ("caption", "Van links naar rechts: Vo Minh Tuan, Xu Fang en Bui Quoc Anh.",
     ["Vo", "Minh", "Tuan", "Xu", "Fang", "Bui", "Quoc", "Anh"]),
    ("caption", "Lu Wei aan de kookpot.", ["Lu", "Wei"]),
    # (4) a person's full name inside an organisation's name
    ("section", "“Bij Les Scouts de Gontran Fauconnier on fait tout en français.”", ["Gontran", "Fauconnier"]),
    ("section", "« Les Guides de Gismonde Bervoetsart organisent un camp. »", ["Gismonde", "Bervoetsart"]),
    ("section", "“De Chiro van Wanneske Ooghelinck heeft het grootste lokaal.”", ["Wanneske", "Ooghelinck"]),
    ("section", "“Het team van Lieselijn Vermeulebroek won de quiz.”", ["Lieselijn", "Vermeulebroek"]),
    ("section", "“De ploeg van Ruben-Jan Steelandtje speelde vals.”", ["Ruben-Jan", "Steelandtje"]),
    ("section", "“De bende van Matthijnus Dewaeleman zat achteraan.”", ["Matthijnus", "Dewaeleman"]),
    ("section", "“Scouts Adalbert Vanhoutteweghe is een mooie naam voor een groep.”", ["Adalbert", "Vanhoutteweghe"]),
    ("section", "« L'unité de Pernelle Lambotteau est venue en bus. »", ["Pernelle", "Lambotteau"]),
    ("section", "“Het jeugdhuis van Everaldus Claeyssensbeke sluit om tien uur.”", ["Everaldus", "Claeyssensbeke"]),
    ("section", "“De groep van juf Hildewarde Maertensel deed mee.”", ["Hildewarde", "Maertensel"]),
    # (5) session 18's leftovers
    ("section", "« Nous avons parlé avec Amadis Berquinet pendant une heure. »", ["Amadis", "Berquinet"]),
    ("section", "« C'est grâce à Eulaline Dufrasnoy que le camp a eu lieu. »", ["Eulaline", "Dufrasnoy"]),
    ("section", "« Grâce à Théobald, on a eu des tentes. »", ["Théobald"]),
    ("section", "“De muurschildering is gemaakt door Kazimar Vandeputteke.”", ["Kazimar", "Vandeputteke"]),
    ("caption", "Geschilderd door Wigmund Lievensdaal en zijn groep.", ["Wigmund", "Lievensdaal"]),
    ("section", "“We hebben drie trainers: ‘Ardeen’, ‘Bernike’ en ‘Coosje’.”", ["Ardeen", "Bernike", "Coosje"]),
    ("section", "« Nous sommes allés chez Fulbert Ghysselinck pour le matériel. »", ["Fulbert", "Ghysselinck"]),
    # more of class 1 and 3 in other frames
    ("section", "“Ik vond het goed,” zegt kayleigh.", ["kayleigh"]),
    ("section", "“ja ok” - ilse-marijke", ["ilse-marijke"]),
    ("section", "joriam: wie heeft mijn jas gepakt?\nnele-anouk: ik niet!!", ["joriam", "nele-anouk"]),
    ("section", "“Thanks to Le Van An we got the hall for free.”", ["Van", "An"]),
    ("section", "“Ma Jun heeft de hele avond gekookt.”", ["Jun"]),
    ("section", "“Volgens Ly Hoang is de jeugdraad te oud.”", ["Ly", "Hoang"]),
]

KEEP: list[tuple[str, str, list[str]]] = [
    # (1) lower-case common words in the chat frames
    ("section", "“hey allemaal, de vergadering begint om acht uur”", ["allemaal", "vergadering"]),
    ("section", "“hey jongens kom je ook naar de fuif?”", ["jongens", "fuif"]),
    ("section", "“hoi iedereen! welkom op het kamp”", ["iedereen", "kamp"]),
    ("section", "“ik en mijn broer gingen naar Oostende”", ["broer", "Oostende"]),
    ("section", "“ik en de leiding zijn moe na de tocht”", ["leiding", "tocht"]),
    ("section", "“mama en ik gingen naar de markt in Tielt”", ["mama", "Tielt"]),
    ("section", "“met de bus gaan we naar Gent”", ["bus", "Gent"]),
    ("section", "“met twee gaan we de quiz winnen”", ["twee", "quiz"]),
    ("section", "“dankje wel! echt super gedaan”", ["wel", "super"]),
    ("section", "“dankje leiding voor het mooie kamp”", ["leiding", "kamp"]),
    ("section", "“merci allemaal!! tot zaterdag”", ["allemaal", "zaterdag"]),
    ("section", "“zeg tegen iedereen dat het lokaal dicht is”", ["iedereen", "lokaal"]),
    ("section", "“zeg tegen de kookploeg dat de soep koud is”", ["kookploeg", "soep"]),
    ("section", "“niemand zei dat het kamp gecanceld was”", ["niemand", "kamp"]),
    ("section", "“iedereen heeft de bal over de muur geschoten”", ["iedereen", "bal"]),
    ("section", "“ok chef ik zie u straks”", ["chef", "straks"]),
    ("section", "“sorry trouwens, ik was het vergeten”", ["trouwens", "vergeten"]),
    ("section", "“papa vond het de beste dag ooit”", ["papa", "dag"]),
    ("section", "“wacht op de bus, die komt om vijf uur”", ["bus", "vijf"]),
    ("section", "“ik heb het aan de leiding gevraagd maar ze wist het ook niet”", ["leiding"]),
    ("section", "“samen met vrienden de hele nacht gedanst”", ["vrienden", "nacht"]),
    ("section", "“haha gasten ge zijt zot”", ["gasten", "zot"]),
    ("section", "“@iedereen kom je ook naar de jeugdraad?”", ["iedereen", "jeugdraad"]),
    ("section", "“ik ben met de klas naar de cinema geweest”", ["klas", "cinema"]),
    # (2) words that are names, used as words
    ("section", "“Er zat een merel in de boom naast de tent.”", ["merel", "boom"]),
    ("section", "“De vlinder op de affiche was mooi getekend.”", ["vlinder", "affiche"]),
    ("section", "“In de zomer gaan we op kamp naar de Ardennen.”", ["zomer", "Ardennen"]),
    ("section", "“Elke ster aan de hemel leek dichterbij.”", ["ster"]),
    ("section", "“Ik kreeg een roos van de jeugdraad.”", ["roos", "jeugdraad"]),
    ("section", "“De storm blies drie tenten omver.”", ["storm", "tenten"]),
    ("section", "“We hebben amber gevonden op het strand van De Panne.”", ["amber", "De Panne"]),
    ("section", "“Een vos at de kippen van de boer op.”", ["vos", "kippen"]),
    ("section", "Vraag: wat vond je van het kamp?", ["Vraag", "kamp"]),
    ("section", "Antwoord: het was te kort.", ["Antwoord"]),
    ("section", "Zomerkamp: tien dagen in de Ardennen.", ["Zomerkamp", "Ardennen"]),
    ("section", "Tip: neem genoeg water mee.", ["Tip", "water"]),
    ("section", "“We zitten in de Lente van Jeugdwerk, een project van de stad.”", ["Lente van Jeugdwerk"]),
    ("section", "“Hope for Kids Belgium betaalde de bus.”", ["Hope for Kids Belgium"]),
    ("section", "“Ik woon in de buurt van Mechelen.”", ["Mechelen"]),
    ("section", "“De mama van Gent-Zuid kwam ook.”", ["Gent-Zuid"]),
    # (3) East-Asian places, brands, words
    ("section", "“Mijn ouders komen uit Hanoi, ik ben geboren in Antwerpen.”", ["Hanoi", "Antwerpen"]),
    ("section", "“We aten pho bij Saigon Kitchen in Brugge.”", ["Saigon Kitchen", "Brugge"]),
    ("section", "“Mijn gsm is een Xiaomi, die van mijn zus een Oppo.”", ["Xiaomi", "Oppo"]),
    ("section", "“We deden de workshop in de Hue-zaal in Leuven.”", ["Leuven"]),
    ("section", "“Ik ben naar Manila en Cebu geweest met mijn familie.”", ["Manila", "Cebu"]),
    ("section", "“De leiding reed met een Kia naar Seoul Garden in Hasselt.”", ["Kia", "Hasselt"]),
    ("section", "“Wij doen elke week Tai Chi in het jeugdhuis.”", ["Tai Chi"]),
    ("section", "“We eten ramen bij Ramen Ya in Kortrijk.”", ["Kortrijk"]),
    ("section", "“Ma zei dat ik op tijd thuis moest zijn.”", ["Ma"]),
    ("section", "“Mijn lievelingsmerk is Uniqlo.”", ["Uniqlo"]),
    ("section", "VERSLAG — JEUGDRAAD OOSTENDE", ["JEUGDRAAD", "OOSTENDE"]),
    ("section", "“Het was super.” — SAMENVATTING", ["SAMENVATTING"]),
    ("section", "THEMA — PARTICIPATIE", ["PARTICIPATIE"]),
    # (4) organisations named after places or saints
    ("section", "“Bij Les Scouts de Gembloux on fait tout en français.”", ["Les Scouts", "Gembloux"]),
    ("section", "“De Chiro van Sint-Amands heeft het grootste lokaal.”", ["Chiro", "Sint-Amands"]),
    ("section", "“Het team van Jeugdhuis De Schakel won de quiz.”", ["Jeugdhuis De Schakel"]),
    ("section", "“Scouts Sint-Pieter Aalst is een mooie naam voor een groep.”", ["Aalst"]),
    ("section", "« L'unité de Ciney est venue en bus. »", ["Ciney"]),
    ("section", "“Het jeugdhuis van Lokeren sluit om tien uur.”", ["Lokeren"]),
    # (5) session 18's leftovers
    ("section", "« Nous avons parlé avec la bourgmestre pendant une heure. »", ["Nous", "bourgmestre"]),
    ("section", "« Nous sommes allés à Dinant pour le matériel. »", ["Nous", "Dinant"]),
    ("section", "« Nous voulons un local plus grand à Mons. »", ["Nous", "Mons"]),
    ("section", "« Grâce à la Province de Namur, on a eu des tentes. »", ["Province de Namur"]),
    ("section", "“De muurschildering is gemaakt door Jeugdhuis Kaleidoscoop.”", ["Jeugdhuis Kaleidoscoop"]),
    ("caption", "Geschilderd door Voetbalclub Rood-Wit Zelzate.", ["Rood-Wit Zelzate"]),
    ("caption", "Gemaakt door de kinderen van Speelplein Zonnedauw.", ["Speelplein Zonnedauw"]),
    ("section", "“We deden drie spelen: ‘Stratego’, ‘Levend Ganzenbord’ en ‘Kampvuur’.”",
     ["Stratego", "Levend Ganzenbord", "Kampvuur"]),
]


def misses() -> dict[str, list[int]]:
    """Index lists of the cases that fail, per run (text / report) and side (names / keep)."""
    return _s18.misses(PERSON, KEEP)


if __name__ == "__main__":
    import sys

    _s18.score(PERSON, KEEP, show="--show" in sys.argv)
