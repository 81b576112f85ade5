"""The pipeline: read, validate, transform, render, guard, write.

The core does all the I/O; plugins only turn data into data. One bad report is
reported and skipped and never stops the others.
"""

from __future__ import annotations

import os
import stat
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .config import Config
from .context import BuildContext
from .model import Artifact, Problem, Report, Source
from .pluginhost import PluginHost
from .writer import OutputTree, UnsafePath

#: Files the core never treats as reports (photos and other assets).
ASSET_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".heic", ".tif", ".tiff", ".bmp"}
#: Files nobody means as content (editor droppings, OS metadata).
IGNORED_NAMES = {".DS_Store", "Thumbs.db", "desktop.ini"}


@dataclass
class ReportOutcome:
    """What happened to one source file in a build."""

    source: str
    status: str  # "built", "failed", "draft", "skipped"
    report: Report | None = None
    problems: list[Problem] = field(default_factory=list)


@dataclass
class BuildResult:
    outcomes: list[ReportOutcome] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    written: list[str] = field(default_factory=list)
    unchanged: int = 0
    removed: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def reports(self) -> list[Report]:
        return [o.report for o in self.outcomes if o.status == "built" and o.report is not None]

    @property
    def failed(self) -> list[ReportOutcome]:
        return [o for o in self.outcomes if o.status == "failed"]

    @property
    def all_problems(self) -> list[Problem]:
        return [p for o in self.outcomes for p in o.problems] + self.problems

    @property
    def ok(self) -> bool:
        return not self.failed and not any(p.severity == "error" for p in self.problems)


def is_ignored(rel_parts: Iterable[str]) -> bool:
    """Hidden files/folders, editor temp files and ``_drafts``-style folders are not content."""
    for part in rel_parts:
        if part.startswith((".", "_", "~$")) or part.endswith(("~", ".swp", ".tmp", ".part")) or part in IGNORED_NAMES:
            return True
    return False


