"""A word no list knows after "<thing> van" (session 6, the keep side of issue 11).

In what people say, a capitalised word that no list knows is masked as a name
(default-deny: "proper noun no list knows", 0.6). After a noun and "van" that is not a
person's -- "de kar van X", "de wifi van X", "paarse hesjes van de X", "de muziek van X"
-- such a word is far more often the supplier, the brand, the band or the organisation
than a person. Measured on the gold of every bench set (session 6, s6-keep's notes): of
the capitalised name parts that are on no name list, 5 stood after "<lower-case word>
van", all after a kin or person word or a personal thing ("papa van", "moeder van",
"idee van", "lievelingsspel van"); 83 keep items stood after "<lower-case word> van".

So there the word is kept, at a score that `perskamer review` lists (uncertain, kept),
unless anything says person: a kin, role or title word before "van" (``TITLES``), a
personal thing or relation (``_PERSONAL``, ``lievelings...``), a verb or an adverb before
"van" ("komt van X", "niet van X": whoever says it), a person cue around the word (the
caller's ``cue``), or the word on any name list (the caller checked: only words no list
knows and no Dutch word get here).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .person_things import DEFINITE, owner_noun

if TYPE_CHECKING:
    from .detect import Token
    from .lexicon import Lexicon

#: Nouns before "van X" that make X a person: relations, what a person has, thinks or makes.
_PERSONAL = frozenset(
    {
        "idee", "ideeën", "ideeen", "voorstel", "verhaal", "verhalen", "mening", "vraag", "vragen", "antwoord",
        "woorden", "stem", "naam", "gezicht", "hoofd", "hand", "handen", "kamer", "bed", "fiets", "gsm", "jas", "tas",
        "rugzak", "schoenen", "kleren", "boek", "boeken", "tekening", "tekeningen", "foto", "foto's", "fotos",
        "filmpje", "filmpjes", "bericht", "berichtje", "berichten", "mail", "mails", "brief", "sms", "account",
        "profiel", "post", "video", "schuld", "fout", "beurt", "rol", "plaats", "ouders", "familie", "gezin",
        "moeder", "vader", "ma", "pa", "kind", "kinderen", "baby", "zonen", "dochters", "broers", "zussen",
        "voogd", "voogden",  # (session 25, s25-a25: "Handtekening ouder/voogd van X: ____")
        "vrienden", "vriendinnen", "vriendengroep", "lief", "liefje", "partner", "man", "vrouw", "ex", "hond", "kat",
        "verjaardag", "feest", "feestje", "begrafenis", "huwelijk", "trouw", "dood", "overlijden", "geboorte",
        "huis", "thuis", "adres", "nummer", "auto", "leven", "stijl", "lach", "humor", "talent", "hulp",
        "lied", "liedje", "gedicht", "tekst", "speech", "toespraak", "getuigenis", "spel", "spelletje", "team",
        "ploeg", "groep", "klas", "kamp", "tent", "bende", "gang", "kant", "zorg", "steun",
        # a team named after one of its players: a quiz's table, a pair (session 26, s26-a26: "de tafel van X")
        "tafel", "tafeltje", "duo", "trio", "equipe", "clan",
        # what a person performs, teaches or makes public as often as a band or a company
        "concert", "optreden", "show", "muziek", "album", "nummers", "dans", "voorstelling", "act",
        "performance", "les", "lessen", "workshop", "training", "uitleg", "presentatie", "lezing", "rap", "beat",
        "beats", "kanaal", "vlog", "vlogs", "blog", "podcast", "stream", "streams", "video's", "pagina", "werk",
    }
)
#: Endings of such nouns: "lievelingsspel", "teamgenoot", "schoolvriendin", "kampvriendje".
_PERSONAL_ENDINGS = ("genoot", "genote", "vriend", "vriendin", "vriendje", "vriendinnetje", "maat", "maatje",
                     "zoon", "dochter", "broer", "zus", "kind", "ouder", "ouders", "leider", "leidster", "werker")
_PERSONAL_PREFIXES = ("lievelings", "favoriete")
#: A past participle, also of a separable verb: "geleerd", "gekregen", "overgenomen" (session 10).
_PARTICIPLE_RE = re.compile(r"[a-z]{0,6}?ge[a-z]{2,}(?:d|t|en)")


def _inflected_adjective(tok: Token, lex: Lexicon) -> bool:
    """Whether ``tok`` is a lower-case inflected adjective ("oude", "laatste", "nieuwe")."""
    f = tok.folded
    return (not tok.cap and f.isalpha() and len(f) >= 4 and f.endswith("e") and lex.is_word(f)
            and (lex.is_word(f[:-1]) or f.endswith("ste") or lex.is_word(f[:-2]) and f[-2] == f[-3]))


def thing_owner(text: str, toks: list[Token], i: int, lex: Lexicon, titles: frozenset[str]) -> bool:
    """Whether the capitalised word ``i`` stands after "<a thing's noun> van" (one space
    each, the noun lower-case, a Dutch word and no finite verb, no person's noun)."""
    if i < 2:
        return False
    van, noun = toks[i - 1], toks[i - 2]
    if van.folded != "van" or van.cap or noun.cap or noun.allcaps:
        return False
    from .detect import _finite_verb, is_compound  # (detect imports this module; after the first tests: session 18)

    if text[van.end : toks[i].start] != " " or text[noun.end : van.start] != " ":
        return False
    f = noun.folded
    if owner_noun(f) and i >= 3 and (toks[i - 3].folded in DEFINITE or (
            i >= 4 and toks[i - 4].folded in DEFINITE and _inflected_adjective(toks[i - 3], lex))):
        # "de brooddoos van X", "die laatste zin van X" (one inflected adjective: session 26): whose
        # it is (person_things); "een brooddoos van X": where it comes from
        return False
    if (len(f) < 3 or not f.isalpha() or f in titles or f in _PERSONAL or f in lex.common
            or f.endswith(_PERSONAL_ENDINGS) or f.startswith(_PERSONAL_PREFIXES)):
        return False
    if f.endswith("en") and len(f) > 4 and lex.is_word(f[:-2] + "t"):
        return False  # a plural or infinitive verb: "de ideeën komen van X"
    if _PARTICIPLE_RE.fullmatch(f) and lex.is_word(f):
        return False  # a past participle: where something came from ("geleerd van X", "overgenomen van X")
    return (lex.is_word(f) or is_compound(f, lex)) and not _finite_verb(f, lex)
