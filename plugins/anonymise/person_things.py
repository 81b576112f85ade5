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
PERSON_NOUNS = BODY | BELONGINGS | MIND
#: Words before the noun that say whose it is (an indefinite article says where it comes from).
DEFINITE = frozenset("de het 't mijn m'n zijn z'n haar d'r onze ons hun jullie jouw je uw die".split())


def person_noun(folded: str) -> bool:
    """Whether "<this noun> van X" makes X a person (see the module)."""
    return folded in PERSON_NOUNS
