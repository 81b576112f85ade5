"""Personal identifiers other than names and contact details (issue 11, session 14).

A quote that says "stort op mijn rekening BE.." or "mijn adres is <straat> 12" publishes a
person as surely as a phone number does. The classes, each a kind of span with its own
Dutch placeholder (``LABELS``):

* **a bank account** (``iban``, "[rekeningnummer]"): an IBAN of a country whose length is
  known, in any grouping (spaces, dots, dashes, glued, any case), and the old Belgian form
  "063-1234567-83". The check digits are evidence, not the gate: a number whose check fails
  is masked all the same (a typo'd account is still someone's), with a lower confidence when
  no word about an account stands before it (the editor's review lists it);
* **a national number** (``national_id``, "[identiteitsnummer]"): a Belgian national register
  number (rijksregisternummer, INSZ: a date of birth, a serial and two check digits) in its
  printed form "YY.MM.DD-XXX.CC", or as eleven digits in any grouping when the check digits
  hold or a word names it; a Dutch BSN (nine digits) after a word that names it;
* **a street address** (``address``, "[adres]"): a street (a word ending in a street word,
  "-straat", "-laan", "-dreef", ..., with the capitalised words before it: "Oude Baan",
  "Koning Albertlaan"), a house number, "bus"/"app." and a postcode with its town when they
  follow; the French, English and German orders ("14 rue des X", "41 X Lane", "X-straße 8").
  Policy (docs/anonymisation.md, "Personal identifiers"): an address is a person's home when
  a word about living stands before it ("mijn adres", "ik woon", "thuis", "j'habite") and is
  masked everywhere; an address after an organisation's or venue's word ("het jeugdhuis,
  <straat> 3", "de zaal ligt op ...") is the venue's and stays; an address with neither is
  masked in what people say (quotes) and kept in the reporter's own text (practical
  information);
* **a licence plate** (``plate``, "[nummerplaat]"): the Belgian "1-ABC-123" in any text; the
  other Belgian, Dutch and French shapes after a word that names a plate;
* **a date of birth** (``birthdate``, "[geboortedatum]"): a day and a month (with or without
  the year) after "geboren", "geboortedatum", "°", "verjaar(dag)", "jarig", "né le",
  "date of birth" ..., or right before "geboren". A year alone is kept (an age is published).

Every pattern is linear: bounded repeats, a window of fixed size before a candidate, no
nested quantifiers; each runs only when the text holds what its matches need.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

#: The placeholder of each kind (``replace.CONTACT_LABELS`` adds them).
LABELS = {"iban": "[rekeningnummer]", "national_id": "[identiteitsnummer]", "address": "[adres]",
          "plate": "[nummerplaat]", "birthdate": "[geboortedatum]"}
KINDS = frozenset(LABELS)
LABEL_TEXTS = frozenset(LABELS.values())
#: The rule of an address with a word about living before it (the reporter's own text masks only these).
HOME_RULE = "address (home)"
#: Below this confidence a masked identifier is listed by ``perskamer review`` (review.UNSURE_BELOW).
UNSURE = 0.6
#: An address with no word about living and none about a venue before it (masked in quotes).
UNSURE_ADDRESS = 0.7


class Found(NamedTuple):
    start: int
    end: int
    kind: str
    rule: str
    confidence: float


#: The acronym that names the identifier right after it ("IBAN BE..", "BSN: 1234..."): kept.
ACRONYM_BEFORE_RE = re.compile(r"(?<![\w])(IBAN|BIC|BSN|RRN|INSZ|NN|DOB)[ \t]{0,2}[:.=\-]?[ \t]{0,2}$")
_DIGIT_RE = re.compile(r"\d")
_WINDOW = 48  # how far before a candidate a cue word may stand


def _clause_before(text: str, start: int, width: int = _WINDOW) -> str:
    """The text before ``start`` within ``width`` characters, from the last sentence end on."""
    window = text[max(0, start - width) : start]
    cut = max(window.rfind(". "), window.rfind("! "), window.rfind("? "), window.rfind("\n"))
    return window[cut + 1 :] if cut >= 0 else window


# --- bank accounts ------------------------------------------------------------------------------
#: IBAN lengths (ISO 13616 registry) of the countries a Flemish report may name.
IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29, "CH": 21,
    "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "DZ": 26, "EE": 20, "EG": 29, "ES": 24, "FI": 18,
    "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22,
    "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LI": 21, "LT": 20, "LU": 20,
    "LV": 21, "MA": 28, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15,
    "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24, "SE": 24, "SI": 19, "SK": 24,
    "SM": 27, "SN": 28, "TN": 24, "TR": 26, "UA": 29, "VG": 24, "XK": 20, "CI": 28, "CM": 27,
}
_IBAN_START_RE = re.compile(r"(?<![\w])([A-Za-z]{2})[ \t]?(\d{2})(?=[ \t.\-]?[A-Za-z0-9])")
_OLD_BE_ACCOUNT_RE = re.compile(r"(\d(?<![\w\-/.]\d)\d{2})-(\d{7})-(\d{2})(?![\w\-/]|[.,]\d)")
#: What every IBAN above holds (its check digits, then the shortest account's letters and
#: digits as _walk_alnum reads them): a digit opens it, so the engine skips to the digits, and
#: most texts with nine digits (a phone number, dates) hold none
_IBAN_GATE_RE = re.compile(r"\d\d(?:[ \t.\-]?[A-Za-z0-9]){" + str(min(IBAN_LENGTHS.values()) - 4) + "}")
_ACCOUNT_CUE_RE = re.compile(r"(?:rekening|iban|bank|stort|overschrijv|overmak|betaal|betalen|virement|compte|"
                             r"account|konto|nummer|bic)", re.IGNORECASE)


def iban_valid(iban: str) -> bool:
    """Whether an IBAN (letters and digits only, any case) passes its mod-97 check."""
    s = iban.upper()
    if len(s) < 5 or not s.isascii() or not s.isalnum():
        return False
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def old_belgian_account_valid(digits: str) -> bool:
    """Whether a Belgian account of twelve digits passes its check (the first ten mod 97)."""
    if len(digits) != 12 or not digits.isdigit():
        return False
    return (int(digits[:10]) % 97 or 97) == int(digits[10:])


def _walk_alnum(text: str, pos: int, need: int) -> int:
    """The end of ``need`` ASCII letters and digits from ``pos``, single spaces, dots or
    dashes between them allowed; -1 when they are not there or more follow."""
    n, count, last_alnum = len(text), 0, True
    while count < need and pos < n:
        c = text[pos]
        if c.isascii() and c.isalnum():
            count += 1
            last_alnum = True
            pos += 1
        elif c in " \t.-" and last_alnum and pos + 1 < n and text[pos + 1].isascii() and text[pos + 1].isalnum():
            last_alnum = False
            pos += 1
        else:
            break
    if count < need or (pos < n and text[pos].isalnum()):
        return -1
    return pos


def bank_accounts(text: str) -> Iterator[Found]:
    """Bank accounts: an IBAN of a known country's length, the old Belgian 3-7-2 form."""
    for m in _IBAN_START_RE.finditer(text) if _IBAN_GATE_RE.search(text) else ():
        country = m.group(1).upper()
        length = IBAN_LENGTHS.get(country)
        if length is None:
            continue
        end = _walk_alnum(text, m.end(), length - 4)
        if end < 0:
            continue
        bban = re.sub(r"[^A-Za-z0-9]", "", text[m.end() : end])
        if sum(c.isdigit() for c in bban) * 2 < len(bban) or (country == "BE" and not bban.isdigit()):
            continue
        if iban_valid(country + m.group(2) + bban):
            yield Found(m.start(), end, "iban", "bank account (IBAN)", 1.0)
        else:
            cued = _ACCOUNT_CUE_RE.search(_clause_before(text, m.start())) is not None
            yield Found(m.start(), end, "iban", "bank account (IBAN shape, check digits fail)", 1.0 if cued else UNSURE)
    if "-" in text:
        for m in _OLD_BE_ACCOUNT_RE.finditer(text):
            valid = old_belgian_account_valid(m.group(1) + m.group(2) + m.group(3))
            cued = valid or _ACCOUNT_CUE_RE.search(_clause_before(text, m.start())) is not None
            yield Found(m.start(), m.end(), "iban", "bank account (Belgian 3-7-2)", 1.0 if cued else UNSURE)


