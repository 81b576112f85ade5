"""Session 21's keep frames (s21-keep): organisations and venues in German, French and English
quotes (keep_abroad), German sentences (keep_german), an office's compound before a name
(keep_firms: "het ontwerpbureau X"), the agent of "gesponsord door X" (keep_verbs) and a Dutch
apposition whose noun is an office ("X, een klein webbureau"). Items and names invented for
this test; every frame is also tested with a person's name in it, which must go."""

from __future__ import annotations

import pytest

from perskamer.plugins.anonymise import detect, keep_abroad, keep_german
from perskamer.plugins.anonymise.replace import anonymise_text
from perskamer.testing import word_in

ABROAD = [
    ("“Seit dem Sommer arbeite ich bei Trovanta in Eupen.”", "Trovanta"),
    ("“Ich mache eine Ausbildung bei Kelmora, das ist toll.”", "Kelmora"),
    ("“Je travaille chez Dumarco depuis un an.”", "Dumarco"),
    ("“Le samedi je bosse chez Marlino, c'est cool.”", "Marlino"),
    ("“Last summer I worked at Brexly in Cork.”", "Brexly"),
    ("“She did an internship at Quorvin last year.”", "Quorvin"),
    ("“We played a gig at the Lanternhall in Bristol.”", "Lanternhall"),
    ("“On a trouvé Zapiro, une petite agence de pub, pour l'affiche.”", "Zapiro"),
    ("“We asked Fennix, a small design studio, to help.”", "Fennix"),
    ("“Wir fragten Radolo, einem Fahrradverleih aus Eupen.”", "Radolo"),
]
ABROAD_PERSONS = [
    ("“Seit dem Sommer arbeite ich bei Lukas in der Werkstatt.”", "Lukas"),
    ("“Je travaille chez Mathieu depuis un an.”", "Mathieu"),
    ("“I stayed at Oliver's place last night.”", "Oliver"),
    ("“I worked at Hannah's bakery all summer.”", "Hannah"),
    ("“Ich habe das bei Sophie gelernt, nicht in der Schule.”", "Sophie"),
]
GERMAN = [
    ("“Wir kommen aus Weywertz und treffen uns im Jugendtreff Lindenhof.”", ("Weywertz", "Jugendtreff Lindenhof")),
    ("“Unser Treffpunkt ist im Kulturhaus Kornmühle in Kelmis.”", ("Unser Treffpunkt", "Kulturhaus Kornmühle")),
    ("“Die Idee kam von der Jugendfeuerwehr Honsfeld, und wir machen mit.”", ("Jugendfeuerwehr Honsfeld",)),
    ("“Ich fahre mit dem Bus nach Raeren, das ist nicht weit.”", ("Ich", "Bus", "Raeren")),
]
GERMAN_PERSONS = [
    ("“Mit Marie und Felix fahren wir jedes Jahr nach Aachen.”", ("Marie", "Felix")),
    ("“Das hat uns die Tahmina erzählt, und wir waren froh.”", ("Tahmina",)),
    ("“Ich war gestern beim Tsering und wir haben gespielt.”", ("Tsering",)),
    ("“Meine Schwester Johanna ist auch im Verein.”", ("Johanna",)),
]
DUTCH = [
    ("“Het ontwerpbureau Grafiko maakte onze affiche.”", "Grafiko"),
    ("“Onze truien zijn gesponsord door Vlindr, de soep door de bakker.”", "Vlindr"),
    ("“Ik deed stage bij Tekstra, een klein webbureau in Gent”, zegt de jongere.", "Tekstra"),
]
DUTCH_PERSONS = [
    ("“Ik ging naar het reisbureau van Jan en daarna naar het reisbureau Jan.”", "Jan"),
    ("“De truien werden gesponsord door Jan Peeters.”", "Peeters"),
    ("“Ik deed stage bij Lieve, de kinesiste van mijn oma.”", "Lieve"),
]


