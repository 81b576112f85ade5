"""What a naming verb names: a person or a thing, decided by its subject (issue 11, session 8).

Whatever follows "heet", "heten", "noemt zich", "genaamd", "alias", "bijnaam is" or "ze noemen
hem/haar" is a name -- also an English or Dutch word or a brand ("Mijn broer heet Turbo",
"iedereen noemt haar Pixel", "een jongen genaamd Bliksem") -- when what is named is a person:
a personal pronoun, a kin, peer or role noun ("broer", "vriendin", "trainer", "jongen"), a
first name. When it is a thing ("de app heet X", "ons project heet X", "het spel heet X", "het
lokaal noemen we X", "ze noemen het X") the name is a thing's, kept like a title.

The subject is read from the sentence, never from a list of names: the noun phrase before the
verb (its head noun, a prepositional phrase after it dropped: "het nieuwe meisje in onze groep
heet X"), a pronoun after it in inversion ("nu heet hij X"), the object pronoun of "noemen"
("noemen hem" vs "noemen het"), the noun before "genaamd"/"alias", the possessive before
"bijnaam". A noun that is neither human nor a Dutch word, or a capitalised subject that is no
first name, decides nothing (the other rules do).

Both answers come from one pass over the text's naming verbs (cached per text): a few tokens
around each verb, so the cost is linear in the text.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .naming_kinds import thing_noun
from .person_relations import HUMAN_NOUNS, KIN, _human

if TYPE_CHECKING:
    from .detect import Token, _Protect
    from .lexicon import Lexicon

#: Verbs whose subject is named by what follows ("X heet Y", "X noemt zich Y").
_HEET = frozenset({"heet", "heette", "heten", "heetten"})
_NOEMEN = frozenset({"noem", "noemt", "noemen", "noemde", "noemden"})
_GENAAMD = frozenset({"genaamd", "bijgenaamd", "alias"})
_BIJNAAM = frozenset({"bijnaam", "roepnaam", "koosnaam", "artiestennaam", "scoutsnaam", "gamertag"})
#: "een app met de naam X", "een jongen onder de naam X" (session 25): the noun before "met"/"onder".
_NAAM = frozenset({"naam"})
_NAAM_PREPOSITIONS = frozenset({"met", "onder"})
NAMING_WORDS = _HEET | _NOEMEN | _GENAAMD | _BIJNAAM | _NAAM
#: Words between the verb and the name that are neither ("heet echt X", "noemen hem gewoon X").
_ADVERBS = frozenset(
    "echt eigenlijk gewoon kortweg officieel nu ook toch dus zelfs al nog altijd soms vaak liefst trouwens "
    "voluit sindsdien tegenwoordig intussen inmiddels ondertussen allemaal "
    # (session 25: "ons dorp heette vroeger X")
    "vroeger eerst ooit destijds toen voortaan binnenkort straks tijdelijk".split()
)
_PERSON_PRONOUNS = frozenset("ik jij je hij zij ze wij we jullie u iedereen niemand iemand men".split())
#: Objects of "noemen" that are one person ("ze noemen ons X": a group's name, decided elsewhere).
_OBJECT_PERSON = frozenset("hem haar mij me jou zichzelf".split())
_THING_PRONOUNS = frozenset({"het", "dat", "dit", "'t"})
_AFTER_VERB = _PERSON_PRONOUNS | _THING_PRONOUNS | _OBJECT_PERSON | {"zich"}
_POSSESSIVES = frozenset("mijn m'n zijn z'n haar d'r onze ons jullie hun je jouw uw".split())
_ARTICLES = frozenset({"de", "het", "den", "'t", "der"})
#: Words that end a noun phrase read backwards from the verb (a preposition starts a phrase
#: inside it: "het meisje in onze groep"), and words that open a clause.
_PREPOSITIONS = frozenset("in uit van op met bij aan voor achter naast onder boven uit zonder tegen naar over".split())
_CLAUSE_OPENERS = frozenset("en maar want omdat dat als toen of dus terwijl nadat zodat hoewel".split())
#: Persons by their place in a team, a band, a board or a class, read as the subject of a naming
#: verb only ("onze keeper heet X", "de voorzitter heet X"; session 23: they are Dutch words, so
#: the subject read as a thing and the name was kept as a thing's). Not in HUMAN_NOUNS: the other
#: rules that read it stay as they were.
_NAMED_ROLES = frozenset(
    "keeper doelman doelvrouw spits aanvoerder aanvoerster verdediger middenvelder scheidsrechter "
    "speler speelster danser danseres zanger zangeres drummer gitarist bassist voorzitter voorzitster "
    "secretaris penningmeester directeur directrice baas bazin chef kampleider hoofdleider hoofdleiding "
    "lief liefje crush pleegkind pleegbroer pleegzus bomma bompa meme pepe moemoe vake moeke kleinkind "
    "leerkracht docent docente juffrouw prof professor dokter huisarts dokteres logopediste logopedist "
    "psycholoog psychologe opvoeder opvoedster mentrix kinesist kinesiste tandarts".split()
)
_NAMED_ROLE_ENDINGS = ("speler", "speelster", "keeper", "genoot", "genote", "leider", "leidster")
_CLAUSE_END_RE = re.compile(r"[.!?;:\n()\[\]\"“”„]")
_MAX_NAME = 3  # capitalised words of one name
_REACH = 7  # words of the noun phrase before the verb


def _kind_of_noun(tok: Token, lex: Lexicon) -> str:
    """The kind ("person", "thing" or "") of the head of what is named."""
    f = tok.folded
    if f in _PERSON_PRONOUNS or f in _OBJECT_PERSON:
        return "person"
    if f in _THING_PRONOUNS:
        return "thing"
    if tok.cap and not tok.sent_start:
        return "person" if f in lex.first_names else ""
    for stem in (
        f,
        f[:-1] if f.endswith("s") else "",
        f[:-2] if f.endswith("en") else "",
        f[:-3] if f.endswith("en") else "",
    ):
        if stem and (stem in KIN or stem in HUMAN_NOUNS or _human(stem) or stem in _NAMED_ROLES):
            return "person"
    if len(f) >= 7 and f.endswith(_NAMED_ROLE_ENDINGS):
        return "person"  # "onze reservekeeper heet X", "mijn teamgenoot heet X"
    if tok.sent_start and tok.cap and lex.first_name_no_word(f):
        return "person"
    # (session 25) a thing only on positive evidence: a thing's, place's, group's, event's or
    # animal's noun or a compound ending in one; any other noun ("burgemeester", "winnaar",
    # "consulent") decides nothing, and the ordinary rules read the name after the verb
    return "thing" if thing_noun(f, lex) else ""


def _gap(text: str, a: Token, b: Token) -> str:
    return text[a.end : b.start]


_PLACEHOLDER_END_RE = re.compile(r"\[[^\[\]\n]{1,40}\]\s*$")


def _before_placeholder(text: str, toks: list[Token], v: int) -> int:
    """When a replaced name ("[persoon 1]") right before token ``v`` is a preposition's object
    ("de hond van [persoon 1] heet X": a later round reads the text again), the index of the
    token before the preposition; else -1."""
    m = _PLACEHOLDER_END_RE.search(text, max(0, toks[v].start - 48), toks[v].start)
    if m is None:
        return -1
    j = v - 1
    while j >= 0 and toks[j].end > m.start():
        j -= 1
    if j < 1 or toks[j].cap or toks[j].folded not in _PREPOSITIONS or _gap(text, toks[j], toks[j + 1]).strip() != "[":
        return -1
    return j - 1 if not _gap(text, toks[j - 1], toks[j]).strip() else -1


def _head_before(text: str, toks: list[Token], v: int, lex: Lexicon, *, comma_ok: bool = False) -> str:
    """The kind of the noun phrase that ends right before token ``v`` (its head noun; a
    prepositional phrase inside dropped; "die"/"dat" as a relative pronoun: its antecedent)."""
    k = v - 1
    if k < 0:
        return ""
    gap = _gap(text, toks[k], toks[v])
    if gap.rstrip().endswith("]"):
        k = _before_placeholder(text, toks, v)
        if k < 0:
            return ""  # (a placeholder that is no preposition's object: left to the other rules)
    elif comma_ok and gap.strip() == ",":
        pass
    elif gap.strip():
        return ""
    # the noun phrase's tokens, back to a clause boundary
    first = k
    while first > 0 and k - first < _REACH:
        g = _gap(text, toks[first - 1], toks[first])
        if _CLAUSE_END_RE.search(g) or "," in g or toks[first - 1].folded in _CLAUSE_OPENERS:
            break
        first -= 1
    phrase = list(range(first, k + 1))
    for n, j in enumerate(phrase):
        if n and toks[j].folded in _PREPOSITIONS and not toks[j].cap:
            phrase = phrase[:n]
            break
    if not phrase:
        return ""
    head = toks[phrase[-1]]
    if head.folded in ("die", "dat") and phrase[-1] > 0:
        # a relative pronoun: the noun before it ("een jongen die heet X", "een app die heet X")
        ante = toks[phrase[-1] - 1]
        if not _CLAUSE_END_RE.search(_gap(text, ante, head)):
            kind = _kind_of_noun(ante, lex)
            return kind or ("thing" if head.folded == "dat" else "")
        return "person" if head.folded == "die" else "thing"
    return _kind_of_noun(head, lex)


def _name_after(text: str, toks: list[Token], k: int, lex: Lexicon, lower_ok: bool) -> list[tuple[int, int]]:
    """The name(s) starting at token ``k`` (adverbs and an article skipped): runs of up to three
    capitalised words, two of them joined by "en"/"of"; one lower-case word when ``lower_ok``."""
    n = len(toks)
    while k < n and toks[k].folded in _ADVERBS and not toks[k].cap and _gap(text, toks[k - 1], toks[k]) == " ":
        k += 1
    if k < n and toks[k].folded in _ARTICLES and not toks[k].cap and _gap(text, toks[k - 1], toks[k]) == " ":
        k += 1
    if k >= n or _gap(text, toks[k - 1], toks[k]).strip(" \"“'‘") or "\n" in _gap(text, toks[k - 1], toks[k]):
        return []  # (the name follows the verb in the same clause, maybe in quotation marks)
    runs: list[tuple[int, int]] = []
    while k < n and len(runs) < 2:
        tok = toks[k]
        if not (tok.cap or tok.allcaps):
            f = tok.folded
            if (
                not runs
                and lower_ok
                and len(f) >= 2
                and _gap(text, toks[k - 1], tok) == " "
                and f not in lex.common
                and (f in lex.first_names or f in lex.name_words or not lex.is_word(f))
            ):
                return [(k, k)]  # "mijn lief heet sky"
            break
        last = k
        while (
            last + 1 < n
            and last - k + 1 < _MAX_NAME
            and toks[last + 1].cap
            and _gap(text, toks[last], toks[last + 1]) == " "
        ):
            last += 1
        runs.append((k, last))
        nxt = last + 1
        if (
            nxt + 1 < n
            and toks[nxt].folded in ("en", "of")
            and not toks[nxt].cap
            and _gap(text, toks[last], toks[nxt]) == " "
        ):
            k = nxt + 1
            continue
        break
    return runs


def _sites(text: str, toks: list[Token], lex: Lexicon) -> list[tuple[str, str, list[tuple[int, int]]]]:
    """(kind, rule, name runs) for every naming verb of the text."""
    out = []
    n = len(toks)
    for v, tok in enumerate(toks):
        f = tok.folded
        if f not in NAMING_WORDS or tok.cap and not tok.sent_start:
            continue
        kind, after = "", v + 1
        if f in _HEET or f in _NOEMEN:
            nxt = toks[v + 1] if v + 1 < n else None
            if nxt is not None and _gap(text, tok, nxt) == " " and nxt.folded in _AFTER_VERB and not nxt.cap:
                # (a pronoun after the verb is written in lower case: "heet Het Wolvenhol" and
                # "heet Ik Doe Mee" are names; session 25)
                if f in _NOEMEN and nxt.folded in _OBJECT_PERSON:
                    kind, after = "person", v + 2  # "ze noemen hem X"
                elif f in _NOEMEN and nxt.folded in _THING_PRONOUNS:
                    kind, after = "thing", v + 2  # "ze noemen het X"
                elif f in _NOEMEN and nxt.folded == "zich":
                    kind, after = _head_before(text, toks, v, lex), v + 2  # "onze werking noemt zich X"
                elif f in _NOEMEN:  # inversion: "het lokaal noemen we X" -> the object before the verb
                    kind, after = _head_before(text, toks, v, lex), v + 2
                    if v + 2 < n and toks[v + 2].folded in _OBJECT_PERSON | _THING_PRONOUNS:
                        kind = "person" if toks[v + 2].folded in _OBJECT_PERSON else "thing"  # "noemen we hem X"
                        after = v + 3
                else:  # "nu heet hij X", "toen heette het X"
                    kind = "thing" if nxt.folded in _THING_PRONOUNS else "person"
                    after = v + 2
            elif f in _HEET:
                kind = _head_before(text, toks, v, lex)
            else:
                continue  # ("we noemen X Y": which of the two is named is not clear)
        elif f in _GENAAMD:
            kind = _head_before(text, toks, v, lex, comma_ok=True)
        elif f in _NAAM:  # "een app met de naam X": the noun before "met"
            if not (v >= 2 and toks[v - 1].folded == "de" and toks[v - 2].folded in _NAAM_PREPOSITIONS
                    and not toks[v - 1].cap and not toks[v - 2].cap):
                continue
            kind = _head_before(text, toks, v - 2, lex)
        else:  # "zijn bijnaam is X", "haar bijnaam was X", "bijnaam: X"
            prev = toks[v - 1] if v else None
            kind = "person" if prev is not None and prev.folded in _POSSESSIVES else ""
            if v + 1 < n and toks[v + 1].folded in ("is", "was", "werd", "wordt"):
                after = v + 2
            elif not text[tok.end : tok.end + 2].lstrip().startswith(":"):
                continue
        rule = f"named after '{tok.text}'"
        if not kind:
            if f in _HEET and (runs := _name_after(text, toks, after, lex, lower_ok=True)) and not toks[runs[0][0]].cap:
                # "de winnaar heet sky": a subject no list decides, a lower-case name that is no Dutch
                # word (or is a first name): a nickname, a person's (session 26; privacy first)
                out.append(("person", rule, runs))
            continue
        runs = _name_after(text, toks, after, lex, lower_ok=kind == "person" and f in _HEET)
        if runs and kind == "thing":
            # "Het project heet <Voornaam> <Achternaam>": named after a person, but the name is a
            # person's whatever it names (session 26; privacy first)
            persons = [r for r in runs if _person_shaped(toks, r, lex)]
            if persons:
                out.append(("person", rule, persons))
            runs = [r for r in runs if r not in persons]
        if runs:
            out.append((kind, rule if kind == "person" else "", runs))
    return out


def _person_shaped(toks: list[Token], run: tuple[int, int], lex: Lexicon) -> bool:
    """Whether a run of capitalised words is a first name and a surname: two or three words in
    ordinary case, the first a listed first name that is no word or a word no list knows, the
    last a listed surname that is no word or a word no list knows; no word of it a Dutch or
    English word, a place or a frequent word (s26-privacy: "Het project heet <X> <Y>")."""
    from .detect import is_compound
    from .lexicon import english_words

    a, b = run
    if b == a or any(t.allcaps or not t.cap for t in toks[a : b + 1]):
        return False
    for t in toks[a : b + 1]:
        f = t.folded
        if (f in lex.common or f in lex.places or f in english_words() or not f.replace("-", "").isalpha()
                or lex.is_word(f) and f not in lex.first_names and f not in lex.surnames
                or t is toks[a] and not lex.is_listed_name(f) and is_compound(f, lex)  # ("Sportoase <X>")
                or any(len(p) >= 4 and lex.is_word(p) for p in f.split("-")[1:])):  # ("Gete-oever": a place)
            return False
    first, last = toks[a].folded, toks[b].folded

    def unknown(f: str) -> bool:
        return not lex.is_listed_name(f) and not lex.is_word(f)

    return (lex.first_name_no_word(first) or unknown(first)) and (
        last in lex.surnames and not lex.is_word(last) or unknown(last))


#: The text asked last and what its naming verbs name (token start -> (kind, rule)): the
#: analysis protects a text (protect_named_things) and then scores its tokens (named_person).
#: (one tuple, replaced whole: a thread never reads one text's answer for another)
_LAST: tuple[Any, dict[int, tuple[str, str]]] = (None, {})


def _named(text: str, toks: list[Token], lex: Lexicon) -> dict[int, tuple[str, str]]:
    """Token start -> (kind, rule) of every name a naming verb of ``text`` names."""
    global _LAST
    last = _LAST
    if last[0] is text:
        return last[1]
    got: dict[int, tuple[str, str]] = {}
    if may_name({t.folded for t in toks}):
        for kind, rule, runs in _sites(text, toks, lex):
            for a, b in runs:
                for j in range(a, b + 1):
                    got.setdefault(toks[j].start, (kind, rule))
    _LAST = (text, got)
    return got


def may_name(words: set[str] | frozenset[str]) -> bool:
    """Whether a text's (folded) words hold a naming verb (a cheap pre-check)."""
    return not NAMING_WORDS.isdisjoint(words)


