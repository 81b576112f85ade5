"""Recorded inputs: what a piece of build work read, so it is redone when that changes.

Every input a hook uses goes through the :class:`~perskamer.context.BuildContext`
(``read_workspace_file``, ``template_dir``, ``options``, ``site``, ``taxonomy``,
``read_asset``...). While the core runs a piece of work -- processing one report,
rendering one report, rendering the collections -- it keeps an :class:`Inputs`
record open (:meth:`BuildContext.recording`), and each of those context methods
notes what it handed out:

* a *file* (workspace file, template folder, asset, taxonomy) with its signature:
  a content hash for small files, ``size/mtime/inode`` for large ones (photos),
  ``"missing"`` for a file that was asked for but is not there (creating it later
  must count as a change);
* a *config key* (``options("digest")`` records ``digest``) with a hash of its value.

The build cache then keys processed reports, render skipping and collection reuse
on the recorded set (:meth:`Inputs.current` says whether it still holds), and watch
mode watches exactly the recorded files. Nothing keeps a hand-made list of
"files that matter".
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

#: Files up to this size are recorded by their content hash; larger ones (photos) by stat.
HASH_LIMIT = 256 * 1024
#: The signature of a file that was asked for and is not there.
MISSING = "missing"
#: Prefix of a recorded folder (its listing and the signatures of its files).
FOLDER = "folder:"


def blake(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=20).hexdigest()


def value_digest(value: Any) -> str:
    """A stable hash of a config value (JSON with sorted keys)."""
    return blake(json.dumps(value, sort_keys=True, default=str, ensure_ascii=False).encode())


#: The hash of a config key that is not set (asked for very often: computed once).
NONE_DIGEST = value_digest(None)


@dataclass
class Inputs:
    """What one piece of work read: ``files`` (path -> signature), ``keys`` (config key -> hash).

    Folders are recorded in ``files`` under ``"folder:" + path``. Picklable, so it
    travels with a processed report from a worker process and into the cache.
    """

    files: dict[str, str] = field(default_factory=dict)
    keys: dict[str, str] = field(default_factory=dict)

    def merge(self, other: Inputs) -> None:
        self.files.update(other.files)
        self.keys.update(other.keys)

    def fingerprint(self) -> str:
        """One hash of the whole record (for composing cache keys)."""
        return value_digest([sorted(self.files.items()), sorted(self.keys.items())])

    def current(self, probe: Probe, keys: dict[str, str] | None = None) -> bool:
        """Whether every recorded file and config key is still as recorded.

        ``keys`` are the config keys' current hashes (:meth:`BuildContext.key_digests`);
        ``None`` skips the keys.
        """
        for path, signature in self.files.items():
            if probe.signature(path) != signature:
                return False
        if keys is not None:
            for key, digest in self.keys.items():
                if keys.get(key, NONE_DIGEST) != digest:
                    return False
        return True

    def paths(self) -> set[str]:
        """The recorded files and folders (folders without their prefix)."""
        return {p.removeprefix(FOLDER) for p in self.files}

    def folders(self) -> set[str]:
        return {p.removeprefix(FOLDER) for p in self.files if p.startswith(FOLDER)}


def file_signature(path: str) -> str:
    """A file's signature now: its content hash (small files), its stat (large ones), or ``missing``."""
    try:
        st = os.stat(path)
    except OSError:
        return MISSING
    if not os.path.isfile(path):
        return f"other:{st.st_mode:o}"
    if st.st_size > HASH_LIMIT:
        return f"stat:{st.st_size}:{st.st_mtime_ns}:{st.st_ino}"
    try:
        with open(path, "rb") as handle:
            return blake(handle.read(HASH_LIMIT + 1))
    except OSError:
        return MISSING


def folder_signature(path: str) -> str:
    """A folder's signature: the names and signatures of the files in it (recursively)."""
    if not os.path.isdir(path):
        return MISSING
    entries = []
    for folder, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "__pycache__")
        for name in sorted(files):
            if name.startswith((".", "~")) or name.endswith(("~", ".swp", ".tmp")):
                continue
            full = os.path.join(folder, name)
            entries.append((os.path.relpath(full, path), file_signature(full)))
    return value_digest(entries)


class Probe:
    """Signatures of files as they are now, each computed once (one per build).

    Hundreds of reports record the same taxonomy and templates; checking them costs
    one hash per build, not one per report.
    """

    def __init__(self) -> None:
        self._known: dict[str, str] = {}
        self._lock = threading.Lock()

    def signature(self, path: str) -> str:
        with self._lock:
            known = self._known.get(path)
        if known is not None:
            return known
        value = folder_signature(path.removeprefix(FOLDER)) if path.startswith(FOLDER) else file_signature(path)
        with self._lock:
            self._known[path] = value
        return value


#: The record the current thread's work writes into (``None``: nothing is recorded).
_ACTIVE: ContextVar[Inputs | None] = ContextVar("perskamer_inputs", default=None)


@contextmanager
def recording(into: Inputs | None = None) -> Iterator[Inputs]:
    """Record the inputs used inside the block; nested records also land in the outer one."""
    inputs = into if into is not None else Inputs()
    outer = _ACTIVE.get()
    token = _ACTIVE.set(inputs)
    try:
        yield inputs
    finally:
        _ACTIVE.reset(token)
        if outer is not None:
            outer.merge(inputs)


def active() -> bool:
    """Whether some work is being recorded in this thread (nothing to note otherwise)."""
    return _ACTIVE.get() is not None


def note_file(path: str, signature: str) -> None:
    active = _ACTIVE.get()
    if active is not None:
        active.files[path] = signature


def note_key(key: str, digest: str) -> None:
    active = _ACTIVE.get()
    if active is not None:
        active.keys[key] = digest


def replay(inputs: Inputs) -> None:
    """Note ``inputs`` again in the active record (work whose result was reused)."""
    active = _ACTIVE.get()
    if active is not None and active is not inputs:
        active.merge(inputs)
