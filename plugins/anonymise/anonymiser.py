"""Anonymising a whole report: knowledge from the report, quotes, sections, highlight."""

from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from perskamer.form.finish import readable_title
from perskamer.model import Quote, Report

from . import chat_senders, reporter_credit
from .analysis_memo import AnalysisMemo
from .caption_titles import apposed_titles, titled_stretches
from .collector import collector_paused
from .credit_asides import aside_speaker, lower_case_speaker
from .credit_orgs import is_organisation, person_part
from .credits import credited_names, credited_people, may_hold_any
from .detect import (
    _ORG_CUES,
    _ORG_TAILS,
    _WORD_RE,
    PARTICLES,
    TITLE_ALTERNATION,
    Knowledge,
    TextFacts,
    _is_chat,
    analyse,
    harvest_names,
)
from .export_authors import (
    initial_tail_name,
    mask_handles,
    organisation_handle,
    organisation_led_handle,
    speaker_handle,
)
from .filename import file_name_names, neutral_link_targets, neutral_names
from .harvest_scope import HarvestScope, strings_in
from .inline import section_quotations, unwrapped
from .keep_evidence import Evidence
from .keep_heads import names_an_organisation
from .lexicon import fold, load_lexicon
from .normalise import normalise_text
from .person_firm_namesakes import mask_in_own_text, quote_name_words
from .person_headers import HEADER_WORDS
from .private_contacts import private_spans
from .published import (
    _map_strings,
    credited_parts,
    dutch_possessives,
    link_nicknames,
    published_texts,
    renumber,
    tidy_credit,
    withhold_speakers,
)
from .replace import CONTACT_LABELS, DEFAULT_PERSON_LABEL, DEFAULT_ROLE_LABELS, Labeler, LogEntry, anonymise_text
from .roster_labels import unlabel_roster
from .table_cells import thing_cells

log = logging.getLogger(__name__)

#: The JSON schema of the ``anonymise`` config key.
OPTIONS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "description": "The built-in Dutch anonymiser of quotes (docs/anonymisation.md).",
    "additionalProperties": False,
    "properties": {
        "enabled": {"type": "boolean", "default": True, "description": "Switch the anonymiser off (not recommended)."},
        "scope": {
            "enum": ["quotes", "all"],
            "default": "quotes",
            "description": "'quotes': the quotes, their attributions and the highlight; 'all': every section too.",
        },
        "speaker_label": {
            "enum": ["role", "numbered"],
            "default": "role",
            "description": "How a named speaker is shown: by role ('een sessiegever') or numbered ('[persoon 1]').",
        },
        "person_label": {
            "type": "string",
            "default": DEFAULT_PERSON_LABEL,
            "pattern": r"^\[[^\[\]]*\{n\}[^\[\]]*\]$",
            "description": "Label for a person named inside a quote; {n} is the person's number in the report.",
        },
        "role_labels": {
            "type": "object",
            "additionalProperties": False,
            "properties": {k: {"type": "string", "minLength": 1} for k in DEFAULT_ROLE_LABELS},
            "description": "Dutch labels for a speaker, a participant and the reporter.",
        },
        "allow": {
            "type": "array",
            "items": {"type": "string", "minLength": 1},
            "default": [],
            "description": "Words or phrases never masked (organisations, places the lists do not know).",
        },
        "deny": {
            "type": "array",
            "items": {"type": "string", "minLength": 1},
            "default": [],
            "description": "Names always masked, everywhere; the leak guard also fails a build that publishes one.",
        },
        "min_confidence": {
            "type": "number",
            "minimum": 0.05,
            "maximum": 0.99,
            "default": 0.5,
            "description": "Replace a possible name from this confidence on (lower masks more).",
        },
        "guard": {"type": "boolean", "default": True, "description": "Scan every artefact for leaked names."},
        "speakers": {
            "enum": ["anonymous", "named"],
            "default": "anonymous",
            "description": "'anonymous': a speaker credited to a label is named nowhere in the published report "
            "(summary, facts, captions, teaser); 'named': credits show the speaker's name. One speaker can opt in "
            "in the front matter: speakers: [{name: ..., named: true}].",
        },
        "reporter": {
            "enum": ["protect", "named"],
            "default": "protect",
            "description": "'protect': a reporter who shares a surname with a speaker credited to a label is "
            "credited with the surname's initial ('Wout D.'), with a warning (a reader would learn the speaker's "
            "family name); 'named': the reporter's credit is shown whole over that risk. A shared first name "
            "never shortens the credit.",
        },
        "possessive": {
            "enum": ["van", "s"],
            "default": "van",
            "description": "How a label owns something: 'van' (\"het idee van [persoon 1]\") or 's' (\"[persoon 1]'s idee\").",
        },
        "neutral_credit": {
            "type": "string",
            "default": "een deelnemer",
            "description": "Credit for a quote that has none (empty: no credit).",
        },
    },
}


@dataclass
class Options:
    enabled: bool = True
    scope: str = "quotes"
    speaker_label: str = "role"
    person_label: str = DEFAULT_PERSON_LABEL
    role_labels: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_ROLE_LABELS))
    allow: list[str] = field(default_factory=list)
    deny: list[str] = field(default_factory=list)
    min_confidence: float = 0.5
    guard: bool = True
    speakers: str = "anonymous"
    #: "protect": a reporter's credit that shares a surname with a withheld speaker is
    #: shortened ("Wout D."); "named": shown whole (reporter_credit.py, session 23)
    reporter: str = "protect"
    possessive: str = "van"
    neutral_credit: str = "een deelnemer"
    #: Folded words of the congress's themes (not a config key: set from the taxonomy).
    theme_words: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Options:
        data = dict(data or {})
        opts = cls()
        for name in ("enabled", "scope", "speaker_label", "person_label", "min_confidence", "guard", "speakers",
                     "reporter", "possessive", "neutral_credit"):
            if data.get(name) is not None:
                setattr(opts, name, data[name])
        if data.get("role_labels"):
            opts.role_labels = {**DEFAULT_ROLE_LABELS, **data["role_labels"]}
        opts.allow = [str(x) for x in data.get("allow") or []]
        opts.deny = [str(x) for x in data.get("deny") or []]
        if "{n}" not in opts.person_label:
            opts.person_label = DEFAULT_PERSON_LABEL
        return opts


def theme_words_of(taxonomy: Any) -> frozenset[str]:
    """The folded words of every theme's id, label and names (never a personal name)."""
    out: set[str] = set()
    for amb in taxonomy or []:
        texts = [getattr(amb, "id", ""), getattr(amb, "label", "")]
        for term in getattr(amb, "names", ()) or ():
            texts.append(getattr(term, "pattern", term) if not isinstance(term, str) else term)
        for t in texts:
            if isinstance(t, str):
                out.update(fold(w) for w in re.findall(r"[^\W\d_]{3,}", t))
    return frozenset(out)


