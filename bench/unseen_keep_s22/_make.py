"""Generate s22-keep's own unseen keep set (run once; the files are frozen by SHA256SUMS)."""
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
ONE = "thing named once in a strong frame, again bare in the same report"
PNAMED = "business or organisation named after a person (surname or first name)"
EN = "English-named institution or place (School/Academy/College/Centre/Business Park)"
FR = "French-named institution or place (Parc/Brasserie/Maison/Collège/Place)"
DE = "German-named organisation or place (Stiftung/Verein/Zentrum, von/aus/bei/im)"
DENOUN = "capitalised German common noun in a German quote"
ABROAD = "park, square or district abroad (naar het/in het/in de wijk)"
LOWER = "known place or brand in a lower-case line (poem, guestbook, chat)"
OPEN = "organisation opening a sentence"
CARD = "card or board title"
BRAND = "single unknown brand/app/toy/agency word"
CREDIT = "venue or town in a bracketed credit"
PLACE = "town or city"
# name classes
ZEGT = "name after a speech verb"
SAME = "name in the same frame as a keep item"
SUBJ = "first name as subject or object inside a quote"
FOREIGN = "name inside an English/French/German quote"
LOWC = "lower-case name in a line without case"
CAPS = "name in ALL CAPS"
WORDN = "name that is also a word"

R = []
R.append(dict(file="s01_brouwerij-en-bakker.md", title="Sponsors uit het dorp",
    session="Ronde 1 – zaal Leie", main="jeugdwerk-en-lokaal-bestuur",
    what="Een chirogroep vertelde hoe de handelaars uit het dorp hun kamp steunen en wat de groep teruggeeft.",
    amb="Lokaal: het dorp en de jeugdbeweging hebben elkaar nodig.",
    quotes='''"Brouwerij Haverbeke sponsort elk jaar ons kamp", zegt Idunn Mervielde.

"Haverbeke brouwt sinds 1892 in Poperinge, hun tripel gaat tot in Japan", vertelt Idunn.

"Bakkerij Kestelyn levert de koffiekoeken. Kestelyn geeft ons ook het brood van gisteren", zegt Thorvald Asante.

"Van Kestelyn krijgen we de taarten voor het slotfeest", lacht Thorvald.

"Slagerij Dumarteau doet de barbecue; Dumarteau is al drie generaties een begrip in de straat", zegt leidster Ilse Boterberg.

"Ik vroeg het aan Ilse en zij fietste meteen naar Dumarteau", zegt Thorvald.

"Garage Vercaemst leent ons de bestelwagen, Vercaemst vraagt er niets voor", zegt Idunn.

"Marnix van de garage kwam zelf rijden", zegt Ilse.
''',
    surprise="Dat de handelaars het zelf vragen.",
    quote_names=["Idunn", "Mervielde", "Thorvald", "Asante", "Ilse", "Boterberg", "Marnix"],
    keep={"Haverbeke": PNAMED, "Poperinge": PLACE, "Japan": PLACE, "Kestelyn": PNAMED,
          "Dumarteau": PNAMED, "Vercaemst": PNAMED, "Brouwerij Haverbeke": ONE,
          "Bakkerij Kestelyn": ONE, "Garage Vercaemst": ONE},
    names={"Idunn": ZEGT, "Mervielde": ZEGT, "Thorvald": ZEGT, "Asante": ZEGT, "Ilse": SUBJ,
           "Boterberg": ZEGT, "Marnix": SUBJ}))

