"""Session 20's exact speed cuts give the answers of the code they replace (issue 11).

Each fast path is checked against what it replaced, written out here, on generated texts
(hypothesis) and on fixed cases that show each finds something. Invented names.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from perskamer.model import Quote, Report
from perskamer.plugins.anonymise import credits, person_lists

# frames (gate words and the spellings only the pattern reads), credits, rows, names, filler
_PIECES = ["Van links naar rechts", "V. l. n. r.", "vlnr", "Op de foto", "Afwezig", "Aanwezig", "Hosts",
           "Sprekers", "Moderator", "In the picture", "Achteraan", "vooraan", "links", "rechts", "met",
           "samen met", "gemaakt door", "dank aan", "bedankt", "© foto", "Beeld", "foto", "(c)",
           ":", " ", "\n", "\n- ", "| ", " |", "• ", ", ", " en ", " & ", ".", "(11)", "(moderator)",
           "Wietse Landuyt", "Elvire Cnockaert", "Bavo", "dr Landuyt", "Prof. Ghesquière", "Storm", "Roos",
           "Chiro Sint-Jan", "de jeugddienst", "twee begeleiders", "penningmeester", "leiding",
           "een dag aan zee", "we speelden buiten", "İstanbul", "Ökkeş"]
_TEXTS = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=14).map("".join)


def _old_listed_people(text: str) -> tuple[tuple[int, int, str], ...]:
    """listed_people as it was before session 20: the gate first."""
    if not text or not person_lists.may_hold_list(text, text.lower()):
        return ()
    return person_lists.listed_people.__wrapped__(text)


def _old_may_hold_any(text: str) -> bool:
    """credits.may_hold_any as it was before session 20."""
    return credits.may_hold_credit(text) or person_lists.may_hold_list(text, text.lower())


@settings(max_examples=600, deadline=None)
@given(_TEXTS)
def test_listed_people_without_the_gate_gives_what_it_gave_behind_it(text):
    assert person_lists.listed_people.__wrapped__(text) == _old_listed_people(text)


@settings(max_examples=600, deadline=None)
@given(_TEXTS)
def test_the_credit_gate_lets_in_every_text_that_credits_someone(text):
    got = credits.credited_people(text) if credits.may_hold_any.__wrapped__(text) else ()
    before = credits.credited_people(text) if _old_may_hold_any(text) else ()
    assert got == before
    if not credits.may_hold_any.__wrapped__(text):
        assert credits.credited_people(text) == ()


@pytest.mark.parametrize("text, names", [
    ("Van links naar rechts: Wietse Landuyt, Bavo en Elvire Cnockaert.", ["Wietse Landuyt", "Bavo", "Elvire Cnockaert"]),
    ("V. l. n. r.: Wietse Landuyt en Elvire Cnockaert", ["Wietse Landuyt", "Elvire Cnockaert"]),
    ("Afwezig: Wietse Landuyt, Elvire Cnockaert.", ["Wietse Landuyt", "Elvire Cnockaert"]),
    ("- Wietse Landuyt, penningmeester", ["Wietse Landuyt"]),
])
def test_a_frame_or_a_role_row_is_still_listed_and_credited(text, names):
    listed = [name for _s, _e, name in person_lists.listed_people.__wrapped__(text)]
    assert listed == names
    assert credits.may_hold_any.__wrapped__(text)
    assert [c.text for c in credits.credited_people(text)] == names


@pytest.mark.parametrize("text", ["Een dag aan zee, vooraan het strand.", "We speelden buiten met de leiding.", ""])
def test_a_text_without_a_frame_lists_and_credits_nobody(text):
    assert person_lists.listed_people.__wrapped__(text) == ()
    assert not credits.may_hold_any.__wrapped__(text)


def _old_sentence_shape(text: str, start: int, end: int) -> str:
    """replace.sentence_shape as session 19 left it (worked out per span)."""
    import re

    word_re = re.compile(r"[^\W\d_][\w'’-]*")
    before = text[max(0, start - 40):start]
    after = text[end:end + 40]
    cut_b = max(before.rfind("\n"), before.rfind(". "), before.rfind("? "), before.rfind("! "))
    before = before[cut_b + 1:] if cut_b >= 0 else before
    after = re.split(r"\n|[.?!](?:\s|$)", after, maxsplit=1)[0]
    words_before = word_re.findall(before)
    prev = ("X" if words_before[-1][0].isupper() else words_before[-1][:20]) if words_before else ""
    m = word_re.search(after)
    nxt = "" if m is None else ("X" if m.group(0)[0].isupper() else m.group(0)[:20])
    return " ".join(w for w in (prev, "_", nxt) if w)


_SHAPE_PIECES = ["Jan", "Storm", "zegt", "bij", "in", "de", "een heel lange zin over het kamp aan zee", ". ", "? ",
                 "! ", "\n", " ", ", ", "(", ")", "’s", "'t", "14:15", "Élodie", "ça"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_SHAPE_PIECES), min_size=1, max_size=20).map("".join), st.data())
def test_the_remembered_sentence_shape_is_the_shape_worked_out(text, data):
    from perskamer.plugins.anonymise import replace

    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    # (twice: worked out, then remembered; and once more after the memo was emptied)
    assert replace.sentence_shape(text, start, end) == _old_sentence_shape(text, start, end)
    assert replace.sentence_shape(text, start, end) == _old_sentence_shape(text, start, end)
    replace._SHAPES.clear()
    assert replace.sentence_shape(text, start, end) == _old_sentence_shape(text, start, end)


def test_the_shape_memo_is_bounded():
    from perskamer.plugins.anonymise import replace

    replace._SHAPES.clear()
    text = " ".join(f"woord{n} Jan" for n in range(replace._SHAPES_MAX + 50))
    pos = 0
    while (pos := text.find("Jan", pos + 1)) >= 0:
        replace.sentence_shape(text, pos, pos + 3)
    assert 0 < len(replace._SHAPES) <= replace._SHAPES_MAX
    assert replace.sentence_shape("we zagen Jan bij de bakker", 9, 12) == "zagen _ bij"


_EVIDENCE_PIECES = ["Kruidvat", "bij Kruidvat", "Chiro Sint-Jan", "vzw Plonkert", "Zwirrel", "jeugdhuis Zwirrel",
                    "Storm", "Wietse Landuyt", "in het Frans", "Lotte's", "VVSG", "zei", "kocht", " ", ", ", ". ",
                    "\n", "we gingen", "met", "naar"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_EVIDENCE_PIECES), min_size=1, max_size=12).map("".join))
def test_the_strong_words_read_the_tokens_kept_words_was_found_on(text):
    from perskamer.plugins.anonymise import keep_evidence
    from perskamer.plugins.anonymise.detect import Knowledge, kept_words, kept_words_and_tokens, tokenize

    found, toks = kept_words_and_tokens(text, Knowledge())
    assert found == kept_words(text, Knowledge())
    assert [(t.start, t.end, t.folded) for t in toks] == [(t.start, t.end, t.folded) for t in tokenize(text)]
    # (what _strong_words gave when it tokenised the text again)
    kept = {start for start, rule in kept_words(text, Knowledge()).items() if rule in keep_evidence.STRONG_RULES}
    before = frozenset(t.folded for t in tokenize(text) if t.start in kept)
    assert keep_evidence._strong_words(text, Knowledge()) == before


def _evidence_report(summary: str, quote: str) -> Report:
    return Report(source="x.md", slug="x", format="md", title="Verslag", meta={"speakers": ["Wietse Landuyt"]},
                  sections={"summary": summary + " Wietse Landuyt gaf de sessie."},
                  quotes=[Quote(quote, "Wietse Landuyt"), Quote("Daarna gingen we met Bavo naar huis.", None)])


@pytest.mark.parametrize("summary, quote", [
    ("We gingen naar vzw Plonkert in de stad.", "Met Plonkert gaan we verder."),
    ("De jeugdwerking Plonkert was gastheer.", "We zagen Plonkert daar staan."),
    ("Het jeugdhuis Plonkert organiseerde alles.", "We zagen Plonkert daar staan."),
    ("Een avond over de jeugdraad.", "Met Plonkert gaan we verder."),
])
def test_the_keep_evidence_shares_the_reports_text_facts_and_changes_nothing(summary, quote, monkeypatch):
    import copy

    from perskamer.plugins.anonymise import anonymiser, detect

    report = _evidence_report(summary, quote)
    seen: list[str] = []
    original = detect._token_rows

    def counting(text: str) -> tuple:
        seen.append(text)
        return original(text)

    monkeypatch.setattr(detect, "_token_rows", counting)
    shared = anonymiser.anonymise_report(copy.deepcopy(report))
    shared_seen, seen[:] = list(seen), []
    monkeypatch.setattr(anonymiser, "_SHARE_FACTS", False)  # (every analysis from scratch)
    plain = anonymiser.anonymise_report(copy.deepcopy(report))
    assert shared == plain and repr(shared) == repr(plain)
    # (the evidence read the quote when a weak span asked: then the quote was tokenised once)
    if shared_seen.count(quote) or seen.count(quote) > 1:
        assert shared_seen.count(quote) == 1 < seen.count(quote)
