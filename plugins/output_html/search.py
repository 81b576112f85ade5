"""Site search: a Pagefind index of the published reports, part of the ``html`` output.

Pagefind (PyPI ``pagefind[bin]``, a Rust binary) writes a static index into
``pagefind/`` that its own script searches in the browser: no server, nothing loaded
from elsewhere. We do not index the pages as written: each report gets a small record
page (``search_record.html``: title, date, session, ambitions, sections and the
anonymised quotes) rendered from the same data as its page, so the index needs no file
from disk and is ready in the same build. The report's page render makes it, from the
page's own view of the sections (in the worker process of a large build), and hands it
to the index (``context.hand_over``). The binary runs on a temporary folder of
those records (about 0.1 s for 100 reports); the Python service API of the ``pagefind``
package costs about 0.1 s *per page* and is not used.

The index is returned as an artefact set (``Artifact.expand``): a normal build writes it
with the other files, ``watch`` makes it in its slow lane after the pages are online,
and ``perskamer build`` starts it in a thread when the collections are rendered, so
Pagefind runs while the pages are written (:class:`Early`).
Without the binary the site is built without search and the build says how to add it.
"""

from __future__ import annotations

import atexit
import contextlib
import contextvars
import gzip
import json
import os
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from perskamer.model import Artifact, Problem

from .pagefind_canon import NotCanonical, canonical

FOLDER = "pagefind/"
INSTALL_HINT = "pip install 'pagefind[bin]' (the Pagefind binary from PyPI), then build again"
#: Files of Pagefind's bundle the site does not use (other UIs, the highlighter, the
#: index for pages without a language).
UNUSED = ("pagefind-component-ui", "pagefind-modular-ui", "pagefind-highlight.js", "wasm.unknown.pagefind")
TIMEOUT_S = 120


def enabled(context: Any) -> bool:
    """Search is on unless ``html.search: false``."""
    return bool((context.options("html") or {}).get("search", True))


def pagefind_binary() -> str | None:
    """The Pagefind executable: the one the ``pagefind`` package finds (``pagefind_bin``), else on PATH."""
    try:
        from pagefind.service import get_executable
    except ImportError:
        get_executable = None
    if get_executable is not None:
        try:
            found = get_executable()
        except Exception:
            found = None
        if found:
            return str(found)
    return shutil.which("pagefind") or shutil.which("pagefind_extended")


def missing_binary_problem() -> Problem:
    return Problem(
        "warning",
        "the site is built without search: the Pagefind binary is not installed",
        field="html.search",
        plugin="html",
        hint=INSTALL_HINT + " (or set html.search: false)",
    )


def at_lower_priority(command: list[str]) -> list[str]:
    """``command`` run through ``nice`` where there is one.

    Pagefind indexes in watch's slow lane with a thread per core; at normal priority
    the next save's pages shared the CPU with it (500 reports, html + json: a save took
    1.1 s to reach the page instead of 0.42 s without search; bench/bench_pipeline.py).
    """
    nice = shutil.which("nice")
    return [nice, "-n", "10", *command] if nice else list(command)


def search_set(records: Callable[[], list[tuple[str, str, str]]], language: str, binary: str, *, early: bool = False) -> Artifact:
    """The index of the pages ``records()`` returns (``(url, html, slug)``) as an artefact set under ``pagefind/``.

    ``early``: start making it now, in a thread (see :class:`Early`), instead of when
    the core asks for the files.
    """
    make = partial(_index_records, records, language, binary)
    return Artifact(FOLDER, output="html", expand=Early(make).result if early else make)


def _index_records(records: Callable[[], list[tuple[str, str, str]]], language: str, binary: str) -> list[Artifact]:
    return index_files(records(), language, binary)


class Early:
    """``make()`` started at once in a daemon thread; :meth:`result` waits for it (and raises what it raised).

    ``perskamer build`` writes the pages before the index (pages first), so a thread
    started when the collections are rendered makes the record pages while the main
    thread guards and writes the pages, and Pagefind (a separate process) then indexes
    on another core while the main thread finishes them: the index is mostly ready when
    the core asks for it. The thread runs in a copy of the caller's context, so what it
    reads through the build context is recorded as the collections' inputs, as when the
    core asks for the files itself. Only when the context says so (``slow_early``):
    in watch the slow lane must not take the CPU from the next save's pages.
    """

    def __init__(self, make: Callable[[], list[Artifact]]):
        self._made: list[Artifact] | None = None
        self._error: BaseException | None = None
        run = contextvars.copy_context().run
        self._thread = threading.Thread(target=run, args=(self._run, make), name="perskamer-search-index", daemon=True)
        _THREADS.add(self._thread)
        self._thread.start()

    def _run(self, make: Callable[[], list[Artifact]]) -> None:
        try:
            self._made = make()
        except BaseException as exc:  # handed to the core by result(), in the main thread
            self._error = exc
        finally:
            _THREADS.discard(threading.current_thread())

    def result(self) -> list[Artifact]:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._made or []


