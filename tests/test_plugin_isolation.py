"""A mistake in a plugin is named (plugin and report) and never takes the build down.

One deliberately broken plugin per phase: read, validate, transform, render (per
report and collection), inspect, and the set-up and finish hooks. Without
``--strict`` the build finishes, the other reports and outputs are made, and the
problem names the plugin and the report (or artefact); with ``--strict`` the first
failure stops the build with that same message.
"""

from __future__ import annotations

import itertools
import os
import textwrap
from pathlib import Path

import pytest

from perskamer.build import Builder
from perskamer.cli import main
from perskamer.hookspecs import hookimpl
from perskamer.model import Artifact
from perskamer.pluginhost import PluginError
from perskamer.testing import BuildRun, Workspace
from perskamer.workspace import open_workspace

VICTIM = "een-lokaal-voor-iedereen.md"  # the sample report the broken plugins choke on
OTHERS = {"jongeren-aan-tafel", "discord-als-jeugdhuis"}


class Broken:
    """Raises in one hook, for one report (or for every call when ``victim`` is None)."""

    def __init__(self, victim: str | None = VICTIM):
        self.victim = victim
        self.PLUGIN_NAME = f"broken-{type(self).__name__.lower()}"

    def hit(self, source: str | None) -> bool:
        return self.victim is None or source == self.victim

    def boom(self) -> None:
        raise RuntimeError("deliberately broken")


class Reader(Broken):
    @hookimpl
    def perskamer_read_source(self, source):
        if self.hit(source.rel):
            self.boom()


class Validator(Broken):
    @hookimpl
    def perskamer_validate_report(self, report):
        if self.hit(report.source):
            self.boom()


class Transform(Broken):
    @hookimpl
    def perskamer_transform_report(self, report):
        report.title = "HALF GEWIJZIGD"  # changed in place, then the plugin fails
        if self.hit(report.source):
            self.boom()


class Renderer(Broken):
    @hookimpl
    def perskamer_register_outputs(self):
        return [("kapot", "a broken output")]

    @hookimpl
    def perskamer_render_report(self, report, context):
        if self.hit(report.source):
            self.boom()
        return [Artifact(f"kapot/{report.slug}.txt", report.title.encode(), output="kapot")]


class Collection(Broken):
    @hookimpl
    def perskamer_render_collection(self, reports):
        self.boom()


class Inspector(Broken):
    @hookimpl
    def perskamer_inspect_artifact(self, artifact):
        if artifact.path == "verslagen/een-lokaal-voor-iedereen.html":
            self.boom()


def assert_named(run: BuildRun, plugin: str, file: str | None, hook: str) -> None:
    found = [p for p in run.problems if p.plugin == plugin]
    assert found, f"no problem names {plugin}: {[p.format() for p in run.problems]}"
    problem = found[0]
    assert problem.severity == "error"
    assert problem.file == file
    assert f"plugin {plugin} failed in {hook}: RuntimeError: deliberately broken" in problem.message
    assert problem.hint and "bug in the plugin" in problem.hint
    assert problem.format().endswith(f"[plugin {plugin}]")


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    return Workspace(tmp_path / "ws")


@pytest.mark.parametrize(
    ("plugin", "hook"),
    [(Reader(), "perskamer_read_source"), (Validator(), "perskamer_validate_report"), (Transform(), "perskamer_transform_report")],
    ids=["read", "validate", "transform"],
)
def test_a_failure_before_rendering_fails_that_report_only(workspace: Workspace, plugin: Broken, hook: str) -> None:
    run = workspace.build(plugin)
    assert_named(run, plugin.PLUGIN_NAME, VICTIM, hook)
    assert run.outcome(VICTIM).status == "failed"  # never published half-read or half-anonymised
    assert {r.slug for r in run.reports} == OTHERS
    assert "verslagen/een-lokaal-voor-iedereen.html" not in run.paths
    assert {"index.html", "data/index.json", "verslagen/jongeren-aan-tafel.html"} <= set(run.paths)
    assert not run.result.ok  # `perskamer build` exits non-zero


