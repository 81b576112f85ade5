"""``perskamer digest``: build only the newsletter (digest/), leaving the other outputs alone.

Provided through ``perskamer_command``: ``--select`` sets this plugin's own
``digest.selection`` for the one run, and a selection that matches no published
report is refused before anything is written (the existing digest stays).
"""

from __future__ import annotations

import dataclasses
import sys
from typing import Any

from perskamer.model import Problem, Report

from . import compose


def run(args: Any, builder: Any) -> int:
    from perskamer.cli import EXIT_OK, EXIT_PROBLEMS, print_problems

    from . import summary_line

    if args.select:
        value = args.select.strip()
        chosen: Any = value if value in ("all", "approved") else [s.strip() for s in value.split(",") if s.strip()]
        builder.config.data.setdefault("digest", {})["selection"] = chosen  # this plugin's own option, for this run
        builder.check_before_write = lambda reports: empty_selection(args.select, chosen, reports)
    result = builder.build()
    problems = blame_select_option(result.all_problems) if args.select else result.all_problems
    if result.refused is not None:
        print_problems([p for p in problems if p.field != "--select" or p is result.refused])
        print("perskamer digest: the existing digest was left as it was", file=sys.stderr)
        return EXIT_PROBLEMS
    print_problems(problems)
    out = builder.context.output_dir / "digest"
    print(summary_line(builder.context))
    for name in ("index.html", "digest-email.html", "digest.txt", "digest.eml"):
        print(f"  {out / name}")
    if args.open:
        print(f"Open in a browser: {(out / 'index.html').as_uri()}")
    return EXIT_OK if result.ok else EXIT_PROBLEMS


def empty_selection(option: str, selection: Any, reports: list[Report]) -> Problem | None:
    """The refusal for a ``--select`` that matches none of the published reports (else ``None``)."""
    if compose.select(reports, selection, []):
        return None
    hint = ("no report has 'status: approved' yet; use --select all, or slugs" if selection == "approved"
            else "use the slugs 'perskamer build' prints (file names without extension), comma-separated, or 'all'")
    return Problem("error", f"--select {option!r} matches none of the {len(reports)} published reports: nothing was written",
                   file="perskamer digest", field="--select", hint=hint)


def blame_select_option(problems: list[Problem]) -> list[Problem]:
    """The plugin's problems about ``digest.selection``, pointed at ``--select`` (where the value came from)."""
    return [dataclasses.replace(p, file="perskamer digest", field="--select", line=None) if p.field == "digest.selection" else p
            for p in problems]
