"""The main process's cyclic garbage collector is off while a build loads the plugins'
data and the workers process the reports, and on again for the renders and afterwards
(perskamer.build._CollectorPause); the workers collect, their youngest generation less often
(perskamer.build.WORKER_GC_YOUNG)."""

from __future__ import annotations

import gc
import os
import threading
from pathlib import Path

import pytest
from test_build_parallel import _content  # (the corpus as a content folder)

from perskamer import build as build_module
from perskamer.cli import main


def _watch_the_collector(monkeypatch, tmp_path: Path) -> dict[str, list[bool]]:
    """Record ``gc.isenabled()`` where the build discovers its sources (loading), in each worker once started, and where the renders start."""
    seen: dict[str, list[bool]] = {"discover": [], "render": [], "worker": []}
    notes = tmp_path / "worker-notes"
    notes.mkdir()
    discover = build_module.Builder.discover
    render = build_module.Builder._render_and_guard_reports
    start_worker = build_module._start_worker

    def discovering(self):
        seen["discover"].append(gc.isenabled())
        return discover(self)

    def rendering(self, *args, **kwargs):
        seen["render"].append(gc.isenabled())
        return render(self, *args, **kwargs)

    def starting(*args):  # (a forked worker's initializer is not pickled: the patched one runs)
        start_worker(*args)
        (notes / str(os.getpid())).write_text(f"{gc.isenabled()} {gc.get_threshold()[0]}")

    monkeypatch.setattr(build_module.Builder, "discover", discovering)
    monkeypatch.setattr(build_module.Builder, "_render_and_guard_reports", rendering)
    monkeypatch.setattr(build_module, "_start_worker", starting)
    monkeypatch.setattr(build_module, "PARALLEL_MIN_REPORTS", 4)
    monkeypatch.chdir(tmp_path)
    seen["notes"] = notes  # type: ignore[assignment]
    return seen


def _build(tmp_path: Path, monkeypatch, workers: str) -> None:
    monkeypatch.setenv("PERSKAMER_WORKERS", workers)
    out = tmp_path / f"out-{workers}"
    assert main(["build", "--content", str(_content(tmp_path)), "--out", str(out), "--no-cache", "-q"]) == 0


@pytest.mark.slow
@pytest.mark.parametrize("workers", ["2", "0"])
def test_the_collector_is_paused_for_the_loading_only_in_the_main_process(tmp_path, monkeypatch, workers):
    assert gc.isenabled()
    frozen = gc.get_freeze_count()  # (other tests of this process may have frozen their heap)
    seen = _watch_the_collector(monkeypatch, tmp_path)
    _build(tmp_path, monkeypatch, workers)
    assert seen["discover"] == [False]  # loading: paused
    assert seen["render"] == [True]  # the renders (a slow producer may fork a pool): on
    in_workers = [p.read_text() for p in seen["notes"].iterdir()]  # type: ignore[attr-defined]
    if workers == "2":
        # the workers collect, their youngest generation less often than CPython's default (700)
        assert in_workers and set(in_workers) == {f"True {build_module.WORKER_GC_YOUNG}"}
        assert build_module.WORKER_GC_YOUNG > 700
    else:
        assert in_workers == []
    # as it was: nothing frozen, or the earlier frozen heap still frozen (less what was freed since)
    assert gc.get_threshold()[0] != build_module.WORKER_GC_YOUNG  # (the main process's threshold is its own)
    assert gc.isenabled() and (gc.get_freeze_count() == 0) == (frozen == 0)


@pytest.mark.slow
def test_the_collector_is_left_alone_beside_another_thread(tmp_path, monkeypatch):
    """The switch is process-wide: with another thread (watch, a server) the build does not touch it."""
    seen = _watch_the_collector(monkeypatch, tmp_path)
    stop = threading.Event()
    other = threading.Thread(target=stop.wait, daemon=True)
    other.start()
    try:
        _build(tmp_path, monkeypatch, "0")
    finally:
        stop.set()
        other.join()
    assert seen["discover"] == [True] and seen["render"] == [True]


@pytest.mark.slow
def test_a_collector_switched_off_by_the_caller_stays_off(tmp_path, monkeypatch):
    seen = _watch_the_collector(monkeypatch, tmp_path)
    gc.disable()
    try:
        _build(tmp_path, monkeypatch, "0")
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert seen["discover"] == [False] and seen["render"] == [False]


def test_a_worker_still_frees_cyclic_garbage_by_itself():
    """With the youngest generation collected less often, a cycle made in a worker (a reader's
    library) is still freed by the collector on its own, without an explicit collection."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # (a worker as the pool starts it)
        code = 1
        try:
            import weakref

            build_module._start_worker(True)

            class Node:
                pass

            freed = []
            for _ in range(100):
                a, b = Node(), Node()
                a.other, b.other = b, a  # a cycle: reference counting never frees it
                weakref.finalize(a, freed.append, 1)
                del a, b
            keep = [[] for _ in range(3 * build_module.WORKER_GC_YOUNG)]  # allocations: the collector runs
            code = 0 if len(freed) >= 90 and keep else 2
        finally:
            os.write(write, bytes([code]))
            os._exit(0)
    os.close(write)
    try:
        answer = os.read(read, 1)
    finally:
        os.close(read)
        os.waitpid(pid, 0)
    assert answer == b"\x00"


@pytest.mark.slow
def test_a_one_shot_build_collects_its_youngest_generation_less_often_and_puts_it_back(tmp_path, monkeypatch):
    """``perskamer build`` raises the main process's young threshold while it runs (its
    garbage is freed by reference counting too) and leaves the process as it found it."""
    seen: list[int] = []
    discover = build_module.Builder.discover

    def discovering(self):
        seen.append(gc.get_threshold()[0])
        return discover(self)

    monkeypatch.setattr(build_module.Builder, "discover", discovering)
    monkeypatch.chdir(tmp_path)
    before = gc.get_threshold()
    _build(tmp_path, monkeypatch, "0")
    assert seen == [build_module.WORKER_GC_YOUNG]
    assert gc.get_threshold() == before
