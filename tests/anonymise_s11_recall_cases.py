"""Frozen cases of session 11 (s11-recall): the name classes set K left at the end of session 10,
set M's two narrative names with ``scope: all``, and a lone name as a chat message -- written
as CLASSES, on our own words, before any rule for them was written.

Written 01:58-02:12 UTC from the class descriptions in the brief and in K's gold only (one look
at each of K's five sentences and M's two, to see the shape; no word of them is reused). Every
name and keep item was grep-checked (whole word, case-insensitive) against ``tests/``,
``bench/`` and ``/work/shared/`` after writing; collisions were swapped before freezing.

Each class is two lists: ``PERSON`` of ``(text, name parts that must go, items that must stay)``
and ``KEEP`` of ``(text, items that must stay)`` -- the look-alikes: ordinary words, things and
organisations in the same position. ``NARRATIVE`` classes run on the report's own text (what
``scope: all`` anonymises: no default-deny for proper nouns), the others on what people say.

``python tests/anonymise_s11_recall_cases.py`` prints the score per class.
"""

from __future__ import annotations

# --- A. a nickname after the article "de"/"den"/"ne" in a dialect quote -----------------------
# (the nickname is an ordinary Dutch word, so no name list knows it)
DIALECT_PERSON = [
    ("As 't goed weer is, stookt de Pluim 't vuur aan achter de lokalen.", ["Pluim"], []),
    ("Den Brol heeft gisteren alle tenten alleen opgezet, da's ne straffe.", ["Brol"], []),
    ("Wie da gedaan eet? Da was de Kassei natuurlijk, gelijk altijd.", ["Kassei"], []),
    ("Ge moet da ni aan mij vragen, vraagt da aan de Sproet.", ["Sproet"], []),
    ("Moa de Wortel zei da 't ni ging, en toen was 't gedaan.", ["Wortel"], []),
    ("Elke zaterdag haalt de Knikker de broodjes bij de bakker.", ["Knikker"], []),
    ("'k Heb da van de Mossel gehoord, en die weet alles.", ["Mossel"], []),
    ("Gisteren is ne Flapoor nog komen helpen met de afwas.", ["Flapoor"], []),
    ("Allee, de Bolle kwam te laat en de soep was koud.", ["Bolle"], []),
    ("'t Is de Pinda die de sleutels eet, ni ik.", ["Pinda"], []),
    ("As de Stekel zegt da we gaan, dan gaan we.", ["Stekel"], []),
    ("Den Dop ee de bus gemist, dus we waren ma met tienen.", ["Dop"], []),
    ("Wa ge ook doet, vraagt nooit raad aan de Kwak.", ["Kwak"], []),
    ("Na 't kampvuur speelde de Krekel nog een uur gitaar.", ["Krekel"], []),
    ("Ons moeder en de Snoek hebben heel 't weekend gekookt.", ["Snoek"], []),
    ("Ik zat in de camionette bij den Tjolk en we zongen de hele weg.", ["Tjolk"], []),
]
DIALECT_KEEP = [
    ("As 't regent, gaan we naar de Bib, da's tenminste droog.", ["Bib"]),
    ("Den Aldi was al toe, dus we zijn naar de Spar gegaan.", ["Aldi", "Spar"]),
    ("Wie da betaalt? Da is de Gemeente natuurlijk, gelijk altijd.", ["Gemeente"]),
    ("Vraagt da ma aan de Jeugddienst, die weten da.", ["Jeugddienst"]),
    ("Moa de Harmonie speelde veel te luid, 't was ni te doen.", ["Harmonie"]),
    ("Elke zaterdag gaan we naar de Vismarkt voor de garnalen.", ["Vismarkt"]),
    ("'k Heb da in de Gazet van Antwerpen gelezen, 't stond vanvoor.", ["Gazet van Antwerpen"]),
    ("Gisteren is de Lijn nog te laat gekomen, gelijk altijd.", ["Lijn"]),
    ("Allee, de Kermis was plezant moa veel te duur.", ["Kermis"]),
    ("'t Is de Chiro die de sleutels eet, ni wij.", ["Chiro"]),
    ("As de Schelde hoog staat, moogde ni aan 't water.", ["Schelde"]),
    ("Den Delhaize ad geen brood meer, dus 't wierd pannekoeken.", ["Delhaize"]),
    ("Na de vergadering gingen we nog naar de Kazerne voor ne pint.", ["Kazerne"]),
    ("Ons moeder werkt in de Colruyt, al twintig joar.", ["Colruyt"]),
    ("Ik zat op den bus naar de Kust en we zongen de hele weg.", ["Kust"]),
    ("'t Was plezant op de Gentse Feesten, moa veel te druk.", ["Gentse Feesten"]),
]

