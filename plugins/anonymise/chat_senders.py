"""The sender of a time-stamped chat line, in any case (issue 11, session 7).

A chat export writes every message as "[20:32] sender: message" (or "20:32 - sender:",
"(20:32) sender:"). What stands between the time stamp and the colon is who wrote the
message, whatever the word is besides: a first name that is also a Dutch word ("berk",
"Storm", "Mees"), a place abroad that is also a name, a nickname. Session 6 read such a
line as a chat message, but judged its sender by the lists (a Dutch word was no sender).

Not a sender: the label words of a notice ("[20:32] update: ...", "Vraag:"), frequent
words, calendar, platform and keep words, places at home, and compounds (a group or a
team: "kampleiding").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .lexicon import fold
from .particles import NAME_PARTICLES

if TYPE_CHECKING:
    from .detect import Token
    from .lexicon import Lexicon

#: The start of a line up to its sender: a time stamp ("[20:32] ", "(9:04) ", "21:30 - ").
_STAMP_RE = re.compile(r"[ \t>*•\"“'-]*[\[(]?\d{1,2}[:.]\d{2}(?::\d{2})?[\])]?(?:[ \t]*[-–—,])?[ \t]+")
#: How far from the line's start a sender may begin (decoration, stamp, first word).
_REACH = 48
#: Words that label a notice or a field, not a sender.
LABEL_WORDS = frozenset(
    {
        "update",
        "vraag",
        "antwoord",
        "tip",
        "info",
        "opmerking",
        "locatie",
        "plaats",
        "datum",
        "uur",
        "tijd",
        "mededeling",
        "herinnering",
        "reminder",
        "link",
        "foto",
        "video",
        "bericht",
        "nieuws",
        "agenda",
        "programma",
        "menu",
        "adres",
        "prijs",
        "status",
        "edit",
        "ps",
        "nb",
        "let",
        "opgelet",
        "belangrijk",
        "nota",
        "noot",
        "note",
        "todo",
        "taak",
        "taken",
        "thema",
        "onderwerp",
        "afspraak",
        "wie",
        "wat",
        "waar",
        "wanneer",
        "hoe",
        "waarom",
        "systeem",
        "system",
        "admin",
        "bot",
        "groep",
        "iedereen",
        "allen",
        "alle",
        "kanaal",
        "channel",
        # (the anonymiser's own role labels: "[20:32] een deelnemer: ...")
        "deelnemer",
        "sessiegever",
        "verslaggever",
        "persoon",
    }
)


def _stamp_before(text: str, line_start: int, pos: int) -> bool:
    return _STAMP_RE.fullmatch(text, line_start, pos) is not None


def _colon_after(text: str, tok: Token) -> bool:
    return text[tok.end : tok.end + 1] == ":" and text[tok.end : tok.end + 3] != "://"


_STAMP_START_RE = re.compile(r"^[ \t>*•\"“'-]*[\[(]?\d{1,2}[:.]\d{2}", re.MULTILINE)


@lru_cache(maxsize=8)
def _stamped_line_starts(text: str) -> frozenset[int]:
    """Where the lines that open with a time stamp start (once per text: most texts have none)."""
    if ":" not in text and "." not in text:
        return frozenset()
    return frozenset(m.start() for m in _STAMP_START_RE.finditer(text))


def may_hold_sender(text: str) -> bool:
    """False only when :func:`stamped_sender` is False for every token of ``text``: it holds
    no chat line of a shape :mod:`perskamer.form.chat_lines` knows and no line that opens
    with a time stamp (asked once per text; the analysis then asks no token)."""
    last = _LAST
    senders = last[1] if last[0] is text else _senders_by_line(text)
    return senders is not None or bool(_stamped_line_starts(text))


def stamped_sender(text: str, toks: list[Token], i: int, offsets: list[int]) -> bool:
    """Whether token ``i`` is (part of) the sender of a chat line: a time-stamped line's
    sender (any shape of :mod:`perskamer.form.chat_lines`: "- x (14:05):", "x om 14:05:", "x —
    vandaag om 14:05" ...), which may override a place, brand or language reading, or the
    sender of "@x:" / "x schreef:" when no list protects it. ``offsets``: where each line
    of ``text`` starts."""
    last = _LAST
    senders = last[1] if last[0] is text else _senders_by_line(text)
    if senders is not None and _shaped_sender(text, toks[i], senders):
        return True
    stamped = _stamped_line_starts(text)
    if not stamped:
        return False
    tok = toks[i]
    line_start = offsets[max(0, bisect_right(offsets, tok.start) - 1)]
    if line_start not in stamped or tok.start - line_start > _REACH:
        return False  # (a sender stands right after the stamp: the test reads a bounded prefix)
    if _stamp_before(text, line_start, tok.start):
        if _colon_after(text, tok):
            return True
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is None or text[tok.end : nxt.start] != " ":
            return False
        if _colon_after(text, nxt):
            return True
        # "[20:14] <Naam> Van <Achternaam>:": a capitalised particle and the surname (session 17)
        surname = toks[i + 2] if i + 2 < len(toks) else None  # (not `last`: the memo above; mypyc types each name once)
        return (surname is not None and nxt.cap and nxt.folded in NAME_PARTICLES and text[nxt.end : surname.start] == " "
                and surname.cap and _colon_after(text, surname))
    prev = toks[i - 1] if i > 0 else None
    return (
        prev is not None
        and prev.start >= line_start
        and text[prev.end : tok.start] == " "
        and _colon_after(text, tok)
        and _stamp_before(text, line_start, prev.start)
    )


_LETTERS_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
#: Kin words that a sender writes beside a child's name ("lien mama", "papa van noor").
_KIN_IN_SENDERS = frozenset("mama papa mams paps mam pap moeder vader oma opa tante nonkel oom van".split())


def _shaped_sender(text: str, tok: Token, senders: tuple[list[int], list]) -> bool:
    """Whether ``tok`` stands in the sender of a chat line of a shape :mod:`chat_lines`
    knows (``senders``: the text's, :func:`_senders_by_line`), and the sender's words may all
    be a sender's (one word that may not, such as "Chiro" or "De", makes the whole an
    organisation or a sentence: none is a sender)."""
    k = bisect_right(senders[0], tok.start) - 1
    if k < 0:
        return False
    line_start, sender = senders[1][k]
    start, end = line_start + sender.start, line_start + sender.end
    if not (start <= tok.start and tok.end <= end):
        return False
    if tok.protected and not sender.stamped:
        return False
    if tok.folded in _KIN_IN_SENDERS:
        return False  # ("ji mama:": the name beside the kin word is the sender's, the kin word stays)
    return _sender_words_ok(text[start:end], sender.stamped)


#: (the text asked last, its senders: asked once per token of one text; one tuple, replaced
#: whole: a thread never reads one text's senders for another)
_LAST: tuple[Any, Any] = (None, None)
#: perskamer.form.chat_lines.chat_senders_in, once imported
_CHAT_SENDERS_IN: list[Any] = [None]


def _senders_by_line(text: str) -> tuple[list[int], list] | None:
    global _LAST
    last = _LAST
    if last[0] is text:
        return last[1]
    find = _CHAT_SENDERS_IN[0]
    if find is None:
        # (imported on the first call, not at the module's: once, not once per text -- session 18)
        from perskamer.form import chat_lines

        find = _CHAT_SENDERS_IN[0] = chat_lines.chat_senders_in
    found = find(text)
    headers = call_headers(text)
    if headers:
        found = tuple(sorted(found + headers, key=lambda f: f[0] + f[1].start))
    got = ([ls + s.start for ls, s in found], list(found)) if found else None
    _LAST = (text, got)
    return got


@lru_cache(maxsize=256)
def _sender_words_ok(name: str, stamped: bool) -> bool:
    from .lexicon import load_lexicon

    words = name.split()
    if len(words) > 1 and not stamped and not words[0][:1].isupper():
        return False  # (lower-case words without a time stamp: a sentence)
    return sender_name(words, load_lexicon())


def sender_name(words: list[str], lex: Lexicon) -> bool:
    """Whether the words of a chat sender (or of a lower-case speaker the quotes reader found
    as one: "storm", "silke van acker") may all be a sender's; particles inside pass."""
    from .person_context import home_place

    if all(fold(w) in _KIN_IN_SENDERS for w in words):
        return False  # ("mama:" alone: a role, not a name)
    for n, w in enumerate(words):
        if n and w in NAME_PARTICLES or fold(w) in _KIN_IN_SENDERS:
            continue
        if not _LETTERS_RE.fullmatch(w) or not sender_word(w, lex, home_place(fold(w))):
            return False
    return bool(words)


def sender_word(word: str, lex: Lexicon, home_place: bool) -> bool:
    """Whether a word may be a sender: no label, frequent, calendar, platform or keep word,
    no place at home (``home_place``), no compound."""
    from .detect import is_compound  # (detect imports this module)

    f = fold(word)
    if len(f) < 2 or f in LABEL_WORDS or f in lex.common or f in lex.calendar or f in lex.platforms:
        return False
    if f in lex.keep_single or home_place:
        return False
    return f in lex.first_names or f in lex.name_words or not (len(f) >= 8 and is_compound(f, lex))


#: A video-call chat's header line, the message on the next line: "12:41:08 Van x aan Iedereen:",
#: "12:41:08 From x to Everyone:", "From x to Me (Direct Message):" (Zoom, Webex; session 12). The
#: words between "Van"/"From" and "aan"/"naar"/"to" are the sender; a person the message went to
#: privately stands after "aan"/"to". Without a time stamp only when it goes to everyone or to me.
_CALL_HEADER_RE = re.compile(
    r"^[ \t>*•-]*(?P<stamp>[\[(]?\d{1,2}[:.]\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?[\])]?[ \t]+)?"
    r"(?:[Vv]an|[Ff]rom)[ \t]+(?P<name>[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,3}?)"
    r"(?:[ \t]*\([^()\n:]{1,20}\))?[ \t]+(?:aan|naar|to)[ \t]+"
    r"(?P<to>[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,3}?)"
    r"(?:[ \t]*\((?i:privé|prive|privately|direct message|direct bericht|privébericht)\))?[ \t]*:",
    re.MULTILINE,
)
#: Who a message to all goes to (never a person).
_TO_ALL = frozenset("iedereen allen everyone all mij me".split())


def call_headers(text: str) -> tuple:
    """(line start, :class:`ChatSender`) of the sender, and of a person the message went to
    privately, of every video-call header line in ``text`` (:data:`_CALL_HEADER_RE`)."""
    if ":" not in text or (" aan " not in text and " to " not in text and " naar " not in text):
        return ()
    from perskamer.form.chat_lines import ChatSender

    out = []
    for m in _CALL_HEADER_RE.finditer(text):
        to = m.group("to")
        if not m.group("stamp") and fold(to) not in _TO_ALL:
            continue  # (without a stamp: "Van de gemeente naar de school: ..." is a sentence)
        line_start = text.rfind("\n", 0, m.start()) + 1
        body = m.end() - line_start
        out.append((line_start, ChatSender(m.start("name") - line_start, m.end("name") - line_start, body, True)))
        if fold(to) not in _TO_ALL and fold(to.split()[0]) not in _TO_ALL:
            out.append((line_start, ChatSender(m.start("to") - line_start, m.end("to") - line_start, body, True)))
    return tuple(out)


_SENDER_LINE_RE = re.compile(r"^" + _STAMP_RE.pattern + r"([^\W\d_]+(?:[ '’-][^\W\d_]+)?)(?=:(?!//))", re.MULTILINE)


def published_senders(text: str) -> list[tuple[int, int]]:
    """The senders left in a published (anonymised) text: (start, end) of each word that
    stands as the sender of a time-stamped chat line and may be one (:func:`sender_word`).
    The guard's net under :func:`stamped_sender` (a placeholder "[persoon 1]" is no match:
    its bracket is no letter)."""
    from .lexicon import load_lexicon
    from .person_context import home_place

    lex = load_lexicon()
    out = []
    for m in _SENDER_LINE_RE.finditer(text):
        for w in re.finditer(r"[^\W\d_]+", m.group(1)):
            word = w.group(0)
            if sender_word(word, lex, home_place(fold(word))):
                out.append((m.start(1) + w.start(), m.start(1) + w.end()))
    from perskamer.form.chat_lines import chat_senders_in

    for line_start, sender in chat_senders_in(text) + call_headers(text):  # every time-stamped shape (session 8)
        start, end = line_start + sender.start, line_start + sender.end
        if not sender.stamped or not _sender_words_ok(text[start:end], True):
            continue
        for w in _LETTERS_RE.finditer(text, start, end):
            f = fold(w.group(0))
            if f not in _KIN_IN_SENDERS and f not in NAME_PARTICLES and (w.start(), w.end()) not in out:
                out.append((w.start(), w.end()))
    return out
