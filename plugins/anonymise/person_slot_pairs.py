"""A name shape in a person slot: the slot and the shape decide, not the word lists (issue 11,
session 22; attack A21, informed, and s22-names' frozen batch).

A reporter writes a person's name after words that take only people -- "het team van X Y", "de
prijs gaat naar X Y", "zeg tegen X Y dat ...", "WELKOM TERUG X Y", "Proficiat X!", "X, waar ligt
...?" -- and the name went out when its parts are also words ("Storm", "Hoop", "Bakker", "Visser"),
a place ("Linde"), a calendar word ("Lente"), or a word no list knows that the place reading of
"naar" protected. The CLASS is a slot and a shape:

* the **slot**, found by its cue words (a keyword gate first, no scan of every text):
  - a **group or kin noun before "van"** ("het team/de ploeg/het groepje/de patrouille/de klas/de
    vrienden/het bandje/de moeder van");
  - **"naar" after a form of "gaan"** or a verb of sending ("de prijs gaat naar", "ging naar", "stuur
    het naar", "naar X toe");
  - **"tegen" after a verb of saying** ("zeg tegen", "zei tegen", "sprak tegen"; "tegen X gezegd"),
    and **"aan" after "vraag (het)"**;
  - **a welcome** ("welkom (terug)", "een warm welkom voor");
  - **a greeting, thanks or wish** opening a sentence ("Proficiat", "Gefeliciteerd", "Succes",
    "Bedankt", "Merci", "Chapeau", "Sterkte", "Goed gedaan", "Veel geluk", "Sorry", "Namens",
    "Hoera voor", "Hup", "Lang zal X leven"; "Danki", "Shukran", "Ask", "Segundo", "Laut");
  - a **vocative**: a sentence opening with one or two capitalised words (after an interjection:
    "Oké", "Zeg") and a comma, followed by a question ("waar", "wanneer", "hoe" ... and a "?") or an
    imperative (a verb's stem opening the clause, the sentence ending in "!" or ".");
* the **shape** after the slot: one to three capitalised words (through surname particles; a
  hyphenated compound counts as one word), ending at the text's end, a punctuation mark or a
  lower-case word -- or, on a line without capitals (chat), a listed first name and the word after
  it. Two words or more in that shape are a person's name (a first name and a surname) when none
  is a thing (a place, a brand, an organisation's cue, a keep word, a role); one word is one when it
  has name evidence (a listed first name, a name that is also a word, a surname, a word no list
  knows) or, in a strong slot (a welcome, a greeting, a vocative, "tegen" after saying), when it is
  capitalised inside a sentence and no frequent word, thing or group word ("Proficiat Wilg!").
  A run that opens with a particle ("naar Den Bosch", "van De Ark") or is a known place or
  organisation phrase as a whole stays; a word in capitals on a line in capitals is a name part
  only when it is no frequent word (the run stops there: "ZEG TEGEN DAUW VISSER DAT ...").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from .compounds import is_compound
from .lexicon import phrase_sets

if TYPE_CHECKING:
    from .detect import Token
    from .lexicon import Lexicon

RULE = "a name shape in a person slot (team van / gaat naar / zeg tegen / welkom / a greeting / a vocative)"

GROUP_NOUNS = frozenset({
    "team", "teampje", "ploeg", "ploegje", "groep", "groepje", "patrouille", "klas", "klasje", "vrienden",
    "vriendinnen", "vriendengroep", "bende", "bandje", "band", "kamer", "tent", "tentje", "familie", "gezin", "ouders",
    "moeder", "vader", "mama", "papa", "broer", "zus", "zoon", "dochter", "oma", "opa", "tante", "oom", "neef", "nicht",
    "vriend", "vriendin", "vriendje", "vriendinnetje", "collega", "collega's",
    "kookploeg", "squad", "crew", "duo", "trio", "kwartet",
})
#: group nouns that also name an object one buys or books ("een tent van <merk>", "een kamer van <hotel>",
#: "de band van <horlogemerk>"): after them only names the lists hold are a person's, as after "naar"
_OBJECT_GROUPS = frozenset({"tent", "tentje", "kamer", "band", "bandje"})
_GAAN = frozenset({"gaat", "ging", "gingen", "gaan", "ga", "gegaan"})
_SEND = frozenset({"stuur", "stuurt", "stuurde", "stuurden", "sturen", "mail", "mailt", "mailde", "breng", "brengt",
                   "bracht", "brachten", "geef", "gaf", "stapte", "stapten", "liep", "liepen", "mogen", "mag", "kan",
                   "kunnen"})
_PRIZES = frozenset({"prijs", "hoofdprijs", "beker", "trofee", "medaille", "award", "merci", "dank", "bedankje", "eer",
                     "applaus", "punten", "stem", "stemmen", "bloemen", "cadeau", "cadeautje", "pluim", "felicitaties",
                     "vragen", "vraag", "mail", "verslag", "winnaar", "plaats"})
_SAY = frozenset({"zeg", "zegt", "zei", "zeiden", "zeggen", "gezegd", "sprak", "spraken", "spreek", "praat", "praatte",
                  "riep", "roep", "vertel", "vertelt", "vertelde", "verteld", "fluisterde", "schreeuwde", "brulde",
                  "zeg'"})
_WELCOME = frozenset({"welkom"})
#: participles of making or performing before "door" (a credit, also wrapped over a line)
_MADE = frozenset({"gemaakt", "gemonteerd", "ontworpen", "geschreven", "getekend", "geschilderd", "gefilmd",
                   "gefotografeerd", "geregisseerd", "gecomponeerd", "gezongen", "gespeeld", "gebakken", "gekookt",
                   "bedacht", "vertaald", "ingesproken", "gepresenteerd", "geïnterviewd", "geinterviewd", "getypt",
                   "genomen", "gebreid", "genaaid", "geknutseld", "geboetseerd", "gemixt", "geproduceerd",
                   "uitgetypt", "opgetekend", "voorgelezen", "gedraaid", "geredigeerd", "nagelezen", "gecorrigeerd",
                   "geplaatst", "gepost", "gedeeld", "verstuurd", "gestuurd", "gemaild", "ingestuurd", "doorgestuurd"})
#: greetings, thanks and wishes before a name (one or two words: "goed gedaan", "veel geluk")
_GREET_ONE = frozenset({"proficiat", "gefeliciteerd", "succes", "bedankt", "merci", "chapeau", "sterkte", "sorry",
                        "namens", "bravo", "hoera", "danki", "shukran", "ask", "segundo", "laut", "felicitaties",
                        "dankjewel", "dankuwel", "gefeli", "grts", "groetjes", "liefs", "congrats", "thanks", "cheers",
                        "dankje"})
#: (session 24) greetings before a name only when a surname particle opens it ("Dag, Ten X", "Hallo, Van
#: den X"): "Dag Zomer, tot volgend jaar!" greets a season
_GREET_PARTICLE_ONLY = frozenset({"dag", "hallo", "hoi", "hey", "hé"})
_GREET_TWO = frozenset({("goed", "gedaan"), ("veel", "geluk"), ("veel", "succes"), ("dikke", "merci"), ("dank", "je"),
                        ("dank", "u"), ("hoera", "voor"), ("hiep", "hoera"), ("goed", "zo"),
                        ("top", "gedaan"), ("knap", "gedaan"), ("lang", "zal")})
_INTERJECTIONS = frozenset({"oké", "oke", "ok", "zeg", "hé", "he", "hey", "hoi", "ja", "nee", "kom", "allez", "toe",
                            "hallo", "hela", "yo", "kijk", "luister"})
_QUESTION = frozenset({"waar", "wanneer", "hoe", "wat", "wie", "waarom", "welke", "welk", "hoeveel", "heb", "hebben",
                       "ben", "kan", "kun", "kunt", "mag", "wil", "zal", "zullen", "weet", "ga", "gaan", "is", "zijn",
                       "heeft", "komt", "kom"})
#: addressees that are no names ("Proficiat Team!", "Bedankt Allemaal")
_GROUP_ADDRESS = frozenset({"team", "ploeg", "groep", "leiding", "jongens", "meiden", "meisjes", "allen", "iedereen",
                            "allemaal", "mensen", "vrienden", "kinderen", "ouders", "mama", "papa", "juf", "meester",
                            "trainer", "coach", "leden", "vrijwilligers", "dames", "heren", "god", "jezus", "sint",
                            "sinterklaas", "piet", "kerstman", "schat", "lieverd", "liefje", "man", "vrouw", "baas",
                            "chef", "kampioen", "kampioenen", "winnaar", "winnaars", "bestuur", "gemeente", "stad"})
_PARTICLES = frozenset({"van", "de", "der", "den", "ter", "ten", "te", "'t", "le", "la", "du", "da", "dos", "del", "della",
                        "di", "von", "el", "al", "bin", "ibn", "ben", "abu", "ould", "mac", "mc", "o", "dela", "d'", "op"})
#: chat fillers after a name ("vraag het aan fleur ofzo")
_FILLERS = frozenset({"ofzo", "enzo", "enzovoort", "hoor", "he", "hé", "zeker", "echt", "lol", "haha", "xd", "btw", "of",
                      "en", "nou", "dan", "toch", "even", "ff", "eens", "maar", "wel", "niet", "ook", "nog", "al"})
GATE = (_GAAN | _SEND | _SAY | _WELCOME | _GREET_ONE | {w for p in _GREET_TWO for w in p}
        | {"vraag", "naar", "tegen", "van", "aan", "voor", "door", "dankzij"})


def may_hold(folded: list[str]) -> bool:
    """A cheap gate: a cue word of a slot stands in the text (or a comma for a vocative)."""
    return not GATE.isdisjoint(folded)


def mark_slot_names(text: str, toks: list[Token], lex: Lexicon, evidence: Callable[[Token], bool],
                    thing: Callable[[Token], bool], min_conf: float, not_overridden: frozenset) -> None:
    """Mark the name shapes in the person slots of ``text`` (see the module). ``evidence``: a word with
    name evidence of its own (a first name, also one that is a word); ``thing``: a word that makes a run
    a thing (a kept class, an organisation's cue, a role)."""
    n = len(toks)
    fs = [t.folded for t in toks]
    for i in range(n):
        f = fs[i]
        strong = False
        listed_only = False
        j = -1
        if f == "van" and i > 0 and fs[i - 1] in GROUP_NOUNS and _gap(text, toks, i - 1, i):
            j = i + 1
            listed_only = fs[i - 1] in _OBJECT_GROUPS
        elif f == "naar" and i > 0 and _naar_slot(fs, i):
            j = i + 1
            listed_only = not any(fs[k] in _PRIZES for k in range(max(0, i - 5), i))
        elif f == "door" and i > 0 and _participle(fs[i - 1]) or f == "dankzij":
            j = i + 1
        elif f == "tegen" and i > 0 and (any(fs[k] in _SAY for k in range(max(0, i - 3), i))
                                         or any(fs[k] in ("gezegd", "verteld") for k in range(i + 2, min(n, i + 5)))) or f == "aan" and i > 0 and any(fs[k] == "vraag" for k in range(max(0, i - 3), i)):
            j, strong = i + 1, True
        elif f == "welkom":
            j = i + 1
            if j < n and fs[j] == "terug":
                j += 1
            if j < n and fs[j] in ("aan", "voor") and not (i > 0 and fs[i - 1] in ("warm", "hartelijk", "extra")):
                j = -1  # ("welkom aan iedereen": only "een warm welkom voor X")
            elif j < n and fs[j] in ("aan", "voor"):
                j += 1
            strong = True
        elif (f in _GREET_ONE or f in _GREET_PARTICLE_ONLY) and _opens(text, toks, i):
            j, strong = i + 1, True
            if j < n and fs[j] in ("voor", "wel") and f != "dag":
                j += 1
        elif i + 1 < n and (f, fs[i + 1]) in _GREET_TWO and (_opens(text, toks, i) or f == "hoera"):
            j, strong = i + 2, True
            if j < n and (fs[j] == "voor" or fs[j] == "wel" and f == "dank"):
                j += 1  # ("Hoera voor X", "Dank je wel, X")
        if j < 0 or j >= n:
            continue
        if not _gap(text, toks, j - 1, j, comma=strong):
            continue
        run = _shape(text, toks, j, lex, particle_ok=strong)
        if not run or f in _GREET_PARTICLE_ONLY and fs[run[0]] not in _PARTICLES:
            continue
        if f == "lang" and not (run[-1] + 1 < n and fs[run[-1] + 1] == "leven"):
            continue  # ("Lang zal X leven")
        if listed_only and not all(toks[x].folded in _PARTICLES or lex.is_listed_name(toks[x].folded)
                                   for x in run):
            continue  # ("we gingen naar Sinksenfoor": a trip; only names the lists hold go there)
        _decide(text, toks, run, lex, evidence, thing, min_conf, not_overridden, strong, shouted=toks[i].allcaps)
        # a second name through "en"/"of" ("Welkom Storm en Wilg", "naar X of naar Y")
        k = run[-1] + 1
        if k + 1 < n and fs[k] in ("en", "of", "&") and _gap(text, toks, run[-1], k) and _gap(text, toks, k, k + 1):
            nxt = k + 1
            if nxt < n and fs[nxt] == "naar" and f == "naar":
                nxt += 1
            run2 = _shape(text, toks, nxt, lex) if nxt < n and _gap(text, toks, nxt - 1, nxt) else None
            if run2 and any(toks[x].person for x in run):
                _decide(text, toks, run2, lex, evidence, thing, min_conf, not_overridden, strong)


def _participle(f: str) -> bool:
    """A past participle of making or performing before "door" ("gemonteerd", "ontworpen", "geschreven");
    not of paying or supporting ("betaald/gesponsord/gesteund door": a firm or a fund stands there)."""
    return f in _MADE


def _naar_slot(fs: list[str], i: int) -> bool:
    """"naar" takes a person: after a form of "gaan" whose subject is a prize or thanks ("de prijs gaat
    naar"), after a form of "gaan" or of sending at all ("ik ging naar X", "stuur het naar X"), after a
    ranking's ordinal ("tweede naar X"), or before "toe" (decided by the shape)."""
    lo = max(0, i - 4)
    return (any(fs[k] in _GAAN or fs[k] in _SEND for k in range(lo, i))
            or fs[i - 1] in ("tweede", "derde", "vierde", "eerste"))


def _opens(text: str, toks: list[Token], i: int) -> bool:
    """Whether token ``i`` opens a sentence, a line or a quotation (a greeting's place)."""
    if i == 0 or toks[i].sent_start:
        return True
    gap = text[toks[i - 1].end : toks[i].start]
    return any(c in gap for c in "\n.!?“\"‘(:")


def _gap(text: str, toks: list[Token], a: int, b: int, comma: bool = False) -> bool:
    g = text[toks[a].end : toks[b].start]
    return g == " " or comma and g in (", ", ",") or g == "\n"


def _shape(text: str, toks: list[Token], j: int, lex: Lexicon, particle_ok: bool = False) -> list[int] | None:
    """The run of a name shape from token ``j`` (see the module), or None. ``particle_ok``: in a
    strong slot a run may open with surname particles ("Dank je wel, De Kraai!", "Bedankt, VAN DER
    X!"; session 24)."""
    n = len(toks)
    first = toks[j]
    if first.cap:
        if first.folded in _PARTICLES:
            if not particle_ok:
                return None  # ("naar Den Bosch", "van De Ark")
            k = j
            while k < n and toks[k].folded in _PARTICLES and k - j < 3 and (k == j or _gap(text, toks, k - 1, k)):
                k += 1
            if k >= n or k == j or not toks[k].cap or not _gap(text, toks, k - 1, k) or toks[k].folded in _PARTICLES:
                return None
            if toks[k].allcaps != first.allcaps and any(toks[x].cap for x in range(j, k)):
                return None  # ("De KSA": an acronym after an article)
            rest = _shape(text, toks, k, lex)
            return [*range(j, k), *rest] if rest else None
        caps = first.allcaps
        run = [j]
        k = j + 1
        while k < n and len(run) < 5:
            t = toks[k]
            if not _gap(text, toks, k - 1, k):
                break
            if t.cap and (t.allcaps == caps or not caps):
                if caps and (t.folded in lex.common or len([x for x in run if toks[x].folded not in _PARTICLES]) >= 2
                             or t.folded.endswith("en") and len(t.folded) >= 5 and lex.is_word(t.folded)
                             and not lex.is_listed_name(t.folded)):
                    break  # (in capitals a Dutch word ends the name: "DANKZIJ X HADDEN WE")
                run.append(k)
            elif t.folded in _PARTICLES and k + 1 < n and toks[k + 1].cap and _gap(text, toks, k, k + 1):
                run.append(k)
            else:
                break
            k += 1
        while run and toks[run[-1]].folded in _PARTICLES:
            run.pop()
        if caps and toks[j].folded in lex.common:
            return None
        return run or None
    # lower case: only on a line without capitals, a listed first name and one word after it
    lo = max(0, first.start - 200)
    line_start = text.rfind("\n", lo, first.start) + 1 or lo
    line_end = text.find("\n", first.end, first.end + 200)
    line = text[line_start : line_end if line_end >= 0 else min(len(text), first.end + 200)]
    if not line.islower() and any(c.isupper() for c in line):
        return None  # (the line around it, up to 200 characters each way: a bounded read)
    f = first.folded
    if not first.person and (len(f) < 2 or f not in lex.first_names or f in lex.common or f in lex.places
                             or f in lex.calendar or len(f) == 2 and f.isascii()):
        return None  # (a listed first name, or one a rule took: "zeg tegen [marloes] kranendonk")
    run = [j]
    k = j + 1
    while k < n and len(run) < 4 and _gap(text, toks, k - 1, k):
        t = toks[k]
        if t.folded in _PARTICLES and k + 1 < n and _gap(text, toks, k, k + 1):
            run.append(k)
        elif (t.folded not in lex.common and len(t.folded) >= 2 and t.folded not in _GROUP_ADDRESS
              and t.folded not in _FILLERS):
            run.append(k)
            break
        else:
            break
        k += 1
    while run and toks[run[-1]].folded in _PARTICLES:
        run.pop()
    return run


def _decide(text: str, toks: list[Token], run: list[int], lex: Lexicon, evidence: Callable[[Token], bool],
            thing: Callable[[Token], bool], min_conf: float, not_overridden: frozenset, strong: bool,
            shouted: bool = False) -> None:
    idx = [k for k in run if toks[k].folded not in _PARTICLES]
    words = [toks[k] for k in idx]
    if not words:
        return
    #: (session 24) a run opening with a surname particle, in a strong slot: "Dank je wel, De Kraai!"
    particled = toks[run[0]].folded in _PARTICLES
    phrase = " ".join(t.folded for t in words)
    chains, phrases = phrase_sets(lex)  # (the tuples as sets: the same answers without a scan of each)
    if particled:
        whole = tuple(toks[k].folded for k in run)
        if whole in chains or whole in phrases or " ".join(whole) in lex.keep_single:
            return  # (a known organisation's name with its article)
        if (whole[0] in _ARTICLES and len(words) == 1 and _house_word(words[0].folded, " ".join(whole), lex)
                and not _addressed_as_one(text, toks[run[-1]].end)):
            return  # ("Dank je wel, De Warande!": a house's name, an article and a plain word)
    elif phrase in lex.places or tuple(t.folded for t in words) in chains or tuple(
            t.folded for t in words) in phrases:
        return
    for t in words:
        if t.protected is not None and t.protected in not_overridden:
            return  # (a placeholder, a contact: never a name part)
        if t.folded in _GROUP_ADDRESS or (t.folded in lex.common and not t.person
                                           and (t is words[0] or not t.cap or t.allcaps)):
            return  # (a frequent word closes no name, except a capitalised surname after its first name: "Ji-ho Na")
    lower = not words[0].cap
    w0 = words[0].folded
    if (not words[0].person and not lower and not particled and not lex.is_listed_name(w0)
            and len(w0) >= 9 and is_compound(w0, lex)):
        return  # (a compound opening it names a group or a firm: "Huiswerkklas X", "Skatecollectief X")
    if len(words) >= 2 and w0 in _FIRM_HEADS and not words[0].person:
        return  # (s22-review) a studio's or an agency's name: "gemaakt door Studio X", "gaat naar Atelier X"
    if len(words) >= 2:
        # a first name and a surname: none a thing; the first may be a place or a calendar word only
        # when the first-name lists hold it ("Linde", "April")
        for n_, (k_, t) in enumerate(zip(idx, words, strict=True)):
            if t.person:
                continue
            if lower:
                continue
            after_particle = n_ > 0 and words[0].person and toks[k_ - 1].folded in _PARTICLES
            if after_particle:
                continue  # (a surname after a particle, behind a first name taken: "Thijmen van Oosterzee")
            if thing(t) and not (n_ == 0 and t.folded in lex.first_names and t.folded not in lex.brands):
                return
            if t.folded in lex.places and not lex.is_listed_name(t.folded):
                return
            if t.allcaps and not words[0].allcaps:
                return  # (an acronym beside a capitalised word: "Team KSA")
    else:
        t = words[0]
        if t.person:
            return
        if (thing(t) and not (strong and (_first_name_place(t, lex) or particled and t.folded in lex.places))
                or t.folded in lex.brands or t.folded in lex.platforms):
            return
        if t.folded in lex.places and not (strong and (t.folded in lex.first_names or particled)):
            return  # ("naar Brugge"; "Proficiat Linde!", "Bedankt, Van Geel!": a place the first-name lists hold, greeted)
        if t.allcaps and len(t.folded) <= 3 and t.folded not in lex.first_names:
            return
        named = (evidence(t) or t.folded in lex.name_words or t.folded in lex.first_names and len(t.folded) >= 2
                 or t.folded in lex.surnames)
        # (a capital inside a sentence is evidence; in a line of capitals it is none: "BEDANKT AWEL"; a word
        # in capitals greeted in a cased line is a name's when a particle opens it or it joins two name
        # parts, "Bedankt, DE WAELKENS!", "Dank je wel, OKONKWO-VERBIEST!" -- not an acronym, "Merci, VIVES")
        caps_ok = t.allcaps and not shouted and (particled or _two_parts(t.folded))
        if not named and not (strong and t.cap and (not t.allcaps or caps_ok) and not t.sent_start
                              and t.folded not in lex.calendar):
            return
    for t in (toks[k] for k in run):
        if t.person:
            continue
        if t.folded in _PARTICLES and t.cap is False:
            continue
        t.person, t.score, t.protected = True, max(t.score, 0.75, min_conf), None
        t.rule = RULE


#: Particles that are also the article of a house's or a venue's name ("De Warande", "Den Hoek").
_ARTICLES = frozenset({"de", "den", "het", "'t"})


def _house_word(f: str, phrase: str, lex: Lexicon) -> bool:
    """(session 24) Whether "De <word>" thanked or greeted reads as a house's or a venue's name: the
    word is a plain Dutch word or a compound of words ("De Blauwput") that no name list holds (not
    "De Vos", "De Kraai": words that are names; not "De Roover": no word)."""
    return ((lex.is_word(f) or len(f) >= 7 and is_compound(f, lex)) and not lex.is_listed_name(f)
            and phrase not in lex.surnames)


#: (s24-review) What follows a greeted "De <woord>" when one person is addressed: "Dank je wel, De
#: Ketelaar, je was super" -- "je", "jij", "jou", "jouw", "u" right after the comma (a house is thanked
#: with "jullie" if at all).
_ONE_ADDRESSED = re.compile(r"[ \t]*,[ \t]*(?:je|jij|jou|jouw|u)\b", re.IGNORECASE)


def _addressed_as_one(text: str, end: int) -> bool:
    """Whether the greeted run ending at ``end`` goes on addressing one person ("..., je was super")."""
    return _ONE_ADDRESSED.match(text, end, min(len(text), end + 12)) is not None


def _two_parts(f: str) -> bool:
    """A hyphenated word of two parts of four letters or more ("okonkwo-verbiest")."""
    parts = f.split("-")
    return len(parts) == 2 and all(len(p) >= 4 and p.isalpha() for p in parts)


def mark_vocatives(text: str, toks: list[Token], lex: Lexicon, evidence: Callable[[Token], bool],
                   thing: Callable[[Token], bool], verb_stem: Callable[[str], bool], min_conf: float,
                   not_overridden: frozenset) -> None:
    """A name addressed at a sentence's start before a question or an imperative ("Linde, waar ligt de
    hamer?", "Wilg, breng de borden naar de keuken.", "Oké Vink, wat doen we nu?", "STORM, KOM HIER!"):
    one or two capitalised words (after an interjection) and a comma, then a question word with a "?"
    closing the sentence or a verb's stem opening the clause (an imperative). The word needs name
    evidence (a first name, a name that is also a word, a word no list knows) or, after an
    interjection, only to be capitalised and no frequent word, thing or group word."""
    n = len(toks)
    for i in range(n - 2):
        tok = toks[i]
        if not tok.cap or not (i == 0 or tok.sent_start or _opens(text, toks, i)):
            continue
        j = i
        after_interjection = False
        if tok.folded in _INTERJECTIONS and text[tok.end : toks[i + 1].start] == " " and toks[i + 1].cap:
            j, after_interjection = i + 1, True
        end = j
        if end + 1 < n and text[toks[end].end : toks[end + 1].start] == " " and toks[end + 1].cap and (
                toks[end + 1].allcaps == toks[j].allcaps):
            end += 1
        if end + 1 >= n or text[toks[end].end : toks[end + 1].start] != ", ":
            continue
        nxt = toks[end + 1]
        stop = _sentence_end(text, nxt.start)
        mark = text[stop : stop + 1]
        question = nxt.folded in _QUESTION and mark == "?"
        after_verb = toks[end + 2].folded if end + 2 < n else ""
        imperative = (not question and mark in ("!", ".", "") and verb_stem(nxt.folded)
                      and nxt.folded not in lex.common and not nxt.folded.endswith(("en", "t"))
                      and after_verb not in ("of", "en") and text[nxt.end : nxt.end + 1] not in (",", ":"))
        # ("Haas, kip of tofu: ..." is a list of words, no imperative)
        if nxt.folded in ("kom", "ga") and mark in ("!", ".", ""):
            imperative = True
        if not question and not imperative:
            continue
        run = list(range(j, end + 1))
        words = [toks[k] for k in run]
        if any(t.person for t in words):
            continue
        if any(_thing(t, lex, thing) or t.folded in lex.brands
               or t.folded in _GROUP_ADDRESS or t.folded in lex.common or t.folded in lex.calendar
               or t.protected is not None and t.protected in not_overridden for t in words):
            continue
        if not (any(evidence(t) or t.folded in lex.name_words or t.folded in lex.first_names for t in words)
                or after_interjection or len(words) == 2 and any(t.folded in lex.surnames for t in words)):
            continue
        for t in words:
            t.person, t.score, t.protected = True, max(t.score, 0.75, min_conf), None
            t.rule = "addressed before a question or an imperative ('<X>, waar ...?', '<X>, breng ...')"


def _sentence_end(text: str, at: int) -> int:
    """The offset of the first ".", "!", "?" or line end in the 300 characters from ``at`` (or the
    window's end: a bounded read, linear over a text of many vocatives)."""
    m = _END_RE.search(text, at, at + 300)
    return m.start() if m is not None else min(len(text), at + 300)


_END_RE = re.compile(r"[.!?\n]")


def mark_chants(text: str, toks: list[Token], lex: Lexicon, evidence: Callable[[Token], bool],
                thing: Callable[[Token], bool], min_conf: float, not_overridden: frozenset) -> None:
    """A name chanted: the same capitalised word standing alone before "!" twice or more ("Storm!
    Storm! Storm!", "Wie is de beste? BRAM! ... BRAM!"), or between "HUP"s ("HUP WILG HUP!"), when it
    is no frequent word, thing, place or group word."""
    if text.count("!") < 1:
        return
    n = len(toks)
    seen: dict[str, list[int]] = {}
    for i, t in enumerate(toks):
        if not t.cap:
            continue
        after = text[t.end : t.end + 1]
        before = text[toks[i - 1].end : t.start] if i > 0 else ""
        alone = after == "!" and (i == 0 or any(c in before for c in "!?.\n“\"'"))
        hup = (i > 0 and i + 1 < n and toks[i - 1].folded == "hup" and toks[i + 1].folded == "hup")
        if alone or hup:
            seen.setdefault(t.folded, []).append(i)
            if hup:
                seen[t.folded].append(i)
    for f, idx in seen.items():
        if len(idx) < 2:
            continue
        t0 = toks[idx[0]]
        if (f in lex.common or f in _GROUP_ADDRESS or f in lex.places or f in lex.brands or thing(t0)
                or f in ("hup", "hoera", "hiep", "ja", "nee", "go", "allez", "olé", "ole")):
            continue
        if len(f) < 3 or t0.allcaps and len(f) <= 3 and f not in lex.first_names:
            continue
        for k in set(idx):
            t = toks[k]
            if t.person or t.protected is not None and t.protected in not_overridden:
                continue
            t.person, t.score, t.protected = True, max(t.score, 0.75, min_conf), None
            t.rule = "a name chanted ('X! X! X!', 'HUP X HUP')"


def mark_alternating_labels(text: str, toks: list[Token], lex: Lexicon, thing: Callable[[Token], bool],
                            min_conf: float, not_overridden: frozenset) -> None:
    """Speaker labels that are words or months in a conversation ("Juni: wie brengt ...?\\nKaoutar:
    ik!\\nJuni: top"): three lines or more in a row, each opening with one word and a colon (after a
    time stamp "[20:01]"), where a label comes back after another one (A, B, A): a conversation, not
    an agenda ("Juni: kamp.\\nJuli: fuif." has no label twice). Each such label that is no thing,
    place, frequent word or group word is a speaker."""
    if text.count(":") < 3 or "\n" not in text:
        return
    lab = re.compile(r"(?m)^[ \t]*(?:\[\d{1,2}:\d{2}\][ \t]*)?([^\W\d_][^\W\d_'’-]*):[ \t]+\S")
    found = [(m.start(1), m.end(1), m.group(1).lower()) for m in lab.finditer(text)]
    if len(found) < 3:
        return
    lines = text.count("\n") + 1
    if len(found) * 2 < lines:
        return
    # a label comes back after another one: the labels with their repeats in a row folded, one twice
    runs = [f for k, (_s, _e, f) in enumerate(found) if k == 0 or found[k - 1][2] != f]
    if len(set(runs)) == len(runs):
        return
    from bisect import bisect_left

    starts = [t.start for t in toks]
    for s, _e, _f in found:
        k = bisect_left(starts, s)
        if k >= len(toks) or toks[k].start != s:
            continue
        t = toks[k]
        f = t.folded
        if t.person or f in lex.common or f in _GROUP_ADDRESS or f in lex.brands or _thing(t, lex, thing):
            continue
        if t.protected is not None and t.protected in not_overridden:
            continue
        t.person, t.score, t.protected = True, max(t.score, 0.75, min_conf), None
        t.rule = "a speaker label in a conversation (a label comes back: A, B, A)"


_YEAR_IN_RE = None


def mark_citation_authors(text: str, toks: list[Token], lex: Lexicon, evidence: Callable[[Token], bool],
                          thing: Callable[[Token], bool], min_conf: float, not_overridden: frozenset) -> None:
    """The authors of a citation ("(Wilg & Dauwsma, 2018)", "Bron: Storm, M. & Haan, W. (2021).",
    "Zoals Linde Bakker (2019) schreef", "Bloem en Visser (2015)", "Storm (2025). Titel."): the
    capitalised words (through particles, initials, "&", "en", commas) right before "(<year>" or
    between "(" and ", <year>)". None may be a thing; a lone word needs name evidence unless it opens a
    line and the year's bracket closes before a full stop (a reference list's entry)."""
    from bisect import bisect_left

    global _YEAR_IN_RE
    if _YEAR_IN_RE is None:
        _YEAR_IN_RE = re.compile(r"\((?:(?:19|20)\d\d[a-z]?(?=[,)])|[^()\n]{1,80}?, (?:19|20)\d\d[a-z]?\))")
    starts = [t.start for t in toks]
    for m in _YEAR_IN_RE.finditer(text):
        inner = text[m.start() + 1 : m.end()]
        if inner[:2] in ("19", "20"):
            # authors before the bracket
            k = bisect_left(starts, m.start()) - 1
            got: list[int] = []
            while k >= 0 and len(got) < 8:
                t = toks[k]
                gap = text[t.end : toks[k + 1].start if k + 1 < len(toks) else m.start()] if got else text[t.end : m.start()]
                if gap.strip(" ,&.") or "\n" in gap:
                    break
                if t.cap or t.folded in _PARTICLES or t.folded == "en":
                    got.append(k)
                    k -= 1
                    continue
                break
            got.reverse()
            lead = text[toks[got[0]].start - 12 if got and toks[got[0]].start >= 12 else 0 : toks[got[0]].start] if got else ""
            opening = bool(got) and (got[0] == 0 or "\n" in lead[-2:] or lead.rstrip().endswith(":"))
            closes = text[m.end() : m.end() + 2].startswith(").") or text[m.start() : m.end() + 2].endswith(").")
        else:
            k = bisect_left(starts, m.start())
            got = []
            while k < len(toks) and toks[k].start < m.end():
                t = toks[k]
                if t.cap or t.folded in _PARTICLES or t.folded in ("en", "et", "al"):
                    got.append(k)
                elif not t.text.isdigit():
                    got = []
                    break
                k += 1
            opening, closes = True, True
        while got and not toks[got[0]].cap:
            got.pop(0)
        names = [toks[x] for x in got if toks[x].cap and len(toks[x].text.rstrip(".")) > 1]
        if not names:
            continue
        cued = False
        if got and toks[got[0]].sent_start and toks[got[0]].folded in ("volgens", "zoals", "zie", "uit", "bron", "in"):
            names = names[1:]
            opening, cued = False, True
        if not names or any(thing(t) or t.folded in lex.places and t.folded not in lex.first_names or t.folded in lex.brands
                            or t.folded in lex.common or t.protected is not None and t.protected in not_overridden
                            for t in names):
            continue
        if any(t.allcaps for t in names):
            continue  # ("Quote van TEAM SPEELSTRAAT (2022)": a heading in capitals)
        if len(names) == 1 and not (opening and closes or cued and (evidence(names[0]) or names[0].folded in lex.surnames)):
            continue  # ("Vorakrit (2019) is een film": a title; "Storm (2025). Titel.": a reference's author)
        for t in names:
            if not t.person:
                t.person, t.score, t.protected = True, max(t.score, 0.75, min_conf), None
                t.rule = "a citation's author ('(X & Y, 2018)', 'X, M. (2021)', 'X Y (2019)')"


#: Heads of a firm's name that no list of organisation cues holds (s22-review): a run they open
#: in a person's slot names the firm ("gemaakt door Studio Korrel").
_FIRM_HEADS = frozenset({"studio", "atelier", "bureau", "agency", "labo", "lab"})


def _first_name_place(t: Token, lex: Lexicon) -> bool:
    """A place's name the first-name lists hold ("Linde"): in a person's slot, a name."""
    return t.folded in lex.places and t.folded in lex.first_names and t.folded not in lex.brands


def _thing(t: Token, lex: Lexicon, thing: Callable[[Token], bool]) -> bool:
    """A thing for the slots of this module: a place only when no first-name list holds it."""
    if _first_name_place(t, lex):
        return False
    return thing(t) or t.folded in lex.places


#: a symbol that frames an item of a checklist or a greeting line ("☑ X – komt helpen", "❤️ X ❤️")
_SYMBOL_LINE_RE = None


def mark_symbol_items(text: str, toks: list[Token], lex: Lexicon, evidence: Callable[[Token], bool],
                      thing: Callable[[Token], bool], min_conf: float, not_overridden: frozenset) -> None:
    """A name framed by symbols on its line: a check box, a tick, a heart or a star opening the line, the
    name, then a dash, a colon, the symbol again or the line's end ("☑ X Y – komt zaterdag helpen",
    "❤️ X ❤️ bedankt voor alles"). Two words or more in the name's shape are a name when none is a thing;
    one word when it has name evidence (a first name, a name that is also a word, a surname, a word no
    list knows)."""
    from bisect import bisect_left

    global _SYMBOL_LINE_RE
    if _SYMBOL_LINE_RE is None:
        _SYMBOL_LINE_RE = re.compile(r"(?m)^[ \t]*(?:[☐☑☒✓✔✅❤♥💕💖💗💛💙💚💜🧡⭐🌟★☆]\ufe0f?[ \t]*)+(?=\w)")
    starts = [t.start for t in toks]
    for m in _SYMBOL_LINE_RE.finditer(text):
        j = bisect_left(starts, m.end())
        if j >= len(toks) or toks[j].start != m.end() or not toks[j].cap:
            continue
        run = _shape(text, toks, j, lex)
        if not run:
            continue
        after = text[toks[run[-1]].end : toks[run[-1]].end + 3]
        if not (after[:1] in ("", "\n", ":") or after.lstrip(" \t")[:1] in ("–", "—", "-", ":", "")
                or _SYMBOL_LINE_RE.match(after.lstrip(" \t") + "x") is not None):
            continue
        _decide(text, toks, run, lex, evidence, thing, min_conf, not_overridden, False)
