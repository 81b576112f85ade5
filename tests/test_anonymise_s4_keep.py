"""Session 4, the keep side and contacts in every shape (issue 11).

Written and frozen BEFORE any rule of session 4 was changed, by s4-anonkeep, without
looking at the bench sets or the fixtures: every organisation, place, brand, name,
address, number and handle here is invented for these tests (or a generic public name:
a municipality, an app), in sentences of our own.

Two halves:

* KEEP: organisations of many kinds (youth movements with a place, youth centres,
  houses and schools named "De <Woord>", imperative names like "Spring Op", acronyms,
  "X & Y" names, compounds with an organisation, legal-form tails, "Stad X",
  "Gemeente X", federations, festivals and events), places (municipalities,
  deelgemeenten, foreign cities, streets, districts), demonyms, brands and apps, and
  titles of works: each must survive ``anonymise_text``; where a sentence also names a
  person, that person must go.
* CONTACTS: e-mail addresses, phone numbers and handles in many shapes (obfuscated,
  full-width, with words, after platform words in any phrasing, Discord tags, profile
  links): none may survive, not even in part.
"""

from __future__ import annotations

import re

import pytest

from perskamer.plugins.anonymise.replace import anonymise_text

# --- KEEP: organisations -------------------------------------------------------------

KEEP = [
    # youth movement + place
    ("Bij Chiro Wezembeek kregen we eindelijk een nieuw lokaal.", ["Chiro Wezembeek"]),
    ("De leiding van KSA Oostduinkerke zat mee aan tafel.", ["KSA Oostduinkerke"]),
    ("Scouts Hulshout organiseerde een ruilbeurs voor uniformen.", ["Scouts Hulshout"]),
    ("Ik zit al vijf jaar bij KLJ Ramsel en ik blijf.", ["KLJ Ramsel"]),
    ("Sinds de fusie met Chirojeugd Vlaanderen is alles anders.", ["Chirojeugd Vlaanderen"]),
    ("We kampeerden samen met FOS De Zeezwaluw in de Ardennen.", ["FOS De Zeezwaluw", "Ardennen"]),
    # youth centres, speelpleinen, houses
    ("Jeugdhuis Zwartberg opent nu ook op zondag.", ["Jeugdhuis Zwartberg"]),
    ("Elke vrijdag staan we achter de toog van jeugdhuis Den Tap.", ["Den Tap"]),
    ("In JH Kameleon speelden drie bandjes.", ["JH Kameleon"]),
    ("Speelplein Kriebelbos zoekt nog animatoren voor juli.", ["Speelplein Kriebelbos"]),
    ("We repeteren elke week in De Kompaan, dat is ons huis.", ["De Kompaan"]),
    ("De kinderen van De Vlinderboom gingen mee op uitstap.", ["De Vlinderboom"]),
    ("Na school gaan ze naar De Sleutelbos om huiswerk te maken.", ["De Sleutelbos"]),
    ("Het project heet Spring Op en loopt in drie wijken.", ["Spring Op"]),
    ("We werken samen met Groei Mee voor de kleinsten.", ["Groei Mee"]),
    # acronyms and "X & Y"
    ("De JOC-werking en het CJP deden mee.", ["JOC-werking", "CJP"]),
    ("Stuur maar een DM naar de leiding, zei Yentl.", ["DM"]),
    ("Het verhaal van Zon & Zee begon met een vraag van ouders.", ["Zon & Zee"]),
    ("Vuur & Vlam hielp ons met de brandveiligheid.", ["Vuur & Vlam"]),
    # compounds with an organisation, legal forms
    ("Onze KLJ-voorzitter en de Chiro-leiding zaten samen.", ["KLJ-voorzitter", "Chiro-leiding"]),
    ("De fietsen komen van Kettingreactie vzw uit de buurt.", ["Kettingreactie vzw"]),
    ("Het busje huren we bij Verhuur Lindemans BV.", ["Verhuur Lindemans BV"]),
    ("De drukkerij Papiermolen cvba sponsort de affiches.", ["Papiermolen cvba"]),
    # authorities and federations
    ("Stad Menen gaf ons een subsidie voor het dak.", ["Stad Menen"]),
    ("De Gemeente Zoersel stelt een zaal ter beschikking.", ["Gemeente Zoersel"]),
    ("OCMW Tielt betaalt het kampgeld van vier kinderen.", ["OCMW Tielt"]),
    ("De Vlaamse Gymnastiekfederatie kwam een workshop geven.", ["Gymnastiekfederatie"]),
    # festivals and events
    ("Op het Lentebloesem-festival stonden we met een kraam.", ["Lentebloesem-festival"]),
    ("Tijdens de Gentse Feesten werkten zes vrijwilligers mee.", ["Gentse Feesten"]),
    ("Op de Dag van de Jeugdbeweging kwam iedereen in uniform.", ["Dag van de Jeugdbeweging"]),
    ("Voor de Warmste Week zamelden we geld in.", ["Warmste Week"]),
]

