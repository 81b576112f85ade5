"""Session 10's prefilters give what the plain code they guard gives (issue 11's speed target).

Each rule below runs its slow part only when the text holds what a match needs (a
character, a word, a cue). A hypothesis property compares each prefiltered rule with
its plain version (written out here as it was before the prefilter) on generated text
that holds the shapes the rules look for (handles, dotted and numbered account names,
message cues, windows longer than the rule's, the characters that make case-insensitive
matching special) and on hostile text; a few fixed cases show the properties are not
vacuous (the slow part does find something there). The golden test
(test_anonymise_golden.py) checks the whole output on every text we have.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from perskamer.plugins.anonymise import contact_cues, detect
from perskamer.plugins.anonymise.lexicon import Lexicon, fold, load_lexicon

_PIECES = st.sampled_from([
    "stuur een dm naar ", "PB AAN ", "bericht naar\n", "berichtje  aan ", "message privé à ", "sms naar", "dm'tje naar ",
    "volg ", "add me op ", "te vinden als ", "zoek ", "xyzzie", "jorvanlier", "kamp", "lena_", "x_y_14", "club.kust.official",
    "x.y07", "o.a.", "20.30u", "3.2.1", "ksa.be", "senne4821", "kamp_def.zip", "_", ".", "..", "._", "4", "٤", "0470",
    "a1", "İ", "ı", "ſ", "K", "é", "\u0301", "\n", " ", "  ", ":", "=", "@", "#", "/", "-", "·", " 2 u", "x" * 30,
    "Dat is de kers op de taart, zei ze.", "www.", "lauravermeulen.be", "mijn site: x.be ", "Node.js", "KSA.BE",
    "0470 12 34 56", "+32 (0)470", "(09) 123 45 67", "0032 / 9 ", "12/03/2024", " 14u30", "-", "–", "(", ")",
    "naam#1234", "#", "zijn insta is ", "op Discord heet ik ", "volg ", " op tiktok", "OP TİKTOK ", "ınsta", "ſnap",
])
_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=3)), max_size=30).map("".join)


def _plain_cued_handles(text: str) -> Iterator[tuple[int, int]]:
    for m in contact_cues._CANDIDATE_RE.finditer(text):
        if contact_cues.account_shaped(m.group(1)) and contact_cues._CUE_RE.search(
                text[max(0, m.start() - contact_cues._WINDOW) : m.start()]):
            yield m.span(1)


def _plain_bare_words_after_send(text: str, lex: Lexicon) -> Iterator[tuple[int, int]]:
    lowered = text.lower()
    if not any(w in lowered for w in ("dm", "pb", "pm", "bericht", "sms", "snap", "app", "message")):
        return
    for m in re.finditer(r"(?<![\w@#/.-])([a-z][a-z0-9]{3,30})(?![\w@.]|\.[a-z])", text):
        if not contact_cues._SEND_CUE_RE.search(text[max(0, m.start() - contact_cues._WINDOW) : m.start()]):
            continue
        f = fold(m.group(1))
        if lex.is_word(f) or f in lex.common or f in lex.places or f in lex.platforms or f in lex.keep_single:
            continue
        yield m.span(1)


@settings(max_examples=500, deadline=None)
@given(_TEXT)
def test_candidates_are_the_plain_pattern_matches(text: str) -> None:
    assert [m.span() for m in contact_cues.candidates(text)] == [
        m.span() for m in contact_cues._CANDIDATE_RE.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(_TEXT)
def test_prefiltered_contact_rules_are_the_plain_ones(text: str) -> None:
    lex = load_lexicon()
    assert list(contact_cues.cued_handles(text)) == list(_plain_cued_handles(text))
    found = contact_cues.candidates(text)
    assert list(contact_cues.cued_handles(text, found)) == list(_plain_cued_handles(text))
    assert list(contact_cues.bare_accounts(text, found)) == list(contact_cues.bare_accounts(text))
    assert list(contact_cues.bare_words_after_send(text, lex)) == list(_plain_bare_words_after_send(text, lex))


def test_the_prefiltered_rules_find_what_they_are_for() -> None:
    """(the properties above are not vacuous: these texts hit the slow parts)"""
    lex = load_lexicon()
    text = "Stuur een dm naar xyzzie of volg lena_smets_14, en club.kust.official, of senne4821."
    assert len(contact_cues.candidates(text)) == 3
    assert [text[a:b] for a, b in contact_cues.cued_handles(text)] == ["lena_smets_14"]
    assert [text[a:b] for a, b in contact_cues.bare_accounts(text)] == ["club.kust.official"]
    assert [text[a:b] for a, b in contact_cues.bare_words_after_send(text, lex)] == ["xyzzie"]
    assert contact_cues.candidates("Gewoon een zin. Nog een zin, 12 jaar.") == []
    # a cue further back than the window: neither version takes the word
    far = "stuur een dm naar " + "x" * 70 + " xyzzie"
    assert list(contact_cues.bare_words_after_send(far, lex)) == list(_plain_bare_words_after_send(far, lex))


@settings(max_examples=50, deadline=None)
@given(st.sampled_from(["Jan (", "dm naar ", "a.b", "x1 ", "._", "٤"]), st.integers(1, 400))
def test_prefiltered_rules_on_hostile_repeats(piece: str, n: int) -> None:
    lex = load_lexicon()
    text = piece * n
    assert [m.span() for m in contact_cues.candidates(text)] == [
        m.span() for m in contact_cues._CANDIDATE_RE.finditer(text)]
    assert list(contact_cues.bare_words_after_send(text, lex)) == list(_plain_bare_words_after_send(text, lex))


def _plain_personal_sites(text: str, lex: Lexicon) -> Iterator[tuple[int, int]]:
    if "." not in text:
        return
    for m in contact_cues._DOMAIN_RE.finditer(text):
        name, tld = m.group(1), m.group(2).lower()
        if tld not in contact_cues.TLDS:
            continue
        after_cue = contact_cues._PERSONAL_SITE_RE.search(
            text[max(0, m.start() - contact_cues._WINDOW) : m.start()]) is not None
        if after_cue or contact_cues.full_name_label(fold(name), lex):
            yield m.span(1)


def _plain_platform_accounts(text: str, lex: Lexicon) -> Iterator[tuple[int, int, str]]:
    for pattern in (detect._PLATFORM_IS_RE, detect._ON_PLATFORM_NAMED_RE):
        for m in pattern.finditer(text):
            if detect._account_word(m.group(1), lex):
                yield m.start(1), m.end(1), "handle (named with its platform)"
    # (session 14's two phrasings, s14-contacts: "op snap <handle>", "op tiktok staat ze als <handle>")
    for m in detect._ON_PLATFORM_WORD_RE.finditer(text):
        if detect._bare_platform_word(m.group(1), lex):
            yield m.start(1), m.end(1), "handle (after 'op <platform>')"
    if " als " in text.lower():
        for m in detect._ON_PLATFORM_THEN_AS_RE.finditer(text):
            handle = m.group(1)
            if (any(c in handle for c in "_.") or any(c.isdigit() for c in handle)) and detect._account_word(handle, lex) \
                    or detect._bare_platform_word(handle, lex):
                yield m.start(1), m.end(1), "handle (named with its platform)"
    for m in detect._ON_PLATFORM_RE.finditer(text):
        handle = m.group(2)
        marked = any(c in handle for c in "_.") or (any(c.isdigit() for c in handle) and not handle.isdigit())
        if not any(c.isalpha() for c in handle):
            continue
        f = fold(handle)
        if marked or (m.group(1) is not None and f not in detect._SUBJECTS
                      and not lex.is_word(f) and f not in lex.platforms):
            yield m.start(2), m.end(2), "handle (named with its platform)"


@settings(max_examples=500, deadline=None)
@given(_TEXT)
def test_prefiltered_protections_are_the_plain_ones(text: str) -> None:
    lex = load_lexicon()
    assert list(contact_cues.personal_sites(text, lex)) == list(_plain_personal_sites(text, lex))
    assert list(detect._platform_accounts(text, lex)) == list(_plain_platform_accounts(text, lex))
    assert list(detect._platform_accounts(text, lex, text.lower())) == list(_plain_platform_accounts(text, lex))
    digits = len(re.findall(r"\d", text))
    assert list(detect._cued_contacts(text, lex, text.lower(), digits)) == list(detect._cued_contacts(text, lex))
    assert list(contact_cues.bare_words_after_send(text, lex, text.lower())) == list(
        _plain_bare_words_after_send(text, lex))
    # the phone patterns and the Discord tag run only where their prefilter finds something
    for pattern in (detect.PHONE_RE, detect.INTL_PHONE_RE, detect._BRACKET_PHONE_RE):
        if pattern.search(text):
            assert detect._PHONE_CHAIN_RE.search(text)
    if detect._DISCORD_TAG_RE.search(text):
        assert detect._HASH_DIGITS_RE.search(text)


@pytest.mark.parametrize("text", ["OP TİKTOK xyzzie", "op snap xyzzie", "Op TikTok staat ze als xyzzie_09 online."])
def test_the_platform_phrasings_of_session_14_are_the_plain_ones(text: str) -> None:
    """(hypothesis found "OP TİKTOK xyzzie" after session 14: the plain reference above lacked
    the two phrasings s14-contacts added to ``detect._platform_accounts``)"""
    lex = load_lexicon()
    assert list(detect._platform_accounts(text, lex)) == list(_plain_platform_accounts(text, lex))
    assert list(detect._platform_accounts(text, lex, text.lower())) == list(_plain_platform_accounts(text, lex))


def test_the_prefiltered_protections_find_what_they_are_for() -> None:
    """(the property above is not vacuous)"""
    lex = load_lexicon()
    text = "Zie lauravermeulen.be of mijn site: kampvuur.be, bel 0470 12 34 56 of (09) 123 45 67, tag naam#1234."
    assert [text[a:b] for a, b in contact_cues.personal_sites(text, lex)] == ["lauravermeulen", "kampvuur"]
    for phone in ("0470 12 34 56", "(09) 123 45 67", "+32 (0)470 12 34 56", "0032 / 9 123 45 67", "+212 6 12 34 56 78"):
        assert any(p.search(phone) for p in (detect.PHONE_RE, detect.INTL_PHONE_RE, detect._BRACKET_PHONE_RE))
        assert detect._PHONE_CHAIN_RE.search(phone)
    assert detect._PHONE_CHAIN_RE.search("op 3/4/2024 om 14u30, 12 jaar") is None
    platform = "Zijn insta is kobe_fien en op Discord heet ik Vossenjong, volg lena.smets op TikTok."
    assert [platform[a:b] for a, b, _ in detect._platform_accounts(platform, lex)] == [
        "kobe_fien", "Vossenjong", "lena.smets"]
    # a letter re.IGNORECASE takes for an ASCII one: the slow pattern decides
    odd = "volg lena.smets op TİKTOK"
    assert list(detect._platform_accounts(odd, lex)) == list(_plain_platform_accounts(odd, lex))


# --- the shared checks of the detector's rules (session 10) ---------------------------------

def _plain_role_title(f: str, titles: frozenset[str]) -> bool:
    from perskamer.plugins.anonymise import person_roles

    return f in titles or any(f.endswith(tail) and len(f) - len(tail) >= 3 for tail in person_roles._TITLE_TAILS)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["jobcoach", "coach", "hoofd", "begeleider", "leider", "kok", "juf", "x", "ab", "kamp",
                                 "leiding", "ster", "werker", "moderator", "é"]), max_size=3).map("".join))
def test_role_title_is_the_plain_one(word: str) -> None:
    from perskamer.plugins.anonymise import person_roles

    titles = frozenset({"dr", "juf", "meester"})
    assert person_roles.role_title(word, titles) == _plain_role_title(word, titles)


def _plain_possessive(text: str, tok: detect.Token) -> tuple[str, str]:
    t = tok.text
    for suf in ("'s", "’s"):
        if t.endswith(suf) and len(t) > 3:
            return t[: -len(suf)], suf
    if t[-1:] in "sxzSXZ" and text[tok.end : tok.end + 1] in ("'", "’"):
        after = text[tok.end + 1 : tok.end + 3]
        if len(after) == 2 and after[0] == " " and after[1].isalpha() and after[1].islower():
            return t, text[tok.end]
    return t, ""


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Jan's", "Jonas' boek", "An's", "Lotte’s", "'s", "Kris’ fiets", "Max'", " ", "x's",
                                 "Tess' Auto", "de"]), max_size=6).map(" ".join))
def test_possessive_is_the_plain_one(text: str) -> None:
    for tok in detect.tokenize(text):
        assert detect._possessive(text, tok) == _plain_possessive(text, tok)


@settings(max_examples=200, deadline=None)
@given(st.lists(_TEXT, min_size=1, max_size=4), st.lists(st.integers(0, 200), min_size=1, max_size=12))
def test_comment_header_answers_per_text_whatever_was_asked_before(texts: list[str], offsets: list[int]) -> None:
    """(the one-slot memory of whether a text holds "·"/"•" is the text's own)"""
    from perskamer.plugins.anonymise import person_roles

    texts = [t + " · 3d" if k % 2 else t for k, t in enumerate(texts)]
    for k, at in enumerate(offsets):
        text = texts[k % len(texts)]
        start = at % (len(text) + 1)
        fresh = "".join(text)  # (an equal text that is another object)
        assert person_roles.comment_header_at(text, start) == person_roles.comment_header_at(fresh, start)
        person_roles._BULLETS = (None, False)
        assert person_roles.comment_header_at(text, start) == person_roles.comment_header_at(fresh, start)


def test_comment_header_after_a_text_without_bullets() -> None:
    from perskamer.plugins.anonymise import person_roles

    assert not person_roles.comment_header_at("Harmony zegt hallo", 0)
    assert person_roles.comment_header_at("Harmony 🌸 · 3d\nwat een dag", 0)
    assert not person_roles.comment_header_at("Harmony zegt hallo", 0)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_keyword_scans_with_the_lowered_text_given(text: str) -> None:
    from perskamer.plugins.anonymise.scan import finditer_after_keyword

    for pattern, keywords, runs in ((detect._ACCOUNT_PHRASE_RE, detect._ACCOUNT_KEYWORDS_RE, 1),
                                    (detect._PLATFORM_AS_RE, detect._ALS_RE, 3)):
        given_lowered = [m.span() for m in finditer_after_keyword(pattern, keywords, text, runs, lowered=text.lower())]
        assert given_lowered == [m.span() for m in finditer_after_keyword(pattern, keywords, text, runs)]
        assert given_lowered == [m.span() for m in pattern.finditer(text)]


def _plain_fragments(text: str, spans: list, *, name_words: bool = False) -> list[str]:
    from bisect import bisect_left, bisect_right

    from perskamer.plugins.anonymise.anonymiser import is_name_word, normalise

    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    starts = [a for a, _ in words]
    ends = [b for _, b in words]
    out: list[str] = []
    for s in spans:
        if (s.kind != "person" and name_words) or (s.kind == "person" and is_name_word(s.text) != name_words):
            continue
        lo, hi = bisect_right(ends, s.start), bisect_left(starts, s.end) - 1
        if lo > hi:
            continue
        a, b = max(0, lo - 1), min(len(words) - 1, hi + 1)
        if b - a < 2:
            a, b = max(0, lo - 2), min(len(words) - 1, hi + 2)
        frag = normalise(text[words[a][0] : words[b][1]], casefold=not name_words)
        if len(frag) >= 12 and b - a >= 2:
            out.append(frag)
    return out


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Jan Peeters", "Roos", "zei", "mail", "jan@x.be", "het", "kamp", "0470 12 34 56", "en",
                                 "Storm", "Mehmet", "\n"]), max_size=14).map(" ".join))
