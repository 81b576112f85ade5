"""Reader for the report form exported to PDF (``.pdf``).

Text comes from pdfplumber (characters with their fonts, so bold questions and
bigger titles are recognised; vertical gaps and indents separate paragraphs).
Running headers and footers (repeated in the page margins, or ``pagina 1 > 3``) and
page numbers are dropped, also when a page break falls inside a quote; words
broken at line ends with U+2010 or a soft hyphen are joined by the shared form logic
(:mod:`perskamer.form`). The photo in the "Sfeerbeeld" section is extracted with
pypdfium2. Both libraries are imported only when a PDF is read.
"""

from __future__ import annotations

import io
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from perskamer.form import AssembleOptions, Block, ImageData, assemble_report, find_date, slugify
from perskamer.form.images import MAX_PIXELS
from perskamer.form.layout import is_page_number, is_running_header
from perskamer.form.plugin import reader_hooks
from perskamer.form.text import clean_inline
from perskamer.model import Report, Source

PLUGIN_NAME = "read-pdf"
SUFFIXES = [".pdf"]

#: A report form has a few pages; a PDF with more is refused with a clear message.
MAX_PAGES = 60
#: Images smaller than this (points on the page) are logos or bullets, not photos.
MIN_IMAGE_PT = 40
MAX_IMAGES = 12
MARGIN = 0.09  # top/bottom share of the page where running headers live

_BOLD_RE = re.compile(r"bold|black|heavy|semibold|demibold|,b$|-b$", re.IGNORECASE)
_BULLET_RE = re.compile(r"^\s*(?:[•·▪◦●■-]|\d{1,2}[.)])\s+(?=\S)")


@dataclass
class _Line:
    text: str
    page: int
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    page_height: float
    page_width: float
    extra: dict[str, Any] = field(default_factory=dict)


def read_pdf(source: Source) -> Report:
    """Parse ``source.data`` (a text PDF) into a report. Never raises."""
    report = Report(source=source.rel, slug=slugify(source.stem), format="pdf")
    data = source.data
    if b"%PDF-" not in data[:1024]:
        report.problem("error", "this is not a PDF file", hint="export the report form to PDF again",
                       plugin=PLUGIN_NAME)
        return report
    try:
        import pdfplumber  # imported here: costly, and only needed for PDFs
    except ImportError:  # pragma: no cover - a dependency
        report.problem("error", "pdfplumber is not installed", hint="pip install pdfplumber", plugin=PLUGIN_NAME)
        return report
    try:
        lines, n_pages, meta, n_images = _extract_lines(pdfplumber, data)
    except _PdfError as exc:
        report.problem("error", exc.message, hint=exc.hint, plugin=PLUGIN_NAME)
        return report
    if not any(line.text.strip() for line in lines):
        report.problem(
            "error", "geen tekst gevonden: is dit een scan?",
            hint=("the PDF holds no text layer" + (f" (only {n_images} image(s))" if n_images else "")
                  + "; export the form to PDF from Word, or send the .docx or a text version"),
            plugin=PLUGIN_NAME,
        )
        return report
    try:
        blocks, header_date = _blocks(lines, n_pages)
        images = _images(data, report)
        blocks = _merge_images(blocks, images)
        title = meta.get("Title") if isinstance(meta.get("Title"), str) else None
        subject = meta.get("Subject") if isinstance(meta.get("Subject"), str) else None
        extra = {"session": subject.strip()} if subject and subject.strip() else {}
        options = AssembleOptions(doc_title=title or None, doc_date=header_date, extra_meta=extra)
        assemble_report(blocks, report, options)
        report.private["pages"] = n_pages
    except Exception as exc:  # a bug, not bad input: never let it escape as a traceback
        report.problem("error", f"could not read the PDF ({type(exc).__name__}: {exc})", plugin=PLUGIN_NAME)
    return report


