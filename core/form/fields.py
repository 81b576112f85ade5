"""Filled-in PDF forms (AcroForm): the answers live in form fields, not in the page text.

:func:`read_form_fields` reads every filled-in field with pypdf (its value, name,
tooltip ``/TU``, rectangle, and whether it is a checkbox or a date field). A viewer
that only sets values (``/V`` without appearance streams) is read the same way: the
value is what counts, never what is drawn. :func:`place_fields` puts the values
among the page's text lines where they stand on the page, so the shared form logic
sees each answer under its question, and labels what the position cannot tell:

- a field whose name or tooltip is a form question (``"Interessante quote(s)"``) gets
  that question as a heading, unless the question is printed right above it;
- a field named like a header label (``Titel``, ``Datum``, ``Verslaggever``) becomes
  ``Label: value``; a value beside or under a printed bare label (``Datum:``) joins it;
- a ticked checkbox becomes a list item with its label (tooltip, name, or the text
  printed beside the box); the printed option texts are the form's, not answers;
- fields named ``Text1``, ``Veld 3``, … are placed by position alone;
- an image button (Acrobat's image field) is a photo at its place on the page.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from .questions import best_question
from .text import clean_inline, fold

MAX_FIELDS = 500
MAX_ANNOTATIONS = 5000  # annotations looked at, widgets or not: a hostile file gets no more time
MAX_VALUE_CHARS = 50_000

_MEANINGLESS_RE = re.compile(
    r"^(?:text|tekst|txt|veld|field|text\s*field|tekst\s*veld|fill|invul\s*veld|check\s*box|checkbox|selectievakje|keuzevak|"
    r"check|untitled|undefined|naamloos|form|formulier|box|vak|input|antwoord|answer|group|groep|radio|datum\s*veld)?[\s_\-.]*\d*[a-z]?$",
    re.IGNORECASE,
)
_HEADER_LABELS = {
    "titel": "Titel", "title": "Titel", "titel van de sessie": "Titel", "sessietitel": "Titel", "naam van de sessie": "Titel",
    "sessienaam": "Titel", "naam sessie": "Titel", "titel sessie": "Titel", "sessie": "Sessie", "session": "Sessie",
    "datum": "Datum", "date": "Datum", "datum sessie": "Datum", "datum van de sessie": "Datum", "dag": "Datum",
    "verslaggever": "Verslaggever", "verslag door": "Verslaggever", "naam verslaggever": "Verslaggever",
    "reporter": "Verslaggever", "auteur": "Verslaggever", "ingevuld door": "Verslaggever",
    "sprekers": "Sprekers", "spreker": "Sprekers", "spreker(s)": "Sprekers", "sessiegevers": "Sprekers",
}


@dataclass
class FormField:
    """One filled-in field. Coordinates in points from the top left of its page (1-based)."""

    name: str
    tooltip: str | None
    kind: str  # "text", "check", "choice", "image" (an image button: the reader renders its appearance)
    value: str | bool
    page: int
    x0: float
    top: float
    x1: float
    bottom: float
    is_date: bool = False


def _readable(name: str) -> str:
    """``"form1.wat_heeft_jou"`` / ``"WatHeeftJouVerrast"`` / ``"form1[0].#subform[0].Titel[0]"`` -> words."""
    name = re.sub(r"\[\d+\]", "", name)  # the indexes of LiveCycle (XFA) names
    name = name.rsplit(".", 1)[-1] if "." in name and " " not in name else name
    name = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name)
    return clean_inline(re.sub(r"[_\-]+", " ", name))


def meaningful(text: str | None) -> str | None:
    """A field name or tooltip that says something (not ``Text1``), made readable."""
    if not text:
        return None
    readable = _readable(text)
    if not readable or _MEANINGLESS_RE.match(readable) or not re.search(r"[^\W\d_]{2}", readable):
        return None
    return readable


def header_label(text: str) -> str | None:
    """``"Titel van de sessie:"`` -> ``"Titel"`` (the label a header field stands for)."""
    key = fold(clean_inline(text)).rstrip(":").strip()
    return _HEADER_LABELS.get(key)


def _text_of(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list | tuple):
        parts = [_text_of(v) for v in value]
        return ", ".join(p for p in parts if p) or None
    text = str(value)
    if text.startswith("/"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")[:MAX_VALUE_CHARS]


def read_form_fields(data: bytes, page_sizes: list[tuple[float, float]]) -> list[FormField]:
    """The filled-in fields of a PDF form, in page order (pypdf). Never raises: a form
    pypdf cannot read gives no fields (the page text is still read)."""
    try:
        from pypdf import PdfReader
    except ImportError:  # pragma: no cover - a dependency
        return []
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            return []
        fields: list[FormField] = []
        seen = 0
        for number, page in enumerate(reader.pages, start=1):
            if number > len(page_sizes):
                break
            annots = page.get("/Annots")
            annots = annots.get_object() if annots is not None else []
            for ref in annots or []:
                seen += 1
                if len(fields) >= MAX_FIELDS or seen > MAX_ANNOTATIONS:
                    return fields
                field = _field(ref.get_object(), number, page_sizes[number - 1][1])
                if field is not None:
                    fields.append(field)
        return fields
    except Exception:
        return []


def _inherited(widget: Any, key: str) -> Any:
    node, seen = widget, 0
    while node is not None and seen < 20:
        if key in node:
            return node[key]
        parent = node.get("/Parent")
        node = parent.get_object() if parent is not None else None
        seen += 1
    return None


def _shows_image(widget: Any) -> bool:
    """The button's icon (``/MK /I``) or normal appearance draws an image XObject."""
    mk = widget.get("/MK")
    if mk is not None and mk.get_object().get("/I") is not None:
        return True
    ap = widget.get("/AP")
    normal = ap.get_object().get("/N") if ap is not None else None
    pending, seen = [normal], 0
    while pending and seen < 20:
        node = pending.pop()
        seen += 1
        node = node.get_object() if node is not None else None
        if node is None or not hasattr(node, "get"):
            continue
        if node.get("/Subtype") == "/Image":
            return True
        resources = node.get("/Resources")
        xobjects = resources.get_object().get("/XObject") if resources is not None else None
        if xobjects is not None:
            pending.extend(xobjects.get_object().values())
    return False


