"""Session 26 (s26-keep): evidence from the report itself, and a name of the report inside a compound.

Rule 52 (``keep_introduced``, ``keep_evidence.settled``): a word no name list holds that the report
introduces as a thing by its kind's noun -- "het jeugdhuis X uit <Plaats>", "X, een quiz-app die
...", "de merken X en Y" -- is that thing where the report names it bare, unless a person's slot
or cue stands there. Rule 53 (``person_compound_names``): a person's name of the report as the
first half of a hyphenated compound ("de <Naam>-methode") or a CamelCase part of a hashtag
("#Merci<Naam>") is masked with the name.

Every word and name here is invented for these tests (none from a fixture or a bench set); the
person names are checked to be on no name list, so the tests exercise the rule's own evidence and
not a list.
"""

from __future__ import annotations

import re
from unittest import mock

import pytest
from anonymise_asserts import survives
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from perskamer.model import Quote, Report
from perskamer.plugins.anonymise import anonymiser, detect, keep_introduced
from perskamer.plugins.anonymise.lexicon import fold, load_lexicon

#: invented things (apps, venues, brands) and persons' names no list holds
THINGS = ["Kaboerix", "Quorvaal", "Zwerptent", "Brolvink", "Tjoepla"]
PERSONS = ["Zuriyah", "Tjalvina", "Oumaïro", "Kwendel", "Yarnouk"]


def _report(summary: str, quotes: list[str]) -> Report:
    return Report(source="r.md", slug="r", format="md", meta={"speakers": []},
                  sections={"summary": summary, "quotes": "\n\n".join(quotes)}, quotes=[Quote(t) for t in quotes])


def _published(report: Report) -> str:
    done = anonymiser.anonymise_report(report, {})
    return "\n".join([*(q.text for q in done.quotes), done.sections["quotes"], done.sections["summary"]])


def test_the_invented_words_are_on_no_list() -> None:
    lex = load_lexicon()
    for w in THINGS + PERSONS:
        f = fold(w)
        assert not (f in lex.first_names or f in lex.surnames or f in lex.name_words or lex.is_word(f)), w


def _introduced(text: str) -> list[str]:
    _found, toks = detect.kept_words_and_tokens(text)
    starts = keep_introduced.introduced_things(text, toks, load_lexicon())
    return [t.text for t in toks if t.start in starts]


@pytest.mark.parametrize(("text", "words"), [
    ("Het jeugdhuis Kaboerix uit Loverveld vertelde over de buren.", ["Kaboerix"]),
    ("We kregen een demo van Quorvaal, een quiz-app die ze zelf gebruiken.", ["Quorvaal"]),
    ("We vergeleken tenten van de merken Zwerptent en Brolvink.", ["Zwerptent", "Brolvink"]),
    ("Ze gebruiken het inschrijvingssysteem Tjoepla.", ["Tjoepla"]),
    ("Onze leiding koos de app Quorvaal, die ook gratis is.", ["Quorvaal"]),
    ("Werk vind je via Brolvink, het uitzendbureau van de regio.", ["Brolvink"]),
])
def test_introductions(text: str, words: list[str]) -> None:
    assert _introduced(text) == words


@pytest.mark.parametrize("text", [
    "Ik zag op de fuif Zuriyah.",  # (an adverbial: the object after it)
    "Ik heb via de app Tjalvina een berichtje gestuurd.",
    "Ik sprak via de app Kwendel.",
    "Bij Yarnouk, een app hadden we niet nodig.",  # (two clauses, no apposition)
    "Dank aan Oumaïro, het café was nog nooit zo proper.",
    "We stuurden het via de apps Zuriyah en Lotte.",  # (a listed first name in the coordination)
    "Mijn maat Kwendel, de website maakte hij zelf.",
])
def test_no_introduction_where_a_person_may_stand(text: str) -> None:
    assert _introduced(text) == []


@pytest.mark.parametrize(("summary", "quote", "thing"), [
    ("Het jeugdhuis Kaboerix uit Loverveld vertelde over klachten van de buren.",
     "Bij Kaboerix drinken ze nu enkel bier uit de streek.", "Kaboerix"),
    ("We kregen een demo van Quorvaal, een quiz-app die ze zelf gebruiken.",
     "Quorvaal werkt zonder account, dat was voor ons de voorwaarde.", "Quorvaal"),
    ("We vergeleken tenten van de merken Zwerptent en Brolvink.",
     "Brolvink lekt na drie zomers, hoe goed je ze ook droogt.", "Brolvink"),
])
def test_a_thing_the_report_introduces_is_kept_bare(summary: str, quote: str, thing: str) -> None:
    out = _published(_report(summary, [quote]))
    assert out.count(thing) == (summary + "\n" + quote + "\n" + quote).count(thing), out


