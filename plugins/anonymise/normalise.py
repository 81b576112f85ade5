"""Unicode normalisation of the text the anonymiser reads, publishes and guards.

A name written with a soft hyphen (U+00AD) or a zero-width character inside
("Wan\u00adnes") looks whole to a reader but is two unknown fragments to a word
pattern; full-width letters and digits ("＠", "０４７０") escape ASCII patterns. So the
text is normalised *before* detection, the normalised text is what gets published, and
the leak guard normalises every artefact the same way: what the guard checks is what
readers see.
"""

from __future__ import annotations

import re
import unicodedata

#: Invisible characters that may split a word: soft hyphen, zero-width space/joiners,
#: left-to-right/right-to-left marks, word joiner and invisible operators, BOM, the
#: Mongolian vowel separator.
_INVISIBLE_RE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")


def normalise_text(text: str) -> str:
    """NFKC (full-width forms folded, ligatures split), invisible characters removed.

    Idempotent. Line breaks and other white space are kept as they are (NFKC maps the
    non-breaking space to a plain one, which is what a reader sees anyway).
    """
    if not text:
        return text
    if text.isascii():
        return text
    text = _INVISIBLE_RE.sub("", text)
    for char, decomposed in _FREQUENT:
        if char in text:
            text = text.replace(char, decomposed)
    return unicodedata.normalize("NFKC", text)


#: Characters NFKC changes that reports and our own outputs hold often (the ellipsis in
#: every omitted part of a quote, the non-breaking space), with their NFKD forms. A text
#: NFKC leaves as it is takes its quick check (~1 us a kB); one such character anywhere
#: sends the whole text through the full algorithm (~17 us a kB: the JSON of a report
#: with a few ellipses). Replacing a character by its full compatibility decomposition
#: first gives the same NFKC, which decomposes every character that way before it
#: composes (tests/test_anonymise_normalise.py checks it against the plain call).
_FREQUENT = tuple((char, unicodedata.normalize("NFKD", char)) for char in "\u2026\u00a0")
