"""A person's full name after the noun of a trade or a service (issue 11, policy decided in
session 11, built in session 12).

"Bakkerij <Voornaam> <Achternaam>", "Jeugddienst <Voornaam> <Achternaam>", "Slagerij X Y":
a business named after a living person, or a service signing with a staff member's name,
publishes that person's full name. The rules that keep an organisation's name after its head
("Bakkerij X", "Jeugddienst X": ``detect``'s organisation cues, ``keep_heads``, ``keep_verbs``,
``keep_context.business_name``) took the whole run; now a listed first name that is no word,
right after the head, followed by a surname, is left to the person rules: the name goes, the
head stays ("Bakkerij [persoon 1]").

Where it stops (agreed with the keep side, s12-keep):

* the head is a trade's or a service's noun (a closed class and the endings of one), never a
  venue or an institution named in someone's honour ("Sporthal X Y", "Campus X Y", "zaal X");
* a first name alone after the head is the business's name ("Kapsalon Nadine", "Frituur
  Marcel"), and so is a surname alone ("Bakkerij Peeters": a firm named after its family);
* the first name is on the first-name list and no frequent, French or English word, nor a
  place; hotels and restaurants are no trade here ("Hotel Beau Séjour"); the next word is
  capitalised (not in capitals), no word or place unless a surname list holds it, and the
  run ends there (no third capitalised word: "Garage Jan Peeters Motors" is a firm's name).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .trades import firm_noun

if TYPE_CHECKING:
    from .detect import Token
    from .lexicon import Lexicon

#: Nouns of a trade's premises or a firm that open its name (besides ``keep_context``'s and
#: ``trades.firm_noun``'s -- the family firms' nouns, one definition; the ones here are nouns
#: of a person too, "kapper", "taxi", or of a service: they mask a full name, never keep a surname).
_TRADES = frozenset({"taxi", "taxibedrijf", "autocars", "reizen", "verhuur", "tuinaanleg", "schilderwerken",
                     "dakwerken", "loodgieterij", "kapper", "kapsalon", "fotostudio", "garage", "frituur"})
#: Endings of a trade's, a firm's or a service's noun (a word the lexicon knows or a compound).
_ENDINGS = ("erij", "handel", "fabriek", "salon", "zaak", "winkel", "bedrijf", "cars", "werken", "verhuur", "bouw",
            "aanleg", "dienst", "punt", "studio")
#: Capitalised particles inside a surname ("Bakkerij Jan Van Damme").
_PARTICLES = frozenset({"van", "de", "den", "der", "ter", "ten", "vande", "vanden", "vander", "'t", "le", "la", "el"})


#: Hospitality heads: their names are French or English words more often than a person's
#: ("Hotel Beau Séjour", "Brasserie Belle Vue"): no trade head here.
_HOSPITALITY = frozenset({"hotel", "restaurant", "brasserie", "taverne", "herberg", "pizzeria", "traiteur", "bistro",
                          "cafe", "café", "auberge"})


def is_trade_head(tok: Token, lex: Lexicon, business_nouns: frozenset[str], titles: frozenset[str]) -> bool:
    """Whether a capitalised token is the noun of a trade, a firm or a service (no name, title
    or role, no hotel or restaurant)."""
    f = tok.folded
    if not tok.cap or tok.allcaps or f in lex.first_names or f in lex.surnames or f in titles or f in _HOSPITALITY:
        return False
    return f in _TRADES or f in business_nouns or firm_noun(f) or (len(f) >= 7 and f.endswith(_ENDINGS))


def is_hospitality_head(tok: Token) -> bool:
    """Whether a capitalised token (not in capitals) is a hotel's, a restaurant's or a café's noun
    (session 22: such a head before a first name and a listed surname, "Brasserie <Voornaam>
    <Achternaam>", publishes a person's full name as surely as a trade's: :func:`full_name_after`
    with ``listed_surname``)."""
    return tok.cap and not tok.allcaps and tok.folded in _HOSPITALITY


def full_name_after(text: str, toks: list[Token], i: int, lex: Lexicon, listed_surname: bool = False) -> int:
    """The last token of a first name and a surname that start at ``i`` right after a head
    (``i - 1``), or -1 (see the module). ``listed_surname``: the surname must be on a surname
    list (after a hospitality head, whose names are French or English words more often)."""
    from .keep_french import FRENCH
    from .lexicon import english_words

    n = len(toks)
    tok = toks[i]
    f = tok.folded
    if (i + 1 >= n or tok.allcaps or f not in lex.first_names or f in lex.common or f in lex.places
            or f in FRENCH or f in english_words() or text[toks[i - 1].end : tok.start] != " "):
        return -1  # (nor a French or English word: "Beau", "Belle", "Grace" open a shop's name as often)
    j = _past_particles(text, toks, i + 1)
    last = toks[j]
    g = last.folded
    if (not last.cap or last.allcaps or text[toks[j - 1].end : last.start] != " "
            or (g not in lex.surnames and (listed_surname or lex.is_word(g) or g in lex.places
                                           or g in lex.first_names))):
        return -1
    if j + 1 < n and toks[j + 1].cap and text[last.end : toks[j + 1].start] == " ":
        return -1  # (a longer run: a firm's own name)
    return j


def _past_particles(text: str, toks: list[Token], j: int) -> int:
    """The first token from ``j`` on that is no capitalised particle joined by one space ("Van",
    "De", "El" before a surname), never the last token (:func:`full_name_after`,
    :func:`eponym_before_tail`)."""
    n = len(toks)
    while j < n - 1 and toks[j].folded in _PARTICLES and toks[j].cap and text[toks[j - 1].end : toks[j].start] == " ":
        j += 1
    return j


def is_eponym_head(tok: Token, nouns: frozenset[str]) -> bool:
    """(session 23) Whether a capitalised token (not in capitals) is an institution's noun that
    may open a name given after a person: "Basisschool <Voornaam> <Achternaam>"."""
    return tok.cap and not tok.allcaps and tok.folded in nouns


def eponym_before_tail(text: str, toks: list[Token], i: int, lex: Lexicon, nouns: frozenset[str]) -> int:
    """(session 23) The last token of a first name and a listed surname that start at ``i`` and
    stand right before an institution's noun ("de Hannah Verbeke School", "het Rania El Idrissi
    Centrum"), all kept as one name; or -1. A title or a saint before it ("Koning Boudewijn
    Stadion", "Sint-Jan Berchmans College") is no first name (:func:`full_name_after`)."""
    from .keep_french import FRENCH
    from .lexicon import english_words

    n = len(toks)
    tok = toks[i]
    if (i > 0 and toks[i - 1].cap and text[toks[i - 1].end : tok.start] == " "
            and toks[i - 1].folded not in ARTICLES and (tok.protected is None or toks[i - 1].protected == tok.protected)):
        return -1  # (inside a longer kept run: "Koning Boudewijn ..."; s23-late: or a capitalised run)
    f = tok.folded
    if (i + 2 >= n or tok.allcaps or f not in lex.first_names or f in lex.common or f in lex.places
            or f in FRENCH or f in english_words()):
        return -1
    j = _past_particles(text, toks, i + 1)
    last = toks[j]
    if (not last.cap or last.allcaps or text[toks[j - 1].end : last.start] != " " or last.folded in lex.common
            or j + 1 >= n or text[last.end : toks[j + 1].start] != " "):
        return -1
    tail = toks[j + 1]
    if (not tail.cap or tail.allcaps or tail.folded not in nouns
            or tail.protected not in (tok.protected, last.protected, None, "keep", "position")):
        return -1
    if last.folded not in lex.surnames and not _english_surname(last, tail, lex):
        return -1
    return j


