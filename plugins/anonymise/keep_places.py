"""Places opened by an article or a particle (session 6, the keep side of issue 11).

"in La Roche", "naar Le Havre", "uit El Jadida", "richting Den Bosch": after a place's
preposition, a capitalised article or particle and a capitalised word name a place,
not a person with a particle in the surname ("Van Acker", "De Smet", "El Khatib"). On the
gold of every bench set and both red-team sets (session 6) no quoted or narrative name
stands after "in/uit/naar/vanuit/richting/te" and a particle (2 keep items do). Privacy
first: "naar" only before a Romance article (one goes to a person too: "naar Van Damme"),
and a listed first name that is no word, or a name the report gives, is never protected.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .detect import Knowledge, Token, _Protect
    from .lexicon import Lexicon

#: Lower-case prepositions of a place ("naar" only before a Romance article: see below).
_PLACE_PREPOSITIONS = frozenset({"in", "uit", "naar", "vanuit", "richting", "te"})
_ROMANCE = frozenset({"la", "le", "les", "los", "las", "san", "santa", "saint", "sainte", "port", "puerto"})
#: Capitalised articles and particles that open a place's name as they open a surname.
_OPENERS = frozenset({"la", "le", "les", "el", "al", "de", "den", "der", "het", "los", "las", "san", "santa", "saint",
                      "sainte", "port", "puerto"})


def protect_particle_places(text: str, toks: list[Token], caps: list[int], lex: Lexicon, know: Knowledge,
                            prot: _Protect) -> None:
    """Add "place" protections for "<in/uit/naar> <La/Le/El/Den...> <Word>"."""
    for i in caps:
        tok = toks[i]
        if i == 0 or i + 1 >= len(toks) or not tok.cap or tok.allcaps or tok.folded not in _OPENERS:
            continue
        prep, head = toks[i - 1], toks[i + 1]
        if prep.cap or prep.folded not in _PLACE_PREPOSITIONS or text[prep.end : tok.start] != " ":
            continue
        if prep.folded == "naar" and tok.folded not in _ROMANCE:
            continue  # (one goes to a person too: "ik stapte naar Van Damme", "naar El Khatib")
        if not head.cap or head.allcaps or text[tok.end : head.start] not in (" ", "-"):
            continue
        if tok.folded in know.names or know.known_or_first_name(head.folded, lex):
            continue
        prot.add(tok.start, head.end, "place")
