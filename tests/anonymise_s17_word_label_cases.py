"""Session 17 (s17-names, issue 11): ONE capitalised word opening a quotes line as the speaker's label,
before a colon and a quotation ("<Naam>: “…”") or before "van <Organisatie>:" and a quotation
("<Naam> van <Organisatie>: “…”"). Session 16's label rule wants two or three words (or a role or
an age after one); a single word no list knows opening a line scores as any sentence's first word
(0.3). The blind attack A17 published it in 12 and 12 of its 87 names (frames "q-name-colon",
"q-van-org"). A FROZEN batch.

Written by s17-names on 6 December 2026, 19:21-19:26 UTC (machine clock), BEFORE any rule for this
shape. Every name part was checked (whole word, case-insensitive) against ``tests/``,
``bench/data/``, ``/work/shared/``, ``/work/notes/s16/attack/`` and A17: none occurs there. The
look-alikes are headings, questions and answers, role, kin and group words, places, listed
organisations, brands and apps labelling the same lines.

``PERSON``: ``(line, name parts that must go)``; ``KEEP``: ``(line, items that must stay)``. Each
line runs as bare text (``anonymise_text``) and as the quotes section of a whole report.
``PYTHONPATH=tests python tests/anonymise_s17_word_label_cases.py``.
"""

from __future__ import annotations

# The batches' helpers live in one place; the test module reads them from here (batch.names_left ...).
from anonymise_s16_layout_line_cases import items_lost, names_left, print_scores, run_text  # noqa: F401
from anonymise_s16_layout_line_cases import run_section_report as run_report

PERSON: list[tuple[str, list[str]]] = [
    ("Ayelet: “Als je het niet vraagt, weet je het niet.”", ["Ayelet"]),
    ('Yonatan: "Ik kom hier elke woensdag na school."', ["Yonatan"]),
    ("- Shira: “Mijn broer heeft me meegenomen.”", ["Shira"]),
    ("Oriya: « On a tout construit nous-mêmes. »", ["Oriya"]),
    ('Hadas: "We wilden gewoon een plek om te zitten."', ["Hadas"]),
    ("Lior: ‘Niemand vroeg het ons ooit.’", ["Lior"]),
    ('Itai: "Het kamp was te duur voor mijn ouders."', ["Itai"]),
    ("• Anwar: “Ik speel elke zaterdag voetbal in de wijk.”", ["Anwar"]),
    ('Zulfiqar: "We hebben alles zelf geschilderd."', ["Zulfiqar"]),
    ("Arezoo: “De leiding belde mijn mama zelf op.”", ["Arezoo"]),
    ('Kianoush: "Voetbal is leuker als iedereen meedoet."', ["Kianoush"]),
    ("Yeganeh: “Ik durfde eerst niet binnen te komen.”", ["Yeganeh"]),
    ('Milad: "I only came for the football, then I stayed."', ["Milad"]),
    ("Sepideh: “Bij ons thuis spreken we drie talen.”", ["Sepideh"]),
    # before "van <Organisatie>:"
    ("Pegah van Chiro Rotselaar: “Niemand wist waar de sleutel lag.”", ["Pegah"]),
    ('Bahman van de jeugddienst: "We openen nu ook op zondag."', ["Bahman"]),
    ("Setareh van KSA Hamme: “We zoeken nog leiding.”", ["Setareh"]),
    ('Elham van Scouts Mortsel: "Elke groep kiest zelf zijn uniform."', ["Elham"]),
    ("Afsaneh van het OCMW: “De helft betalen wij terug.”", ["Afsaneh"]),
    ('Babak van Jeugdhuis Lokeren: "De bar is open op vrijdag."', ["Babak"]),
    ("- Taraneh van de speelpleinwerking: “We hebben te weinig animatoren.”", ["Taraneh"]),
    ('Ayelet van Awel: "We luisteren naar elk kind."', ["Ayelet"]),
]

KEEP: list[tuple[str, list[str]]] = [
    ("Vraag: “Waarom kwam je naar het jeugdhuis?”", ["Vraag"]),
    ('Antwoord: "Omdat mijn vrienden er zijn."', ["Antwoord"]),
    ("Moderator: “We hebben nog tijd voor twee vragen.”", ["Moderator"]),
    ('Iedereen: "Ja!"', ["Iedereen"]),
    ("Samengevat: “meer budget, minder papier”", ["Samengevat"]),
    ('Tip: "neem een regenjas mee"', ["Tip"]),
    ("Opgelet: “de bus vertrekt om acht uur”", ["Opgelet"]),
    ('Mama: "Ik kom je om vijf uur halen."', ["Mama"]),
    ("Leiding: “Wie helpt er met de afwas?”", ["Leiding"]),
    ('Publiek: "Waarom niet op zaterdag?"', ["Publiek"]),
    ("Jongeren: “We willen een eigen plek.”", ["Jongeren"]),
    ('Antwerpen: "Wij doen mee met twee groepen."', ["Antwerpen"]),
    ("Awel: “We luisteren naar elk kind.”", ["Awel"]),
    ('Chiro: "We slapen in tenten, ook als het regent."', ["Chiro"]),
    ("Kahoot: “Wie wint de quiz?”", ["Kahoot"]),
    ('Lidl: "De actie loopt tot zondag."', ["Lidl"]),
    ("Slotsom: “het werkt, als je het volhoudt”", ["Slotsom"]),
    ('Conclusie: "we starten opnieuw in september"', ["Conclusie"]),
    ("Zaterdag: “vertrek om acht uur aan de kerk”", ["Zaterdag"]),
    ('Engels: "We just started."', ["Engels"]),
    ("Jeugddienst van Lochristi: “De subsidie komt eraan.”", ["Jeugddienst", "Lochristi"]),
    ('Kasteel van Gaasbeek: "Elke zondag open."', ["Kasteel", "Gaasbeek"]),
]


def _score() -> None:
    print_scores("word label", PERSON, KEEP, run_report)


if __name__ == "__main__":
    _score()
