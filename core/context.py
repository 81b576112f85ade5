"""What every hook gets to know about the build it runs in."""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from . import inputs as _inputs
from .inputs import Inputs, Probe

if TYPE_CHECKING:  # pragma: no cover
    from .config import Config
    from .model import Publication, Report
    from .taxonomy import Taxonomy

#: Files larger than this are refused by the core before any reader sees them.
DEFAULT_MAX_SOURCE_BYTES = 20 * 1024 * 1024
#: Photos larger than this are refused.
DEFAULT_MAX_ASSET_BYTES = 30 * 1024 * 1024
#: Workspace files a plugin reads (an intro, a stylesheet) larger than this are refused.
DEFAULT_MAX_WORKSPACE_FILE_BYTES = 2 * 1024 * 1024

T = TypeVar("T")

#: The pseudo config key under which the publications are recorded as an input.
PUBLICATIONS_KEY = "\0publications"
#: What a report's URL points to, in order of preference (see :meth:`BuildContext.report_url`).
REPORT_URL_KINDS = ("page", "pdf", "data")


class AssetError(ValueError):
    """An asset a report points to cannot be used (outside the workspace, too big...)."""


#: Where the core keeps the cancellation check of a build's slow lane in ``shared``.
CANCEL_CHECK = "perskamer.cancelled"
#: The name under which :meth:`BuildContext.guard_ahead` hands a report's files to the core.
GUARD_AHEAD = "\0guard-ahead"
#: The name under which :meth:`BuildContext.guard_fragments_ahead` hands a report's collection fragments to the core.
GUARD_FRAGMENTS_AHEAD = "\0guard-fragments-ahead"


class WorkspaceFileError(ValueError):
    """A workspace file a plugin asked for cannot be used; ``missing`` when it is not there."""

    def __init__(self, message: str, *, missing: bool = False):
        super().__init__(message)
        self.missing = missing


