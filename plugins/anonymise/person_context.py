"""Positions that make a capitalised word a person in what people say (issue 11, session 5).

Rules of the person side added in session 5, asked by the detector (``detect.py``) when its
own rules leave a word below the line. Each looks at the words around one token only.

* "<X> van de/het <dienst>" opening a sentence: someone of a service, a group or an
  organisation ("<naam> van de jeugddienst heeft ons geholpen", "<naam> van het CAW"). A
  word no list knows opening a sentence is a name when a lower-case word follows (session
  4); "van de" + a noun, an acronym or an organisation's name counts as such a word.
* a nickname after "totem", "bijnaam", "alias" (up to three capitalised words: "(totem
  Dromerige Kwikstaart)"), and a signature after a closing greeting at the end of a line
  ("Groetjes, Jette"): a person whatever list knows the words.
* "<Voornaam> <Achternaam> heeft ...": a first name that is also a word opening a
  sentence before a capitalised word and a finite verb.
* "samen met <X>": one capitalised word that a list keeps as a place abroad, a language
  or a calendar word (or a brand that is also an English word or a first name) is the one
  someone did something with: a person ("samen met Valencia", "samen met Ramadan"). A
  place of Belgium or the Netherlands (a town works with its partners: "samen met
  Leuven") and a country stay.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from . import particles
from .chat import SHORT_FINITE
from .lexicon import Lexicon, english_words, home_towns_and_countries

if TYPE_CHECKING:
    from .detect import Token

_ARTICLES = frozenset({"de", "het", "der", "den"})
FOREIGN_PARTICLES = particles.FOREIGN_PARTICLES  # (the one set: particles.py)


def of_a_group_after(text: str, toks: list[Token], i: int) -> bool:
    """Whether "van de/het" + a word follows token ``i`` ("<X> van de bib", "<X> van het
    CAW", "<X> van de Springplank"), each word one space from the last."""
    if i + 3 >= len(toks):
        return False
    van, art, noun = toks[i + 1], toks[i + 2], toks[i + 3]
    if van.text != "van" or art.folded not in _ARTICLES or art.cap:
        return False
    if text[toks[i].end : van.start] != " " or text[van.end : art.start] != " " or text[art.end : noun.start] != " ":
        return False
    return True


def full_name_opening(text: str, toks: list[Token], i: int, lex: Lexicon,
                      finite_verb: Callable[[str, Lexicon], bool]) -> bool:
    """Whether token ``i`` opens a sentence as the first of two capitalised words followed
    by a finite verb ("<Voornaam> <Achternaam> heeft ...", also with lower-case particles
    between them, "<Voornaam> van <Achternaam> vertelde"): a listed first name that is
    also a word ("Jonas", "Rik") is then a first name, and the word after it its surname
    (the assembly joins it). Not a saint's name ("Sint-Jan Berchmans werkt ..."), not
    two words before "en" ("Thomas More en Odisee sturen ..."), not in capitals.
    ``finite_verb(folded, lex)`` is the detector's finite-verb test."""
    tok = toks[i]
    if not (tok.sent_start or i == 0) or i + 2 >= len(toks) or tok.folded.startswith(_SAINTS):
        return False
    k = i + 1  # (lower-case particles of a Dutch surname may stand between: "<Voornaam> van <Achternaam>")
    while k < len(toks) - 2 and k - i <= 2 and toks[k].folded in _LOWER_PARTICLES and not toks[k].cap:
        k += 1
    second, third = toks[k], toks[k + 1]
    if any(text[toks[m].end : toks[m + 1].start] != " " for m in range(i, k)):
        return False
    if not second.cap or second.allcaps or second.sent_start or (second.protected and (k == i + 1 or second.protected != "place")):
        return False
    if text[second.end : third.start] != " " or third.cap or third.allcaps:
        return False
    return third.folded in SHORT_FINITE or finite_verb(third.folded, lex)


_SAINTS = ("sint-", "sinte-", "st-", "heilig-")
_LOWER_PARTICLES = frozenset({"van", "de", "der", "den", "ter", "ten"})


def home_place(folded: str) -> bool:
    """Whether a folded word is a municipality or province of Belgium or the Netherlands, or a country."""
    return folded in home_towns_and_countries()


def partner_after_samen_met(text: str, toks: list[Token], i: int, kept: str, lex: Lexicon) -> bool:
    """Whether token ``i`` is one capitalised word right after "samen met" that a list
    keeps only as a place abroad, a language, a calendar word, or a brand that is also an
    English word or a first name (see the module's docstring)."""
    if i < 2 or toks[i - 1].folded != "met" or toks[i - 2].folded != "samen":
        return False
    tok = toks[i]
    if text[toks[i - 2].end : toks[i - 1].start] != " " or text[toks[i - 1].end : tok.start] != " ":
        return False
    if i + 1 < len(toks) and (toks[i + 1].cap or toks[i + 1].allcaps) and text[tok.end : toks[i + 1].start] == " ":
        return False  # a name of more words: the organisation and place rules judge it
    f = tok.folded
    if kept == "place":
        return f not in home_towns_and_countries()
    if kept == "brand":
        return f in english_words() or f in lex.first_names
    return kept in ("language", "calendar")


#: Words before "de <X>" that make X a place or a thing ("naar de Roos": a café).
_THING_BEFORE_ARTICLE = frozenset({"in", "uit", "naar", "vanuit", "te", "richting", "op", "bij", "van", "voor", "achter",
                                   "over", "door", "onder", "langs", "rond", "tot", "boven", "binnen", "buiten", "om"})


def spoken_article_name(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether token ``i`` is a listed first name after a spoken "de"/"den" that follows
    a verb or a person's preposition (see the module's docstring)."""
    if i < 2 or toks[i].folded not in lex.first_names:
        return False
    art, before = toks[i - 1], toks[i - 2]
    if art.folded not in ("de", "den") or art.cap or text[art.end : toks[i].start] != " ":
        return False
    if text[before.end : art.start] != " " or before.cap:
        return False
    return before.folded not in _THING_BEFORE_ARTICLE


def english_first_name(prev: Token, name: Token, gap: str, name_kind: str, lex: Lexicon) -> bool:
    """Whether ``prev``, a capitalised English word one space before the name token
    ``name`` (a surname or a word no list knows), is that person's first name (see the
    module's docstring): not opening a sentence, not a word in capitals, not a frequent
    Dutch word, not protected by a shape or list."""
    if not (gap == " " and prev.cap and not prev.allcaps and not prev.sent_start and not prev.protected
            and not prev.person and prev.folded not in lex.common and len(prev.folded) >= 3):
        return False
    # (a word both languages know, "Long", is not in the English list: a listed surname
    # after it is evidence enough)
    return name_kind == "surname" or name_kind == "unknown" and prev.folded in english_words()


_NICKNAME_WORDS = frozenset({"totem", "bijnaam", "alias", "roepnaam", "koosnaam"})
_CLOSINGS = frozenset({"groetjes", "groeten", "groet", "grtz", "gr", "liefs", "kusjes", "kus", "xxx", "xx", "mvg", "merci",
                       "bedankt", "dankjewel", "daag", "doei", "ciao"})


def nickname_or_signature(text: str, toks: list[Token], i: int) -> str:
    """The rule when token ``i`` is a capitalised word of a nickname after "totem" (etc.)
    or a signature after a closing greeting ending a line (see the module's docstring)."""
    tok = toks[i]
    if not tok.cap or tok.allcaps:
        return ""
    k = i - 1
    while k >= 0 and i - k <= 3 and toks[k].cap and not toks[k].allcaps and text[toks[k].end : toks[k + 1].start] == " ":
        k -= 1
    if k >= 0 and toks[k].folded in _NICKNAME_WORDS and not toks[k].cap and text[toks[k].end : toks[k + 1].start] == " ":
        return f"a nickname after '{toks[k].text}'"
    prev = toks[i - 1] if i > 0 else None
    if prev is None or prev.folded not in _CLOSINGS or text[prev.end : tok.start].strip(" ,") != "":
        return ""
    after = text[tok.end :]
    line_end = after.find("\n")
    rest = after if line_end < 0 else after[:line_end]
    if rest.strip(" .!?\"'”»") == "":
        return f"a signature after '{prev.text}'"
    return ""
