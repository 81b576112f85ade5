"""Names that scored just under the threshold: a word no list knows as the subject of a
sentence, a short form of a first name the report gives, a name run after a sentence
opener. Every name and group here is invented for these tests."""

from __future__ import annotations

import pytest

from perskamer.model import Quote, Report
from perskamer.plugins.anonymise.anonymiser import anonymise_report
from perskamer.plugins.anonymise.replace import anonymise_text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # a word no list knows opening a sentence or a quote, before a finite verb
        ("Zoubeyda brengt elke zaterdag de koffie mee.", "Zoubeyda"),
        ("‘Tenkodo werkte drie zomers op het speelplein.’", "Tenkodo"),
        ("Dat was eerst moeilijk. Yerlan maakt nu zelf de planning.", "Yerlan"),
        ("Ngozika schreef het dossier in één weekend.", "Ngozika"),  # inversion-like "het" after the verb
        # a name run after an ordinary word that opens the sentence
        ("Toen Wangmo Dolkar vorig jaar verhuisde, viel de groep stil.", "Wangmo"),
    ],
)
def test_unknown_word_as_subject_is_replaced(text: str, gone: str) -> None:
    out = anonymise_text(text)
    assert gone not in out, out
    assert "[persoon 1]" in out, out


@pytest.mark.parametrize(
    "text",
    [
        "Gisteren brengt de leiding de tenten.",  # an ordinary word opening the sentence
        "Vandaag werkt iedereen mee aan de affiche.",
        "Samen maakten we er iets moois van.",
        "Kirgizië was de verste bestemming van de uitwisseling.",  # a country (generated list)
    ],
)
def test_ordinary_sentence_openers_stay(text: str) -> None:
    assert anonymise_text(text) == text


def _report(speaker: str, quote: str, summary: str = "", *others: str) -> Report:
    return Report(source="x.md", slug="x", format="md", meta={"speakers": [speaker, *others]},
                  sections={"summary": summary}, quotes=[Quote(quote, speaker)])


def test_a_short_form_of_a_speakers_first_name_is_that_speaker() -> None:
    report = _report("Oyelaran Bekele", "Oyel brengt elke woensdag fruit mee en Oyel zorgt voor de sfeer.")
    anonymise_report(report)
    text = report.quotes[0].text
    assert "Oyel" not in text, text
    # the same label as the speaker: one person, not a new one
    assert "[persoon 2]" not in text, text


def test_a_short_form_mid_sentence_is_that_speaker_too() -> None:
    report = _report("Kalinda Vermoesen", "Iedereen kent Kali al jaren van het jeugdhuis.")
    anonymise_report(report)
    assert "Kali " not in report.quotes[0].text


def test_short_forms_leave_places_and_words_alone() -> None:
    # "Gent" starts a speaker's first name, but it is a place; "Wil" opening a sentence is a word
    report = _report("Gentiana Moerman", "Wil je weten waarom? In Gent doen we dat al jaren.", "", "Wilhelmina Roose")
    anonymise_report(report)
    text = report.quotes[0].text
    assert "Gent" in text and text.startswith("Wil je"), text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Op Insta volg ik marieke_vdb_2006 al jaren.", "marieke"),  # a listed first name, lower case
        ("Op Insta volg ik Oyelaran_xo_2005 al jaren.", "Oyelaran"),  # a capitalised word no list knows
        ("Haar account is oyelaran.b.2009, stuur maar.", "oyelaran"),
    ],
)
def test_an_account_name_without_its_platform_goes_whole(text: str, gone: str) -> None:
    report = _report("Oyelaran Bekele", text)
    anonymise_report(report)
    out = report.quotes[0].text
    assert gone.lower() not in out.lower(), out
    assert "[account]" in out and "_20" not in out and ".2009" not in out, out


def test_file_names_and_groups_with_underscores_stay() -> None:
    text = "De foto's staan in kamp_zomer_2023.zip en bij Chiro_Gent_2023 online."
    assert anonymise_text(text) == text