# --- B. a first name that is an ordinary word, as the object of "aan" after a telling verb -----
AAN_PERSON = [
    ("Ik durfde het niemand te zeggen. Uiteindelijk heb ik het gezegd aan Berk.", ["Berk"], []),
    ("Dat geheim heb ik alleen toevertrouwd aan Vlinder.", ["Vlinder"], []),
    ("Mijn schrift met de liedjes heb ik doorgegeven aan Dauw.", ["Dauw"], []),
    ("De sleutel van het lokaal vraag je best aan Meeuw.", ["Meeuw"], []),
    ("Wie de planning maakt? Dat moet je vragen aan Bries.", ["Bries"], []),
    ("Na het kamp schreef ik een lange brief aan Wolk.", ["Wolk"], []),
    ("Ik heb mijn plaats in de bus afgestaan aan Zwaan.", ["Zwaan"], []),
    ("Elke avond stuurde ik een berichtje aan Duif.", ["Duif"], []),
    ("Ik heb mijn excuses aangeboden aan Hemel.", ["Hemel"], []),
    ("Sorry, maar die beslissing laat ik over aan Zomer.", ["Zomer"], []),
    ("Het eerste stuk taart gaf ik aan Klaver.", ["Klaver"], []),
    ("Dat heb ik beloofd aan Lente, dus ik kom zeker.", ["Lente"], []),
    ("Ik heb het hele verhaal uitgelegd aan Sneeuw.", ["Sneeuw"], []),
    ("We hebben de prijs samen overhandigd aan Parel.", ["Parel"], []),
    ("Zijn nummer heb ik gegeven aan Honing.", ["Honing"], []),
    ("De fluit van de leiding heb ik teruggegeven aan Dageraad.", ["Dageraad"], []),
]
AAN_KEEP = [
    ("Uiteindelijk heb ik het gemeld aan Awel.", ["Awel"]),
    ("Dat geld hebben we geschonken aan Oxfam.", ["Oxfam"]),
    ("Mijn oude fiets heb ik gegeven aan de Kringwinkel.", ["Kringwinkel"]),
    ("Het dossier hebben we doorgegeven aan Jeugdhulp.", ["Jeugdhulp"]),
    ("De opbrengst van de quiz schonken we aan Kom op tegen Kanker.", ["Kom op tegen Kanker"]),
    ("Die vraag hebben we voorgelegd aan Kind en Gezin.", ["Kind en Gezin"]),
    ("We hebben alles overgemaakt aan Unicef.", ["Unicef"]),
    ("Ons advies hebben we overhandigd aan de Jeugdraad.", ["Jeugdraad"]),
    ("Ik heb een mail gestuurd aan Kazou.", ["Kazou"]),
    ("Dat heb ik gevraagd aan Google.", ["Google"]),
    ("Mijn vraag heb ik gesteld aan ChatGPT.", ["ChatGPT"]),
    ("We hebben het probleem gemeld aan Proximus.", ["Proximus"]),
    ("Ik heb mijn cv gegeven aan Adecco.", ["Adecco"]),
    ("Het verslag hebben we bezorgd aan Welzijnsschakels.", ["Welzijnsschakels"]),
    ("We hebben de klacht doorgegeven aan Infrabel.", ["Infrabel"]),
    ("Ik heb het doorgestuurd aan Tele-Onthaal.", ["Tele-Onthaal"]),
]

