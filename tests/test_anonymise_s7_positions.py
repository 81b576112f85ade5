"""Session 7's person rules (issue 11), each on invented variants: other names, verbs and
positions than the set they were written for, and the same shapes holding things (kept).

* ``coordination``: the members of one list are of one kind ("Jan en Storm", "met Mia,
  Ruby en Bo"); a thing in the list, a long run of capitals or parallel phrases ("X van
  A en Y van B") leave it alone;
* ``chat_senders``: the sender of a time-stamped chat line, whatever the word; labels,
  frequent words and places at home are no sender; the guard's net for it;
* ``person_relations``: kin before "van" ("de ouders van X"), an apposition with a
  human noun ("X, een animator van zeventien"), also over a place abroad, and the
  subject of a verb only a person does ("onze X durft", "toen giechelde X");
* ``vocatives``: someone greeted or addressed ("Dag X,", "X, wacht even") and the
  Flemish possessive ("X zijn mama", "X haar slaapzak").
"""

from __future__ import annotations

import pytest
from anoncases import left, lost

from perskamer.plugins.anonymise.leftover import leftover_fragments

GONE = [
    # coordination: a person in the list makes the others persons
    ("Ik zag Jan en Storm samen spelen.", ["Storm"]),
    ("Gisteren belden Omar en Hazel nog.", ["Hazel"]),
    ("Met Mia, Ruby en Bo gingen we zwemmen.", ["Mia", "Ruby", "Bo"]),
    ("De taart kwam van Lotte of Roos, dat weet ik niet meer.", ["Lotte", "Roos"]),
    ("Ik heb Jan Peeters en Storm gezien.", ["Jan", "Peeters", "Storm"]),
    ("Daarna kwamen Ruby, Mirthe en Jelle binnen.", ["Ruby", "Mirthe", "Jelle"]),
    ("Zonder Amber of Jelmer was het saai.", ["Amber", "Jelmer"]),
    ("Met Hazel en Quinty hebben we gekookt.", ["Hazel", "Quinty"]),
    ("Morgen fietsen we met Yağmur en Blessing naar de zee.", ["Yağmur", "Blessing"]),
    # coordinated with a personal pronoun
    ("Stuur de foto's naar Lou-Ann of naar mij.", ["Lou-Ann"]),
    ("Daarna gingen Sky en ik naar huis.", ["Sky"]),
    ("Jij of Kesang mag beginnen.", ["Kesang"]),
    # chat senders after a time stamp, any case, any word
    ("[20:32] berk: wie heeft de ballen?", ["berk"]),
    ("[08:01] Storm: ik ben er bijna", ["Storm"]),
    ("21:15 - mees peeters: ok", ["mees", "peeters"]),
    ("(07:45) Vink: top", ["Vink"]),
    ("[12:00] kiwi: haha\n[12:01] bes: nee", ["kiwi", "bes"]),
    # kin before "van", also over a place abroad
    ("De ouders van Adana en Jules kwamen kijken.", ["Adana", "Jules"]),
    ("Een vriendin van Medina heeft het geregeld.", ["Medina"]),
    ("De mama van Lima bakte wafels.", ["Lima"]),
    # an apposition with a human noun
    ("Het spel kwam van Valencia, een leidster van negentien.", ["Valencia"]),
    ("We kregen hulp van Quito, onze vaste chauffeur.", ["Quito"]),
    ("Ik belde Sydney, een heel stille jongen uit de klas.", ["Sydney"]),
    # the subject of a verb only a person does
    ("Mijn Bloem lacht weer sinds het kamp.", ["Bloem"]),
    ("Toen giechelde Hazel de hele tijd.", ["Hazel"]),
    ("Ons Wolkje durfde eindelijk te springen.", ["Wolkje"]),
    ("Lima huilde toen de bus vertrok.", ["Lima"]),
    ("We zaten te bellen op de laptop van Xiuying.", ["Xiuying"]),
    ("De slaapzak van Storm was helemaal nat.", ["Storm"]),
    # name-words a calendar list keeps, where only a person stands
    ("Mijn Zomer huilde toen we vertrokken.", ["Zomer"]),
    ("De mama van April bracht soep.", ["April"]),
    ("Ik ben Lente en ik zit in het vijfde.", ["Lente"]),
    # vocatives and the Flemish possessive
    ("Dikke merci, Hope!", ["Hope"]),
    ("Dag Lima, tot morgen.", ["Lima"]),
    ("Ruby, wacht even op mij.", ["Ruby"]),
    ("Storm zijn mama was er ook.", ["Storm"]),
    ("Hazel haar slaapzak lag nog buiten.", ["Hazel"]),
    ("Ik ging met Sky zijn broer naar zee.", ["Sky"]),
]

