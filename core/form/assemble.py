"""Assemble a report from the blocks a reader produced: one function for every format."""

from __future__ import annotations

import datetime as _dt
import functools
import re
from collections.abc import Container
from dataclasses import dataclass, field
from typing import Any

from ..model import SECTION_IDS, Photo, Report
from .blocks import Block
from .conserve import describe_lines, lost_lines
from .dates import find_date, find_day_month, parse_date_nl
from .emphasis import strip_marks, to_markdown
from .images import prepare_photo
from .layout import (
    LazyVocabulary,
    dedupe_links,
    is_form_header,
    is_form_header_line,
    is_nota,
    is_page_number,
    is_running_header,
    join_lines,
    strip_form_header,
    strip_trailing_nota,
)
from .questions import (
    best_question,
    continues_question,
    is_form_word,
    joined_may_match,
    may_continue_question,
    split_label,
)
from .quotes import QuoteLine, _starts_new_quote, chat_block_starts, parse_chat_line, section_speakers, split_quotes
from .text import clean_inline, is_url_line, slugify, tokens

NO_SECTIONS_HINT = (
    "the report must answer the questions of the form (\"Wat er is gebeurd in de sessie?\", \"Interessante "
    "quote(s) uit de sessie\", ...), each question on its own line or as a heading above its answer"
)
DEFAULT_PHOTO_ALT = "Sfeerbeeld van de sessie"

_LABEL_RE = re.compile(r"^\s*(?P<label>[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ ()/.\-]{1,40}?)\s*:\s*(?P<value>.*?)\s*$")
_REPORTER_LABELS = (
    "verslaggever", "verslaggeefster", "verslag", "verslag door", "verslag gemaakt door", "geschreven door",
    "reporter", "auteur", "schrijver", "notulist", "verslaggever(s)", "ingevuld door",
)
_DATE_LABELS = ("datum", "date", "datum sessie", "datum van de sessie", "dag")
_TITLE_LABELS = ("titel", "title", "titel van de sessie", "sessietitel", "naam van de sessie", "titel sessie", "onderwerp",
                 "sessienaam", "naam sessie", "sessie titel", "naam van de workshop", "workshoptitel")
_SESSION_LABELS = ("sessie", "session", "sessienummer", "ronde", "zaal", "workshop", "tijdslot")
#: A ``Sessie:`` value that names a slot or a room, not the session's title.
_SLOT_RE = re.compile(r"^\W*(?:\w{1,3}\W*)?$|\b(?:ronde|zaal|lokaal|blok|tijdslot|slot|sessie\s*\d|nr\.?|nummer)\b|"
                      r"\b\d{1,2}[:.hu]\d{2}\b", re.IGNORECASE)
_DATE_LABEL_IN_RE = re.compile(r"\b(?:datum|date)\s*:", re.IGNORECASE)
#: "[foto in bijlage: IMG_4471.jpg – de landkaart]": a photo the reporter mentions but did not attach.
_PHOTO_MENTION_RE = re.compile(
    r"^\s*[\[(]?\s*(?:(?:foto|afbeelding|beeld|sfeerbeeld|schets)\b[^:\]]{0,30}:?\s*)?"
    r"(?P<file>[\w.\- ]{1,80}?\.(?:jpe?g|png|gif|heic|heif|webp|tiff?|bmp))\b\s*(?:[-–—:,]\s*(?P<desc>[^\])]*))?[\])]?\s*$",
    re.IGNORECASE,
)
#: What every match of _PHOTO_MENTION_RE holds (the same sub-pattern, the same flags): a line
#: without it is no photo mention, and the mention's pattern need not try it.
_PHOTO_EXTENSION_RE = re.compile(r"\.(?:jpe?g|png|gif|heic|heif|webp|tiff?|bmp)\b", re.IGNORECASE)
_SPEAKER_LABELS = ("spreker", "sprekers", "spreker(s)", "sprekers(s)", "begeleider", "begeleiders", "sessiegever",
                   "sessiegevers", "gastspreker", "gastsprekers", "door")


