"""Places written in several words and person look-alikes in the same positions (issue 11's
keep side, session 17): the frozen batch ``anonymise_s17_place_phrase_cases``.

At freeze time (main 981cf20 and e41781d, before the rule): keep 5/26 items kept, 42/43 name
parts removed; keep misses {0, 1, 2, 3, 4, 5, 6, 7, 10, 11, 12, 13, 14, 15, 18, 19, 20, 21, 22,
23, 25}; person misses {7, 16, 17, 19, 20} (7: "Kees den Hartog" -- "Kees" left, the person
side; 16, 17, 19, 20: the place beside the name is masked).
"""

from __future__ import annotations

import anonymise_s17_place_phrase_cases as batch
import pytest
from anoncases import left, lost, params

KEEP_MISSES: set[int] = {0, 1, 2, 3, 4, 5, 6, 7, 10, 11, 12, 13, 14, 15, 18, 19, 20, 21, 22, 23, 25}
PERSON_MISSES: set[int] = {7, 16, 17, 19, 20}


@pytest.mark.parametrize(("text", "items"), params(batch.KEEP, KEEP_MISSES))
def test_the_place_stays(text: str, items: list[str]) -> None:
    assert lost(text, items) == []


@pytest.mark.parametrize(("text", "names", "items"), params(batch.PERSON, PERSON_MISSES))
def test_the_person_goes(text: str, names: list[str], items: list[str]) -> None:
    assert left(text, names) == [] and lost(text, items) == []
