"""Word-level evidence for the anonymiser's default-deny masks (session 9, issue 11 keep side).

    .venv/bin/pip install wordfreq==3.1.1        # bench only: not a dependency of perskamer
    .venv/bin/python bench/eval_word_evidence.py [--sets A,B] [--json OUT] [--words]

Over every INFORMED set with gold (``bench/data/*/*.gold.json``) and the frozen case
batches of ``tests/anonymise_s*_cases.py``, it records each capitalised word the rules
MASK by default-deny -- a word on no name list, masked by its position only (the words
``name_model`` may relax: ``name_model.candidate`` with ``tok.person``) -- with its gold
label: a name part (``quote_names``/``narrative_names``), a keep part (``keep``), or
neither ("other"). For each it gives evidence about the WORD, not its context:

* ``wordfreq``'s Zipf frequency in Dutch, English, French and German (per language, and
  the highest of the four);
* a character-trigram score: how much more the word looks like the name lists
  (``first_names``/``surnames``) than like the word lists (Dutch and English words);
* the word's shape (CamelCase, digits, a hyphen);
* the report's own non-quote text (title and sections other than the quotes: what the
  reporter wrote) using the word, and other reports of the same set using it;
* the same report using the word in a thing context anywhere: after a lower-case article
  ("de X", "het X", "een X", "bij de X"; not "van de X", a surname's particle), or in a
  hyphenated compound with a lower-case word ("X-app");

and, for comparison, a few context classes (the lower-case word before it, the
capitalised neighbour in the same run, coordination with a kept or a masked word).

It prints, per label, the distributions; for each Zipf threshold, how many keep words a
rule "lift the mask when the frequency is at least T" would keep and how many NAME words
it would let through (per set); and the AUC of each score. ``--words`` prints every word
(informed data; for the developer's terminal, never for a data list).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins" / "anonymise" / "tools"))

import train_name_model as tnm  # noqa: E402

BATCHES = (*tnm.BATCHES, "anonymise_s8_recall_cases")
LANGS = ("nl", "en", "fr", "de")
THRESHOLDS = (1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5)
#: protections of a neighbour that make it a kept thing
_KEPT = frozenset({"place", "brand", "organisation", "keep", "compound", "calendar", "language", "platform"})
_COORD = frozenset({"en", "of", "noch"})


def _wordfreq() -> Callable[[str, str], float]:
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - a developer's tool
        raise SystemExit("wordfreq is not installed: .venv/bin/pip install wordfreq==3.1.1 "
                         "(bench only; docs/decisions.md says why it is no dependency)") from None
    return zipf_frequency


class Trigrams:
    """Character-trigram models of the name lists and the word lists (add-half smoothing)."""

    def __init__(self) -> None:
        from perskamer.plugins.anonymise.lexicon import english_words, load_lexicon

        lex = load_lexicon()
        names = set(lex.first_names) | set(lex.surnames)
        words = (set(lex.dutch_words) | set(english_words())) - names
        self.names, self.words = self._model(names), self._model(words)

    @staticmethod
    def _grams(w: str) -> list[str]:
        w = "^^" + w + "$"
        return [w[i : i + 3] for i in range(len(w) - 2)]

    def _model(self, ws: set[str]) -> tuple[Counter[str], Counter[str]]:
        c: Counter[str] = Counter()
        ctx: Counter[str] = Counter()
        for w in ws:
            for g in self._grams(w):
                c[g] += 1
                ctx[g[:2]] += 1
        return c, ctx

    def _logp(self, m: tuple[Counter[str], Counter[str]], w: str) -> float:
        c, ctx = m
        gs = self._grams(w)
        return sum(math.log((c[g] + 0.5) / (ctx[g[:2]] + 20)) for g in gs) / max(1, len(w))

    def name_likeness(self, w: str) -> float:
        return self._logp(self.names, w) - self._logp(self.words, w)


def shape(text: str) -> str:
    if any(c.isdigit() for c in text):
        return "digits"
    if re.search(r"[a-z][A-Z]", text):
        return "camel"
    if "-" in text:
        return "hyphen"
    return "plain"


def _context(toks: list[Any], i: int, text: str) -> list[str]:
    """Context classes of token ``i`` (for comparison with the word's own evidence)."""
    from perskamer.plugins.anonymise.lexicon import english_words, load_lexicon

    lex, en = load_lexicon(), english_words()
    tok, out = toks[i], []
    for d in (-2, 2, -3, 3):
        j = i + d
        if 0 <= j < len(toks):
            mid = toks[min(i, j) + 1 : max(i, j)]
            if any(m.folded in _COORD for m in mid) and all(m.folded in _COORD | {"niet"} for m in mid):
                if toks[j].cap and toks[j].protected in _KEPT:
                    out.append("coordinated with a kept word")
                if toks[j].cap and toks[j].person:
                    out.append("coordinated with a masked word")
    for d in (-1, 1):
        j = i + d
        if not 0 <= j < len(toks):
            continue
        n = toks[j]
        gap = text[min(n.end, tok.end) : max(n.start, tok.start)]
        if gap == " " and n.cap:
            kind = ("protected" if n.protected else "masked" if n.person
                    else "particle" if n.folded in _particles() else "english word" if n.folded in en
                    and n.folded not in lex.dutch_words else "dutch word" if n.folded in lex.dutch_words else "unknown")
            out.append(f"capitalised {kind} {'before' if d < 0 else 'after'} it")
        if gap == " " and not n.cap and d == -1:
            out.append(f"after '{n.folded}'")
    return out


def _particles() -> frozenset[str]:
    from perskamer.plugins.anonymise.detect import PARTICLES

    return PARTICLES


_THING_CONTEXT = r"(?<![Vv]an )(?<!\w)(?:de|het|een|bij de|naar de|in de|op de)\s+{w}(?!\w)|(?<!\w){w}-[a-z]"


def thing_context(word: str, text: str) -> bool:
    """The report uses ``word`` after a lower-case article (not a surname's "van de") or
    in a hyphenated compound with a lower-case word, anywhere (case-sensitive)."""
    return bool(re.search(_THING_CONTEXT.format(w=re.escape(word)), text))


def _non_quote_text(before: str) -> str:
    """The report's title and its sections other than the quotes (what the reporter wrote);
    empty for a batch case."""
    try:
        d = json.loads(before)
    except ValueError:
        return ""
    if not isinstance(d, dict):
        return ""
    secs = d.get("sections") or {}
    return "\n".join([d.get("title") or ""] + [v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)
                                               for k, v in secs.items() if "quote" not in k.lower()])


