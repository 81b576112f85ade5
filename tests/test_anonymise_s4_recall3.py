"""Recall that generalises (issue 11, session 4), third frozen batch.

Written after the second slice of session-4 rules and committed BEFORE it was run: what
a volunteer reporter quotes, with invented names of many origins (most in no list) and
real or invented organisations, venues, apps and places in the same sentences. Nothing is
taken from the fixtures or the bench sets.
"""

from __future__ import annotations

import pytest
from anoncases import present

from perskamer.plugins.anonymise.replace import anonymise_text
from perskamer.testing import word_in

GONE = [
    ("Gisteren vertelde Oumayma me dat ze stopt met de opleiding.", ("Oumayma",)),
    ("Ik heb nog nooit iemand zo hard zien werken als Teodora.", ("Teodora",)),
    ("Volgens mij weet alleen Kwame waar de sleutel ligt.", ("Kwame",)),
    ("We hebben een verjaardagskaart gemaakt voor Ashkan.", ("Ashkan",)),
    ("Mijn klasgenote Shirin Rezaei schreef mee aan de tekst.", ("Shirin", "Rezaei")),
    ("Niemand durfde, behalve Nikolai.", ("Nikolai",)),
    ("Het lied van Zinhle ging over haar oma in Durban.", ("Zinhle",)),
    ("Toen Dries Vanhoucke binnenkwam, viel iedereen stil.", ("Dries", "Vanhoucke")),
    ("Ik gaf de microfoon aan Rutendo en ze begon te rappen.", ("Rutendo",)),
    ("Naast Bilal zat een jongen die ik niet kende.", ("Bilal",)),
    ("[leidingsgroep] ilyas: wie heeft de tenten nog?", ("ilyas",)),
    ("[10:42] sarina: ik kom iets later", ("sarina",)),
    ("ok ik vraag het aan yerlan", ("yerlan",)),
    # known limit: a lower-case name that is also a Dutch word, in no name list, in an
    # ordinary sentence ("zeg tegen mama dat" reads the same); failed when frozen
    pytest.param("zeg tegen ama dat ze haar jas vergeten is", ("ama",),
                 marks=pytest.mark.xfail(strict=True, reason="lower-case name that is a Dutch word, no list")),
    ("gisteren zat ik nog bij nomvula", ("nomvula",)),
    ("top gedaan, dank je thiago", ("thiago",)),
    ("MERCI AAN TAMAR EN NGOZI", ("TAMAR", "NGOZI")),
]


@pytest.mark.parametrize(("text", "names"), GONE)
def test_names_are_masked(text: str, names: tuple[str, ...]) -> None:
    out = anonymise_text(text)
    for name in names:
        assert not present(name, out), out


KEPT = [
    # policy of session 13 (docs/anonymisation.md, "A surname alone"): a listed surname alone
    # after a verb of employment is a person unless a firm cue stands with it; a chain no list
    # knows that is also a surname is masked now (the editor's review lists it; `allow` keeps it)
    pytest.param("Ik werk nu als jobstudent bij Torfs en het bevalt me.", ("Torfs",),
                 marks=pytest.mark.xfail(strict=True, reason="employer slot: a surname alone is a person (session 13)")),
    ("We hebben alles gefinancierd via een crowdfunding op Ulule.", ("Ulule",)),
    ("De jeugddienst van Zottegem betaalde de bus.", ("Zottegem",)),
    ("Ze speelt elke avond Roblox met haar neven.", ("Roblox",)),
    ("De kantine van Sportcentrum Kattenbroek was te klein.", ("Sportcentrum", "Kattenbroek")),
    ("Mijn Turkse buurvrouw kookt elke vrijdag voor ons.", ("Turkse",)),
    ("We hingen affiches op in de Carrefour en de Delhaize.", ("Carrefour", "Delhaize")),
    ("In Borgerhout en Deurne is de werking het grootst.", ("Borgerhout", "Deurne")),
    ("We kregen een doos Merci van de buren.", ("Merci",)),
    ("Met de trein van de NMBS zijn we naar Namen gereisd.", ("NMBS", "Namen")),
]


@pytest.mark.parametrize(("text", "words"), KEPT)
def test_organisations_places_and_brands_stay(text: str, words: tuple[str, ...]) -> None:
    out = anonymise_text(text)
    for word in words:
        assert word_in(word, out), out
