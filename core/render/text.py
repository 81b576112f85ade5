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


_HEADING_TAG_RE = re.compile(r"<(/?)h([1-6])")


def _shift_headings(html: str, shift: int) -> str:
    def repl(m: re.Match[str]) -> str:
        level = min(6, int(m.group(2)) + shift)
        return f"<{m.group(1)}h{level}"

    return _HEADING_TAG_RE.sub(repl, html) if "<h" in html or "</h" in html else html


#: Characters that may mean something to CommonMark (or its strikethrough) anywhere in a line
#: (a backslash, star or backtick is fine when it is part of the escapes the readers write).
_MD_INLINE_MARKS = frozenset("_[]<>&~")
#: The backslash escapes the readers write (\\* \\\\ \\`), or a star, backtick or backslash otherwise.
_MD_ESCAPE_RE = re.compile(r"\\([*\\`])|[*`\\]")
#: What a line may not start with in a plain paragraph (block markers; digits: ordered lists).
_MD_LINE_STARTS = frozenset("-+#=>|0123456789")


def _plain_paragraphs_html(text: str) -> str | None:
    """What markdown-it renders for ``text`` when it is plain paragraphs, else None.

    Plain: paragraphs separated by one empty line, every line non-empty with no white
    space around it, no other white space than spaces, no control characters, nothing
    CommonMark could read as markup (see _MD_INLINE_MARKS and _MD_LINE_STARTS; stars,
    backticks and backslashes only as the escapes \\* \\` \\\\). Then each paragraph is
    ``<p>`` + its lines (joined by a soft line break, rendered as a newline), escapes
    resolved, HTML-escaped as markdown-it escapes text + ``</p>`` and a newline.
    """
    if not text or not _MD_INLINE_MARKS.isdisjoint(text) or not text.replace("\n", "").isprintable():
        return None  # (str.isprintable: no control characters, no white space but the space)
    out = []
    for para in text.split("\n\n"):
        for line in para.split("\n"):
            if not line or line[0] in _MD_LINE_STARTS or line != line.strip():
                return None
        if "\\" in para or "*" in para or "`" in para:
            # an escaped character stands for itself; any other star, backtick or backslash is markup
            pieces = _MD_ESCAPE_RE.split(para)  # text, escaped char or None, text, ...
            if None in pieces[1::2]:
                return None
            para = "".join(pieces)
        out.append("<p>" + para.replace('"', "&quot;") + "</p>\n")
    return "".join(out)


def markdown_to_html(text: str, *, heading_shift: int = 2) -> str:
    """Render report Markdown to sanitised HTML.

    Headings inside a section are shifted down (``#`` becomes ``h3``) so the page
    keeps one ``h1`` and a sound heading order. Images are dropped: the photo is
    shown by the template, from a checked file, never from a URL in the text.
    """
    import nh3

    html = _plain_paragraphs_html(text or "")
    if html is None:
        html = _markdown().render(text or "")
    if heading_shift:
        html = _shift_headings(html, heading_shift)
    return typographic_html(nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes={"a": {"href", "title"}, "span": {"class"}, "ol": {"start"}},
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
    ))


# -- Dutch typography: curly quotes and apostrophes ---------------------------------------

#: Elisions written with an apostrophe before the word: 't, 's, 'k, 'n, 'm, 'r ('s avonds).
_ELISION_RE = re.compile(r"(?<![\w’])'(?=[tskmnr]\b)", re.I)
#: A year cut short: '23.
_YEAR_RE = re.compile(r"(?<![\w’])'(?=\d\d\b)")
_INNER_APOSTROPHE_RE = re.compile(r"(?<=\w)'(?=\w)")
#: A quote mark opens after these (or at the start of the text); it closes elsewhere.
_OPENS_AFTER = " \t\n\u00a0([{„“‘«—–-/"


