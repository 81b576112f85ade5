"""``perskamer watch``: rebuild what changed, seconds after a report is dropped in.

A watchdog observer (inotify on Linux, or polling with ``--poll`` for network shares
and containers) reports file events in the content folder, the config folder and the
template override folder. Events are only *noted*; one worker thread waits for a
burst to go quiet (an editor's atomic save fires several events, copying 40 forms in
fires hundreds) and then runs one rebuild, which looks at what really exists.

A rebuild is an ordinary :meth:`Builder.build` with the build cache, so only changed
reports are read, anonymised and tagged, and only their own artefacts are rendered
again; the collections (index, ambition pages, digest, bundle) are rendered from the
cached processed reports. Artefacts that still have to be *produced* (an
``Artifact`` with a ``producer``: PDFs and other slow outputs) are made in a second
pass, the *slow lane*, in its own thread: the pages are online (and the browser
reloads) before the PDFs are done, and a newer change cancels the slow lane of an
older one. Any output plugin that returns its slow artefacts with a producer joins in
without changes here.

Nothing stops the loop: a broken report is reported with file, line and hint and its
last good version stays published; a config that does not validate is reported and
the previous one stays in force; a crashing plugin is named; a failed publish is
reported and retried after the next rebuild.
"""

from __future__ import annotations

import os
import sys
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import collector
from .build import Builder, BuildResult, is_ignored
from .model import Problem
from .textsafe import count

#: Quiet time that ends a burst of events (seconds).
DEFAULT_DEBOUNCE = 0.05
#: Quiet time after an event that ends a write (a file closed after writing, or a
#: temporary file renamed into place) when the burst concerns that one file: it is
#: complete, so only wait for what follows at once. What editors do after the event that
#: completes their save (bench/editor_events.py: vim, ed, cp, an atomic rename) arrives
#: within a few ms and touches only swap files and attributes; a longer wait (it was
#: 15 ms) only delays the page.
SETTLE_AFTER_COMPLETE = 0.005
#: Quiet time after a file was deleted or renamed away: it may be about to come back
#: (an editor's backup-then-write save), and a removal is never urgent.
SETTLE_AFTER_REMOVAL = 0.3
#: A burst that never goes quiet is rebuilt after this long anyway.
DEFAULT_MAX_DELAY = 1.5
#: Slow outputs (PDFs, the bundle) are at most about this far behind: a newer change
#: cancels an older slow lane only while its work has been pending for less than this,
#: so a steady stream of saves (one every few seconds) never starves it.
DEFAULT_MAX_SLOW_DELAY = 10.0
#: The main thread (the one Ctrl-C interrupts) never blocks longer than this at once.
SIGNAL_SLICE = 0.25

Listener = Callable[[str, "Rebuild"], None]


def wait_awake(thread: threading.Thread | None = None, timeout: float | None = None) -> None:
    """Join ``thread`` (or, without one, sleep ``timeout`` or for ever) in slices of :data:`SIGNAL_SLICE`.

    Ctrl-C is a signal to the process, and the kernel may hand it to any thread: a
    thread that is starting a thread (watch's worker starting a slow lane, the preview
    server answering a request) takes a pending signal off the process in ``clone()``.
    Python then only notes it for the main thread, which acts on it the next time it
    runs -- a main thread in one long ``sleep`` or ``join`` would not wake up for it, and
    the Ctrl-C would seem ignored (a thread spawning threads in a loop took 7 of 30
    SIGINTs this way). Waking up every slice acts on such a Ctrl-C within a slice.
    """
    deadline = None if timeout is None else time.monotonic() + timeout
    while thread is None or thread.is_alive():
        left = SIGNAL_SLICE if deadline is None else min(SIGNAL_SLICE, deadline - time.monotonic())
        if left <= 0:
            return
        if thread is None:
            time.sleep(left)
        else:
            thread.join(left)


