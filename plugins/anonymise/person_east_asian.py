"""Short East-Asian names: a romanised family name and one or two syllables (issue 11, session 19).

Chinese and Vietnamese names are written family name first, in short one-syllable parts: "Li
Wei", "Lu Wei", "Ma Jun", "Nguyen Thi Lan", "Vo Minh Tuan". The name lists hold few of them
(Faker's lists of these locales are short and partly in Han script), and many parts are Dutch
words or abbreviations in the word list ("li", "wei", "bao", "jun", "mei", "van"), a month or an
English word: the detector read them as words in every slot (attack A18: 71 of 265 pairs of
Chinese and Vietnamese names published, the most of any origin).

The CLASS is a shape, not a list of people: a capitalised word that is a listed romanised family
name (``data/east_asian_family_names.txt``: Faker's zh_CN, zh_TW and vi_VN family names) followed,
in the same case and with single spaces, by one or two short parts that each have the shape of a
pinyin, Wade-Giles or Vietnamese syllable (a hyphenated pair too: "Chia-Hao", "Jin-seo") is a
person's name. Not when a part is a frequent word, the run is a place, a brand or a keep phrase
("Ho Chi Minh", "Hong Kong"), or the parts written together are a word ("Kung Fu", "Ping Pong":
"kungfu", "pingpong"); not a family name of one letter, nor French "Le"/"La" before fewer than
two parts ("Le Roi").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

from .lexicon import english_words, phrase_sets, read_list
from .person_first_before import wrapped

if TYPE_CHECKING:
    from .detect import Token
    from .lexicon import Lexicon

#: A pinyin or Wade-Giles syllable (ASCII-folded, lower case).
_PINYIN_RE = re.compile(r"(?:zh|ch|sh|hs|ts|tz|[bpmfdtnlgkhjqxrzcsyw])?"
                        r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ung|uai|uan|ian|iao|ieh|ien|uei|ai|ei|ui|ao|ou|iu"
                        r"|ie|ue|er|an|en|in|un|ua|uo|ia|a|o|e|i|u|v)")
#: A Vietnamese syllable (ASCII-folded, lower case).
_VIET_RE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?")
#: A Korean (revised romanisation) syllable, for the hyphenated given names ("Jin-seo", "Ha-eun").
_KOREAN_RE = re.compile(r"(?:kk|tt|pp|ss|jj|ch|[gndrmbsjkthp])?(?:yeo|yae|wae|wa|wo|we|wi|ui|ae|eo|eu|ya|yo|yu|ye|oe"
                        r"|a|e|i|o|u)(?:ng|[knlmpt])?")
_MAX_PART = 6
#: East-Asian loanwords for activities and food, written as two capitalised parts, that the Dutch
#: word list lacks in that spelling ("Tai Chi", "Qi Gong"): a closed class.
_LOANS = frozenset({"taichi", "taichichuan", "qigong", "fengshui", "wingchun", "kungfu", "dimsum", "bokchoy", "paksoi",
                    "mahjong", "pingpong", "yinyang", "banhmi", "phobo", "chowmein", "baozi", "jiaozi"})


@lru_cache(maxsize=1)
def family_names() -> frozenset[str]:
    return frozenset(n.lower() for n in read_list("east_asian_family_names.txt") if len(n) >= 2)


def syllable(f: str) -> bool:
    """Whether a folded lower-case word has the shape of one East-Asian syllable (or a hyphenated pair)."""
    parts = f.split("-")
    if len(parts) > 2 or len(f) > 2 * _MAX_PART + 1:
        return False
    return all(p.isascii() and p.isalpha() and len(p) <= _MAX_PART and (
        _PINYIN_RE.fullmatch(p) or _VIET_RE.fullmatch(p) or _KOREAN_RE.fullmatch(p)) for p in parts)


def _same_case(a: Token, b: Token) -> bool:
    return (a.allcaps and b.allcaps) or (a.cap and not a.allcaps and b.cap and not b.allcaps)


def mark_east_asian_names(text: str, toks: list[Token], lex: Lexicon, min_conf: float,
                          not_overridden: frozenset) -> None:
    """Mark each run of a family name and one or two syllables as a person (see the module)."""
    fam = family_names()
    hard = not_overridden - {None}
    n = len(toks)
    i = 0
    while i < n - 1:
        tok = toks[i]
        if not tok.cap or tok.folded not in fam or tok.protected in hard:
            i += 1
            continue
        run = [i]
        k = i + 1
        while (k < n and len(run) < 3 and _same_case(tok, toks[k])
               and (text[toks[k - 1].end : toks[k].start] == " " or wrapped(text, toks, k - 1))  # ("naar Wang\nFang voor": s20)
               and syllable(toks[k].folded) and toks[k].folded not in lex.common and toks[k].protected not in hard):
            run.append(k)
            k += 1
        if len(run) < 2 or (tok.folded in ("le", "la") and len(run) < 3):
            i += 1
            continue
        words = [toks[r].folded for r in run]
        if (k < n and text[toks[k - 1].end : toks[k].start] == " " and _same_case(tok, toks[k])
                and not toks[k].allcaps and toks[k].folded not in lex.common):
            i = k  # (a longer capitalised run: a title, an organisation, "Sun Yat Sen Park")
            continue
        joined = "".join(words)
        if (lex.is_word(joined) or joined in _LOANS or joined in english_words() or _listed_phrase(words, lex)
                or any(toks[r].protected in ("place", "brand", "keep") and toks[r].folded not in fam for r in run[1:])):
            i = k
            continue
        _mark_run(toks, run, min_conf, "East-Asian name: a family name and its syllables")
        i = k


def _listed_phrase(words: list[str], lex: Lexicon) -> bool:
    """Whether the folded words are a place or a phrase the lists name (a chain, a kept phrase)."""
    phrase = tuple(words)
    sets = phrase_sets(lex)
    return " ".join(words) in lex.places or phrase in sets[1] or phrase in sets[0]


def _mark_run(toks: list[Token], run: list[int], min_conf: float, rule: str) -> None:
    """Mark the tokens of ``run`` as one person's name (a token already marked keeps its mark)."""
    for r in run:
        t = toks[r]
        if not t.person:
            t.person, t.score, t.protected = True, max(t.score, 0.8, min_conf), None
            t.rule = rule


