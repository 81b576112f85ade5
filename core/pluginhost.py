"""Finding, registering and calling plugins.

Built-in features are plugins registered exactly like third-party ones. Third-party
plugins come from the entry-point group ``perskamer`` and from module names listed
under ``plugins:`` in the workspace config. Hooks are called one implementation at a
time so that a failing plugin is named and skipped (fatal only under ``--strict``) and
so that ``PERSKAMER_TRACE_PLUGINS=1`` can show what ran, in order, and how long it took.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
import time
from collections.abc import Container, Iterable
from dataclasses import dataclass, field
from importlib import metadata
from typing import Any

import pluggy

from . import hookspecs
from .config import ConfigError
from .hookspecs import STATELESS
from .model import Artifact, Problem, Publication, Report

log = logging.getLogger("perskamer.plugins")

#: Modules of the built-in plugins, registered in this order.
BUILTIN_PLUGINS: list[str] = [
    "perskamer.plugins.read_text_form",
    "perskamer.plugins.read_markdown",
    "perskamer.plugins.read_docx",
    "perskamer.plugins.read_odt",
    "perskamer.plugins.read_pdf",
    "perskamer.plugins.validate",
    "perskamer.plugins.anonymise",
    "perskamer.plugins.tagger",
    "perskamer.plugins.output_json",
    "perskamer.plugins.output_html",
    "perskamer.plugins.output_pdf",
    "perskamer.plugins.output_digest",
    "perskamer.plugins.publish_mirror",
]

ENTRY_POINT_GROUP = "perskamer"


class PluginError(RuntimeError):
    """A plugin failed while --strict was on."""


class PluginResultError(TypeError):
    """A hook implementation returned something the core cannot use."""


@dataclass
class PluginInfo:
    name: str
    module: str
    version: str | None
    builtin: bool
    hooks: list[str] = field(default_factory=list)


def plugin_name(plugin: Any) -> str:
    return getattr(plugin, "PLUGIN_NAME", None) or getattr(plugin, "__name__", None) or type(plugin).__name__


class PluginHost:
    """A pluggy manager plus the bookkeeping perskamer needs around it."""

    def __init__(self, *, strict: bool = False, trace: bool | None = None):
        self.pm = pluggy.PluginManager("perskamer")
        self.pm.add_hookspecs(hookspecs)
        self.strict = strict
        self.trace = os.environ.get("PERSKAMER_TRACE_PLUGINS", "") not in ("", "0") if trace is None else trace
        self.load_problems: list[Problem] = []
        self.infos: dict[str, PluginInfo] = {}

    # -- registration -----------------------------------------------------------
    def register(self, plugin: Any, *, name: str | None = None, builtin: bool = False, version: str | None = None) -> None:
        name = name or plugin_name(plugin)
        if self.pm.is_registered(plugin):
            return  # the same module reached twice (entry point and config): fine
        taken = self.pm.get_plugin(name)
        if taken is not None:
            if getattr(taken, "__name__", None) == getattr(plugin, "__name__", object()):
                return  # the same module, imported again under the same name
            other = self.infos[name].module if name in self.infos else type(taken).__name__
            self._fail(
                f"plugin {name} ({getattr(plugin, '__name__', type(plugin).__name__)}) was not loaded: "
                f"the name '{name}' is already taken by {other}",
                plugin=name,
                hint="give the plugin another PLUGIN_NAME (or entry-point name)",
            )
            return
        try:
            self.pm.register(plugin, name=name)
        except Exception as exc:  # pluggy validation errors (unknown hook, bad signature)
            self._fail(f"plugin {name} could not be registered: {exc}", plugin=name)
            return
        wrappers = sorted(
            caller.name
            for caller in self.pm.get_hookcallers(plugin) or []
            if any(impl.plugin is plugin and (impl.wrapper or impl.hookwrapper) for impl in caller.get_hookimpls())
        )
        if wrappers:
            # Hooks are called one implementation at a time, so a wrapper would be
            # called as a plain function and hand a generator to the core.
            self.pm.unregister(plugin)
            self._fail(
                f"plugin {name} was not loaded: hook wrappers are not supported ({', '.join(wrappers)})",
                plugin=name,
                hint="implement the hook without wrapper=True/hookwrapper=True; use tryfirst/trylast to run early or late",
            )
            return
        module = getattr(plugin, "__name__", type(plugin).__module__)
        self.infos[name] = PluginInfo(name, module, version, builtin)

    def _fail(self, message: str, plugin: str, hint: str | None = None) -> None:
        problem = Problem("error", message, plugin=plugin, hint=hint)
        if self.strict:
            raise PluginError(problem.format())
        self.load_problems.append(problem)

    def load_module(self, module_name: str, *, builtin: bool = False, version: str | None = None) -> None:
        try:
            module = importlib.import_module(module_name)
        except Exception as exc:
            self._fail(
                f"plugin module {module_name} could not be imported: {type(exc).__name__}: {exc}",
                plugin=module_name,
                hint="check that the plugin is installed in the same environment as perskamer",
            )
            return
        self.register(module, name=getattr(module, "PLUGIN_NAME", None) or module_name, builtin=builtin, version=version)

    def load_builtins(self) -> None:
        from . import __version__

        for module_name in BUILTIN_PLUGINS:
            self.load_module(module_name, builtin=True, version=__version__)

    def load_entry_points(self) -> None:
        try:
            eps = metadata.entry_points(group=ENTRY_POINT_GROUP)
        except Exception:  # pragma: no cover - broken metadata
            return
        for ep in eps:
            dist = getattr(ep, "dist", None)
            version = dist.version if dist is not None else None
            try:
                plugin = ep.load()
            except Exception as exc:
                self._fail(
                    f"plugin {ep.name} ({ep.value}) could not be loaded: {type(exc).__name__}: {exc}",
                    plugin=ep.name,
                    hint=f"reinstall or uninstall the package that provides it{f' ({dist.name})' if dist else ''}",
                )
                continue
            self.register(plugin, name=getattr(plugin, "PLUGIN_NAME", None) or ep.name, version=version)

    def load_all(self, extra_modules: Iterable[str] = (), workspace_dir: os.PathLike[str] | None = None) -> None:
        """Built-ins, then entry points, then modules named in the workspace config."""
        self.load_builtins()
        self.load_entry_points()
        extra_modules = list(extra_modules)
        if extra_modules and workspace_dir is not None:
            # Workspace plugins may live next to the config (plugins/my_plugin.py).
            for candidate in (os.fspath(workspace_dir), os.path.join(os.fspath(workspace_dir), "plugins")):
                if os.path.isdir(candidate) and candidate not in sys.path:
                    sys.path.append(candidate)
        for module_name in extra_modules:
            self.load_module(module_name)

    # -- introspection ------------------------------------------------------------
    def plugin_infos(self) -> list[PluginInfo]:
        for name, info in self.infos.items():
            plugin = self.pm.get_plugin(name)
            info.hooks = sorted(h.name for h in self.pm.get_hookcallers(plugin) or [])
        return list(self.infos.values())

    def implementations(self, hook_name: str) -> list[tuple[str, Any]]:
        """(plugin name, function) in call order: tryfirst first, then newest first."""
        caller = getattr(self.pm.hook, hook_name)
        return [(impl.plugin_name, impl.function) for impl in reversed(caller.get_hookimpls())]

    def stateless(self, hook_name: str) -> set[str]:
        """The plugins whose implementation of ``hook_name`` is marked :func:`~perskamer.hookspecs.stateless`."""
        return {name for name, function in self.implementations(hook_name) if getattr(function, STATELESS, False)}

    def all_stateless(self, hook_name: str) -> bool:
        """Whether every implementation of ``hook_name`` is stateless (may run in a worker process)."""
        return len(self.stateless(hook_name)) == len(self.implementations(hook_name))

    # -- calling ------------------------------------------------------------------
    _FAILED = object()

    def _invoke(self, hook_name: str, name: str, function: Any, kwargs: dict[str, Any], problems: list[Problem] | None, about: str | None) -> Any:
        """Call one implementation; a failure becomes a problem naming the plugin."""
        start = time.perf_counter()
        try:
            result = function(**_accepted(function, kwargs))
            expected = _unexpected_result(hook_name, result)
            if expected is not None:
                raise PluginResultError(f"returned {_describe(result)}; expected {expected}")
            return result
        except ConfigError:
            raise  # the user's configuration is wrong, not the plugin: the command stops with exit 2
        except Exception as exc:
            kind = "" if isinstance(exc, PluginResultError) else f"{type(exc).__name__}: "
            message = f"plugin {name} failed in {hook_name}: {kind}{exc}"
            if self.strict:
                raise PluginError(f"{about}: {message}" if about else message) from exc
            log.debug("plugin %s failed in %s", name, hook_name, exc_info=True)
            problem = Problem(
                "error",
                message,
                file=about,
                plugin=name,
                hint="this is a bug in the plugin; run with --debug for the traceback and report it to its authors",
                crashed=True,
            )
            (problems if problems is not None else self.load_problems).append(problem)
            return self._FAILED
        finally:
            if self.trace:
                elapsed = (time.perf_counter() - start) * 1000
                print(f"[trace] {hook_name} {name} {elapsed:.2f} ms{f' ({about})' if about else ''}", file=sys.stderr)

    def call(
        self,
        hook_name: str,
        *,
        problems: list[Problem] | None = None,
        about: str | None = None,
        first: bool = False,
        only: Container[str] | None = None,
        skip: Container[str] = (),
        **kwargs: Any,
    ) -> list[tuple[str, Any]]:
        """Call every implementation of ``hook_name``; return ``[(plugin, result)]``.

        ``None`` results are left out. An exception is turned into a problem naming
        the plugin (and ``about``, usually the report's file) and appended to
        ``problems``; with ``first`` the call stops at the first non-None result.
        ``only`` / ``skip``: call just these plugins' implementations / not these.
        """
        results: list[tuple[str, Any]] = []
        for name, function in self.implementations(hook_name):
            if name in skip or (only is not None and name not in only):
                continue
            result = self._invoke(hook_name, name, function, kwargs, problems, about)
            if result is not None and result is not self._FAILED:
                results.append((name, result))
                if first:
                    break
        return results

    def call_chain(self, hook_name: str, value: Any, *, problems: list[Problem], about: str | None = None,
                   only: Container[str] | None = None, **kwargs: Any) -> Any:
        """Call a transform-style hook: each implementation gets what the previous returned.

        ``only``: call just these plugins' implementations (in their usual order).
        """
        for name, function in self.implementations(hook_name):
            if only is not None and name not in only:
                continue
            result = self._invoke(hook_name, name, function, {"report": value, **kwargs}, problems, about)
            if result is not None and result is not self._FAILED:
                value = result
        return value


def _list_of(kind: type | tuple[type, ...]) -> Any:
    return lambda value: isinstance(value, list | tuple) and all(isinstance(item, kind) for item in value)


def _pairs(value: Any) -> bool:
    return isinstance(value, list | tuple) and all(
        isinstance(item, list | tuple) and len(item) == 2 and all(isinstance(part, str) for part in item) for item in value
    )


def _artifacts(value: Any) -> bool:
    return _list_of(Artifact)(value) and all(isinstance(a.path, str) for a in value)


def _schemas(value: Any) -> bool:
    return isinstance(value, dict) and all(isinstance(k, str) and isinstance(v, dict) for k, v in value.items())


#: What the core can use from each hook (``None`` always means "nothing from me").
#: A result of another shape is reported like an exception instead of crashing the core.
_RESULT_SHAPES: dict[str, tuple[Any, str]] = {
    "perskamer_config_schema": (_schemas, "a dict of {config key: JSON Schema dict}"),
    "perskamer_register_outputs": (_pairs, "a list of (name, description) pairs"),
    "perskamer_publications": (_list_of(Publication), "a list of Publication"),
    "perskamer_source_suffixes": (_list_of(str), "a list of suffixes such as ['.md']"),
    "perskamer_read_source": (lambda v: isinstance(v, Report), "a Report or None"),
    "perskamer_validate_report": (_list_of(Problem), "a list of Problem"),
    "perskamer_transform_report": (lambda v: isinstance(v, Report), "a Report or None"),
    "perskamer_render_report": (_artifacts, "a list of Artifact"),
    "perskamer_render_collection": (_artifacts, "a list of Artifact"),
    "perskamer_inspect_artifact": (_list_of(Problem), "a list of Problem"),
    "perskamer_publish": (_list_of(Problem), "a list of Problem"),
    "perskamer_command": (lambda v: isinstance(v, int) and not isinstance(v, bool), "an exit code (int) or None"),
    "perskamer_summary": (_list_of(str), "a list of lines (str)"),
    "perskamer_preview_page": (lambda v: isinstance(v, bytes), "the page's bytes or None"),
}


def _unexpected_result(hook_name: str, result: Any) -> str | None:
    """What ``hook_name`` should have returned, when ``result`` is not that."""
    if result is None:
        return None
    check = _RESULT_SHAPES.get(hook_name)
    if check is None or check[0](result):
        return None
    return check[1]


def _describe(value: Any) -> str:
    if isinstance(value, list | tuple):
        kinds = sorted({type(item).__name__ for item in value})
        return f"a {type(value).__name__} of {', '.join(kinds)}" if kinds else f"an empty {type(value).__name__}"
    return f"a {type(value).__name__}"


def _accepted(function: Any, kwargs: dict[str, Any]) -> dict[str, Any]:
    """pluggy lets an implementation take a subset of the spec's arguments."""
    argnames = getattr(function, "__perskamer_argnames__", None)
    if argnames is None:
        argnames, _ = pluggy._hooks.varnames(function)  # the same rule pluggy applies
        try:
            function.__perskamer_argnames__ = argnames
        except (AttributeError, TypeError):
            pass
    return {k: kwargs[k] for k in argnames if k in kwargs}
