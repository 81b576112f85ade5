"""Files written ahead by a helper process, renamed into place after the guard's verdict.

A cold build writes thousands of files after its worker processes are done (a report's
page and JSON, the search index), one core idle: each file's creation and write cost
~50-300 us, mostly kernel time, depending on the machine's I/O. Meanwhile the main
process renders and guards the collections, which may still withhold a report from
every output, so its files must not be published yet.

:class:`Stager` starts a helper process (``stagehelper.py``, a small fresh interpreter:
nothing of this process's memory is copied) that writes the bytes into a private
staging folder in the output folder (mode 0700, so nobody reads a staged file) on the
idle core, while the main process goes on; a thread sends it the bytes (one system call
for many files). :meth:`Stager.take` then renames a staged file into place -- the same
atomic rename :func:`~perskamer.writer.write_atomic` ends with -- or says it was not
staged (the caller writes it as usual). Nothing is published before ``take``; what is
never taken goes with the folder.

No staged file outlives :meth:`Stager.close` (call it in a ``finally``; a Ctrl-C, an
error, a withheld report): the helper is killed and waited for before the folder is
removed. The helper runs in its own session (a Ctrl-C in the terminal is the main
process's to handle) and, when the main process ends without closing it (killed), it
sees the end of its input and removes the folder itself. A staging folder left all the
same (the machine stopped) is removed by the next stager in that output folder. Only in
a single-threaded process (not in watch, whose threads write too).
"""

from __future__ import annotations

import itertools
import os
import signal
import struct
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

from .stagehelper import remove_folder

#: The staging folders' names in the output folder: ``.perskamer-staging-<pid>-<n>``.
PREFIX = ".perskamer-staging-"

#: Below this many files starting a helper costs more than it saves.
MIN_FILES = 64

_NUMBERS = itertools.count()
#: The helper's script (it imports nothing of perskamer).
HELPER = Path(__file__).with_name("stagehelper.py")
_HEADER = struct.Struct(">Q")
_IOV_MAX = 512


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
        self._jobs: int | None = None  # the helper's standard input (the files to write)
        self._progress: int | None = None  # its standard output: a byte per file written
        self._feeder: threading.Thread | None = None
        self._done = 0  # files the helper has written completely (in its order)

    @classmethod
    def start(cls, root: Path, files: Sequence[tuple[Path, bytes]]) -> Stager | None:
        """Start a helper that stages ``files`` (target path, bytes) under ``root``; ``None``: write them as usual."""
        if len(files) < MIN_FILES or not hasattr(os, "posix_spawn") or not sys.executable or threading.active_count() > 1:
            return None
        _remove_abandoned(root)
        stager = cls(root / f"{PREFIX}{os.getpid()}-{next(_NUMBERS)}", files)
        try:
            os.makedirs(root, exist_ok=True)  # (a cold build: written to next anyway)
            os.mkdir(stager.folder, 0o700)
            stager._spawn()
        except BaseException as exc:  # (a Ctrl-C too: nothing is left behind)
            stager.close()
            if isinstance(exc, OSError):  # read-only, no more processes or descriptors: written as usual
                return None
            raise
        return stager

    def _spawn(self) -> None:
        """Start the helper and a thread that feeds it."""
        jobs, self._jobs = os.pipe()
        self._progress, progress = os.pipe()
        # (a Ctrl-C waits, pending, until the helper's id is kept: close() can always stop it)
        mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            self._pid = os.posix_spawn(
                sys.executable, [sys.executable, "-I", "-S", str(HELPER), str(self.folder)], dict(os.environ),
                file_actions=[(os.POSIX_SPAWN_DUP2, jobs, 0), (os.POSIX_SPAWN_DUP2, progress, 1),
                              (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0)],
                setsid=True, setsigmask=(),
            )
        finally:
            os.close(jobs)
            os.close(progress)
            signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        data = [data for _number, _path, data in self._staged.values()]
        self._feeder = threading.Thread(target=_feed, args=(self._jobs, data, self._pid), name="perskamer-stager", daemon=True)
        self._feeder.start()

    def sent(self) -> None:
        """Wait until the helper has been sent every file (the feeding thread has ended).

        The core calls this before it produces slow artefacts: the PDF output forks its
        workers only in a single-threaded process.
        """
        if self._feeder is not None:
            self._feeder.join()
            self._feeder = None

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
        """Stop feeding and wait for the helper (killed first with ``kill``). Forgotten only once
        waited for: a Ctrl-C during the wait leaves it to :meth:`close`, which kills it."""
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
        if self._jobs is not None:  # (a feeder blocked on the full pipe of a killed helper has failed by now)
            self.sent()
            os.close(self._jobs)
            self._jobs = None
        if self._progress is not None:
            os.close(self._progress)
            self._progress = None

    def close(self) -> None:
        """Stop the helper if it still runs and remove every staged file not taken."""
        self._stop(kill=True)
        self._staged.clear()
        remove_folder(self.folder)


def _feed(fd: int, files: list[bytes], helper: int) -> None:
    """In a thread: send the helper the number of files, then each one's length and bytes.

    One system call for hundreds of files (``writev``), so the thread seldom needs the
    interpreter (it would wait for its turn behind the main thread's Python work): it
    waits in the kernel while the helper reads. If sending fails, the helper is stopped:
    the main process then writes the files it has not taken as usual.
    """
    buffers: list[bytes | memoryview] = [_HEADER.pack(len(files))]
    for data in files:
        buffers += (_HEADER.pack(len(data)), data)
    try:
        while buffers:
            chunk = buffers[:_IOV_MAX]
            sent = os.writev(fd, chunk)
            del buffers[: len(chunk)]
            for i, buffer in enumerate(chunk):  # (a partial write: the rest goes first next time)
                if sent < len(buffer):
                    buffers[:0] = [memoryview(buffer)[sent:], *chunk[i + 1 :]]
                    break
                sent -= len(buffer)
    except OSError:  # the helper is gone (killed by close), or it cannot be sent the rest
        try:
            os.kill(helper, signal.SIGKILL)
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
            remove_folder(root / name)


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
