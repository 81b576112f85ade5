"""perskamer-atom: an Atom 1.0 feed of the published reports (``feed.xml``).

An example of a perskamer output plugin packaged on its own. It implements five
hooks and nothing else:

- ``perskamer_config_schema``: the ``atom:`` options, validated with the workspace config;
- ``perskamer_register_outputs``: the output name ``atom`` (for ``outputs:`` and ``--only``);
- ``perskamer_publications``: announces the feed, so the site's home page links it
  (with perskamer versions that have the output registry; older ones ignore it);
- ``perskamer_render_collection``: the feed itself, as one artefact (no I/O: the core writes it);
- ``perskamer_inspect_artifact``: a warning when the feed cannot have absolute links.

Everything in the feed comes from the reports as perskamer hands them to outputs:
anonymised quotes and published sections, never ``report.private``. The text is
Dutch (``xml:lang="nl"``); each entry links to the report's page on the site.
"""

from __future__ import annotations

import datetime as _dt
import re
import uuid
import xml.etree.ElementTree as ET
from typing import Any

from perskamer.hookspecs import hookimpl
from perskamer.model import SECTION_IDS, SECTION_LABELS, Artifact, Problem, Report
from perskamer.render.text import markdown_to_html, teaser

__version__ = "0.1.0"

PLUGIN_NAME = "atom"
OUTPUT = "atom"
CONFIG_KEY = "atom"

ATOM = "http://www.w3.org/2005/Atom"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

#: The options under ``atom:`` in config/perskamer.yaml. perskamer validates them with
#: the rest of the config and fills in the defaults.
OPTIONS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "description": "the Atom feed of the published reports (perskamer-atom)",
    "properties": {
        "path": {
            "type": "string",
            "pattern": r"^[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*\.xml$",
            "default": "feed.xml",
            "description": "where the feed goes, relative to the output folder",
            "x-hint": "a path inside the output folder ending in .xml, e.g. feed.xml or feeds/verslagen.xml",
        },
        "title": {"type": "string", "minLength": 1, "description": "the feed's title (default: the site title)"},
        "limit": {
            "type": "integer",
            "minimum": 1,
            "maximum": 1000,
            "default": 50,
            "description": "how many of the newest reports the feed holds",
        },
        "quotes": {"type": "boolean", "default": True, "description": "show the (anonymised) quotes in each entry"},
    },
}

# Characters XML 1.0 does not allow, even escaped.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


@hookimpl
def perskamer_config_schema() -> dict[str, dict[str, Any]]:
    return {CONFIG_KEY: OPTIONS_SCHEMA}


@hookimpl
def perskamer_register_outputs() -> list[tuple[str, str]]:
    return [(OUTPUT, "an Atom feed of the published reports (feed.xml)")]


try:  # the output registry (perskamer >= the version with perskamer_publications)
    from perskamer.model import Publication
except ImportError:  # pragma: no cover - an older perskamer: the feed is simply not linked
    Publication = None  # type: ignore[assignment,misc]

if Publication is not None:

    @hookimpl
    def perskamer_publications(context: Any) -> list[Any]:
        path = context.options(CONFIG_KEY).get("path") or "feed.xml"
        return [Publication("feed", path, OUTPUT, label="Nieuwe verslagen als Atom-feed", media_type="application/atom+xml")]


@hookimpl
def perskamer_render_collection(reports: list[Report], context: Any) -> list[Artifact] | None:
    if not context.wants(OUTPUT):
        return None
    options = context.options(CONFIG_KEY)
    path = options.get("path") or "feed.xml"
    data = render_feed(reports, context, options, path)
    return [Artifact(path, data, output=OUTPUT, media_type="application/atom+xml")]


@hookimpl
def perskamer_inspect_artifact(artifact: Artifact, context: Any) -> list[Problem] | None:
    if artifact.output != OUTPUT or context.site.get("base_url"):
        return None
    return [
        Problem(
            "warning",
            "the feed has relative links and ids made up from the site title: site.base_url is not set",
            file=artifact.path,
            field="site.base_url",
            hint="set site.base_url in config/perskamer.yaml (e.g. https://verslagen.example.org/); feed readers need absolute links",
            plugin=PLUGIN_NAME,
        )
    ]


# --- the feed --------------------------------------------------------------------------


