"""Cases of session 13 (s13-privacy): a region after "in de"/"uit de" before the subject's speech
verb ("Een jeugdconsulent uit de <streek> vertelde ..."), masked as a person in the report's own
text with ``scope: all`` (set Q: two reports withheld, the region kept in a quote and replaced in
the summary). Written 08:05 UTC after the rule was drafted in a scratch copy; the figure before
is measured on main fa9ab21. Every region and name was checked (whole word, case-insensitive)
against ``tests/``, ``bench/data`` and ``/work/shared``: none occurs there.

``KEEP``: ``(text, items that must stay)``; ``PERSON``: ``(text, name parts that must go, items
that must stay)`` -- a person in the same sentence shape. Both run as the report's own text with
``scope: all`` (``anonymise_text(..., deny_unknown=False)``) and as a quote (``anonymise_text``).
``PYTHONPATH=tests python tests/anonymise_s13_region_cases.py`` prints the score.
"""

from __future__ import annotations

KEEP: list[tuple[str, list[str]]] = [
    ("Een jeugdconsulent uit de Leiestreek vertelde hoe de gemeente dat aanpakte.", ["Leiestreek"]),
    ("Een scoutsgroep uit de Veluwe vertelde over hun tochten.", ["Veluwe"]),
    ("Een monitor uit de Famenne zei dat het kamp vol zat.", ["Famenne"]),
    ("Een gemeente in de Achterhoek vertelde hoe ze een lokaal vond.", ["Achterhoek"]),
    ("Een jongere uit de Betuwe vroeg of er subsidie was.", ["Betuwe"]),
    ("Een leidster uit de Condroz vertelde over de bossen.", ["Condroz"]),
    ("Een vrijwilliger uit de Borinage zei dat de mijnen nog overal te zien zijn.", ["Borinage"]),
    ("Een begeleider uit de Gaume vertelde hoe klein de groep is.", ["Gaume"]),
    ("Een jeugdhuis in de Voerstreek schreef een brief naar de minister.", ["Voerstreek"]),
    ("Een speelplein in de Peel vertelde over de droogte van vorige zomer.", ["Peel"]),
    ("Een vereniging uit de Polders vroeg om meer fietspaden.", ["Polders"]),
    ("Een leider uit de Elzas zei dat ze er tweetalig werken.", ["Elzas"]),
    ("Een groep uit de Provence vertelde over hun zomerkamp.", ["Provence"]),
    ("Een animator uit de Algarve lachte om onze regen.", ["Algarve"]),
    ("Een jeugddienst uit het Ommeland vertelde over de bus die niet meer rijdt.", ["Ommeland"]),
]

PERSON: list[tuple[str, list[str], list[str]]] = [
    ("Wendela uit de Betuwe vertelde over hun tochten.", ["Wendela"], ["Betuwe"]),
    ("Een leider, Adelgonde Vosmaer uit de Famenne, vertelde dat het kamp vol zat.", ["Adelgonde", "Vosmaer"], ["Famenne"]),
    ("Adelgonde van de Broeckhove vertelde hoe de gemeente dat aanpakte.", ["Adelgonde", "Broeckhove"], []),
    ("Jeugdconsulent Thorwald Eikenrode uit de Leiestreek vertelde hoe het begon.", ["Thorwald", "Eikenrode"],
     ["Leiestreek"]),
    ("Volgens Brecht-Amalia Duivenvoorde uit de Peel is er geen water.", ["Duivenvoorde"], ["Peel"]),
    ("Ook Marcellinus uit de Gaume zei dat de groep klein is.", ["Marcellinus"], ["Gaume"]),
    ("Een monitor, Waltruda, vertelde over de Condroz.", ["Waltruda"], ["Condroz"]),
    ("Rozemond Vandeghinste uit de Voerstreek schreef een brief.", ["Rozemond", "Vandeghinste"], ["Voerstreek"]),
    ("Animator Ottokar Wielemans uit de Algarve lachte om onze regen.", ["Ottokar", "Wielemans"], ["Algarve"]),
    ("Cunegonda van der Haegen zei dat ze tweetalig werken.", ["Cunegonda", "Haegen"], []),
    ("De leidster, Irmtraud Verspeelt, vertelde over de Polders.", ["Irmtraud", "Verspeelt"], ["Polders"]),
    ("Fridolin uit de Elzas vroeg of er subsidie was.", ["Fridolin"], ["Elzas"]),
    ("Scheepers Ermengarde uit de Provence vertelde over het zomerkamp.", ["Ermengarde"], ["Provence"]),
    ("Bij Radboud Tielemans uit de Borinage vertelde iedereen over de mijnen.", ["Radboud", "Tielemans"], ["Borinage"]),
    ("Gisteren vertelde Walburga van Rooyendonck uit de Achterhoek hoe ze een lokaal vond.",
     ["Walburga", "Rooyendonck"], ["Achterhoek"]),
]


def _paths(text: str) -> list[str]:
    from perskamer.plugins.anonymise.replace import anonymise_text

    return [anonymise_text(text, deny_unknown=False), anonymise_text(text)]


def _score() -> None:
    from perskamer.testing import word_in

    kept = sum(all(word_in(k, out) for out in _paths(t)) for t, items in KEEP for k in items)
    print(f"regions kept (both paths) {kept}/{sum(len(i) for _t, i in KEEP)}")
    for t, items in KEEP:
        if not all(word_in(k, out) for out in _paths(t) for k in items):
            print("  LOST", _paths(t))
    gone = sum(not any(word_in(n, out) for out in _paths(t)) for t, names, _k in PERSON for n in names)
    print(f"persons masked (both paths) {gone}/{sum(len(n) for _t, n, _k in PERSON)}")
    for t, names, _k in PERSON:
        if any(word_in(n, out) for out in _paths(t) for n in names):
            print("  LEFT", _paths(t))


if __name__ == "__main__":
    _score()
