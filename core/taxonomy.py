"""The congress's ambition themes: loading, validating and querying the taxonomy file.

A taxonomy is a YAML file (``config/ambitions.yaml`` in a workspace; the packaged
default is ``perskamer.defaults/ambitions.yaml``) listing the themes in order, each
with an id, a Dutch label, a one-line description and the words that point to it.
Another congress swaps in its own file; no code knows the themes.

The term *patterns* are part of the file format, so they are parsed (and their errors
reported with a line) here; matching them against text is the tagger plugin's job.

Pattern syntax, one pattern per list item (see docs/tagging.md)::

    vrijwilliger*          # a word: * = any letters, ? = one letter
    mentaal welzijn        # a phrase: words in this order, matched after stemming
    ?*lokalen              # a compound ending in "lokalen" (jeugdlokalen, chirolokalen)
    =lokaal                # '=': this exact form only, no stemming (not "lokale")
    het|ons|hun lokaal     # '|': alternatives for one word
    mee * beslissen        # a lone '*': any one word in between

Case and diacritics never matter ("geïntegreerd" = "geintegreerd").
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal

from .fold import fold
from .model import Problem
from .schemacheck import schema_errors
from .yamlutil import LoadedYaml, YamlError, load_yaml

#: Files larger than this are refused (a taxonomy is a few kilobytes).
MAX_TAXONOMY_BYTES = 1_000_000

TermKind = Literal["name", "term", "weak"]


class TaxonomyError(ValueError):
    """A taxonomy file that cannot be used.

    ``problems`` holds every problem found (the first one is also the message), each
    with the file, line, field and a hint.
    """

    def __init__(self, message: str, *, file: str | None = None, line: int | None = None,
                 field: str | None = None, hint: str | None = None, problems: list[Problem] | None = None):
        self.message = message
        self.file = file
        self.line = line
        self.field = field
        self.hint = hint
        self.problems = problems or [self.problem()]
        text = self.problems[0].format()
        if len(self.problems) > 1:
            text += "".join("\n" + p.format() for p in self.problems[1:])
        super().__init__(text)

    def problem(self) -> Problem:
        return Problem("error", self.message, file=self.file, line=self.line, field=self.field, hint=self.hint)

    @classmethod
    def from_problems(cls, problems: list[Problem]) -> TaxonomyError:
        first = problems[0]
        return cls(first.message, file=first.file, line=first.line, field=first.field, hint=first.hint,
                   problems=problems)


# --- text normalisation and patterns -------------------------------------------------


WordKind = Literal["stem", "exact", "glob", "any"]


@dataclass(frozen=True)
class WordAlt:
    """One alternative for one word of a pattern, already folded."""

    kind: WordKind
    text: str


@dataclass(frozen=True)
class PatternWord:
    alts: tuple[WordAlt, ...]

    @property
    def is_gap(self) -> bool:
        return len(self.alts) == 1 and self.alts[0].kind == "any"


_PATTERN_CHUNK = re.compile(r"[\w*?|=]+")
_WORD_CHARS = re.compile(r"^=?[\w*?]+$")


class PatternError(ValueError):
    def __init__(self, message: str, hint: str | None = None):
        super().__init__(message)
        self.hint = hint


@lru_cache(maxsize=4096)
def parse_pattern(pattern: str) -> tuple[PatternWord, ...]:
    """Split a term pattern into words; raise :class:`PatternError` when it is malformed.

    Hyphens, apostrophes and other punctuation separate words exactly as they do in
    report text ("e-sports" is the two words "e sports").
    """
    words: list[PatternWord] = []
    for chunk in _PATTERN_CHUNK.findall(fold(pattern)):
        alts: list[WordAlt] = []
        for alt in chunk.split("|"):
            if not alt:
                raise PatternError(f"empty alternative in {pattern!r}", "write 'a|b', with a word on both sides of '|'")
            if not _WORD_CHARS.match(alt) or "=" in alt[1:]:
                raise PatternError(f"'=' may only start a word, in {pattern!r}", "write '=lokaal' for the exact form")
            if alt == "*":
                alts.append(WordAlt("any", "*"))
            elif alt.startswith("="):
                if any(c in alt for c in "*?"):
                    raise PatternError(f"'=' and wildcards cannot be combined in {pattern!r}")
                alts.append(WordAlt("exact", alt[1:]))
            elif any(c in alt for c in "*?"):
                if not re.search(r"\w", alt.replace("_", "")):
                    raise PatternError(f"a wildcard needs at least one letter in {pattern!r}")
                alts.append(WordAlt("glob", alt))
            else:
                alts.append(WordAlt("stem", alt))
        if any(a.kind == "any" for a in alts) and len(alts) > 1:
            raise PatternError(f"a lone '*' cannot have alternatives in {pattern!r}")
        words.append(PatternWord(tuple(alts)))
    if not words:
        raise PatternError(f"the pattern {pattern!r} has no words", "write at least one word")
    if words[0].is_gap or words[-1].is_gap:
        raise PatternError(f"a pattern cannot start or end with a lone '*': {pattern!r}",
                           "use 'word*' for a word that continues, or drop the '*'")
    return tuple(words)


# --- the model -----------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    """A pattern that points to a theme, with its weight.

    ``kind`` is ``name`` (an explicit name of the theme, the strongest evidence),
    ``term`` (specific to the theme) or ``weak`` (ambiguous: it only adds to a theme
    that specific terms already support).
    """

    pattern: str
    weight: float
    kind: TermKind
    line: int | None = None

    @property
    def words(self) -> tuple[PatternWord, ...]:
        return parse_pattern(self.pattern)


@dataclass(frozen=True)
class Exclusion:
    """Where a theme's terms do not count.

    Without ``near``: text matching ``pattern`` cancels the theme's matches that overlap
    it ("lokaal bestuur" is not a youth building). With ``near``: a match of the theme
    containing a word that matches ``pattern`` is cancelled when its sentence also holds
    one of the ``near`` words ("kruispunt" next to "verkeerslichten" is a crossroads in
    the street).
    """

    pattern: str
    near: tuple[str, ...] = ()
    line: int | None = None


@dataclass(frozen=True)
class Ambition:
    """One ambition theme of the congress."""

    id: str
    label: str
    description: str
    names: tuple[Term, ...] = ()
    terms: tuple[Term, ...] = ()
    weak: tuple[Term, ...] = ()
    exclude: tuple[Exclusion, ...] = ()
    url: str | None = None
    line: int | None = None

    @property
    def all_terms(self) -> tuple[Term, ...]:
        return self.names + self.terms + self.weak


@dataclass(frozen=True)
class Taxonomy:
    """The ordered ambition themes, plus the file's ``settings:`` block.

    ``settings`` is passed on as written (a read-only mapping): its keys belong to the
    plugins that use the taxonomy (the tagger's: docs/tagging.md), which validate them,
    with :meth:`line_of` for their messages.
    """

    ambitions: tuple[Ambition, ...]
    settings: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    title: str | None = None
    source: str = "<default>"
    lines: LoadedYaml | None = field(default=None, compare=False, repr=False)

    def line_of(self, path: list[Any]) -> int | None:
        """The line in the taxonomy file of a key path (``["settings", "threshold"]``), if known."""
        return self.lines.line_of(path) if self.lines is not None else None

    def __iter__(self) -> Iterator[Ambition]:
        return iter(self.ambitions)

    def __len__(self) -> int:
        return len(self.ambitions)

    def __contains__(self, ambition_id: object) -> bool:
        return any(a.id == ambition_id for a in self.ambitions)

    def __getitem__(self, ambition_id: str) -> Ambition:
        found = self.get(ambition_id)
        if found is None:
            raise KeyError(ambition_id)
        return found

    def get(self, ambition_id: str) -> Ambition | None:
        """The theme with this id, or ``None``."""
        for a in self.ambitions:
            if a.id == ambition_id:
                return a
        return None

    @property
    def ids(self) -> list[str]:
        return [a.id for a in self.ambitions]

    def index(self, ambition_id: str) -> int:
        """The position of a theme in the taxonomy (for sorting); ``len(self)`` if unknown."""
        for i, a in enumerate(self.ambitions):
            if a.id == ambition_id:
                return i
        return len(self.ambitions)

    def resolve(self, value: str) -> Ambition | None:
        """The theme a reporter or editor meant: an id, a label or an explicit name.

        Case, diacritics, '&' and a leading 'de' do not matter ("De stem van kinderen &
        jongeren", "stem-van-kinderen-en-jongeren" and "Mentaal Welzijn" all resolve).
        """
        key = _loose_key(value)
        if not key:
            return None
        for a in self.ambitions:
            if key in (_loose_key(a.id), _loose_key(a.label)):
                return a
        for a in self.ambitions:
            for t in a.names:
                if "*" not in t.pattern and "|" not in t.pattern and key == _loose_key(t.pattern):
                    return a
        return None

    def suggest(self, value: str) -> str | None:
        """The closest id to a mistyped ``value`` (for "did you mean" hints)."""
        close = difflib.get_close_matches(str(value), self.ids, n=1, cutoff=0.5)
        return close[0] if close else None


def _loose_key(value: str) -> str:
    words = re.findall(r"\w+", fold(str(value)).replace("&", " en "))
    if words and words[0] == "de":
        words = words[1:]
    return " ".join(words)


# --- loading ---------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _schema() -> dict[str, Any]:
    text = resources.files("perskamer.schemas").joinpath("ambitions.schema.json").read_text(encoding="utf-8")
    return json.loads(text)


def load_taxonomy(path: Path | None) -> Taxonomy:
    """Read and validate a taxonomy file; ``None`` gives the packaged default.

    Raises :class:`TaxonomyError` (file, line, field, hint) when the file cannot be
    read or does not follow the format.
    """
    if path is None:
        return _default_taxonomy()
    display = str(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise TaxonomyError(f"cannot read the ambition taxonomy: {exc.strerror or exc}", file=display,
                            hint="check the 'ambitions:' path in perskamer.yaml") from None
    # The same bytes give the same (frozen) taxonomy: a build checks the file when the
    # workspace opens and reads it again for its first report (parsing and validating
    # it twice cost ~30 ms before the workers start).
    known = _LOADED.get(display)
    if known is not None and known[0] == raw:
        return known[1]
    taxonomy = parse_taxonomy(raw, source=display)
    _LOADED.clear()  # (one file in use at a time; a changed file replaces it)
    _LOADED[display] = (raw, taxonomy)
    return taxonomy


#: The last taxonomy read from a file: its path, bytes and parsed result (see load_taxonomy).
_LOADED: dict[str, tuple[bytes, Taxonomy]] = {}


@lru_cache(maxsize=1)
def _default_taxonomy() -> Taxonomy:
    ref = resources.files("perskamer.defaults").joinpath("ambitions.yaml")
    return parse_taxonomy(ref.read_bytes(), source="<default ambitions.yaml>")


def parse_taxonomy(raw: bytes | str, *, source: str = "<taxonomy>") -> Taxonomy:
    """Parse taxonomy YAML (bytes or text); ``source`` names the file in messages."""
    if isinstance(raw, bytes):
        if len(raw) > MAX_TAXONOMY_BYTES:
            raise TaxonomyError("the ambition taxonomy is larger than 1 MB", file=source,
                                hint="a taxonomy lists a few themes with their words; is this the right file?")
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise TaxonomyError(f"the ambition taxonomy is not UTF-8 text (byte {exc.start})", file=source,
                                hint="save it as UTF-8") from None
    else:
        text = raw
    try:
        loaded = load_yaml(text)
    except YamlError as exc:
        raise TaxonomyError(exc.message, file=source, line=exc.line, hint=exc.hint) from None
    if not isinstance(loaded.data, dict):
        raise TaxonomyError("the ambition taxonomy should be a mapping with an 'ambitions:' list", file=source, line=1,
                            hint="start with 'ambitions:' followed by one '- id: ...' item per theme")
    problems = _validate(loaded, source)
    if problems:
        raise TaxonomyError.from_problems(problems)
    return _build(loaded, source)


def _dotted(path: Any) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _schema_problem(error: Any, loaded: LoadedYaml, source: str) -> Problem:
    path = list(error.absolute_path)
    line = loaded.line_of(path)
    fieldname = _dotted(path) or None
    hint: str | None = None
    message = error.message
    validator = error.validator
    if validator == "additionalProperties":
        allowed = list((error.schema.get("properties") or {}).keys())
        extra = [k for k in (error.instance or {}) if k not in allowed]
        if extra:
            key = extra[0]
            line = loaded.line_of([*path, key])
            fieldname = _dotted([*path, key])
            message = f"unknown key '{key}'"
            close = difflib.get_close_matches(str(key), allowed, n=1)
            hint = f"did you mean '{close[0]}'?" if close else f"allowed here: {', '.join(allowed)}"
    elif validator == "required":
        missing = re.findall(r"'([^']+)' is a required property", error.message)
        key = missing[0] if missing else "?"
        message = f"'{key}' is missing"
        hint = f"add '{key}:'" + (" (" + error.schema["properties"][key]["description"] + ")"
                                  if "description" in (error.schema.get("properties") or {}).get(key, {}) else "")
    elif validator == "type":
        want = error.schema.get("type")
        message = f"expected {want if isinstance(want, str) else ' or '.join(want)}, got {type(error.instance).__name__}"
        hint = error.schema.get("description")
    elif validator == "pattern":
        message = f"{error.instance!r} is not a valid value here"
        hint = error.schema.get("description") or f"it should match {error.schema.get('pattern')}"
    elif validator in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minItems", "maxItems",
                       "minLength", "maxLength", "minProperties", "maxProperties"):
        hint = error.schema.get("description")
    elif validator in ("oneOf", "anyOf"):
        hint = error.schema.get("description") or "see docs/tagging.md for the format"
        message = f"{error.instance!r} is not valid here"
    return Problem("error", message, file=source, line=line, field=fieldname, hint=hint)


def _validate(loaded: LoadedYaml, source: str) -> list[Problem]:
    data = loaded.data
    errors = sorted(schema_errors(data, _schema()), key=lambda e: (loaded.line_of(list(e.absolute_path)) or 0))
    problems = [_schema_problem(e, loaded, source) for e in errors]
    if problems:
        return _merge_misspelt(problems)

    # What a JSON schema cannot say: unique ids and labels, pattern syntax, section names.
    seen_ids: dict[str, int | None] = {}
    seen_labels: dict[str, int | None] = {}
    for i, amb in enumerate(data["ambitions"]):
        line = loaded.line_of(["ambitions", i, "id"])
        if amb["id"] in seen_ids:
            problems.append(Problem("error", f"the id '{amb['id']}' is used twice (first on line {seen_ids[amb['id']]})",
                                    file=source, line=line, field=f"ambitions[{i}].id",
                                    hint="every theme needs its own id; it becomes the address of its page"))
        seen_ids.setdefault(amb["id"], line)
        label_key = fold(amb["label"])
        if label_key in seen_labels:
            problems.append(Problem("error", f"the label '{amb['label']}' is used twice", file=source,
                                    line=loaded.line_of(["ambitions", i, "label"]), field=f"ambitions[{i}].label",
                                    hint="readers tell the themes apart by their labels"))
        seen_labels.setdefault(label_key, line)
        for kind in ("names", "terms", "weak"):
            for j, item in enumerate(amb.get(kind) or []):
                pattern = item if isinstance(item, str) else next(iter(item))
                _check_pattern(pattern, loaded, ["ambitions", i, kind, j], source, problems)
        for j, item in enumerate(amb.get("exclude") or []):
            if isinstance(item, str):
                _check_pattern(item, loaded, ["ambitions", i, "exclude", j], source, problems)
            else:
                _check_pattern(item["term"], loaded, ["ambitions", i, "exclude", j, "term"], source, problems)
                for k, near in enumerate(item.get("near") or []):
                    _check_pattern(near, loaded, ["ambitions", i, "exclude", j, "near", k], source, problems)
                    if _pattern_ok(near) and len(parse_pattern(near)) > 1:
                        problems.append(Problem("error", f"'near' words are single words, not phrases: {near!r}",
                                                file=source, line=loaded.line_of(["ambitions", i, "exclude", j, "near", k]),
                                                field=f"ambitions[{i}].exclude[{j}].near[{k}]",
                                                hint="list each word on its own line"))
        if not (amb.get("names") or amb.get("terms")):
            problems.append(Problem("error", f"the theme '{amb['id']}' has no names and no terms",
                                    file=source, line=line, field=f"ambitions[{i}]",
                                    hint="give at least its name under 'names:' so the tagger can find it"))
    return problems


def _merge_misspelt(problems: list[Problem]) -> list[Problem]:
    """Drop "'label' is missing" when the same mapping has "unknown key 'lable'"."""
    unknown: dict[str, list[str]] = {}
    for p in problems:
        if p.message.startswith("unknown key '") and p.field:
            parent, _, key = p.field.rpartition(".")
            unknown.setdefault(parent, []).append(key)
    out = []
    for p in problems:
        m = re.fullmatch(r"'(.+)' is missing", p.message)
        if m and difflib.get_close_matches(m.group(1), unknown.get(p.field or "", []), n=1):
            continue
        out.append(p)
    return out


def _pattern_ok(pattern: str) -> bool:
    try:
        parse_pattern(pattern)
    except PatternError:
        return False
    return True


def _check_pattern(pattern: str, loaded: LoadedYaml, path: list[Any], source: str, problems: list[Problem]) -> None:
    try:
        parse_pattern(pattern)
    except PatternError as exc:
        problems.append(Problem("error", str(exc), file=source, line=loaded.line_of(path), field=_dotted(path),
                                hint=exc.hint or "see 'Pattern syntax' in docs/tagging.md"))


def _terms(items: list[Any] | None, kind: TermKind, default_weight: float, loaded: LoadedYaml,
           path: list[Any]) -> tuple[Term, ...]:
    out: list[Term] = []
    for j, item in enumerate(items or []):
        if isinstance(item, str):
            pattern, weight = item, default_weight
        else:
            pattern, weight = next(iter(item.items()))
        out.append(Term(pattern=str(pattern), weight=float(weight), kind=kind, line=loaded.line_of([*path, j])))
    return tuple(out)


#: The weight of a list item written without one.
DEFAULT_WEIGHTS: dict[TermKind, float] = {"name": 3.0, "term": 1.0, "weak": 0.5}


def _build(loaded: LoadedYaml, source: str) -> Taxonomy:
    data = loaded.data
    ambitions: list[Ambition] = []
    for i, amb in enumerate(data["ambitions"]):
        base = ["ambitions", i]
        excludes: list[Exclusion] = []
        for j, item in enumerate(amb.get("exclude") or []):
            line = loaded.line_of([*base, "exclude", j])
            if isinstance(item, str):
                excludes.append(Exclusion(item, (), line))
            else:
                excludes.append(Exclusion(item["term"], tuple(item.get("near") or ()), line))
        ambitions.append(
            Ambition(
                id=amb["id"],
                label=amb["label"].strip(),
                description=amb["description"].strip(),
                names=_terms(amb.get("names"), "name", DEFAULT_WEIGHTS["name"], loaded, [*base, "names"]),
                terms=_terms(amb.get("terms"), "term", DEFAULT_WEIGHTS["term"], loaded, [*base, "terms"]),
                weak=_terms(amb.get("weak"), "weak", DEFAULT_WEIGHTS["weak"], loaded, [*base, "weak"]),
                exclude=tuple(excludes),
                url=amb.get("url"),
                line=loaded.line_of(base),
            )
        )
    settings = MappingProxyType(dict(data.get("settings") or {}))
    return Taxonomy(ambitions=tuple(ambitions), settings=settings, title=data.get("title"), source=source,
                    lines=loaded)
