"""Lists of people in every layout: each item of a list whose header announces persons is a person
slot (issue 11, session 21; attack A20, informed, and s21-names' frozen batch).

Rotas ("Kookploeg dinsdag: X", "maandag: X en Y"), rankings ("1. X – 23 punten", "Uitslag quiz:\\n1.
X"), room and tent lists ("Kamer 4: X + twee begeleiders"), credits ("Regie en montage: X",
"Camera ..... X"), "v.l.n.r." captions, name badges ("Naamkaartje: X – vrijwilliger") and
registration lists ("Ingeschreven: Mossel, Sander, 16 jaar", "VERHOEVENS, Lotte") put a person's
name as the whole item of a list, with no verb around it. A capitalised word opening a line or an
item is no evidence by itself, so a name no list holds, a name that is also a word ("Roos",
"Held", "Baas") or a surname after a reverse comma stayed in each such line (A20: about 21 names
in every one of ten frames). The CLASS is structural:

- a **person header**: the words before a colon (or a credit's dotted leader, a dash after a short
  header) at a line's start, holding a word of a closed class that announces persons -- a duty or
  rota word, a room/tent/bus/group word, a credit, a ranking or result word, a badge or a register,
  an attendance word, a role -- or a weekday when two lines or more of the text open with one (a
  rota); a header line alone ("Inschrijvingen:", "Met dank aan:", "Uitslag quiz:") makes every line
  after it, up to a blank line, an item line of that header;
- a **ranking line**: "1.", "1)", a medal, "Plaats 1" opening a line under a ranking header or
  with a score after the item ("– 23 punten", "(39)");
- its **items**: split on commas, "en", "&", "+", ";", "/", a bullet number; an item ends at a
  bracket, a dash or a digit (its role, age or score). An item that is a run of capitalised words
  (through surname particles and "al-"/"el-" parts) and holds nothing that is a thing (a place, a
  platform, brand or chain, a keep word, an organisation's cue, a role word, a calendar word
  first) is a person when one of its words has name evidence (a listed first name or surname, a
  word no list knows, a name that is also a word), and a one-word item is one only on that
  evidence (an ordinary word stays: "Corvee: Afwas"). In a registration list two one-word items
  side by side ("Mossel, Sander") are the surname and first name of one person when either is.

Since session 23 the header words, the item splitter and the one-kind decision are those of
:mod:`.person_headers` (shared with ``person_items`` and ``person_lists``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from typing import TYPE_CHECKING

from .person_headers import RANK_WORDS, WEEKDAYS, OneKind, announces_persons, header_words, split_items

if TYPE_CHECKING:
    from .detect import Token
    from .lexicon import Lexicon

RULE = "an item of a list of persons (its header, its rank)"

#: a header at a line's start: its words, then a colon, a dotted leader or a dash
_HEADER_RE = re.compile(r"(?m)^[ \t]*(?:[-–*•·][ \t]+)?(?:\[\d{1,2}:\d{2}\][ \t]*)?"
                        r"([^\n:.—–]{1,60}?|[Vv]\.?[Ll]\.?[Nn]\.?[Rr]\.?[^\n:]{0,30}?|[^\n:]{0,40}v\.l\.n\.r\.?)"
                        r"(?:[ \t]*:|[ \t]*\.{3,}|[ \t]+[—–][ \t])[ \t]*")
#: a header inside a line's items ("Tweede: X" after "Eerste plaats: Y."; _HEADER_RE's "^" holds only at a
#: line's start: session 23)
_INNER_HEADER_RE = re.compile(r"[ \t]*([^\n:.—–]{1,60}?)[ \t]*:[ \t]*")
#: a rank opening a line: "1.", "1)", a medal, "Plaats 1 –"
_RANK_RE = re.compile(r"(?m)^[ \t]*(?:\d{1,2}[.)]|[🥇🥈🥉]|[Pp]laats[ \t]+\d{1,2}[ \t]*[—–:-]?)[ \t]+")
_INLINE_RANK_RE = re.compile(r"(?<=\s)\d{1,2}\)[ \t]+")
#: a score after an item: "– 23 punten", "(42 punten)", "(39)", "23 pt"
_SCORE_RE = re.compile(r"^[ \t]*(?:[—–-][ \t]*)?\(?\d+(?:[.,]\d+)?[ \t]*(?:punten|pnt|pt|ptn|sec|s|min)?\b")
#: a rank opening the items after a header ("Podium: 1. X 2. Y", "Eindklassement: (1) X (2) Y")
_LEAD_RANK_RE = re.compile(r"[ \t]*\(?\d{1,2}[.)][ \t]+")
#: a line that ranks inline, two ranks or more ("De winnaars waren 1) X 2) Y en 3) Z")
_INLINE_RANKS_RE = re.compile(r"(?:^|\s)\(?1[.)][ \t]+\S[^\n]{0,200}?\s\(?2[.)][ \t]+\S")
#: where an item's name ends: a bracket, a dash, a digit, a quotation mark
_ITEM_END_RE = re.compile(r"[ \t]*(?:\(|[—–]|\s-\s|\d|[\"”]|\smet\s+\d)")
_PARTICLES = frozenset({"van", "de", "der", "den", "ter", "ten", "'t", "d'", "le", "la", "du", "des", "da", "dos", "das",
                        "do", "del", "della", "di", "von", "el", "al", "bin", "ibn", "bint", "binti", "ben", "abu",
                        "ould", "ag", "ou", "ait", "mac", "mc", "o", "y", "e", "an", "ni", "nic", "op"})
_ARABIC_PARTS_RE = re.compile(r"^(?:al|el|ul|ad|as|ash|at|az|ar|an|ou|ait|abu|bin|ben|ibn|o|d|mac|mc)[-'’][A-ZÀ-Þ]")


#: A list read by :func:`mark_slot_lists`: its items' runs (token indexes; None: an item that is no
#: run of capitalised words) and whether it ranks ("1. X 2. Y", "Eerste: X. Tweede: Y.").
SlotList = tuple[list, bool]

#: an ordinal opening a sentence of a ranking without a header ("Eerste werd X. Tweede: Y. Op drie: Z.")
_ORDINAL_RE = re.compile(r"(?:^|(?<=[.!?;])[ \t]+)(?:(?:[Oo]p|[Nn]ummer|[Pp]laats)[ \t]+(?:één|een|twee|drie|vier|vijf|\d{1,2})"
                         r"|[Ee]erste|[Tt]weede|[Dd]erde|[Vv]ierde|[Vv]ijfde|[Ll]aatste)(?:[ \t]+plaats)?"
                         r"(?:[ \t]*:|[ \t]+(?:werd|was|is|wordt|werden|waren))[ \t]+")
_ORDINALS = frozenset({"eerste", "tweede", "derde", "vierde", "vijfde", "plaats", "podium"})
#: where an ordinal sentence's items end: the sentence's end
_SENTENCE_END_RE = re.compile(r"[.!?;](?=[ \t]|$)")


def mark_slot_lists(text: str, toks: list[Token], lex: Lexicon, evidence: Callable[[Token], bool],
                    word_name: Callable[[Token], bool], thing: Callable[[Token], bool], min_conf: float) -> list[SlotList]:
    """Mark the persons listed as items under a person header or a rank (see the module); return the
    lists read (a header alone on its line and the lines under it are one list), for
    :func:`one_kind_lists` after the other person rules."""
    from .detect import _lines_of  # (detect imports this module; the lines are read once per text)

    starts = [t.start for t in toks]
    lines, offs = _lines_of(text)
    rota = sum(1 for line in lines if _weekday_header(line)) >= 2
    block: str | None = None  # the kind of the header line alone above: "person", "rank"
    lists: list[SlotList] = []
    group: list | None = None  # (the runs of the block under a header alone on its line)
    for idx, line in enumerate(lines):
        if not line.strip():
            block, group = None, None
            continue
        base = offs[idx]
        m = _HEADER_RE.match(line)
        item_from: int | None = None
        ranked = False
        if m is not None:
            words = header_words(m.group(1))
            if len(words) <= 6 and announces_persons(words, rota):
                item_from = m.end()
                ranked = any(w.rstrip(".") in RANK_WORDS or w.rstrip(".") in _ORDINALS for w in words)
                if not line[m.end():].strip():
                    block = "rank" if any(w.rstrip(".") in RANK_WORDS for w in words) else "person"
                    group = []
                    lists.append((group, block == "rank"))
                    continue
        if item_from is None:
            ranked = False
            stripped = line.strip()
            if stripped.endswith(":") and len(stripped) <= 60:
                words = header_words(stripped[:-1])
                if announces_persons(words, rota) or any(w in RANK_WORDS for w in words):
                    block = "rank" if any(w.rstrip(".") in RANK_WORDS for w in words) else "person"
                    group = []
                    lists.append((group, block == "rank"))
                else:
                    block, group = None, None
                continue
            r = _RANK_RE.match(line)
            inline = None if r is not None else _INLINE_RANKS_RE.search(line)
            if r is not None and (block is not None or _SCORE_RE.match(_item_tail(line, r.end()))):
                item_from, ranked = r.end(), True
            elif inline is not None and ":" not in line[: inline.start()]:
                item_from = inline.start() + (1 if line[inline.start()].isspace() else 0)  # (its ranks split the items)
                ranked = True
            elif block is not None:
                item_from = len(line) - len(line.lstrip(" \t-–*•·"))
            else:
                ordinals = list(_ORDINAL_RE.finditer(line))
                if len(ordinals) >= 2:
                    # (session 23: a ranking in sentences, "Eerste werd X. Tweede: Y. Op drie: Z.": one list)
                    runs: list = []
                    for o in ordinals:
                        stop = _SENTENCE_END_RE.search(line, o.end())
                        runs.extend(_mark_items(text, toks, starts, lex, base + o.end(),
                                                base + (stop.start() if stop else len(line)),
                                                evidence, word_name, thing, min_conf))
                    lists.append((runs, True))
                continue
        runs = _mark_items(text, toks, starts, lex, base + item_from, base + len(line), evidence, word_name, thing, min_conf)
        if group is not None and m is None:
            group.extend(runs)  # (a line of the block under a header alone on its line)
        else:
            lists.append((runs, ranked or _INLINE_RANKS_RE.search(line) is not None))
    return lists


def _weekday_header(line: str) -> bool:
    m = _HEADER_RE.match(line)
    return m is not None and any(w.rstrip(".") in WEEKDAYS for w in header_words(m.group(1)))


def _item_tail(line: str, at: int) -> str:
    m = re.match(r"[^\W\d_][^\n(—–]*?(?=[ \t]*(?:\(|[—–]|$))", line[at:])
    return line[at + (m.end() if m else 0):]


def _mark_items(text: str, toks: list[Token], starts: list[int], lex: Lexicon, lo: int, hi: int,
                evidence: Callable[[Token], bool], word_name: Callable[[Token], bool], thing: Callable[[Token], bool],
                min_conf: float) -> list:
    """Mark the persons among the items of ``text[lo:hi]``; return the items' runs (none when the line
    lists no persons)."""
    lead = _LEAD_RANK_RE.match(text, lo, hi)
    if lead is not None:
        lo = lead.end()  # (the first item's rank: "1. X 2. Y")
    segment = text[lo:hi]
    pieces = [(lo + a, lo + b) for a, b in split_items(segment, line=True)]
    runs: list[list[int] | None] = []
    for a, b in pieces:
        inner = _INNER_HEADER_RE.match(text, a, b)  # "Tweede: X" after "Eerste plaats: Y."
        if inner is not None and inner.end() < b:
            if not announces_persons(header_words(inner.group(1)), True):
                runs.append(None)
                continue
            a = inner.end()
        end = _ITEM_END_RE.search(text, a, b)
        b2 = end.start() if end is not None and end.start() > a else b
        runs.append(_run(text, toks, starts, a, b2))
    if not runs or not runs[0]:
        return []  # (a list of persons starts right after its header: "Foto: de leiding met Lego, X" is a sentence)
    if OneKind([_run_kind(toks, r, lex, thing) for r in runs if r]).things:
        return [None, *runs]  # (one kind: "Sprekers: Unicef België, Kind en Gezin en Child Focus" lists bodies)
    for k, run in enumerate(runs):
        if not run:
            continue
        if not any(_namey(toks[i], lex, evidence, word_name) for i in run) and not (
                len(run) >= 2 and any(toks[i].cap and not lex.is_word(toks[i].folded) for i in run)):
            # a registration list's "SURNAME, First" ("Mossel, Sander", "dos Anjos, Thiago"): ordinary
            # words before the comma of a first name are that person's surname
            if len(run) > 3 or not _reverse_pair(text, toks, run, runs, k, lex, evidence) or any(
                    _blocked(toks[i], lex, thing, False) for i in run):
                continue
        elif any(_blocked(toks[i], lex, thing, first=(n == 0)) for n, i in enumerate(run)) and not _admin_order(toks, run):
            continue
        for i in run:
            tok = toks[i]
            if tok.person:
                continue
            tok.person, tok.score = True, max(tok.score, 0.7, min_conf)
            tok.rule = RULE
    return runs


def one_kind_lists(toks: list[Token], lists: list[SlotList], lex: Lexicon, thing: Callable[[Token], bool],
                   min_conf: float) -> None:
    """The late pass of "the items are of one kind" over the lists :func:`mark_slot_lists` read, after the
    other person rules (session 23): an item's neighbours are known by then, over the whole list (every
    line under a header alone on its line, every sentence of a ranking)."""
    for runs, ranked in lists:
        if runs and None not in runs[:1]:
            _one_kind(toks, runs, lex, thing, min_conf, ranked)


#: words that make an item a group's ("Team Zon", "Groep Rood")
_GROUP_ITEMS = frozenset({"team", "ploeg", "groep", "groepje", "tent", "kamer", "tafel", "bus", "patrouille", "klas",
                          "afdeling", "equipe", "squad", "crew"})


def _weak_place(tok: Token, lex: Lexicon) -> bool:
    """A place's name the first-name lists hold ("Linde"), beside names in a list of persons: a name."""
    f = tok.folded
    return (tok.cap and f in lex.places and f in lex.first_names and f not in lex.brands and f not in lex.keep_single
            and tok.text not in lex.keep_exact)


