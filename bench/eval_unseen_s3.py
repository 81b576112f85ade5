"""Score full builds of the frozen blind set bench/data/unseen_s3 (issue 11).

    .venv/bin/python bench/eval_unseen_s3.py [--set DIR] [--json OUT]

Three builds of the set's reports, each in a fresh ``perskamer init`` workspace (every
output on): a reference build with the anonymiser and the guard off (what the readers
publish at all), one with the default scope and one with ``anonymise.scope: all``. In
every published file (HTML, JSON, text, e-mail parts, feeds, the PDFs' text via
pypdfium2; a JSON file and a search fragment also as their decoded strings, where a name
after an escaped line break is a whole word) and in every file name under public/, it
looks for:

* each gold name part (``quote_names`` under both scopes, ``narrative_names`` under
  ``scope: all``), as a whole word, case-insensitive, after NFKC and with soft hyphens and
  zero-width characters removed; a hyphenated part also by each of its halves. A part is
  searched in the report's own files (path contains its slug) and, when no other report
  of the set contains it, in the collective files too (index, theme pages, digest,
  bundle...); the site search's fragments (``zoek/verslag/<slug>.js``) count as the
  report's own files, its word shards (``zoek/woorden/``, stems of the fragments' words)
  are not read; of a search script only what a reader can see is read (its strings and
  data keys, not its identifiers such as ``min_word``: ``search_script_text``);
* each contact core, in any spelling (case-folded, every non-alphanumeric removed);
* each ``keep`` word in the report's JSON, as often as the reference build has it;
* the tagger's main ambition and set F1 against ``main``/``tags`` (default build).

A name part the reference build does not publish at all is a reader matter and is left
out of the count (listed). A report the guard withholds is counted as withheld, not as
a success. The summary names the CLASS of each miss (``classes`` in the gold), never the
name: classes are what the lead relays to whoever fixes the rules.
"""

from __future__ import annotations

import argparse
import email
import email.policy
import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from perskamer.testing import json_text

HERE = Path(__file__).resolve().parent
DEFAULT_SET = HERE / "data" / "unseen_s3"
PERSKAMER = Path(sys.executable).with_name("perskamer")
REPORT_SUFFIXES = (".md", ".txt", ".docx", ".odt", ".pdf")
TEXT_SUFFIXES = (".html", ".htm", ".json", ".txt", ".xml", ".js", ".eml", ".csv", ".md")
SEARCH_INDEX = (".pf_fragment", ".pf_index", ".pf_meta", ".pf_filter")  # pagefind: gzip; fragments hold page text
FRAGMENT_PREFIX = "pagefind_dcd"  # a fragment: this, then the page as JSON
INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u2060\ufeff]")
BUILDS = {  # name -> extra config appended to the init workspace's perskamer.yaml
    "reference": "anonymise:\n  enabled: false\n  guard: false\n",
    "quotes": "",
    "all": "anonymise:\n  scope: all\n",
}


@dataclass
class Gold:
    stem: str
    source: Path
    data: dict

    @property
    def number(self) -> str:
        """The report's number (the file name's prefix), never the name, for printed lines."""
        return self.stem.split("_", 1)[0]

    def cls(self, key: str) -> str:
        return self.data.get("classes", {}).get(key, "unclassified")


@dataclass
class Published:
    """The published files of one build: text per relative path, and each report's slug."""

    texts: dict[str, str]
    paths: list[str]
    slugs: dict[str, str]  # gold stem -> slug (missing: withheld or not read)
    reports: dict[str, dict] = field(default_factory=dict)  # gold stem -> its report JSON


def normalise(text: str) -> str:
    return INVISIBLE.sub("", unicodedata.normalize("NFKC", text))


def fold(text: str) -> str:
    """Case-folded, only letters and digits: a contact core in any spelling."""
    return re.sub(r"[\W_]+", "", normalise(text).casefold())


