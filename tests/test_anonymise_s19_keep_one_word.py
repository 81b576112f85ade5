"""keep_typed._one_name_word (session 19): a venue's or business's noun, or a Dutch compound,
written with a capital inside a sentence, and ONE capitalised word no name list holds
("Bowling Stardust", "Buurtcomité Venning") -- and the persons in the same frames.

Every organisation and name here was written for this test (no word of ``tests/fixtures``,
``bench/data`` or ``/work/shared``). The privacy half runs each person case with the rule
and with the rule switched off: a name part the rule alone publishes fails.
"""

from __future__ import annotations

import pytest

from perskamer.plugins.anonymise import keep_typed
from perskamer.plugins.anonymise.replace import anonymise_text
from perskamer.testing import word_in

KEEP = [
    ("“Daarna trokken we naar Bowling Zorbaxo voor een partijtje.”", "Bowling Zorbaxo"),
    ("“De kabels kwamen van Elektro Vanderzwalm uit de buurt.”", "Elektro Vanderzwalm"),
    ("“Het Buurtcomité Vennadu heeft de kraampjes betaald.”", "Buurtcomité Vennadu"),
    ("“We speelden een toernooi in Gamecafé Quirnix met de oudsten.”", "Gamecafé Quirnix"),
    ("“De agent van Zone Ruvelka kwam een praatje maken.”", "Zone Ruvelka"),
    ("“De imam van Moskee Al-Nuruddinah hielp ons.”", "Moskee Al-Nuruddinah"),
]

#: (text, name parts that must go): persons in the rule's frames and next to it.
PERSONS = [
    ("“We gingen samen met Divine Mbalakanda naar de stad.”", ("Divine", "Mbalakanda")),
    ("“Sonam Dolkarpa en Karma Tseringdo hebben de website gemaakt.”", ("Karma", "Tseringdo", "Dolkarpa")),
    ("“Ik sprak met Tolk Fardousa over de vertaling.”", ("Fardousa",)),
    ("“We speelden tegen Duo Welmoedje en verloren.”", ("Welmoedje",)),
    ("“Het idee kwam van Collega Tjallina zelf.”", ("Tjallina",)),
    ("“We gingen naar Bowling Stardust met Gijsbrechta Vandermolenaar.”", ("Gijsbrechta", "Vandermolenaar")),
    ("“Bij Moskee Yasmina zei men dat het kon.”", ("Yasmina",)),
    ("“De fiets kocht ik bij Elektro Mathilde Vanderzwalm.”", ("Mathilde",)),
    ("“Toen zei Buurtcomité Kwadewiek dat Ebrima Njieboka mocht helpen.”", ("Ebrima", "Njieboka")),
    ("“Ik bel Comfort Asantewaah morgen nog.”", ("Comfort", "Asantewaah")),
    ("“Het was Gift Mbwanaku die de zaal opende.”", ("Gift", "Mbwanaku")),
    ("“We zaten in de Sporthal met Tjorven Oudelandt.”", ("Tjorven", "Oudelandt")),
    ("“Ik was bij Scout Kwabena: hij zei dat het kon.”", ("Kwabena",)),
    ("“Volgens Trainer Bukolami komt het goed.”", ("Bukolami",)),
    # a girl's name that splits into two Dutch words is no compound head ("roze|mijn", "zee|linde")
    ("“Het team van Rozemijn Vermaelenbroekx won de quiz.”", ("Rozemijn", "Vermaelenbroekx")),
    ("“We speelden tegen Zeelinde Oudebroekhof en haar zus.”", ("Zeelinde", "Oudebroekhof")),
]


@pytest.mark.parametrize(("text", "item"), KEEP)
def test_kept_with_the_rule_and_masked_without(text: str, item: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert item in anonymise_text(text)
    with monkeypatch.context() as m:
        m.setattr(keep_typed, "_one_name_word", lambda *a, **k: False)
        assert item not in anonymise_text(text)


@pytest.mark.parametrize(("text", "names"), PERSONS)
def test_the_rule_publishes_no_name(text: str, names: tuple[str, ...], monkeypatch: pytest.MonkeyPatch) -> None:
    on = anonymise_text(text)
    with monkeypatch.context() as m:
        m.setattr(keep_typed, "_one_name_word", lambda *a, **k: False)
        off = anonymise_text(text)
    published = [w for w in names if word_in(w, on, ignore_case=True) and not word_in(w, off, ignore_case=True)]
    assert not published, (on, published)
