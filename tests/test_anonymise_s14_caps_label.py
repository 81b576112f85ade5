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


#: KEEP indexes whose policy session 17 changed (s17-names, docs/anonymisation.md "One word in capitals as a
#: line's label"): one word in capitals that no list knows, opening a line before a colon, is the speaker's label
#: whatever its voice ("we"/"onze" is a person's too in the informed sets) -- "TRAMPOLIJN: “Onze zaal ...”" goes.
KEEP_POLICY_S17 = {13}


@pytest.mark.parametrize(("quote", "items"), [kv for i, kv in enumerate(batch.KEEP) if i not in KEEP_POLICY_S17])
def test_an_organisation_or_label_in_capitals_stays(quote: str, items: list[str]) -> None:
    out = batch.run(quote)
    assert all(word_in(k, out, ignore_case=True) for k in items), out


@pytest.mark.parametrize(("quote", "items"), [kv for i, kv in enumerate(batch.KEEP) if i in KEEP_POLICY_S17])
def test_one_unknown_word_in_capitals_labelling_a_line_goes_since_session_17(quote: str, items: list[str]) -> None:
    out = batch.run(quote)
    assert not any(word_in(k, out, ignore_case=True) for k in items), out