R.append(dict(file="s02_an-exchange-in-yorkshire.md", title="Een uitwisseling in Yorkshire",
    session="Ronde 1 – zaal Dender", main="internationaal",
    what="Jongeren en leerkrachten uit Engeland vertelden over hun uitwisseling met een Vlaamse jeugdwerking.",
    amb="Internationaal: jongeren leren over de grens kijken.",
    quotes='''"I teach at Riverside Academy in Leeds, and Riverside has had a youth council since 2019", says teacher Moira Kettleby.

"Our pupils from Ashgrove School came over by train. Ashgrove paid half of the trip", says Dermot Quayle.

"Most parents work on the Brookfield Business Park, so Brookfield sponsored the bus", says Moira.

"At Hollins College the students run their own radio station", says Priya Raman.

"Oakhurst Community Centre stays open until ten every night", adds Priya.

"I stayed at Oisín's house for a week and we cooked every night", says Callum Pryce.

"Thank you Callum and Beatrix for the tour of Sheffield", zegt Dermot.
''',
    surprise="Hoe gelijkaardig de vragen van jongeren zijn.",
    quote_names=["Moira", "Kettleby", "Dermot", "Quayle", "Priya", "Raman", "Oisín", "Callum", "Pryce", "Beatrix"],
    keep={"Riverside Academy": EN, "Riverside": ONE, "Leeds": PLACE, "Ashgrove School": EN, "Ashgrove": ONE,
          "Brookfield Business Park": EN, "Brookfield": ONE, "Hollins College": EN,
          "Oakhurst Community Centre": EN, "Sheffield": PLACE},
    names={"Moira": FOREIGN, "Kettleby": FOREIGN, "Dermot": FOREIGN, "Quayle": FOREIGN, "Priya": FOREIGN,
           "Raman": FOREIGN, "Oisín": SAME, "Callum": FOREIGN, "Pryce": FOREIGN, "Beatrix": FOREIGN}))

R.append(dict(file="s03_de-l-autre-cote.md", title="Van de andere kant van de taalgrens",
    session="Ronde 1 – zaal Zenne", main="internationaal",
    what="Animatoren uit Wallonië vertelden over hun werking en over een gezamenlijk project met een Vlaams jeugdhuis.",
    amb="Over de taalgrens: samen iets doen werkt beter dan erover praten.",
    quotes='''"On a fêté la fin du projet à la Brasserie Dufrêne. Dufrêne nous a offert le dessert", dit Amandine Dessein.

"Le samedi on joue au Parc de la Boverie à Liège", dit Théo Mbemba.

"Je travaille à la Maison des Jeunes Les Gravillons. Aux Gravillons, les jeunes décident tout", dit Amandine.

"Les élèves du Collège Sainte-Véronne à Namur sont venus en bus", raconte Théo.

"On dormait chez Amandine, à deux pas de la Place Cockerill", dit Solène Rigaux.

"Le repas venait de la Ferme Dumeunier, Dumeunier fait aussi du fromage", dit Solène.

"Théo a tout filmé", zegt Amandine.
''',
    surprise="Hoe snel de taal geen probleem meer was.",
    quote_names=["Amandine", "Dessein", "Théo", "Mbemba", "Solène", "Rigaux"],
    keep={"Brasserie Dufrêne": FR, "Dufrêne": ONE, "Parc de la Boverie": FR, "Liège": PLACE,
          "Maison des Jeunes Les Gravillons": FR, "Gravillons": ONE, "Collège Sainte-Véronne": FR,
          "Namur": PLACE, "Place Cockerill": FR, "Ferme Dumeunier": FR, "Dumeunier": PNAMED},
    names={"Amandine": FOREIGN, "Dessein": FOREIGN, "Théo": SUBJ, "Mbemba": FOREIGN, "Solène": FOREIGN,
           "Rigaux": FOREIGN}))

