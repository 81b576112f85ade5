"""Names whose parts are ordinary Dutch words, and Flemish nicknames that are diminutives of a
noun (issue 11, session 26, s26-dutchword).

"Trui Hamer", "Wiet Bril", "Sus Pauw": a first name that is an ordinary Dutch word no first-name
list holds (a Flemish short form: Trui, Wiet, Sus; a season, a plant, a month) and a surname that
is a noun (a tool, an animal, a trade). Each part alone is "a capitalised word in context"; the
protections read the first word as a TYPE noun opening a thing's name ("met Trui Hamer" as
"met Fotostudio Hamer", ``keep_typed``). "Bolleke", "Manneke": a capitalised diminutive of a
noun that the word list holds, used as a nickname. Both were published in nearly every frame
of the attack sets A24/A25 (informed) in which a listed first name ("Femke Hamer") is masked.

The evidence is the SHAPE, read as Dutch grammar, and the SLOT:

* **the pair's shape**: exactly two capitalised words joined by one space (no capitalised word
  before or after: a title-case heading or a longer name is no pair), each of three letters or
  more, alphabetic, an ordinary word or a name the lists hold; the second capitalised inside
  the sentence (Dutch writes a common noun in lower case: a capital there makes a proper name).
  A thing's name of two plain words is nearly always opened by an ADJECTIVE ("Rode Kruis",
  "Gouden Leeuw", "Kleine Prins", "Hoge Venen", "Stille Nacht", "Jong Groen"), a frequent word
  ("Dag Allemaal", "Samen Sterk", "Goed Gedaan") or closed by a plural or an event's, a work's,
  a venue's or an organisation's noun ("Rode Ridders", "Zomer Feest", "Linde Kring"); a
  person's is two nouns in the singular. So the first word is no adjective (an inflected or
  uninflected form the word list knows, a material "-en" adjective, a superlative), no plural,
  no frequent word, calendar word, title, role, greeting or organisation's cue; the second no
  plural, no finite verb, no event's, work's, venue's or organisation's noun; neither a place,
  a brand, a platform, a keep word or part of a phrase the keep lists hold.
* **no thing's position**: no article, determiner, number or quantifier right before the pair
  ("het Witte Paard", "de Zilveren Vos"), no place preposition ("in", "uit", "naar", "te",
  "op", "richting", "vanuit", "via", "langs"), no work's or type noun ("het spel Vrije
  Vogel"), no opening quotation mark.
* **a person's slot** (:func:`pair_slot`): a preposition or a greeting that takes people before
  it ("met", "aan", "voor", "bij", "van", "tegen", "volgens", "dankzij", "door", "zonder",
  "Hallo", "Proficiat", "verjaardag", "merci", "sterkte", "groetjes", "kus van jullie"), a
  label's colon ("organisator: X", "naam van het kind: X"), a role before it ("chauffeur X"),
  a finite verb before it (an inverted subject: "had X Y gewoon gelijk") or after it (the
  subject: "X Y zit bij mij", "X Y heeft je toegevoegd"; not a place's verb, "ligt", "telt"),
  a possessive after it ("X Y zijn oplader"), an age ("X Y (17)"), "en ik", a pronoun of a
  person after it, or the pair alone on its line or closing it after a comma (a signature, a
  vocative: "We hebben je gemist vandaag, X Y!"). At a sentence's start only a finite verb, a
  comma, "en ik" or the line's end count (a heading has none of them).

Nicknames (:func:`mark_nicknames`): a capitalised singular diminutive ("-ke", "-eke", "-ske",
"-tje", "-pje", "-je" after a consonant) of five letters or more that the word list holds or
that is the diminutive of a word it holds, no listed name (those are read as names already),
no adjective's inflection ("Sterke", "Elke"), no noun of a person ("Meisje", "Zusje") and
no plural; with no determiner before it (Dutch gives a diminutive noun its article: "het
huisje", "een kampke"; "ons/onze" is the Flemish way to name one's own: "ons Jefke") and no
capitalised word beside it; inside a sentence in any position but a thing's, at a sentence's
start only before a finite verb, a comma or "en".

Both mark only unprotected tokens and runs that ``keep_typed`` would otherwise take for a type
noun's name (it asks :func:`word_pair_name` first). Linear: each token reads a bounded window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .keep_chains import sentence_capital
from .lexicon import english_words

if TYPE_CHECKING:
    from .detect import Token
    from .lexicon import Lexicon

RULE = "two Dutch words as a name in a person's slot"
NICK_RULE = "a diminutive as a nickname"

#: Uninflected adjectives that open a thing's name ("Groot Bijgaarden", "Jong Groen", "Klein
#: Veld"): general knowledge of Dutch, written for this module (inflected forms are found by
#: :func:`_adjective`).
_ADJECTIVES = frozenset({
    "groot", "klein", "oud", "jong", "nieuw", "goed", "slecht", "lang", "kort", "hoog", "laag", "breed", "smal",
    "dik", "dun", "rood", "wit", "zwart", "groen", "blauw", "geel", "grijs", "bruin", "paars", "roze", "oranje",
    "warm", "koud", "heet", "stil", "vrij", "blij", "sterk", "zwak", "heilig", "heel", "mooi", "fijn", "rijk",
    "arm", "wild", "zoet", "zuur", "zout", "vers", "open", "dicht", "snel", "traag", "vroeg", "laat", "echt",
    "vals", "nat", "droog", "zacht", "hard", "licht", "donker", "leeg", "vol", "ver", "diep", "plat", "rond",
    "recht", "stoer", "wijs", "dom", "slim", "gek", "zot", "bang", "moe", "ziek", "gezond", "vrolijk", "eerlijk",
    "veilig", "gouden", "zilveren", "bont", "blank", "gul", "trots", "fris", "koel", "lauw", "bitter", "puur",
    "sint", "sankt", "saint", "oost", "west", "noord", "zuid", "boven", "neder", "opper", "onder", "midden",
    "lieve", "beste", "eerste", "tweede", "derde", "laatste", "halve", "hele", "zalig", "vrolijke", "blind", "doof",
    "stom", "mank", "kaal", "bloot", "naakt", "los", "vast", "klaar", "gratis", "top", "super", "extra", "mega",
})
#: Words before a pair or a nickname that make it a thing's or a place's: articles,
#: determiners, numbers, quantifiers, place prepositions.
_THING_BEFORE = frozenset({
    "de", "het", "een", "'t", "’t", "den", "der", "des", "deze", "dit", "elke", "ieder", "iedere", "geen",
    "mijn", "m'n", "jouw", "je", "zijn", "z'n", "haar", "hun", "uw", "welke", "zo'n", "zulke", "veel", "weinig",
    "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "alle", "beide", "sommige", "enkele",
    "in", "uit", "naar", "te", "op", "richting", "vanuit", "via", "langs", "rond", "onder", "boven",
    "nabij", "achter", "tot", "vol", "thema", "spel", "actie", "campagne", "motto", "slogan", "project", "team",
    "ploeg", "club", "band", "groep", "lied", "liedje", "boek", "film", "serie", "app", "merk", "café", "zaal",
})
#: Articles, particles and prepositions: never a first name's word ("Ten Aard", "Den X", "In Vorm").
_FUNCTION_WORDS = frozenset({
    "de", "den", "der", "des", "het", "'t", "een", "van", "ten", "ter", "te", "op", "in", "uit", "aan", "bij", "voor",
    "over", "onder", "achter", "naast", "zonder", "tegen", "tot", "na", "om", "per", "via", "door", "met", "vanaf",
    "naar", "rond", "langs", "tussen", "boven", "binnen", "buiten", "sinds", "al", "el", "la", "le", "les", "du",
    "da", "dos", "di", "del", "von", "zum", "zur", "am", "im", "the", "of", "and", "en", "nog", "ook", "wel",
})
#: Words before a pair that take a person: prepositions, greetings, thanks, wishes.
_PERSON_BEFORE = frozenset({
    "met", "aan", "voor", "bij", "van", "tegen", "volgens", "dankzij", "door", "zonder", "naast", "hallo", "hoi",
    "hey", "hi", "dag", "daag", "proficiat", "gefeliciteerd", "bedankt", "merci", "dank", "dankjewel", "sterkte",
    "succes", "welkom", "verjaardag", "verjaardag,", "liefs", "groetjes", "groeten", "kus", "kusjes", "zoen",
    "knuffel", "jullie", "chauffeur", "organisator", "leider", "leidster", "begeleider", "trainer", "kok",
    "vrijwilliger", "winnaar", "winnares", "auteur", "fotograaf", "chapeau", "bravo", "hup", "habibi", "habibti",
    "shout-out", "shoutout", "thanks", "thx", "tnx", "sorry", "lieve", "beste", "toch", "ook", "zelfs", "alleen",
    "vooral", "allez", "kom", "hè", "he", "chez", "à", "avec", "pour", "to", "with", "for", "sağol", "tesekkurler",
})
#: Uninflected adjective endings ("Mentaal", "Creatief", "Sociaal", "Digitaal", "Vrolijk", "Eenzaam").
_ADJECTIVE_ENDINGS = ("aal", "eel", "ief", "isch", "ig", "lijk", "baar", "zaam", "loos", "ant", "ent", "iek", "air",
                      "end")
#: Nouns of a being or a character that open its name ("Kabouter Plop", "Ridder Roodhaar").
_BEING_NOUNS = frozenset({
    "kabouter", "reus", "heks", "fee", "elf", "draak", "tovenaar", "dwerg", "trol", "spook", "robot", "piraat",
    "ridder", "kapitein", "boer", "meester", "juf", "kerstman", "clown", "nar", "sheriff", "agent", "professor",
    "dokter", "tante", "nonkel", "oom", "opa", "oma", "pater", "broeder", "zuster", "pastoor", "koning", "prins",
    "prinses", "keizer", "graaf", "baron", "sint", "heilige", "mijnheer", "meneer", "mevrouw", "madam", "kapelaan",
})
#: Words right after a pair that say a person: possessives, pronouns, "en ik".
_PERSON_AFTER = frozenset({"zijn", "haar", "z'n", "d'r", "die", "zelf", "zei", "zegt", "vond", "vindt"})
#: Verbs of a place or a thing as the subject: no person's.
_THING_VERBS = frozenset({"ligt", "lag", "grenst", "grensde", "telt", "telde", "stroomt", "stroomde", "kost", "kostte",
                          "opent", "opende", "sluit", "sloot", "begint", "begon", "start", "startte", "duurt", "duurde"})
#: Nouns that close a thing's name: events, works, venues, places, organisations.
_THING_TAILS = frozenset({
    "week", "dag", "nacht", "feest", "feesten", "fuif", "kermis", "stoet", "beurs", "cup", "run", "tour", "toernooi",
    "quiz", "challenge", "weekend", "festival", "fest", "markt", "jamboree", "kamp", "tocht", "loop", "beker", "prijs",
    "straat", "plein", "laan", "weg", "steenweg", "dreef", "kaai", "park", "bos", "woud", "veld", "weide", "heide",
    "berg", "dal", "beek", "vallei", "meer", "zee", "haven", "brug", "poort", "toren", "molen", "hoeve", "hof",
    "huis", "zaal", "kring", "club", "bond", "raad", "dienst", "groep", "ploeg", "team", "school", "kerk", "kapel",
    "centrum", "stad", "dorp", "wijk", "land", "eiland", "spel", "show", "krant", "blad", "radio", "tv", "film",
    "avond", "ochtend", "middag", "morgen", "editie", "nummer", "sessie", "special", "actie", "vakantie",
})
#: Nouns of a person that are diminutives: no nickname (a role, kin, a child).
_PERSON_DIMINUTIVES = frozenset({
    "meisje", "jongetje", "kindje", "zusje", "broertje", "ventje", "manneke", "mannetje", "vrouwtje", "baasje",
    "vriendje", "vriendinnetje", "liefje", "schatje", "popje", "opaatje", "omaatje", "mamaatje", "papaatje", "baby'tje",
    "zoontje", "dochtertje", "neefje", "nichtje", "kleintje", "kereltje", "mensje", "oompje", "tantetje", "kapoentje",
    "welpje", "leeuwke", "leeuwtje", "diertje", "beestje", "hondje", "poesje", "katje", "konijntje", "meiske",
    "jongske", "gastje", "knulletje", "kindeke", "menneke", "wichtje", "wijfje", "manneken",
    # (a pronoun, a measure or a moment as a diminutive: "Eentje ging over ...", "Beetje raar")
    "eentje", "beetje", "ietsje", "pietsje", "stukje", "tikje", "momentje", "ogenblikje", "poosje", "tijdje",
    "weekje", "dagje", "uurtje", "nachtje", "keertje", "hapje", "drankje", "praatje", "toetje", "tweetje",
    "allebeitjes", "zoetje", "zakje", "plekje", "kansje", "puntje", "briefje", "lijstje",
})


_VOWELS = "aeiouyàáâäèéêëìíîïòóôöùúûü"


def _syllables(f: str) -> int:
    """The number of vowel groups of a folded word (its syllables, roughly)."""
    groups, inside = 0, False
    for c in f:
        vowel = c in _VOWELS
        if vowel and not inside:
            groups += 1
        inside = vowel
    return groups


def _compound(f: str, lex: Lexicon) -> bool:
    """A Dutch compound of seven letters or more that splits into two words (``detect.is_compound``)."""
    from .compounds import is_compound

    return len(f) >= 7 and is_compound(f, lex)


#: Separable particles that open a verb's noun ("aankoop", "opvang", "uitleg", "afspraak").
_VERB_PREFIXES = ("aan", "op", "uit", "af", "toe", "mee", "in", "onder", "over", "door", "voor", "na", "terug")


def _verbal_noun(f: str, lex: Lexicon) -> bool:
    """Whether a folded word is a separable particle and a word of three letters or more ("aankoop")."""
    return any(f.startswith(p) and len(f) - len(p) >= 3 and lex.is_word(f[len(p) :]) for p in _VERB_PREFIXES)


def _quoted(gap: str) -> bool:
    """Whether the gap before a word ends in an opening quotation mark or emphasis."""
    mark = gap.strip()
    return bool(mark) and mark[-1] in "‘'\"“„«*_"


def _gap(text: str, a: Token, b: Token) -> str:
    return text[a.end : b.start]


def _adjective(f: str, lex: Lexicon) -> bool:
    """Whether a folded word reads as an adjective: a listed uninflected one, an inflected form of
    a word ("rode", "witte", "kleine", "grijze", "lieve") or a superlative ("warmste")."""
    if f in _ADJECTIVES:
        return True
    if f.endswith("ste") and len(f) >= 6 and (lex.is_word(f[:-3]) or lex.is_word(f[:-2])):
        return True
    if not f.endswith("e") or len(f) < 4:
        return False
    stem = f[:-1]
    cands = [stem]
    if stem[-1] == stem[-2]:
        cands.append(stem[:-1])  # witte -> wit, dikke -> dik
    if stem[-1] in "vz":
        cands.append(stem[:-1] + ("f" if stem[-1] == "v" else "s"))  # lieve -> lief, grijze -> grijs
    for c in list(cands):
        if len(c) >= 3 and c[-2] in "aeiou" and c[-3] not in "aeiou":
            cands.append(c[:-1] + c[-2] + c[-1])  # rode -> rood, grote -> groot
    return any(len(c) >= 2 and lex.is_word(c) for c in cands)


def _plural(f: str, lex: Lexicon) -> bool:
    """Whether a folded word reads as a plural of a word the list knows ("honden", "ridders",
    "duinen", "kikkers")."""
    if f.endswith("en") and len(f) >= 5:
        stem = f[:-2]
        if lex.is_word(stem) or len(stem) >= 3 and stem[-1] == stem[-2] and lex.is_word(stem[:-1]):
            return True
        if len(stem) >= 3 and stem[-2] not in "aeiou" and lex.is_word(stem[:-1] + stem[-2:-1] + stem[-1]):
            return True
        if len(stem) >= 2 and stem[-1] in "vz" and lex.is_word(stem[:-1] + {"v": "f", "z": "s"}[stem[-1]]):
            return True
    stem = f[:-1]
    # ("kikkers", "ridders", "lepels", "meisjes", "taxi's": a plural in -s after -er/-el/-en/-em, a
    # diminutive or a vowel; not "kaars", "baars": a noun ending in s)
    return (f.endswith("s") and len(f) >= 5 and lex.is_word(stem)
            and (stem.endswith(("er", "el", "en", "em", "je", "ke")) or stem[-1] in _VOWELS))


def _part_ok(tok: Token, lex: Lexicon, thing: Callable[[Token], bool]) -> bool:
    f = tok.folded
    return (tok.cap and not tok.allcaps and len(f) >= 3 and f.isalpha() and f not in lex.common
            and f not in lex.places and f not in lex.brands and f not in lex.platforms and f not in lex.keep_single
            and f not in lex.calendar and not thing(tok)
            and (lex.is_word(f) or lex.is_listed_name(f)))


def pair_shape(text: str, toks: list[Token], i: int, lex: Lexicon, thing: Callable[[Token], bool],
               finite_verb: Callable[[str], bool]) -> bool:
    """Whether ``toks[i]`` and ``toks[i + 1]`` are exactly two capitalised words in a person's
    name shape, the first an ordinary Dutch word (a listed name-word, or one syllable no list
    holds as a name), neither a thing's word (see the module)."""
    from .detect import TITLES

    if i + 1 >= len(toks):
        return False
    a, b = toks[i], toks[i + 1]
    if _gap(text, a, b) != " " or b.sent_start or not _part_ok(a, lex, thing) or not _part_ok(b, lex, thing):
        return False
    fa, fb = a.folded, b.folded
    if lex.first_name_no_word(fa) or lex.first_name_no_word(fb):
        return False  # (a listed first name is read as a name already)
    if not lex.is_word(fa):
        return False  # (the class: a first name that is an ordinary word, listed as a name or not)
    listed = fa in lex.first_names or fa in lex.name_words
    if fa in _FUNCTION_WORDS or fb in _FUNCTION_WORDS:
        return False  # ("Ten Aard", "Den Brol", "Op Stap": an article, a particle or a preposition opens a thing's name)
    if fa in TITLES or fb in TITLES or fa in _BEING_NOUNS or _plural(fa, lex) or _plural(fb, lex):
        return False
    if fa in _ADJECTIVES or not listed and _adjective(fa, lex):
        return False
    if fb in _ADJECTIVES or fa.endswith(_ADJECTIVE_ENDINGS) or _diminutive(fa, lex) and fb not in lex.surnames:
        return False  # ("Mentaal Kompas", "Ezeltje Prik": an adjective, a game's diminutive)
    if not listed and (_syllables(fa) != 1 or fa in english_words()):
        # (a first name no list holds that is a Dutch word is a short form of one syllable, "Sus", "Trui",
        # no English noun of a thing's name: "Test Aankoop", "Pizza Hut")
        return False
    if _compound(fa, lex) or fb not in lex.surnames and (len(fb) >= 8 and _compound(fb, lex) or _verbal_noun(fb, lex)):
        return False  # ("Meldpunt X", "Zuidrand X", "Test Aankoop": a compound, a separable verb's noun)
    if fb.startswith("ge") and fb.endswith(("d", "t")) and len(fb) >= 6:
        return False  # (a participle: "Blind Getrouwd")
    if fb.endswith("s") and fb[:-1] in english_words():
        return False  # (an English plural: "Zuidrand Events")
    if fb in _THING_TAILS or fa in _THING_TAILS or fb.endswith(("straat", "laan", "plein", "weg", "huis", "zaal")):
        return False
    if finite_verb(fb) or fb.endswith(("eerd", "end")):
        return False  # ("Storm Nadert", "Goed Gedaan": a heading's verb)
    from .lexicon import phrase_sets

    chains, phrases = phrase_sets(lex)
    if (fa, fb) in chains or (fa, fb) in phrases or f"{fa} {fb}" in lex.places:
        return False
    if i > 0:
        p = toks[i - 1]
        gap = _gap(text, p, a)
        if (p.cap or p.allcaps) and gap == " " and not (p.sent_start and p.folded in _PERSON_BEFORE):
            return False  # (a longer run: a heading, a type noun's name, a name of three words; not "Hallo X Y")
        if _quoted(gap):
            return False  # (a title in quotes)
    if i + 2 < len(toks):
        n = toks[i + 2]
        if (n.cap or n.allcaps) and _gap(text, b, n) == " ":
            return False
    return not _title_case_line(text, toks, i)


