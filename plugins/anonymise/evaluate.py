"""Scoring the anonymiser against gold files (used by the tests and the benchmark).

A gold case is a quote (text + speaker) with the report's ``quote_persons`` (every name
and each of its parts must vanish) and ``keep`` entries (must survive where they occur).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .detect import EMAIL_RE, HANDLE_RE, INTL_PHONE_RE, OBFUSCATED_EMAIL_RE, PHONE_RE, PLATFORM_HANDLE_RE
from .normalise import normalise_text

_PARTICLES = {"van", "de", "den", "der", "vande", "vanden", "vander", "'t", "’t", "op", "el", "ter", "ten", "te", "d'", "d’", "le", "la", "du"}


def name_parts(name: str) -> list[str]:
    """A name and each of its parts ("Anne-Sophie Van den Broeck" -> the full name, Anne-Sophie, Anne, Sophie, Broeck)."""
    out = [name]
    for w in name.split():
        w = w.strip(".,")
        if len(w) <= 1 or w.lower() in _PARTICLES:
            continue
        if len(w) == 2 and w.endswith("."):
            continue
        out.append(w)
        if "-" in w:
            out.extend(p for p in w.split("-") if len(p) > 1)
    return list(dict.fromkeys(out))


def contains_word(text: str, word: str) -> bool:
    return re.search(r"(?<![\w])" + re.escape(word) + r"(?![\w])", text, re.IGNORECASE) is not None


@dataclass
class Score:
    quotes: int = 0
    leaks: list[tuple[str, str]] = field(default_factory=list)  # (case id, name) -- never printed outside tests
    keep_total: int = 0
    keep_lost: list[tuple[str, str]] = field(default_factory=list)
    contacts_left: int = 0
    false_replacements: int = 0  # replaced tokens that were no name

    @property
    def keep_ratio(self) -> float:
        return 1.0 if not self.keep_total else (self.keep_total - len(self.keep_lost)) / self.keep_total


def score_case(case_id: str, original: str, output: str, persons: Iterable[str], keep: Iterable[str],
               score: Score, *, speaker_out: str | None = None) -> None:
    score.quotes += 1
    original = normalise_text(original)
    # (as a reader sees it: a name with a soft hyphen inside is still the name)
    seen = normalise_text(output + "\n" + (speaker_out or ""))
    for person in persons:
        for part in name_parts(person):
            # A part that is also a keep entry of the same report is judged by keep.
            if any(k.casefold() == part.casefold() for k in keep):
                # "Roos" the person against "de roos" the idiom: only the exact form leaks.
                if part not in keep and re.search(r"(?<![\w])" + re.escape(part) + r"(?![\w])", seen):
                    score.leaks.append((case_id, part))
            elif contains_word(seen, part):
                score.leaks.append((case_id, part))
    for k in keep:
        if k in original:
            score.keep_total += 1
            if k not in output:
                score.keep_lost.append((case_id, k))
    score.contacts_left += sum(len(p.findall(output)) for p in (EMAIL_RE, OBFUSCATED_EMAIL_RE, PHONE_RE, INTL_PHONE_RE))


def count_false_replacements(original: str, output: str, persons: Iterable[str], masks: Iterable[str]) -> int:
    """Words of ``original`` that disappeared from ``output`` and are no part of a name or contact."""
    allowed: set[str] = set()
    for p in persons:
        for part in name_parts(p):
            allowed.update(w.lower().strip(".,'’") for w in part.split())
    out_words = {w.lower() for w in re.findall(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*", output)}
    original = normalise_text(original)
    contact = " ".join(
        m.group(0)
        for p in (EMAIL_RE, OBFUSCATED_EMAIL_RE, PHONE_RE, INTL_PHONE_RE, HANDLE_RE, PLATFORM_HANDLE_RE)
        for m in p.finditer(original)
    ).lower()
    lost = 0
    for w in re.findall(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*", original):
        wl = w.lower()
        base = re.sub(r"['’]s?$", "", wl)
        if wl in out_words or wl in allowed or base in allowed or wl in contact or any(wl in m.lower() for m in masks):
            continue
        if len(w) == 1:
            continue
        lost += 1
    return lost


def gold_cases(gold: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {"text": q["text"], "speaker": q.get("speaker"), "persons": gold.get("quote_persons", []), "keep": gold.get("keep", [])}
        for q in gold.get("quotes", [])
    ]


def report_from_file(path: Any, gold: dict[str, Any]) -> Any:
    """A :class:`~perskamer.model.Report` for a corpus file, for measuring only.

    The whole report text is one section (the "seen anywhere" knowledge), Markdown
    front matter goes to ``meta``, and the quotes are the gold quotes (text + speaker),
    so the anonymiser is measured independently of the readers.
    """
    from pathlib import Path

    import yaml

    from perskamer.model import Quote, Report

    p = Path(path)
    meta: dict[str, Any] = {}
    if p.suffix == ".docx":
        import docx

        d = docx.Document(str(p))
        text = "\n".join(par.text for par in d.paragraphs)
    elif p.suffix == ".pdf":
        import pdfplumber

        with pdfplumber.open(str(p)) as pdf:
            text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    else:
        text = p.read_text(encoding="utf-8")
        m = re.match(r"---\n(.*?)\n---\n", text, re.S)
        if m:
            meta = yaml.safe_load(m.group(1)) or {}
            text = text[m.end():]
    meta = {k: v for k, v in meta.items() if k in ("speakers", "reporter", "session")}
    quotes = [Quote(text=q["text"], speaker=q.get("speaker")) for q in gold.get("quotes", [])]
    return Report(source=p.name, slug=p.stem, format=p.suffix.lstrip("."), title=gold.get("title", ""),
                  meta=meta, sections={"summary": text}, quotes=quotes)
