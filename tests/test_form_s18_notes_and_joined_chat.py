"""Session 18 (s18-reader): the two ways T17 got names past the readers, as classes.

1. A reporter's notes as the quotes section: each list or note line is its own item with its own
   speaker ("- <Voornaam>: <beschrijving>" was joined into the credit of the line above).
2. A chat pasted into the PDF form whose extraction puts the time stamp, the display name and the
   message on one line without a colon ("[10:46] <Voornaam> <Achternaam> is de link al gedeeld?"),
   or the stamp and display name alone over the message.

Every report goes the report path: the reader reads the file, the anonymiser anonymises the report,
and no name part may be left in any published field. Names invented for these tests.
"""

from __future__ import annotations

import json

import pytest

from perskamer.form.chat_lines import joined_sender
from perskamer.form.quotes import note_label, quotes_from_text
from perskamer.model import Report, Source
from perskamer.plugins.anonymise.anonymiser import anonymise_report
from perskamer.plugins.read_markdown import read_markdown
from perskamer.plugins.read_text_form import read_text_form
from perskamer.testing import word_in

_TXT_HEAD = (
    " \n\nVerslag sessie congres #Jeugdwerkwerkt    •   6 juni 2023   •   pagina 1 > 2 \n\nNOTA \n\n"
    "Verslag sessie congres #Jeugdwerkwerkt  \nDatum: 6 juni 2023 \n\nEen sessie met een chat \n\n"
    "Wat er is gebeurd in de sessie? Wat hebben jullie gedaan/gehoord/beleefd? Omschrijf in 5 a 10 zinnen \n\n \n\n"
    "We spraken over hybride vergaderen in het jeugdwerk en probeerden het zelf uit met een groep online. \n\n \n\n"
    "Interessante quote(s) uit de sessie \n\n \n\n"
)
_TXT_TAIL = (
    " \n\n \n\nWat heeft jou verrast? Wat onthoud je? \n\n \n\nHoe snel de chat een eigen gesprek werd. \n\n \n\n"
    "Sfeerbeeld van de sessie – foto (of schets) \n\n \n\nEen scherm met de chat naast de flip-over. \n"
)


def _txt_report(quotes_section: str) -> Report:
    data = (_TXT_HEAD + quotes_section + _TXT_TAIL).encode()
    return read_text_form(Source(path=__import__("pathlib").Path("r.txt"), rel="r.txt", data=data))


def _md_report(quotes_section: str, photo: str = "Een foto van de zaal.") -> Report:
    text = (
        '---\ntitle: "Notities"\ndate: 2023-06-06\n---\n\n'
        "## Wat er is gebeurd in de sessie?\n\nEen panel over inspraak in de gemeente.\n\n"
        f"## Interessante quote(s) uit de sessie\n\n{quotes_section}\n\n"
        f"## Sfeerbeeld van de sessie – foto (of schets)\n\n{photo}\n"
    )
    return read_markdown(Source(path=__import__("pathlib").Path("r.md"), rel="r.md", data=text.encode()))


def _published(report: Report) -> str:
    anonymise_report(report, {})
    parts = list(report.sections.values())
    for q in report.quotes:
        parts += [q.text, q.attribution or "", q.speaker or "", q.affiliation or ""]
    return json.dumps(parts, ensure_ascii=False)


# -- joined chat lines --------------------------------------------------------------------------

JOINED_TEAMS = """Uit de Teams-chat:

[15:02] Declan McKeever is de opname al gestart? ik hoor niets
[15:03] Corthouts, Ysaline (Gast) ja, bij mij loopt ze
[15:05] Brecht Vanoverberghe Bij ons in de jeugddienst doen we dat elke maand
[15:06] NUALA O'ROURKE sorry, late. the wifi is terrible today
[15:08] Ayla 🌷 kan iemand de link opnieuw sturen?"""

JOINED_BARE = """Chat (zonder haakjes rond de uren):

09:12 Sander de Moor goeiemorgen, ik zit nog op de trein
09:14 Wouter Penneman-Dierickx (extern) wij gebruiken daar Padlet voor
09:15 Sander de Moor Kunnen we de slides krijgen?"""

HEADER_TEAMS = """Uit de chat:

[11:20] Ysaline Corthouts
bij ons zien we dat jongeren eerst de chat openen
[11:21] McKeever, Declan (Guest)
Same here. They test you first.
[11:23] Brecht Vanoverberghe
wij verwijzen door naar de Druglijn"""


