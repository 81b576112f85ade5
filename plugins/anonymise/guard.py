"""The leak guard: is a name that the anonymiser removed about to be published?

Checked in every artefact (HTML, JSON, PDF text, digest), against the reports the
artefact belongs to:

* the original text of every quote that held a name, and the name with its
  neighbouring words from that quote (so a partly rewritten quote is caught too);
  the same for every credited inline quotation of the report's own text ('"...", zegt
  X'), and its withheld credit with the words around it;
* every deny-list name, anywhere;
* with ``scope: all``, every name the anonymiser replaced, anywhere;
* in every published quote, a word that still reads as a first name to anyone (a
  listed first name in lower case or in capitals that no other list knows:
  ``leftover.py``), with its neighbouring words: the net under what the anonymiser
  did not find;
* in every published quote, a contact detail the anonymiser's patterns find there
  (``leftover_contacts.py``): the same net for e-mail addresses, phone numbers, handles
  and personal sites.

With the default scope the other sections legitimately keep their names (the summary
may say who gave the session), so a bare name outside a quote is not a leak. The
problems never repeat the leaked name: they say which quote of which report leaked.
"""

from __future__ import annotations

import codecs
import functools
import html
import re
from collections.abc import Callable, Sequence
from typing import Any

from perskamer.model import Artifact, Problem, Report

from .anonymiser import Options, _person_words, anonymise_report, is_name_word, normalise
from .detect import PARTICLES, _idiom_re
from .filename import _stem_path, naming_words
from .leftover import leftover_fragments
from .leftover_contacts import leftover_contacts, own_texts, private_contacts_left
from .lexicon import fold, load_lexicon
from .normalise import normalise_text
from .published import published_texts

_TAG_RE = re.compile(r"<[^>]{0,2000}>")
#: A JSON escape: a surrogate pair (a character beyond the BMP, an emoji, written as two
#: escapes by ``ensure_ascii``) or one character.
_UESC_RE = re.compile(r"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}")
_HYPHENATED_RE = re.compile(r"(\w)-\s*\n\s*(\w)")
_HYPHEN_BREAK = re.compile(r"-\s*\n")  # what every match of _HYPHENATED_RE holds


def artefact_text(text: str, casefold: bool = True) -> str:
    """The artefact's text as a reader sees it: tags dropped, entities and JSON escapes
    decoded; case-folded unless ``casefold`` is false."""
    return normalise(_decoded(text), casefold=casefold)


def _decoded(text: str) -> str:
    """:func:`artefact_text` before its white space, quote marks and case are normalised."""
    # (each step only when the text holds what it changes: an HTML page seldom holds a
    # backslash, a JSON file seldom a tag; every pass is a scan of the whole artefact)
    if "\\" in text:
        if "\\u" in text:
            text = _UESC_RE.sub(_unescape_json, text)
        text = text.replace('\\"', '"').replace("\\n", " ")
    if "<" in text:
        text = _TAG_RE.sub(" ", text)
    text = normalise_text(html.unescape(text))
    # PDF text layers break words at line ends with a hyphen.
    if _HYPHEN_BREAK.search(text):
        text = _HYPHENATED_RE.sub(r"\1\2", text)
    return text


def _unescape_json(match: re.Match[str]) -> str:
    """The character a JSON escape stands for (a pair joined into one: the emoji of a quote
    stays the character the quote's original holds, so the original is still found)."""
    decoded = codecs.decode(match.group(0), "unicode_escape")
    if len(decoded) == 2:
        decoded = decoded.encode("utf-16-le", "surrogatepass").decode("utf-16-le")
    return decoded


def _record(report: Report) -> dict[str, Any]:
    rec = report.private.get("anonymisation")
    if isinstance(rec, dict) and rec.get("done"):
        return rec
    # The transform did not run (or failed): work out on a copy what it would have found.
    import copy

    clone = copy.deepcopy(report)
    clone.private.pop("anonymisation", None)
    anonymise_report(clone, Options())
    rec = dict(clone.private.get("anonymisation", {}))
    rec["not_run"] = True
    return rec


_WORD = re.compile(r"\w+")


