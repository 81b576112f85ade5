"""Compile perskamer's hot pure-Python packages with mypyc: an opt-in, measured speed-up.

    .venv/bin/python tools/build_native.py          # make native: for this checkout (editable install)
    .venv/bin/python tools/build_native.py --package perskamer.plugins.anonymise -O 3   # one package
    PERSKAMER_NATIVE=1 python -m build --wheel --no-isolation   # make wheel-native: setup.py calls extensions()

The same Python sources, compiled as they are (mypyc enforces their type hints at run
time; bench/anon_golden.py, bench/read_tag_golden.py and the tests check the output is the
same). Each package of :data:`PACKAGES` is one mypyc group (one shared library; calls
between its modules are C calls), compiled on its own: a package calls another only
through Python imports, so each one's build is used or not on its own. Its modules are
copied to ``build/native-src/<tag>/<package path>`` first, so that mypyc names them as
they are imported (``perskamer.plugins.anonymise.detect``) -- with the set displays of
constants of their top-level statements built from tuples (:func:`constant_sets_as_tuples`:
the same values; it halves mypyc's memory). For a checkout the compiled modules go to
``build/native/<tag>/`` with a manifest of their package's sources' digests per package,
which :mod:`perskamer.native` checks at import (a stale build is never used). Needs mypy
(``pip install mypy``) and a C compiler; without them perskamer runs the pure-Python code
as always. Figures and costs: docs/decisions.md.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _plain_module(path: Path):  # noqa: ANN202
    """A module of the checkout loaded by its path (perskamer need not be installed; nothing on sys.path)."""
    spec = importlib.util.spec_from_file_location("_perskamer_build_" + path.stem, path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


#: the loader's own rules (core/native.py: build_tag, native_dir, source_digests, MANIFEST)
native = _plain_module(ROOT / "core" / "native.py")

#: the packages compiled: dotted name -> folder of the checkout (two levels deep, as
#: native.native_dir expects); each becomes the group <package>.native (native__mypyc.*.so)
PACKAGES = {"perskamer.plugins.anonymise": "plugins/anonymise", "perskamer.form": "core/form"}
MYPY_OPTIONS = ["--ignore-missing-imports", "--follow-imports=silent"]
#: gcc -O level of the C mypyc writes (measured: docs/decisions.md)
OPT_LEVEL = "1"


def _is_constant_set(node: ast.AST) -> bool:
    return isinstance(node, ast.Set) and all(isinstance(e, ast.Constant) for e in node.elts)


def _constants_then_starred(node: ast.Set) -> int:
    """How many constants open a set display that goes on with starred items only (0: another shape)."""
    n = next((i for i, e in enumerate(node.elts) if not isinstance(e, ast.Constant)), len(node.elts))
    rest = node.elts[n:]
    return n if n >= 2 and rest and all(isinstance(e, ast.Starred) for e in rest) else 0


def constant_sets_as_tuples(source: str) -> str:
    """The module's source with every set display of constants in its top-level statements
    (``frozenset({"a", "b"})``, ``{"a", "b"}``) built from a tuple instead (``frozenset(("a", "b"))``,
    ``set(("a", "b"))``): the same values. mypyc builds a set display element by element, one error
    branch each, and its analyses of a module's top level grow with blocks x registers: detect.py's
    1,435 set elements took 2.3 GB to compile; a tuple of constants is one static literal. Lines
    and line numbers are kept (only the brackets change)."""
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line.encode("utf-8")))
    data = source.encode("utf-8")
    edits: list[tuple[int, int, bytes]] = []  # (start, end, replacement) in bytes

    def at(line: int, col: int) -> int:
        return offsets[line - 1] + col

    for stmt in tree.body:
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            continue
        wrapped = {id(n.args[0]) for n in ast.walk(stmt) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
                   and n.func.id in ("frozenset", "set") and len(n.args) == 1 and not n.keywords}
        for node in ast.walk(stmt):
            if isinstance(node, ast.Set) and _constants_then_starred(node):
                # {"a", "b", *X}: {*("a", "b"), *X} (the constants from their tuple, one update)
                first, last = node.elts[0], node.elts[_constants_then_starred(node) - 1]
                start, end = at(first.lineno, first.col_offset), at(last.end_lineno, last.end_col_offset)
                edits.append((start, end, b"*(" + data[start:end] + b",)"))
                continue
            if not _is_constant_set(node):
                continue
            start, end = at(node.lineno, node.col_offset), at(node.end_lineno, node.end_col_offset)
            inner = data[start + 1:end - 1]
            one = b"," if len(node.elts) == 1 else b""
            edits.append((start, end, (b"(" if id(node) in wrapped else b"set((") + inner + one
                          + (b")" if id(node) in wrapped else b"))")))
    for start, end, new in sorted(edits, reverse=True):
        data = data[:start] + new + data[end:]
    return data.decode("utf-8")


def stage(package: str) -> list[str]:
    """Copy the package's modules to compile under their import names; their paths, relative to ROOT."""
    src = ROOT / "build" / "native-src" / native.build_tag()
    pkg = src.joinpath(*package.split("."))
    shutil.rmtree(pkg, ignore_errors=True)
    pkg.mkdir(parents=True)
    for parent in list(pkg.relative_to(src).parents)[:-1]:
        init = src / parent / "__init__.py"
        if not init.exists():
            init.write_text("", encoding="utf-8")
    folder = ROOT / PACKAGES[package]
    shutil.copyfile(folder / "__init__.py", pkg / "__init__.py")  # (type-checked for the names it exports, not compiled)
    paths = []
    for name in native.source_digests(folder):
        source = (folder / name).read_text(encoding="utf-8")
        (pkg / name).write_text(constant_sets_as_tuples(source), encoding="utf-8")
        paths.append((pkg / name).relative_to(ROOT).as_posix())
    return paths


