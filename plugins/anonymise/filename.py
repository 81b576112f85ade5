"""With ``scope: all``, a name in a report's file name reaches no published path.

A report's slug comes from its file name (``interview-met-jan-peeters.md``), and the
slug names every published file of the report (``verslagen/<slug>.html``,
``data/<slug>.json``, ``pdf/<slug>.pdf``, ``media/<slug>.jpg``), every link and URL to
it (index, theme pages, digest, feeds, the search index), and the JSON publishes the
file's path as ``source``. With ``scope: all`` (everything published from a report is
anonymised), the file name may only be published when it names no one the published,
anonymised title does not: every word of the slug (and of the source path) must be a
word of that title, a number, or an ordinary Dutch word, place or organisation word
that was not found as a name (by the report's anonymisation, or by the detector on the
file name's words). Otherwise the report is published under a
slug made from its anonymised title (the session number the file name starts with
kept: ``007-jongeren-aan-het-woord``) and a neutral ``source`` (``<slug>.docx``).

Why the title, and not a hash of the file name: the title is published anyway, so the
slug adds nothing to it; a short hash of a file name such as ``Verslag_<naam>.docx``
would let anyone with a list of candidate names confirm a guess. The same file with the
same title gets the same slug in every build; two reports with the same title and no
session number clash, and the core's duplicate check names both files.

A section may refer to another file of the content folder (the photo section's
``![...](images/foto_lotte_de_fauw.jpg)``, which the JSON publishes as written): such a
relative target is published as ``foto.jpg`` (an image) or ``bestand.pdf`` (a link)
when it tells more than the title. (The photo itself is published under the slug; the
core reads it from ``report.photo``, which is left alone.)

The names the detector finds in the file name's words written as a name would be
("Verslag Fatima El Amrani") only decide the slug: they are not taught to the report's
anonymisation, since a file name gives the detector no sentence to judge by ("Zorg voor
de zorgers" reads as "De Zorgers", a name), and a false name there would mask words of
the report everywhere.
"""

from __future__ import annotations

import functools
import re
from pathlib import PurePosixPath

from perskamer.fold import fold, slugify
from perskamer.model import Report

from .detect import PARTICLES, Knowledge, analyse, is_compound
from .lexicon import load_lexicon

_WORDS_RE = re.compile(r"[^\W\d_]+|\d+")
_NUMBER_RE = re.compile(r"^\d+")
#: A Markdown image or link with its target: ``![alt](target "title")``.
_LINK_RE = re.compile(r"(?P<bang>!?)(?P<label>\[[^\]\n]{0,1000}\])\(\s*(?P<target><[^>\n]{1,1000}>|[^)\s]{1,1000})(?P<rest>[^)\n]{0,1000})\)")
_SCHEME_RE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|#|/)", re.I)
#: Words a file name may hold beyond the title's: they name no one.
GENERIC = frozenset({"verslag"})
#: The longest slug made from a title (a URL stays readable; cut at a word).
MAX_SLUG = 80


def _words(text: str) -> list[str]:
    return [fold(w) for w in _WORDS_RE.findall(text)]


def _stem_path(source: str) -> str:
    """The source path without its file suffix (``a/b.docx`` -> ``a/b``)."""
    path = PurePosixPath(source.replace("\\", "/"))
    return str(path.with_suffix("")) if path.suffix else str(path)


@functools.lru_cache(maxsize=4096)
def file_name_names(source: str, min_confidence: float = 0.5) -> tuple[str, ...]:
    """The personal names the detector finds in the words of a source's path, each word
    written with a capital as a name would be (``"foto_lotte_de_fauw"`` -> "Lotte De Fauw")."""
    words = [w for w in _WORDS_RE.findall(_stem_path(source)) if not w.isdigit() and not _code(w)]
    if not words:
        return ()
    text = " ".join(w[:1].upper() + w[1:] for w in words)
    found = analyse(text, Knowledge(), chat=False, min_confidence=min_confidence, deny_unknown=False)
    return tuple(s.text for s in found.spans if s.kind == "person")