# --- KEEP: places, demonyms, brands, titles -------------------------------------------

KEEP_PLACES = [
    ("Ik woon in Wondelgem maar ik ga naar school in Merelbeke.", ["Wondelgem", "Merelbeke"]),
    ("Mijn oma woont nog altijd in Istanbul.", ["Istanbul"]),
    ("Hij verhuisde van Casablanca naar Borgerhout.", ["Casablanca", "Borgerhout"]),
    ("Haar familie komt uit Conakry.", ["Conakry"]),
    ("Het lokaal ligt in de Kapelstraat, vlak bij de Veldmolenlaan.", ["Kapelstraat", "Veldmolenlaan"]),
    ("We spreken af op het Sint-Annaplein.", ["Sint-Annaplein"]),
    ("Jongeren uit Gent-Zuid en Antwerpen-Noord schoven aan.", ["Gent-Zuid", "Antwerpen-Noord"]),
    ("De Kempense jongeren en de Limburgse leiding deden mee.", ["Kempense", "Limburgse"]),
    ("Mijn Marokkaanse buurvrouw en haar Turkse vriendin kookten.", ["Marokkaanse", "Turkse"]),
    ("Een Eritrese jongen en een Somalisch meisje speelden voetbal.", ["Eritrese", "Somalisch"]),
    ("We keken samen naar Netflix en speelden Minecraft tot middernacht.", ["Netflix", "Minecraft"]),
    ("De boodschappen doen we bij Colruyt, de tenten komen van Decathlon.", ["Colruyt", "Decathlon"]),
    ("Alles staat op Smartschool en de rest in Google Drive.", ["Smartschool", "Google Drive"]),
    ("Ze oefent elke dag op Duolingo en luistert naar Spotify.", ["Duolingo", "Spotify"]),
    ("We lazen samen het boek ‘Wolkenridder’ en keken naar de film “Stille Zomer”.",
     ["Wolkenridder", "Stille Zomer"]),
    ("In de serie *Achter de Duinen* speelt een jongen uit ons dorp mee.", ["Achter de Duinen"]),
]

# --- KEEP with a person in the same sentence: the person still goes -------------------

KEEP_AND_GO = [
    ("Chiro Wezembeek is mijn tweede thuis, zegt Warre Vanlommel.", ["Chiro Wezembeek"], ["Warre", "Vanlommel"]),
    ("Jeugdhuis Zwartberg, dat is het werk van Ilias Benali.", ["Jeugdhuis Zwartberg"], ["Ilias", "Benali"]),
    ("Stad Menen luisterde pas toen Noor De Clercq bleef bellen.", ["Stad Menen"], ["De Clercq"]),
    ("Samen met Lotte van KSA Oostduinkerke maakten we de planning.", ["KSA Oostduinkerke"], ["Lotte"]),
    ("In De Kompaan vertelde Mehmet Yildiz over zijn eerste kamp.", ["De Kompaan"], ["Mehmet", "Yildiz"]),
]

# --- a surname with "De" stays a person ---------------------------------------------

