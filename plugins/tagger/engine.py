"""The ambition tagger's engine: normalise, match, score, decide.

Everything that depends only on the taxonomy and the settings (the term index, the
stemmer, the wildcard regexes) is compiled once into a :class:`Matcher`; tagging a
report then walks its tokens once per section.

How a score is made (docs/tagging.md has the full story):

* every match counts ``term weight x section weight``; the k-th match of the same
  term in a theme counts 1/k (a word repeated ten times is not ten times the evidence);
* a longer match hides the shorter ones inside it ("mentaal welzijn" is not also
  "welzijn" for Kruispunten), and within one theme a word counts once;
* weak (ambiguous) terms count only once the theme has specific support, and never
  more than that support;
* in the ambitions answer, the first theme named gets a bonus (then less for the
  second and third), and a "main" cue next to a name ("vooral", "centraal") another;
* a theme name in a sentence that says it did not come up ("kwam niet aan bod") does
  not count;
* themes the reporter listed in front matter get ``reporter_weight`` (less for later
  ones in their list).

A theme is tagged when its score reaches the threshold and, for a second or third
theme, ``min_share`` of the top score; at most ``max_tags`` themes, most central first.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
import threading
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import snowballstemmer

from perskamer.model import SECTION_IDS, AmbitionTag, Report
from perskamer.taxonomy import Ambition, PatternWord, Taxonomy, Term, fold, parse_pattern

from .compounds import Splitter, dutch_splitter
from .settings import TaggerSettings

#: The bonus for the first, second and third theme named in the ambitions answer.
ORDER_BONUS: tuple[float, ...] = (3.0, 1.5, 0.75)
#: The bonus for a theme whose name stands next to a main cue ("vooral", "centraal").
MAIN_CUE_BONUS = 3.0
#: How far (in words) a cue or a negation may stand from the name it applies to.
CUE_DISTANCE = 8
#: Terms and weak terms saturate: x counts as DENSITY_SCALE * ln(1 + x / DENSITY_SCALE).
DENSITY_SCALE = 10.0
#: Weak terms count once the theme's specific score reaches this.
WEAK_GATE = 1.0
#: Evidence entries kept on an AmbitionTag (explain shows them all).
MAX_EVIDENCE = 6
#: Characters of context either side of a match in an evidence snippet.
SNIPPET_CONTEXT = 45
#: The reporter's 2nd, 3rd... theme count a little less than the first.
REPORTER_DECAY = 0.15
#: Sections read, in this order (the title first).
SECTIONS: tuple[str, ...] = ("title", *SECTION_IDS)

_TOKEN = re.compile(r"\w+")
_WORD_SPLIT = re.compile(r"(\w+)")
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’»)\]]*(?=\s|$)")
_URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+")
_MD_LINK = re.compile(r"!?\[([^\]\n]{0,500})\]\([^)\n]{0,1000}\)")
_HTML_TAG = re.compile(r"<[^>\n]{1,200}>")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


# --- text ------------------------------------------------------------------------------


class Token(NamedTuple):
    """A word: folded form, character span, sentence number (a tuple: cheap to make)."""

    norm: str
    start: int
    end: int
    sent: int


_new_token = tuple.__new__


def clean_text(text: str) -> str:
    """The section text the tagger reads: NFC, without URLs, link targets and tags."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    # each pattern only runs when the text holds what it needs
    if "](" in text:
        text = _MD_LINK.sub(r"\1", text)
    if "://" in text or "www." in text or "@" in text:
        text = _URL.sub(" ", text)
    if "<" in text:
        text = _HTML_TAG.sub(" ", text)
    return text


class _FoldCache(dict):
    """Word -> folded form (:func:`_fold_token`), filled on first use."""

    def __missing__(self, word: str) -> str:
        return _fold_token(word)


_FOLD_CACHE: dict[str, str] = _FoldCache()


class _GapSentenceEnds(dict):
    """The text between two words -> how many sentence ends it holds, filled on first use.

    Counted with a word character after the gap, as in the text (the sentence end's
    look-ahead for white space or the end sees the next word there, never the end).
    """

    def __missing__(self, gap: str) -> int:
        found = self[gap] = len(_SENTENCE_END.findall(gap + "a"))
        return found


_GAP_SENTENCE_ENDS: dict[str, int] = _GapSentenceEnds()


def _fold_token(word: str) -> str:
    got = _FOLD_CACHE.get(word)
    if got is None:
        got = fold(word) if not word.isascii() or not word.islower() else word
        if len(_FOLD_CACHE) > 200_000:
            _FOLD_CACHE.clear()
        _FOLD_CACHE[word] = got
    return got


