"""Turning found spans into readable Dutch labels, consistently within one report."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from . import person_scripts
from .detect import PARTICLES, Analysis, Knowledge, Span, TextFacts, analyse, same_person
from .identifiers import LABELS as IDENTIFIER_LABELS
from .lexicon import fold, load_lexicon
from .normalise import normalise_text

if TYPE_CHECKING:
    from .analysis_memo import AnalysisMemo

CONTACT_LABELS = {"email": "[e-mailadres]", "phone": "[telefoonnummer]", "handle": "[account]", **IDENTIFIER_LABELS}
DEFAULT_ROLE_LABELS = {"speaker": "een sessiegever", "participant": "een deelnemer", "reporter": "de verslaggever"}
DEFAULT_PERSON_LABEL = "[persoon {n}]"


@dataclass
class LogEntry:
    """One replacement, for ``report.private`` and the preview (never published)."""

    where: str
    original: str
    label: str
    rule: str
    confidence: float
    kind: str
    #: for a name masked because the report taught it ("report"): the rule and confidence
    #: of the evidence it was learned from in the report's text (the editor's review asks
    #: about it when that evidence was weak); "" for a name given explicitly
    learned: str = ""
    learned_confidence: float = 1.0
    #: the sentence shape around the word, for the editor's review: the lower-case words
    #: next to it, a capitalised word as "X" ("bij _ in", "X _ zegt"); "" when not known
    shape: str = ""

    def to_dict(self) -> dict[str, Any]:
        out = {
            "where": self.where,
            "original": self.original,
            "label": self.label,
            "rule": self.rule,
            "confidence": self.confidence,
            "kind": self.kind,
        }
        if self.learned:
            out["learned"] = self.learned
            out["learned_confidence"] = self.learned_confidence
        if self.shape:
            out["shape"] = self.shape
        return out


_SHAPE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: Where the words after a span stop counting: a line's or a sentence's end.
_SHAPE_END_RE = re.compile(r"\n|[.?!](?:\s|$)")


def sentence_shape(text: str, start: int, end: int) -> str:
    """The words on either side of ``text[start:end]`` as a shape: a lower-case word as it
    stands, a capitalised one as "X", nothing across a sentence end or a line ("bij _ in")."""
    before = text[max(0, start - 40):start]
    after = text[end:end + 40]
    # (the shape reads these two slices only: remembered by them, a text that repeats a name in
    # the same words -- a chat log, a hostile paste -- works each shape out once; session 20)
    key = (before, after)
    got = _SHAPES.get(key)
    if got is None:
        if len(_SHAPES) >= _SHAPES_MAX:
            _SHAPES.clear()
        got = _SHAPES[key] = _shape_of(before, after)
    return got


#: (the 40 characters before a span, the 40 after it) -> :func:`sentence_shape`'s answer
_SHAPES: dict[tuple[str, str], str] = {}
_SHAPES_MAX = 4096


def _shape_of(before: str, after: str) -> str:
    """:func:`sentence_shape` worked out from the slices around the span."""

    def word(m: re.Match[str] | None) -> str:
        if m is None:
            return ""
        w = m.group(0)
        return "X" if w[0].isupper() else w[:20]

    cut_b = max(before.rfind("\n"), before.rfind(". "), before.rfind("? "), before.rfind("! "))
    before = before[cut_b + 1:] if cut_b >= 0 else before
    after = _SHAPE_END_RE.split(after, maxsplit=1)[0]
    # (the last word before: the last of findall, one scan -- session 19; was a search and a
    # finditer made into a list, with the same answer)
    words_before = _SHAPE_WORD.findall(before)
    prev = ("X" if words_before[-1][0].isupper() else words_before[-1][:20]) if words_before else ""
    nxt = word(_SHAPE_WORD.search(after))
    return " ".join(w for w in (prev, "_", nxt) if w)


@dataclass
class Labeler:
    """Gives each person of a report one label, in order of first appearance."""

    knowledge: Knowledge
    speaker_label: str = "role"  # "role" or "numbered"
    person_label: str = DEFAULT_PERSON_LABEL
    role_labels: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_ROLE_LABELS))
    roles: dict[str, str] = field(default_factory=dict)  # person key -> "speaker"/"participant"/"reporter"
    numbers: dict[str, int] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)  # folded surface -> person key
    fullest: dict[str, str] = field(default_factory=dict)  # person key -> fullest folded form seen
    #: person key -> its number among the speakers credited with the same role ("sessiegever 2"),
    #: only when several share a role in one report
    role_index: dict[str, int] = field(default_factory=dict)

    def person_key(self, span: Span) -> str:
        if span.key:
            return span.key
        surface = span.text[: len(span.text) - 2] if span.suffix and span.text.endswith(("'s", "’s")) else span.text
        words = [w for w in re.findall(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*", surface) if not (len(w) == 1 and w.isupper())]
        folded = [fold(w) for w in words]
        full = " ".join(folded)
        if full in self.aliases:
            return self.aliases[full]
        key = self.knowledge.names.get(full)
        if key is None:
            parts = [f for f in folded if f not in PARTICLES]
            # A single first name seen before as part of a fuller name, or the other way round.
            for p in parts[:1]:
                if p in self.aliases:
                    cand = self.aliases[p]
                    # ...but not another full name that shares the part ("Jan Janssens")
                    if same_person(self._fullest(cand), parts):
                        key = cand
                    break
        key = key or full or span.text
        if len(full) > len(self.fullest.get(key, "")):
            self.fullest[key] = full
        self.aliases.setdefault(full, key)
        for f in folded:
            if f not in PARTICLES:
                self.aliases.setdefault(f, key)
        return key

    def _fullest(self, key: str) -> str:
        known = self.knowledge.display.get(key, key)
        seen = self.fullest.get(key, "")
        return seen if len(seen) > len(known) else known

    def number(self, key: str) -> int:
        if key not in self.numbers:
            self.numbers[key] = len(self.numbers) + 1
        return self.numbers[key]

    def text_label(self, key: str) -> str:
        return self.person_label.replace("{n}", str(self.number(key)))

    def attribution_label(self, key: str, *, chat: bool = False) -> str:
        if self.speaker_label == "numbered" or chat:
            return self.text_label(key)
        role = self.roles.get(key, "participant")
        self.number(key)  # keep numbering stable whatever the mode
        label = self.role_labels.get(role, DEFAULT_ROLE_LABELS["participant"])
        if key in self.role_index:
            # several speakers with this role: "een sessiegever" -> "sessiegever 2"
            noun = re.sub(r"^(?:een|de|het)\s+", "", label)
            return f"{noun} {self.role_index[key]}"
        return label

    def label_for(self, span: Span, *, chat: bool = False) -> str:
        if span.kind != "person":
            return CONTACT_LABELS[span.kind]
        key = self.person_key(span)
        label = self.attribution_label(key, chat=chat) if span.attribution else self.text_label(key)
        if span.suffix:
            label += "'s" if label.endswith("]") else ""
        return label


def _name_like(word: str) -> bool:
    """A capitalised Latin word the lists hold for no word, place, brand, language or kept thing
    (rule 58's other direction: the Latin spelling beside a script run)."""
    lex = load_lexicon()
    f = fold(word)
    return not (lex.is_word(f) or f in lex.places or f in lex.brands or f in lex.languages or f in lex.territories
                or f in lex.chain_words or f in lex.named_places or f in lex.keep_single or f in lex.calendar)


def _with_latin_partners(text: str, spans: list[Span], labeler: Labeler) -> list[Span]:
    """``spans`` and the Latin spelling beside a script run when it reads as a name (rule 58's
    other direction): both are one person; the run too when no span holds it yet."""
    added: list[Span] = []
    taken = [(s.start, s.end) for s in spans]
    for run in person_scripts.script_runs(text):
        for ls, le in person_scripts.latin_partners(text, [run], _name_like):
            if any(a < le and ls < b for a, b in taken):
                continue
            run_span = next((s for s in spans if s.kind == "person" and s.start <= run[0] and run[1] <= s.end), None)
            latin = Span(ls, le, "person", text[ls:le], "script: a Latin spelling beside a name in another script", 0.7,
                         key=labeler.person_key(run_span) if run_span is not None else None)
            key = labeler.person_key(latin)
            added.append(latin)
            taken.append((ls, le))
            if run_span is None and not any(a < run[1] and run[0] < b for a, b in taken):
                added.append(Span(run[0], run[1], "person", text[run[0]:run[1]],
                                  "script: another spelling of a masked person", 0.7, key=key))
                taken.append(run)
    return sorted([*spans, *added], key=lambda sp: sp.start) if added else spans


def with_script_partners(text: str, spans: list[Span], labeler: Labeler) -> list[Span]:
    """``spans`` and the runs in a script other than Latin that name one of their persons (rule 50,
    :mod:`.person_scripts`): another spelling of a masked person ("<Latin> (<native>)") gets the
    person's key, a list's or a card's run a person of its own; in the text's order."""
    if not person_scripts.has_script(text):
        return spans
    spans = _with_latin_partners(text, spans, labeler)
    persons = [s for s in spans if s.kind == "person"]
    found = [(s, e, persons[i], how) for s, e, i, how in person_scripts.partners(text, [(p.start, p.end) for p in persons])
             if how != "same" or person_scripts.has_latin(persons[i].text)]
    taken = [(s.start, s.end) for s in spans] + [(s, e) for s, e, _p, _h in found]
    cards = [(s, e) for s, e in person_scripts.card_runs(text) if not any(a < e and s < b for a, b in taken)]
    if not found and not cards:
        return spans
    added: list[Span] = []
    for s, e, anchor, how in found:
        key = labeler.person_key(anchor) if how == "same" else None
        rule = "script: another spelling of a masked person" if how == "same" else "script: in a list of masked persons"
        added.append(Span(s, e, "person", text[s:e], rule, anchor.confidence, key=key,
                          attribution=anchor.attribution and how == "same"))
    added += [Span(s, e, "person", text[s:e], "script: a name-wall card's name", 0.7) for s, e in cards]
    return sorted([*spans, *added], key=lambda sp: sp.start)


def apply(text: str, analysis: Analysis, labeler: Labeler, *, where: str, log: list[LogEntry], chat: bool = False) -> str:
    """Replace the spans of ``analysis`` in ``text``; append what was done to ``log``."""
    out: list[str] = []
    pos = 0
    for span in with_script_partners(text, analysis.spans, labeler):
        label = labeler.label_for(span, chat=chat)
        out.append(text[pos : span.start])
        out.append(label)
        pos = span.end
        entry = LogEntry(where, span.text, label, span.rule, span.confidence, span.kind)
        if span.kind == "person":
            learned = labeler.knowledge.learned_from(span.key) if span.rule.startswith("report") else None
            if learned is not None:
                entry.learned, entry.learned_confidence = learned
            entry.shape = sentence_shape(text, span.start, span.end)
        log.append(entry)
    out.append(text[pos:])
    return "".join(out)


def anonymise_text(
    text: str,
    knowledge: Knowledge | None = None,
    labeler: Labeler | None = None,
    *,
    where: str = "text",
    log: list[LogEntry] | None = None,
    chat: bool | None = None,
    min_confidence: float = 0.5,
    uncertain: list[tuple[str, Any]] | None = None,
    first: Analysis | None = None,
    speaker_lines: bool = True,
    deny_unknown: bool = True,
    memo: AnalysisMemo | None = None,
    facts: TextFacts | None = None,
) -> str:
    """Anonymise one piece of text; repeat until nothing more is found (idempotent).

    ``memo``: the report's remembered analyses of ``knowledge`` (:mod:`.analysis_memo`;
    the same answers, an identical text analysed again is not worked out again); ``facts``:
    the :class:`.detect.TextFacts` of the text, when known (read by the first round only,
    and only when they are this text's)."""
    know = knowledge or Knowledge()
    if memo is not None and memo.knowledge is not know:
        memo = None
    lab = labeler or Labeler(know)
    entries = log if log is not None else []
    # (``first`` was found on the text as given: then it is normalised already)
    current = text if first is not None else normalise_text(text)
    for round_no in range(4):
        if round_no == 0 and first is not None:
            analysis = first
        else:
            # (the uncertain words are read from the first round only)
            find_uncertain = round_no == 0 and uncertain is not None
            given = facts if round_no == 0 else None
            if memo is not None:
                analysis = memo.analyse(current, chat=chat, min_confidence=min_confidence, speaker_lines=speaker_lines,
                                        deny_unknown=deny_unknown, find_uncertain=find_uncertain, facts=given)
            else:
                analysis = analyse(current, know, chat=chat, min_confidence=min_confidence, speaker_lines=speaker_lines,
                                   deny_unknown=deny_unknown, find_uncertain=find_uncertain, facts=given)
        if round_no == 0 and uncertain is not None:
            uncertain.extend((where, u) for u in analysis.uncertain)
        if not analysis.spans and not person_scripts.has_script(current):
            break
        applied = apply(current, analysis, lab, where=where, log=entries, chat=bool(chat))
        if not analysis.spans and applied == current:
            break  # (a script run rule 58 reads needs no span of the detector's: nothing more)
        current = applied
    return current
