"""Nouns whose "van X" is a person: a body, a person's own belongings, a home, a mind
(issue 11, session 8).

"De <object> van X" says whose the object is. After most nouns X may be a person, a shop, a
club or a place ("de wifi van X", "de toog van X", "de kasten van X", "de offerte van X":
session 6's keep_of keeps an unknown X there, and a measurement over every informed set in
session 8 showed why: turning the rule around -- a person after any noun but a small closed
list of place/organisation/work nouns -- would have made 23 to 36 kept organisations, shops
and places persons to find at most 5 names; docs/anonymisation.md). But some classes of nouns
belong to a person only, whatever X is:

* the body and what it does ("de schouders van X", "de stem van X", "de glimlach van X");
* what a person carries, wears or plays with ("de brooddoos van X", "de gitaar van X", "de
  bril van X"), the rooms and the furniture of a home ("de keukentafel van X", "de
  slaapkamer van X") -- not what a brand makes as often as a person owns (a smartphone, a
  watch, sneakers: "de smartphone van <merk>"), nor an office, a studio, a report or a
  ticket (an organisation has those);
* what a person thinks, feels or goes through ("de dromen van X", "het geheim van X", "de
  communie van X"), a person's calls and messages ("het telefoontje van X"), pets.

After a definite article or a possessive ("de", "het", "mijn", "haar" ...), and at most one
inflected adjective ("de oude brooddoos van X"), X is a person. "Een <noun> van X" stays: it
says where the thing comes from ("een rugzak van <merk>").
"""

from __future__ import annotations

#: The body and what it does.
BODY = frozenset(
    """hoofd hoofdje gezicht gezichtje ogen oog oren oor neus mond tanden tand lippen wangen wang kin nek schouder
    schouders arm armen hand handen handje handjes vingers vinger duim rug buik benen been knie knieën knieen voet
    voeten voetjes tenen hart huid bloed haren krullen vlechten baard snor stem glimlach lach tranen adem
    lichaam lijf rugpijn buikpijn hoofdpijn""".split()
)
#: What a person carries, wears, plays with, and the rooms and furniture of a home.
BELONGINGS = frozenset(
    """brooddoos brooddoosje lunchbox lunchdoos drinkbus drinkfles pennenzak boekentas schooltas rugzak rugzakje
    turnzak zwemzak handtas portefeuille portemonnee sleutelhanger bril ketting armband oorbellen gsm laptop
    gitaar viool drumstel knuffel knuffels pop poppen speelgoed dagboek schrift schriften tekening tekeningen pet
    sjaal jas trui schoenen pyjama slaapzak kussen deken valies fiets step keukentafel eettafel salontafel bed
    stapelbed slaapkamer kamer badkamer woonkamer zetel sofa kot appartement voordeur oprit""".split()
)
#: What a person thinks, feels, goes through; calls and messages; pets.
MIND = frozenset(
    """dromen droom gedachten gevoelens gevoel angst angsten twijfels twijfel verdriet woede geheim geheimen wens
    wensen keuze keuzes herinneringen herinnering communie lentefeest trouwfeest doop telefoontje telefoontjes
    appje appjes berichtje sms'je sms'jes mailtje hond hondje kat katje poes konijn konijntje hamster cavia paard pony""".split()
)
#: Session 26 (s26-privacy, issue 11; written from general knowledge), for a word NO list knows
#: after "de <noun> van" only (``owner_noun``; keep_of): what a person lends or
#: brings to a camp or a party and keeps at home (a deep fryer, a hammock, the keys), what a
#: person says or writes ("de zin van X", "het kaartje van X", "de peiling van X"), makes with
#: the hands, and goes through (an exam, an operation, a farewell). Not what a firm supplies or
#: a body organises as often: materials, vehicles, services, courses, staff ("het materiaal van
#: X", "de camion van X", "de wifi van X", "de cursus van X", "de vrijwilligers van X" stay).
OWN_THINGS = frozenset(
    """sleutel sleutels sleutelbos huissleutel fietssleutel friteuse frietketel barbecue bbq wafelijzer
    gourmetstel fondueset raclette koelbox hangmat luchtmatras matras veldbed kampbed zaklamp hoofdlamp
    muts handschoenen wanten regenjas laarzen botten sokken paraplu zonnebril kam borstel tandenborstel
    toilettas handdoek badhanddoek zwembroek badpak onesie verkleedkleren kostuum hoed rugzakken
    piano keyboard trompet fluit blokfluit ukelele cajon djembé djembe drum drums accordeon saxofoon
    bal voetbal skateboard skates rolschaatsen hockeystick racket tennisracket
    schilderij collage knutselwerk werkstuk notitieboekje""".split()
)
SAYINGS = frozenset(
    """zin zinnetje zinnen reactie reacties opmerking opmerkingen uitspraak uitspraken grap grapje grappen
    mop moppen kaartje briefje bedankkaartje bedankbriefje peiling stemmetje
    verhaaltje anekdote verhaal vraagje woordje antwoordje voicemail spraakbericht spraakmemo selfie
    afscheid operatie ongeval examen examens rijexamen diploma rijbewijs""".split()
)
PERSON_NOUNS = BODY | BELONGINGS | MIND
#: Words before the noun that say whose it is (an indefinite article says where it comes from).
DEFINITE = frozenset("de het 't mijn m'n zijn z'n haar d'r onze ons hun jullie jouw je uw die".split())


def person_noun(folded: str) -> bool:
    """Whether "<this noun> van X" makes X a person (see the module)."""
    return folded in PERSON_NOUNS


def owner_noun(folded: str) -> bool:
    """Whether "de <this noun> van X" makes X a person when X is a word no list knows: a
    :func:`person_noun`, or what a person lends, says or goes through (session 26; not for a
    word a list holds: "het kaartje van <hulplijn>" with a Dutch word stays a thing's)."""
    return folded in PERSON_NOUNS or folded in OWN_THINGS or folded in SAYINGS
