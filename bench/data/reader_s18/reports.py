# ruff: noqa: W291  (the trailing spaces are the PDF text extraction's, part of the frozen reports)
# The twelve reports of reader_s18 (see _make.py). Invented names only.
DIG = ["digitale-leefwereld"]
STEM = ["stem-van-kinderen-en-jongeren"]
VRIJ = ["vrijwillig-engagement"]
SURPRISE = "Hoe snel de chat een eigen gesprek werd naast wat er vooraan gebeurde, en hoeveel praktische vragen daar opdoken."
QUESTIONS = "Over de opname, over wie de slides krijgt en over hoe je een online groep betrekt zonder dat de zaal zich verveelt."
PANEL_SURPRISE = "Hoe duidelijk de jongeren zeiden wat ze nodig hebben, en hoe weinig ze nog verwachten van een brief of een formulier."
PANEL_Q = "Over terugkoppeling: wie antwoordt, hoe snel, en in welke taal. Ook over budgetten die jongeren zelf mogen beheren."


def cls(names, text):
    return {n: text for n in names}


REPORTS = []


def add(**r):
    r.setdefault("surprise", SURPRISE)
    r.setdefault("questions", QUESTIONS)
    r.setdefault("contacts", [])
    classes = {}
    for names, text in r.pop("cls"):
        classes.update(cls(names, text))
    for k in r["keep"]:
        classes.setdefault(k, "keep item in a chat or note line")
    for c in r["contacts"]:
        classes.setdefault(c, "contact in a chat or note line")
    r["classes"] = classes
    r["quote_names"] = [n for n in classes if n not in r["keep"] and n not in r["contacts"]]
    REPORTS.append(r)


add(id="R01", file="r01_de-chat-van-de-hybride-vorming.txt", title="De chat van de hybride vorming",
    session="Ronde 1 – zaal 3", main="digitale-leefwereld", tags=DIG,
    what="Een vorming over hybride vergaderen voor jeugdwerkers. De helft zat in de zaal, de andere helft volgde via Teams. We probeerden zelf een hybride overleg en merkten hoe snel de online groep uit beeld verdwijnt.",
    amb="De digitale leefwereld van jeugdwerkers zelf: wie online meedoet, moet even goed gehoord worden als wie in de zaal zit.",
    quotes="""Uit de Teams-chat (gekopieerd na de sessie):

[14:02] Fiona McAllister is de opname al gestart? ik hoor niets
[14:03] Pieterjan Claerhout (Gast) ja, bij mij loopt ze. de slides staan op Padlet
[14:05] Deknudt, Jorien (extern) bij Jeugdhuis Kaddee doen we dat elke maand met een quiz op Kahoot
[14:06] Mattis vraag even aan fiona of ze de link kan delen
[14:08] Fiona McAllister @Pieterjan Claerhout ik stuur hem via Smartschool
[14:09] ROISIN MCGOVERN sorry, late. the wifi on the train to Leuven is terrible""",
    photo="Een scherm met de Teams-chat naast de flip-over met de afspraken.",
    keep=["Padlet", "Jeugdhuis Kaddee", "Kahoot", "Smartschool", "Leuven"],
    cls=[(["Fiona", "McAllister"], "Teams display name joined to its lower-case message after '[hh:mm]' (Mc surname); lower-case first name in a message; @ mention"),
         (["Pieterjan", "Claerhout"], "Teams display name + '(Gast)' joined to a lower-case message; '@First Surname' mention"),
         (["Jorien", "Deknudt"], "Teams display name 'Surname, First (extern)' joined to a lower-case message"),
         (["Mattis"], "one-word Teams display name joined to a lower-case message"),
         (["Roisin", "McGovern"], "ALL-CAPS Teams display name with a Mc surname joined to an English message")])

