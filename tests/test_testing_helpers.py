"""perskamer.testing: the helpers plugin authors test with must themselves be right.

A dry run must publish exactly what a real build writes; the sample reports must
read as what they claim to be; the plugin-registration options must do what the
docs say.
"""

from __future__ import annotations

import datetime as _dt
import json
import types

import pytest
from hypothesis import given
from hypothesis import strategies as st

from perskamer.config import ConfigError
from perskamer.context import BuildContext
from perskamer.hookspecs import hookimpl
from perskamer.model import Artifact, Problem, Report
from perskamer.pluginhost import PluginError
from perskamer.testing import (
    DEFAULT_CONFIG,
    SAMPLE_REPORTS,
    Workspace,
    form_report,
    json_strings,
    json_text,
    make_report,
    word_in,
)


def test_a_workspace_is_a_real_workspace(tmp_path) -> None:
    workspace = Workspace(tmp_path)
    assert workspace.config_path.read_text(encoding="utf-8").startswith("# written by perskamer.testing")
    assert workspace.reports() == sorted(SAMPLE_REPORTS)
    config, _host = workspace.open()
    assert config.data["site"]["title"] == DEFAULT_CONFIG["site"]["title"]
    assert config.content_dir == (tmp_path / "content").resolve()


def test_the_sample_reports_read_as_complete_forms(tmp_path) -> None:
    run = Workspace(tmp_path).build()
    run.assert_ok()
    assert len(run.reports) == len(SAMPLE_REPORTS) == 3
    for report in run.reports:
        assert report.format == "markdown"
        assert report.date == _dt.date(2023, 6, 6)
        assert {"summary", "ambitions", "quotes", "surprise", "questions"} <= set(report.sections)
        assert len(report.quotes) == 2
    quote = run.report("jongeren-aan-tafel").quotes[0]
    assert quote.text.startswith("Als je jongeren pas uitnodigt")
    assert quote.attribution.endswith("(Vlaamse Jeugdraad)")  # the name itself may be anonymised


def test_form_report_makes_what_the_reader_expects(tmp_path) -> None:
    workspace = Workspace(tmp_path, reports={})
    workspace.add_form_report(
        "sub/korte-sessie.md",
        "Een korte sessie",
        date="2023-06-07",
        reporter="Sara",
        summary="Kort maar **krachtig**.",
        quotes=["Zonder naam.", ("Met naam.", "Ilse (Chiro)")],
        status="draft",
    )
    assert workspace.reports() == ["sub/korte-sessie.md"]
    run = workspace.build(drafts=True)
    report = run.report("korte-sessie")
    assert (report.title, report.date, report.status) == ("Een korte sessie", _dt.date(2023, 6, 7), "draft")
    assert report.sections["summary"] == "Kort maar **krachtig**."
    assert [q.text for q in report.quotes] == ["Zonder naam.", "Met naam."]
    # (a quote without a credit gets the neutral credit, anonymise.neutral_credit)
    assert report.quotes[0].attribution == "een deelnemer" and report.quotes[1].attribution.endswith("(Chiro)")
    assert "surprise" not in report.sections  # left out, as a reporter who skipped it
    assert workspace.build().outcome("sub/korte-sessie.md").status == "draft"  # not published without drafts


def test_a_dry_run_publishes_exactly_what_a_real_build_writes(tmp_path) -> None:
    workspace = Workspace(tmp_path)
    dry = workspace.build()
    assert not workspace.output_dir.exists()  # nothing written
    real = workspace.build(write=True)
    assert real.files() == real.paths == dry.paths
    for path in dry.paths:
        assert dry.bytes(path) == real.bytes(path) == (workspace.output_dir / path).read_bytes()
    assert [p.format() for p in dry.problems] == [p.format() for p in real.problems]
    assert dry.result.written == sorted(dry.result.written, key=dry.result.written.index)  # same order as produced


class Guard:
    PLUGIN_NAME = "guard"

    @hookimpl
    def perskamer_inspect_artifact(self, artifact, text):
        if "skatepark" in text and artifact.path.endswith(".json"):
            return [Problem("error", "the word skatepark", file=artifact.path, plugin="guard")]
        return None


@pytest.mark.parametrize("write", [False, True], ids=["dry", "written"])
def test_what_an_inspector_holds_back_is_not_published(tmp_path, write: bool) -> None:
    run = Workspace(tmp_path).build(Guard(), write=write)
    assert run.result.blocked == ["data/jongeren-aan-tafel.json"]
    assert "data/jongeren-aan-tafel.json" not in run.paths
    with pytest.raises(AssertionError, match=r"data/jongeren-aan-tafel.json was held back and not published: .*the word skatepark"):
        run.text("data/jongeren-aan-tafel.json")
    assert b"skatepark" in run.artifact("data/jongeren-aan-tafel.json", include_blocked=True).get_bytes()
    assert run.problems_from("guard")[0].file == "data/jongeren-aan-tafel.json"


