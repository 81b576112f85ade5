"""Session 26 (s26-a26, issue 11): rules 54-57 with other invented names and look-alikes than the
frozen batch -- a word no list knows as a phrase of its own opening a line (rule 54), a Vietnamese
letter makes a word no Dutch word (rule 55), a team named after a player and a label's value before
a spaced hyphen (rule 56), a lower-case name of three or four words after a chat interjection
(rule 57)."""

from __future__ import annotations

import string

import pytest
from anoncases import count_word
from hypothesis import given, settings
from hypothesis import strategies as st

from plugins.anonymise.anonymiser import anonymise_text
from plugins.anonymise.name_letters import foreign_letters

# -- rule 54: a phrase of its own opening a line ---------------------------------------------------

ALONE = [
    ("Kwadwoina – 6B – drie attesten binnen", "Kwadwoina"),
    ("Oyinkansola? — Ja! — Dan zijn we met zes.", "Oyinkansola"),
    ("Tsiory, bij de welpen bekend als 'Tsi', maakte de kampkrant.", "Tsiory"),
    ("Tafeldienst: Mbaliyethu IIII", "Mbaliyethu"),
    ("Reserves: 1. Ikaikalani 2. nog open", "Ikaikalani"),
    ("Trainer van de miniemen: Oluwadarasimi, al drie seizoenen bij de club.", "Oluwadarasimi"),
]


@pytest.mark.parametrize(("text", "name"), ALONE)
def test_word_no_list_knows_alone_opening_a_line_is_masked(text: str, name: str) -> None:
    assert count_word(name, anonymise_text(text), ignore_case=True) == 0


KEPT = [
    # a list of things after a label that asks for none in particular, or a thing label
    ("Bij slecht weer: Zwobbel, kaarten of een film.", "Zwobbel"),
    ("Plantenlijst bostocht: Zwobbelkruid, brandnetel, vlier.", "Zwobbelkruid"),
    ("Klasse: Zwobbel, start om 14 uur aan de boei.", "Zwobbel"),
    # a place, a Dutch word, a listed organisation opening the line
    ("Antwerpen – 4 bussen – vertrek om acht uur", "Antwerpen"),
    ("Zwemmen? — Ja, na de middag.", "Zwemmen"),
    ("Reserves: 1. Gent 2. Brugge", "Gent"),
]


@pytest.mark.parametrize(("text", "item"), KEPT)
def test_list_of_things_and_known_words_stay(text: str, item: str) -> None:
    assert item in anonymise_text(text)


def test_a_list_of_capitalised_words_is_left_to_the_other_rules() -> None:
    # no aside after the comma: the rule says nothing ("<X>, <Y> en <Z>" is coordination's)
    out = anonymise_text("Gent, Brugge en Oostende deden mee.")
    assert "Gent" in out and "Brugge" in out


# -- rule 55: a Vietnamese letter -----------------------------------------------------------------


@pytest.mark.parametrize(("text", "name"), [("Hằng vraagt het woord.", "Hằng"), ("Cc: Hằng", "Hằng"),
                                          ("Wachtlijst plaats 2: Hằng (ingeschreven 3/4)", "Hằng"),
                                          ("Mến vraagt het woord.", "Mến")])
def test_a_vietnamese_name_folding_onto_a_dutch_word_is_masked(text: str, name: str) -> None:
    # "Hằng" folds to "hang", "Mến" to the frequent "men" -- "Yến" -> "yen" in A26
    assert name not in anonymise_text(text)


def test_foreign_letters_reads_vietnamese_only() -> None:
    assert foreign_letters("Nguyễn") and foreign_letters("Phương") and foreign_letters("Đạt")
    assert not foreign_letters("café") and not foreign_letters("ruïne") and not foreign_letters("Müller")
    assert not foreign_letters("façade") and not foreign_letters("Ångström") and not foreign_letters("Łódź")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=string.ascii_letters + "éèëïöüäçàâêîôûñ", max_size=20))
def test_foreign_letters_never_reads_dutch_or_french_spelling(word: str) -> None:
    assert not foreign_letters(word)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["Hằng", "Mến", "Đông"]), st.sampled_from(["vraagt", "zegt", "liep"]))
def test_a_vietnamese_name_opening_a_sentence_before_a_verb_is_masked(name: str, verb: str) -> None:
    assert name not in anonymise_text(f"{name} {verb} het hele eind mee.")


# -- rule 56: a team named after a player, a label's value before a spaced hyphen -------------------


@pytest.mark.parametrize("text", ["De tafel van Kwadwoina won de quiz.", "Het tafeltje van Kwadwoina zong als laatste."])
def test_a_team_named_after_a_player(text: str) -> None:
    assert count_word("Kwadwoina", anonymise_text(text), ignore_case=True) == 0


def test_a_table_from_a_shop_stays() -> None:
    assert "IKEA" in anonymise_text("De tafel van IKEA was te klein.")


def test_a_name_in_capitals_before_a_spaced_hyphen_is_a_labels_value() -> None:
    assert count_word("OYINKANSOLA", anonymise_text("Inschrijving zwemkamp: OYINKANSOLA - brevet: ja"), ignore_case=True) == 0
    assert "EHBO" in anonymise_text("Inschrijving zwemkamp: EHBO - brevet: ja")


# -- rule 57: a lower-case name of three or four words after an interjection ------------------------


@pytest.mark.parametrize(("text", "parts"), [
    ("omg kwadwoina asantewaa mensah heeft de vlag gestolen", ["kwadwoina", "asantewaa", "mensah"]),
    ("wow ikaikalani kealoha makoa won de quiz", ["ikaikalani", "kealoha", "makoa"]),
])
def test_a_lower_case_name_of_three_words_after_an_interjection(text: str, parts: list[str]) -> None:
    out = anonymise_text(text)
    assert all(count_word(p, out, ignore_case=True) == 0 for p in parts)


def test_lower_case_words_after_an_interjection_stay() -> None:
    out = anonymise_text("omg de hele groep heeft de vlag gestolen")
    assert "hele groep" in out
