"""French clauses inside a Dutch quote (session 9, the keep side of issue 11).

Flemish youth work is often bilingual: a quote may switch to French ("Pendant le Nowruz on
fait une soirée", "Il est chef cuisinier", "Comme disait ..."). Default-deny then masks the
French words that open a sentence ("Il", "C'est", "Comme": no list of Dutch words holds
them) and the capitalised names of things after a French article ("le Nowruz", "à la
Maison de ..."). Two closed classes of French grammar, never a list of items:

* a capitalised French clause opener (a subject pronoun, "c'est", "comme", a conjunction)
  followed by a lower-case word of French: it is no name;
* a capitalised word after a lower-case French article ("le", "la", "les", "du", "des",
  "au", "aux") that itself follows a French function word ("pendant le X", "et le X", "à
  la X"): French sets no article before a person's name, so it names a thing.

Measured with ``bench/eval_word_evidence.py`` on every informed set and set K (session 9):
no masked name part stands after a French article or is such an opener; 4 keep parts and
6 false masks of French words do. Privacy first: a word on any name list (a first name, a
surname: "Le" is a Vietnamese surname and is no opener here, "Les" a first name), a name
the report gives, and a particle after a capitalised word ("Jean du Pont", "X du Y": a
surname's particle) are never protected.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .detect import Knowledge, Token, _Protect
    from .lexicon import Lexicon

#: Capitalised words that open a French clause (no name: grammar). Not "le"/"la"/"les"
#: (a Vietnamese surname, a place's article, a first name), nor "on"/"ou"/"ma"/"son" (names).
OPENERS = frozenset({"il", "ils", "elles", "c'est", "comme", "nous", "vous", "pendant", "parce", "quand", "alors",
                     "donc", "selon", "depuis", "voilà", "j'ai", "c'était", "qu'est-ce"})
#: Lower-case French words that show the clause goes on in French after an opener, or that
#: stand before an article in French ("et le X", "à la X", "pendant le X").
FRENCH = frozenset({"est", "sont", "était", "a", "ont", "fait", "font", "va", "vont", "on", "nous", "vous", "ils",
                    "elles", "il", "elle", "ne", "n'est", "pas", "que", "qui", "se", "s'en", "y", "en", "les", "le",
                    "la", "des", "du", "un", "une", "disait", "dit", "danse", "peut", "faut", "avait",
                    "à", "et", "avec", "pour", "dans", "par", "sur", "chez", "après", "avant", "vers", "sans",
                    "pendant", "mais", "ou", "c'est", "comme", "selon", "depuis", "entre", "contre", "fête", "fêter"})
ARTICLES = frozenset({"le", "la", "les", "du", "des", "au", "aux"})
#: French words that never stand right before an article (or are Dutch words too: "en").
_NOT_BEFORE = ARTICLES | {"en", "y", "se", "ne", "s'en", "un", "une", "a"}
_MAX_RUN = 3  # capitalised words of one thing's name after the article


def protect_french(text: str, toks: list[Token], caps: list[int], lex: Lexicon, know: Knowledge,
                   prot: _Protect, words: set[str]) -> None:
    """Add "keep" protections for French clause openers and things after a French article."""
    if ARTICLES.isdisjoint(words) and OPENERS.isdisjoint(words):
        return
    n = len(toks)
    for i in caps:
        tok = toks[i]
        if not tok.cap or tok.allcaps or _named(tok.folded, lex, know):
            continue
        nxt = toks[i + 1] if i + 1 < n else None
        if (tok.folded in OPENERS and nxt is not None and not nxt.cap and nxt.folded in FRENCH
                and text[tok.end : nxt.start] == " "):
            prot.add(tok.start, tok.end, "keep")  # "Il est", "Comme disait", "C'est nous"
            continue
        if i < 2:
            continue
        art, before = toks[i - 1], toks[i - 2]
        if (art.cap or art.folded not in ARTICLES or text[art.end : tok.start] != " "
                or text[before.end : art.start] != " " or before.folded not in FRENCH or before.folded in _NOT_BEFORE
                or before.cap and not before.sent_start):
            continue  # ("Noureddine du Comptoir", "Jean du Pont": a particle after a name)
        last = i
        while (last + 1 < n and last < i + _MAX_RUN - 1 and toks[last + 1].cap and not toks[last + 1].allcaps
               and text[toks[last].end : toks[last + 1].start] == " "):
            last += 1
        if any(_named(t.folded, lex, know) for t in toks[i : last + 1]):
            continue
        prot.add(tok.start, toks[last].end, "keep")  # "pendant le Nowruz", "à la Maison de ..."


def _named(f: str, lex: Lexicon, know: Knowledge) -> bool:
    return f in lex.first_names or f in lex.surnames or f in lex.name_words or f in know.names
