"""Derive quotes.yaml (the quote-level set for bench/bench_anonymise.py --set) from the reports.

    python3 bench/data/unseen_s3/make_quotes.py

Every quote of every report, in the format of the other unseen quote sets: per report its
id, `half: s3`, the front-matter speakers and the summary as context; per quote the text
(the quote line; a trailing dash attribution "– X" goes to `speaker`, bracket and
"zegt/aldus X" attributions stay in the text, as a reporter pastes them), and the gold
persons / keep / contacts of the report that occur in it. Run once when the set was
written; quotes.yaml is committed and frozen with the reports.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
DASH_ATTR = re.compile(r"^(?P<q>.*[\"”»])\s*[-–—]\s*(?P<who>[^\"“”]+)$")
QUOTE_HEADINGS = ("Interessante quote", "Quotes")
NEXT_HEADINGS = ("Wat heeft jou verrast", "Wat me verraste", "Wat heeft")


def md_parts(text: str) -> tuple[dict, str, list[str]]:
    _, fm, body = text.split("---", 2)
    meta = yaml.safe_load(fm)
    sections = re.split(r"^## ", body, flags=re.M)
    summary = sections[1].split("\n", 1)[1].strip()
    quotes_sec = next(s for s in sections if s.startswith(QUOTE_HEADINGS))
    quotes = [line[2:].strip() for line in quotes_sec.splitlines() if line.startswith("> ")]
    return meta, summary, quotes


def txt_parts(text: str) -> tuple[dict, str, list[str]]:
    lines = [line.strip() for line in text.splitlines()]
    start = next(i for i, line in enumerate(lines) if line.startswith(QUOTE_HEADINGS))
    end = next(i for i in range(start + 1, len(lines)) if lines[i].startswith(NEXT_HEADINGS))
    what = next(i for i, line in enumerate(lines) if line.startswith("Wat er is gebeurd") or line.startswith("Wat is er gebeurd"))
    amb = next(i for i in range(what + 1, len(lines)) if lines[i].startswith(("Op welke manier", "Wat hebben we geleerd")))
    summary = " ".join(line for line in lines[what + 1:amb] if line)
    quotes, cur = [], ""
    for line in lines[start + 1:end]:
        if line.startswith("“"):
            if cur:
                quotes.append(cur)
            cur = line
        elif line and cur:
            cur += " " + line
        elif not line and cur and cur.count("“") <= cur.count("”"):
            quotes.append(cur)
            cur = ""
    if cur:
        quotes.append(cur)
    return {}, summary, quotes


def docx_parts(name: str) -> tuple[dict, str, list[str]]:
    sys.path.insert(0, str(HERE))
    import make_docx

    rep = next(r for r in (make_docx.REPORT_15, make_docx.REPORT_16) if r["file"] == name)
    sections = dict(rep["sections"])
    return {}, " ".join(sections[make_docx.Q_WHAT]), list(sections[make_docx.Q_QUOTES])


def fold(text: str) -> str:
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", text).casefold())


def word_in(word: str, text: str) -> str | None:
    m = re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text, flags=re.I)
    return m.group(0) if m else None


def main() -> None:
    reports = []
    for gold_path in sorted(HERE.glob("*.gold.json")):
        stem = gold_path.name.removesuffix(".gold.json")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        src = next(p for p in HERE.glob(stem + ".*") if not p.name.endswith(".gold.json"))
        if src.suffix == ".md":
            meta, summary, quotes = md_parts(src.read_text(encoding="utf-8"))
        elif src.suffix == ".txt":
            meta, summary, quotes = txt_parts(src.read_text(encoding="utf-8"))
        else:
            meta, summary, quotes = docx_parts(src.name)
        entry: dict = {"id": stem, "half": "s3"}
        if meta.get("speakers"):
            entry["speakers"] = meta["speakers"]
        entry["context"] = summary
        entry["quotes"] = []
        for line in quotes:
            m = DASH_ATTR.match(line)
            text, speaker = (m.group("q"), m.group("who").strip()) if m else (line, None)
            q: dict = {"text": text}
            if speaker:
                q["speaker"] = speaker
            persons = [hit for name in gold["quote_names"] if (hit := word_in(name, text))]
            keep = [k for k in gold["keep"] if word_in(k, text)]
            contacts = [c for c in gold["contacts"] if fold(c) in fold(text)]
            if persons:
                q["persons"] = persons
            if keep:
                q["keep"] = keep
            if contacts:
                q["contacts"] = contacts
            entry["quotes"].append(q)
        reports.append(entry)
    out = {"about": "Frozen unseen set s3 (see README.md): quotes of the reports in this folder, with gold.",
           "reports": reports}
    (HERE / "quotes.yaml").write_text(yaml.safe_dump(out, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    n = sum(len(r["quotes"]) for r in reports)
    print(f"{len(reports)} reports, {n} quotes, "
          f"{sum(len(q.get('persons', [])) for r in reports for q in r['quotes'])} person mentions in quote texts")


if __name__ == "__main__":
    main()