def tells_more(path_text: str, title: str, names: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether ``path_text`` holds a word that may name someone and that the published
    title does not hold: a name of the report (``names``, folded: what its anonymisation
    replaced and what the detector finds in the file name), a word of the name lists
    that is no ordinary word, or a word no Dutch word list, place or organisation list
    knows. Numbers, ordinary Dutch words (and compounds), places and organisations that
    were not found as a name tell no one's name."""
    allowed = set(_words(title)) | GENERIC
    return any(w not in allowed and _may_name(w, names) for w in _words(path_text))


def _code(word: str) -> bool:
    """A letter or two that names no one: a series letter ("m03_...", "07b_..."), an initial
    alone, an abbreviation ("jh", "wg", "ov"); two-letter first names ("Bo", "Li") are
    no code."""
    f = fold(word)
    return len(f) == 1 or (len(f) == 2 and f not in load_lexicon().first_names)


def _may_name(word: str, names: frozenset[str] | set[str]) -> bool:
    if word.isdigit() or _code(word):
        return False
    if word in names and word not in PARTICLES and len(word) > 2:
        return True
    lex = load_lexicon()
    if lex.is_word(word) or word in lex.places or word in lex.keep_single or word in lex.calendar:
        return False  # an ordinary word ("kamp", "corona") names someone only when found as a name
    return word in lex.first_names or word in lex.surnames or not (len(word) > 6 and is_compound(word, lex))


def naming_words(report: Report, names: frozenset[str] | set[str] = frozenset()) -> set[str]:
    """The words of the report's source path that may name someone and that its title
    does not hold (folded): what must reach no published path."""
    names = set(names) | {w for name in file_name_names(report.source) for w in _words(name)}
    allowed = set(_words(report.title)) | GENERIC
    return {w for w in _words(_stem_path(report.source)) if w not in allowed and _may_name(w, names)}


def title_slug(report: Report) -> str:
    """The slug of the anonymised title, after the file name's session number if any."""
    base = slugify(report.title, default="verslag")
    if len(base) > MAX_SLUG:
        base = base[:MAX_SLUG].rsplit("-", 1)[0] or base[:MAX_SLUG]
    number = _NUMBER_RE.match(slugify(PurePosixPath(report.source.replace("\\", "/")).name))
    return f"{number.group(0)}-{base}" if number else base


def names_more(path_text: str, title: str, names: frozenset[str] | set[str]) -> bool:
    """Whether ``path_text`` holds one of ``names`` (folded name parts the report's
    anonymisation replaced) that the published title does not hold: the default scope's
    test, where only a name the report masks must reach no path."""
    allowed = set(_words(title)) | GENERIC
    return any(w not in allowed and w in names and w not in PARTICLES and len(w) > 2 for w in _words(path_text))


def neutral_names(report: Report, names: frozenset[str] | set[str] = frozenset(), *, scope_all: bool = True) -> bool:
    """Give ``report`` a slug and a published source that tell nothing its anonymised
    title does not; ``names`` are the folded name parts the report's anonymisation
    replaced. With ``scope: all`` any word that may name someone counts (see
    :func:`tells_more`); with the default scope only ``names``: a withheld speaker or a
    quoted person whose name the report masks must not be published in its URL either
    (:func:`names_more`). Return whether anything changed."""
    if scope_all:
        names = set(names) | {w for name in file_name_names(report.source) for w in _words(name)}
    test = tells_more if scope_all else names_more
    changed = False
    if test(report.slug, report.title, names):
        report.slug = title_slug(report)
        changed = True
    if changed or test(_stem_path(report.source), report.title, names):
        report.public_source = report.slug + PurePosixPath(report.source.replace("\\", "/")).suffix.lower()
        changed = True
    return changed


def neutral_link_targets(text: str, title: str, names: frozenset[str] | set[str] = frozenset()) -> str:
    """Relative Markdown image and link targets in ``text`` that tell more than ``title``
    become ``foto<suffix>`` (images) or ``bestand<suffix>`` (links)."""
    if "](" not in text:
        return text

    def fix(m: re.Match[str]) -> str:
        target = m.group("target").strip("<>")
        if _SCHEME_RE.match(target) or not tells_more(_stem_path(target), title, names):
            return m.group(0)
        suffix = PurePosixPath(target.split("?", 1)[0].split("#", 1)[0]).suffix.lower()
        suffix = suffix if re.fullmatch(r"\.[a-z0-9]{1,5}", suffix) else ""
        name = ("foto" if m.group("bang") else "bestand") + suffix
        return f"{m.group('bang')}{m.group('label')}({name}{m.group('rest')})"

    return _LINK_RE.sub(fix, text)