ZOOM = """Zoom-chat (opgeslagen):

16:10:22 Van Griet Opdecam aan Iedereen: wie heeft de link naar het formulier?
16:11:05 From Tobiah Wellens to Everyone: ik post hem zo
16:12:40 Van Griet Opdecam aan Tobiah Wellens (privé): mag ik je straks bellen?
16:13:10 Van Nordin El Idrissi (hij/hem) naar Iedereen : mail gerust"""


@pytest.mark.parametrize(
    "section, speakers, names",
    [
        (ZOOM, ["Griet Opdecam", "Tobiah Wellens", "Griet Opdecam", "Nordin El Idrissi"],
         ["Griet", "Opdecam", "Tobiah", "Wellens", "Nordin", "Idrissi"]),
        (JOINED_TEAMS, ["Declan McKeever", "Corthouts, Ysaline", "Brecht Vanoverberghe", "NUALA O'ROURKE", "Ayla"],
         ["Declan", "McKeever", "Ysaline", "Corthouts", "Brecht", "Vanoverberghe", "Nuala", "O'Rourke", "Ayla"]),
        (JOINED_BARE, ["Sander de Moor", "Wouter Penneman-Dierickx", "Sander de Moor"],
         ["Sander", "Moor", "Wouter", "Penneman", "Dierickx"]),
        (HEADER_TEAMS, ["Ysaline Corthouts", "McKeever, Declan", "Brecht Vanoverberghe"],
         ["Ysaline", "Corthouts", "Declan", "McKeever", "Brecht", "Vanoverberghe"]),
    ],
    ids=["zoom", "teams-joined", "bare-time-joined", "teams-name-over-message"],
)
def test_a_joined_chat_in_the_pdf_text_gives_each_message_its_sender(section, speakers, names):
    report = _txt_report(section)
    assert [q.speaker for q in report.quotes] == speakers
    assert all(q.text and not q.text[:1].isdigit() for q in report.quotes)
    out = _published(report)
    assert [n for n in names if word_in(n, out, ignore_case=True)] == []
    assert word_in("Padlet", out) or "Padlet" not in section
    assert word_in("Druglijn", out) or "Druglijn" not in section


def test_joined_sender_reads_the_name_by_structure():
    cases = {
        "[15:02] Declan McKeever is de opname al gestart?": "Declan McKeever",
        "[15:03] Corthouts, Ysaline (Gast) ja": "Corthouts, Ysaline",
        "[15:05] Brecht Vanoverberghe Bij ons in de jeugddienst": "Brecht Vanoverberghe",
        "09:12 Sander de Moor goeiemorgen": "Sander de Moor",
        "10:04 ANNE-LIES DE LA HAYE est-ce qu'il y a": "ANNE-LIES DE LA HAYE",
        "10:05 Ayla 🌷 kan iemand": "Ayla",
    }
    for line, name in cases.items():
        got = joined_sender(line)
        assert got is not None and line[got[0] : got[1]] == name, line
    for line in ("14:00 Welkom door de schepen", "10:30 Pauze in de foyer", "[15:02] ik ben er", "15:02"):
        assert joined_sender(line) is None, line


def test_a_timetable_is_no_zoom_chat():
    table = "14:00 Van Gent naar Brussel: de bus van de jeugdraad\n15:30 Van Brussel naar Leuven: de trein"
    assert all(q.speaker is None for q in quotes_from_text(table))


def test_one_stamped_line_or_an_agenda_is_no_chat():
    agenda = "14:00 Welkom door de schepen\n15:00 Workshop Samen Spelen in de turnzaal\n16:30 Receptie in de foyer"
    assert all(q.speaker is None for q in quotes_from_text(agenda))
    one = "“Wij doen dat al jaren.”\n\n10:15 Jeugddienst Brakel start de tweede ronde"
    assert all(q.speaker is None for q in quotes_from_text(one))


# -- note lines ---------------------------------------------------------------------------------

NOTES_DASH = """mijn notities (bijna letterlijk):

- Hind Zerrouki (Jeugdraad Wetteren): "We krijgen altijd een bedankbrief, nooit een antwoord." -> instemming
- Jorne: student, zit in de leerlingenraad van zijn school, 16 jaar
- Jorne: "Als ik iets vraag, hoor ik het pas in de krant."
- Margot Vyvey, jeugdconsulent: dat klopt, maar er is maar één jeugdconsulent -> applaus
- Dr. Ramaswamy, onderzoeker: wie een antwoord kreeg, doet later vaker mee → "but only if they got one"
- moderator Ilke vraagt: wie kreeg er ooit een brief terug? -> 3 handen"""

