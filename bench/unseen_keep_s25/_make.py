"""Generate s25-keep's own unseen keep set (run once; the files are frozen by SHA256SUMS)."""
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
MEDIUM = "single-word app/platform after a preposition of medium (via/op/in/met)"
USE = "single-word app/brand as the object of a verb of using/installing/paying"
OPEN = "single-word brand/app opening a sentence"
FNBRAND = "brand that is also a first name"
COMP = "compound of a brand/app/movement with an organisation noun"
TAK = "age group (tak) of a youth movement"
ROLE = "role or body of a youth movement, capitalised"
MOVE = "youth movement name"
PLACE = "town or venue after a preposition of place"
SHOPB = "shop/chain after bij/van/aan"
DEMO = "demonym / adjective of a place"
# name classes
ZEGT = "name after a speech verb"
MEDIUMN = "person after via/met/bij/naar"
USEN = "person as the object of a verb (bellen, vragen, uitnodigen)"
OPENN = "person opening a sentence"
TAKN = "person next to a tak or role (takleider X, de Aspi's van X)"
GEN = "person in a genitive before a thing"

R = []
R.append(dict(file="s01_ouders-bereiken.md", title="Hoe bereik je de ouders?",
    session="Ronde 2 – zaal Leie", main="communicatie",
    what="De leiding vertelde welke kanalen ze gebruiken om ouders op de hoogte te houden.",
    amb="Ouders betrekken bij de werking.",
    quotes='''"We sturen alles via Signal, want niet elke ouder zit op Facebook", zegt Hadewych Moerman.

"Ik maakte de affiche in Canva en zette ze daarna op Padlet", zegt Hadewych.

"Telegram hebben we nooit geïnstalleerd en BeReal gebruikt niemand van de leiding", zegt Oumou Camara.

"Stuur je vraag via Jozefien, zij beheert de mailbox", zegt Oumou.

"Met Trello hebben we het draaiboek eindelijk op één plek", zegt Tjorven Baert.

"Kahoot werkte beter dan een quiz op papier. Wie op Teams vergadert, mist de chips", lacht Tjorven.
''',
    surprise="Dat papieren brieven nog altijd het best werken.",
    quote_names=["Hadewych", "Moerman", "Oumou", "Camara", "Jozefien", "Tjorven", "Baert"],
    keep={"Signal": MEDIUM, "Facebook": MEDIUM, "Canva": MEDIUM, "Padlet": MEDIUM, "Telegram": OPEN,
          "BeReal": USE, "Trello": MEDIUM, "Kahoot": OPEN, "Teams": MEDIUM},
    names={"Hadewych": ZEGT, "Moerman": ZEGT, "Oumou": ZEGT, "Camara": ZEGT, "Jozefien": MEDIUMN,
           "Tjorven": ZEGT, "Baert": ZEGT}))

R.append(dict(file="s02_takkenweekend.md", title="Alle takken op weekend",
    session="Ronde 2 – zaal Mandel", main="jeugdwerk",
    what="Een groep vertelde over hun eerste weekend met alle leeftijdsgroepen samen.",
    amb="Jong en oud samen laten spelen.",
    quotes='''"De Kapoenen sliepen in de grote tent, de Welpen in het lokaal", zegt groepsleider Ysaline Dewitte.

"Onze Rakwi's en Tito's kookten zelf, de Keti's deden de afwas", zegt Ysaline.

"Bij de Jonggivers was Baptiste takleider, bij de Jins was dat Lieselot", vertelt Ysaline.

"De Aspi's van Kwinten bouwden een vlot dat echt bleef drijven", zegt Thibaut Goegebeur.

"Ribbels en Sloebers speelden samen op het plein. De Leeuwkes kwamen met de trein en de Givers trokken te voet naar Bouillon", zegt Thibaut.
''',
    surprise="Dat de oudsten zo goed voor de jongsten zorgden.",
    quote_names=["Ysaline", "Dewitte", "Baptiste", "Lieselot", "Kwinten", "Thibaut", "Goegebeur"],
    keep={"Kapoenen": TAK, "Welpen": TAK, "Rakwi's": TAK, "Tito's": TAK, "Keti's": TAK,
          "Jonggivers": TAK, "Jins": TAK, "Aspi's": TAK, "Ribbels": TAK, "Sloebers": TAK,
          "Leeuwkes": TAK, "Givers": TAK, "Bouillon": PLACE},
    names={"Ysaline": ZEGT, "Dewitte": ZEGT, "Baptiste": TAKN, "Lieselot": TAKN, "Kwinten": TAKN,
           "Thibaut": ZEGT, "Goegebeur": ZEGT}))