def path_fold(text: str) -> str:
    """A name as it would appear in a slug: accents dropped, lower case."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()


def word_re(word: str, flags: int = re.I) -> re.Pattern[str]:
    """A whole word; an underscore is a boundary too (a name in a file name "13_naam-...")."""
    return re.compile(r"(?<![^\W_])" + re.escape(normalise(word)) + r"(?![^\W_])", flags)


def pieces(part: str) -> list[str]:
    """A name part and, when hyphenated, each half of 3 or more letters ("Jean-Baptiste" -> Jean, Baptiste)."""
    halves = [h for h in part.split("-") if len(h) >= 3] if "-" in part else []
    return [part, *halves]


def load_gold(folder: Path) -> list[Gold]:
    golds = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        stem = gold_path.name.removesuffix(".gold.json")
        sources = [p for p in folder.glob(stem + ".*") if p.suffix in REPORT_SUFFIXES]
        if len(sources) != 1:
            raise SystemExit(f"{gold_path.name}: expected one report file next to it, found {len(sources)}")
        golds.append(Gold(stem, sources[0], json.loads(gold_path.read_text(encoding="utf-8"))))
    return golds


def file_text(path: Path) -> str | None:
    """The readable text of a published file (None for images and other binaries)."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return pdf_text(path)
    if suffix in SEARCH_INDEX:
        import gzip

        try:
            text = gzip.decompress(path.read_bytes()).decode("utf-8", errors="ignore")
        except OSError:
            return None
        if text.startswith(FRAGMENT_PREFIX):  # its JSON's strings decoded too (see below)
            text = FRAGMENT_PREFIX + json_text(text[len(FRAGMENT_PREFIX):])
        return normalise(text)
    if suffix not in TEXT_SUFFIXES:
        return None
    raw = path.read_bytes()
    if suffix == ".eml":
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        parts = [str(msg.get("Subject", ""))]
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                parts.append(part.get_content())
        return normalise(html.unescape("\n".join(parts)))
    text = raw.decode("utf-8", errors="replace")
    if suffix == ".js" and text.startswith(SEARCH_SCRIPT):
        return normalise(html.unescape(search_script_text(text)))
    if suffix == ".json":
        # Re-dumped without ASCII escapes, then each decoded string on a line of its own: in the
        # dump a line break is escaped, so a name right after it ("\\nNaam") is no whole word.
        try:
            text = json_text(json.dumps(json.loads(text), ensure_ascii=False))
        except ValueError:
            pass
    return normalise(html.unescape(text))


SEARCH_SCRIPT = "perskamerZoek."
_SEARCH_CALL = re.compile(r"perskamerZoek\.\w+\((.*)\);?\s*$", re.S)


def search_script_text(text: str) -> str:
    """What a reader can see of a site-search script (``zoek/*.js``, ``perskamerZoek.<call>({...});``):
    every string in its data and every key below the top level (filter names and values, the
    words of a shard), not the call's name nor the top-level keys, which are the script's own
    identifiers ("min_word", "stemmers", "shards"): a name half "min" is no leak of "min_word"."""
    m = _SEARCH_CALL.match(text)
    if m is None:
        return text
    try:
        data = json.loads(m.group(1))
    except ValueError:
        return text
    words: list[str] = []

    def walk(value: object, top: bool) -> None:
        if isinstance(value, str):
            words.append(value)
        elif isinstance(value, dict):
            for key, item in value.items():
                if not top:
                    words.append(str(key))
                walk(item, False)
        elif isinstance(value, list):
            for item in value:
                walk(item, False)

    walk(data, True)
    return "\n".join(words)


def pdf_text(path: Path) -> str | None:
    try:
        import pypdfium2 as pdfium
    except ImportError:  # the scorer then says the PDFs were not searched
        return None
    pdf = pdfium.PdfDocument(str(path))
    try:
        text = "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()
    # Words hyphenated over a line end are joined, so a name split by the layout is still found.
    return normalise(re.sub(r"-\r?\n(?=\w)", "", text))


