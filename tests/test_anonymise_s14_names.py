"""Names published because of the WORD they are (issue 11, session 14, s14-names).

Frozen before any rule was written. Every name below is s14-names' own and was checked absent
from tests/, bench/data/ and /work/shared/ (``grep -rliwF``; the scripts without capitals with
``grep -rlF``). Three classes, each a set of person positions and a set of look-alikes (the same
words, or words of the same shape, as ordinary words, titles, places, organisations) that must
stay kept:

1. **A name no name list holds that reads as a word** (Dutch, English or German words used as
   first names or surnames: "Smaragd", "Kikkert", "Archer", "Jäger"), alone inside a sentence
   where only a person stands: a vocative ("Kom op, X, ...", "Goed gedaan, X!"), an apposition
   after a role noun ("Onze coördinator, X, ..."), after "met" with a verb of talking or doing
   together, "naast X" after sitting or standing, "aan X" before a verb of telling, "door X"
   before a participle of making.
2. **A particle surname whose last part is a word or a place** ("Van den Berg", "Van Hout",
   "De Groot") and a **double-barrelled surname** whose parts a list does not hold as names or
   holds as words ("Vroom-Kikkert", "Haverbeke-Ryckaert").
3. **A name in a script without capital letters** (Han, Devanagari, Arabic, Hebrew, Georgian,
   Japanese kana, Hangul, Thai, Tamil, Ethiopic) in the same person positions and after a verb
   of saying, a title, "met": policy in docs/anonymisation.md ("a name in a script without
   capitals").

Each row is (sentence, word, open at the freeze). At the freeze (main 254af34) 18/24, 23/23
and 16/22 of the three classes' persons were published; the look-alikes were kept but for
four (flagged: "Oud-Frans", "De Kleine Prins", an Arabic and a Georgian greeting after "stond"
were masked already -- the keep side, not this module's class). A row still open is a strict
xfail with its class as the reason; a rule that closes it flips its flag."""

from __future__ import annotations

import pytest

from perskamer.plugins.anonymise.replace import anonymise_text
from perskamer.testing import word_in


def _open(cls: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"open class (s14-names): {cls}")


WORD = _open("a name no name list holds, read as a word, in a person position")
PARTICLE = _open("a particle surname whose last part is a word or a place, or a double-barrelled surname")
UNCASED = _open("a name in a script without capital letters in a person position")
KEEP = pytest.mark.xfail(strict=True, reason="keep side: masked at the freeze, not this module's class")

WORD_NAMES = [
    ("“Kom op, Smaragd, we beginnen eraan!”", "Smaragd", False),
    ("“Allez, Kikkert, nog één ronde en dan naar huis.”", "Kikkert", False),
    ("“Goed gedaan, Leeuwerik!”", "Leeuwerik", False),
    ("“Wat denk jij ervan, Archer?”", "Archer", False),
    ("“Onze coördinator, Pelgrim, had alles tot in de puntjes voorbereid.”", "Pelgrim", False),
    ("“Mijn begeleider, Fisher, bleef de hele avond rustig.”", "Fisher", False),
    ("“Onze leidster, Lavendel, had de sleutels van de kampplaats.”", "Lavendel", False),
    ("“Ik heb uren gepraat met Opaal over haar plannen.”", "Opaal", False),
    ("“Samen met Cooper hebben we de tenten opgezet.”", "Cooper", False),
    ("“Vorige week heb ik afgesproken met Raaf in het jeugdhuis.”", "Raaf", False),
    ("“Ik had ruzie met Dwerg over de afwas.”", "Dwerg", False),
    ("“Op de bus zat ik naast Komeet, die de hele rit sliep.”", "Komeet", False),
    ("“Tijdens het kampvuur zat Marsh naast Karper.”", "Karper", False),
    ("“Ik heb het aan Voerman gevraagd en die zei meteen ja.”", "Voerman", False),
    ("“We hebben de sleutels aan Bishop gegeven.”", "Bishop", False),
    ("“De affiches zijn door Kwartel ontworpen.”", "Kwartel", False),
    ("“De taart werd door Beauty gebakken.”", "Beauty", False),
    ("“Het logo is door Weaver getekend.”", "Weaver", False),
    ("“Ik ben met Jäger gaan wandelen langs de Schelde.”", "Jäger", False),
    ("“Elke woensdag speel ik met Mier in het park.”", "Mier", True),
    ("“Zeg, Marter, heb jij mijn jas gezien?”", "Marter", False),
    ("“Kom je morgen ook, Shepherd?”", "Shepherd", False),
    ("“Onze trainer, Vroom, gaf ons een extra oefening.”", "Vroom", False),
    ("“Gisteren heb ik nog lang gebeld met Heath over het kamp.”", "Heath", False),
]

