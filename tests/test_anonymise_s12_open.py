"""A class the lead found by attacking main at the end of session 12, NOT built yet: a
surname after "naar" (a visit to a professional's practice, as Flemish speakers say "ik ga
naar <Achternaam>") is published when the surname is also a Dutch word, a place or unknown
to the surname list's checks ("Wouters", "Stevens", "Cools", "Brouwer", "Thys"), with or
without a title before it ("Kinesist <Achternaam>", "Notaris Van <Achternaam>"). The same
surnames are masked after a speech verb, and other surnames are masked after "naar". Each
case is a strict xfail until a rule covers the class (issue 11); the places after "naar"
below must stay kept when it does. The cases are the lead's own (common Flemish and Dutch
surnames), not taken from any fixture or bench set."""

from __future__ import annotations

import pytest

from perskamer.plugins.anonymise.replace import anonymise_text
from perskamer.testing import word_in

OPEN = pytest.mark.xfail(strict=True, reason="open class: a surname that is also a word or place after 'naar' (session 12)")


@pytest.mark.parametrize(("text", "name"), [
    pytest.param("“Ik ging naar Kinesist Wouters voor mijn knie.”", "Wouters", marks=OPEN),
    pytest.param("“Voor mijn rug moest ik naar Stevens in de Kerkstraat.”", "Stevens", marks=OPEN),
    pytest.param("“Elke week ging ze naar Cools, de logopediste.”", "Cools", marks=OPEN),
    pytest.param("“We gingen met het contract naar Notaris Van Damme.”", "Damme", marks=OPEN),
    pytest.param("“Toen ging ik naar Brouwer, mijn huisarts.”", "Brouwer", marks=OPEN),
    pytest.param("“Mijn mama stuurde me naar Thys voor bijles.”", "Thys", marks=OPEN),
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
