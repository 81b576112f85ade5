"""Printing with WeasyPrint: kept warm in the process, confined by the safe URL fetcher.

Importing this module imports WeasyPrint (about half a second); the plugin imports it
only inside artefact producers, so a build without PDFs never pays. Parsed
stylesheets and the font configuration are kept per process, so in ``watch`` (and
for every report after the first in a build) a PDF costs only its layout and write.

The bundle is composed with WeasyPrint's document API: the cover and table of
contents, then every report laid out as in its own PDF but with one page-number
scheme, the bundle's page number bottom right (the number the contents lists).
Bookmarks come from the headings (``h1`` per report, ``h2`` per section) and open
with the document (``/PageMode /UseOutlines``). The laid-out documents are kept in
the process (:data:`_LAID_OUT`), so a rebuild in ``watch`` lays out only the reports
that changed (and those whose first page moved) and the contents, then writes the
combined pages. With ``parallel``, the plugin runs these functions in worker
processes (see ``printer.py``).
"""

from __future__ import annotations

import gc
import hashlib
import os
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

with warnings.catch_warnings():
    # WeasyPrint warns (DeprecationWarning) when libharfbuzz-subset is missing; we
    # report that ourselves, once, with the fix (see harfbuzz_subset_ok).
    warnings.simplefilter("ignore", DeprecationWarning)
    import weasyprint
    from weasyprint.text.fonts import FontConfiguration

from perskamer import collector

from .fetcher import SafeURLFetcher
from .printview import BUNDLE_PAGE_CSS, FRONT_PAGE_CSS, PrintJob, PrintSettings, bundle_offset_css, front_html

_CSS_CACHE: dict[tuple[Any, ...], Any] = {}
_FONT_CONFIG: FontConfiguration | None = None

#: Laid-out bundle documents (a report at a first page, the front matter), by a key of
#: everything that shapes them. At most :data:`LAID_OUT_PAGES` pages are kept (a laid-out
#: page holds about 0.4 MB): a bundle is laid out in the same order every time, so
#: documents are kept first come, first kept (least-recently-used would keep none of a
#: bundle larger than the limit); a finished bundle drops what it did not use.
_LAID_OUT: dict[str, Any] = {}
LAID_OUT_PAGES = 600


def _fonttools_keeps_font_timestamps() -> None:
    """Make the fontTools font subsetting deterministic (same report, same PDF bytes).

    Without libharfbuzz-subset, WeasyPrint subsets fonts with fontTools, which stamps
    the current time into each subset font's ``head.modified`` (unless
    ``SOURCE_DATE_EPOCH`` is set): PDFs then differ from one second to the next. The
    subset keeps the font file's own timestamp instead. HarfBuzz keeps it already.
    """
    try:
        from functools import partial

        from fontTools.ttLib import TTFont
        from weasyprint.pdf import fonts as weasyprint_fonts

        if getattr(weasyprint_fonts, "TTFont", None) is TTFont:
            weasyprint_fonts.TTFont = partial(TTFont, recalcTimestamp=False)
            return
    except Exception:  # pragma: no cover - another WeasyPrint layout
        pass
    # fontTools' own switch for reproducible builds (a fixed time; the user's value wins).
    os.environ.setdefault("SOURCE_DATE_EPOCH", "0")  # pragma: no cover


_fonttools_keeps_font_timestamps()


def harfbuzz_subset_ok() -> bool:
    """Whether WeasyPrint subsets fonts with HarfBuzz (fast) rather than fontTools (about 4x slower per PDF)."""
    try:
        from weasyprint.text.ffi import harfbuzz, harfbuzz_subset

        return harfbuzz_subset is not None and bool(harfbuzz.hb_version_atleast(4, 1, 0))
    except Exception:  # pragma: no cover - a WeasyPrint without these names
        return False


def font_config() -> FontConfiguration:
    global _FONT_CONFIG
    if _FONT_CONFIG is None:
        _FONT_CONFIG = FontConfiguration()
    return _FONT_CONFIG


def base_url(settings: PrintSettings) -> str:
    return Path(settings.roots[0]).resolve().as_uri().rstrip("/") + "/"


def stylesheets(settings: PrintSettings, extra: tuple[str, ...] = ()) -> list[Any]:
    """Parsed stylesheets (cached per process): the print CSS, the page rules, any extras."""
    texts = (*settings.stylesheets, settings.page_css, *extra)
    result = []
    for text in texts:
        key = (text, tuple(settings.roots))
        css = _CSS_CACHE.get(key)
        if css is None:
            if len(_CSS_CACHE) > 512:
                _CSS_CACHE.clear()
            css = weasyprint.CSS(string=text, base_url=base_url(settings), url_fetcher=SafeURLFetcher(settings.roots),
                                 font_config=font_config())
            _CSS_CACHE[key] = css
        result.append(css)
    return result