def smart_quotes(text: str, before: str = " ") -> str:
    """Straight quotes and apostrophes as Dutch typography writes them.

    ``'t`` and ``Jan's`` get a ’ (apostrophe), ``'…'`` becomes ‘…’ and ``"…"`` becomes “…”.
    ``before`` is the character that precedes ``text`` (for text split by markup).
    """
    if "'" not in text and '"' not in text:
        return text
    return _smart_quotes(text, before[-1:] or " ")


@lru_cache(maxsize=16384)
def _smart_quotes(text: str, prev: str) -> str:
    """:func:`smart_quotes` of a text with quote marks (remembered: watch shows the same titles every save)."""
    if "'" in text:
        text = _ELISION_RE.sub("’", text)
        text = _YEAR_RE.sub("’", text)
        text = _INNER_APOSTROPHE_RE.sub("’", text)
    out = []
    for ch in text:
        if ch == "'":
            ch = "‘" if prev in _OPENS_AFTER else "’"
        elif ch == '"':
            ch = "“" if prev in _OPENS_AFTER else "”"
        out.append(ch)
        prev = ch
    return "".join(out)


_TAG_OR_TEXT_RE = re.compile(r"(<[^>]*>)")
_VERBATIM_TAGS = ("code", "pre")


def typographic_html(html: str) -> str:
    """:func:`smart_quotes` on the text of sanitised HTML (tags, attributes and code untouched)."""
    if "'" not in html and '"' not in html and "&#39;" not in html and "&quot;" not in html:
        return html
    parts = _TAG_OR_TEXT_RE.split(html)
    verbatim = 0
    before = " "
    for i, part in enumerate(parts):
        if not part:
            continue
        if part.startswith("<"):
            name = part.strip("</>").split()[0].lower() if part.strip("</>").split() else ""
            if name in _VERBATIM_TAGS:
                verbatim += -1 if part.startswith("</") else 1
            elif name in ("p", "li", "br", "h3", "h4", "h5", "h6", "blockquote", "td", "th"):
                before = " "
            continue
        if verbatim <= 0:
            text = part.replace("&#39;", "'").replace("&quot;", '"')
            parts[i] = smart_quotes(text, before)
        before = parts[i][-1:]
    return "".join(parts)


_MD_MARKS = re.compile(r"[*_`>#\[\]]|!\[|\]\([^)]*\)")


_IMAGE_RE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK_RE = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_BLOCK_MARK_RE = re.compile(r"^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+", flags=re.M)
_EMPHASIS_RE = re.compile(r"(\*\*|__|\*|_|`)(\S.*?\S|\S)\1")
_BLANKS_RE = re.compile(r"[ \t]+")


def plain_text(markdown: str) -> str:
    """Markdown reduced to readable plain text (for teasers and e-mail text parts)."""
    # (the image, link and emphasis patterns only run when their marks occur)
    text = markdown or ""
    if "![" in text:
        text = _IMAGE_RE.sub("", text)
    if "](" in text:
        text = _LINK_RE.sub(r"\1", text)
    text = _BLOCK_MARK_RE.sub("", text)
    if "*" in text or "_" in text or "`" in text:
        text = _EMPHASIS_RE.sub(r"\2", text)
    return _BLANKS_RE.sub(" ", text).strip()


_SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?])\s+")


@lru_cache(maxsize=8192)
def teaser(markdown: str, limit: int = 220) -> str:
    """The first sentences of a text, up to about ``limit`` characters, cut at a word.

    Remembered per text: the index, the theme pages and the digest show every report's
    teaser, and a rebuild in watch would otherwise make them all again.
    """
    text = " ".join(plain_text(markdown).split())
    if len(text) <= limit:
        return text
    sentences = _SENTENCE_SPLIT_RE.split(text)
    out = ""
    for sentence in sentences:
        if len(out) + len(sentence) + 1 > limit:
            break
        out = f"{out} {sentence}".strip()
    if len(out) >= limit * 0.5:
        return out
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:–- ")
    return cut + "\u00a0…"  # a no-break space: the ellipsis never wraps onto a line of its own
