"""Who calls ``detect.analyse`` on the report path, with which options, on how much text, at what cost.

    .venv/bin/python bench/analyse_calls.py --hostile sign-off --size 100000   # one of bench_hostile's triggers
    .venv/bin/python bench/analyse_calls.py --workspace /tmp/ws60                # every report of a workspace
    .venv/bin/python bench/analyse_calls.py --quotes                             # bench_anonymise's 318 quotes

Each ``anonymise_report`` call is made as a build makes it (a warm-up report first), with every
module's reference to ``detect.analyse`` wrapped: per call site (the three callers above the call)
and options, the number of calls, the characters analysed and the CPU seconds (``process_time``;
the wrapper's own stack walk is not counted). Then the analyses a memo could have answered: the
same text, the same knowledge state (its object and :attr:`.detect.Knowledge.writes`) and the
same options (find_uncertain aside: a call without it could take the spans of one with it), and
the texts analysed again with other options or another knowledge state, by pair of call sites
(session 26, s26-speed: issue 11's and 13's question whether a pass can be left out). Prints
call sites and sizes only, never a text.
"""

from __future__ import annotations

import argparse
import collections
import copy
import importlib
import sys
import time
import traceback
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

#: the modules that hold their own reference to ``analyse`` (``from .detect import analyse``)
_HOLDERS = ("analysis_memo", "anonymiser", "replace", "published", "filename")


