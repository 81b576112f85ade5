"""Session 19 (s19-exports): pasted exports in any section, of any platform (issue 11, severity 1).

1. Quote-shaped content (an export's author lines, a chat) in any section is read as in the quotes
   section: its authors are credited speakers (withheld everywhere) and the section is read with
   the quote rules.
2. A generic export metadata line: a name-like run plus only metadata (times, relative times,
   counters, UI words of any platform, separators, roles) makes the run an author.
3. A Markdown sub-heading inside an answer that reads like a form question does not take the rest
   of the answer when the form's own question stands at the form's level.
4. "<Naam>, schepen" in a caption.

Names, organisations and handles invented for these tests (not from any gold set or fixture).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from perskamer.form.export_meta import author_meta, meta_line, name_line
from perskamer.form.quotes import section_speakers
from perskamer.model import Report, Source
from perskamer.plugins.anonymise.anonymiser import anonymise_report
from perskamer.plugins.read_markdown import read_markdown
from perskamer.plugins.read_text_form import read_text_form
from perskamer.testing import word_in


def _md(sections: dict[str, str]) -> Report:
    heads = {
        "summary": "Wat er is gebeurd in de sessie? Wat hebben jullie gedaan/gehoord/beleefd?",
        "quotes": "Interessante quote(s) uit de sessie",
        "surprise": "Wat heeft jou verrast? Wat onthoud je?",
        "questions": "Waar kwamen veel vragen/reacties over?",
        "photo": "Sfeerbeeld van de sessie – foto (of schets)",
    }
    body = "".join(f"## {heads[k]}\n\n{v}\n\n" for k, v in sections.items())
    text = '---\ntitle: "Vragen uit de zaal"\ndate: 2023-06-06\n---\n\n' + body
    return read_markdown(Source(path=Path("r.md"), rel="r.md", data=text.encode()))


def _txt(sections: dict[str, str]) -> Report:
    heads = {
        "summary": "Wat er is gebeurd in de sessie? Wat hebben jullie gedaan/gehoord/beleefd? Omschrijf in 5 a 10 zinnen",
        "quotes": "Interessante quote(s) uit de sessie",
        "surprise": "Wat heeft jou verrast? Wat onthoud je?",
        "questions": "Waar kwamen veel vragen/reacties over?",
        "photo": "Sfeerbeeld van de sessie – foto (of schets)",
    }
    text = (" \n\nVerslag sessie congres #Jeugdwerkwerkt    •   6 juni 2023   •   pagina 1 > 2 \n\nNOTA \n\n"
            "Verslag sessie congres #Jeugdwerkwerkt  \nDatum: 6 juni 2023 \n\nVragen uit de zaal \n\n")
    for k, v in sections.items():
        text += f"{heads[k]} \n\n \n\n" + "".join(line + " \n\n" for line in v.strip("\n").split("\n")) + " \n\n"
    return read_text_form(Source(path=Path("r.txt"), rel="r.txt", data=text.encode()))


def _published(report: Report) -> str:
    anonymise_report(report, {})
    parts = [report.title or "", *report.sections.values()]
    for q in report.quotes:
        parts += [q.text, q.attribution or "", q.speaker or "", q.affiliation or ""]
    if report.photo is not None:
        parts += [report.photo.caption or "", report.photo.alt or ""]
    return json.dumps(parts, ensure_ascii=False)


# -- the generic metadata line ---------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "4 likes", "10:03", "👍 7  Beantwoorden", "Leuk vinden · Reageren · 5 u", "Like · Reply · 3 d",
    "2-11 Beantwoorden 56", "11:20 3 okt", "Beantwoorden", "Interessant · Reageren · 1 w", "2 antwoorden",
])
def test_metadata_lines(line: str) -> None:
    assert meta_line(line)


@pytest.mark.parametrize("line", [
    "Gent · 14 mrt 2023", "Lunch 12:30", "Pauze om 10:30", "Het begon om 10:30", "Wij hadden 12 likes",
    "Dat de schepen zelf om een jeugdraad vroeg.", "Ronde 2 – zaal Kastanje", "12 · 48 · 310",
])
def test_no_metadata_or_author_line(line: str) -> None:
    assert not meta_line(line)
    assert author_meta(line) is None


@pytest.mark.parametrize(("line", "name"), [
    ("Wendelien Opsomer · 11 likes · 09:14", "Wendelien Opsomer"),
    ("Casimir Vanderheyden · 2 uur geleden (bewerkt)", "Casimir Vanderheyden"),
    ("Mbali Ntuli • 2e", "Mbali Ntuli"),
    ("Bartholomeus Geerinckx  9:41 AM", "Bartholomeus Geerinckx"),
    ("Jurre Terpstra, [03.10.23 20:15]", "Jurre Terpstra"),
    ("Ysaline Dethier · 4 reacties", "Ysaline Dethier"),
    ("@fenneke.dhondt · 6 minuten geleden", "fenneke.dhondt"),
    ("Rozemarijn Aelbrecht @roos_aelb · 3 okt", "Rozemarijn Aelbrecht"),
])
def test_author_with_metadata(line: str, name: str) -> None:
    got = author_meta(line)
    assert got is not None and got.name == name


def test_name_line() -> None:
    assert name_line("Teodora Mihăilescu") == "Teodora Mihăilescu"
    assert name_line("Dat was het.") is None
    assert name_line("Vraag") is None


# -- quote-shaped content in any section -----------------------------------------------------------

SLIDO = """De vragen op het scherm (Slido):

Hoe blijf je als kleine vereniging zichtbaar?
Wendelien Opsomer · 11 likes · 09:14

