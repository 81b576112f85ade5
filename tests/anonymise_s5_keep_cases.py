"""Session 5, the keep side: a FROZEN batch of unseen cases (issue 11 item 2).

Written by s5-keep on 5 December 2026 BEFORE any rule of session 5 was changed and
without reading the anonymiser's rules or lists, the bench sets or the fixtures. Every
local organisation, house, event and person here is invented; the brands, shops, apps,
games, programmes, festivals, schools, help lines and clubs are real public names (a
keep list may never be built from this file: it is the yardstick).

Do not edit the cases below: they are the measure. ``tests/test_anonymise_batches.py``
runs them (known misses as strict xfail) and ``python tests/anonymise_s5_keep_cases.py``
prints the score (keep items kept, person name parts removed).

KEEP: (quote text, items that must survive verbatim).
PERSON: (quote text, name parts that must be gone, items that must survive) -- the same
positions as KEEP, with a person standing where a thing stood.
"""

from __future__ import annotations

KEEP: list[tuple[str, list[str]]] = [
    # shops, working, studying "bij X"
    ("Ik werk elk weekend bij Brantano aan de kassa.", ["Brantano"]),
    ("Mijn voetbalschoenen kocht ik bij Decathlon, de goedkoopste.", ["Decathlon"]),
    ("We kochten de knutselspullen bij Action, dat scheelt geld.", ["Action"]),
    ("Ik koop alles bij Colruyt, daar ken ik de weg.", ["Colruyt"]),
    ("Mijn eerste studentenjob was bij Kruidvat in de Veldstraat.", ["Kruidvat", "Veldstraat"]),
    ("De snoepjes voor het kamp haalden we bij Aldi.", ["Aldi"]),
    ("Ze doet haar stage bij Bpost, op de sorteerafdeling.", ["Bpost"]),
    ("Hij werkt nu bij Proximus in de klantendienst.", ["Proximus"]),
    ("Ik heb een vakantiejob bij Zeeman gevonden.", ["Zeeman"]),
    ("Onze tenten huren we bij Bivakshop, die zijn stevig.", ["Bivakshop"]),
    # education providers and schools
    ("Ze volgt een opleiding tot kok bij Syntra West.", ["Syntra West"]),
    ("Mijn mama leert Nederlands bij het Centrum voor Basiseducatie.", ["Centrum voor Basiseducatie"]),
    ("Na de middelbare ging ze naar de Arteveldehogeschool.", ["Arteveldehogeschool"]),
    ("Hij studeert nu rechten aan de KU Leuven.", ["KU Leuven"]),
    ("Op het Atheneum Brakel zitten veel nieuwkomers.", ["Atheneum Brakel"]),
    ("Ik zit op het Sint-Jozefscollege, in het vijfde jaar.", ["Sint-Jozefscollege"]),
    ("Ze haalde haar diploma via de Examencommissie.", ["Examencommissie"]),
    ("Avondles Arabisch volg ik bij CVO Kisp.", ["CVO Kisp"]),
    ("Via Hogent kreeg ik een plaats in het project.", ["Hogent"]),
    # help lines
    ("Je kan anoniem bellen naar Tele-Onthaal, ook 's nachts.", ["Tele-Onthaal"]),
    ("Als het niet meer gaat, bel dan de Zelfmoordlijn.", ["Zelfmoordlijn"]),
    ("Bij Nupraatikerover luisteren ze echt naar je.", ["Nupraatikerover"]),
    ("Ik heb toen gechat met de Kinder- en Jongerentelefoon.", ["Kinder- en Jongerentelefoon"]),
    ("De folder van Child Focus hangt in ons lokaal.", ["Child Focus"]),
    # sports clubs
    ("Hij speelt in de jeugdploeg van KV Oostende.", ["KV Oostende"]),
    ("Op zaterdag trainen we met Basket Lummen.", ["Basket Lummen"]),
    ("Ik zit bij zwemclub Okeanos, al sinds mijn zesde.", ["Okeanos"]),
    ("Onze buren supporteren voor Club Brugge, wij voor Anderlecht.", ["Club Brugge", "Anderlecht"]),
    ("Ze won een medaille met Turnkring Sparta Wervik.", ["Turnkring Sparta Wervik"]),
    ("De trainer van Volley Haasrode komt uit onze Chiro.", ["Volley Haasrode"]),
    # apps and platforms
    ("We plannen alles in de Smartschool-app.", ["Smartschool-app"]),
    ("Betalen gaat met Payconiq, dat is makkelijk.", ["Payconiq"]),
    ("Ik verkoop mijn oude kleren op Vinted.", ["Vinted"]),
    ("Op BeReal zie je wat iedereen echt doet.", ["BeReal"]),
    ("Ik zit de hele dag op Wattpad te lezen.", ["Wattpad"]),
    ("We stuurden de filmpjes door via Wetransfer.", ["Wetransfer"]),
    ("De afspraken staan in de Itsme-app van mijn pa.", ["Itsme-app"]),
    ("Ze leert Spaans met Duolingo op de bus.", ["Duolingo", "Spaans"]),
    # games
    ("Elke avond gamen op Fortnite, dat was ons leven.", ["Fortnite"]),
    ("Ze spelen al twee jaar Rocket League samen.", ["Rocket League"]),
    ("We speelden Among Us in de jeugdhuiszaal.", ["Among Us"]),
    ("Op de laatste avond speelden we Mario Kart tot twee uur.", ["Mario Kart"]),
    ("Hij bouwde heel ons dorp na in Minecraft.", ["Minecraft"]),
    ("In Brawl Stars ben ik beter dan mijn broer.", ["Brawl Stars"]),
    ("Zelfs de leiding speelde mee met Clash Royale.", ["Clash Royale"]),
    ("Onze nieuwe favoriet is Stardew Valley.", ["Stardew Valley"]),
    # TV programmes, films, books, songs (titles, also English ones of several words)
    ("Hij kijkt elke avond naar Thuis op Eén.", ["Thuis", "Eén"]),
    ("We hebben samen naar De Slimste Mens ter Wereld gekeken.", ["De Slimste Mens ter Wereld"]),
    ("Iedereen praat over Stranger Things op school.", ["Stranger Things"]),
    ("Ze las The Hunger Games drie keer na elkaar.", ["The Hunger Games"]),
    ("De film Inside Out toonden we op de ouderavond.", ["Inside Out"]),
    ("Bij het kampvuur zongen we Bohemian Rhapsody.", ["Bohemian Rhapsody"]),
    ("Ons toneelstuk heette 'Lost In The Woods' en het was uitverkocht.", ["Lost In The Woods"]),
    ("Na Dagelijkse Kost wilde hij zelf koken.", ["Dagelijkse Kost"]),
    ("Op Ketnet zag ik een reportage over ons kamp.", ["Ketnet"]),
    ("We keken naar The Voice Kids en stemden allemaal.", ["The Voice Kids"]),
    # festivals and events, also with capitalised English words
    ("Met de bende gingen we naar Pukkelpop.", ["Pukkelpop"]),
    ("Op Rock Werchter stonden we met een infostand.", ["Rock Werchter"]),
    ("Tijdens Tomorrowland werkte ik aan de bar.", ["Tomorrowland"]),
    ("Ons jeugdhuis organiseert elk jaar de Summer Vibes Party.", ["Summer Vibes Party"]),
    ("De Winter Wonder Night in het park trok vijfhonderd mensen.", ["Winter Wonder Night"]),
    ("We deden mee aan de Battle of the Bands in Leuven.", ["Battle of the Bands", "Leuven"]),
    ("De tweede editie van Graffiti Jam Zuid was nog beter.", ["Graffiti Jam Zuid"]),
    ("Op het concert van Kalinka Collective dansten de kleuters mee.", ["Kalinka Collective"]),
    ("De Open Doors Day van onze Chiro lokte veel ouders.", ["Open Doors Day"]),
    ("Het Kiekeboe Festival in het park was gratis.", ["Kiekeboe Festival"]),
    ("We verkochten wafels op de Gentse Jaarmarkt.", ["Gentse Jaarmarkt"]),
    # "de X" things, houses and companies
    ("We vergaderen altijd in De Zwaluw, het lokaal naast de kerk.", ["De Zwaluw"]),
    ("Met De Lijn ben je een uur onderweg naar hier.", ["De Lijn"]),
    ("De Kringwinkel haalt onze oude meubels op.", ["De Kringwinkel"]),
    ("Onze fuif was in De Kreun, helemaal vol.", ["De Kreun"]),
    ("Het Rode Kruis kwam een cursus EHBO geven.", ["Het Rode Kruis", "EHBO"]),
    ("De Standaard schreef een stuk over ons project.", ["De Standaard"]),
    ("We slapen die week in De Hazelaar, een kampplaats in de Kempen.", ["De Hazelaar", "Kempen"]),
    ("Het geld kwam van de Koning Boudewijnstichting.", ["Koning Boudewijnstichting"]),
    # invented local organisations with an organisation noun, or "X & Y"
    ("Fietsatelier Rondpunt helpt ons met de fietsen.", ["Fietsatelier Rondpunt"]),
    ("We kregen hulp van Welzijnsschakel Ronse.", ["Welzijnsschakel Ronse"]),
    ("Ik doe vrijwilligerswerk bij Natuurpunt.", ["Natuurpunt"]),
    ("De eerste afspraak was bij Kind en Gezin.", ["Kind en Gezin"]),
    ("Huiswerkklas Boekenwurm zoekt nog begeleiders.", ["Huiswerkklas Boekenwurm"]),
    ("Het buurtcentrum Kiosk is elke dag open.", ["Kiosk"]),
    ("Samen met Touwtje & Knoop maakten we de kostuums.", ["Touwtje & Knoop"]),
    ("Repaircafé Zottegem repareerde onze oude radio.", ["Repaircafé Zottegem"]),
    ("Bij Jeugddienst Wetteren vroegen we een subsidie aan.", ["Jeugddienst Wetteren"]),
    ("De bib van Gavere leent ons spelletjes uit.", ["Gavere"]),
    # places
    ("Haar moeder komt uit Nador, haar vader uit Tanger.", ["Nador", "Tanger"]),
    ("Ze is in Aleppo geboren en woont nu in Lokeren.", ["Aleppo", "Lokeren"]),
    ("Mijn vader werkt in de haven van Zeebrugge.", ["Zeebrugge"]),
    ("We fietsten van Tervuren naar Overijse.", ["Tervuren", "Overijse"]),
    ("In de zomer gaan we naar Gaziantep bij familie.", ["Gaziantep"]),
    ("Dat was in Molenbeek, vlak bij het kanaal.", ["Molenbeek"]),
]

