"""Session 14's cases for a first name in capitals as the label of one chat or note line after a
question line (``anonymise_s14_caps_label_cases``; written AFTER a first draft of the rule, see
its docstring): the label goes when its message is in the first person singular or speaks to
"you"; an organisation's, a body's or a label word's line stays (they say "we", or open a
quotation). Figures (names removed / look-alike items kept, case-insensitive): main 254af34 2/20,
20/20; the one-chat-line rule alone (labels in capitals left out) 2/20, 20/20; with
``detect._SINGULAR_RE`` for a label in capitals 20/20, 20/20."""

from __future__ import annotations

import anonymise_s14_caps_label_cases as batch
import pytest

from perskamer.testing import word_in


@pytest.mark.parametrize(("quote", "names"), batch.PERSON)
def test_a_first_name_in_capitals_labelling_one_line_goes(quote: str, names: list[str]) -> None:
    out = batch.run(quote)
    assert not [n for n in names if word_in(n, out, ignore_case=True)], out


@pytest.mark.parametrize(("quote", "items"), batch.KEEP)
def test_an_organisation_or_label_in_capitals_stays(quote: str, items: list[str]) -> None:
    out = batch.run(quote)
    assert all(word_in(k, out, ignore_case=True) for k in items), out
