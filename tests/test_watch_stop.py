"""Stopping watch never silently drops slow outputs, and saves never starve them (issue 12)."""

from __future__ import annotations

import time

from test_watch import SlowOutput, factory_with, make_workspace, report_md, write

from perskamer.watch import Watcher, wait_awake


def start(ws, slow, lines, **kwargs) -> Watcher:
    watcher = Watcher(factory_with(ws, slow), log=lines.append, **kwargs)
    watcher.start()
    watcher.wait_idle(20)
    return watcher


def change_and_catch_the_slow_lane(watcher: Watcher, ws, title: str) -> None:
    before = watcher.count
    write(ws / "content/a.md", report_md(title))
    watcher.wait_for_rebuild(10, after=before)
    time.sleep(0.1)  # the slow lane is producing now


def test_first_stop_says_what_is_pending_and_finishes_it(tmp_path):
    ws = make_workspace(tmp_path / "ws")
    lines: list[str] = []
    watcher = start(ws, SlowOutput(0.4), lines)
    change_and_catch_the_slow_lane(watcher, ws, "Sessie Alfa bijgewerkt")
    watcher.stop(finish_slow=True)
    # (the html output's search index, zoek/, is a slow output too)
    assert any("finishing 3 slow outputs (traag/a.txt, zoek/, traag/bundel.txt)" in line for line in lines), lines
    assert (ws / "public/traag/a.txt").read_text() == "Sessie Alfa bijgewerkt"
    assert "Sessie Alfa bijgewerkt" in (ws / "public/traag/bundel.txt").read_text()


def test_abandoned_slow_outputs_are_made_by_the_next_start(tmp_path):
    ws = make_workspace(tmp_path / "ws")
    lines: list[str] = []
    watcher = start(ws, SlowOutput(0.4), lines)
    change_and_catch_the_slow_lane(watcher, ws, "Sessie Alfa bijgewerkt")
    watcher.stop()  # the second Ctrl-C: cancel
    assert (ws / "public/traag/a.txt").read_text() == "Sessie Alfa"
    again = start(ws, SlowOutput(0.01), lines)
    try:
        assert (ws / "public/traag/a.txt").read_text() == "Sessie Alfa bijgewerkt"
        assert "Sessie Alfa bijgewerkt" in (ws / "public/traag/bundel.txt").read_text()
    finally:
        again.stop()


def test_a_steady_stream_of_saves_does_not_starve_the_slow_lane(tmp_path):
    ws = make_workspace(tmp_path / "ws")
    slow = SlowOutput(0.3)
    watcher = start(ws, slow, [], max_slow_delay=1.0)
    try:
        slow.produced.clear()
        deadline = time.monotonic() + 4.0
        n = 0
        while time.monotonic() < deadline:  # a save every 0.4 s: each cancels the older lane
            n += 1
            write(ws / "content/a.md", report_md(f"Versie {n}"))
            time.sleep(0.4)
        during = list(slow.produced)
        assert "traag/bundel.txt" in during, "the bundle was never made while saves kept coming"
        watcher.wait_idle(20)
        assert (ws / "public/traag/a.txt").read_text() == f"Versie {n}"
    finally:
        watcher.stop()


def test_stopping_does_not_wait_for_a_slow_warm_up(tmp_path, monkeypatch):
    ws = make_workspace(tmp_path / "ws")
    # a cold, busy machine: a warm-up far longer than any stop may take, so a loaded test
    # machine (a 2.0 s bound failed at 2.04 s at load 14) cannot blur the difference
    import threading

    released = threading.Event()  # set at the end, so no thread outlives the test (a
    # live thread makes later builds in this process skip their worker processes)
    monkeypatch.setattr(Watcher, "_warm_up", lambda self: released.wait(30))
    watcher = Watcher(factory_with(ws), log=lambda line: None)
    watcher.start()
    try:
        time.sleep(0.2)
        began = time.monotonic()
        watcher.stop(finish_slow=True)
        assert time.monotonic() - began < 10.0
    finally:
        released.set()
        watcher._worker.join(10)
    assert not watcher._worker.is_alive()


