"""Session 26 (s26-privacy, issue 11, severity 1): the rules written after the frozen batch
(``tests/anonymise_s26_privacy_cases.py``), each with other invented names and with the things it
must keep. Written with the rules (in-sample for their author)."""

from __future__ import annotations

import pytest
from anonymise_asserts import items_stay, names_go
from hypothesis import given
from hypothesis import strategies as st

from perskamer.plugins.anonymise.detect import tokenize
from perskamer.plugins.anonymise.lexicon import load_lexicon
from perskamer.plugins.anonymise.person_family_pairs import mark_family_pairs

# --- rule 63: "de <owned or said thing> van <naam>" ------------------------------------------
OWNER_NAMES = [
    ("De friteuse van Ngozika stond in de keuken van het lokaal.", ["Ngozika"]),
    ("de hangmat van Okonkwo hing tussen twee eiken", ["Okonkwo"]),
    ("Die laatste opmerking van Xandrine deed iedereen lachen.", ["Xandrine"]),
    ("Het kaartje van Bilguun hangt nog aan de deur.", ["Bilguun"]),
    ("We hoorden de voicemail van Tsegaye pas 's avonds.", ["Tsegaye"]),
    ("de oude sleutels van Ruvimbo lagen in de schuif", ["Ruvimbo"]),
]
OWNER_KEEPS = [
    ("De camion van Vervoerbedrijf Nollet kwam te laat.", ["Nollet"]),
    ("We kregen het materiaal van Ravenhorst mee.", ["Ravenhorst"]),
    ("De wifi van Telenet viel uit tijdens de quiz.", ["Telenet"]),
    ("Een friteuse van Tefal stond op de toog.", ["Tefal"]),
    ("De kaartjes van Kwadraat liggen aan de ingang.", ["Kwadraat"]),
]


@pytest.mark.parametrize(("text", "names"), OWNER_NAMES)
def test_owner_noun_masks_the_owner(text: str, names: list[str]) -> None:
    names_go(text, names)


@pytest.mark.parametrize(("text", "items"), OWNER_KEEPS)
def test_supplier_after_van_stays(text: str, items: list[str]) -> None:
    items_stay(text, items)


# --- rule 64: "<F> <X> en <F> <Y>" ----------------------------------------------------------
PAIR_NAMES = [
    ("Moon Haeun en Moon Dohyun kwamen samen.", ["Haeun", "Dohyun"]),
    ("Bang Seojin & Bang Yerin zongen.", ["Seojin", "Yerin"]),
    ("Gisteren zagen we Park Chaeyoung en Park Jiho op het plein.", ["Chaeyoung", "Jiho"]),
    ("Mok Ka-yan, Mok Hoi-lam en hun nicht bakten wafels.", ["Ka-yan", "Hoi-lam"]),
]
PAIR_KEEPS = [
    ("Park Noord en Park Zuid liepen vol.", ["Park", "Noord", "Zuid"]),
    ("Song en dans: dat was de avond.", ["Song"]),
    ("Moon Walk en Moon Run zijn twee tochten.", ["Walk", "Run"]),
    ("Ma en pa Verbeke kwamen kijken.", ["Ma"]),
]


@pytest.mark.parametrize(("text", "names"), PAIR_NAMES)
def test_family_pair_goes(text: str, names: list[str]) -> None:
    names_go(text, names)


@pytest.mark.parametrize(("text", "items"), PAIR_KEEPS)
def test_family_pair_look_alike_stays(text: str, items: list[str]) -> None:
    items_stay(text, items)


@given(st.text(alphabet=st.sampled_from(list("ParkMonJiwSeo-yh &,en.")), max_size=60))
def test_family_pairs_never_fail(text: str) -> None:
    toks = tokenize(text)
    mark_family_pairs(text, toks, load_lexicon(), 0.5, frozenset({None}))
    assert all(t.score <= 1.0 for t in toks)


