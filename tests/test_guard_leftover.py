"""The leak guard's net under what the anonymiser did not find (issue 11, session 6).

A published quote that still holds a word anyone reads as a first name -- on a first-name
list, in lower case or in capitals, and on no other list (no Dutch or English word, place,
brand, acronym or youth slang) -- withholds the report, whatever the anonymiser decided.
The anonymiser replaces such words in quotes; these tests put one back in the published
quote (a plugin or a missed position) to show the guard stops it. Names and sentences are
invented.
"""

from __future__ import annotations

from perskamer.model import Artifact, Quote, Report
from perskamer.plugins.anonymise.anonymiser import Options, anonymise_report
from perskamer.plugins.anonymise.guard import inspect_text
from perskamer.plugins.anonymise.leftover import leftover_fragments
from perskamer.plugins.anonymise.person_positions import reads_as_first_name

RULE = "[rule: first name left in a quote]"


def _report(quote: str, published_quote: str) -> Report:
    report = Report(
        source="kamp.md",
        slug="kamp",
        format="md",
        sections={"summary": "Een sessie over kamp met nieuwkomers."},
        quotes=[Quote(text=quote, speaker=None)],
    )
    anonymise_report(report, Options())
    report.quotes[0].text = published_quote  # what an output publishes
    return report


def _problems(report: Report, page: str, opts: Options | None = None) -> list[str]:
    art = Artifact("verslagen/kamp.html", page.encode(), output="html", report="kamp")
    return [p.message for p in inspect_text(art, f"<p>{page}</p>", [report], opts or Options())]


def test_the_words_it_reads_as_first_names():
    assert reads_as_first_name("yusuf") and reads_as_first_name("NIELS")
    for word in ("mama", "storm", "KSA", "VDAB", "wallah", "gent", "Yusuf", "max", "ik"):
        assert not reads_as_first_name(word), word


def test_a_lower_case_first_name_left_in_a_published_quote_is_stopped():
    left = "We belden yusuf meteen op, hij kwam een uur later."
    report = _report("We belden iemand meteen op, hij kwam een uur later.", left)
    (message,) = _problems(report, f"{report.sections['summary']} «{left}»")
    assert RULE in message and "yusuf" not in message.casefold()


def test_a_first_name_in_capitals_left_in_a_published_quote_is_stopped():
    left = "MERCI NIELS VOOR ALLES"
    report = _report("MERCI LEIDING VOOR ALLES", left)
    (message,) = _problems(report, left)
    assert RULE in message


def test_the_anonymised_quote_passes_and_the_narrative_is_not_judged():
    report = Report(
        source="kamp.md",
        slug="kamp",
        format="md",
        sections={"summary": "Over kamp."},
        quotes=[Quote(text="We belden yusuf meteen op.", speaker=None)],
    )
    anonymise_report(report, Options())
    anonymised = report.quotes[0].text
    assert "yusuf" not in anonymised  # the anonymiser replaced it
    assert _problems(report, anonymised) == []
    # the same word outside any quote's words (the narrative names people by design)
    assert _problems(report, f"{anonymised} Met dank aan yusuf voor de foto's.") == []


def test_acronyms_words_and_allowed_words_pass():
    for text in (
        "We gingen met de KSA naar zee.",
        "haha wallah dat was echt te lang",
        "de storm en de regen hielden ons binnen",
    ):
        report = _report(text, text)
        assert _problems(report, text) == [], text
    left = "We belden yusuf meteen op."
    report = _report(left, left)
    opts = Options()
    opts.allow = ["Yusuf"]
    assert RULE not in " ".join(_problems(report, left, opts))


def test_fragments_hold_the_neighbouring_words():
    assert leftover_fragments("ik zag yusuf gisteren") == (("yusuf", "zag yusuf gisteren"),)
    assert leftover_fragments("[persoon 1] kwam ook") == ()
