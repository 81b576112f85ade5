"""Text helpers shared by every reader: decoding, normalising, tokens, slugs."""

from __future__ import annotations

import re
import unicodedata

from ..fold import fold, slugify  # noqa: F401  (slugify: re-exported for the readers)

#: Characters that are spaces for our purposes (no-break spaces, thin spaces...).
_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\v]")
#: Invisible characters that only get in the way (zero-width space/joiners, BOM).
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")

URL_RE = re.compile(r"^\s*<?(?:https?://|www\.)\S+?>?\s*$", re.IGNORECASE)


class DecodeResult:
    """Text decoded from bytes, with what was noticed on the way."""

    def __init__(self, text: str | None, encoding: str, warning: str | None = None, error: str | None = None):
        self.text = text
        self.encoding = encoding
        self.warning = warning
        self.error = error


#: Control bytes that do not occur in text (tab, line feed, form feed and carriage return do).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def looks_binary(data: bytes) -> bool:
    """True when ``data`` is clearly not text (NUL bytes outside UTF-16, many control bytes)."""
    sample = data[:65536]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > max(8, len(sample) // 50)


def decode_text(data: bytes) -> DecodeResult:
    """Decode a text file: UTF-8 (with or without BOM), UTF-16/32 with BOM, else cp1252.

    Never raises. A binary file gives ``text=None`` and an ``error``; a cp1252
    fallback gives a ``warning``.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return DecodeResult(data[3:].decode("utf-8", errors="replace"), "utf-8-sig")
    for bom, enc in ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
                     (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            try:
                return DecodeResult(data[len(bom):].decode(enc), enc)
            except UnicodeDecodeError:
                return DecodeResult(None, enc, error=f"the file starts with a {enc.upper()} mark but is not valid {enc.upper()}")
    # UTF-16 without a BOM: every other byte NUL in a mostly-ASCII text.
    sample = data[:4096]
    if len(sample) >= 8 and b"\x00" in sample:
        even_nul = sample[0::2].count(0)
        odd_nul = sample[1::2].count(0)
        half = len(sample) // 2
        for nuls, enc in ((odd_nul, "utf-16-le"), (even_nul, "utf-16-be")):
            if nuls > half * 0.6:
                try:
                    text = data.decode(enc)
                except UnicodeDecodeError:
                    break
                if not looks_binary(text.encode("utf-8")):
                    return DecodeResult(text, enc, warning=f"read as {enc.upper()} (no byte order mark)")
    if looks_binary(data):
        return DecodeResult(None, "binary", error="this is a binary file, not text")
    try:
        return DecodeResult(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        bad_line = data[: exc.start].count(b"\n") + 1
        text = data.decode("cp1252", errors="replace")
        return DecodeResult(
            text,
            "cp1252",
            warning=f"not UTF-8 (first bad byte on line {bad_line}); read as Windows-1252 (cp1252)",
        )


def normalize_line(text: str) -> str:
    """NFC, ordinary spaces, no invisible characters, no trailing space."""
    if text.isascii():
        # NFC and the invisible characters concern non-ASCII text only; of the spaces,
        # only the tab and the vertical tab are ASCII
        if "\t" in text or "\v" in text:
            text = text.replace("\t", " ").replace("\v", " ")
        return text.rstrip()
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    return text.rstrip()


def clean_inline(text: str) -> str:
    """Collapse runs of white space to one space and strip."""
    # A text that is clean already comes back as it is (most lines of a report: the
    # reader has normalised them). ``isprintable`` is false for every white-space
    # character but the ASCII space, every invisible (format) character and every
    # control character, so such a text holds none of what normalize_line replaces or
    # removes, and only single spaces inside it; NFC is all that is left to check
    # (tests/test_form_fast_paths.py compares with the plain code).
    if (text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " "
            and (text.isascii() or unicodedata.is_normalized("NFC", text))):
        return text
    # str.split() and the regex \s agree on what white space is (Py_UNICODE_ISSPACE)
    return " ".join(normalize_line(text).split())


_TOKEN_RE = re.compile(r"[a-z0-9]+")


def tokens(text: str) -> list[str]:
    """Folded word tokens of ``text`` (letters and digits)."""
    return _TOKEN_RE.findall(fold(text))


def is_url_line(text: str) -> bool:
    # a link holds "://" or "www." (in any case: none of these has a look-alike that
    # re.IGNORECASE would take for it)
    return ("://" in text or "www." in text.lower()) and bool(URL_RE.match(text))
