"""Session 11's speed changes give what the plain code gives (issue 11's speed target, issue 13).

* ``credits.credit_stretches`` tries the credit cue only near the words every cue holds
  (``scan.finditer_after_keyword``); before, ``_CUE_RE.finditer`` ran with re.IGNORECASE
  at every position of every section that mentions a photo.

A hypothesis property compares each with its plain version on generated text that holds
the shapes the patterns look for and on hostile text (the characters that make
case-insensitive matching special: İ ı ſ K); fixed cases show the properties are not
vacuous. The golden test (test_anonymise_golden.py) checks the whole output on every
text we have.
"""

from __future__ import annotations

import re
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from perskamer.plugins.anonymise import contact_cues, credits, detect
from perskamer.plugins.anonymise import private_contacts as pc
from perskamer.plugins.anonymise.scan import Literals, finditer_after_keyword, finditer_lowered

_CREDIT_PIECES = st.sampled_from([
    "©", "(c)", "(C)", "📷", "📸", "foto", "FOTO", "Foto's", "foto’s", "beeld", "beelden", "fotografie", "fotograaf",
    "photo", "Photos", "picture", "image", "credit", "Crédit", "CRÉDITS", "credits", "taken", "TAKEN", "gefotografeerd",
    "photographed", "tekst", "text", "texte", " en ", "&", " and ", " et ", ":", " : ", " door ", " by ", " par ",
    " genomen ", " gemaakt ", "Jan Peeters", "Liesbeth V.", "de leiding", "Belga", "x", "Z", "-", ".", "'", "’",
    " ", "  ", "\t", "\n", "\u00a0", "İ", "ı", "ſ", "K", "é", "(", ")", "|", ";", "creditaken", "fotofoto", "tekstfoto",
])
_CREDIT_TEXT = st.lists(st.one_of(_CREDIT_PIECES, st.text(max_size=3)), max_size=30).map("".join)


def _spans(matches: object) -> list[tuple[tuple[int, int], ...]]:
    return [tuple(m.span(g) for g in range(m.re.groups + 1)) for m in matches]  # type: ignore[attr-defined]


def _plain_credit_stretches(text: str) -> list[credits.Credit]:
    """credit_stretches as it was before session 11 (``_CUE_RE.finditer``)."""
    saved = credits.finditer_after_keyword
    credits.finditer_after_keyword = lambda pattern, _words, text, runs=1: pattern.finditer(text)  # type: ignore[assignment]
    try:
        return credits.credit_stretches(text)
    finally:
        credits.finditer_after_keyword = saved


@settings(max_examples=800, deadline=None)
@given(_CREDIT_TEXT)
def test_credit_cues_near_their_words_are_finditer(text: str) -> None:
    near = finditer_after_keyword(credits._CUE_RE, credits._CUE_WORDS_RE, text, runs=3)
    assert _spans(near) == _spans(credits._CUE_RE.finditer(text))


@settings(max_examples=300, deadline=None)
@given(_CREDIT_TEXT)
def test_credit_stretches_are_the_plain_ones(text: str) -> None:
    assert credits.credit_stretches(text) == _plain_credit_stretches(text)


def test_credit_cues_found_where_the_word_is_late_in_the_cue() -> None:
    """(not vacuous: cues whose word is in their third run, several per text, a cue word where
    no cue stands before a real one, the case-alike letters that make the slow path run)"""
    texts = [
        "Tekst en foto: Jan Peeters. Fotografie van de zaal was mooi; foto door Liesbeth V.",
        "tekst &\tfoto : Mira; beeld: de leiding | © Belga",
        "De foto's hingen overal en iedereen keek naar de beelden. Photo credit: Sam De Wit",
        "taken by Noor (c) 2023 en gefotografeerd door Lotte, Crédit photo : Anaïs",
        "Foto genomen door Kobe. ſ TEKST EN FOTO: Ines",
    ]
    found = 0
    for text in texts:
        near = _spans(finditer_after_keyword(credits._CUE_RE, credits._CUE_WORDS_RE, text, runs=3))
        assert near == _spans(credits._CUE_RE.finditer(text))
        found += len(near)
        assert credits.credit_stretches(text) == _plain_credit_stretches(text)
    assert found >= 10
    # the third run matters: with two, "Tekst en foto:" is found from "en foto:" on
    short = _spans(finditer_after_keyword(credits._CUE_RE, credits._CUE_WORDS_RE, texts[0], runs=2))
    assert short != _spans(credits._CUE_RE.finditer(texts[0]))


