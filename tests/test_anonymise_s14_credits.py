"""A quote's credit names a person in any case and after any mark (issue 11, session 14).

The lead's attack on main 254af34 found three credit shapes that published the name:
a credit in lower case ("– linde": the reader's name test wants a capital, and the
anonymiser read "linde" as the Dutch word), and a credit after a mark other than a dash
("~ Linde", "/ Jonas"). Written before the rule, names grep-clean against ``tests/``,
``bench/data/`` and ``/work/shared/`` at the time: at 254af34 12 of the 16 person credits
published the name, 0 of the 15 look-alikes were touched by it (two were credited to a
person with a dash already: a keep gap, strict xfails).
"""

from __future__ import annotations

import json

import pytest

from perskamer.testing import Workspace, word_in

#: (credit after the quotation, the name parts that must not be published)
PERSON_CREDITS = [
    ("– madelief", ["madelief"]),
    ("– klare, 15", ["klare"]),
    ("— flora (animator)", ["flora"]),
    ("- joep v.", ["joep"]),
    ("– viola, leiding bij de scouts", ["viola"]),
    ("– kamran", ["kamran"]),
    ("– laila (16)", ["laila"]),
    ("– gemma akkerman", ["gemma", "akkerman"]),
    ("~ Madelief", ["Madelief"]),
    ("~ Imre, 17", ["Imre"]),
    ("/ Urban", ["Urban"]),
    ("/ Klare (jeugdraad)", ["Klare"]),
    ("| Serge", ["Serge"]),
    ("• Marina, vrijwilliger", ["Marina"]),
    ("~ amanda", ["amanda"]),
    ("/ latif", ["latif"]),
]
#: credits that name nobody, and their words that must stay
KEEP_CREDITS = [
    ("– een deelnemer", ["deelnemer"]),
    ("– leiding van de scouts", ["leiding", "scouts"]),
    ("– mama van twee", ["mama"]),
    ("– iemand uit de zaal", ["iemand", "zaal"]),
    ("– anoniem", ["anoniem"]),
    ("~ de moderator", ["moderator"]),
    ("/ de jeugdraad", ["jeugdraad"]),
    ("– de jongeren van de werkgroep", ["jongeren", "werkgroep"]),
    ("| het kernteam", ["kernteam"]),
    ("– jeugdhuis de kelder", ["jeugdhuis", "kelder"]),
    ("~ Jeugdraad Wolvertem", ["Jeugdraad", "Wolvertem"]),
    ("– Jeugdraad Wolvertem", ["Jeugdraad", "Wolvertem"]),
    ("/ Stad Harelbeke", ["Stad", "Harelbeke"]),
    ("– de voorzitter, 54", ["voorzitter"]),
    ("– oud-leiding", ["oud-leiding"]),
]

QUOTE = 'Wij willen gewoon mee beslissen over ons eigen lokaal, nummer {i}.'
#: the same with a capitalised thing inside: the quotes section then reads as text that
#: capitalises its names, and a lower-case credit that is a word was left there (set T's
#: t12, session 14: the quote's own credit was masked, the section's was not)
QUOTE_CAPS = 'ik schrijf elke avond in Mijn Dagboek hoe het ging, nummer {i}'


