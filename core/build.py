"""The pipeline: read, validate, transform, render, guard, write.

The core does all the I/O; plugins only turn data into data. One bad report is
reported and skipped and never stops the others.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import stat
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .config import Config
from .context import BuildContext
from .discovery import Discovery, discover_or_refuse, is_ignored  # noqa: F401  (is_ignored: used by watch)
from .model import Artifact, Problem, Report, Source
from .pluginhost import PluginHost
from .pruneguard import prune_refusal
from .rootcause import drop_explained, root_causes
from .slugs import bundle_stem, unreserved
from .writer import MANIFEST, OutputTree, UnsafePath, digest, safe_join

if TYPE_CHECKING:  # pragma: no cover
    from .cache import BuildCache

log = logging.getLogger("perskamer.build")

@dataclass
class ReportOutcome:
    """What happened to one source file in a build."""

    source: str
    status: str  # "built", "failed", "draft", "skipped"
    report: Report | None = None
    problems: list[Problem] = field(default_factory=list)
    #: The build cache's key for this outcome (``None`` without a cache).
    cache_key: str | None = None
    #: For a failed report: its last good version, still published (watch only).
    fallback: Report | None = None


@dataclass
class BuildResult:
    outcomes: list[ReportOutcome] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    written: list[str] = field(default_factory=list)
    unchanged: int = 0
    removed: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    seconds: float = 0.0
    #: Slow artefacts (with a producer) left for :meth:`Builder.write_deferred` (``build(defer_slow=True)``).
    deferred: list[Artifact] = field(default_factory=list)
    #: Reports whose per-report artefacts were reused from an earlier build (cache).
    reused: int = 0
    #: Reports that were read and processed (not taken from the cache).
    processed: int = 0
    #: The context this build ran with (a deferred build finishes with it).
    context: BuildContext | None = field(default=None, repr=False)
    #: Whether ``perskamer_build_finished`` was called (deferred builds: after the slow artefacts).
    finished: bool = False
    #: Why nothing was built, written or removed (missing content folder, prune guard).
    refused: Problem | None = None
    _render_jobs: dict = field(default_factory=dict, repr=False)
    _on_disk: set = field(default_factory=set, repr=False)

    @property
    def reports(self) -> list[Report]:
        return [o.report for o in self.outcomes if o.status == "built" and o.report is not None]

    @property
    def published(self) -> list[Report]:
        """The reports in the outputs: built ones plus failed ones' last good versions (watch)."""
        out = []
        for o in self.outcomes:
            if o.status == "built" and o.report is not None:
                out.append(o.report)
            elif o.status == "failed" and o.fallback is not None:
                out.append(o.fallback)
        return out

    @property
    def failed(self) -> list[ReportOutcome]:
        return [o for o in self.outcomes if o.status == "failed"]

    @property
    def all_problems(self) -> list[Problem]:
        return [p for o in self.outcomes for p in o.problems] + self.problems

    @property
    def ok(self) -> bool:
        return not self.failed and not any(p.severity == "error" for p in self.problems)