class _Stop(Exception):
    pass


def _ctrl_c_taken_by_another_thread(wait) -> float:
    """Seconds until ``wait()`` in this (the main) thread is interrupted by a SIGINT another thread received."""
    import signal
    import threading

    def stop(signum, frame):
        raise _Stop

    def another_thread():
        time.sleep(0.3)
        # the kernel may pick any thread (one that is starting a thread takes a pending
        # signal in clone()); Python's C handler then only notes it for the main thread
        signal.pthread_kill(threading.get_ident(), signal.SIGINT)

    previous = signal.signal(signal.SIGINT, stop)
    began = time.monotonic()
    try:
        threading.Thread(target=another_thread, daemon=True).start()
        wait()
    except _Stop:
        return time.monotonic() - began
    finally:
        signal.signal(signal.SIGINT, previous)
    raise AssertionError("the wait ended without the Ctrl-C")


def test_a_ctrl_c_that_another_thread_received_wakes_the_waiting_main_thread():
    assert _ctrl_c_taken_by_another_thread(lambda: wait_awake(timeout=20)) < 5  # (time.sleep(20): 20 s)
    import threading

    done = threading.Event()
    busy = threading.Thread(target=done.wait, args=(20,), daemon=True)
    busy.start()
    try:
        assert _ctrl_c_taken_by_another_thread(lambda: wait_awake(busy)) < 5  # (busy.join(): 20 s)
    finally:
        done.set()
        busy.join(10)


SLOW_PLUGIN = '''
import time

from perskamer.hookspecs import hookimpl
from perskamer.model import Artifact


def _slow(text):
    def produce():
        # the changed report's output is slower: the test's two Ctrl-Cs must land while it is
        # being made, even when a loaded machine delays the test process by seconds
        time.sleep(8 if "bijgewerkt" in text else 1.5)
        return text.encode()

    return produce


@hookimpl
def perskamer_render_report(report, context):
    return [Artifact(f"traag/{report.slug}.txt", producer=_slow(report.title), output="traag")]
'''


def test_ctrl_c_twice_in_the_cli_says_what_it_leaves(tmp_path):
    """The real command: Ctrl-C, then Ctrl-C again while the slow outputs are being made."""
    import os
    import queue
    import signal
    import subprocess
    import sys
    import threading
    from pathlib import Path

    ws = make_workspace(tmp_path / "ws", config="outputs: [html, json]\nplugins: [traag]\n")
    (ws / "plugins").mkdir()
    (ws / "plugins" / "traag.py").write_text(SLOW_PLUGIN, encoding="utf-8")
    perskamer = Path(sys.executable).parent / "perskamer"
    proc = subprocess.Popen([str(perskamer), "watch"], cwd=ws, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"}, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in proc.stderr], daemon=True).start()
    seen: list[str] = []

    def wait_for(text: str, timeout: float = 60) -> None:
        """Read lines until one holds ``text`` (lines read before are not looked at again)."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                seen.append(lines.get(timeout=max(0.1, deadline - time.monotonic())))
            except queue.Empty:
                raise AssertionError(f"no line with {text!r} in {timeout} s; lines: {seen!r}") from None
            if text in seen[-1]:
                return

    try:
        wait_for("Ctrl-C stops")
        wait_for("slow outputs written")  # the start's slow lane is done
        write(ws / "content/a.md", report_md("Sessie Alfa bijgewerkt"))
        wait_for("follow")  # "content (1 path): rebuilt ...; N slow output(s) follow(s)"
        proc.send_signal(signal.SIGINT)
        wait_for("finishing")
        proc.send_signal(signal.SIGINT)
        wait_for("stopped", 30)
        assert proc.wait(10) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
    text = "".join(seen)
    assert "Ctrl-C again to leave them for the next start" in text
    assert "the next start makes them" in text, text
