"""A surname in capitals before the first name: the administrative order (issue 11, session 19).

Registration forms, attendance lists and exports of member databases write a person as "SURNAME
Voornaam": "VERHAEGEN Wannes, geboren 2009", "VAN DE VELDE Lowie", "AIT LAHCEN Nassim", "DE WIT
Sterre". The detector took the first name (a listed or unknown capitalised word) and left the
surname in capitals before it -- an acronym's case, and no rule looks BEFORE a first name for its
surname; or it took neither when the first name is also a word ("GOOSSENS Lente", "ADEYEMI
Precious"). Attack A19 (blind): 56 of 91 such items published a name part.

The CLASS: at the start of an item (a line, after a colon, a semicolon, a comma, a bracket, a
bullet or a tab), a run of one to three words in capitals (surname particles included: "VAN DE",
"TER", "DU", "AIT") of which the last has a name's shape (four letters or more, two vowels; or a
particle before it), directly followed by one capitalised word written in ordinary case (a
hyphenated one too: "Marie-Lou") and then the item's end (a comma, a full stop, a bracket, a
semicolon, a tab, the line's end): the run and the word are one person. Not when a word in
capitals is an acronym a list keeps, a title or an organisation's word ("VZW", "KSA", "DJ"), or
the word after it is a place, a brand, an organisation's or a keep list's word ("KAJ Brugge").
A place in capitals right after a particle is the surname's head ("VAN <PLAATS> Voornaam", the
commonest Flemish shape; the lead's fix after T19, session 19), and a role's bracket may end the
item ("VAN <PLAATS> Voornaam (leiding)").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .detect import Token
    from .lexicon import Lexicon

#: (session 25, s25-a25: a symbol may open an item or close it -- a check mark after a name on an attendance
#: list, "<ACHTERNAAM> <Voornaam> ✓", an emoji before it, "Zetel 4: 🌻 <ACHTERNAAM> <Voornaam>")
_SYMBOL = "[\u2190-\u2bff\u2600-\u27bf\U0001f000-\U0001faff\ufe0f]"
_ITEM_START_RE = re.compile(r"(?:(?:^|\n)[ \t]*(?:[-–*•·][ \t]*)?|[:;,(\t|][ \t]*|(?<![\w.])\d{1,3}[.)][ \t]+)"
                            r"(?:" + _SYMBOL + r"+[ \t]*)?\Z")
_ITEM_END_RE = re.compile(r"[ \t]*(?:[,.;()\t|\n\u201d\"]|\Z)|[ \t]+\d{1,3}[.)][ \t]|[ \t]*" + _SYMBOL +  # (a role's bracket: "VAN GEEL Mia (leiding)")
                          r"|[ \t]+[-–—·][ \t]|[ \t]+(?:en|of)[ \t]")  # (session 24: an attendance line's dash,
# "DE WIT Roos - aanwezig"; a pair of them, "voor DE WIT Roos en ...")
# (session 24, s24-labels: the administrative order inside a sentence or a slot -- after a person's
# preposition, "Medicatie om 8u voor <ACHTERNAAM> <Voornaam> (zie fiche)", after "=" or a numbered
# slot's number, "kamer 3 = <ACHTERNAAM> <Voornaam>", "zitje 4 <ACHTERNAAM> <Voornaam>". These starts
# take a pair only when one of its words is a listed name or already a person, or neither is a word
# a list knows: "voor ALLE Leden", "met GRATIS Toegang", "van AFAS Live" are no persons; nor a month
# or a weekday in capitals there.)
_SLOT_START_RE = re.compile(r"(?:(?<![\w'])(?:[Vv]oor|[Vv]an|[Bb]ij|[Mm]et|[Dd]oor|[Aa]an|en|of|&)[ \t]+|=[ \t]*"
                            r"|(?<![\w.])[^\W\d_]+[ \t]+\d{1,3}[ \t]+)\Z")
_LOWER_NEXT_RE = re.compile(r"[ \t]+[a-zà-ÿ]")
# (session 23: a ranking's item opens after its rank, "1) NGUYEN Thi", "2. KOWALSKI Piotr", and ends
# before the next rank or the quote's end: "1) OKAFOR Chidi 2) MENSAH Ama")
#: Particles written in capitals in the administrative order ("VAN DE VELDE", "AIT LAHCEN").
_PARTICLES = frozenset({"van", "de", "der", "den", "ter", "ten", "du", "des", "le", "la", "el", "al", "ait", "ben",
                        "bin", "da", "di", "dos", "del", "della", "von", "mc", "mac", "o", "d", "vanden", "vander", "lo"})
_VOWELS = frozenset("aeiouy")
_SOFT = frozenset({None, "calendar", "compound"})  # (a first name that is also a month or a compound: "Lente")


def _name_shaped(f: str) -> bool:
    if "-" in f:  # (session 24: a double surname in capitals, "BOOMSMA-KUIPER"; session 25: "EL-<NAAM>")
        parts = f.split("-")
        return (all(_name_shaped(p) or p in _PARTICLES for p in parts)
                and not all(p in _PARTICLES for p in parts))
    return len(f) >= 4 and f.isalpha() and sum(c in _VOWELS for c in f) >= 2


def _family_names() -> frozenset[str]:
    from .person_east_asian import family_names

    return family_names()


def _east_asian_family(words: list[Token], first: Token, lex: Lexicon) -> bool:
    """(session 23) A short East-Asian family name in capitals before its given name, family name
    first: "LI Na", "WU Fang", "HO Minh" -- one word of a list of family names
    (``person_east_asian.family_names``), and a given name that is no Dutch word unless a list
    holds it as a first name ("HE Man" is no person)."""
    from .person_east_asian import family_names

    if len(words) != 1 or words[0].folded not in family_names():
        return False
    g = first.folded
    return g in lex.first_names or not lex.is_word(g)


def _after_particle(words: list[Token], w: Token) -> bool:
    """Whether ``w`` follows a particle in the run: a place there is a surname's head, the
    commonest Flemish shape ("VAN <PLAATS> Voornaam", session 19's T19: a town's name after
    "VAN" was kept as the place and published)."""
    k = words.index(w)
    return k > 0 and words[k - 1].folded in _PARTICLES


def mark_admin_order(text: str, toks: list[Token], lex: Lexicon, min_conf: float, not_overridden: frozenset,
                     titles: frozenset[str], org_cues: frozenset[str]) -> None:
    """Mark each "SURNAME Voornaam" item of ``text`` as a person (see the module)."""
    hard = not_overridden - {None}
    n = len(toks)
    i = 0
    while i < n:
        tok = toks[i]
        if not tok.allcaps:
            i += 1
            continue
        slot = not _ITEM_START_RE.search(text, max(0, tok.start - 12), tok.start)
        if slot and not _SLOT_START_RE.search(text, max(0, tok.start - 24), tok.start):
            i += 1
            continue
        run = [i]
        k = i + 1
        while k < n and len(run) < 3 and toks[k].allcaps and text[toks[k - 1].end : toks[k].start] == " ":
            run.append(k)
            k += 1
        # the first name: the capitalised word in ordinary case right after the run
        while run and not (k < n and toks[k].cap and not toks[k].allcaps and text[toks[run[-1]].end : toks[k].start] == " "):
            k = run.pop()
        second = None  # (session 23: a Vietnamese given name of two words, "NGUYEN Thi Lan")
        if (run and k + 1 < n and not _ITEM_END_RE.match(text, toks[k].end) and len(run) == 1
                and toks[run[0]].folded in _family_names() and toks[k + 1].cap and not toks[k + 1].allcaps
                and text[toks[k].end : toks[k + 1].start] == " " and _ITEM_END_RE.match(text, toks[k + 1].end)):
            second = toks[k + 1]
        # (session 24: inside a sentence the pair may go on in lower case, "Insuline voor <ACHTERNAAM>
        # <Voornaam> na het eten", when the first name is already a person's or a listed one)
        lower_end = bool(run and slot and k < n and not second and _LOWER_NEXT_RE.match(text, toks[k].end))
        if not run or k >= n or not (second or lower_end or _ITEM_END_RE.match(text, toks[k].end)):
            i = max(i + 1, k)
            continue
        first = toks[k]
        words = [toks[r] for r in run]
        last = words[-1].folded
        # (session 24: before a first name the text already reads as a person's or a list holds, a
        # place's name in capitals is the surname, "ACHTERBERG Vink", a village's name; and so is a
        # short surname or word of one vowel, "STORM Wolf", "VOS Lente" -- no acronym: a list holds it)
        named = first.person or first.folded in lex.first_names
        if lower_end and not _ITEM_END_RE.match(text, toks[k].end) and not named:
            i = k + 1
            continue
        ok = (_name_shaped(last) or len(words) > 1 and words[-2].folded in _PARTICLES and len(last) >= 3
              and last.isalpha() or _east_asian_family(words, first, lex)
              or named and len(last) >= 3 and last.isalpha() and any(c in _VOWELS for c in last)
              and (last in lex.surnames or lex.is_word(last))) and last not in _PARTICLES
        ok = ok and all(w.folded in _PARTICLES or (w.text not in lex.keep_exact and w.folded not in lex.keep_single
                                                   and w.folded not in titles and w.folded not in org_cues
                                                   and w.folded not in lex.brands
                                                   and not (slot and w.folded in lex.calendar)
                                                   and (w.folded not in lex.places or _after_particle(words, w)
                                                        or named and len(words) == 1 and w.protected == "place")
                                                   and w.protected not in hard
                                                   and w.protected != "keep")
                        for w in words)
        ok = ok and (first.protected in _SOFT and first.folded not in lex.places or first.person)
        if ok and slot:
            # (session 24: inside a sentence, one of the pair has a name's own evidence)
            # ("van AFAS Live", "met FEMMA Wereldvrouwen": no person -- two unknown words, the second no
            # compound of words, or a name's own evidence)
            ok = named or any(w.person or w.folded in lex.surnames for w in words) or (
                not lex.is_word(first.folded) and first.protected != "compound"
                and not any(lex.is_word(w.folded.replace("-", "")) for w in words if w.folded not in _PARTICLES))
        ok = ok and first.folded not in org_cues and first.folded not in lex.keep_single and first.folded not in titles
        if ok:
            for t in [*words, first, *([second] if second is not None and second.protected in _SOFT else [])]:
                if not t.person:
                    t.person, t.score, t.protected = True, max(t.score, 0.8, min_conf), None
                    t.rule = "surname in capitals before the first name (administrative order)"
        i = k + 1


def mark_titled_caps(text: str, toks: list[Token], lex: Lexicon, min_conf: float, not_overridden: frozenset,
                     titles: frozenset[str], org_cues: frozenset[str]) -> None:
    """Mark a surname in capitals with its particle after a title or role word as a person:
    "Gast: schepen DE <ACHTERNAAM>", "voorzitter VAN DEN <ACHTERNAAM>", "mijn tante DE <ACHTERNAAM>"
    (the lead's fix after T19, session 19: "schepen <Achternaam>" was masked, the same surname in
    capitals with its particle was published -- a run in capitals reads as an acronym).

    The run opens with a particle in capitals and ends with a word of three letters or more that
    is no particle; no word of it is a keep list's, a brand's, a title's or an organisation's word
    ("schepen VAN KSA ..." is no name)."""
    hard = not_overridden - {None}
    n = len(toks)
    for i in range(n - 2):
        if toks[i].folded not in titles or toks[i].allcaps:
            continue
        run = []
        k = i + 1
        while k < n and len(run) < 4 and toks[k].allcaps and text[toks[k - 1].end : toks[k].start] == " ":
            run.append(toks[k])
            k += 1
        while run and run[-1].folded in _PARTICLES:
            run.pop()
        if len(run) < 2 or run[0].folded not in _PARTICLES:
            continue
        last = run[-1].folded
        if len(last) < 3 or not last.isalpha():
            continue
        if not all(w.folded in _PARTICLES or (w.text not in lex.keep_exact and w.folded not in lex.keep_single
                                              and w.folded not in titles and w.folded not in org_cues
                                              and w.folded not in lex.brands and w.protected not in hard
                                              and w.protected != "keep")
                   for w in run):
            continue
        for t in run:
            if not t.person:
                t.person, t.score, t.protected = True, max(t.score, 0.8, min_conf), None
                t.rule = "surname in capitals after a title or role word"
