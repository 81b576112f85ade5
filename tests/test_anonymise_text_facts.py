"""A section is analysed twice (harvested for names, then searched for the speakers to
withhold): the second analysis takes the first's text-only facts (detect.TextFacts: the
tokens and the protections that depend on the text alone), as fresh copies, and must give
exactly what an analysis from scratch gives, whatever knowledge and options came before.

A hypothesis property compares, on generated texts with names, contacts, links, idioms,
chat lines and possessives, an analysis given facts that another analysis (other
knowledge and options, its tokens marked by those rules) used before with an analysis
from scratch; another runs whole reports with the facts shared and without. The mutation
"hand out the same tokens again" must be caught; facts of another text or lexicon are
never used.
"""

from __future__ import annotations

import copy

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from perskamer.model import Quote, Report
from perskamer.plugins.anonymise import anonymiser, detect
from perskamer.plugins.anonymise.anonymiser import anonymise_report
from perskamer.plugins.anonymise.detect import Knowledge, analyse
from perskamer.plugins.anonymise.lexicon import load_lexicon

FIRST = ["Jan", "Sofie", "Mehmet", "Nore", "Kobe", "Fien", "Ilias", "Amira", "İlker", "Roos", "Dan"]
LAST = ["Peeters", "Janssens", "Van den Broeck", "De Smet", "El Khatib", "Kaya", "D'Hondt"]
ORGS = ["Chirojeugd Vlaanderen", "KSA", "VDAB", "Awel", "Uit De Marge", "Kind & Gezin", "vzw De Overstap"]
WORDS = ["het", "lokaal", "dan", "we", "vrijwilligers", "kamp", "mooi", "roos", "jan", "wil", "Kamp", "at", "nul"]
SHAPES = [
    "{f} {l} vertelde over {o}.",
    "Volgens {f} is het lokaal te klein.",
    "Mail {fl}.{lw}@gmail.com of bel 0470 12 34 56.",
    "{fl} (at) telenet punt be, zei {f}.",
    "Insta: {fl}_{lw}_2009 en www.{lw}.be/{fl}",
    "Het verhaal van {f} {l} (22) raakte iedereen.",
    "ik zag {fl} gisteren nog",
    "- {fl} (12:04): {w} {w}",
    "[21:04] {fl}: {w} {w}",
    "{o} en {f} {l}'s ploeg.",
    "Dat is de kers op de taart, zei {f}.",
    "nul vier zeven nul een twee drie vier vijf zes",
    "Foto: {f}\n{w} {w} {w}.",
    "[persoon 1] en {f} gingen naar {o}.",
    "{F} {W} ZEI HET AL.",
]


@st.composite
def texts(draw: st.DrawFn) -> str:
    out = ""
    for _ in range(draw(st.integers(1, 4))):
        f, last = draw(st.sampled_from(FIRST)), draw(st.sampled_from(LAST))
        text = draw(st.sampled_from(SHAPES)).format(
            f=f, l=last, fl=f.lower(), lw=last.split()[-1].lower().replace("'", ""), F=f.upper(),
            W=draw(st.sampled_from(WORDS)).upper(), o=draw(st.sampled_from(ORGS)), w="{w}")
        while "{w}" in text:
            text = text.replace("{w}", draw(st.sampled_from(WORDS)), 1)
        out += text + draw(st.sampled_from([" ", "\n", "\n\n"]))
    return out.strip()


@st.composite
def knowledge(draw: st.DrawFn) -> Knowledge:
    know = Knowledge()
    for _ in range(draw(st.integers(0, 3))):
        name = draw(st.sampled_from(FIRST)) + (" " + draw(st.sampled_from(LAST)) if draw(st.booleans()) else "")
        know.add(name, explicit=draw(st.booleans()), deny=draw(st.booleans()) and draw(st.booleans()))
    if draw(st.booleans()):
        know.add_allow(draw(st.sampled_from(["Kamp", "kers op de taart", "Roos"])))
    return know


OPTIONS = st.fixed_dictionaries({
    "chat": st.sampled_from([None, True, False]),
    "min_confidence": st.sampled_from([0.5, 0.6, 0.75]),
    "speaker_lines": st.booleans(),
    "deny_unknown": st.booleans(),
})


def _fresh(text: str, know: Knowledge, **opts: object) -> detect.Analysis:
    return analyse(text, copy.deepcopy(know), **opts)


@pytest.mark.pure_python
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts(), knowledge(), OPTIONS, knowledge(), OPTIONS)
def test_an_analysis_given_used_facts_is_the_fresh_one(text: str, know: Knowledge, opts: dict,
                                                       before_know: Knowledge, before: dict) -> None:
    expected = _fresh(text, know, **opts)
    facts = detect.TextFacts(text)
    analyse(text, before_know, **before, facts=facts)  # (marks its own copies of the tokens)
    assert analyse(text, copy.deepcopy(know), **opts, facts=facts) == expected
    assert analyse(text, copy.deepcopy(know), **opts, facts=facts) == expected  # (and once more)


