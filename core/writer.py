"""Writing the output folder: atomically, only what changed, removing what is gone.

Every file is written to a temporary file in the same folder and renamed over the
old one, so a browser, a web server or the publish step never sees half a file. A
manifest (``.perskamer-manifest.json``) records what perskamer wrote, each file's hash
and the output that wrote it, so an unchanged file is not rewritten, a file whose
report disappeared is removed, a build of some outputs (``--only``, ``perskamer
digest``) leaves the other outputs' files alone, and files perskamer did not write are
never touched.

A large build hands a helper process the files to write ahead (:mod:`perskamer.stager`,
``OutputTree.staged``): :meth:`OutputTree.write` then only renames the staged file into place.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .stager import Stager

MANIFEST = ".perskamer-manifest.json"


class UnsafePath(ValueError):
    pass


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temporary file and an atomic rename.

    A cold build writes thousands of files (pages, data, search index, cache entries)
    in the main process, one core idle: each costs only what it must -- the temporary
    file's exclusive creation, the write, its mode, the rename. The folder is made when
    the creation says it is missing (not asked first for every file); the temporary
    name is this process's id and a counter (no random name to draw).
    """
    folder = os.path.dirname(path)
    fd, tmp = _create_temporary(folder, path.suffix)
    try:
        try:
            # No fsync per file: the rename is what makes the swap atomic for readers;
            # fsync would make a build of 2000 reports ~8 s slower for crash durability a
            # static site does not need (the next build rewrites whatever is missing).
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            if _FCHMOD:
                os.fchmod(fd, 0o644)
        finally:
            os.close(fd)
        if not _FCHMOD:
            os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


_TEMPORARY_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
_NUMBERS = itertools.count()
_FCHMOD = hasattr(os, "fchmod")


def _create_temporary(folder: str, suffix: str) -> tuple[int, str]:
    """Create and open a new ``.tmp-*`` file in ``folder`` (made if missing) -> (descriptor, path)."""
    made = False
    while True:
        tmp = os.path.join(folder, f".tmp-{os.getpid()}-{next(_NUMBERS)}{suffix}")
        try:
            return os.open(tmp, _TEMPORARY_FLAGS, 0o600), tmp
        except FileExistsError:  # left by an earlier process with this id
            continue
        except FileNotFoundError:
            if made:
                raise
            os.makedirs(folder, exist_ok=True)
            made = True


def safe_join(root: Path, rel: str) -> Path:
    """``root / rel``, refusing absolute paths, ``..`` and anything that leaves ``root``."""
    if not rel or rel.startswith(("/", "\\")) or "\x00" in rel or "\\" in rel:
        raise UnsafePath(f"unsafe output path: {rel!r}")
    parts = rel.split("/")
    if any(part in ("", ".", "..") for part in parts):
        raise UnsafePath(f"unsafe output path: {rel!r}")
    return root.joinpath(*parts)


def digest(data: bytes) -> str:
    """The hash the manifest records for ``data``.

    The guard's "already on disk?" check and the write that follows hash the same bytes
    (the index page is half a megabyte at 500 reports): the last few are remembered by
    the identity of the bytes object, which is kept alive with its hash.
    """
    found = _RECENT.get(id(data))
    if found is not None and found[0] is data:
        return found[1]
    value = hashlib.blake2b(data, digest_size=16).hexdigest()
    if len(data) >= _REMEMBER_FROM:
        if len(_RECENT) >= 16:
            _RECENT.clear()
        _RECENT[id(data)] = (data, value)
    return value


#: Bytes hashed lately (id -> (bytes, hash)); see :func:`digest`. Small pages are hashed again.
_RECENT: dict[int, tuple[bytes, str]] = {}
_REMEMBER_FROM = 8192


