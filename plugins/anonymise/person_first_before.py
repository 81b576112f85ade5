"""The first name before a surname, also when it is a word or ends the line before (issue 11, session 20).

A surname the rules took ("Öztürk", "Goossens", "Adeyemi", "Ouahabi") was masked and the word right
before it published: "Berk [persoon 1]", "Sky [persoon 1]", "Precious [persoon 1]", "Lente\\n[persoon 1]",
"Anouar\\n[persoon 1]". The growth of a name over its first name took only a listed first name that
is no word ("Anne [Maes]") or a word next to it that a list keeps; a first name that is also a Dutch
or English word ("Berk", "Sky", "Lente", "Precious"), or one that ended the line before (an answer
wrapped by a PDF form, a wrapped e-mail), stayed. The person is as identifiable as before
(attack A19, informed: the first name of a masked full name published in 15 frames; the frames
"wrap-dank" and "wrap-caption" 34 of 182 pairs).

The CLASS is structural: the capitalised word right before a person's surname (a name part that is
no word itself), in the same case, is that person's first name, unless it is a function or
greeting word, a title or role, an organisation's cue, a trade's noun, a calendar word, or it
stands where a place or thing stands ("in Gent", "de Post"). Across a line break only in a wrapped
sentence: the word before the first name is a lower-case word on its line, and the surname's line
goes on in lower case or ends the sentence ("dank gaat naar Anouar\\nOuahabi voor de affiches"); the
same holds for a surname after a first name that ends its line ("zie je Liu\\nYang tijdens ...").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from .scan import line_letters

if TYPE_CHECKING:
    from .detect import Token
    from .lexicon import Lexicon

#: particles that open a surname after a first name
_PARTICLES = frozenset({"van", "de", "der", "den", "el", "al", "ben", "bin", "ter", "ten", "le", "la", "du", "da", "dos",
                        "von", "vande", "vanden", "vander"})
#: one line break between two words, no blank line
_WRAP_GAP_RE = re.compile(r"[ \t]*\n[ \t]*")
#: after the word on the next line: a lower-case word, a punctuation mark, or the text's end
_GOES_ON_RE = re.compile(r"(?:[ \t]+[a-zà-ÿ(]|[.,;:!?)]|[ \t]*\Z)")
#: words that are no first name before a surname: greetings and address ("Dag Peeters", "Beste
#: Peeters"), and words that open a title of address in other languages
_NOT_BEFORE = frozenset({"dag", "hallo", "hoi", "hey", "dank", "merci", "proficiat", "beste", "lieve", "liefste",
                         "geachte", "dikke", "bravo", "welkom", "sorry", "familie", "team", "fam", "huize", "club",
                         "zaak", "firma", "atelier", "studio", "garage", "café", "cafe", "brasserie", "bakkerij",
                         "slagerij", "apotheek", "dokter", "tandarts", "notaris", "advocaat", "kantoor", "praktijk",
                         "juffrouw", "zuster", "broeder", "pater", "tante", "nonkel", "oom", "opa", "oma", "mama",
                         "papa", "meneer", "mevrouw", "heer", "vrouw", "dear", "dir", "mr", "mrs", "ms", "sir"})


#: lower-case words after which a chat names a person ("met berk <achternaam>", "lol <x> <y>")
_LOWER_SLOT = frozenset({"met", "van", "aan", "voor", "bij", "en", "lol", "haha", "hahaha", "omg", "hey", "hoi", "hallo",
                         "dank", "merci", "thx", "tnx", "sorry", "ok", "oke", "oké", "want", "maar", "dus", "ook", "zelfs"})


def _lower_first(text: str, toks: list[Token], i: int, lex: Lexicon,
                 name_kind: Callable[[str], tuple[str, bool]]) -> bool:
    """In lower case (a chat): the word before a person's lower-case surname that no list holds as a
    word of its own ("lol berk <öztürk>", "vraag van berk <öztürk>:"), opening the line or after a
    chat's slot word, is its first name."""
    cur, prev = toks[i], toks[i - 1]
    if text[prev.end : cur.start] != " " or cur.rule in ("report", "deny") or lex.is_word(cur.folded):
        return False
    f = prev.folded
    if (len(f) < 3 or not f.isalpha() or f in lex.common or f in _NOT_BEFORE or f in _LOWER_SLOT
            or prev.protected is not None or f in lex.places or f in lex.calendar):
        return False
    # (in lower case only a word no Dutch word list holds, or a first name: the narrative's
    # lower-case name candidates of harvest_scope; not "bovenaan <x.y>")
    if f in lex.dutch_words and name_kind(f)[0] not in ("first", "diminutive"):
        return False
    if prev.sent_start or i == 1:
        return True
    before = toks[i - 2]
    return text[before.end : prev.start] == " " and before.folded in _LOWER_SLOT and not before.cap


