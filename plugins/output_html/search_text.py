"""What the site search knows of one report: its fragment, made from the report's record page.

The record page (``search_record.html``, rendered from the same view as the report's page)
marks what is the title, what is shown beside a hit (date, session), the filters
(ambition, date) and what is not text to search. :func:`fragment` reads it with a small
scanner and returns the report's part of the index: the text a result quotes, and the
count of every *term* in it. With the package's own record template the html output
skips the page: :func:`fragment_of_view` makes the same fragment from the view.

Terms: the words (runs of letters and digits, lower case, NFC) stemmed by Snowball's two
Dutch stemmers. ``dutch`` (Snowball 3, after Kraaij-Pohlmann) undoes diminutives and
more plurals (``kindjes`` -> ``kind``, ``huizen`` -> ``huis``) but keeps some plural
vowels apart (``verslagen`` -> ``verslaag``); ``dutch_porter`` (the Dutch stemmer of
Snowball 2, which Pagefind used) joins those (``verslagen`` -> ``verslag``). A word counts
under both stems, and the browser looks a typed word up under both, so either
algorithm's match is found. The browser runs the same algorithms, ported from this
package's generated code (``templates/stemmer-nl.js``, ``tools/port_snowball.py``);
``tests/test_search_stemmer.py`` checks that both stem alike.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import Counter
from functools import lru_cache
from typing import Any

#: The stemming algorithms, in the order the browser applies them (see search.js).
STEMMERS = ("dutch", "dutch_porter")
#: Shorter words are not indexed (and not looked up).
MIN_WORD = 2
_WORD_RE = re.compile(r"[^\W_]+")
_SPACE_RE = re.compile(r"\s+")


def words(text: str) -> list[str]:
    """The words of ``text`` as the index and the browser split them: lower case, NFC, letters and digits."""
    return _WORD_RE.findall(unicodedata.normalize("NFC", text).lower())


@lru_cache(maxsize=1)
def _stemmers() -> tuple[Any, ...]:
    import snowballstemmer  # uses PyStemmer's C build of the same algorithms when it is installed

    return tuple(snowballstemmer.stemmer(name) for name in STEMMERS)


#: Terms of words already stemmed in this process (a congress's reports share most words).
_TERMS: dict[str, tuple[str, ...]] = {}


def terms_of(word: str) -> tuple[str, ...]:
    """The distinct stems of one lower-case word (one or two)."""
    found = _TERMS.get(word)
    if found is None:
        if len(_TERMS) > 200_000:
            _TERMS.clear()
        stems = [s.stemWord(word) for s in _stemmers()]
        found = _TERMS[word] = tuple(dict.fromkeys(stems))
    return found


def term_counts(text: str) -> dict[str, int]:
    """How often each term occurs in ``text`` (words shorter than :data:`MIN_WORD` left out).

    Counted by white-space-separated token, not by word: no white space is a letter or
    digit, so a token holds whole words only, and most tokens are one word (``isalnum``);
    each distinct token's terms are worked out once per process (:func:`_token_terms`).
    The terms come out in the order of the words' first occurrence, as counting word by
    word gives them (``tests/test_search_terms.py``).
    """
    counts: dict[str, int] = {}
    get = counts.get
    for token, n in Counter(unicodedata.normalize("NFC", text).lower().split()).items():
        found = _TOKEN_TERMS.get(token)
        for term in found if found is not None else _token_terms(token):
            counts[term] = get(term, 0) + n
    return counts


#: The terms of a lower-case token already seen in this process (see :func:`term_counts`).
_TOKEN_TERMS: dict[str, tuple[str, ...]] = {}


def _token_terms(token: str) -> tuple[str, ...]:
    """The terms of one white-space-free token, word by word (a word's stems in turn), with repeats."""
    if len(_TOKEN_TERMS) > 200_000:
        _TOKEN_TERMS.clear()
    found = _TOKEN_TERMS[token] = tuple(
        term
        for word in ((token,) if token.isalnum() else _WORD_RE.findall(token))
        if len(word) >= MIN_WORD
        for term in terms_of(word)
    )
    return found


def _marks(attrs: str) -> dict[str, str]:
    """The search marks among a tag's attributes: ``data-search-meta="title"`` -> ``{"meta": "title"}``.

    Pagefind's names (``data-pagefind-meta``) are read too, for record templates written before.
    """
    found = {}
    for name, _eq, *values in _ATTR_RE.findall(attrs):
        for prefix in ("data-search-", "data-pagefind-"):
            if name.lower().startswith(prefix):
                found[name.lower()[len(prefix):]] = html.unescape(next((v for v in values if v), ""))
    return found


#: A record page, piece by piece: a comment or declaration, a tag (end mark, name, attributes), or text.
_PIECE_RE = re.compile(r"<!--.*?-->|<![^>]*>|<\?[^>]*>|<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>|([^<]+|<)", re.S)
_ATTR_RE = re.compile(r"""([^\s=/>]+)(\s*=\s*)?(?:"([^"]*)"|'([^']*)'|([^\s>]*))""")
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "wbr", "source", "area", "col", "embed", "param", "track"})
_BLOCK = frozenset({"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "div", "tr", "td", "th", "dd", "dt", "br", "figcaption", "ul", "ol", "table"})
_RAW = frozenset({"script", "style", "template"})


def _read_record(page: str) -> tuple[list[str], dict[str, str], dict[str, list[str]], dict[str, str]]:
    """The text (with line breaks between blocks), meta, filters and sort values of a record page.

    A small scanner instead of ``html.parser`` (five times slower here): record pages are
    rendered by our templates from sanitised HTML, and anything else it meets (a stray end
    tag, a ``<`` in text) is read as text or ignored, never an error.
    """
    stack: list[tuple[str, dict[str, str]]] = []  # open elements: tag, marks
    opened: dict[str, int] = {}  # how many elements of each tag are open (in the stack)
    capture: list[tuple[str, str, list[str], int]] = []  # (kind, key, text, depth) of open marked elements
    text: list[str] = []
    meta: dict[str, str] = {}
    filters: dict[str, list[str]] = {}
    sort: dict[str, str] = {}
    ignoring = 0  # open elements marked ignore
    body = False  # a body mark was seen: only text inside it counts
    in_body = 0
    raw = None
    for match in _PIECE_RE.finditer(page):
        end, tag, attrs, data = match.groups()
        if raw is not None:  # inside <script> or <style>: skipped up to its end tag
            if end and tag and tag.lower() == raw:
                raw = None
            continue
        if data is not None:
            if "&" in data:
                data = html.unescape(data)
            for _kind, _key, parts, _depth in capture:
                parts.append(data)
            if not ignoring and (in_body or not body):
                text.append(data)
            continue
        if tag is None:
            continue  # a comment or declaration
        tag = tag.lower()
        if tag in _BLOCK:
            text.append("\n")
        if end:
            if tag in _VOID or not opened.get(tag):
                continue  # a stray end tag closes nothing
            while stack:
                open_tag, marks = stack.pop()
                opened[open_tag] -= 1
                ignoring -= "ignore" in marks
                in_body -= "body" in marks
                while capture and capture[-1][3] > len(stack):
                    kind, key, parts, _depth = capture.pop()
                    value = _SPACE_RE.sub(" ", "".join(parts)).strip()
                    if kind == "meta":
                        meta[key] = value
                    elif kind == "filter" and value:
                        filters.setdefault(key, []).append(value)
                    elif kind == "sort":
                        sort[key] = value
                if open_tag == tag:
                    break
            continue
        if tag in _RAW:
            raw = tag
            continue
        if tag in _VOID or attrs.rstrip().endswith("/"):
            continue
        marks = _marks(attrs) if "data-" in attrs else {}
        if "body" in marks:
            if not body:
                text.clear()
            body = True
            in_body += 1
        ignoring += "ignore" in marks
        stack.append((tag, marks))
        opened[tag] = opened.get(tag, 0) + 1
        for kind in ("meta", "filter", "sort"):
            if marks.get(kind):
                capture.append((kind, marks[kind], [], len(stack)))
    return text, meta, filters, sort


def fragment(record_html: str) -> dict[str, Any]:
    """One report's part of the index, from its record page.

    ``{"title", "meta": {...}, "filters": {name: [values]},
    "text": the searchable text (lines), "terms": {term: count}}``. The title is searched
    too (its words count in ``terms``), and shown as the result's link.
    """
    parts, meta, filters, _sort = _read_record(record_html)
    return _fragment_of(parts, meta, filters)


#: What makes a section's HTML unfit for :func:`fragment_of_view`: a mark, a raw or declared
#: piece, or an element of the record page's own frame that an end tag in it could close.
_NOT_PLAIN_RE = re.compile(r"data-|<[!?]|</?(?:html|head|body|main|section|div|h1|h2|script|style|template)\b", re.I)
#: A tag (as :data:`_PIECE_RE` reads one): end mark, name, attributes.
_TAG_RE = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>")


def _block_or_nothing(match: re.Match[str]) -> str:
    return "\n" if match.group(2).lower() in _BLOCK else ""


def _plain_text(html_text: str) -> str | None:
    """The text :func:`_read_record` reads from sanitised section HTML inside the record's body
    (a block element's tags are line breaks, other tags nothing, character references
    resolved), or ``None`` when the HTML is not plain enough to be sure (see :data:`_NOT_PLAIN_RE`)."""
    if "<" not in html_text:
        return html.unescape(html_text) if "&" in html_text else html_text
    if _NOT_PLAIN_RE.search(html_text):
        return None
    # Element by element the scanner unescapes each text piece; a sanitiser writes every "&"
    # of a text as the start of a whole reference, so no reference spans a tag and the joined
    # text unescapes alike.
    text = _TAG_RE.sub(_block_or_nothing, html_text)
    if "<" in text:  # a "<" that starts no tag: read as text, as the scanner does, but not here
        return None
    return html.unescape(text) if "&" in text else text


def fragment_of_view(view: dict[str, Any]) -> dict[str, Any] | None:
    """``fragment(page)`` for the record page the package's ``search_record.html`` renders from
    ``view``, without rendering and reading it back; ``None`` when a section's HTML is not
    plain (see :func:`_plain_text`): render the page then.

    The same text line by line: the record's title, the speakers, each section's label and
    text (its quotes' text and attribution), with the meta (title, date, session) and the
    filters (date, ambitions) the page marks. ``tests/test_search_record_direct.py`` compares
    both on every report we have and on generated views; the built-in template and this
    function change together.
    """
    parts: list[str] = ["\n", view["title"], "\n", "\n"]  # <h1>, then the ignored <div>'s line breaks
    meta: dict[str, str] = {"title": _SPACE_RE.sub(" ", view["title"]).strip()}
    filters: dict[str, list[str]] = {}
    date = view.get("date")
    if date:
        value = _SPACE_RE.sub(" ", date).strip()
        if value:
            filters["datum"] = [value]
        meta["datum"] = value
    if view.get("session"):
        meta["sessie"] = _SPACE_RE.sub(" ", view["session"]).strip()
    for ambition in view.get("ambitions") or ():
        value = _SPACE_RE.sub(" ", str(ambition["label"])).strip()
        if value:
            filters.setdefault("ambitie", []).append(value)
    speakers = view.get("speakers")
    if speakers:
        parts += ["\n", ", ".join(str(s) for s in speakers), "\n"]
    for section in view["sections"]:
        parts += ["\n", "\n", str(section["label"]), "\n"]
        if section["id"] == "quotes":
            for quote in view["quotes"]:
                parts += ["\n", "\n", str(quote["text"]), "\n"]
                said = quote["attribution"] or quote["speaker"]
                if said:
                    parts += ["\n", str(said), "\n"]
                parts.append("\n")
        else:
            text = _plain_text(str(section["html"]))
            if text is None:
                return None
            parts.append(text)
        parts.append("\n")
    return _fragment_of(parts, meta, filters)


def _fragment_of(parts: list[str], meta: dict[str, str], filters: dict[str, list[str]]) -> dict[str, Any]:
    title = meta.pop("title", "")
    lines = [" ".join(words) for line in "".join(parts).split("\n") if (words := line.split())]
    if lines and title and lines[0] == title:
        lines = lines[1:]  # the title is the result's link, not its excerpt
    text = "\n".join(lines)
    terms = term_counts(title + "\n" + text)
    return {"title": title, "meta": meta, "filters": filters, "text": text, "terms": terms}
