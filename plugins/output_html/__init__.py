"""The ``html`` output: a static site.

``index.html`` (by ambition and by date), ``verslagen/<slug>.html`` per report,
``thema/<id>.html`` per ambition, ``assets/style.css`` and the photos in ``media/``.
Templates are Jinja2 with autoescaping; a workspace overrides any of them by putting
a file with the same name in its ``templates/`` folder. All report text is escaped;
section Markdown is rendered with raw HTML off and sanitised with nh3. No page loads
anything from elsewhere.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from perskamer import __version__
from perskamer.hookspecs import hookimpl
from perskamer.model import SECTION_IDS, SECTION_LABELS, Artifact, Report
from perskamer.render.photo import photo_view
from perskamer.render.text import date_nl, markdown_to_html, teaser

PLUGIN_NAME = "html"
TEMPLATE_DIR = Path(__file__).parent / "templates"


@lru_cache(maxsize=8)
def environment(override_dir: str | None):
    from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined, select_autoescape

    loaders = [FileSystemLoader(override_dir)] if override_dir else []
    loaders.append(FileSystemLoader(str(TEMPLATE_DIR)))
    return Environment(
        loader=ChoiceLoader(loaders),
        autoescape=select_autoescape(["html", "xml"], default_for_string=True, default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def env_for(context: Any):
    templates = context.config.templates_dir
    return environment(str(templates) if templates else None)


def site_vars(context: Any) -> dict[str, Any]:
    site = dict(context.site)
    import datetime as _dt

    raw_date = site.get("date")
    try:
        site["date_label"] = date_nl(_dt.date.fromisoformat(str(raw_date))) if raw_date else ""
    except ValueError:
        site["date_label"] = str(raw_date)
    return site


def tag_views(report: Report) -> list[dict[str, str]]:
    return [{"id": a.id, "label": a.label} for a in report.ambitions]


def card(report: Report, context: Any) -> dict[str, Any]:
    return {
        "slug": report.slug,
        "url": context.report_url(report),
        "title": report.title,
        "date": date_nl(report.date),
        "date_iso": report.date.isoformat() if report.date else "",
        "session": report.meta.get("session") or "",
        "teaser": teaser(report.sections.get("summary") or next(iter(report.sections.values()), "")),
        "ambitions": tag_views(report),
    }


def downloads(context: Any) -> dict[str, str]:
    """Links to what the other outputs of this build publish (the PDF bundle, the digest)."""
    links = {}
    if context.wants("bundle"):
        links["bundle"] = "pdf/" + str((context.options("pdf") or {}).get("bundle_file") or "verslagen.pdf")
    if context.wants("digest"):
        links["digest"] = "digest/index.html"
    return links


def render_page(template: str, context: Any, root: str, **values: Any) -> bytes:
    env = env_for(context)
    has_ambitions = bool(_taxonomy(context))
    html = env.get_template(template).render(
        site=site_vars(context), root=root, version=__version__, has_ambitions=has_ambitions, downloads=downloads(context), **values
    )
    return html.encode("utf-8")


@hookimpl
def perskamer_register_outputs() -> list[tuple[str, str]]:
    return [("html", "a static site: index, a page per report, a page per ambition")]


def _taxonomy(context: Any) -> list[Any]:
    """The ambition themes, or [] when the workspace has none (or a broken file, reported by the tagger)."""
    try:
        return list(context.taxonomy)
    except Exception:
        return []


@hookimpl
def perskamer_render_report(report: Report, context: Any) -> list[Artifact] | None:
    if not context.wants("html"):
        return None
    artifacts: list[Artifact] = []
    photo, prepared = photo_view(report, context)
    if photo is not None and prepared is not None:
        artifacts.append(Artifact(photo["src"], prepared.data, output="html", media_type=prepared.media_type, scan_text=""))
    sections = section_views(report, has_photo=photo is not None)
    view = card(report, context)
    view.update(
        {
            "reporter": report.meta.get("reporter") or "",
            "speakers": [str(s) for s in report.meta.get("speakers") or []],
            "sections": sections,
            "quotes": [{"text": q.text, "speaker": q.speaker, "attribution": q.attribution} for q in report.quotes],
            "photo": photo,
            "pdf": f"pdf/{report.slug}.pdf" if context.wants("pdf") else None,
        }
    )
    page = render_page("report.html", context, "../", report=view)
    artifacts.append(Artifact(context.report_url(report), page, output="html", media_type="text/html"))
    return artifacts


def section_views(report: Report, *, has_photo: bool) -> list[dict[str, str]]:
    """The answered sections in form order, as sanitised HTML (shared with the PDF output).

    The quotes section is left empty when the quotes were split out (templates show
    ``report.quotes``); Markdown images are dropped: the photo is shown from a checked file.
    """
    sections = []
    for sid in SECTION_IDS:
        text = report.sections.get(sid) or ""
        if sid == "quotes" and report.quotes:
            sections.append({"id": sid, "label": SECTION_LABELS[sid], "html": ""})
        elif sid == "photo" and (has_photo or text.strip()):
            sections.append({"id": sid, "label": SECTION_LABELS[sid], "html": markdown_to_html(_IMAGE.sub("", text))})
        elif text.strip():
            sections.append({"id": sid, "label": SECTION_LABELS[sid], "html": markdown_to_html(text)})
    return sections


_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")


@hookimpl(tryfirst=True)
def perskamer_render_collection(reports: list[Report], context: Any) -> list[Artifact] | None:
    if not context.wants("html"):
        return None
    cards = [card(r, context) for r in reports]
    artifacts = [Artifact("assets/style.css", _stylesheet(context), output="html", media_type="text/css")]
    groups = []
    taxonomy = _taxonomy(context)
    if taxonomy:
        for amb in taxonomy:
            members = [c for r, c in zip(reports, cards, strict=True) if any(a.id == amb.id for a in r.ambitions)]
            groups.append({"id": amb.id, "label": amb.label, "description": getattr(amb, "description", ""), "reports": members, "count": len(members)})
            page = render_page("ambition.html", context, "../", ambition={"id": amb.id, "label": amb.label, "description": getattr(amb, "description", "")}, reports=members)
            artifacts.append(Artifact(f"thema/{amb.id}.html", page, output="html", media_type="text/html"))
        artifacts.append(Artifact("thema/index.html", render_page("ambitions.html", context, "../", groups=groups), output="html", media_type="text/html"))
    artifacts.insert(0, Artifact("index.html", render_page("index.html", context, "", reports=cards, groups=[g for g in groups if g["reports"]]), output="html", media_type="text/html"))
    return artifacts


def _stylesheet(context: Any) -> bytes:
    override = context.config.templates_dir
    if override is not None and (override / "style.css").is_file():
        return (override / "style.css").read_bytes()
    return (TEMPLATE_DIR / "style.css").read_bytes()
