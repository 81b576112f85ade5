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

import re
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
            # (session 26, s26-a26) a name of three or four words: a second surname, or particles and the
            # surname ("omg <naam> van de <achternaam> heeft", "wow <naam> <achternaam> <achternaam> won")
            while (name_like is not None and k + 1 < len(toks) and k < i + 5 and _gap(text, toks[k - 1], toks[k]) == " "
                   and (name_like(toks[k]) or toks[k].folded in LOWER_CHAT_PARTICLES
                        and not finite_verb(toks[k].folded, lex))):
                k += 1
        elif (name_like is not None and nxt.folded in LOWER_CHAT_PARTICLES and _gap(text, tok, nxt) == " "):
            k2 = k
            while k2 < len(toks) and k2 < i + 4 and toks[k2].folded in LOWER_CHAT_PARTICLES and _gap(
                    text, toks[k2 - 1], toks[k2]) == " ":
                k2 += 1
            if k2 < len(toks) and k2 > k and name_like(toks[k2]) and _gap(text, toks[k2 - 1], toks[k2]) == " ":
                k = k2 + 1  # "omg <naam> van de <achternaam> heeft"
        if (k < len(toks) and not toks[k].cap and _gap(text, toks[k - 1], toks[k]) == " "
                and (toks[k].folded in STRONG_PAST or finite_verb(toks[k].folded, lex))):
            return f"the subject before '{toks[k].text}'"
    if (nxt is not None and i + 2 < len(toks) and nxt.folded == "en" and toks[i + 2].folded in ("ik", "ikzelf")
            and _gap(text, tok, nxt) == " " and _gap(text, nxt, toks[i + 2]) == " "):
        return "before 'en ik'"
    if prev is not None and _opens_message(text, toks, i - 1):
        # (session 25, s25-a25) who comes along, after the speaker opening an answer with a comma ("wie gaat
        # er mee? ik, <naam>, en ..."); the one laughed at, right after a laugh opening a message
        # ("hahaha <naam> in dat kostuum", "lol <naam> die ...")
        if prev.folded in _SELF and _gap(text, prev, tok) == ", ":
            return f"an item after '{prev.text},'"
        if _LAUGH_RE.fullmatch(prev.folded) and _gap(text, prev, tok) == " ":
            return f"laughed at after '{prev.text}'"
    return _contact_slot(text, toks, i) or _trailing_vocative(text, toks, i)


#: A laugh written out ("haha", "hahahah", "hihi", "hehe", "lol", "lmao", "xd"): session 25.
_LAUGH_RE = re.compile(r"(?:ha){2,}h?|(?:he){2,}h?|(?:hi){2,}h?|lo+l|lmf?ao|xd+")


def _opens_message(text: str, toks: list[Token], k: int) -> bool:
    """Whether lower-case token ``k`` opens a message, a line or a sentence (after "?", "!", "." or ":")."""
    if k == 0 or toks[k].sent_start:
        return True
    gap = _gap(text, toks[k - 1], toks[k])
    return "\n" in gap or gap.strip(" ") in ("?", "!", ".", ":", "?!", "!!", "??", "...", "…")


#: Forms of "hebben" before the one seen, called or met ("ik heb X gebeld", "heeft iemand X gezien").
_HAVE = frozenset({"heb", "hebt", "heeft", "hebben", "had", "hadden", "ebt", "heef"})
#: Who saw, called or met X, before or after the form of "hebben" ("ik heb", "heeft iemand", "heb jij").
_WHO = frozenset({"ik", "we", "wij", "je", "jij", "ge", "gij", "jullie", "hij", "ze", "zij", "iemand", "er", "u",
                  "ik'", "k"})
#: Participles of seeing, hearing, calling, writing, meeting someone: their object is a person
#: ("heeft iemand X gezien?", "ik heb X gebeld", "heb je X al gesproken?").
_CONTACTED = frozenset({"gezien", "gebeld", "gesproken", "gemaild", "geappt", "geapt", "gesmst", "gesnapt", "gedmd",
                        "ontmoet", "gehoord", "gevraagd", "gegroet", "geknuffeld", "uitgenodigd", "opgehaald",
                        "gespot", "tegengekomen", "gecontacteerd", "bereikt"})
