"""A person's contact details in the report's own text (issue 11, session 10; policy).

With the default scope (``quotes``) the reporter's own text -- the summary, the answers, the
photo's caption -- is published as written. A reporter who writes "mail de trekker:
x.y@gmail.com" or "haar gsm: 0475 ..." publishes a person's private contact to every reader.
The policy (docs/anonymisation.md, "Contacts in the report's own text"):

* **private, masked everywhere** (also with the default scope): an e-mail address at a free-mail
  or consumer provider, or whose local part names someone (a first name or surname, an
  initial and a surname, a word no list knows); a mobile number (Belgian 04.., +32 4..; the
  mobile ranges of the neighbouring countries; an international number of another country);
  a personal handle or profile (an "@account", a profile URL) -- unless the organisation
  speaks of its own ("volg ons op ...", a handle that names an organisation);
* **an organisation's, kept**: a role or service address at its own domain ("info@",
  "secretariaat@", "jeugd@"), a landline, a free or premium service number, a website.

The contact details are found with the same patterns as in quotes (``detect.contact_spans``);
this module only decides which of them are private. ``scope: all`` masks every contact.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .detect import _ORG_CUES, Span, contact_spans
from .identifiers import HOME_RULE, identifiers
from .lexicon import english_words, fold, load_lexicon
from .scan import lowered_alike

#: Free-mail and consumer providers (the second-level label of the domain): a mailbox of a person.
FREE_MAIL = frozenset({
    "gmail", "googlemail", "hotmail", "outlook", "live", "msn", "yahoo", "ymail", "icloud", "me", "mac", "proton",
    "protonmail", "pm", "telenet", "skynet", "scarlet", "proximus", "belgacom", "pandora", "gmx", "web", "orange",
    "free", "laposte", "wanadoo", "sfr", "hetnet", "ziggo", "kpnmail", "planet", "home", "xs4all", "mail", "yandex",
    "aol", "tutanota", "tuta", "posteo", "hey", "fastmail", "zoho", "freemail", "seznam", "libero", "t-online",
})
#: Words of an organisation's voice before its own handle: "volg ons op Instagram: @x".
_OWN_HANDLE_RE = re.compile(
    r"\b(?:volg|like|check|vind|zoek)\w{0,3}\s+(?:ons|onze|de\s+(?:groep|werking|vereniging|club))\b"
    r"|\b(?:ons|onze)\s+(?:account|pagina|profiel|insta\w*|kanaal|facebook\w*|tiktok|website|site)\b"
    r"|\bfollow\s+us\b|\bsuivez[- ]nous\b",
    re.IGNORECASE,
)
_AT_RE = re.compile(r"\s*(?:[(\[{<]\s*(?:at|a|@)\s*[)\]}>]|\s(?:at|apenstaartje|apestaartje|arobase)\s|@)\s*", re.IGNORECASE)
_DOT_RE = re.compile(r"\s*(?:[(\[{<]\s*(?:punt|dot)\s*[)\]}>]|\s(?:punt|dot)\s)\s*", re.IGNORECASE)


def _email_parts(text: str) -> tuple[str, str] | None:
    """(local part, domain) of an e-mail address in any spelling, case-folded; None if unreadable."""
    plain = _AT_RE.sub("@", text.strip(), count=1)
    plain = _DOT_RE.sub(".", plain)
    if plain.count("@") != 1:
        return None
    local, domain = plain.split("@")
    local, domain = local.strip().casefold(), domain.strip().casefold().rstrip(".")
    return (local, domain) if local and "." in domain else None


@lru_cache(maxsize=4096)
def _service_word(piece: str) -> bool:
    """Whether a piece of an address's local part is an ordinary word (a role, service or
    department: "info", "secretariaat", "jeugddienst") and no first name or surname."""
    from .detect import _dutch_like

    lex = load_lexicon()
    f = fold(piece)
    if f in lex.first_names or f in lex.surnames:
        return lex.is_word(f) and f not in lex.name_words
    return f in english_words() or _dutch_like(f, piece, lex) or f in _ORG_CUES


def private_email(text: str) -> bool:
    """Whether an e-mail address (as written, in any spelling) is a person's (see the module)."""
    parts = _email_parts(text)
    if parts is None:
        return True
    local, domain = parts
    labels = domain.split(".")
    if len(labels) >= 2 and labels[-2] in FREE_MAIL:
        return True
    pieces = [p for p in re.split(r"[._+\-\d]+", local) if p]
    if not pieces:
        return True
    if any(len(p) == 1 for p in pieces) and len(pieces) >= 2:
        return True  # an initial and a surname: "j.peeters", "jp.maes"
    return not all(_service_word(p) for p in pieces)


#: Mobile prefixes after the country code (the national number without its leading 0).
_MOBILE_AFTER_CODE = {"32": ("4",), "31": ("6",), "33": ("6", "7"), "49": ("15", "16", "17"), "352": ("6",),
                      "44": ("7",)}
