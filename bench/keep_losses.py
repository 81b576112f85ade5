"""Lost keep items and published quote names per gold set, fast (the anonymiser only, no build).

    PERSKAMER_NATIVE=0 .venv/bin/python bench/keep_losses.py [--sets GLOB ...] [-v] [--json OUT]

For every report with a ``.gold.json`` beside it under ``bench/data/*`` (never
``heldout_s26``, the lead's held-out set) and ``bench/unseen_keep_s*``, the report is read as a build reads it and
anonymised with the default options (``anonymiser.anonymise_report``); then, in its
published fields (title, sections, quote texts, speakers, attributions):

* each gold ``keep`` word is counted (case-sensitive, whole word) as often as the
  un-anonymised report has it -- a keep item is lost when it stands fewer times;
* each gold ``quote_names`` part is looked for as a whole word, case-insensitive -- a
  published name.

This is the anonymiser's share of ``bench/eval_unseen_s3.py`` (which builds every output
and reads every file): a quick way to compare rule policies on every gold set. ``-v`` prints
each lost item with the anonymised words around it (terminal only: it holds quote text;
never log or publish it; never on a set that is blind for you).
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from anon_golden import generated_workspace, read_files  # noqa: E402
from eval_unseen_s3 import count_in, normalise, word_re  # noqa: E402

BLIND = ("heldout_s26",)  # (session 26: T25 is informed dev data; T26 is the lead's)


def gold_sets(patterns: list[str]) -> list[Path]:
    """Set folders under bench/ matching ``patterns`` (relative globs) that hold gold files."""
    out: list[Path] = []
    for pat in patterns:
        for p in sorted(HERE.glob(pat)):
            if p.is_dir() and p.name not in BLIND and any(p.glob("*.gold.json")) and p not in out:
                out.append(p)
    return out


def published_text(report: Any) -> str:
    """The report's own published text: title, sections, quotes with speaker and attribution."""
    parts = [str(report.title or "")]
    parts += [str(v) for v in report.sections.values() if isinstance(v, str)]
    for q in report.quotes:
        parts += [str(getattr(q, k, "") or "") for k in ("text", "speaker", "attribution", "affiliation")]
    return normalise("\n".join(parts))


def _context(word: str, before: str, after: str) -> str:
    """The anonymised words where the first lost occurrence of ``word`` stood (best effort)."""
    m = word_re(word, 0).search(before)
    if not m:
        return "?"
    left = re.escape(before[max(0, m.start() - 25):m.start()][-12:])
    hit = re.search(left + r"(.{0,60})", after)
    return (hit.group(0) if hit else before[max(0, m.start() - 40):m.end() + 40]).replace("\n", " ")


PREPS = frozenset({"in", "op", "via", "bij", "naar", "met", "van", "uit", "aan", "voor", "tegen", "door", "rond",
                   "over", "tot", "vanuit", "richting", "zoals"})
WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")


def evidence_class(item: str, text: str) -> str:
    """What the anonymiser can see at the first spot of a lost keep item (for the trade-off table)."""
    from perskamer.fold import fold
    from perskamer.plugins.anonymise.lexicon import load_lexicon

    lex = load_lexicon()
    flat = text
    m = word_re(item, 0).search(flat)
    if not m:
        flat = re.sub(r"\s+", " ", text)
        m = word_re(item, 0).search(flat)
    if not m:
        return "not found"
    words = WORD.findall(item)
    kind = "one word" if len(words) == 1 else "several words"
    if any(fold(w) in lex.first_names or fold(w) in lex.surnames for w in words):
        kind += ", on a name list"
    elif all(lex.is_word(fold(w)) or fold(w) in lex.places for w in words):
        kind += ", every word on a word/place list"
    else:
        kind += ", a word no list holds"
    head = flat[:m.start()].rstrip(" \t")
    prev = WORD.findall(head[-30:])
    if not head or head[-1] in ".!?:\"“„'(*-–\n>#":
        where = "opening a sentence/line"
    elif prev and prev[-1].lower() in PREPS:
        where = "after a preposition (" + prev[-1].lower() + ")"
    elif item[:1].islower():
        where = "lower case"
    elif prev and prev[-1].lower() in ("de", "het", "een", "den", "der", "onze", "ons", "hun", "mijn", "jullie"):
        where = "after an article/possessive"
    elif prev and prev[-1].lower() in ("en", "of", "&"):
        where = "in a coordination"
    elif head[-1] == ",":
        where = "after a comma"
    else:
        where = "after a verb or other word"
    return f"{kind} | {where}"


def score_set(folder: Path, builder: Any, anonymiser: Any, opts: Any, verbose: bool) -> dict[str, Any]:
    files = [(folder.name, p) for p in sorted(folder.iterdir())
             if p.suffix in (".md", ".txt", ".docx", ".odt", ".pdf") and p.with_name(
                 p.name.rsplit(".", 1)[0] + ".gold.json").exists()]
    tally = Counter()
    lost: list[str] = []
    for (_set, path), (_rel, _source, report) in zip(files, read_files(builder, files), strict=True):
        if report is None or isinstance(report, Exception):
            continue
        gold = json.loads(path.with_name(path.name.rsplit(".", 1)[0] + ".gold.json").read_text(encoding="utf-8"))
        before = published_text(report)
        done = anonymiser.anonymise_report(copy.deepcopy(report), opts)
        after = published_text(done)
        for word in gold.get("keep", []):
            want = count_in(word, before)
            if not want:
                continue
            tally["keep"] += 1
            if count_in(word, after) >= want:
                tally["kept"] += 1
            else:
                lost.append(f"{folder.name}/{path.stem}: {word!r} -> {_context(word, before, after)}")
                tally["class: " + evidence_class(word, before)] += 1
        for name in gold.get("quote_names", []):
            if not word_re(name).search(before):
                continue
            tally["names"] += 1
            if word_re(name).search(after):
                tally["left"] += 1
                lost.append(f"{folder.name}/{path.stem}: NAME LEFT {name!r}")
    if verbose:
        for line in lost:
            print("   ", line)
    return {"set": folder.name, **tally, "lost": len([x for x in lost if "NAME LEFT" not in x])}


def main(argv: list[str] | None = None) -> int:
    import tempfile

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", nargs="*", default=["data/*", "unseen_keep_s*"])
    ap.add_argument("-v", action="store_true", help="print each lost item (terminal only)")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    from perskamer.plugins.anonymise import anonymiser

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        builder, _ = generated_workspace(Path(tmp))
        opts = anonymiser.Options()
        opts.theme_words = anonymiser.theme_words_of(builder.context.taxonomy) | anonymiser.default_theme_words()
        for folder in gold_sets(args.sets):
            row = score_set(folder, builder, anonymiser, opts, args.v)
            rows.append(row)
            print(f"{row['set']:<22} kept {row.get('kept', 0):>4}/{row.get('keep', 0):<4} "
                  f"names left {row.get('left', 0):>3}/{row.get('names', 0)}", flush=True)
    tot = Counter()
    for r in rows:
        tot.update({k: v for k, v in r.items() if isinstance(v, int)})
    for k, v in sorted(tot.items(), key=lambda kv: -kv[1]):
        if k.startswith("class: "):
            print(f"  {v:>4}  {k[7:]}")
    print(f"{'TOTAL':<22} kept {tot['kept']:>4}/{tot['keep']:<4} names left {tot['left']:>3}/{tot['names']}")
    if args.json:
        args.json.write_text(json.dumps({"sets": rows, "total": dict(tot)}, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
