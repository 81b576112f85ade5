"""The default scope harvests only the sections whose names can matter (harvest_scope.py):
the anonymised report must be exactly the one a harvest of every section gives.

A hypothesis property builds Dutch-like reports (names in the narrative and in quotes,
lower-case chat, a name only in the narrative, a surname only in the quote, İ ı ſ K, line
breaks) and compares the restricted run with a full one; two mutations (no case folding in
the form filter; no check of the knowledge after the harvest) must break it on a report
made for each.
"""

from __future__ import annotations

import copy
import pickle

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from perskamer.model import Quote, Report
from perskamer.plugins.anonymise import detect, harvest_scope
from perskamer.plugins.anonymise.anonymiser import anonymise_report

FIRST = ["Jan", "Sofie", "Mehmet", "Nore", "Kobe", "Fien", "Ilias", "Amira", "Lowie", "İlker", "Kıvanç", "Dan", "Roos"]
LAST = ["Peeters", "Janssens", "Van den Broeck", "De Smet", "El Khatib", "Kaya", "D'Hondt", "Claes", "Kuşçu"]
ORGS = ["Chirojeugd Vlaanderen", "KSA", "Formaat", "VDAB", "Awel", "Uit De Marge", "JES"]
WORDS = ["het", "lokaal", "dan", "we", "vrijwilligers", "kamp", "ſamen", "mooi", "roos", "jan", "wil", "Kamp"]

NARRATIVE = [
    "{f} {l} vertelde over {o}.",
    "Volgens {f} is het lokaal te klein.",
    "Dan gingen we met {f} naar {o}.",
    "Het verhaal van {f} {l} (22) raakte iedereen.",
    "{l} gaf het woord aan {f}.",
    "vraagt {fl}, en {w} {w}.",
    "Foto: {f}\n{w} {w} {w}.",
    "Totem {f} {w} was er ook.",
    "moderator {fl} zei dat {w} {w} gewoon {w} is.",
    "We spraken met {f} en {f2}. {W} {w} {w}!",
    "{o} en {f} {l}'s ploeg.",
    "jan_{lw} schreef het op.",
]
QUOTES = [
    "Met {f} hebben we alles uitgedacht.",
    "{l} belde me om twee uur 's nachts.",
    "ik zag {fl} gisteren nog",
    "- {fl} (12:04): {w} {w}",
    "Dat zei {f} {l} ook al, {w}.",
    "We doen het voor {fl}, {w}.",
    "{W} {w} bij {o}.",
]


@st.composite
def sentence(draw: st.DrawFn, shapes: list[str]) -> str:
    f, f2 = draw(st.sampled_from(FIRST)), draw(st.sampled_from(FIRST))
    last = draw(st.sampled_from(LAST))
    word = draw(st.sampled_from(WORDS))
    text = draw(st.sampled_from(shapes)).format(
        f=f, f2=f2, l=last, fl=f.lower() if draw(st.booleans()) else f, lw=last.split()[-1].lower(),
        o=draw(st.sampled_from(ORGS)), w="{w}", W=word.capitalize())
    while "{w}" in text:
        text = text.replace("{w}", draw(st.sampled_from(WORDS)), 1)
    return text


@st.composite
def reports(draw: st.DrawFn) -> Report:
    def block(shapes: list[str], lo: int, hi: int) -> str:
        joins = st.sampled_from([" ", " ", "\n", "\n\n"])
        out = ""
        for _ in range(draw(st.integers(lo, hi))):
            out += draw(sentence(shapes)) + draw(joins)
        return out.strip()

    sections = {sid: block(NARRATIVE, 0, 4) for sid in ("summary", "ambitions", "surprise", "questions")}
    quotes = [Quote(block(QUOTES, 1, 2), draw(st.sampled_from([None, "Jan Peeters", "sofie", "een deelnemer", "Kobe"])))
              for _ in range(draw(st.integers(0, 3)))]
    if draw(st.booleans()):
        sections["quotes"] = block(QUOTES, 1, 3)
    meta = {"speakers": draw(st.lists(st.sampled_from(["Fien Claes", "Ilias Kaya", "Dan Janssens"]), max_size=2))}
    if draw(st.booleans()):
        meta["highlight"] = draw(sentence(QUOTES))
    return Report(source="verslag.md", slug="verslag", format="md", meta=meta, sections=sections, quotes=quotes)


