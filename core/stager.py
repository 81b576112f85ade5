"""Files written ahead by a helper process, renamed into place after the guard's verdict.

A cold build writes thousands of files after its worker processes are done (a report's
page and JSON, the search index), one core idle: each file's creation and write cost
~150-200 us, mostly kernel time, ~0.4 s of the main process at 1000 reports. Meanwhile
the main process renders and guards the collections, which may still withhold a report
from every output, so its files must not be published yet.

:class:`Stager` forks a helper that writes the bytes into a private staging folder in
the output folder (mode 0700, so nobody reads a staged file) while the main process goes
on; :meth:`Stager.take` then renames a staged file into place -- the same atomic rename
:func:`~perskamer.writer.write_atomic` ends with -- or says it was not staged (the caller
writes it as usual). Nothing is published before ``take``; what is never taken goes with
the folder.

No staged file outlives :meth:`Stager.close` (call it in a ``finally``; a Ctrl-C, an
error, a withheld report): the helper is killed and waited for before the folder is
removed. The helper ignores Ctrl-C (the main process cleans up) and stops by itself,
removing the folder, when the main process is gone. A staging folder left by a process
that was killed between the helper's end and ``close`` is removed by the next stager in
that output folder. Forking needs a single-threaded process (``fork`` copies only the
calling thread): with other threads alive (watch) nothing is staged.
"""

from __future__ import annotations

import gc
import itertools
import os
import signal
import threading
from collections.abc import Sequence
from pathlib import Path

#: The staging folders' names in the output folder: ``.perskamer-staging-<pid>-<n>``.
PREFIX = ".perskamer-staging-"

#: Below this many files a fork costs more than it saves.
MIN_FILES = 64

_NUMBERS = itertools.count()


class Stager:
    """Bytes being written ahead into temporary files (see the module's docstring)."""

    def __init__(self, folder: Path, files: Sequence[tuple[Path, bytes]]):
        self.folder = folder
        #: target path (as a string) -> (its number in the helper's order, staged file, the bytes object staged)
        self._staged: dict[str, tuple[int, str, bytes]] = {}
        for target, data in files:
            if str(target) not in self._staged:
                number = len(self._staged)
                self._staged[str(target)] = (number, os.path.join(folder, str(number)), data)
        self._pid: int | None = None
        self._progress: int | None = None  # the helper writes a byte to this pipe per file written
        self._done = 0  # files the helper has written completely (in its order)

    @classmethod
    def start(cls, root: Path, files: Sequence[tuple[Path, bytes]]) -> Stager | None:
        """Fork a helper that stages ``files`` (target path, bytes) under ``root``; ``None``: write them as usual."""
        if len(files) < MIN_FILES or not hasattr(os, "fork") or threading.active_count() > 1:
            return None
        _remove_abandoned(root)
        stager = cls(root / f"{PREFIX}{os.getpid()}-{next(_NUMBERS)}", files)
        try:
            os.makedirs(root, exist_ok=True)  # (a cold build: written to next anyway)
            os.mkdir(stager.folder, 0o700)
            stager._fork()
        except BaseException as exc:  # (a Ctrl-C too: nothing is left behind)
            stager.close()
            if isinstance(exc, OSError):  # read-only, no more processes or descriptors: written as usual
                return None
            raise
        return stager

    def _fork(self) -> None:
        jobs = [(path, data) for _number, path, data in self._staged.values()]
        parent = os.getpid()
        readable, writable = os.pipe()
        self._progress = readable
        # A Ctrl-C waits (pending) until the helper's id is kept, so close() can stop it.
        mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            pid = os.fork()
            if pid == 0:  # the helper: never returns
                _helper(jobs, str(self.folder), parent, writable, readable)
            self._pid = pid
        finally:
            os.close(writable)
            signal.pthread_sigmask(signal.SIG_SETMASK, mask)

    def take(self, target: Path, data: bytes) -> bool:
        """Rename the staged copy of ``data`` to ``target``; False: it was not staged (or not written), write it."""
        found = self._staged.pop(str(target), None)
        if found is None or found[2] is not data or not self._written(found[0]):
            return False
        staged = found[1]
        try:
            try:
                os.replace(staged, target)
            except FileNotFoundError:
                if not os.path.exists(staged):
                    return False
                os.makedirs(os.path.dirname(target), exist_ok=True)
                os.replace(staged, target)
        except OSError:  # another file system below the output folder, a folder in the way: written as usual
            return False
        return True

    def _written(self, number: int) -> bool:
        """Wait until the helper has written file ``number`` or ended; whether it was written."""
        while self._done <= number and self._progress is not None:
            chunk = os.read(self._progress, 65536)
            if not chunk:  # the helper ended (it writes nothing more)
                self._stop()
                break
            self._done += len(chunk)
        return number < self._done

    def _stop(self, kill: bool = False) -> None:
        """Wait for the helper (killed first with ``kill``). Forgotten only once waited for:
        a Ctrl-C during the wait leaves it to :meth:`close`, which kills it."""
        if self._pid is not None:
            if kill:
                try:
                    os.kill(self._pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            try:
                os.waitpid(self._pid, 0)
            except ChildProcessError:
                pass
            self._pid = None
        if self._progress is not None:
            os.close(self._progress)
            self._progress = None

    def close(self) -> None:
        """Stop the helper if it still runs and remove every staged file not taken."""
        self._stop(kill=True)
        self._staged.clear()
        _remove_folder(self.folder)


def _helper(jobs: list[tuple[str, bytes]], folder: str, parent: int, progress: int, unused: int) -> None:
    """In the forked helper: write every job, a byte to ``progress`` after each; never returns."""
    code = 1
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a Ctrl-C is the main process's to handle
        os.close(unused)
        gc.disable()  # (a collection would touch, and so copy, the main process's memory)
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
        for number, (path, data) in enumerate(jobs):
            if number % 32 == 0 and os.getppid() != parent:
                break
            fd = os.open(path, flags, 0o600)
            try:
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view):]
                os.fchmod(fd, 0o644)
            finally:
                os.close(fd)
            os.write(progress, b".")
        else:
            code = 0
    except BaseException:  # noqa: BLE001 - whatever it is, the main process writes the rest itself
        code = 1
    finally:
        try:
            if os.getppid() != parent:  # the main process is gone: nobody else removes the folder
                _remove_folder(folder)
        finally:
            os._exit(code)


def _remove_folder(folder: str | Path) -> None:
    """Remove a staging folder and the files in it (it holds nothing else)."""
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        try:
            os.unlink(os.path.join(folder, name))
        except OSError:
            pass
    try:
        os.rmdir(folder)
    except OSError:
        pass


def _remove_abandoned(root: Path) -> None:
    """Remove the staging folders of processes that are gone (killed before they could)."""
    try:
        names = [name for name in os.listdir(root) if name.startswith(PREFIX)]
    except OSError:
        return
    for name in names:
        pid = name[len(PREFIX):].split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            _remove_folder(root / name)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
