"""The ``digest`` output: the newsletter an editor sends after the congress.

Four files in ``digest/``:

* ``index.html``: a browser preview (the e-mail with a bar on top naming the subject
  and linking the other files);
* ``digest-email.html``: the e-mail HTML on its own, ready to paste into a mailing
  tool (600 px table layout, CSS inlined with css-inline, ``@media`` kept for phones
  and dark mode, images with width and alt, no scripts, no web fonts);
* ``digest.txt``: the plain-text version, written as text (not a tag-stripped copy);
* ``digest.eml``: a ready e-mail (stdlib ``EmailMessage``, multipart/alternative,
  UTF-8), with the photos attached inline (``cid:``) or linked, as configured;

plus ``digest/img/<slug>.jpg`` thumbnails when images are shown. What goes in (which
reports, in which groups and order, which quote) is decided in ``compose.py``.
Options live under ``digest:`` in perskamer.yaml (docs/outputs.md).
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
import textwrap
from functools import lru_cache
from pathlib import Path
from typing import Any

from perskamer import __version__
from perskamer.context import WorkspaceFileError
from perskamer.hookspecs import hookimpl
from perskamer.model import Artifact, Problem, Publication, Report
from perskamer.render.photo import PreparedPhoto, photo_suffix, prepare_photo
from perskamer.render.templating import environment_class
from perskamer.render.text import date_nl, markdown_to_html, plain_text, smart_quotes, teaser

from . import compose

PLUGIN_NAME = "digest"
TEMPLATE_DIR = Path(__file__).parent / "templates"
#: Width of a thumbnail in the e-mail (CSS px); the file is twice as wide for sharp phones.
THUMB_WIDTH = 160
MAX_INTRO_BYTES = 200_000
TEXT_WIDTH = 72

DEFAULTS: dict[str, Any] = {
    "subject": "Terugblik op {congress}: {reports}",
    "intro": "",
    "from": "",
    "to": [],
    "selection": "all",
    "order": "date",
    "images": "inline",
    "base_url": "",
    "heading": "",
    "preheader": "",
    "size_budget_kb": 2000,
    "reason": "Je ontvangt deze nieuwsbrief omdat je deelnam aan {congress} of je inschreef voor nieuws van {organiser}.",
    "unsubscribe": "*|UNSUB|*",
}

SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "description": "the post-congress newsletter (perskamer digest)",
    "properties": {
        "subject": {"type": "string", "maxLength": 200, "default": DEFAULTS["subject"],
                    "description": "subject line; {congress}, {title}, {date}, {count} (a number) and {reports} ('5 sessieverslagen') are filled in"},
        "intro": {"type": "string", "maxLength": 50_000, "default": "",
                  "description": "the opening text: Markdown, or the path of a .md/.txt file in the workspace"},
        "from": {"type": "string", "maxLength": 300, "default": "", "description": "sender, e.g. 'Communicatie <communicatie@example.org>'"},
        "to": {"anyOf": [{"type": "string", "maxLength": 2000}, {"type": "array", "items": {"type": "string", "maxLength": 300}}],
               "default": [], "description": "recipient(s) of the .eml"},
        "selection": {"anyOf": [{"enum": ["approved", "all"]}, {"type": "array", "items": {"type": "string", "minLength": 1}}],
                      "default": "all", "description": "approved (status: approved only), all, or a list of report slugs"},
        "order": {"enum": ["date", "title", "order"], "default": "date",
                  "description": "order within a theme: date, title, or front matter 'order:'"},
        "images": {"enum": ["inline", "linked", "none"], "default": "inline",
                   "description": "photos in the e-mail: attached inline (cid:), linked from base_url, or none"},
        "base_url": {"type": "string", "maxLength": 500, "default": "",
                     "description": "where the site is published, for the links (default: site.base_url)"},
        "heading": {"type": "string", "maxLength": 200, "default": "", "description": "the e-mail's title (default: site.title)"},
        "preheader": {"type": "string", "maxLength": 300, "default": "",
                      "description": "the preview line inboxes show after the subject (default: the intro's first sentence)"},
        "size_budget_kb": {"type": "integer", "minimum": 100, "maximum": 50_000, "default": DEFAULTS["size_budget_kb"],
                           "description": "the largest the .eml may be (kB, photos included): photos are made smaller to stay under it"},
        "reason": {"type": "string", "maxLength": 500, "default": DEFAULTS["reason"],
                   "description": "the footer's line on why the reader receives the newsletter; {congress}, {organiser}, {title}"},
        "unsubscribe": {"type": "string", "maxLength": 500, "default": DEFAULTS["unsubscribe"],
                        "description": "the unsubscribe link the mail tool fills in: a merge tag (Mailchimp *|UNSUB|*, Brevo {{ unsubscribe }}) or a URL; '' for none"},
    },
}


@hookimpl
def perskamer_config_schema() -> dict[str, dict[str, Any]]:
    return {"digest": SCHEMA}


#: The newsletter's browser preview, as announced (``perskamer_publications``).
PREVIEW = Publication("digest", "digest/index.html", "digest", label="De nieuwsbrief", media_type="text/html")


@hookimpl
def perskamer_publications(context: Any) -> list[Publication]:
    return [PREVIEW]


@hookimpl
def perskamer_register_outputs() -> list[tuple[str, str]]:
    return [("digest", "digest/: the newsletter as browser preview, e-mail HTML, plain text and a ready .eml")]


def options(context: Any) -> dict[str, Any]:
    merged = dict(DEFAULTS)
    merged.update({k: v for k, v in context.options("digest").items() if v is not None})
    return merged


@hookimpl
def perskamer_command(name: str, args: Any, builder: Any) -> int | None:
    """``perskamer digest [--select WHICH] [--open]`` (see ``command.py``)."""
    if name != "digest":
        return None
    from . import command

    return command.run(args, builder)


@hookimpl
def perskamer_build_started(context: Any) -> None:
    context.shared.pop("digest", None)


@hookimpl
def perskamer_build_finished(context: Any, result: Any) -> None:
    state = context.shared.get("digest") or {}
    result.problems.extend(state.pop("problems", []))


@hookimpl
def perskamer_render_collection(reports: list[Report], context: Any) -> list[Artifact] | None:
    if not context.wants("digest"):
        return None
    problems: list[Problem] = context.shared.setdefault("digest", {}).setdefault("problems", [])
    return lazy_digest(list(reports), context, problems)


#: The digest's text files, made together when the first of them is written.
DIGEST_FILES = (("digest/index.html", "text/html"), ("digest/digest-email.html", "text/html"),
                ("digest/digest.txt", "text/plain"), ("digest/digest.eml", "message/rfc822"))


def lazy_digest(reports: list[Report], context: Any, problems: list[Problem]) -> list[Artifact]:
    """The digest's artefacts, its text files with a producer: composed when they are written.

    The photos are prepared now (their file names are needed now; prepared photos are
    kept between builds, see :func:`_thumbnail`); the HTML, text and e-mail are
    composed once, when the first of them is written -- in watch, in the slow lane,
    after the pages.
    """
    made: dict[str, Artifact] = {}
    images = digest_images(reports, context)

    def composed() -> dict[str, Artifact]:
        if not made:
            made.update((a.path, a) for a in build_digest(reports, context, problems, images=images))
        return made

    def lazy(path: str, media_type: str) -> Artifact:
        artifact = Artifact(path, output="digest", media_type=media_type)

        def produce() -> bytes:
            real = composed()[path]
            artifact.scan_text = real.scan_text
            return real.get_bytes()

        artifact.producer = produce
        return artifact

    artifacts = [lazy(path, media_type) for path, media_type in DIGEST_FILES]
    for _slug, (data, media_type, name) in sorted(images.items()):
        artifacts.append(Artifact(f"digest/{name}", data, output="digest", media_type=media_type, scan_text=""))
    return artifacts


# --- building -------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def environment():
    from jinja2 import FileSystemLoader, StrictUndefined, select_autoescape

    return environment_class()(loader=FileSystemLoader(str(TEMPLATE_DIR)), autoescape=select_autoescape(default=True, default_for_string=True),
                       undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)


@lru_cache(maxsize=1)
def stylesheet() -> str:
    return (TEMPLATE_DIR / "digest.css").read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def inliner():
    import css_inline

    # keep_at_rules: @media (phones, dark mode) stays in <style>; nothing remote is loaded.
    return css_inline.CSSInliner(keep_at_rules=True, load_remote_stylesheets=False, keep_link_tags=False, keep_style_tags=False)


def _site_date(context: Any) -> str:
    raw = context.site.get("date")
    try:
        return date_nl(_dt.date.fromisoformat(str(raw))) if raw else ""
    except ValueError:
        return str(raw)


def _fill(template: str, values: dict[str, str]) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), template).strip()


def read_intro(value: str, context: Any, problems: list[Problem]) -> str:
    """The intro Markdown: the option's text, or the file it names (inside the workspace, read through the context)."""
    value = (value or "").strip()
    if not value:
        return ""
    looks_like_path = "\n" not in value and re.search(r"\.(md|markdown|txt)$", value, re.I) and len(value) < 300
    if not looks_like_path:
        return value
    config_file = getattr(context.config, "display_path", None)
    try:
        data = context.read_workspace_file(value, max_bytes=MAX_INTRO_BYTES)
        return data.decode("utf-8-sig")
    except WorkspaceFileError as exc:
        if exc.missing:
            problems.append(Problem("warning", f"the digest intro file {value} does not exist; the digest has no intro",
                                    field="digest.intro", file=config_file, plugin=PLUGIN_NAME,
                                    hint="give the path relative to the workspace folder, or write the intro text itself"))
        else:
            problems.append(Problem("warning", f"the digest intro cannot be used: {exc}; it is left out", field="digest.intro",
                                    file=config_file, plugin=PLUGIN_NAME))
    except UnicodeDecodeError as exc:
        problems.append(Problem("warning", f"cannot read the digest intro {value}: {exc}", field="digest.intro",
                                file=config_file, plugin=PLUGIN_NAME))
    return ""


