"""Session 12, the keep side of issue 11: a FROZEN batch of organisations, places, brands and
services by GENERAL class, and person look-alikes in the same positions (s12-keep).

Written by s12-keep on 6 December 2026 (04:45-04:58 UTC) BEFORE any rule of session 12 was
written, from the miss classes the lead relayed for the informed sets P, H and J (classes only),
without copying a name, organisation or phrase of ``tests/``, ``bench/data/`` or ``/work/shared/``
(every name invented, or a real place or brand that none of them holds; checked by a word scan).

Classes:
* a capitalised common noun inside a sentence (a type word no head list holds) before a proper
  run: studio, committee, park, camp house, parlour, mosque, taxi, garage, school, bakery...;
* a run closed by a known place (town, province, country): "<Acronym> <province>", "<Word> <town>";
* "<Word> Park", two-word brands and venues ("<Word> Bikes", "<Word> FM", "<Word> Jobs",
  "Villa <Surname>", "<Town> Xpo", "Regionaal Landschap <X>"), an app with a digit;
* a lone unknown word in a thing slot (install/download/play/drink/"de app X"/"op X" as a
  platform), and the same word elsewhere in the same text;
* a foreign city with an accent second in a pair; a Turkish city with a case suffix.

KEEP: (text, items that must stay); PERSON: (text, name parts that must go, items that must stay).
"""

from __future__ import annotations

