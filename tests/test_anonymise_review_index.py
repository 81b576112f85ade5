"""The review's workspace evidence read once (session 21, issue 13): ``review.collect`` asks
each doubtful word of the texts that hold it, analysing each distinct text once, instead of
asking every other report's ``keep_evidence.Evidence`` in turn. The same items and the same
answer for every doubtful keep as the per-report way (``per_report=True``, the code before
session 21), on invented reports with shared doubtful words, on generated reports and on the
sample's reports; both ways of finding a word's texts (a search, an index); a word in two
forms that lower-case differently. Words and organisations invented for this test."""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path

import pytest

from perskamer.model import Quote, Report
from perskamer.plugins.anonymise import anonymiser, detect, review

ROOT = Path(__file__).resolve().parents[1]


def _report(quotes: list[str], slug: str, summary: str = "") -> Report:
    return Report(source=f"{slug}.md", slug=slug, format="md", meta={"speakers": []},
                  sections={"summary": summary, "quotes": "\n\n".join(quotes)}, quotes=[Quote(t) for t in quotes])


#: strong frames (a fund, a shop, an organisation's type word) and weak ones (a capitalised
#: word in a plain position) for invented words
_STRONG = ["Het geld kwam van Fonds {w}.", "We kochten de tenten bij Sportwinkel {w} in de stad.",
           "De mensen van {w} vzw kwamen helpen."]
_WEAK = ["Iedereen keek {w}.", "Zonder {w} was het niet gelukt.", "{w} stond al klaar aan de poort.",
         "We zagen {w} gisteren nog."]
_WORDS = ["Quirnix", "Drumaxi", "Velpoort", "Zandibo", "Kroeselt", "Quirné", "Quirne", "Olvitra"]


def _invented_reports(seed: int, n: int = 24) -> list[Report]:
    rng = random.Random(seed)
    shared = rng.choice(_WEAK).format(w=rng.choice(_WORDS))  # one text in several reports
    out = []
    for i in range(n):
        quotes = []
        for _ in range(rng.randint(1, 4)):
            frames = _STRONG if rng.random() < 0.2 else _WEAK
            quotes.append(rng.choice(frames).format(w=rng.choice(_WORDS)))
        if rng.random() < 0.3:
            quotes.append(shared)
        out.append(anonymiser.anonymise_report(_report(quotes, f"r{i}", summary=rng.choice(["", shared])), {}))
    return out


def _answers(reports: list, per_report: bool) -> list[bool]:
    evidence = review._workspace_evidence(reports)
    evidence.plan(review._doubtful_words(reports))
    return [evidence.settled(u["text"], r, per_report=per_report) for r in reports
            for u in r.private["anonymisation"]["uncertain"]]


def _same(reports: list) -> None:
    assert [i.to_dict() for i in review.collect(reports)] == [i.to_dict() for i in review.collect(reports, per_report=True)]
    assert _answers(reports, False) == _answers(reports, True)


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("scan_at_most", [0, 10_000])  # the index, the search
def test_the_same_items_as_asking_each_report(seed: int, scan_at_most: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(review, "_SCAN_AT_MOST", scan_at_most)
    reports = _invented_reports(seed)
    assert any(r.private["anonymisation"]["uncertain"] for r in reports)
    _same(reports)


def test_settled_and_not_settled_are_both_met() -> None:
    # the invented sets are no test if every answer is the same
    answers = [a for seed in range(6) for a in _answers(_invented_reports(seed), False)]
    assert True in answers and False in answers


def test_the_asking_report_is_no_evidence_for_itself() -> None:
    strong = anonymiser.anonymise_report(_report(["Het geld kwam van Fonds Zandibo.", "Iedereen keek Zandibo."], "a"), {})
    weak = anonymiser.anonymise_report(_report(["Iedereen keek Zandibo."], "b"), {})
    evidence = review._workspace_evidence([strong, weak])
    assert evidence.settled("Zandibo", weak)
    assert not evidence.settled("Zandibo", strong)  # only a's own text keeps it
    assert not review._workspace_evidence([strong]).settled("Zandibo", strong)
    _same([strong, weak])
    _same([weak, strong, weak])


def test_a_word_in_two_forms_is_asked_as_before() -> None:
    # "Quirné" and "Quirne" fold alike and lower-case differently: Evidence remembered the
    # answer of the form asked first; those words take the per-report way
    reports = [anonymiser.anonymise_report(_report(q, f"r{i}"), {}) for i, q in enumerate([
        ["Het geld kwam van Fonds Quirné."], ["Iedereen keek Quirne."], ["Zonder Quirné was het niet gelukt."],
        ["Iedereen keek Quirné."], ["De mensen van Quirne vzw kwamen helpen."]])]
    evidence = review._workspace_evidence(reports)
    evidence.plan(["Quirné", "Quirne"])
    assert evidence._ambiguous == {"quirne"}
    _same(reports)


def test_a_text_is_analysed_once_whichever_reports_hold_it(monkeypatch: pytest.MonkeyPatch) -> None:
    from perskamer.plugins.anonymise import keep_evidence

    reports = [anonymiser.anonymise_report(_report(["Iedereen keek Olvitra."], f"r{i}"), {}) for i in range(5)]
    calls: list[str] = []
    real = keep_evidence._strong_words
    monkeypatch.setattr(keep_evidence, "_strong_words", lambda text, know, facts=None: calls.append(text) or real(text, know, facts))
    review.collect(reports)
    assert calls and len(calls) == len(set(calls))


def test_the_candidates_hold_every_strongly_kept_word() -> None:
    # capitalised_folded is a superset of what kept_words can keep: the filter loses no text
    texts = [t for seed in range(3) for r in _invented_reports(seed, 8) for t in anonymiser.evidence_texts(r)]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "content").glob("*.md"))[:3]]
    for text in texts:
        found, toks = detect.kept_words_and_tokens(text)
        assert found or "Fonds" not in text
        assert {tok.folded for tok in toks if tok.start in found} <= detect.capitalised_folded(text)


def _built_reports(folder: Path, tmp: Path) -> list:
    from perskamer.build import Builder
    from perskamer.workspace import open_workspace

    (tmp / "config").mkdir(parents=True)
    (tmp / "config" / "perskamer.yaml").write_text("outputs: [html, json]\n", encoding="utf-8")
    (tmp / "content").symlink_to(folder)
    config, host = open_workspace(tmp / "config" / "perskamer.yaml")
    builder = Builder(config, host, cache=None)
    paths, _problems = builder.discover()
    return [o.report for o in builder.process_all(paths) if o.report is not None]


def test_generated_reports(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("_s21_generate", ROOT / "bench" / "generate.py")
    gen = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(gen)
    gen.generate(tmp_path / "gen", 80)
    reports = _built_reports(tmp_path / "gen" / "content", tmp_path / "ws")
    assert sum(len(r.private["anonymisation"]["uncertain"]) for r in reports) > 20
    _same(reports)


def test_the_sample_reports(tmp_path: Path) -> None:
    reports = _built_reports(ROOT / "content", tmp_path)
    assert any(r.private["anonymisation"]["uncertain"] for r in reports)
    _same(reports)
    _same(reports + reports[:3])  # a report twice in the list: never its own evidence
