"""The stager's helper process (see :mod:`perskamer.stager`): ``python -I -S stagehelper.py FOLDER``.

Reads from its standard input the number of files, then each file's length and bytes,
and writes file ``n`` of them to ``FOLDER/n`` (created exclusively, mode 0644 once
whole), writing a byte to its standard output after each. It then waits for the end
of its input: the main process closes it when it is done with the files, or by ending
(killed too). At that end the folder goes with whatever the main process did not take,
so a killed main process leaves nothing behind either. Imports nothing but ``os``,
``struct`` and ``sys``: it starts in a few milliseconds.
"""

import os
import struct
import sys

_HEADER = struct.Struct(">Q")
_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)


def remove_folder(folder: "str | os.PathLike[str]") -> None:
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


def main() -> int:
    folder = sys.argv[1]
    source = open(0, "rb", buffering=1 << 20, closefd=False)  # noqa: SIM115 - standard input, kept open
    try:
        header = source.read(_HEADER.size)
        count = _HEADER.unpack(header)[0] if len(header) == _HEADER.size else 0
        for number in range(count):
            header = source.read(_HEADER.size)
            if len(header) < _HEADER.size:
                break
            (size,) = _HEADER.unpack(header)
            data = source.read(size)
            if len(data) < size:  # the main process is gone
                break
            fd = os.open(os.path.join(folder, str(number)), _FLAGS, 0o600)
            try:
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view):]
                os.fchmod(fd, 0o644)
            finally:
                os.close(fd)
            os.write(1, b".")
        while source.read(1 << 16):  # until the main process is done with the files
            pass
        return 0
    except Exception:
        return 1
    finally:
        remove_folder(folder)


if __name__ == "__main__":
    sys.exit(main())
