"""Session 25 (s25-naming, issue 11, severity 1): the subject of a naming verb decides whether what
follows is a person's name or a thing's. A FROZEN batch.

The class the lead found at the start (7a24ce2): "De burgemeester heet <Voornaam> <Achternaam>."
and "De winnaar heet ..." were published unchanged, while "De trainer heet ..." was masked -- a head
noun that is an ordinary Dutch word but on no human/role list was read as a THING and what followed
was protected as the thing's name. The protective default under test: a thing's name only on
positive evidence that the subject is a thing (a thing, organisation, place, event or animal noun,
or a compound whose head is one; the pronouns "het"/"dat"/"dit"); otherwise the kind is unknown and
the ordinary rules decide, so a person-shaped name is masked.

Pets: the batch expects a pet's name to stay ("de hond heet <naam>"): an animal is a thing for this
rule, its name is not a person's (the owner, when named, still goes: "de hond van <naam>").

Written by s25-naming on 7 December 2026, 19:05-19:09 UTC (by `date`), BEFORE reading the rules of
``plugins/anonymise/naming.py`` beyond its module docstring and first constants (enough to confirm
the cause). Every name is invented for this file or put together for the frame from many origins
(Flemish, Moroccan, Turkish, Congolese, Polish, Ukrainian, Syrian, Eritrean, Ethiopian, Somali,
Tibetan, Japanese, Chinese, Indian, Ghanaian, Senegalese, Romanian, Albanian, Spanish, Italian,
Afghan); the look-alikes are apps, games, projects, houses, rooms, boats, teams, bands, pets,
festivals, tents, campaigns, titles and storms, several named with a first name.

``PERSON``: ``(path, text, name parts that must go)``; ``KEEP``: ``(path, text, items that must
stay)``. ``path`` is ``"section"`` (the text is a report's quotes section) or ``"summary"`` (the
text is ``summary || quotes section``). ``BUILD_PERSON`` / ``BUILD_KEEP``: the indices also built
as a one-report workspace (html, json, digest; every published file read).
``PYTHONPATH=tests python tests/anonymise_s25_naming_cases.py [--show] [--no-build]``.
"""

from __future__ import annotations

from anonymise_s24_privacy_cases import build_items_lost, items_lost, names_left, run_build, run_path, run_text_path

