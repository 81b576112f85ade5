"""Surname particles, in one place (session 17's fold; issue 11).

Sessions 6-16 each gave a rule its own set of the particles that may stand INSIDE a person's name
("Marloes ter <X>", "Bilel Ben <X>", "<NAAM> MAC<X>", "silke van acker"); by session 16 about
twenty near twins differed by a word ("abu" in one, "zu"/"d'" in another) for no reason a rule
needed. The sets that read a NAME'S OWN RUN -- which particles a run of a person's name may hold --
are this module's :data:`NAME_PARTICLES`; a rule that needs a narrower or wider set names it here
with its reason.

Session 19 folded the remaining twins of ``detect``, ``keep_typed`` and ``person_visits`` into this
module (below :data:`LOWER_CHAT_PARTICLES`): each keeps exactly the words it had (a fold changes no
output; ``tests/test_anonymise_s19_folds.py`` pins every set), written as the shared forms plus
what each adds, so a difference is visible and has its reason. They differ because they read
different positions: what a grown span passes over (:data:`SPAN_PARTICLES`), what opens a
surname capitalised mid-sentence (:data:`OPENING_PARTICLES`), the "Van" of a place reading
(:data:`VAN_PARTICLES`), a fused surname's prefixes (:data:`FUSED_PREFIXES`), after a credit's
verb (:data:`CREDIT_PARTICLES`), lower case between a first name and its surname
(:data:`LOWER_BETWEEN_PARTICLES`), in a typed organisation's run (:data:`TYPED_RUN_PARTICLES`,
:data:`TYPED_SURNAME_PARTICLES`), after a visit's preposition or a title
(:data:`VISIT_PARTICLES`). (Verb particles and a firm's "Van", ``keep_firms``, stay with their rule.)
"""

from __future__ import annotations

#: Dutch particles: "van", "van de(n)/der" and their fused and shortened forms, "de", "ter", "te", "'t".
DUTCH_PARTICLES = frozenset({"van", "vande", "vanden", "vander", "vd", "de", "den", "der", "ter", "ten", "te", "'t"})
#: Particles of surnames from other languages: a place-list word after one is still the
#: surname ("Carvalho dos Anjos", "El Amrani", "Ben Youssef").
FOREIGN_PARTICLES = frozenset({"dos", "das", "da", "di", "del", "della", "du", "des", "el", "al", "ben", "bin", "ibn",
                               "abu", "abou", "von", "zu", "bou", "ait"})
#: French articles and Gaelic prefixes written as a word of their own ("Le <X>", "Mac <X>", "Ó <X>", "d'<X>").
OTHER_PARTICLES = frozenset({"le", "la", "mac", "mc", "o'", "ó", "d'"})
#: The particles a person's name may hold between its words, in any case: a run of a name on a
#: layout line, a label, a run in capitals, a chat sender.
NAME_PARTICLES = DUTCH_PARTICLES | FOREIGN_PARTICLES | OTHER_PARTICLES
#: In lower-case chat text a surname may open with a preposition too ("in 't veld", "op de beeck"):
#: read only after a first name that opens a clause (``chat``), never in a capitalised run, where
#: "In"/"Op" open a place or a heading as often.
LOWER_CHAT_PARTICLES = NAME_PARTICLES | {"in", "op"}

# -- session 19's fold: the sets of detect, keep_typed and person_visits, each exactly as it was --

#: "Van" and its fused forms.
VAN_FORMS = frozenset({"van", "vande", "vanden", "vander"})
#: Dutch articles of a surname ("De", "Den", "Der") and "Ter"/"Ten".
_DE_FORMS = frozenset({"de", "den", "der"})
_TER_FORMS = frozenset({"ter", "ten"})
_FRENCH_ARTICLES = frozenset({"le", "la"})