def test_a_failing_report_renderer_costs_only_its_own_artefact(workspace: Workspace) -> None:
    plugin = Renderer()
    run = workspace.build(plugin)
    assert_named(run, plugin.PLUGIN_NAME, VICTIM, "perskamer_render_report")
    assert "kapot/een-lokaal-voor-iedereen.txt" not in run.paths
    assert {"kapot/jongeren-aan-tafel.txt", "kapot/discord-als-jeugdhuis.txt"} <= set(run.paths)
    # The report itself is fine: the other outputs still publish it.
    assert {"verslagen/een-lokaal-voor-iedereen.html", "data/een-lokaal-voor-iedereen.json"} <= set(run.paths)


def test_a_failing_collection_renderer_costs_only_its_own_artefacts(workspace: Workspace) -> None:
    plugin = Collection(victim=None)
    run = workspace.build(plugin)
    assert_named(run, plugin.PLUGIN_NAME, None, "perskamer_render_collection")
    assert {"index.html", "data/index.json"} <= set(run.paths)
    assert len(run.reports) == 3


def test_a_failing_inspector_holds_back_that_artefact_fail_closed(workspace: Workspace) -> None:
    plugin = Inspector(victim=None)
    run = workspace.build(plugin)
    path = "verslagen/een-lokaal-voor-iedereen.html"
    assert_named(run, plugin.PLUGIN_NAME, path, "perskamer_inspect_artifact")
    # An inspector that cannot vouch for an artefact keeps it from being published.
    assert run.result.blocked == [path]
    assert path not in run.paths
    assert "verslagen/jongeren-aan-tafel.html" in run.paths


def test_a_failing_lazy_producer_costs_only_its_artefact(workspace: Workspace) -> None:
    class Lazy:
        PLUGIN_NAME = "lazy"

        @hookimpl
        def perskamer_register_outputs(self):
            return [("lazy", "made when written")]

        @hookimpl
        def perskamer_render_collection(self):
            def produce() -> bytes:
                raise RuntimeError("printer on fire")

            return [
                Artifact("lazy/kapot.pdf", producer=produce, output="lazy", scan_text="tekst"),
                Artifact("lazy/goed.txt", b"goed", output="lazy"),
            ]

    run = workspace.build(Lazy())
    (problem,) = [p for p in run.errors if "lazy/kapot.pdf" in p.message]
    assert problem.plugin == "lazy"
    assert "lazy/goed.txt" in run.paths and "lazy/kapot.pdf" not in run.paths


class SetUp:
    PLUGIN_NAME = "broken-setup"

    @hookimpl
    def perskamer_config_schema(self):
        raise RuntimeError("deliberately broken")

    @hookimpl
    def perskamer_register_outputs(self):
        raise RuntimeError("deliberately broken")

    @hookimpl
    def perskamer_build_started(self):
        raise RuntimeError("deliberately broken")

    @hookimpl
    def perskamer_source_suffixes(self):
        raise RuntimeError("deliberately broken")

    @hookimpl
    def perskamer_build_finished(self):
        raise RuntimeError("deliberately broken")


def test_failing_set_up_and_finish_hooks_are_named_and_the_build_goes_on(workspace: Workspace) -> None:
    run = workspace.build(SetUp())
    hooks = {p.message.split(" failed in ")[1].split(":")[0] for p in run.problems_from("broken-setup")}
    assert hooks == {
        "perskamer_config_schema",
        "perskamer_register_outputs",
        "perskamer_build_started",
        "perskamer_source_suffixes",
        "perskamer_build_finished",
    }
    assert len(run.reports) == 3 and "index.html" in run.paths


