"""Posts and comments exported from a post-it wall or a social network into the quotes section
(issue 11, session 18).

Two shapes reporters paste into the form, each post or comment with its author on a line of its
own (before session 18 the whole export was read as a few long quotes without a speaker, and the
authors were published):

* a post-it wall (Padlet-style): a title line, the post's text, then a metadata line
  ``<Naam> · <d mmm yyyy hh:mm> · ♥ <n>`` (the author; ``Anoniem`` when there is none), and
  replies under the post, one a line: ``↳ <Naam>: <tekst>``, ``↳ Dr. <Naam> (sessiegever): <tekst>``;
* comments copied from Instagram (or a network written the same way): a handle on a line of its
  own, the comment on the next line(s), then a metadata line ``<n> u · <n> vind-ik-leuks ·
  Beantwoorden`` (``2 min``, ``1 d``, ``Reply``, ``likes``).

:func:`export_items` finds them in the lines of a quotes section: each post, reply and comment
becomes one item with its author as the speaker, and the lines that are no part of an export are
left to the other shapes. Every pattern is anchored at both ends of a line and bounded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..honorifics import LABEL_TITLES, alternation
from .export_meta import Author, generic_items, meta_line
from .export_meta import _chat_line as chat_line

_SEP = r"[ \t]*[·•|][ \t]*"
_MONTH = (
    r"(?:jan|feb|febr|mrt|maart|mar|march|apr|april|mei|may|jun|juni|june|jul|juli|july|aug|augustus|august|"
    r"sep|sept|september|okt|oktober|oct|october|nov|november|dec|december|januari|january|februari|february)\.?"
)
_CLOCK = r"\d{1,2}[:.]\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?"
#: "14 mrt 2023 10:42", "14 mrt. 2023, 10:42", "mrt 14, 2023", "14/03/2023 10:42", "14 mrt om 10:42"
_DATE = (
    rf"(?:\d{{1,2}}[ \t]+{_MONTH}(?:[ \t]+\d{{4}})?|{_MONTH}[ \t]+\d{{1,2}}(?:,[ \t]*\d{{4}})?"
    rf"|\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}})"
    rf"(?:,?[ \t]+(?:om[ \t]+|at[ \t]+)?{_CLOCK})?"
)
#: "3 u", "58 min", "1 d", "2 w", "5 uur geleden", "2h", "nu"
_AGO = (
    r"(?:\d{1,3}[ \t]*(?:s|sec|sec\.|min|min\.|m|u|uur|h|hr|hrs|d|dg|dgn|dag|dagen|day|days|w|wk|weken|week|weeks|"
    r"mnd|j|jr|y)(?:[ \t]+(?:geleden|ago))?|nu|now|just now|zonet|gisteren|yesterday)"
)
_HEART = r"(?:[♥❤♡💜🧡💙💚🖤🤍👍]\ufe0f?[ \t]*\d{1,5}|\d{1,5}[ \t]*[♥❤♡👍]\ufe0f?)"
_LEAD = r"[ \t>*_]*"
_TAIL = r"[ \t*_]*$"

#: A post's metadata line: "<Naam> · 14 mrt 2023 10:42 · ♥ 3" (the heart, or a date with its time).
_WALL_META_RE = re.compile(
    rf"{_LEAD}(?P<name>[^\W\d_][^·•|♥❤\n]{{0,60}}?){_SEP}"
    rf"(?:(?P<date>{_DATE}|{_AGO})(?P<heart>{_SEP}{_HEART})?|(?P<heart2>{_HEART}))"
    rf"{_TAIL}",
    re.IGNORECASE,
)
#: A reply under a post: "↳ <Naam>: <tekst>" (an arrow that turns: the wall's reply mark).
_REPLY_RE = re.compile(r"[ \t>*_-]*[↳↪⤷⮡⤵]\ufe0f?[ \t]*(?P<label>[^:\n]{1,80}?)[ \t]*:[ \t]*(?P<body>\S.*)$")
#: A title before the name in a reply's label ("Dr.", "prof."): ``core/honorifics.LABEL_TITLES``.
_TITLE_RE = re.compile(rf"^(?:{alternation(LABEL_TITLES)})\.?[ \t]+(?=\S)", re.IGNORECASE)
#: A comment's metadata line: "2 u · 4 vind-ik-leuks · Beantwoorden", "3 h · 12 likes · Reply".
_SOCIAL_META_RE = re.compile(
    rf"{_LEAD}{_AGO}"
    rf"(?:(?P<likes>{_SEP}\d{{1,3}}(?:[.,]\d{{3}})*[ \t]*(?:vind-ik-leuks?|likes?))"
    rf"(?:{_SEP}(?P<reply1>beantwoorden|antwoorden|reageren|reply|vertaling bekijken|see translation))?"
    rf"|{_SEP}(?P<reply2>beantwoorden|antwoorden|reageren|reply))"
    rf"{_TAIL}",
    re.IGNORECASE,
)
#: A handle alone on its line: letters, digits, "." and "_" (at least one letter), no space.
_HANDLE_RE = re.compile(r"[ \t>*_]*@?(?P<handle>(?=[\w.]*[^\W\d_])[\w][\w.]{1,29})[ \t]*(?:✓|☑️|✔️?)?[ \t]*$")
#: What an export's "anonymous" author writes.
ANONYMOUS = frozenset({"anoniem", "anonymous", "anonyme", "anoniem lid", "onbekend", "gast", "guest"})


@dataclass(frozen=True)
class ExportItem:
    """One post, reply or comment: the lines it spans (``first`` to ``last``, both included, the
    metadata line with them), its text, and its author as written (None: anonymous)."""

    first: int
    last: int
    text: str
    author: str | None
    label: str | None  #: the credit as written ("Dr. <Naam> (sessiegever)", a handle)
    affiliation: str | None
    handle: bool  #: the author is a network's handle


def wall_author(line: str) -> str | None:
    """The author of a post-it wall's metadata line (``""`` when anonymous), or None."""
    if "·" not in line and "•" not in line and "|" not in line:
        return None
    m = _WALL_META_RE.match(line)
    if m is None:
        return None
    if m.group("date") and not m.group("heart") and not re.search(r"\d[:.]\d\d", m.group("date")):
        return None  # (a place and a date, "Gent · 14 mrt 2023", is a dateline: the heart or a time)
    name = m.group("name").strip().strip("*_").strip()
    return "" if name.lower() in ANONYMOUS else name


