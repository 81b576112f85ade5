"""Generate s21-keep's own unseen keep set (run once; the files are frozen by SHA256SUMS)."""
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
WORK = "firm or agency after werken/stage/solliciteren bij, uitzendbureau"
APP = "app or platform (op X, via X, de X-app)"
SPON = "sponsor or partner (gesponsord door, X heeft gesponsord, partner lists, (X) after a category noun)"
BUY = "brand or product after a verb of buying/using/getting (een X)"
DE = "organisation or place in a German quote (bei/von/aus/im/in der)"
FR = "organisation or place in a French quote (chez/à/de)"
EN = "organisation or place in an English quote (at/from/in)"
DIST = "district or neighbourhood inside a city (in/van de X)"
PARK = "business park, square, station or landmark"
VENUE = "venue or town in a bracketed credit ((X, Stad))"
PBRAND = "brand, prize, dish or dance that is also a person name"
CHAT = "brand or place in a pasted chat"
LORG = "invented local organisation, single word"
# name classes
ZEGT = "name after a speech verb"
ROLE = "name after a role word"
SAMEP = "name after the same preposition as a keep frame (bij/via/van de/chez/at/bei/met)"
SUBJ = "first name as subject or object inside a quote"
CRED = "name in a bracketed credit (X, 16, Stad)"
LOWC = "lower-case first name in a chat line"
BRANDN = "person whose surname is also a brand"

R = []
R.append(dict(file="s01_werken-en-stage.md", title="Werken en stage lopen",
    session="Ronde 1 – zaal Schelde", main="werk-en-opleiding",
    what="Jongeren vertelden over hun eerste job en hun stage. Een jongerencoach legde uit hoe ze hen helpt bij het solliciteren.",
    amb="Werk: een eerste job geeft zelfvertrouwen.",
    quotes='''"Na mijn opleiding ging ik werken bij Vandemoortele, in de ploegen", zegt Robbe Deprez.

"Ik deed drie maanden stage bij Brimlo, een klein webbureau in Kortrijk", vertelt jongerencoach Nadia El Amrani.

"Mijn broer werkt bij Umicore en mijn zus bij Proximus", zegt Robbe.

"Via Randstad vond ik een studentenjob, via Jobbly een tweede", aldus Yusuf Kaya.

"Ik solliciteerde bij Zentrix en bij Colruyt, maar Zentrix belde eerst terug", zegt Yusuf.

"Mijn eerste contract kwam van het uitzendbureau Tempo-Team", zegt Amira.

"Ik deed stage bij Lieve, de kinesiste van mijn oma", lacht Amira Haddad.

"Werken bij Tijs in de frituur was het leukste wat ik ooit deed", zegt Nadia.
''',
    surprise="Hoe belangrijk een eerste stageplaats is.",
    quote_names=["Robbe", "Deprez", "Nadia", "El Amrani", "Yusuf", "Kaya", "Amira", "Haddad", "Lieve", "Tijs"],
    keep={"Vandemoortele": PBRAND, "Brimlo": WORK, "Umicore": WORK, "Proximus": WORK, "Randstad": WORK,
          "Jobbly": WORK, "Zentrix": WORK, "Colruyt": PBRAND, "Tempo-Team": WORK},
    names={"Robbe": ZEGT, "Deprez": ZEGT, "Nadia": ROLE, "El Amrani": ROLE, "Yusuf": ZEGT, "Kaya": ZEGT,
           "Amira": ZEGT, "Haddad": ZEGT, "Lieve": SAMEP, "Tijs": SAMEP}))

