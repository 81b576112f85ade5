"""The analysis shares what depends on the text alone (detect.TextFacts): a text analysed
again takes fresh copies of its tokens and text-only protections, and must give exactly
what a first analysis gives, whatever knowledge and options came before.

A hypothesis property compares, on generated texts with names, contacts, links, idioms,
chat lines and possessives, an analysis after the same text was analysed with other
knowledge and options (its tokens marked by those rules) with an analysis from scratch;
another runs whole reports with the shared facts and without them (nothing remembered).
Two mutations (handing out the remembered tokens themselves; no check of the lexicon)
must be caught by the checks below on texts made for each.
"""

from __future__ import annotations

import copy

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from perskamer.model import Quote, Report
from perskamer.plugins.anonymise import detect
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
    """The analysis with nothing remembered of any text."""
    detect._FACTS.clear()
    try:
        return analyse(text, copy.deepcopy(know), **opts)
    finally:
        detect._FACTS.clear()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts(), knowledge(), OPTIONS, knowledge(), OPTIONS)
def test_an_analysis_after_another_of_the_same_text_is_the_fresh_one(text: str, know: Knowledge, opts: dict,
                                                                      before_know: Knowledge, before: dict) -> None:
    expected = _fresh(text, know, **opts)
    detect._FACTS.clear()
    analyse(text, before_know, **before)  # (marks its own tokens; the facts are remembered)
    assert text in detect._FACTS
    assert analyse(text, copy.deepcopy(know), **opts) == expected
    assert analyse(text, copy.deepcopy(know), **opts) == expected  # (and once more)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts(), knowledge(), OPTIONS)
def test_find_uncertain_off_gives_the_same_spans_and_no_uncertain_words(text: str, know: Knowledge, opts: dict) -> None:
    full = analyse(text, copy.deepcopy(know), **opts)
    spans_only = analyse(text, copy.deepcopy(know), **opts, find_uncertain=False)
    assert spans_only.spans == full.spans
    assert spans_only.uncertain == []


@st.composite
def reports(draw: st.DrawFn) -> Report:
    summary = draw(texts())
    quotes = [Quote(draw(texts()), draw(st.sampled_from([None, "Jan Peeters", "sofie", "een deelnemer", "Kobe"])))
              for _ in range(draw(st.integers(1, 3)))]
    sections = {"summary": summary}
    if draw(st.booleans()):
        sections["quotes"] = "\n\n".join(q.text for q in quotes)  # (the quotes section repeats the quotes)
    meta = {"speakers": [draw(st.sampled_from(["Jan Peeters", "Sofie De Smet", "Amira"]))]} if draw(st.booleans()) else {}
    return Report(source="x.md", slug="x", format="md", title="Verslag", meta=meta, sections=sections, quotes=quotes)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reports(), st.sampled_from([{}, {"scope": "all"}, {"speakers": "named"}]))
def test_a_report_anonymised_with_shared_facts_is_the_one_without(report: Report, options: dict) -> None:
    shared = anonymise_report(copy.deepcopy(report), options)
    keep = detect._MAX_FACTS
    detect._MAX_FACTS = 0  # (nothing remembered: every analysis from scratch)
    try:
        detect._FACTS.clear()
        plain = anonymise_report(copy.deepcopy(report), options)
    finally:
        detect._MAX_FACTS = keep
    assert shared == plain
    assert repr(shared) == repr(plain)


def test_no_stale_facts_after_a_change_of_text_knowledge_or_options() -> None:
    text = "Jan Peeters (jan.peeters@gmail.com) vertelde over Awel. Bel 0470 12 34 56."
    analyse(text, Knowledge(), chat=False)
    changed = text.replace("Jan Peeters", "Sofie Kaya").replace("0470 12 34 56", "de hulplijn")
    assert analyse(changed, Knowledge()) == _fresh(changed, Knowledge())
    know = Knowledge()
    know.add("Awel", explicit=True)  # (a name the report gives wins over the keep list)
    assert analyse(text, know) == _fresh(text, know)
    assert analyse(text, Knowledge(), chat=True, speaker_lines=False) == _fresh(text, Knowledge(), chat=True,
                                                                                 speaker_lines=False)


def test_the_remembered_tokens_are_never_handed_out(monkeypatch: pytest.MonkeyPatch) -> None:
    """Mutation: the remembered tokens themselves, marked by an earlier analysis, handed out
    again. A text whose tokens an analysis marks as a person with the knowledge, analysed
    again without it, then finds a name it must not."""
    text = "Morgen gaan we met Roos naar het kamp."
    know = Knowledge()
    know.add("Roos", explicit=True)
    assert [s.text for s in analyse(text, know).spans] == ["Roos"]
    fresh = _fresh(text, Knowledge())
    assert analyse(text, Knowledge()) == fresh

    shared: dict[str, list[detect.Token]] = {}
    original = detect.TextFacts.tokens

    def same_tokens(self: detect.TextFacts) -> tuple:
        toks, folded, caps, sents = original(self)
        return shared.setdefault(id(self), toks), folded, caps, sents

    monkeypatch.setattr(detect.TextFacts, "tokens", same_tokens)
    detect._FACTS.clear()
    analyse(text, Knowledge())  # (remembers the facts)
    analyse(text, know)  # (marks the tokens it was given)
    assert analyse(text, Knowledge()) != fresh  # the mutation is caught


def test_another_lexicon_forgets_the_facts(monkeypatch: pytest.MonkeyPatch) -> None:
    """The facts hold for the lexicon they were made with: another lexicon object (a test's,
    or a reloaded one) starts from scratch."""
    text = "Wij gebruiken Discord en Instagram: insta: lotte_vdb."
    lex = load_lexicon()
    analyse(text, Knowledge())
    assert detect._FACTS_LEX[0] is lex and text in detect._FACTS
    other = copy.copy(lex)
    monkeypatch.setattr(detect, "load_lexicon", lambda: other)
    analyse("Een andere tekst.", Knowledge())
    assert detect._FACTS_LEX[0] is other and text not in detect._FACTS
