"""The authors of exported posts and comments (issue 11, session 18): a network's handle and a
post-it wall's lower-case nickname as a speaker.

The quotes reader (``core/form/export_lines.py``) gives each post, reply and comment of a
post-it wall or a network its author as the speaker. Two author shapes the speaker rules did
not read as a person:

* a handle (``<voornaam>.<x>``, ``<voornaam>_<x>12``, ``<x>.<achternaam>``): one "word" with
  dots, underscores or digits. It is a person's unless an organisation's word is inside it
  (``jeugdhuis<naam>``, ``speelplein<naam>``: the same cues as a handle in a text,
  :func:`.private_contacts.private_handle`), and where the report repeats it (the photo's
  caption: "bovenaan <handle>", "@<handle>") it goes with the speaker: its label replaces it;
* a lower-case nickname with an initial (``<voornaam> <x>.``): the nickname is the name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .lexicon import fold
from .private_contacts import _ORG_HANDLE_CUES

#: A handle as a speaker: letters, digits, "." and "_", at least one letter and a "." or "_"
#: between letters, or a digit (a bare word is a name or a word, read by the other rules; "dr."
#: and "J." are a title and an initial), no space.
_HANDLE_RE = re.compile(r"@?(?=[\w.]*[^\W\d_])(?=[\w.]*(?:[^\W_][._]+[^\W_]|\d))[^\W_][\w.]{1,29}")
#: A lower-case name with an initial after it ("<voornaam> <x>.").
_INITIAL_TAIL_RE = re.compile(r"^(?P<name>[^\W\d_][\w'’-]{1,29})[ \t]+[^\W\d_]\.?$")


def speaker_handle(speaker: str) -> str | None:
    """The handle in a speaker field that is one (without its "@"), or None."""
    s = speaker.strip()
    if not _HANDLE_RE.fullmatch(s):
        return None
    return s.lstrip("@").rstrip(".")


def organisation_handle(handle: str) -> bool:
    """Whether a handle names an organisation: a part of it opens with an organisation's word
    ("jeugdhuis<naam>", "chiro_<naam>", "ksa.<plaats>"), with more after it ("bibi", "oksana"
    and "clubs" are no organisation's)."""
    segments = [p for p in re.split(r"[._\d]+", fold(handle)) if p]
    return any(seg.startswith(cue) and (len(seg) >= len(cue) + 3 or (seg == cue and len(segments) > 1))
               for seg in segments for cue in _ORG_HANDLE_CUES)


def initial_tail_name(speaker: str) -> str | None:
    """The name of a lower-case speaker written with an initial ("<voornaam> <x>."), or None."""
    m = _INITIAL_TAIL_RE.match(speaker.strip())
    return None if m is None or not m.group("name").islower() else speaker.strip()


def mask_handles(text: str, labels: Iterable[tuple[str, str]]) -> tuple[str, list[tuple[str, str]]]:
    """``text`` with each (handle, label) pair's handle replaced, with or without its "@", as a
    whole token; and what was replaced (original, label)."""
    done: list[tuple[str, str]] = []
    for handle, label in labels:
        if fold(handle) not in fold(text):
            continue
        pat = re.compile(r"(?<![\w.@])@?" + re.escape(handle) + r"(?![\w]|\.[\w])", re.IGNORECASE)

        def repl(m: re.Match[str], _label: str = label) -> str:
            done.append((m.group(0), _label))
            return _label

        text = pat.sub(repl, text)
    return text, done


def organisation_led_handle(handle: str) -> bool:
    """Whether a handle *opens* with an organisation's word ("chiro_<naam>_<plaats>",
    "jeugdhuis<naam>", "Jeugddienst<Plaats>"): an organisation's own account, whose name an
    export's credit keeps (session 19). "<achternaam>_jeugdwerk" is a person's handle that names
    a job: it does not open with the word."""
    segments = [p for p in re.split(r"[._\d]+", fold(handle)) if p]
    return bool(segments) and organisation_handle(handle) and any(
        segments[0].startswith(cue) for cue in _ORG_HANDLE_CUES)
