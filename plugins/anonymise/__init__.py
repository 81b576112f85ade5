"""The built-in Dutch anonymiser of quotes, and the leak guard over every artefact.

Runs first among the transforms (``tryfirst``), so every other plugin and every output
only ever sees anonymised quotes. The replacement log (originals included) is kept in
``report.private["anonymisation"]`` only, which no output reads. See
``docs/anonymisation.md``.
"""

from __future__ import annotations

from typing import Any

from perskamer.hookspecs import hookimpl, stateless
from perskamer.model import Artifact, Problem, Report

from . import _native  # noqa: F401  (first: puts a fresh compiled build, if any, in front of __path__)
from .anonymiser import OPTIONS_SCHEMA, Options, anonymise_report, default_theme_words, theme_words_of
from .guard import inspect_path, inspect_text
from .review import REVIEW_FILE, apply_decisions, load_decisions

PLUGIN_NAME = "anonymise"

__all__ = ["PLUGIN_NAME", "anonymise_report", "Options"]


def _options(context: Any) -> Options:
    """The options of this build (made once per build: the transform asks per report and
    the guard per artefact; the inputs they come from are recorded for every caller)."""
    once = getattr(context, "once", None)
    if once is None:
        return _make_options(context)
    return once("anonymise.options", lambda: _make_options(context))


def _make_options(context: Any) -> Options:
    try:
        data = context.options("anonymise") if context is not None else {}
    except Exception:  # a context without config (tests, previews)
        data = {}
    opts = Options.from_dict(data)
    decisions = _review_decisions(context)
    if decisions:
        opts.allow, opts.deny = apply_decisions(opts.allow, opts.deny, decisions)
    try:
        taxonomy = context.taxonomy if context is not None else None
    except Exception:  # no taxonomy (tests, previews): the shipped one is used
        taxonomy = None
    if taxonomy is not None:
        opts.theme_words = _theme_words(taxonomy)
    return opts


#: The taxonomy last seen and its theme words (the options are made per report and per
#: artefact; the context gives the same taxonomy object until its file changes).
_THEMES: list[Any] = [None, frozenset()]


def _theme_words(taxonomy: Any) -> frozenset[str]:
    # one read of both slots and one store: two reads could pair one taxonomy with another
    # one's words when a second thread (watch's lanes, the preview server) stores between them
    known, words = _THEMES
    if known is not taxonomy:
        words = theme_words_of(taxonomy) | default_theme_words()
        _THEMES[:] = [taxonomy, words]
    return words


def _review_decisions(context: Any) -> dict[str, str]:
    """The editor's decisions (``config/anonymise-review.yaml``), read through the context
    so that watch rebuilds when the file changes. A broken file is a clear error."""
    if context is None or not hasattr(context, "read_workspace_file"):
        return {}
    try:
        data = context.read_workspace_file(REVIEW_FILE)
    except Exception as exc:  # missing (the usual case) or unreadable
        if getattr(exc, "missing", False):
            return {}
        raise ValueError(f"{REVIEW_FILE}: {exc}") from None
    try:
        return load_decisions(data.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise ValueError(f"{REVIEW_FILE}: {exc} (run 'perskamer review' to rewrite it)") from None


@hookimpl
def perskamer_config_schema() -> dict[str, dict[str, Any]]:
    return {"anonymise": OPTIONS_SCHEMA}


@hookimpl(tryfirst=True)
def perskamer_transform_report(report: Report, context: Any) -> Report:
    return anonymise_report(report, _options(context))


@hookimpl
@stateless
def perskamer_inspect_artifact(artifact: Artifact, text: str, reports: list[Report], context: Any) -> list[Problem]:
    opts = _options(context)
    if not opts.guard:
        return []
    return inspect_text(artifact, text, reports, opts) + inspect_path(artifact, reports, opts)


@hookimpl
def perskamer_command(name: str, args: Any, builder: Any) -> int | None:
    """``perskamer anonymise [--preview] [FILE...]``: what the anonymiser does to the quotes
    (never published); ``perskamer review``: the editor's review of uncertain decisions."""
    if name == "review":
        from .review_cmd import cmd_review

        return cmd_review(args, builder)
    if name != "anonymise":
        return None
    from perskamer.cli import exit_code, print_problems, selected_reports
    from perskamer.textsafe import printable

    from .preview import render_preview

    outcomes, problems = selected_reports(builder, args.files)
    reports = [o.report for o in outcomes if o.report is not None]
    print(printable(render_preview(reports, builder.context)))
    print_problems(problems + [p for o in outcomes for p in o.problems])
    return exit_code(problems)


@hookimpl
def perskamer_summary(result: Any, context: Any) -> list[str] | None:
    """The build summary says how many uncertain decisions ``perskamer review`` has open."""
    from .review_cmd import open_decisions_line

    line = open_decisions_line(result, context)
    return [line] if line else None


@hookimpl
def perskamer_preview_page(name: str, reports: list[Report], context: Any) -> bytes | None:
    """``/__perskamer/review`` on the local preview server: the open review decisions."""
    if name != "review":
        return None
    from pathlib import Path

    from .review_cmd import review_page

    workspace = getattr(getattr(context, "config", None), "workspace", None)
    return review_page(reports, Path(workspace) if workspace is not None else None)
