"""Words that only a person has: kin after "van", a human noun in apposition (issue 11, session 7).

Two sentence positions that make a capitalised word a person whatever list knows it (a
place abroad, an English or Dutch word), because the words around it can only describe
a human being:

* a relation between people before "van": "de ouders van <X>", "een vriendin van <X>",
  "de mama van <X>" -- kin and friends, not roles ("de leider van <X>" may lead a group,
  "de kinderen van <X>" may live in a town);
* an apposition after the word that calls it a human being: "<X>, een animator van
  zeventien", "<X>, de jongste van de groep", "<X>, onze buurjongen" -- a determiner or
  possessive, at most two lower-case adjectives, then a noun for a person (also a
  compound ending in one: "kookouder", "hulpleider"). Organisations' appositions
  ("een sponsor", "onze partner", "de organisatie") use no such noun.

* the subject of a verb that only a person does: "<X> lachte", "onze <X> durft", "toen
  huilde <X> ..." -- laughing, crying, whispering, sighing, blushing, daring, sleeping;
  not saying, coming or playing (an organisation says, a team plays, a band sings).

A place at home (a Belgian or Dutch municipality, a country) is judged before these rules
(the detector does not ask them), and both read a bounded window (linear in the text).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .person_things import person_noun

if TYPE_CHECKING:
    from .detect import Token

#: Relations that hold between people only, before "van <X>".
KIN = frozenset(
    {
        "ouders",
        "ouder",
        "grootouders",
        "mama",
        "mams",
        "mammie",
        "moeder",
        "papa",
        "paps",
        "pappie",
        "vader",
        "broer",
        "broers",
        "broertje",
        "broertjes",
        "zus",
        "zussen",
        "zusje",
        "zusjes",
        "zuster",
        "oma",
        "opa",
        "meter",
        "peter",
        "tante",
        "nonkel",
        "oom",
        "neef",
        "neefje",
        "nicht",
        "nichtje",
        "vriend",
        "vrienden",
        "vriendin",
        "vriendinnen",
        "vriendje",
        "vriendinnetje",
        "lief",
        "liefje",
        "zoon",
        "zoontje",
        "dochter",
        "dochtertje",
        "stiefvader",
        "stiefmoeder",
        "stiefbroer",
        "stiefzus",
        "halfbroer",
        "halfzus",
        "pleegouders",
        "pleegmoeder",
        "pleegvader",
        "tweelingbroer",
        "tweelingzus",
        "klasgenoot",
        "klasgenote",
        "klasgenoten",
        "buddy",
        "maatje",
        "vriendjes",
    }
)
#: Things only a person owns, before "van <X>" ("de laptop van X", "de slaapzak van X"): not a
#: phone or a bike (a provider, a bike-share brand).
OWN_THINGS = frozenset(
    {
        "laptop",
        "slaapzak",
        "rugzak",
        "boekentas",
        "jas",
        "kamer",
        "pyjama",
        "knuffel",
        "schoenen",
        "verjaardag",
        "valies",
        "portefeuille",
        "portemonnee",
        "handtas",
        "pet",
        "trui",
        "sjaal",
    }
)
#: Nouns for a human being in an apposition ("<X>, een animator"); a compound ending in one
#: counts too ("kookouder").
HUMAN_NOUNS = frozenset(
    {
        "jongen",
        "meisje",
        "meid",
        "kerel",
        "gast",
        "man",
        "vrouw",
        "dame",
        "heer",
        "kind",
        "tiener",
        "puber",
        "kleuter",
        "peuter",
        "baby",
        "jongere",
        "jongste",
        "oudste",
        "animator",
        "animatrice",
        "monitor",
        "leider",
        "leidster",
        "begeleider",
        "begeleidster",
        "vrijwilliger",
        "vrijwilligster",
        "deelnemer",
        "deelneemster",
        "student",
        "studente",
        "leerling",
        "scholier",
        "mama",
        "papa",
        "moeder",
        "vader",
        "ouder",
        "broer",
        "zus",
        "zoon",
        "dochter",
        "vriend",
        "vriendin",
        "neef",
        "nicht",
        "oom",
        "tante",
        "nonkel",
        "opa",
        "oma",
        "buur",
        "buurman",
        "buurvrouw",
        "buurjongen",
        "buurmeisje",
        "collega",
        "stagiair",
        "stagiaire",
        "jeugdwerker",
        "jeugdwerkster",
        "coach",
        "trainer",
        "trainster",
        "mentor",
        "chauffeur",
        "kok",
        "conciërge",
        "concierge",
        "poetsvrouw",
        "nieuwkomer",
        "vluchteling",
        "klasgenoot",
        "klasgenote",
        "tweeling",
        "zoontje",
        "dochtertje",
        "broertje",
        "zusje",
        "vriendje",
        "lid",
        "kapitein",
        "verpleegster",
        "verpleger",
        "juf",
        "meester",
        "leraar",
        "lerares",
    }
)
_HUMAN_ENDINGS = (
    "jongen",
    "meisje",
    "leider",
    "leidster",
    "begeleider",
    "begeleidster",
    "ouder",
    "moeder",
    "vader",
    "broer",
    "vriend",
    "vriendin",
    "werker",
    "werkster",
    "vrijwilliger",
    "animator",
    "monitor",
    "trainer",
)
_DETERMINERS = frozenset(
    {"een", "de", "mijn", "m'n", "onze", "ons", "zijn", "z'n", "haar", "hun", "jullie", "jouw", "ne", "nen"}
)
#: Prepositions of place: the word after one is a place, whatever follows it.
_PLACE_BEFORE = frozenset({"in", "uit", "naar", "vanuit", "te", "richting", "nabij", "via", "rond", "omstreken"})
_ADVERBS = frozenset({"echt", "heel", "erg", "zeer", "super", "vet", "klein", "groot", "oud", "jong"})
_RELATION_ARTICLES = frozenset(
    {
        "de",
        "het",
        "een",
        "mijn",
        "m'n",
        "onze",
        "ons",
        "zijn",
        "z'n",
        "haar",
        "hun",
        "jullie",
        "jouw",
        "die",
        "die's",
        "d'r",
    }
)


def _human(folded: str) -> bool:
    return folded in HUMAN_NOUNS or len(folded) >= 7 and folded.endswith(_HUMAN_ENDINGS)


def kin_before(text: str, toks: list[Token], i: int) -> str:
    """ "de ouders van <X>", "een vriendin van <X>": a relation between people before "van",
    right before capitalised token ``i`` (a determiner before the relation, or the
    relation opening the sentence). Returns the rule, or ""."""
    if i < 3:
        return ""
    tok, van, kin, det = toks[i], toks[i - 1], toks[i - 2], toks[i - 3]
    if not tok.cap or tok.allcaps or tok.sent_start or van.folded != "van" or van.cap or kin.cap and not kin.sent_start:
        return ""
    owned = kin.folded in OWN_THINGS or person_noun(kin.folded)  # (person_things: a body, belongings, a home)
    if (kin.folded not in KIN and not owned) or det.folded not in _RELATION_ARTICLES:
        return ""
    if owned and det.folded in ("een", "die"):
        return ""  # "een slaapzak van <winkel>": where it comes from, not whose it is
    if text[det.end : kin.start] != " " or text[kin.end : van.start] != " " or text[van.end : tok.start] != " ":
        return ""
    return f"after '{kin.text} van'"  # (or a thing only a person owns: "de laptop van X")


def human_apposition(text: str, toks: list[Token], i: int) -> str:
    """ "<X>, een animator van zeventien", "<X>, onze kookouder,": capitalised token ``i``
    before a comma and an apposition whose noun names a human being. Returns the rule, or ""."""
    tok = toks[i]
    if not tok.cap or tok.allcaps or i + 2 >= len(toks) or text[tok.end : toks[i + 1].start] != ", ":
        return ""
    if i > 0 and toks[i - 1].folded in _PLACE_BEFORE and not toks[i - 1].cap:
        return ""  # "uit Nador, haar vader uit Tanger": a place, and an elided clause after it
    det = toks[i + 1]
    if det.cap or det.folded not in _DETERMINERS:
        return ""
    k = i + 2
    for _ in range(3):  # the noun, after at most two adjectives
        if k >= len(toks) or toks[k].cap or text[toks[k - 1].end : toks[k].start] != " ":
            return ""
        f = toks[k].folded
        if _human(f):
            end = toks[k].end
            if text[end : end + 1] == "-":
                return ""  # a compound goes on ("een jongeren-organisatie")
            return f"apposition '{det.text} {toks[k].text}'"
        if not (f.endswith("e") or f in _ADVERBS):
            return ""  # (an inflected adjective: "mijn beste vriend", "een heel stille jongen")
        k += 1
    return ""


def _human_verbs() -> frozenset[str]:
    present = (
        "lacht",
        "huilt",
        "weent",
        "fluistert",
        "zucht",
        "knikt",
        "glimlacht",
        "schreeuwt",
        "durft",
        "giechelt",
        "bloost",
        "grinnikt",
        "slaapt",
        "droomt",
        "snikt",
        "jankt",
        "moppert",
        "zeurt",
        "knipoogt",
        "gaapt",
    )
    past = (
        "lachte",
        "huilde",
        "weende",
        "fluisterde",
        "zuchtte",
        "knikte",
        "glimlachte",
        "schreeuwde",
        "durfde",
        "giechelde",
        "bloosde",
        "grinnikte",
        "sliep",
        "droomde",
        "snikte",
        "jankte",
        "mopperde",
        "zeurde",
        "knipoogde",
        "gaapte",
    )
    return frozenset(present + past + tuple(p + "en" for p in past))


#: Finite verbs whose subject is a person (see the module).
HUMAN_VERBS = _human_verbs()
_SUBJECT_OPENERS = frozenset(
    {
        "mijn",
        "m'n",
        "onze",
        "ons",
        "toen",
        "dan",
        "en",
        "maar",
        "want",
        "omdat",
        "als",
        "dat",
        "terwijl",
        "nadat",
        "zodat",
        "dus",
    }
)
#: Words after an inverted subject ("toen lachte <X> ..."): no other subject follows.
_NOT_AFTER_INVERSION = frozenset(
    {"ik", "jij", "je", "hij", "zij", "ze", "we", "wij", "jullie", "u", "men", "de", "het", "een", "er"}
)


def subject_of_human_verb(text: str, toks: list[Token], i: int) -> str:
    """ "<X> lachte", "onze <X> durft", "toen huilde <X>": token ``i`` opens the sentence (or
    follows a possessive or a clause opener) right before a verb only a person does, or
    follows such a verb in inversion. Returns the rule, or ""."""
    tok = toks[i]
    if not tok.cap or tok.allcaps:
        return ""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and not nxt.cap and nxt.folded in HUMAN_VERBS and text[tok.end : nxt.start] == " ":
        prev = toks[i - 1] if i > 0 else None
        if (
            tok.sent_start
            or prev is None
            or (
                (not prev.cap or prev.sent_start)
                and prev.folded in _SUBJECT_OPENERS
                and text[prev.end : tok.start] == " "
            )
        ):
            return f"subject of '{nxt.text}'"
    if i >= 1 and not tok.sent_start:
        verb = toks[i - 1]
        if (
            verb.folded in HUMAN_VERBS
            and text[verb.end : tok.start] == " "
            and (nxt is None or nxt.folded not in _NOT_AFTER_INVERSION)
        ):
            return f"subject after '{verb.text}'"
    return ""


def relation_position(text: str, toks: list[Token], i: int) -> str:
    """The first of this module's positions that holds for token ``i``, or ""."""
    return kin_before(text, toks, i) or human_apposition(text, toks, i) or subject_of_human_verb(text, toks, i)


