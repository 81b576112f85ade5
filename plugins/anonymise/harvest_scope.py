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
  (:meth:`HarvestScope._scan`): a capitalised word (except an ordinary word that opens a
  sentence with no capitalised neighbour: the detector never scores it, and no run,
  coordination or extension joins it to a neighbour), a lower-case word no Dutch word
  list holds or that a name list does, a word of a name the report introduces by shape
  (:func:`.detect.introduced_names`), or a word already in the knowledge (checked after
  the harvest, :meth:`HarvestScope.late`);
* the candidates of S share no form with the *needed* forms: every word of what is
  anonymised or published from the knowledge (quotes, credits, quotes section, highlight,
  title, meta, photo, inline quotations) and every word of each section that IS harvested
  (its analysis reads the knowledge of each of its words), to a fixpoint;
* no word of S (any case) is in the knowledge after the harvest: then no token of S can
  take a known person's key, so S's own analysis (the harvest of S in the full run, the
  speakers' withholding of S later) cannot touch a known person either.

Knowledge entries S would add then involve only words no reader asks for; keys, display
forms, roles and numbering of every name that is read are the same. ``scope: all``
harvests everything (every section is published anonymised). Tests:
tests/test_anonymise_harvest_scope.py (a hypothesis property: restricted == full).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from perskamer.model import Report

from . import detect
from .inline import inline_quotes
from .lexicon import Lexicon, load_lexicon

_SENTENCE_GAP = frozenset(".!?…\n")


class HarvestScope:
    """The sections to harvest for ``report`` (ids), given what is published from it."""

    def __init__(self, report: Report, sections: list[tuple[str, str]]):
        self.lex = load_lexicon()
        self.sections = sections
        self.needed: set[str] = set()
        for text in _published_inputs(report, sections):
            self.needed |= self._scan(text)[0]
        self._words: dict[str, tuple[set[str], set[str]]] = {}

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
        needed = set(self.needed)
        chosen: set[str] = set()
        todo = [sid for sid, _ in self.sections if sid == "quotes" or sid in forced]
        while True:
            for sid in todo:
                chosen.add(sid)
                needed |= self.words(sid, self._text(sid))[0]
            todo = [sid for sid, text in self.sections
                    if sid not in chosen and not needed.isdisjoint(self.words(sid, text)[1])]
            if not todo:
                return chosen

    def late(self, know: detect.Knowledge, chosen: set[str]) -> set[str]:
        """Skipped sections that hold a word the knowledge knows after the harvest (in any
        case): they must be harvested after all (see the module docstring)."""
        known = set(know.names).union(know.place_parts)
        for words in know.multi:
            known.update(words)
        return {sid for sid, text in self.sections
                if sid not in chosen and not known.isdisjoint(self.words(sid, text)[0])}

    def _text(self, sid: str) -> str:
        return next(text for s, text in self.sections if s == sid)

    def _scan(self, text: str, candidates: bool = False) -> tuple[set[str], set[str]]:
        """The forms of every word of ``text`` and (``candidates``) those of the words that
        may be part of a name the harvest returns; particles never carry a name alone."""
        # (the tokenizer's split, [gap, word, gap, word, ..., gap], and a class per distinct
        # word: a Token per word cost more than the harvest this saves)
        split = detect._BMP_WORD_SPLIT_RE if text.isascii() or detect._ASTRAL_RE.search(text) is None else (
            detect._WORD_SPLIT_RE)
        parts = split.split(text)
        seq = parts[1::2]
        words = set(seq)
        classes = _classes(words, self.lex)
        forms: set[str] = set()
        for w in words:
            forms |= classes[w][0]
        if not candidates:
            return forms, set()
        if "_" in text:
            return forms, set(forms)  # (a handle's words: "jan_bakker"; every word may be one)
        cands: set[str] = set()
        openers = False
        for w in words:
            own, kind = classes[w]
            if kind == _ALWAYS:
                cands |= own
            elif kind == _OPENER:
                openers = True
        if openers:
            for k, w in enumerate(seq):
                own, kind = classes[w]
                if kind == _OPENER and not own <= cands and _opener_may_join(parts, seq, k, classes):
                    cands |= own
        return forms, cands


#: a word's class: never part of a name the narrative harvest returns / maybe / an
#: ordinary word, capitalised: maybe, unless it opens a sentence before a lower-case word
_NEVER, _ALWAYS, _OPENER = 0, 1, 2
_CLASS: dict[str, tuple[frozenset[str], int]] = {}


def _classes(words: set[str], lex: Lexicon) -> dict[str, tuple[frozenset[str], int]]:
    get = _CLASS.get
    out = {}
    for w in words:
        got = get(w)
        if got is None:
            if len(_CLASS) > 200_000:
                _CLASS.clear()
            got = _CLASS[w] = _word_class(w, lex)
        out[w] = got
    return out


def _word_class(word: str, lex: Lexicon) -> tuple[frozenset[str], int]:
    folded, cap, allcaps, _short, stem = detect._word_info(word)
    out = {folded, stem}
    for f in (folded, stem):
        if "-" in f or "'" in f or "’" in f:
            out.update(f.replace("’", "-").replace("'", "-").split("-"))
    out -= detect.PARTICLES
    out.discard("")
    if not cap and not allcaps:
        # (the narrative's lower-case names: a word no list knows, or a first name or its
        # diminutive, where the sentence puts a name; see detect._score_token)
        kind = _ALWAYS if any(not lex.is_word(f) or detect._name_kind(f, lex)[0] in ("first", "diminutive")
                              for f in {folded, stem}) else _NEVER
    else:
        # (a capitalised ordinary word is never scored itself: detect._score_token)
        kind = _OPENER if not allcaps and folded in lex.common and stem in lex.common else _ALWAYS
    return frozenset(out), kind


def _opener_may_join(parts: list[str], words: list[str], k: int,
                     classes: dict[str, tuple[frozenset[str], int]]) -> bool:
    """Whether the capitalised ordinary word ``words[k]`` may be part of a name: unless it
    opens a sentence (the text's start, or sentence punctuation or a line break before it,
    and no capitalised or candidate word) and the next word, one space on, is lower-case,
    no particle and no candidate ("Dan gingen we", "Het lokaal"), where no rule joins it
    to a name ("Jan Peeters" does: the next word is capitalised)."""
    if k > 0:
        prev = words[k - 1]
        info = detect._word_info(prev)
        if info[1] or info[2] or classes[prev][1] != _NEVER or not _SENTENCE_GAP.intersection(parts[2 * k]):
            return True
    if k + 1 >= len(words) or parts[2 * k + 2] != " ":
        return True
    nxt = words[k + 1]
    return classes[nxt][1] != _NEVER or detect._word_info(nxt)[0] in detect.PARTICLES


def _published_inputs(report: Report, sections: list[tuple[str, str]]) -> list[str]:
    """Every text that is anonymised, withheld or published from the knowledge under the
    default scope (the other sections only through their inline quotations, whole)."""
    out: list[str] = [report.title or ""]
    for q in report.quotes:
        out += [q.text or "", q.speaker or "", q.attribution or "", q.affiliation or ""]
    for key in ("highlight", "speakers", "reporter", "session"):
        _strings(report.meta.get(key), out)
    if report.photo is not None:
        out += [getattr(report.photo, "alt", "") or "", getattr(report.photo, "caption", "") or ""]
    for sid, text in sections:
        if sid == "quotes":
            out.append(text)
            continue
        for q in inline_quotes(text):
            out.append(text[min(q.start, q.credit_start) : max(q.end, q.credit_end)])
    return out


def _strings(value: Any, out: list[str]) -> None:
    if isinstance(value, str):
        out.append(value)
    elif isinstance(value, list):
        for v in value:
            _strings(v, out)
    elif isinstance(value, dict):
        for v in value.values():
            _strings(v, out)
