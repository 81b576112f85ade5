"""Things by a closed frame (session 20, s20-keep; the keep side of issue 11): a product bought,
rented, ordered or won with "een" before it ("we kochten een X voor de werking", "we hebben een
nieuwe X gehuurd"), and a storm's name after "storm" ("door storm X"; :func:`protect_named_weather`);
since session 26 (s26-t26fix) also the shop one buys at: "het gereedschap kochten we bij X"
(:func:`protect_bought_at`).

A brand, a device, a toy or a game that no list knows is a capitalised word on no name list,
and default-deny masks it as a name. After the indefinite article in a clause whose verb is
one of acquiring a thing -- buying, renting, ordering, borrowing, winning -- it is a thing.
The indefinite article alone is not enough: "Er zat een Welmoed in mijn klas" (session 19's
dropped rule) is a person; so is "we kregen een Welmoed bij in de groep" (getting is not here).

Why it keeps no person:

* the verb is in the same clause, before "een" (at most four words, no sentence start in
  between) or after the run ("een X gekocht", "om een X te kopen"), and is one of a closed
  set of acquiring a thing (no "krijgen", "hebben", "zien", "kennen");
* every word of the run is on no first-name, surname or name-word list, is no name the
  report gives and no title ("een Meester X");
* nothing after the run makes it a person: no relative "die"/"wie", no possessive.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .keep_context import clause_has

if TYPE_CHECKING:
    from .detect import Knowledge, Token, _Protect
    from .lexicon import Lexicon

#: Finite forms and infinitives of acquiring a thing, before the object ("we kochten een X").
_BEFORE = frozenset({"koop", "koopt", "kopen", "kocht", "kochten", "huur", "huurt", "huren", "huurde", "huurden",
                     "bestel", "bestelt", "bestellen", "bestelde", "bestelden", "leen", "leent", "lenen", "leende",
                     "leenden", "win", "wint", "winnen", "won", "wonnen", "schafte", "schaften", "schaf", "schaft"})
#: Participles and infinitives closing the clause after the object ("een X gekocht", "een X te kopen").
_AFTER = frozenset({"gekocht", "gehuurd", "besteld", "geleend", "gewonnen", "aangeschaft", "kopen", "huren",
                    "bestellen", "lenen", "winnen", "aanschaffen"})
#: Words after the run that make it a person.
_PERSON_AFTER = frozenset({"die", "wie", "zijn", "haar", "z'n", "d'r", "zei", "zegt", "vertelde"})
_ADJECTIVES_MAX = 1  # "een nieuwe X", "een tweedehands X"
_REACH = 4
_MAX_RUN = 3


def protect_bought(text: str, toks: list[Token], caps: list[int], lex: Lexicon, know: Knowledge,
                   prot: _Protect, words: set[str]) -> None:
    """Add "keep" protections for the products "een" opens after a verb of acquiring (see the module)."""
    if not caps or "een" not in words or (_BEFORE.isdisjoint(words) and _AFTER.isdisjoint(words)):
        return
    from .keep_context import _titles  # (detect imports keep_context)

    n = len(toks)
    titles = _titles()
    for i in caps:
        tok = toks[i]
        if tok.allcaps or tok.sent_start or i == 0:
            continue
        if i > 0 and toks[i - 1].cap and text[toks[i - 1].end : tok.start] == " ":
            continue  # (not the run's first word)
        k = i - 1
        between = 0
        while k >= 0 and toks[k].folded != "een" and between < _ADJECTIVES_MAX and not toks[k].cap \
                and text[toks[k].end : toks[k + 1].start] == " " and lex.is_word(toks[k].folded):
            k -= 1
            between += 1
        if k < 0 or toks[k].folded != "een" or toks[k].cap or text[toks[k].end : toks[k + 1].start] != " ":
            continue
        last = i
        while (last + 1 < n and last + 1 < i + _MAX_RUN and toks[last + 1].cap and not toks[last + 1].allcaps
               and text[toks[last].end : toks[last + 1].start] == " "):
            last += 1
        run = toks[i : last + 1]
        if any(know.known_or_listed_name(t.folded, lex) or t.folded in titles for t in run):
            continue
        nxt = toks[last + 1] if last + 1 < n else None
        if nxt is not None and nxt.folded in _PERSON_AFTER:
            continue
        if not (clause_has(text, toks, k, _BEFORE, _REACH) or _verb_after(text, toks, last)):
            continue
        prot.add(tok.start, toks[last].end, "keep")


def _verb_after(text: str, toks: list[Token], last: int) -> bool:
    j = last + 1
    while j < len(toks) and j <= last + 3 and text[toks[j - 1].end : toks[j].start] == " " and not toks[j].cap:
        if toks[j].folded in _AFTER:
            return True
        j += 1
    return False


#: Nouns of named weather, written before the name ("storm Ciarán", "orkaan Katrina").
_WEATHER = frozenset({"storm", "orkaan", "tyfoon", "cycloon", "hurricane", "stormdepressie", "winterstorm"})
_WEATHER_ARTICLES = frozenset({"de", "die", "deze", "een", "het", "zo'n", "onze", "ons"})


def protect_named_weather(text: str, toks: list[Token], caps: list[int], lex: Lexicon, know: Knowledge,
                          prot: _Protect, words: set[str]) -> None:
    """A storm's name after "storm" without an article: "door storm X", "tijdens storm X",
    "Storm X blies het dak eraf" (session 20, s20-keep). Storms are given first names, and the
    name alone reads as a person's; the bare noun before it does not ("door storm <Naam>" names
    no person). With an article ("na de storm Lotte gebeld") the capital may open a new clause
    and is left to the person rules; so is a run of two capitals ("storm Lotte Peeters"). At a
    sentence's start "Storm" is a first name too: there the name must be a listed first name
    and no surname ("Storm Peeters zei" is a person)."""
    if not caps or _WEATHER.isdisjoint(words):
        return
    n = len(toks)
    for i in range(n - 1):
        tok = toks[i]
        if tok.folded not in _WEATHER or text[tok.end : toks[i + 1].start] != " ":
            continue
        x = toks[i + 1]
        if not x.cap or x.allcaps or x.folded in know.names:
            continue
        if i + 2 < n and toks[i + 2].cap and text[x.end : toks[i + 2].start] == " ":
            continue
        if i > 0 and toks[i - 1].folded in _WEATHER_ARTICLES and text[toks[i - 1].end : tok.start] == " ":
            continue
        if tok.cap and (not tok.sent_start or x.folded not in lex.first_names or x.folded in lex.surnames):
            continue
        prot.add(x.start, x.end, "keep")


#: Verbs of buying or ordering before "bij" in the same clause ("kochten we bij X", "gekocht bij X").
_BUY = frozenset({"koop", "koopt", "kopen", "kocht", "kochten", "gekocht", "bestel", "bestelt", "bestellen", "bestelde",
                  "bestelden", "besteld", "huur", "huurt", "huren", "huurde", "huurden", "gehuurd"})
#: Words after the shop's name that make it a person ("bij X, mijn buurman", "bij X die ...").
_SELLER_AFTER = frozenset({"die", "wie", "zijn", "haar", "z'n", "d'r", "thuis", "mijn", "onze", "ons"})


def protect_bought_at(text: str, toks: list[Token], caps: list[int], lex: Lexicon, know: Knowledge,
                      prot: _Protect, words: set[str]) -> None:
    """Add "keep" protections for the shop after "bij" in a clause of buying, ordering or renting
    ("het gereedschap kochten we bij X", "alles besteld bij X"): a chain or a shop no list holds
    (session 26, T26: a DIY chain masked as a name). One capitalised word right after "bij" (not a
    second one or a hyphen after it: "Bloemen <Achternaam>-<Achternaam>" is a family firm's person),
    none on a first-name, surname or name-word list or a name the report gives, no title; not before a
    person's word ("bij X, die ...", "bij X thuis", "bij X, mijn buurman"); the verb among the five words
    before "bij" in its clause. A private seller whose name no list holds is kept too: the cost."""
    if not caps or "bij" not in words or _BUY.isdisjoint(words):
        return
    from .keep_context import _titles

    titles = _titles()
    n = len(toks)
    for i in caps:
        if i == 0 or toks[i - 1].text != "bij" or text[toks[i - 1].end : toks[i].start] != " ":
            continue
        tok = toks[i]
        if tok.allcaps or tok.sent_start:
            continue
        last = i
        # One word only: a second capitalised word, or a hyphen joining one, reads as a person's
        # surname in a family firm's name ("bij Bloemen <Voornaam>-<Achternaam>"): privacy first.
        if last + 1 < n and toks[last + 1].cap and text[toks[last].end : toks[last + 1].start] in (" ", "-"):
            continue
        if text[toks[last].end : toks[last].end + 1] == "-":
            continue
        run = toks[i : last + 1]
        if any(know.known_or_listed_name(t.folded, lex) or t.folded in titles for t in run):
            continue
        nxt = toks[last + 1] if last + 1 < n else None
        if nxt is not None and nxt.folded in _SELLER_AFTER:
            continue
        if not clause_has(text, toks, i - 1, _BUY, 5):
            continue
        prot.add(tok.start, toks[last].end, "keep")
