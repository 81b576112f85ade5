"""``export_meta.meta_tail``'s one search from the head's last runs answers like the plain two
searches over the whole head it replaced (session 20, the cold build), and a block's lines are
read once for their metadata tail."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from perskamer.form import export_meta
from perskamer.form.export_meta import _STRONG, _STRONG_RE, _WEAK, generic_items, meta_tail

_PLAIN_RES = (
    re.compile(rf"(?<![\w])(?:{_STRONG})[ \t]*$", re.IGNORECASE),
    re.compile(rf"(?<![\w])(?:{_WEAK})[ \t]*$", re.IGNORECASE),
)
_SEPS = " \t·•|–—,-"


def _plain_meta_tail(text: str) -> tuple[int, bool] | None:
    """The code before session 20: each pattern searched over the whole head, the earlier start taken."""
    pos = len(text.rstrip())
    strong = False
    count = 0
    for _ in range(12):
        head = text[:pos].rstrip(_SEPS)
        if not head:
            pos = 0
            break
        best = None
        for m in _PLAIN_RES:
            mm = m.search(head)
            if mm and (best is None or mm.start() < best.start()):
                best = mm
        if best is None:
            break
        start = best.start()
        if start > 0 and not re.fullmatch(r"(?:[ \t]*[·•|–—,-][ \t]*|[ \t]+)", text[start - 1 : start]) \
                and text[start - 1] not in _SEPS:
            break
        strong = strong or _STRONG_RE.fullmatch(best.group(0).strip()) is not None
        count += 1
        pos = start
    return None if count == 0 else (pos, strong)


# metadata pieces of every kind (the longest tokens among them), words, names, separators, odd blanks
_PIECES = ["[", "]", "(", ")", "ma", "maandag,", "14", "mrt", "mrt.", "2023,", "2023", "10:42", "10.42", "AM", "a.m.",
           "pm", "12", "minuten", "geleden", "om", "at", "just", "now", "gisteren", "u", "3u", "5min", "♥", "❤️", "👍",
           "1.000", "keer", "bekeken", "likes", "vind", "ik", "leuk", "Beantwoorden", "(bewerkt)", "2e", "3e+",
           "14/03/23", "2023-03-14", "·", "•", "|", "–", ",", "-", "...", "!", "Jan", "Peeters", "@jan_p", "de",
           "het", "kamp", "jongeren.", "K", "ſ", "\u00a0", "\n", "x"]
_GAPS = ["", " ", "  ", "\t", " · ", ", ", "\u00a0"]
_LINES = st.lists(st.tuples(st.sampled_from(_GAPS), st.sampled_from(_PIECES) | st.text(max_size=3)),
                  max_size=24).map(lambda parts: "".join(g + p for g, p in parts))


@settings(max_examples=2000, deadline=None)
@given(_LINES)
@example("Jan Peeters [ ma 14 mrt 2023 , 10:42 AM ]")
@example("een heel lange zin met veel woorden voor de stempel [ ma 14 mrt 2023 , 10:42 AM ]")
@example("iemand die hier iets schreef en nog meer 12 minuten geleden om 10:42 PM")
@example("vraag van een deelnemer over het kamp van de jongeren · 1.000 keer bekeken · vind ik leuk")
def test_meta_tail_as_the_plain_searches(text: str) -> None:
    assert meta_tail(text) == _plain_meta_tail(text)


def test_the_longest_tokens_after_a_long_head_are_found() -> None:
    # (fails when the search starts too late: _TOKEN_RUNS below a token's runs)
    head = "een zin van twaalf woorden die vooraf gaat aan de stempel hier:"
    for token in ("[ ma 14 mrt 2023 , 10:42 AM ]", "12 minuten geleden om 10:42 PM", "1.000 keer bekeken"):
        got = meta_tail(f"{head} {token}")
        assert got == _plain_meta_tail(f"{head} {token}")
        assert got is not None and got[0] == len(head) + 1 and got[1]


def test_a_block_reads_each_line_once(monkeypatch) -> None:
    seen: list[str] = []
    plain = export_meta.meta_tail

    def counting(text: str) -> tuple[int, bool] | None:
        seen.append(text)
        return plain(text)

    monkeypatch.setattr(export_meta, "meta_tail", counting)
    lines = ["Jan Peeters", "Dit is een bericht.", "Lies Janssens · 2 u", "Nog een bericht.", "een gewone zin"]
    with_memo = generic_items(lines)
    assert len(seen) == len(set(seen))
    monkeypatch.setattr(export_meta, "_tail", lambda text, memo: plain(text))
    assert generic_items(lines) == with_memo


# -- quotes._clean_line: the anchored prefixes matched once, no emphasis pass without a mark ---------

from perskamer.form import quotes  # noqa: E402


def _plain_clean_line(text: str, markdown: bool) -> str:
    """The code before session 20: three substitutions over the whole line."""
    text = quotes._MD_BLOCKQUOTE_RE.sub("", text) if markdown or text.lstrip().startswith(">") else text
    text = quotes._BULLET_RE.sub("", text, count=1)
    if markdown:
        text = quotes._MD_EMPHASIS_RE.sub("", text)
    return text.strip()


_MARKUP = st.lists(st.sampled_from([">", "> ", ">>", " ", "\t", "\n", "-", "•", "*", "**", "***", "_", "__", "1.", "12)",
                                    "3)", "a", "woord", "Jan", "*nadruk*", "_schuin_", "x_y", "2*3", "\u00a0", "·", "+"])
                   | st.text(max_size=3), max_size=14).map("".join)


@settings(max_examples=2000, deadline=None)
@given(_MARKUP, st.booleans())
@example("> > - **Jan**: _hallo_", True)
@example("  12) > tekst", False)
@example(">", True)
def test_clean_line_as_the_plain_substitutions(text: str, markdown: bool) -> None:
    assert quotes._clean_line(text, markdown) == _plain_clean_line(text, markdown)
