"""Session 8: what a naming verb names is decided by its subject (plugins/anonymise/naming.py).

Variants invented for this test (other names, nouns and verbs than the frozen s8 batch): a
person named with an English/Dutch word or a brand goes, a thing's name stays.
"""

from __future__ import annotations

import pytest
from anoncases import left, lost
from hypothesis import example, given
from hypothesis import strategies as st

from perskamer.plugins.anonymise.replace import anonymise_text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mijn jongste zus heet Vanille.", "Vanille"),
        ("Onze nieuwe monitor heette Bever.", "Bever"),
        ("De twee nichtjes heten Mango en Pluis.", "Mango"),
        ("De twee nichtjes heten Mango en Pluis.", "Pluis"),
        ("Nu heet hij officieel Donder.", "Donder"),
        ("Sinds het kamp heet ze Sneeuw.", "Sneeuw"),
        ("De leiding noemt hem altijd Rakker.", "Rakker"),
        ("Op school noemen ze haar Duimpje.", "Duimpje"),
        ("Onze kok noemt zich Peper.", "Peper"),
        ("Een meisje genaamd Kaneel kwam binnen.", "Kaneel"),
        ("Mijn buurjongen, alias Samsung, repareert alles.", "Samsung"),
        ("Zijn roepnaam is Kompas.", "Kompas"),
        ("Het nieuwe kind in de groep heet Tijger.", "Tijger"),
        ("Een jongen die heet Nutella, echt waar.", "Nutella"),
        ("mijn vriendin heet lucky", "lucky"),
    ],
)
def test_a_person_named_with_any_word_goes(text: str, name: str) -> None:
    assert left(text, [name]) == []


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("De quiz heet Breinbreker.", "Breinbreker"),
        ("Ons kamphuis heet Zonnedauw.", "Zonnedauw"),
        ("Die website heette Kwebbel.", "Kwebbel"),
        ("Het toneelstuk heet Spiegeltje.", "Spiegeltje"),
        ("Een spel genaamd Stratego bleef populair.", "Stratego"),
        ("De zaal noemen we de Kantine.", "Kantine"),
        ("Ze noemen het de Grot.", "Grot"),
        ("Nu heet het project Wijkwerf.", "Wijkwerf"),
        ("Onze krant noemt zich Roddelblad.", "Roddelblad"),
    ],
)
def test_a_thing_keeps_its_name(text: str, item: str) -> None:
    assert lost(text, [item]) == []


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("Hij heet eigenlijk anders, zegt hij.", "anders"),
        ("Marie, zo heet ze echt, is de jongste.", "is"),
        ("Hoe heet je? Dat vroeg de leiding.", "Dat"),
    ],
)
def test_no_word_after_the_name_position_is_taken(text: str, item: str) -> None:
    assert lost(text, [item]) == []


_WORDS = [
    "heet",
    "heten",
    "noemt",
    "noemen",
    "zich",
    "hem",
    "haar",
    "het",
    "ons",
    "genaamd",
    "alias",
    "bijnaam",
    "is",
    "mijn",
    "de",
    "een",
    "die",
    "broer",
    "app",
    "spel",
    "echt",
    "gewoon",
    "Turbo",
    "Kiwi",
    "Bever",
    "Lente",
    "en",
    "of",
    ",",
    ".",
    ":",
    "'",
    "\n",
    "ze",
    "we",
    "Ik",
    "Het",
]


@given(st.lists(st.sampled_from(_WORDS), max_size=30))
@example(["bijnaam", ":", "Turbo"])
@example(["heet", "echt", "gewoon", "echt"])
def test_any_sequence_of_naming_words_is_anonymised_to_a_fixed_point(words: list[str]) -> None:
    text = " ".join(words)
    once = anonymise_text(text)
    assert anonymise_text(once) == once
