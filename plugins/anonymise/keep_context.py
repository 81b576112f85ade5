"""Things recognised by the words around them (session 5, the keep side of issue 11).

In what people say, a proper noun that nothing recognises is masked as a name
(default-deny). These rules recognise organisations, games, titles and events no list
holds, by their context or shape -- never by a list of the items themselves:

* a title-case run of English words ("Rocket League", "Stranger Things", "Battle of the
  Bands", "Open Doors Day"): every word an English or Dutch word, at least one of them
  English only, none a listed name that is no English word;
* capitalised words before an organisation's or an event's English noun ("Kalinka
  Collective", "Summer Vibes Party");
* the object of "spelen"/"gamen" ("we speelden Among Us", "ze spelen al jaren Rocket
  League", "we hebben Fortnite gespeeld");
* a capitalised name after a lower-case venue or organisation noun ("zwemclub Okeanos",
  "jeugddienst Wetteren"), and a word ending in such a noun before a place ("Repaircafé
  Zottegem");
* an employer "bij X" followed by working ("die bij Bpost werkt");
* a platform or channel "Op X" opening a sentence ("Op Ketnet zag ik ...").

Privacy first: a word on the first-name lists that is no ordinary word, a name the
report gives, and a word after a title or role ("juf X") are never protected here, so the
person rules still judge them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import Lexicon, english_words
from .person_clauses import SUBORDINATORS
from .person_positions import cleft_person

if TYPE_CHECKING:
    from .detect import Knowledge, Token, _Protect

#: English function words: they join a title ("Battle of the Bands") and may make one
#: ("Among Us"); some are listed as first names somewhere, none is a Dutch word's only sense.
_EN_FUNCTION = frozenset({"the", "of", "and", "in", "on", "at", "to", "for", "with", "from", "by", "or", "a", "an",
                          "among", "us", "we", "you", "me", "my", "your", "our", "it", "is", "are", "be", "no", "not",
                          "all", "one", "up", "out", "into", "over", "under", "after", "before", "without", "this",
                          "that", "these", "those", "who", "what", "when", "where", "how"})
#: Lower-case English words that may stand inside a title: "Battle of the Bands".
_EN_JOINERS = frozenset({"the", "of", "and", "in", "on", "at", "to", "for", "with", "from", "by", "or", "a", "an"})
#: English nouns that close the name of a group, an organisation, a venue or an event.
_EN_TAILS = frozenset({"collective", "crew", "band", "orchestra", "ensemble", "choir", "academy", "united", "records",
                       "studio", "studios", "company", "group", "party", "night", "nights", "jam", "summit", "awards",
                       "sessions", "session", "league", "live", "shop", "store", "lab", "hub", "factory", "center",
                       "centre", "college", "club", "bar", "kitchen", "market", "games", "day", "days", "weekend",
                       "battle", "contest", "show", "experience", "project", "foundation", "network", "community",
                       *(_EN_HEADS := ("school", "university", "institute", "hospital", "library", "stadium",
                                       "theatre", "gallery"))})
#: (session 22) English institutions by their head noun -- "X School", "X University": the
#: words before it are never a listed first name, surname or name-word, nor a name the report
#: gives, and no capitalised word stands right before them ("Siobhan Brennan School" is a
#: person's or named after one: left to the person rules).
_EN_INSTITUTIONS = frozenset(_EN_HEADS)
#: English words before a name that make it a person's ("teacher X", "thanks X", "my friend X").
_EN_PERSON_BEFORE = frozenset({"teacher", "coach", "friend", "mate", "buddy", "pal", "dear", "thank", "thanks", "mr",
                               "mrs", "ms", "miss", "dr", "sir", "madam", "uncle", "aunt", "brother", "sister", "mum",
                               "mom", "dad", "cousin", "neighbour", "neighbor", "colleague", "boss", "manager",
                               "student", "pupil", "classmate", "hi", "hello", "hey", "love", "says", "said"})
#: Words before "Park" that make it an English place's head: "X Business Park", "X Country Park"
#: ("Park" alone closes no name: "Jonas Park", "Min-jun Park" are persons).
_EN_PARKS = frozenset({"business", "retail", "science", "industrial", "technology", "country", "theme", "holiday",
                       "skate", "water", "leisure", "trade", "enterprise", "office", "national", "city", "memorial"})
#: Forms of "spelen" and "gamen": the capitalised object after them is a game.
_PLAY = frozenset({"speel", "speelt", "spelen", "speelde", "speelden", "game", "gamet", "gamen", "gamede", "gameden",
                   "gamete", "gameten"})
#: ... and the infinitive or participle after the object: "we hebben Fortnite gespeeld".
_PLAY_AFTER = frozenset({"spelen", "gespeeld", "gamen", "gegamed"})
_PRONOUNS = frozenset({"ik", "je", "jij", "we", "wij", "ze", "zij", "hij", "jullie", "u", "men", "iedereen", "niemand"})
#: Words between the play verb and its object that make the capital a person or a place.
_NOT_OBJECT = frozenset({"met", "tegen", "bij", "voor", "van", "naast", "aan", "zonder", "samen", "als", "in", "op",
                         "tegenover", "onder", "naar", "na", "dan", "zoals", "en", "of", "die", "dat", "wie"})
#: Lower-case nouns that end a venue's or an organisation's word: "zwemclub X", "jeugddienst X".
_VENUE_NOUN_ENDINGS = ("club", "huis", "centrum", "dienst", "werking", "school", "zaal", "hal", "vereniging", "kring",
                       "atelier", "cafe", "winkel", "bibliotheek", "academie", "kamp", "federatie", "bond",
                       "college", "instituut", "theater", "koor", "orkest", "fanfare", "harmonie", "ploeg",
                       "stichting", "bedrijf", "firma", "keten", "zender", "omroep", "hogeschool", "universiteit",
                       # (session 22: a business park, a zone, an agency, a brewery or a shop by its
                       # lower-case noun: "het bedrijventerrein X", "het uitzendbureau X", "de brouwerij X")
                       "terrein", "zone", "bureau", "brouwerij", "bakkerij", "drukkerij", "slagerij", "stokerij",
                       "webshop", "platform")
#: (session 22) Short lower-case nouns of a place or a body after a determiner: "in de wijk X", "de
#: app X", "het merk X", "de vzw X" (no person is called by them; a role's noun -- "de trainer X",
#: "mijn vriend X" -- is no place's).
_SHORT_PLACE_NOUNS = frozenset({"wijk", "buurt", "stadsdeel", "deelgemeente", "app", "merk", "vzw", "dorp",
                                "gehucht", "site", "website"})
_SHORT_DETERMINERS = frozenset({"de", "het", "een", "onze", "ons", "hun", "die", "dat", "deze", "dit"})
#: Premises of a trade or a business that open its name, capitalised: "Patisserie X", "Autocars
#: X" (a closed class of nouns; the trade's PERSON -- "bakker", "slager" -- is not one of them).
_BUSINESS_NOUNS = frozenset({"autocars", "garage", "frituur", "friterie", "apotheek", "brasserie", "restaurant",
                             "hotel", "taverne", "herberg", "pizzeria", "traiteur", "kapsalon", "transport",
                             "transporten", "tuincentrum", "supermarkt", "boekhandel", "patisserie", "chocolaterie",
                             "bakkerij", "slagerij", "brouwerij", "drukkerij", "beenhouwerij", "kwekerij"})
#: Endings of such nouns (a word of seven letters or more that the word lists know).
_BUSINESS_ENDINGS = ("erij", "handel", "fabriek", "salon", "zaak", "winkel", "markt", "bedrijf", "cars",
                     "groep", "zone", "verblijf")  # (session 10, after M: "Kookgroep X", "Hulpverleningszone X")
#: Working words after "bij X": "die bij Bpost werkt", "bij X aan de slag".
_WORK_AFTER = frozenset({"werk", "werkt", "werken", "werkte", "werkten", "gewerkt", "solliciteert", "solliciteren",
                         "gesolliciteerd", "stage", "stageloopt", "studeert", "studeren", "gestudeerd", "begint"})
_MAX_RUN = 5  # capitalised words of one title or name
#: Particles right after the object of playing that make it a person: "speelden X vrij/na/aan".
_PLAYER_PARTICLES = frozenset({"vrij", "kapot", "aan", "toe", "na", "achterna", "om", "terug", "los", "neer"})
#: Verbs before "bij X" (in the same clause) that make X a provider or a landlord: "ik volgde
#: Frans bij X", "we huren bij X" (working and shopping: detect._BIJ_THING).
_BIJ_MORE = frozenset({"volg", "volgt", "volgen", "volgde", "volgden", "gevolgd", "huur", "huurt", "huren", "huurde",
                       "huurden", "gehuurd"})
#: Nouns before "van X" that make X an eponym, no one of the report: "het syndroom van X".
_EPONYM_NOUNS = frozenset({"syndroom", "ziekte", "wet", "stelling"})
#: Lower-case words before a capitalised one that these rules look at.
_LOWER_BEFORE = frozenset({"bij", "op", "van", "de", "het"})


def protect_things(text: str, toks: list[Token], caps: list[int], lex: Lexicon, know: Knowledge,
                   prot: _Protect, words: set[str]) -> None:
    """Add "keep" protections for the things these rules recognise (see the module)."""
    if not caps:
        return
    # (a run or a tail needs two capitalised words close together: most quotes have none)
    pairs = any(b - a <= 4 for a, b in zip(caps, caps[1:], strict=False))
    english = english_words()
    en_only = _en_only(lex)
    runs = pairs and any(toks[i].folded in english or toks[i].folded in en_only for i in caps)
    tails = pairs and any(toks[i].folded in _EN_TAILS or toks[i].folded == "park" for i in caps)
    done = -1  # the last token a run rule protected
    for i in caps if runs or tails else ():
        if i <= done:
            continue
        tok = toks[i]
        # (no look at earlier protections: with many overlapping ones, prot.rule_at scans them all)
        if not tok.cap or tok.allcaps or (tok.folded not in _EN_FUNCTION and _person_like(toks, i, lex, know, text)):
            continue
        if tok.sent_start and (tok.folded in SUBORDINATORS or tok.folded in _DUTCH_OPENERS and tok.folded not in english):
            # "Toen <X> ...": a Dutch conjunction opening the sentence is no title's first word, nor
            # a Dutch preposition, answer or possessive ("Bij <Clay> thuis", "Ja <Clay>,", "Ons
            # <Clay> had": session 15 -- the English word after it was kept as a title's)
            continue
        last = _english_run(text, toks, i, lex, know, english) if runs else i
        if last > i:
            prot.add(tok.start, toks[last].end, "keep")
            done = last
            continue
        last = _tail_run(text, toks, i, lex, know) if tails else i
        if last > i:
            prot.add(tok.start, toks[last].end, "keep")
            done = last
    if not _PLAY.isdisjoint(words) or not _PLAY_AFTER.isdisjoint(words):
        _games(text, toks, lex, know, prot)
    for i in caps:
        tok = toks[i]
        if i == 0 or not tok.cap or tok.allcaps:
            continue
        prev = toks[i - 1]
        pf = prev.folded
        if prev.cap:
            if not (pf == "op" and prev.sent_start or len(pf) >= 7 and tok.folded in lex.places
                    and pf.endswith(_VENUE_NOUN_ENDINGS)):
                if business_name(text, toks, i, lex, know):
                    last = _name_end(text, toks, i, lex, know)
                    if _on_no_name_list(toks, i, last, lex):
                        prot.add(prev.start, toks[last].end, "keep")  # "Patisserie X", "Autocars X Y"
                continue
        elif not (pf in _LOWER_BEFORE or len(pf) >= 6 and pf.endswith(_VENUE_NOUN_ENDINGS)
                  or pf in _SHORT_PLACE_NOUNS):
            continue
        if text[prev.end : tok.start] != " " or _person_like(toks, i, lex, know, text):
            continue
        if (not prev.cap and len(pf) >= 6 and pf.endswith(_VENUE_NOUN_ENDINGS) and _word_or_compound(pf, lex)) or (
                not prev.cap and pf in _SHORT_PLACE_NOUNS and i >= 2 and toks[i - 2].folded in _SHORT_DETERMINERS
                and text[toks[i - 2].end : prev.start] == " " and _on_no_name_list(toks, i, i, lex)
                and tok.folded not in know.names) or (
                pf == "bij" and not prev.cap and (_work_after(text, toks, i, lex, know)
                                                  or clause_has(text, toks, i - 1, _BIJ_MORE))) or (
                pf == "op" and prev.sent_start and _op_opening(text, toks, i, lex)) or (
                pf == "op" and not prev.cap and _two_word_name(text, toks, i, lex, know)
                and not clause_has(text, toks, i - 1, _op_person())) or (
                pf == "van" and not prev.cap and i >= 2 and toks[i - 2].folded in _EPONYM_NOUNS) or (
                pf in ("de", "het") and not prev.cap and not tok.sent_start and _two_word_name(text, toks, i, lex, know)
                and not cleft_person(text, toks, i)  # ("was het X Y die ...": a person, session 6)
                and not (pf == "de" and _french_de(toks, i - 1, lex))):
            # (a lower-case article before two capitalised words: "bij de X Y", "op de X Y")
            last = _name_end(text, toks, i, lex, know)
            if _no_person_run(toks, i, last, lex):
                prot.add(tok.start, toks[last].end, "keep")
        elif (tok.folded in lex.places and prev.cap and not prev.allcaps and len(pf) >= 7
              and pf.endswith(_VENUE_NOUN_ENDINGS) and pf not in lex.surnames
              and not _person_like(toks, i - 1, lex, know, text)):
            prot.add(prev.start, tok.end, "keep")  # "Repaircafé Zottegem"


def business_name(text: str, toks: list[Token], i: int, lex: Lexicon, know: Knowledge) -> bool:
    """Whether capitalised token ``i`` follows a capitalised noun of a business or a venue
    that opens the name ("Patisserie X", "Autocars X", "Brouwerij X", "Voetbalclub X"): an
    ordinary Dutch word of that class (by its ending or a closed class of trades' premises;
    never a trade's person, "bakker", nor a title or role), right before it with one space
    (session 9: measured on every informed set by ``bench/eval_word_evidence.py``)."""
    if i == 0:
        return False
    prev = toks[i - 1]
    pf = prev.folded
    if (prev.allcaps or not prev.cap or text[prev.end : toks[i].start] != " " or len(pf) < 5
            or not (pf in _BUSINESS_NOUNS or len(pf) >= 7 and pf.endswith(_BUSINESS_ENDINGS + _VENUE_NOUN_ENDINGS))):
        return False
    if (lex.is_listed_name(pf) or pf in _titles()
            or not _word_or_compound(pf, lex)):
        return False
    return not _person_like(toks, i, lex, know, text)


def _on_no_name_list(toks: list[Token], first: int, last: int, lex: Lexicon) -> bool:
    """Every word of the run is on no name list (privacy first: "Bakkerij Peeters" stays
    with the person rules, which judge a listed surname)."""
    return not any(lex.is_listed_name(t.folded) for t in toks[first : last + 1])


def _word_or_compound(f: str, lex: Lexicon) -> bool:
    from .detect import is_compound  # (detect imports this module)

    return lex.is_word(f) or is_compound(f, lex)


def _person_like(toks: list[Token], i: int, lex: Lexicon, know: Knowledge, text: str) -> bool:
    """A word these rules never protect: a first name that is no word, a name the report
    gives, or a word after a title or role word."""
    f = toks[i].folded
    if know.known_or_first_name(f, lex):
        return True
    return i > 0 and toks[i - 1].folded in _titles() and text[toks[i - 1].end : toks[i].start] == " "


#: Dutch words that open a sentence and no English title: prepositions, answers, possessives.
_DUTCH_OPENERS = frozenset(
    """
    bij met voor zonder dankzij volgens naast tegen tussen achter na naar uit aan tot sinds via ja nee neen
    ons onze mijn m'n jouw zijn z'n haar hun dixit groetjes liefs dag hoi hallo kijk zeg
    """.split()
)


def _english_run(text: str, toks: list[Token], i: int, lex: Lexicon, know: Knowledge, english: frozenset[str]) -> int:
    """The last token of a title-case run of English words from ``i`` (``i`` when none)."""
    n = len(toks)
    last = i
    titles = _titles()
    english_only = named_words = 0
    j = i
    while j < n and j < i + 2 * _MAX_RUN:
        t = toks[j]
        f = t.folded
        if not t.cap or t.allcaps or f in know.names:
            break
        in_en = f in english or f in _EN_FUNCTION
        if not (in_en or lex.is_word(f)):
            break
        if not in_en and (f in lex.first_names or f in lex.surnames or f in titles):
            break  # (a name that is no English word: "Grace", "Summer", "Jones"; "Juf X")
        if not in_en and f in lex.name_words:
            named_words += 1
        english_only += in_en and not lex.is_word(f) or f in _EN_FUNCTION
        last = j
        k = j + 1
        while k < n and toks[k].folded in _EN_JOINERS and not toks[k].cap and text[toks[k - 1].end : toks[k].start] == " ":
            k += 1  # (joiners: "Battle of the Bands")
        if k >= n or text[toks[k - 1].end : toks[k].start] != " ":
            break
        j = k
    if last == i or not english_only or named_words and _words_in(toks, i, last) < 3:
        return i  # (a name that is a word needs a longer title: "Winter Wonder Night", not "Storm Night")
    return last


def _words_in(toks: list[Token], first: int, last: int) -> int:
    return sum(1 for t in toks[first : last + 1] if t.cap)


def _tail_run(text: str, toks: list[Token], i: int, lex: Lexicon, know: Knowledge) -> int:
    """The English tail noun closing a run of capitalised words from ``i`` ("Kalinka
    Collective"), or ``i``."""
    n = len(toks)
    j = i
    while j + 1 < n and j < i + _MAX_RUN and text[toks[j].end : toks[j + 1].start] == " ":
        nxt = toks[j + 1]
        if not nxt.cap or nxt.allcaps or nxt.folded in know.names:
            break
        if nxt.folded in _EN_INSTITUTIONS or nxt.folded == "park":
            if nxt.folded == "park" and not (j > i and toks[j].folded in _EN_PARKS):
                break
            if _unnamed_run(text, toks, i, j, lex, know):
                return j + 1
            break
        if nxt.folded in _EN_TAILS:
            return j + 1 if toks[i].folded not in _titles() else i
        if _person_like(toks, j + 1, lex, know, text):
            break
        j += 1
    return i


def _unnamed_run(text: str, toks: list[Token], i: int, j: int, lex: Lexicon, know: Knowledge) -> bool:
    """Whether ``toks[i..j]`` before an institution's head holds no listed first name, surname or
    name-word and no name the report gives, and no capitalised word stands right before it."""
    if i > 0 and (toks[i - 1].cap or toks[i - 1].allcaps) and text[toks[i - 1].end : toks[i].start] == " " \
            and not toks[i - 1].sent_start:
        return False
    if i > 0:
        from .person_roles import role_noun

        prev = toks[i - 1].folded.rstrip(".")
        if prev in _EN_PERSON_BEFORE or role_noun(prev, _titles()):
            return False  # "our teacher X Y School ...", "thanks X School": a person's slot
    for t in toks[i : j + 1]:
        f = t.folded
        if know.known_or_listed_name(f, lex):
            return False
    return True


def _name_end(text: str, toks: list[Token], i: int, lex: Lexicon, know: Knowledge) -> int:
    """The last capitalised word of a name that starts at ``i`` (up to three words)."""
    last = i
    while (last + 1 < len(toks) and last < i + 2 and toks[last + 1].cap and not toks[last + 1].allcaps
           and text[toks[last].end : toks[last + 1].start] == " " and not _person_like(toks, last + 1, lex, know, text)):
        last += 1
    return last


def _games(text: str, toks: list[Token], lex: Lexicon, know: Knowledge, prot: _Protect) -> None:
    """The object of "spelen"/"gamen": after the verb with its subject pronoun next to it
    ("we speelden X", "speelden we X", "ze spelen al twee jaar X"), or before the
    infinitive or participle ("we hebben X gespeeld")."""
    n = len(toks)
    for v, tok in enumerate(toks):
        f = tok.folded
        if f in _PLAY and not tok.cap:
            subject = (v > 0 and toks[v - 1].folded in _PRONOUNS) or (v + 1 < n and toks[v + 1].folded in _PRONOUNS)
            if not subject:
                continue
            if v > 0 and toks[v - 1].cap and v + 1 < n and toks[v + 1].folded in _PRONOUNS:
                # the object opening the sentence: "X spelen we elke vrijdag"
                k = v - 1
                while (k > 0 and k > v - _MAX_RUN and not toks[k].sent_start and toks[k - 1].cap
                       and toks[k - 1].folded not in _NOT_OBJECT):
                    k -= 1  # ("Met Xandro speel ik ...": a preposition opens no game's name)
                if toks[k].sent_start and toks[k].folded not in _NOT_OBJECT and text[toks[v - 1].end : tok.start] == " ":
                    _protect_object(text, toks, k, lex, know, prot, strict=False)
            k = v + 1
            if k < n and toks[k].folded in _PRONOUNS:
                k += 1
            steps = 0
            while k < n and steps < 4 and not toks[k].cap and not toks[k].allcaps and toks[k].folded not in _NOT_OBJECT:
                if text[toks[k - 1].end : toks[k].start] != " ":
                    break
                k += 1
                steps += 1
            if k < n and toks[k].cap and not toks[k].allcaps and text[toks[k - 1].end : toks[k].start] == " ":
                _protect_object(text, toks, k, lex, know, prot, strict=False)
        elif f in _PLAY_AFTER and not tok.cap and v >= 1:
            k = v - 1
            while (k > 0 and k > v - _MAX_RUN and toks[k].cap and toks[k - 1].cap and not toks[k - 1].sent_start
                   and text[toks[k - 1].end : toks[k].start] == " "):
                k -= 1
            if toks[k].cap and not toks[k].sent_start and text[toks[v - 1].end : tok.start] == " ":
                _protect_object(text, toks, k, lex, know, prot, strict=True)


def _protect_object(text: str, toks: list[Token], k: int, lex: Lexicon, know: Knowledge, prot: _Protect,
                    strict: bool) -> None:
    """Protect the capitalised run from ``k`` as a game's name, unless it may be a person:
    a one-word first name that is no word, a report's name, or a run ending in a surname;
    ``strict`` (no subject next to the verb: "met Tijl en Mats Fortnite gespeeld"): a run
    with any listed name in it."""
    last = k
    while (last + 1 < len(toks) and last < k + _MAX_RUN - 1 and toks[last + 1].cap and not toks[last + 1].allcaps
           and text[toks[last].end : toks[last + 1].start] == " "):
        last += 1
    run = toks[k : last + 1]
    if any(t.folded in know.names for t in run):
        return
    if strict and any(_named(t.folded, lex) for t in run):
        return
    end = run[-1].folded
    if _named(end, lex):
        return  # ("we speelden Jonas Peeters": a person, or nothing we can tell)
    if last == k and (_person_like(toks, k, lex, know, text) or _named(end, lex)):
        return  # ("we speelden Wout"; a named word alone is left to the person rules)
    if last + 1 < len(toks) and text[toks[last].end : toks[last + 1].start] == " " and (
            toks[last + 1].folded in _PLAYER_PARTICLES):
        return  # ("we speelden X vrij voor het doel", "speelden X na": a player, a person imitated; session 7)
    prot.add(toks[k].start, toks[last].end, "keep")


_EN_ONLY: dict[int, frozenset[str]] = {}  # id(lexicon) -> the English function words that are no Dutch word


def _en_only(lex: Lexicon) -> frozenset[str]:
    found = _EN_ONLY.get(id(lex))
    if found is None:
        found = _EN_ONLY[id(lex)] = frozenset(w for w in _EN_FUNCTION if not lex.is_word(w))
    return found


_TITLES: list[frozenset[str]] = []  # detect.TITLES, once detect is loaded (it imports this module)


def _titles() -> frozenset[str]:
    if not _TITLES:
        from .detect import TITLES

        _TITLES.append(TITLES)
    return _TITLES[0]


def _named(f: str, lex: Lexicon) -> bool:
    return lex.is_listed_name(f) and f not in _EN_FUNCTION


def _work_after(text: str, toks: list[Token], i: int, lex: Lexicon, know: Knowledge) -> bool:
    """"bij X" followed by a working word: "die bij Bpost werkt"."""
    last = _name_end(text, toks, i, lex, know)
    nxt = toks[last + 1] if last + 1 < len(toks) else None
    return nxt is not None and not nxt.cap and nxt.folded in _WORK_AFTER and text[toks[last].end : nxt.start] == " "


def _op_opening(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """"Op X <verb>" opening a sentence: a platform or channel ("Op Ketnet zag ik ..."),
    not "Op X kan je rekenen" (a person one counts on)."""
    from .detect import _OP_PERSON, _finite_verb  # (detect imports this module)

    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None or nxt.cap or text[toks[i].end : nxt.start] != " ":
        return False
    inverted = i + 2 < len(toks) and toks[i + 2].folded in _PRONOUNS  # "Op X zag ik"
    if not (inverted or _finite_verb(nxt.folded, lex)):
        return False
    return not any(t.folded in _OP_PERSON for t in toks[i + 1 : i + 8])


def clause_has(text: str, toks: list[Token], k: int, wanted: frozenset[str], words: int = 5) -> bool:
    """Whether one of ``wanted`` stands among the ``words`` words before token ``k`` in its
    clause (one space between each)."""
    j = k - 1
    while j >= 0 and j >= k - words and not toks[j + 1].sent_start and text[toks[j].end : toks[j + 1].start] == " ":
        if toks[j].folded in wanted:
            return True
        j -= 1
    return False


#: French determiners before a noun (lower case): "la maman de X", "le papa de X", "sa sœur de X".
_FRENCH_DETERMINERS = frozenset({"la", "le", "les", "sa", "son", "ses", "ma", "mon", "mes", "ta", "ton", "une", "un"})


def _french_de(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether "de" at ``k`` is the French preposition after a noun, not the Dutch article (session 25,
    s25-a25): "c'est la maman de <Prénom> <Nom>" -- a French determiner before the noun, or a noun of
    the French word list that is no Dutch word ("maman de", "sœur de")."""
    if k < 2 or toks[k - 1].cap:
        return False
    from .keep_french_names import french_words  # (small module; read once)
    from .person_positions import FRENCH_KIN

    noun = toks[k - 1].folded
    return toks[k - 2].folded in _FRENCH_DETERMINERS and not toks[k - 2].cap or noun in FRENCH_KIN or (
        noun in french_words() and not lex.is_word(noun))


def _two_word_name(text: str, toks: list[Token], i: int, lex: Lexicon, know: Knowledge) -> bool:
    """Two or more capitalised words from ``i`` of which the first is no person's ("op Rocket
    X": a platform, a game, a site)."""
    return _name_end(text, toks, i, lex, know) > i


def _op_person() -> frozenset[str]:
    from .detect import _OP_PERSON  # (detect imports this module)

    return _OP_PERSON


def _no_person_run(toks: list[Token], first: int, last: int, lex: Lexicon) -> bool:
    """A run of capitalised words that does not read as a person's name: it opens with no
    first name (not even one that is a word: "Jonas"), ends in no surname ("Vos"), and a
    single word is on no name list."""
    f, lf = toks[first].folded, toks[last].folded
    if f in lex.first_names or lf in lex.surnames:
        return False
    return first < last or f not in lex.name_words


#: Words that open an organisation's name as often as a family's ("De Kwastwerk", "La Halle"):
#: never read as a short given name by :func:`name_shaped_run`.
_RUN_ARTICLES = frozenset({"de", "la", "le", "el", "al", "du", "da", "di", "den", "der", "das", "die", "het"})


def _known(f: str, lex: Lexicon) -> bool:
    """Whether a folded word is on any list of words or things (Dutch, English, places, brands,
    chains, platforms, keep entries, countries, calendar, languages)."""
    return (lex.is_word(f) or f in english_words() or f in lex.places or f in lex.brands or f in lex.chain_words
            or f in lex.keep_single or f in lex.platforms or f in lex.territories or f in lex.named_places
            or f in lex.calendar or f in lex.languages)


def name_shaped_run(toks: list[Token], first: int, last: int, lex: Lexicon, heads: tuple[str, ...] = ()) -> bool:
    """Whether a run of two or three capitalised words has a person's shape, a given name and a
    family name: its last word is on no list of words or things, and its first word is a listed
    first name or surname, a word on no list, or a two-letter word that is no article ("Ondine
    Corbassier", "Tjalling Wiersmaat", "Li Weijiao"). The frames of working at, being sponsored
    by and a bracketed group take a one-person business or a donor as often as a firm: such a
    run there is left to the person rules (s21-review, session 21). A first word that ends in one
    of ``heads`` (the caller's nouns of a business: "Kaufhaus X") is no given name."""
    if last <= first or toks[first].folded.endswith(heads):
        return False
    if _known(toks[last].folded, lex):
        return False
    f = toks[first].folded
    return (f in lex.first_names or f in lex.surnames or not _known(f, lex)
            or (len(f) == 2 and f not in _RUN_ARTICLES))


def free_run(text: str, toks: list[Token], first: int, last: int, lex: Lexicon, know: Knowledge) -> bool:
    """Whether the run ``toks[first..last]`` may be kept by a frame of session 21's position rules
    (keep_abroad, keep_german, keep_brackets): no word in capitals, none a name the report gives
    or on a first-name, surname or name-word list, no possessive after its last word."""
    from .detect import _possessive  # (detect imports this module)

    run = toks[first : last + 1]
    if any(t.allcaps or know.known_or_listed_name(t.folded, lex) for t in run):
        return False
    return not _possessive(text, run[-1])[1]
