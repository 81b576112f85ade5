"""Session 14, the keep side of issue 11: a FROZEN batch of organisations, places, brands and
services by GENERAL class, and person look-alikes in the same positions (s14-keep).

Written by s14-keep on 6 December 2026 (10:25-10:45 UTC) BEFORE any rule of session 14 was
written, from the keep-loss classes that recur in three or more informed sets (classes only),
without copying a name, organisation or phrase of ``tests/``, ``bench/data/`` or
``/work/shared/`` (every firm, club and house invented, surnames invented or of many origins;
checked by a word scan).

Classes:
* a firm named by its trade and its family: a trade noun (a compound shop/service/centre noun,
  a plural of goods or trips, a "-erij") and ONE surname of any origin -- no list holds it,
  with a particle, double-barrelled -- in the sentence's thing slots;
* a type noun and a place or area: a hyphenated municipality, a region, a district
  ("Jeugddienst X-Y", "Politiezone X-Noord", "Woonmaatschappij <region>");
* a house's name after its type noun, "De <adjective> <noun>", the noun a name-word;
* a club "Royal <place> <word>";
* a body named with capitalised ordinary words ("Agentschap <Noun> en <Noun>").

KEEP: (text, items that must stay); PERSON: (text, name parts that must go, items that must stay).
"""

from __future__ import annotations

