"""Author and metadata lines of any platform's export (issue 11, session 19).

Reporters paste what a platform shows around a post, a comment, a question or a chat message:
an author line, a metadata line, or both on one line. Session 18 read two platforms' shapes
(``export_lines``: a post-it wall, Instagram comments); the blind sets kept finding new ones
(Slido, Wooclap, YouTube, Facebook, LinkedIn, TikTok, X, Slack, Teams, Google Meet, Webex,
Messenger, Telegram, Google Docs comments, Miro/Mural notes, e-mail headers). This module reads
the class they share instead of each platform:

* a **metadata line** holds only metadata: a clock time, a relative time (``2 u``, ``3 min``,
  ``gisteren``), a date, a counter (``♥ 3``, ``12 likes``, ``5 vind-ik-leuks``, ``3 reacties``, a
  bare number next to another token), a platform's UI word (``Beantwoorden``, ``Reply``, ``Like``,
  ``Leuk vinden``, ``Reageren``, ``Bewerkt``, ``Vastgemaakt``, ``Maker``...), a connection degree
  (``2e``, ``3e+``), separators (``· • | – -``), emoji; at least one token that is no plain date;
* an **author line with metadata**: a name-like run (a person's or organisation's name, a handle,
  ``Name @handle``) followed by metadata on the same line (``<Naam> · 14 likes · 10:42``,
  ``<Naam>  10:42 AM``, ``<Naam> · 1 uur geleden (bewerkt)``, ``<Naam> • 2e``, ``<Naam>,
  [14.03.23 10:42]``, ``<Naam> @<handle> · 14 mrt``, ``<Naam> (auteur)``);
* a **name line**: a name-like run alone on its line, an author when a metadata line follows it
  (directly, or after the post's one to three lines), when a reply (``↳``) follows it, or when the
  same name opens two messages of the block (a chat copied without time stamps);
* an **e-mail header** (``Van:``/``Aan:``/``CC:``/``From:``/``To:`` with a ``Onderwerp:``/
  ``Verzonden:``/``Subject:``/``Sent:`` line near it), a **signature** under a note (``— <Naam>``),
  a **table row** of an export with an ``Author``/``Auteur``/``Naam`` column, a **video-call chat
  header** (``van <Naam> aan iedereen: 10:50``).

:func:`generic_items` returns each author with the lines of its item. Whether a name is a
person's or an organisation's is not decided here: the anonymiser's speaker rules keep an
organisation (``speaker_name``). Every pattern is anchored and bounded.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from .chat_lines import line_sender

_MONTH = (
    r"(?:jan|feb|febr|mrt|maart|mar|march|apr|april|mei|may|jun|juni|june|jul|juli|july|aug|augustus|august|"
    r"sep|sept|september|okt|oktober|oct|october|nov|november|dec|december|januari|january|februari|february)\.?"
)
_CLOCK = r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?|\d{1,2}u\d{2}"
_DATE = (
    rf"(?:\d{{1,2}}[ \t]+{_MONTH}(?:[ \t]+\d{{4}})?|{_MONTH}[ \t]+\d{{1,2}}(?:,[ \t]*\d{{4}})?"
    r"|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{4}-\d{2}-\d{2})"
)
_WEEKDAY = (r"(?:ma|di|wo|do|vr|za|zo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|"
            r"mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.?,?")
_AGO = (
    r"(?:\d{1,3}[ \t]*(?:s|sec|min|m|u|uur|h|hr|hrs|d|dg|dgn|dag|dagen|day|days|w|wk|weken|week|weeks|"
    r"mnd|maand|maanden|j|jr|jaar|y|minuut|minuten|seconden|hours?|minutes?)(?:[ \t]+(?:geleden|ago))?"
    r"|nu|now|just now|zonet|net|gisteren|yesterday|vandaag|today|eergisteren)"
)
_UI = (
    r"(?:beantwoorden|beantwoord|antwoorden|reageren|reageer|reply|replies|like|liked|leuk vinden|vind ik leuk|"
    r"interessant|steunen|gefeliciteerd|delen|share|bewerkt|edited|vastgemaakt|pinned|gemarkeerd|"
    r"vertaling bekijken|see translation|meer weergeven|see more|maker|creator|auteur|author|"
    r"beheerder|admin|moderator|host|organisator|sessiegever|spreker|gast|guest|extern|external|"
    r"volgen|follow|opgelost|resolved|heropenen|reopen|verzonden|sent|gelezen|seen|bot|app|"
    r"aan iedereen|to everyone|naar iedereen|upvote|stem|vote)"
)
_COUNTER = (
    r"(?:[♥❤♡💜🧡💙💚🖤🤍👍👏🔥😂❤️]\ufe0f?[ \t]*\d{1,6}|\d{1,6}[ \t]*[♥❤♡👍]\ufe0f?"
    r"|\d{1,3}(?:[.,]\d{3})*[ \t]*(?:vind-ik-leuks?|likes?|reacties|reactie|antwoorden|antwoord|replies|reply|"
    r"comments?|opmerkingen|upvotes?|stemmen|stem|votes?|weergaven|views|keer bekeken|retweets?|reposts?|"
    r"deelacties|shares?|berichten))"
)
_DEGREE = r"(?:[1-3](?:e|ste|de|st|nd|rd|th)\+?)"
_STAMP_BRACKET = rf"(?:[\[(][ \t]*(?:{_WEEKDAY}[ \t]*)?(?:{_DATE})?,?[ \t]*(?:{_CLOCK})?[ \t]*[\])])"
#: One metadata token (the strong ones: all but a plain date, a bare number and an emoji).
_STRONG = rf"(?:{_STAMP_BRACKET}|(?:om|at)[ \t]+(?:{_CLOCK})|{_CLOCK}|{_AGO}(?:[ \t]+(?:om|at)[ \t]+(?:{_CLOCK}))?|{_COUNTER}|{_UI}|{_DEGREE}|\((?:{_UI})\))"
_WEAK = rf"(?:(?:{_WEEKDAY}[ \t]+)?{_DATE}|\d{{1,6}}|[^\w\s]{{1,3}})"
_SEP = r"(?:[ \t]*[·•|–—,-][ \t]*|[ \t]+)"
_TOKEN_RE = re.compile(rf"(?:{_STRONG}|{_WEAK})(?![\w])", re.IGNORECASE)
_STRONG_RE = re.compile(rf"(?:{_STRONG})(?![\w])", re.IGNORECASE)
_SEP_RE = re.compile(_SEP)
_EMOJI_RE = re.compile(r"[^\w\s]{1,3}")

#: A name-like run: one to five words (a capitalised word, a lower-case particle, an initial, a
#: handle), with an optional "@handle" after a display name.
_NAME_WORD = r"(?:[^\W\d_][\w'’.-]{0,30}|@[\w][\w.]{1,29})"
_PARTICLES = frozenset(
    "van de der den ter ten te het 't vande vanden el al ben bin bint ibn abu da di du del della des dos das "
    "le la mac mc ni nic o' von zu y e".split()
)
#: Words that open a sentence or a label, never an author ("Vraag", "Antwoord", "Let op"...).
_NOT_AUTHOR = frozenset(
    """vraag vragen antwoord antwoorden opmerking opmerkingen tip tips let noot nota pauze lunch welkom start
    einde opening slot afsluiting conclusie doel resultaat datum tijd uur plaats locatie agenda programma
    onderwerp subject verzonden sent van aan cc bcc from to dag week vandaag gisteren morgen
    ronde sessie workshop zaal deel stap fase totaal som prijs kostprijs budget stemmen likes reacties
    wij we ik jij je u hij zij ze het de een dit dat die deze wie wat waar hoe waarom wanneer
    en of maar dus ook nog al ja nee ok oké merci dank bedankt hallo hey hoi dag
    beantwoorden reply like reageren bewerkt interessant maker""".split()
)


def _fold(s: str) -> str:
    return s.lower().strip(".,:;!?")


_NICK_INITIAL_RE = re.compile(r"[^\W\d_][\w'’-]{1,29}[ \t]+[^\W\d_]\.")


def name_run(text: str, *, allow_handle: bool = True) -> bool:
    """Whether ``text`` reads as a name-like run: 1-5 words, the first capitalised (or a handle),
    the others capitalised, particles or initials; no digits outside a handle; no sentence."""
    text = text.strip()
    if not text or len(text) > 70 or text[-1:] in "?!:;":
        return False
    words = text.split()
    if len(words) > 5:
        return False
    first = words[0]
    if _fold(first) in _NOT_AUTHOR:
        return False
    if len(words) == 2 and _NICK_INITIAL_RE.fullmatch(text):
        return True  # a lower-case nickname with an initial, as a wall or Slido shows it ("<voornaam> <x>.")
    for i, w in enumerate(words):
        core = w.strip(",")
        if core.startswith("@"):
            if not re.fullmatch(r"@[\w][\w.]{1,29}", core.rstrip(".")):
                return False
            continue
        if len(words) == 1 and allow_handle and re.fullmatch(r"(?=[\w.]*[^\W\d_])[\w][\w.]{1,29}", core) \
                and (re.search(r"[._\d]", core) or core[:1].isupper()):
            return not core.isdigit()
        if any(c.isdigit() for c in core):
            return False
        if i > 0 and core.lower() in _PARTICLES:
            continue
        if re.fullmatch(r"(?:[^\W\d_]\.-?){1,3}", core):  # an initial: "K.", "J.-P."
            continue
        if not core[:1].isupper() or not re.fullmatch(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*\.?", core):
            return False
    return True


def meta_tail(text: str) -> tuple[int, bool] | None:
    """Where the metadata at the end of ``text`` starts, and whether it holds a strong token;
    None when it holds no token. Reads tokens from the end, each after a separator."""
    end = len(text.rstrip())
    pos = end
    strong = False
    count = 0
    # where the text's runs of non-blanks start (a head is a prefix of the text: its runs start
    # where the text's do, before its end)
    # (computed at the first search: most lines end in a word no token ends in, see _FINAL_WORDS,
    # and are left before it; session 23)
    runs: list[int] | None = None
    # an ASCII text is searched in lower case without re.IGNORECASE (session 22; see _TAIL_LOWER_RE)
    lowered = text.lower() if _SEARCH_LOWERED and text.isascii() else None
    # (at most 12 tokens: each step a bounded match on the text before pos)
    for _ in range(12):
        head = text[:pos].rstrip(" \t·•|–—,-")
        if not head:
            pos = 0
            break
        # the longest token ending at the head's end: the leftmost start of a strong or a weak
        # token there (one search of both). A token spans at most _TOKEN_RUNS runs of
        # non-blanks, so it starts in the head's last _TOKEN_RUNS runs: the search starts there
        # (exact; the look-behind still sees the character before; session 20, the cold build).
        if lowered is not None:
            n = len(head)
            if lowered[n - 1] in _LOWER_LETTERS and lowered[len(lowered[:n].rstrip(_LOWER_LETTERS)) : n] not in _FINAL_WORDS:
                break  # (the head ends in a word no token ends in: no token ends there; see _FINAL_WORDS)
        if runs is None:
            runs = [m.start() for m in _RUN_RE.finditer(text)]
        within = bisect_left(runs, len(head))  # (the head's runs)
        from_ = runs[within - _TOKEN_RUNS] if within > _TOKEN_RUNS else 0
        if lowered is not None:
            # (``endpos``: as if the text ended with the head)
            best = _TAIL_LOWER_RE.search(lowered, from_, n)
        else:
            best = _TAIL_RE.search(head, from_)
        if best is None:
            break
        start = best.start()
        if start > 0 and not _SEP_RE.fullmatch(text[start - 1 : start]) and text[start - 1] not in " \t·•|–—,-":
            break
        strong = strong or _STRONG_RE.fullmatch(head[start : best.end()].strip()) is not None
        count += 1
        pos = start
    if count == 0:
        return None
    return pos, strong


#: Tokens anchored at a text's end (for :func:`meta_tail`): a strong or a weak one, in one pattern
#: (the leftmost start of either is the longest token, as two searches gave).
_TAIL_RE = re.compile(rf"(?<![\w])(?:{_STRONG}|{_WEAK})[ \t]*$", re.IGNORECASE)
#: The same pattern without re.IGNORECASE, for an ASCII text in lower case (session 22: the
#: search was ~40% of reading a generated ``.txt`` report; without the flag re skips the
#: alternatives of words by their first letter). Its letters are lower-case ASCII but for the
#: classes ``[AaPp]`` and ``[Mm]``, which hold both cases, and an ASCII character is matched by
#: a letter with re.IGNORECASE exactly when its lower case is matched without it (the four
#: non-ASCII look-alikes of scan.ASCII_CASE_ALIKES cannot occur); every other class (``\d``,
#: ``\w``, ``\s``, punctuation, emoji) says the same of an ASCII character and of its lower case:
#: the same matches at the same places (tests/test_form_s22_speed.py).
_TAIL_LOWER_RE = re.compile(rf"(?<![\w])(?:{_STRONG}|{_WEAK})[ \t]*$")
#: Whether :func:`meta_tail` searches an ASCII text with _TAIL_LOWER_RE (the tests switch it off).
_SEARCH_LOWERED = True
_LOWER_LETTERS = "abcdefghijklmnopqrstuvwxyz"
#: Every run of letters a token (_STRONG or _WEAK, in lower case) can end with (session 22). A
#: token that ends in a letter ends in one of these words, whole: a letter before it inside the
#: token would belong to the run, and one before the token is barred by the look-behind. So an
#: ASCII head whose last run of letters is none of them ends in no token, without the search
#: (~60% of the lines asked; most end in a plain word). Derived from the patterns' parse trees
#: by tests/test_form_s22_speed.py, which fails when a token is added that ends otherwise.
_FINAL_WORDS = frozenset("""
    admin ago am antwoord antwoorden app apr april aug august augustus auteur author beantwoord
    beantwoorden beheerder bekeken bekijken berichten bewerkt bot comment comments creator d dag dagen
    day days de dec december deelacties delen dg dgn e edited eergisteren everyone extern external feb
    febr februari february follow gast gefeliciteerd geleden gelezen gemarkeerd gisteren guest h
    heropenen host hour hours hr hrs iedereen interessant j jaar jan januari january jr jul juli july
    jun june juni leuk leuks like liked likes m maand maanden maart maker mar march may mei min minute
    minuten minutes minuut mnd moderator more mrt nd net nov november now nu oct october okt oktober
    opgelost opmerkingen organisator pinned pm rd reactie reacties reageer reageren reopen replies reply
    repost reposts resolved retweet retweets s sec seconden seen sent sep sept september sessiegever
    share shares spreker st ste stem stemmen steunen th today translation u upvote upvotes uur vandaag
    vastgemaakt verzonden views vinden volgen vote votes w week weeks weergaven weergeven weken wk y
    yesterday zonet
