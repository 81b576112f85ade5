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
#: Capitalised French determiners, pronouns and adverbs that open a sentence (session 18, the
#: lead: "« Notre échevine … Elle a … Maintenant on a … »" was published as "[persoon 1] échevine
#: … [persoon 2] a … [persoon 3] on a"): grammar, no name, when a lower-case word of French
#: follows (``FRENCH`` or the French word list). Only at a sentence's start; a listed name
#: ("Vos") is never protected (``_named``).
SENTENCE_OPENERS = frozenset({
    "notre", "votre", "nos", "leurs", "mon", "mes", "ses", "cette", "cet", "ces", "cela", "ceci", "elle", "je", "tu",
    "maintenant", "ensuite", "puis", "aujourd'hui", "demain", "ici", "souvent", "toujours", "jamais", "parfois",
    "enfin", "bref", "aussi", "encore", "surtout", "heureusement", "malheureusement", "tout", "tous", "toutes",
    "chaque", "plusieurs", "beaucoup",
})
#: Of those, the determiners: a noun follows, any lower-case word ("Notre échevine").
_DETERMINERS = frozenset({"notre", "votre", "nos", "leurs", "mon", "mes", "ses", "cette", "cet", "ces", "chaque",
                          "plusieurs"})
#: Lower-case French words that show the clause goes on in French after an opener, or that
#: stand before an article in French ("et le X", "à la X", "pendant le X").
FRENCH = frozenset({"est", "sont", "était", "a", "ont", "fait", "font", "va", "vont", "on", "nous", "vous", "ils",
                    "elles", "il", "elle", "ne", "n'est", "pas", "que", "qui", "se", "s'en", "y", "en", "les", "le",
                    "la", "des", "du", "un", "une", "disait", "dit", "danse", "peut", "faut", "avait",
                    "à", "et", "avec", "pour", "dans", "par", "sur", "chez", "après", "avant", "vers", "sans",
                    "pendant", "mais", "ou", "c'est", "comme", "selon", "depuis", "entre", "contre", "fête", "fêter"})
ARTICLES = frozenset({"le", "la", "les", "du", "des", "au", "aux"})
#: French and English prepositions that open a sentence before a capitalised name (session 16)
PREPOSITIONS = frozenset({"avec", "chez", "selon", "with", "according", "thanks", "grâce", "d'après"})
#: French words that never stand right before an article (or are Dutch words too: "en").
_NOT_BEFORE = ARTICLES | {"en", "y", "se", "ne", "s'en", "un", "une", "a"}
_MAX_RUN = 3  # capitalised words of one thing's name after the article
#: The words :func:`protect_french` reads at a capitalised token itself (before an article's rule).
_READ_HERE = OPENERS | SENTENCE_OPENERS | PREPOSITIONS


def protect_french(text: str, toks: list[Token], caps: list[int], lex: Lexicon, know: Knowledge,
                   prot: _Protect, words: set[str]) -> None:
    """Add "keep" protections for French clause openers and things after a French article."""
    if (ARTICLES.isdisjoint(words) and OPENERS.isdisjoint(words) and PREPOSITIONS.isdisjoint(words)
            and SENTENCE_OPENERS.isdisjoint(words)):
        return
    n = len(toks)
    for i in caps:
        tok = toks[i]
        # (each rule below reads an opener or a preposition here, or an article right before: a
        # capitalised word with neither is passed first -- the gate above lets most Dutch texts
        # in, "je" -- with what the rules would do to it: nothing; session 19)
        if tok.folded not in _READ_HERE and (i < 2 or toks[i - 1].folded not in ARTICLES):
            continue
        if not tok.cap or tok.allcaps or know.known_or_listed_name(tok.folded, lex):
            continue
        nxt = toks[i + 1] if i + 1 < n else None
        if (tok.folded in OPENERS and nxt is not None and not nxt.cap and _french_word(nxt.folded)
                and text[tok.end : nxt.start] == " "):
            prot.add(tok.start, tok.end, "keep")  # "Il est", "Comme disait", "C'est nous"
            continue
        if (tok.folded in SENTENCE_OPENERS and tok.sent_start and nxt is not None and not nxt.cap
                and not nxt.allcaps and text[tok.end : nxt.start] == " "
                and (_french_word(nxt.folded) or tok.folded in _DETERMINERS and nxt.text.isalpha())):
            prot.add(tok.start, tok.end, "keep")  # "Notre échevine", "Elle a", "Maintenant on"
            continue
        if (tok.folded in PREPOSITIONS and tok.sent_start and nxt is not None and nxt.cap
                and text[tok.end : nxt.start] == " "):
            # a preposition opening a sentence before a name is no name part: "Avec <Prénom>, on ...",
            # "Chez <Enseigne>, ..." (session 16: the run "Chez <X>" was masked whole)
            prot.add(tok.start, tok.end, "keep")
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
        if any(know.known_or_listed_name(t.folded, lex) for t in toks[i : last + 1]):
            continue
        prot.add(tok.start, toks[last].end, "keep")  # "pendant le Nowruz", "à la Maison de ..."


def _french_word(f: str) -> bool:
    """A lower-case word of French: the clause words above, or the French word list (four
    letters or more, filtered against every name list)."""
    from .keep_french_names import french_words

    return f in FRENCH or f in french_words()


