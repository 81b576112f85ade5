"""Generate s23-keep's own unseen keep set (run once; the files are frozen by SHA256SUMS)."""
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
JOB = "organisation after a role noun + bij/voor/@/at (profile line, signature, job headline)"
CLUB = "team after a sports-club prefix (FC, KSV, VC, HC, ...) or 'Team <word/place>'"
HEET = "thing named by a naming verb with a thing as subject (heet/noemt/was in)"
KNOWN = "known place/brand/body in lower case or opening a sentence"
CARD = "foreign city or title on a card, word cloud or sheet"
APP = "single-word app/game/programme/site in a frame"
PLACE = "town or city"
# name classes
JOBN = "person in an employer frame (stage bij, stagiair bij, werkt voor)"
CLUBN = "person in a team frame (Team <Naam>, scorer lines)"
HEETN = "person named by a naming verb (hij/zij/mijn leider heet X)"
LOWC = "lower-case name in a line without case"
CAPS = "name in ALL CAPS"
ZEGT = "name after a speech verb"
WORDN = "name that is also a word"
CARDN = "name on a card or sheet"

R = []
R.append(dict(file="s01_wie-werkt-waar.md", title="Wie werkt waar",
    session="Ronde 1 – zaal Schelde", main="jeugdwerk-en-lokaal-bestuur",
    what="De sprekers stelden zich voor met hun profiel van een netwerksite; daarna vertelden ze over hun stage.",
    amb="Samenwerken tussen jeugdwerk, school en bestuur.",
    quotes='''"Ik plakte gewoon mijn profiel op de slide", zegt Teodora Lindqvist.

Teodora Lindqvist
Jeugdconsulent bij Gemeentebestuur Zwevegem
Vroeger: Projectmedewerker bij Kwadraat & Vonk

Obinna Chukwuemeka
Stagiair @ HogeschoolDeltaris | Student Sociaal Werk
Onderzoeker bij kenniscentrum leefruimte

"Ik ben developer bij Codevlinder en coach voor Speelpleinwerking Zonnekap", zegt Obinna.

"Ik deed mijn eerste stage bij meester Ravi, in het derde leerjaar", vertelt Teodora.

"Later was ik stagiair bij Hamza Vlietinck, een zelfstandige fotograaf", zegt Obinna.

"Ik werk nu voor Marjolein Claerhout, ze heeft een eigen praktijk", zegt Saoirse Dunleavy.

Saoirse Dunleavy — Student at Northmere University, volunteer at Harbourlight Trust
''',
    surprise="Hoe verschillend hun loopbanen zijn.",
    quote_names=["Teodora", "Lindqvist", "Obinna", "Chukwuemeka", "Ravi", "Hamza", "Vlietinck",
                 "Marjolein", "Claerhout", "Saoirse", "Dunleavy"],
    keep={"Gemeentebestuur Zwevegem": JOB, "Kwadraat & Vonk": JOB, "HogeschoolDeltaris": JOB,
          "kenniscentrum leefruimte": JOB, "Codevlinder": JOB, "Speelpleinwerking Zonnekap": JOB,
          "Northmere University": JOB, "Harbourlight Trust": JOB, "Zwevegem": PLACE},
    names={"Teodora": ZEGT, "Lindqvist": JOBN, "Obinna": JOBN, "Chukwuemeka": JOBN, "Ravi": JOBN,
           "Hamza": JOBN, "Vlietinck": JOBN, "Marjolein": JOBN, "Claerhout": JOBN, "Saoirse": JOBN,
           "Dunleavy": JOBN}))

