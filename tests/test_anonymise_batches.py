"""The frozen case batches of the keep side (sessions 5, 6 and 7, ``anonymise_s{5,6,7}_keep_cases``)
and of the person side (sessions 7, 8 and 9, ``anonymise_s{7,8,9}_recall_cases``).

Each batch was frozen before any rule of its session changed: things to keep and persons in the
same positions. The misses are strict xfails, and each fix removes its index (a strict xfail
that passes fails the run, so the lists can only shrink honestly). The batches stay separate
sets; only the runner is shared (it was five, then two identical test modules).
"""

from __future__ import annotations

import anonymise_s5_keep_cases as keep_s5
import anonymise_s6_keep_cases as keep_s6
import anonymise_s7_keep_cases as keep_s7
import anonymise_s7_recall_cases as recall_s7
import anonymise_s8_recall_cases as recall_s8
import anonymise_s9_recall_cases as recall_s9
import anonymise_s10_recall_cases as recall_s10
import pytest
from anoncases import left, lost, params

BATCHES = {"keep-s5": keep_s5, "keep-s6": keep_s6, "keep-s7": keep_s7, "recall-s7": recall_s7, "recall-s8": recall_s8,
           "recall-s9": recall_s9, "recall-s10": recall_s10}

# indices into each batch's KEEP / PERSON that still fail
KEEP_MISSES: dict[str, set[int]] = {
    # s5, at freeze time 14 keep misses; 51 kept since session 7 (keep_objects, the object of "zongen we")
    # {5} kept since session 10 (keep_chains)
    "keep-s5": {21, 31, 44, 45, 59},
    # s6, at freeze time 23 of 123; {0, 4, 17, 28, 54, 55, 72, 74} fixed by keep_verbs and the shapes of
    # session 6, {63} by keep_of; 75 and 77 kept since session 7 (keep_objects)
    # {3, 64} kept since session 10 (keep_chains); {90} (an app no list knows after "via") was kept by
    # keep_via for part of session 13, masked again since its run must carry thing evidence (privacy first)
    "keep-s6": {2, 7, 10, 34, 41, 67, 69, 71, 73, 90},
    # s7, at freeze time on main 36ef328 30 of 140; {78, 79, 81, 93, 99, 114, 128} fixed by keep_objects;
    # 72 was kept for a while and is a miss again: a person is imitated too, 'speelden X na'
    # {3, 16, 19} kept since session 10 (keep_chains), {26} since session 10 (keep_venues: a club's head and its town)
    # {122} ("was De Ambrassade:", an organisation "De <Naam>" no list holds) masked since session 25: s25-privacy's
    # rule 41 reads "De <Naam>" before a verb or colon as a particle surname (the person's reading wins, docs/decisions.md)
    "keep-s7": {1, 12, 15, 17, 35, 37, 63, 64, 71, 72, 73, 74, 75, 77, 83, 85, 86, 122, 129, 134},
    # s7: at freeze time, main 36ef328: 10 of 76 keep, 7 of 85 person cases; 10 of 117 name parts left, 14 of 127
    # keep items lost
    # {4} ("[18:10] fuif: ...") fails since the rule for time-stamped senders (session 7, chat_senders): a
    # word between a time stamp and a colon is read as who wrote the message, whatever the word
    # {17} kept since session 10 (keep_chains)
    "recall-s7": {4, 23, 28, 34, 38, 43, 45, 46, 54, 61},
    # s8: at freeze time, main c884eb4: 13 of 41 keep, 15 of 64 person cases; 15 of 69 name parts left, 14 of 47
    # keep items lost
    # {7..13, 18, 19} fixed by naming.py (a naming verb with a thing as subject keeps the name)
    "recall-s8": {22, 23, 27, 38},
    # s9: at freeze time, main db9d2c1: 6 of 30 keep, 3 of 38 person cases; 3 of 42 name parts left, 7 of 34 keep
    # items lost
    # {19} kept since session 10 (keep_chains)
    "recall-s9": {4, 14, 23, 28, 29},
    # s10: at freeze time, main f63c2e9: 5 of 44 keep, 16 of 57 person cases; 16 of 61 name parts left, 5 of 46 keep
    # items lost
    "recall-s10": {0, 3, 6, 10, 14},
}
PERSON_MISSES: dict[str, set[int]] = {
    "keep-s5": {6},  # at freeze time 4; 32 masked since session 6 (a first name opening a sentence before a verb)
    # at freeze time 3 of 50; {17} masked since session 13 (a profession noun in apposition: ", de buschauffeur")
    "keep-s6": {33, 44},
    # (26 masked since session 22: "droeg" is a finite verb, detect._IRREGULAR_FINITE)
    "keep-s7": {2, 33, 41},  # at freeze time 5 of 42; 10 masked since session 7 (a first name before "Van <place>")
    # s7: {65} fixed by the subject of a verb only a person does (person_relations, session 7), {83} when that word is a
    # name-word a calendar list keeps ("Winter"); {75} by a name coordinated with a listed first name, {76} by the
    # inverted subject of a verb of shouting before "dat" (person_word_evidence, session 15)
    "recall-s7": {29, 73, 79},
    # s8: {11, 12, 15, 25} fixed by the chat-line shapes (chat_lines.py), {32..44} by naming.py (with a person as
    # subject: a name whatever the word), {46, 49, 52} by person_things.py (a belonging or a call before "van"),
    # {57} by a place word as a pair subject beside a personal pronoun ("Ik en X gingen", coordination.py)
    "recall-s8": set(),
    "recall-s9": set(),  # {17, 23, 26} fixed by person_roles.py (session 9)
    # s10: at freeze time {3, 12, 24, 31, 39, 41, 42, 44, 45, 47, 48, 49, 50, 52, 53, 54}; {3, 12} fixed by a
    # profession noun as a title (person_roles.profession_noun), {24, 31} by a bare diminutive after "van",
    # {39..45} by who wrote a copied comment (person_roles.stamped_headers), {47..53} by an ALL-CAPS addressee
    # (detect._addresses_you), {54} by credits.py (a photo credit)
    "recall-s10": set(),
}


@pytest.mark.parametrize(
    ("text", "items"), [p for b, m in BATCHES.items() for p in params(m.KEEP, KEEP_MISSES[b], f"{b}-")]
)
def test_things_are_kept(text: str, items: list[str]) -> None:
    assert lost(text, items) == []


@pytest.mark.parametrize(
    ("text", "names", "items"),
    [p for b, m in BATCHES.items() for p in params(m.PERSON, PERSON_MISSES[b], f"{b}-")],
)
def test_persons_go(text: str, names: list[str], items: list[str]) -> None:
    assert left(text, names) == []
    assert lost(text, items) == []
