"""Chains, brands and operators from a licensed list: "Colruyt", "Albert Heijn", "Burger
King" (session 10, the keep side of issue 11).

In what people say, a proper noun that nothing recognises is masked (default-deny), and
one on a first-name or surname list is a name: "Na school werk ik bij [persoon 1]". The
lists ``data/chains.txt`` and ``data/chains_named.txt`` (OpenStreetMap's
name-suggestion-index, BSD-3-Clause: chains, brands and operators found in Belgium, the
Netherlands, Luxembourg, Europe or the world; see ``tools/build_keep_lists.py``) are
positive evidence: they name the thing. An entry of two words or more holds a listed name
in ``chains_named.txt`` ("Albert Heijn"), none in ``chains.txt``; a one-word entry is on no
name list of any Faker locale. An entry shaped like a person's name (every word a listed
name, an ordinary word or a particle: "Leen Bakker"; "Vanden X") is not listed at all.

Privacy first, so the evidence is never enough to keep a person:

* an entry matches only as a whole span of capitalised words, never word by word: "bij
  Albert" or "Heijn zei" is no chain;
* an entry of two words or more none of whose words is an ordinary Dutch or English
  word that is no listed name ("Albert Heijn", "Tally Weijl": the shape of a person's
  name; not "Burger King", "Amazon Fresh") is kept only where a thing stands
  (``detect._place_or_thing_position``: after "in/uit/naar" or an article, "bij X" after
  working, "van X" after an organisation's noun, coordinated with a kept thing ...): the
  list tells which thing, the position that it is one;
* nothing is kept where a person cue stands at the span: a title or role before it or
  inside it ("meneer X", "Bakker X"), an attribution word, a speech verb, an age, an
  apposition, a chat speaker's colon or an attribution dash (the cues of
  ``detect._context_cues``; a verb alone after it is none: "Flixbus bracht ons"), a
  possessive and a noun or a subordinator before it ("mijn buurman X", "toen X het ..."),
  a colon or a bracket right after it ("X: ...", "X (..."), company or address before it
  ("met X", "aan X", "Dag X", "Bedankt X");
* nor where a word of it is a name the report gives (a speaker, a credited participant)
  or one of the deny list;
* nor where a capitalised word runs on right after it or stands right before it ("Jef
  X", "X Peeters": a longer name; a capitalised ordinary word opening the sentence, "Met
  X", is no name);
* the protection is "brand": who wrote a time-stamped chat line and what a person is
  called ("ze heet X") still win over it (``detect._score_token``).

Known residue: a person named by a surname alone that is a chain's one-word name, in a
sentence with no cue ("Gisteren zag ik X") -- as with the brands of ``brands.txt``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .person_clauses import SUBORDINATORS

if TYPE_CHECKING:
    from .detect import Knowledge, Token, _Protect
    from .lexicon import Lexicon

_BY_FIRST: list[object] = [None, None]


#: Words before a span that make it a person: company or address ("met", "aan", "zonder",
#: "naast", "tegen") and address ("Dag X", "Beste X", "Bedankt X").
_PERSON_BEFORE = frozenset({"met", "aan", "zonder", "naast", "tegen", "dag", "hoi", "hallo", "hey", "hi", "dank", "bedankt",
                            "merci", "beste", "lieve", "liefste", "dankjewel", "dankuwel", "proficiat", "welkom"})


def _by_first(lex: Lexicon) -> tuple[dict[str, list[tuple[str, ...]]], frozenset[str]]:
    """The entries of ``lex.named_chains`` grouped by their first folded word, longest
    first, and the words a text must hold for any chain to match (a one-word chain, or a
    word of each entry: "heijn" of "Albert Heijn"), for the last lexicon seen."""
    if _BY_FIRST[0] is not lex:
        grouped: dict[str, list[tuple[str, ...]]] = {}
        for entry in sorted(lex.named_chains, key=len, reverse=True):
            grouped.setdefault(entry[0], []).append(entry)
        # (an entry's anchor: its longest word that is no ordinary word, else its longest)
        from .lexicon import english_words

        english = english_words()
        anchors = frozenset(max(e, key=lambda w: (len(w) > 2, not lex.is_word(w) and w not in english, len(w)))
                            for e in lex.named_chains)
        _BY_FIRST[:] = [lex, (grouped, lex.chain_words | anchors)]
    return _BY_FIRST[1]  # type: ignore[return-value]


def protect_named_chains(text: str, toks: list[Token], caps: list[int], folded: list[str], lex: Lexicon,
                         know: Knowledge, prot: _Protect, words: set[str]) -> None:
    """Add "brand" protections for the chains of ``lex.chain_words`` and ``lex.named_chains``
    (see the module); ``folded`` and ``caps`` as ``detect._tokenize`` gives them, ``words``
    the set of the folded words."""
    if not caps:
        return
    table, needed = _by_first(lex)
    if needed.isdisjoint(words):
        return  # (most texts hold no chain's word at all)
    n = len(toks)
    done = -1
    chain_words = lex.chain_words
    for i in caps:
        if i <= done:
            continue
        if folded[i] in chain_words and not toks[i].allcaps and folded[i] not in table:
            if not _person_at(text, toks, i, i, lex, know):
                prot.add(toks[i].start, toks[i].end, "brand")
            continue
        if folded[i] not in table:
            continue
        for entry in table[folded[i]]:
            last = i + len(entry) - 1
            if last >= n or tuple(folded[i : last + 1]) != entry:
                continue
            if not all(text[toks[k].end : toks[k + 1].start] == " " for k in range(i, last)):
                continue
            if not toks[last].cap and not toks[last].allcaps:
                continue
            if _person_at(text, toks, i, last, lex, know) or (not _thing_word(entry, lex) and not _thing_position(
                    text, toks, i, lex, know)) or _possessive_after(text, toks, last):
                break
            prot.add(toks[i].start, toks[last].end, "brand")
            done = last
            break


_POSSESSIVES = frozenset({"zijn", "z'n", "haar", "d'r", "hun"})


def _possessive_after(text: str, toks: list[Token], last: int) -> bool:
    """A possessive pronoun right after the span: "In X zijn eigen woorden", "X haar fiets"
    (a person's; session 17, for the places of several words: "San Juan" is a surname too)."""
    k = last + 1
    return k < len(toks) and toks[k].folded in _POSSESSIVES and text[toks[last].end : toks[k].start] == " "


#: Small words of names in many languages: no evidence of a thing.
_SMALL = frozenset({"van", "de", "den", "der", "het", "ter", "ten", "te", "le", "la", "les", "du", "des", "di", "da",
                    "do", "dos", "del", "el", "al", "the", "of", "and", "en", "et", "y", "und", "von", "zu", "san",
                    "saint", "sint", "st"})


def _thing_word(entry: tuple[str, ...], lex: Lexicon) -> bool:
    """Whether a word of the entry is an ordinary Dutch or English word that is no listed
    name ("Burger King": "burger"; "Amazon Fresh": "fresh"): a person's name holds none.
    "Albert Heijn" holds none: its words are a first name and a word no list knows, the
    shape of a person's name, so it is kept only where a thing stands."""
    from .lexicon import english_words

    for w in entry:
        for part in w.replace("’", "'").split("'")[0].split("-"):
            if len(part) < 3 or part in _SMALL or lex.is_listed_name(part):
                continue
            if lex.is_word(part) or part in english_words():
                return True
    return False


def _thing_position(text: str, toks: list[Token], i: int, lex: Lexicon, know: Knowledge) -> bool:
    from .detect import _place_or_thing_position

    return _place_or_thing_position(text, toks, i, lex, know)


def sentence_capital(tok: Token, lex: Lexicon) -> bool:
    """Whether a capitalised word is capitalised only because it opens its sentence: an ordinary
    word that no name list holds ("Met", "Toen", "Gisteren"; not "Jef", "Roos", "Bakker"). Before a
    span, any other capitalised word makes a longer name (``_person_at``, ``keep_heads._person_cue``,
    ``keep_typed``; session 25 folded the three copies into this one)."""
    return tok.sent_start and lex.is_word(tok.folded) and not lex.is_listed_name(tok.folded)


def _person_at(text: str, toks: list[Token], i: int, last: int, lex: Lexicon, know: Knowledge,
               opened: bool = False) -> bool:
    """Whether a person cue stands at the span ``toks[i..last]`` (see the module);
    ``opened``: the word before it is a noun that opens the name (``keep_venues``), so
    what stands before it is not read."""
    from .detect import _WEAK_VERB_SCORE, TITLES, _context_cues, _said_cues

    for k in range(i, last + 1):
        key = know.names.get(toks[k].folded)
        if key is not None and (key in know.explicit or key in know.deny):
            return True
        if k > i and toks[k - 1].folded in TITLES:
            return True  # "Bakker Bart", "Dokter X": a role and a name inside the span
    prev = toks[i - 1] if i > 0 and not opened else None
    if prev is not None and text[prev.end : toks[i].start].strip() == "" and (
            prev.folded in _PERSON_BEFORE or prev.folded in SUBORDINATORS):
        return True  # "met X Y", "Dag X Y": whom one is with or speaks to; "Toen X Y ...": a subject
    if (prev is not None and (prev.cap or prev.allcaps) and text[prev.end : toks[i].start] == " "
            and not sentence_capital(prev, lex)):
        return True  # "Jef X": a capitalised word before it makes a longer name (not "Met X" opening a sentence)
    if text[toks[last].end : toks[last].end + 3].lstrip(" ")[:1] in (":", "(", "["):
        return True  # "X Y: ..." a speaker's label, "X Y (..." an attribution
    nxt = toks[last + 1] if last + 1 < len(toks) else None
    if nxt is not None and (nxt.cap or nxt.allcaps) and text[toks[last].end : nxt.start] == " ":
        return True  # a longer run of capitalised words: a longer name
    if max(_context_cues(text, toks, i, lex, know)[0], _context_cues(text, toks, last, lex, know)[0]) > _WEAK_VERB_SCORE:
        return True  # (a verb alone after it is no cue: "Flixbus bracht ons", "Albert Heijn heeft")
    return not toks[i].sent_start and _said_cues(text, toks, i, lex)[0] > 0
