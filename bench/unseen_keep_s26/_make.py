"""Generate s26-keep's own unseen keep set (run once; the files are frozen by SHA256SUMS).

Every keep item here carries *evidence from the report itself* that it is a thing: the report
introduces it with a category noun elsewhere ("de app X" ... "X stuurt"), the reporter's narrative
or the session title names it, a compound with a thing noun ("X-festival", "X-tenten"), a hashtag,
a thing's article ("het X", "'t X"), a list of partners, or a front-matter field (a speaker's
affiliation, a sponsor). Persons stand in the same reports, many in the same frames (a colloquial
article "de <Voornaam>", a compound "de <Voornaam>-methode", a hashtag "#Merci<Voornaam>", a list
of thanks, a speaker from the front matter).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from setmaker import write_set  # noqa: E402

HERE = Path(__file__).resolve().parent

# keep classes (evidence the report itself carries)
INTRO = "introduced elsewhere in the report with a category noun (de app X, het festival X, de band X)"
NARR = "named as a thing in the reporter's narrative (what/ambitions answer)"
TITLE = "named in the session's title"
COMP = "compound with a thing noun in the report (X-festival, X-tenten, X-helpdesk)"
HASH = "a hashtag in the report (#X)"
ART = "a thing's article or a possessive before it (het X, 't X, De X, zijn eerste X)"
PARTNER = "in a list of partners or organisations in the report"
FRONT = "front matter: a speaker's affiliation or a sponsor field"
APPOS = "apposition naming its kind (X, een gratis programma)"
CONTROL = "no evidence in the report beyond its position (control)"
# name classes
ZEGT = "name after a speech verb"
ARTN = "person with a colloquial article (de <Voornaam>)"
COMPN = "person in a compound with a thing noun (de <Voornaam>-methode, <Voornaam>-aflevering)"
HASHN = "person in a hashtag and bare elsewhere"
LISTN = "person in a list of thanks"
OPENN = "person opening a sentence"
PREPN = "person after aan/bij/naar/met"
FRONTN = "speaker listed in the front matter"


def rep(file, title, session, main, what, amb, quotes, surprise, keep, names, front=None, rid="S"):
    r = dict(file=file, title=title, session=session, id=rid, main=main, tags=[main],
             sections={"what": what, "amb": amb, "quotes": quotes, "surprise": surprise},
             quote_names=list(names), narrative_names=[], keep=list(keep), contacts=[],
             classes={**keep, **names})
    if front:
        r["front"] = front
    for k in keep:
        assert k in quotes, k
    for n in names:
        assert n in quotes, n
    return r


R = []
R.append(rep("t01_leidingsapps.md", "Apps voor de leidingsploeg", "Ronde 1 – zaal Ijzer", "digitalisering",
    what="Twee leidingsploegen toonden hoe ze hun werking plannen met de app Ploegpraat en het online "
         "platform Kampkompas. Daarna testten we samen de app Ledenlus, die de aanwezigheden bijhoudt.",
    amb="Digitale middelen die de leiding tijd besparen.",
    quotes='''"Sinds vorig jaar werken we met de app Ploegpraat. Ploegpraat stuurt je 's ochtends een herinnering, en wie niet reageert, krijgt er 's avonds nog één", zegt Ferre Vanwalleghem.

"In Kampkompas zetten we het hele draaiboek, van menu tot nachtspel", zegt Ferre.

"We probeerden ook de app Takkenbord, maar Takkenbord vroeg veel te veel gegevens van de leden", zegt Ferre.

"Ledenlus telt wie er is. Vroeger deed Jinthe dat met een schriftje", zegt Yousra El Ouali.

"De Ploegpraat-meldingen zetten we uit tijdens de examens. Onze kampfoto's staan onder #Zomerzwerf, en Zomerzwerf was ook de naam van het kamp", zegt Yousra.

"Vraag het maar aan Jinthe, zij heeft alle wachtwoorden", lacht Yousra.
''',
    surprise="Dat de leiding minder tijd kwijt is aan administratie.",
    keep={"Ploegpraat": INTRO, "Kampkompas": NARR, "Takkenbord": INTRO, "Ledenlus": NARR, "Zomerzwerf": HASH},
    names={"Ferre": ZEGT, "Vanwalleghem": ZEGT, "Jinthe": PREPN, "Yousra": ZEGT, "El Ouali": ZEGT}))

R.append(rep("t02_fuif-en-festival.md", "Een fuif en een festival organiseren", "Ronde 1 – zaal Lys", "participatie",
    what="Jeugdhuis Kajuit uit Oudenburg vertelde hoe ze het festival Klankbord op poten zetten, samen met "
         "de fuifzaal Zolderbox. De band Lampegast speelde er vorig jaar als afsluiter.",
    amb="Jongeren organiseren zelf, de volwassenen volgen.",
    quotes='''"Klankbord begon als een fuif voor veertig man", zegt Mathis Deprez.

"Het Klankbord-festival trekt nu tweeduizend bezoekers, en dat zonder één euro subsidie", zegt Mathis.

"In Kajuit tappen we enkel bier uit de streek. Ons huisbier heet Zwaluwke, en naast Zwaluwke hebben we nog het amberbier Kroonsteen", zegt Mathis.

"Lampegast had nog nooit voor meer dan honderd man gespeeld", zegt Amber Ghysels.

"Zolderbox verhuurt ons de geluidsinstallatie aan halve prijs", zegt Amber.

"Vraag het aan Seppe, hij boekt alle groepen. De Seppe heeft een neus voor talent", zegt Amber.
''',
    surprise="Hoe groot zo'n festival kan worden met enkel vrijwilligers.",
    keep={"Klankbord": INTRO, "Kajuit": NARR, "Zwaluwke": INTRO, "Kroonsteen": INTRO, "Lampegast": NARR,
          "Zolderbox": NARR},
    names={"Mathis": ZEGT, "Deprez": ZEGT, "Amber": ZEGT, "Ghysels": ZEGT, "Seppe": ARTN}))

R.append(rep("t03_jeugdwerk-op-tv.md", "Jeugdwerk op tv en in de krant", "Ronde 2 – zaal Zwin", "beeldvorming",
    what="De sessie ging over jeugdwerk in de media. Een leidster vertelde hoe haar groep meedeed aan het "
         "Ketnet-programma Tentenkoorts, een ander over de podcast Takpraat en de regionale krant De Streekbode.",
    amb="Een positief beeld van het jeugdwerk.",
    quotes='''"Tentenkoorts filmde drie dagen op ons kamp", zegt Lore Van Daele.

"Na Tentenkoorts kregen we twintig nieuwe inschrijvingen, en Ketnet vroeg of we volgend jaar terugkwamen", zegt Lore.

"Op Takpraat vertellen oud-leiders over vroeger. Takpraat maken we helemaal zelf", zegt Kenan Yilmaz.

"Ook De Streekbode belde, ze schreven een halve pagina", zegt Kenan.

"Margot deed het woord voor de camera, ik hield me liever stil. De Margot-aflevering werd het vaakst bekeken", zegt Kenan.
''',
    surprise="Dat één uitzending zoveel nieuwe leden oplevert.",
    keep={"Tentenkoorts": NARR, "Ketnet": COMP, "Takpraat": NARR, "Streekbode": NARR},
    names={"Lore": ZEGT, "Van Daele": ZEGT, "Kenan": ZEGT, "Yilmaz": ZEGT, "Margot": COMPN}))

R.append(rep("t04_partners.md", "Samenwerken met partners in de buurt", "Ronde 2 – zaal Mark", "samenwerking",
    what="De sessie werd georganiseerd met de partners Sprokkel, Kwadrant, Pluimwerk en Buurtwerk Oosterveld. "
         "Ze vertelden hoe ze materiaal en lokalen delen in Lede.",
    amb="Samenwerken over de grenzen van de eigen werking.",
    quotes='''"Kwadrant leent ons elke zomer hun busje", zegt Hanne Roelandt.

"Met Sprokkel organiseren we elke herfst een ruilbeurs", zegt Hanne.

"Pluimwerk bracht de kostuums voor het toneel", zegt Nabil Azzouzi.

"Wie in Lede een lokaal zoekt, belt best naar Oosterveld", zegt Nabil.

"Dank aan Wannes en Ilse, zonder hen was er geen ruilbeurs. Ilse houdt nog altijd de kas bij", zegt Nabil.
''',
    surprise="Dat delen zoveel geld uitspaart.",
    keep={"Kwadrant": PARTNER, "Sprokkel": PARTNER, "Pluimwerk": PARTNER, "Oosterveld": PARTNER, "Lede": NARR},
    names={"Hanne": ZEGT, "Roelandt": ZEGT, "Nabil": ZEGT, "Azzouzi": ZEGT, "Wannes": LISTN, "Ilse": LISTN}))

R.append(rep("t05_uit-de-boot.md", "Jongeren die uit de boot vallen", "Ronde 3 – zaal Dender", "inclusie",
    what="Twee organisaties vertelden hoe ze jongeren bereiken die nergens bij aansluiten.",
    amb="Jeugdwerk voor iedereen.",
    quotes='''"Bij Stapsteen begeleiden we jongeren die uit de boot vallen", zegt Griet Lambrecht.

"Stapsteen heeft geen structurele subsidie meer sinds januari", zegt Griet.

"Buitenbeentje is een tweede thuis voor veel tieners", zegt Orhan Demir.

"Ons gebouw deelt Buitenbeentje met de muziekschool. Hopsteen schonk het vat voor de opening", zegt Orhan.

"Vraag maar aan Griet hoe dat ging", lacht Orhan.
''',
    surprise="Hoeveel jongeren niemand ziet.",
    keep={"Stapsteen": FRONT, "Buitenbeentje": FRONT, "Hopsteen": FRONT},
    names={"Griet": FRONTN, "Lambrecht": FRONTN, "Orhan": FRONTN, "Demir": FRONTN},
    front={"speakers": ["Griet Lambrecht (Stapsteen)", "Orhan Demir (Buitenbeentje)"],
           "sponsor": "Brouwerij Hopsteen"}))

R.append(rep("t06_tenten.md", "Tenten van Zwerfkei en Nomadix: wat houdt het langst?", "Ronde 3 – zaal Durme",
    "duurzaamheid",
    what="We vergeleken tenten van de merken Zwerfkei en Nomadix, en wat je bij de winkel Kampeerhoek kan "
         "laten herstellen.",
    amb="Duurzaam omgaan met materiaal.",
    quotes='''"Onze Zwerfkei-tenten gaan al twaalf jaar mee", zegt Jorre Mestdagh.

"Nomadix lekt na drie zomers, hoe goed je ze ook droogt", zegt Jorre.

"We kopen onze haringen bij Kampeerhoek in Ninove", zegt Jorre.

"Zwerfkei herstelt gratis wat binnen de garantie valt", zegt Sanne Verhaeghe.

"Jorre slaapt nog altijd in zijn eerste Nomadix. Lander stuurde ons de link naar de herstelservice", zegt Sanne.
''',
    surprise="Dat een goede tent goedkoper is op lange termijn.",
    keep={"Zwerfkei": TITLE, "Nomadix": TITLE, "Kampeerhoek": NARR, "Ninove": CONTROL},
    names={"Jorre": OPENN, "Mestdagh": ZEGT, "Sanne": ZEGT, "Verhaeghe": ZEGT, "Lander": OPENN}))

R.append(rep("t07_campagne.txt", "Een campagne op sociale media", "Ronde 4 – zaal Leie", "communicatie",
    what="Een jeugdraad vertelde over hun campagne #Speelstraatzomer en de wafelverkoop #Wijkwafel.",
    amb="Jongeren zichtbaar maken in de gemeente.",
    quotes='''"Onder #Speelstraatzomer kwamen meer dan vierhonderd foto's binnen. Speelstraatzomer loopt nu al drie jaar in Lochristi", zegt Elif Kaya.

"We deelden alles op Instagram en Bluesky", zegt Elif.

"Wie de #Wijkwafel-actie mist, kan nog bestellen. Wijkwafel brengt zo'n duizend euro op", zegt Robin Callewaert.

"#BedanktSiebe stond een week lang bovenaan. Siebe trok de kar, wij volgden", zegt Robin.
''',
    surprise="Dat een hashtag zoveel mensen samenbrengt.",
    keep={"Speelstraatzomer": HASH, "Bluesky": CONTROL, "Wijkwafel": HASH, "Lochristi": CONTROL},
    names={"Elif": ZEGT, "Kaya": ZEGT, "Robin": ZEGT, "Callewaert": ZEGT, "Siebe": HASHN}))

R.append(rep("t08_lokaal.md", "Een eigen lokaal", "Ronde 4 – zaal Nete", "ruimte",
    what="Drie groepen vertelden over hun lokaal: het Tuinhuis in Zele, de oude pastorie Ter Hulst en "
         "jeugdhuis De Pit.",
    amb="Ruimte voor jeugd.",
    quotes='''"Het Tuinhuis is eigenlijk een oude serre. In Zele vind je niets anders", zegt Bavo Dewulf.

"In Ter Hulst slapen we met zestig op zolder", zegt Bavo.

"Elke vrijdag is De Pit open tot middernacht", zegt Noor Haddad.

"De Wendy van de gemeente kwam kijken en vond het prima. Wie in het Tuinhuis wil slapen, vraagt de sleutel aan Bavo", zegt Noor.
''',
    surprise="Hoe creatief groepen zijn met weinig ruimte.",
    keep={"Tuinhuis": ART, "Zele": NARR, "Ter Hulst": NARR, "De Pit": NARR},
    names={"Bavo": ZEGT, "Dewulf": ZEGT, "Noor": ZEGT, "Haddad": ZEGT, "Wendy": ARTN}))

R.append(rep("t09_spelmethodieken.txt", "Spelmethodieken voor grote groepen", "Ronde 5 – zaal Zenne", "methodiek",
    what="De sprekers toonden het coöperatieve spel Kwispel en de methodiek Praatpaal, ontwikkeld door vzw "
         "Draaischijf. Ook het kaartspel Dixit kwam aan bod.",
    amb="Spel als hefboom voor inspraak.",
    quotes='''"Kwispel werkt het best met groepen van acht", zegt Tibo Maes.

"Met Praatpaal laten we de leden zelf de regels kiezen", zegt Tibo.

"Draaischijf geeft vormingen in heel West-Vlaanderen", zegt Aïcha Benali.

"We speelden ook Weerwolven en Stratego, maar Kwispel blijft de favoriet. Met Dixit leren de jongsten hun gevoelens benoemen", zegt Aïcha.

"Lucas verloor elk spel, maar lachte het hardst", zegt Aïcha.
''',
    surprise="Dat spelen zoveel zegt over een groep.",
    keep={"Kwispel": NARR, "Praatpaal": NARR, "Draaischijf": NARR, "West-Vlaanderen": CONTROL,
          "Stratego": CONTROL, "Dixit": NARR},
    names={"Tibo": ZEGT, "Maes": ZEGT, "Aïcha": ZEGT, "Benali": ZEGT, "Lucas": OPENN}))

R.append(rep("t10_vrijwilligers.md", "Vrijwilligers in de kijker", "Ronde 5 – zaal Schelde", "vrijwilligers",
    what="Een speelpleinwerking vertelde hoe ze hun vrijwilligers bedanken. De prijs Gouden Fluitje gaat elk "
         "jaar naar een animator. Het ijs komt van IJsboerderij Vanneste en de ploegen staan in de app Zomerrooster.",
    amb="Vrijwilligers waarderen.",
    quotes='''"Het Gouden Fluitje ging naar Kobe, die al tien jaar elke zomer komt. #MerciKobe stond op alle T-shirts", zegt Liesbeth Verstraete.

"De Kobe kent elk kind bij naam", zegt Liesbeth.

"We noemen het de Jolien-methode: eerst luisteren, dan pas spelen. Jolien zelf lacht daarmee", zegt Liesbeth.

"Zomerrooster toont ook wie een EHBO-brevet heeft", zegt Sofian Bakkali.

"Vanneste levert elke woensdag het ijs, gratis voor de animatoren", zegt Sofian.
''',
    surprise="Hoe klein een bedankje kan zijn en toch werken.",
    keep={"Gouden Fluitje": NARR, "Zomerrooster": NARR, "Vanneste": NARR},
    names={"Kobe": HASHN, "Liesbeth": ZEGT, "Verstraete": ZEGT, "Jolien": COMPN, "Sofian": ZEGT,
           "Bakkali": ZEGT}))

R.append(rep("t11_duurzaam-feesten.md", "Duurzaam feesten", "Ronde 6 – zaal Dijle", "duurzaamheid",
    what="Jeugdhuis Ruimteschip vertelde hoe hun fuiven duurzamer werden, met herbruikbare bekers van "
         "Bekerbaas en bier van brouwerij De Vlasbloem. Frituur 't Puntzakje sponsort de affiches.",
    amb="Feesten zonder afval.",
    quotes='''"We schenken enkel nog Vlasbloem Tripel. De Vlasbloem ligt op twee kilometer van ons jeugdhuis", zegt Jens Vercruysse.

"Bekerbaas haalt de vuile bekers op en brengt ze gewassen terug", zegt Jens.

"In het Ruimteschip draaien we al vijf jaar zonder plastic", zegt Jens.

"De frieten komen van 't Puntzakje, en Puntzakje sponsort ook onze affiches. Colruyt leverde de rest", zegt Emma Goossens.

"Jens belde zelf elke brouwer in de streek af", zegt Emma.
''',
    surprise="Dat duurzaam feesten niet duurder is.",
    keep={"Vlasbloem": NARR, "Bekerbaas": NARR, "Ruimteschip": ART, "Puntzakje": ART, "Colruyt": CONTROL},
    names={"Jens": OPENN, "Vercruysse": ZEGT, "Emma": ZEGT, "Goossens": ZEGT}))

R.append(rep("t12_inschrijven.md", "Inschrijven zonder stress met Inschrijfklok", "Ronde 6 – zaal Mandel",
    "digitalisering",
    what="De sessie ging over het inschrijvingssysteem Inschrijfklok en de betaalmodule Spaarpot, die een "
         "jeugddienst uit Wetteren samen met de leiding ontwikkelde.",
    amb="Drempels bij het inschrijven wegnemen.",
    quotes='''"Vroeger stonden ouders om zes uur in de rij. Nu opent Inschrijfklok om acht uur en is het kamp in tien minuten vol", zegt Ruben Declercq.

"Spaarpot stuurt zelf een herinnering als er nog niet betaald is", zegt Ruben.

"In Wetteren gebruiken nu alle jeugdbewegingen hetzelfde systeem. De Inschrijfklok-helpdesk is Nele, en die slaapt ook soms", lacht Ruben.

"Wie geen computer heeft, kan terecht bij Nele in het jeugdhuis", zegt Imane Chahid.

"Het kasboek zit nu in Kassablok, een gratis programma", zegt Imane.
''',
    surprise="Dat ouders het systeem zo snel aanvaardden.",
    keep={"Inschrijfklok": TITLE, "Spaarpot": NARR, "Wetteren": NARR, "Kassablok": APPOS},
    names={"Ruben": ZEGT, "Declercq": ZEGT, "Nele": PREPN, "Imane": ZEGT, "Chahid": ZEGT}))


if __name__ == "__main__":
    write_set(HERE, R)
    print(sum(len(r["keep"]) for r in R), "keep;", sum(len(r["quote_names"]) for r in R), "names")
