#!/usr/bin/env python3
"""A19 -- blind attack set for perskamer's anonymiser (session 19, s19-blind).

Runs bare lines through ``anonymise_text`` and counts
  * names:       sentence frames x invented names of many origins; a pair LEAKS when any
                 name part (particles excepted) survives in the output as a whole word,
                 case-insensitive;
  * look-alikes: kinds of non-person items (streets, clubs, titles, feasts, schools, ...),
                 each only in frames where that kind naturally stands; a pair is MASKED
                 when the item does not survive intact (exact, whole word).

Written blind on 2026-12-07 (00:55-01:10 UTC): without reading the anonymiser, the readers,
the tests or any gold set. The counting code is copied from A18's harness; every frame,
name and look-alike is new and differs from A18's. Every person name, local organisation
and phrase is invented; places, streets, parks, clubs, feasts, titles, apps, games, brands
and public bodies are real (that is the point of keeping them). CC0 1.0.
Before freezing, two look-alike frames of the form "Adres: {x} <number>, ..." were replaced
(a street with a house number is a contact, and masking it is right); the first run with
them masked 103/780.

Run from a perskamer tree:
    cd TREE && PERSKAMER_NATIVE=0 .venv/bin/python /work/notes/s19/blind/attack/atk19.py [--show] [--json OUT]
``--show`` prints the leak/masked lines (for the lead only; never publish them).
"""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.join(os.getcwd(), "bench", "attack"))
import harness  # noqa: E402

os.environ.setdefault("PERSKAMER_NATIVE", "0")

SET = "A19"