def test_asking_for_a_missing_artefact_says_what_there_is(tmp_path) -> None:
    run = Workspace(tmp_path).build()
    with pytest.raises(AssertionError, match=r"no artefact 'data/index.jsn'; close: data/index.json"):
        run.text("data/index.jsn")
    assert run.json("data/index.json")["count"] == 3


def test_unsafe_paths_are_refused_in_a_dry_run_too(tmp_path) -> None:
    class Escape:
        PLUGIN_NAME = "escape"

        @hookimpl
        def perskamer_render_collection(self):
            return [Artifact("../buiten.txt", b"x", output="escape"), Artifact("binnen.txt", b"x", output="escape")]

    run = Workspace(tmp_path).build(Escape())
    assert "binnen.txt" in run.paths and "../buiten.txt" not in run.paths
    assert any("unsafe output path" in p.message for p in run.errors)
    assert not (tmp_path.parent / "buiten.txt").exists()


PLUGIN_SOURCE = '''
from perskamer.hookspecs import hookimpl
from perskamer.model import Artifact

PLUGIN_NAME = "teller"

@hookimpl
def perskamer_register_outputs():
    return [("teller", "counts the reports")]

@hookimpl
def perskamer_render_collection(reports, context):
    if context.wants("teller"):
        return [Artifact("teller.txt", str(len(reports)).encode(), output="teller")]
'''


def test_a_plugin_may_be_a_module_a_module_name_or_an_object(tmp_path, monkeypatch) -> None:
    module = types.ModuleType("teller_module")
    exec(PLUGIN_SOURCE, module.__dict__)
    assert Workspace(tmp_path / "a").build(module).text("teller.txt") == "3"

    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "teller_by_name.py").write_text(PLUGIN_SOURCE, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path / "lib"))
    assert Workspace(tmp_path / "b").build("teller_by_name").text("teller.txt") == "3"

    class Counter:
        PLUGIN_NAME = "counter"

        @hookimpl
        def perskamer_render_collection(self, reports):
            return [Artifact("counter.txt", str(len(reports)).encode(), output="counter")]

    assert Workspace(tmp_path / "c").build(Counter()).text("counter.txt") == "3"


def test_outputs_default_to_the_config_plus_the_plugins_own(tmp_path) -> None:
    module = types.ModuleType("teller_outputs")
    exec(PLUGIN_SOURCE, module.__dict__)
    workspace = Workspace(tmp_path)
    assert {"teller.txt", "index.html", "data/index.json"} <= set(workspace.build(module).paths)
    assert workspace.build(module, outputs=["teller"]).paths == ["teller.txt"]
    with pytest.raises(ConfigError, match="unknown output"):
        workspace.build(module, outputs=["telle"])


def test_workspace_plugins_from_the_config_are_loaded(tmp_path) -> None:
    workspace = Workspace(tmp_path, config={"plugins": ["teller_from_config"]})
    (tmp_path / "plugins").mkdir()
    (tmp_path / "plugins" / "teller_from_config.py").write_text(PLUGIN_SOURCE, encoding="utf-8")
    run = workspace.build(outputs=["teller"])
    assert run.text("teller.txt") == "3"
    assert "teller" in run.order("perskamer_render_collection")


def test_builtins_can_be_left_out(tmp_path) -> None:
    class TinyReader:
        PLUGIN_NAME = "tiny"

        @hookimpl
        def perskamer_source_suffixes(self):
            return [".txt"]

        @hookimpl
        def perskamer_read_source(self, source):
            return Report(source=source.rel, slug=source.stem, format="txt", title=source.data.decode().strip(), sections={"summary": "x"})

        @hookimpl
        def perskamer_register_outputs(self):
            return [("html", "a stand-in"), ("json", "a stand-in")]

    workspace = Workspace(tmp_path, reports={"een.txt": "Eén titel"})
    run = workspace.build(TinyReader(), builtins=False)
    assert [r.title for r in run.reports] == ["Eén titel"]
    assert run.paths == []  # no outputs without the built-in ones
    assert {c.plugin for c in run.calls} == {"tiny"}


