"""The leak guard's own look at a published quote: words that still read as a first name (issue 11, session 6).

The guard's other rules check what the anonymiser found (the original quote, each
replaced name with its neighbours). This one is the net under what it did NOT find: in
an anonymised quote, a word that any reader takes for a first name, whatever the
sentence around it:

* a lower-case word of three letters or more on a first-name list that no Dutch or
  English word list, no place, brand or calendar list and no youth-slang list holds
  ("we belden yusuf meteen op": a chat name in a line that is not chat-style);
* a word in capitals on a first-name list that is no word and no kept term
  ("MERCI NIELS");
* the sender of a time-stamped chat line ("[20:32] berk: ..."): any word there but a
  label, a frequent or calendar word, a place at home (``chat_senders``; session 7);
* a capitalised word on a first-name list in a position only a person takes: in a list
  with a replaced name ("[persoon 1] en Juni") or after kin and "van" ("de ouders van
  Medina"): a list kept it as a place, month or language, the sentence says otherwise
  (``person_relations.named_in_person_position``; session 7).
(``person_positions.reads_as_first_name``; the anonymiser replaces such a lower-case
word in a quote wherever it stands, so a hit here means something protected it.)

Capitalised words in ordinary case are not judged here: the anonymiser's default-deny
already replaces every one no list keeps, and a list's reason to keep one (a place, an
organisation) needs the sentence, which is the anonymiser's job.

Each hit is returned as the word with its neighbouring words, case-folded and
normalised like the guard's scanned text, so it only matches where the quote is
published (not the same word elsewhere on a page).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from .anonymiser import normalise
from .chat_senders import published_senders
from .lexicon import fold
from .person_positions import among_english, reads_as_first_name
from .person_relations import named_in_person_position

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_SPACED = re.compile(r"\S+")


@lru_cache(maxsize=4096)
def leftover_fragments(text: str) -> tuple[tuple[str, str], ...]:
    """The first-name-like words left in an anonymised quote ``text`` (see the module's
    docstring): (the word case-folded, the word with its neighbouring words normalised
    for the guard)."""
    if not text:
        return ()
    out: list[tuple[str, str]] = []
    spaced = [(m.start(), m.end()) for m in _SPACED.finditer(text)]
    starts = [a for a, _ in spaced]
    words = list(_WORD.finditer(text))
    for n, m in enumerate(words):
        word = m.group(0)
        if word[:1].isupper() and not word.isupper() or not reads_as_first_name(word):
            continue
        if word.islower() and among_english(
            fold(words[n - 1].group(0)) if n else "", fold(words[n + 1].group(0)) if n + 1 < len(words) else ""
        ):
            continue  # "what else" (the anonymiser's own test)
        if text[max(0, m.start() - 1) : m.start()] == "[":
            continue  # a placeholder's own word
        out.append((fold(word), _with_neighbours(text, spaced, starts, m.start())))
    if ":" in text:
        for a, b in published_senders(text):  # "[20:32] berk: ..." (session 7)
            out.append((fold(text[a:b]), _with_neighbours(text, spaced, starts, a)))
    if "[" in text or " van " in text:
        for a, b in named_in_person_position(text):  # "[persoon 1] en Juni", "de ouders van Medina"
            out.append((fold(text[a:b]), _with_neighbours(text, spaced, starts, a)))
    return tuple(out)


def _with_neighbours(text: str, spaced: list[tuple[int, int]], starts: list[int], at: int) -> str:
    """The spaced word holding offset ``at`` with its neighbours, normalised for the guard."""
    k = bisect_right(starts, at) - 1
    lo, hi = max(0, k - 1), min(len(spaced) - 1, k + 1)
    return normalise(text[spaced[lo][0] : spaced[hi][1]])
