"""A proper name opened by its TYPE word: a Dutch, French or English common noun written with
a capital INSIDE a sentence, directly before a capitalised run ("Fotostudio X", "Wijkcomité
Hoge X", "Speeltuin Het X", "Moskee X <town>", "Taxi Sint-X") -- session 12, the keep side of
issue 11, as a general class instead of ``keep_heads``' closed list of heads.

The evidence is the capital on a common noun mid-sentence: Dutch writes a common noun in
lower case ("de fotostudio van X"), so a capitalised one is part of a name. No list of heads:
any noun the word lists know (or a compound of them) that is no person noun.

Why it never keeps a person:

* the head is no PERSON noun: no title, role, kinship or address word (``detect.TITLES``,
  ``person_roles.title_kind``: a role compound in -leider, -werker, -consulent, -trainer, a
  profession by its ending; ``person_positions.PERSON_NOUNS``, ``person_relations.KIN``,
  the role nouns of ``person_slots``), no "-ster"/"-man"/"-vrouw"/"-er" noun of a doer, no
  greeting or thanks ("Dag", "Bedankt"), and no word a name list holds ("Villa", "Roos");
* the head stands inside a sentence with a lower-case word before it: a sentence's or a
  line's first word is no evidence, and neither is a word after another capitalised word
  (a title-case heading, a longer run of names);
* the run after it is ordinary words, places and a house's name after a capitalised article;
  a word no list knows only after an article ("Het X"), after an ordinary word ("Hoge X") or
  before a closing ordinary word or place ("X Heide", "X <town>") -- never one unknown word
  alone, never two unknown words (the shape of a foreign person's full name);
* a listed first name anywhere in the run, a word the report gives as a name, and a listed
  "De X"/"Ter X" surname after the article stop the run (left to the person rules:
  "Bakkerij <first name> <surname>" stays masked);
* no person cue at the run (``keep_heads._person_cue``: a speech verb, a subordinator, an age,
  a longer capitalised run).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .keep_chains import sentence_capital
from .lexicon import home_towns
from .particles import TYPED_RUN_PARTICLES, TYPED_SURNAME_PARTICLES

if TYPE_CHECKING:
    from .detect import Knowledge, Token, _Protect
    from .lexicon import Lexicon

#: Capitalised words before a name that are no noun of a thing: greetings, thanks, address.
_NOT_HEADS = frozenset({
    "dag", "hallo", "hoi", "hey", "dank", "bedankt", "beste", "lieve", "liefste", "sorry", "proficiat", "welkom",
    "zeg", "kijk", "vraag", "ja", "nee", "oke", "merci", "bravo", "succes", "groetjes", "groeten", "tot", "met",
    "voor", "van", "aan", "bij", "door", "over", "naar", "en", "of", "maar", "want", "dus", "toen", "als",
    "familie", "gezin", "huize", "team", "ploeg", "klas", "groep", "tafel", "kamer", "foto", "tekst", "beeld",
    "interview", "verslag", "sessie", "workshop", "lezing", "presentatie", "gesprek", "getuigenis", "portret",
    "mevrouw", "meneer", "madame", "monsieur", "mister", "miss", "lady", "sir", "saint", "sint", "heilige", "god",
    "koning", "koningin", "prins", "prinses", "graaf", "gravin", "baron", "hertog", "keizer", "paus", "kapitein",
    "generaal", "sergeant", "agent", "inspecteur", "commissaris", "rechter", "advocaat", "notaris", "pastoor",
    "dominee", "imam", "rabbijn", "abt", "moeke", "vake", "meetje", "peetje", "bomma", "bompa", "pépé", "mémé",
    "papy", "mamy", "baby", "kindje", "kleine", "grote", "oude", "jonge", "dikke", "lange", "rosse", "zwarte",
    "uncle", "aunt", "brother", "sister", "father", "mother", "dad", "mom", "mum", "grandma", "grandpa", "coach",
    "captain", "doctor", "teacher", "chef", "kok", "boer", "boerin", "chauffeur", "fotograaf", "kunstenaar",
    "schrijver", "zanger", "zangeres", "dj", "mc", "rapper", "artiest", "held", "heldin", "kameraad", "maat",
    # nouns of a person with no doer's ending
    "gids", "smid", "piloot", "majoor", "dame", "heer", "gast", "klant", "mens", "persoon", "kerel", "vent", "gozer",
    "kompaan", "madam", "gezel", "tutor", "schat", "idool", "fan", "sponsor", "rabbi", "non", "monnik", "bisschop",
    "kardinaal", "rector", "decaan", "deken", "senator", "consul", "politie", "pee", "mee", "moemoe", "tata", "mam",
    "pap", "ma", "pa", "korporaal", "soldaat", "kolonel", "admiraal", "ridder", "jonker", "markies", "buddy",
    "bro", "sis", "matti", "pal", "nonna", "baba", "vava", "abuela", "abuelo", "hodja", "hoca", "sheikh", "sjeik",
    "mullah", "lama", "goeroe", "guru", "master", "mevrouwtje", "dokter", "tante", "mama", "papa", "kind",
})
#: Endings of nouns of a person (a doer, a woman, a man, a relative, a member).
_PERSON_ENDINGS = ("ster", "man", "vrouw", "meid", "meisje", "jongen", "kind", "genoot", "genote", "lid", "held",
                   "heldin", "baas", "bazin", "mama", "papa", "opa", "oma", "tante", "nonkel", "oom", "broer", "zus",
                   "zuster", "vriend", "vriendin", "eur", "euse", "rice", "ist", "iste", "ant", "ante", "aar", "ares",
                   "ier", "iere", "ière", "graaf", "loog", "loge", "oloog", "ician", "ienne", "ien", "ent", "ente",
                   "arts", "agent", "hoofd", "gids", "hulp", "oppas", "vader", "moeder", "ouder", "zoon", "dochter",
                   "neef", "nicht", "gezin", "familie", "kameraad", "concierge", "babysit", "coach", "smid", "kok",
                   "kapitein", "pastoor", "kapelaan", "imam", "dominee", "rabbijn", "majoor", "korporaal", "generaal",
                   "admiraal", "kolonel", "prins", "koning", "baron", "schepen", "gedeputeerde", "secretaris",
                   "notaris", "advocaat", "mentor", "leerkracht", "juf", "meester", "dokter", "chef", "piloot")
#: Capitalised articles that open a house's name after its type word and never a surname:
#: any word may follow ("Speeltuin Het X").
_ARTICLES = frozenset({"het", "'t", "’t", "les", "los", "las", "the", "il", "lo", "zum", "zur"})
#: Capitalised prepositions "at (someone's)" that open a shop's name after its type word
#: ("Broodjeszaak Chez X", "Koffiebar Bij X", "Pizzeria Da X"): Dutch writes a preposition in
#: lower case, so a capitalised one is part of a name.
_AT = frozenset({"bij", "chez", "bei", "da", "dal", "at"})
#: ... of which the ones written in lower case inside a name ("Hoeve 't X").
_LOWER_ARTICLES = frozenset({"'t", "’t"})
# (the particles of a run, TYPED_RUN_PARTICLES and TYPED_SURNAME_PARTICLES: particles.py)
_MAX_WORDS = 4
_PLACE_ADJECTIVES = frozenset({"hoge", "lage", "oude", "nieuwe", "groene", "witte", "rode", "zwarte", "blauwe", "gele",
                               "gouden", "zilveren", "brede", "diepe", "stille", "heilige", "verre", "bovenste",
                               "onderste", "hooge", "oostelijke", "westelijke", "noordelijke", "zuidelijke"})
#: Words before a noun's phrase: prepositions, articles, determiners, a conjunction, and the
#: subject pronoun of an inverted clause ("bezochten we Moskee X").
_BEFORE_NOUN = frozenset({
    "in", "bij", "van", "met", "naar", "op", "via", "uit", "aan", "voor", "door", "tot", "rond", "over", "tegen",
    "achter", "naast", "tussen", "vanuit", "richting", "te", "zoals", "nabij", "langs", "onder", "boven", "na",
    "de", "het", "een", "'t", "onze", "ons", "mijn", "m'n", "hun", "jullie", "uw", "dat", "die", "deze", "dit",
    "en", "of", "we", "wij", "ze", "zij", "ik", "ook", "nog", "vanaf", "sinds", "zonder",
})


def protect_typed_names(text: str, toks: list[Token], caps: list[int], lex: Lexicon, know: Knowledge,
                        prot: _Protect, words: set[str]) -> None:
    """Add "keep" protections for runs opened by a capitalised common noun mid-sentence (see the module)."""
    n = len(toks)
    for i in caps:
        tok = toks[i]
        if tok.sent_start or tok.allcaps or i == 0 or i + 1 >= n or not (
                toks[i + 1].cap or toks[i + 1].folded in _LOWER_ARTICLES):
            continue  # (the cheap tests first: a capitalised word with a capitalised word or "'t" after it)
        prev = toks[i - 1]
        if text[prev.end : tok.start] != " " or text[tok.end : toks[i + 1].start] != " " or not prev.folded.isalpha():
            continue
        if prev.folded not in _BEFORE_NOUN:
            continue  # (a noun's place: after a preposition, an article, a determiner or a subject pronoun)
        # (a word in capitals opening the sentence is a heading's, not a sentence's first word)
        if (prev.cap or prev.allcaps) and not (not prev.allcaps and sentence_capital(prev, lex)):
            continue  # (a title-case heading, a longer run of names; "Het Wijkcomité X" at a sentence's start is fine)
        f = tok.folded
        if not _type_noun_cached(f, tok.text.lower() if f != tok.text.lower() else f):
            continue
        last = _run_end(text, toks, i + 1, lex, know)
        if last == i + 1 and _word_pair_name(text, toks, i, lex, know):
            continue  # ("met Trui Hamer", "bij Wiet Bril,": a name of two Dutch words, no type noun's; session 26)
        if last <= i:
            if not (_firm_surname(text, toks, i, lex, know) or _one_name_word(text, toks, i, lex, know)):
                continue
            last = i + 1
        from .keep_heads import _person_cue

        if _person_cue(text, toks, i, i + 1, last, lex, know):
            continue
        prot.add(tok.start, toks[last].end, "keep")


def _word_pair_name(text: str, toks: list[Token], i: int, lex: Lexicon, know: Knowledge) -> bool:
    """Whether ``toks[i]`` opens a name of two Dutch words in a person's slot (``person_word_pairs``)."""
    from .detect import _finite_verb, _slot_thing
    from .person_word_pairs import word_pair_name

    return bool(word_pair_name(text, toks, i, lex, lambda t: _slot_thing(t, lex, know), lambda f: _finite_verb(f, lex)))


