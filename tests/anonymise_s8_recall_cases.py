"""Session 8, the person side: a FROZEN batch of unseen cases (issue 11, s8-recall).

Written by s8-recall on 5 December 2026 BEFORE any rule of session 8 was changed, without
reading set H's reports, set I or J, and without copying a name, organisation or phrase from
bench/data, tests/fixtures, bench/unseen* or /work/shared. Every person, nickname and noun is
invented for this file; the keep items are real public names of Flemish life (places, shops,
brands, organisations, works) or plain words, in the SAME positions.

Do not edit the cases below: they are the measure. ``tests/test_anonymise_batches.py`` runs
them (the misses at freeze time are strict xfails) and ``python tests/anonymise_s8_recall_cases.py``
prints the score.

Classes (person cases; keep cases mirror each class):
* chat senders in every order and case: "- x (hh:mm):", "x (hh:mm):", "[hh:mm] x:", "hh:mm x:",
  "x om hh:mm:", "x, hh:mm:", "x 14u05:", "@x:", "x schreef:", WhatsApp exports
  ("[05/06/23, 14:05] x:", "5/6/23 14:05 - x:"), Discord/Teams ("x — vandaag om 14:05"),
  one- and two-word senders, lower case, with an emoji, a nickname;
* naming verbs: what follows heet/heten/noemt (zich)/genaamd/alias/bijnaam/"ze noemen hem"
  when the subject is a person, also an English/Dutch word or a brand (a thing's name stays);
* "<noun> van X": a possession, body part, room or relation of a person vs the place,
  organisation or author after a place/organisation/work noun;
* a first name that is also an English or Dutch word in a strong person position (after kin,
  coordinated with a person, before a person-only verb).

KEEP: (quote text, items that must survive verbatim).
PERSON: (quote text, name parts that must be gone, items that must survive).
"""

from __future__ import annotations

