"""A name that is a word, in a slot only a person fills (issue 11, session 14, s14-names).

A capitalised word that a word list holds and no name list does ("Smaragd", "Kikkert",
"Archer") scored as an ordinary word in ``detect._score_token`` -- 0.2 inside a sentence --
and the later net (``person_positions``, ``person_slots``) skipped plain Dutch words on
purpose (a service or a game is named by a word as often). So such a name was published in
every position, where a word no list knows was masked in all of them. The same two
mechanisms published a surname whose particle opens it and whose last word is a word or a
place ("Van den Berg", "De Groot": the place is protected before any person rule).

This module reads the slot, never the word. Dutch writes a common noun inside a sentence in
lower case; a capitalised word there is a proper noun, and these slots hold a person:

* a **vocative**: after a short opener of what is said to someone ("Kom op, X, we ...",
  "Allez, X, ...", "Goed gedaan, X!", also without the comma: "Kom op X, ...", "Bravo X!") or closing a question or call to "je/jij/jullie"
  ("Kom je ook, X?"); a plural ("Kom op, Zwaluwen!") is a group, not a person;
* an **apposition after a role noun only people hold**, with a possessive or article before
  it ("Onze coördinator, X, ..."); not after "partner", "sponsor", "spreker" (a service is one);
* **"met X"** with a verb of talking, meeting or doing together in its clause ("gepraat met X",
  "afgesproken met X", "ruzie met X") or after "samen";
* **"naast X"** with a verb of sitting, sleeping or walking in its clause (a building stands
  and lies next to another);
* **"bij X thuis"**, **"bij X op bezoek"**; **"tegen X"** with a verb of telling or lying in its
  clause; **"op X"** with waiting, relying, anger or love ("wachten op X", "verliefd op X");
  **"X en ik"** / **"ik en X"** inside a sentence;
* **"aan X"** right before a verb of telling or giving ("aan X gevraagd", "aan X gegeven");
* **"door X"** right before a participle of making by hand ("door X ontworpen/gebakken/
  getekend"; not "georganiseerd", "betaald": organisations do that).

The word must stand alone: no capitalised word right before or after it (a longer name:
"Jeugdhuis Komeet", "Rode Duivels"), no firm cue after it ("X vzw"), not in a title-case line.
A word a list keeps (a place, a brand, an organisation, a calendar word, a language) is judged
before this module and stays kept.

Particle surnames (:func:`particle_surname`): a capitalised "Van" (with "den/der/de/het/'t"),
or a lower-case "van der" / "van den" before a capitalised word, inside a sentence is a
surname's particle, not the preposition (which Dutch writes in lower
case there): the run is a surname wherever it stands but after an article, and opening a
sentence only before a finite verb that is not inverted ("Van Gent tot Brugge", "Van Brussel
reden we" stay). A weaker particle ("De", "Ter", "Ten", "Op de", "In 't") opens as many
organisations, papers, places and titles ("De Lijn", "De Panne", "Ter Kameren"): only in the
person slots above.

Double-barrelled surnames (:func:`double_barrelled`): two capitalised parts joined by a hyphen,
each a listed surname or no word of a word list, neither a place, a direction or a prefix of
places ("Sint-", "Oost-", "Oud-"): such a token is no Dutch compound to ``detect`` (which
otherwise reads "<word>-<word>" as one). Two plain words joined so ("Tele-Onthaal") stay a
thing's name.

Each check reads a bounded number of neighbouring tokens (linear in the text).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from . import person_lone_surname, person_slots, person_word_evidence
from .keep_context import clause_has
from .lexicon import Lexicon, english_words, fold, home_towns
from .particles import VAN_PARTICLES

if TYPE_CHECKING:
    from .detect import Token

#: First words of a short opener said to someone before a vocative ("Kom op, X,", "Goed gedaan, X!").
_ADDRESS_OPENERS = frozenset(
    """
    kom komaan allez allee toe kijk luister zeg hup vooruit ok oké okee ja nee neen hé he hey hoi hallo dag daag
    merci bedankt dankjewel dankuwel dank sorry proficiat goed bravo super top wauw wow oei amai ach
    tja welkom hela pas let wacht stop sta ga doe
    """.split()
)
#: Second-person pronouns: a question or call with one of them may close on its addressee.
_YOU = frozenset("je jij jullie u ge gij jou".split())
#: Role nouns only people hold, opening an apposition ("Onze coördinator, X,").
_PERSON_ROLES = frozenset(
    """
    coördinator coordinator coördinatrice voorzitter voorzitster ondervoorzitter secretaris penningmeester
    leider leidster hoofdleider hoofdleidster groepsleider groepsleidster begeleider begeleidster
    trainer trainster coach juf juffrouw meester leraar lerares leerkracht directeur directrice
    animator animatrice monitor monitrice moderator moderatrice jeugdwerker jeugdconsulent
    opvoeder opvoedster mentor stagiair stagiaire vrijwilliger vrijwilligster kok kookouder
    gastvrouw gastheer lesgever lesgeefster trekker trekster verantwoordelijke kampleider kampleidster
    buddy peter meter zoon dochter broer zus vriend vriendin buurman buurvrouw collega
    """.split()
)
_POSSESSIVE_OR_ARTICLE = frozenset("onze ons mijn m'n de het zijn z'n haar hun jullie jouw je een".split())
#: Verbs (any form) of talking, meeting or doing together that make "met X" a person.
_WITH_VERBS = frozenset(
    """
    gepraat praten praat praatte praatten gesproken spreken sprak spraken afgesproken afspreken
    gebeld bellen belde belden gechat chatten chatte ruzie gedanst dansen danste dansten
    gewandeld wandelen wandelde wandelden gefietst fietsen fietste
    getrouwd trouwen samengewerkt samenwerken gelachen lachen lachte gezongen zingen zong gekookt koken
    kookte overlegd overleggen overlegde besproken bespreken besprak gediscussieerd discussiëren
    geknuffeld gekust gedate daten gesport sporten gegeten gelogeerd logeren logeerde getraind trainen
    gesms't geappt appen geskypet gefacetimed gezeten gegaan gaan ging gingen
    """.split()
)
#: Sitting, sleeping, walking: "naast X" is a person with one of them in the clause (not standing
#: or lying: a building stands and lies next to another).
_BESIDE_VERBS = frozenset(
    """
    zat zit zitten zaten gezeten sliep slaapt slapen sliepen geslapen liep liepen fietste fietsten
    wandelde wandelden danste dansten
    """.split()
)
#: Telling and giving right after "aan X": "aan X gevraagd", "aan X gegeven".
_TOLD_VERBS = frozenset(
    """
    gevraagd gegeven gezegd verteld uitgelegd beloofd gestuurd doorgegeven overhandigd geleend
    gemaild teruggegeven gebracht getoond voorgesteld
    """.split()
)
#: Telling, lying, shouting: "tegen X" is a person with one of them in the clause.
_AGAINST_VERBS = frozenset(
    """
    gezegd zeggen zei zegt verteld vertellen vertelde vertelt gelogen liegen loog liegt geroepen roepen
    riep roept geschreeuwd schreeuwen schreeuwde gesnauwd snauwde gefluisterd fluisterde gepraat praten
    """.split()
)
#: Waiting for, relying on, being angry at or in love with: "op X" is a person with one of them in
#: the clause (not voting or reacting: a party or a post is as often what one votes or reacts on).
_ON_VERBS = frozenset(
    """
    wachten wacht wachtte wachtten gewacht rekenen reken rekent rekende gerekend verliefd boos kwaad
    jaloers lijken lijkt leek leken geleken vertrouwen vertrouw vertrouwt vertrouwde
    """.split()
)
#: Participles of making by hand, right after "door X".
_MADE_VERBS = frozenset(
    """
    ontworpen getekend geschilderd gebakken gekookt gemaakt bedacht geschreven gezongen gebreid
    genaaid geknutseld gefotografeerd gefilmd gecomponeerd versierd geregisseerd gespeeld verteld
    uitgelegd voorgelezen gezet gebouwd getimmerd
    """.split()
)
_STRONG_PARTICLES = VAN_PARTICLES  # (particles.py: the van forms and "Ver")
_WEAK_PARTICLES = frozenset({"de", "ter", "ten", "op", "in", "le", "la", "du", "di", "da"})
_INNER_PARTICLES = frozenset({"den", "der", "de", "het", "'t", "’t", "te"})
_ARTICLES = frozenset("de het een 't des der den deze die dit dat the a an le la les".split())
_SUBJECTS = frozenset("ik je jij ge gij hij ze zij we wij jullie men u het er".split())
#: First parts of hyphenated place names, and directions: no part of a person's double surname.
_PLACE_PARTS = frozenset(
    """
    sint saint san santa st oost west noord zuid centrum oud nieuw groot klein neder opper boven
    beneden midden hoog laag vlaams waals frans brussel
    """.split()
)


def _gap(text: str, toks: list[Token], a: int, b: int) -> str:
    return text[toks[a].end : toks[b].start]


def _space(gap: str) -> bool:
    """A gap of spaces and at most one line break."""
    return gap != "" and gap.strip() == "" and gap.count("\n") <= 1


def _coordinated_thing(text: str, toks: list[Token], i: int, j: int, lex: Lexicon) -> bool:
    """ "met X en Y", "met Y en X": the other side a capitalised word that no name list holds (an
    organisation beside an organisation: "met <Syntra> en <Howest>")."""
    sides = []
    if j + 1 < len(toks) and toks[j].folded in _LINKS and _space(_gap(text, toks, j - 1, j)):
        sides.append(toks[j + 1])
    if i >= 2 and toks[i - 1].folded in _LINKS and _space(_gap(text, toks, i - 1, i)):
        sides.append(toks[i - 2])
    return any((t.cap or t.allcaps) and t.folded not in lex.first_names and t.folded not in lex.surnames
               for t in sides)


_LINKS = frozenset({"en", "of", "&"})


def _unknown_first(tok: Token, lex: Lexicon) -> bool:
    """A capitalised word no list knows, of a first name's shape: no Dutch word, listed name,
    place or function word, three letters or more, letters only."""
    f = tok.folded
    return (tok.cap and not tok.allcaps and len(f) >= 3 and f.isalpha() and not lex.is_word(f) and f not in lex.common
            and f not in lex.first_names and f not in lex.surnames and f not in lex.places)


def _lone(text: str, toks: list[Token], i: int, j: int) -> bool:
    """No capitalised word right before ``i`` or right after ``j - 1``, no firm cue or digit."""
    # (one space only: a name ending a chat line before a capitalised next line stays lone,
    # privacy first -- a name wrapped over two lines of a PDF is the keep side's price)
    if i > 0 and _gap(text, toks, i - 1, i) == " " and toks[i - 1].cap and not toks[i - 1].sent_start:
        return False
    if j < len(toks) and _gap(text, toks, j - 1, j) == " " and (toks[j].cap or toks[j].allcaps):
        return False
    if person_lone_surname.firm_cue_after(text, toks, j - 1):
        return False
    return not (j < len(toks) and toks[j].text[:1].isdigit() and not _gap(text, toks, j - 1, j).strip())


def _sentence_start(toks: list[Token], i: int, limit: int = 8) -> int:
    """The index of the token that opens ``i``'s sentence, or -1 beyond ``limit`` tokens."""
    k = i
    while k > 0 and not toks[k].sent_start:
        k -= 1
        if i - k > limit:
            return -1
    return k


