"""A LONE surname -- no first name, no title -- that is also an ordinary word (issue 11, session 13).

Flemish speakers name teachers, coaches, colleagues and neighbours by their surname alone
("ik sprak met Kuiper", "toen belde Boulanger", "ik werk bij Lambrecht"). Two mechanisms
published them (the lead's attack at the session's start, tests/test_anonymise_s13_open.py):

* a listed surname that OpenTaal also holds ("brouwer", "kuiper", "smith", "weber": ~270 of
  the surname list) scored 0.35 mid-sentence in ``detect._score_token`` -- below the mask
  line unless a speech verb or a role stood next to it -- while a first name that is a word
  ("Visser", "Dekker") scored 0.6: the same shape, another list;
* any listed surname after a verb of employment ("ik werk bij <Naam>", "vakantiejob bij
  <Naam>") was taken for a firm (``detect._organisation_after``).

The evidence this module reads, for a class and never a list of instances:

* **the capital where the word list says lower case**, inside a sentence (a capital opening a
  sentence is no evidence: "Kuipers maakten vroeger tonnen");
* **no article, determiner or possessive before it** and no thing position ("in", "uit",
  "naar" -- left to the "naar" rule --, "op" except after waiting and its kin);
* **nothing that makes it part of a longer name**: no capitalised word right before ("Brouwerij
  X", "Meester X") or right after it ("X Transport"), no legal form, "&" or "en Zonen" after it,
  no digit after it ("Zaal 3"), not inside a line written in title case;
* **opening a sentence**, only directly before a verb of which a person is the subject
  ("Kuipers vond ...", "Hamel vertelde ...": saying, thinking, calling, laughing; not
  "is", "heeft", "kwam", which things take as often), not inverted ("Honing vond ik lekker");
* **in lower case**, only in a chat line, after "met"/"aan"/"tegen" in a clause with a verb of
  calling, asking or talking ("met verhagen gebeld", "vraag het aan leemans").

A word a list keeps (a place, a brand, a language, a calendar word, an organisation by its shape)
is judged before this rule and stays kept; a person cue (a title, a speech verb) wins over the
lists elsewhere in ``detect``. The employer slot: a lone listed surname after a verb of
employment is a person unless a firm cue stands with it (:func:`firm_cue_after`; policy in
docs/anonymisation.md). Shopping ("kopen bij X") stays a shop.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .keep_context import clause_has
from .lexicon import Lexicon

if TYPE_CHECKING:
    from .detect import Token

#: Words before a capitalised word that make it a thing, a venue or a place, not a person.
_DETERMINERS = frozenset(
    """
    de het een 't des der den deze die dit dat onze ons mijn m'n jouw je zijn z'n haar hun uw elke
    iedere ieder geen welke welk wat veel weinig alle enkele sommige zo'n zulke vol echte
    the a an le la les l' un une du des au aux der die das dem den ein eine
    in uit naar vanuit te richting tot
    """.split()
)
#: Words after "op" that make "op X" a person: waiting, counting on, being in love with ...
_OP_PERSON = frozenset(
    """
    wachten wacht wachtte wachtten gewacht rekenen reken rekent rekende letten let lette verliefd boos
    kwaad jaloers trots lijken lijkt leek stemmen reageren reageerde vertrouwen vertrouw
    """.split()
)
#: A legal form or a firm's tail after a surname: "Lambrecht NV", "Koster & Co", "Kramer en Zonen".
_LEGAL_FORMS = frozenset("nv bv bvba vzw cvba cv vof commv sa srl sprl ltd gmbh inc bvba's co zonen zoon zn".split())
#: Verbs of employment before "bij X" / "voor X": an employer named by a surname alone is a
#: person (policy, session 13) unless a firm cue stands with it.
EMPLOYMENT = frozenset(
    """
    werk werkt werken werkte werkten gewerkt stage stagiair stagiaire job jobstudent vakantiejob
    studentenjob vrijwilliger vrijwilligster vrijwilligers contract opleiding cursus solliciteren
    solliciteerde gesolliciteerd slaag actief aan
    """.split()
)
#: Buying and being a customer before "bij X": a shop, not an employer.
SHOPPING = frozenset(
    """
    klant boodschappen kopen koop koopt kocht kochten gekocht winkelen winkel shoppen bestellen besteld
    bestelde bestelden huren huurde huurden gehuurd
    """.split()
)
#: A shop's jobs: "ik werk als vakkenvuller bij X", "kassa bij X" -- a shop or a chain, named by its
#: family as "Bakkerij X" is (session 21; never a person one works for at a till).
SHOP_JOBS = frozenset(
    """
    vakkenvuller vakkenvulster vakkenvullers rekkenvuller kassa kassier kassière caissière kassamedewerker
    kassamedewerkster winkelbediende winkelbedienden magazijnier orderpicker
    """.split()
)
#: Finite verbs (singular) whose subject is a person, directly after a sentence-opening surname:
#: "Kuipers vond het een slecht plan", "Hamel vertelde ...".
_PERSON_SUBJECT_VERBS = frozenset(
    """
    zei zegt vond vindt vertelde vertelt vroeg vraagt belde belt lachte lacht antwoordde antwoordt
    riep roept dacht denkt wist knikte knikt mailde mailt appte appt schreef beloofde belooft sprak
    spreekt glimlachte zuchtte huilde huilt bedankte bedankt
    """.split()
)
#: Subject pronouns: after the verb they make the sentence inverted ("Honing vond ik lekker").
_SUBJECT_PRONOUNS = frozenset("ik je jij ge gij hij ze zij we wij jullie men u".split())
#: Verbs of calling, asking and talking that make "met/aan <lower-case surname>" a person.
_TALK_VERBS = frozenset(
    """
    bel bellen belt belde gebeld praat praten praatte gepraat sprak spreken gesproken afgesproken
    afspreken vraag vragen vraagt vroeg gevraagd zeg zeggen gezegd stuur sturen gestuurd geef geven
    gegeven mail mailen gemaild app appen geappt vertel vertellen verteld
    """.split()
)
_LOWER_PREPOSITIONS = frozenset({"met", "aan", "tegen"})


def _gap(text: str, toks: list[Token], a: int, b: int) -> str:
    return text[toks[a].end : toks[b].start]


def firm_cue_after(text: str, toks: list[Token], i: int) -> bool:
    """Whether a firm cue follows the surname at ``i``: a legal form ("NV", "bvba"), "&", "en
    Zonen", or a capitalised word that continues the name ("Vanhove Transport")."""
    j = i + 1
    if j >= len(toks):
        return False
    gap = _gap(text, toks, i, j)
    if "&" in gap or "+" in gap:
        return True
    if gap.strip():
        return False
    nxt = toks[j]
    if nxt.folded.strip(".") in _LEGAL_FORMS:
        return True
    if (nxt.cap or nxt.allcaps) and not nxt.sent_start:
        return True
    return nxt.folded == "en" and j + 1 < len(toks) and toks[j + 1].folded in ("zonen", "zoon", "dochters", "co")


