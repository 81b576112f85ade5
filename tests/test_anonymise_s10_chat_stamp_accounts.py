"""An account name as the sender of a chat export's line, right after its time stamp
(held-out set N's class, session 10), on our own words: the sender is masked as a contact,
and what follows a time stamp without being an account stays."""

from __future__ import annotations

import pytest
from anoncases import squeezed

from perskamer.plugins.anonymise.replace import anonymise_text

#: chat lines as a reader joins them into one quote (spaces, no line breaks), after a line
#: whose sender is a phone number; the account's parts are words no list knows
_JOINED = "welkom!! stuur je naam even {stamp1} +32 471 20 30 40: Wout 😊 {stamp2} {handle}: ja prima"
SENDERS = [
    (_JOINED.format(stamp1="12/04/2023, 19:14 -", stamp2="12/04/2023, 19:40 -", handle="zyrielle_kt"), "zyriellekt"),
    (_JOINED.format(stamp1="[19:14]", stamp2="[19:40]", handle="tamsino.b"), "tamsinob"),
    (_JOINED.format(stamp1="7:14 PM -", stamp2="7:40 PM -", handle="quelvin_22"), "quelvin22"),
    (_JOINED.format(stamp1="19:14 –", stamp2="19:40 –", handle="oriandra_vb"), "oriandravb"),
    (_JOINED.format(stamp1="[12/04/23 19:14:02]", stamp2="[12/04/23 19:40:10]", handle="yuvanesh_r"), "yuvaneshr"),
    (_JOINED.format(stamp1="12/04/2023, 19:14 -", stamp2="12/04/2023, 19:40 -", handle="hadiqa_m"), "hadiqam"),
]

LOOKALIKES = [
    ("om 20:15 - kamp_2024.zip: de planning staat in de map", "kamp_2024.zip"),
    ("De vergadering start om 19:40, o.a. de leiding: iedereen welkom", "o.a."),
    ("de agenda volgt 21:03 - de planning: eerst de spelen", "de planning"),
    ("Vanaf 14:00 - versie v2.0: de nieuwe app werkt", "v2.0"),
    ("06/06/2023, 20:15 - chiro.be: inschrijvingen open", "chiro.be"),
]


@pytest.mark.parametrize(("text", "core"), SENDERS)
def test_a_stamped_account_sender_is_masked(text: str, core: str) -> None:
    assert core not in squeezed(anonymise_text(text))


@pytest.mark.parametrize(("text", "kept"), LOOKALIKES)
def test_what_follows_a_stamp_without_being_an_account_stays(text: str, kept: str) -> None:
    assert kept in anonymise_text(text)
