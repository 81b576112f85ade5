"""Session 23 (s23-names, issue 11): the name CLASSES attack A22 still leaks, as classes -- (1) a
"Name: text" line among others of its kind (an allergy or info list, a rota "bar: X", "sleutel: X"),
(2) rankings with a sentence header and lower-case rankings, (3) posters and slogans in capitals,
(4) lower-case chat ("wie is x y", "thx x y", "ok x y komt", "bij x y"), (5) reverse "Achternaam,
Voornaam" after "voor/van/door", (6) a conversation's label lines (on the report path too). A FROZEN
batch.

Written by s23-names on 7 December 2026, 12:54-12:59 UTC, before changing any rule of these classes
(the three list modules had been read for the fold; the rules of chat, posters and the reverse order
had not). Names and organisations are invented, of many origins; the look-alike items are places,
organisations, teams, words and months in the same frames.

``PERSON``: ``(path, text, name parts that must go)``; ``KEEP``: ``(path, text, items that must
stay)``. Same shape and helpers as the batches of sessions 18-22.
``PYTHONPATH=tests python tests/anonymise_s23_name_class_cases.py [--show]``.
"""

from __future__ import annotations

import anonymise_s18_name_class_cases as _s18
from anonymise_s18_name_class_cases import items_lost, names_left, run_path, run_text  # noqa: F401

