"""The tokenizer's fast paths give the tokens of the plain code they replace.

``_tokenize`` splits with a letter class spelled out as ranges (a table lookup per
character instead of a category call) and builds the tokens with less work per word
(session 7, issue 11/13). Both are compared here with the plain version: the class on
every code point, the whole tokenizer on generated text with the characters that make
words special (apostrophes, hyphens, letters beyond U+FFFF, combining marks, digits,
sentence marks, initials). The golden test (test_anonymise_golden.py) checks the whole
anonymiser on every text we have.
"""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from perskamer.plugins.anonymise import detect

_PLAIN_LETTER_RE = re.compile(r"[^\W\d_]")


def test_the_letter_class_is_the_category_class_on_every_code_point() -> None:
    fast = re.compile(detect._LETTER)
    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        expected = _PLAIN_LETTER_RE.match(c) is not None
        # (beyond U+FFFF the class knows no letter: the tokenizer splits such texts the plain way)
        assert (fast.match(c) is not None) == (expected and cp <= 0xFFFF), hex(cp)


def test_the_marks_are_the_combining_marks_of_the_scripts_without_capitals() -> None:
    """``detect._MARKS`` (spelled out) holds exactly the combining marks of the blocks it names."""
    import unicodedata

    blocks = [(0x0590, 0x05FF), (0x0600, 0x06FF), (0x0900, 0x0DFF), (0x0E00, 0x0EFF), (0x0F00, 0x0FFF),
              (0x1000, 0x109F), (0x1780, 0x17FF)]
    marks = re.compile(f"[{detect._MARKS}]")
    for cp in range(0x10000):
        c = chr(cp)
        expected = any(a <= cp <= b for a, b in blocks) and unicodedata.category(c)[0] == "M"
        assert (marks.match(c) is not None) == expected, hex(cp)


def test_a_word_keeps_its_vowel_signs() -> None:
    """An Indic, Thai or pointed Hebrew word is one token, not its letters (session 14)."""
    for word in ("प्रिया", "கார்த்திக்", "สมชาย", "שָׁלוֹם", "مُحَمَّد"):
        assert [t.text for t in detect.tokenize(f"met {word} gepraat")] == ["met", word, "gepraat"]


def _plain_tokenize(text: str) -> tuple[list[tuple], list[str], list[int], list[int]]:
    """The tokenizer as it was before the fast paths (one match per word)."""
    toks: list[tuple] = []
    folded: list[str] = []
    caps: list[int] = []
    sents: list[int] = []
    prev_end, prev_short = 0, False
    for m in detect._WORD_RE.finditer(text):
        t = m.group(0)
        info = detect._word_info(t)
        if not toks:
            sent_start = True
        else:
            gap = text[prev_end : m.start()]
            sent_start = gap != " " and detect._gap_starts_sentence(gap, prev_short)
        if info[1] or info[2]:
            caps.append(len(toks))
        if sent_start:
            sents.append(len(toks))
        toks.append((m.start(), m.end(), t, info[0], info[1], info[2], bool(sent_start)))
        folded.append(info[0])
        prev_end, prev_short = m.end(), info[3]
    return toks, folded, caps, sents


_PIECES = st.sampled_from([
    " ", "  ", "\n", "\n\n", ". ", "! ", "? ", ": ", "; ", "…", " - ", "\n- ", "\n* ", "“", "”", "‘", "’", "'", "\"",
    "«", "»", "(", ")", "K.", "bv.", "Dr.", "St.", "J", "Jan", "jan", "JAN", "De", "van", "'s", "’s", "'t", "’t", "'k",
    "Anne-Sophie", "sint-niklaas", "d'Haese", "O’Neill", "é", "ë", "Zoë", "İ", "ı", "ſ", "K", "ﬁ", "Ａ", "ｔ",
    "\u0301", "a\u0301", "प्रिया", "ि", "्", "สมชาย", "ั", "²", "½", "_", "-", "–", "—", "1", "23", "١", "𝐀", "𝒳", "😀", "𐐀", "𐐨", "Ω", "я", "中",
])
_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=3)), max_size=30).map("".join)


