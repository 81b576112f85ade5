"""Session 13's speed changes give what the plain code gives (issue 11's speed target, issue 13).

* ``detect._possessive_indexes``: the tokens written as a possessive with "'s", found from
  the places of "'s"/"’s" in the text instead of a test of every token.
* ``chat_senders.may_hold_sender``: a text without any chat line's sender (no shape that
  :mod:`perskamer.form.chat_lines` knows, no line opening with a time stamp) asks no token
  whether it is one (``detect._score_token``'s first rule).
* ``person_positions._may_name_nickname``: a text without a naming verb (or a pronoun and a
  calling verb) asks no capitalised word whether it is a nickname in quotes.
* ``detect._protect``: the allow-list's phrases are grouped on their own, per analysis,
  instead of a copy of the keep entries' table with them added (same order: keep entries
  first, then the allow-list's phrases).
* ``lexicon.read_list`` gives tuples (what the cyclic garbage collector walks; same entries).

Hypothesis properties compare each with its plain version (written out here) on generated
and hostile text, and the whole analysis with the fast path switched off; fixed cases show
they are not vacuous. The golden test (test_anonymise_golden.py) checks the whole output on
every text we have.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from perskamer.plugins.anonymise import chat_senders, detect, person_positions
from perskamer.plugins.anonymise.detect import Knowledge, analyse

_WORDS = st.sampled_from([
    "Lotte's", "Lotte’s", "’s avonds", "'s morgens", "Jonas' boek", "x's", "ab's", "Anne-Sophie's", "d's", "Jan",
    "Peeters", "zei", "vertelde", "de", "het", "fuif", "leiding", "[persoon 1]'s", "Mo’s", "’s", "'s", "s", "’",
    "'", "Jan Peeters", "Van Acker", "een deelnemer", "mama", "berk", "sanne", "hoi", "ok", "Chiro", "De Kompaan",
    "İlker's", "ſam's", "Zoë’s", "👋", "12", "14:05", "[20:32]", "(9:04)", "21:30 -", "@sam:", "x schreef:",
    "- jan (14:05):", "sam om 14:05:", "Noor —", "vandaag om 14:05", "apestaartje", "tiktok:", "jan_p",
    "heet", "HEET", "heette", "die heet", "hij heet", "noemen", "noemden", "hem", "haar", "ons", "onſ", "ze noemen hem",
    "iedereen", "gewoon", "'De Prof'", "“Baas”", "'Turbo'", "«Mus»", "bijgenaamd", "genaamd", "Straße", "ß",
])
_SEPS = st.sampled_from([" ", " ", " ", ", ", ". ", "\n", "\n\n", ": ", " - ", "'", "’", "", "  ", "\t", "? "])
_TEXT = st.lists(st.tuples(_WORDS, _SEPS), max_size=24).map(lambda parts: "".join(w + s for w, s in parts))
_CHAT = st.lists(st.tuples(
    st.sampled_from(["[20:32] ", "(9:04) ", "21:30 - ", "", "- ", "@"]),
    st.sampled_from(["berk", "Sanne", "jan peeters", "Noor", "mama", "Chiro", "De Kompaan", "lien mama"]),
    st.sampled_from([": ", " (14:05): ", " om 14:05: ", " schreef: ", " zei: ", " "]),
    st.sampled_from(["hoi", "Jan komt ook", "ok Lotte's fiets", "tot straks sanne", "ja"]),
), min_size=1, max_size=5).map(lambda lines: "\n".join("".join(p) for p in lines))


def _plain_possessives(toks: list[detect.Token]) -> list[int]:
    """The possessive indexes as analyse found them before session 13 (a test of every token)."""
    return [i for i, tok in enumerate(toks) if tok.text.endswith(("'s", "’s")) and len(tok.text) > 3]


@settings(max_examples=600, deadline=None)
@given(_TEXT)
def test_possessive_indexes_are_the_plain_ones(text: str) -> None:
    toks = detect.tokenize(text)
    assert detect._possessive_indexes(text, toks) == _plain_possessives(toks)


def test_possessive_indexes_not_vacuous() -> None:
    text = "Lotte's fiets, ’s avonds bij Mo’s en Zoë’s, x's en Jonas' boek"
    toks = detect.tokenize(text)
    got = [toks[i].text for i in detect._possessive_indexes(text, toks)]
    assert got == ["Lotte's", "Mo’s", "Zoë’s"]  # (not "x's": three characters; "’s avonds": its own token)
    assert got == [toks[i].text for i in _plain_possessives(toks)]


def _plain_stamped(text: str, toks: list[detect.Token]) -> list[bool]:
    offsets = detect._lines_of(text)[1]
    return [chat_senders.stamped_sender(text, toks, i, offsets) for i in range(len(toks))]


@settings(max_examples=500, deadline=None)
@given(st.one_of(_TEXT, _CHAT))
def test_no_sender_means_no_token_is_one(text: str) -> None:
    toks = detect.tokenize(text)
    if not chat_senders.may_hold_sender(text):
        assert not any(_plain_stamped(text, toks))


def _analyses(text: str, monkeypatch: Any) -> tuple[Any, Any]:
    kwargs: dict[str, Any] = {"knowledge": Knowledge(), "find_uncertain": True}
    fast = analyse(text, **kwargs)
    with monkeypatch.context() as m:
        m.setattr(detect, "_possessive_indexes", lambda t, toks: _plain_possessives(toks))
        m.setattr(chat_senders, "may_hold_sender", lambda t: True)
        m.setattr(person_positions, "_may_name_nickname", lambda t: True)
        plain = analyse(text, **kwargs)
    return fast, plain


@settings(max_examples=300, deadline=None)
@given(st.one_of(_TEXT, _CHAT))
def test_analysis_fast_is_plain(text: str) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        fast, plain = _analyses(text, monkeypatch)
    assert fast == plain


@pytest.mark.pure_python
def test_senders_not_vacuous(monkeypatch: Any) -> None:
    chat = "[20:32] berk: hoi allemaal\n[20:33] Noor: ok"
    assert chat_senders.may_hold_sender(chat)
    toks = detect.tokenize(chat)
    assert any(_plain_stamped(chat, toks))
    spans = [s.text for s in analyse(chat).spans]
    assert "berk" in spans
    # (with the gate saying "no sender" the analysis would miss the sender: the gate is read)
    monkeypatch.setattr(chat_senders, "may_hold_sender", lambda t: False)
    assert "berk" not in [s.text for s in analyse(chat).spans]
    plain_text = "We gingen met de leiding naar Gent en het was leuk."
    assert not chat_senders.may_hold_sender(plain_text)


@settings(max_examples=500, deadline=None)
@given(_TEXT)
def test_no_naming_verb_means_no_nickname(text: str) -> None:
    toks = detect.tokenize(text)
    if not person_positions._may_name_nickname(text):
        with pytest.MonkeyPatch.context() as m:
            m.setattr(person_positions, "_may_name_nickname", lambda t: True)
            assert not any(person_positions.nickname_in_quotes(text, toks, i) for i in range(len(toks)))


@pytest.mark.pure_python
def test_nickname_gate_not_vacuous(monkeypatch: Any) -> None:
    for text in ("Ze noemen hem 'De Prof' sinds het kamp.", "Die heet “Turbo” bij ons.", "Hij genaamd 'Turbo' kwam."):
        toks = detect.tokenize(text)
        assert person_positions._may_name_nickname(text)
        assert any(person_positions.nickname_in_quotes(text, toks, i) for i in range(len(toks)))
        with monkeypatch.context() as m:
            m.setattr(person_positions, "_may_name_nickname", lambda t: False)
            assert not any(person_positions.nickname_in_quotes(text, toks, i) for i in range(len(toks)))
    assert not person_positions._may_name_nickname("Ze gingen met 'De Prof' naar zee.")


def test_read_list_gives_the_file_entries_as_a_tuple() -> None:
    from perskamer.plugins.anonymise.lexicon import read_list

    entries = read_list("calendar.txt")
    assert isinstance(entries, tuple) and entries and all(e == e.strip() and not e.startswith("#") for e in entries)


_PHRASES = st.lists(st.sampled_from(["Klim Op", "De Wissel", "Jan Peeters", "Chiro Sint-Pieter", "Sint Pieter", "Het Anker",
                                     "De Kompaan", "Lotte", "klim op", "Van Acker", "Albert Heijn", "De Wissel Jan"]),
                    max_size=4)
_ALLOW_TEXT = st.lists(st.tuples(st.sampled_from([
    "Klim Op", "De Wissel", "Jan Peeters", "Chiro Sint-Pieter", "Sint Pieter", "Het Anker", "De Kompaan", "Lotte",
    "Albert Heijn", "Van Acker", "zei", "bij", "de", "in", "met", "en", "fuif", "leiding", "[persoon 1]", "Jan"]), _SEPS),
    max_size=16).map(lambda parts: "".join(w + s for w, s in parts))


def _plain_allow(text: str, phrases: list[str], monkeypatch: Any) -> Any:
    """The analysis as before session 13: the allow-list's phrases added to a copy of the keep
    entries' table (after the keep entries of the same first word)."""
    know = Knowledge()
    for p in phrases:
        know.add_allow(p)
    merged = {k: list(v) for k, v in detect._tables(detect.load_lexicon()).keep_firsts.items()}
    for p in know.allow_phrases:
        merged.setdefault(p[0], []).append((p, "allow"))
    tables = detect._tables(detect.load_lexicon())
    plain_tables = detect._LexiconTables(tables.idioms, tables.idiom_re, tables.idiom_words, merged)
    know.allow_phrases = []
    with monkeypatch.context() as m:
        m.setattr(detect, "_tables", lambda lex: plain_tables)
        return analyse(text, know)


def _fast_allow(text: str, phrases: list[str]) -> Any:
    know = Knowledge()
    for p in phrases:
        know.add_allow(p)
    return analyse(text, know)


@pytest.mark.pure_python
@settings(max_examples=300, deadline=None)
@given(_ALLOW_TEXT, _PHRASES)
def test_allow_phrases_grouped_are_the_plain_ones(text: str, phrases: list[str]) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        assert _fast_allow(text, phrases) == _plain_allow(text, phrases, monkeypatch)


@pytest.mark.pure_python
def test_allow_phrases_not_vacuous(monkeypatch: Any) -> None:
    text = "Ik ging met Jan Peeters naar de fuif."
    assert "Jan Peeters" in [s.text for s in analyse(text, Knowledge()).spans]
    fast = _fast_allow(text, ["Jan Peeters"])
    assert "Jan Peeters" not in [s.text for s in fast.spans]  # (the allow-list keeps the phrase)
    assert fast == _plain_allow(text, ["Jan Peeters"], monkeypatch)
