"""Words a report introduces as a thing by its kind's noun (session 26, s26-keep; issue 11 point 2).

A reporter or a speaker names an app, a festival, a game or a beer once with its kind --
"we werken met de app Ploegpraat", "het coöperatieve spel Kwispel", "tenten van de merken
Zwerfkei en Nomadix", "het inschrijvingssysteem Inschrijfklok", "het Ketnet-programma
Tentenkoorts" -- and then bare: "Kwispel werkt het best met groepen van acht", "Nomadix lekt na
drie zomers". The bare mention is a capitalised word no list holds opening a sentence: the
default-deny of the quotes masked it, and the harvest taught it to the whole report as a name.

:func:`introduced_things` finds, in one text, the capitalised words right after such a noun (a
lower-case noun of :data:`KIND_NOUNS`, a Dutch compound ending in one, or "<Naam>-<noun>"),
itself after a determiner or a possessive and at most two adjectives, when the phrase closes
after the name (punctuation, the text's end, "die"/"dat"/"maar": "via de app Nyah een bericht
sturen" and "op de fuif Jorre leren kennen" name a person after an adverbial); a coordination
after the first word ("de merken X en Y", "de apps X, Y en Z") is introduced too, unless a
member is a listed first name ("via de app Nyah en Lotte"). An apposition naming the kind
("via Joblynx, het uitzendbureau van de regio", "Quizzel, een quiz-app") introduces the words
before it alike.
:meth:`.keep_evidence.Evidence.introduced` asks it of every text of the report, and
:func:`.keep_evidence.settled` then keeps a bare mention resting on weak evidence only (a word's
shape or position: no person's cue, no attribution, confidence below ``WEAK_BELOW``) when every
word of it is so introduced and

* no name list holds it (no first name, surname or name-word: "de app Alexa" decides nothing),
  and the report gives no such name (speakers, credits, the deny list, what it learned);
* it stands in no person's slot: not the one called, asked or talked with, not the subject of a
  person's past verb ("X ging", "X zei", "X lachte"), nor any cue the settling already asks
  (a title or role word, an age, a speech verb, a verb only a person does, kin, a human
  apposition, a vocative).

Nouns of kinds a person's name follows as often as a thing's are left out: "project" (a project
named after a person: privacy first), "ploeg", "groep", "team", "werking", "dienst", "prijs",
"actie", "show" (a person's own show), and persons' nouns of course (leider, coach, juf ...).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .detect import Token
    from .lexicon import Lexicon

#: Nouns of a kind of thing that a thing's proper name follows ("de app X", "het festival X").
#: Team-written from general knowledge (Dutch common nouns; no name, no fixture word).
KIND_NOUNS = frozenset({
    "app", "apps", "applicatie", "platform", "website", "site", "webshop", "webwinkel", "tool", "software",
    "programma", "systeem", "module", "podcast", "vlog", "blog", "kanaal", "zender", "reeks", "serie", "film",
    "documentaire", "boek", "strip", "tijdschrift", "magazine", "krant", "spel", "spelletje", "game", "games",
    "bordspel", "kaartspel", "methodiek", "festival", "fuif", "evenement", "merk", "merken", "bier", "bieren",
    "biertje", "tripel", "frisdrank", "winkel", "keten", "supermarkt", "café", "cafe", "fuifzaal", "zaal",
    "jeugdhuis", "vzw", "organisatie", "vereniging", "band", "koor", "label", "tent", "tenten",
})
#: Endings of a Dutch compound of such a noun ("inschrijvingssysteem", "huisbier", "kaartspel").
_KIND_ENDINGS = ("systeem", "programma", "spel", "festival", "bier", "platform", "app", "module", "podcast",
                 "winkel", "zaal", "merk", "tent", "bureau", "huis", "zaak", "café", "kanaal", "website")
#: Prepositions before the noun phrase: inside an adverbial a capitalised word after the noun is as
#: often a person, the object or the one addressed ("op de fuif Jorre leren kennen", "ik sprak via
#: de app Nyah."); only a plural kind ("de merken X en Y", "met de apps X en Y") introduces there.
_PREPOSITIONS = frozenset({"op", "in", "via", "met", "bij", "naar", "van", "uit", "aan", "voor", "tijdens", "na",
                           "door", "over", "naast", "tegen", "zonder", "rond", "onder", "achter", "vanuit", "tot"})
_PLURAL_KINDS = frozenset({"merken", "apps", "bieren", "games", "tenten"})
#: Determiners and possessives that open the noun phrase before the noun.
_OPENERS = frozenset({"de", "het", "een", "onze", "ons", "mijn", "jullie", "hun", "zijn", "haar", "die", "dat",
                      "deze", "dit", "dé", "'t"})


def _kind_noun(tok: Token, lex: Lexicon) -> bool:
    """Whether ``tok`` is a noun of a kind of thing: :data:`KIND_NOUNS`, a lower-case Dutch
    compound ending in one, or "<Naam>-<noun>" ("Ketnet-programma")."""
    f = tok.folded
    if "-" in f:
        tail = f.rsplit("-", 1)[1]
        return tail in KIND_NOUNS and not tok.text.rsplit("-", 1)[1][:1].isupper()
    if tok.cap or tok.allcaps:
        return False
    if f in KIND_NOUNS:
        return True
    if len(f) < 7 or not f.isalpha() or not f.endswith(_KIND_ENDINGS):
        return False
    if lex.is_word(f):
        return True
    # a compound the word list does not hold: its first part a Dutch word, with or without a
    # linking "s" ("inschrijving|s|systeem", "betaal|module")
    end = next(e for e in _KIND_ENDINGS if f.endswith(e))
    head = f[: -len(end)]
    return len(head) >= 3 and (lex.is_word(head) or head.endswith("s") and lex.is_word(head[:-1]))


def _opener(text: str, toks: list[Token], k: int) -> int:
    """The index of the determiner or possessive before the noun at token ``k``, with at most two
    lower-case words (adjectives) between them; -1 when there is none."""
    j = k - 1
    for _ in range(3):
        if j < 0 or text[toks[j].end : toks[j + 1].start] != " ":
            return -1
        prev = toks[j]
        if prev.folded in _OPENERS and not (prev.cap and not prev.sent_start):
            return j
        if prev.cap or prev.allcaps or not prev.text.isalpha():
            return -1
        j -= 1
    return -1


def _name_word(tok: Token) -> bool:
    return tok.cap and not tok.allcaps and tok.text[:1].isupper() and tok.text.replace("-", "").isalpha()


def introduced_things(text: str, toks: list[Token], lex: Lexicon) -> set[int]:
    """The starts of the capitalised words ``text`` introduces as a thing by its kind's noun
    (see the module): the run of capitalised words right after the noun, and the runs of a
    coordination after it ("X en Y", "X, Y en Z")."""
    out: set[int] = _appositions(text, toks, lex) if ", " in text else set()
    n = len(toks)
    for k in range(n - 1):
        nxt = toks[k + 1]
        if not _name_word(nxt) or nxt.sent_start or text[toks[k].end : nxt.start] != " ":
            continue
        if not _kind_noun(toks[k], lex):
            continue
        opener = _opener(text, toks, k)
        if opener < 0 or (opener > 0 and toks[opener - 1].folded in _PREPOSITIONS
                          and toks[k].folded not in _PLURAL_KINDS):
            continue  # ("op de fuif Jorre.", "via de app Nyah.": a person after an adverbial)
        j = k + 1
        run: list[int] = []
        while j < n:
            # the run of capitalised words ("het festival Gouden Fluitje")
            while j < n and _name_word(toks[j]):
                run.append(j)
                if j + 1 < n and text[toks[j].end : toks[j + 1].start] == " " and _name_word(toks[j + 1]):
                    j += 1
                    continue
                break
            # a coordination: ", Y", " en Y", " of Y"
            if j + 1 < n and text[toks[j].end : toks[j + 1].start] == ", " and _name_word(toks[j + 1]):
                j += 1
                continue
            if j + 2 < n and toks[j + 1].folded in ("en", "of") and not toks[j + 1].cap \
                    and text[toks[j].end : toks[j + 1].start] == " " \
                    and text[toks[j + 1].end : toks[j + 2].start] == " " and _name_word(toks[j + 2]):
                j += 2
                continue
            break
        if _closed(text, toks, j) and not any(toks[r].folded in lex.first_names for r in run):
            out.update(toks[r].start for r in run)
    return out


#: Lower-case words after the introduced name that close its phrase: a relative pronoun, "maar".
_CLOSERS = frozenset({"die", "dat", "maar", "waar", "waarmee", "waarin", "waarop"})


def _closed(text: str, toks: list[Token], j: int) -> bool:
    """Whether the phrase ends after token ``j`` (the introduced name's last word): punctuation,
    the text's end, a relative pronoun or "maar" -- not another word of the clause, which may
    make the capitalised word a person after an adverbial ("via de app Nyah een bericht sturen",
    "op de fuif Jorre leren kennen": a recipient or an object, no thing's name)."""
    rest = text[toks[j].end : toks[j].end + 2]
    if not rest or rest[0] in ",.;:!?)\"”’'\n":
        return True
    if rest[0] != " " or j + 1 >= len(toks) or toks[j + 1].cap:
        return False
    nxt = toks[j + 1].folded
    if nxt in _CLOSERS:
        return True
    # "het jeugdhuis X uit <Plaats>": where the thing is
    return nxt == "uit" and j + 2 < len(toks) and toks[j + 2].cap and not toks[j + 2].allcaps \
        and text[toks[j + 1].end : toks[j + 2].start] == " "


def _apposition_kind(text: str, toks: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether a noun phrase naming a kind of thing opens at token ``k`` ("een quiz-app", "het
    uitzendbureau van de regio", "het café naast het jeugdhuis"): a determiner, at most two
    lower-case adjectives, a noun of :func:`_kind_noun`."""
    if k >= len(toks) or toks[k].folded not in _OPENERS or toks[k].cap:
        return False
    j = k + 1
    while j < len(toks) and j <= k + 3 and text[toks[j - 1].end : toks[j].start] == " ":
        if _kind_noun(toks[j], lex):
            return _phrase_ends(text, toks, j)
        if toks[j].cap or toks[j].allcaps or not toks[j].text.isalpha():
            return False
        j += 1
    return False


#: Words after an apposition's noun that continue its phrase: "het uitzendbureau van de regio",
#: "het café naast het jeugdhuis", "een quiz-app die ...".
_PHRASE_GOES_ON = frozenset({"van", "uit", "in", "naast", "voor", "met", "op", "bij", "die", "dat", "waar", "waarmee"})


def _phrase_ends(text: str, toks: list[Token], j: int) -> bool:
    """Whether the apposition's noun at token ``j`` ends its phrase (punctuation, the text's end) or
    a preposition or relative pronoun goes on with it -- not a verb: "Bij X, een app hadden we niet
    nodig", "Dank aan X, het café was nog nooit zo proper" are two clauses, no apposition."""
    rest = text[toks[j].end : toks[j].end + 1]
    if not rest or rest in ",.;:!?)\"”’'\n":
        return True
    return rest == " " and j + 1 < len(toks) and not toks[j + 1].cap and toks[j + 1].folded in _PHRASE_GOES_ON


def _appositions(text: str, toks: list[Token], lex: Lexicon) -> set[int]:
    """The starts of a run of capitalised words (not opening a sentence's first word alone)
    followed by ", " and a noun phrase naming a kind of thing: "via Joblynx, het uitzendbureau
    van de regio", "Quizzel, een quiz-app die ...", "de Druivenkelder, het café naast ..."."""
    out: set[int] = set()
    n = len(toks)
    for j in range(n - 1):
        if text[toks[j].end : toks[j + 1].start] != ", " or not _name_word(toks[j]):
            continue
        if not _apposition_kind(text, toks, j + 1, lex):
            continue
        first = j
        while first > 0 and _name_word(toks[first - 1]) and text[toks[first - 1].end : toks[first].start] == " ":
            first -= 1
        run = range(first, j + 1)
        if any(toks[r].folded in lex.first_names for r in run):
            continue
        out.update(toks[r].start for r in run)
    return out
