"""Opening a workspace: find the config, load the plugins it names, validate it."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .config import Config, ConfigError, find_config, load_config, workspace_of
from .model import Problem
from .pluginhost import PluginHost


def _plugin_modules(path: Path | None) -> list[str]:
    """The ``plugins:`` list of a config, read before validation (plugins add schemas)."""
    if path is None:
        return []
    from .yamlutil import YamlError, load_yaml

    try:
        data = load_yaml(path.read_text(encoding="utf-8-sig")).data
    except (OSError, UnicodeDecodeError, YamlError):
        return []  # load_config reports it properly
    modules = data.get("plugins") if isinstance(data, dict) else None
    return [m for m in modules if isinstance(m, str)] if isinstance(modules, list) else []


def plugin_schemas(host: PluginHost, owners: dict[str, str] | None = None) -> dict[str, dict[str, Any]]:
    """Every config key a plugin declared, with its schema; ``owners`` gets key -> plugin name."""
    schemas: dict[str, dict[str, Any]] = {}
    for name, declared in host.call("perskamer_config_schema"):
        for key, schema in declared.items():
            if key in schemas:
                host.load_problems.append(Problem("error", f"plugin {name} declares config key '{key}' that another plugin already owns", plugin=name))
                continue
            schemas[key] = schema
            if owners is not None:
                owners[key] = name
    return schemas


def name_plugin_owners(problems: list[Problem], owners: dict[str, str]) -> None:
    """Name the plugin that owns the config key each problem is about."""
    for problem in problems:
        key = (problem.field or "").split(".", 1)[0].split("[", 1)[0]
        if problem.plugin is None and key in owners:
            problem.plugin = owners[key]


def open_workspace(
    config_path: Path | None = None,
    *,
    start: Path | None = None,
    strict: bool = False,
    use_defaults_when_missing: bool = False,
) -> tuple[Config, PluginHost]:
    """Find and load the workspace; raise :class:`ConfigError` if it is unusable."""
    if config_path is None:
        config_path = find_config(start or Path.cwd())
        if config_path is None and not use_defaults_when_missing:
            raise ConfigError(
                [
                    Problem(
                        "error",
                        "no perskamer workspace here (no config/perskamer.yaml in this folder or above)",
                        hint="run 'perskamer init DIR' to create one, or pass --content DIR to build a folder of reports",
                    )
                ]
            )
    elif not config_path.is_file():
        raise ConfigError([Problem("error", f"config file {config_path} does not exist")])
    host = PluginHost(strict=strict)
    workspace = workspace_of(config_path) if config_path else (start or Path.cwd())
    host.load_all(_plugin_modules(config_path), workspace_dir=workspace)
    owners: dict[str, str] = {}
    schemas = plugin_schemas(host, owners)
    try:
        config = load_config(config_path, schemas, workspace=workspace)
    except ConfigError as exc:
        name_plugin_owners(exc.problems, owners)
        raise
    _check_taxonomy(config)
    check_outputs(config.data["outputs"], host, file=config.display_path, line=config.loaded.line_of(["outputs"]) if config.loaded else None)
    return config, host


def check_outputs(names: Iterable[str], host: PluginHost, *, file: str | None = None, line: int | None = None,
                  field: str | None = "outputs", option: str | None = None) -> None:
    """Raise a :class:`ConfigError` naming every output in ``names`` no plugin registers.

    The one check for ``outputs:`` in the config, ``--only`` (``option="--only"``) and
    the test helpers: a "did you mean" per name, and the known outputs.
    """
    import difflib

    known = output_names(host)
    problems = []
    for name in [n for n in names if n not in known]:
        close = difflib.get_close_matches(name, list(known), n=1)
        hint = f"did you mean '{close[0]}'?" if close else f"known outputs: {', '.join(sorted(known))}"
        if option and " " in name.strip():
            hint = f"outputs are comma-separated, e.g. {option} {','.join(name.split())}; known outputs: {', '.join(sorted(known))}"
        where = f"{option}: " if option else ""
        problems.append(Problem("error", f"{where}unknown output '{name}'", file=file, line=line, field=field, hint=hint))
    if problems:
        raise ConfigError(problems)


def _check_taxonomy(config: Config) -> None:
    """A broken ambitions file is a config error: say so up front, with its lines."""
    path = config.ambitions_path
    if path is None:
        if config.data.get("ambitions"):
            raise ConfigError([Problem("error", f"the ambitions file {config.data['ambitions']} does not exist", file=config.display_path, field="ambitions")])
        return
    from .taxonomy import TaxonomyError, load_taxonomy

    try:
        load_taxonomy(path)
    except TaxonomyError as exc:
        raise ConfigError(exc.problems) from None


def output_names(host: PluginHost) -> dict[str, str]:
    names: dict[str, str] = {}
    for _plugin, declared in host.call("perskamer_register_outputs"):
        for name, description in declared:
            names[name] = description
    return names
