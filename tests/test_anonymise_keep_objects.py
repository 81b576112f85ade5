"""Things recognised by the sentence they stand in (keep_objects, session 7).

Also "The X" (an English article opens a title, never a person's name), "dat X een
<thing's noun> ... is", the object of "draaien", "X Y-<Dutch noun>" compounds, English
titles with a capitalised function word inside ("X To The Y") or a possessive before an
English word ("X's Kitchen"), and a first name before "Van <place>" (a full name).

Sentences of our own (not the frozen cases of anonymise_s7_keep_cases.py, and invented
names of things, so no list can know them): the object of watching, reading, eating,
using, ordering, organising and wearing when the subject is settled; the
subject of "is een <thing's noun>"; an apposition ", de <thing's noun>"; an institution
named after a person ("X Ymuseum", "X Y Huis"); and a run that stops before "in De X".
Each rule keeps what it recognises and never protects a person: a listed first name, a
listed surname, a name the report gives, a word after a title, an inverted subject, an
indirect object.
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
    # objects, the subject settled before or right after the verb
    ("Iedereen in de groep keek Zwermtijd, zelfs de stille jongens.", ["Zwermtijd"]),
    ("We kijken elke zondag Plofland met de kleinsten.", ["Plofland"]),
    ("Mijn kleine broer leest nog altijd Kwakkel in bed.", ["Kwakkel"]),
    ("De oudste meisjes lezen graag Brabbelboek op de bus.", ["Brabbelboek"]),
    ("Op kamp aten we elke avond Snorrevlees.", ["Snorrevlees"]),
    ("In de pauze drinken ze allemaal Fizzgo.", ["Fizzgo"]),
    ("We gebruiken Plannoot voor de planning van de vrijwilligers.", ["Plannoot"]),
    ("Elk jaar organiseren we Zomerzotheid op het plein.", ["Zomerzotheid"]),
    ("Voor de fuif bestelden we Krokkie bij de groothandel.", ["Krokkie"]),
    ("Op de fuif droegen ze allemaal Zwindel, dat was toen de mode.", ["Zwindel"]),
    ("Omdat we Zwermtijd keken, was iedereen te laat.", ["Zwermtijd"]),
    # "X is een/het <thing's noun>", ", de <thing's noun>"
    ("Zomerzotheid is het grootste gratis feest van de streek.", ["Zomerzotheid"]),
    ("Plannoot was een goedkope app, maar hij werkte niet.", ["Plannoot"]),
    ("Het thema van de fuif was Zwopa Zwap.", ["Zwopa Zwap"]),
    ("Mijn favoriete spel is Zworp, al drie jaar.", ["Zworp"]),
    ("We gaan naar Kwetterbos, een speeltuin met een buitenzwembad.", ["Kwetterbos"]),
    ("Elke dinsdag zit ik bij Zorbak, de buddywerking van de stad.", ["Zorbak"]),
    ("Na middernacht draaien we geen Brulband meer.", ["Brulband"]),
    ("De kinderen spelen Zworp op de speelplaats.", ["Zworp"]),
    ("Het leukste was Kwikkerbal spelen in de gang.", ["Kwikkerbal"]),
    ("Mijn vader denkt nog altijd dat Zwopa een spel voor kleuters is.", ["Zwopa"]),
    ("Ze zei dat Plannoot een goedkope app was.", ["Plannoot"]),
    # "The X", "X Y-<noun>"
    ("Mijn nichtje kijkt elke week naar The Grumbles op tv.", ["The Grumbles"]),
    ("Ik zit in een Zworp Legends-clan met mijn neven.", ["Zworp Legends"]),
    ("Onze Kwak Kart-avond was het hoogtepunt.", ["Kwak Kart"]),
    # English titles: a capitalised function word inside, a possessive before an English word
    ("We keken Back To The Zworp op de filmavond.", ["Back To The Zworp"]),
    ("Je kan de overschotten ophalen via Bread For The City.", ["Bread For The City"]),
    ("Ze herkende het uit Zwopa's Kitchen, een kookprogramma.", ["Zwopa's Kitchen"]),
    # institutions named after a person
    ("We bezochten het Jeroen Vlasmuseum op de laatste dag.", ["Jeroen Vlasmuseum"]),
    ("Het Hilde Zwarten Huis zoekt vrijwilligers.", ["Hilde Zwarten Huis"]),
    ("De voorstelling is in het Lode Krijger Theater.", ["Lode Krijger Theater"]),
    # a firm or a street named after a person, a venue word opening a name
    ("Toen kwam de offerte van Vermoesen Bouw eindelijk binnen.", ["Vermoesen Bouw"]),
    ("De vrachtwagen van Quintelier Transport stond al klaar.", ["Quintelier Transport"]),
    ("Ons nieuwe lokaal ligt in de Kanunnik Zwopastraat.", ["Kanunnik Zwopastraat"]),
    ("We zagen de film in Cinema Zworp, vlak bij het station.", ["Cinema Zworp"]),
    # a city abroad whose name is also a person's, after a place's preposition (GeoNames)
    ("Mijn nicht studeert nu in Adelaide, aan de andere kant van de wereld.", ["Adelaide"]),
    ("Uit Alexandria kwamen drie jongeren op uitwisseling.", ["Alexandria"]),
    # the subject opening a clause after ", en"; an earlier replacement in the subject
    ("We hadden weinig tijd, en de broer van Tenzin speelt Zworp Party beter dan iedereen.", ["Zworp Party"]),
    # a run of names stops before "in De X": a place
    ("Ze gaan naar Zwopa Parcs in De Haan.", ["De Haan"]),
]


@pytest.mark.parametrize(("text", "items"), KEPT)
def test_things_recognised_by_their_position_are_kept(text: str, items: list[str]) -> None:
    out = anonymise_text(text)
    assert [i for i in items if not word_in(i, out)] == [], out


PERSONS = [
    # an inverted subject, an indirect object, a particle that takes a person
    ("Gisteren keek Tenzin naar de film.", ["Tenzin"]),
    ("Daarna las Dessa het verhaal voor.", ["Dessa"]),
    ("We keken Dessa recht aan.", ["Dessa"]),
    ("We lazen Dessa het verhaal voor.", ["Dessa"]),
    ("Ik kocht Dessa een ijsje.", ["Dessa"]),
    ("De leiding droeg Tenzin naar de ambulance.", ["Tenzin"]),
    ("We vierden Tenzin Dolma met taart.", ["Tenzin", "Dolma"]),
    ("We kijken Jonas Peeters na.", ["Jonas", "Peeters"]),
    ("We vierden juf Dessa op haar laatste dag.", ["Dessa"]),
    ("We gebruikten Tenzin als tolk bij het gesprek.", ["Tenzin"]),
    ("We lezen nog altijd Dessa's verhalen voor het slapengaan.", ["Dessa"]),
    ("Op de fuif droegen ze allemaal Tenzin Dolma op hun schouders.", ["Tenzin", "Dolma"]),
    ("De dj draaide Tenzin om.", ["Tenzin"]),
    ("Ik keek Tenzin Dolma recht in de ogen.", ["Tenzin", "Dolma"]),
    ("We speelden Tenzin vrij voor het doel.", ["Tenzin"]),
    ("We gaan Tenzin kijken op de match.", ["Tenzin"]),
    ("De kinderen spelen Tenzin de bal toe.", ["Tenzin"]),
    ("Daarna speelde Tenzin de bal door.", ["Tenzin"]),
    ("Ik ging met Jan Of Piet naar de fuif.", ["Jan", "Piet"]),
    ("Ik zag Tenzin's fiets aan de deur.", ["Tenzin"]),
    ("Tenzin's Instagram staat op privé.", ["Tenzin"]),
    ("Ze zei dat Tenzin een spel speelde met de kleuters.", ["Tenzin"]),
    ("Ze zei dat Tenzin een echte leider is.", ["Tenzin"]),
    ("Het was een Tenzin Peeters-show van begin tot einde.", ["Tenzin", "Peeters"]),
    ("We zagen The Grumbles met Tenzin Dolma.", ["Tenzin", "Dolma"]),
    # the copula and the apposition with a person's noun
    ("Dessa is de beste leider van de club.", ["Dessa"]),
    ("De winnaar van de quiz was Tenzin.", ["Tenzin"]),
    ("Het probleem was Tenzin, niet de groep.", ["Tenzin"]),
    ("Mijn favoriete spel is Tenzin zijn kaartspel.", ["Tenzin"]),
    ("Dessa, een vriend van de club, kwam ook.", ["Dessa"]),
    ("Dessa, een leuke gast, kwam ook.", ["Dessa"]),
    # a capitalised "Van" before a place opens a surname (found by the s7 frozen batch)
    ("Hij loopt stage bij Storm Van Gent in Aalst.", ["Storm", "Gent"]),
    ("Ik werk op zaterdag bij Roos Vanden Brugge.", ["Roos", "Brugge"]),
    ("De brief kwam van Tenzin Van Mechelen.", ["Tenzin", "Mechelen"]),
    # a city's name that is a person's, where a person stands
    ("Ik heb echt vertrouwen in Charlotte.", ["Charlotte"]),
    ("In Milan zijn ogen zag je de angst.", ["Milan"]),
    ("Ze komt uit Victoria Peeters haar klas.", ["Victoria", "Peeters"]),
    ("Ik ging met Milan naar de training.", ["Milan"]),
    # a person's name, not a firm's
    ("Ik ging met Tenzin Bouw naar huis.", ["Tenzin", "Bouw"]),
    ("Ik zag Tenzin Transport aan de overkant.", ["Tenzin", "Transport"]),
    ("Ik werk samen met meester Tenzin Bouw.", ["Tenzin", "Bouw"]),
    # a person's name, not an institution's
    ("Ik sprak met Ayoub in De Panne.", ["Ayoub"]),
    ("Ik sprak met Jan in de Braekt.", ["Jan", "Braekt"]),
    ("Het Jeroen Peeters fonds", ["Jeroen", "Peeters"]),
    ("Ik sprak met Hilde Zwartenhuis over het kamp.", ["Hilde", "Zwartenhuis"]),
    ("Ik ging met Jonas Park naar huis.", ["Jonas", "Park"]),
    ("Ik zag Min-jun Park gisteren op de trein.", ["Park"]),
    ("We werkten samen met Hilde Zworp Huis.", ["Hilde", "Zworp"]),
]


@pytest.mark.parametrize(("text", "names"), PERSONS)
def test_a_person_in_the_same_position_still_goes(text: str, names: list[str]) -> None:
    out = anonymise_text(text)
    assert [n for n in names if word_in(n, out, ignore_case=True)] == [], out


def test_a_name_the_report_gives_wins_over_the_position() -> None:
    know = Knowledge()
    know.add("Zwermtijd", explicit=True)
    out = anonymise_text("Iedereen keek Zwermtijd, zelfs de stille jongens.", know)
    assert not word_in("Zwermtijd", out), out


POSITIONS = [
    "Iedereen keek {} op de laptop.",
    "De kinderen lezen graag {} in de bib.",
    "We organiseren {} op het plein.",
    "Op de fuif droegen ze allemaal {}.",
    "Omdat we {} keken, was iedereen te laat.",
    "{} is het grootste feest van de streek.",
    "Ze zei dat {} een goedkope app was.",
    "Ik heb vertrouwen in {}.",
    "Na middernacht draaien we geen {} meer.",
    "Elke dinsdag zit ik bij {}, de buddywerking van de stad.",
]


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(plain_first_names(50)), st.sampled_from(POSITIONS))
def test_a_listed_first_name_is_never_protected_by_a_position(name: str, template: str) -> None:
    out = anonymise_text(template.format(name))
    assert not word_in(name, out, ignore_case=True), out


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["Iedereen", "keek", "Zwermtijd", "is", "een", "het", "feest", "de", "buddywerking",
                                 "we", "lezen", "Jonas", "Museum", "Huis", "in", "De", "Haan", ",", ".", "droegen"]),
                min_size=1, max_size=25))
def test_position_rules_are_idempotent_on_any_word_salad(words: list[str]) -> None:
    once = anonymise_text(" ".join(words))
    assert anonymise_text(once) == once


def test_a_word_only_its_position_keeps_is_listed_for_the_editor() -> None:
    from perskamer.plugins.anonymise.detect import analyse

    found = analyse("Zworpfest is het grootste gratis feest van de streek.")
    assert found.spans == []
    assert [(u.text, u.reason) for u in found.uncertain] == [("Zworpfest", "kept: a thing by its sentence position")]