def test_fragments_are_the_plain_ones(text: str) -> None:
    from perskamer.plugins.anonymise.anonymiser import _fragments

    spans = detect.analyse(text).spans
    for name_words in (False, True):
        assert _fragments(text, spans, name_words=name_words) == _plain_fragments(text, spans, name_words=name_words)


_DIGIT_PIECES = st.sampled_from(["nul", "een", "één", "EEN", "twee", "drie", "vier", "vİjf", "vıjf", "zeſ", "zes", "zeven",
                                 "acht", "negen", "geen", "x-", "'s", "-x", " ", "  ", ", ", " - ", " / ", ". ", "\n",
                                 "zeventien", "Een"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_DIGIT_PIECES, max_size=40).map("".join))
def test_digit_word_runs_with_the_tokens_given(text: str) -> None:
    from perskamer.plugins.anonymise import contacts

    folded = detect._tokenize(text)[1]
    assert list(contacts.digit_word_runs(text, set(folded), text.lower(), folded)) == list(
        contacts.digit_word_runs(text, set(folded), text.lower()))


def test_digit_word_runs_with_tokens_still_find_numbers() -> None:
    from perskamer.plugins.anonymise import contacts

    for text in ("bel x-nul vier zeven twee een drie vier vijf zes's", "nul, vier, zeven - twee / een drie vier vijf zes"):
        folded = detect._tokenize(text)[1]
        assert list(contacts.digit_word_runs(text, set(folded), text.lower(), folded)) == list(
            contacts.digit_word_runs(text, set(folded), text.lower())) != []


