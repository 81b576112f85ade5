"""A name written in another script (set M's class "a Ukrainian first name in Cyrillic at a
blockquote's start", session 10), on our own words, written before the rule.

A capitalised word in Cyrillic, Greek or Armenian inside what people say in a Dutch
report cannot be a Dutch sentence's first word: unless a list knows it, it is a proper noun, and
in a quote a proper noun no list knows is a name -- also where a sentence or a line starts, and
also before its transliteration in brackets. Lower-case words of those scripts stay (a greeting,
a message in the other language).
"""

from __future__ import annotations

import pytest
from anoncases import left, lost

CASES = [
    ("> Олеся (Olesia) Kravets, 15: \"Ik mis mijn vrienden.\"", ["Олеся", "Olesia", "Kravets"]),
    ("Богдан zei dat hij volgend jaar terugkomt.", ["Богдан"]),
    ("Мирослава: дякую за все!", ["Мирослава"]),
    ("We speelden met Тарас en Назар tot het donker werd.", ["Тарас", "Назар"]),
    ("Δημήτρης (Dimitris) bracht baklava mee.", ["Δημήτρης", "Dimitris"]),
    ("- Ганна, 12: het kamp was super", ["Ганна"]),
    ("Сергій en ik bouwden de tent.", ["Сергій"]),
    ("Het bericht kwam van Арсеній, de broer van Olha.", ["Арсеній", "Olha"]),
]
KEEP = [
    ("Mama schreef: дякую! Dank u voor alles.", ["дякую"]),
    ("Ze zeiden привіт tegen iedereen.", ["привіт"]),
    ("Het woord voor kamp is табір, zei de leiding.", ["табір"]),
]


@pytest.mark.parametrize(("text", "names"), CASES)
def test_a_name_in_another_script_goes(text: str, names: list[str]) -> None:
    assert left(text, names) == []


@pytest.mark.parametrize(("text", "items"), KEEP)
def test_a_lower_case_word_in_another_script_stays(text: str, items: list[str]) -> None:
    assert lost(text, items) == []