def _title_case_line(text: str, toks: list[Token], i: int) -> bool:
    """Whether the line of ``toks[i]`` is a heading in title case: four to twenty-four words, most of
    those not opening a sentence capitalised (a longer line is a paragraph; bounded, linear)."""
    k = i
    while k > 0 and "\n" not in text[toks[k - 1].end : toks[k].start]:
        k -= 1
        if i - k > _HEADING_WORDS:
            return False
    m = i
    while m + 1 < len(toks) and "\n" not in text[toks[m].end : toks[m + 1].start]:
        m += 1
        if m - k > _HEADING_WORDS:
            return False
    words = [t for t in toks[k : m + 1] if t.folded.isalpha() and not t.sent_start]
    if len(words) < 4:
        return False
    return sum(1 for t in words if t.cap or t.allcaps) * 2 > len(words)


#: The most words a heading's line holds.
_HEADING_WORDS = 24
#: How far a line's start or end is looked for around a name (a longer line holds more than a name).
_LINE_REACH = 80


def _line_alone(text: str, start: int, end: int) -> bool:
    """Whether the span stands alone on its line (but for punctuation, symbols and emoji; bounded)."""
    lo = max(0, start - _LINE_REACH)
    ls = text.rfind("\n", lo, start)
    if ls < 0 and lo > 0:
        return False
    le = text.find("\n", end, end + _LINE_REACH)
    if le < 0:
        if end + _LINE_REACH < len(text):
            return False
        le = len(text)
    rest = text[ls + 1 : start] + text[end:le]
    return not any(c.isalnum() for c in rest)