R.append(dict(file="s04_jugendarbeit-an-der-grenze.md", title="Jugendarbeit an der Grenze",
    session="Ronde 2 – zaal Leie", main="internationaal",
    what="Een jeugdwerker uit Aken en een uit Eupen vertelden hoe ze samenwerken over de grens.",
    amb="Internationaal: samenwerken over de grens.",
    quotes='''"Wir waren eine Woche im Jugendzentrum Kettelhof in Aachen", sagt Anneliese Wohlgemuth.

"Die Stiftung Sonnenweg bezahlt unsere Fahrten. Ohne Sonnenweg gäbe es kein Zeltlager", sagt Anneliese.

"Der Verein Blauer Kranich aus Eupen macht Theater mit Kindern", erzählt Jannik Brinkötter.

"Bei Kettelhof arbeite ich seit zwei Jahren als Betreuer", sagt Jannik.

"Ich habe bei Jannik übernachtet, im Ostviertel", sagt Fenna Oltmanns.

"Die Jugendfeuerwehr von Raeren hat uns mit dem Bus abgeholt", sagt Fenna.

"Frau Köhnlein von der Stadt hat alles organisiert", zegt Anneliese.
''',
    surprise="Dat de grens voor jongeren amper bestaat.",
    quote_names=["Anneliese", "Wohlgemuth", "Jannik", "Brinkötter", "Fenna", "Oltmanns", "Köhnlein"],
    keep={"Kettelhof": ONE, "Aachen": PLACE, "Stiftung Sonnenweg": DE, "Sonnenweg": ONE, "Zeltlager": DENOUN,
          "Blauer Kranich": DE, "Eupen": PLACE, "Betreuer": DENOUN, "Ostviertel": DE, "Jugendfeuerwehr": DENOUN,
          "Raeren": PLACE, "Jugendzentrum Kettelhof": DE},
    names={"Anneliese": FOREIGN, "Wohlgemuth": FOREIGN, "Jannik": SAME, "Brinkötter": FOREIGN,
           "Fenna": FOREIGN, "Oltmanns": FOREIGN, "Köhnlein": FOREIGN}))

R.append(dict(file="s05_ein-tag-im-lager.md", title="Een dag op kamp in Duitsland",
    session="Ronde 2 – zaal Dender", main="vrije-tijd",
    what="Leiding van een Duitstalige jeugdgroep beschreef een gewone kampdag.",
    amb="Vrije tijd: spelen in de natuur.",
    quotes='''"Am Morgen machen wir eine Schnitzeljagd durch den Wald", sagt Frieda Ostendorp.

"Die Kinder spielen am liebsten Völkerball, danach gibt es Eintopf", sagt Frieda.

"Unsere Gruppenstunde beginnt um vier, und am Abend sitzen alle am Lagerfeuer", erzählt Malte Kühnhold.

"Die Nachtwanderung war für die Kleinen das Abenteuer der Ferien", sagt Malte.

"Mit Hannelore habe ich den Kuchen gebacken", sagt Wiebke.

"Wiebke Strothmann hat die Wimpel genäht", zegt Malte.
''',
    surprise="Hoe gelijk kampen overal zijn.",
    quote_names=["Frieda", "Ostendorp", "Malte", "Kühnhold", "Hannelore", "Wiebke", "Strothmann"],
    keep={"Schnitzeljagd": DENOUN, "Wald": DENOUN, "Völkerball": DENOUN, "Eintopf": DENOUN,
          "Gruppenstunde": DENOUN, "Lagerfeuer": DENOUN, "Nachtwanderung": DENOUN, "Ferien": DENOUN,
          "Kuchen": DENOUN, "Wimpel": DENOUN},
    names={"Frieda": FOREIGN, "Ostendorp": FOREIGN, "Malte": FOREIGN, "Kühnhold": FOREIGN,
           "Hannelore": FOREIGN, "Wiebke": FOREIGN, "Strothmann": FOREIGN}))

