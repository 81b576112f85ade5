"""Session 16 (s16-names), class 1 of issue 11: a name opening a line of the quotes section before a
colon and a quotation or a sentence -- a speaker's label -- and the article form of the line credit
("<Voornaam Achternaam> van het <dienst>: “...”", "... van de <Organisatie>: “...”").

A FROZEN batch, written by s16-names on 6 December 2026 (16:10-16:25 UTC) BEFORE any rule of session
16. Every capitalised name part and invented organisation below was checked by a word scan
(``grep -rliw``) against ``tests/``, ``bench/data/``, ``/work/shared/`` and
``/work/notes/s15/lead-attack/``: none occurs there. Names of many origins (Turkish, Moroccan,
Kurdish, Congolese, Somali, Afghan, Polish, Romanian, Ukrainian, Flemish, Dutch, English, French,
Chinese and Vietnamese romanised); many surnames are Dutch words ("Duister", "Kordaat"), the
shape session 15's held-out set T leaked.

PERSON: (quotes section, name parts that must go, items that must stay).
KEEP: (quotes section, items that must stay) -- the same positions held by a heading, an
organisation, a place, a tool or a word: "Chiro <X>: ...", "Conclusie: ...", "Tip van de dag: ...".
READER: (quotes section, the number of quotes, the speakers the reader must give, in order).
"""

from __future__ import annotations

_Q = [
    "We zien elke week meer tieners aan de deur.",
    "Niemand had ons verteld dat het zo druk zou worden.",
    "De jongeren kozen zelf het thema van het kamp.",
    "Als de bus niet rijdt, komt de helft niet.",
    "Wij hebben geen lokaal, wij hebben een parking.",
    "Het eerste jaar was vooral veel vergaderen.",
    "Ik wist niet dat er zoveel vrijwilligers waren.",
    "Onze ouders helpen pas als we het vragen.",
]

#: (first name, surname): the surname is a Dutch word or compound in most pairs
_NAMES = [
    ("Feyzullah", "Vlug"),  # Turkish
    ("Saynab", "Grauw"),  # Somali
    ("Mouhcine", "Duister"),  # Moroccan
    ("Sozdar", "Kordaat"),  # Kurdish
    ("Bahati", "Nuchter"),  # Congolese
    ("Jentel", "Dijkhuis"),  # Flemish
    ("Kawa", "Hesen"),  # Kurdish
    ("Jędrzej", "Wasilewski"),  # Polish
    ("Luminița", "Moldoveanu"),  # Romanian
    ("Ihor", "Zhuk"),  # Ukrainian
    ("Ségolène", "Dufresne"),  # French
    ("Alistair", "Thornbury"),  # English
    ("Liuxin", "Qiu"),  # Chinese
    ("Phuoc", "Giang"),  # Vietnamese
    ("Shukria", "Hotak"),  # Afghan
    ("Wahidullah", "Nuristani"),  # Afghan
    ("Hüsnü", "Okumuş"),  # Turkish
    ("Yassir", "Bouchaara"),  # Moroccan
    ("Ümran", "Tezcan"),  # Turkish
    ("Mukhtar", "Geedi"),  # Somali
    ("Rens", "Bosveld"),  # Dutch
    ("Rupert", "Greaves"),  # English
    ("Şervan", "Botan"),  # Kurdish
    ("Clovis", "Mabiala"),  # Congolese
    ("Tuyet", "Lemercier"),  # Vietnamese-French
    ("Nkosazana", "Schraal"),  # Southern African
    ("Ezgi", "Dapper"),  # Turkish
    ("Hollis", "Vrolijk"),  # English-Dutch
    ("Xiaolan", "Mager"),  # Chinese-Dutch
    ("Finch", "Lenig"),  # English-Dutch
]
_SERVICES = ["jeugdhuis", "OCMW", "wijkteam", "CAW", "stedelijke jeugddienst", "buurtwerk", "jongerenpunt",
             "inloopcentrum"]
_ORGS = ["Jeugddienst Akkerwinde", "Vzw Weidegras", "Speelpleinwerking Vinkenhof", "Tienerwerking Berkenlaan",
         "Jeugdhuis Ondiep", "Buurthuis Distelvink"]