PERSON: list[tuple[str, str, list[str]]] = [
    # (1a) "Name: text" lines: allergies, diets, notes
    ("section", "Allergieën en diëten:\nOskarine: geen noten\nTemitayo: lactosevrij\nVeerle-Jo: vegetarisch",
     ["Oskarine", "Temitayo", "Veerle-Jo"]),
    ("section", "Medische fiches\nBrandolf Quaeyhaegens: astma, puffer in rugzak\nNaïma El Ouarzazi: pollen",
     ["Brandolf", "Quaeyhaegens", "Naïma", "Ouarzazi"]),
    ("section", "Wat moet de kookploeg weten?\nIsadoro: glutenvrij\nMbalenhle: halal\nKorneel: alles", ["Isadoro", "Mbalenhle", "Korneel"]),
    ("section", "Dieetwensen\n- Ravindra: veganistisch\n- Liesje Wouterix: geen vis\n- Oyuna: geen varkensvlees",
     ["Ravindra", "Liesje", "Wouterix", "Oyuna"]),
    ("section", "Opmerkingen ouders:\nSeverijn: mag niet zwemmen\nAdaeze: wordt vrijdag vroeger opgehaald",
     ["Severijn", "Adaeze"]),
    ("section", "Allergieën:\nZwaan: noten\nOrlaith: kiwi", ["Zwaan", "Orlaith"]),
    ("section", "Medicatie\nTerts: rilatine 's morgens\nBayarmaa Tserendorj: inhaler", ["Terts", "Bayarmaa", "Tserendorj"]),
    ("section", "“Noteer even: Fridolijn: geen pinda's. Wigbert-Tijs: geen ei.”", ["Fridolijn", "Wigbert-Tijs"]),
    ("section", "Slaapt slecht / heimwee\nLeontien: knuffel mee\nAbenaa Mensah-Boadu: belt graag naar huis",
     ["Leontien", "Abenaa", "Mensah-Boadu"]),
    ("section", "Allergielijst\nOSWIN: lactose\nKIRRA: noten", ["Oswin", "Kirra"]),
    ("section", "allergieën:\nlutgardis: noten\nhjalmar: gluten", ["lutgardis", "hjalmar"]),
    ("section", "Zwemmen:\nTibbe: mag niet\nDalia Kovačević: zwembrevet 25m\nRosalinde: mag", ["Tibbe", "Dalia", "Kovačević", "Rosalinde"]),
    # (1b) rota lines "bar: X", "sleutel: X"
    ("section", "Zaterdag\nbar: Wendeline\nkassa: Ignaas Provoost\ninkom: Sefanit", ["Wendeline", "Ignaas", "Provoost", "Sefanit"]),
    ("section", "Sleutel: Cosimo Verhaeghebaert\nAlarmcode: bij de leiding", ["Cosimo", "Verhaeghebaert"]),
    ("section", "sleutel: jorinde\nbar: ulrik\nafwas: tamsin", ["jorinde", "ulrik", "tamsin"]),
    ("section", "Bar: OSRIK\nKassa: OLUWASEUN\nToog: MAARTJE-LOT", ["OSRIK", "OLUWASEUN", "MAARTJE-LOT"]),
    ("section", "Fuifploeg\ntoog: Ruwen-Pol\nvestiaire: Elodie Santerre\ninkom: Kofiwaa", ["Ruwen-Pol", "Elodie", "Santerre", "Kofiwaa"]),
    ("section", "Wie heeft de sleutel van het lokaal? Sleutel: Bertrand Mwamba.", ["Bertrand", "Mwamba"]),
    ("section", "Vervoer: Ysbrand rijdt, Lucila neemt de fiets.", ["Ysbrand", "Lucila"]),
    ("section", "Sleutels lokaal: Giedre, Humbert en Anouschka.", ["Giedre", "Humbert", "Anouschka"]),
    ("section", "EHBO: Marit Oudekerke\nVuur: Haytam Ouchrif\nEten: Mireia", ["Marit", "Oudekerke", "Haytam", "Ouchrif", "Mireia"]),
    ("section", "Toog: Heide\nKassa: Lente Vermaercke", ["Heide", "Lente", "Vermaercke"]),
    ("section", "Sleutelhouder: Krijn\nReservesleutel: Shirvan-Lale", ["Krijn", "Shirvan-Lale"]),
    ("section", "Slot 1 (bar): Amadou Keita\nSlot 2 (bar): Sunniva", ["Amadou", "Keita", "Sunniva"]),
    # (2a) rankings with a sentence header
    ("section", "Eerste werd Olufemi Adebayo-Clarke. Tweede: Wiebrich. Derde: Mauve.", ["Olufemi", "Adebayo-Clarke", "Wiebrich", "Mauve"]),
    ("section", "Op één: Radegonde. Op twee: Ishaan Bhattacharjee. Op drie: Kiki.", ["Radegonde", "Ishaan", "Bhattacharjee", "Kiki"]),
    ("section", "De quiz werd gewonnen door Thorvald. Tweede werd Yaël Benhamou, derde Brecht-Olaf.",
     ["Thorvald", "Yaël", "Benhamou", "Brecht-Olaf"]),
    ("section", "Wie won de kampvuurwedstrijd? Eerste: Esmée Gijsbrechts. Tweede: Jarnik. Derde: Ouassila.",
     ["Esmée", "Gijsbrechts", "Jarnik", "Ouassila"]),
    ("section", "Het podium: eerst Ngozi, dan Wolfert Baeteman, en als derde Hert.", ["Ngozi", "Wolfert", "Baeteman", "Hert"]),
    ("section", "Winnaar van de bonte avond was Lotta Sjöberg, net voor Adebola.", ["Lotta", "Sjöberg", "Adebola"]),
    ("section", "Eerste plaats ging naar Mirsad Hadžiselimović; tweede werd Valentijn.", ["Mirsad", "Hadžiselimović", "Valentijn"]),
    ("section", "De top drie: Dauw, Feline Ramaekers en Kestrel.", ["Dauw", "Feline", "Ramaekers", "Kestrel"]),
    # (2b) lower-case rankings
    ("section", "uitslag:\n1. ilsemieke beernaert\n2. tjorven\n3. amara okonjo-ike", ["ilsemieke", "beernaert", "tjorven", "amara", "okonjo-ike"]),
    ("section", "1) jorunn 2) bavo de keyzer 3) yasminka", ["jorunn", "keyzer", "yasminka"]),
    ("section", "eindstand pingpong: 1. rutger 2. samira 3. wibe", ["rutger", "samira", "wibe"]),
    ("section", "top 3: kaatje, ezra lindqvist, mohsin", ["kaatje", "ezra", "lindqvist", "mohsin"]),
    ("section", "winnaars: 1 gwenaëlle 2 tiago 3 roosje", ["gwenaëlle", "tiago", "roosje"]),
    ("section", "1. Vlam 2. Stien Haverbeke 3. Ranonkel", ["Vlam", "Stien", "Haverbeke", "Ranonkel"]),
    ("section", "Klassement:\n1) BJÖRK\n2) HERT\n3) ANSELMO", ["Björk", "Hert", "Anselmo"]),
    ("section", "Rangschikking sponsorloop\n1. Zeno (34 rondes)\n2. Meryem (31 rondes)\n3. Ward (29 rondes)",
     ["Zeno", "Meryem", "Ward"]),
    # (3a) posters and slogans in capitals
    ("section", "“STEM ARNOUD VERSCHATSE VOOR BURGEMEESTER!”", ["Arnoud", "Verschatse"]),
    ("section", "“FENNA DHONDT VOOR VOORZITTER!”", ["Fenna", "Dhondt"]),
    ("section", "“GEZOCHT: ALWIN BRUGHEMAN HEEFT ONZE VLAG GESTOLEN”", ["Alwin", "Brugheman"]),
    ("section", "“WIE HEEFT MAXENCE LAURIER GEZIEN?”", ["Maxence", "Laurier"]),
    ("section", "Affiche: YSALINE BOUSTAFI VOOR PRESIDENT", ["Ysaline", "Boustafi"]),
    ("section", "“HIEP HIEP HOERA VOOR SOLVEIG!”", ["Solveig"]),
    ("section", "“LANG LEVE KOBBE-TIEL!”", ["Kobbe-Tiel"]),
    ("section", "“VERMIST: DIDRIK VANDERSTRAETEN, LAATST GEZIEN BIJ HET KAMPVUUR”", ["Didrik", "Vanderstraeten"]),
    ("section", "“MERLIJN MEERSSCHAUT IS DE BESTE LEIDER!”", ["Merlijn", "Meersschaut"]),
    ("section", "“TEAM ZAHIR WINT ALTIJD”", ["Zahir"]),
    ("section", "“WAAR IS ODILIA? ZE HEEFT DE SLEUTEL!”", ["Odilia"]),
    ("section", "Spandoek: BEDANKT LEANDER EN YOUNES!", ["Leander", "Younes"]),
    ("section", "“WE LOVE YOU GRIETJE VAN HOOYDONCK”", ["Grietje", "Hooydonck"]),
    ("section", "“PROFICIAT CASSIAN EN ROSALIE!”", ["Cassian", "Rosalie"]),
    ("section", "“GELUKKIGE VERJAARDAG THEUNIS!”", ["Theunis"]),
    ("section", "“ALLEMAAL NAAR DE FUIF VAN BERTHOLD!”", ["Berthold"]),
    ("section", "Op de muur: JOCHEM WAS HIER", ["Jochem"]),
    ("section", "“MAAK PLAATS VOOR KORALIE DEPREZ-LAMBRECHT”", ["Koralie", "Deprez-Lambrecht"]),
    # (4) lower-case chat
    ("section", "“wie is anouk delbecq eigenlijk?”", ["anouk", "delbecq"]),
    ("section", "“thx jasper vanthournout voor de pizza”", ["jasper", "vanthournout"]),
    ("section", "“ok siebe kommer komt ook mee”", ["siebe", "kommer"]),
    ("section", "“ik slaap bij fleurke vansteenkiste”", ["fleurke", "vansteenkiste"]),
    ("section", "“wie is yaniv eigenlijk”", ["yaniv"]),
    ("section", "“thx bodil!!”", ["bodil"]),
    ("section", "“ok tiemen komt om 8u”", ["tiemen"]),
    ("section", "“morgen bij ilona cuyvelaers om 3u?”", ["ilona", "cuyvelaers"]),
    ("section", "“heb je al gehoord van kwesi ofori-atta?”", ["kwesi", "ofori-atta"]),
    ("section", "“merci aurélie dumortier!”", ["aurélie", "dumortier"]),
    ("section", "“dankjewel wolter, echt top”", ["wolter"]),
    ("section", "“wie is die jongen, toch niet roel verhoeckx?”", ["roel", "verhoeckx"]),
    ("section", "“ok dus jonna en mattis komen samen”", ["jonna", "mattis"]),
    ("section", "“bij liesmarie thuis is er plaats”", ["liesmarie"]),
    ("section", "“tnx ruwen-kai, ge zijt de beste”", ["ruwen-kai"]),
    ("section", "“ken jij emeka nwosu?”", ["emeka", "nwosu"]),
    ("section", "“zeg aan gijsbert dat hij de tent meebrengt”", ["gijsbert"]),
    ("section", "“samen met ganna bulckaert gaan we kamperen”", ["ganna", "bulckaert"]),
    ("section", "“lol joppe valt weer in slaap”", ["joppe"]),
    ("section", "“ok ciske en aline de troyer rijden mee”", ["ciske", "aline", "troyer"]),
    ("section", "“hey ruwen, kom je ook?”", ["ruwen"]),
    ("section", "“wie is hert? die nieuwe?”", ["hert"]),
    # (5) reverse "Achternaam, Voornaam"
    ("section", "Het attest werd opgemaakt voor Vandenbosschaert, Lorelei.", ["Vandenbosschaert", "Lorelei"]),
    ("section", "Een bedankje van Demeulenaere, Korneel, namens de groep.", ["Demeulenaere", "Korneel"]),
    ("section", "Getekend door Okonkwo, Chinwendu (leiding).", ["Okonkwo", "Chinwendu"]),
    ("section", "Attest van deelname voor Maertens, Ilyasin, geboren 12/03/2010.", ["Maertens", "Ilyasin"]),
    ("section", "Ingevuld door Raes, Fientina op 3 mei.", ["Raes", "Fientina"]),
    ("section", "Betaling ontvangen van Tsukahara, Haruki.", ["Tsukahara", "Haruki"]),
    ("section", "Verslag door Goossenaerts, Britt.", ["Goossenaerts", "Britt"]),
    ("section", "Voor Van Wassenhove, Emiel: het brevet van animator.", ["Wassenhove", "Emiel"]),
    ("section", "Inschrijving van De Cleyn, Maelys bevestigd.", ["Cleyn", "Maelys"]),
    ("section", "Brief voor Schwarzbach, Leopold, kamp 2025.", ["Schwarzbach", "Leopold"]),
    ("section", "Het certificaat is ondertekend door Baptiste, Rénald.", ["Baptiste", "Rénald"]),
    ("section", "attest voor vercruysse, jana", ["vercruysse", "jana"]),
    # (6) conversations: label lines
    ("section", "Tuur: wie heeft de sleutel?\nOdalys: ik denk de leiding\nTuur: ok", ["Tuur", "Odalys"]),
    ("section", "Kweku: zijn jullie er al?\nIlka-Rosalie: bijna\nKweku: top", ["Kweku", "Ilka-Rosalie"]),
    ("section", "Rasmus: hoe laat start het?\nJolein: om 14u\nRasmus: merci", ["Rasmus", "Jolein"]),
    ("section", "Leeuw: wie brengt chips?\nMaïté: ik\nLeeuw: oké", ["Leeuw", "Maïté"]),
    ("section", "pelle: ben je er?\nsaar: ja\npelle: kom dan", ["pelle", "saar"]),
    ("section", "Interview\nIlham: Hoe lang ben je al leiding?\nGodelieve: Zes jaar.\nIlham: En wat vind je het leukst?",
     ["Ilham", "Godelieve"]),
    ("section", "Ouders: hoe laat is het gedaan?\nFerre-Lin: om vijf uur\nOuders: dank je", ["Ferre-Lin"]),
    ("section", "Chat van de leiding\nArjen: wie doet de boodschappen?\nPemba Yangzom: ik ga\nArjen: top",
     ["Arjen", "Pemba", "Yangzom"]),
    ("section", "[20:14] Xander: ben er bijna\n[20:15] Nadira: ok wacht aan de poort", ["Xander", "Nadira"]),
    ("section", "“Wolf: wie heeft de tenten?\nBriek: in de container\nWolf: merci”", ["Wolf", "Briek"]),
    ("section", "Gesprek na de activiteit\nKamiel: Het was zwaar.\nLevi-Noor: Maar leuk!\nKamiel: Ja, heel leuk.",
     ["Kamiel", "Levi-Noor"]),
    ("section", "Yuki: komen jullie?\nAbebe: ja\nYuki: fijn\nAbebe: tot zo", ["Yuki", "Abebe"]),
    ("section", "Mats: heb jij de bal?\nDewinta: nee\nMats: waar dan?", ["Mats", "Dewinta"]),
]

