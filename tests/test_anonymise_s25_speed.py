"""Session 25's exact cuts for hostile quotes give the answers of the code they replace (issue 11).

1. ``person_items.mark_items`` searched the hundred characters before every capitalised word with
   three patterns (a "wie"-question's, a header's and a form field's slot), each ending in
   ``[?:][ \\t]+\\Z``; ``_marked_before`` asks that ending first, in place.
2. ``person_posters.mark_posters`` searched back to the line's start for every word in capitals and
   copied the line up to the word to see whether the word opens it; ``_slot_start`` compared the word
   with each of 27 openers. Now the line breaks are found once, the line's lead is matched in place,
   and only a word that opens an opener is compared.
4. ``person_east_asian.mark_caps_family_first`` asked every word in capitals whether it has the
   shape of an East-Asian family name (syllable patterns) before it looked at the word after it; a
   run needs a word in ordinary case right after it, one space between, which is asked first now.
3. ``inline.inline_quotes`` searched the 120 characters before every quotation for a credit whenever
   a colon stood among them; the credit's pattern ends in ``:[ \\t]*$``, which ``_colon_ends`` asks
   first.

Each is checked against the code it replaces: the gates as necessary conditions of the patterns
they spare (hypothesis), the functions against their old copies (below) on hand-written frames and
generated texts, and whole reports with the plain paths put back. Invented names; no timing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from anonymise_asserts import speaker_report
from hypothesis import given, settings
from hypothesis import strategies as st

from perskamer.plugins.anonymise import anonymiser, detect, inline, person_east_asian, person_items, person_posters
from perskamer.plugins.anonymise.lexicon import load_lexicon
from perskamer.plugins.anonymise.person_first_before import caps_line
from perskamer.plugins.anonymise.replace import anonymise_text

FIXTURES = Path(__file__).parent / "fixtures" / "anon"


# -- the old code --------------------------------------------------------------------------------

def _old_mark_items(text, toks, caps, evidence, min_conf, word_name=None, lex=None):
    """``person_items.mark_items`` as it was at the start of session 25 (7a24ce2)."""
    from perskamer.plugins.anonymise.person_items import (
        _AFTER_RE,
        _BEFORE_RE,
        _CELL_AFTER_RE,
        _FIELD_AFTER_RE,
        _LABEL_AFTER_RE,
        _LINE_START_RE,
        _WHO_RE,
        _person_field,
        _person_header,
        _reads_as_name,
    )

    for i in caps:
        tok = toks[i]
        if tok.person or tok.protected or tok.allcaps or not tok.cap:
            continue
        lo = max(0, tok.start - 100)
        slot = True
        if _WHO_RE.search(text, lo, tok.start) or _person_header(text, lo, tok.start):
            after = _AFTER_RE
            if _person_field(text, lo, tok.start):
                after = _FIELD_AFTER_RE
        elif _person_field(text, lo, tok.start):
            after = _FIELD_AFTER_RE
        elif _BEFORE_RE.search(text, max(0, tok.start - 6), tok.start):
            after, slot = _CELL_AFTER_RE, False
            if (not after.match(text, tok.end) and _LABEL_AFTER_RE.match(text, tok.end)
                    and _LINE_START_RE.search(text, max(0, tok.start - 6), tok.start) and _reads_as_name(tok, lex)):
                after = _LABEL_AFTER_RE
        else:
            continue
        if not after.match(text, tok.end) or not (evidence(tok) or slot and word_name is not None and word_name(tok)):
            continue
        tok.person, tok.score = True, max(tok.score, 0.7, min_conf)
        tok.rule = "a first name alone as an item of a structured line"


def _old_slot_start(text, toks, i, line):
    """``person_posters._slot_start`` as it was at the start of session 25 (7a24ce2)."""
    from perskamer.plugins.anonymise.person_posters import _OPENERS, _gap

    before = text[line : toks[i].start]
    at_line = before.strip(" \t\"'“„‘«*") == ""
    after_colon = i > 0 and _gap(text, toks[i - 1], toks[i]).strip() == ":" and toks[i - 1].allcaps
    words = [t.folded for t in toks[i : i + 4]]
    for opener in _OPENERS:
        k = len(opener)
        if (tuple(words[:k]) == opener and (at_line or after_colon or opener[0] in ("bedankt", "merci", "stem", "proficiat"))
                and i + k < len(toks)
                and all(_gap(text, toks[i + m], toks[i + m + 1]) in (" ", ": ", ", ", " : ") for m in range(k))):
            return i + k, True
    if after_colon:
        return i, True
    if at_line:
        return i, False
    return None, False


def _old_mark_posters(text, toks, lex, first_ok, word_first, thing, min_conf):
    """``person_posters.mark_posters`` as it was at the start of session 25 (7a24ce2)."""
    from perskamer.plugins.anonymise.person_posters import _PARTICLES, RULE, _closes, _is_name, _run

    n = len(toks)
    i = 0
    line_ok = {}
    while i < n:
        tok = toks[i]
        if not tok.allcaps:
            i += 1
            continue
        line = text.rfind("\n", 0, tok.start) + 1
        if line not in line_ok:
            line_ok[line] = caps_line(text, tok.start, min_letters=8)
        if not line_ok[line]:
            i += 1
            continue
        start, opened = _old_slot_start(text, toks, i, line)
        if start is None:
            i += 1
            continue
        run = _run(text, toks, start, n)
        if run and _is_name(run, toks, lex, first_ok, word_first, thing) and _closes(text, toks, run, opened):
            for k in run:
                t = toks[k]
                if not t.person and t.folded not in _PARTICLES:
                    t.person, t.score, t.rule = True, max(t.score, 0.7, min_conf), RULE
            i = run[-1] + 1
            continue
        i += 1


def _old_mark_caps_family_first(text, toks, lex, min_conf, not_overridden):
    """``person_east_asian.mark_caps_family_first`` as it was at the start of session 25 (7a24ce2)."""
    from perskamer.plugins.anonymise.person_east_asian import (
        _LOANS,
        _caps_family,
        _caps_given,
        _listed_phrase,
        _mark_run,
        family_names,
    )

    hard = not_overridden - {None}
    n = len(toks)
    i = 0
    while i < n - 1:
        tok = toks[i]
        if not tok.allcaps or tok.protected in hard or tok.protected == "keep" or not _caps_family(tok.folded):
            i += 1
            continue
        listed = tok.folded in family_names()
        run = [i]
        k = i + 1
        while (k < n and len(run) < 3 and text[toks[k - 1].end : toks[k].start] == " "
               and toks[k].protected not in hard and _caps_given(toks[k], lex, listed)):
            run.append(k)
            k += 1
        if len(run) < 2 or (k < n and text[toks[k - 1].end : toks[k].start] == " " and toks[k].cap
                            and not toks[k].allcaps and toks[k].folded not in lex.common):
            i = max(i + 1, k if len(run) >= 2 else i + 1)
            continue
        words = [toks[r].folded for r in run]
        if _listed_phrase(words, lex) or "".join(words[1:]) in _LOANS:
            i = k
            continue
        _mark_run(toks, run, min_conf, "East-Asian name: a family name in capitals, its given name after it")
        i = k


def _old_colon_gate(text, start, end):
    """``inline.inline_quotes``' gate before the credit's search at the start of session 25 (7a24ce2)."""
    return ":" in text[start:end]


# -- the gates are necessary conditions --------------------------------------------------------------

_GATE_TEXTS = st.text(alphabet="ab Z?:\t\n;—|.", max_size=60)


@settings(max_examples=400, deadline=None)
@given(_GATE_TEXTS)
def test_marked_before_holds_wherever_a_slot_pattern_matches(text):
    for at in range(len(text) + 1):
        for lo in {0, max(0, at - 100), max(0, at - 5)}:
            found = (person_items._WHO_RE.search(text, lo, at) or person_items._HEADER_RE.search(text, lo, at)
                     or person_items._FIELD_RE.search(text, lo, at))
            if found:
                assert person_items._marked_before(text, lo, at), (text, lo, at)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab Jan:\t\n\"“zegt", max_size=60))
def test_colon_ends_holds_wherever_the_credit_before_matches(text):
    for end in range(len(text) + 1):
        for start in {0, max(0, end - inline._BEFORE_WINDOW), max(0, end - 4)}:
            if inline._BEFORE_RE.search(text, start, end):
                assert inline._colon_ends(text, start, end), (text, start, end)


def test_the_gates_do_open():
    # (no empty check: the gates let the slots they guard through)
    assert person_items._marked_before("Van: Nabin", 0, 5)
    assert person_items._marked_before("Wie deed de muziek?  Ayesha", 0, 21)
    assert not person_items._marked_before("Van Nabin", 0, 4)
    assert not person_items._marked_before("Van:Nabin", 0, 4)
    assert inline._colon_ends('Jorinde Kalfsvel: "ja"', 0, 18)
    assert inline._colon_ends('Jorinde Kalfsvel:\n"ja"', 0, 18)
    assert not inline._colon_ends('Jorinde: zei "ja"', 0, 13)


# -- the functions give what the old ones gave ---------------------------------------------------------

_ITEM_PIECES = ["Van:", "cc:", "Wie deed de muziek?", "klant:", "Winnaar van de quiz:", "Locatie:", "Siham", "Nabin",
                "Keza", "Jorinde", "Kalfsvel", "de coördinator", "\t", ";", "\n", "- ", "“", "”", ",", "!", "(bar)",
                "14u-18u:", "Chips:", "Wie brengt wat?", "—", "vrijwilliger", "2022", " ", " ", "Wietske:", "geen noten"]
_POSTER_PIECES = ["STEM", "OP", "NOGMAALS", "BEDANKT", "LANG", "LEVE", "WIE", "HEEFT", "JORINDE", "KALFSVEL", "WUBBO",
                  "VOOR", "BURGEMEESTER", "WAS", "HIER", "GEZOCHT:", "VAN", "DE", "!", "?", ",", "\n", "“", "*", " ",
                  " ", "ZOMER", "SCHIPPER", "EN", "MERCI", "PROFICIAT", "Jorinde", "zei", "het"]


def _marks(toks):
    return [(t.person, t.score, t.rule) for t in toks]


def _both(text, new, old, args):
    toks_new, _f, caps, _s = detect._tokenize(text)
    toks_old = detect._tokenize(text)[0]
    new(text, toks_new, *args(caps))
    old(text, toks_old, *args(caps))
    return _marks(toks_new), _marks(toks_old)


def _item_args(caps):
    lex = load_lexicon()
    return caps, (lambda t: len(t.folded) % 3 != 0), 0.5, (lambda t: t.folded in lex.first_names), lex


def _poster_args(_caps):
    lex = load_lexicon()
    invented = {"jorinde", "wubbo", "wiebke"}
    return lex, (lambda t: t.folded in invented or t.folded in lex.first_names), (lambda t: t.folded == "zomer"), (
        lambda t: t.folded in lex.places), 0.5


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_ITEM_PIECES), min_size=1, max_size=30).map(" ".join))
def test_mark_items_as_before_on_generated_texts(text):
    new, old = _both(text, person_items.mark_items, _old_mark_items, _item_args)
    assert new == old, text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_POSTER_PIECES), min_size=1, max_size=30).map(" ".join))
def test_mark_posters_as_before_on_generated_texts(text):
    new, old = _both(text, person_posters.mark_posters, _old_mark_posters, _poster_args)
    assert new == old, text


_ITEM_FRAMES = ["Van: Nabin\ncc: Keza, de coördinator", "Siham\tvrijwilliger\t2022", '"Dawit";"animator";"ja"',
                "Winnaar van de quiz: Tobi!", "14u-18u: Shirin (bar)", "Wie deed de muziek? Ayesha, natuurlijk.",
                "Wie brengt wat? Chips: Wietske. Drank: Nabin.", "Bestelling #4471 — klant: Siham —",
                "Locatie: Gent\nMateriaal: Touw", "Wietske: geen noten\nDefne: lactosevrij"]
_POSTER_FRAMES = ["STEM JORINDE KALFSVEL VOOR BURGEMEESTER", "GEZOCHT: WUBBO OUDELAND HEEFT ONZE BAL NOG",
                  "NOGMAALS BEDANKT JORINDE KALFSVEL!!!", "WIE HEEFT WIEBKE GEZIEN?", "“WUBBO WAS HIER”",
                  "We zagen een spandoek:\nLANG LEVE ZOMER SCHIPPER\nen nog meer", "OOK ABCDE FGHIJ " * 40,
                  "Uitslag: 1. NG Wei 2. LI Na 3. PARK Ji-woo"]


_FAMILY_PIECES = ["NG", "Wei", "LI", "Na", "PARK", "Ji-woo", "DO", "Thi", "Hanh", "MS", "Teams", "OH", "Wonder", "LU",
                  "Xinyi", "ABCDE", "OOK", "Jorinde", "KALFSVEL", "Re", "Mi", " ", " ", "\n", ",", "Zone", "FAN", "Gent"]


def _family_args(_caps):
    return load_lexicon(), 0.5, detect._NOT_OVERRIDDEN


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_FAMILY_PIECES), min_size=1, max_size=24).map(" ".join))
def test_mark_caps_family_first_as_before_on_generated_texts(text):
    new, old = _both(text, person_east_asian.mark_caps_family_first, _old_mark_caps_family_first, _family_args)
    assert new == old, text


def test_mark_caps_family_first_marks_on_frames():
    frames = ["De winnaar: NG Wei, daarna LI Na en PARK Ji-woo.", "Met DO Thi Hanh op kamp.", "Via MS Teams."]
    marked = []
    for text in frames:
        new, old = _both(text, person_east_asian.mark_caps_family_first, _old_mark_caps_family_first, _family_args)
        assert new == old
        marked.append(any(p for p, _s, _r in new))
    assert marked == [True, True, False]


@pytest.mark.parametrize("text", _ITEM_FRAMES)
def test_mark_items_as_before_on_frames(text):
    new, old = _both(text, person_items.mark_items, _old_mark_items, _item_args)
    assert new == old


def test_mark_items_frames_do_mark():
    # (no empty check: the frames hold items the rule marks)
    marked = sum(any(p for p, _s, _r in _both(t, person_items.mark_items, _old_mark_items, _item_args)[0])
                 for t in _ITEM_FRAMES)
    assert marked >= 5


@pytest.mark.parametrize("text", _POSTER_FRAMES)
def test_mark_posters_as_before_on_frames(text):
    new, old = _both(text, person_posters.mark_posters, _old_mark_posters, _poster_args)
    assert new == old


def test_mark_posters_frames_do_mark():
    marked = sum(any(p for p, _s, _r in _both(t, person_posters.mark_posters, _old_mark_posters, _poster_args)[0])
                 for t in _POSTER_FRAMES)
    assert marked >= 4


# -- whole reports with the plain paths put back ----------------------------------------------------

class _Everything:
    """A set that holds every word (``_OPENER_HEADS`` so: every opener compared, as before)."""

    def __contains__(self, _item) -> bool:
        return True


@pytest.fixture
def plain(monkeypatch):
    """The old paths: the slot patterns searched before every capitalised word, the old poster
    marking, every opener compared, the credit searched wherever a colon stands before a quotation."""

    def put_back():
        monkeypatch.setattr(person_items, "_marked_before", lambda text, lo, at: True)
        monkeypatch.setattr(person_posters, "mark_posters", _old_mark_posters)
        monkeypatch.setattr(person_posters, "_OPENER_HEADS", _Everything())
        monkeypatch.setattr(inline, "_colon_ends", _old_colon_gate)
        monkeypatch.setattr(person_east_asian, "mark_caps_family_first", _old_mark_caps_family_first)
        inline._quotations.cache_clear()

    return put_back


def _outputs(text):
    report = speaker_report(text, summary=f"Een avond. Wubbo Oudeland gaf de sessie. {text}")
    out = anonymiser.anonymise_report(report, anonymiser.Options.from_dict({}))
    return (out.sections, [(q.text, q.speaker, q.attribution) for q in out.quotes],
            repr(out.private.get("anonymisation")), anonymise_text(text))


_REPORT_TEXTS = _ITEM_FRAMES + _POSTER_FRAMES + [
    'Jorinde Kalfsvel: "Zonder die bus konden we nergens heen."\nWiebke zegt: "nee".',
    "Zo zei Maaike het:\n“We gaan naar zee.” En Wubbo: “ja”.",
]


@pytest.mark.parametrize("text", _REPORT_TEXTS)
def test_reports_as_before(plain, text):
    fast = _outputs(text)
    plain()
    assert _outputs(text) == fast


def test_fixtures_as_before(plain):
    paths = sorted(FIXTURES.glob("*.txt"))
    assert paths
    texts = [p.read_text(encoding="utf-8") for p in paths]
    fast = [anonymise_text(t) for t in texts]
    plain()
    assert [anonymise_text(t) for t in texts] == fast