@pytest.mark.parametrize(("summary", "quote", "name"), [
    # a person's verb after the bare mention: the person wins
    ("We kregen een demo van Quorvaal, een quiz-app die ze zelf gebruiken.",
     "Maar Quorvaal vergeet soms alles en was nooit op tijd.", "Quorvaal"),
    ("Het jeugdhuis Kaboerix uit Loverveld vertelde over de buren.",
     "Kaboerix zei dat het de beste zomer was.", "Kaboerix"),
    ("We kregen een demo van Quorvaal, een quiz-app die ze zelf gebruiken.",
     "Ik heb Quorvaal gisteren nog gebeld.", "Quorvaal"),
    # no introduction: the adverbial frames
    ("Een avond over de fuif.", "Ik zag op de fuif Zuriyah. Zuriyah heeft de hele nacht gedanst.", "Zuriyah"),
    ("Een avond over apps.", "Ik sprak via de app Kwendel. Daarna antwoordde Kwendel niet meer.", "Kwendel"),
    ("Een avond over de buurt.", "Bij Yarnouk, een app hadden we niet nodig: Yarnouk onthoudt alles.", "Yarnouk"),
    ("Een avond over de buurt.", "Er zat ook een Tjalvina in onze groep. Tjalvina was altijd als eerste op het lokaal.",
     "Tjalvina"),
])
def test_a_person_in_the_same_frames_is_masked(summary: str, quote: str, name: str) -> None:
    assert not survives(name, _published(_report(summary, [quote])))


def test_a_speaker_of_the_report_is_never_settled_as_the_thing() -> None:
    report = _report("We werkten met de app Quorvaal, die ook gratis is.", ["Quorvaal werkt goed, zegt ze."])
    report.meta["speakers"] = ["Quorvaal Dessens"]
    out = _published(report)
    assert not survives("Quorvaal", out) and not survives("Dessens", out)


@pytest.mark.parametrize(("quote", "name"), [
    ("Femke deed het woord voor de camera. De Femke-aflevering werd het vaakst bekeken.", "Femke"),
    ("We noemen het de Zuriyah-methode: eerst luisteren. Zuriyah lacht daarmee, zegt ze.", "Zuriyah"),
    ("Wannes kreeg het Gouden Fluitje. #MerciWannes stond op alle T-shirts.", "Wannes"),
])
def test_a_name_of_the_report_in_a_compound_or_hashtag_goes(quote: str, name: str) -> None:
    out = _published(_report("Een avond over vrijwilligers.", [quote]))
    assert not re.search(name, out), out


def test_a_compound_of_a_thing_stays() -> None:
    quote = "Het Kaboerix-festival trekt tweeduizend mensen. Het Quorvaal-team werkt met vrijwilligers."
    out = _published(_report("Een avond over festivals.", [quote]))
    assert "Kaboerix-festival" in out and "Quorvaal-team" in out, out


_FRAMES = [
    "Er zat ook een {n} in onze groep. {n} was altijd als eerste op het lokaal.",
    "Ik zag op de fuif {n}. {n} heeft de hele nacht gedanst.",
    "Ik heb via de app {n} een berichtje gestuurd. {n} antwoordde niet.",
    "Dank aan {n}, het café was nog nooit zo proper. {n} heeft alles gepoetst.",
    "Bij {n}, een app hadden we niet nodig: {n} onthoudt alles.",
]
_SUMMARIES = [
    "We kregen een demo van Quorvaal, een quiz-app die ze zelf gebruiken.",
    "Het jeugdhuis Kaboerix uit Loverveld vertelde over de buren.",
    "We vergeleken tenten van de merken Zwerptent en Brolvink.",
]
_NAME = st.builds(lambda a, b: a.upper() + b, st.sampled_from("BDKLMNRTYZ"),
                  st.text(alphabet="aeiouylnrkst", min_size=3, max_size=7))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=_NAME, frame=st.sampled_from(_FRAMES), summary=st.sampled_from(_SUMMARIES))
def test_the_rule_never_publishes_a_name_masked_without_it(name: str, frame: str, summary: str) -> None:
    report = _report(summary, [frame.replace("{n}", name)])
    with mock.patch.object(keep_introduced, "introduced_things", lambda *_a: set()):
        without = _published(_report(summary, [frame.replace("{n}", name)]))
    with_rule = _published(report)
    if not survives(name, without):
        assert not survives(name, with_rule), with_rule