@lru_cache(maxsize=4096)
def _type_noun_cached(f: str, low: str) -> bool:
    """Whether a capitalised word (``f`` folded, ``low`` as written in lower case: the word
    list keeps accents, "comité") is a common noun of a thing (see the module)."""
    from .detect import TITLES
    from .lexicon import english_words, fold, load_lexicon
    from .person_positions import PERSON_NOUNS
    from .person_relations import KIN
    from .person_roles import title_kind
    from .person_slots import _ROLE_NOUNS

    lex = load_lexicon()
    if len(f) < 3 or not f.replace("-", "").isalpha() or f in _NOT_HEADS:
        return False
    if lex.is_listed_name(f) or f in lex.places:
        return False
    if f in TITLES or f in PERSON_NOUNS or f in KIN or f in _ROLE_NOUNS or title_kind(f, TITLES):
        return False
    if (f.endswith(_PERSON_ENDINGS) or f.endswith(("er", "ere"))) and not f.endswith(
            ("theater", "atelier", "kwartier", "register")):
        return False  # a noun of a doer ("bakker", "leider", "trainer"): a person's title as often as a firm's
    if not _noun_shape(f, lex):
        return False
    parts = low.split("-")
    return all(lex.is_word(p) or p in english_words() or _long_compound(p, lex) or _long_compound(fold(p), lex)
               for p in parts if p)