R.append(dict(file="s02_handtekeningen.md", title="Handtekeningen onder de mails",
    session="Ronde 1 – zaal Leie", main="jeugdwerk-en-lokaal-bestuur",
    what="Jongeren lazen mails voor die ze van diensten kregen en bespraken wie ze moesten bellen.",
    amb="Toegankelijke diensten.",
    quotes='''"Elke mail eindigt met zo'n handtekening", zegt Lucía Ferreira Gomes.

Met vriendelijke groeten,
Brecht
Jeugdwerker bij JOC Lijnzaad
Trajectbegeleider voor Jobhaven Ooststrand

Kind regards,
Aleksandra
Youth worker at Riverbend Youth Hub

"Mijn broer is monteur bij Fietsatelier Naaf & Co en ik ben vrijwilliger bij vzw Tussenstop", zegt Lucía.

"Mijn zus doet stage bij juf Anouk en ik bij Yusuf Demirtaş", zegt Kwabena Owusu.

"Ik ben vrijwilliger bij Fenna thuis, ze heeft drie pleegkinderen", zegt Kwabena.

"Hij is begeleider bij Daan en Wout op kamp", lacht Lucía.
''',
    surprise="Hoeveel diensten er zijn.",
    quote_names=["Lucía", "Ferreira", "Gomes", "Brecht", "Aleksandra", "Anouk", "Yusuf", "Demirtaş",
                 "Kwabena", "Owusu", "Fenna", "Daan", "Wout"],
    keep={"JOC Lijnzaad": JOB, "Jobhaven Ooststrand": JOB, "Riverbend Youth Hub": JOB,
          "Fietsatelier Naaf & Co": JOB, "Tussenstop": JOB},
    names={"Lucía": ZEGT, "Ferreira": ZEGT, "Gomes": ZEGT, "Brecht": JOBN, "Aleksandra": JOBN,
           "Anouk": JOBN, "Yusuf": JOBN, "Demirtaş": JOBN, "Kwabena": ZEGT, "Owusu": ZEGT,
           "Fenna": JOBN, "Daan": JOBN, "Wout": JOBN}))

R.append(dict(file="s03_wedstrijdblad.md", title="Het wedstrijdblad van het tornooi",
    session="Ronde 2 – zaal Dijle", main="sport-en-beweging",
    what="Een sportclub toonde het wedstrijdblad van hun jeugdtornooi en vertelde wie er meedeed.",
    amb="Sport voor iedereen.",
    quotes='''"Zo zag ons wedstrijdblad eruit", zegt trainer Ingeborg Tavernier.

Zaterdag 14u: FC Zandvlieg – KSV Moerhoek 2-1
Zaterdag 15u: VC Grutto's Lede – HC Eikenwaard 0-3
Zondag 10u: SK Ravels – AFC Tilburg 1-1
Doelpunten: Kwame Asante, Lieselot Baert, DIMITRI POPESCU

"Team Ooievaar won de fairplaybeker en Team Gistel werd tweede", zegt Ingeborg.

"Team Jasper zat in de finale tegen het team van Mehmet", lacht Ingeborg.

"Bij FC Zandvlieg speelt mijn nichtje Roos in de doelen", zegt Fouad El Idrissi.

"Ook RC Kapelveld en BC Aalscholver deden mee", zegt Fouad.
''',
    surprise="Dat de kleinste ploegen het meest plezier hadden.",
    quote_names=["Ingeborg", "Tavernier", "Kwame", "Asante", "Lieselot", "Baert", "DIMITRI", "POPESCU",
                 "Jasper", "Mehmet", "Roos", "Fouad", "El Idrissi"],
    keep={"FC Zandvlieg": CLUB, "KSV Moerhoek": CLUB, "VC Grutto's Lede": CLUB, "HC Eikenwaard": CLUB,
          "SK Ravels": CLUB, "AFC Tilburg": CLUB, "Team Ooievaar": CLUB, "Team Gistel": CLUB,
          "RC Kapelveld": CLUB, "BC Aalscholver": CLUB},
    names={"Ingeborg": ZEGT, "Tavernier": ZEGT, "Kwame": CLUBN, "Asante": CLUBN, "Lieselot": CLUBN,
           "Baert": CLUBN, "DIMITRI": CAPS, "POPESCU": CAPS, "Jasper": CLUBN, "Mehmet": CLUBN,
           "Roos": WORDN, "Fouad": ZEGT, "El Idrissi": ZEGT}))

