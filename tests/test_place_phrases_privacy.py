"""Places of several words matched as whole spans (session 17, ``lexicon._place_phrases``)
against persons whose names share their words, in the places' own slots. Every name is
written for this test (no word of ``tests/``, ``bench/data/`` or ``/work/shared/``): Spanish
and Basque names, the Spanish surnames "San José", "San Juan", "San Pedro" that ARE places'
names, Portuguese, Ethiopian and Israeli names.

Each text is run with the place phrases and without them (the lexicon rebuilt without
``_place_phrases``), and a name the phrases alone publish fails.
"""

from __future__ import annotations

import pytest

from perskamer.plugins.anonymise import lexicon
from perskamer.plugins.anonymise.replace import anonymise_text
from perskamer.testing import word_in

#: (first name, surname); the surnames "San José", "San Juan", "San Pedro" are places too.
NAMES = [
    ("Juana", "San José"), ("Andrés", "San Juan"), ("Itziar", "San Pedro"), ("Jacinto", "Olaizola"),
    ("Cristóbal", "Zubiri"), ("Francisco", "Pedrosa"), ("Ismael", "Baptista"), ("Ximena", "Ugarte"),
    ("Abeba", "Mulugeta"), ("Aviv", "Cohen"), ("Salvador", "Nkunda"), ("Domingo", "Huanca"),
]

SLOTS = [
    "“Ik sprak gisteren met {f} {s} over het kamp.”",
    "“We logeerden bij {f} {s} in de Ardennen.”",
    "“Mevrouw {s} gaf de vorming.”",
    "“Ze ging naar {f} {s} voor hulp.”",
    "“De brief kwam van {f} {s}.”",
    "“{f} {s} woont nu in Gent.”",
    "“Dank aan {s} voor de foto's.”",
    "“In {s} zijn eigen woorden: het was te veel.”",
    "“Toen {s} binnenkwam, werd het stil.”",
    "“Het idee kwam van {s}, onze kookouder.”",
    "“Samen met {s} maakten we de affiche.”",
    "“Volgens {f} {s} (17) is het kamp te duur.”",
]


def _without_phrases(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lexicon, "_place_phrases", lambda firsts: [])
    lexicon.load_lexicon.cache_clear()


@pytest.mark.parametrize("template", SLOTS)
def test_the_place_phrases_publish_no_name(template: str, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [(template.format(f=f, s=s), {f, *s.split()} - {"San"}) for f, s in NAMES]
    on = [anonymise_text(t) for t, _ in texts]
    with monkeypatch.context() as m:
        _without_phrases(m)
        off = [anonymise_text(t) for t, _ in texts]
    lexicon.load_lexicon.cache_clear()
    published = [(t, w) for (t, words), a, b in zip(texts, on, off, strict=True) for w in sorted(words)
                 if word_in(w, a, ignore_case=True) and not word_in(w, b, ignore_case=True)]
    assert published == []


def test_a_place_of_several_words_stays() -> None:
    out = anonymise_text("“Mijn oom woont al tien jaar in San Diego en stuurt elke maand een pakje.”")
    assert word_in("San Diego", out)