_NAME = r"([A-ZÀ-ÖØ-Þ][^\W\d_]+)"
_PERSON_POSITION_RE = re.compile(
    r"\[persoon \d+\](?:'s)?,? (?:en|of) "
    + _NAME
    + r"\b"
    + r"|\b"
    + _NAME
    + r",? (?:en|of) \[persoon \d+\]"
    + r"|\b(?:"
    + "|".join(sorted(KIN, key=len, reverse=True))
    + r") van "
    + _NAME
    + r"\b"
)


def named_in_person_position(text: str) -> list[tuple[int, int]]:
    """The leak guard's net under this module and ``coordination`` (session 7): in a
    published (anonymised) text, each capitalised word on a first-name list (or a
    name-word) that stands where only a person stands -- joined by "en"/"of" to a
    replaced name, or after kin and "van" -- and that is no frequent word and no place at
    home: (start, end) of each. A list kept it (a place abroad, a month, a language); the
    sentence says it names someone."""
    from .lexicon import fold, load_lexicon
    from .person_context import home_place

    lex = load_lexicon()
    out = []
    for m in _PERSON_POSITION_RE.finditer(text):
        k = next(g for g in (1, 2, 3) if m.group(g))
        f = fold(m.group(k))
        if (f in lex.first_names or f in lex.name_words) and f not in lex.common and not home_place(f):
            out.append((m.start(k), m.end(k)))
    return out

