"""``keep_via`` keeps the channel after a lower-case "via" only when the run says "thing" by
itself (session 13, the lead's check of s13-keep's rule): a run of words no list knows is as
often a person's name of an origin the lists miss as an app, so "via" alone never keeps it.
Before the check, 20 of 45 sentences with such a name after "via" published it. The names and
channels here are the lead's own, absent from tests/fixtures, bench/data and /work/shared."""

from __future__ import annotations

import pytest

from perskamer.plugins.anonymise.replace import anonymise_text
from perskamer.testing import word_in

_NAMES = ["Kagiso", "Dorji", "Nyambura", "Zhyldyz", "Mthunzi", "Nodira"]
_FRAMES = [
    "“Ik kwam bij de jeugdbeweging terecht via {}.”",
    "“De tickets kregen we via {}.”",
    "“Het materiaal regelden we via {} en haar team.”",
]


@pytest.mark.parametrize("frame", _FRAMES)
@pytest.mark.parametrize("name", _NAMES)
def test_a_name_no_list_knows_after_via_is_masked(frame: str, name: str) -> None:
    assert not word_in(name, anonymise_text(frame.format(name)))


@pytest.mark.parametrize(("text", "word"), [
    ("“Een vakantiejob vonden we via Talentjobs.”", "Talentjobs"),   # a Dutch compound + English word
    ("“De foto’s delen we via ZomerJobs.”", "ZomerJobs"),            # a capital inside
    ("“We bestellen de kampshirts via Bol4.”", "Bol4"),              # a digit
    ("“De inschrijvingen lopen via Jobfixer.”", "Jobfixer"),         # an English compound
    ("“De planning staat via Fietsdeal online.”", "Fietsdeal"),      # a Dutch compound
])
def test_a_channel_with_thing_evidence_after_via_stays(text: str, word: str) -> None:
    assert word_in(word, anonymise_text(text))