def _one_kind(toks: list[Token], runs: list, lex: Lexicon, thing: Callable[[Token], bool], min_conf: float,
              ranked: bool = False) -> None:
    """The items of a list are of one kind (session 22): when two items or more are persons and no item
    is a thing, an item of one or two capitalised words that is no frequent or calendar word is a person
    too ("1) Wilg 2) Dauw Visser 3) Hert": a word that is also a name, beside names). (``ranked``: kept for
    the caller; one person alone does not decide a ranking -- "Klassement: 1) LEEUWEN 2) TIJGERS", s23-privacy's batch.)"""
    kinds = OneKind([_run_kind(toks, r, lex, thing) for r in runs if r])
    if not kinds.words_are_persons(kinds.persons):
        return
    for r in runs:
        if not r or any(toks[i].person for i in r) or len(r) > 2:
            continue
        words = [toks[i] for i in r]
        if any(not t.cap or t.folded in lex.common or t.folded in lex.calendar
               or _blocked(t, lex, thing, first=(k == 0)) and not _weak_place(t, lex)
               or t.allcaps and len(t.folded) <= 3 or t.folded in _GROUP_ITEMS for k, t in enumerate(words)):
            continue
        for t in words:
            t.person, t.score = True, max(t.score, 0.7, min_conf)
            t.rule = RULE + " -- of one kind with the names beside it"


