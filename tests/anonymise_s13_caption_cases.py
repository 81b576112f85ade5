"""Cases of session 13 (s13-privacy): a quotation in the photo's caption wrapped over a line (the
PDF form's text extraction breaks a long caption), from set S's class (informed: a name in a
caption's quotation after a line break was published). Written 08:42 UTC BEFORE the rule. Every
name and keep item was checked (whole word, case-insensitive) against ``tests/``, ``bench/data``
and ``/work/shared``.

``PERSON``: ``(caption, name parts that must go)``; ``KEEP``: ``(caption, items that must stay)``.
Both run through a whole report (``anonymise_report``, default scope) whose photo carries the
caption. ``PYTHONPATH=tests python tests/anonymise_s13_caption_cases.py`` prints the score.
"""

from __future__ import annotations

PERSON: list[tuple[str, list[str]]] = [
    ("Bijschrift: “Yentl en Oskarine zetten samen\nde tent recht.”", ["Oskarine"]),
    ("Bijschrift: “de muur met post-its, die van\nGwendolien helemaal bovenaan”", ["Gwendolien"]),
    ("“Tiberiu Vanquathem geeft uitleg bij\nhet spel”", ["Tiberiu", "Vanquathem"]),
    ("Onderschrift: “Rasmina en haar zus aan\nde kassa van de fuif”", ["Rasmina"]),
    ("Bijschrift: “Leiding Mauritz Ovaere tijdens de\nopening”", ["Mauritz", "Ovaere"]),
    ("“Kinderen rond Zeynepcan bij het\nkampvuur”", ["Zeynepcan"]),
    ("Bijschrift: “links Hroswitha, rechts\nDamiaan Verhellemans”", ["Hroswitha", "Damiaan", "Verhellemans"]),
    ("“Een tekening van Liselore (9) voor\nde jeugdraad”", ["Liselore"]),
    ("Bijschrift: “Quirinus Dewaelheyns en\nTeuntina lachen om de regen”", ["Quirinus", "Dewaelheyns", "Teuntina"]),
    ("“De affiche die Kasimira\nontwierp”", ["Kasimira"]),
    ("Foto: “Ebrima Touray leert de kleinsten\njongleren”", ["Ebrima", "Touray"]),
    ("Bijschrift: “Animator Philomeen met de\npoppenkast”", ["Philomeen"]),
    ("“Op de voorgrond Ignatius Schoonjans,\nachteraan de bus”", ["Ignatius", "Schoonjans"]),
    ("Bijschrift: “Waldemar en zijn team\nna de quiz”", ["Waldemar"]),
    ("“Odalinde schildert de muur van het\nlokaal”", ["Odalinde"]),
]

KEEP: list[tuple[str, list[str]]] = [
    ("Bijschrift: “de tent van Chiro Sint-Gummarus in\nKruishoutem”", ["Kruishoutem"]),
    ("Bijschrift: “het nieuwe lokaal van Jeugdhuis De\nKlokkenluider”", ["Klokkenluider"]),
    ("“De kinderen van Speelplein Het Mierennest\nop de trampoline”", ["Mierennest"]),
    ("Onderschrift: “een spel uit Tsjechië op het plein in\nDentergem”", ["Dentergem"]),
    ("Bijschrift: “de bus van Busreizen Kwartel naar\nKluisbergen”", ["Kluisbergen"]),
    ("“Zonsondergang boven de\nZwalmvallei”", ["Zwalmvallei"]),
    ("Bijschrift: “affiches voor de campagne\nFluisterlijn”", ["Fluisterlijn"]),
    ("“Een stand van Klankbord en van\nLijnwerk”", ["Klankbord", "Lijnwerk"]),
    ("Bijschrift: “de vlaggen van Litouwen, Bhutan en\nMongolië”", ["Litouwen", "Bhutan", "Mongolië"]),
    ("“Het podium op de Grote Markt van\nZomergem”", ["Zomergem"]),
    ("Bijschrift: “koffie van Koffiebranderij\nDe Molen”", ["Molen"]),
    ("“Spelen op de GameCube in het\njeugdhuis”", ["GameCube"]),
    ("Bijschrift: “de wimpel van KSA Brabosheide in\nVlasgaard”", ["Brabosheide"]),
    ("“De groep na de wandeling in\nHan-sur-Lesse”", ["Han-sur-Lesse"]),
    ("Foto: “het logo van Beeldkracht\nvzw op de muur”", ["Beeldkracht"]),
]


def run(caption: str) -> str:
    from perskamer.model import Photo, Quote, Report
    from perskamer.plugins.anonymise.anonymiser import Options, anonymise_report

    report = Report(source="r.md", slug="r", format="md", sections={"summary": "Een avond over de jeugdraad."},
                    quotes=[Quote(text="Het was een fijne avond.", speaker=None)], photo=Photo(caption=caption))
    anonymise_report(report, Options())
    return report.photo.caption or ""


def _score() -> None:
    from perskamer.testing import word_in

    gone = sum(not word_in(n, run(t)) for t, names in PERSON for n in names)
    print(f"names removed {gone}/{sum(len(n) for _t, n in PERSON)}")
    for t, names in PERSON:
        if any(word_in(n, run(t)) for n in names):
            print("  LEFT", run(t).replace("\n", " / "))
    kept = sum(word_in(k, run(t)) for t, items in KEEP for k in items)
    print(f"look-alike items kept {kept}/{sum(len(i) for _t, i in KEEP)}")
    for t, items in KEEP:
        if not all(word_in(k, run(t)) for k in items):
            print("  LOST", run(t).replace("\n", " / "))


if __name__ == "__main__":
    _score()
