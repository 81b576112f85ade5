"""Helpers for the anonymiser's frozen case batches (issue 11): a name left in a text, and
scoring and running a batch of keep/person cases (sessions 5 and 6).

A batch is two lists: ``KEEP`` of ``(text, items that must stay)`` and ``PERSON`` of
``(text, name parts that must go, items that must stay)``. The batch files hold only their
frozen cases and call these helpers; the test files mark the known misses as strict xfails.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

import pytest

from perskamer.plugins.anonymise.lexicon import english_words, load_lexicon
from perskamer.plugins.anonymise.replace import anonymise_text
from perskamer.testing import word_in


def lost(text: str, items: list[str]) -> list[str]:
    """The keep items the anonymised ``text`` no longer holds."""
    out = anonymise_text(text)
    return [i for i in items if not word_in(i, out)]


def present(word: str, text: str) -> bool:
    """Whether ``word`` stands in ``text`` as a whole word, in any case (a name left)."""
    return word_in(word, text, ignore_case=True)


def count_word(word: str, text: str, *, ignore_case: bool = False) -> int:
    """How often ``word`` stands in ``text`` as a whole word (an item kept as often as the source
    has it; a name left at all). Session 25: five test files had their own copy."""
    return len(re.findall(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text, re.I if ignore_case else 0))


def squeezed(text: str) -> str:
    """``text`` case-folded with everything but letters and digits left out: a contact or an
    account split by dots, spaces or dashes ("jan . peeters @ ...") is found whole. Session 25: six
    test files had their own copy."""
    return re.sub(r"[\W_]+", "", text.casefold())


def left(text: str, names: list[str]) -> list[str]:
    """The name parts the anonymised ``text`` still holds (in any case)."""
    out = anonymise_text(text)
    return [n for n in names if present(n, out)]


def score(keep: list, person: list) -> tuple[int, int, int, int]:
    """(keep items kept, keep items, person name parts removed, name parts) on a batch."""
    kept = total_keep = removed = total_names = 0
    for text, items in keep:
        total_keep += len(items)
        kept += len(items) - len(lost(text, items))
    for text, names, items in person:
        total_names += len(names)
        removed += len(names) - len(left(text, names))
        total_keep += len(items)
        kept += len(items) - len(lost(text, items))
    return kept, total_keep, removed, total_names


def misses(keep: list, person: list) -> tuple[list[int], list[int]]:
    """Indices into ``keep`` and ``person`` that fail today (for the strict xfail lists)."""
    keep_misses = [i for i, (text, items) in enumerate(keep) if lost(text, items)]
    person_misses = [i for i, (text, names, items) in enumerate(person) if left(text, names) or lost(text, items)]
    return keep_misses, person_misses


def print_score(keep: list, person: list) -> None:
    """What ``python tests/anonymise_sN_keep_cases.py`` prints."""
    k, tk, r, tn = score(keep, person)
    print(f"keep {k}/{tk} ({100 * k / tk:.1f}%)  names removed {r}/{tn} ({100 * r / tn:.1f}%)")
    km, pm = misses(keep, person)
    print(f"keep misses {len(km)}/{len(keep)}: {km}")
    print(f"person misses {len(pm)}/{len(person)}: {pm}")


def params(cases: list, known_misses: set[int] | dict[int, str], prefix: str = "",
           only: Collection[int] | None = None) -> list:
    """pytest params of a batch, the known misses as strict xfails (the list can only shrink), by
    index: a set ("known miss") or a dict of index -> reason; ``only``: just these indices (in the
    batch's order). Session 26: s25-a25's, s25-privacy's and s25-naming's copies folded in."""
    return [
        pytest.param(
            *case,
            id=prefix + str(i),
            marks=[pytest.mark.xfail(strict=True, reason=_reason(known_misses, i))] if i in known_misses else [],
        )
        for i, case in enumerate(cases)
        if only is None or i in only
    ]


def _reason(known_misses: set[int] | dict[int, str], i: int) -> str:
    return known_misses[i] if isinstance(known_misses, dict) else "known miss"


def marked(cases: list[tuple], open_: dict[str, str]) -> list:
    """pytest params of a batch whose known misses ``open_`` are keyed by the case's first element
    (its text), each a strict xfail with its reason (the list can only shrink). Session 26: three
    test files had their own copy."""
    return [pytest.param(*c, marks=pytest.mark.xfail(strict=True, reason=open_[c[0]])) if c[0] in open_ else c
            for c in cases]


def plain_first_names(step: int) -> list[str]:
    """Every ``step``-th listed first name (capitalised) that is nothing else: no Dutch or
    English word, place or brand, 4+ ASCII letters -- the names a keep rule must never keep
    in the positions it lifts."""
    lex = load_lexicon()
    english = english_words()
    names = sorted(f for f in lex.first_names if len(f) >= 4 and f.isalpha() and f.isascii()
                   and not lex.is_word(f) and f not in english and f not in lex.places and f not in lex.brands)
    return [n.capitalize() for n in names[::step]]


def quote_and_section(quote: str) -> str:
    """The published quote and quotes section after a default-scope anonymisation of a report
    whose only quote is ``quote`` (session 14's shape batches)."""
    from perskamer.model import Quote, Report
    from perskamer.plugins.anonymise.anonymiser import anonymise_report

    report = Report(source="r.md", slug="r", format="md",
                    sections={"summary": "Een avond over de jeugdraad.", "quotes": f"“{quote}”"},
                    quotes=[Quote(text=quote, speaker=None)])
    anonymise_report(report, {})
    return report.quotes[0].text + "\n" + (report.sections.get("quotes") or "")


def print_run_score(run: Callable[..., str], person: list, keep: list, *, ignore_case: bool = False,
                    show: Callable[[str], str] = lambda out: out.split("\n")[0]) -> None:
    """Print a batch's figures through the batch's own ``run`` (session 14's shape batches): a
    case is ``(*run's arguments, names or items)``; ``show`` picks what a miss prints."""
    outs = {case[:-1]: run(*case[:-1]) for case in person + keep}

    def there(word: str, out: str) -> bool:
        return word_in(word, out, ignore_case=ignore_case)

    gone = sum(not there(n, outs[c[:-1]]) for c in person for n in c[-1])
    print(f"names removed {gone}/{sum(len(c[-1]) for c in person)}")
    for c in person:
        if any(there(n, outs[c[:-1]]) for n in c[-1]):
            print("  LEFT", show(outs[c[:-1]]))
    kept = sum(there(k, outs[c[:-1]]) for c in keep for k in c[-1])
    print(f"look-alike items kept {kept}/{sum(len(c[-1]) for c in keep)}")
    for c in keep:
        if not all(there(k, outs[c[:-1]]) for k in c[-1]):
            print("  LOST", show(outs[c[:-1]]))
