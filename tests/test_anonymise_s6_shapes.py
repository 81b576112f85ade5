"""Set E's (bench/data/unseen_s6) two person-side miss classes, as generic shapes (issue 11, session 6).

Written after set E was scored blind and became informed: invented variants of its
classes (other names, other words), and the same shapes holding ordinary words.

* a lower-case name as the subject after a clause opener, before an adverb or a
  possessive ("als <naam> weer mijn ... heeft");
* a chat speaker alone on its line after a time stamp ("[22:15] <Naam>: ...").

And set D's (bench/data/heldout_s5, informed) last capitalised class: a nickname in
quotation marks after a naming verb whose subject is a person ("die heet 'DE <X>'").
"""

from __future__ import annotations

import pytest

from perskamer.plugins.anonymise.replace import anonymise_text
from perskamer.testing import word_in

NAMES = [
    ("ik kom pas als warsame weer zijn fiets heeft gemaakt", "warsame"),
    ("dat lukt alleen als ayaan opnieuw haar pas vindt", "ayaan"),
    ("[21:40] Sunday: wie heeft de bal nog", "Sunday"),
    ("> (08:05) Blessing: ik ben er bijna", "Blessing"),
    ("[7:12] Oghenekaro: niet vergeten he", "Oghenekaro"),
]


@pytest.mark.parametrize(("text", "name"), NAMES)
def test_names_in_these_shapes_are_masked(text: str, name: str) -> None:
    assert not word_in(name, anonymise_text(text), ignore_case=True)


UNCHANGED = [
    "ik kom pas als het weer beter is",
    "als je weer mijn jas ziet, zeg het",
    "[21:40] Opgelet: de bus vertrekt vroeger",
    "Om 10:30 Gent: daar begon het",
]


@pytest.mark.parametrize("text", UNCHANGED)
def test_the_same_shapes_with_words_are_unchanged(text: str) -> None:
    assert anonymise_text(text) == text


NICKNAMES = [
    ("Behalve Wout, die heet 'de Kapitein'.", "Kapitein"),
    ("ZIJ HEET 'DE CHEFFIN' IN DE KEUKEN", "CHEFFIN"),
    ("Iedereen noemt hem 'Bolleke', ook de juf.", "Bolleke"),
    ("Ze noemen haar gewoon 'Mimi'.", "Mimi"),
]


@pytest.mark.parametrize(("text", "name"), NICKNAMES)
def test_nicknames_in_quotes_after_a_naming_verb_are_masked(text: str, name: str) -> None:
    assert not word_in(name, anonymise_text(text), ignore_case=True)


@pytest.mark.parametrize("text", ["Het project heet 'Samen Sterk'.", "Onze groep heet 'De Vliegende Vossen'.",
                                  "De app heet 'Buurtje' en is gratis."])
def test_names_of_things_after_heet_stay(text: str) -> None:
    assert anonymise_text(text) == text
