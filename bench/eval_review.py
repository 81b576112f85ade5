"""The editor's review as a user meets it, scored on gold sets (issue 11, item 5).

    .venv/bin/python bench/eval_review.py [--set DIR ...] [--json OUT]

Per set, in fresh ``perskamer init`` workspaces (every output on, as eval_unseen_s3.py):

1. a reference build (anonymiser and guard off) and a default build, scored as
   eval_unseen_s3.py scores them (names left, kept);
2. ``perskamer review --list --all`` in the default build's workspace: every entry the
   editor is shown (word, kind "replaced" or "kept");
3. for every keep item the default build loses: is it *offered*, i.e. is each of its words
   that the build replaced a "replaced" entry (or the whole item one entry), so that one
   "keep" per entry brings it back?
4. the editor's cost: entries per report, and the *risk*: entries whose word is a gold
   name part (a "replaced" one the editor must not accept, a "kept" one that is a name the
   build published and the editor must mask);
5. the editor accepts every "replaced" entry that is a gold keep item or made only of
   words of gold keep items and of no gold name part (``perskamer review --set W=keep``),
   the set is built again with a plain ``perskamer build`` (as an editor would), and kept /
   names left are scored again: the "after review" column, with the number of decisions.

Printed lines name classes and counts, never a name or an original word. The headline
stays the plain "kept" (no review); "after review" is the second column.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import eval_unseen_s3 as ev  # noqa: E402

TOKEN = re.compile(r"[^\W_][\w'’.-]*[^\W_]|[^\W_]")


def tokens(text: str) -> list[str]:
    return [t.casefold() for t in TOKEN.findall(ev.normalise(text))]


def review_entries(ws: Path) -> list[dict]:
    proc = subprocess.run([str(ev.PERSKAMER), "review", "--list", "--all"], cwd=ws, capture_output=True, text=True)
    out = []
    for line in proc.stdout.splitlines():
        parts = line.split("\t")
        if len(parts) >= 5:
            out.append({"word": parts[0], "kind": parts[1], "count": int(parts[2] or 0),
                        "reports": parts[3].split(","), "decided": parts[4]})
    return out


def lost_keeps(golds: list[ev.Gold], pub: ev.Published, ref: ev.Published) -> list[tuple[ev.Gold, str, list[str]]]:
    """Every keep item the build loses, with its words that are missing from the published text."""
    out = []
    for g in golds:
        if g.stem not in pub.slugs:
            continue
        ref_text = ev.published_fields(ref.reports.get(g.stem, {}))
        mine = ev.published_fields(pub.reports[g.stem])
        for word in g.data.get("keep", []):
            want = ev.count_in(word, ref_text)
            if not want or ev.count_in(word, mine) >= want:
                continue
            missing = [t for t in dict.fromkeys(TOKEN.findall(ev.normalise(word)))
                       if ev.count_in(t, mine) < ev.count_in(t, ref_text)]
            out.append((g, word, missing or [word]))
    return out


def score_set(folder: Path, root: Path, outputs: str = "") -> dict:
    golds = ev.load_gold(folder)
    uniq = ev.unique_parts(golds)
    names = {t for g in golds for n in g.data.get("quote_names", []) + g.data.get("narrative_names", [])
             for p in ev.pieces(n) for t in tokens(p)}
    keep_items = {tuple(tokens(k)) for g in golds for k in g.data.get("keep", [])}
    keep_words = {t for k in keep_items for t in k}
    pubs, codes = {}, {}
    for name in ("reference", "quotes"):
        ws = root / f"ws-{name}"
        if ws.exists():
            shutil.rmtree(ws)
        codes[name] = build(ws, golds, ev.BUILDS[name], outputs).returncode
        pubs[name] = ev.read_public(ws / "public", golds)
    ref, pub = pubs["reference"], pubs["quotes"]
    before = ev.score_build("quotes", golds, pub, ref, uniq)
    ws = root / "ws-quotes"
    entries = review_entries(ws)
    replaced = {e["word"].casefold(): e for e in entries if e["kind"] == "replaced"}
    replaced_tokens = {tuple(tokens(w)) for w in replaced}
    lost = lost_keeps(golds, pub, ref)
    offered = 0
    not_offered: dict[str, int] = {}
    for _g, word, missing in lost:
        whole = tuple(tokens(word)) in replaced_tokens
        if whole or all((tuple(tokens(m)) in replaced_tokens) for m in missing):
            offered += 1
        else:
            cls = ev.keep_class(word)
            not_offered[cls] = not_offered.get(cls, 0) + 1
    risk = {"replaced": 0, "kept": 0}
    accept = []
    for e in entries:
        toks = tokens(e["word"])
        if any(t in names for t in toks):
            risk[e["kind"]] = risk.get(e["kind"], 0) + 1
            continue
        if e["kind"] == "replaced" and toks and (tuple(toks) in keep_items or all(t in keep_words for t in toks)):
            accept.append(e["word"])
    if accept:
        args = [a for w in accept for a in ("--set", f"{w}=keep")]
        subprocess.run([str(ev.PERSKAMER), "review", *args], cwd=ws, capture_output=True, check=True)
        proc = subprocess.run([str(ev.PERSKAMER), "build"], cwd=ws, capture_output=True, text=True)
        after_pub = ev.read_public(ws / "public", golds)
        after = ev.score_build("quotes", golds, after_pub, ref, uniq)
        after_exit = proc.returncode
    else:
        after, after_exit = before, codes["quotes"]
    kinds = {k: sum(1 for e in entries if e["kind"] == k) for k in ("replaced", "kept")}
    return {
        "reports": len(golds), "exit": codes["quotes"], "published": before.published,
        "quote_parts": before.quote_parts, "quote_leaks": before.quote_leaks,
        "keep": before.keep, "kept": before.kept, "lost": len(lost), "offered": offered,
        "not_offered_by_class": not_offered,
        "entries": len(entries), "entries_by_kind": kinds, "risk_names": risk,
        "decisions": len(accept), "after_exit": after_exit, "after_kept": after.kept, "after_keep": after.keep,
        "after_quote_leaks": after.quote_leaks, "after_quote_parts": after.quote_parts,
    }


def build(ws: Path, golds: list[ev.Gold], extra: str, outputs: str) -> subprocess.CompletedProcess[str]:
    """eval_unseen_s3's build, with the init workspace's outputs replaced when asked."""
    if not outputs:
        return ev.build(ws, golds, extra)
    subprocess.run([str(ev.PERSKAMER), "init", str(ws)], check=True, capture_output=True)
    config = ws / "config" / "perskamer.yaml"
    text, n = re.subn(r"(?m)^outputs:.*$", f"outputs: [{outputs}]", config.read_text(encoding="utf-8"))
    if n != 1:
        raise SystemExit(f"{config}: no single 'outputs:' line to replace")
    config.write_text(text, encoding="utf-8")
    for old in (ws / "content").iterdir():
        old.unlink() if old.is_file() else shutil.rmtree(old)
    for g in golds:
        shutil.copy(g.source, ws / "content" / g.source.name)
    if extra:
        config.write_text(config.read_text(encoding="utf-8") + "\n" + extra, encoding="utf-8")
    return subprocess.run([str(ev.PERSKAMER), "build"], cwd=ws, capture_output=True, text=True)


def gold_sets(data: Path) -> list[Path]:
    return [d for d in sorted(data.iterdir()) if d.is_dir() and any(d.glob("*.gold.json"))
            and any(p.suffix in ev.REPORT_SUFFIXES for p in d.iterdir())]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", type=Path, action="append", help="a gold set's folder (repeatable; default: every set of bench/data)")
    ap.add_argument("--json", type=Path, help="write the figures per set (counts and classes, never names)")
    ap.add_argument("--outputs", default="", help="the builds' outputs, e.g. 'html, json' (default: init's, every output; "
                    "kept and the review read the report JSON only, names left then cover only these outputs)")
    args = ap.parse_args(argv)
    sets = args.set or gold_sets(HERE / "data")
    results = {}
    head = f"{'set':16} {'rep':>3} {'kept':>9} {'lost':>4} {'offered':>7} {'entries':>7} {'/rep':>5} {'names':>5} {'dec':>3} {'after review':>12} {'names left b/a':>14}"
    print(head)
    print("-" * len(head))
    for folder in sets:
        with tempfile.TemporaryDirectory() as tmp:
            r = score_set(folder, Path(tmp), args.outputs)
        results[folder.name] = r
        print(f"{folder.name:16} {r['reports']:3d} {r['kept']:4d}/{r['keep']:<4d} {r['lost']:4d} {r['offered']:7d} "
              f"{r['entries']:7d} {r['entries'] / r['reports']:5.1f} {sum(r['risk_names'].values()):5d} {r['decisions']:3d} "
              f"{r['after_kept']:5d}/{r['after_keep']:<6d} {r['quote_leaks']:>6d}/{r['after_quote_leaks']:<7d}", flush=True)
    tot = {k: sum(r[k] for r in results.values()) for k in
           ("reports", "keep", "kept", "lost", "offered", "entries", "decisions", "after_kept", "after_keep",
            "quote_parts", "quote_leaks", "after_quote_leaks")}
    risk = {k: sum(r["risk_names"].get(k, 0) for r in results.values()) for k in ("replaced", "kept")}
    kinds = {k: sum(r["entries_by_kind"].get(k, 0) for r in results.values()) for k in ("replaced", "kept")}
    not_offered: dict[str, int] = {}
    for r in results.values():
        for c, n in r["not_offered_by_class"].items():
            not_offered[c] = not_offered.get(c, 0) + n
    print("-" * len(head))
    print(f"{'total':16} {tot['reports']:3d} {tot['kept']:4d}/{tot['keep']:<4d} {tot['lost']:4d} {tot['offered']:7d} "
          f"{tot['entries']:7d} {tot['entries'] / max(tot['reports'], 1):5.1f} {sum(risk.values()):5d} {tot['decisions']:3d} "
          f"{tot['after_kept']:5d}/{tot['after_keep']:<6d} {tot['quote_leaks']:>6d}/{tot['after_quote_leaks']:<7d}")
    print(f"\nkept without review (headline): {tot['kept']}/{tot['keep']} {ev.pct(tot['kept'], tot['keep'])}")
    print(f"kept after accepting every offered gold keep entry: {tot['after_kept']}/{tot['after_keep']} "
          f"{ev.pct(tot['after_kept'], tot['after_keep'])} ({tot['decisions']} decisions)")
    print(f"lost keep items offered by the review: {tot['offered']}/{tot['lost']}")
    print(f"review entries: {tot['entries']} ({kinds['replaced']} replaced, {kinds['kept']} kept), "
          f"{tot['entries'] / max(tot['reports'], 1):.1f} per report")
    print(f"entries that are gold name parts (editor's risk): {risk['replaced']} replaced (must not be accepted), "
          f"{risk['kept']} kept (a published name to mask)")
    print(f"quoted names left: {tot['quote_leaks']}/{tot['quote_parts']} before, {tot['after_quote_leaks']} after review")
    print("lost keep items not offered, by class: " + ", ".join(f"{c} {n}" for c, n in sorted(not_offered.items(), key=lambda kv: -kv[1])))
    if args.json:
        args.json.write_text(json.dumps({"sets": results, "total": tot, "risk": risk, "kinds": kinds,
                                         "not_offered": not_offered}, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