def tokenize(text: str) -> list[Token]:
    """Split cleaned text into folded word tokens, each with its sentence number."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    ends.append(len(text) + 1)
    tokens: list[Token] = []
    append = tokens.append
    sent = 0
    next_end = ends[0]
    cached = _FOLD_CACHE.get
    for m in _TOKEN.finditer(text):
        start, end = m.span()
        while start >= next_end:
            sent += 1
            next_end = ends[sent]
        word = m.group()
        norm = cached(word)
        if norm is None:
            norm = _fold_token(word)
        append(_new_token(Token, (norm, start, end, sent)))
    return tokens


_MARKUP_CHARS = re.compile(r"[*_`#>]+")


class Words:
    """The words of a text as parallel lists: folded forms, sentence numbers, offsets.

    The same words as :func:`tokenize` gives; a :class:`Token` (with the word's
    character span) is made when asked for by index.
    """

    __slots__ = ("text", "norms", "sents", "starts", "ends")

    def __init__(self, text: str):
        self.text = text
        # One split gives the gaps and the words in turn; the running sum of their
        # lengths gives every word's start and end (no match object per word).
        parts = _WORD_SPLIT.split(text)
        offsets = list(itertools.accumulate(map(len, parts)))
        self.starts: list[int] = offsets[0:-1:2]
        self.ends: list[int] = offsets[1::2]
        self.norms: list[str] = list(map(_FOLD_CACHE.__getitem__, parts[1::2]))
        # A word's sentence is the number of sentence ends before it. A sentence end is
        # made of punctuation (no word character), so each lies in one gap between two
        # words; the running sum of the gaps' counts numbers the words (in C).
        self.sents: list[int] = list(itertools.accumulate(map(_GAP_SENTENCE_ENDS.__getitem__, parts[0:-1:2])))
        if len(_FOLD_CACHE) > 200_000:
            _FOLD_CACHE.clear()
        if len(_GAP_SENTENCE_ENDS) > 200_000:
            _GAP_SENTENCE_ENDS.clear()

    def __len__(self) -> int:
        return len(self.norms)

    def __bool__(self) -> bool:
        return bool(self.norms)

    def spans(self) -> list[tuple[int, int]]:
        """The (start, end) offsets of the words."""
        return list(zip(self.starts, self.ends, strict=True))

    def __getitem__(self, i: int) -> Token:
        return _new_token(Token, (self.norms[i], self.starts[i], self.ends[i], self.sents[i]))


def snippet(text: str, start: int, end: int, context: int = SNIPPET_CONTEXT) -> str:
    """A short one-line excerpt around ``text[start:end]``, cut at word boundaries."""
    lo = max(0, start - context)
    hi = min(len(text), end + context)
    if lo > 0:
        space = text.find(" ", lo, start)
        lo = space + 1 if space != -1 else lo
    if hi < len(text):
        space = text.rfind(" ", end, hi)
        hi = space if space != -1 else hi
    body = text[lo:hi]
    if _MARKUP_CHARS.search(body):
        body = _MARKUP_CHARS.sub("", body)
    body = " ".join(body.split())
    return ("…" if lo > 0 else "") + body + ("…" if hi < len(text) else "")


# --- compiled taxonomy ---------------------------------------------------------------------


class _Stemmer:
    """A cached snowball stemmer; ``dutch_porter`` falls back to ``dutch`` on old versions."""

    def __init__(self, algorithm: str):
        try:
            self._stemmer = snowballstemmer.stemmer(algorithm)
        except KeyError:
            if algorithm == "dutch_porter":  # snowballstemmer < 3: "dutch" is the Porter one
                self._stemmer = snowballstemmer.stemmer("dutch")
            else:
                raise ValueError(
                    f"unknown stemmer '{algorithm}' (known: {', '.join(snowballstemmer.algorithms())})"
                ) from None
        self._cache: dict[str, str] = {}
        self._lock = threading.Lock()  # a snowball stemmer object keeps state while it works

    def __call__(self, word: str) -> str:
        got = self._cache.get(word)
        if got is None:
            with self._lock:
                got = self._stemmer.stemWord(word)
            if len(self._cache) > 200_000:
                self._cache.clear()
            self._cache[word] = got
        return got


class _Word:
    """One compiled pattern word: exact forms, stems and wildcard regexes."""

    __slots__ = ("exact", "stems", "globs", "gap", "seen")

    def __init__(self, word: PatternWord, stem: _Stemmer):
        self.gap = word.is_gap
        self.seen: dict[str, bool] = {}  # word form -> matches (see matches_cached)
        self.exact: set[str] = set()
        self.stems: set[str] = set()
        self.globs: list[re.Pattern[str]] = []
        for alt in word.alts:
            if alt.kind == "exact":
                self.exact.add(alt.text)
            elif alt.kind == "stem":
                self.exact.add(alt.text)
                self.stems.add(stem(alt.text))
            elif alt.kind == "glob":
                self.globs.append(_glob_regex(alt.text))

    def matches(self, norm: str, stem: _Stemmer) -> bool:
        if self.gap or norm in self.exact:
            return True
        if self.stems and stem(norm) in self.stems:
            return True
        return any(g.fullmatch(norm) for g in self.globs)

    def matches_cached(self, norm: str, stem: _Stemmer) -> bool:
        got = self.seen.get(norm)
        if got is None:
            got = self.matches(norm, stem)
            if len(self.seen) > 100_000:
                self.seen.clear()
            self.seen[norm] = got
        return got


def _glob_regex(glob: str) -> re.Pattern[str]:
    out = []
    for c in glob:
        if c == "*":
            out.append(r"\w*")
        elif c == "?":
            out.append(r"\w")
        else:
            out.append(re.escape(c))
    return re.compile("".join(out))


_KIND_ORDER = {"name": 0, "term": 1, "weak": 2}


@dataclass(eq=False)
class _Compiled:
    theme: int  # index into the taxonomy; -1 for cues, negations and name frames
    term: Term
    words: list[_Word]
    role: str = "term"  # term, exclude, cue, negation, frame
    part: str | None = None  # matched a part of a compound word (and counts less)
    rest: tuple[_Word, ...] = field(init=False, repr=False)  # the words after the first
    #: names before terms before weak terms, heavier first (how matches of one length are sorted)
    rank: tuple[int, float] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.rest = tuple(self.words[1:])
        self.rank = (_KIND_ORDER[self.term.kind], -self.term.weight)


class _Index:
    """Finds every occurrence of a set of patterns in a token list, in one pass."""

    def __init__(self, items: Iterable[_Compiled], stem: _Stemmer, splitter: Splitter | None = None,
                 part_weight: float = 0.6):
        self.stem = stem
        self.splitter = splitter
        self.part_weight = part_weight
        self._part_cache: dict[str, tuple[_Compiled, ...]] = {}
        self.by_exact: dict[str, list[_Compiled]] = {}
        self.by_stem: dict[str, list[_Compiled]] = {}
        self.globbed: list[tuple[re.Pattern[str], _Compiled]] = []
        self._cache: dict[str, tuple[_Compiled, ...]] = {}
        # word form -> (what it starts: patterns or compound-part terms, a longer pattern among
        # them?), or None when it starts no match
        self._starts: dict[str, tuple[tuple[_Compiled, ...], bool] | None] = {}
        self._pairs: dict[str, dict[str, tuple[_Compiled, ...]]] = {}  # see _with_next
        self._pair_count = 0
        # the globs by their literal start (its first two letters, or the one letter),
        # as (position in globbed, regex, item); a glob that starts with a wildcard is
        # tried on every word
        self._globs_by_start: dict[str, list[tuple[int, re.Pattern[str], _Compiled]]] = {}
        self._globs_always: list[tuple[int, re.Pattern[str], _Compiled]] = []
        for item in items:
            first = parse_pattern(item.term.pattern)[0]
            for alt in first.alts:
                if alt.kind == "exact":
                    self.by_exact.setdefault(alt.text, []).append(item)
                elif alt.kind == "stem":
                    self.by_stem.setdefault(stem(alt.text), []).append(item)
                elif alt.kind == "glob":
                    entry = (len(self.globbed), _glob_regex(alt.text), item)
                    self.globbed.append((entry[1], item))
                    literal = re.split(r"[*?]", alt.text, maxsplit=1)[0]
                    if literal:
                        self._globs_by_start.setdefault(literal[:2], []).append(entry)
                    else:
                        self._globs_always.append(entry)

    def _candidates(self, norm: str) -> tuple[_Compiled, ...]:
        """The patterns whose first word matches this token (cached per word form)."""
        got = self._cache.get(norm)
        if got is not None:
            return got
        found: dict[int, _Compiled] = {}
        for item in self.by_exact.get(norm, ()):
            found[id(item)] = item
        for item in self.by_stem.get(self.stem(norm), ()):
            found[id(item)] = item
        # a glob can only match a word that starts with its literal start
        globs = self._globs_always + self._globs_by_start.get(norm[:2], []) + (
            self._globs_by_start.get(norm[:1], []) if len(norm) >= 2 else [])
        globs.sort(key=lambda g: g[0])
        for _n, rx, item in globs:
            if rx.fullmatch(norm):
                found[id(item)] = item
        got = tuple(found.values())
        if len(self._cache) > 200_000:
            self._cache.clear()
        self._cache[norm] = got
        return got

    def _part_candidates(self, norm: str) -> tuple[_Compiled, ...]:
        """Theme terms matching a part of a compound word (cached per word form).

        Every part of a compound the word list does not hold; only the last part (the
        head) of one it does (see compounds.py). Only one-word terms count, each once per part, for ``part_weight`` of its weight;
        a name matched in a part is a term ("jeugdinfrastructuurbeleid" names nothing).
        """
        got = self._part_cache.get(norm)
        if got is not None:
            return got
        found: list[_Compiled] = []
        splitter = self.splitter
        parts = splitter.split(norm) if splitter is not None else ()
        if parts and splitter is not None and splitter.is_word(norm):
            parts = parts[-1:]  # a listed compound: only its head says what it is
        for part in parts:
            for item in self._candidates(part):
                if item.role != "term" or len(item.words) != 1:
                    continue
                term = item.term
                kind = "term" if term.kind == "name" else term.kind
                found.append(_Compiled(item.theme, Term(term.pattern, term.weight * self.part_weight, kind, term.line),
                                       item.words, "term", part))
        got = tuple(found)
        if len(self._part_cache) > 200_000:
            self._part_cache.clear()
        self._part_cache[norm] = got
        return got

    def _first_words(self, words: set[str], starts: dict[str, Any]) -> None:
        """Sort word forms not seen before into those that start a match and those that do not.

        A word starts a match when a pattern's first word matches it, or (with compound
        splitting, for a word of 8 letters or more that starts none) when a part of it
        matches a one-word term. ``starts`` (:attr:`_starts`) keeps, per word that does,
        what it starts and whether a pattern of more words is among them (None for a
        word that starts nothing).
        """
        for norm in words:
            candidates = self._cache.get(norm)
            if candidates is None:
                candidates = self._candidates(norm)
            if candidates:
                starts[norm] = (candidates, any(item.rest for item in candidates))
            elif self.splitter is not None and len(norm) >= 8 and (parts := self._part_candidates(norm)):
                starts[norm] = (parts, False)
            else:
                starts[norm] = None

    def _with_next(self, norm: str, following: str, items: tuple[_Compiled, ...]) -> tuple[_Compiled, ...]:
        """The patterns ``norm`` starts (``items``) that may go on with ``following``: one-word
        ones, and those whose second word matches it (in their order; cached per word pair)."""
        after = self._pairs.get(norm)
        if after is None:
            after = self._pairs[norm] = {}
        got = after.get(following)
        if got is None:
            stem = self.stem
            got = tuple(item for item in items if not item.rest or item.rest[0].matches_cached(following, stem))
            self._pair_count += 1
            if self._pair_count > 200_000:  # bounded: start a new table (another thread may read the old)
                after = {}
                self._pairs, self._pair_count = {norm: after}, 1
            after[following] = got
        return got

    def find(self, tokens: list[Token] | Words) -> list[tuple[_Compiled, int, int]]:
        """``(item, first token, last token + 1)`` for every match, within one sentence.

        In token order (and per token in the order of the patterns), as a walk over every
        token would give them; but only the tokens that start a match are visited: each
        distinct word form is looked up once, and known forms are skipped in C. A
        pattern of more words is tried on the words after the second only when the
        second matches (known per word pair).
        """
        out: list[tuple[_Compiled, int, int]] = []
        if isinstance(tokens, Words):
            norms, sents = tokens.norms, tokens.sents
        else:
            norms, sents = [t.norm for t in tokens], [t.sent for t in tokens]
        starts = self._starts
        if not all(map(starts.__contains__, norms)):
            distinct = set(norms)
            new = distinct.difference(starts)
            if len(starts) + len(new) > 200_000:  # bounded: start a new table (another thread may read the old)
                starts = self._starts = {}
                new = distinct
            self._first_words(new, starts)
        entries = list(map(starts.get, norms))
        n = len(norms)
        stem = self.stem
        append = out.append
        pairs = self._pairs
        for i in itertools.compress(itertools.count(), entries):
            items, longer = entries[i]  # type: ignore[misc]  # (compress: only the entries that are not None)
            if longer:
                sent = sents[i]
                if i + 1 < n and sents[i + 1] == sent:
                    # (the word pair's answer looked up here: a call per pair cost more than the rest)
                    after = pairs.get(norms[i])
                    known = after.get(norms[i + 1]) if after is not None else None
                    if known is None:
                        known = self._with_next(norms[i], norms[i + 1], items)
                        pairs = self._pairs  # (renewed when full)
                    items = known
                else:
                    items = tuple(item for item in items if not item.rest)
                for item in items:
                    rest = item.rest
                    if not rest:
                        append((item, i, i + 1))
                        continue
                    j = i + 2  # the second word matched
                    for word in rest[1:]:
                        if j >= n or sents[j] != sent or not word.matches_cached(norms[j], stem):
                            break
                        j += 1
                    else:
                        append((item, i, j))
            else:
                out.extend(zip(items, itertools.repeat(i), itertools.repeat(i + 1)))
        return out


class _NearVeto:
    """A {term, near} exclusion: the term's words, and a cached test for the near words."""

    def __init__(self, term_word: _Word, near_words: list[_Word], stem: _Stemmer):
        self.term_word = term_word
        self.near_words = near_words
        self.stem = stem
        self._near_cache: dict[str, bool] = {}

    def is_near_word(self, norm: str) -> bool:
        got = self._near_cache.get(norm)
        if got is None:
            got = any(w.matches(norm, self.stem) for w in self.near_words)
            if len(self._near_cache) > 100_000:
                self._near_cache.clear()
            self._near_cache[norm] = got
        return got


