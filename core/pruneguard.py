"""The prune guard: a build never silently unpublishes most of the site.

Removing reports one by one is ordinary work; a build that would remove more than
half of the published reports at once is far more often a mistake (a wrong
``--content``, a folder moved away, a sync client that emptied it) than a wish. Such
a build stops before it writes anything and asks for ``--prune``.
"""

from __future__ import annotations

from .model import Problem

#: Fewer lost reports than this never stop a build (deleting one report at a time always works).
MIN_LOST = 2


def prune_refusal(published: set[str], kept: set[str]) -> Problem | None:
    """The problem that stops a build which would unpublish too many reports, else ``None``.

    ``published``: slugs with files in the output folder now; ``kept``: slugs this
    build publishes (or keeps).
    """
    lost = published - kept
    if len(lost) < MIN_LOST or 2 * len(lost) <= len(published):
        return None
    names = ", ".join(sorted(lost)[:5]) + (", ..." if len(lost) > 5 else "")
    return Problem(
        "error",
        f"this build would remove {len(lost)} of the {len(published)} published reports ({names}): nothing was written or removed",
        hint="check the content folder; if they should go, run again with --prune",
    )
