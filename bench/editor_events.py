"""The file events real saves make, as watch sees them (watchdog), with their times.

    .venv/bin/python bench/editor_events.py

Why watch waits only 5 ms after the event that completes a file (``SETTLE_AFTER_COMPLETE``
in core/watch.py): it saves one file the way vim (in place, and renaming the original
away), ed, cp, Python and a temp-file-and-rename editor do, and prints every event from
the first until 0.4 s after, in milliseconds since the save began. Editors that are not
installed are left out. Nothing here asserts a time.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from watchdog.observers import Observer


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="perskamer-editor-events-"))
    report = folder / "r.md"
    report.write_text("---\ntitle: a\n---\n" + "tekst\n" * 200, encoding="utf-8")
    seen: list[tuple[float, str, str, str]] = []

    class Handler:
        def dispatch(self, event) -> None:
            seen.append((time.monotonic(), event.event_type, os.path.basename(event.src_path), os.path.basename(getattr(event, "dest_path", "") or "")))

    observer = Observer()
    observer.schedule(Handler(), str(folder), recursive=True)
    observer.start()
    time.sleep(0.3)

    def show(name: str, save) -> None:
        seen.clear()
        start = time.monotonic()
        save()
        time.sleep(0.4)
        print(f"-- {name}")
        for at, kind, path, dest in seen:
            print(f"  {(at - start) * 1000:7.1f} ms {kind:15s} {path}{' -> ' + dest if dest else ''}")

    def atomic() -> None:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".r.md.", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(report.read_text(encoding="utf-8").replace("tekst", "Tekst"))
        os.replace(tmp, report)

    try:
        if shutil.which("vim"):
            show("vim, default settings", lambda: subprocess.run(["vim", "-u", "NONE", "-N", "-es", "-c", "%s/tekst/Tekst/", "-c", "wq", str(report)], check=False))
            show("vim, backupcopy=no (renames the original away)",
                 lambda: subprocess.run(["vim", "-u", "NONE", "-N", "-es", "-c", "set backupcopy=no writebackup", "-c", "%s/Tekst/tekst/", "-c", "wq", str(report)], check=False))
        if shutil.which("ed"):
            show("ed", lambda: subprocess.run(["ed", "-s", str(report)], input=b",s/tekst/TEKST/\nw\nq\n", check=False))
        show("Python write_text", lambda: report.write_text(report.read_text(encoding="utf-8").replace("TEKST", "tekst"), encoding="utf-8"))
        show("temporary file renamed over it (atomic save)", atomic)
        copy = folder / "kopie.md"
        shutil.copy(report, copy)
        show("cp over it", lambda: subprocess.run(["cp", str(copy), str(report)], check=False))
    finally:
        observer.stop()
        observer.join()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