def render_feed(reports: list[Report], context: Any, options: dict[str, Any], path: str) -> bytes:
    """The feed document: the newest ``limit`` reports first."""
    site = context.site
    base_url = str(site.get("base_url") or "")
    by_title = sorted(reports, key=lambda r: (r.title.casefold(), r.slug))
    newest = sorted(by_title, key=lambda r: _updated(r, site), reverse=True)[: int(options.get("limit") or 50)]

    feed = ET.Element("feed", {"xmlns": ATOM, XML_LANG: str(site.get("language") or "nl")})
    _text(feed, "id", context.absolute_url(path) if base_url else _urn(site, path))
    _text(feed, "title", options.get("title") or site.get("title") or "Verslagen", type="text")
    if site.get("subtitle"):
        _text(feed, "subtitle", site["subtitle"], type="text")
    dates = [_updated(r, site) for r in newest]
    _text(feed, "updated", _rfc3339(max(dates) if dates else _site_date(site)))
    author = ET.SubElement(feed, "author")
    _text(author, "name", site.get("organiser") or site.get("title") or "perskamer")
    up = "../" * path.count("/")  # relative links resolve against the feed's own folder
    if base_url:
        ET.SubElement(feed, "link", {"rel": "self", "type": "application/atom+xml", "href": context.absolute_url(path)})
    home = _home(context)
    if home:
        ET.SubElement(feed, "link", {"rel": "alternate", "type": "text/html", "href": context.absolute_url(home) if base_url else f"{up}{home}"})
    _text(feed, "generator", "perskamer-atom", version=__version__)

    for report in newest:
        feed.append(_entry(report, context, options, base_url, up))

    ET.indent(feed)
    xml = ET.tostring(feed, encoding="unicode")
    return ('<?xml version="1.0" encoding="utf-8"?>\n' + xml + "\n").encode("utf-8")


def _home(context: Any) -> str:
    """The site's home page, as the html output announces it (``index.html`` with older perskamer versions)."""
    url = getattr(context, "url", None)
    return (url("index") or "") if url is not None else "index.html"


def _entry(report: Report, context: Any, options: dict[str, Any], base_url: str, up: str) -> ET.Element:
    site = context.site
    entry = ET.Element("entry")
    url = context.report_url(report, absolute=True) if base_url else up + context.report_url(report)
    _text(entry, "id", url if base_url else _urn(site, report.slug))
    _text(entry, "title", report.title, type="text")
    ET.SubElement(entry, "link", {"rel": "alternate", "type": "text/html", "href": url})
    if report.date is not None:
        _text(entry, "published", _rfc3339(report.date))
    _text(entry, "updated", _rfc3339(_updated(report, site)))
    summary = teaser(report.sections.get("summary") or "", 300)
    if summary:
        _text(entry, "summary", summary, type="text")
    _text(entry, "content", _content_html(report, bool(options.get("quotes", True))), type="html")
    for tag in report.ambitions:
        ET.SubElement(entry, "category", {"term": _clean(tag.id), "label": _clean(tag.label)})
    return entry


def _content_html(report: Report, with_quotes: bool) -> str:
    """The entry's body: the published sections (sanitised HTML) and the quotes."""
    parts = []
    for section in SECTION_IDS:
        if section in ("quotes", "photo"):
            continue  # quotes from report.quotes below; the photo is on the page
        text = report.sections.get(section)
        if text and text.strip():
            parts.append(f"<h2>{_escape(SECTION_LABELS[section])}</h2>\n{markdown_to_html(text)}")
    if with_quotes and report.quotes:
        quotes = []
        for quote in report.quotes:
            who = quote.attribution or quote.speaker
            cite = f"<p>– {_escape(who)}</p>" if who else ""
            quotes.append(f"<blockquote><p>“{_escape(quote.text)}”</p>{cite}</blockquote>")
        parts.append(f"<h2>{_escape(SECTION_LABELS['quotes'])}</h2>\n" + "\n".join(quotes))
    return "\n".join(parts)


# --- small helpers ------------------------------------------------------------------------


def _text(parent: ET.Element, tag: str, value: str, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    element.text = _clean(value)
    return element


def _clean(value: Any) -> str:
    return _NOT_XML.sub("", str(value))


def _escape(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _urn(site: dict[str, Any], name: str) -> str:
    """A stable id when the site has no base URL: the same site title and name, the same id."""
    return uuid.uuid5(uuid.NAMESPACE_URL, f"perskamer-atom:{site.get('title')}:{name}").urn


def _site_date(site: dict[str, Any]) -> _dt.datetime:
    try:
        return _as_datetime(_dt.date.fromisoformat(str(site.get("date"))))
    except ValueError:
        return _dt.datetime(2000, 1, 1, tzinfo=_dt.UTC)


def _updated(report: Report, site: dict[str, Any]) -> _dt.datetime:
    """When the report last changed: ``updated:`` in its front matter, else its session date."""
    value = report.meta.get("updated")
    if isinstance(value, _dt.datetime | _dt.date):
        return _as_datetime(value)
    if isinstance(value, str):
        try:
            return _as_datetime(_dt.datetime.fromisoformat(value))
        except ValueError:
            pass
    return _as_datetime(report.date) if report.date else _site_date(site)


def _as_datetime(value: _dt.date | _dt.datetime) -> _dt.datetime:
    if not isinstance(value, _dt.datetime):
        value = _dt.datetime(value.year, value.month, value.day)
    if value.tzinfo is None:
        value = value.replace(tzinfo=_dt.UTC)
    return value


def _rfc3339(value: _dt.date | _dt.datetime) -> str:
    """``2023-06-06T00:00:00Z``: the date format Atom requires."""
    moment = _as_datetime(value).astimezone(_dt.UTC).replace(microsecond=0)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
