"""Organisations and venues in German, French and English quotes (session 21, s21-keep; the
keep side of issue 11).

Guests from the border regions and from abroad are quoted in their own language. Dutch frames
("werkt bij X", "X, een klein bureau") do not fire there, and default-deny masks the employer,
the shop, the venue. Three closed frames of those languages name a business or a venue, never
a person, and are recognised here by their grammar (no list of items):

* **an employer after a verb or noun of working in the same clause**, with the preposition that
  language uses for an employer: German "bei" ("ich arbeite bei X", "eine Ausbildung bei X"),
  French "chez" ("je travaille chez X", "mon stage chez X"), English "at" ("I worked at X", "an
  internship at X") -- as Dutch "ik werk bij X" (``detect._BIJ_THING``); German "mit bei X" (taking
  part: "ich mache mit bei X") and "von X" after a noun of staff ("eine Mitarbeiterin von X");
* **an apposition whose noun is a business's**, opened by that language's indefinite article:
  "X, einem Fahrradverleih", "X, une petite agence de com", "X, a small studio in Dublin"
  (the Dutch "X, een klein webbureau" is ``keep_objects._appositions``);
* **an English definite article before the run after a preposition**: "at the X", "from the
  X", "in the X" -- a venue or a body; English writes no article before a person's name.

And the English pronoun "I" before a lower-case English word is kept (it was masked as a word
no list knows opening a sentence: "[persoon 1] did an internship").

Privacy first: a run with a word on a first-name, surname or name-word list, or a name the report
gives, is left to the person rules (so "bei Jonas", "chez Mathis", "at Oliver's" stay masked: a
listed first name in the same frame is a person; and a possessive "'s" after the run always
leaves it to them). The words of the run must be capitalised, not in capitals. The protection is
``keep_objects.POSITION``: ``perskamer review`` lists what only this frame keeps.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .keep_context import free_run, name_shaped_run
from .keep_german import _BODY_TAILS
from .keep_objects import POSITION

if TYPE_CHECKING:
    from .detect import Knowledge, Token, _Protect
    from .lexicon import Lexicon

#: The employer's preposition per language and the words of working that must stand before it
#: in the clause (finite forms, participles, nouns of training and jobs).
_WORK_BEFORE: dict[str, frozenset[str]] = {
    "bei": frozenset({"arbeite", "arbeitest", "arbeitet", "arbeiten", "arbeitete", "arbeiteten", "gearbeitet",
                      "ausbildung", "praktikum", "lehre", "job", "jobbe", "jobbt", "angestellt", "beschäftigt",
                      "beschaftigt", "ferienjob", "nebenjob", "studentenjob", "beworben", "bewerbe", "bewirbt"}),
    "chez": frozenset({"travaille", "travailles", "travaillons", "travaillez", "travaillent", "travaillé",
                       "travailler", "travaillait", "travaillais", "bosse", "bosses", "bossé", "bosser",
                       "stage", "stagiaire", "job", "boulot", "emploi", "embauché", "embauchée", "apprentissage",
                       "alternance", "postulé", "engagé", "engagée"}),
    "at": frozenset({"work", "works", "worked", "working", "internship", "intern", "interned", "job", "jobs",
                     "volunteer", "volunteers", "volunteered", "volunteering", "employed", "apprenticeship",
                     "placement", "shift", "shifts", "applied", "hired", "trainee", "traineeship"}),
}
_WORK_PREPS = frozenset(_WORK_BEFORE)
#: German nouns of staff before "von X" ("eine Mitarbeiterin von X", "ein Vertreter von X").
_STAFF = ("mitarbeiter", "mitarbeiterin", "vertreter", "vertreterin", "angestellte", "angestellter")
_WORK_WORDS = frozenset().union(*_WORK_BEFORE.values())
#: Indefinite articles opening a foreign apposition ("X, une petite agence").
_OPENERS = frozenset({"a", "an", "un", "une", "ein", "eine", "einem", "einen", "einer", "eines"})
#: Nouns (or the last part of a German compound) of a business, a shop, a body: the apposition's head.
_BUSINESS_TAILS = (
    # English
    "company", "studio", "agency", "firm", "charity", "shop", "store", "startup", "start-up", "business", "brand",
    "bakery", "restaurant", "label", "platform", "app", "organisation", "organization", "supermarket", "chain",
    "venue", "club", "centre", "center",
    # French
    "agence", "entreprise", "société", "societe", "boîte", "boite", "association", "asbl", "magasin", "marque",
    "boutique", "librairie", "plateforme", "appli", "enseigne", "usine", "commerce", "chaîne",
    # German (nouns, capitalised, often compounds: "Fahrrad|verleih")
    "verleih", "laden", "verein", "firma", "unternehmen", "geschäft", "geschaft", "agentur", "betrieb", "werkstatt",
    "kaufhaus", "bäckerei", "backerei", "markt", "vertrieb", "handel",
)
#: Those nouns and the German ones of a body, as a run's first word: no given name ("Kaufhaus X").
_HEADS = _BUSINESS_TAILS + _BODY_TAILS
_ADJECTIVES_MAX = 3  # "a small local studio", "une petite agence"
_MAX_RUN = 3  # capitalised words of one name
#: Prepositions before an English "the" whose capitalised run is a venue or a body.
_THE_PREPS = frozenset({"at", "from", "in", "to", "near", "inside", "outside", "behind", "with"})
_GATE = _WORK_PREPS | {"the", "von"}


def protect_abroad(text: str, toks: list[Token], caps: list[int], lex: Lexicon, know: Knowledge,
                   prot: _Protect, words: set[str]) -> None:
    """Add ``POSITION`` protections for the three frames of the module."""
    if not caps:
        return
    if (not _GATE.isdisjoint(words) and not _WORK_WORDS.isdisjoint(words) or "the" in words or "mit" in words
            or "von" in words):
        _after_preposition(text, toks, caps, lex, know, prot)
    if "," in text and not _OPENERS.isdisjoint(words):
        _appositions(text, toks, caps, lex, know, prot)
    if "i" in words:
        _english_i(text, toks, caps, prot)


def _english_i(text: str, toks: list[Token], caps: list[int], prot: _Protect) -> None:
    """The English pronoun "I" before a lower-case English word ("I did an internship"): no
    initial (an initial has a full stop) and no name."""
    from .lexicon import english_words

    english = english_words()
    for i in caps:
        tok = toks[i]
        if tok.text != "I" or i + 1 >= len(toks) or not _gap(text, toks, i):
            continue
        nxt = toks[i + 1]
        if not nxt.cap and not nxt.allcaps and nxt.folded in english:
            prot.add(tok.start, tok.end, POSITION)


def _gap(text: str, toks: list[Token], a: int) -> bool:
    return a + 1 < len(toks) and text[toks[a].end : toks[a + 1].start] == " "


def _run(text: str, toks: list[Token], i: int) -> int:
    last = i
    while (last + 1 < len(toks) and last < i + _MAX_RUN - 1 and toks[last + 1].cap and not toks[last + 1].allcaps
           and _gap(text, toks, last)):
        last += 1
    return last


def _free(text: str, toks: list[Token], i: int, last: int, lex: Lexicon, know: Knowledge) -> bool:
    """Whether the run ``toks[i..last]`` may be kept: no person word, no capitals, no possessive,
    and no person's shape ("chez Ondine Corbassier": ``keep_context.name_shaped_run``)."""
    return free_run(text, toks, i, last, lex, know) and not name_shaped_run(toks, i, last, lex, _HEADS)