#: A person's age right after a name in capitals: "(16)", ", 16," -- a list item "<VOORNAAM> <NAAM> (16), <plaats>".
_CAPS_AGE_AFTER_RE = re.compile(r"[ \t]?(?:\([ \t]?\d{1,2}[ \t]?\)|,[ \t]?\d{1,2}[ \t]?(?:,|$))", re.M)


def caps_age_after(text: str, at: int) -> bool:
    """Whether a person's age follows offset ``at`` ("(16)", ", 16,"): a list item's shape."""
    return _CAPS_AGE_AFTER_RE.match(text, at) is not None


def caps_line(text: str, at: int, min_letters: int = 12) -> bool:
    """Whether the line holding offset ``at`` is written in capitals (a shouted line, a heading):
    at least ``min_letters`` letters, nine in ten of them upper case (``person_runs`` asks for 6)."""
    letters, upper = line_letters(text, at)  # (per line, not per word: session 21)
    return letters >= min_letters and upper >= 0.9 * letters


def wrapped(text: str, toks: list[Token], a: int) -> bool:
    """Whether the line break between ``toks[a]`` and ``toks[a + 1]`` wraps one sentence: the word
    before ``toks[a]`` is a lower-case word on the same line ("zie je X", "Op de foto: X"), and the line after ``toks[a + 1]``
    goes on in lower case or ends the sentence."""
    if a < 1 or a + 1 >= len(toks):
        return False
    if _WRAP_GAP_RE.fullmatch(text, toks[a].end, toks[a + 1].start) is None:
        return False
    before = toks[a - 1]
    if before.cap or before.allcaps or "\n" in text[before.end : toks[a].start]:
        return False
    return _GOES_ON_RE.match(text, toks[a + 1].end) is not None


def first_name_before(text: str, toks: list[Token], i: int, lex: Lexicon, titles: frozenset[str],
                      org_cues: frozenset[str], kept_class: Callable[[Token], str | None],
                      place_or_thing: Callable[[int], bool], trade_head: Callable[[Token], bool],
                      name_kind: Callable[[str], tuple[str, bool]],
                      lower_word: Callable[[str], bool] = lambda f: False) -> bool:
    """Whether ``toks[i - 1]`` is the first name of the person whose name starts at ``toks[i]``
    (see the module)."""
    if i < 1:
        return False
    cur, prev = toks[i], toks[i - 1]
    if not cur.person or prev.person or cur.cap != prev.cap or cur.allcaps != prev.allcaps:
        return False
    if not cur.cap:
        # (``lower_word``: a chat word, pronoun or particle -- never a lower-case name, harvest_scope)
        return (prev.folded not in titles and prev.folded not in org_cues and not lower_word(prev.folded)
                and _lower_first(text, toks, i, lex, name_kind))
    if cur.allcaps and not caps_line(text, prev.start) and not _CAPS_AGE_AFTER_RE.match(text, cur.end):
        # (in capitals only on a line written in capitals: "<X> [<Y>] ZEGT: ...", not "KSA [<Y>]"; or before a
        # person's age, a list item's shape: "<X> [<Y>] (16), Mariakerke" -- session 24, s24-leftovers)
        return False
    gap = text[prev.end : cur.start]
    wrap = gap != " "
    if wrap and not wrapped(text, toks, i - 1):
        return False
    f = prev.folded
    if (len(f) < 2 or f in _NOT_BEFORE or f in titles or f in org_cues or not f.replace("-", "").isalpha()
            or prev.protected not in (None, "place", "calendar")):
        return False
    if cur.rule in ("report", "deny") or lex.is_word(cur.folded) or cur.folded in lex.places:
        return False  # (the surname must be a name by itself: not a word the rules took in a slot)
    kind, _is_word = name_kind(f)
    if f in lex.common:
        return False  # (a frequent word is never a name part: harvest_scope's candidates rest on it, "Dan [Peeters]")
    kept = kept_class(prev)
    listed = kind in ("first", "diminutive")
    if kept not in (None, "place", "calendar") or kept is not None and not listed or prev.protected and not listed:
        return False  # (a place or a calendar word before a surname is its first name only when the name
        # lists hold it: "Lorraine", "Lente", "April")
    if trade_head(prev):
        return False
    if not listed and lex.is_word(f) and i + 1 < len(toks) and text[cur.end : toks[i + 1].start] == " " and (
            toks[i + 1].cap or toks[i + 1].folded in _PARTICLES):
        return False  # (the name goes on after it: it has its first name, "Verslag [Fatima El Amrani]")
    # (after "naar"/"in"/an article a word stands where a place or thing stands; a name no list
    # knows before a surname is a first name there too: "dank gaat naar Anouar [Ouahabi]")
    # (nor a word before a listed surname: "naar Wilg [Mertens]")
    if f in lex.places or f.startswith("sint"):
        return not place_or_thing(i - 1)
    return (listed or cur.folded in lex.surnames or cur.folded in lex.first_names or not lex.is_word(f)
            or not place_or_thing(i - 1))