def _plural(f: str, lex: Lexicon) -> bool:
    return (f.endswith("en") and lex.is_word(f) and len(f) > 4) or (f.endswith("s") and lex.is_word(f[:-1]))


#: Words that may stand between an opener and a vocative written without a comma ("Kom op X").
_OPENER_TAILS = frozenset({"op", "aan", "zo", "maar", "nu", "eens", "toch", "wel"})


def _bare_opener(toks: list[Token], i: int) -> str:
    """ "Kom op X", "Bravo X", "Allez X": the opener, when the sentence holds nothing else before
    ``i`` (one space each), or ""."""
    start = _sentence_start(toks, i - 1, limit=2) if i > 0 else -1
    if start < 0 or toks[start].folded not in _ADDRESS_OPENERS:
        return ""
    if any(toks[k].folded not in _OPENER_TAILS for k in range(start + 1, i)):
        return ""
    return toks[start].text


def vocative(text: str, toks: list[Token], i: int, j: int, lex: Lexicon, single: bool) -> str:
    """ "Kom op, X, we ...", "Goed gedaan, X!", "Kom je ook, X?", "Kom op X, ...": the one spoken to."""
    if i == 0:
        return ""
    if _gap(text, toks, i - 1, i) == " " and (opener := _bare_opener(toks, i)):
        after = text[toks[j - 1].end : toks[j - 1].end + 1]
        if after in (",", "!", "?") and not (single and _plural(toks[j - 1].folded, lex)):
            return f"spoken to after '{opener}'"
        return ""
    if _gap(text, toks, i - 1, i) != ", ":
        return ""
    after = text[toks[j - 1].end : toks[j - 1].end + 2]
    nxt = toks[j] if j < len(toks) else None
    mid = after.startswith(",") and nxt is not None and not nxt.cap and not nxt.allcaps and not nxt.sent_start
    end = after[:1] in ("!", "?")
    if not (mid or end):
        return ""
    if single and _plural(toks[j - 1].folded, lex):
        return ""  # "Kom op, Zwaluwen!": a group
    start = _sentence_start(toks, i - 1)
    if start < 0:
        return ""
    if toks[start].folded in _ADDRESS_OPENERS and i - start <= 3:
        return f"spoken to after '{toks[start].text} ...,'"
    if end and after[:1] == "?" and any(toks[k].folded in _YOU for k in range(start, i)):
        return "spoken to, closing a question to 'je'"
    return ""