def index_files(records: list[tuple[str, str, str]], language: str, binary: str) -> list[Artifact]:
    """Run Pagefind on the record pages; return its bundle as artefacts, in the order to guard them.

    Each fragment (one report's text) names its report, so the leak guard reads it
    against that report's names, as it reads the report's page. Fragments come first:
    if the guard stops one, the core publishes nothing after it, so the word index
    (``index/*.pf_index``, which holds only the words of the fragments and is not
    scanned itself) never goes out without them.
    """
    slugs = {"/" + url.lstrip("/"): slug for url, _html, slug in records}
    tmp = tempfile.mkdtemp(prefix="perskamer-search-", dir=scratch_folder(sum(len(html) for _u, html, _s in records)))
    _OPEN.add(tmp)
    try:
        bundle = _run_pagefind(Path(tmp), records, language, binary)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        _OPEN.discard(tmp)  # (after: a folder being removed is still removed at exit)
    try:
        bundle = canonical(bundle)  # the same bytes for the same site (see pagefind_canon)
    except (NotCanonical, KeyError, ValueError, OSError, EOFError):
        pass  # another Pagefind layout: the index works, only its bytes vary between builds
    files = []
    for rel, data in bundle.items():
        text = _scan_text(rel, data)
        report = slugs.get(_fragment_url(text)) if rel.startswith("fragment/") else None
        files.append(Artifact(FOLDER + rel, data, output="html", report=report, media_type=_media_type(rel), scan_text=text))
    files.sort(key=lambda a: (_GUARD_ORDER.index(next(k for k in _GUARD_ORDER if a.path[len(FOLDER):].startswith(k))), a.path))
    return files


def _run_pagefind(tmp: Path, records: list[tuple[str, str, str]], language: str, binary: str) -> dict[str, bytes]:
    """Write the record pages into ``tmp``, run Pagefind there, return its bundle (the files the site uses)."""
    site = tmp / "site"
    site.mkdir()
    for url, html, _slug in records:
        _stop_if_exiting()
        target = site / url
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html, encoding="utf-8")
    out = tmp / "bundle"
    command = [binary, "--site", str(site), "--output-path", str(out), "--force-language", language, "--keep-index-url", "--quiet"]
    _stop_if_exiting()
    proc = subprocess.Popen(at_lower_priority(command), stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)
    _RUNNING.add(proc)
    try:
        stdout, stderr = proc.communicate(timeout=TIMEOUT_S)
    except BaseException:
        proc.kill()
        proc.wait()
        raise
    finally:
        _RUNNING.discard(proc)
    if proc.returncode != 0:
        detail = (stderr or stdout).strip().splitlines()
        raise RuntimeError(f"pagefind exited with {proc.returncode}: {detail[-1] if detail else 'no message'}")
    bundle = {}
    for path in sorted(p for p in out.rglob("*") if p.is_file()):
        _stop_if_exiting()
        rel = path.relative_to(out).as_posix()
        if not (rel.startswith(UNUSED) or rel in UNUSED):
            bundle[rel] = path.read_bytes()
    return bundle


#: Temporary sites and Pagefind processes in use, and whether the interpreter is exiting:
#: an index made in a thread (:class:`Early`) is not unwound by a Ctrl-C in the main
#: thread, so at exit its Pagefind is stopped and its folder removed (:func:`_clean_up`).
_OPEN: set[str] = set()
_RUNNING: set[subprocess.Popen[str]] = set()
_THREADS: set[threading.Thread] = set()
_EXITING = threading.Event()


def _stop_if_exiting() -> None:
    if _EXITING.is_set():
        raise RuntimeError("perskamer is stopping")


@atexit.register
def _clean_up() -> None:
    _EXITING.set()
    for proc in list(_RUNNING):
        with contextlib.suppress(OSError, subprocess.TimeoutExpired):
            proc.kill()
            proc.wait(timeout=2)  # reaped here: the thread may not get to it before the interpreter ends
    for thread in list(_THREADS):
        thread.join(timeout=5)  # it stops at its next step and removes its folder itself
    for path in list(_OPEN):
        shutil.rmtree(path, ignore_errors=True)


#: A folder in memory (tmpfs) for Pagefind's temporary site and bundle, where the system has one.
SCRATCH = "/dev/shm"


def scratch_folder(site_chars: int) -> str | None:
    """Where Pagefind's temporary site goes: :data:`SCRATCH` when it is there and has room, else the system's temp folder.

    A thousand record pages and the bundle are ~2000 small files written, read and
    removed once per build; on a disk shared with other writers that took seconds of
    wall clock (and 0.1 ms of our CPU a report more than in memory). Room: three times
    the pages (they, Pagefind's output and its unpacked copy) and 32 MB to spare.
    """
    try:
        if not os.path.isdir(SCRATCH) or not os.access(SCRATCH, os.W_OK | os.X_OK):
            return None
        return SCRATCH if shutil.disk_usage(SCRATCH).free > 3 * 4 * site_chars + (32 << 20) else None
    except OSError:
        return None


#: Fragments first, then what the index is made of, the entry point last but Pagefind's own code.
_GUARD_ORDER = ("fragment/", "filter/", "index/", "pagefind.", "wasm.", "pagefind-entry.json", "")


def _fragment_url(text: str) -> str:
    try:
        return str(json.loads(text[text.index("{"):]).get("url") or "")
    except (ValueError, AttributeError):
        return ""


def _media_type(rel: str) -> str:
    if rel.endswith(".js"):
        return "text/javascript"
    if rel.endswith(".css"):
        return "text/css"
    if rel.endswith(".json"):
        return "application/json"
    return "application/octet-stream"


def _scan_text(rel: str, data: bytes) -> str:
    """What the leak guard reads: the chunks unpacked (they are gzip-compressed).

    Not read: Pagefind's own scripts, styles and WebAssembly (no report text in them) and
    the word index (only words of the fragments, which are read; see :func:`index_files`).
    """
    if rel.startswith("index/") or rel.endswith((".js", ".css", ".pagefind")):
        return ""
    if data[:2] == b"\x1f\x8b":
        try:
            return gzip.decompress(data).decode("utf-8", errors="replace")
        except (OSError, EOFError):
            return ""
    return data.decode("utf-8", errors="replace")
