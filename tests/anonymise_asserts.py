"""Assertions the anonymiser's name-class tests share: does a name part survive, do names go, do items stay."""

from __future__ import annotations

import re

from perskamer.plugins.anonymise.replace import anonymise_text


def survives(name: str, text: str) -> bool:
    """A name part survives as a whole word in any case ("HAMME" is "Hamme")."""
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE) is not None


def names_go(text: str, names: list[str]) -> None:
    """Every name part is gone from the anonymised text."""
    out = anonymise_text(text)
    for name in names:
        assert not survives(name, out), out


def items_stay(text: str, items: list[str]) -> None:
    """Every item is in the anonymised text as often as in the original."""
    out = anonymise_text(text)
    for item in items:
        assert out.count(item) == text.count(item), out
