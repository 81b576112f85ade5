"""What every hook gets to know about the build it runs in."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from .config import Config
    from .model import Report
    from .taxonomy import Taxonomy

#: Files larger than this are refused by the core before any reader sees them.
DEFAULT_MAX_SOURCE_BYTES = 20 * 1024 * 1024
#: Photos larger than this are refused.
DEFAULT_MAX_ASSET_BYTES = 30 * 1024 * 1024


class AssetError(ValueError):
    """An asset a report points to cannot be used (outside the workspace, too big...)."""


#: Where the core keeps the cancellation check of a build's slow lane in ``shared``.
CANCEL_CHECK = "perskamer.cancelled"


@dataclass
class BuildContext:
    """The build's settings and helpers, handed to every hook.

    ``config`` is the validated workspace config; ``outputs`` the output names asked
    for in this build; ``shared`` a dict where plugins may keep per-build state
    (namespaced by plugin name, please).
    """

    config: Config
    content_dir: Path
    output_dir: Path
    outputs: set[str] = field(default_factory=set)
    drafts: bool = False
    strict: bool = False
    debug: bool = False
    shared: dict[str, Any] = field(default_factory=dict)
    _taxonomy: Taxonomy | None = None

    # -- config -------------------------------------------------------------------
    def options(self, key: str) -> dict[str, Any]:
        """The (validated, defaults applied) options a plugin declared under ``key``."""
        value = self.config.data.get(key)
        return dict(value) if isinstance(value, dict) else {}

    def cancelled(self) -> bool:
        """Whether the build this context belongs to was cancelled (watch: a newer change came in).

        A producer that works long (the PDF bundle) may check it now and then and stop
        early by raising; the core then drops the artefact without calling it an error.
        """
        check = self.shared.get(CANCEL_CHECK)
        return bool(check is not None and check())

    def wants(self, output: str) -> bool:
        """Whether the output ``output`` (``"html"``, ``"pdf"``...) is built this time."""
        return output in self.outputs

    @property
    def site(self) -> dict[str, Any]:
        return self.config.data.get("site", {})

    @property
    def taxonomy(self) -> Taxonomy:
        """The ambition themes of this workspace (``config/ambitions.yaml`` or the default)."""
        if self._taxonomy is None:
            from .taxonomy import load_taxonomy

            self._taxonomy = load_taxonomy(self.config.ambitions_path)
        return self._taxonomy

    # -- assets ---------------------------------------------------------------------
    def resolve_asset(self, report: Report, ref: str) -> Path:
        """The file a report refers to (a photo), checked to lie inside the content folder."""
        if not ref or "\x00" in ref or "://" in ref or ref.startswith(("data:", "//")):
            raise AssetError(f"not a local file: {ref!r}")
        source_dir = (self.content_dir / report.source).parent
        candidate = (source_dir / ref).resolve()
        root = self.content_dir.resolve()
        if not candidate.is_relative_to(root):
            candidate = (root / ref).resolve()
            if not candidate.is_relative_to(root):
                raise AssetError(f"{ref} lies outside the content folder")
        if not candidate.is_file():
            raise AssetError(f"{ref} does not exist")
        return candidate

    def read_asset(self, report: Report, ref: str, max_bytes: int = DEFAULT_MAX_ASSET_BYTES) -> bytes:
        """Read a file the report refers to, refusing anything outside the content folder."""
        path = self.resolve_asset(report, ref)
        size = path.stat().st_size
        if size > max_bytes:
            raise AssetError(f"{ref} is {size / 1e6:.1f} MB, more than the {max_bytes / 1e6:.0f} MB allowed")
        return path.read_bytes()

    # -- links ----------------------------------------------------------------------
    def report_url(self, report: Report, absolute: bool = False) -> str:
        """The URL of a report's page: relative to the site root, or absolute with the base URL."""
        rel = f"verslagen/{report.slug}.html"
        if absolute:
            return self.absolute_url(rel)
        return rel

    def absolute_url(self, rel: str) -> str:
        base = str(self.site.get("base_url") or "").rstrip("/")
        return f"{base}/{rel}" if base else rel

    @property
    def today(self) -> _dt.date:
        return _dt.date.today()
