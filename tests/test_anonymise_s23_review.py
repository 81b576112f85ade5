"""Session 23 review (s23-review, wave 2): the review's frozen batch
(``tests/anonymise_s23_review_cases.py``, written 14:08 UTC before any wave-1 rule was read) and the
leak it found.

The leak (severity 1, at the start 1398f14 too): a surname spoken to -- "Dank je wel, Oosterlinck!"
-- in a report that also names "Bakkerij Oosterlinck" was published whole on the report path: one
sense per report settled the bare mention as the firm (keep_evidence.settled), as it did for
"met X gepraat" before s23-privacy's protective default. And "Hé Yilmazer, kom je?" masked the
person but kept "Garage Yilmazer" (person_firm_namesakes did not count a vocative as sure). A
vocative is now a call (``vocatives.addressed``): never settled as a firm, and spread to the firm
named alike (docs/decisions.md, session 23: the protective default).
"""

from __future__ import annotations

import pytest
from anonymise_s23_privacy_cases import items_lost, names_left, run_path, run_text_path

ADDRESSED = [
    ("section", "“Dank je wel, Oosterlinck! Bakkerij Oosterlinck is de beste van het dorp.”", ["Oosterlinck"]),
    ("section", "“Bakkerij Oosterlinck is de beste. Merci, Oosterlinck!”", ["Oosterlinck"]),
    ("section", "“Hé Yilmazer, kom je morgen? Garage Yilmazer is dicht op maandag.”", ["Yilmazer"]),
    ("section", "“Garage Yilmazer is dicht. Hé Yilmazer, wanneer ben je open?”", ["Yilmazer"]),
    ("section", "“Bedankt Abernethy! Drukkerij Abernethy drukte de affiches.”", ["Abernethy"]),
    ("section", "“Dag Quaghebeur, tot morgen! We kochten het brood bij Bakkerij Quaghebeur.”", ["Quaghebeur"]),
    ("section", "“Kowalczyk, kom eens hier! Garage Kowalczyk belt voor de bus.”", ["Kowalczyk"]),
]

#: The firm named alike stays where nobody of its name is spoken to.
FIRM_ONLY = [
    ("section", "“Dank je wel, Lotte! Bakkerij Oosterlinck is de beste van het dorp.”", ["Bakkerij Oosterlinck"]),
    ("section", "“Hé Jonas, kom je morgen? Garage Yilmazer is dicht op maandag.”", ["Garage Yilmazer"]),
    ("section", "“We kochten het brood bij Bakkerij Quaghebeur. Bakkerij Quaghebeur bakt goed.”",
     ["Bakkerij Quaghebeur"]),
]


@pytest.mark.parametrize("how", ["text", "report"])
@pytest.mark.parametrize(("path", "text", "names"), ADDRESSED)
def test_a_surname_spoken_to_is_masked_with_the_firm_named_alike(how, path, text, names):
    run = run_text_path(path) if how == "text" else run_path(path)
    assert names_left(text, names, run) == []


@pytest.mark.parametrize("how", ["text", "report"])
@pytest.mark.parametrize(("path", "text", "items"), FIRM_ONLY)
def test_a_firm_with_nobody_of_its_name_spoken_to_stays(how, path, text, items):
    run = run_text_path(path) if how == "text" else run_path(path)
    assert items_lost(text, items, run) == []


def test_addressed_reads_the_vocative_shapes():
    from perskamer.plugins.anonymise.detect import tokenize
    from perskamer.plugins.anonymise.vocatives import addressed

    def at(text: str, word: str) -> bool:
        toks = tokenize(text)
        i = next(k for k, t in enumerate(toks) if t.text == word)
        return addressed(text, toks, i, toks[i].end)

    assert at("Dank je wel, Oosterlinck!", "Oosterlinck")
    assert at("Hé Yilmazer, kom je?", "Yilmazer")
    assert at("Kowalczyk, kom eens hier.", "Kowalczyk")
    assert not at("We kochten brood bij Oosterlinck.", "Oosterlinck")
    assert not at("He Yilmazer said so.", "Yilmazer")  # (English "He", no "hé")
    assert not at("Dank je wel", "wel")


# -- the frozen batch: every case on the text and the report path ---------------------------------
from anonymise_s23_review_cases import KEEP, PERSON  # noqa: E402

