"""A person by a role beside the word, or as the host of a session (issue 11, session 9).

Set J's name classes, each read as a CLASS of positions (tested on other words in
``tests/anonymise_s9_recall_cases.py``, written before these rules):

* **a role noun in apposition, also after the clause's verb**: "over X praten, de
  kabouterleidster", "met X gepraat, onze jeugdwerker." -- the role may be a compound of a
  role word ("kabouterleidster", "hoofdbegeleider"); the apposition ends the clause (a
  comma, a full stop, a quote mark, the end, or "die/van/uit/bij ..."). A thing in
  apposition ("over Discord, ons kanaal") is no role;
* **the host of a session title**: "<Activiteit> met X" ("Koken met X", "Dansen met X"), a
  capitalised activity (an infinitive, or any capitalised word inside a sentence) and one
  capitalised word after "met" that ends the title. What tells a host from "Koken met
  Aardappelen": a thing there is a plural or a diminutive ("Restjes", "Senioren"), an
  abstract noun ("Verbeelding", "Fantasie"), a kept word (brand, place, organisation) or
  the start of a longer name ("Klimzaal Grip"); a person is one singular word;
* **a person of an organisation after a preposition that takes people**: "tot X van het
  jeugdhuis", "samen met X van de jeugddienst", "bij X van de Chiro".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Any

from .lexicon import Lexicon, fold, load_lexicon

#: Role words a compound may end in: "kabouterleidster", "hoofdbegeleider", "jeugdcoach".
_ROLE_TAILS = ("leider", "leidster", "leiding", "begeleider", "begeleidster", "werker", "werkster", "coach", "trainer",
               "monitor", "monitrice", "animator", "opvoeder", "opvoedster", "consulent", "medewerker", "medewerkster",
               "vrijwilliger", "vrijwilligster", "voorzitter", "directeur", "directrice", "coördinator", "coordinator",
               "verantwoordelijke", "mentor", "juf", "meester", "leerkracht", "kok", "kokkin", "moderator")

#: ", de <rol>" after the word, maybe after one or two lower-case words (the clause's verb):
#: the role noun, then what ends an apposition.
_APPOSITION_RE = re.compile(
    r"(?:[ \t]+[a-zà-ÿ]{2,20}){0,2}[ \t]*,[ \t]*(?:onze|ons|de|mijn|m'n|een|haar|zijn|z'n|jullie|hun)[ \t]+"
    r"([^\W\d_]{3,30})(?=[ \t]*(?:[,.!?;:\"”’)]|$|\n)|[ \t]+(?:die|van|uit|bij|in|op|voor|met|sinds)\b)"
)
#: Words ending in "-en" that are no activity before "met": "Samen met X", "Tegen X" ...
_NOT_ACTIVITIES = frozenset({"samen", "tegen", "boven", "beneden", "buiten", "binnen", "tussen", "even", "open", "toen",
                             "geen", "heen", "alleen", "misschien", "meteen", "bovendien", "voorbij", "daarbinnen",
                             "verder", "eerst", "dan", "daarna", "vooral", "zelfs", "ook", "en", "maar", "of"})
#: Endings of abstract nouns: "Verbeelding", "Fantasie", "Creativiteit", "Vriendschap".
_ABSTRACT_ENDS = ("heid", "ing", "ie", "schap", "isme", "teit", "nis", "te", "de", "sel", "tuur", "ij")
#: Endings of plurals and diminutives ("Restjes", "Senioren", "Kruiden", "Blokjes").
_PLURAL_ENDS = ("en", "s", "'s", "jes", "tjes", "ers")
#: Prepositions that take a person before "X van het jeugdhuis".
_PERSON_PREPOSITIONS = frozenset({"tot", "met", "aan", "bij", "voor", "door", "naast", "zonder", "tegen", "van"})
_ORG_AFTER_RE = re.compile(
    r"[ \t]+van[ \t]+(?:de|het|'t)[ \t]+(?:jeugdhuis|jeugddienst|jeugdraad|chiro|scouts|ksa|klj|speelpleinwerking|"
    r"jeugdwerking|jongerenwerking|buurtwerking|dienst|gemeente|stad|school|vzw|werking|organisatie|jeugdbeweging|"
    r"leefgroep|voorziening|ocmw|bib|bibliotheek|sporthal|muziekschool|academie)\b",
    re.IGNORECASE,
)


def role_noun(f: str, titles: frozenset[str]) -> bool:
    """Whether a folded noun names a person's role: a title or role word, or a compound
    that ends in one ("kabouterleidster")."""
    if f in titles:
        return True
    # (one C call rules out most words: no tail at all -- session 17)
    return f.endswith(_ROLE_TAILS) and any(f.endswith(tail) and len(f) - len(tail) >= 3 for tail in _ROLE_TAILS)


def role_apposition(text: str, end: int, titles: frozenset[str]) -> bool:
    """Whether a role noun stands in apposition after the word ending at ``end``, also after
    the clause's verb ("over X praten, de kabouterleidster")."""
    m = _APPOSITION_RE.match(text, end)
    if m is None:
        return False
    f = fold(m.group(1))
    return role_noun(f, titles) or profession_noun(f)  # (session 13: ", de logopediste", ", mijn huisarts")


