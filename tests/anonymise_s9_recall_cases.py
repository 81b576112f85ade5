"""Session 9, the person side: a FROZEN batch of unseen cases for set J's four name classes (issue 11, s9-recall).

Written by s9-recall on 5 December 2026 BEFORE any rule for these classes was read or
changed in session 9, from the CLASS descriptions of set J's misses only (J's reports were
not read for these cases), without copying a name, organisation or phrase from bench/data,
tests/fixtures, bench/unseen* or /work/shared. Every person is invented for this file (names
of many origins); the keep items are plain words, real public places, brands and
organisations of Flemish life in the SAME positions.

Do not edit the cases below: they are the measure. ``tests/test_anonymise_batches.py`` runs
them (the misses at freeze time are strict xfails) and ``python tests/anonymise_s9_recall_cases.py``
prints the score.

Classes (person cases; keep cases mirror each class):
* a lower-case name after a title or role word used as a form of address ("mevrouw",
  "meneer", "juf", "meester", "coach", "trainer", "dokter", "zuster"...), mostly in chat lines;
* a first name after "<activity> met" as a session title naming its host ("Koken met X",
  "Dansen met X", "Breien met X") against the same title with a thing or group ("Koken met
  Restjes", "Dansen met Senioren");
* a short surname (two to four letters) after "tot"/"met"/"bij" and before "van het
  jeugdhuis", "van de jeugddienst", "van de Chiro" (a person of an organisation);
* a first name that is also an English (or Dutch) word after "over"/"met"/"voor", in
  apposition with a role ("over Hope, onze jeugdwerker") against a thing in apposition with
  a thing noun ("over Discord, ons kanaal").

KEEP: (quote text, items that must survive verbatim).
PERSON: (quote text, name parts that must be gone, items that must survive).
"""

from __future__ import annotations

PERSON: list[tuple[str, list[str], list[str]]] = [
    # --- a lower-case name after a title word, in chat lines and chat-style quotes --------------
    ("[19:04] lowie: mevrouw tran zei dat we de zaal mogen gebruiken", ["lowie", "tran"], []),
    ("- noa (16:12): meneer anozie komt morgen niet, hij is ziek", ["noa", "anozie"], []),
    ("juf dinh heeft de toetsen nog niet verbeterd lol", ["dinh"], []),
    ("meester dhondt zegt dat we buiten mogen spelen", ["dhondt"], []),
    ("coach bakary was echt boos na de match", ["bakary"], []),
    ("[21:10] sem: trainer kaplan zet de training om 18u", ["sem", "kaplan"], []),
    ("mevrouw wozniak van de balie was super vriendelijk", ["wozniak"], []),
    ("dokter zerouali zei dat ik een week rust moet nemen", ["zerouali"], []),
    ("ik heb het aan juf lieve gevraagd en ze vond het goed", ["lieve"], []),
    ("meneer vos van het secretariaat stuurt de mail door", ["vos"], []),
    ("zuster ifeoma gaf me een pleister en een snoepje", ["ifeoma"], []),
    ("meester kwamena is de beste, echt waar", ["kwamena"], []),
    # --- "<activity> met X": a session title naming its host ------------------------------------
    ("Koken met Adjoa was het hoogtepunt van de week.", ["Adjoa"], []),
    ("We deden Dansen met Oluwaseun in de grote zaal.", ["Oluwaseun"], []),
    ("Breien met Margit trok vooral de jongste deelnemers.", ["Margit"], []),
    ("Na de middag was er Graffiti met Teodor op de muur achter het lokaal.", ["Teodor"], []),
    ("\"Boksen met Ekow\" was meteen volzet.", ["Ekow"], []),
    ("De workshop Bakken met Anirudh liep uit tot zes uur.", ["Anirudh"], []),
    ("Rappen met Kobina: dat was de sessie waar iedereen het over had.", ["Kobina"], []),
    ("Ik schreef me in voor Schilderen met Hilde en Klimmen met Bartek.", ["Hilde", "Bartek"], []),
    # --- a short surname before "van het jeugdhuis / de jeugddienst" ----------------------------
    ("We wachtten tot Pun van het jeugdhuis de sleutel bracht.", ["Pun"], []),
    ("Tot Ale van de jeugddienst belde, wist niemand iets.", ["Ale"], []),
    ("Ik heb het gevraagd aan Ly van het jeugdhuis, die wist het.", ["Ly"], []),
    ("Samen met Oh van de jeugddienst maakten we de planning.", ["Oh"], []),
    ("Bij Oli van het jeugdhuis mochten we altijd binnen.", ["Oli"], []),
    ("Het duurde tot Sen van de Chiro ons kwam halen.", ["Sen"], []),
    ("Dank aan Bui van het jeugdhuis voor de soep.", ["Bui"], []),
    ("Pas toen Vu van de jeugddienst erbij kwam, ging het vooruit.", ["Vu"], []),
    # --- an English-word first name in apposition with a role ------------------------------------
    ("We hadden het vooral over Hope, onze jeugdwerker, en hoe ze alles regelde.", ["Hope"], []),
    ("Ze vertelde over Grace, de begeleider van de nachtploeg, die altijd bleef.", ["Grace"], []),
    ("Iedereen was lovend over Mercy, onze animator.", ["Mercy"], []),
    ("We spraken met Justice, de coach van de meisjesploeg, over de selectie.", ["Justice"], []),
    ("Het ging over River, onze nieuwe monitor, en zijn eerste kamp.", ["River"], []),
    ("Een dankwoord voor Patience, de kokkin van het kamp, mocht niet ontbreken.", ["Patience"], []),
    ("We hoorden veel over Summer, een vrijwilliger van het eerste uur.", ["Summer"], []),
    ("Ik wil iets zeggen over Storm, onze hoofdleider, die nooit opgaf.", ["Storm"], []),
    ("We praatten over Harmony, mijn mentor in het internaat.", ["Harmony"], []),
    ("Ze hadden het over Angel, de opvoeder van de leefgroep.", ["Angel"], []),
]

