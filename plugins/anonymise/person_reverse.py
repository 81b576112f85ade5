"""A name in a register's reverse order after a person's preposition (issue 11, session 23; attack A22
informed, s23-names' frozen batch).

Attests, receipts, registrations and letters name a person in the register's order, surname first:
"Attest van deelname voor Karakaş, Alperen", "Betaling ontvangen van Tsukahara, Haruki", "Getekend door
Okonkwo, Chinwendu (leiding)", "Inschrijving: de Boer, Wolf (16 jaar)". The comma splits the name, so the
rules that read "voor X Y" saw a surname alone and a word opening a clause. The CLASS: after "voor",
"van", "door", "aan", "namens" or a header's colon, a run of capitalised words (particles inside:
"Van Wassenhove", "de Boer"), a comma, and one capitalised word, which ends there (the line's or the
sentence's end, a bracket, a comma, a dash, a bar, a lower-case word other than "en"/"of": not a list "Gent, Brugge en
Kortrijk"); the word after the comma is a first name (a listed one, also a word, or a word no list
knows: the caller's ``first_ok``) and the run before it a surname (a listed one, or no word), neither a
place, brand, organisation, calendar or keep word (the caller's ``thing``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from .person_emoji_split import symbol_gap

if TYPE_CHECKING:
    from .detect import Token
    from .lexicon import Lexicon

RULE = "a name in a register's reverse order ('voor <Achternaam>, <Voornaam>')"

CUES = frozenset({"voor", "van", "door", "aan", "namens"})
#: (session 24, s24-labels) The words of a form's label that ask for a person ("klant:", "Huurder:",
#: "op naam van:", "Ingeschreven door:", "Factuur aan:"; never the thing a label names, "Bestelling:", "Ticket:"): in their slot "<Achternaam>, <Voornaam>" is
#: a person also when both are words ("klant: <Woord>, <Woord> —"); a thing there stays a thing.
PERSON_LABELS = frozenset({
    "naam", "klant", "klanten", "besteller", "koper", "koopster", "huurder", "huurster", "aanvrager",
    "aanvraagster", "ontvanger", "ontvangster", "afzender", "geadresseerde", "deelnemer", "deelneemster", "leerling",
    "cursist", "patiënt", "patient", "titularis", "houder", "ouder", "voogd", "contactpersoon", "ingeschreven",
    "afgehaald", "opgehaald", "ingevuld", "ondertekend", "getekend", "begunstigde", "lid", "abonnee", "bezoeker",
    "gast", "kind", "speler", "verzekerde", "passagier", "reiziger", "bewoner", "eigenaar",
    # (session 26, s26-privacy: a colophon's and a register's labels, "Auteur: <Achternaam>, <Voornaam> (red.)",
    # "Deelnemerslijst (export): <Achternaam>, <Voornaam> – betaald"; general knowledge, A25's frames informed)
    "auteur", "auteurs", "schrijver", "schrijfster", "redacteur", "redactrice", "fotograaf", "fotografe",
    "illustrator", "illustratie", "tekenaar", "vertaler", "vertaling", "eindredactie", "deelnemerslijst",
    "deelnemerslijsten", "deelnemers", "ledenlijst", "aanwezigheidslijst", "aanwezigen", "inschrijvingen",
    "inschrijvingslijst", "wachtlijst",
    # a person's preposition closing the label: "Factuur aan:", "Betaald door:", "Namens:" (not "voor":
    # "Nodig voor: Tent, Slaapzak")
    "aan", "door", "namens",
})
#: (session 24) a team sheet's posts: "Rugnummer 9:", "Kapitein:", "Keeper:" ask for a person as a field's label
TEAM_LABELS = frozenset({"rugnummer", "shirtnummer", "kapitein", "aanvoerder", "keeper", "doelman", "spits",
                         "verdediger", "middenvelder", "invaller", "wisselspeler", "scheidsrechter"})
_PARTICLES = frozenset({"van", "de", "der", "den", "ter", "ten", "'t", "le", "la", "du", "des", "da", "dos", "del", "di",
                        "von", "el", "al", "vande", "vanden", "vander", "mc", "mac", "o"})
_AFTER_RE = re.compile(r"[ \t]*(?:$|[.,;:!?()\n—–|·•]|-[ \t]|(?!en\b|of\b|and\b|et\b)[a-zà-ÿ])")
_LABEL_WORD_RE = re.compile(r"[^\W\d_]+")


def person_label(label: str) -> bool:
    """Whether a form field's label (the text before its colon) asks for a person: one of its last
    four words is a person's label word (:data:`PERSON_LABELS`, not a preposition alone), a team sheet's
    post (:data:`TEAM_LABELS`), or it ends in "naam van" (``person_items``' fields, session 24)."""
    words = [w.lower() for w in _LABEL_WORD_RE.findall(label)][-4:]
    if not words:
        return False
    if words[-2:] == ["naam", "van"]:
        return True
    return any(w in PERSON_LABELS and w not in CUES or w in TEAM_LABELS for w in words)


def _person_label(text: str, cue: Token) -> bool:
    """Whether ``cue`` closes a form's label that asks for a person: it stands before a colon (or is
    "van" in "op naam van") and a word of the label on its line, up to three words back, is one of
    :data:`PERSON_LABELS`."""
    colon = _colon_after(text, cue)
    lo = max(0, cue.start - 60)  # (bounded: a text of cues without a line break stays linear)
    start = max(lo, *(text.rfind(sep, lo, cue.start) + 1 for sep in ("\n", "—", "·", "|", ". ")))
    words = [w.lower() for w in _LABEL_WORD_RE.findall(text[start : cue.end])][-4:]
    if not colon and not (cue.folded == "van" and len(words) >= 2 and words[-2] == "naam"):
        return False
    return any(w in PERSON_LABELS for w in words)


def _colon_after(text: str, cue: Token) -> bool:
    """A colon right after ``cue``, or after a bracket closing it ("Deelnemerslijst (export):", session 26)."""
    return text[cue.end : cue.end + 1] == ":" or text[cue.end : cue.end + 2] == "):"


def may_hold(text: str) -> bool:
    return ", " in text


def mark_reverse(text: str, toks: list[Token], lex: Lexicon, first_ok: Callable[[Token], bool],
                 thing: Callable[[Token], bool], min_conf: float) -> None:
    """Mark "<cue> <Achternaam>, <Voornaam>" (see the module)."""
    n = len(toks)
    for i in range(n - 2):
        cue = toks[i]
        colon = _colon_after(text, cue)
        label = _person_label(text, cue) if cue.folded in CUES or colon else False
        if cue.folded not in CUES and not (colon and (cue.cap or label)):
            continue
        j = i + 1
        gap = text[cue.end : toks[j].start].strip(" :" if not colon else " :)")
        if gap != "" and not (colon and symbol_gap(gap)) or "\n" in text[cue.end : toks[j].start]:
            # (session 26: a symbol may decorate the name after a label's colon, "Auteur: ✨ <Achternaam>, <Voornaam>")
            continue
        run: list[int] = []
        while j < n and len(run) < 4:
            t = toks[j]
            if run and text[toks[run[-1]].end : t.start] not in (" ", "-"):
                break
            if t.cap or t.folded in _PARTICLES and not t.cap:
                run.append(j)
                j += 1
                continue
            break
        while run and not toks[run[-1]].cap:
            run.pop()
        if not run or run[-1] + 1 >= n:
            continue
        k = run[-1] + 1
        first = toks[k]
        if text[toks[run[-1]].end : first.start] != ", " or not first.cap or _AFTER_RE.match(text, first.end) is None:
            continue
        if first.allcaps and not toks[run[-1]].allcaps:
            continue
        surname = [toks[m] for m in run if toks[m].cap]
        # (session 24: in a form's person slot a place's name is the surname before a first name,
        # "klant: <Plaatsnaam>, <Voornaam>"; never the first name: "op naam van: Vooruit, Gent")
        sure_first = first.person or first_ok(first)
        if any((thing(t) or t.folded in lex.places)
               and not (label and sure_first and t.protected == "place" and t.folded not in lex.brands
                        and t.folded not in lex.keep_single and t.text not in lex.keep_exact)
               for t in surname) or thing(first) or first.folded in lex.places:
            continue
        if not label and any(t.folded in lex.calendar for t in [*surname, first]):
            continue
        # (session 24: in a form's person slot the slot decides -- "klant: Baas, Door", "op naam van:
        # Koning, Zomer" -- when no word of the surname is a frequent word and the first name is no
        # word in capitals alone)
        if label and not any(t.folded in lex.common and t.folded not in _PARTICLES for t in surname) and not first.allcaps:
            pass
        elif not sure_first or not all(t.person or t.folded in lex.surnames or not lex.is_word(t.folded) for t in surname):
            continue
        for t in [*(toks[m] for m in run), first]:
            if t.cap and not t.person:
                t.person, t.score, t.rule = True, max(t.score, 0.7, min_conf), RULE