def read_public(public: Path, golds: list[Gold]) -> Published:
    texts, paths = {}, []
    for p in sorted(public.rglob("*")):
        if not p.is_file():
            continue
        rel = p.relative_to(public).as_posix()
        paths.append(rel)
        if rel.startswith("assets/") or (rel.startswith("pagefind/") and p.suffix in (".js", ".css")):
            continue  # the site's own scripts and styles (no report text)
        if rel.startswith("zoek/woorden/"):
            # The search index's word shards hold stems ("jans" of a place -> "jan"), every one
            # made from the title and text of a fragment in zoek/verslag/, which is read in full
            # below as the report's own file: a stem matched as a word would be a false alarm.
            continue
        text = file_text(p)
        if text is not None:
            # A search fragment is one page's text: key it by that page, so it counts as the report's own file.
            page = re.match(r'pagefind_dcd\{"url":"([^"]+)"', text) if p.suffix == ".pf_fragment" else None
            texts[rel + ("#" + page.group(1) if page else "")] = text
    reports = []
    for p in sorted((public / "data").glob("**/*.json")) if (public / "data").is_dir() else []:
        try:
            data = json.loads(p.read_text(encoding="utf-8"))
        except ValueError:
            continue
        if isinstance(data, dict) and "slug" in data and "quotes" in data:
            reports.append(data)
    slugs, by_stem = {}, {}
    for g in golds:
        data = match_report(g, reports)
        if data is not None:
            slugs[g.stem] = data["slug"]
            by_stem[g.stem] = data
    return Published(texts, paths, slugs, by_stem)


def match_report(g: Gold, reports: list[dict]) -> dict | None:
    """The published JSON of a gold report: by source file name, else title, else session."""
    for key, want in (("source", g.source.name), ("title", g.data.get("title")), ("session", session_of(g))):
        if not want:
            continue
        hits = [r for r in reports if r.get(key) and (r[key] == want or Path(str(r[key])).name == want)]
        if len(hits) == 1:
            return hits[0]
    return None


def session_of(g: Gold) -> str | None:
    if g.source.suffix != ".md":
        return None
    m = re.search(r"^session:\s*\"?([^\"\n]+)\"?\s*$", g.source.read_text(encoding="utf-8"), re.M)
    return m.group(1).strip() if m else None


def own(rel: str, slug: str) -> bool:
    """Whether a published path is the report's own: a path part that is the slug or starts with it
    ("verslagen/<slug>.html", "pdf/<slug>.pdf", "media/<slug>-foto.jpg", a search fragment "#/verslagen/<slug>.html")."""
    return re.search(r"(?:^|[/#])" + re.escape(slug) + r"(?:$|[./_-])", rel) is not None


def where_found(word: str, g: Gold, pub: Published, unique: set[str]) -> list[str]:
    """The kinds of published place where a name part survives ('html', 'json', 'pdf', 'file name/URL'...).

    A piece that occurs in another report of the set (``unique`` lacks it) is only looked
    for in this report's own files.
    """
    slug = pub.slugs.get(g.stem)
    kinds: set[str] = set()
    for piece in pieces(word):
        rx, unique_piece = word_re(piece), piece in unique
        in_path = path_fold(piece)
        folded = re.compile(r"(?<![a-z0-9])" + re.escape(in_path) + r"(?![a-z0-9])")
        for rel, text in pub.texts.items():
            mine = slug is not None and own(rel, slug)
            if (mine or unique_piece) and rx.search(text):
                kinds.add(kind_of(rel, mine))
        if not in_path:
            # a piece with no Latin letter (Cyrillic, Arabic, Han...): slugify keeps only
            # ASCII, so it can never reach a file name; an empty pattern matched every path
            continue
        for rel in pub.paths:
            mine = slug is not None and own(rel, slug)
            if (mine or unique_piece) and folded.search(path_fold(rel)):
                kinds.add("file name/URL")
    return sorted(kinds)


def kind_of(rel: str, mine: bool) -> str:
    suffix = rel.rsplit(".", 1)[-1].lower()
    if "#" in rel:
        return "search index" + ("" if mine else " (collective)")
    if not mine:
        return "collective " + suffix  # index, theme pages, digest, bundle, feeds
    return {"htm": "html"}.get(suffix, suffix)


