"""Task labels of a pasted roster are no speakers (session 24, s24-late; issue 11).

A reporter pastes a party's running order or a duty roster into the quotes answer of a form::

    Bar: <naam> + <naam> (shift 1)
    Kassa: <naam> (wisselgeld bij <naam>!)
    DJ's: <artiestennaam> (<naam>) 22u-00u

The form reader takes a block of "<Label>: <tekst>" lines for a chat and each label for its sender
(the reader has no word list: the core reads no plugin data). Credited as speakers, "Bar", "Kassa",
"DJ's" were withheld as persons ("deelnemer N"), and a label the section's text wrote otherwise
("DJ's") stood there as a withheld speaker's bare name: the leak guard withheld the whole report.

Here, before anything is known: a quote whose speaker is the label of its own line (speaker and
credit the same single word) is a roster line when that label is an ordinary Dutch word (a task, a
post: "Bar", "Kassa", "Opkuis", "DJ's") that is no name of any list and no name that is also a word
("Roos", "Storm": those stay senders), and the report holds at least two such lines (a roster is a
block). The quote has no speaker; its label stays its credit as written ("<naam> + <naam>" -- Bar) and
the quotes section keeps the line as written, its names read by the quote rules as every quote's are.
(A first version put the label into the quote's text, "Bar: ..."; the text rules then read a label
before an organisation, "Decor: Jeugdhuis ...", as a chat sender and masked it: a word lost.) A person's label (a name, a role the lexicon does
not know as a word: "Verantwoordelijke") stays a speaker, as before.
"""

from __future__ import annotations

import re

from perskamer.model import Report

from .lexicon import fold, load_lexicon

#: a single label word, with an optional possessive or plural "'s" ("DJ's")
_LABEL_RE = re.compile(r"^([^\W\d_][^\W\d_\-]{1,30})(?:['\u2019]s)?$")


def task_label(label: str) -> bool:
    """Whether a line's label names a task or a post, not a person: one word, capitalised (or in
    capitals), an ordinary Dutch word, on no name list and no name that is also a word."""
    m = _LABEL_RE.match(label.strip())
    if m is None or not label[:1].isupper():
        return False
    word = fold(m.group(1))
    lex = load_lexicon()
    if not lex.is_word(word) or lex.is_name_word(word):
        return False
    return word not in lex.first_names and word not in lex.surnames


#: the label opening a line of the quotes section, before its colon
_LINE_LABEL_RE = re.compile(r"(?m)^[ \t]*([^\W\d_][^\n:]{0,40}?)[ \t]*:")


def unlabel_roster(report: Report) -> int:
    """Take the speaker off the quotes of a roster's lines, the label left as their credit (in place); how many."""
    section = report.sections.get("quotes")
    if not isinstance(section, str) or ":" not in section:
        return 0
    labels: set[str] | None = None  # (the section's line labels, read once: linear in the section)
    lines = []
    for q in report.quotes:
        if q.speaker and q.attribution == q.speaker and not q.affiliation and task_label(q.speaker):
            if labels is None:
                labels = {m.group(1) for m in _LINE_LABEL_RE.finditer(section)}
            if q.speaker in labels:
                lines.append(q)
    if len(lines) < 2:
        return 0  # (one "<Woord>: …" line is no roster)
    for q in lines:
        q.speaker = None  # (the label stays its line's credit, as written: "– Bar")
    return len(lines)
