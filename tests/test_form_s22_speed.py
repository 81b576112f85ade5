"""Session 22's exact speed change in the export readers (s22-speed): ``export_meta.meta_tail``
searches an ASCII line in lower case without re.IGNORECASE -- the same tails as the search with
the flag on the line as written."""

from __future__ import annotations

import random

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