@lru_cache(maxsize=1)
def default_theme_words() -> frozenset[str]:
    """Theme words of the shipped taxonomy (config/ambitions.yaml), for a call without context."""
    try:
        from importlib import resources

        import yaml

        # libyaml's loader when there is one: the pure-Python one took ~0.15 s of every start
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        data = yaml.load(resources.files("perskamer.defaults").joinpath("ambitions.yaml").read_text("utf-8"), Loader=loader)
    except Exception:  # no packaged taxonomy: nothing to add
        return frozenset()
    out: set[str] = set()
    for amb in (data or {}).get("ambitions", []) or []:
        texts = [str(amb.get("id", "")), str(amb.get("label", ""))]
        texts += [str(n if not isinstance(n, dict) else next(iter(n))) for n in amb.get("names", []) or []]
        for t in texts:
            out.update(fold(w) for w in re.findall(r"[^\W\d_]{3,}", t))
    return frozenset(out)


_NOT_A_NAME_START = frozenset(
    {"een", "iemand", "de", "het", "die", "dat", "anoniem", "onbekend", "n.n.", "nn", "deelnemer", "jongere", "a", "an"}
)


def speaker_name(speaker: str | None) -> str | None:
    """The personal name in a speaker field, or None for "een jongere uit de zaal"."""
    if not speaker:
        return None
    # (a report asks it of each speaker four or five times; the answer reads the field and
    # the lexicon only: remembered by both, as one tuple replaced whole)
    lex = load_lexicon()
    memo = _SPEAKER_NAMES
    if memo[0] is not lex:
        memo = _new_speaker_names(lex)
    names = memo[1]
    if speaker in names:
        return names[speaker]
    got = _speaker_name(speaker, lex)
    if len(names) > 8192:
        names = _new_speaker_names(lex)[1]
    names[speaker] = got
    return got


#: (the lexicon, speaker field -> :func:`speaker_name`'s answer)
_SPEAKER_NAMES: tuple[Any, dict[str, str | None]] = (None, {})


def _new_speaker_names(lex: Any) -> tuple[Any, dict[str, str | None]]:
    global _SPEAKER_NAMES
    memo = _SPEAKER_NAMES = (lex, {})
    return memo


def _speaker_name(speaker: str, lex: Any) -> str | None:
    handle = speaker_handle(speaker)
    if handle is not None:  # (an exported comment's author: export_authors)
        return None if organisation_handle(handle) else handle
    s = re.sub(r"\([^)]*\)", " ", speaker)
    s = s.split(",")[0].strip(" -–—:;\"'“”„«»")
    if not s:
        return None
    s = _strip_titles(s)
    if not s:
        return None
    s = person_part(s, lex)  # "<Naam> van <Organisatie>": the organisation stays (credit_orgs)
    words = s.split()
    if not words:
        return None  # (white space the strip above keeps: "\r", "\x0b"; it raised IndexError before session 12)
    first = fold(words[0])
    if first in _NOT_A_NAME_START:
        return None
    if len(words) == 1 and organisation_led_handle(s):
        return None  # an organisation's handle written as one word ("@Jeugddienst<Plaats>")
    if not words[0][0].isupper():
        # A lower-case handle (chat) is a name; an ordinary word group is not.
        if len(words) == 1 and not lex.is_word(first):
            return None if organisation_handle(s) else s
        if initial_tail_name(s) is not None and chat_senders.sender_name(words[:1], lex):
            return s  # ("<voornaam> <x>.": a post-it wall's nickname, export_authors)
        return s if chat_senders.sender_name(words, lex) else None
    caps = [w for w in words if w[0].isupper() or fold(w) in ("van", "de", "den", "der", "ter", "'t", "el")]
    if len(caps) < len(words) and len(words) > 3:
        return None
    if len(words) > 1 and (names_an_organisation(s, lex) or is_organisation(s, lex)):
        return None  # "Jeugddienst X", "(Chiro X)": an institution's line (keep_heads, credit_orgs), no person
    if len(words) == 1 and listed_label(words[0], lex):
        return None  # "Fedasil: bus vertrekt", "Decor: ...": a listed organisation or a header speaks, no person
    return s


def listed_label(word: str, lex: Any) -> bool:
    """Whether one word before a line's colon, read as its speaker, is what a list holds as no
    person: a chain's or an organisation's word of the chain list ("Fedasil:", "Colruyt:", "Unicef:") or a
    credit's or roster's header ("Decor:", "Regie:", "Contact:"; ``person_headers``) -- never a
    word a first-name, surname or name-word list holds ("Kok:", "Roos:", "Jasper:" stay a person;
    session 24, s24-keep: s23-review's regression "<Org>: alles klaar" -> "een deelnemer:")."""
    f = fold(word.strip(".,;:!?'\"“”‘’"))
    if not f or lex.is_listed_name(f):
        return False
    # (not a place, a brand of simple-icons or a keep word: those lists hold first names and
    # surnames no name list holds -- "Sana" is a place, "Vincentius" and "Kras" keep words, and
    # "zegt Sana" makes the same speaker field as "Sana: ..."; the chains are filtered against
    # every Faker locale's names)
    # (no chain either: "Falke" is a chain and a first name no list holds -- unseen_s9 published it
    # with 66d61fd; only the header words are safe)
    return f in HEADER_WORDS


#: Title and role words before a speaker's name, each with an optional full stop
#: ("dr. Anna Peeters", "mevr. Peeters", "Prof Anna Peeters", "schepen Jan Peeters").
_TITLE_PREFIX_RE = re.compile(
    r"^(?:(?i:" + TITLE_ALTERNATION + r")\.?\s+)+"
)


def quote_speaker(q: Quote) -> str | None:
    """The personal name in a quote's speaker field or, when the reader found none, at the
    start of a credit with a word after the name ("Lindemans zelf") or as a lower-case credit
    ("linde, 16"): :mod:`.credit_asides`."""
    if q.speaker:
        return speaker_name(q.speaker)
    aside = aside_speaker(q.attribution)
    if aside:
        return speaker_name(aside)
    return lower_case_speaker(q.attribution)


def _strip_titles(s: str) -> str:
    """The name after the lower-case title and role words that open a speaker field:
    "dr. Anna Peeters" -> "Anna Peeters". Only when a capitalised word follows ("juf"
    alone, or "leiding van de Chiro", stays as written: it names nobody). A capitalised
    field ("Dr. Anna Peeters", "Jeugdwerker Jan Peeters") is a name as a whole, title
    included, as before: its label replaces all of it."""
    if not s[:1].islower():
        return s
    m = _TITLE_PREFIX_RE.match(s)
    if not m or m.end() >= len(s) or not s[m.end()].isupper():
        return s
    return s[m.end():]


def _meta_names(value: Any) -> list[str]:
    out: list[str] = []
    if isinstance(value, str):
        value = [value]
    if isinstance(value, list):
        for item in value:
            if isinstance(item, dict):
                item = item.get("name") or ""
            if isinstance(item, str) and item.strip():
                name = speaker_name(item)
                if name:
                    out.append(name)
    return out


