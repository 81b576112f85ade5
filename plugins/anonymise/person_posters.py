"""A name on a poster or a slogan in capitals, decided by the slogan's shape (issue 11, session 23;
s23-names' frozen batch, attack A22 informed).

A poster, a banner or a chant is written in capitals ("STEM X Y VOOR BURGEMEESTER", "GEZOCHT: X Y
HEEFT ONZE BAL NOG", "NOGMAALS BEDANKT X Y!!!", "WIE HEEFT X GEZIEN?", "X WAS HIER"). In capitals the
case says nothing, and a name that is also a word ("ZOMER SCHIPPER") or no list knows stayed. The
CLASS is the slogan's slot, on a line in capitals:

* **before** the name: the line's start (after a quotation mark), a colon ("GEZOCHT:", "VERMIST:"),
  "STEM", "LANG LEVE", "WAAR IS", "WIE HEEFT", "WE LOVE (YOU)", "NOGMAALS BEDANKT", "GELUKKIGE
  VERJAARDAG", "HIEP HIEP HOERA VOOR", "PROFICIAT", "MAAK PLAATS VOOR";
* **after** it: an office after "VOOR" ("VOOR BURGEMEESTER", "VOOR VOORZITTER", "VOOR PRESIDENT"), a
  verb of the slogan ("HEEFT", "IS", "WAS HIER", "WINT"), or -- after an opener other than the line's
  start -- the end of the line or its phrase ("!", "?", ",", "EN");
* the **name**: one to four words in capitals (particles inside), none an article, a place, a brand,
  an organisation's cue or a keep word (the caller's ``thing``), whose first word is a first name
  (the caller's ``first_ok``: a listed one, or one no list knows that reads as a name), or a listed
  name that is also a word before a listed surname or a word no list knows ("ZOMER SCHIPPER").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from typing import TYPE_CHECKING

from .person_first_before import caps_line

if TYPE_CHECKING:
    from .detect import Token
    from .lexicon import Lexicon

RULE = "a name on a poster or slogan in capitals"

#: openers before the name (folded word sequences)
_OPENERS = (("nogmaals", "bedankt"), ("lang", "leve"), ("waar", "is"), ("wie", "heeft"), ("we", "love", "you"),
            ("we", "love"), ("i", "love"), ("love", "you"), ("gelukkige", "verjaardag"), ("hiep", "hiep", "hoera", "voor"),
            ("maak", "plaats", "voor"), ("stem", "op"), ("stem",), ("proficiat",), ("gezocht",), ("vermist",),
            ("bedankt",), ("merci",), ("bravo",), ("hup",), ("go",), ("welkom",), ("dankjewel",), ("dikke", "merci"),
            ("happy", "birthday"), ("vive",), ("viva",))
#: the first words of the openers (a word that is none opens none: the openers are not compared)
_OPENER_HEADS = frozenset(o[0] for o in _OPENERS)
#: offices after "VOOR" (a campaign poster)
_OFFICES = frozenset({"burgemeester", "voorzitter", "president", "presidente", "premier", "schepen", "koning", "koningin",
                      "minister", "leider", "hoofdleider", "kapitein", "miss", "mister", "prins", "prinses", "keizer",
                      "kampioen", "bourgmestre", "mayor", "gouverneur", "senator", "paus", "burgervader", "kamerlid",
                      "pres", "secretaris", "penningmeester", "groepsleider", "hoofdleiding", "kampleider"})
#: verbs of a slogan after the name
_AFTER_VERBS = frozenset({"heeft", "is", "was", "wint", "won", "rockt", "rules", "forever", "komt", "kwam", "moet",
                          "gaat", "ging", "zegt", "zei", "wil", "weet", "kan", "mag", "blijft", "houdt", "gaf", "nam",
                          "stal", "heeft's"})
_PARTICLES = frozenset({"van", "de", "der", "den", "ter", "ten", "'t", "el", "al", "bin", "ibn", "da", "dos", "del", "di",
                        "du", "le", "la", "von", "ben", "abu"})
_ARTICLES = frozenset({"de", "het", "een", "den", "onze", "ons", "mijn", "jullie", "alle", "iedereen", "u", "jou", "zijn",
                       "haar", "hun", "the", "ze", "hem", "hij", "zij", "wij", "we", "ik", "jij", "je", "dit", "dat",
                       "deze", "die", "er", "nu", "nog", "niet", "ook", "wat", "wie", "waar"})


def may_hold(text: str, toks: list[Token]) -> bool:
    """A cheap gate: a word in capitals of four letters or more."""
    return any(t.allcaps and len(t.text) >= 4 for t in toks)


def mark_posters(text: str, toks: list[Token], lex: Lexicon, first_ok: Callable[[Token], bool],
                 word_first: Callable[[Token], bool], thing: Callable[[Token], bool], min_conf: float) -> None:
    """Mark the names in a slogan's slot on a line in capitals (see the module)."""
    n = len(toks)
    i = 0
    line_ok: dict[int, bool] = {}
    # (session 25: the line breaks found once; a search back to the line's start per word in capitals
    # read a long line again for each of its words)
    breaks = _line_breaks(text)
    while i < n:
        tok = toks[i]
        if not tok.allcaps:
            i += 1
            continue
        k = bisect_left(breaks, tok.start)
        line = breaks[k - 1] + 1 if k else 0  # (text.rfind("\n", 0, tok.start) + 1)
        if line not in line_ok:
            line_ok[line] = caps_line(text, tok.start, min_letters=8)
        if not line_ok[line]:
            i += 1
            continue
        start, opened = _slot_start(text, toks, i, line)
        if start is None:
            i += 1
            continue
        run = _run(text, toks, start, n)
        if run and _is_name(run, toks, lex, first_ok, word_first, thing) and _closes(text, toks, run, opened):
            for k in run:
                t = toks[k]
                if not t.person and t.folded not in _PARTICLES:
                    t.person, t.score, t.rule = True, max(t.score, 0.7, min_conf), RULE
            i = run[-1] + 1
            continue
        i += 1


