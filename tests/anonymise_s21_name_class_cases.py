"""Session 21 (s21-names, issue 11): the name CLASSES attack A20 still leaks, as classes -- (1) lists
of people in every layout (rotas and schedules, rankings and results, room/tent lists, credits,
"v.l.n.r." captions, name badges, "SURNAME, First" and "SURNAME First" admin exports and
registration lists), (2) strong slots that decide against the word list (a vocative opening a line,
a greeting, "zegt X" / "X zei", a signature, a credit) with names that are words, short,
hyphenated names and long name chains (bin/ibn/al-, several given names), (3) ALL CAPS and lower
case in those slots (posters, chants, chat). A FROZEN batch.

Written by s21-names on 7 December 2026, 07:17-07:21 UTC, BEFORE reading any rule of these classes
(only the batch helpers of sessions 18-20 and the prompt were read). Names and organisations are
invented; every name part was checked (whole word, case-insensitive) against ``tests/`` (other
files), ``bench/data/``, ``bench/attack/`` and ``/work/shared/`` and replaced where it occurred,
except the names that are words and the short names (the class itself: Amal, Amber, April, Ay,
Bas, Beer, Bloem, Bo, Dag, Engel, Fleur, Hazel, Hemel, Hoop, Hope, Iris, Juni, Klaver, Koning, Lente, Li,
Lieve, Lotus, Lux, Mees, Merel, Noor, Nox, Parel, Roos, Sky, Sterre, Storm, Su, Ty, Vink, Vos, Ward, Wolf,
Zomer, Zon, Zwaan). The look-alike items are
words, organisations, places, brands and months in the same frames.

``PERSON``: ``(path, text, name parts that must go)``; ``KEEP``: ``(path, text, items that must
stay)``. ``path`` is ``"caption"`` (a report's photo caption) or ``"section"`` (a report's quotes
section, read by the markdown quote splitter). Every case also runs as bare text
(``anonymise_text``). Names are compared case-insensitively, items case-sensitively and by count.
``PYTHONPATH=tests python tests/anonymise_s21_name_class_cases.py [--show]``.
"""

from __future__ import annotations

import anonymise_s18_name_class_cases as _s18
from anonymise_s18_name_class_cases import items_lost, names_left, run_path, run_text  # noqa: F401