""".split())
#: The most runs of non-blanks one token spans, with a margin: the longest are a bracketed stamp
#: ("[ ma 14 mrt 2023, 10:42 AM ]": 8) and a relative time with a clock ("12 minuten geleden om
#: 10:42 PM": 6). A token holds no other blank than spaces and tabs.
_TOKEN_RUNS = 10
_RUN_RE = re.compile(r"[^ \t]+")


def _tail(text: str, memo: dict[str, tuple[int, bool] | None] | None) -> tuple[int, bool] | None:
    """:func:`meta_tail` of ``text``, remembered in ``memo`` (one block's lines: a line is read
    as a metadata line and as an author line, the same text twice)."""
    if memo is None:
        return meta_tail(text)
    try:
        return memo[text]
    except KeyError:
        got = memo[text] = meta_tail(text)
        return got


def meta_line(text: str, memo: dict[str, tuple[int, bool] | None] | None = None) -> bool:
    """Whether ``text`` holds metadata only, at least one token strong (``memo``: see :func:`_tail`)."""
    t = text.strip()
    if not t or len(t) > 80:
        return False
    got = _tail(t, memo)
    return got is not None and got[0] == 0 and got[1]


@dataclass(frozen=True)
class Author:
    name: str  #: the name-like run as written (a display name, a handle without "@")
    handle: str | None  #: "@handle" on the same line as a display name, without "@"
    label: str  #: what the line credits, as written (name and role)


def author_meta(text: str, memo: dict[str, tuple[int, bool] | None] | None = None) -> Author | None:
    """The author of a line "<name-like run> <metadata>" (at least one token strong; a date
    alone is enough after "Name @handle"), or None (``memo``: see :func:`_tail`)."""
    t = text.strip().strip("*_").strip()
    if not t or len(t) > 120:
        return None
    got = _tail(t, memo)
    if got is None or got[0] == 0:
        return None
    pos, strong = got
    head = t[:pos].rstrip(" \t·•|–—,-")
    role = None
    m = re.match(r"^(.*?)[ \t]*\(([^()]{1,30})\)$", head)
    if m and m.group(1):
        head, role = m.group(1), m.group(2)
    if not name_run(head):
        return None
    handle = None
    words = head.split()
    if len(words) > 1 and words[-1].startswith("@"):
        handle = words[-1][1:].rstrip(".")
        head = " ".join(words[:-1])
        if not name_run(head, allow_handle=False):
            return None
    elif any(w.startswith("@") for w in words[1:]):
        return None
    if not strong and handle is None:
        return None
    name = head.lstrip("@")
    return Author(name, handle, head + (f" ({role})" if role else ""))


def name_line(text: str) -> str | None:
    """A name-like run alone on its line ("<Voornaam> <Achternaam>", "<handle>"), or None."""
    t = text.strip().strip("*_").strip()
    if t.endswith((".", "!", "?", ":")) and not re.search(r"\b[^\W\d_]\.$", t):
        return None
    m = re.match(r"^(.*?)[ \t]*\(([^()]{1,30})\)$", t)
    if m and m.group(1):
        t = m.group(1)
    return t.lstrip("@") if name_run(t) else None


_REPLY_MARK_RE = re.compile(r"^[ \t>*_-]*[↳↪⤷⮡⤵]")
#: A line that leaves a credit open: a dash or a closing quotation mark at its end (the name on
#: the next line is that quote's credit, wrapped by the PDF layout).
_QUOTE_MARK_RE = re.compile("[“”„«»\"]")
_CREDIT_BEFORE_RE = re.compile("(?:[–—-]|[”’»\"'][.,]?)[ \t]*$")
_SIGNATURE_RE = re.compile(r"^[ \t]*[—–-][ \t]*(?P<name>[^\W\d_][^—–\n]{0,60})$")
_MAIL_HEADER_RE = re.compile(
    r"^[ \t*_]*(?P<key>van|aan|cc|bcc|from|to|afzender|ontvanger|reply-to|antwoord aan)[ \t*_]*:[ \t]*(?P<value>.+)$",
    re.IGNORECASE,
)
_MAIL_OTHER_RE = re.compile(
    r"^[ \t*_]*(?:onderwerp|verzonden|subject|sent|datum|date|bijlage|bijlagen|attachments?)[ \t*_]*:", re.IGNORECASE
)
_CALL_RE = re.compile(
    r"^[ \t]*(?:\d{1,2}[:.]\d{2}(?::\d{2})?[ \t]+)?(?:van|from)[ \t]+(?P<name>.{1,60}?)[ \t]+(?:aan|naar|to)[ \t]+"
    r"(?:iedereen|everyone|allen|alle deelnemers|all participants)[ \t]*:?[ \t]*(?:\d{1,2}[:.]\d{2}(?:[ \t]?[AaPp][Mm])?)?[ \t]*$",
    re.IGNORECASE,
)
_JOINED_STAMP_RE = re.compile(
    r"^[ \t]*(?P<name>[^\W\d_][^,\[\]\n]{0,60}?),[ \t]*\[[^\]\n]{4,30}\][ \t]*(?P<body>\S.*)?$"
)
_TABLE_AUTHOR = frozenset({"author", "auteur", "naam", "name", "gemaakt door", "created by", "door", "by", "afzender"})


def _chat_line(text: str, *, with_message: bool = False) -> bool:
    """Whether ``text`` is a chat line of :mod:`.chat_lines` (``with_message``: one that holds the
    message too, not a header alone such as "<Naam> — 20:02")."""
    t = text.strip()
    if not t:
        return False
    got = line_sender(t)
    return got is not None and (not with_message or bool(got[1].strip()))


def _chat_header(text: str) -> str | None:
    """The sender of a chat header without its message ("<naam> — Vandaag om 19:03"), or None."""
    t = text.strip()
    if not t:
        return None
    got = line_sender(t)
    return got[0] if got is not None and not got[1].strip() else None


def mail_names(value: str) -> list[str]:
    """The names in an e-mail header's value ("<Naam> <adres>; <Naam>")."""
    out = []
    for part in re.split(r"[;]", value):
        part = re.sub(r"<[^<>]*>", " ", part)
        part = re.sub(r"\S+@\S+", " ", part).strip(" \t\"'")
        if "," in part and len(part.split(",")) == 2 and all(name_run(p) for p in part.split(",")):
            a, b = part.split(",")
            part = f"{b.strip()} {a.strip()}"
        if part and name_run(part, allow_handle=False):
            out.append(part)
    return out


