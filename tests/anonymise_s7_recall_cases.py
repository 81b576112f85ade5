"""Session 7, the person side: a FROZEN batch of unseen cases (issue 11, s7-recall item 1).

Written by s7-recall on 5 December 2026 BEFORE any rule of session 7 was changed, without
reading set F or G and without copying a name, organisation or phrase from bench/data,
tests/fixtures, bench/unseen* or /work/shared. Every person is invented, with first names
of many origins (Flemish, Dutch, French, Moroccan, Turkish, Polish, Congolese, Nordic,
English, ...) in many positions; the keep items are real public names of Flemish life or
plain words, in the SAME positions.

Do not edit the cases below: they are the measure. ``tests/test_anonymise_batches.py``
runs them (the misses at freeze time are strict xfails) and
``python tests/anonymise_s7_recall_cases.py`` prints the score.

Classes (person cases; keep cases mirror each class):
* chat speakers in lower case after a time stamp, and "naam:" at a line start in any case;
* "X en Y" pairs, "X, Y en Z" lists and "X of Y" after any noun or preposition, where only
  one member (or none) is a common first name;
* a first name followed by an apposition ("X, de broer van ...");
* first names after any verb or preposition, mid sentence;
* possessives ("mijn X", "X's fiets", "Xs idee");
* first names that are Dutch or English words, in a person position.

KEEP: (quote text, items that must survive verbatim).
PERSON: (quote text, name parts that must be gone, items that must survive).
"""

from __future__ import annotations