# --- C. an English-word first name as the object after "heb ik" and the like -------------------
OBJECT_PERSON = [
    ("Toen heb ik Saffron wakker gemaakt, zij had een auto.", ["Saffron"], []),
    ("Om middernacht heb ik Misty gebeld, ze nam meteen op.", ["Misty"], []),
    ("Die avond heb ik Goldie getroost tot ze sliep.", ["Goldie"], []),
    ("Daarna heeft ze Kestrel opgehaald aan het station.", ["Kestrel"], []),
    ("Gisteren hebben we Blaze uitgenodigd voor de vergadering.", ["Blaze"], []),
    ("Toen heb ik Pepper gevraagd om mee te helpen.", ["Pepper"], []),
    ("Eerst heb ik Marigold gewaarschuwd, dan de rest.", ["Marigold"], []),
    ("Op kamp heb ik Ace leren kennen.", ["Ace"], []),
    ("Achteraf heb ik Briar bedankt voor haar geduld.", ["Briar"], []),
    ("Vorige week heeft hij Heron nog geholpen met zijn huiswerk.", ["Heron"], []),
    ("Toen hebben we Starling gerustgesteld.", ["Starling"], []),
    ("Dan moet je Summer eens horen zingen!", ["Summer"], []),
    ("Toen heb ik Bramble aangesproken in de gang.", ["Bramble"], []),
    ("Na de training heb ik Rowan naar huis gebracht.", ["Rowan"], []),
    ("Eerlijk gezegd heb ik Clover nooit goed gekend.", ["Clover"], []),
    ("Die nacht heb ik Tansy nog een berichtje gestuurd.", ["Tansy"], []),
]
OBJECT_KEEP = [
    ("Toen heb ik Netflix opgezet, dat hielp.", ["Netflix"]),
    ("Om middernacht heb ik Spotify aangezet tegen de stilte.", ["Spotify"]),
    ("Die avond heb ik Minecraft gespeeld tot ik sliep.", ["Minecraft"]),
    ("Daarna heeft ze Uber gebeld om naar huis te gaan.", ["Uber"]),
    ("Gisteren hebben we Domino's besteld voor de vergadering.", ["Domino's"]),
    ("Toen heb ik Google gevraagd wat het betekende.", ["Google"]),
    ("Eerst heb ik Engels gestudeerd, dan de rest.", ["Engels"]),
    ("Op kamp heb ik Monopoly leren spelen.", ["Monopoly"]),
    ("Achteraf heb ik Proximus gebeld voor de wifi.", ["Proximus"]),
    ("Vorige week heeft hij Fortnite nog gedownload.", ["Fortnite"]),
    ("Toen hebben we Kinepolis gebeld voor een groepsprijs.", ["Kinepolis"]),
    ("Dan moet je Radio 2 eens horen op zondag!", ["Radio 2"]),
    ("Toen heb ik Duolingo geïnstalleerd.", ["Duolingo"]),
    ("Na de training heb ik Snapchat verwijderd.", ["Snapchat"]),
    ("Eerlijk gezegd heb ik Twitch nooit goed gekend.", ["Twitch"]),
    ("Die nacht heb ik Awel nog gebeld.", ["Awel"]),
]

# --- D. a surname that is a Dutch adjective, after "De" at a quote's start ---------------------
DE_ADJ_PERSON = [
    ("De Wilde van de jeugddienst kwam de dag erna om te praten.", ["Wilde"], []),
    ("De Witte van het OCMW belde me elke week op.", ["Witte"], ["OCMW"]),
    ("De Jonge van de sportdienst heeft het hele parcours uitgezet.", ["Jonge"], []),
    ("De Groote van de gemeente was er ook, met een map vol plannen.", ["Groote"], []),
    ("De Zwarte van de preventiedienst legde uit hoe het moest.", ["Zwarte"], []),
    ("De Lange van de buurtwerking kwam pas om tien uur.", ["Lange"], []),
    ("De Goede van het CLB nam de tijd om te luisteren.", ["Goede"], ["CLB"]),
    ("De Grauwe van de vormingsdienst stuurde ons een lijst.", ["Grauwe"], []),
    ("De Kleine van de jeugdraad zat de vergadering voor.", ["Kleine"], []),
    ("De Sterke van de uitleendienst bracht de tenten zelf.", ["Sterke"], []),
    ("De Stille van het jeugdhuis opende de deur voor ons.", ["Stille"], []),
    ("De Rycke van de politie kwam eens langs op kamp.", ["Rycke"], []),
    ("De Brave van de stad had alles al geregeld.", ["Brave"], []),
    ("De Vroede van het onthaal wist van niets.", ["Vroede"], []),
    ("De Snelle van de brandweer toonde ons de blusdekens.", ["Snelle"], []),
    ("De Koene van de kinderopvang zei dat het mocht.", ["Koene"], []),
]
DE_ADJ_KEEP = [
    ("De Grote Markt van de stad stond vol kramen.", ["Grote Markt"]),
    ("De Witte Zaal van het cultuurcentrum was te klein.", ["Witte Zaal"]),
    ("De Lijn reed die dag niet tot aan het kamp.", ["Lijn"]),
    ("De Warande van de gemeente is ons vaste plekje.", ["Warande"]),
    ("De Kleine Prins van het jeugdtheater was prachtig.", ["Kleine Prins"]),
    ("De Blauwe Vogel van de kringloop heeft mooie spullen.", ["Blauwe Vogel"]),
    ("Het Rode Kruis van de stad bracht de EHBO-koffer.", ["Rode Kruis"]),
    ("De Nieuwe Vaart van de haven ligt vlak bij het lokaal.", ["Nieuwe Vaart"]),
    ("De Zwarte Doos van het jeugdhuis is ons podium.", ["Zwarte Doos"]),
    ("De Oude Pastorie van het dorp wordt ons nieuw lokaal.", ["Oude Pastorie"]),
    ("De Groene Long van de wijk is een klein park.", ["Groene Long"]),
    ("De Wilde Weide van de speelpleinwerking is ons favoriete veld.", ["Wilde Weide"]),
    ("De Stille Kern van het bos was de plek voor de dropping.", ["Stille Kern"]),
    ("De Lange Munt van de binnenstad was afgesloten.", ["Lange Munt"]),
    ("De Gouden Leeuw van de filmclub ging naar onze kortfilm.", ["Gouden Leeuw"]),
    ("De Zoete Inval van het dorp bakt de beste wafels.", ["Zoete Inval"]),
]

