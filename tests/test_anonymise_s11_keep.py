"""Organisations, places and brands by class, and person look-alikes in the same positions
(issue 11's keep side, session 11): the frozen batch ``anonymise_s11_keep_cases``.

At freeze time (main fceac81, before any rule of session 11): keep 30/51 items kept (58.8%),
52/54 name parts removed; keep misses {2, 4, 8, 11, 13, 17, 18, 19, 20, 21, 22, 23, 24, 25,
32, 33, 34, 35, 39}, person misses {0, 36} ("boer Ter Horst" and "bij Delcourt in de winkel":
names left on main before this session, a recall matter). After the rules of session 11
(keep_heads, keep_tails, keep_compounds, regions.txt, languages in three languages): keep
47/51 (92.2%), 52/54 removed (the same two person misses).
"""

from __future__ import annotations

import json

import anonymise_s11_keep_cases as batch
import pytest
from anoncases import left, lost, params

# at freeze time {2, 4, 8, 11, 13, 17, 18, 19, 20, 21, 22, 23, 24, 25, 32, 33, 34, 35, 39}; fixed by keep_heads,
# keep_tails, keep_compounds and the regions and languages lists; 13 has a French adjective no list knows
# ("Scientifiques"), 33 reads as "mijn moeder <naam>" (a person's position), 33-35 name languages CLDR lacks
# ("Kurmanji", "Tamazight", "Fulfulde", "Kiswahili"); 13 closed in session 17 by keep_french_names (the French
# word list knows "Scientifiques")
# word list knows "Scientifiques"); 34-35 closed in session 26 by data/languages_extra.txt (a hand list of language
# names CLDR lacks, written from general knowledge: "Tamazight", "Fulfulde", "Kiswahili"); 33 stays ("mijn moeder <X>")
KEEP_MISSES: set[int] = {33}
# 36 ("bij Delcourt in de winkel") closed in session 13 by person_lone_surname (the employer slot);
# 0 ("bij boer Ter Horst, die zei") in session 14 by the home places that are first names and words
PERSON_MISSES: set[int] = set()


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

from perskamer.plugins.anonymise.detect import Knowledge  # noqa: E402
from perskamer.plugins.anonymise.replace import anonymise_text  # noqa: E402
from perskamer.testing import word_in  # noqa: E402

HEAD_TEMPLATES = [
    "“Het kamp was op Hoeve Ter {}, vlak bij de kerk.”",
    "“We sliepen in Kamphuis Les {}.”",
    "“De aanvraag moet via Sportdienst {}.”",
    "“De bus van Autocars {} stond klaar.”",
    "“In Domaine {} was het koud.”",
    "Uit de zaal, Gilberte van Patro {}: « Chez nous aussi. »",
    "« Le subside vient de la Ville de {}. »",
    "“Ik werk bij Betonwerken {}.”",
    "“Wij werken met Jeunesse Solidaire {} Cameroun.”",
    "“Stop {} maar bij de kleinsten.”",
    "“We zagen Stop {} op het plein.”",
    "“We zagen Youth Network {} Europe op het plein.”",
]


@settings(max_examples=120, deadline=None)
@given(st.sampled_from(plain_first_names(30)), st.sampled_from(HEAD_TEMPLATES))
def test_a_listed_first_name_in_the_rules_positions_is_never_kept(name: str, template: str) -> None:
    out = anonymise_text(template.format(name))
    assert not word_in(name, out, ignore_case=True), out


@pytest.mark.parametrize(("text", "name"), [
    ("“Ik werk bij Betonwerken Lisette Dorsman.”", "Dorsman"),  # a firm takes one surname, not a full name
    ("“Hoeve De Coste verhuurt niet meer.”", "Coste"),  # a listed surname right after the article
    ("“Kamphuis Les Sapins van Gilberte Mansvelt was vol.”", "Mansvelt"),
    ("“Dat zei April Holland gisteren.”", "April"),  # a word that is a first name never opens a country's run
    ("“Met Ingelijn belden we de Pestlijn.”", "Ingelijn"),  # "-lijn" after a stem in "e": a girl's name
])
def test_a_person_next_to_a_rules_shape_still_goes(text: str, name: str) -> None:
    out = anonymise_text(text)
    assert not word_in(name, out, ignore_case=True), out


def test_a_name_the_report_gives_wins_over_the_head() -> None:
    know = Knowledge()
    know.add("Biezen Coste", explicit=True)
    out = anonymise_text("“De kampplaats was Hoeve Ter Biezen in Zonnebeke.”", know)
    assert not word_in("Biezen", out), out


# --- an institution as a speaker or chat sender (keep_heads.names_an_organisation) -------

from perskamer.model import Quote, Report  # noqa: E402
from perskamer.plugins.anonymise.anonymiser import anonymise_report, speaker_name  # noqa: E402


@pytest.mark.parametrize(("label", "person"), [
    ("Jeugddienst Hoegaarden", False),
    ("Speelpleinwerking Het Zonneke", False),
    ("Sportdienst Hoeselt", False),
    ("Jeugddienst Gilberte", True),  # a listed first name after the head: left to the person rules
    ("Ville Korhonen", True),  # a head that is a first name, with no "de" after it
    ("Hoeve De Bock", True),  # a listed "De X" surname after the article
    ("Karlijn Vandereycken", True),
])
def test_an_institution_is_no_speaker(label: str, person: bool) -> None:
    assert (speaker_name(label) is not None) is person


