"""What a reader cannot know alone, filled in with the build's settings.

A reader only sees the file. Two things need the workspace: a date written without
its year ("6/6", "dinsdag 6 juni") takes the year of the congress (``site.date``), and
a report whose title could not be found is still published under its file name made
readable, with a warning that says how to fix it. :func:`finish_report` runs for
every reader (through :func:`perskamer.form.plugin.reader_hooks`).
"""

from __future__ import annotations

import datetime as _dt
import re
from pathlib import PurePosixPath
from typing import Any

from ..model import Report
from .dates import format_date_nl, parse_date_nl, with_year

NO_TITLE = "no session title found"


def site_date(context: Any) -> _dt.date | None:
    """``site.date`` of the build context, when it is set and a date."""
    try:
        site = context.site if context is not None else None
    except Exception:
        return None
    value = site.get("date") if isinstance(site, dict) else None
    return parse_date_nl(value) if value is not None else None


def readable_title(source: str) -> str:
    """``"content/012_buurtsport-als_kapstok.docx"`` -> ``"Buurtsport als kapstok"``."""
    stem = PurePosixPath(source.replace("\\", "/")).name
    stem = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", stem)
    # a leading number or session code: "012_", "S12 - ", "u05_"
    stem = re.sub(r"^(?:[A-Za-z]{0,3}\d+[\s_.\-]+|[\s_.\-]+)+(?=[^\W\d_])", "", stem)
    text = " ".join(re.sub(r"[_\-+.]+", " ", stem).split())
    return text[:1].upper() + text[1:] if text else ""


def finish_report(report: Report, context: Any = None) -> Report:
    """Resolve a date without a year and fall back to the file name as title. Never raises."""
    day_month = report.private.get("day_month")
    if report.date is None and day_month:
        base = site_date(context)
        day, month = day_month
        if base is not None and (date := with_year((day, month), base.year)):
            report.date = date
        else:
            report.problem(
                "warning", f"the date {day}/{month} has no year", field="date", line=report.private.get("date_line"),
                hint=("write the year in the report (6 juni 2023), or set site.date in config/perskamer.yaml "
                      f"(e.g. date: {format_date_nl(_dt.date(2023, month, min(day, 28)))})"),
            )
    if not report.title.strip() and report.sections and not report.has_errors:
        title = readable_title(report.source)
        if title:
            report.title = title
            report.problems = [p for p in report.problems if not (p.field == "title" and p.message == NO_TITLE)]
            report.problem(
                # (the title is not quoted: problems are published in the JSON, and the
                # title is published anonymised -- with scope: all a name in it is masked)
                "warning", "no session title found: the file name is used as title", field="title",
                hint="write the title under the form header as 'Sessie: <titel>' or 'Titel: <titel>'",
            )
    return report
