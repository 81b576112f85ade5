"""Someone spoken to, and someone's own things (issue 11, session 7).

Two more positions that only a person takes, asked with session 6's sentence positions
for a capitalised word the lists leave below 0.5 (an English or Dutch word, a place
abroad):

* a **vocative**: after a greeting or a thanks ("Hey <X>,", "Dank je wel, <X>!",
  "Bedankt <X> en <Y>!") before a comma, an exclamation or question mark, the end of the
  text or "en"; or opening a sentence before a comma and an imperative ("<X>, kom eens
  hier", "<X>, luister");
* the **Flemish possessive**: "<X> zijn mama", "<X> haar fiets", "<X> z'n broer" -- a word
  opening a sentence (or after a preposition) right before "zijn"/"haar"/"z'n"/"d'r" and a
  noun for kin, a person or a personal belonging.

One look at the neighbouring tokens per word (linear in the text).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .person_relations import HUMAN_NOUNS, KIN, OWN_THINGS

if TYPE_CHECKING:
    from .detect import Token

#: Greetings and thanks that open what is said to someone ("Hey X", "merci X", "dank je wel, X").
GREETINGS = frozenset(
    {
        "hey",
        "hei",
        "hoi",
        "hallo",
        "hello",
        "hi",
        "dag",
        "daag",
        "salut",
        "yo",
        "merci",
        "bedankt",
        "dank",
        "thanks",
        "thx",
        "sorry",
        "proficiat",
        "gefeliciteerd",
        "welkom",
        "dankjewel",
        "dankuwel",
        "doei",
        "ciao",
        "slaapwel",
        "goeiemorgen",
        "goedemorgen",
        "goeiemiddag",
        "goedemiddag",
        "goeienavond",
        "goedenavond",
    }
)
#: Words that may follow a greeting before the name ("dank je wel, X", "merci u, X").
_GREETING_TAILS = frozenset({"wel", "je", "u", "jullie"})
#: Imperatives after "<X>, " at a sentence start.
IMPERATIVES = frozenset(
    {
        "kom",
        "ga",
        "wacht",
        "luister",
        "kijk",
        "stop",
        "help",
        "geef",
        "doe",
        "zeg",
        "vertel",
        "blijf",
        "neem",
        "breng",
        "zet",
        "leg",
        "pak",
        "hou",
        "let",
        "vergeet",
        "sorry",
        "alsjeblieft",
        "alstublieft",
        "dankjewel",
        "merci",
        "proficiat",
    }
)
_ENDS = (",", "!", "?", ".", "")
_POSSESSIVE_PRONOUNS = frozenset({"zijn", "haar", "z'n", "d'r", "ze"})
#: Things only a person has ("<X> zijn fiets"), with the kin and person nouns.
_BELONGINGS = frozenset(
    {
        "fiets",
        "jas",
        "gsm",
        "telefoon",
        "boekentas",
        "rugzak",
        "slaapzak",
        "kamer",
        "verjaardag",
        "schoenen",
        "sleutel",
        "sleutels",
        "valies",
        "pyjama",
        "knuffel",
        "lief",
        "naam",
        "hoofd",
        "handen",
        "benen",
        "haar",
        "gezicht",
        "stem",
        "ogen",
    }
)


def _after(text: str, tok: Token) -> str:
    return text[tok.end : tok.end + 1]


def vocative(text: str, toks: list[Token], i: int) -> str:
    """ "Hey <X>,", "Dank je wel, <X>!", "<X>, kom eens hier": returns the rule, or ""."""
    tok = toks[i]
    if not tok.cap or tok.allcaps:
        return ""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    ends = _after(text, tok) in _ENDS or (nxt is not None and nxt.folded == "en" and text[tok.end : nxt.start] == " ")
    if i >= 1 and ends:
        k = i - 1
        gap = text[toks[k].end : tok.start]
        if gap in (" ", ", "):
            while k > 0 and toks[k].folded in _GREETING_TAILS and (text[toks[k - 1].end : toks[k].start] == " "):
                k -= 1  # "dank je wel", "merci wel"
            if toks[k].folded in GREETINGS and (k == 0 or toks[k].sent_start or not toks[k].cap):
                return f"greeted after '{toks[k].text}'"
    if (
        (tok.sent_start or i == 0)
        and nxt is not None
        and text[tok.end : nxt.start] == ", "
        and not nxt.cap
        and nxt.folded in IMPERATIVES
    ):
        return f"addressed before '{nxt.text}'"
    return ""


def flemish_possessive(text: str, toks: list[Token], i: int) -> str:
    """ "<X> zijn mama", "<X> haar fiets": returns the rule, or ""."""
    tok = toks[i]
    if not tok.cap or tok.allcaps or i + 2 >= len(toks):
        return ""
    pron, noun = toks[i + 1], toks[i + 2]
    if pron.cap or pron.folded not in _POSSESSIVE_PRONOUNS or noun.cap:
        return ""
    if text[tok.end : pron.start] != " " or text[pron.end : noun.start] != " ":
        return ""
    f = noun.folded
    if not (f in KIN or f in HUMAN_NOUNS or f in _BELONGINGS or f in OWN_THINGS):
        return ""
    if not (tok.sent_start or i == 0 or not toks[i - 1].cap and toks[i - 1].folded in _BEFORE_OWNER):
        return ""
    return f"owner before '{pron.text} {noun.text}'"


#: Words after which "<X> zijn <noun>" is still the owner ("met <X> zijn broer").
_BEFORE_OWNER = frozenset({"met", "van", "bij", "aan", "voor", "naar", "en", "want", "omdat", "dat", "toen", "maar"})


def address_position(text: str, toks: list[Token], i: int) -> str:
    """The first of this module's positions that holds for token ``i``, or ""."""
    return vocative(text, toks, i) or flemish_possessive(text, toks, i)


def addressed(text: str, toks: list[Token], first: int, end: int) -> bool:
    """(session 23 review) Whether the mention whose tokens start at ``first`` and end before
    ``end`` is someone spoken to -- a vocative (:func:`vocative`: "Dank je wel, <X>!", "<X>, kom
    eens hier") or a name after "hé" before a comma or a mark ("Hé <X>, kom je?"). Like a call
    ("we belden <X>", ``keep_evidence._talked_with``), one sense per report never settles it as a
    firm named alike, and a firm's name holding it is masked (:mod:`.person_firm_namesakes`)."""
    for i in range(first, len(toks)):
        tok = toks[i]
        if tok.start >= end:
            break
        if vocative(text, toks, i):
            return True
        if (i > 0 and tok.cap and toks[i - 1].text.lower() in ("hé", "hè") and text[toks[i - 1].end : tok.start] == " "
                and _after(text, tok) in (",", "!", "?")):
            return True
    return False
