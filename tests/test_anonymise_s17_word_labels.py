"""Session 17's frozen cases for ONE capitalised word labelling a quotes line before a quotation
(``anonymise_s17_word_label_cases``, written before the rule): "<Naam>: “…”" and "<Naam> van
<Organisatie>: “…”" -- a first name on its own evidence (a listed first name that is no word, or a
word no list knows) is the speaker; headings, questions, role, kin and group words, places,
organisations, brands and apps labelling the same lines stay. Each line runs as bare text and as a
report's quotes section. Figures (cases with a name left / look-alike cases losing an item), main
981cf20 -> the rule: text 17/22, 0/22 -> 1/22, 0/22; report 0/22, 10/22 both (the reader takes a
one-word label before a quotation as the speaker and its label replaces it: the reader's policy)."""

from __future__ import annotations

import anonymise_s17_word_label_cases as batch
import pytest
from anoncases import params

#: cases that fail today (strict: the lists can only shrink)
TEXT_MISSES = {9}  # (a name that splits into two Dutch words, "Arezoo": a compound's shape)
REPORT_KEEP_MISSES = {4, 6, 11, 12, 13, 15, 16, 18, 19, 20}


@pytest.mark.parametrize(("line", "names"), params(batch.PERSON, TEXT_MISSES))
def test_one_name_labelling_a_quotes_line_goes_from_the_text(line: str, names: list[str]) -> None:
    assert not batch.names_left(line, names, batch.run_text), batch.run_text(line)


@pytest.mark.parametrize(("line", "names"), params(batch.PERSON, set()))
def test_one_name_labelling_a_quotes_line_goes_from_the_report(line: str, names: list[str]) -> None:
    assert not batch.names_left(line, names, batch.run_report), batch.run_report(line)


@pytest.mark.parametrize(("line", "items"), params(batch.KEEP, set()))
def test_a_word_labelling_a_quotes_line_stays_in_the_text(line: str, items: list[str]) -> None:
    assert not batch.items_lost(line, items, batch.run_text), batch.run_text(line)


@pytest.mark.parametrize(("line", "items"), params(batch.KEEP, REPORT_KEEP_MISSES))
def test_a_word_labelling_a_quotes_line_stays_in_the_report(line: str, items: list[str]) -> None:
    assert not batch.items_lost(line, items, batch.run_report), batch.run_report(line)
