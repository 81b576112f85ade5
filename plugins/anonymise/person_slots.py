"""Slots in a sentence that only a person fills, whatever list knows the word (issue 11, session 11).

Set K (session 9) and set M (session 10) left names that are ordinary Dutch or English words,
or words no list knows, standing where the sentence's structure puts a person. Written as
classes from frozen cases of our own (``tests/anonymise_s11_recall_cases.py``), never from a
list of the names seen:

* the object of a verb that takes a person, after an auxiliary and its subject pronoun:
  "toen heb ik <X> wakker gemaakt", "heeft ze <X> opgehaald", "moet je <X> eens horen zingen"
  (:func:`object_of_person_verb`);
* the one who is told: "<telling verb> aan <X>" ending its clause ("heb ik het verteld aan
  <X>.", "dat moet je vragen aan <X>") (:func:`told_to`);
* a Flemish surname that is an inflected adjective after the particle "De", with the service
  the person works for: "De <Wilde> van de jeugddienst kwam ..." (:func:`de_surname_of_service`);
* a lone word that is a whole chat message right after its sender ("... 19:14 - +32 ...:
  <X> 😊 19:15 - ...": the answer to "stuur je naam"): a listed first name or a name that is
  also a word (:func:`lone_chat_answer`);
* (also in the report's own text) a word in apposition after a role noun opened by an article
  or possessive: "De moderator, <X> van de provincie, ...", "De jeugdwerker van dienst, <X>,
  zette ..." (:func:`role_apposition`).

A word a list keeps (an organisation, a place, a brand, a calendar word) is judged before
these rules, so they never turn a listed thing into a person.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .lexicon import Lexicon, english_words, fold

if TYPE_CHECKING:
    from .detect import Token

#: An auxiliary (or a modal) and the subject pronoun after it: "heb ik", "heeft ze", "moet je".
_AUXILIARIES = frozenset(
    "heb hebt heeft hebben had hadden ben is zijn was waren moet moest moeten moesten zal zou zullen "
    "zouden kan kon kunnen konden wil wilde willen ga gaat gaan ging gingen mag mocht".split()
)
_SUBJECT_PRONOUNS = frozenset("ik je jij ge gij hij ze zij we wij jullie men".split())
#: Verbs (participles and infinitives) whose object is a person: you wake, call, comfort,
#: fetch, invite, thank, warn, meet or know someone. The word right after the object, or
#: up to three ordinary words later, must be one of them.
_PERSON_VERBS = frozenset(
    """
    gebeld bellen opgebeld opbellen getroost troosten opgehaald ophalen uitgenodigd uitnodigen
    gewaarschuwd waarschuwen bedankt bedanken gerustgesteld geruststellen aangesproken aanspreken
    gekend kennen ontmoet ontmoeten gemist missen geknuffeld knuffelen gekust kussen gefeliciteerd
    feliciteren gecontacteerd contacteren gemaild mailen ge-sms't geappt appen gesproken spreken
    begeleid begeleiden afgezet afzetten meegenomen meenemen voorgesteld voorstellen gevraagd vragen
    geholpen helpen overtuigd overtuigen getrakteerd trakteren gegroet groeten gewekt wekken
    wakker gemaakt gebracht brengen gehaald halen geleerd gezegd verteld horen zingen zien
    gestuurd gecoacht coachen opgevangen opvangen aangemoedigd aanmoedigen
    """.split()
)
#: Verbs of telling that take the one told after "aan" ("heb ik het verteld aan X").
_TELLING_VERBS = frozenset(
    """
    verteld vertellen vertelde gezegd zeggen zei gevraagd vragen vroeg toevertrouwd toevertrouwen
    uitgelegd uitleggen legde beloofd beloven beloofde gegeven geven gaf
    afgestaan afstaan overhandigd overhandigen geschreven schrijven schreef
    stuurde aangeboden aanbieden teruggegeven teruggeven vraag vraagt geef geeft
    """.split()
)
#: Lower-case nouns of a service or group a person belongs to ("De X van de jeugddienst").
_SERVICE_ENDINGS = ("dienst", "raad", "werking", "huis", "school", "opvang", "ploeg", "groep", "post", "centrum")
_SERVICE_NOUNS = frozenset(
    "gemeente stad provincie politie brandweer ocmw clb onthaal kinderopvang buurt wijk parochie "
    "leiding jury school bib".split()
)


def _gap(text: str, a: Token, b: Token) -> str:
    return text[a.end : b.start]


def _open_word(tok: Token, lex: Lexicon) -> bool:
    """A capitalised word no first-name list holds as a plain name (those are masked already):
    an ordinary Dutch or English word, or a word no list knows."""
    return tok.cap and not tok.allcaps and len(tok.folded) >= 2 and tok.folded not in lex.common


def _plain_dutch_word(f: str, lex: Lexicon) -> bool:
    """An ordinary Dutch word that no first-name list holds ("Awel", "Jeugdhulp"): a helpline,
    a service or a game as often as a nickname."""
    return lex.is_word(f) and f not in lex.first_names and f not in lex.name_words


def _long_compound(f: str, lex: Lexicon) -> bool:
    """A Dutch compound of eight letters or more, both of its parts listed words of four letters
    or more ("Jeugdhulp", "Spelewijs", "Welzijnsschakels"): a service's name. A name that only
    splits into a short piece and a word ("Hub-recht", "Engel-mar") is no compound here."""
    if len(f) < 8:
        return False
    for k in range(4, len(f) - 3):
        head, tail = f[:k], f[k:]
        if not (lex.is_word(head) or head[-1] in "se" and len(head) > 4 and lex.is_word(head[:-1])):
            continue
        if lex.is_word(tail):
            return True
    return False


def object_of_person_verb(text: str, toks: list[Token], i: int, lex: Lexicon) -> str:
    """ "toen heb ik <X> wakker gemaakt": a capitalised word right after an auxiliary and its
    subject pronoun, before (up to three ordinary words and) a verb that takes a person."""
    if i < 2 or i + 1 >= len(toks) or not _open_word(toks[i], lex) or _plain_dutch_word(toks[i].folded, lex):
        return ""
    aux, pron = toks[i - 2], toks[i - 1]
    if aux.folded not in _AUXILIARIES or pron.folded not in _SUBJECT_PRONOUNS or pron.cap:
        return ""
    if _gap(text, aux, pron) != " " or _gap(text, pron, toks[i]) != " ":
        return ""
    for k in range(i + 1, min(i + 5, len(toks))):
        t = toks[k]
        if t.cap or t.allcaps or re.search(r"[,.;:!?()\"“”]", _gap(text, toks[k - 1], t)):
            return ""
        if t.folded in _PERSON_VERBS:
            return f"object of '{t.text}' after '{aux.text} {pron.text}'"
    return ""


def told_to(text: str, toks: list[Token], i: int, lex: Lexicon) -> str:
    """ "heb ik het verteld aan <X>.": a capitalised word after "aan" that a telling verb
    right before governs, ending the clause (not the head of a longer name)."""
    if i < 2 or not _open_word(toks[i], lex):
        return ""
    aan = toks[i - 1]
    if aan.folded != "aan" or aan.cap or _gap(text, aan, toks[i]) != " ":
        return ""
    f = toks[i].folded
    if _long_compound(f, lex):
        return ""  # ("aan Jeugdhulp", "aan Welzijnsschakels": a service)
    verb = None
    for k in range(i - 2, max(-1, i - 7), -1):  # the telling verb, up to four words before "aan"
        if re.search(r"[,.;:!?()\"“”]", _gap(text, toks[k], toks[k + 1])):
            break
        if toks[k].folded in _TELLING_VERBS:
            verb = toks[k]
            break
    if verb is None:
        return ""
    after = text[toks[i].end : toks[i].end + 2]
    if after[:1] not in ("", ".", "!", "?", ",", ";", ":", "\n", ")") and not after.startswith(" ") or (
            i + 1 < len(toks) and after.startswith(" ") and toks[i + 1].cap):
        return ""
    return f"told to, after '{verb.text} aan'"


def _inflected_adjective(f: str, lex: Lexicon) -> bool:
    """"wilde", "grauwe", "brave", "stille": an adjective's inflected form (the stem, its
    final consonant undoubled or voiced back, is an ordinary word)."""
    if len(f) < 4 or not f.endswith("e"):
        return False
    stem = f[:-1]
    options = {stem}
    if len(stem) >= 3 and stem[-1] == stem[-2]:
        options.add(stem[:-1])  # "stille" -> "stil"
    if stem.endswith("v"):
        options.add(stem[:-1] + "f")  # "brave" -> "braaf"
        options.add(stem[:-2] + stem[-2] * 2 + "f" if len(stem) >= 2 else stem)
    if stem.endswith("z"):
        options.add(stem[:-1] + "s")
    if len(stem) >= 3 and stem[-2] in "aeou" and stem[-3] not in "aeiou":
        options.add(stem[:-2] + stem[-2] * 2 + stem[-1])  # "grote" -> "groot"
    return any(len(o) >= 3 and lex.is_word(o) for o in options)


def de_surname_of_service(text: str, toks: list[Token], i: int, lex: Lexicon) -> str:
    """ "De <Wilde> van de jeugddienst kwam ...": after the particle "De", a surname that is an
    inflected adjective (or a listed surname), then "van de/het" and a lower-case service or
    group noun -- the way Flemish names a person by their surname and their service."""
    if i < 1 or i + 3 >= len(toks) or not _open_word(toks[i], lex):
        return ""
    de, van, art, noun = toks[i - 1], toks[i + 1], toks[i + 2], toks[i + 3]
    if de.text not in ("De", "Den") or _gap(text, de, toks[i]) != " ":
        return ""
    f = toks[i].folded
    if not (f in lex.surnames or _inflected_adjective(f, lex)):
        return ""
    if van.folded != "van" or art.folded not in ("de", "het", "den") or noun.cap and not noun.allcaps:
        return ""  # (an acronym may name the service: "van het OCMW")
    if _gap(text, toks[i], van) != " " or _gap(text, van, art) != " " or _gap(text, art, noun) != " ":
        return ""
    if not (noun.allcaps or noun.folded in _SERVICE_NOUNS or noun.folded.endswith(_SERVICE_ENDINGS)):
        return ""
    return f"surname after '{de.text}' before 'van {art.text} {noun.text}'"


#: Before a lone chat message: a time stamp, a sender of up to 40 characters (a phone number,
#: a name, a placeholder) and its colon.
_SENDER_BEFORE_RE = re.compile(
    r"(?:\d{1,2}[:.]\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?\]?[ \t]*[-–—]?[ \t]+)"
    r"(?:\[[^\]\n]{1,30}\]|[^\n:\[\]]{1,40}):[ \t]+$"
)
#: After it: decoration, then the message's end (the text's end, a line break or the next stamp).
_MESSAGE_END_RE = re.compile(
    r"[ \t]*(?:[!.?]+|:-?\)|:-?D|;-?\)|[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D])*[ \t]*"
    r"(?:$|\n|\[?\d{1,2}[/:.]\d{2})"
)


def lone_chat_answer(text: str, toks: list[Token], i: int, lex: Lexicon) -> str:
    """A chat message of one word right after its time-stamped sender ("19:14 - +32 ...: <X>
    😊"): a listed first name or a name that is also a word is the answer to "what is your
    name", not an ordinary word."""
    tok = toks[i]
    if not tok.cap or tok.allcaps or text[max(0, tok.start - 2) : tok.start].strip() != ":":
        return ""
    f = tok.folded
    if f in lex.common or not (f in lex.first_names or f in lex.name_words):
        return ""
    if _MESSAGE_END_RE.match(text, tok.end) is None:
        return ""
    if _SENDER_BEFORE_RE.search(text[max(0, tok.start - 72) : tok.start]) is None:
        return ""
    return "a lone name as a chat message"


#: Nouns of a role a person has at a session, besides the titles and professions detect knows.
_ROLE_NOUNS = frozenset(
    "gastvrouw gastheer gespreksleider gespreksleidster facilitator host presentator presentatrice "
    "verantwoordelijke spreker spreekster moderatrice begeleider begeleidster lesgever lesgeefster trekker trekster "
    "workshopgever workshopgeefster".split()
)
_APPOSITION_BEFORE_RE = re.compile(
    r"(?:^|[.!?:;]\s+|\s)(?:[Dd]e|[Ee]en|[Oo]nze|[Oo]ns|[Mm]ijn|[Hh]un|[Zz]ijn|[Hh]aar)[ \t]+([^\W\d_]+)"
    r"(?:[ \t]+(?:van|aan|voor|bij|op)[ \t]+(?:(?:de|het|die|dienst)\b[ \t]*)?(?:[^\W\d_]+)?)?[ \t]*,[ \t]*$"
)
_APPOSITION_AFTER_RE = re.compile(r"[ \t]*(?:,|[ \t]van[ \t]+(?:de|het|den)[ \t]+[^\W\d_]+[ \t]*,|[ \t]van[ \t]+\w+[ \t]*,)")


@lru_cache(maxsize=512)
def _role_noun(word: str) -> bool:
    from .detect import TITLES
    from .person_positions import PERSON_NOUNS
    from .person_roles import title_kind

    f = fold(word)
    return f in _ROLE_NOUNS or f in PERSON_NOUNS or bool(title_kind(f, TITLES))


def role_apposition(text: str, toks: list[Token], i: int, lex: Lexicon) -> str:
    """ "De moderator, <X> van de provincie, ...", "De jeugdwerker van dienst, <X>, zette ...":
    one capitalised word in apposition after a role noun that an article or possessive opens."""
    tok = toks[i]
    if not tok.cap or tok.allcaps or i == 0 or i + 1 >= len(toks):
        return ""
    if text[toks[i - 1].end : tok.start].strip() != ",":
        return ""
    nxt = toks[i + 1]
    if nxt.cap and _gap(text, tok, nxt) == " ":
        return ""  # ("Jeugdwerk Vlaanderen", "Radio 2": a longer name)
    # ("De spreker, Awel,", "De animator, Spelewijs,": a service or an organisation is no name)
    role = _role_before(text, tok, lex, _APPOSITION_AFTER_RE, _APPOSITION_BEFORE_RE, 60)
    return f"apposition after '{role},'" if role else ""


#: Before a copula's complement: a role noun opening the clause (an article or possessive may
#: open it, a "van ..." or "die dag" may follow it), then the copula.
_COPULA_BEFORE_RE = re.compile(
    r"(?:^|[.!?:;][ \t]+|\n)(?:(?:[Dd]e|[Oo]nze|[Oo]ns|[Mm]ijn|[Hh]un|[Ee]en)[ \t]+)?([^\W\d_]+)"
    r"(?:[ \t]+(?:van|voor|bij|aan)[ \t]+(?:(?:de|het|den)[ \t]+)?[^\W\d_]+(?:[ \t]+[^\W\d_]+)?)?"
    r"(?:[ \t]+(?:die|deze)[ \t]+(?:dag|avond|namiddag|voormiddag|ochtend|week))?"
    r"[ \t]+(?:was|is|werd|wordt|bleek|blijft|bleef)[ \t]+$"
)
#: After it: the clause goes on with a comma, a bracket, a colon, "en", "te zijn" or a "van de ...".
_COPULA_AFTER_RE = re.compile(
    r"(?:[ \t]*[,.:;(]|[ \t]+(?:en|te zijn|met)\b|[ \t]+van[ \t]+(?:de|het|den)[ \t]+[^\W\d_]+|$)"
)


COPULAS = frozenset({"was", "is", "werd", "wordt", "bleek", "blijft", "bleef"})


def role_copula(text: str, toks: list[Token], i: int, lex: Lexicon) -> str:
    """ "Moderator van dienst was <X>, die ...", "De gespreksleider was <X>, een ...": one
    capitalised word as the complement of a copula whose subject is a role noun."""
    tok = toks[i]
    if not tok.cap or tok.allcaps or i < 2:
        return ""
    if i + 1 < len(toks) and toks[i + 1].cap and _gap(text, tok, toks[i + 1]) == " ":
        return ""  # ("Jeugdhuis Kompas", "Radio 2": a longer name)
    role = _role_before(text, tok, lex, _COPULA_AFTER_RE, _COPULA_BEFORE_RE, 70)
    return f"complement of a copula after '{role}'" if role else ""


def _role_before(text: str, tok: Token, lex: Lexicon, after_re: re.Pattern[str], before_re: re.Pattern[str],
                 window: int) -> str:
    """The role noun that ``before_re`` finds in the ``window`` characters before ``tok``,
    when ``after_re`` matches right after it and ``tok`` looks like a name; else ``""``."""
    if after_re.match(text, tok.end) is None:
        return ""
    m = before_re.search(text[max(0, tok.start - window) : tok.start])
    if m is None or not _role_noun(m.group(1)) or not _name_like(tok, text, lex):
        return ""
    return m.group(1)


def _name_like(tok: Token, text: str, lex: Lexicon) -> bool:
    """Whether a word in a role's slot may be a person's name: not an English or plain Dutch
    word, nor a compound unless "van de ..." follows (a member: a person), unless a first-name
    list holds it."""
    f = tok.folded
    if f in lex.first_names or f in lex.name_words:
        return True
    member = text[tok.end : tok.end + 5] == " van "
    return not (f in english_words() or _plain_dutch_word(f, lex) or not member and _long_compound(f, lex))


def person_slot(text: str, toks: list[Token], i: int, lex: Lexicon) -> str:
    """The first of this module's slots (in what people say) that holds for token ``i``, or ""."""
    return (
        object_of_person_verb(text, toks, i, lex)
        or told_to(text, toks, i, lex)
        or de_surname_of_service(text, toks, i, lex)
        or lone_chat_answer(text, toks, i, lex)
    )


#: Services and groups a person is named with as a clause's subject ("X van de organisatie hield ..."):
#: the service nouns above and a few more (session 12, set Q).
_WITH_SERVICES = _SERVICE_NOUNS | frozenset("organisatie secretariaat bestuur vzw koepel scouts chiro ksa".split())
_WITH_ENDINGS = _SERVICE_ENDINGS + ("bestuur", "secretariaat")
#: Frequent strong (irregular) verb forms a person does something with, beside the regular forms
#: ``detect._finite_verb`` derives ("hield de tijd bij", "nam het woord", "gaf uitleg").
_STRONG_FORMS = frozenset("nam nemen neemt hield houdt gaf geeft kwam komt ging gaat zag ziet sprak spreekt las leest "
                          "schreef schrijft bracht brengt dacht vond vindt stond staat zat zit liet laat deed doet "
                          "bleef blijft koos kiest wees wijst hielp helpt sloot sluit opende begon begint".split())


def name_with_service(text: str, toks: list[Token], i: int, lex: Lexicon) -> str:
    """ "<X> van de organisatie hield de tijd bij", "nam <X> van het secretariaat het woord": one
    capitalised word that is no word or place, then "van de/het" and a lower-case service or group
    noun (or an acronym), as the subject of a clause -- a finite verb right after the service or
    right before the name (inverted). Also in the report's own text (session 12, set Q)."""
    tok = toks[i]
    n = len(toks)
    if not tok.cap or tok.allcaps or i + 3 >= n:
        return ""
    f = tok.folded
    if f in lex.common or lex.is_word(f) or f in lex.places:
        return ""  # ("Vrijwilligers van de jeugddienst", "Iemand van de organisatie": words)
    van, art, noun = toks[i + 1], toks[i + 2], toks[i + 3]
    if van.text != "van" or art.folded not in ("de", "het", "den") or art.cap:
        return ""
    if _gap(text, tok, van) != " " or _gap(text, van, art) != " " or _gap(text, art, noun) != " ":
        return ""
    if not (noun.allcaps or not noun.cap and (noun.folded in _WITH_SERVICES or noun.folded.endswith(_WITH_ENDINGS))):
        return ""
    from .detect import _finite_verb  # (detect imports this module)

    after = toks[i + 4] if i + 4 < n else None
    if (after is not None and not after.cap and _gap(text, noun, after) == " "
            and (after.folded in _STRONG_FORMS or _finite_verb(after.folded, lex))):
        return f"subject with its service, 'van {art.text} {noun.text}'"
    prev = toks[i - 1] if i > 0 else None
    if (prev is not None and not prev.cap and _gap(text, prev, tok) == " "
            and (prev.folded in _STRONG_FORMS or _finite_verb(prev.folded, lex))):
        return f"inverted subject with its service, 'van {art.text} {noun.text}'"
    return ""
