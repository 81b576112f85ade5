"""CPU time per report, per pipeline stage: read (.md/.txt/...), validate, each transform, each render, the guard.

    .venv/bin/python bench/generate.py /tmp/ws500 -n 500
    .venv/bin/python bench/bench_stages.py /tmp/ws500 [--passes 1] [--no-gc]

Every stage runs over all reports of the workspace (the output of one stage is the
input of the next), timed with ``time.process_time`` (CPU time of this process, so
other work on the machine hardly moves the figures). ``--passes 1`` (the default) is
one cold pass, as a build does it (the guard reads each artefact against every report,
as the build does; collections are rendered once and their cost shown per report); with more passes the best one is shown (warm
caches). Start-up work (lexicons, taxonomy, templates, the Markdown parser) is done
before the timing. ``--no-gc`` switches the cyclic garbage collector off, so that a
collection does not land in whichever stage happens to run (small workspaces).
"""

from __future__ import annotations

import argparse
import copy
import gc
import sys
import time
from pathlib import Path
from typing import Any


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("workspace", type=Path)
    parser.add_argument("--passes", type=int, default=1)
    parser.add_argument("--no-gc", action="store_true")
    args = parser.parse_args(argv)
    if args.no_gc:
        gc.disable()

    from perskamer.build import Builder
    from perskamer.render.text import _markdown
    from perskamer.workspace import open_workspace

    config, host = open_workspace(args.workspace / "config" / "perskamer.yaml")
    builder = Builder(config, host, cache=None)
    context = builder.context
    paths, _problems = builder.discover()
    sources = [s for s in (builder.load_source(p) for p in paths) if hasattr(s, "data")]
    if not sources:
        print("no reports", file=sys.stderr)
        return 1
    readers = host.implementations("perskamer_read_source")
    validators = host.implementations("perskamer_validate_report")
    transforms = host.implementations("perskamer_transform_report")
    renders = [(n, f) for n, f in host.implementations("perskamer_render_report") if context.wants(n)]

    # warm-up: one report through everything
    warm = builder.process_source(sources[0]).report
    for _name, render in renders:
        render(report=copy.deepcopy(warm), context=context)
    _markdown()

    timing: dict[str, float] = {}
    counts: dict[str, int] = {}

    def stage(label: str, function: Any, items: list[Any]) -> list[Any]:
        best = None
        out: list[Any] = []
        for _ in range(args.passes):
            inputs = [copy.deepcopy(x) for x in items]
            start = time.process_time()
            out = [function(x) for x in inputs]
            spent = time.process_time() - start
            best = spent if best is None else min(best, spent)
        timing[label], counts[label] = best or 0.0, len(items)
        return out

    def read(source: Any) -> Any:
        for _name, reader in readers:
            report = reader(source=source, context=context)
            if report is not None:
                return report
        return None

    def validate(report: Any) -> Any:
        for _name, validator in validators:
            validator(report=report, context=context)
        return report

    by_suffix: dict[str, list[Any]] = {}
    for source in sources:
        by_suffix.setdefault(source.suffix, []).append(source)
    reports: list[Any] = []
    for suffix, group in sorted(by_suffix.items()):
        reports += stage(f"read {suffix}", read, group)
    reports = [r for r in reports if r is not None]
    reports = stage("validate", validate, reports)
    for name, transform in transforms:
        reports = stage(f"transform {name}", lambda r, t=transform: t(report=r, context=context) or r, reports)
    inspectors = host.implementations("perskamer_inspect_artifact")

    def guard(artifact: Any) -> Any:
        text = artifact.text_for_scan()
        return [inspect(artifact=artifact, text=text, reports=reports, context=context) for _name, inspect in inspectors]

    for name, render in renders:
        made = stage(f"render {name}", lambda r, f=render: f(report=r, context=context), reports)
        artifacts = [a for found in made for a in (found or [])]
        for report, found in zip(reports, made, strict=True):
            for artifact in found or []:
                artifact.report = artifact.report or report.slug  # as the core does
        if artifacts and inspectors:
            stage(f"guard {name}", guard, artifacts)
            counts[f"guard {name}"] = len(reports)  # per report, like the other stages

    # The collections (index, ambition pages, digest...) once over all reports, per report.
    collections = [(n, f) for n, f in host.implementations("perskamer_render_collection") if context.wants(n)]
    for name, render in collections:
        made = stage(f"render {name} collections", lambda rs, f=render: f(reports=rs, context=context), [reports])
        counts[f"render {name} collections"] = len(reports)
        artifacts = [a for a in (made[0] or []) if a.data is not None or a.scan_text is not None]
        if artifacts and inspectors:
            stage(f"guard {name} collections", guard, artifacts)
            counts[f"guard {name} collections"] = len(reports)

    for label, spent in timing.items():
        print(f"{label:28s} {1000 * spent / counts[label]:7.2f} ms/report  ({counts[label]} reports)")
    print(f"{'all stages':28s} {1000 * sum(timing.values()) / len(sources):7.2f} ms/report")
    return 0


if __name__ == "__main__":
    sys.exit(main())
