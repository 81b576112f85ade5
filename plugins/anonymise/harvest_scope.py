"""Which of a report's other sections the name harvest must read (default scope).

Under ``scope: quotes`` only the quotes, their credits, the quotes section, the highlight,
the inline quotations and the speakers' names elsewhere are anonymised. What the harvest of
the other sections learns (:class:`.detect.Knowledge`) is read ONLY through the folded
forms of the words of the text being judged: ``names``/``place_parts`` by a token's folded
form, its possessive stem or the joined words of a span, ``multi`` by a run of tokens, and
``add`` merges a new name with a known person only through a shared part. So a section
whose harvest can only add names made of words that occur nowhere else that matters adds
knowledge nobody reads, and need not be harvested: the result is the same by construction.

The argument, per section S that is skipped:

* every word of a name the harvest of S can return is a *candidate* of S
  (:func:`_word_class`): a capitalised word but an ordinary one (``lex.common``: the
  detector never scores it, and no run, extension or coordination takes it in:
  ``detect._score_token``, ``_can_extend_with``, ``_list_neighbour``, ``_name_runs``,
  ``english_first_name``), a lower-case word of three letters or more that no Dutch word
  list holds or that is a first name or its diminutive (the narrative's lower-case name
  positions), but never a ``lex.common``, chat, pronoun or particle word (``_score_token``
  returns for those at once), every word of a text with
  a handle ("jan_bakker"), a word of a name the report introduces by shape
  (:func:`.detect.introduced_names`), or a word already in the knowledge (checked after
  the harvest, :meth:`HarvestScope.late`);
* the candidates of S share no form with the *needed* forms: every word of what is
  anonymised or published from the knowledge (quotes, credits, quotes section, highlight,
  title, meta, photo, inline quotations) and every word of each section that IS harvested
  (its analysis reads the knowledge of each of its words), to a fixpoint;
* no word of S (any case) is in the knowledge after the harvest: then no token of S can
  take a known person's key, so S's own analysis (the harvest of S in the full run, the
  speakers' withholding of S later) cannot touch a known person either.

Harvesting a section that could be left out changes nothing (the full harvest reads it
too), so :meth:`HarvestScope.plan` first takes every section that holds a capitalised
candidate of the published text as written (a substring test: most of those must be read)
and scans the rest only when some are left.

Knowledge entries S would add then involve only words no reader asks for; keys, display
forms, roles and numbering of every name that is read are the same. ``scope: all``
harvests everything (every section is published anonymised). Tests:
tests/test_anonymise_harvest_scope.py (a hypothesis property: restricted == full).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from perskamer.model import Report

from . import detect
from .inline import section_quotations
from .lexicon import Lexicon, load_lexicon

#: the tokenizer's words (detect._BMP_WORD_SPLIT_RE without the split's group)
_BMP_WORD_RE = re.compile(detect._BMP_WORD_SPLIT_RE.pattern[1:-1])


class HarvestScope:
    """The sections to harvest for ``report`` (ids), given what is published from it."""

    def __init__(self, report: Report, sections: list[tuple[str, str]]):
        self.lex = load_lexicon()
        self.report = report
        self.sections = sections
        self._words: dict[str, tuple[set[str], set[str]]] = {}
        self._pub: tuple[set[str], list[str]] | None = None

    def words(self, sid: str, text: str) -> tuple[set[str], set[str]]:
        """(every form of every word, the candidate forms) of section ``sid``."""
        got = self._words.get(sid)
        if got is None:
            got = self._words[sid] = self._scan(text, candidates=True)
            for name in detect.introduced_names(text):
                got[1].update(self._scan(name)[0])
        return got

    def plan(self, forced: Iterable[str] = ()) -> set[str]:
        """The sections to harvest: the quotes section, ``forced``, and each section whose
        candidates meet the needed forms (which grow by every harvested section's words)."""
        needed, written = self._published()
        first = {sid for sid, _ in self.sections if sid == "quotes" or sid in forced}
        # (harvesting a section that could be left out changes nothing; one that holds a
        # capitalised candidate of what is published, as written, most often must be read:
        # when every section does, no section is scanned)
        first.update(sid for sid, text in self.sections if any(w in text for w in written))
        if len(first) == len(self.sections):
            return first
        todo = [(sid, text) for sid, text in self.sections if sid in first]
        if all(sid in first or not self.words(sid, text)[1] for sid, text in self.sections):
            return first  # (no section else may hold a name: what is needed is moot)
        needed = set(needed)
        chosen: set[str] = set()
        while True:
            for sid, text in todo:
                chosen.add(sid)
                if sid != "quotes":  # (its words are needed already: it is published)
                    needed |= self.words(sid, text)[0]
            todo = [(sid, text) for sid, text in self.sections
                    if sid not in chosen and not needed.isdisjoint(self.words(sid, text)[1])]
            if not todo:
                return chosen

    def _published(self) -> tuple[set[str], list[str]]:
        """The needed forms of what is published, and its capitalised candidates as written."""
        if self._pub is not None:
            return self._pub
        # (one scan of everything: the words of one text never run into the next one's)
        text = "\n".join(_published_inputs(self.report, self.sections))
        find = _BMP_WORD_RE if text.isascii() or detect._ASTRAL_RE.search(text) is None else detect._WORD_RE
        get = _CLASS.get
        classes = [(w, get(w) or _classify(w, self.lex)) for w in set(find.findall(text))]
        forms: set[str] = set().union(*[c[0] for _, c in classes])
        self._pub = (forms, [w for w, c in classes if c[1] and len(w) > 2 and w[0].isupper()])
        return self._pub

    def late(self, know: detect.Knowledge, chosen: set[str]) -> set[str]:
        """Skipped sections that hold a word the knowledge knows after the harvest (in any
        case): they must be harvested after all (see the module docstring)."""
        known = set(know.names).union(know.place_parts)
        for words in know.multi:
            known.update(words)
        return {sid for sid, text in self.sections
                if sid not in chosen and not known.isdisjoint(self.words(sid, text)[0])}

    def _scan(self, text: str, candidates: bool = False) -> tuple[set[str], set[str]]:
        """The forms of every word of ``text`` and (``candidates``) those of the words that
        may be part of a name the harvest returns; particles never carry a name alone."""
        # (the tokenizer's words, and a class per distinct word: a Token per word cost more
        # than the harvest this saves)
        find = _BMP_WORD_RE if text.isascii() or detect._ASTRAL_RE.search(text) is None else detect._WORD_RE
        get = _CLASS.get
        classes = [get(w) or _classify(w, self.lex) for w in set(find.findall(text))]
        forms: set[str] = set().union(*[c[0] for c in classes])
        if not candidates:
            return forms, set()
        if "_" in text:
            return forms, set(forms)  # (a handle's words: "jan_bakker"; each may be a name)
        return forms, set().union(*[c[0] for c in classes if c[1]])


#: word as written -> (its folded forms but particles, whether it may be a word of a name
#: the narrative harvest returns)
_CLASS: dict[str, tuple[frozenset[str], bool]] = {}


def _classify(word: str, lex: Lexicon) -> tuple[frozenset[str], bool]:
    if len(_CLASS) > 200_000:
        _CLASS.clear()
    got = _CLASS[word] = _word_class(word, lex)
    return got


def _word_class(word: str, lex: Lexicon) -> tuple[frozenset[str], bool]:
    """The folded forms under which the knowledge may hold or look up ``word`` (itself, its
    possessive stem, the parts between its hyphens and apostrophes), and whether it is a
    candidate (see the module docstring)."""
    folded, cap, allcaps, _short, stem = detect._word_info(word)
    out = {folded, stem}
    for f in (folded, stem):
        if "-" in f:
            out.update(f.split("-"))  # (Knowledge.add holds a hyphenated name's parts too)
    # (no entry is a particle or shorter than two letters: Knowledge.add)
    out = {f for f in out if len(f) > 1 and f not in detect.PARTICLES}
    if not cap and not allcaps:
        # (the narrative's lower-case names: a word no list knows, or a first name or its
        # diminutive, where the sentence puts a name; never a short, frequent, chat or
        # pronoun word: detect._score_token reads the possessive's stem)
        candidate = (len(stem) >= 3 and stem not in lex.common and stem not in detect._CHAT_WORDS
                     and stem not in detect._SUBJECTS and stem not in detect.PARTICLES
                     and (not lex.is_word(stem) or detect._name_kind(stem, lex)[0] in ("first", "diminutive")))
    else:
        candidate = allcaps or folded not in lex.common or stem not in lex.common
    return frozenset(out), candidate


def _published_inputs(report: Report, sections: list[tuple[str, str]]) -> list[str]:
    """Every text that is anonymised, withheld or published from the knowledge under the
    default scope (the other sections only through their inline quotations, whole)."""
    out: list[str] = [report.title or ""]
    for q in report.quotes:
        out += [q.text or "", q.speaker or "", q.attribution or "", q.affiliation or ""]
    for key in ("highlight", "speakers", "reporter", "session"):
        out += strings_in(report.meta.get(key))
    if report.photo is not None:
        out += [getattr(report.photo, "alt", "") or "", getattr(report.photo, "caption", "") or ""]
    for sid, text in sections:
        if sid == "quotes":
            out.append(text)
            continue
        for q in section_quotations(text):
            out.append(text[min(q.start, q.credit_start) : max(q.end, q.credit_end)])
    return out


def strings_in(value: Any, max_depth: int | None = None, _depth: int = 0) -> list[str]:
    """Every string in a front-matter value (nested lists and mappings; below ``max_depth``
    levels of nesting, when given, nothing)."""
    if isinstance(value, str):
        return [value]
    if max_depth is not None and _depth > max_depth:
        return []
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings_in(v, max_depth, _depth + 1)]
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in strings_in(v, max_depth, _depth + 1)]
    return []