def unique_parts(golds: list[Gold]) -> dict[str, set[str]]:
    """Per report, the name parts (and halves) that occur in no other report's source text."""
    texts = {g.stem: source_text(g) for g in golds}
    out: dict[str, set[str]] = {}
    for g in golds:
        names = g.data.get("quote_names", []) + g.data.get("narrative_names", [])
        out[g.stem] = {
            piece
            for n in names
            for piece in pieces(n)
            if not any(word_re(piece).search(t) for stem, t in texts.items() if stem != g.stem)
        }
    return out


def source_text(g: Gold) -> str:
    if g.source.suffix == ".docx":
        from docx import Document

        return normalise("\n".join(p.text for p in Document(str(g.source)).paragraphs))
    return normalise(g.source.read_text(encoding="utf-8", errors="replace"))


def count_in(word: str, text: str) -> int:
    """How often a keep word stands verbatim (case-sensitive: "Ronse", not the "ronse" of an e-mail address)."""
    return len(word_re(word, 0).findall(re.sub(r"\s+", " ", text)))


@dataclass
class Tally:
    published: int = 0
    withheld: list[str] = field(default_factory=list)
    quote_parts: int = 0
    quote_leaks: int = 0
    narrative_parts: int = 0
    narrative_leaks: int = 0
    not_in_reference: list[str] = field(default_factory=list)
    contacts: int = 0
    contacts_left: int = 0
    keep: int = 0
    kept: int = 0
    misses: Counter = field(default_factory=Counter)
    lines: list[str] = field(default_factory=list)


def score_build(scope: str, golds: list[Gold], pub: Published, ref: Published, uniq: dict[str, set[str]]) -> Tally:
    t = Tally()
    everything = fold("\n".join(pub.texts.values()) + "\n".join(pub.paths))
    for g in golds:
        tag = f"{g.number} ({g.source.suffix[1:]})"
        if g.stem not in pub.slugs:
            t.withheld.append(g.number)
            t.lines.append(f"{tag}: WITHHELD (not published in this build)")
            continue
        t.published += 1
        ref_text = published_fields(ref.reports.get(g.stem, {}))
        ref_all = "\n".join(x for rel, x in ref.texts.items() if g.stem in ref.slugs and own(rel, ref.slugs[g.stem]))
        lists = [("quote", g.data.get("quote_names", []))]
        if scope == "all":
            lists.append(("narrative", g.data.get("narrative_names", [])))
        for kind, names in lists:
            for name in names:
                if not word_re(name).search(ref_all + ref_text):
                    t.not_in_reference.append(f"{g.number}: {g.cls(name)}")
                    continue
                found = where_found(name, g, pub, uniq[g.stem])
                if kind == "quote":
                    t.quote_parts += 1
                    t.quote_leaks += bool(found)
                else:
                    t.narrative_parts += 1
                    t.narrative_leaks += bool(found)
                if found:
                    t.misses[f"{kind}: {g.cls(name)}"] += 1
                    t.lines.append(f"{tag}: LEAK {kind} name -- {g.cls(name)} -- in {', '.join(found)}")
        for contact in g.data.get("contacts", []):
            t.contacts += 1
            if fold(contact) in everything:
                t.contacts_left += 1
                t.misses[f"contact: {g.cls(contact)}"] += 1
                t.lines.append(f"{tag}: CONTACT LEFT -- {g.cls(contact)}")
        mine = published_fields(pub.reports[g.stem])
        for word in g.data.get("keep", []):
            want = count_in(word, ref_text)
            if not want:
                continue  # not published even without the anonymiser: a reader matter
            t.keep += 1
            if count_in(word, mine) >= want:
                t.kept += 1
            else:
                t.misses[f"keep lost: {keep_class(word)}"] += 1
                t.lines.append(f"{tag}: KEEP LOST -- {keep_class(word)}")
    return t


