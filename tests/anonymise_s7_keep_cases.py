"""Session 7, the keep side: a FROZEN batch of unseen cases (issue 11, s7-keep item 1).

Written by s7-keep on 5 December 2026 BEFORE any rule of session 7 was changed, without
copying a word from bench/data, tests/fixtures or /work/shared, and avoiding the names of
the frozen keep batches of sessions 5 and 6. Every person here is invented; the brands,
shops, apps, games, programmes, festivals, schools, services and places are real public
names of Flemish life. A keep list may never be built from this file: it is the yardstick.

Do not edit the cases below: they are the measure. ``tests/test_anonymise_batches.py``
runs them (known misses as strict xfail) and ``python tests/anonymise_s7_keep_cases.py``
prints the score (keep items kept, person name parts removed).

KEEP: (quote text, items that must survive verbatim).
PERSON: (quote text, name parts that must be gone, items that must survive) -- the same
positions as KEEP, with a person standing where a thing stood.
"""

from __future__ import annotations

KEEP: list[tuple[str, list[str]]] = [
    # a brand, shop, service or organisation standing alone, opening the sentence
    ("Carrefour levert elke maand de drank voor de vergadering.", ["Carrefour"]),
    ("Hema had de goedkoopste slingers voor het feest.", ["Hema"]),
    ("JBC gaf ons kortingsbonnen voor de tombola.", ["JBC"]),
    ("Flixbus bracht ons voor twaalf euro tot in Parijs.", ["Flixbus", "Parijs"]),
    ("Netflix hebben we opgezegd, het was te duur voor de werking.", ["Netflix"]),
    ("Spotify staat de hele avond aan in het lokaal.", ["Spotify"]),
    ("Standaard Boekhandel schonk ons twintig strips voor de leeshoek.", ["Standaard Boekhandel"]),
    ("AS Adventure gaf korting op de slaapzakken.", ["AS Adventure"]),
    ("Vluchtelingenwerk Vlaanderen stuurde ons een vormingspakket.", ["Vluchtelingenwerk Vlaanderen"]),
    ("Bond zonder Naam verdeelt elk jaar die kaartjes met spreuken.", ["Bond zonder Naam"]),
    ("Bataljong organiseert de vorming voor nieuwe animatoren.", ["Bataljong"]),
    ("Awel is er voor iedereen die met iemand wil praten.", ["Awel"]),
    ("Sensoa kwam een workshop geven over relaties en seks.", ["Sensoa"]),
    ("Opgroeien betaalt een deel van de werkingskosten.", ["Opgroeien"]),
    ("Wikipedia is de eerste plaats waar ze iets opzoeken.", ["Wikipedia"]),
    ("Solidaris betaalt een deel van het kamp terug.", ["Solidaris"]),
    # "bij X"
    ("Na school werk ik bij Albert Heijn aan de kassa.", ["Albert Heijn"]),
    ("Mijn tante werkt al twintig jaar bij Jules Destrooper in Lo.", ["Jules Destrooper", "Lo"]),
    ("We aten nog iets bij Pizza Hut na de film.", ["Pizza Hut"]),
    ("Bij Panos halen we soms een broodje voor de trein.", ["Panos"]),
    ("Hij doet een stage bij Mediamarkt in Gent.", ["Mediamarkt", "Gent"]),
    ("Ik kocht de verf bij Hubo, de rest hadden we nog.", ["Hubo"]),
    ("Je kan de tickets afhalen bij Fnac of online.", ["Fnac"]),
    ("Ze is gaan solliciteren bij Randstad in de stationsstraat.", ["Randstad"]),
    ("Mijn moeder poetst bij Dienstenbedrijf Kwik in de voormiddag.", ["Kwik"]),
    ("Ik zit in de jeugdploeg bij Lierse Kempenzonen.", ["Lierse Kempenzonen"]),
    ("Hij traint nu bij Racing Genk, daar droomt iedereen van.", ["Racing Genk"]),
    ("Zij zwemt bij Zwemclub Neptunus in Lommel.", ["Neptunus", "Lommel"]),
    ("Bij Formaat kan je gratis een vorming volgen.", ["Formaat"]),
    ("We kregen hulp bij het JAC om de brief te schrijven.", ["JAC"]),
    # "naar X"
    ("Met de speelpleinwerking gaan we elk jaar naar Plopsaland.", ["Plopsaland"]),
    ("De tieners wilden naar Bobbejaanland in plaats van naar zee.", ["Bobbejaanland"]),
    ("We namen de trein naar Planckendael met veertig kinderen.", ["Planckendael"]),
    ("Op de laatste dag gingen we naar Bellewaerde.", ["Bellewaerde"]),
    ("Voor de verjaardag gingen we naar Lasergame Dessel.", ["Lasergame Dessel"]),
    ("Ze gaan deze zomer naar Center Parcs in De Haan.", ["Center Parcs", "De Haan"]),
    ("We reden met de bus naar het Atomium.", ["Atomium"]),
    ("Ik ga liever naar Ancienne Belgique dan naar een festival.", ["Ancienne Belgique"]),
    ("Met school gingen we naar Het Depot voor een concert.", ["Het Depot"]),
    ("Na de examens trokken we naar Oostende naar zee.", ["Oostende"]),
    ("Hij wil later naar Sint-Lucas om te tekenen.", ["Sint-Lucas"]),
    ("Ze kijkt elke avond naar Familie met haar oma.", ["Familie"]),
    ("We kijken samen naar Temptation Island, al is het een slecht programma.", ["Temptation Island"]),
    ("Luister eens naar Radio 2, daar draaien ze ons liedje.", ["Radio 2"]),
    # "op X"
    ("Alle afspraken staan op Smartschool, maar niemand kijkt.", ["Smartschool"]),
    ("Hij zit de hele dag op TikTok.", ["TikTok"]),
    ("We maakten een groep op WhatsApp voor de ouders.", ["WhatsApp"]),
    ("De vergadering was op Teams, dat ging slecht.", ["Teams"]),
    ("Ze zoekt recepten op Pinterest.", ["Pinterest"]),
    ("We stonden met een standje op Couleur Café.", ["Couleur Café"]),
    ("Vorig jaar was ik vrijwilliger op Dour.", ["Dour"]),
    ("Op Suikerrock speelde de band van mijn neef.", ["Suikerrock"]),
    ("We verkochten pannenkoeken op de Gentse Feesten.", ["Gentse Feesten"]),
    ("Ze gingen op kamp met Jeugd Rode Kruis.", ["Jeugd Rode Kruis"]),
    ("Het staat allemaal op Uitinvlaanderen.", ["Uitinvlaanderen"]),
    ("Je kan je inschrijven op Eventbrite.", ["Eventbrite"]),
    # "in X"
    ("In Trix hebben we ooit een optreden gegeven.", ["Trix"]),
    ("In het Sportpaleis was het veel te luid.", ["Sportpaleis"]),
    ("Hij heeft een kot in Leuven en komt enkel in het weekend.", ["Leuven"]),
    ("In Muziekodroom kan je gratis repeteren.", ["Muziekodroom"]),
    ("Ze speelt in Familie, dat zie je toch meteen.", ["Familie"]),
    ("Hij zit op internaat in Don Bosco Haacht.", ["Don Bosco Haacht"]),
    ("De repetitie is in De Roma in Borgerhout.", ["De Roma", "Borgerhout"]),
    # "van X" after an object
    ("Ik kreeg een rugzak van Eastpak voor het nieuwe schooljaar.", ["Eastpak"]),
    ("De jassen van Jack Wolfskin zijn veel te duur.", ["Jack Wolfskin"]),
    ("Zijn nieuwe spel is van Nintendo.", ["Nintendo"]),
    ("Ik heb een bon van Fnac gewonnen met de quiz.", ["Fnac"]),
    ("De bus van De Lijn reed ons gewoon voorbij.", ["De Lijn"]),
    ("Ik heb een brief van Opgroeien gekregen.", ["Opgroeien"]),
    ("De subsidie van Erasmus+ is eindelijk binnen.", ["Erasmus+"]),
    ("De vrijwilligers van Music for Life waren ook daar.", ["Music for Life"]),
    ("De koekjes van Jules Destrooper deelden we uit op de vergadering.", ["Jules Destrooper"]),
    # names whose first word is a first name, things named after a person
    ("De kleuters speelden Piet Piraat na in de zandbak.", ["Piet Piraat"]),
    ("Op de fuif droegen ze allemaal Tommy Hilfiger.", ["Tommy Hilfiger"]),
    ("Mijn nichtje is fan van Mega Mindy.", ["Mega Mindy"]),
    ("Hij leest elke week Lucky Luke op de bus.", ["Lucky Luke"]),
    ("Onze dochter ligt in het Sint-Vincentiusziekenhuis.", ["Sint-Vincentiusziekenhuis"]),
    ("Ze werkt in het Maria Middelares in Gent.", ["Maria Middelares", "Gent"]),
    ("Het Anne Frank Huis staat op de lijst voor de reis.", ["Anne Frank Huis"]),
    ("We bezochten het Victor Hortamuseum niet, het was dicht.", ["Victor Hortamuseum"]),
    ("Hij studeert aan de Erasmushogeschool in Brussel.", ["Erasmushogeschool", "Brussel"]),
    ("De kinderen lezen graag Jommeke in de bib.", ["Jommeke"]),
    # "X & Y", "X en Y"
    ("Mijn zus werkt bij Marks & Spencer in Londen.", ["Marks & Spencer", "Londen"]),
    ("De kleinsten kijken naar Tom & Jerry op de tablet.", ["Tom & Jerry"]),
    ("Ze wil een tas van Dolce & Gabbana voor haar verjaardag.", ["Dolce & Gabbana"]),
    ("Op woensdag lezen we Suske en Wiske voor.", ["Suske en Wiske"]),
    ("We gingen naar de show van Samson en Marie.", ["Samson en Marie"]),
    # English titles of several words, games, series, films
    ("In de pauze spelen ze Clash of Clans.", ["Clash of Clans"]),
    ("Hij speelt te veel Grand Theft Auto voor zijn leeftijd.", ["Grand Theft Auto"]),
    ("We keken The Last of Us tot drie uur 's nachts.", ["The Last of Us"]),
    ("Animal Crossing is hier het favoriete spel van de meisjes.", ["Animal Crossing"]),
    ("We speelden Stumble Guys op groot scherm.", ["Stumble Guys"]),
    ("Iedereen praatte over Sex Education na de vorming.", ["Sex Education"]),
    ("Het thema van de fuif was Peaky Blinders.", ["Peaky Blinders"]),
    ("We keken High School Musical op de filmavond.", ["High School Musical"]),
    ("Hij kent alle liedjes van Frozen uit het hoofd.", ["Frozen"]),
    ("Ze lezen Game of Thrones in het Engels.", ["Game of Thrones"]),
    ("Onze quiz ging over Lord of the Rings.", ["Lord of the Rings"]),
    ("De Ideale Wereld is zijn favoriete programma.", ["De Ideale Wereld"]),
    ("Iedereen keek Wtfock, ook de leiding.", ["Wtfock"]),
    # apps and brands with digits or inner capitals
    ("We maakten de affiche in Canva.", ["Canva"]),
    ("Met Mentimeter stemden de jongeren over de naam.", ["Mentimeter"]),
    ("De presentatie staat op OneDrive.", ["OneDrive"]),
    ("Ik heb een UiTPAS met kansentarief.", ["UiTPAS"]),
    ("Hij heeft een iPad gekregen van de school.", ["iPad"]),
    ("Ze speelt GTA V bij haar neef.", ["GTA V"]),
    ("We zoeken de weg met Google Maps.", ["Google Maps"]),
    ("Bel even via Signal, dat is veiliger.", ["Signal"]),
    # festivals, days, campaigns and programmes
    ("Tijdens Levensloop liepen we de hele nacht.", ["Levensloop"]),
    ("Voor Kom op tegen Kanker verkochten we azalea's.", ["Kom op tegen Kanker"]),
    ("Op de Belgian Pride liepen we mee met de vlag.", ["Belgian Pride"]),
    ("Na het Suikerfeest kwam iedereen met lekkers.", ["Suikerfeest"]),
    ("Voor de Week van de Vrijwilliger maakten we taart.", ["Week van de Vrijwilliger"]),
    ("Met Reggae Geel hebben we een samenwerking.", ["Reggae Geel"]),
    ("Crammerock is het grootste gratis festival in de buurt.", ["Crammerock"]),
    # schools, houses, clubs, services
    ("Ze zit in het derde jaar in het Sint-Barbaracollege.", ["Sint-Barbaracollege"]),
    ("Hij studeert aan de UCLL om leerkracht te worden.", ["UCLL"]),
    ("De studenten van PXL kwamen helpen met de website.", ["PXL"]),
    ("Het CLB zei dat ze beter van school kon veranderen.", ["CLB"]),
    ("Via Huis van het Kind kregen we een bakfiets.", ["Huis van het Kind"]),
    ("Ze gaat naar het Jongerenadviescentrum van Oost-Vlaanderen.", ["Oost-Vlaanderen"]),
    ("Jeugdhuis Kadee zoekt nog tappers voor de fuif.", ["Kadee"]),
    ("De Ambrassade bracht alle jeugdwerkers samen.", ["De Ambrassade"]),
    ("We trainen bij Atletiekclub Vilvoorde op de piste.", ["Atletiekclub Vilvoorde"]),
    # places: Belgian places that are words or first names, places abroad, demonyms
    ("Ons kamp is dit jaar in Mol, vlak bij de meren.", ["Mol"]),
    ("Zij woont in Lier en fietst naar school.", ["Lier"]),
    ("We speelden een match in Peer tegen de thuisploeg.", ["Peer"]),
    ("Hij verhuisde van Bree naar Hasselt.", ["Bree", "Hasselt"]),
    ("Mijn tante woont in Sofia en komt elke zomer.", ["Sofia"]),
    ("We gingen met de jeugdraad naar Florence.", ["Florence"]),
    ("Haar vader werkt in Kinshasa als chauffeur.", ["Kinshasa"]),
    ("De familie van Ahmed komt uit Mosul.", ["Mosul"]),
    ("Zij is geboren in Asmara.", ["Asmara"]),
    ("Mijn buurvrouw is Somalische en spreekt vijf talen.", ["Somalische"]),
    ("De Koerdische jongeren vierden Newroz in het park.", ["Koerdische", "Newroz"]),
    ("Veel Roemeense gezinnen wonen in de wijk.", ["Roemeense"]),
    ("We deden een uitwisseling met een groep uit Tbilisi.", ["Tbilisi"]),
    ("Hij woonde vroeger in Lubumbashi.", ["Lubumbashi"]),
    ("Ze nam de trein van Dendermonde naar Ninove.", ["Dendermonde", "Ninove"]),
    ("In Heusden-Zolder is er een nieuw jeugdhuis.", ["Heusden-Zolder"]),
]