# --- E. a lower-case first name no list knows, after a preposition in a chat message ------------
# (names of Turkish, Albanian, Romanian, Eritrean origin; several read as an inflected Dutch word)
CHAT_PREP_PERSON = [
    ("kan niet zaterdag, ik ga met taner naar de stad", ["taner"], []),
    ("ja ik kom! met soner als die tijd heeft", ["soner"], []),
    ("wie rijdt er mee? ik met ilker en zijn broer", ["ilker"], []),
    ("ben bij caner, kom straks", ["caner"], []),
    ("ok ik zet het op de lijst voor ender", ["ender"], []),
    ("vraag het aan sener, hij weet het", ["sener"], []),
    ("ik kom met deren als ze wil", ["deren"], []),
    ("zat gisteren nog met selen op de bus", ["selen"], []),
    ("heb de sleutel gegeven aan tuncer", ["tuncer"], []),
    ("ik sta al met ozer aan de ingang", ["ozer"], []),
    ("ik! samen met berkan als hij kan", ["berkan"], []),
    ("kom je ook? ik ben er met blerim", ["blerim"], []),
    ("morgen rij ik met mihnea naar het kamp", ["mihnea"], []),
    ("ik neem de shift over van ionel", ["ionel"], []),
    ("ik kom met mebrat en haar zus", ["mebrat"], []),
    ("ik ben er vanaf tien uur met valdrin", ["valdrin"], []),
]
CHAT_PREP_KEEP = [
    ("kan niet zaterdag, ik ga met papa naar de stad", ["papa"]),
    ("ja ik kom! met de fiets als het droog is", ["fiets"]),
    ("wie rijdt er mee? ik met de kleine en zijn broer", ["kleine"]),
    ("ben bij oma, kom straks", ["oma"]),
    ("ok ik zet het op de lijst voor zaterdag", ["zaterdag"]),
    ("vraag het aan de leiding, die weet het", ["leiding"]),
    ("ik kom met vrienden als ze willen", ["vrienden"]),
    ("zat gisteren nog met collega's op de bus", ["collega's"]),
    ("heb de sleutel gegeven aan de kuisploeg", ["kuisploeg"]),
    ("ik sta al met flyers aan de ingang", ["flyers"]),
    ("ik! samen met zussen als ze kunnen", ["zussen"]),
    ("kom je ook? ik ben er met kampers", ["kampers"]),
    ("morgen rij ik met carpoolers naar het kamp", ["carpoolers"]),
    ("ik neem de shift over van vanavond", ["vanavond"]),
    ("ik kom met wafels en koffie", ["wafels", "koffie"]),
    ("ik ben er vanaf tien uur met bakfietsen", ["bakfietsen"]),
    ("ik kom met zwemmers en lopers", ["zwemmers", "lopers"]),
]