KEEP: list[tuple[str, str, list[str]]] = [
    # (1) "Label: text" lines that are things
    ("section", "Locaties:\nMaandag: Gent\nDinsdag: Brugge\nWoensdag: Oostende", ["Gent", "Brugge", "Oostende"]),
    ("section", "Zaterdag\nbar: Chiro Zwevezele\nkassa: KSA Ruddervoorde\ninkom: de jeugdraad", ["Chiro Zwevezele", "KSA Ruddervoorde"]),
    ("section", "Sponsors:\nBakkerij: Brood & Co\nDrank: Spa\nMateriaal: Decathlon", ["Brood & Co", "Spa", "Decathlon"]),
    ("section", "Allergenen:\nSoep: selder\nDessert: noten\nSaus: mosterd", ["Soep", "Dessert", "Saus"]),
    ("section", "Sleutel: in de brievenbus\nAlarmcode: bij de jeugddienst", ["Sleutel", "Alarmcode"]),
    ("section", "Vervoer: De Lijn tot Roeselare, daarna te voet.", ["De Lijn", "Roeselare"]),
    ("section", "Partners: Unicef, Vormingplus en de Gezinsbond.", ["Unicef", "Vormingplus", "Gezinsbond"]),
    ("section", "Met steun van: Provincie Limburg, Stad Hasselt, Jeugdwerknet.", ["Provincie Limburg", "Stad Hasselt", "Jeugdwerknet"]),
    ("section", "Toog: Jupiler\nFrisdrank: Coca-Cola\nSnacks: Lay's", ["Jupiler", "Coca-Cola"]),
    ("section", "Thema: Ruimte\nDecor: Planeten\nKleur: Blauw", ["Ruimte", "Planeten", "Blauw"]),
    ("section", "Dieetwensen:\nVegetarisch: 12\nHalal: 4\nGlutenvrij: 2", ["Vegetarisch", "Halal", "Glutenvrij"]),
    ("section", "bar: chiro\nkassa: ksa\nafwas: scouts", ["chiro", "ksa", "scouts"]),
    ("section", "Medicatie: in de EHBO-koffer\nNoodnummer: 112", ["EHBO-koffer"]),
    # (2) rankings of teams and things
    ("section", "Eerste werd Chiro Heule. Tweede: KLJ Moorslede. Derde: Scouts Izegem.", ["Chiro Heule", "KLJ Moorslede", "Scouts Izegem"]),
    ("section", "Uitslag:\n1. FC Lendelede\n2. KSV Rumbeke\n3. SK Ledegem", ["FC Lendelede", "KSV Rumbeke", "SK Ledegem"]),
    ("section", "De top drie: Gent, Antwerpen en Leuven.", ["Gent", "Antwerpen", "Leuven"]),
    ("section", "1) Groep Rood 2) Groep Blauw 3) Groep Geel", ["Groep Rood", "Groep Blauw", "Groep Geel"]),
    ("section", "eindstand: 1. de wolven 2. de beren 3. de vossen", ["wolven", "beren", "vossen"]),
    ("section", "uitslag:\n1. brugge\n2. kortrijk\n3. ieper", ["brugge", "kortrijk", "ieper"]),
    ("section", "Op één: Minecraft. Op twee: Fortnite. Op drie: Mario Kart.", ["Minecraft", "Fortnite", "Mario Kart"]),
    ("section", "Winnaar van de bonte avond was de Chiro, net voor de KSA.", ["Chiro", "KSA"]),
    ("section", "Klassement:\n1) JEUGDHUIS KOKOON\n2) CHIRO ELST\n3) KLJ LOTENHULLE", ["KOKOON", "ELST", "LOTENHULLE"]),
    ("section", "Top 3 favoriete kampplaatsen: Durbuy, Han-sur-Lesse en Ardennen.", ["Durbuy", "Han-sur-Lesse", "Ardennen"]),
    ("section", "Eerste plaats ging naar Team Oranje; tweede werd Team Paars.", ["Oranje", "Paars"]),
    # (3) posters in capitals without a name
    ("section", "“KSA VOOR IEDEREEN!”", ["KSA", "IEDEREEN"]),
    ("section", "“STEM VOOR EEN NIEUW JEUGDHUIS!”", ["JEUGDHUIS"]),
    ("section", "“GEZOCHT: LEIDING VOOR HET KAMP IN AUGUSTUS”", ["LEIDING", "AUGUSTUS"]),
    ("section", "“WIE HEEFT DE SLEUTEL VAN DE CONTAINER GEZIEN?”", ["SLEUTEL", "CONTAINER"]),
    ("section", "Affiche: CHIRO WAREGEM VOOR KLIMAAT", ["CHIRO", "WAREGEM", "KLIMAAT"]),
    ("section", "“HIEP HIEP HOERA VOOR DE KOKS!”", ["KOKS"]),
    ("section", "“LANG LEVE DE VAKANTIE!”", ["VAKANTIE"]),
    ("section", "“VERMIST: ONZE VLAG, LAATST GEZIEN BIJ HET KAMPVUUR”", ["VLAG", "KAMPVUUR"]),
    ("section", "“BRUGGE IS DE BESTE STAD!”", ["BRUGGE", "STAD"]),
    ("section", "“TEAM ROOD WINT ALTIJD”", ["ROOD"]),
    ("section", "Spandoek: BEDANKT GEMEENTE ZEDELGEM EN JEUGDDIENST!", ["GEMEENTE", "ZEDELGEM", "JEUGDDIENST"]),
    ("section", "“WE LOVE YOU KORTRIJK”", ["KORTRIJK"]),
    ("section", "“ALLEMAAL NAAR DE FUIF VAN DE KLJ!”", ["FUIF", "KLJ"]),
    ("section", "Op de muur: JEUGDHUIS DE SCHUUR WAS HIER", ["SCHUUR"]),
    # (4) lower-case chat about places and things
    ("section", "“wie gaat er mee naar gent zaterdag?”", ["gent"]),
    ("section", "“thx chiro voor de pizza”", ["chiro"]),
    ("section", "“ok de bus komt om 8u”", ["bus"]),
    ("section", "“ik slaap bij de scouts in het lokaal”", ["scouts", "lokaal"]),
    ("section", "“morgen bij de colruyt om 3u?”", ["colruyt"]),
    ("section", "“wie is er al in brugge geweest?”", ["brugge"]),
    ("section", "“heb je al gehoord van tiktok?”", ["tiktok"]),
    ("section", "“merci jeugddienst!”", ["jeugddienst"]),
    ("section", "“ok dus ksa en klj komen samen”", ["ksa", "klj"]),
    ("section", "“samen met de gemeente gaan we kamperen”", ["gemeente"]),
    ("section", "“ken jij de delhaize in torhout?”", ["delhaize", "torhout"]),
    ("section", "“lol de hond valt weer in slaap”", ["hond"]),
    # (5) "voor/van/door X, Y" that are no names
    ("section", "Het attest werd opgemaakt voor Gent, Brugge en Kortrijk.", ["Gent", "Brugge", "Kortrijk"]),
    ("section", "Een bedankje van Chiro, KSA en KLJ, namens de gemeente.", ["Chiro", "KSA", "KLJ"]),
    ("section", "Getekend door Oxfam, Unicef en Caritas.", ["Oxfam", "Unicef", "Caritas"]),
    ("section", "Betaling ontvangen van Vormingplus, Antwerpen.", ["Vormingplus", "Antwerpen"]),
    ("section", "Voor Maandag, Dinsdag: de planning volgt.", ["Maandag", "Dinsdag"]),
    # (6) label lines that are things
    ("section", "Juni: kamp in Durbuy.\nJuli: fuif in het jeugdhuis.\nAugustus: rust.", ["Juni", "Juli", "Augustus", "Durbuy"]),
    ("section", "Chiro: wij doen de bar.\nKSA: wij doen de kassa.\nChiro: top", ["Chiro", "KSA"]),
    ("section", "Brugge: 12 deelnemers\nGent: 8 deelnemers\nBrugge: volzet", ["Brugge", "Gent"]),
]


def misses() -> dict[str, list[int]]:
    """Index lists of the cases that fail, per run (text / report) and side (names / keep)."""
    return _s18.misses(PERSON, KEEP)


if __name__ == "__main__":
    import sys

    _s18.score(PERSON, KEEP, show="--show" in sys.argv)