R.append(dict(file="s06_op-uitwisseling.md", title="Op uitwisseling",
    session="Ronde 2 – zaal Zenne", main="internationaal",
    what="Jongeren vertelden over hun Erasmus+-uitwisselingen in drie steden.",
    amb="Internationaal: jongeren ontdekken andere steden.",
    quotes='''"In Berlijn gingen we elke avond naar het Görlitzer Park", zegt Dorota Wiśniewska.

"We sliepen in Kreuzberg, maar Kreuzberg is 's nachts luider dan Neukölln", zegt Dorota.

"In Madrid picknickten we in het Retiro-park", vertelt Kacper Zieliński.

"Naar het Phoenix Park in Dublin fietsten we met z'n twintigen", zegt Siobhan.

"In Lissabon logeerden we in de wijk Alfama, Alfama is een doolhof", zegt Kacper.

"Ik ging naar Mirela om samen de reis te plannen", zegt Siobhan Doyle.

"Kacper en Dorota hebben alles vertaald", zegt Mirela Popescu.
''',
    surprise="Hoeveel groen die steden hebben.",
    quote_names=["Dorota", "Wiśniewska", "Kacper", "Zieliński", "Siobhan", "Doyle", "Mirela", "Popescu"],
    keep={"Berlijn": PLACE, "Görlitzer Park": ABROAD, "Kreuzberg": ABROAD, "Neukölln": ABROAD, "Madrid": PLACE,
          "Retiro-park": ABROAD, "Phoenix Park": ABROAD, "Dublin": PLACE, "Lissabon": PLACE, "Alfama": ABROAD},
    names={"Dorota": ZEGT, "Wiśniewska": ZEGT, "Kacper": ZEGT, "Zieliński": ZEGT, "Siobhan": ZEGT,
           "Doyle": ZEGT, "Mirela": SAME, "Popescu": ZEGT}))

R.append(dict(file="s07_het-gastenboek.md", title="Het gastenboek van het jeugdhuis",
    session="Ronde 3 – zaal Leie", main="vrije-tijd",
    what="De werking las voor uit het gastenboek van het afgelopen jaar.",
    amb="Vrije tijd: het jeugdhuis als thuis.",
    quotes='''"bedankt voor alles, gent was top
volgend jaar weer naar oostende met lien en youssef
de playlist staat op spotify
de chips kwamen van de lidl
xxx fien", las jeugdwerker Bram Olieslagers voor.

"nooit gedacht dat ik in brugge zou slapen
de wafels van de aldi waren op
groetjes dilara", las Bram.

"ik fietste van mechelen naar leuven
mijn lamp kwam van de decathlon
bedankt wout!!", las Bram nog.
''',
    surprise="Hoe persoonlijk een gastenboek is.",
    quote_names=["lien", "youssef", "fien", "Bram", "Olieslagers", "dilara", "wout"],
    keep={"gent": LOWER, "oostende": LOWER, "spotify": LOWER, "lidl": LOWER, "brugge": LOWER, "aldi": LOWER,
          "mechelen": LOWER, "leuven": LOWER, "decathlon": LOWER},
    names={"lien": LOWC, "youssef": LOWC, "fien": LOWC, "Bram": ZEGT, "Olieslagers": ZEGT, "dilara": LOWC,
           "wout": LOWC}))

R.append(dict(file="s08_een-gedicht.md", title="Een gedicht over de stad",
    session="Ronde 3 – zaal Dender", main="participatie",
    what="Jongeren schreven in een schrijfworkshop gedichten over hun stad en droegen ze voor.",
    amb="Participatie: jongeren zeggen in hun eigen woorden wat ze van hun stad vinden.",
    quotes='''"de tram naar antwerpen rijdt te laat
op het kiel zit niemand meer
ik drink mijn cola van de delhaize
en denk aan amir", droeg Jolien Vanbiervliet voor.

"in kortrijk is de zomer kort
de bus van de lijn is vol
zeg tegen samira dat ik kom", las Jolien.

"hasselt slaapt en genk is wakker
op tiktok zie ik de zee", zei Nikolaj Petrov.
''',
    surprise="Hoe eerlijk de gedichten waren.",
    quote_names=["amir", "Jolien", "Vanbiervliet", "samira", "Nikolaj", "Petrov"],
    keep={"antwerpen": LOWER, "kiel": LOWER, "delhaize": LOWER, "kortrijk": LOWER, "hasselt": LOWER,
          "genk": LOWER, "tiktok": LOWER},
    names={"amir": LOWC, "Jolien": ZEGT, "Vanbiervliet": ZEGT, "samira": LOWC, "Nikolaj": ZEGT, "Petrov": ZEGT}))

