"""Session 18's speed changes give what the plain code gives (issue 11's speed targets).

* :class:`.analysis_memo.AnalysisMemo`: a report's quotes section is anonymised paragraph by
  paragraph and line by line where it is chat; an identical line (a chat log repeats its
  lines) with the same options and the same knowledge is not analysed again. Compared with
  :func:`.detect.analyse` on sequences of texts, options and knowledge writes (hypothesis),
  and whole reports with the memo against the same reports without it. Its bound: it never
  holds more than ``MAX_ENTRIES`` answers, nor a text longer than ``MAX_TEXT``.
* :func:`.published.link_nicknames` counts its direct writes in ``Knowledge.writes``.

What the fast paths produce is checked, never how long they take.
"""

from __future__ import annotations

import copy

import pytest
from anonymise_asserts import speaker_report
from hypothesis import given, settings
from hypothesis import strategies as st

from perskamer.model import Quote, Report
from perskamer.plugins.anonymise import analysis_memo, anonymiser
from perskamer.plugins.anonymise.analysis_memo import AnalysisMemo
from perskamer.plugins.anonymise.detect import Knowledge, analyse
from perskamer.plugins.anonymise.published import link_nicknames

# invented names and lines
_LINES = [
    "[14:15] Jorinde: ja hoor",
    "14:16 wiebke: nee",
    "oke",
    "Groetjes,",
    "Jorinde Kalfsvel",
    "haha jorinde kalfsvel heeft weer de bus gemist",
    "Jorinde Kalfsvel  14:15",
    "mijn camera doet het niet",
    "Hoi Jorinde, dank je wiebke! Dag Maaike.",
    "We gingen met Maaike en Ruben naar het speelplein in Gent.",
    "mail jorinde.kalfsvel@gmail.com of bel 0470 12 34 56",
    "Juni zei dat Mei later kwam.",
    "[persoon 1]: ja hoor",
    "een sessiegever zei dat Bram kwam",
    "",
    "Ruben",
]
_NAMES = ["Jorinde Kalfsvel", "Wiebke", "Maaike", "Ruben Oudeland", "Bram", "Gent"]

_OP = st.one_of(
    st.tuples(st.just("analyse"), st.sampled_from(_LINES), st.sampled_from([None, True, False]),
              st.sampled_from([0.5, 0.6]), st.booleans(), st.booleans(), st.booleans()),
    st.tuples(st.just("add"), st.sampled_from(_NAMES), st.booleans()),
    st.tuples(st.just("allow"), st.sampled_from(_NAMES)),
    st.tuples(st.just("link"), st.sampled_from(["Jorinde Kalfsvel (totem Wezel) was er", "Bram (totem Bever)"])),
)


def _same(a, b) -> bool:
    return a.spans == b.spans and a.uncertain == b.uncertain


@settings(max_examples=150, deadline=None)
@given(st.lists(_OP, max_size=30))
def test_memo_gives_what_analyse_gives(ops):
    know = Knowledge()
    memo = AnalysisMemo(know)
    for op in ops:
        if op[0] == "analyse":
            _, text, chat, conf, lines, deny, unc = op
            got = memo.analyse(text, chat=chat, min_confidence=conf, speaker_lines=lines, deny_unknown=deny,
                               find_uncertain=unc)
            want = analyse(text, know, chat=chat, min_confidence=conf, speaker_lines=lines, deny_unknown=deny,
                           find_uncertain=unc)
            assert _same(got, want), text
            got.spans.clear()  # (a caller's own lists: the next answer is whole)
            got.uncertain.clear()
        elif op[0] == "add":
            know.add(op[1], explicit=op[2])
        elif op[0] == "allow":
            know.add_allow(op[1])
        else:
            link_nicknames([op[1]], know)


def test_memo_remembers_and_forgets_on_a_write():
    know = Knowledge()
    memo = AnalysisMemo(know)
    line = "[14:15] Jorinde: ja hoor"
    first = memo.analyse(line)
    again = memo.analyse(line)
    assert (memo.misses, memo.hits) == (1, 1)
    assert _same(first, again) and first.spans  # (a chat line's sender: not vacuous)
    assert first.spans is not again.spans
    know.add("Ruben Oudeland", explicit=True)
    memo.analyse(line)
    assert (memo.misses, memo.hits) == (2, 1)  # the knowledge changed: worked out again
    memo.analyse(line, chat=True)
    memo.analyse(line, min_confidence=0.6)
    memo.analyse(line, speaker_lines=False)
    memo.analyse(line, deny_unknown=False)
    memo.analyse(line, find_uncertain=False)
    assert (memo.misses, memo.hits) == (7, 1)  # other options: other answers


def test_a_nickname_link_counts_as_a_write():
    know = Knowledge()
    know.add("Jorinde Kalfsvel", explicit=True)
    before = know.writes
    link_nicknames(["Jorinde Kalfsvel (totem Wezel) was er"], know)
    assert know.names.get("wezel") and know.writes > before
    unchanged = know.writes
    link_nicknames(["geen totem hier", "Iemand (totem Bever)"], know)  # (no known name before it: no write)
    assert know.writes == unchanged


