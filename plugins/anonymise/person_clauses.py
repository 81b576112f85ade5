"""The subject of a subordinate clause that opens a sentence (issue 11, session 8).

"Toen <X> voor de derde keer moest overgeven, ...", "Als <X> het niet weet, ...": after a
subordinating conjunction that opens the sentence comes the clause's subject, and Dutch
capitalises no common noun there -- a capitalised word in that place is a proper noun, and
what no list kept (an organisation, a place, a brand, a calendar word) is a person's name,
also an English or Dutch word ("Toen Sunny ...", "Omdat Storm ..."). Session 6's rule read
only a lower-case opener inside a sentence and wanted a finite verb right after the subject;
in a subordinate clause the verb stands at its end, so here the subject needs only a
lower-case word after it (no second capital: "Toen Club Brugge won" is a name of two words
the other rules judge).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .detect import Token

#: Subordinating conjunctions that open a sentence before its subject.
SUBORDINATORS = frozenset(
    "toen als omdat terwijl nadat zodra wanneer hoewel sinds voordat totdat tot zolang doordat zodat "
    "indien mits tenzij ofschoon aangezien".split()
)
#: Lower-case words after the subject that show it is no subject but part of something else.
_NOT_AFTER = frozenset({"en", "of", "van", "de", "het", "'s"})


def subject_of_opening_clause(text: str, toks: list[Token], i: int) -> str:
    """The rule when capitalised token ``i`` is the subject right after a subordinating
    conjunction that opens the sentence (see the module), or ""."""
    if i < 1 or i + 1 >= len(toks):
        return ""
    tok, prev, nxt = toks[i], toks[i - 1], toks[i + 1]
    if not tok.cap or tok.allcaps or tok.sent_start or not prev.sent_start or prev.folded not in SUBORDINATORS:
        return ""
    if text[prev.end : tok.start] != " " or text[tok.end : nxt.start] != " " or nxt.cap or nxt.allcaps:
        return ""
    if nxt.folded in _NOT_AFTER:
        return ""
    return f"subject after '{prev.text}' opening the sentence"
