"""From a report to the HTML and CSS WeasyPrint prints (no WeasyPrint here).

The report is shown with the same data as its web page (the HTML output's card and
tag views, the same sanitised section Markdown, the same anonymised quotes), laid
out for paper by ``templates/``. Everything WeasyPrint needs for one document is
collected in a :class:`PrintJob`: plain data, so a job can be rendered in this
process or, for a bundle, in a worker process.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from perskamer import __version__
from perskamer.context import WorkspaceFileError
from perskamer.model import Problem, Report
from perskamer.render.photo import photo_view
from perskamer.render.templating import environment_class
from perskamer.render.views import report_view, site_vars, tag_views

from .safety import check_print_html

TEMPLATE_DIR = Path(__file__).parent / "templates"
#: Width of the text column on A4 with the default margins, in millimetres.
TEXT_WIDTH_MM = 170

DEFAULTS: dict[str, Any] = {
    "variant": "pdf/ua-1",
    "header": "Verslag sessie {congress} • {date}",
    "page_label": "pagina {page} van {pages}",
    "footer": "{site}",
    "photo_dpi": 200,
    "bundle_file": "verslagen.pdf",
    "bundle_title": "",
    "bundle_order": "date",
    "parallel": "auto",
    "stylesheet": None,
}

VARIANTS = ("pdf/ua-1", "pdf/ua-2", "pdf/a-2b", "pdf/a-3b", "pdf/a-2u", "pdf/a-3u", "pdf/a-2a", "pdf/a-3a", "tagged", "plain")

SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "description": "Options of the pdf and bundle outputs",
    "properties": {
        "variant": {"enum": list(VARIANTS), "default": DEFAULTS["variant"],
                    "description": "PDF flavour: pdf/ua-1 (tagged, accessible; default), a PDF/A variant for archives, tagged or plain"},
        "header": {"type": "string", "maxLength": 300, "default": DEFAULTS["header"],
                   "description": "running header; {congress}, {date}, {title}, {session}, {site} are filled in"},
        "page_label": {"type": "string", "maxLength": 100, "default": DEFAULTS["page_label"],
                       "description": "page number text after the header; {page} and {pages} are filled in"},
        "footer": {"type": "string", "maxLength": 300, "default": DEFAULTS["footer"],
                   "description": "footer text; {site}, {organiser}, {congress} are filled in"},
        "photo_dpi": {"type": "integer", "minimum": 72, "maximum": 600, "default": DEFAULTS["photo_dpi"],
                      "description": "print resolution of the photo (it is downscaled to this)"},
        "bundle_file": {"type": "string", "pattern": r"^[A-Za-z0-9][A-Za-z0-9._-]{0,80}\.pdf$", "default": DEFAULTS["bundle_file"],
                        "description": "file name of the bundle inside pdf/"},
        "bundle_title": {"type": "string", "maxLength": 200, "default": DEFAULTS["bundle_title"],
                         "description": "title on the bundle's cover (default: site.title)"},
        "bundle_order": {"enum": ["date", "ambition"], "default": DEFAULTS["bundle_order"],
                         "description": "order of the bundle and its contents: date (as the site lists them) or ambition (grouped under each report's central ambition)"},
        "parallel": {"enum": ["auto", True, False], "default": DEFAULTS["parallel"],
                     "description": "render the bundle with both cores: auto (when it pays), true or false"},
        "stylesheet": {"type": ["string", "null"], "default": None,
                       "description": "an extra print stylesheet (path in the workspace), applied after the default"},
    },
}


@dataclass
class PrintJob:
    """One document to print: its HTML, the in-memory files it shows, what to call it."""

    slug: str
    title: str
    html: str
    files: dict[str, tuple[bytes, str]] = field(default_factory=dict)
    anchor: str = ""
    date: str = ""
    session: str = ""
    ambitions: list[dict[str, str]] = field(default_factory=list)

    @property
    def identifier(self) -> bytes:
        """A stable PDF file identifier (PDF/A wants one; random ones defeat the write-if-changed check)."""
        return hashlib.blake2b(self.html.encode("utf-8"), digest_size=16).hexdigest().encode()


@dataclass
class PrintSettings:
    """Everything except the reports that decides how PDFs look; picklable."""

    variant: str
    page_css: str
    stylesheets: list[str]
    roots: list[str]
    lang: str = "nl"

    def write_options(self) -> dict[str, Any]:
        if self.variant == "plain":
            return {}
        if self.variant == "tagged":
            return {"pdf_tags": True}
        return {"pdf_variant": self.variant}


def options(context: Any) -> dict[str, Any]:
    merged = dict(DEFAULTS)
    merged.update({k: v for k, v in context.options("pdf").items() if v is not None or k == "stylesheet"})
    return merged


# --- templates -----------------------------------------------------------------------


@lru_cache(maxsize=1)
def environment():
    from jinja2 import FileSystemLoader, StrictUndefined, select_autoescape

    return environment_class()(
        loader=FileSystemLoader(str(TEMPLATE_DIR)),
        autoescape=select_autoescape(["html", "xml"], default_for_string=True, default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


@lru_cache(maxsize=1)
def base_stylesheet() -> str:
    return (TEMPLATE_DIR / "print.css").read_text(encoding="utf-8")


def css_string(text: str) -> str:
    """``text`` as a CSS string literal (quotes, backslashes and control characters escaped)."""
    text = re.sub(r"[\x00-\x1f\x7f]", " ", str(text))
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _label_content(template: str, *, counter_names: dict[str, str]) -> str:
    """A page label such as ``pagina {page} van {pages}`` as a CSS ``content`` value."""
    parts: list[str] = []
    for piece in re.split(r"(\{page\}|\{pages\})", template):
        if not piece:
            continue
        name = counter_names.get(piece)
        parts.append(f"counter({name})" if name else css_string(piece))
    return " ".join(parts) or '""'


def _fill(template: str, values: dict[str, str]) -> str:
    """Fill ``{name}`` placeholders; drop a separator left dangling by an empty value."""
    out = re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), template)
    out = re.sub(r"\s*•\s*(?=•|$)", "", out)
    return re.sub(r"^\s*•\s*", "", out).strip()


def page_css(opts: dict[str, Any], site: dict[str, Any]) -> str:
    """The generated ``@page`` rules: running header with page X of Y, footer."""
    label = _label_content(opts["page_label"], counter_names={"{page}": "page", "{pages}": "pages"})
    footer = _fill(opts["footer"], {"site": str(site.get("title") or ""), "organiser": str(site.get("organiser") or ""),
                                    "congress": str(site.get("congress") or "")})
    return (
        "@page {\n"
        f'  @top-left {{ content: string(header) "  •  " {label}; }}\n'
        f"  @bottom-left {{ content: {css_string(footer)}; }}\n"
        "}\n"
    )


#: Page rules for the bundle's cover and contents (their pages are numbered by BUNDLE_PAGE_CSS).
FRONT_PAGE_CSS = "@page { @top-left { content: string(header); } }\n"
#: Page rules for every page of the bundle: one page-number scheme, the bundle's page
#: number bottom right (the number the contents lists); the running header keeps the
#: report's header but not its own "pagina X van Y".
BUNDLE_PAGE_CSS = (
    "@page { counter-increment: bundlepage; @top-left { content: string(header); }"
    " @bottom-right { content: counter(bundlepage); } }\n"
)


def bundle_offset_css(offset: int) -> str:
    return f"@page :first {{ counter-reset: bundlepage {int(offset)}; }}\n"


def settings(context: Any, problems: list[Problem]) -> PrintSettings:
    """The print settings for this build (made once per build; their inputs are recorded for every caller)."""
    return context.once("pdf.settings", lambda: _make_settings(context, problems))


def _make_settings(context: Any, problems: list[Problem]) -> PrintSettings:
    opts = options(context)
    site = site_vars(context)
    stylesheets = [base_stylesheet()]
    roots = [str(context.content_dir)]
    extra = opts.get("stylesheet")
    if extra:
        try:
            text = context.read_workspace_file(str(extra)).decode("utf-8", errors="replace")
        except WorkspaceFileError as exc:
            problems.append(Problem("warning", f"the print stylesheet cannot be used ({exc}); using the default",
                                    field="pdf.stylesheet", file=context.config.display_path, plugin="pdf"))
        else:
            stylesheets.append(text)
            roots.append(str(context.workspace_path(str(extra)).parent))
    return PrintSettings(variant=opts["variant"], page_css=page_css(opts, site), stylesheets=stylesheets, roots=roots,
                         lang=str(context.site.get("language") or "nl"))


# --- one report ------------------------------------------------------------------------


def photo_max_px(dpi: int) -> int:
    return round(TEXT_WIDTH_MM / 25.4 * dpi)


def report_job(report: Report, context: Any) -> PrintJob:
    """The print job of one report: its HTML (checked safe) and its photo, downscaled for print."""
    opts = options(context)
    site = site_vars(context)
    files: dict[str, tuple[bytes, str]] = {}
    photo, prepared = photo_view(report, context, max_px=photo_max_px(int(opts["photo_dpi"])))
    if photo is not None and prepared is not None:
        files[photo["src"]] = (prepared.data, prepared.media_type)
    view = report_view(report, context, photo)  # the page's view: caption shown once, typographic quotes
    date_label = view["date"] or site.get("date_label") or ""
    header = _fill(opts["header"], {
        "congress": str(site.get("congress") or ""), "date": date_label, "title": report.title,
        "session": str(report.meta.get("session") or ""), "site": str(site.get("title") or ""),
    })
    anchor = f"r-{report.slug}"
    view.update({
        "anchor": anchor,
        "header": header,
        "url": context.report_url(report, absolute=True) if site.get("base_url") else "",
    })
    html = environment().get_template("report.html").render(report=view, site=site, version=__version__,
                                                            lang=str(context.site.get("language") or "nl"))
    check_print_html(html, allowed_srcs=set(files))
    return PrintJob(slug=report.slug, title=report.title, html=html, files=files, anchor=anchor, date=view["date"],
                    session=str(view["session"] or ""), ambitions=tag_views(report))


def front_info(context: Any) -> dict[str, Any]:
    """What the bundle's cover shows besides the reports (plain data, for worker processes)."""
    opts = options(context)
    site = site_vars(context)
    return {
        "title": opts.get("bundle_title") or site.get("title") or "Verslagen",
        "site": {k: v for k, v in site.items() if isinstance(v, (str, int, float, bool, type(None)))},
        "lang": str(context.site.get("language") or "nl"),
        "order": opts["bundle_order"],
        "themes": [(a.id, a.label) for a in _taxonomy(context)],
        "sections": [],
    }