R.append(dict(file="s02_apps-in-de-werking.md", title="Apps in de werking",
    session="Ronde 1 – zaal Durme", main="digitale-leefwereld",
    what="Een coördinator van een jeugdwerking toonde welke apps en platformen ze gebruiken voor inschrijvingen, communicatie en betalingen.",
    amb="Digitale leefwereld: de werking gaat mee met de apps die jongeren al gebruiken.",
    quotes='''"We zetten alle foto's op Miro en de planning op Asana", zegt Lotte Verhaeghe.

"Met de Kwebbel-app kunnen ouders zien wie er komt", vertelt coördinator Samir.

"De inschrijvingen lopen via Qwiko, betalen kan via Payconiq", aldus Samir Benhaddou.

"Op Telegram praten ze 's avonds verder, op Kick kijken ze naar elkaar", zegt Lotte.

"Via Jelle kwamen we op het idee om alles op Notion te zetten", lacht Wannes.

"Ik stuurde het schema naar Wannes via WhatsApp", zegt Emma Desmet.

"De oudste groep zit op BeReal, de jongste op Roblox", zegt Emma.
''',
    surprise="Hoe snel jongeren een nieuwe app oppikken.",
    quote_names=["Lotte", "Verhaeghe", "Samir", "Benhaddou", "Jelle", "Wannes", "Emma", "Desmet"],
    keep={"Miro": APP, "Asana": APP, "Kwebbel": APP, "Qwiko": APP, "Payconiq": APP, "Telegram": APP,
          "Kick": APP, "Notion": APP, "WhatsApp": APP, "BeReal": APP, "Roblox": APP},
    names={"Lotte": ZEGT, "Verhaeghe": ZEGT, "Samir": ROLE, "Benhaddou": ZEGT, "Jelle": SAMEP,
           "Wannes": SUBJ, "Emma": ZEGT, "Desmet": ZEGT}))

R.append(dict(file="s03_sponsors-voor-de-fuif.md", title="Sponsors voor de fuif",
    session="Ronde 2 – zaal Schelde", main="jeugdwerk-en-lokaal-bestuur",
    what="Een jeugdhuis vertelde hoe het sponsors en partners zoekt voor zijn jaarlijkse fuif en wat het daarvoor teruggeeft.",
    amb="Lokaal: lokale handelaars en het jeugdhuis hebben elkaar nodig.",
    quotes='''"Onze T-shirts zijn gesponsord door Vlekko, de drank door Brouwerij Hofkamp", zegt Mats Coppens.

"Frutelo heeft de hele fuif gesponsord", vertelt penningmeester Ines.

"Onze partners zijn Intersport, Standaard Boekhandel, Tarvo en de bakker om de hoek", aldus Ines Lambrecht.

"De cateraar (Smulbox) bracht alles op tijd", zegt Mats.

"De drukker (Printaro) deed het gratis, in ruil voor een logo op de affiche", lacht Kato.

"Bedankt aan Febe en Milan voor het sponsordossier", zegt Kato Peeters.

"Het geluid kwam van Audioroom, het licht van Stagelux", zegt Ines.
''',
    surprise="Dat kleine handelaars vaak sneller ja zeggen dan grote firma's.",
    quote_names=["Mats", "Coppens", "Ines", "Lambrecht", "Kato", "Peeters", "Febe", "Milan"],
    keep={"Vlekko": SPON, "Brouwerij Hofkamp": SPON, "Frutelo": SPON, "Intersport": SPON,
          "Standaard Boekhandel": SPON, "Tarvo": SPON, "Smulbox": SPON, "Printaro": SPON,
          "Audioroom": SPON, "Stagelux": SPON},
    names={"Mats": ZEGT, "Coppens": ZEGT, "Ines": ROLE, "Lambrecht": ZEGT, "Kato": ZEGT, "Peeters": ZEGT,
           "Febe": SUBJ, "Milan": SUBJ}))

