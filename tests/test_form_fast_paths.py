"""The reader's fast paths answer like the plain code they replaced (hypothesis properties)."""

from __future__ import annotations

import sys
from collections import Counter
from types import SimpleNamespace

from hypothesis import example, given, settings
from hypothesis import strategies as st

from perskamer.form.conserve import _may_vanish, lost_lines, report_words, unplaced_lines
from perskamer.form.text import tokens

# words of the form (stop words, digits, one letter), accented and odd characters, breaks
_WORDS = ["de", "het", "jongeren", "Jongeren", "kamp", "Één", "zoë", "2023", "a", "NOTA", "ﬁets", "İk", "ıs",
          "o\u0308", "Σ", "ß", "’t", "-", "\n", "\t", "  ", "é", "\u0301x", "👍"]
_TEXT = st.lists(st.sampled_from(_WORDS) | st.text(max_size=4), max_size=12).map(" ".join)
#: every white-space character there is (a chunk of text ends at each)
_SPACES = [c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace()]
# texts cut at any white space, and glued to punctuation ("„Ik", "jongeren,")
_GLUED = st.lists(st.sampled_from(_WORDS) | st.sampled_from(["„", "“", ",", ".", "\\*", "(", ")", "-"])
                  | st.text(max_size=3), max_size=12).flatmap(
    lambda parts: st.lists(st.sampled_from(["", " ", *_SPACES]), min_size=len(parts), max_size=len(parts)).map(
        lambda gaps: "".join(g + p for g, p in zip(gaps, parts, strict=True))))


def _plain_unplaced(lines: list[tuple[int | None, str]], placed: Counter[str]) -> list[int | None]:
    """The per-line count of the original code."""
    left = Counter(placed)
    lost: list[int | None] = []
    for line, text in lines:
        missing = False
        for tok in tokens(text):
            if left[tok] > 0:
                left[tok] -= 1
            elif not _may_vanish(tok):
                missing = True
        if missing and line not in lost:
            lost.append(line)
    return lost


@settings(max_examples=300, deadline=None)
@given(st.lists(_TEXT, max_size=6))
def test_tokens_of_joined_texts_are_the_tokens_of_each_text(texts: list[str]) -> None:
    assert tokens("\n".join(texts)) == [tok for t in texts for tok in tokens(t)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.none() | st.integers(1, 9), _TEXT), max_size=8), st.lists(_TEXT, max_size=4),
       st.booleans())
def test_unplaced_lines_as_the_plain_count(lines: list[tuple[int | None, str]], report: list[str],
                                           placed_lines: bool) -> None:
    # placed_lines: the report holds the lines' words (the common case, the fast path)
    placed = Counter(tok for t in report + ([t for _, t in lines] if placed_lines else []) for tok in tokens(t))
    assert unplaced_lines(lines, placed) == _plain_unplaced(lines, placed)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.none() | st.integers(1, 9), _GLUED), max_size=8), st.lists(_GLUED, max_size=4),
       st.lists(st.integers(0, 7), max_size=10))
def test_lost_lines_as_the_plain_count(lines: list[tuple[int | None, str]], texts: list[str],
                                       copied: list[int]) -> None:
    # copied: the lines the report holds as written (some twice, some not at all; as the
    # reader makes it, all of them once: the common case)
    held = [lines[i][1] for i in copied if i < len(lines)]
    sections = {f"s{i}": t for i, t in enumerate(texts + held)}
    report = SimpleNamespace(title=texts[0] if texts else "", meta={"sprekers": texts[1:2]}, sections=sections,
                             quotes=[], photo=None)
    assert lost_lines(lines, report, ["IMG_1.jpg"]) == unplaced_lines(lines, report_words(report, ["IMG_1.jpg"]))


# --- prefilters: a line without what every match needs is not searched ------------------------

# date and page words in every case, digits of other scripts (Arabic-Indic, fullwidth,
# superscript: NFKD folds some into ASCII digits), letters re.IGNORECASE pairs with others
_DATE_BITS = ["6", "06", "2023", "'23", "٦", "６", "²", "½", "①", "juni", "JUN.", "Mrt", "dinsdag", "di.", "Pagina",
              "PAGE", "blz.", "Blz", "p.", "P.", "pagına", "PAGİNA", "ſ", "K", "/", "-", ".", ">", "|", "van", "of",
              "•", " ", "  ", "\t", "e", "de", "ste"]
_DIGITS = st.text(st.sampled_from("0123456789٠١٢٣٤٥٦٧٨٩０１２３６²³¹"), min_size=1, max_size=4)
_GAP = st.sampled_from(["", " ", "  ", "\t", "/", "-", ".", ". ", " > ", " van ", " of ", " | "])
# what a date or a page number is made of, in that order: digits (of any script), a month or a
# page word in any case, separators -- between random text
_PHRASE = st.tuples(st.sampled_from(["", "dinsdag ", "Di. ", "Pagina", "PAGE ", "blz.", "Blz", "p.", "P. ", "pagına "]),
                    _DIGITS, _GAP, st.sampled_from(["juni", "JUN.", "Mrt", "6", "٦"]) | _DIGITS, _GAP, _DIGITS).map("".join)
