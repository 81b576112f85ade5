"""Session 16 (s16-names), class 2 of issue 11: a first name inside a French or English quote after
"avec", "chez", "selon", "grâce à", "with", "according to" (no article: French and English set
none before a person's name), and the same person in CAPITALS with the surname on a list's line.

A FROZEN batch, written by s16-names on 6 December 2026 (16:22-16:30 UTC) BEFORE any rule for
this class. Every name part was checked by a word scan (``grep -rliw``) against ``tests/``,
``bench/data/``, ``/work/shared/`` and ``/work/notes/s15/lead-attack/``: none occurs there
(outside session 16's own case files). Half of the first names are French words or read as
words (Espérance, Olive, Aurore, Perle, Sagesse: the shape that leaks), half are names of many
origins no list holds.

PERSON: (quote text, name parts that must go). KEEP: (quote text, words that must stay).
"""

from __future__ import annotations

_FIRST = ["Espérance", "Désiré", "Olive", "Félicité", "Gracieuse", "Heureux", "Sagesse", "Constance", "Aurore",
          "Solange", "Rosine", "Perle", "Nizamettin", "Oktay", "Gulbahar", "Declan", "Bryony", "Yuying", "Xuan",
          "Naweed", "Zinar", "Nasteho"]
_LAST = ["Mbemba", "Nuristani", "Hotak", "Geedi", "Tezcan", "Bosveld", "Greaves", "Botan", "Mabiala", "Lemercier",
         "Qorane", "Hnatyuk"]

_FRAMES = [
    "« Avec {n}, on a tout organisé nous-mêmes. »",
    "« On a parlé avec {n} hier soir. »",
    "« Chez {n}, on mange toujours ensemble. »",
    "« Selon {n}, il faut plus de temps. »",
    "“With {n} we built the whole stage.”",
    "“According to {n}, nobody came on time.”",
    "« On a tout appris grâce à {n}. »",
]

PERSON: list[tuple[str, list[str]]] = []
for _k, _n in enumerate(_FIRST):
    PERSON.append((_FRAMES[_k % len(_FRAMES)].format(n=_n), [_n]))
for _k, _n in enumerate(_FIRST):
    _s = _LAST[_k % len(_LAST)]
    if _k % 2:
        PERSON.append((f"Les animateurs :\n- {_n.upper()} {_s.upper()}\n- une bénévole du quartier", [_n, _s]))
    else:
        PERSON.append((f"– {_n.upper()} {_s.upper()}, animatrice", [_n, _s]))

KEEP: list[tuple[str, list[str]]] = [
    ("« Avec Fedasil, on a enfin trouvé un logement. »", ["Fedasil"]),
    ("« Chez Décathlon, tout est moins cher. »", ["Décathlon"]),
    ("« On a tout mis sur Instagram avec TikTok aussi. »", ["Instagram", "TikTok"]),
    ("« Selon Unicef, un enfant sur cinq vit dans la pauvreté. »", ["Unicef"]),
    ("“With Google Maps we found the place.”", ["Google"]),
    ("“According to Statbel, the numbers went up.”", ["Statbel"]),
    ("« On a tout appris grâce à Erasmus. »", ["Erasmus"]),
    ("« Avec Bruxelles Formation, ils ont trouvé un stage. »", ["Bruxelles"]),
    ("« Chez Quick, les jeunes travaillent le week-end. »", ["Quick"]),
    ("« Avec la Croix-Rouge, on distribue des colis. »", ["Croix-Rouge"]),
    ("« Avec Anderlecht, le club nous prête le terrain. »", ["Anderlecht"]),
    ("« Selon Bruxelles, il n'y a plus de budget. »", ["Bruxelles"]),
    ("“With Netflix and Spotify nobody reads anymore.”", ["Netflix", "Spotify"]),
    ("« Chez Delhaize, on a eu des invendus. »", ["Delhaize"]),
    ("« Avec Actiris, on cherche un job d'été. »", ["Actiris"]),
    ("Le programme :\n- ATELIER CUISINE\n- SOIRÉE DE CLÔTURE", ["ATELIER", "CUISINE", "SOIRÉE", "CLÔTURE"]),
    ("- MAISON DE JEUNES\n- ESPACE JEUNES", ["MAISON", "JEUNES", "ESPACE"]),
    ("– STAD BRUSSEL, jeugddienst", ["STAD", "BRUSSEL"]),
    ("- PRAKTISCHE INFO\n- WORKSHOP GRAFFITI", ["PRAKTISCHE", "INFO", "WORKSHOP", "GRAFFITI"]),
    ("- VDAB\n- CROIX-ROUGE", ["VDAB", "CROIX-ROUGE"]),
    ("– BRUXELLES FORMATION, partenaire", ["BRUXELLES", "FORMATION"]),
    ("- PROGRAMME DU SAMEDI\n- JEUX DE SOCIÉTÉ", ["PROGRAMME", "SAMEDI", "JEUX", "SOCIÉTÉ"]),
]
