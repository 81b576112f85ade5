"""The keep side of session 20 (s20-keep): feast days of many traditions (``data/holidays.txt``,
generated from the ``holidays`` package), a work's title after a lower-case compound ending in a
work's noun ("het kaartspel X": ``detect._work_compound``), prizes, halls and pools named after a
person ("de <Voornaam> <Naam>prijs": ``keep_objects._INSTITUTIONS``), a product bought with "een"
("we kochten een X": ``keep_bought.protect_bought``), a storm's name ("door storm X":
``keep_bought.protect_named_weather``) -- and the persons in the same frames, which must go.

Every title, prize and name here was written for this test (no word of ``tests/fixtures``,
``bench/data``, ``/work/shared`` or the own unseen set ``bench/unseen_keep_s20``). The privacy
half runs each person case with the rules and with them switched off: a name part the rules
alone publish fails.
"""

from __future__ import annotations

import re

import pytest

from perskamer.plugins.anonymise import detect, keep_bought, keep_objects
from perskamer.plugins.anonymise.lexicon import fold, load_lexicon, read_list
from perskamer.plugins.anonymise.replace import anonymise_text
from perskamer.testing import word_in

_OLD_INSTITUTIONS = tuple(x for x in keep_objects._INSTITUTIONS if x not in (
    "prijs", "trofee", "award", "zaal", "sporthal", "zwembad", "auditorium", "memoriaal"))

FEASTS = [
    ("“Met Diwali steken we lichtjes aan in de tuin.”", "Diwali"),
    ("“Met Nowruz kwamen de ouders samen koken.”", "Nowruz"),
    ("“Rond Thaipusam was de helft van de groep afwezig.”", "Thaipusam"),
    ("“Na Sukkot begonnen we opnieuw met de werking.”", "Sukkot"),
    ("“Op Holi gooiden we verfpoeder, zegt een animator.”", "Holi"),
    ("“Tijdens Pesach plannen we geen uitstap.”", "Pesach"),
]

WORKS = [
    ("“Voor het kaartspel Zorbatak en de quiz was er nog tijd.”", "Zorbatak"),
    ("“Het bordspel Quimblo bleef de hele week liggen.”", "Quimblo"),
    ("“Het kaartspel Tromzee Dabbel is een succes.”", "Tromzee Dabbel"),
    ("“We keken de animatiefilm Vrakkadoe, daarna praatten we.”", "Vrakkadoe"),
]

NAMED = [
    ("“Vorig jaar wonnen we de Leontine Vermassenprijs voor ons project.”", "Leontine Vermassenprijs"),
    ("“In de Hilde Verstraetezaal mogen we gratis vergaderen.”", "Hilde Verstraetezaal"),
]

BOUGHT = [
    ("“We kochten een Zorbatak voor de werking.”", "Zorbatak"),
    ("“Voor de werking bestelden we een Quimblo en twee ballen.”", "Quimblo"),
    ("“Met het geld van de fuif kochten we een Vrakkadoe.”", "Vrakkadoe"),
]

WEATHER = [
    ("“Door storm Ingunn werd het kamp een dag ingekort.”", "Ingunn"),
    ("“Tijdens storm Tjallina bleven we binnen.”", "Tjallina"),
    ("“Storm Eunice blies het dak van de container.”", "Eunice"),
]

