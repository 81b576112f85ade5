"""Session 26 (s26-dutchword, issue 11, severity 1): person names whose parts are ordinary Dutch
words, and Flemish diminutive nicknames, in a person's slot -- against the look-alikes that must
stay: two capitalised Dutch words that are an organisation, a place, a title, a slogan, a greeting
or a sentence's start, and ordinary diminutive nouns. A FROZEN batch.

Written by s26-dutchword on 7 December 2026, 22:14-22:16 UTC (by `date`), BEFORE reading any rule
of plugins/anonymise/ and before reading bench/attack/ (only the brief, the prompt and the helpers
of earlier batches were read). Every name is put together for the frame from Dutch words that are
also first names (flowers, trees, birds, seasons, virtues, short Dutch words) and Dutch nouns as
surnames (trades, animals, colours, tools, things); the nicknames are Flemish diminutives of common
first names; the organisations, places, titles and slogans are invented or general knowledge. No
name, organisation or phrase is copied from tests/fixtures/, /work/shared/, bench/data/ or
bench/attack/.

Classes of ``PERSON``: (1) the subject of a speech or person verb; (2) after a preposition or a
person verb ("met X", "volgens X", "X gebeld"); (3) a vocative, a greeting, a sign-off or a credit;
(4) a list of participants beside other names, "X en Y"; (5) a Flemish diminutive nickname in a
person's slot.
Classes of ``KEEP``: (1) an organisation, venue or team of two capitalised Dutch words (often with
an article); (2) a place, a river, a street or a region; (3) a title, a slogan, a campaign, a song
or a holiday; (4) a greeting or a sentence's start in title case; (5) an ordinary diminutive noun,
or a group's name that is a diminutive.

``PERSON``: ``(text, name parts that must go)``; ``KEEP``: ``(text, items that must stay)``. The
text path runs ``anonymise_text`` on each text, the report path ``anonymise_report`` on a report
with it as quotes section; the cases in ``BUILD`` / ``BUILD_KEEP`` also go through a real
``perskamer build``. Names are compared case-insensitively as whole words, items case-sensitively
and by count.
``PYTHONPATH=tests python tests/anonymise_s26_dutchword_cases.py [--show] [--no-build]``.
"""

from __future__ import annotations

import anonbatch
from anonymise_s16_layout_line_cases import items_lost, names_left, run_section_report, run_text  # noqa: F401 (the tests import them from here)