NOTES_MARKS = """* Tjorven Delrue, begeleider bij Jeugdhuis Den Uil: "Iedereen komt voor de toog."
• Saartje Oyen (CAW Noord) → jongeren vragen eerst naar wifi, dan pas naar hulp
1. Matteo Casteels – "Je moet er zijn als er niks te doen is."
2. Liv → "Ja, maar dan verveel je je."
3) Kerem Yavuz (17): "Bij ons is er gewoon niks." """

NOTES_PLAIN = """Ilke Baeteman (Jeugddienst Zottegem): "We hebben de subsidies gehalveerd in papierwerk."
Liv: "En verdubbeld in mails." → gelach
Robin Ghesquière, 19, leiding bij Chiro Sint-Jan → stopt omdat het te veel wordt
Fien (moderator): tijd voor de laatste vraag
Ruben Naessens - JOC Zottegem - "Wij vragen geen attest meer." """


@pytest.mark.parametrize(
    "section, speakers, names, photo",
    [
        (NOTES_DASH, ["Hind Zerrouki", "Jorne", "Jorne", "Margot Vyvey", "Dr. Ramaswamy", "Ilke"],
         ["Hind", "Zerrouki", "Jorne", "Margot", "Vyvey", "Ramaswamy", "Ilke"],
         "Van links naar rechts: Ilke, Hind, Jorne en Margot."),
        (NOTES_MARKS, ["Tjorven Delrue", "Saartje Oyen", "Matteo Casteels", "Liv", "Kerem Yavuz"],
         ["Tjorven", "Delrue", "Saartje", "Oyen", "Matteo", "Casteels", "Liv", "Kerem", "Yavuz"],
         "Een foto van de toog."),
        (NOTES_PLAIN, ["Ilke Baeteman", "Liv", "Robin Ghesquière", "Fien", "Ruben Naessens"],
         ["Ilke", "Baeteman", "Liv", "Robin", "Ghesquière", "Fien", "Ruben", "Naessens"],
         "Een foto van het panel."),
    ],
    ids=["dash-list", "list-marks", "no-marks"],
)
def test_each_note_line_is_its_own_item_with_its_own_speaker(section, speakers, names, photo):
    report = _md_report(section, photo)
    assert [q.speaker for q in report.quotes] == speakers
    for q in report.quotes:  # no other line's words in a credit, no comment as a credit
        assert not (q.attribution or "").startswith(">")
        assert all(not word_in(n, q.attribution or "") for n in names if not word_in(n, q.speaker or ""))
    out = _published(report)
    assert [n for n in names if word_in(n, out, ignore_case=True)] == []
    for keep in ("Jeugdraad Wetteren", "Jeugdhuis Den Uil", "CAW Noord", "Jeugddienst Zottegem", "JOC Zottegem"):
        if keep in section:
            assert keep in out, keep


def test_a_dash_credit_under_a_quote_stays_its_credit():
    quotes = quotes_from_text("“Wij doen dat al jaren.”\n- Lotte Van Wassenhove\n\n“En het werkt.”\n- Joren Dewaele, KSA")
    assert [(q.text, q.speaker) for q in quotes] == [("Wij doen dat al jaren.", "Lotte Van Wassenhove"),
                                                     ("En het werkt.", "Joren Dewaele")]


def test_a_lone_label_line_or_an_interview_makes_no_speaker():
    quotes = quotes_from_text("“Wij doen dat al jaren.” – Jan\n\nWoordwolk (de grootste woorden): vrienden, plezier, zomer.")
    assert [q.speaker for q in quotes] == ["Jan"]
    assert note_label("A (Noura): nooit met een vraag") is None  # (an interview's answer, no name)
    assert note_label("Ruairidh — vandaag om 19:05") is None  # (a chat header: the chat shapes read it)
    assert note_label("Sietse, [12.03.23 20:41] mensen, de zaal gaat dicht") is None


def test_a_zoom_shape_word_is_no_withheld_name_word():
    # "14:11:05 From <Name> to Everyone:": the anonymiser may take "From <Name>" whole; the
    # guard's bare-name check must not then find "from" in a script (the report was withheld)
    from perskamer.plugins.anonymise.anonymiser import _person_words

    assert _person_words("From Griet Opdecam") == ["Griet", "Opdecam"]
    assert _person_words("Hind Zerrouki") == ["Hind", "Zerrouki"]
