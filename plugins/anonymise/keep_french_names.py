"""A French body's name read as words (session 17, the keep side of issue 11): "Athénée Royal
de X", "Ligue Vélo Jeunesse", "Conseil communal des jeunes de X", "Les Jeunesses Musicales",
"La Maison Ouverte", "École de Devoirs Le Cerf-Volant".

The class (the informed sets' loss table of session 17, class F: 22 lost items in 11 of 29
sets, and 0 quoted names among the 85 spans a French body's head opens there): a French head
noun of a body, or a French article that opens the name, and then words that a word list
holds. Before this rule the words were masked because no list held them: there was no French
word list. ``data/french_words.txt`` (npm ``an-array-of-french-words``, MIT, filtered against
every name list) is that evidence; it is read only when a text holds a head or an article
this rule reads.

Why it never keeps a person:

* the name must be opened by a closed class: a French noun of a body or an institution
  (``HEADS``; "Athénée", "Ligue", "Office", "Mission" ...), or a capitalised French article
  "Le/La/L'" followed by such a head ("La Maison X"), or "Les" followed by words in the plural
  ("Les Petits Riens"; one alone only when it is a body's word, "Les Scouts"): a family is
  "les Dupont", its name takes no plural; "Le X", "La X Y" alone are surnames' shapes ("Le
  Roux", "La Spina");
* right after the head or another capitalised word only an institution's adjective, a body's
  word, a Dutch or English word, a place or a saint ("Athénée Royal", "Espace Jeunes",
  "Centre Culturel Régional"): a word only the French list holds may be a French surname or
  first name ("Centre Pasteur", "Centre Désiré Pasteur"); it joins the name after a French
  link or an article inside it ("École de Devoirs Le Cerf-Volant");
* every capitalised word of the name is a word (Dutch, English, French), a place or a
  saint's name ("Saint-X", "Sainte-X"), or one of ``INSTITUTIONAL`` ("Royal", "Provincial":
  a first-name list holds "Royal"); never a listed first name, surname or name-word that is
  no word ("Le Roux", "Les Leroy", "Le Goff", "La Spina", "Le Van X" stay masked), never a
  name the report gives;
* a house's name after an article inside the name ("... Les Marronniers", "... Le
  Cerf-Volant") only after a head, and never a name-list word;
* a lower-case French word or link ("communal", "des jeunes", "de", "pour l'") only inside
  the name, which always ends at a capitalised word;
* no person cue at the span (``_person_cue``: a title inside, a longer run of capitals, a
  colon or bracket after it, a saying verb before it ...; a verb after it is no cue: a body
  "vertelde" too).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .detect import Knowledge, Token, _Protect
    from .lexicon import Lexicon

#: French nouns of a body or an institution (folded): the closed class that opens the name.
HEADS = frozenset({
    "athenee", "lycee", "college", "ecole", "institut", "academie", "universite", "haute", "conservatoire",
    "federation", "confederation", "ligue", "union", "association", "mouvement", "fondation", "oeuvre", "oeuvres",
    "conseil", "comite", "commission", "office", "service", "services", "mission", "agence", "bureau", "regie",
    "centre", "maison", "maisons", "foyer", "espace", "cercle", "club", "relais", "plateforme", "collectif",
    "domaine", "parc", "gite", "ferme", "auberge", "patro", "amicale", "mutualite", "mutuelle", "syndicat",
    "jeunesses", "jeunesse", "entraide", "atelier", "ateliers", "cite", "societe", "groupe", "coordination",
    "observatoire", "secretariat", "administration", "direction", "departement", "musee", "theatre", "bibliotheque",
    "ludotheque", "mediatheque", "creche", "garderie", "internat", "hopital", "clinique", "residence", "abbaye",
})
#: Adjectives of institutions that a name list may hold ("Royal") but that, inside a body's
#: name, are words: "Athénée Royal", "Domaine Provincial", "Conseil Communal". Never a word
#: that is a person's first name in use ("Urbain": "Domaine Urbain" may be a person after a
#: head, so it is left to the person rules); ``NAMED_INSTITUTIONAL`` lists the listed first
#: names this set holds on purpose, and a test checks that no other one creeps in.
INSTITUTIONAL = frozenset({
    "royal", "royale", "royaux", "provincial", "provinciale", "communal", "communale", "regional", "regionale",
    "national", "nationale", "federal", "federale", "international", "internationale", "municipal", "municipale",
    "libre", "catholique", "populaire", "social", "sociale", "culturel", "culturelle", "public", "publique",
    "superieur", "superieure", "general", "generale", "local", "locale", "urbaine", "rural", "rurale",
})
#: The words of ``INSTITUTIONAL`` that a first-name list holds, each kept as a word on
#: purpose: "Royal(e)" is an institution's adjective far more often than a first name.
NAMED_INSTITUTIONAL = frozenset({"royal", "royale"})
#: Endings of French adjectives (folded): "familial", "musicales", "culturelle", "sportive",
#: "ouverte", "associee".
ADJECTIVE_ENDINGS = ("al", "ale", "ales", "aux", "el", "elle", "elles", "if", "ifs", "ive", "ives", "ique", "iques",
                     "aire", "aires", "ienne", "iennes", "oise", "oises", "aise", "aises", "euse", "euses", "ee", "ees",
                     "erte", "ertes", "ente", "entes", "ante", "antes")
ARTICLES = frozenset({"le", "la", "les"})
#: Lower-case French words that join the words of a body's name.
LINKS = frozenset({"de", "des", "du", "et", "pour", "aux", "au", "la", "sur", "en"})
_ELIDED = ("l'", "d'")
#: Links that are also a surname's particle ("de X", "d'X"); "des", "du", "de la" hold an article.
_PARTICLES = frozenset({"de", "d'"})
_MAX_TOKENS = 9  # tokens of one name after its head


@lru_cache(maxsize=1)
def french_words() -> frozenset[str]:
    """Folded French words of four letters or more that are no listed name
    (``data/french_words.txt``), read on first use."""
    from .lexicon import read_list

    return frozenset(read_list("french_words.txt"))


def _bare(tok: Token) -> tuple[str, bool]:
    """A token's folded form without an elided article glued before a capital ("l'Institut"
    -> "institut"), and whether it is written with a capital."""
    f = tok.folded
    if f[:2] in _ELIDED and tok.text[2:3].isupper():
        return f[2:], True
    return f, tok.cap and not tok.allcaps


def _word(f: str, lex: Lexicon, fr: frozenset[str]) -> bool:
    from .lexicon import english_words

    return lex.is_word(f) or f in english_words() or f in fr


def _plain(f: str, lex: Lexicon) -> bool:
    """A word that may stand right after a body's head: an institution's adjective, a body's
    word, a Dutch or English word, a place, a saint's name -- not a word only the French list
    holds: a French surname or first name is often such a word ("Centre Pasteur", "Maison
    Rossignol": a person's name or a namesake, left to the person rules)."""
    from .keep_tails import ORG_WORDS
    from .lexicon import english_words

    if f in INSTITUTIONAL or f in ORG_WORDS or f.startswith(("saint-", "sainte-")):
        return True
    return all(p in lex.places or p in lex.territories or lex.is_word(p) or p in english_words()
               for p in f.split("-") if p)


def _adjective(f: str, fr: frozenset[str]) -> bool:
    """A French word with an adjective's ending ("familial", "musicales", "ouverte"): after
    a word of the name it agrees with it; a French surname rarely ends so."""
    return len(f) >= 6 and f in fr and f.endswith(ADJECTIVE_ENDINGS)


def _thing(f: str, lex: Lexicon, know: Knowledge, fr: frozenset[str]) -> bool:
    """A capitalised word of a body's name: a word or a place no name list holds, a saint's
    name, an institution's adjective."""
    if f in know.names:
        return False
    if f in INSTITUTIONAL:
        return True
    if f.startswith(("saint-", "sainte-")) and len(f) > 7:
        return True
    parts = f.split("-")
    if any(know.known_or_listed_name(p, lex) and p not in lex.places for p in parts if len(p) > 2):
        return False  # (the places are filtered against the names, the territories are not: "Maurice"
        # is Mauritius in French and a first name, so "Patro Maurice" is a person after a head)
    return all(p in lex.places or p in lex.territories or _word(p, lex, fr) for p in parts if p)


def protect_french_names(text: str, toks: list[Token], caps: list[int], lex: Lexicon, know: Knowledge,
                         prot: _Protect, words: set[str]) -> None:
    """Add "keep" protections for French bodies' names read as words (see the module)."""
    if not caps or (HEADS.isdisjoint(words) and ARTICLES.isdisjoint(words) and "l'" not in text and "L'" not in text
                    and "l’" not in text and "L’" not in text):
        return

    fr = french_words()
    n = len(toks)
    done = -1
    starts = caps
    if "'" in text or "’" in text:
        starts = sorted({*caps, *(k for k, t in enumerate(toks) if t.folded[:2] in _ELIDED and t.text[2:3].isupper())})
    for i in starts:
        if i <= done:
            continue
        f, cap = _bare(toks[i])
        if not cap:
            continue
        if f in ARTICLES and i + 1 < n and text[toks[i].end : toks[i + 1].start] == " ":
            g, gcap = _bare(toks[i + 1])
            if not gcap:
                continue
            if g in HEADS and g not in lex.first_names and g not in lex.surnames:
                last = _run_end(text, toks, i + 1, lex, know, fr, head=True)  # "La Maison X", "Le Conseil ..."
            elif f == "les":
                last = _plural_run(text, toks, i, lex, know, fr)  # "Les Petits Riens", "Les Scouts"
            else:
                continue  # "Le X", "La X Y": a surname's shape too ("Le Roux", "La Spina", "Le X Y")
        elif f in HEADS:
            if f in lex.first_names or f in lex.surnames:
                continue  # ("Musée" is a surname too: not a head on its own)
            last = _run_end(text, toks, i, lex, know, fr, head=True)
        else:
            continue
        if last <= i:
            continue
        done = last  # (also when a cue rejects it: a start inside the same run is never read again)
        if _person_cue(text, toks, i, last, lex, know) or _name_before(text, toks, i, lex):
            continue
        start = toks[i].start + (2 if toks[i].folded[:2] in _ELIDED and toks[i].text[2:3].isupper() else 0)
        prot.add(start, toks[last].end, "keep")


def _plural_run(text: str, toks: list[Token], i: int, lex: Lexicon, know: Knowledge, fr: frozenset[str]) -> int:
    """After "Les" at ``i``: capitalised words in the plural (-s, -x), each a word no name
    list holds ("Les Petits Riens", "Les Jeunesses Musicales"); one alone only when it is a
    body's word ("Les Scouts"). A family is "les Dupont": its name takes no plural."""
    from .keep_tails import ORG_WORDS

    n = len(toks)
    last = i
    k = i + 1
    while k < n and k <= i + 4 and text[toks[k - 1].end : toks[k].start] == " ":
        f, cap = _bare(toks[k])
        if not cap or not f.endswith(("s", "x")) or not _thing(f, lex, know, fr) or f in lex.places:
            break
        last = k
        k += 1
    if last == i + 1 and toks[last].folded not in ORG_WORDS and toks[last].folded not in HEADS:
        return i
    return last


def _person_cue(text: str, toks: list[Token], i: int, last: int, lex: Lexicon, know: Knowledge) -> bool:
    """A person cue at the name ``toks[i..last]``: the cues of ``keep_chains._person_at``
    except a verb after the name -- a body's name opened by its head and made of words and
    places "vertelde", "kwam voorstellen" as an organisation does ("Iemand van Service
    Jeunesse de X vertelde ..."); a name the report gives or denies inside it, a title inside
    it, a colon or bracket after it, a longer run of capitals, a cue before it ("Dag X", a
    saying verb: "zegt X") still leave it to the person rules."""
    from .detect import _WEAK_VERB_SCORE, TITLES, _context_cues, _said_cues

    for k in range(i, last + 1):
        key = know.names.get(toks[k].folded)
        if key is not None and (key in know.explicit or key in know.deny):
            return True
        if k > i and toks[k - 1].folded in TITLES:
            return True
    if text[toks[last].end : toks[last].end + 3].lstrip(" ")[:1] in (":", "(", "["):
        return True
    nxt = toks[last + 1] if last + 1 < len(toks) else None
    if nxt is not None and (nxt.cap or nxt.allcaps) and text[toks[last].end : nxt.start] == " ":
        return True
    if _context_cues(text, toks, i, lex, know)[0] > _WEAK_VERB_SCORE:
        return True
    return not toks[i].sent_start and _said_cues(text, toks, i, lex)[0] > 0


def _name_before(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """A capitalised word right before the name that makes it a longer name ("Jean Maison
    X"), unless it opens the sentence as a word ("Chez", "Avec")."""
    if i == 0 or text[toks[i - 1].end : toks[i].start] != " ":
        return False
    prev = toks[i - 1]
    if not (prev.cap or prev.allcaps):
        return False
    return not (prev.sent_start and prev.folded not in lex.first_names and prev.folded not in lex.surnames)


def _run_end(text: str, toks: list[Token], i: int, lex: Lexicon, know: Knowledge, fr: frozenset[str], *,
             head: bool) -> int:
    """The last capitalised token of the name whose head (or article) is ``toks[i]``
    (``i`` when nothing follows that belongs to it)."""
    n = len(toks)
    last = i
    k = i + 1
    linked = particle = False
    weak = (-1, -1)
    while k < n and k <= i + _MAX_TOKENS and text[toks[k - 1].end : toks[k].start] in (" ", ""):
        t = toks[k]
        f, cap = _bare(t)
        if cap and t.folded[:2] in _ELIDED:
            linked = True  # "d'Andenne", "l'Emploi": the elided article is the link
            particle = t.folded[:2] == "d'"
        if cap:
            if f in ARTICLES and head and k + 1 < n and text[t.end : toks[k + 1].start] == " ":
                g, gcap = _bare(toks[k + 1])
                if not (gcap and _thing(g, lex, know, fr)):
                    break
                last = k + 1  # a house's name inside: "... Les Marronniers", "... Le Cerf-Volant"
                k += 2
                linked = particle = False
                continue
            if not _thing(f, lex, know, fr) or not linked and not (_plain(f, lex) or _adjective(f, fr)):
                break  # (a word only the French list holds comes after a link, "Centre de Planning",
                # or as an adjective after the head or a word, "Planning Familial", "Maison Ouverte")
            if particle and not (_plain(f, lex) or f.endswith(("s", "x"))):
                break  # "Office de X": a bare "de" before a word only the French list holds is a
                # surname's particle ("de Forestier"); a plural is no surname ("École de Devoirs")
            if particle and not (f in lex.places or f.endswith(("s", "x"))):
                weak = (last, k)  # "de Quartier", "de Planning": a word, and a surname's shape after
                # "de" ("de Lumière", "de Soleil"): it holds only when the name goes on after it
                # ("Maison de Quartier Saint-X", "Centre de Planning Familial"); a place holds alone
            last = k
            linked = particle = False
        elif t.folded in LINKS or t.folded in _ELIDED:
            linked = True
            particle = t.folded in _PARTICLES and not (k + 1 < n and toks[k + 1].folded == "la")
        else:
            # a lower-case word only inside a head's name ("Conseil communal des jeunes de X",
            # "... pour l'Emploi"; "d'hiver"), never after an article alone
            g = f[2:] if f[:2] in _ELIDED else f
            if not head or not (g in fr or g in INSTITUTIONAL):  # (a Dutch word: the sentence goes on)
                break
        k += 1
    return weak[0] if weak[1] == last else last
