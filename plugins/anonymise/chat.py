"""Lower-case names in chat-style text: positions beyond session 4's (issue 11, session 5).

Chat-style text (no capital at all, or a "speaker: message" line) writes names in lower
case, so only the position tells a name from a word. The detector asks this module about
a lower-case word that no list knows (no Dutch or English word, inflection or compound,
no place, brand, organisation or chat word: ``detect._unknown_lower``) when session 4's
positions (after a preposition, a greeting, a verb; ending a line) did not place it:

* the subject after a clause opener: "ik wel als <naam> de soep maakt", "want <naam> had
  de auto", "weet iemand of <naam> nog komt", "maar <naam> zei van niet";
* the subject after a short finite verb in inversion: "dan kan <naam> de sleutels halen";
* a vocative ending a line after an answer word: "zeker weten <naam>", "top <naam>";
* the person after "wachten op", "rekenen op" ...: "wacht op <naam>, die is onderweg".

Words of youth slang and interjections that stand in the same positions are listed here
(they are no names, and few word lists hold them).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .lexicon import Lexicon

if TYPE_CHECKING:
    from .detect import Token

#: Words that open a (subordinate or coordinate) clause: a subject follows.
CLAUSE_OPENERS = frozenset({"als", "dan", "want", "of", "maar", "omdat", "toen", "dat", "terwijl", "zodat", "tenzij",
                            "zodra", "wanneer", "nadat", "voordat", "hoewel", "zoals", "totdat", "dus"})
#: Short finite verbs (the detector's finite-verb test wants four letters or more).
SHORT_FINITE = frozenset({"kan", "zal", "mag", "wil", "kon", "zou", "had", "was", "is", "gaat", "doet", "komt", "wou",
                          "ging", "deed", "kwam", "zei", "weet", "zit", "zat", "lag", "ligt", "ziet", "zag", "heeft",
                          "moet", "mocht", "moest", "gaf", "geeft", "nam", "neemt", "bleef", "blijft", "staat", "stond"})
#: What follows a subject right after a clause opener: a finite verb (see above, or the
#: detector's test), or the start of what the subject does: an article, an object pronoun,
#: an adverb.
_AFTER_SUBJECT = frozenset({"de", "het", "een", "die", "dat", "deze", "mij", "me", "ons", "haar", "hem", "jou", "je",
                            "hen", "nog", "ook", "al", "niet", "wel", "er", "daar", "hier", "morgen", "vandaag",
                            "straks", "zelf", "zeker", "altijd", "nooit", "mee", "thuis", "eerst", "pas", "weer",
                            "opnieuw", "nu", "toch", "echt", "gewoon", "misschien", "even", "dan", "mijn", "zijn",
                            "z'n", "m'n"})
#: Answer words after which a line may end on the name of the one answered.
ANSWER_WORDS = frozenset({"ja", "jaja", "nee", "ok", "oke", "oké", "okee", "top", "super", "nice", "perfect", "prima",
                          "cool", "tof", "zeker", "weten", "klopt", "inderdaad", "graag", "haha", "hahaha", "yes",
                          "yep", "tuurlijk", "natuurlijk", "akkoord", "deal", "goed", "gelukt", "succes", "proficiat"})
#: Youth slang and interjections (Arabic, Turkish, Surinamese, English loans) that stand
#: where a name could: never read as names by the rules for unknown lower-case words
#: (none is on the name lists; a listed first name follows the name rules).
SLANG = frozenset({"wallah", "wollah", "walla", "wellah", "inshallah", "inchallah", "mashallah", "machallah", "yallah",
                   "yalla", "habibi", "sahbi", "khoya", "zehma", "zema", "starfoullah", "hamdoullah", "hamdullah",
                   "bismillah", "wesh", "frr", "mattie", "matties", "sahbe", "ewaa", "bruh", "skeer", "doekoe",
                   "patta", "tfoe", "miskien", "abi", "kanka", "moruk", "ya",
                   "sws", "ofz", "ofzo", "zeg", "ahja", "ahnee", "eig", "egt", "eigl", "ngl", "fr", "tbh", "idk",
                   "imo", "omw", "irl", "asap", "bff", "gg", "rip", "smh", "istg", "mvg", "gr", "grtz", "xx", "xxx"})


def _gap(text: str, a: Token, b: Token) -> str:
    return text[a.end : b.start]


def lower_name_position(text: str, toks: list[Token], i: int, lex: Lexicon,
                        finite_verb: Callable[[str, Lexicon], bool], wait_for: frozenset[str]) -> str:
    """Where an unknown lower-case word stands in a name's position in a chat line, or "".

    ``finite_verb(folded, lex)`` is the detector's finite-verb test; ``wait_for`` the words
    before "op" + a person ("wacht op X")."""
    tok = toks[i]
    if tok.folded in SLANG:
        return ""
    prev = toks[i - 1] if i > 0 else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if prev is None or prev.cap or _gap(text, prev, tok) != " ":
        return ""
    follows = nxt is not None and not nxt.cap and _gap(text, tok, nxt) == " "
    if prev.folded in CLAUSE_OPENERS and follows and (
            nxt.folded in _AFTER_SUBJECT or nxt.folded in SHORT_FINITE or finite_verb(nxt.folded, lex)):  # type: ignore[union-attr]
        return f"after '{prev.text}' before '{nxt.text}'"  # type: ignore[union-attr]  # "als <naam> de soep maakt", "want <naam> had"
    if prev.folded in SHORT_FINITE and not prev.sent_start and i >= 2 and (
            toks[i - 2].folded in CLAUSE_OPENERS or toks[i - 2].sent_start) and follows:
        return f"after the verb '{prev.text}'"  # "dan kan <naam> de sleutels halen"
    after = text[tok.end : tok.end + 1]
    if prev.folded in ANSWER_WORDS and nxt is None or prev.folded in ANSWER_WORDS and after in ("\n", "!", "?", "."):
        return f"after '{prev.text}' ending a line"  # "zeker weten <naam>"
    if prev.folded == "op" and i >= 2 and toks[i - 2].folded in wait_for and _gap(text, toks[i - 2], prev) == " ":
        return f"after '{toks[i - 2].text} op'"  # "wacht op <naam>"
    return ""

