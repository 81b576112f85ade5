"""Session 26 (s26-dutchword, issue 11, severity 1): person names whose parts are ordinary Dutch
words, and Flemish diminutive nicknames.

1. The frozen batch ``tests/anonymise_s26_dutchword_cases.py`` (written before the rules were read)
   on the text path, the report path and, for a few cases, a real build. The xfail marks (strict)
   name the cases that still fail; a fix removes its mark.
2. Cases written with the rules (``person_word_pairs``): each slot with other invented names, the
   nicknames, and the things of two capitalised words and the diminutives that must stay.
"""

from __future__ import annotations

import pytest
from anoncases import params
from anonymise_asserts import items_stay, names_go
from anonymise_s26_dutchword_cases import (
    BUILD,
    BUILD_KEEP,
    KEEP,
    PERSON,
    build_items_lost,
    items_lost,
    names_left,
    run_build,
    run_section_report,
    run_text,
)
from hypothesis import given
from hypothesis import strategies as st

#: Name cases that publish a name (by index), on the text and the report path (4fced9a: also 16, 31, 47,
#: closed by person_word_pairs).
_OPEN_NAMES: dict[int, str] = {
    7: "'Juni Zwaan' as a subject (class 1)",
    9: "'Klaver Molenaar' after 'sprak' (class 1)",
    15: "'Lief' before a masked surname (class 1)",
    20: "'Dag Schipper' after 'Samen met' (class 2)",
    25: "'Mees Brouwer' after 'luisterde naar' (class 2)",
    29: "'Wil Koster' after 'mis' (class 2)",
    39: "'Zomer Kikker' as a sign-off on its own line (class 3)",
    49: "'Dag Pruim' after '<naam> en' (class 4)",
    53: "'Storm Baars', 'Iris Akker' in a list (class 4)",
    56: "'Hoop Valk', 'Juni Klok' in a list (class 4)",
    57: "'Vink Boer' in a list (class 4)",
    58: "'Lief' before a masked surname in a list (class 4)",
}
_OPEN_NAMES_REPORT: dict[int, str] = {k: v for k, v in _OPEN_NAMES.items() if k != 39}
_OPEN_BUILD: dict[int, str] = {}

#: Look-alikes lost (by index) on the text and the report path (start: 4fced9a).
_LOST: dict[int, str] = {
    3: "'De Gele Tulp' after 'van' (class 1)",
    4: "'De Zilveren Vos' (class 1)",
    7: "'De Bonte Koe' after 'Volgens' (class 1)",
    11: "'Het Gouden Hert' before 'zei' (class 1)",
    13: "'De Zwarte Kat' before 'vertelde' (class 1)",
    18: "'de Kleine Nete' (class 2)",
    26: "'Klein Veld' after 'Vanuit' (class 2)",
    32: "'Kleine Prins' as a theme (class 3)",
    43: "'Goed Gedaan' as a greeting (class 4)",
}
_LOST_BUILD: dict[int, str] = {18: _LOST[18]}




@pytest.mark.parametrize(("text", "names"), params(PERSON, _OPEN_NAMES))
def test_batch_name_goes_text(text: str, names: list[str]) -> None:
    assert not names_left(text, names, run_text)


@pytest.mark.parametrize(("text", "names"), params(PERSON, _OPEN_NAMES_REPORT))
def test_batch_name_goes_report(text: str, names: list[str]) -> None:
    assert not names_left(text, names, run_section_report)


@pytest.mark.parametrize(("text", "names"), params(PERSON, _OPEN_BUILD, only=BUILD))
def test_batch_name_goes_in_a_build(text: str, names: list[str]) -> None:
    """No published file (pages, JSON, feeds, search index) holds a name part."""
    assert not names_left(text, names, run_build)


@pytest.mark.parametrize(("text", "items"), params(KEEP, _LOST))
def test_batch_look_alike_stays_text(text: str, items: list[str]) -> None:
    assert not items_lost(text, items, run_text)


@pytest.mark.parametrize(("text", "items"), params(KEEP, _LOST))
def test_batch_look_alike_stays_report(text: str, items: list[str]) -> None:
    assert not items_lost(text, items, run_section_report)


@pytest.mark.parametrize(("text", "items"), params(KEEP, _LOST_BUILD, only=BUILD_KEEP))
def test_batch_look_alike_stays_in_a_build(text: str, items: list[str]) -> None:
    assert not build_items_lost(text, items)


