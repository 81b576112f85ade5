"""Session 22 (s22-keep): an institution's or a place's name decided by its head noun in the
languages reporters quote (English "X School", "X Business Park"; French "Parc de la X", "Place X",
"Brasserie X"; German "Stiftung X"; Dutch "Resto X", "Drukkerij X"), and a capitalised German noun
inside a German sentence (``data/german_words.txt``) -- each with persons in the same frames, who
must go. Organisations and names written for this test (none from the corpus)."""

from __future__ import annotations

import pytest

from perskamer.plugins.anonymise.keep_german import german_noun
from perskamer.plugins.anonymise.lexicon import load_lexicon
from tests.anonymise_asserts import items_stay, names_go

KEPT = [
    ("Our pupils from Quillmoor School came over by train.", ["Quillmoor School"]),
    ("Most parents work on the Dravenhill Business Park, near the station.", ["Dravenhill Business Park"]),
    ("Le samedi on joue au Parc de la Moucheronne à Liège.", ["Parc de la Moucheronne"]),
    ("On dormait à deux pas de la Place Vandervelle.", ["Place Vandervelle"]),
    ("On a fêté la fin du projet à la Brasserie Tirlemonte.", ["Brasserie Tirlemonte"]),
    ("Die Stiftung Morgenquell bezahlt unsere Fahrten.", ["Stiftung Morgenquell"]),
    ("We eten elke dinsdag bij Resto Kwarrel.", ["Resto Kwarrel"]),
    ("We kochten de affiches bij Drukwerk Zwalmans.", ["Drukwerk Zwalmans"]),
    # German nouns in a German sentence (one marker and a noun, or two markers)
    ("Am Morgen machen wir eine Schnitzeljagd durch den Wald.", ["Schnitzeljagd", "Wald"]),
    ("Die Kinder spielen am liebsten Völkerball, danach gibt es Eintopf.", ["Völkerball", "Eintopf"]),
    ("Die Nachtwanderung war für die Kleinen das Abenteuer der Ferien.", ["Nachtwanderung", "Ferien"]),
    ("Ohne die Stiftung gäbe es kein Zeltlager und keine Betreuer.", ["Zeltlager", "Betreuer"]),
]


@pytest.mark.parametrize(("text", "items"), KEPT)
def test_head_nouns_and_german_nouns_stay(text: str, items: list[str]) -> None:
    items_stay(text, items)


NAMES = [
    # the same heads before persons: a listed first name after the head, a full name
    ("Ik sprak met Jonas Park over de uitwisseling.", ["Jonas"]),
    ("We eten elke dinsdag bij Resto Mathilde met Mathilde Verhulst.", ["Verhulst"]),
    ("On a dormi chez Amélie Dufourny, place de la gare.", ["Amélie", "Dufourny"]),
    ("We gingen naar Place Sofie en daarna naar huis.", ["Sofie"]),
    ("Thank you Callum Hall and Priya Raman for the tour.", ["Callum", "Priya", "Raman"]),
    ("Our teacher Siobhan Brennan School trip was great.", ["Siobhan"]),
    # German sentences: a surname that is a word, a title before a noun, a first name before a noun
    ("Ich habe mit Frau Koch und Peter Wald gesprochen.", ["Koch", "Peter"]),
    ("Ich war mit Fischer und Bauer im Kino.", ["Fischer", "Bauer"]),
    ("Wir waren bei Müller und Schneider im Urlaub.", ["Müller", "Schneider"]),
    ("Wir haben für Anke Zeltlager gebaut, sagt Jannik.", ["Anke", "Jannik"]),
    ("Ich habe Sonne und Mond mit Jannik Oltrogge gesehen.", ["Jannik", "Oltrogge"]),
    ("Mit Hannelore habe ich den Kuchen gebacken.", ["Hannelore"]),
    ("Die Betreuerin Wiebke Strohkamp hat die Wimpel genäht.", ["Wiebke", "Strohkamp"]),
    # a German noun in a Dutch sentence is no German sentence
    ("We gingen met Wald naar zee.", ["Wald"]),
]


@pytest.mark.parametrize(("text", "names"), NAMES)
def test_persons_in_the_same_frames_go(text: str, names: list[str]) -> None:
    names_go(text, names)


def test_the_german_noun_list_holds_no_listed_name() -> None:
    lex = load_lexicon()
    for f in ("peter", "muller", "koch", "schmidt", "fischer", "bauer", "jannik", "anna", "lukas", "peters"):
        assert not german_noun(f, lex), f
    for f in ("zeltlager", "betreuer", "volkerball", "kindern", "fahrten", "schnitzeljagd"):
        assert german_noun(f, lex), f
