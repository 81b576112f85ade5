"""The youth movements' own words: age groups ("takken") and roles (session 25, issue 11).

"Onze Rakwi's en Tito's kookten zelf", "bij de Jins", "de Aspi's bouwden een vlot": members
capitalise the names of their movement's age groups and bodies, and a capitalised word no
word list holds ("Rakwi's", "Jins", "Jonghernieuwers") in a subject or object position was
masked as a person. ``data/youth_terms.txt`` (written by the team from the movements' public
terminology, provenance in its header) lists them; this rule keeps them (anonymisation.md,
rule 36).

Privacy first: a term that is a name or whose stem before a final "'s"/"s" is one ("Tito's"
-- Tito --, "Keti's", "Jins" -- the Dutch genitive of the family name Jin) can be a person's possessive or surname, so it is kept only
in a takken position: after an article, a possessive or a quantifier ("de Tito's", "onze
Keti's", "alle Keti's"), or next to another term of the list across "en", "of", "&" or a
comma ("Rakwi's en Tito's"). A name the report gives (a speaker, a front-matter name) is never
kept; nor is an ALL-CAPS token (a name written in capitals).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .lexicon import fold, read_list

if TYPE_CHECKING:
    from .detect import Knowledge, Token, _Protect
    from .lexicon import Lexicon

RULE = "keep"
#: Words that open a noun phrase of a group: "de Tito's", "onze Keti's", "alle Tito's".
_DETERMINERS = frozenset({"de", "onze", "ons", "jullie", "hun", "alle", "die", "deze", "twee", "drie", "vier", "beide",
                          "andere", "oudste", "jongste", "nieuwe"})
_JOINERS = frozenset({"en", "of", "&", ","})


@lru_cache(maxsize=1)
def youth_terms() -> frozenset[str]:
    """The folded entries of ``data/youth_terms.txt`` (apostrophes as typed and as ’)."""
    out: set[str] = set()
    for entry in read_list("youth_terms.txt"):
        f = fold(entry)
        out.add(f)
        out.add(f.replace("'", "’"))
    return frozenset(out)


def _stems(f: str) -> tuple[str, ...]:
    for end in ("'s", "’s", "s"):
        if f.endswith(end) and len(f) > len(end) + 1:
            return (f, f[: -len(end)])
    return (f,)


def is_name_like(f: str, lex: Lexicon, know: Knowledge) -> bool:
    """Whether a folded term, or its stem before "'s"/"s", is on a name list (the East-Asian
    family names too: "Jins" is also the Dutch genitive of Jin) or a name of the report."""
    from .person_east_asian import family_names

    east = family_names()
    return any(know.known_or_listed_name(s, lex) or s in east for s in _stems(f))


def protect_youth_terms(text: str, toks: list[Token], caps: list[int], lex: Lexicon, know: Knowledge,
                        prot: _Protect) -> None:
    """Add ``keep`` protections for the youth movements' takken and roles (see the module)."""
    if not caps:
        return
    terms = youth_terms()
    hits = [i for i in caps if toks[i].folded in terms and not toks[i].allcaps]
    if not hits:
        return
    hit_set = set(hits)
    for i in hits:
        tok = toks[i]
        if tok.folded in know.names:
            continue
        if is_name_like(tok.folded, lex, know) and not _takken_position(text, toks, i, hit_set, lex, know):
            continue
        prot.add(tok.start, tok.end, RULE)


def _takken_position(text: str, toks: list[Token], i: int, hits: set[int], lex: Lexicon, know: Knowledge) -> bool:
    """Whether token ``i`` stands after a determiner, or next to a sure term across a joiner."""
    if i > 0:
        prev = toks[i - 1]
        gap = text[prev.end : toks[i].start]
        if gap == " " and (not prev.cap or prev.sent_start) and prev.folded in _DETERMINERS:
            return True
    for j in (i - 1, i + 1):  # "Rakwi's, Tito's", "Rakwi's & Tito's"
        if 0 <= j < len(toks) and j in hits and not is_name_like(toks[j].folded, lex, know):
            a, b = min(i, j), max(i, j)
            if text[toks[a].end : toks[b].start].strip() in (",", "&", "/"):
                return True
    for j, k in ((i - 2, i - 1), (i + 2, i + 1)):  # "Rakwi's en Tito's"
        if 0 <= j < len(toks) and j in hits and not is_name_like(toks[j].folded, lex, know) \
                and toks[k].folded in _JOINERS and not toks[k].cap:
            return True
    return False
