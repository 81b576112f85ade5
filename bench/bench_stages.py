"""CPU time per report, per pipeline stage: read (.md/.txt/...), validate, each transform, each render, the guard.

    .venv/bin/python bench/generate.py /tmp/ws500 -n 500
    .venv/bin/python bench/bench_stages.py /tmp/ws500 [--passes 1] [--no-gc]

Every stage runs over all reports of the workspace (the output of one stage is the
input of the next), timed with ``time.process_time`` (CPU time of this process, so
other work on the machine hardly moves the figures). ``--passes 1`` (the default) is
one cold pass, as a build does it (collections are rendered once and their cost shown
per report); with more passes the best one is shown (warm caches). Start-up work (lexicons, taxonomy, templates, the Markdown parser) is done
before the timing and shown apart. ``--no-gc`` switches the cyclic garbage collector off, so that a
collection does not land in whichever stage happens to run (small workspaces).

The guard is called as a cold ``perskamer build`` calls it: a report's own artefacts
against the report; with them, as a worker process does, the files and collection
fragments its renders hand to the guard ahead (``guard_ahead``, ``guard_fragments_ahead``:
the search index's file of the report, its card and list item on the home page, its card
on a theme page, its entry in ``data/index.json``); in the main process, each collection
through ``Builder.inspect`` (its own text against every report, the fragments the worker's
guard did not pass against their report), and each file of the search index (the verdicts
reached ahead taken).

Also timed, as a cold ``perskamer build`` does them: what a worker process sends back
per report (its outcome and the stateless renders' artefacts, pickled there and
unpickled in the main process), the search index (merging the fragments the renders
handed over, making those they did not), and writing the files.
The last lines split the time into what the worker processes do (spread over the
cores) and what the main process does alone.

``--interleaved`` also times the workers' own task (``perskamer.build._process_in_worker``,
read .. guard) in this process, alternating blocks of 64
reports: one report at a time through every stage, and batches of up to 16 reports
taken stage by stage, as a cold build's workers do. The stages above run each over all
reports; one report at a time through all of them cost ~20% more CPU (each stage's
data pushed out of the CPU caches by the others'), which is why the workers batch.
"""

from __future__ import annotations

