"""Session 21 (s21-review): the cost of odd, long input on session 21's new rules grows linearly.

Each shape is anonymised (``anonymise_text``, pure Python) at n and 2n items, alternating, in one
process; the CPU time (``process_time``) ratio 2n/n is printed per shape (about 2 is linear; 4
would be quadratic). Shapes: a rota under a header (person_slot_lists), a ranking, "SURNAME
First" lines, a list of bodies under "Met dank aan", vocatives, "ff <naam> appen" chat lines,
German sentences with "bei" (keep_abroad, keep_german), bracketed groups (keep_brackets), and a
Dutch text with German words. Names are made of syllables (invented).

``PERSKAMER_NATIVE=0 python bench/bench_s21_odd.py [--n 1000] [--rounds 3]``
"""

from __future__ import annotations

import argparse
import time

from perskamer.plugins.anonymise.replace import anonymise_text

_SYL = ["ka", "ro", "mi", "te", "lu", "vo", "si", "na", "de", "bu"]
_DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def _name(i: int) -> str:
    return (_SYL[i % 10] + _SYL[i // 10 % 10] + _SYL[i // 100 % 10] + "x" + _SYL[i // 1000 % 10]).capitalize()


SHAPES = {
    "rota": lambda n: "Kookbeurten:\n" + "\n".join(f"{_DAYS[i % 7]}: {_name(i)}" for i in range(n)),
    "ranking": lambda n: "Eindstand:\n" + "\n".join(f"{i + 1}. {_name(i)} {_name(i + 7)} {n - i} ptn" for i in range(n)),
    "surname-first": lambda n: "Inschrijvingen\n" + "\n".join(f"{_name(i).upper()} {_name(i + 3)}" for i in range(n)),
    "thanks-bodies": lambda n: "Met dank aan: " + ", ".join(f"Jeugdhuis {_name(i)}" for i in range(n)) + ".",
    "vocatives": lambda n: " ".join(f"{_name(i)}, kun jij dat doen?" for i in range(n)),
    "chat": lambda n: "\n".join(f"ik moet ff {_name(i).lower()} appen" for i in range(n)),
    "german-bei": lambda n: " ".join(f"Ich arbeite bei {_name(i)} und wir sind im {_name(i + 1)}haus." for i in range(n)),
    "brackets": lambda n: " ".join(f"De jeugdgroep ({_name(i)}) kwam." for i in range(n)),
    "dutch-with-german": lambda n: " ".join(f"Wir hebben een Kindergarten in {_name(i)}, und das is nicht erg." for i in range(n)),
    "empty-headers": lambda n: "\n".join("Met dank aan:\nKookbeurten:\nV.l.n.r.:" for _ in range(n)),
}


def _cpu(text: str) -> float:
    t = time.process_time()
    anonymise_text(text)
    return time.process_time() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    anonymise_text("Een zin om de lijsten te lezen.")
    for shape, make in SHAPES.items():
        small, big = make(args.n), make(2 * args.n)
        ratios = []
        for _ in range(args.rounds):
            a = _cpu(small)
            b = _cpu(big)
            ratios.append(b / a if a > 0 else float("nan"))
        ratios.sort()
        print(f"{shape:18} n={args.n}: 2n/n CPU ratio median {ratios[len(ratios) // 2]:.2f} "
              f"(rounds {', '.join(f'{r:.2f}' for r in ratios)}); {len(small)} -> {len(big)} chars")


if __name__ == "__main__":
    main()
