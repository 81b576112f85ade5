"""Test helpers for perskamer plugins: a workspace in a temporary folder, a build, a look.

A plugin test should not need to know how the core is wired. It builds a small
workspace (three realistic Dutch reports ship with this module), runs the real
pipeline with the plugin under test registered next to the built-in ones, and
inspects what came out::

    from perskamer.testing import Workspace

    import my_plugin


    def test_feed(tmp_path):
        workspace = Workspace(tmp_path)
        run = workspace.build(my_plugin, outputs=["feed"])
        run.assert_ok()
        assert "Jongeren aan tafel" in run.text("feed.xml")

Nothing is written unless a test asks for it (``build(..., write=True)``): the
artefacts are kept in memory, after the leak guard and every other
``perskamer_inspect_artifact`` implementation has seen them, exactly as a real build
would have written them. With ``write=True`` the real writer (atomic writes,
manifest) writes them into the workspace's ``public/`` folder.

Use the ``perskamer_workspace`` fixture by listing this module in your
``conftest.py``::

    pytest_plugins = ["perskamer.testing"]

or build a :class:`Workspace` on pytest's ``tmp_path`` yourself, as above. The
full guide is ``docs/plugins.md`` ("Testing a plugin").
"""

from __future__ import annotations

import copy
import datetime as _dt
import importlib
import json
import os
import re
import sys
import time
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from .build import Builder, BuildResult, ReportOutcome
from .config import Config, ConfigError, load_config
from .context import BuildContext
from .fold import slugify
from .model import Artifact, Problem, Quote, Report
from .pluginhost import PluginHost, plugin_name
from .writer import OutputTree, safe_join

__all__ = [
    "DEFAULT_CONFIG",
    "SAMPLE_REPORTS",
    "BuildRun",
    "HookCall",
    "RecordingHost",
    "Workspace",
    "form_report",
    "json_strings",
    "json_text",
    "make_report",
    "perskamer_workspace",
    "word_in",
]

# --- the sample workspace ------------------------------------------------------------

#: The form's questions, as reporters' Markdown reports use them for ``##`` headings.
FORM_HEADINGS: dict[str, str] = {
    "summary": "Wat er is gebeurd in de sessie? Wat hebben jullie gedaan/gehoord/beleefd? Omschrijf in 5 a 10 zinnen",
    "ambitions": (
        "Op welke manier kwamen de ambities aan bod? Hoe maakt de organisatie die aan het woord kwam één van de "
        "ambities bijvoorbeeld vandaag al waar? Of wat is er volgens de sprekers nodig om deze ambitie(s) waar te "
        "kunnen maken?"
    ),
    "quotes": "Interessante quote(s) uit de sessie",
    "surprise": "Wat heeft jou verrast? Wat onthoud je?",
    "questions": "Waar kwamen veel vragen/reacties over?",
}

#: The config every test workspace starts from (deep-merged with what a test passes).
DEFAULT_CONFIG: dict[str, Any] = {
    "site": {
        "title": "Verslagen #Jeugdwerkwerkt 2023",
        "subtitle": "Wat reporters zagen en hoorden op het congres",
        "congress": "congres #Jeugdwerkwerkt",
        "date": "2023-06-06",
        "organiser": "De Ambrassade",
        "base_url": "https://verslagen.example.org/",
    },
    "content": "content",
    "output": "public",
    "outputs": ["html", "json"],
}


def word_in(word: str, text: str, *, ignore_case: bool = False) -> bool:
    """Whether ``word`` stands in ``text`` as a whole word (not inside another word)."""
    flags = re.IGNORECASE if ignore_case else 0
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, flags) is not None


def json_strings(data: Any) -> list[str]:
    """Every string of decoded JSON data, keys included, in document order.

    Search these, not a JSON file's raw text nor ``json.dumps`` of it, for a word a reader
    would see: there a line break is escaped, so a word right after it stands as ``\\nWord``
    and a whole-word search misses it (``word_in("Word", "\\nWord")`` is False)."""
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        return [s for k, v in data.items() for s in (*json_strings(k), *json_strings(v))]
    if isinstance(data, list):
        return [s for v in data for s in json_strings(v)]
    return []


