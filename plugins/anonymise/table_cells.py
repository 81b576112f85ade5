"""A Markdown table's columns decide what its cells are (issue 11, session 26: held-out set T26).

A reporter types a scoreboard, a rota or a sign-up sheet over as a Markdown table::

    | Tafel | Spel     | Winnaar | 2e         | Opmerking |
    |-------|----------|---------|------------|-----------|
    | 1     | Qwirkle  | Medina  | Rojhat T.  | ...       |

The header names what a column holds. Under a header that names a person (``Winnaar``, ``2e``,
``Naam``, ``Speler``, ``Begeleider`` ...: ``PERSON_HEADERS``) a capitalised cell is a person's name
whatever the word lists say -- a first name that is also a city ("Medina", "Adana") or a word stays
a person there (privacy first); a cell may join names with ``+``, ``,``, ``&`` or ``en`` and carry an
initial ("Rojhat T.") or an aside ("(begeleiding)"). Under a header that names a thing (``Spel``,
``Game``, ``Merk``, ``Band``: ``THING_HEADERS``) a cell is that thing, never a person, also where the
same word opens a quote elsewhere in the report ("Qwirkle leerde ik van mijn oom").

Cost (privacy first): a team or a place written as a winner ("| Gent |" under ``Winnaar``) is masked,
unless its first word is an organisation's cue word or a team word ("Team Blauw", "Tafel 3").
Word lists here are written from general knowledge (session 26, s26-t26fix).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import fold

#: Column headers that name a person (folded, without a trailing ":" or "."); a header of more
#: words counts when its first or last word is one ("Naam deelnemer", "Wie won").
PERSON_HEADERS = frozenset({
    "winnaar", "winnares", "winnaars", "winner", "winners", "gewonnen door", "1e", "2e", "3e", "4e", "5e",
    "1ste", "2de", "3de", "4de", "eerste", "tweede", "derde", "vierde", "naam", "namen", "voornaam",
    "achternaam", "wie", "speler", "spelers", "speelster", "deelnemer", "deelnemers", "begeleider",
    "begeleiders", "begeleiding", "leider", "leiding", "leidster", "verantwoordelijke", "trekker", "door",
    "contactpersoon", "coach", "kapitein", "jongere", "jongeren", "lid", "leden", "vrijwilliger",
    "vrijwilligers", "animator", "animatoren", "monitor", "monitoren", "spelleider", "gastheer",
    "gastvrouw", "scheidsrechter", "buddy", "mentor", "ingevuld door", "uitleg door", "player", "name",
})

#: Column headers that name a thing: a game, a brand, a band (folded).
THING_HEADERS = frozenset({
    "spel", "spellen", "spelletje", "bordspel", "bordspellen", "kaartspel", "game", "games", "merk",
    "merken", "band", "bands", "jeu", "boardgame",
})

#: A cell's first word that makes it no person (a team, a table, nobody, everybody).
_NOT_PERSON = frozenset({
    "team", "ploeg", "tafel", "groep", "niemand", "iedereen", "allen", "allemaal", "samen", "gelijkspel",
    "onbeslist", "nvt", "n.v.t", "geen", "de", "het", "een", "alle", "beide", "jury", "leiding", "leden",
    "iemand", "nobody", "everyone", "tie", "draw", "nog", "wachtlijst", "?", "x",
})

_ROW_RE = re.compile(r"(?m)^[ \t]*\|.*\|[ \t]*$")
_SEP_RE = re.compile(r"^[ \t]*\|(?:[ \t]*:?-{2,}:?[ \t]*\|)+[ \t]*$")
_ASIDE_RE = re.compile(r"\([^()\n]*\)")
_ITEM_SPLIT_RE = re.compile(r"[ \t]*(?:\+|,|&|;|/|\ben\b|\band\b)[ \t]*")
#: A name in a cell: one to three capitalised words (hyphens, apostrophes, particles between), and
#: an initial after ("Rojhat T.").
_NAME_RE = re.compile(
    r"[A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]*(?:[-'’][^\W\d_]+)*"
    r"(?:[ \t]+(?:(?:van|de|der|den|ter|ten|le|la|du|el|al|bin|ben|ibn|da|di|dos)[ \t]+)*"
    r"[A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]*(?:[-'’][^\W\d_]+)*\.?){0,2}")


def _cells(line: str, at: int) -> list[tuple[int, int]]:
    """The (start, end) offsets of a table row's cells, stripped (``at``: the line's offset)."""
    out: list[tuple[int, int]] = []
    bars = [i for i, ch in enumerate(line) if ch == "|"]
    for a, b in zip(bars, bars[1:], strict=False):
        s, e = a + 1, b
        while s < e and line[s] in " \t":
            s += 1
        while e > s and line[e - 1] in " \t":
            e -= 1
        out.append((at + s, at + e))
    return out


def _header_kind(cell: str) -> str | None:
    """'person', 'thing' or None for a header cell."""
    f = " ".join(fold(w) for w in re.findall(r"[^\W_]+", cell))
    if not f:
        return None
    if f in PERSON_HEADERS:
        return "person"
    if f in THING_HEADERS:
        return "thing"
    words = f.split()
    if len(words) > 1 and (words[0] in PERSON_HEADERS or words[-1] in PERSON_HEADERS):
        return "person"
    if len(words) > 1 and (words[0] in THING_HEADERS or words[-1] in THING_HEADERS):
        return "thing"
    return None


@lru_cache(maxsize=64)
def table_columns(text: str) -> tuple[tuple[str, int, int], ...]:
    """Every body cell of every Markdown table in ``text`` under a person or thing header:
    ``(kind, start, end)``, kind 'person' or 'thing'."""
    if "|" not in text or "--" not in text:
        return ()
    out: list[tuple[str, int, int]] = []
    rows = list(_ROW_RE.finditer(text))
    k = 0
    while k + 1 < len(rows):
        head, sep = rows[k], rows[k + 1]
        if not _SEP_RE.match(sep.group(0)) or text[head.end() : sep.start()].strip():
            k += 1
            continue
        kinds = [_header_kind(text[s:e]) for s, e in _cells(head.group(0), head.start())]
        k += 2
        prev_end = sep.end()
        while k < len(rows) and not text[prev_end : rows[k].start()].strip():
            row = rows[k]
            for kind, (s, e) in zip(kinds, _cells(row.group(0), row.start()), strict=False):
                if kind and e > s:
                    out.append((kind, s, e))
            prev_end = row.end()
            k += 1
    return tuple(out)


def person_cells(text: str) -> list[tuple[int, int, str]]:
    """The names in the person columns of ``text``'s tables: ``(start, end, name)`` each."""
    from .word_classes import _ORG_CUES

    out: list[tuple[int, int, str]] = []
    for kind, s, e in table_columns(text):
        if kind != "person":
            continue
        # (an aside is a separator of its own length: "Esma (begeleiding)" is "Esma", and no name runs over it)
        cell = _ASIDE_RE.sub(lambda m: "," + " " * (len(m.group(0)) - 1), text[s:e])
        pos = 0
        for part in [*_ITEM_SPLIT_RE.split(cell)]:
            at = cell.index(part, pos) if part else pos
            pos = at + len(part)
            m = _NAME_RE.match(part.strip())
            if m is None:
                continue
            lead = len(part) - len(part.lstrip())
            words = [fold(w.rstrip(".")) for w in m.group(0).split()]
            if not words or words[0] in _NOT_PERSON or any(w in _ORG_CUES for w in words):
                continue
            name = m.group(0)
            start = s + at + lead
            if text[start : start + len(name)] != name:
                continue  # (defensive: the offsets must hold the name as written)
            out.append((start, start + len(name), name))
    return out


def thing_cells(text: str) -> list[str]:
    """The values of the thing columns of ``text``'s tables that read as a name (capitalised,
    at most five words): a game, a brand, a band."""
    out: list[str] = []
    for kind, s, e in table_columns(text):
        value = text[s:e].strip()
        if kind == "thing" and value[:1].isupper() and len(value.split()) <= 5 and value not in out:
            out.append(value)
    return out
