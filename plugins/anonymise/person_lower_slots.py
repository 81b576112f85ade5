"""Lower-case names in the strongest person slots of chat speech (issue 11, session 19).

Young people write names in lower case: "hey <naam>", "ik en <naam>", "<naam> en ik", "zeg
tegen <naam> dat", "met <naam> gaan we", "dankje <naam>!". The detector's rules for unknown
lower-case words (``detect._unknown_lower``) take a word for Dutch when it merely *splits* into
short Dutch pieces or ends like an inflection ("lob"+"sang", "dor"+"ieke", "-tje"), and keep a
listed first name that is also a month or a word ("mei", "roos"): right where that caution
belongs -- anywhere in a sentence -- but not in the slots below, which hold a person and (almost)
never an unlisted word:

* a vocative after a greeting or a thanks ("hey X", "dankje (wel) X", "sorry X", "merci X");
* one side of "ik en X" / "X en ik" / "jij en X" (a pair with the speaker);
* the addressee of a message: "zeg tegen X", "vraag aan X", "zeg het aan X";
* the partner of "met X" before an inverted finite verb and its subject ("met X gaan we"), or
  before where they go or what they did together ("met X naar de stad", "met X gebeld");
* the writer after "vraag/bericht/reactie van" before a colon ("vraag van X: ...");
* the subject opening a chat line (after an interjection too) before a finite verb, a strong
  past form included ("lol X viel weer", "X zei da we ...").

There a lower-case word is a name unless it is *plainly* Dutch (a listed word, an inflection of a
listed word of four letters or more, a compound of listed words of four letters or more), an
English word, or a chat, slang, place, platform, brand or organisation word (the caller's test).
A listed first name is a name there even when it is also a month or a word ("hey mei", "ik en
roos"), unless it is one of the frequent words.

:func:`rest_of_lower_name` then takes the rest of such a name: the lower-case surname words
after a lower-case first name ("hey femke van der linden alles goed?", "ik en burak kaya-demir
hebben", "bericht van moderator bram hoogeveen op 3 maart").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .compounds import _split_compound
from .lexicon import Lexicon
from .particles import LOWER_CHAT_PARTICLES

if TYPE_CHECKING:
    from .detect import Token

#: Greetings and thanks after which a vocative stands ("hey X", "dankje X", "sorry X").
VOCATIVE_BEFORE = frozenset({"hey", "hei", "hej", "heey", "heyy", "hoi", "hooi", "hallo", "hallootjes", "hello", "hi",
                             "yo", "jo", "joow", "jow", "yow", "salut", "salu", "dag", "daag", "dankje", "dankjewel",
                             "danku", "dankuwel", "dank", "bedankt", "merci", "mercikes", "thanks", "thx", "tnx", "ty",
                             "sorry", "sorryyy", "proficiat", "welkom", "slaapwel", "goeiemorgen", "goeienavond",
                             "doei", "ciao", "dikke"})
#: Words between a greeting and the vocative ("dankje wel X", "merci hé X", "hey lieve X").
_FILLERS = frozenset({"wel", "hé", "he", "hee", "eh", "ne", "nog", "ook", "lieve", "beste", "dikke", "je", "jij",
                      "jou", "u", "jullie", "hoor", "zo", "ma", "toch"})
#: The speaker's side of a pair ("ik en X", "X en ik").
_SELF = frozenset({"ik", "mij", "ikzelf", "jij", "jou", "wij"})
#: Verbs of telling whose addressee follows "tegen" or "aan" ("zeg tegen X", "vraag het aan X").
_TELL = frozenset({"zeg", "zegt", "zei", "zeggen", "vraag", "vraagt", "vroeg", "vragen", "stuur", "stuurt", "geef",
                   "geeft", "gaf", "laat", "meld", "vertel", "vertelt", "schrijf", "app", "sms", "bel"})
_TELL_OBJECTS = frozenset({"het", "dat", "dit", "maar", "eens", "even", "ff", "nog"})
#: Subject pronouns after an inverted verb ("met X gaan we", "met X doe ik").
_INVERTED = frozenset({"we", "wij", "ik", "ze", "zij", "jullie", "je", "jij", "ge", "gij"})
#: Past forms of strong verbs a chat's subject stands before ("lol <naam> viel weer", "<naam> liep weg"),
#: besides the detector's finite-verb test (regular forms) and the short finite verbs.
STRONG_PAST = frozenset({"viel", "vielen", "liep", "riep", "sliep", "hield", "kreeg", "schreef", "won", "vond", "sprong",
                         "zong", "at", "las", "trok", "vloog", "kocht", "zocht", "dacht", "bracht", "werd", "wist", "hing",
                         "begon", "koos", "dronk", "zwom", "reed", "greep", "keek", "zweeg", "verloor", "vergat", "kwam",
                         "ging", "zei", "vroeg", "sprak", "stuurde", "belde", "appte", "lachte", "huilde", "speelde"})
#: Words before "van X" that make X the one who wrote or asked ("vraag van <naam>:").
_MESSAGE_HEADS = frozenset({"vraag", "vraagje", "bericht", "berichtje", "reactie", "antwoord", "opmerking", "idee",
                            "voorstel", "tip", "mail", "mailtje", "sms", "dm", "post", "comment", "quote", "citaat"})
#: What follows "met X" when X is the one someone goes or talks with ("met <naam> naar de stad").
_AFTER_WITH = frozenset({"naar", "mee", "gebeld", "gesproken", "afgesproken", "gepraat", "gechat", "geapt", "gespeeld",
                         "samen", "op", "gaan", "gegaan", "geweest"})
_INTERJECTIONS = frozenset({"lol", "haha", "hahaha", "hihi", "hehe", "omg", "oei", "oeps", "pff", "amai", "wow", "xd",
                            "lmao", "ah", "oh", "ohja", "jaja", "nou", "damn", "bruh", "ok", "oké", "ja", "nee"})
_INFLECTIONS = ("en", "s", "e", "n", "er", "ere", "ste", "tje", "tjes", "je", "jes", "pje", "pjes", "heid")
#: What may follow a name's last word in these slots: a boundary or a lower-case word.
_END = frozenset({"", "\n", ",", ".", "!", "?", ":", ";", ")", "…"})


def _gap(text: str, a: Token, b: Token) -> str:
    return text[a.end : b.start]


def plainly_dutch(f: str, lowered: str, lex: Lexicon) -> bool:
    """Whether a folded lower-case word is plainly Dutch: a listed word (also as written), an
    inflection or diminutive of a listed word of four letters or more ("vriendjes"), or a
    compound of listed words (heads of four letters or more: ``compounds._split_compound``).
    Not a word that only splits into short pieces ("lob"+"sang") or ends like one ("dorieke")."""
    if lex.is_word(f) or lowered in lex.dutch_words:
        return True
    for suffix in _INFLECTIONS:
        stem = f[: -len(suffix)]
        if f.endswith(suffix) and len(stem) >= 4 and lex.is_word(stem) and (suffix != "n" or stem.endswith("e")):
            return True  # (a plural "-n" only after "-e": "bode" -> "boden"; not "nabi" -> "nabin")
    return len(f) >= 8 and _split_compound(f, lex)


def strong_lower_slot(text: str, toks: list[Token], i: int, lex: Lexicon,
                      finite_verb: Callable[[str, Lexicon], bool], name_like: Callable[[Token], bool] | None = None) -> str:
    """Which of the strongest person slots lower-case token ``i`` stands in, or "" (``name_like``:
    whether a lower-case word may be a surname, to look past one after the name)."""
    tok = toks[i]
    prev = toks[i - 1] if i > 0 else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if prev is not None and not prev.cap and _gap(text, prev, tok).strip(" ,") == "":
        k = i - 1
        while k > 0 and toks[k].folded in _FILLERS and _gap(text, toks[k - 1], toks[k]).strip(" ,") == "":
            k -= 1
        if toks[k].folded in VOCATIVE_BEFORE and not toks[k].cap and _gap(text, toks[k], toks[k + 1]).strip(" ,") == "" and (
                k == 0 or toks[k].sent_start or text[toks[k - 1].end : toks[k].start].strip(" ") != ""):
            return f"a vocative after '{toks[k].text}'"
    if prev is not None and _gap(text, prev, tok) == " ":
        if prev.folded == "en" and i >= 2 and toks[i - 2].folded in _SELF and _gap(text, toks[i - 2], prev) == " ":
            return f"after '{toks[i - 2].text} en'"
        if prev.folded in ("tegen", "aan") and i >= 2 and _gap(text, toks[i - 2], prev) == " " and (
                toks[i - 2].folded in _TELL or i >= 3 and toks[i - 2].folded in _TELL_OBJECTS
                and toks[i - 3].folded in _TELL and _gap(text, toks[i - 3], toks[i - 2]) == " "):
            return f"the addressee after '{prev.text}'"
        if (prev.folded == "met" and nxt is not None and i + 2 < len(toks) and not nxt.cap
                and _gap(text, tok, nxt) == " " and _gap(text, nxt, toks[i + 2]) == " "
                and toks[i + 2].folded in _INVERTED and (finite_verb(nxt.folded, lex) or lex.is_word(nxt.folded)
                                                         and nxt.folded.endswith(("gaan", "doen", "zijn", "gaat", "doe", "ga")))):
            return f"after 'met' before '{nxt.text} {toks[i + 2].text}'"
    if prev is not None and _gap(text, prev, tok) == " " and prev.folded == "van" and i >= 2 and (
            toks[i - 2].folded in _MESSAGE_HEADS and _gap(text, toks[i - 2], prev) == " "):
        k = i + 1
        if k < len(toks) and name_like is not None and name_like(toks[k]) and _gap(text, tok, toks[k]) == " ":
            k += 1  # (the surname: "vraag van <naam> <achternaam>:")
        if text[toks[k - 1].end : toks[k - 1].end + 1] in (":", "?", "\n", ""):
            return f"the writer after '{toks[i - 2].text} van'"
    if prev is not None and prev.folded == "met" and _gap(text, prev, tok) == " " and nxt is not None:
        k = i + 1
        if name_like is not None and name_like(nxt) and _gap(text, tok, nxt) == " ":
            k += 1
        if k < len(toks) and toks[k].folded in _AFTER_WITH and _gap(text, toks[k - 1], toks[k]) == " ":
            return f"after 'met' before '{toks[k].text}'"
    opens = i == 0 or tok.sent_start or prev is not None and "\n" in _gap(text, prev, tok) or (
        prev is not None and prev.folded in _INTERJECTIONS and (i == 1 or prev.sent_start) and _gap(text, prev, tok) == " ")
    if opens and nxt is not None:
        k = i + 1
        if name_like is not None and name_like(nxt) and _gap(text, tok, nxt) == " ":
            k += 1
        if (k < len(toks) and not toks[k].cap and _gap(text, toks[k - 1], toks[k]) == " "
                and (toks[k].folded in STRONG_PAST or finite_verb(toks[k].folded, lex))):
            return f"the subject before '{toks[k].text}'"
    if (nxt is not None and i + 2 < len(toks) and nxt.folded == "en" and toks[i + 2].folded in ("ik", "ikzelf")
            and _gap(text, tok, nxt) == " " and _gap(text, nxt, toks[i + 2]) == " "):
        return "before 'en ik'"
    return ""


def rest_of_lower_name(text: str, toks: list[Token], lex: Lexicon, name_like: Callable[[Token], bool],
                       min_confidence: float) -> None:
    """Make persons of the lower-case surname words after a lower-case first name taken as a
    person in one of the slots above (or a chat line's sender): surname particles ("van der",
    "de") and then one or two words ``name_like`` accepts (a word no list knows, a listed
    surname), up to a boundary or a lower-case word that is not one of them. After particles
    any word that is no frequent word counts ("van der linden"); without them the words must
    be name-like ("kaya-demir", "zia noori")."""
    n = len(toks)
    for i, tok in enumerate(toks):
        if not tok.person or tok.cap or tok.allcaps or tok.score < min_confidence:
            continue
        if i + 1 < n and toks[i + 1].person:
            continue
        j = i + 1
        while (j < n and j - i <= 3 and toks[j].folded in LOWER_CHAT_PARTICLES and toks[j].folded not in ("in", "op")
               and not toks[j].cap and _gap(text, toks[j - 1], toks[j]) == " "):
            j += 1
        particles = j > i + 1
        taken: list[int] = []
        while j < n and len(taken) < 2 and not toks[j].cap and _gap(text, toks[j - 1], toks[j]) == " ":
            x = toks[j]
            if x.person or not x.folded.replace("-", "").replace("'", "").isalpha() or x.folded in lex.common:
                break
            after_van = particles and j == i + 2 and toks[i + 1].folded == "van"
            if not (name_like(x) or particles and not taken and len(x.folded) >= 3
                    and not (after_van and x.folded in lex.places)):  # ("femke van gent": where she is from)
                break
            taken.append(j)
            j += 1
        if not taken:
            continue
        last = toks[taken[-1]]
        after = text[last.end : last.end + 1]
        if not (after in _END or after == " " and j < n and not toks[j].cap):
            continue
        for k in range(i + 1, taken[-1] + 1):
            t = toks[k]
            t.person, t.score, t.rule = True, max(t.score, 0.7), "lower-case surname after a lower-case first name"
