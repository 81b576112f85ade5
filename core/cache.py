"""The build cache: processed reports, so an unchanged report is never read again.

Reading, validating, anonymising and tagging a report is most of a build's work. The
result (the :class:`~perskamer.build.ReportOutcome` after read, validate and
transform) is stored under ``config.cache_dir`` (default ``.perskamer/cache``), keyed
by

* the report's bytes (BLAKE2b) and its path in the content folder,
* a fingerprint of the code: the plugins (names, versions and the size/mtime of their
  source and data files) and the core's own settings (``limits``).

Everything else processing read -- config keys, the taxonomy, workspace files -- is
recorded while it runs (:mod:`perskamer.inputs`) and stored with the entry; the
incremental layer (:mod:`perskamer.incremental`) only uses an entry whose recorded
inputs still hold. So a second ``build`` with nothing changed does no reading,
anonymising or tagging, ``build`` and ``watch`` share the same entries, and a change
to the site title does not re-anonymise anything. Old entries are pruned after a
week unused.

Two more small indexes make a no-change build fast:

* a *stat index* (path, size, mtime, inode -> content hash), so unchanged files are
  not even read. Like git's index it only trusts a file whose mtime lay well before
  the moment it was hashed ("racily clean" files are re-read).
* a *render index* per output folder (see :class:`RenderIndex`): which artefacts a
  report's per-report render produced, from which inputs, so an unchanged report is
  not rendered again while its files are intact.

Entries are pickles written atomically (temp file + rename); a corrupt or unreadable
entry is ignored and rebuilt. The worker processes of a cold build write the entries of
a batch of reports into one *pack* file (``packs/``, see :meth:`BuildCache.write_pack`)
instead of a file each, and the main process records where each entry is in the pack
index (``pack-index.pkl``, written with the stat index). Never put anything in the cache
folder you want to keep.
"""

from __future__ import annotations

import itertools
import json
import os
import pickle
import sys
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .inputs import blake
from .writer import write_atomic

if TYPE_CHECKING:  # pragma: no cover
    from .build import ReportOutcome
    from .config import Config
    from .inputs import Inputs
    from .pluginhost import PluginHost

#: Bump when the pickled layout changes: old entries are then simply not found.
CACHE_FORMAT = "2"
#: A file whose mtime is closer than this to the moment it was hashed is re-read next time.
RACY_SECONDS = 2.0
#: Unused entries older than this are removed by :meth:`BuildCache.prune`.
PRUNE_AFTER_SECONDS = 7 * 24 * 3600
#: Files larger than this are skipped when fingerprinting folders (data files are small).
_MAX_FINGERPRINT_FILE = 50 * 1024 * 1024
_SKIP_DIRS = {"__pycache__", ".git", ".venv", "node_modules", ".pytest_cache", ".ruff_cache"}
#: A pack file no index names (its build was stopped before the index was written) is removed after this long.
ORPHAN_PACK_SECONDS = 3600
_PACK_NUMBERS = itertools.count()

#: Where an entry is in a pack: (the pack's file name, offset, length).
PackPlace = tuple[str, int, int]


# --- fingerprints ----------------------------------------------------------------------


def tree_signature(folder: Path, *, suffixes: Iterable[str] | None = None) -> list[tuple[str, int, int]]:
    """(relative path, size, mtime_ns) of every file under ``folder``, sorted; cheap (stat only)."""
    out: list[tuple[str, int, int]] = []
    wanted = {s.lower() for s in suffixes} if suffixes is not None else None
    if not folder.is_dir():
        return out
    for dirpath, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS and not d.endswith(".egg-info"))
        for name in sorted(files):
            if name.startswith(".tmp-"):
                continue
            if wanted is not None and os.path.splitext(name)[1].lower() not in wanted:
                continue
            path = os.path.join(dirpath, name)
            try:
                st = os.stat(path)
            except OSError:
                continue
            out.append((os.path.relpath(path, folder), st.st_size, st.st_mtime_ns))
    return out