@dataclass
class _Item:
    block: Block
    text: str
    hard_break: bool
    md: str | None = None  # text with emphasis marks (perskamer.form.emphasis), for the section Markdown


@dataclass
class _Boundary:
    section: str
    start: int  # index of the first heading item
    end: int  # index after the last heading item
    score: float
    line: int | None
    rest: str | None = None  # answer written on the heading line itself


@dataclass
class AssembleOptions:
    doc_title: str | None = None
    doc_date: _dt.date | None = None
    default_alt: str = DEFAULT_PHOTO_ALT
    extra_meta: dict[str, Any] = field(default_factory=dict)


@functools.lru_cache(maxsize=16384)
def _label(text: str) -> tuple[str, str] | None:
    """``(folded label, value)`` of a ``Label: value`` line (cached: a line is asked about
    up to three times, as itself and as the line before the next)."""
    text = text.strip()
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1]
    if ":" not in text:
        return None  # (the label ends in a colon)
    m = _LABEL_RE.match(text)
    if not m:
        return None
    label = clean_inline(m.group("label")).lower()
    return label, m.group("value").strip()


_KNOWN_LABELS = frozenset(_REPORTER_LABELS + _DATE_LABELS + _TITLE_LABELS + _SESSION_LABELS + _SPEAKER_LABELS)


def _known_label(text: str) -> bool:
    lab = _label(text)
    return lab is not None and lab[0] in _KNOWN_LABELS


def _date_only(text: str) -> bool:
    """A line that holds a date and (almost) nothing else: ``dinsdag 6 juni 2023``, ``6/6``."""
    if len(text) > 40:
        return False
    found = find_date(text) or find_day_month(text)
    if not found:
        return False
    start, end = found[-2], found[-1]
    return len(text.strip()) - (end - start) <= 12 and not re.search(r"[a-z]{3,}", text[:start].lower().replace("datum", "")
                                                                        .replace("dag", ""))


def _split_people(value: str) -> list[str]:
    parts = re.split(r"\s*(?:;|,(?![^()]*\))|\s+en\s+|\s+&\s+)\s*", value)
    return [p.strip() for p in parts if p.strip()]


def _reporter_of(value: str) -> tuple[str, str | None]:
    m = re.match(r"^(.*?)\s*\((.+)\)\s*$", value)
    if m and m.group(1):
        return m.group(1).strip(), m.group(2).strip()
    if "," in value:
        name, rest = (p.strip() for p in value.split(",", 1))
        return name, rest or None
    return value.strip(), None


_BLOCK_START_RE = re.compile(r"^(#{1,6}\s|>|[-+]\s|=+\s*$|\d{1,9}[.)]\s)")
#: A list marker written in the text: a bullet, or a number (kept as the item's number).
#: A letter marker ("a)") stays in the item's text: it is a word the reporter wrote.
_LIST_MARK_RE = re.compile(r"^\s*(?:[-•*·▪◦●]|(?P<number>\d{1,9})[.)])\s+(?=\S)")


def _escape_markdown(paragraph: str) -> str:
    text = paragraph.replace("\\", "\\\\").replace("*", "\\*").replace("`", "\\`")
    first = text[:1]
    if first in ("#", ">", "-", "+", "=") or first.isdecimal():  # what _BLOCK_START_RE can start with
        text = _BLOCK_START_RE.sub(r"\\\1", text)
    return text


def _paragraphs(items: list[_Item], vocabulary: Container[str], *, split_chat: bool = False) -> list[tuple[str, str]]:
    """Group items into (kind, text) paragraphs: kind ``p``, ``ul``/``ol`` item or ``img``."""
    out: list[tuple[str, str]] = []
    current: list[str] = []
    current_kind = "p"

    def flush() -> None:
        nonlocal current
        if current:
            out.append((current_kind, join_lines(current, vocabulary)))
        current = []

    prev_kind = None
    blocks_at = chat_block_starts([it.text for it in items]) if split_chat else [False] * len(items)
    for item, in_block in zip(items, blocks_at, strict=True):
        b = item.block
        if b.kind == "image":
            flush()
            prev_kind = None
            continue
        starts = item.hard_break or b.kind == "list_item" or b.cell is not None or b.kind != prev_kind
        prev_kind = b.kind
        if split_chat and (in_block or parse_chat_line(item.text) or _starts_new_quote(item.text, [(t, None) for t in current])):
            starts = True
        if starts or not current:
            flush()
            current_kind = ("ol" if b.ordered else "ul") if b.kind == "list_item" else "p"
        current.append(item.md or item.text)
    flush()
    return out