def test_an_institution_s_chat_line_keeps_its_name() -> None:
    text = ("14/05/2024, 20:11 - Jeugddienst Meulebeke: De sleutel ligt aan het onthaal.\n"
            "14/05/2024, 20:13 - Karlijn Vandereycken: Top, ik kom hem halen.")
    r = Report(source="r.md", slug="r", format="md", sections={"summary": "Een chat over de zaal."},
               quotes=[Quote("De sleutel ligt aan het onthaal.", "Jeugddienst Meulebeke"),
                       Quote("Top, ik kom hem halen.", "Karlijn Vandereycken")])
    r.sections["quotes"] = text
    anonymise_report(r)
    assert r.quotes[0].speaker == "Jeugddienst Meulebeke"
    assert "Jeugddienst Meulebeke" in r.sections["quotes"]
    published = json.dumps([r.sections, [(q.text, q.speaker) for q in r.quotes]], ensure_ascii=False)
    assert "Vandereycken" not in published and "Karlijn" not in published


# --- after set O (bench/data/unseen_s11, informed after its one blind score; sentences of our own) --

KEPT_AFTER_O = [
    ("“De kasten kwamen van Staalbouw Ligtvoet uit Vosselaar.”", ["Staalbouw Ligtvoet"]),  # a firm's "-bouw"
    ("“De ezels staan op Zorgboerderij De Groene Weide.”", ["Zorgboerderij De Groene Weide"]),
    ("“Wij werken nu met Jeugdpanel Duinkant, dertig jongeren.”", ["Jeugdpanel Duinkant"]),
    ("« Cet été on va à la Ferme du Vieux Chêne. »", ["Ferme du Vieux Chêne"]),  # "du": a common noun follows
    ("“Hij is vrijwillig tolk Tigrinya-Nederlands.”", ["Tigrinya-Nederlands"]),
    ("“Ze is jeugdwerker bij Buurthuis De Wespe.”", ["Buurthuis De Wespe"]),
]


@pytest.mark.parametrize(("text", "items"), KEPT_AFTER_O)
def test_the_classes_of_set_o_stay(text: str, items: list[str]) -> None:
    assert lost(text, items) == []


@pytest.mark.parametrize(("text", "name"), [
    ("“We reden met Autocars Gilberte naar zee.”", "Gilberte"),  # a first name after a firm's head
    ("“Hoeve Neuteboom verhuurt niet meer.”", "Neuteboom"),  # a surname that splits into words
    ("“Staalbouw Gilberte Mansvelt leverde.”", "Mansvelt"),  # a firm takes one surname, not a full name
])
def test_a_person_after_set_o_s_heads_still_goes(text: str, name: str) -> None:
    out = anonymise_text(text)
    assert not word_in(name, out, ignore_case=True), out


# --- the prefilters give what the plain rules give (issue 13's speed pattern) ------------

_PIECES = st.sampled_from([
    "Hoeve ", "Ter ", "Les ", "Jeugddienst ", "Patro ", "Ville de ", "Ferme du ", "d'Autocars ", "l’Auberge ", "Betonwerken ",
    "Youth ", "Network ", "Europe", "Sénégal", "Cameroun", "Kenya", "Gent", "Brussel", "Solidarité ", "Jeunesse ", "de ",
    "Ketelfest", "Stop ", "Pestgedrag", "Tigrinya-Nederlands", "Gilberte ", "Mansvelt", "Dag ", "met ", "zei ", ", ",
    ": ", "(16) ", "“", "”", ". ", "\n", "Het ", "We ", "kamp ", "'t ", "’", "'",
])
_TEXT = st.lists(_PIECES, max_size=14).map("".join)


@settings(max_examples=150, deadline=None)
@given(_TEXT)
def test_the_prefiltered_rules_give_what_the_plain_rules_give(text: str) -> None:
    from perskamer.plugins.anonymise import keep_heads, keep_tails
    from perskamer.plugins.anonymise.detect import _Protect, tokenize
    from perskamer.plugins.anonymise.lexicon import load_lexicon

    lex = load_lexicon()
    toks = tokenize(text)
    caps = [k for k, t in enumerate(toks) if t.cap or t.allcaps]
    words = {t.folded for t in toks}
    fast, plain = _Protect(), _Protect()
    keep_tails.protect_place_tails(text, toks, caps, lex, Knowledge(), fast, words)
    keep_tails.protect_place_tails(text, toks, caps, lex, Knowledge(), plain, words | set(lex.territories))
    assert fast.ranges == plain.ranges
    fast, plain = _Protect(), _Protect()
    keep_heads.protect_headed_names(text, toks, caps, lex, Knowledge(), fast, words)
    elided = sorted({*caps, *(k for k, t in enumerate(toks) if t.folded[:2] in keep_heads._ELIDED)})
    keep_heads.protect_headed_names(text + " d'X", toks, elided, lex, Knowledge(), plain, words)
    assert fast.ranges == plain.ranges
