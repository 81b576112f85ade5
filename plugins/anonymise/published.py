"""The anonymised report as readers see it: no re-identification, readable labels.

Runs after the quotes are anonymised (see :func:`.anonymiser.anonymise_report`):

* **Speakers stay anonymous** (``anonymise.speakers: anonymous``, the default): a
  speaker whose quote is credited to a label is named nowhere else in the published
  report either -- summary and other sections, title, highlight, photo caption and alt
  text, the ``speakers``/``reporter`` facts -- but shown with the same label. Their
  nickname (a scouting totem, "Laura Desmet (totem Wezel)") belongs to them and goes too.
* **Credits read well**: "een deelnemer (een deelnemer)" becomes "een deelnemer"; a
  quote without a credit gets the configured neutral credit.
* **Labels are numbered in order of appearance in what is published** (title, facts,
  sections in order, the quotes where the quotes section stands), without gaps.
* **Possessives the Dutch way** (``anonymise.possessive: van``): "[persoon 1]'s idee"
  becomes "het idee van [persoon 1]".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from perskamer.model import Report

from .detect import _WORD_RE, TITLE_ALTERNATION, Knowledge, TextFacts, analyse
from .lexicon import fold
from .replace import Labeler, LogEntry

_SENTENCE_END = re.compile(r"(?:^|[.!?…:]\s+|\n\s*|[\"“„‘«(]\s*)$")


def credited_parts(know: Knowledge, credited: set[str]) -> list[str]:
    """The folded name parts (and place parts) of the credited speakers, for the substring
    test of :func:`withhold_speakers` (made once for all the fields of a report)."""
    return [part for names in (know.names, know.place_parts) for part, key in names.items()
            if key in credited and len(part) > 1]


#: A title or role word just before a name ("dr. ", "mevr. ", "schepen "), which a role
#: label takes in: "zegt een sessiegever", not "zegt dr. een sessiegever".
_TITLE_BEFORE_RE = re.compile(
    r"(?<![\w.])(?i:" + TITLE_ALTERNATION + r")\.?[ \t]+$"
)


def _credited_key(key: str | None, text: str, know: Knowledge, credited: set[str]) -> str | None:
    """The credited person a span names: its own key, or, for one word that the harvest
    took for a person of its own, the credited speaker whose first name it starts ("Tenz"
    when "Tenzin Dolma" speaks: the harvest meets the short form before the speakers are
    known and gives it a key of its own)."""
    if key in credited:
        return key
    short = know.short.get(fold(text))
    if short in credited and key not in know.explicit and " " not in text.strip():
        return short
    return None


def withhold_speakers(text: str, know: Knowledge, lab: Labeler, credited: set[str], where: str,
                      log: list[LogEntry], parts: list[str] | None = None, facts: TextFacts | None = None) -> str:
    """``text`` with every credited speaker's name (and nickname) replaced by their label.
    ``parts``: :func:`credited_parts` of ``know`` and ``credited``, when known; ``facts``:
    the text's :class:`.detect.TextFacts`, when known (a harvested section's)."""
    if not text or not credited:
        return text
    # (most sections name none of them: a substring test on the folded text spares the analysis)
    folded = fold(text)
    if not any(part in folded for part in (credited_parts(know, credited) if parts is None else parts)):
        # (a short form of a credited first name, as a whole word: "Tenz" for "Tenzin")
        # (a whole word is a substring first: most texts hold none, and the words are not split)
        shorts = {part for part, key in know.short.items() if key in credited and part in folded}
        if not shorts or shorts.isdisjoint(_WORD_RE.findall(folded)):
            return text
    analysis = analyse(text, know, chat=False, deny_unknown=False, find_uncertain=False,  # (only its spans are read)
                       facts=facts)
    out: list[str] = []
    pos = 0
    for span in analysis.spans:
        key = _credited_key(span.key, span.text, know, credited) if span.kind == "person" else None
        if key is None:
            continue
        # a deny-listed name that is no credited speaker gets its text label ("[persoon 3]")
        label = lab.attribution_label(key) if key not in know.deny or key in lab.roles else lab.text_label(key)
        start = span.start
        if not label.endswith("]") and (title := _TITLE_BEFORE_RE.search(text, max(pos, start - 24), start)):
            start = title.start()  # "dr. Anna Peeters" -> "een sessiegever", not "dr. een sessiegever"
        if not where.startswith("meta") and (start == 0 or _SENTENCE_END.search(text[max(0, start - 3) : start])):
            label = label[:1].upper() + label[1:]
        out.append(text[pos : start])
        out.append(label + (span.suffix if span.suffix and not label.endswith("]") else ""))
        pos = span.end
        rule = "deny" if key in know.deny else "speaker withheld (no re-identification)"
        log.append(LogEntry(where, span.text, label, rule, 1.0, "person"))
    out.append(text[pos:])
    return tidy_credit("".join(out))


_TOTEM_RE = re.compile(r"([A-ZÀ-Þ][\w'’-]+(?:[ \t]+(?:[a-z]{1,3}[ \t]+){0,2}[A-ZÀ-Þ][\w'’-]+){0,3})[ \t]*\([ \t]*totem[ \t]+([A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+)?)[ \t]*\)")


def link_nicknames(texts: Iterable[str], know: Knowledge) -> None:
    """"Laura Desmet (totem Wezel)": the totem is the same person as the name before it."""
    for text in texts:
        if "totem" not in text:
            continue
        for m in _TOTEM_RE.finditer(text):
            name_key = know.names.get(" ".join(fold(w) for w in m.group(1).split()))
            if name_key is None:
                continue
            for part in [m.group(2), *m.group(2).split()]:
                know.names[fold(part)] = name_key
            words = tuple(fold(w) for w in m.group(2).split())
            if len(words) > 1:
                know.multi[words] = name_key
            know.writes += 1  # (what the knowledge says may have changed: see Knowledge.writes)


_MASKED_TOTEM_RE = re.compile(r"\s*\(\s*totem\s+\[[^\]\n]{1,40}\]\s*\)")
_BRACKET_RE = re.compile(r"\s*\(\s*(?:totem\s+)?([^()\n]{3,60}?)\s*\)")


def tidy_credit(text: str) -> str:
    """"een deelnemer (een deelnemer)", "een sessiegever (totem een sessiegever)" -> the label once.

    Linear: each bracket is compared with the text just before it."""
    if "(" not in text:
        return text
    if "totem" in text:
        text = _MASKED_TOTEM_RE.sub("", text)  # "(totem [persoon 1])": a masked nickname tells nothing
    out: list[str] = []
    pos = 0
    for m in _BRACKET_RE.finditer(text):
        inner = m.group(1)
        if text[max(0, m.start() - len(inner)) : m.start()].casefold() == inner.casefold():
            out.append(text[pos : m.start()])
            pos = m.end()
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


def label_pattern(person_label: str) -> re.Pattern[str]:
    """The regex of a person label ("[persoon {n}]" -> ``\\[persoon (\\d+)\\]``)."""
    head, _, tail = person_label.partition("{n}")
    return re.compile(re.escape(head) + r"(\d+)" + re.escape(tail))


def published_texts(report: Report) -> list[tuple[Callable[[], Any], Callable[[Any], None]]]:
    """Getters and setters of every published text field, in reading order."""
    fields: list[tuple[Callable[[], Any], Callable[[Any], None]]] = []
    fields.append((lambda: report.title, lambda v: setattr(report, "title", v)))
    for key in ("highlight", "speakers", "reporter", "session"):
        if key in report.meta:
            fields.append((lambda k=key: report.meta.get(k), lambda v, k=key: report.meta.__setitem__(k, v)))  # type: ignore[misc]
    quotes_done = False
    for sid in list(report.sections):
        if sid == "quotes" and not quotes_done:
            fields.extend(_quote_fields(report))
            quotes_done = True
        fields.append((lambda s=sid: report.sections.get(s), lambda v, s=sid: report.sections.__setitem__(s, v)))  # type: ignore[misc]
    if not quotes_done:
        fields.extend(_quote_fields(report))
    if report.photo is not None:
        for attr in ("caption", "alt"):
            fields.append((lambda a=attr: getattr(report.photo, a), lambda v, a=attr: setattr(report.photo, a, v)))  # type: ignore[misc]
    return fields


def _quote_fields(report: Report) -> list[tuple[Callable[[], Any], Callable[[Any], None]]]:
    out: list[tuple[Callable[[], Any], Callable[[Any], None]]] = []
    for q in report.quotes:
        for attr in ("text", "attribution", "speaker", "affiliation"):
            out.append((lambda q=q, a=attr: getattr(q, a), lambda v, q=q, a=attr: setattr(q, a, v)))  # type: ignore[misc]
    return out


def _map_strings(value: Any, fn: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return fn(value)
    if isinstance(value, list):
        return [_map_strings(v, fn) for v in value]
    if isinstance(value, dict):
        return {k: _map_strings(v, fn) for k, v in value.items()}
    return value


def renumber(report: Report, person_label: str, log: list[LogEntry]) -> dict[int, int]:
    """Number the person labels 1, 2, 3... in order of first appearance in what is
    published; returns old -> new. The log's labels follow."""
    pattern = label_pattern(person_label)
    mapping: dict[int, int] = {}

    def collect(text: str) -> str:
        for m in pattern.finditer(text):
            mapping.setdefault(int(m.group(1)), len(mapping) + 1)
        return text

    fields = published_texts(report)
    for get, _set in fields:
        _map_strings(get(), collect)
    if all(k == v for k, v in mapping.items()):
        return mapping

    def apply(text: str) -> str:
        # numbers never published (only in the log) go after the published ones
        return pattern.sub(lambda m: person_label.replace("{n}", str(_new(int(m.group(1))))), text)

    def _new(old: int) -> int:
        if old not in mapping:
            mapping[old] = len(mapping) + 1
        return mapping[old]

    for get, set_ in fields:
        value = get()
        if value is not None:
            set_(_map_strings(value, apply))
    for entry in log:
        entry.label = apply(entry.label)
    return mapping