#: Prepared thumbnails kept between builds (watch), by what they were made from.
_THUMBNAILS: dict[tuple[Any, ...], PreparedPhoto | Problem | None] = {}
_THUMBNAILS_MAX = 4096


def _photo_identity(report: Report, context: Any) -> tuple[Any, ...] | None:
    """What the report's photo is made from: its bytes' hash, or its file's path and signature."""
    photo = report.photo
    if photo is None:
        return None
    if photo.data is not None:
        return ("data", hashlib.blake2b(photo.data, digest_size=16).hexdigest())
    try:
        path = context.resolve_asset(report, photo.src or "")
        st = path.stat()
    except (OSError, ValueError):
        return None  # prepare_photo says what is wrong
    return ("file", str(path), st.st_size, st.st_mtime_ns, st.st_ino)


def _thumbnail(report: Report, context: Any, max_px: int = THUMB_WIDTH * 2) -> PreparedPhoto | None:
    if report.photo is None:
        return None
    identity = _photo_identity(report, context)
    key = (identity, report.source, max_px) if identity is not None else None
    if key is not None and key in _THUMBNAILS:
        prepared = _THUMBNAILS[key]
    else:
        prepared = prepare_photo(report, context, max_px=max_px)
        if key is not None:
            if len(_THUMBNAILS) >= _THUMBNAILS_MAX:
                _THUMBNAILS.clear()
            _THUMBNAILS[key] = prepared
    if isinstance(prepared, Problem):
        if not any(p.message == prepared.message for p in report.problems):
            report.problems.append(prepared)
        return None
    return prepared


