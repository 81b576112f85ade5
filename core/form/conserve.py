"""Conservation of text: every word a reporter wrote ends up somewhere in the report.

The form logic drops page furniture (running headers, page numbers, ``NOTA``), the
form's own question and label lines, and the header. Everything else must land in a
section, a quote, an attribution, the title or the metadata. :func:`unplaced_lines`
checks that after assembly, so a line that got lost is reported (with its line
number) instead of disappearing without a word.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from .dates import MONTHS_NL
from .questions import STOPWORDS
from .text import tokens

#: Words that may vanish: the form header, page furniture and date words (a date is kept
#: as a date, not as text), and words too small to tell anything.
_FURNITURE_WORDS = frozenset(
    "verslag verslagje sessie congres jeugdwerkwerkt nota pagina page blz van datum".split()
    + list(MONTHS_NL) + [m[:3] for m in MONTHS_NL]
    + "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ma di wo do vr za zo".split()
)


def _may_vanish(token: str) -> bool:
    return token in STOPWORDS or token in _FURNITURE_WORDS or token.isdigit() or len(token) == 1


def lost_lines(lines: Iterable[tuple[int | None, str]], report: Any, noted: Iterable[str] = ()) -> list[int | None]:
    """:func:`unplaced_lines` of ``lines`` against :func:`report_words` of ``report``, the
    same answer; but first on the white-space separated chunks as written, so that only
    the chunks the lines and the report do not share are folded and tokenised.

    Why that is the same: white space ends a token and folds character by character
    into no letter or digit, so the words of a text are the words of its chunks; the
    chunks both sides hold add the same words to both counts and cannot make a word of
    the lines outnumber the report's. When a word does, the plain count decides (which
    lines).
    """
    lines = list(lines)
    texts = _report_texts(report, noted)
    need = Counter(" ".join([text for _line, text in lines]).split())
    have = Counter(" ".join(texts).split())
    over = _excess(need, have)
    if over:
        short = Counter(tokens(" ".join(over)))
        spare = Counter(tokens(" ".join(_excess(have, need))))
        if not all(n <= spare.get(tok, 0) or _may_vanish(tok) for tok, n in short.items()):
            return unplaced_lines(lines, Counter(tokens("\n".join(texts))))
    return []


def _excess(these: Counter[str], those: Counter[str]) -> list[str]:
    """The chunks ``these`` holds more often than ``those``, each as often as it is in excess."""
    out: list[str] = []
    count = those.get
    for chunk, n in these.items():
        if n > count(chunk, 0):
            out += [chunk] * (n - count(chunk, 0))
    return out


def report_words(report: Any, noted: Iterable[str] = ()) -> Counter[str]:
    """The words a report holds: title, metadata, sections, quotes, photo, and ``noted``
    (text a warning carries, such as the file name of a photo that was not attached)."""
    # one pass over all of it: the tokens of texts joined by a line break are the tokens
    # of each text in turn (fold works character by character; a break ends a token)
    return Counter(tokens("\n".join(_report_texts(report, noted))))


def _report_texts(report: Any, noted: Iterable[str]) -> list[str]:
    texts: list[str] = [report.title, *noted]
    for value in report.meta.values():
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, list | tuple):
            texts.extend(str(v) for v in value)
    texts.extend(report.sections.values())
    for q in report.quotes:
        texts.extend([q.text, q.attribution or "", q.speaker or "", q.affiliation or ""])
    if report.photo is not None:
        texts.extend([report.photo.alt or "", report.photo.caption or ""])
    return texts


def unplaced_lines(lines: Iterable[tuple[int | None, str]], placed: Counter[str]) -> list[int | None]:
    """The line numbers of ``lines`` (``(line, text)``, in document order) holding a word
    that is not in ``placed`` (counted: a word used once cannot place two lines)."""
    lines = list(lines)
    # Each word is counted on its own, so no line is lost when no word occurs more
    # often in all lines together than in the report (the common case: one pass).
    together = Counter(tokens("\n".join(text for _line, text in lines)))
    if all(n <= placed.get(tok, 0) or _may_vanish(tok) for tok, n in together.items()):
        return []
    left = dict(placed)  # (a plain dict: a Counter's lookup of a missing word is slow)
    count = left.get
    lost: list[int | None] = []
    for line, text in lines:
        missing = False
        for tok in tokens(text):
            n = count(tok, 0)
            if n > 0:
                left[tok] = n - 1
            elif not missing and not _may_vanish(tok):
                missing = True
        if missing and line not in lost:
            lost.append(line)
    return lost


def describe_lines(lines: list[int | None]) -> str:
    known = [n for n in lines if n is not None]
    if not known:
        return "some lines"
    shown = ", ".join(str(n) for n in known[:12]) + (" …" if len(known) > 12 else "")
    return f"line{'s' if len(known) > 1 else ''} {shown}"
