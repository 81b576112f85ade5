"""Session 14's frozen cases for a quote that is ONE chat line, "<Naam>: ..."
(``anonymise_s14_chat_label_cases``, written before the rule; s13-redteam's class 1): the label
goes when its message reads as a person's (first or second person, a question, thanks or an
apology, an emoji), the label words, places, movements and apps stay. Figures (names removed /
look-alike items kept): main 254af34 13/27, 24/24; with the rule (``detect._in_chat_log``: one
line alone, ``_CHAT_MESSAGE_RE``; an emoji before the colon; a double-barrelled surname as a
label) 27/27, 24/24."""

from __future__ import annotations

import anonymise_s14_chat_label_cases as batch
import pytest

from perskamer.testing import word_in


@pytest.mark.parametrize(("quote", "names"), batch.PERSON)
def test_the_label_of_one_chat_line_goes(quote: str, names: list[str]) -> None:
    out = batch.run(quote)
    assert not [n for n in names if word_in(n, out)], out


@pytest.mark.parametrize(("quote", "items"), batch.KEEP)
def test_a_label_that_is_no_person_stays(quote: str, items: list[str]) -> None:
    out = batch.run(quote)
    assert all(word_in(k, out) for k in items), out


@pytest.mark.parametrize("quote", [
    "Tjeerd: de zaal is gereserveerd voor zaterdag",  # (no person speaks in the message: a notice)
    "Kwartelhof: de zaal is gereserveerd voor zaterdag",
])
def test_one_line_without_a_persons_message_is_no_chat_line(quote: str) -> None:
    from perskamer.plugins.anonymise.detect import _in_chat_log
    from perskamer.plugins.anonymise.lexicon import load_lexicon

    assert not _in_chat_log(quote, 0, load_lexicon())
