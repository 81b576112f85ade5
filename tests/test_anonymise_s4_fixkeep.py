"""Session 4, issue 11: the keep lists must not let a person's name through (red team F1-F4, F6).

Cases invented by s4-fixkeep for these tests (not taken from the red team's sets, the
fixtures or the bench data): every name is a made-up combination; the list words are
chosen from the lists' own classes (a Turkish city, a car maker, a Finnish-looking
language name, a Flemish municipality that is also a first name).
"""

from __future__ import annotations

import pytest

from perskamer.model import Quote, Report
from perskamer.plugins.anonymise.anonymiser import anonymise_report
from perskamer.plugins.anonymise.detect import Knowledge
from perskamer.plugins.anonymise.inline import inline_quotes
from perskamer.plugins.anonymise.lexicon import load_lexicon
from perskamer.plugins.anonymise.replace import anonymise_text
from perskamer.testing import word_in


def _has(word: str, text: str) -> bool:
    return word_in(word, text)


def _know(*names: str) -> Knowledge:
    know = Knowledge()
    for name in names:
        know.add(name, explicit=True)
    return know


def test_the_list_words_of_these_cases_are_what_the_cases_say() -> None:
    lex = load_lexicon()
    assert {"malatya", "kayseri", "hamme", "bursa", "zele", "ronse", "konya"} <= lex.places
    assert {"hilton", "suzuki", "honda", "marriott"} <= lex.brands
    assert {"sena", "aino"} <= lex.languages
    assert {"joppe", "lamine"} <= lex.places & lex.first_names


# --- F1: a name the report gives wins over every list class --------------------------

F1 = [
    ("Malatya heeft de affiches gemaakt.", "Derya Malatya", "Malatya"),
    ("We gaven het woord aan Malatya en zij begon.", "Derya Malatya", "Malatya"),
    ("Toen kwam Hamme binnen met koffie.", "Ilse Hamme", "Hamme"),
    ("Gisteren heeft Kayseri de sleutels gebracht.", "Kayseri", "Kayseri"),
]


@pytest.mark.parametrize(("text", "given", "name"), F1)
def test_a_name_the_report_gives_beats_the_place_lists(text: str, given: str, name: str) -> None:
    out = anonymise_text(text, _know(given))
    assert not _has(name, out), out


def test_the_place_itself_stays_where_a_place_stands() -> None:
    out = anonymise_text("Haar familie woont in Malatya, ver van hier.", _know("Derya Malatya"))
    assert _has("Malatya", out), out


def test_a_credited_participant_with_a_place_surname_is_masked_when_reused_alone() -> None:
    section = ('> "Ik teken graag." – Derya Malatya (jongere)\n\n'
               '> "Malatya heeft alle affiches van het weekend gemaakt." – deelnemer')
    report = Report(source="r.md", slug="r", format="md", sections={"quotes": section}, quotes=[
        Quote("Ik teken graag.", "Derya Malatya", "Derya Malatya (jongere)"),
        Quote("Malatya heeft alle affiches van het weekend gemaakt.", None),
    ])
    anonymise_report(report)
    assert not _has("Malatya", report.quotes[1].text), report.quotes[1].text
    assert not _has("Malatya", report.sections["quotes"]), report.sections["quotes"]


# --- F3: a title before a capitalised word ---------------------------------------------

F3 = [
    ("Ik vroeg het aan meneer Hilton van de derde klas.", "Hilton"),
    ("Gelukkig was juf Suzuki er nog.", "Suzuki"),
    ("We belden dokter Marriott meteen op.", "Marriott"),
    ("Mevrouw Bursa gaf ons een kans.", "Bursa"),
]


@pytest.mark.parametrize(("text", "name"), F3)
def test_a_title_makes_a_listed_word_a_name(text: str, name: str) -> None:
    out = anonymise_text(text)
    assert not _has(name, out), out


# --- F4: a listed place that is also a listed first name --------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("Samen met Joppe bouwde ik het vlot.", "Joppe"),
    ("Lamine vond dat we te snel gingen.", "Lamine"),
])
def test_a_place_that_is_a_first_name_goes_to_the_person_rules(text: str, name: str) -> None:
    out = anonymise_text(text)
    assert not _has(name, out), out


# --- F2: a list-kept word next to a name is part of it -----------------------------------

F2 = [
    ("Ik speelde vaak met Kenji Suzuki in de tuin.", ["Kenji", "Suzuki"]),
    ("Daarna vertelde Deniz Honda over haar stage.", ["Deniz", "Honda"]),
    ("Samen met Sena Demirci maakten we de stand.", ["Sena", "Demirci"]),
    ("Aino Virtanen kwam uit Finland.", ["Aino", "Virtanen"]),
    ("Femke Hilton zong het laatste lied.", ["Femke", "Hilton"]),
    ("Gisteren belde Ruben Ronse ons op.", ["Ruben", "Ronse"]),
]


@pytest.mark.parametrize(("text", "names"), F2)
def test_a_listed_word_next_to_a_name_is_masked_with_it(text: str, names: list[str]) -> None:
    out = anonymise_text(text)
    for name in names:
        assert not _has(name, out), out


