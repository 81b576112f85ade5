"""Session 26 (s26-a26, issue 11, severity 1): person names in the frame shapes the attack set A26
found leaking most for first names, full names, particles, double and hyphenated names -- as classes:
(1) a name as a phrase of its own opening a line or a sentence: before a dash and a class or group
    code, before a question mark in a roll call, before a comma's aside ("X, door iedereen ...
    genoemd, ..."), before a tally of strokes, as an item of a numbered list ("1. X 2. ...");
    after a label's colon before a comma's aside ("Meter ...: X, sinds ... bij ons.");
(2) the owner of a group noun: "de tafel/ploeg/groep van X" (a quiz table, a team);
(3) a name in capitals as a label's value before a dash and more of the form
    ("Inschrijving ...: <NAAM> - brevet: ja", "... : <NAAM> — gehaald");
(4) a lower-case full name of two or three parts (particles, hyphen) after a chat exclamation
    ("omg", "wow", "jeetje") or after "van"/"aan" in a lower-case chat line.
A FROZEN batch.

Written by s26-a26 on 7 December 2026, 22:38-22:42 UTC (by `date`), after reading the brief, the
prompt, issue 11, A26's frames (handed over as dev data) and, before that, parts of
``detect._score_token`` and ``person_openers`` while looking at A26's leaks -- so not blind to the
rules; no rule was changed before it was committed. Every name is invented or put together from many
origins; no name, organisation or phrase is copied from tests/fixtures/, /work/shared/, bench/data/,
bench/attack/ or A26. The look-alikes are Dutch words, groups, places, listed brands and things
in the same frames, and things named like persons after a thing's noun.

``PERSON``: ``(text, name parts that must go)``; ``KEEP``: ``(text, items that must stay)``. Each
text runs on the text path (``anonymise_text``) and the report path (a report with it as quotes
section). Names are compared case-insensitively as whole words, items case-sensitively and by
count. ``PYTHONPATH=tests python tests/anonymise_s26_a26_cases.py``.
"""

from __future__ import annotations

from anonymise_s16_layout_line_cases import items_lost, names_left, run_section_report, run_text

PERSON: list[tuple[str, list[str]]] = [
    # (1) a name as a phrase of its own opening a line or a sentence -- 24
    ("Zeynaba – 5B – stageverslag ingediend op tijd", ["Zeynaba"]),
    ("Tsegaye — 3A — twee keer te laat op de fietsles", ["Tsegaye"]),
    ("Vardan Petrosyanov – 6C – 14 uur jeugdwerk", ["Vardan", "Petrosyanov"]),
    ("Oyelami? — Ja, hier! — Goed zo, nog twee.", ["Oyelami"]),
    ("Chidera? — Aanwezig. — Dan gaan we.", ["Chidera"]),
    ("Amaru Quispehuanca? — Hier! — Prima.", ["Amaru", "Quispehuanca"]),
    ("Dawit, door iedereen 'de Professor' genoemd, bouwde de hele vlot.", ["Dawit"]),
    ("Nayeli, voor de vrienden gewoon 'Nay', deed de presentatie.", ["Nayeli"]),
    ("Saoirse Ní Bhraonáin, bij de kapoenen bekend als 'Mus', maakte de soep.", ["Saoirse", "Bhraonáin"]),
    ("Strafpunten deze maand: Bilguun III", ["Bilguun"]),
    ("Vaatdienst: Mekdes IIII", ["Mekdes"]),
    ("Keukenbeurten: Tamati Rangihuna IIII II", ["Tamati", "Rangihuna"]),
    ("Reservelijst weekend: 1. Zebulon 2. open", ["Zebulon"]),
    ("Volgorde spreekbeurten: 1. Itzel 2. Kalani 3. nog te bepalen", ["Itzel", "Kalani"]),
    ("Wachtlijst zeilkamp: 1. Fonteyne-Mabiala, Oyuki 2. vrij", ["Fonteyne", "Mabiala", "Oyuki"]),
    ("Meter van de nieuwe animatoren: Xochitl, sinds 2019 bij ons.", ["Xochitl"]),
    ("Peter van dit jaar: Jovanka, vijf jaar leidster geweest.", ["Jovanka"]),
    ("Begeleider van de startdag: Anahera Te Whare, al jaren vrijwilliger.", ["Anahera", "Whare"]),
    ("Yeshe – 4TSO – attest binnengebracht", ["Yeshe"]),
    ("Lerato? — Hier! — Top.", ["Lerato"]),
    ("Bongani, die iedereen 'Bonnie' noemt, leidde de zangstonde.", ["Bongani"]),
    ("Wie ruimt op: Niamh II", ["Niamh"]),
    ("Reservelijst kookles: 1. Sarangerel 2. nog vrij", ["Sarangerel"]),
    ("Mylène Ghazouani-Dubuisson – 2B – stage geweigerd", ["Mylène", "Ghazouani", "Dubuisson"]),
    # (2) the owner of a group noun -- 5
    ("Dubbele punten voor de tafel van Zebulon in de finale.", ["Zebulon"]),
    ("De ploeg van Tirunesh won de estafette met twee seconden.", ["Tirunesh"]),
    ("Bonuskaart gebruikt door de groep van Oyelami in ronde 3.", ["Oyelami"]),
    ("De tafel van Adebayomi had alle vragen over muziek juist.", ["Adebayomi"]),
    ("Punten voor de ploeg van Marjolaine Vandeputte-Kiala: 40.", ["Marjolaine", "Vandeputte", "Kiala"]),
    # (3) a name in capitals as a label's value before a dash -- 5
    ("Inschrijving zeilkamp: ZEYNABA - brevet: ja", ["ZEYNABA"]),
    ("Resultaat examen animator: TSEGAYE — gehaald", ["TSEGAYE"]),
    ("Inschrijving klimmuur: PETROSYANOV Vardan - hoogtevrees: nee", ["PETROSYANOV", "Vardan"]),
    ("Uitslag brevet redder: CHIDERA — geslaagd", ["CHIDERA"]),
    ("Aanmelding fietskamp: KALANI - eigen fiets: ja", ["KALANI"]),
    # (4) a lower-case full name after a chat exclamation or "van"/"aan" -- 6
    ("omg oyuki fonteyne-mabiala heeft de hele pot choco leeggegeten", ["oyuki", "fonteyne", "mabiala"]),
    ("wow amaru quispe huanca heeft gewoon gewonnen", ["amaru", "quispe", "huanca"]),
    ("omg saoirse ní bhraonáin staat op de foto van de krant", ["saoirse", "bhraonáin"]),
    ("wie heeft de sleutels van tamati rangihuna gezien? ze liggen niet meer op de kast", ["tamati", "rangihuna"]),
    ("zeg ff aan vardan van der petrosyan dat de bus om acht uur vertrekt", ["vardan", "petrosyan"]),
    ("jeetje dawit mekonnen tesfaye heeft de taart laten vallen", ["dawit", "mekonnen", "tesfaye"]),
]

