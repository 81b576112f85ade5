"""The two loads of bench/bench_ab_anon.py, read once per worker process (both of its worker
kinds import this file: one engine per process, or both engines in one)."""

from __future__ import annotations

import copy
from pathlib import Path


def quote_groups() -> tuple[list[tuple[dict, str, list[tuple[str, str | None]]]], int]:
    """bench_anonymise's cases as one report per group: (meta, context, quotes) per group, and
    the number of quotes."""
    import bench_anonymise

    cases = bench_anonymise.load_cases()
    groups: dict[str, list[int]] = {}
    for i, c in enumerate(cases):
        groups.setdefault(c["group"], []).append(i)
    work = [(copy.deepcopy(cases[idx[0]].get("meta") or {}), cases[idx[0]].get("context") or "",
             [(cases[i]["text"], cases[i].get("speaker")) for i in idx]) for idx in groups.values()]
    return work, len(cases)


def workspace_reports(folder: str) -> tuple[list, dict]:
    """Every report of a workspace, read by this checkout's readers once, and the workspace's
    ``anonymise`` options (raw)."""
    from perskamer.build import Builder
    from perskamer.workspace import open_workspace

    config, host = open_workspace(Path(folder) / "config" / "perskamer.yaml")
    builder = Builder(config, host, cache=None)
    paths, _ = builder.discover()
    sources = [s for s in (builder.load_source(p) for p in paths) if hasattr(s, "data")]
    readers = host.implementations("perskamer_read_source")
    reports = []
    for s in sources:
        for _n, read in readers:
            rep = read(source=s, context=builder.context)
            if rep is not None:
                reports.append(rep)
                break
    return reports, config.data.get("anonymise") or {}
