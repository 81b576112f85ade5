"""Session 25 (s25-a25, issue 11, severity 1): a name as the whole value of a label or a sentence of its
own (``person_label_values``), and the administrative order with a symbol around it
(``person_admin_order``). Written with the rules; names invented (none from the fixtures, the bench
sets or the attack sets), items in the same frames that must stay."""

from __future__ import annotations

import pytest
from anonymise_asserts import items_stay, names_go


@pytest.mark.parametrize(("text", "names"), [
    ("Sportdag · za 10:00–16:00 · coördinator: Thiadrik · 12 deelnemers", ["Thiadrik"]),
    ("Vaat 20:00–21:00: Ouafae + de oudste groep", ["Ouafae"]),
    ("Achteraan in de bus, rij 9: Kwesiba (slaapt meteen)", ["Kwesiba"]),
    ("Gekozen tot kampburgemeester: Zelimkhan Dudaev! 🎉", ["Zelimkhan", "Dudaev"]),
    ("Opruimen. Idrissia. Tenten afbreken. Daarna de bus in.", ["Idrissia"]),
    ("Beheerder van de kas: Quirijntje; reserve: Maelys", ["Maelys"]),
    ("Toezicht 22:00–23:00: Vuyelwa Mthembu + iemand van de keuken", ["Vuyelwa", "Mthembu"]),
])
def test_a_name_as_a_labels_value_goes(text: str, names: list[str]) -> None:
    names_go(text, names)


@pytest.mark.parametrize(("text", "items"), [
    ("Locatie: Zwartebroek (achter de kerk)", ["Zwartebroek"]),
    ("Thema: Atlantis! 🌊", ["Atlantis"]),
    ("Spel van de avond: Weerwolven", ["Weerwolven"]),
    ("Bij slecht weer: Monopoly, kaarten of een film.", ["Monopoly"]),
    ("Unterstützt von: Kreisjugendring", ["Kreisjugendring"]),
    ("Sponsor: Brouwerij Het Anker · dank!", ["Brouwerij Het Anker"]),
    ("Vervoer: NMBS", ["NMBS"]),
    ("Kamer 4: EHBO", ["EHBO"]),
    ("Dag 2. Regen. Binnen spelletjes.", ["Regen"]),
    # a list of places one of which no place list holds: its sibling lines keep a place
    ("ETAPPE 1: Brugge — fietsen\nETAPPE 2: Haltebeek — picknick", ["Haltebeek"]),
])
def test_a_thing_as_a_labels_value_stays(text: str, items: list[str]) -> None:
    items_stay(text, items)


@pytest.mark.parametrize(("text", "names"), [
    ("Aanwezig bij de dropping: OUTTAHAR Selwyn ✓", ["OUTTAHAR", "Selwyn"]),
    ("Lijst fietstocht: ✅ VERSCHAEREN Mirabel", ["VERSCHAEREN", "Mirabel"]),
    ("Zitplaats 31: EL-HAMDAOUI Yassira", ["HAMDAOUI", "Yassira"]),
    ("Aanwezig op de repetitie: QUIRINO ✓", ["QUIRINO"]),
    ("Zitplaats 8: FELANDRO", ["FELANDRO"]),
])
def test_the_administrative_order_with_a_symbol_goes(text: str, names: list[str]) -> None:
    names_go(text, names)


@pytest.mark.parametrize(("text", "items"), [
    ("Aanwezig: KLJ Oudegem ✓", ["KLJ", "Oudegem"]),
    ("Zetel 3: LEIDING ✓", ["LEIDING"]),
    ("Vervoer: NMBS ✓", ["NMBS"]),
])
def test_an_organisation_in_capitals_with_a_symbol_stays(text: str, items: list[str]) -> None:
    items_stay(text, items)


def test_a_guardian_is_a_person_noun_before_van() -> None:
    names_go("Handtekening ouder/voogd van Aurelijn: __________", ["Aurelijn"])
    items_stay("De kar van Kringloopwinkel Zuid staat klaar.", ["Kringloopwinkel Zuid"])


