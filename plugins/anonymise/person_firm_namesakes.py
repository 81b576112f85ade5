"""A firm named after a person of the report: the name is masked in the firm's name too
(session 23, s23-privacy; issue 11 point 4, re-identification).

Session 12's policy keeps a family firm's name ("Bakkerij Ooms", "Garage Lemmens", "Brasserie
X"): a shop is no person. But when the same report uses that word as a PERSON's name --
"Bakkerij Ooms bakte de taart. Mevrouw [persoon 1] zei ...", "Slagerij Baert leverde worsten.
[persoon 1] is onze trainer", a summary thanking "Traiteur Dujardin" and a quote "[persoon 1]
vertelde hoe hij begon" -- the kept firm's name gives the masked person's name back to every
reader. The protective default (docs/decisions.md, session 23): a word the report uses as a
person's name is masked everywhere in that report, the firm's name included.

Evidence of "used as a person's name": a person span of the same text (any rule: the text's own
decision), or the report's knowledge of names (``Knowledge.names``: speakers, credits, the deny
list and what the harvest learned from the report's texts). What is masked: the capitalised word
(with the particles before it, "Drukkerij Van Loo") right after an organisation's or a
business's noun, capitalised or not (``keep_firms.firm_head``, ``keep_context._BUSINESS_NOUNS``,
``word_classes._INSTITUTIONS``: "Brasserie", "Garage", "Kapsalon", "Bouwbedrijf", "Café",
"bakkerij"); the noun stays ("Bakkerij [persoon 1]"). Nothing else changes: the word alone
elsewhere is judged by the person rules as before.

Gate: a text with no person span and no word of the report's names is not read (most texts).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from .keep_context import _BUSINESS_ENDINGS, _BUSINESS_NOUNS
from .keep_firms import _firm_head_cached
from .word_classes import _INSTITUTIONS

if TYPE_CHECKING:
    from .detect import Knowledge, Span, Token
    from .lexicon import Lexicon

RULE = "name of a person of the report in a firm's name"
#: Particles between a firm's noun and the family name: "Drukkerij Van Loo", "Garage Vanden Berghe".
_PARTICLES = frozenset({"van", "vande", "vanden", "vander", "de", "der", "den", "ter", "ten", "le", "la", "du", "d"})
_WORD_RE = re.compile(r"[^\W\d_]{3,}")
_HEAD_AND_REST_RE = re.compile(r"([^\W\d_]{3,}) (\S.*)")
_HEAD_BEFORE_RE = re.compile(r"(?<![\w-])([^\W\d_]{3,}) \Z")
_PARTICLE_BEFORE_RE = re.compile(r"(?<![\w-])([^\W\d_]{1,6}) \Z")
_HEADS = frozenset({*_BUSINESS_NOUNS, *_INSTITUTIONS, "vzw", "stichting", "firma", "bedrijf", "zaak"})


def _head(tok: Token, lex: Lexicon) -> bool:
    f = tok.folded
    # (a business noun's compound: "IJssalon", "Fietsenwinkel" -- session 24, s24-leftovers)
    return (f in _HEADS or _firm_head_cached(f, tok.text.lower(), lex)
            or len(f) >= 7 and f.endswith(_BUSINESS_ENDINGS) and f.isalpha() and f not in lex.surnames)


#: A person's reading at this confidence or more is spread to a firm's name (below it: a shape or a
#: weak position alone, "proper noun no list knows", 0.6).
SURE = 0.8


def _sure(key: str | None, confidence: float, know: Knowledge) -> bool:
    """Whether a person's reading is sure enough to mask a firm's name: its own confidence, and --
    for a name the report learned from its texts -- the evidence it was first learned on."""
    if confidence < SURE:
        return False
    if key is None or key in know.explicit:
        return True
    learned = know.learned.get(key)
    return learned is None or learned[1] >= SURE


def firm_namesakes(text: str, toks: list[Token], spans: list[Span], know: Knowledge, lex: Lexicon) -> list[Span]:
    """Person spans for the words of ``text`` that name a firm after a person of the report
    (see the module); ``spans``: the text's spans so far (sorted, not overlapping).

    Every person reading that stays masked is spread, weak ones too (session 24, s24-privacy: "Café
    Oyelaran ... Oyelaran gaf ons een rondje" -- the text masks the word as a person's name, so a
    firm's name holding it gives that name back; the protective default, docs/decisions.md). The
    word takes the key of the first span holding it, in text order."""
    from .detect import Span

    persons = [sp for sp in spans if sp.kind == "person"]
    names = know.names
    if not persons and not names and not know.place_parts:
        return []
    starts = [sp.start for sp in spans]
    # each person span with its first token, and for each of its words the spans holding it, in order
    readings: list[tuple[Span, int]] = []
    holding: dict[str, list[int]] = {}
    if persons:
        k = 0
        n = len(toks)
        for sp in persons:
            while k < n and toks[k].end <= sp.start:
                k += 1
            at = len(readings)
            readings.append((sp, k))
            j = k
            while j < n and toks[j].start < sp.end:
                t = toks[j]
                if t.cap and len(t.folded) >= 3 and t.folded not in _PARTICLES and t.folded not in lex.common:
                    held = holding.setdefault(t.folded, [])
                    if not held or held[-1] != at:
                        held.append(at)
                j += 1

    def spread_key(word: str) -> tuple[bool, str | None]:
        """(whether ``word`` is a word of a person span, the first such span's key)"""
        held = holding.get(word)
        return (True, readings[held[0]][0].key) if held else (False, None)

    out: list[Span] = []
    for i, tok in enumerate(toks):
        if i == 0 or not (tok.cap or tok.allcaps) or len(tok.folded) < 3:
            continue
        f = tok.folded
        listed = f in names and " " not in f and f not in lex.common
        placed = f in know.place_parts and f not in lex.common
        if not (listed or placed or f in holding):
            continue
        k = bisect_right(starts, tok.start) - 1
        if k >= 0 and spans[k].start <= tok.start < spans[k].end:
            continue  # masked already
        first = i
        j = i - 1
        while j >= 0 and toks[j].folded in _PARTICLES and toks[j].cap and text[toks[j].end : toks[j + 1].start] == " ":
            first = j
            j -= 1
        if j < 0 or text[toks[j].end : toks[first].start] != " " or toks[j].allcaps and not tok.allcaps:
            continue
        if not _head(toks[j], lex):
            continue
        if k >= 0 and spans[k].end > toks[first].start:
            continue  # (a particle inside an earlier span)
        spread, key = spread_key(f) if f in holding else (False, None)
        if not spread:
            if listed:
                key = names[f]
            elif placed:
                key = know.place_parts[f]  # ("Van Oost" given by the report: "oost" counts beside the name only)
            else:
                continue
            if not _sure(key, 1.0, know):
                continue
        out.append(Span(toks[first].start, tok.end, "person", text[toks[first].start : tok.end], RULE, 0.9, key))
    return out


def quote_name_words(entries: list) -> set[str]:
    """The folded words (three letters or more) of the person names masked in a report's quotes."""
    from .lexicon import fold

    return {fold(w) for e in entries if e.kind == "person" and e.where.startswith("quote")
            for w in _WORD_RE.findall(e.original)}


def mask_in_own_text(text: str, know: Knowledge, lab, where: str, log: list, words: set[str],
                     keep: frozenset[str] = frozenset()) -> str:
    """(default scope) The report's own text (a section, a caption) with a firm's name that holds a
    name masked in the report's quotes masked as that person ("Met dank aan Bakkerij [persoon 1]"
    beside a quote "Mevrouw [persoon 1] kwam elke dag kijken"); nothing else of the text changes.
    ``words``: :func:`quote_name_words` (a text holding none of them is not analysed); ``keep``: folded
    words the session-24 scan never masks (the reporter's name: session 23's credit policy)."""
    from .detect import analyse
    from .lexicon import fold
    from .replace import LogEntry

    if not words or not text:
        return text
    folded = fold(text)
    if not any(w in folded for w in words):
        return text
    from .lexicon import load_lexicon

    lex = load_lexicon()
    spans: list[tuple[int, Span]] = []
    for s in analyse(text, know, chat=False, deny_unknown=False, find_uncertain=False).spans:
        if s.kind != "person" or s.key is None:
            continue
        if s.rule == RULE:
            spans.append((s.start, s))
            continue
        # the report's name with the firm's noun in one span ("Traiteur Dujardin": "traiteur" is a
        # surname too): the name after the noun goes, the noun stays
        m = _HEAD_AND_REST_RE.match(s.text)
        if m and words.intersection(fold(w) for w in _WORD_RE.findall(m.group(2))):
            head = fold(m.group(1))
            if head in _HEADS or _firm_head_cached(head, m.group(1).lower(), lex):
                spans.append((s.start + m.start(2), s))
                continue
        # the report's name right after the firm's noun ("Garage Van Oost": "Van Oost" known)
        b = _HEAD_BEFORE_RE.search(text, max(0, s.start - 40), s.start)
        if b and words.intersection(fold(w) for w in _WORD_RE.findall(s.text)):
            head = fold(b.group(1))
            if head in _HEADS or _firm_head_cached(head, b.group(1).lower(), lex):
                spans.append((s.start, s))
    # (session 24) a word masked as a person's name in the report's quotes, after a firm's noun or
    # a word no dictionary, place list or common-word list holds, whatever the analysis of this text
    # decided ("We aten bij Bakkerij Oosterwijckx." beside "Dank je wel, [persoon 1]!", a weak
    # reading in the quote): the word is masked everywhere in the report (docs/decisions.md)
    found: list[tuple[int, int, str, float]] = []  # (start, end, label, confidence)
    spans.sort(key=lambda x: x[0])
    starts = [st for st, _sp in spans]
    labels: dict[str, str] | None = None
    for st, en, word in quote_names_in(text, words, lex):
        k = bisect_right(starts, en) - 1  # (the last span starting before this word's end)
        if k >= 0 and spans[k][1].end > st or found and found[-1][1] > st:
            continue
        if labels is None:
            labels = _quote_labels(log, keep)
        if word in labels:
            found.append((st, en, labels[word], 0.9))
    if not spans and not found:
        return text
    marks = sorted([*((st, sp.end, lab.text_label(sp.key), sp.confidence) for st, sp in spans), *found])
    out: list[str] = []
    pos = 0
    for start, end, label, conf in marks:
        out.append(text[pos:start])
        out.append(label)
        pos = end
        log.append(LogEntry(where, text[start:end], label, RULE, conf, "person"))
    out.append(text[pos:])
    return "".join(out)


_CAP_WORD_RE = re.compile(r"(?<![\w-])([^\W\d_]{3,})((?:-[^\W\d_]+)*)")


_QUOTE_TEXT_RE = re.compile(r"quote \d+")


def _quote_labels(log: list, keep: frozenset[str]) -> dict[str, str]:
    """The label each folded word of a person's name masked in the text of the report's quotes was
    given (not a speaker's or an attribution's credit: the re-identification policy and the
    reporter's credit decide those); never a word of ``keep`` (the reporter's name)."""
    from .lexicon import fold

    out: dict[str, str] = {}
    for e in log:
        if e.kind == "person" and _QUOTE_TEXT_RE.fullmatch(e.where) and e.label.startswith("["):
            for w in _WORD_RE.findall(e.original):
                if (f := fold(w)) not in keep:
                    out.setdefault(f, e.label)
    return out


def _name_only(f: str, lex: Lexicon) -> bool:
    """Whether the folded word is no word of the language, no place and no common word: a name
    only (the report masked it as a person's: it is that person's wherever it stands)."""
    return f not in lex.common and f not in lex.places and not lex.is_word(f)


def quote_names_in(text: str, words: set[str], lex: Lexicon):
    """``(start, end, folded word)`` of every capitalised word of ``words`` (the words of the names
    masked in the report's quotes) that stands right after a firm's noun ("Bakkerij", "Garage",
    "bij de frituur"; with the particles between, "Drukkerij Van Loo") or is a name only
    (:func:`_name_only`: "Adebayo-Claes", "Nwachukwu"), with its hyphenated parts. Linear: one
    pass of a word pattern, a look back of a few characters per hit."""
    from .lexicon import fold

    for m in _CAP_WORD_RE.finditer(text):
        w = m.group(1)
        f = fold(w)
        if not w[0].isupper() or f not in words:
            continue
        if _name_only(f, lex):
            yield m.start(), m.end(), f
            continue
        start = m.start()
        while (b := _PARTICLE_BEFORE_RE.search(text, max(0, start - 8), start)) and fold(b.group(1)) in _PARTICLES:
            start = b.start(1)
        h = _HEAD_BEFORE_RE.search(text, max(0, start - 40), start)
        if h is None:
            continue
        head = fold(h.group(1))
        if head in _HEADS or _firm_head_cached(head, h.group(1).lower(), lex):
            yield start, m.end(), f
