"""Session 25 (s25-t25fix, issue 11): the shapes of the held-out set T25, with invented cases.

1. a shared online photo album pasted into the quotes answer with its furniture: "Album: <titel> (n foto's)
   · gedeeld door <Naam>", "Foto n · “<bijschrift>” · Getagd: <Naam>, <Naam> · ♥ n", "Reactie van <Naam>:
   “…”", "Getagd: niemand": the furniture words ("Album", "Getagd", "Reactie van", "gedeeld door") are
   labels, never a person or a quote's speaker; the names in the tags and reactions are masked; under
   ``scope: all`` the report is published (the guard must not find a "replaced name" left in a quote);
2. keep frames: a farm or house head noun before a particle name ("Hoeve Ter <X>"), an organisation type +
   region ("Regionaal Landschap <Streek>"), a park or square named after a person ("Parc <Voornaam-
   Voornaam>"), a venue with an article that "stood full" ("De <Naam> stond vol"), a metro station after
   "via" in a sentence about the metro.

Written before the fixes (frozen in the branch's first commit). Every name, organisation, farm, region and
venue is invented (real places, rivers and stations aside); none from tests/fixtures/, /work/shared/,
bench/data/, bench/attack/ or the held-out set.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from anonymise_asserts import build_one_report, items_stay, names_go, public_text, survives

# --- shape 1: the album's furniture is labels, its names go ----------------------------------------------
ALBUM_NAMES = [
    ("Album: Kampweek Vresse (31 foto's) · gedeeld door Gwendoleen Moerzeele", ["Gwendoleen", "Moerzeele"]),
    ("Foto 4 · “Aankomst in De Smidse” · Getagd: Quirien Vanhoutriveke, Ilze Ozoliņa, Basarabescu · ♥ 9",
     ["Quirien", "Vanhoutriveke", "Ilze", "Ozoliņa", "Basarabescu"]),
    ("Reactie van Thandeka: “wat een dag 😍”", ["Thandeka"]),
    ("Reactie van Oskarin Lindevall: “tot volgend jaar”", ["Oskarin", "Lindevall"]),
    ("Foto 12 · “Aan de Lesse” · Getagd: Auréline, Tomir Wronski · 👍 17 · 3 reacties",
     ["Auréline", "Tomir", "Wronski"]),
    ("Fotoalbum “Weekend Westhoek” · gedeeld door Jorneel Baertsoen · 12 foto's", ["Jorneel", "Baertsoen"]),
]

#: left open after the fixes (strict xfail): no general rule tells these apart from a person's name
OPEN = {
    "Album: Kampweek Vresse (31 foto's) · gedeeld door Gwendoleen Moerzeele":
        "an album's title of a word and a village no list knows has the shape of 'Verjaardag <Naam>': masked",
}

ALBUM_KEEP = [
    pytest.param("Album: Kampweek Vresse (31 foto's) · gedeeld door Gwendoleen Moerzeele", ["Album", "Kampweek Vresse"],
                 marks=pytest.mark.xfail(strict=True, reason=OPEN[
                     "Album: Kampweek Vresse (31 foto's) · gedeeld door Gwendoleen Moerzeele"])),
    ("Album: Kampweek Vresse (31 foto's) · gedeeld door Gwendoleen Moerzeele", ["Album"]),
    ("Foto 4 · “Aankomst in De Smidse” · Getagd: Quirien Vanhoutriveke, Ilze Ozoliņa · ♥ 9",
     ["Getagd", "De Smidse"]),
    ("Foto 27 · “Ons tentenkamp” · Getagd: niemand (op vraag van de ouders)", ["Getagd", "niemand"]),
    ("Reactie van Thandeka: “wat een dag 😍”", ["Reactie van"]),
]


@pytest.mark.parametrize("text,names", ALBUM_NAMES)
def test_names_in_an_albums_tags_and_reactions_go(text: str, names: list[str]) -> None:
    names_go(text, names)


@pytest.mark.parametrize("text,items", ALBUM_KEEP)
def test_an_albums_furniture_stays(text: str, items: list[str]) -> None:
    items_stay(text, items)


# --- shape 2: keep frames, and persons of the same shape ----------------------------------------------------
FRAME_KEEP = [
    ("We logeerden vijf dagen op Hoeve Ter Vlasbeke bij de boer.", ["Hoeve Ter Vlasbeke"]),
    ("**Kampdagboek – Hof Ten Walgraeve**", ["Hof Ten Walgraeve"]),
    ("“Het melkhuisje van Boerderij Ter Zwalmbeke was dicht,” zegt de leiding.", ["Boerderij Ter Zwalmbeke"]),
    ("“We kregen hulp van Regionaal Landschap Mandel-Heuvel bij het snoeien.”", ["Regionaal Landschap Mandel-Heuvel"]),
    ("De wilgen kwamen van Regionaal Landschap Zwalmstreek.", ["Regionaal Landschap Zwalmstreek"]),
    ("Légende : « les enfants au Parc Anne-Gaëlle, près de la fontaine ».", ["Parc Anne-Gaëlle"]),
    pytest.param("We speelden de hele middag in het Park Marie-Thérèse.", ["Park Marie-Thérèse"],
                 marks=pytest.mark.xfail(strict=True, reason="'Park' is also a Korean family name ('Park <Voornaam>'): "
                                         "no head; A21 published 14 more names when it was one")),
    ("Rendez-vous au Square Jean-Aymeric à dix heures.", ["Square Jean-Aymeric"]),
    ("“De Casteleyn stond vol voor de jobbeurs,” zegt de schepen.", ["De Casteleyn"]),
    ("“De Vandenbrouckere liep vol, tot op de trappen.”", ["De Vandenbrouckere"]),
    ("“We nemen de metro naar het Atomium en terug via Ribaucourt.”", ["Ribaucourt"]),
    ("“Met de metro gaan we via Delacroix naar het Zuidstation.”", ["Delacroix"]),
]

FRAME_NAMES = [
    ("“Het hooi rook lekker,” zegt Lotka Ter Walgraeve.", ["Lotka", "Walgraeve"]),
    ("“Ik melk elke ochtend,” aldus Fenneke Ten Vlasbeke (15).", ["Fenneke", "Vlasbeke"]),
    ("“Ik kom elke dag naar het park,” zegt Marie-Thérèse Lambrechtsen.", ["Marie-Thérèse", "Lambrechtsen"]),
    ("« On joue au parc avec Anne-Gaëlle, » raconte Nourhaima Benhammouti.", ["Anne-Gaëlle", "Nourhaima", "Benhammouti"]),
    ("“Via Ilyasin kwam ik bij de scouts,” vertelt Brendo Vercauterhove.", ["Ilyasin", "Brendo", "Vercauterhove"]),
    ("“Ik hoorde het via Jorneel, mijn neef.”", ["Jorneel"]),
    ("Elinde Declercqs stond vol trots naast haar tent.", ["Elinde", "Declercqs"]),
    ("“We werken samen met Regionaal Landschap Zwalmstreek,” zegt Wardo Leemansen.", ["Wardo", "Leemansen"]),
    # (added after the fixes, 20:35 UTC: the look-alike A21 found for a first version's "Park" head)
    ("“Ik kom ook naar het kamp,” zegt Park Dahyun.", ["Dahyun"]),
    # (a strict xfail until session 26: closed by s26-privacy's rule 53, a family name shared by a pair)
    ("Park Seoyun en Park Minseo-Yejin gingen mee naar Parc Anne-Gaëlle.", ["Seoyun", "Minseo-Yejin"]),
]


@pytest.mark.parametrize("text,items", FRAME_KEEP)
def test_keep_frames_stay(text: str, items: list[str]) -> None:
    items_stay(text, items)


@pytest.mark.parametrize("text,names", FRAME_NAMES)
def test_persons_of_the_same_shapes_go(text: str, names: list[str]) -> None:
    names_go(text, names)


# --- the album in a built workspace, as text from the PDF form, under both scopes ---------------------------
TXT = """Verslag sessie congres #Jeugdwerkwerkt    •   6 juni 2023   •   pagina 1 > 2