@dataclass
class OutputTree:
    """The output folder and what perskamer knows it wrote there."""

    root: Path
    manifest: dict[str, str] = field(default_factory=dict)
    #: Which output wrote each file (files from manifests of older versions have none).
    owners: dict[str, str] = field(default_factory=dict)
    #: The report (slug) each per-report file belongs to: what the prune guard counts.
    reports: dict[str, str] = field(default_factory=dict)
    #: The manifest predates ``reports``: which files are reports' is unknown.
    unlabelled: bool = False
    #: Files a helper process is writing ahead (:mod:`perskamer.stager`): :meth:`write` renames them into place.
    staged: Stager | None = field(default=None, repr=False, compare=False)

    @classmethod
    def open(cls, root: Path) -> OutputTree:
        manifest: dict[str, str] = {}
        owners: dict[str, str] = {}
        reports: dict[str, str] = {}
        try:
            raw = json.loads((root / MANIFEST).read_text(encoding="utf-8"))
            if isinstance(raw, dict) and isinstance(raw.get("files"), dict):
                manifest = {str(k): str(v) for k, v in raw["files"].items()}
            if isinstance(raw, dict) and isinstance(raw.get("outputs"), dict):
                owners = {str(k): str(v) for k, v in raw["outputs"].items() if k in manifest}
            if isinstance(raw, dict) and isinstance(raw.get("reports"), dict):
                reports = {str(k): str(v) for k, v in raw["reports"].items() if k in manifest}
        except (OSError, ValueError):
            pass
        # A manifest written before reports were recorded: any of its files may be one.
        return cls(root, manifest, owners, reports, unlabelled=bool(manifest) and not reports)

    def write(self, rel: str, data: bytes, output: str | None = None, report: str | None = None) -> bool:
        """Write one file if its bytes changed; return whether it was written."""
        target = safe_join(self.root, rel)
        h = digest(data)
        if output:
            self.owners[rel] = output
        if report:
            self.reports[rel] = report
        else:
            self.reports.pop(rel, None)
        if self.manifest.get(rel) == h and target.is_file() and target.stat().st_size == len(data):
            return False
        if self.staged is None or not self.staged.take(target, data):
            write_atomic(target, data)
        self.manifest[rel] = h
        return True

    def remove_except(self, keep: set[str], outputs: set[str] | None = None) -> list[str]:
        """Remove files perskamer wrote earlier that are not in ``keep``.

        With ``outputs``, only files written by one of those outputs (or by an unknown
        one) are candidates: a build of some outputs cleans up after those alone.
        """
        removed = []
        for rel in sorted(set(self.manifest) - keep):
            owner = self.owners.get(rel)
            if outputs is not None and owner is not None and owner not in outputs:
                continue
            try:
                target = safe_join(self.root, rel)
                target.unlink()
                removed.append(rel)
                prune_empty_dirs(target.parent, self.root)
            except FileNotFoundError:
                removed.append(rel)
            except (OSError, UnsafePath):
                continue
            self.manifest.pop(rel, None)
            self.owners.pop(rel, None)
            self.reports.pop(rel, None)
        return removed

    def published_reports(self, outputs: set[str] | None = None) -> set[str]:
        """The slugs of the reports with files here (of ``outputs`` only, when given)."""
        return {slug for rel, slug in self.reports.items() if outputs is None or self.owners.get(rel) in outputs}

    def may_hold_reports(self, outputs: set[str] | None = None) -> bool:
        """Whether reports may be published here (an old, unlabelled manifest: any file may be one)."""
        return self.unlabelled or bool(self.published_reports(outputs))

    def save(self) -> None:
        owners = {k: v for k, v in sorted(self.owners.items()) if k in self.manifest}
        reports = {k: v for k, v in sorted(self.reports.items()) if k in self.manifest}
        data = manifest_json({"generator": "perskamer", "files": dict(sorted(self.manifest.items())), "outputs": owners, "reports": reports})
        write_atomic(self.root / MANIFEST, data)


def manifest_json(value: dict[str, str | dict[str, str]]) -> bytes:
    """``json.dumps(value, indent=1).encode()`` for a dict of strings and dicts of strings, 10x faster.

    The standard library encodes with ``indent`` in pure Python (~5 ms for the manifest of
    500 reports, on every save in watch); this joins the C-encoded strings in the same layout.
    """
    def dict_at(d: dict[str, str], depth: int) -> str:
        if not d:
            return "{}"
        pad = "\n" + " " * depth
        return "{" + pad + ("," + pad).join([f"{_encode(k)}: {_encode(v)}" for k, v in d.items()]) + "\n" + " " * (depth - 1) + "}"

    if not value:
        return b"{}"
    parts = [f"{_encode(k)}: {dict_at(v, 2) if isinstance(v, dict) else _encode(v)}" for k, v in value.items()]
    return ("{\n " + ",\n ".join(parts) + "\n}").encode()


_encode = json.encoder.encode_basestring_ascii


def prune_empty_dirs(folder: Path, root: Path) -> None:
    """Remove ``folder`` and its parents up to ``root`` while they are empty."""
    while folder != root and folder.is_relative_to(root):
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent
