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
    return unicodedata.normalize("NFKC", text)
