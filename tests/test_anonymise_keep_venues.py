"""A venue's name opened by an article after the venue's noun (keep_venues, session 10).

Sentences of our own (no sentence of the fixtures or bench sets). Privacy first: a
listed "De X" surname, a word that is no ordinary word after the article, a name the
report gives and a person cue at the name leave it to the person rules.
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
    # masked before session 10 (a name-word or a word no list knows after the article)
    ("De eerste vergadering was in café De Blauwe Leeuw op de markt.", ["De Blauwe Leeuw"]),
    ("Daarna speelden we nog in de Biljartclub 't Hoekske achter de kerk.", ["'t Hoekske"]),
    ("De verjaardag vierden we in feestzaal De Gulden Prins in Lede.", ["De Gulden Prins"]),
    # kept before too: stay kept
    ("In zaal Het Anker was het druk.", ["Het Anker"]),
    ("We aten bij frituur 't Pleintje na de match.", ["'t Pleintje"]),
]


@pytest.mark.parametrize(("text", "items"), KEPT)
def test_a_venue_name_after_its_noun_is_kept(text: str, items: list[str]) -> None:
    out = anonymise_text(text)
    assert [i for i in items if not word_in(i, out)] == [], out


PERSONS = [
    ("Ik zag in het café De Smet nog zitten.", ["Smet"]),  # a listed "De X" surname
    ("In het café De Cauwer zei dat hij kwam.", ["Cauwer"]),  # no ordinary word after the article
    ("Ik ging naar het café De Leeuw, waar ik Kim zag.", ["Leeuw", "Kim"]),
    ("In café De Blauwe Leeuw zei Yasmine dat ze kwam.", ["Yasmine"]),
    ("In het café De Wilde Jan zei dat hij kwam.", ["Jan"]),  # a speech verb at the name
]


@pytest.mark.parametrize(("text", "names"), PERSONS)
def test_a_person_after_a_venue_noun_still_goes(text: str, names: list[str]) -> None:
    out = anonymise_text(text)
    assert [n for n in names if word_in(n, out, ignore_case=True)] == [], out


def test_a_name_the_report_gives_wins_over_the_venue() -> None:
    know = Knowledge()
    know.add("Leeuw Peeters", explicit=True)
    out = anonymise_text("We zaten in café De Blauwe Leeuw.", know)
    assert not word_in("Leeuw", out), out


TEMPLATES = [
    "Ik zag in het café De {} nog zitten.",
    "We zaten in de biljartclub 't {} te wachten.",
    "In feestzaal De {} zei iedereen dat het mooi was.",
    "Daarna gingen we naar café Het {}.",
]


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(plain_first_names(40)), st.sampled_from(TEMPLATES))
def test_a_listed_first_name_after_a_venue_and_article_is_never_kept(name: str, template: str) -> None:
    out = anonymise_text(template.format(name))
    assert not word_in(name, out, ignore_case=True), out


# --- after the dev set M (informed; sentences of our own) --------------------------------

KEPT_AFTER_M = [
    ("Onze spits speelde vroeger bij Racing Lokeren.", ["Racing Lokeren"]),  # a club's head and its town
    ("De bus van Autocars Verhaeghe stond al klaar.", ["Autocars Verhaeghe"]),  # a firm and its family's surname
    ("Op de terugweg kwam de bus van Reizen Goossens te laat.", ["Reizen Goossens"]),
    ("Sinds we samenwerken met Kookgroep Tamarinde eten alle kinderen samen.", ["Kookgroep Tamarinde"]),
    ("De keuring deed Hulpverleningszone Waasland.", ["Hulpverleningszone Waasland"]),
    ("We sliepen drie nachten in Jeugdverblijf De Kraai.", ["De Kraai"]),
]


@pytest.mark.parametrize(("text", "items"), KEPT_AFTER_M)
def test_clubs_firms_and_groups_are_kept(text: str, items: list[str]) -> None:
    out = anonymise_text(text)
    assert [i for i in items if not word_in(i, out)] == [], out


PERSONS_AFTER_M = [
    ("We reden met Autocars Jan naar de zee.", ["Jan"]),  # a first name after the firm
    ("De bus van Reizen Lotte Goossens stond klaar.", ["Lotte", "Goossens"]),  # a full name after it
    ("Toen zei Reizen Goossens dat de bus te laat was.", ["Goossens"]),  # a speech verb before it
    ("Racing Yasmine was er ook.", ["Yasmine"]),  # no town after the club's head
]


@pytest.mark.parametrize(("text", "names"), PERSONS_AFTER_M)
def test_a_person_after_a_club_or_firm_still_goes(text: str, names: list[str]) -> None:
    out = anonymise_text(text)
    assert [n for n in names if word_in(n, out, ignore_case=True)] == [], out


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(plain_first_names(40)), st.sampled_from(["De bus van Reizen {} stond klaar.",
                                                                 "We reden met Autocars {} naar zee.",
                                                                 "Hij speelt bij Racing {}."]))
def test_a_listed_first_name_after_a_firm_or_club_is_never_kept(name: str, template: str) -> None:
    out = anonymise_text(template.format(name))
    assert not word_in(name, out, ignore_case=True), out


# --- French heads of a youth or community organisation (after K and M; informed) ---------

KEPT_FRENCH = [
    ("Le mardi on va à la Maison de Jeunes Le Grenier avec les petits.", ["Maison de Jeunes Le Grenier"]),
    ("On loue la salle au Centre Culturel Les Roches, c'est moins cher.", ["Centre Culturel Les Roches"]),
]


@pytest.mark.parametrize(("text", "items"), KEPT_FRENCH)
def test_a_french_organisations_name_is_kept(text: str, items: list[str]) -> None:
    out = anonymise_text(text)
    assert [i for i in items if not word_in(i, out)] == [], out


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(plain_first_names(40)), st.sampled_from(["Ik ging met Patro {} naar zee.",
                                                                 "Hier spreekt AMO {} over de wijk.",
                                                                 "Gisteren zei Maison de Jeunes {} niets."]))
def test_a_listed_first_name_after_a_french_head_is_never_kept(name: str, template: str) -> None:
    out = anonymise_text(template.format(name))
    assert not word_in(name, out, ignore_case=True), out
