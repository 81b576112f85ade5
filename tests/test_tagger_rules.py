"""The tagger's rules, one by one, on small realistic Dutch texts."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from perskamer.model import AmbitionTag, Quote, Report
from perskamer.plugins import tagger
from perskamer.plugins.tagger import engine, explain
from perskamer.plugins.tagger.settings import taxonomy_settings
from perskamer.taxonomy import Taxonomy, load_taxonomy


@dataclass
class Ctx:
    """The part of BuildContext the tagger uses."""

    taxonomy: Taxonomy = field(default_factory=lambda: load_taxonomy(None))
    opts: dict[str, Any] = field(default_factory=dict)
    shared: dict[str, Any] = field(default_factory=dict)

    def options(self, key: str) -> dict[str, Any]:
        return dict(self.opts) if key == "tagging" else {}


def report(title: str = "", meta: dict[str, Any] | None = None, slug: str = "r", **sections: str) -> Report:
    return Report(source=f"{slug}.md", slug=slug, format="md", title=title, meta=meta or {}, sections=sections)


def tag_ids(rep: Report, **opts: Any) -> list[str]:
    tagger.tag_report(rep, Ctx(opts=opts))
    return [t.id for t in rep.ambitions]


def theme(rep: Report, ambition_id: str, **opts: Any) -> engine.ThemeScore:
    result = tagger.analyse(rep, Ctx(opts=opts))
    return next(t for t in result.themes if t.ambition.id == ambition_id)


def counted_words(ts: engine.ThemeScore) -> list[str]:
    return [h.text.lower() for h in ts.hits if h.counted]


# --- normalisation and matching ----------------------------------------------------------------


def test_compounds_plurals_and_diacritics() -> None:
    rep = report(
        summary=(
            "De jeugdlokalen van de Chiro zijn oud. Het chirolokaal lekt. "
            "Het vrijwilligersbeleid van de gemeente en het vrijwilligerswerk zelf. "
            "Ze werken GEÏNTEGREERD, over de levensdomeinen heen."
        )
    )
    assert {"jeugdlokalen", "chirolokaal"} <= set(counted_words(theme(rep, "jeugdinfrastructuur")))
    assert {"vrijwilligersbeleid", "vrijwilligerswerk"} <= set(counted_words(theme(rep, "vrijwillig-engagement")))
    kruis = counted_words(theme(rep, "kruispunten"))
    assert "geïntegreerd" in kruis
    assert "over de levensdomeinen heen" in kruis  # the longest phrase wins
    # diacritics are folded: the typed and the accented form match the same term
    plain = report(ambitions="Het ging over geintegreerd werken.")
    accented = report(ambitions="Het ging over geïntegreerd werken.")
    assert theme(plain, "kruispunten").score == pytest.approx(theme(accented, "kruispunten").score)
    assert theme(plain, "kruispunten").score > 0


def test_stemming_is_conservative() -> None:
    # the Porter-style Dutch stemmer keeps "begeleiding" apart from "leiding" and
    # "stemming" (mood) apart from "stem" (voice)
    rep = report(summary="De begeleiding was goed en de stemming was opperbest.")
    assert theme(rep, "vrijwillig-engagement").hits == []
    assert theme(rep, "stem-van-kinderen-en-jongeren").hits == []


def test_het_lokaal_is_a_building_lokaal_bestuur_is_not() -> None:
    building = report(summary="Ons lokaal is te klein en het dak lekt. Het lokaal moet gerenoveerd worden.")
    words = counted_words(theme(building, "jeugdinfrastructuur"))
    assert "ons lokaal" in words and "het lokaal" in words

    council = report(summary="Het lokaal bestuur moet meer doen. Er is lokale steun en een lokaal jeugdbeleidsplan.")
    ts = theme(council, "jeugdinfrastructuur")
    assert counted_words(ts) == []
    assert any("excluded" in h.note for h in ts.dropped)
    assert "bovenlokaal" not in counted_words(theme(report(summary="Op bovenlokaal niveau."), "jeugdinfrastructuur"))


def test_street_crossroads_is_not_kruispunten() -> None:
    street = report(
        "Veilig naar school",
        summary=(
            "De kinderen fotografeerden het kruispunt aan de Kerkstraat, waar auto's te snel rijden. "
            "Later vertelden ze wat er mis is met een kruispunt."
        ),
        ambitions="De kinderen mochten mee beslissen over hun schoolroute; hun inspraak werd ernstig genomen.",
    )
    ts = theme(street, "kruispunten")
    assert ts.score == 0
    notes = " ".join(h.note for h in ts.dropped)
    assert "same sentence" in notes and "another sense" in notes
    assert tag_ids(street) == ["stem-van-kinderen-en-jongeren"]
    # the theme itself still counts, in the singular too
    theme_text = report(ambitions="Het jeugdhuis is een kruispunt tussen vrije tijd, school en welzijn.")
    assert counted_words(theme(theme_text, "kruispunten"))


def test_a_house_called_t_kruispunt_is_not_the_theme() -> None:
    rep = report(summary="Jeugdhuis 't Kruispunt is drie avonden per week open.")
    assert theme(rep, "kruispunten").score == 0


def test_phrases_do_not_cross_sentences() -> None:
    rep = report(summary="We gingen naar de stem. Van kinderen hoorden we weinig.")
    assert not any(h.kind == "name" for h in theme(rep, "stem-van-kinderen-en-jongeren").hits)


def test_urls_and_link_targets_are_not_read() -> None:
    rep = report(quotes="https://www.mediawijs.be/nl/dossiers/jeugdwerk-en-sociale-media", photo="![foto](images/sociale-media.png)")
    assert theme(rep, "digitale-leefwereld").hits == []


# --- weak terms ------------------------------------------------------------------------------


def test_ambiguous_only_text_gets_no_tag() -> None:
    rep = report(
        "Samen sterk",
        summary=(
            "We spraken over welzijn, school en netwerken. Samenwerking met de gemeente is belangrijk, "
            "net als het beleid en de ruimte die je krijgt. Doorverwijzen naar de hulpverlening kwam ook aan bod."
        ),
        ambitions="Samenwerken over de grenzen van het eigen netwerk, met aandacht voor welzijn en school.",
    )
    assert tag_ids(rep) == []
    result = tagger.analyse(rep, Ctx())
    assert all(t.score == 0 for t in result.themes if t.ambition.id != "kruispunten")
    weak_only = [t for t in result.themes if t.weak_raw > 0 and t.score == 0]
    assert weak_only and all("weak" in t.reason for t in weak_only)


def test_weak_terms_add_to_a_supported_theme() -> None:
    bare = report(ambitions="Het CAW en het CLB zaten mee aan tafel.")
    more = report(ambitions="Het CAW en het CLB zaten mee aan tafel, voor welzijn en school, in één netwerk.")
    assert theme(more, "kruispunten").score > theme(bare, "kruispunten").score > 0
    assert theme(more, "kruispunten").weak <= theme(more, "kruispunten").specific


# --- the ambitions answer, names, cues, negation --------------------------------------------------


def test_explicit_theme_name_in_the_ambitions_answer_wins() -> None:
    rep = report(
        "Een digitale kampweek",
        summary="Online inschrijven, een app voor de ouders, foto's op Instagram en een gsm-verbod op kamp.",
        ambitions="Het ging vooral over mentaal welzijn: hoe zorg je dat kinderen zich goed voelen op kamp?",
    )
    ids = tag_ids(rep)
    assert ids[0] == "mentaal-welzijn"
    mw = theme(rep, "mentaal-welzijn")
    assert any(h.kind == "name" and h.section == "ambitions" for h in mw.hits)
    assert any("first" in label for label, _ in mw.bonuses)


def test_main_cue_beats_order_of_naming() -> None:
    rep = report(
        ambitions=(
            "Mentaal welzijn kwam zijdelings aan bod, maar de sessie draaide vooral rond de stem van jongeren: "
            "zij beslissen, de begeleiders ondersteunen."
        )
    )
    assert tag_ids(rep)[:2] == ["stem-van-kinderen-en-jongeren", "mentaal-welzijn"]


def test_a_theme_named_through_one_of_its_terms() -> None:
    rep = report(ambitions="Dit ging over de ambitie rond vrijwilligers en een beetje over digitaal jeugdwerk.")
    ve = theme(rep, "vrijwillig-engagement")
    assert any(h.kind == "name" and h.text == "vrijwilligers" for h in ve.hits)
    assert tag_ids(rep)[0] == "vrijwillig-engagement"


def test_a_theme_said_not_to_have_come_up_does_not_count() -> None:
    rep = report(
        ambitions=(
            "De digitale leefwereld kwam niet aan bod. Het ging over het engagement van jonge leiding, "
            "het jeugdwerkverlof en de onkostenvergoeding voor vrijwilligers."
        )
    )
    digital = theme(rep, "digitale-leefwereld")
    assert digital.score == 0
    assert any("not to have come up" in h.note for h in digital.dropped)
    assert tag_ids(rep) == ["vrijwillig-engagement"]
    # "niet alleen" is no negation
    rep = report(ambitions="Het ging niet alleen over mentaal welzijn, maar ook over vrijwilligers.")
    assert "mentaal-welzijn" in tag_ids(rep)


def test_other_themes_named_in_the_answer_are_tagged_even_when_small() -> None:
    rep = report(
        summary=" ".join(["De jeugdlokalen, de fuifzaal en de speelterreinen verdwijnen."] * 6),
        ambitions="Jeugdinfrastructuur uiteraard, maar ook de stem van kinderen en jongeren.",
    )
    assert tag_ids(rep) == ["jeugdinfrastructuur", "stem-van-kinderen-en-jongeren"]


def test_incidental_terms_of_another_theme_stay_below_min_share() -> None:
    rep = report(
        "Vrijwilligers vinden en houden",
        summary="Veel leiding stopt. We zaten in een zaal met een lokaal bestuur dat online vergaderde.",
        ambitions="Vrijwillig engagement stond centraal: werving, vorming en waardering van vrijwilligers.",
    )
    assert tag_ids(rep) == ["vrijwillig-engagement"]


# --- reporter and editor ---------------------------------------------------------------------------


def test_reporter_front_matter_is_a_strong_signal() -> None:
    text = "Kinderen op kamp hadden heimwee; de leiding leerde signalen opvangen."
    without = report(summary=text)
    with_meta = report(summary=text, meta={"ambitions": ["Mentaal welzijn", "kruispunten"]})
    assert theme(with_meta, "mentaal-welzijn").score > theme(without, "mentaal-welzijn").score
    tags = tagger.tag_report(with_meta, Ctx())
    assert tags[0].id == "mentaal-welzijn"
    assert tags[0].source == "reporter"
    assert any(e["section"] == "front matter" for e in tags[0].evidence)
    # a theme the reporter lists without any support in the text is not tagged on that alone
    # when the report is clearly about something else
    loose = report(
        summary="Vrijwilligers, leiding, animatoren en hoofdleiding: werving en kadervorming.",
        ambitions="Vrijwillig engagement stond centraal.",
        meta={"ambitions": ["vrijwillig-engagement", "digitale-leefwereld"]},
    )
    assert tag_ids(loose) == ["vrijwillig-engagement"]


def test_editor_override_in_front_matter_always_wins() -> None:
    rep = report(
        ambitions="Mentaal welzijn stond centraal.",
        meta={"ambitions": ["mentaal-welzijn"], "ambitions_override": ["kruispunten", "Jeugdinfrastructuur"]},
    )
    tags = tagger.tag_report(rep, Ctx())
    assert [t.id for t in tags] == ["kruispunten", "jeugdinfrastructuur"]
    assert all(t.source == "editor" for t in tags)
    assert "editor" in tags[0].evidence[0]["text"]
    # an empty override means: no ambition
    rep = report(ambitions="Mentaal welzijn stond centraal.", meta={"ambitions_override": []})
    assert tag_ids(rep) == []


def test_editor_override_in_the_config_for_reports_without_front_matter() -> None:
    rep = Report(source="verslagen/016_aspi.pdf", slug="016_aspi", format="pdf", sections={"ambitions": "Mentaal welzijn."})
    ctx = Ctx(opts={"overrides": {"016_aspi": ["vrijwillig-engagement"], "other": ["kruispunten"]}})
    tagger.tag_report(rep, ctx)
    assert [(t.id, t.source) for t in rep.ambitions] == [("vrijwillig-engagement", "editor")]
    # by file name too, and an unknown id is a warning with a hint
    rep = Report(source="verslagen/x.docx", slug="x", format="docx", sections={})
    tagger.tag_report(rep, Ctx(opts={"overrides": {"x.docx": ["kruispunt", "mentaal-welzijn"]}}))
    assert [t.id for t in rep.ambitions] == ["mentaal-welzijn"]
    warning = next(p for p in rep.problems if p.plugin == "tagger")
    assert warning.severity == "warning" and "kruispunt" in warning.message
    assert warning.hint == "did you mean 'kruispunten'?"


# --- settings and options ---------------------------------------------------------------------------


def test_max_tags_threshold_and_section_weights() -> None:
    rep = report(
        ambitions=(
            "Vrijwillig engagement, mentaal welzijn, kruispunten en de digitale leefwereld kwamen allemaal aan bod."
        )
    )
    assert len(tag_ids(rep)) == 3
    assert tag_ids(rep, max_tags=1) == ["vrijwillig-engagement"]
    assert tag_ids(rep, threshold=1000) == []
    small = report(summary="De jongeren zaten op Discord, TikTok en Instagram.")
    assert tag_ids(small) == ["digitale-leefwereld"]
    assert tag_ids(small, section_weights={"summary": 0}) == []


def test_options_schema() -> None:
    schemas = tagger.perskamer_config_schema()
    schema = schemas["tagging"]
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)
    assert not list(validator.iter_errors({"threshold": 5, "max_tags": 2, "section_weights": {"quotes": 0},
                                           "overrides": {"a": ["kruispunten"]}}))
    assert list(validator.iter_errors({"max_tags": 4}))
    assert list(validator.iter_errors({"section_weights": {"sumary": 1}}))
    assert list(validator.iter_errors({"treshold": 1}))


def test_disabled_tagger_keeps_only_human_choices() -> None:
    rep = report(ambitions="Mentaal welzijn stond centraal.", meta={"ambitions": ["kruispunten"]})
    assert tag_ids(rep, enabled=False) == ["kruispunten"]
    rep = report(ambitions="Mentaal welzijn stond centraal.", meta={"ambitions_override": ["jeugdinfrastructuur"]})
    assert tag_ids(rep, enabled=False) == ["jeugdinfrastructuur"]


# --- the result -----------------------------------------------------------------------------------


def test_tags_carry_score_and_short_evidence() -> None:
    rep = report(
        "Online is ook echt",
        summary="Een Discordserver voor het jeugdhuis, met 140 jongeren. " * 3,
        ambitions="De digitale leefwereld stond centraal: sociale media, gaming en mediawijsheid.",
    )
    tags = tagger.tag_report(rep, Ctx())
    assert isinstance(tags[0], AmbitionTag) and tags[0].id == "digitale-leefwereld"
    assert tags[0].label == "Digitale leefwereld"
    assert tags[0].score > 0
    ev = tags[0].evidence
    assert 1 <= len(ev) <= engine.MAX_EVIDENCE
    assert {"term", "section", "text"} <= set(ev[0])
    assert ev[0]["section"] == "ambitions" and ev[0]["term"] == "digitale leefwereld"
    assert all(len(e["text"]) < 160 and "\n" not in e["text"] for e in ev)
    d = tags[0].to_dict()
    assert set(d) == {"id", "label", "score", "evidence"}


def test_evidence_from_quotes_uses_the_anonymised_quotes() -> None:
    rep = report(quotes="“Yasmina zegt: online is alles.” – Yasmina El Khatib")
    rep.quotes = [Quote(text="[naam] zegt: online is alles.", speaker="een jongerenwerker")]
    tagger.tag_report(rep, Ctx(opts={"threshold": 0.1}))
    snippets = " ".join(e["text"] for t in rep.ambitions for e in t.evidence)
    assert "online" in snippets and "Yasmina" not in snippets


def test_the_hook_sets_report_ambitions_and_returns_none() -> None:
    rep = report(ambitions="Kruispunten: het CAW, het CLB en de VDAB werken samen met het jeugdhuis.")
    assert tagger.perskamer_transform_report(rep, Ctx()) is None
    assert [t.id for t in rep.ambitions] == ["kruispunten"]
    assert tagger.PLUGIN_NAME == "tagger"


def test_explain_says_why() -> None:
    rep = report(
        "Veilig naar school",
        summary="Het kruispunt aan de Kerkstraat is gevaarlijk voor fietsers.",
        ambitions="De digitale leefwereld kwam niet aan bod. Centraal stond de inspraak van kinderen.",
    )
    text = explain.explain(rep, Ctx())
    assert "tags, most central first: stem-van-kinderen-en-jongeren" in text
    assert "TAGGED: central theme" in text
    assert "said not to have come up" in text
    assert "in the same sentence" in text
    assert "not tagged" in text
    assert text.count("\n1. ") == 1 and "\n6. " in text


# --- properties ---------------------------------------------------------------------------------

_WORDS = [
    "jeugdlokalen", "het", "lokaal", "bestuur", "vrijwilligers", "online", "TikTok", "mentaal", "welzijn",
    "kruispunt", "kruispunten", "straat", "niet", "aan", "bod", "stem", "van", "kinderen", "en", "jongeren",
    "vooral", "centraal", "school", "CAW", "inspraak", "ambitie", "rond", "geïntegreerd", "werken", ".", ",",
    "É", "ĳs", "\n", "**", "https://x.be/a", "![a](b.png)", "'t",
]


@given(
    sections=st.dictionaries(
        st.sampled_from(["summary", "ambitions", "quotes", "surprise", "questions", "photo"]),
        st.lists(st.one_of(st.sampled_from(_WORDS), st.text(max_size=12)), max_size=40).map(" ".join),
        max_size=6,
    ),
    title=st.text(max_size=40),
    reporter=st.lists(st.sampled_from(["kruispunten", "Mentaal welzijn", "x", ""]), max_size=3),
    max_tags=st.integers(min_value=1, max_value=3),
)
@settings(max_examples=150, deadline=None)
def test_any_text_gives_a_valid_ranking(sections: dict[str, str], title: str, reporter: list[str], max_tags: int) -> None:
    rep = report(title, meta={"ambitions": reporter}, **sections)
    tags = tagger.tag_report(rep, Ctx(opts={"max_tags": max_tags}))
    ids = [t.id for t in tags]
    assert len(ids) == len(set(ids)) <= max_tags
    assert all(t.id in load_taxonomy(None) for t in tags)
    scores = [t.score for t in tags]
    assert scores == sorted(scores, reverse=True)
    st_ = taxonomy_settings(load_taxonomy(None))
    # at the threshold, or the one clear lead of a short text (issue 15)
    assert all(t.score >= st_.threshold for t in tags) or (len(tags) == 1 and tags[0].score >= st_.lead_score)
    for t in tags:
        assert all(isinstance(e["text"], str) and "\n" not in e["text"] for e in t.evidence)
    assert explain.explain(rep, Ctx()).count("\n1. ") == 1