def activity_host(text: str, toks: list[Any], i: int, lex: Lexicon) -> bool:
    """Whether capitalised token ``i`` is the host of a session title "<Activiteit> met X"
    (see the module's docstring)."""
    if i < 2:
        return False
    tok, met, act = toks[i], toks[i - 1], toks[i - 2]
    if met.folded != "met" or met.cap or text[met.end : tok.start] != " " or text[act.end : met.start] != " ":
        return False
    if not act.cap or act.allcaps or act.folded in _NOT_ACTIVITIES or act.folded in lex.common:
        return False
    if act.sent_start and not (act.folded.endswith("en") and lex.is_word(act.folded)):
        return False  # (opening a sentence, only an infinitive is a title: "Koken met X", not "Samen met X")
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and text[tok.end : nxt.start].strip() in ("", "&") and (nxt.cap or nxt.allcaps):
        return False  # the start of a longer name: "Klimmen met Klimzaal Grip"
    return host_word(tok.folded, lex)


def host_word(f: str, lex: Lexicon) -> bool:
    """Whether a word after "<Activiteit> met" may be its host: a listed first name that is no
    word, or one singular word that is no plural, diminutive or abstract noun."""
    if lex.first_name_no_word(f):
        return True
    if len(f) < 2 or f in lex.common or not f.isalpha():
        return False
    if lex.is_word(f) and (f.endswith(_PLURAL_ENDS) or f.endswith(_ABSTRACT_ENDS)):
        return False
    return True


def title_host_at(text: str, toks: list[Any], j: int, lex: Lexicon) -> bool:
    """Whether token ``j`` ("met") inside a work's title opens its host: "de workshop Bakken
    met X" is "Bakken" by X (the title ends before "met")."""
    return (j + 1 < len(toks) and toks[j].folded == "met" and toks[j + 1].cap and not toks[j + 1].allcaps
            and activity_host(text, toks, j + 1, lex))


def organisation_member(text: str, toks: list[Any], i: int) -> bool:
    """Whether token ``i`` stands after a preposition that takes people and before "van
    het jeugdhuis"/"van de jeugddienst"/...: a person of that organisation."""
    if i < 1:
        return False
    prev = toks[i - 1]
    if prev.folded not in _PERSON_PREPOSITIONS or text[prev.end : toks[i].start] != " ":
        return False
    return _ORG_AFTER_RE.match(text, toks[i].end) is not None


#: A role noun that titles a person before a name ("Jobcoach X", "Hoofdbegeleider X"): the
#: role tails less the collective ones ("kampleiding" names a group).
_TITLE_TAILS = tuple(t for t in _ROLE_TAILS if t not in ("leiding",))


#: Professions with no ending of their class below.
_PROFESSIONS = frozenset({"architect", "architecte", "docent", "docente", "lector", "lectrice", "bibliothecaris",
                          "auteur", "advocaat", "advocate", "rechter", "dokter", "verpleegkundige", "notaris", "apotheker", "apothekeres", "pastoor", "dominee",
                          "imam", "rabbijn", "kok", "chef", "agent", "inspecteur", "inspectrice",
                          # (session 13: the practices one visits, which no ending finds)
                          "osteopaat", "therapeut", "kinesitherapeut", "fysiotherapeut", "psychotherapeut",
                          "ergotherapeut", "pedicure", "pedicuur", "vroedvrouw", "huisdokter", "kapper", "kapster"})
#: Endings that make a listed noun a person's profession, each with what must not precede it.
_PROFESSION_ENDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("kundige", ()), ("trice", ()), ("euse", ("friteuse", "berceuse")), ("teur", ()), ("seur", ()), ("feur", ()),
    ("nieur", ()), ("agent", ()), ("arts", ("waarts",)), ("aris", ("salaris",)), ("graaf", ("paragraaf", "telegraaf")),
    ("grafe", ()), ("icus", ()), ("ist", ("uist", "kist", "mist", "lijst")), ("ent", ("ment", "cent", "tent", "rent", "lent")),
)


