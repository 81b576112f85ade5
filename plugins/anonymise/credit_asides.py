"""The speaker in a credit that the quotes reader found no name in (issue 11).

Two shapes: a name with a word after it (session 12) and a credit in lower case (session 14).

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

**A credit in lower case** (session 14, the lead's attack): "– linde", "– roos, 16", "~ mark
(animator)". The reader's name test wants a capital, so no speaker was found, and the
attribution was anonymised as a sentence in which a lower-case word that is also a Dutch word
("linde", "roos", "mark") is that word: published. After a quotation's dash there is no
sentence: who is credited stands there. A lower-case credit whose first word is a listed first
name (a role word is not: "leiding", "een deelnemer", "mama van twee") is the speaker, with at
most one more word that is an initial or a surname ("linde v.", "roos peeters").
"""

from __future__ import annotations

import re
from functools import lru_cache

from perskamer.form.quotes import ROLE_WORDS

from .lexicon import fold, load_lexicon

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


#: A lower-case credit's name part (before a comma or a bracket) and what may follow it.
_LOWER_RE = re.compile(
    r"(?P<name>[a-zà-ÿ][a-zà-ÿ’'-]+(?:[ \t]+[a-zà-ÿ][a-zà-ÿ’'-]*\.?)?)[ \t]*(?:[,(].*)?",
    re.DOTALL,
)


@lru_cache(maxsize=1024)
def lower_case_speaker(attribution: str | None) -> str | None:
    """The lower-case name that is a credit's whole name part ("linde" in "linde, 16"), or
    None (see the module)."""
    if not attribution or not attribution[:1].islower():
        return None
    m = _LOWER_RE.fullmatch(attribution.strip())
    if m is None:
        return None
    lex = load_lexicon()
    words = m.group("name").split()
    first = fold(words[0])
    if first in ROLE_WORDS or first not in lex.first_names:
        return None
    if len(words) == 2:
        second = fold(words[1]).rstrip(".")
        initial = len(second) == 1 and words[1].endswith(".")
        if not initial and second not in lex.surnames and second not in lex.first_names and lex.is_word(second):
            return None  # "linde zelf", "roos ook": the second word is a word
    return m.group("name")
