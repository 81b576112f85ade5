"""The speaker in a credit with a word after the name (issue 11, session 12).

'"...", zei Lindemans zelf.' / '"...", zegt Nadia Amrani lachend.': the quotes reader cuts the
speech verb off and, finding no name alone (a word follows it, no comma), keeps the rest as the
quote's attribution with no speaker ("Lindemans zelf"). The anonymiser then read that attribution
as a sentence without its "zei": a surname no list knows opening it (one that reads as a Dutch
compound) stayed, in every output, while the quotes section, which still has "zei", lost it.

The attribution stands where the verb put a credit: it is read as a credit again (after a dash,
the position the detector knows for an attribution), and a person found at its start is the
quote's speaker, with everything that goes with one (the role label, withheld everywhere).
Only an attribution of that shape: a capitalised name run and one to three lower-case words
(an attribution with a comma or brackets was split by the reader already).
"""

from __future__ import annotations

import re
from functools import lru_cache

#: A name run (capitalised words, lower-case particles between them) and one to three
#: lower-case words after it: "Lindemans zelf", "Van Hecke achteraf", "Joke Peeters later".
_ASIDE_RE = re.compile(
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w’'-]*(?:[ \t]+(?:[a-z’']{1,4}[ \t]+){0,3}[A-ZÀ-ÖØ-Þ][\w’'-]*){0,3})"
    r"(?:[ \t]+[a-zà-ÿ][a-zà-ÿ-]*){1,3}[ \t]*[.!]?"
)
_DASH = "zei "


@lru_cache(maxsize=1024)
def aside_speaker(attribution: str | None) -> str | None:
    """The person's name that opens ``attribution`` when it is a credit with a word after the
    name (see the module), or None."""
    if not attribution or not attribution[:1].isupper():
        return None
    m = _ASIDE_RE.fullmatch(attribution.strip())
    if m is None:
        return None
    from .detect import Knowledge, analyse

    analysis = analyse(_DASH + attribution.strip(), Knowledge(), chat=False)
    first = next((s for s in analysis.spans if s.kind == "person"), None)
    if first is None or first.start != len(_DASH) or first.end != len(_DASH) + m.end("name"):
        return None  # (the name run whole, nothing less: "Lowie De fauw" is a name in its own spelling)
    return first.text
