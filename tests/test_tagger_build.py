"""The tagger in a real build: the JSON output, options, and another congress's taxonomy."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from perskamer.config import ConfigError
from perskamer.pluginhost import BUILTIN_PLUGINS
from perskamer.testing import Workspace

FIXTURES = Path(__file__).parent / "fixtures" / "tagging"
TAGGER = "perskamer.plugins.tagger"
# once the tagger is a built-in plugin it must not be registered twice
PLUGINS = [] if TAGGER in BUILTIN_PLUGINS else [TAGGER]

CLIMATE = """\
# A different congress: three themes, in English, with the English stemmer.
version: 1
title: Youth Climate Summit themes
settings:
  threshold: 2
  max_tags: 2
  stemmer: english
ambitions:
  - id: energy
    label: Energy transition
    description: Clean energy in clubs and schools.
    names: [energy transition]
    terms:
      - solar panel*: 2
      - heat pump*: 2
      - insulation
  - id: mobility
    label: Mobility
    description: How young people get around.
    names: [mobility]
    terms:
      - bike|bikes|cycling: 1.5
      - public transport: 2
      - bus
    exclude:
      - term: bus
        near: [tour]
  - id: voice
    label: Youth voice
    description: Young people in climate policy.
    names: [youth voice]
    terms: [climate strike*, youth council*, petition*]
"""

CLIMATE_REPORT = """\
---
title: "Solar panels on the scout hut"
date: 2023-09-01
---

## Wat er is gebeurd in de sessie? Wat hebben jullie gedaan/gehoord/beleefd? Omschrijf in 5 a 10 zinnen

The scouts of Leuven put solar panels and a heat pump on their hut. They came by bike and by bus.

## Op welke manier kwamen de ambities aan bod?

The energy transition was central: better insulation, solar panels and a heat pump.
"""


def test_reports_are_tagged_in_a_build_and_json_has_the_tags(tmp_path: Path) -> None:
    ws = Workspace(tmp_path, reports={})
    for name in ("012_drempels-weg.md", "003_tussen-de-mazen.txt", "010_mentaal-welzijn-op-kamp.md"):
        shutil.copy(FIXTURES / "corpus" / name, ws.content_dir / name)
    run = ws.build(PLUGINS, outputs=["json"])
    assert not run.errors, [p.format() for p in run.errors]
    by_slug = {r.slug: r for r in run.reports}
    assert [a.id for a in by_slug["012_drempels-weg"].ambitions] == ["vrijwillig-engagement", "kruispunten"]
    assert [a.id for a in by_slug["003_tussen-de-mazen"].ambitions] == ["kruispunten", "mentaal-welzijn"]
    assert run.called("perskamer_transform_report", "tagger")
    # the anonymiser (tryfirst), when present, runs before the tagger
    order = run.order("perskamer_transform_report")
    assert "tagger" in order
    if "anonymise" in order:
        assert order.index("anonymise") < order.index("tagger")
    data = next(run.json(p) for p in run.paths if p.endswith("003_tussen-de-mazen.json"))
    assert [a["id"] for a in data["ambitions"]] == ["kruispunten", "mentaal-welzijn"]
    first = data["ambitions"][0]
    assert first["label"] == "Kruispunten" and first["score"] > 0
    assert {"term", "section", "text"} <= set(first["evidence"][0])


def test_options_and_editor_overrides_in_the_config(tmp_path: Path) -> None:
    ws = Workspace(tmp_path, reports={}, config={"tagging": {"max_tags": 1, "overrides": {"003_tussen-de-mazen": ["jeugdinfrastructuur"]}}})
    for name in ("012_drempels-weg.md", "003_tussen-de-mazen.txt"):
        shutil.copy(FIXTURES / "corpus" / name, ws.content_dir / name)
    run = ws.build(PLUGINS, outputs=["json"])
    by_slug = {r.slug: r for r in run.reports}
    assert [a.id for a in by_slug["012_drempels-weg"].ambitions] == ["vrijwillig-engagement"]
    assert [(a.id, a.source) for a in by_slug["003_tussen-de-mazen"].ambitions] == [("jeugdinfrastructuur", "editor")]


def test_a_typo_in_the_options_is_a_config_error(tmp_path: Path) -> None:
    ws = Workspace(tmp_path, reports={}, config={"tagging": {"max_tag": 2}})
    problems = ws.config_problems(PLUGINS)
    assert problems and any("max_tag" in (p.message + (p.field or "")) for p in problems)


def test_another_congress_swaps_in_its_own_taxonomy(tmp_path: Path) -> None:
    ws = Workspace(tmp_path, reports={"solar.md": CLIMATE_REPORT})
    (ws.root / "config" / "ambitions.yaml").write_text(CLIMATE, encoding="utf-8")
    run = ws.build(PLUGINS, outputs=["json"])
    assert run.context.taxonomy.ids == ["energy", "mobility", "voice"]
    report = run.report("solar")
    assert [a.id for a in report.ambitions] == ["energy"]
    assert report.ambitions[0].label == "Energy transition"
    # the literal matches were English-stemmed ("panels" ~ "panel*", "pump" ~ "heat pump*")
    terms = {e["term"].lower() for e in report.ambitions[0].evidence}
    assert "energy transition" in terms and "solar panels" in terms


def test_a_broken_taxonomy_is_a_config_error_with_its_line(tmp_path: Path) -> None:
    ws = Workspace(tmp_path)  # the sample reports
    (ws.root / "config" / "ambitions.yaml").write_text(CLIMATE.replace("    label: Mobility\n", "    lable: Mobility\n"), encoding="utf-8")
    with pytest.raises(ConfigError) as info:  # the user's mistake: the build stops before writing (exit 2)
        ws.build(PLUGINS, outputs=["json"])
    about_taxonomy = [p for p in info.value.problems if "ambitions.yaml" in p.format() and "lable" in p.format()]
    assert len(about_taxonomy) == 1
    text = about_taxonomy[0].format()
    assert "ambitions.yaml:18" in text and "did you mean 'label'" in text
    assert not (ws.root / "public").exists()


@pytest.mark.parametrize("name", ["101_het-dak-lekt.txt", "104_rouw-in-de-groep.md"])
def test_own_reports_in_a_build(tmp_path: Path, name: str) -> None:
    ws = Workspace(tmp_path, reports={})
    shutil.copy(FIXTURES / "own" / name, ws.content_dir / name)
    run = ws.build(PLUGINS, outputs=["json"])
    report = run.reports[0]
    expected = {"101_het-dak-lekt.txt": ["jeugdinfrastructuur"], "104_rouw-in-de-groep.md": ["mentaal-welzijn", "kruispunten"]}
    assert [a.id for a in report.ambitions] == expected[name]
