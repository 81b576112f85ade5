"""Tags every report with the congress ambitions it speaks to, with evidence.

Runs as a plain ``perskamer_transform_report`` implementation, so after the
anonymiser (which is ``tryfirst``). Sets ``report.ambitions`` to a list of
:class:`~perskamer.model.AmbitionTag`, most central first. The themes and their words
come from the workspace taxonomy (``context.taxonomy``); options live under
``tagging:`` in perskamer.yaml. How it works: docs/tagging.md.

An editor decides with ``ambitions_override: [id, ...]`` in a report's front matter, or
``tagging: {overrides: {<slug or file name>: [id, ...]}}`` in perskamer.yaml (for DOCX
and PDF reports, which have no front matter). Either always wins; an empty list means
"no ambition".
"""

from __future__ import annotations

from typing import Any

from perskamer.config import ConfigError
from perskamer.hookspecs import hookimpl
from perskamer.model import AmbitionTag, Report
from perskamer.taxonomy import Taxonomy, TaxonomyError, load_taxonomy

from .engine import Matcher, TagResult, resolve_ids, score_report
from .settings import TAGGING_SCHEMA, TaggerSettings, settings_for, taxonomy_settings

PLUGIN_NAME = "tagger"

__all__ = ["PLUGIN_NAME", "TAGGING_SCHEMA", "Matcher", "TagResult", "matcher_for", "settings_for", "tag_report"]

# One compiled matcher per (taxonomy, settings); a build uses one, tests a few.
_MATCHERS: list[tuple[Taxonomy, TaggerSettings, Matcher]] = []


def matcher_for(taxonomy: Taxonomy, settings: TaggerSettings | None = None) -> Matcher:
    """The compiled matcher for ``taxonomy`` (cached: compiling takes a few ms)."""
    settings = settings or taxonomy_settings(taxonomy)
    for tax, st, m in _MATCHERS:
        if tax is taxonomy and (st is settings or st == settings):
            return m
    m = Matcher(taxonomy, settings)
    _MATCHERS.append((taxonomy, settings, m))
    del _MATCHERS[:-4]
    return m


def _taxonomy_of(context: Any) -> Taxonomy:
    tax = getattr(context, "taxonomy", None) if context is not None else None
    return tax if isinstance(tax, Taxonomy) else load_taxonomy(None)


def _options_of(context: Any) -> dict[str, Any]:
    if context is None or not hasattr(context, "options"):
        return {}
    return context.options("tagging") or {}


def analyse(report: Report, context: Any = None) -> TagResult:
    """Score a report without changing it (used by :func:`tag_report` and explain)."""
    taxonomy = _taxonomy_of(context)
    options = _options_of(context)
    matcher = matcher_for(taxonomy, settings_for(taxonomy, options))
    return score_report(report, matcher, overrides=options.get("overrides"))


def tag_report(report: Report, context: Any = None) -> list[AmbitionTag]:
    """Set ``report.ambitions`` (and record warnings on the report); return the tags."""
    options = _options_of(context)
    if options.get("enabled", True) is False:
        tags = _choices_only(report, _taxonomy_of(context), options)
    else:
        result = analyse(report, context)
        for message, fieldname, hint in result.warnings:
            report.problem("warning", message, field=fieldname, hint=hint, plugin=PLUGIN_NAME)
        tags = result.tags
        report.ambition_suggestion = result.suggestion
    report.ambitions = tags
    return tags


def _choices_only(report: Report, taxonomy: Taxonomy, options: dict[str, Any]) -> list[AmbitionTag]:
    """With the tagger disabled: the editor's choice, else the reporter's."""
    result = score_report(Report(source=report.source, slug=report.slug, format=report.format, meta=report.meta),
                          matcher_for(taxonomy), overrides=options.get("overrides"))
    for message, fieldname, hint in result.warnings:
        report.problem("warning", message, field=fieldname, hint=hint, plugin=PLUGIN_NAME)
    if result.override is not None:
        return result.tags
    warnings: list[tuple[str, str, str | None]] = []
    ids = resolve_ids([str(v) for v in (report.meta.get("ambitions") or [])], taxonomy, "ambitions", warnings)
    return [AmbitionTag(id=i, label=taxonomy[i].label, score=0.0, source="reporter") for i in ids[:3]]


# --- hooks -----------------------------------------------------------------------------


@hookimpl
def perskamer_config_schema() -> dict[str, dict[str, Any]]:
    return {"tagging": TAGGING_SCHEMA}


@hookimpl
def perskamer_build_started(context: Any) -> None:
    # Compile once up front, so a broken taxonomy (or a misspelt setting) is reported once,
    # before any report is read, as a config error: the build stops with exit 2 and writes nothing.
    state = context.shared.setdefault(PLUGIN_NAME, {}) if hasattr(context, "shared") else {}
    state.pop("error", None)
    try:
        taxonomy = _taxonomy_of(context)
        matcher_for(taxonomy, settings_for(taxonomy, _options_of(context)))
    except TaxonomyError as exc:  # a mistake in the workspace's ambitions file: exit 2, nothing written
        state["error"] = exc
        raise ConfigError(exc.problems) from None
    except ValueError as exc:
        state["error"] = exc
        raise


@hookimpl
def perskamer_transform_report(report: Report, context: Any) -> Report | None:
    shared = getattr(context, "shared", None)
    if isinstance(shared, dict) and shared.get(PLUGIN_NAME, {}).get("error") is not None:
        report.ambitions = []
        return None
    try:
        tag_report(report, context)
    except TaxonomyError as exc:  # 'perskamer check' reads reports without starting a build
        raise ConfigError(exc.problems) from None
    return None


@hookimpl
def perskamer_command(name: str, args: Any, builder: Any) -> int | None:
    """``perskamer tags [--explain] [FILE...]``: the ambition tags of reports, and why."""
    if name != "tags":
        return None
    from perskamer.cli import exit_code, print_problems, selected_reports
    from perskamer.textsafe import printable

    from .explain import explain

    outcomes, problems = selected_reports(builder, args.files)
    for outcome in outcomes:
        report = outcome.report
        if report is None:
            continue
        if args.explain:
            print(printable(explain(report, builder.context)))
        else:
            tags = ", ".join(f"{a.id} ({a.score:.2f})" for a in report.ambitions) or "-"
            sug = report.ambition_suggestion
            if sug is not None and not report.ambitions:
                tags += f" (suggested: {sug.id}, confidence {sug.confidence or 0:.2f})"
            print(printable(f"{report.source}: {tags}"))
    print_problems(problems + [p for o in outcomes for p in o.problems])
    return exit_code(problems)
