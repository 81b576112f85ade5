"""Things recognised by their verb, and session 6's shapes beside them.

Sentences of our own (not the frozen cases of anonymise_s6_keep_cases.py): shops "Bij X
kocht ik", apps before "downloaden" or after "installeerden", sponsors, "Op X" opening a
sentence (no surname particle without an article), trade nouns before a name
("Slagerij X"), hospitals ("AZ X"), "van X" after what only an organisation has, and
(keep_of) a word no list knows after "<thing> van", (keep_places) "in La Roche".
Each rule keeps what it recognises and never protects a person: a listed first name, a
listed surname, a name the report gives, a word after a title.
"""

from __future__ import annotations

import pytest
from anoncases import plain_first_names  # (the same sample of listed first names as keep_context)
from hypothesis import given, settings
from hypothesis import strategies as st

from perskamer.plugins.anonymise.detect import Knowledge
from perskamer.plugins.anonymise.replace import anonymise_text
from perskamer.testing import word_in

KEPT = [
    ("Bij Zapatoz kocht ik mijn eerste voetbalschoenen.", ["Zapatoz"]),
    ("Bij Frigolino werk ik nu al twee zomers.", ["Frigolino"]),
    ("Je kan Plannix gratis downloaden op elke gsm.", ["Plannix"]),
    ("Heb je Plannix al gedownload?", ["Plannix"]),
    ("We installeerden Leesvriend op alle laptops.", ["Leesvriend"]),
    ("Installeerden jullie Leesvriend ook al?", ["Leesvriend"]),
    ("Kromvelt sponsort onze fuif met de drank.", ["Kromvelt"]),
    ("Kromvelt Bouw heeft de nieuwe goals gesponsord.", ["Kromvelt Bouw"]),
    ("Op Zomerkriebel staan we met een kraam.", ["Zomerkriebel"]),
    ("Op Kermis Wachtebeke stonden we met een kraam.", ["Kermis Wachtebeke"]),
    ("De broodjes kwamen van Bakkerij Verhelst.", ["Bakkerij Verhelst"]),
    ("Na de vergadering gaan we naar Frituur Nadine.", ["Frituur Nadine"]),
    ("Ze werd geopereerd in het AZ Maria Middelares.", ["AZ Maria Middelares"]),
    ("De medewerkers van Kwintelo waren heel vriendelijk.", ["Kwintelo"]),
    # keep_of: a word no list knows after "<thing> van"
    ("Zonder de aanhangwagen van Zwoppa waren we nergens geraakt.", ["Zwoppa"]),
    ("De wifi van Trovix valt elke avond uit.", ["Trovix"]),
    ("We hebben de vertrouwenspersoon van Kwintelo gebeld.", ["Kwintelo"]),
    ("Er stond een frigo vol Zwoppa klaar voor de bob.", ["Zwoppa"]),
    # keep_places: a place opened by an article or a particle after a place's preposition
    ("Op kamp in La Roche brak ze haar arm.", ["La Roche"]),
    ("Mijn vader komt uit Al Hoceima, mijn moeder uit Tanger.", ["Al Hoceima"]),
    ("Volgend jaar trekken we naar Le Havre met de fiets.", ["Le Havre"]),
    ("De quiz werd betaald door Café De Zwaluw.", ["Café De Zwaluw"]),
]


@pytest.mark.parametrize(("text", "items"), KEPT)
def test_things_recognised_by_their_verb_are_kept(text: str, items: list[str]) -> None:
    out = anonymise_text(text)
    assert [i for i in items if not word_in(i, out)] == [], out


PERSONS = [
    ("Bij Annelies kocht ik mijn fiets, tweedehands.", ["Annelies"]),
    ("Bij Peeters kocht ik vlees voor de barbecue.", ["Peeters"]),
    ("Bij Tenzin kreeg ik een knuffel.", ["Tenzin"]),
    ("Samen met Tenzin installeren we de app.", ["Tenzin"]),
    ("Ik heb met Tenzin de app gedownload.", ["Tenzin"]),
    ("Mevrouw Kromvelt sponsort onze fuif.", ["Kromvelt"]),
    ("Yasmine heeft de drank gesponsord.", ["Yasmine"]),
    ("Op Tenzin kan je altijd rekenen.", ["Tenzin"]),
    ("Op Tenzin wachten we al een uur.", ["Tenzin"]),
    ("Op de Beeck zei dat hij later kwam.", ["Beeck"]),
    ("Op 't Eynde gaf de vorming.", ["Eynde"]),
    ("Het lievelingsspel van Tenzin is verstoppertje.", ["Tenzin"]),
    ("De papa van Tenzin kwam ook mee.", ["Tenzin"]),
    ("Het idee van Tenzin was het beste.", ["Tenzin"]),
    ("De fiets van Tenzin stond nog buiten.", ["Tenzin"]),
    ("De schoolvriendin van Tenzin belde.", ["Tenzin"]),
    ("De muziek van Tenzin (17) was te luid.", ["Tenzin"]),
    ("Het kamp komt van Tenzin.", ["Tenzin"]),
    ("De ideeën komen van Tenzin.", ["Tenzin"]),
    ("Het optreden van Tenzin was het mooiste moment.", ["Tenzin"]),
    ("De workshop van Tenzin Dolma was top.", ["Tenzin", "Dolma"]),
    ("De kar van Tenzin Peeters stond klaar.", ["Tenzin", "Peeters"]),
    ("Ik leerde de recepten van Tenzin Mendoza en haar oma.", ["Tenzin", "Mendoza"]),
    ("Ik stapte naar De Smet om het te vragen.", ["Smet"]),
    ("Ik stapte naar Van Acker om het te vragen.", ["Acker"]),
    ("We gingen in La Sofie zwemmen, zei Tenzin.", ["Sofie", "Tenzin"]),
]


@pytest.mark.parametrize(("text", "names"), PERSONS)
def test_a_person_in_a_verb_position_still_goes(text: str, names: list[str]) -> None:
    out = anonymise_text(text)
    assert [n for n in names if word_in(n, out, ignore_case=True)] == [], out


def test_a_name_the_report_gives_wins_over_the_verb() -> None:
    know = Knowledge()
    know.add("Kromvelt", explicit=True)
    out = anonymise_text("Kromvelt sponsort onze fuif met de drank.", know)
    assert not word_in("Kromvelt", out), out


POSITIONS = [
    "Bij {} kocht ik mijn schoenen.",
    "Bij {} werk ik al een jaar.",
    "Je kan {} gratis downloaden.",
    "We installeerden {} op de tablets.",
    "{} sponsort onze fuif.",
    "{} heeft de drank gesponsord.",
    "Op {} staat mijn neef.",
    "De kar van {} stond klaar.",
]


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(plain_first_names(50)), st.sampled_from(POSITIONS))
def test_a_listed_first_name_is_never_protected_by_a_verb(name: str, template: str) -> None:
    out = anonymise_text(template.format(name))
    assert not word_in(name, out, ignore_case=True), out


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["Bij", "Kromvelt", "kocht", "ik", "sponsort", "heeft", "gesponsord", "Op", "de",
                                 "downloaden", "gratis", "installeerden", "we", "Bakkerij", "AZ", "Jonas", ".", ","]),
                min_size=1, max_size=25))
def test_verb_rules_are_idempotent_on_any_word_salad(words: list[str]) -> None:
    once = anonymise_text(" ".join(words))
    assert anonymise_text(once) == once
