"""More slots only a person fills, for a name that some list reads as a word (issue 11,
session 15, s15-names).

Session 14 (:mod:`.person_word_slots`) masked a capitalised word that a word list holds and
no name list does ("Smaragd", "Kikkert") in a vocative, an apposition after a role and after
"met/naast/aan/door X" with a verb of people. Short first names of many origins that some
list reads as a word ("Tuna", "Hind", "Khan", "Hai", "Will") and season or nature words
used as names ("Hagel", "Noorderlicht") were still published wherever the sentence, not a
list, says "person": ``detect._score_token`` scores such a word 0.2 inside a sentence ("a
capitalised word in context", or an English word at 0.4) and only these slots lift it.

The slots read the sentence, never the word (Dutch writes a common noun inside a sentence in
lower case: a capitalised word there is a proper noun; these slots take a person):

* a **signature or greeting** after a closing word that goes on after "!" or ", <lower
  case>": "Groetjes, X! Tot ...", "Groetjes, X, en tot ..." (a line's end was read already);
* **"ons/onze X"** before a finite verb: the Flemish way of naming one's own child, sibling
  or friend ("Ons X had de sleutels vergeten");
* **set against a pronoun of a person**: "het idee van X, niet van mij", "X en mij", "X,
  niet ik";
* **sent a personal message**: "Ik stuurde X een berichtje/sms/foto";
* **an inverted subject of a verb of shouting or answering before "dat"/"of"/":"** ("Toen
  riep X dat ...");
* **seen doing what only people do**: "Ik zag X huilen/lachen/dansen";
* **an inverted subject of a verb of opinion** right after "dat/dit/toen": "Dat vond X
  echt onrechtvaardig", "Dat dacht X ook";
* **in brackets after a noun of a person**: "Een jongen (X) vertelde ...";
* **after a noun only a person has "van"**: "het idee van X", "de mama van X", "de
  verjaardag van X";
* **coordinated with a listed first name** that is nothing else: "X en Wouter gaven ...",
  "met Wouter en X" -- also opening a sentence; not with a verb of playing in the clause ("Ik
  speelde met Jan en <Lego>").

Each check reads a bounded number of neighbouring tokens (linear in the text). A word a list
keeps (a place, a brand, an organisation, a calendar word) is judged before this module and
stays kept; the caller checked that the word stands alone (no capitalised neighbour, no firm
cue, not a title-case line).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .keep_context import clause_has
from .lexicon import Lexicon, english_words

if TYPE_CHECKING:
    from .detect import Token

#: Closing words of a message before a signature or the one greeted ("Groetjes, X!").
CLOSINGS = frozenset(
    """
    groetjes groeten groet grtz liefs kusjes kus mvg merci bedankt dankjewel dankuwel daag doei ciao later
    """.split()
)
#: Words before a closing ("Veel groeten, X!", "Dikke kus, X!").
_GREETING_ADJECTIVES = frozenset("veel dikke lieve warme vriendelijke hartelijke beste zonnige".split())
_OUR = frozenset({"ons", "onze"})
#: Object and subject pronouns of a person, set against a name ("van X, niet van mij").
_PERSON_PRONOUNS = frozenset("ik mij me mezelf jij jou hij hem zij haar".split())
_OBJECT_PRONOUNS = frozenset("mij me mezelf jou hem".split())
#: A personal message or gift one sends a person ("stuurde X een berichtje").
_MESSAGES = frozenset(
    """
    berichtje sms sms'je smsje appje whatsappje snapje snap foto fotootje selfie kaartje knuffel kusje
    cadeautje compliment spraakberichtje voicemail filmpje
    """.split()
)
_SENDING = frozenset(
    """
    stuurde stuurden stuur stuurt sturen gestuurd gaf gaven geef geeft geven gegeven appte appten app
    appt sms'te smste mailde gemaild bezorgde
    """.split()
)
#: Verbs of shouting, whispering, answering (inverted, before "dat"/"of"/":").
_SHOUTING = frozenset(
    """
    riep roept schreeuwde schreeuwt fluisterde fluistert antwoordde antwoordt gilde gilt brulde brult
    mompelde mompelt zuchtte zucht beweerde beweert vroeg vraagt zei zegt vertelde vertelt lachte
    """.split()
)
#: Seeing, hearing: "zag X huilen".
_PERCEIVING = frozenset("zag zagen zie ziet hoorde hoorden hoor hoort voelde".split())
#: What only people do, as an infinitive after a verb of seeing.
_HUMAN_ACTS = frozenset(
    """
    huilen wenen lachen glimlachen grijnzen dansen zingen roepen schreeuwen zuchten blozen zwaaien knikken
    snurken fluisteren vloeken bidden giechelen gapen praten babbelen kletsen
    """.split()
)
#: Verbs of opinion, inverted after "dat/dit/toen": "Dat vond X echt onrechtvaardig".
_OPINION = frozenset(
    """
    vond vonden vindt dacht denkt wist weet hoopte hoopt geloofde gelooft snapte snapt begreep begrijpt
    """.split()
)
_OPINION_OPENERS = frozenset("dat dit toen dan ook zo daar".split())
#: Nouns of a young person or of kin, before "(X)" (not a participant's or a worker's noun: "een
#: deelnemer (Awel)", "een begeleider (Formaat)" name the organisation one comes from).
_PERSON_NOUNS = frozenset(
    """
    jongen jongens meisje meisjes man vrouw jongere tiener kind kindje moeder vader mama papa broer zus
    jongeman buurjongen buurmeisje kleuter peuter baby zoon dochter
    """.split()
)
#: Nouns only a person has, before "van X".
_PERSON_OWNED = frozenset(
    """
    idee schuld fout beurt verjaardag mama papa moeder vader ouders broer broertje zus zusje oma opa
    tante nonkel oom neef nicht lief vriend vriendin vriendje vriendinnetje kamer slaapzak rugzak gsm
    """.split()
)


def _gap(text: str, toks: list[Token], a: int, b: int) -> str:
    return text[toks[a].end : toks[b].start]


def signature(text: str, toks: list[Token], i: int, j: int) -> str:
    """ "Groetjes, X! Tot ...", "Groetjes, X, en tot ...": the one signing or greeted."""
    if i == 0 or toks[i - 1].folded not in CLOSINGS or _gap(text, toks, i - 1, i) not in (", ", " "):
        return ""
    k = i - 1
    if not toks[k].sent_start and not (k >= 1 and toks[k - 1].sent_start and toks[k - 1].folded in _GREETING_ADJECTIVES):
        return ""  # the closing opens its sentence ("Groetjes, X!"; not "Onze groet, <X>, hing ...")
    after = text[toks[j - 1].end : toks[j - 1].end + 1]
    if after == "!":
        return f"signed or greeted after '{toks[i - 1].text}'"
    if after == "," and j < len(toks) and not toks[j].cap and not toks[j].allcaps and _gap(text, toks, j - 1, j) == ", ":
        return f"signed or greeted after '{toks[i - 1].text}'"
    return ""


def our(text: str, toks: list[Token], i: int, j: int, finite_verb) -> str:
    """ "Ons X had ...", "onze X is ...": one's own child, sibling or friend."""
    if i == 0 or toks[i - 1].folded not in _OUR or _gap(text, toks, i - 1, i) != " " or j >= len(toks):
        return ""
    if _gap(text, toks, j - 1, j) != " " or toks[j].cap or not finite_verb(toks[j].folded):
        return ""
    return f"after '{toks[i - 1].text}' before a verb"


