"""Hypothesis profiles: random exploration on a developer's machine, the same examples
on every CI run.

- ``dev`` (default): new random examples each run; a failing one is kept in
  ``.hypothesis/`` and tried first next time.
- ``ci`` (chosen when the ``CI`` environment variable is set, as ``.ci/run`` does):
  ``derandomize=True`` and no example database, so a CI run never fails on an example
  nobody has seen before. Failures found locally are pinned with ``@example(...)``.

``HYPOTHESIS_PROFILE=ci`` (or ``dev``) picks a profile by hand. A test's own
``@settings(max_examples=...)`` applies in both profiles.
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("dev")
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev"))