def _after_preposition(text: str, toks: list[Token], caps: list[int], lex: Lexicon, know: Knowledge,
                       prot: _Protect) -> None:
    """"ich arbeite bei X", "je travaille chez X", "I worked at X"; "at the X"."""
    for i in caps:
        if i == 0:
            continue
        tok, prev = toks[i], toks[i - 1]
        if tok.allcaps or not _gap(text, toks, i - 1) or (toks[i - 1].cap and not prev.sent_start):
            continue
        pf = prev.folded
        if pf == "the" and not prev.cap:
            if i < 2 or not _gap(text, toks, i - 2) or toks[i - 2].folded not in _THE_PREPS:
                continue
        elif pf in _WORK_PREPS and not prev.cap:
            if not (_worked_before(text, toks, i - 1, _WORK_BEFORE[pf])
                    or pf == "bei" and i >= 2 and toks[i - 2].text == "mit" and _gap(text, toks, i - 2)):
                continue  # ("ich mache mit bei X": taking part in a club's activity)
        elif pf == "von" and not prev.cap:
            if i < 2 or not _gap(text, toks, i - 2) or not toks[i - 2].folded.endswith(_STAFF):
                continue  # ("eine Mitarbeiterin von X": the body one works for)
        else:
            continue
        last = _run(text, toks, i)
        if _free(text, toks, i, last, lex, know):
            prot.add(tok.start, toks[last].end, POSITION)


def _worked_before(text: str, toks: list[Token], p: int, wanted: frozenset[str]) -> bool:
    """Whether one of ``wanted`` stands among the five words before token ``p`` in its sentence."""
    k = p - 1
    while k >= 0 and k >= p - 5:
        if toks[k].folded in wanted:
            return True
        if toks[k].sent_start or text[toks[k].end : toks[k + 1].start].strip(" ") not in ("",):
            return False
        k -= 1
    return False


def _appositions(text: str, toks: list[Token], caps: list[int], lex: Lexicon, know: Knowledge,
                 prot: _Protect) -> None:
    """"X, einem Fahrradverleih", "X, une petite agence", "X, a small studio"."""
    for i in caps:
        tok = toks[i]
        if tok.allcaps or (i > 0 and toks[i - 1].cap and not toks[i - 1].sent_start and _gap(text, toks, i - 1)):
            continue  # (the run's first word only)
        last = _run(text, toks, i)
        k = last + 1
        if k >= len(toks) or text[toks[last].end : toks[k].start] != ", " or toks[k].folded not in _OPENERS:
            continue
        if not _business_phrase(text, toks, k):
            continue
        if _free(text, toks, i, last, lex, know):
            prot.add(tok.start, toks[last].end, POSITION)


def _business_phrase(text: str, toks: list[Token], k: int) -> bool:
    """Whether the noun phrase opened by the article at ``k`` has a business's noun as its head."""
    j = k + 1
    while j < len(toks) and j <= k + 1 + _ADJECTIVES_MAX and _gap(text, toks, j - 1):
        t = toks[j]
        if t.allcaps:
            return False
        if len(t.folded) >= 3 and t.folded.endswith(_BUSINESS_TAILS):
            return True
        if t.cap:
            return False  # (a capitalised word that is no business noun: a name, a place)
        j += 1
    return False