# --------------------------------------------------------------------------------------
# Names: (origin, shape, name as written). Shapes: first / full / particle / hyphen /
# short / word (a name that is also a Dutch, French or English word).
NAMES: list[tuple[str, str, str]] = [
    ("Flemish", "full", "Wannes Verhaegen"),
    ("Flemish", "first", "Fien"),
    ("Flemish", "particle", "Lowie Van de Velde"),
    ("Flemish", "word", "Lente Goossens"),
    ("Flemish", "hyphen", "Marie-Lou Cuypers"),
    ("Flemish", "word", "Lief"),
    ("Dutch", "word", "Sterre de Wit"),
    ("Dutch", "first", "Jesse"),
    ("Dutch", "full", "Thijs Kuipers"),
    ("Dutch", "particle", "Isa ter Horst"),
    ("Dutch", "word", "Mees"),
    ("Walloon/French", "full", "Aurélien Collignon"),
    ("Walloon/French", "first", "Manon"),
    ("Walloon/French", "hyphen", "Anne-Sophie Lambotte"),
    ("Walloon/French", "particle", "Hugo du Bois"),
    ("Moroccan/Amazigh", "full", "Anouar Ouahabi"),
    ("Moroccan/Amazigh", "first", "Siham"),
    ("Moroccan/Amazigh", "particle", "Nassim Ait Lahcen"),
    ("Moroccan/Amazigh", "short", "Ali"),
    ("Turkish", "full", "Berk Öztürk"),
    ("Turkish", "first", "Ecrin"),
    ("Turkish", "short", "Ece"),
    ("Turkish", "full", "Kerem Aydın"),
    ("Czech/Slovak", "full", "Tomáš Horváth"),
    ("Czech/Slovak", "first", "Kristýna"),
    ("Czech/Slovak", "full", "Lucie Nováková"),
    ("Hungarian", "full", "Bence Szabó"),
    ("Hungarian", "first", "Réka"),
    ("Hungarian", "full", "Zsófia Farkas"),
    ("Greek", "full", "Nikos Papadakis"),
    ("Greek", "first", "Eleni"),
    ("Greek", "full", "Dimitra Karagianni"),
    ("Lusophone", "particle", "Rafael dos Santos"),
    ("Lusophone", "first", "Thiago"),
    ("Lusophone", "full", "Larissa Moreira"),
    ("Latin American", "particle", "Camila de la Rosa"),
    ("Latin American", "first", "Santiago"),
    ("Latin American", "full", "Valentina Quispe"),
    ("Ghanaian", "full", "Kwame Asante"),
    ("Ghanaian", "first", "Akosua"),
    ("Ghanaian", "word", "Blessing Owusu"),
    ("Nigerian", "full", "Chinonso Okafor"),
    ("Nigerian", "first", "Tobi"),
    ("Nigerian", "word", "Precious Adeyemi"),
    ("Nigerian", "short", "Ada"),
    ("Cameroonian", "full", "Ornella Mbarga"),
    ("Cameroonian", "first", "Brice"),
    ("Rwandan/Burundian", "full", "Aimable Nshimiyimana"),
    ("Rwandan/Burundian", "first", "Keza"),
    ("Rwandan/Burundian", "word", "Fidèle Habimana"),
    ("Ethiopian", "full", "Bethlehem Alemu"),
    ("Ethiopian", "first", "Dawit"),
    ("Ethiopian", "full", "Hanna Tadesse"),
    ("Iraqi", "hyphen", "Mustafa Al-Jubouri"),
    ("Iraqi", "first", "Rusul"),
    ("Iraqi", "particle", "Hussein bin Saleh"),
    ("Iranian", "full", "Arash Tehrani"),
    ("Iranian", "first", "Shirin"),
    ("Iranian", "full", "Niloufar Karimi"),
    ("Pakistani", "full", "Hamza Qureshi"),
    ("Pakistani", "first", "Ayesha"),
    ("Pakistani", "full", "Bilal Chaudhry"),
    ("Nepali/Bangladeshi", "full", "Sujan Thapa"),
    ("Nepali/Bangladeshi", "first", "Nabin"),
    ("Nepali/Bangladeshi", "full", "Tasnim Rahman"),
    ("Chinese", "short", "Wang Fang"),
    ("Chinese", "short", "Chen"),
    ("Chinese", "short", "Liu Yang"),
    ("Korean", "hyphen", "Kim Do-hyun"),
    ("Korean", "hyphen", "Seo-yeon"),
    ("Korean", "hyphen", "Park Ji-hoon"),
    ("Japanese", "full", "Haruto Sato"),
    ("Japanese", "short", "Yui"),
    ("Japanese", "full", "Aiko Tanaka"),
    ("Thai/Indonesian", "short", "Nok"),
    ("Thai/Indonesian", "full", "Putri Wulandari"),
    ("Thai/Indonesian", "first", "Anong"),
    ("Bosnian/Serbian", "full", "Amela Hodžić"),
    ("Bosnian/Serbian", "first", "Edin"),
    ("Bosnian/Serbian", "full", "Sanja Petrović"),
    ("Caucasus", "full", "Nino Beridze"),
    ("Caucasus", "first", "Levan"),
    ("Caucasus", "full", "Ani Hakobyan"),
    ("Caucasus", "full", "Madina Tsurgova"),
    ("Nordic/German", "full", "Lasse Nyberg"),
    ("Nordic/German", "word", "Linde"),
    ("Nordic/German", "full", "Jonas Brenner"),
    ("Nordic/German", "first", "Greta"),
    ("English", "word", "Hope Whitfield"),
    ("English", "first", "Callum"),
    ("English", "word", "Sky Peeters"),
]

PARTICLES = {"van", "de", "der", "den", "von", "el", "al", "ben", "bin", "da", "di", "dos", "do",
             "du", "le", "la", "ter", "ten", "t", "o", "dela", "del", "y", "ait"}

