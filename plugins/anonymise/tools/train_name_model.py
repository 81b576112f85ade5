"""Train and cross-validate the anonymiser's name model (``name_model.py``), session 8.

    .venv/bin/python plugins/anonymise/tools/train_name_model.py cv [--sets A,B] [--json OUT]
    .venv/bin/python plugins/anonymise/tools/train_name_model.py train [--sets A,B] [--out FILE]

Run from the repository (it reads ``bench/data`` and ``bench/anon_golden.py``).
Training data: every candidate word (``name_model.candidate``) of the anonymiser's own
passes over the quotes of the INFORMED bench sets with gold (``bench/data/*/*.gold.json``),
labelled by that gold: a gold name part (quoted or narrative) is a name (1); a word of a
keep item, and any other candidate word, is no name (0).

``cv``: leave-one-set-out. For each set, a model trained on all other sets scores the
held-out set through the real path (``anonymise_report`` with the default options), side
by side with the rules alone: name parts left and keep items kept per fold (the proxy of
``bench/eval_unseen_s3.py``'s counts: the reports' published fields, not full builds).
``train``: one model on all the given sets, written with its provenance.

Logistic regression by plain Python (AdaGrad, L2, a fixed seed and order): no numerical
library needed, the same weights on every machine. Reproducible: the weights file names
the sets, the commit and the command.
"""

from __future__ import annotations

import argparse
import copy
import datetime
import json
import math
import random
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]
DATA = ROOT / "bench" / "data"
OUT = ROOT / "plugins" / "anonymise" / "data" / "name_model.json"
UPPER, LOWER = 0.7, 0.3  # decision thresholds, fixed before any cross-validation
EPOCHS, RATE, L2, SEED = 12, 0.2, 1e-4, 8


def gold_sets() -> list[Path]:
    return sorted(d for d in DATA.iterdir() if d.is_dir() and any(d.glob("*.gold.json")))


def _setup() -> Any:
    sys.path.insert(0, str(ROOT / "bench"))
    import anon_golden  # noqa: F401 (bench/, the same reader path as the golden harness)

    return anon_golden


class Scorer:
    """Reads each set's reports once; anonymises copies and counts gold items in the fields."""

    def __init__(self) -> None:
        from perskamer.build import Builder
        from perskamer.plugins.anonymise import anonymiser
        from perskamer.workspace import open_workspace

        self.ag = _setup()
        self.anonymiser = anonymiser
        self.tmp = tempfile.TemporaryDirectory()
        ws = Path(self.tmp.name)
        (ws / "config").mkdir()
        (ws / "config" / "perskamer.yaml").write_text("outputs: [html, json]\n", encoding="utf-8")
        config, host = open_workspace(ws / "config" / "perskamer.yaml")
        self.builder = Builder(config, host, cache=None)
        self.theme_words = anonymiser.theme_words_of(self.builder.context.taxonomy) | anonymiser.default_theme_words()
        self.reports: dict[str, list[tuple[Any, dict[str, Any]]]] = {}

    def load(self, folder: Path) -> list[tuple[Any, dict[str, Any]]]:
        from perskamer.model import Report

        if folder.name in self.reports:
            return self.reports[folder.name]
        files = [(folder.name, p) for p in sorted(folder.iterdir())
                 if p.suffix in self.ag.SUFFIXES and "README" not in p.name and not p.name.startswith(("make_", "_"))]
        out = []
        for rel, _source, rep in self.ag.read_files(self.builder, files):
            if not isinstance(rep, Report):
                continue
            gold_path = next((f.with_name(f.name.rsplit(".", 1)[0] + ".gold.json") for _s, f in files
                              if rel.endswith(f.name)), None)
            if gold_path is not None and gold_path.exists():
                out.append((rep, json.loads(gold_path.read_text(encoding="utf-8"))))
        self.reports[folder.name] = out
        return out

    def fields(self, report: Any) -> str:
        d = self.ag._report_fields(report)
        d.pop("private", None)
        d.pop("slug", None)
        return json.dumps(d, ensure_ascii=False)

    def anonymised(self, report: Any) -> Any:
        opts = self.anonymiser.Options.from_dict({})
        opts.theme_words = self.theme_words
        return self.anonymiser.anonymise_report(copy.deepcopy(report), opts)

    def score(self, folder: Path) -> dict[str, int]:
        left = total = kept = keep_total = 0
        for rep, gold in self.load(folder):
            before, after = self.fields(rep), self.fields(self.anonymised(rep))
            for n in gold.get("quote_names", []):
                if _count(n, before, True):
                    total += 1
                    left += bool(_count(n, after, True))
            for k in gold.get("keep", []):
                b = _count(k, before)
                if b:
                    keep_total += 1
                    kept += _count(k, after) >= b
        return {"names_left": left, "names": total, "kept": kept, "keep": keep_total}


def _count(item: str, text: str, ci: bool = False) -> int:
    return len(re.findall(r"(?<![\w])" + re.escape(item) + r"(?!\w)", text, re.I if ci else 0))


def _parts(items: list[str]) -> set[str]:
    from perskamer.plugins.anonymise.lexicon import fold

    out: set[str] = set()
    for item in items:
        out.add(fold(item))
        out.update(fold(p) for p in re.split(r"[ \-]", item) if p)
    return out


