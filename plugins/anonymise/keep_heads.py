"""A proper name opened by the capitalised head word of a place or an organisation: "Hoeve
Ter X", "Kamphuis Les X", "Domaine Les X", "Speelpleinwerking De X", "Jeugddienst X",
"Betonwerken X", "Ville de X", "Centre des Jeunes de X", "Schronisko Pod X" (session 11,
the keep side of issue 11).

The head says what the name is: a farm, a camp house, a domain, a youth or sports
service, a playground scheme, a firm named by its trade, a town's administration, a
hostel. Without it the words after it are masked when a list holds them as a name ("Ter
X" is a Dutch surname's shape, "De X" too) or no list knows them (default-deny).

Why it never keeps a person:

* the head is a noun of a place, an institution or a trade -- a closed class, or a Dutch
  compound ending in a service's, scheme's or firm's noun -- never a title or role
  ("boer", "monitor", "aannemer", "jeugdconsulent" are roles and no head); a head that a
  name list holds ("Ville", "Moulin") opens a name only with its French "de" or an
  article after it, never directly before a capitalised word ("Ville Korhonen");
* it is written with a capital in the sentence: it is part of the name ("op de hoeve
  van Ter X" has no capital and no head);
* a listed first name right after the head (no article between) is left to the person
  rules ("Patro Jan"), and so is any word the report gives as a name;
* no person cue at the name (a title inside it, a speech verb, a subordinator or a title
  before the head, another capitalised word before the head, a longer capitalised run
  after it; "met"/"aan" before the head are no cue: the head is no name); unlike
  a bare name, a colon after it is no cue: "Jeugddienst X:" opens an institution's line,
  and "Y van Patro X:" is Y's label, not the head's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .keep_chains import sentence_capital
from .trades import firm_noun

if TYPE_CHECKING:
    from collections.abc import Callable

    from .detect import Knowledge, Token, _Protect
    from .lexicon import Lexicon

#: Heads of places and organisations (folded): Dutch, French, Polish, English.
HEADS = frozenset({
    # farms, camp houses, domains, hostels
    "hoeve", "kamphuis", "kampplaats", "kampterrein", "kampeerboerderij", "boerderij", "jeugdherberg",
    "jeugdverblijf", "vakantiehuis", "vakantiecentrum", "domein", "kasteel", "abdij", "hostel",
    "domaine", "gite", "ferme", "chateau", "moulin", "auberge", "schronisko",
    # public services and schemes
    "jeugddienst", "sportdienst", "cultuurdienst", "welzijnsdienst", "vrijetijdsdienst", "speelpleinwerking",
    "gemeente", "stad", "provincie", "patro", "ville", "commune", "centre", "maison", "foyer",
    # firms named by their trade (a compound ending below counts too)
    "autocars", "reizen",
}) | frozenset({
    # (session 22: a head-noun class with its languages -- the head says what the name is in
    # French, German and Dutch as it does in Dutch: "Parc X", "Place X", "Brasserie X", "Stiftung X",
    # "Verein X", "Jugendzentrum X", "Resto X", "Drukkerij X")
    "parc", "place", "brasserie", "bistro", "resto", "restaurant", "college", "lycee", "ecole", "institut",
    "fondation", "salle", "stade", "stiftung", "verein", "jugendzentrum", "jugendhaus", "schule", "drukkerij",
    "drukwerk",
}) | frozenset({
    # (session 25: a regional body named after its region, "Regionaal Landschap X", "Bosgroep X",
    # "Erfgoedcel X": the region is often a compound or a pair of rivers no list knows)
    "landschap", "bosgroep", "erfgoedcel", "square",
})
#: Heads of a park or a square: named after a person of history as often as not ("Parc Marie-X",
#: "Square Jean-X"), a double given name right after them is the place's name (session 25).
#: (not "park": a Korean family name, "Park <Voornaam>"; A21 published 14 more names with it)
PARK_HEADS = frozenset({"parc", "square", "place"})
#: Heads after which the name may be a word no list knows or one surname, as after a firm's trade
#: ("Brasserie Dufrêne", "Parc Josaphat", "Stiftung Sonnenweg", "Resto X"): a park, a square, an
#: eatery, a school or a foundation is named after anything -- never a listed first name (``_run_end``).
OPEN_HEADS = frozenset({"parc", "place", "brasserie", "bistro", "resto", "restaurant", "college", "lycee", "ecole",
                        "institut", "fondation", "salle", "stade", "stiftung", "verein", "jugendzentrum", "jugendhaus",
                        "schule", "drukkerij", "drukwerk", "ferme", "domaine", "maison", "centre",
                        "landschap", "bosgroep", "erfgoedcel", "square"})
#: Adjectives that open a head's name before it ("Regionaal Landschap X"): no longer run of names.
HEAD_ADJECTIVES = frozenset({"regionaal", "nationaal", "provinciaal", "intergemeentelijk"})
#: Endings of Dutch compound heads: "preventiedienst", "tienerwerking", "betonwerken",
#: "tentenverhuur", "bouwbedrijf", "houthandel".
HEAD_ENDINGS = ("dienst", "werking", "werken", "verhuur", "bedrijf", "handel", "hoeve",
                # (after O, informed: "Containerbouw X", "Zorgboerderij De X", "Jongerenhuis De X", "Jeugdpanel X")
                "bouw", "boerderij", "huis", "panel")
#: Heads of a town's services: the town after them may be a village that is a surname too.
TOWN_HEADS = frozenset({"gemeente", "stad", "provincie", "patro", "ville", "commune"})
#: Firms named after their family: one surname may follow ("Betonwerken X", "Autocars X"):
#: ``trades.firm_noun`` (one definition with keep_venues and business_person).
#: French heads: they take a lower-case "de"/"des"/"du" into the name ("Ville de X").
FRENCH = frozenset({"domaine", "gite", "ferme", "chateau", "moulin", "auberge", "ville", "commune", "centre", "maison",
                    "foyer", "patro", "parc", "place", "brasserie", "college", "lycee", "ecole", "institut",
                    "fondation", "salle", "stade"})
#: Capitalised articles and prepositions that open a house's name after its head.
ARTICLES = frozenset({"ter", "ten", "de", "het", "den", "'t", "’t", "t", "le", "la", "les", "l", "pod", "na",
                      "nad", "u", "am", "zum", "zur", "im", "el", "los", "las"})
#: French words that join the words of a name in lower case ("Centre des Jeunes de X").
FRENCH_LINKS = frozenset({"de", "des", "du", "d", "et"})
_MAX_WORDS = 4
_ELIDED = ("d'", "l'", "d’", "l’")
_ELIDED_RE = re.compile(r"\b[dDlL]['’][A-ZÀ-Þ]")


def protect_headed_names(text: str, toks: list[Token], caps: list[int], lex: Lexicon, know: Knowledge,
                         prot: _Protect, words: set[str]) -> None:
    """Add "keep" protections for names opened by a place's or organisation's head (see the module)."""
    if not caps:
        return
    TITLES, is_compound = _from_detect()  # noqa: N806  (an import inside _head ran per capitalised word)

    n = len(toks)
    at = caps
    if ("'" in text or "’" in text) and _ELIDED_RE.search(text):  # "d'Autocars X": the head after an elided article
        at = sorted({*caps, *(k for k, t in enumerate(toks) if t.folded[:2] in _ELIDED and t.text[2:3].isupper())})
    for i in at:
        tok = toks[i]
        f = tok.folded
        if f[1:2] in ("'", "’") and f[:2] in _ELIDED and tok.text[2:3].isupper():
            f = f[2:]
        # (the head first: the one test every match needs, a set or an ending, per capitalised word)
        if not _head(f, lex, TITLES, is_compound) or tok.allcaps or i + 1 >= n or text[tok.end : toks[i + 1].start] != " ":
            continue
        j = i + 1
        opened = False
        if toks[j].folded in ARTICLES and toks[j].cap and j + 1 < n and text[toks[j].end : toks[j + 1].start] in (" ", ""):
            j += 1  # "Hoeve Ter X", "Kamphuis Les X", "Schronisko Pod X"
            opened = True
        elif f in FRENCH and toks[j].folded in FRENCH_LINKS and not toks[j].cap and j + 1 < n:
            # "Ville de X", "Centre des Jeunes de X": after "de", a place or a word; "du" and "des"
            # hold an article ("Ferme du Bois X", "Foyer des Jeunes X"): a common noun follows, as
            # after a capitalised article (a person is "de X", never "du X")
            opened = toks[j].folded in ("du", "des")
            j += 1
            if (toks[j - 1].folded == "de" and toks[j].folded in ("la", "l") and not toks[j].cap and j + 1 < n
                    and toks[j + 1].cap):
                j += 1  # "Parc de la X", "Place de la X" (session 22): an article, as after "du"
                opened = True
        elif lex.is_listed_name(f):
            continue  # "Ville Korhonen": a head that is a name opens a name only with "de" or an article
        last = _run_end(text, toks, j, lex, know, firm=firm_noun(f) or f in OPEN_HEADS, opened=opened,
                        article=toks[j - 1].folded if opened else "", french=f in FRENCH,
                        town=f in TOWN_HEADS or f.endswith(("dienst", "werking")), park=f in PARK_HEADS)
        if last < j or _person_cue(text, toks, i, j, last, lex, know):
            continue
        prot.add(tok.start + (2 if f != tok.folded else 0), toks[last].end, "keep")


_DETECT: list = []


def _from_detect() -> tuple[frozenset[str], Callable[[str, Lexicon], bool]]:
    """``detect.TITLES`` and ``detect.is_compound``, imported once (detect imports this module)."""
    if not _DETECT:
        from .detect import TITLES, is_compound

        _DETECT.extend((TITLES, is_compound))
    return _DETECT[0], _DETECT[1]


def _head(f: str, lex: Lexicon, titles: frozenset[str], is_compound: Callable[[str, Lexicon], bool]) -> bool:
    if f in HEADS:
        return True
    return (len(f) >= 8 and f.endswith(HEAD_ENDINGS) and f not in titles and f not in lex.first_names
            and f not in lex.surnames and is_compound(f, lex))


def _run_end(text: str, toks: list[Token], j: int, lex: Lexicon, know: Knowledge, *, firm: bool, opened: bool,
             article: str, french: bool, town: bool, park: bool = False) -> int:
    """The last token of the name from ``j`` (``j - 1`` when there is none). Each word is a
    place or an ordinary word (Dutch, English, a French word of names); after an article a
    word no list knows too ("Ter X", "Les X"), unless it is a surname with that article
    ("De Smet", "Ter Horst"); after a firm's head one surname ("Betonwerken X"). Never a
    listed first name, a surname that is no word elsewhere, a name the report gives."""
    from .keep_tails import ORG_WORDS
    from .lexicon import english_words

    english = english_words()
    n = len(toks)
    last = j - 1
    k = j
    count = 0
    named = 0
    while k < n and count < _MAX_WORDS:
        t = toks[k]
        if k > j and text[toks[k - 1].end : t.start] not in (" ", ""):
            break
        if not t.cap:
            if (french and t.folded in FRENCH_LINKS and k > j and k + 1 < n and toks[k + 1].cap
                    and text[t.end : toks[k + 1].start] == " "):
                k += 1
                continue
            break
        f = t.folded
        place = f in lex.places or f in lex.territories
        word = lex.is_word(f) or f in english or f in ORG_WORDS or (
            f not in lex.surnames and f not in lex.first_names and _two_words(f, lex))
        # (not know.known_or_first_name: a listed first name that is a word ends the run too)
        if park and k == j and not opened and f not in know.names and _double_given_name(f, lex):
            last = k  # "Parc Marie-X", "Square Jean-X": a park's or a square's name, the last word of it
            break
        if f in know.names or (f in lex.first_names and not (opened and k == j and lex.is_word(f))):
            break  # (also a first name that is a village, "Domaine Veerle", or a word, "Autocars Jan";
            # only a house's word after its article may be one: "Hoeve De Roos")
        if k == j and article and ((article + " " + f) in lex.surnames or (
                (f in lex.surnames or f in lex.name_words) and not lex.is_word(f))):
            break  # "Hoeve De Smet", "Hoeve Ten X" with a listed surname X: the family's name
        if place and not word and not town and (f in lex.surnames or f in lex.name_words):
            break  # "Hoeve X" with a village that is a surname too: only a service's town ("Jeugddienst X")
        if place or word:
            pass
        elif f in lex.surnames or f in lex.name_words:
            if not (firm and k == j and named == 0) or (opened and (article + " " + f) in lex.surnames):
                break
            named += 1
        elif not (opened or firm) or (opened and (article + " " + f) in lex.surnames):
            break  # a word no list knows: only in a house's name after its article, or a firm's
        last = k
        count += 1
        k += 1
    return last


def _person_cue(text: str, toks: list[Token], i: int, first: int, last: int, lex: Lexicon, know: Knowledge) -> bool:
    """A person cue at the name ``toks[first..last]`` opened by the head ``toks[i]``: the
    cues of ``keep_chains._person_at`` except a colon or bracket after the name."""
    from .detect import _WEAK_VERB_SCORE, TITLES, _context_cues, _said_cues
    from .person_clauses import SUBORDINATORS

    for k in range(first, last + 1):
        key = know.names.get(toks[k].folded)
        if key is not None and (key in know.explicit or key in know.deny):
            return True
        if toks[k].folded in TITLES:
            return True
    prev = toks[i - 1] if i > 0 else None
    if prev is not None and text[prev.end : toks[i].start].strip() == "":
        if prev.folded in TITLES or prev.folded in SUBORDINATORS:
            return True  # "Schepen Hoeve X", "Toen Reizen X ...": a subject
        # ("met"/"aan" before it is no cue: "met Jeugdpanel X" -- the head is no name)
        if ((prev.cap or prev.allcaps) and text[prev.end : toks[i].start] == " " and prev.folded not in HEAD_ADJECTIVES
                and not sentence_capital(prev, lex)):
            return True  # "Jef Hoeve X": a longer run of names
    nxt = toks[last + 1] if last + 1 < len(toks) else None
    if nxt is not None and (nxt.cap or nxt.allcaps) and text[toks[last].end : nxt.start] == " ":
        return True  # a longer run of capitalised words than the name takes
    score, why = _context_cues(text, toks, i, lex, know)
    if why == ["attribution dash"]:
        score = 0.0  # "– Hoeve Ter X" closing a heading or a credit: the head names a place, no person (session 25)
    if score > _WEAK_VERB_SCORE:
        return True  # at the head: "zei Reizen X dat ..."
    for k in {first, last}:
        score, why = _context_cues(text, toks, k, lex, know)
        # at the name only what a name's words cannot explain: a verb of a person after it
        # ("Hoeve Ter X vertelde"), an age in brackets ("X (16)"); not a word before a
        # word of the name ("De Kleine X") nor a number after a comma ("X, 40 jongeren")
        if score > _WEAK_VERB_SCORE and any(w.startswith("followed by") for w in why):
            return True
        if "age" in why and text[toks[last].end : toks[last].end + 2].lstrip(" ")[:1] == "(":
            return True
    return not toks[i].sent_start and _said_cues(text, toks, i, lex)[0] > 0  # "zei Reizen X dat ..."


def names_an_organisation(label: str, lex: Lexicon) -> bool:
    """Whether a speaker's or chat sender's label is wholly a name opened by a head
    ("Jeugddienst X", "Speelpleinwerking De X"): an institution speaks, no person (read by
    ``anonymiser.speaker_name``). The same evidence as in a text, with no report knowledge:
    a head that no name list holds and a run of places, words or a house's name after its
    article, never a listed first name."""
    from .detect import Knowledge, _Protect, tokenize

    toks = tokenize(label)
    if len(toks) < 2 or not toks[0].cap:
        return False
    prot = _Protect()
    caps = [k for k, t in enumerate(toks) if t.cap or t.allcaps]
    protect_headed_names(label, toks, caps, lex, Knowledge(), prot, {t.folded for t in toks})
    return any(s == toks[0].start and e == toks[-1].end for s, e, _r in prot.ranges)


def _two_words(f: str, lex: Lexicon) -> bool:
    """A compound of two Dutch words, the first of 3+ letters, the second of 4+ ("Zee|kant"),
    written as one word that no name list holds (stricter than ``detect.is_compound``:
    many surnames split into words, "Neute|boom")."""
    return len(f) >= 7 and any(lex.is_word(f[:k]) and lex.is_word(f[k:]) for k in range(3, len(f) - 3))


def _double_given_name(f: str, lex: Lexicon) -> bool:
    """A hyphenated double given name ("marie-x", "jean-x"): every part a listed first name."""
    parts = f.split("-")
    return len(parts) >= 2 and all(p in lex.first_names for p in parts)