@dataclass(frozen=True)
class GenericItem:
    """An author found by the generic shapes: the lines of its item (``first`` to ``last``), the
    line that names the author (``at``), the author and its text (empty when unknown)."""

    first: int
    last: int
    at: int
    author: Author
    text: str
    kind: str = "line"  #: "line" (header or closing line), "mail", "row", "sign", "joined"


def generic_items(lines: list[str], taken: set[int] | None = None,
                  memo: dict[str, tuple[int, bool] | None] | None = None) -> list[GenericItem]:
    """The authors of the exports in ``lines`` that the two shapes of :mod:`.export_lines` did
    not read (``taken``: their lines), in order (``memo``: see :func:`_tail`; one is made when
    none is given)."""
    memo = {} if memo is None else memo
    # (a chat line is the chat shapes' own: chat_lines reads its sender; session 8 onwards)
    taken = (taken or set()) | {i for i, t in enumerate(lines) if _chat_line(t, with_message=True)}
    n = len(lines)
    metas = [i not in taken and meta_line(t, memo) for i, t in enumerate(lines)]
    heads = [None if i in taken or metas[i] else author_meta(t, memo) for i, t in enumerate(lines)]
    names = [None if i in taken or metas[i] or heads[i]
             or (i > 0 and (_CREDIT_BEFORE_RE.search(lines[i - 1]) or _QUOTE_MARK_RE.search(lines[i - 1])))
             else name_line(t) for i, t in enumerate(lines)]
    found: dict[int, Author] = {}

    def nonempty_after(i: int) -> int | None:
        j = i + 1
        while j < n and not lines[j].strip():
            j += 1
        return j if j < n else None

    for i in range(n):
        if heads[i] is not None:
            found[i] = heads[i]  # type: ignore[assignment]
        elif i not in taken and (got := _chat_header(lines[i])) is not None:
            found[i] = Author(got, None, got)  # ("<naam> — Vandaag om 19:03": a chat header, any case)
    for i in range(n):
        nm = names[i]
        if nm is None:
            continue
        j = nonempty_after(i)
        if j is None:
            continue
        if metas[j] or _REPLY_MARK_RE.match(lines[j]):
            found[i] = Author(nm, None, lines[i].strip())
            continue
        # the name, one to three lines of text, then a metadata line (a comment under a post)
        k, seen = j, 0
        while k is not None and seen < 4 and not metas[k] and heads[k] is None and names[k] is None:
            seen += 1
            k = nonempty_after(k)
        if k is not None and metas[k] and 1 <= seen <= 3:
            found[i] = Author(nm, None, lines[i].strip())
    # a chat copied without stamps: one name opening two or more messages of the block
    counts: dict[str, int] = {}
    for i in range(n):
        if names[i] is not None and i not in found and nonempty_after(i) is not None:
            counts[names[i]] = counts.get(names[i], 0) + 1  # type: ignore[index]
    for i in range(n):
        nm = names[i]
        if nm is not None and i not in found and counts.get(nm, 0) >= 2:
            found[i] = Author(nm, None, nm)
    # video-call chat headers, joined stamps (Telegram), e-mail headers, signatures, table rows
    mail_block = any(_MAIL_OTHER_RE.match(t) for t in lines)
    extra: dict[int, list[Author]] = {}  # (an e-mail header naming several people)
    kinds: dict[int, str] = {}
    texts: dict[int, str] = {}
    header: list[str] | None = None
    author_col = -1
    for i, t in enumerate(lines):
        if i in taken or i in found:
            continue
        m = _CALL_RE.match(t)
        if m and name_run(m.group("name"), allow_handle=False):
            found[i] = Author(m.group("name"), None, m.group("name"))
            continue
        m = _JOINED_STAMP_RE.match(t)
        if m and name_run(m.group("name").strip(), allow_handle=False):
            found[i] = Author(m.group("name").strip(), None, m.group("name").strip())
            if m.group("body"):
                kinds[i], texts[i] = "joined", m.group("body").strip()
            continue
        m = _MAIL_HEADER_RE.match(t)
        if m and mail_block:
            got = mail_names(m.group("value"))
            if got:
                found[i] = Author(got[0], None, got[0])
                extra[i] = [Author(nm, None, nm) for nm in got[1:]]
                kinds[i] = "mail"
            continue
        m = _SIGNATURE_RE.match(t)
        if m and i > 0 and lines[i - 1].strip() and name_line(m.group("name")) \
                and not re.search("[“”„«»\"]", lines[i - 1]):  # (under a quotation: the form's credit)
            found[i] = Author(m.group("name").strip(), None, m.group("name").strip())
            kinds[i] = "sign"
            continue
        if "|" in t:
            cells = [c.strip().strip("\"'“”") for c in t.strip().strip("|").split("|")]
            low = [c.lower() for c in cells]
            if any(c in _TABLE_AUTHOR for c in low):
                header = cells
                author_col = next(k for k, c in enumerate(low) if c in _TABLE_AUTHOR)
                continue
            if header is not None and len(cells) == len(header) and 0 <= author_col < len(cells):
                nm = cells[author_col]
                if name_run(nm, allow_handle=False):
                    found[i] = Author(nm, None, nm)
                    kinds[i] = "row"
                    texts[i] = " ".join(c for k, c in enumerate(cells) if k != author_col and not meta_line(c)
                                        and not re.fullmatch(_DATE, c, re.IGNORECASE))
                continue
        if not t.strip():
            continue
        if "|" not in t:
            header = header if header is not None and t.strip() else None
    items = []
    for at in sorted(found):
        items.append(GenericItem(at, at, at, found[at], texts.get(at, ""), kinds.get(at, "line")))
        items += [GenericItem(at, at, at, a, "", "mail") for a in extra.get(at, [])]
    return items
