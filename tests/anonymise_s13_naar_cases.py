"""Frozen cases of session 13 (s13-privacy): a person visited -- "naar <Achternaam>", "bij
<Achternaam>" -- and the places and organisations that stand in the same slot (issue 11).

Written as a CLASS on our own words before any rule for it (07:45-07:55 UTC), from the class
description in the session brief only: a surname after "naar" (a visit to a practice or a person)
is published when it is also a Dutch word, a place, or a word no list knows, with or without a
title or role before it; other verbs of a visit ("langsgaan bij", "op consultatie bij", "terecht
bij", "doorverwezen naar", "een afspraak bij"). Surnames of several origins (Flemish, Dutch,
Moroccan, Turkish, Polish, Romanian, Hungarian), titles in capitals and in lower case.

Every name and keep item was checked (whole word, case-insensitive) against ``tests/``,
``bench/data`` and ``/work/shared`` before the file was frozen: none occurs there.

``PERSON``: ``(text, name parts that must go)``; ``KEEP``: ``(text, items that must stay)``, both
run through a quote's text (``replace.anonymise_text``).
``PYTHONPATH=tests python tests/anonymise_s13_naar_cases.py`` prints the score.
"""

from __future__ import annotations

PERSON: list[tuple[str, list[str]]] = [
    # a title or profession before the name (capitalised, lower case)
    ("“Vorige week ging ik naar Kinesist Koster voor mijn enkel.”", ["Koster"]),
    ("“Mijn broer moest naar tandarts Dekker voor een controle.”", ["Dekker"]),
    ("“Na de val ging ik naar Dokter Kerkhof.”", ["Kerkhof"]),
    ("“We gingen met de papieren naar Notaris Van Limbourg.”", ["Limbourg"]),
    ("“Mijn mama nam me mee naar juf Ketel voor extra uitleg.”", ["Ketel"]),
    ("“Ik ging naar meester Hakker voor bijles.”", ["Hakker"]),
    ("“Ik moest naar coach Steenbakkers voor een gesprek.”", ["Steenbakkers"]),
    ("“Hij stuurde me naar Osteopaat Claus.”", ["Claus"]),
    ("“Ik ging naar Dokter Rutten.”", ["Rutten"]),
    ("“Voor mijn tanden ging ik naar Tandarts Kaster.”", ["Kaster"]),
    ("“Ik ging naar dierenarts Peters met onze hond.”", ["Peters"]),
    ("“Mijn trainer stuurde me naar Kinesitherapeut Broek.”", ["Broek"]),
    ("“We gingen met mijn oma naar Notaris Koç.”", ["Koç"]),
    ("“Voor mijn voeten moest ik naar pedicure Zielinski.”", ["Zielinski"]),
    # a role after the name, or a consultation in the sentence
    ("“Voor mijn rug ging ik naar Kuiper in de Dorpsweg.”", ["Kuiper"]),
    ("“Elke dinsdag ging ze naar Spruit, de logopediste.”", ["Spruit"]),
    ("“Toen ging ik naar Evers, mijn huisarts.”", ["Evers"]),
    ("“Mijn ouders stuurden me naar Konings voor bijles wiskunde.”", ["Konings"]),
    ("“Ik ben doorverwezen naar Haring, een kinesist in Melle.”", ["Haring"]),
    ("“Ik werd doorverwezen naar Bouchta, de kinesiste.”", ["Bouchta"]),
    ("“Ik ging naar Szczepaniak voor mijn tanden.”", ["Szczepaniak"]),
    ("“Na het ongeval moest ik naar Karaoğlan voor mijn nek.”", ["Karaoğlan"]),
    ("“Ik ging naar Lahlou, mijn tandarts.”", ["Lahlou"]),
    ("“Voor mijn knie ging ik naar Kramer.”", ["Kramer"]),
    ("“Ik moest naar Mater, de logopedist.”", ["Mater"]),
    ("“Ik ging naar Novak voor mijn rug.”", ["Novak"]),
    ("“Mijn zus ging naar Latour, haar psycholoog.”", ["Latour"]),
    ("“Elke week ging ik naar Mulder voor logopedie.”", ["Mulder"]),
    ("“We gingen naar Popa voor bijles Frans.”", ["Popa"]),
    # other verbs of a visit
    ("“Na school ging ik nog even langs bij Strijker voor mijn schouder.”", ["Strijker"]),
    ("“Ik had een afspraak bij Pastoors voor mijn knie.”", ["Pastoors"]),
    ("“Ik was op consultatie bij Dokter Engelen.”", ["Engelen"]),
    ("“Uiteindelijk kwam ik terecht bij Psycholoog Heinen.”", ["Heinen"]),
    ("“Ik kon terecht bij Dokter Horvath.”", ["Horvath"]),
]

