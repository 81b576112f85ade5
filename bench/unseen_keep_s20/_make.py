"""Generate s20-keep's own unseen keep set (run once; the files are frozen by SHA256SUMS)."""
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
TCAT = "title after a category noun (de serie/het boek/de strip/de film/het spel/de app/de game/de podcast)"
TQUO = "title in quotation marks or italics"
TVRB = "title as the object of a verb of use/play/watch/read/download"
GAME = "game, toy or device"
APP = "app or platform"
BRAND = "brand or firm"
FEAST = "feast day or holiday"
DIST = "district or neighbourhood inside a city"
SQUARE = "square, park, station or landmark"
PNAMED = "street, school, prize or hall named after a person"
ORG = "invented local organisation"
# name classes
ZEGT = "name after a speech verb"
ROLE = "name after a role word"
PREPN = "name after a preposition (met/bij/van/naar/voor)"
SUBJ = "first name as subject or object inside a quote"
CATN = "name in a title-like frame (de film van X, het spel dat X bedacht, X speelde)"
LOWC = "lower-case first name in a chat-like quote"

R = []
R.append(dict(file="s01_series-en-strips-in-de-leefgroep.md", title="Series en strips in de leefgroep",
    session="Ronde 1 – zaal Leie", main="diversiteit-en-inclusie",
    what="Twee begeleiders van een leefgroep vertelden hoe ze series en strips gebruiken om over moeilijke thema's te praten. Ze toonden fragmenten en lieten de deelnemers zelf een strip tekenen.",
    amb="Diversiteit: jongeren herkennen zich in personages die op hen lijken.",
    quotes='''"Na de serie Heartstopper durfden twee jongens voor het eerst te vertellen dat ze verliefd waren", zegt Wout Vandenbussche.

"We lezen samen de strip Kiekeboe, en de oudsten lezen liever Naruto", vertelt begeleidster Elif.

"Op Netflix keken we met de hele groep naar Squid Game, en dat gaf een goed gesprek over geweld", aldus Mamadou Diallo.

"Het boek 'Wonder' ligt altijd op tafel, iedereen heeft het al eens vastgehad", zegt Elif Yılmaz.

"De film die Wout koos was Inside Out, daarna praatten we over boosheid", lacht Ilse.

"Ik vroeg aan Mamadou of we ook De Kotmadam mochten opzetten, maar dat vonden ze te flauw", zegt Ilse Claeys.
''',
    surprise="Hoe vlot jongeren over gevoelens praten als het over een personage gaat.",
    quote_names=["Wout", "Vandenbussche", "Elif", "Mamadou", "Diallo", "Yılmaz", "Ilse", "Claeys"],
    keep={"Heartstopper": TCAT, "Kiekeboe": TCAT, "Naruto": TVRB, "Netflix": APP, "Squid Game": TVRB,
          "Wonder": TQUO, "Inside Out": TCAT, "De Kotmadam": TVRB},
    names={"Wout": ZEGT, "Vandenbussche": ZEGT, "Elif": ROLE, "Mamadou": PREPN, "Diallo": ZEGT,
           "Yılmaz": ZEGT, "Ilse": ZEGT, "Claeys": ZEGT}))

