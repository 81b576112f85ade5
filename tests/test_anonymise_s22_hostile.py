"""Session 22's exact cuts for hostile quotes give the answers of the code they replace (issue 11).

A pasted run of person frames ("v.l.n.r. <Naam>, " repeated) spent most of its time in
``person_lists.listed_people``: each item's kind asked whether its words are one of the
lexicon's ~4,300 named chains and ~700 keep phrases with ``in`` on the tuples (a comparison with
every entry, ~0.25 ms an item), and each frame split its whole stretch into items although the
list ends at its second item. Now the look-ups go to sets (``lexicon.phrase_sets``, also for
``person_east_asian`` and ``person_honorifics``), an item's kind is remembered by its words
(``person_lists._kind``), and the stretch is split one item at a time (``_split_items``, since session 23
``person_headers.split_items``).
Checked here against the old code (the tuples, ``_kind_of`` uncached, ``re.split``) on
generated texts and on whole anonymised texts and reports. Invented names; no timing.
"""

from __future__ import annotations

import dataclasses
import re

import pytest
from anonymise_asserts import speaker_report
from hypothesis import given, settings
from hypothesis import strategies as st

from perskamer.model import Report
from perskamer.plugins.anonymise import (
    anonymiser,
    lexicon,
    person_east_asian,
    person_headers,
    person_honorifics,
    person_lists,
    person_slot_pairs,
)
from perskamer.plugins.anonymise.lexicon import load_lexicon, phrase_sets
from perskamer.plugins.anonymise.replace import anonymise_text

_PIECES = [" ", ", ", " en ", " and ", " & ", "&", " et ", " und ", ",", "  ,  ", "\n", " - ", ". ", "Wiebke",
           "Dierickx", "Jorinde", "Kalfsvel", "van der", "de", "jeugddienst", "Gent", "Lego", "VVSG", "Bol.com", "é",
           "ÉÉN", "en", "Oudeland", "Mevr.", "dr.", "Studio", "Brussel", "Burger", "King", "v.l.n.r.", "Op de foto:",
           "met", "(monitor)", "Li", "Wei", "Tan", "Mei", "Ling"]
_TEXTS = st.lists(st.sampled_from(_PIECES), min_size=0, max_size=30).map("".join)


#: person_lists' own item splitter before the fold of session 23 (``person_headers.split_items`` now)
_OLD_ITEM_SPLIT_RE = re.compile(r"\s*,\s*|\s+(?:en|and|et|und|&)\s+|\s*&\s*")
_CONJ_RE = re.compile(r"\b(?:en|and|et|und)\b")


def _glued(stretch: str) -> bool:
    """A conjunction without white space on both sides, or right after a comma or "&": there the one
    splitter of session 23 splits ("A,en B", "A, en B": two items) where person_lists' own did not
    ("en B" was a lower-case item); also one right after another conjunction ("A en en B")."""
    for m in _CONJ_RE.finditer(stretch):
        before = stretch[: m.start()]
        if not before[-1:].isspace() or not stretch[m.end() : m.end() + 1].isspace():
            return True
        if before.rstrip()[-1:] in (",", "&") or not before.strip() or _CONJ_RE.search(before.rstrip()[-4:] + "$"):
            return True
    return False


def _old_split_spans(stretch: str, line: bool = False):
    """The items as person_lists' own splitter gave them (its empty parts left out, as the loop did)."""
    at = 0
    for m in _OLD_ITEM_SPLIT_RE.finditer(stretch):
        if m.start() > at:
            yield at, m.start()
        at = m.end()
    if at < len(stretch):
        yield at, len(stretch)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_split_items_gives_the_items_the_old_splitter_gave(stretch):
    new = [stretch[a:b].strip() for a, b in person_headers.split_items(stretch, line=False)]
    old = [stretch[a:b].strip() for a, b in _old_split_spans(stretch)]
    if not _glued(stretch):
        assert [x for x in new if x] == [x for x in old if x]


_STOP_PIECES = [" ", "\n", ".", ". ", ".\n", "!", "?", "…", " - ", " – ", " — ", "-", "–", "r", "v.l.n.r", "Dr", "dr.",
                "mevr. ", "Jorinde", "Kalfsvel", "a", "é", "ß", "1", "_", ",", "Wiebke", "\t", "  ", "ing", "M. "]
_STOP_TEXTS = st.lists(st.sampled_from(_STOP_PIECES), min_size=0, max_size=25).map("".join)


