"""A person named by a title in the photo's caption (issue 11, session 18): "Foto: schepen
<Achternaam> opent de nieuwe ruimte", "Op de foto: burgemeester <Naam> en de jongeren".

With the default scope a caption (the photo's caption and alt text, the form's photo section) is
published as written but for its credits and the persons of a person frame (``credits``,
``person_lists``). A title of address or office before a capitalised word names a person on the
photo as plainly as a credit does, and a surname no list knows was published ("schepen
<Achternaam>"). :func:`titled_stretches` finds the title with the one to three capitalised words
after it (particles inside); the anonymiser then reads each stretch as a text of its own, so the
same rules decide (a title before an unknown capitalised word is a person: ``person_honorifics``;
a place or an organisation stays).
"""

from __future__ import annotations

import re

#: Titles of address and office (not kinship or group roles: "leider De Kastanje" is no person).
_TITLES = (
    "mevrouw", "mevr", "meneer", "mijnheer", "dhr", "mw", "juf", "juffrouw", "meester", "schepen", "burgemeester",
    "dokter", "dr", "prof", "professor", "minister", "gedeputeerde", "staatssecretaris", "senator", "voorzitter",
    "directeur", "directrice", "madame", "monsieur", "mme", "échevin", "échevine", "echevin", "echevine",
    "bourgmestre", "ministre", "députée", "député",
)
_PARTICLE = r"(?:van|de|der|den|ter|ten|te|vande|vander|le|la|du|des|el|al|ben|bin)"
_CAP = r"[A-ZÀ-ÖØ-Þ][\w'’-]{1,30}"
_TITLED_RE = re.compile(
    r"(?<![\w.])(?i:" + "|".join(sorted(_TITLES, key=len, reverse=True)) + r")\.?[ \t]+"
    rf"(?:{_PARTICLE}[ \t]+)*{_CAP}(?:[ \t]+(?:{_PARTICLE}[ \t]+)*{_CAP}){{0,2}}"
)


def titled_stretches(text: str) -> list[tuple[int, int]]:
    """(start, end) of each title with the capitalised name after it in ``text``."""
    if not text:
        return []
    return [(m.start(), m.end()) for m in _TITLED_RE.finditer(text)]


#: The title after the name, as an apposition (session 19): "<Achternaam>, schepen, opent …",
#: "<Voornaam> <Achternaam>, burgemeester van <Gemeente>".
_APPOSED_RE = re.compile(
    rf"(?<![\w.])(?P<name>{_CAP}(?:[ \t]+(?:{_PARTICLE}[ \t]+)*{_CAP}){{0,2}}),[ \t]+"
    r"(?P<title>(?i:" + "|".join(sorted(_TITLES, key=len, reverse=True)) + r"))\b"
)


def apposed_titles(text: str) -> list[tuple[int, int, str]]:
    """(start, end, title) of each name followed by ", <title>" in ``text`` (the name's span)."""
    if not text or "," not in text:
        return []
    return [(m.start("name"), m.end("name"), m.group("title")) for m in _APPOSED_RE.finditer(text)]