def reply_parts(line: str) -> tuple[str, str | None, str | None, str] | None:
    """(label, author, affiliation, text) of a reply line ("↳ <Naam> (<rol>): <tekst>"), or None;
    the author is None when anonymous."""
    m = _REPLY_RE.match(line)
    if m is None:
        return None
    label = m.group("label").strip()
    name, affiliation = label, None
    b = re.match(r"^(.*?)[ \t]*\(([^()]{1,40})\)$", label)
    if b and b.group(1):
        name, affiliation = b.group(1), b.group(2).strip()
    name = _TITLE_RE.sub("", name).strip()
    if not name or len(name.split()) > 5 or not any(c.isalpha() for c in name):
        return None
    author = None if name.lower() in ANONYMOUS else name
    return label, author, affiliation, m.group("body").strip()


def is_social_meta(line: str) -> bool:
    """Whether ``line`` is a comment's metadata line ("2 u · 4 vind-ik-leuks · Beantwoorden")."""
    return ("·" in line or "•" in line or "|" in line) and _SOCIAL_META_RE.match(line) is not None


def handle_line(line: str) -> str | None:
    """The handle of a line that holds a network's handle alone ("<voornaam>.<x>", "<org>")."""
    m = _HANDLE_RE.match(line)
    return None if m is None else m.group("handle")