@dataclass
class BuildContext:
    """The build's settings and helpers, handed to every hook.

    ``config`` is the validated workspace config; ``outputs`` the output names asked
    for in this build; ``shared`` a dict where plugins may keep per-build state
    (namespaced by plugin name, please).

    Every input a hook uses should come through the context -- ``options``, ``site``,
    ``taxonomy``, ``read_asset``, ``read_workspace_file``, ``template_dir`` -- because
    the context records it (see :mod:`perskamer.inputs`): the build cache, render
    skipping and watch mode then know when the hook's result is out of date. A file
    read behind the context's back is not seen when it changes.
    """

    config: Config
    content_dir: Path
    output_dir: Path
    outputs: set[str] = field(default_factory=set)
    drafts: bool = False
    strict: bool = False
    debug: bool = False
    shared: dict[str, Any] = field(default_factory=dict)
    #: What the outputs built this time publish (``perskamer_publications``), in call order.
    publications: list[Publication] = field(default_factory=list)
    #: File signatures as they are in this build (a fresh context gets a fresh probe).
    probe: Probe = field(default_factory=Probe, repr=False)
    #: The pages come first, slow artefacts (a ``producer``) are made after them (watch,
    #: ``perskamer build``): a plugin should not spend the pages' time preparing slow work.
    pages_first: bool = False
    #: Slow work may start in a background thread as soon as it is rendered and run while
    #: the pages are written (``perskamer build``: the search index). Off in watch, where
    #: a save's pages must have the machine to themselves, and in previews that never
    #: write the slow artefacts.
    slow_early: bool = False
    #: Set by the core while a worker process renders a report whose files it guards there
    #: (see :meth:`guard_ahead`); a render asks before it makes such a file.
    guarding_ahead: bool = False
    _taxonomy: Taxonomy | None = None
    #: The ambitions file's signature when ``_taxonomy`` was loaded (a changed file is loaded again).
    _taxonomy_version: str | None = field(default=None, repr=False)
    _key_digests: dict[str, str] | None = field(default=None, repr=False)
    _once: dict[str, tuple[Any, Inputs]] = field(default_factory=dict, repr=False)
    _ambitions_files: dict[str, Path | None] = field(default_factory=dict, repr=False)
    #: Values a report's render handed to the collections (:meth:`hand_over`), by the report object's id.
    _handed: dict[int, tuple[Any, dict[str, Any]]] = field(default_factory=dict, repr=False)
    #: (``publications`` as last seen, the first publication of each kind): a collection asks for every report's URL.
    _by_kind: tuple[list[Publication], dict[str, Publication]] | None = field(default=None, repr=False, compare=False)
    #: (config, its template override folder, whether it is a folder) in this build: resolved and
    #: looked at once (as the probe signs it once), each page's render asks.
    _templates: tuple[Config, Path, bool] | None = field(default=None, repr=False, compare=False)

    def begin_build(self) -> None:
        """Forget what this context knew about files and config from an earlier build."""
        self.probe = Probe()
        self._key_digests = None
        self._once = {}
        self._ambitions_files = {}
        self._handed = {}
        self._templates = None

    # -- recording ------------------------------------------------------------------
    def recording(self, into: Inputs | None = None) -> AbstractContextManager[Inputs]:
        """Record the inputs hooks use inside the block (the core wraps each piece of work)."""
        return _inputs.recording(into)

    def note_file(self, path: Path | str) -> None:
        """Record that the current work depends on ``path`` (a file, as it is in this build)."""
        if _inputs.active():
            text = os.fspath(path)
            _inputs.note_file(text, self.probe.signature(text))

    def note_folder(self, path: Path | str) -> None:
        """Record that the current work depends on every file under ``path`` (and on what is added)."""
        if _inputs.active():
            key = _inputs.FOLDER + os.fspath(path)
            _inputs.note_file(key, self.probe.signature(key))

    def folder_signature(self, path: Path | str) -> str:
        """The signature of a folder's files in this build (changes when any file in it does)."""
        return self.probe.signature(_inputs.FOLDER + os.fspath(path))

    def note_option(self, key: str) -> None:
        """Record that the current work depends on the config key ``key``."""
        if _inputs.active():
            _inputs.note_key(key, self.key_digests().get(key) or _inputs.NONE_DIGEST)

    def key_digests(self) -> dict[str, str]:
        """A hash of every top-level config key's value (computed once per context), and of the publications."""
        if self._key_digests is None:
            self._key_digests = {k: _inputs.value_digest(v) for k, v in self.config.data.items()}
            self._key_digests[PUBLICATIONS_KEY] = _inputs.value_digest([repr(p) for p in self.publications])
        return self._key_digests

    def reserved_names(self) -> set[str]:
        """Names a report slug must not take: the site's own files (recorded: they depend on the outputs)."""
        from .slugs import site_file_stems

        self.note_option(PUBLICATIONS_KEY)
        return site_file_stems(self.publications)

    def once(self, name: str, compute: Callable[[], T]) -> T:
        """``compute()`` once per build; later calls return the same value.

        Unlike a value kept in ``shared``, the inputs ``compute`` read are recorded
        again for every caller, so the second report that uses (say) the print settings
        also depends on the stylesheet they were made from.
        """
        found = self._once.get(name)
        if found is not None:
            _inputs.replay(found[1])
            return found[0]
        with self.recording() as used:
            value = compute()
        self._once[name] = (value, used)
        return value

    def hand_over(self, report: Any, name: str, value: Any) -> None:
        """Keep ``value``, made while rendering ``report``, for this build's collections.

        A render that computes what a collection needs of the report anyway (the html
        output's search record uses the page's view of the sections) hands it over, so
        the collection does not compute it a second time in the main process. A stateless
        render in a worker process hands over there: the value travels back with the
        report's artefacts. Kept for this report object only (a last good version with
        the same slug has its own), until the next build.
        """
        self._handed.setdefault(id(report), (report, {}))[1][name] = value

    def guard_ahead(self, report: Any, artifact: Any) -> None:
        """Have the leak guard read ``artifact`` now, with ``report``'s own artefacts.

        For a file of the report that a collection publishes later (the search index's
        fragment of it): while :attr:`guarding_ahead` is set -- a worker process renders
        the report -- the core guards the file there, against the report alone as it
        guards the report's page, and keeps the verdict. When the collection publishes
        exactly these bytes (same path, report, media type and scan text) for this very
        report object, the verdict is used instead of reading the file again in the main
        process; anything else is read as usual.
        """
        if self.guarding_ahead:
            self._handed.setdefault(id(report), (report, {}))[1].setdefault(GUARD_AHEAD, []).append(artifact)

    def guard_fragments_ahead(self, report: Any, collection: Any, fragments: list[str]) -> None:
        """Have the leak guard read ``report``'s fragments of a collection now, with its page.

        ``collection`` stands for the collection artefact that will embed them (its
        ``path``, ``output`` and ``media_type``; no bytes) and ``fragments`` are the texts
        it will declare as the report's (``Artifact.fragments``), in page order. While
        :attr:`guarding_ahead` is set -- a worker process renders the report -- the core
        guards them there as it guards them in the collection: joined, against the report
        alone. When the collection then declares exactly these texts of this very report
        object under that path, output and media type, and the guard found nothing at
        all in them, the main process does not read them again; anything else is read
        there as usual (see ``docs/decisions.md``).
        """
        if self.guarding_ahead:
            self._handed.setdefault(id(report), (report, {}))[1].setdefault(GUARD_FRAGMENTS_AHEAD, []).append((collection, list(fragments)))

    def handed(self, report: Any, name: str) -> Any | None:
        """The value ``report``'s render handed over under ``name`` in this build (``None``: none)."""
        found = self._handed.get(id(report))
        return found[1].get(name) if found is not None and found[0] is report else None

    def take_handed(self, report: Any) -> dict[str, Any]:
        """Every value handed over for ``report``, forgotten here (to send them on from a worker)."""
        found = self._handed.pop(id(report), None)
        return found[1] if found is not None and found[0] is report else {}

    # -- config -------------------------------------------------------------------
    def options(self, key: str) -> dict[str, Any]:
        """The (validated, defaults applied) options a plugin declared under ``key`` (recorded)."""
        self.note_option(key)
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
        """The ``site:`` settings (recorded as an input)."""
        self.note_option("site")
        return self.config.data.get("site", {})

    def _taxonomy_file(self, which: str, find: Callable[[], Path | None]) -> Path | None:
        """The taxonomy file ``which`` (in use, or the default recorded when none is), found once per build.

        Every card on the index and the theme pages asks for the taxonomy; resolving the
        paths each time was ~1000 ``realpath`` calls per rebuild of 500 reports.
        """
        if which not in self._ambitions_files:
            self._ambitions_files[which] = find()
        return self._ambitions_files[which]

    @property
    def taxonomy(self) -> Taxonomy:
        """The ambition themes of this workspace (``config/ambitions.yaml`` or the default; recorded)."""
        # The default file is recorded even when it is missing: creating it changes the themes.
        path = self._taxonomy_file("in use", lambda: self.config.ambitions_path)
        if _inputs.active():
            self.note_option("ambitions")
            self.note_file(path or self._taxonomy_file("default", lambda: Path(self.config.workspace).resolve() / "config" / "ambitions.yaml"))
        version = self.probe.signature(os.fspath(path)) if path is not None else None
        if self._taxonomy is None or version != self._taxonomy_version:
            from .taxonomy import load_taxonomy

            self._taxonomy = load_taxonomy(path)
            self._taxonomy_version = version
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
        self.note_file(candidate)
        return candidate

    def read_asset(self, report: Report, ref: str, max_bytes: int = DEFAULT_MAX_ASSET_BYTES) -> bytes:
        """Read a file the report refers to, refusing anything outside the content folder."""
        path = self.resolve_asset(report, ref)
        size = path.stat().st_size
        if size > max_bytes:
            raise AssetError(f"{ref} is {size / 1e6:.1f} MB, more than the {max_bytes / 1e6:.0f} MB allowed")
        return path.read_bytes()

    # -- workspace files ----------------------------------------------------------------
    def workspace_path(self, path: str | Path) -> Path:
        """``path`` (relative to the workspace folder) resolved, refusing anything outside it."""
        text = os.fspath(path)
        if not text or "\x00" in text or "://" in text:
            raise WorkspaceFileError(f"not a workspace file: {text!r}")
        workspace = Path(self.config.workspace).resolve()
        resolved = (workspace / text).resolve()
        if not resolved.is_relative_to(workspace):
            raise WorkspaceFileError(f"{text} lies outside the workspace")
        return resolved

    def read_workspace_file(self, path: str | Path, *, max_bytes: int = DEFAULT_MAX_WORKSPACE_FILE_BYTES) -> bytes:
        """Read a file of the workspace (a digest intro, a print stylesheet), recorded as an input.

        ``path`` is relative to the workspace folder. Raises :class:`WorkspaceFileError`
        when it lies outside the workspace, is not a regular file, is larger than
        ``max_bytes`` or cannot be read (``missing=True`` when it does not exist). A
        missing file is recorded too: creating it later rebuilds what asked for it.
        """
        resolved = self.workspace_path(path)
        self.note_file(resolved)
        text = os.fspath(path)
        try:
            st = resolved.stat()
        except FileNotFoundError:
            raise WorkspaceFileError(f"{text} does not exist", missing=True) from None
        except OSError as exc:
            raise WorkspaceFileError(f"cannot read {text}: {exc.strerror or exc}") from None
        if not resolved.is_file():
            raise WorkspaceFileError(f"{text} is not a file")
        if st.st_size > max_bytes:
            raise WorkspaceFileError(f"{text} is larger than {max_bytes // 1000} kB")
        try:
            with open(resolved, "rb") as handle:
                data = handle.read(max_bytes + 1)
        except OSError as exc:
            raise WorkspaceFileError(f"cannot read {text}: {exc.strerror or exc}") from None
        if len(data) > max_bytes:
            raise WorkspaceFileError(f"{text} is larger than {max_bytes // 1000} kB")
        return data

    def template_dir(self) -> Path | None:
        """The workspace's template override folder (``templates:``), recorded with every file in it.

        Returns ``None`` when the workspace has none. Any change in the folder -- an
        edited, added or removed override -- makes what used it out of date.
        """
        self.note_option("templates")
        known = self._templates
        if known is None or known[0] is not self.config:
            folder = self.config.templates_dir or Path(self.config.workspace).resolve() / "templates"
            known = self._templates = (self.config, folder, folder.is_dir())
        _config, folder, exists = known
        self.note_folder(folder)  # a missing folder too: creating it changes the pages
        return folder if exists else None

    # -- links ----------------------------------------------------------------------
    def published(self, kind: str) -> Publication | None:
        """The publication of ``kind`` an output of this build announced (the first), or ``None``."""
        known = self._by_kind
        if known is None or known[0] is not self.publications:
            first: dict[str, Publication] = {}
            for p in self.publications:
                first.setdefault(p.kind, p)
            known = self._by_kind = (self.publications, first)
        return known[1].get(kind)

    def url(self, kind: str, report: Report | None = None, absolute: bool = False) -> str | None:
        """Where the publication of ``kind`` is (for ``report`` when it is per report), or ``None``."""
        found = self.published(kind)
        if found is None or (found.per_report and report is None):
            return None
        rel = found.path_for(report.slug if report is not None else None)
        return self.absolute_url(rel) if absolute else rel

    def report_url(self, report: Report, absolute: bool = False) -> str:
        """The URL of a report: its ``page`` if an output publishes pages, else its PDF or data.

        Relative to the site root, or absolute with the base URL. Empty when no output
        of this build publishes anything per report.
        """
        for kind in REPORT_URL_KINDS:
            found = self.url(kind, report, absolute)
            if found is not None:
                return found
        other = next((p for p in self.publications if p.per_report), None)
        if other is None:
            return ""
        rel = other.path_for(report.slug)
        return self.absolute_url(rel) if absolute else rel

    def downloads(self, report: Report | None = None) -> list[dict[str, str]]:
        """What readers are offered besides the pages: ``{"kind", "label", "url", "type"}`` per publication with a label.

        With ``report``: that report's own files (its PDF); without: the collections
        (the bundle, the digest, a feed). URLs are relative to the site root.
        """
        out = []
        for p in self.publications:
            if not p.label or p.kind == "page" or p.per_report != (report is not None):
                continue
            out.append({"kind": p.kind, "label": p.label, "url": p.path_for(report.slug if report else None), "type": p.media_type or ""})
        return out

    def absolute_url(self, rel: str) -> str:
        base = str(self.site.get("base_url") or "").rstrip("/")
        return f"{base}/{rel}" if base else rel

    @property
    def today(self) -> _dt.date:
        return _dt.date.today()