def _to_markdown(paragraphs: list[tuple[str, str]]) -> str:
    chunks: list[str] = []
    prev_kind = None
    number = 0
    for kind, text in paragraphs:
        text = text.strip()
        if not text:
            continue
        if kind == "p":
            chunks.append(to_markdown(_escape_markdown(text)))
            number = 0
        else:
            # A written number is the item's number ("0) 0" stays "0. 0"), never dropped;
            # in a bullet list it stays part of the text.
            mark = _LIST_MARK_RE.match(text)
            written = mark.group("number") if mark else None
            if mark and (written is None or kind == "ol"):
                text = text[mark.end():]
            body = to_markdown(_escape_markdown(text))
            if kind == "ol":
                number = int(written) if written else (number + 1 if prev_kind == "ol" else 1)
                item = f"{number}. {body}"
            else:
                item = f"- {body}"
            if prev_kind == kind and chunks:
                chunks[-1] += "\n" + item
            else:
                chunks.append(item)
        prev_kind = kind
    return "\n\n".join(chunks)


def _prepare_items(blocks: list[Block], report: Report) -> tuple[list[_Item], list[Block], _dt.date | None]:
    """Drop page furniture, mend page breaks; return body items, page-header blocks, furniture date."""
    items: list[_Item] = []
    page_headers: list[Block] = []
    furniture_date = None
    pending: str | None = None  # break carried over from dropped furniture
    texts = [clean_inline(b.text) if b.kind != "image" else "" for b in blocks]
    keep_links = dedupe_links(texts)
    paragraph = ""  # the text of the paragraph so far: is a quote still open in it?
    for b, text, keep in zip(blocks, texts, keep_links, strict=True):
        brk = b.extra.get("break")
        if b.kind == "page_header":
            page_headers.append(b)
            continue
        if b.kind == "image":
            items.append(_Item(b, "", True))
            continue
        if not text:
            continue
        # (a form field's value is the reporter's answer, never furniture: "NOTA" typed in a field stays)
        furniture = not b.extra.get("answer") and (
            is_running_header(text) or is_nota(text) or (b.extra.get("margin") and is_page_number(text)))
        if furniture or not keep:
            if furniture and furniture_date is None:
                found = find_date(text)
                furniture_date = found[0] if found else None
            if b.new_para:
                pending = "para" if (brk == "para" or pending == "para") else (pending or "page")
            continue
        stripped = strip_trailing_nota(text)
        text = stripped if is_form_header(stripped) else text
        md = b.extra.get("md")
        md = clean_inline(md) if md and strip_marks(clean_inline(md)) == text else None
        hard = b.new_para
        if pending is not None or b.extra.get("page_start"):
            prev = items[-1].text if items else ""
            if pending == "para" or (brk == "para" and b.new_para):
                hard = True
            elif prev and not b.is_heading_hint and b.kind == "text":
                hard = prev.rstrip().endswith((".", "!", "?", ":", "…", ")", "”", '"', "»", "’", "'"))
            if hard and b.kind == "text" and not b.is_heading_hint and _unclosed_quote(paragraph):
                hard = False  # a page break inside a quote: the quote goes on
            pending = None
        paragraph = text if hard else f"{paragraph} {text}"[-2000:]
        items.append(_Item(b, text, hard, md))
    return items, page_headers, furniture_date


def _unclosed_quote(text: str) -> bool:
    """``text`` opens a quote it does not close (“…, „…, «…, or an odd number of ")."""
    if not text:
        return False
    opens = text.count("“") + text.count("„") + text.count("«")
    closes = text.count("”") + text.count("»")
    return opens > closes or text.count('"') % 2 == 1


