"""Things recognised by their context (plugins/anonymise/keep_context.py, session 5).

Sentences of our own (not the frozen cases of anonymise_s5_keep_cases.py): each rule
keeps what it recognises, and never protects a person -- a listed first name, a name
the report gives, or a word after a title stays the person rules' to judge.
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
    # English title-case runs
    ("Iedereen in de klas had het over Squid Game.", ["Squid Game"]),
    ("We keken samen naar Breaking Bad, seizoen twee.", ["Breaking Bad"]),
    ("Op de Open Mic Night durfde ik eindelijk te zingen.", ["Open Mic Night"]),
    # English tail nouns
    ("Daarna trad Zwartberg Brass Band op.", ["Zwartberg Brass Band"]),
    ("De dansles kwam van Bamboleo Academy.", ["Bamboleo Academy"]),
    # games after "spelen"/"gamen"
    ("Vroeger speelden we Dobble tot middernacht.", ["Dobble"]),
    ("Ze gamen elke avond Valorant met de klas.", ["Valorant"]),
    ("Gisteren hebben we nog Wingspan gespeeld.", ["Wingspan"]),
    # a lower-case venue or organisation noun before the name
    ("Mijn broer zit bij turnclub Gymnova al drie jaar.", ["Gymnova"]),
    ("De kinderen van speelpleinwerking Kadee kwamen ook.", ["Kadee"]),
    ("Ik zing in het jongerenkoor Vocaloo.", ["Vocaloo"]),
    # employers, channels
    ("Mijn tante, die bij Telenet werkt, regelde de wifi.", ["Telenet"]),
    ("Op Spotify staat ons nummer al.", ["Spotify"]),
    ("Op Radio Rieme hoorden we onze eigen stem.", ["Radio Rieme"]),
    ("Buurthuiscafé Merelbeke schonk gratis koffie.", ["Merelbeke"]),
    # slice 2: a game opening the sentence, eponyms, "op" + a name of two words, providers
    ("Catan spelen we alleen op zondag.", ["Catan"]),
    ("Haar broer heeft de ziekte van Crohn.", ["Crohn"]),
    ("Ik zag het eerst op Rocket Beans, een stream.", ["Rocket Beans"]),
    ("We huren de tenten bij Bivakzaak Hoornstra.", ["Bivakzaak"]),
    ("Ze volgde Frans bij Babbelbox in de stad.", ["Babbelbox"]),
    # demonyms: plural in -ezen, an adjective with a doubled vowel of a place ending in -e
    ("De Senegalezen uit onze wijk kookten mee.", ["Senegalezen"]),
    ("Mijn Brisbaanse penvriendin schreef terug.", ["Brisbaanse"]),
    # slice 3: a lower-case article before two capitalised words
    ("We kampeerden op de Grote Heide bij het meer.", ["Grote Heide"]),
    ("Bij de Gay Games in Amsterdam liepen we mee.", ["Gay Games"]),
]


@pytest.mark.parametrize(("text", "items"), KEPT)
def test_things_recognised_by_their_context_are_kept(text: str, items: list[str]) -> None:
    out = anonymise_text(text)
    assert [i for i in items if not word_in(i, out)] == [], out


PERSONS = [
    # the same positions with a person: the first-name rules still judge them
    ("We speelden Wout, en die won altijd.", ["Wout"]),
    ("Met Yasmine en Wout Peeters hebben we Uno gespeeld.", ["Yasmine", "Wout", "Peeters"]),
    ("We speelden Bart Peeters na op het podium.", ["Bart", "Peeters"]),
    ("Ik vroeg het aan turnclubtrainer Annelies.", ["Annelies"]),
    ("Mijn tante, die bij Hanne werkt, regelde de wifi.", ["Hanne"]),
    ("Op Sofie kan je altijd rekenen.", ["Sofie"]),
    ("Juf Bright Academy gaf les.", ["Bright"]),
    ("Daarna zong Jasper Band een lied.", ["Jasper"]),
    ("Met Xandro speel ik altijd schaak.", ["Xandro"]),
    ("Ik ben al maanden verliefd op Sarah Vos.", ["Sarah", "Vos"]),
    ("Ik volg les bij Annelies in de muziekschool.", ["Annelies"]),
    ("We huren het busje bij Jonas Peeters.", ["Jonas", "Peeters"]),
    ("Ik sprak met de Kevin Vos van hiernaast.", ["Kevin", "Vos"]),
]


@pytest.mark.parametrize(("text", "names"), PERSONS)
def test_a_person_in_a_thing_position_still_goes(text: str, names: list[str]) -> None:
    out = anonymise_text(text)
    assert [n for n in names if word_in(n, out, ignore_case=True)] == [], out


def test_a_name_the_report_gives_wins_over_the_context() -> None:
    know = Knowledge()
    know.add("Rocket Valley", explicit=True)
    out = anonymise_text("We speelden met de groep, en daarna speelden we Rocket Valley.", know)
    assert not word_in("Valley", out) and not word_in("Rocket", out), out


POSITIONS = [
    "Gisteren speelden we {} in de zaal.",
    "We hebben met de leiding {} gespeeld.",
    "Ik zit bij zwemclub {} sinds juni.",
    "Mijn nicht, die bij {} werkt, kwam ook.",
    "Op {} zag ik het eerst.",
    "Het optreden van {} Collective was top.",
    "Daarna kwam {} Night Live op het podium.",
]


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(plain_first_names(50)), st.sampled_from(POSITIONS))
def test_a_listed_first_name_is_never_protected_by_a_context(name: str, template: str) -> None:
    out = anonymise_text(template.format(name))
    assert not word_in(name, out, ignore_case=True), out


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["Rocket", "League", "of", "the", "speelden", "we", "Op", "zwemclub", "bij",
                                 "werkt", "Collective", "gespeeld", "Jonas", ".", ",", "Among", "Us"]),
                min_size=1, max_size=25))
def test_context_rules_are_idempotent_on_any_word_salad(words: list[str]) -> None:
    once = anonymise_text(" ".join(words))
    assert anonymise_text(once) == once
