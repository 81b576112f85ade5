"""Session 19's speed changes give what the plain code gives (issue 11's speed targets).

* ``person_lists``: the person frames are found on the lower-case text without re.IGNORECASE
  (``scan.finditer_lowered``), the same matches as the IGNORECASE pattern on the text as written;
* ``replace.sentence_shape``: the last word before a span from one ``findall``;
* ``keep_french.protect_french``: a capitalised word the rules do not read (no opener, no
  preposition, no article right before it) is passed first.

Compared with the plain code on hypothesis' texts and on hostile characters (the four letters
re.IGNORECASE matches with an ASCII letter, capitals outside ASCII); what the fast paths produce
is checked, never how long they take.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from perskamer.plugins.anonymise import keep_french, person_lists, replace
from perskamer.plugins.anonymise.detect import Knowledge, analyse
from perskamer.plugins.anonymise.scan import finditer_lowered

# invented names; the pieces of person frames in every case, and characters that fold oddly
_PIECES = ["Van links naar rechts", "VLNR", "(v.l.n.r.)", "v. l. n. r.", "Op de foto", "AANWEZIG:",
           "Sprekers van dienst:", "ACHTERAAN Wietse", "vooraan ÉLODIE", "Links Ömer", "met Pieterjan",
           "MET Pieterjan", "samen  met Elvire", "dikke dank aan", "Merci à", "Thanks to", "gemaakt door",
           "de gauche à droite", "De Gauche À Droite", "présents :", "PRÉSENTS:", "geïnterviewden:",
           "GEÏNTERVIEWDEN :", "ſprekers:", "İn het midden Wietse", "K", "ı", "é", "Ÿ", "ÿ", "Þ", "ß", "la",
           " ", "  ", "\n", "\t", "\u00a0", ".", ",", ":", "(", ")", "en", "Moderator: Storm", "Jury: Ilke, Bavo"]
_texts = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join) | st.text(max_size=200)


def _sig(matches) -> list[tuple]:
    return [(m.start(), m.end(), m.lastgroup, m.groups()) for m in matches]


@settings(max_examples=400, deadline=None)
@given(_texts)
def test_frames_on_the_lower_case_text_are_the_frames_as_written(text):
    plain = _sig(person_lists._FRAME_RE.finditer(text))
    assert _sig(finditer_lowered(person_lists._FRAME_RE, person_lists._FRAME_LOWER_RE, text, text.lower())) == plain


def test_the_lower_case_pattern_keeps_the_flag_on_its_letter_classes_only():
    pattern = person_lists._FRAME_LOWER_RE
    assert not pattern.flags & re.IGNORECASE
    rest = re.sub(r"\(\?P<\w+>|\\[a-zA-Z]|\(\?i:\[[^]]*\]\)", "", pattern.pattern)
    assert [c for c in rest if c.isalpha() and not c.islower()] == []


def test_a_frame_in_any_case_lists_its_people():
    for head in ("Op de foto:", "OP DE FOTO:", "op de foto:", "AANWEZIG:", "Aanwezig:", "Van links naar rechts:"):
        text = f"{head} Wietse Landuyt en Elvire Cnockaert."
        assert [name for _s, _e, name in person_lists.listed_people(text)] == ["Wietse Landuyt", "Elvire Cnockaert"], text
    assert [n for _s, _e, n in person_lists.listed_people("VLNR: Wietse, Elvire en Bavo.")] == ["Wietse", "Elvire", "Bavo"]


_SHAPE_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _shape_before_session_19(text: str, start: int, end: int) -> str:
    def word(m):
        if m is None:
            return ""
        w = m.group(0)
        return "X" if w[0].isupper() else w[:20]

    before = text[max(0, start - 40):start]
    after = text[end:end + 40]
    cut_b = max(before.rfind("\n"), before.rfind(". "), before.rfind("? "), before.rfind("! "))
    before = before[cut_b + 1:] if cut_b >= 0 else before
    after = re.split(r"\n|[.?!](?:\s|$)", after, maxsplit=1)[0]
    prev = word(list(_SHAPE_WORD.finditer(before))[-1] if _SHAPE_WORD.search(before) else None)
    nxt = word(_SHAPE_WORD.search(after))
    return " ".join(w for w in (prev, "_", nxt) if w)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="aAbZé É'’-_ 1.?!\n\tqLKJ", max_size=120), st.data())
def test_sentence_shape_is_the_plain_shape(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert replace.sentence_shape(text, start, end) == _shape_before_session_19(text, start, end)


class _Everything:
    def __contains__(self, _item) -> bool:
        return True


_FRENCH = ["« Avec Espérance, on a parlé avec Désiré chez Olive. »", "Il est là. Comme disait Wietse, c'est nous.",
           "Notre échevine Elvire a dit: pendant le Nowruz à la Maison de Quartier.", "Je pense dat Jij en Bavo",
           "Selon Ilke Vandaele, les Jeunes du Coin", "Chez Bavo, on mange.", "Elle a dansé avec Désiré Nkulu."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_FRENCH + ["Wietse en Elvire", "De Les Bavo", "la Ferme du Vieux", "\n", " "]),
                min_size=1, max_size=8).map(" ".join))
def test_french_keep_rules_pass_only_words_they_do_not_read(monkeypatch_text):
    fast = analyse(monkeypatch_text, Knowledge())
    saved = keep_french._READ_HERE
    keep_french._READ_HERE = _Everything()  # (every capitalised word read: the plain loop)
    try:
        plain = analyse(monkeypatch_text, Knowledge())
    finally:
        keep_french._READ_HERE = saved
    assert [(s.start, s.end, s.rule, s.confidence, s.kind) for s in fast.spans] == [
        (s.start, s.end, s.rule, s.confidence, s.kind) for s in plain.spans]
