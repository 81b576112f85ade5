"""Coordinated names: the members of one list are of one kind (issue 11, session 7).

"X en Y", "X of Y", "X, Y en Z": the words of such a list name things of one kind. When
one member is a person, the others are persons too, unless a list or the shape of the
word already made it a thing (an organisation, place, brand, calendar or keep word: the
detector protected it) -- then the list is mixed and each member keeps its own reading.

Session 6 and before gave a capitalised word next to a name through "en"/"of" or a
comma part of its neighbour's certainty (+0.3), one neighbour at a time and never for a
capitalised Dutch word ("Sofie, Formaat": an affiliation after a comma). This module
reads the whole list once, in both directions, so a person anywhere in it counts, and
a capitalised Dutch word joined by "en"/"of" (not by a comma alone) counts too: Dutch
capitalises no common noun inside a sentence, so in a list with a person it names one
("met Jan en Storm", "Ruby, Noor en Bo"). A list needs a coordinating word: a bare
comma pair is an apposition or an affiliation, not a list.

One pass over the capitalised tokens (linear in the text).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import person_pairs

if TYPE_CHECKING:
    from .detect import Token
    from .lexicon import Lexicon

#: The words that join the last member of a list.
_JOINS = frozenset({"en", "of", "&"})
#: Capitalised words that join a company's name to a person's ("Peeters en Zonen").
_FIRM_WORDS = frozenset({"zoon", "zonen", "partners", "co", "dochters", "broers", "kinderen", "cie", "compagnie"})
#: Prepositions that take people before a list ("met", "samen met", "zonder", "naast").
#: (not "bij", "aan", "dankzij", "tegen": "bij Awel en X", "tegen Genk en Y" name organisations and teams)
_PERSON_PREPOSITIONS = frozenset({"met", "zonder", "naast", "behalve"})
#: A member is at most this many capitalised words ("Jan Peeters", "Mia Van Dam").
_MEMBER_WORDS = 3


def _lists(text: str, toks: list[Token], caps: list[int]) -> list[list[list[int]]]:
    """The lists of capitalised members in ``text``: each a list of members, each member
    the indices of its capitalised words. Members are joined by ", ", " en ", " of ",
    ", en " or " & "; a list holds at least one such word."""
    out: list[list[list[int]]] = []
    members: list[list[int]] = []
    joined = False  # a coordinating word joins two of the members
    prev = -2
    for i in caps:
        tok = toks[i]
        if prev >= 0:
            gap = text[toks[prev].end : tok.start]
            if i == prev + 1 and gap == " ":
                first = toks[members[-1][0]]
                if members[-1] == [prev] and first.sent_start and not first.person and first.score < 0.3:
                    members[-1] = [i]  # an ordinary word opening the sentence is no member ("Met Jan en Mia")
                else:
                    members[-1].append(i)  # the next word of the same member
                prev = i
                continue
            link = toks[prev + 1] if i == prev + 2 else None
            if i == prev + 1 and gap == ", ":
                members.append([i])
                prev = i
                continue
            if (i == prev + 1 and gap in (" & ", ", & ") and len(members) > 1
                    and not text[tok.end : tok.end + 3].lstrip().startswith("&")):  # (not "& Kind & Gezin")
                # (s24-t24fix: "&" is no token -- "<a>, <b> & <c>" closes the list as "en" does;
                # only after a comma's member, a bare "X & Y" is an organisation's shape)
                members.append([i])
                joined = True
                prev = i
                continue
            if (
                link is not None
                and link.folded in _JOINS
                and not link.cap
                and text[toks[prev].end : link.start] in (" ", ", ")
                and text[link.end : tok.start] == " "
            ):
                members.append([i])
                joined = True
                prev = i
                continue
            if joined and len(members) > 1:
                out.append(members)
        members, joined, prev = [[i]], False, i
    if joined and len(members) > 1:
        out.append(members)
    return out


def _parallel_phrases(text: str, toks: list[Token], members: list[list[int]]) -> bool:
    """ "X van A en Y van B": the preposition before the first member comes back after a
    later one; the members are heads of parallel phrases (a person and an organisation),
    not one list."""
    first = members[0][0]
    if first == 0 or toks[first - 1].cap:
        return False
    prep = toks[first - 1].folded
    for m in members[1:]:
        k = m[-1] + 1
        if (
            k < len(toks)
            and toks[k].folded == prep
            and not toks[k].cap
            and text[toks[m[-1]].end : toks[k].start] == " "
        ):
            return True
    return False


def _after_person_preposition(text: str, toks: list[Token], first: int) -> bool:
    """Whether the list opens right after a preposition that takes people ("met X en Y",
    "zonder X of Y"): with one listed first name among the members, a list of persons."""
    if first == 0:
        return False
    prep = toks[first - 1]
    return (
        prep.folded in _PERSON_PREPOSITIONS
        and (not prep.cap or prep.sent_start)
        and text[prep.end : toks[first].start] == " "
    )


def _first_name(tok: Token, lex: Lexicon) -> bool:
    return tok.folded in lex.first_names and tok.folded not in lex.common


def _name_no_word(tok: Token, lex: Lexicon) -> bool:
    """A capitalised word that names and is no word: a listed first name that no Dutch word
    list holds, or a word of three letters or more that no list knows at all, no compound
    and with no Dutch word among its hyphenated parts."""
    from .detect import is_compound  # (detect imports this module)

    f = tok.folded
    if f in lex.common or lex.is_word(f) or f in lex.name_words:
        return False
    if f in lex.first_names:
        return True
    if len(f) < 3 or tok.rule != "unknown capitalised word in context" or is_compound(f, lex):
        return False
    return not any(lex.is_word(part) for part in f.split("-"))  # ("Tele-Onthaal": a Dutch word in it)


def persons_in_lists(text: str, toks: list[Token], caps: list[int], min_conf: float, lex: Lexicon) -> None:
    """Make the unprotected members of a list of persons persons (see the module): a list
    is of persons when a member is a person already, when two members are listed first
    names (also those that are words: "met Mia, Ruby en Bo"), or when one is and the list
    follows a preposition that takes people ("met Hazel en Ruby"); and no member is a thing."""
    for members in _lists(text, toks, caps):
        if _parallel_phrases(text, toks, members):
            continue
        heads = [[toks[k] for k in m] for m in members]
        if any(len(m) > _MEMBER_WORDS for m in heads):
            continue  # a long run of capitalised words names an organisation or a title
        if any(t.protected or t.allcaps for m in heads for t in m):
            continue  # a thing the lists or the shape know: a mixed list, each member keeps its reading
        # (a member counts as a person only when all its words are: "De Kleine [Prins]" is
        # no evidence, the list may name organisations)
        persons = sum(all(t.person and t.score >= min_conf for t in m) for m in heads)
        firsts = sum(all(t.person and t.score >= min_conf or _first_name(t, lex) for t in m) for m in heads)
        # (a name that is no word at all: a listed first name or a word no list knows, "Ayasha")
        no_words = sum(len(m) == 1 and _name_no_word(m[0], lex) for m in heads)
        weak = not persons and firsts < 2  # one name, after a preposition that takes people
        if weak and not ((firsts or no_words) and _after_person_preposition(text, toks, members[0][0])):
            continue
        if weak and no_words:
            weak = False  # beside a name that is no word, a capitalised word is a name too ("met Ayasha en Berk")
        for m in heads:
            head = m[0]
            if any(t.person for t in m) or any(t.folded in lex.common or t.folded in _FIRM_WORDS for t in m):
                continue  # (a frequent word is no name: "Kind en Gezin")
            plain = head.rule == "capitalised word in context" and not _first_name(head, lex)
            if plain and (head.sent_start or weak):
                continue  # an ordinary word opening the sentence; beside one first name only ("met Jan en Lego")
            for t in m:
                t.score, t.person = max(t.score, 0.7, min_conf), True
                t.rule = (t.rule or "capitalised word") + " + in a list of names"


#: Personal pronouns that a name is coordinated with ("X en ik", "naar X of naar mij").
_PRONOUNS = frozenset(
    {"ik", "mij", "me", "jij", "jou", "hij", "hem", "zij", "wij", "ons", "jullie", "hen", "ikzelf", "mezelf", "mijzelf"}
)


def _pronoun_after(text: str, toks: list[Token], i: int) -> bool:
    """ "X en ik", "X of mij", "naar X of naar mij" (the same preposition before both)."""
    n = len(toks)
    if (
        i + 2 >= n
        or toks[i + 1].folded not in _JOINS
        or toks[i + 1].cap
        or text[toks[i].end : toks[i + 1].start] != " "
    ):
        return False
    k = i + 2
    if (
        toks[k].folded not in _PRONOUNS
        and i > 0
        and k + 1 < n
        and toks[k].folded == toks[i - 1].folded
        and not toks[i - 1].cap
    ):
        k += 1  # the preposition again
    return toks[k].folded in _PRONOUNS and text[toks[k - 1].end : toks[k].start] == " "


def _pronoun_before(text: str, toks: list[Token], i: int) -> bool:
    """ "ik en X", "jij of X"."""
    return (
        i >= 2
        and toks[i - 1].folded in _JOINS
        and not toks[i - 1].cap
        and toks[i - 2].folded in _PRONOUNS
        and text[toks[i - 2].end : toks[i - 1].start] == " "
        and text[toks[i - 1].end : toks[i].start] == " "
    )


def persons_beside_pronouns(text: str, toks: list[Token], caps: list[int], min_conf: float, lex: Lexicon) -> None:
    """A capitalised word joined by "en"/"of" to a personal pronoun is a person ("X en ik",
    "ik of X", "naar X of naar mij"), unless a list or shape made it a thing, it is a
    frequent word or a capitalised Dutch word that is no name; so is one joined to a kin or
    a person's noun ("mijn zus en X"), and the two of a pair subject opened by a first name
    ("Jonas en X kwamen ...")."""
    person_pairs.pair_subjects(text, toks, caps, min_conf, lex)
    person_pairs.lower_pairs(text, toks, min_conf, lex)
    for i in caps:
        tok = toks[i]
        if tok.protected == "place" and not tok.person and person_pairs.place_pair_subject(text, toks, i, lex):
            tok.protected = None  # "ik en <X> gingen ...": a place abroad does not go anywhere with me (session 8)
            tok.score, tok.person = max(tok.score, 0.7, min_conf), True
            tok.rule = "place word as a subject beside a personal pronoun"
            continue
        if tok.person or tok.protected or tok.allcaps or tok.folded in lex.common:
            continue
        if person_pairs.kin_phrase_beside(text, toks, i):
            tok.score, tok.person = max(tok.score, 0.7, min_conf), True  # "mijn zus en X" (session 8)
            tok.rule = (tok.rule or "capitalised word") + " + coordinated with a kin or a person's noun"
            continue
        if tok.rule == "capitalised word in context" and not _first_name(tok, lex) and tok.folded not in lex.name_words:
            continue
        if _pronoun_after(text, toks, i) or _pronoun_before(text, toks, i):
            tok.score, tok.person = max(tok.score, 0.7, min_conf), True
            tok.rule = (tok.rule or "capitalised word") + " + coordinated with a personal pronoun"
