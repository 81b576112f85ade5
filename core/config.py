"""The workspace and its configuration (``config/perskamer.yaml``).

A workspace is a folder with ``config/perskamer.yaml`` (or ``perskamer.yaml``), a
content folder of reports and an output folder. All paths in the config are relative
to the workspace folder. Missing keys take the defaults below; plugin keys are
validated against the schemas plugins declare (``perskamer_config_schema``).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .model import Problem
from .yamlutil import LoadedYaml, YamlError, load_yaml

CONFIG_NAMES = ("config/perskamer.yaml", "config/perskamer.yml", "perskamer.yaml", "perskamer.yml")
MAX_CONFIG_BYTES = 1_000_000

DEFAULTS: dict[str, Any] = {
    "site": {
        "title": "Verslagen",
        "subtitle": "",
        "congress": "congres",
        "date": None,
        "organiser": "",
        "base_url": "",
        "language": "nl",
        "footer": "",
    },
    "content": "content",
    "output": "public",
    "outputs": ["html", "json"],
    "plugins": [],
    "ambitions": None,
    "templates": None,
    "drafts": False,
    "cache": None,
    "limits": {"max_source_mb": 20, "max_photo_mb": 30},
}


class ConfigError(Exception):
    """The config cannot be used; ``problems`` says why, with file and line."""

    def __init__(self, problems: list[Problem]):
        super().__init__("; ".join(p.format() for p in problems))
        self.problems = problems


@dataclass
class Config:
    """A validated workspace configuration with defaults applied."""

    workspace: Path
    data: dict[str, Any]
    path: Path | None = None
    loaded: LoadedYaml | None = None
    problems: list[Problem] = field(default_factory=list)

    @property
    def content_dir(self) -> Path:
        return (self.workspace / self.data["content"]).resolve()

    @property
    def output_dir(self) -> Path:
        return (self.workspace / self.data["output"]).resolve()

    @property
    def cache_dir(self) -> Path:
        return (self.workspace / (self.data.get("cache") or ".perskamer/cache")).resolve()

    @property
    def templates_dir(self) -> Path | None:
        value = self.data.get("templates")
        if value:
            return (self.workspace / value).resolve()
        default = self.workspace / "templates"
        return default.resolve() if default.is_dir() else None

    @property
    def ambitions_path(self) -> Path | None:
        value = self.data.get("ambitions")
        if value:
            return (self.workspace / value).resolve()
        default = self.workspace / "config" / "ambitions.yaml"
        return default.resolve() if default.is_file() else None

    @property
    def display_path(self) -> str:
        if self.path is None:
            return "<defaults>"
        try:
            return str(self.path.relative_to(Path.cwd()))
        except ValueError:
            return str(self.path)

    @property
    def max_source_bytes(self) -> int:
        return int(self.data["limits"]["max_source_mb"] * 1024 * 1024)

    @property
    def max_photo_bytes(self) -> int:
        return int(self.data["limits"]["max_photo_mb"] * 1024 * 1024)


def find_config(start: Path) -> Path | None:
    """The workspace config in ``start`` or the nearest parent folder that has one."""
    start = start.resolve()
    for folder in (start, *start.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file():
                return candidate
    return None


def workspace_of(config_path: Path) -> Path:
    """The folder a config file's relative paths start from."""
    folder = config_path.parent
    return folder.parent if folder.name == "config" else folder


def _merge(defaults: dict[str, Any], data: dict[str, Any]) -> dict[str, Any]:
    merged = copy.deepcopy(defaults)
    for key, value in data.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        elif value is not None or key not in merged:
            merged[key] = value
    return merged


def full_schema(plugin_schemas: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The core config schema plus every key a plugin declared."""
    from .validation import load_schema

    schema = copy.deepcopy(load_schema("config"))
    for key, sub in plugin_schemas.items():
        schema["properties"][key] = sub
    return schema


def _defaults_from_schema(schema: dict[str, Any]) -> Any:
    """Fill a plugin's options from the ``default`` values in its schema."""
    if schema.get("type") == "object" or "properties" in schema:
        out = {}
        for key, sub in (schema.get("properties") or {}).items():
            value = _defaults_from_schema(sub)
            if value is not None:
                out[key] = value
        return out
    return copy.deepcopy(schema.get("default"))


def load_config(
    path: Path | None,
    plugin_schemas: dict[str, dict[str, Any]] | None = None,
    *,
    workspace: Path | None = None,
) -> Config:
    """Read, validate and complete the config at ``path`` (``None``: defaults only).

    Raises :class:`ConfigError` with every problem found (all of them at once, so the
    user fixes the file in one go).
    """
    plugin_schemas = plugin_schemas or {}
    data: dict[str, Any] = {}
    loaded: LoadedYaml | None = None
    display = str(path) if path else "<defaults>"
    if path is not None:
        workspace = workspace or workspace_of(path)
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise ConfigError([Problem("error", f"cannot read the config: {exc.strerror}", file=display)]) from None
        if len(raw) > MAX_CONFIG_BYTES:
            raise ConfigError([Problem("error", "the config file is larger than 1 MB", file=display)])
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ConfigError(
                [Problem("error", f"the config is not UTF-8 text (byte {exc.start})", file=display, hint="save it as UTF-8")]
            ) from None
        try:
            loaded = load_yaml(text)
        except YamlError as exc:
            raise ConfigError([Problem("error", exc.message, file=display, line=exc.line, hint=exc.hint)]) from None
        if loaded.data is None:
            loaded.data = {}
        if not isinstance(loaded.data, dict):
            raise ConfigError(
                [Problem("error", "the config should be a mapping of keys (site:, outputs:, ...)", file=display, line=1)]
            )
        data = loaded.data
    workspace = (workspace or Path.cwd()).resolve()

    from .validation import validate

    problems = validate(data, full_schema(plugin_schemas), file=display, loaded=loaded)
    if problems:
        raise ConfigError(problems)
    defaults = copy.deepcopy(DEFAULTS)
    for key, sub in plugin_schemas.items():
        defaults[key] = _defaults_from_schema(sub)
    merged = _merge(defaults, data)
    return Config(workspace=workspace, data=merged, path=path, loaded=loaded)