def _join(texts: list[str]) -> str:
    return " ".join(t.strip() for t in texts if t.strip())


def export_items(lines: list[str], paragraph_starts: list[bool] | None = None, *,
                 generic: bool = False) -> list[ExportItem]:
    """The posts, replies and comments of the exports in ``lines`` (the cleaned lines of a quotes
    section, list marks and Markdown emphasis gone), in order; empty when there is no export.

    A wall's post runs from the line after the item before it (or the start of the post's
    paragraph, when ``paragraph_starts`` tells where paragraphs start) to its metadata line; a
    line that introduces the export (it ends in ":") is no part of the first post. A comment runs
    from its handle line to its metadata line."""
    starts = paragraph_starts if paragraph_starts is not None else [False] * len(lines)
    walls = [wall_author(t) for t in lines]
    socials = [is_social_meta(t) for t in lines]
    if not any(a is not None for a in walls) and not any(socials):
        return _generic(lines, [], starts) if generic else []
    items: list[ExportItem] = []
    done = 0  # the first line no item has taken
    in_wall = False  # (reply lines follow a post)
    i = 0
    while i < len(lines):
        text = lines[i]
        author = walls[i]
        if in_wall:
            reply = reply_parts(text)
            if reply is not None:
                label, who, aff, body = reply
                items.append(ExportItem(i, i, body, who, label, aff, False))
                done = i + 1
                i += 1
                continue
        if author is not None:
            first = done
            for k in range(i - 1, done, -1):
                if starts[k]:
                    first = k
                    break
            while first < i and lines[first].rstrip().endswith(":"):
                first += 1  # (the export's intro line)
            body = _join(lines[first:i])
            if body:
                items.append(ExportItem(first, i, body, author or None, author or "Anoniem", None, False))
            done = i + 1
            in_wall = True
            i += 1
            continue
        if socials[i]:
            first = next((k for k in range(done, i - 1) if handle_line(lines[k]) is not None), -1)
            if first >= 0:
                handle = handle_line(lines[first]) or ""
                body = _join(lines[first + 1 : i])
                if body:
                    items.append(ExportItem(first, i, body, handle, handle, None, True))
                done = i + 1
            in_wall = False
            i += 1
            continue
        if in_wall and not text.strip():
            i += 1
            continue
        in_wall = False
        i += 1
    return items + _generic(lines, items, starts) if generic else items


#: A quotation mark: a line that holds one is a quote of the form's own, not an export's post.
_QUOTED_RE = re.compile("[“”„«»\"]")


def _is_intro(text: str) -> bool:
    t = text.strip()
    return not t or t.startswith("#") or t.endswith(":")


