"""A quick "valid" for a value that plainly fits a JSON schema, without importing jsonschema.

Importing ``jsonschema`` costs ~50 ms of CPU (``referencing``, ``rpds``, the format
checkers), and a build used it three times before its first report: the config, the
ambition taxonomy and the tagger's settings -- ~0.05-0.08 s of the serial start of every
build, a cold build's and a one-report rebuild's alike (session 12, docs/watch.md). Almost
every file checked is valid. :func:`plainly_valid` answers for the keywords our schemas and
the plugins' option schemas use, exactly as jsonschema's Draft 2020-12 validator does; the
callers ask jsonschema only when it says anything but "valid" (it found a problem, or met a
keyword, a ``$ref`` or a value it does not know), and jsonschema's errors make the messages
as before. So a file is never passed that jsonschema would refuse (``tests/test_schemacheck.py``
compares both on generated values and schemas).
"""

from __future__ import annotations

import numbers
import re
from typing import Any

__all__ = ["plainly_valid", "schema_errors"]


class _Unknown(Exception):
    """A keyword, reference or value this check does not answer for: ask jsonschema."""


#: Keywords that assert nothing (annotations).
_ANNOTATIONS = frozenset({"description", "title", "default", "examples", "$comment", "$schema", "deprecated", "readOnly", "writeOnly"})


def plainly_valid(instance: Any, schema: Any) -> bool:
    """True when ``instance`` is valid against ``schema`` (Draft 2020-12, no format checks)
    for certain; False when it is not, or when this check cannot tell (then ask jsonschema)."""
    try:
        return _valid(instance, schema, schema)
    except Exception:  # (_Unknown; a malformed schema; a very deep value): jsonschema says what it says
        return False


def schema_errors(instance: Any, schema: Any, *, formats: bool = False) -> list[Any]:
    """jsonschema's Draft 2020-12 errors for ``instance`` (with its format checker when
    ``formats``); none, without importing jsonschema, when :func:`plainly_valid` says so.
    The one place the callers (config, taxonomy, tagger settings) ask jsonschema."""
    if plainly_valid(instance, schema):
        return []
    from jsonschema import Draft202012Validator  # imported here: ~50-60 ms, only for a file with a problem

    checker = Draft202012Validator.FORMAT_CHECKER if formats else None
    return list(Draft202012Validator(schema, format_checker=checker).iter_errors(instance))


def _is_type(instance: Any, name: str) -> bool:
    """jsonschema's Draft 2020-12 type checker."""
    if name == "string":
        return isinstance(instance, str)
    if name == "object":
        return isinstance(instance, dict)
    if name == "array":
        return isinstance(instance, list)
    if name == "boolean":
        return isinstance(instance, bool)
    if name == "null":
        return instance is None
    if name == "integer":
        if isinstance(instance, bool):
            return False
        return isinstance(instance, int) or (isinstance(instance, float) and instance.is_integer())
    if name == "number":
        return _number(instance)
    raise _Unknown(name)


def _number(instance: Any) -> bool:
    return isinstance(instance, numbers.Number) and not isinstance(instance, bool)


def _in_enum(instance: Any, values: list[Any]) -> bool:
    """jsonschema's ``enum`` (``_utils.equal``: a bool is no number) for the values that compare simply."""
    if isinstance(instance, str):
        return any(isinstance(v, str) and v == instance for v in values)
    if instance is None or isinstance(instance, bool):
        return any(v is instance for v in values)
    if isinstance(instance, (int, float)):
        return any(v is instance or (isinstance(v, (int, float)) and not isinstance(v, bool) and v == instance) for v in values)
    raise _Unknown("enum")


def _resolve(ref: Any, root: dict[str, Any]) -> Any:
    """A reference within the root schema (``#/$defs/name``); anything else is not answered here."""
    if not isinstance(ref, str) or not ref.startswith("#/"):
        raise _Unknown(ref)
    node: Any = root
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, dict) or part not in node:
            raise _Unknown(ref)
        node = node[part]
    return node


