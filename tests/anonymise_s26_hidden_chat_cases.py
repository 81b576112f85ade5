"""Session 26 (s26-hidden, issue 11, severity 1): a lower-case first name that is also a Dutch
or English word ("wies", "tamer", "mark", "will", "lies") in a chat message, in two of chat's
strongest person slots -- (1) opening a message before a finite verb of the third person
singular ("<naam> zit nog in de wachtzaal"); (2) after "ik ... en", the speaker's parallel before
"ook ni(et)" ("ik heb gn auto en <naam> ook ni"). The fixed scorer found both shapes published in
gold sets.
A FROZEN batch.

Written by s26-hidden on 7 December 2026, 23:41-23:42 UTC (by `date`), BEFORE reading any rule on
lower-case or chat names (the rules read this session: `person_label_lines`, `person_relations`'
apposition, for rule 60). Every name is invented or put together for the frame; no name,
organisation or phrase is copied from tests/fixtures/, /work/shared/, bench/data/ or
bench/attack/. The look-alikes are pronouns, things, family words and groups in the same slots.

``PERSON``: ``(text, name parts that must go)``; ``KEEP``: ``(text, items that must stay)``.
``PYTHONPATH=tests python tests/anonymise_s26_hidden_chat_cases.py``.
"""

from __future__ import annotations

from anonymise_s16_layout_line_cases import items_lost, names_left, run_section_report, run_text

_CHAT = "20:05:02 Van Jorien Maes aan Iedereen:\n\t{}\n20:05:31 Van Ada Ngo aan Iedereen:\n\tok top\n"

PERSON: list[tuple[str, list[str]]] = [
    # (1) opening a chat message before a finite verb of the third person singular
    ("tamer zit nog in de wachtzaal denk ik", ["tamer"]),
    ("wies komt iets later, ze moet nog eten", ["wies"]),
    ("mark is er al, hij zit in de keuken", ["mark"]),
    ("will heeft de sleutel van het lokaal", ["will"]),
    ("lies belt zo terug", ["lies"]),
    ("hope zit in de trein denk ik", ["hope"]),
    ("grace kan niet komen vanavond", ["grace"]),
    ("victor zegt dat de zaal dicht is", ["victor"]),
    (_CHAT.format("tamer zit nog in de wachtzaal denk ik"), ["tamer"]),
    (_CHAT.format("dean komt ook straks"), ["dean"]),
    # (2) after "ik ... en", the speaker's parallel before "ook"
    ("wie kan er rijden?? ik heb gn auto en wies ook ni", ["wies"]),
    ("ik kan niet en mark ook niet", ["mark"]),
    ("ik ben ziek en will ook", ["will"]),
    ("ik heb geen tijd en lies ook nie", ["lies"]),
    ("ik zit al in de bus en tamer ook", ["tamer"]),
    ("ik ga zeker mee en hope ook!", ["hope"]),
    (_CHAT.format("ik heb gn fiets en grace ook ni"), ["grace"]),
]

KEEP: list[tuple[str, list[str]]] = [
    # (1) a pronoun, a thing, a family word or a group opening the message before the verb
    ("mama zit nog in de auto", ["mama"]),
    ("wie zit er nog in de wachtzaal?", ["wachtzaal"]),
    ("regen komt eraan, neem een jas", ["regen"]),
    ("stress is normaal voor de examens", ["stress", "examens"]),
    ("wifi zit weer plat in de bib", ["wifi", "bib"]),
    ("leiding komt straks", ["leiding"]),
    ("koffie staat klaar", ["koffie"]),
    # (2) a thing or a group as the parallel
    ("ik heb geen tijd en geld ook niet", ["geld"]),
    ("ik ben moe en de rest ook", ["rest"]),
    ("ik heb gn auto en mijn broer ook ni", ["broer"]),
    ("ik kom en de kapoenen ook", ["kapoenen"]),
    ("ik heb honger en dorst ook", ["dorst"]),
]


def _score() -> None:
    for how, run in (("text", run_text), ("report", run_section_report)):
        left = [i for i, (t, ns) in enumerate(PERSON) if names_left(t, ns, run)]
        parts = sum(len(names_left(t, ns, run)) for t, ns in PERSON)
        lost = [i for i, (t, ks) in enumerate(KEEP) if items_lost(t, ks, run)]
        print(f"{how:6}: cases with a name left {len(left)}/{len(PERSON)} {left}; name parts left {parts}/"
              f"{sum(len(ns) for _, ns in PERSON)}; look-alike cases losing an item {len(lost)}/{len(KEEP)} {lost}")


if __name__ == "__main__":
    _score()
