"""The leak guard looks for a withheld speaker's bare name in the default scope (issue 11,
item 3; session 5).

A speaker credited to a label ("een deelnemer") is named nowhere in the published report
(no re-identification). The anonymiser replaces the name everywhere it knows it; the guard
is the net under it: when a withheld speaker's first name or surname appears on its own in
one of the report's artefacts (a plugin or template that publishes a field the anonymiser
never saw, a form the anonymiser did not link), the report is withheld. Written before the
guard change; names and sentences are invented for these tests.
"""

from __future__ import annotations

from perskamer.model import Artifact, Quote, Report
from perskamer.plugins.anonymise.anonymiser import Options, anonymise_report
from perskamer.plugins.anonymise.guard import inspect_text

RULE = "[rule: withheld speaker, bare name]"


def _report(slug: str, summary: str, quotes: list[Quote] | None = None) -> Report:
    report = Report(source=f"{slug}.md", slug=slug, format="md",
                    sections={"summary": summary, "quotes": "\n".join(f"> {q.text}" for q in quotes or [])},
                    quotes=quotes or [])
    anonymise_report(report, Options())
    return report


def _problems(reports: list[Report], published: str, slug: str | None) -> list[str]:
    path = f"verslagen/{slug}.html" if slug else "index.html"
    art = Artifact(path, published.encode(), output="html", report=slug)
    return [p.message for p in inspect_text(art, f"<p>{published}</p>", reports, Options())]


def _speaker() -> Quote:
    """A fresh quote each time (the anonymiser rewrites the quote it is given)."""
    return Quote(text="We hebben de fietsen zelf hersteld, met onderdelen van de kringloop.",
                 speaker="Wendelien Okonkwo", attribution="Wendelien Okonkwo")


def test_the_anonymised_report_passes():
    report = _report("fiets", "Een sessie over een fietsatelier voor tieners.", [_speaker()])
    assert "Wendelien" in report.private["anonymisation"]["withheld"]
    published = " ".join([report.sections["summary"], *(q.text for q in report.quotes),
                          *(q.attribution or "" for q in report.quotes)])
    assert "Wendelien" not in published and "Okonkwo" not in published
    assert _problems([report], published, "fiets") == []


def test_a_withheld_first_name_alone_is_stopped():
    report = _report("fiets", "Een sessie over een fietsatelier voor tieners.", [_speaker()])
    for leak in ("Op de foto: Wendelien aan het werk.", "Met dank aan wendelien.", "Het atelier van Okonkwo draait nog."):
        (message,) = _problems([report], leak, "fiets")
        assert RULE in message, message
        assert "Wendelien" not in message and "Okonkwo" not in message


def test_a_withheld_name_that_is_also_a_word_counts_only_as_a_name():
    quote = Quote(text="Iedereen mocht meedoen, ook wie nog nooit gesleuteld had.",
                  speaker="Roos Vanhaverbeke", attribution="Roos Vanhaverbeke")
    report = _report("roos", "Een sessie over een buurtatelier.", [quote])
    assert report.slug != "roos"  # (a slug that names a withheld speaker is made neutral)
    assert _problems([report], "Een roos voor elke vrijwilliger.", report.slug) == []
    (message,) = _problems([report], "Na de sessie bleef Roos nog even napraten.", report.slug)
    assert RULE in message


def test_a_collective_page_with_another_report_naming_someone_else_is_no_leak():
    withheld = _report("fiets", "Een sessie over een fietsatelier voor tieners.", [_speaker()])
    other = _report("kookclub", "Wendelien Maes, schepen van jeugd, opende de kookclub.")
    assert "Wendelien" in other.sections["summary"]  # not withheld there: the default scope names her
    page = "Fietsatelier: een sessie over tieners. Kookclub: Wendelien Maes, schepen van jeugd, opende de kookclub."
    assert _problems([withheld, other], page, None) == []
    # the withheld speaker's surname is in no other report: on the collective page it is a leak
    (message,) = _problems([withheld, other], page + " Met Okonkwo.", None)
    assert RULE in message and "report fiets" in message