def role_apposition(text: str, toks: list[Token], i: int, j: int) -> str:
    """ "Onze coördinator, X, had ...": in apposition after a role noun only people hold."""
    if i < 2 or _gap(text, toks, i - 1, i).strip() != "," or j >= len(toks):
        return ""
    if not _gap(text, toks, j - 1, j).startswith(","):
        return ""
    noun, det = toks[i - 1], toks[i - 2]
    if noun.folded not in _PERSON_ROLES or noun.cap and not noun.sent_start:
        return ""
    if det.folded not in _POSSESSIVE_OR_ARTICLE or _gap(text, toks, i - 2, i - 1) != " ":
        return ""
    return f"apposition after '{det.text} {noun.text},'"


def _clause_after_has(text: str, toks: list[Token], j: int, wanted: frozenset[str], words: int) -> bool:
    """Whether one of ``wanted`` stands among the ``words`` words from ``j`` in the same clause."""
    k = j
    while k < len(toks) and k < j + words:
        if k > j and (toks[k].sent_start or any(c in _gap(text, toks, k - 1, k) for c in ",;:.!?()\"“”")):
            return False
        if toks[k].folded in wanted:
            return True
        k += 1
    return False


#: A preposition that takes a person when a verb of its own stands in the clause: the verbs,
#: how many words before the preposition and after the name they are looked for, the position.
_VERB_SLOTS: dict[str, tuple[frozenset[str], int, int, str]] = {
    "met": (_WITH_VERBS, 6, 6, "after 'met' with a verb of talking or doing together"),
    "naast": (_BESIDE_VERBS, 6, 6, "after 'naast' with a verb of sitting or walking"),
    "tegen": (_AGAINST_VERBS, 6, 4, "after 'tegen' with a verb of telling"),
    "op": (_ON_VERBS, 4, 3, "after 'op' with waiting, relying, anger or love"),
}