# --------------------------------------------------------------------------------------
# Name frames: (id, mode, text). {n} = the name. Modes: plain; lower (name lower-cased);
# upper (whole line upper-cased); wrap (the line breaks inside or just before the name);
# reverse ("Surname, First" as exported attendance lists write it); admin ("SURNAME First",
# the Belgian administrative order).
FRAMES: list[tuple[str, str, str]] = [
    ("aldus", "plain", '"We hadden geen lokaal meer, dus bouwden we er zelf een," aldus {n}.'),
    ("vindt-dat", "plain", "{n} vindt dat de stad te weinig luistert naar tieners."),
    ("neemt-woord", "plain", "Daarna neemt {n} het woord over de fuifzaal."),
    ("reactie-zaal", "plain", "Reactie uit de zaal ({n}): waarom pas om tien uur open?"),
    ("actiepunt", "plain", "Actiepunt: {n} vraagt een offerte voor de container."),
    ("verslag", "plain", "Verslag: {n}"),
    ("tekst-beeld", "plain", "Tekst en beeld: {n}"),
    ("illustratie-c", "plain", "Illustratie © {n}, 2026"),
    ("rooster", "plain", "Zaterdag 14u-18u: {n} (bar) en iemand van de buurt (kassa)"),
    ("quiz-winnaar", "plain", "Winnaar van de quiz: {n}! Proficiat!"),
    ("verjaardag", "plain", "Gelukkige verjaardag, {n}! 🎂"),
    ("proficiat", "plain", "Proficiat {n} met je diploma, we zijn trots!"),
    ("in-memoriam", "plain", "In memoriam {n} (2007-2025), die elke dinsdag de deur opende."),
    ("schepen", "plain", "Schepen {n} opende de sessie met een korte toespraak."),
    ("mevrouw", "plain", "Mevrouw {n} van het wijkbureau beloofde een antwoord."),
    ("meneer", "plain", "Meneer {n} is onze nieuwe buurman en hij klaagt nooit."),
    ("pronouns", "plain", "{n} (hen/die) leidt de workshop over zines."),
    ("dash-age-town", "plain", "{n} – 17 jaar – Hasselt"),
    ("mama-van-label", "plain", 'Mama van {n}: "Mijn dochter komt hier graag."'),
    ("cc-line", "plain", "cc: {n}, de coördinator en het secretariaat"),
    ("mail-header", "plain", "Van: {n}\nVerzonden: dinsdag 4 maart 2026 09:12\nOnderwerp: zaal vrijdag"),
    ("meeting-left", "plain", "{n} heeft de vergadering verlaten."),
    ("wa-added", "plain", "\u200e{n} is toegevoegd aan de groep"),
    ("mention", "plain", "@{n} kan jij de sleutel halen?"),
    ("reactie-emoji", "plain", "Reactie van {n}: 👍"),
    ("ondertekend", "plain", "Ondertekend,\n\n{n}\nVoorzitter jeugdraad"),
    ("op-vraag-van", "plain", "Op vraag van {n} kwam er een stille ruimte bij."),
    ("paren-role", "plain", "De voorzitter ({n}) sloot af met een quiz."),
    ("wie-antwoord", "plain", "Wie deed de muziek? {n}, natuurlijk."),
    ("merci-emoji", "plain", "Dikke merci {n} 🙏🙏"),
    ("gebeld-met", "plain", "Ik heb gisteren met {n} gebeld over het kamp."),
    ("haar-broer", "plain", "Haar broer {n} speelt ook in de band."),
    ("beste-vriend", "plain", "Mijn beste vriend {n} heeft me meegenomen naar hier."),
    ("naam-gewijzigd", "plain", "{n} (naam gewijzigd) woont sinds twee jaar in Brussel."),
    ("poll", "plain", "Stemmen: {n} (4), iemand anders (2), blanco (1)"),
    ("tab-row", "plain", "{n}\tvrijwilliger\t2022"),
    ("csv-row", "plain", '"{n}";"animator";"ja"'),
    ("fr-merci", "plain", "Merci à {n} pour l'accueil et le café."),
    ("fr-selon", "plain", "Selon {n}, animateur, « les jeunes ont besoin d'espace »."),
    ("en-photo-by", "plain", "Photo by {n} on the last day of camp"),
    ("en-told", "plain", "{n} told us the bus never comes after nine."),
    ("en-shoutout", "plain", "Shout-out to {n} for fixing the sound!"),
    ("de-sagt", "plain", '"Wir kommen jedes Jahr wieder," sagt {n}.'),
    ("lc-zei", "lower", "{n} zei da we moesten wachten op de bus"),
    ("lc-met-naar", "lower", "morgen met {n} naar de stad, wie gaat er mee"),
    ("lc-lol", "lower", "lol {n} viel weer van zijn skateboard"),
    ("lc-vraag-van", "lower", "vraag van {n}: mag mijn zus ook komen?"),
    ("caps-spreker", "upper", "SPREKER: {n}"),
    ("caps-zegt", "upper", "{n} ZEGT: WE WILLEN EEN SKATEPARK"),
    ("reverse-list", "reverse", "Aanwezigen: {n}; Jeugddienst; twee ouders"),
    ("admin-order", "admin", "Deelnemer: {n}, geboren 2009, Leuven"),
    ("wrap-dank", "wrap", "Een speciaal woord van dank gaat naar {n} voor de affiches."),
    ("wrap-caption", "wrap", "Op de foto zie je {n} tijdens de slotavond."),
]

