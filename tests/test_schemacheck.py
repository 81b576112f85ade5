"""perskamer.schemacheck: a quick "valid" without jsonschema, never for a value jsonschema refuses.

Compared with jsonschema's Draft 2020-12 validator on the schemas a build checks (the config
with every built-in plugin's options, the ambition taxonomy, the tagger's settings, a report's
front matter) and on small schemas of every keyword it answers for, with values generated
from the schemas' own words and mutations of real files.
"""

from __future__ import annotations

import copy
import math
import subprocess
import sys
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from perskamer import schemacheck
from perskamer.config import full_schema
from perskamer.pluginhost import PluginHost
from perskamer.schemacheck import plainly_valid
from perskamer.validation import load_schema
from perskamer.yamlutil import load_yaml

ROOT = Path(__file__).resolve().parent.parent


def _config_schema() -> dict[str, Any]:
    from perskamer.workspace import plugin_schemas

    host = PluginHost()
    host.load_all([], workspace_dir=ROOT)
    return full_schema(plugin_schemas(host, {}))


def _settings_schema() -> dict[str, Any]:
    from perskamer.plugins.tagger.settings import TAXONOMY_SETTINGS_SCHEMA

    return TAXONOMY_SETTINGS_SCHEMA


def _taxonomy_schema() -> dict[str, Any]:
    from perskamer.taxonomy import _schema

    return _schema()


SCHEMAS = {
    "config": _config_schema(),
    "ambitions": _taxonomy_schema(),
    "tagger settings": _settings_schema(),
    "report": load_schema("report"),
}


def _words(schema: Any, found: set[Any]) -> set[Any]:
    """Property names, enum values and bounds a schema mentions (what generated values are made of)."""
    if isinstance(schema, dict):
        for key, value in schema.items():
            if key in ("properties", "$defs"):
                found.update(value)
                for sub in value.values():
                    _words(sub, found)
            elif key == "enum":
                found.update(v for v in value if isinstance(v, (str, int, float)))
            elif key in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength", "minItems", "maxItems"):
                if isinstance(value, (int, float)):
                    found.update({value, value - 1, value + 1})
            else:
                _words(value, found)
    elif isinstance(schema, list):
        for value in schema:
            _words(value, found)
    return found


def _jsonschema_valid(instance: Any, schema: dict[str, Any]) -> bool:
    return not any(Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER).iter_errors(instance))


def _exact(instance: Any, schema: dict[str, Any]) -> bool | None:
    """This check's own verdict (``None``: it does not answer for this value)."""
    try:
        return schemacheck._valid(instance, schema, schema)
    except schemacheck._Unknown:
        return None


def _agrees(instance: Any, schema: dict[str, Any]) -> None:
    expected = _jsonschema_valid(instance, schema)
    mine = _exact(instance, schema)
    assert mine is None or mine == expected, (instance, mine, expected)
    assert not plainly_valid(instance, schema) or expected, instance


def _values(words: list[Any]) -> st.SearchStrategy[Any]:
    scalars = st.one_of(
        st.none(), st.booleans(), st.integers(-3, 3), st.sampled_from([0.5, 1.0, -0.0, 2.5, math.inf, math.nan, 10**6]),
        st.text(max_size=6), st.sampled_from(words) if words else st.nothing(),
        st.sampled_from(["", "a", "nl", "#ff0000", "2026-12-06", "https://x.be", "a" * 300, "Ab-1", "quotes", "x_y"]),
    )
    keys = st.one_of(st.sampled_from([w for w in words if isinstance(w, str)] or ["k"]), st.text(max_size=4))
    return st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(keys, inner, max_size=5)), max_leaves=20)