def _title_case_line(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """A heading written in title case ("Workshop Samenwerken Met Kuiper"): most words of a
    short line (at most 200 characters each side: bounded for hostile text) capitalised; a
    listed name is not counted (a line of names is no heading)."""
    pos, stop = toks[i].start, toks[i].end
    lo = max(0, pos - _LINE)
    start = text.rfind("\n", lo, pos)
    if start < 0 and lo > 0:
        return False
    end = text.find("\n", stop, stop + _LINE)
    if end < 0 and stop + _LINE < len(text):
        return False
    end = len(text) if end < 0 else end
    words = []
    k = i - 1
    while k >= 0 and toks[k].start > start:
        words.append(toks[k])
        k -= 1
    k = i + 1
    while k < len(toks) and toks[k].start < end:
        words.append(toks[k])
        k += 1
    words = [
        t
        for t in words
        if len(t.folded) > 2 and t.folded.isalpha() and t.folded not in lex.surnames and t.folded not in lex.first_names
    ]
    return len(words) >= 3 and sum(1 for t in words if t.cap) * 3 >= len(words) * 2


_LINE = 200


def _lone(text: str, toks: list[Token], i: int) -> bool:
    """No capitalised word right before or after the surname, no firm cue after it, no digit."""
    if i > 0 and _gap(text, toks, i - 1, i).strip() == "" and toks[i - 1].cap and not toks[i - 1].sent_start:
        return False  # "Brouwerij X", "Meester X" (a title is judged elsewhere)
    if firm_cue_after(text, toks, i):
        return False
    j = i + 1
    return not (j < len(toks) and toks[j].text[:1].isdigit() and not _gap(text, toks, i, j).strip())


def employed_by_person(text: str, toks: list[Token], i: int) -> bool:
    """A listed surname alone after "bij"/"voor" in a clause of employment ("ik werk bij X",
    "vakantiejob bij X", "vrijwilliger bij X"), with no firm cue: a person (policy, session 13);
    a shop's job in the clause is a firm cue ("als vakkenvuller bij X", "kassa bij X"; session 21).
    Shopping and being a customer ("kopen bij X", "klant bij X") are no employment."""
    if i == 0:
        return False
    prev = toks[i - 1]
    if prev.folded not in ("bij", "voor") or prev.cap or _gap(text, toks, i - 1, i) != " ":
        return False
    if not clause_has(text, toks, i - 1, EMPLOYMENT, words=5) or clause_has(text, toks, i - 1, SHOP_JOBS, words=5):
        return False  # (a shop's job: "ik werk als vakkenvuller bij X" is a shop's name)
    return _lone(text, toks, i)


def lone_surname(text: str, toks: list[Token], i: int, lex: Lexicon) -> str:
    """Why the capitalised listed surname at ``i`` that is also a word is a person standing
    alone, or "" (the caller checked: capitalised, a listed surname, an ordinary word, kept by
    no list)."""
    tok = toks[i]
    if tok.allcaps or not tok.cap:
        return ""
    if tok.sent_start:
        return _opening_subject(text, toks, i)
    if i == 0:
        return ""
    prev = toks[i - 1]
    if prev.folded in _DETERMINERS or prev.folded == "naar":
        return ""
    if prev.text[:1].isdigit():
        return ""  # "3 Kuipers"
    if prev.folded == "op" and not clause_has(text, toks, i - 1, _OP_PERSON, words=5):
        return ""  # "op X": a platform, a site, an event
    if prev.folded == "bij" and clause_has(text, toks, i - 1, SHOPPING, words=5):
        return ""  # "ik kocht brood bij X": a shop named by its family stays, as "Bakkerij X" does
    if not _lone(text, toks, i) or _title_case_line(text, toks, i, lex):
        return ""
    return "lone surname that is also a word, capitalised inside a sentence"


def _opening_subject(text: str, toks: list[Token], i: int) -> str:
    j = i + 1
    if j >= len(toks) or _gap(text, toks, i, j) != " ":
        return ""
    verb = toks[j].folded
    if verb not in _PERSON_SUBJECT_VERBS or toks[j].cap:
        return ""
    k = j + 1
    if k < len(toks) and _gap(text, toks, j, k) == " " and toks[k].folded in _SUBJECT_PRONOUNS:
        return ""  # inverted: "Honing vond ik lekker"
    if firm_cue_after(text, toks, i):
        return ""
    return "lone surname that is also a word, opening a sentence before a person's verb"


def lower_lone_surname(text: str, toks: list[Token], i: int) -> str:
    """A lower-case listed surname that is also a word, in a chat line, after "met"/"aan"/"tegen"
    in a clause with a verb of calling, asking or talking ("ik heb net met verhagen gebeld",
    "vraag het morgen aan leemans"); the caller checked the chat line."""
    if i == 0:
        return ""
    prev = toks[i - 1]
    if prev.folded not in _LOWER_PREPOSITIONS or _gap(text, toks, i - 1, i) != " ":
        return ""
    for k in range(max(0, i - 6), min(len(toks), i + 4)):
        if k != i and toks[k].folded in _TALK_VERBS:
            lo, hi = (k, i) if k < i else (i, k)
            if not any(toks[m].sent_start for m in range(lo + 1, hi + 1)):
                return "lower-case surname that is also a word, talked to in a chat line"
    return ""


#: Particles that open a Flemish or Dutch surname ("De Smedt", "Van Hecke"), capitalised.
_PARTICLES = frozenset(
    {"de", "van", "vanden", "vander", "vande", "der", "den", "ter", "ten", "le", "la", "du", "di", "da"}
)


def particle_surname(text: str, toks: list[Token], i: int, lex: Lexicon) -> str:
    """A listed surname with its capitalised particle whose second word is no Dutch word
    ("De Smedt heeft de sleutels"): opening a sentence before a lower-case word, or inside a
    sentence where no article or place word stands before the particle (the caller checked:
    capitalised, not a word, kept by no list)."""
    if i == 0:
        return ""
    prev = toks[i - 1]
    if not prev.cap or prev.allcaps or prev.folded not in _PARTICLES or _gap(text, toks, i - 1, i) != " ":
        return ""
    if f"{prev.folded} {toks[i].folded}" not in lex.surnames or firm_cue_after(text, toks, i):
        return ""
    j = i + 1
    if prev.sent_start:
        if j >= len(toks) or _gap(text, toks, i, j) != " " or toks[j].cap or not toks[j].folded.isalpha():
            return ""
        return "surname with its particle opening a sentence"
    if i >= 2 and toks[i - 2].folded in _DETERMINERS | {"naar", "op"}:
        return ""
    return "surname with its particle inside a sentence"
