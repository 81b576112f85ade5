"""Rule 60 (session 26, s26-hidden, issue 11): a speaker's first name opening a line before a
short adverb ("nog,", "ook,", "tot slot,") and an apposition that names a person, then the
label's colon and a quotation (``person_credit_adverbs``). Other invented names than the frozen
batch's, and look-alikes in the same frame: frequent words, places, organisations, a thing's
apposition, no quotation after the colon."""

from __future__ import annotations

import pytest
from anoncases import present
from hypothesis import given, settings
from hypothesis import strategies as st

from perskamer.plugins.anonymise.replace import anonymise_text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Griet nog, de tante van een kabouter: “Ik breng volgend jaar taart mee.”", "Griet"),
        ("Mina ook, de buurvrouw: “Ik hoorde ze zingen tot elf uur.”", "Mina"),
        ("- Kato tenslotte, onze nieuwe kookouder: “Twintig liter soep per dag!”", "Kato"),
        ("Bart nog even, de man van de boerin: “Ze mogen altijd terugkomen.”", "Bart"),
        ("Lotus als laatste, een van de hulpleiders: “Ik was de hele week moe.”", "Lotus"),
        ("Raf dan, 15, lid van de jeugdraad: “Dit was mijn eerste kamp.”", "Raf"),
        ("Tineke tot slot, een trouwe vrijwilligster: “Ik kom elk jaar koken.”", "Tineke"),
    ],
)
def test_speaker_before_adverb_and_apposition_goes(text: str, name: str) -> None:
    assert not present(name, anonymise_text(text))


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("Dan nog, de moeder van een lid: “Kom gerust langs.”", "Dan"),
        ("Gisteren nog, de vrouw van de boer: “Ze mogen altijd komen.”", "Gisteren"),
        ("Woensdag ook, de kok: “Er was soep genoeg.”", "Woensdag"),
        ("Tienen nog, de stad van het kamp: “Welkom!”", "Tienen"),
        ("Chiro Okapi nog, de groep van vorig jaar: “Een toplocatie.”", "Chiro Okapi"),
        ("Speelplein nog, de werking van de gemeente: “Wij doen ook mee.”", "Speelplein"),
    ],
)
def test_look_alike_in_the_frame_stays(text: str, item: str) -> None:
    assert item in anonymise_text(text)


_NAMES = ["Ria", "Tuur", "Wei", "Lies", "Sela", "Oona", "Jarne", "Bilal", "Maud", "Rosa"]
_ADVERBS = ["nog", "ook", "dan", "tenslotte", "tot slot", "als laatste", "nog even"]
_APPOSITIONS = ["de vrouw van de boer", "de vader van een kapoen", "onze kok", "de jongste leidster",
                "een van de leiders", "leider bij de welpen", "de buurman", "de boerin"]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(_NAMES), st.sampled_from(_ADVERBS), st.sampled_from(_APPOSITIONS),
       st.sampled_from(["", "- ", "Het was een mooie dag.\n"]))
def test_frame_masks_any_name(name: str, adverb: str, apposition: str, before: str) -> None:
    text = f"{before}{name} {adverb}, {apposition}: “Ze mogen altijd komen kijken.”"
    assert not present(name, anonymise_text(text))


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["Vandaag", "Morgen", "Eerst", "Daarna", "Zondag", "Ook", "Nu"]),
       st.sampled_from(_ADVERBS), st.sampled_from(_APPOSITIONS))
def test_frame_keeps_words_of_time(word: str, adverb: str, apposition: str) -> None:
    text = f"{word} {adverb}, {apposition}: “Ze mogen altijd komen kijken.”"
    assert word in anonymise_text(text)
