"""The counting harness shared by the attack sets from A20 on (A18 and A19 keep their frozen copies).

An attack set is a script with three tables -- ``FRAMES`` (id, mode, frame with ``{n}``), ``NAMES``
(origin, shape, name), ``LOOKALIKES`` (kind -> (items, frames with ``{x}``)) -- and a ``PARTICLES``
set; it calls ``main(SET, FRAMES, NAMES, LOOKALIKES, PARTICLES)``. Bare lines go through
``anonymise_text``:

* names: a pair LEAKS when any name part (particles and one-letter parts excepted, and parts the
  frame itself contains) survives in the output as a whole word, case-insensitive;
* look-alikes: a pair is MASKED when the item does not survive intact (exact, whole word).

Modes write a name as reporters do: ``plain``, ``lower``, ``upper`` (the whole line), ``reverse``
("Surname, First"), ``admin`` ("SURNAME First"), ``wrap`` (the name broken over two lines).
``--show`` prints the lines (a maintainer's tool: never publish its output).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import defaultdict

os.environ.setdefault("PERSKAMER_NATIVE", "0")
if os.getcwd() not in sys.path:
    sys.path.insert(0, os.getcwd())


def word_in(word: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE) is not None


def item_in(item: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(item)}(?!\w)", text) is not None


def name_parts(name: str, particles: set[str]) -> list[str]:
    parts = [p for p in re.split(r"[\s\-']+", name) if p]
    return [p for p in parts if p.lower() not in particles and len(p) >= 2]


def render(frame: str, mode: str, name: str) -> str:
    if mode == "lower":
        return frame.replace("{n}", name.lower())
    if mode == "upper":
        return frame.replace("{n}", name).upper()
    if mode in ("reverse", "admin"):
        first, _, rest = name.partition(" ")
        if not rest:
            return frame.replace("{n}", name.upper() if mode == "admin" else name)
        if mode == "reverse":
            return frame.replace("{n}", f"{rest}, {first}")
        return frame.replace("{n}", f"{rest.upper()} {first}")
    if mode == "wrap":
        if " " in name:
            return frame.replace("{n}", name.replace(" ", "\n", 1))
        return frame.replace(" {n}", "\n{n}").replace("{n}", name)
    return frame.replace("{n}", name)


def main(set_name: str, frames: list, names: list, lookalikes: dict, particles: set[str]) -> int:
    """Score frames x names and lookalikes through ``anonymise_text``; print the counts."""
    ap = argparse.ArgumentParser(description=f"{set_name}: attack set for the anonymiser")
    ap.add_argument("--show", action="store_true", help="print leak/masked lines (lead only)")
    ap.add_argument("--json", help="write the counts (no text) to this file")
    args = ap.parse_args()

    from plugins.anonymise.anonymiser import anonymise_text  # noqa: PLC0415

    t0 = time.process_time()
    n_total = n_leak = n_skip = n_err = 0
    by_frame: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_origin: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_shape: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_mode: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    shown: list[str] = []
    for fid, mode, frame in frames:
        frame_text = frame.replace("{n}", " ")
        for origin, shape, name in names:
            parts = [p for p in name_parts(name, particles) if not word_in(p, frame_text)]
            if not parts:
                n_skip += 1
                continue
            text = render(frame, mode, name)
            try:
                out = anonymise_text(text)
            except Exception as exc:  # one bad input never costs the rest
                n_err += 1
                out = text
                shown.append(f"ERROR {fid} {origin}: {type(exc).__name__}: {exc}")
            leaked = [p for p in parts if word_in(p, out)]
            n_total += 1
            for d, k in ((by_frame, fid), (by_origin, origin), (by_shape, shape), (by_mode, mode)):
                d[k][1] += 1
            if leaked:
                n_leak += 1
                for d, k in ((by_frame, fid), (by_origin, origin), (by_shape, shape), (by_mode, mode)):
                    d[k][0] += 1
                shown.append(f"LEAK [{fid}] {text!r} -> {out!r}")

    l_total = l_masked = 0
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_lframe: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for kind, (items, kind_frames) in lookalikes.items():
        for fi, frame in enumerate(kind_frames):
            for item in items:
                text = frame.replace("{x}", item)
                try:
                    out = anonymise_text(text)
                except Exception as exc:
                    n_err += 1
                    out = ""
                    shown.append(f"ERROR {kind}: {type(exc).__name__}: {exc}")
                l_total += 1
                by_kind[kind][1] += 1
                by_lframe[f"{kind}#{fi + 1}"][1] += 1
                if not item_in(item, out):
                    l_masked += 1
                    by_kind[kind][0] += 1
                    by_lframe[f"{kind}#{fi + 1}"][0] += 1
                    shown.append(f"MASKED [{kind}#{fi + 1}] {text!r} -> {out!r}")
    cpu = time.process_time() - t0

    def pct(a: int, b: int) -> str:
        return f"{100.0 * a / b:5.1f}%" if b else "  n/a"

    print(f"{set_name} names: {n_leak}/{n_total} pairs leak ({pct(n_leak, n_total)}); removed "
          f"{n_total - n_leak}/{n_total} ({pct(n_total - n_leak, n_total)}); "
          f"{len(frames)} frames x {len(names)} names, {n_skip} pairs skipped")
    print(f"{set_name} look-alikes: {l_masked}/{l_total} masked; kept {l_total - l_masked}/{l_total} "
          f"({pct(l_total - l_masked, l_total)}); {len(lookalikes)} kinds")
    print(f"errors: {n_err}; cpu {cpu:.1f} s")
    for title, d in (("per frame", by_frame), ("per mode", by_mode), ("per origin", by_origin),
                     ("per shape", by_shape)):
        print(f"\n-- names {title} (leaks/pairs)")
        for k, (a, b) in sorted(d.items(), key=lambda kv: (-kv[1][0], kv[0])):
            print(f"  {k:24s} {a:4d}/{b:<4d} {pct(a, b)}")
    print("\n-- look-alikes per kind (masked/pairs)")
    for k, (a, b) in sorted(by_kind.items(), key=lambda kv: (-kv[1][0], kv[0])):
        print(f"  {k:24s} {a:4d}/{b:<4d} {pct(a, b)}")
    print("\n-- look-alikes per frame (masked/pairs, only frames with any)")
    for k, (a, b) in sorted(by_lframe.items(), key=lambda kv: (-kv[1][0], kv[0])):
        if a:
            print(f"  {k:24s} {a:4d}/{b:<4d}")
    if args.show:
        print("\n-- lines (lead only)")
        for s in shown:
            print(s)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump({"names": [n_leak, n_total], "lookalikes_masked": [l_masked, l_total],
                       "errors": n_err, "by_frame": by_frame, "by_origin": by_origin,
                       "by_shape": by_shape, "by_mode": by_mode, "by_kind": by_kind}, fh, indent=1)
    return 0