class _Text:
    """The scanned text, with a fast exact test for "is this needle a substring?".

    A word that lies wholly inside a needle (non-word characters on both sides, within
    the needle) can only occur as a whole word of the text; a needle with such a word
    that the text lacks cannot occur, so most needles are ruled out without scanning
    the whole text (collection pages list every report: thousands of needles).
    """

    #: Needles tested with a plain substring search before the word set is made: a report's
    #: own page or JSON asks a few (making the set cost more than they do), a collection
    #: page thousands. The answer is the same either way.
    PLAIN_TESTS = 16

    def __init__(self, text: str):
        self.text = text
        self._words: set[str] | None = None
        self._asked = 0

    def __contains__(self, needle: str) -> bool:
        if self._words is None and self._asked < self.PLAIN_TESTS:
            self._asked += 1
            return needle in self.text
        inner = _inner_words(needle)
        if inner:
            if self._words is None:
                self._words = set(_WORD.findall(self.text))
            if any(word not in self._words for word in inner):
                return False
        return needle in self.text

    def has_words(self, words: Sequence[str]) -> bool:
        """Whether every one of these (case-folded) words is a word of the text."""
        if self._words is None:
            self._words = set(_WORD.findall(self.text))
        return all(w in self._words for w in words)

    def may_have_words(self, words: Sequence[str]) -> bool:
        """False only when :meth:`has_words` is false: a cheap filter before a search for a
        bounded word (whose match implies every word of it is a word of the text). Makes the
        word set only after :data:`PLAIN_TESTS` questions: a report's own artefact asks about a
        few words, which the bounded search alone answers faster than making the set."""
        if self._words is None and self._asked < self.PLAIN_TESTS:
            self._asked += 1
            return True
        return self.has_words(words)


def _bounded_re(literal: str, flags: int = 0) -> re.Pattern[str]:
    """``literal`` with no word character right before or after it.

    The same matches as ``(?<!\\w)literal(?!\\w)``, written with the literal first
    (the character before it looked at behind the literal): a pattern that starts with
    a literal is searched for with a fast scan, one that starts with a look-behind is
    tried at every position of the text (~20x slower on a report's page)."""
    return re.compile(re.escape(literal) + r"(?<!\w" + "." * len(literal) + r")(?!\w)", flags | re.DOTALL)


@functools.lru_cache(maxsize=65536)
def _inner_words(needle: str) -> tuple[str, ...]:
    """The words wholly inside ``needle`` (see :class:`_Text`); a collection page asks every report's needles."""
    return tuple(m.group() for m in _WORD.finditer(needle) if m.start() > 0 and m.end() < len(needle))


@functools.lru_cache(maxsize=65536)
def _word_parts(word: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(normalise(word)))


class _Facts:
    """What :func:`inspect_text` reads of one report's anonymisation record, worked out once.

    A collection page (the index, each theme page, the search index's entry) is read
    against every published report: made again for each page, the quotes that held a
    name and the bare-name check's words of the withheld speakers cost ~25 ms a page at
    1000 reports. A record is made once by the transform and only read afterwards.
    """

    __slots__ = ("named_quotes", "withheld", "own")

    def __init__(self, rec: dict[str, Any]):
        # the form's quotes, then the credited quotations in the report's own text
        self.named_quotes = [q for q in [*rec.get("quotes", []), *rec.get("inline_quotes", [])] if q.get("had_name")]
        self.withheld: list[str] = []
        self.own: set[str] = set()
        if rec.get("withheld"):
            # only the words the anonymiser replaced somewhere as (part of) a person's name: a
            # placeholder speaker "Sessiegever (Organisatie)" is withheld with its words, but
            # a role word is no name, and the label it gets ("een sessiegever") holds it
            log = rec.get("log", [])
            replaced = {fold(w) for e in log if e.get("kind", "person") == "person"
                        for w in _WORD.findall(e.get("original") or "")}
            labels = {fold(w) for e in log for w in _WORD.findall(e.get("label") or "")}
            self.withheld = [w for w in rec["withheld"]
                             if all(fold(x) in replaced and fold(x) not in labels for x in _WORD.findall(w))]
            self.own = _own_words(self.withheld, rec["withheld"])


#: Facts by ``id()`` of their record (kept alive beside them, so an id is never reused).
_FACTS: dict[int, tuple[dict[str, Any], _Facts]] = {}
_FACTS_LIMIT = 50_000


def _facts(rec: dict[str, Any]) -> _Facts:
    if rec.get("not_run"):  # a record worked out on a copy for this call: not kept
        return _Facts(rec)
    found = _FACTS.get(id(rec))
    if found is not None and found[0] is rec:
        return found[1]
    if len(_FACTS) > _FACTS_LIMIT:  # (watch runs for days)
        _FACTS.clear()
    facts = _Facts(rec)
    _FACTS[id(rec)] = (rec, facts)
    return facts


