"""The cache keeps processed reports as objects between builds (watch) and hands out copies.

A long-running ``watch`` no longer unpickles every unchanged report on every save: the
cache keeps each outcome as it was stored and gives each build a copy detached from it
(``cache.detached``). These tests hold what that relies on: whatever a build does to
the outcomes it gets (status, problems, fallback, withholding, a photo that cannot be
read, the guard stopping a report) never reaches the kept objects, so the next build
sees each report exactly as it was stored -- as an unpickled copy would be.
"""

from __future__ import annotations

import pickle
import re

from test_guard_fragments import MARKER, STOPPED, SpyGuard

from perskamer.build import Builder, ReportOutcome
from perskamer.cache import BuildCache
from perskamer.model import Problem, Report
from perskamer.testing import SAMPLE_REPORTS, Workspace


def outcome(slug: str = "a") -> ReportOutcome:
    report = Report(source=f"{slug}.md", slug=slug, format="markdown", title="Sessie")
    report.sections["summary"] = "Tekst."
    report.problem("warning", "een waarschuwing bij het lezen")
    return ReportOutcome(report.source, "built", report=report, problems=report.problems)


def test_a_build_changing_its_copy_leaves_the_kept_outcome_as_stored(tmp_path):
    cache = BuildCache(tmp_path / "cache")
    cache.put("k", outcome())
    first = cache.get("k")
    assert first.problems is first.report.problems  # the copy keeps the original's sharing
    first.status = "failed"
    first.withheld = True
    first.cache_key = "x"
    first.fallback = Report(source="old.md", slug="old", format="markdown")
    first.problems.append(Problem("error", "de guard hield het tegen"))
    first.report.problems.append(Problem("warning", "foto onleesbaar"))
    first.report.title = "Veranderd"
    second = cache.get("k")
    assert second is not first and second.report is not first.report
    assert (second.status, second.withheld, second.cache_key, second.fallback) == ("built", False, None, None)
    assert second.report.title == "Sessie"
    assert [p.message for p in second.problems] == ["een waarschuwing bij het lezen"]
    assert second.problems is second.report.problems
    # and a new process (the bytes on disk) sees the same
    assert pickle.loads(cache._entry_path("k").read_bytes()) == second


def test_a_cache_read_from_disk_keeps_its_object_too(tmp_path):
    BuildCache(tmp_path / "cache").put("k", outcome())
    cache = BuildCache(tmp_path / "cache")  # a new process
    first = cache.get("k")
    first.problems.append(Problem("error", "toegevoegd"))
    assert len(cache.get("k").problems) == 1
    cache.retain_memory([])  # dropped from memory: read from disk again, still as stored
    assert cache._objects == {} and len(cache.get("k").problems) == 1


def _kept_as_stored(cache: BuildCache) -> None:
    assert cache._objects, "the cache keeps no objects"
    for key, kept in cache._objects.items():
        assert pickle.loads(cache._memory[key]) == kept, f"the kept outcome {kept.source} changed"


def test_watch_style_rebuilds_never_change_the_kept_outcomes(tmp_path):
    """Rebuilds with one builder (as watch runs them): a withheld report, a broken one, a missing photo."""
    ws = Workspace(tmp_path, config={"outputs": ["html", "json"], "html": {"search": False}})
    name = f"{STOPPED}.md"
    ws.add_report(name, re.sub(r"^title: .*$", f'title: "Discord als {MARKER} jeugdhuis"', SAMPLE_REPORTS[name], count=1, flags=re.M))
    photo = next(n for n in SAMPLE_REPORTS if n != name)
    ws.add_report(photo, SAMPLE_REPORTS[photo].replace("\ntitle:", "\nphoto: ontbreekt.png\ntitle:", 1))
    config, host = ws.open([SpyGuard(where=("index.html",))])
    builder = Builder(config, host, cache=BuildCache.for_config(config))
    seen: list[list[str]] = []
    for round_ in range(3):
        builder.fresh_context()
        builder.skip_unchanged_inspection = round_ > 0
        result = builder.build()
        assert [o.source for o in result.withheld] == [name]
        _kept_as_stored(builder.cache)
        seen.append(sorted(p.format() for o in result.outcomes for p in o.problems))
        other = next(n for n in SAMPLE_REPORTS if n not in (name, photo))
        ws.add_report(other, SAMPLE_REPORTS[other].replace("\ntitle: ", f"\ntitle: R{round_} ", 1))
    # the problems of a report are the same every build: none piled up on a kept object
    assert seen[1] == seen[2]
    assert sum("withheld from every output" in line for line in seen[2]) == 1
