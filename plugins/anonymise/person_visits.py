"""A person visited: "naar <Achternaam>", "bij <Achternaam>" (issue 11, session 13).

Flemish speakers go to a practice by its holder's name ("ik ging naar <Achternaam>", "naar
Kinesist <Achternaam>", "een afspraak bij <Achternaam>"). The slot after "naar"/"bij" is far
more often a place, a shop or an organisation ("naar <stad>", "op kamp naar ..."), so a word
there is kept unless the sentence says it is someone. What says so, as classes (frozen cases
``tests/anonymise_s13_naar_cases.py``, written before these rules):

* **a title or profession before the name**, in capitals or not, also before a particle
  ("Notaris Van <X>", "tandarts <X>"): a place never follows a title
  (:func:`titled_through_particles`; the profession cue itself is ``detect._context_cues``);
* **a consultation in the sentence**: "voor mijn knie/rug/tanden", "voor bijles",
  "voor logopedie", "voor een controle" -- what one goes to a person for
  (:func:`consultation`). It lifts a word no list keeps and a surname that is also a
  word; a listed place only when it is on the surname list too and no move, trip or stay
  is in the sentence ("op kamp", "verhuisd", "op vakantie": :func:`place_cue`);
* a role in apposition after the name (", de logopediste", ", mijn huisarts"): the
  apposition cue of ``person_roles.role_apposition``, which now takes a profession noun.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

# Capitalised surname particles between a title or a visit's preposition and the name (particles.py).
from .particles import VISIT_PARTICLES

if TYPE_CHECKING:
    from .detect import Token

#: The prepositions of a visit: the slot right after them.
_VISIT_PREPOSITIONS = frozenset({"naar", "bij"})

#: What one goes to a person for: a body part, a complaint, a treatment or a lesson, after
#: "voor" (and a possessive or an article, maybe an adjective): "voor mijn knie", "voor
#: bijles", "voor een controle".
_CONSULTED_FOR = frozenset(
    "knie knieën rug enkel enkels schouder schouders nek tanden tand gebit voet voeten heup heupen pols polsen "
    "elleboog hoofd ogen oog oren been benen arm armen hand handen vinger vingers teen tenen huid keel buik "
    "spieren spier kuit kuiten lies hamstring kruisband enkelband achillespees pees rugpijn hoofdpijn buikpijn "
    "keelpijn nekpijn migraine blessure blessures verstuiking beugel wrat wratten acne allergie astma stem "
    "uitspraak spraak stotteren dyslexie adhd angsten stress depressie zicht bril lenzen gehoor "
    "bijles bijlessen logopedie kine kinesitherapie therapie fysiotherapie consultatie controle behandeling "
    "behandelingen onderzoek vaccin vaccinatie spuitje prik bloedafname bloedtest echo scan hechtingen "
    "revalidatie massage osteopathie huiswerkbegeleiding studiebegeleiding remediëring".split())
_CONSULTED_ENDS = ("pijn", "blessure", "therapie", "ontsteking", "breuk", "klachten")
_FOR_RE = re.compile(
    r"\bvoor[ \t]+(?:(?:mijn|m'n|zijn|z'n|haar|onze|ons|je|jouw|uw|hun|de|het|een|wat|extra|wekelijkse?|"
    r"dagelijkse?)[ \t]+)?([a-zà-ÿ]+)\b(?:[ \t]+([a-zà-ÿ]+)\b)?", re.IGNORECASE)
#: A move, a trip or a stay in the sentence: the word after "naar" is a place (any word
#: starting with "verhuis" too). Looked up as words (``\w+``, lower-cased): a regular
#: expression of these alternatives cost 0.7 ms a slot on a 100 kB hostile quote.
_PLACE_CUE_WORDS = frozenset("""
    verhuizing trek trekt trekken trok trokken getrokken reis reist reizen reisde reisden gereisd vakantie kamp stage
    uitwisseling weekend weekendje daguitstap uitstap schoolreis fietsen fietste fietsten gefietst wandelen
    wandelde wandelden gewandeld vertrek vertrekt vertrokken vertrok emigreerde emigreerden woont wonen woonde
    woonden gewoond geboren opgegroeid studeren studeerde studeerden kermis markt festival stad dorp gemeente""".split())
_PLACE_CUE_PREFIX = "verhuis"
_WORDS_RE = re.compile(r"\w+")
_SENTENCE_END = ".!?\n"


#: How far a sentence reaches either side of the slot: a text without sentence ends (a hostile
#: 100 kB quote, "naar X, naar X, ...") made every slot read the whole text (quadratic).
_REACH = 400


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around ``text[start:end]`` (to the nearest ".", "!", "?" or line break,
    at most ``_REACH`` characters either side)."""
    lo, hi = max(0, start - _REACH), min(len(text), end + _REACH)
    left = max(max(text.rfind(c, lo, start) for c in _SENTENCE_END) + 1, lo)
    rights = [k for k in (text.find(c, end, hi) for c in _SENTENCE_END) if k >= 0]
    return text[left : min(rights) if rights else hi]


