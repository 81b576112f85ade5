"""Session 15's speed changes give what the plain code gives (issue 11's speed target, issue 13).

* ``identifiers``: the patterns that open with a look-behind and then a digit are written
  with the digit first (``\\d(?<![..]\\d)`` is ``(?<![..])\\d``: the regex engine then skips
  to the next digit instead of trying every position); the French/English street pattern's
  two orders share their house number; the IBAN scan runs only when the text holds what
  every IBAN holds (two digits and eleven letters or digits, single separators between);
  the plate and birth-date cues are looked for as substrings before their pattern runs; the
  street word is one ``endswith`` before the loop that finds which.
* ``keep_firms.may_hold_firm``: the case-insensitive pattern spelled out as substring tests
  on the lower-case text of an ASCII text.
* ``detect._introduced_names``: the nickname rule asks whether a naming verb is among the
  text's folded words before it makes Token objects for ``naming.named_things`` (which asks
  that first).
* ``private_contacts._may_hold_contact``: the profile sites' ten substring tests as one
  search led by the dot each site holds, the spelled "at" led by its "a".

Each is compared here with its plain spelling (the patterns and gates as they were at the
session's start, written out below) on generated and hostile text; fixed cases show the
comparisons are not vacuous. The golden test (test_anonymise_golden.py) checks the whole
output on every text we have.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from perskamer.plugins.anonymise import detect, keep_firms, naming
from perskamer.plugins.anonymise import identifiers as ids
from perskamer.plugins.anonymise import private_contacts as pc
from perskamer.plugins.anonymise.lexicon import Lexicon, load_lexicon
from perskamer.plugins.anonymise.scan import finditer_after_keyword, lowered_alike

# --- the plain spellings (session 15's start) ------------------------------------------------
_PLAIN_NUMBER_RE = re.compile(r"(?<![\w,./\-])(\d{1,4})(?!\d|[^\W\d_]{2})")
_PLAIN_FR_STREET_RE = re.compile(
    r"(?<![\w])(\d{1,4})(?:[ \t]?(?:bis|ter|[a-z]))?,?[ \t]{1,2}(?:rue|avenue|av\.|boulevard|bd|chaussée|place|chemin|"
    r"allée|quai|impasse|route|square)[ \t]{1,2}(?:(?:de[ \t]la|de[ \t]l'|du|des|de|d'|la|le)[ \t]?)?[A-Z][\w'’\-]{1,30}"
    r"(?:[ \t][A-Z][\w'’\-]{1,30})?|(?<![\w])(\d{1,4})[ \t]{1,2}[A-Z][a-z]{2,20}(?:[ \t][A-Z][a-z]{2,20})?[ \t]"
    r"(?:Street|Road|Lane|Avenue|Drive|Close|Way|Court|Crescent|Place|Square|Gardens|Terrace|Row|Hill)\b"
)
_PLAIN_RRN_RE = re.compile(
    r"(?<![\w.,/+\-])(\d{2})([. \-]?)(\d{2})\2(\d{2})([ .\-]?)(\d{3})([ .\-]?)(\d{2})(?![\w]|[.,/\-]\d)")
_PLAIN_OLD_BE_ACCOUNT_RE = re.compile(r"(?<![\w\-/.])(\d{3})-(\d{7})-(\d{2})(?![\w\-/]|[.,]\d)")
_PLAIN_BE_PLATE_RE = re.compile(r"(?<![\w\-])[1-9]-[A-Z]{3}-\d{3}(?![\w\-])")
#: (the gate's words as the module lists them: a word added there is in both spellings)
_PLAIN_FIRM_GATE = re.compile("|".join(keep_firms._GATE_WORDS), re.I)


def _plain_may_hold_firm(text: str) -> bool:
    return not text.isascii() or _PLAIN_FIRM_GATE.search(text) is not None


def _plain_addresses(text: str) -> Iterator[ids.Found]:
    for m in _PLAIN_NUMBER_RE.finditer(text):
        if ids._UNIT_AFTER_RE.match(text, m.end()):
            continue
        start = ids._word_before(text, m.start())
        if start < 0:
            continue
        word = text[start : m.start()].rstrip(" \t")
        low = word.lower()
        suffix = next((s for s in ids.STREET_WORDS if low.endswith(s)), None)
        if suffix is None:
            continue
        joined = 0
        while joined < 3:
            before = ids._word_before(text, start, 1)
            if before < 0 or not text[before].isupper() or text[before:start].rstrip(" \t").lower() not in ids._STREET_JOIN:
                break
            start = before
            joined += 1
        if len(low) == len(suffix) and not joined:
            continue
        tail = ids._AFTER_NUMBER_RE.match(text, m.end())
        end = tail.end() if tail is not None else m.end()
        kind = ids._address_kind(text, start, end)
        if kind is None or (kind != ids.HOME_RULE and not word[0].isupper()):
            continue
        yield ids.Found(start, end, "address", kind, 1.0 if kind == ids.HOME_RULE else ids.UNSURE_ADDRESS)
    if " " in text:
        for m in _PLAIN_FR_STREET_RE.finditer(text):
            tail = ids._AFTER_NUMBER_RE.match(text, m.end())
            end = tail.end() if tail is not None else m.end()
            kind = ids._address_kind(text, m.start(), end)
            if kind is None:
                continue
            yield ids.Found(m.start(), end, "address", kind, 1.0 if kind == ids.HOME_RULE else ids.UNSURE_ADDRESS)


def _plain_bank_accounts(text: str) -> Iterator[ids.Found]:
    for m in ids._IBAN_START_RE.finditer(text):
        country = m.group(1).upper()
        length = ids.IBAN_LENGTHS.get(country)
        if length is None:
            continue
        end = ids._walk_alnum(text, m.end(), length - 4)
        if end < 0:
            continue
        bban = re.sub(r"[^A-Za-z0-9]", "", text[m.end() : end])
        if sum(c.isdigit() for c in bban) * 2 < len(bban) or (country == "BE" and not bban.isdigit()):
            continue
        if ids.iban_valid(country + m.group(2) + bban):
            yield ids.Found(m.start(), end, "iban", "bank account (IBAN)", 1.0)
        else:
            cued = ids._ACCOUNT_CUE_RE.search(ids._clause_before(text, m.start())) is not None
            yield ids.Found(m.start(), end, "iban", "bank account (IBAN shape, check digits fail)",
                            1.0 if cued else ids.UNSURE)
    if "-" in text:
        for m in _PLAIN_OLD_BE_ACCOUNT_RE.finditer(text):
            valid = ids.old_belgian_account_valid(m.group(1) + m.group(2) + m.group(3))
            cued = valid or ids._ACCOUNT_CUE_RE.search(ids._clause_before(text, m.start())) is not None
            yield ids.Found(m.start(), m.end(), "iban", "bank account (Belgian 3-7-2)", 1.0 if cued else ids.UNSURE)


def _plain_national_numbers(text: str) -> Iterator[ids.Found]:
    for m in _PLAIN_RRN_RE.finditer(text):
        digits = "".join(m.group(i) for i in (1, 3, 4, 6, 8))
        if not ids._plausible_birth(digits[:6]):
            continue
        printed = m.group(2) == "." and m.group(5) == "-" and m.group(7) == "."
        if ids.national_number_valid(digits):
            yield ids.Found(m.start(), m.end(), "national_id", "national number", 1.0)
        elif printed or ids._RRN_CUE_RE.search(ids._clause_before(text, m.start())):
            yield ids.Found(m.start(), m.end(), "national_id", "national number (check digits fail)", 1.0)
    for cue in ids._BSN_CUE_RE.finditer(text):
        m = ids._NINE_DIGITS_RE.search(text, cue.end(), min(len(text), cue.end() + ids._WINDOW))
        if m is not None:
            rule = "citizen service number" if ids.bsn_valid(re.sub(r"\D", "", m.group(0))) else \
                "citizen service number (check fails)"
            yield ids.Found(m.start(), m.end(), "national_id", rule, 1.0)


def _plain_plates(text: str) -> Iterator[ids.Found]:
    seen: set[int] = set()
    for m in _PLAIN_BE_PLATE_RE.finditer(text):
        seen.add(m.start())
        yield ids.Found(m.start(), m.end(), "plate", "licence plate", 1.0)
    if ids._PLATE_CUE_RE.search(text) is None:
        return
    for m in ids._ANY_PLATE_RE.finditer(text):
        if m.start() in seen or not ids._alternating_groups(m.group(0)):
            continue
        if ids._PLATE_CUE_RE.search(ids._clause_before(text, m.start())):
            yield ids.Found(m.start(), m.end(), "plate", "licence plate (after a cue)", 1.0)


def _plain_birth_dates(text: str) -> Iterator[ids.Found]:
    if ids._BIRTH_HINT_LOWER_RE.search(text.lower()) is None:
        return
    for m in ids._DATE_RE.finditer(text):
        if m.group(1) is not None:
            day, month = int(m.group(1)), int(m.group(2))
        elif m.group(3) is not None:
            day, month = int(m.group(5)), int(m.group(4))
        else:
            day, month = int(m.group(6)), 1
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        before = ids._clause_before(text, m.start(), 32)
        cue_end = max((c.end() for c in ids._BIRTH_CUE_RE.finditer(before)), default=-1)
        degree = before.rstrip(" \t").endswith("°") and not before.rstrip(" \t")[-2:-1].isdigit()
        if (degree or (cue_end >= 0 and not ids._DIGIT_RE.search(before, cue_end))
                or ids._BIRTH_AFTER_RE.match(text, m.end())):
            yield ids.Found(m.start(), m.end(), "birthdate", "date of birth", 1.0)


def _plain_identifiers(text: str) -> list[ids.Found]:
    """identifiers() as it was: the plain scans behind the same digit counts, merged alike."""
    digits = len(re.findall(r"\d", text))
    if not digits:
        return []
    found: list[ids.Found] = []
    if digits >= 9:
        found.extend(_plain_bank_accounts(text))
        found.extend(_plain_national_numbers(text))
    if digits >= 3:
        found.extend(_plain_plates(text))
    found.extend(_plain_birth_dates(text))
    found.extend(_plain_addresses(text))
    found.sort(key=lambda f: (f.start, -f.end))
    merged: list[ids.Found] = []
    for f in found:
        if merged and f.start < merged[-1].end:
            continue
        merged.append(f)
    return merged


# --- generated and hostile text --------------------------------------------------------------
_PIECES = st.sampled_from([
    "Kerkstraat ", "kerkstraat", "Oude Baan", "Koning Albertlaan ", "Veld ", "Markt", "STRAAT", "Straße ", "strasse",
    "Hoogstraat 12", "Dorpsstraat 3 bus 2, 9000 Gent", "ik woon in de ", "mijn adres: ", "het jeugdhuis, ", "thuis ",
    "14 rue des Lilas", "3bis, avenue de la Gare", "41 Baker Street", "12 Long Lane", " 9 ", "12", "1234", "12345", "7",
    "1-ABC-123", "ABC-123", "34-XKL-7", "nummerplaat", "PLAAT", "kenteken ", "license  plate", "plaque", "K",
    "BE68 5390 0754 7034", "be68539007547034", "NL91ABNA0417164300", "NO93 8601 1117 947", "063-1234567-83",
    "IBAN ", "rekening ", "85.07.30-033.61", "85073003361", "bsn 123456782", "rijksregister ", "BSN: ",
    "geboren op 12/03/2011", "° 14/06/2011", "(°14/06/2011)", "verjaardag 3 mei", "jarig op 2 juni", "née le 4 mai",
    "Geburtstag", "GEBOREN", "ge", "b.", "2011-06-14", "12 juli", "30° op 12 juli",
    "Bakkerij Peeters", "bij bakkerij X", "Verhuizingen", "sportshop", "SPORTSHOP", "Reizen", "garage", "İngen",
    "ınGEN", "ſhop", "Kapsalon", "werken", "bouw", "Tuincentrum", "ä", "é", "ß",
    "٤٥", "١٢٣", "²", "İ", "ı", "ſ", "\u212a", "Σ", "\u0301",
    " ", "  ", "\t", "\n", ", ", ". ", "-", "/", ".", "'", "’", "(", ")", "+", ":", "x", "ab", "AB",
])
#: every street word, as a street's name and in capitals, before a number or not
_STREETS = st.sampled_from(ids.STREET_WORDS).flatmap(
    lambda w: st.sampled_from([f"Groen{w} ", f"Groen{w}  1", w.upper() + " 7", f"{w}\t22"]))
#: every cue word of the plates and dates of birth, in a sentence
_CUES = st.sampled_from([*ids._PLATE_CUE_WORDS, "license plate", "number  plate", *ids._BIRTH_HINT_WORDS]).map(
    lambda w: f" {w} ")
_TEXT = st.lists(st.one_of(_PIECES, _STREETS, _CUES, st.text(alphabet="0123456789 -./abKLS", max_size=6),
                           st.text(max_size=3)), max_size=30).map("".join)


#: dense text for the patterns alone: digits next to each character their look-behinds name
_DENSE = st.lists(st.one_of(
    st.text(alphabet="0123456789,./-+ \tABCab_é٤", min_size=1, max_size=8),
    st.sampled_from([" rue Lilas", ", avenue de la Gare", "bis rue X", " Baker Street", " Ab Cd Road", "-ABC-", "-1234567-",
                     ".07.30-033.", "1-ABC-123", "Groenstraat ", "85.07.30-033.61", "85073003361", "85 07 30 033 61",
                     "063-1234567-83"])), max_size=12).map("".join)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, tuple[str | None, ...]]]:
    return [(m.start(), m.end(), m.groups()) for m in pattern.finditer(text)]


@settings(max_examples=3000, deadline=None)
@given(st.one_of(_TEXT, _DENSE))
def test_digit_first_patterns_are_the_plain_ones(text: str) -> None:
    assert _spans(ids._NUMBER_RE, text) == _spans(_PLAIN_NUMBER_RE, text)
    assert _spans(ids._RRN_RE, text) == _spans(_PLAIN_RRN_RE, text)
    assert _spans(ids._OLD_BE_ACCOUNT_RE, text) == _spans(_PLAIN_OLD_BE_ACCOUNT_RE, text)
    assert _spans(ids._BE_PLATE_RE, text) == _spans(_PLAIN_BE_PLATE_RE, text)
    # (the French/English pattern's groups are not read: its spans)
    assert [m.span() for m in ids._FR_STREET_RE.finditer(text)] == [m.span() for m in _PLAIN_FR_STREET_RE.finditer(text)]


@settings(max_examples=1500, deadline=None)
@given(_TEXT)
def test_gated_identifiers_are_the_plain_ones(text: str) -> None:
    assert list(ids.addresses(text)) == list(_plain_addresses(text))
    assert list(ids.bank_accounts(text)) == list(_plain_bank_accounts(text))
    assert list(ids.national_numbers(text)) == list(_plain_national_numbers(text))
    assert list(ids.plates(text)) == list(_plain_plates(text))
    assert list(ids.birth_dates(text)) == list(_plain_birth_dates(text))
    assert ids.identifiers(text) == _plain_identifiers(text)


@settings(max_examples=1500, deadline=None)
@given(_TEXT)
def test_firm_gate_is_the_plain_one(text: str) -> None:
    assert keep_firms.may_hold_firm(text) == _plain_may_hold_firm(text)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["1 ", "12", "Kerkstraat 1 ", "1-", "BE68 ", "12.", "-1234567-", "° 1/2 ", "ingen ", "a1 b2 ",
                        "14 rue X ", "1 Ab Road "]), st.integers(1, 300))
def test_gates_on_hostile_repeats(piece: str, n: int) -> None:
    text = piece * n
    assert ids.identifiers(text) == _plain_identifiers(text)
    assert keep_firms.may_hold_firm(text) == _plain_may_hold_firm(text)
    for fast, plain in ((ids._NUMBER_RE, _PLAIN_NUMBER_RE), (ids._RRN_RE, _PLAIN_RRN_RE),
                        (ids._OLD_BE_ACCOUNT_RE, _PLAIN_OLD_BE_ACCOUNT_RE), (ids._BE_PLATE_RE, _PLAIN_BE_PLATE_RE)):
        assert _spans(fast, text) == _spans(plain, text)


@pytest.mark.parametrize(("text", "kinds"), [
    ("Ik woon in de Kerkstraat 12 bus 3, 9000 Gent.", ["address"]),
    ("J'habite 14 rue des Lilas à Namur.", ["address"]),
    ("Stort het op BE68 5390 0754 7034 aub.", ["iban"]),
    ("Mijn oude rekening: 063-1234567-83.", ["iban"]),
    ("Zijn rijksregisternummer is 85.07.30-033.61.", ["national_id"]),
    ("De auto met nummerplaat 1-ABC-123 stond er.", ["plate"]),
    ("Kenteken GT-512-R, zei hij.", ["plate"]),
    ("His licence plate is AB-123-C.", ["plate"]),
    ("Ik woon op de Groenboulevard 3.", ["address"]),
    ("Ze is geboren op 12/03/2011 in Gent.", ["birthdate"]),
    ("We spraken af om 14 uur aan de Markt 2.", []),
])
def test_the_gated_scans_find_what_they_are_for(text: str, kinds: list[str]) -> None:
    """Not vacuous: each scan the gates guard finds its identifier, fast and plain alike."""
    assert [f.kind for f in ids.identifiers(text)] == kinds
    assert ids.identifiers(text) == _plain_identifiers(text)


@pytest.mark.parametrize(("text", "holds"), [
    ("We kochten alles bij Sportshop Peeters.", True), ("De VERHUIZINGEN gingen vlot.", True),
    ("bij bakkerij Janssens", True), ("Een gewone zin zonder winkel erin? Nee: met winkel.", True),
    ("Een gewone zin.", False), ("Ze kwam met de fiets.", False), ("Café Zoë", True),
])
def test_the_firm_gate_lets_a_firm_through(text: str, holds: bool) -> None:
    assert keep_firms.may_hold_firm(text) is holds
    assert _plain_may_hold_firm(text) is holds


# --- detect._introduced_names: no Token objects unless a naming verb is there ---------------------
def _plain_introduced_names(text: str, lex: Lexicon) -> list[str]:
    found: list[str] = []
    lowered = text.lower()
    if (not text.isascii() and any(c in text for c in detect._ASCII_CASE_ALIKES)) or any(
            w in lowered for w in detect._INTRO_WORDS):
        for m in finditer_after_keyword(detect._INTRO_RE, detect._INTRO_KEYWORDS_RE, text, lowered=lowered):
            cand = m.group(1)
            if cand.split()[0][0].isupper():
                found.append(cand)
    if any(w in text for w in detect._NICKNAME_WORDS):
        things: set[int] | None = None
        for m in finditer_after_keyword(detect._NICKNAME_RE, detect._NICKNAME_KEYWORDS_RE, text, lowered=lowered):
            if things is None:
                things = naming.named_things(text, detect.tokenize(text), lex)
            if m.start(1) in things:
                continue
            found.append(m.group(1))
    return found


_NAMING = st.lists(st.tuples(st.sampled_from([
    "gewoon", "kortweg", "noemen hem", "noemen haar", "heet", "heette", "genaamd", "bijnaam", "het spel heet", "de app heet",
    "ze noemen ons", "Wezel", "Mus", "'Turbo'", "“Baas”", "Kahoot", "Jan", "Lotte", "İlker", "de", "een", "is", "zei", "12",
    "Foto:", "totem", "spel", "app", "hond", "Zoë", "x",
]), st.sampled_from([" ", " ", ", ", ". ", "\n", ": ", ""])), max_size=16).map(lambda p: "".join(w + s for w, s in p))


@settings(max_examples=600, deadline=None)
@given(_NAMING)
def test_introduced_names_without_tokens_are_the_plain_ones(text: str) -> None:
    lex = load_lexicon()
    assert detect._introduced_names(text, lex) == _plain_introduced_names(text, lex)


@pytest.mark.parametrize(("text", "names"), [
    ("Voor iedereen gewoon Mus.", ["Mus"]),
    ("Het spel heet Kahoot, ze noemen hem gewoon Turbo.", ["Turbo"]),
])
def test_introduced_names_after_a_naming_verb(text: str, names: list[str]) -> None:
    """Not vacuous: with a naming verb the thing it names is left out ("het spel heet X")."""
    lex = load_lexicon()
    assert detect._introduced_names(text, lex) == names == _plain_introduced_names(text, lex)


# --- private_contacts._may_hold_contact: the site and spelled-"at" tests as dot- and a-led searches ---
def _plain_may_hold_contact(text: str) -> bool:
    lowered = text.lower()
    if not lowered_alike(text, lowered):
        if pc._HINT_RE.search(text) is not None:
            return True
        return pc._CUE_HINT_RE.search(text) is not None and pc._ACCOUNT_SHAPE_RE.search(text) is not None
    if ("@" in text or pc._SEVEN_DIGITS_RE.search(text) is not None or pc._AT_BRACKET_RE.search(lowered) is not None
            or pc._AT_WORD_RE.search(lowered) is not None or any(site in lowered for site in pc._CONTACT_SITES)
            or ("nul" in lowered and pc._NUL_RE.search(lowered) is not None)):
        return True
    return pc._account_shaped_somewhere(text) and pc._CUE_HINT_LOWER_RE.search(lowered) is not None


_CONTACTISH = st.lists(st.one_of(st.sampled_from([
    "linkedin.", "instagram.com/x", "tiktok.", "facebook.", "twitter.", "snapchat.", "threads.", "x.com/", "wa.me/32",
    "t.me/x", "wa.m", "t.m", "x.co", "x.com", "x.com.", "linkedin", ".com/", "xcom/", "WA.ME", "T.ME", "LinkedIn.", " at ", "\tat\n", " a t ",
    " apenstaartje ", " apestaart ", " arobase ", "(at)", "[a]", "at", "dat ", "aT ", "\u00a0at\u00a0", " at", "a ",
    "jan.peeters", "jan_p", "dm ", "volg ", "insta", "0470 12 34 56", "nul ", "İ", "K", "ſ", "@", "x", ".", " ", "\n",
]), st.text(alphabet=" \t\n.atmeAT/", max_size=6)), max_size=20).map("".join)


@settings(max_examples=1500, deadline=None)
@given(_CONTACTISH)
def test_contact_hint_searches_are_the_plain_ones(text: str) -> None:
    lowered = text.lower()
    for t in (text, lowered):
        assert (pc._CONTACT_SITE_DOT_RE.search(t) is not None) == any(site in t for site in pc._CONTACT_SITES)
        assert (pc._CONTACT_SITE_DOT_RE.search(t) is not None) == (pc._CONTACT_SITE_RE.search(t) is not None)
        assert (pc._AT_WORD_A_RE.search(t) is not None) == (pc._AT_WORD_RE.search(t) is not None)
    assert pc._may_hold_contact(text) == _plain_may_hold_contact(text)


@pytest.mark.parametrize(("text", "holds"), [
    ("Stuur het naar jan at gmail punt com.", True), ("Zie linkedin.com/in/x voor meer.", True),
    ("Via wa.me/32470 of t.me/x", True), ("Dat was het, zei ze.", False), ("Wat een dag: at the end.", True),
])
def test_contact_hints_find_what_they_are_for(text: str, holds: bool) -> None:
    assert pc._may_hold_contact(text) is holds
    assert _plain_may_hold_contact(text) is holds


# --- Knowledge.add: each distinct name part asked once (a long run was quadratic) ----------------
def test_a_long_name_run_asks_each_distinct_part_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A harvested run of thousands of words ("Verhuizingen Peeters Verhuizingen Peeters ...",
    a hostile quote; the report's speaker is "Jan Peeters") was compared with the person known
    by each of its parts, one part after another: 100 kB took 1.9 s. Now once per distinct part,
    with the same answer (the loop reads the same knowledge for a repeated part)."""
    calls: list[int] = []
    real = detect.same_person

    def counting(known: str, parts: list[str] | tuple[str, ...]) -> bool:
        calls.append(len(parts))
        return real(known, parts)

    monkeypatch.setattr(detect, "same_person", counting)
    know = detect.Knowledge()
    jan = know.add("Jan Peeters", explicit=True)
    run = " ".join(["Verhuizingen Peeters"] * 500)
    key = know.add(run)
    assert key != jan  # (not the same person: the run holds a part Jan Peeters has not)
    assert len(calls) <= 2  # (one distinct part is known: "peeters"; was 500)
    assert know.add("Peeters") == jan  # (and a known part still finds its person)