def test_hook_calls_are_recorded_in_order(tmp_path) -> None:
    seen = []

    class Late:
        PLUGIN_NAME = "late"

        @hookimpl
        def perskamer_transform_report(self, report):
            seen.append(("late", report.slug))

    class Early:
        PLUGIN_NAME = "early"

        @hookimpl(tryfirst=True)
        def perskamer_transform_report(self, report):
            seen.append(("early", report.slug))

    run = Workspace(tmp_path).build([Early(), Late()])
    order = run.order("perskamer_transform_report")
    assert order.index("early") < order.index("late")
    assert order[0] in {"early", "anonymise"}  # tryfirst: before everything registered without it
    calls = run.called("perskamer_transform_report", "late")
    assert [c.about for c in calls] == sorted(SAMPLE_REPORTS)  # one call per report, named
    assert all(c.ok and c.ms >= 0 for c in calls)
    assert seen[:2] == [("early", "discord-als-jeugdhuis"), ("late", "discord-als-jeugdhuis")]


def test_strict_raises(tmp_path) -> None:
    class Crash:
        PLUGIN_NAME = "crash"

        @hookimpl
        def perskamer_build_started(self):
            raise ValueError("oeps")

    with pytest.raises(PluginError, match="plugin crash failed in perskamer_build_started: ValueError: oeps"):
        Workspace(tmp_path).build(Crash(), strict=True)
    run = Workspace(tmp_path / "again").build(Crash())
    assert not run.ok
    with pytest.raises(AssertionError, match="plugin crash failed"):
        run.assert_ok()


class Options:
    PLUGIN_NAME = "opties"

    @hookimpl
    def perskamer_config_schema(self):
        return {"opties": {"type": "object", "additionalProperties": False, "properties": {"aantal": {"type": "integer", "default": 3}}}}


def test_config_problems_and_context(tmp_path) -> None:
    workspace = Workspace(tmp_path)
    assert workspace.config_problems(Options()) == []
    context = workspace.context(Options(), outputs=["json"])
    assert isinstance(context, BuildContext)
    assert context.options("opties") == {"aantal": 3}
    assert context.wants("json") and not context.wants("html")
    workspace.configure(opties={"aantal": "veel"})
    (problem,) = workspace.config_problems(Options())
    assert (problem.field, problem.plugin, problem.line) == ("opties.aantal", "opties", problem.line)
    assert problem.line is not None
    workspace.write_config_text("site:\n  titel: x\n")
    (problem,) = workspace.config_problems()
    assert problem.hint == "did you mean 'title'?" and problem.line == 2


def test_configure_merges(tmp_path) -> None:
    workspace = Workspace(tmp_path, config={"site": {"base_url": ""}})
    workspace.configure(site={"title": "Andere titel"})
    assert workspace.config_data["site"] == {**DEFAULT_CONFIG["site"], "base_url": "", "title": "Andere titel"}


def test_make_report_for_unit_tests_of_a_hook_function(tmp_path) -> None:
    report = make_report("Één sessie", quotes=["Zonder naam", ("Met naam", "Ilse")], meta={"session": "Ronde 1"})
    assert (report.slug, report.source, report.date) == ("een-sessie", "een-sessie.md", _dt.date(2023, 6, 6))
    assert [(q.text, q.speaker) for q in report.quotes] == [("Zonder naam", None), ("Met naam", "Ilse")]
    context = Workspace(tmp_path, reports={}).context()
    assert context.report_url(report, absolute=True) == "https://verslagen.example.org/verslagen/een-sessie.html"


def test_form_report_text() -> None:
    text = form_report("Titel", date=None, summary="Tekst.", quotes=[("Q", "Naam")])
    assert text.startswith("---\ntitle: Titel\n---\n")
    assert "## Interessante quote(s) uit de sessie\n\n> “Q” – Naam\n" in text


def test_json_strings_are_every_decoded_string_keys_included() -> None:
    data = {"slug": "t01", "quotes": [{"text": "Dat zei ze.\nHilde lachte.", "speaker": None}], "count": 2}
    assert json_strings(data) == ["slug", "t01", "quotes", "text", "Dat zei ze.\nHilde lachte.", "speaker", "count"]
    assert json_text("<p>geen JSON</p>") == "<p>geen JSON</p>"


@given(st.from_regex(r"[A-Z][a-z\u00e0-\u00ff]{2,12}", fullmatch=True), st.sampled_from(["\n", "\t", "\r\n"]))
def test_a_word_after_an_escaped_line_break_is_found_in_json_text(word: str, brk: str) -> None:
    # Session 25: in the raw file (or json.dumps of it) a line break is escaped ("\\nHilde"), so a
    # whole-word search missed a name right after it; json_text also holds the decoded strings.
    raw = json.dumps({"sections": {"quotes": "Wie zei dat?" + brk + word + " zei het."}}, indent=1)
    assert not word_in(word, raw)
    assert word_in(word, json_text(raw))
    assert json_text(raw).startswith(raw)
