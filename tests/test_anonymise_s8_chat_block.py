"""Session 8 (frozen with the s8 recall batch): a chat block pasted in a report's quotes
section is published with every sender anonymised, in every published field.

A group chat pasted into "Interessante quote(s)" is one paragraph of many lines, each line
a message with its sender written in one of the shapes chat apps export. Every sender must
be gone from every file of a full build (HTML, JSON -- its ``sections.quotes`` too --, the
digest, the search index, the PDF's text when WeasyPrint is installed), and the report must
be published (not withheld). Senders, names and text invented for this test.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from anonymise_asserts import build_one_report

from perskamer.testing import json_text

#: (sender shape) -> the name parts that must be gone
CHAT_LINES: list[tuple[str, list[str]]] = [
    ("- brammert (14:05): wie heeft er nog een slaapzak over?", ["brammert"]),
    ("jorinde (14:06): ik heb er twee", ["jorinde"]),
    ("[14:07] Wessel: top, breng ze mee", ["Wessel"]),
    ("14:08 tamsin: en een kussen?", ["tamsin"]),
    ("lowie om 14:09: ik neem er een mee", ["lowie"]),
    ("Sterre, 14:10: wie rijdt er morgen?", ["Sterre"]),
    ("mats 14u11: ik, met de camionette", ["mats"]),
    ("[05/06/23, 14:12] Nawal: ik zit vooraan!", ["Nawal"]),
    ("5/6/23 14:13 - berre: oké", ["berre"]),
    ("- storm (14:14): lol ik lig nog in bed", ["storm"]),
    ("hazel 🌻 (14:15): slaapwel", ["hazel"]),
    ("- silke van acker (14:16): tot morgen", ["silke", "acker"]),
]

REPORT = """---
title: "Slapen op kamp"
date: 2023-06-06
session: "Ronde 2 – zaal Leie"
reporter: "Verslaggever Q"
---

## Wat er is gebeurd in de sessie? Wat hebben jullie gedaan/gehoord/beleefd? Omschrijf in 5 a 10 zinnen

Een leidingsploeg toonde hoe ze een kamp plannen met een groepschat.

## Interessante quote(s) uit de sessie

{chat}

## Wat heeft jou verrast? Wat onthoud je?

Hoe snel alles geregeld is als iedereen meeleest.
"""


def _build(tmp_path: Path, outputs: str) -> tuple[int, Path]:
    chat = "\n".join(line for line, _ in CHAT_LINES)
    return build_one_report(tmp_path, "slapen-op-kamp.md", REPORT.format(chat=chat), outputs=outputs)


def _published_text(out: Path) -> dict[str, str]:
    texts = {}
    for path in out.rglob("*"):
        if not path.is_file():
            continue
        if path.suffix == ".pdf":
            try:
                from pdfminer.high_level import extract_text
            except ImportError:  # pragma: no cover
                continue
            texts[str(path)] = extract_text(str(path))
        elif path.suffix in {".html", ".json", ".txt", ".xml", ".js", ".md"}:
            raw = path.read_text(encoding="utf-8", errors="replace")
            texts[str(path)] = json_text(raw) if path.suffix == ".json" else raw
    return texts


def _left(texts: dict[str, str]) -> list[tuple[str, str]]:
    out = []
    for _line, names in CHAT_LINES:
        for name in names:
            for path, text in texts.items():
                if re.search(rf"(?<![\w]){re.escape(name)}(?![\w])", text, re.IGNORECASE):
                    out.append((name, Path(path).name))
    return out


def test_every_sender_of_a_chat_block_is_gone_from_html_json_digest(tmp_path: Path) -> None:
    code, out = _build(tmp_path, "html, json, digest")
    assert code == 0  # published, not withheld
    texts = _published_text(out)
    assert any("slaapzak" in t for t in texts.values())  # the chat itself is published
    assert _left(texts) == []


def test_every_sender_of_a_chat_block_is_gone_from_the_pdf(tmp_path: Path) -> None:
    pytest.importorskip("weasyprint", reason="pip install weasyprint (and its system libraries) for the PDF output")
    code, out = _build(tmp_path, "html, json, pdf, bundle, digest")
    assert code == 0
    assert _left(_published_text(out)) == []