def digest_images(reports: list[Report], context: Any) -> dict[str, tuple[bytes, str, str]]:
    """The photos the digest shows, by slug: (data, media type, file name in digest/).

    They are made for the widest they are shown (a phone's full column) at twice that
    for sharp screens, unless the photos of all reports would not fit the e-mail's size
    budget: then as wide as fits (see :func:`compose.photo_width`).
    """
    opts = options(context)
    images: dict[str, tuple[bytes, str, str]] = {}
    if opts["images"] == "none":
        return images
    chosen = compose.select(reports, opts["selection"], [], config_file=None)
    budget = int(opts["size_budget_kb"]) * 1000
    width = compose.PHOTO_WIDTHS[0]
    thumbs = {r.slug: _thumbnail(r, context, width) for r in chosen}
    total = sum(len(t.data) for t in thumbs.values() if t is not None)
    fitting = compose.photo_width(total, width, budget)
    if fitting != width:
        width = fitting
        thumbs = {r.slug: _thumbnail(r, context, width) for r in chosen}
    for slug, thumb in thumbs.items():
        if thumb is not None:
            images[slug] = (thumb.data, thumb.media_type, f"img/{slug}{photo_suffix(thumb.media_type)}")
    made = [t.width for t in thumbs.values() if t is not None and t.width]
    context.shared.setdefault("digest", {})["photos"] = {"width": width, "count": len(images), "widest": max(made, default=0)}
    return images