def preposition_slot(text: str, toks: list[Token], i: int, j: int) -> str:
    """ "gepraat met X", "samen met X", "zat naast X", "bij X thuis", "tegen X gezegd", "wachten op X",
    "aan X gevraagd", "door X ontworpen"."""
    if i == 0 or _gap(text, toks, i - 1, i) != " ":
        return ""
    prep = toks[i - 1]
    if prep.cap and not prep.sent_start:
        return ""
    f = prep.folded
    clean_after = j < len(toks) and _gap(text, toks, j - 1, j) == " "
    if f == "met":
        if i >= 2 and toks[i - 2].folded == "samen" and _gap(text, toks, i - 2, i - 1) == " ":
            return "after 'samen met'"
        if i >= 2 and toks[i - 2].cap:
            return ""  # "Koken met <Kruiden>": a workshop's or a book's title
    if f in _VERB_SLOTS:
        verbs, before, after, position = _VERB_SLOTS[f]
        if clause_has(text, toks, i - 1, verbs, words=before) or _clause_after_has(text, toks, j, verbs, after):
            return position
        return ""
    if f == "bij" and clean_after:
        nxt = toks[j]
        if nxt.folded == "thuis" or (nxt.folded == "op" and j + 1 < len(toks) and toks[j + 1].folded == "bezoek"):
            return "after 'bij', at home or visited"
        return ""
    if f == "aan" and clean_after:
        if _clause_after_has(text, toks, j, _TOLD_VERBS, 3):
            return "after 'aan' before a verb of telling or giving"
        return ""
    if f == "door" and clean_after and _clause_after_has(text, toks, j, _MADE_VERBS, 2):
        return "after 'door' before a participle of making"
    return ""


