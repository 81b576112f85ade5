"""Photo credits: who took a picture is a person (issue 11, session 10).

Set L leaked a surname after "© foto:" in a photo's caption: with the default scope a
caption is published as written (only a quotation in it is anonymised), and a credit is
no quotation. The CLASS is a credit cue followed by who is credited, in any carrier (a
quote's text, the photo's caption or alt text, the form's photo section, any section):

* the cue: "foto:", "foto's:", "beeld:", "fotografie:", "tekst en foto:", "©", "© foto:",
  "foto ©", "(c)", "📷", "foto door", "Photo:", "Photo credit:", "photo by", "Crédit photo :";
* who is credited: the words after it, up to a bracket, the end of the line or of the
  sentence (an initial's full stop does not end it: "Liesbeth V.").

A credit names a person unless what follows the cue is recognisably no one: a photo agency
or stock site (a short list of the class: Belga, Unsplash, Wikimedia ...), a brand, place,
platform or keep word, an organisation (a cue word: "Chiro X", "Stad X", "Jeugdhuis X"),
an acronym ("VRT"), only ordinary words ("Vlaamse Overheid"), or a lower-case phrase
("de leiding", "eigen beeld", "archief X"). The person is added to the report's knowledge,
so the credit is masked where it stands and wherever the report names them again.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import Lexicon, fold, load_lexicon
from .person_lists import listed_people
from .scan import Literals, finditer_after_keyword, lowered_alike

_PHOTO_WORDS = r"foto(?:['’]s)?|beeld(?:en)?|fotografie|fotograaf|photos?|pictures?|image"
#: A credit cue; what follows it (after ":" or "©" and white space) is who is credited.
_CUE_RE = re.compile(
    r"(?:(?:©|\(c\))(?:[ \t]*(?:" + _PHOTO_WORDS + r"))?|📷|📸"
    r"|(?<![\w])(?:(?:tekst|text|texte)[ \t]*(?:en|&|and|et)[ \t]*)?(?:" + _PHOTO_WORDS + r")"
    r"(?:[ \t]*(?:en|&|and|et)[ \t]*(?:tekst|text|texte))?(?:[ \t]+credits?)?[ \t]*(?::|©)"
    r"|(?<![\w])(?:photo[ \t]*)?cr[ée]dits?(?:[ \t]+(?:photos?|foto(?:['’]s)?|beeld))?[ \t]*:"
    r"|(?<![\w])(?:foto|beeld|photo|picture)(?:['’]s)?[ \t]+(?:(?:genomen|gemaakt)[ \t]+)?(?:door|by|par)"
    r"|(?<![\w])(?:gefotografeerd|photographed|taken)[ \t]+(?:door|by)"
    r")[ \t]*(?:©[ \t]*)?(?::[ \t]*)?",
    re.IGNORECASE,
)
#: A word every match of _CUE_RE holds, at most in its third run of non-space characters
#: ("tekst en foto:"): "fotografie", "fotograaf" and "gefotografeerd" hold "foto", "photos" and
#: "photographed" "photo", "cr[ée]dits?" "credit" or "crédit" (session 11: _CUE_RE with
#: re.IGNORECASE tried every branch at every position, 2-3% of generated reports' anonymisation;
#: ``credit_stretches`` tries it near each of these only: scan.finditer_after_keyword).
_CUE_WORDS = ("©", "(c)", "📷", "📸", "foto", "beeld", "photo", "picture", "image", "credit", "crédit", "taken")
_CUE_WORDS_RE = (Literals(_CUE_WORDS), re.compile("|".join(map(re.escape, _CUE_WORDS)), re.IGNORECASE))
#: Where who is credited ends: a bracket, a bar, a semicolon, a line end.
_STRETCH_RE = re.compile(r"[^\n()\[\]|;/]{1,80}")
#: A sentence end inside the stretch (not an initial's full stop: "Liesbeth V.").
_SENTENCE_END_RE = re.compile(r"(?<=[^\W\d_]{2})[.!?…](?=\s|$)|\s[–—-]\s|,\s")
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
#: Photo agencies, image banks and stock sites: the class of credits that name no person.
PHOTO_SOURCES = frozenset({
    "belga", "belgaimage", "reuters", "afp", "anp", "ap", "epa", "getty", "gettyimages", "shutterstock", "istock",
    "istockphoto", "unsplash", "pixabay", "pexels", "wikimedia", "wikipedia", "commons", "flickr", "canva", "freepik",
    "adobe", "stock", "imageglobe", "photonews", "dreamstime", "alamy", "midjourney", "dall-e", "archief", "archives",
})
#: Words in a credit that name no one: "eigen", "privé", "archief", the leaders as a group.
_NOBODY = frozenset({"eigen", "privé", "prive", "archief", "leiding", "redactie", "auteur", "verslaggever", "deelnemers",
                     "jongeren", "kinderen", "ouders", "own", "private", "anoniem", "onbekend", "unknown", "zelf"})


@dataclass(frozen=True, slots=True)
class Credit:
    """Who a credit names: its offsets in the text and the words as written."""

    start: int
    end: int
    text: str


def credit_stretches(text: str) -> list[Credit]:
    """Every credited stretch after a credit cue in ``text``, in order (person or not)."""
    if not text or not may_hold_credit(text):
        return []
    out: list[Credit] = []
    for m in finditer_after_keyword(_CUE_RE, _CUE_WORDS_RE, text, runs=3):
        s = _STRETCH_RE.match(text, m.end())
        if s is None or s.group(0).lstrip()[:1] in _QUOTE_MARKS:
            continue  # ("Op de foto: "X en Y ..."": a quoted caption, not a credit)
        stretch = _name_run(s.group(0))
        cut = _SENTENCE_END_RE.search(stretch)
        if cut is not None:
            stretch = stretch[: cut.start() + (1 if stretch[cut.start()] in ".!?…" else 0)]
        stripped = stretch.rstrip(" \t.,:!?…'\"”’")
        if re.fullmatch(r"[^\W\d_]\.", stretch.strip()[-2:] or "") and not stripped.endswith("."):
            stripped = stretch.rstrip(" \t")  # (keep an initial's full stop: "V.")
        lead = len(stripped) - len(stripped.lstrip())
        if _WORD_RE.search(stripped) is None:
            continue
        out.append(Credit(m.end() + lead, m.end() + len(stripped), stripped.strip()))
    return out


_QUOTE_MARKS = frozenset("\"“”„«»‘’'‹›")
_JOINERS = frozenset({"van", "de", "der", "den", "le", "la", "du", "ter", "ten", "von", "el", "al", "vande", "vanden",
                      "vander", "di", "da", "dos", "bin", "ben", "en", "and", "et", "und", "&", "y"})


def _name_run(stretch: str) -> str:
    """What a credit names when it opens with a capital: its run of capitalised words,
    initials and the particles and "en" between them ("Marjan Rombaut en Rani Devolder",
    "Ghislaine V."), not the sentence that may follow ("Foto: Jan legt de tent"); a stretch
    that opens in lower case is returned whole ("de leiding", "archief Kazou")."""
    words = stretch.split(" ")
    lead = 0
    while lead < len(words) and not words[lead]:
        lead += 1
    if lead == len(words) or not words[lead][:1].isupper():
        return stretch
    keep = lead  # (the words up to the last capitalised one; a joiner only between two)
    for k in range(lead, len(words)):
        w = words[k].strip(",")
        if w[:1].isupper():
            keep = k + 1
        elif w and w.lower() not in _JOINERS:
            break
    return " ".join(words[:keep])


_MAY_HOLD_RE = re.compile(r"©|\(c\)|📷|📸|foto|beeld|photo|picture|image|cr[ée]dit|gefotografeerd", re.IGNORECASE)
#: _MAY_HOLD_RE's branches as substrings of the lower-case text (its letters are lower-case
#: ASCII and "é": where scan.lowered_alike holds, re.IGNORECASE finds them where these are).
_MAY_HOLD_WORDS = ("©", "(c)", "📷", "📸", "foto", "beeld", "photo", "picture", "image", "credit", "crédit",
                   "gefotografeerd")


@lru_cache(maxsize=64)
def may_hold_credit(text: str) -> bool:
    """Whether ``text`` may hold a credit cue at all (a cheap test first; once per text: the
    detector asks for every capitalised word). The same answer as ``_MAY_HOLD_RE.search``:
    substring tests on the lower-case text (session 10: the alternation with re.IGNORECASE
    at every position was 5% of the anonymisation of generated reports)."""
    lowered = text.lower()
    if not lowered_alike(text, lowered):
        return _MAY_HOLD_RE.search(text) is not None
    return any(w in lowered for w in _MAY_HOLD_WORDS)


@lru_cache(maxsize=64)
def may_hold_any(text: str) -> bool:
    """Whether ``text`` may hold a photo credit (``may_hold_credit``) or holds a person frame's
    list (session 18): the gate of ``credited_people``' callers. (session 20: the list itself,
    ``person_lists.listed_people``, remembered per text, which the detector asks of the same
    text anyway; was ``person_lists.may_hold_list``, whose fallback ran the frame pattern over
    every text without a gate word. ``credited_people`` gives nothing where this says no:
    ``credit_stretches`` finds nothing without ``may_hold_credit``, and the list is empty.)"""
    return may_hold_credit(text) or bool(listed_people(text))


def names_a_person(credit: str, lex: Lexicon | None = None) -> bool:
    """Whether a credited stretch names a person (see the module's docstring)."""
    from .detect import _ORG_CUES, PARTICLES, _demonym, _dutch_like

    lex = lex or load_lexicon()
    words = _WORD_RE.findall(credit)
    if not words:
        return False
    if not words[0][0].isupper():
        # a lower-case phrase ("de leiding", "eigen beeld", "jeugddienst Lier"): a person
        # only when it opens with a listed first name that is no word ("jorien d.")
        f = fold(words[0])
        return lex.first_name_no_word(f)
    folded = [fold(w) for w in words]
    if any(f in _ORG_CUES or f in PHOTO_SOURCES or f in _NOBODY for f in folded):
        return False
    things = 0
    for w, f in zip(words, folded, strict=True):
        if f in PARTICLES:
            continue
        if f in lex.first_names or f in lex.surnames:
            return True
        if w.isupper() and (len(f) <= 4 or sum(c in "aeiouy" for c in f) < 2):
            things += 1  # an acronym ("VRT", "RTBF")
            continue
        if f in lex.brands or f in lex.platforms or f in lex.keep_single or f in lex.places:
            things += 1
            continue
        if _dutch_like(f, w.lower(), lex) or _demonym(f, lex):
            continue  # an ordinary word: an organisation's name when there are more ("Vlaamse Overheid")
        return True  # a word no list knows: a surname, most likely
    # only ordinary words: one alone is a surname that is a word ("© Spriet"), more an organisation
    return things == 0 and len([f for f in folded if f not in PARTICLES]) == 1


@lru_cache(maxsize=256)
def credited_people(text: str) -> tuple[Credit, ...]:
    """The credits of ``text`` that name a person."""
    lex = load_lexicon()
    found = [c for c in credit_stretches(text) if names_a_person(c.text, lex)]
    # the persons a person frame lists ("Van links naar rechts: A, B en Dr. C"; session 18)
    listed = [Credit(s, e, name) for s, e, name in listed_people(text)]
    if not listed:
        return tuple(found)
    out: list[Credit] = []
    for c in sorted([*listed, *found], key=lambda c: (c.start, c.start - c.end)):
        if out and c.start < out[-1].end:
            continue  # (a photo credit's stretch over a listed person: the list's item wins, as it came first)
        out.append(c)
    return tuple(out)


@lru_cache(maxsize=32)
def _credit_starts(text: str) -> tuple[list[int], tuple[Credit, ...]]:
    found = credited_people(text)
    return [c.start for c in found], found


def credit_before(text: str, pos: int) -> bool:
    """Whether offset ``pos`` lies in a credit that names a person (for the detector's cue)."""
    if not may_hold_any(text):
        return False
    starts, found = _credit_starts(text)
    k = bisect_right(starts, pos) - 1
    return k >= 0 and found[k].start <= pos < found[k].end


_COORDINATION_RE = re.compile(r"\s*(?:,|&|\b(?:en|and|et|und)\b)\s*")


def credited_names(text: str) -> list[str]:
    """The names of the people credited in ``text`` ("Marjan Rombaut en Rani Devolder" is two),
    each without a closing initial's full stop ("Liesbeth V.")."""
    out: list[str] = []
    for c in credited_people(text):
        for part in _COORDINATION_RE.split(c.text):
            part = part.strip().rstrip(".")
            if part and _WORD_RE.search(part):
                out.append(part)
    return out
