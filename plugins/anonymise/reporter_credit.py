"""The reporter's credit when the reporter shares a name word with a withheld speaker
(session 23, s23-credits; issue 11 points 3 and 4).

The reporter is credited by name; a speaker credited to a label is named nowhere
(``anonymise.speakers: anonymous``). In youth work siblings, parents and namesakes report
on each other's sessions, so the two often share a word:

- a shared **first name** ("Sofie El Khatib" reports on "Sofie De Smet") identifies nobody:
  the credit stays whole, and the leak guard attributes the exact credit (and only it) to the
  reporter -- every other occurrence of the word is still the withheld speaker's;
- a shared **surname** ("Wout D'Hondt" on "Liesbet D'Hondt", "Wout Van den Broeck" on
  "Fien Van den Broeck") links the two: a reader learns the speaker's family name (and
  that the reporter is kin). The default that protects shortens the credit to the
  surname's initial ("Wout D.") wherever it is shown -- the ``reporter`` fact and the exact
  full name in the report's own texts -- with a warning saying why, unless the workspace
  opts in to named reporters over that risk (``anonymise.reporter: named``).

"First name" and "surname" are positions in the reporter's credit: the first word (a
hyphenated first name is one word) is the given name, the rest the surname. A word shared
with the speaker's surname in the reporter's given-name position ("Thomas Peeters" on "Jan
Thomas") tells a reader no family name and stays.
"""

from __future__ import annotations

import re
from typing import Any

from .detect import PARTICLES
from .lexicon import fold

_WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_PART_RE = re.compile(r"[^\W\d_]+")


def _parts(word: str) -> list[str]:
    """The folded parts of one credit word ("D'Hondt": "d", "hondt"; "Anne-Sophie": both)."""
    return [fold(p) for p in _PART_RE.findall(word)]


def _name_words(names: list[str]) -> set[str]:
    """The folded words of the withheld names that could name someone (no particle, no letter)."""
    return {p for name in names for w in _WORD_RE.findall(name) for p in _parts(w)
            if len(p) > 2 and p not in PARTICLES}


#: Where a credit's name ends: an affiliation in brackets, after a comma or a dash ("Wout D'Hondt (KSA)").
_NAME_END_RE = re.compile(r"\s*(?:[(\[,/|]|\s[-–—]\s)")


def _name_part(credit: str) -> str:
    m = _NAME_END_RE.search(credit)
    return credit[: m.start()] if m else credit


def shared_surname(credit: str, withheld_names: list[str]) -> bool:
    """Whether a word of the surname part of ``credit`` (every word of its name after the
    first) is a word of a withheld speaker's name."""
    words = _WORD_RE.findall(_name_part(credit))
    if len(words) < 2:
        return False
    withheld = _name_words(withheld_names)
    return any(p in withheld for w in words[1:] for p in _parts(w) if len(p) > 2 and p not in PARTICLES)


def shortened(credit: str) -> str:
    """The credit with its surname as an initial: "Wout D'Hondt" -> "Wout D.", "Wout Van den
    Broeck" -> "Wout V." (the first letter of the surname's first word, particle or not); an
    affiliation after the name stays ("Wout D. (KSA)")."""
    name = _name_part(credit)
    words = _WORD_RE.findall(name)
    if len(words) < 2:
        return credit
    return f"{words[0]} {words[1][:1].upper()}." + credit[len(name):]


def _attributable(credit: str) -> bool:
    """Whether the guard may attribute this exact credit to the reporter: a first name and a
    surname at least (a one-word credit "Sofie" would cover every bare "Sofie" of the report)."""
    return len(_WORD_RE.findall(_name_part(credit))) >= 2


def _credit_strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


def apply_policy(report: Any, withheld_names: list[str], policy: str) -> tuple[list[str], list[str]]:
    """Apply the reporter-credit policy to ``report`` in place (see the module's docstring).

    Returns the credits as published that the guard attributes, exactly, to the reporter
    (those of two words or more) and the credits that were shortened (as published: "Wout D.")."""
    value = report.meta.get("reporter")
    credits = [c.strip() for c in _credit_strings(value) if c.strip() and _attributable(c.strip())]
    if not credits or not withheld_names:
        return [], []
    if policy == "named":
        return _sharing(credits, withheld_names), []
    replace = {c: shortened(c) for c in credits if shared_surname(c, withheld_names) and shortened(c) != c}
    if not replace:
        return _sharing(credits, withheld_names), []
    if isinstance(value, str):
        report.meta["reporter"] = replace.get(value.strip(), value)
    else:
        report.meta["reporter"] = [replace.get(v.strip(), v) if isinstance(v, str) else v for v in value]
    # the exact full name in the report's own texts is the same credit
    patterns = [(re.compile(r"(?<!\w)" + re.escape(full) + r"(?!\w)"), short) for full, short in replace.items()]

    def fix(text: Any) -> Any:
        if not isinstance(text, str):
            return text
        for pattern, short in patterns:
            text = pattern.sub(short, text)
        return text
    report.title = fix(report.title) if report.title else report.title
    for sid, text in list(report.sections.items()):
        report.sections[sid] = fix(text)
    if isinstance(report.meta.get("highlight"), str):
        report.meta["highlight"] = fix(report.meta["highlight"])
    if report.photo is not None:
        for attr in ("alt", "caption"):
            setattr(report.photo, attr, fix(getattr(report.photo, attr)))
    published = [replace.get(c, c) for c in credits]
    return _sharing(published, withheld_names), list(dict.fromkeys(replace.values()))


def _sharing(credits: list[str], withheld_names: list[str]) -> list[str]:
    """The credits the guard must attribute: those of a first name and a surname at least that
    hold a word of a withheld name (the others cannot be taken for the speaker)."""
    withheld = _name_words(withheld_names)
    return [c for c in credits if _attributable(c)
            and any(p in withheld for w in _WORD_RE.findall(c) for p in _parts(w))]
