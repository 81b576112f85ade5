"""The anonymiser's fast paths give the answer of the plain code they replace.

Speed work (bench/bench_stages.py, bench/bench_anonymise.py) put cheap tests in front of
slow ones; each is compared here with the plain version on generated text, including
the characters that make case-insensitive matching and folding special (İ ı ſ K, combining
marks, ligatures, full-width forms). The golden test (test_anonymise_golden.py) checks
the whole output on every text we have.
"""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from perskamer.fold import fold
from perskamer.plugins.anonymise import detect

# text that holds the words and characters the patterns look for
_PIECES = st.sampled_from([
    "at", "AT", "At", " at ", "(at)", "[ AT ]", "<at>", "apenstaartje", "APENſTAARTJE", "dat", "wat", "staat",
    "insta", "INSTA:", "instagram ", "ig ", "IG=", "snapchat:", "tiktok ", "TİKTOK ", "tiKtok\t", "youtube:",
    "jan.peeters", "gmail", " punt ", " dot ", "com", ".be", "@", "İ", "ı", "ſ", "K", "é", "\u0301", "\n", " ", ":",
    "=", "x", "Z", "_", "-", "'", "ﬁ", "Ａ", "ｔ",
])
_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=3)), max_size=25).map("".join)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_could_match_answers_as_the_case_insensitive_pattern(text: str) -> None:
    pair = detect._PLATFORM_BEFORE_RE
    assert detect._could_match(pair, text, text.lower()) == (pair[1].search(text) is not None)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_pre_checks_never_skip_a_contact(text: str) -> None:
    """Where the slow pattern finds an address or a platform handle, the cheap test says so."""
    if detect.OBFUSCATED_EMAIL_RE.search(text) and "@" not in text:
        folded = detect._tokenize(text)[1]
        assert "at" in folded or "apenstaartje" in folded
    if detect.PLATFORM_HANDLE_RE.search(text):
        assert detect._could_match(detect._PLATFORM_BEFORE_RE, text, text.lower())


def test_the_pre_checks_see_obfuscated_contacts() -> None:
    """(the property above is not vacuous: these hit the slow patterns)"""
    for text in ("mail jan.peeters (at) gmail punt com", "robbe APENſTAARTJE hotmail.com", "x [AT] y dot be"):
        assert detect.OBFUSCATED_EMAIL_RE.search(text)
        assert "at" in detect._tokenize(text)[1] or "apenstaartje" in detect._tokenize(text)[1]
    assert detect.PLATFORM_HANDLE_RE.search("TİKTOK: jan_p")
    assert detect._could_match(detect._PLATFORM_BEFORE_RE, "TİKTOK: jan_p", "TİKTOK: jan_p".lower())


def _plain_fold(text: str) -> str:
    """fold as it was written before (one test per character)."""
    if text.isascii():
        return text.replace("`", "'").casefold()
    text = text.replace("’", "'").replace("‘", "'").replace("`", "'").replace("ı", "i").replace("İ", "I")
    text = text.replace("ł", "l").replace("Ł", "L")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@settings(max_examples=400, deadline=None)
@given(st.one_of(_TEXT, st.text(max_size=40)))
def test_fold_is_the_plain_fold(text: str) -> None:
    assert fold.__wrapped__(text) == _plain_fold(text)


def test_fold_of_every_kind_of_mark() -> None:
    marks = "".join(chr(c) for c in range(0x300, 0x370)) + "\u0e31\u20d0\ufe20"
    for word in ("Zoë", "Çelik", "Ştefan", "Łukasz", "İlayda", "ﬁliz", "Ｊａｎ", "é" + marks, "Å" + marks[::-1]):
        assert fold.__wrapped__(word) == _plain_fold(word)
    assert re.fullmatch(r"[a-z]+", fold("Ştefan"))


_WORDS = st.sampled_from(["jan", "peeters", "zei", "dat", "het", "kamp", "leuk", "jan's", "a", "é", "ß", "_x"])
_SEPS = st.sampled_from([" ", ", ", ". ", "-", "'", "\n", "(", ")", ""])
_PHRASE = st.lists(st.tuples(_WORDS, _SEPS), max_size=8).map(lambda xs: "".join(w + s for w, s in xs))


