"""Regenerate the generated lexicons in ``plugins/anonymise/data/`` from their sources.

Not used at run time. Needs, in the environment that runs it:

* ``faker`` (MIT licence) -- only to read its locale providers' name and city lists
  (``pip install faker``); faker is NOT a runtime dependency of perskamer.
* Debian's ``wdutch`` package (the OpenTaal word list, BSD or CC-BY 3.0):
  ``/usr/share/dict/nederlands``.
* Debian's ``wamerican-small`` package (SCOWL size 35, Kevin Atkinson's permissive
  licence): ``/usr/share/dict/american-english-small``, for ``english_words.txt``
  (``build_lexicons.py english`` regenerates only that list, without faker).

Run from the repository root::

    .venv/bin/python plugins/anonymise/tools/build_lexicons.py

The hand-written lists (``*_extra.txt``, ``keep.txt``, ``idioms.txt``...) are not
touched by this script.
"""

from __future__ import annotations

import importlib
import re
import sys
import unicodedata
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"
WORDLIST = Path("/usr/share/dict/nederlands")
ENGLISH = Path("/usr/share/dict/american-english-small")

# Locales whose person providers are read. Latin-script locales are used as they are;
# Cyrillic ones are transliterated the way Ukrainian and Russian names are written in
# Belgian and Dutch documents (close to the Ukrainian national system).
LATIN_LOCALES = [
    "nl_BE", "nl_NL", "fr_BE", "fr_FR", "fr_DZ", "de_DE", "tr_TR", "pl_PL", "ro_RO",
    "es_ES", "it_IT", "pt_PT", "en_US", "en_GB", "sw", "en_KE", "yo_NG", "ha_NG", "ig_NG",
    "az_AZ", "cs_CZ", "sk_SK", "hr_HR", "sl_SI", "hu_HU", "lt_LT", "lv_LV", "sq_AL",
]
# Added in session 3, for more origins (Latin-script providers only): Pakistan
# (Urdu/Pashto names, shared with Afghanistan), Ghana (Twi/Akan), Nigeria (the
# English-language list), South Africa (Zulu), Uzbekistan, Vietnam, India, Indonesia, and
# Sweden (whose list holds Somali and Arabic names: Abdi, Abdirahman). Only their names
# that are no Dutch word are taken ("Van", "Juni", "Prima", "Forum", "Per" are names
# somewhere, and would change how ordinary words and particles are read here).
EXTRA_FIRST_LOCALES = ["en_PK", "tw_GH", "en_NG", "zu_ZA", "uz_UZ", "vi_VN", "en_IN", "id_ID", "sv_SE"]
# Added in session 15: Switzerland, Austria and Liechtenstein, whose lists are recent
# birth-name statistics and hold the commonest names of today's youth of Turkish, Bosnian,
# Serbian, Albanian and Kurdish origin (Burak, Emre, Cem, Merve, Admir, Agim, Arda, Tenzin)
# that ``tr_TR``'s older list lacks. Same filter as above, and also no name that one of
# the shipped word or keep lists reads as something else (``_no_listed_word``: "Can",
# "Lean" are English words; "Manila", "Asia", "Sofija" places; "Sena" a language): a
# name there would make the keep builder drop the place, and the English list the word.
RECENT_FIRST_LOCALES = ["de_CH", "de_AT", "de_LI"]
#: The shipped lists whose entries a name of ``RECENT_FIRST_LOCALES`` must not be
#: (generated after this script's name lists, read here as they stand: names kept out
#: here stay in those lists, so a rerun gives the same result).
OTHER_READING_LISTS = ("english_words.txt", "world_places.txt", "regions.txt", "territories.txt",
                       "languages.txt", "places.txt", "places_extra.txt", "brands.txt", "keep.txt")