PERSON: list[tuple[str, list[str]]] = [
    # (1) the subject of a speech or person verb -- 18
    ("“Linde Kuiper vertelde hoe het kamp begon.”", ["Linde", "Kuiper"]),
    ("“Gisteren zei Hazel Mol nog dat we moesten blijven.”", ["Hazel", "Mol"]),
    ("“Zomer Wever heeft de spelen voorbereid.”", ["Zomer", "Wever"]),
    ("“Toen legde Vink Hamer uit hoe de groepen werken.”", ["Vink", "Hamer"]),
    ("“Vrede Slager vond dat we te weinig pauze hadden.”", ["Vrede", "Slager"]),
    ("“Na de lunch vroeg Wilg Kroon wie er wilde helpen.”", ["Wilg", "Kroon"]),
    ("“Daarna antwoordde Bloem Herder dat het geld op was.”", ["Bloem", "Herder"]),
    ("“Juni Zwaan is al tien jaar vrijwilliger bij ons.”", ["Juni", "Zwaan"]),
    ("“Maan Visser lachte en ging weer zitten.”", ["Maan", "Visser"]),
    ("“Eerst sprak Klaver Molenaar, daarna de burgemeester.”", ["Klaver", "Molenaar"]),
    ("“Storm Kraai schreef het hele draaiboek.”", ["Storm", "Kraai"]),
    ("“Pier Schilder heeft de muren geverfd.”", ["Pier", "Schilder"]),
    ("“Roos Zilver stelde een nieuwe werking voor.”", ["Roos", "Zilver"]),
    ("“Zon Metselaar knikte en zei niets meer.”", ["Zon", "Metselaar"]),
    ("“Trouw Bakker wist waar de sleutel lag.”", ["Trouw", "Bakker"]),
    ("“In de vergadering vond Lief Ketting het een goed idee.”", ["Lief", "Ketting"]),
    ("“Hei Kievit kookte voor zestig man.”", ["Hei", "Kievit"]),
    ("“Op zondag belde Els Spijker alle ouders op.”", ["Els", "Spijker"]),
    # (2) after a preposition or a person verb -- 16
    ("“Volgens Lente Wagenaar moet de fuif later stoppen.”", ["Lente", "Wagenaar"]),
    ("“Ik heb lang gepraat met Iris Bruin over haar stage.”", ["Iris", "Bruin"]),
    ("“Samen met Dag Schipper maakten we de planning.”", ["Dag", "Schipper"]),
    ("“We hebben Wolf Haring gebeld, hij komt vrijdag.”", ["Wolf", "Haring"]),
    ("“Ik vroeg aan Merel Distel of ze wilde koken.”", ["Merel", "Distel"]),
    ("“De taart was van Hoop Kramer, die was heerlijk.”", ["Hoop", "Kramer"]),
    ("“Dankzij Beer Ruiter hadden we een bus.”", ["Beer", "Ruiter"]),
    ("“Iedereen luisterde naar Mees Brouwer toen hij over zijn reis vertelde.”", ["Mees", "Brouwer"]),
    ("“Ik zag Bas Zadelmaker aan de bar staan.”", ["Bas", "Zadelmaker"]),
    ("“De fietsen zijn geregeld door Lot Snoek.”", ["Lot", "Snoek"]),
    ("“Wie kent Fleur Jager nog van vorig jaar?”", ["Fleur", "Jager"]),
    ("“Ik mis Wil Koster echt, ze was de beste leidster.”", ["Wil", "Koster"]),
    ("“Vraag het maar aan Job Reiger, die weet alles.”", ["Job", "Reiger"]),
    ("“Het idee kwam van Rein Spiegel, niet van mij.”", ["Rein", "Spiegel"]),
    ("“We kregen hulp van Mark Beitel en zijn broer.”", ["Mark", "Beitel"]),
    ("“Ik heb Lies Paars gisteren nog gezien op het kamp.”", ["Lies", "Paars"]),
    # (3) a vocative, a greeting, a sign-off or a credit -- 14
    ("“Dank je wel, Roos Wachter, voor alle soep!”", ["Roos", "Wachter"]),
    ("“Proficiat Lente Smid, je hebt het verdiend.”", ["Lente", "Smid"]),
    ("“Hoi Storm Boter, kom je morgen ook?”", ["Storm", "Boter"]),
    ("“Bedankt Merel Knoop en tot volgend jaar!”", ["Merel", "Knoop"]),
    ("“We gaan je missen, Linde Peer.”", ["Linde", "Peer"]),
    ("“Het was een topweekend!\nGroetjes,\nZomer Kikker”", ["Zomer", "Kikker"]),
    ("“Tot zaterdag!\nLiefs, Juni Brood”", ["Juni", "Brood"]),
    ("“De zaal was te klein voor zoveel volk.” – Bloem Zaag", ["Bloem", "Zaag"]),
    ("“We willen meer geld voor het jeugdwerk.” (Wolf Draad, 19)", ["Wolf", "Draad"]),
    ("“Iedereen mag meedoen, ook wie geen lid is.” — Hoop Ridder, leidster", ["Hoop", "Ridder"]),
    ("“Veel succes aan onze nieuwe voorzitter, Iris Koning!”", ["Iris", "Koning"]),
    ("“Lieve Fleur Mantel, bedankt voor je geduld.”", ["Fleur", "Mantel"]),
    ("“Dikke merci, Beer Lepel!”", ["Beer", "Lepel"]),
    ("“Vrede Kaars: ik vond het een mooie dag.”", ["Vrede", "Kaars"]),
    # (4) a list of participants beside other names, "X en Y" -- 12
    ("“Aanwezig: Roos Schaap, Sander Verhoeven en Wilg Kers.”", ["Roos", "Schaap", "Wilg", "Kers"]),
    ("“Merel Vos en Dag Pruim deden de afwas.”", ["Merel", "Vos", "Dag", "Pruim"]),
    ("“Met Linde Berg en Hazel Toren reden we naar zee.”", ["Linde", "Berg", "Hazel", "Toren"]),
    ("“In de jury zaten Lente Veld, Kobe Janssens en Lies Riem.”", ["Lente", "Veld", "Lies", "Riem"]),
    ("“Zomer Uil, Mees Hoed en ik waren de laatsten.”", ["Zomer", "Uil", "Mees", "Hoed"]),
    ("“De leiding: Storm Baars, Iris Akker, Wout Peeters.”", ["Storm", "Baars", "Iris", "Akker"]),
    ("“Ik en Bloem Stier hebben de tenten opgezet.”", ["Bloem", "Stier"]),
    ("“Zowel Lot Kaas als Ruben De Smet waren er.”", ["Lot", "Kaas"]),
    ("“Hoop Valk, Juni Klok en Fatima El Idrissi gaven de workshop.”", ["Hoop", "Valk", "Juni", "Klok"]),
    ("“Onze kookploeg: Vink Boer en Maan Mus.”", ["Vink", "Boer", "Maan", "Mus"]),
    ("“Wolf Groen, Lief Das en Pier Grijs kwamen te laat.”", ["Wolf", "Groen", "Lief", "Das", "Pier", "Grijs"]),
    ("“Gisteren speelden Beer Vork en Fleur Appel het spel voor.”", ["Beer", "Vork", "Fleur", "Appel"]),
    # (5) a Flemish diminutive nickname in a person's slot -- 14
    ("“Ons Jefke heeft de frieten gebakken.”", ["Jefke"]),
    ("“Dank je, Fonske, voor het vervoer!”", ["Fonske"]),
    ("“Tuurke en Lowieke deden de afwas.”", ["Tuurke", "Lowieke"]),
    ("“Volgens Stanske was het veel te koud.”", ["Stanske"]),
    ("“Ik heb met Nelleke en Bartje gepraat.”", ["Nelleke", "Bartje"]),
    ("“Roosje zei dat ze volgend jaar terugkomt.”", ["Roosje"]),
    ("“Groetjes van Warreke!”", ["Warreke"]),
    ("“Liske vertelde over haar eerste kamp.”", ["Liske"]),
    ("“Miekske en Rikske zorgden voor de muziek.”", ["Miekske", "Rikske"]),
    ("“We zagen Lotteke pas om middernacht.”", ["Lotteke"]),
    ("“Merci Dieske, je bent een schat.”", ["Dieske"]),
    ("“Nandje bracht de sleutels terug.”", ["Nandje"]),
    ("“Dat was het idee van Tilleke.”", ["Tilleke"]),
    ("“Jossie en Mattie hebben alles opgeruimd.”", ["Jossie", "Mattie"]),
]

