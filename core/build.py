"""The pipeline: read, validate, transform, render, guard, write.

The core does all the I/O; plugins only turn data into data. One bad report is
reported and skipped and never stops the others.

:class:`Builder` runs the stages in that order and nothing else; what an earlier
build already did (the cache, render skipping, last good versions) is asked of the
incremental layer beside it (:mod:`perskamer.incremental`), which every build has
(a :class:`~perskamer.incremental.NoCache` when there is no cache).

The unit of failure is the report. A report that cannot be read or validated keeps
its last good version in every output; a report one of whose artefacts the leak
guard stops is withheld from every output (page, JSON, PDF) and the collections
(index, theme pages, digest, bundle, feeds) are rendered again without it (or with
its last good version). A collection is never withheld as a whole for one report.
"""

from __future__ import annotations

import dataclasses
import gc
import logging
import os
import stat
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import lockstep
from .cache import BuildCache
from .config import Config
from .context import CANCEL_CHECK, GUARD_AHEAD, GUARD_FRAGMENTS_AHEAD, BuildContext
from .discovery import Discovery, discover_or_refuse, is_ignored  # noqa: F401  (is_ignored: used by watch)
from .fragments import CUT, GuardMemo, cut_fragments
from .incremental import COLLECTIONS, NoCache, RenderJob, WorkerEntry, for_builder, worker_identity
from .inputs import Inputs, blake, recording
from .model import Artifact, Problem, Publication, Report, Source
from .pluginhost import PluginHost
from .pruneguard import prune_refusal
from .rootcause import drop_explained, root_causes
from .slugs import unreserved
from .stager import Stager
from .writer import MANIFEST, OutputTree, UnsafePath, digest, safe_join

log = logging.getLogger("perskamer.build")

#: How often the collections are rendered again after the guard traced a problem to a report.
MAX_COLLECTION_ROUNDS = 4


@dataclass
class ReportOutcome:
    """What happened to one source file in a build."""

    source: str
    status: str  # "built", "failed", "draft", "skipped"
    report: Report | None = None
    problems: list[Problem] = field(default_factory=list)
    #: The processed report's identity: its source, the code and its recorded inputs
    #: (``None`` without a cache). Renders are keyed on it.
    cache_key: str | None = None
    #: For a report that failed (or was withheld by the guard): its last good version, still published.
    fallback: Report | None = None
    #: What reading, validating and transforming the source used besides its bytes.
    inputs: Inputs = field(default_factory=Inputs)
    #: The identity of ``fallback``.
    fallback_key: str | None = None
    #: Set when the leak guard withheld the report (the problems say why).
    withheld: bool = False


@dataclass
class RenderPlan:
    """The artefacts of one build and where they came from.

    ``by_report`` holds each published report's own artefacts (slug -> list),
    ``collections`` the collection artefacts; ``reused`` the paths left on disk from
    an earlier, identical render; ``jobs`` what each render produced from what (for
    the render index). The slow lane of watch and the PERF layer work from this.
    """

    by_report: dict[str, list[Artifact]] = field(default_factory=dict)
    collections: list[Artifact] = field(default_factory=list)
    reused: set[str] = field(default_factory=set)
    jobs: dict[str, RenderJob] = field(default_factory=dict)
    #: Paths on disk after the fast part of the build (written, unchanged or reused).
    on_disk: set[str] = field(default_factory=set)
    #: Paths the guard already read (a deferred artefact is not inspected twice).
    inspected: set[str] = field(default_factory=set)
    #: The guard's warnings (its errors withhold a report or block an artefact).
    warnings: list[Problem] = field(default_factory=list)
    #: Collection artefacts the guard stopped without tracing it to a report: their last version stays.
    kept: set[str] = field(default_factory=set)
    #: Every artefact rendered in this build, withheld ones included (tests and previews read them).
    rendered: list[Artifact] = field(default_factory=list)
    #: The recorded inputs of the renders that were reused.
    reused_inputs: list[Inputs] = field(default_factory=list)
    #: The identity of each published report (by ``id``), for the guard's memo of fragments.
    identities: dict[int, str | None] = field(default_factory=dict)

    @property
    def artifacts(self) -> list[Artifact]:
        return [a for found in self.by_report.values() for a in found] + self.collections

    def producing(self, artifact: Artifact) -> AbstractContextManager[Any]:
        """Record what an artefact's producer reads (run later) as inputs of the render that made it."""
        job = self.jobs.get(artifact.report or COLLECTIONS)
        return nullcontext() if job is None or artifact.data is not None else recording(job.inputs)


@dataclass(frozen=True)
class GuardedAhead:
    """The guard's verdict on a report's file that a collection publishes later, reached in a
    worker process (:meth:`BuildContext.guard_ahead`), and what it was reached on."""

    path: str
    report: str
    media_type: str | None
    digest: str
    scan_text: str | None
    findings: tuple[Problem, ...]

    @staticmethod
    def fits(artifact: Artifact, report: Report) -> bool:
        """A file with its bytes, of this report, read whole (no fragments, not a set)."""
        return (artifact.report == report.slug and isinstance(artifact.data, bytes) and artifact.producer is None
                and artifact.expand is None and artifact.fragments is None)

    @classmethod
    def of(cls, artifact: Artifact, findings: list[Problem]) -> GuardedAhead:
        assert artifact.report is not None and artifact.data is not None
        return cls(artifact.path, artifact.report, artifact.media_type, digest(artifact.data), artifact.scan_text, tuple(findings))

    def read(self, artifact: Artifact) -> bool:
        """Whether ``artifact`` is what this verdict was reached on (the same path, report, media type, bytes and scan text)."""
        return (artifact.path == self.path and artifact.report == self.report and artifact.media_type == self.media_type
                and artifact.fragments is None and artifact.producer is None and artifact.expand is None
                and isinstance(artifact.data, bytes) and artifact.scan_text == self.scan_text and digest(artifact.data) == self.digest)


@dataclass(frozen=True)
class FragmentsPassed:
    """A report's fragments of a collection that the guard passed in a worker process
    (:meth:`BuildContext.guard_fragments_ahead`): it found nothing at all in them, read
    joined (as the collection's guard joins them) against the report alone."""

    #: The collection artefact's path, output and media type.
    path: str
    output: str
    media_type: str | None
    #: :func:`fragments_key` of the fragments as read.
    key: str


def fragments_key(text: str) -> str:
    """A hash of a report's fragments of a collection as the guard reads them (joined with ``CUT``)."""
    return blake(text.encode("utf-8", "surrogatepass"))


@dataclass
class PreRendered:
    """A report's own artefacts rendered (and guarded) in the worker process that read it.

    Made by the :func:`~perskamer.hookspecs.stateless` implementations of
    ``perskamer_render_report``; the main process calls the other implementations
    itself and keeps the order of all of them. ``findings`` holds the guard's problems
    per artefact (in the order of the artefacts) when every inspector is stateless,
    else ``None`` (the main process guards them).
    """

    #: Per plugin that ran in the worker, in call order: its artefacts (``None``: it made
    #: none), the problems it reported (a crash) and the problems it added to the report.
    results: dict[str, tuple[list[Artifact] | None, list[Problem], list[Problem]]]
    inputs: Inputs = field(default_factory=Inputs)
    findings: list[list[Problem]] | None = None
    #: What the renders handed over for the collections (:meth:`BuildContext.hand_over`).
    handed: dict[str, Any] = field(default_factory=dict)
    #: The guard's verdicts on the files a collection publishes later (:meth:`BuildContext.guard_ahead`).
    ahead: list[GuardedAhead] = field(default_factory=list)
    #: The report's fragments of collections the guard passed (:meth:`BuildContext.guard_fragments_ahead`).
    passed: list[FragmentsPassed] = field(default_factory=list)

    @property
    def artifacts(self) -> list[Artifact]:
        return [a for found, _problems, _added in self.results.values() for a in found or []]


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
    #: The artefacts and render jobs of this build (``None`` before rendering).
    plan: RenderPlan | None = field(default=None, repr=False)
    #: The reports in the outputs, in publishing order (current or last good versions).
    published_reports: list[Report] = field(default_factory=list, repr=False)

    @property
    def reports(self) -> list[Report]:
        return [o.report for o in self.outcomes if o.status == "built" and o.report is not None and not o.withheld]

    @property
    def published(self) -> list[Report]:
        """The reports in the outputs: built ones plus failed or withheld ones' last good versions."""
        if self.published_reports:
            return list(self.published_reports)
        out = []
        for o in self.outcomes:
            if o.status == "built" and o.report is not None and not o.withheld:
                out.append(o.report)
            elif o.fallback is not None:
                out.append(o.fallback)
        return out

    @property
    def failed(self) -> list[ReportOutcome]:
        return [o for o in self.outcomes if o.status == "failed" or o.withheld]

    @property
    def withheld(self) -> list[ReportOutcome]:
        """Reports the leak guard kept out of every output."""
        return [o for o in self.outcomes if o.withheld]

    @property
    def all_problems(self) -> list[Problem]:
        return [p for o in self.outcomes for p in o.problems] + self.problems

    @property
    def ok(self) -> bool:
        return not self.failed and not any(p.severity == "error" for p in self.problems)


