"""Contact details by their shape and position, without "@" or a platform word (issue 11, session 9).

Session 4's and 5's patterns (``detect.py``, ``contacts.py``) find a handle with "@", after a
platform's name ("insta: x") or an account phrase ("gebruikersnaam: x"). A handle is just as
often written bare, after a verb that asks to contact someone, and a personal site is a
contact too. The classes here:

* **an account-shaped word after a contact cue**: "stuur een dm naar x.y", "pb naar x_y",
  "pm me: x.y", "volg x.y.z", "add x_y_14", "contacteer x.y01", "te vinden als x.y", "follow
  x.y", "DM me at x.y", "envoie un message à x.y", "sous le nom de x.y". Account-shaped: letters
  joined by "." or "_" (or letters with digits), no domain (a known top-level domain at the
  end: "ksa.be" is an organisation's site), no file name, no abbreviation ("o.a.", "d.w.z."),
  no number, time or version ("20.30u", "3.2.1"). After a cue that sends a message ("dm/pb/pm/
  bericht(je) naar"), also a lower-case word no word list knows ("stuur een pb naar xyzzie");
* **a bare account name**: the same shape without a cue when nothing else reads that way:
  three parts or more joined by dots, all in lower case ("club.kust.official"), or two parts
  with digits in the last ("x.y07");
* **a personal site**: a domain whose name is a first name with a surname
  ("www.<voornaam><achternaam>.be"), or any domain after "mijn site/website/portfolio/blog";
* **a phone number with every digit spaced**: "0 4 7 6 1 2 3 4 5 6" (PHONE_RE needs the
  first two digits together).

Every function yields (start, end) of what to replace; every pattern is linear (bounded
repeats, no nested quantifiers) and runs only on candidates (a word with "." or "_" or
digits), which ordinary texts have few of.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from .lexicon import Lexicon, fold
from .scan import Literals, finditer_after_keyword

#: Candidate account names: letters/digits joined by "." or "_", or letters then digits.
#: (not after "@", "#", "/", "." or a word character: handles with "@", hashtags, URL paths)
_CANDIDATE_RE = re.compile(
    r"(?<![\w@#/.\\-])@?([^\W_][^\W_]{0,40}(?:[._]{1,2}[^\W_]{1,40}){1,6}_?|[^\W\d_]{3,30}\d{1,6})(?![\w@]|\.[^\W_]|/)"
)
#: Top-level domains: a word ending in one is a site ("ksa.be", "awel.be"), not an account.
TLDS = frozenset({
    "be", "nl", "com", "org", "net", "eu", "fr", "de", "uk", "lu", "info", "io", "me", "app", "gent", "brussels",
    "vlaanderen", "edu", "gov", "tv", "fm", "co", "ai", "ly", "ee", "gg", "shop", "online", "site", "store", "art",
    "studio", "blog", "xyz", "club", "nu", "dk", "es", "it", "ch", "at", "us", "ca", "ma", "tr", "pl", "ro", "int",
    "biz", "pro", "dev", "page", "link", "social", "media", "photo", "photography", "design", "events", "live",
})
#: File extensions: a word ending in one is a file ("kamp_def.zip", "Node.js").
EXTENSIONS = frozenset({
    "pdf", "doc", "docx", "odt", "xls", "xlsx", "ods", "ppt", "pptx", "odp", "jpg", "jpeg", "png", "gif", "webp",
    "heic", "txt", "md", "html", "htm", "mp3", "mp4", "mov", "wav", "zip", "rar", "csv", "json", "js", "py", "exe",
    "apk", "svg", "avi", "mkv", "ics", "vcf", "psd", "ai", "indd", "key", "pages", "numbers", "epub",
})

_MOI = r"(?:me|mij|ons|hem|haar|ze|hen|us|him|her|them)"
#: Platforms whose accounts people name in a phrase: "op Discord zijn we x_y".
_PLATFORM_WORDS = (r"(?:discord|insta(?:gram)?|ig|snap(?:chat)?|tiktok|twitter|x|threads|bereal|telegram|twitch|"
                   r"youtube|yt|steam|roblox|psn|xbox|playstation|spotify|pinterest|reddit|bluesky|mastodon|"
                   r"github|tumblr|kik|facebook|fb|signal|soundcloud|whatsapp)")
_SOFT = r"(?:gerust|maar|even|eens|zeker|ook|snel|vooral|dan|gewoon|best)"
#: What sends a message: "dm", "pb", "pm", "(privé)bericht(je)", "sms(je)", "snap(je)", "appje".
_MESSAGE = (r"(?:dm|pb|pm|pv|dm'?(?:etje|tje|ke|'?s)?|pm'?(?:etje|tje|ke)|pb'?(?:tje|ke)|(?:privé)?bericht(?:je)?|"
            r"sms(?:je)?|snap(?:je)?|appje|message(?:\s{1,3}privé)?|berichtje)")
#: A contact cue right before a handle (the pattern is searched at the end of a short window).
_CUE_RE = re.compile(
    r"(?:"
    # "stuur een dm naar", "een pb aan", "stuur gerust een pm'tje naar", "envoie un message (privé) à"
    r"\b" + _MESSAGE + r"\s{1,3}(?:naar|aan|to|à|a)"
    # "dm me:", "pm me", "dm", "pb ons op", "DM me at", "text me on"
    r"|\b(?:dm|pb|pm|text|message|msg|sms|app)(?:\s{1,3}" + _MOI + r")?(?:\s{1,3}" + _SOFT + r")?"
    r"(?:\s{1,3}(?:op|via|at|on|naar))?"
    # "volg", "volg me op", "add", "toevoegen:", "contacteer", "tag", "follow", "add me on", "check"
    r"|\b(?:volg|volgt|volgen|add|adden|adde|toevoegen|voeg|contacteer|contacteert|contacteren|tag|taggen|stalk|"
    r"follow|find|reach(?:\s{1,3}out)?|hit\s{1,3}" + _MOI + r"\s{1,3}up|ping|contacte|contactez|suis|suivez|ajoute|ajoutez|"
    r"écris|écrivez)(?:[\s-]{1,3}(?:" + _MOI + r"|moi|nous))?(?:\s{1,3}" + _SOFT + r")?(?:\s{1,3}(?:op|via|at|on|to|sur|à|a))?"
    # "te vinden als", "vind je me als/onder", "bereikbaar via", "find me as", "sous le nom (de)"
    r"|\b(?:vinden|vind\s{1,3}(?:je|jij)\s{1,3}" + _MOI + r"|bereikbaar|bereik\s{1,3}" + _MOI + r"|find\s{1,3}" + _MOI
    + r"|trouve[sz]?\s{1,3}(?:moi|nous)?|trouves)\s{1,3}(?:als|onder|via|op|as|at|sous|comme)"
    r"|\bsous\s{1,3}le\s{1,3}nom(?:\s{1,3}de)?"
    # "op Discord zijn we", "op TikTok staan we als", "via Telegram heten we", "op insta vind je ons als"
    # (session 10: a platform and up to four words before an account-shaped word)
    r"|\b(?:op|via|on)\s{1,3}" + _PLATFORM_WORDS + r"(?:\s{1,3}[^\W\d_]{1,14}){0,4}"
    r")\s{0,3}[:=]?\s{1,3}$",
    re.IGNORECASE,
)
#: The cues that send a message: after them a bare lower-case word no list knows is an account.
_SEND_CUE_RE = re.compile(r"\b" + _MESSAGE + r"\s{1,3}(?:naar|aan)\s{1,3}$", re.IGNORECASE)
_WINDOW = 60  # how far before a handle its cue may start
#: _SEND_CUE_RE anywhere in a text (what bare_words_after_send needs before it tries a word).
_SEND_CUE_ANYWHERE_RE = re.compile(r"\b" + _MESSAGE + r"\s{1,3}(?:naar|aan)\s", re.IGNORECASE)
#: The same without re.IGNORECASE, for lower-case text (its letters are lower-case ASCII and
#: "é": see scan.lowered_alike).
_SEND_CUE_ANYWHERE_LOWER_RE = re.compile(_SEND_CUE_ANYWHERE_RE.pattern)
#: The word every match of _SEND_CUE_ANYWHERE_RE opens with (after its \b): the pattern is
#: tried there only (scan.finditer_after_keyword; session 11).
_SEND_WORDS = r"\b(?:dm|pb|pm|pv|privébericht|bericht|sms|snap|appje|message)"
_SEND_WORDS_RE = (Literals(("dm", "pb", "pm", "pv", "bericht", "sms", "snap", "appje", "message")),
                  re.compile(_SEND_WORDS, re.IGNORECASE))  # (Literals: "bericht" also in "privébericht")

#: A phone number with every digit spaced: "0 4 7 6 1 2 3 4 5 6", "+ 3 2 4 7 6 ...".
_SPACED_PHONE_RE = re.compile(r"(?<![\w+])(?:0|\+[ \t]?\d)(?:[ \t][ \t]?\d){8,11}(?![\w])")

#: A domain, with its scheme or "www." when written: (the domain's name, its top-level domain).
_DOMAIN_RE = re.compile(
    r"(?<![\w.@/-])(?:https?://)?(?:www\.)?([a-z0-9][a-z0-9-]{2,40})\.([a-z]{2,12})(?![\w@]|\.[a-z])",
    re.IGNORECASE,
)
_PERSONAL_SITE_RE = re.compile(
    r"\b(?:mijn|m'n|haar|zijn|z'n|my|mon|ma)\s{1,3}(?:eigen\s{1,3}|own\s{1,3})?(?:site|website|webstek|portfolio|blog|"
    r"webshop|homepage|pagina|site\s{1,3}web|page)\b[^.!?\n]{0,30}$",
    re.IGNORECASE,
)
_SURNAME_PARTICLES = ("vande", "vanden", "vander", "van", "de", "den", "der", "le", "la", "el", "ter", "ten", "ver")


@lru_cache(maxsize=4096)
def account_shaped(handle: str) -> bool:
    """Whether a word is shaped like an account name: parts joined by "." or "_" (or letters
    followed by digits), with a part of three letters or more, no domain, no file name, no
    abbreviation and no number.

    (remembered: the answer reads the word only, and a text asks it up to three times a
    word -- cued_handles, bare_accounts --, each of its analyses again; a pasted run of
    "v.l.n.r." asked it ~67,000 times on the report path: issue 11, session 22)"""
    core = handle.lstrip("@").rstrip("_")
    parts = [p for p in re.split(r"[._]+", core) if p]
    if not parts or not any(sum(c.isalpha() for c in p) >= 3 for p in parts):
        return False  # "o.a", "d.w.z", "3.2.1", "20.30u", "v2.0"
    if len(parts) == 1:
        return "_" in handle or any(c.isdigit() for c in core)  # "lena_", "senne4821"
    if "." in core and "_" not in core:
        last = parts[-1].lower()
        if last in TLDS or last in EXTENSIONS:
            return False
    elif "." in core and parts[-1].lower() in EXTENSIONS:
        return False  # "kamp_2024_def.zip"
    return True


#: What every match of _CANDIDATE_RE holds: "." or "_" before a letter or digit, or a digit
#: (after a letter). Most texts hold neither (a sentence's "." stands before a space).
_JOINED_RE = re.compile(r"[._][^\W_]")
#: A digit after a letter (the pattern starts with the digit: re's search then skips to
#: the digits, where "[^\W\d_]\d" is tried at every character).
_LETTER_DIGIT_RE = re.compile(r"\d(?<=[^\W\d_]\d)")
#: Both as one keyword pattern (scan.finditer_after_keyword): a match of _CANDIDATE_RE is one
#: run of non-space characters holding a "." or "_" before a letter or digit, or a digit after
#: a letter; the pattern, tried at every position, backed off over every word (session 11).
_CANDIDATE_KEY_RE = re.compile(r"[._](?=[^\W_])|\d(?<=[^\W\d_]\d)")
_CANDIDATE_KEYS = (_CANDIDATE_KEY_RE, _CANDIDATE_KEY_RE)


def candidates(text: str, digits: int | None = None) -> list[re.Match[str]]:
    """The matches of _CANDIDATE_RE in ``text`` (the candidate account names), searched only
    when the text holds what each of them needs (_JOINED_RE, or a letter before a digit):
    the full pattern tried at every position cost more than every rule that reads them.
    ``digits``: how many digits (``\\d``) the text holds, when known."""
    if _JOINED_RE.search(text) is None and (digits == 0 or _LETTER_DIGIT_RE.search(text) is None):
        return []
    return list(finditer_after_keyword(_CANDIDATE_RE, _CANDIDATE_KEYS, text, 1, text))


def cued_handles(text: str, found: list[re.Match[str]] | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of each account name after a contact cue (see the module's docstring);
    ``found``: :func:`candidates` of ``text``, when known."""
    for m in candidates(text) if found is None else found:
        if account_shaped(m.group(1)) and _CUE_RE.search(text[max(0, m.start() - _WINDOW) : m.start()]):
            yield m.span(1)


