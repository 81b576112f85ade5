"""Compare two ``bench/evalall.sh`` runs: totals and the sets that changed, per scope.

    .venv/bin/python bench/eval_compare.py BEFORE.d AFTER.d

Only sets scored in both runs are summed (a set in one run only is named at the end), so a
set added between the runs does not move the totals.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

KEYS = ("quote_leaks", "quote_parts", "narrative_leaks", "contacts_left", "contacts", "kept", "keep", "published")


def load(folder: str) -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text()) for p in sorted(Path(folder).glob("*.json"))}


def main(before_dir: str, after_dir: str) -> None:
    before, after = load(before_dir), load(after_dir)
    both = sorted(set(before) & set(after))
    for scope in ("quotes", "all"):
        tot_a = dict.fromkeys(KEYS, 0)
        tot_b = dict.fromkeys(KEYS, 0)
        print(f"== scope {scope}")
        for name in both:
            x, y = before[name].get(scope, {}), after[name].get(scope, {})
            for k in KEYS:
                tot_a[k] += x.get(k, 0)
                tot_b[k] += y.get(k, 0)
            diff = [f"{k} {x.get(k)}->{y.get(k)}" for k in KEYS if x.get(k) != y.get(k)]
            if diff:
                print(f"  {name}: " + ", ".join(diff))
        kept_a = 100 * tot_a["kept"] / max(tot_a["keep"], 1)
        kept_b = 100 * tot_b["kept"] / max(tot_b["keep"], 1)
        print(f"  TOTAL names left {tot_a['quote_leaks']}->{tot_b['quote_leaks']} of "
              f"{tot_a['quote_parts']}/{tot_b['quote_parts']}; narrative {tot_a['narrative_leaks']}->"
              f"{tot_b['narrative_leaks']}; contacts left {tot_a['contacts_left']}->{tot_b['contacts_left']} of "
              f"{tot_a['contacts']}; kept {tot_a['kept']}->{tot_b['kept']} of {tot_a['keep']}/{tot_b['keep']} "
              f"({kept_a:.1f}% -> {kept_b:.1f}%); published {tot_a['published']}->{tot_b['published']}")
    only = sorted(set(before) ^ set(after))
    if only:
        print("sets in one run only:", only)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: bench/eval_compare.py BEFORE.d AFTER.d")
    main(sys.argv[1], sys.argv[2])