def role_title(f: str, titles: frozenset[str]) -> bool:
    """Whether a folded word titles a person before a name: a title or role word, or a
    compound that ends in a person's role ("jobcoach", "hoofdbegeleider")."""
    # (one endswith over all the tails first: most words end in none of them)
    return f in titles or (f.endswith(_TITLE_TAILS)
                           and any(f.endswith(tail) and len(f) - len(tail) >= 3 for tail in _TITLE_TAILS))


def title_kind(f: str, titles: frozenset[str]) -> str:
    """"title" for a title or role word or a compound of one ("meneer", "jobcoach"),
    "profession" for a noun of a profession only by its ending ("onderzoekster"), else ""."""
    if role_title(f, titles):
        return "title"
    return "profession" if profession_noun(f) else ""


@lru_cache(maxsize=4096)
def profession_noun(f: str) -> bool:
    """Whether a folded word is a listed noun of a profession or function by its ending:
    "-kundige", "-trice", "-ist", "-ent" (not "-ment"), "-aris", "-graaf" ...; a "-ster" whose
    "-er" is a word too ("onderzoekster", "verpleegster"), and that "-er" ("onderzoeker");
    "-loog"/"-loge" ("socioloog", "psychologe"); "-ica" of a "-icus" ("historica"); "-aar"
    with its "-ares" ("leraar", "lerares"); a feminine "-e" of any of these ("docente",
    "logopediste")."""
    if f in _PROFESSIONS:
        return True
    if len(f) < 5 or not f.isalpha():
        return False
    lex = load_lexicon()
    if not lex.is_word(f):
        # (a feminine form the word list lacks: "kinesiste")
        return f.endswith("e") and lex.is_word(f[:-1]) and profession_noun(f[:-1])
    for end, not_before in _PROFESSION_ENDS:
        if f.endswith(end) and len(f) - len(end) >= 2 and not f.endswith(not_before):
            return True
    if f.endswith("ster") and len(f) >= 8 and any(lex.is_word(stem + "er") for stem in _stems(f[:-4])):
        return True
    if f.endswith("er") and len(f) >= 7 and any(lex.is_word(stem + "ster") for stem in _stems(f[:-2])):
        return True
    if f.endswith(("loog", "goog")) or f.endswith(("loge", "goge")) and lex.is_word(f[:-3] + "oog"):
        return True
    if f.endswith("ica") and lex.is_word(f[:-1] + "us"):
        return True
    if f.endswith("aar") and lex.is_word(f[:-3] + "ares") or f.endswith("ares") and lex.is_word(f[:-4] + "aar"):
        return True
    return f.endswith("e") and profession_noun(f[:-1])


def _stems(stem: str) -> tuple[str, ...]:
    """A stem as written and with its doubled vowel made single ("verpleeg" -> "verpleg") or a
    single one doubled ("verpleg" -> "verpleeg")."""
    out = [stem]
    if len(stem) >= 3 and stem[-2] == stem[-3] and stem[-2] in "aeou":
        out.append(stem[:-3] + stem[-2] + stem[-1])
    elif len(stem) >= 2 and stem[-2] in "aeou" and (len(stem) < 3 or stem[-3] not in "aeiou"):
        out.append(stem[:-1] + stem[-2] + stem[-1])
    return tuple(out)


#: The header of a social-media comment: who wrote it, then its age ("Naam 🌸 · 3d",
#: "naam · 2 u", "x_y · 5 min") or the time it was written ("Naam • 14:03"); group 1 is who wrote it.
_COMMENT_HEADER_RE = re.compile(
    r"^[ \t>*•\"“-]*([^\n·:]{1,60}?)[ \t]*[·•][ \t]*(?:\d{1,3}[ \t]*(?:u|uur|h|d|dag|dagen|w|wk|weken|m|mnd|min|s|sec|j|jr|y)"
    r"\.?|\d{1,2}[:.]\d{2}(?:[ \t]*(?:[AaPp][Mm]|u|uur))?)[ \t]*$",
    re.MULTILINE,
)
_DAY_WORDS = r"(?:vandaag|gisteren|eergisteren|today|yesterday|aujourd['’]hui|hier|gestern|heute)"
_MONTH = r"[^\W\d_]{3,9}\.?"
_DATE = (r"(?:\d{1,2}[ \t]+" + _MONTH + r"(?:[ \t]+\d{4})?|" + _MONTH + r"[ \t]+\d{1,2}(?:,?[ \t]+\d{4})?"
         r"|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|" + _DAY_WORDS + r")")
