"""Regression cases for the classes the blind attack A16 showed in s16-names' frames (written after
the rules: they hold them in place, they measure nothing; ``anonymise_s16_a16_cases``)."""

from __future__ import annotations

import anonymise_s16_a16_cases as batch
import pytest
from anoncases import count_word

from perskamer.plugins.anonymise.replace import anonymise_text


@pytest.mark.parametrize(("text", "names"), batch.PERSON, ids=[str(k) for k in range(len(batch.PERSON))])
def test_the_name_goes(text: str, names: list[str]) -> None:
    out = anonymise_text(text)
    assert [n for n in names if count_word(n, out, ignore_case=True)] == []


@pytest.mark.parametrize(("text", "items"), batch.KEEP, ids=[str(k) for k in range(len(batch.KEEP))])
def test_the_look_alike_stays(text: str, items: list[str]) -> None:
    out = anonymise_text(text)
    assert [it for it in items if count_word(it, out, ignore_case=True) < count_word(it, text, ignore_case=True)] == []
