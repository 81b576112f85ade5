"""The sender shapes of chat lines (perskamer.form.chat_lines), the quotes reader's split of a
chat block into one quote per message, and the anonymiser's reading of the same senders.

Senders and messages invented for this test (other names than the frozen s8 batch's).
"""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from perskamer.form.chat_lines import chat_line_sender, chat_sender
from perskamer.form.quotes import quotes_from_text
from perskamer.plugins.anonymise.replace import anonymise_text

SHAPES = [
    ("- ardan (08:02): goeiemorgen", "ardan", True),
    ("Ylva (08:02): goeiemorgen", "Ylva", True),
    ("[08:02] wendel: goeiemorgen", "wendel", True),
    ("08:02 wendel: goeiemorgen", "wendel", True),
    ("(08:02) - Wendel: goeiemorgen", "Wendel", True),
    ("ardan om 8:02: goeiemorgen", "ardan", True),
    ("Ylva, 08:02: goeiemorgen", "Ylva", True),
    ("ardan 8u02: goeiemorgen", "ardan", True),
    ("ardan 8h02: goeiemorgen", "ardan", True),
    ("@ardan: goeiemorgen", "ardan", False),
    ("Ylva schreef: goeiemorgen", "Ylva", False),
    ("ardan schreef om 08:02: goeiemorgen", "ardan", True),
    ("[12/03/24, 08:02] Ylva Brandt: goeiemorgen", "Ylva Brandt", True),
    ("12/3/24 08:02 - ylva: goeiemorgen", "ylva", True),
    ("Ylva — vandaag om 08:02", "Ylva", True),
    ("ardan – gisteren om 23:40", "ardan", True),
    # the Discord header with its message after a colon on the same line (set J, session 8)
    ("ardan — vandaag om 20:12: wie speelt er vanavond Kolonisten mee", "ardan", True),
    ("Ylva Brandt – gisteren om 9:05: ik kom later", "Ylva Brandt", True),
    ("ardan ⚽ (08:02): goeiemorgen", "ardan", True),
    ("- ylva de brouwer (08:02): goeiemorgen", "ylva de brouwer", True),
    ('> "- ardan (08:02): goeiemorgen"', "ardan", True),
    ("ardan (tijger) (08:02): goeiemorgen", "ardan", True),
]


@pytest.mark.parametrize(("line", "name", "stamped"), SHAPES)
def test_every_shape_finds_its_sender(line: str, name: str, stamped: bool) -> None:
    s = chat_sender(line)
    assert s is not None and s.name(line) == name and s.stamped is stamped


@pytest.mark.parametrize(
    "line",
    [
        "Om 08:02 vertrok de bus naar de kust.",
        "We vertrokken om 08:02 met de bus.",
        "Het was 08:02 toen de bel ging.",
        "Dat zei Ylva: kom maar.",
        "wie heeft de sleutel",
        "",
    ],
)
def test_ordinary_lines_have_no_sender(line: str) -> None:
    assert chat_sender(line) is None


@pytest.mark.parametrize(
    "line",
    ["Zaterdag om 14:00: ontbijt in de zaal", "Vertrek om 9:15: aan de kerk", "ik kom om 14:05: ok?"],
)
def test_agenda_lines_are_no_chat_messages_for_the_reader(line: str) -> None:
    assert chat_line_sender(line) is None


def test_a_chat_block_is_one_quote_per_message_whatever_the_shapes() -> None:
    text = (
        "De groepschat van de leiding:\n"
        "- ardan (08:02): wie haalt er brood?\n"
        "Ylva om 08:03: ik\n"
        "[08:04] wendel: ik neem choco mee\n"
        "en confituur\n"
        "@ardan: top"
    )
    quotes = quotes_from_text(text)
    assert [(q.speaker, q.text) for q in quotes] == [
        ("ardan", "wie haalt er brood?"),
        ("Ylva", "ik"),
        ("wendel", "ik neem choco mee en confituur"),
        ("ardan", "top"),
    ]


