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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .identifiers import KINDS as IDENTIFIER_KINDS
from .lexicon import fold

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


def collect(reports: list[Any]) -> list[Item]:
    """The uncertain decisions of anonymised ``reports``, one item per word (and kind),
    most frequent first."""
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
    for report in reports:
        rec = (getattr(report, "private", None) or {}).get("anonymisation") or {}
        source = getattr(report, "source", "") or getattr(report, "slug", "")
        for u in rec.get("uncertain", []):
            if _settled_elsewhere(u["text"], report, evidence):
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


def _workspace_evidence(reports: list[Any]) -> list[tuple[Any, Any]]:
    """(report, its :class:`.keep_evidence.Evidence` over its published texts) per report."""
    from .anonymiser import evidence_texts
    from .detect import Knowledge
    from .keep_evidence import Evidence

    out = []
    for report in reports:
        try:
            texts = evidence_texts(report)
        except AttributeError:  # (not a Report: nothing to read)
            continue
        out.append((report, Evidence(texts, Knowledge)))
    return out


def _settled_elsewhere(text: str, report: Any, evidence: list[tuple[Any, Any]]) -> bool:
    """Whether every word of a doubtful keep ``text`` of ``report`` is recognised by a strong
    keep rule in another report (never a listed name: ``Evidence.kept``)."""
    words = [w for w in re.findall(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", text) if len(w) >= 2]
    others = [ev for r, ev in evidence if r is not report]
    return bool(words) and bool(others) and all(any(ev.kept(fold(w), w) for ev in others) for w in words)


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