def json_text(text: str) -> str:
    """A JSON file's ``text`` to search for words: the text itself, then each of its decoded strings
    (:func:`json_strings`) on a line of its own; ``text`` alone when it is no JSON."""
    try:
        data = json.loads(text)
    except ValueError:
        return text
    return "\n".join([text, *json_strings(data)])


def form_report(
    title: str,
    *,
    date: str | _dt.date | None = "2023-06-06",
    session: str | None = None,
    reporter: str | None = None,
    speakers: Iterable[str] = (),
    ambitions: Iterable[str] = (),
    status: str | None = None,
    summary: str | None = None,
    ambitions_text: str | None = None,
    quotes: Iterable[str | tuple[str, str | None]] = (),
    surprise: str | None = None,
    questions: str | None = None,
    extra_front_matter: Mapping[str, Any] | None = None,
) -> str:
    """A Markdown report as reporters write them: YAML front matter, one ``##`` per question.

    ``quotes`` are ``"text"`` or ``("text", "Naam (Organisatie)")`` pairs. Sections
    left ``None`` are left out, as a reporter who skipped a question would.
    """
    import yaml

    front: dict[str, Any] = {"title": title}
    if date is not None:
        front["date"] = date if isinstance(date, _dt.date) else _dt.date.fromisoformat(str(date))
    for key, value in (("session", session), ("reporter", reporter), ("status", status)):
        if value is not None:
            front[key] = value
    if list(speakers):
        front["speakers"] = list(speakers)
    if list(ambitions):
        front["ambitions"] = list(ambitions)
    front.update(extra_front_matter or {})
    lines = ["---", yaml.safe_dump(front, allow_unicode=True, sort_keys=False).strip(), "---", ""]
    quote_lines = []
    for quote in quotes:
        text, who = (quote, None) if isinstance(quote, str) else quote
        quote_lines.append(f"> “{text}”" + (f" – {who}" if who else ""))
    bodies = {
        "summary": summary,
        "ambitions": ambitions_text,
        "quotes": "\n\n".join(quote_lines) or None,
        "surprise": surprise,
        "questions": questions,
    }
    for section, body in bodies.items():
        if body is None:
            continue
        lines += [f"## {FORM_HEADINGS[section]}", "", body.strip(), ""]
    return "\n".join(lines)


