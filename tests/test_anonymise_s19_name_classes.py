"""Session 19's frozen cases of the name classes attack A18 still leaked (``anonymise_s19_name_class_cases``,
written before the rules were read): lower-case names in the strongest person slots of chat speech ("hey
X", "dankje X", "ik en X", "X en ik", "zeg tegen X", "met X gaan we") and the lower-case surname after
a lower-case first name (``person_lower_slots``); a romanised East-Asian family name and its
syllables ("Li Wei", "Vo Minh Tuan": ``person_east_asian``); a listed first name that is also a word as
a one-word speaker's label before a quotation ("Storm: “…”": ``person_label_lines``); a surname in
capitals before the first name ("VERHAEGEN Wannes, geboren 2009": ``person_admin_order``); a first name
alone as an item of a structured line ("Siham\tvrijwilliger", "cc: Keza, ...": ``person_items``); a
person's full name after a group's word ("Les Scouts de <Voornaam> <Achternaam>": ``person_org_names``). Each case runs as bare text and through a report (the
photo caption for the caption cases, the quotes section for the others). Figures (cases with a name
left / look-alike cases losing an item), main 1f2608d -> session 19: see docs/anonymisation.md."""

from __future__ import annotations

import anonymise_s19_name_class_cases as batch
import pytest
from anoncases import params

#: cases that fail today (strict: the lists can only shrink)
#: (29, "wacht op oyetunji-bamidele, die ...", closed by session 24: the one waited for, person_lower_slots)
TEXT_MISSES = {19, 36, 37, 39, 55, 58, 79}
REPORT_MISSES = {19, 55, 56, 58, 79, 86, 87, 106}
#: look-alikes masked today (as at the start): "@iedereen" (a handle's shape), "van Gent-Zuid", a
#: car brand, "Ma" (mother) opening a sentence, French "Nous" before a verb form; in the report
#: also "Zomerkamp:", "— SAMENVATTING" and "THEMA — PARTICIPATIE" read as credits by the reader
KEEP_TEXT_MISSES = {22, 39, 45, 48, 59, 61}
KEEP_REPORT_MISSES = {22, 34, 39, 45, 48, 51, 52, 59, 61}


@pytest.mark.parametrize(("path", "text", "names"), params(batch.PERSON, TEXT_MISSES))
def test_a_name_of_the_classes_goes_from_the_text(path: str, text: str, names: list[str]) -> None:
    assert not batch.names_left(text, names, batch.run_text), batch.run_text(text)


@pytest.mark.parametrize(("path", "text", "names"), params(batch.PERSON, REPORT_MISSES))
def test_a_name_of_the_classes_goes_from_the_report(path: str, text: str, names: list[str]) -> None:
    run = batch.run_path(path)
    assert not batch.names_left(text, names, run), run(text)


@pytest.mark.parametrize(("path", "text", "items"), params(batch.KEEP, KEEP_TEXT_MISSES))
def test_a_look_alike_in_the_same_frame_stays_in_the_text(path: str, text: str, items: list[str]) -> None:
    assert not batch.items_lost(text, items, batch.run_text), batch.run_text(text)


@pytest.mark.parametrize(("path", "text", "items"), params(batch.KEEP, KEEP_REPORT_MISSES))
def test_a_look_alike_in_the_same_frame_stays_in_the_report(path: str, text: str, items: list[str]) -> None:
    run = batch.run_path(path)
    assert not batch.items_lost(text, items, run), run(text)


@pytest.mark.parametrize(("text", "gone"), [
    ("hey wardeltje wa doede gij vanavond", "wardeltje"),
    ("ik en femke van der linden hebben de affiches gemaakt", "linden"),
    ("bericht van moderator bram hoogeveen op 3 maart", "hoogeveen"),
    ("dankje wel fredeswinde, zonder jou lukte het niet", "fredeswinde"),
])
def test_the_rule_itself(text: str, gone: str) -> None:
    from perskamer.plugins.anonymise.replace import anonymise_text

    assert gone not in anonymise_text(text)


@pytest.mark.parametrize("text", [
    "hey allemaal, de vergadering begint", "ik en mijn broer gingen naar Oostende", "dankje leiding voor het kamp",
    "met de bus gaan we naar Gent", "zeg tegen iedereen dat het lokaal dicht is", "hey guys alles goed?",
    "ik en femke van gent gingen zwemmen",
])
def test_lower_case_words_in_the_slots_stay(text: str) -> None:
    from perskamer.plugins.anonymise.replace import anonymise_text

    out = anonymise_text(text)
    for w in ("allemaal", "broer", "leiding", "bus", "iedereen", "guys", "gent"):
        assert text.count(w) == out.count(w), out


@pytest.mark.parametrize(("text", "gone"), [
    ("Met dank aan Li Wei voor de soep.", "Wei"),
    ("Cao Lin: ik wil meer sport op het plein.", "Lin"),
    ("“Het was super.” — ZHANG RUI", "RUI"),
    ("Storm: “Ik kom hier elke woensdag.”", "Storm"),
    ('Jack: "Ik kom hier elke woensdag."', "Jack"),
])
def test_the_shape_rules_themselves(text: str, gone: str) -> None:
    from perskamer.plugins.anonymise.replace import anonymise_text

    assert gone not in anonymise_text(text)