def build_knowledge(report: Report, opts: Options,
                    facts: dict[str, TextFacts] | None = None) -> tuple[Knowledge, dict[str, str]]:
    """What the report and the config tell about names, and each person's role.

    Under the default scope only the sections whose names can matter to what is published
    are harvested (:mod:`.harvest_scope`: the result is the same as harvesting all).
    ``facts`` gets the :class:`.detect.TextFacts` of each harvested section, by its text: the
    speakers' withholding analyses the same texts again, and so does the anonymising of a
    section paragraph by paragraph where the section is one paragraph (the quotes section
    since session 18; every section with ``scope: all``)."""
    sections = [(sid, text) for sid, text in report.sections.items() if isinstance(text, str) and text.strip()]
    # (with no section but the quotes' there is nothing to leave out)
    scope = HarvestScope(report, sections) if opts.scope != "all" and any(s != "quotes" for s, _ in sections) else None
    chosen = scope.plan() if scope is not None else None
    # (session 19: what a strong keep rule recognises anywhere in the report is no name on
    # weak evidence elsewhere in it -- keep_evidence; worked out only where a weak span asks)
    # (its texts' TextFacts shared with the analyses of the same texts: ``facts``, session 20)
    keep_ev = Evidence(evidence_texts(report), lambda: _given_knowledge(report, opts)[0], facts)
    keep_ev.frames = strings_in(report.meta, max_depth=3)  # (session 23: a firm named in the front matter, firm_framed)
    while True:
        know, roles = _given_knowledge(report, opts)
        know.evidence = keep_ev
        # Names seen with confidence anywhere else in the report.
        # (adding a name a second time changes nothing and gives the same key: looked up here)
        added: dict[str, str | None] = {}
        for sid, text in sections:
            if chosen is not None and sid not in chosen:
                continue
            # A "Label: text" line is only a chat speaker in the quotes section.
            shared = None
            if facts is not None:
                shared = facts.get(text) or facts.setdefault(text, TextFacts(text))
            evidence: dict[str, tuple[str, float]] = {}
            for name in harvest_names(text, know, min_confidence=0.6, speaker_lines=sid == "quotes", facts=shared,
                                      evidence=evidence):
                key = added[name] if name in added else added.setdefault(name, know.add(name))
                if name in evidence:
                    know.learn(key, *evidence[name])
                if key and sid in ("summary", "ambitions"):
                    roles.setdefault(key, "speaker")
        if scope is None or chosen is None:
            break
        late = scope.late(know, chosen)
        if not late:
            break
        chosen = scope.plan(chosen | late)  # (rare: from the start, with those sections too)
    texts = [t for t in report.sections.values() if isinstance(t, str)]
    texts += [str(x.get("name", "") if isinstance(x, dict) else x) for x in _as_list(report.meta.get("speakers"))]
    texts += [q.attribution or "" for q in report.quotes]
    link_nicknames(texts, know)
    return know, roles


def evidence_texts(report: Report) -> list[str]:
    """The texts whose keep rules count as evidence for the whole report: every quote on its
    own (as it is anonymised), every other section and the photo's caption."""
    texts = [q.text for q in report.quotes if isinstance(q.text, str)]
    # (the quotes section repeats the quotes: read only when the reader found none in it)
    texts += [t for sid, t in report.sections.items() if isinstance(t, str) and (sid != "quotes" or not texts)]
    if report.photo is not None and isinstance(report.photo.caption, str):
        texts.append(report.photo.caption)
    return texts


def _given_knowledge(report: Report, opts: Options) -> tuple[Knowledge, dict[str, str]]:
    """What the config and the report's own fields (speakers, reporter, credits) say."""
    know = Knowledge()
    roles: dict[str, str] = {}
    for word in opts.allow:
        know.add_allow(word)
    # the labels' own words are never a name ("sessiegever 2 vertelde", "Een deelnemer zei")
    for label in [*opts.role_labels.values(), opts.neutral_credit]:
        for word in re.findall(r"[^\W\d_]{4,}", label or ""):
            know.add_allow(word)
    know.not_names.update(opts.theme_words or default_theme_words())
    # a table's cell under a thing's header ("Spel", "Merk", "Band") is that thing (session 26)
    for text in report.sections.values():
        if isinstance(text, str) and "|" in text:
            for thing in thing_cells(text):
                know.add_allow(thing)
    for name in opts.deny:
        know.add(name, explicit=True, deny=True)
    for name in _meta_names(report.meta.get("speakers")):
        key = know.add(name, explicit=True)
        if key:
            roles.setdefault(key, "speaker")
    for name in _meta_names(report.meta.get("reporter")):
        key = know.add(name, explicit=True)
        if key:
            roles.setdefault(key, "reporter")
    for q in report.quotes:
        credited = quote_speaker(q)
        if credited:
            know.add(credited, explicit=True)
    for name in export_speaker_names(report):
        know.add(name, explicit=True)
    # who took a photo ("© foto: X", "Beeld: X"): a person the report names (session 10)
    for text in _credit_texts(report):
        for name in credited_names(text):
            know.add(name, explicit=True)
    return know, roles


def export_speakers(report: Report) -> dict[str, list[str]]:
    """The authors and chat senders of quote-shaped content, by section, as the reader found
    them (``report.private["export_speakers"]``, ``perskamer.form.quotes.section_speakers``)."""
    got = report.private.get("export_speakers")
    if not isinstance(got, dict):
        return {}
    return {sid: [s for s in v if isinstance(s, str) and s] for sid, v in got.items()
            if isinstance(sid, str) and isinstance(v, list)}


def export_speaker_names(report: Report) -> list[str]:
    """The personal names among :func:`export_speakers` (an organisation's stays: speaker_name)."""
    out: list[str] = []
    for speakers in export_speakers(report).values():
        for speaker in speakers:
            name = speaker_name(speaker)
            if name and name not in out:
                out.append(name)
    return out


def _credit_texts(report: Report) -> list[str]:
    """The texts that may credit a photo: every section, the quotes, the photo's caption and alt."""
    texts = [t for t in report.sections.values() if isinstance(t, str)]
    texts += [q.text for q in report.quotes if isinstance(q.text, str)]
    if report.photo is not None:
        texts += [t for t in (report.photo.caption, report.photo.alt) if isinstance(t, str)]
    return [t for t in texts if t and may_hold_any(t)]


def mask_private_contacts(text: str, where: str, entries: list[LogEntry], clean: set[str] | None = None) -> str:
    """``text`` with a person's contact details replaced (``private_contacts``: a personal
    e-mail address, a mobile number, a personal handle); an organisation's stay.
    ``clean`` gets ``text`` when it holds none (then the text is returned as it is)."""
    spans = private_spans(text)
    if not spans and clean is not None:
        clean.add(text)
    for span in reversed(spans):
        label = CONTACT_LABELS[span.kind]
        entries.append(LogEntry(where, span.text, label, "private contact in the report's own text", 1.0, span.kind))
        text = text[: span.start] + label + text[span.end :]
    return text


def _mask_credits(text: str, know: Knowledge, lab: Labeler, opts: Options, where: str,
                  entries: list[LogEntry]) -> str:
    """``text`` with each credit that names a person anonymised (the rest as written): with the
    default scope a caption or a section is published as written, its photo credit too."""
    found = credited_people(text) if may_hold_any(text) else ()
    for c in reversed(found):
        inner = anonymise_text(text[c.start : c.end], know, lab, where=f"{where} (photo credit)", log=entries,
                               chat=False, min_confidence=opts.min_confidence, deny_unknown=True)
        text = text[: c.start] + inner + text[c.end :]
    return text


