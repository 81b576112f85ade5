"""Session 17's frozen cases for ONE word in capitals labelling a line ("<NAAM>: “…”",
``anonymise_s17_caps_label_cases``, written before the rule): a word that can be nothing but a
name (name-shaped, no Dutch or English word, no place, no class any list keeps, also as written
capitalised) goes as the speaker's label; headings, notices, role and kin words, days,
languages, places, acronyms, listed organisations, brands and an organisation's label with its
town in brackets stay. Each line runs as bare text and as a report's quotes section. Figures
(cases with a name left / look-alike cases losing an item), main 981cf20 -> the rule: text
19/28, 1/26 -> 1/28, 1/26; report 0/28, 16/26 both (the reader takes a one-word label before a
quotation as the speaker and its label replaces it: the reader's policy, not this rule's)."""

from __future__ import annotations

import anonymise_s17_caps_label_cases as batch
import pytest
from anoncases import params

#: cases that fail today (strict: the lists can only shrink)
TEXT_MISSES = {7}  # (a name that is a Dutch word, "AUGUSTIJN": a heading's shape, "CONCLUSIE:")
TEXT_KEEP_MISSES = {14}  # ("FRANS:", a language that is also a listed first name: masked before the rule too)
REPORT_KEEP_MISSES = {2, 3, 6, 7, 13, 14, 15, 16, 17, 18, 19, 22, 23, 24, 25}  # (9 kept since session 24: a header word is no speaker)


@pytest.mark.parametrize(("line", "names"), params(batch.PERSON, TEXT_MISSES))
def test_one_name_in_capitals_labelling_a_line_goes_from_the_text(line: str, names: list[str]) -> None:
    assert not batch.names_left(line, names, batch.run_text), batch.run_text(line)


@pytest.mark.parametrize(("line", "names"), params(batch.PERSON, set()))
def test_one_name_in_capitals_labelling_a_line_goes_from_the_report(line: str, names: list[str]) -> None:
    assert not batch.names_left(line, names, batch.run_report), batch.run_report(line)


@pytest.mark.parametrize(("line", "items"), params(batch.KEEP, TEXT_KEEP_MISSES))
def test_a_heading_or_organisation_labelling_a_line_stays_in_the_text(line: str, items: list[str]) -> None:
    assert not batch.items_lost(line, items, batch.run_text), batch.run_text(line)


@pytest.mark.parametrize(("line", "items"), params(batch.KEEP, REPORT_KEEP_MISSES))
def test_a_heading_or_organisation_labelling_a_line_stays_in_the_report(line: str, items: list[str]) -> None:
    assert not batch.items_lost(line, items, batch.run_report), batch.run_report(line)