@pytest.mark.parametrize(
    ("returned", "expected"),
    [
        (Artifact("x.txt", b"x"), "returned a Artifact; expected a list of Artifact"),
        (["x.txt"], "returned a list of str; expected a list of Artifact"),
        ([Artifact(None, b"x")], "returned a list of Artifact; expected a list of Artifact"),  # type: ignore[arg-type]
    ],
    ids=["not-a-list", "strings", "no-path"],
)
def test_a_result_of_the_wrong_shape_is_named_instead_of_crashing_the_core(workspace: Workspace, returned, expected) -> None:
    class Sloppy:
        PLUGIN_NAME = "sloppy"

        @hookimpl
        def perskamer_render_report(self):
            return returned

    run = workspace.build(Sloppy())
    problem = run.problems_from("sloppy")[0]
    assert problem.message == f"plugin sloppy failed in perskamer_render_report: {expected}"
    assert problem.file in {"jongeren-aan-tafel.md", VICTIM, "discord-als-jeugdhuis.md"}
    assert len(run.reports) == 3


def test_a_reader_returning_something_else_is_named(workspace: Workspace) -> None:
    class DictReader:
        PLUGIN_NAME = "dict-reader"

        @hookimpl
        def perskamer_read_source(self, source):
            return {"title": source.rel}

    run = workspace.build(DictReader())
    problem = run.problems_from("dict-reader")[0]
    assert problem.message == "plugin dict-reader failed in perskamer_read_source: returned a dict; expected a Report or None"


@pytest.mark.parametrize("plugin", [Reader(), Validator(), Transform(), Renderer(), Collection(None), Inspector(None)], ids=lambda p: p.PLUGIN_NAME)
def test_strict_stops_at_the_first_failure_with_the_same_message(workspace: Workspace, plugin: Broken) -> None:
    with pytest.raises(PluginError) as raised:
        workspace.build(plugin, strict=True)
    message = str(raised.value)
    assert f"plugin {plugin.PLUGIN_NAME} failed in perskamer_" in message
    assert "RuntimeError: deliberately broken" in message
    if plugin.victim:
        assert message.startswith(f"{VICTIM}: ")


def test_a_rebuild_after_a_failure_works(workspace: Workspace) -> None:
    """What watch does: the same Builder and plugins, build after build."""
    flaky = Renderer(victim=None)
    config, host = open_workspace(workspace.config_path)
    host.register(flaky)
    builder = Builder(config, host, outputs=["html", "kapot"])
    first = builder.build()
    assert not first.ok and len(first.reports) == 3
    assert (workspace.output_dir / "index.html").is_file()
    flaky.victim = "nothing-matches"  # the plugin author fixes the bug
    second = builder.build()
    assert second.ok, [p.format() for p in second.all_problems]
    assert (workspace.output_dir / "kapot" / "jongeren-aan-tafel.txt").is_file()


_names = itertools.count()


def workspace_plugin(workspace: Workspace, body: str) -> str:
    """Write a plugin module into the workspace's plugins/ folder and name it in the config."""
    name = f"kapotte_plugin_{next(_names)}"  # unique: a module stays imported for the whole test run
    folder = workspace.root / "plugins"
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.py").write_text(textwrap.dedent(body), encoding="utf-8")
    workspace.configure(plugins=[name])
    return name


BROKEN_MODULE = """
    from perskamer.hookspecs import hookimpl

    @hookimpl
    def perskamer_render_report(report):
        raise RuntimeError("deliberately broken")
"""


def test_cli_build_names_plugin_and_report_and_exits_non_zero(workspace: Workspace, capsys, monkeypatch) -> None:
    name = workspace_plugin(workspace, BROKEN_MODULE)
    monkeypatch.chdir(workspace.root)
    assert main(["build", "--quiet"]) == 1
    err = capsys.readouterr().err
    assert f"jongeren-aan-tafel.md: error: plugin {name} failed in perskamer_render_report: RuntimeError: deliberately broken" in err
    assert f"[plugin {name}]" in err
    assert (workspace.output_dir / "index.html").is_file()  # the rest was published