_SHAPE_PIECES = st.sampled_from([
    "ab.cd", "ab_cd", "a.bc", "ab.c", "ab._c", "ab_c_de", "x.y", "lena.smets", "jan_p", "__", "..", "._", "_.", "a1.bc",
    "1a.bc", "ab.1c", "ab.c1", "²b.cd", "aé.cd", "ab.\u0301x", "İı.ſK", "٤٤.ab", "ab.٤٤", ".", "_", "a", "B", "7",
    " ", "\n", "linkedin.", "LinkedIn.", "x.com/", "wa.me", "t.me", "threads.", "tiktok", "instagram.com",
])


@settings(max_examples=800, deadline=None)
@given(st.lists(st.one_of(_SHAPE_PIECES, st.text(max_size=3)), max_size=25).map("".join))
def test_account_shape_from_its_separators_is_the_pattern(text: str) -> None:
    assert pc._account_shaped_somewhere(text) == (pc._ACCOUNT_SHAPE_RE.search(text) is not None)
    lowered = text.lower()
    assert any(site in lowered for site in pc._CONTACT_SITES) == (pc._CONTACT_SITE_RE.search(lowered) is not None)


def test_account_shape_found_and_not() -> None:
    """(not vacuous: a shape right after another separator's two word characters, a digit or
    underscore where a letter must stand, each site)"""
    assert pc._account_shaped_somewhere("zoek ab_c_de op")
    assert pc._account_shaped_somewhere("lena.smets")
    assert not pc._account_shaped_somewhere("a1.bc 1a.bc ab.c __ab _a.bc")
    assert not pc._account_shaped_somewhere("Het is 12.30 u. Daarna o.a. koffie.")
    for site in pc._CONTACT_SITES:
        assert pc._CONTACT_SITE_RE.search("zie " + site + "x") is not None


_PLATFORM_PIECES = st.sampled_from([
    "insta", "Instagram", "INSTA", "ig", "IG", "snap", "snapchat", "sc", "tiktok", "discord", "twitter", "threads",
    "bereal", "telegram", "twitch", "youtube", "yt", "steam", "roblox", "fb", "kik", "linkedin", "signal", "vinted",
    "naam", "-naam", " account", "profiel", "handle", "tag", "id", " is ", " was ", " heet ", " = ", ": ", "=", ":",
    " op ", " via ", " on ", " de ", "volg ", "add ", "zoek ", "als ", "check ", " ik ", " ze ", " zich ", " mezelf ",
    "jan_p", "mila.vdb", "x.y07", "@", "lena", "K", "ı", "ſ", "İ", "é", " ", "  ", "\t", "\n", "-", "'", "x", "school",
    "eigen", "nodig", "scouts", "gamertag", "username", "totem", "bijnaam", "verslag", "foto", "gewoon", "heet",
    "privébericht", "appje", "sms", "pm", "©", "(c)", "credit", "taken", "soundcloud", "playstation",
])
_PLATFORM_TEXT = st.lists(st.one_of(_PLATFORM_PIECES, st.text(max_size=3)), max_size=30).map("".join)
_PLATFORM_PATTERNS = (
    (detect.PLATFORM_HANDLE_RE, detect._PLATFORM_HANDLE_LOWER_RE, detect._HANDLE_PLATFORM_PLACES, 1),
    (detect._PLATFORM_IS_RE, detect._PLATFORM_IS_LOWER_RE, detect._PLATFORM_IS_WORD_PLACES, 1),
    (detect._ON_PLATFORM_NAMED_RE, detect._ON_PLATFORM_NAMED_LOWER_RE, detect._PLATFORM_WORD_PLACES, 2),
    (detect._ON_PLATFORM_RE, detect._ON_PLATFORM_LOWER_RE, detect._PLATFORM_WORD_PLACES, 5),
)
#: each Literals keyword finder and the pattern it stands for
_LITERALS = (
    (detect._HANDLE_PLATFORM_PLACES, detect._HANDLE_PLATFORM_WORD_RE),
    (detect._PLATFORM_IS_WORD_PLACES, detect._PLATFORM_IS_WORD_RE),
    (detect._PLATFORM_WORD_PLACES, detect._PLATFORM_WORD_RE),
    (detect._ACCOUNT_KEYWORDS_RE[0], re.compile(detect._ACCOUNT_KEYWORDS)),
    (detect._INTRO_KEYWORDS_RE[0], re.compile("|".join(detect._INTRO_WORDS))),
    (detect._NICKNAME_KEYWORDS_RE[0], re.compile("|".join(detect._NICKNAME_WORDS))),
    (contact_cues._SEND_WORDS_RE[0], re.compile("dm|pb|pm|pv|bericht|sms|snap|appje|message")),
    (credits._CUE_WORDS_RE[0], re.compile("|".join(map(re.escape, credits._CUE_WORDS)))),
)