@pytest.mark.parametrize(("text", "names"), [
    ("wie doet er mee met de quiz? ik, thiadrik, en misschien mijn buurvrouw", ["thiadrik"]),
    ("wie komt er helpen? ik, ouafae benhaddou, en nog twee anderen", ["ouafae", "benhaddou"]),
    ("hahahah kwesiba met die hoed 😂", ["kwesiba"]),
    ("lol zelimkhan die in de gracht valt", ["zelimkhan"]),
    ("hehe idrissia op de glijbaan", ["idrissia"]),
])
def test_a_lower_case_name_after_ik_or_a_laugh_goes(text: str, names: list[str]) -> None:
    names_go(text, names)


@pytest.mark.parametrize(("text", "items"), [
    ("wie doet er mee? ik, mama, en de buren", ["mama"]),
    ("hahaha de kapoenen in de modder", ["kapoenen"]),
    ("haha gent was top", ["gent"]),
    ("lol echt waar", ["echt"]),
])
def test_a_lower_case_word_after_ik_or_a_laugh_stays(text: str, items: list[str]) -> None:
    items_stay(text, items)


@pytest.mark.parametrize(("text", "names"), [
    ("Dikke merci aan Thiadrik 🌻 Vandenbossche voor de soep!", ["Thiadrik", "Vandenbossche"]),
    ("Foto's van Ouafae 💫 Benhaddou staan online.", ["Ouafae", "Benhaddou"]),
    ("Proficiat aan Kwesiba ⭐ Mensahbi met het diploma!", ["Kwesiba", "Mensahbi"]),
])
def test_a_name_split_by_an_emoji_goes_whole(text: str, names: list[str]) -> None:
    names_go(text, names)


def test_a_name_split_by_an_emoji_is_one_person() -> None:
    from perskamer.plugins.anonymise.replace import anonymise_text

    assert anonymise_text("Dikke merci aan Thiadrik 🌻 Vandenbossche voor de soep!") == \
        "Dikke merci aan [persoon 1] voor de soep!"


@pytest.mark.parametrize(("text", "items"), [
    ("Kamp 🏕️ Dag 3: regen", ["Kamp", "Dag"]),
    ("Op naar Brugge 🚂 Oostende!", ["Brugge", "Oostende"]),
    ("Chiro 🌟 Zomerfeest op zaterdag", ["Chiro", "Zomerfeest"]),
])
def test_words_around_an_emoji_stay(text: str, items: list[str]) -> None:
    items_stay(text, items)


@pytest.mark.parametrize(("text", "names"), [
    ("Bonjour, c'est la maman de Thiadrik Vandenbossche, il a oublié ses bottes.", ["Thiadrik", "Vandenbossche"]),
    ("Bonsoir, c'est le papa d'Ouafae, elle est malade.", ["Ouafae"]),
    ("Coucou, c'est la mamie de Kwesiba Mensahbi, elle arrive demain.", ["Kwesiba", "Mensahbi"]),
    ("Salut, c'est le frère de Zelimkhan, il a oublié son pyjama.", ["Zelimkhan"]),
])
def test_a_name_after_a_french_family_noun_goes(text: str, names: list[str]) -> None:
    names_go(text, names)


@pytest.mark.parametrize(("text", "items"), [
    ("Bonjour, c'est la maman, elle a oublié sa gourde à Namur.", ["maman", "Namur"]),
    ("Bonjour, c'est la maman de tout le groupe!", ["maman"]),
    ("We gaan op de Grote Markt spelen.", ["Grote Markt"]),
])
def test_a_french_family_noun_stays(text: str, items: list[str]) -> None:
    items_stay(text, items)


@pytest.mark.parametrize(("text", "names"), [
    ("hahaha ouafae 🌼 benhaddou in dat kostuum", ["ouafae", "benhaddou"]),
    ("Lieve mama, Qamarbil ✨ Ouadghiri en ik slapen in dezelfde tent.", ["Qamarbil", "Ouadghiri"]),
])
def test_a_name_split_by_an_emoji_goes_in_lower_case_and_at_a_sentences_start(text: str, names: list[str]) -> None:
    names_go(text, names)


@pytest.mark.parametrize(("text", "items"), [
    ("ik en thiadrik 😂 lachen ons kapot", ["lachen"]),
    ("Bedankt 🙏 Jeugddienst Lebbeke!", ["Bedankt", "Jeugddienst Lebbeke"]),
])
def test_a_word_next_to_an_emoji_and_a_name_stays(text: str, items: list[str]) -> None:
    items_stay(text, items)
