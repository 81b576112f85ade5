"""What goes into the digest: which reports, in which groups and order, with which quote.

Plain data in, plain data out (no templates, no e-mail), so the rules are easy to
test and to explain to an editor:

* **selection** (``digest.selection``): ``all`` reports the build publishes, only those
  with ``status: approved``, or a list of slugs (or file names);
* **groups**: a report appears once, under its central ambition (the first tag; the
  tagger puts the most central first), in the taxonomy's order; reports without a tag
  known to the taxonomy come last, under "Andere sessies";
* **order within a group** (``digest.order``): ``date`` (then title), ``title``, or
  ``order`` (front matter ``order: 1, 2, ...``; reports without it follow, by date);
* **highlight quote**: front matter ``highlight:`` with a quote number (1 = the first
  quote) or the text of (a part of) a quote; ``highlight: false`` for none. Otherwise
  the rule in :func:`choose_highlight`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from perskamer.model import Problem, Quote, Report

OTHER_GROUP_ID = "andere-sessies"
OTHER_GROUP_LABEL = "Andere sessies"

#: A highlight quote should read well on its own: not a fragment, not a speech.
MIN_WORDS, MAX_WORDS = 8, 40
#: What the anonymiser leaves where it removed a name ("[persoon 1]", configurable).
PLACEHOLDER = re.compile(r"\[[^\[\]\n]{1,40}\]")


@dataclass
class Highlight:
    text: str
    attribution: str | None
    reason: str


@dataclass
class Group:
    id: str
    label: str
    description: str = ""
    reports: list[Report] = field(default_factory=list)


# --- selection ---------------------------------------------------------------------------


def select(reports: list[Report], selection: Any, problems: list[Problem], *, config_file: str | None = None) -> list[Report]:
    """The reports the editor chose for the digest."""
    if selection in (None, "", "all"):
        return list(reports)
    if selection == "approved":
        chosen = [r for r in reports if r.status == "approved"]
        if reports and not chosen:
            problems.append(Problem(
                "warning", "the digest is empty: no report has status: approved",
                field="digest.selection", file=config_file, plugin="digest",
                hint="set 'status: approved' in the reports to send, or use selection: all",
            ))
        return chosen
    if isinstance(selection, str):
        selection = [s.strip() for s in selection.split(",") if s.strip()]
    wanted = [str(s) for s in selection]
    by_key: dict[str, Report] = {}
    for r in reports:
        for key in (r.slug, r.source, r.source.rsplit("/", 1)[-1], r.source.rsplit("/", 1)[-1].rsplit(".", 1)[0]):
            by_key.setdefault(key, r)
    chosen: list[Report] = []
    missing = []
    for key in wanted:
        r = by_key.get(key)
        if r is None:
            missing.append(key)
        elif r not in chosen:
            chosen.append(r)
    if missing:
        problems.append(Problem(
            "warning", f"the digest selection names reports that are not published: {', '.join(missing)}",
            field="digest.selection", file=config_file, plugin="digest",
            hint="use the slugs of 'perskamer build' (file names without extension); drafts need --drafts",
        ))
    return chosen


# --- grouping and order --------------------------------------------------------------------


def _taxonomy(context: Any) -> list[Any]:
    try:
        return list(context.taxonomy)
    except Exception:  # no taxonomy, or a broken file (the tagger reports it)
        return []


def group(reports: list[Report], context: Any, order: str = "date") -> list[Group]:
    """Reports grouped under their central ambition, groups in the taxonomy's order."""
    taxonomy = _taxonomy(context)
    groups: dict[str, Group] = {a.id: Group(a.id, a.label, getattr(a, "description", "") or "") for a in taxonomy}
    extra: dict[str, Group] = {}
    other = Group(OTHER_GROUP_ID, OTHER_GROUP_LABEL)
    for report in reports:
        tag = next((a for a in report.ambitions if a.id in groups), None)
        if tag is not None:
            groups[tag.id].reports.append(report)
        elif report.ambitions and not taxonomy:
            first = report.ambitions[0]
            extra.setdefault(first.id, Group(first.id, first.label)).reports.append(report)
        else:
            other.reports.append(report)
    result = [g for g in (*groups.values(), *extra.values(), other) if g.reports]
    for g in result:
        g.reports.sort(key=sort_key(order))
    return result