def build_digest(reports: list[Report], context: Any, problems: list[Problem],
                 images: dict[str, tuple[bytes, str, str]] | None = None) -> list[Artifact]:
    """All digest artefacts for ``reports`` (the published ones; the selection is applied here).

    ``images``: the thumbnails from :func:`digest_images` (made here when not given).
    """
    opts = options(context)
    site = context.site
    config_file = getattr(context.config, "display_path", None)
    chosen = compose.select(reports, opts["selection"], problems, config_file=config_file)
    groups = compose.group(chosen, context, opts["order"])
    base = str(opts.get("base_url") or site.get("base_url") or "").strip().rstrip("/")
    if not base and chosen:
        problems.append(Problem(
            "warning", "the digest links to the reports with relative links: they work in the preview (digest/index.html) "
            "but not in a sent e-mail",
            field="site.base_url", file=config_file, plugin=PLUGIN_NAME,
            hint="set site.base_url (or digest.base_url) to the address where the site is published",
        ))
    images_mode = opts["images"]
    if images_mode == "linked" and not base:
        problems.append(Problem("warning", "digest.images is 'linked' but there is no base_url: the e-mail will show no photos",
                                field="digest.images", file=config_file, plugin=PLUGIN_NAME,
                                hint="set site.base_url, or use images: inline"))

    values = {"congress": str(site.get("congress") or ""), "title": str(site.get("title") or ""), "count": str(len(chosen)),
              "reports": f"{len(chosen)} {'sessieverslag' if len(chosen) == 1 else 'sessieverslagen'}", "date": _site_date(context)}
    subject = _fill(opts["subject"], values) or str(site.get("title") or "Nieuwsbrief")
    intro_md = read_intro(opts.get("intro") or "", context, problems)
    if not intro_md and chosen:
        intro_md = (f"Hieronder lees je de verslagen van {len(chosen)} {'sessie' if len(chosen) == 1 else 'sessies'}"
                    f"{' van ' + values['congress'] if values['congress'] else ''}, gebundeld per ambitie. "
                    "Klik door voor het volledige verslag.")
    intro_html = markdown_to_html(intro_md, heading_shift=1) if intro_md else ""
    preheader = opts.get("preheader") or (teaser(intro_md, 110) if intro_md else "")

    artifacts: list[Artifact] = []
    if images is None:
        images = digest_images(reports, context)  # slug -> (data, media type, file name)
    view_groups = []
    for g in groups:
        items = []
        for report in g.reports:
            highlight = compose.choose_highlight(report, problems)
            rel = context.report_url(report)
            image = None
            if images_mode != "none" and report.slug in images:
                width = ((context.shared.get("digest") or {}).get("photos") or {}).get("width") or compose.PHOTO_WIDTHS[0]
                thumb = _thumbnail(report, context, width)
                if thumb is not None:
                    name = images[report.slug][2]
                    height = round(THUMB_WIDTH * thumb.height / thumb.width) if thumb.width else THUMB_WIDTH
                    alt = (report.photo.alt if report.photo else "") or f"Sfeerbeeld bij {report.title}"
                    image = {"slug": report.slug, "name": name, "width": THUMB_WIDTH, "height": height, "alt": alt,
                             "small": bool(thumb.width) and thumb.width < compose.PHOTO_SHOWN_MAX_PX}
            meta = " · ".join(x for x in (date_nl(report.date), str(report.meta.get("session") or "")) if x)
            summary = report.sections.get("summary") or next((v for v in report.sections.values() if v), "")
            items.append({
                "slug": report.slug, "title": smart_quotes(report.title), "rel": rel, "meta": smart_quotes(meta),
                "teaser": smart_quotes(teaser(summary)),
                "also": compose.also_under(report, g, groups),
                "quote": {"text": smart_quotes(highlight.text), "attribution": smart_quotes(highlight.attribution or "")} if highlight else None,
                "image": image,
            })
        view_groups.append({"id": g.id, "label": g.label, "description": g.description, "reports": items})

    mail_from = str(opts.get("from") or "").strip()
    to = opts.get("to") or []
    mail_to = ", ".join(t.strip() for t in ([to] if isinstance(to, str) else to) if t and t.strip())
    common = {
        "lang": str(site.get("language") or "nl"), "subject": subject, "preheader": preheader,
        "kicker": f"Nieuwsbrief · {values['congress']}" if values["congress"] else "Nieuwsbrief",
        "heading": opts.get("heading") or str(site.get("title") or subject),
        "subheading": " · ".join(x for x in (values["date"], str(site.get("organiser") or "")) if x),
        "intro_html": intro_html, "footer": str(site.get("footer") or site.get("organiser") or site.get("title") or ""),
        "mail_from": mail_from, "mail_to": mail_to, "css": stylesheet(),
        "reason": _fill(str(opts.get("reason") or ""), {**values, "organiser": str(site.get("organiser") or "")}),
        "unsubscribe": str(opts.get("unsubscribe") or "").strip(),
        "once_note": compose.ONCE_NOTE if any(item["also"] for g in view_groups for item in g["reports"]) else "",
    }

    def link(rel: str, where: str) -> str:
        if base:
            return f"{base}/{rel}"
        # relative to digest/, where both HTML files are published: they work on the site
        # (in a sent e-mail no relative link does, which the build warns about)
        return f"../{rel}" if where in ("preview", "email") else rel

    def img_src(image: dict[str, Any], where: str) -> str:
        if where == "eml" and images_mode == "inline":
            return f"cid:{_cid(image['slug'], images)}"
        if images_mode == "linked" and base:
            return f"{base}/digest/{image['name']}"
        return image["name"]  # next to the HTML file in digest/

    def render(where: str) -> str:
        groups_view = []
        for g in view_groups:
            reports_view = []
            for item in g["reports"]:
                image = dict(item["image"], src=img_src(item["image"], where)) if item["image"] else None
                reports_view.append(dict(item, url=link(item["rel"], where), image=image))
            groups_view.append(dict(g, reports=reports_view))
        home = context.url("index") or ""  # the site's home page, if an output publishes one
        # relative links from digest/, where both HTML files are published (see link())
        all_url = (f"{base}/{home}" if base else (f"../{home}" if where in ("preview", "email") else "")) if home else ""
        web_url = f"{base}/digest/digest-email.html" if base else ("digest-email.html" if where == "preview" else "")
        html = environment().get_template("digest.html").render(groups=groups_view, all_url=all_url, preview=where == "preview",
                                                                 web_url=web_url, version=__version__, **common)
        return inliner().inline(html)

    preview_html = render("preview")
    email_html = render("email")
    eml_html = render("eml") if images_mode == "inline" else email_html
    text = plain_text_digest(subject, common, intro_md, view_groups, base, link, context.url("index") or "")

    artifacts.append(Artifact("digest/index.html", preview_html.encode("utf-8"), output="digest", media_type="text/html"))
    artifacts.append(Artifact("digest/digest-email.html", email_html.encode("utf-8"), output="digest", media_type="text/html"))
    artifacts.append(Artifact("digest/digest.txt", text.encode("utf-8"), output="digest", media_type="text/plain"))
    eml = build_eml(subject, mail_from, mail_to, text, eml_html, images if images_mode == "inline" else {}, problems,
                    config_file=config_file)
    artifacts.append(Artifact("digest/digest.eml", eml, output="digest", media_type="message/rfc822",
                              scan_text=text + "\n" + eml_html))
    for _slug, (data, media_type, name) in sorted(images.items()):
        artifacts.append(Artifact(f"digest/{name}", data, output="digest", media_type=media_type, scan_text=""))
    photos = (context.shared.get("digest") or {}).get("photos") or {}
    budget = int(opts["size_budget_kb"]) * 1000
    if len(eml) > budget:
        problems.append(Problem("warning", f"the e-mail is {compose.size_label(len(eml))}, more than its budget of {compose.size_label(budget)}",
                                field="digest.size_budget_kb", file=config_file, plugin=PLUGIN_NAME,
                                hint="select fewer reports, use images: linked, or raise digest.size_budget_kb"))
    context.shared.setdefault("digest", {})["summary"] = {
        "subject": subject, "count": len(chosen), "of": len(reports), "groups": [(g["label"], len(g["reports"])) for g in view_groups],
        "eml_bytes": len(eml), "html_bytes": len(email_html.encode("utf-8")), "budget": budget,
        "photo_width": photos.get("width") if images_mode != "none" else None, "photo_count": len(images),
        "photo_widest": photos.get("widest", 0),
        "images": images_mode,
    }
    return artifacts