PERSON: list[tuple[str, list[str], list[str]]] = [
    # "bij X" / "van X" / "met X" with a person
    ("Ik werk elk weekend bij Yasmina in de winkel.", ["Yasmina"], []),
    ("Mijn voetbalschoenen kreeg ik van Kobe, die had ze te klein.", ["Kobe"], []),
    ("Ze doet haar stage bij Nele Verbiest, de kinesiste.", ["Nele", "Verbiest"], []),
    ("Hij werkt nu bij Ruben in de garage.", ["Ruben"], []),
    ("Ruben werkt nu bij Decathlon in Gent.", ["Ruben"], ["Decathlon", "Gent"]),
    ("Op zaterdag trainen we met Jorben en Wout.", ["Jorben", "Wout"], []),
    ("Dankzij Meryem kreeg ik een plek bij Syntra West.", ["Meryem"], ["Syntra West"]),
    ("Ze studeert samen met Amira aan de Arteveldehogeschool.", ["Amira"], ["Arteveldehogeschool"]),
    ("Sinds Noah Peeters bij KV Oostende speelt, gaan we kijken.", ["Noah", "Peeters"], ["KV Oostende"]),
    ("Juf Griet van het Atheneum Brakel kwam mee.", ["Griet"], []),
    ("Ik heb het aan Bram van de Chiro gevraagd.", ["Bram"], ["Chiro"]),
    ("Rachida van de jeugddienst belde me terug.", ["Rachida"], []),
    ("Fatiha van het OCMW hielp ons met de papieren.", ["Fatiha"], ["OCMW"]),
    ("Khadija van de Kringwinkel kwam de kasten halen.", ["Khadija"], ["Kringwinkel"]),
    # games, apps, watching
    ("Hij speelt elke avond met Ilias op de Playstation.", ["Ilias"], ["Playstation"]),
    ("We hebben met Tijl en Mats Fortnite gespeeld.", ["Tijl", "Mats"], ["Fortnite"]),
    ("Ik keek samen met Jelena naar Stranger Things.", ["Jelena"], ["Stranger Things"]),
    ("We keken naar Senne, die jongleerde met fakkels.", ["Senne"], []),
    ("Op Vinted kocht ik een jas van Lowie.", ["Lowie"], ["Vinted"]),
    ("Mijn lief Zakaria gamet de hele nacht.", ["Zakaria"], []),
    ("Met Xandro speel ik altijd Brawl Stars.", ["Xandro"], ["Brawl Stars"]),
    ("Volg Ibrahima maar, hij kent de weg in Minecraft.", ["Ibrahima"], ["Minecraft"]),
    # festivals, events, concerts with a person
    ("Samen met Oumaima gingen we naar Pukkelpop.", ["Oumaima"], ["Pukkelpop"]),
    ("Ik zat naast Ayoub in de bus naar Rock Werchter.", ["Ayoub"], ["Rock Werchter"]),
    ("Het concert van Kiana was het mooiste moment.", ["Kiana"], []),
    ("Op de Summer Vibes Party draaide Thibault Desmet plaatjes.", ["Thibault", "Desmet"], []),
    ("De tweede editie werd gepresenteerd door Wannes en Fien.", ["Wannes", "Fien"], []),
    # "de X" persons, houses with a person
    ("We vergaderen altijd bij De Smet thuis.", ["Smet"], []),
    ("Ik sprak met Jana van jeugdhuis De Zwaluw.", ["Jana"], ["De Zwaluw"]),
    ("Mevrouw De Coninck zei dat het lokaal te klein was.", ["Coninck"], []),
    ("Volgens Lieselot Van Acker is het lokaal te klein.", ["Lieselot", "Acker"], []),
    # English-looking person names
    ("Onze nieuwe leider heet River Jones, hij komt uit Wales.", ["River", "Jones"], ["Wales"]),
    ("Grace legde uit hoe de Battle of the Bands werkt.", ["Grace"], ["Battle of the Bands"]),
    ("Ik vroeg het aan Hunter, die zit al jaren in de Chiro.", ["Hunter"], ["Chiro"]),
    # chat lines and openings
    ("ik wel als mehdi de soep maakt", ["mehdi"], []),
    ("Als Reda de soep maakt, eet ik wel mee.", ["Reda"], []),
    ("Het was Kerem die de spelletjes uitlegde.", ["Kerem"], []),
    ("Tsering en ik gingen samen naar de bib van Gavere.", ["Tsering"], ["Gavere"]),
    ("Mamadou van de huiswerkklas helpt me met wiskunde.", ["Mamadou"], []),
    ("Ionut zei dat hij bij Colruyt werkt.", ["Ionut"], ["Colruyt"]),
    ("Agnieszka en Dorsa maakten de affiches voor Graffiti Jam Zuid.", ["Agnieszka", "Dorsa"], []),
    ("Bilal, die bij Bpost werkt, bracht de pakjes mee.", ["Bilal"], ["Bpost"]),
]


if __name__ == "__main__":
    from anoncases import print_score

    print_score(KEEP, PERSON)
