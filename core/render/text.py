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


#: Characters the fast path leaves to markdown-it wherever they are: entities, autolinks and
#: raw HTML (shown as text), underscores (emphasis with other rules), strikethrough.
_MD_UNHANDLED = frozenset("_<&~")
#: A line that may start another block than a paragraph's line: a list item, a heading, a block
#: quote (inside one), a fenced code block, a table row (no CommonMark: left to markdown-it too).
_MD_BLOCK_START_RE = re.compile(r"[-+*](?: |$)|\d{1,9}[.)](?: |$)|#{1,6}(?: |$)|>|```|\|")
#: A paragraph's text, piece by piece: an escape (a backslash and the next character), a run
#: of backticks, a run of stars, other text, or a backslash ending the text.
_MD_INLINE_RE = re.compile(r"\\(.)|(`+)|(\*+)|[^\\`*]+|\\", re.S)


def _simple_markdown_html(text: str) -> str | None:
    """What markdown-it renders for ``text`` when it is simple Markdown, else None.

    Simple: paragraphs and block quotes (every line starting with ``> ``), separated by one
    empty line; every line non-empty with no white space around it, no other white space
    than spaces, no control characters, and not starting another kind of block (see
    _MD_BLOCK_START_RE; no thematic break or heading underline); no ``_ < & ~`` anywhere and
    no link (``](``, ``]:``; brackets alone are text). Inline: backslash escapes, code spans,
    and ``*emphasis*`` / ``**strong**`` that are not nested and whose stars can only open or
    only close (markdown-it's own flanking rules decide). Anything else is None: markdown-it
    renders it. tests/test_render_markdown_fast.py compares both on generated text.
    """
    if not text or not _MD_UNHANDLED.isdisjoint(text) or "](" in text or "]:" in text:
        return None
    if not text.replace("\n", "").isprintable():  # (no control characters, no white space but the space)
        return None
    out = []
    for block in text.split("\n\n"):
        lines = block.split("\n")
        quoted = lines[0][:1] == ">"
        if quoted:
            if not all(line.startswith("> ") for line in lines):
                return None
            lines = [line[2:] for line in lines]
        for line in lines:
            if not line or line != line.strip() or _MD_BLOCK_START_RE.match(line) or not line.strip("-*_=+#> "):
                return None
        para = "\n".join(lines)
        inline = _simple_inline_html(para) if "*" in para or "`" in para or "\\" in para else _escape_html(para)
        if inline is None:
            return None
        out.append(f"<blockquote>\n<p>{inline}</p>\n</blockquote>\n" if quoted else f"<p>{inline}</p>\n")
    return "".join(out)


def _simple_inline_html(src: str) -> str | None:
    """A paragraph's inline HTML as markdown-it makes it, or None (see _simple_markdown_html)."""
    out: list[str] = []
    opener: tuple[int, int] | None = None  # the open emphasis: its place in ``out``, its length
    pos = 0
    while pos < len(src):
        match = _MD_INLINE_RE.match(src, pos)
        escaped, ticks, stars = match.groups()
        end = match.end()
        if escaped is not None:
            if escaped == "\n":
                return None  # a hard line break
            out.append(_escape_html(escaped if escaped in _ASCII_PUNCTUATION else "\\" + escaped))
        elif ticks is not None:
            close = _closing_backticks(src, end, len(ticks))
            if close is None:
                out.append(ticks)  # no code span: the backticks are text
            else:
                code = src[end:close].replace("\n", " ")
                if code.startswith(" ") and code.endswith(" ") and code.strip(" "):
                    code = code[1:-1]
                out.append(f"<code>{_escape_html(code)}</code>")
                end = close + len(ticks)
        elif stars is not None:
            can_open, can_close = _star_flanks(src, pos, end)
            if can_open == can_close:
                if can_open:
                    return None  # may open or close: CommonMark's rule of three decides
                out.append(stars)  # neither: text
            elif can_open:
                if opener is not None or len(stars) > 2:
                    return None
                opener = (len(out), len(stars))
                out.append("")
            else:
                if opener is None or opener[1] != len(stars):
                    return None
                tag = "strong" if len(stars) == 2 else "em"
                out[opener[0]] = f"<{tag}>"
                out.append(f"</{tag}>")
                opener = None
        else:
            out.append(_escape_html(match.group()))
        pos = end
    return None if opener is not None else "".join(out)


def _closing_backticks(src: str, start: int, size: int) -> int | None:
    """Where the first run of exactly ``size`` backticks at or after ``start`` begins (a code span's end)."""
    pos = src.find("`", start)
    while pos != -1:
        end = pos
        while end < len(src) and src[end] == "`":
            end += 1
        if end - pos == size:
            return pos
        pos = src.find("`", end)
    return None


def _star_flanks(src: str, start: int, end: int) -> tuple[bool, bool]:
    """Whether the run of stars ``src[start:end]`` can open and can close emphasis (markdown-it's scanDelims)."""
    is_white_space, is_punct_char = _markdown_chars()
    last = src[start - 1] if start > 0 else " "
    after = src[end] if end < len(src) else " "
    last_punct = last in _ASCII_PUNCTUATION or is_punct_char(last)
    after_punct = after in _ASCII_PUNCTUATION or is_punct_char(after)
    last_space = is_white_space(ord(last))
    after_space = is_white_space(ord(after))
    left_flanking = not (after_space or (after_punct and not (last_space or last_punct)))
    right_flanking = not (last_space or (last_punct and not (after_space or after_punct)))
    return left_flanking, right_flanking


@lru_cache(maxsize=1)
def _markdown_chars():
    """markdown-it's own white space and punctuation tests (its version decides, as for the rest)."""
    from markdown_it.common.utils import isPunctChar, isWhiteSpace

    return isWhiteSpace, isPunctChar


#: CommonMark's ASCII punctuation: what a backslash escapes, and punctuation for emphasis.
_ASCII_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


def _escape_html(text: str) -> str:
    """Text as markdown-it escapes it (its ``escapeHtml``: & < > and the double quote)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def markdown_to_html(text: str, *, heading_shift: int = 2) -> str:
    """Render report Markdown to sanitised HTML.

    Headings inside a section are shifted down (``#`` becomes ``h3``) so the page
    keeps one ``h1`` and a sound heading order. Images are dropped: the photo is
    shown by the template, from a checked file, never from a URL in the text.
    """
    simple = _simple_markdown_html(text or "")
    if simple is not None:
        # paragraphs, block quotes, emphasis and code: nothing nh3 would remove; its
        # serialiser writes a quote mark in text as is (tests/test_render_markdown_fast.py)
        return typographic_html(simple.replace("&quot;", '"'))
    html = _markdown().render(text or "")
    if heading_shift:
        html = _shift_headings(html, heading_shift)
    return typographic_html(sanitise(html))


def sanitise(html: str) -> str:
    """``html`` with only the tags and attributes of :data:`ALLOWED_TAGS` left (nh3)."""
    import nh3

    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes={"a": {"href", "title"}, "span": {"class"}, "ol": {"start"}},
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
    )


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
            words = part.strip("</>").split()
            name = words[0].lower() if words else ""
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