def summary_line(context: Any) -> str:
    """One line for ``perskamer digest``: what went in."""
    info = (context.shared.get("digest") or {}).get("summary")
    if not info:
        return "perskamer digest: no digest was made (see the problems above)"
    groups = ", ".join(f"{label} {n}" for label, n in info["groups"]) or "none"
    return (f"perskamer digest: {info['count']} of {info['of']} published reports, subject \"{info['subject']}\"\n"
            f"  per theme: {groups} (each report once, under its main ambition)\n"
            f"  size: {compose.size_summary(info)}")


def _cid(slug: str, images: dict[str, tuple[bytes, str, str]]) -> str:
    data = images[slug][0]
    return f"foto-{hashlib.blake2b(slug.encode() + data, digest_size=6).hexdigest()}@perskamer.digest"


# --- plain text --------------------------------------------------------------------------------


def _wrap(text: str, indent: str = "", first: str | None = None) -> str:
    return textwrap.fill(" ".join(text.split()), width=TEXT_WIDTH, initial_indent=indent if first is None else first,
                         subsequent_indent=indent, break_long_words=False, break_on_hyphens=False)


def _paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n", text or "") if p.strip()]


def plain_text_digest(subject: str, common: dict[str, Any], intro_markdown: str, groups: list[dict[str, Any]], base: str,
                      link: Any, home: str = "index.html") -> str:
    """The digest written as plain text: headings underlined, quotes indented, links on their own line."""
    out: list[str] = []
    heading = str(common["heading"])
    out += [heading.upper(), "=" * min(TEXT_WIDTH, len(heading))]
    if common.get("subheading"):
        out.append(str(common["subheading"]))
    out.append("")
    for para in _paragraphs(intro_markdown):
        lines = [ln for ln in para.splitlines() if ln.strip()]
        if all(re.match(r"^\s*([-*+]|\d+[.)])\s+", ln) for ln in lines):
            out += [_wrap(plain_text(re.sub(r"^\s*([-*+]|\d+[.)])\s+", "", ln)), "    ", first="  - ") for ln in lines]
        else:
            out.append(_wrap(plain_text(para)))
        out.append("")
    if groups:
        out += ["IN DEZE NIEUWSBRIEF", ""]
        out += [f"  - {g['label']} ({len(g['reports'])})" for g in groups]
        out.append("")
    for g in groups:
        out += ["", g["label"].upper(), "-" * min(TEXT_WIDTH, len(g["label"])), ""]
        if g.get("description"):
            out += [_wrap(g["description"]), ""]
        for item in g["reports"]:
            out.append(_wrap(item["title"]))
            if item["meta"]:
                out.append(item["meta"])
            out.append("")
            if item["teaser"]:
                out += [_wrap(item["teaser"]), ""]
            if item["quote"]:
                out.append(_wrap(f"“{item['quote']['text']}”", "    "))
                if item["quote"]["attribution"]:
                    out.append(f"    – {item['quote']['attribution']}")
                out.append("")
            if item.get("also"):
                out += [_wrap("Ook bij: " + ", ".join(item["also"])), ""]
            out += [f"Lees het verslag: {link(item['rel'], 'email')}", "", ""]
    if base and home:
        out += [f"Alle verslagen: {base}/{home}", ""]
    out += ["--", str(common["footer"]), "Citaten zijn geanonimiseerd."]
    if common.get("once_note"):
        out.append(_wrap(common["once_note"]))
    if base:
        out.append(f"Deze nieuwsbrief op het web: {base}/digest/digest-email.html")
    if common.get("reason"):
        out.append(_wrap(common["reason"]))
    if common.get("unsubscribe"):
        out.append(f"Uitschrijven: {common['unsubscribe']}")
    out.append("")
    text = "\n".join(out)
    return re.sub(r"\n{4,}", "\n\n\n", text)


