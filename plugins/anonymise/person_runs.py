"""Strong slots decide, not the word list: a whole name in a slot only a person fills (issue 11,
session 21; attack A20, informed, and s21-names' frozen batch).

Three classes of what a reporter writes or pastes, where the first word of a name was found (or
the slot says "person") but the name went out whole or in part because a part is also a word, is
short, or is joined by an Arabic or Berber particle:

* **name chains** ("Amal al-Haddad", "Abdelrahman el Tayeb", "Abdulwahab bin Saif bin Rashid
  al-Maamari", "abdelmounim ou-hammou"): the parts joined to a person's word by a particle of a
  name chain (``al-``/``el-``/``ou-`` written onto the next part, "bin", "ibn", "bint", "binti",
  "abu", "ould", "ait", "el", "al" standing alone) belong to that person, in both directions
  (a capitalised word before the particle is a first name when it is no word and no thing);
* a **vocative opening a sentence** ("Sietske, kun jij dat even uitleggen?", "Noor Baas, wil je
  ...?"): one to three capitalised words opening a sentence before a comma, when the clause after the
  comma speaks to someone ("jij", "je", "u", "ge", "jullie" among its first three words) and the
  first word has name evidence (a word no list knows, a first name, a name that is also a word);
  never a greeting ("Dag, kan jij ..."), a place, brand or organisation;
* a **name in capitals after a person's preposition** on a line in capitals ("HIEP HIEP HOERA VOOR BO
  PUT", "INTERVIEW MET AINO VIRTANEN", "WORKSHOP GRAFFITI MET X – ZAAL 2"): after "VOOR", "MET",
  "AAN", "DOOR", "BIJ", "BEDANKT", "PROFICIAT", "DAG", "HOI", "HALLO" a run of one to four words in
  capitals that ends the line or its item and opens with a first name (a listed one, also a word
  or two letters long, or a word no list knows that reads as a name), not an article, a place,
  an organisation's cue or a keep word;
* the **surname after a lower-case first name** taken as a person, when it closes the phrase
  ("stuur het maar door naar [sander] mossel", "ik zat naast [awa] fall in de bus", "vraagje voor
  [jurgen] winklaar: ..."): the next lower-case word, before the end, a punctuation mark or a
  preposition, that is no frequent word, no verb, infinitive or pronominal adverb, when a person's
  preposition or a greeting stands before the first name;
* the **person a chat message reaches** ("ff marloes kranendonk appen", "even jorre bellen"): the
  lower-case words between "ff"/"even" and a verb of getting in touch;
* a **reference's author** ("Kranendonk, Marloes (2025). Titel.", "de Vries, J. (2019).") at a line's
  start, and the capitalised words after "t.a.v." / "ter attentie van" (the A21 attack set's
  frames, informed).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from .person_first_before import caps_line

if TYPE_CHECKING:
    from .detect import Token
    from .lexicon import Lexicon

#: particles written onto the next part of an Arabic or Berber name ("al-Haddad", "ou-Hammou")
_JOINED_RE = re.compile(r"^(?:al|el|ul|ad|as|ash|at|az|ar|an|ou|ait|abu|bin|ibn|bint|ben)[-‑][^\W\d_]{2,}$",
                        re.IGNORECASE)
#: particles of a name chain standing alone ("bin Saif", "el Tayeb", "abu Ghosh")
_CHAIN_WORDS = frozenset({"bin", "ibn", "bint", "binti", "abu", "ould", "ait", "el", "al", "ben", "ag", "ibnu"})
_YOU = frozenset({"jij", "je", "u", "ge", "gij", "jullie", "jou", "jouw"})
_CAPS_CUES = frozenset({"voor", "met", "aan", "door", "bij", "bedankt", "proficiat", "dag", "hoi", "hallo", "hey",
                        "merci", "dankjewel", "welkom", "gefeliciteerd"})
_CAPS_PARTICLES = frozenset({"van", "de", "der", "den", "ter", "ten", "'t", "el", "al", "bin", "ibn", "da", "dos",
                             "del", "di", "du", "le", "la", "von"})
_ARTICLES = frozenset({"de", "het", "een", "den", "onze", "ons", "mijn", "jullie", "alle", "iedereen", "u", "jou",
                       "zijn", "haar", "hun"})
#: after a lower-case surname: the end of its phrase
_PHRASE_END_RE = re.compile(r"[ \t]*(?:$|[.,;:!?)\]\n]|(?:in|op|bij|naar|met|voor|aan|uit|en|of|om|tijdens|"
                            r"vandaag|gisteren|morgen)\b)")
#: chat fillers after a name ("met jan ofzo", "bij sanne enzo")
_FILLERS = frozenset({"ofzo", "enzo", "enzovoort", "hoor", "he", "hé", "zeker", "echt", "lol", "haha", "xd", "btw",
                      "trouwens", "dan", "nog", "al", "toch", "gewoon", "weer", "ook", "eens", "ff", "even", "hoe",
                      "wat", "wie", "waar", "zo", "nu", "straks", "morgen", "vandaag", "gisteren", "thuis", "samen"})
#: before a lower-case first name whose surname may close the phrase
_LOWER_SLOT_WORDS = frozenset({"naar", "naast", "voor", "met", "tegen", "aan", "bij", "van", "door", "over", "zonder",
                               "hey", "hoi", "dag", "sorry", "merci", "bedankt", "dankje", "dankjewel", "ff", "even",
                               "achter", "zeg", "vraag", "vraagje"})
_GREETINGS = frozenset({"dag", "hoi", "hallo", "hey", "hi", "yo", "salut", "merci", "sorry", "welkom", "proficiat",
                        "oké", "oke", "ok", "ja", "nee", "neen", "zeg", "allee", "kom", "awel", "goh", "oh", "ah",
                        "euh", "beste", "lieve", "dus", "nou", "tja", "jongens", "mensen", "allemaal", "vrienden"})


def _mark(tok: Token, min_conf: float, rule: str) -> None:
    tok.person, tok.score = True, max(tok.score, 0.7, min_conf)
    tok.rule = rule


def grow_chains(text: str, toks: list[Token], lex: Lexicon, first_ok: Callable[[Token], bool],
                thing: Callable[[Token], bool], min_conf: float) -> None:
    """A name chain's parts belong to the person one of them names (see the module)."""
    n = len(toks)
    for _ in range(2):  # (a chain grows both ways; twice reaches "X bin Y bin Z al-W" from any part)
        for i in range(n):
            tok = toks[i]
            if not tok.person:
                continue
            # rightwards: "al-Haddad", "bin Saif", "el Tayeb"
            j = i + 1
            while j < n and text[toks[j - 1].end : toks[j].start] == " ":
                nxt = toks[j]
                if _JOINED_RE.match(nxt.text) and not nxt.person:
                    _mark(nxt, min_conf, "a part of a name chain ('al-', 'bin', 'el')")
                    j += 1
                    continue
                if (nxt.folded in _CHAIN_WORDS and not nxt.cap and j + 1 < n
                        and text[nxt.end : toks[j + 1].start] == " " and _chain_part(toks[j + 1], tok, thing)):
                    if not toks[j + 1].person:
                        _mark(toks[j + 1], min_conf, "a part of a name chain ('al-', 'bin', 'el')")
                    j += 2
                    continue
                break
            # leftwards: "Abdelrahman el [Tayeb]", "Amal [al-Haddad]"
            k = i - 1
            if _JOINED_RE.match(tok.text) or (k >= 1 and toks[k].folded in _CHAIN_WORDS and not toks[k].cap):
                if not _JOINED_RE.match(tok.text):
                    k -= 1
                if k >= 0 and text[toks[k].end : toks[k + 1].start] == " " and not toks[k].person:
                    prev = toks[k]
                    if prev.cap and prev.allcaps == tok.allcaps and first_ok(prev) and not thing(prev):
                        _mark(prev, min_conf, "a part of a name chain ('al-', 'bin', 'el')")