def test_a_discord_header_takes_the_message_of_the_next_lines() -> None:
    quotes = quotes_from_text("Ylva — vandaag om 08:02\nwie doet de afwas?\nardan — vandaag om 08:05\nik niet")
    assert [(q.speaker, q.text) for q in quotes] == [("Ylva", "wie doet de afwas?"), ("ardan", "ik niet")]


def test_a_discord_header_with_its_message_on_the_same_line() -> None:
    quotes = quotes_from_text("ardan — vandaag om 20:12: wie speelt er mee?\nYlva — vandaag om 20:14: ik, na mijn huiswerk")
    assert [(q.speaker, q.text) for q in quotes] == [("ardan", "wie speelt er mee?"), ("Ylva", "ik, na mijn huiswerk")]


def test_one_unstamped_line_is_no_chat_message() -> None:
    # "X schreef:" alone may be a newspaper or an app: the quote keeps its text, no speaker
    quotes = quotes_from_text("Spotify schreef: je playlist is klaar")
    assert len(quotes) == 1 and quotes[0].speaker is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("- wolk (08:02): ik lig nog in bed", "wolk"),
        ("Beertje om 21:10: slaapwel", "Beertje"),
        ("valk, 08:02: wie rijdt?", "valk"),
        ("@Ylva schreef: zie je morgen", "Ylva"),
        ("Mus — vandaag om 08:02\nwie heeft de sleutel?", "Mus"),
    ],
)
def test_the_anonymiser_reads_the_sender_whatever_the_word(text: str, name: str) -> None:
    assert name not in anonymise_text(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Chiro Ravels (20:15): de inschrijvingen zijn open", "Chiro Ravels"),
        ("De Lijn — vandaag om 08:10\nbus 18 rijdt niet", "De Lijn"),
        ("Spotify schreef: je playlist is klaar", "Spotify"),
        ("Maandag om 19:00: vergadering in Eeklo", "Maandag"),
    ],
)
def test_an_organisation_or_a_notice_is_no_sender(text: str, kept: str) -> None:
    assert kept in anonymise_text(text)


@given(st.text(alphabet=st.sampled_from(list("ab Y:0123456789()[]-—,/@.uh🌻\"'>")), max_size=80))
@example("- a (1:00): ")
@example("a — vandaag om 1:00")
def test_a_sender_span_lies_on_its_line_before_the_message(line: str) -> None:
    s = chat_sender(line)
    if s is not None:
        assert 0 <= s.start < s.end <= s.body <= len(line)
        assert line[s.start : s.end].strip() == line[s.start : s.end]


def test_a_sender_stands_at_the_start_of_a_long_line() -> None:
    # (the match reads a bounded head of the line: a sender far into it is none)
    assert chat_sender("ab " * 40_000 + "(08:02): x") is None


def test_the_guard_nets_a_sender_left_in_any_time_stamped_shape() -> None:
    from perskamer.plugins.anonymise.leftover import leftover_fragments

    frags = leftover_fragments("- wolk (08:02): wie heeft de sleutel?\nYlva om 08:03: ik\n[wo 08:04] ardan mama: ok")
    assert sorted(w for w, _ in frags) == ["ardan", "wolk", "ylva"]
    # placeholders, role labels, organisations, notices and the weak shapes ("@x:") pass
    clean = "[persoon 1] (08:02): ok\neen deelnemer om 08:03: ok\nChiro Ravels (08:04): open\nZaterdag om 14:00: ontbijt"
    assert leftover_fragments(clean) == ()


def test_the_anonymiser_masks_a_discord_sender_before_a_message_with_capitals() -> None:
    # A capitalised word in the message turns the chat reading of lower-case words off; the
    # sender of a time-stamped line is a person whatever the rest of the line says.
    from perskamer.plugins.anonymise.detect import analyse

    line = "kawira — vandaag om 20:12: wie speelt er vanavond Kolonisten mee met ons"
    assert "kawira" in [s.text for s in analyse(line).spans if s.kind == "person"]
