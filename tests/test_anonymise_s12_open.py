"""A class the lead found by attacking main at the end of session 12, closed in session 13
(``person_visits``; the class's own frozen cases are ``tests/anonymise_s13_naar_cases.py``): a
surname after "naar" (a visit to a professional's practice, as Flemish speakers say "ik ga
naar <Achternaam>") was published when the surname is also a Dutch word, a place or unknown
to the surname list's checks ("Wouters", "Stevens", "Cools", "Brouwer", "Thys"), with or
without a title before it ("Kinesist <Achternaam>", "Notaris Van <Achternaam>"). The places
after "naar" below must stay kept. The cases are the lead's own (common Flemish and Dutch
surnames), not taken from any fixture or bench set."""

from __future__ import annotations

import pytest

from perskamer.plugins.anonymise.replace import anonymise_text
from perskamer.testing import word_in


@pytest.mark.parametrize(("text", "name"), [
    ("“Ik ging naar Kinesist Wouters voor mijn knie.”", "Wouters"),
    ("“Voor mijn rug moest ik naar Stevens in de Kerkstraat.”", "Stevens"),
    ("“Elke week ging ze naar Cools, de logopediste.”", "Cools"),
    ("“We gingen met het contract naar Notaris Van Damme.”", "Damme"),
    ("“Toen ging ik naar Brouwer, mijn huisarts.”", "Brouwer"),
    ("“Mijn mama stuurde me naar Thys voor bijles.”", "Thys"),
    ("“Ik ging naar Peeters voor mijn knie.”", "Peeters"),
    ("“Ik ging naar Kinesist Jan Wouters voor mijn knie.”", "Wouters"),
])
def test_a_surname_after_naar_is_masked(text: str, name: str) -> None:
    assert not word_in(name, anonymise_text(text))


@pytest.mark.parametrize(("text", "place"), [
    ("“Ik ging naar Brugge voor mijn stage.”", "Brugge"),
    ("“Elke zomer gaan we naar Houthalen-Helchteren op kamp.”", "Houthalen-Helchteren"),
    ("“Daarna verhuisden we naar Antwerpen.”", "Antwerpen"),
    ("“Voor de opleiding moest ik naar Hasselt.”", "Hasselt"),
])
def test_a_place_after_naar_stays(text: str, place: str) -> None:
    assert word_in(place, anonymise_text(text))