def _person() -> list[tuple[str, list[str], list[str]]]:
    out: list[tuple[str, list[str], list[str]]] = []
    for k, (first, last) in enumerate(_NAMES):
        q, q2 = _Q[k % len(_Q)], _Q[(k + 3) % len(_Q)]
        shape = k % 6
        if shape == 0:  # the plain label
            out.append((f"{first} {last}: “{q}”", [first, last], []))
        elif shape == 1:  # the article form with a service in lower case
            svc = _SERVICES[k % len(_SERVICES)]
            out.append((f"{first} {last} van het {svc}: “{q}”", [first, last], [svc]))
        elif shape == 2:  # the article form with a named organisation
            org = _ORGS[k % len(_ORGS)]
            out.append((f"{first} {last} van de {org}: “{q}”", [first, last], [org]))
        elif shape == 3:  # a label before a sentence without quotation marks
            out.append((f"{first} {last}: {q}", [first, last], []))
        elif shape == 4:  # a credit line right under another quote (no blank line)
            svc = _SERVICES[(k + 1) % len(_SERVICES)]
            out.append((f"“{q2}” – een jongere\n{first} {last} van het {svc}: “{q}”", [first, last], [svc]))
        else:  # a list of who said what, one bullet a speaker
            out.append((f"- {first} {last}: “{q}”\n- een begeleider: “{q2}”", [first, last], []))
    return out


PERSON = _person()

#: headings, organisations, places, tools and words in the label's position
_LOOKALIKES = [
    ("Conclusie", "we gaan volgend jaar opnieuw."),
    ("Tip van de dag", "neem altijd een reservesleutel mee."),
    ("Vraag uit de zaal", "“Hoe vind je nieuwe leiding?”"),
    ("Slotsom", "iedereen wil meer tijd."),
    ("Kernboodschap", "“Luister eerst, plan daarna.”"),
    ("Samengevat", "het lokaal is te klein."),
    ("Praktisch", "de inschrijvingen sluiten in mei."),
    ("Opgelet", "de zaal is enkel bereikbaar via de trap."),
    ("Stelling", "“Jeugdwerk is geen opvang.”"),
    ("Nog één ding", "de drank is gratis."),
    ("Goede Praktijk", "een vaste avond per week."),
    ("Duale Opleiding", "werken en leren tegelijk."),
    ("Chiro Akkerwinde", "“We spelen elke zondag.”"),
    ("Jeugdhuis Ondiep", "“De bar draait op vrijwilligers.”"),
    ("Speelpleinwerking Vinkenhof", "“Honderd kinderen per dag.”"),
    ("Stad Gent", "“We trekken extra budget uit.”"),
    ("Gemeente Kruisem", "“De zaal is gratis voor jeugdwerk.”"),
    ("Brussel", "“Hier is elke vierkante meter duur.”"),
    ("Antwerpen", "“Wij werken met wijkteams.”"),
    ("Instagram", "“Volg ons voor de foto's.”"),
    ("Key Takeaway", "start small."),
    ("Fun Fact", "de eerste chiro was een jongensgroep."),
    ("Werkgroep Jeugd", "“We vergaderen maandelijks.”"),
    ("Reactie van de schepen", "“Dat nemen we mee.”"),
    ("Noot van de redactie", "de cijfers zijn van 2025."),
    ("Leerpunt", "communiceer vroeg."),
]


def _keep() -> list[tuple[str, list[str]]]:
    out: list[tuple[str, list[str]]] = []
    for label, rest in _LOOKALIKES:
        caps = [w for w in label.split() if w[:1].isupper()]
        out.append((f"{label}: {rest}", caps))
    return out


KEEP = _keep()

#: the reader's side: a line credit with an article before the organisation is a credit
READER: list[tuple[str, int, list[str | None]]] = []
for _k, (_f, _l) in enumerate(_NAMES[:24]):
    _q, _q2 = _Q[_k % len(_Q)], _Q[(_k + 5) % len(_Q)]
    _svc, _org = _SERVICES[_k % len(_SERVICES)], _ORGS[_k % len(_ORGS)]
    if _k % 4 == 0:
        READER.append((f"{_f} {_l} van het {_svc}: “{_q}”", 1, [f"{_f} {_l}"]))
    elif _k % 4 == 1:
        READER.append((f"{_f} {_l} van de {_org}: “{_q}”", 1, [f"{_f} {_l}"]))
    elif _k % 4 == 2:
        READER.append((f"“{_q2}” – een jongere\n{_f} {_l} van het {_svc}: “{_q}”", 2, [None, f"{_f} {_l}"]))
    else:
        READER.append((f"{_f} {_l}, coördinator van de {_org}: “{_q}”\n{_f} {_l} van het {_svc}: “{_q2}”", 2,
                       [f"{_f} {_l}", f"{_f} {_l}"]))