def extensions(packages: list[str] | None = None, opt_level: str = OPT_LEVEL, multi_file: bool = True) -> list:
    """The compiled modules of ``packages`` (default: all) as setuptools extensions (also for
    setup.py's compiled wheel): one mypyc group per package, its C in one file per module
    (``multi_file``: gcc's memory and time per file stay small)."""
    from mypyc.build import mypycify

    exts = []
    for package in packages or list(PACKAGES):
        target = ROOT / "build" / "native-c" / native.build_tag() / package
        built = mypycify([*MYPY_OPTIONS, *stage(package)], opt_level=opt_level, debug_level="0",
                         group_name=package + ".native", multi_file=multi_file, target_dir=str(target))
        # (a dotted group name puts the group's header in a sub-folder that multi-file C files do not find)
        for ext in built:
            ext.include_dirs.append(str(target.joinpath(*package.split("."))))
        exts += built
    return exts


def status() -> str:
    """One line: which packages of this checkout have a fresh compiled build, or how to get one."""
    fresh = [p for p, folder in PACKAGES.items() if native.fresh(ROOT / folder, native.native_dir(ROOT / folder, p))]
    if fresh:
        return "compiled (make native): " + ", ".join(fresh)
    return "pure Python; `make native` compiles the anonymiser and the form readers with mypyc (~1.3x; needs gcc; docs/decisions.md)"


def main(argv: list[str] | None = None) -> int:
    import argparse
    import resource

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--package", action="append", choices=sorted(PACKAGES), help="only this package (repeatable)")
    ap.add_argument("-O", "--opt-level", default=OPT_LEVEL, choices="0123", help="gcc -O level (default %(default)s)")
    ap.add_argument("--one-file", action="store_true", help="one C file per package (mypyc's default; slower, more memory)")
    ap.add_argument("-j", "--jobs", type=int, default=1, help="gcc processes at once")
    ap.add_argument("--status", action="store_true", help="say which packages run compiled, build nothing")
    args = ap.parse_args(argv)
    if args.status:
        print(status())
        return 0
    try:
        import mypyc  # noqa: F401
    except ImportError:
        print("mypyc is not installed: .venv/bin/pip install mypy", file=sys.stderr)
        return 2
    from setuptools import Distribution

    started = time.perf_counter()
    tag = native.build_tag()
    out = ROOT / "build" / "native" / tag
    packages = args.package or list(PACKAGES)
    digests = {package: native.source_digests(ROOT / PACKAGES[package]) for package in packages}
    for package in packages:
        shutil.rmtree(native.native_dir(ROOT / PACKAGES[package], package), ignore_errors=True)
    exts = extensions(packages, args.opt_level, not args.one_file)
    print(f"mypy + C generation: {time.perf_counter() - started:.1f} s wall, {time.process_time():.1f} s CPU, "
          f"peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB", flush=True)
    dist = Distribution({"name": "perskamer-native", "ext_modules": exts})
    cmd = dist.get_command_obj("build_ext")
    cmd.build_lib = str(out)
    cmd.build_temp = str(ROOT / "build" / "native-tmp" / tag)
    cmd.inplace = False
    cmd.parallel = args.jobs if args.jobs > 1 else None
    dist.run_command("build_ext")
    for package in packages:
        compiled = native.native_dir(ROOT / PACKAGES[package], package)
        # (the sources as they were when the build started: an edit meanwhile leaves it stale)
        manifest = {"tag": tag, "sources": digests[package]}
        (compiled / native.MANIFEST).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
        print(f"compiled {len(digests[package])} modules of {package} into {compiled.relative_to(ROOT)}")
    print(f"in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
