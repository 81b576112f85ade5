"""Session 22's exact speed changes (s22-speed): the same results as the code read whole."""

from __future__ import annotations

import random
import re

import pytest

from perskamer.plugins.anonymise import person_lists

#: invented names of many origins (none from the fixtures), words that are names, lower case,
#: capitals, titles, and the lower-case phrases a "met" frame mostly opens
_PIECES = ["Anouk", "Yusuf Demir", "Oksana Hrytsenko", "Li Wei", "Tjalling", "Storm", "Roos", "Merel", "Zeynep",
           "Mamadou Diallo", "Ilse Verhaegen", "van der Berghe", "Van Acker", "JORIS", "NIELS VAN DAMME", "Kapla",
           "Gent", "Lego", "KSA", "Chiro Noordhoek", "Studio Brussel", "Unicef", "dr. Vos", "dr Vos", "Dr.", "dr",
           "meester Koen", "juf Sanne", "mevr. Aerts", "m", "mme Dubois", "de leiding", "de groep", "een collega",
           "twee begeleiders", "onze vrijwilligers", "haar zus", "x", "achteraan", "vooraan Bram", "anouk", "yusuf",
           "élodie", "Élodie Lambert", "İlker", "ſara", "Ørjan", "d\u0301r Vos", "dr(x) Vos", "dr.x Vos",
           "de jeugddienst", "het jeugdhuis", "Bol.com", "VVSG", "(11)", "(moderator)", "a" * 250]
_JOINS = [", ", " en ", " & ", " and ", ",", " ", "  ", "\n", "; ", ". ", " - ", " – ", "! ", " | "]
_FRAMES = ["met ", "met  ", "met\t", "samen met ", "samen\nmet ", "Met ", "MET ", "we speelden met ", "en met ",
           "gesprek met ", "met: ", "Foto: ", "Aanwezig: ", "Op de foto: ", "gemaakt door ", ""]
_TAILS = ["", ".", " gespeeld.", " aan de toog", "\nDaarna met de groep.", " (11) en ", " en de rest", "!"]


def _texts(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        parts = [rnd.choice(["", "We gingen ", "Zaterdag speelden we ", "De leiding kwam ", "Ze zat "])]
        for _k in range(rnd.randint(1, 3)):
            parts.append(rnd.choice(_FRAMES))
            for j in range(rnd.randint(1, 4)):
                if j:
                    parts.append(rnd.choice(_JOINS))
                parts.append(rnd.choice(_PIECES))
            parts.append(rnd.choice(_TAILS))
        out.append("".join(parts))
    return out


def _read_whole(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple:
    with monkeypatch.context() as m:
        m.setattr(person_lists, "_WITH_EXITS", False)
        m.setattr(person_lists, "_LOWER_WORD_RE", re.compile(r"(?!)"))
        return person_lists.listed_people.__wrapped__(text)


def test_met_frames_left_early_list_what_the_whole_frame_lists(monkeypatch: pytest.MonkeyPatch) -> None:
    # session 22: a "met" frame is left as soon as it can list nobody (its first word lower case
    # and no title; an item no person's name) -- the same persons as the frame read whole
    texts = _texts(4000, 22)
    found = 0
    for text in texts:
        fast = person_lists.listed_people.__wrapped__(text)
        assert fast == _read_whole(text, monkeypatch), text
        found += bool(fast)
    assert found > 200  # (the random texts do hold lists)


def test_the_lower_word_shortcut_takes_only_what_the_loop_would_leave(monkeypatch: pytest.MonkeyPatch) -> None:
    # the shortcut alone (the loop's exits on): every text, and the frames it skips
    texts = _texts(3000, 7)
    skipped = 0
    for text in texts:
        fast = person_lists.listed_people.__wrapped__(text)
        with monkeypatch.context() as m:
            m.setattr(person_lists, "_LOWER_WORD_RE", re.compile(r"(?!)"))
            assert person_lists.listed_people.__wrapped__(text) == fast, text
        skipped += sum(1 for f in re.finditer(r"(?<=[a-z] )met (?=[a-z]+ )", text))
    assert skipped > 300


@pytest.mark.parametrize("text, names", [
    ("We speelden samen met Anouk, Yusuf Demir en Tjalling.", ["Anouk", "Yusuf Demir", "Tjalling"]),
    ("We speelden samen met anouk, Yusuf Demir en Tjalling.", []),
    ("Ze praatte met dr Vos en Tjalling.", ["Vos", "Tjalling"]),
    ("Ze praatte met meester Koen en juf Sanne.", ["Koen", "Sanne"]),
    ("Ze praatte met de leiding en Merel.", []),
    ("Ze praatte met Zeynep en de leiding.", []),
    ("Ze praatte met Mamadou Diallo.", []),
    ("we speelden met Oksana Hrytsenko en Ilse Verhaegen", ["Oksana Hrytsenko", "Ilse Verhaegen"]),
    ("we speelden met Anouk, Yusuf Demir en Mamadou Diallo", ["Anouk", "Yusuf Demir", "Mamadou Diallo"]),
])
def test_met_lists_of_persons_still_found(text: str, names: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    got = person_lists.listed_people.__wrapped__(text)
    assert got == _read_whole(text, monkeypatch)
    assert [n for _s, _e, n in got] == names
