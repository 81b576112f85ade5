"""Positive evidence that the subject of a naming verb is a THING (issue 11, session 25).

"Het project heet X", "de app heet X", "de hond heet X": what follows is a thing's name, kept like
a title. Before session 25 any Dutch word on no human list was read as a thing, so "de
burgemeester heet <Voornaam> <Achternaam>" and "de winnaar heet ..." were published: a role or
agent noun the lists miss ("winnaar", "consulent", "animatrice", "hulpverlener") made the person's
name a thing's. The protective default (docs/decisions.md, session 25): a thing only on positive
evidence -- the noun is one of the kinds below, or a compound whose last part is one
("speelpleinwerking", "kampplaats", "fietskar"); anything else is of unknown kind, and the
ordinary rules decide (a listed first name, a first name + surname shape is masked).

Evidence, in order:

* a noun of a thing, work, organisation or group, place, building or room, vehicle, event, object,
  plant or natural feature (``THING_NOUNS``), also as a plural ("-en", "-s") or a diminutive
  ("-je", "-tje", "-pje", "-etje"), and as the last part of a compound whose first part is a Dutch
  word (a linking "s"/"e" allowed);
* an animal (``ANIMAL_NOUNS``): a pet's name is kept (the policy: an animal is no person, its name
  is no personal data of its owner; the owner, when named, goes by the ordinary rules). Animal
  nouns count as a whole word or a diminutive only, never as a compound's last part: Dutch calls
  people by animal compounds ("feestvarken", "pechvogel", "brombeer", "waterrat", "nachtuil",
  "proefkonijn", "werkpaard", "pakezel") -- so "de zeekoe heet X" is of unknown kind unless listed whole (a
  cost the protective default accepts) -- except a toy ("knuffelolifant", "speelgoedpaard").

Nouns that also name a person in a compound's last part are left out of the compound rule
(``_NOT_TAILS``: "zak", "pot", "kous", "kop", "bol" -- "zeurpot", "zeurkous", "kaaskop", "slimme
bol"; "beest" -- "feestbeest"; "wacht" -- "nachtwacht"; "pop" -- "tutpop"; "pak" -- "lastpak"), and so are parts of
fewer than three letters. "ster" and "model" are no thing's noun at all ("de ster van de avond", "het
model"). A noun a human list knows is a person before it is read here (``naming._kind_of_noun``).

Provenance: every word here was written by s25-naming (7 December 2026) from general knowledge of
Dutch -- the kinds of things a youth-work congress talks about -- not copied from a fixture, a gold
set or an attack set. Informed: the documents (``_DOCUMENTS``) and "keet" were added after the gold
sets' naming frames showed three subjects the first list missed ("formulier", "export", "keet";
``bench/naming_sites.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .lexicon import Lexicon

_WORKS = """
boek boekje roman gedicht verhaal sprookje strip stripverhaal stripreeks film filmpje kortfilm serie reeks
documentaire docu lied liedje song nummer album plaat single ep playlist opera musical voorstelling
toneelstuk theaterstuk stuk toneel show programma podcast vlog blog video clip kanaal account pagina website
site webpagina tijdschrift magazine krant krantje blad nieuwsbrief affiche poster flyer folder brochure
logo tekening schilderij kunstwerk beeld standbeeld muurschildering fresco expo tentoonstelling titel motto
slogan thema hashtag quiz spel spelletje game spelvorm bordspel kaartspel dans choreografie gerecht recept
menu cocktail drankje bier taart
"""
_TECH = """
app applicatie chatbot bot robot computer laptop tablet gsm telefoon platform software tool systeem methode
methodiek formule toestel machine apparaat drone server netwerk wifi wachtwoord printer scanner
"""
_GROUPS = """
organisatie vereniging vzw stichting beweging jeugdbeweging groep groepje ploeg ploegje team club band
bandje koor orkest crew collectief bende clan tak afdeling werking werkgroep kern raad jeugdraad comité
bestuur commissie partij vakbond federatie koepel project projectje initiatief dienst bedrijf firma zaak
winkel merk keten label school klas klasgroep richting opleiding cursus les hogeschool universiteit
gemeente stad dorp land wijk buurt deelgemeente provincie regio parochie kerk moskee tempel synagoge
zender omroep uitgeverij krant partnerschap samenwerking vennootschap coöperatie ngo
"""
_DOCUMENTS = """
formulier document bestand map lijst export rapport verslag dossier attest brief mail bericht tabel grafiek
enquête vragenlijst bevraging handleiding draaiboek
"""
_PLACES = """
keet huis huisje jeugdhuis lokaal zaal zaaltje kamer ruimte gebouw paviljoen chalet hut hutje boomhut barak
kot loods schuur hangar tent tentje kamp kampplaats kampterrein terrein weide veld plein park tuin bos
straat laan weg pad route parcours café cafe bar kroeg restaurant frituur bistro tearoom kantine keuken
podium scène stand kraam standje zwembad sporthal stadion museum bibliotheek centrum ziekenhuis
jeugdherberg hotel camping villa kasteel hoeve boerderij molen toren brug haven station halte plek
plekje hoek hoekje zolder kelder gang atelier studio kantoor bureau winkelcentrum markt speelplein
speelplaats speeltuin skatepark wijkhuis gemeenschapscentrum ontmoetingsruimte
"""
_NATURE = """
rivier beek kanaal meer vijver zee oceaan berg heuvel eiland strand duin storm orkaan tornado boom
eik linde beuk plant bloem roos planeet komeet
"""
_VEHICLES = """
boot bootje schip vlot kano kajak zeilboot jacht auto bus busje camionette bestelwagen wagen kar karretje
fiets tandem bakfiets trein tram vliegtuig raket tractor brommer scooter step motor camper caravan
mobilhome vrachtwagen
"""
_EVENTS = """
festival feest fuif fuifje party evenement weekend dag week avond tocht reis tour toernooi wedstrijd
competitie zoektocht dropping activiteit actie campagne editie kermis stoet beurs jamboree concert
optreden workshop sessie lezing training uitstap kampvuur vakantie zomer spelnamiddag spelavond
event challenge contest battle meeting happening uitdaging opdracht prijsvraag ronde post onderdeel
rubriek item categorie aflevering episode seizoen versie module
"""
_OBJECTS = """
pop knuffel knuffelbeer teddybeer bal beker trofee prijs vlag mascotte kostuum pak vest tas rugzak
instrument gitaar piano trommel lamp kaars lint ketting ring kaart plan idee concept aanpak regel traject
"""

#: Nouns of things, works, groups, places, vehicles, events, objects, natural features.
THING_NOUNS = frozenset(
    (_WORKS + _TECH + _DOCUMENTS + _GROUPS + _PLACES + _NATURE + _VEHICLES + _EVENTS + _OBJECTS).split()
)
#: Animals: a whole word or a diminutive only (never a compound's last part).
ANIMAL_NOUNS = frozenset(
    """
    hond kat poes kater paard pony veulen merrie konijn cavia hamster muis rat fret goudvis vis parkiet
    kanarie papegaai vogel kip haan eend gans geit schaap lam koe kalf ezel varken big lama alpaca
    schildpad slang hagedis egel uil huisdier puppy pup kitten dier olifant beer leeuw tijger giraf aap zebra
    wolf vos dolfijn walvis zeehond pinguïn krokodil draak eenhoorn dino dinosaurus kangoeroe koala panda
    ijsbeer
    """.split()
)
#: Thing nouns that, as a compound's last part, also name a person.
_NOT_TAILS = frozenset({"zak", "pot", "kous", "kop", "beest", "wacht", "bol", "pop", "pak"})
#: First parts that make an animal's compound a toy: "knuffelolifant", "speelgoedpaard".
_TOY_PARTS = ("knuffel", "speelgoed", "pluche")
_DIMINUTIVES = ("etje", "tje", "pje", "je")


def _forms(folded: str) -> list[str]:
    """The word and what it may be a plural or a diminutive of."""
    out = [folded]
    if folded.endswith("en") and len(folded) > 4:
        out += [folded[:-2], folded[:-3]]  # "tenten", "boten" -> "bot"/"boot" is read by the list itself
    if folded.endswith("s") and len(folded) > 3:
        out.append(folded[:-1])
    for d in _DIMINUTIVES:
        if folded.endswith(d) and len(folded) > len(d) + 2:
            out.append(folded[: -len(d)])
            break
    return out


def _is_word(part: str, lex: Lexicon) -> bool:
    return lex.is_word(part) or part[-1:] in "se" and len(part) > 3 and lex.is_word(part[:-1])


def thing_noun(folded: str, lex: Lexicon) -> bool:
    """Whether a (folded, lower-case) noun is positive evidence that what it names is a thing."""
    forms = _forms(folded)
    if any(f in THING_NOUNS or f in ANIMAL_NOUNS for f in forms):
        return True
    for f in forms:
        if f.startswith(_TOY_PARTS) and any(f.endswith(a) for a in ANIMAL_NOUNS):
            return True  # a toy: "onze knuffelolifant heet X"
        # a compound whose last part is a thing's noun: "speelpleinwerking", "kampplaats", "fietskar"
        for k in range(3, len(f) - 2):
            tail = f[k:]
            if tail in THING_NOUNS and tail not in _NOT_TAILS and _is_word(f[:k], lex):
                return True
    return False