def _mask_titled(text: str, know: Knowledge, lab: Labeler, opts: Options, where: str,
                 entries: list[LogEntry]) -> str:
    """``text`` (a caption) with each person a title names anonymised: "schepen <Achternaam>"
    (:mod:`.caption_titles`); the stretch is read as a text of its own, so a place or an
    organisation after a title stays."""
    for start, end in reversed(titled_stretches(text)):
        inner = anonymise_text(text[start:end], know, lab, where=f"{where} (title)", log=entries,
                               chat=False, min_confidence=opts.min_confidence, deny_unknown=True)
        text = text[:start] + inner + text[end:]
    # the title after the name ("<Achternaam>, schepen"): read as "schepen <Achternaam>" (session 19)
    for start, end, title in reversed(apposed_titles(text)):
        probe = f"{title.lower()} {text[start:end]}"
        inner = anonymise_text(probe, know, lab, where=f"{where} (title)", log=entries, chat=False,
                               min_confidence=opts.min_confidence, deny_unknown=True)
        head = f"{title.lower()} "
        if inner.startswith(head) and inner[len(head):] != text[start:end]:
            text = text[:start] + inner[len(head):] + text[end:]
    return text


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value] if value else []


def named_speakers(report: Report, know: Knowledge, opts: Options) -> set[str]:
    """Person keys of speakers whose name may be published (``anonymise.speakers: named``
    for everyone, or ``named: true`` on one speaker in the front matter)."""
    out: set[str] = set()
    for item in _as_list(report.meta.get("speakers")):
        name = item.get("name") if isinstance(item, dict) else item
        agreed = opts.speakers == "named" or (isinstance(item, dict) and item.get("named") is True)
        if agreed and isinstance(name, str) and (n := speaker_name(name)):
            key = know.add(n, explicit=True)
            if key:
                out.add(key)
    if opts.speakers == "named":
        for q in report.quotes:
            n = quote_speaker(q)
            if n and (key := know.add(n, explicit=True)):
                out.add(key)
    return out


def _fragments(text: str, spans: list[Any], *, name_words: bool = False) -> list[str]:
    """The name plus its neighbouring words, for the leak guard: case-folded for ordinary
    names, as written for names that are also words (``name_words=True``)."""
    # contact details go with the names that are no words (their neighbours make them specific)
    spans = [s for s in spans
             if not ((s.kind != "person" and name_words) or (s.kind == "person" and is_name_word(s.text) != name_words))]
    if not spans:
        return []  # (most quotes: their words are not split)
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    starts = [a for a, _ in words]
    ends = [b for _, b in words]
    out: list[str] = []
    for s in spans:
        # the words overlapping the span (a bisect: a scan of every word made long texts quadratic)
        lo, hi = bisect_right(ends, s.start), bisect_left(starts, s.end) - 1
        if lo > hi:
            continue
        a, b = max(0, lo - 1), min(len(words) - 1, hi + 1)
        if b - a < 2:
            a, b = max(0, lo - 2), min(len(words) - 1, hi + 2)
        frag = normalise(text[words[a][0] : words[b][1]], casefold=not name_words)
        if len(frag) >= 12 and b - a >= 2:
            out.append(frag)
    return out


_QUOTE_CHARS = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "\u00a0": " "})
_QUOTE_MARKS = tuple((chr(k), v) for k, v in _QUOTE_CHARS.items())


def normalise(text: str, casefold: bool = True) -> str:
    """Whitespace-collapsed, case-folded (unless ``casefold`` is false), quote marks
    unified (for the leak guard)."""
    # the same as re.sub(r"\s+", " ", text.translate(_QUOTE_CHARS)).strip().casefold():
    # each mark maps to an ASCII character that is no mark itself, and str.split() and
    # the regex \s agree on what white space is
    if not text.isascii():
        for mark, plain in _QUOTE_MARKS:
            if mark in text:
                text = text.replace(mark, plain)
    text = " ".join(text.split())
    return text.casefold() if casefold else text


@lru_cache(maxsize=8192)
def is_name_word(name: str) -> bool:
    """A one-word name that is also an ordinary word (Storm, Roos, Hoop): the leak guard
    matches it case-sensitively and with its neighbouring words only."""
    words = name.split()
    if len(words) != 1:
        return False
    f = fold(_POSSESSIVE_END_RE.sub("", words[0]))
    lex = load_lexicon()
    # the curated list of names that are words (and the most frequent words), not every
    # name the big word list happens to hold ("koen" is a word too, but mostly a name)
    return f in lex.name_words or f in lex.common


#: whether a harvested section's TextFacts are kept for the speakers' withholding (a
#: test switches it off to compare with analyses from scratch)
_SHARE_FACTS = True
_POSSESSIVE_END_RE = re.compile(r"['’]s?$")
_PARAGRAPH_BREAK_RE = re.compile(r"(\n[ \t]*\n)")
_CHAT_SPEAKER_RE = re.compile(r"^\W*[\w.-]{1,30}\s*:\s*")


def _anonymise_block(text: str, know: Knowledge, lab: Labeler, opts: Options, where: str,
                     entries: list[LogEntry], uncertain: list[tuple[str, Any]], memo: AnalysisMemo | None = None,
                     facts: dict[str, TextFacts] | None = None, *, quote_rules: bool | None = None) -> str:
    """A section: paragraph by paragraph, line by line where lines are chat. ``memo``: the
    report's remembered analyses (:mod:`.analysis_memo`: a chat log repeats its lines);
    ``facts``: the :class:`.detect.TextFacts` of the texts harvested, by text (a section that
    is one paragraph was tokenised and its first protections found by its harvest);
    ``quote_rules``: read it as a quotes section (the quotes section, and any section that
    holds quote-shaped content; default: the quotes section only)."""
    if quote_rules is None:
        quote_rules = where == "section quotes"
    speaker_lines = quote_rules
    # (a proper noun no list knows is a name in what people say, not in the report's own
    # narrative, where organisations and places outnumber unlisted persons; another section
    # with an export or a chat is mostly the reporter's text around it: its authors are known)
    deny_unknown = where == "section quotes"
    paragraphs = _PARAGRAPH_BREAK_RE.split(text)
    out: list[str] = []
    for para in paragraphs:
        if not para.strip() or _PARAGRAPH_BREAK_RE.fullmatch(para):
            out.append(para)
            continue
        lines = para.split("\n")
        chatty = [_is_chat(_CHAT_SPEAKER_RE.sub("", ln)) for ln in lines]
        if any(chatty):
            done = []
            for ln, ch in zip(lines, chatty, strict=True):
                done.append(anonymise_text(ln, know, lab, where=where, log=entries, chat=ch,
                                           min_confidence=opts.min_confidence, uncertain=uncertain,
                                           speaker_lines=speaker_lines, deny_unknown=deny_unknown, memo=memo))
            out.append("\n".join(done))
        else:
            done_para = anonymise_text(para, know, lab, where=where, log=entries, chat=False,
                                       min_confidence=opts.min_confidence, uncertain=uncertain,
                                       speaker_lines=speaker_lines, deny_unknown=deny_unknown, memo=memo,
                                       facts=facts.get(para) if facts else None)
            out.append(_chat_quotations(done_para, know, lab, opts, where, entries) if quote_rules else done_para)
    return "".join(out)