add(id="R02", file="r02_goeiemorgen-vanuit-de-trein.txt", title="Goeiemorgen vanuit de trein",
    session="Ronde 1 – zaal 5", main="vrijwillig-engagement", tags=VRIJ + DIG,
    what="Een sessie over vrijwilligers die van ver komen. Een deel van de groep zat thuis of op de trein en volgde mee. Er werd veel gedeeld over vervoer, onkosten en wat een organisatie kan terugbetalen.",
    amb="Vrijwillig engagement kan pas als het haalbaar blijft: vervoer, tijd en onkosten moeten geregeld zijn.",
    quotes="""Teams-chat, zoals hij uit de pdf kwam:

[09:31] Eline van Oudheusden Goedemorgen allemaal, ik zit nog op de trein naar Mechelen
[09:33] Kasper Huyghe-Rombaut Bij ons in Chiro Zwevezele is dat net hetzelfde met de kampvervoer
[09:34] Samir Chaouki (Guest) Good point. We tried it with Discord and it worked
[09:36] Eline van Oudheusden Kunnen we de Miro na afloop krijgen?
[09:38] Samir Chaouki (Guest) Yes, I will put it on Google Drive
[09:40] Gwen O'Neill 😊 Dank je! Ik neem het mee naar de jeugdraad van Lokeren""",
    photo="Foto van de zaal met op het grote scherm vier kleine vensters van wie online meedeed.",
    keep=["Mechelen", "Chiro Zwevezele", "Discord", "Miro", "Google Drive", "Lokeren"],
    cls=[(["Eline", "Oudheusden"], "Teams display name with a lower-case particle joined to a message that opens with a capital"),
         (["Kasper", "Huyghe", "Rombaut"], "Teams display name with a hyphenated surname joined to a capitalised message"),
         (["Samir", "Chaouki"], "Teams display name + '(Guest)' joined to an English capitalised message"),
         (["Gwen", "O'Neill"], "Teams display name with an O' surname and an emoji joined to a capitalised message")])

add(id="R03", file="r03_de-zoomchat-van-de-speelpleinen.txt", title="De Zoom-chat van de speelpleinen",
    session="Ronde 2 – online", main="jeugdinfrastructuur", tags=["jeugdinfrastructuur"],
    what="Een online sessie over inschrijvingen voor speelpleinwerkingen. Drie werkingen toonden hoe ze inschrijven en betalen regelen, van papier tot app. De chat liep vol met vragen en links.",
    amb="Goede infrastructuur is ook digitale infrastructuur: een inschrijving die werkt voor elke ouder.",
    quotes="""Zoom-chat (opgeslagen en hier geplakt):

14:10:22 Van Idris Benhaddou aan Iedereen: wie heeft de link naar het formulier van de VDS?
14:11:05 From Meryem Ezzahri to Everyone: ik post hem zo, hij staat ook op de site van Bataljong
14:12:40 Van Björn Geldhof naar Iedereen : bij Speelplein De Wervel gebruiken we gewoon papier
14:13:02 Van Idris Benhaddou aan Björn Geldhof (privé): mag ik je straks even bellen?
00:14:33	Shirin Mohsen:	kan iemand de opname doorsturen naar de jeugddienst van Deinze?
14:15:10 Van Lasse Dhaene (hij/hem) aan Iedereen: mail gerust naar lasse.dhaene@speelpleinwervel.be""",
    photo="Schermafdruk van de Zoom-galerij met twaalf tegels.",
    keep=["VDS", "Bataljong", "Speelplein De Wervel", "Deinze"],
    contacts=["lasse.dhaene@speelpleinwervel.be"],
    cls=[(["Idris", "Benhaddou"], "Zoom sender 'hh:mm:ss Van <Name> aan Iedereen:'; private-message recipient"),
         (["Meryem", "Ezzahri"], "Zoom sender 'hh:mm:ss From <Name> to Everyone:'"),
         (["Björn", "Geldhof"], "Zoom sender with 'naar Iedereen :' (space before colon); private-message recipient"),
         (["Shirin", "Mohsen"], "tab-separated Zoom transcript 'hh:mm:ss<TAB>Name:<TAB>message'"),
         (["Lasse", "Dhaene"], "Zoom sender with pronouns '(hij/hem)'; e-mail local part")])

