"""The anonymiser's theme words follow the taxonomy it is given (one remembered pair)."""

from __future__ import annotations

from types import SimpleNamespace

from perskamer.plugins.anonymise import _theme_words


def _taxonomy(label: str) -> list[SimpleNamespace]:
    return [SimpleNamespace(id="eigen", label=label, names=[])]


def test_the_words_of_the_taxonomy_given_not_the_last_one_seen():
    a, b = _taxonomy("Bosbouwkamp"), _taxonomy("Zeilschool")
    assert "bosbouwkamp" in _theme_words(a)
    assert "zeilschool" in _theme_words(b) and "bosbouwkamp" not in _theme_words(b)
    assert "bosbouwkamp" in _theme_words(a) and "zeilschool" not in _theme_words(a)

