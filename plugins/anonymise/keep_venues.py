"""A venue's name opened by an article after the venue's noun: "café De Gouden Leeuw",
"de Biljartclub 't Kuipke", "ijssalon Het Hoekje" (session 10, the keep side of issue 11);
and, after the dev set M (informed), a club's head before its town ("Racing X") and a
family firm's noun before its surname ("Reizen X"): ``protect_clubs_and_firms``.

A house name is often an article and ordinary or name-like words ("De Gouden Leeuw", "De
Kleine Prins"); on their own such words may be names ("Leeuw", "Prins" are name-words)
and were masked. A noun of premises right before the article -- a closed class of
venues ("café", "bakkerij", "frituur", "ijssalon" ...) or a Dutch compound ending in a
venue's noun ("biljartclub", "feestzaal", "dorpshuis") -- says what the name is.

Why it never keeps a person:

* the noun is a place of business or a venue, never a person's title or role ("bakkerij",
  not "bakker"; no word of the title lists);
* the article is capitalised (or "'t"), so it opens a name and the noun is not the end of
  a clause ("in het café De Smet gezien" would be a person; "De Smet" is a listed
  surname with its particle, and such a pair is never taken: ``"de " + word`` on the
  surname list, as ``detect._kept_shapes`` does);
* the word after the article is an ordinary Dutch word or the diminutive of one ("De
  Gouden Leeuw", "Het Anker", "'t Kuipke"): a surname no list knows after "De" or "'t"
  ("De Cauwer", "'t Kint") is not, and no name the report gives;
* no person cue stands at the span (``keep_chains._person_at``: a speech verb, an age,
  a colon, a capitalised name right after it ...).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .trades import FIRMS

if TYPE_CHECKING:
    from .detect import Knowledge, Token, _Protect
    from .lexicon import Lexicon

#: Premises and venues whose name follows them.
VENUES = frozenset({"café", "cafe", "cafeetje", "herberg", "taverne", "brasserie", "restaurant", "frituur", "frietkot",
                    "bakkerij", "ijssalon", "hotel", "camping", "feestzaal", "zaal", "bar", "pub", "eetcafé",
                    "bistro", "kinderdagverblijf", "crèche", "creche", "kinderopvang", "dagcentrum", "woonzorgcentrum",
                    "rusthuis", "zwembad", "bibliotheek", "theater", "cinema", "bioscoop", "museum", "ckg",
                    "jeugdherberg", "speeltuin", "sporthal", "buurthuis", "dorpshuis", "clubhuis", "pizzeria",
                    "snackbar", "theehuis", "koffiebar", "boekhandel", "kapsalon", "apotheek", "winkel", "shop",
                    # (after M, session 10: a farm or a camp's house, a coach firm)
                    "hoeve", "kampplaats", "kampterrein", "reizen", "autocars",
                    # (session 24: the abbreviations a cultural, community or youth centre goes by)
                    "cc", "gc", "jc", "jh", "oc"})
#: Centres that are named after a river, a hamlet or a made-up word as often as after a Dutch
#: word ("CC De <rivier>", "GC De <gehucht>", "Jeugdhuis De <woord>"): after these a word that no
#: name list holds is the centre's name too (session 24, s24-keep).
_CENTRES = frozenset({"cc", "gc", "jc", "jh", "oc", "cultuurcentrum", "gemeenschapscentrum", "jeugdcentrum",
                      "jeugdhuis", "ontmoetingscentrum", "cultuurhuis", "jeugdhuizen"})
#: Endings of compound venue nouns: "biljartclub", "feestzaal", "ontmoetingscentrum".
VENUE_ENDINGS = ("club", "zaal", "huis", "centrum", "hal", "salon", "herberg", "kring", "winkel", "bar", "verblijf")
_ARTICLES = frozenset({"de", "het", "den", "'t", "t", "’t"})
_CONTRACTED = frozenset({"'t", "t", "’t"})
_MAX_WORDS = 3


def protect_venues(text: str, toks: list[Token], caps: list[int], lex: Lexicon, know: Knowledge,
                   prot: _Protect, words: set[str]) -> None:
    """Add "keep" protections for venue names opened by an article (see the module)."""
    if not caps or _ARTICLES.isdisjoint(words):
        return
    # (only the capitalised articles and "'t": most texts hold "de" and "het" in lower case only)
    at = [k for k in caps if toks[k].folded in _ARTICLES]
    if not _CONTRACTED.isdisjoint(words):
        at = sorted(set(at).union(k for k, t in enumerate(toks) if t.folded in _CONTRACTED))
    if not at:
        return
    from .keep_chains import _person_at

    n = len(toks)
    for i in at:
        if not 1 <= i < n - 1:
            continue
        art = toks[i]
        noun = toks[i - 1]
        if art.folded in _CONTRACTED and _house_diminutive(text, toks, i, lex, know):
            prot.add(art.start, toks[i + 1].end, "keep")  # "Met dank aan 't Stekske" (session 24)
            continue
        if text[noun.end : art.start] != " " or not _venue(noun.folded, lex):
            continue
        first = i + 1
        if text[art.end : toks[first].start] not in (" ", "") or not toks[first].cap or toks[first].allcaps:
            continue
        f = toks[first].folded
        if ("de " + f) in lex.surnames or f in know.names or not (
                _word_or_diminutive(f, lex) or (noun.folded in _CENTRES and _unnamed(f, lex))):
            continue
        last = first
        while (last + 1 < n and last < first + _MAX_WORDS - 1 and toks[last + 1].cap and not toks[last + 1].allcaps
               and text[toks[last].end : toks[last + 1].start] == " " and toks[last + 1].folded not in know.names):
            last += 1
        if _person_at(text, toks, first, last, lex, know, opened=True):
            continue
        prot.add(art.start, toks[last].end, "keep")


_DIMINUTIVES = ("tje", "ske", "ken", "je", "ke")


def _house_diminutive(text: str, toks: list[Token], i: int, lex: Lexicon, know: Knowledge) -> bool:
    """"'t" before the diminutive of a Dutch word with a capital ("'t Stekske", "'t Pleintje",
    "'t Kroontje"): a youth house's, a café's or a hall's name, in a thanks line too (session 24,
    s24-keep). Never a person: a surname after "'t" ("'t Hooft", "'t Kint", "'t Jong") is no
    diminutive, and a word a name list holds, a name the report gives or a diminutive that is a
    listed surname with its "'t" is left to the person rules."""
    nxt = toks[i + 1]
    if not nxt.cap or nxt.allcaps or text[toks[i].end : nxt.start] not in (" ", ""):
        return False
    f = nxt.folded
    if (know.known_or_listed_name(f, lex)
            or ("'t " + f) in lex.surnames or lex.is_word(f)):
        return False
    return _word_or_diminutive(f, lex)


def _unnamed(f: str, lex: Lexicon) -> bool:
    """A word no first-name, surname or name-word list holds ("nete", "mandel"), of three
    letters or more."""
    return len(f) >= 3 and not lex.is_listed_name(f)


def _word_or_diminutive(f: str, lex: Lexicon) -> bool:
    """An ordinary Dutch word ("gouden", "anker") or the diminutive of one ("kuipke",
    "pleintje", "hoekske")."""
    if lex.is_word(f):
        return True
    for suf in _DIMINUTIVES:
        if f.endswith(suf) and len(f) - len(suf) >= 3:
            stem = f[: -len(suf)]
            if lex.is_word(stem) or (len(stem) > 3 and stem[-1] == stem[-2] and lex.is_word(stem[:-1])):
                return True
    return False


#: Words that open a sports club's name before its town: "Racing X", "Sporting X".
CLUB_HEADS = frozenset({"racing", "sporting", "olympic", "athletic", "union", "excelsior", "standard"})
#: Firms named after their family: "Reizen X", "Autocars X", "Bakkerij X" (a closed class,
#: ``trades.FIRMS``: one definition with keep_heads and business_person).


def protect_clubs_and_firms(text: str, toks: list[Token], caps: list[int], lex: Lexicon, know: Knowledge,
                            prot: _Protect, words: set[str]) -> None:
    """A club head before a place ("Racing X" where X is a listed place) and a firm's noun
    before one listed surname ("Reizen X", "Bakkerij X"), both capitalised and with no
    person cue at the name. Never a person: "Racing" and "Reizen" are no titles or roles;
    the surname must be no first name ("Patisserie Yasmine" stays a person's) and alone
    (a first name or another capitalised word after it makes a person's full name)."""
    if not caps or (CLUB_HEADS.isdisjoint(words) and FIRMS.isdisjoint(words)):
        return
    from .keep_chains import _person_at

    n = len(toks)
    for i in caps:
        tok = toks[i]
        if tok.folded not in CLUB_HEADS and tok.folded not in FIRMS:
            continue
        if tok.allcaps or not tok.cap or i + 1 >= n or text[tok.end : toks[i + 1].start] != " ":
            continue
        nxt = toks[i + 1]
        if not nxt.cap or nxt.allcaps or nxt.folded in know.names:
            continue
        f, g = tok.folded, nxt.folded
        if f in CLUB_HEADS and (g in lex.places or g.startswith(("sint-", "sinte-"))):
            if not _person_at(text, toks, i, i + 1, lex, know):
                prot.add(tok.start, nxt.end, "keep")
        elif (f in FIRMS and g in lex.surnames and g not in lex.first_names and g not in lex.name_words
              and not _person_at(text, toks, i, i + 1, lex, know)):
            prot.add(tok.start, nxt.end, "keep")


#: Particles of a surname: "Royal Van <town>" is a person's full name.
_ROYAL_PARTICLES = frozenset({"van", "vande", "vanden", "vander", "de", "der", "den", "ter", "ten", "le", "la", "du",
                              "di", "da", "del", "von", "mac", "mc", "o", "el", "al", "ben"})
#: Words that close or fill a club's name after "Royal" besides a place and a club head.
_CLUB_WORDS = frozenset({"club", "fc", "sc", "vc", "bc", "hc", "tc", "ac", "kv", "ksv", "sk", "tennis", "hockey",
                         "basket", "volley", "football", "rugby", "cycling", "golf", "futsal"})


def protect_royal_clubs(text: str, toks: list[Token], caps: list[int], lex: Lexicon, know: Knowledge,
                        prot: _Protect, words: set[str]) -> None:
    """A Belgian club's royal title: "Royal" (the French and English "Koninklijke") before one to
    three capitalised words, the first a listed place or a club's word ("Royal <town>",
    "Royal Olympic <town>", "Royal <town> <word>", "Royal Tennis Club <town>") -- session 14.
    "Royal" is a listed first name, so the run must open with a club's evidence: a place a list
    holds that is no listed surname, or a club head/word; a listed first name, a particle, a word the
    report gives as a name or a person cue at the run (``keep_chains._person_at``) leaves it
    to the person rules ("met Royal <surname>" stays masked)."""
    if "Royal" not in text:
        return
    from .keep_chains import _person_at

    n = len(toks)
    for i in caps:
        tok = toks[i]
        if tok.text != "Royal" or i + 1 >= n:
            continue
        last, evidence = i, False
        for k in range(i + 1, min(n, i + 4)):
            w = toks[k]
            if not (w.cap or w.allcaps) or text[toks[k - 1].end : w.start] != " ":
                break
            f = w.folded
            if f in know.names or f in _ROYAL_PARTICLES or (
                    f in lex.first_names and f not in lex.places and f not in CLUB_HEADS):
                last = i  # a first name, a surname's particle or a name the report gives: a person's run
                break
            if (f in lex.places and f not in lex.surnames) or f in CLUB_HEADS or f in _CLUB_WORDS:
                evidence = True
            elif k == i + 1:
                break  # the word after "Royal" must be the club's evidence: else a surname's place
            last = k
        if last > i and evidence and not _person_at(text, toks, i, last, lex, know):
            prot.add(tok.start, toks[last].end, "keep")


#: French heads of a youth or community organisation's name (Brussels and Wallonia):
#: "Maison de Jeunes X", "Centre Culturel X", "AMO X" (aide en milieu ouvert), "Patro X".
FRENCH_HEADS: tuple[tuple[str, ...], ...] = (
    ("maison", "de", "jeunes"), ("maison", "des", "jeunes"), ("maison", "de", "quartier"), ("centre", "culturel"),
    ("centre", "sportif"), ("centre", "social"), ("foyer", "culturel"), ("amo",), ("patro",))
_FRENCH_ARTICLES = frozenset({"le", "la", "les", "l", "du", "des"})


def protect_french_heads(text: str, toks: list[Token], caps: list[int], lex: Lexicon, know: Knowledge,
                         prot: _Protect, words: set[str]) -> None:
    """The name after a French organisation's head, the head written with a capital
    ("Maison de Jeunes Le X", "AMO X", "Patro X"): kept with its head. Never a person:
    the head is an institution, no title; a listed first name right after it (no article
    between) is left to the person rules ("Patro Jan"), and so is a name at a person cue."""
    if not caps or words.isdisjoint(("maison", "centre", "foyer", "amo", "patro")):
        return
    from .keep_chains import _person_at

    n = len(toks)
    for i in caps:
        for head in FRENCH_HEADS:
            j = i + len(head)
            if j >= n or tuple(t.folded for t in toks[i:j]) != head:
                continue
            if not all(text[toks[k].end : toks[k + 1].start] == " " for k in range(i, j)):
                continue
            first = j
            if toks[j].folded in _FRENCH_ARTICLES and toks[j].cap and j + 1 < n:
                first = j + 1  # "Le X", "L'X", "Les X"
            elif toks[j].folded in lex.first_names and toks[j].folded not in lex.places:
                break
            if not (toks[first].cap or toks[first].allcaps) or toks[first].folded in know.names:
                break
            last = first
            while (last + 1 < n and last < first + 2 and toks[last + 1].cap
                   and text[toks[last].end : toks[last + 1].start] == " " and toks[last + 1].folded not in know.names):
                last += 1
            if not _person_at(text, toks, first, last, lex, know, opened=True):
                prot.add(toks[i].start, toks[last].end, "keep")
            break


def _venue(f: str, lex: Lexicon) -> bool:
    from .detect import TITLES, is_compound

    if f in VENUES:
        return True
    return (len(f) >= 7 and f.endswith(VENUE_ENDINGS) and f not in TITLES and f not in lex.first_names
            and f not in lex.surnames and is_compound(f, lex))