def against_pronoun(text: str, toks: list[Token], i: int, j: int) -> str:
    """ "van X, niet van mij", "X en mij", "X, niet ik": set against a person's pronoun."""
    k = j
    n = len(toks)
    if k < n and toks[k].folded == "en" and k + 1 < n and toks[k + 1].folded in _OBJECT_PRONOUNS:
        return "coordinated with a person's pronoun"
    if k < n and toks[k].folded == "niet" and _gap(text, toks, j - 1, k).strip() == ",":
        k += 1
        if k < n and toks[k].folded == toks[i - 1].folded and i > 0:
            k += 1  # "van X, niet van mij"
        if k < n and toks[k].folded in _PERSON_PRONOUNS:
            return "set against a person's pronoun"
    return ""


def sent_a_message(text: str, toks: list[Token], i: int, j: int) -> str:
    """ "Ik stuurde X (meteen) een berichtje": the one a personal message is sent to."""
    if i == 0 or toks[i - 1].folded not in _SENDING or _gap(text, toks, i - 1, i) != " ":
        return ""
    for k in range(j, min(j + 3, len(toks) - 1)):
        if toks[k].folded == "een" and toks[k + 1].folded in _MESSAGES:
            return "sent a personal message"
        if any(c in _gap(text, toks, k - 1, k) for c in ",;:.!?()"):
            return ""
    return ""


def shouted(text: str, toks: list[Token], i: int, j: int) -> str:
    """ "Toen riep X dat ...", "antwoordde X: ...": the inverted subject of a verb of shouting."""
    if i == 0 or toks[i - 1].folded not in _SHOUTING or _gap(text, toks, i - 1, i) != " " or j >= len(toks):
        return ""
    gap = _gap(text, toks, j - 1, j)
    if (gap == " " and toks[j].folded in ("dat", "of")) or gap.strip() == ":":
        return f"inverted subject of '{toks[i - 1].text}'"
    return ""


