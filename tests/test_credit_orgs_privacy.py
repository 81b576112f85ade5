"""Privacy of ``credit_orgs`` (session 15): a person's name in the rule's own slot -- after a
lower-case "van" in a speaker's credit, alone or after an organisation's head word -- is never
published by the rule.

Names of many origins written by s15-keep (first names and surnames that are listed, unlisted,
words, places; Flemish, Dutch, Polish, Turkish, Moroccan, Congolese, Romanian, Kenyan, Malian,
Norwegian...), grep-clean against ``tests/`` (before this module), ``bench/data/`` and
``/work/shared/``. Each credit is run with the rule on and off (``credit_orgs.person_part``
and ``is_organisation`` switched off): the rule may publish no name part that the anonymiser
without it masks. Without the narrowing (a word no list knows in the organisation's name, a
listed name) this test fails.
"""

from __future__ import annotations

import re

import anonymise_s15_credit_cases as batch
import pytest

from perskamer.plugins.anonymise import anonymiser, credit_orgs

FIRSTS = ["Rukiye", "Oskari", "Hannie", "Femmetje", "Fardau", "Soufyan", "Thabo", "Lindiwe", "Welmoed", "Joska",
          "Dilara", "Oguz", "Arda", "Jarek", "Fiston", "Safiya", "Abdi", "Beni"]
SURNAMES = ["Kaczorowska", "Wawrzyniak", "Szczepanik", "Yıldırımoğlu", "Karaduman", "Elkhattabi", "Nyembo",
            "Vrăjitoru", "Brzęczek", "Lumumba", "Deceuninck", "Coulibaly", "Diarra", "Njoroge", "Stănescu", "Mizrahi",
            "Verbrugghe", "Caluwaerts"]
PARTICLE_TAILS = ["Veen", "Rijn", "Laar", "Holt", "Eijk", "Ooijen", "Oord", "Rooij", "Lith", "Heek", "Wetering"]
HEADS = ["Chiro", "Scouts", "Jeugdhuis", "Jeugddienst", "Speelpleinwerking", "KSA", "Kinderboerderij", "Patro"]


def _slots() -> list[tuple[str, list[str]]]:
    out: list[tuple[str, list[str]]] = []
    for k, first in enumerate(FIRSTS):
        last = SURNAMES[k % len(SURNAMES)]
        other = SURNAMES[(k + 5) % len(SURNAMES)]
        tail = PARTICLE_TAILS[k % len(PARTICLE_TAILS)]
        head = HEADS[k % len(HEADS)]
        out += [
            (f"{first} van {last}: “Het kamp was te kort.”", [first, last]),
            (f"“Het kamp was te kort.” – {first} van {tail}", [first, tail]),
            (f"{first} van {last} {other}: “Het kamp was te kort.”", [first, last, other]),
            (f"{first} {last} van {head} {other}: “Het kamp was te kort.”", [first, last, other]),
            (f"{first} {last} van {head} {FIRSTS[(k + 3) % len(FIRSTS)]}: “Het kamp was te kort.”",
             [first, last, FIRSTS[(k + 3) % len(FIRSTS)]]),
            (f"“Het kamp was te kort.” ({head} {other})", [other]),
            (f"“Het kamp was te kort.” ({head} {FIRSTS[(k + 7) % len(FIRSTS)]})", [FIRSTS[(k + 7) % len(FIRSTS)]]),
            (f"Leidster {first} van {head} {last}-{other}: “Het kamp was te kort.”", [first, last, other]),
            (f"“Het kamp was te kort.” ({first.upper()} {last.upper()})", [first, last]),
            (f"{first.upper()} {last.upper()} VAN {head.upper()} {other.upper()}: “Het kamp was te kort.”",
             [first, last, other]),
            (f"“Het kamp was te kort.” – {first} van {head.upper()} {other.upper()}", [first, other]),
            (f"{first} van {head} De {last}: “Het kamp was te kort.”", [first, last]),
        ]
    # every 37th listed first name and surname after an organisation's head -- no name a place
    # list holds: "KSA <Erica>" (a village in Drenthe) is the "<head> <town>" the rule keeps
    from perskamer.plugins.anonymise.lexicon import load_lexicon

    lex = load_lexicon()
    listed = sorted(f for f in lex.first_names | lex.surnames if f.isalpha() and len(f) > 3
                    and f not in lex.places)[::37]
    for k, name in enumerate(listed):
        cap = name.capitalize()
        out.append((f"{FIRSTS[k % len(FIRSTS)]} van {HEADS[k % len(HEADS)]} {cap}: “Het kamp was te kort.”", [cap]))
    return out


def _published(text: str, names: list[str]) -> set[str]:
    out = batch.run(text, "Een avond over de jeugdraad.")
    return {n for n in names if re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", out, re.I)}


def test_the_rule_publishes_no_name_in_its_slot(monkeypatch: pytest.MonkeyPatch) -> None:
    cases = _slots()
    with_rule = [_published(t, ns) for t, ns in cases]
    monkeypatch.setattr(anonymiser, "person_part", lambda s, lex: s)
    monkeypatch.setattr(anonymiser, "is_organisation", lambda s, lex: False)
    anonymiser._new_speaker_names(None)  # (the speaker names' memo)
    without = [_published(t, ns) for t, ns in cases]
    anonymiser._new_speaker_names(None)
    extra = [(t, sorted(a - b)) for (t, _ns), a, b in zip(cases, with_rule, without, strict=True) if a - b]
    assert extra == [], f"{len(extra)} of {len(cases)} credits publish a name the rule let through: {extra[:5]}"
    assert len(cases) > 150 and credit_orgs  # (the module is the one under test)