#: (s23-late) The Cantonese syllabic nasals ("Ng", "M"): a family name of no vowel.
_NASAL_RE = re.compile(r"h?ng|m")
#: (s23-late) One to three syllables written together: a given name "Weilun", "Minseo", "Xiaoyun".
_SYLLABLES_RE = re.compile(rf"(?:{_PINYIN_RE.pattern}|{_VIET_RE.pattern}|{_KOREAN_RE.pattern}){{1,3}}")


def _caps_family(f: str) -> bool:
    """Whether a folded word in capitals has the shape of a one-syllable East-Asian family name: a
    listed one, a pinyin, Vietnamese or Korean syllable ("park", "oh", "lim" too), a Cantonese nasal ("ng")."""
    from .person_korean import _syllable as korean_syllable

    return 2 <= len(f) <= 5 and f.isascii() and f.isalpha() and (
        f in family_names() or syllable(f) or korean_syllable(f) or _NASAL_RE.fullmatch(f) is not None)


def _caps_given(tok: Token, lex: Lexicon, listed_family: bool) -> bool:
    """Whether a capitalised word (ordinary case) reads as a given name after a family name in
    capitals: one to three syllables written together ("Weilun", "Seo-jin"), no English word, no
    brand, no Dutch word unless a list holds it as a first name or it is one syllable ("OH Jun";
    not "FAN Zone"); a first name a list holds, of any shape, when it is no Dutch word, frequent word,
    brand or place (s25-privacy: "CHAN Crystal", "NG Autumn", "SHIN Faith"); after a family name of the list (``family_names``) also a place ("LU Xinyi")
    and a frequent word of up to three letters ("LI Na", "LE Van"); a part of two letters only
    after a listed family name ("DO Re Mi", "HA Pi" stay)."""
    t = tok.text
    if not tok.cap or tok.allcaps or not t[1:].replace("-", "").islower() or t.count("-") > 1:
        return False
    f = tok.folded
    if (f in lex.first_names and "-" not in f and f not in lex.common and not lex.is_word(f) and f not in lex.brands
            and f not in lex.places and tok.protected not in ("brand", "keep", "place")):
        return True  # (s25-privacy: a listed given name of any shape, "CHAN Crystal", "NG Autumn")
    parts = f.split("-")
    if not all(p.isascii() and p.isalpha() and 2 <= len(p) <= 12 and _SYLLABLES_RE.fullmatch(p) for p in parts):
        return False
    if f in english_words() or f in lex.brands or tok.protected in ("brand", "keep"):
        return False
    if len(f) < 3 and not listed_family:
        return False  # ("DO Re Mi", "HA Pi")
    if f in lex.common:
        return listed_family and len(f) <= 3
    if f in lex.places or tok.protected == "place":
        return listed_family  # (after a listed family name: "LU Xinyi")
    return not lex.is_word(f) or f in lex.first_names or syllable(f)


