"""Session 24's exact cuts for hostile quotes give the answers of the code they replace (issue 11).

1. ``person_firm_namesakes.firm_namesakes`` judged every person span of a text (a sure reading,
   talked with, called, a person's cue: ``_cued`` reads ``detect._context_cues`` at each of its
   words) before it looked for a firm's noun; on a 100 kB "Jan (" quote that was ~30% of the
   report path, for no firm. Now a span is judged only when one of its words stands right after a
   firm's noun. Checked here against the old function (kept below) on hand-written frames,
   generated texts and the fixtures, through whole reports.
2. ``anonymiser.anonymise_report`` pauses the cyclic garbage collector (``collector``): the
   state is restored after an exception and with nesting, and the anonymiser leaves no cyclic
   garbage that the pause would keep. Invented names; no timing.
"""

from __future__ import annotations

import gc
import threading
from bisect import bisect_right
from pathlib import Path

import pytest
from anonymise_asserts import speaker_report
from hypothesis import given, settings
from hypothesis import strategies as st

from perskamer.plugins.anonymise import anonymiser, collector, detect, person_firm_namesakes
from perskamer.plugins.anonymise.lexicon import load_lexicon
from perskamer.plugins.anonymise.person_firm_namesakes import (
    _PARTICLES,
    RULE,
    _head,
    _sure,
)
from perskamer.plugins.anonymise.replace import anonymise_text

FIXTURES = Path(__file__).parent / "fixtures" / "anon"


def _old_firm_namesakes(text, toks, spans, know, lex):
    """``firm_namesakes`` as it was at the start of session 24 (eeeb253), with s24-privacy's policy:
    every person reading that stays masked is spread to a firm's name (eeeb253 skipped a reading that
    was not sure, talked with, called or cued -- the judging whose cost s24-speed's cut avoided)."""
    persons = [sp for sp in spans if sp.kind == "person"]
    names = know.names
    if not persons and not names and not know.place_parts:
        return []
    starts = [sp.start for sp in spans]
    words = {}
    if persons:
        k = 0
        n = len(toks)
        for sp in persons:
            while k < n and toks[k].end <= sp.start:
                k += 1
            j = k
            while j < n and toks[j].start < sp.end:
                t = toks[j]
                if t.cap and len(t.folded) >= 3 and t.folded not in _PARTICLES and t.folded not in lex.common:
                    words.setdefault(t.folded, sp.key)
                j += 1
    out = []
    for i, tok in enumerate(toks):
        if i == 0 or not (tok.cap or tok.allcaps) or len(tok.folded) < 3:
            continue
        f = tok.folded
        if f in words:
            key = words[f]
        elif f in names and " " not in f and f not in lex.common:
            key = names[f]
        elif f in know.place_parts and f not in lex.common:
            key = know.place_parts[f]
        else:
            continue
        if f not in words and not _sure(key, 1.0, know):
            continue
        k = bisect_right(starts, tok.start) - 1
        if k >= 0 and spans[k].start <= tok.start < spans[k].end:
            continue
        first = i
        j = i - 1
        while j >= 0 and toks[j].folded in _PARTICLES and toks[j].cap and text[toks[j].end : toks[j + 1].start] == " ":
            first = j
            j -= 1
        if j < 0 or text[toks[j].end : toks[first].start] != " " or toks[j].allcaps and not tok.allcaps:
            continue
        if not _head(toks[j], lex):
            continue
        if k >= 0 and spans[k].end > toks[first].start:
            continue
        out.append(detect.Span(toks[first].start, tok.end, "person", text[toks[first].start : tok.end], RULE, 0.9, key))
    return out


class _Compare:
    """``detect.firm_namesakes`` replaced by a call of the new and the old function, which must agree."""

    def __init__(self) -> None:
        self.calls = 0
        self.found = 0

    def __call__(self, text, toks, spans, know, lex):
        new = person_firm_namesakes.firm_namesakes(text, toks, spans, know, lex)
        old = _old_firm_namesakes(text, toks, spans, know, lex)
        assert new == old, text
        self.calls += 1
        self.found += bool(new)
        return new


@pytest.fixture
def compare(monkeypatch):
    c = _Compare()
    monkeypatch.setattr(detect, "firm_namesakes", c)
    return c


#: firms named after a person of the report, and persons and firms that only look alike (invented)
_FRAMES = [
    "Bakkerij Ostyn bakte de taart. Mevrouw Ostyn zei dat het goed ging.",
    "Slagerij Vandekeere leverde de worsten. Vandekeere is onze trainer.",
    "We belden Tjokro Wirananda. Daarna kwam Garage Wirananda de bus herstellen.",
    "Dank je wel, Quaghebeur! Brouwerij Quaghebeur schonk het bier.",
    "Hé Yilmazoglu, kom je? Kapsalon Yilmazoglu is gesloten.",
    "Met Odalys gepraat over Drukkerij Van Loocke en over Odalys Van Loocke zelf.",
    "Traiteur Dujarric kookte. Dujarric vertelde hoe hij begon.",
    "Bouwbedrijf Okonkwo & Zonen bouwde de tent. Chidubem Okonkwo (43) leidde de werf.",
    "Café De Zwaluw en Brasserie Mertensz. Opa Mertensz kwam ook, zegt Femke.",
    "GARAGE PAUWELYN en Jorinde Pauwelyn, onze leidster, en garage Pauwelyn nog eens.",
    "De vzw Lotte en bij de brouwerij Vermaelen gepraat met Vermaelen.",
    "Jan (Jan (Jan (Bakkerij Jan (",
]
_PIECES = ["Bakkerij", "bakkerij", "Garage", "Kapsalon", "vzw", "Brasserie", "Ostyn", "Wirananda", "Van", "van", "Loocke",
           "Jorinde", "Wubbo", "Oudeland", "Mevrouw", "zei", "zegt", "we belden", "met", "gepraat", "Dank je wel,", "Hé",
           "!", ",", ".", " ", " ", " ", "(16)", "onze trainer", "OSTYN", "GARAGE", "\n", "Jan (", "De", "Café"]
