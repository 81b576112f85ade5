"""``perskamer new-plugin NAME``: a plugin package that passes its own tests out of the box.

The templates in ``templates/`` are plain files with ``{{ placeholder }}`` slots
(no logic): what a new plugin author sees is what the templates say. The package
made for ``teams-post`` is::

    perskamer-teams-post/
        pyproject.toml                  the entry point: [project.entry-points.perskamer]
        README.md
        .gitignore
        src/perskamer_teams_post/__init__.py   an output plugin, with an options schema
        tests/conftest.py               loads the perskamer.testing fixtures
        tests/test_perskamer_teams_post.py
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from importlib import resources
from pathlib import Path

#: Plugin names: lower-case words joined by dashes ("teams-post", "cms-export").
NAME_RE = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")

#: File in the new package -> template in ``templates/``.
FILES: dict[str, str] = {
    "pyproject.toml": "pyproject.toml.tmpl",
    "README.md": "README.md.tmpl",
    ".gitignore": "gitignore.tmpl",
    "src/{module}/__init__.py": "plugin.py.tmpl",
    "tests/conftest.py": "conftest.py.tmpl",
    "tests/test_{module}.py": "test_plugin.py.tmpl",
}

_SLOT = re.compile(r"\{\{ *([a-z_]+) *\}\}")


class ScaffoldError(Exception):
    """The plugin cannot be created (bad name, folder in the way); the message says why."""


@dataclass(frozen=True)
class PluginNames:
    """Every name the new plugin needs, derived from the one the user gave."""

    output: str  # "teams-post": the plugin's and its output's name
    dist: str  # "perskamer-teams-post": the package on PyPI
    module: str  # "perskamer_teams_post": the import name
    key: str  # "teams_post": its options' key in config/perskamer.yaml
    perskamer_version: str


def plugin_names(name: str) -> PluginNames:
    """The names for a plugin called ``name`` (``"teams-post"``, ``"perskamer-teams-post"``...)."""
    from perskamer import __version__

    raw = re.sub(r"[\s_]+", "-", name.strip().lower())
    for prefix in ("perskamer-",):
        if raw.startswith(prefix):
            raw = raw[len(prefix) :]
    if not NAME_RE.match(raw):
        raise ScaffoldError(
            f"'{name}' is not a usable plugin name: use lower-case letters, digits and dashes, starting with a letter (e.g. teams-post)"
        )
    return PluginNames(
        output=raw,
        dist=f"perskamer-{raw}",
        module=f"perskamer_{raw.replace('-', '_')}",
        key=raw.replace("-", "_"),
        perskamer_version=__version__,
    )


def taken_names() -> set[str]:
    """Names a new plugin may not use: the built-in plugins' names, outputs and config keys."""
    from perskamer.pluginhost import PluginHost
    from perskamer.workspace import output_names, plugin_schemas

    host = PluginHost()
    host.load_builtins()
    core_keys = {"site", "content", "output", "outputs", "plugins", "ambitions", "templates", "drafts", "cache", "limits"}
    return {info.name for info in host.plugin_infos()} | set(output_names(host)) | set(plugin_schemas(host)) | core_keys


def render(template: str, values: dict[str, str]) -> str:
    """Fill the ``{{ slots }}`` of a template; an unknown slot is an error, not a blank."""

    def fill(match: re.Match[str]) -> str:
        key = match.group(1)
        if key not in values:
            raise KeyError(f"template slot {{{{ {key} }}}} has no value")
        return values[key]

    return _SLOT.sub(fill, template)


def create_plugin(name: str, parent: Path) -> tuple[Path, list[str]]:
    """Create the package for plugin ``name`` in ``parent``; return its folder and files."""
    names = plugin_names(name)
    clash = {names.output, names.key} & taken_names()
    if clash:
        raise ScaffoldError(f"'{names.output}' is already the name of a built-in plugin, output or config key; choose another name")
    target = Path(parent) / names.dist
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise ScaffoldError(f"{target} already exists and is not empty")
    values = asdict(names)
    templates = resources.files("perskamer.scaffold").joinpath("templates")
    created = []
    for pattern, template in FILES.items():
        rel = pattern.format(module=names.module)
        path = target / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render(templates.joinpath(template).read_text(encoding="utf-8"), values), encoding="utf-8")
        created.append(rel)
    return target, created
