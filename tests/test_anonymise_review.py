"""Regressions from the anonymiser review: section labels taken for chat speakers, the
leak guard on names that are also words, and distinct full names merged into one."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from perskamer.model import Artifact, Quote, Report
from perskamer.plugins import anonymise as plugin
from perskamer.plugins.anonymise.anonymiser import Options, anonymise_report, build_knowledge
from perskamer.plugins.anonymise.detect import Knowledge, harvest_names
from perskamer.plugins.anonymise.replace import anonymise_text

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(__file__).parent / "fixtures" / "corpus"


class _Ctx:
    def __init__(self, opts: dict | None = None):
        self._opts = opts or {}

    def options(self, key: str) -> dict:
        return dict(self._opts) if key == "anonymise" else {}


# --- 1. a "Label: text" line of a section is no chat speaker -------------------------

_AMBITIONS = (
    "Op welke manier kwamen de ambities aan bod?\n\n"
    "Jeugdinfrastructuur: zonder vaste plek is alles moeilijker, opslag, verzekering, sanitair (ze huren\n"
    "dixi's, niet ideaal als je 250 kinderen hebt).\n\n"
    "Vrijwillig engagement: de animatoren blijven wel komen ondanks alles.\n\n"
    "Nodig: sneller vergunningen, een vaste opslagplaats en meer steun van de stad\n"
)


def _label_report() -> Report:
    return Report(
        source="008.txt", slug="008", format="txt", title="Speelplein zonder plein",
        sections={"summary": "Datum: 6 juni 2023\n\nJeugdinfrastructuur stond centraal in deze sessie.",
                  "ambitions": _AMBITIONS},
        quotes=[Quote("Jeugdinfrastructuur blijft ons grootste probleem, zei Kato.", None)],
    )


def test_section_label_lines_are_not_learnt_as_names():
    know, _roles = build_knowledge(_label_report(), Options())
    for word in ("jeugdinfrastructuur", "nodig", "datum", "vrijwillig"):
        assert word not in know.names, word
    # a compound or a common word is never learnt from a line label, whatever the section
    assert harvest_names(_AMBITIONS, Knowledge(), min_confidence=0.6, speaker_lines=True) == []


def test_section_label_is_not_masked_in_quotes_nor_sections():
    report = anonymise_report(_label_report(), {"scope": "all"})
    assert "Jeugdinfrastructuur blijft ons grootste probleem" in report.quotes[0].text
    assert "Kato" not in report.quotes[0].text
    assert report.sections["summary"].endswith("Jeugdinfrastructuur stond centraal in deze sessie.")
    assert report.sections["ambitions"].startswith("Op welke manier kwamen de ambities aan bod?\n\nJeugdinfrastructuur: zonder")
    assert "Nodig: sneller" in report.sections["ambitions"]
    assert not any(e["original"] in ("Jeugdinfrastructuur", "Nodig") for e in report.private["anonymisation"]["log"])
    # the theme label on a collection page is no leak
    page = "<h2>Jeugdinfrastructuur</h2><p>Nodig: sneller vergunningen</p>"
    art = Artifact("index.html", page.encode(), output="html", report=None)
    assert plugin.perskamer_inspect_artifact(art, page, [report], _Ctx({"scope": "all"})) == []


def test_a_real_chat_log_in_the_quotes_section_still_names_its_speakers():
    chat = "Uit de groepschat:\n\nXandrio: wie is er morgen in het jeugdhuis\n\nBrentje: ik ben der vanaf 4u\n"
    know = Knowledge()
    assert "Xandrio" in harvest_names(chat, know, min_confidence=0.6, speaker_lines=True)
    # the same single line in another section is no chat log
    assert "Xandrio" not in harvest_names("Xandrio: wie is er morgen in het jeugdhuis\n", Knowledge(),
                                          min_confidence=0.6, speaker_lines=False)
    report = Report(source="c.txt", slug="c", format="txt", sections={"quotes": chat}, quotes=[])
    anonymise_report(report)
    assert "Xandrio" not in report.sections["quotes"]


def _gold() -> dict[str, dict]:
    return {g.name[: -len(".gold.json")]: json.loads(g.read_text(encoding="utf-8")) for g in CORPUS.glob("*.gold.json")}


@pytest.fixture(scope="module")
def scope_all_site(tmp_path_factory) -> tuple[int, Path]:
    from perskamer.cli import main

    base = tmp_path_factory.mktemp("scope_all")
    content = base / "content"
    shutil.copytree(CORPUS, content, ignore=shutil.ignore_patterns("*.gold.json"))
    (base / "config").mkdir()
    shutil.copy(ROOT / "config/ambitions.yaml", base / "config/ambitions.yaml")
    cfg = (ROOT / "config/perskamer.yaml").read_text(encoding="utf-8")
    cfg = re.sub(r"(?m)^outputs:.*$", "outputs: [html, json]", cfg)
    cfg = re.sub(r"(?m)^anonymise:(\n[ #].*)*", "", cfg) + "\nanonymise:\n  scope: all\n"
    (base / "config/perskamer.yaml").write_text(cfg, encoding="utf-8")
    out = base / "public"
    code = main(["build", "--config", str(base / "config/perskamer.yaml"), "--content", str(content),
                 "--out", str(out), "--quiet", "--no-cache"])
    return code, out


def test_corpus_with_scope_all_publishes_without_guard_errors(scope_all_site):
    code, out = scope_all_site
    assert code == 0
    gold = _gold()
    index = json.loads((out / "data/index.json").read_text(encoding="utf-8"))
    assert len(index["reports"]) == len(gold)
    assert (out / "index.html").exists() and (out / "thema/jeugdinfrastructuur.html").exists()
    # With scope all a report whose file name holds a word found as a name is published
    # under its anonymised title, after its session number (tests/test_anonymise_file_names.py)
    slugs = {e["slug"] for e in index["reports"]}
    slug_of = {stem: stem if stem in slugs else next(s for s in slugs if s.startswith(stem.split("_")[0] + "-"))
               for stem in gold}
    for stem, slug in slug_of.items():
        assert (out / "data" / f"{slug}.json").exists(), stem
        assert (out / "verslagen" / f"{slug}.html").exists(), stem
    # and still no gold quote person of a report in its pages (as a capitalised name;
    # "Storm in een glas water" in another report is no leak)
    for stem, g in gold.items():
        texts = [(out / "data" / f"{slug_of[stem]}.json").read_text(encoding="utf-8"),
                 (out / "verslagen" / f"{slug_of[stem]}.html").read_text(encoding="utf-8")]
        for name in g["quote_persons"]:
            pat = re.compile(r"(?<![\w])" + re.escape(name) + r"(?![\w])")
            assert not any(pat.search(t) for t in texts), (stem, name)


# --- 2. the guard and a name that is also a word ------------------------------------


def _storm_report() -> Report:
    return Report(
        source="004.txt", slug="004", format="txt", title="Ruimte om te spelen",
        sections={"summary": "Koen Peeters gaf de sessie. Er kwam ook een storm van reacties toen Koen sprak."},
        quotes=[Quote("Storm, een jongen van zeven, zei ons letterlijk: hier mag ik niks.", None),
                Quote("Koen Peeters zei dat het kan.", None), Quote("Ook Lotte vond het top.", None)],
    )


@pytest.mark.parametrize("scope", ["quotes", "all"])
def test_guard_does_not_flag_the_common_word_of_a_name_word(scope):
    report = anonymise_report(_storm_report(), {"scope": scope})
    assert "Storm" not in report.quotes[0].text
    page = " ".join([report.sections["summary"], *(q.text for q in report.quotes),
                     "Er kwam ook een storm van reacties.", "<h2>Storm en regen</h2>"])
    art = Artifact("verslagen/004.html", page.encode(), output="html", report="004")
    assert plugin.perskamer_inspect_artifact(art, page, [report], _Ctx({"scope": scope})) == []


@pytest.mark.parametrize("leak", ["« Storm, een jongen van zeven", "zoals Storm zei", "dat ook Storm mee wou"])
def test_guard_still_flags_a_name_word_used_as_a_name(leak):
    report = anonymise_report(_storm_report(), {"scope": "all"})
    page = report.sections["summary"] + " " + leak
    art = Artifact("verslagen/004.html", page.encode(), output="html", report="004")
    assert plugin.perskamer_inspect_artifact(art, page, [report], _Ctx({"scope": "all"}))


def test_guard_stays_strict_for_ordinary_names():
    report = anonymise_report(_storm_report(), {"scope": "all"})
    for leak in ("lotte", "Lotte.", "koen", "Koen.", "koen peeters", "Koen Peeters"):
        page = report.sections["summary"] + " " + leak
        art = Artifact("verslagen/004.html", page.encode(), output="html", report="004")
        assert plugin.perskamer_inspect_artifact(art, page, [report], _Ctx({"scope": "all"})), leak


# --- 3. distinct full names, distinct labels -----------------------------------------


def test_knowledge_keeps_two_full_names_apart():
    know = Knowledge()
    peeters = know.add("Jan Peeters", explicit=True)
    janssens = know.add("Jan Janssens", explicit=True)
    assert peeters != janssens
    assert know.add("Peeters") == peeters
    assert know.add("Janssens") == janssens
    assert know.add("Jan") in (peeters, janssens)
    # a short form first, then the full one: still one person; a second full name apart
    know2 = Knowledge()
    jan = know2.add("Jan")
    assert know2.add("Jan Peeters") == jan
    assert know2.add("Jan Janssens") != jan
    assert know2.add("Anne-Sophie Van den Broeck") == know2.add("Anne-Sophie") == know2.add("Van den Broeck")


def test_two_jans_get_two_labels_and_a_lone_jan_is_masked():
    report = Report(
        source="r.md", slug="r", format="md",
        sections={"summary": "Jan Peeters en Jan Janssens gaven de sessie."},
        quotes=[Quote("Jan Peeters en Jan Janssens waren het oneens, maar Peeters gaf toe.", None),
                Quote("Jan vond het een goed idee.", None)],
    )
    anonymise_report(report)
    first, second = report.quotes
    labels = re.findall(r"\[persoon \d+\]", first.text)
    assert len(labels) == 3 and labels[0] != labels[1] and labels[2] == labels[0], first.text
    assert "Jan" not in second.text and re.match(r"\[persoon \d+\] vond", second.text)


def test_two_jans_from_the_lists_only_get_two_labels():
    # no report knowledge at all: the labeler must not merge them through "jan" either
    text = anonymise_text("Jan Peeters belde Jan Janssens.")
    labels = re.findall(r"\[persoon \d+\]", text)
    assert len(labels) == 2 and labels[0] != labels[1], text
    text = anonymise_text("Jan belde Jan Peeters en Jan Janssens.")
    assert "Jan" not in text and "Peeters" not in text and "Janssens" not in text
    labels = re.findall(r"\[persoon \d+\]", text)
    assert labels[0] == labels[1] != labels[2], text