def sort_key(order: str):
    def by_date(r: Report) -> tuple[Any, ...]:
        return (r.date.isoformat() if r.date else "9999", r.title.casefold(), r.slug)

    if order == "title":
        return lambda r: (r.title.casefold(), r.slug)
    if order == "order":
        def by_order(r: Report) -> tuple[Any, ...]:
            value = r.meta.get("order")
            try:
                number = float(value) if value is not None and not isinstance(value, bool) else None
            except (TypeError, ValueError):
                number = None
            return (number is None, number or 0, *by_date(r))

        return by_order
    return by_date


# --- the highlight quote ------------------------------------------------------------------


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "").casefold()
    text = re.sub(r"[\"'“”„‚‘’«»`]", "", text)
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def _words(text: str) -> int:
    return len(re.findall(r"\w+(?:['’-]\w+)*", text or ""))


def attribution_of(quote: Quote) -> str | None:
    return (quote.attribution or quote.speaker or "").strip() or None


def choose_highlight(report: Report, problems: list[Problem] | None = None) -> Highlight | None:
    """The quote to show in the digest, and why it was chosen.

    The editor decides with front matter ``highlight:`` (a quote number, counting from
    1, or quote text); otherwise the rule: the quote that (in this order of importance)
    has 8 to 40 words, has no name blanked out
    by the anonymiser ("[persoon 1]" reads badly on its own) and says who said it;
    ties go to the quote the reporter put first. Quotes over 40 words are never cut
    (that would misquote) and so never chosen by the rule. The quotes are the
    anonymised ones: outputs never see the originals.
    """
    quotes = [q for q in report.quotes if (q.text or "").strip()]
    choice = report.meta.get("highlight")
    if choice is False or (isinstance(choice, str) and choice.strip().lower() in ("false", "nee", "geen", "none", "no")):
        return None
    if choice not in (None, "", True):
        picked = _editor_choice(report, quotes, choice, problems)
        if picked is not None:
            return picked
    candidates = [(i, q) for i, q in enumerate(quotes) if _words(q.text) <= MAX_WORDS]
    if not candidates:
        return None

    def rank(item: tuple[int, Quote]) -> tuple[bool, bool, bool, int]:
        i, q = item
        return (_words(q.text) < MIN_WORDS, bool(PLACEHOLDER.search(q.text)), attribution_of(q) is None, i)

    i, q = min(candidates, key=rank)
    short, blanked, anonymous, _ = rank((i, q))
    reason = "rule: " + ", ".join([
        "short (no quote of 8-40 words)" if short else "8-40 words",
        "with a blanked-out name" if blanked else "nothing blanked out",
        "no speaker given" if anonymous else "says who said it",
        f"quote {i + 1}",
    ])
    return Highlight(q.text.strip(), attribution_of(q), reason)


def _editor_choice(report: Report, quotes: list[Quote], choice: Any, problems: list[Problem] | None) -> Highlight | None:
    def warn(message: str, hint: str) -> None:
        if problems is not None:
            problems.append(Problem("warning", message, file=report.source, field="highlight", plugin="digest", hint=hint))

    if isinstance(choice, int) or (isinstance(choice, str) and choice.strip().isdigit()):
        n = int(choice)
        if 1 <= n <= len(quotes):
            q = quotes[n - 1]
            return Highlight(q.text.strip(), attribution_of(q), f"editor: quote {n}")
        warn(f"highlight: {n}, but the report has {len(quotes)} quote(s); the digest uses the usual rule",
             "give the number of a quote (1 = the first) or its text")
        return None
    if isinstance(choice, float):
        warn(f"highlight: {choice} is not a quote number", "give the number of a quote (1 = the first) or its text")
        return None
    text = " ".join(str(choice).split()).strip().strip("\"'“”„«» ")
    if not text:
        return None
    wanted = _norm(text)
    for q in quotes:
        if wanted and wanted in _norm(q.text):
            # The whole quote, or the part the editor chose (cut from the anonymised quote).
            shown = q.text.strip() if wanted == _norm(q.text) else text
            return Highlight(shown, attribution_of(q), "editor: quote text")
    # Not one of the quotes: the editor's own words (anonymised like the quotes; the
    # leak guard reads the digest like every other output).
    return Highlight(text, None, "editor: own text")


