"""Built-in publisher: mirror the output folder to a target folder.

Configure it in the workspace config::

    publish:
      target: /mnt/website/verslagen   # a mounted share, a web server's folder...
      delete: true                      # remove what was removed from the output

``perskamer build --publish`` and ``perskamer watch`` then copy what changed after
each successful (re)build (``watch`` does this whenever a target is set; ``build``
when it is set or ``--publish`` is given).

Each file is copied to a temporary file next to its destination and renamed over
it, so a web server never serves half a file; new files and pages land before the
index pages that link to them. Only files this publisher put there itself are ever
deleted (it keeps a list, ``.perskamer-published.json``, in the target), so other
files in a shared web folder are safe. A failure (the share is offline, the disk is
full) is reported; what was copied stays copied, and the next publish carries on.

Other publishers (rsync, an upload) are plugins implementing ``perskamer_publish``
the same way.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from perskamer.hookspecs import hookimpl
from perskamer.model import Problem
from perskamer.writer import prune_empty_dirs, write_atomic

PLUGIN_NAME = "publish-mirror"
#: What this publisher copied earlier (path -> [size, mtime_ns] of the source at the time).
STATE_FILE = ".perskamer-published.json"
#: Files of perskamer's own bookkeeping in the output folder, never published.
PRIVATE_NAMES = {".perskamer-manifest.json", STATE_FILE}

SCHEMA: dict[str, Any] = {
    "type": "object",
    "description": "Publish the output folder after each successful build (built-in mirror publisher).",
    "additionalProperties": False,
    "properties": {
        "target": {
            "type": ["string", "null"],
            "default": None,
            "description": "the folder to mirror the output to (relative to the workspace, or absolute)",
        },
        "delete": {
            "type": "boolean",
            "default": True,
            "description": "remove files from the target that were removed from the output",
        },
    },
}


@dataclass
class MirrorResult:
    copied: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    unchanged: int = 0
    problems: list[Problem] = field(default_factory=list)


def _problem(message: str, hint: str | None = None, severity: str = "error") -> Problem:
    return Problem(severity, message, hint=hint, plugin=PLUGIN_NAME)  # type: ignore[arg-type]


def _publish_order(rel: str) -> tuple[int, int, str]:
    """Assets and data first, then pages, deepest first, the root index last."""
    is_html = rel.endswith((".html", ".htm"))
    depth = rel.count("/")
    return (1 if is_html else 0, -depth if is_html else 0, "~" if rel == "index.html" else rel)


def _copy_atomic(source: Path, dest: Path, st: os.stat_result) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=dest.suffix, dir=dest.parent)
    try:
        with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
            while chunk := src.read(1024 * 1024):
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o644)
        os.utime(tmp, ns=(st.st_atime_ns, st.st_mtime_ns))
        os.replace(tmp, dest)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _load_state(target: Path) -> dict[str, list[int]]:
    try:
        raw = json.loads((target / STATE_FILE).read_text(encoding="utf-8"))
        files = raw.get("files") if isinstance(raw, dict) else None
        if isinstance(files, dict):
            return {str(k): list(v) for k, v in files.items() if isinstance(v, list) and len(v) == 2}
    except (OSError, ValueError):
        pass
    return {}


def _save_state(target: Path, state: dict[str, list[int]]) -> None:
    data = json.dumps({"generator": "perskamer publish-mirror", "files": dict(sorted(state.items()))}, indent=1).encode()
    write_atomic(target / STATE_FILE, data)


def _scan(source: Path) -> dict[str, os.stat_result]:
    files: dict[str, os.stat_result] = {}
    for folder, dirs, names in os.walk(source):
        dirs.sort()
        rel_folder = os.path.relpath(folder, source)
        for name in names:
            if name.startswith(".tmp-") or (rel_folder == "." and name in PRIVATE_NAMES):
                continue
            path = os.path.join(folder, name)
            try:
                st = os.stat(path)
            except OSError:
                continue  # removed by a rebuild while we looked: the next publish sees it
            rel = name if rel_folder == "." else f"{Path(rel_folder).as_posix()}/{name}"
            files[rel] = st
    return files




def mirror(source: Path, target: Path, *, delete: bool = True) -> MirrorResult:
    """Make ``target`` hold what ``source`` holds (see the module docstring)."""
    result = MirrorResult()
    source = source.resolve()
    target = target.expanduser().resolve()
    if target == source or target.is_relative_to(source) or source.is_relative_to(target):
        result.problems.append(
            _problem(f"the publish target {target} overlaps the output folder {source}", hint="publish to a folder outside the output folder")
        )
        return result
    if not source.is_dir():
        result.problems.append(_problem(f"nothing to publish: {source} does not exist", hint="build first"))
        return result
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        result.problems.append(
            _problem(f"cannot reach the publish target {target}: {exc.strerror or exc}", hint="is the share mounted and writable? publishing is retried after the next change")
        )
        return result
    state = _load_state(target)
    files = _scan(source)
    try:
        for rel in sorted(files, key=_publish_order):
            st = files[rel]
            dest = target.joinpath(*rel.split("/"))
            previous = state.get(rel)
            if previous == [st.st_size, st.st_mtime_ns]:
                try:
                    if dest.stat().st_size == st.st_size:
                        result.unchanged += 1
                        continue
                except OSError:
                    pass
            try:
                _copy_atomic(source.joinpath(*rel.split("/")), dest, st)
            except FileNotFoundError:
                continue  # removed from the output meanwhile
            state[rel] = [st.st_size, st.st_mtime_ns]
            result.copied.append(rel)
        if delete:
            for rel in sorted(set(state) - set(files)):
                dest = target.joinpath(*rel.split("/"))
                try:
                    dest.unlink()
                except FileNotFoundError:
                    pass
                state.pop(rel, None)
                result.deleted.append(rel)
                prune_empty_dirs(dest.parent, target)
    except OSError as exc:
        result.problems.append(
            _problem(
                f"publishing to {target} failed: {exc.strerror or exc}" + (f" ({exc.filename})" if getattr(exc, "filename", None) else ""),
                hint="the local output is complete; publishing is retried after the next change (or run 'perskamer build --publish')",
            )
        )
    finally:
        try:
            _save_state(target, state)
        except OSError as exc:
            result.problems.append(_problem(f"cannot record what was published in {target}: {exc.strerror or exc}"))
    return result


@hookimpl
def perskamer_config_schema() -> dict[str, dict[str, Any]]:
    return {"publish": SCHEMA}


@hookimpl
def perskamer_publish(output_dir: Any, context: Any) -> list[Problem]:
    options = context.options("publish")
    target = options.get("target")
    if not target:
        return [_problem("publishing was asked for, but no target is set", hint="add 'publish: {target: FOLDER}' to the config", severity="warning")]
    path = Path(str(target)).expanduser()
    if not path.is_absolute():
        path = context.config.workspace / path
    result = mirror(Path(output_dir), path, delete=bool(options.get("delete", True)))
    return result.problems