EXTRA_SURNAME_LOCALES = ["en_PK", "tw_GH", "en_NG", "zu_ZA", "uz_UZ", "vi_VN"]
CYRILLIC_LOCALES = ["uk_UA", "ru_RU", "bg_BG"]
# Surname lists from locales whose surnames are mostly ordinary words in other
# languages are still useful, but only the Benelux/Maghreb/Turkish/Slavic ones are
# taken for surnames to keep false positives down.
SURNAME_LOCALES = ["nl_BE", "nl_NL", "fr_BE", "fr_DZ", "tr_TR", "pl_PL", "ro_RO", "de_DE", "fr_FR",
                   "en_KE", "sw", "yo_NG", "uk_UA", "ru_RU"]

CYR = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z",
    "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "'": "", "’": "", "ы": "y", "э": "e", "ъ": "", "ё": "io",
}
CYR_RU = dict(CYR, г="g", и="i", й="i", х="kh", е="e")


def translit(name: str, table: dict[str, str]) -> str:
    out = []
    for i, ch in enumerate(name):
        low = ch.lower()
        rep = table.get(low, low)
        if i == 0 or (i > 0 and name[i - 1] in " -"):
            rep = rep[:1].upper() + rep[1:]
        out.append(rep)
    return "".join(out)


def fold(s: str) -> str:
    """ASCII-fold (Yıldırım -> Yildirim), so names typed without diacritics still match."""
    s = s.replace("ı", "i").replace("İ", "I").replace("ł", "l").replace("Ł", "L").replace("ə", "e").replace("Ə", "E")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


NAME_RE = re.compile(r"^[^\W\d_][^\W\d_'’\- ]*(?:[-' ’][^\W\d_][^\W\d_'’\- ]*)*$")


def _collect(locale: str, attr: str) -> list[str]:
    try:
        mod = importlib.import_module(f"faker.providers.person.{locale}")
    except ModuleNotFoundError:
        return []
    prov = mod.Provider
    names: list[str] = []
    val = getattr(prov, attr, None)
    if isinstance(val, dict):
        names.extend(val.keys())
    elif val:
        names.extend(val)
    if attr == "first_names":
        for extra in ("first_names_male", "first_names_female", "first_names_nonbinary"):
            v = getattr(prov, extra, None)
            if isinstance(v, dict):
                names.extend(v.keys())
            elif v:
                names.extend(v)
    return names


def _clean(names: list[str], table: dict[str, str] | None) -> set[str]:
    out: set[str] = set()
    for n in names:
        n = n.strip()
        if table is not None:
            n = translit(n, table)
        if not n or not NAME_RE.match(n) or len(n) < 2:
            continue
        out.add(n)
        f = fold(n)
        if f != n and NAME_RE.match(f):
            out.add(f)
    return out


