"""Golden output of the readers and the tagger: every report file we have, recorded.

    .venv/bin/python bench/read_tag_golden.py                 # compare with the recorded hashes
    .venv/bin/python bench/read_tag_golden.py --record        # record them (after an intended change)
    .venv/bin/python bench/read_tag_golden.py --dump FILE     # write every case's full result (JSON)
    .venv/bin/python bench/read_tag_golden.py --against OLD   # full diff against another checkout
                                                              # (OLD/.venv/bin/python runs this file)

Speed work on the readers (the plain-text form reader in core/form, plugins/read_*) and
the tagger (plugins/tagger) must not change a byte of what they produce. This reads
every report file in the repository -- tests/fixtures (corpus, tagging, anon), the
sample content/, bench/data/* (bench/data/unseen_s3 is a blind set: its results are
only hashed, never shown), bench/unseen*/ -- and 300 reports of bench/generate.py, and
records per file:

* ``read``: the full :class:`~perskamer.model.Report` the reader makes (title, date,
  meta, sections and their lines, quotes, photo, problems with line numbers and hints),
  or the reader's refusal;
* ``tag``: the tagger's full result on that report (every theme's hits with position,
  weight, contribution, snippet and note, dropped hits, score parts, bonuses, decision
  and reason; the tags, the suggestion, the override and warnings) and the text of
  ``perskamer tags --explain``; once with the default settings and once with the
  workspace options a user may set (other section weights, threshold, max tags).

The results are hashed per source file; ``tests/fixtures/read_tag_golden.json`` holds
main's hashes (tests/test_read_tag_golden.py compares). ``--against OLD`` runs this
same file with ``OLD/.venv/bin/python`` (a checkout of the old code with its own venv,
e.g. ``git worktree add /tmp/old main && make -C /tmp/old venv``) and prints the
first differences in full -- except for bench/data/unseen_s3, whose differences are
only named.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from anon_golden import _jsonable, differences, digest, generated_workspace, read_files, report_files  # noqa: E402

GOLDEN = ROOT / "tests" / "fixtures" / "read_tag_golden.json"
BLIND = "bench/data/unseen_s3/"
#: options a workspace may set under ``tagging:`` (the second tagger variant)
TAGGING_VARIANT = {"threshold": 2.5, "max_tags": 2, "section_weights": {"summary": 1.5, "discussion": 0.5}}


def source_files() -> list[tuple[str, Path]]:
    """(set name, path) of every report file in the repository the harness reads."""
    folders = [("fixtures", ROOT / "tests" / "fixtures"), ("content", ROOT / "content")]
    folders += [(p.name, p) for p in sorted((ROOT / "bench" / "data").iterdir()) if p.is_dir()]
    return report_files(folders)


def _tag_result(result: Any) -> dict[str, Any]:
    """A TagResult as data: every field, each hit's snippet, no copy of the section texts."""

    def hit(h: Any) -> dict[str, Any]:
        d = {f.name: _jsonable(getattr(h, f.name)) for f in dataclasses.fields(h) if f.name != "section_text"}
        d["snippet"] = h.snippet
        return d

    themes = []
    for ts in result.themes:
        d = {f.name: _jsonable(getattr(ts, f.name)) for f in dataclasses.fields(ts) if f.name not in ("hits", "dropped")}
        d["ambition"] = ts.ambition.id
        d["hits"] = [hit(h) for h in ts.hits]
        d["dropped"] = [hit(h) for h in ts.dropped]
        d["score"], d["specific"] = ts.score, ts.specific
        d["evidence"] = ts.evidence(None, uncounted=True)
        themes.append(d)
    return {"themes": themes, "tags": _jsonable(result.tags), "override": result.override,
            "override_from": result.override_from, "warnings": _jsonable(result.warnings),
            "suggestion": _jsonable(result.suggestion)}


def compute() -> dict[str, str]:
    """Every case's result as canonical JSON (with the perskamer this interpreter imports)."""
    import copy

    from perskamer.model import Report
    from perskamer.plugins import tagger
    from perskamer.plugins.tagger.explain import format_result

    results: dict[str, str] = {}

    def put(case: str, value: Any) -> None:
        # no checkout path in a result: the golden file must hold wherever the repository is cloned
        results[case] = json.dumps(_jsonable(value), ensure_ascii=False, sort_keys=True).replace(str(ROOT), "<repo>")

    with tempfile.TemporaryDirectory() as tmp:
        builder, generated = generated_workspace(Path(tmp))
        taxonomy = builder.context.taxonomy
        for rel, source, report in read_files(builder, source_files() + generated):
            if not hasattr(source, "data"):
                put(f"{rel}/load", repr(source))
            elif isinstance(report, Exception):  # a reader refusing a file is a result too
                put(f"{rel}/read", repr(report))
            if not isinstance(report, Report):
                continue
            report.source = rel  # no temporary folder in a result
            put(f"{rel}/read", report)
            for variant, options in (("tag", {}), ("tag-options", TAGGING_VARIANT)):
                matcher = tagger.matcher_for(taxonomy, tagger.settings_for(taxonomy, options))
                result = tagger.score_report(copy.deepcopy(report), matcher, overrides=options.get("overrides"))
                put(f"{rel}/{variant}", {"result": _tag_result(result), "explain": format_result(report, result)})
    return results


def _in_other(checkout: Path) -> dict[str, str]:
    """:func:`compute` run by another checkout's interpreter (its own perskamer)."""
    python = checkout / ".venv" / "bin" / "python"
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        proc = subprocess.run([str(python), __file__, "--dump", out.name], capture_output=True, text=True,
                              check=False, cwd=checkout)
        if proc.returncode != 0:
            raise SystemExit(proc.stderr[-3000:])
        return json.loads(Path(out.name).read_text(encoding="utf-8"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--record", action="store_true", help="write tests/fixtures/read_tag_golden.json")
    parser.add_argument("--dump", type=Path, help="write every case's result to this file")
    parser.add_argument("--against", type=Path, help="a checkout of the old code with its .venv")
    args = parser.parse_args(argv)
    now = compute()
    if args.dump:
        args.dump.write_text(json.dumps(now, ensure_ascii=False), encoding="utf-8")
        return 0
    print(f"{len(now)} cases")
    if args.record:
        GOLDEN.write_text(json.dumps(digest(now), indent=0, sort_keys=True) + "\n", encoding="utf-8")
        print(f"recorded {GOLDEN.relative_to(ROOT)}")
        return 0
    if args.against:
        before = _in_other(args.against.resolve())
        diff = differences(before, now)
        for case in [c for c in diff if not c.startswith(BLIND)][:10]:
            print(f"--- {case}\n before: {before.get(case)}\n after:  {now.get(case)}")
        blind = [c for c in diff if c.startswith(BLIND)]
        print(f"{len(diff)} of {len(now)} cases differ from {args.against}"
              + (f" ({len(blind)} in the blind set, not shown)" if blind else ""))
        return 1 if diff else 0
    recorded = json.loads(GOLDEN.read_text(encoding="utf-8"))
    diff = differences(recorded, digest(now))
    print(f"{len(diff)} of {len(recorded)} recorded groups differ" + (": " + ", ".join(diff[:20]) if diff else ""))
    return 1 if diff else 0


if __name__ == "__main__":
    sys.exit(main())
