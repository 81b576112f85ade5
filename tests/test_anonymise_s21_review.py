"""Session 21, wave 2 (s21-review): the narrowings of wave 1's keep frames where a person's name
was kept, the chain addressed at a sentence's start, and odd input on the new modules.

Names and firms are invented for this file (not from tests/anonymise_s21_review_cases.py, the
frozen attack batch the narrowings were found with)."""

from __future__ import annotations

import pytest

from perskamer.plugins.anonymise.replace import anonymise_text
from perskamer.testing import word_in


def _q(text: str) -> str:
    return "\u201c" + text + "\u201d"


#: A full name (a given name and a family name no list knows) in wave 1's frames of working at,
#: being sponsored by, a firm's quote and a bracketed group: masked at the start 9be5452, kept by
#: 83296d0, masked again.
FULL_NAMES = [
    (_q("Je travaille chez Odalric Bemvindo depuis un an."), ["Odalric", "Bemvindo"]),
    (_q("Je bosse chez Wu Xianrong le samedi."), ["Xianrong"]),
    (_q("I worked at Tahlia Okpaleke for two summers."), ["Tahlia", "Okpaleke"]),
    (_q("Ich arbeite bei Ruperta Zwirnmann seit einem Jahr."), ["Ruperta", "Zwirnmann"]),
    (_q("Het kamp werd gesponsord door Wessel-Jan Oudebrinkers."), ["Wessel-Jan", "Oudebrinkers"]),
    (_q("Het kamp werd gesponsord door Ilkur Tamminga, de oom van een lid."), ["Ilkur", "Tamminga"]),
    (_q("De jeugdgroep (Quinta Verhoosel) kwam ook langs."), ["Quinta", "Verhoosel"]),
    # a person's apposition after the sponsor: one word, or a first name that is a Dutch word
    (_q("Het kamp werd gesponsord door Hoekstravel, de tante van een lid."), ["Hoekstravel"]),
    (_q("Gesponsord door Vlam Oterdoom, een vriendin van de leiding."), ["Vlam", "Oterdoom"]),
    (_q("We kregen een offerte van Bram Hoefsmid, hij is schilder."), ["Bram", "Hoefsmid"]),
    (_q("De offerte van Bram kwam te laat."), ["Bram"]),
    (_q("We kregen een factuur van Ondrej Palacky."), ["Ondrej", "Palacky"]),
]

#: The same frames with a firm: still kept (one word, or a word any list knows in the run).
FIRMS = [
    (_q("Je travaille chez Plumetto depuis un an."), "Plumetto"),
    (_q("I worked at Brindlecomb for two summers."), "Brindlecomb"),
    (_q("Het kamp werd gesponsord door Kwerpa."), "Kwerpa"),
    (_q("Het kamp werd gesponsord door Kwerpa, een bakkerij uit het dorp."), "Kwerpa"),
    (_q("We vroegen een offerte van Vorlatix voor het dak."), "Vorlatix"),
    (_q("De energiefactuur van Vorlatix was hoog."), "Vorlatix"),
    (_q("Delhaize, jullie zijn de beste sponsor van het kamp."), "Delhaize"),
]


@pytest.mark.parametrize(("text", "names"), FULL_NAMES)
def test_a_full_name_in_a_keep_frame_goes(text: str, names: list[str]) -> None:
    out = anonymise_text(text)
    for name in names:
        assert not word_in(name, out), (text, out)


@pytest.mark.parametrize(("text", "item"), FIRMS)
def test_a_firm_in_the_same_frames_stays(text: str, item: str) -> None:
    assert word_in(item, anonymise_text(text)), text


def test_an_addressed_first_name_still_goes() -> None:
    assert not word_in("Oyelami", anonymise_text(_q("Oyelami, kun jij de tenten tellen?")))


ODD = [
    "Met dank aan:\n",
    "Met dank aan:",
    "Kookbeurten:\n\n\n",
    "Sprekers: , , ,",
    "1.\n2.\n3.\n",
    "V.l.n.r.:",
    "t.a.v.",
    "(2025).",
    ", jullie",
    "ff appen",
    "Ich und wir bei aus im von mit",
    "Wir hebben een Kindergarten en een Zeitgeist, und das is nicht erg.",
    "Kookbeurten:\nmaandag: \u041e\u043b\u0435\u0433 \u041f\u0435\u0442\u0440\u043e\u0432\ndinsdag: \u674e\u660e\n"
    "woensdag: \u0645\u062d\u0645\u062f \u0639\u0644\u064a",
    "Je travaille chez \u674e\u660e depuis un an.",
    "Ich arbeite bei \u00d6zge\u00a0\u015eahin seit einem Jahr.",
]


@pytest.mark.parametrize("text", ODD)
def test_odd_input_on_the_new_rules_does_not_fail(text: str) -> None:
    out = anonymise_text(text)
    assert isinstance(out, str) and out.count("\n") == text.count("\n")


def test_a_long_list_under_a_header_is_read_whole() -> None:
    # 10,000 items of a rota (invented given names made of syllables): every one goes, and the
    # header stays; the cost is checked for linear growth in bench/bench_s21_odd.py, not here
    syl = ["ka", "ro", "mi", "te", "lu", "vo", "si", "na", "de", "bu"]
    names = [(syl[i % 10] + syl[i // 10 % 10] + syl[i // 100 % 10] + "x" + syl[i // 1000 % 10]).capitalize()
             for i in range(10_000)]
    days = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
    text = "Kookbeurten:\n" + "\n".join(f"{days[i % 7]}: {n}" for i, n in enumerate(names))
    out = anonymise_text(text)
    assert out.startswith("Kookbeurten:")
    left = [n for n in names[:200] + names[-200:] if word_in(n, out)]
    assert len(left) <= 4, left[:10]
