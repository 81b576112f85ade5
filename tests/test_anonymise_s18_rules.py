"""Session 18's rules of name classes (s18-names, issue 11), each on realistic report text with its
look-alike in the same frame: a list in a person frame (person_lists), a name after an honorific
(person_honorifics), the surname after a first name taken (person_surnames). Names invented."""

from __future__ import annotations

import pytest

from perskamer.plugins.anonymise.replace import anonymise_text
from perskamer.testing import word_in


def _left(text: str, names: list[str]) -> list[str]:
    out = anonymise_text(text)
    return [n for n in names if word_in(n, out, ignore_case=True)]


def _lost(text: str, items: list[str]) -> list[str]:
    out = anonymise_text(text)
    return [i for i in items if not word_in(i, out)]


@pytest.mark.parametrize(("text", "names"), [
    # a list in a person frame: role phrases beside a name say it is a list of persons
    ("Aanwezig: Storm, drie monitoren en de voorzitter van de jeugdraad.", ["Storm"]),
    ("Sprekers: Wennemar Olthuysen en een medewerker van de stad.", ["Wennemar", "Olthuysen"]),
    ("Contactpersoon: Roos (bereikbaar via het secretariaat)", ["Roos"]),
    ("Op de foto: Quan Lu aan de bar van het jeugdhuis.", ["Quan", "Lu"]),
    ("Van links naar rechts: Ingmar, Saskja, Berber en Dr. Lindeboom.", ["Ingmar", "Saskja", "Berber", "Lindeboom"]),
    ("DANK AAN FENNA KRAAI VOOR DE SOEP!", ["FENNA", "KRAAI"]),
    # a name after an honorific, also when it is a word or after a full stop
    ("“Het lokaal is te klein,” zei Mevr. Timmerman gisteren.", ["Timmerman"]),
    ("Mme. Pottier : « On manque de bénévoles. »", ["Pottier"]),
    ("“Dat zei Monsieur Boulanger al in september.”", ["Boulanger"]),
    ("Dhr. Kerkhof: “De sleutel ligt bij de buren.”", ["Kerkhof"]),
    # the surname after a first name taken as a person
    ("“We blijven komen,” zegt Ilse\nValkenborgh.", ["Ilse", "Valkenborgh"]),
    ("bericht van moderator lotte van der wal op 4 mei", ["lotte", "wal"]),
    ("“Niemand luisterde,” vertelt Jade Smid.", ["Jade", "Smid"]),
    ("Volgens jeugdwerker Hanne\nKraai is er nog plaats op kamp.", ["Hanne", "Kraai"]),
    ("“WE WILLEN EEN EIGEN LOKAAL.” – MARIAMA BARRY", ["MARIAMA", "BARRY"]),
    # a participant list: a list item or a table row opening with a name before a role
    ("• Hazel, penningmeester\n• een ouder uit de wijk", ["Hazel"]),
    ("| Noor Vinck | kookouder | 2 jaar |\n| Teun | animator | 1 jaar |", ["Noor", "Vinck", "Teun"]),
])
def test_a_name_in_a_person_slot_goes(text: str, names: list[str]) -> None:
    assert not _left(text, names), anonymise_text(text)


@pytest.mark.parametrize(("text", "items"), [
    ("Aanwezig: Chiro Lembeke, KSA Ertvelde en de jeugddienst.", ["Chiro Lembeke", "KSA Ertvelde"]),
    ("Van links naar rechts: Gent, Aalst en Dendermonde op de kaart.", ["Gent", "Aalst", "Dendermonde"]),
    ("Met dank aan VGC en Jeugdhuis Kompas voor de zaal.", ["VGC", "Jeugdhuis Kompas"]),
    ("Met dank aan Zeeman voor de T-shirts.", ["Zeeman"]),
    ("“Mevrouw van de Kinderrechtencommissaris legde het uit.”", ["Kinderrechtencommissaris"]),
    ("“Meneer de voorzitter, mag ik iets zeggen?”", ["voorzitter"]),
    ("“We gingen naar de dokter. Daarna naar Gent.”", ["Gent"]),
    ("Bedankt Chiro Lede en KLJ Oombergen!", ["Chiro Lede", "KLJ Oombergen"]),
    ("“Khadija van de Wereldwinkel bracht koffie.”", ["Wereldwinkel"]),
    ("Rania uit Syrië leerde hier fietsen.", ["Syrië"]),
    ("- Chiro Zele, leiding\n| Gent | animator | 3 jaar |", ["Chiro Zele", "Gent"]),
    ("“Ik speelde met Wout Minecraft tot middernacht.”", ["Minecraft"]),
])
def test_a_look_alike_in_the_same_slot_stays(text: str, items: list[str]) -> None:
    assert not _lost(text, items), anonymise_text(text)