# --- F. (narrative, scope: all) a first name no list knows in apposition after a role noun -----
APPOSITION_PERSON = [
    ("De moderator, Evarist van de stad, gaf iedereen vijf minuten.", ["Evarist"], []),
    ("De begeleider van dienst, Adelard, verdeelde ons in groepjes.", ["Adelard"], []),
    ("Onze gastvrouw, Machteld van het cultuurcentrum, zette koffie.", ["Machteld"], []),
    ("De animator, Sibrand, liet ons eerst een spel spelen.", ["Sibrand"], []),
    ("De voorzitter, Walgerus van de jeugdraad, opende de avond.", ["Walgerus"], []),
    ("De coördinator van de werking, Ermelinde, vertelde over de start.", ["Ermelinde"], []),
    ("De trainer van die dag, Amandus, hield het kort.", ["Amandus"], []),
    ("Een jeugdconsulent, Hildegonde van de gemeente, nam nota's.", ["Hildegonde"], []),
    ("De gespreksleider, Ansfried, stelde telkens de laatste vraag.", ["Ansfried"], []),
    ("De vrijwilliger aan het onthaal, Wendelin, gaf ons een badge.", ["Wendelin"], []),
    ("Onze begeleidster, Idesbald van Vormingplus, sloot af met een quiz.", ["Idesbald"], ["Vormingplus"]),
    ("De spreker, Ysbrand, had zijn slides vergeten.", ["Ysbrand"], []),
    ("De jeugdwerker van de avond, Odulf, zette muziek op.", ["Odulf"], []),
    ("De facilitator, Wigbert van de provincie, schreef alles op het bord.", ["Wigbert"], []),
    ("De host, Ludgard, stelde de panelleden voor.", ["Ludgard"], []),
    ("De verantwoordelijke van de zaal, Oswin, deed de lichten uit.", ["Oswin"], []),
]
APPOSITION_KEEP = [
    ("De organisator, Jeugdwerk Vlaanderen, had alles goed voorbereid.", ["Jeugdwerk Vlaanderen"]),
    ("De gastheer van dienst, Jeugdhuis Kompas, zette koffie.", ["Jeugdhuis Kompas"]),
    ("De partner, Vormingplus, bracht materiaal mee.", ["Vormingplus"]),
    ("De locatie, Hasselt, lag centraal voor iedereen.", ["Hasselt"]),
    ("De sponsor van de avond, Colruyt, betaalde de broodjes.", ["Colruyt"]),
    ("De trekker van het project, Uit De Marge, gaf de inleiding.", ["Uit De Marge"]),
    ("De moderator, een jeugdconsulent van de provincie, hield de tijd in het oog.", ["provincie"]),
    ("De begeleider van dienst, de Chiro, verdeelde ons in groepjes.", ["Chiro"]),
    ("De spreker, Awel, had een sterke presentatie.", ["Awel"]),
    ("De voorzitter van de jury, Ketnet, koos de winnaar.", ["Ketnet"]),
    ("De trainer van die dag, Kazou, hield het kort.", ["Kazou"]),
    ("De animator, Spelewijs, liet ons eerst een spel spelen.", ["Spelewijs"]),
    ("De coördinator, Mediawijs, vertelde over de start.", ["Mediawijs"]),
    ("De host, Radio 2, stelde de panelleden voor.", ["Radio 2"]),
    ("De verantwoordelijke van de zaal, Cultuurcentrum Genk, deed de lichten uit.", ["Cultuurcentrum Genk"]),
    ("De facilitator, Bataljong, schreef alles op het bord.", ["Bataljong"]),
]

