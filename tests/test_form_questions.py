"""Question matching and whole-form assembly on variants of the form."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from perskamer.form import assemble_report, best_question, blocks_from_text, join_lines, slugify
from perskamer.form.layout import is_running_header
from perskamer.model import Report


def read(text: str) -> Report:
    report = Report(source="x.txt", slug="x", format="form-text")
    return assemble_report(blocks_from_text(text), report)


@pytest.mark.parametrize(
    ("text", "section"),
    [
        ("Wat er is gebeurd in de sessie? Wat hebben jullie gedaan/gehoord/beleefd? Omschrijf in 5 a 10 zinnen", "summary"),
        ("wat is er gebeurd in de sessie?", "summary"),
        ("Wat is er gebeurd?", "summary"),
        ("Wat gebeurde er?", "summary"),
        ("Samenvatting", "summary"),
        ("1. Wat is er gebeurd", "summary"),
        ("Op welke manier kwamen de ambities aan bod?", "ambitions"),
        ("De ambities", "ambitions"),
        ("AMBITIES", "ambitions"),
        ("Interessante quote(s) uit de sessie", "quotes"),
        ("Quotes", "quotes"),
        ("Citaten", "quotes"),
        ("Vraag 3: quotes", "quotes"),
        ("Wat heeft jou verrast? Wat onthoud je?", "surprise"),
        ("Verrast?", "surprise"),
        ("Wat me verraste", "surprise"),
        ("Wat onthoud je", "surprise"),
        ("Waar kwamen veel vragen/reacties over?", "questions"),
        ("Vragen & reacties", "questions"),
        ("Vragen/reacties", "questions"),
        ("Sfeerbeeld van de sessie – foto (of schets)", "photo"),
        ("Sfeerbeeld", "photo"),
        ("Foto", "photo"),
    ],
)
def test_question_variants(text: str, section: str) -> None:
    match = best_question(text)
    assert match is not None and match.section == section


@pytest.mark.parametrize(
    "text",
    [
        "Verslag sessie congres #Jeugdwerkwerkt",
        "Datum: 6 juni 2023",
        "Veel vragen over de verzekering van die losse helpers: zijn die gedekt als ze geen lid zijn?",
        "Wat is er nodig? Volgens Koen moet ruimte voor jeugd een vaste plaats krijgen in de planning.",
        "Wat ik onthoud: engagement is geen vast gegeven, het beweegt mee met je leven.",
        "Ze toonden foto's van hoe ze alles elke morgen opzetten en 's avonds terug afbreken.",
        "mathis: wie is er morgen in het jeugdhuis",
        "Engagement op maat: vrijwilligers vinden, binden en laten groeien",
    ],
)
def test_answer_lines_are_not_questions(text: str) -> None:
    assert best_question(text) is None


FORM = """Verslag sessie congres #Jeugdwerkwerkt • 6 juni 2023 • pagina 1 > 2
NOTA
Verslag sessie congres #Jeugdwerkwerkt
Datum: dinsdag 6 juni 2023
Een titel over speelpleinen
Verslaggever: Lise Verstraete

{summary}

We speelden een spel. Het was leuk.

{ambitions}

Jeugdinfrastructuur kwam aan bod.

{quotes}

“Een quote.” – Wout De Smet (KSA)

{surprise}

Hoeveel ruimte er is.

{questions}