def _firm_surname(text: str, toks: list[Token], i: int, lex: Lexicon, know: Knowledge) -> bool:
    """A firm named by its trade and its family: a compound type word ("Foto|studio",
    "Sleutel|service") and ONE listed surname that is no first name, no word and no name the
    report gives, with no capitalised word after it -- the class of ``keep_heads``' firms
    ("Betonwerken X"), for any compound that is no person noun (a role compound, "Wijkagent",
    "Schoolhoofd", "Tandarts", is one: ``_PERSON_ENDINGS``)."""
    from .lexicon import fold

    tok, nxt = toks[i], toks[i + 1]
    f = nxt.folded
    if nxt.allcaps or not nxt.cap or f not in lex.surnames or f in lex.first_names or f in lex.name_words:
        return False
    if lex.is_word(f) or f in know.names or len(f) < 4:
        return False
    if i + 2 < len(toks) and (toks[i + 2].cap or toks[i + 2].allcaps) and text[nxt.end : toks[i + 2].start] == " ":
        return False
    low = tok.text.lower()
    return _long_compound(low, lex) or _long_compound(fold(low), lex)


#: Nouns of a thing's shape that still name a PERSON or a group of people before a name
#: ("Tolk X", "Kandidaat X", "Ploegmaat X", "Duo X", "Crew X"): a group named after one of
#: its members names that member. Never a head of :func:`_one_name_word` (session 19).
_ONE_WORD_NOT_HEADS = frozenset({
    "kandidaat", "tolk", "scout", "opi", "omi", "ploegmaat", "teamgenoot", "klasgenoot", "welp", "kwik", "matrone",
    "secretaresse", "fysio", "kine", "logo", "dokteres", "flik", "garçon", "garcon", "ref", "crew", "clan", "duo",
    "trio", "band", "combo", "squad", "club", "vriendengroep", "bende", "gang", "koor", "orkest", "kring", "vereniging",
    "totem", "bijnaam", "alias", "naam", "voornaam", "achternaam", "contact", "contactpersoon", "account", "profiel",
    "nummer", "gsm", "mail", "adres", "chat", "bericht", "reactie", "comment", "post", "story", "snap", "collega",
    "stagiair", "stagiaire", "student", "studente", "leerling", "cursist", "animator", "animatrice", "monitor",
    "monitrice", "therapeut", "pedagoog", "psycholoog", "psy", "kinesist", "broeder", "zuster", "pater", "frater",
    "mère", "père", "soeur", "oncle", "tonton", "tata", "tatie", "mamie", "papi", "abla", "teyze", "amca", "dayi",
    "nene", "dede", "kuya", "ate", "lola", "lolo", "tito", "tita", "yaya", "bibi", "ustaz", "hadji", "hadja", "cheikh",
    "mister", "miss", "ms", "mrs", "mr", "sir", "madam", "buddy", "baas", "bazin", "opa", "oma", "baby", "lief", "liefje",
    "schatje", "vriendje", "vriendinnetje", "pop", "beer", "beertje", "poes", "muis", "muisje", "konijn", "hond",
    "kat", "paard", "pony", "cavia",
})


