"""Session 23 (s23-late, issue 11, severity 1): East-Asian family-name-first names in capitals ("NG Wei",
"LI Na", "PARK Ji-woo") in rankings, lists, plain sentences and credits; English institutions named after
a person ("de Hannah Baker School", "De Sarah Johnson Academy"), whose head noun stays when the name goes.

Written before reading the rules they test (frozen in the first commit of the branch s23-late). The
names, organisations and places are invented or generic, none from tests/fixtures/, /work/shared/,
bench/data/ or an A-set.
"""

from __future__ import annotations

import pytest
from anoncases import marked
from anonymise_asserts import items_stay as _items_stay
from anonymise_asserts import names_go as _names_go

from perskamer.plugins.anonymise.replace import anonymise_text

# class 1: a short family name in capitals, then a given name (which may be a word)
FAMILY_FIRST = [
    ("De winnaar was NG Weilun.", ["NG", "Weilun"]),
    ("Tweede werd LI Xiaoyun.", ["LI", "Xiaoyun"]),
    ("1) NG Haoran 2) LI Mingxia 3) PARK Seo-jin", ["NG", "Haoran", "LI", "Mingxia", "PARK", "Seo-jin"]),
    ("Uitslag: 1) WU Jiahui 2) HO Thanh 3) LE Quynh", ["WU", "Jiahui", "HO", "Thanh", "LE", "Quynh"]),
    ("Winnaars: DO Minhchau, MA Lifen en YU Kaoru.", ["DO", "Minhchau", "MA", "Lifen", "YU", "Kaoru"]),
    ("Met dank aan OH Daesung voor de foto's.", ["OH", "Daesung"]),
    ("Foto: AN Soobin", ["AN", "Soobin"]),
    ("Tekst: KO Yerin / Foto: GU Tianyi", ["KO", "Yerin", "GU", "Tianyi"]),
    ("Ik speelde tegen XU Zhenhao in de finale.", ["XU", "Zhenhao"]),
    ("Onze nieuwe trainer is LU Yanfei.", ["LU", "Yanfei"]),
    ("De beste speelster was LI Na.", ["LI", "Na"]),
    ("HO Mai kwam als eerste binnen.", ["HO", "Mai"]),
    ("LE Van won de halve finale.", ["LE", "Van"]),
    ("Ploeg A:\n- TAN Weijie\n- LIM Shuhui\n- NG Kahwai", ["TAN", "Weijie", "LIM", "Shuhui", "NG", "Kahwai"]),
    ("Scheidsrechter: HAN Jisoo", ["HAN", "Jisoo"]),
    ("Klassement dames: 1. LI Wenjing 2. MA Yuting 3. WU Shanshan",
     ["LI", "Wenjing", "MA", "Yuting", "WU", "Shanshan"]),
    ("Het record staat op naam van YU Shengli.", ["YU", "Shengli"]),
    ("Proficiat aan DO Thi Hanh!", ["DO", "Thi", "Hanh"]),
    ("NG Chunyin (U14) en LE Bichngoc (U16) wonnen goud.", ["NG", "Chunyin", "LE", "Bichngoc"]),
    ("Wie won? Dat was OH Minseo.", ["OH", "Minseo"]),
    ("Regie: JIN Hyeonwoo", ["JIN", "Hyeonwoo"]),
    ("Met LIM Junjie, TAN Peiling en KO Eunbi op het podium.", ["LIM", "Junjie", "TAN", "Peiling", "KO", "Eunbi"]),
    ("De prijs ging naar LU Xinyi.", ["LU", "Xinyi"]),
    ("Dank aan LI Na en HO Mai voor de hulp.", ["LI", "Na", "HO", "Mai"]),
    ("Commentaar van WU Jiayi: sterk gespeeld.", ["WU", "Jiayi"]),
    ("Dirigent: MA Jiawen, solist: AN Yejin", ["MA", "Jiawen", "AN", "Yejin"]),
    ("NG Wei is onze nieuwe coach.", ["NG", "Wei"]),
    ("Bestuur: voorzitter LE Thuy, secretaris DO Khanh", ["LE", "Thuy", "DO", "Khanh"]),
]

