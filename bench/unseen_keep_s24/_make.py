"""Generate s24-keep's own unseen keep set (run once; the files are frozen by SHA256SUMS)."""
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
LISTP = "place after a comma, an age or 'uit' in a person's list item or signature"
DIENST = "municipal body + town (Jeugddienst/Jeugdraad/Sportdienst/OCMW <stad>)"
BRAND = "single-word brand/app/firm opening a sentence or after a preposition"
DISTR = "district after 'jeugdhuis van' / 'de jongens van' / 'de meisjes uit'"
CC = "'CC/GC/Cultuurcentrum De <rivier/word>' venue"
TJH = "''t <woord>' youth house or venue on a credit/thanks line"
SHOP = "'De <adj> <noun>' shop/café name after slagerij/bakkerij/frituur/café"
HALL = "exhibition hall / arena after 'in'"
COLON = "one organisation/brand word before a colon at a line start"
PLACE = "town or city"
# name classes
LISTN = "person in a list item or signature (with age / place)"
DIENSTN = "person next to a municipal body"
BRANDN = "person opening a sentence or after a preposition"
DISTRN = "person after 'de jongens van' / 'jeugdhuis van'"
CREDN = "person on a credit/thanks line"
SHOPN = "person next to a shop (slager X, bakker X)"
COLONN = "person before a colon at a line start (chat, minutes)"
ZEGT = "name after a speech verb"
CAPS = "name in ALL CAPS"
WORDN = "name that is also a word"

R = []
R.append(dict(file="k01_inschrijvingen.md", title="Het blad aan de deur",
    session="Ronde 1 – zaal Durme", main="jeugdwerk-en-lokaal-bestuur",
    what="De groep toonde de inschrijvingslijst van hun zomerkamp en vertelde hoe ze jongeren uit verschillende wijken bereikten.",
    amb="Jongeren uit alle deelgemeenten bereiken.",
    quotes='''"We schreven iedereen in op het blad aan de deur", zegt Ilse Vandermeiren.

Inschrijvingen kamp:
1. Kofi Mensah (17), Wondelgem
2. Lotte Verstichel (16), Heusden
3. Rania Idrissi (15) uit Ledeberg
4. Storm Devriendt, 18, Kessel-Lo
5. Mila Janssens (16) – Borgerhout
6. Tobias Grünwald (17), Sint-Amandsberg
7. Noor (14), Gentbrugge
8. JONAS PEETERS (16), Mariakerke

"Wie uit Drongen kwam, moest zelf fietsen", zegt Ilse.
''',
    surprise="Dat zoveel jongeren uit de rand kwamen.",
    quote_names=["Ilse", "Vandermeiren", "Kofi", "Mensah", "Lotte", "Verstichel", "Rania", "Idrissi",
                 "Storm", "Devriendt", "Mila", "Janssens", "Tobias", "Grünwald", "Noor", "JONAS", "PEETERS"],
    keep={"Wondelgem": LISTP, "Heusden": LISTP, "Ledeberg": LISTP, "Kessel-Lo": LISTP,
          "Borgerhout": LISTP, "Sint-Amandsberg": LISTP, "Gentbrugge": LISTP, "Mariakerke": LISTP,
          "Drongen": PLACE},
    names={"Ilse": ZEGT, "Vandermeiren": ZEGT, "Kofi": LISTN, "Mensah": LISTN, "Lotte": LISTN,
           "Verstichel": LISTN, "Rania": LISTN, "Idrissi": LISTN, "Storm": WORDN, "Devriendt": LISTN,
           "Mila": LISTN, "Janssens": LISTN, "Tobias": LISTN, "Grünwald": LISTN, "Noor": WORDN,
           "JONAS": CAPS, "PEETERS": CAPS}))

