"""Regression cases for the classes the blind attack A16 showed in s16-names' frames (written after
the rules: they hold them in place, they measure nothing; ``anonymise_s16_a16_cases``)."""

from __future__ import annotations

import re

import anonymise_s16_a16_cases as batch
import pytest

from perskamer.plugins.anonymise.replace import anonymise_text


def _count(word: str, text: str) -> int:
    return len(re.findall(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text, re.I))


@pytest.mark.parametrize(("text", "names"), batch.PERSON, ids=[str(k) for k in range(len(batch.PERSON))])
def test_the_name_goes(text: str, names: list[str]) -> None:
    out = anonymise_text(text)
    assert [n for n in names if _count(n, out)] == []


@pytest.mark.parametrize(("text", "items"), batch.KEEP, ids=[str(k) for k in range(len(batch.KEEP))])
def test_the_look_alike_stays(text: str, items: list[str]) -> None:
    out = anonymise_text(text)
    assert [it for it in items if _count(it, out) < _count(it, text)] == []