R.append(dict(file="s04_knutselen-en-kopen.md", title="Knutselen, kopen en delen",
    session="Ronde 2 – zaal Durme", main="vrije-tijd",
    what="Een speelpleinwerking vertelde welk materiaal ze kochten en huurden, en hoe ze het delen met andere werkingen.",
    amb="Vrije tijd: goed materiaal maakt een namiddag.",
    quotes='''"We kochten een Cricut om zelf stickers te maken", zegt Lena Vermeulen.

"Iedereen kreeg een Furby en moest er een week voor zorgen", vertelt begeleider Ayoub.

"Met een Polaroid trokken ze foto's van elkaar", aldus Ayoub Amrani.

"We huurden een Bakfix voor de verhuis, daarna een Cozycar", zegt Lena.

"Ik teken op een Wacom, mijn broer gebruikt een Kindle om strips te lezen", lacht Jana.

"We kochten een Trampolo voor in de tuin van het lokaal", zegt Jana Maes.

"Mijn tante gaf me een Ukelo, een soort kleine gitaar", zegt Lena.

"We namen Noah en Sien mee naar de winkel om een Dremel te kiezen", zegt Jana.
''',
    surprise="Hoeveel materiaal er ongebruikt in kasten ligt.",
    quote_names=["Lena", "Vermeulen", "Ayoub", "Amrani", "Jana", "Maes", "Noah", "Sien"],
    keep={"Cricut": BUY, "Furby": BUY, "Polaroid": BUY, "Bakfix": BUY, "Cozycar": BUY, "Wacom": BUY,
          "Kindle": BUY, "Trampolo": BUY, "Ukelo": BUY, "Dremel": BUY},
    names={"Lena": ZEGT, "Vermeulen": ZEGT, "Ayoub": ROLE, "Amrani": ZEGT, "Jana": ZEGT, "Maes": ZEGT,
           "Noah": SUBJ, "Sien": SUBJ}))

R.append(dict(file="s05_jugendarbeit-in-ostbelgien.md", title="Jugendarbeit in Ostbelgien",
    session="Ronde 3 – zaal Schelde", main="diversiteit-en-inclusie",
    what="Jongeren en een begeleidster uit de Duitstalige Gemeenschap vertelden in het Duits over hun jeugdwerk. Een tolk vatte samen.",
    amb="Diversiteit: jeugdwerk over de taalgrens heen.",
    quotes='''"Ich mache eine Ausbildung bei Kaufhaus Brüggel in Eupen", zegt Lukas Schmitz.

"Wir kommen aus Bütgenbach und treffen uns im Jugendtreff Sonnenhof", vertelt begeleidster Hannah.

"Die Idee kam von der Jugendfeuerwehr Raeren", sagt Hannah Krings.

"Im Sommer arbeite ich bei Ravelo, einem Fahrradverleih", zegt Lukas.

"Unser Treffpunkt ist im Triangel in Sankt Vith", zegt Jonas.

"Ich habe das bei Jonas gelernt, nicht in der Schule", lacht Marie.

"Mit Marie und Felix fahren wir jedes Jahr nach Aachen", zegt Jonas Heinen.

"Von Kelmis bis Malmedy kennt jeder unser Zeltlager", zegt Marie Thissen.
''',
    surprise="Hoe dicht de Oostkantons bij ons staan en hoe weinig we ze kennen.",
    quote_names=["Lukas", "Schmitz", "Hannah", "Krings", "Jonas", "Heinen", "Marie", "Thissen", "Felix"],
    keep={"Kaufhaus Brüggel": DE, "Eupen": DE, "Bütgenbach": DE, "Jugendtreff Sonnenhof": DE,
          "Jugendfeuerwehr Raeren": DE, "Ravelo": DE, "Triangel": DE, "Sankt Vith": DE, "Aachen": DE,
          "Kelmis": DE, "Malmedy": DE},
    names={"Lukas": ZEGT, "Schmitz": ZEGT, "Hannah": ROLE, "Krings": ZEGT, "Jonas": SAMEP, "Heinen": ZEGT,
           "Marie": ZEGT, "Thissen": ZEGT, "Felix": SUBJ}))

