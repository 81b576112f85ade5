"""Reader for Markdown reports with YAML front matter (``.md``, ``.markdown``).

The front matter (``title``, ``date``, ``session``, ``reporter``, ``speakers``,
``ambitions``, ``photo``, ``status``, ``highlight``, anything else kept in
``report.meta``) is loaded with the safe loader; each ``##`` heading that matches a
form question (in full or as a short label) starts a section, whose text is kept as
written.
"""

from __future__ import annotations

import re
from typing import Any

from perskamer.form import AssembleOptions, Block, assemble_report, decode_text, parse_date_nl, slugify
from perskamer.form.assemble import NO_SECTIONS_HINT
from perskamer.form.layout import is_form_header
from perskamer.form.plugin import reader_hooks
from perskamer.form.questions import best_question
from perskamer.form.quotes import quotes_from_text, section_speakers
from perskamer.model import SECTION_IDS, Photo, Report, Source
from perskamer.yamlutil import YamlError, load_yaml

PLUGIN_NAME = "read-markdown"
SUFFIXES = [".md", ".markdown"]
#: Front matter holds a few metadata fields; a larger block is refused before parsing.
MAX_FRONT_MATTER_CHARS = 64_000
KNOWN_KEYS = ("title", "date", "session", "reporter", "speakers", "ambitions", "photo", "status", "highlight")

_ATX_RE = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT_RE = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_FENCE_RE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_IMAGE_RE = re.compile(r"!\[(?P<alt>[^\]]*)\]\(\s*(?:<(?P<src1>[^>]+)>|(?P<src2>[^\s)]+))(?:\s+[\"'(](?P<title>[^\"')]*)[\"')])?\s*\)")
_LABEL_RE = re.compile(r"^\s*(?P<label>datum|date|verslaggever|verslag|reporter|auteur)\s*:\s*(?P<value>.+?)\s*$", re.IGNORECASE)
_EMPHASIS_RE = re.compile(r"^[*_]+|[*_]+$")