def named_things(text: str, toks: list[Token], lex: Lexicon) -> set[int]:
    """The start offsets of the words a naming verb of ``text`` calls a thing ("het spel heet
    X", "de app heet X"): no person's name, wherever a report introduces names."""
    if not may_name({t.folded for t in toks}):
        return set()
    return {toks[j].start for kind, _rule, runs in _sites(text, toks, lex) if kind == "thing"
            for a, b in runs for j in range(a, b + 1)}


def named_person(text: str, toks: list[Token], i: int, lex: Lexicon) -> str:
    """The rule when token ``i`` is what a naming verb calls a person, or ""."""
    last = _LAST
    got = last[1] if last[0] is text else _named(text, toks, lex)
    if not got:
        return ""
    kind, rule = got.get(toks[i].start, ("", ""))
    return rule if kind == "person" else ""


def protect_named_things(
    text: str, toks: list[Token], lex: Lexicon, prot: _Protect, words: set[str], rule: str
) -> None:
    """Protect (``rule``) the names that naming verbs give to things ("het spel heet X"), and
    note what the text's naming verbs name for :func:`named_person`."""
    global _LAST
    if not may_name(words):
        _LAST = (text, {})
        return
    for kind, _rule, runs in _sites(text, toks, lex):
        if kind == "thing":
            for a, b in runs:
                prot.add(toks[a].start, toks[b].end, rule)
    _LAST = (None, {})
    _named(text, toks, lex)