# --- G. a lone name as a chat message right after a sender (a reader joined the lines) ----------
_ASK = "[19:12] Leiding: welkom! stuur je naam even [19:14] +32 476 51 80 23: {answer} [19:20] Leiding: top"
LONE_PERSON = [
    (_ASK.format(answer="Wout 😊"), ["Wout"], []),
    (_ASK.format(answer="Merel"), ["Merel"], []),
    (_ASK.format(answer="Storm!"), ["Storm"], []),
    (_ASK.format(answer="Linde 🙋‍♀️"), ["Linde"], []),
    (_ASK.format(answer="Jade"), ["Jade"], []),
    (_ASK.format(answer="Noor 👋"), ["Noor"], []),
    (_ASK.format(answer="Roos"), ["Roos"], []),
    (_ASK.format(answer="Bram :)"), ["Bram"], []),
    (_ASK.format(answer="Hazel"), ["Hazel"], []),
    (_ASK.format(answer="Sterre 😁"), ["Sterre"], []),
    ("12/04/2023, 19:14 - +32 478 00 11 22: Kaat 😊 12/04/2023, 19:15 - Leiding: welkom Kaat", ["Kaat"], []),
    ("[20:01] Jeugddienst: wie ben je? [20:02] +32 470 98 76 54: Lente", ["Lente"], []),
    ("[20:01] Jeugddienst: wie ben je? [20:02] 0470 98 76 54: Fleur", ["Fleur"], []),
    ("9:14 PM - +32 499 12 12 12: Wolf 👍 9:15 PM - Leiding: ok", ["Wolf"], []),
    ("[20:01] Leiding: naam? [20:02] +31 6 12345678: Daan", ["Daan"], []),
    ("[20:01] Leiding: naam? [20:02] +32 485 33 44 55: Hoop", ["Hoop"], []),
]
LONE_KEEP = [
    (_ASK.format(answer="Oké 😊"), ["Oké"]),
    (_ASK.format(answer="Top"), ["Top"]),
    (_ASK.format(answer="Bedankt!"), ["Bedankt"]),
    (_ASK.format(answer="Morgen"), ["Morgen"]),
    (_ASK.format(answer="Zaterdag 👍"), ["Zaterdag"]),
    (_ASK.format(answer="Chiro"), ["Chiro"]),
    (_ASK.format(answer="Hasselt"), ["Hasselt"]),
    (_ASK.format(answer="Ja"), ["Ja"]),
    (_ASK.format(answer="Sorry"), ["Sorry"]),
    (_ASK.format(answer="Welkom"), ["Welkom"]),
    ("[20:01] Jeugddienst: wie komt er? [20:02] +32 470 98 76 54: Iedereen", ["Iedereen"]),
    ("[20:01] Jeugddienst: waar? [20:02] 0470 98 76 54: Spoor", ["Spoor"]),
    ("9:14 PM - +32 499 12 12 12: Proficiat 👍 9:15 PM - Leiding: ok", ["Proficiat"]),
    ("[20:01] Leiding: welke app? [20:02] +31 6 12345678: Signal", ["Signal"]),
    ("[20:01] Leiding: waar? [20:02] +32 485 33 44 55: Sporthal", ["Sporthal"]),
    ("[20:01] Leiding: wanneer? [20:02] +32 485 33 44 55: Vrijdag", ["Vrijdag"]),
]

# --- H. (narrative, scope: all) a first name no list knows after a role noun and a copula ------
# (written 02:34-02:40 after set O's one score, from the class name of its one narrative miss only:
# "a moderator's first name in 'Moderator van dienst was X, die'"; no word of O reused)
COPULA_PERSON = [
    ("Moderator van dienst was Tybalt, die elke spreker netjes afklokte.", ["Tybalt"], []),
    ("De gespreksleider was Landoald, een oud-leider van de Chiro.", ["Landoald"], ["Chiro"]),
    ("Onze begeleider die dag was Ewaldus. Hij had alles goed voorbereid.", ["Ewaldus"], []),
    ("Gastvrouw was Ragnfrid van het jeugdhuis, die ons met koffie ontving.", ["Ragnfrid"], []),
    ("Spreker van de voormiddag was Aldegonde, die tien jaar in de jeugdhulp werkte.", ["Aldegonde"], []),
    ("De lesgever is Reinildis, een animatrice uit Limburg.", ["Reinildis"], []),
    ("Trekker van het project is Hubrecht, die ook in de jeugdraad zit.", ["Hubrecht"], []),
    ("De moderator werd Wivina, omdat de geplande moderator ziek was.", ["Wivina"], []),
    ("Coördinator van de werking is Bertilla (32), die het project startte.", ["Bertilla"], []),
    ("De voorzitter van de jeugdraad was Remaclus en hij opende de avond.", ["Remaclus"], []),
    ("Facilitator van dienst was Amelberga: zij hield iedereen scherp.", ["Amelberga"], []),
    ("Onze trainer was Wolbodo, die zelf nog speler is.", ["Wolbodo"], []),
    ("De jeugdconsulent van de gemeente is Gummarus, die alle subsidies kent.", ["Gummarus"], []),
    ("Presentator van de avond was Engelmar, met een microfoon die telkens uitviel.", ["Engelmar"], []),
    ("De verantwoordelijke van de zaal bleek Ansbert te zijn, die ons de sleutels gaf.", ["Ansbert"], []),
    ("Begeleidster van de groep was Dymphna, die elk kind bij naam kende.", ["Dymphna"], []),
]
COPULA_KEEP = [
    ("Organisator van dienst was Vormingplus, dat de zaal en de koffie regelde.", ["Vormingplus"]),
    ("De gastheer was Jeugdhuis Kompas, een werking uit Limburg.", ["Jeugdhuis Kompas"]),
    ("Onze partner die dag was Mediawijs. Zij brachten de tablets mee.", ["Mediawijs"]),
    ("Gastheer was het cultuurcentrum van Genk, dat ons met koffie ontving.", ["Genk"]),
    ("Spreker van de voormiddag was Awel, dat tien jaar kinderen aan de lijn had.", ["Awel"]),
    ("De locatie is Hasselt, centraal voor iedereen.", ["Hasselt"]),
    ("Trekker van het project is Uit De Marge, dat ook in de jeugdraad zit.", ["Uit De Marge"]),
    ("De moderator werd de jeugddienst, omdat de geplande moderator ziek was.", ["jeugddienst"]),
    ("Coördinator van de werking is de VDAB, die het project startte.", ["VDAB"]),
    ("De sponsor van de avond was Colruyt en die betaalde de broodjes.", ["Colruyt"]),
    ("Facilitator van dienst was De Ambrassade: zij hield iedereen scherp.", ["De Ambrassade"]),
    ("Onze trainer was de Koninklijke Belgische Voetbalbond, via een filmpje.", ["Koninklijke Belgische Voetbalbond"]),
    ("De partner van de gemeente is Kind en Gezin, dat alle subsidies kent.", ["Kind en Gezin"]),
    ("Presentator van de avond was Radio 2, met een microfoon die telkens uitviel.", ["Radio 2"]),
    ("De verantwoordelijke van de zaal bleek de Chiro te zijn, die ons de sleutels gaf.", ["Chiro"]),
    ("Begeleider van de groep was Kazou, dat elk kind op kamp meenam.", ["Kazou"]),
]

