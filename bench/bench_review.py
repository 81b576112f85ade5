"""The review's count of open decisions (``review.collect``) on a workspace's reports: the
workspace evidence read once (session 21) against each report's Evidence asked in turn
(``per_report=True``, the code before), alternating in one process, CPU time.

    .venv/bin/python bench/generate.py /tmp/ws1000 -n 1000
    .venv/bin/python bench/bench_review.py /tmp/ws1000 [--rounds 3]

The workspace's reports are read and anonymised as a build does (``Builder.process_all``, no
cache), then ``collect`` runs both ways, the order turned each round (the first call of a
round also warms the shared memo tables of the lexicon and the tokenizer for the second).
Printed: the items' digest of both ways (they must be the same), CPU per call and the ratio
per round, the machine's load. Words are never printed. Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("workspace", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)

    from perskamer.build import Builder
    from perskamer.plugins.anonymise import review
    from perskamer.workspace import open_workspace

    config, host = open_workspace(args.workspace / "config" / "perskamer.yaml")
    builder = Builder(config, host, cache=None)
    paths, _problems = builder.discover()
    reports = [o.report for o in builder.process_all(paths) if o.report is not None]
    asked = len(review._doubtful_words(reports))
    print(f"{len(reports)} reports, {asked} doubtful words asked; load {os.getloadavg()[0]:.1f}")
    digests = set()
    for rnd in range(args.rounds):
        times = {}
        for way in (("before", "indexed") if rnd % 2 == 0 else ("indexed", "before")):
            t0 = time.process_time()
            items = review.collect(reports, per_report=way == "before")
            times[way] = time.process_time() - t0
            digests.add(hashlib.sha256(json.dumps([i.to_dict() for i in items]).encode()).hexdigest()[:16])
        print(f"round {rnd + 1}: before {times['before']:.3f} s, indexed {times['indexed']:.3f} s of CPU: "
              f"{times['before'] / max(times['indexed'], 1e-9):.1f}x; {len(items)} items; load {os.getloadavg()[0]:.1f}")
    print("the same items both ways" if len(digests) == 1 else f"DIFFERENT items: {sorted(digests)}")
    return 0 if len(digests) == 1 else 1


if __name__ == "__main__":
    sys.exit(main())
