"""The ``pdf`` and ``bundle`` outputs: a PDF per report and one PDF of them all.

``pdf/<slug>.pdf`` per report and ``pdf/verslagen.pdf`` (option ``pdf.bundle_file``):
A4, the form's running header ("Verslag sessie congres #Jeugdwerkwerkt • 6 juni 2023
• pagina 1 van 3"), the photo downscaled to print resolution, the ambition tags, the
anonymised quotes set off as quotes, title and language in the metadata, tagged
(PDF/UA-1 by default). The bundle adds a cover, a table of contents, a bookmark per
report and per section, and the bundle's page numbers next to each report's own.

Nothing here imports WeasyPrint: the render hooks describe the work (HTML checked
safe, photo prepared) and return artefacts with a lazy ``producer`` and the printed
HTML as ``scan_text``, so the leak guard reads exactly what was printed and a dry run
costs no PDF. WeasyPrint is imported by the first producer that runs (see
``printer.py`` for how the work is spread over the cores, ``fetcher.py`` for what a
document may load: nothing but its own photo).
"""

from __future__ import annotations

import logging
import sys
import threading
from typing import Any

from perskamer.hookspecs import hookimpl
from perskamer.model import Artifact, Problem, Publication, Report

from . import printview
from .printer import Printer

PLUGIN_NAME = "pdf"
log = logging.getLogger("perskamer.pdf")

HARFBUZZ_HINT = "apt-get install libharfbuzz-subset0 (Debian/Ubuntu); elsewhere install HarfBuzz 4.1 or later with its subset library"
_warned_harfbuzz = False


@hookimpl
def perskamer_config_schema() -> dict[str, dict[str, Any]]:
    return {"pdf": printview.SCHEMA}


@hookimpl
def perskamer_register_outputs() -> list[tuple[str, str]]:
    return [
        ("pdf", "pdf/<slug>.pdf: a printable A4 PDF per report"),
        ("bundle", "pdf/verslagen.pdf: all reports in one PDF with cover, contents and bookmarks"),
    ]


#: A report's PDF, as announced (``perskamer_publications``); the bundle's path comes from ``pdf.bundle_file``.
REPORT_PDF = Publication("pdf", "pdf/{slug}.pdf", "pdf", label="Dit verslag als PDF", media_type="application/pdf")


def bundle_publication(context: Any) -> Publication:
    return Publication("bundle", f"pdf/{printview.options(context)['bundle_file']}", "bundle", label="Alle verslagen in één PDF",
                       media_type="application/pdf")


@hookimpl
def perskamer_publications(context: Any) -> list[Publication]:
    return [REPORT_PDF, bundle_publication(context)]


def _state(context: Any) -> dict[str, Any]:
    return context.shared.setdefault("pdf", {})


def _printer(context: Any, problems: list[Problem]) -> Printer:
    state = _state(context)
    settings = printview.settings(context, problems)  # every caller: it records what the settings read
    printer = state.get("printer")
    if printer is None:
        printer = Printer(settings, parallel=printview.options(context).get("parallel", "auto"), cancelled=context.cancelled)
        state["printer"] = printer
    return printer


def _job(report: Report, context: Any) -> printview.PrintJob:
    jobs = _state(context).setdefault("jobs", {})
    job = jobs.get(report.slug)
    if job is None:
        job = printview.report_job(report, context)
        jobs[report.slug] = job
    return job


class PlanCancelled(Exception):
    """The bundle's jobs were being made when watch's slow lane was cancelled (``context.cancelled()``)."""


def _producer(printer: Printer, key: str, context: Any):
    def produce() -> bytes:
        wait_until_warm()
        _state(context)["rendered"] = True
        return printer.pdf_for(key)

    return produce


_warming: threading.Thread | None = None


def _warm_up() -> None:
    """Import WeasyPrint (about half a second) while the core reads and anonymises the reports."""
    try:
        from . import engine

        engine.font_config()
    except Exception:  # pragma: no cover - reported when a PDF is actually made
        log.debug("pdf: warming up WeasyPrint failed", exc_info=True)


def wait_until_warm() -> None:
    """Join the warm-up thread (before rendering, and before forking worker processes)."""
    global _warming
    thread, _warming = _warming, None
    if thread is not None:
        thread.join()


@hookimpl
def perskamer_build_started(context: Any) -> None:
    global _warming
    # A new build starts from scratch (a previous build's producers keep their own printer).
    _state(context).clear()
    # Warm up while the core reads the reports, unless the pages come first: then the
    # import (~0.3 s of CPU, in this process) would only delay them; the first PDF imports it.
    if getattr(context, "pages_first", False):
        return
    if (context.wants("pdf") or context.wants("bundle")) and "weasyprint" not in sys.modules and _warming is None:
        _warming = threading.Thread(target=_warm_up, name="perskamer-pdf-warm-up", daemon=True)
        _warming.start()


@hookimpl
def perskamer_render_report(report: Report, context: Any) -> list[Artifact] | None:
    if not context.wants("pdf"):
        return None
    printer = _printer(context, report.problems)
    job = _job(report, context)
    key = printer.add_report(job)
    return [
        Artifact(REPORT_PDF.path_for(report.slug), producer=_producer(printer, key, context), output="pdf", report=report.slug,
                 media_type="application/pdf", scan_text=job.html)
    ]


@hookimpl
def perskamer_render_collection(reports: list[Report], context: Any) -> list[Artifact] | None:
    if not context.wants("bundle") or not reports:
        return None
    problems: list[Problem] = _state(context).setdefault("problems", [])
    printer = _printer(context, problems)
    reports = list(reports)

    def plan() -> tuple[list[printview.PrintJob], dict[str, Any]]:
        info = printview.front_info(context)
        jobs = []
        for report in reports:  # every report's print HTML: long, so look now and then whether to stop
            if len(jobs) % 16 == 0 and context.cancelled():
                raise PlanCancelled("the bundle was cancelled by a newer change")
            jobs.append(_job(report, context))
        return printview.bundle_order(jobs, info), info

    printer.set_bundle(plan)
    # The jobs (every report's print HTML) are made when the bundle is produced: in
    # watch's slow lane, not while the pages wait. The producer tells the guard what was printed.
    bundle = Artifact(bundle_publication(context).path, output="bundle", media_type="application/pdf")

    def produce() -> bytes:
        jobs, info = printer.bundle_jobs() or ([], {})
        front = printview.front_html(jobs, ["" for _ in jobs], info)
        bundle.scan_text = front + "\n".join(j.html for j in jobs)
        bundle.fragments = [(j.slug, j.html) for j in jobs]  # the guard reads each report's pages against it alone
        wait_until_warm()
        _state(context)["rendered"] = True
        return printer.bundle_pdf()

    bundle.producer = produce
    return [bundle]


@hookimpl
def perskamer_build_finished(context: Any, result: Any) -> None:
    global _warned_harfbuzz
    wait_until_warm()
    state = _state(context)
    printer = state.get("printer")
    if printer is not None:
        printer.close()
    result.problems.extend(state.pop("problems", []))
    if state.get("rendered") and not _warned_harfbuzz:
        from . import engine

        if not engine.harfbuzz_subset_ok():
            _warned_harfbuzz = True
            result.problems.append(Problem(
                "warning",
                "WeasyPrint cannot subset fonts with HarfBuzz here (libharfbuzz-subset missing): PDFs take about 4 times as long",
                hint=HARFBUZZ_HINT, plugin=PLUGIN_NAME,
            ))
