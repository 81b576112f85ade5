"""Session 16 (s16-names), class 3 of issue 11: a name in lower case in chat and notes text, in a
person's slot ("toen <naam> binnenkwam", "we vroegen <naam> wat hij vond", "dank je <naam>!",
"xx <naam>").

A FROZEN batch, written by s16-names on 6 December 2026 (16:20-16:30 UTC) BEFORE any rule for
this class. Every name was checked by a word scan (``grep -rliw``) against ``tests/``,
``bench/data/``, ``/work/shared/`` and ``/work/notes/s15/lead-attack/``: none occurs there
(outside session 16's own case files). Names of many origins; most are in no name list, some
are (the lists decide those; the slot must decide the rest).

PERSON: (one chat message or note line, the name that must go).
KEEP: (the same slots held by a thing, a group, an app, a word; the words that must stay).
"""

from __future__ import annotations

_NAMES = [
    "feyzullah", "saynab", "mouhcine", "sozdar", "bahati", "jentel", "gulbahar", "nizamettin", "mbemba", "filsan",
    "naweed", "stanisław", "keanu", "lucienne", "xuan", "oktay", "zinar", "nasteho", "zabihullah", "mariusz",
    "anișoara", "declan", "bryony", "yuying", "liuxin", "phuoc", "shukria", "wahidullah", "ümran", "clovis",
]

#: the slots: "{n}" is the name
_FRAMES = [
    "toen {n} binnenkwam viel iedereen stil",
    "we vroegen {n} wat hij ervan vond",
    "dank je {n}!",
    "xx {n}",
    "ik belde {n} gisteren nog op",
    "terwijl {n} opruimde, kookten wij",
    "hebben jullie {n} al gezien?",
    "zeg tegen {n} dat de sleutel onder de mat ligt",
    "merci aan {n} voor de taart",
    "nadat {n} vertrokken was, begon de fuif pas echt",
    "we hebben {n} gevraagd om te helpen",
    "ik stuurde {n} een berichtje maar geen antwoord",
    "weet iemand of {n} morgen meerijdt?",
    "liefs, {n}",
    "groetjes van {n} en de rest",
]

PERSON: list[tuple[str, str]] = [
    (_FRAMES[k % len(_FRAMES)].format(n=n), n) for k, n in enumerate(_NAMES)
]

KEEP: list[tuple[str, list[str]]] = [
    ("toen de bus binnenkwam viel iedereen stil", ["bus"]),
    ("toen corona begon lag alles stil", ["corona"]),
    ("we vroegen chatgpt wat het ervan vond", ["chatgpt"]),
    ("we vroegen google de weg naar de zaal", ["google"]),
    ("dank je wel!", ["wel"]),
    ("dank je jongens!", ["jongens"]),
    ("dank je chiro!", ["chiro"]),
    ("xx tot morgen", ["morgen"]),
    ("ik belde de gemeente gisteren nog op", ["gemeente"]),
    ("terwijl iedereen opruimde, kookten wij", ["iedereen"]),
    ("terwijl de soep opwarmde, dekten wij", ["soep"]),
    ("hebben jullie tiktok al gezien?", ["tiktok"]),
    ("hebben jullie barbie al gezien?", ["barbie"]),
    ("zeg tegen mama dat de sleutel onder de mat ligt", ["mama"]),
    ("merci aan de kookploeg voor de taart", ["kookploeg"]),
    ("nadat fortnite uitkwam speelde niemand nog buiten", ["fortnite"]),
    ("we hebben de jeugddienst gevraagd om te helpen", ["jeugddienst"]),
    ("ik stuurde whatsapp een klacht maar geen antwoord", ["whatsapp"]),
    ("weet iemand of de trein morgen rijdt?", ["trein"]),
    ("liefs, de leiding", ["leiding"]),
    ("groetjes van de chiro en de rest", ["chiro"]),
    ("toen spotify plat lag was er geen muziek", ["spotify"]),
    ("we vroegen siri wat het weer werd", ["siri"]),
    ("ik belde de pizzeria gisteren nog op", ["pizzeria"]),
]
