"""Session 18 (s18-fix): three name classes found late in the session (issue 11, severity 1).

1. A post-it wall (Padlet-style) exported into the quotes section: each post's author on a
   metadata line "<Naam> · <d mmm yyyy hh:mm> · ♥ <n>", replies "↳ <Naam>: <tekst>".
2. Instagram comments copied into the form: a handle on its own line, the comment, a metadata
   line "<n> u · <n> vind-ik-leuks · Beantwoorden".
3. "schepen <Achternaam>" in the photo caption, with a surname no list knows.

Every report goes the report path (reader, then anonymiser); no name part may be left in any
published field. Names, organisations and handles invented for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from perskamer.form.export_lines import export_items, handle_line, is_social_meta, reply_parts, wall_author
from perskamer.model import Report, Source
from perskamer.plugins.anonymise.anonymiser import anonymise_report
from perskamer.plugins.anonymise.export_authors import organisation_handle, speaker_handle
from perskamer.plugins.read_markdown import read_markdown
from perskamer.plugins.read_text_form import read_text_form
from perskamer.testing import word_in

_TXT_HEAD = (
    " \n\nVerslag sessie congres #Jeugdwerkwerkt    •   6 juni 2023   •   pagina 1 > 2 \n\nNOTA \n\n"
    "Verslag sessie congres #Jeugdwerkwerkt  \nDatum: 6 juni 2023 \n\nEen sessie met een prikbord \n\n"
    "Wat er is gebeurd in de sessie? Wat hebben jullie gedaan/gehoord/beleefd? Omschrijf in 5 a 10 zinnen \n\n \n\n"
    "We werkten met een online prikbord en lazen de reacties samen. \n\n \n\n"
    "Interessante quote(s) uit de sessie \n\n \n\n"
)


def _txt_report(quotes_section: str, photo: str) -> Report:
    tail = (" \n\n \n\nWat heeft jou verrast? Wat onthoud je? \n\n \n\nHoe snel het prikbord vol stond. \n\n \n\n"
            f"Sfeerbeeld van de sessie – foto (of schets) \n\n \n\n{photo} \n")
    body = "\n".join(line + " " for line in quotes_section.strip("\n").split("\n"))
    data = (_TXT_HEAD + body + tail).encode()
    return read_text_form(Source(path=Path("r.txt"), rel="r.txt", data=data))


def _md_report(quotes_section: str, photo: str) -> Report:
    text = (
        '---\ntitle: "Het prikbord"\ndate: 2023-06-06\n---\n\n'
        "## Wat er is gebeurd in de sessie?\n\nWe werkten met een online prikbord.\n\n"
        f"## Interessante quote(s) uit de sessie\n\n{quotes_section}\n\n"
        f"## Sfeerbeeld van de sessie – foto (of schets)\n\n{photo}\n"
    )
    return read_markdown(Source(path=Path("r.md"), rel="r.md", data=text.encode()))


def _published(report: Report) -> str:
    anonymise_report(report, {})
    parts = list(report.sections.values())
    for q in report.quotes:
        parts += [q.text, q.attribution or "", q.speaker or "", q.affiliation or ""]
    if report.photo is not None:
        parts += [report.photo.caption or "", report.photo.alt or ""]
    return json.dumps(parts, ensure_ascii=False)


WALL = """Het prikbord, zoals het op het scherm stond:

**Wat vond je sterk?**
Dat de jongeren zelf het woord namen.
Roswitha Keldermans · 3 okt 2023 09:12 · ♥ 4
↳ Joziene Hazewindus: klopt, en ze waren goed voorbereid
↳ jan-ove: ja echt
↳ Dr. Olufemi Vanderstraetenhof (sessiegever): Dank jullie, dat hoor ik graag.

**Wat mis je?**
Meer tijd voor vragen uit de zaal.
tjits q. · 3 okt 2023 09:15 · ♥ 2
↳ Fokje Doornbosch: en pauzes!
"""
WALL_NAMES = ["Roswitha", "Keldermans", "Joziene", "Hazewindus", "jan-ove", "Olufemi", "Vanderstraetenhof",
              "tjits", "Fokje", "Doornbosch"]
WALL_PHOTO = "Foto: het kaartje van Roswitha en de reactie van Joziene op het grote scherm."

COMMENTS = """De reacties onder onze post:

idunn.vdk
wat een sfeer, volgend jaar zijn we er zeker bij 🙌
3 u · 6 vind-ik-leuks · Beantwoorden

jeugdhuisdeweeg
@idunn.vdk welkom, de koffie staat klaar!
2 u · 3 vind-ik-leuks · Beantwoorden

b.oyelowo
Bij Speelplein De Kraanvogel doen we iets gelijkaardigs.
45 min · Beantwoorden