def test_memo_is_bounded(monkeypatch):
    monkeypatch.setattr(analysis_memo, "MAX_ENTRIES", 8)
    know = Knowledge()
    memo = AnalysisMemo(know)
    for n in range(50):
        memo.analyse(f"Lijn {n}: ja hoor")
        assert len(memo.entries) <= 8
    long = "We gingen naar zee. " * 200  # (4,000 characters: above MAX_TEXT)
    assert len(long) > analysis_memo.MAX_TEXT
    memo.entries.clear()
    assert _same(memo.analyse(long), analyse(long, know))
    assert not memo.entries  # never remembered
    assert all(len(k[0]) <= analysis_memo.MAX_TEXT for k in memo.entries)


def _chat_report(lines: list[str]) -> Report:
    text = "\n".join(lines)
    return Report(source="r.md", slug="r", format="md",
                  meta={"speakers": ["Wubbo Oudeland (Jeugddienst)"], "reporter": "Sander Wuyts"},
                  sections={"summary": "Een avond over de jeugdraad. Wubbo Oudeland gaf de sessie.",
                            "quotes": "“" + text + "” – Wubbo Oudeland\n\n" + text + "\n\n" + text},
                  quotes=[Quote(text=text, speaker="Wubbo Oudeland")])


class _NoMemo(AnalysisMemo):
    """The memo switched off: every call analysed."""

    def analyse(self, text, **kw):  # type: ignore[override]
        return analyse(text, self.knowledge, **kw)


_CHAT_LOGS = [
    ["[14:15] Jorinde: ja hoor", "14:16 wiebke: nee"] * 40,
    ["Jorinde Kalfsvel  14:15", "mijn camera doet het niet"] * 30,
    ["haha jorinde kalfsvel heeft weer de bus gemist", "[14:15] maaike: ok", "oke"] * 25,
    ["Groetjes,", "Jorinde Kalfsvel", "", "14:15:02 From Wiebke Dierickx to Everyone: hoi allemaal"] * 20,
]


@pytest.mark.pure_python
@pytest.mark.parametrize("scope", ["quotes", "all"])
@pytest.mark.parametrize("lines", _CHAT_LOGS)
def test_reports_with_the_memo_are_as_without(monkeypatch, lines, scope):
    opts = {"scope": scope, "speaker_label": "numbered"} if scope == "all" else {}
    with_memo = anonymiser.anonymise_report(_chat_report(lines), opts)
    monkeypatch.setattr(anonymiser, "AnalysisMemo", _NoMemo)
    without = anonymiser.anonymise_report(_chat_report(lines), opts)
    assert with_memo == without
    # and no name is left (what the fast path produces)
    published = with_memo.sections["quotes"] + " ".join(q.text for q in with_memo.quotes)
    for name in ("Jorinde", "jorinde", "Kalfsvel", "kalfsvel", "Wiebke", "wiebke", "maaike", "Oudeland"):
        assert name not in published


@pytest.mark.pure_python
def test_the_memo_is_used_on_a_repeated_chat_log(monkeypatch):
    made: list[AnalysisMemo] = []

    class Spy(AnalysisMemo):
        def __init__(self, knowledge):
            super().__init__(knowledge)
            made.append(self)

    monkeypatch.setattr(anonymiser, "AnalysisMemo", Spy)
    anonymiser.anonymise_report(copy.deepcopy(_chat_report(_CHAT_LOGS[0])), {})
    assert made and made[0].hits > made[0].misses


# --- per-line and per-word fast paths -----------------------------------------------------

_LAYOUT_LINES = st.sampled_from([
    "Groetjes,", "Jorinde Kalfsvel", "Met vriendelijke groeten", "Wiebke Van der Dierickx 14:15", "[10:15] Maaike",
    "mijn camera doet het niet", "", "  ", "Tot dan!", "Jorinde, 10:32 AM", "Liefs,", "De leiding", "x" * 90,
    "Jorinde Kalfsvel  14:15", "Cheers, Bram", "14:16 wiebke: nee",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(_LAYOUT_LINES, min_size=1, max_size=12), min_size=1, max_size=4), st.data())
def test_name_run_per_line_is_the_lines_answer(texts, data):
    from perskamer.plugins.anonymise import person_layout
    from perskamer.plugins.anonymise.detect import _lines_of

    for rows in texts * 2:  # (each text asked again after the others: the memo is the last text's)
        text = "\n".join(rows)
        lines = _lines_of(text)
        for at in data.draw(st.lists(st.integers(0, len(text)), max_size=20)):
            idx = __import__("bisect").bisect_right(lines[1], at) - 1
            assert person_layout._name_run(lines, at) == person_layout._line_name_run(lines, idx)
    # not vacuous: a sign-off's name is found
    lines = _lines_of("Groetjes,\nJorinde Kalfsvel\n")
    assert person_layout._name_run(lines, 12) == (10, 26, person_layout.SIGN_OFF)


