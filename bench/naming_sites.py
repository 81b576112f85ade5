"""The naming verbs' sites of a set of texts and the kind their subject is read as (session 25).

    .venv/bin/python bench/naming_sites.py 'bench/data/*/*' 'bench/unseen*/**/*'
    .venv/bin/python bench/naming_sites.py --against OLD/naming.py 'bench/data/*/*'

Without ``--against``: how many sites each set holds, per kind ("person", "thing"; a site of
unknown kind is no site: the ordinary rules read it). With ``--against`` a copy of another
version's ``plugins/anonymise/naming.py`` (e.g. ``git show 7a24ce2:plugins/anonymise/naming.py``):
every site whose kind differs, with a few words before it -- names included, so the output is for
your terminal only, never for a note or a commit. ``bench/data/heldout_s25`` is never read.
"""

from __future__ import annotations

import argparse
import glob
import importlib.util
import os
from collections import Counter
from itertools import starmap
from pathlib import Path
from types import ModuleType

from perskamer.plugins.anonymise import naming
from perskamer.plugins.anonymise.detect import Token, _token_rows
from perskamer.plugins.anonymise.lexicon import load_lexicon


def _load(path: str) -> ModuleType:
    # (a package-relative name, so the copy's relative imports resolve to this tree's modules)
    spec = importlib.util.spec_from_file_location("perskamer.plugins.anonymise._naming_other", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _kinds(mod: ModuleType, text: str, rows: list, lex) -> dict[int, tuple[str, tuple[int, int]]]:
    toks = list(starmap(Token, rows))
    return {run[0]: (kind, run) for kind, _rule, runs in mod._sites(text, toks, lex) for run in runs}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("patterns", nargs="+")
    ap.add_argument("--against")
    args = ap.parse_args()
    lex = load_lexicon()
    other = _load(args.against) if args.against else None
    files = sorted({f for p in args.patterns for f in glob.glob(p, recursive=True)
                    if "heldout_s25" not in f and f.endswith((".md", ".txt")) and os.path.isfile(f)})
    per_set: Counter[tuple[str, str]] = Counter()
    changed = 0
    for f in files:
        text = Path(f).read_text(encoding="utf-8", errors="replace")
        rows, folded, *_ = _token_rows(text)
        if not naming.may_name(set(folded)) and not (other and other.may_name(set(folded))):
            continue
        new = _kinds(naming, text, rows, lex)
        for kind, _run in new.values():
            per_set[(os.path.dirname(f), kind)] += 1
        if other is None:
            continue
        old = _kinds(other, text, rows, lex)
        toks = list(starmap(Token, rows))
        for start in sorted(set(old) | set(new)):
            a, b = old.get(start, ("-",))[0], new.get(start, ("-",))[0]
            if a != b:
                changed += 1
                run = (old.get(start) or new[start])[1]
                st, en = toks[max(0, run[0] - 6)].start, toks[run[1]].end
                print(f"{f}: {a} -> {b}: {text[st:en]!r}".replace("\n", " "))
    for (d, kind), n in sorted(per_set.items()):
        print(f"{d}: {kind} {n}")
    print(f"{len(files)} files, {sum(per_set.values())} sites" + (f", {changed} differ" if other else ""))


if __name__ == "__main__":
    main()