def _generic(lines: list[str], items: list[ExportItem], starts: list[bool]) -> list[ExportItem]:
    """The items of the generic author and metadata shapes (:mod:`.export_meta`) in the lines
    the two shapes above left: each author with its text, read after a header line ("<Naam> ·
    2 uur geleden", then the message) or before an author line that closes its post ("<vraag>",
    then "<Naam> · 14 likes · 10:42")."""
    taken = {k for it in items for k in range(it.first, it.last + 1)}
    memo: dict[str, tuple[int, bool] | None] = {}  # (each line's metadata tail, read once: export_meta._tail)
    found = generic_items(lines, taken, memo)
    if not found:
        return []
    at = {g.at for g in found}
    metas = [meta_line(t, memo) for t in lines]
    chats = [chat_line(t) for t in lines]  # (a chat message's header ends a post's text)
    n = len(lines)
    out: list[ExportItem] = []
    used = set(taken)
    replies = [reply_parts(t) for t in lines]
    # One export is written one way: the first author line of the text tells whether an author
    # line closes its post ("<vraag>" / "<Naam> · 14 likes", in one paragraph) or heads its
    # message ("<Naam> · 2 uur geleden" / the message; the message's first line may start a
    # paragraph: text from the PDF form puts a blank line after every line).
    lead = next((g.at for g in found if g.kind == "line"), None)
    closing_mode = lead is not None and not starts[lead] and lead > 0 and bool(lines[lead - 1].strip()) \
        and (lead - 1) not in at and not metas[lead - 1] and replies[lead - 1] is None \
        and not _is_intro(lines[lead - 1]) and not chats[lead - 1]
    for g in found:
        i = g.at
        a = g.author
        if a.name.lower() in ANONYMOUS:
            a = Author("", None, a.label)
        handle = a.label.startswith("@") and " " not in a.name
        name = a.name or None
        if g.kind in ("mail", "row", "joined") or i in used:
            # (a header or a row: the author of what follows or of its own cells)
            if not any(it.first == i and it.author == name for it in out):
                out.append(ExportItem(i, i, g.text, name, a.label, None, handle or _is_handle(a.name)))
            used.add(i)
            continue
        body: list[int] = []
        last = i
        j = i + 1
        while j < n and metas[j]:  # (the metadata line under a name: "10:42", "4 likes")
            last = j
            j += 1
        k = j
        closing = closing_mode
        while g.kind == "line" and not closing and k < n and lines[k].strip() and k not in at and k not in used \
                and not metas[k] and replies[k] is None and not chats[k] and not (starts[k] and k > j):
            body.append(k)
            k += 1
        if body and k < n and metas[k]:
            last = k
        if body:
            last = max(last, body[-1])
        else:  # the author line closes its post (or signs a note): the lines right above it
            k = i - 1
            while k >= 0 and i - k <= 4 and lines[k].strip() and k not in at and k not in used and not metas[k] \
                    and replies[k] is None and not _is_intro(lines[k]) and not starts[i] and not chats[k] \
                    and not _QUOTED_RE.search(lines[k]):
                body.insert(0, k)
                if starts[k]:
                    break
                k -= 1
        first = min([i, *body])
        used.update(range(first, last + 1))
        out.append(ExportItem(first, last, _join([lines[x] for x in body]), name, a.label,
                              f"@{a.handle}" if a.handle else None, handle or _is_handle(a.name)))
        # the replies under it ("↳ <Naam>: <tekst>")
        k = last + 1
        while k < n and replies[k] is not None and k not in used:
            label, who, aff, text = replies[k]  # type: ignore[misc]
            out.append(ExportItem(k, k, text, who, label, aff, False))
            used.add(k)
            k += 1
    return sorted(out, key=lambda it: it.first)


def _is_handle(name: str) -> bool:
    return " " not in name and bool(re.search(r"[._\d]", name))


#: An author that opens with a compound ending in an organisation's word ("Jobhuis", "Jeugddienst",
#: "Vrijwilligerscentrale", "Buurtwerking", "Jeugdraad") is an organisation, never a person.
_ORG_HEAD_RE = re.compile(
    r"^[^\W\d_]{2,}(?:huis|dienst|diensten|centrale|centrum|raad|werking|punt|platform|netwerk|school|"
    r"vereniging|federatie|koepel|redactie|welzijn)\b",
    re.IGNORECASE,
)


def export_authors(lines: list[str], paragraph_starts: list[bool] | None = None) -> list[str]:
    """Every author the exports in ``lines`` name (posts, replies, comments, headers, rows), as
    written, in order, once each; anonymous authors left out."""
    out: list[str] = []
    for it in export_items(lines, paragraph_starts, generic=True):
        if it.author and _ORG_HEAD_RE.match(it.author):
            continue  # ("Jobhuis <Plaats>" on a CC line: an organisation's compound opens it)
        if it.author and it.author not in out:
            out.append(it.author)
        if it.affiliation and it.affiliation.startswith("@") and it.affiliation[1:] not in out:
            out.append(it.affiliation[1:])  # (a handle beside a display name: "<Naam> @<handle>")
    return out
