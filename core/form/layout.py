"""Page furniture, broken words and wrapped lines."""

from __future__ import annotations

import re
from collections.abc import Container, Iterable

from .dates import find_date
from .text import fold, is_url_line

# "Verslag sessie congres #Jeugdwerkwerkt • 6 juni 2023 • pagina 1 > 3", "Pagina 2 van 3", "page 2/3"
_PAGE_RE = re.compile(r"\b(?:pagina|page|blz\.?|p\.)\s*\d{1,4}\s*(?:>|/|van|of|-|–|\|)\s*\d{1,4}\b", re.IGNORECASE)
_PAGE_ALONE_RE = re.compile(r"^\s*(?:[-–—]\s*)?(?:pagina\s*|page\s*|p\.\s*)?\d{1,4}(?:\s*(?:/|van|of|>)\s*\d{1,4})?(?:\s*[-–—])?\s*$", re.IGNORECASE)
_FORM_HEADER_RE = re.compile(r"^\s*verslag(?:je)?\s+(?:van\s+(?:de|een)\s+)?sessie\b", re.IGNORECASE)

SOFT_HYPHEN = "\u00ad"
HYPHENS_TO_JOIN = ("\u2010", SOFT_HYPHEN)  # hyphen, soft hyphen: inserted by the layout engine
# Words that follow an elided compound ("peter- en meterschap"): keep the space.
_ELISION_NEXT = frozenset({"en", "of", "tot", "noch", "als", "maar", "and", "or"})


_HAS_DIGIT_RE = re.compile(r"\d")  # every _PAGE_RE match holds a digit


def is_running_header(text: str) -> bool:
    """A page header/footer line: ``... • 6 juni 2023 • pagina 1 > 3``."""
    return (len(text) < 200 and _HAS_DIGIT_RE.search(text) is not None and _may_name_page(text.lower())
            and bool(_PAGE_RE.search(text)))


def _may_name_page(lowered: str) -> bool:
    """Whether ``lowered`` holds the start of every _PAGE_RE match: "pag", "blz" or "p.".

    (Only these ASCII letters match them under re.IGNORECASE, and lower() maps each
    character on its own; so a line without them cannot match, and the pattern, which
    tries its words at every position of the line, need not run.)
    """
    return "pag" in lowered or "blz" in lowered or "p." in lowered


def is_page_number(text: str) -> bool:
    return bool(_PAGE_ALONE_RE.match(text))


def is_nota(text: str) -> bool:
    return text.strip() in ("NOTA", "Nota:", "NOTA:", "NOTITIES", "Notities")


def is_form_header(text: str) -> bool:
    """The form's own heading line ``Verslag sessie congres #Jeugdwerkwerkt``."""
    t = strip_trailing_nota(text)
    return bool(_FORM_HEADER_RE.match(t)) and len(t.split()) <= 8 and ":" not in t


_FORM_HEADER_PREFIX_RE = re.compile(
    r"^\s*verslag(?:je)?\s+(?:van\s+(?:de|een)\s+)?sessie\b\s*(?:congres\b\s*)?(?:#[^\s•|]+)?\s*", re.IGNORECASE
)
_SEPARATORS = " \t-–—•|:,;"


def is_form_header_line(text: str) -> bool:
    """``text`` starts with the form's heading (``Verslag sessie congres #Jeugdwerkwerkt …``),
    whatever follows it (a date, a label)."""
    m = _FORM_HEADER_PREFIX_RE.match(text)
    return m is not None and ("congres" in m.group(0).lower() or "#" in m.group(0) or not text[m.end():].strip())


def strip_form_header(text: str) -> str:
    """Remove the form's heading (``Verslag sessie congres #Jeugdwerkwerkt``) from the start of ``text``."""
    m = _FORM_HEADER_PREFIX_RE.match(text)
    if m and ("congres" in m.group(0).lower() or "#" in m.group(0) or not text[m.end():].strip()):
        return text[m.end():].strip().lstrip(_SEPARATORS).strip()
    return text


_TRAILING_NOTA_RE = re.compile(r"\s+NOTA\s*$")


def strip_trailing_nota(text: str) -> str:
    text = text.strip()
    return _TRAILING_NOTA_RE.sub("", text) if "NOTA" in text else text


def date_in_furniture(text: str):
    found = find_date(text)
    return found[0] if found else None


def strip_soft_hyphens(text: str) -> str:
    """Soft hyphens inside a line are invisible: drop them."""
    return text.replace(SOFT_HYPHEN, "")


def _last_word(text: str) -> str:
    m = re.search(r"(\S+)$", text)
    return m.group(1) if m else ""


def _first_word(text: str) -> str:
    m = re.match(r"^(\S+)", text)
    return m.group(1) if m else ""


_SPACES_RE = re.compile(r"[ ]{2,}")


def join_lines(lines: Iterable[str], vocabulary: Container[str] | None = None) -> str:
    """Join the wrapped lines of one paragraph, repairing words broken at line ends.

    U+2010 and soft hyphens (what WeasyPrint and Word insert) are always joined. A
    plain ``-`` is joined only when the result is clearly one word: both parts are
    lower case and the whole word occurs elsewhere in the document (``vocabulary``);
    otherwise the hyphen is kept (``Oost-Vlaanderen``, ``oud-leider``), and after an
    elided compound (``peter- en meterschap``) the space stays.
    """
    out = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if not out:
            out = line
            continue
        if out.endswith(HYPHENS_TO_JOIN):
            out = out[:-1] + line
            continue
        if out.endswith("-") and not out.endswith((" -", "--")) and len(out) >= 2 and out[-2].isalpha():
            first = _first_word(line)
            head = _last_word(out)[:-1]
            first_core = re.match(r"^[^\W\d_]+", first)
            if fold(first).strip(".,;:!?") in _ELISION_NEXT:
                out = out + " " + line
            elif first_core and head.isalpha() and head.islower() and first[0].islower():
                whole = fold(head + first_core.group(0))
                if vocabulary is not None and whole in vocabulary:
                    out = out[:-1] + line
                else:
                    out = out + line
            else:
                out = out + line  # Oost-\nVlaanderen -> Oost-Vlaanderen
            continue
        out = out + " " + line
    out = strip_soft_hyphens(out)
    return _SPACES_RE.sub(" ", out) if "  " in out else out


_VOCABULARY_RE = re.compile(r"[a-z\u00e0-\u024f]+")


def vocabulary_of(texts: Iterable[str]) -> set[str]:
    """Folded words of a document, to tell broken words from hyphenated ones."""
    words: set[str] = set()
    for t in texts:
        words.update(_VOCABULARY_RE.findall(fold(t)))
    return words


class LazyVocabulary:
    """:func:`vocabulary_of` the texts, worked out at the first membership test (most
    documents never need it: only a word broken at a line end is looked up)."""

    __slots__ = ("_texts", "_words")

    def __init__(self, texts: Iterable[str]):
        self._texts: list[str] | None = list(texts)
        self._words: set[str] | None = None

    def __contains__(self, word: object) -> bool:
        if self._words is None:
            self._words = vocabulary_of(self._texts or ())
            self._texts = None
        return word in self._words


def dedupe_links(lines: list[str]) -> list[bool]:
    """Mark repeated link lines (True = keep): a URL printed again later is furniture."""
    seen: set[str] = set()
    keep: list[bool] = []
    for text in lines:
        if is_url_line(text):
            key = text.strip().strip("<>").rstrip("/")
            keep.append(key not in seen)
            seen.add(key)
        else:
            keep.append(True)
    return keep