#: Name cases open after the review (by index, path): the firm's name kept beside a masked full name
#: on the text path only (the report path masks it: the firm's word is given by the report; case 4
#: closed by session 24: a weak reading that stays masked is spread to the firm too), and the
#: reporter's own summary naming the person in full (default scope: the reporter's own text is the
#: reporter's, only a firm's name in it is masked -- s23-privacy's note, issue 11 point 4).
_OPEN_NAMES = {
    (5, "text"): "'brouwerij nwachukwu' in lower case beside a masked full name: text path",
    (7, "report"): "the reporter's own summary names 'Samira Haddouchi' (default scope: not anonymised)",
}
#: Look-alikes lost at the start (1398f14) already, by older rules (not by session 23's).
_LOST_AT_START = {(14, "text"), (14, "report"), (22, "text"), (22, "report"), (28, "text"), (28, "report"),
                  (32, "report")}


def _params(cases, open_):
    out = []
    for how in ("text", "report"):
        for i, (path, text, items) in enumerate(cases):
            why = open_.get((i, how)) if isinstance(open_, dict) else (
                "lost at the start 1398f14 already" if (i, how) in open_ else None)
            marks = (pytest.mark.xfail(strict=True, reason=why),) if why else ()
            out.append(pytest.param(how, path, text, items, marks=marks, id=f"{how}-{i}"))
    return out


@pytest.mark.parametrize(("how", "path", "text", "names"), _params(PERSON, _OPEN_NAMES))
def test_batch_names_go(how, path, text, names):
    run = run_text_path(path) if how == "text" else run_path(path)
    assert names_left(text, names, run) == []


@pytest.mark.parametrize(("how", "path", "text", "items"), _params(KEEP, _LOST_AT_START))
def test_batch_look_alikes_stay(how, path, text, items):
    run = run_text_path(path) if how == "text" else run_path(path)
    assert items_lost(text, items, run) == []


# -- hostile input: the strong-frame search of s23-privacy's policy read each mention's whole text ----

def test_firm_framed_reads_the_occurrences_only_and_answers_as_before():
    """``keep_evidence._framed_in`` (occurrence by occurrence, remembered) answers as the search it
    replaced (a substring search of the whole text per head and legal form) on random texts."""
    import random

    from perskamer.plugins.anonymise.keep_evidence import _LEGAL_TAILS, _URL_RE, _framed_in
    from perskamer.plugins.anonymise.lexicon import fold

    def before(t, heads, name):
        if name not in t:
            return False
        if any(f"{h} {name}" in t for h in heads) or any(f"{name} {tail}" in t for tail in _LEGAL_TAILS):
            return True
        low = fold(name)
        return ("www." in t or "http" in t) and any(low in fold(m.group()) for m in _URL_RE.finditer(t))

    rnd = random.Random(23)
    words = ["Vzw", "VZW", "vzw", "Lotte", "lotte", "LotteLotte", "bv", "BV", " ", "  ", "www.lotte.be",
             "http://x/LOTTE", "Brouwerij", "BROUWERIJ", "Lot", "te", ".", ",", "Lottevzw", "\n"]
    for _ in range(6000):
        t = "".join(rnd.choice(words) + rnd.choice(["", " "]) for _ in range(rnd.randint(0, 9)))
        for head in ("vzw", "brouwerij"):
            heads = (head[:1].upper() + head[1:].lower(), head.upper())
            for name in ("Lotte", "Lot", "LOTTE", "te"):
                assert _framed_in(t, heads, name) == before(t, heads, name), (t, head, name)


def test_many_mentions_after_a_lower_case_organisation_noun_are_each_masked():
    """'met de vzw <Voornaam> gepraat.' x 1,500 (each mention asked the whole text before: 4x the CPU
    for 2x the text): every mention still masked, the hostile text answered."""
    from perskamer.plugins.anonymise.replace import anonymise_text

    text = " ".join(f"Ik heb met de vzw {n} gepraat." for n in ("Lotte", "Bram", "Sanne") * 500)
    out = anonymise_text(text)
    assert not any(n in out for n in ("Lotte", "Bram", "Sanne"))
    assert out.count("vzw") == 1500