def _find_boundaries(items: list[_Item]) -> list[_Boundary]:
    candidates: list[_Boundary] = []
    n = len(items)
    for i, item in enumerate(items):
        b = item.block
        if b.kind == "image" or len(item.text) > 400 or b.extra.get("answer"):
            continue  # (an "answer" block is a form field's value: never a question)
        # a list item that ends a sentence is an answer, however bold ("**Ze vragen door.**")
        hint = b.is_heading_hint and not (b.kind == "list_item" and item.text.rstrip().endswith((".", "!")))
        match = best_question(item.text, heading=hint)
        if i > 0 and not item.hard_break and items[i - 1].block.kind != "image" and not hint:
            # a wrapped line in the middle of a paragraph is no heading, unless it is
            # clearly the full question or the line before ended a sentence
            prev = items[i - 1].text.rstrip()
            if (not prev.endswith(("?", ":", ".", "!")) and best_question(prev) is None
                    and split_label(prev) is None and not _known_label(prev) and (match is None or match.score < 0.95)):
                continue
        end = i + 1
        if match is None and may_continue_question(item.text):
            # a question wrapped over several lines may only match as a whole (and only
            # when each of its lines continues the question, this one first)
            for k in (2, 3):
                if i + k > n or any(items[j].hard_break or items[j].block.kind == "image" or items[j].block.extra.get("answer")
                                    for j in range(i + 1, i + k)):
                    break
                parts = [items[j].text for j in range(i, i + k)]
                m = best_question(" ".join(parts), heading=hint) if joined_may_match(parts) else None
                if m and all(continues_question(items[j].text, m.section) for j in range(i, i + k)):
                    match, end = m, i + k
                    break
        if match is None:
            split = split_label(item.text)
            if split:
                m, _label_text, rest = split
                candidates.append(_Boundary(m.section, i, i + 1, m.score, b.line, rest))
            continue
        while end < n and end - i < 8:
            nxt = items[end]
            if nxt.block.kind == "image" or len(nxt.text) > 300:
                break
            joined_hint = hint and nxt.block.is_heading_hint and nxt.block.kind == b.kind
            if nxt.hard_break and not joined_hint:
                break
            other = best_question(nxt.text, heading=nxt.block.is_heading_hint)
            if other is not None and other.section != match.section:
                break
            if not continues_question(nxt.text, match.section):
                break
            end += 1
        candidates.append(_Boundary(match.section, i, end, match.score, b.line))

    # the best candidate per section; overlapping candidates: the higher score wins
    chosen: dict[str, _Boundary] = {}
    for c in sorted(candidates, key=lambda c: (-c.score, c.start)):
        if c.section in chosen:
            continue
        if any(not (c.end <= o.start or c.start >= o.end) for o in chosen.values()):
            continue
        chosen[c.section] = c
    return sorted(chosen.values(), key=lambda c: c.start)