def _guard_hint(problems: list[Problem], source: str, tail: str) -> str:
    """The fix for a report the leak guard stopped: the guard's own when every problem gave one
    (a rule knows what is safe to do), else the general one; ``tail`` says what the others got."""
    if problems and all(p.hint for p in problems):
        return "; ".join(dict.fromkeys(p.hint for p in problems)) + "; " + tail
    return (f"check it with 'perskamer anonymise --preview {source}' and add the name to anonymise.deny "
            f"(or a word that is no name to anonymise.allow); {tail}")


class Builder:
    """Runs the pipeline for one workspace; keep it around to rebuild (watch).

    ``open_tree`` opens the output folder (default :meth:`OutputTree.open`; a test
    passes one that keeps the files in memory). ``cache`` turns on the incremental
    layer. ``keep_last_good``: a report that fails keeps its last good version in
    every output (needs the cache; on by default).
    """

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
        keep_last_good: bool = True,
        open_tree: Callable[[Path], OutputTree] = OutputTree.open,
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
        self.context.publications = self._publications()
        self.progress = progress
        self._suffixes: set[str] | None = None
        #: Processed reports and render records (``None``: every build reads everything).
        self.cache = cache
        self.incremental: NoCache = for_builder(cache, config, host, self.context.output_dir)
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
        self.open_tree = open_tree
        self._tree: OutputTree | None = None
        self._tree_stamp: tuple[int, int] | None = None
        #: Outcomes worker processes computed for this build: rel -> (hash of the bytes, outcome, its own artefacts).
        self.precomputed: dict[str, tuple[str, ReportOutcome, PreRendered | None]] = {}
        #: Artefacts rendered with the outcomes taken from ``precomputed``, by ``id()`` of the report.
        self.prerendered: dict[int, PreRendered] = {}
        #: Reports worker processes processed and stored in the cache: path -> (the entry, its own artefacts).
        self.stored_by_workers: dict[Path, tuple[WorkerEntry, PreRendered | None]] = {}
        #: How many reports worker processes processed in the last build.
        self.shared_out = 0
        #: Texts of collections (fragments, their own text) the guard passed, by report identity.
        self.guard_memo = GuardMemo()
        self._collector = _CollectorPause()
        #: The guard's verdicts a worker process reached on files a collection publishes later, by path:
        #: (the report object it was read for, the verdict). See :meth:`_verdict_ahead`.
        self.guarded_ahead: dict[str, tuple[Report, GuardedAhead]] = {}
        #: A report's fragments of a collection that the guard passed in a worker process, by
        #: (collection path, slug): (the report object, the verdict). See :meth:`_passed_ahead`.
        self.fragments_ahead: dict[tuple[str, str], tuple[Report, FragmentsPassed]] = {}
        self._slug_index: tuple[list[Report] | None, list[Report], dict[str, list[Report]]] = (None, [], {})

    def fresh_context(self) -> None:
        """Give the next build its own context (an empty ``shared``, fresh file signatures).

        Watch calls this before every rebuild: the slow artefacts of the previous
        build may still be being produced with the old context and its plugin state.
        """
        self.context = dataclasses.replace(self.context, shared={})

    def _publications(self) -> list[Publication]:
        """What the site's outputs announce they publish (see ``perskamer_publications``).

        The outputs of the config and those built this time: a build of some outputs
        only (``--only``, ``perskamer digest``) still links to what the others publish.
        """
        site_outputs = self.context.outputs | set(self.config.data.get("outputs") or [])
        found: list[Publication] = []
        for _name, announced in self.host.call("perskamer_publications", context=self.context):
            found.extend(p for p in announced if p.output in site_outputs)
        return found

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

    def quick_rel(self, path: Path) -> str:
        """``rel`` without resolving (discover's paths already lie in the resolved content folder)."""
        root = str(self.context.content_dir)
        text = str(path)
        if text.startswith(root + os.sep):
            return text[len(root) + 1 :].replace(os.sep, "/")
        return self.rel(path)

    # -- read, validate, transform (one report) -------------------------------------------
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
        outcome = self._stored_by_a_worker(path)
        if outcome is None:
            outcome = self.incremental.cached_outcome(path, self.quick_rel(path), self.context)
        if outcome is None:
            loaded = self.load_source(path)
            if isinstance(loaded, Problem):
                return ReportOutcome(loaded.file or self.rel(path), "failed", problems=[loaded])
            key, outcome = self.incremental.outcome_for(loaded, self.context)
            if outcome is None:
                outcome = self._precomputed_or_process(loaded)
                self.incremental.store(key, outcome)
                self._processed += 1
        if outcome.status in ("built", "draft") and outcome.report is not None:
            outcome.status = "draft" if outcome.report.is_draft and not self.context.drafts else "built"
        elif outcome.status == "failed" and self.keep_last_good:
            self._use_last_good(outcome)
        return outcome

    def _stored_by_a_worker(self, path: Path) -> ReportOutcome | None:
        """The outcome a worker process computed and stored in the cache for ``path`` (read and hashed there)."""
        found = self.stored_by_workers.pop(path, None)
        if found is None:
            return None
        entry, rendered = found
        outcome = self.incremental.adopt(path, entry)
        if rendered is not None and outcome.report is not None:
            self.prerendered[id(outcome.report)] = rendered
        self._processed += 1
        return outcome

    def _use_last_good(self, outcome: ReportOutcome) -> None:
        good = self.incremental.last_good(outcome.source, self.context)
        if good is not None and good[1] != outcome.cache_key:
            outcome.fallback, outcome.fallback_key = good

    def _precomputed_or_process(self, source: Source) -> ReportOutcome:
        """The outcome a worker process computed for exactly these bytes, or compute it now."""
        pre = self.precomputed.pop(source.rel, None)
        if pre is not None and pre[0] == worker_identity(source.data):
            identity, outcome, rendered = pre
            if rendered is not None and outcome.report is not None:
                self.prerendered[id(outcome.report)] = rendered
            return outcome
        return self.process_source(source)

    _processed = 0

    def process_source(self, source: Source) -> ReportOutcome:
        """Read, validate and transform a source whose bytes are loaded (inputs recorded)."""
        return lockstep.run(self.process_steps(source))

    def process_steps(self, source: Source) -> lockstep.Steps[ReportOutcome]:
        """:meth:`process_source` in steps, one per stage (see :mod:`perskamer.lockstep`)."""
        used = Inputs()
        outcome = yield from self._run_stages(source, lambda: self.context.recording(used))
        outcome.inputs = used
        return outcome

    def _run_stages(self, source: Source, record: Callable[[], AbstractContextManager[Inputs]]) -> lockstep.Steps[ReportOutcome]:
        """The stages; each runs inside ``record()`` (the inputs they use), never across a ``yield``."""
        problems: list[Problem] = []
        with record():
            results = self.host.call("perskamer_read_source", problems=problems, about=source.rel, first=True, source=source, context=self.context)
            if not results:
                if not problems:
                    problems.append(Problem("error", "no reader could read this file", file=source.rel))
                return ReportOutcome(source.rel, "failed", problems=problems)
            report: Report = results[0][1]
            report.problems[:0] = problems
            report.slug = unreserved(report.slug, self.context.reserved_names())
        fatal = root_causes(report.problems)
        if fatal is not None:  # the file could not be read at all: later checks would only echo it
            report.problems[:] = fatal
            return ReportOutcome(source.rel, "failed", report=report, problems=report.problems)
        yield
        read_problems = list(report.problems)
        with record():
            for _name, found in self.host.call("perskamer_validate_report", problems=report.problems, about=source.rel, report=report, context=self.context):
                report.problems.extend(drop_explained(read_problems, found))
        if report.has_errors:
            return ReportOutcome(source.rel, "failed", report=report, problems=report.problems)
        for name, _function in self.host.implementations("perskamer_transform_report"):
            yield
            with record():
                report = self.host.call_chain("perskamer_transform_report", report, problems=report.problems, about=source.rel, only={name}, context=self.context)
        with record():
            report.slug = unreserved(report.slug, self.context.reserved_names())  # a transform may rename it
        if report.has_errors:
            return ReportOutcome(source.rel, "failed", report=report, problems=report.problems)
        if report.is_draft and not self.context.drafts:
            return ReportOutcome(source.rel, "draft", report=report, problems=report.problems)
        return ReportOutcome(source.rel, "built", report=report, problems=report.problems)

    def process_all(self, paths: list[Path]) -> list[ReportOutcome]:
        self.precomputed = {}
        self.prerendered = {}
        self.guarded_ahead = {}
        self.fragments_ahead = {}
        self.stored_by_workers = {}
        outcomes = []
        try:
            with self._workers(paths) as wait_for:
                for i, path in enumerate(paths, 1):
                    wait_for(path)
                    outcomes.append(self.process(path))
                    if self.progress:
                        self.progress(i, len(paths))
        finally:  # (stopped too: the entries taken so far -- the workers' in packs -- are kept for the next build)
            self.incremental.flush()
        return outcomes

    # -- using every core ------------------------------------------------------------------
    @contextmanager
    def _workers(self, paths: list[Path]) -> Iterator[Callable[[Path], None]]:
        """Share the uncached reports out over worker processes; yield ``wait_for(path)``.

        Reports are independent, so a cold build spreads them over the cores (forked
        workers inherit the loaded plugins, lexicons, taxonomy and compiled templates).
        A worker reads, validates and transforms a report and renders and guards its
        own artefacts with the stateless hooks (:meth:`prerender`), a batch of reports
        at a time, stage by stage across the batch (:func:`worker_batches`). ``wait_for(path)``
        returns once the workers' result for ``path`` (if they have it) is in
        ``precomputed``: the sequential pass then takes it from there, so cache
        bookkeeping, ordering and error handling stay in one place, and it runs while
        the workers go on with the next reports. Results come in the order of ``paths``.
        """
        self.shared_out = 0
        from .workerpool import fork_pool

        global _WORKER_BUILDER
        frozen, pool = False, None
        try:
            workers, shared = self._share_out(paths)
            if shared:
                _WORKER_BUILDER = self
                frozen = _freeze_for_fork()
                pool = fork_pool(workers, initializer=_start_worker, initargs=(self._collector.paused,))
        except Exception:  # the sequential pass computes everything
            log.debug("cannot use worker processes; processing here", exc_info=True)
        if pool is None:
            self._collector.resume()  # the reports are processed here
            _WORKER_BUILDER = None
            if frozen:
                gc.unfreeze()
            yield _no_wait
            return
        try:
            with pool:
                batches = worker_batches(shared, workers)
                results = pool.imap(_process_in_worker, batches)
                queue = iter(batches)
                pending = set(shared)

                def wait_for(path: Path) -> None:
                    while path in pending:
                        sent = next(queue)
                        pending.difference_update(sent)
                        try:
                            found = next(results)
                        except Exception:  # that batch failed in the worker: the sequential pass does it
                            log.debug("a worker process failed on %s; processing them here", sent, exc_info=True)
                            continue
                        for path_sent, result in zip(sent, found, strict=True):
                            if result is None:
                                continue
                            rel, identity, outcome, rendered, stored = result
                            if stored is not None:
                                self.stored_by_workers[path_sent] = (stored, rendered)
                            elif outcome is not None:
                                self.precomputed[rel] = (identity, outcome, rendered)
                            self.shared_out += 1

                yield wait_for
        finally:
            _WORKER_BUILDER = None
            if frozen:
                gc.unfreeze()

    def _share_out(self, paths: list[Path]) -> tuple[int, list[Path]]:
        """(workers, the reports to give them); ``[]``: do them all here.

        Worth it from :data:`PARALLEL_MIN_REPORTS` uncached reports. The first one is
        processed (and rendered) here first, so the plugins' lazily loaded data and the
        compiled templates are in memory before the fork and shared with the workers.
        """
        workers = parallel_workers()
        if workers < 2 or len(paths) < PARALLEL_MIN_REPORTS:
            return workers, []
        missing = [p for p in paths if not self.incremental.is_cached(p, self.quick_rel(p), self.context)]
        if len(missing) < PARALLEL_MIN_REPORTS:
            return workers, []
        first = self.load_source(missing[0])
        if isinstance(first, Source):
            outcome = self.process_source(first)
            self.precomputed[first.rel] = (worker_identity(first.data), outcome, self.prerender(outcome))
        _join_warm_up_threads()
        if threading.active_count() > 1:  # forking a threaded process is unsafe
            return workers, []
        return workers, missing[1:]

    # -- render (and guard) ------------------------------------------------------------------
    def render_report(self, report: Report, report_key: str | None, plan: RenderPlan, problems: list[Problem], manifest: dict[str, str],
                      *, reuse: bool = True, premade: PreRendered | None = None) -> list[Artifact] | None:
        """One report's own artefacts, or ``None`` when an identical earlier render is on disk.

        The render's inputs are recorded; with a cache, reused paths go to ``plan.reused``.
        ``premade``: what a worker process rendered of it (see :meth:`prerender`).
        """
        fingerprint = self.incremental.report_fingerprint(report_key, report.slug, self.context)
        found = self.incremental.reusable(report.slug, fingerprint, self.context, manifest) if reuse else None
        if found is not None:
            plan.reused.update(found[0])
            plan.reused_inputs.append(found[1])
            plan.jobs.pop(report.slug, None)
            return None
        before, before_report = len(problems), len(report.problems)
        artifacts: list[Artifact] = []
        with self.context.recording() as used:
            for _name, found in self._render_results(report, problems, premade):
                for artifact in found:
                    artifact.report = artifact.report or report.slug
                artifacts.extend(found)
            if premade is not None:
                used.merge(premade.inputs)
        plan.rendered.extend(artifacts)
        clean = len(problems) == before and len(report.problems) == before_report
        plan.jobs[report.slug] = RenderJob(fingerprint, [a.path for a in artifacts], used, clean)
        return artifacts

    def _render_results(self, report: Report, problems: list[Problem], premade: PreRendered | None) -> list[tuple[str, list[Artifact]]]:
        """``perskamer_render_report``'s results in call order; the implementations ``premade`` ran are not called again."""
        if premade is None:
            return self.host.call("perskamer_render_report", problems=problems, about=report.source, report=report, context=self.context)
        results: list[tuple[str, list[Artifact]]] = []
        for key, value in premade.handed.items():
            self.context.hand_over(report, key, value)
        for verdict in premade.ahead:
            self.guarded_ahead[verdict.path] = (report, verdict)
        for passed in premade.passed:
            self.fragments_ahead[(passed.path, report.slug)] = (report, passed)
        for name, _function in self.host.implementations("perskamer_render_report"):
            if name in premade.results:
                found, reported, added = premade.results[name]
                problems.extend(reported)
                report.problems.extend(added)
                results.extend([(name, found)] if found is not None else [])
                continue
            before = len(report.problems)
            results.extend(self.host.call("perskamer_render_report", problems=problems, about=report.source, only={name}, report=report, context=self.context))
            if len(report.problems) != before:
                # A renderer after this one may show the report's problems (the JSON does): the
                # worker's renders did not see this one's, so the rest is rendered here.
                premade = PreRendered({})
        return results

    def prerender(self, outcome: ReportOutcome) -> PreRendered | None:
        """Render (and guard) a processed report's own artefacts with the stateless renderers (in a worker process).

        ``None`` when there is nothing to do here: the report is not built, no renderer is
        stateless, or one returned an artefact without its bytes (the main process then
        renders the report as usual). The report is left as it was (problems the
        renderers add travel in the result), so it is cached exactly as a sequential build caches it.
        """
        return lockstep.run(self.prerender_steps(outcome))

    def prerender_steps(self, outcome: ReportOutcome) -> lockstep.Steps[PreRendered | None]:
        """:meth:`prerender` in steps: one per renderer, then the guard (see :mod:`perskamer.lockstep`)."""
        report = outcome.report
        plugins = self.host.stateless("perskamer_render_report")
        if outcome.status != "built" or report is None or not plugins:
            return None
        rendered = PreRendered({})
        start = len(report.problems)
        used = Inputs()
        guarding = not self.skip_unchanged_inspection and self.host.all_stateless("perskamer_inspect_artifact")
        for name, _function in self.host.implementations("perskamer_render_report"):
            if name in plugins:
                problems: list[Problem] = []
                before = len(report.problems)
                self.context.guarding_ahead = guarding
                try:
                    with self.context.recording(used):
                        found = self.host.call("perskamer_render_report", problems=problems, about=report.source, only={name}, report=report, context=self.context)
                finally:
                    self.context.guarding_ahead = False
                rendered.results[name] = (found[0][1] if found else None, problems, report.problems[before:])
                yield
        del report.problems[start:]
        rendered.inputs = used
        rendered.handed = self.context.take_handed(report)
        ahead = rendered.handed.pop(GUARD_AHEAD, [])
        pieces = rendered.handed.pop(GUARD_FRAGMENTS_AHEAD, [])
        artifacts = rendered.artifacts
        if any(a.data is None or a.producer is not None or a.expand is not None for a in artifacts):
            return None
        for artifact in artifacts:
            artifact.report = artifact.report or report.slug
        if guarding and all(a.report == report.slug for a in artifacts):
            rendered.findings = [self.inspect(a, [report], None) or [] for a in artifacts]
            rendered.ahead = [GuardedAhead.of(a, self.inspect(a, [report], None) or []) for a in ahead if GuardedAhead.fits(a, report)]
            rendered.passed = self._guard_fragments(report, pieces)
        return rendered

    def _guard_fragments(self, report: Report, declared: list[tuple[Artifact, list[str]]]) -> list[FragmentsPassed]:
        """The guard on a report's declared fragments of collections, in a worker process
        (:meth:`BuildContext.guard_fragments_ahead`): what it passed without a word.

        Read as :meth:`_inspect_composed` reads them: the report's fragments of one
        collection joined with ``CUT`` (each once, in page order), against the report
        alone, as a piece of the collection (its path, output and media type, ``report``
        ``None``). The same text is read once for all the collections declaring it, as
        the guard's memo does in the main process.
        """
        passed: list[FragmentsPassed] = []
        verdicts: dict[tuple[str, str, str | None], bool] = {}
        for collection, fragments in declared:
            text = CUT.join(dict.fromkeys(f for f in fragments if f))
            if not text or collection.report is not None:
                continue
            piece = Artifact(collection.path, output=collection.output, media_type=collection.media_type)
            seen = (text, piece.output, piece.media_type)
            ok = verdicts.get(seen)
            if ok is None:
                ok = verdicts[seen] = not self._guard(piece, text, [report])
            if ok:
                passed.append(FragmentsPassed(piece.path, piece.output, piece.media_type, fragments_key(text)))
        return passed

    def render_collections(self, reports: list[Report], keys: dict[int, str | None], plan: RenderPlan, problems: list[Problem], manifest: dict[str, str]) -> list[Artifact]:
        """The collection artefacts for ``reports`` (``[]`` when the files on disk are already right).

        The collections depend on every published report: with exactly the same
        reports, in the same order, from the same inputs, their files are kept.
        """
        fingerprint = self.incremental.collection_fingerprint([(r.slug, keys.get(id(r))) for r in reports], self.context)
        found = self.incremental.reusable(COLLECTIONS, fingerprint, self.context, manifest)
        if found is not None:
            plan.reused.update(found[0])
            plan.reused_inputs.append(found[1])
            plan.jobs.pop(COLLECTIONS, None)
            return []
        before = len(problems)
        artifacts: list[Artifact] = []
        with self.context.recording() as used:
            for _name, found in self.host.call("perskamer_render_collection", problems=problems, reports=reports, context=self.context):
                artifacts.extend(found)
        plan.rendered.extend(artifacts)
        plan.jobs[COLLECTIONS] = RenderJob(fingerprint, [a.path for a in artifacts], used, len(problems) == before)
        return artifacts

    def render(self, reports: list[Report], problems: list[Problem], *, keys: dict[int, str | None] | None = None) -> list[Artifact]:
        """Every artefact for ``reports`` (no guard, nothing written): for previews and tests."""
        plan = RenderPlan()
        keys = keys or {}
        for report in reports:
            plan.by_report[report.slug] = self.render_report(report, keys.get(id(report)), plan, problems, {}) or []
        plan.collections = self.render_collections(reports, keys, plan, problems, {})
        return plan.artifacts

    def inspect(self, artifact: Artifact, reports: list[Report], tree: OutputTree | None, plan: RenderPlan | None = None) -> list[Problem] | None:
        """The guard's problems with one artefact (``None``: it was not read, being unchanged on disk).

        A producer that fails while the text is made is a problem of the artefact too.
        """
        if self.skip_unchanged_inspection and tree is not None and artifact.data is not None and _already_written(tree, artifact.path, artifact.data):
            return None
        if self.guarded_ahead:
            found = self._verdict_ahead(artifact, reports)
            if found is not None:
                return found
        try:
            with plan.producing(artifact) if plan is not None else nullcontext():
                text = artifact.text_for_scan()
        except Exception as exc:  # a producer failed
            return [Problem("error", f"could not render {artifact.path}: {type(exc).__name__}: {exc}", plugin=artifact.output or None)]
        if artifact.fragments is not None:
            return self._inspect_composed(artifact, text, reports, plan.identities if plan is not None else {})
        return self._guard(artifact, text, reports)

    def _verdict_ahead(self, artifact: Artifact, reports: list[Report]) -> list[Problem] | None:
        """The verdict a worker process reached on exactly this file of exactly this report
        (see :class:`GuardedAhead`), or ``None``: read it here.

        Used only when the report the worker read it for is the one report of ``reports``
        with that slug (not a last good version that replaced it, nor a withheld one):
        the guard reads a report's own file against that report alone, in the worker as here.
        """
        entry = self.guarded_ahead.get(artifact.path)
        if entry is None:
            return None
        report, verdict = entry
        same = self._by_slug(reports).get(report.slug, [])
        if len(same) != 1 or same[0] is not report or not verdict.read(artifact):
            return None
        return [dataclasses.replace(p) for p in verdict.findings]

    def _by_slug(self, reports: list[Report]) -> dict[str, list[Report]]:
        """``reports`` by slug; one index per list (a set's files are all read against the same list)."""
        known, copy, index = self._slug_index
        if known is not reports or copy != reports:  # (the same objects: compared by identity, in C)
            index = {}
            for r in reports:
                index.setdefault(r.slug, []).append(r)
            self._slug_index = (reports, list(reports), index)
        return index

    def _guard(self, artifact: Artifact, text: str, reports: list[Report]) -> list[Problem]:
        """What every ``perskamer_inspect_artifact`` says about ``text`` (of ``artifact``, against ``reports``)."""
        found: list[Problem] = []
        for _name, issues in self.host.call(
            "perskamer_inspect_artifact", problems=found, about=artifact.path, artifact=artifact, text=text, reports=reports, context=self.context
        ):
            found.extend(issues)
        return found

    def _inspect_composed(self, artifact: Artifact, text: str, reports: list[Report], identities: dict[int, str | None]) -> list[Problem]:
        """The guard on a collection that declares its fragments (see :mod:`perskamer.fragments`).

        Each report's fragments are read against that report alone (as its own page is),
        the rest against every report; a text already passed for a report identity is
        not read again. The guard sees the collection's path, ``report`` ``None`` and,
        for a fragment, no ``fragments`` (so an inspector can tell the two apart).
        An error in a report's fragment is traced to it (``Problem.report``), as is an
        error in the rest that the guard run per report explains.
        """
        memo = self.guard_memo
        outside, parts = cut_fragments(text, artifact.fragments or [])
        by_slug = {r.slug: r for r in reports}
        own: dict[str, list[str]] = {}
        strays: list[str] = []
        for slug, fragment in parts:
            (own.setdefault(slug, []) if slug in by_slug else strays).append(fragment)
        if strays:  # a fragment of no published report: read with the collection's own text
            outside = CUT.join([outside, *strays])
        problems: list[Problem] = []
        piece = dataclasses.replace(artifact, data=None, producer=None, scan_text=None, fragments=None, expand=None)
        with self.context.recording(memo.inputs):
            problems += self._guard_once(artifact, outside, reports, identities)
            for slug, fragments in own.items():
                report = by_slug[slug]
                identity = identities.get(id(report))
                todo = [f for f in dict.fromkeys(fragments) if memo.unchecked(memo.key(f), [identity]) != []]
                if not todo:
                    continue
                joined = CUT.join(todo)
                found = [] if self._passed_ahead(piece, report, joined) else self._guard(piece, joined, [report])
                if any(p.severity == "error" for p in found):
                    problems += [dataclasses.replace(p, report=report.source) if p.severity == "error" else p for p in found]
                    continue
                problems += found
                for fragment in todo:
                    memo.note(memo.key(fragment), [identity])
        return problems

    def _passed_ahead(self, piece: Artifact, report: Report, joined: str) -> bool:
        """Whether a worker process's guard passed exactly ``joined`` as ``report``'s fragments of
        ``piece``'s collection (same path, output, media type), for this very report object
        (see :class:`FragmentsPassed`)."""
        entry = self.fragments_ahead.get((piece.path, report.slug))
        if entry is None or entry[0] is not report:
            return False
        passed = entry[1]
        return (piece.report is None and passed.output == piece.output and passed.media_type == piece.media_type
                and passed.key == fragments_key(joined))

    def _guard_once(self, artifact: Artifact, text: str, reports: list[Report], identities: dict[int, str | None]) -> list[Problem]:
        """The guard on ``text`` against the reports it has not passed for yet (all, the first time).

        An error is traced to the reports whose guard run alone finds it (``Problem.report``).
        """
        memo = self.guard_memo
        key = memo.key(text)
        wanted = [identities.get(id(r)) for r in reports]
        todo = memo.unchecked(key, wanted)
        concerned = reports if todo is None else [reports[i] for i in todo]
        if todo == []:
            return []
        found = self._guard(artifact, text, concerned)
        errors = [p for p in found if p.severity == "error"]
        if not errors:
            memo.note(key, [identities.get(id(r)) for r in concerned])
            return found
        traced = self._culprits(artifact, concerned, text) if concerned else []
        if not traced:
            return found
        return [p for p in found if p.severity != "error"] + [dataclasses.replace(p, report=r.source) for r in traced for p in errors]

    def _guard_report(self, artifacts: list[Artifact], reports: list[Report], tree: OutputTree, plan: RenderPlan, defer_slow: bool,
                      premade: PreRendered | None = None) -> dict[str, list[Problem]]:
        """Inspect a report's own artefacts; return the errors that withhold it, by artefact path.

        The guard's verdicts a worker process reached (``premade.findings``) are used as they are.
        """
        judged = {} if premade is None or premade.findings is None else {id(a): f for a, f in zip(premade.artifacts, premade.findings, strict=True)}
        errors: dict[str, list[Problem]] = {}
        for artifact in artifacts:
            if _read_when_made(artifact, defer_slow):
                continue  # read when it is produced (the slow lane) or, for a set, file by file
            found = judged[id(artifact)] if id(artifact) in judged else self.inspect(artifact, reports, tree, plan)
            plan.inspected.add(artifact.path)
            if found:
                stopped = [p for p in found if p.severity == "error"]
                if stopped:
                    errors[artifact.path] = stopped
                plan.warnings.extend(p for p in found if p.severity != "error")
        return errors

    def _culprits(self, artifact: Artifact, reports: list[Report], text: str | None = None) -> list[Report]:
        """The reports a problem in a collection artefact (or ``text`` of it) comes from (the guard run per report)."""
        text = artifact.text_for_scan() if text is None else text
        found = [report for report in reports if any(p.severity == "error" for p in self._guard(artifact, text, [report]))]
        return found if len(found) < len(reports) or len(reports) == 1 else []

    # -- writing ---------------------------------------------------------------------
    def _open_tree(self) -> OutputTree:
        """The output tree; kept between builds while nobody else rewrote the manifest."""
        out = self.context.output_dir
        if self.cache is None:
            return self.open_tree(out)
        try:
            st = os.stat(out / MANIFEST)
            stamp: tuple[int, int] | None = (st.st_mtime_ns, st.st_size)
        except OSError:
            stamp = None
        if self._tree is None or self._tree.root != out or stamp != self._tree_stamp or stamp is None:
            self._tree = self.open_tree(out)
            self._tree_stamp = stamp
        return self._tree

    def _save_tree(self, tree: OutputTree) -> None:
        tree.save()
        try:
            st = os.stat(tree.root / MANIFEST)
            self._tree_stamp = (st.st_mtime_ns, st.st_size)
        except OSError:
            self._tree_stamp = None

    def _write_one(self, tree: OutputTree, artifact: Artifact, result: BuildResult) -> bool:
        """Write one artefact (the guard has passed it); return whether it is on disk now."""
        try:
            with result.plan.producing(artifact) if result.plan is not None else nullcontext():
                data = artifact.get_bytes()
            if tree.write(artifact.path, data, artifact.output or None, artifact.report):
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

    def _guard_and_write_one(self, tree: OutputTree, artifact: Artifact, reports: list[Report], result: BuildResult, inspected: bool = False) -> bool:
        """Inspect (unless done already) and write one artefact; return whether it is on disk now."""
        if not inspected:
            found = self.inspect(artifact, reports, tree, result.plan)
            if found is None:
                result.unchanged += 1
                return True
            result.problems.extend(found)
            if any(p.severity == "error" for p in found):
                result.blocked.append(artifact.path)
                return False
        return self._write_one(tree, artifact, result)

    def write_deferred(self, result: BuildResult, reports: list[Report], *, cancelled: Callable[[], bool] = lambda: False,
                       pause: Callable[[], None] | None = None) -> bool:
        """Produce and write ``result.deferred`` (watch's slow lane); return False if cancelled.

        ``cancelled`` is checked before each artefact and again, under the write lock,
        before its bytes are written, so a newer rebuild never sees an older slow
        artefact land after it. ``pause`` (watch) may block until a newer rebuild's pages
        are written: it is called before each artefact and whenever a producer asks
        ``context.cancelled()``, never while the write lock is held.
        """
        written: set[str] = set()
        done = True
        if pause is not None:
            cancelled = _pausing(cancelled, pause, self.write_lock)
        _let_producers_see(result.context or self.context, cancelled)
        plan = result.plan or RenderPlan()
        left_out = _LeftOut(reports)
        try:
            for artifact in list(result.deferred):
                if cancelled():
                    done = False
                    break
                if artifact.expand is not None:
                    if not self._write_set(artifact, result, cancelled, written):
                        done = False
                        break
                    result.deferred.remove(artifact)
                    continue
                try:
                    with plan.producing(artifact):
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
                    made: Artifact | None = artifact
                    inspected = artifact.path in plan.inspected and artifact.path not in left_out.remade
                    if artifact.report is None and not inspected:
                        made, inspected = self._slow_collection(artifact, tree, plan, result, left_out), True
                    if made is not None and self._guard_and_write_one(tree, made, reports, result, inspected=inspected):
                        written.add(made.path)
                        self._save_tree(tree)
                result.deferred.remove(artifact)
            with self.write_lock:
                if done and not cancelled():
                    self.incremental.record_renders(plan.jobs, written | plan.on_disk, set(), self.context)
        finally:
            self.finish(result)
        return done

    def _slow_collection(self, artifact: Artifact, tree: OutputTree, plan: RenderPlan, result: BuildResult, left_out: _LeftOut) -> Artifact | None:
        """Guard a collection artefact made in the slow lane (the digest); ``None``: the guard stopped it.

        A problem the guard traces to a report leaves that report out of this and every
        later slow collection (they are made again without it) instead of holding the
        whole digest back; the report's pages, written already, passed their own guard.
        """
        for _round in range(MAX_COLLECTION_ROUNDS):
            current = left_out.remade.get(artifact.path, artifact)
            if current is not artifact:
                try:
                    with plan.producing(current):
                        current.get_bytes()
                except Exception as exc:
                    result.problems.append(Problem("error", f"could not render {current.path}: {type(exc).__name__}: {exc}", plugin=current.output or None))
                    return None
            found = self.inspect(current, left_out.reports, tree, plan)
            if found is None:  # unchanged on disk
                return current
            errors = [p for p in found if p.severity == "error"]
            if not errors:
                result.problems.extend(found)
                return current
            if current.fragments is not None:
                traced = [r for r in left_out.reports if any(p.report == r.source for p in errors)]
            else:
                traced = self._culprits(current, left_out.reports)
            if not traced:
                break
            for report in traced:
                own = [p for p in errors if p.report in (None, report.source)]
                rules = "; ".join(dict.fromkeys(p.message for p in own))
                result.problems.append(
                    Problem(
                        "error",
                        f"left out of {current.path} and the other collections made after the pages: the leak guard stopped its part ({rules})",
                        file=report.source,
                        hint=_guard_hint(own, report.source, "the other reports are in it"),
                        report=report.source,
                    )
                )
            left_out.leave_out(traced, self._remake_collections(left_out.without(traced), plan, result))
        else:
            found = [p for p in found if p.severity == "error"]
        result.problems.extend(found)
        result.blocked.append(artifact.path)
        return None

    def _remake_collections(self, reports: list[Report], plan: RenderPlan, result: BuildResult) -> dict[str, Artifact]:
        """The collection artefacts made again for ``reports`` (the slow lane left a report out)."""
        job = plan.jobs.get(COLLECTIONS)
        if job is not None:
            job.clean = False  # not reused next time: the guard sees the report again and says so again
        artifacts: list[Artifact] = []
        with recording(job.inputs) if job is not None else nullcontext():
            for _name, found in self.host.call("perskamer_render_collection", problems=result.problems, reports=reports, context=self.context):
                artifacts.extend(found)
        return {a.path: a for a in artifacts}

    def _expand(self, set_artifact: Artifact, result: BuildResult) -> list[Artifact]:
        """Make the files of a set; the render job that returned it now names them instead of the folder."""
        assert set_artifact.expand is not None
        plan = result.plan or RenderPlan()
        try:
            with plan.producing(set_artifact):
                made = set_artifact.expand()
        except Exception as exc:
            if not (result.context or self.context).cancelled():  # (else it stopped early, as asked: no error)
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
        job = plan.jobs.get(set_artifact.report or COLLECTIONS)
        if job is not None:
            if set_artifact.path in job.produced:
                job.produced.remove(set_artifact.path)
            job.produced.extend(a.path for a in files)
        plan.rendered.extend(files)
        set_artifact.expand = None
        return files

    def _write_set_files(self, tree: OutputTree, files: list[Artifact], set_artifact: Artifact, result: BuildResult) -> set[str]:
        """Inspect and write a set's files in the order the plugin gave; return those on disk.

        A file the guard blocks stops the set: the files after it (an index that holds its
        words) are not published either. Plugins put what the guard can read first.
        """
        written: set[str] = set()
        reports = result.published  # one list for every file (the guard indexes the reports of a list once)
        staging = tree.staged is None
        if staging:  # written ahead by a helper process while the guard reads them
            tree.staged = self._stage(tree, files)
        try:
            for artifact in files:
                if self._guard_and_write_one(tree, artifact, reports, result):
                    written.add(artifact.path)
                elif artifact.path in result.blocked:
                    rest = [a.path for a in files[files.index(artifact) + 1 :]]
                    result.blocked.extend(rest)
                    result.problems.append(Problem("error", f"{set_artifact.path} is not published: the guard stopped {artifact.path}", plugin=set_artifact.output or None))
                    break
        finally:
            if staging and tree.staged is not None:
                tree.staged.close()
                tree.staged = None
        return written

    def _write_set(self, set_artifact: Artifact, result: BuildResult, cancelled: Callable[[], bool], written: set[str]) -> bool:
        """Watch's slow lane: make and write a set, then drop the files of its folder it no longer has."""
        files = self._expand(set_artifact, result)
        with self.write_lock:
            if cancelled():
                return False
            tree = self._open_tree()
            done = self._write_set_files(tree, files, set_artifact, result)
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

    # -- the whole build -------------------------------------------------------------------
    def build(self, *, defer_slow: bool = False) -> BuildResult:
        """One whole build. ``defer_slow``: leave artefacts with a producer for :meth:`write_deferred`."""
        start = time.perf_counter()
        self.context.begin_build()
        self.context.pages_first = defer_slow
        result = BuildResult(context=self.context)
        self._processed = 0
        self.incremental.begin(self.context)
        _ = self.suffixes  # asked before the plugins' load problems are copied, so a failing reader is reported
        result.problems.extend(self.host.load_problems)
        self._collector.pause()  # (see _CollectorPause)
        try:
            self.host.call("perskamer_build_started", problems=result.problems, context=self.context)
            # read, validate, transform
            paths, problems = self.discover()
            result.problems.extend(problems)
            if self.discovery.refused is not None:
                return self._refuse(result, self.discovery.refused, start)
            result.outcomes = self.process_all(paths)
        finally:
            self._collector.resume()
        result.processed = self._processed
        with self.write_lock:
            tree = self._open_tree()
            # render and guard each report; then the collections of what passed
            plan = result.plan = RenderPlan()
            published = self._render_and_guard_reports(result, tree, plan, defer_slow)
            kept = {r.slug for r, _key in published} | {o.report.slug for o in result.outcomes if o.status == "failed" and o.report is not None}
            refusal = self._too_many_removed(kept, tree)
            if refusal is None and self.check_before_write is not None:
                refusal = self.check_before_write([r for r, _key in published])
            if refusal is not None:
                result.problems.append(refusal)
                return self._refuse(result, refusal, start)
            tree.staged = self._stage(tree, [a for found in plan.by_report.values() for a in found])  # written ahead while the collections are made
            try:
                self._render_and_guard_collections(result, published, tree, plan, defer_slow)
                result.published_reports = [report for report, _key in published]
                if tree.staged is not None:
                    tree.staged.sent()  # (a producer run while writing may fork: no thread then)
                # write
                self._write(result, tree, plan, defer_slow)
            finally:
                if tree.staged is not None:
                    tree.staged.close()
                    tree.staged = None
        for outcome in result.outcomes:
            if outcome.status == "built" and not outcome.withheld and outcome.report is not None:
                self.incremental.mark_good(outcome.source, outcome.cache_key, self.context)
        self.incremental.forget_gone((o.source for o in result.outcomes), self.context)
        self.incremental.flush()
        result.seconds = time.perf_counter() - start
        if not result.deferred:
            self.finish(result)  # else: write_deferred finishes it, after the slow artefacts
        return result

    def _stage(self, tree: OutputTree, artifacts: list[Artifact]) -> Stager | None:
        """Have a helper process write these artefacts' files ahead while the main process goes on.

        Used where the guard has yet to decide about them (the collections may still
        withhold a report; a set's file may be stopped): a file is renamed into place
        when it is written (see :mod:`perskamer.stager`). ``None``: nothing staged.
        """
        if type(tree).write is not OutputTree.write:  # (a tree in memory: a dry run)
            return None
        files: list[tuple[Path, bytes]] = []
        for artifact in artifacts:
            data = artifact.data
            if not isinstance(data, bytes) or artifact.expand is not None:
                continue
            known = tree.manifest.get(artifact.path)
            if known is not None and known == digest(data):
                continue  # unchanged on disk: not written
            try:
                files.append((safe_join(tree.root, artifact.path), data))
            except UnsafePath:
                continue
        return Stager.start(tree.root, files)

    def _candidates(self, result: BuildResult) -> list[tuple[ReportOutcome, Report, str | None]]:
        """(outcome, report to publish, its identity): built reports, or failed ones' last good versions."""
        chosen = []
        for outcome in result.outcomes:
            if outcome.status == "built" and outcome.report is not None:
                chosen.append((outcome, outcome.report, outcome.cache_key))
            elif outcome.status == "failed" and outcome.fallback is not None:
                chosen.append((outcome, outcome.fallback, outcome.fallback_key))
        chosen.sort(key=lambda c: report_sort_key(c[1]))
        clashing = _clashing_slugs([c[1] for c in chosen], result)
        return [c for c in chosen if c[1].slug not in clashing]

    def _render_and_guard_reports(self, result: BuildResult, tree: OutputTree, plan: RenderPlan, defer_slow: bool) -> list[tuple[Report, str | None]]:
        """Render each report's own artefacts and guard them; withhold a report the guard stops.

        A withheld report is replaced by its last good version when there is one (it
        passed the guard when it was published); otherwise it is left out.
        """
        candidates = self._candidates(result)
        everyone = [c[1] for c in candidates]
        published: list[tuple[Report, str | None]] = []
        for outcome, report, key in candidates:
            version, version_key, reuse = report, key, True
            premade = self.prerendered.pop(id(report), None)
            while version is not None:
                artifacts = self.render_report(version, version_key, plan, result.problems, tree.manifest, reuse=reuse, premade=premade)
                if artifacts is None:
                    result.reused += 1
                errors = self._guard_report(artifacts or [], everyone, tree, plan, defer_slow, premade)
                premade = None  # (a last good version is rendered here)
                if not errors:
                    plan.by_report[version.slug] = artifacts or []
                    published.append((version, version_key))
                    if version is not report:
                        outcome.fallback, outcome.fallback_key = version, version_key
                    break
                plan.jobs.pop(version.slug, None)
                if version is not report:
                    break
                self._withhold(outcome, report, errors, result)
                # its last good version, read again by the guard (the rules may have changed)
                good = self.incremental.last_good(outcome.source, self.context) if self.keep_last_good and outcome.status == "built" else None
                version, version_key, reuse = (good[0], good[1], False) if good is not None and good[1] != key else (None, None, False)
        return published

    def _withhold(self, outcome: ReportOutcome, report: Report, stopped: dict[str, list[Problem]], result: BuildResult, *, own: bool = True) -> None:
        """Keep a report out of every output: one problem naming the report, the rule and the fix.

        ``own``: ``stopped`` are the report's own artefacts (listed as blocked); else
        collection artefacts, which are made again without it.
        """
        outcome.withheld = True
        paths = sorted(stopped)
        errors = [p for found in stopped.values() for p in found]
        outcome.problems.extend(errors)
        rules = "; ".join(dict.fromkeys(p.message for p in errors))
        outcome.problems.append(
            Problem(
                "error",
                f"withheld from every output: the leak guard stopped {', '.join(paths) or 'one of its artefacts'} ({rules})",
                file=outcome.source,
                plugin=next((p.plugin for p in errors if p.plugin), None),
                hint=_guard_hint(errors, outcome.source, "the other reports are published"),
                report=outcome.source,
            )
        )
        if own:
            result.blocked.extend(p for p in paths if p not in result.blocked)

    def _render_and_guard_collections(self, result: BuildResult, published: list[tuple[Report, str | None]], tree: OutputTree, plan: RenderPlan, defer_slow: bool) -> None:
        """Render the collections and guard them; a problem traced to a report withholds that report.

        The collections are then rendered again without it, so one report never takes
        the index, the theme pages, the digest or the bundle down with it. A problem
        that cannot be traced to a report blocks that one artefact (its last version stays).
        """
        by_source = {o.report.slug: o for o in result.outcomes if o.report is not None}
        by_source.update({o.fallback.slug: o for o in result.outcomes if o.fallback is not None})
        self.guard_memo.begin(self.context.probe, self.context.key_digests())
        for _round in range(MAX_COLLECTION_ROUNDS):
            reports = [r for r, _k in published]
            keys = plan.identities = {id(r): k for r, k in published}
            artifacts = self.render_collections(reports, keys, plan, result.problems, tree.manifest)
            blocked: dict[str, list[Problem]] = {}
            culprits: dict[str, tuple[Report, dict[str, list[Problem]]]] = {}
            for artifact in artifacts:
                if _read_when_made(artifact, defer_slow):
                    continue
                found = self.inspect(artifact, reports, tree, plan)
                plan.inspected.add(artifact.path)
                errors = [p for p in found or [] if p.severity == "error"]
                plan.warnings.extend(p for p in found or [] if p.severity != "error")
                if not errors:
                    continue
                if artifact.fragments is not None:  # traced already, fragment by fragment
                    traced = [r for r in reports if any(p.report == r.source for p in errors)]
                    untraced = [p for p in errors if not p.report]
                    if untraced:
                        blocked[artifact.path] = untraced
                    for report in traced:
                        culprits.setdefault(report.slug, (report, {}))[1][artifact.path] = [p for p in errors if p.report == report.source]
                    continue
                traced = self._culprits(artifact, reports)
                if not traced:
                    blocked[artifact.path] = errors
                for report in traced:
                    culprits.setdefault(report.slug, (report, {}))[1][artifact.path] = errors
            if not culprits:
                plan.collections = [a for a in artifacts if a.path not in blocked]
                for path, errors in blocked.items():
                    result.problems.extend(errors)
                    result.blocked.append(path)
                    plan.kept.add(path)
                    job = plan.jobs.get(COLLECTIONS)
                    if job is not None:
                        job.clean = False
                return
            for slug, (report, errors) in culprits.items():
                outcome = by_source.get(slug)
                if outcome is not None:
                    self._withhold(outcome, report, errors, result, own=False)
                plan.by_report.pop(slug, None)
                plan.jobs.pop(slug, None)
            published = [(r, k) for r, k in published if r.slug not in culprits]
        result.problems.append(Problem("error", "the collections still fail the leak guard after withholding the reports it named; they are not updated"))
        result.blocked.extend(a.path for a in plan.collections)
        plan.kept.update(a.path for a in plan.collections)
        plan.collections = []

    def warm_collections(self, result: BuildResult, stop: Callable[[], bool] | None = None) -> bool:
        """Render and guard the collections of ``result``'s published reports once, writing nothing.

        A build whose collections were reused from the render index (watch's start from
        the cache) rendered no card and guarded no fragment, so the first change after
        it renders every card and has the guard read every card and list item of the
        index and theme pages (the per-process memos start empty). Watch calls this in
        idle time after its start: the first change is then as fast as the next.
        ``stop`` is asked between the steps (watch: a change came in, which then need not
        wait for the rest). Returns whether it ran to the end (only when the collections
        were reused).
        """
        stop = stop or (lambda: False)
        plan = result.plan
        if plan is None or plan.collections or not result.published_reports:
            return False
        keys: dict[int, str | None] = {}
        for outcome in result.outcomes:
            if outcome.report is not None:
                keys[id(outcome.report)] = outcome.cache_key
            if outcome.fallback is not None:
                keys[id(outcome.fallback)] = outcome.fallback_key
        reports = list(result.published_reports)
        scratch = RenderPlan(identities={id(r): keys.get(id(r)) for r in reports})
        problems: list[Problem] = []
        self.guard_memo.begin(self.context.probe, self.context.key_digests())
        if stop():
            return False
        for _name, found in self.host.call("perskamer_render_collection", problems=problems, reports=reports, context=self.context):
            for artifact in found:
                if stop():
                    return False
                if not _read_when_made(artifact, True):
                    self.inspect(artifact, reports, None, scratch)  # fills the guard's memo; the verdict is the next build's
        return True

    def _write(self, result: BuildResult, tree: OutputTree, plan: RenderPlan, defer_slow: bool) -> None:
        """Write what passed the guard; remove what no output produces any more.

        With ``defer_slow``, artefacts that still have to be produced (a ``producer``,
        e.g. PDFs) are not made now but left in ``result.deferred`` for
        :meth:`write_deferred`; their earlier versions stay until then.
        """
        result.problems.extend(plan.warnings)
        seen: dict[str, str] = {}
        on_disk: set[str] = set(plan.reused)
        result.unchanged += len(plan.reused)
        deferred: list[Artifact] = []
        artifacts = plan.artifacts
        site_files = {a.path: a.output for a in artifacts if not a.report}
        for artifact in artifacts:
            if artifact.report and artifact.path in site_files:
                result.problems.append(_report_claims_site_file(artifact, site_files[artifact.path], result.published_reports))
                continue
            if artifact.path in seen or artifact.path in plan.reused:
                result.problems.append(
                    Problem("error", f"two outputs claim {artifact.path} ({seen.get(artifact.path, 'an earlier build')} and {artifact.output})", hint="rename one of the outputs")
                )
                continue
            seen[artifact.path] = artifact.output
            if defer_slow and artifact.data is None and (artifact.producer is not None or artifact.expand is not None):
                deferred.append(artifact)
                continue
            if artifact.expand is not None:
                on_disk |= self._write_set_files(tree, self._expand(artifact, result), artifact, result)
                continue
            if self._guard_and_write_one(tree, artifact, result.published_reports, result, inspected=artifact.path in plan.inspected):
                on_disk.add(artifact.path)
        # Keep what we could not rebuild this time (a blocked collection artefact, a
        # report's pages while it cannot be read, a slow artefact still to come): better
        # stale than gone. Not the pages of a report the guard withheld: a name is worse.
        keep_slugs = {o.report.slug for o in result.outcomes if o.status == "failed" and not o.withheld and o.report is not None}
        keep_slugs |= {o.fallback.slug for o in result.outcomes if o.fallback is not None}
        pending = {a.path for a in deferred}
        sets = tuple(a.path for a in deferred if a.expand is not None)
        pending |= {p for p in tree.manifest if sets and p.startswith(sets)}
        keep_paths = on_disk | plan.kept | pending | {p for p in tree.manifest if _belongs_to(p, keep_slugs)}
        if self.discovery.unreadable:  # their reports' files stay: we could not see whether they still exist
            keep_paths |= set(tree.reports)
        # A build of some outputs only (--only, `perskamer digest`) cleans up after
        # those alone; a full build also removes what dropped out of `outputs:`.
        result.removed = tree.remove_except(keep_paths, self.context.outputs if self.partial else None)
        if self.cache is None or result.written or result.removed or not (tree.root / MANIFEST).exists():
            self._save_tree(tree)
        result.deferred = deferred
        plan.on_disk = on_disk
        self.incremental.record_renders(plan.jobs, on_disk, pending, self.context, [r.slug for r in result.published_reports])

    def _refuse(self, result: BuildResult, problem: Problem, start: float) -> BuildResult:
        """End a build that must not touch the output folder (see :mod:`perskamer.discovery`)."""
        result.refused = problem
        result.seconds = time.perf_counter() - start
        result.context = self.context
        self.finish(result)
        return result

    def _output_tree(self) -> OutputTree:
        with self.write_lock:
            return self._open_tree()

    def _partial_outputs(self) -> set[str] | None:
        """The outputs a partial build (``--only``) cleans up after; ``None``: all."""
        return self.context.outputs if self.partial else None

    def _too_many_removed(self, kept: set[str], tree: OutputTree) -> Problem | None:
        """The prune guard's refusal when this build would unpublish too many reports."""
        return None if self.prune else prune_refusal(tree.published_reports(self._partial_outputs()), kept)

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

    def inputs_of(self, result: BuildResult) -> Inputs:
        """Everything the build's hooks recorded as inputs (reused work included): watch watches these."""
        found = Inputs()
        for outcome in result.outcomes:
            found.merge(outcome.inputs)
        if result.plan is not None:
            for job in result.plan.jobs.values():
                found.merge(job.inputs)
            for inputs in result.plan.reused_inputs:
                found.merge(inputs)
        return found