@dataclass
class Rebuild:
    """One rebuild: why, when, and how it went."""

    number: int
    reasons: set[str]
    paths: list[str] = field(default_factory=list)
    started: float = 0.0  # time.monotonic()
    pages_done: float | None = None
    slow_done: float | None = None
    result: BuildResult | None = None
    error: str | None = None
    problems: list[Problem] = field(default_factory=list)
    publish_problems: list[Problem] = field(default_factory=list)
    slow_cancelled: bool = False

    @property
    def ok(self) -> bool:
        """No error anywhere: config, reports, plugins, guard, publish."""
        return self.error is None and not self.errors

    @property
    def errors(self) -> list[Problem]:
        found = [p for p in self.problems if p.severity == "error"]
        if self.result is not None:
            found += [p for p in self.result.all_problems if p.severity == "error"]
        found += [p for p in self.publish_problems if p.severity == "error"]
        seen: set[str] = set()
        unique = []
        for p in found:
            key = p.format()
            if key not in seen:
                seen.add(key)
                unique.append(p)
        return unique

    def suggestions(self) -> list[str]:
        """Reports whose ambition is only a suggestion, for the editors' banner."""
        if self.result is None:
            return []
        out = []
        for o in self.result.outcomes:
            sug = o.report.ambition_suggestion if o.report is not None else None
            if sug is not None and not o.report.ambitions:
                out.append(f"{o.source}: {sug.label} ({sug.confidence or 0:.0%} zeker)")
        return out

    def status(self) -> dict[str, Any]:
        """What the preview's banner shows."""
        return {
            "number": self.number,
            "ok": self.ok,
            "error": self.error,
            "problems": [p.format() for p in self.errors],
            "suggestions": self.suggestions(),
            "slow_pending": self.pages_done is not None and self.slow_done is None,
        }


def _first(paths: list[str], n: int = 3) -> str:
    """The first few of ``paths``, for one line of log."""
    return ", ".join(paths[:n]) + (f" and {len(paths) - n} more" if len(paths) > n else "")


def default_factory(config_path: Path | None = None, *, start: Path | None = None, **builder_args: Any) -> Callable[[], Builder]:
    """A function that opens the workspace afresh (config reloads) and returns a builder with a cache."""

    def make() -> Builder:
        from .cache import BuildCache
        from .workspace import open_workspace

        config, host = open_workspace(config_path, start=start, strict=builder_args.get("strict", False))
        return Builder(config, host, cache=BuildCache.for_config(config), **builder_args)

    return make


def clear_plugin_caches(builder: Builder | None) -> None:
    """Clear the ``functools`` caches of perskamer and the plugin modules.

    Plugins memoise loaded templates, word lists and taxonomies; after a config or
    template change they must read them again (a new override template would
    otherwise go unnoticed by a cached Jinja environment).
    """
    roots = {"perskamer"}
    if builder is not None:
        for info in builder.host.plugin_infos():
            roots.add(info.module.split(".", 1)[0])
    for name, module in list(sys.modules.items()):
        if module is None or name.split(".", 1)[0] not in roots:
            continue
        for value in list(vars(module).values()):
            clear = getattr(value, "cache_clear", None)
            if callable(clear) and hasattr(value, "cache_info"):
                try:
                    clear()
                except Exception:
                    pass


class _Handler:
    """The watchdog handler: classifies events and hands them to the watcher."""

    def __init__(self, watcher: Watcher):
        self.watcher = watcher

    def dispatch(self, event: Any) -> None:
        try:
            paths = [event.src_path]
            dest = getattr(event, "dest_path", "")
            if dest:
                paths.append(dest)
            self.watcher._note_event([os.fsdecode(p) for p in paths], event.event_type)
        except Exception as exc:  # never let the observer thread die
            self.watcher.log(f"perskamer watch: could not handle a file event: {type(exc).__name__}: {exc}")