R.append(dict(file="s06_over-de-taalgrens.md", title="Over de taalgrens",
    session="Ronde 3 – zaal Durme", main="diversiteit-en-inclusie",
    what="Een uitwisseling tussen een Vlaamse en een Waalse jeugdwerking. De Waalse jongeren vertelden in het Frans over hun stage en hun vrije tijd.",
    amb="Diversiteit: samen iets doen werkt beter dan over elkaar praten.",
    quotes='''"Je travaille chez Solvay depuis deux ans", zegt Camille Lefèvre.

"On vient de Mouscron, on joue au foot à Comines", zegt Théo.

"J'ai fait mon stage chez Bruvia, une petite agence de com", vertelt jeugdwerker Inès.

"Les jeunes de la Maison des Jeunes Le Cerf-Volant à Tournai sont venus aussi", zegt Inès Dubois.

"J'ai dormi chez Mathis après la fête", lacht Chloé.

"On a mangé chez Quick et après on a fini chez Mathilde", zegt Camille.

"Avec Chloé on est allés à Namur en train", zegt Théo Lambert.

"Mon père travaille chez Caterpillar à Gosselies", zegt Chloé Dumont.
''',
    surprise="Dat de taal na een uur geen drempel meer was.",
    quote_names=["Camille", "Lefèvre", "Théo", "Inès", "Dubois", "Chloé", "Mathis", "Mathilde", "Lambert", "Dumont"],
    keep={"Solvay": FR, "Mouscron": FR, "Comines": FR, "Bruvia": FR, "Maison des Jeunes Le Cerf-Volant": FR,
          "Tournai": FR, "Quick": FR, "Namur": FR, "Caterpillar": FR, "Gosselies": FR},
    names={"Camille": ZEGT, "Lefèvre": ZEGT, "Théo": ZEGT, "Inès": ROLE, "Dubois": ZEGT, "Chloé": ZEGT,
           "Mathis": SAMEP, "Mathilde": SAMEP, "Lambert": ZEGT, "Dumont": ZEGT}))

R.append(dict(file="s07_guests-from-abroad.md", title="Gasten uit het buitenland",
    session="Ronde 4 – zaal Schelde", main="internationaal",
    what="Jongeren uit Ierland en Engeland vertelden in het Engels over hun vrijwilligerswerk en hun jobs.",
    amb="Internationaal: we leren van hoe het elders gaat.",
    quotes='''"I did an internship at Brightwave, a small studio in Dublin", zegt Ethan Walsh.

"We came from Leeds with a group from Youth Moves", zegt Ethan.

"At Barnardo's they let us sort clothes every Saturday", vertelt jeugdwerker Priya.

"I worked at Tesco and then at Pret", says Priya Sharma.

"I stayed at Oliver's place, and his mum drove us to the station", lacht Grace.

"We played a gig at the Roundhouse in Camden", zegt Grace O'Brien.

"Thanks to Harry and Zoe from the team, we made it", zegt Ethan.

"My cousin works for Ryanair out of Cork", zegt Grace.
''',
    surprise="Dat jeugdwerk in Ierland zo op het onze lijkt.",
    quote_names=["Ethan", "Walsh", "Priya", "Sharma", "Grace", "O'Brien", "Oliver", "Harry", "Zoe"],
    keep={"Brightwave": EN, "Dublin": EN, "Leeds": EN, "Youth Moves": EN, "Barnardo's": EN, "Tesco": EN,
          "Pret": EN, "Roundhouse": EN, "Camden": EN, "Ryanair": EN, "Cork": EN},
    names={"Ethan": ZEGT, "Walsh": ZEGT, "Priya": ROLE, "Sharma": ZEGT, "Grace": ZEGT, "O'Brien": ZEGT,
           "Oliver": SAMEP, "Harry": SUBJ, "Zoe": SUBJ}))