class _PdfError(Exception):
    def __init__(self, message: str, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint


def _open_error(exc: Exception) -> _PdfError:
    text = f"{type(exc).__name__}: {exc}"
    inner = getattr(exc, "args", [None])[0] if getattr(exc, "args", None) else None
    if "password" in text.lower() or "encrypt" in text.lower() or "Password" in type(inner).__name__:
        return _PdfError("the PDF is password-protected", "export the form to PDF again without a password")
    return _PdfError(f"the PDF is damaged or cannot be read ({text[:200]})", "export the form to PDF again")


def _extract_lines(pdfplumber: Any, data: bytes) -> tuple[list[_Line], int, dict[str, Any], int]:
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:
        raise _open_error(exc) from None
    lines: list[_Line] = []
    images = 0
    try:
        with pdf:
            try:
                pages = pdf.pages
                n_pages = len(pages)
                meta = dict(pdf.metadata or {})
            except Exception as exc:
                raise _open_error(exc) from None
            if n_pages == 0:
                raise _PdfError("the PDF has no pages (is it damaged?)", "export the form to PDF again")
            if n_pages > MAX_PAGES:
                raise _PdfError(
                    f"the PDF has {n_pages} pages, more than the {MAX_PAGES} a session report can have",
                    "send the report form alone, without appendices",
                )
            for number, page in enumerate(pages, start=1):
                try:
                    images += len(page.images)
                    found = page.extract_text_lines(return_chars=True, strip=True)
                except Exception as exc:
                    raise _open_error(exc) from None
                for raw in found:
                    chars = [c for c in raw.get("chars", []) if str(c.get("text", "")).strip()]
                    text = clean_inline(raw.get("text", ""))
                    if not text or not chars:
                        continue
                    sizes = Counter(round(float(c.get("size", 0)), 1) for c in chars)
                    bold = sum(1 for c in chars if _BOLD_RE.search(str(c.get("fontname", "")))) / len(chars)
                    lines.append(_Line(
                        text=text, page=number, x0=float(raw["x0"]), x1=float(raw["x1"]), top=float(raw["top"]),
                        bottom=float(raw["bottom"]), size=sizes.most_common(1)[0][0], bold=bold >= 0.8,
                        page_height=float(page.height), page_width=float(page.width),
                    ))
                try:
                    page.flush_cache()
                except Exception:
                    pass
    except _PdfError:
        raise
    except Exception as exc:
        raise _open_error(exc) from None
    return lines, n_pages, meta, images


def _norm(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower()).strip()


def _blocks(lines: list[_Line], n_pages: int) -> tuple[list[Block], Any]:
    """Lines -> blocks: drop running headers/footers, find paragraph starts and heading hints."""
    in_margin = [
        ln.top < ln.page_height * MARGIN or ln.bottom > ln.page_height * (1 - MARGIN) for ln in lines
    ]
    margin_pages: dict[str, set[int]] = {}
    for ln, m in zip(lines, in_margin, strict=True):
        if m:
            margin_pages.setdefault(_norm(ln.text), set()).add(ln.page)
    header_date = None
    kept: list[_Line] = []
    for ln, m in zip(lines, in_margin, strict=True):
        if m and (
            (n_pages > 1 and len(margin_pages.get(_norm(ln.text), ())) >= 2)
            or is_page_number(ln.text)
            or is_running_header(ln.text)
        ):
            if header_date is None:
                found = find_date(ln.text)
                header_date = found[0] if found else None
            continue
        kept.append(ln)

    body_sizes = Counter()
    for ln in kept:
        body_sizes[ln.size] += len(ln.text)
    body = body_sizes.most_common(1)[0][0] if body_sizes else 10.0
    pitches = [
        b.top - a.top for a, b in zip(kept, kept[1:], strict=False)
        if a.page == b.page and abs(a.size - b.size) < 0.5 and 0 < b.top - a.top < 2.2 * a.size
    ]
    pitch = statistics.median(pitches) if pitches else body * 1.3

    blocks: list[Block] = []
    prev: _Line | None = None
    for i, ln in enumerate(kept, start=1):
        kind = "text"
        if ln.size >= body * 1.2:
            kind = "heading"
        new_para = True
        page_start = False
        if prev is not None and prev.page == ln.page:
            gap = ln.top - prev.top
            expected = pitch * max(ln.size, prev.size) / body
            new_para = (
                gap > expected * 1.25
                or gap < 0
                or ln.bold != prev.bold
                or abs(ln.size - prev.size) > 0.6
                or ln.x0 > prev.x0 + 4
            )
        elif prev is not None:
            page_start = True
        m = _BULLET_RE.match(ln.text)
        if m and kind == "text":
            kind, new_para = "list_item", True
        block = Block(ln.text, line=i, page=ln.page, kind=kind, new_para=new_para, bold=ln.bold,
                      ordered=bool(m and m.group(0).strip()[0].isdigit()))
        block.extra["top"] = ln.top
        if page_start:
            block.extra["page_start"] = True
        blocks.append(block)
        prev = ln
    return blocks, header_date


@dataclass
class _Image:
    page: int
    top: float
    data: bytes
    media_type: str


def _images(data: bytes, report: Report) -> list[_Image]:
    """The images of a PDF worth publishing as a photo (pypdfium2), in reading order."""
    try:
        import pypdfium2 as pdfium
    except ImportError:  # pragma: no cover - comes with pdfplumber
        return []
    out: list[_Image] = []
    try:
        doc = pdfium.PdfDocument(data)
    except Exception:
        return []
    try:
        for index in range(len(doc)):
            if len(out) >= MAX_IMAGES:
                break
            page = doc[index]
            height = page.get_height()
            for obj in page.get_objects(filter=[pdfium.raw.FPDF_PAGEOBJ_IMAGE], max_depth=3):
                try:
                    left, bottom, right, top = obj.get_bounds()
                    if right - left < MIN_IMAGE_PT or top - bottom < MIN_IMAGE_PT:
                        continue
                    w, h = obj.get_px_size()
                    if w * h > MAX_PIXELS:
                        report.problem("warning", f"an image of {w}x{h} pixels on page {index + 1} is too large to use",
                                       field="photo", plugin=PLUGIN_NAME)
                        continue
                    filters = [f for f in obj.get_filters()]
                    if filters == ["DCTDecode"]:
                        blob = bytes(obj.get_data(decode_simple=False))
                        media_type = "image/jpeg"
                    else:
                        buf = io.BytesIO()
                        obj.get_bitmap(render=False).to_pil().save(buf, "PNG")
                        blob, media_type = buf.getvalue(), "image/png"
                    out.append(_Image(index + 1, height - top, blob, media_type))
                except Exception:
                    continue
            page.close()
    finally:
        doc.close()
    return out


def _merge_images(blocks: list[Block], images: list[_Image]) -> list[Block]:
    """Put image blocks where the images stand in the reading order."""
    if not images:
        return blocks
    out: list[Block] = []
    pending = sorted(images, key=lambda im: (im.page, im.top))
    for b in blocks:
        while pending and (pending[0].page, pending[0].top) < (b.page or 0, b.extra.get("top", 0.0)):
            im = pending.pop(0)
            out.append(Block("", page=im.page, kind="image", image=ImageData(im.data, im.media_type)))
        out.append(b)
    for im in pending:
        out.append(Block("", page=im.page, kind="image", image=ImageData(im.data, im.media_type)))
    return out


perskamer_source_suffixes, perskamer_read_source = reader_hooks(SUFFIXES, read_pdf)