def pair_slot(text: str, toks: list[Token], i: int, last: int, lex: Lexicon,
              finite_verb: Callable[[str], bool]) -> str:
    """The person's slot of the run ``toks[i..last]`` (a pair or a nickname), or "" (see the module)."""
    a, b = toks[i], toks[last]
    n = len(toks)
    prev = toks[i - 1] if i > 0 else None
    nxt = toks[last + 1] if last + 1 < n else None
    before = text[prev.end : a.start] if prev is not None else text[: a.start]
    after = text[b.end : nxt.start] if nxt is not None else text[b.end :]
    if _line_alone(text, a.start, b.end):
        return "alone on its line"
    if prev is not None and prev.folded in _THING_BEFORE and before.strip() == "":
        return ""
    opening = a.sent_start or i == 0
    if prev is not None and (before.rstrip(" ").endswith(":") or before.strip() in ("–", "—", "-", "·", "|", "+")):
        return "the value of a label"
    if nxt is not None and not nxt.cap and after == " ":
        nf = nxt.folded
        if nf in _THING_VERBS:
            return ""
        if finite_verb(nf) or nf in _SHORT_FINITE:
            return "before a finite verb"
        if nf in _PERSON_AFTER:
            return "before a person's word"
        if nf == "en" and last + 2 < n and toks[last + 2].folded in ("ik", "mij", "haar", "zijn", "z'n"):
            return "before 'en ik'"
    if after.lstrip(" ")[:1] == "(" and text[b.end :].lstrip(" (")[:1].isdigit():
        return "before an age"
    if opening:
        if after.startswith(",") and not before.strip(" \t").endswith(":"):
            return "addressed, opening a sentence"
        if after.strip(" ")[:1] in ("—", "–", "-", ":", "(", "+", "|", "·") and after[:1] == " " or after[:1] == ":":
            return "an item opening its line"
        if after.strip(" ")[:1] in (".", "!") and (nxt is None or nxt.cap or "\n" in after):
            return "a sentence of its own"
        return ""
    if prev is None:
        return ""
    if before.strip() == "," and (nxt is None or after.strip()[:1] in ("!", "?", ".", "") or "\n" in after):
        return "addressed at a sentence's end"
    if before == " " and (prev.folded in _PERSON_BEFORE or finite_verb(prev.folded) or prev.folded in _SHORT_FINITE):
        return f"after '{prev.folded}'"
    if (before.strip() == "," or before == " " and prev.folded in ("en", "of")) and (
            after.strip(" ")[:1] in (",", ".", "") or nxt is not None and nxt.folded in ("en", "of")) and any(
            t.person and t.cap for t in toks[max(0, i - 4) : i]):
        return "an item of a list beside a person"
    return ""