def _own_words(words: list[str], withheld: list[str] | tuple[str, ...]) -> set[str]:
    return {fold(w) for w in words} | {fold(x) for w in withheld for x in _WORD.findall(w)}


@functools.lru_cache(maxsize=4096)
def _word_re(word: str) -> re.Pattern[str]:
    return _bounded_re(normalise(word))


#: What may stand before a word that starts a sentence (the guard's text is one line).
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?:;…\"'«»“”„‘’\-–—•*>(\[])\s*$")


@functools.lru_cache(maxsize=4096)
def _cased_word_re(word: str) -> re.Pattern[str]:
    return _bounded_re(normalise(word, casefold=False))


def _name_word_mid_sentence(name: str, cased: str) -> bool:
    """Whether a name that is also a word stands capitalised, not at a sentence start,
    in the case-preserving text (the bare common word is no evidence)."""
    word = normalise(name, casefold=False)
    if not word[:1].isupper():
        return False
    for m in _cased_word_re(word).finditer(cased):
        if not _SENTENCE_START_RE.search(cased[max(0, m.start() - 3) : m.start()]):
            return True
    return False


#: The last reports list seen, a copy of it, and its reports by slug.
_SLUG_INDEX: list[Any] = [None, None, None]


def _by_slug(reports: list[Report]) -> dict[str, list[Report]]:
    """The reports by slug, in list order; one index per reports list (a build passes the
    same list with every artefact), rebuilt when the list changed."""
    known, copy, index = _SLUG_INDEX
    if known is not reports or copy != reports:
        index = {}
        for r in reports:
            index.setdefault(r.slug, []).append(r)
        _SLUG_INDEX[:] = [reports, list(reports), index]
    return index


_PATH_WORD_RE = re.compile(r"[^\W_]+")


def inspect_path(artifact: Artifact, reports: list[Report], opts: Options) -> list[Problem]:
    """With ``scope: all``: a problem when a report's own artefact (text or not: a photo
    too) has a name part the anonymiser replaced in its path."""
    if artifact.report is None:
        return []
    problems = []
    for report in _by_slug(reports).get(artifact.report, []):
        rec = _record(report)
        if (rec.get("scope") or opts.scope) != "all":
            # a withheld speaker is named nowhere, not in a path either (the anonymiser gave
            # the report another slug when its file name named one)
            if _names_in_path(artifact.path, rec.get("withheld", []), set()):
                problems.append(Problem(
                    "error", f"report {report.slug} ({report.source}): a withheld speaker's name is part of the file "
                    f"name {artifact.path} [rule: withheld speaker, name in a path]", file=artifact.path,
                    plugin="anonymise",
                    hint="an output names this file after something else than the report's slug (its source file "
                         "name?): the report is withheld; name the file after report.slug"))
            continue
        if _names_in_path(artifact.path, rec.get("replaced", []), naming_words(report)):
            problems.append(Problem(
                "error", f"report {report.slug} ({report.source}): a replaced name is part of the file name "
                f"{artifact.path} [rule: scope: all, name in a path]", file=artifact.path, plugin="anonymise",
                hint="an output names this file after something else than the report's slug (its source file "
                     "name?): the report is withheld; name the file after report.slug"))
    return problems


def _names_in_path(path: str, replaced: list[str], file_words: set[str]) -> bool:
    """Whether a word of a report's own artefact path is a name part the anonymiser
    replaced, or a word of the source file name that may name someone (``scope: all``):
    an output that names files after something else than the slug (the source file
    name, a speaker) would publish it. Names that are also words and particles are left
    out (a path word is no evidence of them)."""
    words = {fold(w) for w in _PATH_WORD_RE.findall(path)}
    if words & file_words:
        return True
    # an organisation credited as speaker and masked with it ("Jeugdhuis De Kolk") names
    # no one: only the words that may name a person count (see _person_words)
    return any(
        fold(part) in words
        for name in replaced if not is_name_word(name)
        for part in _person_words(name) if len(part) > 2 and fold(part) not in PARTICLES
    )


_SAINT_GLUE_RE = re.compile(r"(?:sint|sinte|st|heilig|onze-lieve)[.-]{1,2}$", re.IGNORECASE)


