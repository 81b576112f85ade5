"""Recognise the six questions of the report form, however they are written.

Every candidate line (or run of lines) is scored against each question by keyword
overlap: how much of the candidate is made of that question's words (the full
question as printed on the form, plus the short labels reporters use), and whether
it contains at least one of the question's key words. Nothing here knows a
particular report; the vocabulary comes from the form itself.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import ClassVar

from .text import fold, tokens

#: The questions as printed on the form, by section id (form order).
FORM_QUESTIONS: dict[str, str] = {
    "summary": "Wat er is gebeurd in de sessie? Wat hebben jullie gedaan/gehoord/beleefd? Omschrijf in 5 a 10 zinnen",
    "ambitions": (
        "Op welke manier kwamen de ambities aan bod? Hoe maakt de organisatie die aan het woord kwam één van "
        "de ambities bijvoorbeeld vandaag al waar? Of wat is er volgens de sprekers nodig om deze ambitie(s) "
        "waar te kunnen maken?"
    ),
    "quotes": "Interessante quote(s) uit de sessie",
    "surprise": "Wat heeft jou verrast? Wat onthoud je?",
    "questions": "Waar kwamen veel vragen/reacties over?",
    "photo": "Sfeerbeeld van de sessie – foto (of schets)",
}

#: Key words: a heading must contain at least one (weight >= 1) of its question.
KEYWORDS: dict[str, dict[str, float]] = {
    "summary": {
        "gebeurd": 2, "gebeurde": 2, "gebeurt": 2, "gedaan": 1, "gehoord": 1, "beleefd": 1.5,
        "omschrijf": 1, "omschrijving": 1, "samenvatting": 2, "verloop": 2, "inhoud": 1,
        "beschrijving": 1, "verslag": 0.5, "zinnen": 0.5, "verliep": 1, "workshop": 0.5, "kort": 0.3,
        "samengevat": 1, "activiteiten": 0.3,
    },
    "ambitions": {"ambitie": 2, "ambities": 2, "ambitions": 2, "thema": 1, "themas": 1, "bod": 0.5, "congres": 0.3},
    "quotes": {
        "quote": 2, "quotes": 2, "citaat": 2, "citaten": 2, "uitspraak": 2, "uitspraken": 2,
        "oneliner": 1, "oneliners": 1, "opvallende": 0.5, "mooiste": 0.5, "letterlijk": 0.5,
    },
    "surprise": {
        "verrast": 2, "verraste": 2, "verrassend": 2, "verrassing": 2, "verrassingen": 2,
        "onthoud": 2, "onthouden": 2, "opgevallen": 1.5, "bijgebleven": 1.5, "geleerd": 1,
        "leerde": 1, "learnings": 1, "takeaways": 1, "inzichten": 1,
    },
    "questions": {
        "vragen": 2, "vraag": 1.5, "reacties": 2, "reactie": 2, "discussie": 1.5,
        "discussies": 1.5, "debat": 1, "gesprek": 0.5, "zaal": 0.3, "publiek": 0.3, "deelnemers": 0.3,
        "gesteld": 0.3, "besproken": 0.5, "vragenronde": 2,
    },
    "photo": {
        "sfeerbeeld": 2, "sfeerbeelden": 2, "foto": 2, "fotos": 2, "schets": 1.5,
        "tekening": 1, "afbeelding": 1, "beeld": 1, "illustratie": 1,
    },
}

#: Words with too little meaning to count either way.
STOPWORDS: frozenset[str] = frozenset(
    """
    de het een en of van in op te ter ten aan om over uit met voor door bij naar tot als dan
    wat waar wie hoe welke welk waarom wanneer er is zijn was waren wordt werd worden zijn
    je jij jou jouw jullie u uw we wij ons onze ik me mij mijn hij zij ze hen hun die dat deze dit
    heeft hebben heb had hadden kan kon kunnen zal zou mag moet al nog ook niet wel
    tijdens na bij tot jullie jouw zelf even
    the of and what a
    """.split()
)


@dataclass(frozen=True)
class QuestionMatch:
    """A candidate heading and how well it matches a question."""

    section: str
    score: float
    keyword_weight: float
    recall: float


@functools.lru_cache(maxsize=65536)
def _stem(token: str) -> str:
    for suffix in ("'s", "en", "es", "s", "e", "n"):
        if len(token) - len(suffix) >= 4 and token.endswith(suffix):
            return token[: -len(suffix)]
    return token


def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    if _stem(a) == _stem(b):
        return True
    # Shared prefix of six letters or more: verrast ~ verrassing, onthoud ~ onthouden.
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n >= 6 and min(len(a), len(b)) >= 6


def content_tokens(text: str) -> list[str]:
    """Tokens that carry meaning: no stop words, no single letters."""
    return list(_content_tokens(text))


@functools.lru_cache(maxsize=8192)
def _content_tokens(text: str) -> tuple[str, ...]:
    return tuple(t for t in tokens(text) if t not in STOPWORDS and len(t) > 1 or t.isdigit())


def _index_by(words: Iterable[str], key: Callable[[str], str]) -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for w in words:
        index.setdefault(key(w), []).append(w)
    return index


class _Vocab:
    """The words of one question, with a per-token cache of what each token matches."""

    _MAX_CACHE: ClassVar[int] = 100_000

    def __init__(self, section: str):
        self.section = section
        self.question_tokens = list(dict.fromkeys(content_tokens(FORM_QUESTIONS[section])))
        self.keywords = KEYWORDS[section]
        self.words = set(self.question_tokens) | set(self.keywords)
        self._cache: dict[str, tuple[bool, str | None, frozenset[str]]] = {}
        # What _same_word compares, as indexes: the stem, and the first six letters of
        # words of six letters or more.
        self._kw_order = {kw: n for n, kw in enumerate(self.keywords)}
        self._kw_by_stem = _index_by(self.keywords, _stem)
        self._kw_by_prefix = _index_by((k for k in self.keywords if len(k) >= 6), lambda w: w[:6])
        self._q_by_stem = _index_by(self.question_tokens, _stem)
        self._q_by_prefix = _index_by((q for q in self.question_tokens if len(q) >= 6), lambda w: w[:6])

    def _same_words(self, token: str, by_stem: dict[str, list[str]], by_prefix: dict[str, list[str]]) -> list[str]:
        """The words of an index that :func:`_same_word` pairs with ``token``."""
        found = list(by_stem.get(_stem(token), ()))
        if len(token) >= 6:
            found += by_prefix.get(token[:6], ())
        return found

    def info(self, token: str) -> tuple[bool, str | None, frozenset[str]]:
        """(in the vocabulary, the keyword it matches, the question words it matches)."""
        hit = self._cache.get(token)
        if hit is None:
            # the first keyword (in dict order) that is the same word
            kws = self._same_words(token, self._kw_by_stem, self._kw_by_prefix)
            keyword = min(kws, key=self._kw_order.__getitem__) if kws else None
            qwords = frozenset(self._same_words(token, self._q_by_stem, self._q_by_prefix))
            in_vocab = keyword is not None or bool(qwords) or token in self.words
            hit = (in_vocab, keyword, qwords)
            if len(self._cache) > self._MAX_CACHE:
                self._cache.clear()
            self._cache[token] = hit
        return hit

    def has(self, token: str) -> bool:
        return self.info(token)[0]

    def has_whole(self, token: str) -> bool:
        """``token`` is one of the question's words or key words, or the same stem (not
        only the same first six letters: "UITSPR" is a cut-off word, not "uitspraak")."""
        stem = _stem(token)
        return token in self.words or stem in self._kw_by_stem or stem in self._q_by_stem

    def keyword_weight(self, toks: list[str]) -> float:
        seen = {kw for kw in (self.info(t)[1] for t in toks) if kw}
        return sum(self.keywords[kw] for kw in seen)

    def recall(self, toks: list[str]) -> float:
        matched: set[str] = set()
        for t in toks:
            matched |= self.info(t)[2]
        return len(matched) / max(1, len(self.question_tokens))


_VOCABS: dict[str, _Vocab] = {}


def _vocab(section: str) -> _Vocab:
    v = _VOCABS.get(section)
    if v is None:
        v = _VOCABS[section] = _Vocab(section)
    return v


_NUMBERING_RE = re.compile(
    r"^\s*(?:(?:vraag|question|deel|stap)\s*\d+\s*[:.)-]?|\(?\d{1,2}[.)]|\d{1,2}(?=\s+[A-ZÀ-Ý])|\(?[a-fA-F][.)]|"
    r"[-•*·▪◦►»>#]+)\s*",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=16384)
def strip_numbering(text: str) -> str:
    """``"2. Ambities"`` -> ``"Ambities"``; ``"Vraag 3: Quotes"`` -> ``"Quotes"``."""
    return _NUMBERING_RE.sub("", text, count=1).strip()


def score_question(text: str, section: str, *, heading: bool = False) -> QuestionMatch:
    """How well ``text`` reads as the form question of ``section`` (0 = not at all)."""
    vocab = _vocab(section)
    text = strip_numbering(text)
    toks = content_tokens(text)
    if not toks:
        return QuestionMatch(section, 0.0, 0.0, 0.0)
    weight = vocab.keyword_weight(toks)
    if weight < 1 or (len(toks) == 1 and not vocab.has_whole(toks[0])):
        return QuestionMatch(section, 0.0, weight, 0.0)
    matched = sum(1 for t in toks if vocab.has(t))
    containment = matched / len(toks)
    recall = vocab.recall(toks)
    score = 0.8 * containment + 0.2 * min(1.0, recall) + 0.05 * min(weight, 4) / 4
    stripped = text.rstrip()
    if stripped.endswith(("?", ":")):
        score += 0.05
    elif stripped.endswith((".", "!")) and (len(tokens(text)) >= 3 if not heading else matched < len(toks)):
        # reads like a sentence of the answer ("Ze vragen door."); in bold (or as a heading)
        # only when it holds a word the question does not know: "**De kinderen vragen.**"
        score -= 0.3
    if len(toks) > 45:
        score -= 0.3
    if heading:
        score += 0.15
    return QuestionMatch(section, round(score, 4), weight, recall)


#: Per token: the (section, keyword, weight) triples it matches (see :meth:`_Vocab.info`).
_TOKEN_KEYWORDS: dict[str, tuple[tuple[str, str, float], ...]] = {}


def _token_keywords(token: str) -> tuple[tuple[str, str, float], ...]:
    got = _TOKEN_KEYWORDS.get(token)
    if got is None:
        found = []
        for section in FORM_QUESTIONS:
            vocab = _vocab(section)
            keyword = vocab.info(token)[1]
            if keyword:
                found.append((section, keyword, vocab.keywords[keyword]))
        got = tuple(found)
        if len(_TOKEN_KEYWORDS) > _Vocab._MAX_CACHE:
            _TOKEN_KEYWORDS.clear()
        _TOKEN_KEYWORDS[token] = got
    return got


@functools.lru_cache(maxsize=16384)
def _keyword_sections(text: str) -> tuple[str, ...]:
    """The sections whose key words weigh (about) 1 or more in ``text``, in form order.

    :func:`score_question` gives 0 to every other section, so only these need scoring.
    The bound is a little below 1 so that the order of a float sum cannot matter.
    """
    weights: dict[str, float] = {}
    seen: set[tuple[str, str]] = set()
    for t in content_tokens(strip_numbering(text)):
        for section, keyword, weight in _token_keywords(t):
            if (section, keyword) not in seen:
                seen.add((section, keyword))
                weights[section] = weights.get(section, 0.0) + weight
    if not weights:
        return ()
    return tuple(s for s in FORM_QUESTIONS if weights.get(s, 0.0) >= 0.999)


@functools.lru_cache(maxsize=16384)
def _has_keyword(line: str) -> bool:
    return any(_token_keywords(t) for t in content_tokens(line))


def joined_may_match(lines: list[str]) -> bool:
    """False when ``" ".join(lines)`` cannot match a question (:func:`best_question`
    gives None): no line holds a key word, and nothing is numbered at the start.

    Folding and tokenising work word by word, so the words of the joined text are
    the words of the lines; only a stripped numbering could change the first one.
    """
    return any(_has_keyword(line) for line in lines) or _NUMBERING_RE.match(" ".join(lines)) is not None


def best_question(text: str, *, heading: bool = False) -> QuestionMatch | None:
    """The question ``text`` matches best, or ``None`` when it matches none well enough."""
    if len(text) > 400:
        return None
    return _best_question(text, heading)


@functools.lru_cache(maxsize=16384)
def _best_question(text: str, heading: bool) -> QuestionMatch | None:
    best: QuestionMatch | None = None
    for section in _keyword_sections(text):
        m = score_question(text, section, heading=heading)
        if m.score > 0 and (best is None or m.score > best.score):
            best = m
    threshold = 0.55 if heading else 0.7
    if best is None or best.score < threshold:
        return None
    return best


def continues_question(text: str, section: str) -> bool:
    """Whether ``text`` (a following line) is still part of the ``section`` question."""
    vocab = _vocab(section)
    toks = content_tokens(strip_numbering(text))
    if not toks:
        # only stop words ("waar te kunnen maken?") or punctuation
        words = tokens(text)
        return 0 < len(words) <= 8 and len(text) < 80
    matched = sum(1 for t in toks if vocab.has(t))
    return matched / len(toks) >= 0.75 and len(toks) <= 30


#: Per token: whether it is in the vocabulary of some question (:meth:`_Vocab.has` of any section).
_IN_SOME_VOCAB: dict[str, bool] = {}


def _in_some_vocab(token: str) -> bool:
    found = _IN_SOME_VOCAB.get(token)
    if found is None:
        if len(_IN_SOME_VOCAB) > _Vocab._MAX_CACHE:
            _IN_SOME_VOCAB.clear()
        found = _IN_SOME_VOCAB[token] = any(_vocab(section).has(token) for section in FORM_QUESTIONS)
    return found


@functools.lru_cache(maxsize=16384)
def may_continue_question(text: str) -> bool:
    """False only when :func:`continues_question` is false for ``text`` and every section.

    The same test with the words of all questions at once: a token of a question's
    vocabulary is in the union, so a line whose tokens are not three quarters in the
    union is not three quarters in any one question's. A line that holds no content
    token is judged as :func:`continues_question` judges it (the section plays no part).
    """
    toks = content_tokens(strip_numbering(text))
    if not toks:
        words = tokens(text)
        return 0 < len(words) <= 8 and len(text) < 80
    if len(toks) > 30:
        return False
    return sum(1 for t in toks if _in_some_vocab(t)) / len(toks) >= 0.75


_LABEL_SPLIT_RE = re.compile(r"^(.{2,90}?[?:])\s+(\S.*)$")


@functools.lru_cache(maxsize=16384)
def split_label(text: str) -> tuple[QuestionMatch, str, str] | None:
    """Split ``"Verrast? Hoe weinig ik wist..."`` into the label and the answer after it.

    Only a short, strong label before the first ``?`` or ``:`` counts, and only when
    the rest is not itself more of the same question.
    """
    m = _LABEL_SPLIT_RE.match(text)
    if not m:
        return None
    label, rest = m.group(1), m.group(2)
    if len(content_tokens(label)) > 6:
        return None
    match = best_question(label)
    if match is None or match.keyword_weight < 1.5:
        return None
    if continues_question(rest, match.section) or best_question(rest) is not None:
        return None
    return QuestionMatch(match.section, match.score - 0.1, match.keyword_weight, match.recall), label, rest


@functools.lru_cache(maxsize=16384)
def is_form_word(token: str) -> bool:
    """``token`` (folded) is a word of some form question, a key word or a stop word: it
    may vanish with a question line. Any other word on a question line is the reporter's."""
    return token in STOPWORDS or token.isdigit() or len(token) == 1 or any(
        _vocab(section).has_whole(token) for section in FORM_QUESTIONS)


def question_words(section: str) -> set[str]:
    """The folded words of a question (for tests and diagnostics)."""
    return set(fold(w) for w in _vocab(section).words)
