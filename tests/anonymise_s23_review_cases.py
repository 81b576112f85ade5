"""Session 23 review (s23-review, wave 2): a FROZEN batch attacking wave 1's rules, written
7 December 2026 14:08 UTC (by `date`) BEFORE reading any rule of s23-privacy's policy or of
s23-names' new list/rota/poster/chat rules (only the wave-1 notes and the case harness were read).
Every name and firm is invented (many origins, lower case, ALL CAPS).

(P) a firm named after a family AND a person of the same surname in one report, in every shape and
order: the person must never be published (subject, vocative, chat label, credit, lower case, ALL
CAPS, first name only, the summary = the reporter's own text).
(K) the other way: a firm named after a family where no person of that name exists, and
non-persons (organisations, places, teams, brands) in lists, rotas, rankings, posters in capitals
and lower-case chat -- they must stay.

``PERSON``: ``(path, text, name parts that must go)``; ``KEEP``: ``(path, text, items that must
stay)``; ``path`` as in anonymise_s23_privacy_cases ("section" or "summary": summary || quotes).
``PYTHONPATH=tests python tests/anonymise_s23_review_cases.py [--show]``.
"""

from __future__ import annotations

from anonymise_s23_privacy_cases import misses as privacy_misses
from anonymise_s23_privacy_cases import show_misses

PERSON: list[tuple[str, str, list[str]]] = [
    # (P) a firm named after a family + a person of that surname in the same report
    ("section", "“Bakkerij Oosterlinck bracht de broodjes. Mira Oosterlinck hielp ons de tafels zetten.”",
     ["Mira", "Oosterlinck"]),
    ("section", "“Mira Oosterlinck hielp ons. Achteraf bracht Bakkerij Oosterlinck nog koffiekoeken.”",
     ["Mira", "Oosterlinck"]),
    ("section", "“Dank je wel, Oosterlinck! Bakkerij Oosterlinck is de beste van het dorp.”",
     ["Oosterlinck"]),
    ("section", "Tomasz: bij Garage Kowalczyk is de bus klaar\nAgnieszka Kowalczyk: top, ik haal hem morgen",
     ["Agnieszka", "Kowalczyk"]),
    ("section", "“Brouwerij Nwachukwu gaf ons een vat. Chidi Nwachukwu is onze kookouder.”",
     ["Chidi", "Nwachukwu"]),
    ("section", "“chidi nwachukwu kwam helpen, hij werkt bij brouwerij nwachukwu.”",
     ["chidi", "nwachukwu"]),
    ("section", "“BEDANKT BROUWERIJ NWACHUKWU EN CHIDI NWACHUKWU!!!”", ["CHIDI", "NWACHUKWU"]),
    ("summary", "Met dank aan Frituur Haddouchi en aan Samira Haddouchi voor de hulp. || "
     "“Samira was er elke avond.”", ["Samira", "Haddouchi"]),
    ("summary", "Met dank aan Frituur Haddouchi. || “Samira Haddouchi bakte de frietjes zelf.”",
     ["Samira", "Haddouchi"]),
    ("section", "“Meneer Vanhaverbeke van Schrijnwerkerij Vanhaverbeke maakte de podiumbalken.”",
     ["Vanhaverbeke"]),
    ("section", "“Ik sprak met Vanhaverbeke. Schrijnwerkerij Vanhaverbeke levert volgende week.”",
     ["Vanhaverbeke"]),
    ("section", "Foto: Jelle Dierckxsens\n“Drukkerij Dierckxsens drukte de affiches gratis.”",
     ["Jelle", "Dierckxsens"]),
    ("section", "“Tuincentrum Okonkwo sponsorde de plantjes, zegt Ngozi Okonkwo, de dochter van de baas.”",
     ["Ngozi", "Okonkwo"]),
    ("section", "“We vroegen het aan Ngozi. Ngozi Okonkwo werkt bij Tuincentrum Okonkwo.”",
     ["Ngozi", "Okonkwo"]),
    ("section", "“Slagerij Ferreira-Lopes leverde vlees. Tiago Ferreira-Lopes draaide de barbecue.”",
     ["Tiago", "Ferreira-Lopes"]),
    ("section", "“thx tiago ferreira! slagerij ferreira was top”", ["tiago", "ferreira"]),
    ("section", "“Garage Yilmazer herstelde de bus. Yilmazer zei dat het niets kostte.”", ["Yilmazer"]),
    ("section", "“Hé Yilmazer, kom je morgen? Garage Yilmazer is dicht op maandag.”", ["Yilmazer"]),
    ("section", "“De vzw Sanne regelde de tenten. Sanne belde me gisteren nog.”", ["Sanne"]),
    ("section", "“Bij bakkerij Oosterlinck werkt Mira, en Mira Oosterlinck is ook leidster bij ons.”",
     ["Mira", "Oosterlinck"]),
    # (R) neighbours and repetition: a name that becomes visible next to a replacement
    ("section", "“Mevrouw Oosterlinck en Jonas Verbiest kwamen samen.”", ["Oosterlinck", "Jonas", "Verbiest"]),
    ("section", "“Mira Oosterlinck en Jonas, die twee waren altijd samen.”", ["Mira", "Oosterlinck", "Jonas"]),
    ("section", "“Ik zag Mira Oosterlinck.” “Ik zag Mira Oosterlinck.” “Ik zag Mira Oosterlinck.”",
     ["Mira", "Oosterlinck"]),
    ("section", "“Oosterlinck, Mira en Kowalczyk kwamen te laat.”", ["Oosterlinck", "Mira", "Kowalczyk"]),
]