def _title_case(text: str, toks: list[Token], i: int, j: int) -> bool:
    """A heading in title case around ``toks[i:j]``: of the words of three letters or more on
    its line (at most 12 either side), not counting the run itself and words opening a
    sentence, at least three, two thirds of them capitalised."""
    words = 0
    capitals = 0
    first, last = max(0, i - 12), min(len(toks), j + 12)
    # a word is on the run's line when no line break stands between them: the last break
    # before the run and the first after it, searched once (session 17: a slice per word)
    start, end = toks[i].start, toks[j - 1].end
    before = text.rfind("\n", toks[first].end, start) if first < i else -1
    after = text.find("\n", end, toks[last - 1].start) if last > j else -1
    # (the answer is "no" as soon as the words that are no capitals outnumber a third of all
    # the words there can still be: the rest is not read)
    left = (i - first) + (last - j)
    for k in (*range(first, i), *range(j, last)):
        left -= 1
        t = toks[k]
        if (before >= t.end) if k < i else (0 <= after < t.start):
            continue
        if len(t.folded) < 3 or t.sent_start or not t.folded.isalpha():
            continue
        words += 1
        capitals += t.cap
        if (words - capitals) * 3 > words + left:
            return False
    return words >= 3 and capitals * 3 >= words * 2


def slot(text: str, toks: list[Token], i: int, j: int, lex: Lexicon, single: bool = True) -> str:
    """The person slot that the words ``toks[i:j]`` stand in, or "" (the caller checked the
    words: a capitalised word, or a particle run, that no list keeps)."""
    if not _lone(text, toks, i, j) or _title_case(text, toks, i, j) or _coordinated_thing(text, toks, i, j, lex):
        return ""
    return (vocative(text, toks, i, j, lex, single) or role_apposition(text, toks, i, j)
            or preposition_slot(text, toks, i, j) or with_me(text, toks, i, j)
            or person_word_evidence.slot(text, toks, i, j, lex, _finite_verb))


def _finite_verb(f: str, lex: Lexicon) -> bool:
    from .detect import _finite_verb as finite_verb

    return finite_verb(f, lex)


#: Prepositions whose object "X" is, when "en ik <verb>" after it opens a clause of its own.
_OBJECT_PREPOSITIONS = frozenset("voor bij van met aan naar op in uit door over".split())


def _new_clause(toks: list[Token], i: int, j: int) -> bool:
    """ "Ik werk voor X en ik doe het graag": X is a preposition's object and "en ik" opens a
    new clause with a verb for "ik" alone (no plural "-en" form, as a coordinated subject
    "X en ik gingen" takes). Session 14's lead: "werk voor <organisation> en ik doe" was masked."""
    if i < 1 or toks[i - 1].folded not in _OBJECT_PREPOSITIONS or j + 2 >= len(toks):
        return False
    verb = toks[j + 2].folded
    return verb.isalpha() and not verb.endswith("en") and verb not in ("zijn", "waren")


def with_me(text: str, toks: list[Token], i: int, j: int) -> str:
    """ "Toen gingen X en ik ...", "kwamen ik en X ...": coordinated with the speaker."""
    if j + 1 < len(toks) and toks[j].folded == "en" and toks[j + 1].folded == "ik" and (
            _gap(text, toks, j - 1, j) == " " and _gap(text, toks, j, j + 1) == " ") and not _new_clause(toks, i, j):
        return "coordinated with 'ik'"
    if i >= 2 and toks[i - 1].folded == "en" and toks[i - 2].folded == "ik" and (
            _gap(text, toks, i - 1, i) == " " and _gap(text, toks, i - 2, i - 1) == " "):
        return "coordinated with 'ik'"
    return ""


#: The slots only a person fills whatever the word (a compound that names a service or a group
#: elsewhere too: "Korenbloem"): not "met", "aan", "door", "tegen", "op" (a service is talked
#: to, asked, relied on and waited for as often).
_STRONG = ("spoken to", "apposition", "after 'bij', at home", "after 'naast'", "coordinated with 'ik'")


