"""Whether a new clause starts after an apposition's comma (session 26, issue 11, severity 1).

"bij <Naam>, een app voor de planning hadden we niet nodig": the comma closes the person's clause and
"een app" is the next clause's object, not a noun naming <Naam>; two keep rules (the work noun after a
comma in ``detect``, the thing's phrase after a comma in ``keep_objects``) read it as an apposition
and kept a listed first name there.
"""

from __future__ import annotations

import re

#: A subject pronoun or a finite auxiliary ("zijn" left out: also a possessive) before any relative or
#: subordinating word: a new clause.
_CLAUSE_SUBJECTS = frozenset({"ik", "we", "wij", "je", "jij", "hij", "zij", "ze", "jullie", "u", "men"})
_CLAUSE_FINITE = frozenset({"is", "was", "waren", "heeft", "had", "hadden", "hebben", "wordt", "werd",
                            "werden", "worden", "kan", "kon", "konden", "moet", "moest", "wil", "wou", "wilde"})
_CLAUSE_LINKS = frozenset({"die", "dat", "wat", "wie", "waar", "waarin", "waarmee", "waarop", "waarover", "waarvan",
                           "hoe", "als", "wanneer", "omdat", "zodat", "om", "te"})
_CLAUSE_SPAN_RE = re.compile(r"[^.;:!?,\n“”\"()]{0,120}")


def opens_a_clause(text: str, start: int) -> bool:
    """Whether the words after an apposition's noun (up to the next punctuation) are a new clause:
    a subject pronoun or a finite auxiliary before any relative or subordinating word."""
    for w in re.findall(r"[^\W\d_]+", _CLAUSE_SPAN_RE.match(text, start).group(0).lower()):
        if w in _CLAUSE_LINKS:
            return False
        if w in _CLAUSE_SUBJECTS or w in _CLAUSE_FINITE:
            return True
    return False
