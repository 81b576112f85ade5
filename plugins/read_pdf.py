"""Reader for the report form as a PDF (``.pdf``): exported, or filled in as a form.

Text comes from pypdfium2 (PDFium): lines with their position, font size and weight,
so bold questions and bigger titles are recognised; vertical gaps and indents
separate paragraphs. Running headers and footers (repeated in the page margins, or
``pagina 1 > 3``) and page numbers are dropped, also when a page break falls inside a
quote; words broken at line ends are joined by the shared form logic
(:mod:`perskamer.form`). A filled-in PDF form keeps its answers in form fields
(AcroForm): pypdf reads their values and :mod:`perskamer.form.fields` places them under
their questions. The photo in the "Sfeerbeeld" section is extracted with pypdfium2.
Both libraries are imported only when a PDF is read.
"""

from __future__ import annotations

import io
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from perskamer.form import AssembleOptions, Block, ImageData, assemble_report, find_date, slugify
from perskamer.form.fields import FormField, place_fields, read_form_fields
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
_TRAILING_BULLET_RE = re.compile(r"\s([•·▪◦●■])$")
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
    """Parse ``source.data`` (a text PDF, or a filled-in PDF form) into a report. Never raises."""
    report = Report(source=source.rel, slug=slugify(source.stem), format="pdf")
    data = source.data
    if b"%PDF-" not in data[:1024]:
        report.problem("error", "this is not a PDF file", hint="export the report form to PDF again",
                       plugin=PLUGIN_NAME)
        return report
    try:
        import pypdfium2 as pdfium  # imported here: only needed for PDFs
    except ImportError:  # pragma: no cover - a dependency
        report.problem("error", "pypdfium2 is not installed", hint="pip install pypdfium2", plugin=PLUGIN_NAME)
        return report
    try:
        lines, n_pages, meta, n_images, sizes = _extract_lines(pdfium, data)
    except _PdfError as exc:
        report.problem("error", exc.message, hint=exc.hint, plugin=PLUGIN_NAME)
        return report
    fields: list[FormField] = []
    if b"/AcroForm" in data:  # a fillable form: the answers are in its fields
        fields = read_form_fields(data, sizes)
        if fields:
            lines = _with_fields(lines, fields, sizes)
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
        images = _images(data, report) + _field_images(data, [f for f in fields if f.kind == "image"])
        blocks = _merge_images(blocks, images)
        title = meta.get("Title") if isinstance(meta.get("Title"), str) else None
        subject = meta.get("Subject") if isinstance(meta.get("Subject"), str) else None
        extra = {"session": subject.strip()} if subject and subject.strip() else {}
        options = AssembleOptions(doc_title=title or None, doc_date=header_date, extra_meta=extra)
        assemble_report(blocks, report, options)
        report.private["pages"] = n_pages
        if fields:
            report.private["form_fields"] = sum(1 for f in fields if f.value is not False)
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
    if "password" in text.lower() or "encrypt" in text.lower():
        return _PdfError("the PDF is password-protected", "export the form to PDF again without a password")
    return _PdfError(f"the PDF is damaged or cannot be read ({text[:200]})", "export the form to PDF again")


def _extract_lines(pdfium: Any, data: bytes) -> tuple[list[_Line], int, dict[str, Any], int, list[tuple[float, float]]]:
    """The text lines of every page with their position, font size and weight (pypdfium2).

    pdfium gives the text as rectangles, one per run of text on a line; runs on the
    same baseline are joined into one line. The font of a line is sampled from a few of
    its characters (size, weight or a bold font name)."""
    try:
        doc = pdfium.PdfDocument(data)
    except Exception as exc:
        raise _open_error(exc) from None
    lines: list[_Line] = []
    images = 0
    sizes: list[tuple[float, float]] = []
    try:
        n_pages = len(doc)
        if n_pages == 0:
            raise _PdfError("the PDF has no pages (is it damaged?)", "export the form to PDF again")
        if n_pages > MAX_PAGES:
            raise _PdfError(
                f"the PDF has {n_pages} pages, more than the {MAX_PAGES} a session report can have",
                "send the report form alone, without appendices",
            )
        try:
            meta = {k: v for k, v in doc.get_metadata_dict(skip_empty=True).items() if isinstance(v, str)}
        except Exception:
            meta = {}
        for number in range(1, n_pages + 1):
            try:
                page = doc[number - 1]
                width, height = page.get_size()
                sizes.append((width, height))
                textpage = page.get_textpage()
            except Exception as exc:
                raise _open_error(exc) from None
            try:
                page_lines = _page_lines(pdfium, textpage, number, width, height)
                if not page_lines:
                    images += sum(1 for _ in page.get_objects(filter=[pdfium.raw.FPDF_PAGEOBJ_IMAGE], max_depth=2))
                lines.extend(page_lines)
            finally:
                textpage.close()
                page.close()
    except _PdfError:
        raise
    except Exception as exc:
        raise _open_error(exc) from None
    finally:
        doc.close()
    return lines, n_pages, meta, images, sizes