#: Simple (no compound) nouns of a venue, a business or an institution that open a name with
#: ONE word after them ("Bowling X", "Moskee X", "Zone X", "Taxi X"): a closed class of what
#: a place or a firm is. Any other head of :func:`_one_name_word` is a Dutch compound ending
#: in one of them (``_VENUE_TAILS``: "Buurt|comité", "Game|café"); a word both a noun and a
#: first name of some origin ("Karma", "Comfort", "Gift", "Divine") is in neither, and neither
#: is a compound of other words ("Liese|lijn", a girl's name) (session 19).
_VENUE_NOUNS = frozenset({
    "bowling", "elektro", "moskee", "kerk", "tempel", "synagoge", "pagode", "zone", "park", "circus", "taxi",
    "garage", "café", "cafe", "bar", "brasserie", "bistro", "restaurant", "frituur", "pizzeria", "snackbar", "bakkerij",
    "slagerij", "apotheek", "drogisterij", "hotel", "camping", "museum", "theater", "bioscoop", "cinema", "zaal", "hal",
    "studio", "atelier", "winkel", "shop", "salon", "school", "academie", "instituut", "kliniek", "centrum", "plein",
    "domein", "kasteel", "abdij", "kamp", "festival", "fuif", "kermis", "markt", "beurs", "radio", "krant",
    "uitgeverij", "drukkerij", "brouwerij", "stokerij", "omroep", "zender", "manege", "zwembad", "stadion", "speeltuin",
    "speelplein", "jeugdhuis", "wijkhuis", "buurthuis", "ontmoetingscentrum", "bibliotheek", "mediatheek", "ludotheek",
    "speelotheek", "boekhandel", "supermarkt", "warenhuis", "kringwinkel", "tuincentrum", "dierenpark", "zoo",
})