WORD_KEPT = [
    # the same words as words (lower case, or opening a sentence as a thing)
    ("“De smaragd in haar ring glinsterde in de zon.”", "smaragd", False),
    ("“Kikkert is een oud woord voor kikker, zei de gids.”", "Kikkert", False),
    ("“We zagen een leeuwerik boven het veld.”", "leeuwerik", False),
    ("“Lavendel ruikt lekker in de tenten.”", "Lavendel", False),
    ("“Een komeet zie je niet elke nacht.”", "komeet", False),
    # titles, games, themes in the same slots
    ("“We speelden Weerwolven met de hele groep.”", "Weerwolven", False),
    ("“Het thema van het kamp, Ruimtereizigers, sprak iedereen aan.”", "Ruimtereizigers", False),
    ("“Ons project, Vriendschap, liep een heel jaar.”", "Vriendschap", False),
    ("“Kom op, Rode Duivels, we kunnen dit!”", "Duivels", False),
    ("“Kom op, jongens, we beginnen eraan!”", "jongens", False),
    ("“Goed gedaan, Kabouters!”", "Kabouters", False),
    ("“Hup, Zwaluwen, nog één ronde!”", "Zwaluwen", False),
    # organisations and places in the same slots
    ("“Ik heb uren gepraat met Jeugdhuis Komeet over hun werking.”", "Komeet", False),
    ("“Samen met Natuurpunt hebben we bomen geplant.”", "Natuurpunt", False),
    ("“Samen met Pelgrim vzw hebben we de tenten opgezet.”", "Pelgrim", False),
    ("“Ons lokaal ligt naast Kinepolis.”", "Kinepolis", False),
    ("“De affiches zijn door Stad Gent betaald.”", "Gent", False),
    ("“De wedstrijd werd door de regen afgelast.”", "regen", False),
    ("“We gaan met Pasen op kamp.”", "Pasen", False),
    ("“Naast Engels leer ik ook Spaans.”", "Engels", False),
    ("“Kom op, Limburg, we gaan winnen!”", "Limburg", False),
    ("“Ik heb lang gepraat met Kind en Gezin over de opvang.”", "Gezin", False),
    ("“Volgens Unicef gaat het om duizenden kinderen.”", "Unicef", False),
]

