"""A person's name of the report as the first half of a hyphenated compound (session 26,
s26-keep; issue 11 points 1 and 4).

A report masks "Margot" where she speaks or acts ("[persoon 2] deed het woord voor de camera")
and then writes "De Margot-aflevering werd het vaakst bekeken" or "we noemen het de
Jolien-methode": the compound is one token, the person rules read it as one unknown word and
kept it, and the name was published beside its own mask (s26-keep's frozen set, two reports, on
main 4fced9a). The protective default of session 23 (docs/decisions.md): a word the report uses
as a person's name is masked everywhere in that report, so the name half of such a compound is
masked too -- "[persoon 2]-aflevering", "de [persoon 1]-methode"; the thing noun stays.

Evidence of "a person's name of the report": a person span of the same text holding the word, at
:data:`SURE` confidence or more, or a name the report's knowledge holds (speakers, credits, the
deny list, what the harvest learned) whose evidence is that sure
(:func:`.person_firm_namesakes._sure`). The compound: a capitalised first half of three letters
or more that is no common word, a hyphen, and a lower-case second half ("-aflevering", "-methode",
"-fan"); not "Jean-Pierre" (both halves capitalised: a double first name the person rules judge).
The same for a CamelCase part of a hashtag: "#MerciKobe" beside "Het Gouden Fluitje ging naar
[persoon 1]" -> "#Merci[persoon 1]" (a hashtag is no token of the person rules; its parts are).
Nothing else changes.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from .person_firm_namesakes import SURE, _sure

if TYPE_CHECKING:
    from .detect import Knowledge, Span, Token
    from .lexicon import Lexicon

RULE = "name of a person of the report in a compound"
_HASHTAG_RE = re.compile(r"(?<![\w#])#([^\W_][^\W_]*)")
_CAMEL_RE = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,}")


def _first_half(tok: Token) -> str:
    """The capitalised first half of ``tok`` before a hyphen and a lower-case rest, or ""."""
    text = tok.text
    p = text.find("-")
    if p < 3 or p + 1 >= len(text) or not text[p + 1].islower() or not text[0].isupper():
        return ""
    head = text[:p]
    return head if head.isalpha() else ""


def compound_names(text: str, toks: list[Token], spans: list[Span], know: Knowledge, lex: Lexicon) -> list[Span]:
    """Person spans for the name half of each hyphenated compound of ``text`` whose first half is a
    person's name of the report (see the module); ``spans``: the text's spans so far (sorted, not
    overlapping). The span covers the name only; its key is the name's."""
    from .detect import Span
    from .lexicon import fold

    if "-" not in text and "#" not in text:
        return []
    sure: dict[str, str | None] = {}
    for sp in spans:
        if sp.kind == "person" and sp.confidence >= SURE:
            for w in sp.text.replace("-", " ").split():
                f = fold(w.strip(".,;:!?'’\"()"))
                if len(f) >= 3:
                    sure.setdefault(f, sp.key)
    names = know.names
    starts = [sp.start for sp in spans]
    out: list[Span] = []
    for tok in toks:
        if "-" not in tok.text or not tok.cap:
            continue
        head = _first_half(tok)
        if not head:
            continue
        f = fold(head)
        if f in lex.common:
            continue
        if f in sure:
            key = sure[f]
        elif f in names and _sure(names[f], 1.0, know):
            key = names[f]
        else:
            continue
        k = bisect_right(starts, tok.start) - 1
        if k >= 0 and spans[k].start <= tok.start < spans[k].end:
            continue  # masked already
        out.append(Span(tok.start, tok.start + len(head), "person", head, RULE, 0.9, key))
    if "#" in text:
        for m in _HASHTAG_RE.finditer(text):
            k = bisect_right(starts, m.start(1)) - 1
            if k >= 0 and spans[k].start <= m.start(1) < spans[k].end:
                continue  # masked already
            for part in _CAMEL_RE.finditer(m.group(1)):
                f = fold(part.group())
                if f in lex.common:
                    continue
                if f in sure:
                    key = sure[f]
                elif f in names and _sure(names[f], 1.0, know):
                    key = names[f]
                else:
                    continue
                at = m.start(1) + part.start()
                out.append(Span(at, at + len(part.group()), "person", part.group(), RULE, 0.9, key))
        out.sort(key=lambda s: s.start)
    return out