def render_document(job: PrintJob | str, settings: PrintSettings, extra_css: tuple[str, ...] = (),
                    files: dict[str, tuple[bytes, str]] | None = None) -> Any:
    """Lay out one document (a report, or the bundle's front matter) and return it.

    A report whose photo would start a page of its own, after a page with room left,
    is laid out once more with the photo scaled to fit that room (see :func:`photo_fit_css`).
    """
    html = job.html if isinstance(job, PrintJob) else job
    files = job.files if isinstance(job, PrintJob) else (files or {})
    fetcher = SafeURLFetcher(settings.roots, files=files)
    document = weasyprint.HTML(string=html, base_url=base_url(settings), url_fetcher=fetcher).render(
        stylesheets=stylesheets(settings, extra_css), font_config=font_config(), **settings.write_options()
    )
    fit = photo_fit_css(document) if isinstance(job, PrintJob) and job.files else None
    if fit is not None:
        document = weasyprint.HTML(string=html, base_url=base_url(settings), url_fetcher=fetcher).render(
            stylesheets=stylesheets(settings, (*extra_css, fit)), font_config=font_config(), **settings.write_options()
        )
    document.perskamer_fetcher = fetcher  # for tests and --debug: what it tried to load
    return document


def write(document: Any, settings: PrintSettings, identifier: bytes, finisher: Callable[..., Any] | None = None) -> bytes:
    return document.write_pdf(pdf_identifier=identifier, finisher=finisher, **settings.write_options())


def open_outlines(document: Any, pdf: Any) -> None:
    """A ``write_pdf`` finisher: the viewer opens with the bookmarks shown."""
    pdf.catalog["PageMode"] = "/UseOutlines"  # pydyf writes a str starting with "/" as a name


#: A photo is scaled down to fit the room left on the page before it, down to this height
#: (CSS px; 35 mm). Below that it keeps its own page: a stamp-sized photo helps nobody.
MIN_PHOTO_PX = 35 / 25.4 * 96
#: Kept free under the photo's caption (CSS px; 2 mm).
FIT_MARGIN_PX = 2 / 25.4 * 96


def photo_fit_css(document: Any) -> str | None:
    """CSS that keeps the photo with the text before it, or ``None`` when it fits already.

    The photo section is the report's last: when the photo (``break-inside: avoid``) does
    not fit under the text, it moves to a page of its own with its heading and leaves
    the page before part empty. If that empty part holds the heading, the caption and a
    photo of at least ``MIN_PHOTO_PX``, the photo's ``max-height`` becomes what fits.
    """
    pages = [_content(page._page_box) for page in document.pages]
    for number, page in enumerate(pages):
        figure = next((b for b in _boxes(page) if _is(b, "figure", "photo")), None)
        if figure is None:
            continue
        if number == 0:
            return None
        image = next((b for b in _boxes(figure) if getattr(b, "element_tag", "") == "img"), None)
        if image is None:
            return None
        heading = next((b for b in _boxes(page) if getattr(b, "element_tag", "") == "h2" and b.position_y <= figure.position_y), None)
        # All of the photo's page moves up (the photo section is the last; only the link to
        # the site may follow); the heading's top margin, dropped at the top of the page,
        # comes back under text.
        here = document.pages[number]._page_box
        moved = _bottom(page) - here.content_box_y() + (_px(heading.style["margin_top"]) if heading is not None else 0)
        if number + 1 < len(pages):
            return None  # more than the photo follows: leave the layout alone
        previous = document.pages[number - 1]._page_box
        room = previous.content_box_y() + previous.height - _bottom(pages[number - 1]) - FIT_MARGIN_PX
        fits = image.height - (moved - room)
        if room <= 0 or fits < MIN_PHOTO_PX or fits >= image.height:
            return None
        return f"figure.photo img {{ max-height: {fits:.1f}px; }}"
    return None


class _Content:
    """A page's boxes without its margin boxes (the running header and footer)."""

    def __init__(self, children: list[Any]):
        self.children = children


def _content(page_box: Any) -> _Content:
    return _Content([c for c in page_box.children if type(c).__name__ != "MarginBox"])


def _boxes(box: Any) -> Any:
    """Every box under ``box`` (page and margin boxes included), depth first."""
    for child in getattr(box, "children", ()) or ():
        yield child
        yield from _boxes(child)


def _bottom(content: Any) -> float:
    """Where the last line or image of a page ends."""
    return max((b.position_y + b.margin_height() for b in _boxes(content) if not b.children), default=0)


def _px(value: Any) -> float:
    """A computed length in CSS px (WeasyPrint keeps computed lengths in px)."""
    try:
        return float(value.value) if getattr(value, "unit", "px") == "px" else 0.0
    except (AttributeError, TypeError, ValueError):
        return 0.0


def _is(box: Any, tag: str, css_class: str) -> bool:
    element = getattr(box, "element", None)
    return getattr(box, "element_tag", "") == tag and element is not None and css_class in (element.get("class") or "").split()