R.append(dict(file="s02_gamen-op-de-jeugdclub.md", title="Gamen op de jeugdclub",
    session="Ronde 1 – zaal Dijle", main="digitale-leefwereld",
    what="Een jeugdwerker en twee jongeren vertelden over de gameavonden in hun club. Ze bespraken schermtijd, samenspelen en wat ouders ervan vinden.",
    amb="Digitale leefwereld: gamen is voor veel jongeren gewoon hun vrije tijd.",
    quotes='''"Op vrijdag spelen we Mario Kart op de Nintendo Switch, de winnaar kiest de muziek", zegt Tibo Mertens.

"De jongsten bouwen hele dorpen in Minecraft, de oudsten willen alleen Fortnite", vertelt jeugdwerker Yasmina Boukhari.

"Sinds we een PlayStation hebben, komen er meer meisjes dan vroeger", zegt Kenan.

"We downloadden Among Us op de tablets van de club, dat werkte beter dan verwacht", aldus Tibo.

"Met Kenan speelde ik een heel weekend Roblox, tot mijn moeder de wifi uitzette", lacht Amber.

"Voor het spel Stardew Valley zitten ze soms met vier rond één scherm", zegt Amber De Smet.
''',
    surprise="Dat ouders zelf soms mee komen spelen.",
    quote_names=["Tibo", "Mertens", "Yasmina", "Boukhari", "Kenan", "Amber", "De Smet"],
    keep={"Mario Kart": TVRB, "Nintendo Switch": GAME, "Minecraft": GAME, "Fortnite": GAME, "PlayStation": GAME,
          "Among Us": TVRB, "Roblox": TVRB, "Stardew Valley": TCAT},
    names={"Tibo": ZEGT, "Mertens": ZEGT, "Yasmina": ROLE, "Boukhari": ROLE, "Kenan": PREPN,
           "Amber": ZEGT, "De Smet": ZEGT}))

R.append(dict(file="s03_feesten-van-alle-kleuren.md", title="Feesten van alle kleuren",
    session="Ronde 2 – zaal Nete", main="diversiteit-en-inclusie",
    what="Een speelpleinwerking en een jeugdhuis vertelden hoe ze de feesten van hun bezoekers mee vieren. Ze gaven tips over planning, eten en de kalender.",
    amb="Inclusie: wie zijn feest ziet gevierd worden, voelt zich thuis.",
    quotes='''"Na de ramadan vieren we het Suikerfeest samen, met pannenkoeken en muntthee", zegt Jorre Verbeke.

"Met Divali steken we lichtjes aan in de tuin, dat vinden de kleintjes prachtig", vertelt animator Fatoumata.

"Rond Chanoeka en Kerstmis doen we een lichtjeswandeling door het dorp", zegt Bart Okafor.

"Het Offerfeest valt soms in de zomer, dan plannen we geen uitstap", aldus Fatoumata Camara.

"Met Holi gooien we verfpoeder, Bart was de eerste die helemaal roze zag", lacht Lien.

"Ik vroeg aan Jorre of we ook Nowruz mochten vieren, en het werd een groot feest", zegt Lien Van Acker.

"Op Allerheiligen is het jeugdhuis dicht, maar met Halloween staat de deur wagenwijd open", zegt Jorre.

"Pinksteren is bij ons kampperiode, Pasen is de paaseierenraap op het speelplein", vertelt Bart.
''',
    surprise="Hoeveel feesten er eigenlijk zijn.",
    quote_names=["Jorre", "Verbeke", "Fatoumata", "Bart", "Okafor", "Camara", "Lien", "Van Acker"],
    keep={"Suikerfeest": FEAST, "Divali": FEAST, "Chanoeka": FEAST, "Kerstmis": FEAST, "Offerfeest": FEAST,
          "Holi": FEAST, "Nowruz": FEAST, "Allerheiligen": FEAST, "Halloween": FEAST, "Pinksteren": FEAST,
          "Pasen": FEAST},
    names={"Jorre": ZEGT, "Verbeke": ZEGT, "Fatoumata": ROLE, "Bart": SUBJ, "Okafor": ZEGT, "Camara": ZEGT,
           "Lien": ZEGT, "Van Acker": ZEGT}))