@pytest.mark.parametrize(("text", "kept"), [
    ("We doen elke week Tai Chi in het jeugdhuis.", "Tai Chi"),
    ("We deden kungfu en pingpong.", "pingpong"),
    ('Vraag: "Wat vond je ervan?"', "Vraag"),
    ('Moderator: "Welkom allemaal."', "Moderator"),
    ("De storm blies de tenten omver.", "storm"),
])
def test_the_look_alikes_of_the_shape_rules_stay(text: str, kept: str) -> None:
    from perskamer.plugins.anonymise.replace import anonymise_text

    assert kept in anonymise_text(text)


@pytest.mark.parametrize(("text", "gone"), [
    ("Deelnemer: VERHAEGEN Wannes, geboren 2009, Leuven", "VERHAEGEN"),
    ("Deelnemer: VAN DE VELDE Lowie, geboren 2009", "VELDE"),
    ("- OKORIE Chidubem", "OKORIE"),
    ("lol linde viel weer van zijn skateboard", "linde"),
    ("precious adeyemi zei da we moesten wachten", "adeyemi"),
    ("morgen met sky peeters naar de stad", "peeters"),
    ("vraag van nabin: mag mijn zus ook komen?", "nabin"),
])
def test_the_admin_order_and_chat_subject_rules(text: str, gone: str) -> None:
    from perskamer.plugins.anonymise.replace import anonymise_text

    assert gone not in anonymise_text(text)


@pytest.mark.parametrize(("text", "kept"), [
    ("Partners: KAJ Brugge, VZW Jeugdhuis, UNICEF België.", "KAJ Brugge"),
    ("Sponsor: KBC Bank, JOETZ Leuven", "KBC Bank"),
    ("vraag van de leiding: mag mijn zus ook komen?", "leiding"),
    ("met de bus naar gent", "bus"),
    ("mama zei dat het kon", "mama"),
    ("lol iedereen viel", "iedereen"),
])
def test_the_look_alikes_of_the_admin_order_and_chat_subject_rules_stay(text: str, kept: str) -> None:
    from perskamer.plugins.anonymise.replace import anonymise_text

    assert kept in anonymise_text(text)


@pytest.mark.parametrize(("text", "gone"), [
    ("Siham\tvrijwilliger\t2022", "Siham"),
    ('"Dawit";"animator";"ja"', "Dawit"),
    ("cc: Keza, de coördinator en het secretariaat", "Keza"),
    ("Van: Nabin\nVerzonden: dinsdag 4 maart", "Nabin"),
    ("Winnaar van de quiz: Tobi! Proficiat!", "Tobi"),
    ("Zaterdag 14u-18u: Shirin (bar) en iemand van de buurt (kassa)", "Shirin"),
    ("Wie deed de muziek? Ayesha, natuurlijk.", "Ayesha"),
    ("Wie deed de muziek? Liu Yang, natuurlijk.", "Yang"),
])
def test_a_first_name_alone_as_an_item_goes(text: str, gone: str) -> None:
    from perskamer.plugins.anonymise.replace import anonymise_text

    assert gone not in anonymise_text(text)


@pytest.mark.parametrize(("text", "kept"), [
    ("Materiaal: Kapla, stiften, touw", "Kapla"),
    ("Thema van de maand: Diwali", "Diwali"),
    ("Locatie: Kortrijk, zaal 3", "Kortrijk"),
    pytest.param("Uitstap: Hallerbos (met de trein)", "Hallerbos", marks=pytest.mark.xfail(strict=True, reason=(
        "a keep cost since session 25: s25-a25's rule 45 masks a single word no list holds as the whole value "
        "of a label (a name on a roster line); a forest no place list holds reads the same"))),
    ("Partners: Formaat, Ambrassade en Kazou.", "Formaat"),
])
def test_a_thing_alone_as_an_item_stays(text: str, kept: str) -> None:
    from perskamer.plugins.anonymise.replace import anonymise_text

    assert kept in anonymise_text(text)


@pytest.mark.parametrize(("text", "kept"), [
    ("“Bij Les Scouts de Wavre doen we alles.”", "Wavre"),
    ("“Scouts Sint-Pieter Aalst is een mooie naam.”", "Sint-Pieter"),
    ("“Het team van Jeugdhuis De Schakel won.”", "De Schakel"),
    ("“Het jeugdhuis van Lokeren sluit om tien uur.”", "Lokeren"),
])
def test_a_group_named_after_a_place_or_saint_stays(text: str, kept: str) -> None:
    from perskamer.plugins.anonymise.replace import anonymise_text

    assert kept in anonymise_text(text)


@pytest.mark.parametrize(("text", "gone"), [
    ("“Het café van Lieselijn Vermeulebroek was dicht.”", "Vermeulebroek"),
    ("“De zaal van Everaldus Claeyssensbeke was te klein.”", "Claeyssensbeke"),
    ("“Het huis van Lieselijn Vermeulebroek staat in Gent.”", "Lieselijn"),
])
def test_a_first_name_that_splits_into_words_is_no_thing_noun_after_van(text: str, gone: str) -> None:
    """keep_typed._one_name_word (b4fb2e0) read a first name that splits into Dutch words
    ("Liese|lijn", "Ever|aldus") as a compound type noun and kept it with the surname."""
    from perskamer.plugins.anonymise.replace import anonymise_text

    assert gone not in anonymise_text(text)
