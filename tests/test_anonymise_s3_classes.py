"""Miss classes a blind unseen set (session 3) found, as shapes: every name, handle,
number and organisation here is invented for these tests, in sentences of our own."""

from __future__ import annotations

import pytest

from perskamer.plugins.anonymise.replace import anonymise_text


def _gone(text: str, *words: str) -> str:
    out = anonymise_text(text)
    for word in words:
        assert word.lower() not in out.lower(), out
    return out


# --- contacts -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "core"),
    [
        ("Volg haar op tiktok.com/@zwanedanst_07 voor de filmpjes.", "zwanedanst_07"),
        ("Kijk maar op https://www.tiktok.com/@kapoenkoning, daar staat alles.", "kapoenkoning"),
        ("Zijn cv staat op linkedin.com/in/bert-oudekerke-4a1b2c en hij zoekt werk.", "oudekerke"),
        ("Mijn profiel: https://be.linkedin.com/in/yuna-achterberg/ als je wil connecteren.", "achterberg"),
        ("Ze post alles op instagram.com/lichtstraal.mira", "lichtstraal"),
        ("Het kanaal heet youtube.com/@knutselmetkiki en groeit snel.", "knutselmetkiki"),
        ("Stuur hem een bericht via facebook.com/tuur.wolkenveld.9", "wolkenveld"),
    ],
)
def test_a_personal_profile_url_is_a_contact(text: str, core: str) -> None:
    out = _gone(text, core)
    assert "[account]" in out, out


@pytest.mark.parametrize(
    "text",
    [
        "Alles staat op www.jeugdwerkwerkt.be/programma en op tiktok.com in het algemeen.",
        "De uitleg vind je op https://www.linkedin.com/help/linkedin en verder niet.",
        "Lees het artikel op https://www.vrt.be/nws/nl/2023/06/06/jeugdwerk/ eens.",
    ],
)
def test_other_links_stay(text: str) -> None:
    assert anonymise_text(text) == text


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("Bel gerust naar 0486 / 27 19 53 als er iets is.", "27 19 53"),
        ("Mijn nummer is 0495 / 112 448, stuur maar.", "112 448"),
        ("Het secretariaat: 03 / 248 66 10.", "248 66 10"),
        ("Of bel 0472 - 63 81 09 na vijf uur.", "63 81 09"),
    ],
)
def test_a_phone_number_with_a_spaced_slash_is_a_contact(text: str, digits: str) -> None:
    out = _gone(text, digits)
    assert "[telefoonnummer]" in out, out


def test_dates_and_scores_with_a_slash_stay() -> None:
    text = "Op 12 / 06 speelden we 3 / 1 en in 2022 / 2023 waren er 240 / 300 inschrijvingen."
    assert anonymise_text(text) == text


# --- names in capitals ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Op het kamp in Durbuy zegt TSEWANG dat hij nooit meer weg wil.", "TSEWANG"),
        ("Het was stil, en toen stond ADWOA op en begon te zingen.", "ADWOA"),
        ("In de gang vertelde KELECHI ons over zijn eerste werkdag.", "KELECHI"),
        ("We wachtten allemaal, maar YESHE wist het antwoord al.", "YESHE"),
        ("‘PASANG wil altijd de afwas doen,’ lacht de leiding.", "PASANG"),
        ("DOLMANYI brengt elke week soep mee naar de werking.", "DOLMANYI"),
        ("NGAWANG, kom je ook naar de vergadering?", "NGAWANG"),
    ],
)
def test_a_name_in_capitals_where_a_name_stands(text: str, name: str) -> None:
    out = _gone(text, name)
    assert "[persoon" in out or "een deelnemer" in out, out  # (after "vertelde": an attribution)


@pytest.mark.parametrize(
    "text",
    [
        "Via UNIZO en de VDAB vonden we een stageplek.",
        "We lazen het rapport van UNICEF over kinderarmoede.",
        "Dat was ECHT NIET oké, zei de leiding.",
        "Zoek het op in de FAQ of mail naar het CLB.",
        "De leiding van KLJ Wortegem stond klaar.",
    ],
)
def test_acronyms_and_shouted_words_stay(text: str) -> None:
    assert anonymise_text(text) == text


