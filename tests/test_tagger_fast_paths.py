"""The tagger's fast paths answer like the plain code they replaced (hypothesis properties).

``Words`` finds its words and offsets with one split, and ``_Index.find`` visits only
the tokens that start a match (known per distinct word form, and per word pair for
patterns of more words). Both are compared with the plain walk over every token, on
texts made of the taxonomy's own pattern words (so that matches, near misses, compound
words and sentence ends meet), and odd characters.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from perskamer.plugins.tagger import engine, matcher_for
from perskamer.taxonomy import load_taxonomy

_MATCHER = matcher_for(load_taxonomy(None))
_INDEX = _MATCHER.index


def _patterns() -> list[str]:
    """Every pattern the matcher knows, as words without wildcards."""
    found = {" ".join(re.sub(r"[*?|()\[\]{}]", " ", item.term.pattern).split())
             for items in (_INDEX.by_exact, _INDEX.by_stem) for group in items.values() for item in group}
    return sorted(found)


_PHRASES = _patterns()
_WORDS = sorted({w for p in _PHRASES for w in p.split()})
_LONGER = [p for p in _PHRASES if " " in p]
_ODD = [".", "!", "?", "...", ".\"", "!)", "?»", ".]", "’.", " .", "\t", "\u00a0", "\n", "\n\n", ",", "-", "’t", "É", "zoë", "o\u0308", "ß", "İk", "2023",
        "_x", "👍", "ﬁets"]
# a pattern of more words, whole or cut by a sentence end or a comma after its first word
_PIECE = (st.sampled_from(_WORDS) | st.sampled_from(_ODD) | st.text(max_size=5) | st.sampled_from(_LONGER)
          | st.tuples(st.sampled_from(_LONGER), st.sampled_from([". ", "! ", ", ", "\n"])).map(
              lambda pc: pc[0].replace(" ", pc[1], 1)))
_TEXT = st.lists(_PIECE, max_size=40).map(
    lambda parts: " ".join(parts) if len(parts) % 2 else "".join(f"{p} " if p.isalnum() else p for p in parts))


def _plain_find(index: engine._Index, tokens: list[engine.Token]) -> list[tuple[engine._Compiled, int, int]]:
    """Every match by a walk over every token (the original code)."""
    norms, sents = [t.norm for t in tokens], [t.sent for t in tokens]
    out = []
    for i, norm in enumerate(norms):
        candidates = index._candidates(norm)
        if not candidates:
            if index.splitter is not None and len(norm) >= 8:
                out.extend((item, i, i + 1) for item in index._part_candidates(norm))
            continue
        for item in candidates:
            j = i + 1
            for word in item.words[1:]:
                if j >= len(norms) or sents[j] != sents[i] or not word.matches(norms[j], index.stem):
                    break
                j += 1
            else:
                out.append((item, i, j))
    return out


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_words_are_the_tokens(text: str) -> None:
    words = engine.Words(text)
    assert [words[i] for i in range(len(words))] == engine.tokenize(text)
    assert words.spans() == [(t.start, t.end) for t in engine.tokenize(text)]


@settings(max_examples=400, deadline=None)
@given(st.lists(_TEXT, min_size=1, max_size=4))
def test_find_as_the_walk_over_every_token(texts: list[str]) -> None:
    for text in texts:  # the later texts meet word forms and pairs the earlier ones made known
        tokens = engine.tokenize(text)
        assert _INDEX.find(engine.Words(text)) == _plain_find(_INDEX, tokens)
        assert _INDEX.find(tokens) == _plain_find(_INDEX, tokens)


def test_find_after_the_table_of_word_forms_is_renewed() -> None:
    text = "Het kwam niet aan bod: vrijwilligers en jeugdwerkers in de jeugdbeweging. Een nieuwe stem!"
    tokens = engine.tokenize(text)
    expected = _plain_find(_INDEX, tokens)
    _INDEX._starts = dict.fromkeys((f"w{i}" for i in range(200_001)), None)  # full: the next new word renews it
    assert _INDEX.find(engine.Words(text)) == expected
    assert len(_INDEX._starts) < 100


def test_the_word_pair_table_stays_bounded() -> None:
    text = "Het kwam niet aan bod: vrijwilligers en jeugdwerkers in de jeugdbeweging. Een nieuwe stem!"
    tokens = engine.tokenize(text)
    expected = _plain_find(_INDEX, tokens)
    _INDEX._pairs, _INDEX._pair_count = {}, 200_000  # full: the next new word pair renews it
    assert _INDEX.find(engine.Words(text)) == expected
    assert _INDEX._pair_count < 100
    assert sum(map(len, _INDEX._pairs.values())) == _INDEX._pair_count
    assert _INDEX.find(engine.Words(text)) == expected