def test_remembered_text_answers_are_the_texts_own_when_texts_alternate() -> None:
    """The one-slot memories (chat senders, naming verbs, comment headers) hold one tuple,
    replaced whole: asking for texts in turn gives each text its own answer."""
    from perskamer.plugins.anonymise import chat_senders, naming, person_roles

    lex = load_lexicon()
    texts = ["[20:32] berk: kom je ook?\n[20:33] lien: ja", "Mijn broer heet Turbo en hij lacht.",
             "Harmony 🌸 · 3d\nwat een dag", "Gewoon een zin zonder iets."]
    toks = {t: detect.tokenize(t) for t in texts}

    def answers(text: str) -> list[tuple[bool, str, bool]]:
        lines = detect._lines_of(text)[1]
        return [(chat_senders.stamped_sender(text, toks[text], i, lines), naming.named_person(text, toks[text], i, lex),
                 person_roles.comment_header_at(text, tok.start)) for i, tok in enumerate(toks[text])]

    alone = {}
    for t in texts:
        chat_senders._LAST, naming._LAST, person_roles._BULLETS = (None, None), (None, {}), (None, False)
        alone[t] = answers(t)
    assert any(a[0] for a in alone[texts[0]]) and any(a[1] for a in alone[texts[1]]) and any(
        a[2] for a in alone[texts[2]])
    for t in texts + texts[::-1] + texts:
        assert answers(t) == alone[t]