R.append(dict(file="s04_straathoekwerk-in-de-stad.md", title="Straathoekwerk in de stad",
    session="Ronde 2 – zaal Schelde", main="kwetsbare-jongeren",
    what="Straathoekwerkers uit twee steden vertelden waar ze jongeren ontmoeten en hoe ze vertrouwen opbouwen. Ze lieten een kaart zien met hun vaste plekken.",
    amb="Kwetsbare jongeren: wie niet naar een organisatie komt, zoek je zelf op.",
    quotes='''"Op dinsdag staan we in Kuregem, op donderdag aan het Flageyplein", zegt Aziz Haddou.

"De meeste gasten hangen rond in het Park Spoor Noord of aan station Berchem", vertelt straathoekwerker Marthe.

"In de Brugse Poort kennen ze ons al, in Ledeberg moeten we nog beginnen", zegt Dries Lemmens.

"Met Aziz liep ik een hele avond door de Seefhoek, tot aan de Sint-Jansplaats", aldus Marthe Goossens.

"Ze spreken graag af aan het Zuidpark, of onder de brug aan de Dampoort", lacht Dries.

"Ik vroeg aan Marthe of we ook in Kessel-Lo een vaste plek konden hebben", zegt Noa.
''',
    surprise="Dat jongeren zelf de plekken kiezen.",
    quote_names=["Aziz", "Haddou", "Marthe", "Dries", "Lemmens", "Goossens", "Noa"],
    keep={"Kuregem": DIST, "Flageyplein": SQUARE, "Park Spoor Noord": SQUARE, "Berchem": SQUARE,
          "Brugse Poort": DIST, "Ledeberg": DIST, "Seefhoek": DIST, "Sint-Jansplaats": SQUARE, "Zuidpark": SQUARE,
          "Dampoort": SQUARE, "Kessel-Lo": DIST},
    names={"Aziz": ZEGT, "Haddou": ZEGT, "Marthe": ROLE, "Dries": ZEGT, "Lemmens": ZEGT, "Goossens": ZEGT,
           "Noa": ZEGT}))

R.append(dict(file="s05_scholen-en-straten-met-een-naam.md", title="Scholen en straten met een naam",
    session="Ronde 2 – zaal IJzer", main="jeugdinfrastructuur",
    what="Een werkgroep zocht uit waar jongeren in hun gemeente samenkomen. Ze vertelden over scholen, zalen en straten die een nieuwe bestemming kregen.",
    amb="Jeugdinfrastructuur: een lokaal hoeft niet nieuw te zijn, wel beschikbaar.",
    quotes='''"We repeteren in de turnzaal van de Mariette Vervoortschool, op woensdagmiddag", zegt Hamza Popescu.

"Het jeugdhuis verhuist naar de Hilaire Wardiuslaan, naast de bibliotheek", vertelt Ruth.

"Vorig jaar wonnen we de Irma Lauwersprijs voor ons buurtproject", zegt schepen Arne Nguyen.

"In zaal Hector Vandammehuis mogen we gratis vergaderen", aldus Hamza.

"Met Ruth ging ik langs bij de directie van het Bertha Claeskensinstituut", lacht Arne.

"De skatebaan ligt achter het Koning Boudewijnstadion", zegt Ruth Goossenaerts.
''',
    surprise="Hoeveel lege lokalen er zijn.",
    quote_names=["Hamza", "Popescu", "Ruth", "Arne", "Nguyen", "Goossenaerts"],
    keep={"Mariette Vervoortschool": PNAMED, "Hilaire Wardiuslaan": PNAMED, "Irma Lauwersprijs": PNAMED,
          "Hector Vandammehuis": PNAMED, "Bertha Claeskensinstituut": PNAMED, "Koning Boudewijnstadion": PNAMED},
    names={"Hamza": ZEGT, "Popescu": ZEGT, "Ruth": ZEGT, "Arne": ROLE, "Nguyen": ROLE, "Goossenaerts": ZEGT}))

