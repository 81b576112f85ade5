"""One question many anonymiser rules ask (session 25, s25-fold): is this word a person's name on
evidence that holds wherever it stands -- a name the report itself gives, or a listed first name
that is no ordinary Dutch word? ``Lexicon.first_name_no_word`` and ``Knowledge.known_or_first_name``
answer it; the rules that had it written inline call them. And its wider form, asked by the keep
rules: does a name list hold the word at all (``Lexicon.is_listed_name``, with the report's names
``Knowledge.known_or_listed_name``)? Names and sentences are invented.
"""

from __future__ import annotations

import pytest

from perskamer.plugins.anonymise.detect import Knowledge, analyse
from perskamer.plugins.anonymise.lexicon import load_lexicon

#: listed first names that no Dutch word list holds
_FIRST_NAMES = ("femke", "stijn", "yusuf", "veerle", "karel", "marieke")
#: listed first names that are ordinary words too ("roos": a rose, "mila", "linde": a lime tree)
_FIRST_NAMES_THAT_ARE_WORDS = ("roos", "jan", "wout", "mila", "linde")
#: no first name: Dutch words, a surname, a word no list knows
_NO_FIRST_NAMES = ("fiets", "bakkerij", "storm", "vermeulen", "xandrio")


@pytest.mark.parametrize("word", _FIRST_NAMES)
def test_a_listed_first_name_that_is_no_word(word):
    lex = load_lexicon()
    assert word in lex.first_names and not lex.is_word(word)
    assert lex.first_name_no_word(word)


@pytest.mark.parametrize("word", _FIRST_NAMES_THAT_ARE_WORDS + _NO_FIRST_NAMES)
def test_a_word_or_an_unlisted_name_is_not(word):
    assert not load_lexicon().first_name_no_word(word)


def test_the_report_gives_a_name_the_lists_alone_do_not():
    lex = load_lexicon()
    know = Knowledge()
    assert know.known_or_first_name("femke", lex)  # (the lists alone)
    assert not know.known_or_first_name("roos", lex) and not know.known_or_first_name("vermeulen", lex)
    know.add("Roos Vermeulen", explicit=True)  # a speaker
    assert know.known_or_first_name("roos", lex) and know.known_or_first_name("vermeulen", lex)
    assert not know.known_or_first_name("storm", lex)  # (a word the report does not give)


def _masked(text: str, names: tuple[str, ...] = ()) -> list[str]:
    know = Knowledge()
    for name in names:
        know.add(name, explicit=True)
    return [text[s.start : s.end] for s in analyse(text, know).spans if s.kind == "person"]


def test_an_ampersand_pair_of_persons_is_no_organisation():
    assert _masked("We kregen steun van Kind & Gezin.") == []
    assert _masked("We gingen met Femke & Stijn naar zee.") == ["Femke", "Stijn"]
    assert _masked("We gingen met Roos & Storm naar zee.") == []  # (two words, no name the report gives)
    assert "Roos" in _masked("We gingen met Roos & Storm naar zee.", ("Roos Vermeulen",))


def test_a_speakers_surname_after_a_place_preposition_is_no_place():
    assert _masked("Ze woont nu in De Smet, zei ze.") == []  # (read as a place, "in De Haan")
    assert _masked("Ze woont nu in De Smet, zei ze.", ("Ilse De Smet",)) == ["De Smet"]


# --- the wider question: a word some name list holds (``Lexicon.is_listed_name``) ----------------

#: on a name list: a first name, surnames, names that are words too ("roos", "storm", "brouwer")
_LISTED = ("femke", "frans", "peeters", "vermeulen", "roos", "storm", "brouwer", "bakker")
#: on none: Dutch words and compounds, a word no list knows
_UNLISTED = ("fiets", "bakkerij", "jeugdhuis", "zonnepanelen", "kapper", "xandrio")


@pytest.mark.parametrize("word", _LISTED)
def test_a_word_a_name_list_holds(word):
    assert load_lexicon().is_listed_name(word)


@pytest.mark.parametrize("word", _UNLISTED)
def test_a_word_no_name_list_holds(word):
    assert not load_lexicon().is_listed_name(word)


def test_the_report_gives_a_name_no_list_holds():
    lex = load_lexicon()
    know = Knowledge()
    assert know.known_or_listed_name("brouwer", lex) and not know.known_or_listed_name("xandrio", lex)
    know.add("Xandrio Pauwels", explicit=True)
    assert know.known_or_listed_name("xandrio", lex) and know.known_or_listed_name("pauwels", lex)
    assert not know.known_or_listed_name("fiets", lex)


def test_a_channel_after_via_stays_a_listed_surname_goes():
    assert _masked("We vonden het kamp via Jeugdwerknet, heel handig.") == []
    assert _masked("We vonden het kamp via Brouwer, heel handig.") == ["Brouwer"]


# --- a capital the sentence gives: ``keep_chains.sentence_capital`` ------------------------------


def _capitals(text: str) -> dict[str, bool]:
    from perskamer.plugins.anonymise.detect import tokenize
    from perskamer.plugins.anonymise.keep_chains import sentence_capital

    lex = load_lexicon()
    return {t.text: sentence_capital(t, lex) for t in tokenize(text) if t.cap}


def test_a_word_opening_its_sentence_is_capitalised_by_the_sentence():
    assert _capitals("Toen Reizen Verbeke belde, waren we weg. Daarna kwam Lieve.") == {
        "Toen": True, "Reizen": False, "Verbeke": False, "Daarna": True, "Lieve": False}


def test_a_name_opening_its_sentence_is_not():
    assert not any(_capitals("Jef Hoeve belde.").values())
    assert not _capitals("Roos kwam mee.")["Roos"]  # (a word, but a name list holds it)
    assert not _capitals("We zagen Met de fiets.")["Met"]  # (mid-sentence)