KEEP: list[tuple[str, list[str]]] = [
    # (1) an organisation, venue or team of two capitalised Dutch words -- 18
    ("“We dronken iets in het Witte Paard na de vergadering.”", ["Witte", "Paard"]),
    ("“De Blauwe Vogel organiseert elke vrijdag een fuif.”", ["Blauwe", "Vogel"]),
    ("“We speelden tegen de Rode Ridders en verloren.”", ["Rode", "Ridders"]),
    ("“Het eten kwam van De Gele Tulp in het dorp.”", ["Gele", "Tulp"]),
    ("“De Zilveren Vos is een prijs voor vrijwilligers.”", ["Zilveren", "Vos"]),
    ("“De Groene Vallei is een camping aan de rivier.”", ["Groene", "Vallei"]),
    ("“Het jeugdhuis De Oude Molen zoekt nieuwe leiding.”", ["Oude", "Molen"]),
    ("“Volgens De Bonte Koe is de zaal volgeboekt.”", ["Bonte", "Koe"]),
    ("“Met De Jonge Honden speelden we een toneel.”", ["Jonge", "Honden"]),
    ("“We logeerden in De Stille Beek, een groot kamphuis.”", ["Stille", "Beek"]),
    ("“De Vrolijke Kikkers zijn onze jongste groep.”", ["Vrolijke", "Kikkers"]),
    ("“Het Gouden Hert zei dat de keuken dicht was.”", ["Gouden", "Hert"]),
    ("“Ik werk bij de Groene Brug, een sociale kringwinkel.”", ["Groene", "Brug"]),
    ("“De Zwarte Kat vertelde dat ze geen bandjes meer boeken.”", ["Zwarte", "Kat"]),
    ("“Samen met De Rode Haan maakten we de affiches.”", ["Rode", "Haan"]),
    ("“Café De Hoge Toren was het enige dat open was.”", ["Hoge", "Toren"]),
    ("“De Linde Kring vergadert elke maand.”", ["Linde", "Kring"]),
    ("“De Merel Zaal in het cultuurcentrum was te klein.”", ["Merel", "Zaal"]),
    # (2) a place, a river, a street or a region -- 12
    ("“We fietsten langs de Kleine Nete naar huis.”", ["Kleine", "Nete"]),
    ("“Op de Grote Markt stond een podium.”", ["Grote", "Markt"]),
    ("“Het kamp was in de Hoge Venen, heel mooi.”", ["Hoge", "Venen"]),
    ("“We wandelden door het Zwarte Woud.”", ["Zwarte", "Woud"]),
    ("“Onze lokalen liggen in de Lange Straat.”", ["Lange", "Straat"]),
    ("“Na de Rode Berg was iedereen moe.”", ["Rode", "Berg"]),
    ("“We verzamelen aan de Oude Brug om negen uur.”", ["Oude", "Brug"]),
    ("“De Witte Duinen liggen vlak bij het kamphuis.”", ["Witte", "Duinen"]),
    ("“Vanuit Klein Veld is het twintig minuten fietsen.”", ["Klein", "Veld"]),
    ("“De tocht ging door het Groene Woud tot aan de kapel.”", ["Groene", "Woud"]),
    ("“In het Bruine Ven zagen we een reiger.”", ["Bruine", "Ven"]),
    ("“We sliepen op de Zomer Weide achter de boerderij.”", ["Zomer", "Weide"]),
    # (3) a title, a slogan, a campaign, a song or a holiday -- 12
    ("“We zongen Stille Nacht bij het kampvuur.”", ["Stille", "Nacht"]),
    ("“Op Goede Vrijdag is het lokaal dicht.”", ["Goede", "Vrijdag"]),
    ("“Ons thema was Kleine Prins, naar het boek.”", ["Kleine", "Prins"]),
    ("“De actie Warme Winter bracht veel geld op.”", ["Warme", "Winter"]),
    ("“Op Dikke Truiendag zetten we de verwarming lager.”", ["Dikke", "Truiendag"]),
    ("“Ons motto is Samen Sterk, en dat meen ik.”", ["Samen", "Sterk"]),
    ("“Het toneel heette Verloren Zoon en iedereen huilde.”", ["Verloren", "Zoon"]),
    ("“Het spel Vrije Vogel is altijd een succes.”", ["Vrije", "Vogel"]),
    ("“We deden mee aan de campagne Lente Kriebels.”", ["Lente", "Kriebels"]),
    ("“Op het Zomer Feest waren er wel vierhonderd mensen.”", ["Zomer", "Feest"]),
    ("“We keken samen naar Dag Allemaal op tv.”", ["Dag", "Allemaal"]),
    ("“De slogan Hoop Doet Leven hing aan de muur.”", ["Hoop", "Doet", "Leven"]),
    # (4) a greeting or a sentence's start in title case -- 8
    ("“Dag Iedereen, welkom op ons kamp!”", ["Dag", "Iedereen"]),
    ("“Goed Gedaan, Leiding! Jullie waren top.”", ["Goed", "Gedaan"]),
    ("“Beste Ouders, het kamp begint op maandag.”", ["Beste", "Ouders"]),
    ("“Lieve Vrienden, dit was ons laatste jaar.”", ["Lieve", "Vrienden"]),
    ("“Storm Nadert: alle tenten moesten plat.”", ["Storm", "Nadert"]),
    ("“Groot Nieuws! We hebben een nieuw lokaal.”", ["Groot", "Nieuws"]),
    ("“Hoi Allemaal, hier is het verslag.”", ["Hoi", "Allemaal"]),
    ("“Dank Jullie Wel voor de hulp.”", ["Dank", "Jullie", "Wel"]),
    # (5) an ordinary diminutive noun, or a group's name that is a diminutive -- 12
    ("“We sliepen in een huisje aan het meer.”", ["huisje"]),
    ("“Het was maar een klein kampke, maar heel gezellig.”", ["kampke"]),
    ("“Na de vergadering dronken we een pintje.”", ["pintje"]),
    ("“Ik had een boterhammeke mee voor onderweg.”", ["boterhammeke"]),
    ("“De Kapoentjes gingen als eersten slapen.”", ["Kapoentjes"]),
    ("“We zongen een liedje rond het vuurke.”", ["liedje", "vuurke"]),
    ("“Even een babbeltje met de buren.”", ["babbeltje"]),
    ("“Het Spelleke van de week was verstoppertje.”", ["Spelleke"]),
    ("“De Kleintjes kregen een ijsje.”", ["Kleintjes", "ijsje"]),
    ("“Ik schreef een briefke naar de burgemeester.”", ["briefke"]),
    ("“Dat was een momentje om nooit te vergeten.”", ["momentje"]),
    ("“Het Rozeke op tafel kwam uit de tuin.”", ["Rozeke"]),
]