class Builder:
    """Runs the pipeline for one workspace; keep it around to rebuild (watch)."""

    def __init__(
        self,
        config: Config,
        host: PluginHost,
        *,
        outputs: Iterable[str] | None = None,
        content_dir: Path | None = None,
        output_dir: Path | None = None,
        drafts: bool | None = None,
        strict: bool = False,
        debug: bool = False,
        progress: Callable[[int, int], None] | None = None,
    ):
        self.config = config
        self.host = host
        self.context = BuildContext(
            config=config,
            content_dir=(content_dir or config.content_dir).resolve(),
            output_dir=(output_dir or config.output_dir).resolve(),
            outputs=set(outputs if outputs is not None else config.data["outputs"]),
            drafts=bool(config.data.get("drafts")) if drafts is None else drafts,
            strict=strict,
            debug=debug,
        )
        self.progress = progress
        self._suffixes: set[str] | None = None

    # -- discovery -------------------------------------------------------------------
    @property
    def suffixes(self) -> set[str]:
        if self._suffixes is None:
            found: set[str] = set()
            for _name, result in self.host.call("perskamer_source_suffixes"):
                found.update(s.lower() for s in result)
            self._suffixes = found
        return self._suffixes

    def discover(self) -> tuple[list[Path], list[Problem]]:
        """Report files in the content folder, sorted; problems for unknown files."""
        root = self.context.content_dir
        problems: list[Problem] = []
        found: list[Path] = []
        if not root.is_dir():
            problems.append(
                Problem("error", f"the content folder {root} does not exist", hint="create it or set 'content:' in the config")
            )
            return found, problems
        for folder, dirs, files in os.walk(root):
            rel_folder = Path(folder).relative_to(root)
            dirs[:] = sorted(d for d in dirs if not is_ignored([d]))
            for name in sorted(files):
                rel_parts = (*rel_folder.parts, name)
                if is_ignored(rel_parts):
                    continue
                path = Path(folder) / name
                suffix = path.suffix.lower()
                if suffix in self.suffixes:
                    found.append(path)
                elif suffix not in ASSET_SUFFIXES:
                    known = ", ".join(sorted(self.suffixes))
                    problems.append(
                        Problem(
                            "warning",
                            f"not a report: unknown file type '{suffix or name}'",
                            file=self.rel(path),
                            hint=f"reports are {known}; images are used as photos; other files are ignored",
                        )
                    )
        return found, problems

    def rel(self, path: Path) -> str:
        try:
            return path.resolve().relative_to(self.context.content_dir).as_posix()
        except ValueError:
            return str(path)

    # -- per report ------------------------------------------------------------------
    def load_source(self, path: Path) -> Source | Problem:
        rel = self.rel(path)
        limit = self.config.max_source_bytes
        try:
            st = path.stat()
            if not stat.S_ISREG(st.st_mode):
                return Problem("error", "not a regular file", file=rel)
            if st.st_size > limit:
                return Problem(
                    "error",
                    f"the file is {st.st_size / 1e6:.1f} MB; reports may be at most {limit / 1e6:.0f} MB",
                    file=rel,
                    hint="a report is text plus one photo: compress or remove large images, or raise limits.max_source_mb",
                )
            with open(path, "rb") as handle:
                data = handle.read(limit + 1)
        except FileNotFoundError:
            return Problem("error", "the file disappeared while it was being read", file=rel, hint="it will be read again when it is back")
        except OSError as exc:
            return Problem("error", f"cannot read the file: {exc.strerror or exc}", file=rel)
        if len(data) > limit:
            return Problem("error", "the file grew beyond the size limit while it was read", file=rel)
        if not data.strip():
            return Problem("error", "the file is empty", file=rel, hint="fill in the report form or remove the file")
        return Source(path=path, rel=rel, data=data)

    def process(self, path: Path) -> ReportOutcome:
        """Read, validate and transform one source."""
        loaded = self.load_source(path)
        if isinstance(loaded, Problem):
            return ReportOutcome(loaded.file or self.rel(path), "failed", problems=[loaded])
        source = loaded
        problems: list[Problem] = []
        results = self.host.call("perskamer_read_source", problems=problems, about=source.rel, first=True, source=source, context=self.context)
        if not results:
            if not problems:
                problems.append(Problem("error", "no reader could read this file", file=source.rel))
            return ReportOutcome(source.rel, "failed", problems=problems)
        report: Report = results[0][1]
        report.problems[:0] = problems
        for _name, found in self.host.call("perskamer_validate_report", problems=report.problems, about=source.rel, report=report, context=self.context):
            report.problems.extend(found)
        if report.has_errors:
            return ReportOutcome(source.rel, "failed", report=report, problems=report.problems)
        report = self.host.call_chain("perskamer_transform_report", report, problems=report.problems, about=source.rel, context=self.context)
        if report.has_errors:
            return ReportOutcome(source.rel, "failed", report=report, problems=report.problems)
        if report.is_draft and not self.context.drafts:
            return ReportOutcome(source.rel, "draft", report=report, problems=report.problems)
        return ReportOutcome(source.rel, "built", report=report, problems=report.problems)

    # -- whole build -----------------------------------------------------------------
    def process_all(self, paths: list[Path]) -> list[ReportOutcome]:
        outcomes = []
        for i, path in enumerate(paths, 1):
            outcomes.append(self.process(path))
            if self.progress:
                self.progress(i, len(paths))
        return outcomes

    def render(self, reports: list[Report], problems: list[Problem]) -> list[Artifact]:
        artifacts: list[Artifact] = []
        for report in reports:
            for _name, found in self.host.call("perskamer_render_report", problems=problems, about=report.source, report=report, context=self.context):
                for artifact in found:
                    artifact.report = artifact.report or report.slug
                artifacts.extend(found)
        for _name, found in self.host.call("perskamer_render_collection", problems=problems, reports=reports, context=self.context):
            artifacts.extend(found)
        return artifacts

    def guard_and_write(self, artifacts: list[Artifact], reports: list[Report], result: BuildResult, keep: set[str]) -> None:
        tree = OutputTree.open(self.context.output_dir)
        seen: dict[str, str] = {}
        written_paths: set[str] = set()
        for artifact in artifacts:
            if artifact.path in seen:
                result.problems.append(
                    Problem("error", f"two outputs claim {artifact.path} ({seen[artifact.path]} and {artifact.output})", hint="rename one of the outputs")
                )
                continue
            seen[artifact.path] = artifact.output
            try:
                text = artifact.text_for_scan()
            except Exception as exc:  # a producer failed
                result.problems.append(Problem("error", f"could not render {artifact.path}: {type(exc).__name__}: {exc}", plugin=artifact.output or None))
                continue
            found: list[Problem] = []
            for _name, issues in self.host.call(
                "perskamer_inspect_artifact", problems=found, about=artifact.path, artifact=artifact, text=text, reports=reports, context=self.context
            ):
                found.extend(issues)
            result.problems.extend(found)
            if any(p.severity == "error" for p in found):
                result.blocked.append(artifact.path)
                continue
            try:
                if tree.write(artifact.path, artifact.get_bytes()):
                    result.written.append(artifact.path)
                else:
                    result.unchanged += 1
                written_paths.add(artifact.path)
            except UnsafePath as exc:
                result.problems.append(Problem("error", str(exc), plugin=artifact.output or None))
            except OSError as exc:
                result.problems.append(Problem("error", f"cannot write {artifact.path}: {exc.strerror or exc}"))
        # Keep what we could not rebuild this time (a blocked artefact, a failed
        # report's last good pages): better stale than gone.
        keep_paths = written_paths | set(result.blocked) | {p for p in tree.manifest if _belongs_to(p, keep)}
        result.removed = tree.remove_except(keep_paths)
        tree.save()

    def build(self) -> BuildResult:
        start = time.perf_counter()
        result = BuildResult()
        result.problems.extend(self.host.load_problems)
        self.host.call("perskamer_build_started", problems=result.problems, context=self.context)
        paths, problems = self.discover()
        result.problems.extend(problems)
        result.outcomes = self.process_all(paths)
        reports = sorted(result.reports, key=report_sort_key)
        clashing = _clashing_slugs(reports, result)
        reports = [r for r in reports if r.slug not in clashing]
        artifacts = self.render(reports, result.problems)
        failed_slugs = {o.report.slug for o in result.failed if o.report is not None}
        self.guard_and_write(artifacts, reports, result, keep=failed_slugs)
        result.seconds = time.perf_counter() - start
        self.host.call("perskamer_build_finished", problems=result.problems, context=self.context, result=result)
        return result


def report_sort_key(report: Report) -> tuple[str, str, str]:
    return (report.date.isoformat() if report.date else "9999", report.title.casefold(), report.slug)


def _belongs_to(path: str, slugs: set[str]) -> bool:
    """Whether an output path is one of a report's own artefacts (by its slug)."""
    name = path.rsplit("/", 1)[-1]
    stem = name.split(".", 1)[0]
    return stem in slugs or any(f"/{slug}/" in f"/{path}" for slug in slugs)


def _clashing_slugs(reports: list[Report], result: BuildResult) -> set[str]:
    """Slugs two reports share: both are held back (and named) rather than one overwriting the other."""
    clashing: set[str] = set()
    seen: dict[str, Report] = {}
    for report in reports:
        other = seen.get(report.slug)
        if other is not None:
            result.problems.append(
                Problem(
                    "error",
                    f"two reports would be published as '{report.slug}' ({other.source} and {report.source})",
                    file=report.source,
                    hint="rename one of the files",
                )
            )
            clashing.add(report.slug)
        seen[report.slug] = report
    return clashing
