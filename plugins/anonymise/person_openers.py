"""A listed first name that is also a word, with a person's apposition or predicate (session 14).

The detector scores a listed first name that is also a Dutch word ("Roos", "Storm", "Merel")
at 0.3 when it opens a sentence and 0.6 inside one, plus the cues around it; ten of them are
also a home place ("Mark", "Linde", "Peer"), which the place list keeps unless a cue of 0.4
stands with them. The lead's attack at session 14's start found the common ways reporters
introduce a young person carried no cue at all, so the name was published:

* an age with "jaar", a written number or "j": "X, 15 jaar, ...", "X (17 jaar)", "X (twaalf)",
  "X – 16 jaar –";
* an aside whose first or second word is a person noun -- a role or profession ("animator",
  "leerkracht", "kok"), kin ("moeder van drie"), a pupil, student, newcomer or participant --
  in brackets, between dashes or between commas without an article ("X, leraar in ...,");
* (opening a sentence only) "uit <Plaats>" or "van de <Organisatie>" before a person's
  predicate, "van de/het <dienst of groep>" before a finite verb, a verb and a possessive
  with what only a person has ("X stak haar hand op"), a verb only a person is the subject of
  ("X vond", "X woont");
* (for the home places) a cleft "het was X die", "X en haar zus", a copula with an age or a
  role ("X is 15 en ...", "X is animator bij ...").

Each is a person's apposition or predicate: a bare singular noun without an article rarely
opens a Dutch sentence, and when it does (a heading, a coordination, a mass noun: "Goud en
zilver", "Regen (veel regen) ...", "Zilver uit Bolivia is ...") what follows is no person's.
The word itself must be no role or person noun ("Agent (m/v) gezocht", "Kok van de
jeugdherberg"). The detector adds 0.5 to the word's cue when one of these holds
(``detect._score_token``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from .lexicon import Lexicon, fold
from .person_roles import profession_noun, role_noun, title_kind
from .person_slots import _STRONG_FORMS, _WITH_ENDINGS, _WITH_SERVICES

if TYPE_CHECKING:
    from .detect import Token

_NUMBERS = (
    "twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien "
    "zeventien achttien negentien twintig eenentwintig tweeëntwintig drieëntwintig vierentwintig "
    "vijfentwintig dertig veertig vijftig zestig zeventig tachtig"
).split()
_AGE = r"(?:\d{1,2}|" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + r")"
_YEARS = r"(?:jaar|jr\.?|j\.?)"
_DASH = "[–—―-]"
#: An age right after the word: in brackets ("(17 jaar)", "(15j)", "(twaalf)"), between commas
#: with "jaar" (", 15 jaar,", ", 14 jaar oud,", ", 19 jaar en ..."), or between dashes.
_AGE_AFTER_RE = re.compile(
    r"[ \t]*(?:\([ \t]*" + _AGE + r"(?:[ \t]*" + _YEARS + r")?[ \t]*[),]"
    r"|,[ \t]*" + _AGE + r"[ \t]*" + _YEARS + r"(?:[ \t]+oud)?[ \t]*(?:[,;)]|[ \t]en[ \t])"
    r"|[ \t]+" + _DASH + r"[ \t]*" + _AGE + r"(?:[ \t]*" + _YEARS + r")?[ \t]*" + _DASH + r"[ \t])",
    re.IGNORECASE,
)
#: Where someone stands in a photo, in brackets after the name: "(l.)", "(rechts)", "(midden)".
_PHOTO_POSITION_RE = re.compile(
    r"[ \t]*\((?:l|r|m|links|rechts|midden|vooraan|achteraan|voor|achter|boven|onder)\.?\)", re.IGNORECASE
)
#: The anonymiser's own credit labels in brackets (``replace.DEFAULT_ROLE_LABELS``).
_OWN_LABEL_RE = re.compile(r"\((?:een deelnemer|een sessiegever|de verslaggever)\)")
#: Any short aside in brackets or between dashes (what follows it is then read).
_ANY_ASIDE_RE = re.compile(
    r"[ \t]*(?:\([^()\n]{1,80}\)|[ \t]" + _DASH + r"[ \t][^\n.!?]{1,80}?[ \t]" + _DASH + r")(?=[ \t])"
)
#: An aside opening right after the word, and the first two words inside it.
_ASIDE_RE = re.compile(
    r"[ \t]*(\(|,|[ \t]" + _DASH + r")[ \t]*(?:(?:een|de|onze|ons|mijn|m'n|haar|zijn|z'n|ex)[ \t-]+)?"
    r"([^\W\d_]+(?:-[^\W\d_]+)*)(?:[ \t]+([^\W\d_]+(?:-[^\W\d_]+)*))?"
)
#: What closes an aside of each kind, within a short stretch of the same sentence.
_CLOSE = {
    "(": re.compile(r"[^()\n]{0,80}?\)"),
    ",": re.compile(r"[^,.!?;:\n()]{0,60}?,"),
    "-": re.compile(r"[^\n.!?]{0,80}?[ \t]" + _DASH + r"[ \t]"),
}
#: (session 25) A comma's aside that closes the sentence, opened by the word at a sentence's start: a
#: credit line wrapped under its quotation, "X, leider bij <Organisatie>." (no verb: the line is the aside)
_CLOSE_LINE = re.compile(r"[^,.!?;:\n()]{0,60}?[.!]?[ \t]*(?:\n|$)")
#: People by what they are to others or by their age or place in a group (with the role and
#: profession words of ``person_roles`` and the detector's titles).
_PEOPLE = frozenset(
    """
    moeder vader mama papa mams paps oma opa grootmoeder grootvader bomma bompa meter peter
    jongen meisje tiener puber kleuter jongere leerling scholier student studente deelnemer
    deelneemster nieuwkomer vluchteling bewoner buurtbewoner inwoner lid oud-lid oudleider
    kamper kampeerder vriendin vriend zus broer zoon dochter neef nicht kleinzoon kleindochter
    alumna alumnus ervaringsdeskundige leerkracht
    """.split()
)
_PEOPLE_ENDS = ("bewoner", "genoot", "genote", "ouder", "ouders")
#: Verbs whose subject is a person ("X vond", "X uit Gent woont"): thinking, saying, living.
_HUMAN_VERBS = frozenset(
    """
    zei zegt zeiden vertelde vertelt vroeg vraagt riep roept antwoordde antwoordt lachte lacht
    huilde huilt zuchtte fluisterde knikte glimlachte getuigde getuigt vond vindt dacht denkt
    wist wou wilde hoopt hoopte woont woonde studeert studeerde durfde twijfelde droomt droomde
    """.split()
)
#: Verbs a person does only with their particle: "legde ... uit" (not "legde het land plat").
_PARTICLE_VERBS = {"legde": "uit", "legt": "uit", "las": "voor", "leest": "voor"}
#: What only a person has, after "haar/zijn/z'n" ("stak haar hand op", "deed zijn verhaal").
_HUMAN_POSSESSIONS = frozenset(
    """
    hand handen vinger vingers arm armen hoofd ogen schouders mond stem mening verhaal idee
    ideeën vraag vragen ervaring ervaringen gedacht gevoel twijfels zegje best mama papa moeder
    vader ouders broer zus vriend vriendin vrienden vriendinnen lief oma opa familie klas jas
    rugzak gsm telefoon fiets gitaar boeken schrift tekening huiswerk kamer
    """.split()
)
_POSSESSIVES = frozenset({"haar", "zijn", "z'n"})
_COPULAS = frozenset({"is", "was"})
_NOT_A_VERB = frozenset({"en", "of", "maar", "noch", "&", "als", "zoals", "dan", "van", "voor", "in", "op", "uit"})
#: A cleft after "het/dat was/is": "het was X die", "dat was X die".
_CLEFT_BEFORE_RE = re.compile(r"\b(?:[Hh]et|[Dd]at) (?:was|is) $")
_EN_KIN_RE = re.compile(
    r"[ \t]+en[ \t]+(?:haar|zijn|z'n)[ \t]+(?:zus|broer|zusje|broertje|mama|papa|moeder|vader|ouders|vriend|vriendin|"
    r"vrienden|vriendinnen|lief|familie|klas|oma|opa)\b"
)
_COPULA_AGE_RE = re.compile(
    r"[ \t]+(?:is|was)[ \t]+" + _AGE + r"(?:[ \t]*" + _YEARS + r")?(?:[ \t]+oud)?[ \t]*(?:[,.;]|[ \t]en[ \t])"
)
_COPULA_ROLE_RE = re.compile(
    r"[ \t]+(?:is|was)[ \t]+(?:(?:een|de|onze|ons)[ \t]+)?([^\W\d_]+(?:-[^\W\d_]+)*)[ \t]+(?:bij|van|in|op|voor)\b"
)


def person_noun(f: str, titles: frozenset[str]) -> bool:
    """Whether a folded word names a person by role, profession, kin, age or group."""
    if f in _PEOPLE or f.endswith(_PEOPLE_ENDS) and len(f) > 7:
        return True
    return role_noun(f, titles) or bool(title_kind(f, titles)) or profession_noun(f)


def _aside(text: str, end: int, titles: frozenset[str], *, opening: bool = False) -> str:
    m = _ASIDE_RE.match(text, end)
    if m is None:
        return ""
    kind = m.group(1).strip()
    kind = "-" if kind not in ("(", ",") else kind
    if kind == "(" and _OWN_LABEL_RE.match(text, m.start(1)):
        return ""  # a second round reads the first round's credit label ("(een deelnemer)")
    words = [w for w in (m.group(2), m.group(3)) if w]
    if not any(w.islower() and person_noun(fold(w), titles) for w in words):
        return ""
    if _CLOSE[kind].match(text, m.start(2)) is None and not (
            opening and kind == "," and _CLOSE_LINE.match(text, m.start(2)) is not None):
        return ""
    return {
        "(": "apposition with a role (in brackets)",
        ",": "apposition with a role (no article)",
        "-": "apposition with a role (between dashes)",
    }[kind]


def _next(text: str, toks: list[Token], j: int) -> Token | None:
    """Token ``j`` when one space separates it from the token before, else None."""
    if j >= len(toks) or text[toks[j - 1].end : toks[j].start] != " ":
        return None
    return toks[j]


def _possessed(text: str, toks: list[Token], j: int) -> bool:
    """Whether a possessive and what only a person has follow within four lower-case words
    from token ``j`` (the verb), in the same clause ("stak als eerste haar vinger op")."""
    for k in range(j + 1, min(j + 5, len(toks) - 1)):
        t = _next(text, toks, k)
        if t is None or t.cap:
            return False
        if t.folded in _POSSESSIVES:
            noun = _next(text, toks, k + 1)
            return noun is not None and noun.folded in _HUMAN_POSSESSIONS
    return False


def _predicate(text: str, toks: list[Token], j: int, finite: bool, *, after_aside: bool = False) -> bool:
    """Whether token ``j`` opens a person's predicate: a verb only a person is the subject of,
    or a verb with a possessive and what only a person has; ``finite``: any finite verb
    (``after_aside``: the token follows an aside, not the word before it)."""
    t = (toks[j] if after_aside else _next(text, toks, j)) if j < len(toks) else None
    if t is None or t.cap or not t.folded.isalpha() or t.folded in _NOT_A_VERB:
        return False
    if finite or t.folded in _HUMAN_VERBS or _possessed(text, toks, j):
        return True
    particle = _PARTICLE_VERBS.get(t.folded)
    if particle is None:
        return False
    clause = re.match(r"[^.,;:!?\n]{0,60}", text[t.end : t.end + 60])
    return clause is not None and re.search(rf"\b{particle}\b", clause.group(0)) is not None


def _origin(text: str, toks: list[Token], i: int, lex: Lexicon, finite_verb: Callable[[str, Lexicon], bool]) -> str:
    """'X uit <Plaats> vond', 'X van de <Organisatie> zei', 'X van de jeugddienst legde'."""
    prep = _next(text, toks, i + 1)
    if prep is None or prep.cap:
        return ""
    if prep.folded == "uit":
        j = i + 2
        place = _next(text, toks, j)
        if place is None or not place.cap:
            return ""
        while j + 1 < len(toks) and j < i + 5 and (t := _next(text, toks, j + 1)) is not None and t.cap:
            j += 1
        return "'uit <plaats>' and a person's predicate" if _predicate(text, toks, j + 1, False) else ""
    if prep.folded != "van":
        return ""
    art = _next(text, toks, i + 2)
    noun = _next(text, toks, i + 3)
    if art is None or noun is None or art.cap or art.folded not in ("de", "het", "den"):
        return ""
    if noun.cap or noun.allcaps:
        j = i + 3
        while j + 1 < len(toks) and j < i + 5 and (t := _next(text, toks, j + 1)) is not None and t.cap:
            j += 1
        return "'van de <organisatie>' and a person's predicate" if _predicate(text, toks, j + 1, False) else ""
    if noun.folded in _WITH_SERVICES or noun.folded.endswith(_WITH_ENDINGS):
        verb = _next(text, toks, i + 4) if i + 4 < len(toks) else None
        if (
            verb is not None
            and not verb.cap
            and (verb.folded in _STRONG_FORMS or finite_verb(verb.folded, lex) or _predicate(text, toks, i + 4, False))
        ):
            return f"'van {art.text} {noun.text}' and a finite verb"
    return ""


def person_cue(
    text: str,
    toks: list[Token],
    i: int,
    lex: Lexicon,
    titles: frozenset[str],
    finite_verb: Callable[[str, Lexicon], bool],
    *,
    place: bool = False,
) -> str:
    """The person's apposition or predicate after capitalised token ``i`` -- a listed first name
    that is also a word (the caller checks) -- or "". ``place``: the word is also a home place
    (then also a cleft, "en haar zus", a copula with an age or a role)."""
    tok = toks[i]
    f = tok.folded
    if f in _PEOPLE or role_noun(f, titles) or title_kind(f, titles):
        return ""  # a role or person noun itself: "Agent (m/v) gezocht", "Kok van de jeugdherberg"
    end = tok.end
    nxt = text[end : end + 1]
    if nxt in (" ", ",", "(", "\t") and _AGE_AFTER_RE.match(text, end):
        return "age (with 'jaar', a number word or a dash)"
    if nxt in (" ", ",", "(", "\t") and (reason := _aside(text, end, titles, opening=tok.sent_start or i == 0)):
        return reason
    if nxt in (" ", "(") and _PHOTO_POSITION_RE.match(text, end):
        return "position in a photo ('(links)')"
    opening = tok.sent_start or i == 0
    if opening and nxt in (" ", "(", "\t") and (m := _ANY_ASIDE_RE.match(text, end)):
        j = i + 1
        while j < len(toks) and toks[j].start < m.end():
            j += 1
        if (
            j < len(toks)
            and text[m.end() : toks[j].start] == " "
            and _predicate(text, toks, j, False, after_aside=True)
        ):
            return "an aside, then a person's predicate"
    if opening and nxt == " " and i + 1 < len(toks):
        if reason := _origin(text, toks, i, lex, finite_verb):
            return reason
        if _predicate(text, toks, i + 1, False):
            return "opening a sentence before a person's predicate"
    if place:
        before = text[max(0, tok.start - 12) : tok.start]
        if before.endswith(" ") and _CLEFT_BEFORE_RE.search(before) and re.match(r"[ \t]+die\b", text[end : end + 6]):
            return "cleft 'het was X die'"
        if _EN_KIN_RE.match(text, end):
            return "'en haar/zijn <familie>'"
        if _COPULA_AGE_RE.match(text, end):
            return "age after 'is/was'"
        if (m := _COPULA_ROLE_RE.match(text, end)) and m.group(1).islower() and person_noun(fold(m.group(1)), titles):
            return "apposition with a role after 'is/was'"
    return ""


#: (session 22, s22-late) Roles only a person holds, in a youth movement, a club or a school --
#: never a firm's, a venue's or a sponsor's ("sponsor", "partner", "leverancier", "bakker",
#: "brouwer", "kok", "thuis" are not here: "De Kroon is onze bakker" names a bakery).
PERSON_ONLY_ROLES = frozenset(
    """
    coach trainer trainster leider leidster hoofdleider hoofdleidster groepsleider groepsleidster
    juf juffrouw meester begeleider begeleidster mentor voorzitter voorzitster ondervoorzitter
    secretaris penningmeester buurvrouw buurman animator animatrice moderator moderatrice lesgever
    lesgeefster jeugdwerker jeugdwerkster scheidsrechter burgemeester schepen klasgenoot klasgenote
    """.split()
)
# (no kin or friend: "De Zon is onze vriend", "De Zee is onze moeder" are figures of speech)
#: "... is/was onze (nieuwe) coach": a copula, a possessive or "de", at most one adjective of a
#: small set, a person-only role ending its phrase (not "coachingbureau", not "coach-app").
_ROLE_COPULA_AFTER_RE = re.compile(
    r"[ \t]+(?:is|was|wordt|werd|blijft|bleef)[ \t]+(?:onze|ons|mijn|m'n|de|hun|zijn|z'n|haar|jullie|jouw)[ \t]+"
    r"(?:(?:nieuwe|vaste|oude|vorige|eerste|beste|lieve|trouwe)[ \t]+)?([^\W\d_]+)(?![\w-])"
)


def person_role_copula_after(text: str, end: int) -> bool:
    """Whether a copula with a person-only role follows at ``end``: "<X> is onze coach", "<X> was
    mijn juf" -- the subject before it is a person (s22-late: a surname with a particle whose body
    is a place or a word, "Van <plaats>", "De <woord>", opening a sentence)."""
    m = _ROLE_COPULA_AFTER_RE.match(text, end)
    return m is not None and fold(m.group(1)) in PERSON_ONLY_ROLES


#: (session 23, s23-privacy) A singular saying verb right after "Van <X>" opening a sentence, and
#: no subject after it: "Van Damme zei dat ...", "Van Aalst vertelde dat ..." -- a surname whose
#: body is a place ("Van Aalst vertelde hij" is "from Aalst", a pronoun after the verb: not here).
_SAYING_AFTER_RE = re.compile(
    r"[ \t]+(zei|zegt|vertelde|vertelt|vroeg|vraagt|antwoordde|antwoordt|riep|roept|legde|legt|vond|vindt|"
    r"schreef|schrijft|beloofde|belooft|meldde|meldt|zuchtte|lachte|knikte|fluisterde|mailde|appte|sms'te)"
    r"(?:[ \t]+(toen|ook|nog|dan|meteen|later|nadien|daarna|altijd|vaak|niets|iets))?([ \t]+[^\W\d_]+|[,.:;!?])"
)
_SUBJECT_PRONOUNS = frozenset({"ik", "je", "jij", "we", "wij", "ze", "zij", "hij", "men", "u", "jullie", "het"})


def saying_verb_after(text: str, end: int) -> bool:
    """(session 23) Whether a singular saying verb follows at ``end`` with no subject pronoun after
    it: "<Van X> zei dat ...", "<Van X> vertelde toen dat ..." (see ``_SAYING_AFTER_RE``)."""
    m = _SAYING_AFTER_RE.match(text, end)
    if m is None:
        return False
    nxt = m.group(3).strip()
    return fold(nxt) not in _SUBJECT_PRONOUNS