import argparse
import copy
import gc
import pickle
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("workspace", type=Path)
    parser.add_argument("--passes", type=int, default=1)
    parser.add_argument("--no-gc", action="store_true")
    parser.add_argument("--interleaved", action="store_true", help="also time the workers' task: one report at a time vs batches")
    args = parser.parse_args(argv)
    if args.no_gc:
        gc.disable()

    from perskamer.build import Builder
    from perskamer.render.text import _markdown
    from perskamer.workspace import open_workspace

    started = time.process_time()
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
    start_up = time.process_time() - started

    timing: dict[str, float] = {}
    counts: dict[str, int] = {}

    def stage(label: str, function: Any, items: list[Any], fresh: bool = True) -> list[Any]:
        best = None
        out: list[Any] = []
        for _ in range(args.passes):
            inputs = [copy.deepcopy(x) for x in items] if fresh else items
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
    in_workers = [label for label in timing]  # read, validate, transform
    stateless = host.stateless("perskamer_render_report") if host.all_stateless("perskamer_inspect_artifact") else set()
    sent: list[list[Any]] = [[] for _ in reports]  # what a worker sends back with each report
    handed: list[dict[str, Any]] = [{} for _ in reports]  # ... and what its renders handed over

    from perskamer.build import GUARD_AHEAD, GUARD_FRAGMENTS_AHEAD, GuardedAhead, RenderPlan

    def guard(artifact: Any) -> Any:
        text = artifact.text_for_scan()
        return [inspect(artifact=artifact, text=text, reports=reports, context=context) for _name, inspect in inspectors]

    ahead: list[list[tuple[str, Any]]] = [[] for _ in reports]  # what each report's renders hand to the guard ahead

    def rendering(report: Any, function: Any, guarding: bool) -> Any:
        context.guarding_ahead = guarding  # as in a worker process (stateless renders only)
        try:
            return report, function(report=report, context=context)
        finally:
            context.guarding_ahead = False

    for name, render in renders:
        guarding = name in stateless
        made = stage(f"render {name}", lambda r, f=render, g=guarding: rendering(r, f, g), reports)
        for i, (report, (copied, _found)) in enumerate(zip(reports, made, strict=True)):  # what the render handed over (the search fragment)
            for key, value in context.take_handed(copied).items():
                if key in (GUARD_AHEAD, GUARD_FRAGMENTS_AHEAD):
                    ahead[i] += [(key, v) for v in value]
                    continue
                context.hand_over(report, key, value)
                handed[i][key] = value
        made = [found for _copied, found in made]
        artifacts = [a for found in made for a in (found or [])]
        for report, found in zip(reports, made, strict=True):
            for artifact in found or []:
                artifact.report = artifact.report or report.slug  # as the core does
        if artifacts and inspectors:
            stage(f"guard {name}", guard, artifacts)
            counts[f"guard {name}"] = len(reports)  # per report, like the other stages
        if name in stateless:
            in_workers += [f"render {name}", f"guard {name}"]
            for i, found in enumerate(made):
                sent[i].extend(found or [])

    # The files and collection pieces the renders handed to the guard ahead, read as a worker reads them.
    if stateless and inspectors:
        def guard_ahead(i: int) -> None:
            report, files = reports[i], [v for k, v in ahead[i] if k == GUARD_AHEAD]
            for artifact in files:
                if GuardedAhead.fits(artifact, report):
                    builder.guarded_ahead[artifact.path] = (report, GuardedAhead.of(artifact, builder.inspect(artifact, [report], None) or []))
            for passed in builder._guard_fragments(report, [v for k, v in ahead[i] if k == GUARD_FRAGMENTS_AHEAD]):
                builder.fragments_ahead[(passed.path, report.slug)] = (report, passed)

        stage("guard ahead (search file, pieces)", guard_ahead, list(range(len(reports))), fresh=False)
        in_workers.append("guard ahead (search file, pieces)")

    # What a worker sends back, per report: pickled there, unpickled here.
    from perskamer.build import ReportOutcome

    outcomes = [(ReportOutcome(r.source, "built", report=r), found, given) for r, found, given in zip(reports, sent, handed, strict=True)]
    start = time.process_time()
    blobs = [pickle.dumps(o, protocol=pickle.HIGHEST_PROTOCOL) for o in outcomes]
    timing["send: pickle (worker)"], counts["send: pickle (worker)"] = time.process_time() - start, len(reports)
    in_workers.append("send: pickle (worker)")
    start = time.process_time()
    for blob in blobs:
        pickle.loads(blob)
    timing["send: unpickle (main)"], counts["send: unpickle (main)"] = time.process_time() - start, len(reports)
    kilobytes = sum(map(len, blobs)) / len(blobs) / 1024

    # The collections (index, ambition pages, digest...) once over all reports, per report.
    collections = [(n, f) for n, f in host.implementations("perskamer_render_collection") if context.wants(n)]
    plan = RenderPlan()
    plan.identities = {id(r): None for r in reports}

    def guard_collection(artifact: Any) -> Any:
        return builder.inspect(artifact, reports, None, plan)

    for name, render in collections:
        # the reports themselves (not copies): the search index takes what their renders handed over
        made = stage(f"render {name} collections", lambda rs, f=render: f(reports=rs, context=context), [reports], fresh=False)
        counts[f"render {name} collections"] = len(reports)
        artifacts = [a for a in (made[0] or []) if a.data is not None or a.scan_text is not None]
        if artifacts and inspectors:
            stage(f"guard {name} collections", guard_collection, artifacts)
            counts[f"guard {name} collections"] = len(reports)

        search_set = next((a for a in made[0] or [] if a.expand is not None), None)
        if search_set is not None:
            children = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.process_time()
            files = search_set.expand()
            timing["search index (merge)"], counts["search index (merge)"] = time.process_time() - start, len(reports)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            child = after.ru_utime + after.ru_stime - children.ru_utime - children.ru_stime
            if child > 0:  # an index made by a child process (a workspace plugin's own)
                timing["search index (child process)"], counts["search index (child process)"] = child, len(reports)
            if inspectors:
                stage("guard search index", guard_collection, files)
                counts["guard search index"] = len(reports)

    # Writing every artefact (atomically, as the core does) into a scratch output folder.
    from perskamer.writer import OutputTree

    every = [a for found in sent for a in found]
    with tempfile.TemporaryDirectory() as scratch:
        tree = OutputTree.open(Path(scratch))
        start = time.process_time()
        for artifact in every:
            tree.write(artifact.path, artifact.get_bytes(), artifact.output, artifact.report)
        timing["write the reports' files"], counts["write the reports' files"] = time.process_time() - start, len(reports)

    for label, spent in timing.items():
        print(f"{label:28s} {1000 * spent / counts[label]:7.2f} ms/report  ({counts[label]} reports)")
    print(f"{'all stages':28s} {1000 * sum(timing.values()) / len(sources):7.2f} ms/report")
    workers = sum(timing[label] for label in in_workers)
    print(f"{'  in the workers':28s} {1000 * workers / len(sources):7.2f} ms/report  (read .. transform, stateless renders and their guard, pickling)")
    print(f"{'  in the main process':28s} {1000 * (sum(timing.values()) - workers) / len(sources):7.2f} ms/report  (the rest, after the workers)")
    print(f"start-up, first report included: {start_up:.2f} s CPU (plugins, config, lexicons, taxonomy, templates)")
    print(f"a worker sends back {kilobytes:.1f} kB per report")
    if args.interleaved:
        worker_order(builder, [s.path for s in sources[1:]])
    return 0


def worker_order(builder: Any, paths: list[Path], block: int = 64) -> None:
    """CPU per report of the workers' task, one report at a time vs batches (alternating blocks of ``block`` reports)."""
    import perskamer.build as build

    build._WORKER_BUILDER = builder
    spent = {1: 0.0, 16: 0.0}
    done = {1: 0, 16: 0}
    try:
        for i, start in enumerate(range(0, len(paths), block)):
            size = (1, 16)[i % 2]
            part = paths[start:start + block]
            before = time.process_time()
            for j in range(0, len(part), size):
                build._process_in_worker(part[j:j + size])
            spent[size] += time.process_time() - before
            done[size] += len(part)
    finally:
        build._WORKER_BUILDER = None
    print("the workers' task (read .. guard), in this process, alternating blocks:")
    for size, label in ((1, "one report at a time"), (16, "batches of 16, stage by stage")):
        if done[size]:
            print(f"  {label:30s} {1000 * spent[size] / done[size]:7.2f} ms/report  ({done[size]} reports)")


if __name__ == "__main__":
    sys.exit(main())
