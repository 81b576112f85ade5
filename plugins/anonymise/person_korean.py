"""Korean names by their shape: a hyphenated two-syllable given name (issue 11, session 20).

Korean given names are romanised as two syllables joined by a hyphen, the second in lower case:
"Ji-hoon", "Seo-yeon", "Ha-eun", "Min-ji"; the family name, one syllable, stands before them
("Park Ji-hoon", "Kim Seo-yeon") or, in Western order, after them ("Ji-hoon Park"). No name list
holds them (Faker's ko_KR locale is in Hangul), the parts are no Dutch words, and the family names
are ordinary words or a venue's head ("Park", "Song", "Moon", "Hong", "Han"): the detector read
"Park Ji-hoon" as a park's name and kept it in every slot (attack A19, informed: Korean names leaked
in 35% of the pairs, the most of any origin).

The CLASS is a shape, not a list of people: a word of two parts joined by one hyphen, each part
one Korean syllable (revised romanisation and its common older spellings: "hoon", "joon", "young",
"hee", "soo"), the second in lower case or in the first's case, that is no word of the word lists
(Dutch, English: "hip-hop", "ping-pong"), no reduplication ("yo-yo", "bye-bye") and no place, is a
given name; the one-syllable capitalised word right before or after it, in the same case, is its
family name (also when a list or a venue rule kept it). Not a hyphenated word opened by a particle
or prefix ("ex-", "pre-"), and not a part of one letter.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .lexicon import english_words

if TYPE_CHECKING:
    from .detect import Token
    from .lexicon import Lexicon

#: One Korean syllable (ASCII-folded, lower case): revised romanisation with the spellings names
#: keep from older systems ("hoon", "joon", "young", "hee", "soo", "kyung", "chul", "Park", "Choi", "Shin", "Seo-ah").
_SYLLABLE_RE = re.compile(r"(?:kk|tt|pp|ss|jj|ch|sh|[gkndtrlmbpsjh][yw]?|[wy])?"
                          r"(?:you|yeo|yae|wae|wa|wo|we|wi|ui|ae|eo|eu|ya|yo|yu|ye|oe|oo|ee|ou|oi|a|e|i|o|u)"
                          r"(?:ng|rk|[kgnlmpbth])?")
#: A given name's first part may not be one of these prefixes of a Dutch or English compound.
_PREFIXES = frozenset({"ex", "pre", "co", "de", "re", "bi", "mini", "anti", "pro", "non", "post", "semi", "mid"})
_MAX_PART = 5
#: an article before the family name makes it a noun ("in het park <Ji-hoon>")
_ARTICLES = frozenset({"de", "het", "een", "'t", "the", "le", "la"})
RULE = "Korean name: a hyphenated given name"


def _syllable(p: str) -> bool:
    return 2 <= len(p) <= _MAX_PART and p.isascii() and p.isalpha() and _SYLLABLE_RE.fullmatch(p) is not None


#: Second parts that make two words an English or Dutch compound ("sit-in", "pop-up", "log-in",
#: "hang-out"), never a given name even beside a family name ("Pop-up Park").
_COMPOUND_ENDS = frozenset({"in", "up", "out", "on", "off", "op", "af", "uit", "aan", "down", "over", "go", "do"})


def given_name(tok: Token, lex: Lexicon, *, words: bool = False) -> bool:
    """Whether a token has the shape of a Korean given name ("Ji-hoon", "SEO-YEON", "ha-eun").
    ``words``: also when both parts are words ("Min-jun", "Bo-ra", "Min-ho": "min", "ra", "ho" are
    Dutch words) -- the caller then needs a family name beside it (s22-late)."""
    t = tok.text
    if t.count("-") != 1:
        return False
    a, b = t.split("-")
    if not a or not b or not a[0].isalpha():
        return False
    if not (a[0].isupper() and (b.islower() or b[0].isupper() and b[1:].islower() or t.isupper())
            or t.islower()):
        return False
    fa, fb = a.lower(), b.lower()
    if fa == fb or fa in _PREFIXES or not (_syllable(fa) and _syllable(fb)):
        return False
    two_words = (lex.is_word(fa) or fa in english_words()) and (lex.is_word(fb) or fb in english_words())
    if two_words != words or words and (fb in _COMPOUND_ENDS or fa in lex.common or fb in lex.common):
        return False  # (two words: a compound, "Sit-in", "Pop-up"; ``words`` is for two words only)
    f = tok.folded
    joined = fa + fb
    # (with ``words``, the parts written together may be a word: "Bo-ra" is no "bora", a wind)
    return not (lex.is_word(f) or not words and lex.is_word(joined) or f in lex.places or joined in english_words()
                or f in english_words() or f in lex.common)


def _family(tok: Token, given: Token, lex: Lexicon) -> bool:
    f = tok.folded
    if tok.allcaps != given.allcaps or tok.cap != given.cap or not _syllable(f) or len(f) > 5:
        return False  # (in the given name's case: "Park Ji-hoon", "PARK JI-HOON", "park ji-hoon" in a chat)
    # (never a frequent word; in lower case never a Dutch word: harvest_scope's candidates)
    return f not in lex.common and (tok.cap or f not in lex.dutch_words)


def mark_korean_names(text: str, toks: list[Token], lex: Lexicon, min_conf: float, not_overridden: frozenset) -> None:
    """Mark each Korean given name and the family name beside it as a person (see the module)."""
    hard = not_overridden - {None}
    n = len(toks)
    for i, tok in enumerate(toks):
        if "-" not in tok.text or tok.protected in hard:
            continue
        words = not given_name(tok, lex)
        if words and not given_name(tok, lex, words=True):
            continue
        run = [i]
        if (i > 0 and text[toks[i - 1].end : tok.start] == " " and toks[i - 1].protected not in hard
                and _family(toks[i - 1], tok, lex)
                and (i < 2 or toks[i - 2].folded not in _ARTICLES or toks[i - 2].cap and not toks[i - 2].allcaps)):
            run.insert(0, i - 1)
        elif (i + 1 < n and text[tok.end : toks[i + 1].start] == " " and toks[i + 1].protected not in hard
              and _family(toks[i + 1], tok, lex) and (i + 2 >= n or not toks[i + 2].cap
                                                      or text[toks[i + 1].end : toks[i + 2].start] != " ")):
            run.append(i + 1)
        if words and len(run) == 1:
            continue  # (two words and no family name beside them: a compound)
        for r in run:
            t = toks[r]
            if not t.person:
                t.person, t.score, t.protected, t.rule = True, max(t.score, 0.8, min_conf), None, RULE