def _chat_quotations(text: str, know: Knowledge, lab: Labeler, opts: Options, where: str,
                     entries: list[LogEntry]) -> str:
    """A quoted text message written without capitals inside a quotes paragraph ("<Naam> toonde een
    sms: “<naam> bel je me ...”") is read as chat, as the quote made of it is: a name the report knows,
    in lower case, goes there too (s24-t24fix, T24: the quote was masked, the section's copy kept the
    name -- a Dutch word on no first-name list -- and the guard withheld the report)."""
    if "\u201c" not in text and '"' not in text and "\u2018" not in text:
        return text
    for q in reversed(section_quotations(text)):
        inner = text[q.start + 1 : q.end - 1]
        if not inner.strip() or not _is_chat(inner):
            continue
        masked = anonymise_text(inner, know, lab, where=where, log=entries, chat=True,
                                min_confidence=opts.min_confidence)
        if masked != inner:
            text = text[: q.start + 1] + masked + text[q.end - 1 :]
    return text


def _anonymise_field(text: str, know: Knowledge, lab: Labeler, opts: Options, where: str, entries: list[LogEntry],
                     clean: dict[tuple[str, bool], tuple[int, str]] | None, deny_unknown: bool = True) -> str:
    """``anonymise_text`` of a quote's speaker, attribution or affiliation field (no chat, no
    uncertain words). ``clean``: the fields of the report's quotes found to hold nothing to
    replace, with the knowledge's :attr:`.detect.Knowledge.writes` when they were: the same
    field with the same knowledge gives the same answer (the analysis reads only the text,
    the knowledge and these options; with no span the labeler is not asked and nothing is
    logged). Most reports credit several quotes to "een sessiegever" or "een deelnemer"."""
    key = (text, deny_unknown)
    if clean is not None and (got := clean.get(key)) is not None and got[0] == know.writes:
        return got[1]
    logged = len(entries)
    out = anonymise_text(text, know, lab, where=where, log=entries, chat=False, min_confidence=opts.min_confidence,
                         deny_unknown=deny_unknown)
    if clean is not None and len(entries) == logged:
        clean[key] = (know.writes, out)
    return out


def _anonymise_quote(i: int, q: Quote, know: Knowledge, lab: Labeler, opts: Options,
                     entries: list[LogEntry], uncertain: list[tuple[str, Any]],
                     named: set[str] | None = None,
                     clean: dict[tuple[str, bool], tuple[int, str]] | None = None,
                     facts: dict[str, TextFacts] | None = None) -> dict[str, Any]:
    where = f"quote {i + 1}"
    name = quote_speaker(q)
    if name and named and (know.add(name, explicit=True) or fold(name)) in named:
        name = None  # the speaker agreed to be named: the credit keeps the name
        keep_credit = (q.speaker, q.attribution, q.affiliation)
    elif q.speaker and (h := speaker_handle(q.speaker)) and organisation_led_handle(h) \
            and q.attribution in (None, q.speaker):
        keep_credit = (q.speaker, q.attribution, q.affiliation)  # an organisation's handle as an export's author
    else:
        keep_credit = None
    chat = _is_chat(q.text) or bool(name and name[:1].islower())
    original = q.text
    # (``facts``: the report's TextFacts by text, shared with the keep evidence, which reads the
    # quote when a weak span asks -- most often while this very analysis runs; session 20)
    shared = None if facts is None else facts.get(original) or facts.setdefault(original, TextFacts(original))
    first = analyse(original, know, chat=chat, min_confidence=opts.min_confidence, facts=shared)
    had_name = any(s.kind == "person" for s in first.spans)
    q.text = anonymise_text(original, know, lab, where=where, log=entries, chat=chat,
                            min_confidence=opts.min_confidence, uncertain=uncertain, first=first)
    names = [s.text for s in first.spans if s.kind == "person"]
    speaker_label = None
    speaker_key = None
    if keep_credit is not None:
        q.speaker, q.attribution, q.affiliation = keep_credit
    elif name:
        key = know.add(name, explicit=True) or fold(name)
        speaker_key = key
        speaker_label = lab.attribution_label(key, chat=name[:1].islower())
        entries.append(LogEntry(f"{where} speaker", name, speaker_label, "report (speaker)", 1.0, "person"))
        names.append(name)
        had_name = True
        if q.speaker:
            q.speaker = _replace_credit(q.speaker, name, speaker_label)
            q.speaker = _anonymise_field(q.speaker, know, lab, opts, f"{where} speaker", entries, clean)
    elif q.speaker:
        q.speaker = _anonymise_field(q.speaker, know, lab, opts, f"{where} speaker", entries, clean)
    if q.attribution and keep_credit is None:
        attr = q.attribution
        if name and speaker_label and name in attr:
            attr = attr.replace(name, speaker_label)
        before = attr
        attr = _anonymise_field(attr, know, lab, opts, f"{where} attribution", entries, clean)
        had_name = had_name or attr != before
        q.attribution = attr
    if q.affiliation and keep_credit is None:
        before = q.affiliation
        q.affiliation = _anonymise_field(q.affiliation, know, lab, opts, f"{where} affiliation", entries, clean,
                                         deny_unknown=False)
        had_name = had_name or q.affiliation != before
    for attr in ("speaker", "attribution"):
        val = getattr(q, attr)
        if isinstance(val, str):
            setattr(q, attr, tidy_credit(val))
    contacts = [s for s in first.spans if s.kind != "person"]
    if not q.speaker and not q.attribution and opts.neutral_credit:
        q.attribution = opts.neutral_credit
    return {
        "speaker_key": speaker_key,
        "index": i + 1,
        # (a contact detail counts as a name: the guard also catches a published phone number)
        "had_name": (had_name and any(s.kind == "person" for s in first.spans)) or bool(contacts),
        "original": normalise(original),
        "fragments": _fragments(original, first.spans),
        "cased_fragments": _fragments(original, first.spans, name_words=True),
        "names": names,
    }


def anonymise_report(report: Report, options: dict[str, Any] | Options | None = None) -> Report:
    """Anonymise ``report`` in place and record what was done in ``report.private``.

    Idempotent: a report that was anonymised already is left as it is. The cyclic garbage
    collector is paused meanwhile (:mod:`.collector`: it found nothing to free here).
    """
    with collector_paused():
        return _anonymise_report(report, options)


