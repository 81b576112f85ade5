"""The ambition taxonomy: the shipped default, the file format and its error messages."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml
from jsonschema import Draft202012Validator

from perskamer.context import BuildContext
from perskamer.taxonomy import (
    PatternError,
    Taxonomy,
    TaxonomyError,
    load_taxonomy,
    parse_pattern,
    parse_taxonomy,
)

IDS = [
    "vrijwillig-engagement",
    "digitale-leefwereld",
    "mentaal-welzijn",
    "jeugdinfrastructuur",
    "stem-van-kinderen-en-jongeren",
    "kruispunten",
]

SMALL = """\
version: 1
ambitions:
  - id: klimaat
    label: Klimaat
    description: Jongeren en het klimaat.
    names: [klimaat]
  - id: sport
    label: Sport
    description: Sport en beweging.
    terms:
      - voetbal*: 2
      - zwemmen
"""


def _error(text: str) -> TaxonomyError:
    with pytest.raises(TaxonomyError) as info:
        parse_taxonomy(text, source="ambitions.yaml")
    return info.value


# --- the default ------------------------------------------------------------------------


def test_default_has_the_six_themes_in_order() -> None:
    tax = load_taxonomy(None)
    assert isinstance(tax, Taxonomy)
    assert [a.id for a in tax] == IDS
    assert tax.ids == IDS
    assert len(tax) == 6
    labels = [a.label for a in tax]
    assert labels[0] == "Vrijwillig engagement"
    assert labels[4] == "De stem van kinderen & jongeren"
    for amb in tax:
        assert amb.description and "\n" not in amb.description
        assert amb.names, f"{amb.id} has no explicit names"
        assert len(amb.terms) >= 15, f"{amb.id} has few specific terms"
        assert amb.weak, f"{amb.id} flags no ambiguous terms"
        assert amb.url and amb.url.startswith("https://")


def test_default_is_package_data_and_valid_against_the_schema() -> None:
    ref = resources.files("perskamer.defaults").joinpath("ambitions.yaml")
    assert ref.is_file()
    schema = json.loads(resources.files("perskamer.schemas").joinpath("ambitions.schema.json").read_text("utf-8"))
    Draft202012Validator.check_schema(schema)
    data = yaml.safe_load(ref.read_text("utf-8"))
    assert list(Draft202012Validator(schema).iter_errors(data)) == []


def test_default_is_cached_and_settings_are_passed_on_as_written() -> None:
    assert load_taxonomy(None) is load_taxonomy(None)
    st = load_taxonomy(None).settings
    # the core does not interpret the settings block: the tagger plugin does (test_tagger_settings.py)
    assert st["stemmer"] == "dutch_porter"
    assert st["section_weights"]["ambitions"] > st["section_weights"]["photo"]
    assert load_taxonomy(None).line_of(["settings", "threshold"]) is not None
    with pytest.raises(TypeError):
        st["threshold"] = 1  # read-only


def test_get_iteration_and_resolve() -> None:
    tax = load_taxonomy(None)
    assert tax.get("kruispunten").label == "Kruispunten"
    assert tax.get("nope") is None
    assert "mentaal-welzijn" in tax and "nope" not in tax
    assert tax["jeugdinfrastructuur"].id == "jeugdinfrastructuur"
    with pytest.raises(KeyError):
        tax["nope"]
    assert tax.index("kruispunten") == 5
    # what reporters and editors write
    assert tax.resolve("Mentaal Welzijn").id == "mentaal-welzijn"
    assert tax.resolve("De stem van kinderen & jongeren").id == "stem-van-kinderen-en-jongeren"
    assert tax.resolve("stem van kinderen en jongeren").id == "stem-van-kinderen-en-jongeren"
    assert tax.resolve("JEUGDINFRASTRUCTUUR").id == "jeugdinfrastructuur"
    assert tax.resolve("vrijwillig engagement").id == "vrijwillig-engagement"
    assert tax.resolve("klimaat") is None
    assert tax.suggest("kruispunt") == "kruispunten"


def test_load_from_a_file_and_through_the_build_context(tmp_path: Path) -> None:
    path = tmp_path / "ambitions.yaml"
    path.write_text(SMALL, encoding="utf-8")
    tax = load_taxonomy(path)
    assert tax.ids == ["klimaat", "sport"]
    assert tax.source == str(path)
    sport = tax.get("sport")
    assert [(t.pattern, t.weight, t.kind) for t in sport.terms] == [("voetbal*", 2.0, "term"), ("zwemmen", 1.0, "term")]
    assert sport.terms[1].line == 12
    assert tax.get("klimaat").names[0].weight == 3.0
    # core/context.py loads the workspace's file
    config = SimpleNamespace(ambitions_path=path, data={})
    context = BuildContext(config=config, content_dir=tmp_path, output_dir=tmp_path / "out")
    assert context.taxonomy.ids == ["klimaat", "sport"]
    context = BuildContext(config=SimpleNamespace(ambitions_path=None, data={}), content_dir=tmp_path, output_dir=tmp_path)
    assert context.taxonomy.ids == IDS



def test_a_file_read_again_unchanged_is_not_parsed_again(tmp_path: Path) -> None:
    # (a build checks the file when the workspace opens and reads it for its first report)
    path = tmp_path / "ambitions.yaml"
    path.write_text(SMALL, encoding="utf-8")
    first = load_taxonomy(path)
    assert load_taxonomy(path) is first
    # changed: read anew (same size, other bytes)
    path.write_text(SMALL.replace("zwemmen", "roeien!"), encoding="utf-8")
    changed = load_taxonomy(path)
    assert changed is not first and [t.pattern for t in changed.get("sport").terms] == ["voetbal*", "roeien!"]
    # the same bytes under another name: that file's own taxonomy (its name is in messages)
    other = tmp_path / "other.yaml"
    other.write_text(SMALL, encoding="utf-8")
    assert load_taxonomy(other).source == str(other)
    # broken after a good read: the error, not the old themes
    path.write_text("themes: [", encoding="utf-8")
    with pytest.raises(TaxonomyError):
        load_taxonomy(path)
    path.write_text(SMALL, encoding="utf-8")
    assert load_taxonomy(path).ids == ["klimaat", "sport"]


# --- patterns -------------------------------------------------------------------------------


def test_pattern_syntax() -> None:
    words = parse_pattern("Geïntegreerd  werken")
    assert [[a.text for a in w.alts] for w in words] == [["geintegreerd"], ["werken"]]
    assert parse_pattern("e-sports")[1].alts[0].text == "sports"
    kinds = [w.alts[0].kind for w in parse_pattern("=lokaal vrijwilliger* mee * x")]
    assert kinds == ["exact", "glob", "stem", "any", "stem"]
    assert [a.text for a in parse_pattern("het|ons lokaal")[0].alts] == ["het", "ons"]
    for bad in ("* lokaal", "lokaal *", "a||b", "lo=kaal", "=lokaal*", "---"):
        with pytest.raises(PatternError):
            parse_pattern(bad)


# --- errors -----------------------------------------------------------------------------------


def test_invalid_yaml_has_a_line() -> None:
    err = _error("ambitions:\n  - id: a\n    label: [unclosed\n")
    assert err.file == "ambitions.yaml"
    assert err.line is not None and err.line >= 3
    assert "ambitions.yaml:" in str(err)


def test_unknown_key_says_did_you_mean_with_line_and_field() -> None:
    err = _error(SMALL.replace("    label: Sport", "    lable: Sport"))
    messages = [p.message for p in err.problems]
    assert "unknown key 'lable'" in messages
    p = next(p for p in err.problems if p.message == "unknown key 'lable'")
    assert p.line == 8
    assert p.field == "ambitions[1].lable"
    assert p.hint == "did you mean 'label'?"


def test_missing_field_and_all_problems_at_once() -> None:
    text = SMALL.replace("    description: Jongeren en het klimaat.\n", "").replace("max_tags", "")
    text = text.replace("    label: Sport\n", "    label: Sport\n    lable: x\n")
    err = _error(text)
    fields = {p.field for p in err.problems}
    assert "ambitions[0]" in fields  # description missing
    assert any(p.message == "'description' is missing" for p in err.problems)
    assert "ambitions[1].lable" in fields
    assert len(err.problems) >= 2


def test_duplicate_id_and_label() -> None:
    err = _error(SMALL.replace("id: sport", "id: klimaat").replace("label: Sport", "label: klimaat"))
    dup = next(p for p in err.problems if "used twice" in p.message and "id" in p.message)
    assert dup.line == 7 and dup.field == "ambitions[1].id"
    assert "first on line 3" in dup.message
    assert any("label" in p.message and "used twice" in p.message for p in err.problems)


def test_bad_id_weight_and_pattern() -> None:
    err = _error(SMALL.replace("id: sport", "id: Sport Club"))
    assert err.field == "ambitions[1].id"
    assert "lowercase" in (err.hint or "")

    err = _error(SMALL.replace("voetbal*: 2", "voetbal*: veel"))
    assert err.line == 11
    assert err.field == "ambitions[1].terms[0]"

    err = _error(SMALL.replace("- zwemmen", "- zwem*men*="))
    assert err.line == 12
    assert err.field == "ambitions[1].terms[1]"
    assert "=" in err.message


def test_theme_without_words() -> None:
    err = _error(SMALL.replace("    names: [klimaat]\n", ""))
    assert "no names and no terms" in err.message and err.line == 3


def test_not_a_mapping_empty_and_missing_file(tmp_path: Path) -> None:
    assert "mapping" in _error("- a\n- b\n").message
    assert "'ambitions' is missing" in _error("version: 1\n").message
    with pytest.raises(TaxonomyError) as info:
        load_taxonomy(tmp_path / "nope.yaml")
    assert info.value.file.endswith("nope.yaml")
    assert "cannot read" in info.value.message
    bad = tmp_path / "latin1.yaml"
    bad.write_bytes("ambitions: caf\xe9".encode("latin-1"))
    with pytest.raises(TaxonomyError, match="UTF-8"):
        load_taxonomy(bad)


def test_yaml_aliases_are_refused() -> None:
    err = _error("x: &a [1]\ny: *a\n" + SMALL)
    assert "anchor" in err.message or "alias" in err.message