def assemble_report(blocks: list[Block], report: Report, options: AssembleOptions | None = None) -> Report:
    """Fill ``report`` (title, date, meta, sections, section_lines, quotes, photo, problems)
    from ``blocks``. Never raises for odd input; what cannot be read becomes a problem."""
    options = options or AssembleOptions()
    items, page_headers, furniture_date = _prepare_items(blocks, report)
    vocabulary = LazyVocabulary(i.text for i in items)

    # -- labelled lines anywhere: reporter and date -----------------------------------
    meta: dict[str, Any] = dict(options.extra_meta)
    date: _dt.date | None = None
    date_line: int | None = None
    day_month: tuple[int, int] | None = None  # a date written without its year ("6/6", "dinsdag 6 juni")
    day_month_line: int | None = None
    kept: list[_Item] = []
    for item in items:
        text = item.text
        if item.block.kind != "image" and is_form_header_line(text):
            # "Verslagje sessie #Jeugdwerkwerkt – Datum: 6/6": the header may carry a label
            text = strip_form_header(text)
        lab = _label(text) if item.block.kind != "image" else None
        if lab:
            label, value = lab
            if label in _REPORTER_LABELS and value and len(value) < 120:
                name, rest = _reporter_of(value)
                meta.setdefault("reporter", name)
                if rest:
                    meta.setdefault("reporter_note", rest)
                continue
            if label in _DATE_LABELS:
                parsed = parse_date_nl(value)
                partial = None if parsed else find_day_month(value)
                if parsed and date is None:
                    date, date_line = parsed, item.block.line
                elif partial and day_month is None:
                    day_month, day_month_line = (partial[0], partial[1]), item.block.line
                elif not parsed and not partial and date is None and value:
                    report.problem(
                        "warning", f"cannot read the date {value!r}", line=item.block.line, field="date",
                        hint="write the date like 6 juni 2023 or 06/06/2023",
                    )
                continue
        kept.append(item)
    consumed = {id(it) for it in items} - {id(it) for it in kept}  # label lines: their value went to meta/date
    all_items = items
    items = kept

    boundaries = _find_boundaries(items)
    first = boundaries[0].start if boundaries else len(items)
    doubtful: set[int] = set()  # question lines that may be an answer taken for a question
    for n, bd in enumerate(boundaries):
        stop = boundaries[n + 1].start if n + 1 < len(boundaries) else len(items)
        if bd.score < 0.9 and bd.end == stop and not bd.rest:  # a weak match with nothing under it
            doubtful.update(id(it) for it in items[bd.start : bd.end])
        consumed.update(id(it) for it in items[bd.start : bd.end])  # the form's question

    # -- header zone: form header, title, session, speakers ---------------------------
    header_items = items[:first]
    title = ""
    title_line = None
    session_value: str | None = None
    session_line: int | None = None
    header_paras: list[tuple[str, int | None, str]] = []
    for para_kind, para_items in _group(header_items):
        texts = [it.text for it in para_items]
        text = join_lines(texts, vocabulary)
        first_block = para_items[0].block
        if first_block.kind == "image":
            continue
        text = strip_form_header(text)
        if not text:
            continue
        if _date_only(text):
            if date is None and (parsed := parse_date_nl(text)):
                date, date_line = parsed, first_block.line
            elif day_month is None and (partial := find_day_month(text)):
                day_month, day_month_line = (partial[0], partial[1]), first_block.line
            continue
        lab = _label(text)
        if lab:
            label, value = lab
            if label in _TITLE_LABELS and value:
                title = title or value
                title_line = title_line or first_block.line
                consumed.update(id(it) for it in para_items)
                continue
            if label in _SESSION_LABELS and value:
                if session_value is None:
                    session_value, session_line = value, first_block.line
                consumed.update(id(it) for it in para_items)
                continue
            if label in _SPEAKER_LABELS and value:
                meta.setdefault("speakers", _split_people(value))
                consumed.update(id(it) for it in para_items)
                continue
        header_paras.append((para_kind, first_block.line, text))
    if session_value is not None:
        if not title and not _SLOT_RE.search(session_value):
            # "Sessie: <title>" (or a "Sessie | <title>" table row) names the session itself
            title, title_line = session_value, session_line
        else:
            meta.setdefault("session", session_value)
    # never a title from a line that holds the form header or a date label
    # (by index: a tuple's identity does not survive a compiled build, which unboxes tuples)
    candidates = [i for i, p in enumerate(header_paras) if not _DATE_LABEL_IN_RE.search(p[2]) and not is_form_header_line(p[2])]
    pick: int | None = None
    if not title:
        titled = ([i for i in candidates if header_paras[i][0] == "title"]
                  or [i for i in candidates if header_paras[i][0] == "heading"])
        pick = titled[0] if titled else (candidates[0] if candidates else None)
        if pick is not None:
            title, title_line = header_paras[pick][2], header_paras[pick][1]
    leftovers = [p[2] for i, p in enumerate(header_paras) if i != pick]
    if not title:
        for b in page_headers:
            t = clean_inline(b.text)
            if t and not is_running_header(t) and not is_form_header(t) and not _known_label(t) and not is_page_number(t):
                title = t
                break
    if not title and options.doc_title:
        title = clean_inline(options.doc_title)
    if date is None:
        for b in page_headers:
            lab = _label(clean_inline(b.text))
            parsed = parse_date_nl(lab[1] if lab else b.text)
            if parsed:
                date = parsed
                break
    date = date or furniture_date or options.doc_date
    if date is None and day_month is not None:
        # the year comes from the congress (site.date), filled in by perskamer.form.finish
        report.private["day_month"] = day_month
        date_line = day_month_line

    # -- sections ----------------------------------------------------------------------
    sections: dict[str, str] = {}
    section_lines: dict[str, int] = {}
    questions_seen: dict[str, int | None] = {}
    section_items: dict[str, list[_Item]] = {}
    for n, bd in enumerate(boundaries):
        stop = boundaries[n + 1].start if n + 1 < len(boundaries) else len(items)
        body = items[bd.end : stop]
        if bd.rest:
            body = [_Item(Block(bd.rest, line=bd.line), bd.rest, True), *body]
        section_items[bd.section] = body
        questions_seen[bd.section] = bd.line
    if leftovers and "summary" not in section_items:
        extra = [_Item(Block(t), t, True) for t in leftovers]
        section_items["summary"] = extra
        questions_seen.setdefault("summary", None)
    elif leftovers:
        meta.setdefault("intro", "\n\n".join(leftovers))

    images = [it.block for it in items if it.block.kind == "image" and it.block.image is not None]
    photo_images = [it.block for it in section_items.get("photo", []) if it.block.kind == "image" and it.block.image]
    noted: list[str] = []
    for sid, body in section_items.items():  # a mention may stand under any question
        if sid != "quotes":
            section_items[sid] = _photo_mentions(body, report, noted, attached=bool(photo_images) or len(images) == 1)
    for sid in SECTION_IDS:
        answer = section_items.get(sid)
        if answer is None:
            continue
        markdown = _to_markdown(_paragraphs(answer, vocabulary, split_chat=(sid == "quotes")))
        if markdown.strip():
            sections[sid] = markdown
            line = questions_seen.get(sid)
            if line is not None:
                section_lines[sid] = line

    # -- quotes ------------------------------------------------------------------------
    quotes = []
    if "quotes" in section_items:
        qlines = [QuoteLine(it.text, it.block.line, it.hard_break) for it in section_items["quotes"] if it.block.kind != "image"]
        quotes = split_quotes(qlines, vocabulary=vocabulary)
    # quote-shaped content in any section: its authors (session 19)
    export_speakers: dict[str, list[str]] = {}
    for sid in SECTION_IDS:
        if sid in sections and sid in section_items:
            texts = [it for it in section_items[sid] if it.block.kind != "image"]
            found = section_speakers([it.text for it in texts], [it.hard_break for it in texts],
                                     quotes_section=sid == "quotes")
            if found:
                export_speakers[sid] = found

    # -- photo -------------------------------------------------------------------------
    photo = None
    pick_image = photo_images[0] if photo_images else (images[0] if len(images) == 1 else None)
    if pick_image is not None and pick_image.image is not None:
        img = pick_image.image
        prepared = prepare_photo(img.data, filename=img.filename)
        if isinstance(prepared, str):
            report.problem("warning", f"the photo was left out: {prepared}", line=pick_image.line, field="photo")
        else:
            data, media_type, ext = prepared
            caption = None
            photo_text = [it.text for it in section_items.get("photo", []) if it.block.kind != "image" and it.text]
            if photo_text and len(photo_text[0]) <= 300:
                caption = photo_text[0]
            alt = clean_inline(img.alt) or caption or options.default_alt
            stem = slugify(report.slug or "verslag")
            photo = Photo(alt=alt, data=data, media_type=media_type, caption=caption, filename=f"{stem}-foto.{ext}")
            if "photo" not in sections:
                sections["photo"] = _escape_markdown(caption or alt)
                if questions_seen.get("photo") is not None:
                    section_lines["photo"] = questions_seen["photo"]  # type: ignore[assignment]
    elif len(images) > 1 and not photo_images:
        report.problem("info", f"{len(images)} images found outside the photo section; none was used as the photo",
                       field="photo")

    # -- fill the report ---------------------------------------------------------------
    report.title = report.title or title
    report.date = report.date or date
    for key, meta_value in meta.items():  # (not `value`: a str above; mypyc checks each value against it)
        report.meta.setdefault(key, meta_value)
    report.sections = sections
    report.section_lines = section_lines
    report.quotes = quotes
    if photo is not None and report.photo is None:
        report.photo = photo
    report.private["form_questions"] = questions_seen
    if export_speakers:
        report.private["export_speakers"] = export_speakers
    if title_line is not None:
        report.private.setdefault("title_line", title_line)
    if date_line is not None:
        report.private.setdefault("date_line", date_line)

    if boundaries:
        # a doubtful question line may hold only the form's own words: any other word on it
        # (an answer taken for a question) must be in the report too, or it is reported
        checked = [(it.block.line, it.text) for it in all_items if id(it) not in consumed and it.block.kind != "image"]
        checked += [(it.block.line, _reporter_words(it.text)) for it in items if id(it) in doubtful]
        lost = lost_lines(checked, report, noted)
        if lost:
            report.private["unplaced_lines"] = lost
            report.problem(
                "warning", f"text on {describe_lines(lost)} could not be placed in the report and is left out",
                line=next((n for n in lost if n is not None), None),
                hint="put it under one of the form's questions (or tell the perskamer maintainers: this is a bug)",
            )
    if not boundaries:
        report.problem("error", "no form questions found: this does not look like a session report", hint=NO_SECTIONS_HINT)
    elif not sections:
        report.problem("error", "the form questions are all unanswered", hint="fill in at least one question")
    if boundaries and not report.title:
        report.problem("warning", "no session title found", field="title",
                       hint="put the session title on its own line above the first question")
    if boundaries and report.date is None and "day_month" not in report.private:
        report.problem("warning", "no date found", field="date", hint="add a line like 'Datum: 6 juni 2023'")
    return report