# (not "gevonden", "gezocht", "gecheckt": things are found and checked, "we hebben amber gevonden")
#: Adverbs between the object and the participle ("heeft iemand X al gezien vandaag").
_BETWEEN = frozenset({"al", "nog", "vandaag", "gisteren", "ergens", "eens", "ooit", "net", "juist", "even", "ff",
                      "nergens", "niet", "toevallig", "daarjuist", "vanmorgen", "vanavond", "deze", "week"})
#: Verbs before "waar": the one looked for ("weet iemand waar X is?").
_KNOW = frozenset({"weet", "weten", "wist", "weette", "wete"})
#: Verbs after "waar X": being somewhere ("waar X is", "waar X zit", "waar X blijft").
_BE_WHERE = frozenset({"is", "zit", "blijft", "uithangt", "staat", "was", "zat", "bleef", "woont", "loopt"})


#: Words that end a lower-case name's run inside a slot (determiners, pronouns, conjunctions).
_NOT_IN_NAME = frozenset({"de", "het", "een", "die", "dat", "deze", "dit", "mijn", "m'n", "mn", "jouw", "je", "uw", "zijn",
                          "z'n", "haar", "ons", "onze", "hun", "en", "of", "maar", "want", "ik", "jij", "hij", "zij",
                          "ze", "we", "wij", "jullie", "iemand", "niemand", "iets", "niets", "er", "hier", "daar", "naar",
                          "met", "in", "op", "aan", "bij", "voor", "om", "uit", "over", "nu", "toen"})


def _name_run_to(text: str, toks: list[Token], i: int, stop: Callable[[int], bool], most: int = 4) -> int:
    """The index of the token that ``stop`` accepts after a run of at most ``most`` lower-case
    words from token ``i`` (a name's words and particles, no determiner, pronoun or conjunction),
    or -1."""
    n = len(toks)
    j = i
    while j < n and j - i < most:
        t = toks[j]
        if j > i and stop(j):
            return j
        if t.cap or (j > i and t.folded in _NOT_IN_NAME and t.folded not in LOWER_CHAT_PARTICLES) or (
                j > i and _gap(text, toks[j - 1], t) != " "):
            return -1
        j += 1
    return j if j < n and stop(j) and _gap(text, toks[j - 1], toks[j]) == " " else -1


def _cue_before(text: str, toks: list[Token], k: int) -> bool:
    """Whether tokens ``k - 1`` and ``k`` are who saw or called and a form of "hebben" ("ik heb",
    "heeft iemand", "heb jij")."""
    if k < 1 or _gap(text, toks[k - 1], toks[k]) != " ":
        return False
    a, b = toks[k - 1].folded, toks[k].folded
    return a in _WHO and b in _HAVE or a in _HAVE and b in _WHO