class Matcher:
    """A taxonomy compiled for matching, with the settings it was compiled for.

    One index holds every pattern (the themes' names and terms, their exclusions, the
    cues, negations and name frames), so a section is scanned once.
    """

    def __init__(self, taxonomy: Taxonomy, settings: TaggerSettings):
        self.taxonomy = taxonomy
        self.settings = settings
        self.stem = _Stemmer(settings.stemmer)
        items: list[_Compiled] = []
        self.near_excludes: list[list[_NearVeto]] = []
        for t, amb in enumerate(taxonomy.ambitions):
            for term in amb.all_terms:
                items.append(self._compile(t, term))
            items.extend(self._compile(t, Term(ex.pattern, 0.0, "term"), "exclude") for ex in amb.exclude if not ex.near)
            self.near_excludes.append([
                _NearVeto(_Word(parse_pattern(ex.pattern)[0], self.stem),
                          [_Word(parse_pattern(near)[0], self.stem) for near in ex.near], self.stem)
                for ex in amb.exclude if ex.near
            ])
        for role, patterns in (("cue", settings.main_cues), ("negation", settings.negations),
                               ("frame", settings.name_frames)):
            items.extend(self._compile(-1, Term(p, 0.0, "term"), role) for p in patterns)
        self.splitter = dutch_splitter() if settings.split_compounds else None
        self.index = _Index(items, self.stem, self.splitter, settings.compound_weight)
        self.name_weight = [max((n.weight for n in a.names), default=3.0) for a in taxonomy.ambitions]

    def _compile(self, theme: int, term: Term, role: str = "term") -> _Compiled:
        return _Compiled(theme, term, [_Word(w, self.stem) for w in parse_pattern(term.pattern)], role)


