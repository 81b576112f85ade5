"""One notion of a header that announces persons, and of the items of a list under it (issue 11,
session 23: the fold of ``person_items``, ``person_lists`` and ``person_slot_lists``).

Three modules read lists of persons -- a first name alone as a structured line's item
(``person_items``: "cc: Keza", "Winnaar van de quiz: Tobi!"), a frame that lists people inline
(``person_lists``: "Aanwezig: A, B en C", "Van links naar rechts: ..."), every item of a list under a
person header or a rank (``person_slot_lists``: "Kookploeg dinsdag: X en Y", "1. X – 23 punten").
Each held its own header words, its own item splitter and its own "the items are of one kind" rule;
they are here once:

* :data:`HEADER_WORDS`: the words that make a header announce persons (a duty or rota word, a room,
  tent or group word, a credit, a ranking or result word, a badge or a register, an attendance word,
  a role, a mail's address field, who served or called); :func:`header_words` reads a header's
  words, :func:`announces_persons` decides a header at a line's start (any word of it, a yearbook's
  superlative question, a weekday in a rota), :func:`item_header` the header of one item (its last
  word, or its first: "Winnaar van de quiz:"; "van" only as the whole header, a mail's "Van:").
  :data:`FRAME_HEADINGS` are the words of that vocabulary that open an inline list anywhere in a
  sentence ("..., aanwezig: A en B"), with their inflections (:data:`HEADING_SOURCE`);
* :data:`SPLIT_RE` / :func:`split_items`: one item splitter (a comma, "en"/"and"/"et"/"und", "&",
  and in a line of a list also ";", "+", "/", a rank's number and a sentence's full stop before a
  capital);
* :class:`OneKind`: the decision that a list's items are of one kind -- a thing among the items
  makes ordinary words things ("Sprekers: Unicef België, Kind en Gezin"); persons among them make a
  place's or a brand's single word (a "weak thing") and ordinary words persons.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

#: The words that make a header announce persons (lower case; ``person_slot_lists`` reads any word of
#: a header at a line's start, ``person_items`` its last or first word).
HEADER_WORDS = frozenset({
    # duties and rotas
    "kookploeg", "kookbeurt", "kookbeurten", "kookouders", "corvee", "corvée", "afwas", "afwasrooster", "afwasbeurt",
    "beurtrol", "beurten", "rooster", "nachtwacht", "wacht", "wachtdienst", "poetsploeg", "poetsbeurt", "toiletdienst",
    "opruimploeg", "barploeg", "bardienst", "kassa", "bar", "ploeg", "shift", "dienst", "permanentie", "trekker",
    "trekkers",
    # a party's or a camp's posts and keys (session 23: "inkom: X", "vestiaire: X", "Sleutelhouder: X")
    "tapper", "tappers", "inkom", "ingang", "vestiaire", "garderobe", "onthaal", "sleutel", "sleutels",
    "sleutelhouder", "sleutelhouders", "reservesleutel", "opbouw", "afbraak", "opkuis", "kuisploeg", "ehbo", "bewaking",
    # rooms, tents, buses, groups
    "kamer", "kamers", "tent", "tenten", "slaapzaal", "slaapkamer", "bus", "busindeling", "auto", "groep", "groepje",
    "tafel", "tafelschikking", "kamerindeling", "tentindeling", "slaapplaats", "bed", "stapelbed",
    # credits
    "regie", "montage", "camera", "cameravoering", "geluid", "licht", "belichting", "decor", "kostuums", "kostuum",
    "script", "scenario", "tekst", "beeld", "foto", "fotos", "foto's", "fotografie", "presentatie", "presentator",
    "presentatrice", "techniek", "productie", "choreografie", "zang", "gitaar", "drums", "piano", "vormgeving",
    "illustratie", "illustraties", "eindredactie", "redactie", "interview", "interviewer", "cast", "spelers", "acteurs",
    "jury", "dj", "aftiteling", "credits", "auteur", "auteurs", "muziek", "met",
    # rankings and results
    "kampioen", "kampioene", "winnaar", "winnares", "winnaars", "eerste", "tweede", "derde", "vierde", "vijfde",
    "plaats", "uitslag", "uitslagen", "eindstand", "klassement", "podium", "laureaat", "laureaten", "goud", "zilver",
    "brons", "resultaten", "ranking", "gewonnen", "topscorer", "kampioenen", "top",
    # badges and registers
    "naamkaartje", "naamkaart", "naambordje", "badge", "badges", "naam", "voornaam", "achternaam", "familienaam",
    "roepnaam", "lid", "leden", "leerling", "leerlingen", "scholier", "cursist", "cursisten", "stagiair", "stagiaire",
    "ingeschreven", "inschrijving", "inschrijvingen", "deelnemer", "deelnemers",
    "deelnemerslijst", "deelneemster", "aanwezig", "aanwezigen", "afwezig", "afwezigen", "verontschuldigd",
    "verantwoordelijke", "verantwoordelijken", "contact", "contactpersoon", "aanspreekpunt", "ingeschrevenen",
    # roles as headers
    "leiding", "leider", "leidster", "begeleider", "begeleiders", "begeleiding", "monitor", "monitoren", "animator",
    "animatoren", "notulist", "notulen", "voorzitter", "secretaris", "penningmeester", "moderator", "spreker",
    "sprekers", "gast", "gasten", "gastspreker", "coach", "vrijwilliger", "vrijwilligers", "ehbo'er", "kok", "koks",
    "vlnr", "v.l.n.r", "staand", "zittend", "vooraan", "achteraan", "verslag", "verslaggever",
    # who served, called, sent, signed
    "door", "geholpen", "oproep", "oproepen", "gemist", "gemiste", "beller", "afzender", "ontvanger", "kassier",
    "kassierster", "bediende", "verkoper", "verkoopster", "geadresseerde", "ondertekend",
    # a mail's address fields ("van" only as the whole header: see item_header)
    "cc", "bcc", "van", "aan", "from", "to",
    # subtitles, translations, signatures (session 22)
    "ondertiteling", "ondertitels", "vertaling", "vertaler", "vertaalster", "handtekening", "ondertekening", "voogd",
    "stemmen", "voice-over",
    # who is tagged in a pasted post or photo album (session 25: "Foto 3 · “…” · Getagd: A, B")
    "getagd", "tags", "tagged",
})
#: A mail's address words: they announce a person as the last or the whole header of one item ("Van: X",
#: "Bericht van: X"), never as any word of a list's header ("Uitslag van de quiz:", "Kamer aan zee:").
MAIL_WORDS = frozenset({"van", "aan", "from", "to"})
#: superlatives that open a yearbook's or an award's question ("Grootste kans om beroemd te worden: X")
AWARD_WORDS = frozenset({"grootste", "beste", "liefste", "grappigste", "slimste", "snelste", "sterkste", "stoerste",
                         "sportiefste", "creatiefste", "luidste", "stilste", "meeste", "gekste", "leukste", "knapste"})
WEEKDAYS = frozenset({"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
                      "ma", "di", "wo", "do", "vr", "za", "zo"})
#: headers whose lines below are ranks
RANK_WORDS = frozenset({"uitslag", "uitslagen", "eindstand", "klassement", "podium", "winnaars", "resultaten",
                        "ranking", "top", "laureaten", "kampioenen"})
#: a roster's time before its colon ("Zaterdag 14u-18u: X (bar)")
TIME_RE = re.compile(r"\d{1,2}(?:[u:.h]\d{0,2})?\s*[-–]\s*\d{1,2}(?:[u:.h]\d{0,2})?|\d{1,2}[u:.h]\d{2}|\d{1,2}u\b")

#: The headings that open an inline list anywhere in a sentence (``person_lists``: "Aanwezig: A, B en C",
#: "..., sprekers van dienst: A en B"), as regular-expression alternatives (an inflection in brackets).
FRAME_HEADINGS = (
    r"aanwezig(?:en)?|afwezig(?:en)?|verontschuldigd|(?:gast)?sprekers?|panel(?:leden|lid)?|panelisten"
    r"|moderators?|moderatie|moderatoren|gespreksleid(?:er|ster|ing)|presentat(?:or|oren|rice|ie)"
    r"|deelnemers|jury(?:leden)?|interviewers?|geïnterviewden|getuigen|begeleiding|met|avec"
    r"|intervenant(?:e)?s?|orateurs?|oratrices?|présent(?:e)?s|participants?|speakers?|panel(?:l)?ists"
    r"|attendees|present|hosts?|moderated\s+by|sessiegevers?|lesgevers?|workshopgevers?|gastheren|gastvrouwen"
    r"|genodigden|gasten|trainers|facilitators?|begeleiders|contactpersonen|contactpersoon"
    r"|verslag|verslaggever|notulist|notulen|fotograaf|tekeningen|getagd|tagged")
HEADING_SOURCE = FRAME_HEADINGS
#: Headings of ONE person's role: an ordinary word alone after them is a name ("Moderator: Storm").
ONE_PERSON_RE = re.compile(r"(?:moderator|gespreksleid(?:er|ster)|presentat(?:or|rice)|contactpersoon|(?:gast)?spreker"
                           r"|verslaggever|notulist|fotograaf|interviewer|host|sessiegever|lesgever|workshopgever)$",
                           re.IGNORECASE)

_HEADER_WORD_RE = re.compile(r"[^\W\d_]+(?:['.][^\W\d_]+)*\.?")


def header_words(header: str) -> list[str]:
    """A header's words in lower case ("Foto's", "V.l.n.r." read whole)."""
    return _HEADER_WORD_RE.findall(header.lower())