R.append(dict(file="s08_wijkwerk-in-de-stad.md", title="Wijkwerk in de stad",
    session="Ronde 4 – zaal Durme", main="jeugdinfrastructuur",
    what="Straathoekwerkers uit drie steden vertelden over de wijken waar ze werken en wat daar ontbreekt.",
    amb="Jeugdinfrastructuur: elke wijk heeft ruimte voor jongeren nodig.",
    quotes='''"Wij werken vooral in de Muide en in Sluizeken", zegt Jolien Baert.

"De jongeren van de Stuivenberg komen naar ons lokaal", vertelt straathoekwerker Bilal.

"In Cureghem is er geen enkel voetbalveld", aldus Bilal Ziani.

"Van Deurne-Noord naar het Kiel is het een uur met de tram", zegt Jolien.

"Op het Eilandje hebben we een nieuw jeugdhuis", zegt Senne.

"In Gentbrugge en Sint-Amandsberg zijn de pleinen te klein", zegt Senne Goossens.

"Dat had ik van de Ruben nooit verwacht", lacht Fatima.

"Ik woon in de Bloemekenswijk, vlak bij Fatima", zegt Oona Van Hecke.
''',
    surprise="Hoe verschillend wijken in dezelfde stad zijn.",
    quote_names=["Jolien", "Baert", "Bilal", "Ziani", "Senne", "Goossens", "Ruben", "Fatima", "Oona", "Van Hecke"],
    keep={"Muide": DIST, "Sluizeken": DIST, "Stuivenberg": DIST, "Cureghem": DIST, "Deurne-Noord": DIST,
          "Kiel": DIST, "Eilandje": DIST, "Gentbrugge": DIST, "Sint-Amandsberg": DIST, "Bloemekenswijk": DIST},
    names={"Jolien": ZEGT, "Baert": ZEGT, "Bilal": ROLE, "Ziani": ZEGT, "Senne": ZEGT, "Goossens": ZEGT,
           "Ruben": SAMEP, "Fatima": SAMEP, "Oona": ZEGT, "Van Hecke": ZEGT}))

R.append(dict(file="s09_waar-jongeren-afspreken.md", title="Waar jongeren afspreken",
    session="Ronde 5 – zaal Schelde", main="jeugdinfrastructuur",
    what="Een trajectbegeleider en een jeugdwerker brachten in kaart waar jongeren afspreken: stations, pleinen, bedrijventerreinen.",
    amb="Jeugdinfrastructuur: jongeren zoeken zelf hun plekken.",
    quotes='''"Ons lokaal ligt op bedrijventerrein Hoge Akkers, tussen twee garages", zegt Dries Van Damme.

"De jobbeurs was in het Researchpark Haasrode", vertelt trajectbegeleider Eline.

"Vanaf station Brugge-Sint-Pieters is het tien minuten fietsen", aldus Eline Willems.

"We hingen affiches op de Vismarkt en aan het Citadelpark", zegt Dries.

"Op de Groenplaats stond een podium", zegt Aaron.

"In de industriezone Molenveld-Oost werken veel van onze jongeren", zegt Aaron Lemmens.

"Ze spraken af aan het Belfort en liepen naar de Boudewijnkaai", zegt Eline.

"We spraken af bij Lars, op de hoek van de Groenplaats", zegt Aaron.
''',
    surprise="Dat een parking van een bedrijventerrein een ontmoetingsplek is.",
    quote_names=["Dries", "Van Damme", "Eline", "Willems", "Aaron", "Lemmens", "Lars"],
    keep={"Hoge Akkers": PARK, "Researchpark Haasrode": PARK, "Brugge-Sint-Pieters": PARK, "Vismarkt": PARK,
          "Citadelpark": PARK, "Groenplaats": PARK, "Molenveld-Oost": PARK, "Belfort": PARK, "Boudewijnkaai": PARK},
    names={"Dries": ZEGT, "Van Damme": ZEGT, "Eline": ROLE, "Willems": ZEGT, "Aaron": ZEGT, "Lemmens": ZEGT,
           "Lars": SAMEP}))

