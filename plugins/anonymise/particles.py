"""Surname particles, in one place (session 17's fold; issue 11).

Sessions 6-16 each gave a rule its own set of the particles that may stand INSIDE a person's name
("Marloes ter <X>", "Bilel Ben <X>", "<NAAM> MAC<X>", "silke van acker"); by session 16 about
twenty near twins differed by a word ("abu" in one, "zu"/"d'" in another) for no reason a rule
needed. The sets that read a NAME'S OWN RUN -- which particles a run of a person's name may hold --
are this module's :data:`NAME_PARTICLES`; a rule that needs a narrower or wider set names it here
with its reason. (Sets that read something else stay with their rule: the particles a
capitalised run opens with as a sentence's first word, ``detect._OPENING_PARTICLES``; the "Van"
of a place reading, ``detect._VAN_PARTICLES``; the prefixes of a fused surname,
``detect._FUSED_PARTICLES``; verb particles; a firm's "Van", ``keep_firms``.)
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
