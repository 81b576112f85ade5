"""A class the lead found by attacking main at the start of session 13, NOT built yet: a
LONE surname (no first name, no title) written with a capital inside a sentence is published
when the surname is also a Dutch word ("Brouwer", "Stevens", "Peters", "Smet", "Cools" -- the
OpenTaal list holds ~300 of the surname list's entries), in nearly every person position:
subject, object, after "met", "bij", "van", "aan", "zonder", "naar". Visser, Dekker, Claus are
masked in the same positions, so the words are read as ordinary words, not as names, although
docs/anonymisation.md says a name-word "capitalised mid-sentence" is masked. A second shape:
any listed surname alone after a verb of employment ("werk bij/voor <Achternaam>", "vakantiejob
bij <Achternaam>") is kept as a firm, so it is published too. Each case is a strict xfail until
a rule covers the class (issue 11); the look-alikes below (the same words as common nouns, a
language, a party, chains, a place after "naar") must stay kept when it does. The sentences and
names are the lead's own (common Flemish and Dutch surnames), not taken from any fixture or
bench set. Session 12's "naar" subclass is in tests/test_anonymise_s12_open.py."""

from __future__ import annotations

import pytest

from perskamer.plugins.anonymise.replace import anonymise_text
from perskamer.testing import word_in

OPEN = pytest.mark.xfail(strict=True, reason="open class: a lone surname that is also a Dutch word, or after 'werk bij' (session 13)")


@pytest.mark.parametrize(("text", "name"), [
    ("“Ik sprak met Brouwer over de subsidies.”", "Brouwer"),
    ("“Toen kwam Stevens binnen met taart.”", "Stevens"),
    ("“Ik heb Peters gisteren nog gezien op de markt.”", "Peters"),
    ("“Gelukkig hielp Smet ons met de tenten.”", "Smet"),
    ("“We logeerden bij Hoste in Gent.”", "Hoste"),  # (masked since session 13: a surname alone after "bij", person_visits)
    ("“Het idee kwam van Cools, niet van mij.”", "Cools"),
    ("“Samen met Wouters deden we de afwas.”", "Wouters"),
    ("“Ik heb het aan Brouwers gevraagd.”", "Brouwers"),
    pytest.param("“Zonder Engels was het nooit gelukt.”", "Engels", marks=OPEN),
    ("“Mijn vriendin heeft Boon al verwittigd.”", "Boon"),
    ("“Na de vergadering bleef Holvoet nog even.”", "Holvoet"),
    ("“Ik ben bij Bollen langsgeweest voor de sleutel.”", "Bollen"),  # (masked since session 13: a surname alone after "bij", person_visits)
    ("“We hebben Dillen om raad gevraagd.”", "Dillen"),
    ("“Brouwer vond het een goed idee.”", "Brouwer"),
    ("“Ik schreef een brief naar Bakker.”", "Bakker"),  # (masked since session 13: a surname alone after "naar")
    ("“De Smedt heeft de sleutels van het lokaal.”", "Smedt"),
    ("“Ik werk al twee jaar bij Goossens in de winkel.”", "Goossens"),
    ("“Mijn broer werkt voor Baert sinds vorig jaar.”", "Baert"),
    ("“Ik doe een vakantiejob bij Mertens.”", "Mertens"),
    ("“Zij werkt nu bij Verbeke als boekhouder.”", "Verbeke"),
    ("“Ik heb Dekker meteen gebeld.”", "Dekker"),
    ("“Gisteren zag ik Claus in de stad.”", "Claus"),
    ("“De Bonte zei dat het goed was.”", "Bonte"),
])
def test_a_lone_surname_is_masked(text: str, name: str) -> None:
    assert not word_in(name, anonymise_text(text))


@pytest.mark.parametrize(("text", "word"), [
    ("“Ik werk bij Colruyt in Halle.”", "Colruyt"),
    ("“De brouwer van het dorp gaf ons bier.”", "brouwer"),
    ("“Peters en meters waren ook uitgenodigd.”", "Peters"),
    ("“We gingen naar Brugge met de trein.”", "Brugge"),
    ("“Ik werk bij Brouwerij Het Anker in Mechelen.”", "Anker"),
    ("“Engels is voor veel jongeren geen probleem.”", "Engels"),
    ("“Ik volg Engels en Frans op school.”", "Engels"),
    ("“Het was een boon van een vent.”", "boon"),
    ("“We aten bij Quick na de wedstrijd.”", "Quick"),
    ("“Ik werk bij Delhaize als vakkenvuller.”", "Delhaize"),
    ("“Ik loop stage bij Kind en Gezin.”", "Gezin"),
    ("“Ik ben lid van Groen en van de jeugdraad.”", "Groen"),
])
def test_the_same_word_as_a_word_or_organisation_stays(text: str, word: str) -> None:
    assert word_in(word, anonymise_text(text))