# --- added after the false-positive study (every report the golden harness reads) ------


def test_another_persons_hyphenated_or_shared_name_is_no_leak():
    quote = Quote(text="Elke week komen er nieuwe vrijwilligers bij.", speaker="Pieter", attribution="Pieter")
    report = _report("vrijwilligers", "Een sessie over vrijwilligers vinden.", [quote])
    assert report.private["anonymisation"]["withheld"] == ["Pieter"]
    assert _problems([report], "Pieter-Jan stelde de app voor.", report.slug) == []
    assert _problems([report], "Jan-Pieter stelde de app voor.", report.slug) == []
    (message,) = _problems([report], "Daarna nam Pieter het woord.", report.slug)
    assert RULE in message
    # a collective page: another report publishes "Pieter-Jan" (its own person)
    other = _report("app", "Pieter-Jan Wouters stelde de app van de vrijwilligerscentrale voor.")
    page = "Vrijwilligers: een sessie. App: Pieter-Jan Wouters stelde de app voor."
    assert _problems([report, other], page, None) == []


def test_a_withheld_surname_that_is_a_word_counts_only_as_a_name_and_labels_are_no_names():
    quote = Quote(text="We bakken elke zondag brood voor de buurt.", speaker="Jelle Bakker", attribution="Jelle Bakker")
    report = _report("brood", "Een sessie over een buurtbakkerij.", [quote])
    assert "Bakker" in report.private["anonymisation"]["withheld"]
    assert _problems([report], "We gingen samen naar de bakker om de hoek.", report.slug) == []
    (message,) = _problems([report], "Achteraf vertelde Bakker nog meer.", report.slug)
    assert RULE in message
    # the sample's placeholder speaker (a role word in the front matter) is withheld with its
    # words, but the anonymiser replaces it nowhere (no name): it is no leak
    placeholder = Report(source="voorbeeld.md", slug="voorbeeld", format="md",
                         meta={"speakers": ["Sessiegever (Organisatie)"]},
                         sections={"summary": "Een voorbeeld.", "quotes": "> Een citaat."},
                         quotes=[Quote(text="Een citaat.", speaker="Naam", attribution="Naam (Organisatie)")])
    anonymise_report(placeholder, Options())
    assert "Sessiegever" in placeholder.private["anonymisation"]["withheld"]
    assert _problems([placeholder], "Sessiegever (Organisatie) gaf de sessie.", placeholder.slug) == []


def _particle_speaker() -> Quote:
    return Quote(text="De kampplaats lag aan een rivier, dus we hadden altijd water.",
                 speaker="Idriss El Ouahabi", attribution="Idriss El Ouahabi")


def test_a_surname_shared_with_another_named_person_is_not_stopped():
    """The reporter (published by design) shares the withheld speaker's surname, with a
    particle or an apostrophe: that occurrence is the other person's name. Found by the
    lead in generated workspaces, where 6 of 100 reports were withheld for it."""
    report = _report("kamp", "Een sessie over kampplaatsen.", [_particle_speaker()])
    assert _problems([report], "Verslag: Maaike El Ouahabi.", "kamp") == []
    assert _problems([report], '{"reporter":"Maaike El Ouahabi","speakers":["een sessiegever"]}', "kamp") == []
    quote = Quote(text="Ons lokaal staat er al vijftig jaar.", speaker="Jorunn D'Haeseleer",
                  attribution="Jorunn D'Haeseleer")
    report = _report("lokaal", "Een sessie over lokalen.", [quote])
    assert _problems([report], '{"reporter":"Wannes D\'Haeseleer"}', "lokaal") == []


def test_a_withheld_surname_after_particles_or_at_a_sentence_start_is_still_stopped():
    report = _report("kamp", "Een sessie over kampplaatsen.", [_particle_speaker()])
    for leak in ("Volgens El Ouahabi lag de plek ideaal.", "We spraken met El Ouahabi over water.",
                 "Het verhaal van El Ouahabi."):
        (message,) = _problems([report], leak, "kamp")
        assert RULE in message, message