PERSON: list[tuple[str, str, list[str]]] = [
    # (1a) rotas and schedules
    ("section", "Kookbeurten deze week:\nmaandag: Ilwadda en Sigrúnella\ndinsdag: Teodric Vaskelaine\nwoensdag: Roos en Mattiasz",
     ["Ilwadda", "Sigrúnella", "Teodric", "Vaskelaine", "Roos", "Mattiasz"]),
    ("section", "Afwasrooster\nma: Bo & Kjeldur\ndi: Yaretzi\nwo: Storm en Ilkaynur",
     ["Bo", "Kjeldur", "Yaretzi", "Storm", "Ilkaynur"]),
    ("section", "Nachtwacht:\n22u-00u Oyelakinmi Babatundeji\n00u-02u Hemel Vanderplanckt\n02u-04u Wojtaszek Bronisława",
     ["Oyelakinmi", "Babatundeji", "Hemel", "Vanderplanckt", "Wojtaszek", "Bronisława"]),
    ("section", "Wie doet wat op zaterdag?\n- ontbijt: Mei-Lin Tsaocheng\n- sjorren: Hoop Verstrepenne\n- vuur: Anh-Thu",
     ["Mei-Lin", "Tsaocheng", "Hoop", "Verstrepenne", "Anh-Thu"]),
    ("section", "Beurtrol toiletten: vrijdag Aurelijn, zaterdag Klaver, zondag Tjomme.",
     ["Aurelijn", "Klaver", "Tjomme"]),
    ("section", "Maandag: Zomer en Kastriot. Dinsdag: Ennio Balsamello. Woensdag: Lux.",
     ["Zomer", "Kastriot", "Ennio", "Balsamello", "Lux"]),
    ("section", "Planning dag 2\n09:00 opening door Fenneken Oosthoekx\n10:30 workshop met Radu-Ionuț Brătescuțu\n12:00 lunch",
     ["Fenneken", "Oosthoekx", "Radu-Ionuț", "Brătescuțu"]),
    ("section", "Corvee: Merel, Vink, Amarukuna en Ouassimane.", ["Merel", "Vink", "Amarukuna", "Ouassimane"]),
    # (1b) rankings and results
    ("section", "Uitslag quiz:\n1. Tuvshinjargal\n2. Hazel Dewaelhens\n3. Sterre\n4. Kofi-Adom Asantewa",
     ["Tuvshinjargal", "Hazel", "Dewaelhens", "Sterre", "Kofi-Adom", "Asantewa"]),
    ("section", "Eindstand van het kampspel: 1) Amber 2) Wolf 3) Dagmawit 4) Eefjelien",
     ["Amber", "Wolf", "Dagmawit", "Eefjelien"]),
    ("section", "Winnaars sponsorloop\n🥇 Zenobia Raskolova\n🥈 Ikerne Olabarrieta\n🥉 Ay",
     ["Zenobia", "Raskolova", "Ikerne", "Olabarrieta", "Ay"]),
    ("section", "Top 3 van de avond: Beer (42 punten), Lieve (39) en Xiomarela (35).", ["Beer", "Lieve", "Xiomarela"]),
    ("section", "Eerste plaats: Hamdiya Ould Cheikhna. Tweede: Colmán Ó Fearghaill. Derde: Nox.",
     ["Hamdiya", "Cheikhna", "Colmán", "Fearghaill", "Nox"]),
    ("section", "Gewonnen door Tijmen-Sep Vloeberghs, tweede werd Anouk-Iris Molenaers.",
     ["Tijmen-Sep", "Vloeberghs", "Anouk-Iris", "Molenaers"]),
    ("section", "Resultaten zeskamp\nPlaats 1 – Gunnvør Dalsgaardh\nPlaats 2 – Su Baykal\nPlaats 3 – Jipke",
     ["Gunnvør", "Dalsgaardh", "Su", "Baykal", "Jipke"]),
    # (1c) room and tent lists
    ("section", "Kamer 4: Ilse-Marit, Noor en Adaugonna\nKamer 5: Rafiq, Ide en Stenvald",
     ["Ilse-Marit", "Noor", "Adaugonna", "Rafiq", "Ide", "Stenvald"]),
    ("section", "Tent A — Bramwel Vercauterenne, Daanwin Ghysbrecht, Azizullo Mouhadjir\nTent B — Oonagella Pietiläinen, Vos",
     ["Bramwel", "Vercauterenne", "Daanwin", "Ghysbrecht", "Azizullo", "Mouhadjir", "Oonagella", "Pietiläinen", "Vos"]),
    ("section", "Slaapzaal blauw: Kasimirka, Jentine, Fleur en Mbalenhle.", ["Kasimirka", "Jentine", "Fleur", "Mbalenhle"]),
    ("section", "Busindeling\nbus 1: Ward, Koen-Jan, Esmérine\nbus 2: Zuzanka Hronková, Lotus",
     ["Ward", "Koen-Jan", "Esmérine", "Zuzanka", "Hronková", "Lotus"]),
    ("section", "Groep rood: Dieuwertje, Falk, Bloem\nGroep geel: Ngozichukwu, Pim, Tarquin",
     ["Dieuwertje", "Falk", "Bloem", "Ngozichukwu", "Pim", "Tarquin"]),
    # (1d) credits
    ("section", "Regie: Ottavio Sbarbarella\nMuziek: Kerensa Penhaligan\nLicht: Bas",
     ["Ottavio", "Sbarbarella", "Kerensa", "Penhaligan", "Bas"]),
    ("caption", "Foto: Lieszelinde Vanhaverbeeck", ["Lieszelinde", "Vanhaverbeeck"]),
    ("section", "Tekst en regie: Hauk Olavsrud. Decor: Zon Dewindtere. Kostuums: Tamarisq Ben-Ezraï.",
     ["Hauk", "Olavsrud", "Zon", "Dewindtere", "Tamarisq", "Ben-Ezraï"]),
    ("section", "Met dank aan:\nMontserrat Puigdollers\nKwabenaa Owusu-Agyemfra\nRikwin\nDe kookploeg",
     ["Montserrat", "Puigdollers", "Kwabenaa", "Owusu-Agyemfra", "Rikwin"]),
    ("caption", "Beeld: Ossiannus Häkkilä / tekst: Wendelientje Crabbé", ["Ossiannus", "Häkkilä", "Wendelientje", "Crabbé"]),
    ("section", "Aftiteling\nCamera ..... Benedikta Rauchwalder\nMontage ..... Paulin Ngoy-Kabasele\nGeluid ..... Storm",
     ["Benedikta", "Rauchwalder", "Paulin", "Ngoy-Kabasele", "Storm"]),
    ("section", "Presentatie: Jolijntje & Yusraniya. Techniek: Brecht-Jan.", ["Jolijntje", "Yusraniya", "Brecht-Jan"]),
    # (1e) v.l.n.r. captions
    ("caption", "V.l.n.r. Hanne-Liesl Boudryaert, Sidiki Traorébé, Iris en Mateuszek Grzybowiak.",
     ["Hanne-Liesl", "Boudryaert", "Sidiki", "Traorébé", "Iris", "Mateuszek", "Grzybowiak"]),
    ("caption", "vlnr: Wanneskin, Amal, Bo en Thijsje", ["Wanneskin", "Amal", "Bo", "Thijsje"]),
    ("caption", "Van l. naar r.: Roosmarijke Staelenskens en Dag Nyhavnsen.", ["Roosmarijke", "Staelenskens", "Dag", "Nyhavnsen"]),
    ("caption", "Staand v.l.n.r.: Katoline, Lenthiene, Hamzatbek; zittend: Zenobius en Saarlien.", ["Katoline", "Lenthiene", "Hamzatbek", "Zenobius", "Saarlien"]),
    ("caption", "V.L.N.R. GUDRUNA SVEINBJORNS, OBINNA-CHUKS EZEWUIKE EN ROOS", ["Gudruna", "Sveinbjorns", "Obinna-Chuks", "Ezewuike", "Roos"]),
    # (1f) name badges
    ("section", "Naamkaartje:\nHALLO, IK BEN\nTIMOTEJ\nleiding — De Sprokkelaars", ["Timotej"]),
    ("section", "Badge: Naam: Ilariana Coppolecchia | Functie: kookploeg", ["Ilariana", "Coppolecchia"]),
    ("section", "Op de badges stond: ‘Leiding – Wiskje’, ‘Leiding – Geerteke’ en ‘Kok – Joepke’.", ["Wiskje", "Geerteke", "Joepke"]),
    ("section", "Mijn naam is: Hope\nIk ben: 15 jaar\nIk kom uit: Menen", ["Hope"]),
    # (1g) SURNAME, First and SURNAME First (admin exports, registration lists)
    ("section", "Inschrijvingen:\nVERHOEVENS, Lotte-Mariek\nBAKKALIOUI, Soufianou\nDE SPIEGELAERE, Woutrik",
     ["Verhoevens", "Lotte-Mariek", "Bakkalioui", "Soufianou", "Spiegelaere", "Woutrik"]),
    ("section", "Deelnemerslijst: MÄKIPELTO Ainikki; OKAFOR-NNADI Chidiebube; VAN DAMMELAERE Brentjen",
     ["Mäkipelto", "Ainikki", "Okafor-Nnadi", "Chidiebube", "Dammelaere", "Brentjen"]),
    ("section", "Aanwezig: Dewulfers Katrijntje, Hostebeke Mathisse, Aydoğmuşlar Berfinaz", ["Dewulfers", "Katrijntje", "Hostebeke", "Mathisse", "Aydoğmuşlar", "Berfinaz"]),
    ("section", "naam;voornaam;afdeling\nPeirsegaele;Jozefka;kabouters\nNakamura-Lint;Aoi;welpen",
     ["Peirsegaele", "Jozefka", "Nakamura-Lint", "Aoi"]),
    ("section", "Verantwoordelijke: KNUDSGAARD, Halvar (tel. via het secretariaat)", ["Knudsgaard", "Halvar"]),
    ("section", "Ingeschreven door: Achterberghe Stienke, op 3 maart.", ["Achterberghe", "Stienke"]),
    ("section", "Lid 0042 — TSHIBANGUILA MUKENDILWA Grâcieuse — geboren 2009", ["Tshibanguila", "Mukendilwa", "Grâcieuse"]),
    ("section", "Contactpersoon: Lemmensbeek, Joris-Jan", ["Lemmensbeek", "Joris-Jan"]),
    # (1h) admin: responsible, present, absent
    ("section", "Verantwoordelijke materiaal: Lotus Vandenbrouckx. Verantwoordelijke EHBO: Iliaskos.",
     ["Lotus", "Vandenbrouckx", "Iliaskos"]),
    ("section", "Aanwezig: Grietine, Zwaan, Nikolaj Vesterholm. Verontschuldigd: Semjon, Lente.",
     ["Grietine", "Zwaan", "Nikolaj", "Vesterholm", "Semjon", "Lente"]),
    ("section", "Afwezig: Shirinbanu Ghorbanzadeh (ziek) en Parel.", ["Shirinbanu", "Ghorbanzadeh", "Parel"]),
    ("section", "Notulen: Berthe-Anne Wyffelsen. Voorzitter: Kwakuteng Boateng-Mensahh.",
     ["Berthe-Anne", "Wyffelsen", "Kwakuteng", "Boateng-Mensahh"]),
    # (2a) vocative at the start of a line
    ("section", "“Storm, kom eens hier met die hamer!”", ["Storm"]),
    ("section", "“Roos, waar ligt de sleutel van het lokaal?”", ["Roos"]),
    ("section", "“Bo, ga jij de tenten tellen?”", ["Bo"]),
    ("section", "“Hazel-Mae, je bent te laat voor de vergadering!”", ["Hazel-Mae"]),
    ("section", "“Dag, kan jij de kampvuurhoutjes halen?”", ["Dag"]),
    ("section", "“Ahmadkhelzai, zet jij de tafels klaar?”", ["Ahmadkhelzai"]),
    ("section", "“Jochebed Kwarteng, mag ik even?”", ["Jochebed", "Kwarteng"]),
    ("section", "“Oké Merel, dan doe jij de inkopen.”", ["Merel"]),
    # (2b) greetings
    ("section", "“Hoi Ide, alles goed met je been?”", ["Ide"]),
    ("section", "“Hallo Mees en Vink, welkom terug!”", ["Mees", "Vink"]),
    ("section", "“Dag Hoop, tot morgen!”", ["Hoop"]),
    ("section", "“Hey Zwaan, heb jij de sleutels nog?”", ["Zwaan"]),
    ("section", "“Goedemorgen Anh-Khoa, goed geslapen?”", ["Anh-Khoa"]),
    ("section", "“Welkom Ruaraidhin Mac an tSaoir op ons kamp.”", ["Ruaraidhin", "tSaoir"]),
    ("section", "“Proficiat Klaver met je diploma!”", ["Klaver"]),
    ("section", "“Salut Yeraz, ça va?”", ["Yeraz"]),
    # (2c) "zegt X" / "X zei" / attribution with words, short, hyphenated, chains
    ("section", "“We hebben geen plaats meer,” zegt Beer.", ["Beer"]),
    ("section", "“Het lokaal lekt,” zei Wolf Dhaeseleire.", ["Wolf", "Dhaeseleire"]),
    ("section", "Lente zei: “Volgend jaar wil ik weer mee.”", ["Lente"]),
    ("section", "“Het kamp was te kort,” vindt Ay.", ["Ay"]),
    ("section", "“Het kamp was te kort,” vertelt Li Qiaoyun.", ["Li", "Qiaoyun"]),
    ("section", "“Geef ons een eigen lokaal,” zegt Abdulwahab bin Saif bin Rashid al-Maamari.",
     ["Abdulwahab", "Saif", "Rashid", "Maamari"]),
    ("section", "“De jeugdraad luistert niet,” aldus Nur Aisyah binti Rahmatunnisa.", ["Nur", "Aisyah", "Rahmatunnisa"]),
    ("section", "“We zijn met dertig,” zegt Maria da Imaculada dos Santosinho Ferreirinha.",
     ["Imaculada", "Santosinho", "Ferreirinha"]),
    ("section", "“Het was koud,” zegt Juanmi Pablo José de la Fuentecilla y Olmedano.",
     ["Juanmi", "Pablo", "Fuentecilla", "Olmedano"]),
    ("section", "“Ik wil leiding worden,” vertelt Pieter-Jan-Willem Goethalsbeek.", ["Pieter-Jan-Willem", "Goethalsbeek"]),
    ("section", "“Dat klopt niet,” reageert Wouter-Bas.", ["Wouter-Bas"]),
    ("section", "“Het eten was top,” lacht Sky.", ["Sky"]),
    ("section", "Volgens Engel is het lokaal te klein.", ["Engel"]),
    ("section", "“Ik kom zeker terug,” zegt Koning.", ["Koning"]),
    ("section", "“Meer plaats voor de fietsen,” vraagt Yusufcan ibn Hamdawayh al-Qasimiyy.", ["Yusufcan", "Hamdawayh", "Qasimiyy"]),
    ("section", "“Het is altijd hetzelfde,” zuchtte Lieve-Mare Tack.", ["Lieve-Mare", "Tack"]),
    # (2d) signatures
    ("section", "“Tot zaterdag!\nGroetjes, Pim”", ["Pim"]),
    ("section", "“Tot zaterdag!\n— Zomer”", ["Zomer"]),
    ("section", "“Dank voor alles.\nMvg\nAbdurrahman bin Yahyazade al-Hadhramiyy”", ["Abdurrahman", "Yahyazade", "Hadhramiyy"]),
    ("section", "“Het lokaal is weer vrij.\nx Bloem”", ["Bloem"]),
    ("section", "“Tot later,\nTy”", ["Ty"]),
    # (3a) ALL CAPS: posters and chants
    ("section", "“HIEP HIEP HOERA VOOR STERRE EN NOX!”", ["Sterre", "Nox"]),
    ("section", "“LANG ZAL ZE LEVEN, ONZE LIEVE KLAVER!”", ["Klaver"]),
    ("caption", "Affiche: KOM NAAR DE FUIF VAN DJ BARTJAN VERPOORTEN", ["Bartjan", "Verpoorten"]),
    ("section", "“BEDANKT HOOP, JE BENT DE BESTE!”", ["Hoop"]),
    ("section", "“WIJ WILLEN WOLF ALS VOORZITTER!”", ["Wolf"]),
    ("caption", "Spandoek: PROFICIAT AMBER-LYNN EN ZEYNO!", ["Amber-Lynn", "Zeyno"]),
    ("section", "“DIT IS VOOR JOU, OMA TRIJNTJE VERHULSTRAETE”", ["Trijntje", "Verhulstraete"]),
    ("section", "INTERVIEW MET MAHLETEWORK GEBREMESKEL-TADESSE (16)", ["Mahletework", "Gebremeskel-Tadesse"]),
    ("section", "“ZEG, MEES, WAAR IS DE BAL?”", ["Mees"]),
    ("section", "“EEN DIKKE MERCI AAN BO EN IDE!”", ["Bo", "Ide"]),
    # (3b) lower case chat
    ("section", "“vraagje aan merel: wie heeft de sleutel?”", ["merel"]),
    ("section", "“stuur het maar naar koenraadt vandeputtelaer”", ["koenraadt", "vandeputtelaer"]),
    ("section", "“ik zat naast storm in de bus”", ["storm"]),
    ("section", "[20:14] ilkaynur: wie komt er morgen?\n[20:15] sven-ole: ik!\n[20:16] lieve: ik ook", ["ilkaynur", "sven-ole", "lieve"]),
    ("section", "“haha zwaan is weer te laat”", ["zwaan"]),
    ("section", "“oke hoop, jij doet de inkopen”", ["hoop"]),
    ("section", "“ff checken bij tamsin-rae of ze meekomt”", ["tamsin-rae"]),
    ("section", "“dank je wel beer!!”", ["beer"]),
    ("section", "“wie is er met wolf meegereden?”", ["wolf"]),
    ("section", "“k heb het gevraagd aan abdelmounim ou-hammou”", ["abdelmounim", "ou-hammou"]),
    # (3c) speaker labels that are words
    ("section", "Juni: ik kom later.\nKjeldor: ok, we wachten.", ["Juni", "Kjeldor"]),
    ("section", "[18:02] April: zijn er nog broodjes?\n[18:03] Zwaan: ja, in de koelkast", ["April", "Zwaan"]),
    ("section", "Storm: “Ik vond de dropping eng.”\nLente: “Ik niet.”", ["Storm", "Lente"]),
    ("section", "HOOP ZEGT: WE MOETEN MEER TENTEN KOPEN", ["Hoop"]),
    ("section", "BEER ZEI: DE BUS IS TE KLEIN", ["Beer"]),
]

