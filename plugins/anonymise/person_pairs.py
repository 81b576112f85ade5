"""Pairs that name persons (issue 11, session 8), asked by ``coordination.persons_beside_pronouns``.

A word joined by "en"/"of" to something that names a person is a person's name too, also an
English or Dutch word: "mijn (kleine) zus en X", "X en haar vriendin" (a kin or role noun);
"Ik en X gingen ..." (a place word as a pair subject beside a personal pronoun before a plural
verb: a place does not go anywhere with me); "Jonas en X kwamen te laat" (a pair subject opened
by a listed first name before a plural verb that is no copula); "vooral aan x en <naam>" (a
lower-case word joined to a masked name after a preposition that takes people, in a chat or a
lower-case quotation; not a bare Dutch word: "met chips en <naam>").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .detect import Token
    from .lexicon import Lexicon

#: Subject pronouns that open a pair subject ("ik en X gingen").
_SUBJECT_PRONOUNS = frozenset({"ik", "jij", "hij", "zij", "wij", "ikzelf"})


#: The words that join two members of a pair.
_JOINS = frozenset({"en", "of", "&"})


def place_pair_subject(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "Ik en <X> gingen ...", "<X> en ik waren ...": token ``i`` and a subject pronoun open the
    clause joined by "en", and a plural finite verb follows the pair; ``i`` is no place at home."""
    from .coordination import _pronoun_after, _pronoun_before  # (coordination imports this module)
    from .person_context import home_place

    if home_place(toks[i].folded):
        return False
    if _pronoun_before(text, toks, i) and toks[i - 2].folded in _SUBJECT_PRONOUNS:
        first, verb = i - 2, i + 1
    elif _pronoun_after(text, toks, i) and toks[i + 2].folded in _SUBJECT_PRONOUNS:
        first, verb = i, i + 3
    else:
        return False
    if verb >= len(toks) or text[toks[verb - 1].end : toks[verb].start] != " ":
        return False
    if first and not re.search(r"[.!?:;\n\"“]\s*$", text[max(0, toks[first].start - 4) : toks[first].start]):
        return False  # (the pair opens its sentence or line)
    v = toks[verb].folded
    return not toks[verb].cap and v.endswith("en") and lex.is_word(v) and v not in lex.common


#: Possessives and articles before a kin or human noun in a pair ("mijn zus en X").
_KIN_DETERMINERS = frozenset("mijn m'n zijn z'n haar d'r onze ons hun jullie je jouw de".split())
#: Adjectives that may stand between them ("mijn kleine zus").
_KIN_ADJECTIVES = frozenset("kleine grote oudste jongste beste lieve oude nieuwe eigen".split())


def _kin_noun(tok: Token) -> bool:
    from .person_relations import KIN, _human

    return not tok.cap and (tok.folded in KIN or _human(tok.folded))


def kin_phrase_beside(text: str, toks: list[Token], i: int) -> bool:
    """ "mijn (kleine) zus en X", "X en haar vriendin", "X of de buurman": token ``i`` is joined
    by "en"/"of" to a noun phrase that names a person by kin or role."""
    n = len(toks)
    if i >= 3 and toks[i - 1].folded in _JOINS and not toks[i - 1].cap and _kin_noun(toks[i - 2]):
        j = i - 3
        if toks[j].folded in _KIN_ADJECTIVES and j > 0:
            j -= 1
        if toks[j].folded in _KIN_DETERMINERS and (toks[j].folded != "de" or toks[i - 2].folded not in _KIN_ONLY):
            return single_gaps(text, toks, j, i)
    if i + 3 < n and toks[i + 1].folded in _JOINS and not toks[i + 1].cap and toks[i + 2].folded in _KIN_DETERMINERS:
        k = i + 3
        if toks[k].folded in _KIN_ADJECTIVES and k + 1 < n:
            k += 1
        if _kin_noun(toks[k]):
            return single_gaps(text, toks, i, k)
    return False


#: Kin nouns after "de" name a role in general ("de ouders en X": any parents), not one person.
_KIN_ONLY = frozenset({"ouders", "kinderen", "vrienden", "grootouders"})


def single_gaps(text: str, toks: list[Token], a: int, b: int) -> bool:
    return all(text[toks[k].end : toks[k + 1].start] == " " for k in range(a, b))