#: Three realistic reports (file name -> Markdown), the default content of a :class:`Workspace`.
#: Their quotes name people, so a build shows the anonymiser at work.
SAMPLE_REPORTS: dict[str, str] = {
    "jongeren-aan-tafel.md": form_report(
        "Jongeren aan tafel: hoe een gemeente luistert naar haar jeugdraad",
        session="Ronde 1 – zaal Schelde",
        reporter="Lotte Peeters",
        speakers=["Bram De Smet (Vlaamse Jeugdraad)", "Nadia El Amrani (jeugddienst Mechelen)"],
        ambitions=["stem-van-kinderen-en-jongeren"],
        summary=(
            "Bram De Smet van de Vlaamse Jeugdraad en Nadia El Amrani van de jeugddienst van Mechelen vertelden hoe "
            "een gemeente jongeren echt mee laat beslissen. In Mechelen schuift de jeugdraad niet pas aan als het "
            "beleidsplan klaar is, maar schrijft hij mee vanaf de eerste nota.\n\n"
            "Daarna gingen we in kleine groepen aan de slag met een echt dossier: een nieuw skatepark. Elke groep "
            "kreeg een rol (schepen, buurtbewoner, skater, jeugdconsulent) en moest binnen twintig minuten tot een "
            "voorstel komen. Dat lukte in geen enkele groep zonder compromis."
        ),
        ambitions_text=(
            "**De stem van kinderen en jongeren** stond centraal. De jeugdraad krijgt in Mechelen elk dossier dat "
            "jongeren raakt op tafel, ook de begroting. Volgens de sprekers is er nood aan:\n\n"
            "- vergoedingen voor jonge adviesraadsleden;\n"
            "- vergaderingen na de schooluren;\n"
            "- een schepen die zelf komt luisteren."
        ),
        quotes=[
            (
                "Als je jongeren pas uitnodigt wanneer de beslissing al genomen is, vraag je geen advies maar applaus.",
                "Bram De Smet (Vlaamse Jeugdraad)",
            ),
            (
                "Onze Yasmine zat op haar vijftiende al in de adviesraad. Nu schrijft ze mee aan het jeugdbeleidsplan.",
                "Nadia El Amrani (jeugddienst Mechelen)",
            ),
        ],
        surprise="Dat de jeugdraad in Mechelen een eigen budget heeft, en dat ook mag uitgeven zonder toelating.",
        questions="Veel vragen over kleine gemeenten: hoe doe je dit als je jeugddienst uit één halftijdse persoon bestaat?",
    ),
    "een-lokaal-voor-iedereen.md": form_report(
        "Een lokaal voor iedereen: jeugdinfrastructuur delen zonder ruzie",
        session="Ronde 2 – zaal Dijle",
        reporter="Jonas Claes",
        speakers=["Evi Wouters (Bataljong)"],
        ambitions=["jeugdinfrastructuur"],
        summary=(
            "Evi Wouters van Bataljong liet zien hoe drie jeugdbewegingen, een muziekschool en een seniorenclub in "
            "Leuven één gebouw delen. We kregen de afsprakennota te zien die ze samen opstelden: wie poetst, wie "
            "betaalt de verwarming, wat gebeurt er met een kapotte stoel.\n\n"
            "In het tweede deel tekenden we in groepjes een weekplanning voor een fictief gebouw. Het zaterdagnamiddag-"
            "probleem (iedereen wil dan) bleek overal het moeilijkst."
        ),
        ambitions_text=(
            "**Jeugdinfrastructuur**: gedeelde lokalen zijn geen noodoplossing maar een keuze, zei de spreker, zolang "
            "het jeugdwerk zijn eigen plek en zijn eigen sleutel houdt."
        ),
        quotes=[
            ("Een gedeeld lokaal werkt pas als de jongste leiding even veel te zeggen heeft als de schepen.", "Evi Wouters (Bataljong)"),
            ("Bij ons hing Karim elke zaterdag de planning aan de deur, en sindsdien is er geen ruzie meer.", "een leider uit de zaal"),
        ],
        surprise="Hoe veel een goede sleutelregeling oplost. Letterlijk: wie heeft de sleutel?",
        questions="Over verzekeringen en over wat je doet als een partner de afspraken niet naleeft.",
    ),
    "discord-als-jeugdhuis.md": form_report(
        "Discord als jeugdhuis: jeugdwerk in de digitale leefwereld",
        session="Ronde 3 – zaal Zenne",
        reporter="Sara Vermeulen",
        speakers=["Tom Jacobs (Ambrassade)"],
        ambitions=["digitale-leefwereld", "mentaal-welzijn"],
        summary=(
            "Tom Jacobs vertelde hoe een jeugdhuis in Genk sinds de coronaperiode een Discord-server openhoudt. Er zijn "
            "vaste openingsuren, net als in het echte jeugdhuis, en twee vrijwilligers 'staan achter de toog'.\n\n"
            "We keken samen naar geanonimiseerde chatfragmenten en bespraken wanneer een jeugdwerker moet ingrijpen."
        ),
        ambitions_text=(
            "**Digitale leefwereld**: online is ook echt, was de boodschap. **Mentaal welzijn** kwam aan bod via de "
            "nachtelijke gesprekken op de server, waar jongeren makkelijker over hun zorgen praten dan aan de toog."
        ),
        quotes=[
            ("Online is niet minder echt. Het is gewoon een andere deur naar hetzelfde jeugdhuis.", "Tom Jacobs (Ambrassade)"),
            ("Om drie uur 's nachts stuurde Lina ons een bericht. Dat had ze aan de toog nooit gezegd.", None),
        ],
        surprise="Dat de server vaste openingsuren heeft. Ook online heeft jeugdwerk grenzen nodig.",
        questions="Vooral over privacy: wat mag een vrijwilliger bewaren, en wie modereert 's nachts?",
    ),
}


# --- hook call recording -------------------------------------------------------------------


@dataclass
class HookCall:
    """One hook implementation the core called during a build."""

    hook: str
    plugin: str
    about: str | None
    ok: bool
    ms: float