def collect(scorer: Any, folder: Path | str) -> list[dict[str, Any]]:
    from perskamer.plugins.anonymise import name_model
    from perskamer.plugins.anonymise.lexicon import fold, load_lexicon

    lex = load_lexicon()
    zipf = _wordfreq()
    out: list[dict[str, Any]] = []
    seen: set[tuple[int, int, str]] = set()
    units = scorer.load(folder)
    state: dict[str, Any] = {}
    decide = name_model.decide

    def decide_and_remember(text: str, toks: list[Any], *args: Any) -> None:
        state["toks"] = toks
        decide(text, toks, *args)

    for unit in units:
        names = tnm._parts(unit.names + unit.narrative)
        keeps = tnm._parts(unit.keep)
        own_text = _non_quote_text(unit.before)

        def record(_feats: list[str], tok: Any, text: str, names: set[str] = names, keeps: set[str] = keeps,
                   own_text: str = own_text, unit: Any = unit) -> None:
            key = (hash(text), tok.start, tok.text)
            if key in seen:
                return
            seen.add(key)
            if not (tok.person and tok.cap and not tok.allcaps):
                return
            stem = re.sub(r"['’]s?$", "", tok.text)
            f = fold(stem)
            if f in lex.first_names or f in lex.surnames or f in lex.name_words:
                return
            label = "name" if (f in names or tok.folded in names) else "keep" if (f in keeps or tok.folded in keeps) else "other"
            pat = re.compile(r"(?<!\w)" + re.escape(stem) + r"(?!\w)")
            toks = state["toks"]
            i = next(k for k, t in enumerate(toks) if t is tok)
            out.append({
                "set": tnm._name(folder), "word": stem, "label": label, "rule": tok.rule,
                "zipf": {la: zipf(f, la) for la in LANGS}, "shape": shape(stem),
                "own_text": bool(pat.search(own_text)), "thing": thing_context(stem, unit.before),
                "other_reports": sum(1 for u in units if u is not unit and pat.search(u.before)) if own_text else 0,
                "context": _context(toks, i, text),
            })

        name_model.recorder, name_model.override, name_model.decide = record, None, decide_and_remember
        try:
            unit.run()
        finally:
            name_model.recorder, name_model.decide = None, decide
    return out


def auc(pos: list[float], neg: list[float]) -> float:
    """P(a keep word scores above a name word), ties half."""
    if not pos or not neg:
        return float("nan")
    return sum((p > n) + 0.5 * (p == n) for p in pos for n in neg) / (len(pos) * len(neg))