_COPULAS = frozenset({"zijn", "waren", "worden", "werden", "blijven", "bleven", "heten", "lijken", "leken"})


def pair_subjects(text: str, toks: list[Token], caps: list[int], min_conf: float, lex: Lexicon) -> None:
    """ "Jonas en <X> kwamen te laat": a listed first name opening its sentence, "en", one
    capitalised word, and a plural finite verb: the two are persons (a first name that is
    also a word opening a sentence is no name by itself; the pair and its verb say so)."""
    n = len(toks)
    for i in caps:
        a = toks[i]
        if not a.sent_start or a.person or a.protected or a.allcaps or a.folded not in lex.first_names:
            continue
        if i + 3 >= n or toks[i + 1].folded != "en" or toks[i + 1].cap:
            continue
        b, verb = toks[i + 2], toks[i + 3]
        if not b.cap or b.allcaps or b.protected or b.folded in lex.common or not single_gaps(text, toks, i, i + 3):
            continue
        v = verb.folded
        if verb.cap or not v.endswith("en") or not lex.is_word(v) or v in lex.common or v in _COPULAS:
            continue  # ("Roos en Lelie zijn bloemen": a copula says what they are, not that they act)
        for t in (a, b):
            if not t.person:
                t.score, t.person = max(t.score, 0.7, min_conf), True
                t.rule = (t.rule or "capitalised word") + " + a pair subject opened by a first name"


_JOIN_RE = re.compile(r" (en|of) ")
#: An opening quotation mark before three lower-case words (a chat message quoted in a sentence).
_LOWER_QUOTATION_RE = re.compile(r"[\"'“‘«„] ?[^\W\d_A-Z]+[ ,!?]+[^\W\d_A-Z]+[ ,!?]+[^\W\d_A-Z]+")


def _start(tok: Token) -> int:
    return tok.start


#: Prepositions that take people before a lower-case pair in a chat ("aan x en <naam>").
_LOWER_PAIR_PREPOSITIONS = frozenset({"aan", "met", "voor", "naast", "zonder", "tegen", "bij", "van"})
#: Lower-case words that stand beside a name without being one.
_NOT_LOWER_NAMES = frozenset(
    "iedereen allemaal allen alles niemand iemand jou jullie hen hun mij ons haar hem elkaar mekaar zichzelf "
    "leiding mama papa mams paps oma opa moeder vader broer zus vrienden vriend vriendin".split()
)


def lower_pairs(text: str, toks: list[Token], min_conf: float, lex: Lexicon) -> None:
    """ "vooral aan x en <naam>", "met <naam> of x" in a chat-style text or a lower-case
    quotation: a lower-case word joined to a masked name after a preposition that takes
    people is a name too (a chat writes no capitals; a bare noun seldom stands there)."""
    if " en " not in text and " of " not in text:
        return
    from .detect import _is_chat

    chat = _is_chat(text)
    if not chat and _LOWER_QUOTATION_RE.search(text) is None:
        return  # (neither a chat nor a lower-case quotation: names there are capitalised)
    from .person_positions import in_lower_quotation
    from .person_relations import KIN

    n = len(toks)
    for m in _JOIN_RE.finditer(text):
        j = bisect_left(toks, m.start(1), key=_start)
        if j < 2 or j >= n - 1 or toks[j].start != m.start(1):
            continue
        for x, other, prep in ((j - 1, j + 1, j - 2), (j + 1, j - 1, j - 2)):
            t, o, p = toks[x], toks[other], toks[prep]
            if t.person or t.cap or t.protected or not o.person or p.cap or p.folded not in _LOWER_PAIR_PREPOSITIONS:
                continue
            if prep != min(x, other) - 1 or not single_gaps(text, toks, prep, max(x, other)):
                continue
            f = t.folded
            if len(f) < 3 or f in lex.common or f in _NOT_LOWER_NAMES or f in KIN or not f.isalpha():
                continue
            if lex.is_word(f) and f not in lex.first_names and f not in lex.name_words:
                continue  # (a bare Dutch word there is a thing: "met chips en <naam>")
            if not (chat or in_lower_quotation(text, t.start)):
                continue
            t.score, t.person = max(t.score, 0.7, min_conf), True
            t.rule = (t.rule or "lower-case word") + " + joined to a name after a preposition (chat)"