PERSON: list[tuple[str, list[str], list[str]]] = [
    # --- chat senders in every order -----------------------------------------------------------
    ("- brammert (14:05): wie heeft er nog een slaapzak over?", ["brammert"], []),
    ("jorinde (09:12): ik ben er bijna, nog twee haltes", ["jorinde"], []),
    ("- Oskia (16:40): ik breng de taart mee naar Lier", ["Oskia"], ["Lier"]),
    ("22:15 tamsin: ik kom niet, te moe", ["tamsin"], []),
    ("lowie om 20:31: is er nog plek in de auto?", ["lowie"], []),
    ("Sterre, 19:02: wie neemt de gitaar mee?", ["Sterre"], []),
    ("mats 14u05: ik heb de sleutel van het lokaal", ["mats"], []),
    ("@fientje: jij had de stift toch nog?", ["fientje"], []),
    ("Jorik schreef: we zijn er bijna, zet de soep op", ["Jorik"], []),
    ("[05/06/23, 14:05] Nawal: ben je al thuis?", ["Nawal"], []),
    ("5/6/23 14:05 - berre: oké top, tot straks", ["berre"], []),
    ("Yannicke — vandaag om 14:05\nwie doet er vanavond de afwas?", ["Yannicke"], []),
    ("Lotus — gisteren om 21:17\ndat was echt een leuke avond", ["Lotus"], []),
    ("- silke van acker (16:40): ik breng koekjes mee", ["silke", "acker"], []),
    ("noor 🌻 (10:15): goeiemorgen allemaal", ["noor"], []),
    ("[20:11] bolleke 🐻: wie gaat er mee zwemmen?", ["bolleke"], []),
    ("- storm (13:02): ik lig nog in bed lol", ["storm"], []),
    ("[14:05] Raven: wie heeft mijn oplader?", ["Raven"], []),
    ("hazel om 22:03: slaapwel iedereen", ["hazel"], []),
    ("MILAN (18:44): IK BEN ER AL", ["MILAN"], []),
    ("5/6/23 21:14 - Juultje 💜: haha jaaa", ["Juultje"], []),
    ("Dewi Claesen, 14:05: ik zit nog in de les", ["Dewi", "Claesen"], []),
    ("tibo 9u12: ik neem de bus van half tien", ["tibo"], []),
    ("(08:30) - Pluk: wie heeft er melk gekocht?", ["Pluk"], []),
    ("[21:03] kasper: kom je?\n[21:04] vlinder: ja, ik ben onderweg", ["kasper", "vlinder"], []),
    ("- mo (19:45): ik ben er over vijf minuten\n- jente (19:46): ok", ["mo", "jente"], []),
    ("@Wolkje schreef: zie je morgen aan de kerk", ["Wolkje"], []),
    ("ilyas schreef om 19:30: wie heeft de foto's?", ["ilyas"], []),
    # --- naming verbs with a person as subject -------------------------------------------------
    ("Mijn kleine broer heet Tornado, echt waar.", ["Tornado"], []),
    ("Onze nieuwe leider heet Beer.", ["Beer"], []),
    ("Het nieuwe meisje in onze groep heet Cookie.", ["Cookie"], []),
    ("Zijn vriendin heet Kiwi en ze is heel lief.", ["Kiwi"], []),
    ("Ze noemen hem Turbo omdat hij zo snel fietst.", ["Turbo"], []),
    ("Iedereen noemt haar Pixel, ook de leiding.", ["Pixel"], []),
    ("Mijn oudste zus noemt zich Bobo op het kamp.", ["Bobo"], []),
    ("Een jongen genaamd Bliksem won de quiz.", ["Bliksem"], []),
    ("Zijn bijnaam is Kapitein, al van in het eerste jaar.", ["Kapitein"], []),
    ("Mijn neef, alias Lego, bouwt alles na.", ["Lego"], []),
    ("Haar bijnaam was Oreo.", ["Oreo"], []),
    ("Ik heet Summer en ik ben vijftien.", ["Summer"], []),
    ("De trainer heet Tesla, zijn ouders waren fan.", ["Tesla"], []),
    ("Die jongen heet echt Nike.", ["Nike"], []),
    ("De twee broers heten Storm en Vos.", ["Storm", "Vos"], []),
    ("mijn lief heet sky", ["sky"], []),
    ("Ze noemen haar Prinses in de klas.", ["Prinses"], []),
    ("We noemen hem gewoon Patat.", ["Patat"], []),
    # --- "<noun> van X": a person's things, body, rooms, relations ------------------------------
    ("De gitaar van Jorre lag nog in de bus.", ["Jorre"], []),
    ("De zetel van Beau is te klein voor ons allemaal.", ["Beau"], []),
    ("De neus van Robin bloedde na de val.", ["Robin"], []),
    ("De tekening van Lente hing aan de muur.", ["Lente"], []),
    ("De verjaardag van Amber is morgen.", ["Amber"], []),
    ("De kamer van Quirine was een puinhoop.", ["Quirine"], []),
    ("Het telefoontje van Kasjan kwam te laat.", ["Kasjan"], []),
    ("de gsm van lien ligt hier nog", ["lien"], []),
    ("In de tent van Vink sliepen we met vijf.", ["Vink"], []),
    ("De mening van Jolan telt ook.", ["Jolan"], []),
    ("Ik vond de schoenen van Meeuw terug in het bos.", ["Meeuw"], []),
    # --- English/Dutch-word first names in strong person positions ------------------------------
    ("Ik en Brooklyn gingen samen naar de fuif.", ["Brooklyn"], []),
    ("Sparrow fluisterde iets tegen de leiding.", ["Sparrow"], []),
    ("Mijn broer Rocky kookt het best van ons allemaal.", ["Rocky"], []),
    ("Onze buurman Harley helpt ons met de kar.", ["Harley"], []),
    ("Mijn beste vriendin Dior woont in Mechelen.", ["Dior"], ["Mechelen"]),
    ("Haar zoon Orion speelt al drie jaar mee.", ["Orion"], []),
    ("Toen lachte Cloud zich een bult.", ["Cloud"], []),
]