#: Short finite verbs ("is", "had") the finite-verb test leaves out.
_SHORT_FINITE = frozenset({"is", "was", "had", "heeft", "gaf", "zat", "zit", "kan", "kon", "mag", "wil", "zal", "moet",
                           "gaat", "ging", "komt", "kwam", "doet", "deed", "zag", "ziet", "bleef", "werd", "wordt",
                           "houdt", "hield", "staat", "stond", "brengt", "bracht", "belde", "zei", "zegt"})


def word_pair_name(text: str, toks: list[Token], i: int, lex: Lexicon, thing: Callable[[Token], bool],
                   finite_verb: Callable[[str], bool]) -> str:
    """The slot when ``toks[i]`` and ``toks[i + 1]`` are a name of two Dutch words in a person's slot."""
    if not pair_shape(text, toks, i, lex, thing, finite_verb):
        return ""
    return pair_slot(text, toks, i, i + 1, lex, finite_verb)


def mark_word_pairs(text: str, toks: list[Token], caps: list[int], lex: Lexicon, thing: Callable[[Token], bool],
                    finite_verb: Callable[[str], bool], min_conf: float) -> None:
    """Mark the names of two Dutch words in a person's slot (see the module)."""
    for i in caps:
        if i + 1 >= len(toks):
            continue
        a, b = toks[i], toks[i + 1]
        if a.person and b.person or a.protected is not None or b.protected is not None or not b.cap:
            continue
        if a.person or b.person:
            # (the surname taken by another rule: a first name no list holds before it is the same
            # person's when the shape holds, "Sus [Pauw]"; a listed one is joined by the name runs)
            slot = "beside a surname taken" if (b.person and not lex.is_listed_name(a.folded)
                                                and pair_shape(text, toks, i, lex, thing, finite_verb)) else ""
        else:
            slot = word_pair_name(text, toks, i, lex, thing, finite_verb)
        if not slot:
            continue
        for t in (a, b):
            if not t.person:
                t.person, t.score, t.protected = True, max(t.score, 0.7, min_conf), None
                t.rule = f"{RULE}: {slot}"


