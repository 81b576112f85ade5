"""Session-4 person rules, last slice (issue 11): a lower-case name after a verb, and an
organisation after "werken voor" or "lid van". Invented names and organisations,
sentences of our own (nothing from the fixtures or the bench sets); written before the
rules and run first on the code without them.
"""

from __future__ import annotations

import pytest
from anoncases import present

from perskamer.plugins.anonymise.replace import anonymise_text


@pytest.mark.parametrize(("text", "name"), [
    ("ik zag wanjiku gisteren nog op de markt", "wanjiku"),
    ("Dat was echt tof van jullie, ik bel chiamaka straks wel.", "chiamaka"),
    ("Wie het eerst aankwam? Dat was tsehaye natuurlijk.", "tsehaye"),
])
def test_a_lower_case_name_after_a_verb_is_masked(text: str, name: str) -> None:
    out = anonymise_text(text)
    assert not present(name, out), out


@pytest.mark.parametrize(("text", "word"), [
    ("Ik werk nu twee jaar voor Kwintessens en ik doe het graag.", "Kwintessens"),
    ("Mijn zus is al lang lid van Tarantella, de dansgroep hier.", "Tarantella"),
])
def test_an_organisation_after_working_for_or_membership_stays(text: str, word: str) -> None:
    assert word in anonymise_text(text)


@pytest.mark.parametrize("text", [
    "ik zag niets gisteren, het was te donker",
    "Dat was echt tof van jullie, ik bel straks wel.",
    "We kochten voor twintig euro chips.",
])
def test_ordinary_sentences_stay(text: str) -> None:
    assert anonymise_text(text) == text