# --- national numbers ---------------------------------------------------------------------------
_RRN_RE = re.compile(r"(\d(?<![\w.,/+\-]\d)\d)([. \-]?)(\d{2})\2(\d{2})([ .\-]?)(\d{3})([ .\-]?)(\d{2})(?![\w]|[.,/\-]\d)")
_RRN_CUE_RE = re.compile(r"(?:rijksregister|\brrn\b|\binsz|identificatienummer|identiteitsnummer|identiteitskaart|"
                         r"nationaal\s{1,3}nummer|national\s{1,3}number|num[ée]ro\s{1,3}national|\beid\b)", re.IGNORECASE)
_BSN_CUE_RE = re.compile(r"(?:\bbsn\b|burgerservicenummer|sofi-?nummer|citizen\s{1,3}service\s{1,3}number)",
                         re.IGNORECASE)
_NINE_DIGITS_RE = re.compile(r"(?<![\w.,/+\-])\d(?:[ .\-]?\d){8}(?![\w]|[.,/\-]\d)")


def national_number_valid(digits: str) -> bool:
    """Whether eleven digits are a Belgian national register number: a plausible date of
    birth (month 0-12, +20 or +40 for a bis number; day 0-31) and check digits for a birth
    before or after 2000."""
    if len(digits) != 11 or not digits.isdigit() or not _plausible_birth(digits[:6]):
        return False
    body, check = int(digits[:9]), int(digits[9:])
    return 97 - body % 97 == check or 97 - (2_000_000_000 + body) % 97 == check


