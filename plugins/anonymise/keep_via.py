"""Channels: the capitalised run after a lower-case "via" (session 13, the keep side of issue 11).

"We stemden via X", "de rest stuur ik door via X", "een stage via X Jobs", "verzekerd via X":
after "via" a report names the channel something went through -- an app, a platform, an
agency, an insurer -- far more often than a person. Over the 23 informed gold sets (session
13's count) 36 capitalised runs after "via" are keep items and one is a quoted person's name,
a listed first name.

Privacy first, as in ``keep_chains``: a run with a word on a first-name, surname or
name-word list (even one that is a Dutch word too: "Brouwer", "Frans"), a name the report
gives, a title or role inside the run, and every person cue of ``keep_chains._person_at`` (a
colon or a bracket after it, a capitalised word before or after it, a saying verb, ...) leave
the run to the person rules; so does a possessive after it ("via X zijn broer"), a verb of hearing,
knowing or meeting in its clause ("via X hoorden we het"), and "Via X" opening a sentence.
The run must also carry thing evidence of its own (``_thing_word``: a Dutch or English word
or compound, a capital inside or a digit, a brand or chain): a run of words no list knows is
a name of an origin the lists miss as often as an app ("via Tahmina"), so it stays masked.
The protection is ``keep_objects.POSITION``: a word no list knows that only "via" keeps is
listed by ``perskamer review`` for the editor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .keep_objects import POSITION

if TYPE_CHECKING:
    from collections.abc import Iterator

    from .detect import Knowledge, Token, _Protect
    from .lexicon import Lexicon

_MAX_RUN = 3  # capitalised words of one channel's name
#: Words after the run that make it a person's: "via X zijn broer", "via X haar mama".
_POSSESSIVES = frozenset({"zijn", "haar", "z'n", "d'r", "hun", "'s"})
#: Verbs of hearing, knowing and meeting in the clause: one hears of something, knows or
#: meets someone through a person ("via X hoorden we het", "leerden elkaar kennen via X").
_THROUGH_A_PERSON = frozenset({"hoor", "hoort", "hoorde", "hoorden", "gehoord", "vernam", "vernamen", "vernomen",
                               "ken", "kent", "kende", "kenden", "kennen", "gekend", "leerde", "leerden", "weet",
                               "wist", "wisten", "geweten", "ontmoet", "ontmoette", "ontmoetten"})
_CLAUSE = 8  # words either side of the run read for those verbs


def protect_channels(text: str, toks: list[Token], caps: list[int], lex: Lexicon, know: Knowledge,
                     prot: _Protect, words: set[str]) -> None:
    """Add "keep" protections for the channel named after a lower-case "via" (see the module)."""
    if not caps or "via" not in words:
        return
    for i, last in via_runs(text, toks, caps, _MAX_RUN, caps_too=True, joins=(" ",)):
        run = toks[i : last + 1]
        # (a first name or surname that is a word too, "Frans", "Brouwer", is a person's after "via" as often)
        if any(know.known_or_listed_name(t.folded, lex) for t in run) or not any(_thing_word(t, lex) for t in run):
            continue
        if through_a_person(text, toks, i, last, lex, know):
            continue
        prot.add(toks[i].start, toks[last].end, POSITION)


def via_runs(text: str, toks: list[Token], caps: list[int], max_run: int, *, caps_too: bool,
             joins: tuple[str, ...]) -> Iterator[tuple[int, int]]:
    """The first and last token of each run of capitalised words after a lower-case "via" and one
    space: at most ``max_run`` words, each joined to the one before by a string of ``joins``; a word
    in capitals may go on a run (``caps_too``), never open one. ``keep_frames``' metro stops too."""
    n = len(toks)
    for i in caps:
        if i == 0:
            continue
        via, tok = toks[i - 1], toks[i]
        if via.text != "via" or text[via.end : tok.start] != " " or not tok.cap or tok.allcaps:
            continue
        last = i
        while (last + 1 < n and last < i + max_run - 1 and (toks[last + 1].cap or (caps_too and toks[last + 1].allcaps))
               and text[toks[last].end : toks[last + 1].start] in joins):
            last += 1
        yield i, last


def through_a_person(text: str, toks: list[Token], i: int, last: int, lex: Lexicon, know: Knowledge) -> bool:
    """Whether the run ``toks[i..last]`` after "via" is a person's by what stands around it: a
    possessive after it ("via X zijn broer"), a person cue of ``keep_chains._person_at``, or a verb
    of hearing, knowing or meeting in its clause (``_heard_through``)."""
    from .keep_chains import _person_at

    nxt = toks[last + 1] if last + 1 < len(toks) else None
    if nxt is not None and text[toks[last].end : nxt.start] in (" ", "") and nxt.folded in _POSSESSIVES:
        return True
    return _person_at(text, toks, i, last, lex, know) or _heard_through(text, toks, i, last)


def _heard_through(text: str, toks: list[Token], i: int, last: int) -> bool:
    """Whether a verb of hearing, knowing or meeting stands in the run's clause."""
    k = i - 1
    while k > 0 and k > i - _CLAUSE and not toks[k].sent_start and text[toks[k - 1].end : toks[k].start].strip() == "":
        k -= 1
        if toks[k].folded in _THROUGH_A_PERSON:
            return True
    k = last
    while k + 1 < len(toks) and k < last + _CLAUSE and text[toks[k].end : toks[k + 1].start].strip() == "":
        k += 1
        if toks[k].folded in _THROUGH_A_PERSON:
            return True
    return False


def _thing_word(tok: Token, lex: Lexicon) -> bool:
    """Whether a word of the run says "thing" by itself: a Dutch or English word or a Dutch
    compound ("Smartschool", "Jobs"), a word written with a capital inside or a digit
    ("WeTransfer", "Bol4"), or a word on the brand or chain lists. A run of words no list
    knows ("via Tahmina", "via Tsering") carries no such evidence: names of many origins are
    missing from every list, so "via" alone never keeps them (privacy first; the lead's
    probe found 20 of 45 such names published before this check)."""
    from .detect import is_compound
    from .lexicon import english_words

    f, t = tok.folded, tok.text
    return (is_compound(f, lex) or f in english_words() or f in lex.brands or f in lex.chain_words
            or any(c.isupper() for c in t[1:]) or any(c.isdigit() for c in t))