def compound_slot(text: str, toks: list[Token], i: int, lex: Lexicon) -> str:
    """Why the capitalised compound at ``i`` (kept as a compound by the lists) is a person: one
    of the slots only a person fills, or ""."""
    why = word_slot(text, toks, i, lex)
    return why if why.startswith(_STRONG_REASONS) else ""


_STRONG_REASONS = tuple(f"word in a person's slot: {k}" for k in _STRONG)
#: A Dutch compound no list keeps ("Mediawijs", "Jeugdhulp"): these slots and "tegen X" with
#: telling; not "met", "aan", "door", "op" (a service is met, asked, relied on as often).
_COMPOUND_REASONS = (*_STRONG_REASONS, "word in a person's slot: after 'tegen'")


def word_slot(text: str, toks: list[Token], i: int, lex: Lexicon) -> str:
    """Why the capitalised word at ``i`` (a word of some list, on no name list) is a person,
    or "": inside a sentence, alone, in a person slot."""
    tok = toks[i]
    if not tok.cap or tok.allcaps or len(tok.folded) < 3:
        return ""
    if tok.sent_start or i == 0:
        # opening a sentence, only beside a listed first name ("<X> en Wouter gaven ...", session 15)
        if not _lone(text, toks, i, i + 1) or _title_case(text, toks, i, i + 1) or _plural(tok.folded, lex):
            return ""
        why = person_word_evidence.with_a_name(text, toks, i, i + 1, lex)
        return f"word in a person's slot: {why}" if why else ""
    if toks[i - 1].folded in _ARTICLES or _plural(tok.folded, lex):
        return ""  # (a plural is a group or a title's thing: "met <Senioren>", "Hup <Zwaluwen>")
    why = slot(text, toks, i, i + 1, lex)
    if not why:
        return ""
    why = f"word in a person's slot: {why}"
    if not why.startswith(_COMPOUND_REASONS) and person_slots._long_compound(tok.folded, lex):
        return ""  # "afgesproken met <Mediawijs>", "aan <Jeugdhulp>": a compound names a service as often
    return why


def _particle_start(text: str, toks: list[Token], i: int) -> int:
    """The index of the capitalised particle that opens a surname ending at ``i``, or -1:
    "Van <X>", "Van den <X>", "Vanden <X>", "De <X>", "Ter <X>", "Op de <X>", "In 't <X>"."""
    k = i - 1
    if k < 0 or _gap(text, toks, k, i) != " ":
        return -1
    if (k >= 1 and toks[k].folded in ("der", "den") and toks[k - 1].text == "van" and not toks[k].cap
            and _gap(text, toks, k - 1, k) == " "):
        return k - 1  # "met van der <X>": written as after a first name (not "van de <X>": "of the")
    if toks[k].folded in _INNER_PARTICLES and not toks[k].cap:
        k -= 1
        if k < 0 or _gap(text, toks, k, k + 1) != " ":
            return -1
    first = toks[k]
    if not first.cap or first.allcaps:
        return -1
    if first.folded in _STRONG_PARTICLES or first.folded in _WEAK_PARTICLES:
        if first.folded in ("op", "in") and k == i - 1:
            return -1  # ("Op Kamp", "In Gent": a heading or a title; "Op de X", "In 't X" only)
        return k
    return -1