def _dutch_words() -> frozenset[str]:
    """The Dutch words of the shipped lists (the generated word list, the hand-kept common
    words and calendar), lower-case and without diacritics."""
    words: set[str] = set()
    for name in ("dutch_words.txt", "common_words.txt", "calendar.txt"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                words.add(fold(line.strip()).lower())
    return frozenset(words)


def _no_word(name: str, words: frozenset[str]) -> bool:
    """A name none of whose parts is a Dutch word (nor a short particle-like word), in
    any capitalisation ("COmfort" is Faker's typo for Comfort, a word too)."""
    parts = [fold(p).lower() for p in re.split(r"[-' ’]", name) if p]
    return bool(parts) and all(len(p) > 2 and p not in words for p in parts)


def _listed_words() -> frozenset[str]:
    """Every entry of ``OTHER_READING_LISTS``, lower-case and without diacritics."""
    words: set[str] = set()
    for name in OTHER_READING_LISTS:
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                words.add(fold(line.strip()).lower())
    return frozenset(words)


def _no_listed_word(name: str, listed: frozenset[str]) -> bool:
    """A name that is no entry of a word or keep list, as a whole or in any part."""
    parts = [fold(p).lower() for p in re.split(r"[-' ’]", name) if p]
    return fold(name).lower() not in listed and all(p not in listed for p in parts)


def header(title: str, source: str, licence: str) -> str:
    try:
        import faker

        source += f" (Faker {faker.VERSION})" if "Faker" in source else ""
    except ImportError:
        pass
    return (f"# {title}\n# Source: {source}\n# Licence: {licence}\n"
            "# Generated by plugins/anonymise/tools/build_lexicons.py; one entry a line.\n")


def write_english_words() -> int:
    """``english_words.txt``: lower-case English words (SCOWL size 35) that are no Dutch
    word and no listed first name or surname. The anonymiser reads it only to tell an
    English word opening a quote or ending a chat line ("Same hier", "tot later bro")
    from a name no list knows; capitalised entries (names, places) are left out."""
    if not ENGLISH.exists():
        print(f"warning: {ENGLISH} missing (apt-get install wamerican-small); english_words.txt kept", file=sys.stderr)
        return 0
    dutch = _dutch_words()
    names: set[str] = set()
    for name in ("first_names.txt", "first_names_extra.txt", "surnames.txt", "surnames_extra.txt"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                names.add(fold(line.strip()).lower())
    words = {w for line in ENGLISH.read_text(encoding="utf-8").splitlines() if (w := line.strip())
             and 3 <= len(w) <= 13 and w.isalpha() and w.isascii() and w.islower() and w not in dutch and w not in names}
    (DATA / "english_words.txt").write_text(
        header("English words (lower-case, no Dutch word, no listed name)",
               "SCOWL size 35 as packaged by Debian (wamerican-small, /usr/share/dict/american-english-small)",
               "SCOWL licence (permissive: use, copy, modify, distribute and sell with this notice); "
               "Copyright 2000-2011 Kevin Atkinson")
        + "\n".join(sorted(words)) + "\n", encoding="utf-8")
    print(f"{len(words)} English words")
    return 0


#: East-Asian romanised family names (session 19): the Chinese ones of zh_CN (pinyin) and zh_TW
#: (Wade-Giles, title-cased) and the Vietnamese ones of vi_VN, ASCII-folded. The anonymiser
#: reads them only as the anchor of a run of short syllables ("Li Wei", "Nguyen Thi Lan"):
#: person_east_asian.py.
EAST_ASIAN_FAMILY = (("zh_CN", "last_romanized_names"), ("zh_TW", "last_romanized_names"), ("vi_VN", "last_names"))


def write_east_asian_names() -> int:
    """``east_asian_family_names.txt``: see ``EAST_ASIAN_FAMILY``."""
    import faker

    names: set[str] = set()
    for loc, attr in EAST_ASIAN_FAMILY:
        mod = importlib.import_module(f"faker.providers.person.{loc}")
        for n in getattr(mod.Provider, attr):
            n = fold(str(n).strip()).replace("Đ", "D").replace("đ", "d")
            if n.isalpha():
                names.add(n[:1].upper() + n[1:].lower())
    src = ("Faker locale person providers (https://github.com/joke2k/faker): "
           + ", ".join(f"{loc} {attr}" for loc, attr in EAST_ASIAN_FAMILY) + f", ASCII-folded (Faker {faker.VERSION})")
    (DATA / "east_asian_family_names.txt").write_text(
        f"# East-Asian romanised family names (Chinese pinyin and Wade-Giles, Vietnamese)\n# Source: {src}\n"
        "# Licence: MIT (Faker)\n# Generated by plugins/anonymise/tools/build_lexicons.py east-asian; one entry a line.\n"
        + "\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"{len(names)} East-Asian family names")
    return 0


def main() -> int:
    if sys.argv[1:] == ["english"]:
        return write_english_words()
    if sys.argv[1:] == ["east-asian"]:
        return write_east_asian_names()
    import faker  # noqa: F401  (only to fail early with a clear message)

    firsts: set[str] = set()
    lasts: set[str] = set()
    for loc in LATIN_LOCALES:
        firsts |= _clean(_collect(loc, "first_names"), None)
    for loc in CYRILLIC_LOCALES:
        table = CYR if loc == "uk_UA" else CYR_RU
        firsts |= _clean(_collect(loc, "first_names"), table)
    for loc in SURNAME_LOCALES:
        table = CYR if loc == "uk_UA" else (CYR_RU if loc == "ru_RU" else None)
        lasts |= _clean(_collect(loc, "last_names"), table)
    lasts.discard("Doe")
    words = _dutch_words()
    for loc in EXTRA_FIRST_LOCALES:
        firsts |= {n for n in _clean(_collect(loc, "first_names"), None) if _no_word(n, words)}
    listed = _listed_words()
    recent: list[str] = []
    for loc in RECENT_FIRST_LOCALES:
        new = {n for n in _clean(_collect(loc, "first_names"), None)
               if _no_word(n, words) and _no_listed_word(n, listed)} - firsts
        recent.append(f"{loc} {len(new)}")
        firsts |= new
    for loc in EXTRA_SURNAME_LOCALES:
        lasts |= {n for n in _clean(_collect(loc, "last_names"), None) if _no_word(n, words)}

    src = ("Faker locale person providers (https://github.com/joke2k/faker, faker/providers/person/*), "
           "Cyrillic names transliterated")
    recent_src = (src + "; the recent lists " + ", ".join(recent) + " (names new to the other locales, no Dutch, "
                  "English or keep-list word, see RECENT_FIRST_LOCALES)")
    (DATA / "first_names.txt").write_text(
        header("First names common in Belgium, the Netherlands and the countries of origin of today's youth", recent_src,
               "MIT (Faker)")
        + "\n".join(sorted(firsts)) + "\n", encoding="utf-8")
    (DATA / "surnames.txt").write_text(
        header("Surnames common in Belgium, the Netherlands and countries of origin", src, "MIT (Faker)")
        + "\n".join(sorted(lasts)) + "\n", encoding="utf-8")

    places: set[str] = set()
    for loc in ("nl_BE", "nl_NL", "fr_BE"):
        try:
            mod = importlib.import_module(f"faker.providers.address.{loc}")
        except ModuleNotFoundError:
            continue
        for attr in ("cities", "provinces", "city_names"):
            for c in getattr(mod.Provider, attr, ()) or ():
                c = str(c).strip()
                if c and not c[0].isdigit():
                    places.add(c)
    (DATA / "places.txt").write_text(
        header("Municipalities and provinces of Belgium and the Netherlands",
               "Faker address providers nl_BE, nl_NL, fr_BE (from bpost's and the BAG's public lists)", "MIT (Faker)")
        + "\n".join(sorted(places)) + "\n", encoding="utf-8")

    countries: set[str] = set()
    for loc in ("nl_NL", "nl_BE"):
        try:
            mod = importlib.import_module(f"faker.providers.address.{loc}")
        except ModuleNotFoundError:
            continue
        countries.update(str(c).strip() for c in getattr(mod.Provider, "countries", ()) or () if str(c).strip())
    (DATA / "countries.txt").write_text(
        header("Countries and territories, their Dutch names",
               "Faker address providers nl_NL, nl_BE (attribute 'countries')", "MIT (Faker)")
        + "\n".join(sorted(countries)) + "\n", encoding="utf-8")

    if WORDLIST.exists():
        words: set[str] = set()
        for line in WORDLIST.read_text(encoding="utf-8").splitlines():
            w = line.strip()
            # Lower-case single words only; long compounds are never confused with names.
            if 2 <= len(w) <= 13 and w.islower() and w.isalpha():
                words.add(w)
        (DATA / "dutch_words.txt").write_text(
            header("Common Dutch words (lower-case, single words of at most 13 letters)",
                   "OpenTaal word list 2.20, as packaged by Debian (wdutch, /usr/share/dict/nederlands)",
                   "BSD (revised) or CC-BY 3.0, at the user's choice; (c) OpenTaal, Simon Brouwer e.a.")
            + "\n".join(sorted(words)) + "\n", encoding="utf-8")
    else:
        print("warning: /usr/share/dict/nederlands missing (apt-get install wdutch); dutch_words.txt kept", file=sys.stderr)
    print(f"{len(firsts)} first names, {len(lasts)} surnames, {len(places)} places")
    return write_english_words()


if __name__ == "__main__":
    raise SystemExit(main())
