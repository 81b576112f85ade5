"""Session 20 (s20-names, issue 11): the name classes attack A19 still leaked, as classes.

The names, organisations and places below are chosen for these tests (invented or generic), none
from A19, A18 or the frozen batch ``anonymise_s20_name_class_cases.py``.
"""

from __future__ import annotations

import pytest
from anonymise_asserts import items_stay as _items_stay
from anonymise_asserts import names_go as _names_go
from anonymise_asserts import survives

# -- Korean names by their shape (person_korean) ---------------------------------------------------

KOREAN = [
    # (each of these was published before person_korean: "Park" read as a park's name, a given
    # name in capitals as an acronym)
    ("Ik heb met Park Eun-chae gebeld over de tenten.", ["Park", "Eun-chae"]),
    ("Op voorstel van Park Da-som kwam er een extra kampdag.", ["Park", "Da-som"]),
    ("JI-WOO ZEGT: WE WILLEN EEN FUIFZAAL", ["Ji-woo"]),
    ("Deelnemer: HA-YOON, geboren 2010, Gent", ["Ha-yoon"]),
]


@pytest.mark.parametrize("text,names", KOREAN)
def test_a_hyphenated_korean_given_name_and_its_family_name_are_a_person(text: str, names: list[str]) -> None:
    _names_go(text, names)


KOREAN_KEPT = [
    ("We dansten hip-hop en daarna was er een pop-up in het park.", ["hip-hop", "pop-up", "park"]),
    ("De sit-in op het plein duurde tot middernacht.", ["sit-in"]),
    ("Het jojo-toernooi in Park Spoor Noord was leuk.", ["Park Spoor Noord"]),
    ("Tik-tak, de klok loopt: nog tien minuten.", ["Tik-tak"]),
]


@pytest.mark.parametrize("text,items", KOREAN_KEPT)
def test_hyphenated_words_that_are_no_korean_name_stay(text: str, items: list[str]) -> None:
    _items_stay(text, items)


# -- the first name before a surname: a word, or the end of the line before (person_first_before) --

FIRST_BEFORE = [
    # (each published its first name before person_first_before)
    ("Een woord van dank gaat naar Idriss\nLamrabet voor de affiches.", ["Idriss", "Lamrabet"]),
    ("Een speciaal applaus gaat naar Wilg\nMertens voor de muziek.", ["Wilg", "Mertens"]),
    ("Op de foto zie je Zomer\nVandenbroele tijdens de quiz.", ["Zomer", "Vandenbroele"]),
]


@pytest.mark.parametrize("text,names", FIRST_BEFORE)
def test_the_first_name_before_a_masked_surname_goes_with_it(text: str, names: list[str]) -> None:
    _names_go(text, names)


FIRST_BEFORE_KEPT = [
    ("We reden naar Brugge\nJanssens bleef thuis met de kinderen.", ["Brugge"]),
    ("We dronken koffie bij Oxfam\nMertens kwam later.", ["Oxfam"]),
    ("Ik werk bij Colruyt\nJanssens ook.", ["Colruyt"]),
    ("Aanwezig: Wout, Fien\nGisteren was het kamp leuk.", ["Gisteren"]),
    ("In de zomer gaan we naar Lommel\nen in de winter naar Ovifat.", ["Lommel", "Ovifat"]),
]


@pytest.mark.parametrize("text,items", FIRST_BEFORE_KEPT)
def test_a_place_brand_or_word_ending_the_line_before_a_name_stays(text: str, items: list[str]) -> None:
    _items_stay(text, items)


# -- a list of persons wrapped over lines (person_lists._wrapped_on) --------------------------------

def _caption(caption: str) -> str:
    from perskamer.model import Photo, Quote, Report
    from perskamer.plugins.anonymise.anonymiser import Options, anonymise_report

    report = Report(source="r.md", slug="r", format="md", sections={"summary": "Een avond over de jeugdraad."},
                    quotes=[Quote(text="Het was een fijne avond.", speaker=None)],
                    photo=Photo(caption=caption, alt=caption))
    anonymise_report(report, Options())
    return (report.photo.caption or "") + "\n" + (report.photo.alt or "")


WRAPPED_LISTS = [
    ("Van links naar rechts: Oona\nVerschaffeltje en Ilias\nBenhaddouch.", ["Oona", "Verschaffeltje", "Ilias", "Benhaddouch"]),
    ("Op de foto: Maartje\nKerckhovenaar en haar groep bij de start.", ["Maartje", "Kerckhovenaar"]),
]


@pytest.mark.parametrize("caption,names", WRAPPED_LISTS)
def test_a_person_list_in_a_caption_wrapped_over_lines(caption: str, names: list[str]) -> None:
    out = _caption(caption)
    for name in names:
        assert not survives(name, out), out


def test_a_list_ends_at_a_line_that_opens_with_a_word() -> None:
    out = _caption("Aanwezig: Wout, Fien\nGisteren was het kamp leuk.")
    assert out.count("Gisteren") == 2, out


# -- signatures, shouted lines, chat, word names in a structured line's slot ------------------------

SIGNED = [
    # (each published a name before session 20's rules)
    ("Ondertekend,\n\nAmaru\nvoorzitter jeugdraad", ["Amaru"]),  # (a signature under a letter: person_layout)
    ("Het kamp gaat door zoals gepland.\n-- Amaru", ["Amaru"]),  # (a mail's "-- " signature)
    ("SKY CLAES ZEGT: WE WILLEN MEER BANKEN", ["Sky", "Claes"]),  # (a first name in capitals before a surname)
    ("morgen met kang min-seo naar de stad", ["kang", "min-seo"]),  # (a Korean name in a chat, lower case)
    ("Een dikke merci gaat naar Zhou\nMing voor de soep.", ["Zhou", "Ming"]),  # (an East-Asian name wrapped)
    ("Verslag: Roos", ["Roos"]),  # (a word the name lists hold, alone after a header that announces a person)
    ("Winnaar van de quiz: Mees!", ["Mees"]),
]


@pytest.mark.parametrize("text,names", SIGNED)
def test_names_in_signatures_shouted_lines_chats_and_header_slots(text: str, names: list[str]) -> None:
    _names_go(text, names)


SIGNED_KEPT = [
    ("Ondertekend,\n\nDe voorzitter", ["De voorzitter"]),
    ("Namens de jeugdraad,\nStad Harelbeke", ["Stad Harelbeke"]),
    ("Hoogachtend,\nJeugddienst Oostkamp", ["Jeugddienst Oostkamp"]),
    ("-- Jeugdhuis Tijl", ["Jeugdhuis Tijl"]),
    ("WE GAAN MET DE KSA MEER BANKEN ZETTEN IN HET PARK", ["KSA", "BANKEN", "PARK"]),
    ("we gingen naar het park ji-yeon was er ook", ["park"]),
    ("Thema: Lente", ["Lente"]),
    ("Locatie: Kortrijk", ["Kortrijk"]),
]


@pytest.mark.parametrize("text,items", SIGNED_KEPT)
def test_teams_services_and_words_in_the_same_slots_stay(text: str, items: list[str]) -> None:
    _items_stay(text, items)