PERSON: list[tuple[str, str, list[str]]] = [
    # (R) roles and functions no list may hold: office, municipality, care, school, work -- 0..29
    ("section", "“De burgemeester heet Liesbet Vandaele.”", ["Liesbet", "Vandaele"]),
    ("section", "“De schepen van jeugd heet Pieter-Jan Demeulenaere.”", ["Pieter-Jan", "Demeulenaere"]),
    ("section", "“De jeugdconsulent heet Grace Mbuyi.”", ["Grace", "Mbuyi"]),
    ("section", "“De consulent heet Femke.”", ["Femke"]),
    ("section", "“Onze nieuwe animatrice heet Oksana Kovalenko.”", ["Oksana", "Kovalenko"]),
    ("section", "“De hulpverlener heet Rami Haddad.”", ["Rami", "Haddad"]),
    ("section", "“De stagiair heet Mathis Vanlede.”", ["Mathis", "Vanlede"]),
    ("section", "“De stagiaire heet Noor Belkacem.”", ["Noor", "Belkacem"]),
    ("section", "“De fotografe heet Kasia Nowicka.”", ["Kasia", "Nowicka"]),
    ("section", "“De tekenaar heet Jasper Huyghebaert.”", ["Jasper", "Huyghebaert"]),
    ("section", "“De buschauffeur heet Farid Sadeqi.”", ["Farid", "Sadeqi"]),
    ("section", "“De conciërge heet Marcel Dewaele.”", ["Marcel", "Dewaele"]),
    ("section", "“De directrice heet Hilde Vanbesien.”", ["Hilde", "Vanbesien"]),
    ("section", "“De schooldirecteur heet Bart Goetgebuer.”", ["Bart", "Goetgebuer"]),
    ("section", "“De kok heet Kwame Boateng.”", ["Kwame", "Boateng"]),
    ("section", "“De nachtwaker heet Emre Doğan.”", ["Emre", "Doğan"]),
    ("section", "“De gedeputeerde heet Ann Verhelle.”", ["Ann", "Verhelle"]),
    ("section", "“De wijkagent heet Youssef El Idrissi.”", ["Youssef", "Idrissi"]),
    ("section", "“De huisarts heet Wei Zhang.”", ["Wei", "Zhang"]),
    ("section", "“De logopediste heet Inès Lambotte.”", ["Inès", "Lambotte"]),
    ("section", "“De imam heet Hamza Benali.”", ["Hamza", "Benali"]),
    ("section", "“De pastoor heet Jozef Vanneuville.”", ["Jozef", "Vanneuville"]),
    ("section", "“De presentatrice heet Nadia Boukhari.”", ["Nadia", "Boukhari"]),
    ("section", "“De kinesist heet Olivier Desloovere.”", ["Olivier", "Desloovere"]),
    ("section", "“De jobstudent heet Aiko Morishita.”", ["Aiko", "Morishita"]),
    ("section", "“De organisator heet Bieke Vanlerberghe.”", ["Bieke", "Vanlerberghe"]),
    ("section", "“De coördinatrice heet Marieke Callebert.”", ["Marieke", "Callebert"]),
    ("section", "“De gids heet Tashi Norbu.”", ["Tashi", "Norbu"]),
    ("section", "“De kassierster heet Magda Pyncket.”", ["Magda", "Pyncket"]),
    ("section", "“De tolk heet Mariam Sultani.”", ["Mariam", "Sultani"]),
    # (W) winners, newcomers, performers, agent nouns by derivation -- 30..47
    ("section", "“De winnaar heet Ilias Amrani.”", ["Ilias", "Amrani"]),
    ("section", "“De winnares heet Elif Karakurt.”", ["Elif", "Karakurt"]),
    ("section", "“De kampioen heet Tenzin Lhamo.”", ["Tenzin", "Lhamo"]),
    ("section", "“De laureaat heette Arben Dervishaj.”", ["Arben", "Dervishaj"]),
    ("section", "“De finalist heet Jonah Vermassen.”", ["Jonah", "Vermassen"]),
    ("section", "“De verliezer heet Thomas Verhaeghen.”", ["Thomas", "Verhaeghen"]),
    ("section", "“De winnaar van de quiz heet Ayoub Lahlou.”", ["Ayoub", "Lahlou"]),
    ("section", "“De winnares van het kampvuurlied heet Fatou Ndiaye.”", ["Fatou", "Ndiaye"]),
    ("section", "“De nieuwkomer heet Selam Tesfaye.”", ["Selam", "Tesfaye"]),
    ("section", "“De vuurspuwer heet Lucía Ortega.”", ["Lucía", "Ortega"]),
    ("section", "“De koordanseres heet Chiara Rinaldi.”", ["Chiara", "Rinaldi"]),
    ("section", "“De ballonplooier heet Kobe Vandewoestyne.”", ["Kobe", "Vandewoestyne"]),
    ("section", "“De vlotbouwer heet Dawit Haile.”", ["Dawit", "Haile"]),
    ("section", "“De kampverpleger heet Diego Fernández.”", ["Diego", "Fernández"]),
    ("section", "“De verslaggever heet Jorien Bogaerts.”", ["Jorien", "Bogaerts"]),
    ("section", "“De spreker heette Halima Bakkali.”", ["Halima", "Bakkali"]),
    ("section", "“De goochelaar noemt zich Amadou Diallo.”", ["Amadou", "Diallo"]),
    ("section", "“De nieuwe leerkracht heet Sander Dewitte.”", ["Sander", "Dewitte"]),
    # (F) family, relations, neighbours -- 48..55
    ("section", "“Mijn schoonzus heet Priya Venkatesan.”", ["Priya", "Venkatesan"]),
    ("section", "“Haar stiefvader heet Dirk Lambrechts.”", ["Dirk", "Lambrechts"]),
    ("section", "“Mijn meter heet Godelieve.”", ["Godelieve"]),
    ("section", "“Mijn petekind heet Mila Vanhoutte.”", ["Mila", "Vanhoutte"]),
    ("section", "“Onze achterbuurman heet Stanislas Wautier.”", ["Stanislas", "Wautier"]),
    ("section", "“Mijn lief heet Thibault.”", ["Thibault"]),
    ("section", "“Haar ex heet Senne De Clercq.”", ["Senne", "Clercq"]),
    ("section", "“Mijn kamergenote heet Zeynep Tekin.”", ["Zeynep", "Tekin"]),
    # (D) people described: adjective + noun, nominalised adjectives, neuter person nouns -- 56..64
    ("section", "“De nieuwe heet Hodan Abdirahman.”", ["Hodan", "Abdirahman"]),
    ("section", "“De jongste heet Yara.”", ["Yara"]),
    ("section", "“Het nieuwe lid heet Bilal Ouali.”", ["Bilal", "Ouali"]),
    ("section", "“Het slachtoffer heette Andrei Munteanu.”", ["Andrei", "Munteanu"]),
    ("section", "“Het diensthoofd heet Wim Van Heckeghem.”", ["Wim", "Heckeghem"]),
    ("section", "“De vrouw van de bakker heet Rosa Gheysens.”", ["Rosa", "Gheysens"]),
    ("section", "“Die rare gast achteraan heet Kobe.”", ["Kobe"]),
    ("section", "“Een oude man uit de straat heette Gaston Vermeulen.”", ["Gaston", "Vermeulen"]),
    ("section", "“Het jongste kind heet Amal.”", ["Amal"]),
    # (N) other frames: inversion, noemen + object, genaamd, met de naam, alias, bijnaam -- 65..73
    ("section", "“Sinds januari heet de voorzitster Hanne Verstraeten.”", ["Hanne", "Verstraeten"]),
    ("section", "“Ze noemen de winnaar Ibrahim Sow.”", ["Ibrahim", "Sow"]),
    ("section", "“We noemen de nieuwe monitor gewoon Joppe.”", ["Joppe"]),
    ("section", "“Een begeleider met de naam Tarik Zeroual kwam ons halen.”", ["Tarik", "Zeroual"]),
    ("section", "“Er was ook een scheidsrechter genaamd Niels Brackeva.”", ["Niels", "Brackeva"]),
    ("section", "“De kampleider, alias Sven Beertens, leidde het spel.”", ["Sven", "Beertens"]),
    ("section", "“De bijnaam van de kapitein is Mo, maar hij heet Mohamed Cherkaoui.”", ["Mohamed", "Cherkaoui"]),
    ("section", "“De hond van Wendelien heet Fikkie.”", ["Wendelien"]),
    ("section", "“Onze vertrouwenspersoon heet Katrien Moens.”", ["Katrien", "Moens"]),
    # (S) a summary beside the quote -- 74..77
    ("summary", "De jeugdraad koos een nieuwe voorzitter. || “De nieuwe voorzitter heet Rania Bouzid.”",
     ["Rania", "Bouzid"]),
    ("summary", "De quiz was spannend tot het einde. || “De winnaar heet Luka Petrović, hij is pas veertien.”",
     ["Luka", "Petrović"]),
    ("summary", "Een avond over de gemeenteraad. || “De schepen heet Gerda Vanthournout.”",
     ["Gerda", "Vanthournout"]),
    ("summary", "Een sessie over armoede. || “De maatschappelijk werker heet Aster Gebremedhin.”",
     ["Aster", "Gebremedhin"]),
]

