"""Lists in a person frame: who is in the picture, who was there, who spoke (issue 11, session 18).

A caption or a notes line that announces PEOPLE and then lists them publishes their names:
"Van links naar rechts: A, B, C en Dr. D", "Op de foto (vlnr): A en B", "Aanwezig: A B, C D",
"Sprekers: Prof. A B en C D", "Panel: …", "Moderator: …", "Deelnemers aan het gesprek: …",
"Achteraan A en B, vooraan C", "gemaakt door A (11) en B (9)". With the default scope a caption is
published as written except its credits, and the session-17 held-out set T17 published four first
names and "Dr. <surname>" of such a caption. The CLASS is structural -- the frame makes the list's
slots person slots, whatever the word lists know:

* the frame: a cue at the start of a line, sentence or clause -- a position phrase ("van links naar
  rechts", "v.l.n.r.", "vlnr", "op de foto", "de gauche à droite", "from left to right"), a
  people heading followed by a colon ("aanwezig", "sprekers", "panel", "moderator", "deelnemers",
  "jury", "interviewers", "met", "présents", "speakers", … with up to three lower-case words
  before the colon: "Interviewers van dienst:"), a place in the picture before a capital
  ("achteraan", "vooraan", "links", "rechts", "in het midden"), or a maker ("gemaakt door",
  "getekend door", …);
* the list: items split at commas, "en"/"and"/"et"/"&", up to the end of the line or the sentence
  (a title's or an initial's full stop does not end it); an item is a title (optional) and a run
  of capitalised words and particles, with an aside in brackets ("(11)", "(moderator)") that is
  no part of the name; the first item followed by lower-case words ends the list;
* who is a person: an item after a title ("Dr.", "Mevr.", "meester", "Mme" …) always; an item that
  opens in lower case ("de schepen", "twee jeugdwerkers") never; an item holding an organisation's
  cue word, a photo source, a place, a brand, a platform, a keep word, an acronym or a demonym is a
  THING; the list is one kind -- an item that is only ordinary words ("Storm", "Roos", "Formaat")
  or one word no list knows is a person when no item of the list is a thing (and the list holds two
  items or more, or the frame announces people), a thing beside things; an item with a listed first
  name or a word no list knows beside another word is a person in any list.

The persons are returned as :class:`.credits.Credit` stretches (the name without its title), so the
report adds them to its knowledge and masks them where they stand (captions and sections too), and
the detector reads them as a credit cue.

Since session 23 the headings, the item splitter and the one-kind decision are those of
:mod:`.person_headers` (shared with ``person_items`` and ``person_slot_lists``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from .lexicon import Lexicon, fold, phrase_sets
from .person_headers import HEADING_SOURCE, ONE_PERSON_RE, OneKind, split_items
from .person_reply_lines import reply_authors
from .scan import finditer_lowered, lowered_alike
from .table_cells import person_cells

#: A lower-case phrase anywhere in a text that may hold a frame (a cheap test first).
GATE_WORDS = ("links naar rechts", "vlnr", "v.l.n.r", "l.n.r", "op de foto", "gauche à droite", "left to right",
              "aanwezig", "spreker", "panel", "moderat", "deelnemer", "jury", "interview", "présent", "intervenant",
              "speaker", "attendee", "participant", "pictured", "met:", "met :", "avec :", "avec:", "presentat",
              "gespreksleid", "begeleiding:", "achteraan", "vooraan", "midden", "links", "rechts", "gemaakt door",
              "getekend door", "geschilderd door", "ontworpen door", "geschreven door", "sur la photo", "orateur",
              "gever", "gasten", "genodigden", "trainer", "facilitator", "begeleiders", "contactperso",
              "verslag", "notul", "fotograaf", "tekeningen", "dank", "bedankt", "merci", "thank")

_POSITION = (r"van\s+links\s+naar\s+rechts|\(?v\.?\s?l\.?\s?n\.?\s?r\.?\)?|\(?l\.?\s?n\.?\s?r\.?\)?|vlnr\.?"
             r"|de\s+gauche\s+[àa]\s+droite|(?:from\s+)?left\s+to\s+right|op\s+de\s+foto|sur\s+la\s+photo"
             r"|in\s+the\s+picture|pictured")
_HEADING = HEADING_SOURCE
_PLACE = r"achteraan|vooraan|links|rechts|in\s+het\s+midden|middenin|bovenaan|onderaan"
_MAKER = r"(?:gemaakt|getekend|geschilderd|ontworpen|geschreven)\s+door"
_THANKS = r"(?:met\s+)?(?:een\s+)?(?:dikke\s+)?dank\s+aan|bedankt|merci\s+à|thanks\s+to|thank\s+you"
_FRAME_SOURCE = (
    r"(?<![\w.])(?:(?P<pos>" + _POSITION + r")(?:[ \t]*\((?:v\.?\s?l\.?\s?n\.?\s?r\.?|vlnr)\))?[ \t]*:?"
    r"|(?P<head>" + _HEADING + r")(?:[ \t]+[a-zà-ÿ]+){0,3}[ \t]*:"
    r"|(?P<place>" + _PLACE + r")(?=[ \t]+[A-ZÀ-ÖØ-Þ])"
    r"|(?P<maker>" + _MAKER + r")|(?P<thanks>" + _THANKS + r")"
    r"|(?<=[a-zà-ÿ] )(?P<with>met|samen\s+met)(?=[ \t]+[A-ZÀ-ÖØ-Þ]))[ \t]*"
)
_FRAME_RE = re.compile(_FRAME_SOURCE, re.IGNORECASE)
#: The same pattern for the lower-case text, without re.IGNORECASE (scan.finditer_lowered: the
#: same matches, about twice as fast; session 19). Its literal letters are lower case; its letter
#: classes keep the flag where they stand ("(?i:[A-ZÀ-ÖØ-Þ])": a capital's class matches the
#: lower-case letter the text's capital became).
_FRAME_LOWER_RE = re.compile(_FRAME_SOURCE.replace("[a-zà-ÿ]", "(?i:[a-zà-ÿ])").replace("[A-ZÀ-ÖØ-Þ]", "(?i:[A-ZÀ-ÖØ-Þ])"))
#: What may stand before a frame: nothing, or a line's, a sentence's or a clause's end (and list
#: marks, a bracket or quotation marks).
_BEFORE_OK_RE = re.compile(r"(?:^|[\n.!?:;,(—–]|\s-)[ \t\"“”„«»'‘’*•\-]*$")
#: Where a list ends: a line end, a semicolon, a bar, a sentence's end (below).
_LIST_RE = re.compile(r"[^\n;|]{1,240}")
_ASIDE_RE = re.compile(r"\s*\([^()\n]{0,40}\)")
_TITLE_WORDS = frozenset({"dr", "drs", "prof", "professor", "mevr", "mevrouw", "mw", "dhr", "meneer", "mijnheer", "mr",
                          "mrs", "ms", "miss", "mme", "mlle", "madame", "mademoiselle", "monsieur", "m", "juf",
                          "juffrouw", "meester", "dokter", "ir", "ing", "pr", "pater", "zuster", "broeder", "sir",
                          "dame", "lady"})
#: Abbreviations whose full stop ends no sentence inside a list.
_ABBREVIATIONS = frozenset({"dr", "drs", "prof", "mevr", "mw", "dhr", "mr", "mrs", "ms", "mme", "mlle", "m", "ir", "ing",
                            "pr", "st", "sr", "jr", "dr.", "vlnr", "v.l.n.r", "l.n.r"})
_TOKEN_RE = re.compile(r"\S+")
_PARTICLES = frozenset({"van", "de", "der", "den", "le", "la", "du", "des", "ter", "ten", "von", "vom", "el", "al", "vande",
                        "vanden", "vander", "di", "da", "dos", "do", "bin", "ben", "ibn", "bint", "abu", "mc", "mac",
                        "o", "'t"})
#: Lower-case words that make a phrase an organisation's ("de jeugddienst", "het jeugdhuis").
_ORG_WORDS = frozenset({"jeugddienst", "jeugdhuis", "jeugdraad", "gemeente", "stad", "school", "vzw", "dienst", "chiro",
                        "scouts", "ksa", "klj", "speelplein", "werking", "vereniging", "club", "organisatie", "stichting",
                        "ocmw", "caw", "clb", "provincie", "ministerie", "agentschap", "jeugdbeweging", "jeugdwerking"})
_DETERMINERS = frozenset({"de", "het", "een", "twee", "drie", "vier", "vijf", "enkele", "alle", "onze", "ons", "hun",
                          "haar", "zijn", "mijn", "le", "la", "les", "un", "une", "des", "the", "a", "two", "our"})
#: An item opening with one of these opens the next frame's list.
_NEW_FRAME = frozenset({"achteraan", "vooraan", "links", "rechts", "middenin", "bovenaan", "onderaan", "vlnr", "v.l.n.r."})


#: A lower-case ASCII word and a space where a "met" frame's list opens (session 22): that word is
#: the list's first item's first token as the loop of :func:`listed_people` reads it (the stretch
#: holds it whole: no line end, ";", "|", sentence stop, item split or aside can fall inside it, and
#: 240 characters cover it), so unless it is a title the first item opens in lower case (or opens
#: the next frame's list) and the frame lists nobody: the frame is left before its stretch is read.
#: ("met de leiding", "met een ..." are most of the frames the pattern finds.)
_LOWER_WORD_RE = re.compile(r"([a-z]{1,239}) ")
#: Whether a "met" frame is left as soon as it can list nobody (:func:`listed_people`; the tests
#: switch it off to compare with the frame read whole).
_WITH_EXITS = True


_WITH_GATE_RE = re.compile(r"\bmet[ \t]+[A-ZÀ-ÖØ-Þ]")


def may_hold_list(text: str, lowered: str) -> bool:
    """Whether ``text`` (``lowered``: in lower case) may hold a person frame at all (a superset
    of the texts :func:`listed_people` finds a list in; since session 20 neither it nor
    ``credits.may_hold_any`` asks this first: the frame pattern's scan is its own gate).

    The gate words are a cheap first test; a text without any of them is asked the frame pattern
    itself (session 19: the words were no superset of the pattern -- "V. l. n. r.:" with spaces,
    "Afwezig:", "Hosts:", "Bovenaan <Naam>", "in the picture", "gauche a droite" passed the
    pattern but none of the words, and a caption so written published its list of names)."""
    if any(w in lowered for w in GATE_WORDS) or ("met " in lowered and _WITH_GATE_RE.search(text) is not None):
        return True
    if _may_hold_row(text):
        return True
    if lowered_alike(text, lowered):
        return _FRAME_LOWER_RE.search(lowered) is not None
    return _FRAME_RE.search(text) is not None


def _may_hold_row(text: str) -> bool:
    return "|" in text or "•" in text or "\n-" in text or "\n*" in text or text.lstrip()[:1] in ("-", "*", "–")


#: A list item or a table row that opens with a name and then a role: "• Storm, penningmeester",
#: "| Storm | animator | 3 jaar |", "- Wout Peeters – leiding" (a participant list).
_ROLE_ROW_RE = re.compile(
    r"(?m)^[ \t]*(?:[-•*·▪◦–][ \t]+|\|[ \t]*)"
    r"(?P<run>[A-ZÀ-ÖØ-Þ][^\s,|:;()\[\]]*(?:[ \t]+(?:(?:van|de|der|den|ter|ten|le|la|du|el|al|bin|ben)[ \t]+)*"
    r"[A-ZÀ-ÖØ-Þ][^\s,|:;()\[\]]*){0,2})[ \t]*(?:,|\||[ \t][–—-])[ \t]*(?:(?:de|het|een|onze|ons)[ \t]+)?"
    r"(?P<role>[^\W\d_]+)")


def _role_rows(text: str, lex: Lexicon) -> list[tuple[int, int, str]]:
    """The names that open a list item or table row before a role (see _ROLE_ROW_RE)."""
    from .detect import TITLES
    from .person_roles import title_kind

    out: list[tuple[int, int, str]] = []
    for m in _ROLE_ROW_RE.finditer(text):
        role = fold(m.group("role"))
        if role not in TITLES and not title_kind(role, TITLES):
            continue
        run = m.group("run").split()
        words = [w.rstrip(".,:!?") or w for w in run]
        folded = [fold(w) for w in words]
        if len(folded) == 1 and (folded[0] in lex.common or folded[0] in lex.calendar or folded[0] in TITLES):
            continue  # ("- Maandag, leiding", "| Voorzitter | ...")
        if _kind(words, lex, m.group("run").isupper() and len(m.group("run")) > 1) in ("thing", "weak thing"):
            continue  # ("• Chiro Gent, leiding", "| Gent | animator |")
        out.append((m.start("run"), m.end("run"), m.group("run")))
    return out


def _list_end(stretch: str) -> int:
    """Where the list in ``stretch`` ends: at a sentence's full stop (not a title's, an
    initial's or an abbreviation's), "!" or "?", or a dash between spaces."""
    for m in _LIST_STOP_RE.finditer(stretch):
        ch = stretch[m.start()]
        if ch == ".":
            word = _word_before(stretch, m.start())
            if word and (len(word) == 1 or fold(word) in _ABBREVIATIONS):
                continue
        return m.start()
    return len(stretch)


_LIST_STOP_RE = re.compile(r"[.!?…](?=\s|$)|\s[–—]\s|\s-\s")
#: Every offset where _LIST_STOP_RE matches (a look-ahead: overlapping matches too).
_LIST_STOP_AT_RE = re.compile(r"(?=[.!?…](?=\s|$)|\s[–—]\s|\s-\s)")
#: The frames of a text whose lists end by :func:`_list_end` of their stretch; later ones by :class:`_TextStops`.
_STOPS_AFTER = 8


def _real_stop(text: str, at: int) -> bool:
    """Whether the match of _LIST_STOP_RE at ``at`` ends a list (:func:`_list_end`'s test)."""
    if text[at] == ".":
        word = _word_before(text, at)
        if word and (len(word) == 1 or fold(word) in _ABBREVIATIONS):
            return False
    return True


class _TextStops:
    """:func:`_list_end` of stretches of one text, from the text's stops found once.

    :func:`_list_end` returns the first offset of its stretch where _LIST_STOP_RE matches and
    that is no title's, initial's or abbreviation's full stop (finditer skips only such a
    one-character match, so no match is lost behind it). Each frame reads a stretch of up to
    240 characters: a pasted run of frames ("v.l.n.r. <Naam>, " repeated) read every
    character ~13 times, with a look-back per full stop (issue 11, session 22). A stretch is
    ``text[at:at + len(stretch)]``, and an offset of it answers as the same offset of the text
    unless the answer reads past the stretch: the match's last character or its look-ahead
    beyond the stretch's end (the last three offsets), or the word before a full stop
    reaching back to the stretch's start (up to its first character that is no letter, and the
    one after it: a line break before the stop is stepped over). Those offsets are asked of
    the stretch itself, the others of the text's stops (a sorted list, found once)."""

    __slots__ = ("stops", "text")

    def __init__(self, text: str):
        self.text = text
        self.stops = [m.start() for m in _LIST_STOP_AT_RE.finditer(text) if _real_stop(text, m.start())]

    def list_end(self, at: int, stretch: str) -> int:
        """``_list_end(stretch)`` for ``stretch == text[at:at + len(stretch)]``."""
        n = len(stretch)
        letter = _LETTER_RE.match
        head = 0
        while head < n and letter(stretch, head) is not None:
            head += 1
        head = min(head + 2, n)  # (offsets below: asked of the stretch)
        tail = max(n - 3, head)  # (offsets from here: asked of the stretch)
        for q in range(head):
            if _LIST_STOP_RE.match(stretch, q) is not None and _real_stop(stretch, q):
                return q
        k = bisect_left(self.stops, at + head)
        if k < len(self.stops) and self.stops[k] < at + tail:
            return self.stops[k] - at
        for q in range(tail, n):
            if _LIST_STOP_RE.match(stretch, q) is not None and _real_stop(stretch, q):
                return q
        return n
#: one character of ``[^\W\d_]`` (a letter: a word character that is no digit nor "_")
_LETTER_RE = re.compile(r"[^\W\d_]")


def _word_before(text: str, end: int) -> str:
    r"""What ``re.search(r"([^\W\d_]+)$", text[:end])`` finds (its group, or "" without a
    match): the run of letters ending at ``end``, or ending right before a line break at
    ``end - 1`` (``$`` matches there too).

    (the search tried every position of the slice, for each full stop of a list's stretch:
    quadratic in the stretch, ~240 characters, per frame -- a pasted run of "v.l.n.r. <Naam>,"
    spent a quarter of its time there; the run is walked back from its end instead: session 21)"""
    if end > 0 and text[end - 1] == "\n":
        end -= 1
    k = end
    letter = _LETTER_RE.match
    while k > 0 and letter(text, k - 1) is not None:
        k -= 1
    return text[k:end]


def _split_title(words: list[str]) -> tuple[bool, list[str]]:
    """(whether the item opens with a title, the words after it)."""
    k = 0
    titled = False
    while k < len(words) - 1 and fold(words[k].rstrip(".")) in _TITLE_WORDS:
        titled = True
        k += 1
    return titled, words[k:]


def _name_run(words: list[str], common: frozenset[str] = frozenset()) -> tuple[list[str], bool]:
    """The leading run of capitalised words and the particles between them, and whether
    lower-case words follow it (then the list ends with this item); in capitals a function
    word ends it ("MEREL VOS VOOR ALLES")."""
    keep = 0
    for k, w in enumerate(words):
        if w.isupper() and len(w) > 1 and fold(w.strip(".,:!?")) in common and k > 0:
            return words[:keep], True
        if w[:1].isupper():
            keep = k + 1
        elif fold(w) in _PARTICLES and k + 1 < len(words) and words[k + 1][:1].isupper():
            continue
        else:
            return words[:keep], True
    return words[:keep], False


#: an item that ends with an age: "(17)", "(17 jaar)", a bare "17" (session 24: the place after it is a place)
_AGE_END_RE = re.compile(r"(?:\(\s*\d{1,2}\s*(?:j(?:aar)?\.?)?\s*\)|^\s*\d{1,2}\s*(?:j(?:aar)?\.?)?)\s*$")


def _thing_word(f: str, lex: Lexicon) -> bool:
    return f in lex.brands or f in lex.platforms or f in lex.chain_words or f in lex.keep_single


def _kind(words: list[str], lex: Lexicon, shouted: bool = False) -> str:
    """"thing", "person" (strong evidence), "word" (ordinary words only) or "unknown" (one
    word no list knows) for an item's name run.

    (the answer reads the words, ``shouted`` and the lexicon only: remembered for the
    lexicon last asked, by the words; a pasted run of frames lists the same names again and
    again, and the lists' look-ups cost ~20 us an item -- issue 11, session 22)"""
    global _KINDS
    memo = _KINDS
    if memo[0] is not lex:
        memo = _KINDS = (lex, {})
    key = (tuple(words), shouted)
    got = memo[1].get(key)
    if got is None:
        if len(memo[1]) >= _KINDS_MAX:
            memo[1].clear()
        got = memo[1][key] = _kind_of(words, lex, shouted)
    return got


#: (the lexicon last asked, (words, shouted) -> :func:`_kind`'s answer)
_KINDS: tuple[object, dict[tuple[tuple[str, ...], bool], str]] = (None, {})
_KINDS_MAX = 4096


def _kind_of(words: list[str], lex: Lexicon, shouted: bool = False) -> str:
    """:func:`_kind` worked out."""
    from .credits import _NOBODY, PHOTO_SOURCES
    from .detect import _ORG_CUES_AND_TAILS, _demonym, _dutch_like
    from .lexicon import english_words
    from .person_slot_pairs import _house_word

    folded = [fold(w.rstrip(".")) for w in words]
    content = [(w, f) for w, f in zip(words, folded, strict=True) if f not in _PARTICLES]
    if not content:
        return "thing"
    if len(folded) == 2 and folded[0] in ("de", "den", "het", "'t") and _house_word(folded[1], " ".join(folded), lex):
        return "thing"  # (session 24) "Bedankt, Het Depot, voor de zaal": a house's name, an article and a word
    for w, f in content:
        if re.search(r"\w[.@]\w", w):
            return "thing"  # ("Bol.com": a site)
        if f in _ORG_CUES_AND_TAILS or f in PHOTO_SOURCES or f in _NOBODY:
            return "thing"
        if not shouted and w.isupper() and len(f) >= 2 and (len(f) <= 5 or sum(c in "aeiouy" for c in f) < 2):
            return "thing"  # an acronym ("VVSG", "KSA")
    chains, phrases = phrase_sets(lex)
    if (tuple(folded) in chains or tuple(folded) in phrases
            or any(f in lex.keep_single for f in folded) and len(content) > 1):
        return "thing"
    things = sum(f in lex.places or f in lex.brands or f in lex.platforms or f in lex.chain_words
                 or f in lex.territories or f in lex.languages or f in lex.keep_single or _demonym(f, lex)
                 for _w, f in content)
    first = any(lex.first_name_no_word(f) for _w, f in content)
    english = english_words()
    unknown = [f for w, f in content if not (f in lex.first_names or f in lex.surnames or _dutch_like(f, w.lower(), lex)
                                             or f in lex.places or f in lex.brands or f in lex.keep_single or f in english)]
    if first and things < len(content):
        return "person"  # ("Sevgül Kılıçdağ", "Ilyasse Bouzerdaoui")
    if things:
        # ("Gent", "Lego": a weak thing, a person's name in a list of persons -- "Yuxi" is a
        # town too; "Studio Brussel", "Unicef België": a thing in any list)
        return "thing" if len(content) > 1 else "weak thing"
    if len(content) >= 2 and (unknown or any(f in lex.surnames for _w, f in content)):
        return "person"  # ("Rigmor Vanstaelen")
    if unknown:
        return "unknown"  # (one word no list knows: "Kapla", "Ysoline")
    if any(f in lex.first_names or f in lex.surnames for _w, f in content):
        return "person" if len(content) == 1 and not lex.is_word(folded[-1]) else "word"
    return "word"


#: a name on the next line of a wrapped list: its first word, then a lower-case word, a mark or the end
_WRAPPED_NAME_RE = re.compile(r"\n[ \t]*([A-ZÀ-ÖØ-Þ][^\W\d_]+(?:-[^\W\d_]+)?)(?=[ \t]+[a-zà-ÿ(]|[.,;:!?)]|[ \t]*(?:\n|\Z))")


def _wrapped_on(text: str, at: int, stretch: str, lex: Lexicon) -> str:
    """The list's stretch from ``at`` with the lines a PDF or a mail wrapped it over ("Van links naar
    rechts: Ayla\nKaradeniz en ..."): a line that ends in a capitalised word goes on when the next
    line opens with a capitalised word that is no Dutch word or place, followed by a lower-case word,
    a mark or the line's end (session 20)."""
    for _ in range(3):
        end = at + len(stretch)
        last = stretch.rsplit(None, 1)[-1] if stretch.strip() else ""
        if not last[:1].isupper() or not text.startswith("\n", end):
            break
        w = _WRAPPED_NAME_RE.match(text, end)
        if w is None:
            break
        f = fold(w.group(1))
        if lex.is_word(f) or f in lex.places or f in lex.calendar:
            break
        more = _LIST_RE.match(text, end + 1)
        stretch = text[at : more.end() if more else w.end()]
    return stretch


@lru_cache(maxsize=128)
def listed_people(text: str) -> tuple[tuple[int, int, str], ...]:
    """The persons the person frames of ``text`` list: ``(start, end, name)`` each, in order.

    (no gate before the frame pattern's scan: since session 19 :func:`may_hold_list` asks the
    pattern itself of every text without a gate word, so a gate before the scan cost the scan
    twice on such a text and the gate words on every other; the scan finds nothing where the
    gate said no, and the role rows are read only where :func:`_may_hold_row` says they may
    stand, as before -- session 20)"""
    from .lexicon import load_lexicon

    if not text:
        return ()
    lowered = text.lower()
    lex = load_lexicon()
    out: list[tuple[int, int, str]] = []
    frames = 0  # (frames read so far: after _STOPS_AFTER, the list ends come from the text's stops)
    stops: _TextStops | None = None
    for m in finditer_lowered(_FRAME_RE, _FRAME_LOWER_RE, text, lowered):
        frame = m.lastgroup or ""
        if frame != "with" and not _BEFORE_OK_RE.search(text[max(0, m.start() - 12) : m.start()]) and m.start() > 0:
            continue
        if frame == "with" and _WITH_EXITS:
            w = _LOWER_WORD_RE.match(text, m.end())
            if w is not None and w.group(1) not in _TITLE_WORDS:
                continue  # (the shortcut of the "hopeless" test below; see _LOWER_WORD_RE)
        s = _LIST_RE.match(text, m.end())
        if s is None:
            continue
        stretch = s.group(0)
        if text.startswith("\n", s.end()):
            stretch = _wrapped_on(text, m.end(), stretch, lex)
        frames += 1
        if frames <= _STOPS_AFTER:
            stretch = stretch[: _list_end(stretch)]
        else:
            if stops is None:
                stops = _TextStops(text)
            stretch = stretch[: stops.list_end(m.end(), stretch)]
        shouted = stretch.isupper() and m.group(0).strip().isupper()  # (a text in capitals: no acronyms)
        items: list[tuple[int, int, list[str], bool, str]] = []  # (start, end, words, titled, kind)
        # a "met" frame lists nobody once an item is no name of a person (see the test below the
        # loop): its other items are not read (session 22: "met de ...", "met een ..." are most of
        # the frames found, and each read its whole stretch)
        hopeless = False
        after_age = False  # (the item before ended with an age: "<Naam> (17)", "<Naam>, 17")
        for at, part_end in split_items(stretch, line=False):
            part = stretch[at:part_end]
            aged, after_age = after_age, _AGE_END_RE.search(part) is not None
            toks = [(t.start(), t.group(0)) for t in _TOKEN_RE.finditer(_ASIDE_RE.sub(lambda a: " " * len(a.group(0)), part))]
            if not toks:
                continue
            titled, rest = _split_title([w for _o, w in toks])
            offs = [o for o, _w in toks][len(toks) - len(rest):]
            if fold(rest[0]) in _NEW_FRAME:
                break  # ("Achteraan A en B, vooraan C": the next frame's list)
            if not rest[0][:1].isupper():
                if titled:
                    break
                if frame == "with" and _WITH_EXITS:
                    hopeless = True
                    break
                # a lower-case phrase: people described ("twee begeleiders", "een collega van de
                # dienst") say nothing of the names beside them; an organisation's ("de jeugddienst") does
                head = [fold(w.strip(".,:")) for w in rest if fold(w.strip(".,:")) not in _DETERMINERS][:1]
                org = bool(head) and head[0] in _ORG_WORDS
                items.append((0, 0, [], titled, "thing" if org else "phrase"))
                continue
            run, ends = _name_run(rest, lex.common)
            while len(run) > 1 and _thing_word(fold(run[-1].strip(".,:!?")), lex):
                run, ends = run[:-1], True  # ("met Tijl en Mats Fortnite gespeeld": the game is no surname)
            if not run:
                break
            last = run[-1] if re.fullmatch(r"[^\W\d_]\.", run[-1]) else run[-1].rstrip(".,:")
            start = m.end() + at + offs[0]
            end = m.end() + at + offs[len(run) - 1] + len(last)
            kind = "person" if titled else _kind([w.rstrip(".,:!?”\"»’").rstrip(".,:!?") or w for w in run], lex, shouted)
            if kind == "weak thing" and aged and len(run) == 1:
                kind = "home"  # "<Naam> (19), Temse": a listed place after a person's age is where they live (session 24; no thing for the list)
            if frame == "with" and _WITH_EXITS and kind not in ("person", "unknown"):
                hopeless = True
                break
            items.append((start, end, run, titled, kind))
            if ends:
                break
        if not items or hopeless:
            continue
        one = OneKind([k for *_x, k in items])  # (a single place's or brand's word among persons is a person)
        has_thing = one.has_thing
        named = [it for it in items if it[2]]
        for start, end, _run, _titled, kind in named:
            kind = one.kind_of(kind)
            # (ordinary words and one unknown word: persons when the list holds no thing)
            alone_ok = (kind == "unknown" or frame == "maker" or (frame == "head" and ONE_PERSON_RE.match(m.group("head")))
                        or (frame == "pos" and len(_run) >= 2))  # ("Op de foto: Li Wei aan de toog")
            if frame == "with" and not (len(named) >= 2 and len(named) == len(items) and not has_thing
                                        and all(it[4] in ("person", "unknown") for it in named)):
                continue  # ("de leiding met A, B en C": only a list of two or more, of names and no word)
            if kind == "person" or (kind in ("word", "unknown") and (one.words_are_persons(len(items)) or not has_thing and alone_ok)):
                out.append((start, end, text[start:end]))
    if _may_hold_row(text):
        out.extend(_role_rows(text, lex))
    if "|" in text:
        out.extend(person_cells(text))  # (session 26: "| 1 | Qwirkle | Medina | Rojhat T. |" under "Winnaar | 2e")
    out.extend(reply_authors(text))  # (session 26: "↳ <Achternaam>: klopt!!", a reply's author)
    out.sort()
    merged: list[tuple[int, int, str]] = []
    for c in out:
        if merged and c[0] < merged[-1][1]:
            continue
        merged.append(c)
    return tuple(merged)


def mark_listed(text: str, toks: list, listed: tuple[tuple[int, int, str], ...], min_conf: float,
                not_overridden: frozenset) -> None:
    """Mark the capitalised tokens inside the listed persons of ``text`` as a person (the
    detector's side: a listed word that is also a word or a month, "Aanwezig: Storm, …", is
    protected by shape otherwise)."""
    from bisect import bisect_left

    starts = [t.start for t in toks]
    for s, e, _name in listed:
        for k in range(bisect_left(starts, s), len(toks)):
            t = toks[k]
            if t.start >= e:
                break
            if t.person or not t.cap or t.protected in not_overridden - {None}:
                continue
            t.score, t.person, t.protected = max(t.score, 0.9, min_conf), True, None
            t.rule = "listed in a person frame"
