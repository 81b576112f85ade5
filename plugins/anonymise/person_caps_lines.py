"""Names in capitals: a line shouted in capitals, a sign-off's pair (issue 11, session 25; the A24
attack set's frames ``caps-missen``, ``caps-kapitein``, ``caps-proficiat`` and the partial names in
them, informed, and s25-privacy's frozen batch class 5).

On a line written in capitals (``person_first_before.caps_line``) a name has no capital of its own
to stand out by; the slot decides:

* **a vocative after a comma** when the clause before it speaks to someone ("WE MISSEN JE, <X>",
  "IK HOU VAN JULLIE, <X> EN <Y>": "JE", "JOU", "JIJ", "U", "JULLIE" in it) or opens with a
  greeting or thanks ("PROFICIAT, <X>!");
* **after a greeting or thanks opening the line** ("PROFICIAT <X>, GESLAAGD!", "HOI <X>!");
* **after a label's colon** whose first word asks for a person (a team's post, a form's person
  label, a prize's winner: "KAPITEIN VAN DE WEEK: <X>", "WINNAAR: <X>").

There a run of one to four words in capitals (particles inside it: "VAN 'T", "DEL", "DA") that ends
at the line's or clause's end is a name when its first word reads as one (``caps_first``: a listed
first name that is no frequent word, or a word no Dutch or English list holds, of three letters or
more with a vowel) and no word of it is a thing (an organisation, brand, keep word; a place only
after the first word: a surname "HUY", "VALLE").

* **A name's run in capitals grows** over the words in capitals next to a part already taken, up to
  the end of its line or clause: "[<VOORNAAM>] VAN 'T <NAAM>", "<VOORNAAM>-<VOORNAAM> [<NAAM>]",
  "[<VOORNAAM> DA] <NAAM>" (the surname a place: "HUY", "VALLE"). Not over a frequent word, a verb, an
  organisation's cue or a title, and not over more than two words that are no particle.
* **A sign-off's pair in capitals through "en"**: "Groetjes van <NAAM> en <NA>" -- beside a person in
  capitals, the word in capitals on the other side of "en"/"&" (the pair ending the line) is a person
  when it is a listed first name (also a word: "BO", "FLEUR"), a word no list holds, or, on a line that
  opens with a greeting, any word in capitals that is no frequent word and no thing ("ODE").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from .person_first_before import caps_line
from .person_reverse import PERSON_LABELS, TEAM_LABELS

if TYPE_CHECKING:
    from .detect import Token
    from .lexicon import Lexicon

_YOU = frozenset({"je", "jou", "jij", "u", "jullie", "ge", "gij", "you"})
_YOU_ONE = frozenset({"je", "jou", "jij", "u", "ge", "gij"})
_GREETINGS = frozenset({"proficiat", "gefeliciteerd", "bedankt", "merci", "dankjewel", "dankje", "hoi", "dag", "hallo",
                        "hey", "hi", "welkom", "succes", "sorry", "bravo", "hoera", "respect", "salut", "dikke",
                        "groetjes", "liefs"})
#: the first word of a label that asks for a person, besides the form's and team's labels
_LABEL_WORDS = PERSON_LABELS | TEAM_LABELS | frozenset({
    "winnaar", "winnares", "winnaars", "jarige", "jarigen", "mvp", "held", "heldin", "ster", "man", "vrouw",
    "speler", "speelster", "leider", "leidster", "trainer", "coach", "monitor", "animator", "begeleider",
    "verantwoordelijke", "contact", "organisatie", "presentatie", "gastspreker", "spreker", "moderator",
})
_PARTICLES = frozenset({"van", "de", "der", "den", "ter", "ten", "'t", "’t", "le", "la", "du", "des", "da", "dos",
                        "das", "del", "della", "di", "von", "el", "al", "bin", "ben", "vande", "vanden", "vander"})
_BOUNDARY_RE = re.compile(r"[ \t]*(?:$|\n|[!?.,;:)(]|[—–-](?:\s|$))")
_OPENS_GREETING_RE = re.compile(r"(?i)[ \t>*_-]*(?:veel |dikke |lieve )?(?:groetjes|groeten|liefs|kus|kusjes|"
                                r"tot (?:morgen|straks|later|snel|zaterdag|zondag|volgende week)|bedankt|merci|"
                                r"dank je wel|dankjewel|xoxo|mvg)\b")
_COORD = frozenset({"en", "&", "and", "et"})


def _particle(text: str, toks: list[Token], k: int) -> bool:
    """Whether ``toks[k]`` is a surname particle ("VAN", "DEL"; "'T" is the token "T" after an apostrophe)."""
    f = toks[k].folded
    return f in _PARTICLES or f == "t" and text[toks[k].start - 1 : toks[k].start] in ("'", "’")


def _joined(text: str, toks: list[Token], k: int) -> bool:
    """Whether ``toks[k]`` and ``toks[k + 1]`` are joined as parts of one name (a space, a hyphen, "'" of "'T")."""
    return text[toks[k].end : toks[k + 1].start] in (" ", "-", " '", " ’")


def _mark(tok: Token, min_conf: float, rule: str) -> None:
    tok.person, tok.score = True, max(tok.score, 0.75, min_conf)
    tok.rule = rule


def caps_first(tok: Token, lex: Lexicon, english: frozenset[str] | set[str], thing: Callable[[Token], bool]) -> bool:
    """A word in capitals that may open a name in a strong slot (see the module)."""
    f = tok.folded
    if not tok.allcaps or f in lex.common or thing(tok) or f in _PARTICLES or f in _GREETINGS:
        return False
    if f in lex.first_names and len(f) >= 2:
        return True
    parts = f.replace("’", "'").split("-")
    if len(parts) > 1 and all(p in lex.first_names for p in parts):
        return True
    return (len(f) >= 3 and not lex.is_word(f) and f not in english and any(c in "aeiouyàáâäèéêëìíîïòóôöùúûü" for c in f)
            and f not in lex.brands and f not in lex.platforms and f not in lex.keep_single)


def _at_boundary(text: str, tok: Token) -> bool:
    return _BOUNDARY_RE.match(text, tok.end) is not None


def _run_from(text: str, toks: list[Token], j: int, lex: Lexicon, thing: Callable[[Token], bool],
              verb: Callable[[str], bool]) -> list[int] | None:
    """The run of words in capitals from ``j`` (one to four, particles inside) that ends at a
    boundary, or None."""
    n = len(toks)
    run = [j]
    k = j
    while not _at_boundary(text, toks[k]):
        if k + 1 >= n or len(run) >= 5 or text[toks[k].end : toks[k + 1].start] not in (" ", "-"):
            return None
        nxt = toks[k + 1]
        if not nxt.allcaps and nxt.folded not in _PARTICLES:
            return None
        f = nxt.folded
        if f not in _PARTICLES and (f in lex.common or verb(f) or thing(nxt) and f not in lex.places):
            return None
        run.append(k + 1)
        k += 1
    if toks[run[-1]].folded in _PARTICLES:
        return None
    return run


def _two_words_name(text: str, toks: list[Token], run: list[int], lex: Lexicon) -> bool:
    """Two or three words in the slot, none a frequent word, the first no inflected adjective
    ("OUDE", "LIEVE": a Dutch word ending in "e"): a first name and a surname that are both words
    ("<WOORD> <WOORD>"), which a vocative's or a label's slot says is a person."""
    words = [toks[r] for r in run if not _particle(text, toks, r)]
    if not 2 <= len(words) <= 3 or any(w.folded in lex.common or len(w.folded) < 3 for w in words):
        return False
    first = words[0].folded
    return not (first.endswith("e") and lex.is_word(first))


def _clause_start(text: str, toks: list[Token], i: int) -> int:
    """The index of the first token of the clause (line, sentence) holding token ``i``."""
    k = i
    while k > 0:
        gap = text[toks[k - 1].end : toks[k].start]
        if "\n" in gap or any(c in gap for c in ".!?:"):
            break
        k -= 1
    return k


def mark_caps_frames(text: str, toks: list[Token], lex: Lexicon, english: frozenset[str] | set[str],
                     thing: Callable[[Token], bool], verb: Callable[[str], bool], min_conf: float) -> None:
    """A name in a strong slot of a line in capitals (see the module)."""
    rule = "a name in capitals in a person's slot of a line in capitals (vocative, greeting, label)"
    n = len(toks)
    for j in range(1, n):
        tok = toks[j]
        if not tok.allcaps or tok.person or tok.protected or thing(tok) or tok.folded in lex.common:
            continue
        prev = toks[j - 1]
        gap = text[prev.end : tok.start]
        slot = one = False  # (one: the slot names one person -- a label's, or "JE", "JOU", "JIJ", "U" before it)
        if gap in (", ", ",") and prev.allcaps:
            start = _clause_start(text, toks, j - 1)
            clause = [t.folded for t in toks[start:j] if t.allcaps]
            slot = bool(clause) and (clause[0] in _GREETINGS or any(f in _YOU for f in clause))
            one = any(f in _YOU_ONE for f in clause) and "jullie" not in clause
        elif gap in (" ", ", ") and prev.allcaps and prev.folded in _GREETINGS:
            slot = _clause_start(text, toks, j - 1) == j - 1
        elif gap.strip() == ":" and prev.allcaps:
            start = _clause_start(text, toks, j - 1)
            slot = one = toks[start].allcaps and toks[start].folded in _LABEL_WORDS and j - start <= 5
        if not slot or not caps_line(text, tok.start, min_letters=6):
            continue
        run = _run_from(text, toks, j, lex, thing, verb)
        if run is None or not (caps_first(tok, lex, english, thing) or any(toks[r].person for r in run)
                               or one and _two_words_name(text, toks, run, lex)):
            continue  # (the first word reads as a name, or a later one was taken: "<WOORD> [<NAAM>]")
        for r in run:
            if not toks[r].person and not toks[r].protected or toks[r].protected == "place":
                _mark(toks[r], min_conf, rule)
                toks[r].protected = None


def grow_caps_runs(text: str, toks: list[Token], lex: Lexicon, thing: Callable[[Token], bool],
                   verb: Callable[[str], bool], min_conf: float, overridable: frozenset[str | None]) -> None:
    """A name's run on a line in capitals takes the words in capitals next to it (see the module)."""
    rule = "the rest of a name in capitals on a line in capitals"
    n = len(toks)
    for i in range(n):
        tok = toks[i]
        if not tok.person or not tok.allcaps or not caps_line(text, tok.start, min_letters=6):
            continue
        # rightwards: particles and up to two words to the line's or clause's end
        k = i
        added: list[int] = []
        words = 0
        while k + 1 < n and _joined(text, toks, k) and not _at_boundary(text, toks[k]):
            nxt = toks[k + 1]
            f = nxt.folded
            if nxt.person:
                break
            part = _particle(text, toks, k + 1)
            if not nxt.allcaps and not part or nxt.protected not in overridable and nxt.protected != "place":
                added = []
                break
            if not part:
                after_particle = _particle(text, toks, k)  # (no verb after a particle: "VAN 'T ZANDT")
                if f in lex.common or not after_particle and verb(f) or thing(nxt) and f not in lex.places or words >= 2:
                    added = []
                    break
                words += 1
            added.append(k + 1)
            k += 1
        if added and not _particle(text, toks, added[-1]) and (_at_boundary(text, toks[added[-1]])
                                                                or k + 1 < n and toks[k + 1].person):
            for r in added:  # (the particles too: one name, one placeholder)
                _mark(toks[r], min_conf, rule)
                toks[r].protected = None
        # leftwards: one first name in capitals before it ("<VOORNAAM>-<VOORNAAM> [<NAAM>]")
        if i > 0 and text[toks[i - 1].end : tok.start] == " ":
            prev = toks[i - 1]
            f = prev.folded
            firsts = "-" in f and all(p in lex.first_names for p in f.split("-"))
            if firsts and prev.allcaps and not prev.person and prev.protected in (*overridable, "organisation", "keep"):
                _mark(prev, min_conf, rule)  # (two first names hyphenated: "MARIE-ÈVE", read as "X-Y" by a keep rule)
                prev.protected = None
            elif (prev.allcaps and not prev.person and prev.protected in overridable and f not in lex.common
                    and f not in _PARTICLES and f not in _GREETINGS and not thing(prev) and not verb(f)
                    and (f in lex.first_names or not lex.is_word(f) and len(f) >= 3)):
                _mark(prev, min_conf, rule)


