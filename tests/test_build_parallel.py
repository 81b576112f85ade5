"""A cold build spread over worker processes publishes exactly what a sequential one does."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from perskamer import build as build_module
from perskamer.cli import main

CORPUS = Path(__file__).parent / "fixtures" / "corpus"


def _site(tmp_path: Path, name: str, monkeypatch, workers: str) -> dict[str, bytes]:
    content = tmp_path / "content"
    if not content.exists():
        content.mkdir()
        for path in CORPUS.iterdir():
            if path.is_file() and not path.name.endswith(".gold.json"):
                shutil.copy(path, content / path.name)
        shutil.copytree(CORPUS / "images", content / "images")
    out = tmp_path / name
    monkeypatch.setenv("PERSKAMER_WORKERS", workers)
    monkeypatch.setattr(build_module, "PARALLEL_MIN_REPORTS", 4)
    monkeypatch.chdir(tmp_path)
    assert main(["build", "--content", str(content), "--out", str(out), "--no-cache", "-q"]) == 0
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


@pytest.mark.slow
def test_parallel_build_equals_sequential(tmp_path, monkeypatch):
    precomputed = []
    original = build_module.Builder._process_in_workers

    def recording(self, paths):
        original(self, paths)
        precomputed.append(len(self.precomputed))

    sequential = _site(tmp_path, "seq", monkeypatch, "0")
    monkeypatch.setattr(build_module.Builder, "_process_in_workers", recording)
    parallel = _site(tmp_path, "par", monkeypatch, "2")
    assert precomputed and precomputed[0] >= 15  # the workers did process the reports
    assert sequential.keys() == parallel.keys()
    for name in sequential:
        assert sequential[name] == parallel[name], name
    assert len(sequential) > 40


def test_workers_are_not_used_for_small_builds(monkeypatch):
    monkeypatch.setenv("PERSKAMER_WORKERS", "2")
    assert build_module.parallel_workers() == 2
    monkeypatch.setenv("PERSKAMER_WORKERS", "0")
    assert build_module.parallel_workers() == 0


def test_warm_up_threads_are_joined_before_forking():
    import threading
    import time

    done = threading.Event()

    def warm_up():
        time.sleep(0.2)
        done.set()

    thread = threading.Thread(target=warm_up, name="perskamer-test-warm-up", daemon=True)
    thread.start()
    build_module._join_warm_up_threads()
    assert done.is_set() and not thread.is_alive()