# --- the .eml ----------------------------------------------------------------------------------


def build_eml(subject: str, mail_from: str, mail_to: str, text: str, html: str, images: dict[str, tuple[bytes, str, str]],
              problems: list[Problem], *, config_file: str | None = None) -> bytes:
    """A ready-to-send e-mail: multipart/alternative (text, then HTML with its inline photos)."""
    from email import policy
    from email.message import EmailMessage

    msg = EmailMessage(policy=policy.SMTP)
    msg["Subject"] = subject
    for header, value in (("From", mail_from), ("To", mail_to)):
        if not value:
            continue
        problem = None
        try:
            msg[header] = value
            parsed = msg[header]
            bad = [a for a in parsed.addresses if not re.fullmatch(r"[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+", a.addr_spec or "")]
            if parsed.defects or bad or not parsed.addresses:
                problem = f"'{value}' is not a valid e-mail address"
        except Exception as exc:  # the email package could not parse it at all
            problem = f"'{value}' is not a valid e-mail address ({exc})"
        if problem:
            del msg[header]
            problems.append(Problem("warning", f"digest.{header.lower()}: {problem}; the .eml has no {header} line",
                                    field=f"digest.{header.lower()}", file=config_file, plugin=PLUGIN_NAME,
                                    hint="write it as 'Naam <adres@example.org>' or just 'adres@example.org'"))
    # Outlook opens a message with X-Unsent as a draft, ready to send.
    msg["X-Unsent"] = "1"
    msg.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
    msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    if images:
        html_part = msg.get_payload()[1]
        for slug, (data, media_type, name) in sorted(images.items()):
            maintype, subtype = media_type.split("/", 1)
            html_part.add_related(data, maintype=maintype, subtype=subtype, cid=f"<{_cid(slug, images)}>",
                                  filename=name.rsplit("/", 1)[-1], disposition="inline")
    # Fixed boundaries: the same digest gives the same bytes (written only when changed).
    seed = hashlib.blake2b(text.encode() + html.encode(), digest_size=8).hexdigest()
    for i, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"=_perskamer_{seed}_{i}")
    return msg.as_bytes(policy=policy.SMTP)