def _contact_slot(text: str, toks: list[Token], i: int) -> str:
    """(session 24) The object of seeing, calling or meeting in chat speech -- "heeft iemand X (Y)
    gezien?", "ik heb X gebeld", "heb jij X al gesproken", "ik heb X en Y gebeld" -- and the one
    looked for, "weet iemand waar X is?": a person's slot (a thing seen or called takes an
    article or a possessive, "de delhaize", "mijn oplader"). Token ``i`` opens the name (the
    rest of it: :func:`rest_of_slot_name`)."""
    n = len(toks)
    k = i - 1
    if k >= 1 and toks[k].folded == "en" and _gap(text, toks[k], toks[i]) == " " and _gap(text, toks[k - 1], toks[k]) == " ":
        k -= 2  # ("ik heb X en Y gebeld": Y)
    if k < 1 or _gap(text, toks[k], toks[k + 1]) != " ":
        return ""
    if toks[k].folded == "waar" and _gap(text, toks[k - 1], toks[k]) == " ":
        # "weet iemand waar X is": a knowing verb before "waar" (within two words), a being verb after
        a = toks[k - 1].folded
        if a not in _KNOW and not (a in _WHO and k >= 2 and toks[k - 2].folded in _KNOW
                                   and _gap(text, toks[k - 2], toks[k - 1]) == " "):
            return ""
        if _name_run_to(text, toks, i, lambda j: toks[j].folded in _BE_WHERE) >= 0:
            return f"the one looked for after '{toks[k].text}'"
        return ""
    if toks[k].folded == "op" and _waited(text, toks, k):
        # "we wachten nog op X (en dan ...)": the one waited for, up to a clause's end
        if _name_run_to(text, toks, i, lambda j: toks[j].folded in _CLAUSE_GOES_ON
                        or text[toks[j - 1].end : toks[j].start].strip(" ") != "") >= 0 or _run_ends_text(text, toks, i):
            return f"the one waited for after '{toks[k].text}'"
        return ""
    if not _cue_before(text, toks, k):
        return ""
    j = _name_run_to(text, toks, i, lambda j: toks[j].folded in _CONTACTED or toks[j].folded in _BETWEEN
                     or toks[j].folded == "en")
    if j < 0:
        return ""
    if toks[j].folded == "en":
        j = _name_run_to(text, toks, j + 1, lambda x: toks[x].folded in _CONTACTED or toks[x].folded in _BETWEEN)
        if j < 0:
            return ""  # ("ik heb X en Y gebeld": X)
    steps = 0
    while j < n and steps < 3 and _gap(text, toks[j - 1], toks[j]) == " ":
        f = toks[j].folded
        if f in _CONTACTED:
            return f"the one {toks[j].text} after '{toks[k - 1].text} {toks[k].text}'"
        if f not in _BETWEEN:
            return ""
        j += 1
        steps += 1
    return ""


#: Forms of "wachten" before "op" (with one adverb between: "we wachten nog op X").
_WAIT = frozenset({"wacht", "wachten", "wachtte", "wachtten", "gewacht", "wachte"})
#: Words after the one waited for that go on with the clause ("op X en dan ...", "op X want ...").
_CLAUSE_GOES_ON = frozenset({"en", "of", "maar", "want", "dan", "omdat", "zodat", "voor", "tot", "om", "hé", "he", "ofzo"})


def _waited(text: str, toks: list[Token], k: int) -> bool:
    """Whether "op" at ``k`` follows a form of "wachten" (one adverb between at most)."""
    j = k - 1
    if j >= 0 and toks[j].folded in _BETWEEN and j >= 1:
        j -= 1
    return j >= 0 and toks[j].folded in _WAIT and all(
        _gap(text, toks[x], toks[x + 1]) == " " for x in range(j, k))


def _run_ends_text(text: str, toks: list[Token], i: int) -> bool:
    """Whether the lower-case words from ``i`` (at most four) run to the end of the text."""
    n = len(toks)
    j = i
    while j + 1 < n and j - i < 3 and _gap(text, toks[j], toks[j + 1]) == " " and not toks[j + 1].cap:
        j += 1
    return j == n - 1 and text[toks[j].end :].strip(" .!?…”\"'") == ""


#: Second persons in a question or a call before a trailing vocative ("kom je ook, X?").
_YOU = frozenset({"je", "jij", "jou", "jullie", "ge", "gij", "u", "jouw", "gaat", "kom", "komt", "wacht", "kijk",
                  "luister", "zie", "doe", "zeg", "wil", "wilt", "moet", "kan", "kunt"})
#: Verbs of coming, going and staying before "je"/"jij" in a question whose last words may address
#: someone without a comma ("kom je ook X?", "ga je mee X?"): they take no object.
_GO = frozenset({"kom", "komt", "ga", "gaat", "blijf", "blijft", "ben", "bent", "zijt", "zit", "doe", "doet", "rij",
                 "loop", "fiets", "slaap", "wacht", "kan", "kunt", "mag", "moet", "wil", "wilt"})
#: Words after which such a question may end in a name ("kom je ook X?", "ga je mee X?").
_VOC_AFTER = frozenset({"ook", "nog", "eens", "mee", "vandaag", "morgen", "straks", "even", "ff", "dan", "nu", "toch",
                        "wel", "niet", "gewoon", "terug", "buiten", "binnen", "langs", "thuis", "vanavond"})


