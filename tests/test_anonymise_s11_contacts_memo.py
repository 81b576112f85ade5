"""The guard's private-contact net worked out once per report (issue 13, session 11).

The anonymiser keeps, in the report's private record, the net's answer for each of the
report's own texts (by a digest of the text); the guard reads a report against every
collection page from that record instead of working the net out again in the main
process after the pool. These tests hold the net to what it was: the same answer from the
record, a text changed after the anonymiser worked out again, and a contact an output
published still stopped on a collection page.
"""

from __future__ import annotations

import anonymise_s10_narrative_contact_cases as cases
import pytest

from perskamer.model import Artifact, Photo, Quote, Report
from perskamer.plugins.anonymise import guard, leftover_contacts
from perskamer.plugins.anonymise.anonymiser import Options, anonymise_report
from perskamer.plugins.anonymise.guard import inspect_text
from perskamer.plugins.anonymise.leftover_contacts import (
    leftover_private_contacts,
    own_texts,
    private_contacts_left,
)


def _report(summary: str, caption: str = "Sfeerbeeld van de dag.") -> Report:
    return Report(source="kamp.md", slug="kamp", format="md",
                  sections={"summary": summary, "surprise": "Niets bijzonders."},
                  photo=Photo(alt="Sfeerbeeld", src="foto.jpg", caption=caption),
                  quotes=[Quote(text="Het was een fijne dag.", speaker=None)])


def _collection_messages(published: str, report: Report) -> list[str]:
    art = Artifact("index.html", published.encode(), output="html", report=None)
    return [p.message for p in inspect_text(art, f"<p>{published}</p>", [report], Options())]


@pytest.mark.parametrize(("text", "cores"), cases.PRIVATE[:8] + [(t, ()) for t, _ in cases.ORGANISATION[:8]])
def test_the_record_answers_as_the_net_does_for_every_own_text(text: str, cores: tuple[str, ...]) -> None:
    report = _report(text, caption=text)
    anonymise_report(report, Options())
    memo = report.private["anonymisation"]["private_contacts_left"]
    texts = own_texts(report)
    assert len(memo) == len(set(texts)) >= 3
    for t in texts:
        assert private_contacts_left(t, memo) == leftover_private_contacts(t)


def test_a_collection_page_reads_the_record_not_the_net(monkeypatch: pytest.MonkeyPatch) -> None:
    report = _report("Bel de jeugddienst op 050 12 34 56 of kijk op de website van de gemeente.")
    anonymise_report(report, Options())

    def no_second_time(text: str) -> tuple[str, ...]:
        raise AssertionError("the net was worked out again for a text the record answers")

    monkeypatch.setattr(leftover_contacts, "leftover_private_contacts", no_second_time)
    monkeypatch.setattr(guard, "leftover_private_contacts", no_second_time, raising=False)
    assert _collection_messages("Een verslag over de jeugddienst.", report) == []


@pytest.mark.parametrize(("text", "cores"), cases.PRIVATE[:10])
def test_a_text_changed_after_the_anonymiser_is_read_again(text: str, cores: tuple[str, ...]) -> None:
    report = _report(text)
    anonymise_report(report, Options())
    report.sections["summary"] = text  # an output (or a later transform) put the original back
    messages = _collection_messages(text, report)
    assert any("contact detail" in m for m in messages), messages


@pytest.mark.parametrize(("text", "cores"), cases.PRIVATE[:10])
def test_a_record_without_the_memo_is_read_as_before(text: str, cores: tuple[str, ...]) -> None:
    """A cache entry written by an older version has no memo: the net is worked out."""
    report = _report("Een dag op kamp.")
    anonymise_report(report, Options())
    del report.private["anonymisation"]["private_contacts_left"]
    report.sections["summary"] = text
    assert any("contact detail" in m for m in _collection_messages(text, report))
