"""Positions that make a capitalised word a person, whatever list knows the word (issue 11, session 6).

The detector (``detect.py``) scores a capitalised word by the lists that know it: a word
that is also an ordinary Dutch word ("Lux", "Roef") or an English word ("Precious") stays
below the line unless the sentence says more. These rules read that "more" from the
sentence's structure only, never from a list of the names seen:

* an apposition after a person noun: "Mijn oudste, <X>, gaat ..." (a family or role word
  with a possessive before it, the word between commas);
* the subject after a clause opener, before an adverb or a finite verb: "vroeg of <X> nu
  ook ...", "omdat <X> al ..." (Dutch capitalises no common noun inside a sentence);
* a cleft sentence: "was het <X> (<Y>) die ...", "bleek het <X> te zijn";
* parallel prepositions: "aan <X> of aan <naam>" (the same preposition repeated through
  "en"/"of", a person on the other side), applied after scoring (see :func:`parallel_person`);
* a listed first name that is also a word opening a sentence before a finite verb
  ("<Rune> heeft er een lijst rond getimmerd"), not before "en" ("Storm en regen");
* a two-letter capitalised word no list knows after a person's preposition ("naast Mo");
* a word in capitals after a contact verb or a preposition in capitals ("BEL <X>:",
  "BELLEN NAAR <X>", "VRAAG AAN <X>");
* a nickname in quotation marks after a naming verb with a person as its subject ("die
  heet 'De Prof'", "ze noemen hem 'de Baas'"), whatever list knows its words;
* a lower-case word inside an all-lower-case quotation on a line that has capitals
  (``Een reactie: "als <naam> er ni is ..."``): the quotation is chat, its line is not;
* anywhere in what people say, a lower-case word on a first-name list that no word list
  holds (:func:`reads_as_first_name`: "we belden yusuf meteen op"); the leak guard asks
  the same question of every published quote (``leftover.py``).

A word a list keeps (an organisation, a place, a brand) is judged before these rules
(the detector protects it), so they only turn ordinary and English words into names.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from . import person_clauses, person_relations, vocatives
from .chat import CLAUSE_OPENERS, SHORT_FINITE, SLANG
from .lexicon import Lexicon, english_words, fold, load_lexicon

if TYPE_CHECKING:
    from .detect import Token

#: Family and role words that an apposition names ("mijn oudste, X,"; "onze buurjongen, X,").
PERSON_NOUNS = frozenset(
    {
        "oudste",
        "jongste",
        "middelste",
        "tweede",
        "derde",
        "zoon",
        "dochter",
        "zoontje",
        "dochtertje",
        "broer",
        "broertje",
        "zus",
        "zusje",
        "zuster",
        "kind",
        "kindje",
        "kleinzoon",
        "kleindochter",
        "kleinkind",
        "neef",
        "neefje",
        "nicht",
        "nichtje",
        "vriend",
        "vriendin",
        "vriendje",
        "vriendinnetje",
        "buur",
        "buurman",
        "buurvrouw",
        "buurjongen",
        "buurmeisje",
        "petekind",
        "metekind",
        "pleegzoon",
        "pleegdochter",
        "pleegkind",
        "partner",
        "lief",
        "vriendinneke",
        "mama",
        "papa",
        "moeder",
        "vader",
        "man",
        "vrouw",
        "leerling",
        "collega",
        "stagiair",
        "stagiaire",
        "begeleider",
        "begeleidster",
        "leider",
        "leidster",
        "mentor",
        "coach",
        "trainer",
        "animator",
        "monitor",
        "jeugdwerker",
        "tweeling",
        "baby",
        "peuter",
        "kleuter",
        "tiener",
        "oudere",
        "jongere",
    }
)
_POSSESSIVES = frozenset({"mijn", "m'n", "onze", "ons", "zijn", "z'n", "haar", "hun", "jullie", "je", "jouw", "uw"})
#: Adverbs and the like that follow a subject right after a clause opener ("of X nu ...").
_AFTER_SUBJECT = frozenset(
    {
        "nu",
        "nog",
        "ook",
        "al",
        "niet",
        "wel",
        "er",
        "daar",
        "hier",
        "toch",
        "eigenlijk",
        "echt",
        "zelf",
        "altijd",
        "nooit",
        "soms",
        "vaak",
        "dan",
        "straks",
        "morgen",
        "gisteren",
        "vandaag",
        "eerst",
        "pas",
        "even",
        "ineens",
        "opeens",
        "gewoon",
        "misschien",
    }
)
#: Contact verbs in capitals before a name ("BEL X:", "MAIL X").
_CONTACT_VERBS = frozenset(
    {
        "bel",
        "bellen",
        "belt",
        "mail",
        "mailen",
        "sms",
        "app",
        "appen",
        "contacteer",
        "contact",
        "vraag",
        "vragen",
        "vraagt",
        "zoek",
        "zoekt",
        "meld",
        "melden",
    }
)
#: Prepositions before a person (in capitals: "VRAAG AAN X", "BELLEN NAAR X").
_PERSON_PREPOSITIONS = frozenset({"aan", "naar", "met", "bij", "voor", "tegen", "zonder", "naast", "door", "van"})
#: Verbs that say what the subject is: a thing as well as a person ("Roos is een symbool").
_COPULAS = frozenset(
    {
        "is",
        "was",
        "wordt",
        "werd",
        "blijft",
        "bleef",
        "lijkt",
        "leek",
        "heet",
        "heette",
        "betekent",
        "staat",
        "stond",
        "ligt",
        "lag",
        "hangt",
        "hing",
        "groeit",
        "bloeit",
        "valt",
        "viel",
        "waait",
    }
)
_CLEFT_VERBS = frozenset({"was", "is", "bleek", "blijkt", "werd", "wordt", "zijn", "waren"})


def _gap(text: str, a: Token, b: Token) -> str:
    return text[a.end : b.start]


def apposition_after_person_noun(text: str, toks: list[Token], i: int) -> str:
    """ "Mijn oudste, <X>, gaat ...": a capitalised word between commas right after a family
    or role word that a possessive opens. Returns the rule, or ""."""
    if i < 2 or i + 1 >= len(toks):
        return ""
    tok, noun, nxt = toks[i], toks[i - 1], toks[i + 1]
    if not tok.cap or tok.allcaps or noun.cap and not noun.sent_start or noun.folded not in PERSON_NOUNS:
        return ""
    if _gap(text, noun, tok).strip() != "," or not _gap(text, tok, nxt).startswith(","):
        return ""
    k = i - 2
    if toks[k].folded not in _POSSESSIVES and k >= 1 and toks[k - 1].folded in _POSSESSIVES:
        k -= 1  # "onze kleine oudste, X,"
    if toks[k].folded not in _POSSESSIVES:
        return ""
    return f"apposition after '{toks[k].text} {noun.text},'"


def subject_after_opener(
    text: str, toks: list[Token], i: int, lex: Lexicon, finite_verb: Callable[[str, Lexicon], bool]
) -> str:
    """ "vroeg of <X> nu ook ...", "omdat <X> heeft ...": a capitalised word inside a sentence,
    right after a lower-case clause opener and before an adverb or a finite verb."""
    if i < 1 or i + 1 >= len(toks):
        return ""
    tok, prev, nxt = toks[i], toks[i - 1], toks[i + 1]
    if not tok.cap or tok.allcaps or tok.sent_start or prev.cap or prev.folded not in CLAUSE_OPENERS:
        return ""
    if prev.folded == "dan":
        return ""  # "groter dan X": a comparison
    if _gap(text, prev, tok) != " " or _gap(text, tok, nxt) != " " or nxt.cap:
        return ""
    if nxt.folded in _AFTER_SUBJECT or nxt.folded in SHORT_FINITE or finite_verb(nxt.folded, lex):
        return f"subject after '{prev.text}' before '{nxt.text}'"
    return ""


def cleft_person(text: str, toks: list[Token], i: int) -> str:
    """ "was het <X> (<Y>) (van de <groep>) die ...", "bleek het <X> te zijn": the focus of a
    cleft sentence. Up to three capitalised words; the run must end on "die" (or "van
    de/het <woord> die") or "te zijn"."""
    tok = toks[i]
    if not tok.cap or tok.allcaps or tok.sent_start:
        return ""
    start = i
    while (
        start > 0
        and i - start < 2
        and toks[start - 1].cap
        and not toks[start - 1].allcaps
        and not toks[start - 1].sent_start
        and _gap(text, toks[start - 1], toks[start]) == " "
    ):
        start -= 1
    if start < 2:
        return ""
    het, verb = toks[start - 1], toks[start - 2]
    if het.folded != "het" or het.cap or verb.folded not in _CLEFT_VERBS or verb.cap and not verb.sent_start:
        return ""
    if _gap(text, verb, het) != " " or _gap(text, het, toks[start]) != " ":
        return ""
    end = i
    while (
        end + 1 < len(toks)
        and end - start < 2
        and toks[end + 1].cap
        and not toks[end + 1].allcaps
        and _gap(text, toks[end], toks[end + 1]) == " "
    ):
        end += 1
    k = end + 1
    if k + 2 < len(toks) and toks[k].folded == "van" and toks[k + 1].folded in ("de", "het") and not toks[k].cap:
        k += 3
    if k >= len(toks) or _gap(text, toks[k - 1], toks[k]).strip(" ,") != "":
        return ""
    if toks[k].folded == "die" and not toks[k].cap:
        return f"cleft '{verb.text} het ... die'"
    if toks[k].folded == "te" and k + 1 < len(toks) and toks[k + 1].folded == "zijn":
        return f"cleft '{verb.text} het ... te zijn'"
    return ""


#: Finite verbs (singular) of what only a person does: said, told, laughed, gave, helped,
#: wrote, thought, knew, bought... (session 22: the subject before one is a person).
PERSON_ACTS = frozenset({
    "zei", "zegt", "vertelde", "vertelt", "vroeg", "vraagt", "riep", "roept", "antwoordde", "antwoordt", "belde",
    "belt", "appte", "appt", "mailde", "mailt", "schreef", "schrijft", "fluisterde", "fluistert", "lachte", "lacht",
    "huilde", "huilt", "zuchtte", "zucht", "knikte", "knikt", "glimlachte", "glimlacht", "gaf", "geeft", "hielp",
    "helpt", "dacht", "denkt", "wist", "weet", "vond", "vindt", "kende", "kent", "leerde", "leert", "koos", "kiest",
    "besliste", "beslist", "sprak", "spreekt", "kocht", "koopt", "zong", "zingt", "las", "leest", "wou", "wilde",
    "durfde", "durft", "twijfelde", "twijfelt", "beloofde", "belooft", "tekende", "tekent", "danste", "danst",
    "studeert", "studeerde", "woont", "woonde",
})  # (not "legde", "speelde", "kookte", "bakte": "Storm legde de tenten plat", "Muziek speelde")


def name_word_subject(
    text: str, toks: list[Token], i: int, lex: Lexicon, finite_verb: Callable[[str, Lexicon], bool]
) -> str:
    """A listed first name that is also a word, opening a sentence before a finite verb
    ("<Rune> heeft er ..."): a common noun as a subject takes an article. Not a frequent
    word, not before a comma or "en"/"of" (coordinated mass nouns: "Storm en regen")."""
    tok = toks[i]
    if not (tok.sent_start or i == 0) or not tok.cap or tok.allcaps or i + 1 >= len(toks):
        return ""
    if tok.folded in lex.common or tok.folded not in lex.first_names and tok.folded not in lex.name_words:
        return ""
    nxt = toks[i + 1]
    if nxt.cap or _gap(text, tok, nxt) != " ":
        return ""
    if tok.folded not in lex.first_names:
        # a name that is a word but on no first-name list ("Storm", "Bloem", "Dauw"; session 22,
        # s22-leaks): only before a verb that a person does, never what weather or a thing does
        # ("Storm blies", "Dauw lag", "Zon scheen")
        return f"name-word opening a sentence before '{nxt.text}'" if nxt.folded in PERSON_ACTS else ""
    if nxt.folded in _COPULAS:
        return ""  # "Roos is een mooi symbool": what a thing is
    if nxt.folded in SHORT_FINITE or finite_verb(nxt.folded, lex):
        return f"first name opening a sentence before '{nxt.text}'"
    return ""


def caps_after_contact_word(text: str, toks: list[Token], i: int) -> str:
    """A word in capitals after a contact verb or a person's preposition in capitals
    ("BEL <X>:", "BELLEN NAAR <X>", "VRAAG AAN <X>")."""
    if i < 1:
        return ""
    tok, prev = toks[i], toks[i - 1]
    if not tok.allcaps or _gap(text, prev, tok) != " ":
        return ""
    if not prev.cap and prev.folded in _POSSESSIVES:
        return f"in capitals after '{prev.text}'"  # "onze <NAAM>" in a sentence in ordinary case
    if not prev.allcaps:
        return ""
    if prev.folded in _CONTACT_VERBS:
        return f"in capitals after '{prev.text}'"
    if prev.folded in _PERSON_PREPOSITIONS and i >= 2 and toks[i - 2].allcaps and toks[i - 2].folded in _CONTACT_VERBS:
        return f"in capitals after '{toks[i - 2].text} {prev.text}'"
    if prev.folded in ("en", "of") and i >= 2 and _gap(text, toks[i - 2], prev) == " ":
        return caps_after_contact_word(text, toks, i - 2)  # "BEL <NAAM> OF <NAAM>"
    return ""


def parallel_person(text: str, toks: list[Token], i: int) -> bool:
    """ "aan <X> of aan <naam>", "met <naam> en met <X>": token ``i`` and a person stand after
    the same lower-case preposition, joined by "en"/"of"."""
    tok = toks[i]
    if i < 1 or not tok.cap or tok.allcaps or tok.sent_start:
        return False
    prep = toks[i - 1]
    if prep.cap or prep.folded not in _PERSON_PREPOSITIONS or _gap(text, prep, tok) != " ":
        return False
    for coord, other_prep, other in ((i + 1, i + 2, i + 3), (i - 2, i - 4, i - 3)):
        if other_prep < 0 or other >= len(toks) or coord < 0:
            continue
        c, p, o = toks[coord], toks[other_prep], toks[other]
        if c.folded in ("en", "of") and not c.cap and p.folded == prep.folded and not p.cap:
            if o.person:
                return True
            if other > i and _kin_then_person(toks, other) and _word_or_name(tok.folded):
                return True  # "van X en van mijn nonkel <naam>" (session 8; not a word no list knows: a brand)
    return False


def _kin_then_person(toks: list[Token], k: int) -> bool:
    """Whether a possessive or article, a kin or human noun, and then a person start at
    token ``k`` ("mijn nonkel <naam>", "haar beste vriendin <naam>")."""
    from .person_relations import KIN, _human

    j = k
    if j < len(toks) and toks[j].folded in _KIN_DETERMINERS and not toks[j].cap:
        j += 1
    if j < len(toks) and toks[j].folded in ("beste", "oudste", "jongste", "kleine", "grote", "lieve") and not toks[j].cap:
        j += 1
    if j + 1 >= len(toks) or j == k or toks[j].cap or not (toks[j].folded in KIN or _human(toks[j].folded)):
        return False
    return toks[j + 1].person


def _word_or_name(folded: str) -> bool:
    lex = load_lexicon()
    return folded in lex.first_names or folded in lex.name_words or lex.is_word(folded) or folded in english_words()


_KIN_DETERMINERS = frozenset("mijn m'n zijn z'n haar d'r onze ons hun jullie jouw je de het".split())


_QUOTATION_REACH = 400
_QUOTES = "\"'“”‘’«»„"


def in_lower_quotation(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside a quotation written wholly in lower case (three words
    at least) on its line: a chat message quoted in a sentence that has capitals. Only
    ``_QUOTATION_REACH`` characters either side are read (a chat message is short; a
    long hostile line costs no more than that per word)."""
    lo = max(0, pos - _QUOTATION_REACH)
    hi = min(len(text), pos + _QUOTATION_REACH)
    line_start = max(lo, text.rfind("\n", lo, pos) + 1)
    line_end = text.find("\n", pos, hi)
    if line_end < 0:
        line_end = hi
    # the last mark before ``pos`` on its line opens, the first one from ``pos`` on closes
    # (the line's end if none): found by a bisect in the text's marks (session 17: a search
    # per mark character per word was most of a quotation-dense text's time)
    marks = _quote_marks(text)
    k = bisect_left(marks, pos)
    if k == 0 or marks[k - 1] < line_start:
        return False
    opening = marks[k - 1]
    closing = marks[k] if k < len(marks) and marks[k] < line_end else line_end
    inner = text[opening + 1 : closing]
    # (a lower-case text has no capital: the character test only for the others)
    if inner.count(" ") < 2 or (not inner.islower() and any(ch.isupper() for ch in inner)):
        return False
    # an apostrophe inside a word ("'s avonds", "zo'n") is no quotation mark
    return not (text[opening] in "'’" and opening > line_start and text[opening - 1].isalpha())


_QUOTES_RE = re.compile("[" + re.escape(_QUOTES) + "]")


@lru_cache(maxsize=8)
def _quote_marks(text: str) -> list[int]:
    """The offsets of the quotation marks (:data:`_QUOTES`) in ``text``, in order (once per text)."""
    return [m.start() for m in _QUOTES_RE.finditer(text)]

def short_name_after_preposition(text: str, toks: list[Token], i: int, lex: Lexicon) -> str:
    """A two-letter capitalised word that no list knows ("Mo", "Fé"), inside a sentence right
    after a person's preposition ("naast Mo", "het spel van Fé"): too short for the
    detector's default-deny, yet written as a name (an abbreviation is in capitals or has
    a dot)."""
    tok = toks[i]
    if len(tok.text) != 2 or not tok.cap or tok.allcaps or tok.sent_start or i < 1:
        return ""
    f = tok.folded
    if lex.is_word(f) or f in english_words() or f in lex.places or f in lex.brands or f in lex.keep_single:
        return ""
    if not any(c in "aeiouyàáâäèéêëìíîïòóôöùúûü" for c in f):
        return ""
    prev = toks[i - 1]
    if prev.cap or prev.folded not in _PERSON_PREPOSITIONS or _gap(text, prev, tok) != " ":
        return ""
    if text[tok.end : tok.end + 1] == ".":
        after = text[tok.end + 1 : tok.end + 2]
        if after.isalpha():
            return ""  # an abbreviation ("Mo.di.", "St.-Jan")
    return f"two-letter name after '{prev.text}'"


def structural_position(
    text: str, toks: list[Token], i: int, lex: Lexicon, finite_verb: Callable[[str, Lexicon], bool]
) -> str:
    """The first of this module's sentence positions that holds for capitalised token ``i``, or ""."""
    return (
        apposition_after_person_noun(text, toks, i)
        or subject_after_opener(text, toks, i, lex, finite_verb)
        or cleft_person(text, toks, i)
        or name_word_subject(text, toks, i, lex, finite_verb)
        or short_name_after_preposition(text, toks, i, lex)
        or person_relations.relation_position(text, toks, i)
        or vocatives.address_position(text, toks, i)
        or person_clauses.subject_of_opening_clause(text, toks, i)
    )


def reads_as_first_name(word: str) -> bool:
    """Whether a word in lower case or in capitals reads as a first name to anyone: on a
    first-name list, three letters or more, and on no Dutch or English word list, no
    place, brand, calendar, language, keep or youth-slang list (a word in capitals: no
    acronym the keep list holds)."""
    if not (word.islower() or word.isupper()):
        return False
    lex = load_lexicon()
    f = fold(word)
    if len(f) < 3 or not lex.first_name_no_word(f) or f in lex.name_words or f in SLANG:
        return False
    if f in lex.places or f in lex.brands or f in lex.calendar or f in lex.languages or f in lex.keep_single:
        return False
    if word.islower():
        return f not in english_words()
    return word not in lex.keep_exact


def among_english(before: str, after: str) -> bool:
    """Whether the word before or after (folded; "" for none) is English and no Dutch word:
    a listed first name that is also an English word ("anything else was") stands in an
    English phrase, not as a name."""
    lex = load_lexicon()
    english = english_words()
    return any(w and w in english and not lex.is_word(w) for w in (before, after))


#: French determiners before a noun (lower case): "la maman", "le papa", "ma sœur" (session 25).
_FRENCH_DETERMINERS = frozenset({"la", "le", "les", "sa", "son", "ses", "ma", "mon", "mes", "ta", "ton", "une", "un"})


def french_noun(before: str, word: str) -> bool:
    """Whether a lower-case ``word`` (folded) after ``before`` is a French noun after its determiner,
    no first name: "c'est la maman de ...", "le papa de ..." (a first-name list holds "Maman"; session
    25, s25-a25) -- the word is on the French word list and no Dutch word."""
    if before not in _FRENCH_DETERMINERS:
        return False
    if word in FRENCH_KIN:
        return True
    from .keep_french_names import french_words

    return word in french_words() and not load_lexicon().is_word(word)


#: French nouns of family and friends (written by s25-a25 from general knowledge; the French word list
#: leaves out the words a first-name list holds, "maman", "mamie"): a noun after "la", "le", "sa" ...
FRENCH_KIN = frozenset({"maman", "papa", "mamie", "mamy", "papi", "papy", "mémé", "pépé", "tata", "tonton", "tantine",
                        "sœur", "soeur", "frère", "frere", "fils", "fille", "cousin", "cousine", "tante", "oncle",
                        "marraine", "parrain", "mère", "mere", "père", "pere", "copain", "copine", "voisin", "voisine",
                        "grand-mère", "grand-père", "belle-mère", "beau-père", "nounou"})


_NAMING_VERBS = frozenset({"heet", "heette", "genaamd", "bijgenaamd"})
_CALLING_VERBS = frozenset({"noemt", "noemen", "noemde", "noemden"})
_NAMED_PRONOUNS = frozenset({"hem", "haar", "me", "mij", "ons"})
#: Subjects of "heet" that are persons ("die heet 'X'", "hij heet 'X'"; not "het project heet").
_PERSON_SUBJECTS = frozenset({"die", "hij", "zij", "ze", "ik", "jij", "je", "wij", "we", "iedereen"})
_ARTICLES_IN_NICKNAMES = frozenset({"de", "het", "den", "der", "the", "el", "la", "le"})
_BEFORE_NICKNAME_RE = re.compile(
    r"(?:([^\W\d_]+)[ \t]+)?(?:([^\W\d_]+)[ \t]+)?([^\W\d_]+)[ \t]+(?:(?:gewoon|altijd|soms|kortweg|vaak|nog)[ \t]+)?"
    r"[\"'‘“«]((?:[^\W\d_]+[ -]){0,2})$", re.IGNORECASE)
_AFTER_NICKNAME_RE = re.compile(r"((?:[ -][^\W\d_]+){0,2})[\"'’”»]")
_OPENING_QUOTES = "\"'‘“«"
#: What may stand between the opening quotation mark and the word (group 4 of the pattern above).
_NICKNAME_HEAD_RE = re.compile(r"(?:[^\W\d_]+[ -]){0,2}")


def _could_open_nickname(text: str, start: int) -> bool:
    """A cheap necessary condition for ``_BEFORE_NICKNAME_RE`` ending at ``start``.

    Its match ends with an opening quotation mark and then only letters, spaces and
    hyphens, so that mark is the last one in the window the search reads: the search (an
    80-character window at every capitalised word) runs only where the text after the last
    mark has the right shape. Without this a 100 kB text of capitalised words cost ~0.6 s.
    """
    lo = max(0, start - 80)
    mark = max(text.rfind(q, lo, start) for q in _OPENING_QUOTES)
    if mark < 0:
        return False
    if _NICKNAME_HEAD_RE.fullmatch(text, mark + 1, start) is not None:
        return True
    # The pattern's "$" also matches before a newline that ends the window: "noemen hem '\nX'".
    return text[start - 1] == "\n" and _NICKNAME_HEAD_RE.fullmatch(text, mark + 1, start - 1) is not None


#: (the text asked last, whether it may name a nickname at all: one tuple, replaced whole)
_MAY_NICKNAME: tuple[str | None, bool] = (None, False)


def _may_name_nickname(text: str) -> bool:
    """False only when :func:`nickname_in_quotes` finds nothing anywhere in ``text``: its rule
    needs a naming verb ("heet", ...) or a pronoun and a calling verb ("noemen hem") as the
    words before the quotation mark, compared by ``casefold``; ``casefold`` maps each
    character on its own, so such a word is a substring of the text's ``casefold``. (Asked
    for every capitalised word otherwise; most texts name no nickname.)"""
    global _MAY_NICKNAME
    last = _MAY_NICKNAME
    if last[0] is text:
        return last[1]
    folded = text.casefold()
    may = any(v in folded for v in _NAMING_VERBS) or (
        any(v in folded for v in _CALLING_VERBS) and any(p in folded for p in _NAMED_PRONOUNS))
    _MAY_NICKNAME = (text, may)
    return may


def nickname_in_quotes(text: str, toks: list[Token], i: int) -> str:
    """A nickname in quotation marks after a naming verb whose subject is a person: "die
    heet 'De Prof'", "ze noemen hem 'de Baas'" (three words at most; the article stays).
    Returns the rule, or ""."""
    tok = toks[i]
    if not (tok.cap or tok.allcaps) or tok.folded in _ARTICLES_IN_NICKNAMES:
        return ""
    if not _may_name_nickname(text):
        return ""
    if not _could_open_nickname(text, tok.start):
        return ""
    before = _BEFORE_NICKNAME_RE.search(text, max(0, tok.start - 80), tok.start)
    after = _AFTER_NICKNAME_RE.match(text, tok.end)
    if before is None or after is None:
        return ""
    if before.group(4).count(" ") + before.group(4).count("-") + after.group(1).count(" ") + after.group(1).count("-") > 2:
        return ""
    words = ["", "", *(w.casefold() for w in before.group(1, 2, 3) if w)]  # (optional groups fill from the left)
    w1, w2, verb = words[-3:]
    if verb in _NAMING_VERBS and w2 in _PERSON_SUBJECTS:
        return f"a nickname in quotes after '{verb}'"
    if verb in _NAMED_PRONOUNS and (w2 in _CALLING_VERBS or w2 in _PERSON_SUBJECTS and w1 in _CALLING_VERBS):
        return f"a nickname in quotes after '{w2} {verb}'"
    return ""