def _report(credits: list[tuple[str, list[str]]], quote: str = QUOTE, bullet: str = "> ") -> str:
    quotes = "\n".join(f'{bullet}"{quote.format(i=i)}" {credit}\n' for i, (credit, _) in enumerate(credits))
    return f"""---
title: "Inspraak in het lokaal"
date: 2023-06-06
session: "Ronde 2 – zaal B"
status: published
---

## Wat er is gebeurd in de sessie? Wat hebben jullie gedaan/gehoord/beleefd? Omschrijf in 5 a 10 zinnen

We speelden een spel over inspraak en praatten daarna over de raad van het jeugdhuis.

## Interessante quote(s) uit de sessie

{quotes}
## Wat heeft jou verrast? Wat onthoud je?

Hoe goed iedereen voorbereid was.
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory):
    ws = Workspace(tmp_path_factory.mktemp("ws"),
                   reports={"personen.md": _report(PERSON_CREDITS), "anderen.md": _report(KEEP_CREDITS),
                            "hoofdletters.md": _report(PERSON_CREDITS, QUOTE_CAPS, "- ")},
                   config={"html": {"search": False}})
    return ws.build()


def _credits(built, slug: str) -> list[str]:
    data = built.json(f"data/{slug}.json")
    return [json.dumps({k: q.get(k) for k in ("speaker", "attribution", "affiliation")}, ensure_ascii=False)
            for q in data["quotes"]]


def test_every_report_is_published(built) -> None:
    assert sorted(r.slug for r in built.reports) == ["anderen", "hoofdletters", "personen"]


@pytest.mark.parametrize(("i", "credit", "names"), [(i, *c) for i, c in enumerate(PERSON_CREDITS)],
                         ids=[c for c, _ in PERSON_CREDITS])
def test_the_credited_name_is_published_nowhere(built, i: int, credit: str, names: list[str]) -> None:
    published = _credits(built, "personen")[i]
    for name in names:
        assert not word_in(name, published, ignore_case=True), published
    for path in built.paths:
        if "personen" in path and path.endswith((".html", ".json", ".txt")):
            for name in names:
                assert not word_in(name, built.text(path), ignore_case=True), path


#: look-alikes credited to a person at 254af34 already, with a dash too (a keep gap, not this
#: rule's: "Jeugdraad" is no organisation head the speaker test knows); strict, so they can only shrink
#: (session 15: "~/– Jeugdraad <town>" kept by credit_orgs -- a whole credit the keep rules cover is no speaker)
KEEP_MISSES: set[str] = set()


@pytest.mark.parametrize(("i", "credit", "words"),
                         [pytest.param(i, *c, id=c[0], marks=[pytest.mark.xfail(strict=True, reason="known keep gap")]
                                       if c[0] in KEEP_MISSES else []) for i, c in enumerate(KEEP_CREDITS)])
def test_a_credit_that_names_nobody_stays(built, i: int, credit: str, words: list[str]) -> None:
    published = _credits(built, "anderen")[i]
    for word in words:
        assert word_in(word, published), published


@pytest.mark.parametrize(("i", "credit", "names"), [(i, *c) for i, c in enumerate(PERSON_CREDITS)],
                         ids=[c for c, _ in PERSON_CREDITS])
def test_a_lower_case_credit_is_masked_in_a_section_that_capitalises_names(built, i: int, credit: str,
                                                                           names: list[str]) -> None:
    section = built.json("data/hoofdletters.json")["sections"]["quotes"]
    line = [line for line in section.splitlines() if line.strip()][i]
    assert "Mijn Dagboek" in line
    for name in names:
        assert not word_in(name, line, ignore_case=True), line


def test_the_credit_slot_is_read_in_a_bounded_window_before_the_name() -> None:
    """The credit's quotation mark and dash are looked for in the few characters before a known
    lower-case name, never in the whole text before it (a search from the start made 100 kB of
    credits quadratic: 2.2 s). A dash farther away than the window is no credit slot."""
    from perskamer.plugins.anonymise import detect
    from perskamer.plugins.anonymise.detect import Knowledge
    from perskamer.plugins.anonymise.replace import anonymise_text

    def run(text: str) -> str:
        know = Knowledge()
        know.add("faas", explicit=True)
        return anonymise_text(text, know)

    near = '- "ik schrijf in Mijn Dagboek" – faas'
    far = '- "ik schrijf in Mijn Dagboek" –' + " " * (detect._CREDIT_REACH + 1) + "faas"
    assert not word_in("faas", run(near))
    assert word_in("faas", run(far))
