"""Session 16's frozen cases for a name alone on a line of a pasted message, placed by the
layout (``anonymise_s16_layout_line_cases``, written before the rule): the sign-off under a
greeting and a meeting chat's display name before the time go; an organisation, a team, a
family word or a programme item on the same lines stays. Each case runs as bare text and as
the one quote of a report. Figures (cases with a name left / look-alike cases losing an item,
both runs alike): main 3a94540 sign-off 9/24, 0/22; display name 8/23, 0/23; with
``person_layout`` 1/24, 0/22; 0/23, 0/23."""

from __future__ import annotations

import anonymise_s16_layout_line_cases as batch
import pytest
from anoncases import params

#: cases that fail today (strict: the list can only shrink)
SIGNOFF_MISSES = {22}  # (a name that is only a Dutch word: "Groetjes,\nLeiding" has the same shape)
DISPLAY_MISSES: set[int] = set()
RUNS = [pytest.param(batch.run_text, id="text"), pytest.param(batch.run_report, id="report")]


@pytest.mark.parametrize("run", RUNS)
@pytest.mark.parametrize(("text", "names"), params(batch.SIGNOFF, SIGNOFF_MISSES))
def test_a_sign_off_under_a_greeting_goes(run, text: str, names: list[str]) -> None:
    assert not batch.names_left(text, names, run), run(text)


@pytest.mark.parametrize("run", RUNS)
@pytest.mark.parametrize(("text", "items"), params(batch.SIGNOFF_KEEP, set()))
def test_a_team_or_organisation_under_a_greeting_stays(run, text: str, items: list[str]) -> None:
    assert not batch.items_lost(text, items, run), run(text)


@pytest.mark.parametrize("run", RUNS)
@pytest.mark.parametrize(("text", "names"), params(batch.DISPLAY, DISPLAY_MISSES))
def test_a_display_name_before_the_time_goes(run, text: str, names: list[str]) -> None:
    assert not batch.names_left(text, names, run), run(text)


@pytest.mark.parametrize("run", RUNS)
@pytest.mark.parametrize(("text", "items"), params(batch.DISPLAY_KEEP, set()))
def test_a_programme_item_or_organisation_before_a_time_stays(run, text: str, items: list[str]) -> None:
    assert not batch.items_lost(text, items, run), run(text)