def _anonymise_report(report: Report, options: dict[str, Any] | Options | None) -> Report:
    opts = options if isinstance(options, Options) else Options.from_dict(options)
    if not opts.enabled:
        return report
    if report.private.get("anonymisation", {}).get("done"):
        return report
    normalise_report(report)
    unlabel_roster(report)  # (a pasted roster's task labels are no speakers: roster_labels)
    facts: dict[str, TextFacts] = {}  # (a harvested section's, for the speakers' withholding)
    know, roles = build_knowledge(report, opts, facts if _SHARE_FACTS else None)
    if opts.scope == "all" and report.title and report.title == readable_title(report.source):
        # The title was made from the file name (the report has none): the names the
        # detector finds in it are the report's (a file name gives it no sentence to
        # judge by, so only then: "Zorg voor de zorgers" would read as a name "De Zorgers").
        for name in file_name_names(report.source, opts.min_confidence):
            know.add(name, explicit=True)
    lab = Labeler(know, speaker_label=opts.speaker_label, person_label=opts.person_label,
                  role_labels=opts.role_labels, roles=roles)
    entries: list[LogEntry] = []
    uncertain: list[tuple[str, Any]] = []
    named = named_speakers(report, know, opts)
    inline_rec: list[dict[str, Any]] = []
    inline_keys = _inline_quotes(report, know, lab, opts, named, entries, uncertain, inline_rec)
    _index_shared_roles(report, know, lab, named)
    fields_clean: dict[tuple[str, bool], tuple[int, str]] = {}  # (see _anonymise_field)
    handle_speakers = [h for q in report.quotes if q.speaker and (h := speaker_handle(q.speaker))]
    exported = export_speakers(report)
    handle_speakers += [h for v in exported.values() for sp in v if (h := speaker_handle(sp))]
    quotes_rec = [_anonymise_quote(i, q, know, lab, opts, entries, uncertain, named, fields_clean,
                                   facts if _SHARE_FACTS else None)
                  for i, q in enumerate(report.quotes)]
    # A name masked inside a quote is a name wherever the report repeats it: the quotes
    # section holds the same text, and a chat-style detection (a lower-case first name)
    # is not confident enough to be harvested, so it would be left there in the original.
    for e in entries:
        if e.kind == "person" and e.where.startswith("quote"):
            know.learn(know.add(e.original), e.rule, e.confidence)
    # No re-identification: a speaker credited to a label is named nowhere else either;
    # and a deny-listed name is masked everywhere, whatever the scope.
    # (every speaker of the front matter too: "Mus" credited, "Mustafa Amrani" in the facts
    # would give the nickname away)
    # (the authors of quote-shaped content in any section are credited as the quotes' are: session 19)
    export_keys = {key for name in export_speaker_names(report) if (key := know.add(name, explicit=True))}
    credited = ({r["speaker_key"] for r in quotes_rec if r.get("speaker_key")} | _meta_speaker_keys(report, know)
                | inline_keys | export_keys) - named
    withheld = (credited if opts.speakers == "anonymous" else set()) | know.deny
    _withhold_everywhere(report, know, lab, withheld, entries, facts, handle_speakers)
    # a section that holds quote-shaped content (an export, a chat) is read with the quote rules,
    # whatever the scope (session 19: before, only the quotes section was)
    section_ids = [s for s in report.sections if s == "quotes" or s in exported or opts.scope == "all"]
    memo = AnalysisMemo(know)  # (the knowledge is complete: link_nicknames wrote in build_knowledge)
    for sid in section_ids:
        text = report.sections.get(sid)
        if isinstance(text, str) and text:
            report.sections[sid] = _anonymise_block(text, know, lab, opts, f"section {sid}", entries, uncertain, memo,
                                                    facts, quote_rules=sid == "quotes" or sid in exported)
    facts.clear()
    hl = report.meta.get("highlight")
    if isinstance(hl, str) and hl.strip():
        report.meta["highlight"] = anonymise_text(hl, know, lab, where="highlight", log=entries, chat=None,
                                                  min_confidence=opts.min_confidence, uncertain=uncertain)
    if opts.scope != "all" and report.photo is not None:
        # a quotation in the photo's caption or alt text is a quote's text too, as in a section
        # ("Onderschrift: “X en Y zetten de tent recht”"; session 9; scope: all anonymises them whole)
        for attr in ("alt", "caption"):
            val = getattr(report.photo, attr)
            if isinstance(val, str) and val:
                for q in reversed(section_quotations(val)):
                    inner = anonymise_text(unwrapped(val[q.start + 1 : q.end - 1]), know, lab, where=f"photo {attr}", log=entries,
                                           chat=None, min_confidence=opts.min_confidence, uncertain=uncertain)
                    val = val[: q.start + 1] + inner + val[q.end - 1 :]
                setattr(report.photo, attr, _mask_credits(val, know, lab, opts, f"photo {attr}", entries))
    clean: set[str] = set()  # (the own texts that hold no private contact: the guard's net below)
    if opts.scope != "all":
        # a photo credit in the report's own sections (the form's photo section) names a person
        # too, and a person's contact details are private wherever the reporter wrote them
        # (session 23: a firm named after a person masked in a quote, "Met dank aan Bakkerij X" beside
        # "Mevrouw [persoon 1] ...": the name goes there too -- person_firm_namesakes)
        quote_words = quote_name_words(entries)
        # (session 24: the reporter's own name stays in the reporter's text -- session 23's credit policy)
        reporter = report.meta.get("reporter")
        reporter_words = frozenset(fold(w) for w in re.findall(r"[^\W\d_]{3,}", reporter)) if isinstance(
            reporter, str) else frozenset()
        for sid, text in list(report.sections.items()):
            if sid != "quotes" and isinstance(text, str) and text:
                text = mask_in_own_text(text, know, lab, f"section {sid}", entries, quote_words, reporter_words)
                text = _mask_credits(text, know, lab, opts, f"section {sid}", entries)
                if sid == "photo":
                    text = _mask_titled(text, know, lab, opts, f"section {sid}", entries)
                report.sections[sid] = mask_private_contacts(text, f"section {sid}", entries, clean)
        if report.photo is not None:
            for attr in ("alt", "caption"):
                val = getattr(report.photo, attr)
                if isinstance(val, str) and val:
                    val = mask_in_own_text(val, know, lab, f"photo {attr}", entries, quote_words, reporter_words)
                    val = _mask_titled(val, know, lab, opts, f"photo {attr}", entries)
                    setattr(report.photo, attr, mask_private_contacts(val, f"photo {attr}", entries, clean))
    if opts.scope == "all":
        if report.title:
            report.title = anonymise_text(report.title, know, lab, where="title", log=entries, chat=False,
                                          min_confidence=opts.min_confidence, deny_unknown=False)
        if report.photo is not None:
            for attr in ("alt", "caption"):
                val = getattr(report.photo, attr)
                if val:
                    setattr(report.photo, attr, anonymise_text(val, know, lab, where=f"photo {attr}", log=entries,
                                                              chat=False, min_confidence=opts.min_confidence,
                                                              deny_unknown=False))
        for meta_key, role in (("speakers", "speaker"), ("reporter", "reporter")):
            val = report.meta.get(meta_key)
            if val:
                report.meta[meta_key] = _mask_meta(val, know, lab, role, entries)
    for r in quotes_rec:
        r.pop("speaker_key", None)
    if opts.possessive == "van":
        for get, set_ in published_texts(report):
            value = get()
            if isinstance(value, str):
                set_(dutch_possessives(value, opts.person_label))
    renumber(report, opts.person_label, entries)
    # after the title is final: the slug may come from it
    withheld_names = sorted({know.display.get(k, k) for k in withheld})
    # what of them may name a person in a path: not an organisation credited as speaker
    # ("Jeugdhuis De Kolk"), nor its ordinary words ("Uit De Marge")
    withheld_words = sorted({w for name in withheld_names for w in _person_words(name)})
    masked = {fold(w) for e in entries if e.kind == "person" for w in _WORD_RE.findall(e.original)}
    masked.update(fold(w) for w in withheld_words)
    neutral_names(report, masked, scope_all=opts.scope == "all")
    if opts.scope == "all":
        for sid, text in report.sections.items():
            if isinstance(text, str):
                report.sections[sid] = neutral_link_targets(text, report.title, masked)
    from .leftover_contacts import private_contacts_memo  # (it imports this module)

    replaced = sorted({e.original for e in entries if e.kind == "person"} | {e.original for e in entries if e.kind != "person"})
    credits: list[str] = []
    if opts.scope != "all" and withheld_words:
        # a reporter who shares a name word with a withheld speaker (session 23, s23-credits)
        credits, short = reporter_credit.apply_policy(report, withheld_names, opts.reporter)
        for credit in short:
            report.problem(
                "warning", f"the reporter is credited as '{credit}': the reporter shares a surname with a "
                "speaker credited to a label, and the full credit would tell readers that speaker's family name",
                field="reporter", plugin="anonymise",
                hint="to show the reporter's full name anyway, set anonymise.reporter: named in perskamer.yaml "
                     "(or credit the speaker by name if they agreed: speakers: [{name: ..., named: true}])")
    report.private["anonymisation"] = {
        "done": True,
        "scope": opts.scope,
        "log": [e.to_dict() for e in entries],
        "uncertain": [{"where": w, "text": u.text, "score": u.score, "reason": u.reason} for w, u in uncertain],
        "quotes": quotes_rec,
        # (only when there are any: the record of a report without them stays as it was)
        **({"inline_quotes": inline_rec} if inline_rec else {}),
        "replaced": replaced,
        # names published nowhere whatever the scope (withheld speakers, deny-list): the
        # guard also looks for them in the report's published paths
        "withheld": withheld_words,
        # the reporter's credits as published: the guard attributes exactly these to the
        # reporter, never to a withheld speaker who shares a word with them (session 23)
        **({"reporter_credits": credits} if credits else {}),
        "deny": list(opts.deny),
        # the guard's net for a person's contact details left in the report's own texts,
        # worked out here once (the guard reads it against every collection page)
        "private_contacts_left": private_contacts_memo(report, clean),
    }
    log.debug("anonymise: %s: %d replacement(s) in %d quote(s)", report.slug, len(entries), len(report.quotes))
    return report


