"""French clauses inside a Dutch quote (plugins/anonymise/keep_french.py, session 9).

Sentences of our own (no name or organisation of the fixtures or bench sets): a French
clause opener and a thing after a French article are kept; a listed name, a name the
report gives, a surname's particle after a first name and a Vietnamese surname "Le" are
never protected.
"""

from __future__ import annotations

import pytest
from anoncases import plain_first_names
from hypothesis import given, settings
from hypothesis import strategies as st

from perskamer.plugins.anonymise.detect import Knowledge
from perskamer.plugins.anonymise.replace import anonymise_text
from perskamer.testing import word_in

KEPT = [
    ('Hij lachte: "Il est chef cuisinier, comme toujours."', ["Il"]),
    ('"Comme disait la directrice: on fait avec ce qu\'on a."', ["Comme"]),
    ('"C\'est nous qui décidons," zegt de leiding.', ["C'est"]),
    ('"Pendant le Zwalmdal et le Okapiet on fait une soirée."', ["Zwalmdal", "Okapiet"]),
    ('"Le mercredi on va à la Hoppendaal Jeunesse, le samedi au parc."', ["Hoppendaal Jeunesse"]),
]


@pytest.mark.parametrize(("text", "items"), KEPT)
def test_french_openers_and_things_after_a_french_article_are_kept(text: str, items: list[str]) -> None:
    out = anonymise_text(text)
    assert [i for i in items if not word_in(i, out)] == [], out


PERSONS = [
    ("Ik sprak gisteren met Jean du Zwalmdal over het kamp.", ["Jean", "Zwalmdal"]),  # a particle after a name
    ("Le Minh zei dat het goed was.", ["Minh"]),  # "Le": a Vietnamese surname, no opener
    ('"Comme disait Okapiet hier: on fait avec."', ["Okapiet"]),  # the speaker after the opener
    ('"On a fait un couscous avec Wout Zwalmdal du Hoppendaal."', ["Wout", "Zwalmdal"]),
]


@pytest.mark.parametrize(("text", "names"), PERSONS)
def test_a_person_in_a_french_clause_still_goes(text: str, names: list[str]) -> None:
    out = anonymise_text(text)
    assert [n for n in names if word_in(n, out, ignore_case=True)] == [], out


def test_a_name_the_report_gives_wins_over_the_article() -> None:
    know = Knowledge()
    know.add("Okapiet Zwalmdal", explicit=True)
    out = anonymise_text('"Pendant le Okapiet on fait une soirée."', know)
    assert not word_in("Okapiet", out), out


TEMPLATES = [
    '"Pendant le {} on fait une soirée."',
    '"On va à la {} ce soir."',
    '"Il a parlé avec les {} hier."',
    '"{} est chef cuisinier."',
]


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(plain_first_names(40)), st.sampled_from(TEMPLATES))
def test_a_listed_first_name_in_a_french_clause_is_never_kept(name: str, template: str) -> None:
    out = anonymise_text(template.format(name))
    assert not word_in(name, out, ignore_case=True), out
