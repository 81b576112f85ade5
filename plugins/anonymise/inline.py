"""Inline quotations in a report's own text, with their credit (issue 11, F6).

A reporter quotes people in the narrative too: ``"We deden het samen", zegt Fatma.``,
``Jonas vertelt: "..."``, ``Fatma: "..."``, ``"...", aldus Jonas Peeters.`` Such a
quotation is a quote in the default scope ``quotes``: its text is anonymised like a
quote and the credited person is withheld like a quote's speaker (docs/anonymisation.md,
"Inline quotations"). Only a quotation WITH a credit counts: a title in quotation marks
("de film "Stille Zomer"") is no one's words.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from .detect import _ORG_CUES, PARTICLES, TITLE_ALTERNATION, TITLES
from .lexicon import fold, load_lexicon
from .person_roles import title_kind

#: A quotation between matching marks on one line (bounded: a quote is a few sentences).
_QUOTED = (
    r'"[^"\n]{2,1200}"'
    r"|[“„][^”“\n]{2,1200}[”“]"
    r"|«[^»\n]{2,1200}»"
    r"|‘[^’\n]{2,1200}’"
    # (the look-behind after the mark, not before it: every branch then opens with a mark,
    # and the regex engine skips to the next mark instead of trying each position)
    r"|'(?<![\w']')(?![st]\b)[^'\n]{2,1200}'(?!\w)"
)
_CAP = r"[A-ZÀ-ÖØ-Þ][\w’'-]*"
#: A person's name: capitalised words, particles between them ("Sofie Van den Broeck").
_NAME = rf"{_CAP}(?:[ \t]+(?:(?:{'|'.join(sorted((re.escape(p) for p in PARTICLES), key=len, reverse=True))})[ \t]+)*{_CAP}){{0,3}}"
_VERBS = r"zegt|zei|zeiden|vertelt|vertelde|aldus|volgens|lacht|lachte|vindt|vond|vraagt|vroeg|antwoordt|antwoordde|besluit|besloot|getuigt|getuigde|vult\s+aan|vulde\s+aan|klinkt\s+het\s+bij|reageert|reageerde|benadrukt|benadrukte"
#: An optional role word before the name ("zegt begeleider Fatma"): a title or role word, or a
#: lower-case word that :func:`_role_ok` checks (a profession: "zei onderzoekster X"; session 10).
_ROLE = rf"(?:(?P<role>(?i:{TITLE_ALTERNATION})|[a-zà-ÿ][a-zà-ÿ-]{{3,30}})[ \t]+)?"
_QUOTED_RE = re.compile(_QUOTED)
#: The credit after the quotation: '"...", zegt X' / '"..." aldus X' (matched at its end).
_AFTER_RE = re.compile(rf"[ \t]*[,.!?…–—-]?[ \t]*(?:{_VERBS})[ \t]+(?P<credit>{_ROLE}(?P<name>{_NAME}))")
#: The credit before the quotation: 'X zegt: "..."', 'X: "..."' (searched in a window that
#: ends where the quotation starts).
_BEFORE_RE = re.compile(rf"(?<![\w’'-])(?P<credit>{_ROLE}(?P<name>{_NAME}))(?:[ \t]+(?:{_VERBS}))?[ \t]*:[ \t]*$")
_BEFORE_WINDOW = 120
_WORD_RE = re.compile(r"[^\W\d_]+(?:[’'-][^\W\d_]+)*")


@dataclass(frozen=True, slots=True)
class InlineQuote:
    """One credited quotation: the offsets of the quoted text (marks included), of the
    credit (a role word and the name: "juf Marleen") and the name."""

    start: int
    end: int
    credit_start: int
    credit_end: int
    name: str


def _person_like(name: str) -> bool:
    """Whether a credit names a person, not an organisation or an ordinary word ("aldus
    Chiro Wezembeek", "volgens Unicef", "Dat: ..."): a movement or keep-list word, or only
    ordinary words, is no person."""
    lex = load_lexicon()
    words = [fold(w) for w in _WORD_RE.findall(name)]
    words = [w for w in words if w not in PARTICLES]
    if not words or words[0] in _ORG_CUES:
        return False
    if any(w in lex.keep_single or w in lex.platforms or w in lex.common for w in words):
        return False
    return any(w in lex.first_names or w in lex.surnames or not lex.is_word(w) for w in words)


def _role_ok(role: str | None) -> bool:
    """Whether the word the credit pattern took for a role is one: none, a title or role
    word, or a noun of a profession ("onderzoekster", "psycholoog")."""
    if not role:
        return True
    f = fold(role)
    return f in TITLES or bool(title_kind(f, TITLES))


def _colon_ends(text: str, start: int, end: int) -> bool:
    """Whether a colon and then spaces or tabs only stand at the end of ``text[start:end]`` (before
    a last line break, which "$" allows): :data:`_BEFORE_RE` ends with ``:[ \\t]*$``, so where this
    says no its search finds nothing (session 25: the search tried each of the 120 characters
    before every quotation of a long text, the title alternation at each)."""
    if end > start and text[end - 1] == "\n":
        end -= 1  # ("$" matches before a line break at the end too; no space or colon is one)
    k = end - 1
    while k >= start and text[k] in " \t":
        k -= 1
    return k >= start and text[k] == ":"


def inline_quotes(text: str) -> Iterator[InlineQuote]:
    """The credited quotations of ``text`` (not overlapping, in order)."""
    if not text or not any(c in text for c in "\"“„«‘'"):
        return
    found: list[InlineQuote] = []
    for q in _quotations(text):
        m = _AFTER_RE.match(text, q.end())
        if m is not None and not _role_ok(m.group("role")):
            m = None  # (a lower-case word between the verb and the name that is no role: "zei toen X")
        if m is None:
            start = max(0, q.start() - _BEFORE_WINDOW)
            # (endpos: "$" is where the quotation starts; the look-behind still sees the text before)
            m = _BEFORE_RE.search(text, start, q.start()) if _colon_ends(text, start, q.start()) else None
            if m is not None and _person_like(m.group("name")):
                credit_start = m.start("credit") if _role_ok(m.group("role")) else m.start("name")
                found.append(InlineQuote(q.start(), q.end(), credit_start, m.end("credit"), m.group("name")))
        elif _person_like(m.group("name")):
            found.append(InlineQuote(q.start(), q.end(), m.start("credit"), m.end("credit"), m.group("name")))
    found.sort(key=lambda q: q.start)
    end = -1
    for iq in found:
        if iq.start >= end:
            end = iq.end
            yield iq


#: A quotation between double marks that a line break cuts (the text a PDF form's extraction
#: wrapped: "Bijschrift: “X toont ... de \n\n Kiel.”"); read on the text with every line break
#: as a space and the one-line quotations blanked out, so a lone mark pairs only with another
#: lone mark. Single marks are left out: an apostrophe opens no wrapped quotation.
#: (the body stops at any other opening mark too: a run of lone marks costs one scan)
_WRAPPED_RE = re.compile(r'"[^"]{2,1200}"|[“„][^”“„]{2,1200}[”“]|«[^»«]{2,1200}»')


@lru_cache(maxsize=32)
def _quotations(text: str) -> tuple[re.Match[str], ...]:
    """:func:`find_quotations`, remembered for the last texts: the credited and the
    uncredited quotations of a section read the same matches (one scan of a long section
    instead of two)."""
    return find_quotations(text)


def find_quotations(text: str) -> tuple[re.Match[str], ...]:
    """The quotations of ``text`` in order: ``_QUOTED_RE.finditer(text)`` and, with a line break
    in the text, also the quotations wrapped over a line (:data:`_WRAPPED_RE`, session 14; only
    their offsets are read)."""
    one_line = tuple(_QUOTED_RE.finditer(text))
    if "\n" not in text or not any(c in text for c in '"“„«'):
        return one_line
    flat = list(text.replace("\n", " "))
    for q in one_line:
        flat[q.start() : q.end()] = " " * (q.end() - q.start())
    wrapped = [q for q in _WRAPPED_RE.finditer("".join(flat)) if "\n" in text[q.start() : q.end()]]
    if not wrapped:
        return one_line
    return tuple(sorted(one_line + tuple(wrapped), key=lambda q: q.start()))


_WRAP_RE = re.compile(r"[ \t]*\n\s*")


def unwrapped(inner: str) -> str:
    """The text of a quotation with every line break (and the blank lines and spaces around
    it) read as one space: a quotation wrapped over a PDF line is one sentence, and a name
    after the wrap does not open one ("rechts \n\n Damiaan Verhellemans")."""
    return _WRAP_RE.sub(" ", inner) if "\n" in inner else inner


@lru_cache(maxsize=32)
def credited_quotations(text: str) -> tuple[InlineQuote, ...]:
    """:func:`inline_quotes` as a tuple, remembered for the last texts: the harvest's scope
    and the anonymiser ask for those of the same section."""
    return tuple(inline_quotes(text))


#: A quotation without a credit is someone's words when it holds a clause: this many words
#: or more ("Facundo en Leandro zetten de tent recht"); a shorter one is a title or a term
#: ("de film "Stille Zomer"", "het "Lokaal Voor Iedereen"-project") and stays as written.
MIN_UNCREDITED_WORDS = 4


@lru_cache(maxsize=32)
def uncredited_quotations(text: str) -> tuple[InlineQuote, ...]:
    """The quotations of ``text`` without a credit that hold a clause (a quoted photo
    caption, "Iemand riep: "..."", a chat message pasted in the summary): they are
    anonymised like a quote's text, with nobody to withhold. Their credit offsets are the
    quotation's end and their name is empty."""
    if not text or not any(c in text for c in "\"“„«‘'"):
        return ()
    credited = credited_quotations(text)
    ends = [c.end for c in credited]  # (sorted: the credited quotations do not overlap)
    out: list[InlineQuote] = []
    for q in _quotations(text):
        i = bisect_right(ends, q.start())  # the first credited quotation ending after q starts
        if i < len(credited) and credited[i].start < q.end():
            continue  # (a credited one overlaps: linear, not quotations x credits)
        if len(_WORD_RE.findall(text, q.start() + 1, q.end() - 1)) >= MIN_UNCREDITED_WORDS:
            out.append(InlineQuote(q.start(), q.end(), q.end(), q.end(), ""))
    return tuple(out)


def section_quotations(text: str) -> tuple[InlineQuote, ...]:
    """Every quotation of a section that is anonymised as a quote: the credited ones and
    the uncredited ones that hold a clause, in order, not overlapping."""
    both = credited_quotations(text) + uncredited_quotations(text)
    return tuple(sorted(both, key=lambda q: q.start)) if len(both) > 1 else both
