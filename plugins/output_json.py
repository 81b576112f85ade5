"""The ``json`` output: ``data/<slug>.json`` per report and ``data/index.json``.

The key names are a public contract (other tools read them), fixed by
``schemas/processed-report.schema.json``. Only published data goes in: anonymised
quotes, never ``report.private``.
"""

from __future__ import annotations

import json
from pathlib import PurePosixPath
from typing import Any

from perskamer.hookspecs import hookimpl, stateless
from perskamer.model import SECTION_IDS, Artifact, Publication, Report
from perskamer.render.photo import photo_view
from perskamer.render.text import date_nl

PLUGIN_NAME = "json"


def report_data(report: Report, context: Any) -> dict[str, Any]:
    """The published view of a report, as the JSON output and other outputs share it."""
    photo = None
    if context.wants("html"):  # the html output publishes the photo file
        view, _prepared = photo_view(report, context)
        if view is not None:
            photo = {"src": view["src"], "alt": view["alt"], "caption": view["caption"] or None}
    return {
        "source": report.published_source,
        "slug": report.slug,
        "url": context.report_url(report, absolute=bool(context.site.get("base_url"))),
        "format": report.format,
        "title": report.title,
        "date": report.date.isoformat() if report.date else None,
        "date_label": date_nl(report.date) or None,
        "session": _text_or_none(report.meta.get("session")),
        "reporter": _text_or_none(report.meta.get("reporter")),
        "speakers": [str(s) for s in report.meta.get("speakers") or []],
        "status": report.status,
        "sections": {sid: report.sections[sid] for sid in SECTION_IDS if report.sections.get(sid)},
        "quotes": [q.to_dict() for q in report.quotes],
        "photo": photo,
        "ambitions": [a.to_dict() for a in report.ambitions],
        "ambition_suggestion": report.ambition_suggestion.to_dict() if report.ambition_suggestion else None,
        "problems": [_published_problem(p, report) for p in report.problems],
    }


def _published_problem(problem: Any, report: Report) -> dict[str, Any]:
    """A problem as published: when the report's source path must not be published
    (``report.public_source``, e.g. its file name holds a name), that path and its file
    name are replaced by the public ones in the problem's file, message and hint."""
    data = problem.to_dict()
    if report.public_source is None:
        return data
    source = report.source.replace("\\", "/")
    pairs = [(source, report.public_source), (PurePosixPath(source).name, PurePosixPath(report.public_source).name),
             (PurePosixPath(source).stem, PurePosixPath(report.public_source).stem)]
    for key in ("file", "message", "hint"):
        if isinstance(data.get(key), str):
            for old, new in pairs:
                data[key] = data[key].replace(old, new)
    return data


def _text_or_none(value: Any) -> str | None:
    return None if value in (None, "") else str(value)


def dumps(data: Any) -> bytes:
    # Compact on purpose: with ``indent`` the json module falls back to its pure-Python
    # encoder, which made JSON a fifth of the render time (0.5 s for 800 reports).
    return (json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


#: Each report's data and the index of all reports (``perskamer_publications``).
DATA = Publication("data", "data/{slug}.json", "json", media_type="application/json")
DATA_INDEX = Publication("data-index", "data/index.json", "json", media_type="application/json")


@hookimpl
def perskamer_publications(context: Any) -> list[Publication]:
    return [DATA, DATA_INDEX]


@hookimpl
def perskamer_register_outputs() -> list[tuple[str, str]]:
    return [("json", "data/<slug>.json per report and data/index.json")]


@hookimpl
@stateless
def perskamer_render_report(report: Report, context: Any) -> list[Artifact] | None:
    if not context.wants("json"):
        return None
    if getattr(context, "guarding_ahead", False):  # (a worker process: the guard reads its index entry here, with its data)
        context.guard_fragments_ahead(report, Artifact(DATA_INDEX.path, output="json", media_type="application/json"),
                                      [_index_entry(report, context, bool(context.site.get("base_url")))])
    return [Artifact(DATA.path_for(report.slug), dumps(report_data(report, context)), output="json", media_type="application/json")]


@hookimpl
def perskamer_render_collection(reports: list[Report], context: Any) -> list[Artifact] | None:
    if not context.wants("json"):
        return None
    site = {"title": context.site.get("title"), "base_url": context.site.get("base_url") or None}
    absolute = bool(context.site.get("base_url"))
    entries = [(r.slug, _index_entry(r, context, absolute)) for r in reports]
    # Exactly dumps({"site": ..., "count": ..., "reports": [...]}), composed from the
    # entries so that each is declared as its report's fragment for the guard.
    text = f'{{"site":{_compact(site)},"count":{len(reports)},"reports":[{",".join(e for _slug, e in entries)}]}}\n'
    return [Artifact(DATA_INDEX.path, text.encode("utf-8"), output="json", media_type="application/json", fragments=entries)]


def _index_entry(r: Report, context: Any, absolute: bool) -> str:
    """A report's entry in ``data/index.json`` (its fragment there)."""
    return _entry(r.slug, r.title, r.date.isoformat() if r.date else None, r.published_source, context.report_url(r, absolute=absolute),
                  DATA.path_for(r.slug), tuple(a.id for a in r.ambitions))


#: Index entries by their values: watch makes the index again on every save, with one entry changed.
_ENTRIES: dict[tuple[Any, ...], str] = {}


def _entry(slug: str, title: str, date: str | None, source: str, url: str, data: str, ambitions: tuple[str, ...]) -> str:
    """One report's entry in ``data/index.json``, as compact JSON."""
    key = (slug, title, date, source, url, data, ambitions)
    found = _ENTRIES.get(key)
    if found is None:
        if len(_ENTRIES) > 20_000:
            _ENTRIES.clear()
        found = _ENTRIES[key] = _compact(
            {"slug": slug, "title": title, "date": date, "source": source, "url": url, "data": data, "ambitions": list(ambitions)}
        )
    return found


def _compact(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
