"""The intermediate representation every reader produces: a flat list of blocks.

A block is one line of text (from a .txt extract or a PDF) or one paragraph (from a
DOCX), in reading order, with what the reader knows about it: where it stands
(line, page), whether it starts a paragraph, whether it looks like a heading (style,
bold, bigger font), whether it is a list item or a table cell, or an image.
:func:`perskamer.form.assemble.assemble_report` turns the list into a report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .text import is_url_line, normalize_line


@dataclass
class ImageData:
    """An image a reader found (bytes already read from the document)."""

    data: bytes
    media_type: str | None = None
    filename: str | None = None
    alt: str = ""


@dataclass
class Block:
    """One line or paragraph of a document.

    ``new_para``: a paragraph starts here (a DOCX paragraph always; a text/PDF line
    after a blank line or a vertical gap). ``kind``: ``"text"``, ``"heading"``,
    ``"title"``, ``"list_item"``, ``"image"`` or ``"page_header"`` (text from a
    running page header, used for the title/date only). ``line``: 1-based line
    (text files), paragraph number (DOCX) or line number in reading order (PDF).
    """

    text: str
    line: int | None = None
    page: int | None = None
    kind: str = "text"
    new_para: bool = True
    level: int = 0
    bold: bool = False
    italic: bool = False
    ordered: bool = False
    cell: tuple[int, int] | None = None  # (row, column) of a table cell
    image: ImageData | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def is_heading_hint(self) -> bool:
        return self.kind in ("heading", "title") or (self.bold and len(self.text) < 400) or (
            self.cell is not None and self.cell[1] == 0
        )


_TABLE_LABEL_RE = re.compile(
    r"^\s*(titel|title|titel van de sessie|sessietitel|sessienaam|naam van de sessie|naam sessie|sessie|session|"
    r"datum|date|datum van de sessie|verslaggever|verslag|verslag door|reporter|auteur|spreker|sprekers|spreker\(s\)|"
    r"ronde|zaal)\s*:?\s*$",
    re.IGNORECASE,
)


def table_label_row(cells: list[str]) -> str | None:
    """A two-cell table row ``Titel | Een titel`` as the line ``Titel: Een titel`` (else ``None``)."""
    if len(cells) == 2 and _TABLE_LABEL_RE.match(cells[0]):
        return f"{cells[0].rstrip(':').strip()}: {cells[1]}"
    return None


_BULLET_RE = re.compile(r"^\s*(?:[-•*·▪◦●]|\d{1,2}[.)]|[a-z][.)])\s+(?=\S)")


def _is_space_only(raw: str) -> bool:
    return raw != "" and raw.strip(" \t\u00a0\r") == ""


def blocks_from_text(text: str, *, first_line: int = 1) -> list[Block]:
    """Cut plain text (e.g. extracted from the PDF form) into line blocks.

    Two layouts are recognised. PDF extracts separate wrapped lines by an empty
    line and paragraphs by a line holding only spaces; ordinary text files separate
    paragraphs by empty lines and wrap with plain newlines. A form feed (page break)
    ends a paragraph; very long lines mean one line per paragraph.
    """
    raw_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    stripped = [r.strip() for r in raw_lines]
    # (a line of spaces only is blank once stripped: only blank lines are looked at again)
    space_only = sum(1 for r, s in zip(raw_lines, stripped, strict=True) if not s and _is_space_only(r))
    text_lines = [r for r in stripped if r]
    followed_by_empty = sum(1 for r, after in zip(stripped, raw_lines[1:], strict=False) if r and after == "")
    pdf_layout = space_only >= 2 and followed_by_empty >= 0.5 * max(1, len(text_lines))
    lengths = sorted(map(len, text_lines)) or [0]
    width = lengths[int(len(lengths) * 0.9)] if lengths else 0
    one_line_per_para = width > 160

    blocks: list[Block] = []
    pending_break = True
    break_kind: str | None = "para"
    empties = 0
    page = 1
    prev_text = ""
    prev_url = False
    for offset, raw in enumerate(raw_lines):
        lineno = first_line + offset
        if "\f" in raw:
            page += raw.count("\f")
            pending_break = True
            break_kind = break_kind or "page"
            raw = raw.replace("\f", "")
        if not stripped[offset]:  # (a form feed is white space: the line without it is as empty)
            if pdf_layout:
                if _is_space_only(raw):
                    pending_break = True
                    break_kind = "para"
                else:
                    empties += 1
                    if empties >= 2:
                        pending_break = True
                        break_kind = break_kind or "page"
            else:
                pending_break = True
                break_kind = "para"
            continue
        empties = 0
        line = normalize_line(raw).strip()
        url = is_url_line(line)
        new_para = pending_break or one_line_per_para
        if not new_para and prev_text:
            # A short line that ends a sentence usually ends its paragraph.
            if width and len(prev_text) < 0.5 * width and prev_text.endswith((".", "!", "?")):
                new_para = True
            if url or prev_url:
                new_para = True
        kind = "text"
        ordered = False
        m = _BULLET_RE.match(line)
        if m:
            kind = "list_item"
            ordered = m.group(0).strip()[0].isalnum()
            new_para = True
        block = Block(line, line=lineno, page=page, kind=kind, new_para=new_para, ordered=ordered)
        if new_para:
            block.extra["break"] = break_kind or "para"
        blocks.append(block)
        pending_break = False
        break_kind = None
        prev_text = line
        prev_url = url
    return blocks