# class 2: a first name and an English surname that is also a word, before an institution's head noun
NAMED_INSTITUTION = [
    ("Ik zat op de Hannah Baker School in Leuven.", ["Hannah", "Baker"], ["School", "Leuven"]),
    ("De Molly Hunter Academy doet mee.", ["Molly", "Hunter"], ["Academy"]),
    ("Ze studeert aan het Rosalind Cook College.", ["Rosalind", "Cook"], ["College"]),
    ("De Trevor Bird Foundation steunt ons.", ["Trevor", "Bird"], ["Foundation"]),
    ("Het Imogen Young Center opent in het najaar.", ["Imogen", "Young"], ["Center"]),
    ("Subsidie van het Declan Rich Institute.", ["Declan", "Rich"], ["Institute"]),
    ("We bezochten de Edwina Taylor School.", ["Edwina", "Taylor"], ["School"]),
    ("De Gareth Smith Academy won de quiz.", ["Gareth", "Smith"], ["Academy"]),
    ("Leerlingen van het Philippa Hunter College kwamen langs.", ["Philippa", "Hunter"], ["College"]),
    ("De Nigel Fisher Foundation betaalde de bus.", ["Nigel", "Fisher"], ["Foundation"]),
    ("Op de Agatha Wood School zitten 300 leerlingen.", ["Agatha", "Wood"], ["School"]),
    ("Het Rupert Gold Institute doet onderzoek.", ["Rupert", "Gold"], ["Institute"]),
    ("Ik werk bij het Bethany Price Center.", ["Bethany", "Price"], ["Center"]),
    ("Dank aan de Harriet Mason Foundation.", ["Harriet", "Mason"], ["Foundation"]),
    ("Ze gaf les aan de Clive Porter Academy.", ["Clive", "Porter"], ["Academy"]),
    ("Uitwisseling met de Fiona Bell School in Leeds.", ["Fiona", "Bell"], ["School", "Leeds"]),
    ("De Quentin Cook Foundation en het Maisie Young College.", ["Quentin", "Cook", "Maisie", "Young"],
     ["Foundation", "College"]),
]

# look-alikes: acronyms in capitals before a word or a place, institutions not named after a full name
KEEP = [
    ("KV Mechelen won met 2-0.", ["KV Mechelen"]),
    ("1) KV Mechelen 2) AA Gent 3) KRC Genk", ["KV Mechelen", "AA Gent", "KRC Genk"]),
    ("Uitslag: 1) VC Oudegem 2) HC Tongeren 3) TC Lokeren", ["VC Oudegem", "HC Tongeren", "TC Lokeren"]),
    ("Winnaars: JH Zonnedauw, JC Tornado en KSA Heist.", ["JH Zonnedauw", "JC Tornado", "KSA Heist"]),
    ("De winnaar was KV Kortrijk.", ["KV Kortrijk"]),
    ("We vergaderen via MS Teams.", ["MS Teams"]),
    ("We namen de trein van NMBS Brussel.", ["NMBS Brussel"]),
    ("Hij rijdt met een VW Polo.", ["VW Polo"]),
    ("Ze werkt bij KBC Bank.", ["KBC Bank"]),
    ("Onze sponsor is AG Insurance.", ["AG Insurance"]),
    ("Ze ligt in UZ Leuven.", ["UZ Leuven"]),
    ("TV Oost bracht een reportage.", ["TV Oost"]),
    ("Foto: VRT NWS", ["VRT NWS"]),
    ("Met dank aan CM Limburg.", ["CM Limburg"]),
    ("OH Wonder speelde op het festival.", ["OH Wonder"]),
    ("De campagne van UN Women liep een maand.", ["UN Women"]),
    ("Tegenstander was AA Gent.", ["AA Gent"]),
    ("Ploeg A:\n- KV Mechelen\n- AA Gent\n- RC Genk", ["KV Mechelen", "AA Gent", "RC Genk"]),
    ("Ik zat op de Oxford School in Brussel.", ["Oxford School"]),
    ("De Riverside Academy doet mee.", ["Riverside Academy"]),
    ("Ze studeert aan het Erasmus College.", ["Erasmus College"]),
    ("De Rainbow Foundation steunt ons.", ["Rainbow Foundation"]),
    ("Het Flanders Music Center opent in het najaar.", ["Flanders Music Center"]),
    ("We bezochten de Green Valley School.", ["Green Valley School"]),
    ("De International School doet mee.", ["International School"]),
    ("Subsidie van het Cancer Research Institute.", ["Cancer Research Institute"]),
    ("Dank aan de Europa School.", ["Europa School"]),
]