#: (text, name parts that must go): persons in the rules' frames and next to them.
PERSONS = [
    ("“Met Kwabena steken we lichtjes aan in de tuin.”", ("Kwabena",)),
    ("“Na Tjallina begonnen we opnieuw met de werking.”", ("Tjallina",)),
    ("“We speelden het kaartspel Knikkerkoorts met Tjorven Oudelandt.”", ("Tjorven", "Oudelandt")),
    ("“In het bordspel Gijsbrechta Vandermolenaar won ze alles.”", ("Gijsbrechta", "Vandermolenaar")),
    ("“Bij het kaartspel Ebrima Njieboka was de winnaar.”", ("Ebrima", "Njieboka")),
    ("“Het rollenspel Comfort Asantewaah bedacht werkte goed.”", ("Comfort", "Asantewaah")),
    ("“Ons rollenspel Jan Verbruggen speelde mee.”", ("Verbruggen",)),
    ("“Het dagboek Nsimba schreef lag op tafel.”", ("Nsimba",)),
    ("“We spraken met Leontine Vermassen over de prijs.”", ("Leontine", "Vermassen")),
    ("“Ik zag Hilde Verstraete in de zaal.”", ("Hilde", "Verstraete")),
    ("“De prijs ging naar Gaston Rombauts.”", ("Gaston", "Rombauts")),
    ("“We gingen met Leontine Vermassenprijs naar zee.”", ("Leontine",)),
    ("“Er zat een Welmoed in mijn klas.”", ("Welmoed",)),
    ("“We kregen een Welmoed bij in de groep.”", ("Welmoed",)),
    ("“We kochten een cadeau voor Nsimba.”", ("Nsimba",)),
    ("“Ik kocht een Tjallina die al kapot was.”", ("Tjallina",)),
    ("“We huurden een Jan Verbruggen in als dj.”", ("Verbruggen",)),
    ("“We kochten een taart met Welmoed Oudelandt.”", ("Welmoed", "Oudelandt")),
    ("“Storm Peeters zei dat het kon.”", ("Peeters",)),
    ("“Storm Njieboka zei dat het kon.”", ("Njieboka",)),
    ("“Na de storm Tjallina gebeld.”", ("Tjallina",)),
    ("“Door storm Lotte Peeters kwam niemand.”", ("Lotte", "Peeters")),
    ("“Door de storm bleef Tjallina thuis.”", ("Tjallina",)),
]


@pytest.mark.parametrize(("text", "item"), FEASTS)
def test_feast_days_of_many_traditions_are_kept(text: str, item: str) -> None:
    assert item in anonymise_text(text)


def test_the_holiday_list_holds_no_name_and_is_read_into_the_calendar() -> None:
    lex = load_lexicon()
    entries = read_list("holidays.txt")
    assert len(entries) >= 30
    for e in entries:
        f = fold(e)
        assert f in lex.calendar
        assert f not in lex.first_names and f not in lex.surnames and f not in lex.name_words, e
        assert " " not in e and len(re.sub(r"[^a-z]", "", f)) >= 4, e


@pytest.mark.parametrize(("text", "item"), WORKS)
def test_a_title_after_a_work_compound_is_kept(text: str, item: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert item in anonymise_text(text)
    with monkeypatch.context() as m:
        m.setattr(detect, "_work_compound", lambda *a, **k: False)
        assert item not in anonymise_text(text)


@pytest.mark.parametrize(("text", "item"), NAMED)
def test_a_prize_or_hall_named_after_a_person_is_kept(text: str, item: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert item in anonymise_text(text)
    with monkeypatch.context() as m:
        m.setattr(keep_objects, "_INSTITUTIONS", _OLD_INSTITUTIONS)
        assert item not in anonymise_text(text)


@pytest.mark.parametrize(("text", "item"), BOUGHT)
def test_a_product_bought_with_een_is_kept(text: str, item: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert item in anonymise_text(text)
    with monkeypatch.context() as m:
        m.setattr(keep_bought, "protect_bought", lambda *a, **k: None)
        m.setattr(detect, "protect_bought", lambda *a, **k: None)
        assert item not in anonymise_text(text)


@pytest.mark.parametrize(("text", "item"), WEATHER)
def test_a_storm_name_after_storm_is_kept(text: str, item: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert item in anonymise_text(text)
    with monkeypatch.context() as m:
        m.setattr(detect, "protect_named_weather", lambda *a, **k: None)
        assert item not in anonymise_text(text)


@pytest.mark.parametrize(("text", "names"), PERSONS)
def test_the_rules_publish_no_name(text: str, names: tuple[str, ...], monkeypatch: pytest.MonkeyPatch) -> None:
    on = anonymise_text(text)
    with monkeypatch.context() as m:
        m.setattr(detect, "_work_compound", lambda *a, **k: False)
        m.setattr(keep_objects, "_INSTITUTIONS", _OLD_INSTITUTIONS)
        m.setattr(detect, "protect_bought", lambda *a, **k: None)
        m.setattr(detect, "protect_named_weather", lambda *a, **k: None)
        off = anonymise_text(text)
    published = [w for w in names if word_in(w, on, ignore_case=True) and not word_in(w, off, ignore_case=True)]
    assert not published, (on, published)
    assert not [w for w in names if word_in(w, on, ignore_case=True)], on