KEEP: list[tuple[str, list[str]]] = [
    # -- a firm named by its trade and its family (surname no list holds, particle, double)
    ("“De tenten huurden we bij Feestverhuur Vanmaldeghem, die waren goedkoper.”", ["Feestverhuur Vanmaldeghem"]),
    ("“De frisdrank voor de fuif kwam van Drankenhandel Kerckhaert.”", ["Drankenhandel Kerckhaert"]),
    ("“Het hout kochten we bij Houthandel Van Wymeersch in de Stationsstraat.”", ["Houthandel Van Wymeersch"]),
    ("“De bus naar Hastière reed met Autocars Dewaegeneire-Lust.”", ["Autocars Dewaegeneire-Lust"]),
    ("“De truitjes lieten we bedrukken bij Drukkerij Oyeleke in Borgerhout.”", ["Drukkerij Oyeleke"]),
    ("“Het vlees voor de barbecue kwam van Slagerij Kaczmarczyk, een Poolse zaak.”", ["Slagerij Kaczmarczyk"]),
    ("“Onze tent werd opgehaald door Transport Ilunga-Mbaya.”", ["Transport Ilunga-Mbaya"]),
    ("“Het brood haalden we elke ochtend bij bakkerij Vanhaeverbeke.”", ["Vanhaeverbeke"]),
    ("“De schminck kregen we van Feestwinkel Ouedraogo.”", ["Feestwinkel Ouedraogo"]),
    ("“De nieuwe sloten kwamen van Sleutelcentrale Demuynck-Roels.”", ["Sleutelcentrale Demuynck-Roels"]),
    ("“We vertrokken om zes uur met Busreizen Vanhoecke-Tavernier.”", ["Busreizen Vanhoecke-Tavernier"]),
    ("“De verlengkabels leenden we bij Elektrowinkel Abouzaid.”", ["Elektrowinkel Abouzaid"]),
    ("“Alle fietsen werden nagekeken door Fietsenservice Vlădulescu.”", ["Fietsenservice Vlădulescu"]),
    ("“De verf betaalden we bij Verfcentrale Yıldırımlar.”", ["Verfcentrale Yıldırımlar"]),
    ("“Ze zette de bestelling door naar Sportshop Vanderstraeten-Gheysens.”", ["Sportshop Vanderstraeten-Gheysens"]),
    ("“De verhuis van het lokaal deed Verhuizingen Van Houtryve gratis.”", ["Verhuizingen Van Houtryve"]),
    ("“Het ijzerdraad kwam van IJzerwaren Moerdijckx.”", ["IJzerwaren Moerdijckx"]),
    ("“De zakjes chips kregen we van Groothandel Akinyemi.”", ["Groothandel Akinyemi"]),
    ("“De koelcel stond bij Kwekerij De Pauw-Naessens.”", ["Kwekerij De Pauw-Naessens"]),
    ("“De kampvuurkorf lasten ze bij Smederij Przybylski.”", ["Smederij Przybylski"]),
    # -- a type noun and a place or area
    ("Jeugdwerker van Jeugddienst Lovendegem-Vinderhoute: “We delen het materiaal.”", ["Jeugddienst Lovendegem-Vinderhoute"]),
    ("“Dan bellen we de wijkagent van Politiezone Durme-Zuid.”", ["Politiezone Durme-Zuid"]),
    ("“De huisvestingsmaatschappij, Woonmaatschappij Meetjesland, heeft een wachtlijst.”", ["Woonmaatschappij Meetjesland"]),
    ("“De cursus van Jeugdhulp Zuid-Kempen was heel praktisch.”", ["Jeugdhulp Zuid-Kempen"]),
    ("“Het Buurtcomité Kerkeveld bracht soep voor iedereen.”", ["Buurtcomité Kerkeveld"]),
    ("“We speelden een hele middag in Park Ter Loonbeke, aan de vijver.”", ["Park Ter Loonbeke"]),
    ("“De vorming kwam van Welzijnsraad Kempen-Oost.”", ["Welzijnsraad Kempen-Oost"]),
    ("“Het Regionaal Landschap Schelde-Durme gaf ons de plantjes.”", ["Regionaal Landschap Schelde-Durme"]),
    ("“We kregen subsidie van Streekfonds Westhoek voor de nieuwe tenten.”", ["Streekfonds Westhoek"]),
    ("“De brandweer van Hulpverleningszone Fluvia kwam een demonstratie geven.”", ["Hulpverleningszone Fluvia"]),
    # -- a house's name after its type noun: "De <adjective> <noun>", the noun a name-word
    ("“We sliepen een week in Kamphuis De Blauwe Reiger, zonder wifi.”", ["Kamphuis De Blauwe Reiger"]),
    ("“De dekens kwamen van Zorgboerderij De Gouden Haan.”", ["Zorgboerderij De Gouden Haan"]),
    ("“Samen met Kinderdagverblijf De Kleine Beer doen we de inschrijvingen.”", ["Kinderdagverblijf De Kleine Beer"]),
    ("“In Speelpleinwerking De Vrolijke Pier waren er zeventig kinderen.”", ["Speelpleinwerking De Vrolijke Pier"]),
    ("“Het ijsje van IJssalon De Witte Beer was het lekkerste.”", ["IJssalon De Witte Beer"]),
    ("“Na de tocht stopten we bij Herberg De Zwarte Ruiter.”", ["Herberg De Zwarte Ruiter"]),
    ("“We mochten de keuken van Jeugdherberg De Groene Valk gebruiken.”", ["Jeugdherberg De Groene Valk"]),
    ("“De fuif was in Jeugdhuis De Rode Vos, tot twee uur.”", ["Jeugdhuis De Rode Vos"]),
    ("“Onze begeleiders kwamen van Dagcentrum De Open Hand.”", ["Dagcentrum De Open Hand"]),
    ("“De kinderen van Opvanghuis De Kleine Prinses kwamen mee.”", ["Opvanghuis De Kleine Prinses"]),
    # -- a club "Royal <place> <word>"
    ("“Mijn broer speelt voetbal bij Royal Wetteren Sporting.”", ["Royal Wetteren Sporting"]),
    ("“De meisjes van Royal Molenbeek Tigers trainen op woensdag.”", ["Royal Molenbeek Tigers"]),
    ("“We speelden een vriendschappelijke match tegen Royal Charleroi Athletic.”", ["Royal Charleroi Athletic"]),
    ("“Hij is jeugdtrainer bij Royal Schaerbeek United, al vijf jaar.”", ["Royal Schaerbeek United"]),
    ("“De zaal kregen we van Royal Tennis Club Dinant.”", ["Royal Tennis Club Dinant"]),
    # -- a body named with capitalised ordinary words
    ("“Het Agentschap Water en Landschap gaf ons toestemming voor het kamp.”", ["Agentschap Water en Landschap"]),
    ("“Bel op tijd naar het Agentschap voor Bossen en Heide, dan lukt het.”", ["Agentschap voor Bossen en Heide"]),
    ("“Volgens het Fonds Jeugd en Sport kan de aanvraag nog tot mei.”", ["Fonds Jeugd en Sport"]),
    ("“De brochure kwam van Steunpunt Spel en Ruimte.”", ["Steunpunt Spel en Ruimte"]),
    ("“We leenden de banken van Dienst Feesten en Markten.”", ["Dienst Feesten en Markten"]),
    # -- a type noun and a foreign phrase
    ("“Het ijs kwam van IJssalon Bella Luna, op de markt.”", ["IJssalon Bella Luna"]),
    ("“We aten na de tocht bij Pizzeria Vecchia Torre.”", ["Pizzeria Vecchia Torre"]),
    ("“De taart bestelden we bij Patisserie Petit Bonheur.”", ["Patisserie Petit Bonheur"]),
    ("“Het eten kwam van Restaurant Mama Afrika in de Dampoort.”", ["Restaurant Mama Afrika"]),
]