@lru_cache(maxsize=8)
def _mentions_voor(text: str) -> bool:
    # (once per text, not once per slot: lower-casing a 100 kB text per slot was quadratic)
    return "voor" in text.lower()


def visit_slot(text: str, toks: list[Token], i: int) -> int:
    """The index of the lower-case "naar"/"bij" whose slot token ``i`` fills (right after
    it, or after capitalised particles: "bij Van <X>"), or -1."""
    j = i - 1
    while j >= 0 and toks[j].cap and toks[j].folded in VISIT_PARTICLES and i - j <= 2:
        j -= 1
    if j < 0 or toks[j].cap or toks[j].allcaps or toks[j].folded not in _VISIT_PREPOSITIONS:
        return -1
    if any(text[toks[k].end : toks[k + 1].start] != " " for k in range(j, i)):
        return -1
    return j


def lone_in_visit_slot(text: str, toks: list[Token], i: int) -> bool:
    """Whether token ``i`` is one capitalised word right after "naar"/"bij" (or after a
    capitalised particle there): "naar <X>.", "bij Van <X> langs" -- not the start of a
    longer name ("naar Kamp <X>")."""
    return visit_slot(text, toks, i) >= 0 and not joined_to_next(text, toks, i)


def joined_to_next(text: str, toks: list[Token], i: int) -> bool:
    """Whether the word after token ``i`` continues a name with it: a capitalised word or an
    earlier round's placeholder ("<X> Queen", "<X> [persoon 1]"), one space, "-" or "&" away."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None or text[toks[i].end : nxt.start].strip() not in ("", "-", "&", "["):
        return False
    return nxt.cap or nxt.allcaps or nxt.protected == "placeholder"


@lru_cache(maxsize=2048)
def _consulted(sentence: str) -> bool:
    for m in _FOR_RE.finditer(sentence):
        for word in m.groups():  # (the noun, or an adjective and the noun: "voor mijn pijnlijke knie")
            noun = (word or "").lower()
            if noun in _CONSULTED_FOR or (len(noun) > 6 and noun.endswith(_CONSULTED_ENDS)):
                return True
    return False


def consultation(text: str, toks: list[Token], i: int) -> bool:
    """Whether token ``i`` fills the slot of a visit ("naar X", "bij X") in a sentence that
    says what one goes to a person for ("voor mijn knie", "voor bijles")."""
    if visit_slot(text, toks, i) < 0 or not _mentions_voor(text):
        return False
    return _consulted(_sentence(text, toks[i].start, toks[i].end))


def place_cue(text: str, toks: list[Token], i: int) -> bool:
    """Whether the sentence of token ``i`` moves, travels or stays somewhere ("verhuisd",
    "op kamp", "op vakantie", "fietsten"): the word after "naar" is then a place."""
    return has_place_cue(_sentence(text, toks[i].start, toks[i].end))


@lru_cache(maxsize=256)
def _words(sentence: str) -> frozenset[str]:
    return frozenset(_WORDS_RE.findall(sentence.lower()))


def has_place_cue(sentence: str) -> bool:
    """Whether ``sentence`` moves, travels or stays somewhere (:data:`_PLACE_CUE_WORDS`)."""
    words = _words(sentence)
    return not _PLACE_CUE_WORDS.isdisjoint(words) or any(w.startswith(_PLACE_CUE_PREFIX) for w in words)


#: Verbs that make "naar" a person's preposition, not a destination: one looks, listens,
#: waves, laughs, calls, points, sends or writes to someone, asks after someone ("iedereen
#: keek naar <X>", "ik heb het naar <X> gestuurd"; the lead's attack, session 15). Forms
#: that are also another word ("wees", "wezen", "lach", "app") count only right before "naar".
_ADDRESSING = frozenset("""
    kijk kijkt kijken keek keken gekeken opgekeken luister luistert luisteren luisterde luisterden geluisterd
    zwaait zwaaien zwaaide zwaaiden gezwaaid lacht lachen lachte lachten gelachen glimlach glimlacht glimlachen
    glimlachte glimlachten geglimlacht knipoog knipoogt knipogen knipoogde knipoogden geknipoogd staar staart
    staren staarde staarden gestaard gluur gluurt gluren gluurde gluurden gegluurd loert loerde roep roept roepen
    riep riepen geroepen schreeuw schreeuwt schreeuwen schreeuwde schreeuwden geschreeuwd wijst wijzen gewezen
    stuur stuurt sturen stuurde stuurden gestuurd doorgestuurd doorsturen mail mailt mailen mailde mailden gemaild
    doorgemaild sms't sms'en sms'te sms'ten gesmst appt appen appte appten geappt vraag vraagt vragen vroeg vroegen
    gevraagd informeer informeert informeren informeerde informeerden geïnformeerd verlang verlangt verlangen
    verlangde verlangden knikt knikte knikten geknikt""".split())
_ADDRESSING_RIGHT_BEFORE = frozenset({"wees", "wezen", "wijs", "lach", "zwaai", "app"})
#: A screen, a channel or a programme in the sentence: what one watches or listens to is then a
#: channel, a programme or an artist's work ("keek naar <X> op de tv"), not someone.
_MEDIA = frozenset("""
    tv televisie scherm tablet laptop gsm smartphone beamer computer pc radio podcast livestream stream kanaal
    zender film films reeks serie aflevering afleveringen playlist album nummer nummers liedje liedjes concert
    optreden video filmpje filmpjes lied liederen muziek song songs plaat platen dj band""".split())
#: Where the clause of "naar" ends: a comma or a conjunction between the verb and "naar" makes
#: the verb another clause's ("vraag aan X of we naar <pretpark> mogen").
_CLAUSE_BREAK_RE = re.compile(
    r"[,;:()\[\]]|\b(?:of|dat|om|want|omdat|zodat|terwijl|toen|wanneer|waar|die|en)\b", re.IGNORECASE)
_WORD_RE = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
#: How far the verb (before "naar", or its participle after the name) and the cues reach.
_ADDRESS_REACH = 60
_CUE_REACH = 150


def addressed_slot(text: str, toks: list[Token], i: int) -> bool:
    """Whether token ``i`` stands right after a lower-case "naar" that a verb of looking,
    listening, calling, sending or asking governs ("keek naar <X>", "naar <X> gestuurd"),
    in a clause that moves, travels or stays nowhere (:func:`has_place_cue`) and names no
    screen or programme: the word is then whom one looks at or writes to, not where one
    goes. Also "naar <X> thuis": someone's home. Every window is bounded (a 100 kB quote
    of "keek naar X, " stays linear)."""
    if i == 0:
        return False
    prev = toks[i - 1]
    if prev.folded != "naar" or prev.cap or prev.allcaps or text[prev.end : toks[i].start] != " ":
        return False
    if at_home_after(text, toks, i):
        return True
    before = _WORD_RE.findall(_clause_part(text[max(0, prev.start - _ADDRESS_REACH) : prev.start], left=True).lower())
    after = _WORD_RE.findall(_clause_part(text[toks[i].end : toks[i].end + _ADDRESS_REACH], left=False).lower())
    if not (_ADDRESSING.intersection(before) or _ADDRESSING.intersection(after)
            or before and before[-1] in _ADDRESSING_RIGHT_BEFORE):
        return False
    lo, hi = max(0, toks[i].start - _CUE_REACH), toks[i].end + _CUE_REACH
    clause = text[lo : toks[i].start].rsplit(".", 1)[-1] + text[toks[i].start : hi].split(".", 1)[0]
    return not has_place_cue(clause) and _MEDIA.isdisjoint(_words(clause))


def _clause_part(window: str, *, left: bool) -> str:
    """The part of ``window`` on the slot's side of the nearest sentence end, comma or
    conjunction (:data:`_CLAUSE_BREAK_RE`)."""
    for end in _SENTENCE_END:
        window = window.rsplit(end, 1)[-1] if left else window.split(end, 1)[0]
    breaks = list(_CLAUSE_BREAK_RE.finditer(window))
    if not breaks:
        return window
    return window[breaks[-1].end() :] if left else window[: breaks[0].start()]


def at_home_after(text: str, toks: list[Token], i: int) -> bool:
    """Whether "thuis" follows token ``i`` ("naar <X> thuis", "bij <X> thuis"): someone's home."""
    return i + 1 < len(toks) and toks[i + 1].folded == "thuis" and text[toks[i].end : toks[i + 1].start] == " "


def titled_through_particles(text: str, toks: list[Token], i: int, is_title: object) -> bool:
    """Whether a title or profession (``is_title(folded)``) stands before token ``i``
    through one or two capitalised surname particles: "Notaris Van <X>", "meneer Van
    der <X>" (the word right after a title is ``detect._after_title``'s)."""
    j = i - 1
    while j >= 0 and toks[j].cap and not toks[j].sent_start and toks[j].folded in VISIT_PARTICLES and i - j <= 2:
        j -= 1
    if j == i - 1 or j < 0 or toks[j].allcaps:
        return False
    if any(text[toks[k].end : toks[k + 1].start] != " " for k in range(j, i)):
        return False
    return bool(is_title(toks[j].folded))  # type: ignore[operator]
