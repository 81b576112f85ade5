"""A capitalised business or venue noun opening a name (keep_context.business_name, session 9).

"Patisserie X", "Autocars X", "Kampeerwinkel X": the capitalised noun of a trade's premises
opens the name of a business, so the unknown word after it is kept. Sentences of our own
(no name or organisation of the fixtures or bench sets). Privacy first: a listed first
name or surname after such a noun, a name the report gives, and a word after a trade's
person ("Bakker X") or a role ("Mentor X") stay the person rules' to judge.
"""

from __future__ import annotations

import pytest
from anoncases import plain_first_names
from hypothesis import given, settings
from hypothesis import strategies as st

from perskamer.plugins.anonymise.detect import Knowledge
from perskamer.plugins.anonymise.replace import anonymise_text
from perskamer.testing import word_in

KEPT = [
    # masked before session 9 (default-deny: "proper noun no list knows")
    ("Ik kocht een taart bij Patisserie Dierckxsens op de markt.", ["Patisserie Dierckxsens"]),
    ("We reden met Autocars Zwalmdal naar de zee.", ["Autocars Zwalmdal"]),
    ("Onze tenten komen van Kampeerwinkel Okapiet.", ["Kampeerwinkel Okapiet"]),
    # kept before too (other rules): they stay kept
    ("De frieten haalden we bij Frituur Zilverbeek om de hoek.", ["Frituur Zilverbeek"]),
    ("Mijn oom werkt al jaren bij Drukkerij Broekhoeve in Aalst.", ["Drukkerij Broekhoeve"]),
    ("De drank kwam van Brouwerij Hoppendaal uit de buurt.", ["Brouwerij Hoppendaal"]),
]


@pytest.mark.parametrize(("text", "items"), KEPT)
def test_a_business_noun_opens_a_kept_name(text: str, items: list[str]) -> None:
    out = anonymise_text(text)
    assert [i for i in items if not word_in(i, out)] == [], out


PERSONS = [
    ("Toen zei Bakker Zwalmdal dat het brood op was.", ["Zwalmdal"]),  # the trade's person, not its shop
    ("Mentor Okapiet hielp me met mijn huiswerk.", ["Okapiet"]),  # a role
    ("Ik kocht een taart bij Patisserie Yasmine Peeters op de markt.", ["Yasmine", "Peeters"]),
    ("We reden met Autocars Wout naar de zee.", ["Wout"]),
]


@pytest.mark.parametrize(("text", "names"), PERSONS)
def test_a_person_after_a_business_noun_still_goes(text: str, names: list[str]) -> None:
    out = anonymise_text(text)
    assert [n for n in names if word_in(n, out, ignore_case=True)] == [], out


def test_a_name_the_report_gives_wins_over_the_business_noun() -> None:
    know = Knowledge()
    know.add("Hoppendaal Dierckxsens", explicit=True)
    out = anonymise_text("De taart kwam van Patisserie Dierckxsens.", know)
    assert not word_in("Dierckxsens", out), out


TEMPLATES = [
    "Ik kocht een taart bij Patisserie {} op de markt.",
    "We reden met Autocars {} naar de zee.",
    "Onze tenten komen van Kampeerwinkel {}.",
    "Toen zei Patisserie {} dat het op was.",
]


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(plain_first_names(40)), st.sampled_from(TEMPLATES))
def test_a_listed_first_name_after_a_business_noun_is_never_kept(name: str, template: str) -> None:
    out = anonymise_text(template.format(name))
    assert not word_in(name, out, ignore_case=True), out