def _withheld_words_in(words: list[str], haystack: _Text, cased_text: Any, report: Report,
                       collection: list[Report] | None, withheld: list[str] | tuple[str, ...] = (), own: set[str] | None = None) -> int:
    """How many words of a withheld speaker's name stand on their own in the text (the
    default scope; with ``scope: all`` every replaced name is looked for anyway).

    Not counted: a name that is also a word (a name-word, any Dutch word) unless it stands
    capitalised mid-sentence; an
    occurrence that is part of another capitalised name ("Wendelien Maes" is someone else
    when "Wendelien Okonkwo" is withheld: the anonymiser kept her; "Pieter-Jan" when
    "Pieter" is) or of a saint's name ("Sint-Jan"); and on a collective page, a word another report of the page publishes
    (that report's person, not this one's speaker; the report's own pages are checked on
    their own). ``withheld``: every withheld name as given; each of their words (the
    halves of "Anne-Sophie" too) is the speaker's own, never "another person's"; ``own``: their
    folded words, when known already."""
    if own is None:
        own = _own_words(words, withheld)
    hits = 0
    for word in words:
        # (a collective page holds every report: the word set rules most words out at once)
        if len(word) < 3 or not haystack.may_have_words(_word_parts(word)):
            continue
        if not _word_re(word).search(haystack.text):
            continue
        # a name that is also a word ("Roos", a surname "Bakker": "naar de bakker") counts
        # only as a name: capitalised, mid-sentence
        if ((is_name_word(word) or load_lexicon().is_word(fold(word)))
                and not _name_word_mid_sentence(word, cased_text())):
            continue
        if collection is not None and _published_elsewhere(collection, report, word):
            continue
        if any(_alone(cased_text(), m, own) for m in _cased_any_re(word).finditer(cased_text())):
            hits += 1
    return hits


@functools.lru_cache(maxsize=4096)
def _cased_any_re(word: str) -> re.Pattern[str]:
    return _bounded_re(normalise(word, casefold=False), re.IGNORECASE)


_GLUED_AFTER_RE = re.compile(r"-([^\W\d_]\w*)")
_GLUED_BEFORE_RE = re.compile(r"([^\W\d_]\w*)-$")
_NEXT_WORD_RE = re.compile(r" ([^\W\d_][\w'’]*)")
_PREV_WORD_RE = re.compile(r"([^\W\d_][\w'’]*) $")


def _alone(cased: str, m: re.Match[str], own: set[str]) -> bool:
    """Whether a match of a withheld name word is not part of another person's name or a
    saint's name (see :func:`_withheld_words_in`)."""
    before = cased[max(0, m.start() - 40) : m.start()]
    if before.endswith("-") and _SAINT_GLUE_RE.search(before):
        return False
    # part of a hyphenated name of someone else ("Pieter-Jan" when "Pieter" is withheld)
    glued = _GLUED_AFTER_RE.match(cased, m.end()) or (_GLUED_BEFORE_RE.search(before) if before.endswith("-") else None)
    if glued is not None and glued.group(1)[:1].isupper() and fold(glued.group(1)) not in own:
        return False
    previous = _PREV_WORD_RE.search(before)
    while previous is not None and fold(previous.group(1)) in PARTICLES:
        # past a surname's particles to the word before them ("Sofie Van den Broeck")
        previous = _PREV_WORD_RE.search(before[: previous.start()])
    for neighbour in (_NEXT_WORD_RE.match(cased, m.end()), previous):
        if neighbour is None:
            continue
        word = neighbour.group(1)
        f = fold(word)
        # a capitalised word before it at the start of a sentence (or of a JSON string) may
        # owe its capital to that place ("Volgens D'Hondt"), unless it is no Dutch word at
        # all: then it is a name ("Nore D'Hondt", a reporter who shares the surname)
        if word[:1].isupper() and f not in own and f not in PARTICLES and len(word) > 1 and not (
                neighbour.re is _PREV_WORD_RE and _SENTENCE_START_RE.search(before[: neighbour.start()])
                and load_lexicon().is_word(f)):
            return False
    return True


#: The last reports list seen, a copy of it, and per published word the reports publishing it.
_PUBLISHED_WORDS: list[Any] = [None, None, None]