KEEP: list[tuple[str, list[str]]] = [
    # -- a capitalised type noun mid-sentence + a proper run
    ("“De groepsfoto lieten we maken bij Fotostudio Vanhaelewyn in de Kerkstraat.”", ["Fotostudio Vanhaelewyn"]),
    ("“Het Wijkcomité Hoge Bremt gaf ons de sleutel van het zaaltje.”", ["Wijkcomité Hoge Bremt"]),
    ("“We speelden het dropspel in Park Ter Rijst, tot het donker werd.”", ["Park Ter Rijst"]),
    ("“Het bivak was in Kamphuis De Stille Beek, ver van alles.”", ["Kamphuis De Stille Beek"]),
    ("“Na de tocht trakteerde de leiding in IJssalon Dolce Sogno.”", ["IJssalon Dolce Sogno"]),
    ("“Met de tieners bezochten we Moskee Selimiye Beringen, de imam gaf uitleg.”", ["Moskee Selimiye Beringen"]),
    ("“Om drie uur 's nachts brachten we hem met Taxi Sint-Rochus naar huis.”", ["Taxi Sint-Rochus"]),
    ("“De fietsen herstelde Garage Wingene gratis.”", ["Garage Wingene"]),
    ("“De kinderen van Basisschool De Zonnewijzer kwamen ook een dag.”", ["Basisschool De Zonnewijzer"]),
    ("“Het brood kwam elke ochtend van Bakkerij Het Gouden Korenaar.”", ["Bakkerij Het Gouden Korenaar"]),
    ("“We oefenden in Sporthal Den Uyt, die was gratis.”", ["Sporthal Den Uyt"]),
    ("“De soep kookten we in Buurthuis Ter Elst.”", ["Buurthuis Ter Elst"]),
    ("“Ons eindfeest was in Zaal Nieuwe Linde, met een dj.”", ["Zaal Nieuwe Linde"]),
    ("“De leiding ging nadien iets drinken in Brasserie Vieux Moulin.”", ["Brasserie Vieux Moulin"]),
    ("“Wij huurden de tenten bij Scouting Oud Turnhout.”", ["Scouting Oud Turnhout"]),
    ("“De kampvuurhout kregen we van Boomkwekerij Groenhove.”", ["Boomkwekerij Groenhove"]),
    ("“In Speeltuin Het Klimbos mochten de kleinsten gratis binnen.”", ["Speeltuin Het Klimbos"]),
    ("“We sliepen in Jeugdverblijf Hooghe Heide, met een grote keuken.”", ["Jeugdverblijf Hooghe Heide"]),
    # -- a run closed by a known place
    ("“We werken al jaren samen met KLJ Vlaams-Brabant voor de vorming.”", ["KLJ Vlaams-Brabant"]),
    ("“De trainers kwamen van Sportkompas Roeselare, heel goed volk.”", ["Sportkompas Roeselare"]),
    ("“Het materiaal komt van Groenwerk Ronse.”", ["Groenwerk Ronse"]),
    ("“We kregen een subsidie van Sportwerk Limburg.”", ["Sportwerk Limburg"]),
    ("“Een vrijwilliger van Kinderkansen Kortrijk hielp mee.”", ["Kinderkansen Kortrijk"]),
    ("“De uitwisseling met Jugendring Dortmund was het hoogtepunt.”", ["Jugendring Dortmund"]),
    # -- "<Word> Park", two-word brands and venues, an app with a digit
    ("“Op het einde van het kamp gingen we naar Meerhout Park.”", ["Meerhout Park"]),
    ("“De kleinsten wilden alleen nog naar Happy Park.”", ["Happy Park"]),
    ("“De mountainbikes huurden we bij Leie Bikes.”", ["Leie Bikes"]),
    ("“Onze oproep werd voorgelezen op Radio Kempen FM.”", ["Kempen FM"]),
    ("“Ze vond haar studentenjob via Start Jobs.”", ["Start Jobs"]),
    ("“Het ouderfeest was in Villa Verhulst, achter de kerk.”", ["Villa Verhulst"]),
    ("“Met de groep bezochten we Hasselt Xpo voor de beurs.”", ["Hasselt Xpo"]),
    ("“De boswandeling werd begeleid door Regionaal Landschap Scheldeland.”", ["Regionaal Landschap Scheldeland"]),
    ("“Alle inschrijvingen lopen nu via de app Kamp4All.”", ["Kamp4All"]),
    ("“De planning staat in Shift2Go, dat is handig.”", ["Shift2Go"]),
    # -- a lone unknown word in a thing slot
    ("“De jongsten spelen de hele dag Brawlers Arena op hun gsm.”", ["Brawlers Arena"]),
    ("“Iedereen moest Zapbox downloaden voor de tocht.”", ["Zapbox"]),
    ("“Ze installeerden Quizzo op de tablet van de jeugdruimte.”", ["Quizzo"]),
    ("“De tieners drinken liever Fritzcola dan water.”", ["Fritzcola"]),
    ("“Zet het programma op Klasweb, dan zien de ouders het.”", ["Klasweb"]),
    ("“Het filmpje staat op Plinkr, met al honderd likes.”", ["Plinkr"]),
    ("“Via de app Groepsklok weten de ouders wanneer de bus aankomt.”", ["Groepsklok"]),
    ("“Op de Tickla-app verkochten we alle kaartjes.”", ["Tickla"]),
    ("“We keken samen naar Skyward Kids, de nieuwe reeks.”", ["Skyward Kids"]),
    ("“De leiding zette alles op Wakelet. Wakelet is gratis voor jeugdwerk.”", ["Wakelet"]),
    ("“Ze speelden Valdora tot drie uur. Valdora is verslavend, zegt de leiding.”", ["Valdora"]),
    # -- foreign cities and a case suffix
    ("“Onze uitwisseling ging van Lyon naar Besançon.”", ["Besançon"]),
    ("“De jongeren reisden via Porto naar Cádiz.”", ["Cádiz"]),
    ("“Mijn oom woont in Sivas'ta, zei hij lachend.”", ["Sivas"]),
    ("“Zomers gaan we naar Samsun'a met de auto.”", ["Samsun"]),
    ("“Haar familie komt uit Eskişehir'den.”", ["Eskişehir"]),
    ("“Wij waren met de groep in Gdynia en Białystok.”", ["Białystok"]),
]

