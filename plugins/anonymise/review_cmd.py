"""``perskamer review``: the editor's review of the anonymiser's uncertain decisions.

Provided through ``perskamer_command`` (the command line knows its options, not how it
is done), like ``perskamer anonymise``. Lists, across the whole workspace, every word the anonymiser kept although it might be a
name, or replaced with low confidence, grouped by word; the editor answers each once
(keep = a word, mask = a name) and the answers go to ``config/anonymise-review.yaml``,
which every build applies. Interactive in a terminal; ``--list`` prints the open items
(tab-separated, for scripts) and ``--set WORD=keep|mask`` records answers without a
prompt. The output shows original words: it is for the editor, never published.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from perskamer.textsafe import count


def review_items(builder: Any) -> tuple[list[Any], list[Any]]:
    """Every uncertain item of the workspace's reports, and the problems met reading them."""
    from .review import collect

    paths, problems = builder.discover()
    outcomes = builder.process_all(paths)
    reports = [o.report for o in outcomes if o.report is not None]
    return collect(reports), problems + [p for o in outcomes for p in o.problems if p.severity == "error"]


def cmd_review(args: argparse.Namespace, builder: Any) -> int:
    """``perskamer review [--list [--all]] [--set WORD=keep|mask]``; returns the exit code."""
    from perskamer.cli import print_problems
    from perskamer.textsafe import printable
    from perskamer.writer import write_atomic

    from .review import KEEP, MASK, REVIEW_FILE, dump_decisions, load_decisions, open_items

    workspace = Path(builder.context.config.workspace)
    path = workspace / REVIEW_FILE
    try:
        decisions = load_decisions(path.read_text(encoding="utf-8") if path.exists() else None)
    except (ValueError, OSError, UnicodeDecodeError) as exc:
        print(f"{REVIEW_FILE}: error: {exc}", file=sys.stderr)
        return 2

    def save() -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, dump_decisions(decisions).encode("utf-8"))

    if args.set:
        for item in args.set:
            word, _, decision = item.rpartition("=")
            if not word.strip() or decision not in (KEEP, MASK):
                print(f"perskamer review: --set wants WORD=keep or WORD=mask, not {item!r}", file=sys.stderr)
                return 2
            decisions[word.strip()] = decision
        save()
        print(f"perskamer review: {count(len(args.set), 'decision')} saved in {REVIEW_FILE}")
        return 0

    items, problems = review_items(builder)
    print_problems(problems)
    pending = open_items(items, decisions)
    if args.list:
        for item in items if args.all else pending:
            decided = next((d for w, d in decisions.items() if w.casefold() == item.word.casefold()), "open")
            print(printable("\t".join([item.word, item.kind, str(item.count), ",".join(item.reports), decided,
                                         "; ".join(item.shapes)])))
        print(f"perskamer review: {count(len(pending), 'open decision')}, {len(decisions)} decided ({REVIEW_FILE})", file=sys.stderr)
        return 0
    if not pending:
        print(f"perskamer review: nothing to review ({count(len(decisions), 'decision')} in {REVIEW_FILE})")
        return 0
    if not sys.stdin.isatty():
        print("perskamer review: not a terminal; use --list and --set WORD=keep|mask", file=sys.stderr)
        return 2
    print(f"{count(len(pending), 'word')} to review (NOT for publication: original words). "
          "k = keep (a word, never masked), m = mask (a name), s = skip, q = quit")
    answered = 0
    for n, item in enumerate(pending, 1):
        what = "kept, might be a name" if item.kind == "kept" else "replaced, not sure it is a name"
        print(printable(f"\n[{n}/{len(pending)}] {item.word!r}: {what}; {item.count}x in {', '.join(item.reports[:4])}"
                        + (f" (+{len(item.reports) - 4})" if len(item.reports) > 4 else "")))
        if item.reasons:
            print(printable("    why: " + "; ".join(item.reasons[:3])))
        if item.shapes:
            print(printable("    where: " + "; ".join(f"'{s}'" for s in item.shapes[:4])))
        while True:
            try:
                answer = input("    keep / mask / skip / quit [k/m/s/q]? ").strip().lower()[:1]
            except EOFError:
                answer = "q"
            if answer in ("k", "m", "s", "q"):
                break
        if answer == "q":
            break
        if answer == "s":
            continue
        decisions[item.word] = KEEP if answer == "k" else MASK
        answered += 1
        save()  # after every answer: Ctrl-C loses nothing
    print(f"\nperskamer review: {count(answered, 'decision')} saved in {REVIEW_FILE}; the next build applies them")
    return 0


def open_decisions_line(result: Any, context: Any) -> str | None:
    """For the build summary: how many uncertain decisions are still open (or None)."""
    try:
        from .review import REVIEW_FILE, collect, load_decisions, open_items

        workspace = Path(context.config.workspace)
        path = workspace / REVIEW_FILE
        decisions = load_decisions(path.read_text(encoding="utf-8") if path.exists() else None)
        pending = open_items(collect(result.reports), decisions)
    except Exception:  # the summary never fails for this line
        return None
    if not pending:
        return None
    return f"anonymisation: {count(len(pending), 'uncertain word')} to review: run 'perskamer review'"


def review_page(reports: list[Any], workspace: Path | None) -> bytes:
    """The review list as an HTML page for the preview server (``/__perskamer/review``):
    the same open items ``perskamer review --list`` prints. Local only, never published."""
    import html

    from .review import REVIEW_FILE, collect, load_decisions, open_items

    decisions: dict[str, str] = {}
    error = ""
    if workspace is not None:
        path = Path(workspace) / REVIEW_FILE
        try:
            decisions = load_decisions(path.read_text(encoding="utf-8") if path.exists() else None)
        except (ValueError, OSError, UnicodeDecodeError) as exc:
            error = f"{REVIEW_FILE}: {exc}"
    pending = open_items(collect(reports), decisions)
    rows = "".join(
        "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>".format(
            html.escape(i.word), "bewaard, misschien een naam" if i.kind == "kept" else "vervangen, niet zeker",
            i.count, html.escape(", ".join(i.reports)), html.escape("; ".join(i.reasons[:3])),
            html.escape("; ".join(i.shapes[:4])))
        for i in pending
    )
    body = (
        "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Anonimisering nakijken</title>"
        "<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem;max-width:70rem}table{border-collapse:collapse}"
        "td,th{border-bottom:1px solid #ccc;padding:.3rem .6rem;text-align:left;vertical-align:top}</style></head><body>"
        "<h1>Anonimisering nakijken</h1>"
        "<p><strong>Niet publiceren:</strong> deze pagina toont oorspronkelijke woorden. Beslis met "
        f"<code>perskamer review</code>; de beslissingen staan in <code>{REVIEW_FILE}</code>.</p>"
        + (f"<p role=\"alert\">{html.escape(error)}</p>" if error else "")
        + f"<p>{len(pending)} open beslissing(en), {len(decisions)} genomen.</p>"
        + ("<table><thead><tr><th>Woord</th><th>Soort</th><th>Aantal</th><th>Verslagen</th><th>Waarom</th><th>Zinsvorm</th></tr></thead>"
           f"<tbody>{rows}</tbody></table>" if pending else "<p>Niets na te kijken.</p>")
        + "</body></html>"
    )
    return body.encode("utf-8")
