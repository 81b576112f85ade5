"""A surname written in another case than the usual Titlecase (issue 11, session 12).

Credits in capitals ("MARIA ROSSI (vzw X):", "Maria ROSSI, 17") and chats in lower case
("van marta kowalska aan Iedereen:") write the surname in capitals or in lower case. The name is
grown from the first name the detector found, word by word (``detect._assemble``); before
session 12 it took only a Titlecase word, so the surname stayed beside "[persoon 1]": in the
quotes section the JSON publishes, the first name went and the surname was left.

A word grows the name when it stands right after it (one space), in capitals after a capitalised
name or in lower case after a lower-case one, and can be nothing but a name: no word of the
lexicons (Dutch, English, frequent, chat), no keep class (organisation, place, brand, acronym
list), no place, and name-shaped (four letters or more, two vowels: "VDAB", "CLB" stay). A
capitalised word in capitals reads as emphasis ("Jonas NOOIT") only when it is a word: then it
stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .detect import Token
    from .lexicon import Lexicon


def surname_in_case(cur: Token, nxt: Token, gap: str, lex: Lexicon, kept: Callable[[Token], str | None],
                    not_words: frozenset[str], name_shaped: Callable[[str], bool],
                    unknown_lower: Callable[[Token], bool]) -> bool:
    """Whether ``nxt`` continues the name that ends with ``cur`` as its surname, written in
    capitals after a capitalised name or in lower case after a lower-case one. ``kept`` gives
    the keep class of a token (or None); ``not_words``: chat words and the like that are no
    name whatever the lexicon says; ``unknown_lower``: whether a lower-case word is one no
    list knows (no Dutch or English word, inflection or compound, no chat or slang word, no
    place, brand or organisation word: the detector's own test for a lower-case name)."""
    if gap != " " or nxt.protected:
        return False
    f = nxt.folded
    if not all(name_shaped(part) for part in f.split("-")):
        return False  # ("VDAB", "CLB": acronyms; "MENSAH-BOATENG": each part a name's shape)
    if not nxt.allcaps:
        # a lower-case surname after a lower-case name ("van marta kowalska aan Iedereen:")
        return not (nxt.cap or cur.cap or cur.allcaps) and unknown_lower(nxt) and kept(nxt) is None
    if not cur.cap or f in not_words or f in lex.common or lex.is_word(f) or f in lex.places:
        return False
    return kept(nxt) is None


#: After a credit's name: an affiliation or role in brackets, then the colon ("X Y (vzw Z):").
_CREDIT_AFTER_RE = re.compile(r"[ \t]*(?:\([^()\n]{1,60}\)[ \t]*)?:")
_LINE_LEAD = " \t>*•·-–—"


def caps_credit_opening(text: str, toks: list[Token], i: int, name_like: Callable[[Token], bool]) -> bool:
    """Whether token ``i`` (in capitals) is one of two or three words in capitals that open a
    line and are followed by a colon, maybe after a bracketed affiliation: a credit line
    "AOIFE X (vrijwilliger): ..." names its speaker (session 13). Every word of the run must
    be ``name_like`` (name-shaped, no word, no place, no keep class); one word alone may be an
    organisation's ("UNIZO (Limburg): ...") and stays."""
    j = i
    while j > 0 and i - j < 2 and toks[j - 1].allcaps and text[toks[j - 1].end : toks[j].start] == " ":
        j -= 1
    line_start = text.rfind("\n", 0, toks[j].start) + 1
    if text[line_start : toks[j].start].strip(_LINE_LEAD):
        return False
    k = i
    while k + 1 < len(toks) and k - j < 2 and toks[k + 1].allcaps and text[toks[k].end : toks[k + 1].start] == " ":
        k += 1
    return (k > j and _CREDIT_AFTER_RE.match(text, toks[k].end) is not None
            and all(name_like(t) for t in toks[j : k + 1]))


def caps_after_line_noun(text: str, toks: list[Token], i: int, human: Callable[[str], bool]) -> bool:
    """Whether token ``i`` (in capitals) stands right after a lower-case noun for a person that
    opens a line: the credit of a shorthand note line, "- tiener <NAAM>? (...): « ... »",
    "- jongere <NAAM>: ..." (session 14; session 13's held-out set T published one). ``human``
    tells a folded noun for a person ("tiener", "jongere", "leerling", "kookouder")."""
    if i == 0:
        return False
    prev = toks[i - 1]
    if prev.cap or prev.allcaps or text[prev.end : toks[i].start] != " " or not human(prev.folded):
        return False
    line_start = text.rfind("\n", 0, prev.start) + 1
    return not text[line_start : prev.start].strip(_LINE_LEAD)


#: After these (in a quote in capitals) a name stands, not a noun's adjective: a person's preposition.
CAPS_PERSON_BEFORE = frozenset({"aan", "met", "tegen", "dankzij", "zonder", "naast", "van", "door", "voor", "bij", "op",
                                "bedankt", "merci", "dank", "dankjewel", "proficiat", "hey", "hoi", "dag", "en"})
#: What may follow a name in that slot: no noun (the word after the preposition was no adjective).
_CAPS_AFTER_NAME = frozenset({"en", "of", "dat", "die", "om", "over", "naar", "op", "in", "voor", "niet", "ook", "nog",
                              "al", "gevraagd", "gezegd", "gegeven", "gebeld", "gemaild", "geappt", "gepraat",
                              "gesproken", "zei", "vroeg", "heeft", "had", "was", "is",
                              # (plural verbs the finite-verb test does not take: they look like infinitives)
                              "hebben", "hadden", "waren", "zijn", "gingen", "kwamen", "konden", "moesten", "wilden",
                              "zullen", "gaan", "komen", "doen", "deden", "mochten", "zaten", "stonden", "speelden"})


_FUNCTION = frozenset({"en", "of", "dat", "die", "om", "over", "naar", "op", "in", "voor", "niet", "ook", "nog", "al"})


def caps_person_slot(text: str, toks: list[Token], i: int, finite_verb: Callable[[str], bool],
                     participle: Callable[[str], bool], person_noun: Callable[[str], bool]) -> str:
    """Where token ``i`` of a quote in capitals stands where a name stands and no word of the
    same spelling can (or ""), read from the folded words around it (capitals give no case):
    after a person's preposition, a thanks or a noun for a person ("AAN <NAAM> GEVRAAGD",
    "DANKZIJ <NAAM> HADDEN", "BEDANKT <NAAM>!", "ONZE MONITOR <NAAM> HEEFT") with no noun after it (a verb, a participle, a function word, the
    clause's end), or opening a sentence before a finite verb ("<NAAM> WAS ER OOK BIJ", also as
    the first of a pair: "<NAAM> EN <NAAM> HEBBEN") -- session 14, s13-redteam's class 6."""
    tok = toks[i]
    n = len(toks)
    nxt = toks[i + 1] if i + 1 < n else None
    gap_after = text[tok.end : nxt.start] if nxt is not None else text[tok.end :]
    ends = nxt is None or gap_after.strip()[:1] in (",", ".", "!", "?", ";", ":", "…") or "\n" in gap_after
    no_noun = ends or (gap_after == " " and (nxt.folded in _CAPS_AFTER_NAME or finite_verb(nxt.folded)  # type: ignore[union-attr]
                                             or participle(nxt.folded)))  # type: ignore[union-attr]
    prev = toks[i - 1] if i > 0 else None
    if (prev is not None and prev.allcaps and text[prev.end : tok.start] == " "
            and (prev.folded in CAPS_PERSON_BEFORE or person_noun(prev.folded)) and no_noun):
        return f"after '{prev.text}' in capitals"
    if tok.sent_start or prev is None:
        k = i + 1
        if k + 1 < n and toks[k].folded == "en" and text[tok.end : toks[k].start] == " " and toks[k + 1].allcaps:
            k += 2  # ("<NAAM> EN <NAAM> HEBBEN ...")
        if (k < n and text[toks[k - 1].end : toks[k].start] == " "
                and (finite_verb(toks[k].folded) or toks[k].folded in _CAPS_AFTER_NAME and toks[k].folded not in _FUNCTION)):
            return "opening a sentence in capitals before a verb"
    return ""