R.append(dict(file="s04_hoe-heet-het.md", title="Hoe heet jullie plek?",
    session="Ronde 2 – zaal Nete", main="ruimte-voor-jeugd",
    what="Jongeren stelden hun jeugdhuis, hun lokaal en hun ploeg voor.",
    amb="Ruimte voor jeugd.",
    quotes='''"Ons jeugdhuis heet De Knarsel, al veertig jaar", zegt Nadira Haidari.

"Het lokaal van de scouts heet De Zolderbrug, omdat het boven de garage ligt", vertelt Nadira.

"Mijn leider heet Bartholomeus en hij is streng", lacht Mateo Quintana.

"Zij heet Wendelien, ze komt uit Lier", zegt Mateo.

"Onze ploeg heet De Vliegende Pieren", zegt Aisling Brennan.

"De app van het jeugdhuis heet Knarselpraat", zegt Aisling.

"De tentoonstelling was in Kunsthal Meridiaan en daarna in Ravenhof", zegt Nadira.

"Vorige zomer was ik in Gdańsk bij Zofia thuis", zegt Aisling.

"Het fuifzaaltje noemen we Den Ouden Bak", zegt Mateo.

"Mijn beste vriend heet Storm", zegt Nadira.
''',
    surprise="Dat elke plek een verhaal achter de naam heeft.",
    quote_names=["Nadira", "Haidari", "Bartholomeus", "Wendelien", "Mateo", "Quintana", "Aisling",
                 "Brennan", "Zofia", "Storm"],
    keep={"De Knarsel": HEET, "De Zolderbrug": HEET, "De Vliegende Pieren": HEET, "Knarselpraat": HEET,
          "Kunsthal Meridiaan": HEET, "Ravenhof": HEET, "Den Ouden Bak": HEET, "Lier": PLACE,
          "Gdańsk": PLACE},
    names={"Nadira": ZEGT, "Haidari": ZEGT, "Bartholomeus": HEETN, "Wendelien": HEETN, "Mateo": ZEGT,
           "Quintana": ZEGT, "Aisling": ZEGT, "Brennan": ZEGT, "Zofia": JOBN, "Storm": WORDN}))

R.append(dict(file="s05_de-groepschat.md", title="De groepschat van het kamp",
    session="Ronde 3 – zaal Zenne", main="digitale-leefwereld",
    what="Leiding las berichten voor uit de groepschat van hun kamp, zonder hoofdletters.",
    amb="Digitale leefwereld.",
    quotes='''"Zo schrijven ze in de chat", zegt Tobias Halvorsen.

[19:02] lina: ik zit nu in gent, morgen met de trein naar antwerpen
[19:04] rashid: pakje is met bpost verstuurd, via postnl duurt het langer
[19:05] lina: ketnet kwam filmen in oostende!!
[19:06] rashid: ok thx lina, groetjes aan sven

"Omrop Fryslân maakte ook een reportage", zegt Tobias.

"Fryske Akademy hielp met de vertaling", zegt Tobias.

"Ketnet zond het uit op zondag", zegt Greet Vanhoutte.

"ikea gaf de kussens, decathlon de tenten", zegt greet.

"zeg tegen jozefien dat ze haar slaapzak vergeten is", zegt Tobias.
''',
    surprise="Hoeveel ze elkaar berichten sturen.",
    quote_names=["Tobias", "Halvorsen", "lina", "rashid", "sven", "Greet", "Vanhoutte", "jozefien"],
    keep={"gent": KNOWN, "antwerpen": KNOWN, "bpost": KNOWN, "postnl": KNOWN, "ketnet": KNOWN,
          "oostende": KNOWN, "Omrop Fryslân": KNOWN, "Fryske Akademy": KNOWN, "Ketnet": KNOWN,
          "ikea": KNOWN, "decathlon": KNOWN},
    names={"Tobias": ZEGT, "Halvorsen": ZEGT, "lina": LOWC, "rashid": LOWC, "sven": LOWC,
           "Greet": ZEGT, "Vanhoutte": ZEGT, "jozefien": LOWC}))

R.append(dict(file="s06_kaarten-en-woordwolk.md", title="Kaarten en een woordwolk",
    session="Ronde 3 – zaal Demer", main="internationaal",
    what="De groep maakte kaarten over steden waar ze op uitwisseling gingen en een woordwolk over hun gemeente.",
    amb="Internationaal en lokaal.",
    quotes='''"Elke kaart had één stad", zegt Ngozi Adeyemi.

KAART 1: Lissabon — zon en trams
KAART 2: Krakau — het plein
KAART 3: Tampere — sauna
KAART 4: Ljubljana — de draak
Gemaakt door: Elif, Joris, Wiktoria

Woordwolk: vriendschap · Bibliotheek Hoogkerke · kunstencentrum Peperbus · skatepark · Scheldekaai · pleintje

"Ik koos Porto omdat mijn oma daar woont", zegt Joris Vandenabeele.

"Ik tekende Lissabon samen met ELIF", lacht Wiktoria Nowak.

"In de woordwolk stond ook kunstencentrum Peperbus", zegt Ngozi.
''',
    surprise="Hoe ver sommigen al gereisd hebben.",
    quote_names=["Ngozi", "Adeyemi", "Elif", "Joris", "Wiktoria", "Vandenabeele", "ELIF", "Nowak"],
    keep={"Lissabon": CARD, "Krakau": CARD, "Tampere": CARD, "Ljubljana": CARD,
          "Bibliotheek Hoogkerke": CARD, "kunstencentrum Peperbus": CARD, "Porto": CARD},
    names={"Ngozi": ZEGT, "Adeyemi": ZEGT, "Elif": CARDN, "Joris": CARDN, "Wiktoria": CARDN,
           "Vandenabeele": ZEGT, "ELIF": CAPS, "Nowak": ZEGT}))

