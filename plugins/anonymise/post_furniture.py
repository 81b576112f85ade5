"""The furniture of a pasted online post or photo album is labels, never a person (session 25, s25-t25fix; issue 11).

A reporter copies a shared photo album, with its tags and reactions, into the quotes answer::

    Album: <titel> (42 foto's) · gedeeld door <Naam>
    Foto 3 · “<bijschrift>” · Getagd: <Naam>, <Naam>, <Achternaam> · ♥ 14
    Reactie van <Naam>: “…”
    Foto 27 · “…” · Getagd: niemand (op vraag van de groep)

The words that label the album's parts ("Album:", "Getagd:", "Reactie van", "Gedeeld door") open a
credit-shaped stretch after a quotation, so the credit rules read them as a person's name: "Getagd"
was replaced ("een deelnemer: <Naam>, ...") where it credited a caption and kept where it stood before
"niemand"; under ``scope: all`` the guard then found a replaced name published and withheld the
report. Here such a word, capitalised, directly before its colon ("Getagd:", "Album:") or before the
word that ties it to a person ("Reactie van", "Gedeeld door"), is a label: kept. The names after it
are read as before (``person_headers`` counts "getagd" among the headers that announce persons).

Not here: an album's title of a word and a word no list knows ("Album: Kampweek <Dorp> (31 foto's)") is
masked as before -- it has the shape of an album named after a person ("Verjaardag <Naam> (12 foto's)"),
and no evidence tells the two apart.

The words are the team's own (general knowledge of social-media and photo-album interfaces in Dutch
and English), none a first name or a surname of any list (checked by the tests).
"""

from __future__ import annotations

import re

#: words that label a post's or an album's parts, followed by their colon ("Getagd: ...")
COLON_LABELS = frozenset({
    "album", "fotoalbum", "getagd", "tags", "tagged", "bijschrift", "reacties", "reactie", "gedeeld",
    "locatie", "opmerkingen",
})
#: words that label a part before the word tying it to a person ("Reactie van X", "Gedeeld door X")
_TIED_LABEL_RE = re.compile(r"(?i:reactie|reacties|antwoord|gedeeld|geplaatst|gepost|getagd)\s+(?i:van|door|by)\s")
_COLON_AFTER_RE = re.compile(r"[ \t]?:(?!\S)")


def furniture_label(text: str, start: int, end: int, folded: str) -> bool:
    """Whether the capitalised word at ``text[start:end]`` (``folded``) labels a pasted post's or
    album's part: a label word before its colon, or a reaction's or share's word before "van"/"door"."""
    if folded in COLON_LABELS and _COLON_AFTER_RE.match(text, end):
        return True
    return _TIED_LABEL_RE.match(text, start) is not None

