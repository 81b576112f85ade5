"""Hypothesis profiles: random exploration on a developer's machine, the same examples
on every CI run.

- ``dev`` (default): new random examples each run; a failing one is kept in
  ``.hypothesis/`` and tried first next time.
- ``ci`` (chosen when the ``CI`` environment variable is set, as ``.ci/run`` does):
  ``derandomize=True`` and no example database, so a CI run never fails on an example
  nobody has seen before. Failures found locally are pinned with ``@example(...)``.

``HYPOTHESIS_PROFILE=ci`` (or ``dev``) picks a profile by hand. A test's own
``@settings(max_examples=...)`` applies in both profiles.

Tests marked ``pure_python`` patch (monkeypatch) or copy the module internals of a package
``make native`` compiles (the anonymiser, the form readers); against a compiled build (mypyc
binds the calls between a package's modules at compile time, and its frozen classes cannot be
copied) they are skipped, everywhere else they run (CI has no compiled build).
"""

from __future__ import annotations

import os

import pytest
from hypothesis import settings

settings.register_profile("dev")
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev"))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not any(item.get_closest_marker("pure_python") for item in items):
        return
    from perskamer.form import assemble
    from perskamer.plugins.anonymise import detect

    if any(m.__file__ is not None and m.__file__.endswith((".so", ".pyd")) for m in (detect, assemble)):
        skip = pytest.mark.skip(reason="patches a compiled package's internals: pure Python only (a compiled build is in use)")
        for item in items:
            if item.get_closest_marker("pure_python"):
                item.add_marker(skip)