def _run_kind(toks: list[Token], run: list[int], lex: Lexicon, thing: Callable[[Token], bool]) -> str:
    """An item's kind for :class:`.person_headers.OneKind`: "person" (a word of it is taken as a
    person), "thing" (a word of it makes it a thing, :func:`_blocked`, other than a place's name the
    first-name lists hold), "weak thing" (such a place's name) or "word"."""
    if any(toks[i].person for i in run):
        return "person"
    blocked = [i for n, i in enumerate(run) if _blocked(toks[i], lex, thing, first=(n == 0))]
    if any(not _weak_place(toks[i], lex) for i in blocked):
        return "thing"
    return "weak thing" if blocked else "word"


def _admin_order(toks: list[Token], run: list[int]) -> bool:
    """"VAN OOSTERZEE Thijmen", "BERG Ole": a surname in capitals before a first name taken as a
    person (an export's order) is a surname also when it is a place's name."""
    last = toks[run[-1]]
    return (len(run) >= 2 and last.person and last.cap and not last.allcaps
            and all(toks[i].allcaps or not toks[i].cap for i in run[:-1]))


def _reverse_pair(text: str, toks: list[Token], run: list[int], runs: list, k: int, lex: Lexicon,
                  evidence: Callable[[Token], bool]) -> bool:
    """"Mossel, Sander", "Anh, Vu": a one-word item beside the comma of a one-word first name
    (a register's order; after the first name only a word that is no Dutch word)."""
    nxt = runs[k + 1] if k + 1 < len(runs) else None
    if (nxt and len(nxt) == 1 and _first_like(toks[nxt[0]], lex, evidence)
            and text[toks[run[-1]].end : toks[nxt[0]].start].strip() == ","):
        return True
    prev = runs[k - 1] if k > 0 else None
    return (bool(prev) and len(prev) == 1 and len(run) == 1 and toks[prev[0]].person
            and not lex.is_word(toks[run[0]].folded) and text[toks[prev[0]].end : toks[run[0]].start].strip() == ",")