def _char_font(raw: Any, textpage: Any, index: int, buffer: Any) -> tuple[float, bool]:
    size = float(raw.FPDFText_GetFontSize(textpage, index))
    weight = raw.FPDFText_GetFontWeight(textpage, index)
    n = raw.FPDFText_GetFontInfo(textpage, index, buffer, len(buffer), None)
    name = bytes(buffer[: max(0, n - 1)]).decode("latin-1", errors="replace") if n else ""
    return size, weight >= 600 or bool(_BOLD_RE.search(name))


def _page_lines(pdfium: Any, textpage: Any, number: int, width: float, height: float) -> list[_Line]:
    import ctypes

    raw = pdfium.raw
    handle = textpage.raw
    n_chars = textpage.count_chars()
    buffer = (ctypes.c_ubyte * 128)()
    runs: list[tuple[float, float, float, float, str, float, bool]] = []  # top, bottom, x0, x1, text, size, bold
    for k in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(k)
        # pdfium marks a hyphen at a line end as U+0002: a plain hyphen (the form logic decides)
        text = clean_inline(textpage.get_text_bounded(left, bottom, right, top).replace("\x02", "-"))
        if not text:
            continue
        m = _TRAILING_BULLET_RE.search(text)
        if m:  # a list marker drawn after its text (WeasyPrint) stands in front of it
            text = f"{m.group(1)} {text[: m.start()]}"
        first = textpage.get_index(left + 0.5, (top + bottom) / 2, 2, max(1.0, (top - bottom) / 2))
        size, bold = 0.0, False
        if first is not None and 0 <= first < n_chars:
            picks = sorted({first, min(n_chars - 1, first + len(text) // 2), min(n_chars - 1, first + len(text) - 1)})
            fonts = [_char_font(raw, handle, i, buffer) for i in picks]
            size = max(f[0] for f in fonts)
            bold = all(f[1] for f in fonts)
        runs.append((height - top, height - bottom, left, right, text, size or (top - bottom), bold))
    # runs that share a row (their vertical extents overlap by half) form one line, left to right;
    # a wide gap (another column, a label far right) keeps them apart
    runs.sort(key=lambda r: (r[0], r[2]))
    rows: list[list[tuple[float, float, float, float, str, float, bool]]] = []
    for run in runs:
        row = rows[-1] if rows else None
        if row is not None:
            r_top, r_bottom = min(r[0] for r in row), max(r[1] for r in row)
            overlap = min(r_bottom, run[1]) - max(r_top, run[0])
            if overlap >= 0.5 * min(r_bottom - r_top, run[1] - run[0]):
                row.append(run)
                continue
        rows.append([run])
    for row in rows:
        row.sort(key=lambda r: r[2])
    split = _column_split(rows)
    out: list[_Line] = []
    for row in rows:
        current: _Line | None = None
        for top, bottom, x0, x1, text, size, bold in row:
            crosses = split is not None and current is not None and current.x1 <= split + 2 and x0 >= split - 2
            if current is not None and not crosses and x0 - current.x1 < 2 * max(size, current.size, 4.0):
                current.text = f"{current.text} {text}"
                current.x1 = max(current.x1, x1)
                current.top, current.bottom = min(current.top, top), max(current.bottom, bottom)
                current.bold = current.bold and bold
                current.size = max(current.size, round(size, 1))
                continue
            current = _Line(text=text, page=number, x0=x0, x1=x1, top=top, bottom=bottom, size=round(size, 1),
                            bold=bold, page_height=height, page_width=width)
            out.append(current)
    return _table_cells(out, split) if split is not None else out


def _column_split(rows: list[list[tuple[float, float, float, float, str, float, bool]]]) -> float | None:
    """The x where a two-column table's second column starts (a Word or LibreOffice form as a
    table, exported to PDF): the left edge that several rows have a second run at."""
    if not rows:
        return None
    left = min(r[0][2] for r in rows)
    starts: dict[int, list[float]] = {}
    for row in rows:
        for prev, run in zip(row, row[1:], strict=False):
            if run[2] - prev[3] >= 3 and run[2] > left + 60:
                starts.setdefault(round(run[2] / 4), []).append(run[2])
    if not starts:
        return None
    bucket = max(starts.values(), key=len)
    near = [x for k in (round(bucket[0] / 4) - 1, round(bucket[0] / 4) + 1) for x in starts.get(k, [])]
    if len(bucket) + len(near) < 3:
        return None
    return min(bucket + near)


def _table_cells(lines: list[_Line], split: float) -> list[_Line]:
    """Read a two-column table row by row: the left cell, then the right cell (not line by
    line across both). Rows are bands of lines apart by a blank gap; a row whose left cell
    is a bare header label (``Sessie``, ``Datum``) becomes ``Label: value``."""
    from perskamer.form.fields import header_label

    for ln in lines:
        ln.extra["col"] = 1 if ln.x0 >= split - 2 else 0
    bands: list[list[_Line]] = []
    for ln in sorted(lines, key=lambda ln: (ln.top, ln.x0)):
        if bands:
            last_bottom = max(x.bottom for x in bands[-1])
            if ln.top - last_bottom <= 0.6 * max(ln.size, 4.0):
                bands[-1].append(ln)
                continue
        bands.append([ln])
    out: list[_Line] = []
    for n, band in enumerate(bands):
        right = [ln for ln in band if ln.extra["col"] == 1]
        left = [ln for ln in band if ln.extra["col"] == 0]
        if not right or not left:
            out.extend(band)
            continue
        if len(left) == 1 and header_label(left[0].text):
            label = left[0]
            label.text = f"{label.text.rstrip(':')}: " + " ".join(ln.text for ln in right)
            out.append(label)
            continue
        for col, cell in ((0, left), (1, right)):
            for k, ln in enumerate(cell):
                if k == 0:  # the cell's first line: wrapped lines after it continue its paragraph
                    ln.extra["cell"] = (n, col)
                    ln.extra["new_para"] = True
                out.append(ln)
    return out


def _with_fields(lines: list[_Line], fields: list[FormField], sizes: list[tuple[float, float]]) -> list[_Line]:
    body = statistics.median([ln.size for ln in lines if ln.size]) if any(ln.size for ln in lines) else 10.0

    def make(*, text: str, page: int, x0: float, x1: float, top: float, bottom: float, bold: bool) -> _Line:
        width, height = sizes[page - 1]
        return _Line(text=text, page=page, x0=x0, x1=x1, top=top, bottom=bottom, size=body, bold=bold,
                     page_height=height, page_width=width)

    return place_fields(lines, fields, make)


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

    # a line that stops well short of the right edge ends its paragraph (forms without
    # paragraph spacing): the right edge per page and column is where most lines end
    edges: dict[tuple[int, int], float] = {}
    for key in {(ln.page, ln.extra.get("col", 0)) for ln in kept}:
        ends = sorted(ln.x1 for ln in kept if (ln.page, ln.extra.get("col", 0)) == key)
        edges[key] = ends[int(len(ends) * 0.8)] if len(ends) >= 4 else float("inf")
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
        short_prev = (prev is not None and prev.page == ln.page
                      and prev.x1 < edges[(prev.page, prev.extra.get("col", 0))] - 5 * max(prev.size, 4.0)
                      and prev.text.rstrip().endswith((".", "!", "?", ":", "”", '"', "»")))
        if ln.extra.get("new_para") or short_prev:
            new_para = True
        m = _BULLET_RE.match(ln.text)
        if m and kind == "text":
            kind, new_para = "list_item", True
        block = Block(ln.text, line=i, page=ln.page, kind=kind, new_para=new_para, bold=ln.bold,
                      ordered=bool(m and m.group(0).strip()[0].isdigit()), cell=ln.extra.get("cell"))
        block.extra["top"] = ln.top
        if ln.extra.get("answer"):
            block.extra["answer"] = True
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


def _field_images(data: bytes, fields: list[FormField]) -> list[_Image]:
    """Image buttons of a filled-in form (a photo put in an image field), rendered by PDFium
    with the form's appearances: at most 1600 px on the longest side."""
    if not fields:
        return []
    import pypdfium2 as pdfium

    out: list[_Image] = []
    try:
        doc = pdfium.PdfDocument(data)
        doc.init_forms()
    except Exception:
        return []
    try:
        for field in fields[:MAX_IMAGES]:
            try:
                page = doc[field.page - 1]
                width, height = page.get_size()
                w, h = field.x1 - field.x0, field.bottom - field.top
                scale = max(1.0, min(4.0, 1600 / max(w, h, 1)))
                crop = (field.x0, height - field.bottom, width - field.x1, field.top)
                image = page.render(scale=scale, crop=tuple(max(0.0, c) for c in crop)).to_pil()
                buf = io.BytesIO()
                image.convert("RGB").save(buf, "PNG")
                out.append(_Image(field.page, field.top, buf.getvalue(), "image/png"))
                page.close()
            except Exception:
                continue
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
