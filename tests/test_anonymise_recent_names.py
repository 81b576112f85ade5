"""The first-name list holds the commonest names of today's youth of Turkish, Bosnian,
Serbian, Albanian and Kurdish origin (issue 11, session 15).

Faker's ``tr_TR`` list is old-fashioned; its ``de_CH``, ``de_AT`` and ``de_LI`` lists are
recent birth-name statistics and hold them (``RECENT_FIRST_LOCALES`` in
``plugins/anonymise/tools/build_lexicons.py``). Where no structural cue points at a name
-- lower-case chat, a name after 'naar' -- only a list catches it. The names below were
picked from those Faker lists, never from a test text.
"""

from __future__ import annotations

import pytest

from perskamer.plugins.anonymise.lexicon import english_words, fold, load_lexicon, read_list
from perskamer.plugins.anonymise.replace import anonymise_text

#: A sample of the recent locales' names, of every origin they add.
RECENT = ("Burak", "Emre", "Cem", "Merve", "Onur", "Serkan", "Gizem", "Gökhan", "Admir", "Afrim", "Agim",
          "Besnik", "Blerta", "Driton", "Fjolla", "Jetmir", "Nemanja", "Dragana", "Senad", "Lejla", "Tenzin")
#: Names of those lists that another shipped list reads as something else: an English
#: word ("can", "lean"), a place of the world ("Manila"), a continent ("Asia"), a
#: language ("Sena"). Left out, so the keep and English lists keep their entries.
OTHER_READING = ("Can", "Lean", "Manila", "Asia", "Sena")


@pytest.mark.parametrize("name", RECENT)
def test_a_recent_name_is_a_listed_first_name_and_no_word(name: str) -> None:
    lex = load_lexicon()
    assert fold(name) in lex.first_names
    assert not lex.is_word(fold(name).lower())
    assert fold(name).lower() not in english_words()


@pytest.mark.parametrize("name", OTHER_READING)
def test_a_name_another_list_reads_otherwise_is_not_taken_from_the_recent_lists(name: str) -> None:
    assert name not in read_list("first_names.txt")


@pytest.mark.parametrize("name", ["Burak", "Emre", "Agim", "Jetmir", "Nemanja"])
@pytest.mark.parametrize("frame", ["toen {n} binnenkwam, werd het stil.", "We gingen naar {N}.",
                                   "ik zat naast {n} op de bus", "Gisteren belde {N} nog."])
def test_a_recent_name_no_cue_points_at_is_masked(name: str, frame: str) -> None:
    text = frame.format(n=name.lower(), N=name)
    out = anonymise_text(text)
    assert name.lower() not in out.lower(), out
    assert "[persoon 1]" in out