class Watcher:
    """Watches a workspace and rebuilds it; use :meth:`start`/:meth:`stop` or :meth:`run`.

    ``factory`` returns a fresh :class:`Builder` (called at the start and after every
    config change; raise :class:`~perskamer.config.ConfigError` for a bad config).
    ``listeners`` are called with ``("pages", rebuild)`` when the pages of a rebuild
    are written, ``("slow", rebuild)`` when its slow lane is done and ``("error",
    rebuild)`` when a rebuild could not run.
    """

    def __init__(
        self,
        factory: Callable[[], Builder],
        *,
        poll: bool = False,
        poll_interval: float = 1.0,
        debounce: float = DEFAULT_DEBOUNCE,
        max_delay: float = DEFAULT_MAX_DELAY,
        publish: bool = False,
        log: Callable[[str], None] | None = None,
        debug: bool = False,
        quiet: bool = False,
        max_slow_delay: float = DEFAULT_MAX_SLOW_DELAY,
    ):
        self.factory = factory
        self.max_slow_delay = max_slow_delay
        #: Since when slow work has been waiting without a slow lane finishing it (``None``: nothing waits).
        self._slow_pending_since: float | None = None
        self.poll = poll
        self.poll_interval = poll_interval
        self.debounce = debounce
        self.max_delay = max_delay
        self.publish_asked = publish
        self.debug = debug
        self.quiet = quiet
        self._log = log or (lambda line: print(line, file=sys.stderr, flush=True))
        self.listeners: list[Listener] = []
        self.builder: Builder | None = None
        self.rebuilds: list[Rebuild] = []
        self.last: Rebuild | None = None
        self.last_good: Rebuild | None = None
        self._cond = threading.Condition()
        self._dirty: dict[str, set[str]] = {}  # kind -> paths
        self._first_event = 0.0
        self._last_event = 0.0
        self._events_seen = 0
        self._building = False
        self._stopping = False
        self._count = 0
        self._observer: Any = None
        self._watches: dict[tuple[str, bool], Any] = {}
        self._worker: threading.Thread | None = None
        self._slow: threading.Thread | None = None
        self._slow_cancel = threading.Event()
        self._printed: set[str] = set()
        #: Files and folders the last build's hooks recorded as inputs (see Builder.watched_files).
        self._inputs: set[str] = set()
        self._input_folders: set[str] = set()
        self._schedule_lock = threading.RLock()

    # -- logging -------------------------------------------------------------------------
    def log(self, line: str) -> None:
        from .textsafe import printable

        self._log(printable(line))

    def _emit(self, kind: str, rebuild: Rebuild) -> None:
        for listener in list(self.listeners):
            try:
                listener(kind, rebuild)
            except Exception as exc:  # a listener never stops the loop
                self.log(f"perskamer watch: a listener failed: {type(exc).__name__}: {exc}")

    # -- the paths we watch ------------------------------------------------------------------
    def _targets(self) -> dict[tuple[str, bool], str]:
        """(folder, recursive) -> kind, for the current builder."""
        targets: dict[tuple[str, bool], str] = {}
        builder = self.builder
        if builder is None:
            return targets
        config = builder.config
        targets[(str(builder.context.content_dir), True)] = "content"
        targets[(str(config.workspace), False)] = "workspace"
        if config.path is not None:
            targets.setdefault((str(config.path.parent.resolve()), False), "config")
        templates = config.templates_dir
        if templates is not None and templates.is_dir():
            targets[(str(templates), True)] = "templates"
        amb = config.ambitions_path
        if amb is not None:
            targets.setdefault((str(amb.parent), False), "config")
        # Whatever the last build's hooks read through the context (a digest intro, a
        # print stylesheet, template folders): the folder of each recorded file.
        for path in self._inputs:
            if path in self._input_folders:
                targets.setdefault((path, True), "inputs")
            else:
                targets.setdefault((os.path.dirname(path), False), "inputs")
        return {k: v for k, v in targets.items() if os.path.isdir(k[0])}

    def _schedule(self) -> None:
        with self._schedule_lock:  # the loop and the slow lane both call this
            self._schedule_locked()

    def _schedule_locked(self) -> None:
        if self._observer is None:
            return
        from watchdog.events import (
            DirCreatedEvent,
            DirDeletedEvent,
            DirMovedEvent,
            FileClosedEvent,
            FileCreatedEvent,
            FileDeletedEvent,
            FileModifiedEvent,
            FileMovedEvent,
        )

        wanted = self._targets()
        for key in [k for k in self._watches if k not in wanted]:
            try:
                self._observer.unschedule(self._watches.pop(key))
            except Exception:
                pass
        kinds = [FileCreatedEvent, FileModifiedEvent, FileDeletedEvent, FileMovedEvent, FileClosedEvent, DirCreatedEvent, DirDeletedEvent, DirMovedEvent]
        added: set[str] = set()
        for (folder, recursive), kind in wanted.items():
            if (folder, recursive) in self._watches:
                continue
            try:
                self._watches[(folder, recursive)] = self._observer.schedule(_Handler(self), folder, recursive=recursive, event_filter=kinds)
                added.add(kind)
            except Exception as exc:
                self.log(f"perskamer watch: cannot watch {folder}: {exc}")
        if self._scheduled_once:
            # A folder that appeared (templates/): files written into it before its
            # watch started sent no events, so look once more.
            for kind in added & {"content", "templates"}:
                self.touch(kind)
        self._scheduled_once = True

    _scheduled_once = False

    def _classify(self, path: str) -> str | None:
        """What a changed path affects: content, config, templates, recorded inputs, or nothing."""
        builder = self.builder
        if builder is None:
            return "config"
        p = Path(path)
        if (path in self._inputs or any(p.is_relative_to(f) for f in self._input_folders)) and not is_ignored([p.name]):
            return "inputs"
        config = builder.config
        out = builder.context.output_dir
        cache = config.cache_dir
        if p.is_relative_to(out) or p.is_relative_to(cache):
            return None
        templates = config.templates_dir or (config.workspace / "templates")
        if p.is_relative_to(templates):
            rel = p.relative_to(templates).parts
            return None if rel and is_ignored(rel) else "templates"
        content = builder.context.content_dir
        if p.is_relative_to(content):
            rel = p.relative_to(content).parts
            if rel and is_ignored(rel):
                return None
            return "content"
        if config.path is not None and p.parent == config.path.parent.resolve():
            if is_ignored([p.name]) or p.name == "__pycache__" or p.suffix in (".pyc",):
                return None
            return "config"
        amb = config.ambitions_path
        if amb is not None and p == amb:
            return "config"
        if p.parent == config.workspace:
            from .config import CONFIG_NAMES

            if p.name in ("config", "templates") or p.name in {Path(n).name for n in CONFIG_NAMES if "/" not in n}:
                return "config" if p.name != "templates" else "templates"
        return None

    def _note_event(self, paths: list[str], event_type: str) -> None:
        kinds: dict[str, set[str]] = {}
        complete = removal = False
        for i, path in enumerate(paths):
            if not path:
                continue
            kind = self._classify(path)
            if kind is not None:
                kinds.setdefault(kind, set()).add(path)
                complete = event_type == "closed" or (event_type == "moved" and i == 1)
                removal = event_type == "deleted" or (event_type == "moved" and i == 0)
        if not kinds:
            return
        with self._cond:
            now = time.monotonic()
            if not self._dirty:
                self._first_event = now
            self._last_event = now
            burst = {p for found in self._dirty.values() for p in found} | {p for found in kinds.values() for p in found}
            if complete and len(burst) <= 1:
                self._settle = min(self.debounce, SETTLE_AFTER_COMPLETE)
            elif removal and not complete:
                self._settle = max(self.debounce, SETTLE_AFTER_REMOVAL)
            else:
                self._settle = self.debounce
            self._events_seen += 1
            for kind, found in kinds.items():
                self._dirty.setdefault(kind, set()).update(found)
            self._cond.notify_all()

    def touch(self, kind: str = "content", paths: list[str] | None = None) -> None:
        """Ask for a rebuild as if ``paths`` had changed (tests, signals)."""
        with self._cond:
            now = time.monotonic()
            if not self._dirty:
                self._first_event = now
            self._last_event = now
            self._settle = self.debounce
            self._dirty.setdefault(kind, set()).update(paths or [])
            self._cond.notify_all()

    # -- life cycle -----------------------------------------------------------------------------
    def start(self) -> Rebuild:
        """Open the workspace, build once, start watching. Returns the first rebuild.

        Raises :class:`~perskamer.config.ConfigError` when the workspace cannot be
        opened at all (later config errors are reported and the loop goes on).
        """
        self.builder = self.factory()
        self.builder.keep_last_good = True
        first = self._rebuild({"start": set()})
        if self.poll:
            from watchdog.observers.polling import PollingObserver

            self._observer = PollingObserver(timeout=self.poll_interval)
        else:
            from watchdog.observers import Observer

            self._observer = Observer()
        self._schedule()
        self._observer.daemon = True
        self._observer.start()
        self._warming = True  # the worker warms the plugins up first (see _warm_up)
        worker = threading.Thread(target=self._loop, name="perskamer-watch", daemon=True)
        worker.start()
        self._worker = worker  # assigned once started: stop() may run at any moment (Ctrl-C)
        return first

    def stop(self, timeout: float = 10.0, *, finish_slow: bool = False) -> None:
        """Stop watching; waits for a running rebuild.

        The slow lane is cancelled, or with ``finish_slow`` (the first Ctrl-C) waited
        for: what it has not written is said, and made by the next start either way
        (its reports' render records stay stale until their slow artefacts are written).
        """
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
            unbuilt = sorted({p for found in self._dirty.values() for p in found})
        if not finish_slow:
            self._slow_cancel.set()
        if self._observer is not None:
            try:
                self._observer.stop()
                wait_awake(self._observer, timeout)
            except Exception:
                pass
        if self._worker is not None and self._worker is not threading.current_thread():
            # The warm-up only fills caches (its output is discarded); on a cold, busy
            # machine it can take seconds: never make Ctrl-C wait for it.
            wait_awake(self._worker, 0.2 if self._warming else timeout)
        if unbuilt:
            self.log(f"perskamer watch: {count(len(unbuilt), 'change')} not built yet ({_first(unbuilt)}): the next start builds them")
        slow = self._slow  # read once: the worker may start a newer lane meanwhile
        if slow is not None:
            if finish_slow and slow.is_alive():
                pending = self.pending_slow()
                self.log(f"perskamer watch: finishing {count(len(pending), 'slow output')} ({_first(pending)}); Ctrl-C again to leave them for the next start")
            wait_awake(slow, None if finish_slow else timeout)
        if self.builder is not None and self.builder.cache is not None:
            self.builder.cache.flush()
            self.builder.cache.prune()

    def run(self) -> int:
        """Start and block until Ctrl-C or SIGTERM (the CLI)."""
        import signal

        def on_term(signum: int, frame: Any) -> None:
            raise KeyboardInterrupt

        previous = None
        if threading.current_thread() is threading.main_thread():
            previous = signal.signal(signal.SIGTERM, on_term)
        try:
            self.start()
            if not self.quiet:
                kind = f"polling every {self.poll_interval:g} s" if self.poll else "file events"
                self.log(f"perskamer watch: watching {self._describe_targets()} ({kind}); Ctrl-C stops")
            wait_awake()  # the work happens in the watcher's threads; this thread only waits (for Ctrl-C)
        except KeyboardInterrupt:
            pass
        finally:
            try:
                self.stop(finish_slow=True)
            except KeyboardInterrupt:  # a second Ctrl-C while stopping: abandon the slow outputs
                pending = self.pending_slow()
                self.stop(timeout=1.0)
                if pending:
                    self.log(f"perskamer watch: left {count(len(pending), 'slow output')} ({_first(pending)}): the next start makes them")
            if previous is not None:
                signal.signal(signal.SIGTERM, previous)
            self._remove_own_temporaries()
            if not self.quiet:
                self.log("perskamer watch: stopped")
        return 0

    def _remove_own_temporaries(self) -> None:
        """Remove this process's unfinished ``.tmp-<pid>-*`` files from the output folder.

        A write is atomic (a temporary file renamed into place), and a write interrupted in
        the main thread removes its temporary file; but a lane abandoned by a second Ctrl-C
        (or still writing when the stop's wait ran out on a busy machine) is a thread the
        interpreter stops at exit, mid-write: its temporary file stayed in ``public/``, where
        a site upload would publish it (session 14: seen under load in test_serve).
        """
        builder = self.builder
        out = getattr(getattr(builder, "context", None), "output_dir", None) if builder is not None else None
        if out is None:
            return
        prefix = f".tmp-{os.getpid()}-"
        for folder, _dirs, files in os.walk(out):
            for name in files:
                if name.startswith(prefix):
                    try:
                        os.unlink(os.path.join(folder, name))
                    except OSError:
                        pass

    def _describe_targets(self) -> str:
        names = []
        cwd = Path.cwd()
        for (folder, _recursive), kind in self._targets().items():
            if kind == "workspace":
                continue
            p = Path(folder)
            names.append(str(p.relative_to(cwd)) if p.is_relative_to(cwd) else folder)
        return ", ".join(sorted(set(names)))

    # -- waiting (tests, the bench) ---------------------------------------------------------------
    @property
    def count(self) -> int:
        """How many rebuilds have finished their pages (the first build included)."""
        return self._count

    def wait_for_rebuild(self, timeout: float = 10.0, *, after: int | None = None, slow: bool = False) -> Rebuild:
        """Wait until rebuild number ``after + 1`` (default: the next one) has written its pages.

        With ``slow``, also wait for its slow lane. Raises ``TimeoutError``.
        """
        target = (self._count if after is None else after) + 1
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                done = [r for r in self.rebuilds if r.number >= target and r.pages_done is not None]
                if done and (not slow or done[-1].slow_done is not None):
                    return done[-1]
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"no rebuild after #{target - 1} within {timeout} s")
                self._cond.wait(left)

    def wait_idle(self, timeout: float = 10.0, quiet: float | None = None) -> Rebuild | None:
        """Wait until nothing is pending, building or in the slow lane, and events have been quiet.

        ``quiet`` defaults to the debounce plus a margin (or the poll interval with ``--poll``).
        """
        quiet = quiet if quiet is not None else max(self.debounce * 3, 0.3) + (self.poll_interval * 2 if self.poll else 0)
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                now = time.monotonic()
                slow_busy = self._slow is not None and self._slow.is_alive()
                if not self._dirty and not self._building and not self._warming and not slow_busy and now - self._last_event >= quiet and now - self._last_done >= quiet:
                    return self.last
                left = deadline - now
                if left <= 0:
                    raise TimeoutError(f"watch not idle within {timeout} s")
                self._cond.wait(min(left, 0.05))

    _last_done = 0.0
    _settle = DEFAULT_DEBOUNCE

    # -- the loop -------------------------------------------------------------------------------------
    def _warm_up(self) -> None:
        """Run one report through the plugins in idle time, output discarded; then the collections.

        After a start from the cache nothing was read or rendered, so plugins have not
        loaded their word lists or compiled their templates yet, and no card was rendered
        or guarded; without this the first change would pay for that.
        """
        builder = self.builder
        if builder is None:
            return
        import dataclasses

        try:
            paths, _problems = builder.discover()
            for path in paths[:1]:
                loaded = builder.load_source(path)
                if isinstance(loaded, Problem):
                    continue
                context = dataclasses.replace(builder.context, shared={})
                saved, builder.context = builder.context, context
                try:
                    outcome = builder.process_source(loaded)
                    if outcome.report is not None and outcome.status == "built":
                        scratch: list[Problem] = []
                        builder.host.call("perskamer_render_report", problems=scratch, report=outcome.report, context=context)
                        builder.host.call("perskamer_render_collection", problems=scratch, reports=[outcome.report], context=context)
                finally:
                    builder.context = saved
            # The collections as the next change renders them, guarded: every card rendered
            # and read once now, so the first change reads only its own report's.
            start = self.last
            if start is not None and start.result is not None and not self._dirty and not self._stopping:
                context = dataclasses.replace(builder.context, shared={})
                saved, builder.context = builder.context, context
                try:
                    builder.warm_collections(start.result, stop=lambda: bool(self._dirty) or self._stopping)
                finally:
                    builder.context = saved
        except Exception:  # only ever an optimisation
            pass

    def _loop(self) -> None:
        if self._warming:
            try:
                if not self._dirty:
                    self._warm_up()
            finally:
                with self._cond:
                    self._warming = False
                    self._cond.notify_all()
        while True:
            with self._cond:
                while not self._dirty and not self._stopping:
                    self._cond.wait()  # idle: no CPU until an event arrives
                if self._stopping:
                    return
                while True:
                    now = time.monotonic()
                    quiet_left = self._last_event + self._settle - now
                    total_left = self._first_event + self.max_delay - now
                    if quiet_left <= 0 or total_left <= 0 or self._stopping:
                        break
                    self._cond.wait(min(quiet_left, total_left))
                if self._stopping:
                    return
                dirty, self._dirty = self._dirty, {}
            try:
                self._rebuild(dirty)
            except Exception as exc:  # never stop the loop
                self.log(f"perskamer watch: unexpected error: {type(exc).__name__}: {exc}")
                if self.debug:
                    traceback.print_exc()

    def _rebuild(self, dirty: dict[str, set[str]]) -> Rebuild:
        reasons = set(dirty)
        paths = sorted({p for found in dirty.values() for p in found})
        with self._cond:
            self._building = True
            number = (self.rebuilds[-1].number + 1) if self.rebuilds else 1
        rebuild = Rebuild(number, reasons, paths, started=time.monotonic())
        self._cancel_slow_lane_unless_starving()
        try:
            self._run_rebuild(rebuild, dirty)
        finally:
            with self._cond:
                self._building = False
                self._last_done = time.monotonic()
                if rebuild.pages_done is None:  # it failed before writing anything
                    rebuild.pages_done = time.monotonic()
                if rebuild.slow_done is None and self._slow_rebuild is not rebuild:
                    rebuild.slow_done = rebuild.pages_done
                self.rebuilds.append(rebuild)
                del self.rebuilds[:-50]
                for old in self.rebuilds[:-5]:  # their reports are copies: do not keep them around
                    if old.result is not None and old.result.outcomes and old.slow_done is not None:
                        old.result.outcomes = []
                        old.result.context = None
                self.last = rebuild
                self._count += 1
                self._cond.notify_all()
        self._emit("pages" if rebuild.result is not None else "error", rebuild)
        return rebuild

    def _cancel_slow_lane_unless_starving(self) -> None:
        """A newer rebuild makes the older slow lane pointless: cancel it (ours produces its
        artefacts again), unless slow work has waited ``max_slow_delay`` already: then let
        it finish (ours waits for it), so saves every few seconds never starve the PDFs.
        """
        since = self._slow_pending_since
        if since is not None and time.monotonic() - since >= self.max_slow_delay and self._slow is not None and self._slow.is_alive():
            return
        self._slow_cancel.set()

    def pending_slow(self) -> list[str]:
        """The slow artefacts not written yet (the slow lane's, newest rebuild)."""
        rebuild = self._slow_rebuild
        if rebuild is None or rebuild.result is None or rebuild.slow_done is not None:
            return []
        return [a.path for a in rebuild.result.deferred]

    _slow_rebuild: Rebuild | None = None
    _warming = False
    _config_error: tuple[str | None, list[Problem]] | None = None

    def _run_rebuild(self, rebuild: Rebuild, dirty: dict[str, set[str]]) -> None:
        from .config import ConfigError

        reasons = rebuild.reasons
        if self.builder is None or "config" in reasons:
            builder = None
            try:
                builder = self.factory()
            except ConfigError as exc:
                rebuild.error = "the config cannot be used; the previous config stays in force" if self.builder else "the config cannot be used"
                rebuild.problems = list(exc.problems)
            except Exception as exc:
                rebuild.error = f"cannot open the workspace: {type(exc).__name__}: {exc}"
                if self.debug:
                    traceback.print_exc()
            self._config_error = (rebuild.error, list(rebuild.problems)) if builder is None else None
            if builder is None:
                if self.builder is None or not (reasons - {"config"}):
                    self._report(rebuild)
                    return
                # other changes in the same burst are still built, with the old config
            else:
                clear_plugin_caches(builder)
                if self.builder is not None:
                    # the old builder's slow lane may still be finishing: one lock for both
                    builder.write_lock = self.builder.write_lock
                builder.keep_last_good = True
                self.builder = builder
                self._schedule()
        else:
            if reasons & {"templates", "inputs"}:
                clear_plugin_caches(self.builder)
            if self._config_error is not None:  # still broken: keep saying so
                rebuild.error, rebuild.problems = self._config_error[0], list(self._config_error[1])
        builder = self.builder
        if builder.cache is not None and "content" in dirty:
            builder.cache.forget(dirty["content"])
        builder.fresh_context()
        # After a config or template change everything is inspected again (a new deny
        # list may concern pages whose bytes did not change); after content changes only
        # what is about to be written.
        builder.skip_unchanged_inspection = not (reasons & {"start", "config", "templates", "inputs"})
        try:
            result = builder.build(defer_slow=True)
        except ConfigError as exc:  # a plugin found a mistake in a workspace file it reads (ambitions.yaml)
            rebuild.error = "a workspace file cannot be used; the last good output stays"
            rebuild.problems = list(exc.problems)
            self._report(rebuild)
            return
        except Exception as exc:  # a bug, or --strict and a failing plugin
            rebuild.error = f"the rebuild failed: {type(exc).__name__}: {exc}" + (f" ({rebuild.error})" if rebuild.error else "")
            self._report(rebuild)
            if self.debug:
                traceback.print_exc()
            return
        rebuild.result = result
        rebuild.pages_done = time.monotonic()
        self._note_inputs(builder, result)
        self._schedule()  # a templates folder may have appeared, or a new input been read
        if builder.cache is not None:
            builder.cache.retain_memory(o.cache_key for o in result.outcomes if o.cache_key)
        if rebuild.ok:
            self.last_good = rebuild
        self._report(rebuild)
        self._start_slow_lane(rebuild, builder, result)
        if rebuild.slow_done is not None:  # no slow lane: the rebuild is over
            collector.settle()

    def _note_inputs(self, builder: Builder, result: BuildResult) -> None:
        """Remember what the build's hooks read (so a change to it rebuilds)."""
        used = builder.inputs_of(result)
        self._input_folders = used.folders()
        self._inputs = used.paths() - self._input_folders

    # -- the slow lane: produced artefacts (PDFs), then publishing -------------------------------------
    def _start_slow_lane(self, rebuild: Rebuild, builder: Builder, result: BuildResult) -> None:
        publish = builder.wants_publish(self.publish_asked)
        if result.refused is not None or (not result.deferred and not publish):
            rebuild.slow_done = rebuild.pages_done
            return
        previous = self._slow
        cancel = threading.Event()
        self._slow_cancel = cancel
        if self._slow_pending_since is None:
            self._slow_pending_since = time.monotonic()
        reports = sorted(result.published, key=lambda r: (r.date.isoformat() if r.date else "9999", r.title.casefold(), r.slug))

        def lane() -> None:
            settled = collector.settlements()
            if previous is not None:
                previous.join()  # cancelled already; never two lanes writing or publishing at once
            try:
                if publish and not cancel.is_set():
                    rebuild.publish_problems = self._publish(builder)
                if result.deferred and not cancel.is_set():
                    before = len(result.written)
                    finished = builder.write_deferred(result, reports, cancelled=cancel.is_set, pause=lambda: self._yield_to_pages(cancel))
                    rebuild.slow_cancelled = not finished
                    if publish and finished and len(result.written) > before:
                        rebuild.publish_problems = self._publish(builder)
                    if finished and not self.quiet:
                        produced = result.written[before:]
                        if produced:
                            self.log(f"[{time.strftime('%H:%M:%S')}] slow outputs written: {', '.join(produced[:5])}{' ...' if len(produced) > 5 else ''}")
                        for p in result.problems:
                            if p.severity == "error" and p.format() not in self._printed:
                                self.log(p.format())
                else:
                    rebuild.slow_cancelled = cancel.is_set()
            except Exception as exc:
                self.log(f"perskamer watch: the slow lane failed: {type(exc).__name__}: {exc}")
                if self.debug:
                    traceback.print_exc()
            finally:
                try:
                    builder.finish(result)
                except Exception as exc:
                    self.log(f"perskamer watch: finishing the build failed: {type(exc).__name__}: {exc}")
                if not cancel.is_set():
                    # what the slow artefacts' producers read (a digest intro) is known now
                    self._note_inputs(builder, result)
                    self._schedule()
                with self._cond:
                    rebuild.slow_done = time.monotonic()
                    if not rebuild.slow_cancelled and self._slow_rebuild is rebuild:
                        self._slow_pending_since = None  # the newest slow work is done
                    self._cond.notify_all()
                if not cancel.is_set():
                    self._emit("slow", rebuild)
                    if collector.settlements() == settled:  # (the bundle settles when it is done)
                        self._yield_to_pages(cancel)  # a full collection holds the interpreter
                        if not cancel.is_set():
                            collector.settle()

        self._slow_rebuild = rebuild
        thread = threading.Thread(target=lane, name="perskamer-slow-lane", daemon=True)
        thread.start()
        self._slow = thread  # only a started thread is ever seen by stop() (Ctrl-C comes from another thread)

    def _yield_to_pages(self, cancel: threading.Event) -> None:
        """Let the slow lane wait while a change waits for its rebuild or a rebuild makes its pages.

        Only one Python thread runs at a time, so slow work going on beside the pages
        slows them down (see ``build._pausing``). The wait ends when the pages are
        written, when the rebuild cancels this lane, or when watch stops.
        """
        with self._cond:
            while (self._dirty or self._building) and not cancel.is_set() and not self._stopping:
                self._cond.wait(0.25)

    def _publish(self, builder: Builder) -> list[Problem]:
        problems = builder.publish()
        errors = [p for p in problems if p.severity == "error"]
        if errors:
            for p in errors:
                self.log(p.format())
            self.log("perskamer watch: publishing failed; the local output is up to date, publishing is retried after the next change")
            self._publish_failed = True
        elif not self.quiet:
            if getattr(self, "_publish_failed", False):
                self.log(f"[{time.strftime('%H:%M:%S')}] published again (the earlier failure is resolved)")
            self._publish_failed = False
        return problems

    # -- reporting --------------------------------------------------------------------------------------
    def _report_paused(self, rebuild: Rebuild, refusal: Problem) -> None:
        """A refused rebuild (content folder gone, prune guard): nothing was written, removed or published."""
        self.log(f"[{time.strftime('%H:%M:%S')}] PAUSED: nothing written, removed or published until this is resolved:")
        self.log(refusal.format())
        for p in rebuild.result.all_problems if rebuild.result else []:
            if p is not refusal and p.severity == "error":
                self.log(p.format())

    def _report(self, rebuild: Rebuild) -> None:
        stamp = time.strftime("%H:%M:%S")
        if rebuild.error:
            self.log(f"[{stamp}] {rebuild.error}")
            for p in rebuild.problems:
                self.log(p.format())
        result = rebuild.result
        if result is None:
            return
        if result.refused is not None:
            self._report_paused(rebuild, result.refused)
            return
        reason = ", ".join(sorted(rebuild.reasons))
        changed = f" ({len(rebuild.paths)} path{'s' if len(rebuild.paths) != 1 else ''})" if rebuild.paths else ""
        seconds = (rebuild.pages_done or time.monotonic()) - rebuild.started
        failed = result.failed
        line = (
            f"[{stamp}] {reason}{changed}: rebuilt in {seconds:.2f} s: {count(len(result.published), 'report')}"
            f" ({result.processed} processed), {count(len(result.written), 'file')} written, {len(result.removed)} removed"
        )
        if failed:
            line += f", {len(failed)} failing"
        if result.deferred:
            line += f"; {count(len(result.deferred), 'slow output')} follow{'s' if len(result.deferred) == 1 else ''}"
        if not self.quiet or failed or rebuild.errors:
            self.log(line)
        printed: set[str] = set()
        order = {"error": 0, "warning": 1}
        for p in sorted(result.all_problems, key=lambda p: (order.get(p.severity, 2), p.file or "", p.line or 0)):
            if p.severity == "info":
                continue
            text = p.format()
            printed.add(text)
            # errors every time (they need fixing); warnings once
            if p.severity == "error" or text not in self._printed:
                self.log(text)
        for outcome in failed:
            if outcome.fallback is not None:
                self.log(f"  {outcome.source}: its last good version stays online until it is fixed")
        self._printed = printed