R.append(dict(file="s09_het-bord-van-de-werking.md", title="Het bord van de werking",
    session="Ronde 3 – zaal Zenne", main="participatie",
    what="Op een bord schreven jongeren kaartjes met plekken waar ze graag komen. De verslaggever typte de kaartjes over.",
    amb="Participatie: jongeren kiezen zelf waar de werking naartoe gaat.",
    quotes='''"Op het bord stond:
- Resto Amelberga (studentenresto, goedkoop en lekker)
- Brouwerij Hoorickx (rondleiding op zaterdag)
- Skatepark Noord
- Café Het Hoefijzertje
- Bowling Zuiderpoort", zegt jeugdwerker Gilles Callewier.

"Amelberga is de populairste: daar eten ze elke dinsdag", zegt Gilles.

"Hoorickx gaf ons vorig jaar gratis frisdrank", zegt Nuria Castellanos.

"Nuria en Gilles hebben de kaartjes overgetypt", zegt Hamza.
''',
    surprise="Dat eten altijd wint.",
    quote_names=["Gilles", "Callewier", "Nuria", "Castellanos", "Hamza"],
    keep={"Amelberga": PNAMED, "Hoorickx": PNAMED, "Skatepark Noord": CARD, "Hoefijzertje": CARD,
          "Bowling Zuiderpoort": CARD, "Resto Amelberga": CARD, "Brouwerij Hoorickx": CARD},
    names={"Gilles": ZEGT, "Callewier": ZEGT, "Nuria": ZEGT, "Castellanos": ZEGT, "Hamza": ZEGT}))

R.append(dict(file="s10_speelgoed-en-goede-doelen.md", title="Speelgoed en goede doelen",
    session="Ronde 4 – zaal Leie", main="armoede",
    what="Een speelotheek en een goed doel vertelden hoe ze speelgoed verzamelen en uitdelen.",
    amb="Armoede: elk kind moet kunnen spelen.",
    quotes='''"Kapitein Bert vzw zamelt speelgoed in voor gezinnen in armoede", zegt Lindsay Mpoyi.

"Kapitein Bert brengt elke maand een kar vol spullen", zegt Lindsay.

"Speel-o-Sfeer is onze speelotheek; Speel-o-Sfeer leent ook bakfietsen uit", vertelt Arjen Blommaert.

"De kinderen willen allemaal een Plorkie, dat knuffeldier uit de reclame", zegt Arjen.

"We kochten twintig Wobblo-blokken en een paar Ziplo-loopfietsen", lacht Lindsay.

"Het goede doel Vrolijke Bengel betaalt de huur", zegt Lindsay.

"Met Bert de buurman van de speelotheek hebben we de kasten gemaakt", zegt Arjen.
''',
    surprise="Dat speelgoed delen ook ouders verbindt.",
    quote_names=["Lindsay", "Mpoyi", "Arjen", "Blommaert"],
    keep={"Kapitein Bert": PNAMED, "Speel-o-Sfeer": ONE, "Plorkie": BRAND, "Wobblo": BRAND, "Ziplo": BRAND,
          "Vrolijke Bengel": OPEN},
    names={"Lindsay": ZEGT, "Mpoyi": ZEGT, "Arjen": ZEGT, "Blommaert": ZEGT}))

