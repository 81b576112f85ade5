"""The editor's review lists a word masked everywhere because the report "taught" it on weak
evidence (session 18, s18-keep).

A word no list knows, found once as a name by its position alone (an invented app after
"met"), becomes a name of the report: every later occurrence is masked as "report" with
high confidence, and the review listed none of them -- on the informed sets most lost
organisations, brands and places were lost that way. Now the log keeps the first
evidence (``learned``) and the sentence shape, and ``perskamer review`` lists such a word
as "replaced, not sure" once for the workspace; a "keep" keeps it in the next build, a
name found by a list or given by the report is never offered, and without a decision the
word stays masked.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from perskamer.cli import main
from perskamer.plugins.anonymise.detect import Knowledge
from perskamer.plugins.anonymise.replace import sentence_shape
from perskamer.plugins.anonymise.review import collect

ROOT = Path(__file__).resolve().parents[1]

# Invented for this test: an app no list can know, a first name a list knows, a speaker.
REPORT = """---
title: "Een planningsapp voor de leiding"
date: 2024-05-02
session: "Ronde 1"
reporter: "Verslaggever"
ambitions: [digitale-leefwereld]
speakers:
  - "Hanne Vervoort"
---

## Interessante quote(s) uit de sessie

"Sinds vorig jaar plannen we met Quibbelo. Dat scheelt veel mails", zegt Hanne.

"Quibbelo stuurt een melding als iemand afzegt, en Jorunn kijkt dan wie kan invallen", vertelt Hanne.

"Ik ben gestopt met papier", lacht Hanne.
"""


@pytest.fixture()
def workspace(tmp_path: Path) -> Path:
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "planning.md").write_text(REPORT, encoding="utf-8")
    (tmp_path / "config").mkdir()
    for name in ("perskamer.yaml", "ambitions.yaml"):
        shutil.copy(ROOT / "config" / name, tmp_path / "config" / name)
    cfg = tmp_path / "config/perskamer.yaml"
    cfg.write_text(re.sub(r"(?m)^outputs:.*$", "outputs: [html, json]", cfg.read_text(encoding="utf-8")),
                   encoding="utf-8")
    return tmp_path


def _run(ws: Path, *argv: str) -> int:
    return main([argv[0], "--config", str(ws / "config/perskamer.yaml"), *argv[1:]])


def _entries(ws: Path, capsys) -> dict[str, list[str]]:
    capsys.readouterr()
    assert _run(ws, "review", "--list", "--all") == 0
    return {line.split("\t")[0]: line.split("\t") for line in capsys.readouterr().out.splitlines() if line}


def _quotes(ws: Path) -> str:
    page = json.loads((ws / "public/data/planning.json").read_text(encoding="utf-8"))
    return json.dumps([q.get("text") for q in page["quotes"]], ensure_ascii=False)


def test_a_word_learned_on_weak_evidence_is_offered_and_a_keep_decision_keeps_it(workspace: Path, capsys) -> None:
    # (a plain build, with its cache, as an editor runs it: the decision must reach it)
    assert _run(workspace, "build", "--out", str(workspace / "public")) == 0
    quotes = _quotes(workspace)
    assert "Quibbelo" not in quotes and "Jorunn" not in quotes  # the default: replaced
    entries = _entries(workspace, capsys)
    assert "Quibbelo" in entries
    word, kind, count, reports, decided, shapes = entries["Quibbelo"]
    assert kind == "replaced" and decided == "open" and int(count) >= 2
    assert "met _" in shapes and "_ stuurt" in shapes  # the sentence shapes, never the quote
    # a first name a list knows, and the speaker the report names, are never offered
    assert "Jorunn" not in entries and "Hanne" not in entries

    assert _run(workspace, "review", "--set", "Quibbelo=keep") == 0
    assert _run(workspace, "build", "--out", str(workspace / "public")) == 0
    quotes = _quotes(workspace)
    assert quotes.count("Quibbelo") == 2  # kept in every quote of the report
    assert "Jorunn" not in quotes  # the decision is about one word only
    assert "Quibbelo" not in _entries(workspace, capsys)  # allowed: no longer masked, nothing to decide
    assert "Quibbelo: keep" in (workspace / "config/anonymise-review.yaml").read_text(encoding="utf-8")


def test_a_mask_decision_or_no_decision_leaves_the_word_replaced(workspace: Path, capsys) -> None:
    assert _run(workspace, "build", "--out", str(workspace / "public")) == 0
    assert "Quibbelo" not in _quotes(workspace)
    assert _run(workspace, "review", "--set", "Quibbelo=mask") == 0
    assert _run(workspace, "build", "--out", str(workspace / "public")) == 0
    assert "Quibbelo" not in _quotes(workspace)
    assert "Quibbelo" not in _entries(workspace, capsys) or _entries(workspace, capsys)["Quibbelo"][4] == "mask"


def test_the_strongest_evidence_decides_and_a_given_name_has_none() -> None:
    know = Knowledge()
    key = know.add("Quibbelo")
    know.learn(key, "proper noun no list knows", 0.6)
    assert know.learned_from(key) == ("proper noun no list knows", 0.6)
    know.learn(key, "report", 0.95)  # a mask because it was known already is no evidence
    assert know.learned_from(key) == ("proper noun no list knows", 0.6)
    know.learn(key, "first-name list", 0.9)  # found by a list once: a sure name
    assert know.learned_from(key) == ("first-name list", 0.9)
    given = know.add("Hanne Vervoort", explicit=True)
    know.learn(given, "proper noun no list knows", 0.6)
    assert know.learned_from(given) is None  # given by the report: never unsure


def test_collect_lists_weakly_learned_masks_only() -> None:
    class Rep:
        source = "a.md"
        private = {"anonymisation": {"uncertain": [], "log": [
            {"where": "quote 1", "original": "Quibbelo", "rule": "report", "confidence": 0.95, "kind": "person",
             "learned": "proper noun no list knows", "learned_confidence": 0.6, "shape": "met _"},
            {"where": "quote 1", "original": "Jorunn", "rule": "report", "confidence": 0.95, "kind": "person",
             "learned": "first-name list", "learned_confidence": 0.9, "shape": "en _ kijkt"},
            {"where": "quote 1", "original": "Hanne", "rule": "report", "confidence": 0.95, "kind": "person"},
        ]}}

    items = collect([Rep()])
    assert [(i.word, i.kind, i.shapes) for i in items] == [("Quibbelo", "replaced", ["met _"])]
    assert "known from the report" in items[0].reasons[0]


@pytest.mark.parametrize(("text", "word", "shape"), [
    ("We plannen alles via Quibbelo en dat werkt.", "Quibbelo", "via _ en"),
    ("Quibbelo stuurt meldingen.", "Quibbelo", "_ stuurt"),
    ("Dat zei Jorunn. Daarna", "Jorunn", "zei _"),
    ("Het was fijn. Quibbelo Plus helpt", "Quibbelo", "_ X"),
])
def test_sentence_shape(text: str, word: str, shape: str) -> None:
    start = text.index(word)
    assert sentence_shape(text, start, start + len(word)) == shape
