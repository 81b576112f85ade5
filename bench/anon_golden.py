"""Golden output of the anonymiser and the leak guard: every text we have, recorded.

    .venv/bin/python bench/anon_golden.py                  # compare with the recorded hashes
    .venv/bin/python bench/anon_golden.py --record         # record them (after an intended change)
    .venv/bin/python bench/anon_golden.py --against DIR    # full diff against another copy of the
                                                           # plugin (git archive of plugins/anonymise)
    .venv/bin/python bench/anon_golden.py --against DIR --random 3000   # plus random texts

Speed work on the anonymiser must not change a single byte of what it does. This runs
it over every text in the repository -- the corpus fixtures (tests/fixtures/anon), the
unseen sets (bench/data/anon_unseen, bench/data/lead_unseen, bench/data/unseen_s3 --
its results are only hashed, never read --, bench/unseen*/), the
sample content/, the hand-written hard cases, and 300 reports of bench/generate.py --
in three ways:

* ``report``: the whole report through the transform hook, as a build does (default
  options, and once with ``scope: all`` and numbered speakers): every published field
  and the private log (each replacement with its rule and confidence, the uncertain
  words, the guard's quote records);
* ``text``: every quote and every paragraph of every section on its own, without report
  knowledge (spans with rule and confidence, uncertain words, the anonymised text);
* ``guard``: the leak guard over the original (un-anonymised) source text and over the
  anonymised report's fields, per report and as a collection (the problems it finds).

The results are hashed per source file (or per 20 hard/unseen cases);
``tests/fixtures/anon_golden.json`` holds the hashes of main's state (tests/test_anonymise_golden.py compares). ``--against`` runs an older copy
of the plugin in a subprocess (as bench_anonymise's BENCH_BASELINE: a folder holding a
copy of plugins/anonymise whose lexicon's ``_DATA_PACKAGE`` names its own data) and
prints the first differences in full. ``--random N`` adds N generated Dutch-ish texts
with names of many shapes (the same seed on both sides).
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import hashlib
import json
import os
import random
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "fixtures" / "anon_golden.json"
SUFFIXES = (".md", ".txt", ".docx", ".odt", ".pdf")
GENERATED = 300


def source_files() -> list[tuple[str, Path]]:
    """(set name, path) of every report file the harness reads."""
    folders = [("corpus", ROOT / "tests" / "fixtures" / "anon"), ("lead", ROOT / "bench" / "data" / "lead_unseen"),
               ("content", ROOT / "content"), ("unseen_s3", ROOT / "bench" / "data" / "unseen_s3")]
    return report_files(folders)


def report_files(folders: list[tuple[str, Path]]) -> list[tuple[str, Path]]:
    """(set name, path) of the report files in ``folders`` and in bench/unseen*/ (no READMEs, no scripts)."""
    folders = folders + [(p.name, p) for p in sorted((ROOT / "bench").glob("unseen*")) if p.is_dir()]
    out: list[tuple[str, Path]] = []
    for name, folder in folders:
        out += [(name, p) for p in sorted(folder.rglob("*")) if p.suffix in SUFFIXES and p.is_file()
                and "README" not in p.name and not p.name.startswith(("make_", "_"))]
    return out


def loose_texts() -> list[tuple[str, str]]:
    """(case id, text) of the quotes of the hard cases and the unseen set (no report)."""
    import yaml

    out: list[tuple[str, str]] = []
    hard = yaml.safe_load((ROOT / "tests" / "fixtures" / "anon" / "hard_cases.yaml").read_text(encoding="utf-8"))
    for i, case in enumerate(hard):
        out.append((f"hard/{i}", str(case.get("text", ""))))
    unseen = yaml.safe_load((ROOT / "bench" / "data" / "anon_unseen" / "unseen.yaml").read_text(encoding="utf-8"))
    for r, rep in enumerate(unseen["reports"]):
        for k, q in enumerate(rep.get("quotes", []) or []):
            out.append((f"anon_unseen/{r}/{k}", str(q.get("text", ""))))
        if isinstance(rep.get("context"), str):
            out.append((f"anon_unseen/{r}/context", rep["context"]))
    return out


def loose_reports() -> list[tuple[str, dict[str, Any], str, list[tuple[str, str | None]]]]:
    """(case id, front matter, context text, quotes) of the hard cases and the unseen
    reports, as bench_anonymise makes reports of them (the context as the summary)."""
    import yaml

    out: list[tuple[str, dict[str, Any], str, list[tuple[str, str | None]]]] = []
    hard = yaml.safe_load((ROOT / "tests" / "fixtures" / "anon" / "hard_cases.yaml").read_text(encoding="utf-8"))
    for i, case in enumerate(hard):
        out.append((f"hard/{i}/report", case.get("meta") or {}, str(case.get("context") or ""),
                    [(str(case.get("text", "")), case.get("speaker"))]))
    unseen = yaml.safe_load((ROOT / "bench" / "data" / "anon_unseen" / "unseen.yaml").read_text(encoding="utf-8"))
    for r, rep in enumerate(unseen["reports"]):
        quotes = [(str(q.get("text", "")), q.get("speaker")) for q in rep.get("quotes", []) or []]
        out.append((f"anon_unseen/{r}/report", {"speakers": rep.get("speakers") or []}, str(rep.get("context") or ""),
                    quotes))
    return out


def random_texts(n: int, seed: int = 11) -> list[tuple[str, str]]:
    """Dutch-ish sentences with names of many shapes (property-style, same on both sides)."""
    rng = random.Random(seed)
    names = ["Jan", "jan", "Lotte De Fauw", "Mohamed El Amrani", "Fatoumata Binta Barry", "Roos", "Storm", "KOBE",
             "Anne-Sophie", "Van den Bulcke", "D'Haese", "Tenzin", "Oyelaran", "Mus", "Ine's", "Jonas'", "Wout",
             "Ayşe", "Ştefan", "K. Janssens", "Jolien D.", "Chiro Heikant", "Kind & Gezin", "KSA Oostakker",
             "Uit De Marge", "Brussel", "Marokkaanse", "vzw De Overstap", "Decathlon", "Pieter", "mathis", "sanne"]
    words = ["de", "het", "een", "en", "zei", "vertelde", "vond", "dat", "we", "jongeren", "leiding", "kamp", "lokaal",
             "gisteren", "toen", "maar", "met", "van", "bij", "zegt", "aldus", "moderator", "mijn", "broer", "juf",
             "(17)", ",", ".", "!", "?", "–", ":", "\n", "jan.peeters(at)gmail.com", "0470 12 34 56", "insta:",
             "@lotte_2009", "[persoon 1]", "storm", "in de roos", "hoop doet leven", "Toen", "Dan", "Niemand"]
    out = []
    for i in range(n):
        parts = [rng.choice(names) if rng.random() < 0.3 else rng.choice(words) for _ in range(rng.randint(3, 30))]
        text = " ".join(parts)
        if rng.random() < 0.2:
            text = text.lower()
        out.append((f"random/{i}", text))
    return out


def _jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, set | frozenset):
        return sorted(_jsonable(v) for v in value)
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return repr(value)


#: Keys of the private record that are a memo of other recorded fields, left out of the hash:
#: the guard's private-contact net per own text (worked out from the published sections, which
#: are hashed; the ``guard`` results show the net still stops what it stopped).
_MEMO_KEYS = ("private_contacts_left",)


def _report_fields(report: Any) -> dict[str, Any]:
    record = report.private.get("anonymisation")
    if isinstance(record, dict):
        record = {k: v for k, v in record.items() if k not in _MEMO_KEYS}
    return {
        "title": report.title,
        "slug": report.slug,
        "sections": report.sections,
        "quotes": [_jsonable(q) for q in report.quotes],
        "meta": _jsonable(report.meta),
        "photo": _jsonable(report.photo),
        "private": _jsonable(record),
    }


def compute(package: str, with_random: int = 0) -> dict[str, str]:
    """Every case's result as canonical JSON, with the anonymiser package ``package``."""
    import importlib

    from perskamer.model import Artifact, Report

    anonymiser = importlib.import_module(package + ".anonymiser")
    detect = importlib.import_module(package + ".detect")
    replace = importlib.import_module(package + ".replace")
    guard = importlib.import_module(package + ".guard")
    results: dict[str, str] = {}

    def put(case: str, value: Any) -> None:
        results[case] = json.dumps(_jsonable(value), ensure_ascii=False, sort_keys=True)

    def bare(case: str, text: str) -> None:
        if not text.strip():
            return
        analysis = detect.analyse(text)
        put(case, {"spans": analysis.spans, "uncertain": analysis.uncertain, "out": replace.anonymise_text(text)})

    with tempfile.TemporaryDirectory() as tmp:
        builder, generated = generated_workspace(Path(tmp))
        context = builder.context
        theme_words = anonymiser.theme_words_of(context.taxonomy) | anonymiser.default_theme_words()
        originals, anonymised = [], []
        for rel, _source, report in read_files(builder, source_files() + generated):
            if isinstance(report, Exception):  # a reader refusing a file is a result too
                put(f"{rel}/read", repr(report))
            if not isinstance(report, Report):
                continue
            report.source, report.slug = rel, rel  # no temporary folder in a result; unique slugs
            for variant, opts in (
                ("report", {}),
                ("report-scope-all", {"scope": "all", "speaker_label": "numbered", "possessive": "s",
                                      "deny": ["Peeters"], "allow": ["Kamplicht"]}),
            ):
                o = anonymiser.Options.from_dict(opts)
                o.theme_words = theme_words
                done = anonymiser.anonymise_report(copy.deepcopy(report), o)
                put(f"{rel}/{variant}", _report_fields(done))
                if variant == "report":
                    anonymised.append(done)
                    originals.append((rel, report))
            for k, q in enumerate(report.quotes):
                bare(f"{rel}/quote/{k}", q.text)
            for sid, text in report.sections.items():
                if isinstance(text, str):
                    for k, para in enumerate(text.split("\n\n")):
                        bare(f"{rel}/section/{sid}/{k}", para)
        # The guard: each original source against its anonymised report, and the
        # anonymised fields (should be clean), per report and as a collection.
        opts = anonymiser.Options()
        opts.theme_words = theme_words
        for (rel, original), done in zip(originals, anonymised, strict=True):
            raw = "\n".join([original.title or "", *[t for t in original.sections.values() if isinstance(t, str)],
                             *[q.text for q in original.quotes]])
            clean = json.dumps(_report_fields(done)["sections"], ensure_ascii=False)
            found = []
            for name, text, slug in (("raw", raw, done.slug), ("clean", clean, done.slug), ("raw-collection", raw, None)):
                art = Artifact(path=f"x/{name}.html", data=text.encode(), output="html", report=slug)
                found.append([p.message for p in guard.inspect_text(art, text, anonymised, opts)])
            put(f"{rel}/guard", found)
    from perskamer.model import Quote

    for case, meta, context_text, quotes in loose_reports():
        report = Report(source="x", slug="x", format="md", meta=copy.deepcopy(meta),
                        sections={"summary": context_text}, quotes=[Quote(t, s) for t, s in quotes])
        put(case, _report_fields(anonymiser.anonymise_report(report, anonymiser.Options())))
    for case, text in loose_texts() + (random_texts(with_random) if with_random else []):
        bare(case, text)
    return results