@pytest.mark.parametrize(("text", "item"), ABROAD)
def test_an_employer_or_venue_abroad_is_kept(text: str, item: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert word_in(item, anonymise_text(text)), text
    with monkeypatch.context() as m:
        m.setattr(detect, "protect_abroad", lambda *a, **k: None)
        assert not word_in(item, anonymise_text(text)), "the rule must be what keeps it"


@pytest.mark.parametrize(("text", "name"), ABROAD_PERSONS)
def test_a_person_in_the_same_frame_abroad_goes(text: str, name: str) -> None:
    assert not word_in(name, anonymise_text(text), ignore_case=True)


@pytest.mark.parametrize(("text", "items"), GERMAN)
def test_german_sentence_frames_are_kept(text: str, items: tuple[str, ...], monkeypatch: pytest.MonkeyPatch) -> None:
    out = anonymise_text(text)
    assert all(word_in(i, out) for i in items), out
    with monkeypatch.context() as m:
        m.setattr(detect, "protect_german", lambda *a, **k: None)
        out = anonymise_text(text)
        assert not all(word_in(i, out) for i in items), "the rule must be what keeps them"


@pytest.mark.parametrize(("text", "names"), GERMAN_PERSONS)
def test_a_person_in_a_german_sentence_goes(text: str, names: tuple[str, ...]) -> None:
    out = anonymise_text(text)
    assert not any(word_in(n, out, ignore_case=True) for n in names), out


@pytest.mark.parametrize(("text", "item"), DUTCH)
def test_dutch_business_frames_are_kept(text: str, item: str) -> None:
    assert word_in(item, anonymise_text(text)), text


@pytest.mark.parametrize(("text", "name"), DUTCH_PERSONS)
def test_a_person_in_the_same_dutch_frame_goes(text: str, name: str) -> None:
    assert not word_in(name, anonymise_text(text), ignore_case=True)


def test_a_dutch_sentence_with_one_german_word_is_not_german() -> None:
    toks = detect.tokenize("Ik werk bij Tahmina in het weekend, zegt ze.")
    assert keep_german._german_sentences(toks) == []


def test_the_work_word_must_stand_in_the_same_sentence() -> None:
    # "at X" with no word of working before it is no employer's frame: a name of no list goes
    assert not word_in("Tahmina", anonymise_text("“Yesterday we met at Tahmina and talked.”"))
    assert keep_abroad._WORK_BEFORE["at"] >= {"work", "internship"}


def test_the_english_pronoun_i_is_kept_and_an_initial_is_not() -> None:
    out = anonymise_text("“I did an internship in Dublin last year.”")
    assert out.startswith("“I did"), out
    assert not word_in("Peeters", anonymise_text("“Ik zag I. Peeters gisteren.”"))


BRACKETS = [
    ("“We werkten samen met een jeugdvereniging (Kwiekel) uit Aalst.”", "Kwiekel"),
    ("“Gäste waren eine Jugendgruppe (Wandervogt) und wir.”", "Wandervogt"),
    ("“Ons eten kwam van een klein bedrijf (Smakkio) uit de buurt.”", "Smakkio"),
]
BRACKET_PERSONS = [
    ("“Mijn partner (Tahmina) kwam mee naar de fuif.”", "Tahmina"),
    ("“De begeleider (Tsering) was er ook bij.”", "Tsering"),
    ("“Een jongerengroep (Tahmina, 16) kwam vertellen.”", "Tahmina"),
    ("“Een jongerengroep (Jan en Piet) kwam vertellen.”", "Piet"),
]


@pytest.mark.parametrize(("text", "item"), BRACKETS)
def test_a_body_in_brackets_after_its_group_noun_is_kept(text: str, item: str,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    assert word_in(item, anonymise_text(text)), text
    with monkeypatch.context() as m:
        m.setattr(detect, "protect_bracketed_bodies", lambda *a, **k: None)
        assert not word_in(item, anonymise_text(text)), "the rule must be what keeps it"


@pytest.mark.parametrize(("text", "name"), BRACKET_PERSONS)
def test_a_person_in_brackets_goes(text: str, name: str) -> None:
    assert not word_in(name, anonymise_text(text), ignore_case=True)


def test_german_taking_part_and_staff_frames() -> None:
    out = anonymise_text("“Ich mache seit zwei Jahren mit bei Trellwerk, sagt ein Mädchen.”")
    assert word_in("Trellwerk", out) and word_in("Jahren", out), out
    out = anonymise_text("“Eine Mitarbeiterin von Ostwind erzählte von ihrer Arbeit.”")
    assert word_in("Ostwind", out) and word_in("Arbeit", out), out
    assert not word_in("Tsering", anonymise_text("“Ein Freund von Tsering kam auch mit.”"))


SHOPS = [
    ("“Ik werk als vakkenvuller bij Mertens, drie avonden.”", "Mertens"),
    ("“Mijn bijbaantje: kassa bij Vandenberghe op zaterdag.”", "Vandenberghe"),
    ("“We zijn verzekerd bij Securo, dat is goedkoper.”", "Securo"),
    ("“We vroegen een offerte van Warmtix voor de verwarming.”", "Warmtix"),
]
SHOP_PERSONS = [
    ("“Ik werk als kinesist bij Peeters in de praktijk.”", "Peeters"),
    ("“Ik werk bij Peeters, elke zaterdag.”", "Peeters"),
    ("“Ik werk als vakkenvuller bij Jan Peeters.”", "Jan"),
    ("“De offerte van Jan was te duur.”", "Jan"),
]


@pytest.mark.parametrize(("text", "item"), SHOPS)
def test_a_shop_an_insurer_a_supplier_are_kept(text: str, item: str) -> None:
    assert word_in(item, anonymise_text(text)), text


@pytest.mark.parametrize(("text", "name"), SHOP_PERSONS)
def test_a_person_one_works_for_or_a_first_name_goes(text: str, name: str) -> None:
    assert not word_in(name, anonymise_text(text), ignore_case=True)