# --- photos and size -------------------------------------------------------------------------

#: The widest a photo is shown: on a phone (the layout stacks below 620 px, with 18 px
#: padding on each side) it fills the column. On wide screens it is 160 px.
PHOTO_SHOWN_MAX_PX = 620 - 2 * 18
#: Widths to make the photos, best first: twice the widest shown (sharp on high-density
#: screens), 1.5x, 1x, then twice the 160 px of wide screens.
PHOTO_WIDTHS = (PHOTO_SHOWN_MAX_PX * 2, PHOTO_SHOWN_MAX_PX * 3 // 2, PHOTO_SHOWN_MAX_PX, 320)
#: Kept for the HTML and text parts of the .eml when photos are fitted to the budget.
TEXT_RESERVE_BYTES = 200_000
#: base64 in the .eml: 4 bytes for 3, plus line ends.
BASE64_FACTOR = 1.37


def photo_width(total_bytes: int, width: int, budget_bytes: int) -> int:
    """The widest of :data:`PHOTO_WIDTHS` whose photos (``total_bytes`` at ``width``) fit the budget.

    A JPEG's size grows about with its area, so at width ``w`` the photos take
    ``total * (w / width)**2``. The smallest width is used when none fits (the build
    then warns that the e-mail is over its budget).
    """
    room = max(0, budget_bytes - TEXT_RESERVE_BYTES)
    for candidate in PHOTO_WIDTHS:
        if candidate > width:
            continue
        if total_bytes * BASE64_FACTOR * (candidate / width) ** 2 <= room:
            return candidate
    return PHOTO_WIDTHS[-1]


def size_label(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 1_000_000 else f"{max(1, round(n / 1000))} kB"


def size_summary(info: dict[str, Any]) -> str:
    """The summary's size line: the .eml, its HTML part, the photos, the budget."""
    parts = [f".eml {size_label(info['eml_bytes'])} of at most {size_label(info['budget'])}", f"HTML {size_label(info['html_bytes'])}"]
    if info.get("photo_count") and info.get("photo_width"):
        widest = int(info.get("photo_widest") or 0)
        if info["photo_width"] < PHOTO_SHOWN_MAX_PX * 2:
            why = "made smaller to fit the budget"
        elif widest < info["photo_width"]:
            why = "as wide as the originals; 2x for phones would be " + str(PHOTO_SHOWN_MAX_PX * 2)
        else:
            why = "sharp on phones at 2x"
        where = "in the e-mail" if info.get("images") == "inline" else "linked"
        parts.append(f"{info['photo_count']} photos {where}, up to {min(widest or info['photo_width'], info['photo_width'])} px wide ({why})")
    return "; ".join(parts)


#: Said once in the digest when reports also belong to other ambitions than their group's.
ONCE_NOTE = "Elk verslag staat één keer in deze nieuwsbrief, bij zijn belangrijkste ambitie; op de site staat het bij elke ambitie."


def also_under(report: Report, group: Group, groups: list[Group]) -> list[str]:
    """The report's other ambitions (the digest lists it once; the site under each): "Ook bij …"."""
    labels = {g.id: g.label for g in groups}
    return [labels.get(a.id, a.label) for a in report.ambitions if a.id != group.id and a.label]