KEEP: list[tuple[str, str, list[str]]] = [
    # (T) things, projects, apps, games, titles -- 0..19
    ("section", "“Ons project heet Kiem.”", ["Kiem"]),
    ("section", "“De app heet Tukkerdoos.”", ["Tukkerdoos"]),
    ("section", "“Het spel heet Vossenjacht.”", ["Vossenjacht"]),
    ("section", "“Onze nieuwe game heet Mira.”", ["Mira"]),
    ("section", "“Het kampvuurlied heet Vuurvlieg.”", ["Vuurvlieg"]),
    ("section", "“Het toneelstuk heet Anna en de wolf.”", ["Anna"]),
    ("section", "“Het boek heet Sara en de zee.”", ["Sara"]),
    ("section", "“De podcast heet Koffiedik.”", ["Koffiedik"]),
    ("section", "“De workshop heet Stemvork.”", ["Stemvork"]),
    ("section", "“De campagne heet Ik Doe Mee.”", ["Ik Doe Mee"]),
    ("section", "“De actie heet Warme Winter.”", ["Warme Winter"]),
    ("section", "“De robot heet Robin.”", ["Robin"]),
    ("section", "“Onze chatbot heet Eva.”", ["Eva"]),
    ("section", "“De mascotte heet Bram.”", ["Bram"]),
    ("section", "“Het kunstwerk heet Stille Dora.”", ["Stille Dora"]),
    ("section", "“Het thema van het kamp heet Ruimtereis.”", ["Ruimtereis"]),
    ("section", "“De wandelroute heet Elfenpad.”", ["Elfenpad"]),
    ("section", "“De storm heette Ciara.”", ["Ciara"]),
    ("section", "“Onze oude camionette heet Germaine.”", ["Germaine"]),
    ("section", "“De fietskar heet Karel.”", ["Karel"]),
    # (P) places, houses, rooms, boats, tents, camps -- 20..37
    ("section", "“Het jeugdhuis heet De Waterjuffer.”", ["De Waterjuffer"]),
    ("section", "“De zaal heet Zaal Rozenhof.”", ["Zaal Rozenhof"]),
    ("section", "“Het lokaal noemen we de Bunker.”", ["Bunker"]),
    ("section", "“De boot heet Marieke.”", ["Marieke"]),
    ("section", "“Ons vlot heet Drijfhout.”", ["Drijfhout"]),
    ("section", "“Het schip heette Johanna Maria.”", ["Johanna Maria"]),
    ("section", "“De tent heet Jules.”", ["Jules"]),
    ("section", "“De grote tent heet De Walvis.”", ["De Walvis"]),
    ("section", "“De tweede tent heet Mathilde.”", ["Mathilde"]),
    ("section", "“Het kamp heet Kamp Kompas.”", ["Kamp Kompas"]),
    ("section", "“Het zomerkamp heet Wilde Weide.”", ["Wilde Weide"]),
    ("section", "“Het huis heet Villa Zonneweelde.”", ["Villa Zonneweelde"]),
    ("section", "“Ons chalet heet Berkenhof.”", ["Berkenhof"]),
    ("section", "“De kampplaats heet Het Wolvenhol.”", ["Het Wolvenhol"]),
    ("section", "“De nieuwe bar heet Het Tapgat.”", ["Het Tapgat"]),
    ("section", "“Ons dorp heette vroeger Oosthove.”", ["Oosthove"]),
    ("section", "“De beek heet Lindebeek.”", ["Lindebeek"]),
    ("section", "“Sinds vorig jaar heet het jeugdhuis De Veranda.”", ["De Veranda"]),
    # (G) teams, bands, groups, organisations, festivals -- 38..47
    ("section", "“Ons team heet de Bliksemschichten.”", ["Bliksemschichten"]),
    ("section", "“De ploeg heet FC Kruimel.”", ["FC Kruimel"]),
    ("section", "“Hun band heet Nachtvlinder.”", ["Nachtvlinder"]),
    ("section", "“De groep heet Los Zand.”", ["Los Zand"]),
    ("section", "“De vzw heet Speelkracht.”", ["Speelkracht"]),
    ("section", "“Onze organisatie heet Jong en Wild.”", ["Jong en Wild"]),
    ("section", "“De werkgroep heet Buitenspel.”", ["Buitenspel"]),
    ("section", "“Het festival heet Klankrijk.”", ["Klankrijk"]),
    ("section", "“De speelpleinwerking heet Tierlantijn.”", ["Tierlantijn"]),
    ("section", "“Het nieuwe gebouw heet De Kiem.”", ["De Kiem"]),
    # (A) pets and animals -- 48..53
    ("section", "“De hond heet Bobby.”", ["Bobby"]),
    ("section", "“Onze kat heet Mimi.”", ["Mimi"]),
    ("section", "“Het paard van de boer heet Bella.”", ["Bella"]),
    ("section", "“Het konijn heet Snuffel.”", ["Snuffel"]),
    ("section", "“Onze cavia heet Kaatje.”", ["Kaatje"]),
    ("section", "“De hond van Wendelien heet Fikkie.”", ["Fikkie"]),
    # (N) other frames: pronouns, noemen + object, met de naam, genaamd, bijnaam -- 54..63
    ("section", "“Dat heet Snelspel.”", ["Snelspel"]),
    ("section", "“Het heet Zandkasteel, dat spel.”", ["Zandkasteel"]),
    ("section", "“Dat spel noemen we Kiekeboe.”", ["Kiekeboe"]),
    ("section", "“We noemen het lokaal de Zolder.”", ["Zolder"]),
    ("section", "“Ze noemen het Babbelbank.”", ["Babbelbank"]),
    ("section", "“Een boot met de naam Zeemeeuw lag in de haven.”", ["Zeemeeuw"]),
    ("section", "“We gebruiken een app met de naam Buzzkamp.”", ["Buzzkamp"]),
    ("section", "“We dronken iets in een café genaamd De Wilde Eend.”", ["De Wilde Eend"]),
    ("section", "“De bijnaam van ons jeugdhuis is Het Hok.”", ["Het Hok"]),
    ("section", "“We noemen de bus de Gele Rakker.”", ["Gele Rakker"]),
    # (S) a summary beside the quote -- 64..66
    ("summary", "Het nieuwe jeugdhuis opende in mei. || “Het jeugdhuis heet Het Uilennest.”", ["Het Uilennest"]),
    ("summary", "We maakten een app voor de kampen. || “De app heet Lotje.”", ["Lotje"]),
    ("summary", "Een avond over het zomerkamp. || “De grote tent heet Gustaaf.”", ["Gustaaf"]),
]

