"""A word no list knows as a phrase of its own, opening a line or a sentence (session 26, s26-a26).

A capitalised word that no list knows is masked inside a sentence ("proper noun no list knows",
default-deny). Opening a sentence it is scored low (0.3): there the capital says nothing, and
a heading or a product may open a line. It was masked before only when a clause goes on after it
(a lower-case word, a finite verb, a person's apposition). The blind attack set A26 found the
common shapes where the word stands ALONE as a phrase -- what only a roll, a register or a list
of people writes -- and nothing goes on after it, so the name was published:

* before a dash and a short code or remark: "<X> – 4B – ...", "<X> — ...";
* before a question mark or an exclamation mark: a roll call "<X>? — Hier!";
* before a comma and a lower-case word: an aside or an apposition "<X>, bij ons ... genoemd, ..."
  (not a list: "<X>, kaarten of een film" -- a coordination in the stretch after the comma);
* before a tally of strokes: "<label>: <X> IIII I";
* as an item of a numbered list, before the next item's number: "1. <X> 2. ...".

A word "no list knows" is no Dutch or English word, frequent word, chat word, listed surname,
place, brand, organisation or keep word, no compound of a Dutch word with a platform, brand,
place or keep word, and three letters or more (``detect._unknown_word`` and the caller's checks).
Organisations, places and brands that no list holds are the cost: an unlisted app or shop
opening a line before a dash ("<App> – 12 vragen") is masked (privacy first; listed by
``perskamer review`` below 0.75).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .lexicon import fold
from .person_openers import person_noun
from .word_classes import TITLES

if TYPE_CHECKING:
    from .detect import Token

_DASH = "[–—―-]"
#: What may follow the word (or a name of up to three capitalised words) to make it a phrase of
#: its own: a spaced dash, "?" / "!", a comma and a lower-case word, a tally of strokes, the
#: next item's number of a numbered list.
_ALONE_AFTER_RE = re.compile(
    r"(?:[ \t]+" + _DASH + r"[ \t]"
    r"|[ \t]*[?!]"
    r"|,[ \t]+(?=[^\W\d_])"
    r"|[ \t]+[I|]{1,6}(?:[ \t]+[I|]{1,6})*[ \t]*(?:$|\n)"
    r"|[ \t]+\d{1,2}[.)][ \t])"
)
#: the aside after the comma, up to its closing comma or the sentence's end
_ASIDE_PART_RE = re.compile(r"[^,.;:!?\n]{1,80}")
_COORDINATION_RE = re.compile(r"(?<!\w)(?:en|of|en/of|&|\+)(?!\w)")
#: a label and its colon before the word, on its line (the label's value: ``person_label_values``)
_LABEL_BEFORE_RE = re.compile(r"([^\n:]{0,78}):[ \t]+\Z")
_WORD_RE = re.compile(r"[^\W\d_]+")
#: Words that open a clause after the comma, not an aside about the word before it: plural or impersonal
#: subjects, demonstratives, adverbs and conjunctions ("<X>, jullie ...", "<X>, dat was ...", "<X>, maar ...")
_NO_ASIDE_OPENERS = frozenset({"jullie", "we", "wij", "ze", "zij", "het", "er", "dat", "dit", "dan", "daar", "hier",
                               "dus", "want", "maar", "toch", "nu", "ook", "zo", "wat", "hoe", "waar"})
_TALLY_RE = re.compile(r"[I|]{1,6}")
_CAP_WORD_RE = re.compile(r"[ \t]([^\W\d_][\w'’\-]*)")


def alone_opening(text: str, toks: list[Token], i: int) -> str:
    """The reason the capitalised token ``i``, opening a sentence or a line, is a phrase of its
    own -- a name in a roll, a register or a numbered list -- or ""."""
    tok = toks[i]
    if not (tok.sent_start or i == 0):
        return ""
    end = tok.end
    # a name of up to three capitalised words: the phrase ends after the last of them
    for _ in range(2):
        m = _CAP_WORD_RE.match(text, end)
        if m is None or not m.group(1)[:1].isupper() or _TALLY_RE.fullmatch(m.group(1)):
            break
        end = m.end()
    m = _ALONE_AFTER_RE.match(text, end)
    if m is None:
        return ""
    s = m.group(0).strip()
    label = _LABEL_BEFORE_RE.search(text, max(0, tok.start - 80), tok.start)
    if label is not None and s[:1] not in ",I|" and not s[:1].isdigit():
        return ""  # a label's value before a dash or "?" is rule 45's (its siblings and thing labels decide)
    if s[:1] in "?!":
        return "a phrase of its own opening a line ('<X>?')"
    if s[:1] == ",":
        if not text[m.end() : m.end() + 1].islower():
            return ""  # a list of capitalised words ("<X>, <Y> en <Z>"): the other rules read it
        aside = _ASIDE_PART_RE.match(text, m.end())
        if aside is None or _COORDINATION_RE.search(aside.group(0)):
            return ""  # the first of a list of things ("Bij regen: <Spel>, kaarten of een film")
        if _WORD_RE.match(aside.group(0)).group(0) in _NO_ASIDE_OPENERS:
            return ""  # a clause, no aside: a group or a firm addressed ("<Winkel>, jullie zijn de beste sponsor")
        if label is not None and not any(person_noun(fold(w), TITLES) for w in _WORD_RE.findall(label.group(1))):
            # after a label only one that asks for a person ("Meter van de nieuwe groep: <X>, sinds ..."):
            # "Soortenlijst: <Plant>, brandnetel, vlier", "Klasse: <Boot>, start om 14 uur" stay
            return ""
        return "a phrase of its own opening a sentence, before an aside"
    if s[:1] in "I|":
        return "a phrase of its own before a tally"
    if s[:1].isdigit():
        return "a numbered list's item"
    return "a phrase of its own opening a line, before a dash"
