"""A firm named by its TRADE and its FAMILY: a shop's, a service's or a trade's noun and ONE
surname of any origin ("Sportshop X", "IJzerwaren Van X", "Verhuizingen X-Y", "bakkerij X")
-- session 14, the keep side of issue 11.

Session 11's policy keeps a surname alone after a business noun ("Bakkerij <Naam>": the
business's name) and masks a first name and a surname after it (a living person's full name).
Before session 14 the surname had to be on the surname list (``keep_typed._firm_surname``,
``keep_venues.protect_clubs_and_firms``): a family name no list holds -- most of them, of any
origin, double-barrelled or with a particle -- was masked with its trade noun.

The evidence is the HEAD, a noun that names a business and never a person, by its shape:

* a noun of ``trades.firm_noun`` ("Reizen", "Garage", "-werken", "-verhuur", "-handel" ...);
* a compound whose last part says "a shop, a service, a centre, goods or trips": ``_TAILS``
  ("Sport|shop", "Drank|centrale", "Sleutel|service", "IJzer|waren", "Bus|reizen", "Smed|erij"),
  a closed grammatical class of business words (no instance: the first part is any word);
* the plural of a noun of an activity in "-ing" ("Verhuizingen", "Verzekeringen"), never of a
  person's "-ling";

and no person noun (``keep_typed._type_noun_cached``'s exclusions: a title, a role, kin, a
doer's ending). A capitalised head stands inside a sentence after a preposition, article or
determiner (``keep_typed._BEFORE_NOUN``); a head in lower case only when it is a firm's noun
by ``trades.firm_noun``, "-erij" ("bij bakkerij X") or an office's compound in "-bureau" or
"-kantoor" ("het ontwerpbureau X", "het uitzendkantoor X"; session 21).

The name after the head is one capitalised word (a hyphenated double surname is one word), or
"Van"/"Vanden"/"Van der" and one capitalised word ("Van X", "Van der X-Y"), that is no listed first
name, no name the report gives, with no capitalised word after it: "Slagerij <first name>
<surname>" stays masked (the policy), and so does a run of two words no list knows.
A person cue at the run (``keep_heads._person_cue``: a speech verb, a subordinator, an age, a
longer capitalised run) leaves it to the person rules. Protection POSITION: ``perskamer review``
lists what it keeps.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .keep_heads import _person_cue
from .keep_objects import POSITION
from .keep_typed import _BEFORE_NOUN
from .trades import firm_noun

if TYPE_CHECKING:
    from .detect import Knowledge, Token, _Protect
    from .lexicon import Lexicon

#: Last parts of a compound that name a business: a shop, a service, a centre, a workshop,
#: goods or trips (a closed class of Dutch business words; the first part is any word).
_TAILS = ("shop", "winkel", "centrale", "service", "waren", "reizen", "erij", "studio", "atelier", "depot",
          "groothandel", "kleinhandel", "bureau", "kantoor")
#: Tails of a head that may be written in lower case ("het ontwerpbureau X", "het uitzendkantoor X";
#: session 21): an office's compound names a business, never a person.
_LOWER_TAILS = ("erij", "bureau", "kantoor")
# (not "zaak": a shop's "Fietsen|zaak" but a person's "Rechts|zaak X", "Moord|zaak X" -- a case named after someone)
#: Particles that open a family name and never a house's name ("Van X", "Vanden X"): the name
#: runs to the next word. Not "De X": after a type noun it opens a house's name as often, and
#: "met Fotostudio De X" reads as a person (session 12's check).
_PARTICLES = frozenset({"van", "vande", "vanden", "vander"})
_PARTICLE_PAIRS = frozenset({("van", "de"), ("van", "den"), ("van", "der")})


#: Every head holds one of these (the tails, "-ingen", the firm nouns and their endings).
_GATE_WORDS = (*_TAILS, "ingen", "autocars", "garage", "transport", "frituur", "brasserie", "traiteur",
               "apotheek", "kapsalon", "patisserie", "werken", "verhuur", "bedrijf", "handel", "bouw",
               "tuincentrum", "reizen")


def may_hold_firm(text: str) -> bool:
    """Cheap gate: a firm head needs one of the tails, a firm noun's letters, or "-ingen" --
    every head below contains one of these substrings in lower case.

    (``_GATE.search`` spelled out for an ASCII text: there re.IGNORECASE matches an ASCII
    lower-case word exactly where the lower-case text holds it, and a substring test per
    word is several times faster than the pattern's try at every position; session 15)"""
    if not text.isascii():
        return True  # (folding may turn "ä" into a tail's "a")
    lowered = text.lower()
    return any(w in lowered for w in _GATE_WORDS)


def firm_head(f: str, low: str, lex: Lexicon) -> bool:
    """Whether a folded word (``low``: as written, in lower case) names a business by its shape
    and is no person noun (see the module)."""
    from .keep_typed import _PERSON_ENDINGS, _type_noun_cached
    from .trades import firm_noun

    if len(f) < 5 or not f.isalpha():
        return False
    if lex.is_listed_name(f) or f in lex.places:
        return False
    if firm_noun(f):
        return not f.endswith(_PERSON_ENDINGS)
    tail = next((t for t in _TAILS if f.endswith(t) and len(f) >= len(t) + 3), None)
    if tail is not None:
        head = f[: -len(tail)]
        if tail == "erij":  # "smed|erij", "bakk|erij": the word itself must be one
            return lex.is_word(f) or lex.is_word(low)
        return (lex.is_word(head) or (head.endswith(("s", "e")) and lex.is_word(head[:-1]))
                or _type_noun_cached(head, head)) and not head.endswith(_PERSON_ENDINGS)
    if f.endswith("ingen") and not f.endswith("lingen"):
        sing = f[:-2]
        return (lex.is_word(sing) or lex.is_word(low[:-2])) and _type_noun_cached(sing, low[:-2])
    return False


_HEADS: dict[tuple[int, str, str], bool] = {}


def _firm_head_cached(f: str, low: str, lex: Lexicon) -> bool:
    """:func:`firm_head`, remembered per lexicon and word (bounded: a hostile text of unique words)."""
    key = (id(lex), f, low)
    hit = _HEADS.get(key)
    if hit is None:
        if len(_HEADS) > 20000:
            _HEADS.clear()
        hit = _HEADS[key] = firm_head(f, low, lex)
    return hit


def protect_firms(text: str, toks: list[Token], caps: list[int], lex: Lexicon, know: Knowledge,
                  prot: _Protect, words: set[str]) -> None:
    """Add "keep" protections for "<trade noun> <surname>" (see the module)."""
    if not caps or not may_hold_firm(text):
        return
    n = len(toks)
    # (only a word before a capitalised word can be a head: the loop reads those, not every token)
    for i in sorted({c - 1 for c in caps if 1 <= c - 1 < n - 1}):
        tok, nxt = toks[i], toks[i + 1]
        if not nxt.cap or nxt.allcaps or tok.allcaps or tok.sent_start:
            continue
        if text[tok.end : nxt.start] != " ":
            continue
        prev = toks[i - 1]
        if (text[prev.end : tok.start] != " " or prev.folded not in _BEFORE_NOUN or prev.allcaps
                or prev.cap and not (prev.sent_start and not tok.cap)):  # ("Het ontwerpbureau X", session 21)
            continue
        f = tok.folded
        if not tok.cap and not (firm_noun(f) or f.endswith(_LOWER_TAILS)):
            continue
        if not _firm_head_cached(f, tok.text.lower(), lex):
            continue
        last = _surname_end(text, toks, i + 1, lex, know)
        if last < 0:
            continue
        if _person_cue(text, toks, i, i + 1, last, lex, know):
            continue
        if not tok.cap and _listed_unframed(text, toks[last], tok.text, lex, know):
            continue  # ("bij de brouwerij Vermeulen": a person's name unless the report names the firm; session 23)
        prot.add(tok.start if tok.cap else nxt.start, toks[last].end, POSITION)


def _listed_unframed(text: str, name: Token, head: str, lex: Lexicon, know: Knowledge) -> bool:
    """(session 23, issue 11 point 4: the protective default) Whether ``name`` after a LOWER-CASE
    organisation noun ``head`` is a listed person's name (a first name or a surname, no frequent
    word) that the report does not name as a firm in a strong frame (``keep_evidence.firm_framed``:
    "Brouwerij X" capitalised, "X vzw", a web address, the front matter): then the person rules
    judge it ("de vzw Lotte", "bij de bakkerij Goossens"); session 12's family-firm policy holds for
    the capitalised name ("Bakkerij Goossens")."""
    from .keep_evidence import firm_framed

    f = name.folded
    if f in lex.common or not (f in lex.first_names or f in lex.surnames):
        return False
    return not firm_framed(text, know, head, name.text)


def _surname_end(text: str, toks: list[Token], j: int, lex: Lexicon, know: Knowledge) -> int:
    """The last token of ONE surname from ``toks[j]`` (with a particle before it), or -1."""
    n = len(toks)
    k = j
    if toks[k].folded in _PARTICLES and k + 1 < n and text[toks[k].end : toks[k + 1].start] == " ":
        if (k + 2 < n and (toks[k].folded, toks[k + 1].folded) in _PARTICLE_PAIRS
                and text[toks[k + 1].end : toks[k + 2].start] == " "):
            k += 1
        k += 1
        if not toks[k].cap or toks[k].allcaps:
            return -1
    word = toks[k]
    f = word.folded
    if len(f) < 3 or not f.replace("-", "").replace("'", "").isalpha():
        return -1
    parts = f.split("-")
    if any(p in lex.first_names and p not in lex.surnames for p in parts) or f in lex.first_names:
        return -1  # a first name: "Slagerij <first name>" is left to the person rules
    if f in know.names or any(p in know.names for p in parts):
        return -1
    if k + 1 < n and (toks[k + 1].cap or toks[k + 1].allcaps) and text[word.end : toks[k + 1].start] in (" ", "-"):
        return -1  # a longer run: a first name and a surname
    return k
