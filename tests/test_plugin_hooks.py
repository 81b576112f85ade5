"""One test per hook in the catalogue (``test_hook_<name>``), as Datasette does.

Each test registers a plugin that implements the hook, runs a real build with
perskamer.testing and checks what docs/plugins.md promises: when the hook is called,
with what, and what the core does with what it returns. tests/test_hookspecs.py
fails when a hook has no test here.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import pytest

from perskamer.build import BuildResult
from perskamer.config import ConfigError
from perskamer.context import BuildContext
from perskamer.hookspecs import hookimpl
from perskamer.model import Artifact, Problem, Publication, Report, Source
from perskamer.testing import SAMPLE_REPORTS, Workspace


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    return Workspace(tmp_path / "ws")


# --- set-up ---------------------------------------------------------------------------


class Options:
    PLUGIN_NAME = "banner"

    @hookimpl
    def perskamer_config_schema(self):
        return {
            "banner": {
                "type": "object",
                "additionalProperties": False,
                "properties": {"text": {"type": "string", "default": "Welkom"}, "width": {"type": "integer", "minimum": 10, "default": 40}},
            }
        }

    @hookimpl
    def perskamer_build_started(self, context):
        context.shared["banner"] = context.options("banner")


def test_hook_perskamer_config_schema(workspace: Workspace) -> None:
    run = workspace.build(Options())
    assert run.context.shared["banner"] == {"text": "Welkom", "width": 40}  # defaults filled in
    workspace.configure(banner={"text": "Hallo"})
    assert workspace.build(Options()).context.shared["banner"] == {"text": "Hallo", "width": 40}
    workspace.configure(banner={"width": 5, "colour": "rood"})
    problems = workspace.config_problems(Options())
    assert {(p.field, p.plugin) for p in problems} == {("banner.width", "banner"), ("banner.colour", "banner")}
    assert all(p.file and p.line for p in problems)
    with pytest.raises(ConfigError):
        workspace.build(Options())


class Outputs:
    PLUGIN_NAME = "kaartjes"

    @hookimpl
    def perskamer_register_outputs(self):
        return [("kaartjes", "social-media cards"), ("kaartjes-groot", "large cards")]

    @hookimpl
    def perskamer_render_collection(self, context):
        return [Artifact(f"{name}.txt", b"x", output=name) for name in ("kaartjes", "kaartjes-groot") if context.wants(name)]


def test_hook_perskamer_register_outputs(workspace: Workspace) -> None:
    run = workspace.build(Outputs(), outputs=["kaartjes"])
    assert run.paths == ["kaartjes.txt"]  # context.wants() follows outputs / --only
    workspace.configure(outputs=["html", "kaartjes-groot"])  # known, so valid in the config
    assert "kaartjes-groot.txt" in workspace.build(Outputs()).paths
    workspace.configure(outputs=["kaartje"])
    (problem,) = workspace.config_problems(Outputs())
    assert "unknown output" in problem.message and "kaartjes" in problem.hint


def test_hook_perskamer_publications(workspace: Workspace) -> None:
    class Feed:
        PLUGIN_NAME = "feed"

        @hookimpl
        def perskamer_register_outputs(self):
            return [("feed", "feed.xml")]

        @hookimpl
        def perskamer_publications(self, context):
            return [Publication("feed", "feed.xml", "feed", label="Nieuwe verslagen als feed", media_type="application/atom+xml")]

        @hookimpl
        def perskamer_render_collection(self, reports, context):
            if not context.wants("feed"):
                return None
            links = " ".join(context.report_url(r) for r in reports)
            return [Artifact(context.url("feed"), links.encode(), output="feed")]

    run = workspace.build(Feed(), outputs=["html", "feed"])
    home = run.text("index.html")
    assert '<a href="feed.xml" type="application/atom+xml">Nieuwe verslagen als feed</a>' in home  # html links what is announced
    assert "verslagen/jongeren-aan-tafel.html" in run.text("feed.xml")  # the page the html output announced
    # the feed off: announced by nobody, linked by nobody
    assert "feed.xml" not in workspace.build(Feed(), outputs=["html"]).text("index.html")


def test_hook_perskamer_build_started(workspace: Workspace) -> None:
    seen = []

    class Started:
        @hookimpl
        def perskamer_build_started(self, context):
            assert isinstance(context, BuildContext)
            seen.append(context.content_dir)
            context.shared["started"] = True

    run = workspace.build(Started())
    assert seen == [workspace.content_dir.resolve()]
    hooks = [c.hook for c in run.calls]
    assert hooks.index("perskamer_build_started") < hooks.index("perskamer_read_source")
    run.builder.build()  # a watch rebuild: called again
    assert len(seen) == 2


# --- read ---------------------------------------------------------------------------------


class PlainReader:
    """Reads ``.verslag`` files: the first line is the title, the rest the summary."""

    PLUGIN_NAME = "verslag"

    @hookimpl
    def perskamer_source_suffixes(self):
        return [".verslag"]

    @hookimpl
    def perskamer_read_source(self, source, context):
        if source.suffix != ".verslag":
            return None
        assert isinstance(source, Source) and isinstance(source.data, bytes)
        title, _, body = source.data.decode("utf-8").partition("\n")
        return Report(source=source.rel, slug=source.stem, format="verslag", title=title, date=_dt.date(2023, 6, 6), sections={"summary": body})


def test_hook_perskamer_source_suffixes(workspace: Workspace) -> None:
    workspace.add_report("extra.verslag", "Een sessie in platte tekst\nWat er gebeurde.")
    workspace.add_report("notities.pages", b"PK...")
    without = workspace.build()
    assert "extra.verslag" not in [o.source for o in without.result.outcomes]
    assert any(p.file == "extra.verslag" and "unknown file type" in p.message for p in without.warnings)
    run = workspace.build(PlainReader())
    assert run.outcome("extra.verslag").status == "built"
    assert any(p.file == "notities.pages" for p in run.warnings)  # still nobody's


def test_hook_perskamer_read_source(workspace: Workspace) -> None:
    workspace.add_report("extra.verslag", "Een sessie in platte tekst\nWat er gebeurde.")

    class ReadsMarkdownToo:
        """Registered after the built-ins, so asked first; returning None passes the file on."""

        PLUGIN_NAME = "claims-one"

        @hookimpl
        def perskamer_read_source(self, source):
            if source.rel == "discord-als-jeugdhuis.md":
                return Report(source=source.rel, slug="eigen-lezing", format="eigen", title="Eigen lezing", sections={"summary": "x"})
            return None

    run = workspace.build([PlainReader(), ReadsMarkdownToo()])
    assert run.report("extra").sections["summary"] == "Wat er gebeurde."
    assert run.report("eigen-lezing").format == "eigen"  # the first reader that returns a report wins
    assert [c.plugin for c in run.called("perskamer_read_source") if c.about == "discord-als-jeugdhuis.md"] == ["claims-one"]
    assert run.report("jongeren-aan-tafel").format == "markdown"


# --- validate -------------------------------------------------------------------------------


def test_hook_perskamer_validate_report(workspace: Workspace) -> None:
    class Rules:
        PLUGIN_NAME = "huisregels"

        @hookimpl
        def perskamer_validate_report(self, report, context):
            if "Discord" in report.title:
                return [Problem("error", "merknamen in titels zijn niet toegestaan", file=report.source, field="title", hint="schrijf 'een chatplatform'")]
            if report.meta.get("session", "").startswith("Ronde 2"):
                return [Problem("warning", "ronde 2 wordt apart gebundeld", file=report.source, field="session")]
            return []

    run = workspace.build(Rules())
    failed = run.outcome("discord-als-jeugdhuis.md")
    assert failed.status == "failed"  # an error keeps the report out of every output
    assert "verslagen/discord-als-jeugdhuis.html" not in run.paths
    assert failed.problems[-1].field == "title"
    assert run.outcome("een-lokaal-voor-iedereen.md").status == "built"  # a warning does not
    assert any(p.message == "ronde 2 wordt apart gebundeld" for p in run.warnings)
    assert not run.result.ok  # `perskamer build` and `check` exit non-zero


# --- transform ---------------------------------------------------------------------------------


def test_hook_perskamer_transform_report(workspace: Workspace) -> None:
    received = []

    class Tagline:
        PLUGIN_NAME = "tagline"

        @hookimpl
        def perskamer_transform_report(self, report):
            received.append([q.text for q in report.quotes])
            return Report(**{**report.__dict__, "title": report.title + " (verslag)"})  # a new report: the next gets it

    class Shout:
        PLUGIN_NAME = "shout"

        @hookimpl(trylast=True)
        def perskamer_transform_report(self, report):
            report.title = report.title.upper()  # in place, returning None

    run = workspace.build([Shout(), Tagline()])
    assert run.report("jongeren-aan-tafel").title == "JONGEREN AAN TAFEL: HOE EEN GEMEENTE LUISTERT NAAR HAAR JEUGDRAAD (VERSLAG)"
    order = run.order("perskamer_transform_report")
    assert order.index("tagline") < order.index("shout")  # trylast: after everything registered without it
    if "anonymise" in order:  # the anonymiser is tryfirst: every other transform sees anonymised quotes
        assert order[0] == "anonymise"
        assert not any("Yasmine" in text for quotes in received for text in quotes)


# --- render ----------------------------------------------------------------------------------


def test_hook_perskamer_render_report(workspace: Workspace) -> None:
    class Card:
        PLUGIN_NAME = "card"

        @hookimpl
        def perskamer_register_outputs(self):
            return [("card", "a text card per report")]

        @hookimpl
        def perskamer_render_report(self, report, context):
            if not context.wants("card"):
                return None
            return [Artifact(f"kaarten/{report.slug}.txt", report.title.encode(), output="card", media_type="text/plain")]

    run = workspace.build(Card())
    assert [p for p in run.paths if p.startswith("kaarten/")] == [f"kaarten/{name.removesuffix('.md')}.txt" for name in sorted(SAMPLE_REPORTS)]
    assert run.artifact("kaarten/jongeren-aan-tafel.txt").report == "jongeren-aan-tafel"  # set by the core
    assert [c.about for c in run.called("perskamer_render_report", "card")] == sorted(SAMPLE_REPORTS)
    assert not [p for p in workspace.build(Card(), outputs=["json"]).paths if p.startswith("kaarten/")]


def test_hook_perskamer_render_collection(workspace: Workspace) -> None:
    workspace.add_form_report("vroeg.md", "Vroege sessie", date="2023-06-05", summary="Eerder.")
    workspace.add_form_report("klad.md", "Nog niet klaar", status="draft", summary="Klad.")
    received = []

    class Index:
        PLUGIN_NAME = "index"

        @hookimpl
        def perskamer_render_collection(self, reports, context):
            received.append([r.slug for r in reports])
            return [Artifact("lijst.txt", "\n".join(r.title for r in reports).encode(), output="index")]

    run = workspace.build(Index())
    assert received == [["vroeg", "discord-als-jeugdhuis", "een-lokaal-voor-iedereen", "jongeren-aan-tafel"]]  # by date, then title
    assert run.text("lijst.txt").startswith("Vroege sessie\n")
    workspace.build(Index(), drafts=True)
    assert "klad" in received[-1]


# --- guard -----------------------------------------------------------------------------------


def test_hook_perskamer_inspect_artifact(workspace: Workspace) -> None:
    inspected = {}

    class Inspector:
        PLUGIN_NAME = "lengte"

        @hookimpl
        def perskamer_inspect_artifact(self, artifact, text, reports, context):
            if artifact.fragments is not None or artifact.path not in inspected:  # a collection's own text, not a fragment of it
                inspected[artifact.path] = (len(reports), text)
            if artifact.path == "index.html":
                return [Problem("warning", "de index is lang", file=artifact.path)]
            if artifact.path == "data/discord-als-jeugdhuis.json":
                return [Problem("error", "niet publiceren", file=artifact.path)]
            return None

    run = workspace.build(Inspector())
    own = {"data/discord-als-jeugdhuis.json", "verslagen/discord-als-jeugdhuis.html"}
    assert set(inspected) == set(run.paths) | own  # every artefact, before it is written
    assert not own & set(run.paths)  # an error withholds the report from every output ...
    assert run.result.blocked == ["data/discord-als-jeugdhuis.json"]
    assert [o.source for o in run.result.withheld] == ["discord-als-jeugdhuis.md"]
    # ... and the collections are made without it, never withheld as a whole
    assert '"count":2,' in inspected["data/index.json"][1] and "data/index.json" in run.paths
    assert "index.html" in run.paths and "discord-als-jeugdhuis" not in run.text("index.html")  # a warning lets it through
    assert not run.result.ok


# --- finish ----------------------------------------------------------------------------------


def test_hook_perskamer_build_finished(workspace: Workspace) -> None:
    finished = []

    class Done:
        @hookimpl
        def perskamer_build_finished(self, context, result):
            assert isinstance(result, BuildResult)
            finished.append((len(result.reports), sorted(result.written), (context.output_dir / "index.html").is_file()))

    run = workspace.build(Done(), write=True)
    ((count, written, on_disk),) = finished
    assert count == 3 and written == sorted(run.result.written) and on_disk  # after the files are written
    assert [c.hook for c in run.calls][-1] == "perskamer_build_finished"


class Kort:
    """What plugins/kort.py below holds, as a class (implemented hooks are listed from these)."""

    @hookimpl
    def perskamer_summary(self, result, context):
        return [f"kort: {len(result.reports)} verslagen, \x1b[31m"]


def test_hook_perskamer_summary(workspace: Workspace, monkeypatch, capsys) -> None:
    assert workspace.build(Kort()).ok  # not called by a build itself: by 'perskamer build' for its summary
    (workspace.root / "plugins").mkdir()
    (workspace.root / "plugins/kort.py").write_text(
        "from perskamer.hookspecs import hookimpl\n"
        "PLUGIN_NAME = 'kort'\n"
        "@hookimpl\n"
        "def perskamer_summary(result, context):\n"
        "    return [f'kort: {len(result.reports)} verslagen, \\x1b[31m']\n",
        encoding="utf-8",
    )
    (workspace.root / "plugins/stuk.py").write_text(
        "from perskamer.hookspecs import hookimpl\n"
        "PLUGIN_NAME = 'stuk'\n"
        "@hookimpl\n"
        "def perskamer_summary(result):\n"
        "    raise RuntimeError('oeps')\n",
        encoding="utf-8",
    )
    workspace.configure(plugins=["kort", "stuk"])
    from perskamer.cli import main

    monkeypatch.chdir(workspace.root)
    assert main(["build", "--config", str(workspace.config_path), "--out", str(workspace.root / "public")]) == 0
    out = capsys.readouterr().out
    assert "\n  kort: 3 verslagen, \\x1b[31m\n" in out  # indented, control characters shown escaped
    assert "stuk failed in perskamer_summary: RuntimeError: oeps" in out  # named; the build is not failed for it


class KaartjesPage:
    @hookimpl
    def perskamer_preview_page(self, name, reports, context):
        return None if name != "kaartjes" else ("<ul>" + "".join(f"<li>{r.slug}</li>" for r in reports) + "</ul>").encode()


def test_hook_perskamer_preview_page(workspace: Workspace, tmp_path: Path) -> None:
    import urllib.error
    import urllib.request

    from perskamer.serve import PreviewServer

    run = workspace.build(KaartjesPage())
    server = PreviewServer(tmp_path, port=0).start()
    try:
        with pytest.raises(urllib.error.HTTPError):  # before a build: no page
            urllib.request.urlopen(server.url + "__perskamer/kaartjes", timeout=10)
        server.page_reports, server.page_builder = run.reports, run.builder
        with urllib.request.urlopen(server.url + "__perskamer/kaartjes", timeout=10) as resp:
            page = resp.read().decode("utf-8")
        assert page.count("<li>") == 3 and resp.headers["Content-Type"].startswith("text/html")
        with pytest.raises(urllib.error.HTTPError) as missing:  # a name no plugin serves
            urllib.request.urlopen(server.url + "__perskamer/iets", timeout=10)
        assert missing.value.code == 404
    finally:
        server.stop()


def test_hook_perskamer_publish(workspace: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "server"

    class Copy:
        PLUGIN_NAME = "kopie"

        @hookimpl
        def perskamer_publish(self, output_dir, context):
            if not (Path(output_dir) / "index.html").is_file():
                return [Problem("error", "niets om te publiceren", plugin="kopie")]
            target.mkdir()
            (target / "index.html").write_bytes((Path(output_dir) / "index.html").read_bytes())
            return []

    run = workspace.build(Copy(), write=True)
    assert not target.exists()  # only when publishing is asked for
    assert [p for p in run.publish() if p.plugin == "kopie"] == []
    assert (target / "index.html").read_bytes() == (workspace.output_dir / "index.html").read_bytes()
    (problem,) = [p for p in run.publish() if p.plugin == "kopie"]  # now the target exists: named, not raised
    assert problem.severity == "error" and "FileExistsError" in problem.message


# --- commands --------------------------------------------------------------------------------


class EigenTags:
    """What plugins/eigen_tags.py below holds, as a class (implemented hooks are listed from these)."""

    @hookimpl(tryfirst=True)
    def perskamer_command(self, name, args, builder):
        return None if name != "tags" else 0


def test_hook_perskamer_command(workspace: Workspace, monkeypatch, capsys) -> None:
    assert workspace.build(EigenTags()).ok  # no command during a build
    (workspace.root / "plugins").mkdir()
    (workspace.root / "plugins/eigen_tags.py").write_text(
        "from perskamer.cli import exit_code, print_problems, selected_reports\n"
        "from perskamer.hookspecs import hookimpl\n"
        "PLUGIN_NAME = 'eigen-tags'\n"
        "@hookimpl(tryfirst=True)\n"
        "def perskamer_command(name, args, builder):\n"
        "    if name != 'tags':\n"
        "        return None\n"
        "    outcomes, problems = selected_reports(builder, args.files)\n"
        "    print('EIGEN', len(outcomes))\n"
        "    return exit_code(problems)\n",
        encoding="utf-8",
    )
    from perskamer.cli import main

    monkeypatch.chdir(workspace.root)
    assert main(["tags", "--config", str(workspace.config_path)]) == 0
    assert "stem-van-kinderen-en-jongeren" in capsys.readouterr().out  # the tagger provides `perskamer tags`
    workspace.configure(plugins=["eigen_tags"])
    assert main(["tags", "--config", str(workspace.config_path)]) == 0
    assert capsys.readouterr().out.strip() == "EIGEN 3"  # a plugin that runs first replaces it
