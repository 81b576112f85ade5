"""Recall that generalises (issue 11, session 4): shapes, not lists.

Written BEFORE the session-4 rule changes and without looking at the rules, the
fixtures or the bench sets: every name, organisation and sentence here is invented for
these tests. Names come from many origins and are chosen so that most of them are in no
name list (the point is recall on names nobody listed), plus first names that are also
Dutch words. Each "must go" class has "must stay" counterparts: organisations, places,
brands, events, calendar words, ordinary sentence starts and ordinary chat words.
"""

from __future__ import annotations

import pytest
from anoncases import present

from perskamer.plugins.anonymise.replace import anonymise_text
from perskamer.testing import word_in


def _gone(text: str, *names: str) -> str:
    out = anonymise_text(text)
    for name in names:
        assert not present(name, out), out
    return out


def _kept(text: str, *words: str) -> str:
    out = anonymise_text(text)
    for word in words:
        assert word_in(word, out), out
    return out


# --- A. a capitalised word inside a sentence that no list knows is a proper noun -----
# (Dutch capitalises proper nouns only: unless it is recognised as something else, it
# names someone.)

MID_SENTENCE = [
    ("Gisteren belde Thandeka me nog op om te vragen hoe het ging.", ("Thandeka",)),
    ("We gingen met Oyelaran naar de stad en aten frietjes.", ("Oyelaran",)),
    ("Het was Besarta die als eerste de sleutels terugbracht.", ("Besarta",)),
    ("Ik vroeg aan Kujtim of hij wilde meedoen, maar hij twijfelde.", ("Kujtim",)),
    ("Daarna heeft Yevheniia de hele groep rondgeleid.", ("Yevheniia",)),
    ("Zonder Tariku was dat kamp nooit gelukt.", ("Tariku",)),
    ("De fiets van Mahlet stond nog aan de ingang.", ("Mahlet",)),
    ("Soms denk ik dat Faustin meer weet dan wij allemaal.", ("Faustin",)),
    ("Samen met Ioana Dumitrescu hebben we de muur beschilderd.", ("Ioana", "Dumitrescu")),
    ("Volgens Gulnara moeten we vroeger beginnen.", ("Gulnara",)),
    ("Het idee kwam eigenlijk van Arnav, niet van de leiding.", ("Arnav",)),
    ("Elke week brengt Ikenna zijn kleine zus mee.", ("Ikenna",)),
    ("We hebben Zuzanna gevraagd om de affiche te maken.", ("Zuzanna",)),
    ("Toen kwam Eldar binnen met een doos wafels.", ("Eldar",)),
    ("Ik zat naast Mirlinda Krasniqi tijdens het gesprek.", ("Mirlinda", "Krasniqi")),
    ("Onze stagiair Bartek Wróblewski deed de inschrijvingen.", ("Bartek", "Wróblewski")),
    ("Mijn kamergenote Suvi kookte elke avond voor ons.", ("Suvi",)),
    ("Mijn buurjongen Kalani komt nu ook naar de werking.", ("Kalani",)),
    ("Haar beste vriendin Nthabiseng schreef de tekst.", ("Nthabiseng",)),
    ("Ook Dragoș Popescu vond het een goed plan.", ("Dragoș", "Popescu")),
    ("Wie had gedacht dat Tenzin zo goed kon koken?", ("Tenzin",)),
    ("En dan zegt Abebech plots dat ze stopt.", ("Abebech",)),
    ("Er was een jongen, Sipho heette hij, die nooit iets zei.", ("Sipho",)),
    ("We spraken af bij Vanhoutteghem thuis.", ("Vanhoutteghem",)),
    ("Ik heb het aan meneer Oduya gevraagd.", ("Oduya",)),
]


@pytest.mark.parametrize(("text", "names"), MID_SENTENCE)
def test_an_unknown_proper_noun_inside_a_sentence_is_masked(text: str, names: tuple[str, ...]) -> None:
    _gone(text, *names)


# --- B. a sentence-initial name: no list, or a first name that is also a rare word ---

SENTENCE_START = [
    ("Ngozi vond dat we te weinig pauze namen.", ("Ngozi",)),
    ("Het werkte niet. Besnik probeerde het dan maar zelf.", ("Besnik",)),
    ("Oluwaseun kwam altijd te laat, maar hij kwam.", ("Oluwaseun",)),
    ("Toen Merel binnenkwam, werd het stil.", ("Merel",)),
    ("Toen Sterre haar brief voorlas, huilde iedereen.", ("Sterre",)),
    ("Wolf zei niets, hij keek alleen naar buiten.", ("Wolf",)),
    ("Gisteren. Hazel stond aan de deur met haar rugzak.", ("Hazel",)),
    ("Daarna nam Storm het woord.", ("Storm",)),
]


