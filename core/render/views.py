"""The published view of a report: what every output shows of it, as plain data.

The web page, its search record, the PDF and other outputs show a report with the
same words: the card (title, date, session, teaser, ambitions), the sanitised
sections, the anonymised quotes and one decision about the photo's caption. They
live here, in the core, so no output imports another's internals.
"""

from __future__ import annotations

import re
from typing import Any

from ..model import SECTION_IDS, SECTION_LABELS, Report
from .text import date_nl, markdown_to_html, plain_text, smart_quotes, teaser

#: How many colours the ambition tags cycle through (``colour`` in :func:`tag_views`).
TAG_COLOURS = 8


def site_vars(context: Any) -> dict[str, Any]:
    site = dict(context.site)
    import datetime as _dt

    raw_date = site.get("date")
    try:
        site["date_label"] = date_nl(_dt.date.fromisoformat(str(raw_date))) if raw_date else ""
    except ValueError:
        site["date_label"] = str(raw_date)
    return site


def tag_views(report: Report, context: Any = None) -> list[dict[str, str]]:
    """The report's ambitions as links show them; ``colour`` is the ambition's place in the taxonomy."""
    order = _taxonomy_order(context) if context is not None else {}
    return [{"id": a.id, "label": a.label, "colour": str(order.get(a.id, len(order)) % TAG_COLOURS)} for a in report.ambitions]


#: (the taxonomy, each ambition's place in it): a collection asks for every report's tags.
_ORDER: tuple[Any, dict[str, int]] = (None, {})


def _taxonomy_order(context: Any) -> dict[str, int]:
    global _ORDER
    try:
        taxonomy = context.taxonomy  # recorded, as before
    except Exception:
        return {}
    if _ORDER[0] is not taxonomy:
        _ORDER = (taxonomy, {amb.id: i for i, amb in enumerate(taxonomy)})
    return _ORDER[1]


def card(report: Report, context: Any) -> dict[str, Any]:
    return {
        "slug": report.slug,
        "url": context.report_url(report),
        "title": smart_quotes(report.title),
        "date": date_nl(report.date),
        "date_iso": report.date.isoformat() if report.date else "",
        "session": smart_quotes(str(report.meta.get("session") or "")),
        "teaser": smart_quotes(teaser(report.sections.get("summary") or next(iter(report.sections.values()), ""))),
        "ambitions": tag_views(report, context),
    }


def taxonomy_of(context: Any) -> list[Any]:
    """The ambition themes, or [] when the workspace has none (or a broken file, reported by the tagger)."""
    try:
        return list(context.taxonomy)
    except Exception:
        return []


def report_view(report: Report, context: Any, photo: dict[str, Any] | None, *, base: dict[str, Any] | None = None) -> dict[str, Any]:
    """What a report's page shows (also its search record and, with more, its PDF).

    ``base``: the report's :func:`card`, when the caller made it already (it is extended here).
    """
    photo = settle_caption(report, photo)
    view = card(report, context) if base is None else base
    view.update(
        {
            "reporter": report.meta.get("reporter") or "",
            "speakers": [str(s) for s in report.meta.get("speakers") or []],
            "sections": section_views(report, has_photo=photo is not None, photo=photo),
            "quotes": quote_views(report),
            "photo": photo,
        }
    )
    return view


def quote_views(report: Report) -> list[dict[str, Any]]:
    return [
        {"text": smart_quotes(q.text), "speaker": smart_quotes(q.speaker or ""), "attribution": smart_quotes(q.attribution or "")}
        for q in report.quotes
    ]


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text).strip().casefold()


#: A photo section text up to this long, with no caption of its own, is the photo's caption.
CAPTION_MAX_CHARS = 300


def settle_caption(report: Report, photo: dict[str, Any] | None) -> dict[str, Any] | None:
    """Decide once where the photo's caption is shown, for every output.

    The caption is shown once, as the photo's caption: when the "Foto" section text is
    the caption (or holds it, or is one short paragraph and there is no caption), that
    text becomes the caption and the section shows no text of its own. The alt text
    never repeats the caption (a screen reader would read it twice).
    """
    if photo is None:
        return None
    photo = dict(photo)
    text = " ".join(plain_text(_IMAGE.sub("", report.sections.get("photo") or "")).split())
    caption = " ".join(str(photo.get("caption") or "").split())
    one_paragraph = "\n\n" not in (report.sections.get("photo") or "").strip()
    photo["text_is_caption"] = False
    if text and caption and (_squash(text) == _squash(caption) or (_squash(caption) in _squash(text) and one_paragraph)) or text and not caption and one_paragraph and len(text) <= CAPTION_MAX_CHARS:
        caption, photo["text_is_caption"] = text, True
    photo["caption"] = smart_quotes(caption)
    if caption and _squash(str(photo.get("alt") or "")) in (_squash(caption), ""):
        photo["alt"] = f"Foto bij het verslag ‘{smart_quotes(report.title)}’"
    return photo


def section_views(report: Report, *, has_photo: bool, photo: dict[str, Any] | None = None) -> list[dict[str, str]]:
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
            shown = "" if photo is not None and photo.get("text_is_caption") else markdown_to_html(_IMAGE.sub("", text))
            sections.append({"id": sid, "label": SECTION_LABELS[sid], "html": shown})
        elif text.strip():
            sections.append({"id": sid, "label": SECTION_LABELS[sid], "html": markdown_to_html(text)})
    return sections


_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