def published_fields(data: dict) -> str:
    """The report's own text in its JSON: title, facts, sections, quotes (not the tagger's evidence snippets)."""
    parts = [str(data.get(k) or "") for k in ("title", "session", "reporter")]
    parts += [str(s) for s in data.get("speakers") or []]
    parts += [str(v) for v in (data.get("sections") or {}).values()]
    for q in data.get("quotes") or []:
        parts += [str(q.get(k) or "") for k in ("text", "speaker", "attribution", "affiliation")]
    return normalise("\n".join(parts))


def keep_class(word: str) -> str:
    if re.match(r"(?i)(chiro|ksa|klj|ksj|scouts|fos|jeugdhuis|speelplein|speelpleinwerk|jeugdraad)\b", word):
        return "youth movement / group with a place"
    if "&" in word:
        return "'X & Y' organisation"
    if word.isupper() or re.fullmatch(r"[A-Z0-9!-]{2,}", word):
        return "acronym"
    if re.search(r"(se|sche|ese|aanse|ense|ijnse)$", word) and " " not in word:
        return "demonym / adjective of a place"
    return "organisation, place or brand"


def has_hint(g: Gold) -> bool:
    """Whether the reporter listed ambitions in the front matter (a strong hint the tagger weighs in)."""
    return g.source.suffix == ".md" and re.search(r"^ambitions:", g.source.read_text(encoding="utf-8"), re.M) is not None


def tagger(golds: list[Gold], pub: Published) -> tuple[int, int, float]:
    main_ok = n = tp = fp = fn = 0
    for g in golds:
        data = pub.reports.get(g.stem)
        if data is None:
            continue
        n += 1
        tags = [a["id"] for a in data.get("ambitions", [])]
        suggestion = (data.get("ambition_suggestion") or {}).get("id")
        main_ok += (tags[0] if tags else suggestion) == g.data["main"]
        tp += len(set(tags) & set(g.data["tags"]))
        fp += len(set(tags) - set(g.data["tags"]))
        fn += len(set(g.data["tags"]) - set(tags))
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return main_ok, n, f1


def build(workspace: Path, golds: list[Gold], extra_config: str) -> subprocess.CompletedProcess[str]:
    subprocess.run([str(PERSKAMER), "init", str(workspace)], check=True, capture_output=True)
    for old in (workspace / "content").iterdir():
        old.unlink() if old.is_file() else shutil.rmtree(old)
    for g in golds:
        shutil.copy(g.source, workspace / "content" / g.source.name)
    if extra_config:
        config = workspace / "config" / "perskamer.yaml"
        config.write_text(config.read_text(encoding="utf-8") + "\n" + extra_config, encoding="utf-8")
    return subprocess.run([str(PERSKAMER), "build"], cwd=workspace, capture_output=True, text=True)


