"""An organisation inside a speaker's credit (session 15, the keep side of issue 11 by MECHANISM).

A credit often names the speaker AND the organisation they speak for: "Jeugdwerker <Naam> van
<Organisatie>: “...”", "“...” – <Naam> van <Organisatie>", or only the organisation: "“...”
(<Organisatie>)". The reader gives the whole credit as the speaker. Before this module
``anonymiser.speaker_name`` took all of it as the person's name: the organisation's words
became name parts of a known person, the credit was replaced by the speaker's label and the
organisation was masked everywhere in the report (informed sets heldout_s10, heldout_s11,
heldout_s12, unseen_s11, unseen_s14: seven items). The policy stays as it was (docs
"No re-identification"): the affiliation stays, the person goes.

:func:`person_part` cuts "van <Organisatie>" off a credit, :func:`is_organisation` says that a
whole credit names an organisation. The evidence for the organisation is the anonymiser's own
keep rules (the heads, chains, brands, typed names, ...): the words after "van" must be wholly
covered by a keep protection in a neutral sentence ("Ze werkt bij <X>."), with no report
knowledge.

Why it never keeps a person:

* only a LOWER-CASE "van" is a cut ("Jan Van Damme van Chiro X" cuts at the second), and the
  words after it must start with a capital: "<Voornaam> van de/den/der <Naam>" is never cut;
* a person's particle surname ("<Voornaam> van Veen"), a village ("<Voornaam> van <dorp>": a
  surname as often as an origin) and a single word of a name list are no organisation: no keep
  rule covers them; when several "van" stand in a credit, the first whose tail is an
  organisation cuts ("<Voornaam> van <Naam> van <Organisatie>": the person keeps "van <Naam>");
* a listed first name or surname anywhere in the tail stops it ("Chiro <Voornaam>" is left to
  the person rules), and so does a single word unless a brand or chain list holds it;
* the person's part must keep a capitalised word (a name is left to mask).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .lexicon import Lexicon

_LINK = " van "
#: the longest organisation's name looked at (characters)
_MAX_TAIL = 120
_FRAME = "Ze werkt bij "
#: articles and particles of a surname ("De X", "Ter X", "Van X")
_ARTICLES = frozenset({"de", "den", "der", "ter", "ten", "van", "vande", "vanden", "vander", "le", "la", "d"})
#: the longest word in capitals read as an acronym ("ACLI", "STAD"); longer, it must be known as a word or place
_ACRONYM_MAX = 5
#: keep protections that say "a thing" (``detect._Protect`` rules)
_THING_RULES = frozenset({"keep", "brand"})


def person_part(credit: str, lex: Lexicon) -> str:
    """``credit`` without a trailing "van <Organisatie>" (see the module); unchanged when none.
    Only the last ``_MAX_TAIL`` characters are looked at (an organisation's name is short): a
    long field costs one scan."""
    if _LINK not in credit:
        return credit
    if (head := _article_cut(credit, lex)) is not None:
        return head
    start = max(0, len(credit) - _MAX_TAIL - len(_LINK))
    while (k := credit.find(_LINK, start)) >= 0:
        start = k + 1
        tail = credit[k + len(_LINK) :].strip()
        if tail[:1].isupper() and is_organisation(tail, lex):
            head = credit[:k].rstrip()
            return head if any(w[:1].isupper() for w in head.split()) else credit
    return credit


#: "van" with an article: a service or an organisation after a full name ("... van het jeugdhuis")
_ARTICLE_LINKS = (" van het ", " van 't ", " van de ", " van den ", " van der ")
_STRIP = ".,;:!?()'\"“”‘’"


def _article_cut(credit: str, lex: Lexicon) -> str | None:
    """The person's part of "<Voornaam> <Achternaam> van het/de <dienst of Organisatie>" (session
    16): the head must hold two capitalised words that are no title or role word (a first name
    AND a surname: "<Voornaam> van de <Naam>" is a particle surname, never cut), and after "van
    de/den/der" every word must be one no name list holds (``_known``: a word, a town, an
    acronym, a head word), or the first one an organisation's head or cue word ("van de
    Speelpleinwerking <X>") or in lower case (a service: "van de jeugddienst"); after "van het"
    any service or organisation. The part cut off is no name part: the speaker's field still
    goes through the person rules. None when it is no such credit."""
    from .detect import _ORG_CUES_AND_TAILS, TITLES
    from .keep_heads import HEADS
    from .lexicon import fold
    from .person_roles import title_kind

    for link in _ARTICLE_LINKS:
        k = credit.find(link)
        if k < 0:
            continue
        head, tail = credit[:k].rstrip(), credit[k + len(link) :].strip()
        words = tail.split()
        if not words or len(tail) > _MAX_TAIL:
            continue
        caps = [w for w in head.split() if w[:1].isupper() and not title_kind(fold(w.strip(_STRIP)), TITLES)]
        if len(caps) < 2:
            continue
        if (link in (" van het ", " van 't ") or not words[0][:1].isupper()
                or fold(words[0].strip(_STRIP)) in _ORG_CUES_AND_TAILS or fold(words[0].strip(_STRIP)) in HEADS
                or all(_known(w.strip(_STRIP), fold(w.strip(_STRIP)), lex) for w in words if w.strip(_STRIP))):
            return head
    return None


def is_organisation(words: str, lex: Lexicon) -> bool:
    """Whether ``words`` (a credit's tail, or a whole credit) are wholly an organisation's name
    by the anonymiser's keep rules, with no listed first name or surname in it."""
    return _is_organisation(words, id(lex))


@lru_cache(maxsize=4096)
def _is_organisation(words: str, _lex_id: int) -> bool:
    from .detect import Knowledge, _protect, _tokenize
    from .keep_heads import HEADS
    from .lexicon import fold, load_lexicon

    lex = load_lexicon()
    if not words or len(words) > _MAX_TAIL or not words[:1].isupper():
        return False
    for w in words.split():
        f = fold(w.strip(".,;:!?()'\"“”‘’"))
        if (f in lex.first_names or f in lex.surnames) and not (
                f in lex.places or f in lex.keep_single or f in lex.brands or f in lex.chain_words or f in HEADS):
            return False  # (the cheap test first: most credits hold a listed name; ``_known`` says no to it too)
    text = _FRAME + words + "."
    toks, folded, caps, _ = _tokenize(text)
    mine = [t for t in toks if t.start >= len(_FRAME) and t.end <= len(_FRAME) + len(words)]
    if not mine:
        return False
    for n, t in enumerate(mine):
        if not _known(t.text, t.folded, lex):
            return False  # "Chiro <Voornaam>", "Scouts <naam die geen lijst kent>": the person rules decide
        if n and mine[n - 1].folded in _ARTICLES and f"{mine[n - 1].folded} {t.folded}" in lex.surnames:
            return False  # "Hoeve De <X>" with a listed "De X" surname: the family's name
    if len(mine) == 1 and mine[0].folded not in lex.brands and mine[0].folded not in lex.chain_words:
        return False  # one word: only a brand or a chain says "organisation" by itself
    prot, _spans = _protect(text, toks, Knowledge(), lex, folded, caps)
    covered = [False] * len(text)
    for a, b, rule in prot.ranges:
        if rule in _THING_RULES:
            for i in range(max(a, len(_FRAME)), min(b, len(_FRAME) + len(words))):
                covered[i] = True
    return all(covered[t.start] and covered[t.end - 1] for t in mine)


def _known(word: str, f: str, lex: Lexicon) -> bool:
    """A word of an organisation's name that no person's name shares: a Belgian or Dutch town,
    a word of the lists (Dutch, English, a compound of two long words, a diminutive of one), a
    brand, chain or keep word, an organisation's head word, an acronym in capitals (five letters at
    most); a hyphenated
    word when it is a place, when each part is one or when one part is a place ("<rivier>-<plaats>").
    Never a listed first name or surname (unless a town, brand or keep list holds it too: "Lier"),
    never a word no list knows, never a place abroad alone ("Chiro <Beni>")."""
    if "-" in f and f not in lex.places:
        parts = [p for p in f.split("-") if p]
        return bool(parts) and (all(_known_part(p, lex) for p in parts) or any(p in lex.places for p in parts))
    if word.isupper() and 2 <= len(word) <= _ACRONYM_MAX and word.isalpha():
        return (f not in lex.first_names and f not in lex.surnames) or f in lex.keep_single
    return _known_part(f, lex)


def _known_part(f: str, lex: Lexicon) -> bool:
    from .keep_heads import HEADS
    from .keep_typed import _long_compound
    from .lexicon import english_words, home_towns

    if f in home_towns() or f in lex.brands or f in lex.chain_words or f in lex.keep_single or f in HEADS:
        return True
    if f in lex.first_names or f in lex.surnames or f in lex.places:
        return False
    if lex.is_word(f) or f in english_words() or _long_compound(f, lex):
        return True
    return f.endswith("je") and len(f) > 6 and (lex.is_word(f[:-2]) or _long_compound(f[:-2], lex))