def announces_persons(words: Sequence[str], rota: bool = False) -> bool:
    """Whether a header at a line's start, read as ``words`` (:func:`header_words`), announces
    persons: any word of it is a header word (a mail's "van"/"aan" too: these headers end the item's
    line), it is a yearbook's superlative question, or (``rota``: two lines or more of the text open
    with one) a weekday."""
    if len(words) >= 3 and words[0] in AWARD_WORDS:
        return True  # (a yearbook's or an award's question: "Grootste kans om beroemd te worden:")
    for w in words:
        w2 = w.rstrip(".")
        if (w2 in HEADER_WORDS or w in HEADER_WORDS) and w2 not in MAIL_WORDS:
            return True
        if rota and w2 in WEEKDAYS:
            return True
    return False


def item_header(header: str) -> bool:
    """Whether the header before one item's colon announces a person: its last word is a header
    word ("cc:", "Bericht van:"), or its first ("Winnaar van de quiz:"; "van" there only as the whole
    header, a mail's "Van:"), or it holds a roster's time ("Zaterdag 14u-18u:")."""
    words = [w.rstrip(".") for w in header_words(header)]
    if not words:
        return False
    return (words[-1] in HEADER_WORDS or words[0] in HEADER_WORDS and words[0] != "van"
            or TIME_RE.search(header) is not None)


