"""Session 19's folds: the titles of the export reader and the anonymiser in one core list, and the
particle sets of detect, keep_typed and person_visits in ``particles.py`` -- each exactly as it was.

The literal sets below are the sets as they stood at the start of session 19 (1f2608d): a fold
changes no output, so a change to any of them is a rule change and fails here first.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from perskamer import honorifics
from perskamer.form import export_lines
from perskamer.plugins.anonymise import (
    detect,
    keep_typed,
    particles,
    person_honorifics,
    person_visits,
    person_word_slots,
)

ROOT = Path(__file__).resolve().parents[1]

_BEFORE = {
    "SPAN_PARTICLES": {"van", "de", "den", "der", "des", "du", "le", "la", "di", "da", "del", "della", "te", "ten", "ter",
                       "'t", "op", "in", "uit", "vande", "vanden", "vander", "ver", "el", "al", "ben", "bin", "ibn",
                       "abou", "abu", "ait", "bou", "von", "zu", "mc", "mac", "o", "dos", "das"},
    "OPENING_PARTICLES": {"van", "vande", "vanden", "vander", "de", "den", "der", "ter", "ten", "te", "op", "el", "al",
                          "ben", "bou", "ait", "du", "le", "la", "von"},
    "VAN_PARTICLES": {"van", "vande", "vanden", "vander", "ver"},
    "CREDIT_PARTICLES": {"de", "den", "der", "van", "vande", "vanden", "vander", "ter", "ten", "le", "la", "'t"},
    "LOWER_BETWEEN_PARTICLES": {"van", "de", "den", "der", "ter", "ten", "te", "vande", "vanden", "vander", "du", "da",
                                "di", "del", "della", "dos", "das", "von", "le", "la"},
    "TYPED_RUN_PARTICLES": {"de", "den", "ter", "ten", "le", "la", "el", "am", "im"},
    "TYPED_SURNAME_PARTICLES": {"van", "vande", "vanden", "vander", "von", "der", "du", "di", "da", "del", "della", "dos",
                                "das", "al", "mac", "mc", "o", "d", "l", "ben", "bin", "ibn", "abu", "op", "in", "t",
                                "vd"},
    "VISIT_PARTICLES": {"van", "vande", "vanden", "vander", "ver", "de", "den", "der", "ter", "ten", "le", "la", "el",
                        "al", "ben", "du", "di", "da", "von"},
}


@pytest.mark.parametrize("name", sorted(_BEFORE))
def test_each_particle_set_is_exactly_what_it_was(name):
    assert getattr(particles, name) == frozenset(_BEFORE[name])


def test_fused_prefixes_keep_their_words():
    assert set(particles.FUSED_PREFIXES) == {"van", "ver", "de", "ter", "ten", "op", "in", "uit", "el", "al"}
    assert isinstance(particles.FUSED_PREFIXES, tuple)  # (str.startswith takes a tuple only)


def test_the_rules_read_the_one_module():
    assert detect.PARTICLES is particles.SPAN_PARTICLES
    assert person_visits.VISIT_PARTICLES is particles.VISIT_PARTICLES
    assert person_word_slots._STRONG_PARTICLES is particles.VAN_PARTICLES
    for module in (detect, keep_typed, person_visits):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) and getattr(node.value.func, "id", "") == "frozenset":
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
                assert not any("PARTICLE" in n and n != "_VERB_PARTICLES" for n in names), (module.__name__, names)  # (verb particles are no surname's)


def test_titles_are_one_core_list_read_by_both():
    assert person_honorifics.HONORIFICS is honorifics.HONORIFICS
    assert honorifics.HONORIFICS == honorifics.SHARED | honorifics.ADDRESS_ONLY
    assert honorifics.LABEL_TITLES == honorifics.SHARED | honorifics.LABEL_ONLY
    assert not honorifics.ADDRESS_ONLY & honorifics.LABEL_ONLY
    # the core never imports a plugin
    assert "plugins" not in (ROOT / "core" / "honorifics.py").read_text(encoding="utf-8").split('"""', 2)[2]


@pytest.mark.parametrize(("label", "author"), [
    ("Dr. Ilse Varendonck", "Ilse Varendonck"), ("prof Tomas Wielemans", "Tomas Wielemans"),
    ("Ir. Bavo Kerkstraeten", "Bavo Kerkstraeten"), ("M. Achille Poncelet", "Achille Poncelet"),
    ("drs. Femke Lauwerys (jurylid)", "Femke Lauwerys"), ("Mevrouw Odile Strubbe", "Odile Strubbe"),
    # the address forms only the anonymiser knows stay in the label (as before the fold)
    ("Monsieur Achille Poncelet", "Monsieur Achille Poncelet"), ("Zuster Veerle Bockstal", "Zuster Veerle Bockstal"),
    # a title needs its space and a word after it
    ("Drukker Bram", "Drukker Bram"), ("Mw.Sanne", "Mw.Sanne"),
])
def test_reply_labels_lose_the_label_titles_only(label, author):
    parts = export_lines.reply_parts(f"↳ {label}: dat was een goeie sessie")
    assert parts is not None and parts[1] == author


def test_alternation_puts_a_longer_title_first():
    alt = honorifics.alternation(frozenset({"m", "mme", "mr"})).split("|")
    assert alt.index("mme") < alt.index("m") and alt.index("mr") < alt.index("m")