class _LeftOut:
    """The reports the slow lane's collections still show, and those collections made again without the others."""

    def __init__(self, reports: list[Report]):
        self.reports = list(reports)
        self.remade: dict[str, Artifact] = {}

    def without(self, stopped: list[Report]) -> list[Report]:
        return [r for r in self.reports if all(r is not s for s in stopped)]

    def leave_out(self, stopped: list[Report], remade: dict[str, Artifact]) -> None:
        self.reports = self.without(stopped)
        self.remade = remade


def _pausing(cancelled: Callable[[], bool], pause: Callable[[], None], lock: Any) -> Callable[[], bool]:
    """``cancelled`` that first lets ``pause`` block, unless this thread holds ``lock``.

    One Python thread runs at a time: a slow lane working on (a PDF, the bundle, the
    search index) while a newer change's pages are made takes half of the interpreter
    from them, and more, since the pages' thread waits for its turn again after every
    file it stats or writes. Waiting here, where a producer looks whether it should
    stop, hands the interpreter to the pages; the rebuild that made the pause cancels
    the lane or (when slow work has waited too long) lets it go on afterwards. A pause
    under the write lock would keep the pages from being written, so there is none.
    """
    owned = getattr(lock, "_is_owned", None)

    def check() -> bool:
        if owned is not None and not owned():
            pause()
        return cancelled()

    return check


