"""The perskamer hook catalogue.

Every feature of perskamer, built in or third party, is a plugin implementing some of
these hooks. They are grouped by the phase of a build in which they run:

1. set-up: ``perskamer_config_schema``, ``perskamer_register_outputs``,
   ``perskamer_publications``, ``perskamer_build_started``
2. read: ``perskamer_source_suffixes``, ``perskamer_read_source``
3. validate: ``perskamer_validate_report``
4. transform: ``perskamer_transform_report`` (anonymise runs first, tag after)
5. render: ``perskamer_render_report``, ``perskamer_render_collection``
6. guard: ``perskamer_inspect_artifact``
7. finish: ``perskamer_build_finished``, ``perskamer_summary``, ``perskamer_publish``
8. commands and the preview: ``perskamer_command`` (``perskamer anonymise``,
   ``review``, ``tags``, ``digest``), ``perskamer_preview_page``

Hooks are called by the core one implementation at a time, in pluggy's order
(``tryfirst`` first, then the most recently registered), and an exception in one
implementation is reported with the plugin's name and does not stop the others.
Hook wrappers are not supported. An implementation of ``perskamer_render_report`` or
``perskamer_inspect_artifact`` marked :func:`stateless` may be called in a worker
process during a large build.

The full reference, with examples, is ``docs/plugins.md``; a test keeps the two in
step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:  # pragma: no cover
    from .context import BuildContext
    from .model import Artifact, Problem, Publication, Report, Source

hookspec = pluggy.HookspecMarker("perskamer")
hookimpl = pluggy.HookimplMarker("perskamer")

#: The attribute :func:`stateless` sets on a hook implementation.
STATELESS = "perskamer_stateless"


def stateless(function: Any) -> Any:
    """Declare that a hook implementation keeps no state between calls, so the core may call it in a worker process.

    For ``perskamer_render_report`` and ``perskamer_inspect_artifact``. A cold build
    renders and guards each report's own artefacts in the worker process that read it
    when every implementation involved says so: the implementation reads only its
    arguments and what it asks of the context (options, assets, templates,
    ``context.once``), writes nothing into ``context.shared`` or module state that
    another hook reads later, does not change the report (problems aside), and returns
    artefacts with their bytes (no ``producer``, no ``expand``). A stateless inspector
    judges a report's own artefact by the reports with the artefact's slug only (in a
    worker, ``reports`` holds just that report). Use it under ``@hookimpl``::

        @hookimpl
        @stateless
        def perskamer_render_report(report, context): ...
    """
    setattr(function, STATELESS, True)
    return function


# --- set-up ---------------------------------------------------------------------


@hookspec
def perskamer_config_schema() -> dict[str, dict[str, Any]] | None:
    """Declare the workspace config keys this plugin owns.

    Return ``{"key": <JSON Schema>}``. The workspace config (``perskamer.yaml``) is
    validated against the core schema plus every declared key, so a typo in a
    plugin's options is reported with the file, line and a "did you mean" like any
    other config error. Read your options with ``context.options("key")``.
    """


@hookspec
def perskamer_register_outputs() -> list[tuple[str, str]] | None:
    """Declare the output names this plugin renders, as ``(name, description)`` pairs.

    Output names are what users put in ``outputs:`` and ``--only``; an unknown name is
    a config error. Render hooks check ``context.wants(name)`` before doing work.
    """


@hookspec
def perskamer_publications(context: BuildContext) -> list[Publication] | None:
    """Announce what your outputs publish, so other outputs can link to it.

    Return :class:`~perskamer.model.Publication` entries (kind, path, output name,
    Dutch link label). Only those of outputs built this time are kept; they are on
    ``context.publications`` during the whole build. The HTML output links every
    announced download with a label (a report's PDF on its page, the bundle, the
    digest or a feed on the home page); ``context.report_url`` is the path of the
    ``page`` publication. Check nothing here: it is called once per build, before
    any report is read.
    """


@hookspec
def perskamer_build_started(context: BuildContext) -> None:
    """Called once before any source is read (and again for every watch rebuild).

    Use it to load data files named in your options or reset per-build state.
    """


# --- read -----------------------------------------------------------------------


@hookspec
def perskamer_source_suffixes() -> list[str] | None:
    """Return the file suffixes (``[".md"]``) this plugin can read.

    The core only hands files with a claimed suffix to the readers; other files in
    the content folder are assets (images) or reported as unknown.
    """


@hookspec(firstresult=True)
def perskamer_read_source(source: Source, context: BuildContext) -> Report | None:
    """Turn a source file into a :class:`~perskamer.model.Report`.

    ``source.data`` holds the bytes (the core reads the file, with a size limit).
    Return ``None`` when the file is not yours; the first reader that returns a report
    wins. Record what you could not read as problems on the report
    (``report.problem("error", ..., line=..., field=..., hint=...)``); raise nothing
    for bad input.
    """


# --- validate -------------------------------------------------------------------


@hookspec
def perskamer_validate_report(report: Report, context: BuildContext) -> list[Problem] | None:
    """Check a report and return the problems found (``[]`` when it is fine).

    A problem with severity ``error`` keeps the report out of every output and makes
    ``build`` and ``check`` exit non-zero. Name the field and give a hint.
    """


# --- transform ------------------------------------------------------------------


@hookspec
def perskamer_transform_report(report: Report, context: BuildContext) -> Report | None:
    """Change a report before it is rendered: anonymise, tag, enrich.

    Transforms run in a chain: each receives the report the previous one returned
    (return ``None`` to keep the report you were given, changed in place or not).
    The built-in anonymiser is ``tryfirst`` and the tagger runs after it, so every
    other transform and every output only ever sees anonymised quotes.
    """


# --- render ---------------------------------------------------------------------


@hookspec
def perskamer_render_report(report: Report, context: BuildContext) -> list[Artifact] | None:
    """Return the artefacts for one report (its page, its PDF, its JSON).

    Return data, do no I/O: the core writes the artefacts atomically, only when their
    bytes changed, and only after the leak guard has passed them. Check
    ``context.wants("<your output>")`` first.
    """


@hookspec
def perskamer_render_collection(reports: list[Report], context: BuildContext) -> list[Artifact] | None:
    """Return the artefacts built from all published reports together.

    Index pages, ambition pages, the digest, the PDF bundle, a feed. ``reports`` holds
    the reports that passed validation (drafts only with ``--drafts``), sorted by
    date and title.
    """


# --- guard ----------------------------------------------------------------------


@hookspec
def perskamer_inspect_artifact(artifact: Artifact, text: str, reports: list[Report], context: BuildContext) -> list[Problem] | None:
    """Inspect an artefact just before it is written; return problems found.

    ``text`` is the artefact's text (decoded, or extracted from a PDF). A problem
    with severity ``error`` stops that artefact from being written or published and
    fails the build. The built-in leak guard uses this to catch names that survived
    anonymisation.
    """


# --- finish ---------------------------------------------------------------------


@hookspec
def perskamer_build_finished(context: BuildContext, result: Any) -> None:
    """Called once after a build (or a watch rebuild) with its :class:`BuildResult`."""


@hookspec
def perskamer_summary(result: Any, context: BuildContext) -> list[str] | None:
    """Lines for the build summary that ``perskamer build`` prints (for the editor, never
    published), e.g. how many decisions await a review. Called after the build with its
    :class:`BuildResult`; a line is printed as given, indented by two spaces."""


@hookspec
def perskamer_publish(output_dir: Any, context: BuildContext) -> list[Problem] | None:
    """Publish the finished output folder (copy, upload, sync).

    Called after a successful build when publishing is asked for. Return problems for
    what failed; the local output stays as it is.
    """


# --- commands and the preview ------------------------------------------------------


@hookspec(firstresult=True)
def perskamer_command(name: str, args: Any, builder: Any) -> int | None:
    """Run the command-line command ``name`` when your plugin provides it; return its exit code.

    ``perskamer anonymise``, ``perskamer review``, ``perskamer tags`` and ``perskamer
    digest`` are run this way (by the anonymiser, the tagger and the digest plugin), so the command line
    knows no plugin's internals. ``args`` are the parsed arguments, ``builder`` the
    :class:`~perskamer.build.Builder` for the workspace they name. Return ``None`` for
    a command that is not yours; the first plugin that returns an exit code wins.
    """


@hookspec(firstresult=True)
def perskamer_preview_page(name: str, reports: list[Report], context: BuildContext) -> bytes | None:
    """An HTML page of the local preview server at ``/__perskamer/<name>`` (never published).

    ``reports`` are the last build's published reports (originals may be shown: the page
    is served to this computer only). Return the page's bytes, or ``None`` for a name that
    is not yours. The anonymiser serves ``/__perskamer/review`` this way.
    """