# --- results ---------------------------------------------------------------------------------


@dataclass(slots=True)
class Hit:
    """One match of a theme's term in a report."""

    theme: str
    pattern: str
    kind: str  # name, term, weak
    section: str
    text: str  # the words as written
    section_text: str = field(repr=False)  # the section it is in (its snippet is cut when asked for)
    weight: float  # term weight x section weight
    position: int  # character offset within the section
    sentence: int
    end: int = 0  # character offset of its end
    contribution: float = 0.0
    counted: bool = True
    note: str = ""
    part: str | None = None  # the part of a compound word that matched
    paragraph: int = 0  # the paragraph of its section

    @property
    def snippet(self) -> str:
        """A one-line excerpt around the match (cut when asked for: most hits never show one)."""
        return snippet(self.section_text, self.position, self.end)


@dataclass
class ThemeScore:
    """How one theme scored on one report, and why it was or was not tagged."""

    ambition: Ambition
    hits: list[Hit] = field(default_factory=list)
    dropped: list[Hit] = field(default_factory=list)
    explicit: float = 0.0  # names (anywhere) and anything in the title
    terms: float = 0.0  # specific terms outside the title, damped per term
    weak_raw: float = 0.0
    weak: float = 0.0  # the weak terms that count
    density: float = 0.0  # terms + weak, compressed
    bonuses: list[tuple[str, float]] = field(default_factory=list)
    first_named: tuple[int, int] | None = None  # (section order, position) of the first name
    named_in_answer: bool = False  # named (not negated) in the ambitions answer
    reporter_rank: int | None = None
    #: the specific evidence of the paragraph it leads with two or more terms (0: none)
    paragraph_focus: float = 0.0
    tagged: bool = False
    suggested: bool = False
    reason: str = ""

    @property
    def score(self) -> float:
        return self.explicit + self.density + sum(b for _, b in self.bonuses)

    @property
    def specific(self) -> float:
        """The evidence from names and specific terms (no weak terms, no bonuses)."""
        return self.explicit + self.terms

    def evidence(self, limit: int | None = MAX_EVIDENCE, *, uncounted: bool = False) -> list[dict[str, Any]]:
        """Counted hits grouped per (term, section), strongest first (``uncounted``: all hits)."""
        groups: dict[tuple[str, str], dict[str, Any]] = {}
        for h in self.hits:
            if not h.counted and not uncounted:
                continue
            key = (h.pattern, h.section)
            g = groups.get(key)
            if g is None:
                # "text" holds the group's first hit until its snippet is cut (for the groups shown)
                groups[key] = g = {"term": h.text, "section": h.section, "text": h, "count": 1,
                                   "score": h.contribution if h.counted else 0.0}
                if h.part:
                    g["part"] = h.part
            else:
                g["count"] += 1
                g["score"] += h.contribution if h.counted else 0.0
        out = sorted(groups.values(), key=lambda g: -g["score"])
        if limit:
            out = out[:limit]
        for g in out:
            g["score"] = round(g["score"], 2)
            g["text"] = g["text"].snippet
        return out