# het-words among the nouns that follow a person in reports (everything else takes "de")
_HET_NOUNS = frozenset(
    {"idee", "verhaal", "kamp", "lokaal", "huis", "werk", "boek", "project", "gesprek", "team", "leven", "kind",
     "gevoel", "plan", "antwoord", "voorstel", "moment", "advies", "probleem", "dossier", "bericht", "nummer",
     "spel", "feest", "weekend", "jeugdhuis", "bestuur", "budget", "initiatief", "standpunt", "lied", "geld",
     "woord", "doel", "paspoort", "hart", "hoofd", "gezin", "verleden", "talent", "optreden", "schilderij",
     "filmpje", "succes", "verzoek", "voorbeeld", "werkje", "tekstje", "lief", "gedicht", "dorp", "land"}
)
_POSSESSIVE_RE_CACHE: dict[str, re.Pattern[str]] = {}
#: Words that are no noun after a possessive (then the text is left as it is).
_NOT_NOUNS = frozenset({"was", "is", "en", "of", "heeft", "had", "werd", "wordt", "zijn", "waren", "ook", "dat", "die",
                        "niet", "wel", "nog", "al", "te", "om", "in", "op", "met", "van", "voor", "naar", "bij", "zo"})


def dutch_possessives(text: str, person_label: str) -> str:
    """"[persoon 1]'s nieuwe idee" -> "het nieuwe idee van [persoon 1]"; the article from
    the noun (diminutives and a list of het-words take "het"; plurals take "de")."""
    if "'s" not in text and "’s" not in text:
        return text
    pat = _POSSESSIVE_RE_CACHE.get(person_label)
    if pat is None:
        head, _, tail = person_label.partition("{n}")
        pat = re.compile(
            r"(?P<label>" + re.escape(head) + r"\d+" + re.escape(tail) + r"|een (?:sessiegever|deelnemer)|de verslaggever)"
            r"['’]s (?P<words>[a-zà-ÿ][a-zà-ÿ-]*(?:[ ]+[a-zà-ÿ][a-zà-ÿ-]*){0,2})"
        )
        _POSSESSIVE_RE_CACHE[person_label] = pat

    def rewrite(m: re.Match[str]) -> str:
        words = m.group("words").split()
        # up to two adjectives (ending in -e, no noun of the list) before the noun
        k = 0
        while (k < len(words) - 1 and k < 2 and words[k].endswith("e") and words[k] not in _HET_NOUNS
               and words[k + 1] not in _NOT_NOUNS):
            k += 1
        noun = words[k]
        if noun in _NOT_NOUNS:
            return m.group(0)
        plural = noun.endswith(("en", "s")) and noun not in _HET_NOUNS and len(noun) > 4
        het = not plural and (noun in _HET_NOUNS or noun.endswith(("je", "tje", "pje", "ke", "ske")))
        article = "het" if het else "de"
        start = m.start()
        if start == 0 or _SENTENCE_END.search(text[max(0, start - 3) : start]):
            article = article.capitalize()
        rest = " ".join(words[k + 1 :])
        phrase = " ".join([article, *words[: k + 1], "van", m.group("label")])
        return phrase + (" " + rest if rest else "")

    return pat.sub(rewrite, text)