#: (added after the freeze, s23-late) the frozen cases still failing at the landing, and why -- strict:
#: a case that starts passing must leave this list.
OPEN = {
    "Met LIM Junjie, TAN Peiling en KO Eunbi op het podium.":
        "'Peiling' is a Dutch word (a poll): after a listed family name a rare word was let through, and "
        "'FAN Zone' went with it -- taken back",
    "Ze studeert aan het Rosalind Cook College.": "'Rosalind' is on no first-name list",
    "Het Imogen Young Center opent in het najaar.": "'Imogen' is on no first-name list",
    "De Quentin Cook Foundation en het Maisie Young College.": "'Maisie' is on no first-name list",
    "We vergaderen via MS Teams.": "masked on main (b9b0e14) already: 'Teams' after 'via' reads as a name",
    "Foto: VRT NWS": "masked on main (b9b0e14) already: a credit's capitals",
    "De Holly Tree Academy doet mee.": "masked on main (b9b0e14) already ('Holly' a first name); the noun now stays",
}


@pytest.mark.parametrize("text,names", marked(FAMILY_FIRST, OPEN))
def test_a_family_name_first_in_capitals_goes(text: str, names: list[str]) -> None:
    _names_go(text, names)


@pytest.mark.parametrize("text,names,heads", marked(NAMED_INSTITUTION, OPEN))
def test_a_person_before_an_institution_goes_and_its_head_noun_stays(text: str, names: list[str], heads: list[str]) -> None:
    _names_go(text, names)
    _items_stay(text, heads)


@pytest.mark.parametrize("text,items", marked(KEEP, OPEN))
def test_look_alikes_stay(text: str, items: list[str]) -> None:
    _items_stay(text, items)


def test_the_head_noun_stays_after_a_masked_name() -> None:
    # (frozen; it also passes when nothing is masked: 'Sorrel' is on no list -- the informed test below asserts the mask)
    assert anonymise_text("De Sorrel Baker Academy doet mee.").endswith(" Academy doet mee.")


# informed (written after reading the rules): look-alikes of the new rules' own shapes, and the noun kept
INFORMED_KEEP = [
    ("De FAN Zone opent om acht uur.", ["FAN Zone"]),
    ("Ons lokaal heet DO Re Mi.", ["DO Re Mi"]),
    ("Ontbijt bij LE Pain Quotidien.", ["LE Pain Quotidien"]),
    ("We bezochten de Rose Hill School.", ["Rose Hill School"]),
    ("De Holly Tree Academy doet mee.", ["Holly Tree Academy"]),
    ("Het SUN Festival was top.", ["SUN Festival"]),
]


@pytest.mark.parametrize("text,items", marked(INFORMED_KEEP, OPEN))
def test_informed_look_alikes_stay(text: str, items: list[str]) -> None:
    _items_stay(text, items)


@pytest.mark.parametrize("text,expected", [
    ("De Sarah Johnson Academy doet mee.", "[persoon 1] Academy doet mee."),
    ("Subsidie van het Declan Rich Institute.", "Subsidie van het [persoon 1] Institute."),
    ("Ik zat op de Hannah Baker School in Leuven.", "Ik zat op de [persoon 1] School in Leuven."),
])
def test_informed_the_noun_stays_after_the_masked_name(text: str, expected: str) -> None:
    assert anonymise_text(text) == expected