#: (s23-late) An article opening a sentence before the name ("De Molly Hunter Academy").
ARTICLES = frozenset({"de", "het", "the", "een", "a", "an"})
#: (s23-late) English institutions' nouns after a person's full name ("the Hannah Baker School").
EN_EPONYM_NOUNS = frozenset({"school", "academy", "college", "institute", "foundation", "center", "centre",
                             "university", "hospital", "library", "stadium", "trust"})
#: (s23-late) English words of a place's layout that name a school after its site, not a person,
#: even after a word that is a first name ("Rose Hill School", "Holly Tree Academy", "May Park College").
_EN_SITE_WORDS = frozenset({"hill", "hills", "park", "lane", "road", "street", "garden", "gardens", "tree", "trees",
                            "valley", "grove", "field", "fields", "view", "gate", "court", "church", "chapel",
                            "bridge", "green", "meadow", "meadows", "farm", "bay", "square", "side", "way", "vale",
                            "mount", "house", "hall", "manor", "castle", "heights", "river", "lake", "forest",
                            "cross", "end", "common", "place", "rise", "dale", "academy", "school", "college"})


def _english_surname(last: Token, tail: Token, lex: Lexicon) -> bool:
    """(s23-late, issue 11) Whether a capitalised word no surname list holds reads as a person's
    English surname before an English institution's noun: "the Hannah Baker School", "the Molly
    Hunter Academy", "the Trevor Bird Foundation" (the surname is an English or Dutch word, which
    the lists leave out; a brand's word too, "Rich") -- not a word of a site's layout ("Rose Hill
    School"), nor a place."""
    f = last.folded
    return (tail.folded in EN_EPONYM_NOUNS and f.isalpha() and len(f) >= 3 and f not in _EN_SITE_WORDS
            and f not in lex.places and last.protected != "place")