def _module_roots(module_name: str) -> list[Path]:
    """The folder (package) or file (module) a plugin's code lives in."""
    module = sys.modules.get(module_name)
    if module is None:
        return []
    paths = list(getattr(module, "__path__", []) or [])
    if paths:
        return [Path(p) for p in paths]
    file = getattr(module, "__file__", None)
    return [Path(file)] if file else []


def _perskamer_roots() -> list[Path]:
    """Where the built-in code and data live: perskamer and its mapped sub-packages."""
    roots: list[Path] = []
    for name in ("perskamer", "perskamer.plugins", "perskamer.schemas", "perskamer.defaults"):
        try:
            __import__(name)
        except Exception:
            continue
        roots.extend(_module_roots(name))
    return roots


def code_signature(host: PluginHost) -> list[Any]:
    """Names and versions of the plugins, plus the size/mtime of their code and data files.

    Built-in plugins share perskamer's version, so their files are what tells one
    development state from the next.
    """
    sig: list[Any] = []
    seen: set[Path] = set()
    roots: list[Path] = []
    for root in _perskamer_roots():
        if root not in seen:
            seen.add(root)
            roots.append(root)
    for info in sorted(host.plugin_infos(), key=lambda i: i.name):
        sig.append((info.name, info.module, info.version))
        if info.module.startswith("perskamer."):
            continue
        for root in _module_roots(info.module):
            if root not in seen and not any(root.is_relative_to(r) for r in roots if r.is_dir()):
                seen.add(root)
                roots.append(root)
    for root in roots:
        if root.is_dir():
            sig.append((str(root), tree_signature(root)))
        else:
            try:
                st = root.stat()
                sig.append((str(root), st.st_size, st.st_mtime_ns))
            except OSError:
                sig.append((str(root), None))
    return sig


def _jsonable(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str, ensure_ascii=False)


def processing_fingerprint(config: Config, host: PluginHost) -> str:
    """What every processed report depends on besides its bytes, path and recorded inputs: the code."""
    parts = {
        "format": CACHE_FORMAT,
        "python": sys.version_info[:2],
        "limits": config.data.get("limits"),
        "workspace": str(config.workspace),
        "code": code_signature(host),
    }
    return blake(_jsonable(parts).encode())


def render_fingerprint(processing: str, outputs: Iterable[str], output_dir: Path, publications: Iterable[Any] = ()) -> str:
    """What every render depends on besides the report and the render's recorded inputs.

    ``publications``: what the outputs announced (the links between them).
    """
    parts = {"processing": processing, "outputs": sorted(outputs), "output_dir": str(output_dir),
             "publications": [repr(p) for p in publications]}
    return blake(_jsonable(parts).encode())


# --- the cache ---------------------------------------------------------------------------


def detached(outcome: ReportOutcome) -> ReportOutcome:
    """A copy of ``outcome`` whose own fields and problem lists a build may change.

    A build sets an outcome's status, fallback, identity and ``withheld``, and adds
    problems to it and to its report (a photo that cannot be read, the guard's
    findings); nothing after the transform stage changes a report in place otherwise
    (the hook contract: hooks return data). So the object and the report are copied
    one level deep, with their problem lists; the rest (sections, quotes, meta) is
    shared with the copy the cache keeps. About 100x cheaper than unpickling.
    """
    copy = object.__new__(type(outcome))
    copy.__dict__.update(outcome.__dict__)
    report = outcome.report
    if report is not None:
        own = object.__new__(type(report))
        own.__dict__.update(report.__dict__)
        own.problems = list(report.problems)
        copy.report = own
        copy.problems = own.problems if outcome.problems is report.problems else list(outcome.problems)
    else:
        copy.problems = list(outcome.problems)
    return copy



@dataclass
class StatEntry:
    size: int
    mtime_ns: int
    ino: int
    ctime_ns: int
    digest: str
    hashed_at_ns: int


@dataclass
class CacheStats:
    hits: int = 0
    misses: int = 0
    stored: int = 0
    files_read: int = 0
    corrupt: int = 0