#: Last parts of a compound head of :func:`_one_name_word` that say "a venue, a business, an
#: institution" ("Buurt|comité", "Game|café", "Jongeren|punt", "Verzekerings|kantoor").
_VENUE_TAILS = _VENUE_NOUNS | frozenset({"comité", "comite", "kantoor", "punt", "huis", "club", "kamp", "fonds", "dienst",
                                         "werking", "centrale", "bedrijf", "handel", "verhuur", "boerderij", "hoeve"})


def _one_word_head(f: str, low: str, lex: Lexicon) -> bool:
    """Whether the type noun ``f`` (as written in lower case: ``low``) may open a name of one
    word no list knows: a closed venue or business noun, or a Dutch compound that ends in one
    (``_VENUE_TAILS``) after a Dutch word of three letters or more (a linking "s" or "e"
    allowed). Not any compound: "Liese|lijn" splits into two words and is a girl's name."""
    from .lexicon import fold

    if f in _VENUE_NOUNS:
        return True
    for word in {low, fold(low)}:
        for tail in _VENUE_TAILS:
            if word.endswith(tail) and len(word) - len(tail) >= 3:
                head = word[: -len(tail)]
                if lex.is_word(head) or (head[-1] in "se" and len(head) > 3 and lex.is_word(head[:-1])):
                    return True
    return False


def _one_name_word(text: str, toks: list[Token], i: int, lex: Lexicon, know: Knowledge) -> bool:
    """A capitalised type noun and ONE capitalised word that no first-name or name-word list
    holds ("Bowling Stardust", "Buurtcomité Venning", "Elektro Vandewoestyne", "Zone Rupel-Noord";
    session 19, the keep side of issue 11): before it the run took no word no list knows alone.
    The head is a venue's or business's noun of a closed class or a Dutch compound
    (:func:`_one_word_head`).

    The evidence is the head (see the module: a capitalised common noun of a thing inside a
    sentence, after a preposition, article or determiner, no person noun); a person is named
    after a thing's noun only when the noun is a group, a pet or a person after all
    (``_ONE_WORD_NOT_HEADS``: "Duo X", "Tolk X" stay masked). Never kept: a listed first name
    or name-word (any part of a hyphenated word: "Anne-X"), a name the report gives, a word of
    less than three letters or in capitals, a word with a capitalised word, a colon, a
    bracket or an apostrophe-s after it (a longer name, a label, an age, a possessive); the
    caller asks ``keep_heads._person_cue`` (a speech verb, a subordinator, a title) after this."""
    head, nxt = toks[i], toks[i + 1]
    if head.folded in _ONE_WORD_NOT_HEADS or text[head.end : nxt.start] != " ":
        return False
    if not _one_word_head(head.folded, head.text.lower(), lex):
        return False
    f = nxt.folded
    if nxt.allcaps or not nxt.cap or len(f) < 3 or f in know.names or f in know.place_parts:
        return False
    parts = [p for p in f.split("-") if p]
    if not parts or not all(p.isalpha() for p in parts):
        return False
    if any(p in lex.first_names or p in lex.name_words or p in know.names for p in [f, *parts]):
        return False
    after = text[nxt.end : nxt.end + 3]
    if after[:1] in (":", "(", "'", "’") or after.lstrip(" ")[:1] == "(":
        return False
    if i + 2 < len(toks) and (toks[i + 2].cap or toks[i + 2].allcaps) and text[nxt.end : toks[i + 2].start].strip(" -") == "":
        return False
    return True


def _long_compound(f: str, lex: Lexicon) -> bool:
    """A compound of two parts of 4+ letters each ("foto|studio", "buurt|comité"; a linking
    "s" or "e" after the first): not "ten|zin" -- a foreign first name splits into short
    Dutch words as often ("Tenzin")."""
    from .detect import is_compound

    for k in range(4, len(f) - 3):
        head, tail = f[:k], f[k:]
        if (lex.is_word(head) or (head[-1] in "se" and len(head) > 4 and lex.is_word(head[:-1]))) and (
                lex.is_word(tail) or (len(tail) >= 6 and is_compound(tail, lex))):
            return True
    return False


def _inflected_adjective(f: str, lex: Lexicon) -> bool:
    """An adjective of a place's name with its "-e" ("Hoge", "Oude", "Groene"): a closed
    grammatical class (the word list holds no part of speech; "Dele", "Pope" are words too
    and open foreign persons' names), never a nickname's ("Grote", "Kleine", "Lange", "Dikke")."""
    return f in _PLACE_ADJECTIVES


def _noun_shape(f: str, lex: Lexicon) -> bool:
    """Whether a word the lists know has the shape of a singular noun, not of a verb, an
    adjective, a participle or a plural (the word lists hold no part of speech): no "-en",
    no plural "-s", no past "-de"/"-te" or present "-t" of a verb ("wijzigde", "doorsmeert"),
    no participle "ge-...-d/-t" of a verb, no adjective's ending ("-ig", "-lijk", "-baar",
    "-isch", "-end", an inflected "-e" of a word)."""
    if f.endswith(("en", "'s", "je", "jes", "tjes", "ig", "ige", "lijk", "lijke", "baar", "bare", "loos", "loze", "isch",
                   "ische", "ief", "ieve", "end", "ende", "ste")):
        return False
    if f.endswith("s") and (lex.is_word(f[:-1]) or f.endswith(("ers", "els", "ies", "oes"))):
        return False  # a plural
    if f.endswith(("de", "te")) and (lex.is_word(f[:-2] + "en") or lex.is_word(f[:-3] + "en") or lex.is_word(f[:-1])):
        return False  # a verb's past ("wijzigde", "maakte")
    if f.endswith(("d", "t")) and (lex.is_word(f[:-1] + "en") or lex.is_word(f[:-2] + "en") or lex.is_word(
            f[:-1] + f[-2] + "en")) and len(f) > 4:
        return False  # a verb's present or participle ("doorsmeert", "gepinkeld")
    if f.startswith("ge") and f.endswith(("d", "t")) and lex.is_word(f[2:-1] + "en"):
        return False
    return not (f.endswith("e") and len(f) > 4 and lex.is_word(f[:-1]) and not lex.is_word(f[:-1] + "en"))