def test_cli_strict_stops_with_a_message_not_a_traceback(workspace: Workspace, capsys, monkeypatch) -> None:
    name = workspace_plugin(workspace, BROKEN_MODULE)
    monkeypatch.chdir(workspace.root)
    assert main(["build", "--strict"]) == 1
    err = capsys.readouterr().err
    assert f"perskamer: discord-als-jeugdhuis.md: plugin {name} failed in perskamer_render_report: RuntimeError: deliberately broken" in err
    assert "Traceback" not in err


def test_a_plugin_that_cannot_be_imported_is_named(workspace: Workspace, capsys, monkeypatch) -> None:
    name = workspace_plugin(workspace, "import geen_bestaande_module\n")
    monkeypatch.chdir(workspace.root)
    assert main(["build", "--quiet"]) == 1
    err = capsys.readouterr().err
    assert f"plugin module {name} could not be imported: ModuleNotFoundError" in err
    assert (workspace.output_dir / "index.html").is_file()
    assert main(["build", "--strict"]) == 1


def test_a_plugin_name_already_taken_is_named_not_silently_dropped(workspace: Workspace) -> None:
    class Impostor:
        PLUGIN_NAME = "html"

        @hookimpl
        def perskamer_build_started(self):
            pass

    run = workspace.build(Impostor())
    (problem,) = run.problems_from("html")
    assert "the name 'html' is already taken by perskamer.plugins.output_html" in problem.message
    assert "index.html" in run.paths


def test_hook_wrappers_are_refused_with_a_reason(workspace: Workspace) -> None:
    class Wrapper:
        PLUGIN_NAME = "wrapper"

        @hookimpl(wrapper=True)
        def perskamer_render_collection(self):
            return (yield)

    run = workspace.build(Wrapper())
    (problem,) = run.problems_from("wrapper")
    assert "hook wrappers are not supported (perskamer_render_collection)" in problem.message
    assert "index.html" in run.paths


class Quiet:
    PLUGIN_NAME = "quiet"

    @hookimpl
    def perskamer_build_started(self):
        pass

    @hookimpl
    def perskamer_build_finished(self):
        pass


def test_trace_shows_every_implementation_in_order_with_its_time(workspace: Workspace, capsys) -> None:
    workspace.build(Quiet(), trace=True)
    lines = [line for line in capsys.readouterr().err.splitlines() if line.startswith("[trace] ")]
    # "[trace] <hook> <plugin> <milliseconds> ms (<report or artefact>)"
    for line in lines:
        _trace, _hook, _plugin, ms, unit, *about = line.split(" ", 5)
        assert float(ms) >= 0 and unit == "ms"
    assert lines[0].split()[1] in {"perskamer_config_schema", "perskamer_register_outputs"}
    assert "[trace] perskamer_read_source read-markdown" in "\n".join(lines)
    assert any(line.startswith("[trace] perskamer_render_report html") and line.endswith("(jongeren-aan-tafel.md)") for line in lines)
    hooks = [line.split()[1] for line in lines]
    assert hooks.index("perskamer_build_started") < hooks.index("perskamer_read_source") < hooks.index("perskamer_render_report")
    assert hooks.index("perskamer_render_collection") < hooks.index("perskamer_build_finished")


def test_trace_plugins_flag(workspace: Workspace, capsys, monkeypatch) -> None:
    monkeypatch.chdir(workspace.root)
    monkeypatch.delenv("PERSKAMER_TRACE_PLUGINS", raising=False)
    assert main(["build", "--quiet", "--trace-plugins"]) == 0
    err = capsys.readouterr().err
    assert "[trace] perskamer_read_source read-markdown" in err
    assert "[trace] perskamer_render_collection html" in err
    assert "PERSKAMER_TRACE_PLUGINS" not in os.environ  # the flag does not leak into this process