def _plausible_birth(yymmdd: str) -> bool:
    month, day = int(yymmdd[2:4]), int(yymmdd[4:6])
    return (month <= 12 or 20 <= month <= 32 or 40 <= month <= 52) and day <= 31


def bsn_valid(digits: str) -> bool:
    """Whether nine digits pass the Dutch BSN check (the "elfproef")."""
    if len(digits) != 9 or not digits.isdigit():
        return False
    d = [int(c) for c in digits]
    return (sum((9 - i) * d[i] for i in range(8)) - d[8]) % 11 == 0


def national_numbers(text: str) -> Iterator[Found]:
    """Belgian national register numbers and Dutch BSNs (see the module)."""
    for m in _RRN_RE.finditer(text):
        digits = "".join(m.group(i) for i in (1, 3, 4, 6, 8))
        if not _plausible_birth(digits[:6]):
            continue
        printed = m.group(2) == "." and m.group(5) == "-" and m.group(7) == "."  # "YY.MM.DD-XXX.CC"
        if national_number_valid(digits):
            yield Found(m.start(), m.end(), "national_id", "national number", 1.0)
        elif printed or _RRN_CUE_RE.search(_clause_before(text, m.start())):
            yield Found(m.start(), m.end(), "national_id", "national number (check digits fail)", 1.0)
    lowered = text.lower()
    if not ("bsn" in lowered or "burgerservice" in lowered or "sofi" in lowered or "citizen" in lowered):
        return  # (every match of _BSN_CUE_RE holds one of these, in lower case)
    for cue in _BSN_CUE_RE.finditer(text):
        nine = _NINE_DIGITS_RE.search(text, cue.end(), min(len(text), cue.end() + _WINDOW))
        if nine is not None:
            rule = "citizen service number" if bsn_valid(re.sub(r"\D", "", nine.group(0))) else \
                "citizen service number (check fails)"
            yield Found(nine.start(), nine.end(), "national_id", rule, 1.0)


# --- licence plates -----------------------------------------------------------------------------
_BE_PLATE_RE = re.compile(r"[1-9](?<![\w\-][1-9])-[A-Z]{3}-\d{3}(?![\w\-])")  # (the digit first: _NUMBER_RE)
_ANY_PLATE_RE = re.compile(r"(?<![\w\-])(?:[1-9][ \-]?[A-Z]{3}[ \-]?\d{3}|[A-Z]{3}-\d{3}|\d{3}-[A-Z]{3}|"
                           r"[A-Z0-9]{1,3}-[A-Z0-9]{1,3}-[A-Z0-9]{1,3})(?![\w\-])")
