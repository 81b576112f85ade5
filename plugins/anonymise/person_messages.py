"""Who a chat message reaches, in English or in a mention (issue 11, session 25; s25-privacy's
frozen batch class 3 and the A24 attack set's frames ``en-dm`` and ``mention``, informed).

Flemish youth chats mix English into Dutch: "just DM <naam> als je mee wil", "ask <naam> voor de
busuren", "@<Voornaam> <Achternaam> kan jij ...". Two shapes:

* **after an English verb of getting in touch** ("DM", "PM", "ask", "ping", "message") used as an
  imperative -- not after an article or a possessive ("de DM van Snapchat", "in je DM's") -- the
  next word is a person when it is capitalised and no pronoun, function word, platform, brand,
  place or organisation ("DM Oriane", "ask Tjorven"), or in lower case a word no Dutch or English
  list holds ("just DM tamsyn", "ask kofiwaa voor ..."); the name runs on over capitalised words
  and surname particles joined by one space ("DM Hein Blok", "DM Rocío del Valle"), and over one
  "of"/"or"/"en"/"and" to a second such name ("DM Warre of Zelie");
* **a mention's display name**: a mention written as a capitalised word ("@Door") is followed in a
  messaging app by the rest of the person's display name ("@Door Baas kan jij ...", "@Gijs van 't
  Zandt"): the capitalised words (and particles before one) joined by one space go with the handle.

Never the abbreviation itself: "DM", "DM's", "PM" are kept as what they are (a direct message).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .detect import Token
    from .lexicon import Lexicon

#: English verbs of getting in touch, used as an imperative before the person reached
MESSAGE_VERBS = frozenset({"dm", "pm", "ask", "ping", "message"})
#: before the verb: it is a noun ("de DM", "je DM's", "in mijn PM")
_NOUN_BEFORE = frozenset({"de", "het", "een", "je", "jouw", "mijn", "m'n", "mn", "zijn", "z'n", "haar", "onze", "ons",
                          "jullie", "hun", "uw", "in", "via", "per", "the", "a", "an", "my", "your", "his", "her",
                          "our", "their", "by", "this", "that", "die", "deze", "dat"})
#: after the verb: no person (pronouns, articles, prepositions, fillers of both languages)
_NO_PERSON = frozenset({
    "me", "mij", "ons", "us", "them", "him", "her", "hem", "haar", "ze", "zij", "hij", "jij", "je", "u", "jullie",
    "you", "your", "my", "mijn", "our", "onze", "the", "a", "an", "een", "de", "het", "voor", "als", "in", "op", "met",
    "around", "for", "about", "back", "away", "again", "iedereen", "everyone", "everybody", "someone", "somebody",
    "anyone", "anybody", "iemand", "niemand", "if", "of", "or", "and", "en", "to", "naar", "via", "then", "dan", "nu",
    "now", "gerust", "gewoon", "just", "pls", "please", "plz", "aub", "ff", "even", "eens", "maar", "ook", "nog",
    "dat", "dit", "die", "wat", "wie", "waar", "what", "who", "where", "when", "how", "why", "which", "this",
    "that", "it", "info", "meer", "more", "here", "hier", "daar", "there", "any", "all", "alle", "admin",
    "admins", "leiding", "organisers", "organizers", "team", "staff",
})
#: surname particles inside a name's run ("Rocío del Valle", "Gijs van 't Zandt")
_PARTICLES = frozenset({"van", "de", "der", "den", "del", "della", "da", "di", "du", "le", "la", "el", "al", "ter",
                        "ten", "von", "'t", "’t", "dos", "das", "do", "bin", "ibn", "ben", "vander", "vanden"})
_OR = frozenset({"of", "or", "en", "and"})
#: the abbreviation as written ("DM", "DM's", "dm", "PM's"): never a name
ABBREVIATION_RE = re.compile(r"(?:DM|Dm|dm|PM|Pm)(?:['’]?s)?")
#: capitalised words that end a mention's display name (a greeting or thanks after it)
_AFTER_MENTION = frozenset({"bedankt", "merci", "thanks", "thx", "dank", "proficiat", "welkom", "hoi", "hey", "hallo",
                            "top", "super", "sorry", "oke", "oké", "ok", "ja", "nee", "kan", "wil", "heb", "ben",
                            "zijn", "is", "ik", "jij", "wij", "wat", "waar", "wie", "hoe", "lol", "haha"})
_MENTION_WORD_RE = re.compile(r"@[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+")
_TAIL_RE = re.compile(r" ((?:(?:van|de|der|den|del|della|da|di|du|le|la|el|al|ter|ten|von|'t|’t|dos|das|do|bin) )*)"
                      r"([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[-‑][A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?)(?![\w@])")


def mention_end(text: str, start: int, end: int, common: frozenset[str] | set[str]) -> int:
    """The end of a mention's display name: ``text[start:end]`` is a handle ("@Door"); when it is
    one capitalised word, the capitalised words after it (up to three, particles before one allowed)
    that are no frequent word (``common``, folded) and no greeting belong to it."""
    if not _MENTION_WORD_RE.fullmatch(text, start, end):
        return end
    for _ in range(3):
        m = _TAIL_RE.match(text, end)
        if m is None:
            break
        word = m.group(2).lower()
        if word in common or word in _AFTER_MENTION:
            break
        end = m.end()
    return end


def _mark(tok: Token, min_conf: float, rule: str) -> None:
    tok.person, tok.score = True, max(tok.score, 0.7, min_conf)
    tok.rule = rule


_ABBREVIATIONS = frozenset({"dm", "dm's", "dm’s", "dms", "pm", "pm's", "pm’s", "pms"})


def may_hold(folded: list[str]) -> bool:
    """Whether the text has a message verb or its abbreviation at all (most texts have none)."""
    return not MESSAGE_VERBS.isdisjoint(folded) or not _ABBREVIATIONS.isdisjoint(folded)


def _capital_name(tok: Token, thing: Callable[[Token], bool]) -> bool:
    return tok.cap and tok.folded not in _NO_PERSON and not thing(tok) and len(tok.folded) >= 2


def mark_message_objects(text: str, toks: list[Token], lex: Lexicon, thing: Callable[[Token], bool],
                         english: frozenset[str] | set[str], min_conf: float) -> None:
    """The person after "DM"/"ask"/... used as an imperative (see the module)."""
    rule = "the person after 'DM'/'ask'/'ping' (an English imperative in chat)"
    n = len(toks)
    for i in range(n - 1):
        verb = toks[i]
        if verb.folded not in MESSAGE_VERBS or verb.folded == "ask" and verb.allcaps:
            continue
        if i > 0 and toks[i - 1].folded in _NOUN_BEFORE and text[toks[i - 1].end : verb.start] == " ":
            continue
        j = i + 1
        first = toks[j]
        if text[verb.end : first.start] != " " or first.protected:
            continue
        if first.person:
            # (the verb is no part of a name found already: "Ask Pol" is no run of two names)
            verb.person, verb.score, verb.protected = False, 0.0, verb.protected or "keep"
            continue
        if first.cap:
            if not _capital_name(first, thing):
                continue
        elif (len(first.folded) < 3 or first.folded in _NO_PERSON or lex.is_word(first.folded)
              or first.folded in english or first.folded in lex.places or first.folded in lex.platforms):
            continue
        run = [j]
        k = j
        while k + 1 < n and len(run) < 5 and text[toks[k].end : toks[k + 1].start] == " ":
            nxt = toks[k + 1]
            if nxt.protected:
                break
            if first.cap and _capital_name(nxt, thing) and nxt.allcaps == first.allcaps:
                run.append(k + 1)
                k += 1
                continue
            if nxt.folded in _PARTICLES and not nxt.cap:
                # particles count only before a capitalised part ("del Valle", "van 't Zandt")
                m = k + 1
                while m + 1 < n and toks[m].folded in _PARTICLES and text[toks[m].end : toks[m + 1].start] == " ":
                    m += 1
                if m > k + 1 and toks[m].cap and not toks[m].protected and _capital_name(toks[m], thing):
                    run.extend(range(k + 1, m + 1))
                    k = m
                    continue
            break
        for r in run:
            if not toks[r].person:
                _mark(toks[r], min_conf, rule)
        # (the verb is no part of the name: "ask kofiwaa", "Ask Pol")
        verb.person, verb.score, verb.protected = False, 0.0, verb.protected or "keep"
        # "DM Warre of Zelie": one more capitalised name after "of"/"en"
        k = run[-1]
        if (k + 2 < n and toks[k + 1].folded in _OR and not toks[k + 1].cap and first.cap
                and text[toks[k].end : toks[k + 1].start] == " " and text[toks[k + 1].end : toks[k + 2].start] == " "):
            nxt = toks[k + 2]
            if not nxt.person and not nxt.protected and _capital_name(nxt, thing) and not nxt.allcaps:
                _mark(nxt, min_conf, rule)


def keep_abbreviations(toks: list[Token]) -> None:
    """"DM", "DM's", "PM" are chat abbreviations, never a name (a rule above may not have marked
    them; an earlier one may have, on its shape alone)."""
    for tok in toks:
        if tok.person and tok.score < 1.0 and ABBREVIATION_RE.fullmatch(tok.text):
            tok.person, tok.score, tok.rule = False, 0.0, "kept: a chat abbreviation ('DM', 'PM')"
