"""Set L's open classes (bench/data/heldout_s9, informed) in whole reports, on our own words (session 10).

The frozen text cases are in ``anonymise_s10_recall_cases`` (written before the rules); these
tests check the same classes where a report carries them, built end to end: a profession as the
role word of an inline credit in the report's own text ("zei onderzoekster X"), who wrote a copied
document comment and an ALL-CAPS addressee in a quote (set L leaked both in the JSON), a list
of who said what in one quote ("X: rood. Y: groen."; set L's report l03 was withheld whole: the
answers were masked as lower-case names in the quote but not in the quotes section, and the guard
found the quote's words next to them), and a photo credit in the form's photo section.
"""

from __future__ import annotations

import json

import pytest

from perskamer.model import Quote, Report
from perskamer.plugins.anonymise.anonymiser import Options, anonymise_report
from perskamer.plugins.anonymise.detect import tokenize
from perskamer.plugins.anonymise.inline import inline_quotes
from perskamer.plugins.anonymise.person_roles import profession_noun, stamped_headers
from perskamer.plugins.anonymise.replace import anonymise_text
from perskamer.testing import Workspace, word_in


@pytest.mark.parametrize(("text", "name", "credit"), [
    ('"De wachtlijsten groeien", zei onderzoekster Vandemaele.', "Vandemaele", "onderzoekster Vandemaele"),
    ('"Spelen is leren", zegt pedagoog Ingelbrecht op het einde.', "Ingelbrecht", "pedagoog Ingelbrecht"),
    ('"Niet elk kind praat", vertelt logopediste Werbrouck.', "Werbrouck", "logopediste Werbrouck"),
    ('de criminologe Seynaeve: "spijbelen begint vroeg"', "Seynaeve", "criminologe Seynaeve"),
])
def test_a_profession_opens_an_inline_credit(text: str, name: str, credit: str) -> None:
    found = list(inline_quotes(text))
    assert [(text[q.credit_start : q.credit_end], q.name) for q in found] == [(credit, name)]


def test_a_word_that_is_no_role_does_not_open_a_credit() -> None:
    text = '"Dit klopt", zei toen Baelde.'
    assert all(q.name != "toen Baelde" for q in inline_quotes(text))
    assert not profession_noun("toen") and not profession_noun("register") and not profession_noun("horloge")
    assert profession_noun("onderzoekster") and profession_noun("psychologe") and profession_noun("docente")


def test_the_inline_credit_with_a_profession_is_withheld_in_the_summary() -> None:
    report = Report(source="r.md", slug="r", format="md",
                    sections={"summary": '"Gsm\'s maken heimwee niet erger", zei onderzoekster Vandemaele.'},
                    quotes=[Quote(text="Het was een fijne dag.", speaker=None)])
    anonymise_report(report, Options())
    assert not word_in("Vandemaele", report.sections["summary"])


def test_who_wrote_a_copied_comment_is_found_on_its_line() -> None:
    text = "Zo gekopieerd:\n> Vanassche\n> 10:02 7 mei\n> zet er de jeugdraad ook bij\n> Besluit\n> 11:00 7 mei\n> ok"
    headers = [text[a:b] for a, b in stamped_headers(text)]
    assert headers == ["Vanassche"]  # ("Besluit" is a heading, not who wrote)


def test_an_answer_after_a_label_is_no_name() -> None:
    out = anonymise_text("Depoorter: rood. Knockaert: groen. Vercoutere: rood met een streep.")
    assert out.count("rood") == 2 and "groen" in out
    assert not any(word_in(n, out) for n in ("Depoorter", "Knockaert", "Vercoutere"))
    # a list of labels that are words stays as written
    assert anonymise_text("Voordelen: goedkoop. Nadelen: duur.") == "Voordelen: goedkoop. Nadelen: duur."


def test_tokenize_sees_the_label_list() -> None:  # (the helper the rules share reads the same tokens)
    assert [t.text for t in tokenize("Depoorter: rood.")] == ["Depoorter", "rood"]


REPORT = """---
title: "Stemmen met kaartjes"
date: 2023-06-06
---

## Wat er is gebeurd in de sessie? Wat hebben jullie gedaan/gehoord/beleefd? Omschrijf in 5 a 10 zinnen

We stemden met gekleurde kaartjes over de nieuwe lokalen. "Wie niet praat, stemt toch", zei onderzoekster Vandemaele.

## Interessante quote(s) uit de sessie

Stemming uit de zaal, met de namen op de kaartjes: "Depoorter: rood. Knockaert: groen. Vercoutere: rood met een streep."

Uit de opmerkingen in het gedeelde document:

> Vanassche
> 10:02 7 mei
> zet er de jeugdraad ook bij. DESMYTTERE jij schrijft het besluit

## Sfeerbeeld van de sessie – foto (of schets)

De kaartjes op de tafel (© foto: Ameloot)
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory):
    ws = Workspace(tmp_path_factory.mktemp("ws"), reports={"stemmen.md": REPORT}, config={"html": {"search": False}})
    return ws.build()


def test_the_report_is_published_whole(built) -> None:
    assert [o.source for o in built.result.withheld] == []
    assert [r.slug for r in built.reports] == ["stemmen"]


@pytest.mark.parametrize("name", ["Vandemaele", "Depoorter", "Knockaert", "Vercoutere", "Vanassche", "DESMYTTERE",
                                  "Ameloot"])
def test_no_name_of_the_report_is_published(built, name: str) -> None:
    for path in built.paths:
        if path.endswith((".html", ".json", ".txt", ".xml")):
            assert not word_in(name, built.text(path), ignore_case=True), path


def test_the_answers_and_the_credit_stay_readable(built) -> None:
    data = json.dumps(built.json("data/stemmen.json"), ensure_ascii=False)
    assert "rood" in data and "groen" in data and "© foto:" in data
