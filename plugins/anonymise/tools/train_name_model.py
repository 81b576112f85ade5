"""Train and cross-validate the anonymiser's name model (``name_model.py``), session 8.

    .venv/bin/python plugins/anonymise/tools/train_name_model.py cv [--sets A,B] [--json OUT]
    .venv/bin/python plugins/anonymise/tools/train_name_model.py train [--sets A,B] [--out FILE]
    .venv/bin/python plugins/anonymise/tools/train_name_model.py score --sets A   # rules vs the shipped weights

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
# Decision thresholds and class weighing: chosen by the leave-one-set-out figures (session 8;
# 0.7/0.3 with balanced classes, the first choice, lost 30 keep items and 2 names more than the
# rules alone; 0.9/0.1 without weighing kept 11 items more for one name more; 0.95/0.05 kept 5
# more for none). A choice made on the cross-validation flatters it: the blind set is the check.
UPPER, LOWER = 0.95, 0.05
EPOCHS, RATE, L2, SEED = 12, 0.2, 1e-4, 8
BALANCE = False  # weigh the classes to equal mass (--balance)
VERBOSE = False


def gold_sets() -> list[Path]:
    return sorted(d for d in DATA.iterdir() if d.is_dir() and any(d.glob("*.gold.json")))


def _setup() -> Any:
    sys.path.insert(0, str(ROOT / "bench"))
    import anon_golden  # noqa: F401 (bench/, the same reader path as the golden harness)

    return anon_golden


BATCHES = ("anonymise_s5_keep_cases", "anonymise_s6_keep_cases", "anonymise_s7_keep_cases",
           "anonymise_s7_recall_cases")  # tests/: the frozen case batches (informed), one fold each


class Unit:
    """One text to anonymise with its gold: a report of a bench set, or a batch case."""

    def __init__(self, before: str, run: Any, names: list[str], keep: list[str], narrative: list[str] = ()) -> None:
        self.before, self.run, self.names, self.keep, self.narrative = before, run, names, keep, list(narrative)


class Scorer:
    """Reads each set's reports (or batch cases) once; anonymises them and counts gold items."""

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
        self.units: dict[str, list[Unit]] = {}

    def load(self, folder: Path | str) -> list[Unit]:
        name = folder if isinstance(folder, str) else folder.name
        if name not in self.units:
            self.units[name] = self._batch(name) if isinstance(folder, str) else self._reports(folder)
        return self.units[name]

    def _reports(self, folder: Path) -> list[Unit]:
        from perskamer.model import Report

        files = [(folder.name, p) for p in sorted(folder.iterdir())
                 if p.suffix in self.ag.SUFFIXES and "README" not in p.name and not p.name.startswith(("make_", "_"))]
        out = []
        for rel, _source, rep in self.ag.read_files(self.builder, files):
            if not isinstance(rep, Report):
                continue
            gold_path = next((f.with_name(f.name.rsplit(".", 1)[0] + ".gold.json") for _s, f in files
                              if rel.endswith(f.name)), None)
            if gold_path is not None and gold_path.exists():
                gold = json.loads(gold_path.read_text(encoding="utf-8"))
                out.append(Unit(self.fields(rep), lambda rep=rep: self.fields(self.anonymised(rep)),
                                gold.get("quote_names", []), gold.get("keep", []), gold.get("narrative_names", [])))
        return out

    def _batch(self, module: str) -> list[Unit]:
        import importlib

        from perskamer.plugins.anonymise.replace import anonymise_text

        sys.path.insert(0, str(ROOT / "tests"))
        batch = importlib.import_module(module)
        cases = [(text, [], items) for text, items in batch.KEEP] + list(batch.PERSON)
        return [Unit(text, lambda text=text: anonymise_text(text), names, items) for text, names, items in cases]

    def fields(self, report: Any) -> str:
        d = self.ag._report_fields(report)
        d.pop("private", None)
        d.pop("slug", None)
        return json.dumps(d, ensure_ascii=False)

    def anonymised(self, report: Any) -> Any:
        opts = self.anonymiser.Options.from_dict({})
        opts.theme_words = self.theme_words
        return self.anonymiser.anonymise_report(copy.deepcopy(report), opts)

    def score(self, folder: Path | str) -> dict[str, int]:
        left = total = kept = keep_total = 0
        for unit in self.load(folder):
            before, after = unit.before, unit.run()
            for n in unit.names:
                if _count(n, before, True):
                    total += 1
                    left += bool(_count(n, after, True))
            for k in unit.keep:
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