def _valid(instance: Any, schema: Any, root: Any) -> bool:
    if schema is True:
        return True
    if schema is False:
        return False
    if not isinstance(schema, dict):
        raise _Unknown("schema")
    if "$id" in schema and schema is not root:  # (another resource: its own references)
        raise _Unknown("$id")
    ok = True
    for key, value in schema.items():
        if key in _ANNOTATIONS or (key == "$id" and schema is root) or key == "$defs":
            continue
        if key == "type":
            names = value if isinstance(value, list) else [value]
            if not any(_is_type(instance, name) for name in names):
                ok = False
        elif key == "enum":
            if not _in_enum(instance, value):
                ok = False
        elif key == "$ref":
            if not _valid(instance, _resolve(value, root), root):
                ok = False
        elif key in ("properties", "additionalProperties", "required", "minProperties", "maxProperties", "propertyNames"):
            if isinstance(instance, dict) and not _object_keyword(key, value, instance, schema, root):
                ok = False
        elif key in ("items", "minItems", "maxItems", "uniqueItems"):
            if isinstance(instance, list) and not _array_keyword(key, value, instance, schema, root):
                ok = False
        elif key in ("minLength", "maxLength", "pattern"):
            if isinstance(instance, str) and not _string_keyword(key, value, instance):
                ok = False
        elif key in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
            if _number(instance) and not _number_keyword(key, value, instance):
                ok = False
        elif key == "oneOf":
            if sum(1 for sub in value if _valid(instance, sub, root)) != 1:
                ok = False
        elif key == "anyOf":
            if not [sub for sub in value if _valid(instance, sub, root)]:  # (every one answered: none left unknown)
                ok = False
        elif key == "allOf":
            if not all([_valid(instance, sub, root) for sub in value]):
                ok = False
        else:  # format, const, not, if, patternProperties, prefixItems, contains, dependent*, unevaluated*, ...
            raise _Unknown(key)
    return ok


def _object_keyword(key: str, value: Any, instance: dict[Any, Any], schema: dict[str, Any], root: Any) -> bool:
    if key == "properties":
        return all([_valid(instance[name], sub, root) for name, sub in value.items() if name in instance])
    if key == "additionalProperties":
        if "patternProperties" in schema:
            raise _Unknown("patternProperties")
        known = schema.get("properties", {})
        extras = [name for name in instance if name not in known]
        if value is False:
            return not extras
        return all([_valid(instance[name], value, root) for name in extras])
    if key == "required":
        return all(name in instance for name in value)
    if key == "minProperties":
        return not len(instance) < value
    if key == "maxProperties":
        return not len(instance) > value
    # propertyNames
    return all([_valid(name, value, root) for name in instance])


def _array_keyword(key: str, value: Any, instance: list[Any], schema: dict[str, Any], root: Any) -> bool:
    if key == "items":
        if "prefixItems" in schema:
            raise _Unknown("prefixItems")
        return all([_valid(item, value, root) for item in instance])
    if key == "minItems":
        return not len(instance) < value
    if key == "maxItems":
        return not len(instance) > value
    # uniqueItems
    if not value:
        return True
    if not all(isinstance(item, str) for item in instance):
        raise _Unknown("uniqueItems")
    return len(set(instance)) == len(instance)


# (each "valid" below is the negation of the condition under which jsonschema reports the error,
# so that NaN and the like come out as they do there)


def _string_keyword(key: str, value: Any, instance: str) -> bool:
    if key == "minLength":
        return not len(instance) < value
    if key == "maxLength":
        return not len(instance) > value
    return re.search(value, instance) is not None  # pattern (as jsonschema: re.search)


def _number_keyword(key: str, value: Any, instance: Any) -> bool:
    if not isinstance(instance, (int, float)):  # (Decimal, Fraction: compared there)
        raise _Unknown("a number of another kind")
    if key == "minimum":
        return not instance < value
    if key == "maximum":
        return not instance > value
    if key == "exclusiveMinimum":
        return not instance <= value
    return not instance >= value  # exclusiveMaximum
