"""Chains, brands and operators from a licensed list (keep_chains, session 10).

The lists ``chains.txt`` / ``chains_named.txt`` come from OpenStreetMap's
name-suggestion-index (BSD-3-Clause). Sentences of our own (no sentence of the fixtures or
bench sets). Privacy first: a chain's name is kept only as a whole span with no person
cue at it, and one that holds a listed name only where a thing stands; an entry shaped
like a person's name is not listed at all.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from unittest.mock import patch

import pytest
from anoncases import plain_first_names
from hypothesis import given, settings
from hypothesis import strategies as st

from perskamer.plugins.anonymise import detect
from perskamer.plugins.anonymise.detect import Knowledge
from perskamer.plugins.anonymise.lexicon import load_lexicon, read_list
from perskamer.plugins.anonymise.replace import anonymise_text
from perskamer.testing import word_in

DATA = Path(__file__).resolve().parents[1] / "plugins" / "anonymise" / "data"

KEPT = [
    # masked before session 10 (a proper noun no list knew, or a listed first name)
    ("In het weekend werk ik bij Albert Heijn in Breda.", ["Albert Heijn"]),
    ("Flixbus bracht ons voor twintig euro naar Parijs.", ["Flixbus"]),
    ("Mijn broer heeft een bijbaan bij Primark in de Meir.", ["Primark"]),
    # kept before too (by their position): stay kept
    ("De tenten voor het kamp kochten we bij Decathlon in Gent.", ["Decathlon"]),
    ("Na de training gingen we samen naar de Delhaize om drank te halen.", ["Delhaize"]),
    ("Mijn zus werkt sinds de zomer bij Jack Wolfskin in Antwerpen.", ["Jack Wolfskin"]),
    ("We spraken af aan de Burger King bij het station.", ["Burger King"]),
]


@pytest.mark.parametrize(("text", "items"), KEPT)
def test_a_listed_chain_is_kept(text: str, items: list[str]) -> None:
    out = anonymise_text(text)
    assert [i for i in items if not word_in(i, out)] == [], out


PERSONS = [
    ("Meneer Colruyt zei dat het goed was.", ["Colruyt"]),  # a title (also a place somewhere: "Meneer")
    ("Meneer Decathlon zei het.", ["Decathlon"]),
    ("Dag Jef Colruyt, hoe gaat het?", ["Jef", "Colruyt"]),  # a first name before it: a longer name
    ("Ik ging met Albert Heijn naar de film.", ["Albert", "Heijn"]),  # company
    ("Toen Albert Heijn het hoorde, lachte hij.", ["Albert", "Heijn"]),  # a subject after a subordinator
    ("Albert Heijn (14) speelde mee.", ["Albert", "Heijn"]),  # an age
    ("Mijn buurman Albert Heijn kwam ook.", ["Albert", "Heijn"]),  # a possessive and a noun
    ("Gisteren zag ik Albert Heijn op straat.", ["Albert", "Heijn"]),  # the shape of a name, no thing position
    ("Dag Delhaize, hoe gaat het?", ["Delhaize"]),  # address
    ("Ik vroeg het aan Delhaize.", ["Delhaize"]),
    ("\"Top\", zegt Primark.", ["Primark"]),  # a speech verb
    ("Juf Primark gaf les.", ["Primark"]),
    ("We kochten brood bij Leen Bakker.", ["Leen", "Bakker"]),  # person-shaped: not listed
]


@pytest.mark.parametrize(("text", "names"), PERSONS)
def test_a_person_with_a_chains_name_still_goes(text: str, names: list[str]) -> None:
    out = anonymise_text(text)
    assert [n for n in names if word_in(n, out, ignore_case=True)] == [], out


def test_a_name_the_report_gives_wins_over_the_list() -> None:
    know = Knowledge()
    know.add("Aziz Colruyt", explicit=True)
    out = anonymise_text("De drank kwam van Colruyt, zei hij.", know)
    assert not word_in("Colruyt", out), out


def _build_tools() -> object:
    sys.path.insert(0, str(DATA.parent / "tools"))
    import build_keep_lists

    return build_keep_lists


def test_no_listed_chain_is_shaped_like_a_persons_name() -> None:
    tools = _build_tools()
    names, words = tools._blocked()
    entries = read_list("chains.txt") + read_list("chains_named.txt")
    assert len(entries) > 1500
    assert [e for e in entries if len(e.split()) > 1 and tools.person_shaped(e, names, words)] == []
    assert tools.person_shaped("Leen Bakker", names, words) and tools.person_shaped("Vanden Borre", names, words)
    assert not tools.person_shaped("Albert Heijn", names, words)


def test_no_one_word_chain_is_a_listed_name_or_word() -> None:
    lex = load_lexicon()
    bad = [w for w in lex.chain_words if w in lex.first_names or w in lex.surnames or w in lex.name_words
           or lex.is_word(w)]
    assert bad == []


def test_the_lists_name_their_source_and_licence() -> None:
    for name in ("chains.txt", "chains_named.txt"):
        head = (DATA / name).read_text(encoding="utf-8").splitlines()[:4]
        assert any("name-suggestion-index" in line for line in head), head
        assert any(re.search(r"Licence: BSD-3-Clause", line) for line in head), head
    assert "BSD 3-Clause" in (DATA / "LICENSE-NSI.txt").read_text(encoding="utf-8")


CHAIN_WORDS = sorted(w.capitalize() for w in load_lexicon().chain_words if w.isalpha() and w.isascii())[::15]
TEMPLATES = [
    "Dag {first} {chain}, hoe gaat het?",
    "{first} {chain} zei dat het klopte.",
    "Gisteren zag ik {first} {chain} op straat.",
    "Ik ging met {first} {chain} naar de winkel.",
    "Meneer {chain} vertelde het ons.",
    "\"Goed zo\", aldus {chain}.",
]


@settings(max_examples=120, deadline=None)
@given(st.sampled_from(plain_first_names(40)), st.sampled_from(CHAIN_WORDS), st.sampled_from(TEMPLATES))
def test_the_list_keeps_nothing_at_a_person_cue(first: str, chain: str, template: str) -> None:
    """At a person cue the chain list changes nothing: the output is the one without it
    (whatever the other rules make of the word), and never holds the first name."""
    text = template.format(first=first, chain=chain)
    out = anonymise_text(text)
    with patch.object(detect, "protect_named_chains", lambda *a, **k: None):
        assert anonymise_text(text) == out
    assert not word_in(first, out, ignore_case=True), out
