import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from perskamer.form import is_name, parse_attribution, quotes_from_text

CASES = [
    # text, [(quote, speaker, affiliation)]
    ("“Je wordt leiding omdat je bij de bende wil horen.” – Anne-Sophie Van den Broeck (Chirojeugd Vlaanderen)",
     [("Je wordt leiding omdat je bij de bende wil horen.", "Anne-Sophie Van den Broeck", "Chirojeugd Vlaanderen")]),
    ("„Bij VDAB hebben wij de cijfers.” – Pieter Vanhoutte (VDAB)", [("Bij VDAB hebben wij de cijfers.", "Pieter Vanhoutte", "VDAB")]),
    ("« Kinderen hebben geen lobby. » – Sarah\nVermeulen", [("Kinderen hebben geen lobby.", "Sarah Vermeulen", None)]),
    ("«Zo werkt dat.» – Noor", [("Zo werkt dat.", "Noor", None)]),
    ("'Participatie zonder macht is decoratie.' – Nathalie De Clercq (Kinderrechtencommissariaat)",
     [("Participatie zonder macht is decoratie.", "Nathalie De Clercq", "Kinderrechtencommissariaat")]),
    ("‘Bel gerust naar Ilse D’Hondt, zij kent de weg.’ – Hanne", [("Bel gerust naar Ilse D’Hondt, zij kent de weg.", "Hanne", None)]),
    ('"Ik was bang dat het mislukte", zei Thomas.', [("Ik was bang dat het mislukte", "Thomas", None)]),
    ("„Ik was bang. Het omgekeerde is gebeurd”, zei Thomas.", [("Ik was bang. Het omgekeerde is gebeurd", "Thomas", None)]),
    ("« Hier mag ik niks. Dat hangt boven mijn bureau. » zei Sarah.", [("Hier mag ik niks. Dat hangt boven mijn bureau.", "Sarah", None)]),
    ("'Gamen is geen probleem.' volgens Ilias", [("Gamen is geen probleem.", "Ilias", None)]),
    ("‘Ik ben via het platform bij de Chiro terechtgekomen.’\n(Jeroen V., deelnemer)",
     [("Ik ben via het platform bij de Chiro terechtgekomen.", "Jeroen V.", "deelnemer")]),
    ('"Betrek ons bij de afspraken." (Naam, 17)', [("Betrek ons bij de afspraken.", "Naam", "17")]),
    ('Sarah: "Kinderen hebben geen lobby."', [("Kinderen hebben geen lobby.", "Sarah", None)]),
    ("“Niemand wordt leiding omdat hij zich wil engageren.”\n– Anne-Sophie Van den Broeck (Chirojeugd Vlaanderen)",
     [("Niemand wordt leiding omdat hij zich wil engageren.", "Anne-Sophie Van den Broeck", "Chirojeugd Vlaanderen")]),
    ("„Niemand die nog belt.” – een jongere uit het filmpje", [("Niemand die nog belt.", None, None)]),
    ("“Ik heb op één teen twee teenagels”", [("Ik heb op één teen twee teenagels", None, None)]),
    ("\"Jonas' verhaal overtuigde meer dan tien beleidsnota's.\" – Mehmet", [("Jonas' verhaal overtuigde meer dan tien beleidsnota's.", "Mehmet", None)]),
    ("'Anders is 't precies praten tegen een muur.' – Nore", [("Anders is 't precies praten tegen een muur.", "Nore", None)]),
    ('> "Eerlijk is eerlijk." – Jade, 16', [("Eerlijk is eerlijk.", "Jade", "16")]),
    ("“Een” – A\n\n“Twee” – B", [("Een", "A", None), ("Twee", "B", None)]),
    ("“Eén zin die over\ntwee regels loopt.” – Mehmet Yıldırım (Jeugdhuis 't Kruispunt)",
     [("Eén zin die over twee regels loopt.", "Mehmet Yıldırım", "Jeugdhuis 't Kruispunt")]),
    ("‚Enkel lage aanhalingstekens‘ – Wout", [("Enkel lage aanhalingstekens", "Wout", None)]),
    ("‹ Enkele hoekjes › – Lotte Wouters", [("Enkele hoekjes", "Lotte Wouters", None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:30] for c in CASES])
def test_quote_shapes(text: str, expected: list) -> None:
    quotes = quotes_from_text(text, markdown=text.startswith(">"))
    assert [(q.text, q.speaker, q.affiliation) for q in quotes] == expected


def test_attribution_kept_when_not_a_name() -> None:
    (q,) = quotes_from_text("„Niemand die nog belt.” – een jongere uit het filmpje")
    assert q.speaker is None and q.attribution == "een jongere uit het filmpje"


def test_chat_log_and_intro() -> None:
    text = (
        "Een stukje uit de Discord van het jeugdhuis, zoals het op de slide stond:\n\n"
        "mathis: wie is er morgen in het jeugdhuis\nilias: ik ben der vanaf 4u\n"
        "mathis: ok ik kom ook 😅\n\n\"Op Instagram zie je enkel de mooie kant.\""
    )
    quotes = quotes_from_text(text)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("wie is er morgen in het jeugdhuis", "mathis"),
        ("ik ben der vanaf 4u", "ilias"),
        ("ok ik kom ook 😅", "mathis"),
        ("Op Instagram zie je enkel de mooie kant.", None),
    ]
    assert [q.line for q in quotes] == [3, 4, 5, 7]