CLASSES = "1" * 18 + "2" * 16 + "3" * 14 + "4" * 12 + "5" * 14
KEEP_CLASSES = "1" * 18 + "2" * 12 + "3" * 12 + "4" * 8 + "5" * 12

#: Cases also built through ``perskamer build`` (by index).
BUILD = [0, 19, 34, 41, 48, 60, 66]
BUILD_KEEP = [0, 18, 30, 42, 50, 54]

_REPORT = """---
title: "Een weekend over vrijwilligers"
date: 2026-11-28
session: "Ronde 2 - zaal Schelde"
reporter: "Redactie"
---

## Wat er is gebeurd in de sessie? Wat hebben jullie gedaan/gehoord/beleefd? Omschrijf in 5 a 10 zinnen

Een sessie over het kamp en de jeugdraad.

## Interessante quote(s) uit de sessie

{quote}
"""


def run_build(text: str) -> str:
    """Every published file of a one-report md workspace whose quotes answer is ``text``, as one
    text (html entities unescaped)."""
    return anonbatch.built_text(_REPORT, "001_weekend.md", text)


def build_items_lost(text: str, items: list[str]) -> list[str]:
    return anonbatch.build_items_lost(run_build, text, items)


assert len(CLASSES) == len(PERSON), (len(CLASSES), len(PERSON))
assert len(KEEP_CLASSES) == len(KEEP), (len(KEEP_CLASSES), len(KEEP))

if __name__ == "__main__":
    import sys

    anonbatch.score(sys.modules[__name__], show="--show" in sys.argv, build="--no-build" not in sys.argv)