def _diminutive(f: str, lex: Lexicon) -> bool:
    """Whether a folded word is a singular diminutive of a noun (see the module)."""
    if len(f) < 5 or not f.isalpha() or f.endswith(("ertje", "erke")):
        return False  # (a doer's diminutive names a game: "Tikkertje", "Verstoppertje")
    if f.endswith("je"):
        if f[-3] in "aeiouy" or not (f.endswith(("tje", "pje", "sje", "kje")) or f[-3] in "lmnr"):
            return False
    elif f.endswith("ke"):
        if lex.is_word(f[:-1]) or lex.is_word(f[:-2] + "e") and not f.endswith("eke"):
            return False  # an adjective's inflection: "sterke", "elke", "rijke"
    else:
        return False
    if lex.is_word(f):
        return True
    if f.endswith("eke"):
        base = f[:-3]  # ("muggeke", "bolleke": a doubled consonant before "-eke")
        if lex.is_word(base) or len(base) >= 3 and base[-1] == base[-2] and lex.is_word(base[:-1]):
            return True
    stem = f[:-2]
    for cut in ("s", "e", "t", "p", "k"):
        if stem.endswith(cut) and lex.is_word(stem[:-1]):
            return True
    return lex.is_word(stem) or len(stem) >= 3 and stem[-1] == stem[-2] and lex.is_word(stem[:-1])


