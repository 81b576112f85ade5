"""Session 23 (s23-names, issue 11): the one notion of a list of persons extended -- a label line
"Name: text" that reads as a name, rota posts and keys as person headers, rankings in sentences and
inline ("Eerste werd X. Tweede: Y.", "1. X 2. Y 3. Z"), a late "one kind" pass over a whole list,
posters and slogans in capitals, a register's reverse order after a person's preposition.

The names, organisations and places below are chosen for these tests (invented or generic), none
from A22..A18 or the frozen batch ``anonymise_s23_name_class_cases.py``; each rule has person
names in its frame and look-alikes (things in the same frame) that must stay.
"""

from __future__ import annotations

import pytest
from anonymise_asserts import items_stay as _items_stay
from anonymise_asserts import names_go as _names_go

from perskamer.plugins.anonymise import person_headers

NAMES = [
    # a label line that reads as a name, its text in lower case
    ("Ysolinde: geen gluten, wel lactose.", ["Ysolinde"]),
    ("- Marjolaine: mag niet zwemmen", ["Marjolaine"]),
    ("Tobiaszek: komt pas zondag", ["Tobiaszek"]),
    # posts and keys of a party or a camp
    ("Vestiaire: Quirijn Maelbrancke\nInkom: Ottoline", ["Quirijn", "Maelbrancke", "Ottoline"]),
    ("Sleutelhouder: Benedikta Roosendaels", ["Benedikta", "Roosendaels"]),
    # rankings in sentences, inline, and one kind over a block
    ("Eerste werd Eilert Vanparys. Tweede: Wendolien. Derde: Korsjan.", ["Eilert", "Vanparys", "Wendolien", "Korsjan"]),
    ("Op één: Fabiola Dierckxsens. Op twee: Ingeborg Talloen.", ["Fabiola", "Dierckxsens", "Ingeborg", "Talloen"]),
    ("Eindstand:\n1) IJSBRAND\n2) KOEKOEK\n3) GODELINDE", ["IJSBRAND", "KOEKOEK", "GODELINDE"]),
    # posters and slogans in capitals
    ("“STEM EVERHILDE VANMARCKE VOOR VOORZITTER!”", ["Everhilde", "Vanmarcke"]),
    ("“GEZOCHT: TIBALT HEEFT DE SLEUTEL”", ["Tibalt"]),
    ("“NOGMAALS BEDANKT ROSALBA DEWAELE!!!”", ["Rosalba", "Dewaele"]),
    # a register's reverse order after a person's preposition
    ("Attest opgemaakt voor Vandaelewijn, Kasimir.", ["Vandaelewijn", "Kasimir"]),
    ("Betaling ontvangen van Oosterlinck, Mirthe (leiding).", ["Oosterlinck", "Mirthe"]),
    # a pupil's or a trainee's register line (A23 informed): the header and the reverse order before a dash
    ("Leerling: Yarelinde — klas 3C", ["Yarelinde"]),
    ("Cursist: Tavernier, Ysaline — avondles", ["Tavernier", "Ysaline"]),
]

KEEP = [
    ("Materiaal: twee dozen\nLokaal: de zolder", ["Materiaal", "Lokaal"]),
    ("Vestiaire: in de kelder\nInkom: gratis", ["Vestiaire", "Inkom"]),
    ("Eerste werd Chiro Kuurne. Tweede: KSA Sint-Amands. Derde: KLJ Opglabbeek.", ["Chiro Kuurne", "KSA", "KLJ"]),
    ("1. Antwerpen 2. Hasselt 3. Brugge", ["Antwerpen", "Hasselt", "Brugge"]),
    ("“CHIRO MEULEBEKE VOOR ALTIJD!”", ["CHIRO", "MEULEBEKE"]),
    ("“GEZOCHT: LEIDING VOOR DE ZOMER”", ["LEIDING", "ZOMER"]),
    ("“DE JEUGDRAAD WAS HIER”", ["JEUGDRAAD"]),
    ("Attest opgemaakt voor Leuven, Mechelen en Aalst.", ["Leuven", "Mechelen", "Aalst"]),
    ("Betaling ontvangen van Vormingplus, Limburg.", ["Vormingplus", "Limburg"]),
    ("Voor Zaterdag, Zondag: het programma volgt.", ["Zaterdag", "Zondag"]),
    ("Leerling: Gent — klas 3C", ["Gent"]),
    ("Attest voor Gent, Brugge — twee steden", ["Gent", "Brugge"]),
]


@pytest.mark.parametrize("text,names", NAMES)
def test_a_name_in_the_list_shapes_of_session_23_goes(text: str, names: list[str]) -> None:
    _names_go(text, names)


@pytest.mark.parametrize("text,items", KEEP)
def test_things_in_the_same_shapes_stay(text: str, items: list[str]) -> None:
    _items_stay(text, items)


def test_one_header_vocabulary_for_the_three_readers() -> None:
    # the fold: a header announces persons by one vocabulary (a line's header, one item's header)
    assert person_headers.announces_persons(["kookploeg", "dinsdag"])
    assert person_headers.item_header("Winnaar van de quiz")
    assert person_headers.item_header("Van")
    assert person_headers.item_header("Bericht van")  # (its last word: a mail's "van")
    assert not person_headers.item_header("Locatie van de fuif")
    assert not person_headers.announces_persons(["van"])
    assert not person_headers.announces_persons(["locatie"])


def test_one_splitter() -> None:
    line = "A, B en C & D; E + F / G 2. H"
    inline = "A, B en C & D; E + F / G 2. H"
    assert [line[a:b] for a, b in person_headers.split_items(line, line=True)] == list("ABCDEFGH")
    assert [inline[a:b] for a, b in person_headers.split_items(inline, line=False)] == ["A", "B", "C", "D; E + F / G 2. H"]


def test_one_kind() -> None:
    k = person_headers.OneKind(["person", "weak thing", "word"])
    assert k.persons_decide and not k.has_thing and k.kind_of("weak thing") == "person" and k.words_are_persons(3)
    k = person_headers.OneKind(["thing", "word"])
    assert k.has_thing and not k.words_are_persons(2)