add(id="R04", file="r04_meet-en-slack.md", title="Van Meet naar Slack",
    session="Ronde 2 – zaal 1", main="digitale-leefwereld", tags=DIG,
    what="Twee koepels vertelden hoe ze hun vrijwilligers online begeleiden, de ene via Google Meet, de andere via Slack. Daarna kozen we zelf een kanaal voor een fictief project.",
    amb="De digitale leefwereld: tools zijn nooit neutraal, ze bepalen wie meepraat.",
    quotes="""Uit de Meet-chat van de online groep:

Silke Verschaeve
14:20
heeft iemand ervaring met Tumult in Brugge?
Nahom Yohannes
14:21
ja, wij deden er een vorming voor onze animatoren
Silke Verschaeve 14:23 top, ik mail jullie straks

En uit het Slack-kanaal #vorming van de koepel:

Orla Keane  2:31 PM
Hoe lang duurt zo'n traject bij jullie?
Halvard Noppe  2:33 PM
drie avonden, en een weekend in Kamphuis Den Eik
Orla Keane 2:35 PM thanks! @Halvard Noppe can you share the budget sheet?""",
    photo="De twee sprekers naast een scherm met een Slack-kanaal.",
    keep=["Tumult", "Brugge", "Kamphuis Den Eik"],
    cls=[(["Silke", "Verschaeve"], "Google Meet sender on its own line above a time; Meet sender joined to time and lower-case message"),
         (["Nahom", "Yohannes"], "Google Meet sender on its own line above a time"),
         (["Orla", "Keane"], "Slack sender with a 12-hour time on the same line; joined to time and message"),
         (["Halvard", "Noppe"], "Slack sender with a 12-hour time on the same line; '@First Surname' mention")])

add(id="R05", file="r05_server-groepschat-en-dm.md", title="Server, groepschat en DM",
    session="Ronde 3 – zaal 2", main="digitale-leefwereld", tags=DIG,
    what="Een gamewerking toonde hoe ze met jongeren communiceert: een Discord-server, een Messenger-groep voor de leiding en berichten via Instagram. We lazen samen een paar gesprekken en bespraken grenzen.",
    amb="De digitale leefwereld van jongeren is ook de plek waar het jeugdwerk hen bereikt, met afspraken over wat wel en niet kan.",
    quotes="""Discord (#algemeen van de gamewerking):

Cas Ryckeboer — vandaag om 19:02
wie doet mee met Fortnite vanavond?
elanur.sylla — vandaag om 19:03
ik! maar eerst huiswerk op Smartschool
Cas Ryckeboer — 19:05 ok, om 20u in de voice
Wessel Deroo (moderator) — Today at 19:07
denk aan de regels van de server

Messenger, de groep van de leiding:

Fartun Saidi: wie heeft de sleutel van het lokaal?
Wessel Deroo
ik niet, vraag het aan fartun

Instagram-DM met een jongere:

lenthe.moerman
kunnen we volgende week naar Sportoase in Leuven?""",
    photo="Een laptop met de Discord-server, ernaast een gsm met een Instagram-gesprek (onleesbaar gemaakt).",
    keep=["Fortnite", "Smartschool", "Sportoase", "Leuven"],
    cls=[(["Cas", "Ryckeboer"], "Discord display name '— vandaag om hh:mm' on its own line; joined to time and message"),
         (["Elanur", "Sylla"], "lower-case Discord handle first.surname as a sender"),
         (["Wessel", "Deroo"], "Discord display name with '(moderator)' and 'Today at'; Messenger sender on its own line"),
         (["Fartun", "Saidi"], "Messenger sender before a colon; lower-case first name in a message"),
         (["Lenthe", "Moerman"], "lower-case Instagram handle first.surname on its own line")])