KEEP: list[tuple[str, str, list[str]]] = [
    # (K1) a firm named after a family, no person of that name in the report
    ("section", "“Bakkerij Oosterlinck bracht de broodjes en Mevrouw Verbiest zette koffie.”",
     ["Bakkerij Oosterlinck"]),
    ("section", "“De bus staat bij Garage Kowalczyk tot vrijdag.”", ["Garage Kowalczyk"]),
    ("summary", "Met steun van Brouwerij Nwachukwu. || “Het vat was op om tien uur.”", ["Brouwerij Nwachukwu"]),
    ("section", "“Tuincentrum Okonkwo sponsorde de plantjes voor de speelplaats.”", ["Tuincentrum Okonkwo"]),
    ("section", "“We huurden de tent bij Verhuur Delacroix bvba.”", ["Verhuur Delacroix"]),
    # (K2) non-persons in lists and rotas
    ("section", "Bar:\n- Chiro Sint-Jan\n- KSA Noordzee\n- Scouts De Reiger", ["Chiro", "KSA", "Scouts"]),
    ("section", "Rota zaterdag\nbar: Chiro\ninkom: KSA\nvestiaire: Scouts Berlaar", ["Chiro", "KSA", "Scouts Berlaar"]),
    ("section", "Sleutelhouder: Jeugdhuis De Kelder\nReservesleutel: Gemeentehuis", ["Jeugdhuis De Kelder", "Gemeentehuis"]),
    ("section", "Inkom: Rode Kruis\nEHBO: Rode Kruis Vlaanderen", ["Rode Kruis"]),
    ("section", "Top 3:\n1. Gent\n2. Leuven\n3. Hasselt", ["Gent", "Leuven", "Hasselt"]),
    ("section", "Uitslag voetbaltoernooi:\n1) KSA Oostende\n2) Chiro Kessel-Lo\n3) Scouts Wingene",
     ["KSA Oostende", "Chiro Kessel-Lo", "Scouts Wingene"]),
    ("section", "Eerste werd Ajax. Tweede: Anderlecht. Op drie: Club Brugge.", ["Ajax", "Anderlecht", "Club Brugge"]),
    ("section", "1. Lotus 2. Mercator 3. Ranonkel", ["Lotus", "Mercator", "Ranonkel"]),
    ("section", "Opbouw: Fluvius, Proximus en De Lijn", ["Fluvius", "Proximus", "De Lijn"]),
    ("section", "Drank:\n- Jupiler\n- Duvel\n- Spa Rood", ["Jupiler", "Duvel", "Spa Rood"]),
    ("section", "Leerling: Atheneum Brasschaat, klas 4B", ["Atheneum Brasschaat"]),
    ("section", "Allergieën:\nGluten: geen brood\nNoten: geen choco", ["Gluten", "Noten"]),
    ("section", "Brussel: trein om 8u\nAntwerpen: bus om 9u\nLimburg: carpool", ["Brussel", "Antwerpen", "Limburg"]),
    ("section", "Spotify: playlist staat klaar\nKahoot: quiz om 20u", ["Spotify", "Kahoot"]),
    # (K3) posters in capitals
    ("section", "KSA VOOR IEDEREEN", ["KSA"]),
    ("section", "STEM CHIRO VOOR DE BESTE FUIF", ["CHIRO"]),
    ("section", "GEZOCHT: TENTEN VOOR KAMP", ["TENTEN"]),
    ("section", "NOGMAALS BEDANKT OXFAM!!!", ["OXFAM"]),
    ("section", "WIE HEEFT DE SLEUTEL VAN JEUGDHUIS APOLLO GEZIEN?", ["APOLLO"]),
    ("section", "LANG LEVE BRUGGE", ["BRUGGE"]),
    ("section", "OOSTENDE KAMPIOEN", ["OOSTENDE"]),
    # (K4) lower-case chat about places and things
    ("section", "wie gaat er mee naar gent zaterdag?\nik ga met de bus naar leuven", ["gent", "leuven"]),
    ("section", "thx chiro!\nbij ksa was het ook leuk", ["chiro", "ksa"]),
    ("section", "ok jeugdhuis apollo komt om 8u", ["apollo"]),
    ("section", "wie is er morgen in antwerpen?", ["antwerpen"]),
    # (K5) the reverse order and credits of non-persons
    ("section", "“Getekend voor Gent, Leuven en Mechelen.”", ["Gent", "Leuven", "Mechelen"]),
    ("section", "“Een brief van Vormingplus, Antwerpen.”", ["Vormingplus", "Antwerpen"]),
    ("section", "Foto: Jeugdhuis Apollo\n“Het was een fijne avond.”", ["Jeugdhuis Apollo"]),
]

