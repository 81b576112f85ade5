"""Writes bench/data/exports_s19 (session 19, s19-exports' own set; see README.md).

    python bench/data/exports_s19/_make.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
from setmaker import write_set  # noqa: E402

R = []


def cls(items, c):
    return {i: c for i in items}


KEEPC = "keep item (platform, place, local organisation or its handle) near an export"

R.append(dict(
    id="X01", file="x01_vragen-via-slido.md", title="Vragen via Slido",
    session="Ronde 1 – zaal Eik", main="kruispunten", tags=["kruispunten"],
    sections=dict(
        what="De jeugddienst van Lebbeke en twee jeugdhuizen vertelden hoe ze samen een jeugdraad hebben opgestart. Vragen stellen kon via Slido op de gsm, de moderator las de populairste voor. Daarna werkten we in groepjes rond de vraag hoe je jongeren van buiten de jeugdbewegingen bereikt.",
        amb="Kruispunten: de jeugddienst, het jeugdhuis en de school zitten voor het eerst samen aan tafel.",
        quotes="“Een jeugdraad zonder budget is een praatbarak.” – Kwabena Osei-Tutu, jeugdconsulent\n\n“Bij Jeugdhuis Paddenstoel kwamen de beste ideeën van de jongste gasten.” (Marjolein Uytterhaegen)",
        surprise="Dat de gemeente zelf om de jeugdraad had gevraagd.",
        questions="""Uit de Slido van de sessie (op stemmen gesorteerd):

Hoe krijg je de gemeente mee als er geen budget is?
Ilke Vandermaesen · 14 likes · 10:42

Mogen jongeren van veertien al in de jeugdraad?
Anoniem · 9 likes · 10:44

Wie betaalt de verzekering bij een uitstap naar Dendermonde?
Teodor Băluță · 6 likes · 10:51 · Beantwoord

Werkt dit ook in een kleine gemeente als Buggenhout?
Ngozi Eze-Okafor
4 likes
""",
        photo="Foto van het scherm met de Slido-vragen, bovenaan de vraag van Ilke.",
    ),
    quote_names=["Kwabena", "Osei-Tutu", "Marjolein", "Uytterhaegen", "Ilke", "Vandermaesen", "Teodor",
                 "Băluță", "Ngozi", "Eze-Okafor"],
    keep=["Slido", "Lebbeke", "Jeugdhuis Paddenstoel", "Dendermonde", "Buggenhout"],
    classes={**cls(["Kwabena", "Osei-Tutu", "Marjolein", "Uytterhaegen"], "ordinary quote credit (control)"),
             **cls(["Ilke", "Vandermaesen"], "Slido Q&A author line 'Name · n likes · time' in the questions section; first name again in the caption"),
             **cls(["Teodor", "Băluță"], "Slido author line with 'Beantwoord' in the questions section (Romanian diacritics)"),
             **cls(["Ngozi", "Eze-Okafor"], "Slido author on a line of its own, counter on the next line, questions section"),
             **cls(["Slido", "Lebbeke", "Jeugdhuis Paddenstoel", "Dendermonde", "Buggenhout"], KEEPC)},
))

R.append(dict(
    id="X02", file="x02_de-berichtenmuur.txt", title="De berichtenmuur",
    session="Ronde 2 – zaal Beuk", main="mentaal-welzijn", tags=["mentaal-welzijn"],
    sections=dict(
        what="Een sessie over mentaal welzijn in de jeugdwerking, met een psycholoog van het CAW Oost-Brabant en twee begeleiders van een tienerwerking in Tienen. Tussendoor konden we via Wooclap anoniem of met naam iets op de berichtenmuur zetten.",
        amb="Mentaal welzijn: de tienerwerking heeft een vast praatmoment ingevoerd en een vertrouwenspersoon per groep.",
        quotes="“Je hoeft geen hulpverlener te zijn om te luisteren.” – Rosalind Achterhuis, begeleider",
        surprise="""Wat er op de Wooclap-muur verscheen:
Tamar Ben-Haim
10:03
meer tijd voor de pauze, dat helpt al
Dawit Gebremariam
10:05
bij ons praten de gasten makkelijker tijdens het afwassen
Anoniem
10:06
ik durf het niet te vragen aan mijn leiding
Ofelia Saavedra · 10:09 · 3 👍
samen koken werkt bij Tienerwerking De Kapstok ook
""",
        questions="Veel vragen over wanneer je moet doorverwijzen en naar wie, bijvoorbeeld naar Awel of het CAW.",
        photo="Schets van de muur, met het bericht van Dawit over het afwassen in het midden.",
    ),
    quote_names=["Rosalind", "Achterhuis", "Tamar", "Ben-Haim", "Dawit", "Gebremariam", "Ofelia", "Saavedra"],
    keep=["CAW Oost-Brabant", "Tienen", "Wooclap", "Tienerwerking De Kapstok", "Awel"],
    classes={**cls(["Rosalind", "Achterhuis"], "ordinary dash credit (control)"),
             **cls(["Tamar", "Ben-Haim"], "Wooclap wall: author line, time line, message line, in the surprise section (PDF text)"),
             **cls(["Dawit", "Gebremariam"], "Wooclap wall author over a time line in the surprise section; first name again in the caption"),
             **cls(["Ofelia", "Saavedra"], "Wooclap wall meta line 'Name · time · n 👍' in the surprise section"),
             **cls(["CAW Oost-Brabant", "Tienen", "Wooclap", "Tienerwerking De Kapstok", "Awel"], KEEPC)},
))

R.append(dict(
    id="X03", file="x03_de-livestream.md", title="De livestream",
    session="Ronde 1 – zaal Linde", main="digitale-leefwereld", tags=["digitale-leefwereld"],
    sections=dict(
        what="De sessie werd live uitgezonden op YouTube door de jeugddienst van Zottegem. Het ging over jeugdlokalen die te klein worden en over hoe je dat aankaart bij de gemeente. De reacties in de chat werden achteraf mee besproken.",
        amb="Jeugdinfrastructuur kwam ook aan bod, maar vooral de digitale leefwereld: jongeren die niet konden komen, volgden mee en reageerden.",
        quotes="""“Een lokaal zonder verwarming is geen lokaal.” – Hilde Verspecht, jeugdconsulent

### Uit de reacties onder de livestream

@nokuthula.dlamini · 2 uur geleden
Eindelijk iemand die het zegt van die lokalen 👏
👍 12  Beantwoorden

Brahim El Ouazzani · 1 uur geleden (bewerkt)
Bij KSA Velzeke zitten we al drie jaar in een container.
👍 3  Beantwoorden

@JeugddienstZottegem · 58 minuten geleden
Dank voor het kijken! De opname blijft online staan.

@tuur_vdkerckhove9 · 20 minuten geleden
@nokuthula.dlamini zo waar, bij ons ook
""",
        surprise="Hoeveel mensen live meekeken: op het hoogtepunt meer dan tweehonderd.",
        questions="Over het delen van lokalen met andere verenigingen en wie dan de sleutel heeft.",
        photo="Screenshot van de livestream met de reactie van Brahim onderaan.",
    ),
    quote_names=["Hilde", "Verspecht", "Nokuthula", "Dlamini", "Brahim", "Ouazzani", "Tuur", "Vdkerckhove9"],
    keep=["YouTube", "Zottegem", "KSA Velzeke", "JeugddienstZottegem"],
    classes={**cls(["Hilde", "Verspecht"], "ordinary dash credit before a sub-heading (control)"),
             **cls(["Nokuthula", "Dlamini"], "YouTube comment: '@first.surname · n uur geleden' author line under a sub-heading; @mention in a reply"),
             **cls(["Brahim", "Ouazzani"], "YouTube comment author 'First El Surname · 1 uur geleden (bewerkt)'; first name in the caption"),
             **cls(["Tuur", "Vdkerckhove9"], "YouTube handle 'first_surnamedigit' on the author line"),
             **cls(["YouTube", "Zottegem", "KSA Velzeke"], KEEPC),
             "JeugddienstZottegem": "organisation's handle on a YouTube author line (keep)"},
))

R.append(dict(
    id="X04", file="x04_reacties-op-facebook.md", title="Reacties op Facebook",
    session="Ronde 3 – zaal Wilg", main="vrijwillig-engagement", tags=["vrijwillig-engagement"],
    sections=dict(
        what="Jeugdwerk Aalter stelde zijn nieuwe vrijwilligerspas voor: wie een jaar meedraait, krijgt korting bij lokale handelaars. De organisatoren toonden de campagne op Facebook en lazen de reacties voor.",
        amb="Vrijwillig engagement: erkenning die je kan voelen in je portemonnee, zonder dat het een loon wordt.",
        quotes="“Een pas is geen bedankje, het is een gesprek op gang brengen.” – Jolien Marechal, coördinator",
        surprise="Dat de bakker en de fietsenmaker van Aalter zelf kwamen vragen om mee te doen.",
        questions="""De meeste reacties kwamen op de Facebookpagina van de gemeente. Een greep:

Siobhán Mac Giolla
Wanneer komt er een vervolg? Bij ons in Knesselare zitten ze er al op te wachten.
Leuk vinden · Reageren · 3 u

Gerolf Tytgat
Siobhán Mac Giolla volgend voorjaar, hou de pagina van Jeugdwerk Aalter in de gaten!
Leuk vinden · Reageren · 2 u · Bewerkt

