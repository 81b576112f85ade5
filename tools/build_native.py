"""Compile the anonymiser (plugins/anonymise) with mypyc: an opt-in, measured speed-up.

    .venv/bin/python tools/build_native.py          # make native: for this checkout (editable install)
    PERSKAMER_NATIVE=1 python -m build --wheel --no-isolation   # make wheel-native: setup.py calls extensions()

The same Python sources, compiled as they are (mypyc enforces their type hints at run
time; bench/anon_golden.py and the tests check the output is the same). The modules are
copied to ``build/native-src/<tag>/perskamer/plugins/anonymise`` first, so that mypyc
names them as they are imported (``perskamer.plugins.anonymise.detect``); for a checkout
the compiled modules go to ``build/native/<tag>/`` with a manifest of their sources'
digests, which ``plugins/anonymise/_native.py`` checks at import (a stale build is never
used). Needs mypy (``pip install mypy``) and a C compiler; without them perskamer runs the
pure-Python code as always. Figures and costs: docs/decisions.md.
"""

from __future__ import annotations

import json
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_DIR = ROOT / "plugins" / "anonymise"
sys.path.insert(0, str(PACKAGE_DIR))
import _native  # noqa: E402  (plain module: the loader's own rules, the package not imported)

#: the compiled group's name: its shared library is perskamer/plugins/anonymise/native__mypyc.*.so
GROUP = "perskamer.plugins.anonymise.native"
MYPY_OPTIONS = ["--ignore-missing-imports", "--follow-imports=silent"]


def stage() -> list[str]:
    """Copy the modules to compile under their import names; their paths, relative to ROOT."""
    src = ROOT / "build" / "native-src" / _native.build_tag()
    shutil.rmtree(src, ignore_errors=True)
    pkg = src / "perskamer" / "plugins" / "anonymise"
    pkg.mkdir(parents=True)
    for init in (src / "perskamer", src / "perskamer" / "plugins", pkg):
        (init / "__init__.py").write_text("", encoding="utf-8")
    paths = []
    for name in _native.source_digests(PACKAGE_DIR):
        shutil.copyfile(PACKAGE_DIR / name, pkg / name)
        paths.append((pkg / name).relative_to(ROOT).as_posix())
    return paths


def extensions() -> list:
    """The compiled modules as setuptools extensions (for setup.py's compiled wheel)."""
    from mypyc.build import mypycify

    paths = stage()
    return mypycify([*MYPY_OPTIONS, *paths], opt_level="3", debug_level="0", group_name=GROUP,
                    target_dir=str(ROOT / "build" / "native-c" / _native.build_tag()))


def main() -> int:
    try:
        import mypyc  # noqa: F401
    except ImportError:
        print("mypyc is not installed: .venv/bin/pip install mypy", file=sys.stderr)
        return 2
    from setuptools import Distribution

    started = time.perf_counter()
    tag = _native.build_tag()
    out = ROOT / "build" / "native" / tag
    digests = _native.source_digests(PACKAGE_DIR)
    shutil.rmtree(out, ignore_errors=True)
    dist = Distribution({"name": "perskamer-native", "ext_modules": extensions()})
    cmd = dist.get_command_obj("build_ext")
    cmd.build_lib = str(out)
    cmd.build_temp = str(ROOT / "build" / "native-tmp" / tag)
    cmd.inplace = False
    dist.run_command("build_ext")
    compiled = _native.native_dir(PACKAGE_DIR)
    # (the sources as they were when the build started: an edit meanwhile leaves it stale)
    (compiled / _native.MANIFEST).write_text(json.dumps({"tag": tag, "sources": digests}, indent=1), encoding="utf-8")
    print(f"compiled {len(digests)} modules into {compiled.relative_to(ROOT)} in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