@dataclass
class TagResult:
    """The outcome of tagging one report."""

    themes: list[ThemeScore]
    tags: list[AmbitionTag]
    settings: TaggerSettings
    override: list[str] | None = None
    override_from: str | None = None
    warnings: list[tuple[str, str, str | None]] = field(default_factory=list)  # (message, field, hint)
    #: the best theme when none was tagged but some had evidence (see :func:`_suggest`)
    suggestion: AmbitionTag | None = None


# --- scoring ---------------------------------------------------------------------------------


def section_texts(report: Report) -> list[tuple[str, str]]:
    """The (section id, cleaned text) pairs the tagger reads, title first.

    For the quotes it prefers the (anonymised) quote texts over the raw section, so no
    evidence snippet can carry a name the anonymiser removed.
    """
    out: list[tuple[str, str]] = []
    if report.title:
        out.append(("title", clean_text(report.title)))
    for sid in SECTION_IDS:
        if sid == "quotes" and report.quotes:
            text = "\n".join(q.text for q in report.quotes if q.text)
        else:
            text = report.sections.get(sid) or ""
        if text.strip():
            out.append((sid, clean_text(text)))
    return out


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    if isinstance(value, list | tuple):
        return [str(v).strip() for v in value if v is not None and str(v).strip()]
    return [str(value)]


def resolve_ids(values: list[str], taxonomy: Taxonomy, field_name: str,
                warnings: list[tuple[str, str, str | None]]) -> list[str]:
    """Map ids/labels as written to theme ids; unknown ones become warnings."""
    ids: list[str] = []
    for v in values:
        amb = taxonomy.resolve(v)
        if amb is None:
            close = taxonomy.suggest(v)
            hint = f"did you mean '{close}'?" if close else f"known themes: {', '.join(taxonomy.ids)}"
            warnings.append((f"unknown ambition '{v}' (ignored)", field_name, hint))
        elif amb.id not in ids:
            ids.append(amb.id)
    return ids