KEEP: list[tuple[str, list[str]]] = [
    # (1) a word, place, group or listed brand as a phrase of its own opening a line
    ("Zwemmen – 5B – stageverslag ingediend", ["Zwemmen"]),
    ("Brugge? — Ja, daar vertrekken we. — Goed.", ["Brugge"]),
    ("Kapoenen, de jongste groep, maakten een hut.", ["Kapoenen"]),
    ("Strafpunten deze maand: Leiding III", ["Leiding"]),
    ("Reservelijst weekend: 1. Gent 2. Brugge", ["Gent", "Brugge"]),
    ("Decathlon – 4 tenten, 2 luifels – besteld", ["Decathlon"]),
    ("Meter van de nieuwe animatoren: Natuurpunt, sinds 2019 partner.", ["Natuurpunt"]),
    ("Chiro Zwijnaarde, sinds 1952 actief, vierde feest.", ["Chiro Zwijnaarde"]),
    # (2) a group noun's owner that is a group or a place
    ("Dubbele punten voor de tafel van de leiding in de finale.", ["leiding"]),
    ("De ploeg van Gent won de estafette.", ["Gent"]),
    # (3) a label's value in capitals that is an organisation or a word
    ("Inschrijving zeilkamp: VVW - brevet: ja", ["VVW"]),
    ("Resultaat examen: GESLAAGD — proficiat", ["GESLAAGD"]),
    # things named like persons after a thing's noun (look-alikes)
    ("Aan de bar schonken we een Pina Colada zonder rum.", ["Pina Colada"]),
    ("De affiche stond in het lettertype Arial, veel te saai.", ["Arial"]),
    ("Op de toog stond een fles Duvel naast de cola.", ["Duvel"]),
    ("We speelden Hamlet in de turnzaal.", ["Hamlet"]),
    ("Regenjassen van Patagonia zijn duur, maar houden droog.", ["Patagonia"]),
    ("De bestelwagen, een oude Kangaroo, haalde de keuring niet.", ["Kangaroo"]),
]


def _score() -> None:
    for how, run in (("text", run_text), ("report", run_section_report)):
        left = [i for i, (t, ns) in enumerate(PERSON) if names_left(t, ns, run)]
        parts = sum(len(names_left(t, ns, run)) for t, ns in PERSON)
        lost = [i for i, (t, ks) in enumerate(KEEP) if items_lost(t, ks, run)]
        print(f"{how:6}: cases with a name left {len(left)}/{len(PERSON)} {left}; name parts left {parts}/"
              f"{sum(len(ns) for _, ns in PERSON)}; look-alike cases losing an item {len(lost)}/{len(KEEP)} {lost}")


if __name__ == "__main__":
    _score()