_PLATE_CUE_RE = re.compile(r"(?:nummerplaat|plaat|kenteken|immatriculation|plaque|kennzeichen|license\s{1,3}plate|"
                           r"licence\s{1,3}plate|number\s{1,3}plate|registration)", re.IGNORECASE)
#: The same without re.IGNORECASE, for the lower-case text (a yes/no test: its literals are
#: lower-case ASCII; "K" lowers to "k" as re.IGNORECASE takes it)
_PLATE_CUE_LOWER_RE = re.compile(_PLATE_CUE_RE.pattern)
#: Every match of _PLATE_CUE_LOWER_RE holds one of these (a substring test first: the
#: pattern's alternatives open with common letters, and most texts name no plate)
_PLATE_CUE_WORDS = ("plaat", "kenteken", "immatriculation", "plaque", "kennzeichen", "plate", "registration")


def _alternating_groups(code: str) -> bool:
    """Whether a dashed code's groups are each all letters or all digits, neighbours of two
    kinds, 6 or 7 characters in all with two letters at least ("34-XKL-7", "GT-512-R")."""
    groups = code.split("-")
    if len(groups) == 1:
        return True
    if not all(g.isalpha() or g.isdigit() for g in groups):
        return False
    kinds = [g.isalpha() for g in groups]
    size = sum(len(g) for g in groups)
    return all(a != b for a, b in zip(kinds, kinds[1:], strict=False)) and 6 <= size <= 7 and \
        sum(len(g) for g in groups if g.isalpha()) >= 2


def plates(text: str) -> Iterator[Found]:
    """Licence plates: "1-ABC-123" anywhere; other shapes after a word that names a plate."""
    seen: set[int] = set()
    if "-" in text:
        for m in _BE_PLATE_RE.finditer(text):
            seen.add(m.start())
            yield Found(m.start(), m.end(), "plate", "licence plate", 1.0)
    lowered = text.lower()
    if not any(w in lowered for w in _PLATE_CUE_WORDS) or _PLATE_CUE_LOWER_RE.search(lowered) is None:
        return
    for m in _ANY_PLATE_RE.finditer(text):
        if m.start() in seen or not _alternating_groups(m.group(0)):
            continue
        if _PLATE_CUE_RE.search(_clause_before(text, m.start())):
            yield Found(m.start(), m.end(), "plate", "licence plate (after a cue)", 1.0)


# --- dates of birth -----------------------------------------------------------------------------
_MONTHS = (r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
           r"janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|"
           r"january|february|march|may|june|july|august|october|"
           r"jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec")
_DATE_RE = re.compile(
    r"(?<![\w/.\-])(?:(\d{1,2})[/.\-](\d{1,2})(?:[/.\-](?:\d{4}|\d{2}))?|(\d{4})-(\d{2})-(\d{2})|"
    r"(\d{1,2})(?:e|ste|de|er)?[ \t]{1,2}(?:" + _MONTHS + r")\.?(?:[ \t]{1,2}\d{4})?)(?![\w/]|[.\-]\d)",
    re.IGNORECASE,
)
_BIRTH_CUE_RE = re.compile(r"(?:geboren|geboorte\w{0,6}|\bgeb\.|verjaar\w{0,4}|\bjarig|birthday|\bborn\b|"
                           r"date\s{1,3}of\s{1,3}birth|\bdob\b|birth\s{1,3}date|\bnée?\b|naissance|anniversaire|"
                           r"geburtstag)", re.IGNORECASE)
_BIRTH_AFTER_RE = re.compile(r"[ \t,]{0,3}(?:geboren|born|né|née)\b", re.IGNORECASE)
_BIRTH_HINT_RE = re.compile(r"geboren|geboorte|geb\.|°|verjaar|jarig|birth|born|dob|né|naissance|anniversaire|"
                            r"geburtstag", re.IGNORECASE)
_BIRTH_HINT_LOWER_RE = re.compile(_BIRTH_HINT_RE.pattern)  # (on the lower-case text, as _PLATE_CUE_LOWER_RE)
#: Every match of _BIRTH_HINT_LOWER_RE holds one of these (as _PLATE_CUE_WORDS)
_BIRTH_HINT_WORDS = ("geb", "°", "verjaar", "jarig", "birth", "born", "dob", "né", "naissance", "anniversaire",
                     "geburtstag")


