"""Report slugs that can never take the name of a site file.

A report's files are named after its slug (``verslagen/<slug>.html``,
``data/<slug>.json``, ``pdf/<slug>.pdf``), next to the site's own files
(``data/index.json``, ``pdf/verslagen.pdf``, ``digest/``...). A report called
``index.md`` or ``verslagen.md`` would overwrite them, so such a slug gets a prefix.
"""

from __future__ import annotations

from collections.abc import Iterable

#: Names the site itself uses for files or folders next to report files.
RESERVED_SLUGS = frozenset(
    {"index", "verslagen", "thema", "themas", "digest", "data", "pdf", "media", "assets", "img", "zoeken", "search", "pagefind", "404", "feed", "atom", "rss", "sitemap"}
)
PREFIX = "verslag-"


def unreserved(slug: str, extra: Iterable[str] = ()) -> str:
    """``slug``, prefixed with ``verslag-`` when the site itself uses that name."""
    reserved = RESERVED_SLUGS | {name.casefold() for name in extra}
    return PREFIX + slug if slug.casefold() in reserved else slug


def bundle_stem(options: dict) -> str:
    """The file stem of the bundle PDF (``pdf.bundle_file``), reserved too."""
    name = str((options or {}).get("bundle_file") or "verslagen.pdf")
    return name.rsplit("/", 1)[-1].split(".", 1)[0]