NOTA

Verslag sessie congres #Jeugdwerkwerkt

Datum: 6 juni 2023



Een album van het zomerkamp



Wat er is gebeurd in de sessie? Wat hebben jullie gedaan/gehoord/beleefd? Omschrijf in 5 a 10 zinnen



Een jeugdbeweging toonde het gedeelde fotoalbum van haar zomerkamp en vertelde hoe de leden zelf

kiezen wie getagd wordt.



Interessante quote(s) uit de sessie



Album: Kampweek Vresse (31 foto's) · gedeeld door Gwendoleen Moerzeele



Foto 4 · “Aankomst in De Smidse” · Getagd: Quirien Vanhoutriveke, Ilze Ozoliņa, Basarabescu · ♥ 9



Foto 9 · “Kajakken op de Vierre” · Getagd: Ilze Ozoliņa, Tomir Wronski ·

Reactie van Thandeka: “wat een dag 😍”



Foto 27 · “Ons tentenkamp” · Getagd: niemand (op vraag van de ouders)



Foto 30 · “Terug naar huis” · Getagd: Gwendoleen Moerzeele, Tomir Wronski · ♥ 11 ·

Reactie van Oskarin Lindevall: “tot volgend jaar”



“Wie niet getagd wil worden, zegt het gewoon,” zegt Jorneel

Baertsoen, leiding bij Scouts Sint-Wivina.



Wat heeft jou verrast? Wat onthoud je?



Hoe streng de jongste leden zijn over hun eigen foto's.
"""
TXT_NAMES = ["Gwendoleen", "Moerzeele", "Quirien", "Vanhoutriveke", "Ilze", "Ozoliņa", "Basarabescu",
             "Tomir", "Wronski", "Thandeka", "Oskarin", "Lindevall", "Jorneel", "Baertsoen"]
TXT_KEEP = ["De Smidse", "Vierre", "Scouts Sint-Wivina", "Getagd", "Album"]  # ("Kampweek Vresse": OPEN)


def _build(tmp_path: Path, scope: str) -> tuple[int, Path]:
    return build_one_report(tmp_path, "album.txt", TXT, extra_config="\nanonymise:\n  scope: all\n" if scope == "all" else "")


@pytest.mark.parametrize("scope", ["quotes", "all"])
def test_the_album_report_is_published_without_a_name(tmp_path: Path, scope: str) -> None:
    code, out = _build(tmp_path, scope)
    data = out / "data" / "album.json"
    assert data.exists(), "the report was withheld"
    assert code == 0
    text = public_text(out)
    for part in TXT_NAMES:
        assert not survives(part, text), f"{part} published"
    body = json.dumps(json.loads(data.read_text(encoding="utf-8")), ensure_ascii=False)
    for item in TXT_KEEP:
        assert item in body, f"{item} lost"


def test_album_furniture_is_no_speaker(tmp_path: Path) -> None:
    code, out = _build(tmp_path, "quotes")
    quotes = json.loads((out / "data" / "album.json").read_text(encoding="utf-8"))["quotes"]
    credited = [q for q in quotes if q.get("speaker")]
    # only the scout leader's quote has a speaker: "Album:" and "Getagd:" are labels, not persons
    assert [q["text"][:15] for q in credited] == ["Wie niet getagd"], quotes
    section = json.loads((out / "data" / "album.json").read_text(encoding="utf-8"))["sections"]["quotes"]
    assert "Album:" in section and "Getagd:" in section, section