Over verzekeringen.
"""

FULL = {
    "summary": "Wat er is gebeurd in de sessie? Wat hebben jullie gedaan/gehoord/beleefd? Omschrijf in 5 a 10 zinnen",
    "ambitions": "Op welke manier kwamen de ambities aan bod? Hoe maakt de organisatie die aan het woord kwam één\nvan de ambities bijvoorbeeld vandaag al waar? Of wat is er volgens de sprekers nodig om deze ambitie(s)\nwaar te kunnen maken?",
    "quotes": "Interessante quote(s) uit de sessie",
    "surprise": "Wat heeft jou verrast? Wat onthoud je?",
    "questions": "Waar kwamen veel vragen/reacties over?",
}
SHORT = {"summary": "Wat is er gebeurd?", "ambitions": "De ambities", "quotes": "Quotes", "surprise": "Verrast?",
         "questions": "Vragen & reacties"}
LOWER = {k: v.lower() for k, v in FULL.items()}
NUMBERED = {k: f"{i}. {v}" for i, (k, v) in enumerate(SHORT.items(), start=1)}


@pytest.mark.parametrize("labels", [FULL, SHORT, LOWER, NUMBERED], ids=["full", "short", "lower", "numbered"])
def test_form_variants(labels: dict[str, str]) -> None:
    report = read(FORM.format(**labels))
    assert not report.has_errors, report.problems
    assert report.title == "Een titel over speelpleinen"
    assert report.date == dt.date(2023, 6, 6)
    assert report.meta["reporter"] == "Lise Verstraete"
    assert report.sections == {
        "summary": "We speelden een spel. Het was leuk.",
        "ambitions": "Jeugdinfrastructuur kwam aan bod.",
        "quotes": "“Een quote.” – Wout De Smet (KSA)",
        "surprise": "Hoeveel ruimte er is.",
        "questions": "Over verzekeringen.",
    }
    assert [(q.text, q.speaker, q.affiliation) for q in report.quotes] == [("Een quote.", "Wout De Smet", "KSA")]
    assert report.section_lines["summary"] == 8


def test_out_of_order_and_missing() -> None:
    text = (
        "Een titel\nDatum: 06-06-2023\n\nQuotes\n\n“Eerst de quotes.” – Roos\n\n"
        "Wat is er gebeurd?\n\nDaarna de samenvatting.\n\nVerrast?\n\nIk was verrast.\n"
    )
    report = read(text)
    assert list(report.sections) == ["summary", "quotes", "surprise"]
    assert report.sections["summary"] == "Daarna de samenvatting."
    assert report.quotes[0].speaker == "Roos"


def test_question_wrapped_over_lines_in_plain_text() -> None:
    text = (
        "Titel\nDatum: 6 juni 2023\n\nOp welke manier kwamen de\nambities aan bod?\n\nVooral vrijwillig engagement.\n\n"
        "Wat heeft jou\nverrast?\n\nVeel.\n"
    )
    report = read(text)
    assert report.sections == {"ambitions": "Vooral vrijwillig engagement.", "surprise": "Veel."}


def test_label_with_answer_on_same_line() -> None:
    report = read("Titel\n\nVerrast? Hoe weinig ik eigenlijk wist.\n\nQuotes: “Zo is het.” – Roos\n")
    assert report.sections["surprise"] == "Hoe weinig ik eigenlijk wist."
    assert [(q.text, q.speaker) for q in report.quotes] == [("Zo is het.", "Roos")]


def test_form_without_sections_is_an_error() -> None:
    report = read("Boodschappen\nmelk\nbrood\n")
    assert report.has_errors
    (problem,) = [p for p in report.problems if p.severity == "error"]
    assert problem.file == "x.txt" and problem.hint


def test_empty_answers_are_not_sections() -> None:
    report = read("Titel\n\nQuotes\n\nWat heeft jou verrast?\n\nIets.\n\nSfeerbeeld van de sessie – foto (of schets )\n")
    assert list(report.sections) == ["surprise"]
    assert report.private["form_questions"]["quotes"] == 3


@pytest.mark.parametrize(
    "text",
    [
        # PDF extract layout: wrapped lines apart by an empty line, paragraphs by a line of spaces
        "Titel \n\n \n\nQuotes \n\n \n\n“Een lange quote die doorloopt \n\n\n\n"
        "Verslag sessie congres #Jeugdwerkwerkt • 6 juni 2023 • pagina 2 > 2 \n\n"
        "tot op de volgende pagina.” – Roos \n\n \n\n",
        # plain text with a form feed
        "Titel\n\nQuotes\n\n“Een lange quote die doorloopt\n\f"
        "Verslag sessie congres #Jeugdwerkwerkt • 6 juni 2023 • pagina 2 > 2\n"
        "tot op de volgende pagina.” – Roos\n",
    ],
    ids=["pdf-extract", "form-feed"],
)
def test_page_break_inside_a_quote_is_mended(text: str) -> None:
    report = read(text)
    assert [(q.text, q.speaker) for q in report.quotes] == [("Een lange quote die doorloopt tot op de volgende pagina.", "Roos")]
    assert report.date == dt.date(2023, 6, 6)  # from the page header


def test_dehyphenation() -> None:
    assert join_lines(["een organi\u00ad", "satie"]) == "een organisatie"
    assert join_lines(["een organi\u2010", "satie"]) == "een organisatie"
    assert join_lines(["CAW Oost-", "Vlaanderen"]) == "CAW Oost-Vlaanderen"
    assert join_lines(["Anne-", "Sophie"]) == "Anne-Sophie"
    assert join_lines(["peter-", "en meterschap"]) == "peter- en meterschap"
    assert join_lines(["een oud-", "leider"]) == "een oud-leider"
    assert join_lines(["de vrijwil-", "ligers"], {"vrijwilligers"}) == "de vrijwilligers"
    assert join_lines(["het was", "warm"]) == "het was warm"
    assert join_lines(["een quote” –", "Roos"]) == "een quote” – Roos"


def test_furniture() -> None:
    assert is_running_header("Verslag sessie congres #Jeugdwerkwerkt • 6 juni 2023 • pagina 1 > 3")
    assert is_running_header("Pagina 2 van 3")
    assert not is_running_header("Verslag sessie congres #Jeugdwerkwerkt")


def test_lists_survive() -> None:
    report = read("Titel\n\nDe ambities\n\nNodig:\n\n- meer vorming\n- een aanspreekpunt\n\n1. eerst\n2. dan\n")
    assert report.sections["ambitions"] == "Nodig:\n\n- meer vorming\n- een aanspreekpunt\n\n1. eerst\n2. dan"


def test_markdown_in_text_is_escaped() -> None:
    report = read("Titel\n\nVerrast?\n\n# geen kop\n\nEen *ster* en `code`.\n")
    assert report.sections["surprise"] == "\\# geen kop\n\nEen \\*ster\\* en \\`code\\`."


def test_slugify() -> None:
    assert slugify("001_engagement-op-maat") == "001_engagement-op-maat"
    assert slugify("Één Sessie: wat nu?") == "een-sessie-wat-nu"
    assert slugify("???") == "verslag"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=2000))
def test_assembly_never_raises(text: str) -> None:
    report = read(text)
    assert isinstance(report.sections, dict)


FORMISH = st.sampled_from(
    ["Quotes", "Verrast?", "Datum: 6 juni 2023", "“x” – Roos", "\n", "\n\n", " \n", "\f", "pagina 1 > 2", "NOTA",
     "Wat is er gebeurd?", "- item", "mathis: hoi", "organi\u00ad", "Oost-", "https://a.be", "Sfeerbeeld"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(FORMISH, st.text(max_size=30)), max_size=60).map("\n".join))
def test_formish_text_never_raises(text: str) -> None:
    report = read(text)
    for q in report.quotes:
        assert q.text


REWORDED = """VERSLAG SESSIE CONGRES #JEUGDWERKWERKT
Sessie: Ronde 2 – zaal Schelde
Titel: Spelen in de stad
Datum: woensdag 7 juni 2023
Verslaggever: Tine (Chiro)

