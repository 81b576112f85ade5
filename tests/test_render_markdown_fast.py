"""The fast path of section Markdown gives markdown-it's HTML, and nh3 has nothing to remove from it.

``markdown_to_html`` renders simple Markdown (paragraphs, block quotes, ``*emphasis*``,
``**strong**``, code spans, backslash escapes, brackets as text) itself and hands
everything else to markdown-it and nh3. Each property compares the fast path with the
slow one on generated text: pieces that are markup in some place and text in another
(stars and backticks next to letters, spaces, punctuation and line ends; block markers;
escapes; Unicode punctuation and white space), and documents made of paragraphs and block
quotes that the fast path does take. Whatever it does not take is None, never wrong.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from perskamer.render.text import (
    _markdown,
    _shift_headings,
    _simple_markdown_html,
    markdown_to_html,
    sanitise,
    typographic_html,
)

_PIECES = st.sampled_from([
    "jongeren", "Jan", "kamp", "é", "’", "“", "”", "„", "«", "»", "–", "—", "…", "(", ")", ".", ",", ":", ";", "!", "?",
    "'", '"', "/", "%", "€", "+", "-", "=", "#", "|", "1", "12", "1.", "2)", "[", "]", "[persoon 1]", "![", "](", "]:",
    "*", "**", "***", " * ", "`", "``", "```", "\\", "\\*", "\\`", "\\\\", "\\[", "\\a", "\\\n", ">", "> ", ">>",
    " ", "  ", "\n", "\n\n", "\n> ", "\n\n> ", "\n- ", "\n* ", "\n1. ", "\n# ", "\n---", "\n===", "_", "~", "&", "<",
    "\u00a0", "\u2003", "\t", "😂", "ß", "\u0301",
])
_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=2)), max_size=40).map("".join)

_WORD = st.sampled_from(["jongeren", "Jan", "kamp", "é", "ß", "😂", "12", "1.", "x", "[persoon 1]", "[", "]", "!", "'s", "5"])
_INLINE = st.sampled_from(["*", "**", "***", "`", "``", "\\*", "\\`", "\\\\", "\\a", "\\", "\\[", "(", ")", ".", ",", ":",
                           "!", "?", "’", "“", "”", "„", "«", "»", "–", "…", '"', "'", "/", ">", "#", "-", "+", "=", "|",
                           "%", "€"])
_LINE = st.lists(st.one_of(_WORD, _INLINE, st.just(" ")), min_size=1, max_size=14).map(lambda xs: "".join(xs).strip()).filter(bool)
_BLOCK = st.tuples(st.booleans(), st.lists(_LINE, min_size=1, max_size=3)).map(
    lambda b: "\n".join(("> " if b[0] else "") + line for line in b[1]))
_DOC = st.lists(_BLOCK, min_size=1, max_size=3).map("\n\n".join)

_SLOW = {"max_examples": 700, "deadline": None, "suppress_health_check": [HealthCheck.too_slow, HealthCheck.filter_too_much]}


def _slow_path(text: str) -> str:
    """markdown_to_html without its fast path."""
    return typographic_html(sanitise(_shift_headings(_markdown().render(text), 2)))


@settings(**_SLOW)
@given(_TEXT)
def test_the_fast_path_is_markdown_it_or_none(text: str) -> None:
    fast = _simple_markdown_html(text)
    if fast is not None:
        assert fast == _markdown().render(text)


@settings(**_SLOW)
@given(_DOC)
def test_the_fast_path_is_markdown_it_on_documents_it_takes(text: str) -> None:
    fast = _simple_markdown_html(text)
    if fast is not None:
        assert fast == _markdown().render(text)


@settings(**_SLOW)
@given(st.one_of(_DOC, _TEXT))
def test_nh3_removes_nothing_from_the_fast_html(text: str) -> None:
    fast = _simple_markdown_html(text)
    if fast is not None:
        assert sanitise(fast) == fast.replace("&quot;", '"')
        assert markdown_to_html(text) == _slow_path(text)


def test_the_fast_path_takes_the_usual_markup():
    cases = {
        "Een *klein* en een **groot** woord, `code` en \\*sterren\\*.":
            "<p>Een <em>klein</em> en een <strong>groot</strong> woord, <code>code</code> en *sterren*.</p>\n",
        "> “[persoon 1] belde me.” – een deelnemer\n\n> « Ons lokaal is te klein. »":
            "<blockquote>\n<p>“[persoon 1] belde me.” – een deelnemer</p>\n</blockquote>\n"
            "<blockquote>\n<p>« Ons lokaal is te klein. »</p>\n</blockquote>\n",
        "12 jongeren, 3 * 4 = 12 \"stoelen\"\nen #jeugdwerk":
            "<p>12 jongeren, 3 * 4 = 12 &quot;stoelen&quot;\nen #jeugdwerk</p>\n",
    }
    for text, html in cases.items():
        assert _simple_markdown_html(text) == html == _markdown().render(text)
    for text in ("- een lijst", "1. een lijst", "# titel", "[link](https://x.be)", "<b>x</b>", "a_b_c", "~~weg~~",
                 "***beide***", "*open", "a  \nb", "a\\\nb", "> a\nb", "```\ncode\n```", "a\n\n\nb", " a", "a\tb"):
        assert _simple_markdown_html(text) is None, text


def test_every_corpus_section_renders_as_before(tmp_path):
    """Each section of the corpus reports, through the fast path where it applies, as the slow path makes it."""
    from perskamer.testing import Workspace

    corpus = Path(__file__).parent / "fixtures" / "corpus"
    reports = {p.name: p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))}
    run = Workspace(tmp_path, reports=reports, config={"html": {"search": False}}).build(outputs=["json"])
    texts = [t for r in run.reports for t in r.sections.values() if t and t.strip()]
    texts += [re.sub(r"\n(?=[^\n])", "\n> ", "> " + t) for t in texts if "\n\n" not in t]  # as block quotes too
    taken = 0
    for text in texts:
        taken += _simple_markdown_html(text) is not None
        assert markdown_to_html(text) == _slow_path(text)
    assert taken >= len(texts) // 2, (taken, len(texts))