R.append(dict(file="s06_apps-voor-de-leiding.md", title="Apps voor de leiding",
    session="Ronde 3 – zaal Leie", main="digitale-leefwereld",
    what="Leiding van een jeugdbeweging toonde welke apps ze gebruiken om te plannen, te communiceren en activiteiten voor te bereiden. Er was discussie over privacy.",
    amb="Digitale leefwereld: de leiding werkt even digitaal als de leden.",
    quotes='''"Onze planning staat in Trello, de foto's delen we via Google Drive", zegt Zeynep Kaya.

"Voor de quiz gebruiken we Kahoot, voor de evaluatie Mentimeter", vertelt groepsleider Milan.

"De ouders krijgen alles via de app Ouderpost, niet meer via mail", zegt Sien.

"We hebben Discord geprobeerd, maar Signal werkt voor de oudsten beter", aldus Milan Peeters.

"Sien maakte de affiches in Canva, en de playlist staat op Spotify", lacht Kwame.

"Ik vroeg aan Zeynep of de leden BeReal mogen gebruiken op kamp", zegt Kwame Mensah.
''',
    surprise="Dat de leiding zelf grenzen zet aan schermtijd.",
    quote_names=["Zeynep", "Kaya", "Milan", "Sien", "Peeters", "Kwame", "Mensah"],
    keep={"Trello": APP, "Google Drive": APP, "Kahoot": APP, "Mentimeter": APP, "Ouderpost": TCAT,
          "Discord": APP, "Signal": APP, "Canva": APP, "Spotify": APP, "BeReal": APP},
    names={"Zeynep": ZEGT, "Kaya": ZEGT, "Milan": ROLE, "Sien": SUBJ, "Peeters": ZEGT, "Kwame": ZEGT,
           "Mensah": ZEGT}))

R.append(dict(file="s07_speelgoed-en-spelletjes.md", title="Speelgoed en spelletjes",
    session="Ronde 3 – zaal Dender", main="spel-en-ontmoeting",
    what="Een speel-o-theek en een speelpleinwerking vertelden welk speelgoed ze uitlenen en hoe ze spelletjes kiezen voor gemengde groepen.",
    amb="Spel en ontmoeting: een goed spel verbindt kinderen die elkaars taal niet spreken.",
    quotes='''"Het populairste in de speel-o-theek blijft Lego, en vlak daarna Playmobil", zegt Lore Janssens.

"We speelden Dixit met kinderen die nog geen Nederlands spreken, en dat lukte", vertelt animator Bilal.

"Met het spel Kolonisten van Catan leren ze onderhandelen", zegt Griet.

"Een oude Tamagotchi deed het nog, de kinderen vonden dat hilarisch", aldus Bilal Amrani.

"Ik speelde Uno met Griet en drie kinderen uit de opvang", lacht Mathis.

"Het kaartspel Halli Galli is een succes, net als Jenga", zegt Mathis Dewulf.
''',
    surprise="Dat oud speelgoed het meest gevraagd wordt.",
    quote_names=["Lore", "Janssens", "Bilal", "Amrani", "Griet", "Mathis", "Dewulf"],
    keep={"Lego": BRAND, "Playmobil": BRAND, "Dixit": TVRB, "Kolonisten van Catan": TCAT, "Tamagotchi": GAME,
          "Uno": TVRB, "Halli Galli": TCAT, "Jenga": GAME},
    names={"Lore": ZEGT, "Janssens": ZEGT, "Bilal": ROLE, "Amrani": ZEGT, "Griet": PREPN, "Mathis": ZEGT,
           "Dewulf": ZEGT}))

R.append(dict(file="s08_een-jeugdhuis-en-zijn-partners.md", title="Een jeugdhuis en zijn partners",
    session="Ronde 3 – zaal Schelde", main="samenwerking",
    what="Een jeugdhuis legde uit met welke partners het samenwerkt: lokale verenigingen, een brouwerij en een drukkerij. Ze vertelden wat elke partner bijdraagt.",
    amb="Samenwerking: een jeugdhuis staat niet alleen.",
    quotes='''"De vaten komen van Brouwerij Haverbloem, de bekers van drukkerij Dierickx & Zonen", zegt Ayoub Benjelloun.

"Samen met vzw Klavertje Zeven organiseren we de huiswerkklas", vertelt voorzitter Hanne.

"De fietsherstelling doet Atelier Trapkracht, gratis voor leden", zegt Jelle Vercruysse.

"We kregen subsidie van het Fonds Lichtbaken, en de muziekschool Zeven Snaren leent instrumenten", aldus Hanne Stevens.

"Met Ayoub trok ik naar jeugdhuis De Kantelaar in Tielt", lacht Jelle.

"Het optreden van de band Groene Meeuw werd betaald door Elektro Ghijsels", zegt Nour.
''',
    surprise="Hoeveel partners een klein jeugdhuis heeft.",
    quote_names=["Ayoub", "Benjelloun", "Hanne", "Jelle", "Vercruysse", "Stevens", "Nour"],
    keep={"Brouwerij Haverbloem": ORG, "Dierickx & Zonen": ORG, "Klavertje Zeven": ORG, "Atelier Trapkracht": ORG,
          "Fonds Lichtbaken": ORG, "Zeven Snaren": ORG, "De Kantelaar": ORG, "Tielt": DIST, "Groene Meeuw": ORG,
          "Elektro Ghijsels": BRAND},
    names={"Ayoub": ZEGT, "Benjelloun": ZEGT, "Hanne": ROLE, "Jelle": ZEGT, "Vercruysse": ZEGT, "Stevens": ZEGT,
           "Nour": ZEGT}))