add(id="R06", file="r06_de-groepsapp-van-de-leiding.txt", title="De groepsapp van de leiding",
    session="Ronde 3 – zaal 4", main="vrijwillig-engagement", tags=VRIJ,
    what="Een leidingsploeg liet zien hoe ze een kamp organiseert via een groepsapp. We lazen mee en bespraken wat je beter in een vergadering regelt. Er kwam veel herkenning uit de zaal.",
    amb="Vrijwillig engagement: een groepsapp helpt, maar legt ook druk op wie altijd bereikbaar moet zijn.",
    quotes="""Uit de WhatsApp-groep (Android en iPhone door elkaar, zo doorgestuurd):

06/06/2023, 20:14 - Jelle Coppieters: wie rijdt er zaterdag naar Oostkamp?
06/06/2023, 20:15 - Astrid Maenhout: ik, ik heb nog 3 plaatsen
[06/06/23, 20:16:44] Yannick Boon: ik kan de tenten van KSA Oostkamp ophalen
[06/06/23, 20:18:02] Astrid Maenhout: merci yannick! bel me op 0476 31 52 08
06-06-2023 20:19 - Rasmus Dujardin: zijn de inschrijvingen via Twizzit al binnen?
[20:21, 6/6/2023] Jelle Coppieters: ja, 24 kinderen""",
    photo="Een gsm op tafel met de groepsapp open, naast een kampplanning op papier.",
    keep=["Oostkamp", "KSA Oostkamp", "Twizzit"],
    contacts=["0476 31 52 08"],
    cls=[(["Jelle", "Coppieters"], "WhatsApp Android sender 'dd/mm/yyyy, hh:mm - Name:'; Signal-like '[hh:mm, d/m/yyyy] Name:'"),
         (["Astrid", "Maenhout"], "WhatsApp Android and iOS sender"),
         (["Yannick", "Boon"], "WhatsApp iOS sender '[dd/mm/yy, hh:mm:ss] Name:' (surname is also a word); lower-case first name in a message"),
         (["Rasmus", "Dujardin"], "WhatsApp sender with dashes in the date")])

add(id="R07", file="r07_brieven-zonder-antwoord.md", title="Brieven zonder antwoord",
    session="Ronde 4 – grote zaal", main="stem-van-kinderen-en-jongeren", tags=STEM,
    what="Panelgesprek over inspraak in de gemeente. Drie jongeren, een jeugdconsulent en iemand van een kinderrechtenorganisatie. Ik heb notities genomen, hieronder bijna letterlijk.",
    amb="De stem van kinderen en jongeren: inspraak betekent ook een antwoord krijgen, binnen een redelijke termijn.",
    surprise=PANEL_SURPRISE, questions=PANEL_Q,
    quotes="""mijn notities (zo letterlijk als ik kon volgen):

- Frida Lynch (Jeugdraad Herzele): "We krijgen altijd een bedankbrief, nooit een antwoord." -> veel instemming in de zaal
- Osian: student, zit in de leerlingenraad van zijn school in Aalst, 16 jaar
- Osian: "Als ik iets vraag aan de schepen, hoor ik het pas in de krant."
- Nils Prodan, jeugdconsulent: dat klopt, maar de gemeente heeft maar één jeugdconsulent -> applaus
- Imogen: "Then make it two." -> gelach
- Tegwen Murdoch (Kinderrechtencommissariaat): kinderen moeten het antwoord ook begrijpen
- moderator Hessel vraagt: wie kreeg er ooit een brief terug? -> 3 handen""",
    photo="Van links naar rechts: Hessel, Frida, Osian, Nils, Imogen en Tegwen.",
    keep=["Jeugdraad Herzele", "Aalst", "Kinderrechtencommissariaat"],
    cls=[(["Frida", "Lynch"], "'- Name Surname (org):' note line with a quote and '->' comment; caption list"),
         (["Osian"], "'- First:' note line with a description, then with a quote; caption list"),
         (["Nils", "Prodan"], "'- Name Surname, role:' note line without quotation marks; caption list"),
         (["Imogen"], "'- First:' note line with an English quote; caption list"),
         (["Tegwen", "Murdoch"], "'- Name Surname (org):' note line without quotation marks; caption list"),
         (["Hessel"], "lower-case 'moderator <First> vraagt:' note line; caption list")])

