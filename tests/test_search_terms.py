"""A fragment's term counts, counted token by token, are what counting word by word gives.

``search_text.term_counts`` splits the text at white space and works out each distinct
token's terms once; the index and the browser define a word as a run of letters and
digits (``words``). The two agree because no white space is a letter or digit (checked
over all of Unicode) and a letter or digit is exactly what ``[^\\W_]`` matches; the
properties compare the counts -- and the order of the terms, which the index files keep --
with the word-by-word count on generated text and on every corpus report.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from perskamer.plugins.output_html import search_text


def _by_word(text: str) -> dict[str, int]:
    """The reference: every word of ``text`` (``words``), each of its terms counted."""
    counts: dict[str, int] = {}
    for word, n in Counter(search_text.words(text)).items():
        if len(word) >= search_text.MIN_WORD:
            for term in search_text.terms_of(word):
                counts[term] = counts.get(term, 0) + n
    return counts


def test_no_white_space_is_a_letter_or_digit_and_words_are_letters_and_digits():
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        assert not (ch.isspace() and ch.isalnum()), hex(code)
        assert bool(search_text._WORD_RE.fullmatch(ch)) == ch.isalnum(), hex(code)


_PIECES = st.sampled_from([
    "jongeren", "Jongeren", "kindjes", "huizen", "verslagen", "a", "é", "e\u0301", "ﬁets", "ß", "İstanbul", "ΟΔΟΣ", "Σ",
    "2023", "٣", "²", "½", "_", "-", "'", "’", ",", ".", "!", "(", ")", "/", "&", "…", "“", "🙂",
    " ", "  ", "\n", "\t", "\u00a0", "\u2000", "\u2003", "\u3000", "\u1680", "\x1c", "\x85", "\u200b",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=40))
def test_terms_counted_by_token_are_counted_by_word(pieces):
    text = "".join(pieces)
    found = search_text.term_counts(text)
    assert list(found.items()) == list(_by_word(text).items())
    assert list(search_text.term_counts(text).items()) == list(found.items())  # the tokens' terms remembered


def test_every_corpus_report_counts_as_by_word():
    corpus = Path(__file__).parent / "fixtures" / "corpus"
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.iterdir()) if p.suffix in {".md", ".txt"}]
    assert len(texts) > 10
    for text in texts:
        assert list(search_text.term_counts(text).items()) == list(_by_word(text).items())


def test_a_token_of_several_words_counts_each_and_short_words_not():
    counts = search_text.term_counts("kamp-kamp x/y 2023/2024 kamp_leiding")
    assert counts[search_text.terms_of("kamp")[0]] == 3  # an underscore is no letter: kamp_leiding is two words
    assert counts["2023"] == 1 and counts["2024"] == 1
    assert "x" not in counts and "y" not in counts
    assert search_text.terms_of("leiding")[0] in counts
