"""Session 24 (s24-t24fix, issue 11, severity 1): three shapes of the held-out set T24, with invented cases.

1. a list "<a>, <b> & <c>" (a duty line, in a newsletter's block quote or in plain text): when the list's
   other members are persons, the item after "&" is a person too, even when no list holds it and the
   pair "<b> & <c>" reads like an organisation's "X & Y";
2. a Vietnamese family name written first before a given name that is also a Dutch word
   ("<Họ> <Tên> (16) deed het"), after a quote whose attribution is the narrative that follows;
3. a text message quoted in the quotes answer that opens with a known person's name in lower case, a
   name that is also a Dutch word and on no first-name list ("<Naam> toonde ons een sms: “<naam> bel
   je me ...”"): the report is published, the name masked in every published file.

Written before the fixes (frozen in the branch's first commit). Every name, organisation and place is
invented or generic; none from tests/fixtures/, /work/shared/, bench/data/, bench/attack/ or another
engineer's set. Each shape is also built as a small workspace with ``perskamer build`` and every file of
``public/`` is checked.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from anoncases import marked
from anonymise_asserts import build_one_report, items_stay, names_go, public_text, survives

#: look-alikes that already fail on main 4c4e6a0, before this branch (strict xfail: not this branch's classes)
OPEN: dict[str, str] = {
    "Hé Linh, kom je ook?": "on main: the interjection before a given name is taken into the name (s24-late's OPEN too)",
    "Crêpe Minh was lekker.": "on main: a sentence-opening word before a given name is taken into the name",
}


# --- shape 1: the last item after "&" of a list of persons ---------------------------------------------
AMP_NAMES = [
    ("Bevers: Marthe, Quirijn & Aigul", ["Marthe", "Quirijn", "Aigul"]),
    ("Kapoenen: Lise, Wannes & Zhuldyz", ["Lise", "Wannes", "Zhuldyz"]),
    ("Toog: Fien, Yarne & Ainura", ["Fien", "Yarne", "Ainura"]),
    ("Vandaag koken Febe, Jorgen & Saltanat.", ["Febe", "Jorgen", "Saltanat"]),
    ("Met dank aan Hanne, Tuur & Meerim!", ["Hanne", "Tuur", "Meerim"]),
    ("Kassa: Roos, Brecht, Ilke & Nurzhan", ["Roos", "Brecht", "Ilke", "Nurzhan"]),
]

AMP_KEEP = [
    ("Leiding: Chiro & KSA", ["Chiro & KSA"]),
    ("Vervoer: De Lijn & co", ["De Lijn & co"]),
    ("Brood van Bakkerij Peeters & Zonen", ["Bakkerij Peeters & Zonen"]),
    ("Partners: Kind & Gezin", ["Kind & Gezin"]),
    ("Met Marthe, Quirijn & Kind & Gezin.", ["Kind & Gezin"]),
]


@pytest.mark.parametrize("text,names", AMP_NAMES)
def test_the_item_after_an_ampersand_in_a_list_of_persons_goes(text: str, names: list[str]) -> None:
    names_go(text, names)


@pytest.mark.parametrize("text,items", AMP_KEEP)
def test_ampersand_look_alikes_stay(text: str, items: list[str]) -> None:
    items_stay(text, items)


# --- shape 2: a Vietnamese family name first, before a given name that is a word -------------------------
VIET_NAMES = [
    ("Tô Tâm (16) deed het, in drie talen.", ["Tô", "Tâm"]),
    ("riep Wout. Lưu Tâm (15) nam de micro.", ["Lưu", "Tâm"]),
    ("Đoàn Tâm (14) las het voor.", ["Đoàn", "Tâm"]),
    ("Vương Tâm (17) stond op.", ["Vương", "Tâm"]),
]

VIET_KEEP = [
    ("Hé Linh, kom je ook?", ["Hé"]),
    ("Café Lan bleef open.", ["Café"]),
    ("Hôtel Lan was volzet.", ["Hôtel"]),
    ("Crêpe Minh was lekker.", ["Crêpe"]),
    ("Het Château Linh ligt aan de rivier.", ["Château"]),
]


@pytest.mark.parametrize("text,names", VIET_NAMES)
def test_a_vietnamese_family_name_before_a_given_name_goes(text: str, names: list[str]) -> None:
    names_go(text, names)


@pytest.mark.parametrize("text,items", marked(VIET_KEEP, OPEN))
def test_diacritic_look_alikes_stay(text: str, items: list[str]) -> None:
    items_stay(text, items)


# --- the three shapes in a built workspace ---------------------------------------------------------------
MD = """---
title: "{title}"
date: 2023-06-06
session: "Ronde 2 – zaal Eik"
reporter: "Verslaggever X1"
ambitions: [stem-van-kinderen-en-jongeren]
---