#: National numbers of a service, never a person's: free, premium, shared-cost.
_SERVICE_PREFIXES = ("0800", "0900", "0901", "0902", "0903", "0904", "0905", "0906", "070", "078", "077")


def private_phone(text: str) -> bool:
    """Whether a phone number is a person's: a mobile number (Belgian or of a neighbouring
    country), or an international number of another country; a landline or a service number is
    an organisation's."""
    written = text.strip()
    digits = re.sub(r"\D", "", written)
    international = written.startswith("+") or digits.startswith("00")
    if international:
        rest = digits[2:] if digits.startswith("00") else digits
        for code, mobiles in _MOBILE_AFTER_CODE.items():
            if rest.startswith(code):
                national = rest[len(code):].lstrip("0")
                return national.startswith(mobiles)
        return True  # another country: nothing tells a landline, mask it
    if digits.startswith(_SERVICE_PREFIXES):
        return False
    return digits.startswith(("04", "06", "07")) and len(digits) >= 10


def private_handle(text: str, start: int, handle: str) -> bool:
    """Whether a handle or profile at ``start`` is a person's: not when the organisation speaks
    of its own just before it ("volg ons op Instagram: @x") nor when it names an organisation
    ("@chirojeugdlier", "@jeugdhuis.x")."""
    window = text[max(0, start - 60) : start]
    if _OWN_HANDLE_RE.search(window):
        return False
    folded = fold(handle)
    return not any(cue in folded for cue in _ORG_HANDLE_CUES)


#: Organisation words inside a handle: "@jeugdhuisdepoort", "@chiro_x", "@ksa.y".
_ORG_HANDLE_CUES = ("jeugdhuis", "jeugddienst", "jeugdraad", "chiro", "scouts", "ksa", "klj", "ksj", "speelplein",
                    "jeugdwerk", "vzw", "stad", "gemeente", "school", "club", "vereniging", "fanfare", "harmonie",
                    "buurthuis", "jongerencentrum", "jeugdcentrum", "bib", "cultuur", "official")


def private_spans(text: str) -> list[Span]:
    """The contact details in ``text`` that are a person's (see the module)."""
    if not text or not (_may_hold_contact(text) or _DIGIT_RE.search(text) is not None):
        return []
    out: list[Span] = []
    pos = 0
    for line in text.split("\n"):  # (only the lines that may hold one: the patterns cost per text)
        if line and _may_hold_contact(line):
            found = contact_spans(line)
        elif line and _DIGIT_RE.search(line) is not None:
            found = [Span(f.start, f.end, f.kind, line[f.start : f.end], f.rule, f.confidence)
                     for f in identifiers(line)]  # (an address, a plate, a date of birth: no 7 digits)
        else:
            found = []
        for s in found:
            if s.kind == "email":
                private = private_email(s.text)
            elif s.kind == "phone":
                private = private_phone(s.text)
            elif s.kind == "handle":
                private = private_handle(line, s.start, s.text)
            else:
                private = private_identifier(line, s)
            if private:
                out.append(replace(s, start=s.start + pos, end=s.end + pos))
        pos += len(line) + 1
    return out


#: An organisation speaking of its own account: "onze rekening", "de rekening van de chiro".
_OWN_ACCOUNT_RE = re.compile(r"\b(?:ons|onze|our|notre)\b", re.IGNORECASE)
_DIGIT_RE = re.compile(r"\d")


def private_identifier(line: str, span: Span) -> bool:
    """Whether a personal identifier in the reporter's own text is a person's (session 14's
    policy): a national number, a licence plate and a date of birth always; a street address
    only as a home (a word about living before it: a venue's address in the practical
    information stays); a bank account unless an organisation's word stands in its sentence
    before it ("stort op onze rekening", "de rekening van de chiro": the organisation's own)."""
    if span.kind == "address":
        return span.rule == HOME_RULE
    if span.kind == "iban":
        before = line[max(0, span.start - 80) : span.start]
        cut = max(before.rfind(". "), before.rfind("! "), before.rfind("? "))
        before = before[cut + 1 :]
        if _OWN_ACCOUNT_RE.search(before):
            return False
        return not any(fold(w) in _ORG_CUES for w in re.findall(r"[^\W\d_]+", before))
    return True


#: ... or a cue or platform word AND an account-shaped word ("te vinden als x.y", "op TikTok heet ze x.y").
_CUE_HINT_RE = re.compile(r"\b(?:dm|pb|pm|volg(?:t|en)?|vinden als|add|insta\w*|tiktok|snap\w*|twitter|threads|telegram"
                          r"|discord|bereal|twitch|youtube)\b", re.IGNORECASE)
_ACCOUNT_SHAPE_RE = re.compile(r"[^\W\d_]{2,}[._][\w]{2,}")