@settings(max_examples=300, deadline=None)
@given(_STOP_TEXTS)
def test_text_stops_end_every_stretch_where_list_end_does(text):
    stops = person_lists._TextStops(text)
    for at in range(len(text) + 1):
        for end in range(at, len(text) + 1):
            stretch = text[at:end]
            assert stops.list_end(at, stretch) == person_lists._list_end(stretch), (text, at, end)


@pytest.mark.parametrize("text", [
    "v.l.n.r. Jorinde, Wiebke. Daarna Mevr. Kalfsvel - en\nM. Tan!",
    "Kalfsvelr\n. Wiebke",  # (a stretch from "r": the word before the stop is one letter there, not in the text)
    "Jorindemevr. Wiebke. Kalfsvelr. x",
    "ab - - - x - – — y",
    "Dr - Jorinde…\n",
    "Wiebke.\n",
])
def test_list_end_on_fixed_stretches(text):
    stops = person_lists._TextStops(text)
    for at in range(len(text) + 1):
        for end in range(at, len(text) + 1):
            assert stops.list_end(at, text[at:end]) == person_lists._list_end(text[at:end]), (at, end)


def test_item_split_pattern_matches_no_empty_string():
    # (split_items relies on it: an empty match would yield no item and never move on)
    for s in ["", " ", "en", "a", "\n", "  ", " en ", ". X", "1) "]:
        assert all(m.end() > m.start() for m in person_headers.SPLIT_RE.finditer(s))


def test_phrase_sets_say_what_the_tuples_say():
    lex = load_lexicon()
    chains, phrases = phrase_sets(lex)
    assert chains == frozenset(lex.named_chains) and phrases == frozenset(lex.keep_phrases)
    assert all(isinstance(e, tuple) for e in lex.named_chains + lex.keep_phrases)
    probes = list(lex.named_chains[:200]) + list(lex.keep_phrases[:200])
    probes += [("wiebke", "dierickx"), ("burger",), (), ("studio", "brussel", "x"), tuple(["albert", "heijn"])]
    probes += [e[:-1] for e in lex.named_chains[:100]] + [e + ("x",) for e in lex.keep_phrases[:100]]
    for p in probes:
        assert (p in chains) == (p in lex.named_chains)
        assert (p in phrases) == (p in lex.keep_phrases)
    assert phrase_sets(lex)[0] is chains  # (remembered)


def test_phrase_sets_follow_the_lexicon_asked():
    lex = load_lexicon()
    other = dataclasses.replace(lex, named_chains=(("wiebke", "dierickx"),), keep_phrases=(("jorinde", "kalfsvel"),))
    assert phrase_sets(other) == (frozenset({("wiebke", "dierickx")}), frozenset({("jorinde", "kalfsvel")}))
    assert ("wiebke", "dierickx") not in phrase_sets(lex)[0]
    assert phrase_sets(lex)[0] == frozenset(lex.named_chains)


_WORDS = st.lists(st.sampled_from(["Wiebke", "Dierickx", "Jorinde", "Gent", "Lego", "VVSG", "Bol.com", "van", "de",
                                   "Studio", "Brussel", "Burger", "King", "Kapla", "Ysoline", "Roos", "Unicef", "België",
                                   "Jeugddienst", "KSA", "Marokkaanse", "Albert", "Heijn", "Tan", "Mei", "Ling", "Storm"]),
                  min_size=1, max_size=4)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_WORDS, st.booleans()), min_size=1, max_size=8))
def test_kind_remembered_is_kind_worked_out(asks):
    lex = load_lexicon()
    for words, shouted in asks + asks[::-1]:
        want = person_lists._kind_of(list(words), lex, shouted)
        assert person_lists._kind(list(words), lex, shouted) == want
        assert person_lists._kind(list(words), lex, shouted) == want


def test_kind_memo_follows_the_lexicon_and_is_bounded(monkeypatch):
    lex = load_lexicon()
    words = ["Burger", "King"]
    other = dataclasses.replace(lex, named_chains=())
    assert person_lists._kind(words, lex) == person_lists._kind_of(words, lex)
    assert person_lists._kind(words, other) == person_lists._kind_of(words, other)
    assert person_lists._kind(words, lex) == person_lists._kind_of(words, lex)
    monkeypatch.setattr(person_lists, "_KINDS_MAX", 3)
    for k in range(10):
        person_lists._kind([f"Wiebke{k}"], lex)
        assert len(person_lists._KINDS[1]) <= 3