def birth_dates(text: str) -> Iterator[Found]:
    """A date with a day and a month after a word about birth, or right before "geboren"."""
    lowered = text.lower()
    if not any(w in lowered for w in _BIRTH_HINT_WORDS) or _BIRTH_HINT_LOWER_RE.search(lowered) is None:
        return
    for m in _DATE_RE.finditer(text):
        if m.group(1) is not None:
            day, month = int(m.group(1)), int(m.group(2))
        elif m.group(3) is not None:
            day, month = int(m.group(5)), int(m.group(4))
        else:
            day, month = int(m.group(6)), 1
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        before = _clause_before(text, m.start(), 32)
        cue_end = max((c.end() for c in _BIRTH_CUE_RE.finditer(before)), default=-1)
        # (a cue with no other number between it and the date, or "geboren" right after it)
        # ("°" right before the date, not after a number: "(°14/06/2011)", never "30° op 12 juli")
        degree = before.rstrip(" \t").endswith("°") and not before.rstrip(" \t")[-2:-1].isdigit()
        if (degree or (cue_end >= 0 and not _DIGIT_RE.search(before, cue_end))
                or _BIRTH_AFTER_RE.match(text, m.end())):
            yield Found(m.start(), m.end(), "birthdate", "date of birth", 1.0)


# --- street addresses ---------------------------------------------------------------------------
STREET_WORDS = ("straat", "laan", "weg", "plein", "dreef", "steenweg", "lei", "kaai", "dijk", "singel", "gracht",
                "baan", "markt", "hof", "park", "pad", "veld", "kouter", "vest", "wal", "ring", "kade", "dries",
                "berg", "heide", "meers", "akker", "beemd", "wegel", "straße", "strasse", "gasse", "allee",
                "platz", "steeg", "hoven", "velden", "boulevard", "avenue")
#: (not glued to a word: "1Kerkstraat"). Written with its first digit before the look-behind
#: ("\d(?<![..]\d)" is "(?<![..])\d"): a pattern that opens with a digit lets the regex engine
#: skip to the next digit instead of trying every position (session 15; test_anonymise_s15_speed
#: compares each such pattern with its plain spelling)
_NUMBER_RE = re.compile(r"(\d(?<![\w,./\-]\d)\d{0,3})(?!\d|[^\W\d_]{2})")
_AFTER_NUMBER_RE = re.compile(
    r"(?:[ \t]?[a-zA-Z](?![\w]))?(?:[\-/]\d{1,4}[a-zA-Z]?)?"
    r"(?:,?[ \t]{1,2}(?:bus|b\.|bte|boîte|app\.?|appartement|apt\.?)[ \t]?\d{1,4}[a-zA-Z]?)?"
    r"(?:,?[ \t]{1,2}(?:\d{4}(?:[ \t]?[A-Z]{2}(?![\w]))?|\d{5})[ \t]{1,2}[A-Z][\w'’\-]{1,30}"
    r"(?:[ \-][A-Z][\w'’\-]{1,30})?)?"
)
#: A count, not a house number: "Markt 2 uur", "Kustweg 3 keer".
_UNIT_AFTER_RE = re.compile(r"[ \t]{0,2}(?:uur|u\b|jaar|jaren|keer|maal|minuten|min\b|seconden|dagen|dag\b|weken|"
                            r"maanden|km\b|meter|m\b|euro|eur\b|procent|%|personen|mensen|kinderen|jongeren|leden|"
                            r"deelnemers|stuks|x\b|kilo|kg\b|liter|graden|°|tot\s{1,3}\d)", re.IGNORECASE)
#: The minutes of a time after the number: "10:32", "9:05:12" (a chat's time stamp, not a house number).
_TIME_AFTER_RE = re.compile(r":[0-5]\d(?!\d)")
_STREET_JOIN = frozenset({"oude", "nieuwe", "grote", "kleine", "lange", "korte", "hoge", "lage", "brede", "koning",
                          "koningin", "prins", "prinses", "graaf", "gravin", "hertog", "sint", "heilige", "burgemeester",
                          "pastoor", "dokter", "generaal", "kardinaal", "kapitein", "baron", "onze-lieve-vrouw",
                          "zuid", "noord", "oost", "west", "de", "van", "der", "den", "ter"})