#: Lower-case French links inside a body's name: "Office de la X", "Union des X", "Comptoir
#: du X", "... et de l'X", "... d'X" (an elided article glued to the next word).
_LINKS = frozenset({"des", "du", "aux", "de", "et", "la"})
_ELIDED = ("l'", "d'", "l’", "d’")
_FIRST_LINKS = frozenset({"des", "du", "aux", "de"})  # the word right after a body's head
#: Endings of French derived nouns (an institution's head: "Fédération", "Logement",
#: "Comptoir", "Garderie"); no first name ends so and is no list's name.
_NOUN_ENDINGS = ("tion", "ment", "oir", "age", "ence", "ance", "erie", "ique", "ité", "aire", "eau", "ure")
_MAX_BODY = 7  # capitalised words and links of one body's name
#: French nouns of a body that no Dutch or English word list holds (the heads of Walloon and
#: Brussels associations): a class of nouns, no body's name.
_FRENCH_HEADS = frozenset({"ligue", "maison", "domaine", "espace", "amicale", "cercle", "comite", "conseil",
                           "collectif", "entraide", "ecole", "institut", "regie", "oeuvre", "oeuvres", "asbl",
                           "societe", "mutualite", "mutuelle", "jeunesse", "jeunesses", "coordination", "plateforme",
                           "bureau", "caisse", "cite", "quartier", "syndicat", "groupe", "atelier", "ateliers"})


def _elided_cap(tok: Token) -> bool:
    return tok.text[:2] in _ELIDED and tok.text[2:3].isupper()


def protect_french_bodies(text: str, toks: list[Token], caps: list[int], lex: Lexicon, know: Knowledge,
                          prot: _Protect, words: set[str]) -> None:
    """A French body's name (session 13): a capitalised head no name list holds that is a
    noun of a thing (an ordinary word, a French derived noun, a French noun of a body:
    ``_french_head``), a French link that holds an article ("des", "aux", "de la", "de l'X",
    "du") and a capitalised word: "Office de la Naissance et de l'Enfance", "Union des
    Locataires d'Anderlecht", "Comptoir des Ressources". A person's name takes "du", "des",
    "d'" and "de la" as a particle ("Jean du Pont", "Anne des Rosiers"): a first name is no
    such head. The run goes on over "de/des/du/et/de la" and
    elided articles while a capitalised word follows. Privacy first: a word a name list
    holds (as a head), a name the report gives anywhere in the run, and a person cue at the
    head (``keep_chains._person_at``) leave the run to the person rules."""
    # (the prefilter: a link that holds an article; "de" alone is in nearly every Dutch text)
    if not caps or words.isdisjoint(("des", "du", "aux", "la")) and "de l'" not in text and "de l’" not in text:
        return
    from .keep_chains import _person_at

    n = len(toks)
    done = -1
    for i in caps:
        if i <= done or i + 2 >= n or toks[i + 1].folded not in _FIRST_LINKS:
            continue  # (the cheap test first: a link right after the capitalised word)
        head = toks[i]
        if not head.cap or head.allcaps or know.known_or_listed_name(head.folded, lex):
            continue
        link = _link(text, toks, i)
        if link is None:
            continue
        strong = link
        if not _french_head(head.folded, lex):
            continue
        last = _body_end(text, toks, i + 1)
        if last <= i or any(t.folded in know.names for t in toks[i : last + 1]):
            continue
        if _person_at(text, toks, i, last, lex, know, opened=strong):  # ("met Union des X": no person has "des")
            continue
        done = last
        prot.add(head.start, toks[last].end, "keep")


def _french_head(f: str, lex: Lexicon) -> bool:
    """A body's head: an ordinary word ("Union", "Office", "Centre"), a French derived noun
    ("Fédération", "Comptoir") or a French noun of a body -- never a name-shaped word no list
    knows ("X des Bois" is a person's name with a particle)."""
    from .lexicon import english_words

    if lex.is_listed_name(f):
        return False
    return lex.is_word(f) or f in english_words() or len(f) >= 6 and f.endswith(_NOUN_ENDINGS) or f in _FRENCH_HEADS


def _link(text: str, toks: list[Token], i: int) -> bool | None:
    """The French link after the head at ``i``: True for "des"/"aux" (no person's particle),
    False for "du", "de la", "de l'X", "d'X" (a particle of names too), None for none."""
    head, a, b = toks[i], toks[i + 1], toks[i + 2]
    if a.cap or text[head.end : a.start] != " " or text[a.end : b.start] != " ":
        return None
    word = b.cap and not b.allcaps
    if a.folded in ("des", "aux") and word:
        return True
    if a.folded == "du" and word:
        return False
    if a.folded == "de" and (_elided_cap(b) or b.folded == "la" and i + 3 < len(toks) and toks[i + 3].cap
                             and text[b.end : toks[i + 3].start] == " "):
        return False
    return None


def _body_end(text: str, toks: list[Token], j: int) -> int:
    """The last capitalised word of the links and words from ``j`` on (-1: none)."""
    n = len(toks)
    last = -1
    k = j
    while k < n and k < j + _MAX_BODY and (k == j or text[toks[k - 1].end : toks[k].start] == " "):
        t = toks[k]
        if t.cap and not t.allcaps or _elided_cap(t):
            last = k
        elif t.folded not in _LINKS or t.cap:
            break
        k += 1
    return last
