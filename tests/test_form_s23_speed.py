"""Session 23's exact speed changes in the quotes reader (s23-speed): one sender per line
(``chat_lines.line_sender``, remembered and bounded) where ``chat_line_sender(line) or
zoom_sender(line)`` was asked up to three times, and ``export_meta.meta_tail`` making the list
of a line's runs only when it searches -- the same answers as before."""

from __future__ import annotations

import random
from bisect import bisect_left

from perskamer.form import chat_lines, export_meta, quotes

# sender shapes, stamps, metadata and prose (invented names), in pieces put together at random
_PIECES = ["[14:05]", "(14:05)", "14:05:33", "10:42 AM", "Van", "van", "aan", "Iedereen", "naar", "Brussel", ":", ": ",
           " schreef:", " wrote:", " zei:", "@", "@ruben_x", "Ruben", "Ilse Vermaak", "ilse", "Tomasz", "de", "De",
           "Zaterdag", "om", " — ", " - ", "Vandaag om 19:03", "ja", "oke", "wie is er morgen?", "(privé)", "\"", "“",
           "”", "Good point", "·", "2 u", "3 min", "geleden", "Bewerkt", "Reply", "Host", "12", "mrt", "2023,", " "]


def _lines(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        parts = [rnd.choice(_PIECES) for _k in range(rnd.randint(1, 9))]
        sep = rnd.choice(["", " ", "  ", "\t"])
        out.append(sep.join(parts) if rnd.random() < 0.5 else " ".join(parts))
    return out


_FIXED = ["[14:05] Ilse Vermaak: wie is er morgen?", "14:05:33 Van Ruben aan Iedereen: ja", "14:00 Van Gent naar Brussel: trein",
          "ilse: oke", "Zaterdag om 14:00: start", "Ruben — Vandaag om 19:03", "@ruben_x: top", "Tomasz schreef: ja",
          "x zei: hallo", "- ilse (14:05): \"dag\"", "", " ", "a" * 300 + ": " + "b"]


def test_line_sender_is_the_two_shapes_asked_in_turn() -> None:
    lines = _FIXED + _lines(8000, 23)
    chat_lines.line_sender.cache_clear()
    fresh = [chat_lines.chat_line_sender(t) or chat_lines.zoom_sender(t) for t in lines]
    assert [chat_lines.line_sender(t) for t in lines] == fresh
    # asked again (remembered answers): the same
    assert [chat_lines.line_sender(t) for t in reversed(lines)] == list(reversed(fresh))
    assert sum(f is not None for f in fresh) > 300  # (the lines do hold senders)


def test_line_sender_memo_is_bounded() -> None:
    chat_lines.line_sender.cache_clear()
    for k in range(chat_lines.line_sender.cache_info().maxsize + 500):
        chat_lines.line_sender(f"Naam{k}: bericht {k}")
    info = chat_lines.line_sender.cache_info()
    assert info.currsize <= info.maxsize <= 4096


def test_parse_chat_line_as_before() -> None:
    # (the weak form through line_sender, the strong one as written)
    for t in _FIXED + _lines(3000, 5):
        for strong in (False, True):
            before = chat_lines.chat_line_sender(t, strong=strong) or chat_lines.zoom_sender(t)
            got = quotes.parse_chat_line(t, strong=strong)
            if before is not None:
                assert got == before, (t, strong)


def _meta_tail_eager(text: str) -> tuple[int, bool] | None:
    """meta_tail as session 22 left it: the runs listed before the first step."""
    em = export_meta
    end = len(text.rstrip())
    pos, strong, count = end, False, 0
    runs = [m.start() for m in em._RUN_RE.finditer(text)]
    lowered = text.lower() if em._SEARCH_LOWERED and text.isascii() else None
    for _ in range(12):
        head = text[:pos].rstrip(" \t·•|–—,-")
        if not head:
            pos = 0
            break
        within = bisect_left(runs, len(head))
        from_ = runs[within - em._TOKEN_RUNS] if within > em._TOKEN_RUNS else 0
        if lowered is not None:
            n = len(head)
            if lowered[n - 1] in em._LOWER_LETTERS and lowered[len(lowered[:n].rstrip(em._LOWER_LETTERS)) : n] not in em._FINAL_WORDS:
                break
            best = em._TAIL_LOWER_RE.search(lowered, from_, n)
        else:
            best = em._TAIL_RE.search(head, from_)
        if best is None:
            break
        start = best.start()
        if start > 0 and not em._SEP_RE.fullmatch(text[start - 1 : start]) and text[start - 1] not in " \t·•|–—,-":
            break
        strong = strong or em._STRONG_RE.fullmatch(head[start : best.end()].strip()) is not None
        count += 1
        pos = start
    if count == 0:
        return None
    return pos, strong


def test_meta_tail_with_its_runs_made_late_as_before() -> None:
    lines = _FIXED + _lines(6000, 11) + ["Jan Peeters [ MA 14 MRT 2023 , 10:42 AM ]", "Zoë · 2e", "Zoë · 3 min",
                                        "Ilse · 1 uur geleden (bewerkt) · Reply"]
    got = [export_meta.meta_tail(t) for t in lines]
    assert got == [_meta_tail_eager(t) for t in lines]
    assert sum(g is not None for g in got) > 300
