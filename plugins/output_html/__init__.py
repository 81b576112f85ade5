"""The ``html`` output: a static site.

``index.html`` (by ambition and by date, with the search box), ``verslagen/<slug>.html``
per report, ``thema/<id>.html`` per ambition, ``assets/style.css``, ``assets/search.js``,
the photos in ``media/`` and the Pagefind search index in ``pagefind/`` (see ``search.py``).
Templates are Jinja2 with autoescaping; a workspace overrides any of them by putting
a file with the same name in its ``templates/`` folder. All report text is escaped;
section Markdown is rendered with raw HTML off and sanitised with nh3. No page loads
anything from elsewhere.
"""

from __future__ import annotations

import hashlib
import pickle
import re
from functools import lru_cache, partial
from pathlib import Path
from typing import Any

from perskamer import __version__
from perskamer.hookspecs import hookimpl, stateless
from perskamer.model import Artifact, Publication, Report
from perskamer.render.photo import photo_view
from perskamer.render.text import smart_quotes
from perskamer.render.views import (  # noqa: F401  (re-exported: the html output's views, shared)
    TAG_COLOURS,
    card,
    quote_views,
    report_view,
    section_views,
    settle_caption,
    site_vars,
    tag_views,
    taxonomy_of,
)

from . import search

PLUGIN_NAME = "html"
TEMPLATE_DIR = Path(__file__).parent / "templates"
SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "search": {"type": "boolean", "description": "a Pagefind search box on the home page (default true)"},
    },
}