R.append(dict(file="s09_lezen-en-luisteren.md", title="Lezen en luisteren",
    session="Ronde 4 – zaal Leie", main="cultuur",
    what="Een bibliothecaris en een jeugdwerker vertelden hoe ze jongeren aan het lezen en luisteren krijgen, met boeken, podcasts en luisterboeken.",
    amb="Cultuur: lezen begint bij een verhaal dat je raakt.",
    quotes='''"Ze lazen allemaal De Grijze Jager, en daarna wilden ze zelf een verhaal schrijven", zegt Pieter Wauters.

"De podcast Kinderen van de Rekening beluisteren we in de bus", vertelt bibliothecaris Sofie.

"In de leesclub bespraken we 'Het leven is een kermis' van een Vlaamse schrijfster", zegt Sofie Lambrecht.

"Op Storytel luisteren ze naar *Dolfje Weerwolfje*, ook de jongens", aldus Pieter.

"Met Sofie las ik de strip Jommeke voor aan de kleinsten", lacht Yara.

"Het boek Percy Jackson is al drie keer gestolen uit de bib", zegt Yara Mahmoud.
''',
    surprise="Dat luisterboeken nieuwe lezers aantrekken.",
    quote_names=["Pieter", "Wauters", "Sofie", "Lambrecht", "Yara", "Mahmoud"],
    keep={"De Grijze Jager": TVRB, "Kinderen van de Rekening": TCAT, "Het leven is een kermis": TQUO,
          "Storytel": APP, "Dolfje Weerwolfje": TQUO, "Jommeke": TCAT, "Percy Jackson": TCAT},
    names={"Pieter": ZEGT, "Wauters": ZEGT, "Sofie": ROLE, "Lambrecht": ZEGT, "Yara": ZEGT, "Mahmoud": ZEGT}))

R.append(dict(file="s10_stadsspel-door-de-wijken.md", title="Stadsspel door de wijken",
    session="Ronde 4 – zaal Dijle", main="spel-en-ontmoeting",
    what="Een jeugddienst ontwierp een stadsspel dat kinderen langs verschillende wijken en pleinen leidt. Ze vertelden hoe ze de route kozen.",
    amb="Spel en ontmoeting: kinderen leren hun stad kennen door er te spelen.",
    quotes='''"De route start aan de Groenplaats en eindigt in het Stadspark", zegt Jonas Cools.

"Onderweg passeren ze Zurenborg en het Kiel, twee heel verschillende wijken", vertelt jeugdconsulent Leyla.

"Aan het Ladeuzeplein zit een opdracht met het standbeeld", zegt Leyla Demir.

"In Heverlee speelden we een versie rond het Arenbergkasteel", aldus Jonas.

"Met Leyla testte ik de route langs Matonge en het Atomium", lacht Senne.

"De laatste post ligt aan het Citadelpark, vlak bij station Gent-Sint-Pieters", zegt Senne Jacobs.
''',
    surprise="Dat sommige kinderen hun eigen wijk nog nooit verlaten hadden.",
    quote_names=["Jonas", "Cools", "Leyla", "Demir", "Senne", "Jacobs"],
    keep={"Groenplaats": SQUARE, "Stadspark": SQUARE, "Zurenborg": DIST, "Kiel": DIST, "Ladeuzeplein": SQUARE,
          "Heverlee": DIST, "Arenbergkasteel": SQUARE, "Matonge": DIST, "Atomium": SQUARE, "Citadelpark": SQUARE,
          "Gent-Sint-Pieters": SQUARE},
    names={"Jonas": ZEGT, "Cools": ZEGT, "Leyla": ROLE, "Demir": ZEGT, "Senne": ZEGT, "Jacobs": ZEGT}))

