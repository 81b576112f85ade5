#!/usr/bin/env python3
"""A18 -- blind attack set for perskamer's anonymiser (session 18, s18-blind).

Runs bare lines through ``anonymise_text`` and counts
  * names:       sentence frames x invented names of many origins; a pair LEAKS when any
                 name part (particles excepted) survives in the output as a whole word,
                 case-insensitive;
  * look-alikes: kinds of non-person items (organisations, places, brands, events, ...),
                 each only in frames where that kind naturally stands; a pair is MASKED
                 when the item does not survive intact (exact, whole word).

Written blind: without reading the anonymiser, the readers, the tests or any gold set
except the format pair allowed by the prompt. Every person name, local organisation,
house name, street and phrase is invented; national bodies, places, languages, apps,
games, brands and public events are real (that is the point of keeping them).

Run from a perskamer tree:
    cd TREE && PERSKAMER_NATIVE=0 .venv/bin/python /work/notes/s18/blind/attack/atk18.py [--show] [--json OUT]
``--show`` prints the leak/masked lines (for the lead only; never publish them).
"""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.join(os.getcwd(), "bench", "attack"))
import harness  # noqa: E402

os.environ.setdefault("PERSKAMER_NATIVE", "0")

# --------------------------------------------------------------------------------------
# Names: (origin, shape, name as written). Shapes: first / full / particle / hyphen /
# short / word (a name that is also a Dutch or English word).
NAMES: list[tuple[str, str, str]] = [
    ("Flemish", "full", "Wout Vandermaelen"),
    ("Flemish", "first", "Lotte"),
    ("Flemish", "particle", "Jarne Van den Abeele"),
    ("Flemish", "word", "Merel Vos"),
    ("Flemish", "word", "Storm"),
    ("Flemish", "particle", "Nele de Pauw"),
    ("Dutch", "word", "Jade Bakker"),
    ("Dutch", "first", "Daan"),
    ("Dutch", "particle", "Femke van der Linden"),
    ("Dutch", "word", "Roos"),
    ("Dutch", "full", "Bram Hoogeveen"),
    ("Walloon/French", "full", "Maëlle Dubuisson"),
    ("Walloon/French", "first", "Théo"),
    ("Walloon/French", "hyphen", "Jean-Luc Dethier"),
    ("Walloon/French", "full", "Océane Lemaire"),
    ("Walloon/French", "short", "Noé"),
    ("Moroccan", "particle", "Yassine El Amrani"),
    ("Moroccan", "first", "Imane"),
    ("Moroccan", "particle", "Soufiane Ben Haddou"),
    ("Moroccan", "short", "Nour"),
    ("Moroccan", "full", "Ilyas Bouzidi"),
    ("Turkish", "full", "Emre Yıldırım"),
    ("Turkish", "first", "Elif"),
    ("Turkish", "hyphen", "Burak Kaya-Demir"),
    ("Turkish", "full", "Zeynep Aksoy"),
    ("Turkish", "short", "Can"),
    ("Polish", "full", "Kacper Wiśniewski"),
    ("Polish", "first", "Zuzanna"),
    ("Polish", "full", "Oliwia Grabowska"),
    ("Polish", "first", "Bartek"),
    ("Romanian", "full", "Ionuț Popescu"),
    ("Romanian", "first", "Andreea"),
    ("Romanian", "full", "Mihai Dumitrescu"),
    ("Romanian", "full", "Bianca Stoica"),
    ("Bulgarian", "full", "Kaloyan Petrov"),
    ("Bulgarian", "first", "Desislava"),
    ("Bulgarian", "full", "Yoana Ivanova"),
    ("Syrian", "hyphen", "Omar Al-Hassan"),
    ("Syrian", "first", "Rama"),
    ("Syrian", "full", "Layla Haddad"),
    ("Syrian", "first", "Tarek"),
    ("Afghan", "full", "Ahmad Zia Noori"),
    ("Afghan", "first", "Mursal"),
    ("Afghan", "full", "Farid Rahimi"),
    ("Afghan", "first", "Zarlasht"),
    ("Eritrean", "full", "Senait Tesfay"),
    ("Eritrean", "first", "Filmon"),
    ("Eritrean", "full", "Yonas Gebremedhin"),
    ("Eritrean", "word", "Selam"),
    ("Somali", "full", "Hodan Warsame"),
    ("Somali", "short", "Abdi"),
    ("Somali", "full", "Ayaan Farah"),
    ("Congolese", "full", "Merveille Kabasele"),
    ("Congolese", "word", "Grâce"),
    ("Congolese", "full", "Christian Tshibanda"),
    ("Congolese", "word", "Divine Mbuyi"),
    ("Guinean", "full", "Fatoumata Barry"),
    ("Guinean", "full", "Alpha Oumar Sow"),
    ("Guinean", "first", "Binta"),
    ("Ukrainian", "full", "Oleksandr Kovalenko"),
    ("Ukrainian", "first", "Sofiia"),
    ("Ukrainian", "full", "Daryna Melnyk"),
    ("Ukrainian", "first", "Taras"),
    ("Albanian", "full", "Arben Krasniqi"),
    ("Albanian", "first", "Drita"),
    ("Albanian", "full", "Blerta Gashi"),
    ("Albanian", "first", "Ilir"),
    ("Italian/Iberian", "particle", "Giulia Di Marco"),
    ("Italian/Iberian", "first", "Mateo"),
    ("Italian/Iberian", "full", "Lucía Fernández"),
    ("Italian/Iberian", "particle", "João da Silva"),
    ("Italian/Iberian", "first", "Inês"),
    ("Chinese/Vietnamese", "short", "Li Wei"),
    ("Chinese/Vietnamese", "short", "Mei"),
    ("Chinese/Vietnamese", "full", "Nguyen Thi Lan"),
    ("Chinese/Vietnamese", "short", "Bao"),
    ("Chinese/Vietnamese", "short", "Zhang Yu"),
    ("South Asian", "full", "Priya Raman"),
    ("South Asian", "first", "Arjun"),
    ("South Asian", "full", "Kavya Subramaniam"),
    ("South Asian", "full", "Anish Gurung"),
    ("Tibetan", "full", "Tenzin Dolma"),
    ("Tibetan", "first", "Pema"),
    ("Tibetan", "full", "Lobsang Tsering"),
    ("Tibetan", "first", "Dawa"),
    ("English/Irish", "particle", "Siobhan O'Reilly"),
    ("English/Irish", "first", "Jack"),
    ("English/Irish", "full", "Freddie Hollis"),
    ("Kurdish", "first", "Rojin"),
    ("Kurdish", "full", "Dilan Berwari"),
    ("Kurdish", "short", "Zana"),
    ("Filipino", "particle", "Maricel Dela Cruz"),
    ("Filipino", "short", "Jun"),
]