#: (the house number first: "14 rue des X", "41 X Lane"; both orders open with the number,
#: written once before them with its first digit before the look-behind, as _NUMBER_RE: the
#: number runs to its last digit in both, so which order is tried first is as before)
_FR_STREET_RE = re.compile(
    r"\d(?<![\w]\d)\d{0,3}(?:(?:[ \t]?(?:bis|ter|[a-z]))?,?[ \t]{1,2}(?:rue|avenue|av\.|boulevard|bd|chaussée|place|"
    r"chemin|allée|quai|impasse|route|square)[ \t]{1,2}(?:(?:de[ \t]la|de[ \t]l'|du|des|de|d'|la|le)[ \t]?)?"
    r"[A-Z][\w'’\-]{1,30}(?:[ \t][A-Z][\w'’\-]{1,30})?|[ \t]{1,2}[A-Z][a-z]{2,20}(?:[ \t][A-Z][a-z]{2,20})?[ \t]"
    r"(?:Street|Road|Lane|Avenue|Drive|Close|Way|Court|Crescent|Place|Square|Gardens|Terrace|Row|Hill)\b)"
)
#: Words about living before an address (a home): "mijn adres", "ik woon", "thuis", "j'habite";
#: sending something there ("stuur de pakjes naar") is a home too.
_HOME_WORDS = frozenset({"adres", "thuisadres", "wonen", "thuis", "kot", "domicilie", "domicile", "live", "lives",
                         "lived", "living", "zuhause", "pakje", "pakjes", "brief", "post", "envelop", "adresse"})
_HOME_PREFIXES = ("woon", "wohn", "habit", "logeer", "verblijf")
_HOME_PAIRS = frozenset({("bij", "mij"), ("bij", "ons"), ("bij", "hem"), ("bij", "haar"), ("bij", "jou"),
                         ("bei", "mir"), ("chez", "moi")})
#: An organisation's or a venue's words before an address: "het jeugdhuis, <straat> 3".
_VENUE_WORDS = frozenset({"cc", "gc", "lokalen", "zalen", "campus", "hallen", "secretariaat", "bib", "bibliotheek",
                          "kerk", "chiro", "scouts", "ksa", "klj", "ksj", "vzw", "asbl", "locatie", "location", "lieu",
                          "afspraak", "halte", "museum", "theater", "café", "station", "congres", "vorming", "sessie",
                          "workshop", "onthaal", "maison", "salle", "centre", "venue", "club", "hotel", "terrein",
                          "speelplein", "dienst", "organisatie", "firma", "winkel", "bedrijf", "zetel", "parkeren",
                          "ingang", "gemeente", "stad", "school", "jeugdhuis",
                          # the organisation speaking of its own place: "brengen naar ons, <straat> 18"
                          # ("bij ons" and "ons adres" are a home: those words win)
                          "ons", "onze", "our", "notre", "nous"})
_VENUE_SUFFIXES = ("centrum", "lokaal", "zaal", "school", "hal", "gebouw", "kantoor", "herberg", "huis")
_VENUE_PREFIXES = ("verzamel", "inschrijv", "kamp")
_VENUE_PAIRS = frozenset({("gaat", "door"), ("vindt", "plaats"), ("vinden", "plaats"), ("gaan", "door")})
_WORD_RE = re.compile(r"[^\W\d_]+")


def _cue_ends(before: str) -> tuple[int, int]:
    """Where the last word about living and the last venue word of ``before`` end (-1: none)."""
    home = venue = -1
    prev = ""
    for m in _WORD_RE.finditer(before):
        w = m.group(0).lower()
        if (w in _HOME_WORDS or w.startswith(_HOME_PREFIXES) or w.endswith("adres")
                or (prev, w) in _HOME_PAIRS):
            home = m.end()
        elif (w in _VENUE_WORDS or (w.endswith(_VENUE_SUFFIXES) and w != "thuis" and len(w) > 4)
              or w.startswith(_VENUE_PREFIXES) or (prev, w) in _VENUE_PAIRS):
            venue = m.end()
        prev = w
    return home, venue