class RecordingHost(PluginHost):
    """A :class:`PluginHost` that remembers every hook implementation it called, in order."""

    def __init__(self, **kwargs: Any):
        super().__init__(**kwargs)
        self.calls: list[HookCall] = []

    def _invoke(self, hook_name: str, name: str, function: Any, kwargs: dict[str, Any], problems: Any, about: str | None) -> Any:
        start = time.perf_counter()
        result = self._FAILED
        try:
            result = super()._invoke(hook_name, name, function, kwargs, problems, about)
            return result
        finally:
            ms = (time.perf_counter() - start) * 1000
            self.calls.append(HookCall(hook_name, name, about, result is not self._FAILED, ms))


# --- the result of a build ------------------------------------------------------------------


@dataclass
class BuildRun:
    """What one test build produced, with helpers to look at it."""

    workspace: Workspace
    result: BuildResult
    context: BuildContext
    host: RecordingHost
    #: Every artefact the render hooks returned, by path (published or not).
    artifacts: dict[str, Artifact] = field(default_factory=dict)
    #: A dry run's published files (path -> bytes); ``None`` when the run wrote to disk.
    memory: dict[str, bytes] | None = None
    #: The Builder that ran (``run.builder.build()`` builds again, like a watch rebuild).
    builder: Builder | None = None

    # -- artefacts ---------------------------------------------------------------------
    @property
    def paths(self) -> list[str]:
        """The paths of the artefacts that were published (or, in a dry run, would have been), sorted.

        An artefact held back by the leak guard, or whose bytes could not be made, is
        not among them.
        """
        if self.memory is not None:
            return sorted(self.memory)
        root = self.context.output_dir
        blocked = set(self.result.blocked)
        return sorted(p for p in self.artifacts if p not in blocked and safe_join(root, p).is_file())

    def artifact(self, path: str, *, include_blocked: bool = False) -> Artifact:
        """The artefact at ``path`` (relative to the output folder), as its plugin returned it.

        An artefact the leak guard (or another inspector) held back is not published,
        so asking for it fails unless ``include_blocked=True``.
        """
        if path in self.result.blocked:
            if include_blocked:
                return self.artifacts[path]
            why = "; ".join(p.format() for p in self.problems if p.file == path) or "see run.problems"
            raise AssertionError(f"{path} was held back and not published: {why}")
        if path not in self.paths:
            raise AssertionError(self._missing(path))
        return self.artifacts[path]

    def _missing(self, path: str) -> str:
        import difflib

        close = difflib.get_close_matches(path, list(self.artifacts), n=3, cutoff=0.4)
        shown = close or self.paths[:20]
        errors = [p.format() for p in self.errors]
        return (
            f"no artefact {path!r}; {'close' if close else 'built'}: {', '.join(shown) or 'none'}"
            + ("\nerrors:\n  " + "\n  ".join(errors) if errors else "")
        )

    def bytes(self, path: str) -> bytes:
        """The bytes of a published artefact (for ``write=True`` runs: the file as written)."""
        self.artifact(path)  # the same checks and messages
        if self.memory is not None:
            return self.memory[path]
        return safe_join(self.context.output_dir, path).read_bytes()

    def text(self, path: str) -> str:
        """An artefact decoded as UTF-8."""
        return self.bytes(path).decode("utf-8")

    def json(self, path: str) -> Any:
        return json.loads(self.text(path))

    def files(self) -> list[str]:
        """For ``write=True`` runs: the files in the output folder (without the manifest)."""
        root = self.context.output_dir
        if not root.is_dir():
            return []
        return sorted(
            p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file() and not p.name.startswith(".")
        )

    # -- reports and problems ------------------------------------------------------------
    @property
    def reports(self) -> list[Report]:
        """The reports that were published (passed validation and transforms), in build order."""
        return self.result.reports

    def report(self, slug: str) -> Report:
        for report in self.reports:
            if report.slug == slug:
                return report
        raise AssertionError(f"no published report {slug!r}; published: {', '.join(r.slug for r in self.reports) or 'none'}")

    def outcome(self, source: str) -> ReportOutcome:
        """What happened to one source file (``"jongeren-aan-tafel.md"``): built, failed, draft."""
        for outcome in self.result.outcomes:
            if outcome.source == source:
                return outcome
        raise AssertionError(f"no source {source!r}; sources: {', '.join(o.source for o in self.result.outcomes)}")

    @property
    def problems(self) -> list[Problem]:
        """Every problem of the build: config and plugin loading, per report, per artefact."""
        return self.result.all_problems

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    def problems_from(self, plugin: str) -> list[Problem]:
        """The problems a plugin caused or reported (by plugin name)."""
        return [p for p in self.problems if p.plugin == plugin]

    @property
    def ok(self) -> bool:
        return self.result.ok and not self.errors

    def assert_ok(self) -> None:
        """Fail with every error listed when the build had an error."""
        if self.errors:
            raise AssertionError("the build had errors:\n  " + "\n  ".join(p.format() for p in self.errors))

    # -- hook calls ------------------------------------------------------------------------
    @property
    def calls(self) -> list[HookCall]:
        """Every hook implementation called while the workspace was opened and built, in order."""
        return self.host.calls

    def order(self, hook: str) -> list[str]:
        """The plugins that implemented ``hook``, in the order they were first called."""
        seen: list[str] = []
        for call in self.calls:
            if call.hook == hook and call.plugin not in seen:
                seen.append(call.plugin)
        return seen

    def called(self, hook: str, plugin: str | None = None) -> list[HookCall]:
        """The calls of ``hook`` (by ``plugin``, if given), in order."""
        return [c for c in self.calls if c.hook == hook and (plugin is None or c.plugin == plugin)]

    # -- publishing ------------------------------------------------------------------------
    def publish(self) -> list[Problem]:
        """Run the ``perskamer_publish`` implementations over the output folder, as ``build --publish`` does.

        Only for ``write=True`` runs: publishing starts from the files on disk.
        """
        if self.memory is not None:
            raise AssertionError("publish() needs a build that wrote its output: build(..., write=True)")
        return self.builder.publish()