def _let_producers_see(context: BuildContext, cancelled: Callable[[], bool]) -> None:
    """Make ``cancelled`` what ``context.cancelled()`` answers, for long producers (the bundle)."""
    context.shared[CANCEL_CHECK] = cancelled


def _read_when_made(artifact: Artifact, defer_slow: bool) -> bool:
    """Whether the guard reads an artefact only when it is made: a set (file by file), or a
    slow artefact the slow lane produces that has no ``scan_text`` to read now."""
    if artifact.expand is not None:
        return True
    return defer_slow and artifact.data is None and artifact.producer is not None and artifact.scan_text is None


def _already_written(tree: OutputTree, path: str, data: bytes) -> bool:
    """Whether ``path`` holds exactly ``data`` already (by the manifest, checked by size)."""
    recorded = tree.manifest.get(path)
    if recorded is None or recorded != digest(data):
        return False
    try:
        return safe_join(tree.root, path).stat().st_size == len(data)
    except (OSError, UnsafePath):
        return False


#: Below this many uncached reports, starting worker processes costs more than it saves.
PARALLEL_MIN_REPORTS = 48

_WORKER_BUILDER: Builder | None = None


#: A worker's collector runs its youngest generation after this many more container
#: allocations than deallocations (CPython's default is 700).
#:
#: The workers' garbage is nearly all freed by reference counting. With the default, the
#: two workers of a cold build of 1000 reports ran ~310 collections that freed almost
#: nothing: 0.085-0.09 ms of CPU a report, on both cores. With 10,000 ~5: 0.02 ms a report
#: (session 13, ``gc.callbacks`` in the workers' task, 400 generated reports, three
#: alternating runs). A cycle a reader makes (DOCX, PDF libraries) is still freed, after
#: at most this many allocations: a few MB at most.
WORKER_GC_YOUNG = 10_000


