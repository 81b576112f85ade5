"""The anonymiser's word lists, loaded once per process from the package's data files.

Every list is a plain text file in ``data/`` (one entry a line, ``#`` comments); the
source and licence of each are in its header and in ``docs/anonymisation.md``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from perskamer.fold import fold

_DATA_PACKAGE = "perskamer.plugins.anonymise.data"


@lru_cache(maxsize=65536)
def read_list(name: str) -> tuple[str, ...]:
    """The entries of ``data/<name>`` (comments and blank lines dropped).

    A tuple, not a list: the cache keeps every list read for good (the Dutch word list
    alone has a quarter of a million entries), and the cyclic garbage collector walks
    every entry of a list at each full collection, while a tuple of strings leaves its
    tracking at the first collection that meets it (session 13: a full collection of a
    warmed-up anonymiser went from ~40 to ~25 ms; docs/anonymisation.md, speed)."""
    return _entries(resources.files(_DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8"))


def _entries(text: str) -> tuple[str, ...]:
    """A list file's entries: its lines stripped, blank lines and comments dropped. (The lines
    stripped by ``map`` in C and one comprehension for the rest: the Dutch word list's quarter
    of a million lines ~1.1-1.4x faster than a loop with a call per line; session 21.)"""
    return tuple([line for line in map(str.strip, text.splitlines()) if line and line[0] != "#"])


@dataclass(frozen=True)
class Lexicon:
    """Folded forms of every list, as frozensets (cheap membership tests)."""

    first_names: frozenset[str]
    surnames: frozenset[str]
    name_words: frozenset[str]
    dutch_words: frozenset[str]
    common: frozenset[str]
    places: frozenset[str]
    keep_single: frozenset[str]
    keep_phrases: tuple[tuple[str, ...], ...]  # multi-word keep entries, as folded token tuples
    keep_exact: frozenset[str]  # case-sensitive single keep entries (acronyms)
    platforms: frozenset[str]
    calendar: frozenset[str]
    idioms: tuple[str, ...]
    brands: frozenset[str] = frozenset()  # single-word brands, apps, games, services
    languages: frozenset[str] = frozenset()  # names of languages ("Tigrinya", "Pasjtoe")
    named_places: frozenset[str] = frozenset()  # cities abroad that are also names ("Santiago"): keep_objects
    #: chains of two words or more ("Albert Heijn", "Burger King"), as folded token tuples:
    #: a whole span only, never at a person cue (keep_chains)
    named_chains: tuple[tuple[str, ...], ...] = ()
    #: one-word chains ("Colruyt", "Decathlon"): at no person cue (keep_chains)
    chain_words: frozenset[str] = frozenset()
    #: countries, territories and continents in Dutch, French and English, folded, NOT
    #: filtered against the name lists ("Kenya"): only the tail of a run (keep_tails)
    territories: frozenset[str] = frozenset()

    def is_word(self, folded: str) -> bool:
        """Whether a (folded) token is an ordinary Dutch word."""
        return folded in self.dutch_words or folded in self.common

    def first_name_no_word(self, folded: str) -> bool:
        """A listed first name that is no ordinary Dutch word ("femke", "stijn", "yusuf"; not
        "roos", "jan", "wout", "mila": each a word too): a name on the lists' evidence alone,
        wherever it stands. Rules that yield to a person ask it ("Femke & Stijn" is no firm's
        name); session 25 folded the copies written inline into this one method."""
        return folded in self.first_names and not self.is_word(folded)

    def is_listed_name(self, folded: str) -> bool:
        """Whether a name list holds a (folded) word: a first name, a surname, or a name that is
        a word too ("femke", "peeters", "roos", "storm"). The question keep rules ask before they
        take a word for a thing's (a name list's word is a person's as often); session 25 folded
        the ~35 copies written inline into this one method."""
        return folded in self.first_names or folded in self.surnames or folded in self.name_words

    def is_name_word(self, folded: str) -> bool:
        """A name that is also an ordinary word (Roos, Storm, Hoop, Dan, Ben)."""
        return folded in self.name_words or (
            (folded in self.first_names or folded in self.surnames) and self.is_word(folded)
        )


@lru_cache(maxsize=1)
@lru_cache(maxsize=1)
def home_towns() -> frozenset[str]:
    """Municipalities and provinces of Belgium and the Netherlands and the hand-kept regions
    (folded): the towns that close an organisation's name ("X <town>"); a world place closes a
    foreign person's name as often (``keep_typed``)."""
    return frozenset(fold(x) for name in ("places.txt", "places_extra.txt") for x in read_list(name))


@lru_cache(maxsize=1)
def home_towns_and_countries() -> frozenset[str]:
    """``home_towns`` and the countries (folded): the places a word beside "samen met" may be
    (``person_context``)."""
    return home_towns() | frozenset(fold(x) for x in read_list("countries.txt"))