class Builder:
    """Runs the pipeline for one workspace; keep it around to rebuild (watch)."""

    def __init__(
        self,
        config: Config,
        host: PluginHost,
        *,
        outputs: Iterable[str] | None = None,
        content_dir: Path | None = None,
        output_dir: Path | None = None,
        drafts: bool | None = None,
        strict: bool = False,
        debug: bool = False,
        progress: Callable[[int, int], None] | None = None,
        cache: BuildCache | None = None,
        keep_last_good: bool = False,
        prune: bool = False,
    ):
        self.config = config
        self.host = host
        #: Only some outputs were asked for (``--only``): leave the others' files alone.
        self.partial = outputs is not None and set(outputs) != set(config.data["outputs"])
        self.context = BuildContext(
            config=config,
            content_dir=(content_dir or config.content_dir).resolve(),
            output_dir=(output_dir or config.output_dir).resolve(),
            outputs=set(outputs if outputs is not None else config.data["outputs"]),
            drafts=bool(config.data.get("drafts")) if drafts is None else drafts,
            strict=strict,
            debug=debug,
        )
        self.progress = progress
        self._suffixes: set[str] | None = None
        #: Processed reports and render records (``None``: every build reads everything).
        self.cache = cache
        #: Publish a failed report's last good version (from the cache) instead of dropping it.
        self.keep_last_good = keep_last_good
        #: ``--prune``: a build may unpublish most reports (or all: an empty content folder).
        self.prune = prune
        #: What the last :meth:`discover` found (refusal, unreadable folders).
        self.discovery = Discovery()
        #: A last check before anything is written (the published reports -> a refusal or ``None``);
        #: e.g. ``perskamer digest --select`` refuses a selection that matches no report.
        self.check_before_write: Callable[[list[Report]], Problem | None] | None = None
        #: Do not inspect an artefact whose bytes equal the file already written (watch:
        #: it is not being written, and a blocked artefact would stay on disk anyway).
        self.skip_unchanged_inspection = False
        #: Held while writing into the output folder (watch writes slow artefacts from a second thread).
        self.write_lock = threading.RLock()
        self._tree: OutputTree | None = None
        self._tree_stamp: tuple[int, int] | None = None
        self._render_fp: str | None = None
        self._render_jobs: dict[str, tuple[str | None, list[str], set[Path], bool]] = {}
        self._reused_paths: set[str] = set()
        self._asset_log: set[Path] | None = None
        if cache is not None:
            from .cache import processing_fingerprint

            cache.fingerprint = processing_fingerprint(config, host)
            self._track_assets()

    def _track_assets(self) -> None:
        """Note which assets (photos) each report's render reads, so a changed photo re-renders it."""
        resolve = self.context.resolve_asset

        def tracking_resolve(report: Report, ref: str) -> Path:
            path = resolve(report, ref)
            if self._asset_log is not None:
                self._asset_log.add(path)
            return path

        self.context.resolve_asset = tracking_resolve  # type: ignore[method-assign]

    def fresh_context(self) -> None:
        """Give the next build its own context (an empty ``shared``).

        Watch calls this before every rebuild: the slow artefacts of the previous
        build may still be being produced with the old context and its plugin state.
        """
        self.context = dataclasses.replace(self.context, shared={})
        if self.cache is not None:
            self._track_assets()

    # -- discovery -------------------------------------------------------------------
    @property
    def suffixes(self) -> set[str]:
        if self._suffixes is None:
            found: set[str] = set()
            for _name, result in self.host.call("perskamer_source_suffixes"):
                found.update(s.lower() for s in result)
            self._suffixes = found
        return self._suffixes

    def discover(self) -> tuple[list[Path], list[Problem]]:
        """Report files in the content folder, sorted; problems for files it cannot take.

        A refusal (content folder missing, unreadable or without reports) is among the
        problems and in ``self.discovery.refused``.
        """
        cache_dir = self.cache.base if self.cache is not None else self.config.cache_dir
        self.discovery = found = discover_or_refuse(
            self.context.content_dir, self.suffixes, exclude=(self.context.output_dir, cache_dir), allow_empty=self.prune or not self._output_tree().may_hold_reports(self._partial_outputs())
        )
        return found.paths, found.problems + ([found.refused] if found.refused else [])

    def rel(self, path: Path) -> str:
        try:
            return path.resolve().relative_to(self.context.content_dir).as_posix()
        except ValueError:
            return str(path)

    # -- per report ------------------------------------------------------------------
    def load_source(self, path: Path) -> Source | Problem:
        rel = self.rel(path)
        limit = self.config.max_source_bytes
        try:
            st = path.stat()
            if not stat.S_ISREG(st.st_mode):
                return Problem("error", "not a regular file", file=rel)
            if st.st_size > limit:
                return Problem(
                    "error",
                    f"the file is {st.st_size / 1e6:.1f} MB; reports may be at most {limit / 1e6:.0f} MB",
                    file=rel,
                    hint="a report is text plus one photo: compress or remove large images, or raise limits.max_source_mb",
                )
            with open(path, "rb") as handle:
                data = handle.read(limit + 1)
        except FileNotFoundError:
            return Problem("error", "the file disappeared while it was being read", file=rel, hint="it will be read again when it is back")
        except OSError as exc:
            return Problem("error", f"cannot read the file: {exc.strerror or exc}", file=rel)
        if len(data) > limit:
            return Problem("error", "the file grew beyond the size limit while it was read", file=rel)
        if not data.strip():
            return Problem("error", "the file is empty", file=rel, hint="fill in the report form or remove the file")
        return Source(path=path, rel=rel, data=data)

    def process(self, path: Path) -> ReportOutcome:
        """Read, validate and transform one source (or take the result from the cache)."""
        if self.cache is not None:
            return self._process_cached(path, self.cache)
        loaded = self.load_source(path)
        if isinstance(loaded, Problem):
            return ReportOutcome(loaded.file or self.rel(path), "failed", problems=[loaded])
        return self._precomputed_or_process(loaded, None)

    def _precomputed_or_process(self, source: Source, content_hash: str | None) -> ReportOutcome:
        """The outcome a worker process computed for exactly these bytes, or compute it now."""
        pre = self._precomputed.pop(source.rel, None)
        if pre is not None:
            from .cache import blake

            if pre[0] == (content_hash or blake(source.data)):
                return pre[1]
        return self.process_source(source)

    def _process_cached(self, path: Path, cache: BuildCache) -> ReportOutcome:
        from .cache import blake

        try:
            st: os.stat_result | None = path.stat()
        except OSError:
            st = None
        content_hash = cache.known_digest(path, st) if st is not None and stat.S_ISREG(st.st_mode) else None
        outcome = None
        key = cache.key(self._quick_rel(path), content_hash) if content_hash is not None else None
        if key is not None:
            outcome = cache.get(key)
        if outcome is None:
            loaded = self.load_source(path)
            if isinstance(loaded, Problem):
                return ReportOutcome(loaded.file or self.rel(path), "failed", problems=[loaded])
            hashed_at = time.time_ns()
            content_hash = blake(loaded.data)
            if st is not None:
                cache.remember_digest(path, st, content_hash, hashed_at)
            key = cache.key(self._quick_rel(path), content_hash)
            cache.stats.files_read += 1
            outcome = cache.get(key)
            if outcome is None:
                outcome = self._precomputed_or_process(loaded, content_hash)
                outcome.cache_key = key
                self._processed_count += 1
                if _cacheable(outcome):
                    cache.put(key, outcome)
        outcome.cache_key = key
        if outcome.status in ("built", "draft") and outcome.report is not None:
            outcome.status = "draft" if outcome.report.is_draft and not self.context.drafts else "built"
        source_key = f"{self.context.content_dir}\0{outcome.source}"
        if outcome.status in ("built", "draft"):
            cache.set_last_good(source_key, key)
        elif outcome.status == "failed" and self.keep_last_good:
            good_key = cache.last_good_key(source_key)
            good = cache.get(good_key) if good_key else None
            if good is not None and good.report is not None and not (good.report.is_draft and not self.context.drafts):
                outcome.fallback = good.report
                self._fallback_keys[id(good.report)] = good_key
        return outcome

    def _quick_rel(self, path: Path) -> str:
        """``rel`` without resolving (discover's paths already lie in the resolved content folder)."""
        root = str(self.context.content_dir)
        text = str(path)
        if text.startswith(root + os.sep):
            return text[len(root) + 1 :].replace(os.sep, "/")
        return self.rel(path)

    _processed_count = 0
    _reused_reports = 0
    _fallback_keys: dict[int, str] = {}  # replaced per build

    def process_source(self, source: Source) -> ReportOutcome:
        """Read, validate and transform a source whose bytes are loaded."""
        problems: list[Problem] = []
        results = self.host.call("perskamer_read_source", problems=problems, about=source.rel, first=True, source=source, context=self.context)
        if not results:
            if not problems:
                problems.append(Problem("error", "no reader could read this file", file=source.rel))
            return ReportOutcome(source.rel, "failed", problems=problems)
        report: Report = results[0][1]
        report.problems[:0] = problems
        report.slug = unreserved(report.slug, [bundle_stem(self.context.options("pdf"))])
        fatal = root_causes(report.problems)
        if fatal is not None:  # the file could not be read at all: later checks would only echo it
            report.problems[:] = fatal
            return ReportOutcome(source.rel, "failed", report=report, problems=report.problems)
        read_problems = list(report.problems)
        for _name, found in self.host.call("perskamer_validate_report", problems=report.problems, about=source.rel, report=report, context=self.context):
            report.problems.extend(drop_explained(read_problems, found))
        if report.has_errors:
            return ReportOutcome(source.rel, "failed", report=report, problems=report.problems)
        report = self.host.call_chain("perskamer_transform_report", report, problems=report.problems, about=source.rel, context=self.context)
        if report.has_errors:
            return ReportOutcome(source.rel, "failed", report=report, problems=report.problems)
        if report.is_draft and not self.context.drafts:
            return ReportOutcome(source.rel, "draft", report=report, problems=report.problems)
        return ReportOutcome(source.rel, "built", report=report, problems=report.problems)

    # -- whole build -----------------------------------------------------------------
    def process_all(self, paths: list[Path]) -> list[ReportOutcome]:
        self._precomputed = {}
        try:
            self._process_in_workers(paths)
        except Exception:  # the sequential pass below computes whatever is missing
            log.debug("parallel processing failed; continuing sequentially", exc_info=True)
        outcomes = []
        for i, path in enumerate(paths, 1):
            outcomes.append(self.process(path))
            if self.progress:
                self.progress(i, len(paths))
        if self.cache is not None:
            self.cache.flush()
        return outcomes

    # -- using both cores ------------------------------------------------------------------
    _precomputed: dict[str, tuple[str, ReportOutcome]] = {}

    def _uncached(self, paths: list[Path]) -> list[Path]:
        """The paths whose processed report is not in the cache (a cheap check by stat)."""
        if self.cache is None:
            return list(paths)
        missing = []
        for path in paths:
            try:
                st = path.stat()
            except OSError:
                continue
            digest = self.cache.known_digest(path, st)
            if digest is None or not self.cache.contains(self.cache.key(self._quick_rel(path), digest)):
                missing.append(path)
        return missing

    def _process_in_workers(self, paths: list[Path]) -> None:
        """Read, validate and transform uncached reports in worker processes.

        Reports are independent, so a cold build spreads them over the cores (forked
        workers inherit the loaded plugins, lexicons and taxonomy). Results are only
        kept in ``_precomputed``; the ordinary sequential pass then uses them, so cache
        bookkeeping, ordering and error handling stay in one place.
        """
        workers = parallel_workers()
        if workers < 2 or len(paths) < PARALLEL_MIN_REPORTS:
            return
        missing = self._uncached(paths)
        if len(missing) < PARALLEL_MIN_REPORTS:
            return
        # Warm the plugins up in this process first (lexicons, compiled patterns), so
        # the workers share them instead of each loading its own.
        first = self.load_source(missing[0])
        if isinstance(first, Source):
            from .cache import blake

            self._precomputed[first.rel] = (blake(first.data), self.process_source(first))
        _join_warm_up_threads()
        if threading.active_count() > 1:  # forking a threaded process is unsafe
            return
        import multiprocessing

        global _WORKER_BUILDER
        _WORKER_BUILDER = self
        try:
            with multiprocessing.get_context("fork").Pool(workers) as pool:
                chunk = max(1, min(32, len(missing) // (workers * 8)))
                for result in pool.imap_unordered(_process_in_worker, missing[1:], chunksize=chunk):
                    if result is not None:
                        rel, digest, outcome = result
                        self._precomputed[rel] = (digest, outcome)
        finally:
            _WORKER_BUILDER = None

    # -- rendering, with reuse of unchanged reports' artefacts (cache) -----------------
    def _report_fingerprint(self, report: Report, keys: dict[int, str]) -> str | None:
        key = keys.get(id(report))
        if key is None or self.cache is None:
            return None
        from .cache import blake

        return blake(f"{self._render_base()}\0{key}\0{report.slug}".encode())

    def _render_base(self) -> str:
        """What every render depends on: config, templates, plugins, outputs (once per build)."""
        if self._render_fp is None:
            from .cache import render_fingerprint

            fingerprint = self.cache.fingerprint if self.cache is not None else ""
            self._render_fp = render_fingerprint(fingerprint, self.config, self.context.outputs, self.context.output_dir)
        return self._render_fp

    @contextmanager
    def _tracking_assets(self) -> Iterator[set[Path]]:
        self._asset_log = found = set()
        try:
            yield found
        finally:
            self._asset_log = None

    def render(self, reports: list[Report], problems: list[Problem], *, keys: dict[int, str] | None = None) -> list[Artifact]:
        """Per-report artefacts, then collection artefacts.

        With a cache and ``keys`` (``id(report)`` -> cache key), a report whose artefacts
        from an earlier build are intact and were made from the same inputs is not
        rendered again; its files are kept (see :class:`perskamer.cache.RenderIndex`).
        """
        artifacts: list[Artifact] = []
        self._render_jobs = {}
        self._reused_paths = set()
        self._reused_reports = 0
        index = self._render_index() if keys else None
        manifest = self._open_tree().manifest if index is not None else {}
        out = self.context.output_dir
        for report in reports:
            fingerprint = self._report_fingerprint(report, keys) if index is not None and keys else None
            if fingerprint is not None and index is not None:
                paths = index.intact(report.slug, fingerprint, out)
                if paths is not None and all(p in manifest for p in paths):
                    self._reused_paths.update(paths)
                    self._reused_reports += 1
                    continue
            before, before_report = len(problems), len(report.problems)
            produced: list[str] = []
            with self._tracking_assets() as assets:
                for _name, found in self.host.call("perskamer_render_report", problems=problems, about=report.source, report=report, context=self.context):
                    for artifact in found:
                        artifact.report = artifact.report or report.slug
                        produced.append(artifact.path)
                    artifacts.extend(found)
            clean = len(problems) == before and len(report.problems) == before_report
            self._render_jobs[report.slug] = (fingerprint, produced, assets, clean)
        # The collections (index, ambition pages, digest, bundle) depend on every
        # published report: with exactly the same reports, in the same order, from the
        # same config, templates and plugins, their files on disk are already right.
        collection_fp = self._collection_fingerprint(reports, keys) if index is not None and keys else None
        if collection_fp is not None and index is not None:
            paths = index.intact(COLLECTIONS, collection_fp, out)
            if paths is not None and all(p in manifest for p in paths):
                self._reused_paths.update(paths)
                return artifacts
        before = len(problems)
        produced = []
        with self._tracking_assets() as assets:
            for _name, found in self.host.call("perskamer_render_collection", problems=problems, reports=reports, context=self.context):
                produced.extend(a.path for a in found)
                artifacts.extend(found)
        self._render_jobs[COLLECTIONS] = (collection_fp, produced, assets, len(problems) == before)
        return artifacts

    def _collection_fingerprint(self, reports: list[Report], keys: dict[int, str]) -> str | None:
        if self.cache is None or any(id(r) not in keys for r in reports):
            return None
        from .cache import blake

        parts = [self._render_base(), *(f"{r.slug}\0{keys[id(r)]}" for r in reports)]
        return blake("\n".join(parts).encode())

    def _render_index(self):  # -> RenderIndex | None
        if self.cache is None:
            return None
        index = getattr(self, "_render_index_obj", None)
        if index is None:
            index = self._render_index_obj = self.cache.render_index(self.context.output_dir)
        return index

    def _record_renders(self, jobs: dict, written: set[str], pending: set[str], reports: list[Report] | None = None) -> None:
        """Remember the renders whose artefacts are all on disk; forget the others."""
        index = self._render_index()
        if index is None:
            return
        out = self.context.output_dir
        for slug, (fingerprint, produced, assets, clean) in list(jobs.items()):
            if any(p in pending for p in produced):
                continue  # recorded when the slow artefacts are written
            if fingerprint and clean and produced and all(p in written for p in produced):
                index.record(slug, fingerprint, produced, assets, out)
            else:
                index.forget(slug)
            del jobs[slug]
        if reports is not None:
            index.retain([COLLECTIONS, *(r.slug for r in reports)])
        index.save()

    # -- writing ---------------------------------------------------------------------
    def _open_tree(self) -> OutputTree:
        """The output tree; kept between builds while nobody else rewrote the manifest."""
        out = self.context.output_dir
        try:
            st = os.stat(out / MANIFEST)
            stamp: tuple[int, int] | None = (st.st_mtime_ns, st.st_size)
        except OSError:
            stamp = None
        if self._tree is None or self._tree.root != out or stamp != self._tree_stamp or stamp is None:
            self._tree = OutputTree.open(out)
            self._tree_stamp = stamp
        return self._tree

    def _save_tree(self, tree: OutputTree) -> None:
        tree.save()
        try:
            st = os.stat(tree.root / MANIFEST)
            self._tree_stamp = (st.st_mtime_ns, st.st_size)
        except OSError:
            self._tree_stamp = None

    def _guard_and_write_one(self, tree: OutputTree, artifact: Artifact, reports: list[Report], result: BuildResult) -> bool:
        """Inspect and write one artefact; return whether it is on disk now."""
        if self.skip_unchanged_inspection and artifact.data is not None and _already_written(tree, artifact.path, artifact.data):
            result.unchanged += 1
            return True
        try:
            text = artifact.text_for_scan()
        except Exception as exc:  # a producer failed
            result.problems.append(Problem("error", f"could not render {artifact.path}: {type(exc).__name__}: {exc}", plugin=artifact.output or None))
            return False
        found: list[Problem] = []
        for _name, issues in self.host.call(
            "perskamer_inspect_artifact", problems=found, about=artifact.path, artifact=artifact, text=text, reports=reports, context=self.context
        ):
            found.extend(issues)
        result.problems.extend(found)
        if any(p.severity == "error" for p in found):
            result.blocked.append(artifact.path)
            return False
        try:
            if tree.write(artifact.path, artifact.get_bytes(), artifact.output or None, artifact.report):
                result.written.append(artifact.path)
            else:
                result.unchanged += 1
            return True
        except UnsafePath as exc:
            result.problems.append(Problem("error", str(exc), plugin=artifact.output or None))
        except OSError as exc:
            result.problems.append(Problem("error", f"cannot write {artifact.path}: {exc.strerror or exc}"))
        except Exception as exc:  # a producer failed
            result.problems.append(Problem("error", f"could not render {artifact.path}: {type(exc).__name__}: {exc}", plugin=artifact.output or None))
        return False

    def guard_and_write(
        self, artifacts: list[Artifact], reports: list[Report], result: BuildResult, keep: set[str], *, defer_slow: bool = False
    ) -> None:
        """Inspect and write the artefacts, then remove what no output produced any more.

        With ``defer_slow``, artefacts that still have to be produced (a ``producer``,
        e.g. PDFs) are not made now but left in ``result.deferred`` for
        :meth:`write_deferred`; their earlier versions stay until then.
        """
        with self.write_lock:
            tree = self._open_tree() if self.cache is not None else OutputTree.open(self.context.output_dir)
            seen: dict[str, str] = {}
            written_paths: set[str] = set(self._reused_paths)
            result.unchanged += len(self._reused_paths)
            deferred: list[Artifact] = []
            site_files = {a.path: a.output for a in artifacts if not a.report}
            for artifact in artifacts:
                if artifact.report and artifact.path in site_files:
                    result.problems.append(_report_claims_site_file(artifact, site_files[artifact.path], reports))
                    continue
                if artifact.path in seen or artifact.path in self._reused_paths:
                    result.problems.append(
                        Problem("error", f"two outputs claim {artifact.path} ({seen.get(artifact.path, 'an earlier build')} and {artifact.output})", hint="rename one of the outputs")
                    )
                    continue
                seen[artifact.path] = artifact.output
                if defer_slow and artifact.data is None and (artifact.producer is not None or artifact.expand is not None):
                    deferred.append(artifact)
                    continue
                if artifact.expand is not None:
                    written_paths |= self._write_set_files(tree, self._expand(artifact, result), artifact, reports, result)
                    continue
                if self._guard_and_write_one(tree, artifact, reports, result):
                    written_paths.add(artifact.path)
            # Keep what we could not rebuild this time (a blocked artefact, a failed
            # report's last good pages, a slow artefact still to come): better stale than gone.
            pending = {a.path for a in deferred}
            sets = tuple(a.path for a in deferred if a.expand is not None)
            pending |= {p for p in tree.manifest if sets and p.startswith(sets)}
            keep_paths = written_paths | set(result.blocked) | pending | {p for p in tree.manifest if _belongs_to(p, keep)}
            # A build of some outputs only (--only, `perskamer digest`) cleans up after
            # those alone; a full build also removes what dropped out of `outputs:`.
            if self.discovery.unreadable:  # their reports' files stay: we could not see whether they still exist
                keep_paths |= set(tree.reports)
            result.removed = tree.remove_except(keep_paths, self.context.outputs if self.partial else None)
            if self.cache is None or result.written or result.removed or not (tree.root / MANIFEST).exists():
                self._save_tree(tree)
            result.deferred = deferred
            result._render_jobs = self._render_jobs
            result._on_disk = written_paths
            self._record_renders(result._render_jobs, written_paths, pending, reports)

    def write_deferred(self, result: BuildResult, reports: list[Report], *, cancelled: Callable[[], bool] = lambda: False) -> bool:
        """Produce and write ``result.deferred`` (watch's slow lane); return False if cancelled.

        ``cancelled`` is checked before each artefact and again, under the write lock,
        before its bytes are written, so a newer rebuild never sees an older slow
        artefact land after it.
        """
        written: set[str] = set()
        done = True
        _let_producers_see(result.context or self.context, cancelled)
        try:
            for artifact in list(result.deferred):
                if cancelled():
                    done = False
                    break
                if artifact.expand is not None:
                    if not self._write_set(artifact, reports, result, cancelled, written):
                        done = False
                        break
                    result.deferred.remove(artifact)
                    continue
                try:
                    artifact.get_bytes()
                except Exception as exc:
                    if cancelled():  # the producer stopped early (context.cancelled())
                        done = False
                        break
                    result.problems.append(Problem("error", f"could not render {artifact.path}: {type(exc).__name__}: {exc}", plugin=artifact.output or None))
                    result.deferred.remove(artifact)
                    continue
                with self.write_lock:
                    if cancelled():
                        done = False
                        break
                    tree = self._open_tree()
                    if self._guard_and_write_one(tree, artifact, reports, result):
                        written.add(artifact.path)
                        self._save_tree(tree)
                result.deferred.remove(artifact)
            with self.write_lock:
                if done and not cancelled():
                    self._record_renders(result._render_jobs, written | result._on_disk, set(), None)
        finally:
            self.finish(result)
        return done

    def _expand(self, set_artifact: Artifact, result: BuildResult) -> list[Artifact]:
        """Make the files of a set; the render job that returned it now names them instead of the folder."""
        assert set_artifact.expand is not None
        try:
            made = set_artifact.expand()
        except Exception as exc:
            result.problems.append(Problem("error", f"could not render {set_artifact.path}: {type(exc).__name__}: {exc}", plugin=set_artifact.output or None))
            made = []
        files = []
        for artifact in made:
            if not artifact.path.startswith(set_artifact.path) or artifact.expand is not None:
                result.problems.append(Problem("error", f"{artifact.path} is not a file in {set_artifact.path}", plugin=set_artifact.output or None))
                continue
            artifact.output = artifact.output or set_artifact.output
            artifact.report = artifact.report or set_artifact.report
            files.append(artifact)
        job = self._render_jobs.get(set_artifact.report or COLLECTIONS)
        if job is not None:
            produced = job[1]
            if set_artifact.path in produced:
                produced.remove(set_artifact.path)
            produced.extend(a.path for a in files)
        set_artifact.expand = None
        return files

    def _write_set_files(self, tree: OutputTree, files: list[Artifact], set_artifact: Artifact, reports: list[Report], result: BuildResult) -> set[str]:
        """Inspect and write a set's files in the order the plugin gave; return those on disk.

        A file the guard blocks stops the set: the files after it (an index that holds its
        words) are not published either. Plugins put what the guard can read first.
        """
        written: set[str] = set()
        for artifact in files:
            if self._guard_and_write_one(tree, artifact, reports, result):
                written.add(artifact.path)
            elif artifact.path in result.blocked:
                rest = [a.path for a in files[files.index(artifact) + 1 :]]
                result.blocked.extend(rest)
                result.problems.append(Problem("error", f"{set_artifact.path} is not published: the guard stopped {artifact.path}", plugin=set_artifact.output or None))
                break
        return written

    def _write_set(self, set_artifact: Artifact, reports: list[Report], result: BuildResult, cancelled: Callable[[], bool], written: set[str]) -> bool:
        """Watch's slow lane: make and write a set, then drop the files of its folder it no longer has."""
        files = self._expand(set_artifact, result)
        with self.write_lock:
            if cancelled():
                return False
            tree = self._open_tree()
            done = self._write_set_files(tree, files, set_artifact, reports, result)
            written |= done
            if len(done) == len(files):  # all or nothing for the browser: stale files go once the new ones are there
                fresh = {a.path for a in files}
                stale = {p for p in tree.manifest if p.startswith(set_artifact.path) and p not in fresh}
                result.removed.extend(tree.remove_except(set(tree.manifest) - stale))
            self._save_tree(tree)
        return True

    def finish(self, result: BuildResult) -> None:
        """Call ``perskamer_build_finished`` once for ``result`` (with the context it was built with)."""
        if result.finished:
            return
        result.finished = True
        self.host.call("perskamer_build_finished", problems=result.problems, context=result.context or self.context, result=result)

    def build(self, *, defer_slow: bool = False) -> BuildResult:
        """One whole build. ``defer_slow``: leave artefacts with a producer for :meth:`write_deferred`."""
        start = time.perf_counter()
        result = BuildResult()
        self._processed_count = 0
        # Core per-build state (photos already prepared) must not outlive a build in watch.
        self.context.shared.pop("photo-cache", None)
        self._fallback_keys = {}
        if self.cache is not None:
            self.cache.begin()
            self._render_fp = None
        _ = self.suffixes  # asked before the plugins' load problems are copied, so a failing reader is reported
        result.problems.extend(self.host.load_problems)
        self.host.call("perskamer_build_started", problems=result.problems, context=self.context)
        paths, problems = self.discover()
        result.problems.extend(problems)
        if self.discovery.refused is not None:
            return self._refuse(result, self.discovery.refused, start)
        result.outcomes = self.process_all(paths)
        result.processed = self._processed_count
        reports = sorted(result.published if self.keep_last_good else result.reports, key=report_sort_key)
        clashing = _clashing_slugs(reports, result)
        reports = [r for r in reports if r.slug not in clashing]
        keys = dict(self._fallback_keys)
        for outcome in result.outcomes:
            if outcome.cache_key and outcome.report is not None:
                keys[id(outcome.report)] = outcome.cache_key
        artifacts = self.render(reports, result.problems, keys=keys if self.cache is not None else None)
        result.reused = self._reused_reports
        failed_slugs = {o.report.slug for o in result.failed if o.report is not None}
        failed_slugs |= {o.fallback.slug for o in result.failed if o.fallback is not None}
        refusal = self._too_many_removed({r.slug for r in reports} | failed_slugs)
        if refusal is None and self.check_before_write is not None:
            refusal = self.check_before_write(reports)
        if refusal is not None:
            result.problems.append(refusal)
            return self._refuse(result, refusal, start)
        self.guard_and_write(artifacts, reports, result, keep=failed_slugs, defer_slow=defer_slow)
        if self.cache is not None:
            self.cache.drop_last_good(f"{self.context.content_dir}\0{o.source}" for o in result.outcomes)
            self.cache.flush()
        result.seconds = time.perf_counter() - start
        result.context = self.context
        if not result.deferred:
            self.finish(result)  # else: write_deferred finishes it, after the slow artefacts
        return result

    def _refuse(self, result: BuildResult, problem: Problem, start: float) -> BuildResult:
        """End a build that must not touch the output folder (see :mod:`perskamer.discovery`)."""
        result.refused = problem
        result.seconds = time.perf_counter() - start
        result.context = self.context
        self.finish(result)
        return result

    def _output_tree(self) -> OutputTree:
        with self.write_lock:
            return self._open_tree() if self.cache is not None else OutputTree.open(self.context.output_dir)

    def _partial_outputs(self) -> set[str] | None:
        """The outputs a partial build (``--only``) cleans up after; ``None``: all."""
        return self.context.outputs if self.partial else None

    def _too_many_removed(self, kept: set[str]) -> Problem | None:
        """The prune guard's refusal when this build would unpublish too many reports."""
        return None if self.prune else prune_refusal(self._output_tree().published_reports(self._partial_outputs()), kept)

    # -- publishing ---------------------------------------------------------------------
    def wants_publish(self, asked: bool = False) -> bool:
        """Publish after a build: asked for (``--publish``) or a ``publish.target`` is configured."""
        return asked or bool(self.context.options("publish").get("target"))

    def publish(self) -> list[Problem]:
        """Run every ``perskamer_publish`` implementation; return the problems they reported."""
        problems: list[Problem] = []
        with self.write_lock:
            for _name, found in self.host.call("perskamer_publish", problems=problems, output_dir=self.context.output_dir, context=self.context):
                problems.extend(found)
        return problems


def _let_producers_see(context: BuildContext, cancelled: Callable[[], bool]) -> None:
    """Make ``cancelled`` what ``context.cancelled()`` answers, for long producers (the bundle)."""
    from .context import CANCEL_CHECK

    context.shared[CANCEL_CHECK] = cancelled


def _already_written(tree: OutputTree, path: str, data: bytes) -> bool:
    """Whether ``path`` holds exactly ``data`` already (by the manifest, checked by size)."""
    recorded = tree.manifest.get(path)
    if recorded is None or recorded != digest(data):
        return False
    try:
        return safe_join(tree.root, path).stat().st_size == len(data)
    except (OSError, UnsafePath):
        return False


#: The render index's record for the collection artefacts (not a possible slug).
COLLECTIONS = "\0collections"


def _cacheable(outcome: ReportOutcome) -> bool:
    """Outcomes with a crashed plugin are not cached: the crash may not repeat."""
    return not any(p.plugin and p.severity == "error" and " failed in " in p.message for p in outcome.problems)


#: Below this many uncached reports, starting worker processes costs more than it saves.
PARALLEL_MIN_REPORTS = 48

_WORKER_BUILDER: Builder | None = None


def parallel_workers() -> int:
    """How many worker processes a cold build uses (``PERSKAMER_WORKERS`` overrides)."""
    forced = os.environ.get("PERSKAMER_WORKERS", "").strip()
    if forced.isdigit():
        return int(forced)
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        return 0
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        cpus = os.cpu_count() or 1
    return min(cpus, 8)


def _join_warm_up_threads(timeout: float = 5.0) -> None:
    """Wait for plugins' warm-up threads (named ``...-warm-up``) before forking.

    A plugin may import a heavy library in the background while reports are read
    (the PDF output does); forking while that thread holds the import lock could
    deadlock a worker, and forking is only done with a single thread.
    """
    deadline = time.monotonic() + timeout
    for thread in threading.enumerate():
        if thread is not threading.current_thread() and thread.name.endswith("warm-up"):
            thread.join(max(0.0, deadline - time.monotonic()))


def _process_in_worker(path: Path) -> tuple[str, str, ReportOutcome] | None:
    builder = _WORKER_BUILDER
    if builder is None:  # pragma: no cover - only set around the pool
        return None
    loaded = builder.load_source(path)
    if not isinstance(loaded, Source):
        return None
    from .cache import blake

    return loaded.rel, blake(loaded.data), builder.process_source(loaded)


def report_sort_key(report: Report) -> tuple[str, str, str]:
    return (report.date.isoformat() if report.date else "9999", report.title.casefold(), report.slug)


def _belongs_to(path: str, slugs: set[str]) -> bool:
    """Whether an output path is one of a report's own artefacts (by its slug)."""
    name = path.rsplit("/", 1)[-1]
    stem = name.split(".", 1)[0]
    return stem in slugs or any(f"/{slug}/" in f"/{path}" for slug in slugs)


def _report_claims_site_file(artifact: Artifact, output: str, reports: list[Report]) -> Problem:
    """The report whose file would overwrite one of the site's own files (which wins)."""
    source = next((r.source for r in reports if r.slug == artifact.report), None)
    return Problem(
        "error",
        f"the report '{artifact.report}' would overwrite the site file {artifact.path} (of the {output} output): that file of the report is not published",
        file=source,
        hint="rename the report file",
    )


def _clashing_slugs(reports: list[Report], result: BuildResult) -> set[str]:
    """Slugs two reports share: both are held back (and named) rather than one overwriting the other."""
    clashing: set[str] = set()
    seen: dict[str, Report] = {}
    for report in reports:
        other = seen.get(report.slug)
        if other is not None:
            result.problems.append(
                Problem(
                    "error",
                    f"two reports would be published as '{report.slug}' ({other.source} and {report.source})",
                    file=report.source,
                    hint="rename one of the files",
                )
            )
            clashing.add(report.slug)
        seen[report.slug] = report
    return clashing
