"""Split Dutch compounds into known words: "leidingstekort" = leiding + tekort.

Dutch writes compounds as one word, so a report about a *leidingstekort*, a
*speelterrein* or a *kindergemeenteraad* holds none of the theme terms as a word of its
own. The tagger matches the parts of such a word against the theme terms (for less than
a whole-word match; see ``compound_weight``).

A split is only accepted when every part is a word of the OpenTaal word list (the one
the anonymiser ships, ``perskamer.plugins.anonymise.data/dutch_words.txt``) and at
least :data:`MIN_PART` letters long, so prefixes and suffixes are not parts ("ver" +
"leiding", "be" + "geleiding"); a word that is also a short word plus a known word
("mee" + "stappen") is not split at all. A compound the word list itself holds
(kampleiding, basisschool, achtergrond) often has a meaning of its own, so the tagger
only reads its last part, the one that says what it is (a kampleiding is leiding);
for a compound the list does not hold (leidingstekort, welzijnsteam) every part counts. Between two parts a linking ``s``, ``e``, ``en`` or
``er`` may stand (leiding-s-tekort, kind-er-gemeenteraad). Of the possible splits the
one with the fewest parts wins, then the one whose shortest part is longest.
"""

from __future__ import annotations

import threading
from functools import lru_cache

#: The shortest part a compound is split into.
MIN_PART = 4
#: Linking letters between two parts (longest first).
LINKERS = ("en", "er", "s", "e")
#: Words longer than this are not split (they are not words).
MAX_LENGTH = 40
#: Endings that are words too but make adjectives and nouns of other words
#: (verantwoorde-lijk, vrijwillig-heid): never the head of a compound.
NOT_HEADS = frozenset({"lijk", "lijke", "heid", "heden", "baar", "bare", "zaam", "zame", "schap", "achtig", "achtige"})

_Split = tuple[tuple[str, ...], tuple[int, ...]]

def dutch_words() -> frozenset[str]:
    """The OpenTaal word list (lower case), or an empty set when it is not installed.

    One copy per process: the anonymiser's lexicon loads the same file (~20 MB as a set).
    """
    try:
        from perskamer.plugins.anonymise.lexicon import dutch_words as shared
    except ImportError:
        return frozenset()
    try:
        return shared()
    except (FileNotFoundError, OSError):
        return frozenset()


class Splitter:
    """Splits words into known parts; results are cached per word."""

    def __init__(self, words: frozenset[str], min_part: int = MIN_PART):
        self.words = words
        self.min_part = min_part
        self._cache: dict[str, tuple[str, ...]] = {}
        self._lock = threading.Lock()

    def split(self, word: str) -> tuple[str, ...]:
        """The parts of ``word`` (folded, lower case), or ``()`` when it is no compound of known words."""
        got = self._cache.get(word)
        if got is None:
            got = ()
            if 2 * self.min_part <= len(word) <= MAX_LENGTH and word.isalpha() and not self._prefixed(word):
                got = self._parts(word, {}, top=True) or ()
            with self._lock:
                if len(self._cache) > 200_000:
                    self._cache.clear()
                self._cache[word] = got
        return got

    def is_word(self, word: str) -> bool:
        """Whether the word list has ``word`` itself (a compound with a meaning of its own)."""
        return word in self.words

    def _prefixed(self, word: str) -> bool:
        """A short word plus a known word ("mee" + "stappen", "ver" + "leiding"): a
        prefix, not a compound whose parts can be trusted, so the word is not split."""
        return any(word[:k] in self.words and word[k:] in self.words for k in range(2, self.min_part))

    def _parts(self, word: str, memo: dict[str, _Split | None], *, top: bool) -> tuple[str, ...] | None:
        """The best split of ``word`` (see :meth:`_split`)."""
        found = self._split(word, memo, top=top)
        return found[0] if found else None

    def _split(self, word: str, memo: dict[str, _Split | None], *, top: bool) -> _Split | None:
        """(parts, written length of each part with its linking letters), or ``None``.

        Below the top a known word is one part. Of two splits the one with fewer parts
        wins, then the one with the longer parts (the larger sum of squared lengths:
        speel+terrein, not speelt-er+rein), then the one with fewer linking letters.
        """
        if not top:
            if word in self.words:
                return (word,), (len(word),)
            if word in memo:
                return memo[word]
        low = self.min_part
        best: _Split | None = None
        for i in range(len(word) - low, low - 1, -1):
            head = word[i:]
            if head not in self.words or head in NOT_HEADS:
                continue
            for left in _left_forms(word[:i], low):
                rest = self._split(left, memo, top=False)
                if rest is None:
                    continue
                parts, lengths = rest
                candidate = ((*parts, head), (*lengths[:-1], lengths[-1] + i - len(left), len(head)))
                if best is None or _key(candidate) < _key(best):
                    best = candidate
        if not top:
            memo[word] = best
        return best


def _left_forms(left: str, low: int) -> list[str]:
    """The left part as written, and without a linking letter or two."""
    out = [left]
    for link in LINKERS:
        if left.endswith(link) and len(left) - len(link) >= low:
            out.append(left[: -len(link)])
    return out


def _key(split: _Split) -> tuple[int, int, int]:
    parts, lengths = split
    return len(parts), -sum(len(p) * len(p) for p in parts), sum(lengths) - sum(map(len, parts))


@lru_cache(maxsize=1)
def dutch_splitter() -> Splitter | None:
    """The shared splitter over the packaged Dutch word list (``None`` without the list)."""
    words = dutch_words()
    return Splitter(words) if words else None
