"""The unit of failure is the report, never the publication.

- A report one of whose artefacts the leak guard stops is withheld from every output
  (page, JSON, PDF) and every collection -- index, theme pages, digest (HTML, text,
  .eml), bundle -- is made without it; nothing else is held back. The summary names
  the report, the rule and the fix, and the build exits 1.
- A report that cannot be read or validated keeps its last good version in every
  collection (not only its page) until it is fixed or deleted; with a single report
  the bundle is not deleted.

The guard here is a plugin that stops any artefact holding a marker word, so the
test is about how the core applies the guard's verdict (the anonymiser's rules have
their own tests).
"""

from __future__ import annotations

import email
from pathlib import Path

import pytest

from perskamer.cli import main
from perskamer.hookspecs import hookimpl
from perskamer.model import Problem
from perskamer.testing import SAMPLE_REPORTS, Workspace

OUTPUTS = ["html", "json", "pdf", "bundle", "digest"]  # what `perskamer init` turns on
STOPPED = "discord-als-jeugdhuis"
STOPPED_TITLE = "Discord als jeugdhuis"
MARKER = "Discord"


class MarkerGuard:
    """Stops every artefact that holds the marker word (as a leak guard stops a name)."""

    PLUGIN_NAME = "markerguard"

    @hookimpl
    def perskamer_inspect_artifact(self, artifact, text):
        if MARKER in text:
            return [Problem("error", f"a forbidden word appears in {artifact.path}", file=artifact.path, plugin="markerguard")]
        return None


def theme_pages(run) -> list[str]:
    return [p for p in run.paths if p.startswith("thema/") and p != "thema/index.html"]


def test_a_report_the_guard_stops_is_withheld_and_every_collection_is_published_without_it(tmp_path):
    ws = Workspace(tmp_path, config={"outputs": OUTPUTS, "html": {"search": False}})
    assert any(STOPPED_TITLE in text for text in SAMPLE_REPORTS.values())
    run = ws.build(MarkerGuard(), write=True)
    # the report: out of every output
    assert [o.source for o in run.result.withheld] == [f"{STOPPED}.md"]
    for own in (f"verslagen/{STOPPED}.html", f"data/{STOPPED}.json", f"pdf/{STOPPED}.pdf"):
        assert not (ws.output_dir / own).exists(), own
    # the collections: all there, without it
    for path in ["index.html", "thema/index.html", "data/index.json", "pdf/verslagen.pdf",
                 "digest/index.html", "digest/digest-email.html", "digest/digest.txt", "digest/digest.eml"]:
        assert (ws.output_dir / path).is_file(), path
    assert theme_pages(run) and all((ws.output_dir / p).is_file() for p in theme_pages(run))
    for path in ["index.html", "thema/index.html", "data/index.json", "digest/index.html", "digest/digest.txt", *theme_pages(run)]:
        assert MARKER not in (ws.output_dir / path).read_text(encoding="utf-8"), path
    eml = email.message_from_bytes((ws.output_dir / "digest/digest.eml").read_bytes())
    assert all(MARKER not in part.get_payload(decode=True).decode("utf-8") for part in eml.walk() if part.get_content_maintype() == "text")
    assert MARKER not in (run.artifact("pdf/verslagen.pdf").scan_text or "")
    # the other reports: everywhere
    index = (ws.output_dir / "index.html").read_text(encoding="utf-8")
    assert "verslagen/jongeren-aan-tafel.html" in index and "verslagen/een-lokaal-voor-iedereen.html" in index
    assert (ws.output_dir / "pdf/jongeren-aan-tafel.pdf").is_file()
    # one problem names the report, the rule and the fix, never the word
    (problem,) = [p for p in run.errors if p.file == f"{STOPPED}.md"]
    assert "withheld from every output" in problem.message and "forbidden word" in problem.message
    assert "perskamer anonymise --preview" in problem.hint and "anonymise.deny" in problem.hint
    assert not run.ok


