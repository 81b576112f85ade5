"""Text is normalised before detection and before the guard, and the normalised text is
what gets published; contact details are found in their obfuscated shapes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from perskamer.model import Artifact, Quote, Report
from perskamer.plugins import anonymise as plugin
from perskamer.plugins.anonymise.anonymiser import anonymise_report
from perskamer.plugins.anonymise.normalise import normalise_text
from perskamer.plugins.anonymise.replace import anonymise_text


class _Ctx:
    def options(self, key: str) -> dict:
        return {}


@given(st.text())
def test_normalisation_is_idempotent_and_drops_invisible_characters(text):
    once = normalise_text(text)
    assert normalise_text(once) == once
    assert not any(c in once for c in "\u00ad\u200b\u200c\u200d\u2060\ufeff")


def _plain_normalise(text: str) -> str:
    """normalise_text as first written: invisible characters out, then NFKC."""
    import unicodedata

    from perskamer.plugins.anonymise.normalise import _INVISIBLE_RE

    return unicodedata.normalize("NFKC", _INVISIBLE_RE.sub("", text)) if text and not text.isascii() else text


#: The characters its fast path replaces, with those that compose or reorder around them.
_AROUND_THE_FAST_PATH = st.text(st.sampled_from(
    "ae .\u2026\u00a0\u0301\u0308\u0323\u0327\u00e9\u1e9b\u3099\u304b\uff0e\u00ad\u200bAC\u1100\u1161\u11a8"))


@given(st.one_of(st.text(), _AROUND_THE_FAST_PATH))
def test_normalisation_equals_the_plain_nfkc(text):
    assert normalise_text(text) == _plain_normalise(text)


def test_full_width_forms_are_folded():
    assert normalise_text("jan＠gmail．com ０４７０") == "jan@gmail.com 0470"


@pytest.mark.parametrize(
    "text",
    [
        "Wan\u00adnes Goe\u200bthals zei in de raad dat niemand luistert.",
        "Het was Ya\u2060ra die de brief schreef, zei ze.",
        "Gisteren belde Mar\ufeffthe Claes nog.",
    ],
)
def test_a_name_split_by_an_invisible_character_is_removed_and_published_normalised(text):
    report = Report(source="r.md", slug="r", format="md", quotes=[Quote(text, None)])
    anonymise_report(report)
    out = report.quotes[0].text
    assert "[persoon 1]" in out
    assert normalise_text(out) == out
    for name in ("Wannes", "Goethals", "Yara", "Marthe", "Claes"):
        assert name not in out


def test_the_guard_reads_artefacts_normalised():
    report = Report(source="r.md", slug="r", format="md", quotes=[Quote("Lowie belde me om twee uur 's nachts.", None)])
    plugin.perskamer_transform_report(report, _Ctx())
    leaky = "<q>Lo\u00adwie belde me om twee uur 's nachts.</q>"
    art = Artifact("r.html", leaky.encode(), report="r")
    problems = plugin.perskamer_inspect_artifact(art, leaky, [report], _Ctx())
    assert problems and "Lowie" not in problems[0].format()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mail lies.verbeke(at)telenet.be", "Mail [e-mailadres]"),
        ("Mail info [at] kampvuur punt be.", "Mail [e-mailadres]."),
        ("Of robbe apenstaartje hotmail punt com!", "Of [e-mailadres]!"),
        ("Schrijf jonas punt m at gmail dot com", "Schrijf [e-mailadres]"),
        ("Mail jan.peeters＠gmail.com", "Mail [e-mailadres]"),
        ("Bel ０４７０ １２ ３４ ５６.", "Bel [telefoonnummer]."),
        ("Bel +212 6 12 34 56 78 of 0032 470 12 34 56.", "Bel [telefoonnummer] of [telefoonnummer]."),
        ("insta: jan_peeters_2009", "insta: [account]"),
        ("snap: kasperrr en tiktok: dansmetdaan", "snap: [account] en tiktok: [account]"),
        ("Ik zit op insta jan_p.", "Ik zit op insta [account]."),
        # no contact: ordinary words after a platform name, "at" and "punt" in Dutch text
        ("We zitten op tiktok 3 uur per dag, insta: super leuk.", "We zitten op tiktok 3 uur per dag, insta: super leuk."),
        ("Op dat punt at hij zijn boterham.", "Op dat punt at hij zijn boterham."),
    ],
)
def test_obfuscated_contacts(text, expected):
    assert anonymise_text(text) == expected


def test_the_guard_catches_a_published_contact_detail():
    report = Report(source="r.md", slug="r", format="md", quotes=[Quote("Bel me op 0470 12 34 56 als er iets is.", None)])
    plugin.perskamer_transform_report(report, _Ctx())
    assert "0470" not in report.quotes[0].text
    leaky = "<p>bel me op 0470 12 34 56 als er iets</p>"  # (the number with its neighbouring words)
    art = Artifact("r.html", leaky.encode(), report="r")
    problems = plugin.perskamer_inspect_artifact(art, leaky, [report], _Ctx())
    assert problems and "0470" not in problems[0].format()
