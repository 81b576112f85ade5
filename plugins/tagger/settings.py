"""The tagger's settings: its defaults, the taxonomy's ``settings:`` block, the workspace options.

The core loads and validates the taxonomy file generically and hands its ``settings:``
block over as a plain mapping (:attr:`perskamer.taxonomy.Taxonomy.settings`); what the
keys mean (weights, thresholds, the Dutch cue lists) is this plugin's business. A
workspace overrides them under ``tagging:`` in perskamer.yaml (:data:`TAGGING_SCHEMA`).
"""

from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from perskamer.model import SECTION_IDS, Problem
from perskamer.taxonomy import PatternError, Taxonomy, TaxonomyError, parse_pattern

#: Section ids a weight may be given for: the form sections plus the report title.
WEIGHTED_SECTIONS: tuple[str, ...] = ("title", *SECTION_IDS)

DEFAULT_SECTION_WEIGHTS: dict[str, float] = {
    "title": 2.0,
    "summary": 1.0,
    "ambitions": 3.0,
    "quotes": 0.6,
    "surprise": 0.8,
    "questions": 0.6,
    "photo": 0.2,
}

#: Words that mark the central theme when they stand next to its name in the ambitions
#: answer ("Vooral de ambitie rond vrijwillig engagement", "... stond centraal").
DEFAULT_MAIN_CUES: tuple[str, ...] = (
    "centraal", "vooral", "voornamelijk", "hoofdzakelijk", "hoofdthema", "hoofdzaak", "in de eerste plaats",
    "helemaal over", "draaide om|rond", "rode draad", "uiteraard", "natuurlijk", "vanzelfsprekend",
)
#: Words that introduce a theme by one of its terms ("de ambitie rond vrijwilligers"): a
#: specific term right after one of them counts as a name of its theme.
DEFAULT_NAME_FRAMES: tuple[str, ...] = (
    "ambitie|ambities|thema rond|over|van|inzake|omtrent|voor",
    "ambitie|ambities|thema rond|over|van|inzake|omtrent|voor de|het",
)
#: Phrases that say a theme was *not* discussed ("Mentaal welzijn kwam niet aan bod");
#: a theme name next to one of them in the same sentence does not count.
DEFAULT_NEGATIONS: tuple[str, ...] = (
    "niet aan bod", "nauwelijks|amper|nergens aan bod", "niet ter sprake", "niet besproken", "niet behandeld",
    "niet gesproken", "niet over gesproken|gehad", "ging|gaat niet over", "ontbrak|ontbraken",
)
#: Stemmers of languages whose compounds are split with the packaged Dutch word list.
DUTCH_STEMMERS = ("dutch", "dutch_porter")


@dataclass(frozen=True)
class TaggerSettings:
    """The tagger's weights and thresholds (taxonomy defaults, then workspace options)."""

    threshold: float = 3.0
    max_tags: int = 3
    min_share: float = 0.3
    reporter_weight: float = 4.0
    section_weights: Mapping[str, float] = field(default_factory=lambda: MappingProxyType(dict(DEFAULT_SECTION_WEIGHTS)))
    stemmer: str = "dutch_porter"
    main_cues: tuple[str, ...] = DEFAULT_MAIN_CUES
    negations: tuple[str, ...] = DEFAULT_NEGATIONS
    name_frames: tuple[str, ...] = DEFAULT_NAME_FRAMES
    #: with no theme at the threshold, the best one is still tagged from this score when
    #: it leads the next one ``lead_ratio`` times (0: never; see engine._clear_lead)
    lead_score: float = 1.5
    lead_ratio: float = 2.0
    #: split compounds into known words ("leidingstekort" = leiding + tekort); None: only
    #: for a Dutch stemmer (the word list is Dutch)
    compounds: bool | None = None
    #: a compound's part counts this share of a whole-word match of the same term
    compound_weight: float = 0.6
    #: publish the suggested theme of a report no theme was sure enough for (else editors only)
    publish_suggestions: bool = False

    @property
    def split_compounds(self) -> bool:
        return self.compounds if self.compounds is not None else self.stemmer in DUTCH_STEMMERS


_PATTERN_LIST = {"type": "array", "maxItems": 200, "items": {"type": "string", "minLength": 1, "maxLength": 200}}
_SECTION_WEIGHTS = {
    "type": ["object", "null"],
    "propertyNames": {"enum": list(WEIGHTED_SECTIONS)},
    "additionalProperties": {"type": "number", "minimum": 0, "maximum": 100},
    "description": "how much a match counts per section: " + ", ".join(WEIGHTED_SECTIONS),
}
#: Options a workspace and a taxonomy file may both set.
_COMMON: dict[str, Any] = {
    "threshold": {"type": ["number", "null"], "minimum": 0, "maximum": 1000, "description": "the score a theme needs to be tagged"},
    "max_tags": {"type": ["integer", "null"], "minimum": 1, "maximum": 3, "description": "at most this many themes per report (1 to 3)"},
    "min_share": {"type": ["number", "null"], "minimum": 0, "maximum": 1,
                  "description": "a 2nd/3rd theme needs at least this share of the top score"},
    "reporter_weight": {"type": ["number", "null"], "minimum": 0, "maximum": 1000,
                        "description": "the score a theme listed by the reporter in front matter gets"},
    "section_weights": _SECTION_WEIGHTS,
    "lead_score": {"type": ["number", "null"], "minimum": 0, "maximum": 1000,
                   "description": "below the threshold, the best theme is still tagged from this score when it "
                                  "leads clearly (0: never)"},
    "lead_ratio": {"type": ["number", "null"], "minimum": 1, "maximum": 100,
                   "description": "how many times the next theme's score a clear lead is"},
    "compounds": {"type": ["boolean", "null"],
                  "description": "split compounds into known Dutch words (default: with a Dutch stemmer)"},
    "compound_weight": {"type": ["number", "null"], "minimum": 0, "maximum": 1,
                        "description": "what a compound's part counts, as a share of a whole-word match"},
}

