"""Session 21's exact cuts for hostile quotes give the answers of the code they replace (issue 11).

A rule asking whether a word's line is written in capitals counted the whole line per word
(``person_first_before.caps_line``, also asked by ``person_runs``): quadratic on a long line of
capitals. ``scan.line_letters`` counts a line once per text. Checked here against the code as it
was, written out, on generated texts (hypothesis, interleaved texts so the memo must switch) and by
anonymising whole texts with the old per-word count put back. The same for the word before a full stop in a list's stretch (``person_lists._list_end``: a search
from the stretch's start per full stop). Invented names; no timing.
"""

from __future__ import annotations

import re

import pytest
from anonymise_asserts import speaker_report
from hypothesis import given, settings
from hypothesis import strategies as st

from perskamer.plugins.anonymise import anonymiser, person_first_before, person_lists, person_runs, scan
from perskamer.plugins.anonymise.lexicon import fold
from perskamer.plugins.anonymise.replace import anonymise_text

_PIECES = ["\n", "\n\n", " ", ", ", ": ", "ABCDE", "OOK", "ZEGT", "MET", "VOOR", "Wiebke", "KALFSVEL", "jorinde",
           "é", "ÉÉN", "ß", "İ", "ǅ", "1234", "!", "“", "”", "de jeugdraad", "SPEELPLEIN", "\t", "ﬁ", "Σ"]
_TEXTS = st.lists(st.sampled_from(_PIECES), min_size=0, max_size=30).map("".join)


def _old_counts(text: str, at: int) -> tuple[int, int]:
    """The line's letters and upper-case letters as ``_caps_line`` counted them before session 21."""
    lo = text.rfind("\n", 0, at) + 1
    hi = text.find("\n", at)
    line = text[lo : hi if hi >= 0 else len(text)]
    letters = [c for c in line if c.isalpha()]
    return len(letters), sum(c.isupper() for c in letters)


def _old_caps_line(text: str, at: int, min_letters: int = 12) -> bool:
    """person_first_before.caps_line as it was before session 21 (person_runs asks it with 6)."""
    lo = text.rfind("\n", 0, at) + 1
    hi = text.find("\n", at)
    line = text[lo : hi if hi >= 0 else len(text)]
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= min_letters and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_TEXTS, st.integers(min_value=0, max_value=400)), min_size=1, max_size=6))
def test_line_letters_counts_the_line_as_the_per_word_count_did(asks):
    # interleaved texts and offsets (also at a line break, the text's end and beyond a short text)
    for text, at in asks + asks[::-1]:
        at = min(at, len(text))
        assert scan.line_letters(text, at) == _old_counts(text, at)
        assert person_first_before.caps_line(text, at) == _old_caps_line(text, at)
        assert person_first_before.caps_line(text, at, min_letters=6) == _old_caps_line(text, at, 6)


def test_line_letters_on_fixed_lines():
    text = "OOK ABCDE\nde jeugdraad\n\nÉÉN İ ß"
    assert scan.line_letters(text, 0) == (8, 8)
    assert scan.line_letters(text, 9) == (8, 8)  # (the line break closes the line before it)
    assert scan.line_letters(text, 10) == (11, 0)
    assert scan.line_letters(text, 23) == (0, 0)  # (the blank line)
    assert scan.line_letters(text, len(text)) == _old_counts(text, len(text))
    assert scan.line_letters("", 0) == (0, 0)
    # a text equal to the last one but another object: the same answer
    other = "".join(["OOK ABCDE\nde jeugd", "raad\n\nÉÉN İ ß"])
    assert other is not text and scan.line_letters(other, 10) == (11, 0)


_SHOUTED = ["OOK ABCDE FGHIJ KLMNO PQRST ", "JORINDE KALFSVEL ZEGT: WIEBKE DIERICKX KOMT MORGEN MET NOX\n",
            "DANK AAN WUBBO OUDELAND EN STERRE VOOR DE BUS ", "Wybe Kalfsvel zei: IK BEN HIER MET JORINDE KALFSVEL. ",
            "- WIEBKE DIERICKX (17) VOOR MAAIKE VAN DER KALFSVEL\nok\n"]


@pytest.fixture
def old_caps_line(monkeypatch):
    def put_back():
        monkeypatch.setattr(person_first_before, "caps_line", _old_caps_line)
        monkeypatch.setattr(person_runs, "caps_line", _old_caps_line)
    return put_back


@pytest.mark.parametrize("trigger", _SHOUTED)
def test_hostile_lines_of_capitals_anonymise_as_with_the_per_word_count(trigger, old_caps_line):
    text = (trigger * (3000 // len(trigger) + 1))[:3000]
    new_text = anonymise_text(text)
    new_report = speaker_report(text)
    anonymiser.anonymise_report(new_report, anonymiser.Options.from_dict({}))
    old_caps_line()
    old_report = speaker_report(text)
    anonymiser.anonymise_report(old_report, anonymiser.Options.from_dict({}))
    assert anonymise_text(text) == new_text
    assert (new_report.sections, new_report.quotes, new_report.meta) == (old_report.sections, old_report.quotes,
                                                                        old_report.meta)


# -- person_lists._list_end: the word before a full stop walked back, not searched from the stretch's start

_STRETCH_PIECES = ["v", "l", "n", "r", ".", ". ", "\n", " ", "Dr", "dr.", "prof", "St", "Jorinde", "Kalfsvel", ",", " en ",
                   " - ", " – ", "!", "?", "…", "12", "²", "_", "é", "ǅ", "ß", "Ⅻ", "٣", "x_y", "a1", "İ", "\t"]
_STRETCHES = st.lists(st.sampled_from(_STRETCH_PIECES), min_size=0, max_size=40).map("".join)


def _old_list_end(stretch: str) -> int:
    """person_lists._list_end as it was before session 21."""
    for m in re.finditer(r"[.!?…](?=\s|$)|\s[–—]\s|\s-\s", stretch):
        ch = stretch[m.start()]
        if ch == ".":
            word = re.search(r"([^\W\d_]+)$", stretch[: m.start()])
            if word is not None and (len(word.group(1)) == 1 or fold(word.group(1)) in person_lists._ABBREVIATIONS):
                continue
        return m.start()
    return len(stretch)


@settings(max_examples=800, deadline=None)
@given(_STRETCHES, st.integers(min_value=0, max_value=300))
def test_word_before_is_the_searched_run_of_letters(text, end):
    end = min(end, len(text))
    m = re.search(r"([^\W\d_]+)$", text[:end])
    assert person_lists._word_before(text, end) == (m.group(1) if m is not None else "")


@settings(max_examples=800, deadline=None)
@given(_STRETCHES)
def test_list_end_ends_the_list_where_it_did(stretch):
    assert person_lists._list_end(stretch) == _old_list_end(stretch)


@pytest.mark.parametrize("stretch, end", [
    ("Jorinde, Wiebke. Daarna", 15), ("dr. Kalfsvel en v.l.n.r. Wiebke!", 31), ("Jorinde\n. Wiebke", 8),
    ("St. Jorinde", 11), ("Kalfsvel – de rest", 8), ("12. Jorinde", 2), ("", 0),
])
def test_list_end_on_fixed_stretches(stretch, end):
    assert person_lists._list_end(stretch) == end == _old_list_end(stretch)
