"""How much of the keep side is recognised positively, per gold set (issue 11).

    .venv/bin/python bench/eval_keep_recognition.py [-v]

A person rule that masks every proper noun it cannot place (default-deny) leaves only
what the anonymiser recognises as no person's name: ``detect.kept_words``. Per set under
bench/data (``*.gold.json`` beside each report) and for bench/data/anon_unseen:

* recognised: gold ``keep`` occurrences whose every capitalised word ``kept_words``
  recognises (in the paragraph that holds it);
* claimed: gold name occurrences (``quote_names``/``names``/``narrative_names``, part by
  part) that ``kept_words`` claims -- a keep rule that would let a name through.

Counts only; ``-v`` also names the items (do that only on sets that are in-sample for you:
a blind set's words must not be read before it is scored).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import yaml

from perskamer.plugins.anonymise.detect import kept_words

ROOT = Path(__file__).resolve().parent / "data"
SMALL = frozenset({"de", "van", "het", "den", "der", "ter", "'t", "en", "op", "in", "voor"})
WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")


def _occurrences(text: str, item: str) -> list[tuple[str, int]]:
    out = []
    for para in re.split(r"\n\s*\n", text):
        out += [(para, m.start()) for m in re.finditer(r"(?<![\w-])" + re.escape(item) + r"(?!\w)", para)]
    return out


def _recognised(para: str, at: int, item: str) -> bool:
    kept = kept_words(para)
    return all(at + w.start() in kept for w in WORD.finditer(item)
               if w.group(0)[0].isupper() and w.group(0).lower() not in SMALL)


def score(texts_and_gold: list[tuple[str, dict]]) -> tuple[int, int, list[str], int, int, list[str]]:
    ok = tot = bad = names = 0
    missed: list[str] = []
    claimed: list[str] = []
    for text, gold in texts_and_gold:
        for item in gold.get("keep") or []:
            for para, at in _occurrences(text, item):
                tot += 1
                if _recognised(para, at, item):
                    ok += 1
                else:
                    missed.append(item)
        parts = {p for n in (gold.get("quote_names") or []) + (gold.get("names") or [])
                 + (gold.get("narrative_names") or []) for p in n.split() if p[:1].isupper()}
        for part in sorted(parts):
            for para, at in _occurrences(text, part):
                names += 1
                if at in kept_words(para):
                    bad += 1
                    claimed.append(part)
    return ok, tot, missed, bad, names, claimed


def _sets() -> list[tuple[str, list[tuple[str, dict]]]]:
    out = []
    for folder in sorted(p for p in ROOT.iterdir() if p.is_dir()):
        pairs = []
        for g in sorted(folder.glob("*.gold.json")):
            stem = g.name[: -len(".gold.json")]
            src = [p for p in folder.glob(stem + ".*") if p.suffix in (".md", ".txt")]
            if src:
                pairs.append((src[0].read_text(encoding="utf-8"), json.loads(g.read_text(encoding="utf-8"))))
        if pairs:
            out.append((folder.name, pairs))
    unseen = ROOT / "anon_unseen" / "unseen.yaml"
    if unseen.exists():
        quotes: list[tuple[str, dict]] = []

        def walk(x: object) -> None:
            if isinstance(x, dict):
                if "text" in x and "keep" in x:
                    quotes.append((str(x["text"]), {"keep": x.get("keep") or [], "names": x.get("persons") or []}))
                for v in x.values():
                    walk(v)
            elif isinstance(x, list):
                for v in x:
                    walk(v)

        walk(yaml.safe_load(unseen.read_text(encoding="utf-8")))
        out.append(("anon_unseen", quotes))
    return out


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    print(f"{'set':18} {'keep recognised':>22} {'names claimed':>16}")
    for name, pairs in _sets():
        ok, tot, missed, bad, names, claimed = score(pairs)
        line = f"{name:18} {ok:>6}/{tot:<5} ({100 * ok / max(tot, 1):5.1f}%) {bad:>7}/{names:<6}"
        if verbose:
            line += f"  missed: {', '.join(missed)}; claimed: {', '.join(claimed)}"
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