KEEP: list[tuple[str, list[str]]] = [
    # --- chat-like shapes that are no sender -----------------------------------------------------
    ("- kobe (14:05): we zitten al in Leuven", ["Leuven"]),
    ("Zaterdag om 14:00: pannenkoekenslag in de parochiezaal van Eeklo.", ["Zaterdag", "Eeklo"]),
    ("Het Nieuwsblad schreef: de jeugdraad van Aalst zoekt leden.", ["Nieuwsblad", "Aalst"]),
    ("Netflix schreef: je abonnement loopt af.", ["Netflix"]),
    ("[09:00] Vertrek aan de kerk van Lebbeke", ["Lebbeke"]),
    ("Chiro Heikant (20:15): de inschrijvingen zijn open!", ["Chiro Heikant"]),
    ("De Lijn — vandaag om 08:10\nbus 18 rijdt niet", ["De Lijn"]),
    # --- naming verbs with a thing as subject ---------------------------------------------------
    ("De app heet Klets en iedereen heeft hem.", ["Klets"]),
    ("Ons project heet Zonnestraal.", ["Zonnestraal"]),
    ("Het spel heet Weerwolven van Wakkerdam.", ["Weerwolven", "Wakkerdam"]),
    ("Onze fuif heet Boemerang.", ["Boemerang"]),
    ("Het kamp heette Avontuur.", ["Avontuur"]),
    ("Een festival genaamd Zomerkriebels bracht iedereen samen.", ["Zomerkriebels"]),
    ("Het boek heet Wonder en gaat over een jongen.", ["Wonder"]),
    ("Die film heet Inside Out.", ["Inside Out"]),
    ("Het lokaal noemen we de Bunker.", ["Bunker"]),
    ("Ze noemen het de Kelder, omdat het onder de kerk ligt.", ["Kelder"]),
    ("Onze werking noemt zich Speelplein Kriebel.", ["Speelplein Kriebel"]),
    ("De podcast heet Praatpaal.", ["Praatpaal"]),
    ("Het café heet Den Hoek.", ["Den Hoek"]),
    # --- "<noun> van X": a place, organisation or author --------------------------------------
    ("De burgemeester van Lokeren kwam langs.", ["Lokeren"]),
    ("De jeugddienst van Ninove betaalt de bus.", ["Ninove"]),
    ("De muziek van Stromae stond de hele avond op.", ["Stromae"]),
    ("Het boek van Roald Dahl lag op tafel.", ["Roald Dahl"]),
    ("De film van Pixar was een succes.", ["Pixar"]),
    ("De app van De Lijn werkt nooit.", ["De Lijn"]),
    ("Ik kocht een T-shirt van Zeeman.", ["Zeeman"]),
    ("Ik heb een rugzak van Eastpak gekregen.", ["Eastpak"]),
    ("Het stadhuis van Geel was open voor ons.", ["Geel"]),
    ("De pastoor van Boechout gaf ons de zaal.", ["Boechout"]),
    ("De speeltuin van Bokrijk is gratis.", ["Bokrijk"]),
    ("De liedjes van K3 kent iedereen.", ["K3"]),
    ("De kermis van Ronse duurt een week.", ["Ronse"]),
    ("De trein van Brussel naar Gent was vol.", ["Brussel", "Gent"]),
    ("De schoenen van Adidas zijn te duur.", ["Adidas"]),
    ("De voorzitter van Scouts en Gidsen Vlaanderen sprak ons toe.", ["Scouts en Gidsen Vlaanderen"]),
    # --- the same words as things ---------------------------------------------------------------
    ("Mijn zus werkt bij Jumbo.", ["Jumbo"]),
    ("Mijn neef woont nu in Brooklyn.", ["Brooklyn"]),
    ("Onze buurman rijdt met een Harley.", ["Harley"]),
    ("We speelden met Lego tot middernacht.", ["Lego"]),
    ("Tesla bouwt nu ook vrachtwagens.", ["Tesla"]),
]


if __name__ == "__main__":
    from anoncases import print_score

    print_score(KEEP, PERSON)