R.append(dict(file="s07_apps-en-spelletjes.md", title="Apps, spelletjes en programma's",
    session="Ronde 4 – zaal IJzer", main="digitale-leefwereld",
    what="Jongeren vertelden welke apps, spelletjes en programma's ze gebruiken.",
    amb="Digitale leefwereld.",
    quotes='''"In de klas spelen we de quiz-app Quizzelo! elke vrijdag", zegt Amara Diallo.

"De export heette Resultaten Pollyvote – vraag 3", zegt Amara.

"Ik speel het spel Valdoria op de tablet", zegt Ruben Vercruysse.

"We kijken naar het jeugdjournaal Nieuwsbolletje", zegt Ruben.

"Als het niet gaat, kan je naar de hulplijn Praatpaaltje", zegt Hyun-woo Park.

"Ik speel met Amara op de app Tikkelbaan", zegt Hyun-woo.

"De app Vonkenvlot gebruikt ons jeugdhuis voor de planning", zegt Ruben.

"Met BRAM speel ik op de console", zegt Amara.
''',
    surprise="Hoeveel apps ze kennen.",
    quote_names=["Amara", "Diallo", "Ruben", "Vercruysse", "Hyun-woo", "Park", "BRAM"],
    keep={"Quizzelo!": APP, "Pollyvote": APP, "Valdoria": APP, "Nieuwsbolletje": APP,
          "Praatpaaltje": APP, "Tikkelbaan": APP, "Vonkenvlot": APP},
    names={"Amara": ZEGT, "Diallo": ZEGT, "Ruben": ZEGT, "Vercruysse": ZEGT, "Hyun-woo": ZEGT,
           "Park": WORDN, "BRAM": CAPS}))

R.append(dict(file="s08_op-stage.md", title="Op stage in de regio",
    session="Ronde 4 – zaal Mark", main="werk-en-opleiding",
    what="Stagiairs vertelden waar ze stage lopen en wat ze leerden.",
    amb="Werk en opleiding.",
    quotes='''"Ik loop stage bij Drukkerij Kanteel in Eeklo", zegt Samira Bouzid.

"Stagiair bij Technopool Maasrand, tweede jaar", staat op de badge van Jelle.

"Ik ben animator bij vakantiecentrum Duinhoeve", zegt Jelle Van Acker.

"Mijn mentor bij Duinhoeve is Katarzyna", zegt Samira.

"Vrijwilliger voor Rode Kruis Zelzate, al twee jaar", zegt Jelle.

"Ik doe stage bij Goedele, zij is logopediste", zegt Samira.

"Student aan HOGENT en stagiair bij Gert van de frituur", zegt Ayodele Okafor.

"Mijn stagebegeleider bij Technopool is Pieter-Jan Moerman", zegt Ayodele.
''',
    surprise="Hoe zelfstandig ze al werken.",
    quote_names=["Samira", "Bouzid", "Jelle", "Van Acker", "Katarzyna", "Goedele", "Ayodele", "Okafor",
                 "Gert", "Pieter-Jan", "Moerman"],
    keep={"Drukkerij Kanteel": JOB, "Eeklo": PLACE, "Technopool Maasrand": JOB, "Duinhoeve": JOB,
          "Rode Kruis Zelzate": JOB, "HOGENT": JOB, "Technopool": JOB},
    names={"Samira": ZEGT, "Bouzid": ZEGT, "Jelle": ZEGT, "Van Acker": ZEGT, "Katarzyna": JOBN,
           "Goedele": JOBN, "Ayodele": ZEGT, "Okafor": ZEGT, "Gert": JOBN, "Pieter-Jan": JOBN,
           "Moerman": JOBN}))