# --- I. (narrative) a role word ending a paragraph, a capitalised word opening the next -----------
# (written 02:58 after reading why set O's o10 was withheld with ``scope: all``: a title before a
# name was read across a blank line; the persons are titles at the end of a WRAPPED line, as the
# PDF form's text breaks them, with the name on the next line -- those must stay masked)
_CREDIT = "“Het kamp was top, iedereen hielp mee.” – {role}\n\n{next}"
PARAGRAPH_PERSON = [
    ("“Het kamp was top, iedereen hielp mee.” – animator\nOdulf Verhaeghe", ["Odulf", "Verhaeghe"], []),
    ("“We zijn met twintig vertrokken.” – hoofdleider\nTybalt Desmedt, 22", ["Tybalt", "Desmedt"], []),
    ("Dat vertelde de jeugdconsulent\nRagnfrid Coppens ons achteraf.", ["Ragnfrid", "Coppens"], []),
    ("“Elke week een nieuw spel.” – animatrice\nWivina", ["Wivina"], []),
    ("Volgens de coördinator\nHubrecht zit de zaal altijd vol.", ["Hubrecht"], []),
    ("“Niemand bleef aan de kant.” (begeleider\nAnsbert Mertens)", ["Ansbert", "Mertens"], []),
    ("“De bus was te laat.” – trainer\nWolbodo, 30", ["Wolbodo"], []),
    ("Dat zei schepen\nGummarus Claeys op de slotavond.", ["Gummarus", "Claeys"], []),
    ("“We leren van elkaar.” – mentor\nEngelmar", ["Engelmar"], []),
    ("“Kom gerust eens kijken.” – voorzitter\nBertilla Van Damme", ["Bertilla"], []),
    ("“Het was een zware winter.” – leidster\nAmelberga", ["Amelberga"], []),
    ("Volgens jobcoach\nRemaclus Wouters vinden ze snel werk.", ["Remaclus", "Wouters"], []),
    ("“Ik kom elk jaar terug.” – monitor\nLandoald, 19", ["Landoald"], []),
    ("“Alles draait om vertrouwen.” – begeleidster\nDymphna Peeters", ["Dymphna"], []),
    ("Dat bevestigde burgemeester\nEwaldus Maes in zijn speech.", ["Ewaldus"], []),
    ("“We zitten vol tot juli.” – jeugdwerker\nAldegonde", ["Aldegonde"], []),
]
PARAGRAPH_KEEP = [
    (_CREDIT.format(role="animator", next="Contact voor wie het wil overnemen: via het secretariaat."), ["Contact"]),
    (_CREDIT.format(role="hoofdleider", next="Programma van de namiddag: spelen in het bos."), ["Programma"]),
    (_CREDIT.format(role="jeugdconsulent", next="Conclusie: iedereen wil een vervolg."), ["Conclusie"]),
    (_CREDIT.format(role="animatrice", next="Tip voor wie begint: start klein."), ["Tip"]),
    (_CREDIT.format(role="coördinator", next="Materiaal staat in de berging van het lokaal."), ["Materiaal"]),
    (_CREDIT.format(role="begeleider", next="Inschrijven kan tot eind mei."), ["Inschrijven"]),
    (_CREDIT.format(role="trainer", next="Praktisch: breng een lunchpakket mee."), ["Praktisch"]),
    (_CREDIT.format(role="schepen", next="Vragen kunnen nog tot vrijdag."), ["Vragen"]),
    (_CREDIT.format(role="mentor", next="Opvallend was hoeveel ouders meehielpen."), ["Opvallend"]),
    (_CREDIT.format(role="voorzitter", next="Samengevat: meer tijd, minder vergaderen."), ["Samengevat"]),
    (_CREDIT.format(role="leidster", next="Info over het kamp volgt per mail."), ["Info"]),
    (_CREDIT.format(role="jobcoach", next="Afspraken worden op het bord gezet."), ["Afspraken"]),
    (_CREDIT.format(role="monitor", next="Verder was er soep voor iedereen."), ["Verder"]),
    (_CREDIT.format(role="begeleidster", next="Bedankt aan alle vrijwilligers."), ["Bedankt"]),
    (_CREDIT.format(role="burgemeester", next="Slot: een receptie in de zaal."), ["Slot"]),
    (_CREDIT.format(role="jeugdwerker", next="Mailen kan naar het secretariaat."), ["Mailen"]),
]

