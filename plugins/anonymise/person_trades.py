"""A surname after the noun of a person's trade (issue 11, session 15, s15-names).

"Bakker X sponsorde de taarten", "De buurman, Schilder X, kwam ...", "aan bakker X gevraagd":
Flemish names a craftsman by trade and surname as it names a teacher "juf X". The noun is a
PERSON (the one who bakes, paints, plumbs), not the firm: "Bakkerij X", "Schilderwerken X",
"Slagerij X" name a family firm and stay kept (``trades.firm_noun``, session 11's policy).
Before this module the surname after a trade's person was published three ways: an opening
"<Trade> <X> <verb>" kept as an organisation's name by the verb (``keep_verbs``: "sponsorde"), a
surname that is a compound kept as a Dutch compound ("bakker <Kloosterboer>"), a trade word a
list holds as a place ("Schilder") making its neighbour "a capitalised word in context".

The rule reads the noun before the word, never the word: a noun of a person's trade or craft
(a closed class of crafts, their compounds -- "buschauffeur", "fietsenmaker" -- and
``person_roles.profession_noun``'s professions), in any case, right before ONE capitalised word
(no capitalised word after it: "Bakkerij Jan Peeters" and "Garage X Motors" are judged
elsewhere) that is no town or country, no firm's cue after it ("Timmerman Bouw en Partners"),
and either a listed surname or a word no list knows: a Dutch word or compound, or a first name,
after a profession is as often its field or department ("Docente Frans", "Onderzoeker
Jeugdwerk", "wijkagent Oost"), so a surname that is a compound ("bakker Kloosterboer") stays
open. The trade word itself stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import Lexicon, home_towns_and_countries
from .person_roles import profession_noun
from .trades import firm_noun

if TYPE_CHECKING:
    from .detect import Token

#: Nouns of a craft or trade that name the person who does it (folded).
_CRAFTS = frozenset(
    """
    bakker bakkerin slager slagerin beenhouwer schilder loodgieter timmerman tuinman tuinier metser
    stukadoor plafonneerder dakwerker schrijnwerker meubelmaker fietsenmaker smid hoefsmid elektricien
    installateur chauffeur postbode boer boerin visser visboer groenteboer melkboer kaasboer bloemist
    garagist mecanicien kapper kapster barbier zaakvoerder zaakvoerster winkelier winkelierster
    winkelbediende poetsvrouw poetshulp kuisvrouw werkvrouw conciërge huisbewaarder klusjesman
    brandweerman vuilnisman stratenmaker glazenwasser schoenmaker kleermaker naaister opticien
    juwelier horlogemaker kok koster uitbater uitbaatster boekhouder boekhoudster
    """.split()
)
#: Endings of a compound noun of a craft's person ("buschauffeur", "fietsenmaker", "dakwerker").
_CRAFT_ENDS = ("chauffeur", "maker", "werker", "houwer", "gieter", "voerder", "voerster", "bediende", "bakker",
               "slager", "schilder", "boer", "instructeur", "monteur", "hersteller")


def craft_person(f: str) -> bool:
    """Whether a folded word is the noun of the person who plies a trade or a profession."""
    if firm_noun(f):
        return False  # "Bakkerij", "Schilderwerken": the firm
    if f in _CRAFTS:
        return True
    if f.endswith(_CRAFT_ENDS) and len(f) >= 7 and any(f.endswith(e) and len(f) - len(e) >= 3 for e in _CRAFT_ENDS):
        return True
    return profession_noun(f)


def after_trade(text: str, toks: list[Token], i: int, lex: Lexicon) -> str:
    """Why the capitalised word at ``i`` is a surname after a trade's person, or ""."""
    tok = toks[i]
    if i == 0 or not tok.cap or tok.allcaps or tok.sent_start or len(tok.folded) < 3 or "-" in tok.text:
        return ""
    prev = toks[i - 1]
    if text[prev.end : tok.start] != " " or not prev.folded.isalpha() or not craft_person(prev.folded):
        return ""
    # (imported here, after the cheap tests: this runs for every capitalised word, and detect
    # imports this module)
    from .detect import is_compound
    from .person_lone_surname import firm_cue_after
    if prev.allcaps or (i >= 2 and toks[i - 2].cap and not toks[i - 2].sent_start
                        and text[toks[i - 2].end : prev.start] == " "):
        return ""  # "Bakkerij Jan Bakker", "Sint Schilder": part of a longer name
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and (nxt.cap or nxt.allcaps) and text[tok.end : nxt.start] in (" ", " & ", "-"):
        return ""  # a longer run: "Garage X Motors", a full name (business_person's)
    if (nxt is not None and nxt.folded in ("en", "&") and i + 2 < len(toks) and toks[i + 2].cap
            and toks[i + 2].folded not in lex.first_names):
        return ""  # "Timmerman X en Partners": a firm's name
    f = tok.folded
    if f in home_towns_and_countries() or f in lex.brands or firm_cue_after(text, toks, i):
        return ""
    if f not in lex.surnames and (lex.is_word(f) or f in lex.first_names or is_compound(f, lex)):
        # a field, a department, a subject, a first name (judged by its list) after a profession:
        # "Docente Frans", "Onderzoeker Jeugdwerk", "wijkagent Oost", "Chauffeur Jongerenwerking
        # gezocht" -- only a listed surname or a word no list knows is a surname here
        return ""
    return f"surname after the trade '{prev.text}'"