_DATE_TEXT = st.tuples(st.text(max_size=4), _PHRASE, st.text(max_size=4)).map("".join) | st.lists(
    st.sampled_from(_DATE_BITS) | st.text(max_size=3), max_size=10).map("".join)


@settings(max_examples=1000, deadline=None)
@given(_DATE_TEXT)
@example("٦ juni ٢٠٢٣")  # Arabic-Indic digits: \d (and int()) take them
@example("Vergadering ٠٦/٠٦/٢٠٢٣, pagina ١ van ٣")
def test_a_text_without_a_digit_holds_no_date(text: str) -> None:
    from perskamer.form import dates

    folded = dates.fold(text)
    patterns = (dates._TEXT_DATE, dates._ISO_DATE, dates._NUM_DATE, dates._TEXT_DAY_MONTH, dates._NUM_DAY_MONTH)
    if dates._DIGIT.search(folded) is None:
        assert not any(p.search(folded) for p in patterns)
        assert dates.find_date(text) is None and dates.find_day_month(text) is None


@settings(max_examples=1000, deadline=None)
@given(_DATE_TEXT)
@example("• PAGİNA 1 > 3")
def test_a_page_number_line_names_a_page(text: str) -> None:
    from perskamer.form import layout

    if layout._PAGE_RE.search(text):
        assert layout._may_name_page(text.lower())
    # and the test with the prefilter answers as the plain one
    plain = len(text) < 200 and layout._HAS_DIGIT_RE.search(text) is not None and bool(layout._PAGE_RE.search(text))
    assert layout.is_running_header(text) == plain


def test_the_prefilters_let_dates_and_page_numbers_through() -> None:
    from perskamer.form import dates, layout

    assert dates.find_date("dinsdag 6 juni 2023")[0].isoformat() == "2023-06-06"
    assert dates.find_day_month("6/6") is not None
    assert layout.is_running_header("Verslag sessie congres #Jeugdwerkwerkt • 6 juni 2023 • PAGINA 1 > 3")
    assert layout.is_running_header("Blz. 2 van 3") and layout.is_running_header("p. 2/3")
    assert not layout.is_running_header("We speelden 2 rondes op het plein.")


# --- clean_inline: a clean text comes back as it is -------------------------------------------

#: what normalize_line changes or clean_inline collapses: every white-space character, the
#: invisible ones, combining marks (NFC composes "e\u0301"), compatibility characters NFC keeps
_INLINE_BITS = ["Jongeren", "kamp", "é", "e\u0301", "\u0301", "o\u0308", "\u1100\u1161", "ﬁ", "Å", "\u212b", "Σ", "👍",
                "’t", "„", "\u00ad", "\u200b", "\u200d", "\u2060", "\ufeff", "\x00", "\x7f", "\x85", *_SPACES]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_INLINE_BITS) | st.text(max_size=3), max_size=10).map("".join))
@example("")
@example(" ")
@example("de \u212b")  # Angstrom sign: printable, NFC makes it Å
@example("de\u00a0jongeren")
def test_clean_inline_as_the_plain_code(text: str) -> None:
    from perskamer.form.text import clean_inline, normalize_line

    assert clean_inline(text) == " ".join(normalize_line(text).split())


# --- may_continue_question: a line no question continues is not tried in a wrapped question ----

def _question_words() -> list[str]:
    from perskamer.form.questions import FORM_QUESTIONS, KEYWORDS

    words = {w for q in FORM_QUESTIONS.values() for w in q.split()} | {w for kws in KEYWORDS.values() for w in kws}
    return sorted(words) + ["Verrassingen", "ONTHOUDEN", "quote's", "Sfeerbeelden", "reacties?", "2.", "Vraag 3:", "a)"]


_LINE_WORDS = _question_words() + ["jongeren", "kamp", "de", "het", "speelplein", "2023", "x", "wat?", "…", "-"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_LINE_WORDS) | st.text(max_size=4), max_size=36).map(" ".join))
@example("Waar kwamen veel vragen/reacties over?")
@example("waar te kunnen maken?")
@example("")
def test_a_line_no_question_continues_is_ruled_out(text: str) -> None:
    from perskamer.form.questions import FORM_QUESTIONS, continues_question, may_continue_question

    continued = any(continues_question(text, section) for section in FORM_QUESTIONS)
    if not may_continue_question(text):
        assert not continued
    if continued:
        assert may_continue_question(text)


# --- the photo mention's prefilter: a line without an image extension is no mention ---------

_MENTION_BITS = ["[foto in bijlage:", "Sfeerbeeld:", "(", ")", "]", "IMG_4471", "kamp", ".", ".jpg", ".JPEG", ".pNg",
                 ".gİf", ".gıf", ".heic", ".tif", ".tiff", ".webp", ".bmp", "x", "–", "-", ":", " ", "de landkaart", "é"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_MENTION_BITS) | st.text(max_size=2), max_size=10).map("".join))
@example("[foto in bijlage: IMG_4471.jpg – de landkaart]")
@example("kamp.gİf")
def test_a_photo_mention_holds_an_image_extension(text: str) -> None:
    from perskamer.form.assemble import _PHOTO_EXTENSION_RE, _PHOTO_MENTION_RE

    if _PHOTO_MENTION_RE.match(text):
        assert _PHOTO_EXTENSION_RE.search(text)