def _word_before(text: str, at: int, spaces: int = 2) -> int:
    """The start of the word that ends one or ``spaces`` blanks before ``at`` (a letter first,
    then letters, digits, apostrophes and hyphens; 41 characters at most), or -1."""
    j = at
    while j > 0 and at - j < spaces and text[j - 1] in " \t":
        j -= 1
    if j == at:
        return -1
    k = j
    while k > 0 and j - k < 41 and (text[k - 1].isalnum() or text[k - 1] in "'’-"):
        k -= 1
    while k < j and not text[k].isalpha():
        k += 1
    return k if k < j and j - k <= 41 and (k == 0 or not (text[k - 1].isalnum() or text[k - 1] in "'’-")) else -1


_HOME_AFTER_RE = re.compile(r"[^.!?\n]{0,30}?\b(?:woon\w{0,3}|wonen|woonde\w?|wohn\w{0,3}|lives?|habite?)\b",
                            re.IGNORECASE)


def _address_kind(text: str, start: int, end: int | None = None) -> str | None:
    """The rule of an address at ``start`` (to ``end``): HOME_RULE after a word about living
    (or with "woont" right after it), None after a venue's word (the nearer wins), "address"
    with neither."""
    home, venue = _cue_ends(_clause_before(text, start, 80))
    if home < 0 and end is not None and venue < 0 and _HOME_AFTER_RE.match(text, end):
        return HOME_RULE  # "in de <straat> 17 in Lede woont"
    if home < 0 and venue < 0:
        return "address"
    return HOME_RULE if home > venue else None


def addresses(text: str) -> Iterator[Found]:
    """Street addresses (see the module): a street and a house number, with what follows."""
    for m in _NUMBER_RE.finditer(text):
        if _UNIT_AFTER_RE.match(text, m.end()):
            continue
        if _TIME_AFTER_RE.match(text, m.end()):
            continue  # a time, no house number: "<Naam> Grewal  10:32" in a meeting chat (session 16)
        start = _word_before(text, m.start())
        if start < 0:
            continue
        word = text[start : m.start()].rstrip(" \t")
        low = word.lower()
        if not low.endswith(STREET_WORDS):
            continue  # (one test for every street word: most numbers follow none)
        suffix = next(s for s in STREET_WORDS if low.endswith(s))
        # the capitalised words of the street's name before it: "Oude Baan", "Koning Albertlaan"
        joined = 0
        while joined < 3:
            before = _word_before(text, start, 1)
            if before < 0 or not text[before].isupper() or text[before:start].rstrip(" \t").lower() not in _STREET_JOIN:
                break
            start = before
            joined += 1
        if len(low) == len(suffix) and not joined:
            continue  # "Veld 3", "Markt 2": a field or a square's number, no street
        tail = _AFTER_NUMBER_RE.match(text, m.end())
        end = tail.end() if tail is not None else m.end()
        kind = _address_kind(text, start, end)
        if kind is None or (kind != HOME_RULE and not word[0].isupper()):
            continue  # a venue's address; a lower-case street only after a word about living (chat)
        yield Found(start, end, "address", kind, 1.0 if kind == HOME_RULE else UNSURE_ADDRESS)
    if " " in text:
        for m in _FR_STREET_RE.finditer(text):
            tail = _AFTER_NUMBER_RE.match(text, m.end())
            end = tail.end() if tail is not None else m.end()
            kind = _address_kind(text, m.start(), end)
            if kind is None:
                continue
            yield Found(m.start(), end, "address", kind, 1.0 if kind == HOME_RULE else UNSURE_ADDRESS)



def identifiers(text: str, digits: int | None = None) -> list[Found]:
    """Every personal identifier of ``text`` (see the module), in order, without overlaps
    (the earlier, then the longer wins); ``digits``: how many digits the text holds, when known."""
    if digits is None:
        digits = len(_DIGIT_RE.findall(text))
    if not digits:
        return []
    found: list[Found] = []
    if digits >= 9:
        found.extend(bank_accounts(text))
        found.extend(national_numbers(text))
    if digits >= 3:
        found.extend(plates(text))
    found.extend(birth_dates(text))
    found.extend(addresses(text))
    if len(found) > 1:
        found.sort(key=lambda f: (f.start, -f.end))
        merged: list[Found] = []
        for f in found:
            if merged and f.start < merged[-1].end:
                continue
            merged.append(f)
        found = merged
    return found