def score_report(report: Report, matcher: Matcher, *, overrides: Mapping[str, Any] | None = None) -> TagResult:
    """Score every theme on ``report`` and decide its tags (pure: the report is not changed)."""
    tax = matcher.taxonomy
    st = matcher.settings
    weights = st.section_weights
    themes = [ThemeScore(a) for a in tax.ambitions]
    warnings: list[tuple[str, str, str | None]] = []

    all_hits: list[Hit] = []
    vetoed: list[set[str]] = [set() for _ in tax.ambitions]  # terms used in another sense here
    name_mentions: list[tuple[int, int, int, int]] = []  # (section order, position, theme, sentence) in ambitions

    for order, (sid, text) in enumerate(section_texts(report)):
        sw = float(weights.get(sid, 0.0))
        if sw <= 0:
            continue
        tokens = Words(text)
        if not tokens:
            continue
        para_starts = [m.end() for m in _PARAGRAPH_BREAK.finditer(text)] if "\n" in text else []
        raw: list[tuple[_Compiled, int, int]] = []
        excluded: list[set[int]] = [set() for _ in tax.ambitions]  # per theme
        negated_spans: list[tuple[int, int, int]] = []
        cue_spans: list[tuple[int, int, int]] = []
        frame_ends: set[int] = set()
        for item, a, b in matcher.index.find(tokens):
            role = item.role
            if role == "term":
                raw.append((item, a, b))
            elif role == "exclude":
                excluded[item.theme].update(range(a, b))
            elif role == "negation":
                negated_spans.append((a, b, tokens.sents[a]))
            elif role == "cue":
                if sid == "ambitions":
                    cue_spans.append((a, b, tokens.sents[a]))
            elif role == "frame":
                frame_ends.add(b)
        if not raw:
            continue

        # longest first, names before terms before weak, heavier first
        raw.sort(key=lambda m: (m[1] - m[2], m[0].rank, m[1]))
        longest_at = [0] * len(tokens)
        used: list[set[int]] = [set() for _ in tax.ambitions]
        sentence_words: dict[int, list[str]] = {}  # sentence -> its folded words (made when needed)
        kept: list[tuple[_Compiled, int, int, str]] = []
        for item, a, b in raw:
            t = item.theme
            span = range(a, b)
            length = b - a
            # (most matches are one word: tested without a generator)
            if longest_at[a] > length if length == 1 else any(longest_at[i] > length for i in span):
                continue  # part of a longer match (of any theme): not separate evidence
            if a in used[t] if length == 1 else any(i in used[t] for i in span):
                continue  # this theme already counted these words
            term = item.term
            if term.kind == "term" and a in frame_ends and item.part is None:
                # "de ambitie rond vrijwilligers": the term names the theme
                term = Term(term.pattern, max(term.weight, matcher.name_weight[t]), "name", term.line)
            hit = _hit(tax.ambitions[t].id, term, sid, text, tokens, a, b, sw)
            hit.part = item.part
            if para_starts:
                hit.paragraph = bisect.bisect_right(para_starts, hit.position)
            if a in excluded[t] if length == 1 else any(i in excluded[t] for i in span):
                hit.counted, hit.note = False, "inside an excluded phrase"
                themes[t].dropped.append(hit)
                continue
            if matcher.near_excludes[t]:
                near = _near_veto(matcher, t, tokens.norms[a:b], _sentence_of(tokens, tokens.sents[a], sentence_words))
                if near:
                    hit.counted, hit.note = False, f"'{near}' in the same sentence"
                    themes[t].dropped.append(hit)
                    if term.kind != "name":
                        vetoed[t].add(term.pattern)
                    continue
            if term.kind == "name" and negated_spans:
                neg = _nearest(a, b, tokens[a].sent, negated_spans)
                if neg is not None and _closest_name(neg, raw, tokens) == (a, b):
                    hit.counted, hit.note = False, "said not to have come up"
                    themes[t].dropped.append(hit)
                    used[t].update(span)  # nor do the words inside the name
                    continue
            if length == 1:  # (longest_at[a] is 0 or 1 here: a longer match there was skipped above)
                longest_at[a] = 1
                used[t].add(a)
            else:
                for i in span:
                    longest_at[i] = max(longest_at[i], length)
                    used[t].add(i)
            kept.append((item, a, b, term.kind))
            all_hits.append(hit)
            themes[t].hits.append(hit)
            if term.kind == "name":
                pos = (order, tokens.starts[a])
                first = themes[t].first_named
                if first is None or pos < first:
                    themes[t].first_named = pos
                if sid == "ambitions":
                    themes[t].named_in_answer = True
                    name_mentions.append((order, tokens.starts[a], t, tokens.sents[a]))

        # main cues next to a name in the ambitions answer
        for ca, cb, csent in cue_spans:
            best: tuple[int, int] | None = None
            for item, a, b, kind in kept:
                if kind != "name" or tokens[a].sent != csent:
                    continue
                dist = a - cb if a >= cb else ca - b
                if dist <= CUE_DISTANCE and (best is None or dist < best[0]):
                    best = (dist, item.theme)
            if best is not None:
                ts = themes[best[1]]
                label = f"'{_span_text(text, tokens, ca, cb)}' next to its name in the ambitions answer"
                if not any(lbl.startswith("'") and "next to its name" in lbl for lbl, _ in ts.bonuses):
                    ts.bonuses.append((label, MAIN_CUE_BONUS))

    # a term used in another sense somewhere in the report ("het kruispunt aan de
    # Molenstraat") is not trusted elsewhere in it either ("wat er mis is met een kruispunt")
    for t, patterns in enumerate(vetoed):
        if patterns:
            ts = themes[t]
            for h in [h for h in ts.hits if h.pattern in patterns and h.kind != "name"]:
                h.counted, h.note = False, "the same word is used in another sense elsewhere in the report"
                ts.hits.remove(h)
                ts.dropped.append(h)

    # damping: the k-th hit of the same term in a theme counts 1/k, the k-th name 1/k²
    for ts in themes:
        if not ts.hits:  # (most themes: the sums below are 0)
            ts.explicit = ts.terms = ts.weak_raw = 0
            continue
        per_term: dict[str, list[Hit]] = {}
        for h in ts.hits:
            key = "<names>" if h.kind == "name" else h.pattern
            if h.section == "title":
                key += " <title>"
            same = per_term.get(key)
            if same is None:
                per_term[key] = [h]
            else:
                same.append(h)
        for key, hits in per_term.items():
            if len(hits) == 1:  # (most terms occur once: no sort)
                hits[0].contribution = hits[0].weight / 1
                continue
            hits.sort(key=_minus_weight)
            for k, h in enumerate(hits, start=1):
                h.contribution = h.weight / (k * k if key.startswith("<names>") else k)
        ts.explicit = sum(h.contribution for h in ts.hits if h.kind == "name" or (h.section == "title" and h.kind == "term"))
        ts.terms = sum(h.contribution for h in ts.hits if h.kind == "term" and h.section != "title")
        ts.weak_raw = sum(h.contribution for h in ts.hits if h.kind == "weak")

    # order of the names in the ambitions answer
    seen: list[int] = []
    for _, _, t, _ in sorted(name_mentions):
        if t not in seen:
            seen.append(t)
    for rank, t in enumerate(seen[: len(ORDER_BONUS)]):
        themes[t].bonuses.append((f"named {_ordinal(rank)} in the ambitions answer", ORDER_BONUS[rank]))

    # the reporter's own tags (front matter)
    # (unknown ids in front matter are reported by the validator, not here)
    reporter_ids = resolve_ids(_as_list(report.meta.get("ambitions")), tax, "ambitions", [])
    for rank, aid in enumerate(reporter_ids):
        t = tax.index(aid)
        themes[t].reporter_rank = rank
        bonus = st.reporter_weight * max(0.4, 1.0 - REPORTER_DECAY * rank)
        themes[t].bonuses.append((f"listed by the reporter ({_ordinal(rank)})", bonus))

    # weak terms only count on top of specific support; terms and weak terms saturate
    for ts in themes:
        support = ts.specific + sum(b for _, b in ts.bonuses)
        if ts.weak_raw and support >= WEAK_GATE:
            ts.weak = min(ts.weak_raw, ts.specific if ts.specific > 0 else support)
        else:
            ts.weak = 0.0
            for h in ts.hits:
                if h.kind == "weak":
                    h.counted = False
                    h.note = "weak term without specific support"
        ts.density = DENSITY_SCALE * math.log1p((ts.terms + ts.weak) / DENSITY_SCALE)

    _paragraph_focus(themes)
    _decide(themes, st)
    tags = [
        AmbitionTag(
            id=ts.ambition.id,
            label=ts.ambition.label,
            score=round(ts.score, 3),
            evidence=ts.evidence() + _reporter_evidence(ts),
            source="reporter" if ts.reporter_rank is not None else "tagger",
        )
        for ts in sorted((t for t in themes if t.tagged), key=lambda t: _rank_key(t, tax))
    ]
    result = TagResult(themes=themes, tags=tags, settings=st, warnings=warnings)
    if not tags:
        result.suggestion = _suggest(themes, st, tax)
        if result.suggestion is not None and st.publish_suggestions:
            result.tags = [result.suggestion]
    _apply_override(result, report, tax, overrides)
    if result.override is not None:
        result.suggestion = None  # the editor decided
    return result


