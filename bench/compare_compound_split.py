"""Compound splitting (issue 15): the tagger's OpenTaal-based splitter against ``compound-split``.

    .venv/bin/python bench/compare_compound_split.py [--other-python PATH]

Scores both on the hand-written gold splits in tests/fixtures/tagging/compounds_gold.json
(a compound is right when its head and body match, a linking s/e/en/er allowed; a word
that is no compound is right when it is not split). ``compound-split`` (PyPI, a
character n-gram model with a Dutch table) is not a dependency of perskamer: install it
in this venv (``pip install compound-split``) or name another interpreter that has it.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = json.loads((ROOT / "tests/fixtures/tagging/compounds_gold.json").read_text(encoding="utf-8"))["splits"]
LINKS = ("", "s", "e", "en", "er", "n")


def right(got: list[str] | None, gold: list[str] | None) -> bool:
    if gold is None or got is None:
        return got is None and gold is None
    body_ok = any(got[0] == gold[0] + link or got[0] + link == gold[0] for link in LINKS)
    return got[1] == gold[1] and body_ok


def ours() -> dict[str, list[str] | None]:
    from perskamer.plugins.tagger.compounds import dutch_splitter

    splitter = dutch_splitter()
    out = {}
    for word in GOLD:
        parts = splitter.split(word)
        out[word] = ["".join(parts[:-1]), parts[-1]] if parts else None
    return out


THEIRS = """
import json, sys
from compound_split import char_split
out = {}
for w in json.loads(sys.stdin.read()):
    c = char_split.split_compound(w, lang="nl")
    out[w] = [c[0][1].lower(), c[0][2].lower()] if c and c[0][0] > 0 else None
print(json.dumps(out))
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--other-python", default=sys.executable, help="an interpreter with compound-split installed")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    results = {"perskamer (OpenTaal word list)": ours()}
    t_ours = time.perf_counter() - t0
    try:
        done = subprocess.run([args.other_python, "-c", THEIRS], input=json.dumps(list(GOLD)), capture_output=True,
                              text=True, check=True)
        results["compound-split (nl)"] = json.loads(done.stdout)
    except (subprocess.CalledProcessError, OSError, json.JSONDecodeError):
        print("compound-split is not installed for that interpreter (pip install compound-split); only ours:")
    for name, got in results.items():
        wrong = [f"    {w}: gold {g} got {got[w]}" for w, g in GOLD.items() if not right(got[w], g)]
        print(f"{name}: {len(GOLD) - len(wrong)}/{len(GOLD)} right")
        print("\n".join(wrong))
    print(f"ours, including reading the word list: {t_ours * 1000:.0f} ms for {len(GOLD)} words")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
