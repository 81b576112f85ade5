"""A person's full name inside a youth group's name (issue 11, session 19).

"Les Scouts de <Voornaam> <Achternaam>", "L'unité de <Voornaam> <Achternaam>", "Scouts <Voornaam>
<Achternaam>", "de Chiro van <Voornaam> <Achternaam>", "het team van <Voornaam> <Achternaam>": the
keep rules read the whole as a body's name (a French head with "de", a movement with its place), so
the person inside it was published. The CLASS: a movement's or group's word (``GROUP_WORDS``), "de",
"d'" or "van" between or not, then two capitalised words, one of them a name on its own evidence (a listed first name that is
no word, or a word no list knows), neither a place nor a word of the word list (a listed surname
may be one): the two words are a
person, over the body's protection; the group's word stays ("Les Scouts de [persoon 1]"). A place
or a saint after the group's word keeps it a body ("Les Scouts de Wavre", "Scouts Sint-Pieter").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .detect import Token
    from .lexicon import Lexicon

GROUP_WORDS = frozenset({"scouts", "guides", "scout", "chiro", "patro", "ksa", "klj", "kaj", "vvksm", "fos", "unite",
                         "unité", "troupe", "meute", "groep", "team", "ploeg", "bende", "jeugdhuis", "jeugdbeweging",
                         "speelplein", "club", "band", "clan", "tak", "afdeling", "equipe", "équipe", "groupe"})
_LINKS = frozenset({"de", "d'", "d’", "van"})


def mark_group_persons(text: str, toks: list[Token], lex: Lexicon, first_evidence: Callable[[Token], bool],
                       min_conf: float, not_overridden: frozenset) -> None:
    """Mark the first name and surname after a group's word as a person (see the module)."""
    hard = not_overridden - {None}
    n = len(toks)
    for i, tok in enumerate(toks[:-2]):
        if tok.folded.replace("’", "'").rsplit("'", 1)[-1] not in GROUP_WORDS:
            continue  # (an elided article glued to it: "L'unité")
        j = i + 1
        if toks[j].folded in _LINKS and not toks[j].cap:
            j += 1
        if j + 1 >= n:
            continue
        first, last = toks[j], toks[j + 1]
        if not (text[toks[j - 1].end : first.start] in (" ", "") and text[first.end : last.start] == " "):
            continue
        if not (first.cap and last.cap) or first.allcaps or last.allcaps or first.protected in hard or last.protected in hard:
            continue
        f = last.folded
        if f in lex.places or f in lex.common or (lex.is_word(f) and f not in lex.surnames):
            continue
        if not (first_evidence(first) or first_evidence(last) and not lex.is_word(first.folded)
                and first.folded not in lex.places and first.folded not in GROUP_WORDS):
            continue  # (one of the two a name on its own evidence, the other no word nor place)
        if first.folded.startswith(("sint", "st-", "sainte", "saint")):
            continue
        for t in (first, last):
            if not t.person:
                t.person, t.score, t.protected = True, max(t.score, 0.75, min_conf), None
                t.rule = f"a person's full name after '{tok.text}'"