@pytest.mark.pure_python
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts(), knowledge(), OPTIONS)
def test_find_uncertain_off_gives_the_same_spans_and_no_uncertain_words(text: str, know: Knowledge, opts: dict) -> None:
    full = analyse(text, copy.deepcopy(know), **opts)
    spans_only = analyse(text, copy.deepcopy(know), **opts, find_uncertain=False)
    assert spans_only.spans == full.spans
    assert spans_only.uncertain == []


@st.composite
def reports(draw: st.DrawFn) -> Report:
    sections = {sid: draw(texts()) for sid in ("summary", "surprise") if draw(st.booleans()) or sid == "summary"}
    quotes = [Quote(draw(texts()), draw(st.sampled_from([None, "Jan Peeters", "sofie", "een deelnemer", "Kobe"])))
              for _ in range(draw(st.integers(1, 3)))]
    if draw(st.booleans()):
        sections["quotes"] = "\n\n".join(q.text for q in quotes)  # (the quotes section repeats the quotes)
    if draw(st.booleans()):  # (a speaker named in the narrative too: withheld there)
        sections["summary"] += " Jan Peeters en Amira vertelden erover."
    meta = {"speakers": [draw(st.sampled_from(["Jan Peeters", "Sofie De Smet", "Amira"]))]} if draw(st.booleans()) else {}
    return Report(source="x.md", slug="x", format="md", title="Verslag", meta=meta, sections=sections, quotes=quotes)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reports(), st.sampled_from([{}, {"scope": "all"}, {"speakers": "named"}]))
def test_a_report_anonymised_with_shared_facts_is_the_one_without(report: Report, options: dict) -> None:
    shared = anonymise_report(copy.deepcopy(report), options)
    anonymiser._SHARE_FACTS = False  # (every analysis from scratch)
    try:
        plain = anonymise_report(copy.deepcopy(report), options)
    finally:
        anonymiser._SHARE_FACTS = True
    assert shared == plain
    assert repr(shared) == repr(plain)


def test_the_harvested_sections_facts_reach_the_speakers_withholding(monkeypatch: pytest.MonkeyPatch) -> None:
    """(the sharing is used: the summary is tokenized once, for the harvest)"""
    report = Report(source="x.md", slug="x", format="md", title="Verslag", meta={"speakers": ["Jan Peeters"]},
                    sections={"summary": "Jan Peeters vertelde over Awel. Daarna sprak Jan over vrijwilligers."},
                    quotes=[Quote("We moeten meer luisteren.", "Jan Peeters")])
    seen: list[str] = []
    original = detect._tokenize

    def counting(text: str) -> tuple:
        seen.append(text)
        return original(text)

    monkeypatch.setattr(detect, "_tokenize", counting)
    anonymise_report(report)
    assert "een sessiegever" in report.sections["summary"] and "Jan" not in report.sections["summary"]
    assert report.sections["summary"] not in seen and not any(t.startswith("Jan Peeters vertelde") for t in seen)


@pytest.mark.pure_python
def test_facts_of_another_text_or_lexicon_are_not_used() -> None:
    text = "Jan Peeters (jan.peeters@gmail.com) vertelde over Awel. Bel 0470 12 34 56."
    changed = text.replace("Jan Peeters", "Sofie Kaya").replace("0470 12 34 56", "de hulplijn")
    facts = detect.TextFacts(text)
    assert analyse(changed, Knowledge(), facts=facts) == _fresh(changed, Knowledge())
    other = detect.TextFacts(changed, copy.copy(load_lexicon()))
    assert not other.holds(changed, load_lexicon())
    assert analyse(changed, Knowledge(), facts=other) == _fresh(changed, Knowledge())
    know = Knowledge()
    know.add("Awel", explicit=True)  # (a name the report gives wins over the keep list)
    assert analyse(text, know, facts=facts) == _fresh(text, know)


@pytest.mark.pure_python
def test_the_same_tokens_handed_out_again_are_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    """Mutation: the tokens of an earlier analysis, marked by its rules, handed out again.
    A text whose tokens an analysis marks as a person with the knowledge, analysed again
    without it, then finds a name it must not."""
    text = "Morgen gaan we met Roos naar het kamp."
    know = Knowledge()
    know.add("Roos", explicit=True)
    facts = detect.TextFacts(text)
    assert [s.text for s in analyse(text, know, facts=facts).spans] == ["Roos"]
    fresh = _fresh(text, Knowledge())
    assert analyse(text, Knowledge(), facts=facts) == fresh

    shared: dict[int, list[detect.Token]] = {}
    original = detect.TextFacts.tokens

    def same_tokens(self: detect.TextFacts) -> tuple:
        toks, folded, caps, sents = original(self)
        return shared.setdefault(id(self), toks), folded, caps, sents

    monkeypatch.setattr(detect.TextFacts, "tokens", same_tokens)
    facts = detect.TextFacts(text)
    analyse(text, know, facts=facts)  # (marks the tokens it was given)
    assert analyse(text, Knowledge(), facts=facts) != fresh  # the mutation is caught