PARTICLES = {"van", "de", "der", "den", "von", "el", "al", "ben", "bin", "da", "di", "dos", "do",
             "du", "le", "la", "ter", "ten", "t", "o", "dela", "del", "y"}

# --------------------------------------------------------------------------------------
# Name frames: (id, mode, text). {n} = the name. Modes: plain, lower (name lower-cased),
# upper (whole line upper-cased), wrap (the line breaks inside or just before the name).
FRAMES: list[tuple[str, str, str]] = [
    ("zegt", "plain", '"We mochten zelf kiezen," zegt {n}.'),
    ("dash-after-quote", "plain", '"Niemand vroeg ooit wat wij wilden." – {n}'),
    ("brackets-age", "plain", '"Het jeugdhuis is mijn tweede thuis." ({n}, 17)'),
    ("speaker-colon", "plain", '{n}: "Ik kom hier elke woensdag, ook als het regent."'),
    ("chat-timestamp", "plain", "[20:14] {n}: wie brengt er chips mee zaterdag?"),
    ("chat-dash", "plain", "21/03/26, 19:02 - {n}: ik ben er om 7u"),
    ("photo-credit", "plain", "Foto: {n}"),
    ("caption", "plain", "Op de foto: {n} aan de toog van het jeugdhuis."),
    ("thanks", "plain", "Met dank aan {n} voor de soep en de lange avond."),
    ("present-list", "plain", "Aanwezig: {n}, twee begeleiders en de coördinator van de stad."),
    ("speakers-list", "plain", "Sessiegevers: {n} en een collega van de dienst jeugd."),
    ("note", "plain", "Notitie: {n} belt nog terug over de zaal."),
    ("greeting-dag", "plain", "Dag {n}, bedankt voor je bericht!"),
    ("greeting-hoi", "plain", "Hoi {n}! Zien we je zaterdag op het plein?"),
    ("signoff", "plain", "Groetjes,\n{n}"),
    ("signoff-mvg", "plain", "Met vriendelijke groeten\n{n}\nvrijwilliger"),
    ("address", "plain", "Stuur het formulier naar {n}, Populierendreef 12, 9000 Gent."),
    ("idea-of", "plain", "Het idee van {n} was om de muur zelf te beschilderen."),
    ("possessive-s", "plain", "{n}'s fiets stond nog aan de ingang."),
    ("die-van", "plain", "De mama van {n} kwam ons halen na de vergadering."),
    ("title-meester", "plain", "Meester {n} liet ons de hele middag buiten spelen."),
    ("title-juf", "plain", "Juf {n} zei dat het mocht."),
    ("title-dokter", "plain", "Dokter {n} gaf een workshop over slaap en schermen."),
    ("role-volgens", "plain", "Volgens coördinator {n} loopt het project nog twee jaar."),
    ("role-before", "plain", "Jeugdwerker {n} knikt en schrijft iets op."),
    ("apposition", "plain", '{n}, begeleider: "We moeten veel meer luisteren."'),
    ("age-intro", "plain", "{n} (16) vertelt hoe ze haar eerste kamp beleefde."),
    ("self-intro", "plain", "Ik ben {n} en ik zit in het vijfde middelbaar."),
    ("mijn-naam", "plain", "Mijn naam is {n}, ik ben animator."),
    ("interview", "plain", "Interview met {n}, vrijwilliger sinds 2019."),
    ("recorded-by", "plain", "Opgetekend door {n}"),
    ("bullet-role", "plain", "• {n}, penningmeester\n• een ouder uit de buurt"),
    ("dash-list", "plain", "- {n} (leiding)\n- een vrijwilliger van de buurt"),
    ("table-row", "plain", "| {n} | animator | 3 jaar |"),
    ("between", "plain", "Gesprek tussen {n} en de schepen van jeugd."),
    ("groupchat-wrote", "plain", '{n} schreef in de groepschat: "wie heeft er nog een slaapzak?"'),
    ("samen-met", "plain", '"Samen met {n} hebben we de hele zomer gebouwd," vertelt een animator.'),
    ("ps", "plain", "P.S. {n} heeft de foto's nog."),
    ("contact", "plain", "Contactpersoon: {n} (via het onthaal)"),
    ("fr-raconte", "plain", '"C\'était la première fois qu\'on m\'écoutait," raconte {n}.'),
    ("fr-guillemets", "plain", "« On a tout organisé nous-mêmes », explique {n}, animatrice."),
    ("en-said", "plain", '"Honestly, it felt like home," said {n}.'),
    ("en-dash-age", "plain", '"We just wanted a place to chill." - {n}, 15'),
    ("en-thanks", "plain", "Big thanks to {n} for the music!"),
    ("lc-chat", "lower", "{n}: ja maar wie betaalt dat dan"),
    ("lc-in-quote", "lower", '"haha {n} is altijd te laat, echt altijd"'),
    ("lc-moderator", "lower", "bericht van moderator {n} op 3 maart"),
    ("lc-ik-en", "lower", "ik en {n} hebben de affiches gemaakt"),
    ("lc-hey", "lower", "hey {n} alles goed? kom je morgen?"),
    ("caps-thanks", "upper", "DANK AAN {n} VOOR ALLES!"),
    ("caps-dash", "upper", '"WIJ WILLEN GEWOON EEN PLEK." – {n}'),
    ("wrap-zegt", "wrap", '"Het was de eerste keer dat iemand echt luisterde," zegt {n}.'),
    ("wrap-volgens", "wrap", "Volgens jeugdconsulent {n} is er nog geld voor een tweede jaar."),
]

