"""Build report forms in every format a reporter may send, for tests and the unseen set.

One small document model for all of them: a list of parts, each a tuple

- ``("title", text)``: a title-style paragraph
- ``("h", text)``: a heading (Heading 2 / ``text:h``)
- ``("b", text)``: a bold paragraph
- ``("p", text)``: a paragraph; ``text`` may hold ``**bold**`` and ``_italic_`` spans
- ``("li", text)`` / ``("ol", text)``: a bulleted / numbered list item
- ``("table", [[cell, ...], ...])``: a table
- ``("img", png_bytes, alt)``: an embedded picture
- ``("br",)``: a page break

:func:`make_docx` (python-docx), :func:`make_odt` (plain zip and XML, as LibreOffice
writes it) and :func:`make_pdf_form` (a fillable PDF form built with pypdf: page
text plus AcroForm fields, with or without appearance streams) turn them into bytes.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from xml.sax.saxutils import escape

Part = tuple

_SPAN_RE = re.compile(r"(\*\*.+?\*\*|_.+?_)")


def spans(text: str) -> list[tuple[str, str]]:
    """``"a **b** _c_"`` -> ``[("a ", ""), ("b", "b"), (" ", ""), ("c", "i")]``."""
    out: list[tuple[str, str]] = []
    for piece in _SPAN_RE.split(text):
        if not piece:
            continue
        if piece.startswith("**") and piece.endswith("**") and len(piece) > 4:
            out.append((piece[2:-2], "b"))
        elif piece.startswith("_") and piece.endswith("_") and len(piece) > 2:
            out.append((piece[1:-1], "i"))
        else:
            out.append((piece, ""))
    return out


def plain(text: str) -> str:
    return "".join(t for t, _ in spans(text))


# -- DOCX ------------------------------------------------------------------------------

def make_docx(parts: list[Part], *, core_title: str | None = None) -> bytes:
    import docx
    from docx.enum.text import WD_BREAK
    from docx.shared import Cm

    d = docx.Document()
    if core_title:
        d.core_properties.title = core_title
    for part in parts:
        kind = part[0]
        if kind == "title":
            d.add_paragraph(part[1], style="Title")
        elif kind == "h":
            d.add_heading(part[1], level=2)
        elif kind == "b":
            d.add_paragraph().add_run(part[1]).bold = True
        elif kind in ("p", "li", "ol"):
            style = {"p": None, "li": "List Bullet", "ol": "List Number"}[kind]
            p = d.add_paragraph(style=style)
            for text, fmt in spans(part[1]):
                lines = text.split("\n")
                for n, line in enumerate(lines):
                    run = p.add_run(line)
                    run.bold = fmt == "b" or None
                    run.italic = fmt == "i" or None
                    if n < len(lines) - 1:
                        run.add_break()
        elif kind == "table":
            rows = part[1]
            table = d.add_table(rows=0, cols=max(len(r) for r in rows))
            for r in rows:
                cells = table.add_row().cells
                for c, value in enumerate(r):
                    cells[c].text = value
        elif kind == "img":
            buf = io.BytesIO(part[1])
            d.add_picture(buf, width=Cm(6))
            d.inline_shapes[-1]._inline.docPr.set("descr", part[2])
        elif kind == "br":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


# -- ODT ---------------------------------------------------------------------------------

_ODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'office:version="1.3"'
)
_ODT_AUTO_STYLES = (
    '<office:automatic-styles>'
    '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
    '<style:style style:name="T2" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>'
    '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard">'
    '<style:text-properties fo:font-weight="bold"/></style:style>'
    '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Standard">'
    '<style:paragraph-properties fo:break-before="page"/></style:style>'
    '</office:automatic-styles>'
)


def _odt_runs(text: str) -> str:
    out = []
    for piece, fmt in spans(text):
        body = "<text:line-break/>".join(escape(x) for x in piece.split("\n"))
        if fmt:
            out.append(f'<text:span text:style-name="{"T1" if fmt == "b" else "T2"}">{body}</text:span>')
        else:
            out.append(body)
    return "".join(out)


def make_odt(parts: list[Part], *, meta_title: str | None = None) -> bytes:
    body: list[str] = []
    pictures: dict[str, bytes] = {}
    i = 0
    while i < len(parts):
        part = parts[i]
        kind = part[0]
        if kind == "title":
            body.append(f'<text:p text:style-name="Title">{_odt_runs(part[1])}</text:p>')
        elif kind == "h":
            body.append(f'<text:h text:style-name="Heading_20_2" text:outline-level="2">{_odt_runs(part[1])}</text:h>')
        elif kind == "b":
            body.append(f'<text:p text:style-name="P1">{escape(part[1])}</text:p>')
        elif kind == "p":
            body.append(f'<text:p text:style-name="Standard">{_odt_runs(part[1])}</text:p>')
        elif kind in ("li", "ol"):
            items = []
            while i < len(parts) and parts[i][0] == kind:
                items.append(f'<text:list-item><text:p>{_odt_runs(parts[i][1])}</text:p></text:list-item>')
                i += 1
            style = "Numbering_20_123" if kind == "ol" else "List_20_1"
            body.append(f'<text:list text:style-name="{style}">{"".join(items)}</text:list>')
            continue
        elif kind == "table":
            rows = "".join(
                "<table:table-row>" + "".join(
                    f'<table:table-cell office:value-type="string"><text:p>{escape(c)}</text:p></table:table-cell>' for c in r
                ) + "</table:table-row>"
                for r in part[1]
            )
            columns = f'<table:table-column table:number-columns-repeated="{max(len(r) for r in part[1])}"/>'
            body.append(f'<table:table table:name="Tabel{i}">{columns}{rows}</table:table>')
        elif kind == "img":
            name = f"Pictures/img{len(pictures) + 1}.png"
            pictures[name] = part[1]
            body.append(
                f'<text:p><draw:frame draw:name="Afbeelding{len(pictures)}" svg:width="6cm" svg:height="4cm">'
                f'<draw:image xlink:href="{name}" xlink:type="simple"/><svg:desc>{escape(part[2])}</svg:desc>'
                '</draw:frame></text:p>'
            )
        elif kind == "br":
            body.append('<text:p text:style-name="P2"/>')
        i += 1
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODT_NS}>{_ODT_AUTO_STYLES}'
        f'<office:body><office:text>{"".join(body)}</office:text></office:body></office:document-content>'
    )
    styles = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {_ODT_NS}><office:styles>'
        '<style:style style:name="Standard" style:family="paragraph"/>'
        '<style:style style:name="Title" style:display-name="Title" style:family="paragraph"/>'
        '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" '
        'style:default-outline-level="2"><style:text-properties fo:font-weight="bold"/></style:style>'
        '<text:list-style style:name="Numbering_20_123"><text:list-level-style-number text:level="1" '
        'style:num-format="1"/></text:list-style>'
        '<text:list-style style:name="List_20_1"><text:list-level-style-bullet text:level="1" '
        'text:bullet-char="•"/></text:list-style>'
        '</office:styles></office:document-styles>'
    )
    meta = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {_ODT_NS}><office:meta>'
        + (f"<dc:title>{escape(meta_title)}</dc:title>" if meta_title else "")
        + "</office:meta></office:document-meta>"
    )
    entries = "".join(
        f'<manifest:file-entry manifest:full-path="{name}" manifest:media-type="{media}"/>'
        for name, media in [("content.xml", "text/xml"), ("styles.xml", "text/xml"), ("meta.xml", "text/xml"),
                            *((name, "image/png") for name in pictures)]
    )
    manifest = (  # every member listed: LibreOffice refuses a package whose manifest misses one
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
        'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        f"{entries}</manifest:manifest>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        for name, data in (("content.xml", content), ("styles.xml", styles), ("meta.xml", meta),
                           ("META-INF/manifest.xml", manifest)):
            zf.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
        for name, data in pictures.items():
            zf.writestr(name, data)
    return out.getvalue()


# -- fillable PDF form (AcroForm) ----------------------------------------------------------

@dataclass
class Text:
    """A line of page text at ``(x, y)`` (points from the bottom left) on ``page`` (0-based)."""

    page: int
    x: float
    y: float
    text: str
    size: float = 11
    bold: bool = False


@dataclass
class Field:
    """A form field on ``page`` with its rectangle ``(x0, y0, x1, y1)``."""

    name: str
    page: int
    rect: tuple[float, float, float, float]
    value: str | bool | None = None
    tooltip: str | None = None
    kind: str = "text"  # "text", "check", "date" or "image" (value: PNG/JPEG bytes)
    multiline: bool = True


def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _image_xobject(writer, image_bytes):
    """An image XObject (raw RGB, Flate) from PNG/JPEG bytes."""
    import zlib

    from PIL import Image
    from pypdf.generic import NameObject, NumberObject, StreamObject

    img = Image.open(io.BytesIO(image_bytes)).convert("RGB")
    stream = StreamObject()
    stream._data = zlib.compress(img.tobytes())
    stream.update({
        NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Image"),
        NameObject("/Width"): NumberObject(img.width), NameObject("/Height"): NumberObject(img.height),
        NameObject("/ColorSpace"): NameObject("/DeviceRGB"), NameObject("/BitsPerComponent"): NumberObject(8),
        NameObject("/Filter"): NameObject("/FlateDecode"),
    })
    return writer._add_object(stream)


def _field_text(value: str):
    """A field value as a PDF text string, as a form filler writes it.

    pypdf writes a text string in PDFDocEncoding when it can; a value that then starts with
    the bytes of a byte-order mark ("\u00fe\u00ff..." is FE FF) reads back as UTF-16, so such a
    value is written as UTF-16 with its BOM, as PDF readers and form fillers do.
    """
    import codecs

    from pypdf.generic import TextStringObject

    text = TextStringObject(value)
    if value[:2] in ("\u00fe\u00ff", "\u00ff\u00fe") or value[:3] == "\u00ef\u00bb\u00bf":
        text.autodetect_utf16 = True
        text.utf16_bom = codecs.BOM_UTF16_BE
    return text


def make_pdf_form(texts: list[Text], fields: list[Field], *, pages: int | None = None, appearances: bool = True,
                  need_appearances: bool = False, title: str | None = None) -> bytes:
    """A PDF form: ``texts`` drawn on the pages, ``fields`` as AcroForm widgets with values.

    ``appearances=False`` is what a viewer that only sets values leaves behind: ``/V``
    without appearance streams (``need_appearances`` then asks the viewer to draw them).
    """
    from pypdf import PdfWriter
    from pypdf.generic import (
        ArrayObject,
        BooleanObject,
        DecodedStreamObject,
        DictionaryObject,
        FloatObject,
        NameObject,
        NumberObject,
        TextStringObject,
    )

    n_pages = pages or (max([t.page for t in texts] + [f.page for f in fields] + [0]) + 1)
    writer = PdfWriter()
    font = DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica"), NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
    })
    bold = DictionaryObject(font)
    bold[NameObject("/BaseFont")] = NameObject("/Helvetica-Bold")
    font_ref, bold_ref = writer._add_object(font), writer._add_object(bold)
    fonts = DictionaryObject({NameObject("/F1"): font_ref, NameObject("/F2"): bold_ref, NameObject("/Helv"): font_ref})
    page_objs = []
    for p in range(n_pages):
        page = writer.add_blank_page(595, 842)
        ops = []
        for t in (t for t in texts if t.page == p):
            ops.append(b"BT /" + (b"F2" if t.bold else b"F1") + f" {t.size} Tf {t.x} {t.y} Td ".encode()
                       + _pdf_string(t.text) + b" Tj ET")
        stream = DecodedStreamObject()
        stream.set_data(b"\n".join(ops))
        page[NameObject("/Contents")] = writer._add_object(stream)
        page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): fonts})
        page_objs.append(page)
    field_refs = ArrayObject()
    for f in fields:
        page = page_objs[f.page]
        annot = DictionaryObject({
            NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Widget"),
            NameObject("/T"): TextStringObject(f.name), NameObject("/F"): NumberObject(4),
            NameObject("/Rect"): ArrayObject(FloatObject(v) for v in f.rect),
            NameObject("/P"): page.indirect_reference,
            NameObject("/DA"): TextStringObject("/Helv 10 Tf 0 g"),
        })
        if f.tooltip:
            annot[NameObject("/TU")] = TextStringObject(f.tooltip)
        width, height = f.rect[2] - f.rect[0], f.rect[3] - f.rect[1]
        ap_ops = b""
        if f.kind == "image":  # an image button: the photo is its appearance (Acrobat's "image field")
            annot[NameObject("/FT")] = NameObject("/Btn")
            annot[NameObject("/Ff")] = NumberObject(1 << 16)
            ap_ops = b"q " + f"{width} 0 0 {height} 0 0 cm".encode() + b" /Im1 Do Q"
        elif f.kind == "check":
            on = bool(f.value)
            annot[NameObject("/FT")] = NameObject("/Btn")
            annot[NameObject("/V")] = NameObject("/Yes" if on else "/Off")
            annot[NameObject("/AS")] = NameObject("/Yes" if on else "/Off")
            ap_ops = b"q 0 g BT /Helv 10 Tf 1 2 Td (X) Tj ET Q" if on else b""
        else:
            annot[NameObject("/FT")] = NameObject("/Tx")
            if f.multiline:
                annot[NameObject("/Ff")] = NumberObject(4096)
            if f.value is not None:
                annot[NameObject("/V")] = _field_text(str(f.value))
                lines = str(f.value).split("\n")
                ap_ops = b"/Tx BMC q BT /Helv 10 Tf 2 " + f"{height - 12}".encode() + b" Td 12 TL " + b" ".join(
                    _pdf_string(line) + b" '" for line in lines) + b" ET Q EMC"
            if f.kind == "date":
                js = DictionaryObject({NameObject("/S"): NameObject("/JavaScript"),
                                       NameObject("/JS"): TextStringObject('AFDate_FormatEx("dd/mm/yyyy");')})
                annot[NameObject("/AA")] = DictionaryObject({NameObject("/F"): writer._add_object(js)})
        if (appearances or f.kind == "image") and ap_ops:
            ap = DecodedStreamObject()
            ap.set_data(ap_ops)
            resources = DictionaryObject({NameObject("/Font"): fonts})
            if f.kind == "image":
                resources[NameObject("/XObject")] = DictionaryObject({NameObject("/Im1"): _image_xobject(writer, f.value)})
            ap.update({
                NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
                NameObject("/BBox"): ArrayObject([FloatObject(0), FloatObject(0), FloatObject(width), FloatObject(height)]),
                NameObject("/Resources"): resources,
            })
            ap_ref = writer._add_object(ap)
            if f.kind == "check":
                annot[NameObject("/AP")] = DictionaryObject({NameObject("/N"): DictionaryObject({NameObject("/Yes"): ap_ref})})
            else:
                annot[NameObject("/AP")] = DictionaryObject({NameObject("/N"): ap_ref})
        ref = writer._add_object(annot)
        if "/Annots" not in page:
            page[NameObject("/Annots")] = ArrayObject()
        page["/Annots"].append(ref)
        field_refs.append(ref)
    acro = DictionaryObject({
        NameObject("/Fields"): field_refs,
        NameObject("/DR"): DictionaryObject({NameObject("/Font"): fonts}),
        NameObject("/DA"): TextStringObject("/Helv 10 Tf 0 g"),
    })
    if need_appearances:
        acro[NameObject("/NeedAppearances")] = BooleanObject(True)
    writer._root_object[NameObject("/AcroForm")] = writer._add_object(acro)
    if title:
        writer.add_metadata({"/Title": title})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def flow(lines: list[tuple[str, float, bool]], *, top: float = 790, left: float = 56, bottom: float = 60,
         leading: float = 1.45) -> tuple[list[Text], dict[str, tuple[int, float]]]:
    """Lay out ``(text, size, bold)`` lines top to bottom over pages; return the texts and,
    for every line that starts with ``@key``, the (page, y) where it would stand (no text drawn)."""
    texts: list[Text] = []
    marks: dict[str, tuple[int, float]] = {}
    page, y = 0, top
    for text, size, is_bold in lines:
        if text.startswith("@"):
            key, _, height = text[1:].partition(":")
            need = float(height or 0)
            if y - need < bottom:
                page, y = page + 1, top
            marks[key] = (page, y)
            y -= need + size * leading
            continue
        if y < bottom:
            page, y = page + 1, top
        texts.append(Text(page, left, y, text, size, is_bold))
        y -= size * leading
    return texts, marks