def _full_plan(self: harvest_scope.HarvestScope, forced: object = ()) -> set[str]:
    return {sid for sid, _ in self.sections}


def _both(report: Report, monkeypatch: pytest.MonkeyPatch, options: dict | None = None) -> tuple[bytes, bytes]:
    restricted = anonymise_report(copy.deepcopy(report), options)
    with monkeypatch.context() as m:
        m.setattr(harvest_scope.HarvestScope, "plan", _full_plan)
        full = anonymise_report(copy.deepcopy(report), options)
    return pickle.dumps(restricted), pickle.dumps(full)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(reports())
def test_the_restricted_harvest_gives_the_full_harvests_report(monkeypatch: pytest.MonkeyPatch, report: Report) -> None:
    restricted, full = _both(report, monkeypatch)
    assert restricted == full


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(reports())
def test_the_exact_rule_alone_gives_the_full_harvests_report(monkeypatch: pytest.MonkeyPatch, report: Report) -> None:
    """The same without the quick first choice (sections holding a published capitalised
    word as written), so every section goes through the candidate rule."""
    real = harvest_scope.HarvestScope._published

    def no_quick(self: harvest_scope.HarvestScope) -> tuple[set[str], list[str]]:
        return real(self)[0], []

    monkeypatch.setattr(harvest_scope.HarvestScope, "_published", no_quick)
    restricted, full = _both(report, monkeypatch)
    assert restricted == full


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(reports())
def test_every_harvested_name_is_made_of_candidates(report: Report) -> None:
    """The claim the restriction rests on: a name the harvest of a narrative section
    returns consists of that section's candidate forms and words it knew already."""
    report = copy.deepcopy(report)
    scope = harvest_scope.HarvestScope(report, [(s, t) for s, t in report.sections.items() if t.strip()])
    know = detect.Knowledge()
    for sid, text in report.sections.items():
        if not text.strip():
            continue
        known = set(know.names) | set(know.place_parts)
        cands = scope.words(sid, text)[1]
        for name in detect.harvest_names(text, know, min_confidence=0.6, speaker_lines=sid == "quotes"):
            if sid != "quotes":
                forms = scope._scan(name)[0]
                assert forms <= cands | known, (name, forms - cands - known)
            know.add(name)


def _example() -> Report:
    # a name only in the narrative (capitalised there), written in lower case in a quote
    return Report(source="v.md", slug="v", format="md", meta={},
                  sections={"summary": "Sessie met Tuur Verbeke over kampen.", "surprise": "Iedereen was blij."},
                  quotes=[Quote("we belden tuur meteen op")])


def test_the_example_needs_the_narratives_name(monkeypatch: pytest.MonkeyPatch) -> None:
    restricted, full = _both(_example(), monkeypatch)
    assert restricted == full
    assert b"tuur" not in pickle.loads(restricted).quotes[0].text.encode()


@pytest.mark.pure_python
def test_a_form_filter_without_case_folding_breaks_the_property(monkeypatch: pytest.MonkeyPatch) -> None:
    real = harvest_scope._word_class

    def unfolded(word: str, lex: object) -> tuple[frozenset[str], int]:
        return frozenset({word}), real(word, lex)[1]

    monkeypatch.setattr(harvest_scope, "_CLASS", {})
    monkeypatch.setattr(harvest_scope, "_word_class", unfolded)
    restricted, full = _both(_example(), monkeypatch)
    assert restricted != full


@pytest.mark.pure_python
def test_no_check_after_the_harvest_breaks_the_property(monkeypatch: pytest.MonkeyPatch) -> None:
    # a quote's speaker whose first name is an ordinary word; the summary opens a sentence
    # with it before an ordinary word (no candidate), but the harvest knows it: the summary
    # makes him a session speaker ("een sessiegever", not "een deelnemer")
    report = Report(source="v.md", slug="v", format="md", meta={},
                    sections={"summary": "Een sessie over kampen.\nDan gingen we naar huis.", "surprise": "Niets."},
                    quotes=[Quote("Het lokaal is te klein.", "Dan Janssens")])
    restricted, full = _both(report, monkeypatch)
    assert restricted == full
    monkeypatch.setattr(harvest_scope.HarvestScope, "late", lambda self, know, chosen: set())
    restricted, full = _both(report, monkeypatch)
    assert restricted != full
