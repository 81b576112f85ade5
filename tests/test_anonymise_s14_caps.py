"""Session 14's frozen cases for a quote in capitals (``anonymise_s14_caps_cases``, written before
the rule; s13-redteam's class 6): a listed first name that is also a word goes where only a name
stands, read from the folded words around it; the same words as words, acronyms, organisations and
places stay. Figures (names removed / look-alike items kept, case-insensitive as the scorer): main
254af34 3/24, 20/20; with the rule (``name_case.caps_person_slot``) 22/24, 20/20."""

from __future__ import annotations

import anonymise_s14_caps_cases as batch
import pytest

from perskamer.testing import word_in

PERSON_MISSES = {
    4: "a four-letter word no list knows reads as an acronym in capitals (UNIA, OKRA stay): not built",
}
# (12, "BEDANKT EOIN …": fixed in session 18 by person_lists' thanks frame -- a list after "bedankt" in a text
# in capitals reads no acronym)


@pytest.mark.parametrize(("quote", "names"), [
    pytest.param(q, n, marks=[pytest.mark.xfail(strict=True, reason=PERSON_MISSES[k])] if k in PERSON_MISSES else [])
    for k, (q, n) in enumerate(batch.PERSON)
])
def test_a_name_in_a_quote_in_capitals_goes(quote: str, names: list[str]) -> None:
    out = batch.run(quote)
    assert not [n for n in names if word_in(n, out, ignore_case=True)], out


@pytest.mark.parametrize(("quote", "items"), batch.KEEP)
def test_a_word_in_a_quote_in_capitals_stays(quote: str, items: list[str]) -> None:
    out = batch.run(quote)
    assert all(word_in(k, out, ignore_case=True) for k in items), out
