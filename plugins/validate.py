"""Built-in checks: front matter against ``schemas/report.schema.json`` and the rules
every publishable report must meet (a title, at least one answered section)."""

from __future__ import annotations

import datetime as _dt
import difflib
from typing import Any

from perskamer.hookspecs import hookimpl
from perskamer.model import Problem, Report
from perskamer.yamlutil import LoadedYaml

PLUGIN_NAME = "validate"


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, _dt.date | _dt.datetime):
        return value.isoformat()
    return value


def front_matter_problems(report: Report) -> list[Problem]:
    from perskamer.validation import load_schema, validate

    front = report.private.get("front_matter")
    if not isinstance(front, dict):
        return []
    lines = report.private.get("front_matter_lines") or {}
    loaded = LoadedYaml(front, lines)
    schema = load_schema("report")
    problems = validate(_jsonable(front), schema, file=report.source, loaded=loaded)
    known = sorted(schema["properties"])
    for key in front:
        if key in known:
            continue
        close = difflib.get_close_matches(str(key), known, n=1, cutoff=0.75)
        if close:
            problems.append(
                Problem(
                    "warning",
                    f"unknown front-matter key '{key}' is ignored",
                    file=report.source,
                    line=loaded.line_of([key]),
                    field=str(key),
                    hint=f"did you mean '{close[0]}'?",
                )
            )
    return problems


@hookimpl
def perskamer_validate_report(report: Report, context: Any) -> list[Problem]:
    problems = front_matter_problems(report)
    # A reader may already have said what is wrong with a field; say it once.
    said = {p.field for p in report.problems if p.field}
    if not report.title.strip():
        problems.append(
            Problem(
                "error",
                "the report has no session title",
                file=report.source,
                field="title",
                hint="put the session title under the form header (or 'title:' in the front matter)",
            )
        )
    answered = [sid for sid, text in report.sections.items() if text and text.strip()]
    if not answered and not report.quotes:
        problems.append(
            Problem(
                "error",
                "none of the form's questions was found or answered",
                file=report.source,
                hint="keep the questions of the report form (e.g. 'Wat er is gebeurd in de sessie?') above each answer",
            )
        )
    if report.date is None and "date" not in said:
        problems.append(
            Problem("warning", "no session date found", file=report.source, field="date", hint="add 'Datum: 6 juni 2023' under the form header")
        )
    if context is not None:
        problems.extend(_ambition_problems(report, context))
    return problems


def _ambition_problems(report: Report, context: Any) -> list[Problem]:
    """Front-matter ambitions must name a theme of the taxonomy (id, label or name)."""
    declared = list(report.meta.get("ambitions") or []) + list(report.meta.get("ambitions_override") or [])
    if not declared:
        return []
    try:
        taxonomy = context.taxonomy
    except Exception:  # a broken taxonomy is reported when the workspace opens
        return []
    ids = [a.id for a in taxonomy]
    lines = LoadedYaml({}, report.private.get("front_matter_lines") or {})
    problems = []
    for value in declared:
        if taxonomy.resolve(str(value)) is not None:
            continue
        close = difflib.get_close_matches(str(value), ids, n=1, cutoff=0.5)
        problems.append(
            Problem(
                "warning",
                f"unknown ambition '{value}' is ignored",
                file=report.source,
                line=lines.line_of(["ambitions"]),
                field="ambitions",
                hint=f"did you mean '{close[0]}'?" if close else f"known ambitions: {', '.join(ids)}",
            )
        )
    return problems