ylva_t07
@b.oyelowo ooh, waar zit dat?
1 d · 1 like · Reply
"""
COMMENT_NAMES = ["idunn", "Oyelowo", "ylva"]
COMMENT_PHOTO = "Screenshot: bovenaan idunn.vdk, daaronder @ylva_t07 en jeugdhuisdeweeg."


@pytest.mark.parametrize("make", [_md_report, _txt_report])
def test_wall_authors_and_reply_authors_leave_every_field(make) -> None:
    out = _published(make(WALL, WALL_PHOTO))
    left = [n for n in WALL_NAMES if word_in(n, out, ignore_case=True)]
    assert left == []


def test_wall_posts_and_replies_are_quotes_with_their_author() -> None:
    report = _md_report(WALL, WALL_PHOTO)
    speakers = [q.speaker for q in report.quotes]
    assert speakers == ["Roswitha Keldermans", "Joziene Hazewindus", "jan-ove", "Olufemi Vanderstraetenhof",
                        "tjits q.", "Fokje Doornbosch"]
    assert report.quotes[0].text == "Wat vond je sterk? Dat de jongeren zelf het woord namen."
    assert report.quotes[3].affiliation == "sessiegever"
    assert all("·" not in q.text and "♥" not in q.text for q in report.quotes)


@pytest.mark.parametrize("make", [_md_report, _txt_report])
def test_comment_handles_leave_every_field_and_the_organisation_stays(make) -> None:
    out = _published(make(COMMENTS, COMMENT_PHOTO))
    left = [n for n in COMMENT_NAMES if word_in(n, out, ignore_case=True)]
    assert left == []
    assert word_in("jeugdhuisdeweeg", out) and word_in("Speelplein De Kraanvogel", out)


def test_comments_are_quotes_with_their_handle() -> None:
    report = _md_report(COMMENTS, COMMENT_PHOTO)
    assert [q.speaker for q in report.quotes] == ["idunn.vdk", "jeugdhuisdeweeg", "b.oyelowo", "ylva_t07"]
    assert report.quotes[2].text == "Bij Speelplein De Kraanvogel doen we iets gelijkaardigs."


@pytest.mark.parametrize("make", [_md_report, _txt_report])
def test_titled_person_in_the_photo_caption(make) -> None:
    quotes = "« Notre échevine, madame Kalubampasi, est venue jusqu'au bout. »"
    out = _published(make(quotes, "Foto: schepen Mwambalunga opent de nieuwe ruimte van Jeugdhuis De Weeg."))
    assert not word_in("Mwambalunga", out) and not word_in("Kalubampasi", out)
    assert word_in("Jeugdhuis De Weeg", out)


def test_a_title_before_no_name_in_the_caption_stays() -> None:
    out = _published(_md_report("“We hebben eindelijk een lokaal.”", "Foto: de schepen van Jeugd knipt het lint in Geel."))
    assert "de schepen van Jeugd knipt het lint in Geel" in out


def test_line_shapes() -> None:
    assert wall_author("Roswitha Keldermans · 3 okt 2023 09:12 · ♥ 4") == "Roswitha Keldermans"
    assert wall_author("Anoniem · 3 okt 2023 09:12 · ♥ 4") == ""
    assert wall_author("tjits q. · 2 u · ♥ 1") == "tjits q."
    assert wall_author("Gent · 14 mrt 2023") is None  # (a dateline: no heart, no time)
    assert wall_author("Een gewone zin zonder metadata.") is None
    assert reply_parts("↳ Dr. Olufemi Vanderstraetenhof (sessiegever): Dank jullie.") == (
        "Dr. Olufemi Vanderstraetenhof (sessiegever)", "Olufemi Vanderstraetenhof", "sessiegever", "Dank jullie.")
    assert is_social_meta("3 u · 6 vind-ik-leuks · Beantwoorden")
    assert is_social_meta("1 d · 1 like · Reply")
    assert is_social_meta("45 min · Beantwoorden")
    assert not is_social_meta("3 u · vergadering")
    assert handle_line("idunn.vdk") == "idunn.vdk"
    assert handle_line("Een zin met woorden") is None
    assert speaker_handle("b.oyelowo") == "b.oyelowo" and speaker_handle("Anna Peeters") is None
    assert organisation_handle("jeugdhuisdeweeg") and organisation_handle("ksa.rumst")
    assert not organisation_handle("oksana_v2") and not organisation_handle("bibi.x")


def test_no_export_no_items() -> None:
    lines = ["“Dat was een goede dag.” – Anna", "Ze lachte: “Echt waar.”", "10:42 jonas: komt er koffie?"]
    assert export_items(lines) == []
