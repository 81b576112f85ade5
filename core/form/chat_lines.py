"""Where the sender of a chat message stands on its line, in the shapes chat apps export
(issue 11, session 8).

A group chat pasted into a report writes one message a line, its sender in one of many
orders: "- x (14:05): ...", "x (14:05): ...", "[14:05] x: ...", "14:05 x: ...", "14:05 - x:",
"x om 14:05: ...", "x, 14:05: ...", "x 14u05: ...", "@x: ...", "x schreef: ...", WhatsApp
exports ("[05/06/23, 14:05] x: ...", "5/6/23 14:05 - x: ..."), and a Discord or Teams header
line with the message on the next line or after a colon ("x — vandaag om 14:05"). The sender may be one to four
words, in any case, with an emoji or a nickname in brackets after it.

Both the quotes reader (one quote per message) and the anonymiser (the sender is who wrote the
message, whatever the word) read the same shapes from here. A time stamp is strong evidence;
"@x:" and "x schreef:" are not (a newspaper writes too), so :attr:`ChatSender.stamped` tells
them apart. Every pattern is anchored at the line's start and bounded, so a line costs one
bounded match whatever its length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

#: Words that belong to the shape, never to the sender.
_SHAPE_WORDS = r"(?:om|at|schreef|schrijft|zei|wrote|vandaag|gisteren|eergisteren|today|yesterday)"
_WORD = rf"(?!{_SHAPE_WORDS}\b)[^\W\d_][\w'’.-]{{0,29}}"
#: One to four words; a lower-case particle inside ("silke van acker").
_NAME = rf"(?P<name>{_WORD}(?:[ \t]{_WORD}){{0,3}})"
#: Decoration after a sender: an emoji or symbol, a nickname in brackets ("noor 🌻", "jo (tijger)").
_DECOR = r"(?:[ \t]*(?:[^\w\s:\[\]()<>@,.'’\"-]{1,4}|\([^\W\d_][^()\n:]{0,20}\)))?"
_TIME = r"\d{1,2}[:.hu]\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?"
_DATE = r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"
#: A weekday before a stamp ("[wo 14:05]", "za. 09:12").
_WEEKDAY = (
    r"(?:ma|di|wo|do|vr|za|zo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|mon|tue|wed|thu|fri|sat|sun)"
    r"\.?,?[ \t]+"
)
_STAMP = rf"(?:{_WEEKDAY})?(?:{_DATE},?[ \t]+)?{_TIME}"
#: What may stand before a sender on its line: a Markdown quote, a bullet, an opening quote mark.
_LEAD = r"[ \t>*•·\"“„'‘«-]*"
_COLON = r"[ \t]*:(?!//)[ \t]*"

#: Sender first: "x (14:05):", "x om 14:05:", "x, 14:05:", "x 14u05:", "x schreef (om 14:05):",
#: a header line "x — vandaag om 14:05" / "x, 14:05" (the message follows on the next line), and
#: that header with the message after a colon on the same line ("x — vandaag om 14:05: ...").
_SENDER_FIRST_RE = re.compile(
    rf"{_LEAD}(?P<at>@)?{_NAME}{_DECOR}"
    rf"(?:"
    rf"[ \t]*[\[(][ \t]*(?P<s1>{_STAMP})[ \t]*[\])]{_COLON}"
    rf"|,?[ \t]+(?:om[ \t]+)?(?P<s2>{_STAMP}){_COLON}"
    rf"|[ \t]+(?P<wrote>schreef|schrijft|zei|wrote)(?:[ \t]+om[ \t]+(?P<s3>{_STAMP}))?{_COLON}"
    rf"|[ \t]*[—–-][ \t]*(?:(?:vandaag|gisteren|eergisteren|today|yesterday)[ \t]+)?(?:(?:om|at)[ \t]+)?"
    rf"(?P<s4>{_STAMP})[ \t]*(?::[ \t]*)?$"
    rf"|[ \t]*[—–-][ \t]*(?:vandaag|gisteren|eergisteren|today|yesterday)[ \t]+(?:(?:om|at)[ \t]+)?"
    rf"(?P<s6>{_STAMP}){_COLON}(?=\S)"
    rf"|,[ \t]*(?P<s5>{_STAMP})[ \t]*$"
    rf")",
    re.IGNORECASE,
)
#: "@x: ..." (a mention used as a sender).
_AT_RE = re.compile(rf"{_LEAD}@{_NAME}{_DECOR}{_COLON}")
#: Stamp first: "[14:05] x:", "14:05 x:", "(14:05) - x:", "[05/06/23, 14:05] x:", "5/6/23 14:05 - x:".
_STAMP_FIRST_RE = re.compile(
    rf"{_LEAD}(?:\[[ \t]*{_STAMP}[ \t]*\]|\([ \t]*{_STAMP}[ \t]*\)|{_STAMP})"
    rf"(?:[ \t]*[-–—,])?[ \t]+(?P<at>@)?{_NAME}{_DECOR}{_COLON}",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ChatSender:
    """The sender of one chat line: where it stands on the line, and what follows it."""

    start: int  #: offset of the sender's first letter on the line
    end: int  #: offset after its last letter
    body: int  #: offset where the message starts on the line (the line's end for a header)
    stamped: bool  #: a time stamp goes with it (strong evidence); "@x:", "x schreef:" are weaker

    def name(self, line: str) -> str:
        return line[self.start : self.end]


#: What every shape needs somewhere on its line: a digit (a stamp), "@", or a writing verb.
#: ("x zei:" without a stamp is no chat line: see :func:`chat_sender`; with one, the digit is there.)
_MAY_SHAPE_RE = re.compile(r"\d|@|[Ss]chr|[Ww]rote")
_ENDS_IN_DIGIT_RE = re.compile(r"\d[ \t]*$", re.MULTILINE)
#: Lines longer than this are read only up to it (a sender stands at the start).
_REACH = 120


def chat_sender(line: str) -> ChatSender | None:
    """The sender of ``line`` when it is written as a chat message (any shape above)."""
    if not line:
        return None
    head = line[:_REACH] if len(line) > _REACH else line
    if ":" not in head and not head.rstrip()[-1:].isdigit():
        return None  # (every shape has a colon, but a header line that ends in its stamp)
    if _MAY_SHAPE_RE.search(head) is None:
        return None
    z = _zoom_match(head)  # (session 18: "hh:mm:ss Van <Naam> aan Iedereen:", before the other shapes)
    if z is not None:
        return ChatSender(z.start("name"), z.end("name"), z.end(), True)
    m = _STAMP_FIRST_RE.match(head)
    if m:
        return ChatSender(m.start("name"), m.end("name"), m.end(), True)
    m = _SENDER_FIRST_RE.match(head)
    if m is None:
        m = _AT_RE.match(head)
        return None if m is None else ChatSender(m.start("name"), m.end("name"), m.end(), False)
    stamped = any(m.group(g) for g in ("s1", "s2", "s3", "s4", "s5", "s6"))
    if not stamped and not m.group("at") and not m.group("wrote"):
        return None
    if m.group("wrote") and m.group("wrote").lower() == "zei" and not stamped:
        return None  # ("x zei: ..." is a quote's own attribution, read elsewhere)
    body = m.end() if not (m.group("s4") or m.group("s5")) else len(line)
    return ChatSender(m.start("name"), m.end("name"), body, stamped)


def chat_senders_in(text: str) -> tuple[tuple[int, ChatSender], ...]:
    """Every chat line of ``text`` with its sender: (the line's start offset, sender)."""
    if ":" not in text and _ENDS_IN_DIGIT_RE.search(text) is None or _MAY_SHAPE_RE.search(text) is None:
        return ()  # (every shape has a colon but a header line, which ends in its time stamp)
    out = []
    start = 0
    for line in text.split("\n"):
        s = chat_sender(line)
        if s is not None:
            out.append((start, s))
        start += len(line) + 1
    return tuple(out)


#: Words that open an agenda or notice line, never a sender ("Zaterdag om 14:00: ...").
_NOT_SENDERS = frozenset(
    """maandag dinsdag woensdag donderdag vrijdag zaterdag zondag vandaag morgen gisteren overmorgen
    januari februari maart april mei juni juli augustus september oktober november december
    vertrek aankomst start begin einde pauze les training vergadering repetitie update versie
    deadline afspraak opening sluiting deur deuren ontbijt middag avond ochtend namiddag
    om tot van vanaf rond ik jij je hij zij ze we wij jullie het de een dat die dit er""".split()
)
_LETTERS_RE = re.compile(r"[^\W\d_]+(?:['’.-][^\W\d_]+)*\.?")


def chat_line_sender(line: str, *, strong: bool = False) -> tuple[str, str] | None:
    """(sender, message) of a chat line for the quotes reader: a sender shape whose words are
    letters and whose first word opens no agenda line; ``strong``: only a time-stamped shape."""
    s = chat_sender(line)
    if s is None or (strong and not s.stamped):
        return None
    words = s.name(line).split()
    if words[0].lower() in _NOT_SENDERS or not all(_LETTERS_RE.fullmatch(w) for w in words):
        return None
    if len(words) > 1 and not (words[0][0].isupper() or s.stamped):
        return None  # (several lower-case words without a stamp: a sentence, not a sender)
    body = line[s.body :].strip()
    opener = line[: s.start].strip(" \t>*•·-")
    if opener and body and body[-1] in _CLOSERS.get(opener[-1], ""):
        body = body[:-1].rstrip()  # ('"- x (14:05): message"': a chat line quoted whole)
    return s.name(line), body


_CLOSERS = {'"': '"”', "“": "”“", "„": "”“", "'": "'’", "‘": "’‘", "«": "»"}


@lru_cache(maxsize=2048)
def line_sender(line: str) -> tuple[str, str] | None:
    """``chat_line_sender(line) or zoom_sender(line)``: (sender, message) of a line in any sender
    shape, remembered for the last lines asked (session 23: the quotes reader asks it of every
    cleaned line of a section up to three times -- as a chat line, as a chat header and in its
    chat blocks; both functions read only the line and this module's constants, and the answer
    is a tuple of strings, so a remembered answer is the same answer)."""
    return chat_line_sender(line) or zoom_sender(line)


# -- a sender joined to its message without a colon (session 18) --------------------------------
# The PDF form's text extraction (and a copy from Teams' new client) puts a time stamp, the display
# name and the message on one line: "[10:46] <Voornaam> <Achternaam> is de link al gedeeld?",
# "10:46 <Voornaam> (Gast) Good point". No colon says where the name ends, so the structure does:
# after the stamp a run of capitalised (or ALL-CAPS) words with lower-case particles between them,
# "Surname, First", then decoration ("(Gast)", an emoji) or the message: a lower-case word, or a
# capitalised word that opens a sentence ("Bij", "Kunnen", "Good", ...: a closed class of function
# words and auxiliaries, never names). One such line proves nothing (an agenda writes "14:00 Welkom
# door de schepen"): the quotes reader takes them only as a block (see quotes.chat_block).

_JOINED_HEAD_RE = re.compile(
    rf"[ \t>*•·-]*(?:\[[ \t]*{_STAMP}[ \t]*\]|\([ \t]*{_STAMP}[ \t]*\)|{_STAMP})(?:[ \t]*[-–—,])?[ \t]+(?=\S)",
    re.IGNORECASE,
)
_TOKEN_RE = re.compile(r"\S+")
_NAME_TOKEN_RE = re.compile(r"[^\W\d_](?:[\w'’.-]{0,29})")
#: Lower-case words that stand between the parts of a name ("van der", "de la", "bin").
_JOINED_PARTICLES = frozenset(
    "van de der den het 't ter ten te von zu el al la le du da di dos das del della bin ben ibn d' vd v. y e".split()
)
#: Capitalised words that open a message, never a name: Dutch, English and French function words,
#: greetings and auxiliaries (a closed class; no name is listed).
_MESSAGE_OPENERS = frozenset(
    """aan al alle als alvast bedankt bij dag dan dank dat de deze die dit doe doen door een eens en
    er even geen goed goede goedemiddag goedemorgen goeiemorgen goeienavond graag haha hallo heb hebben
    heeft hey hi hier hoe hoi hoor ik in is ja jaja je jij jullie kan kunnen kun maar mag me mee meer
    met misschien moet moeten mogen na naar nee niet nog nu of oké ok oke ook op over sorry super te
    toch top tot uit van veel voor waar wanneer want was wat we welke wie wij wil willen zal zeker zie
    zijn zo zou
    a all also and any are can could did do does for from good great hello here how i if is it just
    let maybe my no not of oh ok okay on please same so sorry thank thanks that the there this to we
    what when where which who why will with yes you
    bonjour bonsoir ce cela ces c'est chez comment dans des du en est est-ce il ils je la le les mais
    merci moi nous on oui pour qui salut une vous""".split()
)
#: Words that open an agenda or programme line, never a display name.
_AGENDA_WORDS = frozenset(
    """welkom onthaal workshop workshops lunch sessie ronde keynote panel receptie afsluiting inleiding
    slot koffie koffiepauze middagpauze presentatie plenair plenaire""".split()
)
_DECOR_TOKEN_RE = re.compile(r"[^\w\s]{1,6}")


def _is_name_token(word: str) -> bool:
    return bool(_NAME_TOKEN_RE.fullmatch(word)) and (word[0].isupper() or word.isupper())


def joined_sender(line: str, *, header: bool = False) -> tuple[int, int, int] | None:
    """(start, end, body) of the display name in a stamped chat line without a colon after the
    name ("[10:46] <Voornaam> <Achternaam> is de link al gedeeld?"), or None. ``body`` is where the
    message starts. ``header``: also a line that holds only the stamp and the name ("[10:46]
    <Voornaam> <Achternaam>", "[10:47] <Achternaam>, <Voornaam> (Gast)": the message follows on the
    next line); its ``body`` is the line's end. Bounded: only the line's first ``_REACH``
    characters are read."""
    head = line[:_REACH] if len(line) > _REACH else line
    m = _JOINED_HEAD_RE.match(head)
    if m is None:
        return None
    tokens = [(t.start(), t.end(), t.group()) for t in _TOKEN_RE.finditer(head, m.end())][:12]
    if not tokens:
        return None
    words: list[tuple[int, int, str]] = []  # the run: (start, end, word)
    n = 0
    i = 0
    decor_end = None
    while i < len(tokens) and n < 4:
        s, e, tok = tokens[i]
        word = tok.rstrip(",")
        comma = tok.endswith(",") and len(word) < len(tok)
        if _is_name_token(word) and not (words and word.lower() in _JOINED_PARTICLES and not word.isupper()):
            words.append((s, s + len(word), word))
            n += 0 if word.lower() in _JOINED_PARTICLES else 1
            i += 1
            if comma:
                # "Surname, First": the comma stays inside the name once, between two name words
                if n == 1 and i < len(tokens) and _is_name_token(tokens[i][2].rstrip(",")):
                    continue
                break
            continue
        if words and word.lower() in _JOINED_PARTICLES and i + 1 < len(tokens) and _is_name_token(tokens[i + 1][2]):
            words.append((s, e, word))
            i += 1
            continue
        break
    if not words:
        return None
    # decoration right after the name: "(Gast)", "(extern)", "(hij/hem)", an emoji
    if i < len(tokens):
        s, e, tok = tokens[i]
        if tok.startswith("("):
            close = head.find(")", s)
            if 0 < close - s <= 24 and "\n" not in head[s:close]:
                decor_end = close + 1
        elif _DECOR_TOKEN_RE.fullmatch(tok) and tok not in ("-", "–", "—", "@", ":"):
            decor_end = e
    rest = head[decor_end if decor_end is not None else words[-1][1] :]
    if header and not rest.strip() and len(head) == len(line):
        first = words[0][2].lower()
        if first in _NOT_SENDERS or first in _AGENDA_WORDS or first in _MESSAGE_OPENERS:
            return None
        return words[0][0], words[-1][1], len(line)
    if decor_end is None:
        # a capitalised run that swallowed the message's first word(s): "... Goedemorgen allemaal"
        while len(words) > 1 and words[-1][2].lower() in _MESSAGE_OPENERS:
            words.pop()
        while len(words) > 1 and words[-1][2].lower() in _JOINED_PARTICLES:
            words.pop()
    first = words[0][2].lower()
    if first in _NOT_SENDERS or first in _AGENDA_WORDS or first in _MESSAGE_OPENERS:
        return None
    end = words[-1][1]
    body = decor_end if decor_end is not None else end
    while body < len(line) and line[body] in " \t":
        body += 1
    if body >= len(line) or not line[body:].strip():
        return None  # (no message after the name: a header line, read elsewhere)
    return words[0][0], end, body


# -- Zoom's saved chat (session 18) ---------------------------------------------------------------
# "14:10:22 Van <Naam> aan Iedereen: ...", "14:11:05 From <Name> to Everyone: ...", "... naar
# Iedereen : ...", a private message "Van <Naam> aan <Naam> (privé): ...", pronouns after the name
# "(hij/hem)", and the older "00:14:33 From <Name> : ...". The words "Van/From" and "aan/naar/to"
# belong to the shape; the sender is what stands between them.
_ZOOM_WORD = rf"(?!(?:aan|naar|to|{_SHAPE_WORDS})\b)[^\W\d_][\w'’.-]{{0,29}}"
_ZOOM_RE = re.compile(
    rf"{_LEAD}{_STAMP}[ \t]+(?:van|from)[ \t]+(?P<name>{_ZOOM_WORD}(?:[ \t]{_ZOOM_WORD}){{0,3}}){_DECOR}"
    rf"(?:[ \t]+(?:aan|naar|to)[ \t]+(?P<to>[^:\n]{{1,60}}?))?[ \t]*:(?!//)[ \t]*(?=\S)",
    re.IGNORECASE,
)


def _zoom_match(head: str) -> re.Match[str] | None:
    m = _ZOOM_RE.match(head)
    if m is None:
        return None
    name, to = m.group("name"), (m.group("to") or "").strip().lower()
    if name.split()[0].lower() in _NOT_SENDERS:
        return None
    if to and to not in _ZOOM_EVERYONE and not _ZOOM_PRIVATE_RE.search(to):
        return None  # ("14:00 Van Gent naar Brussel: ..." is a timetable, not Zoom)
    return m


def zoom_sender(line: str) -> tuple[str, str] | None:
    """(sender, message) of a line of Zoom's saved chat, or None."""
    m = _zoom_match(line[:_REACH] if len(line) > _REACH else line)
    return None if m is None else (m.group("name"), line[m.end() :].strip())


_ZOOM_EVERYONE = frozenset(("iedereen", "everyone", "allen", "alle deelnemers", "all panelists", "alle panelleden"))
_ZOOM_PRIVATE_RE = re.compile(r"\((?:privé|prive|privately|direct message|rechtstreeks bericht|privébericht)\)$")
