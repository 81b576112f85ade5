"""Organisations, places, brands and services by GENERAL class, and person look-alikes in the
same positions (issue 11's keep side, session 14): the frozen batch ``anonymise_s14_keep_cases``.

At freeze time (main 254af34, before any rule of session 14): keep 38/54 items of KEEP kept
(70.4%), 53/69 name parts removed; keep misses {7, 9, 10, 12, 13, 15, 16, 25, 27, 39, 40, 41,
42, 43, 44, 50}; person misses {18, 19, 20, 21, 22, 23, 26, 28, 35, 36, 37, 40, 41} (18-21:
"<trade noun> <first name> <surname>" kept whole when no list holds the first name -- session
11's policy masks the full name; 22-23: the trade noun masked with the name; 26, 28: a surname
no list holds alone after "bij"/"met"; 35-37, 40-41: a "De <adjective>" surname or a first name
that is a word: names left on main before this session, the recall side).
"""

from __future__ import annotations

import anonymise_s14_keep_cases as batch
import pytest
from anoncases import left, lost, params

# at freeze time {7, 9, 10, 12, 13, 15, 16, 25, 27, 39, 40, 41, 42, 43, 44, 50}; fixed by keep_firms (a trade
# noun and one surname of any origin): 7, 9, 10, 12, 13, 16 (15: "deed Verhuizingen X", a verb before the head);
# by keep_venues.protect_royal_clubs ("Royal <town> <word>"): 40, 41, 43, 44 (42: after "tegen", a person's slot)
# (session 25: 27 "Regionaal Landschap X" by keep_heads, s25-t25fix's rule)
KEEP_MISSES: set[int] = {15, 25, 39, 42, 50}
# (session 18: 35 "Costel Ter Loonbekehof" by person_surnames, 40 "Juf De Rode" and 41 "mevrouw De Vrolijke" by person_honorifics)
PERSON_MISSES: set[int] = {18, 19, 20, 21, 22, 23, 26, 28, 36, 37}


@pytest.mark.parametrize(("text", "items"), params(batch.KEEP, KEEP_MISSES))
def test_the_thing_stays(text: str, items: list[str]) -> None:
    assert lost(text, items) == []


@pytest.mark.parametrize(("text", "names", "items"), params(batch.PERSON, PERSON_MISSES))
def test_the_person_goes(text: str, names: list[str], items: list[str]) -> None:
    assert left(text, names) == [] and lost(text, items) == []
