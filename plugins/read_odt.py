"""Reader for the report form filled in with LibreOffice Writer (``.odt``).

An OpenDocument text is a zip package; ``content.xml`` holds the body. The walk
follows the DOCX reader: headings (``text:h``, heading and title styles), bold
paragraphs, numbered and bulleted lists, tables (label rows ``Titel | …`` too),
pictures with their description, bold/italic spans as Markdown emphasis, the page
header from ``styles.xml`` and the title from ``meta.xml``. Comments
(``office:annotation``), footnotes, deleted text of tracked changes
(``text:tracked-changes``) and linked pictures are never read. Plain ``zipfile`` and
``xml.etree`` with a DTD refused: no extra dependency, nothing fetched.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from xml.etree import ElementTree as ET

from perskamer.form import AssembleOptions, Block, ImageData, assemble_report, slugify
from perskamer.form.blocks import table_label_row
from perskamer.form.emphasis import bold_lines, marked_text
from perskamer.form.package import OLE_MAGIC, PackageError, open_package, parse_xml, read_member
from perskamer.form.plugin import reader_hooks
from perskamer.form.text import clean_inline
from perskamer.model import Report, Source

PLUGIN_NAME = "read-odt"
SUFFIXES = [".odt"]
MAX_BLOCKS = 20000
ODT_MIMETYPES = (b"application/vnd.oasis.opendocument.text", b"application/vnd.oasis.opendocument.text-template")

OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
XLINK = "http://www.w3.org/1999/xlink"
SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
DC = "http://purl.org/dc/elements/1.1/"
META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"


def _t(tag: str) -> str:
    return f"{{{TEXT}}}{tag}"


#: Elements whose text is never the report's: comments, notes, deleted text, index marks.
_SKIP = {f"{{{OFFICE}}}annotation", f"{{{OFFICE}}}annotation-end", _t("note"), _t("tracked-changes"),
         _t("bookmark-ref"), _t("alphabetical-index-mark"), _t("toc-mark"), _t("reference-mark"),
         _t("sequence-decls"), _t("variable-decls"), _t("user-field-decls")}
_IMAGE_TYPES = {"png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
                "webp": "image/webp", "bmp": "image/bmp", "tif": "image/tiff", "tiff": "image/tiff"}


@dataclass
class _Style:
    parent: str | None = None
    display: str = ""
    bold: bool | None = None
    italic: bool | None = None
    outline: int | None = None
    list_style: str | None = None


def read_odt(source: Source) -> Report:
    """Parse ``source.data`` (an OpenDocument text) into a report. Never raises."""
    report = Report(source=source.rel, slug=slugify(source.stem), format="odt")
    try:
        blocks, options, linked = _read(source.data)
    except PackageError as exc:
        report.problem("error", exc.message, hint=exc.hint, plugin=PLUGIN_NAME)
        return report
    except RecursionError:
        report.problem("error", "the document is nested too deeply to read (thousands of levels)",
                       hint="open it in LibreOffice and save it again as .odt", plugin=PLUGIN_NAME)
        return report
    except Exception as exc:  # a bug, not bad input: still never a traceback
        report.problem("error", f"could not read the document ({type(exc).__name__}: {exc})", plugin=PLUGIN_NAME)
        return report
    try:
        assemble_report(blocks, report, options)
    except Exception as exc:
        report.problem("error", f"could not read the report ({type(exc).__name__}: {exc})", plugin=PLUGIN_NAME)
    if linked:
        report.problem("info", f"{linked} linked image(s) were not fetched", field="photo",
                       hint="insert the photo into the document instead of linking it", plugin=PLUGIN_NAME)
    return report


def _read(data: bytes) -> tuple[list[Block], AssembleOptions, int]:
    resave = "open it in LibreOffice and save it again as .odt"
    if data.startswith(OLE_MAGIC):
        raise PackageError("the document is an old binary (OLE) file, not .odt", resave)
    zf = open_package(data, what="an OpenDocument text (.odt)", resave=resave)
    mimetype = (read_member(zf, "mimetype") or b"").strip()
    if mimetype and mimetype not in ODT_MIMETYPES:
        raise PackageError(f"the file is an OpenDocument package but not a text document ({mimetype.decode(errors='replace')[:80]})",
                           "save the report with LibreOffice Writer as .odt")
    manifest = read_member(zf, "META-INF/manifest.xml") or b""
    if b"encryption-data" in manifest:
        raise PackageError("the document is password-protected", "save it again without a password")
    content = read_member(zf, "content.xml")
    if content is None:
        raise PackageError("the document has no content.xml (is it damaged?)", resave)
    root = parse_xml(content)
    styles_root = parse_xml(styles) if (styles := read_member(zf, "styles.xml")) else None
    walker = _Walker(zf, root, styles_root)
    if styles_root is not None:
        walker.page_headers(styles_root)
    body = root.find(f"{{{OFFICE}}}body/{{{OFFICE}}}text")
    if body is not None:
        walker.container(body)
    options = AssembleOptions()
    meta = read_member(zf, "meta.xml")
    if meta:
        try:
            meta_root = parse_xml(meta)
        except PackageError:
            meta_root = None
        if meta_root is not None:
            title = meta_root.findtext(f".//{{{DC}}}title")
            subject = meta_root.findtext(f".//{{{DC}}}subject")
            options.doc_title = clean_inline(title) if title else None
            if subject and subject.strip():
                options.extra_meta["session"] = clean_inline(subject)
    return walker.blocks, options, walker.linked


class _Walker:
    """Document-order walk over ``content.xml``, producing blocks."""

    def __init__(self, zf: Any, root: ET.Element, styles_root: ET.Element | None):
        self.zf = zf
        self.blocks: list[Block] = []
        self.counter = 0
        self.linked = 0
        self.styles: dict[str, _Style] = {}
        self.numbered_lists: set[str] = set()
        for r in (styles_root, root):
            if r is not None:
                self._read_styles(r)

    # -- styles --------------------------------------------------------------------------
    def _read_styles(self, root: ET.Element) -> None:
        for st in root.iter(f"{{{STYLE}}}style"):
            name = st.get(f"{{{STYLE}}}name")
            if not name:
                continue
            props = st.find(f"{{{STYLE}}}text-properties")
            bold = italic = None
            if props is not None:
                weight = props.get(f"{{{FO}}}font-weight")
                if weight is not None:
                    bold = weight == "bold" or (weight.isdigit() and int(weight) >= 600)
                style = props.get(f"{{{FO}}}font-style")
                if style is not None:
                    italic = style in ("italic", "oblique")
            level = st.get(f"{{{STYLE}}}default-outline-level")
            self.styles[name] = _Style(
                parent=st.get(f"{{{STYLE}}}parent-style-name"),
                display=(st.get(f"{{{STYLE}}}display-name") or name.replace("_20_", " ")),
                bold=bold, italic=italic, outline=int(level) if level and level.isdigit() else None,
                list_style=st.get(f"{{{STYLE}}}list-style-name"),
            )
        for ls in root.iter(_t("list-style")):
            first = next(iter(ls), None)
            if first is not None and first.tag == _t("list-level-style-number") and first.get(f"{{{STYLE}}}num-format"):
                self.numbered_lists.add(ls.get(f"{{{STYLE}}}name", ""))

    def _resolved(self, name: str | None) -> dict[str, Any]:
        out: dict[str, Any] = {"bold": False, "italic": False, "kind": "text", "level": 0, "list": None}
        seen: set[str] = set()
        chain = []
        while name and name in self.styles and name not in seen and len(chain) < 20:
            seen.add(name)
            chain.append(self.styles[name])
            name = self.styles[name].parent
        for key in ("bold", "italic"):
            out[key] = next((getattr(s, key) for s in chain if getattr(s, key) is not None), False)
        out["list"] = next((s.list_style for s in chain if s.list_style), None)
        for s in chain:
            display = s.display.strip().lower()
            if display in ("title", "titel"):
                out["kind"] = "title"
                break
            if display in ("subtitle", "ondertitel"):
                out["kind"], out["level"] = "heading", 1
                break
            if display.startswith(("heading", "kop")) or s.outline:
                out["kind"], out["level"] = "heading", s.outline or 2
                break
        return out

    # -- walking -----------------------------------------------------------------------------
    def page_headers(self, styles_root: ET.Element) -> None:
        for header in styles_root.iter(f"{{{STYLE}}}header"):
            for p in header.iter():
                if p.tag in (_t("p"), _t("h")):
                    text = self._text(p, {"bold": False, "italic": False})[0]
                    if text.strip():
                        self.blocks.append(Block(clean_inline(text), kind="page_header"))

    def container(self, element: ET.Element, cell: tuple[int, int] | None = None, list_info: tuple[bool, int] | None = None) -> None:
        for child in element:
            if len(self.blocks) > MAX_BLOCKS:
                return
            tag = child.tag
            if tag in _SKIP:
                continue
            if tag in (_t("p"), _t("h")):
                self._paragraph(child, cell, list_info)
            elif tag == _t("list"):
                name = child.get(_t("style-name"), "")
                ordered = list_info[0] if list_info and not name else name in self.numbered_lists
                for item in child:
                    if item.tag in (_t("list-item"), _t("list-header")):
                        self.container(item, cell, (ordered, (list_info[1] + 1) if list_info else 0))
            elif tag == f"{{{TABLE}}}table":
                self._table(child)
            elif tag in (_t("section"), f"{{{TABLE}}}table-header-rows", f"{{{TABLE}}}table-rows", _t("index-body")) \
                    or tag.endswith("}index-body"):
                self.container(child, cell, list_info)
            elif tag == f"{{{DRAW}}}frame":
                self._frame(child, self.counter)

    def _table(self, table: ET.Element) -> None:
        rows = [r for r in table.iter(f"{{{TABLE}}}table-row")]
        for r, row in enumerate(rows):
            cells = [c for c in row if c.tag == f"{{{TABLE}}}table-cell"]
            texts = [clean_inline(" ".join(self._text(p, {"bold": False, "italic": False})[0]
                                           for p in c.iter() if p.tag in (_t("p"), _t("h")))) for c in cells]
            nonempty = [t for t in texts if t]
            label_line = table_label_row(nonempty)
            if label_line:
                self.counter += 1
                self.blocks.append(Block(label_line, line=self.counter))
                continue
            for c, cell in enumerate(cells):
                if not texts[c] and cell.find(f".//{{{DRAW}}}image") is None:
                    continue
                self.container(cell, cell=(r, c if len(nonempty) > 1 else 1))

    def _paragraph(self, p: ET.Element, cell: tuple[int, int] | None, list_info: tuple[bool, int] | None) -> None:
        style = self._resolved(p.get(_t("style-name")))
        self.counter += 1
        line = self.counter
        kind, level = style["kind"], style["level"]
        if p.tag == _t("h"):
            kind = "heading" if kind != "title" else kind
            lvl = p.get(_t("outline-level"))
            level = int(lvl) if lvl and lvl.isdigit() else (level or 2)
        ordered = False
        if list_info is not None and kind == "text":
            kind, ordered = "list_item", list_info[0]
        text, md, bold_flags = self._text(p, style)
        frames: list[ET.Element] = []
        self._collect_frames(p, frames)
        marked_lines = md.split("\n") if md is not None else None
        first = True
        for n, (raw, bold) in enumerate(zip(text.split("\n"), bold_flags, strict=True)):
            t = clean_inline(raw)
            if not t:
                continue
            block = Block(t, line=line, kind=kind, level=level, new_para=first, bold=bold,
                          ordered=ordered, cell=cell)
            if marked_lines is not None and n < len(marked_lines):
                block.extra["md"] = marked_lines[n]
            self.blocks.append(block)
            first = False
        for frame in frames:
            self._frame(frame, line)

    def _collect_frames(self, el: ET.Element, out: list[ET.Element]) -> None:
        for child in el:
            if child.tag in _SKIP:
                continue
            if child.tag == f"{{{DRAW}}}frame":
                out.append(child)
            else:
                self._collect_frames(child, out)

    def _frame(self, frame: ET.Element, line: int) -> None:
        image = frame.find(f"{{{DRAW}}}image")
        if image is None:
            return
        href = image.get(f"{{{XLINK}}}href") or ""
        alt = clean_inline(frame.findtext(f"{{{SVG}}}desc") or frame.findtext(f"{{{SVG}}}title") or "")
        if "://" in href or href.startswith(("/", "..")):
            self.linked += 1
            return
        data = read_member(self.zf, href) if href else None
        if data is None:
            return
        ext = href.rsplit(".", 1)[-1].lower() if "." in href else ""
        self.blocks.append(Block("", line=line, kind="image",
                                 image=ImageData(data, _IMAGE_TYPES.get(ext), href.rsplit("/", 1)[-1], alt)))

    def _text(self, p: ET.Element, style: dict[str, Any]) -> tuple[str, str | None, list[bool]]:
        """The text of a paragraph, the same with emphasis marks (``None`` if none), and
        per line whether it is all bold (:func:`~perskamer.form.emphasis.bold_lines`)."""
        parts: list[tuple[str, bool, bool]] = []

        def add(text: str | None, bold: bool, italic: bool) -> None:
            if text:
                parts.append((text, bold, italic))

        def visit(el: ET.Element, bold: bool, italic: bool) -> None:
            for child in el:
                tag = child.tag
                if tag in _SKIP or tag == f"{{{DRAW}}}frame":
                    add(child.tail, bold, italic)
                    continue
                if tag == _t("span"):
                    st = self._resolved(child.get(_t("style-name")))
                    own = self.styles.get(child.get(_t("style-name"), ""))
                    b = st["bold"] if own is not None and own.bold is not None else bold
                    i = st["italic"] if own is not None and own.italic is not None else italic
                    add(child.text, b, i)
                    visit(child, b, i)
                elif tag == _t("line-break"):
                    add("\n", False, False)
                elif tag == _t("tab"):
                    add(" ", False, False)
                elif tag == _t("s"):
                    count = child.get(_t("c"))
                    add(" " * min(int(count) if count and count.isdigit() else 1, 40), False, False)
                elif tag == _t("soft-page-break") or tag.endswith(("}change-start", "}change-end", "}change")):
                    pass
                else:
                    add(child.text, bold, italic)
                    visit(child, bold, italic)
                add(child.tail, bold, italic)

        add(p.text, style["bold"], style["italic"])
        visit(p, style["bold"], style["italic"])
        return "".join(t for t, _b, _i in parts), marked_text(parts), bold_lines(parts)


perskamer_source_suffixes, perskamer_read_source = reader_hooks(SUFFIXES, read_odt)
