"""Frozen cases of the lead (session 15, 14:50 UTC, before any rule): a Dutch month name
written with a capital inside a sentence names a person ("Mei", "April", "Juni", "Juli"):
Dutch writes months in lower case, so a capitalised month mid-sentence, not after a time word
or a day number and not before a year, is a first name. The lead's attack (atk15.py)
published "Mei" in 16 of 30 frames on 3b78a90. Sentences are the lead's own.
"""

# (text, name that must be masked)
PERSONS = [
    ("Gisteren heeft Mei de affiches opgehangen.", "Mei"),
    ("Ik en April gingen samen naar de vergadering.", "April"),
    ("Ik zag Juni en haar broer aan de ingang.", "Juni"),
    ("Volgens Mei is het lokaal te klein.", "Mei"),
    ("Dat zei Juli toen we vertrokken.", "Juli"),
    ("We vroegen Mei om te helpen met de kassa.", "Mei"),
    ("Toen kwam April binnen met een taart.", "April"),
    ("Ik belde Mei om het te vragen.", "Mei"),
    ("Samen met Mei schreef ik het projectvoorstel.", "Mei"),
    ("Het idee kwam van Juli, niet van mij.", "Juli"),
    ("Dankzij April hebben we de subsidie gekregen.", "April"),
    ("Ik gaf Juni de sleutels van het lokaal.", "Juni"),
    ("Achteraf vertelde Mei dat ze bang was geweest.", "Mei"),
    ("Wij hebben Juli en Sem gevraagd om mee te doen.", "Juli"),
    ("Zonder April was het kamp er nooit gekomen.", "April"),
]

# (text, month word that must stay)
MONTHS = [
    ("Op 1 Mei is er een optocht door het dorp.", "Mei"),
    ("In Mei gaan we met de hele groep op kamp.", "Mei"),
    ("We beginnen eind Mei met de werken.", "Mei"),
    ("Tot Juni is het lokaal dicht.", "Juni"),
    ("Vanaf April mogen de kinderen weer binnen.", "April"),
    ("De Dolle Mei Dag was een groot succes.", "Mei"),
    ("Het Mei-festival trok veel volk.", "Mei"),
    ("Sinds Juli werken we met een nieuwe ploeg.", "Juli"),
    ("Tegen April moet het dossier klaar zijn.", "April"),
    ("We vertrekken midden Juli naar de Ardennen.", "Juli"),
    ("Elke Mei houden we een opendeurdag.", "Mei"),
    ("De maand Mei is altijd druk.", "Mei"),
    ("Half Augustus gaan we op weekend.", "Augustus"),
    ("Volgende Juni starten we opnieuw.", "Juni"),
    ("Mei is de drukste maand van het jaar.", "Mei"),
    ("Begin Juni is het examenperiode.", "Juni"),
    ("Van April tot Juni loopt de campagne.", "April"),
    ("De campagne loopt van Mei tot Juli.", "Juli"),
    ("We spraken af op 12 Juni 2023 in het jeugdhuis.", "Juni"),
    ("Het kamp is gepland in Juli of Augustus.", "Augustus"),
]
