"""One-word names compounded with a thing's noun -- "Ketelfest", "Straattalk", "Vrijetijdsweb",
"Pestlijn", "Jongeren-Infolijn" -- and campaigns named "Stop X" ("Stop Pestgedrag") (session
11, the keep side of issue 11).

A festival, a helpline, a talk show or a website names itself with a word and its noun in
one word; a campaign with "Stop" before what it fights. No list knows the compound, so it
was masked by default-deny.

Why it never keeps a person:

* the word ends in a thing's noun (``ENDINGS``: "fest", "talk", "web", "lijn" ...) after
  a Dutch or English word of three letters or more: "Ketel|fest", "Straat|talk",
  "Vrijetijds|web"; a listed first name, surname or name-word, and a name the report
  gives, never count ("Marlijn", "Karlijn" are listed);
* "-lijn" also ends Dutch girls' names ("Rozelijn", "Madelijn", "Evelijn"): there the
  word before it must be four letters or more and not end in "e" ("Pest|lijn",
  "Jeugd|lijn", "Info|lijn"), which none of those names does;
* a hyphenated word counts when its last part is such a compound and its first part no
  listed first name ("Jongeren-Infolijn", not "Anne-X");
* a hyphenated word whose every part is a language ("Dari-Nederlands", after O) names
  languages (lists filtered against the names);
* "Stop" opens a campaign when it is written with a capital inside a sentence, or when
  the word after it is an ordinary Dutch word or compound ("Stop Pestgedrag"); the word
  after it is never a listed first name or a name the report gives ("Stop Jarne maar
  bij de kleinsten" is an order about a person).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .detect import Knowledge, Token, _Protect
    from .lexicon import Lexicon

#: Nouns of things that close a one-word name: events, shows, helplines, websites.
ENDINGS = ("fest", "festival", "talk", "web", "lijn", "line", "radio", "tv", "fm", "app", "site")


def protect_compound_names(text: str, toks: list[Token], caps: list[int], lex: Lexicon, know: Knowledge,
                           prot: _Protect, words: set[str]) -> None:
    """Add "keep" protections for thing compounds and "Stop X" campaigns (see the module)."""
    if not caps:
        return
    n = len(toks)
    for i in caps:
        tok = toks[i]
        f = tok.folded
        if tok.allcaps:
            continue
        if f == "stop" and i + 1 < n and text[tok.end : toks[i + 1].start] == " ":
            nxt = toks[i + 1]
            g = nxt.folded
            if (nxt.cap and not nxt.allcaps and g not in know.names and g not in lex.first_names
                    and g not in lex.name_words and (not tok.sent_start or _thing_word(g, lex))
                    and (i + 2 >= n or not toks[i + 2].cap or text[nxt.end : toks[i + 2].start] != " ")):
                prot.add(tok.start, nxt.end, "keep")
            continue
        hyphen = "-" in f
        if hyphen and all(p in lex.languages for p in f.split("-")):
            prot.add(tok.start, tok.end, "keep")  # "Dari-Nederlands": languages joined (a dictionary, an interpreter)
            continue
        if not f.endswith(ENDINGS) or know.known_or_listed_name(f, lex):
            continue  # (the test every compound needs, before any split)
        parts = f.split("-") if hyphen else [f]
        if len(parts) > 1 and (any(lex.is_listed_name(p) and not lex.is_word(p) for p in parts[:-1]) or not parts[-1]):
            continue
        if _thing_compound(parts[-1], lex):
            prot.add(tok.start, tok.end, "keep")


def _thing_word(f: str, lex: Lexicon) -> bool:
    from .detect import is_compound

    return lex.is_word(f) or is_compound(f, lex)


def _thing_compound(f: str, lex: Lexicon) -> bool:
    """A word of 3+ letters (Dutch, or English; a linking "s" allowed) before a thing's noun."""
    from .lexicon import english_words

    for end in ENDINGS:
        if not f.endswith(end) or len(f) < len(end) + 3:
            continue
        stem = f[: -len(end)]
        if end == "lijn" and (len(stem) < 4 or stem[-1] == "e"):
            continue  # "Rozelijn", "Madelijn", "Evelijn": girls' names
        if lex.is_listed_name(stem) and not lex.is_word(stem):
            continue
        if _thing_word(stem, lex) or stem in english_words() or (
                stem.endswith("s") and len(stem) > 4 and _thing_word(stem[:-1], lex)):
            return True
    return False
