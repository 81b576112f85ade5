"""Who renders which PDF when: in this process, or two at a time in worker processes.

The render hooks only describe work (:class:`~.printview.PrintJob`); the core calls
each artefact's producer when it writes the artefact. The first producer called in a
build decides how to render everything this build asked for:

* sequentially, in this process (WeasyPrint kept warm between documents and builds);
* or, when it pays (``pdf.parallel``; measured in bench/bench_pdf.py), with a pool of
  two forked worker processes that inherit the warm WeasyPrint: the bundle (the
  longest task) goes first, the per-report PDFs fill the other core, and every
  producer waits only for its own result.

Finished PDFs are remembered per process by a hash of everything that shapes them,
so a ``watch`` rebuild re-renders only the reports that changed; the bundle is
recombined, laying out only what changed (see ``engine.py``). The bundle's print jobs
are only made when its PDF is asked for (:meth:`Printer.set_bundle` takes a plan), so
the fast lane of ``watch`` never pays for them.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .printview import PrintJob, PrintSettings

log = logging.getLogger("perskamer.pdf")

#: Below this much work (per-report PDFs, the bundle counting as one per report) a
#: pool costs more than it saves (fork, pickling results). See docs/outputs.md.
PARALLEL_MIN_JOBS = 12
#: Finished PDFs remembered per process (watch mode), least recently used dropped first.
CACHE_BYTES = 160 * 1024 * 1024

#: Longest a producer waits for a worker before rendering the document itself.
WORKER_TIMEOUT = 900.0

_DONE: OrderedDict[str, bytes] = OrderedDict()
#: WeasyPrint in this process is used by one thread at a time (watch's slow lane is a thread).
_RENDER_LOCK = threading.RLock()


def _remember(key: str, data: bytes) -> None:
    if len(data) > CACHE_BYTES // 2:
        return
    _DONE[key] = data
    _DONE.move_to_end(key)
    total = sum(len(v) for v in _DONE.values())
    while total > CACHE_BYTES and len(_DONE) > 1:
        _old, dropped = _DONE.popitem(last=False)
        total -= len(dropped)


def settings_key(settings: PrintSettings) -> str:
    h = hashlib.blake2b(digest_size=16)
    for part in (settings.variant, settings.page_css, *settings.stylesheets, *settings.roots, settings.lang):
        h.update(part.encode("utf-8", "replace") + b"\0")
    return h.hexdigest()


def job_key(job: PrintJob, settings: PrintSettings, kind: str = "report") -> str:
    h = hashlib.blake2b(digest_size=20)
    h.update(kind.encode() + b"\0" + settings_key(settings).encode())
    h.update(job.html.encode("utf-8"))
    for name in sorted(job.files):
        data, media = job.files[name]
        h.update(name.encode() + media.encode() + hashlib.blake2b(data, digest_size=16).digest())
    return h.hexdigest()


def bundle_key(jobs: list[PrintJob], info: dict[str, Any], settings: PrintSettings) -> str:
    h = hashlib.blake2b(digest_size=20)
    h.update(repr(sorted(info.items(), key=str)).encode())
    for job in jobs:
        h.update(job_key(job, settings).encode())
    return h.hexdigest()


# Module-level task functions: what a worker process runs (picklable by reference).
def _task_report(job: PrintJob, settings: PrintSettings) -> bytes:
    from . import engine

    return engine.report_pdf(job, settings)


def _task_bundle(jobs: list[PrintJob], info: dict[str, Any], settings: PrintSettings,
                 cancelled: Callable[[], bool] | None = None) -> bytes:
    from . import engine

    return engine.render_bundle(jobs, info, settings, cancelled=cancelled)


@dataclass
class Printer:
    """The PDF work of one build."""

    settings: PrintSettings
    parallel: Any = "auto"  # "auto", True or False
    reports: dict[str, PrintJob] = field(default_factory=dict)
    bundle: tuple[list[PrintJob], dict[str, Any]] | None = None
    #: Makes ``bundle`` (the jobs in the bundle's order, the front info) when first needed.
    bundle_plan: Callable[[], tuple[list[PrintJob], dict[str, Any]]] | None = None
    results: dict[str, Any] = field(default_factory=dict)  # key -> bytes or AsyncResult
    pool: Any = None
    started: bool = False
    mode: str = ""
    #: Whether starting the pool froze the collector's view of the heap (undone by close()).
    froze: bool = False
    #: Asked between the bundle's reports when it is made in this process (watch's slow lane).
    cancelled: Callable[[], bool] | None = None

    # -- describing work (render hooks) ------------------------------------------------
    def add_report(self, job: PrintJob) -> str:
        key = job_key(job, self.settings)
        self.reports[key] = job
        return key

    def set_bundle(self, plan: Callable[[], tuple[list[PrintJob], dict[str, Any]]]) -> None:
        """The bundle is wanted; ``plan()`` makes its jobs (in order) and front info when it is produced."""
        self.bundle_plan = plan
        self.bundle = None

    def bundle_jobs(self) -> tuple[list[PrintJob], dict[str, Any]] | None:
        """The bundle's jobs and front info (made from the plan on first use)."""
        if self.bundle is None and self.bundle_plan is not None:
            self.bundle = self.bundle_plan()
        return self.bundle

    def bundle_pdf(self) -> bytes:
        """The bundle's PDF."""
        planned = self.bundle_jobs()
        if planned is None:  # pragma: no cover - a producer without a plan
            raise KeyError("bundle")
        return self.pdf_for(bundle_key(*planned, self.settings))

    # -- producing (the core's write phase) --------------------------------------------
    def pdf_for(self, key: str) -> bytes:
        """The PDF for ``key`` (a report's or the bundle's), rendering what is needed."""
        if not self.started:
            self._start()
        if key in _DONE:
            _DONE.move_to_end(key)
            return _DONE[key]
        data = self._from_pool(key)
        if data is None:
            with _RENDER_LOCK:
                if key in self.reports:
                    data = _task_report(self.reports[key], self.settings)
                elif self.bundle_jobs() is not None:
                    jobs, info = self.bundle_jobs()
                    data = _task_bundle(jobs, info, self.settings, self.cancelled)
                else:  # pragma: no cover - a producer without a job
                    raise KeyError(key)
        _remember(key, data)
        if self.pool is not None and not self.results:
            self.close()
        return data

    def _from_pool(self, key: str) -> bytes | None:
        """The worker's result for ``key``; ``None`` when there is none (render it here)."""
        pending = self.results.pop(key, None)
        if pending is None:
            return None
        waited = 0.0
        while not pending.ready():
            if self.pool is None or waited > WORKER_TIMEOUT:
                return None  # the pool was closed under us: render in this process
            pending.wait(0.5)
            waited += 0.5
        return pending.get()  # a worker's exception is re-raised here, like a local one

    def _work(self) -> list[tuple[str, str, tuple[Any, ...]]]:
        todo = []
        if self.bundle_jobs() is not None:
            jobs, info = self.bundle_jobs()
            key = bundle_key(jobs, info, self.settings)
            if key not in _DONE:
                todo.append((key, "bundle", (jobs, info, self.settings)))
        for key, job in self.reports.items():
            if key not in _DONE:
                todo.append((key, "report", (job, self.settings)))
        return todo

    def _start(self) -> None:
        self.started = True
        todo = self._work()
        weight = sum(len(args[0]) if kind == "bundle" else 1 for _key, kind, args in todo)
        if not self._use_pool(weight, len(todo)):
            self.mode = "sequential"
            return
        import multiprocessing as mp

        from . import engine  # warm WeasyPrint before forking: the workers inherit it

        engine.font_config()
        self.mode = "parallel"
        # Objects alive now are left alone by the collector (in the workers, whose
        # collections would otherwise copy the whole inherited heap, and here) until close().
        if not gc.get_freeze_count():
            gc.collect()
            gc.freeze()
            self.froze = True
        self.pool = mp.get_context("fork").Pool(2)
        for key, kind, args in todo:
            fn = _task_bundle if kind == "bundle" else _task_report
            self.results[key] = self.pool.apply_async(fn, args)
        log.debug("pdf: %d documents in 2 worker processes", len(todo))

    def _use_pool(self, weight: int, tasks: int) -> bool:
        """Two worker processes, or this one? See docs/outputs.md ("Both cores")."""
        if self.parallel is False or tasks < 2:
            return False
        import multiprocessing as mp

        # Forking is safe only in a single-threaded process (a thread could hold a lock
        # the child needs): so `build` and `digest` may, `watch` (threads) renders here.
        if "fork" not in mp.get_all_start_methods() or threading.active_count() > 1:
            return False
        if threading.current_thread() is not threading.main_thread():
            return False
        from .engine import cpu_count

        cpus = cpu_count()
        if cpus < 2:
            return False
        if self.parallel is True:
            return True
        # auto: enough work, and a second core that is not busy with something else.
        try:
            busy = os.getloadavg()[0]
        except OSError:  # pragma: no cover - no load average on this system
            busy = 0.0
        return weight >= PARALLEL_MIN_JOBS and busy <= cpus - 1

    def close(self) -> None:
        pool, self.pool = self.pool, None
        self.results.clear()
        if pool is not None:
            pool.terminate()
            pool.join()
        if self.froze:
            self.froze = False
            gc.unfreeze()