@settings(max_examples=300, deadline=None)
@given(_PHRASE, st.lists(_PHRASE, max_size=40))
def test_guard_substring_test_is_plain_substring(text: str, needles: list[str]) -> None:
    """The guard's haystack answers like ``in`` before and after it makes its word set."""
    from perskamer.plugins.anonymise.guard import _Text

    haystack = _Text(text)
    for needle in needles + needles:  # (past PLAIN_TESTS: the word-set path too)
        assert (needle in haystack) == (needle in text)


# -- the leak guard's own fast paths --------------------------------------------------------

_GUARD_PIECES = st.sampled_from([
    "jan", "Jan", "JAN", "peeters", "d'hondt", "D’Hondt", "van", "é", "ß", "ẞ", "İ", "ı", "ſ", "K", "_", "-", "'", "’",
    " ", "\n", "\\", '\\"', "\\n", "\\u00e9", "\\u0041", "\\u003c", "\\ud83d\\ude02", "\\uD83D", "\\ude02", "😂", "<p>", "</em>", "<a href=\"x\">", "&amp;", "&quot;",
    "&#39;", "&nbsp;", "\u00a0", "…", "“", "”", "«", "»", "\u00ad", "ﬁ", "Ｊａｎ", "-\n", "0", "1",
])
_GUARD_TEXT = st.lists(st.one_of(_GUARD_PIECES, st.text(max_size=3)), max_size=30).map("".join)


def _plain_bounded_re(literal: str, flags: int = 0) -> re.Pattern[str]:
    """The guard's word patterns as they were written first: look-behind, literal, look-ahead."""
    return re.compile(r"(?<![\w])" + re.escape(literal) + r"(?![\w])", flags)


@settings(max_examples=500, deadline=None)
@given(_GUARD_TEXT, st.one_of(_GUARD_PIECES, _GUARD_TEXT), st.sampled_from([0, re.IGNORECASE]))
def test_guard_bounded_word_pattern_is_the_plain_one(text: str, literal: str, flags: int) -> None:
    """A word pattern written literal-first (a fast scan) matches exactly where the plain one does."""
    from perskamer.plugins.anonymise.guard import _bounded_re

    for haystack in (text, literal + text + literal, text + " " + literal):
        assert [m.span() for m in _bounded_re(literal, flags).finditer(haystack)] == [
            m.span() for m in _plain_bounded_re(literal, flags).finditer(haystack)]


def _plain_artefact_text(text: str, casefold: bool = True) -> str:
    """The guard's artefact text as it was written first: every step on every text."""
    import html

    from perskamer.plugins.anonymise.anonymiser import normalise
    from perskamer.plugins.anonymise.guard import _HYPHENATED_RE, _TAG_RE, _UESC_RE, _unescape_json
    from perskamer.plugins.anonymise.normalise import normalise_text

    if "\\u" in text:
        text = _UESC_RE.sub(_unescape_json, text)
    text = text.replace('\\"', '"').replace("\\n", " ")
    text = _TAG_RE.sub(" ", text)
    text = normalise_text(html.unescape(text))
    text = _HYPHENATED_RE.sub(r"\1\2", text)
    return normalise(text, casefold=casefold)


@settings(max_examples=500, deadline=None)
@given(_GUARD_TEXT)
def test_guard_artefact_text_is_the_plain_one(text: str) -> None:
    from perskamer.plugins.anonymise.guard import artefact_text

    for casefold in (True, False):
        assert artefact_text(text, casefold) == _plain_artefact_text(text, casefold)
    assert artefact_text(text) == artefact_text(text, casefold=False).casefold()


@settings(max_examples=300, deadline=None)
@given(_GUARD_TEXT, st.lists(st.one_of(_GUARD_PIECES, _GUARD_TEXT), max_size=30))
def test_guard_word_filter_never_rules_out_a_bounded_match(text: str, words: list[str]) -> None:
    """``may_have_words`` is only a filter: whenever the bounded search finds a word, it says
    maybe (before and after the word set is made), and it agrees with ``has_words`` once made."""
    from perskamer.plugins.anonymise.anonymiser import normalise
    from perskamer.plugins.anonymise.guard import _WORD, _Text, _word_re

    haystack = _Text(normalise(text))
    for word in words + words:
        parts = _WORD.findall(normalise(word))
        maybe = haystack.may_have_words(parts)
        if _word_re(word).search(haystack.text):
            assert maybe
        if haystack._words is not None:
            assert maybe == haystack.has_words(parts)