PARTICLE_NAMES = [
    ("“Ik heb lang gepraat met Van den Berg over de wachtlijsten.”", "Berg", False),
    ("“De affiches zijn door Van Hout ontworpen.”", "Hout", False),
    ("“Kom op, Van Steen, we beginnen eraan!”", "Steen", False),
    ("“Onze coördinator, Van Aken, had alles voorbereid.”", "Aken", False),
    ("“Zonder Van Hoof was de fuif nooit doorgegaan.”", "Hoof", True),
    ("“Ik heb het aan Ten Berge gevraagd.”", "Berge", False),
    ("“Tijdens de lunch zat ik naast Van Loon.”", "Loon", False),
    ("“Samen met Van der Stock hebben we de bar opgezet.”", "Stock", False),
    ("“Gisteren heb ik Van Beek nog gebeld.”", "Beek", False),
    ("“Ik heb lang gepraat met De Groot over de subsidies.”", "Groot", False),
    ("“Onze trainer, De Vogel, gaf ons een extra oefening.”", "Vogel", False),
    ("“Samen met De Raaf hebben we de tenten opgezet.”", "Raaf", True),
    ("“Ik heb het aan Op de Kamp gevraagd.”", "Kamp", True),
    ("“Ik heb lang gepraat met In 't Hout over haar stage.”", "Hout", False),
    ("“De taart werd door Van Dam gebakken.”", "Dam", False),
    ("“Ik ging met Van Leeuwen naar de film.”", "Leeuwen", False),
    ("“Goed gedaan, Van Wijk!”", "Wijk", False),
    ("“Van der Meulen heeft de sleutels van het lokaal.”", "Meulen", False),
    ("“Ik heb Vroom-Kikkert na de workshop nog bedankt.”", "Kikkert", True),
    ("“Onze coördinator, Haverbeke-Ryckaert, had alles voorbereid.”", "Ryckaert", False),
    ("“Ik heb lang gepraat met Schaap-Voerman over de wachtlijst.”", "Voerman", False),
    ("“Zonder Kuipers-Verbruggen was de fuif nooit doorgegaan.”", "Verbruggen", False),
    ("“Samen met Vandekerckhove-Bultinck hebben we de tenten opgezet.”", "Bultinck", False),
]

PARTICLE_KEPT = [
    # places and organisations that open with a particle
    ("“We gingen naar De Panne met de bus.”", "Panne", False),
    ("“We bezochten het Van Gogh-museum in Amsterdam.”", "Gogh-museum", False),
    ("“De affiches zijn door De Lijn betaald.”", "Lijn", False),
    ("“Ik heb lang gepraat met De Standaard over het artikel.”", "Standaard", False),
    ("“We hebben de sleutels aan De Kringwinkel gegeven.”", "Kringwinkel", False),
    ("“Van Gent tot Brugge is het een uur met de trein.”", "Gent", False),
    ("“Van Brussel reden we meteen door naar Luik.”", "Brussel", False),
    ("“We fietsten van Hout naar Beek.”", "Beek", False),
    ("“Het woord komt van Oud-Frans, zei de gids.”", "Oud-Frans", True),
    ("“We logeerden in De Haan aan zee.”", "Haan", False),
    ("“Het kamp was in De Pinte.”", "Pinte", False),
    ("“We zagen De Kleine Prins in het theater.”", "Prins", True),
    ("“We speelden De Kolonisten van Catan.”", "Kolonisten", False),
    # hyphenated places, brands and things
    ("“Ik heb lang gepraat met Sint-Niklaas over de subsidies.”", "Sint-Niklaas", False),
    ("“We gingen op uitstap naar Oost-Vlaanderen.”", "Oost-Vlaanderen", False),
    ("“Zonder Coca-Cola was de fuif nooit doorgegaan.”", "Coca-Cola", False),
    ("“We namen de trein naar Brussel-Zuid.”", "Brussel-Zuid", False),
    ("“We bezochten Knokke-Heist met de jeugdraad.”", "Knokke-Heist", False),
    ("“Het verslag van Noord-Zuid lag op tafel.”", "Noord-Zuid", False),
    ("“We gingen naar Baden-Württemberg op uitwisseling.”", "Baden-Württemberg", False),
    ("“In West-Vlaanderen zijn er veel jeugdhuizen.”", "West-Vlaanderen", False),
]