R.append(dict(file="s10_podium-voor-jong-talent.md", title="Podium voor jong talent",
    session="Ronde 5 – zaal Durme", main="kunst-en-cultuur",
    what="Een jeugdtheater en een muziekwerking vertelden over hun voorstellingen en concerten, met de zalen en steden erbij.",
    amb="Kunst: jongeren verdienen een echt podium.",
    quotes='''"Onze voorstelling (Theater Het Zolderraam, Lier) was drie keer uitverkocht", zegt Nele.

"Het concert (Muziekodroom, Hasselt) was het hoogtepunt van het jaar", vertelt jeugdwerker Arne.

"De expo (CC Het Roggeveld, Ieper) loopt nog tot juni", zegt Nele Smets.

"De workshop (Het Bos, Antwerpen) was gratis", aldus Arne De Clercq.

"De affiche maakte Jef (16, Genk), de muziek Ella (15, Mol)", zegt Nele.

"Het slotoptreden (De Roma, Borgerhout) komt er volgend jaar", zegt Arne.
''',
    surprise="Hoe professioneel jonge makers werken.",
    quote_names=["Nele", "Smets", "Arne", "De Clercq", "Jef", "Ella"],
    keep={"Theater Het Zolderraam": VENUE, "Lier": VENUE, "Muziekodroom": VENUE, "Hasselt": VENUE,
          "CC Het Roggeveld": VENUE, "Ieper": VENUE, "Het Bos": VENUE, "Antwerpen": VENUE, "Genk": VENUE,
          "Mol": VENUE, "De Roma": VENUE, "Borgerhout": VENUE},
    names={"Nele": ZEGT, "Smets": ZEGT, "Arne": ROLE, "De Clercq": ZEGT, "Jef": CRED, "Ella": CRED}))

R.append(dict(file="s11_koken-dansen-en-prijzen.md", title="Koken, dansen en prijzen",
    session="Ronde 6 – zaal Schelde", main="vrije-tijd",
    what="Een kookclub en een dansgroep vertelden over hun activiteiten, de prijzen die ze wonnen en hun sponsors.",
    amb="Vrije tijd: samen koken en dansen verbindt.",
    quotes='''"Voor de quiz wonnen we een bon van Delhaize", zegt Louise Claes.

"Iedereen wilde een pizza Margherita, niemand wou de Hawaï", vertelt kookmonitor Youssef.

"Ze dansten de Charleston en daarna de Lindy Hop", aldus Youssef Alaoui.

"Die kortfilm van onze groep kreeg een Oscar voor jongeren, echt waar", zegt Louise.

"Mijn vader rijdt met een Porsche, mijn moeder met een Tesla", lacht Luca Martini.

"We aten Leonidas-pralines na de voorstelling", zegt Luca.

"Philips sponsorde de lampen voor het podium", zegt Emma Ford.

"Als ontbijt maakten we Eggs Benedict voor veertig man", zegt Emma.
''',
    surprise="Hoe trots jongeren zijn op wat ze zelf koken.",
    quote_names=["Louise", "Claes", "Youssef", "Alaoui", "Luca", "Martini", "Emma", "Ford"],
    keep={"Delhaize": PBRAND, "Margherita": PBRAND, "Charleston": PBRAND, "Lindy Hop": PBRAND, "Oscar": PBRAND,
          "Porsche": PBRAND, "Tesla": PBRAND, "Leonidas": PBRAND, "Philips": PBRAND, "Eggs Benedict": PBRAND},
    names={"Louise": ZEGT, "Claes": ZEGT, "Youssef": ROLE, "Alaoui": ZEGT, "Luca": ZEGT, "Martini": BRANDN,
           "Emma": ZEGT, "Ford": BRANDN}))

R.append(dict(file="s12_speelgoed-en-webwinkels.md", title="Speelgoed en webwinkels",
    session="Ronde 6 – zaal Durme", main="digitale-leefwereld",
    what="Jongeren en een jeugdwerker bespraken tweedehands kopen, webwinkels en het speelgoed dat nu populair is.",
    amb="Digitale leefwereld: kopen gebeurt bijna altijd online.",
    quotes='''"Het ontwerpbureau Plumo maakte onze nieuwe huisstijl", zegt Ruth Vanhove.

"Op Vinted verkopen ze hun oude kleren", vertelt jeugdwerker Stan.

"De kleinsten spelen met Squishmallows, de groteren met Beyblades", aldus Stan Claessens.

"De Zwirl-app toont waar de bus is", zegt Ruth.

"Ik bestelde alles bij Shein, niks paste", lacht Wout.

"Via Oscar kreeg ik een vakantiejob bij Klarvo", zegt Wout Delanghe.

"Het uitzendbureau Werkwijs vond een job voor mijn neef", zegt Stan.

"Mijn lief werkt bij Bolt, ik bij Glovo", zegt Ruth.
''',
    surprise="Hoe snel jongeren dingen doorverkopen.",
    quote_names=["Ruth", "Vanhove", "Stan", "Claessens", "Wout", "Delanghe", "Oscar"],
    keep={"Plumo": LORG, "Vinted": APP, "Squishmallows": BUY, "Beyblades": BUY, "Zwirl": APP, "Shein": WORK,
          "Klarvo": WORK, "Werkwijs": WORK, "Bolt": WORK, "Glovo": WORK},
    names={"Ruth": ZEGT, "Vanhove": ZEGT, "Stan": ROLE, "Claessens": ZEGT, "Wout": ZEGT, "Delanghe": ZEGT,
           "Oscar": SAMEP}))