def bare_words_after_send(text: str, lex: Lexicon, lowered: str | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of a lower-case word no word list knows right after "dm/pb/bericht naar"
    ("stuur een pb naar jorvanlier"): an account name written plain. ``lowered``:
    ``text.lower()``, when known."""
    lowered = text.lower() if lowered is None else lowered
    if not ("dm" in lowered or "pb" in lowered or "pm" in lowered or "bericht" in lowered or "sms" in lowered
            or "snap" in lowered or "app" in lowered or "message" in lowered):
        return  # (written out: a generator per text cost more than the tests)
    # (each word is tried only after a cue in its window: a text without any cue has none.
    # _SEND_CUE_RE's match is shorter than the window, so it never starts at a window's cut)
    if next(finditer_after_keyword(_SEND_CUE_ANYWHERE_RE, _SEND_WORDS_RE, text, 1, lowered), None) is None:
        return
    for m in re.finditer(r"(?<![\w@#/.-])([a-z][a-z0-9]{3,30})(?![\w@.]|\.[a-z])", text):
        start = m.start()
        # (the cue ends in "naar"/"aan" and at most three spaces: no other character matches
        # those letters with re.IGNORECASE, so the last 7 characters, lowered, hold one)
        tail = text[max(0, start - 7) : start].lower()
        if "aan" not in tail and "naar" not in tail:
            continue
        window = text[max(0, start - _WINDOW) : start]
        if not _SEND_CUE_RE.search(window):
            continue
        f = fold(m.group(1))
        if lex.is_word(f) or f in lex.common or f in lex.places or f in lex.platforms or f in lex.keep_single:
            continue
        yield m.span(1)


#: A word alone on its line, or before a comment's age ("x_y · 2 u"): who wrote a comment.
_HEADER_AFTER_RE = re.compile(r"[ \t]*(?:$|\n|[·•][ \t]*\d)")
#: ... or opening the comment's line before a dash or a colon ("x.y — top!", "x_y: ja"; session 10).
_COMMENT_LEAD_RE = re.compile(r"(?:[ \t]+[—–-]|[ \t]*:)[ \t]+\S")
_HEADER_BEFORE_RE = re.compile(r"(?:^|\n)[ \t>*•\"“-]*$")
#: ... or right after a chat export's time stamp ("12/04/2023, 19:40 - x_y: ...", "[19:40] x.y:"):
#: the sender of the line, an account name (session 10, held-out set N).
_STAMP_BEFORE_RE = re.compile(r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?[\])]?[ \t]*[-–—,:]?[ \t]+$")


def _after_sentence_or_symbol(text: str, start: int) -> bool:
    """Whether the comment at ``start`` follows a sentence's end or a symbol (an emoji) after a
    space: comment lines a reader joined into one text ("... 🔥🔥 x.y — top")."""
    before = text[max(0, start - 4) : start]
    if not before.endswith((" ", "\t")):
        return False
    last = before.rstrip(" \t")[-1:]
    return bool(last) and (last in ".!?…" or unicodedata.category(last).startswith("S"))


def bare_accounts(text: str, found: list[re.Match[str]] | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of account names without a cue: three or more lower-case parts joined by
    dots ("club.kust.official"), or two with digits in the last ("x.y07"); and a word with
    "_" alone on its line or before a comment's age ("x_y · 2 u": who wrote the comment).
    ``found``: :func:`candidates` of ``text``, when known."""
    if "." not in text and "_" not in text:
        return
    for m in candidates(text) if found is None else found:
        handle = m.group(1)
        if ("_" in handle and account_shaped(handle) and _HEADER_AFTER_RE.match(text, m.end())
                and _HEADER_BEFORE_RE.search(text[max(0, m.start() - 8) : m.start()])):
            yield m.span(1)
            continue
        if (("_" in handle or "." in handle) and handle == handle.lower() and account_shaped(handle)
                and _COMMENT_LEAD_RE.match(text, m.end())
                and (_HEADER_BEFORE_RE.search(text[max(0, m.start() - 8) : m.start()])
                     or _after_sentence_or_symbol(text, m.start())
                     or _STAMP_BEFORE_RE.search(text[max(0, m.start() - 16) : m.start()]))):
            yield m.span(1)  # who wrote a comment or a chat line: "x.y — top!", "19:40 - x_y: ja" (session 10)
            continue
        if "." not in handle or "_" in handle or handle != handle.lower() or not account_shaped(handle):
            continue
        parts = handle.rstrip(".").split(".")
        if len(parts) >= 3 or (any(c.isdigit() for c in parts[-1]) and any(c.isalpha() for c in parts[-1])):
            yield m.span(1)


#: What every match of _DOMAIN_RE holds: "." before a letter (a sentence's "." stands
#: before a space; re.IGNORECASE's [a-z] takes letters only, "K" and "ſ" among them).
_DOT_LETTER_RE = re.compile(r"\.[^\W\d_]")
_DOT_LETTER_KEYS = (_DOT_LETTER_RE, _DOT_LETTER_RE)


def personal_sites(text: str, lex: Lexicon) -> Iterator[tuple[int, int]]:
    """(start, end) of the name in a personal site's domain: a first name with a surname
    ("<voornaam><achternaam>.be"), or any domain after "mijn site/portfolio/blog"."""
    if "." not in text or _DOT_LETTER_RE.search(text) is None:
        return
    # (a match is one run of non-space characters holding "." before a letter: the pattern,
    # with re.IGNORECASE, is tried only from the start of each such run; session 11)
    for m in finditer_after_keyword(_DOMAIN_RE, _DOT_LETTER_KEYS, text, 1, text):
        name, tld = m.group(1), m.group(2).lower()
        if tld not in TLDS:
            continue
        after_cue = _PERSONAL_SITE_RE.search(text[max(0, m.start() - _WINDOW) : m.start()]) is not None
        if after_cue or full_name_label(fold(name), lex):
            yield m.span(1)


def full_name_label(label: str, lex: Lexicon) -> bool:
    """Whether a domain's name is a first name and a surname written together
    ("lauravermeulen", "jensvandenbroeck", "jens-depauw")."""
    label = label.replace("-", "")
    for i in range(3, len(label) - 2):
        first, rest = label[:i], label[i:]
        if not lex.first_name_no_word(first):
            continue
        if rest in lex.surnames:
            return True
        for p in _SURNAME_PARTICLES:
            if rest.startswith(p) and len(rest) - len(p) >= 3 and (rest[len(p):] in lex.surnames or rest in lex.surnames):
                return True
    return False


def spaced_phones(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of phone numbers with every digit spaced ("0 4 7 6 1 2 3 4 5 6"), not a
    count ("0 1 2 3 4 5 6 7 8 9")."""
    for m in _SPACED_PHONE_RE.finditer(text):
        digits = [int(c) for c in m.group(0) if c.isdigit()]
        steps = {b - a for a, b in zip(digits, digits[1:], strict=False)}
        if steps not in ({1}, {-1}, {0}):
            yield m.span()