PERSONS_WITH_DE = [
    ("Gisteren belde Jana De Groote me nog op.", ["Groote"]),
    ("Toen zei Pieter De Backer dat het genoeg was.", ["Backer"]),
    ("Ik sprak met meneer De Wulf over het dak.", ["Wulf"]),
]


def _kept(text: str, words: list[str]) -> str:
    out = anonymise_text(text)
    for w in words:
        assert w in out, f"{w!r} lost: {out}"
    return out


@pytest.mark.parametrize(("text", "words"), KEEP)
def test_organisations_are_kept(text: str, words: list[str]) -> None:
    _kept(text, words)


#: A shop named after a family ("Colruyt"): no list (of brands, places, organisations)
#: holds it and nothing in the sentence tells it from a surname -- known limit.
# (session 10: a licensed list holds both shops now, keep_chains; the sentence is an ordinary case again)
_NO_EVIDENCE: set[str] = set()


@pytest.mark.parametrize(("text", "words"), [
    # (s4-recall's default-deny masks a proper noun no list knows in a quote: "komen van X"
    # is also where a person stands, "het idee kwam van X"; _NO_EVIDENCE above)
    pytest.param(t, w, marks=pytest.mark.xfail(strict=True, reason="a shop no list holds, after 'van'"))
    if t in _NO_EVIDENCE else (t, w) for t, w in KEEP_PLACES])
def test_places_demonyms_brands_and_titles_are_kept(text: str, words: list[str]) -> None:
    _kept(text, words)


@pytest.mark.parametrize(("text", "keep", "gone"), KEEP_AND_GO)
def test_the_person_beside_an_organisation_still_goes(text: str, keep: list[str], gone: list[str]) -> None:
    out = _kept(text, keep)
    for w in gone:
        assert w not in out, out


@pytest.mark.parametrize(("text", "gone"), PERSONS_WITH_DE)
def test_a_surname_with_de_is_no_house_name(text: str, gone: list[str]) -> None:
    out = anonymise_text(text)
    for w in gone:
        assert w not in out, out


# --- CONTACTS --------------------------------------------------------------------------

EMAILS = [
    ("Mail me: ruben.vaneycken(at)gmail.com", ["ruben", "vaneycken"]),
    ("Schrijf naar femke.wauters [at] telenet [dot] be voor info.", ["femke", "wauters"]),
    ("Mijn adres is kato.de.meyer at hotmail punt com, schrijf maar.", ["kato", "meyer"]),
    ("Het is yasmina.ouazzani apenstaartje outlook punt be.", ["yasmina", "ouazzani"]),
    ("Stuur naar tibo.lauwers＠skynet．be als het dringend is.", ["tibo", "lauwers"]),
    ("Contact: wannes punt callens at proximus punt be", ["wannes", "callens"]),
    ("Mail: jolien.verstraete AT gmail DOT com", ["jolien", "verstraete"]),
    ("adres = seppe_mortier (a) gmail . com", ["seppe", "mortier"]),
    ("Je kan ook mailen: elif.kaya @ hotmail . be", ["elif", "kaya"]),
    ("mail naar hanne{dot}maes{at}ugent{dot}be", ["hanne", "maes"]),
    ("Mijn mail is bo.ceulemans apestaartje gmail.com", ["ceulemans"]),
]

PHONES = [
    ("Bel me op 0478 12 34 56 als er iets is.", ["0478", "123456"]),
    ("Mijn nummer: +32 478 65 43 21.", ["654321"]),
    ("Whatsapp 0032 486 11 22 33 na vijf uur.", ["112233"]),
    ("Bel 0495.77.88.99 of stuur een sms.", ["778899"]),
    ("Tel: 0472/44 55 66", ["445566"]),
    ("Het nummer is 0468-12-98-76.", ["129876"]),
    ("Mijn gsm: ０４７５ ３３ ２２ １１", ["332211"]),
    ("Bel gerust (0470) 24 68 02 of mail.", ["246802"]),
    ("gsm 04 99 12 34 00 bellen na school", ["123400"]),
    ("Mijn nummer is nul vier zeven acht twaalf vierendertig zesenvijftig.", ["vierendertig", "zesenvijftig"]),
    ("bel me: nul vier negen drie, een twee, drie vier, vijf zes", ["negen drie, een twee"]),
    ("Mijn Nederlandse nummer is +31 6 1234 5678.", ["12345678"]),
]

