import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

TXT_HEAD = """ \n\nVerslag sessie congres #Jeugdwerkwerkt    •   6 juni 2023   •   pagina 1 > 2 \n\nNOTA \n\nVerslag sessie congres #Jeugdwerkwerkt  \nDatum: 6 juni 2023 \n\n{title} \n\n"""
Q = {
    "what": "Wat er is gebeurd in de sessie? Wat hebben jullie gedaan/gehoord/beleefd? Omschrijf in 5 a 10 zinnen",
    "amb": "Op welke manier kwamen de ambities aan bod? Hoe maakt de organisatie die aan het woord kwam één van de ambities bijvoorbeeld vandaag al waar?",
    "quotes": "Interessante quote(s) uit de sessie",
    "surprise": "Wat heeft jou verrast? Wat onthoud je?",
    "questions": "Waar kwamen veel vragen/reacties over?",
    "photo": "Sfeerbeeld van de sessie – foto (of schets)",
}


def wrap(text, width=100):
    out, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    out.append(line)
    return " \n\n".join(out) + " \n"


def write(r):
    stem = HERE / r["file"]
    if r["file"].endswith(".md"):
        parts = [f'---\ntitle: "{r["title"]}"\ndate: 2023-06-06\nsession: "{r["session"]}"\nreporter: "Verslaggever {r["id"]}"\n---\n']
        for key in ("what", "amb", "quotes", "surprise", "questions", "photo"):
            body = r["quotes"].strip("\n") if key == "quotes" else r[key]
            parts.append(f"## {Q[key]}\n\n{body}\n")
        text = "\n".join(parts)
    else:
        text = TXT_HEAD.format(title=r["title"])
        for key in ("what", "amb", "quotes", "surprise", "questions", "photo"):
            text += f"{Q[key]} \n\n \n\n"
            if key == "quotes":
                text += "\n".join(line + " " for line in r["quotes"].strip("\n").split("\n")) + "\n\n \n\n"
            else:
                text += wrap(r[key]) + "\n \n\n"
    stem.write_text(text, encoding="utf-8")
    gold = {k: r[k] for k in ("title", "quote_names", "keep", "contacts", "main", "tags", "classes")}
    gold["narrative_names"] = []
    stem.with_name(stem.name.rsplit(".", 1)[0] + ".gold.json").write_text(
        json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


PAD = "Padlet export: metadata line 'First Surname · d mmm yyyy hh:mm · ♥ n' under the post"
REP = "Padlet reply line '↳ First Surname: text'"
REPL = "Padlet reply line '↳ first: text' (lower case)"
REPD = "Padlet reply line '↳ Dr. First Surname (sessiegever): text'"
NICK = "Padlet metadata line with a lower-case nickname and an initial 'first x.'"
CAP = "named again in the photo caption ('de reactie van / het kaartje van First')"
IG = "Instagram handle on its own line over the comment and its 'n u · n vind-ik-leuks · Beantwoorden' line"
IGM = "Instagram '@handle' mention inside a comment or the caption"
FR = "'madame/monsieur Surname' (unlisted surname) inside a French quote"
SCH = "'schepen Surname' (unlisted surname) in the photo caption"
KEEP = "keep item near an export/handle/honorific"


def cls(names, c):
    return {n: c for n in names}


REPORTS = []

REPORTS.append(dict(
    id="F01", file="f01_de-padlet-van-de-werkwinkel.md", title="De padlet van de werkwinkel",
    session="Ronde 1 – zaal 3", main="stem-van-kinderen-en-jongeren", tags=["stem-van-kinderen-en-jongeren"],
    what="We werkten met een digitale prikbordmuur waarop elke deelnemer een kaartje kon posten. De sessiegever las de kaartjes voor en we reageerden op elkaar. Daarna kozen we drie drempels om samen aan te pakken.",
    amb="Jongeren bepalen mee de agenda: de kaartjes op de muur werden de agenda van het tweede uur.",
    quotes="""Hieronder de export van onze Padlet (zoals hij op het scherm stond):

**Wat neem je mee?**
Dat jongeren zelf de agenda mogen bepalen, ook in een klein jeugdhuis.
Welmoed Oudewaterink · 14 mrt 2023 10:42 · ♥ 3
↳ Ebo Asantewaa: helemaal mee eens, bij Jeugdhuis De Koevoet doen we dat al twee jaar
↳ driesje: ja!! en de vergaderingen mogen korter
↳ Dr. Benedikta Kerckhofsbeke (sessiegever): Mooi voorbeeld, daar gaan we straks verder op in.

**Onze grootste drempel**
Vervoer. Zonder De Lijn geraken onze gasten 's avonds niet tot in Geel.
Anoniem · 14 mrt 2023 10:44 · ♥ 5
↳ Fardous Tavakolizadeh: bij ons in Turnhout helpt een deelfietsproject

**Een tip**
Laat de jongeren de muur zelf modereren, dat werkt beter dan je denkt.
tjalle d. · 14 mrt 2023 10:47 · ♥ 1
↳ Ayşe Karabulutoğlu: goed idee, proberen we volgende week

**Vraag aan de groep**
Hoe houden jullie de vrijwilligers na hun achttiende?
Meindert Blommaertsdonck · 14 mrt 2023 10:51 · ♥ 2
↳ welmoed: met een eigen werkgroep voor de oudsten
""",
    surprise="Hoe snel de muur vol stond: na tien minuten hingen er meer dan veertig kaartjes.",
    questions="Vooral over vervoer en over hoe je vrijwilligers houdt.",
    photo="Foto: de Padlet op het grote scherm, met het kaartje van Welmoed bovenaan en de reactie van Ebo ernaast.",
    quote_names=["Welmoed", "Oudewaterink", "Ebo", "Asantewaa", "Driesje", "Benedikta", "Kerckhofsbeke",
                 "Fardous", "Tavakolizadeh", "Tjalle", "Ayşe", "Karabulutoğlu", "Meindert", "Blommaertsdonck"],
    keep=["Padlet", "Jeugdhuis De Koevoet", "De Lijn", "Geel", "Turnhout"],
    contacts=[],
    classes={**cls(["Welmoed", "Oudewaterink"], PAD + "; " + CAP + "; lower-case reply"),
             **cls(["Ebo", "Asantewaa"], REP + "; " + CAP),
             **cls(["Driesje"], REPL), **cls(["Benedikta", "Kerckhofsbeke"], REPD),
             **cls(["Fardous", "Tavakolizadeh"], REP), **cls(["Tjalle"], NICK),
             **cls(["Ayşe", "Karabulutoğlu"], REP), **cls(["Meindert", "Blommaertsdonck"], PAD + " (glued surname)"),
             **cls(["Padlet", "Jeugdhuis De Koevoet", "De Lijn", "Geel", "Turnhout"], KEEP)},
))

REPORTS.append(dict(
    id="F02", file="f02_prikbord-over-vrijwilligers.txt", title="Prikbord over vrijwilligers",
    session="Ronde 2 – zaal 1", main="vrijwillig-engagement", tags=["vrijwillig-engagement"],
    what="De sessie ging over vrijwilligers vinden en houden. Iedereen postte op een online prikbord wat bij hen werkt. De begeleider groepeerde de kaartjes per thema en we bespraken de drie grootste groepen.",
    amb="Vrijwillig engagement: de kaartjes toonden dat kleine taken de drempel verlagen.",
    quotes="""Export van het prikbord (Padlet):
Wat werkt bij jullie?
Een vrijwilligersavond met pizza, elk trimester.
Marit Zoutendijk · 9 mei 2023 14:05 · ♥ 7
↳ Oluwaseun Adetokunbo: doen wij ook, met frieten van de frituur om de hoek
↳ lovis: pizza > frieten
↳ Dr. Oriane Vermeulebroek (sessiegever): Let op: het gaat om de erkenning, niet om het eten.
Kleine taken
Niet iedereen wil een heel kamp trekken, een middag helpen is ook goed.
Anoniem · 9 mei 2023 14:08 · ♥ 4
↳ Jelisaveta Milosavljević: bij Speelpleinwerking De Sloep in Mechelen hebben we een flexpool
Onze vraag
Hoe bereik je ouders die geen Nederlands spreken?
quirien m. · 9 mei 2023 14:12 · ♥ 2
↳ Ischa Achterbergh: via de school, daar zitten ze toch elke dag
""",
    surprise="Dat bijna iedereen met dezelfde drempels worstelt, of je nu in de stad of op het platteland werkt.",
    questions="Over de flexpool en over ouders bereiken.",
    photo="Foto: de reactie van Oluwaseun en het kaartje van Marit, geprojecteerd in zaal De Schakel.",
    quote_names=["Marit", "Zoutendijk", "Oluwaseun", "Adetokunbo", "Lovis", "Oriane", "Vermeulebroek",
                 "Jelisaveta", "Milosavljević", "Quirien", "Ischa", "Achterbergh"],
    keep=["Padlet", "Speelpleinwerking De Sloep", "Mechelen"],
    contacts=[],
    classes={**cls(["Marit", "Zoutendijk"], PAD + "; " + CAP), **cls(["Oluwaseun", "Adetokunbo"], REP + "; " + CAP),
             **cls(["Lovis"], REPL), **cls(["Oriane", "Vermeulebroek"], REPD),
             **cls(["Jelisaveta", "Milosavljević"], REP), **cls(["Quirien"], NICK),
             **cls(["Ischa", "Achterbergh"], REP + " (glued surname)"),
             **cls(["Padlet", "Speelpleinwerking De Sloep", "Mechelen"], KEEP)},
))

REPORTS.append(dict(
    id="F03", file="f03_reacties-op-instagram.md", title="Reacties op Instagram",
    session="Ronde 3 – zaal 2", main="digitale-leefwereld", tags=["digitale-leefwereld"],
    what="De sessie ging over hoe jeugdhuizen sociale media gebruiken. We keken naar echte posts en de reacties eronder. Daarna schreven we zelf een post voor een fictieve fuif.",
    amb="De digitale leefwereld: jongeren reageren online sneller dan op een vergadering.",
    quotes="""We postten een foto van de sessie op Instagram. Dit zijn de reacties eronder:

derya.dmr
zo herkenbaar, bij ons is het net hetzelfde 🙌
2 u · 4 vind-ik-leuks · Beantwoorden

kiyan_v03
@derya.dmr dat was echt onze fuif vorige maand 😅
1 u · 1 vind-ik-leuk · Beantwoorden

jeugdhuisdekrakeling
@kiyan_v03 kom gerust eens langs op vrijdag, de bar is open vanaf acht uur!
58 min · 3 vind-ik-leuks · Beantwoorden

m.verhulpen
Wie gaat er mee naar de opvolgsessie in Hasselt? Jeugdhuis Den Tuimel organiseert ze.
2 min · Beantwoorden

tamsin_ouledali
top sessie, merci aan @m.verhulpen voor de uitleg over Canva
1 d · 2 vind-ik-leuks · Beantwoorden
""",
    surprise="Hoeveel reacties er binnen een uur kwamen, en dat een jeugdhuis zelf meteen reageerde.",
    questions="Over wie de account beheert en hoe je met negatieve reacties omgaat.",
    photo="Screenshot van de reacties onder onze post: bovenaan derya.dmr, daaronder @kiyan_v03 en jeugdhuisdekrakeling.",
    quote_names=["Derya", "Kiyan", "Verhulpen", "Tamsin", "Ouledali"],
    keep=["jeugdhuisdekrakeling", "Jeugdhuis Den Tuimel", "Hasselt", "Canva", "Instagram"],
    contacts=[],
    classes={**cls(["Derya"], IG + " ('first.letters'); " + IGM),
             **cls(["Kiyan"], IG + " ('first_letterdigits'); " + IGM),
             **cls(["Verhulpen"], IG + " ('initial.surname'); " + IGM),
             **cls(["Tamsin", "Ouledali"], IG + " ('first_surname')"),
             **cls(["jeugdhuisdekrakeling"], "organisation's Instagram handle (keep)"),
             **cls(["Jeugdhuis Den Tuimel", "Hasselt", "Canva", "Instagram"], KEEP)},
))

REPORTS.append(dict(
    id="F04", file="f04_de-fotowedstrijd.txt", title="De fotowedstrijd",
    session="Ronde 1 – zaal 4", main="digitale-leefwereld", tags=["digitale-leefwereld"],
    what="Een speelpleinwerking vertelde over hun fotowedstrijd op Instagram. Kinderen en monitoren stuurden foto's in en de volgers stemden met een hartje. We bespraken wat er goed en minder goed liep.",
    amb="De digitale leefwereld en de stem van kinderen: de kinderen kozen zelf het thema van de wedstrijd.",
    quotes="""Uit de reacties onder de winnende foto:
anaya.rk
wat een mooie foto, proficiat aan de kinderen!!
3 u · 12 likes · Reply
oskar_b12
@anaya.rk zij hebben hem zelf genomen met de tablet van Speelplein Het Paddenest
2 u · 5 likes · Reply
speelpleinhetpaddenest
Dank je @oskar_b12! Volgend jaar doen we het opnieuw, met hulp van Fotoclub Sluitertijd.
1 u · 8 likes · Reply
l.abdelmoumen
mogen andere werkingen ook meedoen? wij zitten in Lommel
45 min · Reply
elvire_verheecke
@l.abdelmoumen ja, stuur hen een DM
5 min · 1 like · Reply
""",
    surprise="Dat de kinderen de foto's zelf namen en ook zelf de uitleg schreven.",
    questions="Over toestemming van ouders voor foto's op sociale media.",
    photo="Screenshot: de winnende foto met de reacties van @anaya.rk en oskar_b12 eronder.",
    quote_names=["Anaya", "Oskar", "Abdelmoumen", "Elvire", "Verheecke"],
    keep=["speelpleinhetpaddenest", "Speelplein Het Paddenest", "Fotoclub Sluitertijd", "Lommel", "Instagram"],
    contacts=[],
    classes={**cls(["Anaya"], IG + " ('first.letters', English 'likes · Reply'); " + IGM),
             **cls(["Oskar"], IG + " ('first_letterdigits'); " + IGM),
             **cls(["Abdelmoumen"], IG + " ('initial.surname'); " + IGM),
             **cls(["Elvire", "Verheecke"], IG + " ('first_surname')"),
             **cls(["speelpleinhetpaddenest"], "organisation's Instagram handle (keep)"),
             **cls(["Speelplein Het Paddenest", "Fotoclub Sluitertijd", "Lommel", "Instagram"], KEEP)},
))

REPORTS.append(dict(
    id="F05", file="f05_une-maison-pour-les-jeunes.md", title="Une maison pour les jeunes",
    session="Ronde 2 – zaal 5", main="jeugdinfrastructuur", tags=["jeugdinfrastructuur"],
    what="Een Brusselse jeugdwerking vertelde in het Frans hoe ze na jaren eindelijk een eigen lokaal kregen. De gemeente hielp mee zoeken. We praatten over wat een goed lokaal maakt.",
    amb="Jeugdinfrastructuur: zonder lokaal geen werking, zeiden ze.",
    quotes="""« Notre échevine, madame Mbuyambula, est venue nous écouter jusqu'au bout. Elle a pris des notes. » (animatrice bij Maison de Jeunes Le Grenier)

« Sans monsieur Lukengu, on n'aurait jamais trouvé la salle à Anderlecht. »

« Madame la bourgmestre nous a répondu en deux semaines. »

« Au début, on se réunissait dans le garage de monsieur Kasongolo. Maintenant on a trois pièces et une cuisine. »
""",
    surprise="Dat de gemeente zo snel reageerde eens de jongeren zelf hun vraag kwamen stellen.",
    questions="Over huurcontracten en over de buren.",
    photo="Foto: schepen Tshilombo opent de nieuwe ruimte van Maison de Jeunes Le Grenier, samen met de jongeren.",
    quote_names=["Mbuyambula", "Lukengu", "Kasongolo", "Tshilombo"],
    keep=["Maison de Jeunes Le Grenier", "Anderlecht"],
    contacts=[],
    classes={**cls(["Mbuyambula", "Lukengu", "Kasongolo"], FR), **cls(["Tshilombo"], SCH),
             **cls(["Maison de Jeunes Le Grenier", "Anderlecht"], KEEP)},
))

REPORTS.append(dict(
    id="F06", file="f06_radio-quartier.txt", title="Radio in de wijk",
    session="Ronde 3 – zaal 5", main="kruispunten", tags=["kruispunten"],
    what="Jongeren uit een Brusselse wijk maken elke week een radioprogramma. Ze vertelden over hun eerste uitzending en over de mensen die hen hielpen. Daarna namen we zelf een kort fragment op.",
    amb="Kruispunten: de radio brengt jeugdwerk, school en buurt samen.",
    quotes="""« Monsieur Ngoyi-Batumona est venu chaque mercredi pour nous apprendre la technique. »
« Je remercie madame Dzhumabaeva pour son soutien, sans elle pas de micro. »
« Avec monsieur Oyelaran, on a monté le projet Radio Quartier à Molenbeek. »
« Madame Kabwelulu-Tshiamala disait toujours : parlez comme vous parlez à la maison. »
""",
    surprise="Hoe professioneel het klonk, met heel weinig materiaal.",
    questions="Over muziekrechten en over wie er mag spreken in de uitzending.",
    photo="Foto: schepen Haddioui luistert mee in de studio van Radio Quartier.",
    quote_names=["Ngoyi", "Batumona", "Dzhumabaeva", "Oyelaran", "Kabwelulu", "Tshiamala", "Haddioui"],
    keep=["Radio Quartier", "Molenbeek"],
    contacts=[],
    classes={**cls(["Ngoyi", "Batumona", "Dzhumabaeva", "Oyelaran", "Kabwelulu", "Tshiamala"], FR),
             **cls(["Haddioui"], SCH), **cls(["Radio Quartier", "Molenbeek"], KEEP)},
))

for r in REPORTS:
    write(r)
print(len(REPORTS), "reports")
