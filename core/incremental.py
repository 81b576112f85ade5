"""The incremental layer beside the pipeline: what an earlier build already did.

:class:`~perskamer.build.Builder` runs the plain pipeline; it asks this layer three
things, and tells it what it did:

* *processing*: is there a processed report (read, validated, transformed) for this
  source whose recorded inputs still hold (:meth:`Incremental.cached_outcome`,
  :meth:`Incremental.store`)? Entries live in the :class:`~perskamer.cache.BuildCache`,
  keyed by the source's bytes and path plus the code; what else processing read
  (config keys, the taxonomy, workspace files) is recorded with the entry
  (:class:`~perskamer.inputs.Inputs`) and checked on lookup.
* *rendering*: are a report's (or the collections') artefacts from an earlier build
  still on disk and made from the same inputs (:meth:`reusable`,
  :meth:`record_render`)? See :class:`~perskamer.cache.RenderIndex`.
* *the last good version* of each source, published while the source fails
  (:meth:`last_good`, :meth:`mark_good`).

:class:`NoCache` answers "no" to everything, so the pipeline reads the same with and
without a cache. Every processed report carries an *identity*
(``ReportOutcome.cache_key``): a hash of its source, the code and its recorded inputs;
renders are keyed on identities.
"""

from __future__ import annotations

import os
import pickle
import stat
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .cache import BuildCache, PackPlace, RenderIndex, blake, processing_fingerprint, render_fingerprint
from .inputs import Inputs

if TYPE_CHECKING:  # pragma: no cover
    from .build import ReportOutcome
    from .config import Config
    from .context import BuildContext
    from .model import Report, Source
    from .pluginhost import PluginHost

#: The render index's record for the collection artefacts (not a possible slug).
COLLECTIONS = "\0collections"


@dataclass
class RenderJob:
    """One render (a report's, or the collections'): what it produced, from what.

    ``fingerprint`` is ``None`` when the render cannot be reused later (no cache, or
    a report without an identity); ``clean`` is false when a hook reported a problem
    (such a render is done again next time, so the problem is reported again).
    """

    fingerprint: str | None
    produced: list[str] = field(default_factory=list)
    inputs: Inputs = field(default_factory=Inputs)
    clean: bool = True
    #: Set once the render index knows about this job (recorded, or forgotten).
    settled: bool = False


@dataclass
class WorkerEntry:
    """A cache entry a worker process made for a report it read and processed (see :meth:`Incremental.store_in_worker`)."""

    key: str
    stat: os.stat_result
    content_hash: str
    hashed_at: int
    #: The pickled outcome, as the entry's file holds it.
    data: bytes
    #: Whether the worker wrote the entry (into a pack: :meth:`Incremental.write_in_worker`).
    written: bool = False
    #: Where the entry is in its pack.
    place: PackPlace | None = None


class NoCache:
    """The incremental layer of a build without a cache: nothing is ever reused."""

    cache: BuildCache | None = None

    def store_in_worker(self, source: Source, outcome: ReportOutcome) -> WorkerEntry | None:
        return None

    def write_in_worker(self, entries: list[WorkerEntry]) -> None:
        pass

    def begin(self, context: BuildContext) -> None:
        pass

    def cached_outcome(self, path: Path, rel: str, context: BuildContext) -> ReportOutcome | None:
        return None

    def outcome_for(self, source: Source, context: BuildContext) -> tuple[str | None, ReportOutcome | None]:
        return None, None

    def store(self, base_key: str | None, outcome: ReportOutcome) -> None:
        pass

    def last_good(self, source: str, context: BuildContext) -> tuple[Report, str] | None:
        return None

    def mark_good(self, source: str, identity: str | None, context: BuildContext) -> None:
        pass

    def forget_gone(self, sources: Iterable[str], context: BuildContext) -> None:
        pass

    def report_fingerprint(self, report_key: str | None, slug: str, context: BuildContext) -> str | None:
        return None

    def collection_fingerprint(self, keys: list[tuple[str, str | None]], context: BuildContext) -> str | None:
        return None

    def reusable(self, slug: str, fingerprint: str | None, context: BuildContext, manifest: dict[str, str]) -> tuple[list[str], Inputs] | None:
        return None

    def record_renders(self, jobs: dict[str, RenderJob], on_disk: set[str], pending: set[str], context: BuildContext,
                       slugs: Iterable[str] | None = None) -> None:
        pass

    def is_cached(self, path: Path, rel: str, context: BuildContext) -> bool:
        return False

    def flush(self) -> None:
        pass