# --------------------------------------------------------------------------------------
# Look-alikes: kind -> (items, frames with {x}).
LOOKALIKES: dict[str, tuple[list[str], list[str]]] = {
    "movement+place": (
        ["Chiro Wachtebeke", "KSA Zedelgem", "KLJ Arendonk", "Scouts Edegem", "FOS Nieuwpoort",
         "Chiro Poperinge", "KSA Bredene", "Scouts Herent", "KLJ Ravels", "Gidsen Kortenberg",
         "Chiro Sint-Lievens-Houtem", "Jeugdhuis Lommel", "Speelplein Zonhoven"],
        ["We gingen op kamp met {x}.", "De leiding van {x} hielp mee met opbouwen.",
         '"Bij {x} mag iedereen meedoen," zegt een leider.', "Foto: {x}",
         "Aanwezig: {x}, de gemeente en twee ouders.", "{x} zoekt nog leiding voor volgend jaar.",
         "Ik zit al zes jaar bij {x}."],
    ),
    "house-name": (
        ["De Korenbloem", "De Zandloper", "De Vuurtoren", "Het Ankertje", "De Schelp", "Den Uitkijk",
         "De Wilg", "Het Kompas", "De Knipoog", "De Spiegel", "Huize Zonnedauw", "'t Hoekske",
         "De Lindeboom"],
        ["We logeerden in {x} in de Ardennen.", "Het kamphuis {x} was eigenlijk te klein.",
         '"In {x} voel ik me thuis," vertelt een jongere.', "Adres: {x}, Bosweg 4, 5575 Gedinne",
         "Vorige zomer verbleven we in {x}.", "Foto: de keuken van {x}",
         "Jeugdhuis {x} opent om vier uur."],
    ),
    "national-body": (
        ["De Ambrassade", "Awel", "VDAB", "Kind en Gezin", "Opgroeien", "Vlaamse Jeugdraad",
         "Kinderrechtencommissariaat", "Unicef België", "Rode Kruis Vlaanderen", "OCMW Gent",
         "CAW Oost-Vlaanderen", "Fedasil", "Tele-Onthaal"],
        ["{x} gaf ons een subsidie.", "Met steun van {x}.",
         '"We kregen hulp van {x}," zegt de coördinator.', "Een medewerker van {x} kwam langs.",
         "Ze verwees ons door naar {x}.", "In samenwerking met {x}"],
    ),
    "place": (
        ["Molenbeek", "Sint-Truiden", "Borgerhout", "Maasmechelen", "Genk", "Oostende", "Kortrijk",
         "Zelzate", "Ronse", "Tienen", "Anderlecht", "Lokeren", "Heusden-Zolder"],
        ["We wonen in {x}.", "De bus naar {x} was weer te laat.",
         '"In {x} is er niets voor jongeren," zegt een deelnemer.', "Sessie in {x}, zaal 2",
         "Ze verhuisde vorig jaar van {x} naar hier.", "Jongeren uit {x} deden ook mee."],
    ),
    "demonym-adjective": (
        ["Marokkaanse", "Turkse", "Poolse", "Congolese", "Antwerpse", "Gentse", "Limburgse",
         "Brusselse", "Syrische", "Afghaanse", "Eritrese", "Oekraïense", "Kempense"],
        ["Veel {x} jongeren komen hier na school.", "Een {x} moeder hielp met vertalen.",
         '"Wij {x} gasten voelen ons hier welkom," zegt een deelnemer.',
         "De {x} afdeling deed ook mee.", "Het werd een echte {x} avond met muziek.",
         "Op het {x} feest was iedereen."],
    ),
    "language": (
        ["Arabisch", "Turks", "Pools", "Tigrinya", "Dari", "Frans", "Roemeens", "Somalisch",
         "Lingala", "Tamazight", "Oekraïens", "Pasjtoe", "Engels"],
        ["Ze spreekt thuis {x}.", "De folder is ook in het {x} vertaald.",
         '"Ik vertaal voor mijn mama uit het {x}," zegt een meisje.', "Taal van de sessie: {x}",
         "Iemand die {x} spreekt hielp ons verder.", "Er is een les {x} voor beginners."],
    ),
    "app-game": (
        ["WhatsApp", "TikTok", "Snapchat", "Instagram", "Discord", "Minecraft", "Fortnite",
         "Roblox", "Spotify", "Netflix", "Twitch", "YouTube", "FIFA"],
        ["We spraken af via {x}.", "Hij zit de hele avond op {x}.",
         '"{x} is echt mijn ding," zegt een jongen.', "Ik speel {x} met mijn neef.",
         "Stuur het even op {x}!", "Bron: {x}"],
    ),
    "shop-brand": (
        ["Colruyt", "Delhaize", "Decathlon", "Lidl", "Aldi", "Action", "Zeeman", "Bol.com",
         "Coolblue", "Kinepolis", "Quick", "Carrefour", "Brico"],
        ["De soep kwam van {x}.", "We kochten de tenten bij {x}.", "Sponsor: {x}",
         '"Ik werk op zaterdag bij {x}," zegt een jongere.', "Een bon van {x} voor de winnaar.",
         "Met dank aan {x} voor de drank."],
    ),
    "event": (
        ["Rock Werchter", "Pukkelpop", "Dag van de Jeugdbeweging", "Gentse Feesten",
         "Week van de Vrijwilliger", "Paleizenfeest", "Kampvuurfestival Sterrenwacht",
         "Speelpleinfeest Zonnetij", "Graffitijam Kanaalkant", "Sinksenfoor",
         "Carnaval Aalst", "Lichtjesstoet Zuidkwartier", "Krokusbal"],
        ["We gingen samen naar {x}.", "Na {x} was iedereen doodmoe.",
         '"{x} was het hoogtepunt van het jaar," vertelt een jongere.',
         "Tijdens {x} stonden we met een stand.", "Affiche: {x} – inkom gratis",
         "Volgend jaar doen we weer mee aan {x}."],
    ),
    "x-and-y": (
        ["Zee & Zand", "Pit & Pluim", "Hout & Hamer", "Klank & Kleur", "Stap & Sprong",
         "Brood & Buren", "Lef & Lijm", "Touw & Tent", "Mond & Mening", "Kiem & Kracht",
         "Verf & Vriendschap", "Bal & Buurt", "Draad & Deur"],
        ["{x} organiseert elke woensdag een atelier.", "Samen met {x} bouwden we een podium.",
         '"Bij {x} leer je veel," zegt een deelnemer.', "Partner: {x}",
         "Een vrijwilliger van {x} hielp mee.", "Het project van {x} loopt nog een jaar."],
    ),
    "acronym": (
        ["CLB", "OKAN", "CAW", "JAC", "BSO", "KAJ", "TADA", "JOKA", "BRIK", "SPIT", "ZIJP", "VGC",
         "JOC"],
        ["Het {x} stuurde een brief naar de ouders.", "Via {x} kwamen we hier terecht.",
         '"Het {x} heeft ons echt geholpen," zegt een ouder.', "Met dank aan {x}",
         "Een begeleider van {x} was er ook bij.", "Contact: {x}, onthaal"],
    ),
}

SET = "A18"


if __name__ == "__main__":
    sys.exit(harness.main(SET, FRAMES, NAMES, LOOKALIKES, PARTICLES))