PERSON: list[tuple[str, list[str], list[str]]] = [
    # -- a person noun (role, title, kin, doer) + a surname no list holds, in the same slots
    ("“De tenten huurden we bij Kampleider Vanmaldegem, die had er nog.”", ["Vanmaldegem"], []),
    ("“De frisdrank kwam van Buurman Kerckhaerts, zoals elk jaar.”", ["Kerckhaerts"], []),
    ("“Het hout kochten we van Boswachter Wymeerschen.”", ["Wymeerschen"], []),
    ("“De bus reed met Chauffeur Dewaegeneer, een vriendelijke man.”", ["Dewaegeneer"], []),
    ("“De truitjes kregen we van Juf Oyelakin.”", ["Oyelakin"], []),
    ("“Het vlees kwam van Schepen Kaczmarski, die betaalde alles.”", ["Kaczmarski"], []),
    ("“Onze tent werd opgehaald door Vrijwilliger Ilunga-Mbayo.”", ["Ilunga-Mbayo"], []),
    ("“De schminck kregen we van Animator Ouedraogé.”", ["Ouedraogé"], []),
    ("“De nieuwe sloten kwamen van Conciërge Demuyncke-Roelens.”", ["Demuyncke-Roelens"], []),
    ("“Alle fietsen werden nagekeken door Meester Ciobanescu.”", ["Ciobanescu"], []),
    ("“Ze stuurde de bestelling door naar Trainster Vanderstraete-Gheyssens.”", ["Vanderstraete-Gheyssens"], []),
    ("“De verhuis deed Nonkel Van Houtryvebeke met zijn camionette.”", ["Van Houtryvebeke"], []),
    ("“Het ijzerdraad kwam van Opa Moerdijcke.”", ["Moerenhoudt"], []),
    ("“De chips kregen we van Coach Akinyemiro.”", ["Akinyemiro"], []),
    ("“De koelcel stond bij Tante De Pauwels-Naesen.”", ["De Pauwels-Naesen"], []),
    ("“De kampvuurkorf laste Leerling Przybyłowska in de les.”", ["Przybyłowska"], []),
    ("“De verlengkabels leenden we bij Stagiair Abouzaidi.”", ["Abouzaidi"], []),
    ("“Het brood bracht Collega Vanhaeverbeck elke ochtend mee.”", ["Vanhaeverbeck"], []),
    # -- a trade noun + a first name and a surname: a living person's full name
    ("“Het vlees kwam van Slagerij Bogumił Kaczmarczak.”", ["Bogumił", "Kaczmarczak"], ["Slagerij"]),
    ("“De truitjes lieten we drukken bij Drukkerij Olumuyiwa Oyelekan.”", ["Olumuyiwa", "Oyelekan"], ["Drukkerij"]),
    ("“Het hout kwam van Houthandel Dierik Van Wymeerssche.”", ["Dierik", "Van Wymeerssche"], ["Houthandel"]),
    ("“De bus reed met Autocars Godelinde Dewaegeneere.”", ["Godelinde", "Dewaegeneere"], ["Autocars"]),
    ("“De fietsen werden hersteld door Fietsenservice Sorinel Ciobotaru.”", ["Sorinel", "Ciobotaru"], ["Fietsenservice"]),
    ("“De sloten kwamen van Sleutelcentrale Radouane Abouzaidan.”", ["Radouane", "Abouzaidan"], ["Sleutelcentrale"]),
    # -- a trade noun opening a sentence before a verb of saying: a person (the credit)
    ("“Wij leveren alles,” zegt Drankenhandel-uitbater Kerckhaertens.", ["Kerckhaertens"], []),
    ("“Het was druk,” aldus Vanmaldeghems van de feestverhuur.", ["Vanmaldeghems"], []),
    # -- a surname alone after a preposition, no trade noun before it
    ("“De tenten huurden we bij Vanmaldeghem, die had er nog.”", ["Vanmaldeghem"], []),
    ("“De frisdrank kwam van Kerckhaert, een vriend van de leiding.”", ["Kerckhaert"], []),
    ("“We vertrokken met Dewaegeneire-Lust in zijn eigen wagen.”", ["Dewaegeneire-Lust"], []),
    ("“Ik vroeg de sleutel aan Demuynck-Roels, de conciërge.”", ["Demuynck-Roels"], []),
    # -- a person noun + a place-like or hyphenated surname
    ("Jeugdconsulente Lovendeghem-Vinck: “We delen het materiaal.”", ["Lovendeghem-Vinck"], []),
    ("“Dan bellen we Inspecteur Durmezuid-Oosters.”", ["Durmezuid-Oosters"], []),
    ("“Volgens Begeleidster Meetjes-Landuyt is er een wachtlijst.”", ["Meetjes-Landuyt"], []),
    ("“De cursus gaf Lesgever Noordlimburgs heel praktisch.”", ["Noordlimburgs"], []),
    ("“Buurvrouw Kerkevelde bracht soep voor iedereen.”", ["Kerkevelde"], []),
    ("“Ik sprak met Costel Ter Loonbekehof over het park.”", ["Costel", "Ter Loonbekehof"], []),
    # -- a person whose surname is "De <adjective>" + a first name, in a house's slots
    ("“We sliepen een week bij Godelinde De Blauwe, zonder wifi.”", ["Godelinde", "De Blauwe"], []),
    ("“De dekens kwamen van Haan De Gouden, zei de leiding.”", ["Haan"], []),
    ("“Samen met Beer De Kleine doen we de inschrijvingen.”", ["Beer"], []),
    ("“In de keuken stond Valk De Groene al te koken.”", ["Valk"], []),
    ("“Ik sprak met Juf De Rode over de fuif.”", ["De Rode"], []),
    ("“De kinderen van mevrouw De Vrolijke kwamen mee.”", ["De Vrolijke"], []),
    # -- "Royal" as a first name, and English first names after a preposition
    ("“Mijn broer speelt voetbal met Royal Ofosuhene-Atta.”", ["Ofosuhene-Atta"], []),
    ("“De meisjes trainen bij Royal Adjei op woensdag.”", ["Adjei"], []),
    ("“Ik sprak met Royal Vanhoeckel na de match.”", ["Vanhoeckel"], []),
    # -- two surnames coordinated: persons, in the body's slots
    ("“Volgens Vanhoeckel en Debaets kan de aanvraag nog tot mei.”", ["Vanhoeckel", "Debaets"], []),
    ("“De brochure kwam van Oda Water en Wibren Landschap.”", ["Oda", "Wibren"], []),
    ("“Bel op tijd naar Wegen Karaosmanlı, dan lukt het.”", ["Karaosmanlı"], []),
    # -- a foreign first name and surname after a type noun of a person
    ("“Het ijs kwam van IJsventer Ettore Bellamonte, op de markt.”", ["Ettore", "Bellamonte"], []),
    ("“We aten na de tocht bij Kok Giovanni Soleri.”", ["Giovanni", "Soleri"], []),
    ("“De taart bakte Mama Zoubida Bouchraya voor ons.”", ["Zoubida", "Bouchraya"], []),
    ("“Het eten maakte Tante Efuah Ofosuhene-Atta in de grote keuken.”", ["Efuah", "Ofosuhene-Atta"], []),
    ("“De kinderen zongen voor Opa Bonheur Lubaki-Ndombe.”", ["Bonheur", "Lubaki-Ndombe"], []),
    ("“Het kamp leidde Pater Luna Ibáñez-Sole.”", ["Ibáñez-Sole"], []),
]


if __name__ == "__main__":
    from anoncases import print_score

    print_score(KEEP, PERSON)
