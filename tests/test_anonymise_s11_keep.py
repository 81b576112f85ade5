"""Organisations, places and brands by class, and person look-alikes in the same positions
(issue 11's keep side, session 11): the frozen batch ``anonymise_s11_keep_cases``.

At freeze time (main fceac81, before any rule of session 11): keep 30/51 items kept (58.8%),
52/54 name parts removed; keep misses {2, 4, 8, 11, 13, 17, 18, 19, 20, 21, 22, 23, 24, 25,
32, 33, 34, 35, 39}, person misses {0, 36} ("boer Ter Horst" and "bij Delcourt in de winkel":
names left on main before this session, a recall matter).
"""

from __future__ import annotations

import anonymise_s11_keep_cases as batch
import pytest
from anoncases import left, lost, params

KEEP_MISSES: set[int] = {2, 4, 8, 11, 13, 17, 18, 19, 20, 21, 22, 23, 24, 25, 32, 33, 34, 35, 39}
PERSON_MISSES: set[int] = {0, 36}


@pytest.mark.parametrize(("text", "items"), params(batch.KEEP, KEEP_MISSES))
def test_the_thing_stays(text: str, items: list[str]) -> None:
    assert lost(text, items) == []


@pytest.mark.parametrize(("text", "names", "items"), params(batch.PERSON, PERSON_MISSES))
def test_the_person_goes(text: str, names: list[str], items: list[str]) -> None:
    assert left(text, names) == [] and lost(text, items) == []