def _plain_foreign_slot(text, toks, i, english, lex) -> str:
    """person_foreign_slots.foreign_preposition_slot as it was before session 18."""
    from perskamer.plugins.anonymise.detect import PARTICLES, _split_compound, _thing_compound
    from perskamer.plugins.anonymise.person_foreign_slots import _ENGLISH, _FRENCH, _PAIRS

    tok = toks[i]
    f = tok.folded
    if i == 0 or not tok.cap or tok.allcaps or len(f) < 3 or f in PARTICLES:
        return ""
    prev = toks[i - 1]
    if text[prev.end : tok.start] != " ":
        return ""
    p = prev.folded
    if p in _FRENCH:
        why = f"after the French '{prev.text}'"
    elif i >= 2 and (toks[i - 2].folded, p) in _PAIRS and text[toks[i - 2].end : prev.start] == " ":
        if toks[i - 2].folded in ("according", "thanks") and f in english:
            return ""
        why = f"after '{toks[i - 2].text} {prev.text}'"
    elif p in _ENGLISH and f not in english:
        why = f"after the English '{prev.text}'"
    else:
        return ""
    if lex.is_word(f) or "-" in f or _thing_compound(f, lex) or _split_compound(f, lex):
        return ""
    return why


_FOREIGN_WORDS = st.sampled_from([
    "avec", "chez", "selon", "grâce", "grace", "à", "d'après", "according", "to", "thanks", "with", "Avec", "WITH",
    "Désiré", "Olive", "Espérance", "Van", "De", "Jorinde", "Awel", "Pukkelpop", "Ter", "Wiebke-Anne", "ABC", "Jo",
    "and", "the", "met", "Camp", "Jeugdhuis", "we", "talked", ",", "«",
])


@settings(max_examples=200, deadline=None)
@given(st.lists(_FOREIGN_WORDS, min_size=1, max_size=14), st.sampled_from([" ", "  ", ", "]))
def test_foreign_preposition_slot_as_before(words, sep):
    from perskamer.plugins.anonymise.detect import _tokenize
    from perskamer.plugins.anonymise.lexicon import english_words, load_lexicon
    from perskamer.plugins.anonymise.person_foreign_slots import foreign_preposition_slot

    lex = load_lexicon()
    text = sep.join(words) if len(words) % 3 else " ".join(words)
    toks = _tokenize(text)[0]
    for i in range(len(toks)):
        assert foreign_preposition_slot(text, toks, i, english_words(), lex) == _plain_foreign_slot(
            text, toks, i, english_words(), lex)
    text = "We talked with Jorinde and Wiebke, thanks to Maaike, avec Olive"
    toks = _tokenize(text)[0]
    assert [foreign_preposition_slot(text, toks, i, english_words(), lex) for i in (3, 8, 10)] == [
        "after the English 'with'", "after 'thanks to'", "after the French 'avec'"]


# --- the harvest's TextFacts of a section reused by its anonymising ---------------------------

#: the summary of the one-paragraph reports (it names one more person)
_SUMMARY = "Een avond over de jeugdraad met Maaike. Wubbo Oudeland gaf de sessie."

_PARAGRAPHS = [
    "Groetjes,\nJorinde Kalfsvel\n" * 6,
    "We talked with Jorinde and Wiebke at the camp, thanks to Maaike. " * 5,
    "« Oui », explique Jorinde Kalfsvel. Avec Espérance, on a parlé avec Désiré chez Olive. " * 4,
    "Jan (" * 30,
    "Juni zei dat Mei later kwam. Ruben Oudeland vond het in Gent veel te kort. " * 4,
    "mail jorinde.kalfsvel@gmail.com of bel 0470 12 34 56, @jorinde_k op insta. " * 3,
]


@pytest.mark.pure_python
@pytest.mark.parametrize("scope", ["quotes", "all"])
@pytest.mark.parametrize("text", _PARAGRAPHS)
def test_sections_with_their_harvest_facts_are_as_without(monkeypatch, text, scope):
    opts = {"scope": scope, "speaker_label": "numbered"} if scope == "all" else {}
    shared = anonymiser.anonymise_report(speaker_report(text, _SUMMARY), opts)
    monkeypatch.setattr(anonymiser, "_SHARE_FACTS", False)
    plain = anonymiser.anonymise_report(speaker_report(text, _SUMMARY), opts)
    assert shared == plain
    for name in ("Jorinde", "Kalfsvel", "Wiebke", "Maaike", "Oudeland", "jorinde.kalfsvel"):
        assert name not in shared.sections["quotes"]


@pytest.mark.pure_python
def test_the_quotes_sections_harvest_facts_are_used(monkeypatch):
    from perskamer.plugins.anonymise import detect

    used: list[str] = []
    holds = detect.TextFacts.holds

    def spy(self, text, lex):
        ok = holds(self, text, lex)
        if ok:
            used.append(text)
        return ok

    monkeypatch.setattr(detect.TextFacts, "holds", spy)
    report = speaker_report(_PARAGRAPHS[0], _SUMMARY)
    section = report.sections["quotes"]
    anonymiser.anonymise_report(report, {})
    assert used.count(section) == 2  # its harvest and its first round
