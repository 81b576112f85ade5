"""The tagger's settings: the taxonomy file's ``settings:`` block (checked by the plugin,
not the core) and the workspace's ``tagging:`` options on top of it."""

from __future__ import annotations

import pytest

from perskamer.plugins.tagger.settings import DEFAULT_NEGATIONS, TaggerSettings, settings_for, taxonomy_settings
from perskamer.taxonomy import TaxonomyError, load_taxonomy, parse_taxonomy

THEMES = """\
ambitions:
  - id: klimaat
    label: Klimaat
    description: Jongeren en het klimaat.
    names: [klimaat]
"""


def _taxonomy(settings: str) -> object:
    return parse_taxonomy("version: 1\nsettings:\n" + settings + THEMES, source="ambitions.yaml")


def _error(settings: str) -> TaxonomyError:
    with pytest.raises(TaxonomyError) as info:
        taxonomy_settings(_taxonomy(settings))
    return info.value


def test_default_taxonomy_settings() -> None:
    st = taxonomy_settings(load_taxonomy(None))
    assert 1 <= st.max_tags <= 3
    assert st.section_weights["ambitions"] > st.section_weights["summary"] > st.section_weights["photo"]
    assert st.stemmer == "dutch_porter"
    assert st.split_compounds  # a Dutch stemmer: compounds are split
    assert st.negations == DEFAULT_NEGATIONS
    assert taxonomy_settings(load_taxonomy(None)) is st  # cached per taxonomy


def test_english_taxonomy_does_not_split_with_the_dutch_word_list() -> None:
    st = taxonomy_settings(_taxonomy("  stemmer: english\n"))
    assert not st.split_compounds
    assert taxonomy_settings(_taxonomy("  stemmer: english\n  compounds: true\n")).split_compounds


def test_errors_name_the_file_line_and_field_with_a_hint() -> None:
    err = _error("  max_tags: 5\n")
    assert err.file == "ambitions.yaml" and err.line == 3 and err.field == "settings.max_tags"

    err = _error("  section_weights:\n    sumary: 2\n")
    assert err.line == 4 and err.hint == "did you mean 'summary'?"

    err = _error("  treshold: 2\n")
    assert "unknown key 'treshold'" in err.message and err.hint == "did you mean 'threshold'?"

    err = _error("  negations: ['niet *']\n")
    assert err.field == "settings.negations.0" and "lone '*'" in err.message


def test_workspace_options_override_the_taxonomy() -> None:
    tax = _taxonomy("  threshold: 2\n  main_cues: [hoofdzakelijk]\n")
    st = settings_for(tax, {"threshold": 5, "section_weights": {"quotes": 0}, "publish_suggestions": True})
    assert st.threshold == 5 and st.section_weights["quotes"] == 0 and st.section_weights["ambitions"] == 3
    assert st.publish_suggestions and st.main_cues == ("hoofdzakelijk",)
    assert settings_for(tax, None) == taxonomy_settings(tax) != TaggerSettings()


def test_a_misspelt_setting_stops_build_and_check_as_a_config_error(tmp_path, monkeypatch, capsys) -> None:
    """A mistake in ambitions.yaml's settings is the user's, not a plugin bug: exit 2, nothing written."""
    from perskamer.cli import main

    ws = tmp_path / "ws"
    assert main(["init", str(ws)]) == 0
    monkeypatch.chdir(ws)
    assert main(["build"]) == 0
    index = ws / "public" / "index.html"
    before = index.read_bytes()
    path = ws / "config" / "ambitions.yaml"
    text = path.read_text(encoding="utf-8")
    assert "\n  threshold:" in text
    path.write_text(text.replace("\n  threshold:", "\n  treshold:", 1), encoding="utf-8")
    capsys.readouterr()
    for command in (["build"], ["check"]):
        assert main(command) == 2, command
        err = capsys.readouterr().err
        assert "ambitions.yaml:" in err and "unknown key 'treshold'" in err and "did you mean 'threshold'?" in err
        assert "bug in the plugin" not in err
        assert err.count("unknown key 'treshold'") == 1
    assert index.read_bytes() == before
