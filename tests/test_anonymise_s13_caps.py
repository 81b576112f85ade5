"""Session 13's cases for the names in capitals and the credits session 12 left
(``anonymise_s13_caps_cases``; written after a first draft of the rules, see its docstring): a
double-barrelled surname in capitals after a first name, a credit line opened by a first name
and a surname in capitals, a surname of a capitalised particle and a noun after a credit's verb.
Known misses are strict xfails with their reason.

Figures (names removed / look-alike items kept), main fa9ab21 -> after the rules: hyphenated
surname 0/30 -> 30/30; credit line in capitals 11/30 -> 30/30; look-alikes 20/20 -> 20/20;
credit verb + particle + noun 7/15 -> 10/15, its look-alikes 13/15 -> 13/15.
"""

from __future__ import annotations

import anonymise_s13_caps_cases as batch
import pytest
from anonymise_s12_recall_cases import names_left

from perskamer.testing import word_in

_KEEP_SHAPE = ("'De <noun>' that is no listed surname has a venue's shape ('De <X>' kept, as 'De Kompaan') "
               "and the keep protection wins over the credit's verb (before session 13 too)")
#: PARTICLE index -> reason
PARTICLE_MISSES = {1: _KEEP_SHAPE, 3: _KEEP_SHAPE, 5: _KEEP_SHAPE, 11: _KEEP_SHAPE, 12: _KEEP_SHAPE}
_THING = "a capitalised 'De <X>' opening a sentence or after a copula reads as a person (before session 13 too)"
PARTICLE_KEEP_MISSES = {7: _THING, 10: _THING}


@pytest.mark.parametrize(("text", "names"), batch.HYPHEN + batch.CREDIT)
def test_the_name_in_capitals_goes(text: str, names: list[str]) -> None:
    out = batch._run(text)
    assert not [n for n in names if word_in(n, out)], out


#: KEEP indexes whose policy session 17 changed (s17-names, docs/anonymisation.md "One word in capitals as a
#: line's label"): one word in capitals that no list knows, opening a line before a colon, is the speaker's label
#: -- as the reader takes it in a full report -- and goes; "TRAMPOLINO (Brussel):" (a town in brackets) stays.
KEEP_POLICY_S17 = {1}


@pytest.mark.parametrize(("text", "items"), [kv for i, kv in enumerate(batch.KEEP) if i not in KEEP_POLICY_S17])
def test_the_capitals_that_are_no_name_stay(text: str, items: list[str]) -> None:
    out = batch._run(text)
    assert all(word_in(k, out) for k in items), out


@pytest.mark.parametrize(("text", "items"), [kv for i, kv in enumerate(batch.KEEP) if i in KEEP_POLICY_S17])
def test_one_unknown_word_in_capitals_labelling_a_line_goes_since_session_17(text: str, items: list[str]) -> None:
    out = batch._run(text)
    assert not any(word_in(k, out) for k in items), out


@pytest.mark.parametrize(("text", "names"), [
    pytest.param(t, n, marks=[pytest.mark.xfail(strict=True, reason=PARTICLE_MISSES[i])] if i in PARTICLE_MISSES else [])
    for i, (t, n) in enumerate(batch.PARTICLE)
])
def test_the_surname_after_a_credit_verb_and_a_particle_goes(text: str, names: list[str]) -> None:
    assert not names_left(text, names, "report")


@pytest.mark.parametrize(("text", "items"), [
    pytest.param(t, k, marks=[pytest.mark.xfail(strict=True, reason=PARTICLE_KEEP_MISSES[i])]
                 if i in PARTICLE_KEEP_MISSES else [])
    for i, (t, k) in enumerate(batch.PARTICLE_KEEP)
])
def test_the_particle_look_alike_stays(text: str, items: list[str]) -> None:
    out = batch._run(text)
    assert all(word_in(k, out) for k in items), out