HANDLES = [
    ("Zijn insta is lotte.vdb_03 maar ze post weinig.", ["lotte.vdb_03"]),
    ("Haar insta is mirtevandamme, volg haar gerust.", ["mirtevandamme"]),
    ("Volg haar op tiktok: dansendejoke", ["dansendejoke"]),
    ("Mijn snap = kobe_rulez", ["kobe_rulez"]),
    ("Add me op snap: zoe.vl", ["zoe.vl"]),
    ("Je vindt me als jonas_dc op insta.", ["jonas_dc"]),
    ("volg wardvanhecke op instagram voor de foto's", ["wardvanhecke"]),
    ("Zijn Discord is nachtvlinder#4821, stuur hem een bericht.", ["nachtvlinder"]),
    ("Op Discord heet ik pixelrob#0042.", ["pixelrob"]),
    ("Mijn TikTok: @amina.bk", ["amina.bk"]),
    ("Haar ig: noor_xo", ["noor_xo"]),
    ("Insta = selin.yilmaz.06", ["selin.yilmaz"]),
    ("Stuur een DM naar @ruben_vde op Instagram.", ["ruben_vde"]),
    ("Zijn profiel: instagram.com/thijs.maes.9", ["thijs.maes"]),
    ("Haar TikTok is tiktok.com/@fleurtje_b", ["fleurtje_b"]),
    ("mijn snapchat is arnoldje2008", ["arnoldje2008"]),
    ("Volg ons ook op YouTube: kanaal jeugdhuisdenuil, en ik ben er ook: sander_vlogt", ["sander_vlogt"]),
]


def _gone(text: str, parts: list[str]) -> str:
    out = anonymise_text(text)
    squashed = re.sub(r"[\W_]+", "", out.lower())
    for p in parts:
        assert p.lower() not in out.lower(), out
        core = re.sub(r"[\W_]+", "", p.lower())
        if core.isdigit():
            assert core not in squashed, out
    return out


@pytest.mark.parametrize(("text", "parts"), EMAILS)
def test_e_mail_addresses_in_every_shape_go(text: str, parts: list[str]) -> None:
    out = _gone(text, parts)
    assert "[e-mailadres]" in out, out


@pytest.mark.parametrize(("text", "parts"), PHONES)
def test_phone_numbers_in_every_shape_go(text: str, parts: list[str]) -> None:
    out = _gone(text, parts)
    assert "[telefoonnummer]" in out, out


@pytest.mark.parametrize(("text", "parts"), HANDLES)
def test_handles_in_every_phrasing_go(text: str, parts: list[str]) -> None:
    out = _gone(text, parts)
    assert "[account]" in out, out


# --- no false contacts -------------------------------------------------------------------

NOT_CONTACTS = [
    "Op 12 03 2024 om 14 uur begon het kamp.",
    "We waren met 120 kinderen en 34 begeleiders.",
    "Het budget was 1 250 euro voor 3 dagen.",
    "Mijn insta is echt saai, ik post bijna niets.",
    "Ze zat op tiktok en op insta tegelijk.",
    "De score was twee tegen een, daarna nul tegen drie.",
    "Hij at een pannenkoek en ging slapen.",
    "Hashtag #jeugdwerkwerkt stond overal.",
    "Kamer 2.04 en lokaal 3.12 zijn vrij.",
    "Kijk op www.jeugdwerk.be/agenda voor de data.",
]


@pytest.mark.parametrize("text", NOT_CONTACTS)
def test_ordinary_numbers_and_words_are_no_contact(text: str) -> None:
    out = anonymise_text(text)
    assert "[telefoonnummer]" not in out and "[e-mailadres]" not in out and "[account]" not in out, out


