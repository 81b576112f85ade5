"""keep_evidence (session 19): a word a strong keep rule recognises in one text of a report is
not masked on weak evidence in another, and the editor's review does not ask about a doubtful
keep that a strong rule settles in any report of the workspace -- and a person's cue, a listed
name or a name the report gives always wins. Organisations and names written for this test."""

from __future__ import annotations

import pytest

from perskamer.model import Quote, Report
from perskamer.plugins.anonymise import anonymiser, keep_evidence, review
from perskamer.testing import word_in


def _report(quotes: list[str], summary: str = "", speakers: list[str] | None = None, slug: str = "x") -> Report:
    return Report(source=f"{slug}.md", slug=slug, format="md", meta={"speakers": speakers or []},
                  sections={"summary": summary, "quotes": "\n\n".join(quotes)}, quotes=[Quote(t) for t in quotes])


def _published(report: Report) -> str:
    done = anonymiser.anonymise_report(report, {})
    return "\n".join([*(q.text for q in done.quotes), done.sections["quotes"]])


#: (quotes, the word that must stay): a strong frame in one quote, a weak one in another
KEEP = [
    (["Het geld kwam van Fonds Quirnix.", "We bedankten Quirnix met een kaartje."], "Quirnix"),
    (["We kochten de tenten bij Sportwinkel Drumaxi in de stad.", "Zonder Drumaxi was het niet gelukt."],
     "Drumaxi"),
]

#: (quotes, speakers, name parts that must go)
PERSONS = [
    # a person's cue at the word: the name wins
    (["Het geld kwam van Fonds Quirnix.", "Meneer Quirnix kwam kijken."], [], ("Quirnix",)),
    (["We kochten de tenten bij Sportwinkel Drumaxi in de stad.", "Drumaxi, onze buurman, hielp."], [], ("Drumaxi",)),
    # a name the report gives
    (["Het geld kwam van Fonds Quirnix.", "We bedankten Quirnix met een kaartje."], ["Quirnix Obuya"], ("Quirnix",)),
    # a listed first name or surname is never settled by another frame
    (["Het geld kwam van Fonds Mathilde.", "We bedankten Mathilde met een kaartje."], [], ("Mathilde",)),
    (["We kochten alles bij Sportwinkel Peeters.", "We gingen met Wout Peeters naar zee."], [], ("Wout", "Peeters")),
]


@pytest.mark.parametrize(("quotes", "item"), KEEP)
def test_kept_by_the_report_and_masked_without(quotes: list[str], item: str, monkeypatch: pytest.MonkeyPatch) -> None:
    out = _published(_report(quotes))
    assert out.count(item) == 2 * len(quotes), out
    with monkeypatch.context() as m:
        m.setattr(keep_evidence, "settled", lambda *a, **k: False)
        assert _published(_report(quotes)).count(item) < 2 * len(quotes)


@pytest.mark.parametrize(("quotes", "speakers", "names"), PERSONS)
def test_a_person_cue_or_a_listed_name_wins(quotes: list[str], speakers: list[str], names: tuple[str, ...]) -> None:
    out = _published(_report(quotes, speakers=speakers))
    for quote, text in zip(quotes, out.split("\n")[: len(quotes)], strict=True):
        for name in names:
            if word_in(name, quote) and not quote.startswith(("Het geld kwam van Fonds", "We kochten")):
                assert not word_in(name, text, ignore_case=True), out


def test_the_review_settles_a_doubtful_keep_across_reports() -> None:
    # in report b the word is kept by its sentence position only (listed for the editor);
    # report a's strong frame settles it
    a = anonymiser.anonymise_report(_report(["Het geld kwam van Fonds Quirnix."], slug="a"), {})
    b = anonymiser.anonymise_report(_report(["Iedereen keek Quirnix."], slug="b"), {})
    alone = [i.word for i in review.collect([b]) if i.kind == "kept"]
    assert "Quirnix" in alone
    assert "Quirnix" not in [i.word for i in review.collect([a, b]) if i.kind == "kept"]


def test_a_listed_name_is_never_settled_for_the_review() -> None:
    a = anonymiser.anonymise_report(_report(["Het geld kwam van Fonds Mathilde."], slug="a"), {})
    b = anonymiser.anonymise_report(_report(["Iedereen keek Mathilde."], slug="b"), {})
    evidence = review._workspace_evidence([a, b])
    assert not review._settled_elsewhere("Mathilde", b, evidence)
    assert review._settled_elsewhere("Quirnix", b, review._workspace_evidence(
        [anonymiser.anonymise_report(_report(["Het geld kwam van Fonds Quirnix."], slug="c"), {}), b]))


def test_a_word_the_report_settles_is_not_asked_about() -> None:
    done = anonymiser.anonymise_report(_report(["Het geld kwam van Fonds Quirnix.", "We bedankten Quirnix met een kaartje."]), {})
    assert "Quirnix" not in [u["text"] for u in done.private["anonymisation"]["uncertain"]]