KEPT = [
    # lists of things, and parallel phrases
    ("We kochten alles bij Delhaize en Lidl.", ["Delhaize", "Lidl"]),
    ("Ik speelde met Jan en Lego.", ["Lego"]),
    ("Ik speelde met Lego en Duplo.", ["Lego", "Duplo"]),
    ("Tussen Kortrijk en Roeselare ligt ons terrein.", ["Kortrijk", "Roeselare"]),
    ("Gent en ik, dat is een lang verhaal.", ["Gent"]),
    ("De wifi van Telenet viel uit.", ["Telenet"]),
    ("Ik kreeg een rugzak van Bever voor mijn verjaardag.", ["Bever"]),
    ("Dag Zomer, tot volgend jaar!", ["Zomer"]),
    ("Pasen lacht ons toe.", ["Pasen"]),
    ("Bij Awel en Tele-Onthaal kun je anoniem terecht.", ["Awel", "Tele-Onthaal"]),
    ("Samen met Awel en Tele-Onthaal maakten we een folder.", ["Awel", "Tele-Onthaal"]),
    ("Zoë Peeters van Awel en Kato Janssens van de Chiro gaven de sessie.", ["Awel", "Chiro"]),
    ("We werken samen met CKG De Kleine Prins en Kind en Gezin.", ["Kind", "Gezin"]),
    ("Ik werk bij Peeters en Zonen.", ["Zonen"]),
    ("We speelden tegen Genk en Lommel.", ["Genk", "Lommel"]),
    # time-stamped lines whose first word is a label, a frequent word or a place at home
    ("[20:32] update: de bus vertrekt later", ["update"]),
    ("[20:32] vraag: wie brengt de tent mee?", ["vraag"]),
    ("[20:32] Gent: iedereen welkom", ["Gent"]),
    ("[20:32] wie komt er morgen?", ["wie", "morgen"]),
    ("Om 20:32 vertrokken we: eindelijk", ["vertrokken"]),
    # "van" after a role or a place word, and appositions of things
    ("De burgemeester van Kortrijk kwam langs.", ["Kortrijk"]),
    ("De kinderen van Lima zongen een lied.", ["Lima"]),
    ("Ik woonde een jaar in Valencia, een stad in Spanje.", ["Valencia"]),
    ("Kortrijk, onze thuisstad, had alles geregeld.", ["Kortrijk"]),
    ("We gingen naar Quito, de hoofdstad van Ecuador.", ["Quito", "Ecuador"]),
    ("Storm legde alle tenten plat.", ["Storm"]),
    ("Sinds gisteren lacht Vlaanderen niet meer.", ["Vlaanderen"]),
    ("Ons Vlaanderen durft meer.", ["Vlaanderen"]),
    ("Hallo Vlaanderen!", ["Vlaanderen"]),
    ("Gent zijn stadhuis is mooi.", ["Gent"]),
    ("Storm zijn kracht was enorm.", ["Storm"]),
    ("Brussel, kom op!", ["Brussel"]),
]


@pytest.mark.parametrize(("text", "names"), GONE, ids=[str(i) for i in range(len(GONE))])
def test_person_positions_of_session_7(text: str, names: list[str]) -> None:
    assert left(text, names) == []


@pytest.mark.parametrize(("text", "items"), KEPT, ids=[str(i) for i in range(len(KEPT))])
def test_things_in_the_same_shapes_stay(text: str, items: list[str]) -> None:
    assert lost(text, items) == []


def test_the_guard_nets_a_sender_left_in_a_time_stamped_line() -> None:
    frags = leftover_fragments("[20:32] berk: wie heeft de ballen?\n[20:33] [persoon 1]: ik")
    assert [w for w, _ in frags] == ["berk"]
    assert leftover_fragments("[20:32] update: de bus\n[20:33] een deelnemer: ok\n[20:34] [persoon 2]: ok") == ()


def test_the_guard_nets_a_listed_first_name_left_where_only_a_person_stands() -> None:
    # (first names and name-words that a list also keeps as a month or a season: the sentence decides)
    assert [w for w, _ in leftover_fragments("Ik ging met [persoon 1] en Winter naar zee.")] == ["winter"]
    assert [w for w, _ in leftover_fragments("De ouders van April brachten taart.")] == ["april"]
    assert [w for w, _ in leftover_fragments("Mei of [persoon 2] haalt de sleutel.")] == ["mei"]
    # not a place at home (Axel, Lamine, Breda), a frequent word, or any word outside those positions
    assert leftover_fragments("Tussen [persoon 1] en Breda ligt de grens.") == ()
    assert leftover_fragments("De ouders van Lamine en Axel of [persoon 2] kwamen.") == ()
    assert leftover_fragments("In april gingen [persoon 1] en ik naar Winter.") == ()
    assert leftover_fragments("De burgemeester van April kwam.") == ()
