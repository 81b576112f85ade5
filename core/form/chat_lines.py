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
