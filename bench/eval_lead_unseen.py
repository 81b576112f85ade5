"""Score a full build of the lead's frozen unseen reports (bench/data/lead_unseen).

    .venv/bin/python bench/eval_lead_unseen.py

Builds them in a fresh ``perskamer init`` workspace (every output on), then checks:
name parts of each report in any published file of that report (a leak), organisations
and places kept, and the main ambition / set F1 of the tags (a suggestion counts for the
main theme when there is no tag).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from perskamer.testing import json_text

HERE = Path(__file__).resolve().parent
SET = HERE / "data" / "lead_unseen"
PERSKAMER = Path(sys.executable).with_name("perskamer")


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        ws = Path(tmp) / "ws"
        subprocess.run([str(PERSKAMER), "init", str(ws)], check=True, capture_output=True)
        for old in (ws / "content").iterdir():
            old.unlink() if old.is_file() else shutil.rmtree(old)
        for report in SET.glob("*.md"):
            if report.name != "README.md":
                shutil.copy(report, ws / "content" / report.name)
        subprocess.run([str(PERSKAMER), "build"], cwd=ws, capture_output=True)
        return score(ws / "public")


def published_text(path: Path) -> str:
    """A published file's text; a JSON file's also as its decoded strings (``json_text``: a name
    after an escaped line break, "\\nNaam", is no whole word in the raw file)."""
    text = path.read_text(encoding="utf-8", errors="ignore")
    return json_text(text) if path.suffix == ".json" else text


def score(public: Path) -> int:
    files = [p for p in public.rglob("*") if p.is_file() and p.suffix in (".html", ".json", ".txt", ".eml")]
    leaks = names = kept = keep = main_ok = tp = fp = fn = n = 0
    for gold_path in sorted(SET.glob("*.gold.json")):
        slug = gold_path.name.removesuffix(".gold.json")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        data_path = public / "data" / f"{slug}.json"
        if not data_path.exists():
            print(f"{slug}: NOT PUBLISHED")
            continue
        n += 1
        data = json.loads(data_path.read_text(encoding="utf-8"))
        text = "\n".join(published_text(p) for p in files if slug in p.name)
        for name in gold["names"]:
            names += 1
            if re.search(r"(?<![\w.])" + re.escape(name) + r"(?!\w)", text):
                leaks += 1
                print(f"  LEAK in {slug}: a name part of the gold list")
        published = json_text(json.dumps(data, ensure_ascii=False))
        for word in gold["keep"]:
            keep += 1
            kept += word in published
        tags = [t["id"] for t in data.get("ambitions", [])]
        suggestion = (data.get("ambition_suggestion") or {}).get("id")
        top = tags[0] if tags else suggestion
        main_ok += top == gold["main"]
        tp += len(set(tags) & set(gold["tags"]))
        fp += len(set(tags) - set(gold["tags"]))
        fn += len(set(gold["tags"]) - set(tags))
        print(f"{slug}: tags {tags} suggestion {suggestion} gold {gold['tags']}")
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    print(f"\nlead_unseen: {n} reports published; name parts found in published files: {leaks} of {names}; "
          f"kept {kept}/{keep}; main theme {main_ok}/{n}; set F1 {f1:.2f} (tp {tp}, fp {fp}, fn {fn})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