Fatoumata Diallo-Sow
Geldt de pas ook voor de monitoren van Speelplein Tuimelaar?
Leuk vinden · Reageren · 1 u
Jeugdwerk Aalter (auteur)
Ja zeker!
""",
        photo="Foto van de pas zelf, met op de achterkant het logo van Jeugdwerk Aalter.",
    ),
    quote_names=["Jolien", "Marechal", "Siobhán", "Giolla", "Gerolf", "Tytgat", "Fatoumata", "Diallo-Sow"],
    keep=["Jeugdwerk Aalter", "Facebook", "Knesselare", "Speelplein Tuimelaar", "Aalter"],
    classes={**cls(["Jolien", "Marechal"], "ordinary dash credit (control)"),
             **cls(["Siobhán", "Giolla"], "Facebook comment author line over the text, 'Leuk vinden · Reageren · 3 u' under it; again as a tag at the start of a reply (questions section)"),
             **cls(["Gerolf", "Tytgat"], "Facebook comment author, meta line ends '· Bewerkt' (questions section)"),
             **cls(["Fatoumata", "Diallo-Sow"], "Facebook comment author with a hyphenated surname (questions section)"),
             **cls(["Jeugdwerk Aalter", "Facebook", "Knesselare", "Speelplein Tuimelaar", "Aalter"], KEEPC)},
))

R.append(dict(
    id="X05", file="x05_de-linkedin-post.txt", title="De LinkedIn-post",
    session="Ronde 2 – zaal Es", main="kruispunten", tags=["kruispunten"],
    sections=dict(
        what="Een sessie over samenwerken tussen jeugdwerk en bedrijven. Jeugdnetwerk Kempenland vertelde hoe ze met een logistiek bedrijf in Geel een stageproject voor jongeren opzetten. De organisator had vooraf een post op LinkedIn gezet en las de reacties voor.",
        amb="""Kruispunten tussen jeugdwerk en werk. Uit de reacties op de LinkedIn-post:
Anneleen Sterckx • 2e
Coördinator bij Jeugdnetwerk Kempenland
Sterk verhaal, dit nemen we mee naar onze raad van bestuur.
Interessant · Reageren · 1 d
Chukwuemeka Nwachukwu • 3e+
Jongerenwerker bij Bouwwerf Vzw
Wanneer komt het verslag online?
Like · Reply · 2 d
""",
        quotes="“Een stage is pas een kans als de jongere zelf mag kiezen.” – Wout Hendrickx, begeleider",
        surprise="Dat het bedrijf zelf de busjes voor het vervoer naar Mol betaalde.",
        questions="Over verzekeringen en over wat er gebeurt als een jongere afhaakt.",
        photo="Foto van de groep aan de ingang van Jeugdnetwerk Kempenland.",
    ),
    quote_names=["Anneleen", "Sterckx", "Chukwuemeka", "Nwachukwu", "Wout", "Hendrickx"],
    keep=["Jeugdnetwerk Kempenland", "Geel", "LinkedIn", "Bouwwerf Vzw", "Mol"],
    classes={**cls(["Anneleen", "Sterckx"], "LinkedIn comment author 'Name • 2e' over a job line, in the ambitions section (PDF text)"),
             **cls(["Chukwuemeka", "Nwachukwu"], "LinkedIn comment author 'Name • 3e+' (Igbo), ambitions section"),
             **cls(["Wout", "Hendrickx"], "ordinary dash credit (control)"),
             **cls(["Jeugdnetwerk Kempenland", "Geel", "LinkedIn", "Bouwwerf Vzw", "Mol"], KEEPC)},
))

R.append(dict(
    id="X06", file="x06_onze-kampdans-op-tiktok.md", title="Onze kampdans op TikTok",
    session="Ronde 1 – zaal Populier", main="digitale-leefwereld", tags=["digitale-leefwereld"],
    sections=dict(
        what="Chiro Okapi uit Sint-Amands vertelde hoe hun kampdans viraal ging op TikTok en wat dat met de groep deed. Ze toonden de filmpjes en de reacties, en vertelden hoe ze omgingen met vervelende commentaren.",
        amb="Digitale leefwereld: de leiding maakte samen met de leden afspraken over wat er online mag.",
        quotes="""Reacties onder onze TikTok:

lowie.hrmns
dit is letterlijk onze chiro 😭😭
2-14 Beantwoorden 231

mai.linh_ng
wie heeft die muziek??
2-14 Beantwoorden 18

chiro_okapi_sint_amands · Maker
@mai.linh_ng het is onze eigen kampdans!
2-15 Beantwoorden 40

xiomara.q
wanneer komt deel 2 🙏
2-16 Beantwoorden 7
""",
        surprise="Dat de jongste leden het meest wisten over privacy-instellingen.",
        questions="Vooral over toestemming van ouders voor filmpjes en over hoe je reageert op haatberichten.",
        photo="Screenshot van de TikTok met de reactie van lowie.hrmns bovenaan en het logo van Chiro Okapi.",
    ),
    quote_names=["Lowie", "Hrmns", "Linh", "Xiomara"],
    keep=["Chiro Okapi", "Sint-Amands", "TikTok", "chiro_okapi_sint_amands"],
    classes={**cls(["Lowie", "Hrmns"], "TikTok handle 'first.letters' on its own line over the comment, 'date Beantwoorden n' under it; again in the caption"),
             "Linh": "TikTok handle 'first.second_surname' (Vietnamese) on its own line; @mention in the organisation's reply",
             "Xiomara": "TikTok handle 'first.initial' on its own line",
             **cls(["Chiro Okapi", "Sint-Amands", "TikTok"], KEEPC),
             "chiro_okapi_sint_amands": "organisation's TikTok handle with '· Maker' (keep)"},
))

R.append(dict(
    id="X07", file="x07_teams-met-haperend-geluid.txt", title="Teams met haperend geluid",
    session="Ronde 3 – online", main="stem-van-kinderen-en-jongeren", tags=["stem-van-kinderen-en-jongeren"],
    sections=dict(
        what="""De sessie was hybride via Microsoft Teams, vanuit het jeugdhuis in Overpelt. Het geluid haperde de eerste tien minuten, de chat ging ondertussen verder:
[10:42] Wouters, Brecht
ik hoor jullie niet goed
[10:43] Olumide Fashola
ook hier geen geluid
[10:45] Ntambwe, Grâce (Gast)
het werkt nu!
Ilona Sipos 10:47
zijn de slides van Jeugdhuis Bolderik ook te krijgen?
Daarna vertelde de kinderburgemeester van Overpelt over de kinderraad.""",
        amb="Stem van kinderen: de kinderraad mag zelf een deel van het speelpleinbudget verdelen.",
        quotes="“Wij beslissen over de schommels, niet de schepen.” – Lieselot, 11 jaar, kinderraad",
        surprise="Dat de kinderen hun eigen agenda opstellen en de volwassenen alleen notuleren.",
        questions="Over hoe je kinderen kiest voor de raad en hoe lang ze blijven zetelen.",
        photo="Foto van de kinderraad rond de tafel in Jeugdhuis Bolderik.",
    ),
    quote_names=["Wouters", "Brecht", "Olumide", "Fashola", "Ntambwe", "Grâce", "Ilona", "Sipos", "Lieselot"],
    keep=["Microsoft Teams", "Overpelt", "Jeugdhuis Bolderik"],
    classes={**cls(["Wouters", "Brecht"], "Teams chat header '[time] Surname, First' in the summary section (PDF text)"),
             **cls(["Olumide", "Fashola"], "Teams chat header '[time] First Surname' in the summary section"),
             **cls(["Ntambwe", "Grâce"], "Teams chat header '[time] Surname, First (Gast)' in the summary section"),
             **cls(["Ilona", "Sipos"], "Teams chat header 'First Surname time' (no brackets) in the summary section"),
             "Lieselot": "ordinary dash credit with age (control)",
             **cls(["Microsoft Teams", "Overpelt", "Jeugdhuis Bolderik"], KEEPC)},
))

R.append(dict(
    id="X08", file="x08_slack-en-discord.md", title="Slack en Discord",
    session="Ronde 2 – zaal Els", main="digitale-leefwereld", tags=["digitale-leefwereld"],
    sections=dict(
        what="Twee jeugdraden vertelden hoe ze online vergaderen en beslissen. De ene gebruikt Slack, de andere een Discord-server. We vergeleken wat werkt en wat niet.",
        amb="Digitale leefwereld en stem van jongeren: wie niet naar de vergadering kan, kan toch meebeslissen.",
        quotes="“Op Discord zijn onze leden er gewoon, op een vergadering zelden.” – Yannick Deroover, voorzitter jeugdraad",
        surprise="Hoe weinig regels ze nodig hebben: drie afspraken en een moderator.",
        questions="""Veel vragen over moderatie. Een paar voorbeelden die ze toonden:

### Uit het Slack-kanaal #congres-vragen

Tuur Verbelen  10:42 AM
Is de presentatie ergens te vinden?
Kiri Te Whare  10:44 AM
@Tuur Verbelen staat in de gedeelde map van Jeugdplatform Rupelstreek
1 antwoord

### Op de Discord-server van de jeugdraad

Sverre — vandaag om 21:04
kan iemand de link naar de poll delen
mirthe_vp — vandaag om 21:06
staat in #aankondigingen, bij Jeugdraad Boom
Jeugdraad Boom BOT — vandaag om 21:07
Nieuwe poll gestart!
""",
        photo="Schermafbeelding van het Slack-kanaal, met de vraag van Tuur bovenaan.",
    ),
    quote_names=["Yannick", "Deroover", "Tuur", "Verbelen", "Kiri", "Whare", "Sverre", "Mirthe"],
    keep=["Slack", "Discord", "Jeugdplatform Rupelstreek", "Jeugdraad Boom"],
    classes={**cls(["Yannick", "Deroover"], "ordinary dash credit (control)"),
             **cls(["Tuur", "Verbelen"], "Slack header 'First Surname  10:42 AM' under a sub-heading in the questions section; @mention; first name in the caption"),
             **cls(["Kiri", "Whare"], "Slack header 'First Te Surname  time' (Māori) under a sub-heading, questions section"),
             "Sverre": "Discord header 'First — vandaag om 21:04', questions section",
             "Mirthe": "Discord header 'first_letters — vandaag om time', questions section",
             **cls(["Slack", "Discord", "Jeugdplatform Rupelstreek", "Jeugdraad Boom"], KEEPC)},
))

R.append(dict(
    id="X09", file="x09_meet-en-webex.md", title="Meet en Webex",
    session="Ronde 1 – online", main="vrijwillig-engagement", tags=["vrijwillig-engagement"],
    sections=dict(
        what="Een online sessie over vrijwilligers die vanop afstand meewerken, georganiseerd door Vrijwilligerspunt Waasland. Een deel volgde via Google Meet, een ander deel via Webex omdat de gemeente Temse alleen dat toelaat.",
        amb="Vrijwillig engagement: ook wie niet fysiek kan komen, kan vrijwilliger zijn.",
        quotes="""Uit de chat van Google Meet:

Hanne-Lore Pieters
10:42
Kunnen we de slides krijgen?
Jasper Oyelaran
10:43
ja, die komen via mail van Vrijwilligerspunt Waasland

En uit de Webex-chat:

van Dagmar Ruysschaert aan iedereen: 10:50
mijn camera doet het niet, ik volg via chat
Van Ikenna Obi naar Iedereen 10:51 AM
zelfde hier, vanuit Temse
""",
        surprise="Dat online vrijwilligers net vaker blijven dan wie alleen ter plaatse komt.",
        questions="Over verzekering voor online vrijwilligers en over hoe je ze bedankt.",
        photo="Een collage van schermafbeeldingen uit de twee vergaderingen, de chat van Jasper rechtsboven.",
    ),
    quote_names=["Hanne-Lore", "Pieters", "Jasper", "Oyelaran", "Dagmar", "Ruysschaert", "Ikenna", "Obi"],
    keep=["Vrijwilligerspunt Waasland", "Google Meet", "Webex", "Temse"],
    classes={**cls(["Hanne-Lore", "Pieters"], "Google Meet chat: name line, time line, message"),
             **cls(["Jasper", "Oyelaran"], "Google Meet chat name line over a time line; first name in the caption"),
             **cls(["Dagmar", "Ruysschaert"], "Webex header 'van First Surname aan iedereen: time'"),
             **cls(["Ikenna", "Obi"], "Webex header 'Van First Surname naar Iedereen time AM'"),
             **cls(["Vrijwilligerspunt Waasland", "Google Meet", "Webex", "Temse"], KEEPC)},
))

R.append(dict(
    id="X10", file="x10_de-groepschat-voor-het-kamp.txt", title="De groepschat voor het kamp",
    session="Ronde 2 – zaal Hazelaar", main="jeugdinfrastructuur", tags=["jeugdinfrastructuur"],
    sections=dict(
        what="Leiding van een scoutsgroep uit Houthalen vertelde over het zoeken naar een kampplaats nu veel kamphuizen volzet zijn. Ze toonden hun groepschats om te laten zien hoe chaotisch het liep.",
        amb="Jeugdinfrastructuur: er zijn te weinig kampplaatsen en de prijzen stijgen.",
        quotes="""Uit Messenger:
Zohra
zijn jullie er al?
Jij
bijna, we staan aan de ingang
Zohra
ok ik wacht bij de bar van Jeugdhuis De Kreukel
Uit de Telegram-groep van de leiding:
Nikolai Horvath, [14.03.23 10:42]
wie neemt de sleutel van Kampplaats Hoge Heide mee?
Femke Lauwers, [14.03.23 10:43]ik, ik rij toch langs Helchteren
Oksana Hrytsenko, [14.03.23 10:45]
en ik neem de vlag van Scouts Houthalen mee
""",
        surprise="Dat er wachtlijsten van twee jaar zijn voor de populairste kampplaatsen.",
        questions="Over een centraal boekingssysteem en of de provincie Limburg daar iets in kan betekenen.",
        photo="Foto van de tenten op Kampplaats Hoge Heide.",
    ),
    quote_names=["Zohra", "Nikolai", "Horvath", "Femke", "Lauwers", "Oksana", "Hrytsenko"],
    keep=["Houthalen", "Messenger", "Jeugdhuis De Kreukel", "Telegram", "Kampplaats Hoge Heide", "Helchteren",
          "Scouts Houthalen", "Limburg"],
    classes={"Zohra": "Messenger copy without time stamps: the name on a line of its own over each message (PDF text)",
             **cls(["Nikolai", "Horvath"], "Telegram header 'First Surname, [dd.mm.yy hh:mm]' over the message"),
             **cls(["Femke", "Lauwers"], "Telegram joined line: header and message on one line '..., [stamp]text'"),
             **cls(["Oksana", "Hrytsenko"], "Telegram header (Ukrainian)"),
             **cls(["Houthalen", "Messenger", "Jeugdhuis De Kreukel", "Telegram", "Kampplaats Hoge Heide", "Helchteren",
                    "Scouts Houthalen", "Limburg"], KEEPC)},
))

R.append(dict(
    id="X11", file="x11_het-miro-bord.md", title="Het Miro-bord",
    session="Ronde 3 – zaal Kastanje", main="stem-van-kinderen-en-jongeren", tags=["stem-van-kinderen-en-jongeren"],
    sections=dict(
        what="In deze werksessie dachten we na over inspraak van tieners in de speelpleinwerking. Iedereen plakte digitale post-its op een Miro-bord, daarna zetten we de ideeën in een Mural-sjabloon om ze te ordenen.",
        amb="De stem van jongeren: tieners krijgen een eigen plek in de werking van Speelplein De Boomhut in Ninove.",
        quotes="“Tieners willen geen kleine kinderen meer zijn, maar nog geen leiding.” – Ruth Mertens, speelpleinverantwoordelijke",
        surprise="""Een paar post-its die bleven hangen:

### Van het Miro-bord

Meer budget voor kampvervoer
— Yusuf K.

Een vaste plek voor de tienerwerking
— Marthe Deconinck

### Uit de Mural-export

Sticky note | Author | Created
"Een speelstraat per wijk" | Rangi Parata | 14 mrt 2023
"Een tienerbar in de zomer" | Wiebe Kloosterboer | 14 mrt 2023
"Samenwerken met Jeugdhuis Ninove" | Jeugddienst Ninove | 14 mrt 2023
""",
        questions="Over hoe je tieners betrekt zonder dat het een verplichting wordt.",
        photo="Foto van het Miro-bord, met de post-it van Marthe groot in beeld.",
    ),
    quote_names=["Ruth", "Mertens", "Yusuf", "Marthe", "Deconinck", "Rangi", "Parata", "Wiebe", "Kloosterboer"],
    keep=["Miro", "Mural", "Speelplein De Boomhut", "Ninove", "Jeugdhuis Ninove", "Jeugddienst Ninove"],
    classes={**cls(["Ruth", "Mertens"], "ordinary dash credit (control)"),
             "Yusuf": "Miro sticky note signed '— First K.' under a sub-heading in the surprise section",
             **cls(["Marthe", "Deconinck"], "Miro sticky note signed '— First Surname', surprise section; first name in the caption"),
             **cls(["Rangi", "Parata"], "Mural CSV export row 'text | Author | date' (Māori), surprise section"),
             **cls(["Wiebe", "Kloosterboer"], "Mural CSV export row, Frisian name, surprise section"),
             **cls(["Miro", "Mural", "Speelplein De Boomhut", "Ninove", "Jeugdhuis Ninove"], KEEPC),
             "Jeugddienst Ninove": "organisation as the author of a Mural row (keep)"},
))

R.append(dict(
    id="X12", file="x12_opmerkingen-in-het-document.txt", title="Opmerkingen in het document",
    session="Ronde 1 – zaal Wilg", main="kruispunten", tags=["kruispunten"],
    sections=dict(
        what="Het jeugdwerkbeleidsplan van Maldegem werd samen met jongeren geschreven in een gedeeld document. De sessie toonde hoe dat ging: met opmerkingen in de marge en discussies per alinea.",
        amb="""Kruispunten tussen beleid en jongeren. De opmerkingen uit het document zeggen veel:
Opmerking [ER1]: dit klopt niet helemaal, het budget is vierduizend euro
Els Rombouts
10:42 14 mrt
Kan je hier de naam van de schepen weglaten?
Dilnoza Yusupova
10:50 14 mrt
Opgelost, ook bij Jeugdhuis Kaffee Maldegem aangepast
Commented [PV2]: Who signs this for Vrijetijdsdienst Maldegem?
Pieter-Jan Vanwalleghem
Beantwoorden
""",
        quotes="“Een beleidsplan dat jongeren niet lezen, is een beleidsplan voor de kast.” – Sanne Bogaert, jeugdconsulent",
        surprise="Hoeveel opmerkingen er waren: meer dan tweehonderd op twintig pagina's.",
        questions="Over hoe je de opmerkingen van jongeren weegt tegen die van de diensten.",
        photo="Schermafbeelding van het document met de opmerkingen in de marge van Google Docs.",
    ),
    quote_names=["Els", "Rombouts", "Dilnoza", "Yusupova", "Pieter-Jan", "Vanwalleghem", "Sanne", "Bogaert"],
    keep=["Maldegem", "Jeugdhuis Kaffee Maldegem", "Vrijetijdsdienst Maldegem", "Google Docs"],
    classes={**cls(["Els", "Rombouts"], "Google Docs comment: author line over a 'time date' line, ambitions section (PDF text)"),
             **cls(["Dilnoza", "Yusupova"], "Google Docs comment author (Uzbek), ambitions section"),
             **cls(["Pieter-Jan", "Vanwalleghem"], "Word comment author on a line of its own over 'Beantwoorden'"),
             **cls(["Sanne", "Bogaert"], "ordinary dash credit (control)"),
             **cls(["Maldegem", "Jeugdhuis Kaffee Maldegem", "Vrijetijdsdienst Maldegem", "Google Docs"], KEEPC)},
))

R.append(dict(
    id="X13", file="x13_een-mail-als-quote.md", title="Een mail als quote",
    session="Ronde 2 – zaal Linde", main="vrijwillig-engagement", tags=["vrijwillig-engagement"],
    sections=dict(
        what="De sessie ging over het bedanken van vrijwilligers. De sessiegevers van Vrijwilligerscentrale Herzele lieten brieven en mails zien die ze van ouders en jongeren kregen.",
        amb="Vrijwillig engagement: een bedankje dat gelezen wordt, doet meer dan een cadeaubon.",
        quotes="""Een mail die ze voorlazen:

Van: Quinten Bogaerts <quinten.bogaerts@telenet.be>
Verzonden: dinsdag 14 maart 2023 09:12
Aan: Fenna Heylen
CC: Jeugddienst Herzele
Onderwerp: bedankt voor het kamp

"Wat jullie deze zomer deden, dat was jeugdwerk op zijn best."

En een Engelse, van een ouder uit Ierland:

From: Aoife Ní Bhriain <aoife.nibhriain@eircom.net>
Sent: Wednesday, 15 March 2023 20:03
To: Vrijwilligerscentrale Herzele
Subject: thank you

"My son came home speaking Dutch. Thank you all."
""",
        surprise="Dat een mail van drie zinnen een vrijwilliger een jaar langer kan houden.",
        questions="Over hoe je een bedankmoment organiseert zonder dat het geforceerd is.",
        photo="Foto van een prikbord met afgedrukte mails in het lokaal van Vrijwilligerscentrale Herzele.",
    ),
    quote_names=["Quinten", "Bogaerts", "Fenna", "Heylen", "Aoife", "Bhriain"],
    contacts=["quinten.bogaerts@telenet.be", "aoife.nibhriain@eircom.net"],
    keep=["Vrijwilligerscentrale Herzele", "Jeugddienst Herzele", "Ierland"],
    classes={**cls(["Quinten", "Bogaerts"], "e-mail header 'Van: First Surname <address>'"),
             **cls(["Fenna", "Heylen"], "e-mail header 'Aan: First Surname'"),
             **cls(["Aoife", "Bhriain"], "e-mail header 'From: First Ní Surname <address>' (Irish)"),
             **cls(["quinten.bogaerts@telenet.be", "aoife.nibhriain@eircom.net"], "address in an e-mail header"),
             **cls(["Vrijwilligerscentrale Herzele", "Jeugddienst Herzele", "Ierland"], KEEPC)},
))

R.append(dict(
    id="X14", file="x14_het-prikbord-met-vragen.md", title="Het prikbord met vragen",
    session="Ronde 3 – zaal Beuk", main="mentaal-welzijn", tags=["mentaal-welzijn"],
    sections=dict(
        what="Twee sessiegevers van Jeugdwelzijn Brugge vertelden over een laagdrempelig inloopmoment voor tieners. Vragen en reacties konden op een digitaal prikbord.",
        amb="Mentaal welzijn: het inloopmoment is gratis, anoniem en zonder wachtlijst.",
        quotes="""“Wie binnenkomt, moet niets uitleggen.” – Soetkin Vandewalle, sessiegever

### Vragen aan de sprekers

Hoe lang duurt een gesprek gemiddeld?
Kofi Mensah-Boateng · 3 reacties
↳ Soetkin Vandewalle (sessiegever): meestal een half uur, soms twee minuten
↳ Amaru Quispe: bij ons is het ook zo

Werkt dit ook in een kleinere stad als Torhout?
Noor Abdelkader
↳ Jeugdwelzijn Brugge: zeker, we helpen graag bij de opstart
""",
        surprise="Dat de meeste tieners via een vriend binnenkomen, niet via school.",
        questions="Over de privacy van de gesprekken en of ouders iets te horen krijgen.",
        photo="Foto van het prikbord, met de vraag van Kofi bovenaan. Bijschrift: “Schepen Hermelijn Vyncke, schepen van Jeugd, opent het inloopmoment in Brugge.” Ook Vyncke, schepen, was er bij.",
    ),
    quote_names=["Soetkin", "Vandewalle", "Kofi", "Mensah-Boateng", "Amaru", "Quispe", "Noor", "Abdelkader",
                 "Hermelijn", "Vyncke"],
    keep=["Jeugdwelzijn Brugge", "Torhout", "Brugge"],
    classes={**cls(["Soetkin", "Vandewalle"], "dash credit, then a '↳ Name (sessiegever):' reply under the sub-heading '### Vragen aan de sprekers'"),
             **cls(["Kofi", "Mensah-Boateng"], "wall meta line without heart or time 'Name · 3 reacties' under a sub-heading; first name in the caption"),
             **cls(["Amaru", "Quispe"], "'↳ Name:' reply under a sub-heading (Quechua)"),
             **cls(["Noor", "Abdelkader"], "wall author line without any metadata, followed by a reply line"),
             **cls(["Hermelijn", "Vyncke"], "'<Naam>, schepen' and 'Schepen <Naam>' in the caption (unlisted surname)"),
             **cls(["Jeugdwelzijn Brugge", "Torhout", "Brugge"], KEEPC)},
))

R.append(dict(
    id="X15", file="x15_posts-op-x.txt", title="Posts op X",
    session="Ronde 1 – zaal Es", main="digitale-leefwereld", tags=["digitale-leefwereld"],
    sections=dict(
        what="De sessie ging over jongeren en nieuws op sociale media. Een journalist en twee jongeren van Jeugdredactie Scheldeland toonden hoe een bericht over hun jeugdhuis rondging.",
        amb="Digitale leefwereld: jongeren maken zelf nieuws in plaats van het alleen te lezen.",
        quotes="""Enkele posts die ze toonden:
Lotte Vercammen @lotte_vcm · 14 mrt
Ons jeugdhuis blijft open!! Dank aan iedereen die tekende 🎉
12 · 48 · 310
Jeugdredactie Scheldeland @jrscheldeland · 14 mrt
Het volledige verhaal staat op onze site.
Emeka Adeyemi-Jones @emeka_aj · 15 mrt
@lotte_vcm proficiat, zo verdiend
""",
        surprise="Dat het bericht sneller rondging via X dan via de krant van Wetteren.",
        questions="Over fake news en over hoe je reageert als een bericht fout is.",
        photo="Foto van de jeugdredactie. Bijschrift: “Met lotte_vcm en emeka_aj, en Tibor Kalmár, schepen, in Wetteren.”",
    ),
    quote_names=["Lotte", "Vercammen", "Emeka", "Adeyemi-Jones", "Tibor", "Kalmár"],
    keep=["Jeugdredactie Scheldeland", "jrscheldeland", "Wetteren"],
    classes={**cls(["Lotte", "Vercammen"], "X author line 'First Surname @first_letters · date' (PDF text); the handle as @mention and bare in the caption"),
             **cls(["Emeka", "Adeyemi-Jones"], "X author line with a hyphenated surname; handle first_initials bare in the caption"),
             **cls(["Tibor", "Kalmár"], "'First Surname, schepen' in the caption (Hungarian)"),
             **cls(["Jeugdredactie Scheldeland", "Wetteren"], KEEPC),
             "jrscheldeland": "organisation's handle on an X author line (keep)"},
))

R.append(dict(
    id="X16", file="x16_zoom-en-de-groepsapp.md", title="Zoom en de groepsapp",
    session="Ronde 2 – online", main="mentaal-welzijn", tags=["mentaal-welzijn"],
    sections=dict(
        what="Een online gesprek over eenzaamheid bij jonge vrijwilligers, met een begeleider van Tejo Leuven. Via Zoom konden deelnemers vragen stellen, daarna werd in kleine groepen verder gepraat.",
        amb="Mentaal welzijn: Tejo biedt gratis gesprekken voor jongeren, ook voor leiding en monitoren.",
        quotes="“Eenzaamheid zie je niet aan iemand die altijd lacht.” – Tine Vanhulle, begeleider",
        surprise="""Uit de groepsapp van onze werkgroep, achteraf:
[14/03/23, 21:14:02] Naomi Tesfaye: dat van die lach bleef bij mij echt hangen
[14/03/23, 21:15:40] Radu Ciobanu: bij mij ook, ik denk aan twee mensen in onze ploeg
""",
        questions="""Uit de Zoom-chat:
10:42:13 Van Hamid Rezaei aan Iedereen: hoe weet je of iemand hulp wil?
10:44:50 Van Saoirse Kavanagh aan Iedereen: kan Tejo ook langskomen in Kessel-Lo?

En uit het gesprek achteraf:
Lowieke: hoe doen jullie dat met de ouders?
Zeynep Aydınoğlu: wij bellen ze gewoon op, bij Chiro Heverlee werkt dat
""",
        photo="Screenshot van de Zoom-tegels, met de vraag van Hamid in de chat.",
    ),
    quote_names=["Tine", "Vanhulle", "Naomi", "Tesfaye", "Radu", "Ciobanu", "Hamid", "Rezaei", "Saoirse",
                 "Kavanagh", "Lowieke", "Zeynep", "Aydınoğlu"],
    keep=["Tejo Leuven", "Zoom", "Tejo", "Kessel-Lo", "Chiro Heverlee"],
    classes={**cls(["Tine", "Vanhulle"], "ordinary dash credit (control)"),
             **cls(["Naomi", "Tesfaye", "Radu", "Ciobanu"], "WhatsApp line '[date, time] Name: text' in the surprise section"),
             **cls(["Hamid", "Rezaei"], "Zoom chat 'time Van Name aan Iedereen: text' in the questions section; first name in the caption"),
             **cls(["Saoirse", "Kavanagh"], "Zoom chat line in the questions section (Irish)"),
             "Lowieke": "speaker line 'First: text' in the questions section",
             **cls(["Zeynep", "Aydınoğlu"], "speaker line 'First Surname: text' in the questions section"),
             **cls(["Tejo Leuven", "Zoom", "Tejo", "Kessel-Lo", "Chiro Heverlee"], KEEPC)},
))

if __name__ == "__main__":
    write_set(HERE, R)
    print(len(R), "reports written")