# --- rule 59: naming frames -------------------------------------------------------------------
NAMING_NAMES = [
    ("Het project heet Ondine Verstraelen, naar de stichtster.", ["Ondine", "Verstraelen"]),
    ("Ons nieuwe lokaal heet Bakary Sissoko.", ["Bakary", "Sissoko"]),
    ("de winnaar heet kiki", ["kiki"]),
    ("de winnaar van de quiz heet storm", ["storm"]),
]
NAMING_KEEPS = [
    ("Het project heet Samen Op Pad.", ["Samen", "Pad"]),
    ("De sporthal heet Sportoase Leieland.", ["Sportoase", "Leieland"]),
    ("Het spel heet Kapitein Haak.", ["Kapitein", "Haak"]),
    ("het dessert heet tiramisu", ["tiramisu"]),
]


@pytest.mark.parametrize(("text", "names"), NAMING_NAMES)
def test_naming_frame_name_goes(text: str, names: list[str]) -> None:
    names_go(text, names)


@pytest.mark.parametrize(("text", "items"), NAMING_KEEPS)
def test_naming_frame_thing_stays(text: str, items: list[str]) -> None:
    items_stay(text, items)


# --- rule 61: a Dutch word opening a sentence before a person's verb --------------------------
WORD_SUBJECT_NAMES = [
    ("Sterre hoopte dat het zou stoppen met regenen.", ["Sterre"]),
    ("Storm belde om te zeggen dat de bus weg was.", ["Storm"]),
    ("Bloem heeft haar gitaar meegebracht.", ["Bloem"]),
    ("Wolk vond dat de spelletjes te kinderachtig waren.", ["Wolk"]),
    ("Regen schreef een gedicht voor de slotavond.", ["Regen"]),
]
WORD_SUBJECT_KEEPS = [
    ("Storm heeft de tent vernield.", ["Storm"]),
    ("Ervaring zegt dat het lukt.", ["Ervaring"]),
    ("Muziek zegt meer dan woorden.", ["Muziek"]),
    ("Hoop wil iedereen.", ["Hoop"]),
    ("Regen wil niemand op kamp.", ["Regen"]),
    ("Water kookt bij honderd graden.", ["Water"]),
    ("Kaas kookt niet.", ["Kaas"]),
]


@pytest.mark.parametrize(("text", "names"), WORD_SUBJECT_NAMES)
def test_word_subject_of_a_person_verb_goes(text: str, names: list[str]) -> None:
    names_go(text, names)


@pytest.mark.parametrize(("text", "items"), WORD_SUBJECT_KEEPS)
def test_word_subject_of_another_verb_stays(text: str, items: list[str]) -> None:
    items_stay(text, items)


# --- rule 62: A25's remaining frames (informed) ------------------------------------------------
FRAME_NAMES = [
    ("Afmelding: Yakubu Adeyinka kan niet komen naar de fuif.", ["Yakubu", "Adeyinka"]),
    ("Dag 2 – zon tot de avond. Weilan Qiu had buikpijn, maar dat ging over.", ["Weilan", "Qiu"]),
    ("Hallo Ngọc Phạm! Je kamptrui ligt klaar.", ["Ngọc", "Phạm"]),
    ("PROFICIAT AAN THẢO NGUYỄN VOOR DE TEKENING", ["THẢO", "NGUYỄN"]),
    ("Bedankt aan Ilona\n🌸 Verdoodt voor de soep.", ["Ilona", "Verdoodt"]),
    ("Auteur: Kalinauskaitė, Rūta (red.) – Kampblad nr. 2", ["Kalinauskaitė", "Rūta"]),
    ("Deelnemerslijst (export): 🌟 Oyelaran, Temitope – betaald", ["Oyelaran", "Temitope"]),
]
FRAME_KEEPS = [
    ("Dag 3 in Brugge\n🚂 Oostende was de volgende stop.", ["Brugge", "Oostende"]),
    ("Vives Hogeschool biedt een opleiding jeugdwerk aan.", ["Vives", "Hogeschool"]),
    ("Tomorrowland Winter was een succes.", ["Tomorrowland", "Winter"]),
    ("Deelnemerslijst (export): Gent, Brugge en Kortrijk", ["Gent", "Brugge", "Kortrijk"]),
    ("We gingen naar Hội An met de bus.", ["An"]),
]


@pytest.mark.parametrize(("text", "names"), FRAME_NAMES)
def test_a25_frame_name_goes(text: str, names: list[str]) -> None:
    names_go(text, names)


@pytest.mark.parametrize(("text", "items"), FRAME_KEEPS)
def test_a25_frame_look_alike_stays(text: str, items: list[str]) -> None:
    items_stay(text, items)