def _chain_part(cand: Token, tok: Token, thing: Callable[[Token], bool]) -> bool:
    if tok.cap:
        return cand.cap and cand.allcaps == tok.allcaps and not thing(cand)
    return not cand.cap and len(cand.folded) >= 2


def mark_vocatives(text: str, toks: list[Token], lex: Lexicon, namey: Callable[[Token], bool],
                   thing: Callable[[Token], bool], min_conf: float) -> None:
    """A name opening a sentence before a comma and a clause that speaks to someone (see the module)."""
    n = len(toks)
    for i in range(n - 2):
        tok = toks[i]
        if not (tok.sent_start or i == 0) or not tok.cap or tok.allcaps or tok.person or tok.protected:
            continue
        if tok.folded in _GREETINGS or not namey(tok) or thing(tok):
            continue
        end = i
        while (end + 1 < n and end - i < 2 and text[toks[end].end : toks[end + 1].start] == " "
               and toks[end + 1].cap and not toks[end + 1].allcaps and not thing(toks[end + 1])):
            end += 1
        if end + 1 >= n or text[toks[end].end : toks[end + 1].start] != ", ":
            continue
        speaks = False
        for k in range(end + 1, min(n, end + 4)):
            if k > end + 1 and re.search(r"[.!?\n]", text[toks[k - 1].end : toks[k].start]):
                break
            if toks[k].folded in _YOU and not toks[k].cap:
                speaks = True
                break
        if not speaks:
            continue
        for k in range(i, end + 1):
            if not toks[k].person:
                _mark(toks[k], min_conf, "addressed at the start of a sentence ('<X>, kun jij ...')")


