"""Printing with WeasyPrint: kept warm in the process, confined by the safe URL fetcher.

Importing this module imports WeasyPrint (about half a second); the plugin imports it
only inside artefact producers, so a build without PDFs never pays. Parsed
stylesheets and the font configuration are kept per process, so in ``watch`` (and
for every report after the first in a build) a PDF costs only its layout and write.

The bundle is composed with WeasyPrint's document API: the cover and table of
contents, then every report rendered exactly as in its own PDF (running header,
"pagina X van Y" per report) plus the bundle's page number bottom right. Bookmarks
come from the headings (``h1`` per report, ``h2`` per section). With ``parallel``,
the plugin runs these functions in worker processes (see ``pool.py``).
"""

from __future__ import annotations

import gc
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

from .fetcher import SafeURLFetcher
from .printview import BUNDLE_PAGE_CSS, FRONT_PAGE_CSS, PrintJob, PrintSettings, bundle_offset_css, front_html

_CSS_CACHE: dict[tuple[Any, ...], Any] = {}
_FONT_CONFIG: FontConfiguration | None = None


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
    """Lay out one document (a report, or the bundle's front matter) and return it."""
    html = job.html if isinstance(job, PrintJob) else job
    files = job.files if isinstance(job, PrintJob) else (files or {})
    fetcher = SafeURLFetcher(settings.roots, files=files)
    document = weasyprint.HTML(string=html, base_url=base_url(settings), url_fetcher=fetcher).render(
        stylesheets=stylesheets(settings, extra_css), font_config=font_config(), **settings.write_options()
    )
    document.perskamer_fetcher = fetcher  # for tests and --debug: what it tried to load
    return document


def write(document: Any, settings: PrintSettings, identifier: bytes) -> bytes:
    return document.write_pdf(pdf_identifier=identifier, **settings.write_options())


def report_pdf(job: PrintJob, settings: PrintSettings) -> bytes:
    """One report's PDF."""
    return write(render_document(job, settings), settings, job.identifier)


# --- the bundle --------------------------------------------------------------------------


def _front(jobs: list[PrintJob], pages: list[Any], info: dict[str, Any], settings: PrintSettings) -> Any:
    return render_document(front_html(jobs, pages, info), settings, (BUNDLE_PAGE_CSS, FRONT_PAGE_CSS))


def _report_pages(jobs: list[PrintJob], settings: PrintSettings, first_page: int) -> tuple[list[Any], list[int]]:
    """Render reports one after the other, numbering the bundle's pages from ``first_page``.

    The laid-out pages of every report stay in memory until the bundle is written; so
    that Python's garbage collector does not walk them again after every report (which
    made a 200-report bundle 15% slower), each report's pages are frozen (``gc.freeze``)
    once its garbage is collected. The caller unfreezes.
    """
    pages: list[Any] = []
    starts: list[int] = []
    number = first_page
    for job in jobs:
        doc = render_document(job, settings, (BUNDLE_PAGE_CSS, bundle_offset_css(number - 1)))
        starts.append(number)
        number += len(doc.pages)
        pages.extend(doc.pages)
        gc.collect(1)
        gc.freeze()
    return pages, starts


def _front_length(jobs: list[PrintJob], info: dict[str, Any], settings: PrintSettings) -> int:
    # Page numbers are at most as wide as the placeholder, so the real table of
    # contents takes as many pages as this one.
    placeholder = "9" * max(3, len(str(len(jobs) * 40)))
    return len(_front(jobs, [placeholder] * len(jobs), info, settings).pages)


def render_bundle(jobs: list[PrintJob], info: dict[str, Any], settings: PrintSettings) -> bytes:
    """The bundle: cover, contents, every report; one bookmark per report and per section."""
    front_len = _front_length(jobs, info, settings)
    frozen_before = gc.get_freeze_count()
    try:
        pages, starts = _report_pages(jobs, settings, front_len + 1)
        front = _front(jobs, starts, info, settings)
        document = front.copy([*front.pages, *pages])
        return write(document, settings, _bundle_identifier(jobs))
    finally:
        if frozen_before == 0:
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
