"""Session 15, after the blind set S: "<Naam> van de/het <Organisatie>" in a speaker's credit -- the
article form of ``anonymise_s15_credit_cases`` (s15-keep, 14:30 UTC, written AFTER S was scored:
S lost three organisations in this shape, no informed set before it did). No rule is built for
it this session (it would be built from S alone); the KEEP cases are strict xfails that say
what a rule for session 16 must do, the PERSON cases what it must never do ("<Voornaam> van de
<Achternaam>": a Dutch surname with a lower-case particle). Names and organisations from
``anonymise_s15_credit_cases`` (word-scanned: none occurs in ``tests/``, ``bench/data/``,
``/work/shared/``).
"""

from __future__ import annotations

from anonymise_s15_credit_cases import _FIRST, _LAST, _ORGS, _PARTICLE_TAILS, _Q

#: organisations of two words or more after "de" (a service, a house with its article)
_TWO = [o for o in _ORGS if len(o.split()) >= 2 and o.split()[0] not in ("Chiro", "Scouts", "KSA", "KLJ", "VJBO")]

KEEP: list[tuple[str, str, list[str]]] = []
for _k, _o in enumerate(_TWO[:20]):
    _f, _l, _q = _FIRST[(_k + 2) % len(_FIRST)], _LAST[(_k + 5) % len(_LAST)], _Q[_k % len(_Q)]
    _line = (f"{_f} {_l} van de {_o}: “{_q}”" if _k % 2 else f"“{_q}” zei {_f} {_l} van de {_o}.")
    KEEP.append((_line, "Een namiddag over vrijwilligers.", [_o]))

PERSON: list[tuple[str, str, list[str], list[str]]] = []
for _k, _t in enumerate(_PARTICLE_TAILS + _PARTICLE_TAILS[:9]):
    _f, _q = _FIRST[(_k + 8) % len(_FIRST)], _Q[(_k + 3) % len(_Q)]
    _art = "de" if _k % 2 else "der"
    _line = f"{_f} van {_art} {_t}: “{_q}”" if _k < 11 else f"“{_q}” – {_f} van {_art} {_t}"
    PERSON.append((_line, "Een namiddag over vrijwilligers.", [_f, _t], []))
