"""A name as the whole value of a label, or a sentence of its own (issue 11, session 25, s25-a25).

Lists, rotas, calendar invitations, seating plans and election results write a person as the
value of a label: "organisator: <Naam> · 6 gasten", "Afwas 19:00-20:00: <Naam> + de kookploeg",
"aan het raam, rij 2: <Naam> (...)", "Verkozen tot dorpsburgemeester: <Naam>!", and a task list
writes one as a sentence of its own: "Corvee vandaag. <Naam>. Wc's poetsen.". The colon and the
full stop make the name a sentence's first word, which is no evidence by itself (0.3), and the
label is no word of ``person_headers.HEADER_WORDS`` -- so a name no list holds stayed (attack A25:
about 17 of 91 names in each of seven such frames).

The CLASS (default-deny, as a proper noun inside a sentence): a capitalised word that is a first
name on its own evidence (a listed first name that is no word, or a word no list knows -- the
detector's ``_first_name_evidence``), with up to two later capitalised words of the same name
(``_layout_later``: no list keeps them), that is the WHOLE value of a label -- after "<label>: " on
its line (a symbol may open the value), or between a sentence's full stop and its own -- and
ends there (a semicolon, "!", "?", a full stop, a bracket, a field separator "·", "|",
"—", "–", "+", a spaced "-" (s26-a26: "Inschrijving ...: <NAAM> - brevet: ja"), a symbol, the line's end). Not after a label that asks for a thing or a place
("Locatie:", "Thema:", "Spel:", "Sponsor:", "App:": :data:`THING_LABELS`, from general knowledge);
there a word no list knows is as often a hamlet, a game or a firm; nor after a label in another
language (every word of the label is a Dutch word or compound): "Unterstützt von: <Verein>".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .detect import Token

#: a symbol (arrows, check marks, dingbats, emoji) that may open or close a label's value
SYMBOL = "[\u2190-\u2bff\u2600-\u27bf\U0001f000-\U0001faff\ufe0f]"
#: the label before the value: a line (or a field after a separator) up to a colon and a space
_LABEL_RE = re.compile(r"(?:^|\n|[ \t][—–·|][ \t])(?P<label>[^\n·|—]{1,80}?):[ \t]+(?:" + SYMBOL + r"+[ \t]*)?\Z")
#: a sentence of its own: after a full stop (its sentence on the same line)
_STOP_BEFORE_RE = re.compile(r"[^\W\d_]{2,}\.[ \t]+\Z")
_STOP_AFTER_RE = re.compile(r"\.(?:[ \t]+[^\W\d_]|[ \t]*(?:\n|\Z))")
#: the value's end (not a comma: "Bij regen: <spel>, kaarten of een film" -- the first of a list of things)
_END_RE = re.compile(r"[ \t]*(?:[;!?\n]|\.(?:[ \t]|\Z)|\((?!\d)|\Z)|\t|[ \t]+[—–·|+-][ \t]|[ \t]*" + SYMBOL)
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")

#: endings of Dutch derived words a word list may miss in their inflections ("Verantwoordelijke")
_DUTCH_ENDINGS = ("lijk", "lijke", "ige", "ische", "isch", "heid", "ing", "ster", "aar", "eerd", "eerde")
#: Labels that ask for a thing, a place, an organisation or a time, whose value is as often a word no
#: list knows that is no person (written by s25-a25 from general knowledge of forms and lists; no
#: test data): the label's last word decides.
THING_LABELS = frozenset({
    "locatie", "plaats", "plek", "adres", "bestemming", "vertrek", "vertrekplaats", "verzamelplaats", "aankomst",
    "gemeente", "stad", "dorp", "deelgemeente", "land", "regio", "provincie", "straat", "wijk", "route", "waar",
    "thema", "onderwerp", "titel", "spel", "spelletje", "spelletjes", "lied", "liedje", "nummer", "song", "film",
    "boek", "strip", "app", "apps", "website", "site", "platform", "kanaal", "hashtag", "merk", "sponsor",
    "sponsors", "hoofdsponsor", "partner", "partners", "organisatie", "organisaties", "vereniging", "club",
    "school", "zaal", "lokaal", "menu", "gerecht", "eten", "dessert", "drank", "dranken", "materiaal", "wachtwoord",
    "paswoord", "code", "wifi", "taal", "programma", "activiteit", "activiteiten", "workshop", "sessie", "project",
    "campagne", "tool", "formulier", "bank", "winkel", "firma", "bedrijf", "leverancier", "traiteur", "cateraar",
    "band", "artiest", "dj-set", "genre", "kleur", "kleuren", "dier", "ras", "soort", "type", "model", "product",
    "prijs", "prijzen", "categorie", "richting", "opleiding", "vak", "studie", "beroep", "functie", "afdeling",
    "tak", "takken", "beweging", "jeugdbeweging", "koepel", "gewest", "uur", "tijd", "datum", "dag", "wanneer",
    "weer", "motto", "slogan", "boodschap", "wat", "waarom", "hoe", "benodigdheden", "meebrengen",
    "location", "venue", "place", "theme", "topic", "game", "lieu", "thème",
})


def mark_label_values(text: str, toks: list[Token], caps: list[int], evidence: Callable[[Token], bool],
                      later: Callable[[Token], bool], caps_evidence: Callable[[Token], bool],
                      dutch: Callable[[str], bool], min_conf: float) -> None:
    """Mark each name that is the whole value of a label or a sentence of its own (see the module).
    ``caps_evidence``: whether a word in capitals reads as a name (no acronym): alone as a label's value
    it is one ("Zetel 12: <NAAM>", "Aanwezig: <NAAM> ✓"). ``dutch``: whether a lower-case word is a Dutch
    word (or compound): every word of the label must be one -- a label in another language ("Unterstützt
    von:", "Partner aus ...:") says nothing of what a word no Dutch list knows after it is."""
    n = len(toks)
    at: dict[int, Token] | None = None  # (tokens by their start, made on the first label)
    for i in range(n):
        tok = toks[i]
        if tok.person or tok.protected or not (tok.cap or tok.allcaps):
            continue
        if not (caps_evidence(tok) if tok.allcaps else evidence(tok)):
            continue
        lo = max(0, tok.start - 120)
        m = _LABEL_RE.search(text, lo, tok.start)
        if m is not None:
            words = _WORD_RE.findall(m.group("label"))
            if (not words or words[-1].lower() in THING_LABELS
                    or not all(len(w) <= 2 or w.isupper() or w.lower().endswith(_DUTCH_ENDINGS) or dutch(w.lower())
                               for w in words)):
                continue  # (an acronym in the label is no language: "Verantwoordelijke EHBO:")
            if at is None:
                at = {t.start: t for t in toks}
            if _siblings_hold_things(text, words[0], at):
                continue
        elif _STOP_BEFORE_RE.search(text, max(0, tok.start - 40), tok.start) is None:
            continue
        # the name's later words: capitalised, one space apart, that no list keeps
        run = [tok]
        k = i + 1
        while (not tok.allcaps and k < n and len(run) < 3 and toks[k].cap and not toks[k].allcaps and not toks[k].person
               and text[toks[k - 1].end : toks[k].start] == " " and later(toks[k])):
            run.append(toks[k])
            k += 1
        end = run[-1].end
        if m is None:
            if tok.allcaps or not _STOP_AFTER_RE.match(text, end):
                continue
        elif not _END_RE.match(text, end):
            continue
        for t in run:
            t.person, t.score, t.protected = True, max(t.score, 0.7, min_conf), None
            t.rule = "a name as the whole value of a label"


def _siblings_hold_things(text: str, head: str, at: dict[int, Token]) -> bool:
    """Whether another line that opens with the same label's first word ("KAART 1: <X> —", "KAART 3:
    <plaats> —") has a value a list keeps (a place, an organisation, a brand ...): the lines list
    things of one kind, and a word no list knows among them is one too (a town's Dutch name no place
    list holds: "KAART 1: <stad> — zon en trams")."""
    for m in re.finditer(r"(?m)^[ \t]*" + re.escape(head) + r"\b[^\n:]{0,40}:[ \t]+", text, re.IGNORECASE):
        tok = at.get(m.end())
        if tok is not None and tok.protected and tok.protected != "compound":
            return True
    return False
