"""The cheap pre-check before the nickname-in-quotes search never rules out a match.

``person_positions._could_open_nickname`` runs at every capitalised word; the pattern it
guards runs only where it says yes. A property over text made of the pattern's own pieces
(naming verbs, pronouns, quotation marks, hyphens, spaces, other punctuation) shows it is a
necessary condition, and the nickname shapes still work in quotes.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from perskamer.plugins.anonymise.person_positions import _BEFORE_NICKNAME_RE, _could_open_nickname
from perskamer.plugins.anonymise.replace import anonymise_text
from perskamer.testing import word_in

PIECES = ["die", "hij", "heet", "noemen", "hem", "gewoon", "De", "Prof", "x", "'", '"', "‘", "“", "«", "’", " ", " ", "-",
          ",", ".", "\t", "\n", "2", "é"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40), st.data())
@example(["die", " ", "heet", " ", "'", "De", " ", "Prof"], None)
@example(["noemen", "\t", "'", "\n"], None)  # "$" matches before a newline ending the window (found by hypothesis)
def test_the_pre_check_is_a_necessary_condition(pieces: list[str], data) -> None:
    text = "".join(pieces)
    ends = range(len(text) + 1) if data is None else [data.draw(st.integers(0, len(text)))]
    for end in ends:
        found = _BEFORE_NICKNAME_RE.search(text, max(0, end - 80), end)
        if found is not None:
            assert _could_open_nickname(text, end), (text, end)


def test_nicknames_in_quotes_are_still_found() -> None:
    out = anonymise_text("Iedereen kent hem, die heet 'Kromme Zwaan' sinds het kamp.")
    assert not word_in("Zwaan", out), out
    assert not _could_open_nickname("Jan (Jan (Jan (", 10)
