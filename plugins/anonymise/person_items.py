"""A first name alone as an item of a structured line (issue 11, session 19; attack A19, informed).

Exports, mail headers, rosters and answers put a person's first name in a cell of its own, with
no verb or role word around it: "Siham\\tvrijwilliger\\t2022", '"Dawit";"animator";"ja"', "cc: Keza,
de coördinator", "Van: Nabin", "Winnaar van de quiz: Tobi!", "14u-18u: Shirin (bar)", "Wie deed de
muziek? Ayesha, natuurlijk.". A capitalised word opening a sentence is no evidence by itself
(0.3), so a first name no list holds stayed in every such line (A19: 21 of 91 names in nine
frames). The CLASS: a capitalised word that is a first name on its own evidence (a listed first
name that is no word, or a word no list knows: no Dutch or English word, compound, place, brand,
organisation or keep word -- the detector's ``_first_name_evidence``) that is a whole item: it opens
a line (after a bullet), a cell (after a tab or a semicolon, a quotation mark around it), follows the
colon of a header that announces a person ("cc:", "Van:", "Winnaar van de quiz:", "Verslag:", a roster's
time; not "Locatie:", "Materiaal:", "Thema:", "Sponsor:"), or answers a "wie"-question; and its item ends right after it (a comma, a semicolon,
a tab, "!", a bracket, the line's end). A word that opens a sentence and goes on ("Siham vond ...")
is for the other rules.

Since session 23 the header words, the splitter and the one-kind decision are those of
:mod:`.person_headers`, shared with ``person_lists`` and ``person_slot_lists``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from .person_headers import item_header

if TYPE_CHECKING:
    from .detect import Token
    from .lexicon import Lexicon

#: before the item: a line's start (a bullet, a quotation mark), a tab or semicolon (a cell)
_BEFORE_RE = re.compile(r"(?:(?:^|\n)[ \t]*(?:[-–*•·][ \t]+)?|[\t;][ \t]*)[\"'“„]?\Z")
#: a header's colon before the item: the header on its line (read by ``person_headers.item_header``)
_HEADER_RE = re.compile(r"(?:^|\n)([^\n:]{1,60}):[ \t]+\Z")
#: (session 24, s24-labels) a form's field: its label after a field separator of its line or a question
#: ("Bestelling #4471 — klant: X —", "Wie brengt wat? Chips: X."), read by ``person_reverse.person_label``
_FIELD_RE = re.compile(r"(?:^|\n|[ \t][—–·|][ \t]|[?.][ \t])([^\n:—–·|?.]{1,40}):[ \t]+\Z")
#: after the item: its end (a quotation mark closing the cell first)
_AFTER_RE = re.compile(r"[\"'”]?(?:[ \t]*(?:[,;!\n]|\((?!\d)|\Z)|\t)")
#: (session 24) after an item in a form's field: also a field separator or a sentence's end before the next field
_FIELD_AFTER_RE = re.compile(r"[\"'”]?(?:[ \t]*(?:[,;!\n]|\((?!\d)|\Z)|\t|[ \t]+[—–·|][ \t]|\.(?:[ \t]|\Z))")
#: a question for a person that opens a line of fields ("Wie brengt wat? Chips: X. Drank: Y.")
_WHO_WHAT_RE = re.compile(r"(?:^|\n)[ \t]*[Ww]ie\b[^?\n]{0,40}\bwat\b[^?\n]{0,20}\?[^\n]*\Z")
#: after an item that opens a line or a cell: a cell's end (a tab, a semicolon) or a bracket of a role,
#: not a comma or the line's end ("Bisous,\nLes animateurs": a greeting; "Vorakrit (2019) is een film")
_CELL_AFTER_RE = re.compile(r"[\"'”]?(?:[ \t]*(?:;|\((?!\d))|\t)")
#: after an item that opens a line: a label's colon and its text on the same line ("Wietske: geen noten",
#: "Defne: lactosevrij" -- an allergy list, a note per child; session 23)
_LABEL_AFTER_RE = re.compile(r"[ \t]*:[ \t]+[a-zà-ÿ0-9]")  # (its text in lower case: not "Verantwoordelijke: X")
#: a line's start before the item (a bullet, a quotation mark): no cell
_LINE_START_RE = re.compile(r"(?:^|\n)[ \t]*(?:[-–*•·][ \t]+)?[\"'“„]?\Z")
_VOWELS = frozenset("aeiouyàáâäèéêëìíîïòóôöùúûüảạãằắẳẵặâấầẩẫậ")
#: a question for a person before the answer ("Wie deed de muziek? Ayesha, natuurlijk.")
_WHO_RE = re.compile(r"(?:^|[.!?\n][ \t]*)(?:[Ww]ie|[Mm]et wie|[Vv]an wie|[Ww]iens)\b[^.!?\n]{0,80}\?[ \t]+\Z")


def mark_items(text: str, toks: list[Token], caps: list[int], evidence: Callable[[Token], bool],
               min_conf: float, word_name: Callable[[Token], bool] | None = None, lex: Lexicon | None = None) -> None:
    """Mark each capitalised word that is a whole item of a structured line (see the module).
    ``word_name``: whether a word the name lists hold is also an ordinary word ("Lief", "Linde",
    "Mees"): in these slots the slot decides (session 20)."""
    for i in caps:
        tok = toks[i]
        if tok.person or tok.protected or tok.allcaps or not tok.cap:
            continue
        lo = max(0, tok.start - 100)
        slot = True  # (a header's or a "wie"-question's slot: there a word the name lists hold is a name)
        # (a question's, a header's or a field's slot only after a mark: _marked_before)
        marked = _marked_before(text, lo, tok.start)
        if marked and (_WHO_RE.search(text, lo, tok.start) or _person_header(text, lo, tok.start)):
            after = _AFTER_RE
            if _person_field(text, lo, tok.start):
                after = _FIELD_AFTER_RE
        elif marked and _person_field(text, lo, tok.start):
            after = _FIELD_AFTER_RE  # (session 24: "klant: X —", "Rugnummer 9: X,", "Wie brengt wat? Chips: X.")
        elif _BEFORE_RE.search(text, max(0, tok.start - 6), tok.start):
            after, slot = _CELL_AFTER_RE, False  # (a cell or a line's opening: "Vrede (en veiligheid) ..." stays)
            if (not after.match(text, tok.end) and _LABEL_AFTER_RE.match(text, tok.end)
                    and _LINE_START_RE.search(text, max(0, tok.start - 6), tok.start) and _reads_as_name(tok, lex)):
                after = _LABEL_AFTER_RE  # ("Wietske: geen noten": a label that reads as a name; session 23)
        else:
            continue
        if not after.match(text, tok.end) or not (evidence(tok) or slot and word_name is not None and word_name(tok)):
            continue
        tok.person, tok.score = True, max(tok.score, 0.7, min_conf)
        tok.rule = "a first name alone as an item of a structured line"


def _marked_before(text: str, lo: int, at: int) -> bool:
    """Whether a question mark or a colon and then spaces or tabs only (one at least) stand right
    before ``at``, the mark at ``lo`` or after it: what :data:`_WHO_RE`, :data:`_HEADER_RE` and
    :data:`_FIELD_RE` each end with (``[?:][ \\t]+\\Z``), so where this says no none of them matches
    (session 25: their searches of the hundred characters before every capitalised word were a fifth
    of a long text in capitals)."""
    k = at - 1
    if k < lo or text[k] not in " \t":
        return False
    while k >= lo and text[k] in " \t":
        k -= 1
    return k >= lo and text[k] in "?:"


def _reads_as_name(tok: Token, lex: Lexicon | None) -> bool:
    """A label opening a line reads as a first name: a listed first name, or four letters or more with
    two vowels (no abbreviation: "Opm:", "Antw:", "Bvb:")."""
    f = tok.folded
    if lex is not None and f in lex.first_names:
        return True
    if f.endswith(_WORD_ENDINGS) or "-" in f and f.split("-")[0] not in (lex.first_names if lex else ()):
        return False  # (a Dutch word the lists miss: "Internationaal:", "Verantwoordelijke:", "Post-it:")
    if lex is not None:
        from .person_lower_slots import plainly_dutch

        if plainly_dutch(f, tok.text.lower(), lex):
            return False
    return len(f) >= 4 and sum(c in _VOWELS for c in f) >= 2


#: endings of Dutch derived words (adjectives, nouns of action or quality), no first name's
_WORD_ENDINGS = ("aal", "ief", "isch", "lijk", "lijke", "heid", "ing", "tie", "teit", "isme", "schap", "ment", "eren",
                 "elijk", "baar", "achtig", "loos", "ische", "ieve", "ale")


def _person_field(text: str, lo: int, at: int) -> bool:
    """Whether a form's field right before ``at`` asks for a person (session 24): its label asks for
    one (``person_reverse.person_label``: "klant", "op naam van", "Naam ouder/voogd", "Rugnummer 9"), or
    the line opens with a question who brings or does what ("Wie brengt wat? Chips:")."""
    from .person_reverse import person_label

    m = _FIELD_RE.search(text, lo, at)
    if m is None:
        return False
    return person_label(m.group(1)) or _WHO_WHAT_RE.search(text, lo, m.start(1)) is not None


def _person_header(text: str, lo: int, at: int) -> bool:
    """Whether a header's colon right before ``at`` announces a person (``person_headers.item_header``)."""
    m = _HEADER_RE.search(text, lo, at)
    return m is not None and item_header(m.group(1).strip())