def test_chat_with_timestamps() -> None:
    quotes = quotes_from_text("[21:03] mathis: komt er iemand?\n[21:04] Ilias: ja, ik\n")
    assert [(q.text, q.speaker) for q in quotes] == [("komt er iemand?", "mathis"), ("ja, ik", "Ilias")]


def test_urls_are_not_quotes() -> None:
    text = "https://jes.be/wij-zijn-jes/\nhttps://jes.be/wij-zijn-jes/\n“Een quote”\n\n“Nog een”"
    assert [q.text for q in quotes_from_text(text)] == ["Een quote", "Nog een"]


def test_markdown_blockquote_with_emphasis() -> None:
    (q,) = quotes_from_text('> *"Dit is belangrijk."* – **Lotte**', markdown=True)
    assert (q.text, q.speaker) == ("Dit is belangrijk.", "Lotte")


def test_unmarked_quotes_when_none_are_marked() -> None:
    quotes = quotes_from_text("Gamen is geen probleem – Ilias\n\nAlleen gamen wel")
    assert [(q.text, q.speaker) for q in quotes] == [("Gamen is geen probleem", "Ilias"), ("Alleen gamen wel", None)]


def test_commentary_is_not_a_quote_when_others_are_marked() -> None:
    quotes = quotes_from_text("Wat ik zeker wil meegeven is dit\n\n“Echt een quote.” – Roos")
    assert [(q.text, q.speaker) for q in quotes] == [("Echt een quote.", "Roos")]


@pytest.mark.parametrize(
    ("name", "ok"),
    [("Anne-Sophie Van den Broeck", True), ("Jeroen V.", True), ("Mehmet Yıldırım", True), ("Jan-Willem D'Hondt", True),
     ("Zoë", True), ("een jongere uit het filmpje", False), ("iemand uit de zaal", False), ("Een deelnemer", False),
     ("Deelnemer", False), ("17", False), ("", False), ("mathis", False)],
)
def test_is_name(name: str, ok: bool) -> None:
    assert is_name(name) is ok


def test_parse_attribution() -> None:
    assert parse_attribution("– Wout De Smet (KSA Noordzee)") == ("Wout De Smet (KSA Noordzee)", "Wout De Smet", "KSA Noordzee")
    assert parse_attribution(", zei Thomas.") == ("Thomas", "Thomas", None)
    assert parse_attribution(" volgens Ilias") == ("Ilias", "Ilias", None)
    assert parse_attribution("– Jade, 16") == ("Jade, 16", "Jade", "16")
    assert parse_attribution("   ") == (None, None, None)


QUOTE_CHARS = st.sampled_from(list("“”„«»‘’‚‹›\"'–-:(),.\n >*_ ") + ["zei ", "volgens ", "mathis: ", "https://x.be"])


@settings(max_examples=300)
@given(st.lists(st.one_of(QUOTE_CHARS, st.text(max_size=12)), max_size=40).map("".join))
def test_never_raises(text: str) -> None:
    for markdown in (False, True):
        for q in quotes_from_text(text, markdown=markdown):
            assert isinstance(q.text, str) and q.text