def _taxonomy(context: Any) -> list[Any]:
    try:
        return list(context.taxonomy)
    except Exception:  # a broken ambitions file is reported by the tagger
        return []


#: The contents' heading for reports without a central ambition (order: ambition).
OTHER_SECTION = "Overige verslagen"


def bundle_order(jobs: list[PrintJob], info: dict[str, Any]) -> list[PrintJob]:
    """The jobs in the bundle's order; sets ``info["sections"]`` (heading, number of reports) for the contents.

    ``date`` keeps the order the core gives (the site's); ``ambition`` groups the
    reports under their central ambition (the first of their tags that the taxonomy
    knows), themes in the taxonomy's order, the reports without one last.
    """
    if info.get("order") != "ambition":
        info["sections"] = [("", len(jobs))]
        return list(jobs)
    themes = dict(info.get("themes") or [])
    groups: dict[str, list[PrintJob]] = {theme: [] for theme in themes}
    other: list[PrintJob] = []
    for job in jobs:
        central = next((a["id"] for a in job.ambitions if a["id"] in groups), None)
        (groups[central] if central is not None else other).append(job)
    sections = [(themes[t], members) for t, members in groups.items() if members]
    if other:
        sections.append((OTHER_SECTION if sections else "", other))
    info["sections"] = [(label, len(members)) for label, members in sections]
    return [job for _label, members in sections for job in members]


def front_html(jobs: list[PrintJob], pages: list[Any], info: dict[str, Any]) -> str:
    """The bundle's cover and table of contents; ``pages`` holds each report's first page.

    ``jobs`` are in the bundle's order (:func:`bundle_order`), ``info["sections"]``
    says how many of them fall under each heading of the contents.
    """
    reports = [
        {"anchor": j.anchor, "title": j.title, "date": j.date, "session": j.session, "ambitions": j.ambitions, "page": page}
        for j, page in zip(jobs, pages, strict=True)
    ]
    sections, start = [], 0
    for label, count in info.get("sections") or [("", len(reports))]:
        sections.append({"label": label, "reports": reports[start : start + count], "first": start + 1})
        start += count
    html = environment().get_template("front.html").render(
        title=info["title"], site=info["site"], sections=sections, count=len(jobs), version=__version__, lang=info["lang"]
    )
    check_print_html(html, allowed_srcs=set())
    return html
