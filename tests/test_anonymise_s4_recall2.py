"""Recall that generalises (issue 11, session 4), second frozen batch.

Written after the first rules of session 4 and committed BEFORE it was run, to see
whether those rules hold on sentences they were not written for: natural sentences a
young person or a youth worker might say, with invented names of many origins (most in
no name list) and real organisations, places and brands beside them. Nothing is taken
from the fixtures or the bench sets.
"""

from __future__ import annotations

import pytest
from anoncases import present

from perskamer.plugins.anonymise.replace import anonymise_text
from perskamer.testing import word_in

GONE = [
    ("Vorige zomer nam Chidinma de hele kookploeg onder haar hoede.", ("Chidinma",)),
    ("Het was eigenlijk Renske Vanderhaeghen die alles regelde.", ("Renske", "Vanderhaeghen")),
    ("Op kamp sliep ik in de tent van Aigerim en haar zus.", ("Aigerim",)),
    ("Als Tomasz er niet is, durft niemand de muziek op te zetten.", ("Tomasz",)),
    ("Ik belde Wanjiru, maar ze nam niet op.", ("Wanjiru",)),
    ("Iedereen wacht altijd op Luan voor we vertrekken.", ("Luan",)),
    ("Mijn nichtje Esmeralda speelt nu ook bij de Chiro.", ("Esmeralda",)),
    ("Onze nieuwe animator Bongani spreekt vier talen.", ("Bongani",)),
    ("Hij zei tegen Parwin dat ze mocht blijven.", ("Parwin",)),
    ("Sindsdien komt Yohannes elke woensdag helpen.", ("Yohannes",)),
    ("Dankzij Maëlys Dubois hebben we nu een eigen podcast.", ("Maëlys", "Dubois")),
    ("Ik heb samen met Haruto een filmpje gemaakt voor TikTok.", ("Haruto",)),
    ("Zelfs Kiptoo moest lachen om die opdracht.", ("Kiptoo",)),
    ("Terwijl Nilufar de kinderen bezighield, ruimden wij op.", ("Nilufar",)),
    ("Omdat Cosmin geen fiets had, gingen we te voet.", ("Cosmin",)),
    ("De zus van Amadou werkt nu bij het OCMW.", ("Amadou",)),
    ("Daar leerde ik Ilinca kennen, op een speelplein in Leuven.", ("Ilinca",)),
    ("Mijn vriend Tsegaye wil later jeugdwerker worden.", ("Tsegaye",)),
    ("Nergens voelde Jovana zich zo thuis als hier.", ("Jovana",)),
    ("Tot Emeka ons kwam helpen, lukte er niets.", ("Emeka",)),
    ("wie gaat er mee met mirela?", ("mirela",)),
    ("oké top, tot zaterdag kwabla", ("kwabla",)),
    ("ja ik vraag het aan dorcas", ("dorcas",)),
    ("hoi iedereen, groetjes van bintou", ("bintou",)),
    ("thanks ayaan!!", ("ayaan",)),
    ("ik zit al bij yusra thuis", ("yusra",)),
    ("nee hoor, lerato en ik blijven hier", ("lerato",)),
    ("salut chioma, alles goed met je?", ("chioma",)),
]


@pytest.mark.parametrize(("text", "names"), GONE)
def test_names_of_many_origins_are_masked(text: str, names: tuple[str, ...]) -> None:
    out = anonymise_text(text)
    for name in names:
        assert not present(name, out), out


KEPT = [
    ("We zijn met de groep naar Oostende en Knokke geweest.", ("Oostende", "Knokke")),
    ("Ze werkt nu bij Fedasil in Brussel.", ("Brussel",)),
    ("Via Awel en Tele-Onthaal kunnen jongeren anoniem praten.", ("Tele-Onthaal",)),
    ("Op Netflix en Disney+ kijken ze series tot middernacht.", ("Netflix",)),
    ("In Molenbeek en Anderlecht zoeken we nieuwe vrijwilligers.", ("Molenbeek", "Anderlecht")),
    ("We kochten de verf bij Brico en de Action.", ("Brico", "Action")),
    ("Na Tomorrowland en de Lokerse Feesten was iedereen moe.", ("Tomorrowland", "Lokerse", "Feesten")),
    ("In maart en april hebben we weekends met de Scouts.", ("maart", "april", "Scouts")),
    ("Ze komen uit Eritrea, Somalië en Afghanistan.", ("Eritrea", "Somalië", "Afghanistan")),
    ("Veel ouders spreken Tigrinya of Dari thuis.", ()),
    ("De KU Leuven en de UGent deden onderzoek naar jeugdwerk.", ("KU", "Leuven", "UGent")),
    ("Op Snapchat en WhatsApp zitten ze allemaal.", ("Snapchat", "WhatsApp")),
    ("Tijdens de Suikerfeest-week was het lokaal open.", ()),
    ("We gingen naar Walibi en daarna naar Plopsaland.", ("Walibi", "Plopsaland")),
]


@pytest.mark.parametrize(("text", "words"), KEPT)
def test_organisations_places_and_brands_stay(text: str, words: tuple[str, ...]) -> None:
    out = anonymise_text(text)
    for word in words:
        assert word_in(word, out), out


ORDINARY = [
    "wie gaat er mee naar de zee?",
    "oké top, tot zaterdag",
    "ja ik vraag het aan de leiding",
    "hoi iedereen, groetjes van ons allemaal",
    "thanks!!",
    "ik zit al thuis",
    "nee hoor, wij blijven hier",
    "Nergens voelde ik me zo thuis als hier.",
    "Sindsdien komen ze elke woensdag helpen.",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_sentences_stay(text: str) -> None:
    assert anonymise_text(text) == text