def report(rows: list[dict[str, Any]], words: bool) -> None:
    tri = Trigrams()
    for r in rows:
        r["best"] = max(r["zipf"].values())
        r["lang"] = max(r["zipf"], key=r["zipf"].get) if r["best"] > 0 else "-"
        r["trigram"] = tri.name_likeness(r["word"].lower())
    by: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by[r["label"]].append(r)
    names, keep = by["name"], by["keep"]
    print(f"default-deny masks of capitalised words on no name list: {len(rows)} "
          f"({', '.join(f'{k} {len(v)}' for k, v in sorted(by.items()))})")
    for label in ("name", "keep", "other"):
        zs = sorted(r["best"] for r in by[label])
        if not zs:
            continue
        hist = Counter(min(7.0, int(z * 2) / 2) for z in zs)
        print(f"\n{label}: n={len(zs)}, unknown to wordfreq (zipf 0): {sum(z == 0 for z in zs)}")
        print("  highest zipf of nl/en/fr/de, by half unit: " + "  ".join(f"{b:.1f}:{hist[b]}" for b in sorted(hist)))
        print("  language giving it: " + ", ".join(f"{k} {v}" for k, v in Counter(r["lang"] for r in by[label]).most_common()))
        print("  shape: " + ", ".join(f"{k} {v}" for k, v in Counter(r["shape"] for r in by[label]).most_common()))
        print(f"  in the report's own non-quote text: {sum(r['own_text'] for r in by[label])}; "
              f"in another report of the set: {sum(r['other_reports'] > 0 for r in by[label])}; "
              f"in a thing context in the report ('de X', 'X-app'): {sum(r['thing'] for r in by[label])}")
    print("\nscore: AUC (keep above name) | highest name score | keep words above it (a zero-name threshold)")
    scores: list[tuple[str, Callable[[dict[str, Any]], float]]] = [
        *[(f"zipf {la}", lambda r, la=la: r["zipf"][la]) for la in LANGS],
        ("zipf highest of four", lambda r: r["best"]),
        ("zipf nl minus the highest other", lambda r: r["zipf"]["nl"] - max(r["zipf"][x] for x in LANGS if x != "nl")),
        ("trigram: word-like, not name-like", lambda r: -r["trigram"]),
    ]
    for name, fn in scores:
        ns, ks = [fn(r) for r in names], [fn(r) for r in keep]
        top = max(ns) if ns else float("-inf")
        print(f"  {name:36} {auc(ks, ns):.3f} | {top:6.2f} | {sum(k > top for k in ks)}/{len(ks)}")
    print("\nlift when the highest zipf >= T: keep words kept / other / NAME words let through (sets)")
    for t in THRESHOLDS:
        through = [r for r in names if r["best"] >= t]
        per = Counter(r["set"] for r in through)
        print(f"  T={t:.1f}: keep {sum(r['best'] >= t for r in keep)}/{len(keep)}, other "
              f"{sum(r['best'] >= t for r in by['other'])}/{len(by['other'])}, names {len(through)}/{len(names)}"
              f" in {len(per)} sets")
    ctx: dict[str, Counter[str]] = defaultdict(Counter)
    for r in rows:
        for c in set(r["context"]):
            ctx[c][r["label"]] += 1
    print("\ncontext classes (for comparison; names / keep / other):")
    for c, n in sorted(ctx.items(), key=lambda kv: (-kv[1]["keep"], kv[0])):
        if n["keep"] >= 2 or (n["keep"] and not c.startswith("after")):
            print(f"  {c:44} {n['name']:4} {n['keep']:4} {n['other']:4}")
    if words:
        for label in ("name", "keep", "other"):
            print(f"\n-- {label}")
            for r in sorted(by[label], key=lambda r: -r["best"]):
                print(f"  {r['best']:.2f} {r['lang']} {r['trigram']:+.2f} {r['shape']:6} {r['set']:28} {r['word']:20} "
                      f"{r['rule']} {r['context']}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--sets", help="comma-separated set folders or batch modules (default: every informed one)")
    ap.add_argument("--json", type=Path, help="write the rows (informed data) to this file")
    ap.add_argument("--words", action="store_true", help="print each word (developer's terminal only)")
    a = ap.parse_args(argv)
    tnm.BATCHES = BATCHES
    scorer = tnm.Scorer()
    rows: list[dict[str, Any]] = []
    for folder in tnm._folders(a.sets):
        rows.extend(collect(scorer, folder))
    report(rows, a.words)
    if a.json:
        a.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
