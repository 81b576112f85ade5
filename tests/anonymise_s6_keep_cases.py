"""Session 6, the keep side: a FROZEN batch of unseen cases (issue 11, s6-keep item 1).

Written by s6-keep on 5 December 2026 BEFORE any rule of session 6 was changed, without
copying a word from bench/data, tests/fixtures or /work/shared (and without reusing the
names of session 5's frozen keep batch). The local youth houses, play grounds, shops named
after an owner and every person here are invented; the brands, shops, apps, games,
programmes, festivals, schools, services and places are real public names of Flemish
life. A keep list may never be built from this file: it is the yardstick.

Do not edit the cases below: they are the measure. ``tests/test_anonymise_batches.py``
runs them (known misses as strict xfail) and ``python tests/anonymise_s6_keep_cases.py``
prints the score (keep items kept, person name parts removed).

KEEP: (quote text, items that must survive verbatim).
PERSON: (quote text, name parts that must be gone, items that must survive) -- the same
positions as KEEP, with a person standing where a thing stood.
"""

from __future__ import annotations

KEEP: list[tuple[str, list[str]]] = [
    # a brand, shop or service standing alone (often opening the sentence)
    ("Delhaize heeft ons de drank voor de fuif gesponsord.", ["Delhaize"]),
    ("Lidl is goedkoper voor de chips, dus daar gaan we.", ["Lidl"]),
    ("Torfs sponsort onze loopwedstrijd al drie jaar.", ["Torfs"]),
    ("Brico gaf ons gratis verf voor de muurschildering.", ["Brico"]),
    ("Telenet sponsorde de wifi in het jeugdhuis.", ["Telenet"]),
    ("Fortnite is hier verboden tijdens de activiteiten.", ["Fortnite"]),
    ("Minecraft bouwen we soms samen op de laptop.", ["Minecraft"]),
    ("Karrewiet laat elke dag het nieuws zien voor kinderen.", ["Karrewiet"]),
    ("Habbekrats opende een nieuw huis in de stad.", ["Habbekrats"]),
    ("Stad Gent betaalt de helft van de huur van ons lokaal.", ["Stad Gent"]),
    ("Love Island kijken we nooit samen met de leiding.", ["Love Island"]),
    ("Paradise City is het beste festival van de zomer.", ["Paradise City"]),
    ("Uit De Marge gaf ons een vorming over straathoekwerk.", ["Uit De Marge"]),
    ("Oxfam Wereldwinkel verkoopt onze fairtrade chocolade.", ["Oxfam Wereldwinkel"]),
    ("Tienerwerking Kompas zoekt nieuwe begeleiders.", ["Tienerwerking Kompas"]),
    ("Speelplein Wiebelwoud heeft dit jaar driehonderd kinderen per dag.", ["Wiebelwoud"]),
    # "bij X"
    ("Ik koop mijn sneakers bij JD Sports in de stad.", ["JD Sports"]),
    ("Bij Krëfel kocht ik mijn koptelefoon.", ["Krëfel"]),
    ("Haar eerste job was bij C&A op de Meir.", ["C&A", "Meir"]),
    ("Op zaterdag werk ik bij H&M aan de paskamers.", ["H&M"]),
    ("Mijn broer werkt bij Van Hool in de montage.", ["Van Hool"]),
    ("Mijn papa werkt bij Aquafin als technieker.", ["Aquafin"]),
    ("Sinds ik ingeschreven ben bij VDAB krijg ik elke week mails.", ["VDAB"]),
    ("Ze moest zich melden bij Fedasil in Brussel.", ["Fedasil", "Brussel"]),
    ("Ik ben vrijwilliger bij Natuurpunt, we ruimen zwerfvuil op.", ["Natuurpunt"]),
    ("Ik help bij vzw Zonnewende met de huiswerkbegeleiding.", ["Zonnewende"]),
    ("Elke dinsdag zit ik bij Tandem, de buddywerking.", ["Tandem"]),
    ("We herstellen kapotte kleren bij Naald & Draad.", ["Naald & Draad"]),
    ("We haalden frietjes bij Frituur Marcel na de vergadering.", ["Frituur Marcel"]),
    ("We kochten de pizza's bij Domino's voor de hele groep.", ["Domino's"]),
    ("Ze volgt een bachelor bij Karel de Grote Hogeschool.", ["Karel de Grote Hogeschool"]),
    # "naar X"
    ("We gaan zaterdag met de tieners naar Kinepolis.", ["Kinepolis"]),
    ("Voor de zetels reden we naar Ikea in Zaventem.", ["Ikea", "Zaventem"]),
    ("De uitstap naar Technopolis was de favoriet van iedereen.", ["Technopolis"]),
    ("Het laatste uitstapje ging naar Pairi Daiza.", ["Pairi Daiza"]),
    ("Met de speelpleinwerking gingen we naar Boudewijn Seapark.", ["Boudewijn Seapark"]),
    ("Naar Walibi gaan we elk jaar op het einde van het kamp.", ["Walibi"]),
    ("Met de jeugdraad gingen we naar de Lokerse Feesten.", ["Lokerse Feesten"]),
    ("Na de vergadering gingen we nog naar McDonald's.", ["McDonald's"]),
    ("Ze moest naar het OCMW voor een leefloon.", ["OCMW"]),
    ("Op vrijdag kijken we samen naar De Mol.", ["De Mol"]),
    ("De kleinsten kijken nog naar Ketnet Junior.", ["Ketnet Junior"]),
    ("Luister naar Qmusic, daar spelen ze ons lied.", ["Qmusic"]),
    ("In de bus luisteren we altijd naar Studio Brussel.", ["Studio Brussel"]),
    ("Het geld van de quiz gaat naar Artsen Zonder Grenzen.", ["Artsen Zonder Grenzen"]),
    # "op X"
    ("Ze streamt elke avond op Twitch.", ["Twitch"]),
    ("We spraken af op Discord om te gamen.", ["Discord"]),
    ("Op Roblox maakte hij zijn eigen spel.", ["Roblox"]),
    ("Ik leerde koken op Instagram van een Turkse chef.", ["Instagram", "Turkse"]),
    ("We bestelden de T-shirts op Bol.com.", ["Bol.com"]),
    ("Mijn oude fiets verkocht ik op 2dehands.", ["2dehands"]),
    ("We verzamelden de ideeën op Padlet.", ["Padlet"]),
    ("Na de quiz op Kahoot won de groep van de derde graad.", ["Kahoot"]),
    ("Vorige zomer werkte ik als vrijwilliger op Pukkelpop.", ["Pukkelpop"]),
    ("Op Graspop staat mijn neef aan de tap.", ["Graspop"]),
    ("Op Sfinks Mixed stonden we met een workshop.", ["Sfinks Mixed"]),
    ("Het filmpje staat op YouTube sinds gisteren.", ["YouTube"]),
    ("Ze hoorde het eerst op MNM.", ["MNM"]),
    ("Op Odisee leren ze je echt werken met groepen.", ["Odisee"]),
    # "van X" after an object
    ("Ik kreeg een sweater van Nike voor mijn verjaardag.", ["Nike"]),
    ("Mijn eerste gsm was er een van Samsung.", ["Samsung"]),
    ("Ik heb nog een bon van Zalando liggen.", ["Zalando"]),
    ("De laptop van Lenovo is al kapot.", ["Lenovo"]),
    ("Het internet van Telenet valt hier vaak uit.", ["Telenet"]),
    ("Ik kreeg een mail van Belfius over mijn rekening.", ["Belfius"]),
    ("Ik heb mijn abonnement van De Lijn verlengd.", ["De Lijn"]),
    ("De trein van de NMBS had weer vertraging.", ["NMBS"]),
    ("Alle koffie op het congres was van Max Havelaar.", ["Max Havelaar"]),
    ("Het ijs van Ben & Jerry's was op na tien minuten.", ["Ben & Jerry's"]),
    ("Mijn nieuwe laptop komt van Vanden Borre.", ["Vanden Borre"]),
    ("Mijn mama kookt alles na van Dagelijkse Kost.", ["Dagelijkse Kost"]),
    ("Onze leider kent alle boeken van Harry Potter vanbuiten.", ["Harry Potter"]),
    ("De broodjes komen van Bakkerij Claeys om de hoek.", ["Bakkerij Claeys"]),
    # names whose first word is a first name
    ("Mijn zus studeert sociaal werk aan Thomas More in Mechelen.", ["Thomas More", "Mechelen"]),
    ("Ze lag drie weken in AZ Jan Palfijn.", ["AZ Jan Palfijn"]),
    ("Onze Mario Kart-avond in het jeugdhuis was een succes.", ["Mario Kart"]),
    # "X & Y"
    ("Na de les gaan we naar Koffie & Zo om de hoek.", ["Koffie & Zo"]),
    # English titles, games, apps with digits or inner capitals
    ("We keken Heartstopper met de hele groep en praatten daarna over coming-out.", ["Heartstopper"]),
    ("In de pauze speelt iedereen Among Us op zijn gsm.", ["Among Us"]),
    ("Mijn kleine broer is verslaafd aan Call of Duty.", ["Call of Duty"]),
    ("Het thema van het kamp was Squid Game.", ["Squid Game"]),
    ("Ze deed vorig jaar mee aan The Voice Kids.", ["The Voice Kids"]),
    ("Ons toneel was gebaseerd op The Hunger Games.", ["The Hunger Games"]),
    ("We speelden Just Dance op de Switch.", ["Just Dance", "Switch"]),
    ("Ik speel vaak Brawl Stars met de gasten van het jeugdhuis.", ["Brawl Stars"]),
    ("FIFA 23 spelen we op de PlayStation van het jeugdhuis.", ["FIFA 23", "PlayStation"]),
    ("Met CapCut monteerden we het filmpje.", ["CapCut"]),
    ("Ik vroeg het aan ChatGPT, maar dat klopte niet.", ["ChatGPT"]),
    ("We installeerden Duolingo op de tablets van de huiswerkklas.", ["Duolingo"]),
    ("Via Deliveroo werkt hij 's avonds als koerier.", ["Deliveroo"]),
    ("Aanmelden gaat via Itsme, dat kan iedereen.", ["Itsme"]),
    ("Iedereen zit op Snapchat, de leiding ook.", ["Snapchat"]),
    # festivals, days and campaigns
    ("Voor De Warmste Week verkochten we wafels.", ["De Warmste Week"]),
    ("Op Rode Neuzen Dag droeg de hele klas een rode neus.", ["Rode Neuzen Dag"]),
    ("Tickets voor Tomorrowland zijn veel te duur voor ons.", ["Tomorrowland"]),
    ("Met het jeugdhuis hielpen we op Cactusfestival.", ["Cactusfestival"]),
    ("Op de Dag van de Jeugdbeweging kwam iedereen in uniform naar school.", ["Dag van de Jeugdbeweging"]),
    ("Elk jaar organiseren we de fuif Lentekriebels.", ["Lentekriebels"]),
    # local houses, clubs and schools
    ("In jeugdhuis Fonkel hangen we elke vrijdag rond.", ["Fonkel"]),
    ("De jongeren van Den Tramsik organiseren een quiz.", ["Den Tramsik"]),
    ("Met Kazou ging ik op zomerkamp naar de Ardennen.", ["Kazou", "Ardennen"]),
    ("Via Howest vond hij een stageplaats.", ["Howest"]),
    ("In het Koninklijk Atheneum Deurne zitten veel van onze leden.", ["Koninklijk Atheneum Deurne"]),
    ("Het CAW hielp haar met een kamer.", ["CAW"]),
    # places abroad, countries, demonyms, Flemish places
    ("Ze is geboren in Ouagadougou en kwam op haar tiende naar hier.", ["Ouagadougou"]),
    ("Mijn oom woont nog altijd in Tirana.", ["Tirana"]),
    ("We gingen op uitwisseling naar Tallinn.", ["Tallinn"]),
    ("Haar familie komt uit Kandahar.", ["Kandahar"]),
    ("De Eritrese jongeren spreken onderling Tigrinya.", ["Eritrese", "Tigrinya"]),
    ("Mijn vader is Guinees en mijn moeder Congolese.", ["Guinees", "Congolese"]),
    ("Veel Syriërs kwamen hier in 2015 aan.", ["Syriërs"]),
    ("We hebben een partnerorganisatie in Kigali.", ["Kigali"]),
    ("Op uitwisseling in Kraków leerden we Poolse dansen.", ["Kraków", "Poolse"]),
    ("In Lviv is er nu nog altijd luchtalarm.", ["Lviv"]),
    ("Ze verhuisde van Aleppo naar Turnhout.", ["Aleppo", "Turnhout"]),
    ("Mijn neef studeert in Porto.", ["Porto"]),
    ("Haar moeder is Oekraïense.", ["Oekraïense"]),
    ("De Afghaanse jongens spelen cricket in het park.", ["Afghaanse"]),
    ("We deden een project met een jeugdhuis uit Maastricht.", ["Maastricht"]),
    ("Zij komt uit Nador, in het noorden van Marokko.", ["Nador", "Marokko"]),
    ("Ze fietst elke dag van Zelzate naar Eeklo.", ["Zelzate", "Eeklo"]),
    ("In Borgerhout is er geen plaats meer in de jeugdhuizen.", ["Borgerhout"]),
    ("Het kamp is dit jaar in Bütgenbach.", ["Bütgenbach"]),
]

