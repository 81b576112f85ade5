"""Lower-case names in chat-style text: positions beyond session 4's (issue 11, session 5).

Chat-style text (no capital at all, or a "speaker: message" line) writes names in lower
case, so only the position tells a name from a word. The detector asks this module about
a lower-case word that no list knows (no Dutch or English word, inflection or compound,
no place, brand, organisation or chat word: ``detect._unknown_lower``) when session 4's
positions (after a preposition, a greeting, a verb; ending a line) did not place it:

* the subject after a clause opener: "ik wel als <naam> de soep maakt", "want <naam> had
  de auto", "weet iemand of <naam> nog komt", "maar <naam> zei van niet";
* the subject after a short finite verb in inversion: "dan kan <naam> de sleutels halen";
* a vocative ending a line after an answer word: "zeker weten <naam>", "top <naam>";
* the person after "wachten op", "rekenen op" ...: "wacht op <naam>, die is onderweg".

Words of youth slang and interjections that stand in the same positions are listed here
(they are no names, and few word lists hold them).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .lexicon import Lexicon
from .particles import LOWER_CHAT_PARTICLES

if TYPE_CHECKING:
    from .detect import Token

#: Words that open a (subordinate or coordinate) clause: a subject follows.
CLAUSE_OPENERS = frozenset({"als", "dan", "want", "of", "maar", "omdat", "toen", "dat", "terwijl", "zodat", "tenzij",
                            "zodra", "wanneer", "nadat", "voordat", "hoewel", "zoals", "totdat", "dus"})
#: Short finite verbs (the detector's finite-verb test wants four letters or more).
SHORT_FINITE = frozenset({"kan", "zal", "mag", "wil", "kon", "zou", "had", "was", "is", "gaat", "doet", "komt", "wou",
                          "ging", "deed", "kwam", "zei", "weet", "zit", "zat", "lag", "ligt", "ziet", "zag", "heeft",
                          "moet", "mocht", "moest", "gaf", "geeft", "nam", "neemt", "bleef", "blijft", "staat", "stond"})
#: What follows a subject right after a clause opener: a finite verb (see above, or the
#: detector's test), or the start of what the subject does: an article, an object pronoun,
#: an adverb.
_AFTER_SUBJECT = frozenset({"de", "het", "een", "die", "dat", "deze", "mij", "me", "ons", "haar", "hem", "jou", "je",
                            "hen", "nog", "ook", "al", "niet", "wel", "er", "daar", "hier", "morgen", "vandaag",
                            "straks", "zelf", "zeker", "altijd", "nooit", "mee", "thuis", "eerst", "pas", "weer",
                            "opnieuw", "nu", "toch", "echt", "gewoon", "misschien", "even", "dan", "mijn", "zijn",
                            "z'n", "m'n"})
#: Answer words after which a line may end on the name of the one answered.
ANSWER_WORDS = frozenset({"ja", "jaja", "nee", "ok", "oke", "oké", "okee", "top", "super", "nice", "perfect", "prima",
                          "cool", "tof", "zeker", "weten", "klopt", "inderdaad", "graag", "haha", "hahaha", "yes",
                          "yep", "tuurlijk", "natuurlijk", "akkoord", "deal", "goed", "gelukt", "succes", "proficiat"})
#: Youth slang and interjections (Arabic, Turkish, Surinamese, English loans) that stand
#: where a name could: never read as names by the rules for unknown lower-case words
#: (none is on the name lists; a listed first name follows the name rules).
SLANG = frozenset({"wallah", "wollah", "walla", "wellah", "inshallah", "inchallah", "mashallah", "machallah", "yallah",
                   "yalla", "habibi", "sahbi", "khoya", "zehma", "zema", "starfoullah", "hamdoullah", "hamdullah",
                   "bismillah", "wesh", "frr", "mattie", "matties", "sahbe", "ewaa", "bruh", "skeer", "doekoe",
                   "patta", "tfoe", "miskien", "abi", "kanka", "moruk", "ya",
                   "sws", "ofz", "ofzo", "zeg", "ahja", "ahnee", "eig", "egt", "eigl", "ngl", "fr", "tbh", "idk",
                   "imo", "omw", "irl", "asap", "bff", "gg", "rip", "smh", "istg", "mvg", "gr", "grtz", "xx", "xxx"})


#: Subject pronouns before a verb whose object may be a name ("we vroegen <naam> ...").
SUBJECT_PRONOUNS = frozenset({"ik", "we", "wij", "jullie", "ze", "zij", "hij", "jij", "je", "u"})
#: Subject pronouns after the verb of a question ("hebben jullie <naam> al gezien?").
_INVERTED_SUBJECTS = frozenset({"we", "wij", "jullie", "ze", "zij", "je", "jij", "u", "ge", "gij"})
#: What follows an object name after a plural subject's verb: a question word or conjunction
#: ("vroegen <naam> wat/of"), "om" ("gevraagd om"), an article, an adverb.
_AFTER_OBJECT = frozenset({"wat", "of", "om", "waarom", "hoe", "wanneer", "waar", "wie", "dat", "een", "de", "het",
                           "nog", "ook", "al", "gisteren", "vandaag", "morgen", "meteen", "direct", "niet", "wel",
                           "even", "eens", "op", "mee", "terug", "voor", "over"})
_LINE_END = frozenset({"", "\n", "?", "!", "."})
#: Plural forms of the auxiliaries and of the short verbs (no "-en" of a listed singular form).
_PLURAL_VERBS = frozenset({"hebben", "hadden", "zijn", "waren", "gaan", "gingen", "kunnen", "konden", "moeten",
                           "moesten", "willen", "wilden", "zullen", "zouden", "mogen", "mochten", "zagen", "kregen",
                           "namen", "gaven", "lieten", "hoorden", "zeiden", "vroegen", "belden", "stuurden"})
#: Separable prefixes of a verb written as one word ("binnenkwam", "meebracht", "opbelde").
_SEPARABLE = ("binnen", "buiten", "mee", "op", "aan", "af", "uit", "terug", "weg", "langs", "door", "toe", "over",
              "na", "bij", "rond", "thuis", "neer", "vast", "los", "samen", "tegen", "in")
#: Auxiliaries after a past participle ("nadat <naam> vertrokken was").
_AUX = frozenset({"was", "is", "had", "heeft", "waren", "zijn", "werd", "hadden", "hebben", "wordt"})


#: Interjections that may open a chat message before its subject ("haha <naam> heeft ...").
INTERJECTIONS = frozenset({"haha", "hahaha", "hahahaha", "hihi", "hehe", "lol", "lmao", "omg", "oei", "oeps", "pff",
                           "pfff", "amai", "wow", "wauw", "jeetje", "ah", "oh", "ohja", "ahja", "ok", "oké", "okee",
                           "jaja", "nou", "yes", "ow", "oeh", "damn", "bruh", "xd"})


def _surname_like(f: str, lex: Lexicon) -> bool:
    """A lower-case word that may be a surname between a subject's first name and its verb: no
    pronoun, no adverb or word that follows a subject ("zelf", "ook", "weer"), no conjunction,
    no frequent word, no verb."""
    return (len(f) >= 3 and f.replace("-", "").isalpha() and f not in _AFTER_SUBJECT and f not in SUBJECT_PRONOUNS
            and f not in CLAUSE_OPENERS and f not in SHORT_FINITE and f not in ANSWER_WORDS and f not in SLANG
            and f not in lex.common and f not in INTERJECTIONS and f not in ("en", "of", "met", "zonder"))


def _past_particles(text: str, toks: list[Token], i: int, lower_only: bool) -> int:
    """The index after the surname particles (at most three, single spaces) that follow token
    ``i``; ``lower_only``: a capitalised particle ("Van") ends them."""
    j = i + 1
    while (j < len(toks) and j - i <= 3 and toks[j].folded in LOWER_CHAT_PARTICLES and not (lower_only and toks[j].cap)
           and _gap(text, toks[j - 1], toks[j]) == " "):
        j += 1
    return j


def _rest_of_subject(text: str, toks: list[Token], i: int, lex: Lexicon,
                     finite_verb: Callable[[str, Lexicon], bool]) -> bool:
    """Whether a finite verb follows token ``i`` directly, or after lower-case surname particles
    and one surname-like word ("<naam> heeft", "<naam> <achternaam> heeft", "<naam> van <x> heeft")."""
    n = len(toks)
    j = _past_particles(text, toks, i, lower_only=False)
    if j < n and j > i + 1 or j < n and _surname_like(toks[j].folded, lex) and not verb_form(
            toks[j].folded, lex, finite_verb, plural=True):
        if _gap(text, toks[j - 1], toks[j]) != " " or not _surname_like(toks[j].folded, lex):
            return False
        j += 1
    return (j < n and _gap(text, toks[j - 1], toks[j]) == " " and not toks[j].cap
            and verb_form(toks[j].folded, lex, finite_verb, plural=True))


def surnames_after_lower_names(text: str, toks: list[Token], lex: Lexicon,
                               finite_verb: Callable[[str, Lexicon], bool]) -> None:
    """Make persons of the surname after a lower-case first name that opens a main clause
    ("celine kuiken heeft weer ...", "haha yolien vanoverbeke zei ...", "gerben zwanenburg: ok"):
    in a main clause the finite verb stands second, so what stands between the subject's first
    name and its verb (or a chat label's colon) is the rest of the name -- lower-case particles
    and one word. Not in a subordinate clause ("toen <naam> snel kwam": an adverb stands there)."""
    n = len(toks)
    for i, tok in enumerate(toks):
        if not tok.person or tok.cap or tok.allcaps:
            continue
        prev = toks[i - 1] if i > 0 else None
        opens = tok.sent_start or prev is None or "\n" in text[prev.end : tok.start] or (
            prev.folded in INTERJECTIONS and _gap(text, prev, tok) == " ")
        if not opens:
            continue
        j = _past_particles(text, toks, i, lower_only=True)
        if j >= n or toks[j].cap or toks[j].person or _gap(text, toks[j - 1], toks[j]) != " ":
            continue
        x = toks[j]
        if not _surname_like(x.folded, lex) or (j == i + 1 and verb_form(x.folded, lex, finite_verb, plural=True)):
            continue  # (after particles no verb stands: "van de voorde" is the surname)
        after = text[x.end : x.end + 1]
        nxt = toks[j + 1] if j + 1 < n else None
        if not (after == ":" or (nxt is not None and _gap(text, x, nxt) == " " and not nxt.cap
                                  and verb_form(nxt.folded, lex, finite_verb, plural=True))):
            continue
        for k in range(i + 1, j + 1):
            t = toks[k]
            t.person, t.score, t.rule = True, max(t.score, 0.7), "lower-case surname after a first name opening a clause"


def verb_form(f: str, lex: Lexicon, finite_verb: Callable[[str, Lexicon], bool], plural: bool = False) -> bool:
    """Whether a lower-case word is a finite verb: a short finite form, the detector's finite-verb
    test, one of them after a separable prefix ("binnenkwam", "meebracht"), or (``plural``) a
    plural form (:func:`plural_verb`)."""
    if f in SHORT_FINITE or finite_verb(f, lex):
        return True
    for p in _SEPARABLE:
        if f.startswith(p) and len(f) - len(p) >= 3:
            rest = f[len(p) :]
            if rest in SHORT_FINITE or finite_verb(rest, lex):
                return lex.is_word(f)
    return plural and plural_verb(f, lex, finite_verb)


def plural_verb(f: str, lex: Lexicon, finite_verb: Callable[[str, Lexicon], bool]) -> bool:
    """Whether a lower-case word is a plural finite verb: a listed one, or a word whose "-n" less
    is a past singular ("belden", "stuurden") or whose "-en" less is a strong past singular
    ("vroegen")."""
    if f in _PLURAL_VERBS:
        return True
    if not f.endswith("en") or len(f) < 5 or not lex.is_word(f):
        return False
    return (f.endswith(("den", "ten")) and finite_verb(f[:-1], lex)) or f[:-2] in SHORT_FINITE or (
        finite_verb(f[:-2], lex) and not f[:-2].endswith("t"))


def _participle(f: str, lex: Lexicon) -> bool:
    """A past participle the word list holds ("gevraagd", "gezien", "vertrokken")."""
    return len(f) > 4 and f.startswith(("ge", "ver", "be", "ont", "her")) and lex.is_word(f) and f.endswith(
        ("d", "t", "en"))


def _participle_before_aux(text: str, toks: list[Token], j: int, lex: Lexicon) -> bool:
    """Whether token ``j`` is a participle right before an auxiliary ("vertrokken was")."""
    return (j + 1 < len(toks) and _participle(toks[j].folded, lex) and toks[j + 1].folded in _AUX
            and _gap(text, toks[j], toks[j + 1]) == " ")


def _gap(text: str, a: Token, b: Token) -> str:
    return text[a.end : b.start]


def lower_name_position(text: str, toks: list[Token], i: int, lex: Lexicon,
                        finite_verb: Callable[[str, Lexicon], bool], wait_for: frozenset[str]) -> str:
    """Where an unknown lower-case word stands in a name's position in a chat line, or "".

    ``finite_verb(folded, lex)`` is the detector's finite-verb test; ``wait_for`` the words
    before "op" + a person ("wacht op X")."""
    tok = toks[i]
    if tok.folded in SLANG:
        return ""
    prev = toks[i - 1] if i > 0 else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if prev is None or prev.cap or _gap(text, prev, tok) != " ":
        return ""
    follows = nxt is not None and not nxt.cap and _gap(text, tok, nxt) == " "
    if prev.folded in CLAUSE_OPENERS and follows and (
            nxt is not None and (nxt.folded in _AFTER_SUBJECT or verb_form(nxt.folded, lex, finite_verb)
                                 or _participle_before_aux(text, toks, i + 1, lex))):
        # "als <naam> de soep maakt", "want <naam> had", "toen <naam> binnenkwam" (a separable verb,
        # session 16), "nadat <naam> vertrokken was"
        return f"after '{prev.text}' before '{nxt.text}'"  # type: ignore[union-attr]
    if prev.folded in INTERJECTIONS and follows and _rest_of_subject(text, toks, i, lex, finite_verb):
        # the subject after an interjection: "haha <naam> heeft weer ...", "haha <naam> <achternaam> heeft"
        # (a main clause: the finite verb comes second; session 16)
        return f"after '{prev.text}' before a verb"
    if (i >= 2 and toks[i - 2].folded in SUBJECT_PRONOUNS and _gap(text, toks[i - 2], prev) == " "
            and not finite_verb(prev.folded, lex) and plural_verb(prev.folded, lex, finite_verb)
            and (nxt is None or (follows and (nxt.folded in _AFTER_OBJECT or _participle(nxt.folded, lex)))
                 or text[tok.end : tok.end + 1] in _LINE_END)):
        # the object after a plural subject's verb: "we vroegen <naam> wat", "we hebben <naam> gevraagd"
        # (a singular verb is judged before: "after the verb", detect._lower_chat_position; session 16)
        return f"after '{toks[i - 2].text} {prev.text}'"
    if (i >= 2 and prev.folded in _INVERTED_SUBJECTS and toks[i - 2].sent_start
            and _gap(text, toks[i - 2], prev) == " " and verb_form(toks[i - 2].folded, lex, finite_verb, plural=True)
            and (follows and nxt is not None and (nxt.folded in _AFTER_SUBJECT or _participle(nxt.folded, lex))
                 or text[tok.end : tok.end + 1] == "?")):
        # the object of a question: "hebben jullie <naam> al gezien?", "zag je <naam>?" (session 16)
        return f"after '{toks[i - 2].text} {prev.text}'"
    if prev.folded in SHORT_FINITE and not prev.sent_start and i >= 2 and (
            toks[i - 2].folded in CLAUSE_OPENERS or toks[i - 2].sent_start) and follows:
        return f"after the verb '{prev.text}'"  # "dan kan <naam> de sleutels halen"
    after = text[tok.end : tok.end + 1]
    if prev.folded in ANSWER_WORDS and nxt is None or prev.folded in ANSWER_WORDS and after in ("\n", "!", "?", "."):
        return f"after '{prev.text}' ending a line"  # "zeker weten <naam>"
    if prev.folded == "op" and i >= 2 and toks[i - 2].folded in wait_for and _gap(text, toks[i - 2], prev) == " ":
        return f"after '{toks[i - 2].text} op'"  # "wacht op <naam>"
    return ""