@settings(max_examples=500, deadline=None)
@given(_TEXT)
def test_tokenize_gives_the_plain_tokens(text: str) -> None:
    toks, folded, caps, sents = detect._tokenize(text)
    plain = _plain_tokenize(text)
    assert [(t.start, t.end, t.text, t.folded, t.cap, t.allcaps, bool(t.sent_start)) for t in toks] == plain[0]
    assert (folded, caps, sents) == plain[1:]
    assert all(t.protected is None and t.score == 0.0 and t.rule == "" and t.key is None and not t.person
               for t in toks)


def test_tokenize_beyond_the_basic_plane() -> None:
    """A letter beyond U+FFFF is a letter (the plain split runs for such a text)."""
    text = "Hallo 𝐀𝐧𝐧𝐚 en 𐐀𐐨 zeiden het."
    assert [t.text for t in detect._tokenize(text)[0]] == [t[2] for t in _plain_tokenize(text)[0]]
    assert "𝐀𝐧𝐧𝐚" in [t.text for t in detect._tokenize(text)[0]]


def _plain_parts(words: set[str]) -> set[str]:
    """_may_hold's word set as it was built before (a loop over the words)."""
    out = set(words)
    for f in [f for f in words if "'" in f or "-" in f]:
        out.update(f.replace("'", "-").split("-"))
    return out


_WORDS = st.sets(st.text(alphabet="ab'-’é", max_size=6), max_size=8)


@settings(max_examples=400, deadline=None)
@given(_WORDS, st.booleans())
def test_may_hold_splits_words_as_before(words: set[str], hit: bool) -> None:
    """The idiom pre-check gives the same answer as with the plain loop over the words."""
    parts = sorted(_plain_parts(words) - {""}) or ["a"]
    phrases = ((parts[0], tuple(parts[1:3])),) if hit else (("zz", ("a",)),)
    text = " ".join(sorted(words))
    plain = any(first in _plain_parts(words) and all(w in _plain_parts(words) for w in rest) for first, rest in phrases)
    detect._BY_FIRST[:] = [None, None]
    assert detect._may_hold(text, sorted(words), phrases, set(words)) == plain


_PLATFORM_PIECES = st.sampled_from([
    "insta", "INSTA", "Instagram", "ig", "IG", "snap", "snapchat", "tiktok", "TİKTOK", "tiKtok", "youtube", "twitch",
    "nodig", "bezig", ":", "=", " ", "\t", "\n", "-", "'", "’", "x", "é", "_", "3", "@", "jan_p", "mila.vdb", "ı", "ſ",
    "K", "\u0301",
])
_PLATFORM_TEXT = st.lists(st.one_of(_PLATFORM_PIECES, st.text(max_size=2)), max_size=16).map("".join)


@settings(max_examples=500, deadline=None)
@given(_PLATFORM_TEXT)
def test_platform_pre_check_never_skips_a_handle(text: str) -> None:
    """Where the handle pattern finds a platform handle, the word-set test says so."""
    if detect.PLATFORM_HANDLE_RE.search(text):
        assert detect._platform_named(text, text.lower(), set(detect._tokenize(text)[1]))


def test_platform_pre_check_sees_handles() -> None:
    """(the property above is not vacuous; and "nodig " no longer passes it)"""
    for text in ("insta: jan_p", "volg me op INSTA jan_p", "mijn x-insta: mila.vdb", "TİKTOK: jan_p", "snapchat=x"):
        assert detect.PLATFORM_HANDLE_RE.search(text)
        assert detect._platform_named(text, text.lower(), set(detect._tokenize(text)[1]))
    text = "Het was nodig en we waren bezig: niets meer."
    assert not detect._platform_named(text, text.lower(), set(detect._tokenize(text)[1]))