def _reports(args: argparse.Namespace) -> list[Any]:
    from perskamer.model import Quote, Report

    if args.hostile:
        import bench_hostile as bh

        trig = bh.TRIGGERS.get(args.hostile)
        size = args.size
        text = bh.generated_text(args.hostile, size) if trig is None else (trig * (size // len(trig) + 1))[:size]
        return [Report(source="r.md", slug="r", format="md",
                       meta={"speakers": ["Wubbo Oudeland (Jeugddienst)"], "reporter": "Sander Wuyts"},
                       sections={"summary": "Een avond over de jeugdraad. Wubbo Oudeland gaf de sessie.",
                                 "quotes": "\u201c" + text + "\u201d \u2013 Wubbo Oudeland"},
                       quotes=[Quote(text=text, speaker="Wubbo Oudeland")])]
    if args.quotes:
        import bench_anonymise as ba

        cases = ba.load_cases()
        groups: dict[str, list[int]] = {}
        for i, c in enumerate(cases):
            groups.setdefault(c["group"], []).append(i)
        out = []
        for idx in groups.values():
            c0 = cases[idx[0]]
            out.append(Report(source="x", slug="x", format="md", meta=copy.deepcopy(c0.get("meta") or {}),
                              sections={"summary": c0.get("context") or ""},
                              quotes=[Quote(cases[i]["text"], cases[i].get("speaker")) for i in idx]))
        return out
    from perskamer.build import Builder
    from perskamer.workspace import open_workspace

    config, host = open_workspace(Path(args.workspace) / "config" / "perskamer.yaml")
    builder = Builder(config, host, cache=None)
    readers = host.implementations("perskamer_read_source")
    paths, _problems = builder.discover()
    out = []
    for source in (builder.load_source(p) for p in paths):
        if not hasattr(source, "data"):
            continue
        for _name, reader in readers:
            report = reader(source=source, context=builder.context)
            if report is not None:
                out.append(report)
                break
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--hostile", metavar="TRIGGER", help="a trigger of bench/bench_hostile.py")
    what.add_argument("--workspace", type=Path, help="a workspace (bench/generate.py makes one)")
    what.add_argument("--quotes", action="store_true", help="bench/bench_anonymise.py's quotes, one report per group")
    parser.add_argument("--size", type=int, default=100_000, help="the hostile text's size (characters)")
    parser.add_argument("--top", type=int, default=20)
    args = parser.parse_args(argv)

    from perskamer.model import Quote, Report
    from perskamer.plugins.anonymise import anonymiser, detect
    from perskamer.plugins.anonymise.lexicon import load_lexicon

    load_lexicon()
    warm = Report(source="w.md", slug="w", format="md", meta={"speakers": ["Wubbo Oudeland"]},
                  sections={"quotes": "Groetjes,\nJan (warm-up) 14:15 zegt Maaike"},
                  quotes=[Quote(text="Groetjes,\nJan (warm-up) 14:15 zegt Maaike", speaker="Wubbo Oudeland")])
    anonymiser.anonymise_report(warm, anonymiser.Options.from_dict({}))
    reports = _reports(args)

    original = detect.analyse
    calls: list[tuple[str, int, tuple, float]] = []
    seen: dict[tuple, tuple[str, bool]] = {}  # (text, knowledge state, options) -> (first site, uncertain listed)
    by_text: dict[str, tuple[str, tuple]] = {}  # text -> (first site, knowledge state)
    repeats: collections.Counter[tuple[str, str, str]] = collections.Counter()
    repeat_cost: collections.Counter[tuple[str, str, str]] = collections.Counter()
    held: list[Any] = []  # (every knowledge seen, so that no later one takes its id)

    def wrapped(text: str, knowledge: Any = None, **kw: Any) -> Any:
        start = time.process_time()
        found = original(text, knowledge, **kw)
        spent = time.process_time() - start
        site = " < ".join(f"{f.name}:{f.lineno}" for f in reversed(traceback.extract_stack(limit=4)[:-1]))
        opts = (kw.get("chat"), kw.get("min_confidence", 0.5), kw.get("speaker_lines", True),
                kw.get("deny_unknown", True))
        held.append(knowledge)
        state = (id(knowledge), getattr(knowledge, "writes", None))
        uncertain = kw.get("find_uncertain", True)
        calls.append((site, len(text), (*opts, uncertain), spent))
        key = (text, state, opts)
        if key in seen:
            first, listed = seen[key]
            kind = ("same text, knowledge state and options" if listed or not uncertain
                    else "the same, the uncertain words asked only now")
            seen[key] = (first, listed or uncertain)
        elif text in by_text:
            first = by_text[text][0]
            kind = "same text, other options" if by_text[text][1] == state else "same text, another knowledge state"
            seen[key] = (site, uncertain)
        else:
            first, kind = "", ""
            seen[key] = (site, uncertain)
        if kind:
            repeats[(kind, first, site)] += 1
            repeat_cost[(kind, first, site)] += spent
        by_text.setdefault(text, (site, state))
        return found

    detect.analyse = wrapped
    holders = [importlib.import_module(f"perskamer.plugins.anonymise.{m}") for m in _HOLDERS]
    for mod in holders:
        mod.analyse = wrapped  # type: ignore[attr-defined]
    try:
        start = time.process_time()
        for report in reports:
            anonymiser.anonymise_report(report, anonymiser.Options.from_dict({}))
        total = time.process_time() - start
    finally:
        detect.analyse = original
        for mod in holders:
            mod.analyse = original  # type: ignore[attr-defined]

    spent = sum(c[3] for c in calls)
    print(f"{len(reports)} report(s): anonymise_report {total:.3f} CPU s (with the wrapper's stack walks); "
          f"{len(calls)} analyses, {sum(c[1] for c in calls)} characters, {spent:.3f} CPU s")
    agg: dict[tuple[str, tuple], list[float]] = collections.defaultdict(lambda: [0, 0, 0.0])
    for site, size, opts, cost in calls:
        row = agg[(site, opts)]
        row[0] += 1
        row[1] += size
        row[2] += cost
    print(f"{'CPU s':>8} {'share':>6} {'calls':>6} {'chars':>9}  options (chat, min_conf, speaker_lines, deny_unknown, "
          "find_uncertain)  call site")
    for (site, opts), (n, size, cost) in sorted(agg.items(), key=lambda kv: -kv[1][2])[: args.top]:
        print(f"{cost:8.3f} {cost / max(spent, 1e-9):6.1%} {n:6d} {size:9d}  {opts}  {site}")
    print("analyses of a text analysed before (kind, first call site -> this one): calls, CPU s")
    for key, n in sorted(repeats.items(), key=lambda kv: -repeat_cost[kv[0]])[: args.top]:
        print(f"  {repeat_cost[key]:.3f} s {n:5d}  {key[0]}: {key[1]} -> {key[2]}")
    if not repeats:
        print("  none")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
