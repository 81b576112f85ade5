"""The editor's preview: what the anonymiser replaced, why, and what it was unsure about.

Printed by ``perskamer anonymise --preview FILE...``; never published (it shows the
originals).
"""

from __future__ import annotations

import copy
from typing import Any

from perskamer.model import Report

from .anonymiser import Options, anonymise_report


def _options(context: Any) -> Options:
    try:
        return Options.from_dict(context.options("anonymise") if context is not None else {})
    except Exception:
        return Options()


def render_preview(reports: list[Report], context: Any = None) -> str:
    """A plain-text review of the anonymisation of ``reports`` (the reports are not changed)."""
    opts = _options(context)
    lines: list[str] = ["Anonymisation preview (NOT for publication: it shows the original names)", ""]
    total = 0
    for original in reports:
        report = copy.deepcopy(original)
        if not (report.private.get("anonymisation") or {}).get("done"):
            anonymise_report(report, opts)
        rec = report.private.get("anonymisation") or {}
        log = rec.get("log", [])
        total += len(log)
        lines.append(f"== {report.source or report.slug}: {report.title}".rstrip(": "))
        lines.append(f"   scope: {rec.get('scope', opts.scope)}; {len(log)} replacement(s)")
        by_where: dict[str, list[dict[str, Any]]] = {}
        for e in log:
            head = " ".join(e["where"].split(" ")[:2])
            by_where.setdefault(head, []).append(e)
        for i, q in enumerate(report.quotes, 1):
            before = original.quotes[i - 1] if i - 1 < len(original.quotes) else None
            lines.append(f"-- quote {i}: {q.text}")
            if before is not None and before.text != q.text:
                lines.append(f"   was: {before.text}")
            if q.speaker:
                was = f"  (was: {before.speaker})" if before is not None and before.speaker != q.speaker else ""
                lines.append(f"   speaker: {q.speaker}{was}")
            for e in by_where.get(f"quote {i}", []):
                lines.append(
                    f"   replaced {e['original']!r} -> {e['label']}  ({e['rule']}, confidence {e['confidence']:.2f}) [{e['where']}]"
                )
        others = [e for e in log if not e["where"].startswith("quote ")]
        if others:
            lines.append("-- elsewhere")
            for e in others:
                lines.append(
                    f"   replaced {e['original']!r} -> {e['label']}  ({e['rule']}, confidence {e['confidence']:.2f}) [{e['where']}]"
                )
        unc = rec.get("uncertain", [])
        if unc:
            lines.append("-- kept, but might be a name (add to anonymise.deny or anonymise.allow):")
            seen: set[tuple[str, str]] = set()
            for u in unc:
                k = (u["where"], u["text"])
                if k in seen:
                    continue
                seen.add(k)
                lines.append(f"   {u['text']!r} in {u['where']}: score {u['score']:.2f} ({u['reason']})")
        lines.append("")
    lines.append(f"{len(reports)} report(s), {total} replacement(s).")
    return "\n".join(lines) + "\n"