UNCASED_NAMES = [
    ("“Ik heb lang gepraat met 刘洋 over de wachtlijsten.”", "刘洋", False),
    ("“Kom op, 黄静, we beginnen eraan!”", "黄静", False),
    ("“Onze coördinator, 周杰, had alles voorbereid.”", "周杰", False),
    ("“Toen zei 吴敏 dat het niet meer hoefde.”", "吴敏", False),
    ("“Samen met 赵磊 hebben we de tenten opgezet.”", "赵磊", False),
    ("“Ik heb lang gepraat met अनीता over haar stage.”", "अनीता", False),
    ("“Goed gedaan, राहुल!”", "राहुल", False),
    ("“Onze leidster, सुनीता, had de sleutels.”", "सुनीता", False),
    ("“De affiches zijn door विकास ontworpen.”", "विकास", False),
    ("“Kom op, أحمد, we beginnen eraan!”", "أحمد", False),
    ("“Onze coördinator, خديجة, had alles voorbereid.”", "خديجة", False),
    ("“Tijdens de lunch zat ik naast ليلى.”", "ليلى", False),
    ("“Ik heb het aan יעל gevraagd.”", "יעל", False),
    ("“Kom op, אבי, we beginnen eraan!”", "אבי", False),
    ("“Onze trainer, ლაშა, gaf ons een extra oefening.”", "ლაშა", False),
    ("“Samen met თამარ hebben we de bar opgezet.”", "თამარ", False),
    ("“Ik heb lang gepraat met さくら over Japan.”", "さくら", False),
    ("“Toen zei 지민 dat ze ook wilde komen.”", "지민", False),
    ("“Onze begeleider, สมชาย, bleef de hele avond rustig.”", "สมชาย", False),
    ("“Ik heb lang gepraat met கார்த்திக் over zijn studie.”", "கார்த்திக்", False),
    ("“De taart werd door አበበ gebakken.”", "አበበ", False),
    ("“Juf ज्योति heeft het spel uitgelegd.”", "ज्योति", False),
]

UNCASED_KEPT = [
    ("“Op het spandoek stond 欢迎 in grote letters.”", "欢迎", False),
    ("“Het woord 朋友 betekent vriend, leerde ze ons.”", "朋友", False),
    ("“Op de muur hing een affiche met 和平 erop.”", "和平", False),
    ("“We leerden ‘谢谢’ zeggen in het Chinees.”", "谢谢", False),
    ("“Boven de deur hing नमस्ते in grote letters.”", "नमस्ते", False),
    ("“Het woord धन्यवाद betekent dank je.”", "धन्यवाद", False),
    ("“Het woord שלום stond op de muur van het lokaal.”", "שלום", False),
    ("“Op de taart stond مرحبا in chocolade.”", "مرحبا", True),
    ("“Het woord سلام betekent vrede, zei hij.”", "سلام", False),
    ("“Op het bord stond გამარჯობა als groet.”", "გამარჯობა", True),
    ("“In het Japans zeg je ありがとう als je iemand bedankt.”", "ありがとう", False),
    ("“Het woord 사랑 stond op haar trui.”", "사랑", False),
    ("“Op de affiche stond สวัสดี in het groot.”", "สวัสดี", False),
    ("“Op het spandoek stond 欢迎 en daaronder welkom.”", "welkom", False),
    ("“Ons motto, 团结, hing boven de deur.”", "团结", False),
    ("“Het thema, शांति, sprak iedereen aan.”", "शांति", False),
    ("“De jongeren schreven 家 op een steen.”", "家", False),
    ("“Wat betekent 希望 eigenlijk?”", "希望", False),
    ("“In het Arabisch schrijf je شكرا van rechts naar links.”", "شكرا", False),
    ("“Ze leerde ons תודה zeggen.”", "תודה", False),
    ("“Het Tamil woord வணக்கம் is een groet.”", "வணக்கம்", False),
]


