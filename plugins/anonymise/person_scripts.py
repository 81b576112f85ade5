"""A person's name in a script other than Latin, next to its masked Latin spelling (issue 11,
session 26, s26-script; rule 50 of docs/anonymisation.md).

A newcomer's name is often written twice: in the person's own script and in Latin letters
("<arabisch> / Youssef – 15 – Homs", "Zhang Wei (<han>)", "Ze heet Luwam, of <ge'ez> in haar
eigen schrift"). The detector masks the Latin spelling; the native spelling stood in no slot the
word rules read, so it was published beside the label (s26-fold's fixed scorer found three on
T22). Rule: a run of words in a script other than Latin that stands in apposition to a masked
person -- joined by "/", in brackets right after or before it, after "of", "ofwel", "alias",
"geschreven als", "in het <taal>", or right next to it on its line (a transliteration pair on a
card) -- is the same person and gets the same label. A run is one or more words of the scripts the
detector already knows as non-Latin (:func:`.person_uncased.uncased`: Arabic, Hebrew, Ge'ez, the
Indic scripts, Thai, Han, Kana, Hangul, Georgian ...; and the cased scripts of
``detect._OTHER_CASED_SCRIPT_RE``: Greek, Cyrillic, Armenian), one space apart.

The same runs joined to a masked person by a list's comma or "en" ("Met dank aan <P>, <run> en
<P>") are persons of their own (a list of names names persons), and a run opening a line as a
name-wall card does ("<run> – 13 – <stad>") is one. A run elsewhere in a sentence (a word on the
board, a greeting, a slogan) stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .person_uncased import uncased

#: Marks written inside a word of the scripts without capitals (vowel signs, viramas, points):
#: ``\\w`` holds none of them (detect._MARKS spells them out; this is its span).
_MARK = "\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0900-\u0dff\u0e31-\u0e4e\u0eb1-\u0ecd\u0f18-\u0fbc\u102b-\u109d\u17b4-\u17dd\u3099\u309a"
_WORD = r"(?:[^\W\d_]|[" + _MARK + r"])+(?:['’\-](?:[^\W\d_]|[" + _MARK + r"])+)*"
_WORD_RE = re.compile(_WORD)
#: A word wholly in a cased script other than Latin: Greek, Cyrillic, Armenian (as detect reads them).
_OTHER_CASED_RE = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff\u0400-\u052f\u0531-\u058f'’-]+")
#: A word in a script without spaces between words may hold a middle dot ("・", "·") of a name's parts.
_DOTS = "・·"

#: What joins two spellings of one name: a slash, a bracket, "of"/"ofwel"/"alias"/"aka",
#: "geschreven als", "in het <Taal>", or one space (a pair on a card's line).
_JOINER_WORDS = (r"(?:geschreven\s+als|gespeld\s+als|in\s+het\s+\w+|in\s+(?:haar|zijn|hun)\s+\w+|oftewel|ofwel|of|alias"
                 r"|aka|a\.k\.a\.|ook)")
_JOIN_AFTER_RE = re.compile(r"\A(?:[ \t]*/[ \t]*|[ \t]*\([ \t]*|,?[ \t]+" + _JOINER_WORDS + r"[ \t]*[:,]?[ \t]*\(?[ \t]*|[ \t]+)")
_JOIN_BEFORE_RE = re.compile(r"(?:[ \t]*/[ \t]*|[ \t]*\([ \t]*|[ \t]+)\Z")
#: A list's joiner between two members: a comma, "en", "&".
_LIST_AFTER_RE = re.compile(r"\A(?:[ \t]*,[ \t]*|[ \t]+(?:en|&)[ \t]+|[ \t]*،[ \t]*)")
_LIST_BEFORE_RE = re.compile(r"(?:[ \t]*,[ \t]*|[ \t]+(?:en|&)[ \t]+|[ \t]*،[ \t]*)\Z")
#: A name-wall card's line: a run, a dash, an age ("<run> – 13 – <stad>").
_CARD_AFTER_RE = re.compile(r"[ \t]*[–—-][ \t]*\d{1,2}\b")


#: Any letter of a script other than Latin that a run may hold (the gate: most quotes hold none).
_ANY_SCRIPT_RE = re.compile(
    "[\u0370-\u03ff\u1f00-\u1fff\u0400-\u052f\u0531-\u058f\u0590-\u05ff\u0600-\u06ff\u0700-\u074f\u0750-\u077f"
    "\u0780-\u07bf\u08a0-\u08ff\u0900-\u0dff\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u10d0-\u10ff\u1100-\u11ff"
    "\u1200-\u139f\u1780-\u17ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
    "\ufb1d-\ufdff\ufe70-\ufeff]"
)


def has_script(text: str) -> bool:
    """Whether ``text`` holds a letter of a script other than Latin at all."""
    return _ANY_SCRIPT_RE.search(text) is not None


def script_word(word: str) -> bool:
    """Whether ``word`` is written wholly in a script other than Latin (and holds a letter)."""
    core = word.strip("'’-")
    return bool(core) and (uncased(core) or _OTHER_CASED_RE.fullmatch(core) is not None)


def _run_after(text: str, pos: int) -> tuple[int, int] | None:
    """The run of script words starting at ``pos`` (one space or a name's dot apart), or None."""
    end = pos
    m = _WORD_RE.match(text, pos)
    if m is None or not script_word(m.group(0)):
        return None
    end = m.end()
    while True:
        gap = re.match(r"[ " + _DOTS + r"]", text[end : end + 1])
        if gap is None:
            break
        n = _WORD_RE.match(text, end + 1)
        if n is None or not script_word(n.group(0)):
            break
        end = n.end()
    return pos, end


def _run_before(text: str, end: int) -> tuple[int, int] | None:
    """The run of script words ending at ``end``, or None."""
    start = end
    found = False
    while True:
        m = re.search(_WORD + r"\Z", text[max(0, start - 60) : start])
        if m is None:
            break
        word_start = start - len(m.group(0))
        if not script_word(m.group(0)) or (word_start > 0 and (text[word_start - 1].isalnum())):
            break
        found = True
        start = word_start
        if start > 0 and text[start - 1] in " " + _DOTS and start > 1 and not text[start - 2].isspace():
            start -= 1
            continue
        break
    if not found:
        return None
    if text[start] in " " + _DOTS:
        start += 1
    return start, end


def partners(text: str, spans: list[tuple[int, int]]) -> Iterator[tuple[int, int, int, str]]:
    """The script runs that name a person of ``spans`` (start, end of each masked person):
    ``(start, end, index of the person, how)``; ``how`` is "same" (apposition: the same person's
    other spelling) or "list" / "card" (a person of its own). Each run once, no run inside a span."""
    taken = sorted(spans)
    seen: set[tuple[int, int]] = set()

    def free(run: tuple[int, int]) -> bool:
        return run not in seen and not any(s < run[1] and run[0] < e for s, e in taken)

    for idx, (start, end) in enumerate(spans):
        line_end = text.find("\n", end)
        rest = text[end : len(text) if line_end < 0 else line_end]
        if (m := _JOIN_AFTER_RE.match(rest)) is not None and (run := _run_after(text, end + m.end())) and free(run):
            seen.add(run)
            yield run[0], run[1], idx, "same"
        elif (m := _LIST_AFTER_RE.match(rest)) is not None and (run := _run_after(text, end + m.end())) and free(run):
            seen.add(run)
            yield run[0], run[1], idx, "list"
        line_start = text.rfind("\n", 0, start) + 1
        head = text[line_start:start]
        if (m := _JOIN_BEFORE_RE.search(head)) is not None and (run := _run_before(text, line_start + m.start())) and free(run):
            seen.add(run)
            yield run[0], run[1], idx, "same"
        elif (m := _LIST_BEFORE_RE.search(head)) is not None and (run := _run_before(text, line_start + m.start())) and free(run):
            seen.add(run)
            yield run[0], run[1], idx, "list"


#: A credit's or a sign-off's label whose whole value names persons: "Foto: <run>", "Gemaakt door:
#: <run> en <run>", "Groetjes,\n<run>".
_CREDIT_RE = re.compile(
    r"(?im)^[ \t]*(?:foto(?:'s)?|beeld|tekening(?:en)?|illustratie|tekst|interview|vertaling|(?:gemaakt|geschreven|"
    r"opgeschreven|getekend|vertaald|gefotografeerd|gedeeld|ingestuurd)[ \t]+door|met[ \t]+dank[ \t]+aan|dank[ \t]+aan|"
    r"groetjes|groeten|liefs|namens|vrijwilligers(?:[ \t]+van[ \t]+de[ \t]+dag)?|deelnemers|leiding|namen)"
    r"[ \t]*[:,]?[ \t]*\n?[ \t]*"
)


def card_runs(text: str) -> Iterator[tuple[int, int]]:
    """Script runs that are persons by their line's shape: a run opening a line as a name-wall card
    does ("<run> – 13 – <stad>"), and a credit's or sign-off's whole value ("Foto: <run>",
    "Gemaakt door: <run> en <run>"): each run up to the line's end, joined by commas or "en"."""
    if not has_script(text):
        return
    for m in re.finditer(r"(?m)^[ \t]*(?:[-*•][ \t]+)?", text):
        run = _run_after(text, m.end())
        if run and _CARD_AFTER_RE.match(text, run[1]):
            yield run
    for m in _CREDIT_RE.finditer(text):
        runs: list[tuple[int, int]] = []
        pos = m.end()
        while (run := _run_after(text, pos)) is not None:
            runs.append(run)
            joiner = _LIST_AFTER_RE.match(text[run[1] : run[1] + 8])
            if joiner is None:
                break
            pos = run[1] + joiner.end()
        else:
            runs = []
        if runs and re.match(r"[ \t.!]*(?:\n|\Z)", text[runs[-1][1] :]):
            yield from runs


def has_latin(text: str) -> bool:
    """Whether ``text`` holds a Latin letter (another spelling of a name is read beside a Latin
    one only: two runs of one script next to each other are one run, no transliteration)."""
    return re.search(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]", text) is not None


#: A capitalised Latin word (a name's part: letters, an inner hyphen or apostrophe).
_LATIN_WORD = r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff\u0100-\u024f]+(?:[-'’][A-Za-z\u00c0-\u024f]+)*"
#: One or two capitalised Latin words ("Wang Fang") right before a joiner and a script run, or after one.
_PAIR_BEFORE_RE = re.compile(r"(?<![\w-])(" + _LATIN_WORD + r"(?:[ ]" + _LATIN_WORD + r")?)"
                             r"(?:[ \t]*/[ \t]*|[ \t]*\([ \t]*|,?[ \t]+(?:of|ofwel|oftewel|alias|geschreven\s+als)[ \t]+)\Z")
_PAIR_AFTER_RE = re.compile(r"(?:[ \t]*/[ \t]*|[ \t]*\([ \t]*)(" + _LATIN_WORD + r"(?:[ ]" + _LATIN_WORD + r")?)(?![\w-])")
_SCRIPT_START_RE = re.compile(r"(?<![\w" + _MARK + r"])" + _WORD)


def latin_partners(text: str, runs: list[tuple[int, int]], name_like) -> Iterator[tuple[int, int]]:  # noqa: ANN001
    """The capitalised Latin spelling right beside a script run (joined by "/", brackets, "of",
    "ofwel", "alias", "geschreven als") that ``name_like`` takes for a name (each word no Dutch
    word, place, brand or language the lists hold): the other direction of rule 58, "Arpine /
    <armeens>" where the Armenian spelling is masked, and "<han> / Xiuying" where neither was."""
    for start, end in runs:
        head = text[max(0, start - 60) : start]
        if (m := _PAIR_BEFORE_RE.search(head)) is not None and "\n" not in m.group(0):
            s = start - len(head) + m.start(1)
            if all(name_like(w) for w in m.group(1).split()):
                yield s, s + len(m.group(1))
        if ((m := _PAIR_AFTER_RE.match(text, end)) is not None and "\n" not in m.group(0)
                and all(name_like(w) for w in m.group(1).split())):
            yield m.start(1), m.end(1)


def script_runs(text: str) -> Iterator[tuple[int, int]]:
    """Every run of script words in ``text`` (one space or a name's dot apart)."""
    pos = 0
    while (m := _SCRIPT_START_RE.search(text, pos)) is not None:
        run = _run_after(text, m.start()) if script_word(m.group(0)) else None
        if run is None:
            pos = m.end()
            continue
        yield run
        pos = run[1]
