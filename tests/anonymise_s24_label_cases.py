"""Session 24 (s24-labels, issue 11 point 1, severity 1): person names in LABELLED and ADMINISTRATIVE
shapes that reporters paste from forms and lists -- (A) Belgian administrative order "SURNAME Given"
in medication, attendance, camp, room, bus and class lists, (B) "Surname, Given" after a form label
("klant:", "op naam van:", "factuur aan:", "besteller:", "huurder:"), (C) a field label that asks for
a person ("Naam ouder/voogd:", "Noodcontact:", "Ingevuld door:", "Naam deelnemer:"), (D) team sheets
("Rugnummer 7:", "Keeper:", "Kapitein:", "Wissels:", "Afwezig:"), (E) a "taakverdeling" / "wie brengt
wat" line: an item or a task, a colon and a name. A FROZEN batch.

Written by s24-labels on 7 December 2026, 16:12-16:14 UTC (by `date`), BEFORE reading any rule of
these classes and before reading A24's leak lines (only the brief, the prompt -- which names six of
A24's frames in one line each --, issue 11, session 23's notes and the harness of
tests/anonymise_s23_privacy_cases.py were read). Every name is invented (many origins); many are
Dutch or English words ("Roos", "Wolf", "Storm", "Hoop", "Zomer", "Vink", "Berk", "Lente", "Mees"),
some carry particles or capitals. The look-alikes are real or invented organisations, brands,
medicines, places, seats, teams and plain words in the same slots; they must stay.

``PERSON``: ``(path, text, name parts that must go)``; ``KEEP``: ``(path, text, items that must
stay)``; ``path`` is ``"section"`` (the text is a report's quotes section). Run:
``PYTHONPATH=tests python tests/anonymise_s24_label_cases.py [--show]``.
"""

from __future__ import annotations