R.append(dict(file="k02_petitie.md", title="Een petitie voor de skatebaan",
    session="Ronde 1 – zaal Dender", main="participatie",
    what="Jongeren lazen hun petitie voor en lieten de handtekeningen zien.",
    amb="Jongeren laten meepraten over hun buurt.",
    quotes='''"We hadden in twee weken driehonderd handtekeningen", zegt Yusra Benali.

Getekend,
Femke Roels, Oostakker
Mehmet Aydın (19), Zelzate
Sander, 15, Evergem
Priya Raman – Lochristi
Wannes De Clercq, Merelbeke

"Ook de jeugdraad van Melle tekende mee", zegt Yusra.
''',
    surprise="Hoe snel de gemeente reageerde.",
    quote_names=["Yusra", "Benali", "Femke", "Roels", "Mehmet", "Aydın", "Sander", "Priya", "Raman",
                 "Wannes", "Clercq"],
    keep={"Oostakker": LISTP, "Zelzate": LISTP, "Evergem": LISTP, "Lochristi": LISTP,
          "Merelbeke": LISTP, "Melle": PLACE},
    names={"Yusra": ZEGT, "Benali": ZEGT, "Femke": LISTN, "Roels": LISTN, "Mehmet": LISTN,
           "Aydın": LISTN, "Sander": LISTN, "Priya": LISTN, "Raman": LISTN, "Wannes": LISTN,
           "Clercq": LISTN}))

R.append(dict(file="k03_wie-doet-wat.md", title="Wie doet wat in de gemeente",
    session="Ronde 2 – zaal Zenne", main="jeugdwerk-en-lokaal-bestuur",
    what="Jeugdwerkers uit verschillende gemeenten vergeleken hoe hun diensten samenwerken met de jeugdraad.",
    amb="Lokaal jeugdbeleid.",
    quotes='''"Bij ons zitten Jeugddienst Zottegem en Sportdienst Tielt-Winge niet in hetzelfde gebouw", lacht Jorinde Wauters.

"Jeugdraad Lokeren vergadert elke maand, Jeugdraad Aalter maar vier keer per jaar", zegt Bilal Ouazzani.

"We kregen subsidies van Cultuurdienst Herzele en van OCMW Geraardsbergen", zegt Jorinde.

"Ik mailde met Jeugddienst Ronse en met Stad Ninove", zegt Bilal.

Contact: Jeugddienst Deinze, voorzitter Hanne Wuyts
Jeugdraad Maaseik: Lien Vos en Arjen Tuinstra

"Samen met Jeugdconsulent Ayla Demir van Jeugddienst Oudenaarde maakten we een plan", zegt Bilal.
''',
    surprise="Dat elke gemeente het anders doet.",
    quote_names=["Jorinde", "Wauters", "Bilal", "Ouazzani", "Hanne", "Wuyts", "Lien", "Vos", "Arjen",
                 "Tuinstra", "Ayla", "Demir"],
    keep={"Jeugddienst Zottegem": DIENST, "Sportdienst Tielt-Winge": DIENST, "Jeugdraad Lokeren": DIENST,
          "Jeugdraad Aalter": DIENST, "Cultuurdienst Herzele": DIENST, "OCMW Geraardsbergen": DIENST,
          "Jeugddienst Ronse": DIENST, "Stad Ninove": DIENST, "Jeugddienst Deinze": DIENST,
          "Jeugdraad Maaseik": DIENST, "Jeugddienst Oudenaarde": DIENST},
    names={"Jorinde": ZEGT, "Wauters": ZEGT, "Bilal": ZEGT, "Ouazzani": ZEGT, "Hanne": DIENSTN,
           "Wuyts": DIENSTN, "Lien": DIENSTN, "Vos": WORDN, "Arjen": DIENSTN, "Tuinstra": DIENSTN,
           "Ayla": DIENSTN, "Demir": DIENSTN}))

