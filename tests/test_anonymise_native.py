"""The opt-in compiled anonymiser (tools/build_native.py, plugins/anonymise/_native.py).

A compiled build is used only while it was built from exactly the sources beside it; the
pure-Python code runs otherwise (no compiler, no mypy, no build, a stale build). When this
checkout has a fresh build (``make native``), the compiled and the pure anonymiser give
the same output.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from perskamer.plugins.anonymise import _native

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_DIR = ROOT / "plugins" / "anonymise"


def _checkout(tmp_path: Path) -> Path:
    """A checkout's plugins/anonymise with three modules (two compiled, the loader not)."""
    pkg = tmp_path / "plugins" / "anonymise"
    pkg.mkdir(parents=True)
    (pkg / "__init__.py").write_text("", encoding="utf-8")
    (pkg / "_native.py").write_text("# loader\n", encoding="utf-8")
    (pkg / "detect.py").write_text("X = 1\n", encoding="utf-8")
    (pkg / "replace.py").write_text("Y = 2\n", encoding="utf-8")
    return pkg


def _build(pkg: Path) -> Path:
    """What tools/build_native.py leaves: the compiled folder and its manifest."""
    compiled = _native.native_dir(pkg)
    compiled.mkdir(parents=True)
    manifest = {"tag": _native.build_tag(), "sources": _native.source_digests(pkg)}
    (compiled / _native.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    return compiled


def test_the_build_lives_outside_the_sources(tmp_path: Path) -> None:
    pkg = _checkout(tmp_path)
    compiled = _native.native_dir(pkg)
    assert compiled.is_relative_to(tmp_path / "build")
    assert not compiled.is_relative_to(pkg)
    assert sorted(_native.source_digests(pkg)) == ["detect.py", "replace.py"]  # (not __init__, not the loader)


def test_a_fresh_build_goes_in_front_of_the_package_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PERSKAMER_NATIVE", raising=False)
    pkg = _checkout(tmp_path)
    compiled = _build(pkg)
    path = [str(pkg)]
    assert _native.use_native(path) is True
    assert path == [str(compiled), str(pkg)]


def test_no_build_leaves_the_package_path_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PERSKAMER_NATIVE", raising=False)
    pkg = _checkout(tmp_path)
    path = [str(pkg)]
    assert _native.use_native(path) is False
    assert path == [str(pkg)]


@pytest.mark.parametrize("change", ["edit", "new module", "module gone", "other python", "no manifest"])
def test_a_stale_build_is_never_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str], change: str) -> None:
    monkeypatch.delenv("PERSKAMER_NATIVE", raising=False)
    pkg = _checkout(tmp_path)
    compiled = _build(pkg)
    if change == "edit":
        (pkg / "detect.py").write_text("X = 2\n", encoding="utf-8")  # (same size, same module set)
    elif change == "new module":
        (pkg / "keep_new.py").write_text("Z = 3\n", encoding="utf-8")
    elif change == "module gone":
        (pkg / "replace.py").unlink()
    elif change == "other python":
        manifest = json.loads((compiled / _native.MANIFEST).read_text(encoding="utf-8"))
        (compiled / _native.MANIFEST).write_text(json.dumps({**manifest, "tag": "cpython-39-other"}), encoding="utf-8")
    else:
        (compiled / _native.MANIFEST).unlink()
    path = [str(pkg)]
    assert _native.use_native(path) is False
    assert path == [str(pkg)]
    assert capsys.readouterr().err == ""  # (silent: the same output, only slower)
    monkeypatch.setenv("PERSKAMER_NATIVE", "1")  # (asked for: says why not)
    assert _native.use_native(path) is False
    assert path == [str(pkg)]
    assert "running the pure-Python code" in capsys.readouterr().err


def test_switched_off_by_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pkg = _checkout(tmp_path)
    _build(pkg)
    monkeypatch.setenv("PERSKAMER_NATIVE", "0")
    path = [str(pkg)]
    assert _native.use_native(path) is False
    assert path == [str(pkg)]


# Runs in a subprocess: anonymises the hard cases and a few generated reports, prints JSON.
_RUN = r"""
import json
from pathlib import Path
import yaml
import perskamer.plugins.anonymise.detect as detect
from perskamer.plugins.anonymise.replace import anonymise_text
from perskamer.plugins.anonymise.anonymiser import anonymise_report
from perskamer.model import Quote, Report
cases = yaml.safe_load(Path("tests/fixtures/anon/hard_cases.yaml").read_text("utf-8"))
out = [anonymise_text(c["text"]) for c in cases]
rep = Report(source="x", slug="x", format="md", meta={"speakers": ["Jan Peeters", "Fatima El Amrani"]},
             sections={"summary": " ".join(c.get("context") or "" for c in cases)},
             quotes=[Quote(c["text"], c.get("speaker")) for c in cases])
anonymise_report(rep)
out += [q.text for q in rep.quotes] + [json.dumps(rep.private.get("anonymisation"), sort_keys=True, default=str)]
print(json.dumps({"compiled": detect.__file__.endswith((".so", ".pyd")), "out": out}))
"""


def _run(native: str) -> dict:
    env = dict(os.environ, PERSKAMER_NATIVE=native)
    proc = subprocess.run([sys.executable, "-c", _RUN], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.mark.slow
def test_compiled_and_pure_give_the_same_output() -> None:
    compiled = _native.native_dir(PACKAGE_DIR)
    if not _native.fresh(PACKAGE_DIR, compiled):
        pytest.skip("no fresh compiled build in this checkout (make native)")
    pure, native = _run("0"), _run("1")
    assert pure["compiled"] is False and native["compiled"] is True
    assert len(pure["out"]) > 100
    assert native["out"] == pure["out"]