#: The ``settings:`` block of a taxonomy file.
TAXONOMY_SETTINGS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        **_COMMON,
        "stemmer": {"type": "string", "pattern": "^[a-z_]+$",
                    "description": "a snowballstemmer algorithm, e.g. dutch_porter, dutch, english, french"},
        "main_cues": {**_PATTERN_LIST, "description": "patterns that mark the central theme next to its name"},
        "name_frames": {**_PATTERN_LIST, "description": "patterns after which a specific term counts as a theme name"},
        "negations": {**_PATTERN_LIST, "description": "patterns that say a theme was not discussed"},
    },
}

#: ``tagging:`` in perskamer.yaml.
TAGGING_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "description": "the ambition tagger (docs/tagging.md); unset values come from the taxonomy file's settings",
    "properties": {
        "enabled": {"type": "boolean", "default": True,
                    "description": "false: no text analysis; only the editor's and reporter's choices are used"},
        **_COMMON,
        "publish_suggestions": {"type": "boolean", "default": False,
                                "description": "publish a report's suggested theme as its tag when no theme was sure "
                                               "enough (default: shown to editors only)"},
        "overrides": {
            "type": ["object", "null"],
            "additionalProperties": {"type": "array", "items": {"type": "string", "minLength": 1}, "maxItems": 3},
            "description": "the editor's tags per report (key: the report's slug or file name); always wins",
        },
    },
}

_FLOATS = ("threshold", "min_share", "reporter_weight", "compound_weight", "lead_score", "lead_ratio")


def _apply(base: TaggerSettings, values: Mapping[str, Any]) -> TaggerSettings:
    changes: dict[str, Any] = {}
    for key in _FLOATS:
        if values.get(key) is not None:
            changes[key] = float(values[key])
    if values.get("max_tags") is not None:
        changes["max_tags"] = int(values["max_tags"])
    for key in ("compounds", "publish_suggestions"):
        if values.get(key) is not None:
            changes[key] = bool(values[key])
    if values.get("stemmer"):
        changes["stemmer"] = str(values["stemmer"])
    for key in ("main_cues", "negations", "name_frames"):
        if values.get(key):
            changes[key] = tuple(str(p) for p in values[key])
    if values.get("section_weights"):
        weights = dict(base.section_weights)
        weights.update({k: float(v) for k, v in values["section_weights"].items()})
        changes["section_weights"] = MappingProxyType(weights)
    return dataclasses.replace(base, **changes) if changes else base


# taxonomy -> its settings (a taxonomy is immutable; a build uses one)
_CACHE: list[tuple[Taxonomy, TaggerSettings]] = []


def taxonomy_settings(taxonomy: Taxonomy) -> TaggerSettings:
    """The tagger settings a taxonomy file sets; :class:`TaxonomyError` (with lines) when invalid."""
    for tax, st in _CACHE:
        if tax is taxonomy:
            return st
    raw = dict(taxonomy.settings or {})
    problems = _problems(raw, taxonomy)
    if problems:
        raise TaxonomyError.from_problems(problems)
    st = _apply(TaggerSettings(), raw)
    _CACHE.append((taxonomy, st))
    del _CACHE[:-4]
    return st


def settings_for(taxonomy: Taxonomy, options: Mapping[str, Any] | None) -> TaggerSettings:
    """The taxonomy's tagger settings with the workspace's ``tagging:`` options applied."""
    return _apply(taxonomy_settings(taxonomy), options or {})


def _problems(raw: dict[str, Any], taxonomy: Taxonomy) -> list[Problem]:
    from perskamer.schemacheck import schema_errors

    source = taxonomy.source

    def problem(message: str, path: list[Any], hint: str | None = None) -> Problem:
        return Problem("error", message, file=source, line=taxonomy.line_of(["settings", *path]),
                       field=".".join(["settings", *(str(p) for p in path)]), hint=hint, plugin="tagger")

    out: list[Problem] = []
    for error in schema_errors(raw, TAXONOMY_SETTINGS_SCHEMA):  # (valid settings: jsonschema is not imported)
        path = list(error.absolute_path)
        if error.validator == "additionalProperties":
            allowed = list(TAXONOMY_SETTINGS_SCHEMA["properties"])
            for key in [k for k in error.instance if k not in allowed]:
                close = difflib.get_close_matches(str(key), allowed, n=1)
                out.append(problem(f"unknown key '{key}'", [*path, key],
                                   f"did you mean '{close[0]}'?" if close else f"allowed here: {', '.join(allowed)}"))
        elif "propertyNames" in error.schema_path:
            key = str(error.instance)
            close = difflib.get_close_matches(key, WEIGHTED_SECTIONS, n=1)
            out.append(problem(f"unknown section '{key}'", [*path, key],
                               f"did you mean '{close[0]}'?" if close else f"sections: {', '.join(WEIGHTED_SECTIONS)}"))
        else:
            out.append(problem(error.message, path, error.schema.get("description")))
    for key in ("main_cues", "negations", "name_frames"):
        items = raw.get(key)
        for k, item in enumerate(items if isinstance(items, list) else []):
            try:
                parse_pattern(str(item))
            except PatternError as exc:
                out.append(problem(str(exc), [key, k], exc.hint or "see 'Pattern syntax' in docs/tagging.md"))
    return sorted(out, key=lambda p: p.line or 0)
