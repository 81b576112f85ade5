"""A person after a French or English preposition inside a quote (session 16, s16-names; issue 11).

"« Avec <Prénom>, on a tout organisé »", "« On a parlé avec <Prénom> »", "« Selon <Prénom>, ... »",
"“According to <Name>, ...”". French writes a common noun in lower case and sets an article before
a thing ("avec le bus", "chez la voisine"); a capitalised word right after "avec", "chez", "selon",
"grâce à", "d'après" is a proper noun -- a person, or an organisation, brand or place that a list
knows (those are protected before any person rule runs: "chez Décathlon", "selon Unicef"). The
class leaked when the folded name is a word of some list ("Désiré" folds to English "desire",
"Espérance" is read as a word): 0.2-0.4, below the threshold.

English capitalises products and titles too ("with Excel", "with Love"): after "with", "according
to", "thanks to" only a word that is no English word counts here (an English word as a name has
its own rule, ``detect._english_word_as_name``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .detect import Token
    from .lexicon import Lexicon

#: French prepositions that take a person without an article
_FRENCH = frozenset({"avec", "chez", "selon"})
#: two-word French and English prepositions: (first, second)
_PAIRS = frozenset({("grâce", "à"), ("grace", "à"), ("d'après", ""), ("according", "to"), ("thanks", "to")})
_ENGLISH = frozenset({"with"})
#: every word that may stand just before the person (a preposition, a pair's second word)
_AFTER = _FRENCH | _ENGLISH | frozenset(second for _first, second in _PAIRS)


def foreign_preposition_slot(text: str, toks: list[Token], i: int, english: frozenset[str] | set[str],
                             lex: Lexicon) -> str:
    """Why the capitalised word at ``i`` is a person after a French or English preposition, or "".
    ``english``: the folded English words. A Dutch word, a compound of Dutch words or a surname's
    particle stays to the other rules: a Flemish service, festival or house is named so ("avec
    <Awel>", "avec <Pukkelpop>", "avec Ter <X>"; the blind attack A16's look-alikes)."""
    tok = toks[i]
    f = tok.folded
    if i == 0 or not tok.cap or tok.allcaps or len(f) < 3:
        return ""
    prev = toks[i - 1]
    if text[prev.end : tok.start] != " ":
        return ""
    p = prev.folded
    if p not in _AFTER:
        return ""  # (no preposition before it, most words: the import below is not run -- session 18)
    from .detect import PARTICLES, _split_compound, _thing_compound

    if f in PARTICLES:
        return ""
    if p in _FRENCH:
        why = f"after the French '{prev.text}'"
    elif i >= 2 and (toks[i - 2].folded, p) in _PAIRS and text[toks[i - 2].end : prev.start] == " ":
        if toks[i - 2].folded in ("according", "thanks") and f in english:
            return ""
        why = f"after '{toks[i - 2].text} {prev.text}'"
    elif p in _ENGLISH and f not in english:
        why = f"after the English '{prev.text}'"
    else:
        return ""
    # (the word tests last: most capitalised words stand after no such preposition)
    if lex.is_word(f) or "-" in f or _thing_compound(f, lex) or _split_compound(f, lex):
        return ""
    return why
