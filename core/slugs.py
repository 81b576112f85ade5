"""Report slugs that can never take the name of a site file.

A report's files are named after its slug (``verslagen/<slug>.html``,
``data/<slug>.json``, ``pdf/<slug>.pdf``), next to the site's own files
(``data/index.json``, ``pdf/verslagen.pdf``, ``digest/``...). A report called
``index.md`` or ``verslagen.md`` would overwrite them, so such a slug gets a prefix.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .model import Publication

#: Names the site itself uses for files or folders next to report files.
RESERVED_SLUGS = frozenset(
    {"index", "verslagen", "thema", "themas", "digest", "data", "pdf", "media", "assets", "img", "zoek", "zoeken", "search", "pagefind", "404", "feed", "atom", "rss", "sitemap"}
)
PREFIX = "verslag-"


def unreserved(slug: str, extra: Iterable[str] = ()) -> str:
    """``slug``, prefixed with ``verslag-`` when the site itself uses that name."""
    reserved = RESERVED_SLUGS | {name.casefold() for name in extra}
    return PREFIX + slug if slug.casefold() in reserved else slug


def site_file_stems(publications: Iterable[Publication]) -> set[str]:
    """The file stems of what the outputs publish besides report files (``pdf/verslagen.pdf`` -> ``verslagen``).

    Reserved too: a report with that slug would take the name of one of the site's files.
    """
    return {p.path.rsplit("/", 1)[-1].split(".", 1)[0].casefold() for p in publications if not p.per_report}