def _old_code(monkeypatch: pytest.MonkeyPatch) -> None:
    """Put the code as it was back: the tuples asked with ``in``, every kind worked out, re.split,
    every list's end found in its stretch."""
    monkeypatch.setattr(person_lists, "_STOPS_AFTER", 10**9)
    monkeypatch.setattr(person_lists, "_kind", person_lists._kind_of)
    monkeypatch.setattr(person_lists, "split_items", _old_split_spans)
    tuples = lambda lex: (lex.named_chains, lex.keep_phrases)  # noqa: E731
    for mod in (person_lists, person_east_asian, person_honorifics, person_slot_pairs, lexicon):
        monkeypatch.setattr(mod, "phrase_sets", tuples, raising=False)
    person_lists.listed_people.cache_clear()


_FRAMES = [
    "v.l.n.r. Jorinde, " * 40,
    "Op de foto: Wiebke Dierickx, Jorinde Kalfsvel en Burger King. Daarna: Studio Brussel & Lego.",
    "Van links naar rechts: Mevr. Tan Mei Ling, dr. Wybe van der Kalfsvel, Unicef België en Kapla.",
    "We spelen met Ysoline, Storm en Roos. Met de jeugddienst, de KSA en Gent.\n- Wiebke, leiding\n| Jorinde | animator |",
    "V.L.N.R. JORINDE KALFSVEL, WIEBKE DIERICKX EN VVSG. Mevrouw Tan Mei Ling en Madame Albert Heijn kwamen.",
    "Foto v.l.n.r. Albert Heijn, Bol.com, Marokkaanse Jorinde en Li Wei aan de toog; links Wiebke - rechts Storm.",
    "Op de foto Jorinde en Wiebke. Op de foto Dr. Kalfsvel - Op de foto M. Tan!\nMet Storm, Roos en Ysoline.\n" * 6,
    "v.l.n.r. Jorinde, Wiebke\nKalfsvel en Storm op het kamp. Achteraan Wybe en Roos - vooraan Li Wei… " * 5,
    # (person_slot_pairs asks the chains and phrases too)
    "Het team van Wiebke Dierickx won. Het team van Albert Heijn ook. Ik ga naar Burger King en naar Jorinde "
    "Kalfsvel. Welkom Studio Brussel, welkom terug Wybe Oudeland! Zeg tegen Tan Mei Ling dat Madame Tussauds belt.",
]


@pytest.mark.parametrize("after", [0, 1, 8])
@pytest.mark.parametrize("text", _FRAMES)
def test_listed_people_and_anonymised_text_as_before(monkeypatch, text, after):
    monkeypatch.setattr(person_lists, "_STOPS_AFTER", after)
    person_lists.listed_people.cache_clear()
    new_list = person_lists.listed_people(text)
    new_text = anonymise_text(text)
    with monkeypatch.context() as m:
        _old_code(m)
        old_list = person_lists.listed_people(text)
        old_text = anonymise_text(text)
    person_lists.listed_people.cache_clear()
    assert new_list == old_list
    assert new_text == old_text


_report = speaker_report  # (bench_hostile's report: the quote and the quotes section holding it)


def _published(report: Report) -> tuple:
    out = anonymiser.anonymise_report(report, anonymiser.Options.from_dict({}))
    return (out.sections, [(q.text, q.speaker, q.attribution) for q in out.quotes], out.meta,
            repr(out.private.get("anonymisation")))


def test_the_hostile_list_frame_report_is_anonymised_as_before(monkeypatch):
    # the bench_hostile trigger, cut to 6 kB (the shape, not the size, is what is compared)
    text = ("v.l.n.r. Jorinde, " * 400)[:6000]
    person_lists.listed_people.cache_clear()
    new = _published(_report(text))
    with monkeypatch.context() as m:
        _old_code(m)
        old = _published(_report(text))
    person_lists.listed_people.cache_clear()
    assert new == old
    assert "Jorinde" not in "".join(str(x) for x in new[:2])


_HANDLE_PIECES = ["v", ".", "l", "n", "r", "_", "jorinde", "kalfsvel", "@", "07", "be", "zip", "o.a", "x", "Wiebke", "2024"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_HANDLE_PIECES), min_size=1, max_size=8).map("".join), min_size=1, max_size=6))
def test_account_shaped_remembered_is_account_shaped_worked_out(handles):
    from perskamer.plugins.anonymise import contact_cues

    for h in handles + handles:
        assert contact_cues.account_shaped(h) == contact_cues.account_shaped.__wrapped__(h)
