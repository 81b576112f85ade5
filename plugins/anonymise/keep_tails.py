"""A run of ordinary capitalised words whose tail is a country, a continent or a place:
"Youth Network Europe", "Jeunesse Solidaire Cameroun", "Jeunesses Scientifiques de Belgique",
"Street Soccer Kenya" (session 11, the keep side of issue 11).

An organisation often names itself by what it does and where: words of its work, then
its country, continent, region or town. Without the tail the words alone were masked
(no list knows "Solidarité" as a word) and the country with them.

Why it never keeps a person:

* every word before the tail (every part of a hyphenated one: "Tele-Onthaal") is an
  ordinary word -- Dutch, English, or one of a closed
  class of French words of organisations' names (``ORG_WORDS``: "solidarité", "jeunesse",
  "enfance" ...) -- and none is a listed first name ("Summer", "Hope", "Grace" are words
  and first names: never), nor a surname's particle ("Den X", "Van X"), nor a word of
  two letters, nor a title, nor a name the report gives; a person's name opens with a
  first name, a particle or a surname no word list holds; nor is any a greeting, a
  preposition of company, a subordinator or a frequent word ("Dag X", "Met X", "Toen X":
  a person's position);
* a tail that is also a first name or surname ("Kenya", "Jordan", "India") needs two such words
  before it, or one and a French "de" ("Éclaireurs de France": the word before "de" is
  no first name, so "Jean de France" is not taken);
* the run stands alone: a capitalised word right before it makes a longer name ("Jan
  Green Ireland"), and a person cue at it (a speech verb after it) leaves it to the
  person rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .detect import Knowledge, Token, _Protect
    from .lexicon import Lexicon

#: French words of organisations' names (folded), a closed class: no list of ours knows them.
ORG_WORDS = frozenset({
    "solidarite", "solidaire", "solidaires", "jeunesse", "jeunesses", "jeune", "jeunes", "enfance", "enfant", "enfants",
    "espoir", "avenir", "entraide", "aide", "action", "actions", "maman", "mamans", "femme", "femmes", "famille",
    "familles", "catholique", "catholiques", "laique", "laiques", "pluraliste", "pluralistes", "guides", "scouts",
    "eclaireurs", "association", "mouvement", "federation", "union", "alliance", "reseau", "collectif", "comite",
    "maison", "centre", "culture", "culturel", "culturelle", "sport", "sportif", "sportive", "sante", "education",
    "developpement", "paix", "amitie", "fraternite", "rencontre", "rencontres", "echange", "echanges", "initiative",
    "initiatives", "populaire", "populaires", "sociale", "social", "ecole", "ecoles", "ecrire", "lire", "droits",
    "humains", "citoyen", "citoyenne", "citoyens", "quartier", "quartiers", "nouvelle", "nouvelles", "vivre",
    "ensemble", "secours", "benevoles", "volontaires", "volontariat", "promotion", "insertion", "formation",
    "sans", "frontieres", "monde", "terre", "vie", "joie", "lumiere", "horizon", "horizons", "chantiers",
})
#: French words that join the words of a name in lower case ("Jeunesses Scientifiques de Belgique").
LINKS = frozenset({"de", "des", "du", "d", "et"})
_MAX_WORDS = 4


def protect_place_tails(text: str, toks: list[Token], caps: list[int], lex: Lexicon, know: Knowledge,
                        prot: _Protect, words: set[str]) -> None:
    """Add "keep" protections for runs of ordinary words closed by a country or place (see the module)."""
    if not caps or (lex.places.isdisjoint(words) and lex.territories.isdisjoint(words)):
        return  # (every match needs a place or country among the text's words: one set test in C)
    tails = [k for k in caps if k > 0 and (toks[k].folded in lex.territories or toks[k].folded in lex.places)]
    if not tails:
        return
    from .detect import PARTICLES, TITLES
    from .keep_chains import _PERSON_BEFORE
    from .lexicon import english_words
    from .person_clauses import SUBORDINATORS

    english = english_words()
    for t in tails:
        tail = toks[t]
        if tail.allcaps or tail.folded in know.names and tail.folded not in lex.places:
            continue
        k = t - 1
        linked = toks[k].folded in LINKS and not toks[k].cap and k > 0
        if linked:
            k -= 1  # "... de Belgique"
        first = t
        count = 0
        while k >= 0 and count < _MAX_WORDS and text[toks[k].end : toks[k + 1].start] == " ":
            w = toks[k]
            if not w.cap or w.allcaps:
                if w.folded in LINKS and k > 0 and toks[k - 1].cap and first < t:
                    k -= 1
                    continue
                break
            f = w.folded
            if f in _PERSON_BEFORE or f in SUBORDINATORS or f in lex.common:
                break  # ("Dag X", "Bij X ..." opening a sentence: the run starts after it)
            if (f in know.names or f in TITLES or f in lex.first_names or f in PARTICLES or len(f) < 3
                    or not all(p in ORG_WORDS or lex.is_word(p) or p in english for p in f.split("-"))):
                count = -1
                break
            first = k
            count += 1
            k -= 1
        if count <= 0 or (count < 2 and not linked and (tail.folded in lex.first_names or tail.folded in lex.surnames)):
            continue
        if _person_cue(text, toks, first, t, lex, know):
            continue
        prot.add(toks[first].start, tail.end, "keep")


def _person_cue(text: str, toks: list[Token], first: int, last: int, lex: Lexicon, know: Knowledge) -> bool:
    from .detect import _WEAK_VERB_SCORE, PARTICLES, _context_cues
    from .keep_chains import _PERSON_BEFORE
    from .person_clauses import SUBORDINATORS

    # ("met X Y" is no cue here: every word of the run is an ordinary word, no first name)
    prev = toks[first - 1] if first > 0 else None
    if prev is not None and prev.cap and prev.folded in PARTICLES and text[prev.end : toks[first].start] == " ":
        return True  # "De Groene X", "Van X Y": a surname's particle opens a longer name
    if (prev is not None and text[prev.end : toks[first].start].strip() == "" and (prev.cap or prev.allcaps)
            and prev.folded not in lex.common and prev.folded not in _PERSON_BEFORE and prev.folded not in SUBORDINATORS
            and not (prev.sent_start and lex.is_word(prev.folded) and prev.folded not in lex.first_names)):
        return True  # "Jan Green Ireland": a longer run of names
    nxt = toks[last + 1] if last + 1 < len(toks) else None
    if nxt is not None and (nxt.cap or nxt.allcaps) and text[toks[last].end : nxt.start] == " ":
        return True
    return max(_context_cues(text, toks, first, lex, know)[0], _context_cues(text, toks, last, lex, know)[0]) > _WEAK_VERB_SCORE