#: Frozen at 11:05 (session 14), before the rule: more person positions of class 1, found by
#: probing the first rule (the one who is at home, told "tegen", waited for, coordinated with
#: "ik"), with their look-alikes.
WORD_NAMES_2 = [
    ("“We aten gisteren bij Roodborst thuis.”", "Roodborst", False),
    ("“Ik ben bij Zeester op bezoek geweest.”", "Zeester", False),
    ("“We zaten bij Mahonie thuis te kaarten.”", "Mahonie", False),
    ("“Bij Merelijn thuis is het altijd gezellig.”", "Merelijn", False),
    ("“Ik heb tegen Pluvier gezegd dat het niet kon.”", "Pluvier", False),
    ("“Zij heeft tegen Sperwer gelogen over de sleutels.”", "Sperwer", False),
    ("“Ik heb het tegen Cederhout verteld.”", "Cederhout", False),
    ("“Toen gingen Tortel en ik samen naar huis.”", "Tortel", False),
    ("“Gisteren waren Wulp en ik de laatsten.”", "Wulp", False),
    ("“Later kwamen ik en Grutto nog even helpen.”", "Grutto", False),
    ("“Toen zaten Fazant en ik al in de bus.”", "Fazant", False),
    ("“We wachtten een uur op Kievit aan de ingang.”", "Kievit", False),
    ("“Je kan altijd rekenen op Gentiaan als het moeilijk wordt.”", "Gentiaan", False),
    ("“Ze is al maanden verliefd op Anemoon.”", "Anemoon", False),
    ("“Ik wacht nog altijd op Walnoot.”", "Walnoot", False),
    ("“Je mag op Korenbloem rekenen.”", "Korenbloem", True),
    ("“Ik gaf de bal aan Hyacint.”", "Hyacint", False),
    ("“Na de les liep ik naast Kamperfoelie naar huis.”", "Kamperfoelie", False),
    ("“We sliepen bij Nachtegaal thuis na de fuif.”", "Nachtegaal", False),
    ("“Ik was boos op Roodborst omdat hij te laat kwam.”", "Roodborst", True),
]

WORD_KEPT_2 = [
    ("“We wachtten een uur op De Lijn.”", "Lijn", False),
    ("“Iedereen wachtte op Kerstmis.”", "Kerstmis", False),
    ("“Ik ben verliefd op Parijs.”", "Parijs", False),
    ("“We zijn op Pukkelpop geweest.”", "Pukkelpop", False),
    ("“We rekenen op Vlaanderen voor de subsidies.”", "Vlaanderen", False),
    ("“Ik heb tegen Anderlecht gespeeld.”", "Anderlecht", False),
    ("“Tegen Gent verloren we met drie doelpunten.”", "Gent", False),
    ("“Ik wacht op Netflix tot de nieuwe reeks verschijnt.”", "Netflix", False),
    ("“Toen werkten de Chiro en ik samen.”", "Chiro", False),
    ("“Wiskunde en ik zijn geen vrienden.”", "Wiskunde", False),
    ("“Bij Colruyt thuisbezorgen kost extra.”", "Colruyt", False),
    ("“We zagen een roodborst in de tuin.”", "roodborst", False),
    ("“De zeester lag op het strand.”", "zeester", False),
    ("“Een fazant stak de weg over.”", "fazant", False),
    ("“De kievit broedt in het weiland.”", "kievit", False),
    ("“We wachtten op het Sinterklaasfeest.”", "Sinterklaasfeest", False),
    ("“Ik gaf de bal aan de Rode Duivels.”", "Duivels", False),
    ("“Tegen Kortrijk speelden we gelijk.”", "Kortrijk", False),
    ("“Ik reken op Spotify voor de muziek.”", "Spotify", False),
    ("“Thuis bij Oma Lies was het altijd warm.”", "Oma", False),
]


#: Frozen at 11:10 (session 14), before the rule: a surname opened by a lower-case "van der" /
#: "van den" (the particles as written after a first name, alone here), with look-alikes.
PARTICLE_NAMES_2 = [
    ("“Ik heb lang gepraat met van der Meersch over de planning.”", "Meersch", False),
    ("“De affiches zijn door van den Heuvel ontworpen.”", "Heuvel", False),
    ("“Zonder van der Plancke was het kamp nooit doorgegaan.”", "Plancke", False),
    ("“Gisteren heb ik van den Eede nog gebeld.”", "Eede", False),
    ("“We wachtten op van der Elst aan de poort.”", "Elst", False),
    ("“Ik heb het aan van der Borght gevraagd.”", "Borght", False),
]

PARTICLE_KEPT_2 = [
    ("“De leiding van de Kompaan kwam ook helpen.”", "Kompaan", False),
    ("“We kregen steun van de Gemeente.”", "Gemeente", False),
    ("“Het verslag van het Jeugdhuis lag klaar.”", "Jeugdhuis", False),
    ("“Ze woont in het centrum van Den Bosch.”", "Bosch", False),
]


