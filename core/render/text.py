"""Text helpers every output needs: Dutch dates, safe Markdown, teasers."""

from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache

MONTHS_NL = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip

#: Tags the sanitiser lets through: what CommonMark produces, nothing that runs or loads.
ALLOWED_TAGS = {
    "p", "br", "hr", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li",
    "a", "h3", "h4", "h5", "h6", "del", "s", "sup", "sub", "span",
}  # fmt: skip


def date_nl(value: _dt.date | None) -> str:
    """``6 juni 2023``: how a Dutch reader expects a date."""
    if value is None:
        return ""
    return f"{value.day} {MONTHS_NL[value.month - 1]} {value.year}"


@lru_cache(maxsize=1)
def _markdown():
    from markdown_it import MarkdownIt

    # "commonmark" with html off: raw HTML in a report is shown as text, never run.
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable(["strikethrough"])
    return md


def _shift_headings(html: str, shift: int) -> str:
    def repl(m: re.Match[str]) -> str:
        level = min(6, int(m.group(2)) + shift)
        return f"<{m.group(1)}h{level}"

    return re.sub(r"<(/?)h([1-6])", repl, html)


def markdown_to_html(text: str, *, heading_shift: int = 2) -> str:
    """Render report Markdown to sanitised HTML.

    Headings inside a section are shifted down (``#`` becomes ``h3``) so the page
    keeps one ``h1`` and a sound heading order. Images are dropped: the photo is
    shown by the template, from a checked file, never from a URL in the text.
    """
    import nh3

    html = _markdown().render(text or "")
    if heading_shift:
        html = _shift_headings(html, heading_shift)
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes={"a": {"href", "title"}, "span": {"class"}, "ol": {"start"}},
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
    )


_MD_MARKS = re.compile(r"[*_`>#\[\]]|!\[|\]\([^)]*\)")


def plain_text(markdown: str) -> str:
    """Markdown reduced to readable plain text (for teasers and e-mail text parts)."""
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", markdown or "")
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+", "", text, flags=re.M)
    text = re.sub(r"(\*\*|__|\*|_|`)(\S.*?\S|\S)\1", r"\2", text)
    return re.sub(r"[ \t]+", " ", text).strip()


def teaser(markdown: str, limit: int = 220) -> str:
    """The first sentences of a text, up to about ``limit`` characters, cut at a word."""
    text = " ".join(plain_text(markdown).split())
    if len(text) <= limit:
        return text
    sentences = re.split(r"(?<=[.!?])\s+", text)
    out = ""
    for sentence in sentences:
        if len(out) + len(sentence) + 1 > limit:
            break
        out = f"{out} {sentence}".strip()
    if len(out) >= limit * 0.5:
        return out
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:–- ")
    return cut + " …"
