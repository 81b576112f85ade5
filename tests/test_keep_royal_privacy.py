"""keep_venues.protect_royal_clubs (session 14) against persons whose first name is "Royal":
surnames of many origins, surnames that are places, a particle before a town, in the slots a
club stands in. Every surname here is written for this test (no word of ``tests/``,
``bench/data/`` or ``/work/shared/``); the places are Belgian towns of the place list.
"""

from __future__ import annotations

import pytest

from perskamer.plugins.anonymise import detect
from perskamer.plugins.anonymise.replace import anonymise_text
from perskamer.testing import word_in

SURNAMES = ["Vandenbempt", "Verhelstraete", "Oosterwoud", "Boukhrissi", "Azzerouali", "Karabulutlu", "Özkanlı",
            "Brzęczyszczyk", "Wróblewiczak", "Kabongo-Ilunga", "Nsimba-Kiala", "Dumitrașcu", "Constantinescuț",
            "Pembertonshire", "Fairweatherly", "Lemaîtresse", "Beauchênet", "Zwijgers", "Bakkerman", "Hazelhoff"]
SLOTS = [
    "“Mijn broer speelt voetbal met Royal {s}.”",
    "“Ik sprak na de match met Royal {s} en zijn moeder.”",
    "“De bal kregen we van Royal {s}, de keeper.”",
    "“We trainen op woensdag bij Royal {s} thuis.”",
]


def published_by_the_rule(text: str, word: str, monkeypatch: pytest.MonkeyPatch) -> bool:
    on = anonymise_text(text)
    with monkeypatch.context() as m:
        m.setattr(detect, "protect_royal_clubs", lambda *a, **k: None)
        off = anonymise_text(text)
    return word_in(word, on, ignore_case=True) and not word_in(word, off, ignore_case=True)


@pytest.mark.parametrize("slot", SLOTS)
def test_a_person_named_royal_is_not_the_rules(slot: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert [s for s in SURNAMES if published_by_the_rule(slot.format(s=s), s, monkeypatch)] == []


@pytest.mark.parametrize(("text", "word"), [
    ("“Ik sprak met Royal Van Tielt over de match.”", "Tielt"),  # a particle: a person's surname
    ("“Ik sprak met Royal De Hasselt gisteren.”", "Hasselt"),
    ("“We trainen bij Royal Boukhrissi Genk op woensdag.”", "Boukhrissi"),  # a word no list knows before the town
])
def test_a_surname_before_or_with_a_place_goes(text: str, word: str) -> None:
    out = anonymise_text(text)
    assert not word_in(word, out, ignore_case=True), out


@pytest.mark.parametrize(("text", "item"), [
    ("“De meisjes van Royal Hamme Sporting trainen op woensdag.”", "Royal Hamme Sporting"),
    ("“We speelden tegen de jongens van Royal Racing Lokeren.”", "Royal Racing Lokeren"),
    ("“Hij traint bij Royal Tennis Club Eeklo.”", "Royal Tennis Club Eeklo"),
])
def test_a_royal_club_stays(text: str, item: str) -> None:
    out = anonymise_text(text)
    assert word_in(item, out), out
