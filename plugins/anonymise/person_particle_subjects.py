"""A particle surname opening a sentence as the subject of any verb (issue 11, session 25;
s25-privacy's frozen batch class 6 and the lead's probe "Van <Achternaam> reed zelf", informed).

Session 23 took "Van <X>" opening a sentence for a person before a saying verb ("Van Damme zei dat")
or a person's role ("De Haan is onze leider"); "Van <X> reed zelf", "Van <X> vulde aan", "De
<Achternaam> bracht de drank mee" stayed: "Van" read as a preposition, "<X>" as the place it names,
and "De <X>" as an organisation. Here the subject's shape decides:

* "Van"/"Vande"/"Vanden"/"Vander"/"Ter"/"Ten" (and "Van den", "Van der", "Van de", "Van 't") opening a
  sentence, one capitalised word, then **a finite verb in the singular** (``detect._finite_verb``)
  that is **no inversion**: the word after the verb is no subject pronoun ("Van Aalst reden we
  terug", "Van Gent reed ik naar huis"), after a place's name no determiner opening the subject
  ("Van Brussel vertrok de bus"), and after a copula no "het" ("Van Gogh was het thema"); the body
  may be a place or a word ("Van Oudenhove", "Van Steen");
* "De"/"Den"/"Der" the same way (no inversion: "De" is no preposition) only when the body is a word no list holds -- no Dutch or English
  word, place, brand, platform, keep word or first name, four letters or more -- the surnames lists
  hold without their particle ("De Brabandere bracht de drank mee"; "De Lijn reed", "De Kringwinkel
  bracht", "De Warande organiseerde" stay organisations; a venue "De <X>" whose word no list holds is
  masked as the subject of a verb: the cost).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .particles import VAN_FORMS

if TYPE_CHECKING:
    from .detect import Token
    from .lexicon import Lexicon

_OPENERS = VAN_FORMS | {"ter", "ten"}
_DE = frozenset({"de", "den", "der"})
#: the folded words that may open such a sentence (the caller's cheap test)
OPENING = _OPENERS | _DE
#: the particles that also open a house's or venue's name ("Ter Vaart", "Ten Bos", "De Warande")
_HOUSE_FORMS = _DE | {"ter", "ten"}
_INNER = frozenset({"de", "den", "der", "t", "'t", "’t"})
#: after the verb: the subject of an inverted sentence
_SUBJECT_AFTER = frozenset({"ik", "jij", "je", "hij", "zij", "ze", "we", "wij", "u", "jullie", "men", "gij", "ge",
                            "de", "een", "onze", "ons", "mijn", "jouw", "zijn", "haar", "hun", "alle", "iedereen",
                            "elke", "ieder", "die", "deze", "dat", "dit", "er", "daar", "niemand", "iemand", "veel",
                            "enkele", "sommige", "twee", "drie"})
_PRONOUNS = frozenset({"ik", "jij", "je", "hij", "zij", "ze", "we", "wij", "u", "jullie", "men", "gij", "ge", "er"})
#: singular past forms of frequent strong and irregular verbs (``detect._finite_verb`` reads the weak ones)
_STRONG_PAST = frozenset({"reed", "kwam", "ging", "gaf", "nam", "zat", "stond", "liep", "sprak", "las", "schreef",
                          "bleef", "hielp", "zag", "wist", "kocht", "dacht", "deed", "had", "zei", "riep", "trok",
                          "hield", "sliep", "at", "dronk", "zong", "won", "begon", "koos", "viel", "kreeg", "vond",
                          "bracht", "greep", "droeg", "sloeg", "vertrok", "vertelde", "stak", "wees", "gooide"})
_COPULAS = frozenset({"is", "was", "wordt", "werd", "blijft", "bleef", "lijkt", "leek", "heet", "heette"})
_KEEPS = frozenset({"place", "brand", "keep", "organisation"})


def _noun_head(f: str, lex: Lexicon) -> bool:
    """Whether ``f`` ends in a Dutch word of four letters or more that is no inflected form in "-e"
    (a compound's head: "kinder|telefoon", "kringloop|winkel"; not "brab|andere")."""
    return any(lex.is_word(f[k:]) and not f.endswith("e") for k in range(2, len(f) - 3))


def _mark(tok: Token, min_conf: float, rule: str) -> None:
    tok.person, tok.score = True, max(tok.score, 0.75, min_conf)
    tok.rule = rule
    tok.protected = None


def mark_particle_subjects(text: str, toks: list[Token], sents: list[int], lex: Lexicon,
                           english: frozenset[str] | set[str], verb: Callable[[str], bool], min_conf: float,
                           overridable: frozenset[str | None]) -> None:
    """A particle surname opening a sentence before a singular verb that is no inversion (see the module)."""
    rule = "a particle surname opening a sentence as the subject of a verb"
    n = len(toks)
    for p in sents:
        if p + 2 >= n:
            continue
        tok = toks[p]
        f = tok.folded
        if not tok.cap or tok.allcaps or tok.person or f not in _OPENERS and f not in _DE:
            continue
        if tok.protected not in overridable and tok.protected not in _KEEPS:
            continue
        b = p + 1
        # inner particles in lower case: "Van den", "Van der", "Van 't"
        while b < n and toks[b].folded in _INNER and not toks[b].cap and text[toks[b - 1].end : toks[b].start] in (" ", " '", " ’"):
            b += 1
        if b + 1 >= n or f in _DE and b != p + 1:
            continue
        body = toks[b]
        if (not body.cap or body.allcaps or body.person or text[toks[b - 1].end : body.start] not in (" ", " '", " ’")
                or body.protected not in overridable and body.protected not in _KEEPS or body.folded in lex.common):
            continue
        if f in _HOUSE_FORMS:
            bf = body.folded
            if "-" in bf or f not in _DE and lex.is_word(bf):
                continue  # (a house's, venue's or app's name: "Ter Vaart", "De <X>-app")
            if f in _DE and (lex.is_word(bf) or _noun_head(bf, lex) or bf in english or bf in lex.places or bf in lex.brands
                             or bf in lex.keep_single or bf in lex.first_names or bf in lex.platforms
                             or body.protected in _KEEPS or len(bf) < 4):
                continue  # ("De Lijn", "De Warande", a compound's noun head: "De Kinder<telefoon>")
        v = toks[b + 1]
        if v.cap or text[body.end : v.start] != " " or not (verb(v.folded) or v.folded in _STRONG_PAST):
            continue
        after = toks[b + 2] if b + 2 < n and text[v.end : toks[b + 2].start] == " " else None
        if after is not None and f not in _DE:
            # (an inversion after "Van <plaats>": a subject pronoun, or a determiner after a place's name)
            place = body.folded in lex.places or body.protected == "place"
            if (after.folded in _PRONOUNS or place and after.folded in _SUBJECT_AFTER
                    or after.folded == "het" and v.folded in _COPULAS):
                continue
        for k in range(p, b + 1):
            _mark(toks[k], min_conf, rule)