def _field(widget: Any, page: int, height: float) -> FormField | None:
    if widget.get("/Subtype") != "/Widget":
        return None
    names: list[str] = []
    node, seen = widget, 0
    while node is not None and seen < 20:
        if node.get("/T") is not None:
            names.append(str(node["/T"]))
        parent = node.get("/Parent")
        node = parent.get_object() if parent is not None else None
        seen += 1
    name = ".".join(reversed(names))
    ftype = _inherited(widget, "/FT")
    tooltip = _inherited(widget, "/TU")
    flags = int(_inherited(widget, "/Ff") or 0)
    rect = widget.get("/Rect")
    if rect is None or len(rect) != 4:
        return None
    x0, y0, x1, y1 = (float(v) for v in rect)
    x0, x1, y0, y1 = min(x0, x1), max(x0, x1), min(y0, y1), max(y0, y1)
    if ftype == "/Btn":
        if flags & (1 << 16):  # a push button: an image field when its appearance holds a picture
            if not _shows_image(widget) or min(x1 - x0, y1 - y0) < 40:
                return None
            return FormField(name=name, tooltip=str(tooltip) if tooltip else None, kind="image", value=True, page=page,
                             x0=x0, top=height - y1, x1=x1, bottom=height - y0)
        state = widget.get("/AS")
        value = _inherited(widget, "/V")
        out: str | bool | None
        if flags & (1 << 15):  # a radio button: the widget whose state is the value
            if state is None or str(state) == "/Off" or str(state) != str(value):
                return None
            text = _text_of(value)
            kind, out = "choice", text
        else:
            on = str(state if state is not None else value) not in ("/Off", "None", "")
            kind, out = "check", on
    elif ftype in ("/Tx", "/Ch"):
        out = _text_of(_inherited(widget, "/V"))
        kind = "text" if ftype == "/Tx" else "choice"
    else:
        return None
    if out is None or (isinstance(out, str) and not out.strip()):
        return None  # (an unticked checkbox stays: the option text printed beside it is the form's)
    actions = _inherited(widget, "/AA")
    is_date = "AFDate_" in str(actions.get_object()) if actions is not None else False
    try:
        if actions is not None and not is_date:
            for key in ("/F", "/K"):
                js = actions.get_object().get(key)
                if js is not None and "AFDate_" in str(js.get_object().get("/JS", "")):
                    is_date = True
    except Exception:
        pass
    return FormField(name=name, tooltip=str(tooltip) if tooltip else None, kind=kind, value=out, page=page,
                     x0=x0, top=height - y1, x1=x1, bottom=height - y0, is_date=is_date)


