"""JSON Schema validation with errors a person can act on.

jsonschema's messages are precise but read like a stack trace ("Additional properties
are not allowed ('outptus' was unexpected)"). This module turns each error into a
:class:`~perskamer.model.Problem` with the file, the line (from
:class:`~perskamer.yamlutil.LoadedYaml`), the dotted field, what was expected and a
"did you mean" hint, in the manner of MkDocs' config validation.
"""

from __future__ import annotations

import difflib
import json
from functools import cache
from importlib import resources
from typing import Any

from .model import Problem
from .schemacheck import schema_errors
from .yamlutil import LoadedYaml

_TYPE_NAMES = {
    "string": "text",
    "array": "a list",
    "object": "a mapping (key: value lines)",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "null": "nothing",
}


@cache
def load_schema(name: str) -> dict[str, Any]:
    """A schema shipped in ``perskamer.schemas`` (``"config"`` -> config.schema.json)."""
    text = resources.files("perskamer.schemas").joinpath(f"{name}.schema.json").read_text(encoding="utf-8")
    return json.loads(text)


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if value is None:
        return "nothing"
    if isinstance(value, int | float):
        return "a number"
    return type(value).__name__


def _expected_types(schema: dict[str, Any]) -> str:
    types = schema.get("type")
    if isinstance(types, str):
        types = [types]
    if not types:
        return "another kind of value"
    return " or ".join(_TYPE_NAMES.get(t, t) for t in types)


def _dotted(path: Any) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def validate(
    instance: Any,
    schema: dict[str, Any],
    *,
    file: str | None,
    loaded: LoadedYaml | None = None,
    field_prefix: str = "",
) -> list[Problem]:
    """Validate ``instance``; return one problem per error, sorted by line."""
    problems: list[Problem] = []
    for error in schema_errors(instance, schema, formats=True):  # (a valid file: jsonschema is not imported)
        problems.extend(_problems_for(error, file=file, loaded=loaded, field_prefix=field_prefix))
    problems.sort(key=lambda p: (p.line or 0, p.field or ""))
    return problems


def _problems_for(error: Any, *, file: str | None, loaded: LoadedYaml | None, field_prefix: str) -> list[Problem]:
    path = list(error.absolute_path)
    line = loaded.line_of(path) if loaded else None
    field = _dotted(path)
    if field_prefix:
        field = f"{field_prefix}.{field}" if field else field_prefix
    where = f"'{field}'" if field else "the top level"
    validator = error.validator
    schema = error.schema
    hint = None

    if validator == "additionalProperties":
        allowed = sorted((schema.get("properties") or {}).keys())
        extras = [k for k in error.instance if k not in allowed] if isinstance(error.instance, dict) else []
        problems = []
        for key in extras:
            key_field = f"{field}.{key}" if field else str(key)
            key_line = loaded.line_of(path + [key]) if loaded else line
            close = difflib.get_close_matches(str(key), allowed, n=1, cutoff=0.6)
            hint = f"did you mean '{close[0]}'?" if close else (f"known keys: {', '.join(allowed)}" if allowed else None)
            problems.append(Problem("error", f"unknown key '{key}'", file=file, line=key_line, field=key_field, hint=hint))
        return problems
    if validator == "required":
        message = f"{where} is missing: {error.message.split(' is a required')[0]}"
    elif validator == "type":
        message = f"{where} should be {_expected_types(schema)}, not {_describe(error.instance)}"
    elif validator == "enum":
        options = ", ".join(repr(o) for o in schema["enum"])
        message = f"{where} is {error.instance!r}; expected one of {options}"
        close = difflib.get_close_matches(str(error.instance), [str(o) for o in schema["enum"]], n=1, cutoff=0.5)
        if close:
            hint = f"did you mean '{close[0]}'?"
    elif validator in ("minLength", "minItems"):
        message = f"{where} is empty"
    elif validator in ("maxLength", "maxItems"):
        message = f"{where} is too long ({error.message})"
    elif validator == "pattern":
        message = f"{where} does not have the expected form ({schema.get('description') or schema['pattern']})"
    elif validator == "format":
        message = f"{where}: {error.instance!r} is not a valid {schema.get('format')}"
    else:
        message = f"{where}: {error.message}"
    if hint is None:
        hint = schema.get("x-hint") or (f"expected: {schema['description']}" if schema.get("description") else None)
    return [Problem("error", message, file=file, line=line, field=field or None, hint=hint)]
