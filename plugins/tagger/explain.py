"""Why a report got its ambition tags: the text ``perskamer tags --explain FILE`` prints.

For every theme: its score and how it is made up, the evidence per section (each term
with its count, weight and a snippet), what was found but did not count and why, and
the decision (tagged, or the rule that kept it out).
"""

from __future__ import annotations

from typing import Any

from perskamer.model import Report

from . import analyse
from .engine import DENSITY_SCALE, Hit, TagResult, ThemeScore

_KIND_LABEL = {"name": "name", "term": "term", "weak": "weak"}


def explain(report: Report, context: Any = None) -> str:
    """A plain-text account of how ``report`` was tagged (``context`` None: defaults)."""
    result = analyse(report, context)
    return format_result(report, result)


def format_result(report: Report, result: TagResult) -> str:
    st = result.settings
    lines: list[str] = []
    title = report.title or report.slug
    lines.append(f"{report.source}: {title}")
    weights = ", ".join(f"{k} {v:g}" for k, v in st.section_weights.items())
    lines.append(
        f"  rules: threshold {st.threshold:g}; at most {st.max_tags} tag(s); a 2nd/3rd theme needs "
        f"{st.min_share:.0%} of the top score unless the ambitions answer names it"
    )
    lines.append(f"  section weights: {weights}")
    if result.tags:
        tags = ", ".join(f"{t.id} ({t.score:.1f}, {t.source})" for t in result.tags)
    else:
        tags = "none"
    lines.append(f"  tags, most central first: {tags}")
    sug = result.suggestion
    if sug is not None:
        published = "published as its tag (tagging.publish_suggestions)" if result.tags else "not published"
        lines.append(f"  suggested: {sug.id} (confidence {sug.confidence:.2f}), {published}; "
                     f"an editor confirms it with 'ambitions_override: [{sug.id}]'")
    if result.override is not None:
        lines.append(f"  the editor decided ({result.override_from}): "
                     f"{', '.join(result.override) or 'no ambition'}; the scores below are for information")
    for message, fieldname, hint in result.warnings:
        lines.append(f"  warning [{fieldname}]: {message}" + (f" (hint: {hint})" if hint else ""))
    lines.append("")

    ranked = sorted(result.themes, key=lambda t: -t.score)
    for n, ts in enumerate(ranked, start=1):
        lines.extend(_theme_block(n, ts, result))
    return "\n".join(lines).rstrip() + "\n"


def _theme_block(n: int, ts: ThemeScore, result: TagResult) -> list[str]:
    amb = ts.ambition
    if result.override is not None:
        verdict = "TAGGED by the editor" if amb.id in result.override else "not tagged (the editor decided)"
    else:
        verdict = "TAGGED: " + ts.reason if ts.tagged else "not tagged: " + ts.reason
    out = [f"{n}. {amb.label} [{amb.id}]  score {ts.score:.2f}  -> {verdict}"]
    if ts.score <= 0:
        for h in ts.dropped:
            out.append(f"   found but not counted: {h.section}: '{h.text}' ({h.note})  «{h.snippet}»")
        out.append("")
        return out
    parts = [f"names and title {ts.explicit:.2f}"]
    parts.append(f"terms {ts.terms:.2f} + weak {ts.weak:.2f} -> {ts.density:.2f} "
                 f"(saturating: {DENSITY_SCALE:g}·ln(1 + x/{DENSITY_SCALE:g}))")
    if ts.bonuses:
        parts.append("bonuses " + " + ".join(f"{b:.2f}" for _, b in ts.bonuses))
    out.append("   " + "; ".join(parts))
    if ts.weak_raw and not ts.weak:
        out.append(f"   weak terms ({ts.weak_raw:.2f}) did not count: no specific support")
    elif ts.weak_raw > ts.weak:
        out.append(f"   weak terms capped at the specific evidence: {ts.weak_raw:.2f} -> {ts.weak:.2f}")
    for label, bonus in ts.bonuses:
        out.append(f"   + {bonus:.2f}  {label}")
    for section, hits in _by_section(ts.hits):
        out.append(f"   {section}:")
        for line in _hit_lines(hits):
            out.append("     " + line)
    if ts.dropped:
        out.append("   found but not counted:")
        seen: set[tuple[str, str, int]] = set()
        for h in ts.dropped:
            key = (h.section, h.text.lower(), h.position)
            if key in seen:
                continue
            seen.add(key)
            out.append(f"     {h.section}: '{h.text}' ({h.note})  «{h.snippet}»")
    out.append("")
    return out


def _by_section(hits: list[Hit]) -> list[tuple[str, list[Hit]]]:
    order: list[str] = []
    groups: dict[str, list[Hit]] = {}
    for h in hits:
        if h.section not in groups:
            order.append(h.section)
            groups[h.section] = []
        groups[h.section].append(h)
    return [(s, groups[s]) for s in order]


def _hit_lines(hits: list[Hit]) -> list[str]:
    grouped: dict[tuple[str, str], list[Hit]] = {}
    for h in hits:
        grouped.setdefault((h.kind, h.pattern), []).append(h)
    rows = sorted(grouped.values(), key=lambda hs: -sum(h.contribution for h in hs if h.counted))
    lines = []
    for hs in rows:
        first = hs[0]
        total = sum(h.contribution for h in hs if h.counted)
        counted = "" if any(h.counted for h in hs) else "  (not counted: " + first.note + ")"
        forms = sorted({h.text + (f" (part '{h.part}')" if h.part else "") for h in hs}, key=lambda f: (f.lower(), f))
        times = f" x{len(hs)}" if len(hs) > 1 else ""
        lines.append(
            f"{_KIND_LABEL[first.kind]:<5} '{', '.join(forms)}'{times} [{first.pattern}] +{total:.2f}{counted}"
            f"  «{first.snippet}»"
        )
    return lines