PERSON: list[tuple[str, list[str], list[str]]] = [
    # standing alone / opening the sentence
    ("Caroline levert elke maand de drank voor de vergadering.", ["Caroline"], []),
    ("Hilde had de goedkoopste slingers voor het feest.", ["Hilde"], []),
    ("Fleur staat de hele avond aan de tap in het lokaal.", ["Fleur"], []),
    ("Jorunn gaf korting op de slaapzakken.", ["Jorunn"], []),
    ("Meester Stijn kwam een workshop geven over relaties.", ["Stijn"], []),
    ("Tamara betaalt een deel van het kamp terug.", ["Tamara"], []),
    ("Albert kwam helpen aan de kassa.", ["Albert"], []),
    # "bij X"
    ("Na school werk ik bij Albert Verhaegen aan de kassa.", ["Albert", "Verhaegen"], []),
    ("We aten nog iets bij Wannes na de film.", ["Wannes"], []),
    ("Bij Lotte halen we soms een broodje voor de trein.", ["Lotte"], []),
    ("Hij doet een stage bij Koen Van Damme in Gent.", ["Koen", "Damme"], ["Gent"]),
    ("Ik zit in de ploeg bij trainer Gunther.", ["Gunther"], []),
    ("We kregen hulp bij Sofie om de brief te schrijven.", ["Sofie"], []),
    # "naar X"
    ("De tieners wilden naar Jana in plaats van naar zee.", ["Jana"], []),
    ("Op de laatste dag gingen we naar Matthias thuis.", ["Matthias"], []),
    ("Ze kijkt elke avond naar Jef, haar kleine broer.", ["Jef"], []),
    ("Luister eens naar Evelien, zij weet het.", ["Evelien"], []),
    # "op X"
    ("Op Nathalie kan je altijd rekenen als er iets is.", ["Nathalie"], []),
    ("We wachtten op Dylan, want hij had de sleutels.", ["Dylan"], []),
    ("Hij zit de hele dag op te letten op Mira.", ["Mira"], []),
    # "in X", "van X"
    ("In Kobe zijn ogen zag je dat hij bang was.", ["Kobe"], []),
    ("Ik kreeg een rugzak van Hannelore voor het nieuwe schooljaar.", ["Hannelore"], []),
    ("De jas van Jack is veel te groot voor hem.", ["Jack"], []),
    ("Ik heb een brief van Wendy gekregen.", ["Wendy"], []),
    ("De koekjes van Marieke deelden we uit op de vergadering.", ["Marieke"], []),
    # first names as first words, "X & Y", "X en Y"
    ("Piet kwam de zandbak opruimen.", ["Piet"], []),
    ("Tommy droeg een rode trui op de fuif.", ["Tommy"], []),
    ("Lucas leest elke week een strip op de bus.", ["Lucas"], []),
    ("Anne Vercruysse zorgt voor de reis.", ["Anne", "Vercruysse"], []),
    ("Victor Hoste deed de deur niet open.", ["Victor", "Hoste"], []),
    ("Jules en Marthe gaven de vorming over pesten.", ["Jules", "Marthe"], []),
    ("We gingen naar de show van Sam en Marie.", ["Sam", "Marie"], []),
    ("Ik ging met Tom & Jelle naar de cinema.", ["Tom", "Jelle"], []),
    # persons beside things
    ("Nicolas werkt bij Hubo en zijn zus bij Hema.", ["Nicolas"], ["Hubo", "Hema"]),
    ("Volgens Astrid is Dour te ver om met de fiets te gaan.", ["Astrid"], ["Dour"]),
    ("Gilles speelt elke avond Clash of Clans met zijn neef Mathis.", ["Gilles", "Mathis"], ["Clash of Clans"]),
    ("Liesbeth van de jeugddienst werkt ook bij Awel.", ["Liesbeth"], ["Awel"]),
    ("Op TikTok volgt Zoë alleen dansfilmpjes.", ["Zoë"], ["TikTok"]),
    ("Vraag aan Kaat of we naar Plopsaland mogen.", ["Kaat"], ["Plopsaland"]),
    ("Mijn buurman Sami komt uit Mosul.", ["Sami"], ["Mosul"]),
    ("Zij is met Florian naar Lier verhuisd.", ["Florian"], ["Lier"]),
    ("Sofia zei dat ze niet mee kon naar Florence.", ["Sofia"], ["Florence"]),
]


if __name__ == "__main__":
    from anoncases import print_score

    print_score(KEEP, PERSON)