_TIME = r"\d{1,2}[:.]\d{2}(?:[ \t]*(?:[AaPp]\.?[Mm]\.?|u|uur|h))?"
#: A line that holds only when a comment was written: a time with a date or a day word before
#: or after it ("10:14 12 mrt.", "gisteren 21:15", "8:47 AM Mar 4", "12/03/2023 10:14").
_STAMP_LINE_RE = re.compile(
    r"[ \t>*-]*(?:" + _TIME + r"(?:[ \t,]+" + _DATE + r")?|" + _DATE + r"[ \t,]+(?:om[ \t]+)?" + _TIME + r")[ \t]*"
)
_STAMP_HINT_RE = re.compile(r"\n[ \t>*-]*(?:[^\W\d_]{1,12}\.?[ \t,]+){0,2}\d{1,2}[:./]\d{2}")
#: A header line: one to four words, nothing else (group 1), maybe after a quote mark or bullet.
_HEADER_LINE_RE = re.compile(r"[ \t>*•\"“-]*([^\W\d_][^\n:·•()\[\]]{0,58}?)[ \t]*")


@lru_cache(maxsize=64)
def stamped_headers(text: str) -> tuple[tuple[int, int], ...]:
    """The offsets of who wrote each comment copied from a shared document: a line of one to
    four words, not all ordinary words, before a line that holds only the comment's time and
    date."""
    if "\n" not in text or _STAMP_HINT_RE.search(text) is None:
        return ()
    lines = text.split("\n")
    out: list[tuple[int, int]] = []
    pos = 0
    offsets = []
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    lex = load_lexicon()
    for k in range(len(lines) - 1):
        if not _STAMP_LINE_RE.fullmatch(lines[k + 1]):
            continue
        m = _HEADER_LINE_RE.fullmatch(lines[k])
        if m is None:
            continue
        words = [fold(w) for w in re.findall(r"[^\W\d_]+", m.group(1))]
        if not 1 <= len(words) <= 4 or _STAMP_LINE_RE.fullmatch(lines[k]):
            continue
        if all(lex.is_word(w) and w not in lex.first_names and w not in lex.surnames for w in words):
            continue  # a heading or label ("Besluit", "Samenvatting"), not who wrote
        out.append((offsets[k] + m.start(1), offsets[k] + m.end(1)))
    return tuple(out)


#: (the text asked last, whether it holds "·" or "•": asked for every capitalised word of a
#: text, each time a scan of the whole text; one tuple, replaced whole: a thread never reads
#: one text's answer for another)
_BULLETS: tuple[Any, bool] = (None, False)
#: (the text asked last, when it holds neither a stamped header nor a bullet: every answer
#: for it is False; session 11: the lru_cache of stamped_headers was asked for every
#: capitalised word first)
_QUIET: tuple[Any, ...] = (None,)


def comment_header_at(text: str, start: int) -> bool:
    """Whether offset ``start`` lies in who wrote a social-media comment, on the header line
    before the comment's age ("Harmony 🌸 · 3d"), or who wrote a comment copied from a shared
    document, alone on the line before the comment's time and date ("Naam" then "10:14 12 mrt.";
    session 10)."""
    global _BULLETS, _QUIET
    if _QUIET[0] is text:
        return False  # (the text asked last holds neither a stamped header nor a bullet)
    headers = stamped_headers(text)
    if headers:
        k = bisect_right(headers, (start, len(text) + 1)) - 1  # (the last header starting at or before start)
        if k >= 0 and headers[k][0] <= start < headers[k][1]:
            return True
    last = _BULLETS
    if last[0] is text:
        bullets = last[1]
    else:
        bullets = "·" in text or "•" in text
        _BULLETS = (text, bullets)
    if not bullets:
        if not headers:
            _QUIET = (text,)
        return False
    spans = _bullet_headers(text)
    k = bisect_right(spans, (start, len(text) + 1)) - 1  # (the last header starting at or before start)
    return k >= 0 and spans[k][0] <= start < spans[k][1]


#: (the text asked last, the header of each of its lines, as :func:`_bullet_headers` gives
#: them; one tuple, replaced whole)
_HEADERS: tuple[Any, tuple[tuple[int, int], ...]] = (None, ())


def _bullet_headers(text: str) -> tuple[tuple[int, int], ...]:
    """Where the comment headers with a bullet stand in ``text`` (_COMMENT_HEADER_RE's group 1
    on each line, as offsets of ``text``), in order: found once per text (session 11: the
    line of every capitalised word was matched again). The line of an offset is the one it
    stands in, a line break counting with the line before it (as ``rfind``/``find`` cut it);
    a header ends before its line's end, so only its own line's header can hold an offset."""
    global _HEADERS
    last = _HEADERS
    if last[0] is text:
        return last[1]
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        m = _COMMENT_HEADER_RE.match(line)
        if m is not None:
            spans.append((pos + m.start(1), pos + m.end(1)))
        pos += len(line) + 1
    got = tuple(spans)
    _HEADERS = (text, got)
    return got