# --- 2. written with the rules (person_word_pairs) -------------------------------------------

#: a first name that is a Dutch word of one syllable no name list holds, a noun as surname, in a slot
PAIR_NAMES = [
    ("Gelukkige verjaardag Knol Zeef, nog vele jaren!", ["Knol", "Zeef"]),
    ("Gisteren belde Pluim Egel nog over de bus.", ["Pluim", "Egel"]),
    ("Taken vandaag. Kwast Lijster. Tafels dekken.", ["Kwast", "Lijster"]),
    ("Gedeelde agenda · organisator: Tol Snoeier · 12 gasten", ["Tol", "Snoeier"]),
    ("Wolk Steur zit bij mij in de klas.", ["Wolk", "Steur"]),
    ("Zeg tegen Kei Spreeuw dat ze haar sleutel vergeten is.", ["Kei", "Spreeuw"]),
    ("We hebben je gemist vandaag, Vlas Kroes!", ["Vlas", "Kroes"]),
    ("Ik heb Riet Mossel haar oplader per ongeluk meegenomen.", ["Riet", "Mossel"]),
    ("Hoi Gerst Wezel, kom je morgen ook?", ["Gerst", "Wezel"]),
    ("Soep voor zaterdag: Knol Zeef brengt tien liter mee.", ["Knol", "Zeef"]),
]
#: a diminutive of a noun as a nickname
NICKNAMES = [
    ("Snoepke heeft de tent opgezet.", ["Snoepke"]),
    ("Dikke merci aan Muggeke voor de soep!", ["Muggeke"]),
    ("Auto 2: chauffeur Muggeke, vertrek om acht uur.", ["Muggeke"]),
    ("Snoepke en ik sliepen in dezelfde tent.", ["Snoepke"]),
    ("Handtekening van de ouder van Knolleke: ______", ["Knolleke"]),
]
#: two capitalised words that are a thing, and ordinary diminutives
PAIR_KEEPS = [
    ("We sliepen een nacht in het Groene Woud.", ["Groene", "Woud"]),
    ("Op de Grote Markt stond een kraam met wafels.", ["Grote", "Markt"]),
    ("Het boek Kleine Beer lag op tafel.", ["Kleine", "Beer"]),
    ("De actie Warme Sokken bracht veel op.", ["Warme", "Sokken"]),
    ("We werken samen met Mentaal Fit uit Gent.", ["Mentaal", "Fit"]),
    ("De kleuters speelden Tikkertje op de speelplaats.", ["Tikkertje"]),
    ("We speelden Zakdoekje Leggen in de zaal.", ["Zakdoekje", "Leggen"]),
    ("Eentje ging over het kamp van vorig jaar.", ["Eentje"]),
    ("We dronken een pintje in het Huisje aan de kerk.", ["Huisje"]),
    ("De Kapoentjes speelden de hele dag buiten.", ["Kapoentjes"]),
    ("Ze werkt nu bij Studio Wolk in Brussel.", ["Studio", "Wolk"]),
    ("Morgen: Zomer Avond in het park.", ["Zomer", "Avond"]),
]


@pytest.mark.parametrize(("text", "names"), PAIR_NAMES + NICKNAMES)
def test_word_pair_or_nickname_goes(text: str, names: list[str]) -> None:
    names_go(text, names)


@pytest.mark.parametrize(("text", "items"), PAIR_KEEPS)
def test_word_pair_look_alike_stays(text: str, items: list[str]) -> None:
    items_stay(text, items)


_WORDS = ["de", "het", "een", "met", "en", "ik", "zit", "Trui", "Hamer", "Grote", "Markt", "Bolleke", "Hallo",
          ",", ":", ".", "\n", "!", "(16)", "Kaars", "huisje", "Knol"]


@given(st.lists(st.sampled_from(_WORDS), max_size=30))
def test_no_pair_or_nickname_after_an_article(words: list[str]) -> None:
    """Whatever the words around them, the two rules never take a word right after an article or a
    place preposition (a thing's position), and never a lower-case word."""
    from perskamer.plugins.anonymise.detect import analyse
    from perskamer.plugins.anonymise.person_word_pairs import NICK_RULE, RULE

    text = " ".join(words)
    for sp in analyse(text).spans:
        if sp.rule.startswith((RULE, NICK_RULE)):
            assert not text[: sp.start].rstrip(" ").endswith((" de", " het", " een", " met de")), (text, sp)
            assert sp.text[:1].isupper(), (text, sp)
