"""Hostile text cannot stall the anonymiser: every stage is linear (or bounded) in the
size of the text.

Each case runs in a subprocess limited to 20 s of CPU time (``RLIMIT_CPU``: a loaded
machine cannot make it fail, as a wall-clock timeout did at load 16), with a wall-clock
timeout of 300 s only against a hang. That is a safety net, not a speed assertion (speed is measured in bench/bench_anonymise.py): before the fix, the
100 kB quote "Jan (" x 20 000 took 30-45 s (a scan of every span and every word per
name), "Chiro " x 20 000 about a minute (each organisation cue re-read every following
word) and a long chat log re-split the whole text for every line.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

resource = pytest.importorskip("resource", reason="RLIMIT_CPU needs a POSIX system")

ROOT = Path(__file__).resolve().parents[1]

WORKER = """
import json, sys
from perskamer.model import Quote, Report
from perskamer.plugins.anonymise.anonymiser import anonymise_report
pattern, size = json.loads(sys.argv[1])
text = (pattern * (size // len(pattern) + 1))[:size]
r = Report(source="x", slug="x", format="md", sections={"quotes": text}, quotes=[Quote(text, None)])
anonymise_report(r)
print(json.dumps({"quote": r.quotes[0].text, "section": r.sections["quotes"]}))
"""

CASES = [
    ("Jan (", "Jan"),  # one name per 5 characters, each with a bracket cue
    ("Chiro ", None),  # organisation cue words back to back
    ("Jan: hoi\n", "Jan"),  # a 11 000-line chat log
    ("a@b.be 0470 12 34 56 ", "0470"),  # thousands of contact details
    ("Van ", None),
    ("lotte_x_1 ", "lotte"),  # thousands of account names written without a platform
    # session 4: contacts in more shapes (s4-anonkeep), long words and chat groups (s4-recall)
    ("nul vier zeven twee tegen ", None),  # number words, never long enough for a phone
    ("volg lotte_x op insta ", "lotte"),  # handles named with their platform
    ("insta is mirtevdb, ", "mirtevdb"),
    ("rob#1234 ", "rob#"),  # Discord tags
    ("a (a) b . ", None),  # "(a)" everywhere, no domain
    ("(0470) 12 ", None),
    ("Sporthal", None),  # one 100 kB capitalised word: every split of it was tried (7-10 s)
    ("> [groep] daan: hoi ik kom met oyelaran\n", "oyelaran"),  # chat lines after a group name
    # session 5 (s5-keep): things recognised by their context (keep_context.py)
    ("we speelden Rocket League ", None),  # a game after "spelen", English title runs
    ("Fortnite Minecraft gespeeld ", None),  # objects before the participle
    ("Op Ketnet zag ik ", None),  # "Op X" opening sentences
    ("Kalinka Collective ", None),  # English tail nouns
    # session 5 (s5-recall): digit words, chat links, clause openers in chat
    ("vier zeven nul negen acht een en ", None),  # runs of digit words, each too short for a phone
    ("wa.me/32470 t.me/x ", "32470"),  # chat links
    ("als tjorven de ", "tjorven"),  # a lower-case name after a clause opener, again and again
    ("Jonas Tata heeft. ", None),  # a first name and a capitalised word opening sentences
    # session 7 (s7-recall): lists of names, time-stamped senders, kin and appositions
    ("Jan, Mia, Storm en ", "Storm"),  # one list of 20 000 members
    ("[20:32] berk: hoi\n", "berk"),  # 5 500 time-stamped chat lines
    ("de ouders van Adana, een animator en ", "Adana"),
    # session 8 (s8-recall): chat shapes, naming verbs, kin pairs, clause subjects
    ("- storm (14:05): hoi\n", "storm"),  # 4 000 sender-first chat lines
    ("[wo 14:05] su-min mama: krijt\n", "su-min"),
    ("Yannick — vandaag om 14:05\nhoi\n", "Yannick"),  # Discord headers
    ("Mijn broer heet Turbo en de app heet Klets. ", "Turbo"),  # naming verbs back to back
    ("de brooddoos van Wiebren en van mijn tante Ilse ", "Wiebren"),
    ("Mijn zus en Ocean gingen. ", "Ocean"),
    ("Toen Breeze viel, lachten we. ", "Breeze"),
    ("vooral aan vink en tijs, ", "tijs"),
    # session 13: the visit and employer slots (person_visits, person_lone_surname) in a text
    # without a sentence end read the whole text for every slot: 2.4 s of CPU for 100 kB
    ("naar Wouters, ", "Wouters"),
    ("werk bij Goossens ", "Goossens"),
    ("naar Wouters voor mijn knie, ", "Wouters"),
    # session 14: personal identifiers (identifiers.py), back to back and half-formed
    ("ik woon in de Kerkstraat 12, ", "Kerkstraat"),  # addresses, each with its window of cues
    ("BE14 0631 2345 6783 ", "0631"),  # bank accounts
    ("BE14 0631 2345 ", None),  # an account's start, never long enough
    ("85.07.30-033.28 ", "033.28"),  # national numbers
    ("geboren op 12/03/2009 ", "12/03/2009"),  # dates of birth after their cue
    ("nummerplaat 1-ABC-123 AB-12-CD ", "1-ABC-123"),  # plates after their cue
    ("de Oude Grote Baan 3 en ", "Baan 3"),  # street words joined before a number
    # session 14 (s14-initial): a first name that is also a word, opening a sentence before a
    # person's apposition or predicate (person_openers): asides, ages, clauses read a bounded stretch
    ("Merel (animator) legde het spel uit. ", "Merel"),
    ("Merel, 15 jaar, ", "Merel"),
    ("Merel stak als eerste haar hand op. ", "Merel"),
    # session 22 (s22-names): person slots, vocatives, conversations, citations, inline ranks (person_slot_pairs)
    ("Linde, waar ligt de hamer, ", None),  # vocatives without a sentence end: a bounded read of each
    ("zeg tegen linde bakker en ", "bakker"),  # a lower-case slot on one long line: the line read in a window
    ("Mei: hoi\nOlek: ja\n", "Olek"),  # a conversation of 11 000 label lines: the labels folded once
    ("(Wilg & Dauwsma, 2018) Wilg Dauwsma ", "Dauwsma"),  # citations back to back, a bounded walk back
    ("1) Jan 3) ", None),  # ranks 1 without a 2 on one long line: the inline rank read in a window
    # session 26 (s26-dutchword): two Dutch words as a name, a diminutive as a nickname (person_word_pairs)
    ("Hallo Knol Zeef! ", "Zeef"),  # pairs on one long line: its heading test and its line's ends read in a window
    ("Zomer Kamp Grote Markt Knol Zeef Zit ", None),  # a title-case line of 100 kB: no heading, bounded
    ("Snoepke had heimwee, ", "Snoepke"),  # nicknames back to back
]


CPU_LIMIT = 20


def _limit_cpu() -> None:
    """In the child: SIGXCPU after CPU_LIMIT seconds of CPU, however busy the machine is."""
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_LIMIT, CPU_LIMIT + 5))


@pytest.mark.parametrize("pattern,name", CASES, ids=[c[0].strip() or "x" for c in CASES])
def test_100_kb_of_hostile_text_is_anonymised_without_stalling(pattern: str, name: str | None) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run(
        [sys.executable, "-c", WORKER, json.dumps([pattern, 100_000])],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        preexec_fn=_limit_cpu,
    )
    assert proc.returncode != -signal.SIGXCPU, f"{pattern!r} x 100 kB used more than {CPU_LIMIT} s of CPU"
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = json.loads(proc.stdout)
    for text in (out["quote"], out["section"]):
        assert len(text) > 50_000  # the text is still there, anonymised, not dropped
        if name:
            assert name not in text