PERSON: list[tuple[str, list[str], list[str]]] = [
    # --- chat speakers after a time stamp, lower case ------------------------------------
    ("[19:42] brecht: wie heeft de sleutel van het lokaal?", ["brecht"], []),
    ("[07:15] yasmina: ik ben er om acht uur", ["yasmina"], []),
    ("21:07 - oskar: de bus is weer te laat", ["oskar"], []),
    ("(22:31) fenne: mama zegt dat ik niet mag", ["fenne"], []),
    ("[20:02] tjorven: kom je ook?\n[20:03] mirza: ja tuurlijk", ["tjorven", "mirza"], []),
    ("23:55 gwen: slaapwel iedereen", ["gwen"], []),
    ("[18:10] kato: is de fuif in Hasselt of in Genk?", ["kato"], ["Hasselt", "Genk"]),
    ("[09:01] idrissa: ik heb mijn jas laten liggen bij de Chiro", ["idrissa"], ["Chiro"]),
    ("16:20 - zeynep: wie brengt er chips mee", ["zeynep"], []),
    ("[12:45] wiebe: haha nee", ["wiebe"], []),
    ("[14:14] ksenia: ik kan niet, werk", ["ksenia"], []),
    ("[17:30] bavo: oke\n[17:31] liesl: top", ["bavo", "liesl"], []),
    # --- "naam:" at a line start, any case -------------------------------------------------
    ("jonte: wie komt er zaterdag helpen?", ["jonte"], []),
    ("Ayoub: ik heb de tenten al geteld", ["Ayoub"], []),
    ("marieke: ik kom wat later\nsaid: ik ook", ["marieke", "said"], []),
    ("Thorben: de kampplaats in Bree is top", ["Thorben"], ["Bree"]),
    ("FLOOR: niemand luistert naar mij", ["FLOOR"], []),
    ("nelle: kan iemand mij oppikken aan het station?", ["nelle"], []),
    # --- "X en Y" pairs and lists after a noun or preposition -------------------------------
    ("De broer van Ilias en Wannes kwam ook mee.", ["Ilias", "Wannes"], []),
    ("Met Warda en Pepijn hebben we de tent opgezet.", ["Warda", "Pepijn"], []),
    ("De ouders van Fadoua en Mirthe belden de politie.", ["Fadoua", "Mirthe"], []),
    ("Samen met Kobe, Aylin en Dries maakten we de affiche.", ["Kobe", "Aylin", "Dries"], []),
    ("Vraag het aan Nelle of Jurre, zij weten het.", ["Nelle", "Jurre"], []),
    ("Ik zat in de groep van Thibaud en Oriane.", ["Thibaud", "Oriane"], []),
    ("Toen kwamen Idris en Bavo binnen met de soep.", ["Idris", "Bavo"], []),
    ("De fiets van Elif of Sverre stond nog buiten.", ["Elif", "Sverre"], []),
    ("Voor Luan, Yentl en Marit was het hun eerste kamp.", ["Luan", "Yentl", "Marit"], []),
    ("Het was het idee van Kasimir en Lotte.", ["Kasimir", "Lotte"], []),
    ("Zonder Tuur en Amadou was het nooit gelukt.", ["Tuur", "Amadou"], []),
    ("We speelden tegen Jelmer en Sanaa in de finale.", ["Jelmer", "Sanaa"], []),
    ("Naast Wout en Esmée zat een nieuwe jongen.", ["Wout", "Esmée"], []),
    ("De mama van Rayan en Ziggy bracht taart.", ["Rayan", "Ziggy"], []),
    ("Bij Quinten of Anouk kun je je inschrijven.", ["Quinten", "Anouk"], []),
    ("Ik heb met Noa, Bilal, Femke en Oona gekookt.", ["Noa", "Bilal", "Femke", "Oona"], []),
    ("Leiding: Jarno, Ilse en Kwame.", ["Jarno", "Ilse", "Kwame"], []),
    ("De kinderen van Milou en Tycho speelden in het zand.", ["Milou", "Tycho"], []),
    ("Ik ging met mijn vriendinnen Hafsa en Lieze naar zee.", ["Hafsa", "Lieze"], []),
    ("ik ga met sten en amira naar de film", ["sten", "amira"], []),
    # --- a first name followed by an apposition ---------------------------------------------
    ("Ravi, onze kookouder, had alles geregeld.", ["Ravi"], []),
    ("Dat zei Halima, de moeder van twee leden.", ["Halima"], []),
    ("We kregen hulp van Ferre, een buurjongen van twaalf.", ["Ferre"], []),
    ("Het bericht kwam van Xander, de leider van de oudste groep.", ["Xander"], []),
    ("Ik sprak met Dounia, een meisje uit het derde jaar.", ["Dounia"], []),
    ("Toen belde Jasper, de broer van Lise, naar de leiding.", ["Jasper", "Lise"], []),
    ("De sleutels liggen bij Olek, onze conciërge.", ["Olek"], []),
    ("Pieterjan, mijn beste vriend, woont nu in Gent.", ["Pieterjan"], ["Gent"]),
    # --- first names after any verb or preposition, mid sentence ---------------------------
    ("Ik bel Anouska morgen nog even op.", ["Anouska"], []),
    ("We hebben Otis heel erg gemist op kamp.", ["Otis"], []),
    ("Dankzij Naomie konden we toch nog gaan.", ["Naomie"], []),
    ("Volgens Jorunn was het de leukste dag.", ["Jorunn"], []),
    ("Behalve Liesje was iedereen op tijd.", ["Liesje"], []),
    ("Tegen Sverre zei ik dat hij mocht blijven.", ["Sverre"], []),
    ("Gisteren zag ik Mehdi nog op de markt.", ["Mehdi"], []),
    ("Ik vind Cato echt een toffe leidster.", ["Cato"], []),
    ("Het werd Tobiah die de prijs won.", ["Tobiah"], []),
    ("Iedereen wachtte op Djamila om te beginnen.", ["Djamila"], []),
    ("We hebben Wietse en zijn zus uitgenodigd.", ["Wietse"], []),
    ("Zonder Remco had ik het niet overleefd.", ["Remco"], []),
    ("Ik mocht met Ines mee naar de repetitie.", ["Ines"], []),
    ("Vraag maar eens aan Oumaima hoe het was.", ["Oumaima"], []),
    ("Onze leider verving Joppe die dag.", ["Joppe"], []),
    ("Na Sibren was ik aan de beurt.", ["Sibren"], []),
    ("ik heb gisteren nog met jarne gebeld", ["jarne"], []),
    ("toen zei kaat dat het genoeg was", ["kaat"], []),
    # --- possessives ------------------------------------------------------------------------
    ("Mijn Bente is nu veel zelfstandiger.", ["Bente"], []),
    ("Onze Kwinten durft nu alleen te gaan slapen.", ["Kwinten"], []),
    ("Fennes mama komt haar straks halen.", ["Fennes"], []),
    ("Dat was Jaspers idee, niet het mijne.", ["Jaspers"], []),
    ("Yusufs broer zit ook in de groep.", ["Yusufs"], []),
    ("Het was Ilona's eerste keer op kamp.", ["Ilona"], []),
    ("Ik heb Marco's jas meegenomen.", ["Marco"], []),
    ("Haar dochter Lieselot speelt nu ook mee.", ["Lieselot"], []),
    ("Ons Wardje was zo trots.", ["Wardje"], []),
    # --- first names that are Dutch or English words, in a person position -----------------
    ("Storm zat de hele avond te huilen.", ["Storm"], []),
    ("Ik heb Amber nog nooit zo blij gezien.", ["Amber"], []),
    ("Met Hazel en Ruby hebben we de kampvuuravond voorbereid.", ["Hazel", "Ruby"], []),
    ("Toen riep Sky dat ze naar huis wou.", ["Sky"], []),
    ("Mijn zoon Rocky praat er nog elke dag over.", ["Rocky"], []),
    ("Lente vertelde dat ze het spannend vond.", ["Lente"], []),
    ("Ik speelde de hele dag met Zomer en Vos.", ["Zomer", "Vos"], []),
    ("Daarna kwam Hope, de jongste van de groep.", ["Hope"], []),
    ("Vraag het aan Roos, zij heeft de lijst.", ["Roos"], []),
    ("Bloem en haar broer zijn nieuw in de groep.", ["Bloem"], []),
    ("Onze Winter lacht nu veel meer.", ["Winter"], []),
    ("Ik zag Hunter en River samen voetballen.", ["Hunter", "River"], []),
]