KEEP: list[tuple[str, list[str]]] = [
    # a move, a trip, a stage, a school: places after "naar"
    ("“Vorige week ging ik naar Kruibeke voor mijn stage.”", ["Kruibeke"]),
    ("“Elke zomer trekken we naar Zutendaal op kamp.”", ["Zutendaal"]),
    ("“Toen ik tien was, verhuisden we naar Destelbergen.”", ["Destelbergen"]),
    ("“Voor de opleiding moest ik naar Wemmel.”", ["Wemmel"]),
    ("“Na de les fietsten we naar Zomergem.”", ["Zomergem"]),
    ("“Ze verhuisde met haar ouders naar Marrakech.”", ["Marrakech"]),
    ("“In de zomer gaan we naar Tetouan op vakantie.”", ["Tetouan"]),
    ("“We trokken met de jeugdbeweging naar Han-sur-Lesse.”", ["Han-sur-Lesse"]),
    ("“Mijn nonkel verhuisde naar Warschau voor zijn werk.”", ["Warschau"]),
    ("“Voor mijn stage moest ik naar Sint-Katelijne-Waver.”", ["Sint-Katelijne-Waver"]),
    ("“We fietsten met de klas naar Kluisbergen.”", ["Kluisbergen"]),
    ("“Ik ging naar Chimay voor een weekend.”", ["Chimay"]),
    ("“Ik ging naar Tournai op uitwisseling.”", ["Tournai"]),
    ("“Na het middelbaar ging ik naar Utrecht om te studeren.”", ["Utrecht"]),
    ("“We reden naar Keulen voor de kerstmarkt.”", ["Keulen"]),
    ("“We gingen naar Rijmenam op kamp.”", ["Rijmenam"]),
    ("“We gingen naar Pelt met de scouts.”", ["Pelt"]),
    ("“Ze vertrok naar Nairobi.”", ["Nairobi"]),
    ("“We gingen naar Ham voor de kermis.”", ["Ham"]),
    # a place where a consultation or a lesson is in the sentence
    ("“Voor een operatie moest ik naar het ziekenhuis in Wavre.”", ["Wavre"]),
    ("“Voor mijn knie ging ik naar de kinesist in Ingelmunster.”", ["Ingelmunster"]),
    ("“Voor mijn rug moest ik naar Zwolle.”", ["Zwolle"]),
    ("“Voor bijles ging ik naar Kraainem.”", ["Kraainem"]),
    ("“Voor bijles Frans ging ik naar Huy.”", ["Huy"]),
    # a practice named by its place
    ("“Ik ging naar Kinepraktijk Dentergem voor mijn knie.”", ["Dentergem"]),
    ("“Ik ging naar Tandartspraktijk Wielsbeke.”", ["Wielsbeke"]),
    # a place that is also a surname, with a move or a trip
    ("“Mijn broer verhuisde naar Rutten.”", ["Rutten"]),
    ("“Elke zomer gaan we naar Latour op kamp.”", ["Latour"]),
    ("“We verhuisden vorig jaar naar Kaster.”", ["Kaster"]),
    # an organisation or a shop after "naar"/"bij"
    ("“Met dat papier moest ik naar Helan.”", ["Helan"]),
    ("“Ik ging naar Multipharma voor mijn medicijnen.”", ["Multipharma"]),
    ("“Ik had een afspraak bij Partena voor mijn ziekenbriefje.”", ["Partena"]),
    ("“Voor mijn medicijnen ging ik naar Medi-Market.”", ["Medi-Market"]),
    ("“Ik ging naar Trafic voor een nieuwe bal.”", ["Trafic"]),
]


def _score() -> None:
    from perskamer.plugins.anonymise.replace import anonymise_text
    from perskamer.testing import word_in

    gone = sum(not word_in(n, anonymise_text(t)) for t, names in PERSON for n in names)
    total = sum(len(names) for _t, names in PERSON)
    kept = sum(word_in(k, anonymise_text(t)) for t, items in KEEP for k in items)
    items = sum(len(i) for _t, i in KEEP)
    print(f"names removed {gone}/{total}; look-alike items kept {kept}/{items}")
    for t, names in PERSON:
        out = anonymise_text(t)
        if any(word_in(n, out) for n in names):
            print("  LEFT", out)
    for t, its in KEEP:
        out = anonymise_text(t)
        if not all(word_in(k, out) for k in its):
            print("  LOST", out)


if __name__ == "__main__":
    _score()