def particle_surname(text: str, toks: list[Token], i: int, lex: Lexicon,
                     finite_verb: Callable[[str, Lexicon], bool]) -> str:
    """Why the capitalised word at ``i`` closes a surname opened by a capitalised particle, or ""."""
    tok = toks[i]
    if not tok.cap or tok.allcaps or tok.sent_start or len(tok.folded) < 2:
        return ""
    if "-" in tok.text and not tok.text.rsplit("-", 1)[1][:1].isupper():
        return ""  # "Van Gogh-museum": a thing named after someone
    p = _particle_start(text, toks, i)
    if p < 0:
        return ""
    before = toks[p - 1] if p > 0 else None
    strong = toks[p].folded in _STRONG_PARTICLES  # (also a lower-case "van der/den")
    if (before is not None and (before.cap or before.allcaps) and _gap(text, toks, p - 1, p) == " "
            and (not before.sent_start or before.folded in lex.first_names or not lex.is_word(before.folded))):
        if not (strong and toks[p].cap and p == i - 1 and _unknown_first(before, lex)):
            return ""  # "Griet Van Damme", "meneer Van X": a full name or a title, judged elsewhere
        # ("<Naam> Van <Steen><bakker> vertelde": a word no list knows before a capitalised "Van" and a
        # word a shape keeps -- nothing else judges it; the first name joins the surname, session 17)
        return "surname with a capitalised 'Van' after a first name no list knows"
    if toks[p].sent_start or p == 0:
        j = i + 1
        if j >= len(toks) or _gap(text, toks, i, j) != " " or toks[j].cap:
            return ""
        if not strong:
            return ""  # ("De Standaard schreef ...": a paper opens a sentence so as often)
        if not finite_verb(toks[j].folded, lex):
            return ""
        k = j + 1
        if k < len(toks) and _gap(text, toks, j, k) == " " and toks[k].folded in _SUBJECTS:
            return ""  # inverted: "Van Brussel reden we", "Van Gent is het"
        if not _lone(text, toks, p, i + 1):
            return ""
        return "surname with its particle opening a sentence before a verb"
    if p > 0 and toks[p - 1].folded in _ARTICLES:
        return ""  # "het Van Gogh-museum", "de Ter Kameren-abdij"
    if strong:
        if not _lone(text, toks, p, i + 1) or _title_case(text, toks, p, i + 1):
            return ""
        if p > 0 and toks[p - 1].folded in ("bij", "voor") and clause_has(
                text, toks, p - 1, person_lone_surname.EMPLOYMENT | person_lone_surname.SHOPPING, words=5):
            return ""  # "werkt bij Van <Hool>": a family firm as often (the employer slot's own rules judge it)
        return "surname with a capitalised 'Van' inside a sentence"
    why = slot(text, toks, p, i + 1, lex, single=False)
    return f"surname with its particle in a person's slot: {why}" if why else ""


def double_barrelled(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` is shaped like a double-barrelled surname: two capitalised parts of three
    letters or more joined by one hyphen, each a listed surname or no Dutch or English word
    ("Verstraete-Lambrecht", "Haverbeke-Ryckaert"; not "Tele-Onthaal", "Mind-Spring": a word
    is a thing's part), neither a direction, a place or a place's prefix ("Sint-", "Oost-")."""
    if word.count("-") != 1:
        return False
    a, b = word.split("-")
    if len(a) < 3 or len(b) < 3 or not (a[0].isupper() and b[0].isupper()) or a.isupper() or b.isupper():
        return False
    towns = home_towns()
    english = english_words()
    for part in (fold(a), fold(b)):
        if part in _PLACE_PARTS or part in towns:
            return False
        if part not in lex.surnames and (lex.is_word(part) or part in english):
            return False
    return True


#: An elided particle before a capitalised body, one token: "d'Udekem", "d’Alcantara".
_ELIDED = ("d'", "d’")


def elided_surname(text: str, toks: list[Token], i: int, lex: Lexicon) -> str:
    """Why the token at ``i`` ("d'Udekem") is a surname opened by an elided particle, or "": the
    body capitalised, three letters or more, no place a list holds; not the tail of a longer
    capitalised name ("Côte d'Azur", "Val d'Isère", "Château d'Ardenne": a place or a building).
    Session 15: the token's lower-case "d" hid the capital from every rule for names."""
    t = toks[i].text
    if not t.startswith(_ELIDED) or len(t) < 5 or not t[2].isupper() or not t[2:].replace("-", "").isalpha():
        return ""
    body = fold(t[2:])
    if body in lex.places or body in lex.brands or any(part in lex.places for part in body.split("-")):
        return ""  # ("d'Anderlecht-Cureghem")
    if i + 1 < len(toks) and (toks[i + 1].cap or toks[i + 1].allcaps) and _gap(text, toks, i, i + 1) == " ":
        return ""  # a longer name: "d'Autocars Ardenne Express"
    prev = toks[i - 1] if i > 0 else None
    if (prev is not None and (prev.cap or prev.allcaps) and _gap(text, toks, i - 1, i) == " "
            and not lex.first_name_no_word(prev.folded)):
        return ""  # the tail of a place's or a building's name ("Château d'Ardenne"; "Karel d'Udekem" stays a name)
    return "surname with an elided particle ('d'X')"