def _published_elsewhere(reports: list[Report], report: Report, word: str) -> bool:
    """Whether another report of a collection publishes this word (its own person)."""
    known, copy, index = _PUBLISHED_WORDS
    if known is not reports or copy != reports:
        index = {}
        for r in reports:
            words: set[str] = set()
            for get, _ in published_texts(r):
                _collect_words(get(), words)
            for w in words:
                index.setdefault(w, set()).add(id(r))
        _PUBLISHED_WORDS[:] = [reports, list(reports), index]
    return bool(index.get(fold(word), set()) - {id(report)})


_JOINED_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def _collect_words(value: Any, words: set[str]) -> None:
    if isinstance(value, str):
        for w in _JOINED_WORD.findall(value):  # "Pieter-Jan", and "pieter", "jan"
            words.add(fold(w))
            if not w.isalnum():
                words.update(fold(x) for x in _WORD.findall(w))
    elif isinstance(value, dict):
        for v in value.values():
            _collect_words(v, words)
    elif isinstance(value, (list, tuple)):
        for v in value:
            _collect_words(v, words)


def withheld_speaker_hint(source: str) -> str:
    """What a user can safely do when a word of a speaker credited to a label stands on its own
    in a report's artefact (session 23): adding the word to ``anonymise.allow`` would publish
    the speaker's name everywhere, so the hint says so."""
    return (f"the report is withheld from every output: a first name or surname of a speaker credited to a "
            f"label ('een sessiegever') stands on its own in it; find it with 'perskamer anonymise --preview "
            f"{source}' and rewrite it in the report (or in the template or plugin that publishes it), or, if the "
            "speaker agreed to be named, say so in the front matter (speakers: [{name: ..., named: true}]); "
            "the reporter's own credit is never counted (anonymise.reporter); do not add the name to "
            "anonymise.allow: that publishes the speaker's name everywhere")


def _without_credits(credits: list[str], scanned: str, haystack: _Text,
                     cased_text: Callable[[], str]) -> tuple[_Text, Callable[[], str]]:
    """The scanned text and the case-preserving one with every exact occurrence of the
    reporter's credits blanked (the same length of spaces); the texts as they were when no
    credit occurs."""
    found = [c for c in credits if _bounded_re(normalise(c)).search(scanned)]
    if not found:
        return haystack, cased_text
    blanked = scanned
    cased = cased_text()
    for credit in found:
        blanked = _bounded_re(normalise(credit)).sub(lambda m: " " * len(m.group()), blanked)
        cased = _bounded_re(normalise(credit, casefold=False)).sub(lambda m: " " * len(m.group()), cased)
    return _Text(blanked), lambda: cased


