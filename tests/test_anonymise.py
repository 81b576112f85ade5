"""The Dutch anonymiser: corpus accuracy, hard cases, properties and the leak guard."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from perskamer.model import Artifact, Quote, Report
from perskamer.plugins import anonymise as plugin
from perskamer.plugins.anonymise.anonymiser import Options, anonymise_report, normalise
from perskamer.plugins.anonymise.detect import Knowledge, analyse
from perskamer.plugins.anonymise.evaluate import Score, count_false_replacements, report_from_file, score_case
from perskamer.plugins.anonymise.preview import render_preview
from perskamer.plugins.anonymise.replace import anonymise_text

FIX = Path(__file__).parent / "fixtures" / "anon"


def _corpus() -> list[tuple[str, Path, dict]]:
    out = []
    for g in sorted(FIX.glob("*.gold.json")):
        stem = g.name[: -len(".gold.json")]
        src = next(p for p in FIX.glob(stem + ".*") if not p.name.endswith(".gold.json"))
        out.append((stem, src, json.loads(g.read_text(encoding="utf-8"))))
    return out


def _hard_cases() -> list[dict]:
    return yaml.safe_load((FIX / "hard_cases.yaml").read_text(encoding="utf-8"))


class _Ctx:
    def __init__(self, opts: dict | None = None):
        self._opts = opts or {}

    def options(self, key: str) -> dict:
        return dict(self._opts) if key == "anonymise" else {}


# --- (a) corpus accuracy -------------------------------------------------------------


def test_corpus_zero_leaks_and_keeps():
    score = Score()
    false = 0
    for stem, src, gold in _corpus():
        report = report_from_file(src, gold)
        originals = [(q.text, q.speaker) for q in report.quotes]
        anonymise_report(report)
        for (text, _speaker), q in zip(originals, report.quotes, strict=True):
            score_case(stem, text, q.text, gold["quote_persons"], gold["keep"], score, speaker_out=q.speaker)
            false += count_false_replacements(text, q.text, gold["quote_persons"], [])
    assert score.quotes >= 55
    assert score.leaks == []
    assert score.keep_ratio >= 0.98, score.keep_lost
    assert score.contacts_left == 0
    assert false <= 1


def test_corpus_through_the_hook_with_knowledge_from_sections():
    # 016: "Wezel" is a totem name, only known as the speaker of a quote.
    (stem, src, gold) = next(c for c in _corpus() if c[0].startswith("016"))
    report = report_from_file(src, gold)
    out = plugin.perskamer_transform_report(report, _Ctx())
    texts = " ".join(q.text + " " + (q.speaker or "") for q in out.quotes)
    for name in ("Wezel", "Fennek", "Laura", "Desmet", "Wannes", "Goossens"):
        assert name not in texts
    assert "Hoop doet leven" in texts
    assert "KLJ" in texts


# --- (b) hard cases ------------------------------------------------------------------


def test_hard_cases_zero_leaks_and_keeps():
    cases = _hard_cases()
    assert len(cases) >= 150
    score = Score()
    false = 0
    for i, c in enumerate(cases):
        report = Report(source="x.md", slug=f"case{i}", format="md", sections={"summary": c.get("context") or ""},
                        quotes=[Quote(text=c["text"], speaker=c.get("speaker"))])
        anonymise_report(report)
        q = report.quotes[0]
        score_case(str(i), c["text"], q.text, c.get("persons", []), c.get("keep", []), score, speaker_out=q.speaker)
        false += count_false_replacements(c["text"], q.text, c.get("persons", []), [])
    assert score.leaks == [], score.leaks
    assert score.keep_ratio >= 0.98, score.keep_lost
    assert score.contacts_left == 0
    assert false <= 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Storm in een glas water, zei de schepen.", "Storm in een glas water, zei de schepen."),
        ("Hoop doet leven.", "Hoop doet leven."),
        ("Ine's idee was goed.", "[persoon 1]'s idee was goed."),
        ("Jonas' verhaal raakte iedereen.", "[persoon 1]'s verhaal raakte iedereen."),
        ("Mail naar an.peeters@jes.be of bel +32 470 12 34 56.", "Mail naar [e-mailadres] of bel [telefoonnummer]."),
        ("Volg @lotte_w op TikTok.", "Volg [account] op TikTok."),
        ("Mevrouw De Backer en K. Janssens kwamen.", "Mevrouw [persoon 1] en [persoon 2] kwamen."),
        ("Anne-Sophie Van den Bulcke belde.", "[persoon 1] belde."),
    ],
)
def test_examples(text, expected):
    assert anonymise_text(text) == expected


def test_same_person_same_label_and_roles():
    report = Report(
        source="r.md", slug="r", format="md", meta={"speakers": ["Sarah Vermeulen (stad Gent)"], "reporter": "Tom Maes"},
        sections={"summary": "Sarah Vermeulen en Koen Peeters gaven de sessie.", "quotes": "“Ik zag Storm.” – Sarah Vermeulen\n\n“Koen had gelijk.” – Sarah"},
        quotes=[Quote("Storm, een jongen van zeven, zei het me.", "Sarah Vermeulen", "Sarah Vermeulen (stad Gent)", "stad Gent"),
                Quote("Sarah en Storm bouwden het samen.", "Koen")],
    )
    anonymise_report(report)
    # two speakers credited with the same role are told apart ("sessiegever 1", "sessiegever 2")
    assert report.quotes[0].speaker == "sessiegever 1"
    assert report.quotes[0].attribution == "sessiegever 1 (stad Gent)"
    assert report.quotes[1].speaker == "sessiegever 2"
    storm_label = report.quotes[0].text.split(",")[0]
    assert storm_label.startswith("[persoon ")
    assert storm_label in report.quotes[1].text
    assert "Sarah" not in report.sections["quotes"] and "Koen" not in report.sections["quotes"]
    # no re-identification: a speaker credited to a label is named nowhere, with the same label
    assert report.sections["summary"] == "Sessiegever 1 en sessiegever 2 gaven de sessie."
    assert report.meta["speakers"] == ["sessiegever 1 (stad Gent)"]
    log = report.private["anonymisation"]["log"]
    assert any(e["original"] == "Storm" and e["rule"] for e in log)
    numbered = copy.deepcopy(report)
    numbered.private.clear()
    numbered.quotes = [Quote("Goed gedaan.", "Sarah Vermeulen")]
    anonymise_report(numbered, {"speaker_label": "numbered"})
    assert numbered.quotes[0].speaker.startswith("[persoon ")


def test_scope_all_highlight_allow_and_deny():
    report = Report(
        source="r.md", slug="r", format="md", meta={"highlight": "Yasmina zei: blijf bellen.", "speakers": ["Yasmina El Khatib"]},
        sections={"summary": "Yasmina El Khatib is jongerenwerker bij vzw De Overstap. Kamiel kwam ook."},
        quotes=[Quote("Kamiel en Formaat doen dat al jaren.", None)],
    )
    anonymise_report(report, {"scope": "all", "deny": ["Kamiel"], "allow": ["Formaat"]})
    assert "Yasmina" not in report.meta["highlight"]
    assert "Yasmina" not in report.sections["summary"]
    assert "vzw De Overstap" in report.sections["summary"]
    assert "Kamiel" not in report.quotes[0].text and "Formaat" in report.quotes[0].text
    assert report.meta["speakers"] == ["een sessiegever"]


def test_config_schema_and_defaults():
    schema = plugin.perskamer_config_schema()["anonymise"]
    import jsonschema

    jsonschema.validate({"scope": "all", "speaker_label": "numbered", "allow": ["Kamplicht"], "deny": ["Jef"]}, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"scope": "everything"}, schema)
    opts = Options.from_dict({})
    assert (opts.scope, opts.speaker_label, opts.min_confidence) == ("quotes", "role", 0.5)


def test_logs_never_show_originals(caplog):
    caplog.set_level("INFO")
    report = Report(source="r.md", slug="r", format="md", quotes=[Quote("Mohamed belde me.", "Ingrid Maes")])
    anonymise_report(report)
    assert "Mohamed" not in caplog.text and "Ingrid" not in caplog.text


# --- (c) properties ------------------------------------------------------------------

_WORDS = ["Storm", "Roos", "Jan", "Mohamed", "de", "zei", "Van", "den", "Bulcke", "JES", "Gent", "en", "ik", "'s",
          "Lotte's", "Jonas'", "mathis", "@jef", "0470 12 34 56", "a@b.be", ",", ".", "Hoop", "doet", "leven", "K.",
          "Janssens", "[persoon 1]", "vzw", "De", "Overstap", "juf", "Ine", "\n", "–", "“", "”"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_WORDS), max_size=25).map(" ".join))
def test_idempotent_on_name_like_text(text):
    once = anonymise_text(text)
    assert anonymise_text(once) == once


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_never_crashes_and_idempotent_on_any_text(text):
    once = anonymise_text(text)
    assert isinstance(once, str)
    assert anonymise_text(once) == once


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=20).map(" ".join))
def test_no_output_contains_an_original_that_held_a_name(text):
    analysis = analyse(text, Knowledge())
    out = anonymise_text(text)
    if any(s.kind == "person" for s in analysis.spans):
        assert normalise(text) not in normalise(out)


def test_report_idempotent():
    (stem, src, gold) = next(c for c in _corpus() if c[0].startswith("001"))
    report = report_from_file(src, gold)
    anonymise_report(report)
    first = [q.to_dict() for q in report.quotes]
    anonymise_report(report)
    assert [q.to_dict() for q in report.quotes] == first
    report.private.clear()
    anonymise_report(report)
    assert [q.to_dict() for q in report.quotes] == first


# --- (d) the leak guard --------------------------------------------------------------


def _built_report() -> tuple[Report, str]:
    original = "Mohamed zei me dat hij pas na drie maanden durfde te vragen of ik hem wou helpen."
    report = Report(source="003.txt", slug="003", format="txt",
                    sections={"summary": "Yasmina El Khatib is jongerenwerker.", "quotes": f"„{original}” – Yasmina El Khatib"},
                    quotes=[Quote(original, "Yasmina El Khatib")])
    plugin.perskamer_transform_report(report, _Ctx())
    return report, original


def test_guard_passes_clean_artefacts_and_names_outside_quotes():
    report, _ = _built_report()
    # the quote's speaker is withheld everywhere (default policy): the summary says
    # "een sessiegever"; a name outside the quotes that is no withheld speaker passes
    assert "Yasmina" not in report.sections["summary"]
    html = (f"<p>{report.sections['summary']} Schepen Griet Lauwers opende.</p>"
            f"<blockquote>{report.quotes[0].text}</blockquote>")
    art = Artifact("verslagen/003.html", html.encode(), output="html", report="003")
    assert plugin.perskamer_inspect_artifact(art, html, [report], _Ctx()) == []
    # the withheld speaker's name in the page (a template that shows the source's
    # summary) is a leak since session 5
    leaked = html.replace(report.sections["summary"], "Yasmina El Khatib is jongerenwerker.")
    art = Artifact("verslagen/003.html", leaked.encode(), output="html", report="003")
    (problem,) = plugin.perskamer_inspect_artifact(art, leaked, [report], _Ctx())
    assert "[rule: withheld speaker, bare name]" in problem.message and "Yasmina" not in problem.message


def test_guard_catches_a_plugin_that_publishes_the_original():
    report, original = _built_report()
    # A misbehaving plugin that renders from somewhere else than the anonymised quote.
    leaky = f"<blockquote>{original.replace('maanden', 'maanden')}</blockquote>".replace(" ", "\n  ")
    art = Artifact("verslagen/003.html", leaky.encode(), output="html", report="003")
    problems = plugin.perskamer_inspect_artifact(art, leaky, [report], _Ctx())
    assert problems and problems[0].severity == "error" and problems[0].plugin == "anonymise"
    assert "Mohamed" not in problems[0].format()
    assert "report 003" in problems[0].message and "quote 1" in problems[0].message
    assert "[rule: original quote]" in problems[0].message and "anonymise --preview" in problems[0].hint
    # A fragment: the name with its neighbouring words, in JSON with escapes.
    frag = json.dumps({"text": "Mohamed zei me dat hij pas"}, ensure_ascii=True)
    art2 = Artifact("data/003.json", frag.encode(), output="json", report=None)
    assert plugin.perskamer_inspect_artifact(art2, frag, [report], _Ctx())


def test_guard_deny_list_and_scope_all():
    report = Report(source="r.md", slug="r", format="md", sections={"summary": "Kamiel en Lotte kwamen."},
                    quotes=[Quote("Lotte belde me.", None)])
    ctx = _Ctx({"scope": "all", "deny": ["Kamiel"]})
    plugin.perskamer_transform_report(report, ctx)
    text = "Op de foto: Lotte. En Kamiel."
    art = Artifact("index.html", text.encode(), output="html")
    problems = plugin.perskamer_inspect_artifact(art, text, [report], ctx)
    messages = " ".join(p.message for p in problems)
    assert "deny-list" in messages and "scope: all" in messages
    assert "Kamiel" not in messages and "Lotte" not in messages


def test_guard_when_the_transform_did_not_run():
    report = Report(source="r.md", slug="r", format="md", quotes=[Quote("Lowie belde me om twee uur 's nachts.", None)])
    text = "<q>Lowie belde me om twee uur 's nachts.</q>"
    art = Artifact("r.html", text.encode(), report="r")
    assert plugin.perskamer_inspect_artifact(art, text, [report], _Ctx())


def test_preview_lists_replacements_and_uncertain_words():
    report = Report(source="r.md", slug="r", format="md", title="T",
                    quotes=[Quote("Lowie en Kwabena gingen met de Zorgbot naar Brugge.", "Ine")])
    out = render_preview([report], _Ctx())
    assert "Lowie" in out and "first-name list" in out and "confidence" in out
    assert "might be a name" in out
    assert report.quotes[0].text.startswith("Lowie")  # the preview does not change the report