class _MemoryTree(OutputTree):
    """An output tree that keeps what would be written in memory (a dry run)."""

    def __init__(self, root: Path):
        super().__init__(root, {})
        self.files: dict[str, bytes] = {}

    def write(self, rel: str, data: bytes, output: str | None = None, report: str | None = None) -> bool:
        safe_join(self.root, rel)  # the same path checks as a real write
        self.files[rel] = data
        return True

    def remove_except(self, keep: set[str], outputs: set[str] | None = None) -> list[str]:
        return []

    def save(self) -> None:
        pass


def _run_build(config: Config, host: PluginHost, *, write: bool, **kwargs: Any) -> tuple[Builder, BuildResult, _MemoryTree | None]:
    """One build; a dry run (``write=False``) passes the real pipeline an output tree in memory.

    It goes through the real guard and write steps (duplicate paths, the inspect
    hooks, withholding, path checks); only the bytes stay in memory.
    """
    memory = None if write else _MemoryTree(kwargs.get("output_dir") or config.output_dir)
    builder = Builder(config, host, open_tree=OutputTree.open if memory is None else (lambda _root: memory), **kwargs)
    return builder, builder.build(), memory


# --- the workspace ----------------------------------------------------------------------------

PluginLike = Any  # a module, an object with @hookimpl methods, or an importable module name


