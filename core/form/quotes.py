"""Split the quotes section into single quotes with their attribution.

Handles the shapes reporters use: “…” – Naam (Organisatie); „…”; «…»; '…'; ‘…’;
"…", zei Naam; "…" zei Sarah.; '…' volgens Ilias; (Naam, 17); Naam: "…"; an
attribution on the next line; a chat log with one message a line; Markdown
blockquotes. Intro lines ("Een stukje uit de Discord...:") and bare links are not
quotes.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Container, Iterator
from dataclasses import dataclass

from ..model import Quote
from .chat_lines import chat_line_sender, joined_sender, line_sender, zoom_sender
from .export_lines import export_authors, export_items
from .layout import join_lines
from .text import clean_inline, fold, is_url_line

#: Opening mark -> the marks that may close it.
PAIRS: dict[str, str] = {
    "“": "”“",
    "„": "”“",
    "«": "»",
    "»": "«",
    "‹": "›",
    "‘": "’‘",
    "‚": "‘’",
    '"': '"”',
    "'": "'’",
    "”": "”",
    "’": "’",
}
OPENERS = "“„«»‹‘‚\"'”’"
_DASHES = "–—-‒―"
#: What opens a credit after a quotation: a dash, or a mark some reporters type instead
#: ("~ Naam", "/ Naam", "| Naam", "• Naam"; session 14: a word-name after "~" or "/" was
#: published as the attribution's text, no speaker found).
CREDIT_MARKS = _DASHES + "~/|•·"
_DASH_ATTRIBUTION_RE = re.compile(rf"^(.*\S)\s+[{re.escape(_DASHES)}]\s+([^{re.escape(_DASHES)}]{{2,80}})$")

ATTRIBUTION_VERBS = (
    "zei", "zegt", "zeggen", "aldus", "volgens", "vertelde", "vertelt", "stelde", "stelt", "benadrukte",
    "benadrukt", "merkte", "lachte", "riep", "sprak", "verklaarde", "vond", "vindt", "schreef", "schrijft",
    "antwoordde", "antwoordt", "besloot", "citeerde", "klonk", "zuchtte", "grapte", "opperde", "vroeg",
    "legde", "gaf", "getuigde", "concludeerde", "said", "says",
)
_VERB_RE = re.compile(rf"^(?:{'|'.join(ATTRIBUTION_VERBS)})\b\s*", re.IGNORECASE)
_TRAILING_VERB_RE = re.compile(rf"\s+(?:{'|'.join(ATTRIBUTION_VERBS)})(?:\s+(?:het|ze|hij|zij))?\s*\.?$", re.IGNORECASE)
_VERB_TAIL_WORDS_RE = re.compile(r"\s+(?:op|uit|aan|toe|mee)\s*$", re.IGNORECASE)

NAME_PARTICLES = frozenset(
    "van de der den het 't ter ten te von zu el al la le du da di dos das del della bin ben ibn op in 'n d' v. vd".split()
)
#: Capitalised words that name a role, not a person.
ROLE_WORDS = frozenset(
    """een iemand deelnemer deelneemster deelnemers spreker spreekster sprekers moderator moderatrice jongere jongeren
    kind kinderen leider leidster leiding anoniem onbekend publiek zaal de het die dat er iedereen niemand
    vrijwilliger animator begeleider ouder mama papa mijn onze een onbekende participant iemand
    organisatie groep team panel datum foto let nodig conclusie antwoord tip ps vraag opmerking noot nota
    link bron info meer zie wat waar wie hoe en of maar dus ook want toen daarna eerst
    album fotoalbum getagd tags reactie reacties gedeeld bijschrift""".split()
)

_CHAT_RE = re.compile(
    r"^\s*(?:\[?\(?\d{1,2}[:.h]\d{2}(?::\d{2})?\)?\]?\s*[-–]?\s*)?<?@?"
    r"(?P<name>[^\s:<>\"“„«‘'()][^:<>\"“„«()\n]{0,32}?)>?\s*:\s+(?P<text>\S.*)$"
)
_HANDLE_RE = re.compile(r"^[\w.\-]{2,24}$")
_CONTRACTION_RE = re.compile(r"^['’](?:s|t|n|k|m|r|je)\b", re.IGNORECASE)
_MD_BLOCKQUOTE_RE = re.compile(r"^\s*(?:>\s?)+")
_BULLET_RE = re.compile(r"^\s*(?:[-•*·▪◦●+]|\d{1,2}[.)])\s+(?=\S)")
_MD_EMPHASIS_RE = re.compile(r"(?<![\w*_])(\*{1,3}|_{1,3})(?=\S)|(?<=\S)(\*{1,3}|_{1,3})(?![\w*_])")


@dataclass
class QuoteLine:
    """One line of the quotes section: its text, line number, and whether a paragraph starts."""

    text: str
    line: int | None = None
    new_para: bool = False


def is_name(text: str, *, allow_handle: bool = False) -> bool:
    """Whether ``text`` reads as a person's name ("Anne-Sophie Van den Broeck", "Jeroen V.").

    ``allow_handle`` also accepts a single lower-case chat nickname ("mathis").
    """
    text = text.strip()
    if not text or len(text) > 60 or any(c.isdigit() for c in text):
        return False
    words = text.split()
    if len(words) > 6:
        return False
    if fold(words[0]).strip(".,") in ROLE_WORDS:
        return False
    if allow_handle and len(words) == 1 and _HANDLE_RE.match(text) and not text.isdigit():
        return True
    capitalised = 0
    for w in words:
        lw = w.lower()
        if lw in NAME_PARTICLES:
            continue
        if re.fullmatch(r"(?:[^\W\d_]\.-?)+", w):  # initials: V., J.-P.
            capitalised += 1
            continue
        core = w.strip(".,")
        if not core or not core[0].isupper() or not re.fullmatch(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*\.?", core):
            return False
        if fold(core) in ROLE_WORDS and len(words) == 1:
            return False
        capitalised += 1
    return capitalised >= 1 and words[0][0].isupper() or (words[0].lower() in NAME_PARTICLES and capitalised >= 1)


def parse_attribution(tail: str) -> tuple[str | None, str | None, str | None]:
    """``"– Wout De Smet (KSA Noordzee)"`` -> (attribution, speaker, affiliation)."""
    t = clean_inline(tail)
    t = t.strip().lstrip(",.;:!?…").strip()
    t = t.lstrip(CREDIT_MARKS).strip()
    t = t.lstrip(",").strip()
    if t.startswith("(") and t.endswith(")") and t.count("(") == 1:
        t = t[1:-1].strip()
    t = _VERB_RE.sub("", t)
    t = _VERB_TAIL_WORDS_RE.sub("", t)
    t = t.strip().rstrip(".;,:").strip()
    if not t:
        return None, None, None
    trailing = _TRAILING_VERB_RE.search(t)  # "Sarah zei."
    if trailing:
        t = t[: trailing.start()].strip()
    if not t:
        return None, None, None
    name_part, affiliation = t, None
    m = re.match(r"^(.*?)\s*\((.+)\)\s*$", t)
    if m and m.group(1):
        name_part, affiliation = m.group(1).strip().rstrip(","), m.group(2).strip()
    elif "," in t:
        name_part, affiliation = (p.strip() for p in t.split(",", 1))
        affiliation = affiliation or None
    speaker = name_part if is_name(name_part) else _name_before_service(name_part)
    return t, speaker, affiliation


#: "van" with an article before a speaker's service or organisation ("van het jeugdhuis")
_SERVICE_LINK_RE = re.compile(r"\s+van\s+(?:het|'t|de|den|der)\s+(?=\S)")


def _name_before_service(text: str) -> str | None:
    """The speaker in "<Voornaam> <Achternaam> van het <dienst>" / "... van de <dienst>" (session
    16): a name of two capitalised words or more before "van" and an article, when the whole is
    no name (a service in lower case after it). "<Voornaam> van de <Naam>" stays a particle
    surname: one capitalised word before "van" is no full name."""
    m = _SERVICE_LINK_RE.search(text)
    if m is None:
        return None
    head = text[: m.start()].strip()
    words = [w for w in head.split() if w.lower() not in NAME_PARTICLES]
    if not 2 <= len(words) <= 4 or fold(head.split()[0]) in _NOT_NAME_OPENERS or not is_name(head):
        return None  # ("Uit de Discord van het jeugdhuis:" introduces a chat log)
    return head


#: words that open an intro line, never a person's name ("Uit de Telegram-groep van de ...:")
_NOT_NAME_OPENERS = frozenset(
    "uit in op bij met voor over naar na tijdens volgens via vanuit onder tussen namens zoals ook nog hier daar".split()
)


def _opener_at(text: str, i: int) -> bool:
    c = text[i]
    if c not in OPENERS:
        return False
    if i > 0 and not (text[i - 1].isspace() or text[i - 1] in "([{:" + _DASHES):
        return False
    rest = text[i + 1 :]
    if c in "'’" and _CONTRACTION_RE.match(text[i:]):
        return False
    stripped = rest.lstrip()
    if not stripped or not (stripped[0].isalnum() or stripped[0] in "….(‘'\"[" or not stripped[0].isascii()):
        return False
    if c in "'’\"" and rest[:1].isspace():
        return False
    return True


def _closer_ok(text: str, j: int) -> bool:
    nxt = text[j + 1 : j + 2]
    if nxt and (nxt.isalnum()):
        return False
    prev = text[j - 1 : j]
    if prev.isspace() and text[j] not in "»›«”":
        return False
    return True


def _tail_ok(tail: str) -> bool:
    t = tail.lstrip(" ,.;:!?…")
    if not t.strip():
        return True
    t = t.strip()
    if t[0] in _DASHES or t[0] == "(":
        return True
    if _VERB_RE.match(t):
        return True
    if t[0] in OPENERS and len(t) > 1:
        return True
    return False


_OPENER_CHARS_RE = re.compile("[" + re.escape(OPENERS) + "]")


@functools.lru_cache(maxsize=64)
def _chars_re(chars: str) -> re.Pattern[str]:
    return re.compile("[" + re.escape(chars) + "]")


def _closers_at(text: str, start: int, closers: str) -> Iterator[int]:
    """The positions from ``start`` on of a character of ``closers`` that can close."""
    if not closers:
        return
    for m in _chars_re(closers).finditer(text, start):
        if _closer_ok(text, m.start()):
            yield m.start()


def _find_next_opener(text: str, start: int) -> int:
    # only the opening characters can open (see _opener_at)
    for m in _OPENER_CHARS_RE.finditer(text, start):
        k = m.start()
        if _opener_at(text, k):
            closers = PAIRS.get(text[k], "")
            if next(_closers_at(text, k + 2, closers), None) is not None:
                return k
    return -1


def _scan(text: str) -> tuple[str, list[tuple[int, str, str, bool]]]:
    """Find the quoted spans in one paragraph: (prefix, [(offset, quote, tail, closed)])."""
    out: list[tuple[int, str, str, bool]] = []
    first = _find_next_opener(text, 0)
    if first < 0:
        return text, []
    prefix = text[:first]
    pos = first
    while pos >= 0 and pos < len(text):
        opener = text[pos]
        closers = PAIRS[opener]
        candidates = list(_closers_at(text, pos + 2, closers))
        chosen = None
        for j in candidates:
            nxt = _find_next_opener(text, j + 1)
            tail = text[j + 1 : nxt if nxt >= 0 else len(text)]
            if _tail_ok(tail):
                chosen = j
                break
        if chosen is None and candidates:
            chosen = candidates[-1]
        if chosen is None:
            out.append((pos, text[pos + 1 :], "", False))
            break
        nxt = _find_next_opener(text, chosen + 1)
        end = nxt if nxt >= 0 else len(text)
        out.append((pos, text[pos + 1 : chosen], text[chosen + 1 : end], True))
        pos = nxt
    return prefix, out


def _clean_line(text: str, markdown: bool) -> str:
    # (both prefix patterns are anchored at the start: one match there at most, no scan of the
    # line; an emphasis mark needs a '*' or a '_': a line without either has none -- session 20)
    if markdown or text.lstrip().startswith(">"):
        m = _MD_BLOCKQUOTE_RE.match(text)
        if m:
            text = text[m.end():]
    m = _BULLET_RE.match(text)
    if m:
        text = text[m.end():]
    if markdown and ("*" in text or "_" in text):
        text = _MD_EMPHASIS_RE.sub("", text)
    return text.strip()


def parse_chat_line(text: str, *, strong: bool = False) -> tuple[str, str] | None:
    """``"mathis: wie is er morgen"`` -> ("mathis", "wie is er morgen"); every sender shape of
    :mod:`.chat_lines` too ("- x (14:05): ...", "x om 14:05: ...", "x — vandaag om 14:05" with an
    empty message: it follows on the next line). ``strong``: only a shape that holds a time stamp
    or the plain "name: message" ("@x:" and "x schreef:" make a chat line only inside a block)."""
    sender = line_sender(text) if not strong else chat_line_sender(text, strong=True) or zoom_sender(text)
    if sender is not None:
        return sender
    m = _CHAT_RE.match(text)
    if not m:
        return None
    name = m.group("name").strip()
    body = m.group("text").strip()
    if body[:1] in OPENERS:
        return None
    if is_url_line(text) or "://" in name:
        return None
    if not is_name(name, allow_handle=True):
        return None
    return name, body


def _starts_new_quote(text: str, paragraph: list[tuple[str, int | None]]) -> bool:
    """A line opening a quote right after a line that closed one starts a new quote."""
    if not paragraph:
        return False
    # (a credit line before the quotation: "<Naam>: “", "<Naam> van het <dienst>: “", "<Naam>, <rol>: “")
    m = re.match(r"^(?:[^\W\d_][\w.'’ ,()-]{0,80}:\s*)?", text)
    start = m.end() if m else 0
    if start >= len(text) or not _opener_at(text, start):
        return False
    _prefix, found = _scan(" ".join(t for t, _ in paragraph))
    return bool(found) and found[-1][3] and _tail_ok(found[-1][2])


def _quote_text(raw: str) -> str:
    text = clean_inline(raw)
    return text.strip().strip("".join(OPENERS)).strip()


def split_quotes(lines: list[QuoteLine], *, markdown: bool = False, vocabulary: Container[str] | None = None,
                 exports: bool = True, furniture: frozenset[int] | None = None) -> list[Quote]:
    """Split the lines of a quotes section into :class:`~perskamer.model.Quote` objects.

    ``furniture``: the ids of the lines that open an item of a numbered list of things
    (:func:`_thing_list_lines`, read once over the whole section)."""
    if furniture is None:
        furniture = _thing_list_lines(lines, markdown)
    if exports:
        cleaned = [_clean_line(normalize_for_quotes(ql.text), markdown) for ql in lines]
        items = export_items(cleaned, [ql.new_para for ql in lines])
        if items:  # (a post-it wall's or a network's export: each post, reply, comment its own quote)
            out: list[Quote] = []
            done = 0
            for it in items:
                if it.first > done:
                    out += split_quotes(lines[done : it.first], markdown=markdown, vocabulary=vocabulary, exports=False,
                                        furniture=furniture)
                out.append(Quote(text=_quote_text(it.text), speaker=it.author, attribution=it.label,
                                 affiliation=it.affiliation, line=lines[it.first].line))
                done = it.last + 1
            if done < len(lines):
                out += split_quotes(lines[done:], markdown=markdown, vocabulary=vocabulary, exports=False,
                                    furniture=furniture)
            return [q for q in out if q.text]
    paragraphs: list[list[tuple[str, int | None]]] = []
    noted: list[bool] = []  # per paragraph: it opened with a list mark or a note label (a notes run)
    item_of_things: list[bool] = []  # per paragraph: it opens with an item of a list of things
    for ql in lines:
        raw = normalize_for_quotes(ql.text)
        text = _clean_line(raw, markdown)
        if not text:
            if paragraphs and paragraphs[-1]:
                paragraphs.append([])
                noted.append(False)
            continue
        if is_url_line(text):
            paragraphs.append([])
            noted.append(False)
            continue
        bullet = _BULLET_RE.match(raw) is not None
        labelled = parse_chat_line(text) is None and note_label(text) is not None  # (a chat line: its block)
        item = bullet or labelled
        if ql.new_para or not paragraphs or _REPLY_START_RE.match(text) or _starts_new_quote(text, paragraphs[-1]) or (
            item and paragraphs[-1] and _ends_item(paragraphs[-1], noted[-1], text, labelled)
        ):
            paragraphs.append([])
            noted.append(item)
        elif not paragraphs[-1]:
            noted[-1] = item
        while len(item_of_things) < len(paragraphs):
            item_of_things.append(False)
        if not paragraphs[-1]:
            item_of_things[-1] = id(ql) in furniture
        paragraphs[-1].append((text, ql.line))
    item_of_things += [False] * (len(paragraphs) - len(item_of_things))
    noted_things = [(n, f) for p, n, f in zip(paragraphs, noted, item_of_things, strict=True) if p]
    noted = [n for n, _f in noted_things]
    things = {k for k, (_n, f) in enumerate(noted_things) if f}
    paragraphs = [p for p in paragraphs if p]
    notes_run = sum(noted) >= 2  # (one "<Woord> (…): …" line among quotes is no notes section)

    quotes: list[Quote] = []
    unmarked: list[Quote] = []
    marked = 0
    in_joined_chat = False  # (the layout may start a paragraph inside a chat block: it goes on)
    for k, (para, para_noted) in enumerate(zip(paragraphs, noted, strict=True)):
        if k in things:
            continue  # (an item of a list of things: "4. T-shirt van <Merk>, maat 152, in stift: <NAAM>")
        chats = chat_block([t for t, _ in para], joined_before=in_joined_chat)
        n_chat = sum(1 for c in chats if c)
        in_joined_chat = any(c and parse_chat_line(t) is None for c, (t, _) in zip(chats, para, strict=True))
        if in_joined_chat and n_chat == 1 and chats[0]:
            n_chat = 2  # (a message of the block above, on its own paragraph)
        has_opener = any(_find_next_opener(t, 0) >= 0 for t, _ in para)
        if n_chat == 1 and len(para) == 1:
            chats = [parse_chat_line(para[0][0], strong=True)]
            n_chat = 1 if chats[0] else 0
        if n_chat >= 2 or (n_chat == 1 and len(para) == 1 and not has_opener):
            current: Quote | None = None
            for (text, line), chat in zip(para, chats, strict=True):
                if chat:
                    current = Quote(text=_quote_text(chat[1]), speaker=chat[0], attribution=chat[0], line=line)
                    quotes.append(current)
                    marked += 1
                elif current is not None:
                    current.text = clean_inline(current.text + " " + text) if current.text else _quote_text(text)
                else:  # a line before the first message: a quote of its own unless it introduces the chat
                    if not text.rstrip().endswith(":"):
                        quotes.append(_unmarked_quote(text, line))
            continue

        joined = join_lines([t for t, _ in para], vocabulary)
        offsets: list[tuple[int, int | None]] = []
        acc = 0
        for t, line in para:
            idx = joined.find(t[:12], acc) if t else -1
            offsets.append((idx if idx >= 0 else acc, line))
            acc = max(acc, idx if idx >= 0 else acc)

        def line_at(offset: int, _offsets=offsets) -> int | None:
            best = _offsets[0][1]
            for start, line in _offsets:
                if start <= offset:
                    best = line
            return best

        prefix, found = _scan(joined)
        if not found:
            stripped = joined.strip()
            prev = quotes[-1] if quotes else None
            if stripped[:1] in _DASHES or (stripped.startswith("(") and stripped.endswith(")")):
                if prev is not None and prev.attribution is None:
                    prev.attribution, prev.speaker, prev.affiliation = parse_attribution(stripped)
                continue
            if stripped.endswith(":"):
                continue  # an intro line
            label = note_label(stripped) if para_noted and notes_run else None
            if label is not None:  # a note line: "<Naam> (<org>): <wat ze zei>", "<Naam>, <rol> → ..."
                quotes.append(Quote(text=_quote_text(label[3]), speaker=label[1], attribution=label[0],
                                    affiliation=label[2], line=para[0][1]))
                marked += 1
                continue
            unmarked.append(_unmarked_quote(stripped, para[0][1]))
            continue
        prefix_speaker = None
        prefix_attr = None
        p = prefix.strip()
        core = _ARROW_END_RE.sub("", p) if p and not p.endswith((":", ",")) else ""
        label = note_label(joined) if core and para_noted and _LABEL_END_RE.search(core) and note_label(core) else None
        if label is not None:
            # a note line whose label opens it and whose words go on before a quotation:
            # "<Naam>, <rol>: <wat ze zei> → “…”" -- one item, the whole line after the label
            quotes.append(Quote(text=_quote_text(label[3]), speaker=label[1], attribution=label[0],
                                affiliation=label[2], line=para[0][1]))
            marked += 1
            continue
        prefix_aff = None
        if p.endswith((":", ",")):
            attr, spk, aff = parse_attribution(p.rstrip(":,"))
            if attr and (spk or _VERB_RE.match(p)):
                prefix_attr, prefix_speaker = attr, spk  # (its affiliation stays in the credit: as before)
        elif _ARROW_END_RE.search(p):  # "<Naam> – “…”", "<Naam> (<org>) → “…”", "<Naam> - <org> - “…”"
            parts = _label_parts(_ARROW_END_RE.sub("", p))
            if parts is not None:
                prefix_attr, prefix_speaker, prefix_aff = parts
        for n, (offset, qtext, tail, _closed) in enumerate(found):
            text = _quote_text(qtext)
            if _ARROW_RE.match(tail.lstrip(" ,.;!?…")):
                tail = ""  # ("“…” -> gelach": the reporter's comment, no credit; it stays in the section)
            attribution, speaker, affiliation = parse_attribution(tail) if tail.strip() else (None, None, None)
            if _VERB_RE.match(tail.lstrip(" ,.;:!?…")):
                text = text.rstrip(",")
            if not _closed and attribution is None:
                text, attribution, speaker, affiliation = _split_dash_attribution(text)
            if n == 0 and attribution is None and prefix_attr:
                attribution, speaker = prefix_attr, prefix_speaker
                affiliation = affiliation or prefix_aff
            if not text:
                continue
            quotes.append(Quote(text=text, speaker=speaker, attribution=attribution, affiliation=affiliation,
                                line=line_at(offset)))
            marked += 1
    if not marked:
        quotes.extend(q for q in unmarked if q.text)
    return [q for q in quotes if q.text]  # (a chat header line with no message after it)


#: A reply line under a post ("↳ <Naam>: ..."): it starts a paragraph of its own, never goes on
#: with the line above (session 26: T26's "2. Crocs, groen, één schoen (??)" read with its replies as one
#: quote credited to "Crocs").
_REPLY_START_RE = re.compile(r"^[ \t>*_-]*[↳↪⤷⮡⤵]")
#: A numbered list item's mark ("1. ", "2) ").
_NUMBERED_RE = re.compile(r"^\s*\d{1,2}[.)]\s+(?=\S)")


def _thing_list_lines(lines: list[QuoteLine], markdown: bool) -> frozenset[int]:
    """The ids of the lines of ``lines`` that open an item of a numbered list of THINGS and would
    read as a credited quote: their label or quotation is the item's furniture, not a speaker's
    words (session 26, T26: a lost-and-found post's "4. T-shirt van <Merk>, maat 152, in stift:
    <NAAM>" was a quote "<NAAM>" by a speaker "T-shirt van <Merk>", "1. Regenjas van <Merk>, maat 128,
    naam in de kraag: ‘<Naam> V.’" a quote by "Regenjas van <Merk>").

    A list is one of things when it holds three numbered items or more and more than half of them
    are plain (no quotation mark, no label that names a person, no chat sender: "2. Birkenstocks,
    bruin, maat 36", "5. Drinkbus met een sticker van <Merk>"); its other numbered items are then no
    quotes either. A list of notes ("1. <Naam>: ...", "2. <Naam>: ...") or of quotations is no list of
    things, and a plain item stays what it was (an unmarked quote when the section has no marked one)."""
    items: list[tuple[int, bool]] = []  # (line id, plain)
    for ql in lines:
        raw = normalize_for_quotes(ql.text)
        if _NUMBERED_RE.match(raw) is None:
            continue
        text = _clean_line(raw, markdown)
        plain = _find_next_opener(text, 0) < 0 and note_label(text) is None and parse_chat_line(text) is None
        items.append((id(ql), plain))
    if len(items) < 3 or 2 * sum(1 for _k, plain in items if plain) <= len(items):
        return frozenset()
    return frozenset(k for k, plain in items if not plain)


def _split_dash_attribution(text: str) -> tuple[str, str | None, str | None, str | None]:
    m = _DASH_ATTRIBUTION_RE.match(text)
    if m:
        attribution, speaker, affiliation = parse_attribution(m.group(2))
        if attribution and (speaker or len(m.group(2).split()) <= 8):
            return _quote_text(m.group(1)), attribution, speaker, affiliation
    return text, None, None, None


def _unmarked_quote(text: str, line: int | None) -> Quote:
    qtext, attribution, speaker, affiliation = _split_dash_attribution(text)
    return Quote(text=_quote_text(qtext), speaker=speaker, attribution=attribution, affiliation=affiliation, line=line)


def normalize_for_quotes(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def quotes_from_text(text: str, *, first_line: int = 1, markdown: bool = False) -> list[Quote]:
    """Split a quotes section given as text (blank line = new paragraph)."""
    lines: list[QuoteLine] = []
    new_para = True
    for i, raw in enumerate(text.split("\n")):
        if not raw.strip() or (markdown and _MD_BLOCKQUOTE_RE.sub("", raw).strip() == ""):
            new_para = True
            continue
        lines.append(QuoteLine(raw, first_line + i, new_para))
        new_para = False
    return split_quotes(lines, markdown=markdown)


# -- note lines and joined chat lines (session 18) -------------------------------------------------
# A reporter's notes as the quotes section: one person a line, as a list ("- ", "* ", "•", "1.",
# "3)") or not, "<Naam> (<org>): “…” -> <commentaar>", "<Voornaam>: <beschrijving>", "<Naam>, <rol>
# → <wat ze zei>", "<Naam> – “…”", "<Naam> - <org> - “…”", "moderator <Voornaam> vraagt: …". Each
# line is its own item with its own speaker (before session 18 a list line was joined into the
# credit of the line above: "… -> gelach <Voornaam>: …" was published as an attribution's text).

_ARROW_RE = re.compile(r"(?:-+>|=+>|[→⇒➔➜⟶])")
_ARROW_END_RE = re.compile(rf"\s*(?:-+>|=+>|[→⇒➔➜⟶]|(?<=\s)[{re.escape(_DASHES)}])\s*$")
_LABEL_END_RE = re.compile(r":|-+>|=+>|[→⇒➔➜⟶]")
#: Where a note's label ends: a colon, an arrow, or a dash between spaces.
_NOTE_SEP_RE = re.compile(rf"\s*(?:(?<!\d):(?![/\d])|-+>|=+>|[→⇒➔➜⟶])\s*|\s+[{re.escape(_DASHES)}]\s+")
#: A role word before the name and a speech verb after it ("moderator <Voornaam> vraagt").
_ROLE_LEAD_RE = re.compile(
    r"^(?:de\s+|het\s+)?(?:moderator|moderatrice|voorzitter|spreker|spreekster|presentator|presentatrice|"
    r"begeleider|begeleidster|facilitator|gespreksleider|panellid|jeugdconsulent|schepen|burgemeester)\s+(?=[^\W\d_])",
)
_SPEECH_VERB_TAIL_RE = re.compile(
    r"\s+(?:vraagt|vroeg|zegt|zei|antwoordt|antwoordde|reageert|reageerde|vult\s+aan|vulde\s+aan|"
    r"besluit|besloot|lacht|lachte|merkt\s+op|says|asks|dit|demande)$",
    re.IGNORECASE,
)


def _label_parts(label: str) -> tuple[str, str | None, str | None] | None:
    """(attribution, speaker, affiliation) of a note's label, when it names a person."""
    label = label.strip().strip(",;").strip()
    if not label or len(label) > 80 or fold(label.split()[0]) in _NOT_NAME_OPENERS:
        return None
    core = _SPEECH_VERB_TAIL_RE.sub("", _ROLE_LEAD_RE.sub("", label))
    parts = re.split(rf"\s+[{re.escape(_DASHES)}]\s+", core, maxsplit=1)
    if len(parts) == 2:  # "<Naam> - <org>"
        name, aff = parts[0].strip(), parts[1].strip()
        ok = is_name(name) and len(name.split()) <= 5 and sum(c.isalpha() for c in name) >= 2
        return (label, name, aff or None) if ok else None
    attribution, speaker, affiliation = parse_attribution(core)
    if speaker is None or len(speaker.split()) > 5 or sum(c.isalpha() for c in speaker) < 2:
        return None  # ("A: ...", "V: ...": an interview's answer and question, no name)
    return label, speaker, affiliation


def note_label(text: str) -> tuple[str, str | None, str | None, str] | None:
    """(attribution, speaker, affiliation, what follows) of a note line that opens with a person's
    label and no quotation mark before it, or None."""
    m = _NOTE_SEP_RE.search(text, 0, 90)
    if m is None or m.start() == 0 or chat_line_sender(text) is not None:
        return None  # (a chat line's sender and stamp are read by the chat shapes)
    head = text[: m.start()]
    if any(c in OPENERS for c in head if c not in "'’") or head.count("(") != head.count(")"):
        return None
    body = text[m.end() :].strip()
    if not body:
        return None
    parts = _label_parts(head)
    if parts is None:
        return None
    return (*parts, body)


def _ends_item(paragraph: list[tuple[str, int | None]], noted: bool, text: str, label: bool) -> bool:
    """Whether a list or note line starts a new item after ``paragraph``: inside a run of note or
    list lines always; else a line with a person's label or a quotation of its own, after a line
    that ends a sentence or a quotation (a "- <Naam>" under a quote is its credit, and a line of
    an answer wrapped over PDF lines goes on the line before)."""
    if noted:
        return True
    if not (label or _find_next_opener(text, 0) >= 0):
        return False
    return paragraph[-1][0].rstrip().endswith((".", "!", "?", '"', "”", "»", "’", ")"))


def _joined(text: str) -> tuple[str, str] | None:
    got = joined_sender(text, header=True)
    return None if got is None else (text[got[0] : got[1]], text[got[2] :].strip())


def chat_block(texts: list[str], *, joined_before: bool = False) -> list[tuple[str, str] | None]:
    """The chat sender and message of each line of a block (:func:`parse_chat_line`), and a
    sender joined to its message without a colon ("[10:46] <Naam> is de link al gedeeld?") or a
    stamp and a display name alone on a line ("[10:46] <Naam>", the message on the next line),
    when at least two lines of the block are written that way (one, when ``joined_before``: the
    paragraph goes on with a block of them)."""
    chats = [parse_chat_line(t) for t in texts]
    joined = [None if c else _joined(t) for t, c in zip(texts, chats, strict=True)]
    if sum(1 for j in joined if j) >= (1 if joined_before and joined[0] else 2):
        return [c or j for c, j in zip(chats, joined, strict=True)]
    return chats


def chat_block_starts(texts: list[str]) -> list[bool]:
    """For the section's Markdown: which lines open a message of such a block, and which follow a
    stamp-and-name line (the message under it: a paragraph of its own, so the name line stays alone)."""
    joined = [parse_chat_line(t) is None and _joined(t) for t in texts]
    if sum(1 for j in joined if j) < 2:
        return [False] * len(texts)
    out = [bool(j) for j in joined]
    for i in range(1, len(texts)):
        j = joined[i - 1]
        if j and not j[1]:
            out[i] = True
    return out


# -- quote-shaped content in any section (issue 11, session 19) --------------------------------------
# An export or a chat pasted under another question ("Waar kwamen veel vragen/reacties over?" with a
# Slido or Zoom chat, "Wat heeft jou verrast?" with a message wall) names its authors as a quotes
# section does. The reader lists them, per section, in ``report.private["export_speakers"]``; the
# anonymiser treats them as credited speakers and reads those sections with the quote rules.

#: A plain "Label: text" line in another section is a speaker's line only in a block of them where a
#: label repeats or one is a name of two words or more ("Doel: … / Resultaat: …" is a form's list).
def _plain_label(text: str) -> bool:
    return chat_line_sender(text, strong=True) is None and zoom_sender(text) is None


def section_speakers(lines: list[str], paragraph_starts: list[bool] | None = None, *,
                     quotes_section: bool = False) -> list[str]:
    """The authors and chat senders that quote-shaped lines of a section name (as written, in
    order, once each): export authors (:func:`.export_lines.export_authors`) and the senders of
    chat blocks of at least two lines; in the quotes section only the authors its quotes do not
    carry already (an e-mail header, a post without text)."""
    cleaned = [_clean_line(normalize_for_quotes(t), True) for t in lines]
    starts = paragraph_starts if paragraph_starts is not None else [False] * len(lines)
    out = export_authors(cleaned, starts)
    if quotes_section:
        return _first_names_first(out)
    # chat blocks, paragraph by paragraph (a blank line or a paragraph start ends one)
    block: list[str] = []
    blocks: list[list[str]] = []
    for t, st in zip(cleaned, starts, strict=True):
        if not t or st:
            if block:
                blocks.append(block)
            block = []
        if t:
            block.append(t)
    if block:
        blocks.append(block)
    for para in blocks:
        chats = chat_block(para)
        senders = [c[0] for c in chats if c]
        if len(senders) < 2:
            continue
        plain = [c[0] for t, c in zip(para, chats, strict=True) if c and _plain_label(t)]
        if plain and len(plain) == len(senders):
            repeated = len(set(plain)) < len(plain)
            if not repeated and not any(len(p.split()) >= 2 for p in plain):
                continue
        for name in senders:
            if name not in out:
                out.append(name)
    return _first_names_first(out)


def _first_names_first(names: list[str]) -> list[str]:
    """"<Achternaam>, <Voornaam>" (Teams, Outlook) as "<Voornaam> <Achternaam>": a speaker's
    name is read up to its first comma ("<Naam>, <rol>"), which would leave the first name."""
    out = []
    for name in names:
        parts = [p.strip() for p in name.split(",")]
        if len(parts) == 2 and all(p and is_name(p) for p in parts) and len(parts[1].split()) <= 2:
            name = f"{parts[1]} {parts[0]}"
        if name not in out:
            out.append(name)
    return out
