"""The anonymiser's learned second opinion (``name_model.py``, session 8).

Features on invented sentences (context and word class, never the word), the shipped
weights' provenance (and that no name is a key of it), the model being off by default,
hostile text, and the privacy invariants with a model that says "no name" to everything.
Names, shops and sentences are invented.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from perskamer.model import Artifact, Quote, Report
from perskamer.plugins.anonymise import detect, name_model
from perskamer.plugins.anonymise.anonymiser import Options, anonymise_report
from perskamer.plugins.anonymise.detect import analyse, tokenize
from perskamer.plugins.anonymise.guard import inspect_text
from perskamer.plugins.anonymise.lexicon import fold, load_lexicon
from perskamer.plugins.anonymise.replace import anonymise_text

ROOT = Path(__file__).resolve().parents[1]


def _features(text: str, word: str, chat: bool = False) -> list[str]:
    """The features of ``word`` in ``text`` as analyse sees it (after the rules scored it)."""
    seen: dict[str, list[str]] = {}

    def record(feats: list[str], tok, _text: str) -> None:
        seen[tok.text] = feats

    name_model.recorder = record
    try:
        analyse(text, chat=chat)
    finally:
        name_model.recorder = None
    assert word in seen, f"{word!r} is no candidate in {text!r}"
    return seen[word]


class _Says:
    """Switch the model on with a constant opinion: bias +50 (a name) or -50 (no name)."""

    def __call__(self, bias: float) -> None:
        name_model.override = {"upper": 0.95, "lower": 0.05, "weights": {"bias": bias}}

    def __enter__(self) -> _Says:
        return self

    def __exit__(self, *exc: object) -> None:
        name_model.override = None


@pytest.fixture
def model_says():
    with _Says() as says:
        yield says


# --- features ------------------------------------------------------------------------


def test_context_features_of_an_unknown_word_after_met():
    feats = _features("Gisteren speelden we met Zorvelik in het park van de wijk.", "Zorvelik")
    for f in ("bias", "shape:cap", "lex:none", "w-1:met", "c-1:prep", "w+1:in", "c+1:prep", "w-2:we", "c-2:pron"):
        assert f in feats, f
    assert "sent_start" not in feats and "chat" not in feats
    assert any(f.startswith("rule:") for f in feats) and any(f.startswith("score:") for f in feats)


def test_shape_and_position_features():
    feats = _features("KWINTORAS kwam gisteren niet opdagen op de training.", "KWINTORAS")
    assert "shape:allcaps" in feats and "sent_start" in feats and "line_start" in feats
    feats = _features("Ik heb het aan Brelinda-Sofa's broer gevraagd, zei ze.", "Brelinda-Sofa's")
    assert "hyphen" in feats and "apos_s" in feats


def test_chat_line_and_lower_case_features():
    text = "[20:14] sam: ik kom met zorvelik naar de fuif\n[20:15] joke: ja"
    feats = _features(text, "zorvelik", chat=True)
    assert "shape:lower" in feats and "chat" in feats and "chat_line" in feats


def test_lexicon_flags_say_what_the_lists_say():
    lex = load_lexicon()
    # a first name that is also a Dutch word, opening a sentence: the rules are unsure
    first = next(n for n in sorted(lex.first_names) if n.isalpha() and len(n) > 4 and n in lex.dutch_words
                 and n not in lex.common and n not in lex.places and n not in lex.calendar)
    word = first.capitalize()
    feats = _features(f"{word} was er ook bij, zegt de leiding.", word)
    assert {"lex:first", "lex:dutch", "lex:name_and_word"} <= set(feats) and "lex:none" not in feats


def test_the_word_itself_is_never_a_feature():
    for text, word in (("Gisteren speelden we met Zorvelik in het park.", "Zorvelik"),
                       # (was "We kochten alles bij <X> in de stad": since session 26 the shop one buys at is kept,
                       # no candidate -- keep_bought.protect_bought_at; the word after "bij" is still one here)
                       ("We aten alles bij Brakmoeren in de stad.", "Brakmoeren"),
                       ("Ook Quendalyn vond het een fijne dag.", "Quendalyn")):
        feats = _features(text, word)
        assert not any(fold(word) in f.casefold() for f in feats), feats


def test_a_neighbour_no_hand_made_list_holds_is_seen_by_its_class():
    # (a lower-case name beside the word must never become a feature: it would be a key of the weights)
    feats = _features("ik zag quendalyn en Zorvelik bij de bushalte", "Zorvelik")
    assert not any("quendalyn" in f for f in feats)
    assert "w-2:<other>" in feats and "w-1:en" in feats


@settings(max_examples=60, deadline=None)
@given(st.from_regex(r"[A-Z][a-z]{5,12}", fullmatch=True), st.sampled_from(
    ["We gingen met {} naar zee.", "Volgens {} was het te laat.", "{} heeft de sleutel.", "de fiets van {} stond er"]))
def test_features_never_hold_the_word(word, template):
    text = template.format(word)
    seen: list[list[str]] = []
    name_model.recorder = lambda feats, tok, _t: seen.append(feats) if tok.text == word else None
    try:
        analyse(text)
    finally:
        name_model.recorder = None
    for feats in seen:
        assert not any(word.casefold() in f.casefold() for f in feats)


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.sampled_from("Ab c.:\n[]-'’\"“0Zé"), min_size=1, max_size=60),
       st.text(alphabet=st.sampled_from("ab .,-\n"), min_size=300, max_size=600))
def test_features_read_a_bounded_window(core, far):
    # (what lies more than a window away -- behind a newline -- changes no feature: the
    # work per token is constant, the model linear in the text)
    text = "ok dan " + core + " en Zorvelik zei: kom mee naar " + core
    lex = load_lexicon()
    for padded in (text, far + "\n" + text, text + "\n" + far):
        toks = tokenize(padded)
        i = next(k for k, t in enumerate(toks) if t.text == "Zorvelik")
        if padded is text:
            want = name_model.features(padded, toks, i, lex, False)
        else:
            assert name_model.features(padded, toks, i, lex, False) == want


# --- hostile text --------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=0, max_size=300))
def test_with_the_model_on_analyse_never_raises(text):
    with _Says() as model_says:
        model_says(-50.0)
        analyse(text)
        model_says(50.0)
        analyse(text)


def test_hostile_long_text_with_the_model_on(model_says):
    model_says(50.0)
    hostile = ("Zorvelik (" * 5000) + ("A-" * 20000) + ("x" * 50000)
    out = anonymise_text(hostile)
    assert "Zorvelik" not in out  # (a name by the constant model, wherever the rules were unsure)


# --- the switch and the weights ------------------------------------------------------


def test_off_by_default_and_nothing_loaded_until_used():
    code = ("import os, sys; os.environ.pop('PERSKAMER_NAME_MODEL', None);"
            "from perskamer.plugins.anonymise import name_model as m, detect;"
            "detect.analyse('We gingen met Zorvelik naar zee.');"
            "print(m.active(), m._shipped.cache_info().currsize)")
    out = subprocess.run([__import__("sys").executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "0"]


def test_off_by_default_changes_nothing(model_says):
    text = "Gisteren speelden we met Zorvelik in het park, en Brakmoeren sponsorde de fuif."
    off = anonymise_text(text)
    assert name_model.override is None and not name_model.ENABLED
    model_says(0.0)  # p = 0.5: between the thresholds, the rules decide
    assert anonymise_text(text) == off


def test_the_shipped_weights_and_their_provenance():
    model = name_model._shipped()
    assert model["format"] == 1 and 0 < model["lower"] < 0.5 < model["upper"] < 1
    prov = model["provenance"]
    assert re.fullmatch(r"[0-9a-f]{40}", prov["commit"]), "trained by uncommitted code"
    assert prov["command"].startswith("plugins/anonymise/tools/train_name_model.py train")
    assert prov["samples"] > 1000 and prov["sets"]
    for name in prov["sets"]:
        assert (ROOT / "bench" / "data" / name).is_dir() or (ROOT / "tests" / f"{name}.py").is_file(), name
    if (ROOT / ".git").exists():
        ok = subprocess.run(["git", "-C", str(ROOT), "cat-file", "-e", prov["commit"] + "^{commit}"],
                            capture_output=True)
        assert ok.returncode == 0, "the provenance names a commit this repository does not have"
    assert all(isinstance(v, float) for v in model["weights"].values())


def test_no_name_is_a_key_of_the_weights():
    lex = load_lexicon()
    context = [k for k in name_model._shipped()["weights"] if k.startswith(("w-", "w+", "bigram-:"))]
    words = {w for key in context for w in key.partition(":")[2].split("_") if w.isalpha() and w.islower()}
    gold: set[str] = set()
    for path in (ROOT / "bench" / "data").glob("*/*.gold.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        for name in data.get("quote_names", []) + data.get("narrative_names", []):
            gold.update(fold(p) for p in re.split(r"[ \-]", name))
    allowed = lex.common | detect.PARTICLES | detect.TITLES | frozenset().union(*(w for _c, w in name_model._CLASSES))
    assert not (words & gold) - allowed
    assert not {w for w in words if w in lex.first_names or w in lex.surnames} - allowed


# --- privacy invariants with the model on -------------------------------------------


def test_a_model_that_says_no_name_never_unmasks_a_listed_or_known_name(model_says):
    lex = load_lexicon()
    first = next(n for n in sorted(lex.first_names) if n.isalpha() and len(n) > 4 and not lex.is_word(n)).capitalize()
    texts = [f"Gisteren belde {first} me op.", f"We gingen met {first} naar zee.", f"[20:14] {first.lower()}: kom je?"]
    model_says(-50.0)
    for text in texts:
        assert first.casefold() not in anonymise_text(text).casefold(), text


def test_the_guard_still_stops_what_it_stopped(model_says):
    model_says(-50.0)
    quote = "Zorvelik en Marieke kwamen samen naar de fuif."
    report = Report(source="kamp.md", slug="kamp", format="md", sections={"summary": "Een avond in het jeugdhuis."},
                    quotes=[Quote(text=quote, speaker="Noor Vandewalle")])
    anonymise_report(report, Options())
    assert "Marieke" not in report.quotes[0].text
    page = f"<p>{quote}</p>"  # an output that publishes the original quote
    art = Artifact("verslagen/kamp.html", page.encode(), output="html", report="kamp")
    assert inspect_text(art, page, [report], Options())


def test_every_flip_of_the_model_is_on_the_review_list(model_says):
    # a mask the model lifts is listed as uncertain, with the model's reason
    text = "Het was leuk dat Brakmoeren er ook was."
    assert [s.text for s in analyse(text).spans] == ["Brakmoeren"]  # (the rules: a name by default)
    model_says(-50.0)
    got = analyse(text)
    assert not got.spans
    assert [(u.text, u.reason[:6]) for u in got.uncertain] == [("Brakmoeren", "model:")]
    # a word the model masks stays below the review's 0.75
    model_says(50.0)
    (span,) = analyse("Dat was echt een Vrolijke dag voor iedereen.").spans
    assert span.text == "Vrolijke" and span.confidence < 0.75 and span.rule.startswith("model:")
