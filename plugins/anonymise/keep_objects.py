"""Things recognised by the sentence they stand in (session 7, the keep side of issue 11).

In what people say, a proper noun that nothing recognises is masked as a name
(default-deny). Some sentence positions take a thing -- a programme, a comic, a brand, a
feast, a festival, a museum -- and not a person; the capitalised words there are kept by
that position, never by a list of the items:

* the object of watching, reading, eating and drinking, using, ordering, buying,
  organising, singing, playing and wearing, when the sentence says who the subject is, so the
  capital after the verb cannot be an inverted subject ("iedereen keek X", "de kinderen
  lezen graag X", "droegen ze allemaal X", "we organiseren X"), or before the verb at the
  end of a clause ("dat we X keken");
* the subject of "is/was" with a thing's noun as the predicate ("X is het grootste
  gratis festival", "X was een goedkope app");
* a name whose last word is an institution's noun, even when it opens with a first name:
  a person's name given to a museum, hospital or school ("het X Yhuis", "X Y Museum",
  "X Ymuseum").

Privacy first, as in ``keep_context``: a name the report gives, a word after a title or
role, a run that ends in a listed first name, surname or name-word, and a lone listed
first name that is no word are never protected; wearing (one carries a child somewhere)
protects one word on no name list with no direction after it. An object followed by a
determiner ("kocht X een cadeau"), by "als" ("gebruikten X als tolk") or by a verb
particle that takes a person ("keek X aan", "las X voor") is a person.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .clause_start import opens_a_clause
from .keep_context import _named, _person_like, _titles, _word_or_compound
from .lexicon import english_words

if TYPE_CHECKING:
    from .detect import Knowledge, Token, _Protect
    from .lexicon import Lexicon

#: Forms of verbs whose direct object is a thing (a show, a comic, a brand, a feast).
_OBJECT_VERBS = frozenset({
    "kijk", "kijkt", "kijken", "keek", "keken", "gekeken", "binge", "bingede", "bingeden", "gebinged",
    "lees", "leest", "lezen", "las", "lazen", "gelezen",
    "eet", "eten", "at", "aten", "gegeten", "drink", "drinkt", "drinken", "dronk", "dronken", "gedronken",
    "gebruik", "gebruikt", "gebruiken", "gebruikte", "gebruikten",
    "stream", "streamt", "streamen", "streamde", "streamden", "gestreamd",
    "organiseer", "organiseert", "organiseren", "organiseerde", "organiseerden", "georganiseerd",
    "bestel", "bestelt", "bestellen", "bestelde", "bestelden", "besteld",
    "koop", "koopt", "kopen", "kocht", "kochten", "gekocht", "zing", "zingt", "zingen", "zong", "zongen", "gezongen",
    "draai", "draait", "draaien", "draaide", "draaiden", "gedraaid",
}) | frozenset({"speel", "speelt", "spelen", "speelde", "speelden", "gespeeld", "game", "gamet", "gamen", "gamede",
                "gameden"})
#: Playing forms closing a clause after an auxiliary: "we gingen X spelen", "was X spelen"
#: (not watching: "we gaan X kijken" is said of a player too).
_PLAY_END = frozenset({"spelen", "gespeeld", "gamen", "gegamed"})
_AUXILIARIES = frozenset({"was", "is", "gaan", "ging", "gingen", "gaat", "wil", "wilt", "willen", "wilde", "wou",
                          "kan", "kunnen", "mag", "mogen", "moet", "moeten", "leren", "leerde", "leerden", "blijven",
                          "bleven", "hebben", "heeft", "hadden", "had"})
#: ... and wearing, whose object may be a person carried somewhere ("droeg X naar de auto"):
#: only one word on no name list, with no direction after it. (Celebrating is not here:
#: "we vierden X met taart" is said of a feast and of a person alike.)
_STRICT_VERBS = frozenset({"draag", "draagt", "dragen", "droeg", "droegen", "gedragen"})
#: Words after the object of wearing that carry a person somewhere.
_DIRECTIONS = frozenset({"naar", "in", "op", "uit", "over", "door", "binnen", "buiten", "weg", "mee", "tot", "van",
                         "terug", "rond", "langs", "onder", "achter", "voor", "bij"})
_VERBS = _OBJECT_VERBS | _STRICT_VERBS
#: Subjects that settle the clause: the capital after the verb is its object.
_PRONOUNS = frozenset({"ik", "je", "jij", "we", "wij", "ze", "zij", "hij", "jullie", "u", "men", "iedereen", "niemand",
                       "velen", "allen", "iemand"})
#: Words opening a sentence's subject noun phrase: "de kinderen lezen", "mijn broer kijkt".
_DETERMINERS = frozenset({"de", "het", "mijn", "onze", "ons", "jouw", "je", "zijn", "haar", "hun", "alle", "veel",
                          "sommige", "die", "deze", "elke", "iedere", "beide", "enkele", "meer", "vele"})
#: Words after the object that make it an indirect object ("kocht X een cadeau").
_DETERMINERS_AFTER = frozenset({"een", "de", "het", "zijn", "haar", "hun", "mijn", "je", "jouw", "ons", "onze"})
#: Words between the verb and its object (adverbs, time phrases): none of them a preposition.
_NOT_BETWEEN = frozenset({"met", "tegen", "bij", "voor", "van", "naast", "aan", "zonder", "samen", "als", "in", "op",
                          "tegenover", "onder", "naar", "na", "dan", "zoals", "en", "of", "die", "dat", "wie", "om",
                          "de", "het", "een", "door", "over", "uit", "mee", "toe", "tot"})
#: Verb particles closing the clause that make the capital a person: "keek X aan", "las X voor".
_PERSON_PARTICLES = frozenset({"aan", "voor", "toe", "na", "mee", "op", "uit", "af", "terug", "achterna", "om", "rond",
                               "bij", "binnen", "buiten", "weg", "door", "vrij", "kapot", "los", "neer", "over"})
#: Words in the rest of the clause that make the object a person: "keek X recht in de ogen",
#: "gebruikten X als tolk".
_BODY = frozenset({"ogen", "oog", "gezicht", "smoel", "snoet", "hand", "handen", "armen", "schouder", "schouders"})
_AS_OR_BODY = _BODY | {"als"}
#: Particles right after the object that take a person even before a phrase: "speelden X vrij
#: voor het doel", "keek X aan toen" (not "op", "uit", "voor": they open a phrase as often).
_PARTICLES_RIGHT_AFTER = frozenset({"vrij", "kapot", "aan", "toe", "na", "achterna", "om", "terug", "los", "neer"})
#: Copulas of "X is het grootste festival".
_COPULAS = frozenset({"is", "was", "blijft", "bleef", "wordt", "werd"})
#: ... and closing a subordinate clause: "dat X een spel voor meisjes is".
_COPULAS_END = _COPULAS | {"zijn", "waren", "blijven", "worden", "lijkt", "leek", "geweest", "genoemd"}
#: Words opening a subordinate clause whose subject follows them.
_SUBORDINATORS = frozenset({"dat", "omdat", "of", "als", "wanneer", "hoewel", "zodat", "terwijl", "want", "toen"})
#: Nouns (or the last part of a compound) that make the subject of "X is een ..." a thing.
_THING_NOUNS = frozenset({
    "festival", "feest", "fuif", "evenement", "winkel", "supermarkt", "shop", "webshop", "keten", "merk", "app",
    "applicatie", "spel", "game", "programma", "serie", "reeks", "film", "strip", "boek", "zender", "kanaal", "site",
    "website", "platform", "organisatie", "vereniging", "vzw", "dienst", "school", "club", "jeugdhuis", "café", "cafe",
    "bar", "restaurant", "frituur", "zaak", "bedrijf", "firma", "stad", "gemeente", "dorp", "land", "wijk", "park",
    "museum", "zwembad", "markt", "project", "campagne", "werking", "centrum", "ziekenhuis", "hogeschool",
    "universiteit", "zaal", "podcast", "tijdschrift", "krant", "uitgeverij", "fabriek", "ploeg", "band", "groep",
    "vakbond", "partij", "ngo", "beweging", "stichting", "cinema", "bioscoop", "theater", "pretpark", "zoo",
    # (session 21: a business's office or workshop, "X, een klein webbureau", "X, een uitzendkantoor")
    "bureau", "agentschap", "kantoor", "studio", "atelier", "startup", "label",
})
_THING_ENDINGS = tuple(_THING_NOUNS)
#: Words opening the noun phrase after a copula or in an apposition.
_PHRASE_OPENERS = frozenset({"een", "het", "de", "onze", "ons", "mijn", "zijn", "haar", "hun", "jullie", "dé"})
#: Nouns of a sentence's subject that make the predicate after "is/was" a thing's name:
#: "het thema was X", "mijn favoriete spel is X" (not "de winnaar was X", "het probleem was X").
_SUBJECT_NOUNS = frozenset({"thema", "spel", "game", "programma", "serie", "reeks", "film", "app", "festival", "feest",
                            "winkel", "merk", "boek", "strip", "liedje", "lied", "ploeg", "club", "bestemming", "zender",
                            "website", "site", "platform", "podcast", "show", "musical", "voorstelling", "fuif",
                            "lievelingsspel", "lievelingsprogramma", "lievelingsserie", "lievelingsfilm",
                            "lievelingsboek", "lievelingsliedje", "lievelingsapp", "lievelingsploeg", "titel", "motto"})
#: Adjectives without an ending before a neuter noun: "een groot festival", "een gratis spel".
_PLAIN_ADJECTIVES = frozenset({"gratis", "groot", "klein", "nieuw", "oud", "leuk", "goed", "bekend", "populair", "lokaal",
                               "echt", "heel", "zeer", "erg", "super", "tof", "plezant", "duur", "goedkoop", "vlaams",
                               "belgisch", "sociaal", "digitaal", "online", "jaarlijks", "ander"})
#: Capitalised words closing a firm's name after its owner's ("X Bouw", "X Transport") --
#: none of them on a name list -- and the endings of a street's name ("X Damiaanstraat").
_TRADE_TAILS = frozenset({"bouw", "bouwwerken", "transport", "transporten", "elektro", "interieur", "tuinwerken",
                          "tuinaanleg", "schrijnwerken", "schrijnwerkerij", "dakwerken", "verhuur", "verhuizingen",
                          "logistics", "services", "group", "consult", "motors", "reizen", "catering", "events",
                          "sanitair", "solutions", "vastgoed", "metaalwerken", "renovatie", "installaties"})
_STREET_ENDINGS = ("straat", "laan", "plein", "steenweg", "dreef", "kaai")
#: Words before a run that make it a person's name, whatever it ends in: "met X Bouw".
_PERSON_BEFORE = frozenset({"met", "aan", "tegen", "zonder", "naast", "samen", "voor", "zag", "zie", "ziet", "zagen",
                            "belde", "belden", "bel", "belt", "vroeg", "vroegen", "ken", "kent", "kende", "heet", "heette"})
#: Prepositions before a city abroad whose name is also a person's ("in Santiago").
_PLACE_BEFORE = frozenset({"in", "uit", "vanuit", "te"})
#: Words before "in X" that make X a person: "vertrouwen in X", "teleurgesteld in X".
_IN_PERSON = frozenset({"vertrouwen", "vertrouw", "vertrouwt", "geloof", "geloven", "gelooft", "geloofde", "teleurgesteld",
                        "interesse", "geïnteresseerd", "geinteresseerd", "verliefd", "zie", "ziet", "zag", "zagen",
                        "investeren", "investeer", "investeerde", "opgaan", "opging", "herken", "herkende", "herkent"})
#: Words after the city that make it a person's name: "in X zijn ogen", "uit X haar tas".
_POSSESSED = frozenset({"zijn", "haar", "z'n", "d'r", "hun"})
#: Capitalised English function words inside a title: "Too Good To Go".
_EN_INNER = frozenset({"to", "the", "for", "with", "from"})  # (not "Of", "And": "Jan Of Piet" may be a typo)
#: Institutions named after a person, by the last part of their last word ("Hortamuseum")
_INSTITUTIONS = ("museum", "ziekenhuis", "kliniek", "hospitaal", "school", "college", "instituut", "atheneum",
                 "lyceum", "hogeschool", "universiteit", "academie", "bibliotheek", "stadion", "theater",
                 "schouwburg",
                 # (session 20: prizes, halls and pools named after a person -- "X Ypsprijs", "X Yzaal";
                 # no listed first name or surname ends in one of these)
                 "prijs", "trofee", "award", "zaal", "sporthal", "zwembad", "auditorium", "memoriaal")
#: ... or by a last word of its own ("Anne Frank Huis"; "-huis", "-park" end surnames too, and
#: "Park" is one: "met Jonas Park").
_INSTITUTION_WORDS = frozenset(_INSTITUTIONS) | {"huis", "centrum", "stichting", "fonds", "instituut", "museum"}
_MAX_RUN = 4  # capitalised words of one title or name
#: The protection these rules add: kept like "keep", and a word no list knows that only its
#: position keeps is listed by `perskamer review` (uncertain, kept) for the editor.
POSITION = "position"
_REACH = 4  # words between the verb (and its pronoun) and the object


def protect_by_position(text: str, toks: list[Token], caps: list[int], lex: Lexicon, know: Knowledge,
                        prot: _Protect, words: set[str]) -> None:
    """Add ``POSITION`` protections for the things these positions take (see the module)."""
    if not caps:
        return
    if not _VERBS.isdisjoint(words):
        _objects(text, toks, lex, know, prot)
    if not _COPULAS.isdisjoint(words):
        _copula_subjects(text, toks, caps, lex, know, prot)
        _copula_predicates(text, toks, caps, lex, know, prot)
        if not _SUBORDINATORS.isdisjoint(words):
            _subordinate_copulas(text, toks, caps, lex, know, prot)
    if "the" in words:
        _english_article_titles(text, toks, caps, know, prot)
    if not _EN_INNER.isdisjoint(words):
        _english_function_titles(text, toks, caps, know, prot)
    if "'" in text or "’" in text:
        _english_possessive_titles(text, toks, caps, lex, know, prot)
    if "," in text:
        _appositions(text, toks, caps, lex, know, prot)
    _institutions(text, toks, caps, lex, know, prot)
    _named_after_owner(text, toks, caps, lex, know, prot)
    if lex.named_places and not _PLACE_BEFORE.isdisjoint(words):
        _cities_named_like_people(text, toks, caps, lex, know, prot)
    if "-" in text:
        _compound_titles(text, toks, caps, lex, know, prot)


def _gap(text: str, toks: list[Token], a: int) -> bool:
    """Whether token ``a + 1`` follows token ``a`` with one space, or across the brackets
    of an earlier replacement ("van [persoon 2] speelt": the fixed point's next pass)."""
    if a + 1 >= len(toks):
        return False
    g = text[toks[a].end : toks[a + 1].start]
    return g == " " or len(g) <= 7 and ("[" in g or "]" in g) and g.strip(" []0123456789") == ""


def _run_end(text: str, toks: list[Token], i: int) -> int:
    last = i
    while last + 1 < len(toks) and last < i + _MAX_RUN - 1 and toks[last + 1].cap and not toks[last + 1].allcaps \
            and _gap(text, toks, last):
        last += 1
    return last


def _subject_before(text: str, toks: list[Token], v: int) -> bool:
    """Whether the verb at ``v`` has its subject right before it: a pronoun, or a noun
    phrase opened by a determiner that opens the sentence or a clause after ", en"
    ("de kinderen lezen", "mijn kleine broer kijkt", "..., en de papa van X speelt")."""
    if v == 0 or not _gap(text, toks, v - 1):
        return False
    prev = toks[v - 1]
    if prev.folded in _PRONOUNS and not (prev.cap and not prev.sent_start):
        return True
    k = v - 1
    while k > v - 6 and k > 0 and not toks[k].sent_start and not toks[k].allcaps and _gap(text, toks, k - 1):
        k -= 1
        if toks[k].folded in _DETERMINERS and _clause_opening(text, toks, k):
            return True
    return False


def _clause_opening(text: str, toks: list[Token], k: int) -> bool:
    """Whether token ``k`` opens a sentence, or a clause after ", en/maar/want"."""
    if toks[k].sent_start:
        return True
    return (k >= 2 and toks[k - 1].folded in ("en", "maar", "want") and not toks[k - 1].cap
            and text[toks[k - 2].end : toks[k - 1].start] == ", ")


def _objects(text: str, toks: list[Token], lex: Lexicon, know: Knowledge, prot: _Protect) -> None:
    n = len(toks)
    for v, tok in enumerate(toks):
        f = tok.folded
        if f not in _VERBS or tok.cap and not tok.sent_start:
            continue
        strict = f in _STRICT_VERBS
        k = v + 1
        subject = _subject_before(text, toks, v)
        if k < n and toks[k].folded in _PRONOUNS and not toks[k].cap and _gap(text, toks, v):
            subject, k = True, k + 1  # "droegen ze allemaal X", "gisteren keken we X"
        if subject:
            steps = 0
            while k < n and steps < _REACH and not toks[k].cap and not toks[k].allcaps \
                    and toks[k].folded not in _NOT_BETWEEN and _gap(text, toks, k - 1):
                k += 1
                steps += 1
            if k < n and toks[k].cap and not toks[k].allcaps and not toks[k].sent_start and _gap(text, toks, k - 1):
                _protect_object(text, toks, k, _run_end(text, toks, k), lex, know, prot, strict)
        if v >= 2 and not tok.sent_start and _gap(text, toks, v - 1) and toks[v - 1].cap:
            # the object before the verb closing a clause: "dat we X keken", "hebben we X gelezen"
            last = v - 1
            first = last
            while first > 0 and first > last - _MAX_RUN + 1 and toks[first - 1].cap and _gap(text, toks, first - 1):
                first -= 1
            before = toks[first - 1].folded if first > 0 else ""
            if (toks[last].cap and not toks[first].sent_start and first > 0 and not toks[first - 1].cap
                    and (before in _PRONOUNS or f in _PLAY_END and before in _AUXILIARIES)
                    and _gap(text, toks, first - 1)):
                _protect_object(text, toks, first, last, lex, know, prot, strict, after_verb=False)


def _protect_object(text: str, toks: list[Token], first: int, last: int, lex: Lexicon, know: Knowledge,
                    prot: _Protect, strict: bool, after_verb: bool = True) -> None:
    from .detect import _possessive  # (detect imports this module)

    run = toks[first : last + 1]
    if any(t.allcaps or t.folded in know.names for t in run) or _possessive(text, run[-1])[1]:
        return  # (a possessive is a person's: "we gebruiken X's spelbundel")
    if strict and (first < last or _named(run[0].folded, lex) or _next_folded(text, toks, last) in _DIRECTIONS):
        return
    if _named(run[-1].folded, lex) or (first == last and _person_like(toks, first, lex, know, text)):
        return  # ("we keken Jonas Peeters na"; a lone first name is the person rules')
    if first > 0 and _person_like(toks, first, lex, know, text) and toks[first].folded not in lex.first_names:
        return  # (a word after a title: "we lazen juf X")
    if after_verb:
        nxt = toks[last + 1] if last + 1 < len(toks) else None
        if nxt is not None and _gap(text, toks, last) and nxt.folded in _DETERMINERS_AFTER:
            return  # an indirect object: "kocht X een cadeau"
        if (_closing_particle(text, toks, last) or _clause_after_has(text, toks, last, _AS_OR_BODY)
                or _next_folded(text, toks, last) in _PARTICLES_RIGHT_AFTER):
            return  # "keek X recht aan", "las X het verhaal voor", "gebruikten X als tolk"
    prot.add(toks[first].start, toks[last].end, POSITION)


def _next_folded(text: str, toks: list[Token], last: int) -> str:
    return toks[last + 1].folded if _gap(text, toks, last) else ""


def _clause_after_has(text: str, toks: list[Token], last: int, words: frozenset[str]) -> bool:
    """Whether one of ``words`` stands among the 8 words after token ``last`` in its clause."""
    k = last + 1
    while k < len(toks) and k <= last + 8 and _gap(text, toks, k - 1):
        if toks[k].folded in words:
            return True
        k += 1
    return False


def _closing_particle(text: str, toks: list[Token], last: int) -> bool:
    """Whether the clause after token ``last`` ends in a person's verb particle (up to 8 words)."""
    k = last + 1
    while k < len(toks) and k <= last + 8 and _gap(text, toks, k - 1):
        if k + 1 >= len(toks) or not _gap(text, toks, k):
            return toks[k].folded in _PERSON_PARTICLES
        k += 1
    return k < len(toks) and k <= last + 8 and toks[k - 1].folded in _PERSON_PARTICLES


def _copula_subjects(text: str, toks: list[Token], caps: list[int], lex: Lexicon, know: Knowledge,
                     prot: _Protect) -> None:
    """"X is het grootste gratis festival": a sentence-opening run before a copula and a
    noun phrase whose noun is a thing's."""
    for i in caps:
        tok = toks[i]
        if not tok.sent_start or tok.allcaps or i + 1 >= len(toks) or not (
                toks[i + 1].cap or toks[i + 1].folded in _COPULAS) or _function_word(tok, lex):
            continue  # (not "Zonder X was het feest ...": X is no subject there)
        last = _run_end(text, toks, i)
        k = last + 1
        if k + 1 >= len(toks) or not _gap(text, toks, last) or toks[k].folded not in _COPULAS:
            continue
        if _thing_phrase(text, toks, k + 1, lex):
            _protect_object(text, toks, i, last, lex, know, prot, strict=False, after_verb=False)


def _function_word(tok: Token, lex: Lexicon) -> bool:
    """A capitalised preposition or adverb opening a sentence ("Zonder", "Volgens", "Toen"):
    no part of the name after it (an article is: "De Ideale Wereld")."""
    return tok.folded in lex.common and tok.folded not in ("de", "het", "'t")


def _copula_predicates(text: str, toks: list[Token], caps: list[int], lex: Lexicon, know: Knowledge,
                       prot: _Protect) -> None:
    """"Het thema van de fuif was X", "Mijn favoriete spel is X": a sentence opened by a
    determiner and a thing's noun (a title's, a game's, a shop's: ``_SUBJECT_NOUNS``), a
    copula, and a capitalised run closing the clause."""
    for i in caps:
        c = i - 1
        if c < 2 or toks[c].folded not in _COPULAS or toks[c].cap or not _gap(text, toks, c - 1):
            continue
        k = c - 1
        while k > 0 and k > c - 8 and not toks[k].sent_start and not toks[k].cap and _gap(text, toks, k - 1):
            k -= 1
        if not (toks[k].sent_start and toks[k].folded in _DETERMINERS) or any(t.cap for t in toks[k + 1 : c]):
            continue
        subject = [t.folded for t in toks[k + 1 : c]]
        if "van" in subject:
            subject = subject[: subject.index("van")]  # (the head before "van de fuif")
        if not subject or subject[-1] not in _SUBJECT_NOUNS:
            continue
        if toks[i].allcaps or not _gap(text, toks, c):
            continue
        last = _run_end(text, toks, i)
        nxt = text[toks[last].end : toks[last].end + 2]
        if nxt[:1] in (".", ",", "!", "?", ";", ":", "") or nxt == " e" and _next_folded(text, toks, last) == "en":
            _protect_object(text, toks, i, last, lex, know, prot, strict=False, after_verb=False)


def _subordinate_copulas(text: str, toks: list[Token], caps: list[int], lex: Lexicon, know: Knowledge,
                         prot: _Protect) -> None:
    """"dat X een spel voor meisjes is": a run after a subordinating word, a noun phrase
    whose noun is a thing's, and a copula closing the clause (not "dat X een spel speelde":
    X is the player there)."""
    for i in caps:
        tok = toks[i]
        if i == 0 or tok.allcaps or tok.sent_start or toks[i - 1].folded not in _SUBORDINATORS or toks[i - 1].cap:
            continue
        if not _gap(text, toks, i - 1):
            continue
        last = _run_end(text, toks, i)
        if not (_gap(text, toks, last) and _thing_phrase(text, toks, last + 1, lex)):
            continue
        k = last + 1
        while k + 1 < len(toks) and k <= last + 9 and _gap(text, toks, k):
            k += 1
        if toks[k].folded in _COPULAS_END and k > last + 2:
            _protect_object(text, toks, i, last, lex, know, prot, strict=False, after_verb=False)


def _english_article_titles(text: str, toks: list[Token], caps: list[int], know: Knowledge, prot: _Protect) -> None:
    """"The Sims", "The Voice": a capitalised English article opens a title or a band's
    name, never a person's name."""
    for i in caps:
        tok = toks[i]
        if tok.text != "The" or i + 1 >= len(toks) or not _gap(text, toks, i) or not toks[i + 1].cap:
            continue
        last = _run_end(text, toks, i + 1)
        if any(t.folded in know.names or t.allcaps for t in toks[i + 1 : last + 1]):
            continue
        prot.add(tok.start, toks[last].end, POSITION)


def _english_function_titles(text: str, toks: list[Token], caps: list[int], know: Knowledge,
                             prot: _Protect) -> None:
    """"Too Good To Go", "Back To The Future": three to six capitalised words with a capitalised
    English function word inside -- a title; no person's name has one."""
    done = -1
    for i in caps:
        if i <= done or toks[i].allcaps or (i > 0 and toks[i - 1].cap and _gap(text, toks, i - 1)):
            continue
        last = i
        while last + 1 < len(toks) and last < i + 5 and toks[last + 1].cap and not toks[last + 1].allcaps \
                and _gap(text, toks, last):
            last += 1
        done = last
        if last - i < 2 or not any(t.folded in _EN_INNER for t in toks[i + 1 : last]):
            continue
        if any(t.folded in know.names for t in toks[i : last + 1]):
            continue
        prot.add(toks[i].start, toks[last].end, POSITION)


def _english_possessive_titles(text: str, toks: list[Token], caps: list[int], lex: Lexicon, know: Knowledge,
                               prot: _Protect) -> None:
    """"Grey's Anatomy", "Luigi's Mansion": a possessive before a capitalised English word
    that is no Dutch word, no name and no platform -- a title (a person's thing is a Dutch
    noun in lower case: "X's fiets")."""
    from .detect import _possessive  # (detect imports this module)

    english = english_words()
    for i in caps:
        tok = toks[i]
        if i + 1 >= len(toks) or tok.allcaps or not _possessive(text, tok)[1] or tok.folded in know.names:
            continue
        nxt = toks[i + 1]
        f = nxt.folded
        if not nxt.cap or nxt.allcaps or text[tok.end : nxt.start].strip(" '’s") or len(f) < 4:
            continue
        if f not in english or lex.is_word(f) or _named(f, lex) or f in lex.platforms or f in lex.brands:
            continue
        prot.add(tok.start, nxt.end, POSITION)


def _thing_phrase(text: str, toks: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether a noun phrase opens at token ``k`` (a determiner, up to three lower-case
    words) whose noun is a thing's: "het grootste gratis festival", "een winkel"."""
    if k >= len(toks) or toks[k].folded not in _PHRASE_OPENERS or toks[k].cap and not toks[k].sent_start:
        return False
    j = k + 1
    while j < len(toks) and j <= k + 4 and _gap(text, toks, j - 1) and not toks[j].cap and not toks[j].allcaps:
        f = toks[j].folded
        if f in _THING_NOUNS or (len(f) > 6 and f.endswith(_THING_ENDINGS) and _word_or_compound(f, lex)):
            return True
        if not (f.endswith("e") or f in _PLAIN_ADJECTIVES):
            return False  # (only adjectives before the noun: "een vriend van de club" is no club)
        j += 1
    return False


def _appositions(text: str, toks: list[Token], caps: list[int], lex: Lexicon, know: Knowledge,
                 prot: _Protect) -> None:
    """"bij X, de buddywerking,", "X, een winkel in de stad": a run before a comma and a
    noun phrase whose noun is a thing's."""
    for i in caps:
        tok = toks[i]
        if i + 1 >= len(toks) or not (toks[i + 1].cap or text[tok.end : tok.end + 2] == ", "):
            continue  # (the run's next word is capitalised, or a comma follows it)
        if tok.allcaps or _function_word(tok, lex) or (
                i > 0 and toks[i - 1].cap and not _function_word(toks[i - 1], lex) and _gap(text, toks, i - 1)):
            continue
        last = _run_end(text, toks, i)
        k = last + 1
        if (k < len(toks) and text[toks[last].end : toks[k].start] == ", " and _thing_phrase(text, toks, k, lex)
                and not opens_a_clause(text, toks[k].start)):
            _protect_object(text, toks, i, last, lex, know, prot, strict=False, after_verb=False)


def _institutions(text: str, toks: list[Token], caps: list[int], lex: Lexicon, know: Knowledge,
                  prot: _Protect) -> None:
    """A run of two or three capitalised words whose last word is an institution's noun
    or ends in one ("Victor Hortamuseum", "Anne Frank Huis"), opened by a first name."""
    for i in caps:
        tok = toks[i]
        if tok.allcaps or tok.folded not in lex.first_names or tok.folded in know.names:
            continue
        if i > 0 and toks[i - 1].cap and _gap(text, toks, i - 1) and toks[i - 1].folded not in ("het", "de"):
            continue  # (not the run's first word)
        last = _run_end(text, toks, i)
        if last == i or last > i + 2:
            continue
        end = toks[last].folded
        if end in lex.surnames or end in lex.first_names or end in know.names or not (
                end in _INSTITUTION_WORDS or len(end) > 8 and end.endswith(_INSTITUTIONS)):
            continue
        if any(t.folded in know.names for t in toks[i : last + 1]) or (
                i > 0 and _gap(text, toks, i - 1) and toks[i - 1].folded in _PERSON_BEFORE | _titles()):
            continue  # ("met X Y Huis": a person's name stands after "met" as often)
        prot.add(tok.start, toks[last].end, POSITION)



def _named_after_owner(text: str, toks: list[Token], caps: list[int], lex: Lexicon, know: Knowledge,
                       prot: _Protect) -> None:
    """A firm or a street named after a person: one or two capitalised words before a
    trade word ("X Bouw", "X Y Transport") or before a street's word ending in
    straat/laan/plein... ("Pater Xstraat"): the whole run is the firm's or the street's."""
    for i in caps:
        tok = toks[i]
        f = tok.folded
        trade = f in _TRADE_TAILS
        street = not trade and len(f) >= 8 and f.endswith(_STREET_ENDINGS) and f not in lex.surnames
        if not (trade or street) or i == 0 or tok.allcaps or not toks[i - 1].cap or not _gap(text, toks, i - 1):
            continue
        if street and (f in lex.first_names or f in know.names):
            continue
        first = i - 1
        while first > 0 and first > i - 3 and toks[first - 1].cap and not toks[first - 1].allcaps \
                and _gap(text, toks, first - 1) and not _function_word(toks[first - 1], lex):
            first -= 1
        if _function_word(toks[first], lex):
            first += 1
        if first == i or any(t.folded in know.names or t.allcaps for t in toks[first:i]):
            continue
        if trade and (toks[first].folded in lex.first_names or first > 0 and _gap(text, toks, first - 1)
                      and toks[first - 1].folded in _PERSON_BEFORE | _titles()):
            continue  # ("Koen Transport", "met X Bouw": a person's name stands there as often)
        prot.add(toks[first].start, tok.end, POSITION if trade else "place")


def _cities_named_like_people(text: str, toks: list[Token], caps: list[int], lex: Lexicon, know: Knowledge,
                              prot: _Protect) -> None:
    """A city abroad whose name is also a first name or surname (GeoNames, 300,000+
    people: "in Santiago", "uit Sofia") right after in/uit/vanuit/te -- not after a word
    that puts a person there ("vertrouwen in X"), not before a possessive ("in X zijn
    ogen") or another capital (a full name), not a name the report gives."""
    from .detect import _possessive  # (detect imports this module)

    for i in caps:
        tok = toks[i]
        if i == 0 or tok.folded not in lex.named_places or tok.folded in know.names or tok.allcaps:
            continue
        prep = toks[i - 1]
        if prep.folded not in _PLACE_BEFORE or prep.cap and not prep.sent_start or not _gap(text, toks, i - 1):
            continue
        if i >= 2 and toks[i - 2].folded in _IN_PERSON:
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is not None and _gap(text, toks, i) and (nxt.cap or nxt.folded in _POSSESSED):
            continue
        if _possessive(text, tok)[1]:
            continue
        prot.add(tok.start, tok.end, "place")


def _compound_titles(text: str, toks: list[Token], caps: list[int], lex: Lexicon, know: Knowledge,
                     prot: _Protect) -> None:
    """A run of capitalised words whose last word is joined by a hyphen to a lower-case
    Dutch noun ("een X Y-clan", "onze X Y-avond"): a title or a brand in a compound."""
    for i in caps:
        tok = toks[i]
        head, sep, tail = tok.text.rpartition("-")
        if not sep or not head or not tail.islower() or len(tail) < 4 or not _word_or_compound(tail, lex):
            continue
        if not head[:1].isupper() or head.isupper():
            continue
        first = i
        while first > 0 and first > i - 3 and toks[first - 1].cap and not toks[first - 1].allcaps \
                and _gap(text, toks, first - 1) and not _function_word(toks[first - 1], lex):
            first -= 1
        if first == i or any(t.folded in know.names for t in toks[first : i + 1]):
            continue  # (one word: detect's thing compounds judge it)
        words = [t.folded for t in toks[first:i]] + [head.lower()]
        if _named(words[-1], lex) or not any(lex.is_word(w) or w in english_words() for w in words):
            continue  # ("de X Peeters-show", "een X Y-fanclub": a person's name in a compound)
        prot.add(toks[first].start, tok.end, POSITION)
