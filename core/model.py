"""The data that flows through the pipeline: reports, quotes, problems, artefacts.

Plain dataclasses, no behaviour beyond small conveniences, so plugins can build and
inspect them freely and the build cache can pickle them.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

#: The sections of the reporter form, in form order.
SECTION_IDS: tuple[str, ...] = ("summary", "ambitions", "quotes", "surprise", "questions", "photo")

#: Dutch labels used when publishing the sections.
SECTION_LABELS: dict[str, str] = {
    "summary": "Wat er gebeurde",
    "ambitions": "De ambities",
    "quotes": "Quotes",
    "surprise": "Wat verraste",
    "questions": "Vragen en reacties",
    "photo": "Sfeerbeeld",
}

Severity = Literal["error", "warning", "info"]


@dataclass
class Problem:
    """Something wrong (or worth knowing) about a source, a report, config or an artefact.

    ``file`` is the path as the user knows it (relative to the content folder when
    possible). ``hint`` tells how to fix it, in plain words.
    """

    severity: Severity
    message: str
    file: str | None = None
    line: int | None = None
    field: str | None = None
    hint: str | None = None
    plugin: str | None = None
    #: Set by the core when a plugin raised (its result is not cached: the crash may not repeat).
    crashed: bool = False
    #: The report (source path) a problem found in a shared artefact was traced to.
    report: str | None = None

    def location(self) -> str:
        loc = self.file or "<workspace>"
        if self.line is not None:
            loc += f":{self.line}"
        return loc

    def format(self) -> str:
        """One line for a terminal or a log; control characters from files are shown escaped."""
        from .textsafe import printable, printable_line

        parts = [f"{printable_line(self.location())}: {self.severity}: "]
        if self.field:
            parts.append(f"[{printable_line(self.field)}] ")
        parts.append(printable(self.message))
        if self.hint:
            parts.append(f" (hint: {printable(self.hint)})")
        if self.plugin:
            parts.append(f" [plugin {printable_line(self.plugin)}]")
        return "".join(parts)

    def to_dict(self) -> dict[str, Any]:
        return {
            "severity": self.severity,
            "message": self.message,
            "file": self.file,
            "line": self.line,
            "field": self.field,
            "hint": self.hint,
            "plugin": self.plugin,
        }


@dataclass
class Quote:
    """One quote from the quotes section.

    ``speaker`` is the name given in the attribution (``None`` when none is given);
    ``attribution`` is the full attribution as written (e.g. ``Yasmina El Khatib (vzw
    De Overstap)``); ``affiliation`` the part in brackets, if any. The anonymiser works
    on all three.
    """

    text: str
    speaker: str | None = None
    attribution: str | None = None
    affiliation: str | None = None
    line: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "speaker": self.speaker,
            "attribution": self.attribution,
            "affiliation": self.affiliation,
        }


@dataclass
class Photo:
    """The report's atmosphere picture ("sfeerbeeld").

    Either ``src`` (a path relative to the content folder, read by the core through
    :meth:`perskamer.context.BuildContext.read_asset`) or ``data`` (bytes a reader
    extracted, e.g. from a DOCX) is set.
    """

    alt: str = ""
    src: str | None = None
    data: bytes | None = None
    media_type: str | None = None
    caption: str | None = None
    filename: str | None = None


@dataclass
class AmbitionTag:
    """A congress ambition a report speaks to, with the evidence that led to it."""

    id: str
    label: str
    score: float
    evidence: list[dict[str, Any]] = field(default_factory=list)
    source: str = "tagger"  # "tagger", "reporter", "editor" or "suggested"
    #: for a suggested theme (no theme was sure enough): how close it came, 0..1
    confidence: float | None = None

    def to_dict(self) -> dict[str, Any]:
        out = {"id": self.id, "label": self.label, "score": round(self.score, 3), "evidence": self.evidence}
        if self.source == "suggested":
            out["suggested"] = True
        if self.confidence is not None:
            out["confidence"] = round(self.confidence, 2)
        return out


@dataclass
class Report:
    """One session report, from whichever source format it came.

    ``sections`` maps a section id (see :data:`SECTION_IDS`) to Markdown text. ``meta``
    holds the remaining front matter / form metadata: ``session``, ``reporter``,
    ``speakers``, ``status``, ``highlight``, ``ambitions`` (as declared by the
    reporter), and anything a reader adds. ``private`` holds data that must never be
    published (e.g. the anonymiser's replacement log); outputs must not read it.
    """

    source: str
    slug: str
    format: str
    title: str = ""
    date: _dt.date | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    sections: dict[str, str] = field(default_factory=dict)
    section_lines: dict[str, int] = field(default_factory=dict)
    quotes: list[Quote] = field(default_factory=list)
    photo: Photo | None = None
    ambitions: list[AmbitionTag] = field(default_factory=list)
    #: the best theme when none was sure enough to be a tag: shown to editors, published
    #: only when confirmed (``ambitions_override``) or the workspace opts in
    ambition_suggestion: AmbitionTag | None = None
    problems: list[Problem] = field(default_factory=list)
    private: dict[str, Any] = field(default_factory=dict)
    #: what outputs publish as the report's source file (``None``: ``source``); a transform
    #: sets a neutral one when the file's path must not be published (the anonymiser does,
    #: with ``scope: all``, for a file name that holds a name; it then changes ``slug`` too)
    public_source: str | None = None

    @property
    def published_source(self) -> str:
        """The source path outputs may publish (``public_source``, else ``source``)."""
        return self.public_source or self.source

    @property
    def status(self) -> str:
        return str(self.meta.get("status") or "published")

    @property
    def is_draft(self) -> bool:
        return self.status == "draft"

    def problem(self, severity: Severity, message: str, **kwargs: Any) -> Problem:
        """Record a problem about this report and return it."""
        kwargs.setdefault("file", self.source)
        p = Problem(severity, message, **kwargs)
        self.problems.append(p)
        return p

    @property
    def has_errors(self) -> bool:
        return any(p.severity == "error" for p in self.problems)


@dataclass
class Source:
    """A file in the content folder, as the core hands it to reader plugins.

    The core does the I/O (with size limits); readers only parse ``data``.
    """

    path: Path
    rel: str
    data: bytes

    @property
    def suffix(self) -> str:
        return self.path.suffix.lower()

    @property
    def stem(self) -> str:
        return self.path.stem


@dataclass(frozen=True)
class Publication:
    """Something an output publishes that other outputs may find and link to.

    Outputs announce these with ``perskamer_publications``; the core keeps those of
    the outputs built this time on the context (``context.publications``), and every
    output finds the others through it (``context.url(kind)``,
    ``context.report_url(report)``, ``context.downloads()``) instead of knowing their
    file names. ``path`` is relative to the output folder; a path with ``{slug}`` is
    one file per report. ``label`` is the Dutch link text for readers (``""``: not a
    download readers are offered, such as the JSON data).

    Kinds the built-in outputs use: ``page`` (a report's web page), ``index`` (the
    site's home page), ``data`` and ``data-index`` (JSON), ``pdf`` (a report's PDF),
    ``bundle`` (all reports in one PDF), ``digest`` (the newsletter preview). A feed
    could use ``feed``.
    """

    kind: str
    path: str
    output: str
    label: str = ""
    media_type: str | None = None

    @property
    def per_report(self) -> bool:
        return "{slug}" in self.path

    def path_for(self, slug: str | None = None) -> str:
        """The path of this publication (of report ``slug`` for a per-report one)."""
        return self.path.replace("{slug}", slug or "") if self.per_report else self.path


@dataclass
class Artifact:
    """One output file: a path relative to the output folder and its bytes.

    Give ``data`` or a ``producer`` (called once, when the core writes the
    artefact; use it for slow outputs so a dry run stays cheap). ``report`` is the
    slug of the report it belongs to (``None`` for collection artefacts); ``output``
    the output name (``html``, ``json``, ``pdf``...). ``scan_text`` is what the leak
    guard scans when the bytes are not text (a PDF plugin passes the HTML it printed);
    by default the data is decoded as UTF-8. A producer may set ``scan_text`` while it
    works (a collection that is only assembled when it is written, such as the PDF
    bundle, knows what it printed only then).
    """

    path: str
    data: bytes | None = None
    producer: Callable[[], bytes] | None = None
    output: str = ""
    report: str | None = None
    media_type: str | None = None
    scan_text: str | None = None
    #: A set of files whose names are known only once they are made (a search index):
    #: ``path`` is their folder (ending in ``/``) and ``expand`` returns them, every one
    #: under it. The core treats the set like a slow artefact (watch makes it in the
    #: slow lane) and, once it is written, removes the files of the folder it no longer holds.
    expand: Callable[[], list[Artifact]] | None = None
    #: The per-report parts a collection artefact embeds, as ``(slug, text)`` pairs in the
    #: order they appear in :meth:`text_for_scan` (a report's card on the index): the
    #: guard reads each once as that report's own text and the rest of the artefact
    #: whole (see ``perskamer.fragments``). ``None``: the guard reads the artefact whole.
    fragments: list[tuple[str, str]] | None = None

    def text_for_scan(self) -> str:
        """What the leak guard reads: ``scan_text`` if set (by the plugin or its producer), else the bytes as UTF-8."""
        if self.scan_text is None and self.data is None:
            self.get_bytes()
        if self.scan_text is not None:
            return self.scan_text
        return self.get_bytes().decode("utf-8", errors="replace")

    def get_bytes(self) -> bytes:
        if self.data is None:
            if self.producer is None:
                raise ValueError(f"artefact {self.path} has neither data nor a producer")
            self.data = self.producer()
            self.producer = None
        return self.data