def mark_nicknames(text: str, toks: list[Token], caps: list[int], lex: Lexicon, thing: Callable[[Token], bool],
                   finite_verb: Callable[[str], bool], min_conf: float) -> None:
    """Mark a capitalised diminutive of a noun used as a nickname (see the module)."""
    from .detect import TITLES

    n = len(toks)
    for i in caps:
        t = toks[i]
        f = t.folded
        if (t.person or t.protected is not None or not t.cap or t.allcaps or f in lex.common
                or lex.is_listed_name(f) or f in _PERSON_DIMINUTIVES or f in TITLES or f in lex.places
                or f in lex.brands or f in lex.keep_single or thing(t) or not _diminutive(f, lex)):
            continue
        prev = toks[i - 1] if i > 0 else None
        nxt = toks[i + 1] if i + 1 < n else None
        if (prev is not None and (prev.cap and not sentence_capital(prev, lex) or prev.allcaps)
                and text[prev.end : t.start] == " " and not t.sent_start):
            continue
        if nxt is not None and (nxt.cap or nxt.allcaps) and text[t.end : nxt.start] == " ":
            continue
        if prev is not None and _quoted(text[prev.end : t.start]):
            continue
        if _title_case_line(text, toks, i):
            continue
        if prev is not None and prev.folded in _THING_BEFORE and text[prev.end : t.start] == " " and not t.sent_start:
            continue
        slot = pair_slot(text, toks, i, i, lex, finite_verb)
        if not slot and (t.sent_start or i == 0):
            if not (nxt is not None and nxt.folded == "en" and text[t.end : nxt.start] == " "):
                continue
            slot = "opening a sentence before 'en'"
        slot = slot or "capitalised inside a sentence"
        t.person, t.score, t.protected = True, max(t.score, 0.7, min_conf), None
        t.rule = f"{NICK_RULE}: {slot}"