R.append(dict(file="s03_samen-vergaderen.md", title="Samen vergaderen over de grenzen",
    session="Ronde 3 – zaal Schelde", main="samenwerking",
    what="Drie bewegingen uit dezelfde gemeente vertelden hoe ze samen materiaal aankopen.",
    amb="Samenwerken tussen bewegingen.",
    quotes='''"We zetten alles in de Whatsappgroep van de Chiroleiding", zegt Marouane Lahlali.

"Het KLJ-bestuur en de KSA-leiding vergaderen nu elke maand samen", zegt Marouane.

"Op onze Instagrampagina staan de foto's van de Akabe-werking", zegt Ilka Verbruggen.

"We kochten Decathlon-tenten en deelden de Lidl-zakken met houtskool", zegt Ilka.

"De Discordserver van de Jins draait op Mattias' oude laptop, en het Tiktokaccount beheert niemand", zegt Marouane.
''',
    surprise="Hoeveel geld ze samen besparen.",
    quote_names=["Marouane", "Lahlali", "Ilka", "Verbruggen", "Mattias"],
    keep={"Whatsappgroep": COMP, "Chiroleiding": COMP, "KLJ-bestuur": COMP, "KSA-leiding": COMP,
          "Instagrampagina": COMP, "Akabe-werking": COMP, "Decathlon-tenten": COMP,
          "Lidl-zakken": COMP, "Discordserver": COMP, "Tiktokaccount": COMP},
    names={"Marouane": ZEGT, "Lahlali": ZEGT, "Ilka": ZEGT, "Verbruggen": ZEGT, "Mattias": GEN}))

R.append(dict(file="s04_wie-helpt.md", title="Wie helpt er mee?",
    session="Ronde 3 – zaal Nete", main="vrijwilligers",
    what="Leiding vertelde wie en wat hen helpt om een kamp rond te krijgen.",
    amb="Vrijwilligers ontlasten.",
    quotes='''"Vinted verkoopt onze oude uniformen, dat bracht al tweehonderd euro op", zegt Saskia Van Hoorebeke.

"Alexa speelt het kampvuurlied af als we het vragen. Siri verstaat geen West-Vlaams", lacht Saskia.

"Hema sponsorde de bekers en Lotus de koeken voor de dropping", zegt Saskia.

"Smartschool stuurt onze berichten door naar de ouders. Duolingo hielp de Oekraïense leden met hun Nederlands", zegt Gerolf Pauwels.

"Fenne stuurde de foto's door. Annelore regelde de bus en Jorik haalde de tenten op", zegt Gerolf.
''',
    surprise="Hoeveel kleine hulp er achter een kamp zit.",
    quote_names=["Saskia", "Van Hoorebeke", "Gerolf", "Pauwels", "Fenne", "Annelore", "Jorik"],
    keep={"Vinted": OPEN, "Alexa": FNBRAND, "Siri": FNBRAND, "Hema": OPEN, "Lotus": FNBRAND,
          "Smartschool": OPEN, "Duolingo": OPEN, "Oekraïense": DEMO},
    names={"Saskia": ZEGT, "Van Hoorebeke": ZEGT, "Gerolf": ZEGT, "Pauwels": ZEGT, "Fenne": OPENN,
           "Annelore": OPENN, "Jorik": OPENN}))

R.append(dict(file="s05_digitaal-kamp.md", title="Een digitaal kamp?",
    session="Ronde 4 – zaal Durme", main="digitalisering",
    what="Een groep toonde welke apps ze voor, tijdens en na het kamp gebruiken.",
    amb="Digitale middelen bewust inzetten.",
    quotes='''"We installeerden Jitsi op de oude pc in het lokaal", zegt Wout Claerhout.

"De leden gebruiken Tiktok meer dan Snapchat", zegt Wout.

"Download Komoot voor de dagtocht, dan raakt niemand verloren. Iedereen moet ook Itsme hebben om in te schrijven", zegt Wout.

"We betalen met Payconiq en aanvaarden ook Bancontact", zegt Nadira Bouzid.

"We belden Emiel voor de kookploeg, we vroegen Guusje voor de EHBO en we nodigden Selin uit voor de slotavond", zegt Nadira.
''',
    surprise="Dat de ouders vooral om de foto's vragen.",
    quote_names=["Wout", "Claerhout", "Nadira", "Bouzid", "Emiel", "Guusje", "Selin"],
    keep={"Jitsi": USE, "Tiktok": USE, "Snapchat": USE, "Komoot": USE, "Itsme": USE,
          "Payconiq": USE, "Bancontact": USE},
    names={"Wout": ZEGT, "Claerhout": ZEGT, "Nadira": ZEGT, "Bouzid": ZEGT, "Emiel": USEN,
           "Guusje": USEN, "Selin": USEN}))