def mark_caps_after_cue(text: str, toks: list[Token], lex: Lexicon, first_ok: Callable[[Token], bool],
                        thing: Callable[[Token], bool], min_conf: float) -> None:
    """A name in capitals after a person's preposition on a line in capitals (see the module)."""
    n = len(toks)
    for i in range(n - 1):
        cue = toks[i]
        if not cue.allcaps or cue.folded not in _CAPS_CUES:
            continue
        j = i + 1
        first = toks[j]
        if (not first.allcaps or text[cue.end : first.start] not in (" ", ", ") or first.folded in _ARTICLES
                or first.folded in _CAPS_CUES or thing(first) or not (first.person or first_ok(first))):
            continue
        run = [j]
        while j + 1 < n and len(run) < 4 and text[toks[j].end : toks[j + 1].start] in (" ", "-"):
            nxt = toks[j + 1]
            if not nxt.allcaps or nxt.folded in ("en", "of", "&") or thing(nxt) and nxt.folded not in _CAPS_PARTICLES:
                break
            run.append(j + 1)
            j += 1
        if toks[run[-1]].folded in _CAPS_PARTICLES:
            continue
        after = text[toks[run[-1]].end : toks[run[-1]].end + 4]
        nxt_tok = toks[run[-1] + 1] if run[-1] + 1 < n else None
        if not (re.match(r"[ \t]*(?:$|[!?.,;:)\n]|[—–-](?:\s|$))", after)
                or nxt_tok is not None and nxt_tok.folded in ("en", "of") and text[toks[run[-1]].end : nxt_tok.start] == " "):
            continue
        if not caps_line(text, cue.start, min_letters=6):
            continue
        for k in run:
            if not toks[k].person:
                _mark(toks[k], min_conf, "a name in capitals after 'VOOR'/'MET'/'AAN'")
        # "... VOOR STERRE EN NOX": the next run after "EN" in the same shape
        k = run[-1] + 1
        while k + 1 < n and toks[k].folded == "en" and toks[k].allcaps and toks[k + 1].allcaps:
            nxt = toks[k + 1]
            if nxt.folded in _ARTICLES or thing(nxt) or not first_ok(nxt):
                break
            end_after = text[nxt.end : nxt.end + 3]
            if not re.match(r"[ \t]*(?:$|[!?.,;:)\n]|[—–-](?:\s|$))", end_after):
                break
            if not nxt.person:
                _mark(nxt, min_conf, "a name in capitals after 'VOOR'/'MET'/'AAN'")
            k += 2


