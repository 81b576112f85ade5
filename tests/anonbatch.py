"""Running and scoring a frozen batch of sessions 25-26 on three paths (issue 11).

Such a batch module holds ``PERSON`` (``(text, name parts that must go)``), ``KEEP`` (``(text, items
that must stay)``), their ``CLASSES``/``KEEP_CLASSES``, the indices ``BUILD``/``BUILD_KEEP`` that
also run through a real build, and ``run_build`` (its own one-report workspace). Its cases stay
frozen in the module; the running and scoring live here once (session 26's second reading found
four copies).
"""

from __future__ import annotations

import html
import tempfile
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from anonymise_s16_layout_line_cases import count, items_lost, names_left, run_section_report, run_text


def built_text(report: str, file_name: str, quote: str) -> str:
    """Every published file of a one-report workspace (``report`` with ``quote`` as its quotes
    answer, in ``file_name``) as one text: html entities unescaped, a JSON file's decoded strings too."""
    from anonymise_asserts import build_one_report, public_text

    with tempfile.TemporaryDirectory() as tmp:
        _code, out = build_one_report(Path(tmp), file_name, report.format(quote=quote))
        return html.unescape(public_text(out)) if out.exists() else ""


def build_items_lost(run_build: Callable[[str], str], text: str, items: list[str]) -> list[str]:
    """Keep items no published file shows (an item counted at least once in the build)."""
    out = run_build(text)
    return [k for k in items if count(k, out) == 0]


def misses(batch: ModuleType, build: bool = True) -> dict[str, list[int]]:
    """Indices of the cases that fail, per side and path (``names text``, ``keep report``, ...)."""
    out: dict[str, list[int]] = {}
    for how, run in (("text", run_text), ("report", run_section_report)):
        out[f"names {how}"] = [i for i, (t, ns) in enumerate(batch.PERSON) if names_left(t, ns, run)]
        out[f"keep {how}"] = [i for i, (t, ks) in enumerate(batch.KEEP) if items_lost(t, ks, run)]
    if build:
        out["names build"] = [i for i in batch.BUILD if names_left(*batch.PERSON[i], batch.run_build)]
        out["keep build"] = [i for i in batch.BUILD_KEEP if build_items_lost(batch.run_build, *batch.KEEP[i])]
    return out


def name_parts_left(person: list, run: Callable[[str], str]) -> tuple[int, int]:
    """Name parts left over the whole batch, and the number of name parts."""
    left = sum(len(names_left(t, ns, run)) for t, ns in person)
    return left, sum(len(ns) for _, ns in person)


def score(batch: ModuleType, show: bool = False, build: bool = True) -> None:
    """What ``python tests/<batch>.py [--show] [--no-build]`` prints."""
    m = misses(batch, build)
    for how in ("text", "report", "build"):
        if f"names {how}" not in m:
            continue
        left, lost = m[f"names {how}"], m[f"keep {how}"]
        by = {c: sum(1 for i in left if batch.CLASSES[i] == c) for c in sorted(set(batch.CLASSES))}
        byk = {c: sum(1 for i in lost if batch.KEEP_CLASSES[i] == c) for c in sorted(set(batch.KEEP_CLASSES))}
        n_p = len(batch.PERSON) if how != "build" else len(batch.BUILD)
        n_k = len(batch.KEEP) if how != "build" else len(batch.BUILD_KEEP)
        print(f"{how:6}: cases with a name left {len(left)}/{n_p} {by} {left}; "
              f"look-alike cases losing an item {len(lost)}/{n_k} {byk} {lost}")
    for how, run in (("text", run_text), ("report", run_section_report)):
        print(f"{how:6}: name parts left %d/%d" % name_parts_left(batch.PERSON, run))
    if show:
        for how, run in (("text", run_text), ("report", run_section_report)):
            for side, cases in (("names", batch.PERSON), ("keep", batch.KEEP)):
                for i in m[f"{side} {how}"]:
                    print(f"{side[0].upper()} {how} {i}: {run(cases[i][0])!r}")