#: Indices built as a one-report workspace too (every published file read).
BUILD_PERSON = (0, 3, 30, 31, 58, 66, 74, 75, 76)
BUILD_KEEP = (0, 1, 23, 26, 48, 65, 66)


def misses(build: bool = True) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for how in ("text", "report"):
        pick = run_text_path if how == "text" else run_path
        out[f"names {how}"] = [i for i, (p, t, ns) in enumerate(PERSON) if names_left(t, ns, pick(p))]
        out[f"keep {how}"] = [i for i, (p, t, ks) in enumerate(KEEP) if items_lost(t, ks, pick(p))]
    if build:
        out["names build"] = [i for i in BUILD_PERSON if names_left(PERSON[i][1], PERSON[i][2], run_build)]
        out["keep build"] = [i for i in BUILD_KEEP if build_items_lost(KEEP[i][1], KEEP[i][2])]
    return out


def score(show: bool = False, build: bool = True) -> None:
    m = misses(build)
    for how in ("text", "report", "build"):
        if f"names {how}" not in m:
            continue
        left, lost = m[f"names {how}"], m[f"keep {how}"]
        n_p = len(PERSON) if how != "build" else len(BUILD_PERSON)
        n_k = len(KEEP) if how != "build" else len(BUILD_KEEP)
        print(f"{how:6}: cases with a name left {len(left)}/{n_p} {left}; "
              f"look-alike cases losing an item {len(lost)}/{n_k} {lost}")
    if show:
        for how in ("text", "report"):
            pick = run_text_path if how == "text" else run_path
            for side, cases in (("names", PERSON), ("keep", KEEP)):
                for i in m[f"{side} {how}"]:
                    p, t, _ = cases[i]
                    print(f"{side[0].upper()} {how} {i}: {pick(p)(t)!r}")


if __name__ == "__main__":
    import sys

    score(show="--show" in sys.argv, build="--no-build" not in sys.argv)