def _run(text: str, toks: list[Token], starts: list[int], a: int, b: int) -> list[int] | None:
    """The tokens of the item ``text[a:b]`` when it is a run of capitalised words (through particles)."""
    i = bisect_left(starts, a)
    run: list[int] = []
    while i < len(toks) and toks[i].start < b:
        tok = toks[i]
        if tok.end > b:
            return None
        if run:
            gap = text[toks[run[-1]].end : tok.start]
            if gap.strip(" '’-") or "\n" in gap:
                return None
        if tok.cap or _ARABIC_PARTS_RE.match(tok.text):
            run.append(i)
        elif tok.folded in _PARTICLES:
            run.append(i)  # (also opening the run: "van 't Hek, Daan" in a register)
        else:
            return None
        i += 1
    if not run or len(run) > 6 or not toks[run[-1]].cap and not _ARABIC_PARTS_RE.match(toks[run[-1]].text):
        return None
    if not toks[run[0]].cap and not (len(run) == 1 and _ARABIC_PARTS_RE.match(toks[run[0]].text)) and (
            len(run) == 1 or not toks[run[-1]].cap):
        return None
    if text[a : toks[run[0]].start].strip(" \t\"'“„‘") or text[toks[run[-1]].end : b].strip(" \t.!?\"'”’"):
        return None
    return run