def mark_caps_pairs(text: str, toks: list[Token], lex: Lexicon, english: frozenset[str] | set[str],
                    thing: Callable[[Token], bool], min_conf: float, overridable: frozenset[str | None]) -> None:
    """The second name in capitals after "en"/"&" in a sign-off (see the module)."""
    rule = "a name in capitals beside a name in capitals through 'en' (a sign-off's pair)"
    n = len(toks)
    for _ in range(2):  # (a pair's second side may be the one taken: "<X> en [<Y>]")
        for i in range(n - 1):
            a = toks[i]
            j = i + 1
            gap = text[a.end : toks[j].start]
            if gap == " " and toks[j].folded in _COORD and (not toks[j].cap or toks[j].allcaps):
                j += 1
                if j >= n or text[toks[j - 1].end : toks[j].start] != " ":
                    continue
            elif gap.strip(" ") != "&":
                continue
            b = toks[j]
            if a.person == b.person or not a.allcaps or not b.allcaps or not _at_boundary(text, b):
                continue
            other = b if a.person else a
            if other.protected not in overridable:
                continue
            f = other.folded
            if thing(other) or f in _PARTICLES:
                continue
            line_start = text.rfind("\n", 0, a.start) + 1
            greeting = _OPENS_GREETING_RE.match(text, line_start) is not None
            named = f in lex.first_names and len(f) >= 2 and f not in lex.common or caps_first(other, lex, english, thing)
            if named or greeting and len(f) >= 2 and f not in lex.common and f not in english:
                _mark(other, min_conf, rule)