def test_a_problem_in_a_collection_is_traced_to_its_report(tmp_path):
    """A guard that only objects to the index: the report it comes from is withheld, the index is made again."""

    class IndexGuard:
        PLUGIN_NAME = "indexguard"

        @hookimpl
        def perskamer_inspect_artifact(self, artifact, text, reports):
            if artifact.report is None and MARKER in text and any(r.slug == STOPPED for r in reports):
                return [Problem("error", "the index names a forbidden word", file=artifact.path, plugin="indexguard")]
            return None

    ws = Workspace(tmp_path, config={"outputs": ["html", "json"], "html": {"search": False}})
    run = ws.build(IndexGuard(), write=True)
    assert [o.source for o in run.result.withheld] == [f"{STOPPED}.md"]
    assert (ws.output_dir / "index.html").is_file() and MARKER not in (ws.output_dir / "index.html").read_text(encoding="utf-8")
    assert "index.html" not in run.result.blocked


def test_the_cli_names_the_withheld_report_and_exits_1(tmp_path, monkeypatch, capsys):
    ws = Workspace(tmp_path, config={"outputs": ["html", "json"], "html": {"search": False}, "plugins": ["markerguard_plugin"]})
    (tmp_path / "plugins").mkdir()
    (tmp_path / "plugins/markerguard_plugin.py").write_text(
        "from perskamer.hookspecs import hookimpl\n"
        "from perskamer.model import Problem\n"
        "PLUGIN_NAME = 'markerguard'\n"
        "@hookimpl\n"
        "def perskamer_inspect_artifact(artifact, text):\n"
        f"    if {MARKER!r} in text:\n"
        "        return [Problem('error', f'a forbidden word appears in {artifact.path}', file=artifact.path, plugin=PLUGIN_NAME)]\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    assert main(["build", "--config", str(ws.config_path)]) == 1
    out = capsys.readouterr()
    text = out.out + out.err
    assert f"withheld by the leak guard: {STOPPED}.md" in text
    assert "perskamer anonymise --preview" in text
    assert (ws.output_dir / "index.html").is_file()


BROKEN = '---\ntitle: "Kapot"\ndate: 2023-06-06\ntitle: "Dubbel"\n---\n\n## Wat er is gebeurd in de sessie?\n\nTekst.\n'


def cli_build(ws: Workspace) -> int:
    return main(["build", "--config", str(ws.config_path), "-q"])


@pytest.mark.parametrize("single", [False, True], ids=["three-reports", "one-report"])
def test_a_broken_report_keeps_its_last_good_version_in_every_collection(tmp_path, monkeypatch, single):
    reports = {f"{STOPPED}.md": SAMPLE_REPORTS[f"{STOPPED}.md"]} if single else None
    ws = Workspace(tmp_path, reports=reports, config={"outputs": OUTPUTS, "html": {"search": False}})
    monkeypatch.chdir(tmp_path)
    assert cli_build(ws) == 0
    out: Path = ws.output_dir
    in_themes = [p for p in out.glob("thema/*.html") if STOPPED_TITLE in p.read_text(encoding="utf-8") and p.name != "index.html"]
    assert in_themes
    bundle_before = (out / "pdf/verslagen.pdf").read_bytes()
    ws.add_report(f"{STOPPED}.md", BROKEN)  # a YAML error: the report cannot be read
    assert cli_build(ws) == 1
    for path in ["index.html", "data/index.json", "digest/index.html", "digest/digest.txt", *(p.relative_to(out).as_posix() for p in in_themes)]:
        assert STOPPED_TITLE in (out / path).read_text(encoding="utf-8"), path
    assert (out / f"verslagen/{STOPPED}.html").is_file() and (out / f"pdf/{STOPPED}.pdf").is_file()
    assert (out / "pdf/verslagen.pdf").read_bytes() == bundle_before  # the bundle stays (same reports: same bytes)
    # fixed: the new version everywhere
    ws.add_report(f"{STOPPED}.md", SAMPLE_REPORTS[f"{STOPPED}.md"].replace(STOPPED_TITLE, "Discord als online jeugdhuis"))
    assert cli_build(ws) == 0
    assert "Discord als online jeugdhuis" in (out / "index.html").read_text(encoding="utf-8")