#: class -> (person cases, look-alikes, narrative?)
CLASSES = {
    "dialect nickname after an article": (DIALECT_PERSON, DIALECT_KEEP, False),
    "word-like first name after 'aan' + telling verb": (AAN_PERSON, AAN_KEEP, False),
    "English-word first name as an object after 'heb ik'": (OBJECT_PERSON, OBJECT_KEEP, False),
    "adjective surname after 'De' + 'van de <service>'": (DE_ADJ_PERSON, DE_ADJ_KEEP, False),
    "lower-case first name after a preposition in a chat": (CHAT_PREP_PERSON, CHAT_PREP_KEEP, False),
    "(narrative) first name in apposition after a role noun": (APPOSITION_PERSON, APPOSITION_KEEP, True),
    "lone name as a chat message after a sender": (LONE_PERSON, LONE_KEEP, False),
    "(narrative) first name after a role noun and a copula": (COPULA_PERSON, COPULA_KEEP, True),
    "(narrative) a role word ending a paragraph, a word opening the next": (PARAGRAPH_PERSON, PARAGRAPH_KEEP, True),
}


if __name__ == "__main__":
    from anoncases import left, lost

    from perskamer.plugins.anonymise.replace import anonymise_text
    from perskamer.testing import word_in

    def _run(text: str, narrative: bool) -> str:
        return anonymise_text(text, deny_unknown=not narrative)

    for name, (person, keep, narrative) in CLASSES.items():
        if narrative:
            gone = sum(1 for t, ns, _ in person for n in ns if not word_in(n, _run(t, True), ignore_case=True))
            total = sum(len(ns) for _, ns, _ in person)
            kept = sum(1 for t, its in keep for i in its if word_in(i, _run(t, True)))
            tk = sum(len(its) for _, its in keep)
            pm = [k for k, (t, ns, _) in enumerate(person) if any(word_in(n, _run(t, True), ignore_case=True) for n in ns)]
            km = [k for k, (t, its) in enumerate(keep) if any(not word_in(i, _run(t, True)) for i in its)]
        else:
            total = sum(len(ns) for _, ns, _ in person)
            gone = total - sum(len(left(t, ns)) for t, ns, _ in person)
            tk = sum(len(its) for _, its in keep) + sum(len(its) for _, _, its in person)
            kept = tk - sum(len(lost(t, its)) for t, its in keep) - sum(len(lost(t, its)) for t, _, its in person)
            pm = [k for k, (t, ns, its) in enumerate(person) if left(t, ns) or lost(t, its)]
            km = [k for k, (t, its) in enumerate(keep) if lost(t, its)]
        print(f"{name}: names removed {gone}/{total}, kept {kept}/{tk}; person misses {pm}; keep misses {km}")