## Wat er is gebeurd in de sessie? Wat hebben jullie gedaan/gehoord/beleefd? Omschrijf in 5 a 10 zinnen

{summary}

## Interessante quote(s) uit de sessie

{quotes}

## Wat heeft jou verrast? Wat onthoud je?

Hoe serieus de jongeren het nemen.
"""

NEWSLETTER = dict(
    title="Een kampkrant die elke maand verschijnt",
    summary="Een jeugdbeweging maakt elke maand een krantje voor de ouders.",
    quotes="“Elke maand schrijven we alles zelf, tot de moppen toe,” zegt Wiebke Claessens (17).\n\n"
           "Uit het krantje van februari:\n\n"
           "> **DE UIL – maandblad van de jeugdbeweging**\n"
           ">\n"
           "> **Leiding van dienst op zaterdag 9 februari**\n"
           "> Bevers: Marthe, Quirijn & Aigul\n"
           "> Welpen: Lise en Wannes\n"
           "> Vervoer: De Lijn & co\n",
)
NEWSLETTER_NAMES = ["Marthe", "Quirijn", "Aigul", "Lise", "Wannes", "Wiebke", "Claessens"]
NEWSLETTER_KEEP = ["De Lijn"]

VIET = dict(
    title="Een jongerenraad in het stadhuis",
    summary="Jongeren vertelden hoe ze een voorstel in de gemeenteraad brachten.",
    quotes="“We wilden een pleintje met banken,” zegt Wout Meersschaert (16).\n\n"
           "“Tâm, jij moet het voorlezen, jij kan het best!” riep Wout. Tô Tâm (15) deed het, in twee talen.\n",
)
VIET_FORM_NAMES = ["Wout", "Meersschaert", "Tô", "Tâm"]

SMS = dict(
    title="Stage lopen bij de jeugddienst",
    summary="Jongeren liepen een zomer stage bij de jeugddienst en vertelden hoe dat ging.",
    quotes="“Ik mocht meteen mee op uitstap,” vertelt Berk Şahinoğlu (18).\n\n"
           "Berk toonde ons een sms van zijn papa: “berk bel je me als de bus vertrekt? xx”\n",
)
SMS_NAMES = ["Berk", "Şahinoğlu"]
SMS_KEEP = ["bel je me als de bus vertrekt"]


def _build(tmp_path: Path, name: str, form: dict) -> tuple[int, Path]:
    return build_one_report(tmp_path, f"{name}.md", MD.format(**form))



@pytest.mark.parametrize("name,form,names,keep", [
    ("kampkrant", NEWSLETTER, NEWSLETTER_NAMES, NEWSLETTER_KEEP),
    ("jongerenraad", VIET, VIET_FORM_NAMES, []),
    ("stage", SMS, SMS_NAMES, SMS_KEEP),
])
def test_the_report_is_published_without_a_name(tmp_path, name, form, names, keep) -> None:
    code, out = _build(tmp_path, name, form)
    assert code == 0
    data = out / "data" / f"{name}.json"
    assert data.exists(), "the report was withheld"
    text = public_text(out)
    for part in names:
        assert not survives(part, text), f"{part} published"
    body = data.read_text(encoding="utf-8")
    for item in keep:
        assert item in body, f"{item} lost"