PERSON: list[tuple[str, list[str], list[str]]] = [
    # -- a person noun (title, role, kinship, address) before a name, mid-sentence
    ("“Gisteren kwam Meester Vandoorne mee op tocht.”", ["Vandoorne"], []),
    ("“Ik vroeg het aan Buurman Verschaeve, die had een ladder.”", ["Verschaeve"], []),
    ("“Toen belde Tante Mientje om te zeggen dat ze later kwam.”", ["Mientje"], []),
    ("“Na de match zei Coach Deweer dat we goed speelden.”", ["Deweer"], []),
    ("“Het plan kwam van Schepen Vangheluwe zelf.”", ["Vangheluwe"], []),
    ("“De wonde werd verzorgd door Dokter Verhelle.”", ["Verhelle"], []),
    ("“Vorige week las Juf Annemie een verhaal voor.”", ["Annemie"], []),
    ("“In de vakantie komt Opa Remi altijd helpen.”", ["Remi"], []),
    ("“Het brood komt van Bakkerij Hannelore Vermote, zij geeft korting.”", ["Hannelore", "Vermote"], []),
    ("“De foto's zijn van Fotograaf Demeulemeester.”", ["Demeulemeester"], []),
    ("“Volgens Groepsleider Vanbellingen was het een goed kamp.”", ["Vanbellingen"], []),
    ("“Dat vertelde Jeugdwerker Boudry ons achteraf.”", ["Boudry"], []),
    ("“Gelukkig kwam Buurtwerker Desodt mee.”", ["Desodt"], []),
    ("“Ik sprak erover met Trainster Vercaemst.”", ["Vercaemst"], []),
    ("“Elke woensdag komt Moeke Mieke langs met wafels.”", ["Mieke"], []),
    ("“Volgens Pastoor Vandekerckhove mocht de zaal gebruikt worden.”", ["Vandekerckhove"], []),
    ("“Daarna sprak Directeur Callebert de ouders toe.”", ["Callebert"], []),
    ("“Ook Nonkel Miel hielp met de tenten.”", ["Miel"], []),
    ("“Het idee kwam van Kookouder Lambrecht.”", ["Lambrecht"], []),
    ("“Volgens Broeder Anselmus is de kapel open.”", ["Anselmus"], []),
    ("“We mochten mee met Chauffeur Vanhoutte.”", ["Vanhoutte"], []),
    ("“Dank aan Mama Griet voor de soep.”", ["Griet"], []),
    ("“Toen kwam Zuster Bernadette binnen.”", ["Bernadette"], []),
    ("“Gelukkig was Mevrouw Wijns er nog.”", ["Wijns"], []),
    # -- a person after met/bij/van/in/op, and in a thing slot's neighbourhood
    ("“Ik speel elke zaterdag met Wout in het park.”", ["Wout"], []),
    ("“Ze sliep die nacht bij Jorien in de tent.”", ["Jorien"], []),
    ("“Het idee kwam van Lenn, de jongste.”", ["Lenn"], []),
    ("“Ik zette het filmpje op Ferre zijn gsm.”", ["Ferre"], []),
    ("“We drinken nog iets met Liesbet na de vergadering.”", ["Liesbet"], []),
    ("“Ik installeerde de app samen met Thibaut.”", ["Thibaut"], []),
    ("“Ze spelen graag met Ilse en Noor.”", ["Ilse", "Noor"], []),
    ("“Download het formulier en stuur het naar Ysalde.”", ["Ysalde"], []),
    ("“In Wouter zijn auto was plaats voor vier.”", ["Wouter"], []),
    ("“Zet het op tafel, zei Fenna tegen de kinderen.”", ["Fenna"], []),
    ("“De app werd gemaakt door Jorik Vervenne, een oud-leider.”", ["Jorik", "Vervenne"], []),
    ("“We keken samen met Robbe naar de reeks.”", ["Robbe"], []),
    # -- a name closed by a place-shaped word, a park or brand shape
    ("“Volgens Jelle Mechelen was het kamp te duur.”", ["Jelle", "Mechelen"], []),
    ("“Ik belde met Seppe Brugge over de bus.”", ["Seppe", "Brugge"], []),
    ("“De uitleg kwam van Lore Ostende.”", ["Lore", "Ostende"], []),
    ("“Dat zei Arnout Limburg tijdens de pauze.”", ["Arnout", "Limburg"], []),
    ("“Gisteren zagen we Wanda Park in de stad.”", ["Wanda"], []),
    ("“Dat heeft Kaspar Villa zelf geregeld.”", ["Kaspar", "Villa"], []),
    # -- names that are common words, in the new slots
    ("“Ik speelde met Merel tot het donker was.”", ["Merel"], []),
    ("“Gisteren bracht Iris de taart mee.”", ["Iris"], []),
    ("“We zaten in de tent van Sterre en Wolf.”", ["Sterre", "Wolf"], []),
    ("“Op Zomer haar feestje waren we met dertig.”", ["Zomer"], []),
    ("“Het was Rivka die de app aanraadde.”", ["Rivka"], []),
    ("“Via Jolien kregen we de tickets.”", ["Jolien"], []),
    # -- the report says it is a person: it stays masked in a thing slot too
    ("Femmigje (15): “Ik speel elke dag.” Later zei Femmigje: “Iedereen speelt met Femmigje.”", ["Femmigje"], []),
    ("“Toen zei Meester Lowyck dat de app op Lowyck zijn laptop stond.”", ["Lowyck"], []),
    ("“Dat zei Marthe, en ze installeerde Zapbox voor ons.”", ["Marthe"], ["Zapbox"]),
    ("“Volgens Coach Vandersteene kregen we geld van Sportwerk Limburg.”", ["Vandersteene"], ["Sportwerk Limburg"]),
]


if __name__ == "__main__":
    from anoncases import print_score

    print_score(KEEP, PERSON)
