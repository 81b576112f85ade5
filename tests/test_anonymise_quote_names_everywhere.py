"""A name masked inside a quote is masked wherever the report repeats it.

The quotes section of a report holds each quote's text again (a Markdown list, a form's
answer). A chat-style detection (a lower-case first name in a chat line) is made with a
confidence too low to be harvested as the report's name, so the section kept the original
and the leak guard withheld the whole report. Cases invented for this test.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from anonymise_asserts import build_one_report

from perskamer.testing import json_text

REPORT = """---
title: "Koken op kamp"
date: 2023-06-06
session: "Ronde 1 – zaal Schelde"
reporter: "Verslaggever K"
---

## Wat er is gebeurd in de sessie? Wat hebben jullie gedaan/gehoord/beleefd? Omschrijf in 5 a 10 zinnen

De kookploeg van een jeugdbeweging vertelde hoe ze voor negentig kinderen koken zonder stress.

## Interessante quote(s) uit de sessie

- "Je leert er plannen, en dat heb je later overal nodig."
- De kookploeg in hun groepschat: "wie haalt er morgen brood?" / "ik wel als lotte de soep maakt"

## Wat heeft jou verrast? Wat onthoud je?

Hoeveel werk er achter een kampmaaltijd zit.
"""


def _words(path: Path) -> str:
    raw = path.read_text(encoding="utf-8", errors="replace")
    return (json_text(raw) if path.suffix == ".json" else raw).lower()


def test_a_chat_name_masked_in_the_quote_is_masked_in_the_section_and_the_report_is_published(tmp_path):
    code, out = build_one_report(tmp_path, "koken-op-kamp.md", REPORT)
    assert code == 0  # not withheld by the guard
    data = json.loads((out / "data" / "koken-op-kamp.json").read_text(encoding="utf-8"))
    assert "brood" in json.dumps(data, ensure_ascii=False)
    for path in out.rglob("*"):
        if path.is_file() and path.suffix in {".html", ".json", ".txt"}:
            text = _words(path)
            for name in ("lotte",):
                assert not re.search(rf"(?<!\w){name}(?!\w)", text), f"{name} published in {path.name}"