PERSON: list[tuple[str, str, list[str]]] = [
    # (A) administrative order SURNAME Given
    ("section", "Medicatie 's avonds: 2 pufjes voor MOLENAAR Sterre (astma).", ["MOLENAAR", "Sterre"]),
    ("section", "Aanwezigheden dinsdag\nDE KONINCK Roos - aanwezig\nEL AMRANI Yassine - afwezig (ziek)\nVOS Lente - aanwezig",
     ["DE KONINCK", "Roos", "EL AMRANI", "Yassine", "VOS", "Lente"]),
    ("section", "Kamerverdeling kamp: kamer 3 = STORM Wolf, NGUYEN Linh, BERKMANS Hoop",
     ["STORM", "Wolf", "NGUYEN", "Linh", "BERKMANS", "Hoop"]),
    ("section", "Om 12u Rilatine 10 mg voor WINTERS Mees.", ["WINTERS", "Mees"]),
    ("section", "Fiche 14: VAN DEN BERGHE Zon, geboren 2013, allergie noten.", ["VAN DEN BERGHE", "Zon"]),
    ("section", "Leerlingenlijst 3B: ACHTERBERG Vink, OKONKWO Chidi, PETROVA Mila",
     ["ACHTERBERG", "Vink", "OKONKWO", "Chidi", "PETROVA", "Mila"]),
    ("section", "Toestemming foto's: nee voor KERSTENS Bloem.", ["KERSTENS", "Bloem"]),
    ("section", "Busplan: zitje 4 STEENHOUDT Berk, zitje 5 ÖZTÜRK Elif", ["STEENHOUDT", "Berk", "ÖZTÜRK", "Elif"]),
    ("section", "Ziekteverlof: DUPONT Winter heeft een doktersbriefje.", ["DUPONT", "Winter"]),
    ("section", "Insuline na het eten voor HAMADI Noor (pen in de koelkast).", ["HAMADI", "Noor"]),
    ("section", "Wachtlijst: 1. MERTENSEN Kai 2. SZABÓ Réka 3. DE WOLF Lotus",
     ["MERTENSEN", "Kai", "SZABÓ", "Réka", "DE WOLF", "Lotus"]),
    ("section", "Dieet: vegetarisch voor LAMBRECHT Hazel en halal voor BENALI Sami.",
     ["LAMBRECHT", "Hazel", "BENALI", "Sami"]),
    # (B) "Surname, Given" after a form label
    ("section", "Bestelling 2231 – klant: Visser, Roos – 3 dozen wafels", ["Visser", "Roos"]),
    ("section", "Reservatie op naam van: Koning, Zomer (4 personen)", ["Koning", "Zomer"]),
    ("section", "Factuur aan: Smet, Hoop · vervaldag 30/11", ["Smet", "Hoop"]),
    ("section", "Besteller: Nakamura, Yui — afhalen vrijdag", ["Nakamura", "Yui"]),
    ("section", "Ingeschreven door: Molenaars, Sterre; betaald via overschrijving", ["Molenaars", "Sterre"]),
    ("section", "Tickets (2) op naam van Bakker, Lente – balkon", ["Bakker", "Lente"]),
    ("section", "Aanvrager: Oyelowo, Tunde · dossier 88-12", ["Oyelowo", "Tunde"]),
    ("section", "Klant: De Vos, Storm | levering zaterdag", ["De Vos", "Storm"]),
    ("section", "Contact: Kowalczyk, Zofia (bestelling bevestigd)", ["Kowalczyk", "Zofia"]),
    ("section", "Afgehaald door: Mulder, Vink — 12 tenten", ["Mulder", "Vink"]),
    ("section", "Huurder: Van Acker, Berk · borg betaald", ["Van Acker", "Berk"]),
    ("section", "Ticket 3 op naam: Haddou, Ilyas · Rij C, stoel 7", ["Haddou", "Ilyas"]),
    # (C) a field label that asks for a person
    ("section", "Naam ouder/voogd: Wolf Dierickx · tel. via secretariaat", ["Wolf", "Dierickx"]),
    ("section", "Noodcontact: Sterre Bauwens (mama)", ["Sterre", "Bauwens"]),
    ("section", "Naam deelnemer: Bloem Adeyemi, leeftijd 11", ["Bloem", "Adeyemi"]),
    ("section", "Ingevuld door: Hoop Vanderhaegen, datum 3/10", ["Hoop", "Vanderhaegen"]),
    ("section", "Handtekening ouder: Storm Lefebvre", ["Storm", "Lefebvre"]),
    ("section", "Verantwoordelijke leiding: Zon Maertens", ["Zon", "Maertens"]),
    ("section", "Contactpersoon: Merel Steenackers", ["Merel", "Steenackers"]),
    ("section", "Naam kind: Vink Ramadani", ["Vink", "Ramadani"]),
    ("section", "Naam van de huisarts: Ilse Kerckhove", ["Ilse", "Kerckhove"]),
    ("section", "Naam begeleider: Lente Cools", ["Lente", "Cools"]),
    ("section", "Voornaam: Roos\nAchternaam: Wuyts", ["Roos", "Wuyts"]),
    ("section", "Opgehaald door (naam): Rafael Oosterbos", ["Rafael", "Oosterbos"]),
    # (D) team sheets
    ("section", "Rugnummer 7: Wolf Janssens, middenvelder.", ["Wolf", "Janssens"]),
    ("section", "Nummer 10: Kers Ndiaye (kapitein)", ["Kers", "Ndiaye"]),
    ("section", "Keeper: Storm Vermeiren", ["Storm", "Vermeiren"]),
    ("section", "Kapitein: Zomer De Backer, vice: Hoop Aerts", ["Zomer", "De Backer", "Hoop", "Aerts"]),
    ("section", "Wissels: Vink, Mees en Berk", ["Vink", "Mees", "Berk"]),
    ("section", "Afwezig: Roos Claeys (geblesseerd)", ["Roos", "Claeys"]),
    ("section", "Spits: Sami Benhaddou, links: Lotus Verbist", ["Sami", "Benhaddou", "Lotus", "Verbist"]),
    ("section", "Basis: 1 Kai Peeters, 2 Jorre Lammens, 3 Zon Mahieu",
     ["Kai", "Peeters", "Jorre", "Lammens", "Zon", "Mahieu"]),
    ("section", "Rugnummer 4 - Sterre Goeman - verdediger", ["Sterre", "Goeman"]),
    ("section", "Doelman: Tjorven Bossaert", ["Tjorven", "Bossaert"]),
    ("section", "Invaller: Nour Daems", ["Nour", "Daems"]),
    # (E) taakverdeling: an item or a task, a colon, a name
    ("section", "Wie brengt wat? Chips: Roos. Drank: Wolf. Taart: Sterre Mertens.", ["Roos", "Wolf", "Sterre", "Mertens"]),
    ("section", "Taakverdeling: afwas: Hoop, vuur: Storm, boodschappen: Lente Peeters",
     ["Hoop", "Storm", "Lente", "Peeters"]),
    ("section", "Koeken: Mees Van Damme\nFruit: Zon Hermans", ["Mees", "Van Damme", "Zon", "Hermans"]),
    ("section", "Slaapzakken tellen: Bloem\nTenten opzetten: Vink en Berk", ["Bloem", "Vink", "Berk"]),
    ("section", "Muziek: Kers Adjei · Versiering: Noor Lemmens", ["Kers", "Adjei", "Noor", "Lemmens"]),
    ("section", "Soep: Winter, brood: Zomer, kaas: Jasper Deckers", ["Winter", "Zomer", "Jasper", "Deckers"]),
    ("section", "Vervoer materiaal: Ilyas Bouzid (camionette)", ["Ilyas", "Bouzid"]),
    ("section", "Fotograaf: Merel Claus, verslag: Wolf Dewulf", ["Merel", "Claus", "Wolf", "Dewulf"]),
    ("section", "Poetsen maandag: Lotus; dinsdag: Storm.", ["Lotus", "Storm"]),
    ("section", "IJsjes: Yui Tanaka. Servetten: Roos De Clercq.", ["Yui", "Tanaka", "Roos", "De Clercq"]),
    ("section", "Wie doet de kassa? Kassa: Hazel Verstraete.", ["Hazel", "Verstraete"]),
]

