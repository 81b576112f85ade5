"""plugins/anonymise/scan.py and the detector's pre-checks give what the plain scans give.

Speed work (session 5, issue 13): the account phrases, the "op <platform> als" phrase and
the platform handles are searched from their keywords (or on the lower-case text), the
phone patterns run only on a text with 7 digits or more, and the keep shapes look only
at the tokens they need. Each is compared here with the plain ``finditer`` on generated
text holding the keywords, white space of several kinds and the characters that make
case-insensitive matching special (İ ı ſ K). The golden test (test_anonymise_golden.py)
checks the whole output on every text we have.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from perskamer.plugins.anonymise import detect, inline
from perskamer.plugins.anonymise.scan import finditer_after_keyword, finditer_lowered, lowered_alike

_PIECES = st.sampled_from([
    "naam", "NAAM", "Naam", "gebruikersnaam", "spelers-naam", "voor-naam", "gamertag", "GAMER-TAG", "username",
    "user-name", "nickname", "NICKNAME", "screenname", "handle", "HANDLE", "is", " is ", " was ", ":", " : ", "=", "@",
    "op", "OP", "via", " op ", " via ", "als", " als ", "ALS", "alsof", "steam", "insta", "INSTA:", "ig", "Ig ", "twitch",
    "snapchat:", "tiktok ", "youtube=", "roblox", " bij ", " voor ", "jan_p", "mila.vdb", "x", "Z", "_", "-", ".", "'",
    " ", "  ", "\t", "\n", "\u00a0", "\u2003", "İ", "ı", "ſ", "K", "é", "9", "２",
])
_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=3)), max_size=30).map("".join)


def _spans(matches: object) -> list[tuple[tuple[int, int], ...]]:
    return [tuple(m.span(g) for g in range(m.re.groups + 1)) for m in matches]  # type: ignore[attr-defined]


def _same_as_finditer(text: str) -> None:
    phrase = finditer_after_keyword(detect._ACCOUNT_PHRASE_RE, detect._ACCOUNT_KEYWORDS_RE, text)
    assert _spans(phrase) == _spans(detect._ACCOUNT_PHRASE_RE.finditer(text))
    platform_as = finditer_after_keyword(detect._PLATFORM_AS_RE, detect._ALS_RE, text, runs=3)
    assert _spans(platform_as) == _spans(detect._PLATFORM_AS_RE.finditer(text))
    handles = finditer_lowered(detect.PLATFORM_HANDLE_RE, detect._PLATFORM_HANDLE_LOWER_RE, text, text.lower())
    assert _spans(handles) == _spans(detect.PLATFORM_HANDLE_RE.finditer(text))


@settings(max_examples=600, deadline=None)
@given(_TEXT)
def test_keyword_scans_find_what_finditer_finds(text: str) -> None:
    _same_as_finditer(text)


def test_keyword_scans_on_account_phrases() -> None:
    """(the property above is not vacuous: each pattern matches here, several times, and
    where a match starts well before its keyword)"""
    texts = [
        "Mijn gebruikersnaam op Steam: vossenjong, en mijn gamertag is Wolfje_12. Zijn NICKNAME = kobe.d",
        "spelers-naam:  mo_7 \n user-name was x.y en daarna screenname: Q",
        "zoek me op Snapchat als lotte_v of via TWITCH  als  Daantje; op insta als x",
        "volg hem op\tYouTube\u00a0als jef.p, op roblox als @kevin_09",
        "INSTA: jan_peeters_2009, ig @mila.vdb, tiktok dansmetdaan, snapchat:noor",
        "Haar voornaam is Fatima en haar achternaam is El Amrani.",
        "naamnaamnaam: x " * 50,
        "TİKTOK: jan_p en ſnapchat: x en KELVIN\u212a: y, gebruikersnaam: ſara",
    ]
    for text in texts:
        _same_as_finditer(text)
    assert len(list(detect._ACCOUNT_PHRASE_RE.finditer(texts[0]))) == 3
    assert len(list(detect._PLATFORM_AS_RE.finditer(texts[2]))) == 3
    assert len(list(detect.PLATFORM_HANDLE_RE.finditer(texts[4]))) == 4
    assert not lowered_alike(texts[7], texts[7].lower())  # the slow path is taken (and agrees)


def test_keyword_scans_stay_linear_on_hostile_text() -> None:
    """A 100 kB run of keywords without white space: each scan is one pass (a search from
    every keyword back to the start would be quadratic)."""
    import time

    text = "naam-" * 20000 + " als " * 20000
    start = time.process_time()
    list(finditer_after_keyword(detect._ACCOUNT_PHRASE_RE, detect._ACCOUNT_KEYWORDS_RE, text))
    list(finditer_after_keyword(detect._PLATFORM_AS_RE, detect._ALS_RE, text, runs=3))
    assert time.process_time() - start < 5  # (quadratic: minutes)


_PHONE_PIECES = st.sampled_from(["0", "4", "9", "+", "00", "32", "(", ")", " ", "-", ".", "/", "–", "\t", "\n", "x",
                                 "٤", "２", "nul"])


@settings(max_examples=600, deadline=None)
@given(st.lists(_PHONE_PIECES, max_size=40).map("".join))
def test_no_phone_pattern_matches_fewer_than_seven_digits(text: str) -> None:
    """The phone patterns are skipped on a text with fewer digits than they need."""
    if len(detect._DIGIT_RE.findall(text)) < detect._MIN_PHONE_DIGITS:
        for pattern in (detect.PHONE_RE, detect.INTL_PHONE_RE, detect._BRACKET_PHONE_RE):
            assert pattern.search(text) is None


def test_the_shortest_phone_numbers_are_found() -> None:
    """(the bound is tight: a zone number in brackets with 7 digits is a phone number)"""
    assert detect._BRACKET_PHONE_RE.search("bel (09) 12345")
    assert len(re.findall(r"\d", "(09) 12345")) == detect._MIN_PHONE_DIGITS
    spans = detect.analyse("Bel me op (09) 12345 of 0470 12 34 56.").spans
    assert [s.kind for s in spans] == ["phone", "phone"]


#: the quotation pattern as it was written before (the look-behind before the mark)
_QUOTED_BEFORE = re.compile(inline._QUOTED.replace(r"|'(?<![\w']')(?![st]\b)", r"|(?<![\w'])'(?![st]\b)"))
_QUOTE_PIECES = st.sampled_from(["'", "'", "’", "‘", '"', "“", "”", "„", "«", "»", "'t", "'s", "x", "ab", " ", "\n", "_",
                                 "é", "9", "zegt Jan", "st", "s", "t"])


@settings(max_examples=600, deadline=None)
@given(st.lists(_QUOTE_PIECES, max_size=30).map("".join))
def test_the_quotation_pattern_finds_what_it_found_before(text: str) -> None:
    assert _QUOTED_BEFORE.pattern != inline._QUOTED_RE.pattern
    spans = [m.span() for m in inline._QUOTED_RE.finditer(text)]
    assert spans == [m.span() for m in _QUOTED_BEFORE.finditer(text)]


def test_single_quoted_quotations_still_need_a_free_mark() -> None:
    """(the property above is not vacuous: a mark after a letter or before "'t "/"'s " opens none)"""
    text = "Ze zei 'we gaan weg' en het's 'mooi' geweest, x'y z' niet, 't is zo' en 's avonds'."
    found = [text[a:b] for a, b in (m.span() for m in inline._QUOTED_RE.finditer(text))]
    assert found == ["'we gaan weg'", "'mooi'"]
    assert found == [m.group(0) for m in _QUOTED_BEFORE.finditer(text)]


# --- session 6: the digit-word runs on the lower-case text, the chat-link pre-check -------

_DIGIT_PIECES = st.sampled_from([
    "nul", "NUL", "Nul", "een", "EEN", "één", "ÉÉN", "Één", "twee", "drie", "DRİE", "drıe", "vier", "vijf", "zes",
    "ZEſ", "zeſ", "zeven", "acht", "negen", "NEGEN", " ", "  ", "\t", ", ", ". ", " - ", "/ ", "-", "'", "x", "K",
    "\u212a", "geen", "heen", "wa.me/", "T.ME/", "t.me/x", "linktr.ee/", "/", "+32", "470", "\n",
])
_DIGIT_TEXT = st.lists(_DIGIT_PIECES, max_size=40).map("".join)


def _digit_runs_before(text: str, words: set[str]) -> list[tuple[int, int]]:
    """digit_word_runs as it was: DIGIT_WORDS_RE.finditer on the text as written (the
    digit values as now: before, "zeſ" and "DRİE" raised a KeyError)."""
    from perskamer.plugins.anonymise import contacts

    if len(contacts._DIGIT_WORDS & words) < 2:
        return []
    out = []
    for m in contacts.DIGIT_WORDS_RE.finditer(text):
        values = [contacts._digit_value(w) for w in contacts._DIGIT_WORD_RE.findall(m.group(0))]
        if {b - a for a, b in zip(values, values[1:], strict=False)} not in ({1}, {-1}):
            out.append(m.span())
    return out


def _chat_links_before(text: str) -> list[tuple[int, int]]:
    """chat_links as it was: the hints only, without the "/" pre-check."""
    from perskamer.plugins.anonymise import contacts

    if not any(h in text.lower() for h in contacts.CHAT_LINK_HINTS):
        return []
    out = []
    for m in contacts.CHAT_LINK_RE.finditer(text):
        start, end = m.span(1)
        while end > start and text[end - 1] in ".,;:!?-":
            end -= 1
        if end - start >= 2:
            out.append((start, end))
    return out


def _same_contacts(text: str) -> None:
    from perskamer.plugins.anonymise import contacts

    words = set(detect._tokenize(text)[1])
    assert list(contacts.digit_word_runs(text, words)) == _digit_runs_before(text, words)
    assert list(contacts.digit_word_runs(text, words, text.lower())) == _digit_runs_before(text, words)
    assert list(contacts.chat_links(text, text.lower())) == _chat_links_before(text)


@settings(max_examples=600, deadline=None)
@given(_DIGIT_TEXT)
def test_digit_word_runs_and_chat_links_find_what_they_found_before(text: str) -> None:
    _same_contacts(text)


def test_digit_word_runs_on_numbers_in_words() -> None:
    """(not vacuous: runs are found in capitals, with "één", after İ ı ſ K elsewhere)"""
    from perskamer.plugins.anonymise import contacts

    texts = [
        "Bel me: nul vier zeven nul, negen negen acht acht zeven zes. Of niet.",
        "NUL VIER ZEVEN één TWEE drie negen negen acht en nog wat",
        "Één vier zeven nul negen negen acht acht zeven, İstanbul of ſ of \u212a",
        "een twee drie vier vijf zes zeven acht negen (tellen is geen nummer)",
        "nul vier ZEſ nul negen negen acht acht zeven",  # (ſ is an s to re.IGNORECASE, not to str.lower)
        "NUL VIER DRİE NUL NEGEN NEGEN ACHT ACHT ZEVEN",  # (İ lowers to two characters)
    ]
    found = []
    for text in texts:
        _same_contacts(text)
        found.append(list(contacts.digit_word_runs(text, set(detect._tokenize(text)[1]))))
    assert [len(f) for f in found] == [1, 1, 1, 0, 1, 1]
    assert not lowered_alike(texts[2], texts[2].lower())  # the slow path is taken (and agrees)
    assert list(contacts.chat_links("stuur iets op wa.me/32470998877 of T.ME/kobe_d.", "x")) == []  # (hints in lowered)
    text = "stuur iets op wa.me/32470998877 of T.ME/kobe_d."
    assert list(contacts.chat_links(text, text.lower())) == [(20, 31), (40, 46)]


def test_a_digit_word_with_a_case_alike_letter_is_read_not_a_crash() -> None:
    """"zeſ" is "zes" to re.IGNORECASE: the detector used to raise a KeyError on it."""
    text = "Mijn nummer: vier zeſ nul negen negen acht acht zeven drie, bel maar."
    spans = detect.analyse(text).spans
    assert [(s.kind, s.text) for s in spans] == [("phone", "vier zeſ nul negen negen acht acht zeven drie")]


# --- session 6: harvest_names' introductions and nicknames from their opening words --------

_INTRO_PIECES = st.sampled_from([
    "totem", "TOTEM", "Totem", "bijnaam", "alias", "verslag", "Verslaggever", "foto", "FOTO", "tekst", "reporter",
    "gewoon", "Gewoon", "kortweg", "noemen", "noemen hem", "noemen  haar", "NOEMEN HEM", "heet", "HEET", "genaamd",
    "fototekst", "nietgewoon", ":", " : ", " ", "  ", "\t", "\n", "'", "‘", "“", "\"", "Mus", "Wezel", "Jolien",
    "Anne-Sophie", "Ölbaum", "jan", "x", "İ", "ı", "ſ", "\u212a", "é", "(", ")", ",", "-", "9",
])
_INTRO_TEXT = st.lists(_INTRO_PIECES, max_size=30).map("".join)


def _same_introductions(text: str) -> None:
    intro = finditer_after_keyword(detect._INTRO_RE, detect._INTRO_KEYWORDS_RE, text)
    assert _spans(intro) == _spans(detect._INTRO_RE.finditer(text))
    nick = finditer_after_keyword(detect._NICKNAME_RE, detect._NICKNAME_KEYWORDS_RE, text)
    assert _spans(nick) == _spans(detect._NICKNAME_RE.finditer(text))


@settings(max_examples=600, deadline=None)
@given(_INTRO_TEXT)
def test_introductions_and_nicknames_are_found_as_finditer_finds_them(text: str) -> None:
    _same_introductions(text)


def test_introductions_and_nicknames_on_report_text() -> None:
    """(not vacuous: several matches, in capitals, one inside a longer word's run)"""
    texts = [
        "Laura (totem Wezel) en verslag: Jolien Peeters. Foto: Robbe, TEKST: Anne-Sophie.",
        "Voor iedereen gewoon Mus; ze noemen hem kortweg ‘Bo’. Hij heet Tibo, genaamd Jef.",
        "fototekst: Mila en Heet Water, nietgewoon Lowie, ſ en İ: verslaggever Fien",
    ]
    for text in texts:
        _same_introductions(text)
    assert len(list(detect._INTRO_RE.finditer(texts[0]))) == 4
    assert len(list(detect._NICKNAME_RE.finditer(texts[1]))) == 4
