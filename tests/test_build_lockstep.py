"""A worker takes a batch of reports stage by stage; each report's result is what it gets alone.

(:mod:`perskamer.lockstep`, :func:`perskamer.build._process_in_worker`.) Run here in
one process, so the outcomes, their recorded inputs and the prerendered artefacts
can be compared object by object with the one-report-at-a-time path.
"""

from __future__ import annotations

import io
import pickle
import shutil
from pathlib import Path

import pytest

from perskamer import build as build_module
from perskamer import lockstep
from perskamer.build import Builder, worker_batches
from perskamer.model import Source
from perskamer.workspace import open_workspace

CORPUS = Path(__file__).parent / "fixtures" / "corpus"


# -- the driver ---------------------------------------------------------------------


def _pipeline(name: str, stages: int, log: list[str], fail_at: int | None = None):
    for stage in range(stages):
        if stage == fail_at:
            raise ValueError(f"{name} broke")
        log.append(f"{name}{stage}")
        if stage < stages - 1:
            yield
    return name.upper()


def test_in_lockstep_runs_each_stage_of_every_pipeline_before_the_next_stage():
    log: list[str] = []
    results = lockstep.in_lockstep([_pipeline("a", 3, log), _pipeline("b", 1, log), _pipeline("c", 3, log)])
    assert log == ["a0", "b0", "c0", "a1", "c1", "a2", "c2"]  # b ended after its first stage and dropped out
    assert results == ["A", "B", "C"]


def test_one_pipelines_exception_is_its_result_and_the_others_go_on():
    log: list[str] = []
    results = lockstep.in_lockstep([_pipeline("a", 3, log, fail_at=1), _pipeline("b", 3, log)])
    assert isinstance(results[0], ValueError) and str(results[0]) == "a broke"
    assert results[1] == "B" and log == ["a0", "b0", "b1", "b2"]


def test_run_drives_one_pipeline_to_its_end():
    log: list[str] = []
    assert lockstep.run(_pipeline("x", 4, log)) == "X" and log == ["x0", "x1", "x2", "x3"]


def test_worker_batches_cover_every_path_in_order_and_shrink_towards_the_end():
    paths = [Path(f"r{i}.md") for i in range(1000)]
    batches = worker_batches(paths, 2)
    assert [p for batch in batches for p in batch] == paths
    sizes = [len(b) for b in batches]
    assert max(sizes) == 16 and sizes[-1] == 1
    assert sizes == sorted(sizes, reverse=True)  # the last batches are the smallest: the workers end together
    assert [len(b) for b in worker_batches(paths[:5], 2)] == [1] * 5
    assert worker_batches([], 2) == []


# -- the real pipeline ----------------------------------------------------------------


@pytest.fixture
def builder(tmp_path, monkeypatch) -> Builder:
    content = tmp_path / "content"
    content.mkdir()
    for path in sorted(CORPUS.iterdir()):
        if path.is_file() and not path.name.endswith(".gold.json"):
            shutil.copy(path, content / path.name)
    (content / "leeg.md").write_text("  \n", encoding="utf-8")  # cannot be loaded: the main process reports it
    (content / "kapot.md").write_text("---\ntitle: [unclosed\n---\nTekst.\n", encoding="utf-8")  # read, and fails
    config_file = tmp_path / "config" / "perskamer.yaml"
    config_file.parent.mkdir()
    config_file.write_text(f"site:\n  title: Test\noutputs: [html, json]\ncontent: {content}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    config, host = open_workspace(config_file)
    return Builder(config, host, cache=None)


def _one_at_a_time(builder: Builder, path: Path):
    source = builder.load_source(path)
    if not isinstance(source, Source):
        return None
    outcome = builder.process_source(source)
    return source.rel, outcome, builder.prerender(outcome)


def _comparable(result) -> bytes:
    """Everything a worker's result holds, as bytes (dict orders included); the identity apart."""
    rel, outcome, rendered = result
    artefacts = [(a.path, a.get_bytes()) for a in rendered.artifacts] if rendered is not None else None
    state = (rel, outcome, list(outcome.inputs.files.items()), list(outcome.inputs.keys.items()), artefacts,
             rendered and (rendered.findings, list(rendered.inputs.files.items()), rendered.handed))
    # Without the pickler's memo: equal values compare equal whether or not two fields share one
    # string object (a memoised look-up may hand out the object an earlier report made).
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer)
    pickler.fast = True
    pickler.dump(state)
    return buffer.getvalue()


def test_a_batch_processed_stage_by_stage_gives_each_report_what_it_gets_alone(builder, monkeypatch):
    paths = sorted(builder.discover()[0])
    assert len(paths) >= 15
    alone = {p: _one_at_a_time(builder, p) for p in paths}
    monkeypatch.setattr(build_module, "_WORKER_BUILDER", builder)
    batched = build_module._process_in_worker(paths)
    assert len(batched) == len(paths)
    statuses = set()
    for path, result in zip(paths, batched, strict=True):
        if alone[path] is None:  # the empty file: not loaded in the worker either
            assert result is None, path
            continue
        rel, identity, outcome, rendered, stored = result
        assert stored is None  # (no cache here: the main process stores)
        assert identity == build_module.worker_identity(path.read_bytes())
        assert _comparable((rel, outcome, rendered)) == _comparable(alone[path]), path
        statuses.add(outcome.status)
    assert statuses == {"built", "failed"}
    assert sum(r is not None and r[3] is not None for r in batched) >= 15  # rendered and guarded in the batch


def test_a_report_whose_pipeline_raises_is_left_to_the_main_process(builder, monkeypatch):
    paths = sorted(builder.discover()[0])
    original = Builder.prerender_steps
    victim = paths[3]

    def breaking(self, outcome):
        if outcome.source == builder.rel(victim):
            raise RuntimeError("a bug in the core")
        return (yield from original(self, outcome))

    monkeypatch.setattr(Builder, "prerender_steps", breaking)
    monkeypatch.setattr(build_module, "_WORKER_BUILDER", builder)
    batched = build_module._process_in_worker(paths)
    assert batched[3] is None
    assert sum(r is not None for r in batched) == len(paths) - 2  # the victim and the empty file