def generated_workspace(ws: Path) -> tuple[Any, list[tuple[str, Path]]]:
    """A workspace in ``ws`` (html + json) with GENERATED reports of bench/generate.py:
    its Builder (no cache) and ``("generated", path)`` of each report file."""
    from perskamer.build import Builder
    from perskamer.workspace import open_workspace

    _load_generate().generate(ws / "generated", GENERATED)
    (ws / "config").mkdir()
    (ws / "config" / "perskamer.yaml").write_text("outputs: [html, json]\n", encoding="utf-8")
    config, host = open_workspace(ws / "config" / "perskamer.yaml")
    files = [("generated", p) for p in sorted((ws / "generated" / "content").glob("*")) if p.suffix in SUFFIXES]
    return Builder(config, host, cache=None), files


def read_files(builder: Any, files: list[tuple[str, Path]]) -> Iterator[tuple[str, Any, Any]]:
    """``(case path, source, report)`` per file, as a build reads it: ``report`` is the
    Report, the exception a reader refused the file with, or None (no reader took it, or
    ``source`` is the problem of a file that could not be loaded)."""
    context = builder.context
    readers = builder.host.implementations("perskamer_read_source")
    for set_name, path in files:
        try:
            rel = path.relative_to(ROOT).as_posix()
        except ValueError:
            rel = f"{set_name}/{path.name}"
        source = builder.load_source(path)
        report = None
        if hasattr(source, "data"):
            for _name, reader in readers:
                try:
                    report = reader(source=source, context=context)
                except Exception as exc:  # a reader refusing a file is a result too
                    report = exc
                if report is not None:
                    break
        yield rel, source, report