PERSON: list[tuple[str, list[str], list[str]]] = [
    # standing alone / opening the sentence
    ("Mevrouw Verbeke sponsort onze loopwedstrijd al drie jaar.", ["Verbeke"], []),
    ("Finn is hier verboden sinds de ruzie.", ["Finn"], []),
    ("Kasper laat elke dag zijn hond uit voor het lokaal.", ["Kasper"], []),
    ("Hamza opende vanochtend het lokaal.", ["Hamza"], []),
    ("Summer zei dat ze niet mee kon naar het kamp.", ["Summer"], []),
    ("Mario kwam ook mee naar de kartbaan.", ["Mario"], []),
    ("Max kwam als laatste binnen, zoals altijd.", ["Max"], []),
    ("Harry en zijn broer hielpen met de tenten.", ["Harry"], []),
    ("Begeleider Wout zoekt nieuwe vrijwilligers.", ["Wout"], []),
    # "bij X"
    ("Ik koop mijn sneakers bij Yannick, die verkoopt ze tweedehands.", ["Yannick"], []),
    ("Mijn broer werkt bij Jens Vanhoof in de garage.", ["Jens", "Vanhoof"], []),
    ("Ik help bij Zeynep met de huiswerkbegeleiding.", ["Zeynep"], []),
    ("Elke dinsdag zit ik bij Bram, mijn buddy.", ["Bram"], []),
    ("We haalden frietjes met Nancy na de vergadering.", ["Nancy"], []),
    # "naar X"
    ("We gaan zaterdag met de tieners naar oma Rita.", ["Rita"], []),
    ("Mijn zus luistert altijd naar Olivia, haar beste vriendin.", ["Olivia"], []),
    ("Luister naar Nathan, daar leer je van.", ["Nathan"], []),
    ("Het laatste uitstapje ging met Boudewijn, de buschauffeur.", ["Boudewijn"], []),
    ("Ik zei tegen Kenzo dat hij naar Kinepolis mocht.", ["Kenzo"], ["Kinepolis"]),
    # "op X"
    ("Op Kobe kan je altijd rekenen.", ["Kobe"], []),
    ("Ze belt elke avond met Noor.", ["Noor"], []),
    ("We spraken af met Seppe om te gamen.", ["Seppe"], []),
    ("Na de quiz won de groep van Kato.", ["Kato"], []),
    # "van X" after an object
    ("Ik kreeg een sweater van Tibo voor mijn verjaardag.", ["Tibo"], []),
    ("Mijn eerste gsm was er een van mijn nonkel Patrick.", ["Patrick"], []),
    ("Het ijs van Jonas was op na tien minuten.", ["Jonas"], []),
    ("De laptop van Milan is al kapot.", ["Milan"], []),
    ("De gsm van Amira valt vaak uit.", ["Amira"], []),
    ("Ik kreeg een mail van Dries over de planning.", ["Dries"], []),
    ("De broodjes komen van Tom Claeys om de hoek.", ["Tom", "Claeys"], []),
    ("De jongeren van Jolien organiseren een quiz.", ["Jolien"], []),
    # first names, "X & Y", "aan X", "via X"
    ("Mijn zus studeert samen met Thomas Moreels in Mechelen.", ["Thomas", "Moreels"], ["Mechelen"]),
    ("Hugo kocht een nieuwe jas voor de fuif.", ["Hugo"], []),
    ("Ben & Sander gaven de workshop over podcasts.", ["Ben", "Sander"], []),
    ("Ik vroeg het aan Yasmina, maar die wist het ook niet.", ["Yasmina"], []),
    ("Via Lowie vond hij een stageplaats.", ["Lowie"], []),
    ("Aanmelden gaat via Elise van het secretariaat.", ["Elise"], []),
    ("Lien hielp haar met een kamer.", ["Lien"], []),
    ("Kevin De Mol kwam ook kijken naar de show.", ["Kevin", "Mol"], []),
    # persons beside things
    ("De Eritrese jongens praten veel met Senait.", ["Senait"], ["Eritrese"]),
    ("Mijn vader heet Mamadi en mijn moeder Fanta.", ["Mamadi", "Fanta"], []),
    ("In het jeugdhuis hangt Fatima elke vrijdag rond.", ["Fatima"], []),
    ("Ik speel vaak met Ruben en de gasten van het jeugdhuis.", ["Ruben"], []),
    ("We installeerden de tablets samen met Ayoub.", ["Ayoub"], []),
    ("Yusuf werkt bij Delhaize en zijn broer bij Lidl.", ["Yusuf"], ["Delhaize", "Lidl"]),
    ("Volgens Margot is Pukkelpop dit jaar te duur.", ["Margot"], ["Pukkelpop"]),
    ("Arne speelt elke avond Fortnite met zijn neef Jasper.", ["Arne", "Jasper"], ["Fortnite"]),
    ("Laura van de huiswerkklas werkt ook bij Oxfam.", ["Laura"], ["Oxfam"]),
    ("Op Twitch kijkt Ilias elke avond naar zijn favoriete streamer.", ["Ilias"], ["Twitch"]),
    ("Zeg tegen Marthe dat we naar Walibi gaan.", ["Marthe"], ["Walibi"]),
]


if __name__ == "__main__":
    from anoncases import print_score

    print_score(KEEP, PERSON)