def _minus_weight(hit: Hit) -> float:
    return -hit.weight


#: A theme leads a paragraph when it has this many distinct specific terms there...
PARAGRAPH_TERMS = 2
#: ... worth at least this much (term weight x section weight, before damping).
PARAGRAPH_MIN = 2.0


def _paragraph_focus(themes: list[ThemeScore]) -> None:
    """Mark the themes a paragraph of the report is about (they may be a 2nd/3rd tag).

    A theme leads a paragraph when it has there the most specific evidence of any
    theme, from at least :data:`PARAGRAPH_TERMS` different terms: the reporter spent
    a paragraph on it, even if the ambitions answer does not name it.
    """
    per_para: dict[tuple[str, int], dict[int, tuple[float, set[str]]]] = {}
    for t, ts in enumerate(themes):
        for h in ts.hits:
            if h.counted and h.kind != "weak" and h.section != "title":
                key = (h.section, h.paragraph)
                slot = per_para.get(key)
                if slot is None:
                    slot = per_para[key] = {}
                got = slot.get(t)
                if got is None:
                    slot[t] = (0.0 + h.weight, {h.pattern})
                else:
                    got[1].add(h.pattern)
                    slot[t] = (got[0] + h.weight, got[1])
    for slot in per_para.values():
        best = max(w for w, _ in slot.values())
        for t, (weight, patterns) in slot.items():
            if weight >= best and len(patterns) >= PARAGRAPH_TERMS and weight >= PARAGRAPH_MIN:
                themes[t].paragraph_focus = max(themes[t].paragraph_focus, weight)


def _suggest(themes: list[ThemeScore], st: TaggerSettings, tax: Taxonomy) -> AmbitionTag | None:
    """The best theme of a report no theme was tagged for, if any theme has evidence.

    Its confidence is how close it came: its score over the threshold (a theme with
    weak terms only counts half their weight), at most 1.
    """
    candidates = [ts for ts in themes if ts.score > 0 or ts.weak_raw > 0]
    if not candidates:
        return None
    best = min(candidates, key=lambda ts: (-ts.score, -ts.specific, -ts.weak_raw, tax.index(ts.ambition.id)))
    value = best.score if best.score > 0 else 0.5 * best.weak_raw
    confidence = min(1.0, value / st.threshold) if st.threshold > 0 else 1.0
    best.suggested = True
    best.reason = f"suggested (confidence {confidence:.2f}): {best.reason}"
    return AmbitionTag(id=best.ambition.id, label=best.ambition.label, score=round(best.score, 3),
                       evidence=best.evidence(uncounted=True), source="suggested", confidence=round(confidence, 2))


def _hit(theme: str, term: Term, sid: str, text: str, tokens: list[Token] | Words, a: int, b: int, sw: float) -> Hit:
    if isinstance(tokens, Words):
        start, end, sent = tokens.starts[a], tokens.ends[b - 1], tokens.sents[a]
    else:
        start, end, sent = tokens[a].start, tokens[b - 1].end, tokens[a].sent
    # (one word, a run of \w, holds no white space to collapse)
    written = text[start:end] if b - a == 1 else " ".join(text[start:end].split())
    return Hit(theme, term.pattern, term.kind, sid, written, text, term.weight * sw, start, sent, end)


def _span_text(text: str, tokens: Words, a: int, b: int) -> str:
    return " ".join(text[tokens[a].start:tokens[b - 1].end].split())


def _sentence_of(tokens: Words, sent: int, memo: dict[int, list[str]]) -> list[str]:
    """The folded words of sentence ``sent`` (a slice: the sentence numbers never go down)."""
    words = memo.get(sent)
    if words is None:
        sents = tokens.sents
        words = memo[sent] = tokens.norms[bisect.bisect_left(sents, sent):bisect.bisect_right(sents, sent)]
    return words


def _near_veto(matcher: Matcher, t: int, span: list[str], sentence: list[str]) -> str | None:
    for veto in matcher.near_excludes[t]:
        if any(veto.term_word.matches_cached(norm, matcher.stem) for norm in span):
            for w in sentence:
                if veto.is_near_word(w):
                    return w
    return None


def _nearest(a: int, b: int, sent: int, spans: list[tuple[int, int, int]]) -> tuple[int, int, int] | None:
    best = None
    for na, nb, nsent in spans:
        if nsent != sent:
            continue
        dist = a - nb if a >= nb else na - b
        if dist <= CUE_DISTANCE and (best is None or dist < best[0]):
            best = (dist, (na, nb, nsent))
    return best[1] if best else None