#: Frozen at 11:12 (session 14), before the rule: a vocative after an opener without a comma
#: ("Kom op X, ...", "Bravo X!"), with look-alikes (teams, groups, places cheered on so).
WORD_NAMES_3 = [
    ("“Kom op Sleedoorn, we beginnen eraan!”", "Sleedoorn", False),
    ("“Allez Vuurdoorn, nog één ronde!”", "Vuurdoorn", False),
    ("“Komaan Taxus, je kan het!”", "Taxus", False),
    ("“Bravo Ceder, dat was prachtig!”", "Ceder", False),
    ("“Hup Ahorn, nog even volhouden!”", "Ahorn", False),
    ("“Toe Olm, doe eens mee!”", "Olm", False),
    ("“Vooruit Iep, we wachten op jou!”", "Iep", False),
    ("“Kom op Ratel!”", "Ratel", False),
    ("“Allez Sijs, lachen!”", "Sijs", False),
    ("“Komaan Gaai!”", "Gaai", False),
    ("“Proficiat Kneu, je hebt het gehaald!”", "Kneu", False),
    ("“Bravo Gors!”", "Gors", False),
]

WORD_KEPT_3 = [
    ("“Allez Anderlecht, nog één goal!”", "Anderlecht", False),
    ("“Hup Zwaluwen, nog even volhouden!”", "Zwaluwen", False),
    ("“Komaan Rode Duivels!”", "Duivels", False),
    ("“Bravo Vlaanderen!”", "Vlaanderen", False),
    ("“Kom op Leuven, we kunnen dit!”", "Leuven", False),
    ("“Allez allez, nog één ronde!”", "allez", False),
    ("“Hup hup, doorlopen!”", "hup", False),
    ("“Bravo Chiro, wat een kamp!”", "Chiro", False),
    ("“Komaan Kabouters, opruimen!”", "Kabouters", False),
    ("“Kom op Jongens, we beginnen!”", "Jongens", False),
    ("“Vooruit Welpen, naar de tenten!”", "Welpen", False),
    ("“Toe Gent, scoor nu eens!”", "Gent", False),
]


def _cases(rows: list[tuple[str, str, bool]], mark: pytest.MarkDecorator) -> list:
    return [pytest.param(t, n, marks=mark) if still_open else pytest.param(t, n) for t, n, still_open in rows]


@pytest.mark.parametrize(("text", "name"), _cases(WORD_NAMES + WORD_NAMES_2 + WORD_NAMES_3, WORD))
def test_a_name_read_as_a_word_is_masked_in_a_person_position(text: str, name: str) -> None:
    assert not word_in(name, anonymise_text(text))


@pytest.mark.parametrize(("text", "word"), _cases(WORD_KEPT + WORD_KEPT_2 + WORD_KEPT_3, KEEP))
def test_the_same_words_as_words_titles_organisations_stay(text: str, word: str) -> None:
    assert word_in(word, anonymise_text(text))


@pytest.mark.parametrize(("text", "name"), _cases(PARTICLE_NAMES + PARTICLE_NAMES_2, PARTICLE))
def test_a_particle_or_double_barrelled_surname_is_masked(text: str, name: str) -> None:
    assert not word_in(name, anonymise_text(text))


@pytest.mark.parametrize(("text", "word"), _cases(PARTICLE_KEPT + PARTICLE_KEPT_2, KEEP))
def test_particle_places_organisations_and_hyphenated_places_stay(text: str, word: str) -> None:
    assert word_in(word, anonymise_text(text))


@pytest.mark.parametrize(("text", "name"), _cases(UNCASED_NAMES, UNCASED))
def test_a_name_in_a_script_without_capitals_is_masked_in_a_person_position(text: str, name: str) -> None:
    assert not word_in(name, anonymise_text(text))


@pytest.mark.parametrize(("text", "word"), _cases(UNCASED_KEPT, KEEP))
def test_a_word_in_a_script_without_capitals_stays(text: str, word: str) -> None:
    assert word_in(word, anonymise_text(text))
