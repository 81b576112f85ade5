"""Finding the report files in the content folder, safely.

One odd entry (a symlink loop, a link to outside the folder, a file name that is not
UTF-8, a folder nobody may read) gets one problem and never stops the others. What
cannot be judged at all (the content folder itself missing, unreadable or without a
single report) is a *refusal*: the build then writes and removes nothing, so a typo
in ``--content`` never empties the published site.

The output folder and the cache are never read as content, even when they lie inside
the content folder (``perskamer build --content .`` in a bare folder).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .model import Problem
from .textsafe import printable
from .writer import MANIFEST

#: Files the core never treats as reports (photos and other assets).
ASSET_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".heic", ".tif", ".tiff", ".bmp"}
#: Files nobody means as content (editor droppings, OS metadata).
IGNORED_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}


def is_ignored(rel_parts: Iterable[str]) -> bool:
    """Hidden files/folders, editor temp files and ``_drafts``-style folders are not content."""
    for part in rel_parts:
        if part.startswith((".", "_", "~$")) or part.endswith(("~", ".swp", ".tmp", ".part")) or part in IGNORED_NAMES:
            return True
    return False


@dataclass
class Discovery:
    """What :func:`scan_content` found."""

    paths: list[Path] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    #: The content folder as a whole cannot be used: nothing may be written or removed.
    refused: Problem | None = None
    #: Folders (relative to the content folder) that could not be read completely:
    #: reports published from them must not be removed.
    unreadable: list[str] = field(default_factory=list)


def not_utf8(name: str) -> bool:
    """Whether a name from the file system holds bytes that are not UTF-8 (surrogate escapes)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def shown_name(name: str) -> str:
    """A file name as it can safely be printed (undecodable bytes as ``\\xNN``)."""
    return printable(os.fsencode(name).decode("utf-8", "backslashreplace"))


def _is_output_folder(path: Path, excluded: set[Path]) -> bool:
    """The output folder, the cache, or any folder perskamer wrote a site into."""
    if path in excluded:
        return True
    try:
        return (path / MANIFEST).is_file()
    except OSError:
        return False


def _link_problem(path: Path, root: Path, rel: str) -> Problem | None:
    """Why a symlinked report cannot be read, or ``None`` when it stays inside the content folder."""
    try:
        target = path.resolve(strict=True)
    except RuntimeError:
        return Problem("error", "the file is a symbolic link that points to itself (a loop)", file=rel, hint="replace the link by the file")
    except OSError:
        return Problem("error", "the file is a symbolic link to a file that does not exist", file=rel, hint="replace the link by the file")
    if not target.is_relative_to(root):
        return Problem(
            "error",
            "refused: the file is a link to outside the content folder",
            file=rel,
            hint="copy the report into the content folder; reports, like photos, are only read from there",
        )
    return None


def _refuse(message: str, hint: str) -> Discovery:
    return Discovery(refused=Problem("error", message, hint=hint))


def scan_content(
    root: Path,
    suffixes: set[str],
    *,
    exclude: Iterable[Path] = (),
    allow_empty: bool = False,
) -> Discovery:
    """The report files under ``root`` (sorted), with one problem per file it cannot take.

    ``root`` must be resolved. ``exclude`` are folders never read as content (the
    output folder and the cache). ``allow_empty``: a folder without reports is not a
    refusal (``--prune``: the user means to unpublish everything).
    """
    shown_root = printable(str(root))
    if not root.exists():
        return _refuse(
            f"the content folder {shown_root} does not exist: nothing was built or removed",
            "check the spelling of --content or 'content:' in the config",
        )
    if not root.is_dir():
        return _refuse(f"the content folder {shown_root} is not a folder: nothing was built or removed", "point --content at the folder of reports")
    if not os.access(root, os.R_OK | os.X_OK):
        return _refuse(f"the content folder {shown_root} cannot be read: nothing was built or removed", "check its permissions")
    excluded = {p.resolve() for p in exclude}
    found = Discovery()

    def unreadable(error: OSError) -> None:
        folder = Path(error.filename) if error.filename else root
        rel = _rel(folder, root)
        if folder == root:
            found.refused = Problem("error", f"the content folder {shown_root} cannot be read: nothing was built or removed", hint="check its permissions")
            return
        found.unreadable.append(rel)
        found.problems.append(
            Problem(
                "error",
                f"cannot read the folder: {error.strerror or error}; its reports stay published as they were",
                file=rel + "/",
                hint="check the folder's permissions",
            )
        )

    for folder, dirs, files in os.walk(root, onerror=unreadable):
        here = Path(folder)
        rel_folder = here.relative_to(root)
        prefix = "" if not rel_folder.parts else rel_folder.as_posix() + "/"
        kept = []
        for name in sorted(dirs):
            if is_ignored([name]) or _is_output_folder(here / name, excluded):
                continue
            if not_utf8(name):
                rel = _rel(here / name, root)
                found.unreadable.append(rel)
                found.problems.append(Problem("error", "the folder name is not valid UTF-8: its reports were not read", file=rel + "/", hint="rename the folder"))
                continue
            kept.append(name)
        dirs[:] = kept
        for name in sorted(files):
            if is_ignored((*rel_folder.parts, name)):
                continue
            path = here / name
            rel = shown_name(prefix + name)  # (= _rel(path, root), without pathlib for each file)
            if not_utf8(name):
                found.problems.append(Problem("error", "the file name is not valid UTF-8: the file was not read", file=rel, hint="rename the file"))
                continue
            suffix = _suffix(name).lower()
            if suffix in ASSET_SUFFIXES:
                continue
            if suffix not in suffixes:
                known = ", ".join(sorted(suffixes))
                found.problems.append(
                    Problem(
                        "warning",
                        f"not a report: unknown file type '{printable(suffix or name)}'",
                        file=rel,
                        hint=f"reports are {known}; images are used as photos; other files are ignored",
                    )
                )
                continue
            if path.is_symlink():
                problem = _link_problem(path, root, rel)
                if problem is not None:
                    found.problems.append(problem)
                    continue
            found.paths.append(path)
    if found.refused is None and not found.paths and not found.unreadable and not allow_empty:
        had_files = any(p.file for p in found.problems)
        found.refused = Problem(
            "error",
            f"the content folder {shown_root} holds no reports{' it can read' if had_files else ''}: nothing was built or removed",
            hint="check --content or 'content:' in the config; to unpublish every report on purpose, run again with --prune",
        )
    return found


def _suffix(name: str) -> str:
    """``PurePath(name).suffix``, for a bare file name."""
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


def _rel(path: Path, root: Path) -> str:
    try:
        text = path.relative_to(root).as_posix()
    except ValueError:
        text = str(path)
    return shown_name(text)


def discover_or_refuse(root: Path, suffixes: set[str], *, exclude: Iterable[Path], allow_empty: bool) -> Discovery:
    """:func:`scan_content`, never raising: an unexpected OS error becomes a refusal."""
    try:
        return scan_content(root, suffixes, exclude=exclude, allow_empty=allow_empty)
    except OSError as exc:
        return _refuse(f"cannot list the content folder {printable(str(root))}: {exc.strerror or exc}: nothing was built or removed", "check the folder")
