"""Session 22 (s22-late, issue 11, severity 1): two classes of person names kept whole in plain
sentences, written before the rules were read (names invented):

1. a particle surname whose body is a word or a place ("Van Damme", "De Backer") opening a sentence as
   the subject of a copula with a person-only role noun ("... is onze coach");
2. a hyphenated East-Asian given name whose first part is a Dutch word ("Min-", "Bo-", "Ye-") with a
   surname that is also a word ("Park", "Song").

With look-alikes in the same frames that must stay (sponsors, suppliers, places, parks). The cases
were frozen at b7de2a6 before the rules were read; the xfail marks (strict) name the ones still
open afterwards: one person case ("Del"), four look-alikes masked already before this work."""

from __future__ import annotations

import pytest
from anonymise_s18_name_class_cases import items_lost, names_left, run_section_report, run_text

CLASS1 = [
    ("“Van Damme is onze coach.”", ["Damme"]),
    ("“De Backer is onze trainer.”", ["Backer"]),
    ("“De Vleeschouwer is onze coach.”", ["Vleeschouwer"]),
    ("“Van Gent is onze leider.”", ["Gent"]),
    ("“De Paepe was mijn juf.”", ["Paepe"]),
    ("“Van Hout is onze begeleider.”", ["Hout"]),
    ("“El Bakkali is onze mentor.”", ["Bakkali"]),
    ("“Van Aalst was onze meester.”", ["Aalst"]),
    ("“De Bakker is hun leidster.”", ["Bakker"]),
    ("“Van Brussel is de voorzitter.”", ["Brussel"]),
    ("“De Molder was mijn buurvrouw.”", ["Molder"]),
    ("“Van Leuven is onze coach.”", ["Leuven"]),
    ("“De Wolf is onze trainer.”", ["Wolf"]),
    ("“Van Kerckhove was mijn mentor.”", ["Kerckhove"]),
    ("“De Visscher is onze begeleidster.”", ["Visscher"]),
    ("“Van Lier is onze leider.”", ["Lier"]),
    ("“De Ridder was onze juf.”", ["Ridder"]),
    ("“Van Maele is mijn buurman.”", ["Maele"]),
    ("“Ten Berge is onze coach.”", ["Berge"]),
    ("“Van den Bossche is onze trainster.”", ["Bossche"]),
    ("“De Meulenaere was onze voorzitter.”", ["Meulenaere"]),
    ("“Van Mechelen is hun coach.”", ["Mechelen"]),
    ("“Del Campo is onze trainer.”", ["Campo"]),  # (masked since session 23's rule 24: particles.ROLE_PARTICLES)
    ("“Da Silva was mijn meester.”", ["Silva"]),
]

CLASS2 = [
    ("“Ik sprak met Min-jun Park.”", ["Min-jun", "Park"]),
    ("“Ik sprak met Bo-ra Song.”", ["Bo-ra", "Song"]),
    ("“We speelden met Ye-jin Park.”", ["Ye-jin", "Park"]),
    ("“Ik sprak met Hee-sun Kang.”", ["Hee-sun", "Kang"]),
    ("“Dank aan Min-seo Han.”", ["Min-seo", "Han"]),
    ("“Ik zag Bo-young Park op het kamp.”", ["Bo-young", "Park"]),
    ("“Ik sprak met Ye-rin Moon.”", ["Ye-rin", "Moon"]),
    ("“We belden met Min-ho Song.”", ["Min-ho", "Song"]),
    ("“Ik sprak met Hee-jin Park over de fuif.”", ["Hee-jin", "Park"]),
    ("“Samen met Bo-min Kang maakten we soep.”", ["Bo-min", "Kang"]),
    ("“Ik sprak met Min-ji Park en Bo-ra Song.”", ["Min-ji", "Park", "Bo-ra", "Song"]),
]

KEEP = [
    ("“De Kroon is onze sponsor.”", ["De Kroon"]),
    pytest.param(*("“Van Marcke is onze leverancier.”", ["Van Marcke"]), marks=pytest.mark.xfail(strict=True, reason="lost already at adc739e (before s22-late's rules): not this rule's")),
    ("“De Wissel is onze thuis.”", ["De Wissel"]),
    ("“Gent is onze thuisstad.”", ["Gent"]),
    ("“Park Spoor Noord is ons speelterrein.”", ["Park Spoor Noord"]),
    ("“De Lijn is onze partner.”", ["De Lijn"]),
    ("“De Zwaan is ons stamcafé.”", ["De Zwaan"]),
    ("“Het Anker is onze brouwer.”", ["Het Anker"]),
    ("“Leuven is onze thuishaven.”", ["Leuven"]),
    ("“De Kring is onze partner.”", ["De Kring"]),
    ("“De Ster is onze sponsor.”", ["De Ster"]),
    pytest.param(*("“Van Hool is onze leverancier.”", ["Van Hool"]), marks=pytest.mark.xfail(strict=True, reason="lost already at adc739e (before s22-late's rules): not this rule's")),
    ("“De Schuur is onze thuis.”", ["De Schuur"]),
    ("“Het Bos is onze speelplaats.”", ["Het Bos"]),
    ("“De Kroon was onze sponsor.”", ["De Kroon"]),
    ("“De coach is onze held.”", ["coach"]),
    ("“Ik wandelde in het park met de leiding.”", ["park"]),
    ("“We speelden in Park Spoor Noord.”", ["Park Spoor Noord"]),
    pytest.param(*("“Min-prijs is niet duur.”", ["Min-prijs"]), marks=pytest.mark.xfail(strict=True, reason="lost already at adc739e (before s22-late's rules): not this rule's")),
    ("“We hadden een song-festival.”", ["song-festival"]),
    ("“Het Park is onze thuis.”", ["Het Park"]),
    ("“De Mol is onze mascotte.”", ["De Mol"]),
    pytest.param(*("“Van Gogh is onze favoriete schilder.”", ["Van Gogh"]), marks=pytest.mark.xfail(strict=True, reason="lost already at adc739e (before s22-late's rules): not this rule's")),
    ("“De Panne is onze bestemming.”", ["De Panne"]),
]


@pytest.mark.parametrize("run", [run_text, run_section_report], ids=["text", "report"])
@pytest.mark.parametrize(("text", "names"), CLASS1 + CLASS2)
def test_name_goes(run, text: str, names: list[str]) -> None:
    assert not names_left(text, names, run)


@pytest.mark.parametrize("run", [run_text, run_section_report], ids=["text", "report"])
@pytest.mark.parametrize(("text", "items"), KEEP)
def test_look_alike_stays(run, text: str, items: list[str]) -> None:
    assert not items_lost(text, items, run)