def _run_end(text: str, toks: list[Token], j: int, lex: Lexicon, know: Knowledge) -> int:
    """The last token of the name from ``j`` (``j - 1`` when there is none); see the module."""
    from .keep_tails import ORG_WORDS
    from .lexicon import english_words

    english = english_words()
    n = len(toks)
    kinds: list[str] = []
    k = j
    opened = False
    while k < n and len(kinds) < _MAX_WORDS:
        t = toks[k]
        if k > j and text[toks[k - 1].end : t.start] != " ":
            break
        f = t.folded
        if not (t.cap or (k == j and f in _LOWER_ARTICLES)) or t.allcaps and len(f) > 1 and k == j:
            break
        if f in lex.first_names and kinds == ["at"] and f not in know.names:
            if k + 1 < n and (toks[k + 1].cap or toks[k + 1].allcaps) and text[t.end : toks[k + 1].start] == " ":
                return j - 1  # "Bakkerij Bij <first name> <surname>": a person's full name (session 11's policy)
            return k  # "Koffiebar Bij <first name>": a shop "at X's", the name is the shop's
        if f in know.names or f in lex.first_names:
            return j - 1 if not kinds or kinds == ["art"] else _closed(kinds, j, opened)
        if k == j and t.cap and f in _AT and k + 1 < n and toks[k + 1].cap and text[t.end : toks[k + 1].start] == " ":
            opened = True  # a capitalised "at" mid-name: "Broodjeszaak Chez X", "Koffiebar Bij X"
            kinds.append("at")
            k += 1
            continue
        if k == j and f in _ARTICLES and k + 1 < n and toks[k + 1].cap:
            opened = True
            kinds.append("art")
            k += 1
            continue
        if f in TYPED_SURNAME_PARTICLES:
            return j - 1 if not kinds or kinds == ["art"] else _closed(kinds, j, opened)
        if f in TYPED_RUN_PARTICLES:
            kinds.append("particle")
            k += 1
            continue
        parts = [p for p in f.split("-") if p]
        pure = f not in lex.surnames and f not in lex.name_words and parts and all(
            lex.is_word(p) or p in english or p in ORG_WORDS or p == "sint" for p in parts)
        place = (f in lex.places or f in lex.territories) and f not in lex.first_names and f not in lex.surnames
        if place and f in home_towns():
            kinds.append("place")  # (before a word: "Beringen" is a verb's form too)
        elif pure:
            kinds.append("adj" if k == j and _inflected_adjective(f, lex) else "word")
        elif place:
            kinds.append("place" if f in home_towns() else "place-")
        elif (f in lex.surnames or f in lex.name_words) and not (
                kinds and kinds[-1] in ("word", "adj") and lex.is_word(f)):
            kinds.append("name")  # (a name that is a word after a word of the name is a word: "Rode Leeuw")
        elif f in lex.surnames or f in lex.name_words:
            kinds.append("word")
        else:
            kinds.append("unknown")
        k += 1
    return _closed(kinds, j, opened)


def _closed(kinds: list[str], j: int, opened: bool) -> int:
    """The last index of the longest acceptable prefix of the run's ``kinds``."""
    for m in range(len(kinds), 0, -1):
        pre = kinds[:m]
        body = pre[1:] if opened else pre
        if not body or body[-1] == "particle":
            continue
        if "particle" in body:
            after = body[body.index("particle") + 1 :]
            if any(x in ("unknown", "name", "particle") for x in after) or not after:
                continue  # "De X", "Van de X", "Ter X" with a word no list knows: a surname's shape
            return j + m - 1  # "Park Ter <word>"
        if "name" in body and not opened:
            continue  # a listed surname in a run with no article: a person's name as often as not
        if opened:
            return j + m - 1  # a house's name after its article ("Speeltuin Het X")
        unknown = body.count("unknown")
        if unknown == 0:
            return j + m - 1
        if unknown == 1 and len(body) >= 2 and (body[0] == "adj" or body[-1] == "place"):
            return j + m - 1  # "Hoge X", "X <town>" (an inflected adjective, a Belgian or Dutch town)
    return j - 1


#: Capitalised tails of an organisation's name that say its kind: a broadcaster, a legal form
#: ("X FM", "X TV", "X vzw"). No person's name ends in one.
_KIND_TAILS = frozenset({"fm", "tv", "vzw", "asbl", "bv", "nv", "bvba", "cvba", "srl", "sprl", "gmbh", "ltd", "inc"})
_ACRONYM_MAX = 6


def protect_place_closed(text: str, toks: list[Token], caps: list[int], lex: Lexicon, know: Knowledge,
                         prot: _Protect, words: set[str]) -> None:
    """Add "keep" protections for "<X> <town>" ("ACLI Limburg", "<word no list knows> <town>")
    and "<X> FM"/"<X> vzw" (see :func:`_closed_pair`)."""
    homes = home_towns()
    if homes.isdisjoint(words) and _KIND_TAILS.isdisjoint(words):
        return
    n = len(toks)
    for t in caps:
        if t == 0:
            continue
        tail = toks[t]
        f = tail.folded
        kind = f in _KIND_TAILS and (tail.allcaps or f in ("vzw", "asbl"))
        if not kind and (f not in homes or tail.allcaps or know.known_or_listed_name(f, lex)):
            continue
        first = t - 1
        w = toks[first]
        if not (w.cap or w.allcaps) or text[w.end : tail.start] != " ":
            continue
        if t + 1 < n and (toks[t + 1].cap or toks[t + 1].allcaps) and text[tail.end : toks[t + 1].start] == " ":
            continue  # a longer run
        if _closed_pair(text, toks, first, t, lex, know, kind=kind):
            prot.add(w.start, tail.end, "keep")