# --- names in name positions the rules missed ------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Brecht, onze takleider, had de hele tocht al verkend.", "Brecht"),
        ("Jette, de kookouder van dienst, bakte pannenkoeken voor zestig man.", "Jette"),
        ("Gisteren zei Brecht dat het kamp vol zit.", "Brecht"),
    ],
)
def test_a_first_name_that_is_also_a_place_in_a_name_position(text: str, name: str) -> None:
    out = _gone(text, name)
    assert "[persoon" in out or "een deelnemer" in out, out  # (after "zei": an attribution)


@pytest.mark.parametrize(
    "text",
    [
        "We trokken naar Brecht, een rustige gemeente, voor het weekend.",
        "In Jette zijn er drie jeugdhuizen.",
        "Brecht ligt vlak bij de Nederlandse grens.",
    ],
)
def test_the_place_stays(text: str) -> None:
    assert anonymise_text(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ik ben Saran en ik kom uit Conakry.", "Saran"),
        ("Hallo, ik ben Fodéba, ik ben zestien.", "Fodéba"),
        ("Mijn naam is Kadiatou en ik studeer verpleegkunde.", "Kadiatou"),
        ("‘Ik ben Tenzing,’ zei hij, ‘en ik speel gitaar.’", "Tenzing"),
    ],
)
def test_a_name_after_a_self_introduction(text: str, name: str) -> None:
    out = _gone(text, name)
    assert "[persoon" in out, out


@pytest.mark.parametrize(
    "text",
    [
        "Ik ben Vlaming en daar ben ik trots op.",
        "Ik ben Gentenaar van geboorte.",
        "Ik ben Chiroleider sinds mijn zestiende.",
        "Ik ben Marokkaanse en Belgische tegelijk.",
    ],
)
def test_a_self_description_stays(text: str) -> None:
    assert anonymise_text(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Zizou (zo noemt iedereen hem) regelde de hele fuif.", "Zizou"),
        ("‘Bibou (echt waar, vraag het maar) speelt al drie jaar bij ons.’", "Bibou"),
        ("Kwazi (die van de kookploeg) maakte elke avond soep.", "Kwazi"),
    ],
)
def test_a_nickname_before_a_bracketed_aside(text: str, name: str) -> None:
    out = _gone(text, name)
    assert "[persoon" in out, out


def test_an_organisation_before_a_bracketed_aside_in_lists_stays() -> None:
    text = "Kampvuur (het hele weekend) was het hoogtepunt."  # an ordinary word
    assert anonymise_text(text) == text


# --- organisations that must stay -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "‘We houden de deur altijd open.’ – een begeleider van Den Tuyl",
        "‘Elke vrijdag is er soep.’ – een vrijwilliger van Den Hoeck in Zottegem",
        "We speelden een avond bij Den Mertens en sliepen in de zaal.",
    ],
)
def test_a_house_named_den_surname_stays(text: str) -> None:
    assert anonymise_text(text) == text


def test_a_person_with_den_in_the_surname_still_goes() -> None:
    out = _gone("Gisteren belde Koen Den Tuyl me nog op.", "Tuyl")
    assert "[persoon 1]" in out, out


@pytest.mark.parametrize(
    "text",
    [
        "We werkten samen met Kwadrant Gent-stad en de buurt.",
        "Ook Wijkpartners Antwerpen-stad deed mee.",
        "Samen met Sport Kortrijk organiseerden we een sportdag.",
        "Hij werkt bij Tuinbouw Zelzate sinds de zomer.",
        "Het Fonds Zeepbel steunde ons, net als Stichting Rozenkrans.",
        # ("Het Fonds Pieter Verhaeghe betaalde de bus.": a foundation named after someone's full name is
        # masked since session 23's policy, docs/decisions.md -- tests/test_anonymise_s23_privacy.py)
        "We stonden met een kraam op Antwerp Pride en later op Leuven Pride.",
        "Ons busje komt van Verhuur Quintel NV uit Aalst.",
    ],
)
def test_organisations_places_and_events_stay(text: str) -> None:
    assert anonymise_text(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We vroegen raad aan het fonds, maar Karma Dhondup had al betaald.", "Dhondup"),
        ("Fatoumata Binta Barry vertaalde alles.", "Binta"),
        ("Ik sprak met Jorinde Gent over haar stage.", "Jorinde"),
    ],
)
def test_names_beside_places_and_cue_words_still_go(text: str, name: str) -> None:
    _gone(text, name)