R.append(dict(file="s09_netwerkpost.md", title="Een gedeelde post",
    session="Ronde 5 – zaal Durme", main="werk-en-opleiding",
    what="Een jongere toonde een bericht dat ze op een netwerksite deelde toen ze een job vond.",
    amb="Werk en opleiding.",
    quotes='''"Dit deelde ik toen ik mijn job kreeg", zegt Precious Mensah.

Ik ben blij te melden dat ik start als Jeugdcoach bij Huis van het Kind Oudenburg!
Dank aan mijn collega's van Buurtwerk Scheutkracht en aan mijn stagementor Dries.
Eerder: Animator voor Speelbos Elfenhoek · Barista bij koffiebar Kweepeer · Tutor at Lakeside Learning Lab

"Mijn eerste job was kassierster bij Colruyt in Zottegem", zegt Precious.

"Ik was babysit bij Ilyas en Meryem, twee schatten", zegt Precious.

"Vrijwilliger bij Priscilla sinds 2021", staat er nog onder.

"Coördinator voor Chiro Sint-Servaas en monitor bij Sporta Oostkamp", zegt Bart-Jan Leys.

"JOBSTUDENT BIJ KORNEEL DEWITTE", staat in hoofdletters op zijn badge, zegt Bart-Jan.
''',
    surprise="Hoe trots ze was.",
    quote_names=["Precious", "Mensah", "Dries", "Ilyas", "Meryem", "Priscilla", "Bart-Jan", "Leys",
                 "KORNEEL", "DEWITTE"],
    keep={"Huis van het Kind Oudenburg": JOB, "Buurtwerk Scheutkracht": JOB, "Speelbos Elfenhoek": JOB,
          "koffiebar Kweepeer": JOB, "Lakeside Learning Lab": JOB, "Colruyt": JOB, "Zottegem": PLACE,
          "Chiro Sint-Servaas": JOB, "Sporta Oostkamp": JOB},
    names={"Precious": ZEGT, "Mensah": ZEGT, "Dries": JOBN, "Ilyas": JOBN, "Meryem": JOBN,
           "Priscilla": JOBN, "Bart-Jan": ZEGT, "Leys": ZEGT, "KORNEEL": CAPS, "DEWITTE": CAPS}))

R.append(dict(file="s10_zaterdag-in-de-zaal.md", title="Zaterdag in de sporthal",
    session="Ronde 5 – zaal Mandel", main="sport-en-beweging",
    what="Een jeugdclub vertelde over hun zaterdag in de sporthal en wie er kwam kijken.",
    amb="Sport en ontmoeting.",
    quotes='''"KV Bremstruik speelde tegen KFC Wortegem", zegt Anneleen Coppens.

"Decathlon sponsorde de ballen, Ketnet kwam kijken", zegt Anneleen.

"Brugge won de beker vorig jaar, dit jaar Kortrijk", zegt Anneleen.

"De kantine heet 't Mussenkot en de sporthal heet Sportoase Gete-oever", zegt Emeka Obi.

"Onze mascotte heet Knabbel", lacht Emeka.

"Onze keeper heet Thijs en hij is twaalf", zegt Emeka.

"SV Polder Noord won met 4-2, met twee goals van Lamine", zegt Anneleen.

"Team Wassenaar speelde tegen Team Yasmin", zegt Emeka.

"Volgende week spelen we in Reims en in Aken", zegt Anneleen.
''',
    surprise="Hoeveel ouders kwamen kijken.",
    quote_names=["Anneleen", "Coppens", "Emeka", "Obi", "Thijs", "Lamine", "Yasmin"],
    keep={"KV Bremstruik": CLUB, "KFC Wortegem": CLUB, "Decathlon": KNOWN, "Ketnet": KNOWN,
          "Brugge": KNOWN, "Kortrijk": KNOWN, "'t Mussenkot": HEET, "Sportoase Gete-oever": HEET,
          "Knabbel": HEET, "SV Polder Noord": CLUB, "Team Wassenaar": CLUB, "Reims": PLACE, "Aken": PLACE},
    names={"Anneleen": ZEGT, "Coppens": ZEGT, "Emeka": ZEGT, "Obi": ZEGT, "Thijs": HEETN,
           "Lamine": CLUBN, "Yasmin": CLUBN}))


if __name__ == "__main__":
    write_keep_set(HERE, R, Q)
