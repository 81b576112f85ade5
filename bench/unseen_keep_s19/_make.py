"""Generate s19-keep's own unseen keep set (run once; the files are frozen by SHA256SUMS)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from setmaker import write_keep_set  # noqa: E402

HERE = Path(__file__).resolve().parent
Q = {
    "what": "Wat er is gebeurd in de sessie? Wat hebben jullie gedaan/gehoord/beleefd? Omschrijf in 5 a 10 zinnen",
    "amb": "Op welke manier kwamen de ambities aan bod?",
    "quotes": "Interessante quote(s) uit de sessie",
    "surprise": "Wat heeft jou verrast? Wat onthoud je?",
}
# keep classes
PREP = "organisation after a preposition"
CATW = "organisation with a category word (vzw, jeugdhuis, school, fonds, dienst...)"
BRAND = "brand/firm as a verb's object or after a preposition"
PLACE = "place after a preposition"
ADDR = "place or street in an address"
HOUSE = "house name 'De/Den/Het <Word>'"
FOREIGN = "foreign organisation"
EVENT = "event or festival"
TEAM = "team or club name"
TITLE = "title of a work (book, film, play, song)"
APP = "app, game or platform"
HYPH = "capitalised word in a hyphenated compound"
DEMO = "demonym/adjective of a place"
ACR = "acronym"
AMP = "'X & Y' organisation"
# name classes
ZEGT = "name after a speech verb"
ROLE = "name after a role word"
SUBJ = "first name as subject or object inside a quote"
PREPN = "name after a preposition (met/bij/van/naar/voor)"
LOWC = "lower-case first name in a chat-like quote"
HYPN = "name in a hyphenated compound"

R = []

R.append(dict(file="k01_een-jeugdhuis-met-twee-adressen.md", title="Een jeugdhuis met twee adressen",
    session="Ronde 1 – zaal Meers", main="jeugdinfrastructuur",
    what="De sessie ging over een jeugdhuis dat na een brand twee tijdelijke plekken kreeg. De sprekers vertelden hoe ze het contact met de vaste bezoekers hielden en hoe de gemeente hielp.",
    amb="Jeugdinfrastructuur: zonder eigen lokaal verdwijnen jongeren snel uit beeld.",
    quotes='''"Elke vrijdag draaien we open huis in Jeugdhuis Den Kwakkel, en sinds de zomer ook in De Schommelstoel in Kortemark", zegt Jolien Vanhoutteghem.

"Onze tenten kochten we bij Decathlon, de frisdrank halen we bij Colruyt", vertelt Idris.

"Vzw Kiemkracht betaalt de huur, de gemeente Wingene zorgt voor het onderhoud", aldus coördinator Maaike Degryse.

"Samen met Femke en Oussama schreven we een dossier voor het Fonds Zilverberk", zegt Maaike.

"Ze spelen liever Rocket League dan voetbal, maar op woensdag trainen ze toch bij FC Heirbrug", lacht Oussama Benali.

"Het nieuwe adres is Kasteelstraat 14, 8720 Oeselgem, vlak naast bakkerij Vanhaegendoren", zegt Jolien.
''',
    surprise="Hoe snel de bezoekers de nieuwe plek vonden.",
    quote_names=["Jolien", "Vanhoutteghem", "Idris", "Maaike", "Degryse", "Femke", "Oussama", "Benali"],
    keep={"Den Kwakkel": CATW, "De Schommelstoel": HOUSE, "Kortemark": PLACE, "Decathlon": BRAND, "Colruyt": BRAND,
          "Kiemkracht": CATW, "Wingene": PLACE, "Fonds Zilverberk": CATW, "Rocket League": APP, "FC Heirbrug": TEAM,
          "Kasteelstraat": ADDR, "Oeselgem": ADDR, "Vanhaegendoren": CATW},
    names={"Jolien": ZEGT, "Vanhoutteghem": ZEGT, "Idris": ZEGT, "Maaike": ROLE, "Degryse": ROLE, "Femke": PREPN,
           "Oussama": PREPN, "Benali": ZEGT}))

R.append(dict(file="k02_op-kamp-in-de-ardennen.md", title="Op kamp in de Ardennen",
    session="Ronde 1 – zaal Schelde", main="vrijwillig-engagement",
    what="Leiding van drie jeugdbewegingen vergeleek hoe ze een kamp in het buitenland en in de Ardennen organiseren. Er ging veel tijd naar vervoer en verzekeringen.",
    amb="Vrijwillig engagement: de leiding doet dit allemaal naast de studies.",
    quotes='''"Vorig jaar sliepen we in Houffalize, dit jaar trekken we met de trein naar Vielsalm", zegt Seppe.

"De bus huren we bij Autocars Decuypere, al twintig jaar, en de verzekering loopt via Ethias", vertelt kampverantwoordelijke Lieselot Coppieters.

"We hebben alles gepland in Notion en de inschrijvingen liepen via Twizzit", zegt Seppe Dhondt.

"Met de Scouts van Sint-Jozef uit Hoboken delen we het materiaal", aldus Nabil.

"Ik vroeg aan Lieselot of de KSA-groep ook mee mocht naar het Kampvuurfestival", lacht Ines Ferreira.

"De Dienst Jeugd van Aalter leent ons de kookpotten, en van Croix-Rouge kregen we een EHBO-vorming in het Frans", zegt Nabil El Idrissi.
''',
    surprise="Dat de ouders het vervoer het belangrijkst vinden.",
    quote_names=["Seppe", "Lieselot", "Coppieters", "Dhondt", "Nabil", "Ines", "Ferreira", "El Idrissi"],
    keep={"Houffalize": PLACE, "Vielsalm": PLACE, "Autocars Decuypere": BRAND, "Ethias": BRAND, "Notion": APP,
          "Twizzit": APP, "Sint-Jozef": HYPH, "Hoboken": PLACE, "KSA": HYPH, "Kampvuurfestival": EVENT,
          "Dienst Jeugd": CATW, "Aalter": PLACE, "Croix-Rouge": FOREIGN},
    names={"Seppe": ZEGT, "Lieselot": PREPN, "Coppieters": ROLE, "Dhondt": ZEGT, "Nabil": ZEGT, "Ines": ZEGT,
           "Ferreira": ZEGT, "El Idrissi": ZEGT}))

R.append(dict(file="k03_jongeren-en-hun-apps.md", title="Jongeren en hun apps",
    session="Ronde 2 – zaal Leie", main="digitale-leefwereld",
    what="Een jongerenwerker en twee jongeren lieten zien welke apps ze elke dag gebruiken. We speelden een quiz en bespraken wat privacy voor hen betekent.",
    amb="Digitale leefwereld: de apps zijn hun plein.",
    quotes='''"Mijn zus zit de hele dag op BeReal, ik hang vooral rond op Discord", zegt Yasmina.

"Voor de quiz gebruikten we Kahoot en daarna Mentimeter", vertelt jongerenwerker Wout Lambrechts.

"We hebben een eigen server op Discord met de naam Kelderbunker, daar spreken we af met Kenzo", zegt Yasmina Aarab.

"Ik speel elke avond Valorant met mijn neef uit Antwerpen, en op Roblox bouwden we ons jeugdhuis na", lacht Kenzo.

"Op Duolingo leer ik Koreaans, dat komt van BTS", zegt Lina.

"Stuur het maar via Smartschool, dan lezen de ouders het ook", aldus Wout.

"Mijn eerste telefoon was een Samsung, nu heb ik een iPhone van mijn tante", zegt Lina Kovačević.
''',
    surprise="Dat ze Discord als veiliger zien dan Instagram.",
    quote_names=["Yasmina", "Aarab", "Wout", "Lambrechts", "Kenzo", "Lina", "Kovačević"],
    keep={"BeReal": APP, "Discord": APP, "Kahoot": APP, "Mentimeter": APP, "Kelderbunker": APP, "Valorant": APP, "Roblox": APP,
          "Antwerpen": PLACE, "Duolingo": APP, "Koreaans": DEMO, "BTS": ACR, "Smartschool": APP, "Samsung": BRAND,
          "iPhone": BRAND},
    names={"Yasmina": ZEGT, "Aarab": ZEGT, "Wout": ROLE, "Lambrechts": ROLE, "Kenzo": PREPN, "Lina": ZEGT,
           "Kovačević": ZEGT}))

R.append(dict(file="k04_een-festival-voor-de-buurt.md", title="Een festival voor de buurt",
    session="Ronde 2 – zaal Dijle", main="stem-van-kinderen-en-jongeren",
    what="Jongeren uit een wijk organiseerden zelf een festival. Ze vertelden hoe ze het budget kregen en hoe ze met de buren praatten.",
    amb="Stem van jongeren: zij kozen de artiesten en de plek.",
    quotes='''"Het begon allemaal na Pukkelpop, we wilden zoiets op het Dambordplein", zegt Amber.

"Ons festival heet Wijkbeat en de affiche maakten we in Canva", vertelt Amber Verstraelen.

"Met Ahmed ging ik naar de jeugdraad van Lochristi, en daar kregen we steun van schepen Lutgart", lacht Mustafa.

"De geluidsinstallatie kwam van Sound & Light Desloovere, de frieten van Frituur 't Kraaienest", zegt Mustafa Yıldız.

"We speelden een cover van Zombie van The Cranberries en de buren zongen mee", zegt Ahmed.

"Volgend jaar doen we mee aan de Week van de Jeugdbeweging en vragen we subsidie bij de Vlaamse Gemeenschap", aldus Ahmed Ouali.
''',
    surprise="Hoeveel buren kwamen helpen.",
    quote_names=["Amber", "Verstraelen", "Ahmed", "Mustafa", "Yıldız", "Lutgart", "Ouali"],
    keep={"Pukkelpop": EVENT, "Dambordplein": PLACE, "Wijkbeat": EVENT, "Canva": APP, "Lochristi": PLACE,
          "Sound & Light Desloovere": AMP, "Frituur 't Kraaienest": CATW, "Zombie": TITLE, "The Cranberries": TITLE,
          "Week van de Jeugdbeweging": EVENT, "Vlaamse Gemeenschap": CATW},
    names={"Amber": ZEGT, "Verstraelen": ZEGT, "Ahmed": PREPN, "Mustafa": ZEGT, "Yıldız": ZEGT,
           "Lutgart": ROLE, "Ouali": ZEGT}))

R.append(dict(file="k05_sport-als-jeugdwerk.md", title="Sport als jeugdwerk",
    session="Ronde 3 – zaal Nete", main="kruispunten",
    what="Een voetbalclub en een jeugdwerking vertelden hoe ze samen een zomerprogramma maken. De trainers zijn ook monitoren.",
    amb="Kruispunten: sport en jeugdwerk vinden elkaar.",
    quotes='''"Onze U13 speelt bij KVC Westerlo-Oost, maar in juli staan ze op het speelplein van Lummen", zegt trainer Joris Vangeel.

"We trainen in de sporthal De Kantelbrug en op vrijdag in Sportcentrum Dommelhof", vertelt Anouk.

"Sinds Sporza over ons berichtte, bellen er ouders uit heel Limburg", lacht Anouk Claessens.

"De truitjes komen van Jako en de sponsor is Brouwerij Kwaremont", zegt Joris.

"Met Thibault spelen we straks de Dwars door Hasselt-loop", aldus Malik.

"Ik kijk elke week naar Club Brugge, maar ik supporter voor de Red Flames", zegt Malik Diallo.
''',
    surprise="Hoe vaak de trainers ook monitor zijn.",
    quote_names=["Joris", "Vangeel", "Anouk", "Claessens", "Thibault", "Malik", "Diallo"],
    keep={"KVC Westerlo-Oost": TEAM, "Lummen": PLACE, "De Kantelbrug": HOUSE, "Sportcentrum Dommelhof": CATW,
          "Sporza": BRAND, "Limburg": PLACE, "Jako": BRAND, "Brouwerij Kwaremont": CATW, "Hasselt": HYPH,
          "Club Brugge": TEAM, "Red Flames": TEAM},
    names={"Joris": ROLE, "Vangeel": ROLE, "Anouk": ZEGT, "Claessens": ZEGT, "Thibault": PREPN, "Malik": ZEGT,
           "Diallo": ZEGT}))

R.append(dict(file="k06_lezen-en-theater.md", title="Lezen en theater met tieners",
    session="Ronde 3 – zaal IJzer", main="mentaal-welzijn",
    what="Een bibliothecaris en een theatermaker vertelden over een leesclub voor tieners die eindigde met een voorstelling.",
    amb="Mentaal welzijn: verhalen helpen om over moeilijke dingen te praten.",
    quotes='''"We lazen Het Smelt van Lize Spit en daarna Aardappelen van Wilder", zegt Hanne.

"De voorstelling speelden we in CC De Spil in Roeselare, met steun van Kunstwerkt", vertelt theatermaker Ruben Maes.

"Bij Bibliotheek Kouterveld mochten we elke dinsdag de leeszaal gebruiken", zegt Hanne Verbeke.

"Mijn favoriet blijft De Helaasheid der Dingen, het boek en de film", lacht Aylin.

"Met Ruben oefenden we op een tekst van Shakespeare, in het Engels", zegt Aylin Demir.

"Ik ontdekte de podcast Tussen Twee Tonen via Spotify", aldus Jasper.
''',
    surprise="Hoe open de tieners over hun eigen leven vertelden.",
    quote_names=["Hanne", "Verbeke", "Ruben", "Maes", "Aylin", "Demir", "Jasper"],
    keep={"Het Smelt": TITLE, "Aardappelen": TITLE, "CC De Spil": CATW, "Roeselare": PLACE, "Kunstwerkt": PREP,
          "Bibliotheek Kouterveld": CATW, "De Helaasheid der Dingen": TITLE, "Shakespeare": TITLE, "Engels": DEMO,
          "Tussen Twee Tonen": TITLE, "Spotify": APP},
    names={"Hanne": ZEGT, "Verbeke": ZEGT, "Ruben": ROLE, "Maes": ROLE, "Aylin": ZEGT, "Demir": ZEGT, "Jasper": ZEGT}))

R.append(dict(file="k07_europa-in-het-jeugdhuis.md", title="Europa in het jeugdhuis",
    session="Ronde 4 – zaal Zenne", main="kruispunten",
    what="Twee jeugdwerkers vertelden over een uitwisseling met groepen uit Portugal en Polen. We keken naar filmpjes en deden een taalspel.",
    amb="Kruispunten: jongeren leren over grenzen heen.",
    quotes='''"Het project kreeg geld van Erasmus+ via JINT, en de partner in Porto was Associação Ponte Jovem", zegt Kobe.

"In Krakau logeerden we bij Fundacja Mosty, een groep vrijwilligers", vertelt Kobe Peeters.

"We reden met Flixbus tot Lyon en dan met de TGV verder", lacht Zainab.

"Met Wiktoria van de Poolse groep praat ik nog elke week via WhatsApp", zegt Zainab Haddou.

"Ons logo maakten we samen met Studio Kuifmees uit Leuven", aldus begeleider Pieterjan Goossens.

"Volgend jaar komen ze naar het Jeugdhuis Kaleidoscoop in Ninove", zegt Pieterjan.
''',
    surprise="Dat taal minder een drempel was dan verwacht.",
    quote_names=["Kobe", "Peeters", "Zainab", "Haddou", "Wiktoria", "Pieterjan", "Goossens"],
    keep={"Erasmus+": FOREIGN, "JINT": ACR, "Porto": PLACE, "Associação Ponte Jovem": FOREIGN, "Krakau": PLACE,
          "Fundacja Mosty": FOREIGN, "Flixbus": BRAND, "Lyon": PLACE, "TGV": ACR, "Poolse": DEMO,
          "WhatsApp": APP, "Studio Kuifmees": CATW, "Leuven": PLACE, "Kaleidoscoop": CATW, "Ninove": PLACE},
    names={"Kobe": ZEGT, "Peeters": ZEGT, "Zainab": ZEGT, "Haddou": ZEGT, "Wiktoria": PREPN, "Pieterjan": ROLE,
           "Goossens": ROLE}))

R.append(dict(file="k08_een-chatlijn-voor-jongeren.md", title="Een chatlijn voor jongeren",
    session="Ronde 4 – zaal Durme", main="mentaal-welzijn",
    what="Vrijwilligers van een chatlijn lieten zien hoe een gesprek verloopt. We lazen geanonimiseerde chats en oefenden zelf.",
    amb="Mentaal welzijn: jongeren zoeken hulp waar ze al zijn.",
    quotes='''"De meeste jongeren vinden ons via TikTok of via de website van Awel", zegt vrijwilliger Sofie Maertens.

"hey sofie, ik wil niet naar school morgen", schreef een jongere om middernacht.

"We werken samen met het CLB van Ieper en met Tejo", vertelt Yannick.

"ik en mehdi hebben gisteren nog met Nightline gechat", las Yannick Vandenbussche voor uit een chat.

"Onze vrijwilligers volgen een opleiding bij Het Veerhuis in Wervik", zegt Sofie.

"Mijn moeder werkt bij de VDAB, ze zegt dat ik naar Mentaal Fit moet", zegt Mehdi.

"De folders drukt Drukkerij Vanhoorickx gratis, we leggen ze in elke Kringwinkel", zegt Yannick.
''',
    surprise="Hoe laat de meeste gesprekken plaatsvinden.",
    quote_names=["Sofie", "Maertens", "Yannick", "Vandenbussche", "Mehdi"],
    keep={"TikTok": APP, "Awel": PREP, "CLB": ACR, "Ieper": PLACE, "Tejo": PREP, "Nightline": APP,
          "Het Veerhuis": HOUSE, "Wervik": PLACE, "VDAB": ACR, "Mentaal Fit": PREP,
          "Drukkerij Vanhoorickx": CATW, "Kringwinkel": BRAND},
    names={"Sofie": ROLE + "; " + LOWC, "Maertens": ROLE, "Yannick": ZEGT, "Vandenbussche": ZEGT, "Mehdi": LOWC + "; " + ZEGT}))

R.append(dict(file="k09_jeugdraad-en-gemeente.md", title="De jeugdraad en de gemeente",
    session="Ronde 5 – zaal Demer", main="stem-van-kinderen-en-jongeren",
    what="Leden van een jeugdraad vertelden hoe ze met het college praten. Er was een rollenspel over een gemeenteraad.",
    amb="Stem van jongeren: de jeugdraad schrijft mee aan het meerjarenplan.",
    quotes='''"We zitten elke maand samen in het Gemeentehuis van Zonhoven, in de raadzaal", zegt Lotte.

"De Jeugdraad Zonhoven schreef een advies over het Speelbos Teutenberg", vertelt voorzitter Lotte Vanderheyden.

"Onze schepen vroeg ons om mee te werken aan Zonhoven Zomert", lacht Hamza.

"Met Arne ging ik naar een vorming van De Ambrassade in Brussel", zegt Hamza Bouzid.

"Het plan staat op Padlet en op de site van het Vlaams Jeugdraadsplatform", aldus Arne.

"Ik woon in de Heidestraat, vlak bij de Aldi, en daar is geen fietspad", zegt Arne Claes.
''',
    surprise="Hoe serieus het college de jeugdraad neemt.",
    quote_names=["Lotte", "Vanderheyden", "Hamza", "Bouzid", "Arne", "Claes"],
    keep={"Gemeentehuis": CATW, "Zonhoven": PLACE, "Jeugdraad Zonhoven": CATW, "Speelbos Teutenberg": CATW,
          "Zonhoven Zomert": EVENT, "De Ambrassade": HOUSE, "Brussel": PLACE, "Padlet": APP,
          "Vlaams Jeugdraadsplatform": CATW, "Heidestraat": ADDR, "Aldi": BRAND},
    names={"Lotte": ZEGT, "Vanderheyden": ROLE, "Hamza": ZEGT, "Bouzid": ZEGT, "Arne": PREPN, "Claes": ZEGT}))

R.append(dict(file="k10_speelpleinwerking-in-de-stad.md", title="Speelpleinwerking in de stad",
    session="Ronde 5 – zaal Mandel", main="jeugdinfrastructuur",
    what="Een speelpleinwerking uit een stad vertelde over haar nieuwe terrein en de samenwerking met scholen.",
    amb="Jeugdinfrastructuur: ruimte om te spelen is schaars in de stad.",
    quotes='''"Ons terrein ligt achter Basisschool De Wilgenkrans in Borgerhout", zegt Nele.

"We kregen bomen van Natuurpunt en speeltuigen van Kompan", vertelt Nele Wouters.

"De kinderen spelen het liefst Weerwolven van Wakkerdam en Stratego", lacht animator Rayan.

"Met de Speelpleinwerking Tjoelala uit Mortsel wisselen we animatoren uit", zegt Rayan Aydın.

"In augustus komt het Circus Ronaldo langs, dat is een hoogtepunt, en de limonade halen we bij de Okay", aldus Cas.

"Ik vroeg aan Nele of we het Speelplein-Tjoelalafeest in het Rivierenhof mochten houden", zegt Cas Willems.
''',
    surprise="Hoeveel kinderen elke dag komen.",
    quote_names=["Nele", "Wouters", "Rayan", "Aydın", "Cas", "Willems"],
    keep={"Basisschool De Wilgenkrans": CATW, "Borgerhout": PLACE, "Natuurpunt": PREP, "Kompan": BRAND,
          "Weerwolven van Wakkerdam": TITLE, "Stratego": APP, "Tjoelala": CATW, "Mortsel": PLACE,
          "Circus Ronaldo": EVENT, "Okay": BRAND, "Rivierenhof": PLACE},
    names={"Nele": ZEGT, "Wouters": ZEGT, "Rayan": ROLE, "Aydın": ZEGT, "Cas": ZEGT, "Willems": ZEGT}))


if __name__ == "__main__":
    write_keep_set(HERE, R, Q)