def samples(scorer: Scorer, folder: Path | str) -> list[tuple[list[str], int]]:
    """The candidate words of a set's quotes with their gold label (rules alone decide)."""
    from perskamer.plugins.anonymise import name_model
    from perskamer.plugins.anonymise.lexicon import fold

    out: list[tuple[list[str], int]] = []
    seen: set[tuple[int, int, str]] = set()
    for unit in scorer.load(folder):
        names = _parts(unit.names + unit.narrative)

        def record(feats: list[str], tok: Any, text: str, names: set[str] = names) -> None:
            key = (hash(text), tok.start, tok.text)
            if key in seen:
                return
            seen.add(key)
            stem = re.sub(r"['’]s?$", "", tok.text)
            out.append((feats, int(fold(stem) in names or tok.folded in names)))

        name_model.recorder, name_model.override = record, None
        try:
            unit.run()
        finally:
            name_model.recorder = None
    return out


def train(data: list[tuple[list[str], int]]) -> dict[str, float]:
    """Logistic regression, AdaGrad with L2; classes weighed to equal mass."""
    w: dict[str, float] = {}
    g2: dict[str, float] = {}
    pos = sum(y for _f, y in data) or 1
    neg = (len(data) - pos) or 1
    cw = {1: len(data) / (2 * pos), 0: len(data) / (2 * neg)} if BALANCE else {1: 1.0, 0: 1.0}
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
    git = ["git", "-C", str(ROOT)]
    commit = subprocess.run([*git, "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run([*git, "status", "--porcelain", "--", "plugins/anonymise/*.py", "plugins/anonymise/tools"],
                           capture_output=True, text=True).stdout.strip()
    if dirty:
        commit += "+uncommitted changes"  # (the code that trained it is not that commit's)
    return {
        "format": 1,
        "kind": "logistic regression over context and word-class features (name_model.features)",
        "upper": UPPER,
        "lower": LOWER,
        "provenance": {
            "sets": sets,
            "samples": n,
            "commit": commit,
            "command": "plugins/anonymise/tools/train_name_model.py train --sets " + ",".join(sets)
            + f" --upper {UPPER} --lower {LOWER} --l2 {L2}" + (" --balance" if BALANCE else ""),
            "trained": datetime.date.today().isoformat(),
            "hyperparameters": {"epochs": EPOCHS, "rate": RATE, "l2": L2, "seed": SEED, "balance": BALANCE},
        },
        "weights": weights,
    }


def _name(folder: Path | str) -> str:
    return folder if isinstance(folder, str) else folder.name


def _folders(arg: str | None) -> list[Path | str]:
    every: list[Path | str] = [*gold_sets(), *BATCHES]
    if not arg:
        return every
    want = arg.split(",")
    chosen = [d for d in every if _name(d) in want]
    missing = set(want) - {_name(d) for d in chosen}
    if missing:
        raise SystemExit(f"no gold set named {', '.join(sorted(missing))} under {DATA}")
    return chosen


def cross_validate(folders: list[Path | str]) -> Iterator[dict[str, Any]]:
    from perskamer.plugins.anonymise import name_model
    from perskamer.plugins.anonymise.lexicon import fold

    scorer = Scorer()
    data = {_name(d): samples(scorer, d) for d in folders}
    for d in folders:
        name = _name(d)
        name_model.override = None
        rules = scorer.score(d)
        train_data = [s for other, rows in data.items() if other != name for s in rows]
        name_model.override = model_of(train(train_data), [n for n in data if n != name], len(train_data))
        name_model.trace = [] if VERBOSE else None
        try:
            with_model = scorer.score(d)
        finally:
            name_model.override = None
        if name_model.trace:
            names = set().union(*(_parts(u.names) for u in scorer.load(d)))
            keep = set().union(*(_parts(u.keep) for u in scorer.load(d)))
            for word, p, way in sorted(set(name_model.trace)):
                f = fold(re.sub(r"['’]s?$", "", word))
                print(f"   {name} {way:4s} p={p:.2f} {word!r} gold={'NAME' if f in names else 'KEEP' if f in keep else '-'}")
        name_model.trace = None
        yield {"set": name, "samples": len(data[name]), "names_in_set": sum(y for _f, y in data[name]),
               "rules": rules, "rules+model": with_model}


def _score_shipped(folders: list[Path | str], out: Path | None) -> int:
    """Rules alone and rules + the SHIPPED weights on each set (a blind check of the frozen model)."""
    from perskamer.plugins.anonymise import name_model

    scorer = Scorer()
    model = name_model._shipped()
    print(f"weights trained on {', '.join(model['provenance']['sets'])} (commit {model['provenance']['commit']})")
    rows = []
    for d in folders:
        if _name(d) in model["provenance"]["sets"]:
            print(f"{_name(d)}: in the weights' training sets, not a blind check")
        name_model.override = None
        rules = scorer.score(d)
        name_model.override = model
        try:
            with_model = scorer.score(d)
        finally:
            name_model.override = None
        rows.append({"set": _name(d), "rules": rules, "rules+model": with_model})
        for k in ("rules", "rules+model"):
            r = rows[-1][k]
            print(f"{_name(d):26s} {k:12s} names left {r['names_left']}/{r['names']}  kept {r['kept']}/{r['keep']}")
    if out:
        out.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    return 0


def main(argv: list[str] | None = None) -> int:
    global UPPER, LOWER, L2, BALANCE, VERBOSE
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=("cv", "train", "score"))
    ap.add_argument("--sets", help="comma-separated set names under bench/data (default: every set with gold)")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--json", type=Path, help="cv: write the per-fold figures here")
    ap.add_argument("--upper", type=float, default=UPPER, help="a name from this probability on")
    ap.add_argument("--lower", type=float, default=LOWER, help="no name up to this probability")
    ap.add_argument("--l2", type=float, default=L2)
    ap.add_argument("--balance", action="store_true", help="weigh the classes to equal mass")
    ap.add_argument("--verbose", action="store_true", help="cv: print each flip with its gold label (informed sets)")
    args = ap.parse_args(argv)
    UPPER, LOWER, L2, BALANCE, VERBOSE = args.upper, args.lower, args.l2, args.balance, args.verbose
    folders = _folders(args.sets)
    if args.mode == "train":
        scorer = Scorer()
        data = [s for d in folders for s in samples(scorer, d)]
        model = model_of(train(data), [_name(d) for d in folders], len(data))
        args.out.write_text(json.dumps(model, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"{len(data)} samples ({sum(y for _f, y in data)} names), {len(model['weights'])} weights -> {args.out}")
        return 0
    if args.mode == "score":
        return _score_shipped(folders, args.json)
    rows = []
    tot = {"rules": [0, 0, 0, 0], "rules+model": [0, 0, 0, 0]}
    print(f"{'held-out set':26s} {'samples':>7s}  {'rules: left/names kept/keep':>30s}  {'+model: left/names kept/keep':>30s}")
    for row in cross_validate(folders):
        rows.append(row)
        cells = []
        for k in ("rules", "rules+model"):
            r = row[k]
            for n, key in enumerate(("names_left", "names", "kept", "keep")):
                tot[k][n] += r[key]
            cells.append(f"{r['names_left']:3d}/{r['names']:3d}  {r['kept']:3d}/{r['keep']:3d}")
        print(f"{row['set']:26s} {row['samples']:7d}  {cells[0]:>30s}  {cells[1]:>30s}", flush=True)
    for k, (left, names, kept, keep) in tot.items():
        print(f"total {k:12s}: names left {left}/{names} ({100 * (1 - left / max(names, 1)):.1f}% removed), "
              f"kept {kept}/{keep} ({100 * kept / max(keep, 1):.1f}%)")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
