"""The compiled build's tool (tools/build_native.py) and its per-package loader (perskamer.native).

The tool compiles a staged copy of each package in which the set displays of constants of
the top-level statements are built from tuples (mypyc's memory: docs/decisions.md); the
values must be the very same. No compiler or mypy is needed here.
"""

from __future__ import annotations

import ast
import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from perskamer import native

ROOT = Path(__file__).resolve().parent.parent


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("_test_build_native", ROOT / "tools" / "build_native.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TOOL = _tool()


def _values(source: str) -> dict[str, object]:
    """The module-level names of ``source`` run on its own (builtins only)."""
    space: dict[str, object] = {}
    exec(compile(source, "<staged>", "exec"), space)  # noqa: S102  (test sources written here)
    return {k: v for k, v in space.items() if not k.startswith("__")}


def test_set_displays_of_constants_become_tuples_with_the_same_values() -> None:
    source = (
        'A = frozenset({"b", "a", "c"})\n'
        'B = {"x"}\n'
        "C = frozenset(\n    {\n        'p', 'q',\n        *A,\n    }\n)\n"
        'D = frozenset({"k", 1, None}) | {"z", "y"}\n'
        "E = {*A, 'late'}\n"  # (a starred item first: left as it is)
        "F = set({'s', 't'})\n"
        "def f(w):\n    return w in {'not', 'touched'}\n"
        "class K:\n    WORDS = frozenset({'in', 'a', 'class'})\n"
    )
    staged = TOOL.constant_sets_as_tuples(source)
    assert staged.count("\n") == source.count("\n")  # (line numbers kept)
    assert 'frozenset(("b", "a", "c"))' in staged and 'set(("x",))' in staged and "*('p', 'q',)" in staged
    assert "{'not', 'touched'}" in staged and "frozenset({'in', 'a', 'class'})" in staged
    before, after = _values(source), _values(staged)
    assert sorted(before) == sorted(after)
    for name, value in before.items():
        if not callable(value):
            assert after[name] == value and type(after[name]) is type(value), name


@given(st.lists(st.one_of(st.text(max_size=6), st.integers(), st.none()), min_size=1, max_size=30),
       st.sampled_from(["frozenset({%s})", "{%s}", "set({%s})", "frozenset({%s, *EXTRA})", "{%s, *EXTRA}"]))
def test_any_set_of_constants_keeps_its_value(items: list[object], shape: str) -> None:
    source = "EXTRA = ('e1', 'e2')\nX = " + shape % ", ".join(map(repr, items)) + "\n"
    staged = TOOL.constant_sets_as_tuples(source)
    assert _values(staged)["X"] == _values(source)["X"]
    assert type(_values(staged)["X"]) is type(_values(source)["X"])


@pytest.mark.parametrize("package", sorted(TOOL.PACKAGES))
def test_every_compiled_module_stages_to_the_same_constants(package: str) -> None:
    """Each top-level assignment of a constant expression gives the same value staged."""
    folder = ROOT / TOOL.PACKAGES[package]
    checked = 0
    for name in native.source_digests(folder):
        source = (folder / name).read_text(encoding="utf-8")
        staged = TOOL.constant_sets_as_tuples(source)
        assert staged.count("\n") == source.count("\n"), name
        for old, new in zip(ast.parse(source).body, ast.parse(staged).body, strict=True):
            if not isinstance(old, ast.Assign) or not isinstance(new, ast.Assign):
                continue
            if any(isinstance(n, (ast.Name, ast.Attribute)) and not (isinstance(n, ast.Name) and n.id in ("frozenset", "set"))
                   for n in ast.walk(old.value)):
                continue  # (depends on other names: covered by the golden files)
            assert eval(ast.unparse(new.value), {}) == eval(ast.unparse(old.value), {}), (name, old.lineno)  # noqa: S307
            checked += ast.unparse(new.value) != ast.unparse(old.value)
    assert checked > 0 or package != "perskamer.plugins.anonymise"


def test_each_package_has_its_own_build_folder(tmp_path: Path) -> None:
    assert native.native_dir(tmp_path / "core" / "form", "perskamer.form") == (
        tmp_path / "build" / "native" / native.build_tag() / "perskamer" / "form")
    assert native.native_dir(tmp_path / "plugins" / "tagger", "perskamer.plugins.tagger") == (
        tmp_path / "build" / "native" / native.build_tag() / "perskamer" / "plugins" / "tagger")


@pytest.mark.parametrize("stale", [False, True])
def test_a_package_uses_its_own_fresh_build_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stale: bool) -> None:
    monkeypatch.delenv("PERSKAMER_NATIVE", raising=False)
    pkg = tmp_path / "core" / "form"
    pkg.mkdir(parents=True)
    (pkg / "__init__.py").write_text("", encoding="utf-8")
    (pkg / "quotes.py").write_text("Q = 1\n", encoding="utf-8")
    compiled = native.native_dir(pkg, "perskamer.form")
    compiled.mkdir(parents=True)
    manifest = {"tag": native.build_tag(), "sources": native.source_digests(pkg)}
    (compiled / native.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    if stale:
        (pkg / "quotes.py").write_text("Q = 2\n", encoding="utf-8")
    path = [str(pkg)]
    assert native.use_native("perskamer.form", path) is not stale
    assert path == ([str(pkg)] if stale else [str(compiled), str(pkg)])
    # another package's build is not this one's
    assert native.use_native("perskamer.plugins.tagger", [str(pkg)]) is False


# Runs in a subprocess: reads every .txt and .md report of a few informed sets with the form
# readers, prints each report's fields as JSON.
_READ = r"""
import json
from pathlib import Path
import perskamer.form.assemble as assemble
from perskamer.model import Source
from perskamer.plugins.read_markdown import read_markdown
from perskamer.plugins.read_text_form import read_text_form
out = []
for folder in ("bench/data/unseen_s4", "bench/data/unseen_s9", "bench/data/heldout_s16", "tests/fixtures/anon"):
    for path in sorted(Path(folder).glob("*")):
        if path.suffix not in (".txt", ".md") or path.name == "README.md":
            continue
        read = read_text_form if path.suffix == ".txt" else read_markdown
        r = read(Source(path=path, rel=path.name, data=path.read_bytes()))
        out.append(json.dumps({"title": r.title, "date": str(r.date), "meta": r.meta, "sections": r.sections,
                               "lines": r.section_lines, "quotes": [(q.text, q.speaker) for q in r.quotes],
                               "private": repr(r.private), "problems": [p.message for p in r.problems]},
                              sort_keys=True, default=str, ensure_ascii=False))
print(json.dumps({"compiled": assemble.__file__.endswith((".so", ".pyd")), "out": out}))
"""


@pytest.mark.slow
def test_compiled_and_pure_form_readers_give_the_same_reports() -> None:
    import os
    import subprocess
    import sys

    folder = ROOT / "core" / "form"
    if not native.fresh(folder, native.native_dir(folder, "perskamer.form")):
        pytest.skip("no fresh compiled build of perskamer.form in this checkout (make native)")

    def run(switch: str) -> dict:
        proc = subprocess.run([sys.executable, "-c", _READ], cwd=ROOT, env=dict(os.environ, PERSKAMER_NATIVE=switch),
                              capture_output=True, text=True, check=True)
        return json.loads(proc.stdout.strip().splitlines()[-1])

    pure, compiled = run("0"), run("1")
    assert pure["compiled"] is False and compiled["compiled"] is True
    assert len(pure["out"]) > 30
    assert compiled["out"] == pure["out"]