def mark_lower_surnames(text: str, toks: list[Token], lex: Lexicon, verb: Callable[[str], bool],
                        min_conf: float) -> None:
    """The lower-case word closing the phrase after a lower-case first name taken (see the module)."""
    n = len(toks)
    for i in range(n - 1):
        tok = toks[i]
        if not tok.person or tok.cap or text[tok.end : toks[i + 1].start] != " ":
            continue
        before = toks[i - 1].folded if i > 0 else ""
        if i > 0 and before not in _LOWER_SLOT_WORDS and text[toks[i - 1].end : tok.start] == " ":
            continue  # (only in a person's slot: "naar sander mossel", "naast awa fall", "tegen x y dat")
        nxt = toks[i + 1]
        f = nxt.folded
        if f.startswith(("er", "daar", "hier", "waar")) and lex.is_word(f):
            continue  # (a pronominal adverb: "wat vindt [jan] ervan?")
        if nxt.cap or nxt.person or nxt.protected or len(f) < 2 or f in lex.common or f in _YOU or f in _GREETINGS:
            continue
        if f in _CAPS_PARTICLES:
            continue  # (the particles' own rules: "nele de pauw")
        if not _PHRASE_END_RE.match(text, nxt.end) or verb(f) or f in _CONTACT_VERBS:
            continue
        if f in _FILLERS or f.startswith(("ge", "be", "ver", "ont", "her")) and f.endswith(("d", "t")) and lex.is_word(f):
            continue  # (a chat filler or a past participle: "met [jan] ofzo", "aan [sander] gevraagd")
        if f.endswith("en") and lex.is_word(f):
            continue  # (an infinitive or a plural: "[marloes] appen", "[jan] kaarten")
        if f in lex.calendar or f in lex.places or f in lex.platforms or f in lex.brands:
            continue
        _mark(nxt, min_conf, "the surname after a lower-case first name, closing the phrase")


#: verbs of getting in touch, after the person they reach ("ff marloes appen", "even jorre bellen")
_CONTACT_VERBS = frozenset({"appen", "bellen", "opbellen", "mailen", "e-mailen", "sms'en", "smsen", "sms'n", "texten",
                            "whatsappen", "pingen", "contacteren", "taggen", "dm'en", "dmen", "snappen", "facetimen",
                            "berichten", "storen", "wakker", "ophalen", "oppikken", "uitnodigen"})
#: what opens that clause in chat ("ff", "even", "efkes")
_SOON = frozenset({"ff", "even", "efkes", "effe", "eens", "gauw", "snel", "nog"})
_NOT_OBJECTS = frozenset({"de", "het", "een", "hem", "haar", "ze", "hen", "hun", "jou", "je", "mij", "me", "ons", "u",
                          "iemand", "iedereen", "niemand", "alles", "allemaal", "die", "dat", "deze", "dit", "wie",
                          "mama", "papa", "mam", "pap", "ma", "pa", "oma", "opa", "leiding", "groep", "nog", "eens",
                          "even", "ff", "terug", "nu", "straks", "morgen", "vandaag", "gewoon", "toch", "wel", "niet",
                          "ook", "maar", "snel", "gauw", "er", "daar", "hier", "mijn", "m'n", "z'n", "jouw", "zijn"})