def _inline_quotes(report: Report, know: Knowledge, lab: Labeler, opts: Options, named: set[str],
                   entries: list[LogEntry], uncertain: list[tuple[str, Any]],
                   records: list[dict[str, Any]] | None = None) -> set[str]:
    """Quotations with a credit in the report's own sections ('"...", zegt X', 'X: "..."'):
    their text is anonymised like a quote's and the credit (a role word and the name)
    becomes the attribution label, as a quote's speaker does ("zegt een deelnemer"),
    unless the person is named (``anonymise.speakers: named``, per-speaker consent).
    A quotation without a credit that holds a clause (a quoted photo caption, a pasted
    message) is anonymised like a quote's text too (``inline.uncredited_quotations``).
    Returns the person keys of the credited names that are not named (withheld everywhere).

    ``records`` gets the leak guard's record of every inline quotation that held a name
    in its text or a withheld credit, as :func:`_anonymise_quote` makes for the form's
    quotes: its original text, and the names with their neighbouring words (the credit's
    from the section's text)."""
    keys: set[str] = set()
    for sid, text in list(report.sections.items()):
        if sid == "quotes" or not isinstance(text, str):
            continue
        found = list(section_quotations(text))
        if not found:
            continue
        edits: list[tuple[int, int, str]] = []
        for n, q in enumerate(found, 1):
            inner = unwrapped(text[q.start + 1 : q.end - 1])  # (one wrapped over a PDF line: session 14)
            chat = _is_chat(inner)
            first = analyse(inner, know, chat=chat, min_confidence=opts.min_confidence, speaker_lines=False)
            edits.append((q.start + 1, q.end - 1, anonymise_text(
                inner, know, lab, where=f"section {sid} (inline quote)", log=entries, chat=chat,
                min_confidence=opts.min_confidence, uncertain=uncertain, first=first, speaker_lines=False)))
            key = know.add(speaker_name(q.name) or q.name, explicit=True) if q.name else None
            withheld = bool(key) and opts.speakers != "named" and key not in named
            if records is not None:
                _inline_record(records, f"inline quote {n} in section {sid}", text, q, inner, first, withheld)
            if not withheld:
                continue
            keys.add(key)  # type: ignore[arg-type]  # (withheld: key is a name's key)
            label = lab.attribution_label(key)  # type: ignore[arg-type]
            if q.credit_start == 0 or _SENTENCE_END_RE.search(text[max(0, q.credit_start - 3) : q.credit_start]):
                label = label[:1].upper() + label[1:]
            entries.append(LogEntry(f"section {sid} (inline quote) credit", q.name, label,
                                    "inline quotation credit", 1.0, "person"))
            edits.append((q.credit_start, q.credit_end, label))
        out: list[str] = []
        pos = 0
        for start, end, new in sorted(edits):
            out.append(text[pos:start])
            out.append(new)
            pos = end
        out.append(text[pos:])
        report.sections[sid] = "".join(out)
    return keys


_SENTENCE_END_RE = re.compile(r"(?:^|[.!?…:]\s*|\n\s*)$")


def _credit_fragment(text: str, q: Any) -> str:
    """The credit with the word that ties it to the quotation, as written: "zegt juf Ilse
    Peeters" after it, "Ilse Peeters zegt:" before it (the quotation marks left out: a
    renderer may change them); empty when too short to be specific."""
    if q.credit_start >= q.end:
        before = text[q.end : q.credit_start].rstrip()
        verb = re.search(r"\w+$", before)
        frag = text[q.end + verb.start() if verb else q.credit_start : q.credit_end]
    else:
        frag = text[q.credit_end - len(q.name) : q.start]  # (the name without its role word)
    frag = normalise(frag, casefold=False)
    return frag if len(frag) >= 12 and " " in frag else ""


def _inline_record(records: list[dict[str, Any]], label: str, text: str, q: Any, inner: str,
                   first: Any, withheld: bool) -> None:
    """Append the leak guard's record of one inline quotation (see :func:`_inline_quotes`)
    when its text held a name (or contact detail) or its credit is withheld; its original
    text only when that held a name (a quotation without one is published as written)."""
    in_text = bool(first.spans)
    if not in_text and not withheld:
        return
    credit = _credit_fragment(text, q) if withheld else ""
    name_word = is_name_word(q.name)
    records.append({
        "index": len(records) + 1,
        "label": label,
        "had_name": True,
        "original": normalise(inner) if in_text else "",
        "fragments": _fragments(inner, first.spans) + ([credit.casefold()] if credit and not name_word else []),
        "cased_fragments": _fragments(inner, first.spans, name_words=True) + ([credit] if credit and name_word else []),
        "names": [s.text for s in first.spans if s.kind == "person"] + ([q.name] if withheld else []),
    })