class Incremental(NoCache):
    """The incremental layer over a :class:`~perskamer.cache.BuildCache`."""

    def __init__(self, cache: BuildCache, config: Config, host: PluginHost, output_dir: Path):
        self.cache = cache
        cache.fingerprint = processing_fingerprint(config, host)
        self.config = config
        self.output_dir = output_dir
        self._render_index: RenderIndex | None = None
        self._render_base: str | None = None
        #: identity -> cache key, for the outcomes of this build (see :meth:`mark_good`).
        self._bases: dict[str, str] = {}
        #: Entries :meth:`is_cached` loaded and found valid, for the lookup that follows (cache key -> outcome).
        self._checked: dict[str, ReportOutcome] = {}
        #: The keys :meth:`is_cached` found by a file's known stat, for the lookup that follows (path -> cache key).
        self._checked_paths: dict[str, str] = {}
        #: cache key -> (the entry's recorded inputs, its identity): the identity hashes the
        #: whole record, and the cache hands out copies that share the record object.
        self._identities: dict[str, tuple[Inputs, str]] = {}

    def begin(self, context: BuildContext) -> None:
        self.cache.begin()
        self._render_base = None
        self._bases = {}
        self._checked = {}
        self._checked_paths = {}

    # -- processing -----------------------------------------------------------------------
    def _valid(self, outcome: ReportOutcome | None, context: BuildContext) -> ReportOutcome | None:
        if outcome is None:
            return None
        inputs = getattr(outcome, "inputs", None)
        if inputs is None or not inputs.current(context.probe, context.key_digests()):
            return None
        return outcome

    @staticmethod
    def identity(base_key: str, outcome: ReportOutcome) -> str:
        return blake(f"{base_key}\0{outcome.inputs.fingerprint()}".encode())

    def cached_outcome(self, path: Path, rel: str, context: BuildContext) -> ReportOutcome | None:
        """The processed report for ``path`` if its stat, bytes and recorded inputs are unchanged."""
        key = self._checked_paths.pop(str(path), None)
        if key is not None and key in self._checked:  # is_cached looked at this file a moment ago
            return self._found(key, context)
        try:
            st = path.stat()
        except OSError:
            return None
        if not stat.S_ISREG(st.st_mode):
            return None
        content_hash = self.cache.known_digest(path, st)
        if content_hash is None:
            return None
        key = self.cache.key(rel, content_hash)
        return self._found(key, context)

    def _found(self, key: str, context: BuildContext) -> ReportOutcome | None:
        outcome = self._checked.pop(key, None) or self._valid(self.cache.get(key), context)
        if outcome is not None:
            known = self._identities.get(key)
            if known is not None and known[0] is outcome.inputs:
                outcome.cache_key = known[1]
            else:
                outcome.cache_key = self.identity(key, outcome)
                if len(self._identities) > 50_000:
                    self._identities.clear()
                self._identities[key] = (outcome.inputs, outcome.cache_key)
            self._bases[outcome.cache_key] = key
        return outcome

    def outcome_for(self, source: Source, context: BuildContext) -> tuple[str | None, ReportOutcome | None]:
        """(cache key, cached outcome or ``None``) for a source whose bytes were read."""
        hashed_at = time.time_ns()
        content_hash = blake(source.data)
        try:
            st = source.path.stat()
            self.cache.remember_digest(source.path, st, content_hash, hashed_at)
        except OSError:
            pass
        self.cache.stats.files_read += 1
        key = self.cache.key(source.rel, content_hash)
        return key, self._found(key, context)

    def store(self, base_key: str | None, outcome: ReportOutcome) -> None:
        if base_key is None:
            return
        outcome.cache_key = self.identity(base_key, outcome)
        if not any(p.crashed for p in outcome.problems):  # a crash may not repeat
            self.cache.put(base_key, outcome)
        self._bases[outcome.cache_key] = base_key

    def store_in_worker(self, source: Source, outcome: ReportOutcome) -> WorkerEntry | None:
        """In a worker process: what :meth:`outcome_for` and :meth:`store` do for a processed source, the entry written.

        The main process then takes the entry as it is (:meth:`adopt`) instead of reading
        and hashing the source again and pickling and writing the outcome: that was most
        of its work while the workers ran. ``None``: the main process does it as before.
        """
        hashed_at = time.time_ns()
        content_hash = blake(source.data)
        try:
            st = source.path.stat()
        except OSError:
            return None
        key = self.cache.key(source.rel, content_hash)
        outcome.cache_key = self.identity(key, outcome)
        if any(p.crashed for p in outcome.problems):
            return None
        try:
            data = pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:
            return None
        return WorkerEntry(key, st, content_hash, hashed_at, data)

    def write_in_worker(self, entries: list[WorkerEntry]) -> None:
        """In a worker process: write the entries of a batch of reports (:meth:`store_in_worker`) into one pack."""
        places = self.cache.write_pack([(entry.key, entry.data) for entry in entries])
        for entry in entries:
            entry.place = places.get(entry.key)
            entry.written = entry.place is not None

    def adopt(self, path: Path, entry: WorkerEntry) -> ReportOutcome:
        """The outcome a worker process stored (:meth:`store_in_worker`), recorded as :meth:`outcome_for` and :meth:`store` record it."""
        outcome: ReportOutcome = pickle.loads(entry.data)
        self.cache.remember_digest(path, entry.stat, entry.content_hash, entry.hashed_at)
        self.cache.stats.files_read += 1
        self.cache.adopt(entry.key, outcome, entry.data, entry.written, entry.place)
        self._bases[outcome.cache_key] = entry.key
        return outcome

    def is_cached(self, path: Path, rel: str, context: BuildContext) -> bool:
        """Whether the build will take ``path`` from the cache (decides what worker processes do).

        As :meth:`cached_outcome` decides it: the file's stat is known and its entry's
        recorded inputs (config keys, workspace files) still hold -- after a config
        change the workers process the reports instead of the main process doing it
        alone. The entry is loaded once: the lookup that follows in this build takes it.
        """
        try:
            st = path.stat()
            digest = known = self.cache.known_digest(path, st)
            if digest is None:  # (changed, or too recently written to trust its stat): by its bytes
                if self.cache.is_empty():
                    return False  # an empty cache (a cold build)
                if st.st_size > self.config.max_source_bytes:
                    return True  # the sequential pass reports it
                digest = blake(path.read_bytes())
        except OSError:
            return True  # the sequential pass reports it
        key = self.cache.key(rel, digest)
        if key in self._checked:
            return True
        if not self.cache.contains(key):
            return False
        outcome = self._valid(self.cache.get(key), context)
        if outcome is None:
            return False
        self._checked[key] = outcome
        if known is not None:
            self._checked_paths[str(path)] = key
        return True

    # -- last good versions ------------------------------------------------------------------
    @staticmethod
    def _source_key(source: str, context: BuildContext) -> str:
        return f"{context.content_dir}\0{source}"

    def last_good(self, source: str, context: BuildContext) -> tuple[Report, str] | None:
        """The last version of ``source`` that was published (report, identity), if known."""
        entry = self.cache.last_good_key(self._source_key(source, context))
        if not isinstance(entry, tuple) or len(entry) != 2:
            return None
        base, identity = entry
        outcome = self.cache.get(base)
        if outcome is None or outcome.report is None or getattr(outcome, "inputs", None) is None:
            return None
        if self.identity(base, outcome) != identity:
            return None  # that entry was replaced (its inputs changed): the version is gone
        if outcome.report.is_draft and not context.drafts:
            return None
        self._bases[identity] = base
        return outcome.report, identity

    def mark_good(self, source: str, identity: str | None, context: BuildContext) -> None:
        """``source`` was published in the version with ``identity`` (it passed every check)."""
        base = self._bases.get(identity or "")
        if base is not None and identity is not None:
            self.cache.set_last_good(self._source_key(source, context), (base, identity))

    def forget_gone(self, sources: Iterable[str], context: BuildContext) -> None:
        """Forget the last good versions of sources that no longer exist."""
        self.cache.drop_last_good(self._source_key(s, context) for s in sources)

    # -- renders ------------------------------------------------------------------------------
    def _base(self, context: BuildContext) -> str:
        if self._render_base is None:
            self._render_base = render_fingerprint(self.cache.fingerprint, context.outputs, context.output_dir, context.publications)
        return self._render_base

    def report_fingerprint(self, report_key: str | None, slug: str, context: BuildContext) -> str | None:
        if report_key is None:
            return None
        return blake(f"{self._base(context)}\0{report_key}\0{slug}".encode())

    def collection_fingerprint(self, keys: list[tuple[str, str | None]], context: BuildContext) -> str | None:
        if any(key is None for _slug, key in keys):
            return None
        return blake("\n".join([self._base(context), *(f"{slug}\0{key}" for slug, key in keys)]).encode())

    def _index(self) -> RenderIndex:
        if self._render_index is None:
            self._render_index = self.cache.render_index(self.output_dir)
        return self._render_index

    def reusable(self, slug: str, fingerprint: str | None, context: BuildContext, manifest: dict[str, str]) -> tuple[list[str], Inputs] | None:
        """The paths and inputs of an earlier render of ``slug`` if its files are intact and its inputs hold."""
        if fingerprint is None:
            return None
        index = self._index()
        paths = index.intact(slug, fingerprint, context.output_dir)
        if paths is None or not all(p in manifest for p in paths):
            return None
        record = index.records[slug]
        if not record.inputs.current(context.probe, context.key_digests()):
            return None
        return paths, record.inputs

    def record_renders(self, jobs: dict[str, RenderJob], on_disk: set[str], pending: set[str], context: BuildContext,
                       slugs: Iterable[str] | None = None) -> None:
        """Remember the renders whose artefacts are all on disk; forget the others.

        A job with an artefact in ``pending`` (a slow artefact still to be written) is
        left unsettled and recorded by a later call. ``slugs``: the reports still
        published (records of the others are dropped).
        """
        index = self._index()
        for slug, job in jobs.items():
            if job.settled or any(p in pending for p in job.produced):
                continue
            if job.fingerprint and job.clean and job.produced and all(p in on_disk for p in job.produced):
                index.record(slug, job.fingerprint, job.produced, job.inputs, context.output_dir)
            else:
                index.forget(slug)
            job.settled = True
        if slugs is not None:
            index.retain([COLLECTIONS, *slugs])
        index.save()

    def flush(self) -> None:
        self.cache.flush()


def for_builder(cache: BuildCache | None, config: Config, host: PluginHost, output_dir: Path) -> NoCache:
    return NoCache() if cache is None else Incremental(cache, config, host, output_dir)


def worker_identity(data: bytes) -> str:
    """The hash worker processes tag their outcomes with (checked against the bytes read here)."""
    return blake(data)


