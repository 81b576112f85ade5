"""s22-review's frozen attack batch on session 22's keep mechanisms (one sense per report, head
nouns in English/French/German, the German noun list), written 11:20-11:24 UTC before reading
any of those rules. Every name and organisation is invented for this batch (screened against
tests/fixtures, bench/data and /work/shared). Each case is (organisation's quote, person's
quote, the name parts that must not survive in the person's quote); the tests put the
organisation first and last in the report."""

from __future__ import annotations

#: one sense per report: a firm/club/foundation and a person share a word
ONE_SENSE = [
    # subject
    ("We dronken koffie in Café Van Damhuys op de markt.", "Van Damhuys zei dat we te laat waren.", ("Damhuys",)),
    ("Brouwerij Hendryckx sponsort het kamp.", "Meneer Hendryckx gaf ons een rondleiding.", ("Hendryckx",)),
    ("Brouwerij Hendryckx sponsort het kamp.", "Hendryckx vertelde over zijn kleinkinderen.", ("Hendryckx",)),
    ("Stichting Amira steunt ons project.", "Amira vertelde dat ze bang was.", ("Amira",)),
    ("We speelden tegen FC Wautermans.", "Wautermans scoorde twee keer en lachte.", ("Wautermans",)),
    ("Bakkerij Verstraelen levert de broodjes.", "Verstraelen, kom je morgen ook?", ("Verstraelen",)),
    ("Garage Claessen heeft de bus gemaakt.", "claessen zei dat het goed kwam", ("claessen",)),
    ("BROUWERIJ DRIESKENS GAF ONS BIER.", "DRIESKENS IS DE BESTE TRAINER VAN DE WERELD.", ("DRIESKENS",)),
    ("Stichting Noortje helpt kinderen in de wijk.", "Noortje huilde toen ze het hoorde.", ("Noortje",)),
    ("Kapsalon Yasmeena zit naast de jeugdclub.", "Yasmeena is mijn beste vriendin.", ("Yasmeena",)),
    ("Bouwbedrijf Moerkerke bouwde de skatebaan.", "Jonas Moerkerke vertelde over zijn stage.", ("Jonas", "Moerkerke")),
    ("Bakkerij Van Ackerveld bakt de taart.", "Mevrouw Van Ackerveld is onze buurvrouw.", ("Ackerveld",)),
    ("Bakkerij Van Ackerveld bakt de taart.", "Van Ackerveld zei: dat is de laatste keer.", ("Ackerveld",)),
    ("We kochten verf bij Doe-het-zelf Vanhoebeke.", "Vanhoebeke is de papa van Lotte.", ("Vanhoebeke", "Lotte")),
    ("Transport Okonkwo bracht de tenten.", "Okonkwo lachte en gaf ons een high five.", ("Okonkwo",)),
    ("Restaurant Nguyen Thi kookte voor ons.", "Nguyen zei dat hij ook als kind op kamp ging.", ("Nguyen",)),
    ("Drukkerij Seghersma drukte de affiches.", "Seghersma: ik ben er morgen om negen uur.", ("Seghersma",)),
    ("Drukkerij Seghersma drukte de affiches.", "Tekst en foto's: Seghersma", ("Seghersma",)),
    ("Sporthal De Vleeschouwer is te klein.", "De Vleeschouwer is onze coach en hij roept veel.", ("Vleeschouwer",)),
    ("Vzw Kaatje organiseert de fuif.", "Kaatje, waar ligt de sleutel?", ("Kaatje",)),
    ("Brasserie Pauwelyn heeft een terras.", "Ik heb met Pauwelyn gepraat over mijn toekomst.", ("Pauwelyn",)),
    ("Brasserie Pauwelyn heeft een terras.", "Dank aan Pauwelyn voor het luisteren.", ("Pauwelyn",)),
    ("Slagerij Demeulenaere sponsort onze truitjes.", "demeulenaere en ik gingen samen vissen", ("demeulenaere",)),
    ("Slagerij Demeulenaere sponsort onze truitjes.", "Samen met Demeulenaere en Ruben maakten we vuur.", ("Demeulenaere", "Ruben")),
    ("Zwemclub Ilunga traint op dinsdag.", "Ilunga woont bij haar oma.", ("Ilunga",)),
    ("Tuincentrum Wijffels gaf de plantjes.", "Opa Wijffels hielp met het graven.", ("Wijffels",)),
    ("Fietsenmaker Kowalczyk herstelde mijn band.", "Kowalczyk heeft drie kinderen en een hond.", ("Kowalczyk",)),
    ("Apotheek Benali is om de hoek.", "Benali, je bent geweldig!", ("Benali",)),
]

#: head nouns in English / French / German with persons before and after them
HEADS = [
    ("Thanks to Emily Dawcott, youth centre manager, we got a room.", ("Emily", "Dawcott")),
    ("We thank the Academy of Arts and Laura Pennicott for the support.", ("Laura", "Pennicott")),
    ("I talked with Grace Hunter from the Youth Club for an hour.", ("Grace", "Hunter")),
    ("Our coach Tom Baker said we played like a real team.", ("Tom", "Baker")),
    ("At Ms Whitacre's school we did drama every week.", ("Whitacre",)),
    ("The music school sent Oliver Brannock to help us.", ("Oliver", "Brannock")),
    ("Merci à Lucas Marchand pour les photos.", ("Lucas", "Marchand")),
    ("Madame Charpentier nous a aidés avec le repas.", ("Charpentier",)),
    ("On a parlé avec Camille Boulanger de la Maison de Jeunes.", ("Camille", "Boulanger")),
    ("Sophie Lefaucheux, animatrice à la maison des jeunes, était là.", ("Sophie", "Lefaucheux")),
    ("Herr Keller hat uns den Weg gezeigt.", ("Keller",)),
    ("Gestern hat Lisa Sommer mit uns gesungen.", ("Lisa", "Sommer")),
    ("Anna Fischer und Paul Koch haben für alle gekocht.", ("Anna", "Fischer", "Paul", "Koch")),
    ("Das hat Tobias Richter gesagt, nicht ich.", ("Tobias", "Richter")),
    ("Ich habe mit Jonas Weber gesprochen, dem Leiter vom Jugendhaus.", ("Jonas", "Weber")),
    ("Frau Zimmermann vom Jugendamt war sehr nett.", ("Zimmermann",)),
    ("Wir danken Familie Schäfer für das Zelt.", ("Schäfer",)),
    ("Mit Lena Winter und Max Wolf sind wir nach Eupen gefahren.", ("Lena", "Winter", "Max", "Wolf")),
    ("Onze begeleider Kai Jäger sprak ook Duits met ons.", ("Kai", "Jäger")),
    ("Ich wohne bei Oma Krüger in der Stadt.", ("Krüger",)),
]