def guard_rules(output: str) -> dict[str, set[str]]:
    """Per withheld report number, the guard's rules from the build summary (which never names the name)."""
    out: dict[str, set[str]] = {}
    for line in output.splitlines():
        m = re.search(r"withheld by the leak guard: (\S+?): ", line)
        if m:
            out.setdefault(m.group(1).split("_", 1)[0], set()).update(re.findall(r"\[rule: ([^\]]+)\]", line))
    return out


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}%" if b else "  n/a"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", type=Path, default=DEFAULT_SET, help="the frozen set's folder")
    ap.add_argument("--json", type=Path, help="also write the figures (classes, never names) to this file")
    ap.add_argument("--keep-workspaces", type=Path, help="build in this folder and leave the workspaces there")
    args = ap.parse_args(argv)
    if not args.set.is_dir():
        raise SystemExit(f"{args.set}: no such folder (the frozen set is bench/data/unseen_s3)")
    golds = load_gold(args.set)
    if not golds:
        raise SystemExit(f"{args.set}: no *.gold.json reports in this folder")
    if not PERSKAMER.exists():
        raise SystemExit(f"{PERSKAMER}: perskamer is not installed next to this Python (run it with .venv/bin/python)")
    uniq = unique_parts(golds)
    with tempfile.TemporaryDirectory() as tmp:
        root = args.keep_workspaces or Path(tmp)
        pubs, codes, rules = {}, {}, {}
        for name, extra in BUILDS.items():
            ws = root / f"ws-{name}"
            if ws.exists():
                shutil.rmtree(ws)
            proc = build(ws, golds, extra)
            codes[name] = proc.returncode
            rules[name] = guard_rules(proc.stdout + proc.stderr)
            pubs[name] = read_public(ws / "public", golds)
    pdf_note = "" if _has_pdfium() else " (pypdfium2 missing: PDFs NOT searched)"
    ref = pubs["reference"]
    results = {}
    print(f"unseen_s3: {len(golds)} reports from {args.set}{pdf_note}")
    print(f"reference build (anonymiser off): exit {codes['reference']}, {len(ref.slugs)} reports published\n")
    for scope in ("quotes", "all"):
        results[scope] = score_build(scope, golds, pubs[scope], ref, uniq)
    main_ok, n, f1 = tagger(golds, pubs["quotes"])
    head = f"{'scope':7} {'exit':>4} {'published':>9} {'quote names left':>17} {'removed':>7} {'narrative left':>15} {'contacts left':>13} {'kept':>7} {'keep%':>6}"
    print(head)
    print("-" * len(head))
    for scope, t in results.items():
        narrative = f"{t.narrative_leaks}/{t.narrative_parts}" if scope == "all" else "(not scored)"
        print(f"{scope:7} {codes[scope]:4d} {t.published:4d}/{len(golds):<4d} {t.quote_leaks:>8d}/{t.quote_parts:<8d} "
              f"{pct(t.quote_parts - t.quote_leaks, t.quote_parts):>7} {narrative:>15} {t.contacts_left:>6d}/{t.contacts:<6d} "
              f"{t.kept:>3d}/{t.keep:<3d} {pct(t.kept, t.keep):>6}")
    print(f"tagger (default build): main ambition {main_ok}/{n}, set F1 {f1:.2f}")
    bare = [g for g in golds if not has_hint(g)]
    b_main, b_n, b_f1 = tagger(bare, pubs["quotes"])
    print(f"  of which reports without the reporter's ambitions in front matter: main {b_main}/{b_n}, set F1 {b_f1:.2f}")
    for scope, t in results.items():
        print(f"\n== scope: {scope} ==")
        if t.withheld:
            why = "; ".join(f"{n}: {', '.join(sorted(rules[scope].get(n, {'?'})))}" for n in t.withheld)
            print(f"withheld by the guard: reports {', '.join(t.withheld)} (rules -- {why})")
        for line in t.lines:
            print("  " + line)
        if t.not_in_reference:
            print(f"  ({len(t.not_in_reference)} gold name parts not published even without the anonymiser, left out: "
                  + "; ".join(t.not_in_reference) + ")")
        print("  misses by class:")
        for cls, k in sorted(t.misses.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"    {k:3d}  {cls}")
    if args.json:
        out = {scope: {"exit": codes[scope], "published": t.published, "withheld": t.withheld,
                       "withheld_rules": {n: sorted(r) for n, r in rules[scope].items()},
                       "quote_parts": t.quote_parts, "quote_leaks": t.quote_leaks,
                       "narrative_parts": t.narrative_parts, "narrative_leaks": t.narrative_leaks,
                       "contacts": t.contacts, "contacts_left": t.contacts_left, "keep": t.keep, "kept": t.kept,
                       "misses": dict(t.misses)} for scope, t in results.items()}
        out["tagger"] = {"main_ok": main_ok, "reports": n, "f1": round(f1, 3),
                         "without_hint": {"main_ok": b_main, "reports": b_n, "f1": round(b_f1, 3)}}
        args.json.write_text(json.dumps(out, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


def _has_pdfium() -> bool:
    try:
        import pypdfium2  # noqa: F401
    except ImportError:
        return False
    return True


if __name__ == "__main__":
    sys.exit(main())