def _first_like(tok: Token, lex: Lexicon, evidence: Callable[[Token], bool]) -> bool:
    return tok.person or tok.folded in lex.first_names and tok.folded not in lex.common or evidence(tok)


def _namey(tok: Token, lex: Lexicon, evidence: Callable[[Token], bool], word_name: Callable[[Token], bool]) -> bool:
    if tok.person:
        return True
    if not tok.cap:
        return bool(_ARABIC_PARTS_RE.match(tok.text))
    f = tok.folded
    if tok.allcaps:
        # (a word in capitals no list knows is a name only when it reads as one: five letters or more,
        # two in five vowels -- "KAGABO", not "EHBO", "VZW")
        vowels = sum(1 for c in f if c in "aeiouyàáâäèéêëìíîïòóôöùúûü")
        return (lex.is_listed_name(f)
                or len(f) >= 5 and vowels * 5 >= 2 * len(f) and not lex.is_word(f) and f not in lex.keep_single)
    if evidence(tok) or word_name(tok) or f in lex.surnames and not lex.is_word(f):
        return True
    return len(f) == 2 and f in lex.first_names and f not in lex.common  # a short first name ("Bo", "Su")


def _blocked(tok: Token, lex: Lexicon, thing: Callable[[Token], bool], first: bool) -> bool:
    """A word that makes the item a thing: a place, platform, brand, chain, keep word, organisation's
    cue or role word (the caller's ``thing``), a calendar word opening it, an acronym kept by its case."""
    if not tok.cap:
        return False
    f = tok.folded
    if tok.text in lex.keep_exact or f in lex.platforms or f in lex.brands or f in lex.chain_words:
        return True
    if first and f in lex.calendar:
        return True
    if first and tok.allcaps and f in _CLUB_ACRONYMS:
        return True  # (s22-review) a club's acronym opening an item: "2) KFC Eendracht", "SK Wervik"
    return thing(tok)


#: A sports club's acronym (Belgian and Dutch clubs): a closed list, since a short name in capitals
#: is a name as often ("NG Wei", "LI Na" in a ranking)
_CLUB_ACRONYMS = frozenset({"fc", "kfc", "sk", "ksk", "vv", "kv", "kvc", "ksv", "vc", "rsc", "bc", "hc", "sv", "kfco",
                            "rfc", "rc", "vk", "avv", "rkvv", "sc"})