add(id="R08", file="r08_wie-komt-voor-de-toog.md", title="Wie komt voor de toog?",
    session="Ronde 4 – zaal 6", main="vrijwillig-engagement", tags=VRIJ,
    what="Een gesprek over jeugdhuizen en hun toog. Vrijwilligers, een begeleider en iemand van het CAW vertelden wat de toog doet en wat hij niet doet. Mijn notities in lijstjes, zoals ik ze nam.",
    amb="Vrijwillig engagement: de toog is voor veel vrijwilligers de eerste stap, maar ook een plek waar ze snel opbranden.",
    quotes="""* Wiebke Dunne, begeleider bij Jeugdhuis Tapis: "Niemand komt voor de activiteit, iedereen komt voor de toog."
* Sietske: sinds twee jaar vrijwilliger, vindt dat de toog te veel draait om drank
• Anke Bondar (CAW Oost-Brabant) → jongeren vragen eerst naar wifi, dan pas naar hulp
• Anke: "Wij zitten nu op dinsdag gewoon in het jeugdhuis."
1. Rowan Nowicka – "Je moet er zijn als er niks te doen is."
2. Sietske → "Ja, maar dan verveel je je."
3) Killian Doyle (17): "Bij ons in Tienen is er gewoon niks." """,
    photo="Op de foto: Wiebke en Killian achter de toog, Rowan met de micro.",
    keep=["Jeugdhuis Tapis", "CAW Oost-Brabant", "Tienen"],
    cls=[(["Wiebke", "Dunne"], "'* Name Surname, role bij org:' note line; caption"),
         (["Sietske"], "'* First:' description line; numbered '2. First →' quote"),
         (["Anke", "Bondar"], "'• Name Surname (org) →' note line; '• First:' quote"),
         (["Rowan", "Nowicka"], "numbered '1. Name Surname –' quote; caption"),
         (["Killian", "Doyle"], "numbered '3) Name Surname (age):' quote; caption")])

add(id="R09", file="r09_drie-maanden-niemand.txt", title="Drie maanden niemand",
    session="Ronde 5 – zaal 2", main="kruispunten", tags=["kruispunten"],
    what="Een Waalse en een Vlaamse werking vertelden hoe ze een nieuwe buurt bereikten. Het begin was traag, daarna ging het snel. We kregen veel concrete tips over samenwerken met scholen.",
    amb="Kruispunten: samenwerken met scholen en verenigingen opent deuren die een jeugdwerking alleen niet opent.",
    surprise=PANEL_SURPRISE, questions=PANEL_Q,
    quotes="""Notities (letterlijk): 

- Camille Ruelle (Infor Jeunes Namur): "On a ouvert un local le mercredi après-midi et personne n'est 

venu pendant trois mois." -> daarna kwam er een hele groep tegelijk 

- Jana: vrijwilliger bij de Gezinsbond in Dinant, vertaalde voor ons 

- Jana: "Ze wilden eerst weten of het gratis was." 

- Elodie Timmerman, coördinator: de eerste drie maanden tellen niet, je moet er gewoon zijn -> 

iedereen knikt 

- Ewa: "Bij ons in Charleroi ging het sneller omdat de school meewerkte." """,
    photo="Foto: Camille en Jana bij het bord met de tijdlijn, Elodie ernaast.",
    keep=["Infor Jeunes Namur", "Gezinsbond", "Dinant", "Charleroi"],
    cls=[(["Camille", "Ruelle"], "'- Name Surname (org):' note line whose French quote wraps over a PDF line; caption"),
         (["Jana"], "'- First:' description note line, then a quote; caption"),
         (["Elodie", "Timmerman"], "'- Name Surname, role:' note line whose comment wraps over a PDF line; caption"),
         (["Ewa"], "'- First:' note line with a quote")])

add(id="R10", file="r10_papierwerk.md", title="Papierwerk",
    session="Ronde 5 – zaal 3", main="vrijwillig-engagement", tags=VRIJ,
    what="Over subsidies, attesten en formulieren. Een jeugddienst, een jongerencentrum en twee jongeren uit de leiding vertelden hoeveel tijd het papierwerk vraagt. Mijn notities zonder opsommingstekens.",
    amb="Vrijwillig engagement: minder papierwerk is meer tijd voor de kinderen.",
    surprise=PANEL_SURPRISE, questions=PANEL_Q,
    quotes="""Alexis Verhulst (Jeugddienst Kortrijk): "We hebben de subsidies gehalveerd in papierwerk."
Bríd: "En verdubbeld in mails." → gelach
Irem Cnudde, 19, leiding bij Chiro Heule → stopt met de leiding omdat het te veel wordt naast de studies
Marieke (moderator): tijd voor de laatste vraag
Eoin Raes - JOC Kortrijk - "Wij vragen geen attest meer, gewoon een handtekening." """,
    photo="Van links naar rechts: Marieke, Alexis, Bríd, Irem en Eoin.",
    keep=["Jeugddienst Kortrijk", "Chiro Heule", "JOC Kortrijk"],
    cls=[(["Alexis", "Verhulst"], "line-opening 'Name Surname (org):' note line without a list mark; caption"),
         (["Bríd"], "line-opening 'First:' quote with an accented first name; caption"),
         (["Irem", "Cnudde"], "line-opening 'Name Surname, age, role bij org →' note; caption"),
         (["Marieke"], "line-opening 'First (moderator):' note; caption"),
         (["Eoin", "Raes"], "line-opening 'Name Surname - org - \"quote\"'; caption")])