R.append(dict(file="s11_chat-met-de-leiding.md", title="Chat met de leiding",
    session="Ronde 4 – zaal Nete", main="digitale-leefwereld",
    what="De sessie toonde een geanonimiseerd chatgesprek van een leidingsgroep over het weekendprogramma. De deelnemers bespraken de toon van zulke chats.",
    amb="Digitale leefwereld: een chatgroep is ook een plek met afspraken.",
    quotes='''"robbe: wie brengt de Switch mee voor zaterdagavond? dan spelen we Just Dance", staat er in de chat.

"lotte: ik breng Monopoly mee, en de film Frozen voor de kleintjes", antwoordt een leidster.

"Ik stuurde Robbe een berichtje via WhatsApp om Pictionary te regelen", zegt Lotte Vermeulen.

"Zondag is het Moederdag, dus we stoppen om vier uur", schreef hoofdleider Ibrahim.

"Iemand moet nog de Wii van Ibrahim ophalen", zegt Robbe Maes.
''',
    surprise="Hoe informeel zo'n chat is.",
    quote_names=["robbe", "lotte", "Robbe", "Lotte", "Vermeulen", "Ibrahim", "Maes"],
    keep={"Switch": GAME, "Just Dance": TVRB, "Monopoly": GAME, "Frozen": TCAT, "WhatsApp": APP,
          "Pictionary": GAME, "Moederdag": FEAST, "Wii": GAME},
    names={"robbe": LOWC, "lotte": LOWC, "Robbe": PREPN, "Lotte": ZEGT, "Vermeulen": ZEGT, "Ibrahim": ROLE,
           "Maes": ZEGT}))

R.append(dict(file="s12_kalender-van-het-werkjaar.md", title="Kalender van het werkjaar",
    session="Ronde 5 – zaal IJzer", main="vrijwillig-engagement",
    what="Een jeugdraad stelde de kalender van het werkjaar voor en legde uit hoe ze rekening houden met feestdagen, examens en vakanties.",
    amb="Vrijwillig engagement: een goede kalender voorkomt dat vrijwilligers afhaken.",
    quotes='''"Rond Sinterklaas en Nieuwjaar plannen we niets, dan zijn de leiders op vakantie", zegt Emre Aksoy.

"Tijdens de krokusvakantie en op Aswoensdag hebben we een carnavalsstoet", vertelt secretaris Charlotte.

"Met Driekoningen gaan de kinderen zingen, dat is hier nog een traditie", zegt Charlotte Declercq.

"Het Loofhuttenfeest en Jom Kipoer staan ook op onze kalender, voor de Joodse leden", aldus Emre.

"Ik vroeg aan Charlotte of we Vaderdag en Moederdag niet beter samen vieren", lacht Wannes.

"Op Wapenstilstand houden we een herdenking aan het monument", zegt Wannes Coppens.

"Met Hemelvaart is er een fietstocht, met Lichtmis eten we pannenkoeken", zegt Emre.
''',
    surprise="Hoe vol de kalender eigenlijk zit.",
    quote_names=["Emre", "Aksoy", "Charlotte", "Declercq", "Wannes", "Coppens"],
    keep={"Sinterklaas": FEAST, "Nieuwjaar": FEAST, "Aswoensdag": FEAST, "Driekoningen": FEAST,
          "Loofhuttenfeest": FEAST, "Jom Kipoer": FEAST, "Vaderdag": FEAST, "Wapenstilstand": FEAST,
          "Hemelvaart": FEAST, "Lichtmis": FEAST},
    names={"Emre": ZEGT, "Aksoy": ZEGT, "Charlotte": ROLE, "Declercq": ZEGT, "Wannes": ZEGT, "Coppens": ZEGT}))