R.append(dict(file="s06_onderweg.md", title="Onderweg met de groep",
    session="Ronde 4 – zaal Dijle", main="mobiliteit",
    what="Leiding vertelde waar ze afspreken en hoe ze zich verplaatsen met een grote groep.",
    amb="Mobiliteit voor iedereen.",
    quotes='''"Het kamp was in Durbuy, de tweedaagse trok naar Ravels", zegt Heleen Vandevoorde.

"We spraken af bij Quick en gingen daarna samen naar Kinepolis", zegt Heleen.

"De leidingsweek is dit jaar in Hoeilaart. Vorig jaar zaten we in Zoom in plaats van in het lokaal", zegt Heleen.

"We verkochten wafels bij Colruyt en aan de ingang van de Carrefour", zegt Heleen.

"We sliepen bij Anouk, reden met Fatoumata naar het station en wachtten daar op Robbe", zegt Heleen.
''',
    surprise="Hoe duur de trein geworden is.",
    quote_names=["Heleen", "Vandevoorde", "Anouk", "Fatoumata", "Robbe"],
    keep={"Durbuy": PLACE, "Ravels": PLACE, "Quick": SHOPB, "Kinepolis": PLACE, "Hoeilaart": PLACE,
          "Zoom": MEDIUM, "Colruyt": SHOPB, "Carrefour": SHOPB},
    names={"Heleen": ZEGT, "Vandevoorde": ZEGT, "Anouk": MEDIUMN, "Fatoumata": MEDIUMN,
           "Robbe": MEDIUMN}))

R.append(dict(file="s07_bewegingen.md", title="Bewegingen rond de tafel",
    session="Ronde 5 – zaal IJzer", main="samenwerking",
    what="Vertegenwoordigers van verschillende bewegingen vergeleken hoe ze vorming geven.",
    amb="Vorming delen tussen bewegingen.",
    quotes='''"FOS Open Scouting, KLJ en VVKSM zaten voor het eerst samen aan tafel", zegt Kaatje Demeulemeester.

"Bij het Jeugdrode Kruis leer je eerste hulp voor je zestien bent", zegt Kaatje.

"Onze Zeehondjes en Zeeverkenners gingen samen zeilen", zegt Kaatje.

"De Hoofdanimator van de speelpleinwerking maakt de planning, de Kampleiding doet de rest", zegt hoofdanimator Wiebe Lanssens.

"De Gouwploeg en de Districtsploeg kwamen langs op kamp", zegt takleider Zohra Amrani.
''',
    surprise="Hoe verschillend de namen voor dezelfde dingen zijn.",
    quote_names=["Kaatje", "Demeulemeester", "Wiebe", "Lanssens", "Zohra", "Amrani"],
    keep={"FOS Open Scouting": MOVE, "KLJ": MOVE, "VVKSM": MOVE, "Jeugdrode Kruis": MOVE,
          "Zeehondjes": TAK, "Zeeverkenners": TAK, "Hoofdanimator": ROLE, "Kampleiding": ROLE,
          "Gouwploeg": ROLE, "Districtsploeg": ROLE},
    names={"Kaatje": ZEGT, "Demeulemeester": ZEGT, "Wiebe": TAKN, "Lanssens": TAKN, "Zohra": TAKN,
           "Amrani": TAKN}))

R.append(dict(file="s08_sponsors.md", title="Sponsors zoeken",
    session="Ronde 5 – zaal Zenne", main="financiering",
    what="Een jeugdhuis vertelde hoe ze sponsors vonden voor hun fuif en hun kamp.",
    amb="Financiering zonder subsidies.",
    quotes='''"We kregen chocolade van Milka en een busje van Mercedes", zegt Brecht Van Landeghem.

"Oxfam leverde de koffie voor de fuif", zegt Brecht.

"Op de Playstation en de Nintendo speelden ze tot drie uur 's nachts", zegt Brecht.

"De tenten kwamen van Tamara en de friteuse van Ebru", zegt Brecht.
''',
    surprise="Dat grote merken soms gewoon ja zeggen.",
    quote_names=["Brecht", "Van Landeghem", "Tamara", "Ebru"],
    keep={"Milka": FNBRAND, "Mercedes": FNBRAND, "Oxfam": OPEN, "Playstation": MEDIUM,
          "Nintendo": MEDIUM},
    names={"Brecht": ZEGT, "Van Landeghem": ZEGT, "Tamara": MEDIUMN, "Ebru": MEDIUMN}))


if __name__ == "__main__":
    write_keep_set(HERE, R, Q)