def _closest_name(neg: tuple[int, int, int], raw: list[tuple[_Compiled, int, int]], tokens: Words) -> tuple[int, int] | None:
    """The name match nearest to a negation phrase (so "X kwam aan bod, Y niet" only drops Y)."""
    na, nb, nsent = neg
    best = None
    for item, a, b in raw:
        if item.term.kind != "name" or tokens[a].sent != nsent:
            continue
        dist = a - nb if a >= nb else na - b
        if best is None or dist < best[0]:
            best = (dist, (a, b))
    return best[1] if best else None


def _ordinal(rank: int) -> str:
    return ("first", "second", "third")[rank] if rank < 3 else f"{rank + 1}th"


def _rank_key(ts: ThemeScore, tax: Taxonomy) -> tuple[float, tuple[int, int], int]:
    first = ts.first_named or (99, 10**9)
    return (-round(ts.score, 6), first, tax.index(ts.ambition.id))


def _decide(themes: list[ThemeScore], st: TaggerSettings) -> None:
    ranked = sorted(themes, key=lambda t: (-t.score, t.first_named or (99, 10**9)))
    top = ranked[0].score if ranked else 0.0
    count = 0
    for ts in ranked:
        if ts.score <= 0:
            ts.reason = (f"only weak terms ({ts.weak_raw:.2f}), no specific support" if ts.weak_raw
                         else "no evidence")
            continue
        if ts.score < st.threshold:
            weak_only = ts.specific == 0 and ts.weak_raw > 0 and not ts.bonuses
            ts.reason = (f"only weak terms ({ts.weak_raw:.2f}), no specific support" if weak_only
                         else f"score {ts.score:.2f} below the threshold {st.threshold:g}")
            continue
        if count > 0 and ts.score < st.min_share * top and not ts.named_in_answer and not ts.paragraph_focus:
            ts.reason = (f"score {ts.score:.2f} is less than {st.min_share:.0%} of the top score {top:.2f}")
            continue
        if count >= st.max_tags:
            ts.reason = f"already {st.max_tags} tag(s) (max_tags)"
            continue
        ts.tagged = True
        count += 1
        ts.reason = "central theme" if count == 1 else f"tagged ({_ordinal(count - 1)})"
        if count > 1 and ts.paragraph_focus and ts.score < st.min_share * top and not ts.named_in_answer:
            ts.reason += ", a paragraph is about it"
    if count == 0 and ranked and _clear_lead(ranked, st):
        ts = ranked[0]
        ts.tagged = True
        ts.reason = (f"central theme: below the threshold {st.threshold:g}, but a clear lead "
                     f"({ts.score:.2f}, at least {st.lead_ratio:g}x the next theme's {ranked[1].score if len(ranked) > 1 else 0:.2f})")


def _clear_lead(ranked: list[ThemeScore], st: TaggerSettings) -> bool:
    """A short report's one theme: below the threshold, but far ahead of the others.

    Short answers hold few words, so a theme they are plainly about can stay under the
    threshold that suits a full report. It is still tagged when its score reaches
    ``lead_score``, with specific support from at least two different terms, and is at
    least ``lead_ratio`` times the next theme's score.
    """
    top = ranked[0]
    if st.lead_score <= 0 or top.score < st.lead_score or top.specific < WEAK_GATE:
        return False
    if len({h.pattern for h in top.hits if h.counted}) < 2:
        return False
    second = ranked[1].score if len(ranked) > 1 else 0.0
    return top.score >= st.lead_ratio * second


def _reporter_evidence(ts: ThemeScore) -> list[dict[str, Any]]:
    if ts.reporter_rank is None:
        return []
    return [{"term": ts.ambition.id, "section": "front matter", "text": "ambitions (by the reporter)", "count": 1,
             "score": round(next((b for lbl, b in ts.bonuses if lbl.startswith("listed by the reporter")), 0.0), 2)}]


def _apply_override(result: TagResult, report: Report, tax: Taxonomy, overrides: Mapping[str, Any] | None) -> None:
    """An editor's choice replaces the tags: front matter first, then the config's overrides."""
    chosen: list[str] | None = None
    origin = None
    if report.meta.get("ambitions_override") is not None:
        chosen = _as_list(report.meta.get("ambitions_override"))
        origin = "front matter 'ambitions_override'"
        fieldname = "ambitions_override"
    elif overrides:
        for key in (report.slug, report.source, report.source.rsplit("/", 1)[-1]):
            if key and key in overrides:
                chosen = _as_list(overrides[key])
                origin = f"perskamer.yaml 'tagging.overrides.{key}'"
                fieldname = f"tagging.overrides.{key}"
                break
    if chosen is None:
        return
    from_config = fieldname != "ambitions_override"  # front matter is checked by the validator
    ids = resolve_ids(chosen, tax, fieldname, result.warnings if from_config else [])
    if len(ids) > 3:
        result.warnings.append((f"an editor may choose at most 3 ambitions; kept {', '.join(ids[:3])}", fieldname,
                                "remove the least central ones"))
        ids = ids[:3]
    by_id = {ts.ambition.id: ts for ts in result.themes}
    result.override = ids
    result.override_from = origin
    result.tags = [
        AmbitionTag(
            id=aid,
            label=by_id[aid].ambition.label,
            score=round(by_id[aid].score, 3),
            evidence=[{"term": aid, "section": "front matter" if fieldname == "ambitions_override" else "config",
                       "text": f"chosen by the editor ({origin})", "count": 1, "score": 0.0}]
            + by_id[aid].evidence(),
            source="editor",
        )
        for aid in ids
    ]