@contextmanager
def fewer_young_collections() -> Iterator[None]:
    """The cyclic collector's youngest generation collected after :data:`WORKER_GC_YOUNG`
    allocations while a one-shot build runs (``perskamer build``), then as before.

    The main process's garbage is freed by reference counting too: in a cold build of 1000
    reports its collector ran ~140 times (~60 while the modules and plugins load, before the
    build pauses it; 81 in the serial tail after the workers), 0.033-0.034 s of CPU with one
    core idle; with this ~39 times (35 of them before the command starts), 0.024-0.027 s
    (session 13, ``gc.callbacks`` in an in-process cold build, two alternating pairs).
    The threshold is process-wide: not for watch or a server (other threads allocate while
    they wait), and put back when the build is done.
    """
    before = gc.get_threshold()
    gc.set_threshold(max(WORKER_GC_YOUNG, before[0]), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _start_worker(collect: bool) -> None:
    """In a new worker: ignore SIGINT (a Ctrl-C reaches every process of the terminal's group;
    the main process stops the build and terminates the workers, no traceback from each);
    ``collect``: switch the cyclic garbage collector on (the parent paused it, see _CollectorPause),
    collecting the youngest generation less often (:data:`WORKER_GC_YOUNG`)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if collect:
        _young, *older = gc.get_threshold()
        gc.set_threshold(WORKER_GC_YOUNG, *older)
        gc.enable()


def _no_wait(path: Path) -> None:
    """``wait_for`` when no worker processes are used."""


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


class _CollectorPause:
    """The main process's cyclic garbage collector switched off while a build loads the
    plugins' data and the worker processes process the reports.

    Before the first report is processed the plugins load their word lists and
    compiled patterns: hundreds of thousands of strings in a few big lists and sets,
    made while the collector runs. Every collection walks the containers made since
    the last one, so the loading paid ~65 ms of collections (three of them 14-34 ms:
    a young list of 250k words is walked entry by entry) that found nothing to free,
    in the serial start of a cold build with one core idle. While the workers run, the
    main process keeps their results (long-lived: each collection walks them again,
    one full collection ~30 ms) and competes with them for the cores: ~65 ms more.

    Reference counting frees this garbage: with the collector off in a whole
    1000-report build, a full collection at the end found 15 unreachable objects in a
    worker that had processed 500 reports. The workers switch it on at their start
    (what they read -- DOCX, PDF libraries -- may make cycles); the main process
    switches it on when it processes reports itself (no workers) and after the
    reports, before the renders (a slow artefact may be made then: the PDF output's
    pool forks from this process).

    Only in a single-threaded process (``perskamer build``): the switch is process-wide,
    and watch or a server has other threads that allocate.
    """

    def __init__(self) -> None:
        self.paused = False

    def pause(self) -> None:
        if gc.isenabled() and threading.active_count() == 1:
            gc.disable()
            self.paused = True

    def resume(self) -> None:
        if self.paused:
            self.paused = False
            if not gc.get_freeze_count():
                # What the pause kept is young to the collector: its first collections would
                # walk it all (~65 ms after the pool). It is long-lived: straight to the oldest
                # generation (gc.unfreeze puts the permanent generation there), unexamined.
                gc.freeze()
                gc.unfreeze()
            gc.enable()


def _freeze_for_fork() -> bool:
    """Move everything alive into the collector's permanent generation before forking.

    A forked worker shares the parent's memory page by page until either writes to a
    page; the cyclic garbage collector writes to every object it examines, so each
    worker's first full collection copied the parent's whole heap (plugins, lexicons,
    templates) -- CPU and memory for nothing. Frozen objects are never examined.
    Returns whether this call froze (the caller unfreezes after the pool).

    No full collection first: it found nothing to free at this point of a cold build of
    1000 reports (the garbage of loading is freed by reference counting) and cost ~50 ms
    of the serial start; a cycle frozen with the rest is freed once the pool is done.
    """
    if gc.get_freeze_count():
        return False
    gc.freeze()
    return True


#: What a worker sends back for one report: (rel, identity of its bytes, outcome, its prerendered artefacts,
#: the cache entry it stored). With an entry, the outcome travels as the entry's bytes only (``None``).
WorkerResult = tuple[str, str, ReportOutcome | None, PreRendered | None, WorkerEntry | None]


def _process_in_worker(paths: list[Path]) -> list[WorkerResult | None]:
    """In a worker: process and prerender a batch of reports, stage by stage across them (:mod:`perskamer.lockstep`).

    ``None`` for a report the worker could not load or whose pipeline raised: the
    main process's sequential pass does that one itself (and reports what is wrong).
    """
    builder = _WORKER_BUILDER
    if builder is None:  # pragma: no cover - only set around the pool
        return [None] * len(paths)
    loaded = [builder.load_source(path) for path in paths]
    sources = [source for source in loaded if isinstance(source, Source)]
    done = iter(lockstep.in_lockstep([_worker_steps(builder, source) for source in sources]))
    results: list[WorkerResult | None] = []
    for source in loaded:
        result = next(done) if isinstance(source, Source) else None
        results.append(None if isinstance(result, Exception) else result)
    entries = [result[4] for result in results if result is not None and result[4] is not None]
    if entries:  # the batch's cache entries, in one pack
        with _not_terminated():
            builder.incremental.write_in_worker(entries)
    return results


def _worker_steps(builder: Builder, source: Source) -> lockstep.Steps[WorkerResult]:
    outcome = yield from builder.process_steps(source)
    rendered = yield from builder.prerender_steps(outcome)
    stored = builder.incremental.store_in_worker(source, outcome)  # (written with the batch's other entries)
    if stored is not None:  # (its content hash is the identity)
        return source.rel, stored.content_hash, None, rendered, stored
    return source.rel, worker_identity(source.data), outcome, rendered, None


@contextmanager
def _not_terminated() -> Iterator[None]:
    """Hold off SIGTERM (the pool's ``terminate`` after a Ctrl-C) while a worker writes a cache entry: no temporary file is left."""
    import signal

    blocked = {signal.SIGTERM}
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, blocked)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def worker_batches(paths: list[Path], workers: int, largest: int = 16) -> list[list[Path]]:
    """``paths`` cut into the batches the workers take in turn (in order).

    A batch is processed stage by stage (see :func:`_process_in_worker`): up to
    ``largest`` reports keeps each stage's data in the CPU caches; smaller batches
    towards the end let the workers finish together.
    """
    batches, i = [], 0
    while i < len(paths):
        size = max(1, min(largest, (len(paths) - i) // (workers * 4)))
        batches.append(paths[i:i + size])
        i += size
    return batches


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
                    hint="rename one of the files" if report.public_source is None and other.public_source is None
                    else "the slug comes from the title here (the file name is not published): give one of the reports "
                    "another title, or start the file names with their session number (012_...)",
                )
            )
            clashing.add(report.slug)
        seen[report.slug] = report
    return clashing