add(id="R11", file="r11_vertaling-in-de-chat.txt", title="Vertaling in de chat",
    session="Ronde 6 – online", main="kruispunten", tags=["kruispunten"],
    what="Een meertalige online sessie over samenwerken over de taalgrens. De chat werd gebruikt om te vertalen en om vragen te stellen. Na afloop heb ik hem gekopieerd; de pdf zette alles op één regel.",
    amb="Kruispunten tussen Vlaanderen, Brussel en Wallonië: taal mag geen drempel zijn om samen te werken.",
    quotes="""Chat van de online deelnemers (uit Teams, zonder haakjes rond de uren):

10:02 Nanna Vanmaercke kan iemand de link opnieuw sturen?
10:03 Saskia Lootens 🌻 ik stuur hem zo in de chat
10:04 OCÉANE DE LA CROIX est-ce qu'il y a une traduction en français?
10:05 Pelle ja, via de knop onderaan in Teams
10:07 Hattie McNamara (Guest) thanks, the captions in English work too
10:09 Nanna Vanmaercke @Pelle merci!""",
    photo="Het scherm met de chat en de automatische ondertitels.",
    keep=["Teams"],
    cls=[(["Nanna", "Vanmaercke"], "bare 'hh:mm' then display name joined to a lower-case message"),
         (["Saskia", "Lootens"], "bare 'hh:mm' then display name + emoji joined to a message"),
         (["Océane", "Croix"], "bare 'hh:mm' then an ALL-CAPS display name with 'DE LA' particle joined to a French message"),
         (["Pelle"], "bare 'hh:mm' then a one-word display name joined to a message; '@First' mention"),
         (["Hattie", "McNamara"], "bare 'hh:mm' then display name '(Guest)' joined to an English message")])

add(id="R12", file="r12_de-bakfiets.md", title="De bakfiets",
    session="Ronde 6 – zaal 1", main="jeugdinfrastructuur", tags=["jeugdinfrastructuur"],
    what="Een project rond gedeelde materialen tussen jeugdwerkingen in één stad. Ze delen een bakfiets, tenten en een geluidsinstallatie. Alles wordt geregeld in een groepschat.",
    amb="Jeugdinfrastructuur is ook materiaal dat je deelt, en afspraken over wie wat wanneer heeft.",
    quotes="""Uit de Signal-groep van het project (zonder uren gekopieerd):

Fenna Bultynck: wie neemt de bakfiets mee naar de Gentse Feesten?
Finn MacKenzie: ik, als ik hem bij Fietsambassade Gent mag ophalen
Gaëlle Mahieu (extern): je peux venir aussi, je serai à la gare de Gent-Sint-Pieters
Fenna Bultynck: top, dan zien we finn om 10u
FINN: 👍
Lameire: is dat aan de ingang van de Vooruit?""",
    photo="De bakfiets vol tenten voor het jeugdcentrum.",
    keep=["Gentse Feesten", "Fietsambassade Gent", "Gent-Sint-Pieters", "Vooruit"],
    cls=[(["Fenna", "Bultynck"], "sender before a colon without a time stamp"),
         (["Finn", "MacKenzie"], "sender before a colon (Mac surname); lower-case first name in a message; ALL-CAPS one-word sender"),
         (["Gaëlle", "Mahieu"], "sender '(extern)' before a colon, French message"),
         (["Lameire"], "surname-only sender before a colon")])