def _line_breaks(text: str) -> list[int]:
    """The offsets of the line breaks of ``text``, in order."""
    out: list[int] = []
    k = text.find("\n")
    while k >= 0:
        out.append(k)
        k = text.find("\n", k + 1)
    return out


#: What may stand between a line's start and a slogan's first word (``_slot_start``'s ``at_line``).
_LINE_LEAD_RE = re.compile("[ \t\"'“„‘«*]*")


def _gap(text: str, a: Token, b: Token) -> str:
    return text[a.end : b.start]


def _slot_start(text: str, toks: list[Token], i: int, line: int) -> tuple[int | None, bool]:
    """Where a name may start at or after token ``i``: (its index, whether an opener stands before it),
    or (None, False). ``i`` opens the line (after a quotation mark) or follows a colon, or opens an opener."""
    # (``text[line : toks[i].start].strip(" \t\"'“„‘«*") == ""`` without the copy of the line up to the
    # word: the match stops at the first other character, most often the line's first -- session 25)
    lead = _LINE_LEAD_RE.match(text, line, toks[i].start)
    at_line = lead is not None and lead.end() == toks[i].start
    after_colon = i > 0 and _gap(text, toks[i - 1], toks[i]).strip() == ":" and toks[i - 1].allcaps
    words = [t.folded for t in toks[i : i + 4]]
    for opener in _OPENERS if words[0] in _OPENER_HEADS else ():
        k = len(opener)
        if (tuple(words[:k]) == opener and (at_line or after_colon or opener[0] in ("bedankt", "merci", "stem", "proficiat"))
                and i + k < len(toks)
                and all(_gap(text, toks[i + m], toks[i + m + 1]) in (" ", ": ", ", ", " : ") for m in range(k))):
            return i + k, True
    if after_colon:
        return i, True
    if at_line:
        return i, False
    return None, False


def _run(text: str, toks: list[Token], j: int, n: int) -> list[int]:
    run: list[int] = []
    while j < n and len(run) < 4:
        t = toks[j]
        if not t.allcaps or (run and _gap(text, toks[run[-1]], t) not in (" ", "-")):
            break
        if t.folded in _ARTICLES and not run or t.folded in ("voor", "en", "of", "&") or t.folded in _AFTER_VERBS:
            break
        run.append(j)
        j += 1
    while run and toks[run[-1]].folded in _PARTICLES:
        run.pop()
    return run


def _is_name(run: list[int], toks: list[Token], lex: Lexicon, first_ok: Callable[[Token], bool],
             word_first: Callable[[Token], bool], thing: Callable[[Token], bool]) -> bool:
    words = [toks[k] for k in run]
    if any(t.folded not in _PARTICLES and (thing(t) or t.folded in lex.common and not (t.person or first_ok(t)))
           for t in words):
        return False
    first = words[0]
    if first.folded in _PARTICLES:
        return False
    if first.person or first_ok(first):
        return True
    if len(words) >= 2 and word_first(first):
        last = words[-1]
        return last.folded in lex.surnames or not lex.is_word(last.folded)
    return False


def _closes(text: str, toks: list[Token], run: list[int], opened: bool) -> bool:
    """What follows the name closes the slogan's slot: "VOOR" + an office, a slogan's verb, or (after
    an opener) the phrase's end."""
    last = toks[run[-1]]
    k = run[-1] + 1
    nxt = toks[k] if k < len(toks) else None
    gap = text[last.end : nxt.start] if nxt is not None else text[last.end :]
    if nxt is not None and gap == " " and nxt.allcaps:
        if nxt.folded == "voor" and k + 1 < len(toks) and toks[k + 1].folded in _OFFICES:
            return True
        if nxt.folded in _AFTER_VERBS:
            return True
        if opened and nxt.folded in ("en", "&"):
            return True
    if not opened:
        return False
    return gap[:1] in ("", "!", "?", ".", ",", ";", ")", "\n", "”", '"') or gap.strip(" ")[:1] in ("!", "?", "\n", "")