KEEP: list[tuple[str, list[str]]] = [
    # --- chat lines after a time stamp with no speaker name, or a thing as "speaker" --------
    ("[19:42] wie heeft de sleutel van het lokaal?", ["sleutel", "lokaal"]),
    ("[07:15] ik ben er om acht uur", ["acht"]),
    ("21:07 - de bus is weer te laat", ["bus"]),
    ("[20:02] kom je ook?\n[20:03] ja tuurlijk", ["tuurlijk"]),
    ("[18:10] fuif: in Hasselt of in Genk?", ["fuif", "Hasselt", "Genk"]),
    ("[09:01] jas laten liggen bij de Chiro", ["jas", "Chiro"]),
    ("[12:45] haha nee", ["haha"]),
    ("[17:30] oke\n[17:31] top", ["oke", "top"]),
    ("[14:14] update: de bus vertrekt later", ["update", "bus"]),
    ("23:55 slaapwel iedereen", ["slaapwel", "iedereen"]),
    # --- "naam:" lines where the line start is a word --------------------------------------
    ("Vraag: wie komt er zaterdag helpen?", ["Vraag"]),
    ("Tip: neem een regenjas mee", ["Tip"]),
    ("Locatie: de kampplaats in Bree", ["Locatie", "Bree"]),
    ("opmerking: niemand luistert", ["opmerking"]),
    ("Datum: zaterdag om tien uur", ["Datum", "zaterdag"]),
    ("LET OP: iedereen moet een lunchpakket meenemen", ["LET", "OP"]),
    # --- "X en Y" pairs and lists of things after a noun or preposition --------------------
    ("De jeugdhuizen van Leuven en Mechelen werken samen.", ["Leuven", "Mechelen"]),
    ("Met Colruyt en Aldi hebben we een afspraak over de drank.", ["Colruyt", "Aldi"]),
    ("De ouders van de Chiro en de KSA organiseren een quiz.", ["Chiro", "KSA"]),
    ("Samen met Kazou, Joetz en Vormingplus maakten we een folder.", ["Kazou", "Joetz", "Vormingplus"]),
    ("Vraag het aan het CAW of het OCMW, zij weten het.", ["CAW", "OCMW"]),
    ("Ik zat in de groep van Scouts en Gidsen Vlaanderen.", ["Scouts", "Gidsen", "Vlaanderen"]),
    ("Toen kwamen Ketnet en VRT langs met een camera.", ["Ketnet", "VRT"]),
    ("De fiets van Blue-bike of Velo is goedkoop.", ["Blue-bike", "Velo"]),
    ("Voor Antwerpen, Gent en Brugge was het de eerste keer.", ["Antwerpen", "Gent", "Brugge"]),
    ("Het was het idee van Ketnet en Kinderrechtswinkel.", ["Ketnet", "Kinderrechtswinkel"]),
    ("Zonder Uit in Vlaanderen en de UiTPAS was het nooit gelukt.", ["Vlaanderen", "UiTPAS"]),
    ("We speelden tegen Genk en Lommel in de finale.", ["Genk", "Lommel"]),
    ("Naast Decathlon en Action ligt een parking.", ["Decathlon", "Action"]),
    ("Bij Spotify of Netflix kun je dat ook zien.", ["Spotify", "Netflix"]),
    ("Ik heb met Lego, Playmobil, Duplo en Kapla gespeeld.", ["Lego", "Playmobil", "Duplo", "Kapla"]),
    ("Thema's: Kerstmis, Pasen en Halloween.", ["Kerstmis", "Pasen", "Halloween"]),
    ("De kinderen van Brussel en Charleroi speelden samen.", ["Brussel", "Charleroi"]),
    ("ik ga met de tram en de bus naar de film", ["tram", "bus"]),
    ("We gingen naar Plopsaland en Bobbejaanland.", ["Plopsaland", "Bobbejaanland"]),
    ("Tussen Kortrijk en Roeselare ligt ons kampterrein.", ["Kortrijk", "Roeselare"]),
    # --- a thing followed by an apposition -------------------------------------------------
    ("Kortrijk, onze thuisstad, had alles geregeld.", ["Kortrijk"]),
    ("Dat zei Unicef, de organisatie voor kinderrechten.", ["Unicef"]),
    ("We kregen hulp van Bpost, een sponsor van het eerste uur.", ["Bpost"]),
    ("Het bericht kwam van Awel, de hulplijn voor jongeren.", ["Awel"]),
    ("Ik sprak met Tumult, een jeugdhuis uit Heist.", ["Tumult", "Heist"]),
    ("De sleutels liggen bij Jeugddienst Aalst, onze partner.", ["Jeugddienst", "Aalst"]),
    ("Oostende, mijn favoriete stad, heeft een mooi strand.", ["Oostende"]),
    # --- things after a verb or preposition, mid sentence ----------------------------------
    ("Ik bel Proximus morgen nog even op.", ["Proximus"]),
    ("We hebben Instagram heel erg gemist op kamp.", ["Instagram"]),
    ("Dankzij Sporza konden we de match toch zien.", ["Sporza"]),
    ("Volgens Sciensano was het de warmste dag.", ["Sciensano"]),
    ("Behalve Limburg was iedereen op tijd.", ["Limburg"]),
    ("Gisteren zag ik Studio 100 nog op tv.", ["Studio"]),
    ("Ik vind Chirojeugd Vlaanderen echt een toffe koepel.", ["Chirojeugd", "Vlaanderen"]),
    ("Iedereen wachtte op De Lijn om te vertrekken.", ["Lijn"]),
    ("Zonder WhatsApp had ik het niet overleefd.", ["WhatsApp"]),
    ("Ik mocht met Ryanair mee naar Barcelona.", ["Ryanair", "Barcelona"]),
    ("Vraag maar eens aan Google hoe het werkt.", ["Google"]),
    ("Na Pinkpop was ik moe.", ["Pinkpop"]),
    ("ik heb gisteren nog met de trein gebeld", ["trein"]),
    ("toen zei de juf dat het genoeg was", ["juf"]),
    # --- possessives of places and organisations -------------------------------------------
    ("Mijn Chiro is nu veel groter.", ["Chiro"]),
    ("Onze KSA durft nu alleen op kamp te gaan.", ["KSA"]),
    ("Gents stadhuis was open voor ons.", ["Gents"]),
    ("Het was Vlaanderens grootste jeugdfestival.", ["Vlaanderens"]),
    ("Het was Antwerpen's eerste jeugdraad.", ["Antwerpen"]),
    ("Ik heb McDonald's gesteund met een actie.", ["McDonald"]),
    ("Ons Vlaanderen is klein.", ["Vlaanderen"]),
    # --- Dutch or English words in the same positions as the word-names ----------------------
    ("Storm legde gisteren alle tenten plat.", ["Storm"]),
    ("Ik heb amber nog nooit in een ketting gezien.", ["amber"]),
    ("Met hazelnoten en rozijnen maakten we een taart.", ["hazelnoten", "rozijnen"]),
    ("Toen kleurde de sky boven Oostende rood.", ["sky", "Oostende"]),
    ("Lente is het mooiste seizoen voor een tocht.", ["Lente"]),
    ("Ik speelde de hele zomer met mijn vos van stof.", ["zomer", "vos"]),
    ("Daarna kwam hoop, dat het toch zou lukken.", ["hoop"]),
    ("Ik gaf een roos aan mijn mama.", ["roos"]),
    ("Bloem en suiker meng je eerst.", ["Bloem", "suiker"]),
    ("Winter is hier altijd nat en grijs.", ["Winter"]),
    ("Ik zag de rivier en de zee samen komen.", ["rivier", "zee"]),
    ("Hope is een Engels woord voor hoop.", ["Hope", "hoop"]),
]


if __name__ == "__main__":
    from anoncases import print_score

    print_score(KEEP, PERSON)