def mark_caps_family_first(text: str, toks: list[Token], lex: Lexicon, min_conf: float,
                           not_overridden: frozenset) -> None:
    """(s23-late, issue 11) A short East-Asian family name in capitals before its given name in
    ordinary case, the way rankings, start lists and credits write them: "NG Wei", "LI Na",
    "PARK Ji-woo", "DO Thi Hanh". The family name has a syllable's shape (two to five letters), the
    one or two given parts that of one to three syllables each (``_caps_given``), single spaces
    between them; not when a further capitalised word goes on the run (a title, an organisation),
    nor when the given name is a word a list keeps ("MS Teams", "OH Wonder", "VW Polo")."""
    hard = not_overridden - {None}
    n = len(toks)
    i = 0
    while i < n - 1:
        tok = toks[i]
        if not tok.allcaps or tok.protected in hard or tok.protected == "keep":
            i += 1
            continue
        nxt = toks[i + 1]
        if not nxt.cap or nxt.allcaps or text[tok.end : nxt.start] != " " or not _caps_family(tok.folded):
            # (no run of two without a word in ordinary case right after it, one space between:
            # ``_caps_given``'s first test, asked before the family name's shape -- session 25)
            i += 1
            continue
        listed = tok.folded in family_names()
        run = [i]
        k = i + 1
        while (k < n and len(run) < 3 and text[toks[k - 1].end : toks[k].start] == " "
               and toks[k].protected not in hard and _caps_given(toks[k], lex, listed)):
            run.append(k)
            k += 1
        if len(run) < 2 or (k < n and text[toks[k - 1].end : toks[k].start] == " " and toks[k].cap
                            and not toks[k].allcaps and toks[k].folded not in lex.common):
            i = max(i + 1, k if len(run) >= 2 else i + 1)
            continue
        words = [toks[r].folded for r in run]
        if _listed_phrase(words, lex) or "".join(words[1:]) in _LOANS:
            i = k
            continue
        _mark_run(toks, run, min_conf, "East-Asian name: a family name in capitals, its given name after it")
        i = k


#: (s24-t24fix) The marks only Vietnamese puts on a Latin vowel in a name: circumflex, breve, horn, tilde,
#: hook above, dot below (not the acute or grave accents Dutch and French use: "Hé", "Café", "Voilà").
_VIET_MARKS = frozenset("\u0302\u0306\u031b\u0303\u0309\u0323")


def vietnamese_marked(word: str) -> bool:
    """Whether ``word`` carries a mark of Vietnamese spelling (or the letter "đ")."""
    return "đ" in word.lower() or any(c in _VIET_MARKS for c in unicodedata.normalize("NFD", word))


def family_name_first(prev: Token, given: Token, lex: Lexicon) -> bool:
    """Whether ``prev``, written right before the masked given name ``given``, is that person's
    East-Asian family name written first (s24-t24fix, T24: "<Họ> [<Tên>] (16) deed het", the given name
    a Dutch word the run rule above leaves): a capitalised word of one syllable's shape, no frequent
    word, that carries a Vietnamese mark (then also when the word without it is a Dutch word) or is a
    listed family name that is no word. Both in ordinary case and of a syllable's shape ("Hôtel",
    "Château", "Crêpe" are none)."""
    f = prev.folded
    if (not prev.cap or prev.allcaps or not given.cap or given.allcaps or f in lex.common
            or not prev.text[1:].islower() or not syllable(f) or not syllable(given.folded)):
        return False
    if vietnamese_marked(prev.text):
        return True
    return f in family_names() and not lex.is_word(f)


def mark_vietnamese_runs(text: str, toks: list[Token], lex: Lexicon, min_conf: float,
                         not_overridden: frozenset) -> None:
    """(s26-privacy, issue 11) Two or three capitalised words in the same case, each of one syllable's
    shape, two of them carrying a mark only Vietnamese spelling has ("Khuê Trương", "HUYỀN ĐINH"),
    one space apart or across a wrapped line: a Vietnamese name -- also when a word without its marks
    is a place of the world list ("Khue") or a Dutch word. Not a listed place phrase ("Đà Nẵng")."""
    hard = not_overridden - {None}
    n = len(toks)
    i = 0
    def part(t: Token) -> bool:
        return t.cap and syllable(t.folded.replace("đ", "d")) and t.folded not in lex.common and t.protected not in hard

    while i < n - 1:
        if not part(toks[i]):
            i += 1
            continue
        run = [i]
        while (len(run) < 3 and run[-1] + 1 < n and _same_case(toks[i], toks[run[-1] + 1]) and part(toks[run[-1] + 1])
               and (text[toks[run[-1]].end : toks[run[-1] + 1].start] == " " or wrapped(text, toks, run[-1]))):
            run.append(run[-1] + 1)
        words = [toks[r] for r in run]
        if (len(run) < 2 or sum(vietnamese_marked(w.text) for w in words) < 2
                or _listed_phrase([w.folded for w in words], lex)
                or " ".join(w.folded.replace("đ", "d") for w in words) in lex.places):
            i = run[-1] + 1
            continue
        _mark_run(toks, run, min_conf, "Vietnamese name: marked syllables")
        i = run[-1] + 1
