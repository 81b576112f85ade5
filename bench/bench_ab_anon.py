"""The anonymiser's throughput, this checkout against another copy, alternating in one run (CPU time).

    .venv/bin/python bench/bench_ab_anon.py --against /work/wt/s19-start/plugins/anonymise [--rounds 5]
    .venv/bin/python bench/bench_ab_anon.py --against DIR --workspace /tmp/ws300   # + generated reports

Two loads, each in a fresh subprocess per engine and round, the engines' order turning round
by round (A B, B A, A B, ...), so that both meet the same machine load:

* ``quotes``: bench_anonymise's cases (the unseen set, the corpus fixtures, the hard cases:
  318 quotes in 224 groups), each group as one report through ``anonymise_report`` -- quotes
  per CPU-second (issue 11's target: 2,000, pure Python);
* ``reports`` (with ``--workspace``): every report of a workspace (bench/generate.py), read
  by this checkout's readers once, then anonymised through ``anonymise_report`` with the
  workspace's options, as a build's transform does -- ms of CPU per report.

``--against``: a copy of ``plugins/anonymise`` (as ``BENCH_BASELINE`` of bench_anonymise: its
folder's parent goes first on the path, the rest of perskamer is this checkout's). Figures are
medians over the rounds and the ratio A/B of the medians (above 1: this checkout does more per CPU-second); nothing here asserts a time.
``--in-process``: both engines in ONE subprocess (the copy imported under its own package name,
its own lists), rounds alternating A B, B A, ... there: the same process state for both, less
scatter under load.
Set ``PERSKAMER_NATIVE=0`` to compare pure Python (the compiled build is used when fresh).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = ROOT / ".venv" / "bin" / "python"

WORKER = textwrap.dedent(
    """
    import copy, importlib, json, os, sys, time
    sys.path.insert(0, os.path.join(sys.argv[1], "bench"))
    pkg = os.environ.get("BENCH_ANON_PACKAGE") or "perskamer.plugins.anonymise"
    anonymiser = importlib.import_module(pkg + ".anonymiser")
    from perskamer.model import Quote, Report
    import ab_loads
    mode, arg = sys.argv[2], sys.argv[3]
    if mode == "quotes":
        work, n_quotes = ab_loads.quote_groups()
        def one_round():
            for meta, context, quotes in work:
                r = Report(source="x", slug="x", format="md", meta=copy.deepcopy(meta), sections={"summary": context},
                           quotes=[Quote(t, s) for t, s in quotes])
                anonymiser.anonymise_report(r)
            return n_quotes
    else:
        reports, raw = ab_loads.workspace_reports(arg)
        opts = anonymiser.Options.from_dict(raw)
        def one_round():
            for rep in copy.deepcopy(reports):
                anonymiser.anonymise_report(rep, opts)
            return len(reports)
    one_round()  # warm-up: lists loaded, first call made
    n, c0, t0 = 0, time.process_time(), time.perf_counter()
    while time.perf_counter() - t0 < float(os.environ.get("BENCH_AB_SECONDS", "3")) or n == 0:
        n += one_round()
    print(json.dumps({"n": n, "cpu": time.process_time() - c0}))
    """
)


INPROC = textwrap.dedent(
    """
    import copy, importlib, json, os, sys, time
    sys.path.insert(0, os.path.join(sys.argv[1], "bench"))
    sys.path.insert(0, sys.argv[4])  # (the other copy's folder: its package by its own name)
    engines = {"A": importlib.import_module("perskamer.plugins.anonymise.anonymiser"),
               "B": importlib.import_module(sys.argv[5] + ".anonymiser")}
    from perskamer.model import Quote, Report
    import ab_loads
    mode, arg = sys.argv[2], sys.argv[3]
    if mode == "quotes":
        work, n_quotes = ab_loads.quote_groups()
        def one_round(an):
            for meta, context, quotes in work:
                r = Report(source="x", slug="x", format="md", meta=copy.deepcopy(meta), sections={"summary": context},
                           quotes=[Quote(t, s) for t, s in quotes])
                an.anonymise_report(r)
            return n_quotes
    else:
        reports, raw = ab_loads.workspace_reports(arg)
        def one_round(an):
            opts = an.Options.from_dict(raw)
            for rep in copy.deepcopy(reports):
                an.anonymise_report(rep, opts)
            return len(reports)
    for an in engines.values():
        one_round(an)  # (warm-up: each engine's lists loaded, first call made)
    rates = {"A": [], "B": []}
    for k in range(int(os.environ.get("BENCH_AB_ROUNDS", "8"))):
        for name in ("A", "B") if k % 2 == 0 else ("B", "A"):
            c0 = time.process_time()
            n = one_round(engines[name])
            rates[name].append(n / (time.process_time() - c0))
    print(json.dumps(rates))
    """
)


def run_inprocess(package: Path, mode: str, arg: str, rounds: int) -> dict[str, list[float]]:
    """Both engines in one process (A: this checkout's package, B: the copy under its own
    name), rounds alternating A B, B A, ...: items per CPU-second per round."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), BENCH_AB_ROUNDS=str(rounds))
    out = subprocess.run([str(PY), "-c", INPROC, str(ROOT), mode, arg, str(package.parent), package.name],
                         capture_output=True, text=True, env=env, check=False)
    if out.returncode != 0:
        raise SystemExit(out.stderr[-3000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def run(package: Path | None, mode: str, arg: str) -> float:
    """Items per CPU-second of one engine in a fresh subprocess."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    if package is not None:
        env["PYTHONPATH"] = f"{package.parent}{os.pathsep}{ROOT}"
        env["BENCH_ANON_PACKAGE"] = package.name
    out = subprocess.run([str(PY), "-c", WORKER, str(ROOT), mode, arg], capture_output=True, text=True, env=env, check=False)
    if out.returncode != 0:
        raise SystemExit(out.stderr[-3000:])
    got = json.loads(out.stdout.strip().splitlines()[-1])
    return got["n"] / got["cpu"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--against", type=Path, required=True, help="a copy of plugins/anonymise (engine B)")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--workspace", type=Path, help="also the reports of this workspace (bench/generate.py)")
    ap.add_argument("--in-process", action="store_true", help="both engines in one process (the copy under its "
                    "own package name), rounds alternating: less scatter than a process per round")
    args = ap.parse_args(argv)
    loads = [("quotes", "")] + ([("reports", str(args.workspace.resolve()))] if args.workspace else [])
    print(f"A = this checkout ({ROOT}), B = {args.against}; PERSKAMER_NATIVE={os.environ.get('PERSKAMER_NATIVE', '(unset)')}")
    for mode, arg in loads:
        a: list[float] = []
        b: list[float] = []
        if args.in_process:
            got = run_inprocess(args.against.resolve(), mode, arg, args.rounds)
            a, b = got["A"], got["B"]
        for k in range(0 if args.in_process else args.rounds):
            order = [("A", None), ("B", args.against.resolve())]
            for name, package in order if k % 2 == 0 else order[::-1]:
                (a if name == "A" else b).append(run(package, mode, arg))
            print(f"  {mode} round {k + 1}: A {a[-1]:.0f}, B {b[-1]:.0f} per CPU-s (A/B {a[-1] / b[-1]:.2f}x)", flush=True)
        ma, mb = statistics.median(a), statistics.median(b)
        mode = f"{mode} (one process)" if args.in_process else mode
        unit = "quotes" if mode.startswith("quotes") else "reports"
        extra = "" if unit == "quotes" else f" ({1000 / ma:.2f} vs {1000 / mb:.2f} ms CPU per report)"
        print(f"{mode}: A {ma:.0f} vs B {mb:.0f} {unit} per CPU-second (medians of {args.rounds}): A is "
              f"{ma / mb:.2f}x B{extra}; per round A/B {', '.join(f'{x / y:.2f}' for x, y in zip(a, b, strict=False))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