#: One item splitter: between items of a list (a comma, "en"/"and"/"et"/"und", "&"); in a line of a
#: list also ";", "+", "/", a rank's number (" 2." / " (2)") and a sentence's full stop before a capital
#: (group "line": what an inline list's stretch never holds or splits otherwise -- its stretch ends at a
#: ";" and at a sentence's end, and a title's or an initial's full stop belongs to its name).
SPLIT_RE = re.compile(r"[ \t]*(?:,|&|\b(?:en|et|and|und)\b|(?P<line>;|\+|/|\s\(?\d{1,2}[.)](?=[ \t])|\.(?=[ \t]+[A-Z])))"
                      r"[ \t]*")


def split_items(segment: str, line: bool) -> Iterator[tuple[int, int]]:
    """The items of ``segment`` as ``(start, end)`` offsets, one at a time (empty ones left out).
    ``line``: a line of a list (``person_slot_lists``), split by every separator of :data:`SPLIT_RE`;
    otherwise an inline list's stretch (``person_lists``), split by its commas, "en", "&" only."""
    at = 0
    for m in SPLIT_RE.finditer(segment):
        if not line and m.group("line") is not None:
            continue
        if m.start() > at:
            yield at, m.start()
        at = m.end()
    if at < len(segment):
        yield at, len(segment)


class OneKind:
    """The items of one list are of one kind: counts of the items' kinds ("person": strong evidence,
    "thing", "weak thing": a place's or brand's single word, "word": ordinary words, "unknown": a word
    no list knows, "phrase": lower-case words) and what follows from them.

    * ``persons_decide``: a person and no thing among the items -- a weak thing is a person too
      ("Gent" is a first name beside "Yuxi Chen");
    * ``has_thing``: a thing among them, or a weak thing where no person decides -- ordinary words
      and unknown words are things then;
    * :meth:`words_are_persons`: ordinary and unknown words are persons when the list has no thing and
      holds ``least`` persons or items (the caller's count)."""

    __slots__ = ("has_thing", "items", "persons", "persons_decide", "things")

    def __init__(self, kinds: Sequence[str]):
        self.items = len(kinds)
        self.persons = sum(k == "person" for k in kinds)
        self.things = sum(k == "thing" for k in kinds)
        self.persons_decide = self.persons > 0 and not self.things
        self.has_thing = bool(self.things) or (not self.persons_decide and "weak thing" in kinds)

    def kind_of(self, kind: str) -> str:
        """An item's kind as its list decides it (a weak thing among persons is a person)."""
        return "person" if kind == "weak thing" and self.persons_decide else kind

    def words_are_persons(self, count: int, least: int = 2) -> bool:
        """Whether ordinary and unknown words of the list are persons (no thing, ``count`` >= ``least``)."""
        return not self.has_thing and count >= least
