"""A speaker's first name opening a line before a short adverb and an apposition that names a
person, then a colon and a quotation (session 26, s26-hidden; issue 11, rule 60).

"<Voornaam> nog, de vrouw van de boer: “...”", "<Voornaam> ook, leider bij de jonggidsen: “...”",
"<Voornaam> als laatste, een van de leidsters: “...”": a report's last credits of a series. The
adverb ("nog", "ook", "dan", "tenslotte", "tot slot", "als laatste", "nog even") broke the comma
the apposition rules read right after the name, so a short first name that is also a Dutch word
("lies", "joke", "wei") kept only a sentence opener's weak score and was published. Evidence,
all of it needed: the word opens its line (after a bullet or a dash at most), the adverb and a
comma follow it, then an apposition whose noun names a human being (a person noun of
``person_relations``, a role or an age the label rules know, or "een van de <people>"), and
the label's colon before a quotation mark. The word itself may be any capitalised word but a
frequent one ("Dan nog, de moeder van ...": "dan" opens the sentence) and no organisation,
place, brand or calendar word (protected: "Zaterdag nog, de boerin: ..." stays).
"""

from __future__ import annotations

import re
from typing import Any

from .lexicon import Lexicon

#: the adverb between the name and the apposition's comma (a closed class, general knowledge)
_ADVERB_RE = re.compile(
    r"[ \t]+(?:nog(?:[ \t]+(?:even|eens|snel))?|ook(?:[ \t]+nog)?|dan|tenslotte|ten[ \t]+slotte|tot[ \t]+slot"
    r"|als[ \t]+laatste|als[ \t]+eerste|op[ \t]+het[ \t]+einde)[ \t]*,[ \t]*"
)
#: the apposition's determiners
_DETERMINERS = frozenset({"de", "een", "mijn", "m'n", "onze", "ons", "zijn", "z'n", "haar", "hun", "ne", "nen"})
#: "een van de <people>": the group's determiners
_GROUP_DETERMINERS = frozenset({"de", "onze", "haar", "zijn", "hun", "mijn"})
#: the rest of the apposition up to the label's colon, then a quotation mark
_TO_QUOTE_RE = re.compile(r"[^:\n“”\"«».!?]{0,60}?:[ \t]*[“„«‘‚\"']")
RULE = "speaker before an adverb and a person's apposition opening a line"


def _human_plural(folded: str) -> bool:
    """Whether ``folded`` is the plural of a person noun ("leidsters", "vrouwen", "leiders")."""
    return any(folded.endswith(end) and _person_noun(folded[: -len(end)]) for end in ("s", "en", "nen")) or folded in (
        "ouders", "kinderen", "jongeren", "mensen", "buren")


def _person_noun(folded: str) -> bool:
    """A person noun (``person_relations``), a title or profession the role rules know, a craft's
    person (``person_trades``), or the feminine "-in" of one ("kokkin")."""
    from .person_relations import _human
    from .person_roles import title_kind
    from .person_trades import craft_person
    from .word_classes import TITLES

    def one(f: str) -> bool:
        return _human(f) or bool(title_kind(f, TITLES)) or craft_person(f)

    if one(folded):
        return True
    if folded.endswith("in") and len(folded) > 5:
        stem = folded[:-2]
        return one(stem) or stem[-1] == stem[-2] and one(stem[:-1])
    return False


def _names_a_person(text: str, toks: list[Any], k: int) -> int:
    """The index of the apposition's person noun from token ``k`` on (the apposition's first
    word), or -1: a determiner and at most two adjectives before a person noun, or "een van de
    <people>"."""
    if k >= len(toks) or toks[k].cap and not toks[k].allcaps:
        return -1
    if toks[k].folded not in _DETERMINERS:
        return -1
    if (toks[k].folded == "een" and k + 3 < len(toks) and toks[k + 1].folded == "van"
            and toks[k + 2].folded in _GROUP_DETERMINERS and _human_plural(toks[k + 3].folded)):
        return k + 3
    for j in range(k + 1, min(k + 4, len(toks))):
        if toks[j].cap or text[toks[j - 1].end : toks[j].start] != " ":
            return -1
        if _person_noun(toks[j].folded):
            return j
        if not toks[j].folded.endswith("e"):
            return -1  # (an inflected adjective: "de jongste leidster", "onze vaste kok")
    return -1


def adverb_credit_run(text: str, toks: list[Any], i: int, lex: Lexicon, know: Any, role_after: Any) -> list[int] | None:
    """[``i``] when capitalised token ``i`` (a line's first word) is such a speaker (see the
    module), else None. ``role_after``: ``person_label_lines._role_after``."""
    first = toks[i]
    if not first.cap or first.allcaps or len(first.folded) < 2 or first.folded in lex.common:
        return None
    if first.protected and not (first.protected in ("place", "calendar")
                                and (first.folded in lex.first_names or first.folded in lex.name_words)):
        return None  # (a first name that is also a place or a month, "Lies", "April": the frame says who)
    if know is not None and first.folded in know.not_names:
        return None
    m = _ADVERB_RE.match(text, first.end)
    if m is None:
        return None
    if role_after(text, text.index(",", first.end)):
        # a role word or an age right after the comma ("<X> nog, leider bij ...", "<X> dan, 15, lid van ...")
        return [i] if _TO_QUOTE_RE.match(text, m.end()) is not None else None
    k = i + 1
    while k < len(toks) and toks[k].start < m.end():
        k += 1
    j = _names_a_person(text, toks, k)
    if j < 0 or _TO_QUOTE_RE.match(text, toks[j].end) is None:
        return None
    return [i]
