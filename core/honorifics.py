"""Titles and honorifics written before a person's name, in one place (session 19's fold).

Two readers listed them on their own: the form's export reader strips a title from a reply's
label before it takes the rest as the author (``core/form/export_lines``: "↳ Dr. <Naam>: ..."),
and the anonymiser marks the capitalised words after an honorific of address as a name
(``plugins/anonymise/person_honorifics``: "Mevr. <Naam>"). The core must not import a plugin,
so the one list lives here and both read it.

The two lists differed at the fold and still differ, each behaviour kept exactly (a fold changes
no output; widening either side is a rule change to measure on its own):

* the export reader also strips "ir" (an engineer's title) and "m" (the French "M." of
  monsieur): :data:`LABEL_ONLY`. The anonymiser does not read them as honorifics: "M"/"Ir"
  before a capitalised word is an initial or an abbreviation too often in running text;
* the anonymiser also knows the address forms that never stood before a reply's label in an
  export ("mijnheer", "juffrouw", "madame", "monsieur", "pater", ...): :data:`ADDRESS_ONLY`.
"""

from __future__ import annotations

#: The honorifics and titles both readers know (folded, without a full stop).
SHARED = frozenset({"dr", "drs", "prof", "professor", "mevr", "mevrouw", "mw", "dhr", "meneer", "mr", "mme", "mlle",
                    "juf", "meester", "dokter"})
#: Known only to the anonymiser (see the module).
ADDRESS_ONLY = frozenset({"mijnheer", "mrs", "ms", "madame", "mademoiselle", "monsieur", "juffrouw", "doctor",
                          "docteur", "pater", "zuster"})
#: Known only to the export reader (see the module).
LABEL_ONLY = frozenset({"ir", "m"})

#: Honorifics of address: a capitalised word after one is a person's name (the anonymiser).
HONORIFICS = SHARED | ADDRESS_ONLY
#: Titles stripped from an export's reply label before its author is read (the form reader).
LABEL_TITLES = SHARED | LABEL_ONLY


def alternation(words: frozenset[str]) -> str:
    """A regular expression's alternation of ``words``, longest first (so a prefix never wins)."""
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))
