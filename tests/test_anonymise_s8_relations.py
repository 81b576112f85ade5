"""Session 8: a person's body, belongings and home before "van" (person_things.py), a name in a
parallel "van X en van <kin> <naam>", a place word as a pair subject beside a personal pronoun, a
word joined to a kin phrase ("mijn zus en X"), a pair subject opened by a first name ("Jonas en X
kwamen").

Variants invented for this test (other names and nouns than the frozen s8 batch and the sets).
"""

from __future__ import annotations

import pytest
from anoncases import left, lost


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("De pennenzak van Wiebren lag nog op de bank.", "Wiebren"),
        ("We aten aan de eettafel van Ousmane.", "Ousmane"),
        ("De schouders van Thibo waren verbrand.", "Thibo"),
        ("Het dagboek van Lente lag open.", "Lente"),
        ("De dromen van Faro zijn groot.", "Faro"),
        ("Het appje van Marit kwam om middernacht.", "Marit"),
        ("De slaapkamer van Storm is piepklein.", "Storm"),
        ("Ik kreeg hartjes van Hope en van mijn tante Ilse.", "Hope"),
        ("Vraag het aan Precious of aan haar broer Kwabena.", "Precious"),
        ("Ik en Lima waren de laatsten.", "Lima"),
        ("Mijn kleine zus en Ocean speelden buiten.", "Ocean"),
        ("Dusty en haar vriendin bleven slapen.", "Dusty"),
        ("Gisteren zag ik de buurman en Journey samen.", "Journey"),
        ("Jonas en Ocean kwamen te laat.", "Ocean"),
        ("Jonas en Ocean kwamen te laat.", "Jonas"),
        ("Milan en Bliss wonnen de quiz.", "Bliss"),
    ],
)
def test_a_person_goes(text: str, name: str) -> None:
    assert left(text, [name]) == []


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("Ik kocht een pennenzak van Wibra.", "Wibra"),
        ("De wifi van Telenet viel uit.", "Telenet"),
        ("De toog van Jeugdhuis Kadee is nieuw.", "Kadee"),
        ("De burgemeester van Lokeren was er ook.", "Lokeren"),
        ("Er kwamen hartjes van Telenet en van mijn tante Ilse.", "Telenet"),
        ("Ik en Gent hebben een speciale band.", "Gent"),
        ("We gingen naar Parijs en ik vond het mooi.", "Parijs"),
        ("Mijn zus en Chiro Sint-Jan: een liefdesverhaal.", "Chiro"),
        ("Mijn broer en Gent, dat klikt.", "Gent"),
        ("Emma en Spotify zijn onafscheidelijk.", "Spotify"),
        ("De ouders en Jeugdhuis Tonka werkten samen.", "Tonka"),
    ],
)
def test_a_thing_or_place_stays(text: str, item: str) -> None:
    assert lost(text, [item]) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Toen Breeze voor de tweede keer viel, stopten we.", "Breeze"),
        ("Omdat Storm het niet wist, belden we de leiding.", "Storm"),
        ("Terwijl Honesty sliep, kookten wij.", "Honesty"),
        ("[wo 14:05] su-min mama: wij hebben krijt mee", "su-min"),
        ("[za. 09:12] tijs: ok, tot zo", "tijs"),
        ('Iemand schreef: "merci leiding!! vooral aan vink en noor-elin, top kamp"', "vink"),
    ],
)
def test_set_i_classes_on_invented_variants(text: str, name: str) -> None:
    # (session 8, set I's miss classes, fixed in general form; other words than the set's)
    assert left(text, [name]) == []


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("Toen Gent won, vierden we.", "Gent"),
        ("Als Spotify uitvalt, zingen we zelf.", "Spotify"),
        ("Toen Game of Thrones begon, keken we.", "Game of Thrones"),
        ("[di 20:00] mama: eten!", "mama"),
        ("ik kom met chips en tijs", "chips"),
        ("merci aan iedereen en tijs", "iedereen"),
    ],
)
def test_set_i_classes_keep_what_is_no_name(text: str, item: str) -> None:
    assert lost(text, [item]) == []