CLASSES = "P" * 20 + "R" * 4
KCLASSES = "F" * 5 + "L" * 14 + "C" * 7 + "H" * 4 + "V" * 3


def misses(person=None, keep=None) -> dict[str, list[int]]:
    """The cases with a name left and the look-alikes losing an item, on both paths."""
    return privacy_misses(PERSON if person is None else person, KEEP if keep is None else keep)


def score(show: bool = False) -> None:
    m = misses()
    for how in ("text", "report"):
        left, lost = m[f"names {how}"], m[f"keep {how}"]
        by = {c: sum(1 for i in left if CLASSES[i] == c) for c in sorted(set(CLASSES))}
        kby = {c: sum(1 for i in lost if KCLASSES[i] == c) for c in sorted(set(KCLASSES))}
        print(f"{how:6}: cases with a name left {len(left)}/{len(PERSON)} {by} {left}; "
              f"look-alike cases losing an item {len(lost)}/{len(KEEP)} {kby} {lost}")
    if show:
        show_misses(m, PERSON, KEEP)


assert len(CLASSES) == len(PERSON), (len(CLASSES), len(PERSON))
assert len(KCLASSES) == len(KEEP), (len(KCLASSES), len(KEEP))

if __name__ == "__main__":
    import sys

    score(show="--show" in sys.argv)