def dutch_words() -> frozenset[str]:
    """The OpenTaal word list, loaded once per process (the tagger's compound splitter shares it)."""
    return frozenset(read_list("dutch_words.txt"))


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Lower-case English words that are no Dutch word and no listed name (SCOWL), read on
    first use: only a proper noun or lower-case word no other list knows asks for it."""
    return frozenset(read_list("english_words.txt"))


#: The lists of places whose entries of several words (or hyphenated, written with spaces)
#: match as whole spans (session 17).
_PLACE_PHRASE_LISTS = ("places.txt", "places_extra.txt", "world_places.txt", "regions.txt", "place_phrases_named.txt")


def _place_phrases(firsts: set[str]) -> list[tuple[str, ...]]:
    """Places of several words as folded token tuples: "Da Nang", "Bergen op Zoom", "San
    Diego" (``place_phrases_named.txt``: a city whose name holds a listed name), and a
    hyphenated place written with spaces ("Sint Niklaas", "Sankt Vith"), unless each of its
    parts is a listed first name. They match only as a whole span at no person cue, as the
    named chains do (``keep_chains.protect_named_chains``): a single token of the list is
    matched by ``places`` word by word, a name of several words never was (session 17)."""
    out: set[tuple[str, ...]] = set()
    for name in _PLACE_PHRASE_LISTS:
        for entry in read_list(name):
            parts = entry.split()
            pieces = [fold(p) for p in parts] if len(parts) > 1 else [fold(p) for p in entry.split("-")]
            if not 1 < len(pieces) <= 4 or not all(pieces) or all(p in firsts for p in pieces):
                continue
            # (every word of four letters or more, or a place's small word: a run of short
            # syllables is a person's shape too -- "Hoi Hao", another name of a Chinese city)
            if all(len(p) >= 4 or p in _PLACE_SMALL_WORDS for p in pieces):
                out.add(tuple(pieces))
    return sorted(out)


#: Small words of places' names in several words (folded): articles, links, openers.
_PLACE_SMALL_WORDS = frozenset({"de", "den", "der", "het", "op", "aan", "la", "le", "les", "l'", "du", "des", "sur",
                                "en", "am", "an", "im", "bei", "ob", "del", "da", "do", "dos", "das", "el", "es", "los",
                                "las", "san", "sao", "tel", "new", "'s", "'t", "ter", "ten", "al", "y"})


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Load (once) and return the lexicon."""
    firsts = {fold(x) for x in read_list("first_names.txt")} | {fold(x) for x in read_list("first_names_extra.txt")}
    surnames = {fold(x) for x in read_list("surnames.txt")} | {fold(x) for x in read_list("surnames_extra.txt")}
    # Hyphenated double names also count part by part (Anne-Sophie -> anne, sophie).
    for name in list(firsts):
        if "-" in name:
            firsts.update(p for p in name.split("-") if len(p) > 1)
    name_words = {fold(x) for x in read_list("name_words.txt")}
    dutch = dutch_words()
    common = {fold(x) for x in read_list("common_words.txt")}
    places = {fold(x) for x in read_list("places.txt")} | {fold(x) for x in read_list("places_extra.txt")} | {fold(x) for x in read_list("countries.txt")}
    places |= {fold(x) for x in read_list("world_places.txt")} | {fold(x) for x in read_list("regions.txt")}
    keep_single: set[str] = set()
    keep_exact: set[str] = set()
    phrases: list[tuple[str, ...]] = []
    for entry in read_list("keep.txt") + read_list("platforms.txt"):
        parts = entry.split()
        if len(parts) == 1:
            keep_single.add(fold(entry))
            keep_exact.add(entry)
        else:
            phrases.append(tuple(fold(p) for p in parts))
    platforms = {fold(x) for x in read_list("platforms.txt")}
    brands: set[str] = set()
    for entry in read_list("brands.txt"):
        parts = entry.split()
        if len(parts) == 1:
            brands.add(fold(entry))
        else:
            phrases.append(tuple(fold(p) for p in parts))
    # (chains: one word as a brand; longer, a whole span at no person cue: keep_chains)
    chains = [tuple(fold(p) for p in x.split()) for x in read_list("chains.txt") + read_list("chains_named.txt")]
    chains += _place_phrases(firsts)

    # (holidays.txt: one-word feast days of many traditions, generated from the holidays package)
    calendar = {fold(x) for x in read_list("calendar.txt") + read_list("holidays.txt")}
    idioms = tuple(read_list("idioms.txt"))
    phrases.sort(key=len, reverse=True)
    return Lexicon(
        first_names=frozenset(firsts),
        surnames=frozenset(surnames),
        name_words=frozenset(name_words),
        dutch_words=dutch,
        common=frozenset(common),
        places=frozenset(places),
        keep_single=frozenset(keep_single),
        keep_phrases=tuple(phrases),
        keep_exact=frozenset(keep_exact),
        platforms=frozenset(platforms),
        calendar=frozenset(calendar),
        idioms=idioms,
        brands=frozenset(brands),
        languages=frozenset(fold(x) for name in ("languages.txt", "languages_extra.txt") for x in read_list(name)),
        named_places=frozenset(fold(x) for x in read_list("world_places_named.txt")),
        named_chains=tuple(c for c in chains if len(c) > 1),
        chain_words=frozenset(c[0] for c in chains if len(c) == 1),
        territories=frozenset(fold(x) for x in read_list("territories.txt")),
    )


def phrase_sets(lex: Lexicon) -> tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]]:
    """``lex.named_chains`` and ``lex.keep_phrases`` as sets: ``phrase in`` either set says what
    ``phrase in`` the tuple says, without comparing ``phrase`` with each of its ~4,300 and ~700
    entries (a list frame's item asked it once per item: ~0.25 ms each -- issue 11, session 22).

    (the tuples keep their order for the rules that walk them; the sets are made once per
    lexicon, remembered for the lexicon last asked, by identity: a Lexicon's own hash would
    hash every entry on each call)"""
    global _PHRASE_SETS
    got = _PHRASE_SETS
    if got[0] is not lex:
        got = _PHRASE_SETS = (lex, frozenset(lex.named_chains), frozenset(lex.keep_phrases))
    return got[1], got[2]


#: (the lexicon last asked, its named_chains as a set, its keep_phrases as a set)
_PHRASE_SETS: tuple[object, frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]] = (None, frozenset(), frozenset())