1. Wat gebeurde er tijdens de sessie?
We wandelden door de stad. Het regende.
De gids vertelde veel over pleinen.

2. Hoe kwamen de ambities aan bod?
Jeugdinfrastructuur, duidelijk.

3. Quotes uit de sessie
"Een plein is geen parking." - Koen Peeters (Open Plan)
Koen: "Speel overal."

4. Wat verraste je?
De vele pleintjes.

5. Vragen en reacties uit de zaal
Veel vragen over geld.

6. Foto
(zie bijlage)
"""


def test_reworded_numbered_form_with_labelled_header() -> None:
    report = read(REWORDED)
    assert report.title == "Spelen in de stad" and report.date == dt.date(2023, 6, 7)
    assert report.meta == {"reporter": "Tine", "reporter_note": "Chiro", "session": "Ronde 2 – zaal Schelde"}
    assert report.sections == {
        "summary": "We wandelden door de stad. Het regende. De gids vertelde veel over pleinen.",
        "ambitions": "Jeugdinfrastructuur, duidelijk.",
        "quotes": '"Een plein is geen parking." - Koen Peeters (Open Plan)\n\nKoen: "Speel overal."',
        "surprise": "De vele pleintjes.",
        "questions": "Veel vragen over geld.",
        "photo": "(zie bijlage)",
    }
    assert [(q.text, q.speaker, q.affiliation) for q in report.quotes] == [
        ("Een plein is geen parking.", "Koen Peeters", "Open Plan"), ("Speel overal.", "Koen", None),
    ]


def test_labels_with_answers_inline_and_a_bare_date() -> None:
    text = (
        "Spelen in de stad\n6/6/2023\n\nWat is er gebeurd? We wandelden door de stad.\n"
        "Ambities: jeugdinfrastructuur en kruispunten.\nQuotes: «Een plein is geen parking.» – Koen\n"
        "Verrast? De vele pleintjes.\nVragen/reacties: over geld.\n"
    )
    report = read(text)
    assert report.title == "Spelen in de stad" and report.date == dt.date(2023, 6, 6)
    assert report.sections == {
        "summary": "We wandelden door de stad.", "ambitions": "jeugdinfrastructuur en kruispunten.",
        "quotes": "«Een plein is geen parking.» – Koen", "surprise": "De vele pleintjes.", "questions": "over geld.",
    }
    assert [(q.text, q.speaker) for q in report.quotes] == [("Een plein is geen parking.", "Koen")]


def test_upper_case_short_headings() -> None:
    report = read("Spelen in de stad\n\nSAMENVATTING\nWe wandelden.\n\nCITATEN\n„Ja.” – Roos\n\nVERRASSINGEN\nVeel.\n")
    assert report.sections == {"summary": "We wandelden.", "quotes": "„Ja.” – Roos", "surprise": "Veel."}