R.append(dict(file="s13_een-avond-in-de-chat.md", title="Een avond in de groepschat",
    session="Ronde 7 – zaal Schelde", main="digitale-leefwereld",
    what="Een jeugdwerker las met toestemming een stukje groepschat voor van een uitstap naar de cinema, om te tonen hoe jongeren afspreken.",
    amb="Digitale leefwereld: afspraken gebeuren in de chat.",
    quotes='''"kobe: ik sta al aan UGC
sara: wij zitten nog in de Action, moet ik iets meenemen van de Hema?
kobe: neem chips mee van de Carrefour
milan: zit op de bus van De Lijn, tien minuten
sara: na de film naar de Quick op de Meir?
kobe: ik heb het op Insta gezet", zegt jeugdwerker Hanne Bogaert.

"Daarna gingen ze nog naar de Ikea, zomaar", zegt Hanne.
''',
    surprise="Hoe kort en snel ze afspreken.",
    quote_names=["Kobe", "Sara", "Milan", "Hanne", "Bogaert"],
    keep={"UGC": CHAT, "Action": CHAT, "Hema": CHAT, "Carrefour": CHAT, "De Lijn": CHAT, "Quick": CHAT,
          "Meir": CHAT, "Insta": CHAT, "Ikea": CHAT},
    names={"Kobe": LOWC, "Sara": LOWC, "Milan": LOWC, "Hanne": ROLE, "Bogaert": ROLE}))

R.append(dict(file="s14_vrijwilligers-en-partners.md", title="Vrijwilligers en partners",
    session="Ronde 7 – zaal Durme", main="jeugdwerk-en-lokaal-bestuur",
    what="Vrijwilligers vertelden bij welke kleine organisaties ze actief zijn en met welke partners ze samenwerken.",
    amb="Lokaal: kleine organisaties dragen veel.",
    quotes='''"Ik ben vrijwilliger bij Kompasso, elke zaterdag", zegt Marthe Declercq.

"Bij Sprankel kunnen jongeren gratis sporten", vertelt vrijwilliger Nordin.

"We werken samen met Caritas en met Vormelo, een kleine vzw uit Aalst", aldus Nordin Chaouki.

"Ik help bij Nordin in de huiswerkklas", zegt Marthe.

"Het project kreeg geld van de Koning Boudewijnstichting", zegt Jasper.

"Zorgo betaalde de bus, Hopla de soep", zegt Jasper Van Acker.

"Samen met Tine en Warre schreven we het dossier voor Kinderrechtswinkel", zegt Marthe.
''',
    surprise="Hoe veel er gebeurt door een paar vrijwilligers.",
    quote_names=["Marthe", "Declercq", "Nordin", "Chaouki", "Jasper", "Van Acker", "Tine", "Warre"],
    keep={"Kompasso": LORG, "Sprankel": LORG, "Caritas": LORG, "Vormelo": LORG, "Aalst": LORG,
          "Koning Boudewijnstichting": LORG, "Zorgo": LORG, "Hopla": LORG, "Kinderrechtswinkel": LORG},
    names={"Marthe": ZEGT, "Declercq": ZEGT, "Nordin": SAMEP, "Chaouki": ZEGT, "Jasper": ZEGT,
           "Van Acker": ZEGT, "Tine": SUBJ, "Warre": SUBJ}))


if __name__ == "__main__":
    write_keep_set(HERE, R, Q)