# --- KEEP, positively: each capitalised word of a kept name is recognised as no person's
# name (kept_words), so a rule that masks every proper noun it cannot place leaves it.
# (added after the freeze, over the same frozen cases)

_SMALL = frozenset({"de", "van", "het", "den", "der", "ter", "'t"})


def _recognised(text: str, words: list[str]) -> None:
    from perskamer.plugins.anonymise.detect import kept_words

    kept = kept_words(text)
    for w in words:
        at = text.index(w)
        for m in re.finditer(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*", w):
            word = m.group(0)
            if word[0].isupper() and word.lower() not in _SMALL:
                assert at + m.start() in kept, f"{word!r} of {w!r} not recognised: {kept}"




@pytest.mark.parametrize(("text", "words"), [
    pytest.param(t, w, marks=pytest.mark.xfail(strict=True, reason="a family-named shop no list holds"))
    if t in _NO_EVIDENCE else (t, w) for t, w in KEEP + KEEP_PLACES])
def test_kept_names_are_recognised_positively(text: str, words: list[str]) -> None:
    _recognised(text, words)


@pytest.mark.parametrize(("text", "keep", "gone"), KEEP_AND_GO)
def test_kept_names_beside_a_person_are_recognised(text: str, keep: list[str], gone: list[str]) -> None:
    _recognised(text, keep)


# --- slice 2 shapes (added after the freeze, invented sentences; not from any set) ------

SHAPES_2 = [
    ("De Vlaamse Regering en de Brusselse Hoofdstedelijke Raad trokken geld uit.", ["Vlaamse Regering"]),
    ("We spelen elke zaterdag in de Gentse Muide.", ["Gentse Muide"]),
    ("Over De Brug helpt ons met de vertaling.", ["Over De Brug"]),
    ("De Kinderrechtenwinkel en de Speelgoedbibliotheek doen mee.", ["Kinderrechtenwinkel"]),
    ("Een Iraakse moeder en een West-Vlaamse vader praatten samen.", ["Iraakse", "West-Vlaamse"]),
    ("Het kamp ging door in Hof ter Eike, vlak bij de abdij.", ["Hof ter Eike"]),
    ("Theater Zomerlicht speelde voor de kleuters.", ["Theater Zomerlicht"]),
    ("Sociaal Huis Wachtebeke betaalt de helft van het kampgeld.", ["Sociaal Huis Wachtebeke"]),
    ("Ze spreekt Tigrinya en een beetje Pasjtoe.", ["Tigrinya", "Pasjtoe"]),
    ("Het Agentschap Zorg en Gezondheid gaf uitleg over vaccins.", ["Agentschap Zorg en Gezondheid"]),
    ("Er stond een pak Speculoosje en een blikje Bruisa op tafel.", ["Speculoosje", "Bruisa"]),
    ("Ze belde naar Luisterlijn, de hulplijn voor jongeren, en kreeg meteen iemand.", ["Luisterlijn"]),
    ("We verkopen de tickets via de app Ticketvos en de website Kampkiezer.", ["Ticketvos", "Kampkiezer"]),
]


@pytest.mark.parametrize(("text", "words"), SHAPES_2)
def test_slice_2_shapes_are_recognised(text: str, words: list[str]) -> None:
    _kept(text, words)
    _recognised(text, words)


#: ... and their person counterparts: a fused Flemish surname is no compound of words; a
#: surname that is a Dutch word stays a person after a first name; a speaker's name wins
#: over every kept class.
PERSONS_2 = [
    ("Toen zei Lies Vanwalleghem dat het genoeg was.", ["Vanwalleghem"]),
    ("Gisteren sprak ik met Jan De Vis over het kamp.", ["Vis"]),
    ("De Zwaan zei dat we moesten wachten.", ["Zwaan"]),
    ("Verlinden en Goossens zaten mee aan tafel.", ["Verlinden", "Goossens"]),
]


@pytest.mark.parametrize(("text", "gone"), PERSONS_2)
def test_slice_2_person_counterparts_go(text: str, gone: list[str]) -> None:
    out = anonymise_text(text)
    for w in gone:
        assert w not in out, out
