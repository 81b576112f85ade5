"""Use the anonymiser's compiled (mypyc) modules when they were built from these very sources.

The rules live in :mod:`perskamer.native` (shared by every package ``make native`` compiles);
this module applies them to the anonymiser: imported first by the package, it puts a fresh
``build/native/<python>/perskamer/plugins/anonymise`` in front of the package's ``__path__``,
never a stale one. ``PERSKAMER_NATIVE=0`` switches it off. Measured choice: docs/decisions.md.
"""

from __future__ import annotations

import sys
from collections.abc import MutableSequence
from pathlib import Path

from perskamer.native import MANIFEST, NOT_COMPILED, build_tag, fresh, source_digests
from perskamer.native import native_dir as _native_dir
from perskamer.native import use_native as _use_native

PACKAGE = "perskamer.plugins.anonymise"

__all__ = ["MANIFEST", "NOT_COMPILED", "PACKAGE", "build_tag", "fresh", "native_dir", "source_digests", "use_native"]


def native_dir(package_dir: Path) -> Path:
    """Where ``make native`` puts the compiled modules of the anonymiser whose sources are in ``package_dir``."""
    return _native_dir(package_dir, PACKAGE)


def use_native(package_path: MutableSequence[str]) -> bool:
    """Put the anonymiser's compiled build in front of ``package_path`` when it is fresh."""
    return _use_native(PACKAGE, package_path)


if __package__:
    use_native(sys.modules[__package__].__path__)