def _load_generate() -> Any:
    import importlib.util

    spec = importlib.util.spec_from_file_location("_perskamer_bench_generate", ROOT / "bench" / "generate.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def _group(case: str) -> str:
    """The recorded unit: one source file (all its cases), or 20 hard/unseen cases."""
    parts = case.split("/")
    for i, part in enumerate(parts):
        if part.endswith(SUFFIXES):
            return "/".join(parts[: i + 1])
    return f"{parts[0]}/{int(parts[1]) // 20 * 20}" if parts[1:2] and parts[1].isdigit() else parts[0]


def digest(results: dict[str, str]) -> dict[str, str]:
    """One hash per group (:func:`_group`) over its cases' ids and results."""
    hashes: dict[str, Any] = {}
    for case, value in sorted(results.items()):
        h = hashes.setdefault(_group(case), hashlib.sha256())
        h.update(f"{case}\x00{value}\x00".encode())
    return {k: h.hexdigest()[:16] for k, h in sorted(hashes.items())}


def differences(recorded: dict[str, str], now: dict[str, str]) -> list[str]:
    return sorted(k for k in set(recorded) | set(now) if recorded.get(k) != now.get(k))


def _in_subprocess(package_dir: Path, with_random: int) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=f"{package_dir.parent}{os.pathsep}{ROOT}")
    code = (f"import json, sys; sys.path.insert(0, {str(ROOT / 'bench')!r}); import anon_golden as g; "
            f"print(json.dumps(g.compute({package_dir.name!r}, {with_random})))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False)
    if proc.returncode != 0:
        raise SystemExit(proc.stderr[-3000:])
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--record", action="store_true", help="write tests/fixtures/anon_golden.json")
    parser.add_argument("--against", type=Path, help="a copy of plugins/anonymise to diff against in full")
    parser.add_argument("--random", type=int, default=0, help="also N random texts (with --against)")
    args = parser.parse_args(argv)
    now = compute("perskamer.plugins.anonymise", args.random)
    print(f"{len(now)} cases")
    if args.record:
        GOLDEN.write_text(json.dumps(digest(now), indent=0, sort_keys=True) + "\n", encoding="utf-8")
        print(f"recorded {GOLDEN.relative_to(ROOT)}")
        return 0
    if args.against:
        before = _in_subprocess(args.against.resolve(), args.random)
        diff = differences(before, now)
        for case in diff[:10]:
            print(f"--- {case}\n before: {before.get(case)}\n after:  {now.get(case)}")
        print(f"{len(diff)} of {len(now)} cases differ from {args.against}")
        return 1 if diff else 0
    recorded = json.loads(GOLDEN.read_text(encoding="utf-8"))
    diff = differences(recorded, digest({k: v for k, v in now.items() if not k.startswith("random/")}))
    print(f"{len(diff)} of {len(recorded)} recorded groups differ" + (": " + ", ".join(diff[:20]) if diff else ""))
    return 1 if diff else 0


if __name__ == "__main__":
    sys.exit(main())