R.append(dict(file="s11_apps-en-bureaus.md", title="Apps, bureaus en platformen",
    session="Ronde 4 – zaal Dender", main="digitale-leefwereld",
    what="Een jongerencoach vertelde welke apps en bureaus jongeren gebruiken om werk en vrije tijd te regelen.",
    amb="Digitale leefwereld en werk.",
    quotes='''"De meeste jongeren vinden werk via Joblynx, het uitzendbureau van de regio", zegt Thibault Moens.

"Joblynx belde me na een dag terug", zegt Yara Osei.

"We plannen de shiften via Roosterly", zegt Thibault.

"Onze affiches maken we in Pixelfox, Pixelfox is gratis voor vzw's", zegt Yara.

"Ik vond mijn kot via Kotwijzer", zegt Emre Aydın.

"Ik hoorde het via Yara, niet via Kotwijzer", lacht Emre.

"Via Thibault ben ik bij de werking gekomen", zegt Merel Dewaegeneire.
''',
    surprise="Hoeveel apps er zijn.",
    quote_names=["Thibault", "Moens", "Yara", "Osei", "Emre", "Aydın", "Merel", "Dewaegeneire"],
    keep={"Joblynx": BRAND, "Roosterly": BRAND, "Pixelfox": BRAND, "Kotwijzer": BRAND},
    names={"Thibault": SAME, "Moens": ZEGT, "Yara": SAME, "Osei": ZEGT, "Emre": ZEGT, "Aydın": ZEGT,
           "Merel": ZEGT, "Dewaegeneire": ZEGT}))

R.append(dict(file="s12_podium-en-credits.md", title="Podium voor jong talent",
    session="Ronde 4 – zaal Zenne", main="cultuur",
    what="Een jongerentheater stelde zijn nieuwe voorstelling voor en vertelde waar het speelde.",
    amb="Cultuur: jongeren op een echt podium.",
    quotes='''"We speelden eerst in Theater De Wenteltrap (Lokeren), daarna in Zaal Volkshuis (Zele)", zegt regisseur Ambroos Teirlinck.

"De Wenteltrap gaf ons een week om te repeteren", zegt Ambroos.

"Decor: Lore Zoetaert (17, Hamme). Licht: Sem Bogaerts (16, Dendermonde)", staat in het programma, zegt Ambroos.

"De première in CC Ter Vaart was uitverkocht", zegt Benedetta Scarpellini.

"Ter Vaart wil ons volgend jaar terug", zegt Benedetta.
''',
    surprise="Hoe professioneel jongeren spelen.",
    quote_names=["Ambroos", "Teirlinck", "Lore", "Zoetaert", "Sem", "Bogaerts", "Benedetta", "Scarpellini"],
    keep={"De Wenteltrap": CREDIT, "Lokeren": CREDIT, "Zaal Volkshuis": CREDIT, "Zele": CREDIT,
          "Hamme": CREDIT, "Dendermonde": CREDIT, "Ter Vaart": ONE, "CC Ter Vaart": ONE},
    names={"Ambroos": ZEGT, "Teirlinck": ZEGT, "Lore": ZEGT, "Zoetaert": ZEGT, "Sem": ZEGT,
           "Bogaerts": ZEGT, "Benedetta": ZEGT, "Scarpellini": ZEGT}))

R.append(dict(file="s13_scholen-en-parken.md", title="Scholen, parken en bedrijventerreinen",
    session="Ronde 5 – zaal Leie", main="jeugdwerk-en-lokaal-bestuur",
    what="Een buurtwerker vertelde waar jongeren in zijn gemeente samenkomen en waar ze ontbreken.",
    amb="Lokaal bestuur: ruimte voor jongeren.",
    quotes='''"De jongeren van de Westbrook International School komen na school naar ons", zegt Mariama Diallo.

"Westbrook heeft geen speelplaats, dus spelen ze op het Kouterpark", zegt Mariama.

"Op het bedrijventerrein Hoogveld-Zuid is er 's avonds niemand; Hoogveld-Zuid is ideaal om te skaten", vertelt Wout Lecluyse.

"Het Beukenhof-plein ligt vlak naast de Sint-Brigida-school", zegt Wout.

"Ik ben vaak bij Mariama thuis, op het plein", zegt Oskar Engström.

"Oskar en zijn zus brengen altijd vrienden mee", zegt Wout.
''',
    surprise="Hoe weinig plek er is voor jongeren.",
    quote_names=["Mariama", "Diallo", "Wout", "Lecluyse", "Oskar", "Engström"],
    keep={"Westbrook International School": EN, "Westbrook": ONE, "Kouterpark": PLACE, "Hoogveld-Zuid": ONE,
          "Beukenhof-plein": PLACE, "Sint-Brigida-school": PLACE},
    names={"Mariama": SAME, "Diallo": ZEGT, "Wout": ZEGT, "Lecluyse": ZEGT, "Oskar": SUBJ, "Engström": ZEGT}))

