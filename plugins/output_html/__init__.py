"""The ``html`` output: a static site.

``index.html`` (by ambition and by date, with the search box), ``verslagen/<slug>.html``
per report, ``thema/<id>.html`` per ambition, ``assets/style.css``, ``assets/search.js``,
the photos in ``media/`` and the search index in ``zoek/`` (see ``search.py``).
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
from perskamer.render.templating import environment_class
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
from .search_text import fragment as _fragment_of_record
from .search_text import fragment_of_view

PLUGIN_NAME = "html"
TEMPLATE_DIR = Path(__file__).parent / "templates"
SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "search": {"type": "boolean", "description": "a search box on the home page (default true)"},
    },
}


@lru_cache(maxsize=8)
def environment(override_dir: str | None, version: str = ""):
    """The Jinja environment with the workspace's overrides first (``version``: the folder's signature,
    so an added, edited or removed override gives a new environment)."""
    from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined, select_autoescape

    loaders = [FileSystemLoader(override_dir)] if override_dir else []
    loaders.append(FileSystemLoader(str(TEMPLATE_DIR)))
    env = environment_class()(
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
@stateless
def perskamer_render_report(report: Report, context: Any) -> list[Artifact] | None:
    if not context.wants("html"):
        return None
    artifacts: list[Artifact] = []
    photo, prepared = photo_view(report, context)
    if photo is not None and prepared is not None:
        artifacts.append(Artifact(photo["src"], prepared.data, output="html", media_type=prepared.media_type, scan_text=""))
    base = card(report, context)
    view = report_view(report, context, photo, base=dict(base))
    if getattr(context, "guarding_ahead", False):  # (a worker process: its card and the guard of its pieces, here)
        _card_ahead(report, base, context)
    if search.enabled(context):  # its part of the search index, made from the same view (see search_fragments)
        fragment = search_fragment(report if photo is not None else view, context)
        context.hand_over(report, SEARCH_FRAGMENT, fragment)
        if getattr(context, "guarding_ahead", False):  # (a worker process: the guard reads its file there, with the page)
            url = context.report_url(report)
            made = search.fragment_artifact(report.slug, url, fragment)
            context.guard_ahead(report, made)
            context.hand_over(report, SEARCH_FILE, (report.slug, url, made.data))  # (the index takes these bytes)
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
    env = env_for(context)
    cards = []
    theme_cards = {}
    for r in reports:
        url = context.report_url(r)  # (recorded, as card() records it)
        found = context.handed(r, CARD) if hasattr(context, "handed") else None
        if found is not None and found[0]["url"] == url:  # made with the page, in a worker process
            view, theme_html, card_html, item_html = dict(found[0]), *found[1:]
        else:  # each card is rendered once per text, not once per page and save
            view = card(r, context)
            theme_html, card_html, item_html = card_pieces(env, view)
        theme_cards[view["slug"]] = {**view, "card_html": theme_html}
        view["card_html"] = card_html
        view["item_html"] = item_html
        cards.append(view)
    searchable = search.enabled(context)
    artifacts = [
        Artifact("assets/style.css", _static(context, "style.css"), output="html", media_type="text/css"),
        Artifact("assets/search.js", _static(context, "search.js"), output="html", media_type="text/javascript"),
    ]
    if searchable:
        artifacts.append(Artifact("assets/stemmer-nl.js", _static(context, "stemmer-nl.js"), output="html", media_type="text/javascript"))
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
    home = render_page("index.html", context, "", reports=cards, groups=groups, search=searchable, home=True)
    listed_in_groups = [c for g in groups for c in g["reports"]]
    fragments = _fragments(listed_in_groups, "item_html") + _fragments(cards, "card_html")
    artifacts.insert(0, Artifact("index.html", home, output="html", media_type="text/html", fragments=fragments))
    if searchable and reports:
        artifacts.append(search.search_set(partial(search_fragments, reports, context)))
    return artifacts


#: The name under which a report's render (in a worker process) hands its card to the collections.
CARD = "html.card"


def card_pieces(env: Any, view: dict[str, Any]) -> tuple[Any, Any, Any]:
    """A report's card as the collections embed it: (on a theme page, on the home page, as a list item)."""
    key = repr(view)
    theme_html = prerendered(env, "report_card", view, "../", key)
    card_html = prerendered(env, "report_card", view, "", key)
    item_html = prerendered(env, "title_item", {**view, "card_html": card_html}, "", key) or _title_item(view)
    return theme_html, card_html, item_html