def seen_acting(text: str, toks: list[Token], i: int, j: int) -> str:
    """ "Ik zag X huilen": seen doing what only people do."""
    if i == 0 or toks[i - 1].folded not in _PERCEIVING or _gap(text, toks, i - 1, i) != " ":
        return ""
    if j < len(toks) and _gap(text, toks, j - 1, j) == " " and toks[j].folded in _HUMAN_ACTS:
        return f"seen '{toks[j].text}'"
    return ""


def opinion(text: str, toks: list[Token], i: int, j: int) -> str:
    """ "Dat vond X echt onrechtvaardig": the inverted subject of a verb of opinion."""
    if i < 2 or toks[i - 1].folded not in _OPINION or _gap(text, toks, i - 1, i) != " ":
        return ""
    if toks[i - 2].folded not in _OPINION_OPENERS or _gap(text, toks, i - 2, i - 1) != " ":
        return ""
    if j < len(toks) and _gap(text, toks, j - 1, j) == " " and toks[j].folded in ("het", "de", "dat", "er"):
        return ""  # "Dat vond Gent het beste": a team or town weighs too -- only with an adverb or a pause
    return f"inverted subject of '{toks[i - 1].text}'"


def bracketed(text: str, toks: list[Token], i: int, j: int) -> str:
    """ "Een jongen (X) vertelde": in brackets after a noun of a person."""
    if i == 0 or _gap(text, toks, i - 1, i) != " (" or toks[i - 1].folded not in _PERSON_NOUNS:
        return ""
    return f"in brackets after '{toks[i - 1].text}'" if text[toks[j - 1].end : toks[j - 1].end + 1] == ")" else ""


def owned(text: str, toks: list[Token], i: int, j: int) -> str:
    """ "het idee van X", "de mama van X": after a noun only a person has."""
    if i < 2 or toks[i - 1].folded != "van" or _gap(text, toks, i - 1, i) != " ":
        return ""
    if toks[i - 2].folded in _PERSON_OWNED and _gap(text, toks, i - 2, i - 1) == " ":
        return f"after '{toks[i - 2].text} van'"
    return ""


def _plain_first_name(tok: Token, lex: Lexicon) -> bool:
    f = tok.folded
    return (tok.cap and not tok.allcaps and f in lex.first_names and f not in lex.common and f not in lex.places
            and f not in english_words() and f not in lex.brands)


_AFFILIATION = frozenset("van uit bij voor namens vanuit via".split())
_PLAYING = frozenset("speel speelt speelde speelden spelen gespeeld".split())


def with_a_name(text: str, toks: list[Token], i: int, j: int, lex: Lexicon) -> str:
    """ "X en Wouter", "Wouter en X", "met X, Wouter en ...": coordinated with a first name that
    a list holds and that is no frequent word, place, brand or English word."""
    n = len(toks)
    if i > 0 and toks[i - 1].folded in _AFFILIATION:
        return ""  # "<naam> van <Awel> en <naam> van ...": an organisation one comes from
    if clause_has(text, toks, i, _PLAYING, words=6):
        return ""  # "Ik speelde met Jan en <Lego>": one plays with a toy beside a friend
    if j + 1 < n and toks[j].folded in ("en", "of") and _gap(text, toks, j - 1, j) == " " and (
            _gap(text, toks, j, j + 1) == " " and _plain_first_name(toks[j + 1], lex)):
        return "coordinated with a first name"
    if j < n and _gap(text, toks, j - 1, j) == ", " and _plain_first_name(toks[j], lex) and (
            j + 2 < n and toks[j + 1].folded == "en"):
        return "coordinated with a first name"
    if i >= 2 and toks[i - 1].folded in ("en", "of") and _gap(text, toks, i - 1, i) == " " and (
            _gap(text, toks, i - 2, i - 1) == " " and _plain_first_name(toks[i - 2], lex)):
        return "coordinated with a first name"
    return ""


def slot(text: str, toks: list[Token], i: int, j: int, lex: Lexicon, finite_verb) -> str:
    """The person slot (session 15) that ``toks[i:j]`` stands in, or ""."""
    return (signature(text, toks, i, j) or our(text, toks, i, j, lambda f: finite_verb(f, lex))
            or against_pronoun(text, toks, i, j) or sent_a_message(text, toks, i, j) or shouted(text, toks, i, j)
            or seen_acting(text, toks, i, j) or opinion(text, toks, i, j) or bracketed(text, toks, i, j)
            or owned(text, toks, i, j) or with_a_name(text, toks, i, j, lex))
