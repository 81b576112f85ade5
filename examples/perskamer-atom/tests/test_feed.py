"""perskamer-atom's tests, written with perskamer.testing.

Run them with ``pytest`` in this folder (the plugin is imported from src/, so they
also run before the package is installed).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from importlib import metadata

import pytest
from perskamer.hookspecs import hookimpl
from perskamer.pluginhost import BUILTIN_PLUGINS
from perskamer.testing import SAMPLE_REPORTS, BuildRun, Workspace

import perskamer_atom
from atom_check import atom_problems

NS = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
BASE = "https://verslagen.example.org/"

#: Names inside the sample reports' quotes: the anonymiser must have replaced them.
QUOTED_NAMES = ["Yasmine", "Karim", "Lina"]


def feed(run: BuildRun, path: str = "feed.xml") -> ET.Element:
    return ET.fromstring(run.bytes(path))


def entries(run: BuildRun, path: str = "feed.xml") -> list[ET.Element]:
    return feed(run, path).findall(f"{NS}entry")


def test_the_feed_is_valid_atom(perskamer_workspace: Workspace) -> None:
    run = perskamer_workspace.build(perskamer_atom)
    run.assert_ok()
    assert atom_problems(run.bytes("feed.xml")) == []
    assert run.artifact("feed.xml").media_type == "application/atom+xml"
    assert len(entries(run)) == len(SAMPLE_REPORTS)


def test_the_feed_is_dutch(perskamer_workspace: Workspace) -> None:
    run = perskamer_workspace.build(perskamer_atom)
    root = feed(run)
    assert root.get(XML_LANG) == "nl"
    assert root.findtext(f"{NS}title") == "Verslagen #Jeugdwerkwerkt 2023"
    titles = {e.findtext(f"{NS}title") for e in entries(run)}
    assert titles == {r.title for r in run.reports}
    assert "Jongeren aan tafel: hoe een gemeente luistert naar haar jeugdraad" in titles
    content = entries(run)[0].findtext(f"{NS}content")
    assert "<h2>Wat er gebeurde</h2>" in content
    assert "<h2>Quotes</h2>" in content


def test_entries_link_to_the_report_pages(perskamer_workspace: Workspace) -> None:
    run = perskamer_workspace.build(perskamer_atom)  # html is in the config's outputs
    for entry in entries(run):
        href = entry.find(f"{NS}link[@rel='alternate']").get("href")
        assert href.startswith(BASE + "verslagen/")
        assert href.removeprefix(BASE) in run.paths  # the page the entry points to exists
        assert entry.findtext(f"{NS}id") == href
    self_link = feed(run).find(f"{NS}link[@rel='self']")
    assert self_link.get("href") == BASE + "feed.xml"


def test_newest_first_with_updated_dates(perskamer_workspace: Workspace) -> None:
    perskamer_workspace.add_form_report("slotsessie.md", "Slotsessie: wat nemen we mee?", date="2023-06-07", summary="De dag erna.")
    perskamer_workspace.add_form_report(
        "bijgewerkt.md",
        "Een verslag dat later werd aangevuld",
        date="2023-06-05",
        summary="Eerst kort, later langer.",
        extra_front_matter={"updated": "2023-06-20T14:30:00+02:00"},
    )
    run = perskamer_workspace.build(perskamer_atom)
    run.assert_ok()
    found = entries(run)
    assert [e.findtext(f"{NS}title") for e in found[:2]] == ["Een verslag dat later werd aangevuld", "Slotsessie: wat nemen we mee?"]
    assert found[0].findtext(f"{NS}updated") == "2023-06-20T12:30:00Z"
    assert found[0].findtext(f"{NS}published") == "2023-06-05T00:00:00Z"
    assert feed(run).findtext(f"{NS}updated") == "2023-06-20T12:30:00Z"
    assert atom_problems(run.bytes("feed.xml")) == []


class MarkQuotes:
    """A transform that changes quotes the way the anonymiser does, keeping the original in private."""

    PLUGIN_NAME = "mark-quotes"

    @hookimpl(tryfirst=True)
    def perskamer_transform_report(self, report):
        for quote in report.quotes:
            report.private.setdefault("originals", []).append(quote.text)
            quote.text = quote.text.replace("Yasmine", "[naam]")
        report.private["note"] = "PRIVÉ: NIET PUBLICEREN"


def test_quotes_come_as_perskamer_hands_them_to_outputs(perskamer_workspace: Workspace) -> None:
    run = perskamer_workspace.build([MarkQuotes(), perskamer_atom])
    text = run.text("feed.xml")
    assert "[naam] zat op haar vijftiende" in text
    assert "Yasmine" not in text
    assert "PRIVÉ" not in text  # report.private is never published


@pytest.mark.skipif("perskamer.plugins.anonymise" not in BUILTIN_PLUGINS, reason="the anonymiser is not a built-in plugin here")
def test_names_in_quotes_are_anonymised(perskamer_workspace: Workspace) -> None:
    run = perskamer_workspace.build(perskamer_atom)
    text = run.text("feed.xml")
    for name in QUOTED_NAMES:
        assert name not in text


def test_options(perskamer_workspace: Workspace) -> None:
    perskamer_workspace.configure(site={"base_url": ""}, atom={"path": "feeds/verslagen.xml", "limit": 1, "quotes": False, "title": "Nieuwe verslagen"})
    run = perskamer_workspace.build(perskamer_atom)
    assert "feed.xml" not in run.paths
    root = feed(run, "feeds/verslagen.xml")
    assert root.findtext(f"{NS}title") == "Nieuwe verslagen"
    (entry,) = entries(run, "feeds/verslagen.xml")
    # Without a base URL the links are relative to the feed's own folder...
    assert entry.find(f"{NS}link").get("href").startswith("../verslagen/")
    assert "<h2>Quotes</h2>" not in entry.findtext(f"{NS}content")
    # ...the ids are still absolute (urn:uuid), so the feed stays valid Atom...
    assert entry.findtext(f"{NS}id").startswith("urn:uuid:")
    assert atom_problems(run.bytes("feeds/verslagen.xml")) == []
    # ...and the plugin says what to do about it.
    (warning,) = run.problems_from("atom")
    assert warning.severity == "warning" and warning.field == "site.base_url"


def test_wrong_options_are_config_errors_that_name_the_plugin(perskamer_workspace: Workspace) -> None:
    perskamer_workspace.configure(atom={"limt": 10, "path": "../buiten.xml"})
    problems = perskamer_workspace.config_problems(perskamer_atom)
    by_field = {p.field: p for p in problems}
    assert set(by_field) == {"atom.limt", "atom.path"}
    assert all(p.plugin == "atom" for p in problems)
    assert by_field["atom.limt"].hint == "did you mean 'limit'?"
    assert by_field["atom.limt"].line is not None  # line numbers in config/perskamer.yaml


def test_only_built_when_asked(perskamer_workspace: Workspace) -> None:
    run = perskamer_workspace.build(perskamer_atom, outputs=["json"])
    assert "feed.xml" not in run.paths
    assert run.called("perskamer_render_collection", "atom")  # asked, and it said no


def test_text_is_escaped_and_the_feed_stays_well_formed(perskamer_workspace: Workspace) -> None:
    perskamer_workspace.add_form_report(
        "lastig.md",
        'Tags <script>alert("x")</script> & "aanhalingstekens"',
        summary="Een <b>vette</b> zin & een ]]> einde.",
        quotes=[("Dit is <i>geen</i> HTML & dat blijft zo.", "iemand uit de zaal")],
    )
    run = perskamer_workspace.build(perskamer_atom)
    assert atom_problems(run.bytes("feed.xml")) == []
    entry = next(e for e in entries(run) if "script" in e.findtext(f"{NS}title"))
    assert entry.findtext(f"{NS}title") == 'Tags <script>alert("x")</script> & "aanhalingstekens"'
    assert "<script>" not in entry.findtext(f"{NS}content")
    assert "Dit is &lt;i&gt;geen&lt;/i&gt; HTML &amp; dat blijft zo." in entry.findtext(f"{NS}content")


def test_an_empty_site_has_a_valid_empty_feed(tmp_path) -> None:
    run = Workspace(tmp_path, reports={}).build(perskamer_atom)
    assert entries(run) == []
    assert feed(run).findtext(f"{NS}updated") == "2023-06-06T00:00:00Z"  # the congress date
    assert atom_problems(run.bytes("feed.xml")) == []


def test_the_same_reports_give_the_same_bytes(perskamer_workspace: Workspace) -> None:
    first = perskamer_workspace.build(perskamer_atom).bytes("feed.xml")
    assert perskamer_workspace.build(perskamer_atom).bytes("feed.xml") == first


def test_found_through_its_entry_point(perskamer_workspace: Workspace) -> None:
    if not any(ep.name == "atom" for ep in metadata.entry_points(group="perskamer")):
        pytest.skip("perskamer-atom is not installed (pip install -e .)")
    run = perskamer_workspace.build(entry_points=True, outputs=["html", "atom"])
    assert "atom" in {info.name for info in run.host.plugin_infos()}
    assert "feed.xml" in run.paths


def test_the_home_page_links_the_feed(perskamer_workspace: Workspace) -> None:
    # the feed is announced (perskamer_publications): the html output links it on the home page
    run = perskamer_workspace.build(perskamer_atom)
    assert 'href="feed.xml"' in run.text("index.html")
    perskamer_workspace.configure(atom={"path": "feeds/verslagen.xml"})
    assert 'href="feeds/verslagen.xml"' in perskamer_workspace.build(perskamer_atom).text("index.html")
