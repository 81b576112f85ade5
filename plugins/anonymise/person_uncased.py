"""A name in a script without capital letters, where a person stands (issue 11, session 14).

Dutch marks a proper noun with a capital; Chinese, Japanese, Korean, the Indic scripts, Thai,
Arabic, Hebrew, Georgian and Ethiopic have no capitals, so a name in them carries no such mark
inside a Dutch quote. s13-redteam found Han and Devanagari names published in every frame and
Arabic, Hebrew and Georgian ones where a capital would have cued them. Three mechanisms:
``detect`` scored them as lower-case words, whose rules skip words under three letters (most Han
names have two characters) and hold no vocative or apposition; and the tokenizer split an Indic
word at its vowel signs (fixed in ``detect._MARKS``).

Policy (decided in session 14, docs/anonymisation.md): a run of such a script is masked where
the sentence puts a person -- the slots of :mod:`.person_word_slots` (a vocative, an apposition
after a role, "met" with a verb of talking or doing together, "naast", "aan X" before telling,
"door X" before making), right after or before a verb of saying ("zei X", "X vertelde"), after a
title ("juf X") -- not every run in a quote: a word quoted as a word ("het woord 朋友", "op het
spandoek stond 欢迎") is what the reader came for, and it names no one.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import person_word_slots
from .lexicon import Lexicon

if TYPE_CHECKING:
    from .detect import Token

#: Letters and marks of scripts without capital letters: Hebrew, Arabic (and its supplements and
#: presentation forms), Syriac, Thaana, the Indic scripts, Sinhala, Thai, Lao, Tibetan, Myanmar,
#: Georgian (Mkhedruli), Hangul, Ethiopic, Khmer, Hiragana, Katakana, CJK ideographs.
_UNCASED_RE = re.compile(
    "[\u0590-\u05ff\u0600-\u06ff\u0700-\u074f\u0750-\u077f\u0780-\u07bf\u08a0-\u08ff\u0900-\u0dff"
    "\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u10d0-\u10ff\u1100-\u11ff\u1200-\u139f\u1780-\u17ff"
    "\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\ufb1d-\ufdff"
    "\ufe70-\ufeff]+"
)
#: Verbs of saying right before or after a person: "zei X", "X vertelde".
_SAYING = frozenset(
    """
    zei zegt vroeg vraagt riep roept antwoordde antwoordt vertelde vertelt lachte lacht
    zuchtte knikte fluisterde schreeuwde legde beaamde
    """.split()
)


def uncased(word: str) -> bool:
    """Whether ``word`` is written wholly in a script without capital letters."""
    return _UNCASED_RE.fullmatch(word) is not None


def uncased_slot(text: str, toks: list[Token], i: int, lex: Lexicon, titles: frozenset[str]) -> str:
    """Why the word at ``i`` (in a script without capitals) stands where a person stands, or ""."""
    why = person_word_slots.slot(text, toks, i, i + 1, lex, single=False)
    if why:
        return f"word without capitals in a person's slot: {why}"
    prev = toks[i - 1] if i > 0 else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if prev is not None and text[prev.end : toks[i].start] == " ":
        if prev.folded in _SAYING:
            return f"word without capitals after '{prev.text}'"
        if prev.folded in titles:
            return f"word without capitals after the title '{prev.text}'"
    if nxt is not None and text[toks[i].end : nxt.start] == " " and nxt.folded in _SAYING and not nxt.cap:
        return f"word without capitals before '{nxt.text}'"
    return ""
