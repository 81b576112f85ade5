"""Benchmark: perskamer's Dutch anonymiser against deduce, on the same quotes, in one run.

    .venv/bin/python bench/bench_anonymise.py
    .venv/bin/python bench/bench_anonymise.py --set bench/data/unseen_s3/quotes.yaml   # one quote set only
    .venv/bin/python bench/bench_anonymise.py --native   # compiled (make native) and pure Python, one run

Cases, reported per set:

* ``unseen-dev`` / ``unseen-holdout``: the frozen unseen set (bench/data/anon_unseen/
  unseen.yaml, 65 quotes of 12 invented reports, written before the rules were tuned in
  issue 11). These are the figures that say how the anonymiser does on reports nobody
  tuned it on (the holdout half was never inspected miss by miss).
* ``corpus``: the quotes of the corpus fixtures (tests/fixtures/anon/*.gold.json, with
  the report text as knowledge) -- IN-SAMPLE: the rules were written on them.
* ``hard``: the hand-written hard cases (tests/fixtures/anon/hard_cases.yaml) --
  in-sample as well.

A last line times one hostile 100 kB quote ("Jan (" repeated 20 000 times). Each engine runs in its own subprocess, so the
start-up time (import + loading lists/models + the first quote) and the peak memory
(max RSS) are its own.

deduce (LGPL) is installed only in a separate environment, never in perskamer's:

    python3 -m venv bench/.venv-deduce && bench/.venv-deduce/bin/pip install deduce

Measured per engine: leaks (name parts of the gold persons still in the output),
keep-words lost, false replacements (ordinary words that disappeared), contact details
left, quotes per second, start-up seconds, peak MB. perskamer is measured twice: with
the report's knowledge (what a build does) and on the bare quote text (what deduce
gets).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIX = ROOT / "tests" / "fixtures" / "anon"
UNSEEN = ROOT / "bench" / "data" / "anon_unseen" / "unseen.yaml"
SETS = ("unseen-dev", "unseen-holdout", "corpus", "hard", "all")
DEDUCE_PY = ROOT / "bench" / ".venv-deduce" / "bin" / "python"
OUR_PY = ROOT / ".venv" / "bin" / "python"

# Runs inside a subprocess: reads {"cases": [...], "mode": ...} on stdin, prints JSON.
OUR_WORKER = textwrap.dedent(
    """
    import json, resource, sys, time
    t0 = time.perf_counter()
    from perskamer.model import Quote, Report
    import copy, importlib, os
    pkg = os.environ.get("BENCH_ANON_PACKAGE") or "perskamer.plugins.anonymise"
    anonymise_report = importlib.import_module(pkg + ".anonymiser").anonymise_report
    anonymise_text = importlib.import_module(pkg + ".replace").anonymise_text
    job = json.load(sys.stdin)
    cases, mode = job["cases"], job["mode"]
    # One report per group (a corpus report with all its quotes, or one hard case), as a
    # build does: the report's knowledge is gathered once for all its quotes.
    groups = {}
    for i, c in enumerate(cases):
        groups.setdefault(c["group"], []).append(i)
    def run_group(idx):
        if mode == "text":
            return [anonymise_text(cases[i]["text"]) for i in idx]
        c0 = cases[idx[0]]
        # a fresh copy of the meta each run: anonymise_report rewrites the report's meta in
        # place (as a build's transform may: its reader made it), so a shared dict would make
        # every later run work on already-anonymised speakers
        r = Report(source="x", slug="x", format="md", meta=copy.deepcopy(c0.get("meta") or {}),
                   sections={"summary": c0.get("context") or ""},
                   quotes=[Quote(cases[i]["text"], cases[i].get("speaker")) for i in idx])
        anonymise_report(r)
        return [q.text for q in r.quotes]
    first = run_group(next(iter(groups.values())))
    startup = time.perf_counter() - t0
    outs = [None] * len(cases)
    for idx in groups.values():
        for i, out in zip(idx, run_group(idx)):
            outs[i] = out
    n, t1, c1 = 0, time.perf_counter(), time.process_time()
    while time.perf_counter() - t1 < 2.0:
        for idx in groups.values():
            run_group(idx)
        n += len(cases)
    rate = n / (time.perf_counter() - t1)
    cpu_rate = n / max(1e-9, time.process_time() - c1)
    native = importlib.import_module(pkg + ".detect").__file__.endswith((".so", ".pyd"))
    print(json.dumps({"outputs": outs, "startup": startup, "rate": rate, "cpu_rate": cpu_rate, "native": native,
                      "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
    """
)

DEDUCE_WORKER = textwrap.dedent(
    """
    import json, logging, resource, sys, time
    logging.disable(logging.CRITICAL)
    t0 = time.perf_counter()
    import deduce
    d = deduce.Deduce()
    job = json.load(sys.stdin)
    cases = job["cases"]
    run = lambda c: d.deidentify(c["text"]).deidentified_text
    first = run(cases[0])
    startup = time.perf_counter() - t0
    outs = [run(c) for c in cases]
    n, t1, c1 = 0, time.perf_counter(), time.process_time()
    while time.perf_counter() - t1 < 2.0 or n == 0:
        for c in cases:
            run(c)
        n += len(cases)
    rate = n / (time.perf_counter() - t1)
    cpu_rate = n / max(1e-9, time.process_time() - c1)
    print(json.dumps({"outputs": outs, "startup": startup, "rate": rate, "cpu_rate": cpu_rate,
                      "version": deduce.__version__,
                      "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
    """
)


def load_cases(unseen: Path = UNSEEN, only_unseen: bool = False) -> list[dict]:
    import yaml

    sys.path.insert(0, str(ROOT))
    from perskamer.plugins.anonymise.evaluate import report_from_file

    cases: list[dict] = []
    for g in [] if only_unseen else sorted(FIX.glob("*.gold.json")):
        gold = json.loads(g.read_text(encoding="utf-8"))
        stem = g.name[: -len(".gold.json")]
        src = next(p for p in FIX.glob(stem + ".*") if not p.name.endswith(".gold.json"))
        rep = report_from_file(src, gold)
        for q in gold["quotes"]:
            cases.append({"set": "corpus", "group": stem, "text": q["text"], "speaker": q.get("speaker"), "meta": rep.meta,
                          "context": rep.sections["summary"], "persons": gold["quote_persons"], "keep": gold["keep"]})
    hard = [] if only_unseen else yaml.safe_load((FIX / "hard_cases.yaml").read_text(encoding="utf-8"))
    for i, c in enumerate(hard):
        cases.append({"set": "hard", "group": f"hard-{i}", "text": c["text"], "speaker": c.get("speaker"), "context": c.get("context") or "",
                      "persons": c.get("persons", []), "keep": c.get("keep", [])})
    for rep in yaml.safe_load(unseen.read_text(encoding="utf-8"))["reports"]:
        meta = {"speakers": rep["speakers"]} if rep.get("speakers") else {}
        for q in rep["quotes"]:
            cases.append({"set": "unseen-" + rep["half"], "group": rep["id"], "text": q["text"], "speaker": q.get("speaker"),
                          "meta": meta, "context": rep.get("context") or "", "persons": q.get("persons", []),
                          "keep": q.get("keep", []), "contacts": [str(c) for c in q.get("contacts", [])]})
    return cases


def _fold(text: str) -> str:
    """Case-folded NFKC text without soft hyphens, zero-width characters, spaces and dots, to find a contact core in any spelling."""
    import unicodedata

    t = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"[\s.\u00ad\u200b-\u200f\u2060\ufeff]+", "", t)


def contacts_left(case: dict, output: str) -> int:
    """Gold contact cores still present in the output (any spelling), for the unseen set."""
    out = _fold(output)
    # "punt" spelled out for a dot, "at"/"apenstaartje" for @: fold them away too.
    out_words = _fold(re.sub(r"\b(punt|dot)\b", "", output, flags=re.I))
    return sum(1 for c in case.get("contacts", []) if _fold(c) in out or _fold(c) in out_words)


def run_worker(python: Path, code: str, cases: list[dict], mode: str = "", package: Path | None = None,
               native: str | None = None) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    if native is not None:  # PERSKAMER_NATIVE for the worker: "0" runs the pure-Python anonymiser
        env["PERSKAMER_NATIVE"] = native
    if package is not None:  # another copy of the anonymiser (e.g. a baseline), as a top-level package
        env["PYTHONPATH"] = f"{package.parent}{os.pathsep}{ROOT}"
        env["BENCH_ANON_PACKAGE"] = package.name
    proc = subprocess.run([str(python), "-c", code], input=json.dumps({"cases": cases, "mode": mode}),
                          capture_output=True, text=True, env=env, timeout=1800)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-2000:])
    return json.loads(proc.stdout.strip().splitlines()[-1])


def score(cases: list[dict], outputs: list[str], sets: tuple[str, ...] = SETS) -> dict[str, dict[str, float]]:
    from perskamer.plugins.anonymise.evaluate import Score, count_false_replacements, name_parts, score_case

    res: dict[str, dict[str, float]] = {}
    for subset in sets:
        sc, false, parts, gold_contacts = Score(), 0, 0, 0
        for c, out in zip(cases, outputs, strict=True):
            if subset != "all" and c["set"] != subset:
                continue
            # Only the quote text is compared (deduce gets no speaker field).
            persons = [p for p in c["persons"] if _in(p, _fold_soft(c["text"]))]
            score_case(c["set"], c["text"], out, persons, c["keep"], sc)
            parts += sum(1 for p in persons for part in name_parts(p) if any(k.casefold() == part.casefold() for k in c["keep"]) is False)
            false += count_false_replacements(c["text"], out, c["persons"], [])
            gold_contacts += len(c.get("contacts", []))
            sc.contacts_left += contacts_left(c, out)
        res[subset] = {"quotes": sc.quotes, "leaks": len(sc.leaks), "parts": parts, "keep": sc.keep_ratio,
                       "keep_total": sc.keep_total, "keep_lost": len(sc.keep_lost), "false": false,
                       "contacts": sc.contacts_left, "gold_contacts": gold_contacts}
    return res


def _fold_soft(text: str) -> str:
    """The text without soft hyphens and zero-width characters (so a gold name hidden by them still counts as present)."""
    return re.sub("[\u00ad\u200b-\u200f\u2060\ufeff]", "", text)


def _in(person: str, text: str) -> bool:
    from perskamer.plugins.anonymise.evaluate import contains_word, name_parts

    return any(contains_word(text, p) for p in name_parts(person))


HOSTILE = textwrap.dedent(
    """
    import time
    from perskamer.model import Quote, Report
    from perskamer.plugins.anonymise.anonymiser import anonymise_report
    from perskamer.plugins.anonymise.lexicon import load_lexicon
    load_lexicon()  # (start-up is measured above)
    text = "Jan (" * 20000
    r = Report(source="x", slug="x", format="md", quotes=[Quote(text, None)])
    t, c = time.perf_counter(), time.process_time()
    anonymise_report(r)
    print(time.perf_counter() - t, time.process_time() - c)
    """
)


def hostile_seconds() -> tuple[float, float]:
    """(seconds, CPU seconds) of the hostile quote."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    try:
        proc = subprocess.run([str(OUR_PY), "-c", HOSTILE], capture_output=True, text=True, env=env, timeout=120)
    except subprocess.TimeoutExpired:
        return float("inf"), float("inf")
    if proc.returncode != 0:
        return float("nan"), float("nan")
    wall, cpu = proc.stdout.strip().splitlines()[-1].split()
    return float(wall), float(cpu)


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description="perskamer's anonymiser against deduce, on the same quotes")
    ap.add_argument("--set", type=Path, help="score only this quote set (a YAML file in the format of "
                    "bench/data/anon_unseen/unseen.yaml, e.g. bench/data/unseen_s3/quotes.yaml)")
    ap.add_argument("--native", action="store_true", help="this checkout's anonymiser twice in the same run: "
                    "compiled (make native; used when fresh) and pure Python (PERSKAMER_NATIVE=0)")
    args = ap.parse_args(argv)
    cases = load_cases(args.set, only_unseen=True) if args.set else load_cases()
    sets = (*dict.fromkeys(c["set"] for c in cases), "all") if args.set else SETS
    print(f"{len(cases)} quotes (" + ", ".join(f"{sum(c['set'] == s for c in cases)} {s}" for s in sets[:-1]) + ")\n")
    engines: dict[str, dict] = {}
    engines["perskamer (report knowledge)"] = run_worker(OUR_PY, OUR_WORKER, cases, "report")
    engines["perskamer (quote text only)"] = run_worker(OUR_PY, OUR_WORKER, cases, "text")
    if args.native:
        if not engines["perskamer (report knowledge)"]["native"]:
            print("--native: this checkout has no fresh compiled anonymiser (make native); both runs are pure Python")
        engines["pure Python (report knowledge)"] = run_worker(OUR_PY, OUR_WORKER, cases, "report", native="0")
        engines["pure Python (quote text only)"] = run_worker(OUR_PY, OUR_WORKER, cases, "text", native="0")
        for mode in ("report knowledge", "quote text only"):
            ratio = engines[f"perskamer ({mode})"]["cpu_rate"] / engines[f"pure Python ({mode})"]["cpu_rate"]
            print(f"--native, {mode}: compiled {ratio:.2f}x the pure-Python quotes per CPU-s")
    baselines = [Path(p) for p in os.environ.get("BENCH_BASELINE", "").split(os.pathsep) if p]
    for baseline in baselines:
        # BENCH_BASELINE=/path/to/anon_before: a copy of plugins/anonymise from an older
        # commit (its lexicon's _DATA_PACKAGE pointing at its own data), for before/after;
        # several copies separated by os.pathsep (e.g. a pure and a compiled one) each run
        # as an engine of their own, named by their folder when there are several.
        name = "baseline" if len(baselines) == 1 else baseline.name[:20]
        engines[f"{name} (report knowledge)"] = run_worker(OUR_PY, OUR_WORKER, cases, "report", baseline)
        engines[f"{name} (quote text only)"] = run_worker(OUR_PY, OUR_WORKER, cases, "text", baseline)
    if DEDUCE_PY.exists():
        try:
            engines["deduce"] = run_worker(DEDUCE_PY, DEDUCE_WORKER, cases)
        except Exception as exc:  # noqa: BLE001
            print(f"deduce could not run: {exc}")
    else:
        print("deduce is not installed (python3 -m venv bench/.venv-deduce && bench/.venv-deduce/bin/pip install deduce)")
    rows = []
    for name, r in engines.items():
        s = score(cases, r["outputs"], sets)
        rows.append((name, s, r))
    head = (f"{'engine':30} {'set':14} {'quotes':>6} {'leaks':>6} {'removed%':>8} {'false':>6} {'kept':>7} {'keep%':>7} "
            f"{'contacts':>8} {'quotes/s':>9} {'CPU q/s':>8} {'start s':>8} {'peak MB':>8}")
    print(head)
    print("-" * len(head))
    for name, s, r in rows:
        for subset in sets:
            x = s[subset]
            extra = (f"{r['rate']:9.0f} {r.get('cpu_rate', 0):8.0f} {r['startup']:8.2f} {r['peak_mb']:8.0f}"
                     if subset == "all" else "")
            removed = 100 * (1 - x["leaks"] / x["parts"]) if x["parts"] else 100.0
            kept = f"{x['keep_total'] - x['keep_lost']}/{x['keep_total']}"
            print(f"{name:30} {subset:14} {x['quotes']:6d} {x['leaks']:6d} {removed:7.1f}% {x['false']:6d} {kept:>7} "
                  f"{100 * x['keep']:6.1f}% {x['contacts']:8d} {extra}")
    print("(leaks = name parts left; removed% = name parts removed; kept = organisations/places/brands kept;"
          " contacts = contact details left, in any spelling for the unseen set; quotes/s by the clock, CPU q/s"
          " by the process's CPU time: on a shared machine only the second compares between runs)")
    if "deduce" in engines:
        ours = rows[0]
        ded = next(r for r in rows if r[0] == "deduce")
        o, d = ours[1]["all"], ded[1]["all"]
        print("\nratios, perskamer (report knowledge) vs deduce " + ded[2].get("version", ""))

        def ratio(a: float, b: float) -> str:
            return f"{a / b:.2f}x" if b else ("0 vs 0" if not a else "inf")

        print(f"  leaks            {o['leaks']} vs {d['leaks']}  ({ratio(o['leaks'], d['leaks'])})")
        print(f"  false replaced   {o['false']} vs {d['false']}  ({ratio(o['false'], d['false'])})")
        print(f"  quotes/s         {ours[2]['rate']:.0f} vs {ded[2]['rate']:.0f}  ({ratio(ours[2]['rate'], ded[2]['rate'])} faster)")
        print(f"  start-up         {ours[2]['startup']:.2f} s vs {ded[2]['startup']:.2f} s")
        print(f"  peak memory      {ours[2]['peak_mb']:.0f} MB vs {ded[2]['peak_mb']:.0f} MB")
    wall, cpu = hostile_seconds()
    print(f"\nhostile quote ('Jan (' x 20000, 100 kB): {wall:.2f} s, CPU {cpu:.2f} s (target < 1 s)")
    targets = rows[0][2]
    ok = targets["startup"] < 0.5 and targets["rate"] >= 2000 and targets["peak_mb"] < 150 and rows[0][1]["all"]["leaks"] == 0
    print(f"\ntargets (0 leaks, start-up < 0.5 s, >= 2000 quotes/s, < 150 MB): {'met' if ok else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