def _card_ahead(report: Report, view: dict[str, Any], context: Any) -> None:
    """In a worker process: render ``report``'s card for the collections (handed over with
    its page) and have the guard read its pieces there, as the collections will declare
    them (``Artifact.fragments``): the home page's list item and card, a theme page's card."""
    pieces = card_pieces(env_for(context), view)
    context.hand_over(report, CARD, (view, *pieces))
    theme_html, card_html, item_html = pieces
    themes = {a.id for a in taxonomy_of(context)}
    listed = [a.id for a in report.ambitions if a.id in themes]
    home = [str(item_html)] if listed else []
    context.guard_fragments_ahead(report, Artifact(HOME.path, output="html", media_type="text/html"), [*home, str(card_html)])
    for theme in dict.fromkeys(listed):
        context.guard_fragments_ahead(report, Artifact(f"thema/{theme}.html", output="html", media_type="text/html"), [str(theme_html)])


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


#: The name under which a report's render hands its part of the search index to the collections.
SEARCH_FRAGMENT = "html.search-fragment"
#: ... and the bytes of its fragment file, made in a worker process for the guard: (slug, url, bytes).
SEARCH_FILE = "html.search-file"


def search_fragments(reports: list[Report], context: Any) -> list[tuple[str, str, dict[str, Any]]]:
    """Each report's part of the search index: ``(slug, url, fragment)``.

    Each report's render made its fragment already (in the worker process that rendered
    its page, from the page's view of the sections) and handed it over; a report whose
    render was reused from an earlier build gets it made here (watch's slow lane). Between
    the fragments it makes it asks ``context.cancelled()``, which in watch waits while a
    newer change makes its pages and says when that change cancelled the index.
    """
    env_for(context)  # recorded: the templates the fragments were made with
    site_vars(context)
    cancelled = getattr(context, "cancelled", None)
    made = []
    making = 0
    for report in reports:
        found = context.handed(report, SEARCH_FRAGMENT) if hasattr(context, "handed") else None
        if not found:
            if making % FRAGMENTS_BETWEEN_CHECKS == 0 and cancelled is not None and cancelled():
                raise search.Cancelled("the search index was cancelled by a newer change")
            making += 1
            found = search_fragment(report, context)
        url = context.report_url(report)
        file = context.handed(report, SEARCH_FILE) if hasattr(context, "handed") else None
        if isinstance(file, tuple) and len(file) == 3 and isinstance(found, dict):
            search.known_file(found, *file)
        made.append((report.slug, url, found))
    return made


#: Fragments made between two looks at ``context.cancelled()`` (about a millisecond each; see docs/watch.md).
FRAGMENTS_BETWEEN_CHECKS = 8


def search_fragment(report: Report | dict[str, Any], context: Any) -> dict[str, Any]:
    """A report's part of the search index, from its record page (``search_record.html``); ``report`` may be its view without a photo.

    Made from a report, it is remembered by everything it is made of (the report's
    pickled state, the templates, the site, its URL, the ambitions): in watch, each
    save's slow lane needs the fragment of every report whose page was not rendered
    again, and makes only the ones that changed.
    """
    if isinstance(report, dict):
        return _fragment_of_view(report, context)
    key = _record_key(report, context)
    found = _FRAGMENTS.get(key) if key is not None else None
    if found is None:
        found = _fragment_of_view(report_view(report, context, None), context)
        if key is not None:
            if len(_FRAGMENTS) >= 5_000:
                _FRAGMENTS.clear()
            _FRAGMENTS[key] = found
    return found


#: Search fragments made from reports, by :func:`_record_key`.
_FRAGMENTS: dict[tuple[Any, ...], dict[str, Any]] = {}


def _record_key(report: Report, context: Any) -> tuple[Any, ...] | None:
    try:
        state = hashlib.blake2b(pickle.dumps(report, protocol=pickle.HIGHEST_PROTOCOL), digest_size=20).digest()
    except Exception:  # a plugin put something into the report that does not pickle: no memo
        return None
    taxonomy = tuple((a.id, a.label) for a in taxonomy_of(context))
    return (env_for(context), repr(site_vars(context)), context.report_url(report), taxonomy, state)


def _record_page(view: dict[str, Any], context: Any) -> str:
    return env_for(context).get_template("search_record.html").render(site=site_vars(context), report=view)


def _fragment_of_view(view: dict[str, Any], context: Any) -> dict[str, Any]:
    """The search fragment of a report's view: read from its rendered record page, or -- with the
    package's own ``search_record.html`` -- made from the view directly (the same fragment,
    ~0.2 ms a report less: ``search_text.fragment_of_view``)."""
    template = env_for(context).get_template("search_record.html")  # (recorded: the templates)
    site = site_vars(context)
    if template.filename == _OWN_RECORD:
        found = fragment_of_view(view)
        if found is not None:
            return found
    return _fragment_of_record(template.render(site=site, report=view))


_OWN_RECORD = str(TEMPLATE_DIR / "search_record.html")


def _static(context: Any, name: str) -> bytes:
    """A static asset: the workspace's own ``templates/<name>`` if it has one, else ours."""
    override = context.template_dir()  # recorded: editing an override rebuilds what used it
    if override is not None and (override / name).is_file():
        return (override / name).read_bytes()
    return (TEMPLATE_DIR / name).read_bytes()
