"""Session 22's exact speed change in the export readers (s22-speed): ``export_meta.meta_tail``
searches an ASCII line in lower case without re.IGNORECASE -- the same tails as the search with
the flag on the line as written."""

from __future__ import annotations

import random
import string
from re import _constants as C  # noqa: N812
from re import _parser as P  # noqa: N812

import pytest

from perskamer.form import export_meta

# metadata words in every case, names, prose and every ASCII character
_WORDS = ["[", "]", "(", ")", "Ma", "MAANDAG,", "14", "Mrt", "MRT.", "2023,", "10:42", "10.42", "AM", "a.M.", "Pm",
          "12", "MINUTEN", "Geleden", "OM", "At", "JUST", "NOW", "Gisteren", "U", "3U", "5Min", "1.000", "KEER",
          "Bekeken", "LIKES", "Vind", "IK", "Leuk", "BEANTWOORDEN", "(Bewerkt)", "2E", "3E+", "14/03/23", "2023-03-14",
          "|", "-", ",", "...", "!", "Reply", "ADMIN", "Host", "Sept.", "DEC", "Thu,", "Jan", "Peeters", "@jan_p",
          "de", "kamp", "jongeren.", "Bewerkt", "10u42", "VIND-IK-LEUKS", "3rd", "2ND", "1ST"]
_GAPS = ["", " ", "  ", "\t", " | ", ", ", " - "]
_ASCII = [chr(i) for i in range(128)]


def _lines(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        parts = []
        for _k in range(rnd.randint(1, 14)):
            parts.append(rnd.choice(_GAPS))
            parts.append(rnd.choice(_WORDS) if rnd.random() < 0.85 else "".join(rnd.choices(_ASCII, k=rnd.randint(1, 3))))
        out.append("".join(parts))
    return out


def test_the_lower_case_search_finds_what_the_flag_finds_on_ascii() -> None:
    # every start and every end of each line: the same match (start, end) or none
    for text in _lines(600, 22):
        assert text.isascii()
        lowered = text.lower()
        for end in range(len(text) + 1):
            for start in range(0, end + 1, 3):
                a = export_meta._TAIL_RE.search(text[:end], start)
                b = export_meta._TAIL_LOWER_RE.search(lowered, start, end)
                assert (a and a.span()) == (b and b.span()), (text, start, end)


def test_meta_tail_as_with_the_flag(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = _lines(6000, 7) + ["Jan Peeters [ MA 14 MRT 2023 , 10:42 AM ]", "Lies  10:42 PM", "Anouk · 1 UUR GELEDEN (bewerkt)",
                               "Zoë · 2e", "Zoë · 3 min", "K \u212a 2 u", "ſ 10:42"]
    fast = [export_meta.meta_tail(t) for t in lines]
    monkeypatch.setattr(export_meta, "_SEARCH_LOWERED", False)
    assert [export_meta.meta_tail(t) for t in lines] == fast
    assert sum(f is not None for f in fast) > 500  # (the lines do hold tails)


# -- the runs of letters a token can end with, from the patterns' parse trees ------------------
# ends(nodes): for every string the nodes can match, (its last run of lower-case ASCII letters,
# whether the string is letters only -- so the run may go on to the left); a class is asked of
# every ASCII character. A repeat of letters without bound raises (the set would be infinite).
_LET = frozenset(string.ascii_lowercase)
_ASCII_CHARS = [chr(i) for i in range(128)]
_CATEGORIES = {
    C.CATEGORY_DIGIT: str.isdigit,
    C.CATEGORY_NOT_DIGIT: lambda ch: not ch.isdigit(),
    C.CATEGORY_SPACE: str.isspace,
    C.CATEGORY_NOT_SPACE: lambda ch: not ch.isspace(),
    C.CATEGORY_WORD: lambda ch: ch.isalnum() or ch == "_",
    C.CATEGORY_NOT_WORD: lambda ch: not (ch.isalnum() or ch == "_"),
}


def _in_class(items: list, ch: str) -> bool:
    negate = hit = False
    for op, av in items:
        if op is C.NEGATE:
            negate = True
        elif op is C.LITERAL:
            hit |= ord(ch) == av
        elif op is C.RANGE:
            hit |= av[0] <= ord(ch) <= av[1]
        elif op is C.CATEGORY:
            hit |= _CATEGORIES[av](ch)
        else:
            raise ValueError(op)
    return hit != negate


def _chars(pred) -> set[tuple[str, bool]]:
    letters = {(c, True) for c in _LET if pred(c)}
    return letters | ({("", False)} if any(pred(c) for c in _ASCII_CHARS if c not in _LET) else set())


def _seq(a: set, b: set) -> set[tuple[str, bool]]:
    out = set()
    for sb, ob in b:
        if not ob:
            out.add((sb, False))
            continue
        for sa, oa in a:
            out.add((sa + sb, oa))
    return out


def _ends(nodes) -> set[tuple[str, bool]]:
    cur = {("", True)}
    for op, av in nodes:
        cur = _seq(cur, _node(op, av))
    return cur


def _node(op, av) -> set[tuple[str, bool]]:  # noqa: PLR0911
    if op is C.LITERAL:
        return _chars(lambda c: ord(c) == av)
    if op is C.NOT_LITERAL:
        return _chars(lambda c: ord(c) != av)
    if op is C.IN:
        return _chars(lambda c: _in_class(av, c))
    if op is C.ANY:
        return _chars(lambda c: c != "\n")
    if op is C.CATEGORY:
        return _chars(_CATEGORIES[av])
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return {("", True)}
    if op is C.SUBPATTERN:
        if av[1] or av[2]:
            raise ValueError("flags inside the pattern")
        return _ends(av[3])
    if op is C.BRANCH:
        return set().union(*(_ends(alt) for alt in av[1]))
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        lo, hi, body = av
        one = _ends(body)
        cur = {("", True)}
        for _ in range(lo):
            cur = _seq(cur, one)
        total = set(cur)
        for _ in range(min(hi, lo + 64) - lo):
            cur = _seq(cur, one)
            if cur <= total:
                break  # (no new ending: more copies give none either)
            total |= cur
            if len(total) > 20000:
                raise ValueError("too many endings: a repeat of letters")
        else:
            if hi > lo + 64:
                raise ValueError("a repeat of letters without bound")
        return total
    raise ValueError(op)


def final_runs(source: str) -> frozenset[str]:
    return frozenset(s for s, _open in _ends(list(P.parse(source))))


def test_final_words_hold_every_run_of_letters_a_token_ends_with() -> None:
    derived = final_runs(rf"(?:{export_meta._STRONG}|{export_meta._WEAK})")
    assert {"geleden", "am", "pm", "mrt", "likes", "bewerkt", "e", "ste"} <= derived  # (the analysis works)
    assert derived - {""} <= export_meta._FINAL_WORDS
    # a head ending in a word outside the set has no tail; one inside it may
    assert export_meta.meta_tail("Anouk schreef dit gisteren") is not None
    assert export_meta.meta_tail("Anouk schreef dit zelf") is None