R.append(dict(file="k04_apps-en-winkels.md", title="Apps, winkels en sponsors",
    session="Ronde 2 – zaal Mandel", main="digitale-leefwereld",
    what="Jongeren vertelden welke apps ze gebruiken om af te spreken en welke winkels hun werking sponsoren.",
    amb="Digitale leefwereld van jongeren.",
    quotes='''"Vinted is voor ons een soort tweede winkel", zegt Elif Kaya.

"Smartschool stuurt elke avond meldingen, dus ik kijk er niet meer naar", zegt Jelle Bostoen.

"Via Mentimeter stemden we over het kampthema en op Padlet hingen de foto's", zegt Elif.

"Duolingo gebruik ik elke dag, Strava alleen als ik ga lopen", zegt Jelle.

"Bij Kruidvat en bij Brico kregen we korting voor het kamp", zegt Oumou Diallo.

"Deliveroo bracht pizza's, Hema gaf de bekers", zegt Oumou.

"Via Jelle kregen we de sleutel, bij Amira thuis maakten we de spandoeken", zegt Elif.

"Roos stuurde de foto's door en Lander deed de rest", zegt Oumou.
''',
    surprise="Hoeveel apps ze tegelijk gebruiken.",
    quote_names=["Elif", "Kaya", "Jelle", "Bostoen", "Oumou", "Diallo", "Amira", "Roos", "Lander"],
    keep={"Vinted": BRAND, "Smartschool": BRAND, "Mentimeter": BRAND, "Padlet": BRAND,
          "Duolingo": BRAND, "Strava": BRAND, "Kruidvat": BRAND, "Brico": BRAND, "Deliveroo": BRAND,
          "Hema": BRAND},
    names={"Elif": ZEGT, "Kaya": ZEGT, "Jelle": BRANDN, "Bostoen": ZEGT, "Oumou": ZEGT,
           "Diallo": ZEGT, "Amira": BRANDN, "Roos": WORDN, "Lander": BRANDN}))

R.append(dict(file="k05_de-jongens-van.md", title="De jongens van de wijk",
    session="Ronde 3 – zaal Nete", main="inclusie",
    what="Jeugdwerkers uit verschillende stadswijken vertelden hoe groepen elkaar eerst niet vertrouwden.",
    amb="Ontmoeting tussen wijken.",
    quotes='''"De jongens van Rabot en de jongens van Brugse Poort speelden eerst nooit samen", zegt Driss Amrani.

"Het jeugdhuis van Luchtbal was te klein, dus we gingen naar het jeugdhuis van Deurne-Noord", zegt Katrien Lemmens.

"De meisjes uit Seefhoek kwamen pas later", zegt Driss.

"Wij zijn de jongens van Linkeroever", riepen ze.

"De jongens van Younes wilden altijd winnen", zegt Katrien.

"Het jeugdhuis van Bram was eigenlijk zijn garage", zegt Driss.

"De vrienden van Ines Pauwels bleven tot het einde", zegt Katrien.
''',
    surprise="Dat voetbal alles veranderde.",
    quote_names=["Driss", "Amrani", "Katrien", "Lemmens", "Younes", "Bram", "Ines", "Pauwels"],
    keep={"Rabot": DISTR, "Brugse Poort": DISTR, "Luchtbal": DISTR, "Deurne-Noord": DISTR,
          "Seefhoek": DISTR, "Linkeroever": DISTR},
    names={"Driss": ZEGT, "Amrani": ZEGT, "Katrien": ZEGT, "Lemmens": ZEGT, "Younes": DISTRN,
           "Bram": DISTRN, "Ines": DISTRN, "Pauwels": DISTRN}))