#: The words a grown name span passes over and which are no name part of their own
#: (``detect.PARTICLES``, read by the span growth, the harvest, the guard and a dozen keep rules):
#: the name particles without the written-apart forms ("vd", "o'", "ó", "d'"), with the
#: prepositions that open Flemish surnames ("Op 't Eynde", "In 't Veld", "Uit den Bogaert"), the
#: "Ver" of "Ver Eecke", and the "O" of "O Brien" as the tokenizer splits "O'Brien".
SPAN_PARTICLES = (NAME_PARTICLES - {"vd", "o'", "ó", "d'"}) | {"op", "in", "uit", "ver", "o"}
#: Particles that open a surname on their own when capitalised mid-sentence ("met Van Acker",
#: "Op 't Eynde", "De Backer", "El Khatib"): the Dutch forms, "Op", and the foreign openers that
#: stand capitalised before a surname.
OPENING_PARTICLES = (VAN_FORMS | _DE_FORMS | _TER_FORMS | {"te", "op"} | _FRENCH_ARTICLES
                     | {"el", "al", "ben", "bou", "ait", "du", "von"})
#: The "Van" of a surname where a place could be read ("Van <plaats>"), and the strong particles
#: of a word's slot (``person_word_slots``): the van forms and "Ver".
VAN_PARTICLES = VAN_FORMS | {"ver"}
#: Prefixes that Flemish surnames fuse with ("Vanwalleghem", "Verhaeghe", "Debaere"): a word
#: that starts with one is no compound of ordinary words, however it splits (a tuple, for
#: ``str.startswith``).
FUSED_PREFIXES = ("van", "ver", "de", "ter", "ten", "op", "in", "uit", "el", "al")
#: Particles that open a surname right after a credit's verb ("aldus De <X>", "zei Van der <X>").
CREDIT_PARTICLES = VAN_FORMS | _DE_FORMS | _TER_FORMS | _FRENCH_ARTICLES | {"'t"}
#: Lower-case particles between a first name and its surname ("Marloes ter <X>", "Joudia van der X").
LOWER_BETWEEN_PARTICLES = (VAN_FORMS | _DE_FORMS | _TER_FORMS | {"te"} | _FRENCH_ARTICLES
                           | {"du", "da", "di", "del", "della", "dos", "das", "von"})
#: In a typed organisation's run (``keep_typed``), the articles and particles that open a
#: surname too ("De X", "Ter X", "Le X", the German "Am X"/"Im X"): only ordinary words or places
#: may follow them in the run ("Park Ter <word>").
TYPED_RUN_PARTICLES = frozenset({"de", "den"}) | _TER_FORMS | _FRENCH_ARTICLES | {"el", "am", "im"}
#: In a typed organisation's run, the particles of a surname only ("Van X", "Vande X", "Mac X"):
#: they end the run. With the tokenizer's pieces of an elided particle ("d", "l", "t", "o").
TYPED_SURNAME_PARTICLES = (VAN_FORMS | {"vd", "von", "der", "du", "di", "da", "del", "della", "dos", "das", "al", "mac",
                                        "mc", "o", "d", "l", "ben", "bin", "ibn", "abu", "op", "in", "t"})
#: Capitalised surname particles between a title or a visit's preposition and the name
#: ("bij Van <X>", "Notaris Van <X>").
VISIT_PARTICLES = (VAN_PARTICLES | _DE_FORMS | _TER_FORMS | _FRENCH_ARTICLES
                   | {"el", "al", "ben", "du", "di", "da", "von"})

#: (session 23) Particles of Romance, Portuguese and Arabic surnames that no list of opening
#: particles holds (they open a brand or a place as often: "Del Monte", "Dos Hermanas"): a
#: surname only before a copula and a person-only role ("Del Campo is onze trainer":
#: ``detect._particle_before_person_role``).
ROLE_PARTICLES = frozenset({"del", "della", "delle", "dello", "dal", "dalla", "dos", "das", "do", "da", "di", "lo",
                            "ould", "ten", "ter", "dei", "degli"})