@settings(max_examples=800, deadline=None)
@given(_PLATFORM_TEXT)
def test_platform_patterns_near_their_platform_word_are_finditer(text: str) -> None:
    lowered = text.lower()
    for pattern, lower, words, runs in _PLATFORM_PATTERNS:
        assert _spans(finditer_lowered(pattern, lower, text, lowered, words, runs)) == _spans(pattern.finditer(text))
    for literals, pattern in _LITERALS:
        # the places where the keyword pattern matches (each start: no keyword hides in another)
        places = [k for k in range(len(lowered) + 1) if pattern.match(lowered, k)]
        assert [at.start() for at in _every(literals, lowered)] == places


def _every(literals: Literals, text: str) -> list[Any]:
    out = []
    at = literals.search(text, 0)
    while at is not None:
        out.append(at)
        at = literals.search(text, at.start() + 1)
    return out


def test_platform_patterns_found_near_their_word() -> None:
    """(not vacuous: each pattern matches, the last one with its platform in the fifth run)"""
    text = ("insta: jan_p en volg mila.vdb op de tiktok, instanaam is x.y07; op Discord heet ik lena_v. "
            "Zoek ons via snapchat ik ben kobe_9 op insta")
    lowered = text.lower()
    counts = []
    for pattern, lower, words, runs in _PLATFORM_PATTERNS:
        found = _spans(finditer_lowered(pattern, lower, text, lowered, words, runs))
        assert found == _spans(pattern.finditer(text))
        counts.append(len(found))
    assert all(counts), counts
    # five runs: "volg mila.vdb op de tiktok" is found from "volg" on, not with four
    four = _spans(finditer_lowered(detect._ON_PLATFORM_RE, detect._ON_PLATFORM_LOWER_RE, text, lowered,
                                   detect._PLATFORM_WORD_RE, 4))
    assert four != _spans(detect._ON_PLATFORM_RE.finditer(text))

def test_a_quiet_text_is_remembered_for_itself_only() -> None:
    """person_roles.comment_header_at remembers the text asked last when it holds neither a
    stamped header nor a bullet (every answer False): another text, asked in between or
    after, gets its own answers."""
    from perskamer.plugins.anonymise import person_roles

    quiet = "Harmony zegt hallo en Jan knikt"
    headed = "Harmony 🌸 · 3d\nwat een dag"
    stamped = "Wat een dag\nLotte Zonneveld\n10:14 12 mrt.\nEens!"
    for _ in range(2):
        assert not person_roles.comment_header_at(quiet, 0)
        assert person_roles._QUIET[0] is quiet
        assert person_roles.comment_header_at(headed, 0)
        assert not person_roles.comment_header_at(quiet, 22)
        assert person_roles.comment_header_at(stamped, stamped.index("Lotte"))
        assert not person_roles.comment_header_at(stamped, 0)


def _plain_comment_header_at(text: str, start: int) -> bool:
    """person_roles.comment_header_at without its memories (as session 10 wrote it)."""
    from perskamer.plugins.anonymise import person_roles

    headers = person_roles.stamped_headers(text)
    if any(a <= start < b for a, b in headers):
        return True
    if "·" not in text and "•" not in text:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    m = person_roles._COMMENT_HEADER_RE.match(text[line_start : len(text) if line_end < 0 else line_end])
    return m is not None and m.start(1) <= start - line_start < m.end(1)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from([
    "Harmony 🌸", " · ", "·", "•", " 3d", " 2 u", "10:14", " 12 mrt.", "\n", "\n\n", "Lotte Zonneveld", "x_y", " ",
    "wat een dag", "Eens!", "> ", "- ", ":", "gisteren 21:15", "8:47 AM"]), st.text(max_size=3)), max_size=20).map("".join))
def test_comment_headers_found_once_per_text_are_the_plain_ones(text: str) -> None:
    from perskamer.plugins.anonymise import person_roles

    other = "Een andere tekst · 3d\nmet een kop"
    for start in range(len(text) + 1):
        assert person_roles.comment_header_at(text, start) == _plain_comment_header_at(text, start)
        if start % 3 == 0:  # (another text asked in between)
            assert person_roles.comment_header_at(other, 0) == _plain_comment_header_at(other, 0)