def _meta_speaker_keys(report: Report, know: Knowledge) -> set[str]:
    return {k for n in _meta_names(report.meta.get("speakers")) if (k := know.add(n, explicit=True))}


def _index_shared_roles(report: Report, know: Knowledge, lab: Labeler, named: set[str]) -> None:
    """Number the speakers who share a role (credited ones first, then the front matter's),
    so two of them never read as one."""
    by_role: dict[str, list[str]] = {}
    names = [quote_speaker(q) for q in report.quotes] + _meta_names(report.meta.get("speakers"))
    for name in names:
        if not name or name[:1].islower():
            continue
        key = know.add(name, explicit=True) or fold(name)
        if key in named:
            continue
        keys = by_role.setdefault(lab.roles.get(key, "participant"), [])
        if key not in keys:
            keys.append(key)
    for keys in by_role.values():
        if len(keys) > 1:
            lab.role_index.update({k: n for n, k in enumerate(keys, 1)})


#: English function words a chat export writes around a sender ("From <Name> to Everyone:").
_SHAPE_WORDS_EN = frozenset("from to the and of for with by at".split())


def _person_words(name: str) -> list[str]:
    """The words of a withheld speaker's name that may name a person, for the checks on
    published paths: none when the name is an organisation (it opens with a cue word:
    "Jeugdhuis De Kolk", "vzw X"); else its words but particles, letters, cue words and
    ordinary words, places and keep words that no name list holds ("uit", "marge")."""
    words = _WORD_RE.findall(name)
    if not words or fold(words[0]) in _ORG_CUES:
        return []
    lex = load_lexicon()
    out = []
    for word in words:
        f = fold(word)
        if len(f) <= 2 or f in PARTICLES or f in _ORG_CUES or f in _ORG_TAILS:
            continue
        if f in _SHAPE_WORDS_EN:
            continue  # ("From <Naam>" of a Zoom line taken whole: "from" in a script is no name; session 18)
        if (lex.is_word(f) or f in lex.places or f in lex.keep_single or f in lex.calendar) and not (
                f in lex.first_names or f in lex.surnames):
            continue
        out.append(word)
    return out


def _withhold_everywhere(report: Report, know: Knowledge, lab: Labeler, credited: set[str],
                         entries: list[LogEntry], facts: dict[str, TextFacts] | None = None,
                         handle_speakers: list[str] | None = None) -> None:
    """Replace the credited speakers' names in every published field but the quotes
    (``facts``: the :class:`.detect.TextFacts` of texts analysed before, by text;
    ``handle_speakers``: the speakers that are a network's handle, as the reader wrote them)."""
    if not credited:
        return
    # (the knowledge does not change below: the analysis only reads it)
    parts = credited_parts(know, credited)
    known = facts or {}

    # (a handle is one token to the analysis: the whole handle goes with its label, export_authors)
    handles = _credited_handles(handle_speakers or [], know, lab, credited)

    def fix(where: str) -> Any:
        def run(text: str) -> str:
            text = withhold_speakers(text, know, lab, credited, where, entries, parts, known.get(text))
            if handles:
                text, done = mask_handles(text, handles)
                entries.extend(LogEntry(where, orig, label, "speaker withheld (handle)", 1.0, "person")
                               for orig, label in done)
            return text
        return run
    report.title = fix("title")(report.title) if report.title else report.title
    for sid, text in list(report.sections.items()):
        if sid != "quotes" and isinstance(text, str):
            report.sections[sid] = fix(f"section {sid}")(text)
    for key in ("highlight", "speakers", "reporter", "session"):
        if key in report.meta:
            report.meta[key] = _map_strings(report.meta[key], fix(f"meta {key}"))
    if report.photo is not None:
        for attr in ("alt", "caption"):
            val = getattr(report.photo, attr)
            if isinstance(val, str) and val:
                setattr(report.photo, attr, fix(f"photo {attr}")(val))


def _credited_handles(handles: list[str], know: Knowledge, lab: Labeler, credited: set[str]) -> list[tuple[str, str]]:
    """(handle, label) of each credited speaker that is a network's handle (export_authors)."""
    out: dict[str, str] = {}
    for handle in handles:
        if handle in out or organisation_handle(handle):
            continue
        key = know.add(handle, explicit=True)
        if key is not None and key in credited:
            out[handle] = lab.attribution_label(key, chat=handle[:1].islower())
    return sorted(out.items(), key=lambda kv: -len(kv[0]))


def normalise_report(report: Report) -> None:
    """Normalise every text field a reader sees (:func:`.normalise.normalise_text`), in
    place: detection, publication and the leak guard then all see the same characters."""
    report.title = normalise_text(report.title)
    for sid, text in list(report.sections.items()):
        if isinstance(text, str):
            report.sections[sid] = normalise_text(text)
    for q in report.quotes:
        q.text = normalise_text(q.text)
        for attr in ("speaker", "attribution", "affiliation"):
            val = getattr(q, attr)
            if isinstance(val, str):
                setattr(q, attr, normalise_text(val))
    for key in ("highlight", "speakers", "reporter", "session"):
        if key in report.meta:
            report.meta[key] = _normalise_value(report.meta[key])
    if report.photo is not None:
        for attr in ("alt", "caption"):
            val = getattr(report.photo, attr)
            if isinstance(val, str):
                setattr(report.photo, attr, normalise_text(val))


def _normalise_value(value: Any) -> Any:
    if isinstance(value, str):
        return normalise_text(value)
    if isinstance(value, list):
        return [_normalise_value(v) for v in value]
    if isinstance(value, dict):
        return {k: _normalise_value(v) for k, v in value.items()}
    return value


def _mask_meta(value: Any, know: Knowledge, lab: Labeler, role: str, entries: list[LogEntry]) -> Any:
    if isinstance(value, list):
        return [_mask_meta(v, know, lab, role, entries) for v in value]
    if isinstance(value, dict):
        out = dict(value)
        if isinstance(out.get("name"), str):
            out["name"] = _mask_meta(out["name"], know, lab, role, entries)
        return out
    if isinstance(value, str):
        name = speaker_name(value)
        if not name or fold(name.split()[0]) in know.allow:  # (a label already: "sessiegever 2")
            return value
        key = know.add(name, explicit=True) or fold(name)
        label = lab.attribution_label(key)
        entries.append(LogEntry(f"meta {role}", name, label, "report (meta)", 1.0, "person"))
        return _replace_credit(value, name, label)
    return value


def _replace_credit(field: str, name: str, label: str) -> str:
    """``field`` with ``name`` replaced by ``label``, and the title words before the name
    with it when they open the field ("mevr. Peeters, schepen" -> "sessiegever 2, schepen",
    not "mevr. sessiegever 2")."""
    at = field.find(name)
    if at < 0:
        return field
    start = at if not (m := _TITLE_PREFIX_RE.match(field)) or m.end() != at else 0
    return field[:start] + label + field[at + len(name):]


def words_of(text: str) -> list[str]:
    return [m.group(0) for m in _WORD_RE.finditer(text)]
