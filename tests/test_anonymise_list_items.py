"""A list item that opens with an ordinary word is no credit dash (lead, session 8).

Under ``scope: all`` the form's ambitions answer ("- Vrijwillig engagement", alone or above
"- Mentaal welzijn") had its first words replaced as persons: the line-start hyphen read as
an attribution dash, and the guard then withheld the whole report (bench/unseen u10). A credit dash under a quote
still names the person, whatever word the name is.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from perskamer.model import Quote, Report
from perskamer.plugins.anonymise import detect
from perskamer.plugins.anonymise.anonymiser import anonymise_report


def _masked(text: str) -> list[str]:
    return [s.text for s in detect.analyse(text).spans if s.kind == "person"]


@pytest.mark.parametrize("text", [
    "- Vrijwillig engagement\n- Mentaal welzijn",
    "Ambities:\n\n- Sterke lokale besturen\n- Ruimte voor ontmoeting\n",
    "* Eerlijke kansen voor iedereen\n* Mentaal welzijn",
    "• Open houding tegenover nieuwkomers\n• Warme ontvangst",
])
def test_a_list_of_phrases_keeps_its_words(text):
    assert _masked(text) == []


@pytest.mark.parametrize("text, name", [
    ('"Het was een topdag."\n- Zonneklaar vertelt over het kamp', "Zonneklaar"),  # a credit under a quote
    ('"Het was een topdag."\n- Zonneklaar, 16', "Zonneklaar"),
    ('"Het was een topdag."\n- Zonneklaar en Brem', "Zonneklaar"),  # a pair: "en" is no phrase
    ("- Vrijwillig engagement", "Vrijwillig"),  # alone: no list around it, privacy first
    ("- a\n- Zonneklaar vertelt\n- b", "Zonneklaar"),  # a verb after it: a person doing something
])
def test_a_credit_dash_still_names_the_person(text, name):
    assert name in _masked(text)


@pytest.mark.parametrize("ambitions", ["- Vrijwillig engagement\n- Mentaal welzijn",
                                       "- Vrijwillig engagement"])  # the one ambition ticked on the form
def test_scope_all_publishes_the_ambitions_list(ambitions):
    report = Report(source="r.md", slug="r", format="md",
                    sections={"ambitions": ambitions,
                              "summary": "Wendelien Okafor leidde de sessie."},
                    quotes=[Quote("We bellen elke vrijwilliger na een kamp.", "Wendelien Okafor")])
    anonymise_report(report, {"scope": "all"})
    assert report.sections["ambitions"] == ambitions  # the shipped taxonomy's words
    assert "Wendelien" not in report.sections["summary"] and "Okafor" not in report.sections["summary"]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(["-", "–", "•", "*"]),
       st.sampled_from(["Zonneklaar", "Brem", "Wendelien", "Okafor", "Ruimte"]),
       st.sampled_from(["vertelt", "zegt", "en Brem", "of Brem", ", 16", "(16)", "", "Okafor"]),
       st.sampled_from(["", '"Het was een topdag."\n']),
       st.sampled_from(["- Mentaal welzijn", "- Open huizen", "• Warme ontvangst", "* Sterke besturen"]))
def test_a_list_around_a_credit_never_unmasks_it(bullet, word, after, quote, other):
    """The rule needs an ordinary lower-case word after the first word: with a verb, a
    pair, an age or a surname after it, a list around the line changes nothing."""
    line = f"{bullet} {word} {after}".rstrip()
    alone = word in _masked(quote + line)
    assert (word in _masked(quote + line + "\n" + other)) == alone
    assert (word in _masked(quote + other + "\n" + line)) == alone