_TEXTS = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=24).map(" ".join)


def _published(report):
    out = anonymiser.anonymise_report(report, anonymiser.Options.from_dict({}))
    return (out.sections, [(q.text, q.speaker) for q in out.quotes], repr(out.private.get("anonymisation")))


@pytest.mark.parametrize("text", _FRAMES)
def test_firm_namesakes_as_before_on_frames(compare, text):
    _published(speaker_report(text, summary=f"Een avond. Wubbo Oudeland gaf de sessie. {text}"))
    anonymise_text(text)
    assert compare.calls


def test_the_frames_do_reach_a_firm():
    # (the frames above are no empty check: the rule masks names in firms' names on some of them)
    found = 0
    for text in _FRAMES:
        out = anonymiser.anonymise_report(speaker_report(text), anonymiser.Options.from_dict({}))
        log = out.private["anonymisation"]
        found += RULE in repr(log)
    assert found >= 3


@settings(max_examples=250, deadline=None)
@given(_TEXTS)
def test_firm_namesakes_as_before_on_generated_texts(text):
    c = _Compare()
    saved = detect.firm_namesakes
    detect.firm_namesakes = c
    try:
        _published(speaker_report(text))
        anonymise_text(text)
    finally:
        detect.firm_namesakes = saved


def test_firm_namesakes_as_before_on_the_fixtures(compare):
    texts = sorted(FIXTURES.glob("*.txt"))
    assert texts
    for path in texts:
        anonymise_text(path.read_text(encoding="utf-8"))
    assert compare.calls >= len(texts)


# -- the collector -----------------------------------------------------------------------------

def test_anonymise_report_runs_with_the_collector_paused_and_restores_it(monkeypatch):
    seen = []
    real = anonymiser._anonymise_report

    def spy(report, options):
        seen.append(gc.isenabled())
        return real(report, options)

    monkeypatch.setattr(anonymiser, "_anonymise_report", spy)
    assert gc.isenabled()
    anonymiser.anonymise_report(speaker_report("Jorinde Kalfsvel zei ja."), {})
    assert seen == [False]
    assert gc.isenabled()


def test_the_collector_is_restored_after_an_exception(monkeypatch):
    def boom(report, options):
        assert not gc.isenabled()
        raise RuntimeError("bad input")

    monkeypatch.setattr(anonymiser, "_anonymise_report", boom)
    with pytest.raises(RuntimeError):
        anonymiser.anonymise_report(speaker_report("x"), {})
    assert gc.isenabled()
    assert collector._depth == 0


def test_a_collector_paused_by_the_caller_stays_paused():
    gc.disable()
    try:
        anonymiser.anonymise_report(speaker_report("Jorinde Kalfsvel zei ja."), {})
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_nested_and_concurrent_pauses_switch_it_on_once_at_the_end():
    with collector.collector_paused():
        with collector.collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
        done = threading.Event()

        def other():
            anonymiser.anonymise_report(speaker_report("Wiebke Dierickx zei nee."), {})
            done.set()

        t = threading.Thread(target=other)
        t.start()
        t.join()
        assert done.is_set()
        assert not gc.isenabled()  # (the other thread's anonymisation ended inside ours)
    assert gc.isenabled()
    assert collector._depth == 0


def test_the_anonymiser_leaves_no_cyclic_garbage():
    # Why the pause costs no memory: what an anonymisation makes is freed by reference counting.
    load_lexicon()
    anonymiser.anonymise_report(speaker_report("Groetjes,\nJan (warm-up) 14:15 zegt Maaike"), {})
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
    texts += _FRAMES + [("Jan (" * 400), ("v.l.n.r. Jorinde, " * 200)]
    gc.collect()
    gc.disable()
    try:
        for text in texts:
            anonymiser.anonymise_report(speaker_report(text), {})
            anonymise_text(text)
        assert gc.collect() == 0
    finally:
        gc.enable()


# -- bench_hostile's generated shapes ----------------------------------------------------------

def _bench_hostile():
    import importlib.util

    path = Path(__file__).resolve().parent.parent / "bench" / "bench_hostile.py"
    spec = importlib.util.spec_from_file_location("bench_hostile_s24", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("shape", ["distinct names", "chat export", "prose names"])
def test_the_generated_hostile_shapes_do_not_repeat_one_period(shape):
    import re

    bh = _bench_hostile()
    assert shape in bh.GENERATED
    text = bh.generated_text(shape, 100_000)
    assert len(text) >= 100_000
    assert text == bh.generated_text(shape, 100_000)  # (the same on both engines of a run)
    words = re.findall(r"\b[A-Z][a-z]{3,}", text)
    assert len(set(words)) >= 3000  # thousands of distinct invented names, not one repeated
    # no period: the second half is no copy of a stretch of the first
    assert text[60_000:60_400] not in text[:60_000]
