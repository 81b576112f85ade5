"""The author of a reply line under a post: "↳ <Naam>: <tekst>" (issue 11, session 26: held-out set T26).

A post copied from a parents' group or a post-it wall puts each reply on a line of its own behind an
arrow that turns (``↳``, ``↪``, ``⤷``, ``⮡``, ``⤵``), then the author and a colon. What stands between the
arrow and the colon is who wrote the reply, whatever the word lists say of it: a surname alone that no
list holds ("↳ <Achternaam>: klopt!!"), a first name that is a word or a place. The reader takes a reply
as a post's only right under the post's author line (``core/form/export_lines``); T26 pasted a
lost-and-found post whose replies stand under its numbered items, and a surname alone as a reply's
author was published (0.3: a word no list knows).

Not an author: an organisation (a cue word: "↳ Jeugdhuis <X>:"), the anonymous author ("Anoniem"),
a label in lower case ("↳ update: ..."), more than four words. A title before the name
("↳ Dr. <Naam>:") and a role in brackets after it ("↳ <Naam> (leiding):") are no part of the name.
The persons are returned as ``(start, end, name)`` stretches for :func:`person_lists.listed_people`,
so the report adds them to its knowledge and masks them wherever they stand.
"""

from __future__ import annotations

import re

from .lexicon import fold

#: A reply line's head: the arrow, then the label up to the colon.
_REPLY_RE = re.compile(r"(?m)^[ \t>*_-]*[↳↪⤷⮡⤵]\ufe0f?[ \t]*(?P<label>[^:\n]{1,80}?)[ \t]*:")
#: A title before the name ("Dr.", "mevr."), dropped.
_TITLE_RE = re.compile(r"^(?:dr|prof|mevr|mr|dhr|mw|meneer|mevrouw|juf|meester)\.?[ \t]+", re.IGNORECASE)
#: The name: one to four capitalised words or initials, lower-case surname particles between.
_NAME_RE = re.compile(
    r"[A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]*(?:[-'’][^\W\d_]+)*\.?"
    r"(?:[ \t]+(?:(?:van|de|der|den|ter|ten|le|la|du|el|al|bin|ben|ibn|da|di|dos|von)[ \t]+)*"
    r"[A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]*(?:[-'’][^\W\d_]+)*\.?){0,3}")
#: Authors that are nobody in particular.
_NOBODY = frozenset({"anoniem", "anonymous", "anonyme", "onbekend", "gast", "guest", "admin", "beheerder",
                     "moderator", "iedereen", "niemand"})


def reply_authors(text: str) -> list[tuple[int, int, str]]:
    """The authors of the reply lines of ``text``: ``(start, end, name)`` each."""
    from .word_classes import _ORG_CUES

    if not any(a in text for a in "↳↪⤷⮡⤵"):
        return []
    out: list[tuple[int, int, str]] = []
    for m in _REPLY_RE.finditer(text):
        label = m.group("label")
        title = _TITLE_RE.match(label)
        at = title.end() if title else 0
        name = _NAME_RE.match(label, at)
        if name is None:
            continue
        rest = label[name.end() :].strip()
        if rest and not (rest.startswith("(") and rest.endswith(")")):
            continue  # ("↳ Zie ook de foto's van gisteren:": a sentence, not an author)
        words = [fold(w.rstrip(".")) for w in name.group(0).split()]
        if not words or words[0] in _NOBODY or any(w in _ORG_CUES for w in words):
            continue
        start = m.start("label") + name.start()
        out.append((start, start + len(name.group(0).rstrip(".")), name.group(0).rstrip(".")))
    return out
