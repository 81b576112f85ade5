"""Organisations, places, brands and services by GENERAL class, and person look-alikes in the
same positions (issue 11's keep side, session 13): the frozen batch ``anonymise_s13_keep_cases``.

At freeze time (main fa9ab21, before any rule of session 13): keep 38/55 items kept (69.1%),
64/66 name parts removed; keep misses {0, 6, 10, 12, 14, 19, 21, 25, 26, 27, 31, 32, 33, 34, 35,
42}, person misses {38, 40, 51} ("De Smet" opening a sentence, "Linde" last in a list of first
names: names left on main before this session, a recall matter; 51: a kept app next to a person).
"""

from __future__ import annotations

import anonymise_s13_keep_cases as batch
import pytest
from anoncases import left, lost, params

# at freeze time {0, 6, 10, 12, 14, 19, 21, 25, 26, 27, 31, 32, 33, 34, 35, 42}
# fixed by keep_french.protect_french_bodies ("Ligue des X": 42); 6 and 14 (a channel after "via"
# of words no list knows) were kept by keep_via until the lead's check (session 13): such a run is
# as often a name of an origin the lists miss, so "via" alone no longer keeps it (privacy first).
KEEP_MISSES: set[int] = {0, 6, 10, 12, 14, 19, 21, 25, 26, 27, 31, 32, 33, 34, 35}
# 40 ("met Sterre, Merel en Linde") closed in session 14 by the home places that are first names and words
PERSON_MISSES: set[int] = {38, 51}


@pytest.mark.parametrize(("text", "items"), params(batch.KEEP, KEEP_MISSES))
def test_the_thing_stays(text: str, items: list[str]) -> None:
    assert lost(text, items) == []


@pytest.mark.parametrize(("text", "names", "items"), params(batch.PERSON, PERSON_MISSES))
def test_the_person_goes(text: str, names: list[str], items: list[str]) -> None:
    assert left(text, names) == [] and lost(text, items) == []


# --- the rules' own checks (sentences of our own) ------------------------------------------

from anoncases import plain_first_names  # noqa: E402
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from perskamer.plugins.anonymise.replace import anonymise_text  # noqa: E402
from perskamer.testing import word_in  # noqa: E402

VIA_TEMPLATES = [
    "“De tickets kregen we via {}, dat ging snel.”",
    "“Ik stuur het formulier door via {}.”",
    "“De bus regelden we via {} en de ouders.”",
    "“Betalen kon via {} of cash.”",
]
FRENCH_TEMPLATES = [
    "“On a parlé avec {} du Pont.”",
    "“Merci à {} de la Croix pour tout.”",
    "“Avec {} d'Hondt et les enfants.”",
]


#: A person's position no keep rule of session 13 reads: the control for the property below.
CONTROL = "“Ik sprak gisteren lang met {} over het kamp.”"


@settings(max_examples=120, deadline=None)
@given(st.sampled_from(plain_first_names(23)), st.sampled_from(VIA_TEMPLATES + FRENCH_TEMPLATES))
def test_a_listed_first_name_after_via_or_before_a_french_particle_is_never_kept(name: str, template: str) -> None:
    if word_in(name, anonymise_text(CONTROL.format(name)), ignore_case=True):
        return  # (a first name every position keeps, "Frans" -- a language too: not these rules)
    out = anonymise_text(template.format(name))
    assert not word_in(name, out, ignore_case=True), out


@pytest.mark.parametrize(("text", "name"), [
    ("“Dat hoorden we via Zamukele, pas achteraf.”", "Zamukele"),  # a verb of hearing: through a person
    ("“We leerden elkaar kennen via Zamukele.”", "Zamukele"),  # ... of knowing
    ("“Ik kreeg het nummer via Zamukele zijn broer.”", "Zamukele"),  # a possessive after it
    ("“Het kwam via Zamukele Tavelu, de jeugdconsulent.”", "Zamukele"),  # a role in apposition
    ("“Via Zamukele kregen we de sleutel.”", "Zamukele"),  # "Via X" opening a sentence: not read
    ("“Ik sprak met Zamukele du Bois over het kamp.”", "Zamukele"),  # no word, no French noun ending
    ("“Merci à Zamukele de la Croix.”", "Zamukele"),
    ("“On a parlé avec Zamukele des Bois hier.”", "Zamukele"),  # "des" as a particle: no noun before it
    ("“Selon Zamukele des Bois, c'est fini.”", "Zamukele"),
])
def test_a_person_after_via_or_before_a_french_particle_goes(text: str, name: str) -> None:
    out = anonymise_text(text)
    assert not word_in(name, out, ignore_case=True), out


@pytest.mark.parametrize(("text", "item"), [
    pytest.param("“De rest stuur ik door via Zwippit, anders vergeet ik het.”", "Zwippit",
                 marks=pytest.mark.xfail(strict=True, reason="a word no list knows after 'via' is masked: "
                                         "privacy first (tests/test_keep_via_privacy.py)")),
    ("“Ze vond haar stage via Werkbrug Jobs, dat ging snel.”", "Werkbrug Jobs"),
    ("“Nous avons travaillé avec la Fédération des Parents d'Élèves de Namur.”",
     "Fédération des Parents d'Élèves de Namur"),
    ("“Le Comptoir des Outils prête du matériel.”", "Comptoir des Outils"),
    ("“Samenwerking met Union des Voisins, dat liep goed.”", "Union des Voisins"),
])
def test_a_channel_or_a_french_body_stays(text: str, item: str) -> None:
    assert word_in(item, anonymise_text(text)), anonymise_text(text)


@pytest.mark.parametrize(("text", "item"), [
    ("“Na de les eten we een wrap bij Broodjeszaak Chez Yasmina, dat is traditie.”", "Broodjeszaak Chez Yasmina"),
    ("“De koffie komt van Koffiebar Bij Godelieve, die geven korting.”", "Koffiebar Bij Godelieve"),
    ("“We aten bij Pizzeria Da Wannes in de Kerkstraat.”", "Pizzeria Da Wannes"),
])
def test_a_shop_named_at_someones_stays(text: str, item: str) -> None:
    assert word_in(item, anonymise_text(text)), anonymise_text(text)


@pytest.mark.parametrize(("text", "name"), [
    ("“Gisteren zat ik bij Godelieve in de keuken.”", "Godelieve"),  # a lower-case "bij": a person's home
    ("“Volgens Koffiebar Bij Godelieve zei ze dat het kon.”", "Godelieve"),  # a person cue at the run
    pytest.param("“Ik belde met Bakkerij Bij Godelieve Vanhoolandt.”", "Vanhoolandt",  # a full name after it
                 marks=pytest.mark.xfail(strict=True, reason="left on main fa9ab21 before session 13 (detect's "
                                         "organisation cue takes the run), not keep_typed's")),
])
def test_a_person_at_a_shop_noun_goes(text: str, name: str) -> None:
    out = anonymise_text(text)
    assert not word_in(name, out, ignore_case=True), out