class BuildCache:
    """Processed reports on disk (plus an in-memory layer for ``watch``).

    Thread-safe for the way perskamer uses it (one builder thread, one slow lane).
    """

    def __init__(self, root: Path, *, memory: bool = True):
        self.root = Path(root)
        self.base = self.root / f"v{CACHE_FORMAT}"
        self.entries_dir = self.base / "reports"
        self.packs_dir = self.base / "packs"
        self.memory_enabled = memory
        self._memory: dict[str, bytes] = {}
        #: The outcomes of :attr:`_memory` as objects, kept as they were stored (never
        #: handed out: :meth:`get` gives each caller its own :func:`detached` copy), so a
        #: long-running ``watch`` does not unpickle every unchanged report on every save.
        self._objects: dict[str, ReportOutcome] = {}
        self._stat: dict[str, StatEntry] | None = None
        self._stat_dirty = False
        self._last_good: dict[str, str] | None = None
        self._last_good_dirty = False
        #: key -> where its entry is in a pack (see :meth:`write_pack`); loaded when first needed.
        self._packed: dict[str, PackPlace] | None = None
        self._packed_dirty = False
        self._used: set[str] = set()
        self._lock = threading.RLock()
        self.stats = CacheStats()
        self.fingerprint = ""

    @classmethod
    def for_config(cls, config: Config) -> BuildCache:
        return cls(config.cache_dir)

    # -- keys -------------------------------------------------------------------------
    def key(self, rel: str, digest: str, fingerprint: str | None = None) -> str:
        return blake(f"{fingerprint or self.fingerprint}\0{rel}\0{digest}".encode())

    def _entry_path(self, key: str) -> Path:
        return self.entries_dir / key[:2] / f"{key}.pkl"

    # -- the stat index ------------------------------------------------------------------
    def _stat_index(self) -> dict[str, StatEntry]:
        if self._stat is None:
            self._stat = self._load_pickle(self.base / "stat-index.pkl", dict) or {}
        return self._stat

    def known_digest(self, path: Path, st: os.stat_result) -> str | None:
        """The content hash recorded for ``path`` if its stat is unchanged and it was not racy."""
        with self._lock:
            entry = self._stat_index().get(str(path))
        if entry is None:
            return None
        if (entry.size, entry.mtime_ns, entry.ino, entry.ctime_ns) != (st.st_size, st.st_mtime_ns, st.st_ino, st.st_ctime_ns):
            return None
        if entry.hashed_at_ns - entry.mtime_ns < RACY_SECONDS * 1e9:
            return None  # the file may have changed again within the same timestamp tick
        return entry.digest

    def remember_digest(self, path: Path, st: os.stat_result, digest: str, hashed_at_ns: int) -> None:
        with self._lock:
            index = self._stat_index()
            entry = StatEntry(st.st_size, st.st_mtime_ns, st.st_ino, st.st_ctime_ns, digest, hashed_at_ns)
            if index.get(str(path)) != entry:
                index[str(path)] = entry
                self._stat_dirty = True

    def forget(self, paths: Iterable[Path | str]) -> None:
        """Drop the stat records of ``paths`` (watch does this for every path an event named)."""
        with self._lock:
            index = self._stat_index()
            for path in paths:
                if index.pop(str(path), None) is not None:
                    self._stat_dirty = True

    # -- entries ---------------------------------------------------------------------------
    def get(self, key: str) -> ReportOutcome | None:
        """The cached outcome for ``key`` (a fresh copy each time), or ``None``.

        The copy is :func:`detached` from the one kept in memory: a build may change its
        status, problems and fallback (and the report's problems) freely.
        """
        with self._lock:
            kept = self._objects.get(key)
            if kept is not None:
                self._used.add(key)
        if kept is not None:
            self.stats.hits += 1
            return detached(kept)
        with self._lock:
            data = self._memory.get(key)
        if data is None:
            data = self._read_entry(key)
            if data is None:
                self.stats.misses += 1
                return None
        try:
            outcome = pickle.loads(data)
        except Exception:  # a torn or incompatible entry: ignore it, it will be rebuilt
            self.stats.corrupt += 1
            self.stats.misses += 1
            self._discard(key)
            return None
        if type(outcome).__name__ != "ReportOutcome":
            self.stats.corrupt += 1
            self.stats.misses += 1
            self._discard(key)
            return None
        with self._lock:
            if self.memory_enabled:
                self._memory[key] = data
                self._objects[key] = detached(outcome)
            self._used.add(key)
        self.stats.hits += 1
        return outcome

    def contains(self, key: str) -> bool:
        """Whether an entry exists for ``key`` (without loading it)."""
        with self._lock:
            if key in self._memory or key in self._pack_index():
                return True
        return self._entry_path(key).is_file()

    def is_empty(self) -> bool:
        """Whether the cache holds no entry at all (a cold build), without looking at them one by one."""
        with self._lock:
            if self._pack_index():
                return False
        return not self.entries_dir.is_dir()

    def _read_entry(self, key: str) -> bytes | None:
        """An entry's pickled bytes from its pack or its own file; ``None``: there is none (or it cannot be read)."""
        with self._lock:
            place = self._pack_index().get(key)
        if place is not None:
            name, offset, length = place
            try:
                with open(self.packs_dir / name, "rb") as handle:
                    handle.seek(offset)
                    data = handle.read(length)
                if len(data) == length:
                    return data
            except OSError:
                pass
            return None  # (its pack is gone or cut short: the entry is missing, whatever older file there is)
        try:
            return self._entry_path(key).read_bytes()
        except OSError:
            return None

    def put(self, key: str, outcome: ReportOutcome) -> None:
        try:
            data = pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:  # something a plugin put on the report cannot be pickled: no caching
            return
        self.adopt(key, outcome, data, self.write_entry(key, data))

    def write_entry(self, key: str, data: bytes) -> bool:
        """Write an entry's file (pickled bytes); whether it is on disk now.

        A worker process writes the entries of the reports it processed (see
        :meth:`adopt`), so the main process does not pickle and write them one by one.
        """
        try:
            write_atomic(self._entry_path(key), data)
        except OSError:
            return False  # a read-only or full disk makes the cache useless, not the build
        with self._lock:  # (this entry replaces one in a pack)
            if self._pack_index().pop(key, None) is not None:
                self._packed_dirty = True
        return True

    def write_pack(self, entries: Sequence[tuple[str, bytes]]) -> dict[str, PackPlace]:
        """Write entries ((key, pickled bytes), ...) into one new pack file; where each one is (``{}``: not written).

        A worker process writes the entries of a batch of reports this way: creating a
        file is dear on a busy machine (20-230 us of kernel time, see docs/watch.md), and
        a cold build of 1000 reports made 1000 entry files in 256 folders. The pack is
        written atomically (temporary file + rename, no fsync: the cache is disposable)
        and never changed; the main process records the places it is sent in the pack
        index (:meth:`adopt`), written by :meth:`flush`. A pack no index names (a build
        stopped before its flush) is removed by :meth:`prune`.
        """
        if not entries:
            return {}
        name = f"{os.getpid()}-{time.time_ns()}-{next(_PACK_NUMBERS)}.pack"
        places: dict[str, PackPlace] = {}
        offset = 0
        for key, data in entries:
            places[key] = (name, offset, len(data))
            offset += len(data)
        try:
            write_atomic(self.packs_dir / name, b"".join(data for _key, data in entries))
        except OSError:
            return {}
        return places

    def adopt(self, key: str, outcome: ReportOutcome, data: bytes, written: bool, place: PackPlace | None = None) -> None:
        """Take an entry whose bytes are ``data`` (written to its file already when ``written``) as :meth:`put` stores it.

        ``place``: the entry was written into a pack there (:meth:`write_pack`).
        """
        with self._lock:
            if place is not None:
                self._pack_index()[key] = place
                self._packed_dirty = True
            if self.memory_enabled:
                self._memory[key] = data
                self._objects[key] = detached(outcome)
            self._used.add(key)
        if written:
            self.stats.stored += 1

    def _discard(self, key: str) -> None:
        with self._lock:
            self._memory.pop(key, None)
            self._objects.pop(key, None)
            if self._pack_index().pop(key, None) is not None:
                self._packed_dirty = True
        try:
            self._entry_path(key).unlink()
        except OSError:
            pass

    # -- last good version of each source ---------------------------------------------------
    def _last_good_index(self) -> dict[str, str]:
        if self._last_good is None:
            self._last_good = self._load_pickle(self.base / "last-good.pkl", dict) or {}
        return self._last_good

    def set_last_good(self, source_key: str, key: Any) -> None:
        with self._lock:
            index = self._last_good_index()
            if index.get(source_key) != key:
                index[source_key] = key
                self._last_good_dirty = True

    def last_good_key(self, source_key: str) -> Any:
        with self._lock:
            return self._last_good_index().get(source_key)

    def _last_good_entries(self) -> set[str]:
        """The cache keys of the last good versions (kept in memory and on disk)."""
        return {v[0] if isinstance(v, tuple) else v for v in self._last_good_index().values()}

    def drop_last_good(self, keep: Iterable[str]) -> None:
        """Forget the last good versions of sources that no longer exist."""
        keep = set(keep)
        with self._lock:
            index = self._last_good_index()
            for gone in [k for k in index if k not in keep]:
                del index[gone]
                self._last_good_dirty = True

    # -- packs ---------------------------------------------------------------------------------
    def _pack_index(self) -> dict[str, PackPlace]:
        if self._packed is None:
            self._packed = self._load_pickle(self.base / "pack-index.pkl", dict) or {}
        return self._packed

    def _save_pack_index(self) -> None:
        if self._packed_dirty and self._packed is not None:
            write_atomic(self.base / "pack-index.pkl", pickle.dumps(self._packed, protocol=pickle.HIGHEST_PROTOCOL))
            self._packed_dirty = False

    # -- persistence ------------------------------------------------------------------------
    def _load_pickle(self, path: Path, kind: type) -> Any:
        try:
            value = pickle.loads(path.read_bytes())
        except Exception:
            return None
        return value if isinstance(value, kind) else None

    def flush(self) -> None:
        """Write the stat and last-good indexes if they changed."""
        with self._lock:
            try:
                if self._stat_dirty and self._stat is not None:
                    write_atomic(self.base / "stat-index.pkl", pickle.dumps(self._stat, protocol=pickle.HIGHEST_PROTOCOL))
                    self._stat_dirty = False
                if self._last_good_dirty and self._last_good is not None:
                    write_atomic(self.base / "last-good.pkl", pickle.dumps(self._last_good, protocol=pickle.HIGHEST_PROTOCOL))
                    self._last_good_dirty = False
                self._save_pack_index()
            except OSError:
                pass

    def retain_memory(self, keys: Iterable[str]) -> None:
        """Keep only ``keys`` (and the last good versions) in memory (watch calls this after a rebuild)."""
        with self._lock:
            keep = set(keys) | self._last_good_entries()
            for key in [k for k in self._memory if k not in keep]:
                del self._memory[key]
                self._objects.pop(key, None)

    def begin(self) -> None:
        """Start counting which entries a build uses (for :meth:`prune`)."""
        with self._lock:
            self._used = set()
            self.stats = CacheStats()

    def prune(self, older_than: float = PRUNE_AFTER_SECONDS) -> int:
        """Remove entries this build did not use that were last touched ``older_than`` seconds ago."""
        removed = 0
        now = time.time()
        with self._lock:
            keep = set(self._used) | self._last_good_entries()
        removed = self._prune_packs(keep, now, older_than)
        if not self.entries_dir.is_dir():
            return removed
        for sub in self.entries_dir.iterdir():
            if not sub.is_dir():
                continue
            for entry in sub.iterdir():
                name = entry.name
                try:
                    if name.startswith(".tmp-"):
                        if now - entry.stat().st_mtime > 3600:
                            entry.unlink()
                        continue
                    if name.removesuffix(".pkl") in keep:
                        continue
                    if now - entry.stat().st_mtime > older_than:
                        entry.unlink()
                        removed += 1
                except OSError:
                    continue
        return removed

    def _prune_packs(self, keep: set[str], now: float, older_than: float) -> int:
        """Remove the packs none of whose entries this build used and that are ``older_than`` (entries removed).

        A pack goes whole (its entries are never rewritten); one that no index names is
        removed after :data:`ORPHAN_PACK_SECONDS`, and index records whose pack is gone
        are dropped.
        """
        removed = 0
        with self._lock:
            index = self._pack_index()
            by_pack: dict[str, list[str]] = {}
            for key, (name, _offset, _length) in index.items():
                by_pack.setdefault(name, []).append(key)
            try:
                names = os.listdir(self.packs_dir)
            except OSError:
                names = []
            for name in names:
                keys = by_pack.pop(name, None)
                path = self.packs_dir / name
                try:
                    if keys is None:
                        if now - path.stat().st_mtime > ORPHAN_PACK_SECONDS:
                            path.unlink()
                        continue
                    if any(key in keep for key in keys) or now - path.stat().st_mtime <= older_than:
                        continue
                    path.unlink()
                except OSError:
                    continue
                for key in keys:
                    del index[key]
                removed += len(keys)
                self._packed_dirty = True
            for keys in by_pack.values():  # their pack is gone
                for key in keys:
                    del index[key]
                self._packed_dirty = True
            try:
                self._save_pack_index()
            except OSError:
                pass
        return removed

    # -- render indexes ----------------------------------------------------------------------
    def render_index(self, output_dir: Path) -> RenderIndex:
        path = self.base / f"render-{blake(str(output_dir).encode())[:16]}.pkl"
        records = self._load_pickle(path, dict) or {}
        return RenderIndex(path, records)