def split_front_matter(text: str) -> tuple[str | None, int, str, int]:
    """Return (yaml_text or None, yaml_first_line, body, body_first_line); lines are 1-based.

    ``yaml_text`` is ``""`` with ``yaml_first_line == -1`` when the block is not closed.
    """
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return None, 0, text, 1
    for i in range(1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            return "\n".join(lines[1:i]), 2, "\n".join(lines[i + 1 :]), i + 2
    return "", -1, text, 1


def _str(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _photo_from_front_matter(value: Any) -> Photo | None:
    if isinstance(value, str) and value.strip():
        return Photo(src=value.strip())
    if isinstance(value, dict):
        src = _str(value.get("src") or value.get("path") or value.get("file"))
        if src:
            return Photo(src=src, alt=_str(value.get("alt")), caption=_str(value.get("caption")) or None)
    return None


def read_markdown(source: Source) -> Report:
    """Parse ``source.data`` into a report. Never raises."""
    report = Report(source=source.rel, slug=slugify(source.stem), format="markdown")
    decoded = decode_text(source.data)
    if decoded.text is None:
        report.problem("error", f"cannot read this file as text: {decoded.error}",
                       hint="save the report as Markdown text (UTF-8)", plugin=PLUGIN_NAME)
        return report
    if decoded.warning:
        report.problem("warning", f"text encoding: {decoded.warning}",
                       hint="save the file as UTF-8 to be sure every accented letter is right", plugin=PLUGIN_NAME)
    report.private["encoding"] = decoded.encoding
    text = decoded.text.replace("\r\n", "\n").replace("\r", "\n")
    try:
        _read(text, report)
    except Exception as exc:  # a bug, not bad input: never let it escape as a traceback
        report.problem("error", f"could not read the report ({type(exc).__name__}: {exc})", plugin=PLUGIN_NAME)
    return report


def _read(text: str, report: Report) -> None:
    yaml_text, yaml_line, body, body_line = split_front_matter(text)
    fm: dict[str, Any] = {}
    if yaml_text is not None:
        if yaml_line < 0:
            report.problem("error", "the front matter starting on line 1 is not closed with '---'", line=1,
                           hint="end the metadata block with a line holding only ---", plugin=PLUGIN_NAME)
        else:
            try:
                loaded = load_yaml(yaml_text, line_offset=yaml_line - 1, max_chars=MAX_FRONT_MATTER_CHARS)
            except YamlError as exc:
                report.problem("error", f"front matter: {exc.message}", line=exc.line, hint=exc.hint,
                               plugin=PLUGIN_NAME)
                loaded = None
            if loaded is not None:
                if loaded.data is None:
                    pass
                elif not isinstance(loaded.data, dict):
                    report.problem("error", "front matter must be a list of 'key: value' lines", line=yaml_line,
                                   hint="write e.g. 'title: ...' and 'date: 2023-06-06'", plugin=PLUGIN_NAME)
                else:
                    fm = loaded.data
                    report.private["front_matter_lines"] = dict(loaded.lines)
                    report.private["front_matter"] = dict(fm)
    lines_map: dict[Any, int] = report.private.get("front_matter_lines", {})
    _apply_front_matter(fm, report, lines_map)
    _read_body(body, body_line, report)


def _apply_front_matter(fm: dict[str, Any], report: Report, lines: dict[Any, int]) -> None:
    for key, value in fm.items():
        key_s = str(key)
        line = lines.get((key,))
        if key_s == "title":
            if isinstance(value, str | int | float) and not isinstance(value, bool):
                report.title = _str(value)
            elif value is not None:
                report.problem("error", "title must be text", line=line, field="title",
                               hint='write title: "Session title"', plugin=PLUGIN_NAME)
        elif key_s == "date":
            parsed = parse_date_nl(value) if value is not None else None
            if parsed is None and value is not None:
                report.problem("error", f"cannot read the date {value!r}", line=line, field="date",
                               hint="write date: 2023-06-06 (or 6 juni 2023)", plugin=PLUGIN_NAME)
            report.date = parsed
        elif key_s == "photo":
            photo = _photo_from_front_matter(value)
            if photo is None and value is not None:
                report.problem("error", "photo must be a file path (or src/alt/caption)", line=line, field="photo",
                               hint="write photo: images/foto.jpg", plugin=PLUGIN_NAME)
            elif photo is not None:
                report.photo = photo
            report.meta["photo"] = value
        else:
            report.meta[key_s] = value


def _headings(lines: list[str]) -> list[tuple[int, int, str]]:
    """(index, level, text) of the ATX and setext headings outside code fences."""
    out: list[tuple[int, int, str]] = []
    fence: str | None = None
    for i, line in enumerate(lines):
        m = _FENCE_RE.match(line)
        if m:
            marker = m.group(1)[0]
            if fence is None:
                fence = marker
            elif fence == marker:
                fence = None
            continue
        if fence:
            continue
        m = _ATX_RE.match(line)
        if m and (m.group(2) or "").strip():
            out.append((i, len(m.group(1)), m.group(2).strip()))
            continue
        if i > 0 and _SETEXT_RE.match(line) and lines[i - 1].strip() and not _ATX_RE.match(lines[i - 1]):
            if out and out[-1][0] == i - 1:
                continue
            level = 1 if line.strip().startswith("=") else 2
            if i > 1 and lines[i - 2].strip():
                continue  # only a one-line paragraph becomes a setext heading here
            out.append((i - 1, level, lines[i - 1].strip()))
    return out


def _clean_section(lines: list[str]) -> str:
    text = "\n".join(lines).strip("\n")
    return text.strip()


def _read_body(body: str, first_line: int, report: Report) -> None:
    lines = body.split("\n")
    heads = _headings(lines)
    boundaries: list[tuple[int, int, str, int]] = []  # (index, skip_lines, section, level)
    seen: set[str] = set()
    h1_title: str | None = None
    matches = [best_question(_EMPHASIS_RE.sub("", text).strip(), heading=True) for _i, _l, text in heads]
    # The form's questions stand at one heading level; a deeper heading that reads like a question
    # is a sub-heading of the answer ("### Vragen aan de sprekers" inside the quotes answer, above a
    # pasted wall) when the form's own question for that section stands at the form's level too,
    # not the question itself: it stays in its answer (session 19; before, it took
    # the rest of the answer to sections.questions, where the quote rules did not reach).
    levels = [level for (_i, level, _t), m in zip(heads, matches, strict=True) if m]
    form_level = min(levels) if len({m.section for m in matches if m}) >= 2 else None
    for (idx, level, text), match in zip(heads, matches, strict=True):
        plain = _EMPHASIS_RE.sub("", text).strip()
        if match and form_level is not None and level > form_level and any(
                m and m.section == match.section and lv == form_level
                for (_i, lv, _t), m in zip(heads, matches, strict=True)):
            continue
        if match and match.section not in seen:
            seen.add(match.section)
            skip = 2 if idx + 1 < len(lines) and _SETEXT_RE.match(lines[idx + 1]) and not _ATX_RE.match(lines[idx]) else 1
            boundaries.append((idx, skip, match.section, level))
        elif level == 1 and h1_title is None and not boundaries and not is_form_header(plain):
            h1_title = plain

    if not boundaries:
        # No question headings: read the body like a form (questions as bold or plain lines).
        _read_body_as_form(lines, first_line, report)
        return

    sections: dict[str, str] = {}
    section_lines: dict[str, int] = {}
    section_starts: dict[str, int] = {}
    for n, (idx, skip, sid, _level) in enumerate(boundaries):
        stop = boundaries[n + 1][0] if n + 1 < len(boundaries) else len(lines)
        content = lines[idx + skip : stop]
        text = _clean_section(content)
        report.private.setdefault("form_questions", {})[sid] = first_line + idx
        if text:
            sections[sid] = text
            section_lines[sid] = first_line + idx
            lead = 0
            while lead < len(content) and not content[lead].strip():
                lead += 1
            section_starts[sid] = first_line + idx + skip + lead
    report.sections = {sid: sections[sid] for sid in SECTION_IDS if sid in sections}
    report.section_lines = section_lines

    # header zone: date / reporter lines, title from the first # heading
    header = lines[: boundaries[0][0]]
    for i, line in enumerate(header):
        m = _LABEL_RE.match(_EMPHASIS_RE.sub("", line.strip()))
        if not m:
            continue
        label = m.group("label").lower()
        value = _EMPHASIS_RE.sub("", m.group("value")).strip()
        if label in ("datum", "date") and report.date is None:
            parsed = parse_date_nl(value)
            if parsed:
                report.date = parsed
            else:
                report.problem("warning", f"cannot read the date {value!r}", line=first_line + i, field="date",
                               hint="write the date like 6 juni 2023", plugin=PLUGIN_NAME)
        elif label not in ("datum", "date"):
            report.meta.setdefault("reporter", value)
    if not report.title and h1_title:
        report.title = h1_title

    if "quotes" in report.sections:
        report.quotes = quotes_from_text(report.sections["quotes"], first_line=section_starts["quotes"], markdown=True)
    # quote-shaped content in any section: its authors (session 19; perskamer.form.quotes)
    export_speakers: dict[str, list[str]] = {}
    for sid, text in report.sections.items():
        lines, starts, new_para = [], [], True
        for raw in text.split("\n"):
            if not raw.strip():
                new_para = True
                continue
            lines.append(raw)
            starts.append(new_para)
            new_para = False
        found = section_speakers(lines, starts, quotes_section=sid == "quotes")
        if found:
            export_speakers[sid] = found
    if export_speakers:
        report.private["export_speakers"] = export_speakers
    _photo_from_section(report, section_starts.get("photo"))
    _common_problems(report)


def _photo_from_section(report: Report, start: int | None) -> None:
    text = report.sections.get("photo", "")
    m = _IMAGE_RE.search(text)
    if not m:
        return
    src = (m.group("src1") or m.group("src2") or "").strip()
    alt = m.group("alt").strip()
    line = (start + text[: m.start()].count("\n")) if start else None
    if re.match(r"^[a-z][a-z0-9+.-]*:|^//", src, re.IGNORECASE):
        report.problem("warning", f"the photo {src} is not a local file and is not fetched", line=line,
                       field="photo", hint="put the image next to the report and link it by its file name",
                       plugin=PLUGIN_NAME)
        return
    after = text[m.end() :].strip().split("\n\n")[0].strip()
    caption = _EMPHASIS_RE.sub("", after).strip() if after and not _IMAGE_RE.search(after) else None
    caption = caption or (m.group("title") or None)
    if report.photo is None:
        report.photo = Photo(src=src, alt=alt, caption=caption)
    elif report.photo.src == src:
        report.photo.alt = report.photo.alt or alt
        report.photo.caption = report.photo.caption or caption
    if report.photo is not None and report.photo.src == src and line is not None:
        report.private["photo_line"] = line


def _read_body_as_form(lines: list[str], first_line: int, report: Report) -> None:
    blocks: list[Block] = []
    new_para = True
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            new_para = True
            continue
        kind = "text"
        bold = False
        m = _ATX_RE.match(line)
        if m:
            kind, line = "heading", (m.group(2) or "").strip()
        stripped = _EMPHASIS_RE.sub("", line).strip()
        if line.startswith(("**", "__")) and line.rstrip(":").endswith(("**", "__")):
            bold, line = True, stripped
        blocks.append(Block(line, line=first_line + i, kind=kind, bold=bold, new_para=new_para or kind == "heading"))
        new_para = kind == "heading" or bold
    title, date = report.title, report.date
    assemble_report(blocks, report, AssembleOptions())
    report.title = title or report.title
    report.date = date or report.date
    report.format = "markdown"


def _common_problems(report: Report) -> None:
    if not report.sections:
        report.problem("error", "no form questions found: this does not look like a session report",
                       hint=NO_SECTIONS_HINT + "; in Markdown, put each question in a '## ' heading",
                       plugin=PLUGIN_NAME)
    if not report.title:
        report.problem("warning", "no session title found", field="title",
                       hint="add 'title: ...' to the front matter", plugin=PLUGIN_NAME)
    if report.date is None:
        report.problem("warning", "no date found", field="date",
                       hint="add 'date: 2023-06-06' to the front matter", plugin=PLUGIN_NAME)


perskamer_source_suffixes, perskamer_read_source = reader_hooks(SUFFIXES, read_markdown)
