"""A Dutch word opening a sentence as the subject of a person's verb (issue 11, session 26).

"Bloem heeft een nieuwe fiets", "Zee vindt dat de jeugdraad meer moet luisteren", "Dauw vond de
workshop te kort": a first name that is also a Dutch word ("Bloem", "Storm", "Zee", "Dauw")
opening a sentence has no capital to tell it from the word, and the detector kept it unless a
speech verb followed. The evidence is the verb: **a verb only a person does** -- saying, thinking,
wanting, hoping, laughing, calling, writing, cooking ("zei", "vond dat", "wil", "hoopte", "belde",
"schreef", "kookte") -- or **"heeft"/"had" and a person's belonging** ("heeft een nieuwe fiets":
`person_things`), or **"heeft"/"had" ... and the participle of such a verb** ("heeft de soep
gekookt"), right after the word, and no subject pronoun after the verb (an inversion: "Dan zei
ze", "Toen belde hij").

Not when the text itself gives the word's other reading -- the word in lower case or after an
article elsewhere ("de storm", "een bloem"), not a frequent word (the adverbs and conjunctions that
open sentences: "Dan", "Nu", "Toen"), and not a weather's or a thing's verb ("Storm heeft het dak
vernield", "Wind heeft de tent omvergeblazen", "Hoop doet leven", "Regen zorgde voor" stay).
Written by s26-privacy from general knowledge of Dutch (closed classes of verbs).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .person_things import BELONGINGS, OWN_THINGS

if TYPE_CHECKING:
    from .detect import Token
    from .lexicon import Lexicon

RULE = "Dutch word opening a sentence before a person's verb"

#: Finite verbs (third person singular, present and past) that only a person is the subject of.
PERSON_VERBS = frozenset(
    """zei zegt vertelde vertelt antwoordde antwoordt dacht denkt weet wist wil wou wilde hoopt hoopte
    lachte lacht glimlachte glimlacht huilde huilt belde belt mailde mailt appte appt schreef schrijft
    riep roept fluisterde fluistert zuchtte zucht knikte knikt twijfelde twijfelt koos kiest
    studeert studeerde woont woonde danste danst zong zingt tekende tekent kookte kookt bakte bakt
    stemde stemt beloofde belooft""".split()
)
#: "vond"/"vindt": an opinion (before "dat", "het", or with "te" in the clause), not a finding.
#: Endings of abstract nouns and bodies, which "say" and "think" too.
_ABSTRACT = ("ing", "heid", "schap", "teit", "tie", "ie", "isme", "iek", "uur", "ijk")
_OPINION = frozenset({"vond", "vindt"})
_HAVE = frozenset({"heeft", "had"})
#: Participles of what only a person has done ("heeft de soep gekookt").
PERSON_PARTICIPLES = frozenset(
    """gezegd verteld geantwoord gebeld gemaild geappt geschreven gekookt gebakken getekend gezongen
    georganiseerd gepresenteerd betaald gekocht gestemd beloofd gedacht gehoopt gelachen gehuild""".split()
)
_SUBJECT_PRONOUNS = frozenset("ik jij je hij zij ze wij we jullie u men er iedereen niemand iemand niets alles "
                              "elk elke ieder iedere alle".split())
#: Verbs of saying and thinking: for a Dutch word no name list holds ("Zee", "Dauw") only these,
#: before a reported clause ("dat", a colon) or an opinion ("vond de workshop te kort").
_SAY_THINK = frozenset("zei zegt vertelde vertelt antwoordde antwoordt dacht denkt weet wist hoopt hoopte vond "
                       "vindt".split())
_DETERMINERS = frozenset("een de het mijn zijn haar z'n d'r onze ons hun".split())
_CLAUSE_END = frozenset(".!?;:,\n")


def _clause(text: str, toks: list[Token], k: int, limit: int = 10) -> list[Token]:
    """Up to ``limit`` tokens from ``k`` to the end of the clause (a comma or a full stop)."""
    out: list[Token] = []
    for t in toks[k : k + limit]:
        if out and any(c in _CLAUSE_END for c in text[out[-1].end : t.start]):
            break
        out.append(t)
    return out


def _other_reading(text: str, toks: list[Token], i: int) -> bool:
    """The word in lower case, or after an article, elsewhere in the text: the word, not a name."""
    f = toks[i].folded
    for j, t in enumerate(toks):
        if j == i or t.folded != f:
            continue
        if not t.cap or j > 0 and toks[j - 1].folded in _DETERMINERS:
            return True
    return False


def person_verb_subject(text: str, toks: list[Token], i: int, lex: Lexicon) -> str:
    """The rule when token ``i`` opens a sentence before a person's verb (see the module), or ""."""
    tok = toks[i]
    if (not tok.cap or tok.allcaps or not tok.sent_start or i + 1 >= len(toks) or len(tok.folded) < 3
            or not tok.folded.isalpha() or tok.folded in lex.common):
        return ""
    verb = toks[i + 1]
    if verb.cap or text[tok.end : verb.start] != " ":
        return ""
    rest = _clause(text, toks, i + 2)
    if rest and rest[0].folded in _SUBJECT_PRONOUNS and text[verb.end : rest[0].start] == " ":
        return ""  # an inversion: "Dan zei ze", "Toen belde hij"
    v = verb.folded
    words = [t.folded for t in rest]
    if not lex.is_listed_name(tok.folded) and tok.folded not in lex.name_words:
        # a Dutch word no name list holds: only a reported clause or an opinion says person
        if len(tok.folded) > 6 or tok.folded.endswith(_ABSTRACT):
            return ""  # ("Ervaring zegt dat ...", "Politie zegt dat ...": a noun, a body)
        said = bool(words) and (words[0] == "dat" or text[verb.end : rest[0].start].strip() == ":")
        if not (v in _SAY_THINK and said or v in _OPINION and "te" in words) or _other_reading(text, toks, i):
            return ""
        return RULE
    evidence = (
        v in PERSON_VERBS
        or v in _OPINION and bool(words) and (words[0] in ("dat", "het") or "te" in words)
        or v in _HAVE and _belonging(words)
        or v in _HAVE and any(w in PERSON_PARTICIPLES for w in words)
    )
    if not evidence or _other_reading(text, toks, i):
        return ""
    return RULE


def _belonging(words: list[str]) -> bool:
    """"(een|haar|zijn ...) (adjective) <belonging>" right after "heeft"/"had"."""
    if not words or words[0] not in _DETERMINERS:
        return False
    rest = words[1:3]
    return any(w in BELONGINGS or w in OWN_THINGS for w in rest)