@dataclass
class RenderRecord:
    """What one report's per-report render produced, and from which inputs."""

    fingerprint: str
    files: list[tuple[str, int, int]]  # (path in the output folder, size, mtime_ns)
    inputs: Inputs  # what the render read (templates, assets, workspace files, config keys)


@dataclass
class RenderIndex:
    """Per output folder: slug -> :class:`RenderRecord`.

    A report whose record matches (same processed report, plugins and outputs; every
    file still there with the size and mtime perskamer left it with) and whose recorded
    inputs still hold (checked by the incremental layer) is not rendered again.
    """

    path: Path
    records: dict[str, RenderRecord]
    dirty: bool = False

    def intact(self, slug: str, fingerprint: str, output_dir: Path) -> list[str] | None:
        """The record's output paths if it can be reused, else ``None``."""
        record = self.records.get(slug)
        if record is None or record.fingerprint != fingerprint:
            return None
        paths = []
        for rel, size, mtime in record.files:
            try:
                st = os.stat(os.path.join(output_dir, rel))
            except OSError:
                return None
            if (st.st_size, st.st_mtime_ns) != (size, mtime):
                return None
            paths.append(rel)
        return paths

    def record(self, slug: str, fingerprint: str, files: list[str], inputs: Inputs, output_dir: Path) -> None:
        entries = []
        for rel in files:
            try:
                st = os.stat(os.path.join(output_dir, rel))
            except OSError:
                self.forget(slug)
                return
            entries.append((rel, st.st_size, st.st_mtime_ns))
        self.records[slug] = RenderRecord(fingerprint, entries, inputs)
        self.dirty = True

    def forget(self, slug: str) -> None:
        if self.records.pop(slug, None) is not None:
            self.dirty = True

    def retain(self, slugs: Iterable[str]) -> None:
        keep = set(slugs)
        for slug in [s for s in self.records if s not in keep]:
            del self.records[slug]
            self.dirty = True

    def save(self) -> None:
        if not self.dirty:
            return
        try:
            write_atomic(self.path, pickle.dumps(self.records, protocol=pickle.HIGHEST_PROTOCOL))
            self.dirty = False
        except OSError:
            pass