def _trailing_vocative(text: str, toks: list[Token], i: int) -> str:
    """(session 24) A vocative closing a question or a call: a name (one to four lower-case words)
    after a comma before "?" or "!" ("kom je ook, X?", "wacht eens, X!"), the clause before it
    speaking to someone (a second person or an imperative within its last six words); or, without
    the comma, after a question of coming, going or staying and its adverb ("kom je ook X?")."""
    if i < 2:
        return ""
    gap = text[toks[i - 1].end : toks[i].start].strip(" ")
    if gap not in (",", ""):
        return ""

    def ends(j: int) -> bool:
        return text[toks[j - 1].end : toks[j - 1].end + 1] in ("?", "!")

    n = len(toks)
    j = i
    while j < n and j - i < 4 and not toks[j].cap and (j == i or text[toks[j - 1].end : toks[j].start] == " "):
        if j > i and toks[j].folded in _NOT_IN_NAME and toks[j].folded not in LOWER_CHAT_PARTICLES:
            return ""
        j += 1
        if ends(j):
            break
    else:
        return ""
    if not ends(j):
        return ""
    if gap == ",":
        k = i - 1
        while k >= 0 and i - k <= 6:
            if toks[k].folded in _YOU:
                return f"a trailing vocative after '{toks[k].text} ...,'"
            if k > 0 and any(c in _gap(text, toks[k - 1], toks[k]) for c in ".?!\n"):
                break
            k -= 1
        return ""
    # no comma: "<verb> je|jij|ge|jullie <adverb> X?" opening the sentence
    k = i - 1
    if toks[k].folded not in _VOC_AFTER:
        return ""
    while k >= 1 and toks[k].folded in _VOC_AFTER and i - k <= 3:
        k -= 1
    if k < 1 or toks[k].folded not in ("je", "jij", "ge", "gij", "jullie") or toks[k - 1].folded not in _GO:
        return ""
    v = k - 1
    if not (v == 0 or toks[v].sent_start or any(c in _gap(text, toks[v - 1], toks[v]) for c in ".?!\n,")):
        return ""
    return f"a trailing vocative closing '{toks[v].text} {toks[k].text} ...?'"


def rest_of_slot_name(text: str, toks: list[Token], lex: Lexicon, min_confidence: float) -> None:
    """(session 24) The rest of a lower-case name whose first word one of the session's slots took
    (:func:`_contact_slot`, :func:`_trailing_vocative`): every word up to the slot's end (the
    participle, "is", the question mark) -- "heeft iemand roos klaver gezien", "kom je ook storm
    bakker?": in that slot the words after the first name are its surname, words or not."""
    n = len(toks)
    for i, tok in enumerate(toks):
        if not tok.person or tok.cap or tok.score < min_confidence or i + 1 >= n or toks[i + 1].cap:
            continue
        if not (tok.rule.startswith(_SLOT_RULE_PREFIX) and any(m in tok.rule for m in _SESSION24_SLOTS)
                or _contact_slot(text, toks, i) or _trailing_vocative(text, toks, i)):
            continue  # (a first name another rule took stands in the slot too: "heeft iemand [grace] hill gezien")
        j = i + 1
        while j < n and j - i <= 3 and not toks[j].cap and _gap(text, toks[j - 1], toks[j]) == " ":
            x = toks[j]
            f = x.folded
            if x.person or f in _CONTACTED or f in _BETWEEN or f in _BE_WHERE or f in _VOC_AFTER or f in _CLAUSE_GOES_ON or (
                    f in _NOT_IN_NAME and f not in LOWER_CHAT_PARTICLES) or len(f) < 2:
                break
            x.person, x.score, x.rule = True, max(x.score, 0.7), "lower-case surname in a person's slot"
            j += 1


_SLOT_RULE_PREFIX = "lower-case name in a person's slot: "
_SESSION24_SLOTS = ("the one ", "a trailing vocative ")


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