def _reporter_words(text: str) -> str:
    """The words of a question line that are not the form's (see :func:`is_form_word`)."""
    return " ".join(t for t in tokens(text) if not is_form_word(t))


def _photo_mentions(body: list[_Item], report: Report, noted: list[str], *, attached: bool) -> list[_Item]:
    """A line naming a photo file ("[foto in bijlage: IMG_4471.jpg – de landkaart]") is no
    text to publish: its description stays, the file name goes to a warning when the
    photo itself is not in the report."""
    out: list[_Item] = []
    for it in body:
        m = (_PHOTO_MENTION_RE.match(it.text)
             if it.block.kind != "image" and "." in it.text and _PHOTO_EXTENSION_RE.search(it.text) else None)
        if not m:
            out.append(it)
            continue
        name = m.group("file").strip()
        noted.append(it.text)
        if not attached:
            report.problem(
                "warning", f"the photo {name} is mentioned but not in the report", line=it.block.line, field="photo",
                hint=f"insert {name} into the document itself (a file name in the text is not published)",
            )
        desc = (m.group("desc") or "").strip().rstrip(".").strip()
        if desc:
            out.append(_Item(it.block, desc[:1].upper() + desc[1:], it.hard_break))
    return out


def _group(items: list[_Item]) -> list[tuple[str, list[_Item]]]:
    groups: list[tuple[str, list[_Item]]] = []
    for it in items:
        kind = it.block.kind if it.block.kind in ("title", "heading", "image") else "p"
        standalone = _known_label(it.text) or is_url_line(it.text) or _date_only(it.text)
        if it.hard_break or not groups or standalone or groups[-1][0] != kind or groups[-1][1][-1].block.kind == "image" \
                or _known_label(groups[-1][1][-1].text) or _date_only(groups[-1][1][-1].text):
            groups.append((kind, [it]))
        else:
            groups[-1][1].append(it)
    return groups
