"""The surname right after a first name the detector already took is that person's surname (issue 11, session 18).

"zegt Merel\\nVos.", "– MEREL VOS", "moderator merel vos op 3 maart", "De bende van Yorrick
Mortelmansen", "Aanwezig: … Sigrunn Hagelsteen": a listed first name was found as a person (by
its position, a reporting verb, a role word, a dash), but the word after it stayed because it is
also an ordinary word or a compound ("Vos", "Bakker", "Hagelsteen"), a place ("Hoogeveen"), or
stands on the next line of a wrapped PDF answer. The first name went and the surname was
published -- the person is as identifiable as before. The CLASS is structural: the word after a
first name taken as a person, written in the same case (capitalised after a capitalised name, in
capitals after one in capitals, in lower case after a lower-case one), through surname particles
("Nele de Pauw", "jarne van den abeele"), is the surname, unless it is a function word, a title
or role word, an organisation's cue word, a calendar word, or (across a line break) not the whole
rest of its line. In lower case only a listed surname counts (a lower-case text is full of
ordinary words and slang after a name: "merel zei", "jan ofzo") or any word after particles ("nele de pauw").
After a first name no list knows (taken by its position), only a listed surname that is no word or
place, or a word no list knows, follows as its surname ("zegt Merveille\nKabasele").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .business_person import EN_EPONYM_NOUNS
from .lexicon import english_words

if TYPE_CHECKING:
    from .detect import Token
    from .lexicon import Lexicon

#: The particles of a surname ("de Pauw", "van der Wal", "El Idrissi"), not the prepositions
#: the detector's particles also hold ("uit", "in"): "Rania uit Syrië" is where she is from.
_SURNAME_PARTICLES = frozenset({"van", "de", "der", "den", "vande", "vanden", "vander", "ter", "ten", "le", "la", "du",
                                "des", "da", "di", "dos", "do", "del", "della", "el", "al", "bin", "ben", "ibn", "abu",
                                "mac", "mc", "o", "von", "zu", "'t", "d'", "op"})
#: the particles that are also a preposition of where someone is from ("Sofie van Gent", "Jan ter Apel")
_FROM_PARTICLES = frozenset({"van", "vande", "vanden", "vander", "ter", "ten", "op", "von", "zu"})
_GOES_ON_RE = re.compile(r" [a-zà-ÿ]")
_LINE_REST_RE = re.compile(r"[ \t]*(?:[.,;:!?)\]»”\"']|$|\n)")


def _same_case(first: Token, cand: Token) -> bool:
    if first.allcaps:
        return cand.allcaps
    if first.cap:
        return cand.cap and not cand.allcaps
    return not cand.cap


def mark_surnames_after(text: str, toks: list[Token], lex: Lexicon, min_conf: float, not_overridden: frozenset,
                        titles: frozenset[str], org_cues: frozenset[str], particles: frozenset[str]) -> None:
    """Mark the surname after each first name taken as a person (see the module)."""
    n = len(toks)
    hard = not_overridden - {None}
    for i in range(n - 1):
        tok = toks[i]
        if not tok.person:
            continue
        listed_first = tok.folded in lex.first_names
        gap = text[tok.end : toks[i + 1].start]
        if gap not in (" ", "\n"):
            continue
        j = i + 1
        while (j < n - 1 and (toks[j].folded in particles and toks[j].folded in _SURNAME_PARTICLES
                              or toks[j].folded == "t" and text[toks[j].start - 1 : toks[j].start] in ("'", "’"))
               and not toks[j].allcaps and text[toks[j].end : toks[j + 1].start] in (" ", " '", " ’")):
            j += 1  # ("Nele de Pauw", "jarne van den abeele"; s25-privacy: "van 't <Naam>", "'t" two tokens)
        cand = toks[j]
        if j > i + 1 and tok.cap and toks[i + 1].text == "van" and (
                cand.protected or lex.is_word(cand.folded) or cand.folded in lex.common or cand.folded in lex.places
                or cand.folded in lex.territories or cand.folded in lex.keep_single or cand.folded in lex.brands):
            continue  # ("Khadija van de Kringwinkel": where she is from; s25-privacy: "Gijs van 't Zandt" is a
            # Dutch surname written with a lower-case "van" when the word after it is no word, place or thing)
        if cand.person or cand.protected in hard or not _same_case(tok, cand) or len(cand.folded) < 2:
            continue
        if j > i + 1 and toks[i + 1].cap and not tok.cap:
            continue
        f = cand.folded
        if j > i + 1 and (f in lex.places or f in lex.territories) and toks[i + 1].folded in _FROM_PARTICLES:
            continue  # ("Sofie van Gent": where she is from; s25-privacy: never after "de", "del", "da"...: "Manon
            # de <Plaats>", "Rocío del <Plaats>" -- no preposition, a surname that is also a place)
        if f in lex.brands or f in lex.platforms or f in lex.chain_words or f in lex.keep_single or f in lex.languages:
            continue  # ("met Mats Fortnite gespeeld", "Sanne Instagram")
        unknown = not (lex.is_word(f) or f in lex.first_names or f in lex.surnames or f in lex.places
                       or f in lex.brands or (f in english_words() and not tok.allcaps))
        # (a listed surname that is no word; a place right after the name is a surname too: "FATOUMATA BARRY")
        surname = f in lex.surnames and not lex.is_word(f) and (j == i + 1 or f not in lex.places)
        if not listed_first and not unknown and not surname and not (j > i + 1 and not tok.cap):
            continue  # (after a name no list knows, only a word no list knows either: "Merveille\nKabasele")
        if f in lex.common or f in titles or f in org_cues or f in lex.calendar:
            continue  # ("Jan Maandag", "Sofie Chiro")
        if cand.protected == "keep" and f in EN_EPONYM_NOUNS:
            continue  # (s23-late: an institution's noun after its person, "Molly Hunter Academy")
        if f in lex.first_names and f not in lex.surnames and j == i + 1 and lex.is_word(f):
            continue  # (a first name that is a word after a name: the rules of names judge it)
        if not tok.cap and not (f in lex.surnames or j > i + 1):
            continue  # (lower case: a listed surname, "merel vos", or after particles; not "jan zei", "jan ofzo")
        if "\n" in text[tok.end : cand.start] and not (_LINE_REST_RE.match(text, cand.end) or _GOES_ON_RE.match(text, cand.end)):
            continue  # (a wrapped line: the surname ends its line, "zegt Merel\nVos.", or the sentence goes on in lower case)
        if cand.sent_start and "\n" not in gap:
            continue
        cand.score, cand.person, cand.protected = max(cand.score, 0.8, min_conf), True, None
        cand.rule = f"surname after the first name '{tok.text}'"