KEEP: list[tuple[str, str, list[str]]] = [
    ("section", "Bestelling 5512 – klant: Colruyt – 40 broden", ["Colruyt"]),
    ("section", "Klant: Jeugdhuis De Kelder | levering zaterdag", ["Jeugdhuis De Kelder"]),
    ("section", "Reservatie op naam van: Chiro Sint-Jozef (20 personen)", ["Chiro Sint-Jozef"]),
    ("section", "Ticket op naam van: Scouts Heverlee · Rij D, stoel 4", ["Scouts Heverlee", "Rij D"]),
    ("section", "Factuur aan: KSA Oostende · vervaldag 30/11", ["KSA Oostende"]),
    ("section", "Besteller: Stad Gent, dienst jeugd", ["Stad Gent"]),
    ("section", "Medicatie 8u00: Dafalgan 500 mg (zie medische fiche)", ["Dafalgan"]),
    ("section", "Medicatie: Rilatine en Ventolin na het sporten.", ["Rilatine", "Ventolin"]),
    ("section", "Vervoer met een VAN HOOL bus naar DE PANNE.", ["VAN HOOL", "DE PANNE"]),
    ("section", "Bus van DE LIJN om 9u aan de kerk.", ["DE LIJN"]),
    ("section", "Kamerverdeling: kamer 3 = BLAUWE GROEP, kamer 4 = RODE GROEP", ["BLAUWE GROEP", "RODE GROEP"]),
    ("section", "Dieet: vegetarisch voor de KAPOENEN en de WELPEN.", ["KAPOENEN", "WELPEN"]),
    ("section", "Rugnummer 9: reserve", ["reserve"]),
    ("section", "Rugnummer 12: nog vrij, Rugnummer 13: Jeugdploeg", ["vrij", "Jeugdploeg"]),
    ("section", "Tegenstander: KV Mechelen, aftrap 15u", ["KV Mechelen"]),
    ("section", "Wedstrijd: FC Brugge U12 - Club Zottegem", ["FC Brugge", "Club Zottegem"]),
    ("section", "Wie brengt wat? Drank: Coca-Cola en Fanta. Chips: Lay's.", ["Coca-Cola", "Fanta", "Lay's"]),
    ("section", "Koeken: Lotus Biscoff\nFruit: Jonagold", ["Lotus Biscoff", "Jonagold"]),
    ("section", "Soep: Knorr, brood: Delhaize, kaas: Brugge Oud", ["Knorr", "Delhaize", "Brugge Oud"]),
    ("section", "Muziek: Spotify · Versiering: Action", ["Spotify", "Action"]),
    ("section", "Vervoer materiaal: Hertz (camionette)", ["Hertz"]),
    ("section", "Noodcontact: Child Focus 116 000", ["Child Focus"]),
    ("section", "Naam vereniging: Chiro Okido", ["Chiro Okido"]),
    ("section", "Ingevuld door: Secretariaat KLJ Gullegem, datum 3/10", ["Secretariaat", "KLJ Gullegem"]),
    ("section", "Verantwoordelijke: Jeugddienst Zele", ["Jeugddienst Zele"]),
    ("section", "Huisarts: Wachtpost Kempen", ["Wachtpost Kempen"]),
    ("section", "Contactpersoon: Onthaal Vormingplus", ["Onthaal Vormingplus"]),
    ("section", "Locatie: Rij F, zaal Vooruit", ["Rij F", "Vooruit"]),
    ("section", "Zaal: Balkon links, Rij B, stoel 3", ["Balkon", "Rij B"]),
    ("section", "Aanwezigheden: GROEN - aanwezig, ROOD - afwezig", ["GROEN", "ROOD"]),
    ("section", "Leerlingenlijst 3B: zie SMARTSCHOOL", ["SMARTSCHOOL"]),
    ("section", "Toestemming foto's via GOOGLE FORMS", ["GOOGLE FORMS"]),
    ("section", "Afgehaald door: Bpost — 12 dozen", ["Bpost"]),
    ("section", "Huurder: Gemeente Lint · borg betaald", ["Gemeente Lint"]),
    ("section", "Wie brengt wat? Spelletjes: Ganzenbord en Monopoly.", ["Ganzenbord", "Monopoly"]),
    ("section", "Taakverdeling: afwas: Patrouille Arend, vuur: Patrouille Vos", ["Patrouille Arend", "Patrouille Vos"]),
    ("section", "Slaapzakken: Decathlon\nTenten: JNM-uitleendienst", ["Decathlon", "JNM-uitleendienst"]),
    ("section", "IJsjes: Ben & Jerry's. Servetten: Ikea.", ["Ben & Jerry's", "Ikea"]),
    ("section", "Fotograaf: Studio Zonnig, verslag: Het Nieuwsblad", ["Studio Zonnig", "Het Nieuwsblad"]),
    ("section", "Supporters: Rode Duivels-sjaals voor iedereen.", ["Rode Duivels"]),
    ("section", "Ticket op naam van: Vooruit, Gent · Rij A", ["Vooruit", "Gent", "Rij A"]),
    ("section", "Klant: Carrefour, Mechelen – levering maandag", ["Carrefour", "Mechelen"]),
    ("section", "Factuur aan: Jeugdraad, Lier · vervaldag 1/12", ["Jeugdraad", "Lier"]),
    ("section", "Medicatie om 9u voor alle KABOUTERS (zie fiche)", ["KABOUTERS"]),
    ("section", "Busplan: zitje 4 LEIDING, zitje 5 EHBO-KOFFER", ["LEIDING", "EHBO-KOFFER"]),
    ("section", "Wachtlijst: 1. KSA NOORDZEE 2. CHIRO KADEE", ["KSA NOORDZEE", "CHIRO KADEE"]),
    ("section", "Drank: Jupiler, Spa en Ice Tea", ["Jupiler", "Spa", "Ice Tea"]),
    ("section", "Dessert: Dame Blanche. Taart: Sint-Honoré.", ["Dame Blanche", "Sint-Honoré"]),
    ("section", "Locatie: Sint-Jan Berchmanscollege, refter", ["Sint-Jan Berchmanscollege"]),
    ("section", "Kapitein: om beurten, Keeper: wie zin heeft", ["beurten", "zin"]),
]


CLASSES = "A" * 12 + "B" * 12 + "C" * 12 + "D" * 11 + "E" * 11


def score(show: bool = False) -> None:
    from anonymise_s23_privacy_cases import score as score_batch

    score_batch(show, PERSON, KEEP, CLASSES)


assert len(CLASSES) == len(PERSON), (len(CLASSES), len(PERSON))

if __name__ == "__main__":
    import sys

    score(show="--show" in sys.argv)