def _paths(value: Any, at: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [at]
    if isinstance(value, dict):
        for k, v in value.items():
            found += _paths(v, (*at, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            found += _paths(v, (*at, i))
    return found


def _mutated(document: Any, path: tuple[Any, ...], value: Any, drop: bool) -> Any:
    doc = copy.deepcopy(document)
    if not path:
        return value
    node = doc
    for part in path[:-1]:
        node = node[part]
    if drop and isinstance(node, dict):
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return doc


def _documents() -> dict[str, list[Any]]:
    """Real files for each schema (the mutations start from them)."""
    taxonomy = load_yaml(resources.files("perskamer.defaults").joinpath("ambitions.yaml").read_text(encoding="utf-8")).data
    configs = [load_yaml(p.read_text(encoding="utf-8")).data or {} for p in [ROOT / "config/perskamer.yaml", *sorted(ROOT.glob("bench/data/*/config/perskamer.yaml"))[:4]]]
    return {
        "config": configs,
        "ambitions": [taxonomy],
        "tagger settings": [dict(taxonomy.get("settings") or {}), {"threshold": 2, "section_weights": {"ambitions": 2.0}}],
        "report": [{"title": "Sessie", "date": "2026-12-06", "session": "R1-S2", "speakers": ["Iemand"], "ambitions": ["jeugd"]}, {}],
    }


DOCUMENTS = _documents()


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_the_real_files_are_answered_here(name):
    """The files a build checks are valid and answered without jsonschema (else no time is saved)."""
    for document in DOCUMENTS[name]:
        assert _jsonschema_valid(document, SCHEMAS[name])
        assert plainly_valid(document, SCHEMAS[name]), document


@pytest.mark.parametrize("name", sorted(SCHEMAS))
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_generated_values_get_jsonschemas_verdict(name, data):
    schema = SCHEMAS[name]
    values = _values(sorted(_words(schema, set()), key=repr))
    _agrees(data.draw(values), schema)


@pytest.mark.parametrize("name", sorted(SCHEMAS))
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_real_files_changed_in_one_place_get_jsonschemas_verdict(name, data):
    schema = SCHEMAS[name]
    document = data.draw(st.sampled_from(DOCUMENTS[name]))
    path = data.draw(st.sampled_from(_paths(document)))
    value = data.draw(_values(sorted(_words(schema, set()), key=repr)))
    _agrees(_mutated(document, path, value, data.draw(st.booleans())), schema)


KEYWORD_SCHEMAS = [
    {"type": "integer", "minimum": 1, "maximum": 3},
    {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1},
    {"type": ["string", "null"], "minLength": 2, "maxLength": 3, "pattern": "^[a-z]+$"},
    {"enum": ["a", 1, None, True, 2.0]},
    {"type": "array", "items": {"type": "string"}, "minItems": 1, "maxItems": 2, "uniqueItems": True},
    {"type": "array", "items": False},
    {"type": "object", "properties": {"a": {"type": "integer"}}, "required": ["a"], "additionalProperties": False},
    {"type": "object", "additionalProperties": {"type": "string"}, "minProperties": 1, "maxProperties": 2, "propertyNames": {"pattern": "^[a-z]$"}},
    {"oneOf": [{"type": "integer"}, {"type": "number", "minimum": 0}]},
    {"anyOf": [{"enum": ["x", "y"]}, {"type": "array", "items": {"type": "string", "minLength": 1}}]},
    {"allOf": [{"type": "number"}, {"maximum": 2}]},
    {"$defs": {"t": {"type": "string", "maxLength": 2}}, "properties": {"a": {"$ref": "#/$defs/t"}, "b": {"type": "array", "items": {"$ref": "#/$defs/t"}}}},
    {"properties": {"a": {"format": "date"}}},  # not answered here
    {"patternProperties": {"^x": {"type": "integer"}}, "additionalProperties": False},  # not answered here
]


@pytest.mark.parametrize("schema", KEYWORD_SCHEMAS, ids=lambda s: ",".join(s))
@settings(max_examples=80, deadline=None)
@given(data=st.data())
def test_each_keyword_gets_jsonschemas_verdict(schema, data):
    _agrees(data.draw(_values(sorted(_words(schema, set()) | {"a", "b", "x", "xa"}, key=repr))), schema)


def test_what_it_does_not_answer_for_is_left_to_jsonschema():
    assert not plainly_valid({"a": "2026-12-06"}, {"properties": {"a": {"format": "date"}}})  # (jsonschema checks formats)
    assert not plainly_valid(1, {"const": 1})
    assert not plainly_valid({"a": 1}, {"properties": {"a": {"$ref": "other.json#/x"}}})
    assert not plainly_valid("x", {"minLength": "two"})  # a malformed schema: jsonschema's to say
    assert plainly_valid({"a": 1}, {"type": "object", "properties": {"a": {"type": "integer", "minimum": 1}}})
    assert not plainly_valid(math.nan, {"oneOf": [{"minimum": 0}, {"maximum": 0}]})  # valid under both: refused
    assert not plainly_valid(True, {"type": "integer"}) and not plainly_valid(1, {"enum": [True]})


def test_a_workspace_opens_and_builds_without_importing_jsonschema(tmp_path):
    """The config, the default taxonomy and the tagger's settings are valid: ~50 ms of import not spent."""
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from perskamer.workspace import open_workspace\n"
        "from perskamer.build import Builder\n"
        f"config, host = open_workspace(Path({str(ROOT / 'config' / 'perskamer.yaml')!r}))\n"
        "b = Builder(config, host, cache=None)\n"
        "b.context.begin_build()\n"
        "b.host.call('perskamer_build_started', problems=[], context=b.context)\n"
        "print('jsonschema' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path, check=True).stdout
    assert out.strip().splitlines()[-1] == "False"


def test_an_invalid_config_still_gets_jsonschemas_messages(tmp_path):
    from perskamer.config import ConfigError, load_config

    path = tmp_path / "config" / "perskamer.yaml"
    path.parent.mkdir()
    path.write_text("site:\n  titel: Verslagen\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(path, {}, workspace=tmp_path)
    assert any("titel" in p.message for p in caught.value.problems)