R.append(dict(file="s14_partners-in-de-kijker.md", title="Partners in de kijker",
    session="Ronde 5 – zaal Dender", main="jeugdwerk-en-lokaal-bestuur",
    what="Een jeugddienst zette haar partners in de kijker.",
    amb="Lokaal: partnerschappen.",
    quotes='''"Pelikaan vzw helpt ons met vervoer. Pelikaan heeft drie busjes", zegt Rutger Verschraege.

"Windekind is een kleine organisatie uit Ninove. Windekind kookt voor de kampen", zegt Rutger.

"Het Buurtcollectief Kavel Zeven regelt de tuin, Kavel Zeven zit in de oude school", vertelt Fleur Rosseelde.

"De kinderen gaan naar Jente Vlerick voor de huiswerkklas", zegt Fleur.

"Met Rutger en Noah hebben we alles geregeld", zegt ROSALIE DE CLERCQ.

"Bedankt ROSALIE, bedankt NOAH", zegt Fleur.
''',
    surprise="Hoeveel kleine partners er zijn.",
    quote_names=["Rutger", "Verschraege", "Fleur", "Rosseelde", "Jente", "Vlerick", "Noah", "ROSALIE", "DE CLERCQ"],
    keep={"Pelikaan": ONE, "Windekind": ONE, "Ninove": PLACE, "Kavel Zeven": ONE},
    names={"Rutger": SUBJ, "Verschraege": ZEGT, "Fleur": ZEGT, "Rosseelde": ZEGT, "Jente": SAME, "Vlerick": SAME,
           "Noah": SUBJ, "ROSALIE": CAPS, "DE CLERCQ": CAPS}))

R.append(dict(file="s15_materiaal-voor-het-kamp.md", title="Materiaal voor het kamp",
    session="Ronde 5 – zaal Zenne", main="vrije-tijd",
    what="Een jeugdbeweging vertelde waar ze haar kampmateriaal huurt en koopt.",
    amb="Vrije tijd: goed materiaal maakt een kamp.",
    quotes='''"We kochten nieuwe tenten bij Kampeerhuis Ryckewaert; Ryckewaert gaf ons tien procent korting", zegt Ayşe Korkmaz.

"De bus huren we bij Autocars Vromant. Vromant rijdt al twintig jaar voor ons, tot in Zoutleeuw", zegt Gerrit Pijpelinck.

"Het springkasteel kwam van Hupsakee, Hupsakee levert ook partytenten", vertelt Ayşe.

"Onze T-shirts bedrukte Drukwerk Timperman. Timperman deed het in een dag", zegt Gerrit.

"De kleinsten bouwen met Klikko en met Brikko, de groten met hout", zegt Bilal Zawadzki.

"Ik sliep bij Bilal in de tent, naast Gerrit", lacht Ayşe.
''',
    surprise="Dat de lokale verhuurders goedkoper zijn dan het internet.",
    quote_names=["Ayşe", "Korkmaz", "Gerrit", "Pijpelinck", "Bilal", "Zawadzki"],
    keep={"Kampeerhuis Ryckewaert": ONE, "Ryckewaert": PNAMED, "Autocars Vromant": ONE, "Vromant": PNAMED,
          "Zoutleeuw": PLACE, "Hupsakee": ONE, "Drukwerk Timperman": ONE, "Timperman": PNAMED, "Klikko": BRAND,
          "Brikko": BRAND},
    names={"Ayşe": ZEGT, "Korkmaz": ZEGT, "Gerrit": SUBJ, "Pijpelinck": ZEGT, "Bilal": SAME, "Zawadzki": ZEGT}))


if __name__ == "__main__":
    write_keep_set(HERE, R, Q)