def samples(scorer: Scorer, folder: Path) -> list[tuple[list[str], int]]:
    """The candidate words of a set's quotes with their gold label (rules alone decide)."""
    from perskamer.plugins.anonymise import name_model
    from perskamer.plugins.anonymise.lexicon import fold

    out: list[tuple[list[str], int]] = []
    seen: set[tuple[int, int, str]] = set()
    for rep, gold in scorer.load(folder):
        names = _parts(gold.get("quote_names", []) + gold.get("narrative_names", []))

        def record(feats: list[str], tok: Any, text: str, names: set[str] = names) -> None:
            key = (hash(text), tok.start, tok.text)
            if key in seen:
                return
            seen.add(key)
            stem = re.sub(r"['’]s?$", "", tok.text)
            out.append((feats, int(fold(stem) in names or tok.folded in names)))

        name_model.recorder, name_model.override = record, None
        try:
            scorer.anonymised(rep)
        finally:
            name_model.recorder = None
    return out


def train(data: list[tuple[list[str], int]]) -> dict[str, float]:
    """Logistic regression, AdaGrad with L2; classes weighed to equal mass."""
    w: dict[str, float] = {}
    g2: dict[str, float] = {}
    pos = sum(y for _f, y in data) or 1
    neg = (len(data) - pos) or 1
    cw = {1: len(data) / (2 * pos), 0: len(data) / (2 * neg)}
    order = list(range(len(data)))
    rng = random.Random(SEED)
    for _epoch in range(EPOCHS):
        rng.shuffle(order)
        for k in order:
            feats, y = data[k]
            z = sum(w.get(x, 0.0) for x in feats)
            p = 1 / (1 + math.exp(-z)) if z >= 0 else math.exp(z) / (1 + math.exp(z))
            grad = (p - y) * cw[y]
            for x in feats:
                wx = w.get(x, 0.0)
                g = grad + L2 * wx
                g2[x] = g2.get(x, 0.0) + g * g
                w[x] = wx - RATE * g / math.sqrt(g2[x] + 1e-8)
    return {k: round(v, 4) for k, v in sorted(w.items()) if abs(v) >= 1e-4}


def model_of(weights: dict[str, float], sets: list[str], n: int) -> dict[str, Any]:
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
    return {
        "format": 1,
        "kind": "logistic regression over context and word-class features (name_model.features)",
        "upper": UPPER,
        "lower": LOWER,
        "provenance": {
            "sets": sets,
            "samples": n,
            "commit": commit,
            "command": "plugins/anonymise/tools/train_name_model.py train --sets " + ",".join(sets),
            "trained": datetime.date.today().isoformat(),
            "hyperparameters": {"epochs": EPOCHS, "rate": RATE, "l2": L2, "seed": SEED},
        },
        "weights": weights,
    }


def _folders(arg: str | None) -> list[Path]:
    every = gold_sets()
    if not arg:
        return every
    want = arg.split(",")
    chosen = [d for d in every if d.name in want]
    missing = set(want) - {d.name for d in chosen}
    if missing:
        raise SystemExit(f"no gold set named {', '.join(sorted(missing))} under {DATA}")
    return chosen


def cross_validate(folders: list[Path]) -> Iterator[dict[str, Any]]:
    from perskamer.plugins.anonymise import name_model

    scorer = Scorer()
    data = {d.name: samples(scorer, d) for d in folders}
    for d in folders:
        name_model.override = None
        rules = scorer.score(d)
        train_data = [s for name, rows in data.items() if name != d.name for s in rows]
        name_model.override = model_of(train([s for s in train_data]), [n for n in data if n != d.name], len(train_data))
        try:
            with_model = scorer.score(d)
        finally:
            name_model.override = None
        yield {"set": d.name, "samples": len(data[d.name]), "names_in_set": sum(y for _f, y in data[d.name]),
               "rules": rules, "rules+model": with_model}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=("cv", "train"))
    ap.add_argument("--sets", help="comma-separated set names under bench/data (default: every set with gold)")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--json", type=Path, help="cv: write the per-fold figures here")
    args = ap.parse_args(argv)
    folders = _folders(args.sets)
    if args.mode == "train":
        scorer = Scorer()
        data = [s for d in folders for s in samples(scorer, d)]
        model = model_of(train(data), [d.name for d in folders], len(data))
        args.out.write_text(json.dumps(model, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"{len(data)} samples ({sum(y for _f, y in data)} names), {len(model['weights'])} weights -> {args.out}")
        return 0
    rows = []
    tot = {"rules": [0, 0, 0, 0], "rules+model": [0, 0, 0, 0]}
    print(f"{'held-out set':18s} {'samples':>7s}  {'rules: left/names kept/keep':>30s}  {'+model: left/names kept/keep':>30s}")
    for row in cross_validate(folders):
        rows.append(row)
        cells = []
        for k in ("rules", "rules+model"):
            r = row[k]
            for n, key in enumerate(("names_left", "names", "kept", "keep")):
                tot[k][n] += r[key]
            cells.append(f"{r['names_left']:3d}/{r['names']:3d}  {r['kept']:3d}/{r['keep']:3d}")
        print(f"{row['set']:18s} {row['samples']:7d}  {cells[0]:>30s}  {cells[1]:>30s}", flush=True)
    for k, (left, names, kept, keep) in tot.items():
        print(f"total {k:12s}: names left {left}/{names} ({100 * (1 - left / max(names, 1)):.1f}% removed), "
              f"kept {kept}/{keep} ({100 * kept / max(keep, 1):.1f}%)")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
