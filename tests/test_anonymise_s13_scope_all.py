"""Session 13's cases for set Q's reports withheld with ``scope: all`` (informed): a region after
"in de"/"uit de" before the subject's speech verb (``anonymise_s13_region_cases``), and a name a
naming verb gives to a thing, harvested as a person's (``anonymise_s13_naming_cases``). Both
batches were written after a draft of the rules (see their docstrings). The region class is OPEN
(strict xfails, see ``_REGION_OPEN``): regions kept 1/15 on main and here (15/15 with the rule that
was not landed); persons in the same sentences 17/24 (19/24 after session 16's particle growth). Things not introduced 1/15 -> 15/15, persons
introduced 13/15 both.
"""

from __future__ import annotations

import anonymise_s13_naming_cases as naming
import anonymise_s13_region_cases as region
import pytest

from perskamer.plugins.anonymise.detect import introduced_names
from perskamer.testing import word_in

_NARRATIVE = "a first name with no cue in the reporter's own text with scope: all (before session 13 too)"
#: region.PERSON index -> reason (the name parts left on the narrative path); 2 and 9, a first
#: name before a particle surname ("<Naam> van de <Achternaam>"), closed in session 16 (s16-layout:
#: a name grows backwards over its particles)
PERSON_MISSES = dict.fromkeys([0, 5, 7, 12], _NARRATIVE)
_NOT_INTRODUCED = "this naming shape ('heette', 'bijnaam is') is read by the detector, not by introduced_names"
NAMING_MISSES = {6: _NOT_INTRODUCED, 7: _NOT_INTRODUCED}
#: the one region kept without a rule (not on any list: no place protection to override)
_KEPT_ALREADY = {region.KEEP[8][0]}


_REGION_OPEN = ("open: a region after 'in/uit de' before the subject's speech verb takes the verb's person cue. A "
                "rule for it (no verb cue after 'in/uit/vanuit/naar de/het') kept 15/15 and published set Q's q04 with "
                "scope: all, but it also published set K's k04, whose dialect nickname after 'de' leaks (withheld "
                "before): it waits for that class (session 13)")


@pytest.mark.parametrize(("text", "items"), [pytest.param(t, i, marks=pytest.mark.xfail(strict=True, reason=_REGION_OPEN))
                                            for t, i in region.KEEP if t not in _KEPT_ALREADY])
def test_a_region_before_the_subjects_verb_stays(text: str, items: list[str]) -> None:
    for out in region._paths(text):
        assert all(word_in(k, out) for k in items), out


@pytest.mark.parametrize(("text", "names", "items"), [
    pytest.param(t, n, k, marks=[pytest.mark.xfail(strict=True, reason=PERSON_MISSES[i])] if i in PERSON_MISSES else [])
    for i, (t, n, k) in enumerate(region.PERSON)
])
def test_a_person_beside_a_region_goes(text: str, names: list[str], items: list[str]) -> None:
    for out in region._paths(text):
        assert not [n for n in names if word_in(n, out)], out  # (the region beside them: see _REGION_OPEN)


@pytest.mark.parametrize("text", naming.THINGS)
def test_a_things_name_is_no_introduced_person(text: str) -> None:
    assert introduced_names(text) == []


@pytest.mark.parametrize("text", [
    pytest.param(t, marks=[pytest.mark.xfail(strict=True, reason=NAMING_MISSES[i])] if i in NAMING_MISSES else [])
    for i, t in enumerate(naming.PERSONS)
])
def test_a_persons_name_is_introduced(text: str) -> None:
    assert introduced_names(text)


def test_a_thing_named_like_a_word_does_not_withhold_the_report_with_scope_all() -> None:
    """Set Q's shape (informed): the quote names a game "Na <X>"; the summary opens a sentence
    with "Na". With ``scope: all`` every harvested name is masked everywhere and the guard checks
    none is left: "Na" must not be one."""
    from perskamer.model import Quote, Report
    from perskamer.plugins.anonymise.anonymiser import Options, anonymise_report

    report = Report(source="r.md", slug="r", format="md",
                    sections={"summary": "Na een week spraken de kinderen al wat Tsjechisch.",
                              "quotes": "Animator Quirina Baeckelandt: “Het spel heet Na Zebrolka, de kinderen spelen het graag.”"},
                    quotes=[Quote(text="Het spel heet Na Zebrolka, de kinderen spelen het graag.",
                                  speaker="Quirina Baeckelandt")])
    anonymise_report(report, Options(scope="all"))
    assert report.sections["summary"].startswith("Na een week")
    assert "Zebrolka" in report.quotes[0].text
