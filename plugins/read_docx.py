"""Reader for the report form filled in with Word (``.docx``).

Walks the document body in order (paragraphs, tables, content controls), with the
accepted text of tracked changes, never comments or deletions; headings, bold
paragraphs, lists and table cells become hints for the shared form logic
(:mod:`perskamer.form`). Embedded images are read from the package; linked
(external) images are never fetched. python-docx is imported only when a .docx is
read, so ``perskamer --help`` stays fast.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

from perskamer.form import AssembleOptions, Block, ImageData, assemble_report, package, slugify
from perskamer.form.blocks import table_label_row
from perskamer.form.emphasis import bold_lines, marked_text
from perskamer.form.package import PackageError, open_package
from perskamer.form.plugin import reader_hooks
from perskamer.form.text import clean_inline
from perskamer.model import Report, Source

PLUGIN_NAME = "read-docx"
SUFFIXES = [".docx"]

#: Packages that unpack to more than this (zip bombs) are refused before python-docx sees them.
MAX_UNCOMPRESSED_BYTES = package.MAX_UNCOMPRESSED_BYTES
MAX_ZIP_ENTRIES = package.MAX_ZIP_ENTRIES
MAX_BLOCKS = 20000

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MACRO_TYPE = "application/vnd.ms-word.document.macroEnabled.main+xml"
_DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
V = "urn:schemas-microsoft-com:vml"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


_SKIP = {_w(t) for t in (
    "del", "moveFrom", "delText", "delInstrText", "instrText", "rPr", "pPr", "sdtPr", "commentReference",
    "footnoteReference", "endnoteReference", "annotationRef", "fldData", "tblPr", "trPr", "tcPr", "sectPr",
    "bookmarkStart", "bookmarkEnd", "commentRangeStart", "commentRangeEnd", "proofErr", "lastRenderedPageBreak",
)}
_HEADING_RE = re.compile(r"^(?:heading|kop|überschrift|titre)\s*(\d)$", re.IGNORECASE)
_TITLE_STYLES = {"title", "titel"}
_SUBTITLE_STYLES = {"subtitle", "ondertitel"}
_LIST_STYLES = re.compile(r"^(?:list|lijst)", re.IGNORECASE)


def check_package(data: bytes) -> tuple[bytes | None, str | None, str | None]:
    """Check a .docx package before opening it: (data to open, error, hint).

    Refuses zip bombs by the declared uncompressed sizes (``zipfile`` never unpacks
    more than it declares), encrypted and old binary Word files. A macro-enabled
    document renamed to .docx is opened without its macros.
    """
    if data.startswith(_OLE_MAGIC):
        return None, "the document is password-protected or an old Word (.doc) file", \
            "remove the password, or open it in Word and save it as .docx"
    try:
        zf = open_package(data, what="a Word document (.docx)", resave="open it in Word and save it again as .docx",
                           max_bytes=MAX_UNCOMPRESSED_BYTES)
    except PackageError as exc:
        return None, exc.message, exc.hint
    infos = zf.infolist()
    names = {i.filename for i in infos}
    if "word/document.xml" not in names and "[Content_Types].xml" not in names:
        return None, "the file is a zip archive but not a Word document", "save the report as .docx"
    try:
        types = zf.read("[Content_Types].xml")
    except (KeyError, zipfile.BadZipFile, OSError, ValueError, EOFError):
        return None, "the Word document is damaged ([Content_Types].xml missing)", "open it in Word and save it again"
    if _MACRO_TYPE.encode() in types:
        # Open the document without its macros: same package, main part typed as a plain .docx.
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
            for i in infos:
                if "vbaProject" in i.filename or "vbaData" in i.filename:
                    continue
                content = zf.read(i.filename)
                if i.filename == "[Content_Types].xml":
                    content = content.replace(_MACRO_TYPE.encode(), _DOCX_TYPE.encode())
                new.writestr(i, content)
        return out.getvalue(), None, None
    return data, None, None


def read_docx(source: Source) -> Report:
    """Parse ``source.data`` (a .docx package) into a report. Never raises."""
    report = Report(source=source.rel, slug=slugify(source.stem), format="docx")
    data, error, hint = check_package(source.data)
    if data is None:
        report.problem("error", error or "cannot read the document", hint=hint, plugin=PLUGIN_NAME)
        return report
    try:
        import docx  # python-docx; imported here so start-up stays fast
    except ImportError:  # pragma: no cover - a dependency
        report.problem("error", "python-docx is not installed", hint="pip install python-docx", plugin=PLUGIN_NAME)
        return report
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:
        report.problem("error", f"the Word document cannot be opened ({type(exc).__name__}: {exc})",
                       hint="open it in Word and save it again as .docx", plugin=PLUGIN_NAME)
        return report
    try:
        walker = _Walker(document, report)
        blocks = walker.walk()
        title, subject = _core_properties(data)
        extra = {"session": subject} if subject else {}
        options = AssembleOptions(doc_title=title, extra_meta=extra)
        assemble_report(blocks, report, options)
        if walker.linked_images:
            report.problem("info", f"{walker.linked_images} linked image(s) were not fetched", field="photo",
                           hint="insert the photo into the document instead of linking it", plugin=PLUGIN_NAME)
    except Exception as exc:  # a bug, not bad input: still never a traceback
        report.problem("error", f"could not read the Word document ({type(exc).__name__}: {exc})", plugin=PLUGIN_NAME)
    return report


def _core_properties(data: bytes) -> tuple[str | None, str | None]:
    """Title and subject from ``docProps/core.xml`` as written. (python-docx makes up a
    title, "Word Document", when it does not find the part, as with LibreOffice's .docx.)"""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        raw = package.read_member(zf, "docProps/core.xml")
        root = package.parse_xml(raw) if raw else None
    except (zipfile.BadZipFile, PackageError, OSError, ValueError):
        return None, None
    if root is None:
        return None, None
    dc = "{http://purl.org/dc/elements/1.1/}"
    title, subject = (clean_inline(root.findtext(f"{dc}{key}") or "") or None for key in ("title", "subject"))
    return title, subject


def _num_ref(numpr: Any) -> tuple[str, str] | None:
    """(numId, ilvl) of a w:numPr element."""
    if numpr is None:
        return None
    num_id = numpr.find(_w("numId"))
    ilvl = numpr.find(_w("ilvl"))
    if num_id is None:
        return None
    return num_id.get(_w("val"), "0"), (ilvl.get(_w("val"), "0") if ilvl is not None else "0")


class _Walker:
    """Document-order walk over a python-docx document, producing blocks."""

    def __init__(self, document: Any, report: Report):
        self.document = document
        self.report = report
        self.blocks: list[Block] = []
        self.counter = 0
        self.linked_images = 0
        self._styles = self._read_styles()
        self._numbering = self._read_numbering()

    # -- look-ups, computed once --------------------------------------------------
    def _read_styles(self) -> dict[str, dict[str, Any]]:
        styles: dict[str, dict[str, Any]] = {}
        try:
            root = self.document.styles.element
        except Exception:
            return styles
        for s in root.findall(_w("style")):
            sid = s.get(_w("styleId"))
            if not sid:
                continue
            name_el = s.find(_w("name"))
            based = s.find(_w("basedOn"))
            outline = s.find(f"{_w('pPr')}/{_w('outlineLvl')}")
            bold = s.find(f"{_w('rPr')}/{_w('b')}")
            numpr = s.find(f"{_w('pPr')}/{_w('numPr')}")
            styles[sid] = {
                "name": (name_el.get(_w("val")) if name_el is not None else sid) or sid,
                "based": based.get(_w("val")) if based is not None else None,
                "outline": int(outline.get(_w("val"), "9")) if outline is not None and outline.get(_w("val"), "").isdigit() else None,
                "bold": None if bold is None else bold.get(_w("val"), "1") not in ("0", "false", "off"),
                "list": numpr is not None,
                "num": _num_ref(numpr),
            }
        return styles

    def _style(self, sid: str | None) -> dict[str, Any]:
        """Resolved style properties (name, heading kind/level, bold, list), cached."""
        key = f"resolved:{sid}"
        if key in self._styles:
            return self._styles[key]
        result: dict[str, Any] = {"name": "", "kind": "text", "level": 0, "bold": False, "list": False, "num": None}
        chain: list[dict[str, Any]] = []
        cur, seen = sid, set()
        while cur and cur in self._styles and cur not in seen and len(chain) < 20:
            seen.add(cur)
            chain.append(self._styles[cur])
            cur = self._styles[cur]["based"]
        if chain:
            result["name"] = chain[0]["name"]
            for st in chain:
                if st["bold"] is not None:
                    result["bold"] = st["bold"]
                    break
            result["list"] = any(st["list"] for st in chain) or bool(_LIST_STYLES.match(chain[0]["name"]))
            result["num"] = next((st["num"] for st in chain if st.get("num")), None)
            for st in chain:
                name = st["name"].strip().lower()
                m = _HEADING_RE.match(name)
                if name in _TITLE_STYLES:
                    result["kind"], result["level"] = "title", 0
                    break
                if name in _SUBTITLE_STYLES:
                    result["kind"], result["level"] = "heading", 1
                    break
                if m:
                    result["kind"], result["level"] = "heading", int(m.group(1))
                    break
                if st["outline"] is not None and st["outline"] < 9:
                    result["kind"], result["level"] = "heading", st["outline"] + 1
                    break
        self._styles[key] = result
        return result

    def _read_numbering(self) -> dict[str, dict[str, str]]:
        """numId -> {ilvl: numFmt}."""
        out: dict[str, dict[str, str]] = {}
        try:
            root = self.document.part.numbering_part.element
        except Exception:
            return out
        abstract: dict[str, dict[str, str]] = {}
        for an in root.findall(_w("abstractNum")):
            levels = {}
            for lvl in an.findall(_w("lvl")):
                fmt = lvl.find(_w("numFmt"))
                levels[lvl.get(_w("ilvl"), "0")] = fmt.get(_w("val"), "bullet") if fmt is not None else "bullet"
            abstract[an.get(_w("abstractNumId"), "")] = levels
        for num in root.findall(_w("num")):
            ref = num.find(_w("abstractNumId"))
            if ref is not None:
                out[num.get(_w("numId"), "")] = abstract.get(ref.get(_w("val"), ""), {})
        return out

    # -- walking --------------------------------------------------------------------
    def walk(self) -> list[Block]:
        for section in self._sections():
            try:
                header = section.header
                if not header.is_linked_to_previous:
                    self._container(header._element, header.part, kind="page_header")
            except Exception:
                continue
        body = self.document.element.body
        self._container(body, self.document.part)
        return self.blocks

    def _sections(self) -> list[Any]:
        try:
            return list(self.document.sections)
        except Exception:
            return []

    def _container(self, element: Any, part: Any, kind: str = "text", cell: tuple[int, int] | None = None) -> None:
        for child in element:
            if len(self.blocks) > MAX_BLOCKS:
                return
            tag = child.tag
            if tag == _w("p"):
                self._paragraph(child, part, kind, cell)
            elif tag == _w("tbl"):
                self._table(child, part, kind)
            elif tag == _w("sdt"):
                if self._placeholder(child):
                    continue
                content = child.find(_w("sdtContent"))
                if content is not None:
                    self._container(content, part, kind, cell)
            elif tag in (_w("customXml"), _w("ins"), _w("moveTo"), _w("smartTag")):
                self._container(child, part, kind, cell)

    @staticmethod
    def _placeholder(sdt: Any) -> bool:
        pr = sdt.find(_w("sdtPr"))
        return pr is not None and pr.find(_w("showingPlcHdr")) is not None

    def _table(self, tbl: Any, part: Any, kind: str) -> None:
        for r, tr in enumerate(tbl.findall(_w("tr"))):
            trpr = tr.find(_w("trPr"))
            if trpr is not None and trpr.find(_w("del")) is not None:
                continue  # a deleted row (tracked change)
            cells = [tc for tc in tr if tc.tag == _w("tc")]
            for sdt in tr.findall(_w("sdt")):
                content = sdt.find(_w("sdtContent"))
                if content is not None:
                    cells.extend(tc for tc in content if tc.tag == _w("tc"))
            texts = [self._cell_text(tc) for tc in cells]
            nonempty = [t for t in texts if t]
            label_line = table_label_row(nonempty)  # "Titel | Een titel" -> "Titel: Een titel"
            if label_line:
                self.counter += 1
                self._add(Block(label_line, line=self.counter, kind=kind, cell=None))
                continue
            for c, tc in enumerate(cells):
                if not texts[c] and tc.find(f".//{{{A}}}blip") is None and tc.find(f".//{{{V}}}imagedata") is None:
                    continue
                self._container(tc, part, kind, cell=(r, c if len(nonempty) > 1 else 1))

    def _cell_text(self, tc: Any) -> str:
        parts: list[str] = []
        for p in tc.iter(_w("p")):
            t, _bold, _imgs, _md = self._runs(p)
            if t.strip():
                parts.append(t.strip())
        return clean_inline(" ".join(parts))

    def _paragraph(self, p: Any, part: Any, kind: str, cell: tuple[int, int] | None) -> None:
        ppr = p.find(_w("pPr"))
        style_id = None
        ref = None
        if ppr is not None:
            ps = ppr.find(_w("pStyle"))
            style_id = ps.get(_w("val")) if ps is not None else None
            ref = _num_ref(ppr.find(_w("numPr")))
        style = self._style(style_id)
        ref = ref or style["num"]
        numbered = None
        if ref and ref[0] != "0":
            numbered = self._numbering.get(ref[0], {}).get(ref[1], "bullet")
        text, bold_flags, images, marked = self._runs(p, style_bold=style["bold"])
        self.counter += 1
        line = self.counter
        block_kind = kind
        level = 0
        if kind != "page_header":
            if style["kind"] != "text":
                block_kind, level = style["kind"], style["level"]
            elif numbered is not None or style["list"]:
                block_kind = "list_item"
        lines = [clean_inline(x) for x in text.split("\n")]
        marked_lines = marked.split("\n") if marked is not None else [None] * len(lines)
        first = True
        for t, md, bold in zip(lines, marked_lines, bold_flags, strict=False):
            if not t:
                continue
            block = Block(
                t, line=line, kind=block_kind, level=level, new_para=first, bold=bold,
                ordered=bool(numbered and numbered not in ("bullet", "none")), cell=cell,
            )
            if md is not None:
                block.extra["md"] = md
            self._add(block)
            first = False
        if kind == "page_header":
            return
        for rid, linked, alt, name in images:
            if linked:
                self.linked_images += 1
                continue
            try:
                img_part = part.related_parts[rid]
                blob = img_part.blob
                media_type = getattr(img_part, "content_type", None)
            except Exception:
                continue
            self._add(Block("", line=line, kind="image", image=ImageData(blob, media_type, name, alt)))

    def _runs(self, p: Any, style_bold: bool = False) -> tuple[str, list[bool], list[tuple[str, bool, str, str | None]], str | None]:
        """Accepted text of a paragraph, per line whether it is all bold, its images, and the
        text with emphasis marks (``None`` when nothing is emphasised)."""
        out: list[str] = []
        parts: list[tuple[str, bool, bool]] = []
        images: list[tuple[str, bool, str, str | None]] = []

        def run_italic(r: Any) -> bool:
            rpr = r.find(_w("rPr"))
            el = rpr.find(_w("i")) if rpr is not None else None
            return el is not None and el.get(_w("val"), "1") not in ("0", "false", "off")

        italic = False

        def run_bold(r: Any) -> bool:
            rpr = r.find(_w("rPr"))
            if rpr is not None:
                b = rpr.find(_w("b"))
                if b is not None:
                    return b.get(_w("val"), "1") not in ("0", "false", "off")
                rs = rpr.find(_w("rStyle"))
                if rs is not None and self._style(rs.get(_w("val")))["bold"]:
                    return True
            return style_bold

        def visit(el: Any, bold: bool) -> None:
            nonlocal italic
            for child in el:
                tag = child.tag
                if tag in _SKIP:
                    continue
                if tag == _w("t"):
                    t = child.text or ""
                    out.append(t)
                    parts.append((t, bold, italic))
                elif tag == _w("r"):
                    italic = run_italic(child)
                    visit(child, run_bold(child))
                    italic = False
                elif tag in (_w("tab"), _w("ptab")):
                    out.append(" ")
                    parts.append((" ", False, False))
                elif tag in (_w("br"), _w("cr")):
                    out.append("\n")
                    parts.append(("\n", False, False))
                elif tag == _w("noBreakHyphen"):
                    out.append("-")
                    parts.append(("-", bold, italic))
                elif tag == _w("softHyphen"):
                    continue
                elif tag == _w("sdt"):
                    if not self._placeholder(child):
                        content = child.find(_w("sdtContent"))
                        if content is not None:
                            visit(content, bold)
                elif tag == f"{{{MC}}}AlternateContent":
                    choice = child.find(f"{{{MC}}}Choice")
                    if choice is None:
                        choice = child.find(f"{{{MC}}}Fallback")
                    if choice is not None:
                        visit(choice, bold)
                elif tag == _w("drawing"):
                    self._drawing(child, images)
                elif tag in (_w("pict"), _w("object")):
                    for imd in child.iter(f"{{{V}}}imagedata"):
                        rid = imd.get(f"{{{R}}}id")
                        if rid:
                            images.append((rid, False, imd.get("title") or imd.get(f"{{{V}}}title") or "", None))
                else:
                    visit(child, bold)

        visit(p, style_bold)
        return "".join(out), bold_lines(parts), images, marked_text(parts)

    @staticmethod
    def _drawing(drawing: Any, images: list[tuple[str, bool, str, str | None]]) -> None:
        doc_pr = drawing.find(f".//{{{WP}}}docPr")
        alt = ""
        if doc_pr is not None:
            alt = doc_pr.get("descr") or doc_pr.get("title") or ""
        name = None
        for cnv in drawing.iter():
            if cnv.tag.endswith("}cNvPr") and cnv.get("name"):
                name = cnv.get("name")
                break
        for blip in drawing.iter(f"{{{A}}}blip"):
            embed = blip.get(f"{{{R}}}embed")
            link = blip.get(f"{{{R}}}link")
            if embed:
                images.append((embed, False, alt, name))
            elif link:
                images.append((link, True, alt, name))

    def _add(self, block: Block) -> None:
        self.blocks.append(block)


perskamer_source_suffixes, perskamer_read_source = reader_hooks(SUFFIXES, read_docx)
