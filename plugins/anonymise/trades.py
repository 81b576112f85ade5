"""The nouns of a firm named after its family: one definition (session 13, issue 11).

"Reizen X", "Autocars X", "Bakkerij X", "Betonwerken X": a trade's noun and ONE surname name a
family firm, kept by ``keep_heads`` (a head with a firm's noun takes one surname into its run)
and ``keep_venues.protect_clubs_and_firms`` (a firm's noun before one listed surname). The same
nouns open a business in ``business_person``: a first name and a surname after them are a living
person's full name and are masked (session 11's policy).

Before session 13 these were three lists (``keep_heads.FIRMS`` and ``FIRM_ENDINGS``,
``keep_venues.FIRMS``, part of ``business_person._TRADES``). Two classes stay elsewhere on
purpose: ``keep_typed._firm_surname`` (ANY compound type noun that is no person noun before one
listed surname -- the general class these nouns are instances of) and ``business_person``'s own
trade nouns that are nouns of a person too ("kapper", "taxi"): after them a surname is a
person's as often, so they mask a full name but never keep a surname.
"""

from __future__ import annotations

#: Nouns of a firm named after its family (folded): one surname may follow ("Reizen X").
FIRMS = frozenset({"reizen", "autocars", "bakkerij", "slagerij", "beenhouwerij", "brouwerij", "drukkerij",
                   "schrijnwerkerij", "bouwbedrijf", "transport", "transporten", "garage", "frituur", "brasserie",
                   "traiteur", "apotheek", "boekhandel", "kapsalon", "tuincentrum", "kwekerij", "patisserie"})
#: Endings of a compound firm's noun ("Betonwerken", "Tentenverhuur", "Containerbouw").
FIRM_ENDINGS = ("werken", "verhuur", "bedrijf", "handel", "bouw")


def firm_noun(f: str) -> bool:
    """Whether a folded word is the noun of a firm named after its family (see the module)."""
    return f in FIRMS or f.endswith(FIRM_ENDINGS)
