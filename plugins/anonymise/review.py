"""The editor's review, done once: every uncertain decision of the anonymiser across the
workspace, grouped by word, and the editor's answers in one workspace file.

``config/anonymise-review.yaml`` (meant for version control; it is never published)::

    # perskamer review: the editor's decisions on uncertain words
    decisions:
      Kamplicht: keep    # a word, never a name (as anonymise.allow)
      Roos: mask         # a name, always masked (as anonymise.deny)

Every build applies it (the anonymise plugin merges it into its allow/deny lists), and
``perskamer review`` lists what is still open. The file holds names of people (like the
deny list in perskamer.yaml): it stays in the workspace, outside the output folder.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .identifiers import KINDS as IDENTIFIER_KINDS
from .lexicon import fold, load_lexicon

REVIEW_FILE = "config/anonymise-review.yaml"
KEEP, MASK = "keep", "mask"
#: A replacement below this confidence is asked about (names known from the report never are).
UNSURE_BELOW = 0.75
_SURE_RULES = ("report", "deny", "speaker withheld")
#: The replacements the review asks about when unsure: persons, and personal identifiers
#: masked on weak evidence (an address with no word about living or a venue before it, an
#: account whose check digits fail with no word about an account; session 14).
_REVIEWED_KINDS = frozenset({"person", *IDENTIFIER_KINDS})


@dataclass
class Item:
    """One word the anonymiser was unsure about, across the workspace."""

    word: str
    kind: str  # "kept" (kept, but might be a name) or "replaced" (replaced with low confidence)
    reports: list[str] = field(default_factory=list)
    count: int = 0
    reasons: list[str] = field(default_factory=list)
    score: float = 0.0
    #: the sentence shapes it stood in ("bij _ in", "X _ zegt"): what the editor decides on,
    #: without the quote itself
    shapes: list[str] = field(default_factory=list)

    @property
    def key(self) -> str:
        return fold(self.word)

    def to_dict(self) -> dict[str, Any]:
        return {"word": self.word, "kind": self.kind, "count": self.count, "reports": self.reports,
                "reasons": self.reasons, "score": round(self.score, 2), "shapes": self.shapes}


def collect(reports: list[Any], *, per_report: bool = False) -> list[Item]:
    """The uncertain decisions of anonymised ``reports``, one item per word (and kind),
    most frequent first. ``per_report``: every doubtful word asked of each other report's
    :class:`.keep_evidence.Evidence` in turn, as before session 21 (the same items, slower: the
    reference of tests/test_anonymise_review_index.py and bench/bench_review.py)."""
    items: dict[tuple[str, str], Item] = {}

    def add(word: str, kind: str, source: str, reason: str, score: float, shape: str = "") -> None:
        word = word.strip(" '’")
        if len(word) < 2:
            return
        item = items.setdefault((fold(word), kind), Item(word, kind))
        item.count += 1
        item.score = max(item.score, score)
        if source not in item.reports:
            item.reports.append(source)
        if reason and reason not in item.reasons:
            item.reasons.append(reason)
        if shape and shape not in item.shapes and len(item.shapes) < 6:
            item.shapes.append(shape)

    # a doubtful keep that a strong keep rule recognises in another report of the workspace
    # is settled: the editor is not asked (keep_evidence, session 19; read from the reports'
    # published texts, only for the words in doubt)
    evidence = _workspace_evidence(reports)
    evidence.plan(_doubtful_words(reports))
    for report in reports:
        rec = (getattr(report, "private", None) or {}).get("anonymisation") or {}
        source = getattr(report, "source", "") or getattr(report, "slug", "")
        for u in rec.get("uncertain", []):
            if evidence.settled(u["text"], report, per_report=per_report):
                continue
            add(u["text"], "kept", source, u.get("reason", ""), float(u.get("score", 0.0)))
        for e in rec.get("log", []):
            if e.get("kind") not in _REVIEWED_KINDS:
                continue
            learned = e.get("learned")
            if learned and float(e.get("learned_confidence", 1.0)) < UNSURE_BELOW:
                # masked because the report taught the name, but on weak evidence (a word no
                # list knows, its position alone): as unsure as that first decision
                add(e["original"], "replaced", source, f"known from the report, found by: {learned}",
                    float(e.get("learned_confidence", 0.0)), e.get("shape", ""))
                continue
            if float(e.get("confidence", 1.0)) >= UNSURE_BELOW:
                continue
            if str(e.get("rule", "")).startswith(_SURE_RULES):
                continue
            add(e["original"], "replaced", source, e.get("rule", ""), float(e.get("confidence", 0.0)), e.get("shape", ""))
    return sorted(items.values(), key=lambda i: (-i.count, i.key, i.kind))


def _doubtful_words(reports: list[Any]) -> list[str]:
    """The words (as written) of every doubtful keep of ``reports``: what the review asks about."""
    return [w for report in reports
            for u in ((getattr(report, "private", None) or {}).get("anonymisation") or {}).get("uncertain", [])
            for w in _REVIEW_WORD_RE.findall(u["text"]) if len(w) >= 2]


def _workspace_evidence(reports: list[Any]) -> WorkspaceEvidence:
    """The strong keep evidence of ``reports``' published texts, asked per word (see
    :class:`WorkspaceEvidence`)."""
    return WorkspaceEvidence(reports)


def _settled_elsewhere(text: str, report: Any, evidence: WorkspaceEvidence) -> bool:
    """Whether every word of a doubtful keep ``text`` of ``report`` is recognised by a strong
    keep rule in another report (never a listed name: ``keep_evidence.countable``)."""
    return evidence.settled(text, report)


_REVIEW_WORD_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
#: With more distinct words in doubt than this, the texts holding a word are found through an
#: index of every text's capitalised words instead of a search of all texts for each word.
_SCAN_AT_MOST = 64


class WorkspaceEvidence:
    """Per word in doubt, the reports whose published texts a strong keep rule recognises it in
    (:func:`.keep_evidence._strong_words`, with no knowledge of the report: the same answer as
    a :class:`.keep_evidence.Evidence` of each report built with an empty :class:`.detect.Knowledge`,
    which the review used until session 21).

    The workspace's texts are read once, not once per report that asks (session 21: the review
    asked every other report about each doubtful word, ~630k ``Evidence.kept`` calls and 1.5-2 s
    of serial CPU after a build of 1000 reports):

    * a text is a candidate for a word when it holds the word as written, lower-cased (as
      ``Evidence.kept`` tested) and one of its capitalised tokens folds to the word (every word
      a strong rule keeps is one: ``detect.kept_words`` looks at the capitalised tokens only);
      the candidates are found by a search of the texts joined, or, with many words in doubt, by
      an index of each text's capitalised words;
    * each distinct text is analysed once, whichever reports hold it, and only when a word in
      doubt makes it a candidate;
    * per word, the reports found so far to hold it are kept and the candidates are read in
      order only until a report other than the asking one holds it (a word kept nowhere reads
      all its candidates once, for every report that asks).

    ``Evidence.kept`` remembered its answer per folded word from the first surface asked;
    when one folded word is in doubt in two forms that lower-case differently ("Zoë", "Zoe"),
    those words are asked of each report's ``Evidence`` in the old order (the same answers).
    """

    def __init__(self, reports: list[Any]):
        from .anonymiser import evidence_texts

        self._holders: list[tuple[Any, list[int]]] = []  # (report, its texts' ids), in order
        ids: dict[str, int] = {}
        for report in reports:
            try:
                texts = evidence_texts(report)
            except AttributeError:  # (not a Report: nothing to read)
                continue
            self._holders.append((report, [ids.setdefault(t, len(ids)) for t in texts
                                           if isinstance(t, str) and t.strip()]))
        self._texts = list(ids)
        self._lowered = [t.lower() for t in self._texts]
        #: text id -> the reports that hold it (each once, in the reports' order)
        self._text_reports: list[list[Any]] = [[] for _ in self._texts]
        for report, tids in self._holders:
            for tid in dict.fromkeys(tids):
                self._text_reports[tid].append(report)
        self._caps: dict[int, frozenset[str]] = {}
        self._strong: dict[int, frozenset[str]] = {}
        #: (folded, lowered) -> [the reports found to hold it, candidate texts, how many read]
        self._asked: dict[tuple[str, str], list[Any]] = {}
        self._joined: tuple[str, list[int]] | None = None
        self._index: dict[str, list[int]] | None = None
        self._queries: int | None = None
        self._ambiguous: set[str] = set()
        self._per_report: list[tuple[Any, Any]] | None = None

    def plan(self, words: list[str]) -> None:
        """The words (as written) that will be asked: a folded word in two lower-cased forms is
        answered as before (see the class), and many words make an index worth its cost."""
        from .keep_evidence import countable

        lex = load_lexicon()
        lows: dict[str, set[str]] = {}
        for w in words:
            lows.setdefault(fold(w), set()).add(w.lower())
        self._ambiguous = {f for f, forms in lows.items() if len(forms) > 1}
        self._queries = sum(len(forms) for f, forms in lows.items() if countable(f, lex))

    def settled(self, text: str, report: Any, *, per_report: bool = False) -> bool:
        """Whether every word of a doubtful keep ``text`` of ``report`` is kept by a strong rule
        in another report. ``per_report``: each word asked of each other report's ``Evidence``
        in turn, as before session 21 (the reference; the same answers)."""
        words = [w for w in _REVIEW_WORD_RE.findall(text) if len(w) >= 2]
        if not words or not any(r is not report for r, _ in self._holders):
            return False
        for w in words:
            f = fold(w)
            if per_report or f in self._ambiguous:
                if not any(ev.kept(f, w) for r, ev in self._evidence_per_report() if r is not report):
                    return False
            elif not self._kept_elsewhere(f, w.lower(), report):
                return False
        return True

    def _kept_elsewhere(self, f: str, low: str, report: Any) -> bool:
        from .keep_evidence import countable

        state = self._asked.get((f, low))
        if state is None:
            if not countable(f, load_lexicon()):
                state = [[], [], 0]
            else:
                state = [[], self._candidates(f, low), 0]
            self._asked[(f, low)] = state
        found, candidates, done = state
        while True:
            if any(r is not report for r in found[:2]):
                return True
            if done == len(candidates):
                return False
            tid = candidates[done]
            done = state[2] = done + 1
            if f in self._strong_words(tid):
                for r in self._text_reports[tid]:
                    if not any(r is x for x in found):
                        found.append(r)

    def _candidates(self, f: str, low: str) -> list[int]:
        """The ids of the texts that hold ``low`` and a capitalised token folding to ``f``, in order."""
        if self._queries is None or self._queries > _SCAN_AT_MOST:
            if self._index is None:
                index: dict[str, list[int]] = {}
                for tid in range(len(self._texts)):
                    for c in self._capitalised(tid):
                        index.setdefault(c, []).append(tid)
                self._index = index
            return [tid for tid in self._index.get(f, ()) if low in self._lowered[tid]]
        if self._joined is None:
            starts, pos = [], 0
            for t in self._lowered:
                starts.append(pos)
                pos += len(t) + 1
            self._joined = ("\0".join(self._lowered), starts)
        joined, starts = self._joined
        out: list[int] = []
        at = joined.find(low)
        while at >= 0:
            tid = bisect_right(starts, at) - 1
            if low in self._lowered[tid] and f in self._capitalised(tid):
                out.append(tid)
            at = joined.find(low, starts[tid] + len(self._lowered[tid]) + 1)
        return out

    def _capitalised(self, tid: int) -> frozenset[str]:
        caps = self._caps.get(tid)
        if caps is None:
            from .detect import capitalised_folded

            caps = self._caps[tid] = capitalised_folded(self._texts[tid])
        return caps

    def _strong_words(self, tid: int) -> frozenset[str]:
        words = self._strong.get(tid)
        if words is None:
            from .detect import Knowledge
            from .keep_evidence import _strong_words

            words = self._strong[tid] = _strong_words(self._texts[tid], Knowledge())
        return words

    def _evidence_per_report(self) -> list[tuple[Any, Any]]:
        if self._per_report is None:
            from .detect import Knowledge
            from .keep_evidence import Evidence

            self._per_report = [(r, Evidence([self._texts[t] for t in tids], Knowledge)) for r, tids in self._holders]
        return self._per_report


def load_decisions(text: str | None) -> dict[str, str]:
    """Word -> "keep"/"mask" from the review file's text (empty or missing: none).

    Raises ValueError with a plain message when the file is not what it should be.
    """
    if not text or not text.strip():
        return {}
    from perskamer.yamlutil import load_yaml

    data = load_yaml(text).data
    if data is None:
        return {}
    if not isinstance(data, dict) or not isinstance(data.get("decisions", {}), dict):
        raise ValueError("expected 'decisions:' with one 'word: keep' or 'word: mask' a line")
    out: dict[str, str] = {}
    for word, decision in (data.get("decisions") or {}).items():
        if decision not in (KEEP, MASK):
            raise ValueError(f"the decision for {str(word)!r} must be 'keep' or 'mask', not {decision!r}")
        out[str(word)] = decision
    return out


def dump_decisions(decisions: dict[str, str]) -> str:
    """The review file's text (sorted, one decision a line, with a header that says what it is)."""
    import yaml

    head = ("# perskamer review: the editor's decisions on words the anonymiser was unsure about.\n"
            "# keep = an ordinary word or organisation, never masked (as anonymise.allow);\n"
            "# mask = a name, always masked (as anonymise.deny). Every build applies this file.\n"
            "# It holds names: keep it in the workspace (version control), never publish it.\n")
    body = yaml.safe_dump({"decisions": dict(sorted(decisions.items(), key=lambda kv: fold(kv[0])))},
                          allow_unicode=True, sort_keys=False, default_flow_style=False)
    return head + body


def open_items(items: list[Item], decisions: dict[str, str]) -> list[Item]:
    decided = {fold(w) for w in decisions}
    return [i for i in items if i.key not in decided]


def apply_decisions(allow: list[str], deny: list[str], decisions: dict[str, str]) -> tuple[list[str], list[str]]:
    """The allow and deny lists with the review's decisions added."""
    allow = list(allow) + [w for w, d in decisions.items() if d == KEEP and w not in allow]
    deny = list(deny) + [w for w, d in decisions.items() if d == MASK and w not in deny]
    return allow, deny


def read_review_file(workspace: Path) -> str | None:
    path = workspace / REVIEW_FILE
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
