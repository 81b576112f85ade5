"""Use a package's compiled (mypyc) modules only when they were built from these very sources.

Some packages are plain Python that ``tools/build_native.py`` (``make native``) can also
compile with mypyc, into ``build/native/<python>/<package path>/`` of the checkout,
outside the source tree, with a manifest of the SHA-256 of every source of the package.
At import, such a package calls :func:`use_native` first: it puts that folder in front of
the package's ``__path__`` only when the manifest still matches the sources byte for byte
(the same module files, the same contents, the same Python): after any edit of a ``.py``
the pure-Python code runs, never an old compiled copy -- silently (the output is the same,
only slower), or with a line on stderr saying why when ``PERSKAMER_NATIVE=1`` asks for the
compiled build. ``PERSKAMER_NATIVE=0`` switches it off.

A wheel built with ``PERSKAMER_NATIVE=1`` (``make wheel-native``) carries the compiled
modules beside the sources instead; the import system prefers them there, and an
installed wheel's sources are not edited. Measured choice: docs/decisions.md.

Plain module: no perskamer import (``tools/build_native.py`` imports it by its path), and
no sysconfig, hashlib or json unless a build exists (this runs at every start).
"""

from __future__ import annotations

import os
import sys
from collections.abc import MutableSequence
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

#: the manifest the build writes beside the compiled modules
MANIFEST = "native-manifest.json"
#: a package's modules that are never compiled: the package's __init__ (it runs this check) and
#: form's plugin.py (pluggy reads the hook functions' signatures there: compiled, no reader
#: would be registered), the packages' _native.py (the loader)
NOT_COMPILED = frozenset({"__init__.py", "_native.py", "plugin.py"})


def build_tag() -> str:
    """The folder name of a compiled build for this interpreter ("cpython-311-x86_64-linux-gnu"):
    its extension modules' suffix without the dot and the file type."""
    return EXTENSION_SUFFIXES[0].strip(".").rsplit(".", 1)[0].replace("/", "_")


def native_dir(package_dir: Path, package: str) -> Path:
    """Where ``make native`` puts the compiled modules of ``package`` (dotted name), whose
    sources are in ``package_dir``, two levels under the checkout (``plugins/tagger``,
    ``core/form``): ``build/native/<tag>/<package as a path>`` of the checkout."""
    return package_dir.parent.parent / "build" / "native" / build_tag() / Path(*package.split("."))


def source_digests(package_dir: Path) -> dict[str, str]:
    """SHA-256 of each compiled module's source (every ``.py`` of the package but :data:`NOT_COMPILED`)."""
    import hashlib

    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(package_dir.glob("*.py")) if p.name not in NOT_COMPILED}


def fresh(package_dir: Path, compiled: Path) -> bool:
    """Whether ``compiled`` holds a build of exactly the sources in ``package_dir``."""
    import json

    try:
        manifest = json.loads((compiled / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return manifest.get("tag") == build_tag() and manifest.get("sources") == source_digests(package_dir)


def use_native(package: str, package_path: MutableSequence[str]) -> bool:
    """Put the compiled build of ``package`` in front of ``package_path`` (its ``__path__``)
    when one exists for these sources; with ``PERSKAMER_NATIVE=1``, say on stderr why not."""
    wanted = os.environ.get("PERSKAMER_NATIVE", "")
    if wanted in ("0", "off", "no"):
        return False
    package_dir = Path(package_path[0])
    compiled = native_dir(package_dir, package)
    why = ("" if compiled.is_dir() and fresh(package_dir, compiled) else
           f"no compiled {package} in {compiled}" if not compiled.is_dir() else
           f"the compiled {package} in {compiled} was built from other sources")
    if why:
        if wanted == "1":
            print(f"perskamer: {why}; running the pure-Python code (build it: make native)", file=sys.stderr)
        return False
    package_path.insert(0, str(compiled))
    return True