Wie regelt de verzekering?
Anoniem · 6 likes · 09:15

Kan dit ook in Lokeren?
Casimir Vanderheyden
3 likes
"""
SLIDO_NAMES = ["Wendelien", "Opsomer", "Casimir", "Vanderheyden"]

ZOOM = """Uit de chat:
09:41:07 Van Mbali Ntuli aan Iedereen: is er een opname?
09:42:30 Van Jurre Terpstra aan Iedereen: die komt via Jeugddienst Lokeren
"""
LABELS = """Doel: de vereniging zichtbaar maken.
Resultaat: drie nieuwe leden per jaar."""


def test_section_speakers_of_an_export_and_a_chat() -> None:
    assert section_speakers(SLIDO.split("\n")) == ["Wendelien Opsomer", "Casimir Vanderheyden"]
    assert section_speakers(ZOOM.split("\n")) == ["Mbali Ntuli", "Jurre Terpstra"]
    assert section_speakers(LABELS.split("\n")) == []  # (a form's list of labels names nobody)


@pytest.mark.parametrize("make", [_md, _txt])
def test_export_in_the_questions_section_names_nobody(make) -> None:
    report = make({"summary": "Een sessie over zichtbaarheid van kleine verenigingen.",
                   "quotes": "“Zichtbaar zijn is een werkwoord.” – Ilse, begeleider",
                   "questions": SLIDO,
                   "photo": "Foto: de vraag van Wendelien op het scherm."})
    assert "export_speakers" in report.private
    out = _published(report)
    for name in SLIDO_NAMES:
        assert not word_in(name, out), name
    assert word_in("Lokeren", out)


def test_chat_in_the_surprise_section_and_an_organisation_kept() -> None:
    report = _md({"summary": "Een online sessie.", "surprise": ZOOM, "questions": "Over de opname."})
    out = _published(report)
    for name in ("Mbali", "Ntuli", "Jurre", "Terpstra"):
        assert not word_in(name, out), name
    assert "Jeugddienst Lokeren" in out


def test_organisation_as_an_export_author_is_kept() -> None:
    text = """Reacties onder de post:

Ysaline Dethier
Komt er een tweede editie?
Leuk vinden · Reageren · 4 u

Jeugddienst Lokeren (auteur)
Ja, in het voorjaar!
"""
    out = _published(_md({"summary": "Een sessie.", "questions": text}))
    assert not word_in("Ysaline", out) and not word_in("Dethier", out)
    assert "Jeugddienst Lokeren" in out


# -- a sub-heading inside an answer ------------------------------------------------------------------

def test_sub_heading_like_a_question_stays_in_its_answer() -> None:
    quotes = """“We luisteren eerst.” – Oona, begeleider

### Vragen aan de sprekers

Hoe lang duurt zo'n traject?
Ysaline Dethier · 4 reacties
↳ Teodora Mihăilescu (sessiegever): meestal een jaar
"""
    report = _md({"summary": "Een sessie over trajecten.", "quotes": quotes,
                  "questions": "Over de duur van de trajecten."})
    assert "Ysaline Dethier" in report.sections["quotes"]
    assert report.sections["questions"] == "Over de duur van de trajecten."
    assert report.private["export_speakers"]["quotes"] == ["Ysaline Dethier", "Teodora Mihăilescu"]
    out = _published(report)
    for name in ("Ysaline", "Dethier", "Teodora", "Mihăilescu", "Oona"):
        assert not word_in(name, out), name


def test_sub_heading_without_the_form_question_still_opens_the_section() -> None:
    # (no "## Waar kwamen veel vragen" at the form's level: the sub-heading is the question)
    report = _md({"summary": "Een sessie.\n\n### Waar kwamen veel vragen/reacties over?\n\nOver de kosten."})
    assert report.sections.get("questions") == "Over de kosten."


# -- "<Naam>, schepen" in a caption ----------------------------------------------------------------

def test_apposed_title_in_the_caption() -> None:
    report = _md({"summary": "Een sessie in Lokeren.",
                  "photo": "Foto aan het gemeentehuis. Ook Verhaeghebaert, schepen, was er bij."})
    out = _published(report)
    assert not word_in("Verhaeghebaert", out)
    assert word_in("Lokeren", out)


# -- what the informed sets showed (evalall against the start) ----------------------------------------

def test_lower_case_nickname_with_an_initial_is_an_author() -> None:
    quotes = """Uit de Slido:

> **Wendelien Opsomer · 11 likes**
> Hoe bereik je de oudsten?

> **gulalai r. · 4 likes**
> Mogen kinderen mee in de raad?
"""
    report = _md({"summary": "Een sessie over inspraak.", "quotes": quotes})
    assert "gulalai r." in report.private["export_speakers"]["quotes"]
    out = _published(report)
    for name in ("Wendelien", "Opsomer", "gulalai"):
        assert not word_in(name, out, ignore_case=True), name


def test_a_person_handle_that_names_a_job_is_no_organisation() -> None:
    from perskamer.plugins.anonymise.export_authors import organisation_led_handle

    assert organisation_led_handle("chiro_wolkendans_essen")
    assert organisation_led_handle("JeugddienstEssen")
    assert not organisation_led_handle("Verhaeghebaert_jeugdwerk")
    chat = """Livechat:

[20:14] Verhaeghebaert_jeugdwerk: hangt ervan af wat je nog doet
[20:15] chiro_wolkendans_essen: wij doen mee!
"""
    out = _published(_md({"summary": "Een livestream.", "quotes": chat}))
    assert not word_in("Verhaeghebaert", out, ignore_case=True)
    assert "chiro_wolkendans_essen" in out