def _merge(base: dict[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    merged = copy.deepcopy(base)
    for key, value in extra.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = copy.deepcopy(value)
    return merged


class Workspace:
    """A perskamer workspace in a (temporary) folder: config, content, output.

    ``reports`` is what goes into ``content/``: the :data:`SAMPLE_REPORTS` by default,
    or a mapping of file name to text (``{}`` for none). ``config`` is deep-merged
    into :data:`DEFAULT_CONFIG` and written to ``config/perskamer.yaml``, so plugin
    options are validated exactly as in a real workspace.
    """

    def __init__(
        self,
        root: os.PathLike[str] | str,
        *,
        reports: Mapping[str, str | bytes] | None = None,
        config: Mapping[str, Any] | None = None,
    ):
        self.root = Path(root)
        self.config_data: dict[str, Any] = _merge(DEFAULT_CONFIG, config or {})
        (self.root / "config").mkdir(parents=True, exist_ok=True)
        self.content_dir.mkdir(parents=True, exist_ok=True)
        self._write_config()
        for name, text in (SAMPLE_REPORTS if reports is None else reports).items():
            self.add_report(name, text)

    # -- files --------------------------------------------------------------------------------
    @property
    def config_path(self) -> Path:
        return self.root / "config" / "perskamer.yaml"

    @property
    def content_dir(self) -> Path:
        return self.root / str(self.config_data.get("content") or "content")

    @property
    def output_dir(self) -> Path:
        return self.root / str(self.config_data.get("output") or "public")

    def _write_config(self) -> None:
        import yaml

        text = "# written by perskamer.testing\n" + yaml.safe_dump(self.config_data, allow_unicode=True, sort_keys=False)
        self.config_path.write_text(text, encoding="utf-8")

    def configure(self, **keys: Any) -> Workspace:
        """Deep-merge config keys (``site={"base_url": ""}``, ``atom={"limit": 2}``) and rewrite the file."""
        self.config_data = _merge(self.config_data, keys)
        self._write_config()
        return self

    def write_config_text(self, text: str) -> None:
        """Replace the config file with this YAML text (to test config errors and line numbers)."""
        self.config_path.write_text(text, encoding="utf-8")

    def add_report(self, name: str, text: str | bytes) -> Path:
        """Add (or replace) a file in the content folder; ``name`` may contain sub-folders."""
        path = safe_join(self.content_dir, name)
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return path

    def add_form_report(self, name: str, title: str, **fields: Any) -> Path:
        """Add a Markdown report built by :func:`form_report` (same arguments)."""
        return self.add_report(name, form_report(title, **fields))

    def remove_report(self, name: str) -> None:
        safe_join(self.content_dir, name).unlink()

    def reports(self) -> list[str]:
        """The files in the content folder, relative to it."""
        return sorted(p.relative_to(self.content_dir).as_posix() for p in self.content_dir.rglob("*") if p.is_file())

    # -- opening and building --------------------------------------------------------------
    def open(
        self,
        plugins: PluginLike | Iterable[PluginLike] = (),
        *,
        builtins: bool = True,
        entry_points: bool = False,
        strict: bool = False,
        trace: bool | None = None,
    ) -> tuple[Config, RecordingHost]:
        """Load the plugins and validate the config, as ``perskamer build`` does.

        Built-in plugins first (``builtins=False`` leaves them out: then your
        plugins must include a reader), then installed entry points if
        ``entry_points=True`` (off by default, so what else is installed cannot change
        a test), then ``plugins``, then the modules named under ``plugins:`` in the
        config. Raises :class:`~perskamer.config.ConfigError` like the CLI.
        """
        from .workspace import _plugin_modules, check_outputs, name_plugin_owners, plugin_schemas

        host = RecordingHost(strict=strict, trace=trace)
        if builtins:
            host.load_builtins()
        if entry_points:
            host.load_entry_points()
        for plugin in _as_list(plugins):
            if isinstance(plugin, str):
                host.load_module(plugin)
            else:
                host.register(plugin, name=plugin_name(plugin))
        modules = _plugin_modules(self.config_path)
        if modules:
            with _on_path(self.root, self.root / "plugins"):
                for module_name in modules:
                    host.load_module(module_name)
        owners: dict[str, str] = {}
        schemas = plugin_schemas(host, owners)
        try:
            config = load_config(self.config_path, schemas, workspace=self.root)
        except ConfigError as exc:
            name_plugin_owners(exc.problems, owners)
            raise
        check_outputs(config.data["outputs"], host, file=str(self.config_path))
        return config, host

    def config_problems(self, plugins: PluginLike | Iterable[PluginLike] = (), **kwargs: Any) -> list[Problem]:
        """The config errors (``[]`` when the config is fine) with these plugins loaded."""
        try:
            self.open(plugins, **kwargs)
        except ConfigError as exc:
            return exc.problems
        return []

    def context(self, plugins: PluginLike | Iterable[PluginLike] = (), *, outputs: Iterable[str] | None = None) -> BuildContext:
        """A :class:`BuildContext` for calling your hook functions directly in a unit test."""
        config, host = self.open(plugins)
        return Builder(config, host, outputs=outputs).context

    def build(
        self,
        plugins: PluginLike | Iterable[PluginLike] = (),
        *,
        outputs: Iterable[str] | None = None,
        write: bool = False,
        drafts: bool | None = None,
        strict: bool = False,
        builtins: bool = True,
        entry_points: bool = False,
        trace: bool | None = None,
    ) -> BuildRun:
        """Run the whole pipeline once with ``plugins`` registered next to the built-ins.

        ``outputs`` defaults to the outputs in the config plus every output the given
        plugins register. ``write=True`` writes into :attr:`output_dir` with the real
        writer; otherwise nothing is written. ``strict=True`` makes a failing plugin
        raise :class:`~perskamer.pluginhost.PluginError`, as ``--strict`` does.
        """
        from .workspace import check_outputs

        config, host = self.open(plugins, builtins=builtins, entry_points=entry_points, strict=strict, trace=trace)
        if outputs is None:
            own = {name for plugin in _as_list(plugins) for name in _declared_outputs(host, plugin)}
            outputs = list(dict.fromkeys([*config.data["outputs"], *sorted(own)]))
        else:
            outputs = list(outputs)
            check_outputs(outputs, host, field=None)
        builder, result, tree = _run_build(config, host, write=write, outputs=outputs, drafts=drafts, strict=strict)
        kept: dict[str, Artifact] = {}
        for artifact in result.plan.rendered if result.plan is not None else []:
            if not artifact.path.endswith("/"):  # a set (its files are listed once made)
                kept.setdefault(artifact.path, artifact)
        return BuildRun(self, result, builder.context, host, kept, None if tree is None else tree.files, builder)


def _as_list(plugins: PluginLike | Iterable[PluginLike]) -> list[PluginLike]:
    if plugins is None:
        return []
    if isinstance(plugins, str | ModuleType) or not isinstance(plugins, Iterable):
        return [plugins]
    return list(plugins)


def _declared_outputs(host: PluginHost, plugin: PluginLike) -> list[str]:
    """The outputs one of the given plugins registers."""
    if isinstance(plugin, str):
        plugin = importlib.import_module(plugin)
    hook = getattr(plugin, "perskamer_register_outputs", None)
    if hook is None:
        return []
    try:
        return [name for name, _description in hook() or []]
    except Exception:  # reported by the host when the build calls it
        return []


@contextmanager
def _on_path(*folders: Path) -> Iterator[None]:
    added = [str(f) for f in folders if f.is_dir() and str(f) not in sys.path]
    sys.path[:0] = added
    try:
        yield
    finally:
        for folder in added:
            if folder in sys.path:
                sys.path.remove(folder)


# --- reports without files ------------------------------------------------------------------


def make_report(
    title: str = "Jongeren aan tafel",
    *,
    slug: str | None = None,
    date: _dt.date | str | None = "2023-06-06",
    sections: Mapping[str, str] | None = None,
    quotes: Iterable[Quote | str | tuple[str, str | None]] = (),
    meta: Mapping[str, Any] | None = None,
    source: str | None = None,
) -> Report:
    """A :class:`~perskamer.model.Report` as an output receives it, for unit tests of a hook function."""
    slug = slug or slugify(title)
    made_quotes = []
    for quote in quotes:
        if isinstance(quote, Quote):
            made_quotes.append(quote)
        elif isinstance(quote, str):
            made_quotes.append(Quote(quote))
        else:
            made_quotes.append(Quote(quote[0], speaker=quote[1], attribution=quote[1]))
    if isinstance(date, str):
        date = _dt.date.fromisoformat(date)
    return Report(
        source=source or f"{slug}.md",
        slug=slug,
        format="md",
        title=title,
        date=date,
        meta=dict(meta or {}),
        sections=dict(sections or {"summary": "Wat er gebeurde."}),
        quotes=made_quotes,
    )


# --- the pytest fixture ------------------------------------------------------------------------

try:
    import pytest
except ImportError:  # pragma: no cover - perskamer.testing works without pytest too
    pytest = None  # type: ignore[assignment]

if pytest is not None:

    @pytest.fixture
    def perskamer_workspace(tmp_path: Path) -> Workspace:
        """A :class:`Workspace` with the sample reports in a fresh temporary folder."""
        return Workspace(tmp_path / "werkruimte")