def report_pdf(job: PrintJob, settings: PrintSettings) -> bytes:
    """One report's PDF."""
    return write(render_document(job, settings), settings, job.identifier)


# --- the bundle --------------------------------------------------------------------------


def _laid_out(key: str, make: Callable[[], Any], used: set[str]) -> Any:
    """The document for ``key``, kept from an earlier bundle in this process or laid out now (and kept if there is room)."""
    used.add(key)
    document = _LAID_OUT.get(key)
    if document is None:
        document = make()
        if sum(len(d.pages) for d in _LAID_OUT.values()) + len(document.pages) <= LAID_OUT_PAGES:
            _LAID_OUT[key] = document
    return document


def _keep_only(used: set[str]) -> None:
    """Drop the kept documents a finished bundle did not use (older versions of reports)."""
    for key in [k for k in _LAID_OUT if k not in used]:
        del _LAID_OUT[key]


def _key(*parts: Any) -> str:
    h = hashlib.blake2b(digest_size=20)
    for part in parts:
        h.update(str(part).encode("utf-8", "replace") + b"\0")
    return h.hexdigest()


def _front(jobs: list[PrintJob], pages: list[Any], info: dict[str, Any], settings: PrintSettings, used: set[str]) -> Any:
    from .printer import settings_key

    html = front_html(jobs, pages, info)
    return _laid_out(_key("front", settings_key(settings), html),
                     lambda: render_document(html, settings, (BUNDLE_PAGE_CSS, FRONT_PAGE_CSS)), used)


class BundleCancelled(Exception):
    """The bundle was given up half-way (watch: a newer change came in); what was laid out is kept."""


def _report_pages(jobs: list[PrintJob], settings: PrintSettings, first_page: int, used: set[str],
                  cancelled: Callable[[], bool] | None = None) -> tuple[list[Any], list[int]]:
    """Lay out the reports one after the other, numbering the bundle's pages from ``first_page``.

    A report laid out at the same first page in an earlier bundle of this process is
    taken as it is. The laid-out pages of every report stay in memory until the bundle
    is written; so that Python's garbage collector does not walk them again after every
    report (which made a 200-report bundle 15% slower), each report's pages are frozen
    (``gc.freeze``) once its garbage is collected. The caller unfreezes.
    """
    from .printer import job_key

    pages: list[Any] = []
    starts: list[int] = []
    number = first_page
    for job in jobs:
        if cancelled is not None and cancelled():
            raise BundleCancelled("the bundle was cancelled by a newer change")
        offset = number - 1
        doc = _laid_out(_key("report", job_key(job, settings), offset),
                        lambda job=job, offset=offset: render_document(job, settings, (BUNDLE_PAGE_CSS, bundle_offset_css(offset))),
                        used)
        starts.append(number)
        number += len(doc.pages)
        pages.extend(doc.pages)
        gc.collect(1)
        gc.freeze()
    return pages, starts


def _front_length(jobs: list[PrintJob], info: dict[str, Any], settings: PrintSettings, used: set[str]) -> int:
    # Page numbers are at most as wide as the placeholder, so the real table of
    # contents takes as many pages as this one.
    placeholder = "9" * max(3, len(str(len(jobs) * 40)))
    return len(_front(jobs, [placeholder] * len(jobs), info, settings, used).pages)


def render_bundle(jobs: list[PrintJob], info: dict[str, Any], settings: PrintSettings,
                  cancelled: Callable[[], bool] | None = None) -> bytes:
    """The bundle: cover, contents, every report; one bookmark per report and per section.

    ``jobs`` are in the bundle's order and ``info["sections"]`` groups them for the
    contents (see :func:`~.printview.bundle_order`). ``cancelled`` is asked between
    reports (raises :class:`BundleCancelled`); the reports laid out so far are kept, so
    the next attempt starts where this one stopped.
    """
    used: set[str] = set()
    front_len = _front_length(jobs, info, settings, used)
    frozen_before = gc.get_freeze_count()
    settled = False
    try:
        pages, starts = _report_pages(jobs, settings, front_len + 1, used, cancelled)
        front = _front(jobs, starts, info, settings, used)
        document = front.copy([*front.pages, *pages])
        data = write(document, settings, _bundle_identifier(jobs), finisher=open_outlines)
        _keep_only(used)
        if _LAID_OUT:
            del document, pages, front
            collector.settle()  # the kept layouts are not walked by later collections
            settled = True
        return data
    finally:
        if frozen_before == 0 and not settled:
            gc.unfreeze()





def _bundle_identifier(jobs: list[PrintJob]) -> bytes:
    import hashlib

    h = hashlib.blake2b(digest_size=16)
    for job in jobs:
        h.update(job.identifier)
    return h.hexdigest().encode()


def cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def timed(fn: Callable[..., Any], *args: Any) -> tuple[Any, float]:
    start = time.perf_counter()
    value = fn(*args)
    return value, time.perf_counter() - start
