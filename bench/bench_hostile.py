"""Hostile input: every rule family's trigger repeated to 50 kB and 100 kB, text only and through the report path.

    .venv/bin/python bench/bench_hostile.py                    # every trigger, this checkout
    .venv/bin/python bench/bench_hostile.py --only "Jan (" sign-off
    BENCH_BASELINE=/tmp/anon_before .venv/bin/python bench/bench_hostile.py   # side by side with a copy
    BENCH_BASELINE=/tmp/anon_before .venv/bin/python bench/bench_hostile.py --rounds 3   # alternating, medians

Issue 11's target: a 100 kB hostile quote is anonymised in < 1 s. Each trigger (a
structural shape some module of ``plugins/anonymise/`` reacts to: credits, dashes,
brackets, "zegt", chat lines with time stamps, Teams/Zoom lines, greetings and sign-offs,
French/English prepositions, CAPITALS, label lines, particles, contact shapes, "Jan (",
plain prose, a multi-line quote) is repeated to 50 kB and 100 kB and run

* ``text``: ``anonymise_text`` on the bare text (what the guard's and the preview's
  one-off calls do);
* ``report``: ``anonymise_report`` on a report whose only quote is the text, as a build's
  transform hook calls it (``perskamer_transform_report`` -> ``anonymise_report(report,
  Options)``): front matter with a speaker and a reporter, a summary, the quotes section
  holding the same quotation (as the readers make it) and the quote with a credit.

Figures are CPU seconds of the anonymiser's call (``time.process_time``; lists loaded
and a warm-up done before), and the 100 kB / 50 kB ratio (linear = ~2). Each engine
(this checkout, each ``BENCH_BASELINE`` copy of ``plugins/anonymise`` with its
lexicon's ``_DATA_PACKAGE`` pointing at its own data) runs in its own subprocess;
``--rounds N`` runs them N times, the order turning round by round, and shows the medians. The
names in the triggers are invented.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUR_PY = ROOT / ".venv" / "bin" / "python"

#: name -> the trigger (repeated to the size). Invented names; one or more per rule family.
TRIGGERS: dict[str, str] = {
    "Jan (": "Jan (",
    "plain prose": "We gingen met de jeugdraad naar het speelplein en daar was het een fijne dag voor iedereen. ",
    "multi-line": "We gingen naar het kamp aan zee.\nMaaike zei dat het daar heel leuk was.\nDe bus was te laat.\n",
    "credit": "(foto: Jorinde Kalfsvel) Het kamp was leuk. Foto Wiebke Dierickx.\n",
    "dash credit": "“Dat klopt.” – Jorinde Kalfsvel, begeleider\n- Wiebke, 16 -\n",
    "brackets": "[Jorinde] zei (Wiebke Dierickx) dat {Maaike} kwam. ",
    "zegt": "“Ja,” zegt Jorinde Kalfsvel. Wiebke zegt: “nee”. ",
    "chat stamp": "[14:15] Jorinde: ja hoor\n14:16 wiebke: nee\n",
    "teams line": "Jorinde Kalfsvel  14:15\nmijn camera doet het niet\n",
    "zoom line": "14:15:02 From Wiebke Dierickx to Everyone: hoi allemaal\n",
    "greeting": "Hoi Jorinde, dank je wiebke! Dag Maaike. ",
    "sign-off": "Groetjes,\nJorinde Kalfsvel\n",
    "one line": "Groetjes, Jorinde  14:15 ",
    "french prep": "« Avec Espérance, on a parlé avec Désiré chez Olive. » ",
    "english prep": "We talked with Jorinde and Wiebke at the camp, thanks to Maaike. ",
    "caps run": "OOK ABCDE FGHIJ KLMNO PQRST ",
    "caps label": 'JORINDE KALFSVEL (monitor): "Zonder die bus konden we nergens heen."\n',
    "caps age": 'Quote van WANNES DIERICKX (17): "Het kamp was veel te kort." ',
    "label line": "Jorinde Kalfsvel van het jeugdhuis: “We zien meer jongeren.”\n",
    "label bullet": "- Wiebke Dierickx, coördinator bij het wijkteam: nee\n",
    "particles": "Wybe van der Kalfsvel (vzw): “ja”\n",
    "lower names": "haha jorinde kalfsvel heeft weer de bus gemist\n",
    "contacts": "mail jorinde.kalfsvel@gmail.com of bel 0470 12 34 56, @jorinde_k op insta. ",
    "month name": "Juni zei dat Mei later kwam. ",
    "attribution": "« Oui », explique Jorinde Kalfsvel. ",
    # (session 21: a person frame's list read again from every frame, a full stop's word searched per stop)
    "list frame": "v.l.n.r. Jorinde, ",
}

#: (session 24, s24-speed) shapes that do not repeat one short period: generated once at the
#: largest size (the smaller size is its beginning), with a fixed seed, so that a memo of a
#: repeated word or frame (``person_lists._kind``, ``contact_cues.account_shaped``, the shapes'
#: memo) cannot flatter the figure. Names are invented from syllables (5,000+ distinct ones).
GENERATED = ("distinct names", "chat export", "prose names")

_ONSETS = ["b", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "br", "dr", "kr",
           "st", "tj", "sj", "gw", "ch", "y", "q", "x"]
_VOWELS = ["a", "e", "i", "o", "u", "ae", "ie", "oe", "ou", "ei", "y", "aa", "ee", "oo", "uu", "ij"]
_CODAS = ["", "", "n", "l", "r", "s", "k", "m", "t", "nd", "rk", "x", "ck", "ns"]


def _invented_names(rng, count: int) -> list[str]:
    """``count`` distinct invented names (two or three syllables, capitalised)."""
    seen: dict[str, None] = {}
    while len(seen) < count:
        name = "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS)
                       for _ in range(rng.choice((2, 2, 3))))
        seen.setdefault(name.capitalize(), None)
    return list(seen)


def generated_text(name: str, size: int, seed: int = 24) -> str:
    """The generated shape ``name`` of at least ``size`` characters (see :data:`GENERATED`)."""
    import random

    rng = random.Random(f"{seed}:{name}")
    firsts, lasts = _invented_names(rng, 3000), _invented_names(rng, 3000)
    out: list[str] = []
    n = 0
    k = 0
    while n < size:
        f1, l1, f2, l2 = firsts[k % 3000], lasts[(k * 7) % 3000], firsts[(k * 13 + 1) % 3000], lasts[(k * 11 + 5) % 3000]
        k += 1
        if name == "distinct names":
            piece = rng.choice(("v.l.n.r. {a} {b}, {c} {d} en {e}. ", "Op de foto: {a} {b} en {c} {d}. ",
                                "- {a} {b}, {c} {d}, {e}\n", "Met dank aan {a} {b} en {c}! "))
        elif name == "chat export":
            piece = rng.choice(("[{h:02d}:{m:02d}] {a} {b}: kom je ook, {c}?\n", "[{h:02d}:{m:02d}] {c}: ja, met {e}\n",
                                "{h:02d}:{m:02d} {a}: {e} heeft de sleutel\n", "[{h:02d}:{m:02d}] {c} {d}: ok\n"))
        else:
            piece = rng.choice(("{a} {b} zei dat {c} later kwam. ", "We spraken met {c} {d} over het kamp. ",
                                "Volgens {a} was het te koud, zegt {e}. ", "{c} en {e} gingen mee naar zee. "))
        piece = piece.format(a=f1, b=l1, c=f2, d=l2, e=firsts[(k * 17 + 3) % 3000], h=rng.randrange(24), m=rng.randrange(60))
        out.append(piece)
        n += len(piece)
    return "".join(out)


WORKER = textwrap.dedent(
    """
    import importlib, json, os, sys, time
    pkg = os.environ.get("BENCH_ANON_PACKAGE") or "perskamer.plugins.anonymise"
    from perskamer.model import Quote, Report
    anonymiser = importlib.import_module(pkg + ".anonymiser")
    anonymise_text = importlib.import_module(pkg + ".replace").anonymise_text
    importlib.import_module(pkg + ".lexicon").load_lexicon()
    job = json.load(sys.stdin)

    def report_of(text):
        # as a reader makes a report of a .md file with front matter and one quote
        return Report(source="r.md", slug="r", format="md",
                      meta={"speakers": ["Wubbo Oudeland (Jeugddienst)"], "reporter": "Sander Wuyts"},
                      sections={"summary": "Een avond over de jeugdraad. Wubbo Oudeland gaf de sessie.",
                                "quotes": "\\u201c" + text + "\\u201d \\u2013 Wubbo Oudeland"},
                      quotes=[Quote(text=text, speaker="Wubbo Oudeland")])

    def run(mode, text):
        if mode == "text":
            t = time.process_time(); anonymise_text(text); return time.process_time() - t
        r = report_of(text)
        opts = anonymiser.Options.from_dict({})
        t = time.process_time(); anonymiser.anonymise_report(r, opts); return time.process_time() - t

    run("report", "Groetjes,\\nJan (warm-up) 14:15 zegt Maaike")
    out = {}
    for name, trig in job["triggers"].items():
        for size in job["sizes"]:
            text = (trig * (size // len(trig) + 1))[:size]
            for mode in ("text", "report"):
                out[f"{name}|{size}|{mode}"] = run(mode, text)
        print(json.dumps({"partial": name}), flush=True)
    print(json.dumps(out))
    """
)


def run_engine(triggers: dict[str, str], sizes: list[int], package: Path | None = None, progress: str = "") -> dict[str, float]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    if package is not None:
        env["PYTHONPATH"] = f"{package.parent}{os.pathsep}{ROOT}"
        env["BENCH_ANON_PACKAGE"] = package.name
    proc = subprocess.Popen([str(OUR_PY), "-c", WORKER], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(json.dumps({"triggers": triggers, "sizes": sizes}))
    proc.stdin.close()
    last = ""
    for line in proc.stdout:
        last = line
        if progress and '"partial"' in line:
            print(f"  {progress}: {json.loads(line)['partial']}", file=sys.stderr, flush=True)
    if proc.wait() != 0:
        raise RuntimeError(proc.stderr.read()[-2000:] if proc.stderr else "failed")
    return json.loads(last)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", nargs="*", help="only these triggers (names as in the table)")
    ap.add_argument("--sizes", default="50000,100000", help="sizes in characters, comma-separated (default 50000,100000)")
    ap.add_argument("--quiet", action="store_true", help="no progress lines on stderr")
    ap.add_argument("--rounds", type=int, default=1,
                    help="run every engine this many times, alternating their order; the medians are shown (default 1)")
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    triggers = {k: v for k, v in TRIGGERS.items() if not args.only or k in args.only}
    triggers.update({k: generated_text(k, max(sizes)) for k in GENERATED if not args.only or k in args.only})
    baselines = [Path(p) for p in os.environ.get("BENCH_BASELINE", "").split(os.pathsep) if p]
    packages: dict[str, Path | None] = {"this checkout": None}
    for b in baselines:
        packages["baseline" if len(baselines) == 1 else b.name[:20]] = b
    # each round runs every engine once, in turn; the order turns round by round (the first
    # engine of a round must not always be the one that meets the other jobs' load first)
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in packages}
    for round_no in range(args.rounds):
        order = list(packages)
        k = round_no % len(order)
        for name in order[k:] + order[:k]:
            runs[name].append(run_engine(triggers, sizes, packages[name],
                                         progress="" if args.quiet else f"{name} (round {round_no + 1})"))
    engines = {name: {key: statistics.median(r[key] for r in got) for key in got[0]} for name, got in runs.items()}
    small, big = sizes[0], sizes[-1]
    head = f"{'trigger':14} {'engine':14} " + " ".join(f"{mode} {s // 1000}kB".rjust(12) for mode in ("text", "report")
                                                     for s in sizes) + f" {'ratio t/r':>11}"
    print(head)
    print("-" * len(head))
    worst: dict[str, tuple[float, str]] = {}
    for name in triggers:
        for eng, res in engines.items():
            cells = [res[f"{name}|{s}|{mode}"] for mode in ("text", "report") for s in sizes]
            rt = res[f"{name}|{big}|text"] / max(res[f"{name}|{small}|text"], 1e-3)
            rr = res[f"{name}|{big}|report"] / max(res[f"{name}|{small}|report"], 1e-3)
            over = " *" if res[f"{name}|{big}|report"] >= 1.0 or res[f"{name}|{big}|text"] >= 1.0 else ""
            print(f"{name:14} {eng:14} " + " ".join(f"{c:12.2f}" for c in cells) + f" {rt:5.1f}/{rr:<5.1f}{over}")
            w = max(res[f"{name}|{big}|report"], res[f"{name}|{big}|text"])
            if w > worst.get(eng, (0.0, ""))[0]:
                worst[eng] = (w, name)
    print(f"(CPU s of one call{f', median of {args.rounds} alternating rounds' if args.rounds > 1 else ''};"
          f" ratio = {big // 1000} kB / {small // 1000} kB, text/report, linear = ~{big / small:.0f};"
          " * = 1 s or more at the larger size: issue 11's target is < 1 s)")
    for eng, (w, name) in worst.items():
        print(f"{eng}: worst {w:.2f} CPU s ({name}); " + ("every trigger < 1 s" if w < 1.0 else "NOT every trigger < 1 s"))
    if len(engines) > 1:
        eng0 = next(iter(engines))
        for eng in list(engines)[1:]:
            a = sum(engines[eng0][f"{n}|{big}|report"] for n in triggers)
            b = sum(engines[eng][f"{n}|{big}|report"] for n in triggers)
            print(f"sum over triggers, report path, {big // 1000} kB: {eng0} {a:.2f} s vs {eng} {b:.2f} s ({a / max(b, 1e-9):.2f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
