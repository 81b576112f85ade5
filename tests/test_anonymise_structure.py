"""Structural evidence for names (not list membership), and organisations, places and
brands that must survive. Names and groups here are invented for these tests."""

from __future__ import annotations

import pytest

from perskamer.plugins.anonymise.replace import anonymise_text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # lower-case names in a name position
        ("bericht van moderator lieselot op 3 mei: hou het proper", ["lieselot"]),
        ("Wie brengt de tent mee? vraagt warre in de groep.", ["warre"]),
        ("jorinde zei dat de bus om acht uur vertrekt in Gent.", ["jorinde"]),
        ("Volgens leiding fientje mag dat niet.", ["fientje"]),
        # names no list knows, two or three in a row
        ("Mariama Dioubate Sylla maakte de affiche.", ["Mariama", "Dioubate", "Sylla"]),
        ("Gisteren kwam Tsering Yangzom langs met soep.", ["Tsering", "Yangzom"]),
        # capitals
        ("BEDANKT LOTTE EN SEPPE!!!", ["LOTTE", "SEPPE"]),
        # apposition with a role
        ("Kwinten Blomme, kampleider, besliste om vroeger te stoppen.", ["Kwinten", "Blomme"]),
    ],
)
def test_names_found_by_their_position(text: str, gone: list[str]) -> None:
    out = anonymise_text(text)
    for name in gone:
        assert name not in out, out
    assert "[persoon 1]" in out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Onze KLJ-voorzitter kwam zelf helpen.", ["KLJ-voorzitter"]),
        ("Kind & Gezin en Spel & Zon werken samen.", ["Kind & Gezin", "Spel & Zon"]),
        ("De Middelkerkse jongeren en de Marokkaanse moeders.", ["Middelkerkse", "Marokkaanse"]),
        ("Iedereen noemt ons Turks, maar we zijn Gentenaars.", ["Turks", "Gentenaars"]),
        ("We spraken met VVKSM Heist en FOS Open Scouting.", ["VVKSM Heist", "FOS Open Scouting"]),
        ("HET JOC EN DE VDAB ZIJN PARTNERS", ["JOC", "VDAB"]),
    ],
)
def test_organisations_places_and_brands_kept(text: str, kept: list[str]) -> None:
    out = anonymise_text(text)
    for k in kept:
        assert k in out, out
    assert "[persoon" not in out, out