KEEP: list[tuple[str, str, list[str]]] = [
    # (1a) rotas and schedules of things
    ("section", "Menu deze week:\nmaandag: soep en pasta\ndinsdag: frietjes\nwoensdag: Pizza Hut", ["soep", "pasta", "frietjes", "Pizza Hut"]),
    ("section", "Afwasrooster\nma: welpen\ndi: jonggivers\nwo: leiding", ["welpen", "jonggivers", "leiding"]),
    ("section", "Maandag: Brugge. Dinsdag: Oostende. Woensdag: Ieper.", ["Brugge", "Oostende", "Ieper"]),
    ("section", "Planning dag 2\n09:00 opening door de burgemeester\n10:30 workshop met Rode Kruis Vlaanderen",
     ["burgemeester", "Rode Kruis Vlaanderen"]),
    ("section", "Corvee: afwas, toiletten, vuilbak en keuken.", ["afwas", "toiletten", "vuilbak", "keuken"]),
    # (1b) rankings of places, teams, things
    ("section", "Uitslag quiz:\n1. Chiro Lichtervelde\n2. KSA Torhout\n3. Scouts Diksmuide",
     ["Chiro Lichtervelde", "KSA Torhout", "Scouts Diksmuide"]),
    ("section", "Eindstand: 1) Gent 2) Antwerpen 3) Hasselt", ["Gent", "Antwerpen", "Hasselt"]),
    ("section", "Top 3 van de stemming: pizza (42), spaghetti (39) en wraps (35).", ["pizza", "spaghetti", "wraps"]),
    ("section", "Eerste plaats: team Blauw. Tweede: team Oranje.", ["Blauw", "Oranje"]),
    ("section", "Winnaars sponsorloop\n🥇 de welpen\n🥈 de kapoenen\n🥉 de leiding", ["welpen", "kapoenen", "leiding"]),
    # (1c) rooms and tents named after things
    ("section", "Kamer 4: materiaal\nKamer 5: EHBO en medicatie", ["materiaal", "EHBO", "medicatie"]),
    ("section", "Tent A — keuken\nTent B — Oxfam Wereldwinkel", ["keuken", "Oxfam Wereldwinkel"]),
    ("section", "Slaapzaal blauw: de jongens van Wingene.", ["Wingene"]),
    ("section", "bus 1: De Lijn\nbus 2: Flixbus", ["De Lijn", "Flixbus"]),
    # (1d) credits to organisations and things
    ("section", "Regie: Jeugdtheater Kameleon\nMuziek: Spotify\nLicht: Stad Roeselare",
     ["Jeugdtheater Kameleon", "Spotify", "Roeselare"]),
    ("caption", "Foto: Stad Kortrijk", ["Kortrijk"]),
    ("section", "Met dank aan:\nDelhaize Izegem\nde Vlaamse Overheid\nBakkerij Het Zoete Brood",
     ["Delhaize Izegem", "Vlaamse Overheid", "Het Zoete Brood"]),
    ("caption", "Beeld: Unsplash / tekst: redactie", ["Unsplash", "redactie"]),
    ("section", "Presentatie: jeugddienst Tielt. Techniek: JH De Zolder.", ["Tielt", "De Zolder"]),
    # (1e) v.l.n.r. of things
    ("caption", "V.l.n.r. de kerk, het gemeentehuis en de Lakenhalle van Ieper.", ["kerk", "gemeentehuis", "Lakenhalle", "Ieper"]),
    ("caption", "vlnr: de tent, de vlaggenmast en het podium", ["tent", "vlaggenmast", "podium"]),
    # (1f) badges without a name
    ("section", "Naamkaartje:\nHALLO, IK BEN\nLEIDING\nChiro Ardooie", ["LEIDING", "Chiro Ardooie"]),
    ("section", "Mijn naam is: (nog niet ingevuld)\nIk kom uit: Menen", ["Menen"]),
    # (1g) admin exports of places and groups
    ("section", "Gemeente: WINGENE\nVereniging: KLJ Zwevezele\nAfdeling: KABOUTERS", ["WINGENE", "KLJ Zwevezele", "KABOUTERS"]),
    ("section", "naam;gemeente;afdeling\nChiro Sint-Jan;Roeselare;rakkers", ["Chiro Sint-Jan", "Roeselare", "rakkers"]),
    ("section", "Verantwoordelijke: JEUGDDIENST TIELT (tel. via het secretariaat)", ["JEUGDDIENST", "TIELT"]),
    ("section", "Contactpersoon: Stad Menen, Dienst Jeugd", ["Menen", "Dienst Jeugd"]),
    # (1h) admin of roles
    ("section", "Aanwezig: bestuur, leiding en kookploeg. Verontschuldigd: de schepen.", ["bestuur", "leiding", "kookploeg", "schepen"]),
    ("section", "Afwezig: de jeugdconsulent (ziek).", ["jeugdconsulent"]),
    # (2a) a line opening with a word that is a name, used as a word
    ("section", "“Storm, regen en hagel: het kamp ging toch door.”", ["Storm"]),
    ("section", "“Roos, tulp en lelie stonden in de tuin van het lokaal.”", ["Roos"]),
    ("section", "“Jongens, kom eens hier met die hamer!”", ["Jongens"]),
    ("section", "“Hoop, dat is wat we de jongeren willen geven.”", ["Hoop"]),
    ("section", "“Zomer, zon en zee: meer moet dat niet zijn.”", ["Zomer"]),
    ("section", "“Brugge, daar gingen we naartoe met de trein.”", ["Brugge"]),
    ("section", "“Dag allemaal, welkom op de vergadering!”", ["allemaal"]),
    # (2b) greetings to groups and places
    ("section", "“Hoi Kortrijk, zijn jullie er klaar voor?”", ["Kortrijk"]),
    ("section", "“Hallo Chiro Gits, welkom terug!”", ["Chiro Gits"]),
    ("section", "“Welkom op Pukkelpop, iedereen!”", ["Pukkelpop"]),
    ("section", "“Proficiat KSA Ichtegem met jullie 50 jaar!”", ["KSA Ichtegem"]),
    # (2c) attribution slots with organisations and words
    ("section", "“We hebben geen plaats meer,” zegt de jeugddienst van Lendelede.", ["Lendelede"]),
    ("section", "“Het lokaal lekt,” zei de schepen van Jeugd.", ["Jeugd"]),
    ("section", "Volgens Unicef België is het lokaal te klein.", ["Unicef België"]),
    ("section", "“We zijn met dertig,” zegt Scouts en Gidsen Vlaanderen.", ["Scouts en Gidsen Vlaanderen"]),
    ("section", "“De storm was hevig,” zegt de leiding. “De wolf in het spel was eng.”", ["storm", "wolf"]),
    # (2d) signatures of groups
    ("section", "“Tot zaterdag!\nGroetjes, de leiding”", ["leiding"]),
    ("section", "“Tot zaterdag!\n— Jeugdraad Ledegem”", ["Jeugdraad Ledegem"]),
    # (3a) ALL CAPS without a name
    ("section", "“HIEP HIEP HOERA VOOR DE KOOKPLOEG!”", ["KOOKPLOEG"]),
    ("section", "“HIEP HIEP HOERA VOOR CHIRO WAARDAMME!”", ["CHIRO", "WAARDAMME"]),
    ("caption", "Affiche: KOM NAAR DE FUIF IN JEUGDHUIS DE KROON", ["JEUGDHUIS", "KROON"]),
    ("section", "“BEDANKT GEMEENTE PITTEM, JULLIE ZIJN DE BESTE!”", ["GEMEENTE", "PITTEM"]),
    ("section", "“WIJ WILLEN EEN SKATEPARK IN MEULEBEKE!”", ["SKATEPARK", "MEULEBEKE"]),
    ("section", "“LANG ZAL HIJ LEVEN, ONS JEUGDHUIS!”", ["JEUGDHUIS"]),
    # (3b) lower case chat without a name
    ("section", "“vraagje aan de jeugddienst: wie heeft de sleutel?”", ["jeugddienst"]),
    ("section", "“stuur het maar naar de leiding”", ["leiding"]),
    ("section", "“ik zat naast de kerk in de zon”", ["kerk", "zon"]),
    ("section", "“haha de bus is weer te laat”", ["bus"]),
    ("section", "“wie is er met de trein naar brugge gegaan?”", ["trein", "brugge"]),
    # (3c) labels that are months and words
    ("section", "Juni: kamp in Durbuy.\nJuli: fuif in het jeugdhuis.", ["Juni", "Juli", "Durbuy"]),
    ("section", "Storm: code oranje voor heel West-Vlaanderen.", ["Storm", "West-Vlaanderen"]),
    ("section", "HOOFDPUNT: WE MOETEN MEER TENTEN KOPEN", ["HOOFDPUNT", "TENTEN"]),
]


def misses() -> dict[str, list[int]]:
    """Index lists of the cases that fail, per run (text / report) and side (names / keep)."""
    return _s18.misses(PERSON, KEEP)


if __name__ == "__main__":
    import sys

    _s18.score(PERSON, KEEP, show="--show" in sys.argv)