# --- what must stay --------------------------------------------------------------------

KEEP = [
    ("We reden met de Honda naar Zele en daarna naar Ronse.", ["Honda", "Zele", "Ronse"]),
    ("In Malatya en Konya wonen familieleden van ons.", ["Malatya", "Konya"]),
    ("Ze spreekt Tamil en Sena thuis.", ["Tamil", "Sena"]),
    ("Met Mehmet naar Gent, dat was een avontuur.", ["Gent"]),
    ("Sander ging naar Zele met de fiets.", ["Zele"]),
    ("Nu help ik de kleintjes met hun Frans en hun Engels.", ["Frans", "Engels"]),
    ("Ons koor zong in Istanbul Konya-liederen.", ["Istanbul"]),
    ("Sint-Pieter Bollaert organiseert de vakantiewerking.", ["Sint-Pieter"]),
]


@pytest.mark.parametrize(("text", "words"), KEEP)
def test_places_brands_and_languages_stay(text: str, words: list[str]) -> None:
    out = anonymise_text(text)
    for word in words:
        assert _has(word, out), out


# --- F6: inline quotations in the report's own text ---------------------------------------

NARRATIVE = (
    '"We hebben de muur zelf beschilderd", zegt Ilayda Korkmaz trots. Later vertelde Ilayda over het kamp.\n\n'
    'Begeleider Wannes Dierickx: "Met Kenji Suzuki erbij lukte het." Dat vond iedereen.\n\n'
    '"Het was zwaar", aldus juf Marleen. De film "Stille Zomer" werd getoond in Zele.'
)


def _narrative_report() -> Report:
    return Report(source="r.md", slug="r", format="md",
                  sections={"summary": NARRATIVE, "quotes": "Een kwartier later was alles klaar."},
                  quotes=[Quote("Niemand wist het.", "Wannes Dierickx")], meta={"speakers": ["Wannes Dierickx"]})


def test_inline_quotations_are_found_with_their_credit() -> None:
    found = list(inline_quotes(NARRATIVE))
    assert [q.name for q in found] == ["Ilayda Korkmaz", "Wannes Dierickx", "Marleen"]
    assert [NARRATIVE[q.credit_start : q.credit_end] for q in found] == [
        "Ilayda Korkmaz", "Begeleider Wannes Dierickx", "juf Marleen"]
    # a title in quotation marks has no credit: no quotation
    assert not list(inline_quotes('De film "Stille Zomer" werd getoond. "Klaar", zegt Chiro Zele.'))


@pytest.mark.parametrize("scope", ["quotes", "all"])
def test_an_inline_quotation_is_a_quote_in_any_scope(scope: str) -> None:
    report = _narrative_report()
    anonymise_report(report, {"scope": scope})
    text = report.sections["summary"]
    for name in ("Ilayda", "Korkmaz", "Wannes", "Dierickx", "Kenji", "Suzuki", "Marleen"):
        assert not _has(name, text), text
    assert "Stille Zomer" in text and "Zele" in text
    assert "aldus een " in text  # the role word goes with the name: the label stands alone


def test_named_speakers_keep_the_inline_credit() -> None:
    report = _narrative_report()
    anonymise_report(report, {"speakers": "named"})
    text = report.sections["summary"]
    assert "zegt Ilayda Korkmaz" in text and "Wannes Dierickx" in text
    assert not _has("Kenji", text)  # the quoted text is still anonymised


# --- F5: a rare language name is a language only where a language stands; a brand or
# --- language name credited with speech is a person ------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("Samen met Sena maakten we de stand.", "Sena"),
    ("Gisteren vertelde Aino dat ze stopt.", "Aino"),
    ("Aino vond het kamp te kort.", "Aino"),
    ("Toen zei Hilton dat het niet kon.", "Hilton"),
])
def test_a_language_or_brand_where_a_person_stands_is_a_name(text: str, name: str) -> None:
    out = anonymise_text(text)
    assert not _has(name, out), out


@pytest.mark.parametrize(("text", "words"), [
    ("Ze spreekt thuis Hausa en een beetje Frans.", ["Hausa", "Frans"]),
    ("In het Wolof klinkt dat heel anders.", ["Wolof"]),
    ("Mijn moeder leert Yoruba aan de kinderen.", ["Yoruba"]),
    ("We aten bij een Turks restaurant in Genk.", ["Turks", "Genk"]),
    ("Thuis praten we Spaans, op school Nederlands.", ["Spaans", "Nederlands"]),
    ("Iedereen zegt Zweeds als ze ons horen praten.", ["Zweeds"]),
    ("We reden met een Honda naar de zee.", ["Honda"]),
])
def test_languages_where_a_language_stands_stay(text: str, words: list[str]) -> None:
    out = anonymise_text(text)
    for word in words:
        assert _has(word, out), out


# --- F7: a name that is an English word, where a name stands -----------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("Ik deed de afwas met Precious en haar zus.", "Precious"),
    ("Ik gaf de sleutels aan Mercy voor het weekend.", "Mercy"),
])
def test_an_english_word_after_met_or_aan_is_a_name(text: str, name: str) -> None:
    out = anonymise_text(text)
    assert not _has(name, out), out
