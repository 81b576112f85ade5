"""Assertions the anonymiser's name-class tests share: does a name part survive, do names go, do items stay;
and the small reports they build (a report of quotes, a one-quote report with a credited speaker), and a
one-report workspace built with ``perskamer build`` whose every published file is read."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from perskamer.model import Quote, Report
from perskamer.plugins.anonymise import anonymiser
from perskamer.plugins.anonymise.replace import anonymise_text
from perskamer.testing import json_text


def survives(name: str, text: str) -> bool:
    """A name part survives as a whole word in any case ("HAMME" is "Hamme")."""
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE) is not None


def names_go(text: str, names: list[str]) -> None:
    """Every name part is gone from the anonymised text."""
    out = anonymise_text(text)
    for name in names:
        assert not survives(name, out), out


def items_stay(text: str, items: list[str]) -> None:
    """Every item is in the anonymised text as often as in the original."""
    out = anonymise_text(text)
    for item in items:
        assert out.count(item) == text.count(item), out


def quotes_report(quotes: list[str], speakers: list[str] | None = None) -> Report:
    """A report of these quotes (no speaker each; ``speakers`` in its front matter)."""
    return Report(source="x.md", slug="x", format="md", meta={"speakers": speakers or []},
                  sections={"summary": "", "quotes": "\n\n".join(quotes)}, quotes=[Quote(t) for t in quotes])


def published(report: Report) -> list[str]:
    """The report's quotes after the anonymiser, and its quotes section last."""
    done = anonymiser.anonymise_report(report, {})
    return [q.text for q in done.quotes] + [done.sections["quotes"]]


def speaker_report(text: str, summary: str = "Een avond over de jeugdraad. Wubbo Oudeland gaf de sessie.") -> Report:
    """A one-quote report whose quote ``text`` a credited speaker said (his name also in the summary)."""
    return Report(source="r.md", slug="r", format="md",
                  meta={"speakers": ["Wubbo Oudeland (Jeugddienst)"], "reporter": "Sander Wuyts"},
                  sections={"summary": summary, "quotes": "\u201c" + text + "\u201d \u2013 Wubbo Oudeland"},
                  quotes=[Quote(text=text, speaker="Wubbo Oudeland")])


_ROOT = Path(__file__).resolve().parents[1]
_PUBLIC_SUFFIXES = {".html", ".json", ".txt", ".xml", ".eml", ".js"}


def build_one_report(tmp_path: Path, filename: str, text: str, *, outputs: str = "html, json",
                     extra_config: str = "") -> tuple[int, Path]:
    """Build a workspace holding one report (the sample config with these outputs and ``extra_config``
    appended); return the exit code and public/."""
    from perskamer.cli import main

    (tmp_path / "config").mkdir()
    shutil.copy(_ROOT / "config/ambitions.yaml", tmp_path / "config/ambitions.yaml")
    cfg = (_ROOT / "config/perskamer.yaml").read_text(encoding="utf-8")
    cfg = re.sub(r"(?m)^outputs:.*$", f"outputs: [{outputs}]", cfg) + extra_config
    (tmp_path / "config/perskamer.yaml").write_text(cfg, encoding="utf-8")
    content = tmp_path / "content"
    content.mkdir()
    (content / filename).write_text(text, encoding="utf-8")
    out = tmp_path / "public"
    code = main(["build", "--config", str(tmp_path / "config/perskamer.yaml"), "--content", str(content),
                 "--out", str(out), "--quiet", "--no-cache"])
    return code, out


def public_text(out: Path) -> str:
    """Every published text file under ``out`` (pages, JSON, feeds, digest, search index) in one string;
    a JSON file also as its decoded strings (an escaped line break, "\\nX", hides a name after it from
    a whole-word search: session 25 found a name published that way that the raw file's search missed)."""
    texts = []
    for p in sorted(out.rglob("*")):
        if not (p.is_file() and p.suffix in _PUBLIC_SUFFIXES):
            continue
        raw = p.read_text(encoding="utf-8", errors="replace")
        texts.append(json_text(raw) if p.suffix == ".json" else raw)
    return "\n".join(texts)