R.append(dict(file="k06_met-dank-aan.md", title="Met dank aan",
    session="Ronde 3 – zaal Herk", main="jeugdcultuur",
    what="Een theatergroep toonde hun voorstelling en de aftiteling met iedereen die hielp.",
    amb="Jeugdcultuur zichtbaar maken.",
    quotes='''"We speelden drie keer in CC De Dijle en één keer in CC De Mark", zegt Anke Moens.

"Volgend jaar staan we in Cultuurcentrum De Nete en in GC De Wingerd", zegt Rachid Bouzid.

Met dank aan: Jeugdhuis 't Paviljoentje, JH 't Vlonderke en 't Stekske
Foto's: 't Kroegske vzw
Decor: Jeugdhuis 't Lantaarntje
Met dank aan: Nadia Serrano en Wietse Hoekstra
Foto's: Ruben Maes
Regie: BERTE OLSEN

"Zonder 't Paviljoentje hadden we geen repetitieruimte", zegt Anke.
''',
    surprise="Hoeveel vrijwilligers achter één voorstelling zitten.",
    quote_names=["Anke", "Moens", "Rachid", "Bouzid", "Nadia", "Serrano", "Wietse", "Hoekstra",
                 "Ruben", "Maes", "BERTE", "OLSEN"],
    keep={"CC De Dijle": CC, "CC De Mark": CC, "Cultuurcentrum De Nete": CC, "GC De Wingerd": CC,
          "Jeugdhuis 't Paviljoentje": TJH, "JH 't Vlonderke": TJH, "'t Stekske": TJH, "'t Kroegske": TJH,
          "Jeugdhuis 't Lantaarntje": TJH},
    names={"Anke": ZEGT, "Moens": ZEGT, "Rachid": ZEGT, "Bouzid": ZEGT, "Nadia": CREDN,
           "Serrano": CREDN, "Wietse": CREDN, "Hoekstra": CREDN, "Ruben": CREDN, "Maes": CREDN,
           "BERTE": CAPS, "OLSEN": CAPS}))

R.append(dict(file="k07_in-de-straat.md", title="Wie in onze straat werkt",
    session="Ronde 4 – zaal Leie", main="werk-en-opleiding",
    what="Jongeren interviewden handelaars in hun straat over bijbaantjes.",
    amb="Eerste werkervaring.",
    quotes='''"Ik werk zaterdags in slagerij De Gouden Koe", zegt Thibault Desmet.

"Mijn zus staat achter de toog in café De Zwarte Kat en ik help in bakkerij De Zoete Korrel", zegt Salma Ait Lahcen.

"Frituur De Gouden Friet zoekt altijd volk", zegt Thibault.

"Brasserie De Oude Brug betaalt beter dan bakkerij De Warme Oven", zegt Salma.

"Slager Dirk leerde me messen slijpen en bakker Annelies Goossens gaf me een contract", zegt Thibault.

"Bij slagerij De Blije Big werkt ook Kobe", zegt Salma.
''',
    surprise="Hoe vroeg ze moeten opstaan.",
    quote_names=["Thibault", "Desmet", "Salma", "Lahcen", "Dirk", "Annelies", "Goossens", "Kobe"],
    keep={"De Gouden Koe": SHOP, "De Zwarte Kat": SHOP, "De Zoete Korrel": SHOP, "De Gouden Friet": SHOP,
          "De Oude Brug": SHOP, "De Warme Oven": SHOP, "De Blije Big": SHOP},
    names={"Thibault": ZEGT, "Desmet": ZEGT, "Salma": ZEGT, "Lahcen": ZEGT, "Dirk": SHOPN,
           "Annelies": SHOPN, "Goossens": SHOPN, "Kobe": SHOPN}))

