"""Accuracy of the tagger on the sample corpus and on reports written for this test.

The corpus (tests/fixtures/tagging/corpus, copied from shared/corpus with its gold
files) must reach: top tag == the gold central theme in >= 90% of the reports, and a
set F1 >= 0.8. The reports in tests/fixtures/tagging/own were written by hand after the
taxonomy, to check it was not tuned to the corpus (implied themes, a street crossroads,
a theme said not to have come up, a central theme named second, an empty ambitions
answer, loose reporter tags).

``pytest -s tests/test_tagger_accuracy.py`` prints the figures and the confusion
between themes.
"""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from perskamer.plugins.tagger import analyse
from perskamer.taxonomy import load_taxonomy

_spec = importlib.util.spec_from_file_location("tagging_loader", Path(__file__).parent / "fixtures/tagging/loader.py")
loader = importlib.util.module_from_spec(_spec)
sys.modules["tagging_loader"] = loader
_spec.loader.exec_module(loader)

TOP_MIN = 0.90
F1_MIN = 0.80


@dataclass
class Scores:
    rows: list[tuple[str, list[str], list[str]]] = field(default_factory=list)  # (file, gold, predicted)

    def add(self, name: str, gold: list[str], got: list[str]) -> None:
        self.rows.append((name, gold, got))

    @property
    def n(self) -> int:
        return len(self.rows)

    @property
    def top(self) -> float:
        return sum(1 for _, g, p in self.rows if p and p[0] == g[0]) / self.n

    def counts(self) -> tuple[int, int, int]:
        tp = sum(len(set(g) & set(p)) for _, g, p in self.rows)
        fp = sum(len(set(p) - set(g)) for _, g, p in self.rows)
        fn = sum(len(set(g) - set(p)) for _, g, p in self.rows)
        return tp, fp, fn

    @property
    def precision(self) -> float:
        tp, fp, _ = self.counts()
        return tp / (tp + fp) if tp + fp else 0.0

    @property
    def recall(self) -> float:
        tp, _, fn = self.counts()
        return tp / (tp + fn) if tp + fn else 0.0

    @property
    def f1(self) -> float:
        """Micro-averaged set F1 over all (report, theme) pairs."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def macro_f1(self) -> float:
        """The mean of the per-report set F1."""
        total = 0.0
        for _, g, p in self.rows:
            tp = len(set(g) & set(p))
            total += 2 * tp / (len(g) + len(p)) if g or p else 1.0
        return total / self.n

    def confusion(self) -> str:
        ids = load_taxonomy(None).ids
        short = {i: i.split("-")[0][:6] for i in ids} | {"-": "none"}
        cols = [*ids, "-"]
        matrix = {(g, p): 0 for g in ids for p in cols}
        for _, g, p in self.rows:
            matrix[(g[0], p[0] if p else "-")] += 1
        lines = ["central theme: gold (rows) x predicted top tag (columns)"]
        lines.append(" " * 8 + "".join(f"{short[c]:>8}" for c in cols))
        for g in ids:
            lines.append(f"{short[g]:<8}" + "".join(f"{matrix[(g, c)] or '.':>8}" for c in cols))
        per_theme = ["per theme (any position): gold / predicted / both"]
        for t in ids:
            gold = sum(1 for _, g, _ in self.rows if t in g)
            pred = sum(1 for _, _, p in self.rows if t in p)
            both = sum(1 for _, g, p in self.rows if t in g and t in p)
            per_theme.append(f"  {t:<32} {gold:>3} {pred:>3} {both:>3}")
        return "\n".join(lines + per_theme)

    def summary(self, label: str) -> str:
        tp, fp, fn = self.counts()
        head = (
            f"{label}: {self.n} reports, top tag = gold central {self.top:.0%}, "
            f"set F1 {self.f1:.2f} (P {self.precision:.2f}, R {self.recall:.2f}; tp {tp} fp {fp} fn {fn}), "
            f"macro F1 {self.macro_f1:.2f}"
        )
        misses = [f"  {name}: gold {g} got {p}" for name, g, p in self.rows if not p or p[0] != g[0] or set(p) != set(g)]
        return "\n".join([head, *misses, self.confusion()])


def score_folder(folder: Path, *, use_readers: bool) -> Scores:
    scores = Scores()
    for path, gold in loader.reports(folder):
        report = loader.load(path, use_readers=use_readers)
        got = [t.id for t in analyse(report).tags]
        scores.add(path.name, gold["ambitions"], got)
    return scores


def _readers_available() -> bool:
    return all(loader.reader_module(s) is not None for s in (".txt", ".md"))


def test_corpus_has_every_format_and_gold() -> None:
    reports = loader.reports(loader.CORPUS)
    assert len(reports) >= 17
    assert {p.suffix for p, _ in reports} == {".txt", ".md", ".docx", ".pdf"}
    for _, gold in reports:
        assert 1 <= len(gold["ambitions"]) <= 3


def test_corpus_accuracy(capsys: pytest.CaptureFixture[str]) -> None:
    scores = score_folder(loader.CORPUS, use_readers=False)
    with capsys.disabled():
        print("\n" + scores.summary("corpus (test splitter)"))
    assert scores.top >= TOP_MIN
    assert scores.f1 >= F1_MIN
    assert scores.macro_f1 >= F1_MIN


@pytest.mark.skipif(not _readers_available(), reason="the .txt and .md readers are not there yet")
def test_corpus_accuracy_through_the_real_readers(capsys: pytest.CaptureFixture[str]) -> None:
    scores = score_folder(loader.CORPUS, use_readers=True)
    with capsys.disabled():
        print("\n" + scores.summary("corpus (perskamer readers)"))
    assert scores.top >= TOP_MIN
    assert scores.f1 >= F1_MIN


def test_own_reports(capsys: pytest.CaptureFixture[str]) -> None:
    scores = score_folder(loader.OWN, use_readers=_readers_available())
    with capsys.disabled():
        print("\n" + scores.summary("own reports (not seen while building the taxonomy)"))
    assert scores.n >= 6
    assert scores.top >= 0.85
    assert scores.f1 >= F1_MIN


def test_every_report_gets_at_least_one_tag_with_evidence() -> None:
    for folder in (loader.CORPUS, loader.OWN):
        for path, _ in loader.reports(folder):
            result = analyse(loader.load(path, use_readers=False))
            assert result.tags, path.name
            for tag in result.tags:
                assert tag.evidence, (path.name, tag.id)
                assert all({"term", "section", "text"} <= set(e) for e in tag.evidence)


def summary_for_docs() -> dict[str, Any]:  # pragma: no cover - used by hand to update docs/tagging.md
    return {
        "corpus": score_folder(loader.CORPUS, use_readers=False).summary("corpus"),
        "own": score_folder(loader.OWN, use_readers=False).summary("own"),
    }