_CONTACT_PIECES = st.sampled_from([
    "@", "(at)", "[ AT ]", "<a>", " at ", " AT ", " apenstaartje ", " apestaart ", " Arobase ", "0470 12 34 56",
    "+32 (0)470", "12/03/2024", "LinkedIn.", "instagram.com", "X.com/", "wa.me", "T.ME", "nul ", "Nul\n", "dm ",
    "volgt ", "vinden als ", "Insta ", "TİKTOK ", "ınsta", "ſnap", "lena.smets", "x_y", "._", "ab.cd", " ", "\n",
    "Dat is mooi.", "K", "kamp",
])


@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(_CONTACT_PIECES, st.text(max_size=3)), max_size=25).map("".join))
def test_private_contact_hint_is_the_plain_one(text: str) -> None:
    from perskamer.plugins.anonymise import private_contacts as pc

    plain = pc._HINT_RE.search(text) is not None or (
        pc._CUE_HINT_RE.search(text) is not None and pc._ACCOUNT_SHAPE_RE.search(text) is not None)
    assert pc._may_hold_contact(text) == plain


def test_private_contact_hint_sees_each_kind() -> None:
    """(the property above is not vacuous)"""
    from perskamer.plugins.anonymise import private_contacts as pc

    for text in ("mail jan@x.be", "jan (at) x punt be", "bel 0470 12 34 56", "zie linkedin.com/in/x", "nul vier",
                 "te vinden als lena.smets", "volg jan_pe op TİKTOK"):
        assert pc._may_hold_contact(text)
    assert not pc._may_hold_contact("Gewoon een zin. Nog een zin, 12 jaar, om 14u30.")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(["©", "(C)", "(c)", "📷", "📸", "Foto", "BEELD", "photo", "Picture", "imagE",
                                           "CRÉDIT", "crédit", "Credit", "credİt", "credıt", "gefotografeerd", "kamp", " ",
                                           "\n", "K", "ſ"]), st.text(max_size=3)), max_size=20).map("".join))
def test_credit_hint_is_the_plain_one(text: str) -> None:
    from perskamer.plugins.anonymise import credits

    assert credits.may_hold_credit(text) == (credits._MAY_HOLD_RE.search(text) is not None)