R.append(dict(file="k08_beurzen.md", title="Naar de beurs",
    session="Ronde 4 – zaal Schelde", main="werk-en-opleiding",
    what="De groep vertelde over hun bezoek aan studiebeurzen en concerten in grote hallen.",
    amb="Oriëntatie na het secundair.",
    quotes='''"De SID-in was in Flanders Expo, vorig jaar in Brabanthal", zegt Marieke Claus.

"We zagen een concert in Lotto Arena en een beurs in Nekkerhal", zegt Ousmane Sow.

"De jobbeurs was in Kortrijk Xpo en de gamebeurs in Antwerp Expo", zegt Marieke.

"Ik geloof in Kobe, hij heeft talent", zegt Ousmane.

"We vertrouwden in Meryem Yıldız om de bus te regelen", zegt Marieke.
''',
    surprise="Hoe groot zo'n beurs is.",
    quote_names=["Marieke", "Claus", "Ousmane", "Sow", "Kobe", "Meryem", "Yıldız"],
    keep={"Flanders Expo": HALL, "Brabanthal": HALL, "Lotto Arena": HALL, "Nekkerhal": HALL,
          "Kortrijk Xpo": HALL, "Antwerp Expo": HALL},
    names={"Marieke": ZEGT, "Claus": ZEGT, "Ousmane": ZEGT, "Sow": ZEGT, "Kobe": BRANDN,
           "Meryem": BRANDN, "Yıldız": BRANDN}))

R.append(dict(file="k09_draaiboek.md", title="Het draaiboek van de dag",
    session="Ronde 5 – zaal Leie", main="participatie",
    what="De organisatoren toonden hun draaiboek en de berichten van de dag zelf.",
    amb="Samenwerken met partners.",
    quotes='''"Zo zag ons draaiboek eruit", zegt Evelien Schepens.

Chirojeugd: tenten staan
Fedasil: bus vertrekt om 9u
VDAB: stand klaar
Unicef: affiches opgehangen
Proximus: wifi werkt
Delhaize: drank geleverd
Colruyt: broodjes besteld
Jasper: ik kom later
Ebru: sleutels liggen bij de balie
TIMO: wie heeft de boxen?

"Kazou en Vormingplus kwamen pas 's middags", zegt Evelien.
''',
    surprise="Hoeveel partners meewerkten.",
    quote_names=["Evelien", "Schepens", "Jasper", "Ebru", "TIMO"],
    keep={"Chirojeugd": COLON, "Fedasil": COLON, "VDAB": COLON, "Unicef": COLON, "Proximus": COLON,
          "Delhaize": COLON, "Colruyt": COLON, "Kazou": BRAND, "Vormingplus": BRAND},
    names={"Evelien": ZEGT, "Schepens": ZEGT, "Jasper": COLONN, "Ebru": COLONN, "TIMO": CAPS}))

R.append(dict(file="k10_van-waar.md", title="Van waar kom je",
    session="Ronde 5 – zaal Durme", main="inclusie",
    what="Jongeren stelden zich voor met hun leeftijd en hun dorp; daarna vertelden ze waar ze uitgaan.",
    amb="Jongeren op het platteland.",
    quotes='''"Ik ben Yasmina (19) uit Temse en ik fiets elke dag naar Sint-Niklaas", zegt Yasmina Haddou.

"Arne, 17, van Bornem, speelt bij ons in de band", zegt Yasmina.

"Wij komen allemaal uit Kruibeke, Hamme en Waasmunster", zegt Arne Lauwers.

"Ik ga uit in Lokeren en werk in Dendermonde of in Sint-Gillis-Waas", zegt Arne.

Sprekers: Yasmina Haddou (19), Temse – Arne Lauwers (17), Bornem
''',
    surprise="Hoe ver ze moeten fietsen.",
    quote_names=["Yasmina", "Haddou", "Arne", "Lauwers"],
    keep={"Temse": LISTP, "Sint-Niklaas": PLACE, "Bornem": LISTP, "Kruibeke": PLACE, "Hamme": PLACE,
          "Waasmunster": PLACE, "Lokeren": PLACE, "Dendermonde": PLACE, "Sint-Gillis-Waas": PLACE},
    names={"Yasmina": ZEGT, "Haddou": ZEGT, "Arne": LISTN, "Lauwers": LISTN}))


if __name__ == "__main__":
    write_keep_set(HERE, R, Q)
