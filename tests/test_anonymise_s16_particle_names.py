"""Session 16's frozen cases for a first name no list holds before a particle surname
(``anonymise_s16_particle_name_cases``, written before the rule): "<Naam> Ben <Achternaam>",
"<Naam> ter <Achternaam>" opening a sentence, a line or a caption go whole; a title, a role, a
business or a venue word before a particle surname or place stays. Each text runs as bare text
and as the one quote of a report. Figures (cases with a name left / look-alike cases losing an
item, both runs alike): main 3a94540 9/21, 2/21; with the backward growth over particles, "ter"
and "ten" read as "van" before a listed place and one name per layout line 3/21, 2/21."""

from __future__ import annotations

import anonymise_s16_particle_name_cases as batch
import pytest
from anoncases import params

#: cases that fail today (strict: the lists can only shrink): no evidence at all for the first
#: word before a surname a shape protects ("Jorijn van <compound>"), a first name a place list
#: holds ("Doha"), a surname read as a street's ("-laan"); two look-alikes the person rules took
#: before this rule ("Familie Van den X", "Voorzitter Van X": the title goes with the name)
PERSON_MISSES = {1, 10, 17}
KEEP_MISSES = {11, 15}
RUNS = [pytest.param(batch.run_text, id="text"), pytest.param(batch.run_report, id="report")]


@pytest.mark.parametrize("run", RUNS)
@pytest.mark.parametrize(("text", "names"), params(batch.PERSON, PERSON_MISSES))
def test_a_first_name_before_a_particle_surname_goes(run, text: str, names: list[str]) -> None:
    assert not batch.names_left(text, names, run), run(text)


@pytest.mark.parametrize("run", RUNS)
@pytest.mark.parametrize(("text", "items"), params(batch.KEEP, KEEP_MISSES))
def test_a_title_or_venue_before_a_particle_name_stays(run, text: str, items: list[str]) -> None:
    assert not batch.items_lost(text, items, run), run(text)