def inspect_text(artifact: Artifact, text: str, reports: list[Report], opts: Options) -> list[Problem]:
    """Problems (severity error) for every leak found in one artefact's text."""
    if not text:
        return []
    decoded = _decoded(text)
    scanned = normalise(decoded)  # artefact_text(text)
    haystack = _Text(scanned)
    problems: list[Problem] = []
    concerned = list(reports) if artifact.report is None else _by_slug(reports).get(artifact.report, [])

    def problem(message: str, rule: str, report: Report | None = None) -> None:
        # Names the report, the rule and the fix -- never the name.
        if report is not None:
            message = f"report {report.slug} ({report.source}): {message} [rule: {rule}]"
            if rule == "withheld speaker, bare name":
                fix = withheld_speaker_hint(report.source)
            else:
                fix = (f"the report is withheld from every output; see what the anonymiser did with "
                       f"'perskamer anonymise --preview {report.source}', then add the name to anonymise.deny "
                       "(or a word wrongly taken for a name to anonymise.allow) in perskamer.yaml")
        else:
            message = f"{message} [rule: {rule}]"
            fix = "remove the name from the source text, or from anonymise.deny if it is no name"
        problems.append(Problem("error", message, file=artifact.path, plugin="anonymise", field=None, hint=fix))

    protected: str | None = None  # the scanned text without idioms (scope: all)
    cased: str | None = None  # the scanned text as written (names that are also words)

    def cased_text() -> str:
        nonlocal cased
        if cased is None:
            cased = normalise(decoded, casefold=False)  # artefact_text(text, casefold=False)
        return cased

    records = [(report, _record(report)) for report in concerned]
    allowed = {fold(w) for w in opts.allow}  # (words the editor says are no name: the leftover check)
    kept = {normalise(w) for w in opts.allow}  # (phrases the editor kept, as the contact net gives them)
    for report, rec in records:
        for q in _facts(rec).named_quotes:
            label = q.get("label") or f"quote {q['index']}"
            original = q.get("original") or ""
            if original and original in haystack:
                problem(f"{label} appears un-anonymised in {artifact.path}", "original quote", report)
                continue
            leaked = any(frag in haystack for frag in q.get("fragments", []))
            if not leaked and q.get("cased_fragments"):
                # a name that is also a word: with its neighbouring words, as written
                leaked = any(frag in cased_text() for frag in q["cased_fragments"])
            if leaked:
                problem(f"a name from {label} appears in {artifact.path}", "name with its neighbouring words", report)
        if rec.get("not_run") and any(q.get("had_name") for q in rec.get("quotes", [])):
            pass  # reported above if it leaked; nothing more to say
        # the net under what the anonymiser did not find: a published quote that still holds
        # a word anyone reads as a first name ("ik zie yusuf", "MERCI NIELS")
        left = sum(1 for q in report.quotes
                   if any(w not in allowed and frag in haystack for w, frag in leftover_fragments(q.text)))
        if left:
            problem(f"{left} quote(s) still hold a word that reads as a first name in {artifact.path}",
                    "first name left in a quote", report)
        # the same net for contact details: a published quote that still holds one (session 9)
        # (an identifier the editor kept after the review -- "perskamer review", listed as
        # uncertain -- is the editor's decision: session 14)
        contacts_left = sum(1 for q in report.quotes
                            if any(c in haystack and c not in kept for c in leftover_contacts(q.text)))
        if contacts_left:
            problem(f"{contacts_left} quote(s) still hold a contact detail in {artifact.path}",
                    "contact detail left in a quote", report)
        # and a person's contact details in the report's own text, whatever the scope (session 10)
        memo = rec.get("private_contacts_left")
        private_left = sum(1 for t in own_texts(report) if any(c in haystack for c in private_contacts_left(t, memo)))
        if private_left:
            problem(f"{private_left} text(s) of the report still hold a person's contact detail in {artifact.path}",
                    "private contact left in the report's text", report)
        if (rec.get("scope") or opts.scope) == "all":
            if protected is None:
                protected = _idiom_re(load_lexicon().idioms).sub(" ", scanned)
            hits = 0
            for name in rec.get("replaced", []):
                if len(name) < 2 or not _word_re(name).search(protected):
                    continue
                # "een storm van reacties" is no leak of a child called Storm: a name that
                # is also a word counts capitalised and mid-sentence only (its fragments
                # from the quotes are checked above).
                if is_name_word(name) and not _name_word_mid_sentence(name, cased_text()):
                    continue
                hits += 1
            if hits:
                problem(f"{hits} replaced name(s) appear in {artifact.path}", "scope: all, replaced name", report)
    for report, rec in records:
        if (rec.get("scope") or opts.scope) != "all" and rec.get("withheld"):
            facts = _facts(rec)  # (the words of the withheld names the bare-name check looks for)
            hay, cased_of = haystack, cased_text
            credits = rec.get("reporter_credits")
            if credits and facts.withheld:
                # the reporter's exact credit is the reporter's, never the withheld speaker's
                # who shares a word with it (reporter_credit.py); every other occurrence counts
                hay, cased_of = _without_credits(credits, scanned, haystack, cased_text)
            hits = _withheld_words_in(facts.withheld, hay, cased_of, report,
                                      reports if artifact.report is None else None, rec["withheld"], facts.own)
            if hits:
                problem(f"{hits} word(s) of a withheld speaker's name appear in {artifact.path}",
                        "withheld speaker, bare name", report)
    for report, rec in records:
        # the source file's name, when it names a withheld speaker (the published source is
        # then a neutral one): an output publishing report.source as written leaks it
        if rec.get("withheld") and report.published_source != report.source:
            stem = _stem_path(report.source).casefold()
            if _names_in_path(stem, rec["withheld"], set()) and stem in haystack:
                problem(f"the source file name appears in {artifact.path}", "withheld speaker, source file name", report)
    deny = list(opts.deny)
    for report in concerned:
        deny.extend((report.private.get("anonymisation") or {}).get("deny", []))
    hits = sum(1 for name in dict.fromkeys(deny) if name.strip() and _word_re(name).search(scanned))
    if hits:
        problem(f"{hits} name(s) from the anonymise deny-list appear in {artifact.path}", "deny-list")
    return problems
