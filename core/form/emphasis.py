"""Bold and italic inside a paragraph (DOCX runs, ODT spans) carried to Markdown.

A reader marks emphasis in ``Block.extra["md"]`` with two private-use characters
that open and close a span (:data:`BOLD`, :data:`ITALIC`); ``Block.text`` stays plain,
so questions, labels and quotes are recognised on the plain text. Only the section
Markdown turns the marks into ``**…**`` and ``*…*``, after escaping the text, so an
asterisk the reporter typed stays literal.
"""

from __future__ import annotations

import re

BOLD = "\ue000"
ITALIC = "\ue001"
_MARKS_RE = re.compile(f"[{BOLD}{ITALIC}]")


def mark(text: str, bold: bool, italic: bool) -> str:
    """``text`` wrapped in the marks of its run (white space stays outside the marks)."""
    core = text.strip()
    if not core or not (bold or italic):
        return text
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()):]
    if italic:
        core = f"{ITALIC}{core}{ITALIC}"
    if bold:
        core = f"{BOLD}{core}{BOLD}"
    return f"{lead}{core}{trail}"


def strip_marks(text: str) -> str:
    return _MARKS_RE.sub("", text) if (BOLD in text or ITALIC in text) else text


def merge_adjacent(text: str) -> str:
    """Join spans split over runs: ``B a B B b B`` -> ``B a b B`` (Word splits runs often)."""
    for m in (BOLD, ITALIC):
        text = text.replace(m + m, "").replace(f"{m} {m}", " ")
    return text


_WORD_RE = re.compile(r"[^\W_]")


def bold_lines(parts: list[tuple[str, bool, bool]]) -> list[bool]:
    """Per line of a paragraph's runs ``(text, bold, italic)`` (lines split at ``"\n"``):
    whether the line is bold as layout, i.e. every run holding a letter or digit is bold.

    A bold fragment inside a sentence ("De **kinderen vragen**.") is emphasis, never a
    bold line: a share of bold characters would take it for a question heading.
    """
    lines: list[list[tuple[str, bool]]] = [[]]
    for text, bold, _italic in parts:
        for n, piece in enumerate(text.split("\n")):
            if n:
                lines.append([])
            if _WORD_RE.search(piece):
                lines[-1].append((piece, bold))
    return [bool(line) and all(b for _t, b in line) for line in lines]


def marked_text(parts: list[tuple[str, bool, bool]]) -> str | None:
    """The marked text of a paragraph's runs ``(text, bold, italic)``, or ``None`` when
    nothing is emphasised or everything is (a bold paragraph is layout, not emphasis;
    a run of punctuation or spaces does not count either way)."""
    chars = [(t, b, i) for t, b, i in parts if _WORD_RE.search(t)]
    if not chars or not any(b or i for _t, b, i in chars) or all(b for _t, b, _i in chars) \
            or all(i for _t, _b, i in chars):
        return None
    return merge_adjacent("".join(mark(t, b, i) for t, b, i in parts))


_SPAN_RE = {m: re.compile(f"{m}(.*?){m}", re.DOTALL) for m in (BOLD, ITALIC)}


def to_markdown(escaped: str) -> str:
    """Turn the marks of an escaped paragraph into Markdown emphasis; stray marks go."""
    if BOLD not in escaped and ITALIC not in escaped:
        return escaped
    for m, md in ((BOLD, "**"), (ITALIC, "*")):
        def repl(match: re.Match[str], md: str = md) -> str:
            inner = match.group(1)
            core = inner.strip()
            if not strip_marks(core).strip():
                return inner
            lead = inner[: len(inner) - len(inner.lstrip())]
            trail = inner[len(inner.rstrip()):]
            return f"{lead}{md}{core}{md}{trail}"
        escaped = _SPAN_RE[m].sub(repl, escaped)
    return strip_marks(escaped)
