"""Session 13's frozen cases for a quotation in the photo's caption wrapped over a line
(``anonymise_s13_caption_cases``, written before the rule; set S's class, informed): the names go,
the organisations and places stay. Figures (names removed / look-alike items kept): main fa9ab21
0/23, 18/18; after the rule 23/23, 17/18 (the one lost is lost on one line too).
"""

from __future__ import annotations

import anonymise_s13_caption_cases as batch
import pytest

from perskamer.testing import word_in

KEEP_MISSES = {10: "'<Trade noun> De <surname-word>' in a quotation reads as a person on one line too (before session 13)"}


@pytest.mark.parametrize(("caption", "names"), batch.PERSON)
def test_a_name_in_a_wrapped_caption_quotation_goes(caption: str, names: list[str]) -> None:
    out = batch.run(caption)
    assert not [n for n in names if word_in(n, out)], out


@pytest.mark.parametrize(("caption", "items"), [
    pytest.param(c, i, marks=[pytest.mark.xfail(strict=True, reason=KEEP_MISSES[k])] if k in KEEP_MISSES else [])
    for k, (c, i) in enumerate(batch.KEEP)
])
def test_a_thing_in_a_wrapped_caption_quotation_stays(caption: str, items: list[str]) -> None:
    out = batch.run(caption)
    assert all(word_in(k, out) for k in items), out