@pytest.mark.parametrize(("text", "names"), SENTENCE_START)
def test_a_sentence_initial_name_is_masked(text: str, names: tuple[str, ...]) -> None:
    _gone(text, *names)


# --- C. lower-case names in chat shapes ----------------------------------------------

CHAT = [
    ("ok tot straks dan, thandeka", ("thandeka",)),
    ("wie brengt de chips mee? ikenna?", ("ikenna",)),
    ("merci hé besarta", ("besarta",)),
    ("hey kujtim, kom je morgen ook?", ("kujtim",)),
    ("lol ik kom met oyelaran", ("oyelaran",)),
    ("ik en gulnara komen wat later", ("gulnara",)),
    ("we zitten bij mahlet thuis", ("mahlet",)),
    ("dat is de gsm van faustin", ("faustin",)),
    ("salut zuzanna", ("zuzanna",)),
    ("tot morgen tenzin!!", ("tenzin",)),
    ("goeiemorgen abebech, alles goed?", ("abebech",)),
    ("arnav zegt dat het vandaag niet doorgaat", ("arnav",)),
    ("kalani: wie heeft de sleutel van het lokaal?", ("kalani",)),
    ("wacht tot eldar er is", ("eldar",)),
    ("dikke merci aan suvi en sipho", ("suvi", "sipho")),
]


@pytest.mark.parametrize(("text", "names"), CHAT)
def test_a_lower_case_name_in_a_chat_line_is_masked(text: str, names: tuple[str, ...]) -> None:
    _gone(text, *names)


# --- D. must stay: organisations, places, brands, events, calendar and title words ---

KEEP = [
    ("We gingen met de Chiro naar Oostende en daarna naar Brugge.", ("Chiro", "Oostende", "Brugge")),
    ("In Antwerpen en Gent zijn er nu meer jeugdhuizen dan vroeger.", ("Antwerpen", "Gent")),
    ("Iedereen zit op Instagram en TikTok, niemand nog op Facebook.", ("Instagram", "TikTok", "Facebook")),
    ("We kochten alles bij Colruyt en de Aldi.", ("Colruyt", "Aldi")),
    ("Met De Lijn duurt het een uur, met de NMBS twintig minuten.", ("Lijn", "NMBS")),
    ("Tijdens de Ramadan en rond Pasen is de opkomst lager.", ("Ramadan", "Pasen")),
    ("Op woensdag en in juli draaien we extra uren.", ("juli",)),
    ("Vorig jaar op Rock Werchter en de Gentse Feesten stond ons team.", ("Werchter", "Gentse", "Feesten")),
    ("Ze komen uit Marokko, Syrië en Eritrea.", ("Marokko", "Syrië", "Eritrea")),
    ("Veel jongeren spelen Fortnite of Minecraft tot laat.", ("Fortnite", "Minecraft")),
    ("Het CAW en het OCMW helpen ons met de gezinnen.", ("CAW", "OCMW")),
    ("We kregen steun van de Vlaamse Gemeenschap en de provincie Limburg.", ("Vlaamse", "Gemeenschap", "Limburg")),
    ("Na de kerstvakantie zijn we naar de Ardennen getrokken.", ("Ardennen",)),
    ("Ze spreken thuis Arabisch, Turks of Frans.", ("Arabisch", "Turks", "Frans")),
    ("Onze Marokkaanse en Turkse jongeren voelen zich welkom.", ("Marokkaanse", "Turkse")),
    ("We zaten met de KSA en de Scouts samen in het jeugdhuis.", ("KSA", "Scouts")),
    ("Via Spotify en YouTube luisteren ze naar muziek.", ("Spotify", "YouTube")),
    ("De Vlaamse Regering gaf extra geld voor Brussel.", ("Vlaamse", "Regering", "Brussel")),
    ("Ik ben Belg, mijn ouders zijn Congolees.", ("Belg", "Congolees")),
    ("Op Kerstmis en Nieuwjaar is het lokaal dicht.", ("Kerstmis", "Nieuwjaar")),
]


@pytest.mark.parametrize(("text", "words"), KEEP)
def test_organisations_places_brands_and_calendar_words_stay(text: str, words: tuple[str, ...]) -> None:
    _kept(text, *words)


# --- E. must stay: ordinary sentence starts and ordinary chat words ------------------

ORDINARY = [
    "Gisteren was het druk. Daarna werd het rustiger.",
    "Soms lukt het niet. Meestal wel.",
    "ok tot straks dan",
    "wie brengt de chips mee?",
    "merci hé, dat was echt top",
    "ik kom met de fiets",
    "we zitten bij de frituur",
    "tot morgen!!",
    "goeiemorgen iedereen, alles goed?",
    "wacht tot iedereen er is",
    "Niemand had het zien aankomen, ook de leiding niet.",
    "Eerlijk? Ik vond het saai.",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_words_stay(text: str) -> None:
    assert anonymise_text(text) == text