KEEP: list[tuple[str, list[str]]] = [
    # --- title words before ordinary words and organisations -------------------------------------
    ("mevrouw de directeur was er ook bij", ["directeur"]),
    ("meneer pastoor kwam de zaal zegenen haha", ["pastoor"]),
    ("juf zelf deed ook mee met de dropping", ["zelf"]),
    ("de coach van KAA Gent kwam kijken", ["KAA Gent"]),
    ("meester kok van de school leerde ons pannenkoeken bakken", ["kok"]),
    ("de trainer had een nieuw schema voor zaterdag", ["schema"]),
    ("mevrouw van het OCMW was heel duidelijk", ["OCMW"]),
    ("dokter bellen is echt stressy voor mij", ["bellen"]),
    # --- "<activity> met" a thing, a group, a material --------------------------------------------
    ("Koken met Restjes was een workshop over voedselverspilling.", ["Restjes"]),
    ("Dansen met Senioren bracht twee generaties samen.", ["Senioren"]),
    ("Breien met Gerecycleerde Wol was populairder dan verwacht.", ["Gerecycleerde Wol"]),
    ("We deden Koken met Aardappelen en Koken met Kruiden.", ["Aardappelen", "Kruiden"]),
    ("Graffiti met Spuitbussen mocht enkel buiten.", ["Spuitbussen"]),
    ("Klimmen met Klimzaal Grip in Gent was de uitstap van de oudsten.", ["Gent"]),
    ("Spelen met Lego en Playmobil: de kleinsten waren niet weg te slaan.", ["Lego", "Playmobil"]),
    ("Bakken met Kinderen is een methodiek van Vormingplus.", ["Kinderen", "Vormingplus"]),
    # --- "tot/met/bij ... van het jeugdhuis" with a place, a thing, a group -----------------------
    ("We bleven tot Pasen van het jeugdhuis weg.", ["Pasen"]),
    ("Tot Kerstmis van de jeugddienst niets gehoord.", ["Kerstmis"]),
    ("Samen met Leiding van de Chiro maakten we de planning.", ["Leiding", "Chiro"]),
    ("Bij Oxfam van de wereldwinkel kochten we koffie.", ["Oxfam"]),
    ("We gingen met KSA van de parochie op weekend.", ["KSA"]),
    ("Het duurde tot Zondag van de fuif voor iemand het doorhad.", ["Zondag"]),
    # --- things, brands and places in apposition after "over/met/voor" ----------------------------
    ("We hadden het vooral over Discord, ons kanaal voor alles.", ["Discord"]),
    ("Ze vertelde over Hope, het project van de stad tegen armoede.", ["Hope"]),
    ("Iedereen was lovend over Canvas, de zender van de documentaire.", ["Canvas"]),
    ("We spraken over Oostende, de stad waar het kamp doorging.", ["Oostende"]),
    ("Het ging over Minecraft, ons favoriete spel in de leefgroep.", ["Minecraft"]),
    ("We praatten over Awel, de hulplijn voor jongeren.", ["Awel"]),
    ("Een dankwoord voor Colruyt, de sponsor van het kamp, mocht niet ontbreken.", ["Colruyt"]),
    ("Ik wil iets zeggen over Storm, het thema van ons kamp, dat iedereen raakte.", ["Storm"]),
]


if __name__ == "__main__":
    from anoncases import print_score

    print_score(KEEP, PERSON)