@lru_cache(maxsize=8)
def environment(override_dir: str | None, version: str = ""):
    """The Jinja environment with the workspace's overrides first (``version``: the folder's signature,
    so an added, edited or removed override gives a new environment)."""
    from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined, select_autoescape

    loaders = [FileSystemLoader(override_dir)] if override_dir else []
    loaders.append(FileSystemLoader(str(TEMPLATE_DIR)))
    env = Environment(
        loader=ChoiceLoader(loaders),
        autoescape=select_autoescape(["html", "xml"], default_for_string=True, default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["typo"] = lambda value: smart_quotes(str(value)) if value else value
    return env


def env_for(context: Any):
    templates = context.template_dir()  # recorded: a change in the folder re-renders what used it
    if templates is None:
        return environment(None)
    return environment(str(templates), context.folder_signature(templates))


_NUMBER_RE = re.compile(r"\d+")


def listing_key(report: Report) -> tuple[Any, ...]:
    """How the site lists reports: by date, then round and session (natural order: R2-S9 before R2-S11), then title."""
    session = str(report.meta.get("session") or "").casefold()
    numbers = tuple(int(n) for n in _NUMBER_RE.findall(session))
    return (report.date.isoformat() if report.date else "9999", 0 if session else 1, numbers, session, report.title.casefold(), report.slug)


def render_page(template: str, context: Any, root: str, **values: Any) -> bytes:
    env = env_for(context)
    has_ambitions = bool(taxonomy_of(context))
    values.setdefault("home", False)
    values.setdefault("search", False)
    html = env.get_template(template).render(
        site=site_vars(context), root=root, version=__version__, has_ambitions=has_ambitions, downloads=context.downloads(), **values
    )
    return html.encode("utf-8")


@hookimpl
def perskamer_config_schema() -> dict[str, dict[str, Any]]:
    return {"html": SCHEMA}


#: A report's page and the home page, as this output announces them (``perskamer_publications``).
PAGE = Publication("page", "verslagen/{slug}.html", "html", media_type="text/html")
HOME = Publication("index", "index.html", "html", media_type="text/html")


@hookimpl
def perskamer_publications(context: Any) -> list[Publication]:
    return [PAGE, HOME]


@hookimpl
def perskamer_register_outputs() -> list[tuple[str, str]]:
    return [("html", "a static site: index, a page per report, a page per ambition, search")]


@hookimpl
def perskamer_build_finished(context: Any, result: Any) -> None:
    # Said on every build (also when the index pages came from the cache).
    if context.wants("html") and search.enabled(context) and search_binary(context) is None:
        result.problems.append(search.missing_binary_problem())


def search_binary(context: Any) -> str | None:
    """The Pagefind binary when search is on and installed (looked up once per process)."""
    if not search.enabled(context):
        return None
    return _pagefind_binary()


@lru_cache(maxsize=1)
def _pagefind_binary() -> str | None:
    return search.pagefind_binary()


@hookimpl
@stateless
def perskamer_render_report(report: Report, context: Any) -> list[Artifact] | None:
    if not context.wants("html"):
        return None
    artifacts: list[Artifact] = []
    photo, prepared = photo_view(report, context)
    if photo is not None and prepared is not None:
        artifacts.append(Artifact(photo["src"], prepared.data, output="html", media_type=prepared.media_type, scan_text=""))
    view = report_view(report, context, photo)
    if search_binary(context) is not None:  # its search record, made from the same view (see search_records)
        context.hand_over(report, SEARCH_RECORD, search_record(report if photo is not None else view, context))
    view["downloads"] = context.downloads(report)  # what other outputs publish of it (its PDF)
    view["pdf"] = context.url("pdf", report)  # for templates written before downloads
    page = render_page("report.html", context, "../", report=view)
    artifacts.append(Artifact(PAGE.path_for(report.slug), page, output="html", media_type="text/html"))
    return artifacts


@hookimpl(tryfirst=True)
def perskamer_render_collection(reports: list[Report], context: Any) -> list[Artifact] | None:
    if not context.wants("html"):
        return None
    reports = sorted(reports, key=listing_key)
    cards = [card(r, context) for r in reports]
    env = env_for(context)
    theme_cards = {}
    for view in cards:  # each card is rendered once per text, not once per page and save
        key = repr(view)
        theme_cards[view["slug"]] = {**view, "card_html": prerendered(env, "report_card", view, "../", key)}
        view["card_html"] = prerendered(env, "report_card", view, "", key)
        view["item_html"] = prerendered(env, "title_item", view, "", key) or _title_item(view)
    binary = search_binary(context)
    artifacts = [
        Artifact("assets/style.css", _static(context, "style.css"), output="html", media_type="text/css"),
        Artifact("assets/search.js", _static(context, "search.js"), output="html", media_type="text/javascript"),
    ]
    groups = []
    tagged = [{a.id for a in r.ambitions} for r in reports]
    taxonomy = taxonomy_of(context)
    for i, amb in enumerate(taxonomy):
        members = [c for ids, c in zip(tagged, cards, strict=True) if amb.id in ids]
        ambition = {"id": amb.id, "label": smart_quotes(amb.label), "description": smart_quotes(getattr(amb, "description", "") or ""), "colour": str(i % TAG_COLOURS)}
        groups.append({**ambition, "reports": members, "count": len(members)})
        listed = [theme_cards[c["slug"]] for c in members]
        page = render_page("ambition.html", context, "../", ambition=ambition, reports=listed)
        artifacts.append(Artifact(f"thema/{amb.id}.html", page, output="html", media_type="text/html", fragments=_fragments(listed, "card_html")))
    if taxonomy:
        artifacts.append(Artifact("thema/index.html", render_page("ambitions.html", context, "../", groups=groups), output="html", media_type="text/html", fragments=[]))
    home = render_page("index.html", context, "", reports=cards, groups=groups, search=binary is not None, home=True)
    listed_in_groups = [c for g in groups for c in g["reports"]]
    fragments = _fragments(listed_in_groups, "item_html") + _fragments(cards, "card_html")
    artifacts.insert(0, Artifact("index.html", home, output="html", media_type="text/html", fragments=fragments))
    if binary is not None and reports:
        language = str(context.site.get("language") or "nl")
        artifacts.append(search.search_set(partial(search_records, reports, context), language, binary, early=getattr(context, "slow_early", False)))
    return artifacts


def _fragments(cards: list[dict[str, Any]], key: str) -> list[tuple[str, str]]:
    """What a page embeds of each report, in page order, for the guard (``Artifact.fragments``)."""
    return [(c["slug"], str(c[key])) for c in cards]


#: Rendered cards and list items by (environment, macro, root, card): a save re-renders one.
_PRERENDERED: dict[tuple[Any, ...], Any] = {}


def prerendered(env: Any, macro: str, view: dict[str, Any], root: str, view_key: str) -> Any:
    """The ``_macros.html`` macro ``macro`` for one card (a workspace's override of the macros counts).

    ``view_key`` stands for the card's values (its ``repr``); ``None`` when the macros have no such macro.
    """
    key = (env, macro, root, view_key)
    found = _PRERENDERED.get(key)
    if found is None:
        if len(_PRERENDERED) > 20_000:
            _PRERENDERED.clear()
        module = env.get_template("_macros.html").module
        render = getattr(module, macro, None)
        found = _PRERENDERED[key] = render(view, root) if render is not None else None
    return found


def _title_item(view: dict[str, Any]) -> Any:
    """A list item for a workspace whose own ``_macros.html`` predates ``title_item``."""
    from markupsafe import Markup

    return Markup('<li><a href="{}">{}</a></li>').format(view["url"], view["title"])


#: The name under which a report's render hands its search record to the collections.
SEARCH_RECORD = "html.search-record"


def search_records(reports: list[Report], context: Any) -> list[tuple[str, str, str]]:
    """One small page per report for the search index: ``(url, html, slug)``.

    Each report's render made its record already (in the worker process that rendered
    its page, from the page's view of the sections) and handed it over; a report whose
    render was reused from an earlier build gets it made here (watch's slow lane).
    """
    env_for(context)  # recorded: the templates the records were made with
    site_vars(context)
    records = []
    for report in reports:
        html = context.handed(report, SEARCH_RECORD) if hasattr(context, "handed") else None
        records.append((context.report_url(report), html or search_record(report, context), report.slug))
    return records


def search_record(report: Report | dict[str, Any], context: Any) -> str:
    """The search record page of a report (``search_record.html``); ``report`` may be its view without a photo.

    Made from a report, it is remembered by everything it is made of (the report's
    pickled state, the templates, the site, its URL, the ambitions): in watch, each
    save's slow lane needs the record of every report whose page was not rendered
    again, and renders only the ones that changed (~0.7 ms of CPU a report otherwise,
    under the interpreter lock the next save's pages need).
    """
    if isinstance(report, dict):
        return _record_page(report, context)
    key = _record_key(report, context)
    found = _RECORDS.get(key) if key is not None else None
    if found is None:
        found = _record_page(report_view(report, context, None), context)
        if key is not None:
            if len(_RECORDS) >= 5_000:
                _RECORDS.clear()
            _RECORDS[key] = found
    return found


#: Search records made from reports, by :func:`_record_key`.
_RECORDS: dict[tuple[Any, ...], str] = {}


def _record_key(report: Report, context: Any) -> tuple[Any, ...] | None:
    try:
        state = hashlib.blake2b(pickle.dumps(report, protocol=pickle.HIGHEST_PROTOCOL), digest_size=20).digest()
    except Exception:  # a plugin put something into the report that does not pickle: no memo
        return None
    taxonomy = tuple((a.id, a.label) for a in taxonomy_of(context))
    return (env_for(context), repr(site_vars(context)), context.report_url(report), taxonomy, state)


def _record_page(view: dict[str, Any], context: Any) -> str:
    return env_for(context).get_template("search_record.html").render(site=site_vars(context), report=view)


def _static(context: Any, name: str) -> bytes:
    """A static asset: the workspace's own ``templates/<name>`` if it has one, else ours."""
    override = context.template_dir()  # recorded: editing an override rebuilds what used it
    if override is not None and (override / name).is_file():
        return (override / name).read_bytes()
    return (TEMPLATE_DIR / name).read_bytes()