# --------------------------------------------------------------------------------------
# Look-alikes: kind -> (items, frames with {x}).
LOOKALIKES: dict[str, tuple[list[str], list[str]]] = {
    "street-square": (
        ["Vrijdagmarkt", "Kouter", "Groenplaats", "Sint-Pietersplein", "Ladeuzeplein",
         "Grote Markt", "Kapucijnenvoer", "Turnhoutsebaan", "Stationsstraat", "Minderbroedersstraat",
         "Zuidstraat", "Bruul", "Overpoortstraat"],
        ["We verzamelen om tien uur op de {x}.", "De nieuwe fuifzaal ligt in de {x}, naast de bakker.",
         '"Op de {x} is er nooit plek voor ons," zegt een jongere.',
         "De optocht vertrok aan de {x}.", "Locatie: {x} (achter het stadhuis)",
         "Het jeugdhuis verhuist naar de {x}."],
    ),
    "named-after-person": (
        ["Koning Boudewijnstichting", "Hendrik Conscienceplein", "Frans Masereelcentrum",
         "Ernest Claesstraat", "Sint-Jozefscollege", "Koningin Fabiolapark", "Jan Frans Willemsfonds",
         "Stijn Streuvelsstraat", "Pieter Breugelschool", "Lieven Gevaertstraat",
         "Prins Albertlaan", "Dr. Van de Perrestraat", "Paul Janssenlaan"],
        ["De subsidie kwam via de {x}.", "We hadden een zaal aan de {x}.",
         '"Sinds de {x} meedoet, is alles makkelijker," zegt de coördinator.',
         "Bus 12 stopt vlak bij de {x}.", "Een medewerker van de {x} kwam kijken.",
         "Partner: {x}"],
    ),
    "title-series-comic": (
        ["Wtfock", "Thuis", "Squid Game", "De Luizenmoeder", "Kiekeboe", "Suske en Wiske",
         "Jommeke", "Nero", "Harry Potter", "Stranger Things", "Peppa Pig", "De Kotmadam",
         "Bluey"],
        ["We keken samen naar {x}.", "Het thema van de fuif was {x}.",
         '"Ik ben echt fan van {x}," zegt een meisje van twaalf.',
         "Iedereen kwam verkleed als een personage uit {x}.",
         "Filmavond: {x} (met popcorn)", "De jongsten lazen een boek van {x}."],
    ),
    "sports-club": (
        ["KAA Gent", "Club Brugge", "RSC Anderlecht", "Racing Genk", "KV Mechelen", "STVV",
         "Standard", "Union Sint-Gillis", "Cercle Brugge", "Beerschot", "Zulte Waregem",
         "Belgian Cats", "Rode Duivels"],
        ["Hij speelt bij de jeugd van {x}.", "We gingen met de groep naar een match van {x}.",
         '"Ik supporter al heel mijn leven voor {x}," zegt een jongen.',
         "Sponsor van de dag: {x}", "De trainer van {x} gaf een workshop.",
         "Na de zege van {x} was het feest in de straat."],
    ),
    "feast-day": (
        ["Sinterklaas", "Sint-Maarten", "Ramadan", "Suikerfeest", "Offerfeest", "Pasen",
         "Kerstmis", "Diwali", "Chanoeka", "Allerheiligen", "Nowruz", "Holi", "Pinksteren"],
        ["Rond {x} is het jeugdhuis dicht.", "We vierden samen {x} met eten van thuis.",
         '"Met {x} komt heel mijn familie samen," vertelt een jongere.',
         "Na {x} starten we met een nieuwe groep.", "Thema van de maand: {x}",
         "Tijdens {x} kwamen er minder jongeren."],
    ),
    "school": (
        ["GO! Atheneum Brugge", "Sint-Lodewijkscollege", "Sint-Ursula-Instituut",
         "Koninklijk Atheneum Deurne", "Sint-Barbaracollege", "Don Bosco Halle",
         "Sint-Jan Berchmanscollege", "Heilig-Hartinstituut", "Campus Sint-Ignatius",
         "Lyceum Aalst", "Sint-Victorinstituut", "KTA Zottegem", "Maria-Boodschaplyceum"],
        ["Ze zit in het vierde jaar op het {x}.", "De leerlingen van het {x} deden mee.",
         '"Op het {x} mocht ik nooit zeggen wat ik dacht," zegt een jongere.',
         "Sessie in de turnzaal van het {x}.", "Een leerkracht van het {x} kwam mee.",
         "Met dank aan het {x} voor de lokalen."],
    ),
    "programme-pass": (
        ["UiTPAS", "Erasmus+", "European Solidarity Corps", "Vrijetijdspas", "Paspartoe",
         "Fuifpas", "Jeugdwerkwerkt", "Buurtsport", "Sportkampen", "Tienerwerking",
         "Zomerschool", "Brede School", "Speelpleinwerking"],
        ["Met de {x} betaal je maar een kwart.", "Het project liep via {x}.",
         '"Dankzij {x} kon ik mee op uitwisseling," zegt een deelnemer.',
         "Financiering: {x}", "Vraag uitleg over {x} aan het onthaal.",
         "Dit jaar deden we voor het eerst mee aan {x}."],
    ),
    "nature-park": (
        ["Schelde", "Leie", "Maas", "Zwin", "Hoge Venen", "Kalmthoutse Heide", "Citadelpark",
         "Park Spoor Noord", "Ter Kamerenbos", "Blaarmeersen", "Zilvermeer", "Bokrijk",
         "Hallerbos"],
        ["We wandelden een hele dag langs de {x}.", "Het kamp stond vlak bij de {x}.",
         '"Aan de {x} kan ik echt tot rust komen," zegt een jongere.',
         "Uitstap: {x} (met de trein)", "Op de foto: de groep aan de {x}.",
         "Volgende week trekken we naar de {x}."],
    ),
    "toy-game-device": (
        ["PlayStation", "Nintendo Switch", "iPad", "Chromebook", "Lego", "Playmobil", "Kapla",
         "Uno", "Monopoly", "Kubb", "Weerwolven van Wakkerdam", "Jungle Speed", "GoPro"],
        ["Op woensdag spelen we {x} met de jongsten.", "We kochten een {x} voor de werking.",
         '"Met {x} kan ik uren bezig zijn," zegt een jongen.', "Materiaal: {x}, stiften, touw",
         "De {x} is weer kapot.", "Wie heeft de {x} nog?"],
    ),
    "local-org": (
        ["Ratjetoe", "Touwladder", "Kameleon", "Tandem", "Kriebel", "Kwartier Oost",
         "Buurtwerk Ruisbroek", "Speelbus Wirwar", "Huiswerkklas De Pennenzak", "Tienerhuis Bolder",
         "Atelier Vlam", "Jeugdhuis Pikdonker", "Meisjeswerking Zonnig"],
        ["{x} vzw organiseert de zomerwerking.", "We werkten samen met {x}.",
         '"Bij {x} mag je gewoon jezelf zijn," zegt een meisje.',
         "Contact via {x}, onthaal.", "De begeleiders van {x} bleven tot het einde.",
         "Een project van {x} in samenwerking met de stad."],
    ),
}


if __name__ == "__main__":
    sys.exit(harness.main(SET, FRAMES, NAMES, LOOKALIKES, PARTICLES))