def mark_lower_objects(text: str, toks: list[Token], lex: Lexicon, titles: frozenset[str], min_conf: float) -> None:
    """"ff marloes kranendonk appen", "even jorre bellen": in chat, the lower-case words between
    "ff"/"even" and a verb of getting in touch are the person it reaches (one to four words that are
    no frequent word, pronoun, article, kin or role word; a particle only inside)."""
    n = len(toks)
    for v in range(2, n):
        if toks[v].folded not in _CONTACT_VERBS or toks[v].cap:
            continue
        k = v - 1
        while k >= 0 and v - k <= 4 and toks[k].folded not in _SOON:
            k -= 1
        if k < 0 or toks[k].folded not in _SOON or k == v - 1:
            continue
        run = list(range(k + 1, v))
        if any(text[toks[a].end : toks[a + 1].start] != " " for a in range(k, v)):
            continue
        words = [toks[a] for a in run]
        if words[0].folded in _CAPS_PARTICLES or any(w.cap for w in words):
            continue
        if any(w.folded in _NOT_OBJECTS or w.folded in titles or w.folded in lex.common and w.folded not in _CAPS_PARTICLES
               or w.folded in lex.places or w.folded in lex.platforms or w.folded in lex.brands for w in words):
            continue
        for w in words:
            if w.folded not in _CAPS_PARTICLES and not w.person:
                _mark(w, min_conf, "the person reached: 'ff <naam> appen'")


#: a reference's author: "Surname, First (2025)." / "de Vries, J. (2019)." at a line's start
_CITATION_RE = re.compile(
    r"(?m)^[ \t]*(?:[-*•][ \t]+)?((?:[a-z]{1,4}[ '’])*[A-ZÀ-Þ][^\W\d_]+(?:[-'’][^\W\d_]+)*(?: [a-z]{1,4})*"
    r"(?: [A-ZÀ-Þ][^\W\d_]+(?:-[^\W\d_]+)*)?), ([A-ZÀ-Þ][^\W\d_]+(?:-[A-ZÀ-Þ][^\W\d_]+)?(?: [A-ZÀ-Þ][^\W\d_]+)?"
    r"|[A-ZÀ-Þ]\.(?: ?[A-ZÀ-Þ]\.)*)(?: (?:&|en) [^\n(]{1,60})? \((?:19|20)\d\d[a-z]?\)")


def mark_citations(text: str, toks: list[Token], starts: list[int], thing: Callable[[Token], bool],
                   min_conf: float) -> None:
    """A reference's author ("Kranendonk, Marloes (2025). Titel."): the words before and after the
    comma are a person, unless one of them is a thing (a place, an organisation's cue, a keep word)."""
    from bisect import bisect_left

    for m in _CITATION_RE.finditer(text):
        a, b = m.start(1), m.end(2)
        i = bisect_left(starts, a)
        got: list[Token] = []
        while i < len(toks) and toks[i].end <= b:
            got.append(toks[i])
            i += 1
        caps = [t for t in got if t.cap and len(t.text.rstrip(".")) > 1]
        if not caps or any(thing(t) for t in caps):
            continue
        for t in caps:
            if not t.person:
                _mark(t, min_conf, "a reference's author ('<Achternaam>, <Voornaam> (2025)')")


_TAV_RE = re.compile(r"\b(?:t\.\s?a\.\s?v\.|tav|ter attentie van|attn\.?|fao)[ \t]+", re.IGNORECASE)


def mark_after_tav(text: str, toks: list[Token], starts: list[int], namey: Callable[[Token], bool],
                   thing: Callable[[Token], bool], min_conf: float) -> None:
    """"t.a.v. Marloes Kranendonk": one to four capitalised words (through particles) after "ter
    attentie van" are a person when the first has name evidence and none is a thing."""
    from bisect import bisect_left

    for m in _TAV_RE.finditer(text):
        i = bisect_left(starts, m.end())
        if i >= len(toks) or toks[i].start != m.end() or not toks[i].cap or not namey(toks[i]) or thing(toks[i]):
            continue
        run = [i]
        j = i + 1
        while j < len(toks) and len(run) < 5 and text[toks[j - 1].end : toks[j].start] == " ":
            t = toks[j]
            if t.cap and not thing(t) or t.folded in _CAPS_PARTICLES and j + 1 < len(toks) and toks[j + 1].cap:
                run.append(j)
                j += 1
                continue
            break
        for k in run:
            if toks[k].cap and not toks[k].person:
                _mark(toks[k], min_conf, "after 'ter attentie van'")