def _closed_pair(text: str, toks: list[Token], first: int, last: int, lex: Lexicon, know: Knowledge, *,
                 kind: bool) -> bool:
    """Whether ``toks[first]`` + the closing ``toks[last]`` are an organisation's name:

    * before a town: an acronym ("ACLI Limburg") or one word no list knows at all (no first
      name, surname, name-word, Dutch or English word, place: "<Türkish word> <town>") --
      a person's name before a town is a first name and a surname, and a surname that is a
      town is on the surname list (the town is then no closing word); and the town is a
      municipality or province of Belgium or the Netherlands that no name list holds;
    * before a broadcaster's or legal form's tail ("FM", "vzw"): any word that is no title
      and no name the report gives;
    * no person cue at the pair (``keep_tails._person_cue``: a capitalised word before it,
      a speech verb after it, a particle before it).
    """
    from .detect import PARTICLES, TITLES
    from .keep_chains import _PERSON_BEFORE
    from .keep_tails import _person_cue
    from .lexicon import english_words
    from .person_clauses import SUBORDINATORS

    w = toks[first]
    f = w.folded
    if f in know.names or f in TITLES or f in PARTICLES or f in _PERSON_BEFORE or f in SUBORDINATORS or f in lex.common:
        return False
    if not kind:
        if w.allcaps:
            if not (2 <= len(f) <= _ACRONYM_MAX and f.isalpha()):
                return False
        elif (len(f) < 4 or not f.isalpha() or lex.is_listed_name(f)
              or lex.is_word(f) or f in english_words() or f in lex.places or f in lex.territories):
            return False
    prev = toks[first - 1] if first > 0 else None
    if prev is not None and prev.folded in _PERSON_BEFORE and text[prev.end : w.start] == " ":
        return False  # "met X <town>": a person's position
    from .keep_heads import _person_cue as _head_cue

    if _person_cue(text, toks, first, last, lex, know) or _head_cue(text, toks, first, first, last, lex, know):
        return False
    if not kind and not w.allcaps and _person_slot(text, toks, first, last):
        return False  # "Groetjes,\n<Naam> <Town>", "[19:42] <Naam> <Town>:", "<Naam> <Town> (animator)" (session 17)
    nxt = toks[last + 1] if last + 1 < len(toks) else None
    # ("X <town> die belde": a relative clause of a person's verb)
    return not (nxt is not None and nxt.folded in ("die", "wie") and last + 2 < len(toks)
                and toks[last + 2].folded in _STRONG_VERBS_CACHE())


#: A photo's position after a person: "<Naam> (links)", "(l.)", "(midden)".
_PHOTO_POSITION_RE = re.compile(r"[ \t]*\((?:links|rechts|midden|l\.|r\.|m\.)\)")


def _person_slot(text: str, toks: list[Token], first: int, last: int) -> bool:
    """Whether the pair ``toks[first:last + 1]`` stands where a LINE or an apposition says "a
    person" (session 17; the blind attack A16 published "<Naam> <Dutch town>" in nine frames): a
    time-stamped chat line's sender, all a sign-off's or a display name's line holds, or a role,
    an age or a photo's position right after it ("<Naam> <Town> (jeugdconsulent)", ", 17,",
    "(links)"). An organisation's name no list knows signs and posts as well ("Groetjes,\n<Club>
    <Town>"): the price of this shape, listed by ``perskamer review``."""
    from .chat_senders import stamped_sender
    from .detect import _lines_of
    from .person_label_lines import _role_after
    from .person_layout import alone_on_name_line

    end = toks[last].end
    if _role_after(text, end) or _PHOTO_POSITION_RE.match(text, end):
        return True
    if "\n" not in text and "[" not in text and ":" not in text:
        return False
    lines = _lines_of(text)
    return alone_on_name_line(lines, toks[first].start, end) or stamped_sender(text, toks, first, lines[1])


def _STRONG_VERBS_CACHE() -> frozenset[str]:  # noqa: N802
    from .detect import _STRONG_VERBS

    return _STRONG_VERBS
