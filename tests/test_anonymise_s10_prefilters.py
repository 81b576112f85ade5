"""Session 10's prefilters give what the plain code they guard gives (issue 11's speed target).

Each rule below runs its slow part only when the text holds what a match needs (a
character, a word, a cue). A hypothesis property compares each prefiltered rule with
its plain version (written out here as it was before the prefilter) on generated text
that holds the shapes the rules look for (handles, dotted and numbered account names,
message cues, windows longer than the rule's, the characters that make case-insensitive
matching special) and on hostile text; a few fixed cases show the properties are not
vacuous (the slow part does find something there). The golden test
(test_anonymise_golden.py) checks the whole output on every text we have.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from hypothesis import given, settings
from hypothesis import strategies as st

from perskamer.plugins.anonymise import contact_cues
from perskamer.plugins.anonymise.lexicon import Lexicon, fold, load_lexicon

_PIECES = st.sampled_from([
    "stuur een dm naar ", "PB AAN ", "bericht naar\n", "berichtje  aan ", "message privé à ", "sms naar", "dm'tje naar ",
    "volg ", "add me op ", "te vinden als ", "zoek ", "xyzzie", "jorvanlier", "kamp", "lena_", "x_y_14", "club.kust.official",
    "x.y07", "o.a.", "20.30u", "3.2.1", "ksa.be", "senne4821", "kamp_def.zip", "_", ".", "..", "._", "4", "٤", "0470",
    "a1", "İ", "ı", "ſ", "K", "é", "\u0301", "\n", " ", "  ", ":", "=", "@", "#", "/", "-", "·", " 2 u", "x" * 30,
    "Dat is de kers op de taart, zei ze.",
])
_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=3)), max_size=30).map("".join)


def _plain_cued_handles(text: str) -> Iterator[tuple[int, int]]:
    for m in contact_cues._CANDIDATE_RE.finditer(text):
        if contact_cues.account_shaped(m.group(1)) and contact_cues._CUE_RE.search(
                text[max(0, m.start() - contact_cues._WINDOW) : m.start()]):
            yield m.span(1)


def _plain_bare_words_after_send(text: str, lex: Lexicon) -> Iterator[tuple[int, int]]:
    lowered = text.lower()
    if not any(w in lowered for w in ("dm", "pb", "pm", "bericht", "sms", "snap", "app", "message")):
        return
    for m in re.finditer(r"(?<![\w@#/.-])([a-z][a-z0-9]{3,30})(?![\w@.]|\.[a-z])", text):
        if not contact_cues._SEND_CUE_RE.search(text[max(0, m.start() - contact_cues._WINDOW) : m.start()]):
            continue
        f = fold(m.group(1))
        if lex.is_word(f) or f in lex.common or f in lex.places or f in lex.platforms or f in lex.keep_single:
            continue
        yield m.span(1)


@settings(max_examples=500, deadline=None)
@given(_TEXT)
def test_candidates_are_the_plain_pattern_matches(text: str) -> None:
    assert [m.span() for m in contact_cues.candidates(text)] == [
        m.span() for m in contact_cues._CANDIDATE_RE.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(_TEXT)
def test_prefiltered_contact_rules_are_the_plain_ones(text: str) -> None:
    lex = load_lexicon()
    assert list(contact_cues.cued_handles(text)) == list(_plain_cued_handles(text))
    found = contact_cues.candidates(text)
    assert list(contact_cues.cued_handles(text, found)) == list(_plain_cued_handles(text))
    assert list(contact_cues.bare_accounts(text, found)) == list(contact_cues.bare_accounts(text))
    assert list(contact_cues.bare_words_after_send(text, lex)) == list(_plain_bare_words_after_send(text, lex))


def test_the_prefiltered_rules_find_what_they_are_for() -> None:
    """(the properties above are not vacuous: these texts hit the slow parts)"""
    lex = load_lexicon()
    text = "Stuur een dm naar xyzzie of volg lena_smets_14, en club.kust.official, of senne4821."
    assert len(contact_cues.candidates(text)) == 3
    assert [text[a:b] for a, b in contact_cues.cued_handles(text)] == ["lena_smets_14"]
    assert [text[a:b] for a, b in contact_cues.bare_accounts(text)] == ["club.kust.official"]
    assert [text[a:b] for a, b in contact_cues.bare_words_after_send(text, lex)] == ["xyzzie"]
    assert contact_cues.candidates("Gewoon een zin. Nog een zin, 12 jaar.") == []
    # a cue further back than the window: neither version takes the word
    far = "stuur een dm naar " + "x" * 70 + " xyzzie"
    assert list(contact_cues.bare_words_after_send(far, lex)) == list(_plain_bare_words_after_send(far, lex))


@settings(max_examples=50, deadline=None)
@given(st.sampled_from(["Jan (", "dm naar ", "a.b", "x1 ", "._", "٤"]), st.integers(1, 400))
def test_prefiltered_rules_on_hostile_repeats(piece: str, n: int) -> None:
    lex = load_lexicon()
    text = piece * n
    assert [m.span() for m in contact_cues.candidates(text)] == [
        m.span() for m in contact_cues._CANDIDATE_RE.finditer(text)]
    assert list(contact_cues.bare_words_after_send(text, lex)) == list(_plain_bare_words_after_send(text, lex))
