"""Use this package's compiled (mypyc) modules when they were built from these very sources
(``make native``; the rules: :mod:`perskamer.native`). Imported first by the package."""

from __future__ import annotations

import sys

from perskamer.native import use_native

if __package__:
    use_native(__package__, sys.modules[__package__].__path__)