class _LineLike(Protocol):
    text: str
    page: int
    x0: float
    x1: float
    top: float
    bottom: float
    bold: bool
    extra: dict[str, Any]


L = TypeVar("L", bound=_LineLike)


def _section_near(lines: list[L], field: FormField) -> set[str]:
    """The form questions printed right above a field (up to three lines, within 80 pt)."""
    above = [ln for ln in lines if ln.page == field.page and ln.bottom <= field.top + 3 and field.top - ln.bottom < 80]
    above.sort(key=lambda ln: ln.top)
    found: set[str] = set()
    tail = above[-3:]
    for k in range(len(tail)):
        m = best_question(" ".join(ln.text for ln in tail[k:]), heading=True)
        if m is not None:
            found.add(m.section)
    return found


def _host(lines: list[L], field: FormField) -> L | None:
    """A printed bare label the value belongs to: on the field's row to its left, or right above it."""
    best = None
    for ln in lines:
        if ln.page != field.page or header_label(ln.text) is None:
            continue
        beside = ln.x1 <= field.x0 + 3 and ln.top < field.top + 14 and ln.bottom > field.top - 2
        above = ln.bottom <= field.top + 3 and field.top - ln.bottom < 24 and abs(ln.x0 - field.x0) < 60
        if beside or above:
            best = ln
    return best


def place_fields(lines: list[L], fields: list[FormField], make: Callable[..., L]) -> list[L]:
    """``lines`` with the values of ``fields`` placed where they stand, in reading order.

    ``make(text=..., page=..., x0=..., x1=..., top=..., bottom=..., bold=...)`` builds a line."""
    out = list(lines)
    option_texts: set[int] = set()
    for field in fields:
        if field.kind == "image":
            continue  # the reader renders it as a photo
        label = meaningful(field.tooltip) or meaningful(field.name)
        if field.kind == "check":
            beside = [ln for ln in lines if ln.page == field.page and ln.x0 >= field.x1 - 2 and ln.x0 - field.x1 < 40
                      and ln.top < field.bottom and ln.bottom > field.top]
            for ln in beside:
                option_texts.add(id(ln))
            if field.value is not True:
                continue
            text = label or (beside[0].text if beside else None) or "ja"
            item = make(text=f"- {text}", page=field.page, x0=field.x0, x1=field.x1 + 200, top=field.top, bottom=field.bottom,
                        bold=False)
            item.extra["new_para"] = True
            out.append(item)
            continue
        value = str(field.value)
        rows = [clean_inline(r) for r in value.split("\n")]
        rows = [r for r in rows if r]
        if not rows:
            continue
        as_label = header_label(label) if label else None
        if as_label is None and field.is_date and not label:
            as_label = "Datum"
        host = _host(lines, field)
        if host is not None and len(rows) == 1:
            host.text = f"{host.text.rstrip().rstrip(':')}: {rows[0]}"
            continue
        top = field.top + 1
        if as_label is not None:
            rows[0] = f"{as_label}: {rows[0]}"
        elif label is not None and (m := best_question(label, heading=True)) is not None \
                and m.section not in _section_near(lines, field):
            heading = make(text=label, page=field.page, x0=field.x0, x1=field.x1, top=top - 0.5, bottom=top + 9, bold=True)
            heading.extra["new_para"] = True
            out.append(heading)
        for n, row in enumerate(rows):
            ln = make(text=row, page=field.page, x0=field.x0 + 2, x1=field.x1, top=top + n * 0.01, bottom=top + n * 0.01 + 10,
                      bold=False)
            ln.extra["new_para"] = True
            ln.extra["answer"] = True
            out.append(ln)
    out = [ln for ln in out if id(ln) not in option_texts]
    return sorted(out, key=lambda ln: (ln.page, round(ln.top, 2), ln.x0))

