"""Session 26 (the lead, issue 11, severity 1): "<Naam>, een/de <work noun> ..." is an apposition
only when no new clause starts after the comma.

s26-keep's probe found on 4fced9a that "Het was gezellig bij <Naam>, een app voor de planning
hadden we niet nodig" keeps the name (a listed first name too): the comma and "een app" read as an
apposition naming the word an app. Written by the lead before the fix (01:25 UTC), invented names;
the strict xfails are what main 1365dee gets wrong.
"""

from __future__ import annotations

import pytest
from anoncases import left, lost, params

#: (text, name parts that must go) -- the comma closes the person's clause, a new one starts.
NAMES = [
    ("Het was gezellig bij Femke, een app voor de planning hadden we niet nodig.", ["Femke"]),
    ("Mijn maat Wannes, de website maakte hij helemaal zelf.", ["Wannes"]),
    ("We zaten bij Orlaith, een film keken we die avond niet meer.", ["Orlaith"]),
    ("Ik vroeg het aan Ilse, het programma kende ze al lang.", ["Ilse"]),
    ("Samen met Kwabena, een spel verzinnen we altijd op de bus.", ["Kwabena"]),
    ("Dank aan Lowiese, een workshop geven doet ze graag.", ["Lowiese"]),
    ("Ik belde Brecht, de krant had hij nog niet gelezen.", ["Brecht"]),
    ("Naast mij zat Zeynep, een podcast maken wil ze later ook.", ["Zeynep"]),
    ("Volgens Tibo, het project was veel te kort.", ["Tibo"]),
    ("Gisteren kwam Nnamdi langs, een boek had hij meegebracht.", ["Nnamdi"]),
    ("Bij Marthe, de campagne werd elke week besproken.", ["Marthe"]),
    ("Met Jorn, een video opnemen was nog nooit zo leuk.", ["Jorn"]),
]
#: (text, items that must stay) -- real appositions: the word is named an app, a game, a show.
KEEP = [
    ("We plannen alles met Tandemo, een app die we zelf kozen.", ["Tandemo"]),
    ("Daarna speelden we Kwartelkoning, een spel van twee Gentse studenten.", ["Kwartelkoning"]),
    ("De jongeren maakten Straatpraat, een podcast over hun buurt.", ["Straatpraat"]),
    ("We keken naar Dijkwacht, een film over jongeren in Oostende.", ["Dijkwacht"]),
    ("Alles staat op Ploegbord, de website van de jeugddienst.", ["Ploegbord"]),
    ("Ze werkten met Zinvonk, een methodiek voor wie moeilijk praat.", ["Zinvonk"]),
    ("Het begon met Vonkel, een project waarin jongeren zelf kiezen.", ["Vonkel"]),
    ("We lazen Molenwiek, een boek dat iedereen kent.", ["Molenwiek"]),
]

_OPEN_NAMES: dict[int, str] = {
    5: "'Dank aan <unlisted name>' keeps the name without any apposition too (another class, open)",
}
_OPEN_KEEP: dict[int, str] = {}


@pytest.mark.parametrize(("text", "names"), params(NAMES, _OPEN_NAMES))
def test_a_new_clause_after_the_comma_is_no_apposition(text: str, names: list[str]) -> None:
    assert not left(text, names)


@pytest.mark.parametrize(("text", "items"), params(KEEP, _OPEN_KEEP))
def test_a_real_apposition_still_names_the_thing(text: str, items: list[str]) -> None:
    assert not lost(text, items)