R.append(dict(file="s13_muziek-en-theater-met-tieners.md", title="Muziek en theater met tieners",
    session="Ronde 5 – zaal Leie", main="cultuur",
    what="Een theatergroep en een muziekatelier vertelden hoe tieners zelf voorstellingen en nummers maken. Ze toonden een fragment van hun laatste productie.",
    amb="Cultuur: jongeren maken zelf, in plaats van alleen te kijken.",
    quotes='''"We speelden een eigen versie van 'De Leeuwenkoning', met rap in plaats van zang", zegt Jasper Willaert.

"Het nummer Zombie van The Cranberries hebben ze helemaal herschreven", vertelt muziekbegeleider Noor.

"Ze oefenen de dansjes van TikTok en zetten ze op YouTube", zegt Noor Benali.

"De musical *Annie* was te moeilijk, dus kozen we voor Matilda", aldus Jasper.

"Met Noor keek ik naar Ketnet, daar kwam het idee van het toneel vandaan", lacht Fien.

"De decors kochten we bij Ikea en de microfoons bij Bax Music", zegt Fien Raes.

"Na de voorstelling op Vlaanderen Feest gingen we met de hele groep naar de Efteling", zegt Jasper.
''',
    surprise="Hoe veel talent er in zo'n groep zit.",
    quote_names=["Jasper", "Willaert", "Noor", "Benali", "Fien", "Raes"],
    keep={"De Leeuwenkoning": TQUO, "Zombie": TCAT, "The Cranberries": BRAND, "TikTok": APP, "YouTube": APP,
          "Annie": TQUO, "Matilda": TVRB, "Ketnet": APP, "Ikea": BRAND, "Bax Music": BRAND,
          "Vlaanderen Feest": FEAST, "Efteling": SQUARE},
    names={"Jasper": ZEGT, "Willaert": ZEGT, "Noor": ROLE, "Benali": ZEGT, "Fien": ZEGT, "Raes": ZEGT}))

R.append(dict(file="s14_een-zomer-in-de-buurt.md", title="Een zomer in de buurt",
    session="Ronde 5 – zaal Dender", main="jeugdinfrastructuur",
    what="Een buurtwerk vertelde over een zomer vol activiteiten op pleinen en in parken in de buurt, met een foodtruck, een zwembad en een fietsroute.",
    amb="Jeugdinfrastructuur: de publieke ruimte is het grootste jeugdlokaal.",
    quotes='''"Elke woensdag stonden we op het Sint-Pietersplein met de foodtruck", zegt Kobe Vanneste.

"De fietstocht ging van de Vrijdagmarkt naar de Blaarmeersen", vertelt buurtwerker Hiba.

"In het Josaphatpark hebben we een kubbtornooi gespeeld", zegt Hiba Ouali.

"Op de Oude Markt was het te druk, dus weken we uit naar het Sint-Donatuspark", aldus Kobe.

"Met Hiba reed ik naar zwembad Rozebroeken, de kinderen wilden niet meer weg", lacht Bram.

"We sloten af met een film in de Pieter Coutereelstraat, op een groot laken", zegt Bram Wouters.
''',
    surprise="Hoe weinig je nodig hebt voor een goede namiddag.",
    quote_names=["Kobe", "Vanneste", "Hiba", "Ouali", "Bram", "Wouters"],
    keep={"Sint-Pietersplein": SQUARE, "Vrijdagmarkt": SQUARE, "Blaarmeersen": SQUARE, "Josaphatpark": SQUARE,
          "Oude Markt": SQUARE, "Sint-Donatuspark": SQUARE, "Rozebroeken": SQUARE, "Pieter Coutereelstraat": PNAMED},
    names={"Kobe": ZEGT, "Vanneste": ZEGT, "Hiba": ROLE, "Ouali": ZEGT, "Bram": ZEGT, "Wouters": ZEGT}))


if __name__ == "__main__":
    write_keep_set(HERE, R, Q)
