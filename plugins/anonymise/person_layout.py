"""A name alone on a line, placed by the layout of a pasted message (issue 11, session 16).

The blind attack A16 of session 16 found two shapes where a name no list knows, opening its
line, was published: nothing in the sentence is a person's cue, because there is no sentence --
the LINE is the evidence:

* the sign-off under a greeting: "Groetjes,\\n<Naam>", "Met vriendelijke groeten,\\n<Naam>
  <Achternaam>", "Tot dan!\\n<Naam>", "Cheers,\\n<Naam>", "Bisous,\\n<Naam>";
* the display name a meeting chat (Teams, Zoom, Meet) prints above each message, with the
  time after it: "<Naam> <Achternaam>  10:32\\n<bericht>", "<Naam>, 10:32 AM\\n<bericht>", or
  before it (Teams' paste, session 17): "[10:15] <Naam> <Achternaam>\\n<bericht>".

:func:`name_line` says whether a capitalised word is part of such a line's name. The line must
hold nothing but one to four words (lower-case particles and hyphens inside a name allowed)
and, for a display name, the time; its FIRST word must carry a name's own evidence -- a listed
first name (also one that is a word: "Roos", "Marine") or a word no list knows (no Dutch
or English word, no place, no keep class) -- so a team, a service, a family word or a
programme item on the same line stays ("Groetjes,\\nDe leiding", "Groeten,\\nJeugddienst X",
"Liefs,\\nMama", "Pauze  10:30", "Workshop Samen Spelen  14:00"). The later words of the name
are the surname, also when a shape alone would keep them (a Dutch compound's shape,
"Kwakernaak"; a capital inside, "McTavish"; a place, "Zwanenburg"; a capitalised particle, "Ben").
A word that is only a word ("Hermelijn", "Haze") stays: "Groetjes,\nLeiding" has the same shape.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from typing import TYPE_CHECKING

from .particles import NAME_PARTICLES

if TYPE_CHECKING:
    from .detect import Token

#: A greeting that closes a message: the line above a sign-off opens with one ("Groetjes,",
#: "Met vriendelijke groeten", "Tot dan!", "Cheers", "Bisous", "Merci en tot later,").
_CLOSING_RE = re.compile(
    r"[ \t>*\"“„«‘'-]*(?:(?:met\s+)?(?:\w+\s+){0,2}?(?:groet|groeten|groetjes|gegroet)\b"
    r"|liefs\b|kusjes\b|(?:dikke\s+)?(?:kus|knuffel|zoen)\b|xx+\b|xoxo\b|tot\s+\w+|mvg\b|vg\b|dank\s+je\b|dankjewel\b"
    r"|bedankt\b|merci\b|cheers\b|bisous?\b|bises\b|amitiés\b|cordialement\b|à\s+bientôt|salut\b|ciao\b|doei\b"
    r"|(?:kind|best|warm|many)\s+regards\b|regards\b|greetings\b|thanks\b|thank\s+you\b|love\b|(?:all\s+the\s+)?best\b"
    # (session 20: a signature under a letter or minutes, "Ondertekend,\n\n<Naam>", "Namens de groep,\n<Naam>")
    r"|(?:voor\s+akkoord\s+)?(?:onder)?getekend\b|ondertekend\b|hoogachtend\b|namens\b|in\s+naam\s+van\b|signed\b"
    r"|sincerely\b|yours\b|signé\b)",
    re.IGNORECASE,
)
#: A time after a display name: "10:32", "9.58", "10:32:15", "10:00 AM", "22:15 (bewerkt)".
_TIME_TAIL_RE = re.compile(r",?[ \t]+\d{1,2}[:.]\d{2}(?::\d{2})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?(?:[ \t]*\([^()\n]{1,20}\))?[ \t]*$")
#: A time before a display name alone on its line: "[10:15] ", "10:15 ", "[10:15 AM] " (Teams).
_TIME_HEAD_RE = re.compile(r"[ \t]*\[?\d{1,2}[:.]\d{2}(?::\d{2})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?\]?[ \t]+(?=[^\W\d_])")
#: What may close a sign-off's name: punctuation, an emoji or two.
_SIGN_TAIL_RE = re.compile(r"[ \t]*[.!,]?[ \t]*[^\w\s]{0,3}[ \t]*$")
#: The words of a name: capitalised words, particles, hyphenated parts.
_NAME_RUN_RE = re.compile(r"[ \t>*•-]*((?:[^\W\d_][\w'’.-]*)(?:[ \t]+[^\W\d_][\w'’.-]*){0,4})")
SIGN_OFF = "sign-off under a greeting"
DISPLAY_NAME = "display name before the time of a chat message"
#: The rules of this module: the words of one line are one name (``detect._assemble``).
RULES = frozenset({SIGN_OFF, DISPLAY_NAME})
#: A line this long holds no name alone (and the test stays cheap on long lines).
_MAX_LINE = 80


def name_line(text: str, toks: list[Token], i: int, lines: tuple[list[str], list[int]],
              first_evidence: Callable[[Token], bool], later_ok: Callable[[Token], bool]) -> str:
    """Where capitalised token ``i`` is part of a name alone on its line (or ""): a sign-off
    under a greeting, or a display name before the time. ``lines``: the text's lines and their
    offsets (``detect._lines_of``); ``first_evidence``: whether a token (the line's first word)
    is a name on its own evidence; ``later_ok``: whether a later capitalised word may be the
    name's surname (no keep class but a shape's)."""
    found = _name_run(lines, toks[i].start)
    if found is None:
        return ""
    run_start, run_end, position = found
    members = [k for k in range(max(0, i - 6), min(len(toks), i + 7)) if run_start <= toks[k].start and toks[k].end <= run_end]
    if i not in members or not members or toks[members[0]].start != run_start:
        return ""
    first = toks[members[0]]
    if not first.cap or first.allcaps or not first_evidence(first):
        return ""
    for k in members[1:]:
        tok = toks[k]
        if tok.cap and tok.folded in NAME_PARTICLES and k != members[-1]:
            continue  # ("Ben Salah", "Van den Broeck", "El Idrissi")
        if tok.cap:
            if tok.allcaps and len(tok.text) < 2 or not later_ok(tok):
                return ""
        elif tok.folded not in NAME_PARTICLES:
            return ""  # (a lower-case word: a phrase, "Oma en opa", "Alle animatoren")
    return position


def _name_run(lines: tuple[list[str], list[int]], at: int) -> tuple[int, int, str] | None:
    """The run of words that the line holding offset ``at`` holds as a sign-off's or a display
    name's name (start, end, the position), or None when the line is neither.

    (the answer is the line's: every capitalised word of a line asked it again -- remembered
    per line for the last ``lines`` asked, the object held so that it is the same text's:
    session 18)"""
    global _RUNS
    idx = bisect_right(lines[1], at) - 1
    memo = _RUNS
    if memo[0] is not lines:
        memo = _RUNS = (lines, {})
    got = memo[1].get(idx, _UNKNOWN)
    if got is _UNKNOWN:
        got = memo[1][idx] = _line_name_run(lines, idx)
    return got  # type: ignore[return-value]


#: (the ``lines`` last asked, line index -> :func:`_line_name_run`'s answer); bounded by that text's lines
_RUNS: tuple[object, dict[int, object]] = (None, {})
_UNKNOWN = object()


def _line_name_run(lines: tuple[list[str], list[int]], idx: int) -> tuple[int, int, str] | None:
    """:func:`_name_run` of line ``idx``, worked out."""
    rows, offsets = lines
    line = rows[idx]
    if len(line) > _MAX_LINE or not line.strip():
        return None
    start = offsets[idx]
    tail = _TIME_TAIL_RE.search(line)
    head = None if tail is not None else _TIME_HEAD_RE.match(line)
    if tail is not None or head is not None:
        # the message under a display name: the next line holds something
        if idx + 1 >= len(rows) or not rows[idx + 1].strip():
            return None
        if head is not None:  # ("[10:15] <Naam>\n<bericht>": Teams pastes the time first, session 17)
            body, position = line[head.end() :], DISPLAY_NAME
            m = _NAME_RUN_RE.fullmatch(body)
            if m is None:
                return None
            return start + head.end() + m.start(1), start + head.end() + m.end(1), position
        body, position = line[: tail.start()], DISPLAY_NAME  # type: ignore[union-attr]  # (no head: the tail matched)
    else:
        above = idx - 1
        if above >= 0 and not rows[above].strip():
            above -= 1  # (one blank line between the greeting and the name)
        if above < 0 or len(rows[above]) > 60 or not _CLOSING_RE.match(rows[above]):
            return None
        m = _SIGN_TAIL_RE.search(line)
        body, position = line[: m.start()] if m else line, SIGN_OFF
    m = _NAME_RUN_RE.fullmatch(body)
    if m is None:
        return None
    return start + m.start(1), start + m.end(1), position


def alone_on_name_line(lines: tuple[list[str], list[int]], start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` are all a sign-off's or a display name's line
    holds (the line's shape only; the words are not judged): "Groetjes,\n<X> <Y>", "<X> <Y>
    10:32\n<bericht>" (``keep_typed``: such a pair is no organisation's "<X> <town>")."""
    found = _name_run(lines, start)
    return found is not None and found[0] == start and found[1] == end