#: _HINT_RE's branches one by one, each led by a character or literal re's search skips to,
#: the lettered ones without re.IGNORECASE for the lower-case text (session 10: the one
#: alternation with re.IGNORECASE tried every branch at every position, a fifth of the
#: anonymisation of generated reports).
_AT_BRACKET_RE = re.compile(r"[(\[{<]\s*(?:at|a)\s*[)\]}>]")
_AT_WORD_RE = re.compile(r"\s(?:at|apen?staart(?:je)?|arobase)\s")
_SEVEN_DIGITS_RE = re.compile(r"\d(?:[ \t./()+-]{0,3}\d){6,}")
_CONTACT_SITE_RE = re.compile(r"(?:linkedin|instagram|tiktok|facebook|twitter|snapchat|threads)\.|x\.com/|wa\.me|t\.me")
_NUL_RE = re.compile(r"\bnul\s")
#: What a private contact holds somewhere: an "@" (or a spelled one), a run of seven digits or
#: more (a number in any grouping), a profile site, a chat link, a spoken number: the branches
#: above as one alternation with re.IGNORECASE, for a text whose lower case is not alike.
_HINT_RE = re.compile("|".join(["@", *(p.pattern for p in (_AT_BRACKET_RE, _AT_WORD_RE, _SEVEN_DIGITS_RE,
                                                             _CONTACT_SITE_RE, _NUL_RE))]), re.IGNORECASE)
_CUE_HINT_LOWER_RE = re.compile(_CUE_HINT_RE.pattern)
#: The dot or underscore of an account-shaped word, with the two word characters
#: _ACCOUNT_SHAPE_RE needs after it (a look-ahead: each such separator is found, also
#: one right after another's match: "ab_c_de")
_JOINED_RE = re.compile(r"[._](?=\w\w)")
_TWO_LETTERS_RE = re.compile(r"[^\W\d_]{2}")
#: _CONTACT_SITE_RE's branches as the literals they are (on the lower-case text)
_CONTACT_SITES = ("linkedin.", "instagram.", "tiktok.", "facebook.", "twitter.", "snapchat.", "threads.", "x.com/",
                  "wa.me", "t.me")
#: The same as one search that skips to each dot (the literal the engine looks for) and
#: looks behind it for a site's name: ten substring scans of a long section cost more than
#: the rest of this test (session 15; test_anonymise_s15_speed compares it with them)
_CONTACT_SITE_DOT_RE = re.compile(r"\.(?:(?<=linkedin\.)|(?<=instagram\.)|(?<=tiktok\.)|(?<=facebook\.)|(?<=twitter\.)"
                                  r"|(?<=snapchat\.)|(?<=threads\.)|(?<=x\.)com/|(?<=wa\.)me|(?<=t\.)me)")
#: _AT_WORD_RE led by the "a" every branch opens with, the white space before it looked
#: behind for (the engine skips to each "a" instead of trying every white space)
_AT_WORD_A_RE = re.compile(r"a(?<=\sa)(?:t|pen?staart(?:je)?|robase)\s")


def _account_shaped_somewhere(text: str) -> bool:
    """``_ACCOUNT_SHAPE_RE.search(text) is not None``, without its scan: a match is a dot or
    underscore with two letters right before it and two word characters right after it
    (the pattern's runs are at least two long; longer ones hold those). The pattern backed
    off over every run of letters at every letter (session 11: most of the private-contact
    test of a long section)."""
    return any(m.start() >= 2 and _TWO_LETTERS_RE.match(text, m.start() - 2) is not None
               for m in _JOINED_RE.finditer(text))


def _may_hold_contact(text: str) -> bool:
    """A cheap test before the contact patterns (a section without any of these holds no
    contact the patterns find; most reports' texts have none).

    The same answer as ``_HINT_RE.search(text) or (_CUE_HINT_RE.search(text) and
    _ACCOUNT_SHAPE_RE.search(text))``: on the lower-case text the patterns' lower-case ASCII
    letters without re.IGNORECASE match where they matched (scan.lowered_alike; otherwise the
    patterns themselves run)."""
    lowered = text.lower()
    if not lowered_alike(text, lowered):
        if _HINT_RE.search(text) is not None:
            return True
        return _CUE_HINT_RE.search(text) is not None and _ACCOUNT_SHAPE_RE.search(text) is not None
    if ("@" in text or _SEVEN_DIGITS_RE.search(text) is not None or _AT_BRACKET_RE.search(lowered) is not None
            or _AT_WORD_A_RE.search(lowered) is not None or _CONTACT_SITE_DOT_RE.search(lowered) is not None
            or ("nul" in lowered and _NUL_RE.search(lowered) is not None)):
        return True
    return _account_shaped_somewhere(text) and _CUE_HINT_LOWER_RE.search(lowered) is not None
