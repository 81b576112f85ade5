"""Session 11, the keep side of issue 11: a FROZEN batch of organisations, places and brands
by CLASS, and person look-alikes in the same positions (s11-keep).

Written by s11-keep on 6 December 2026 (01:55-02:05 UTC) BEFORE any rule for these classes was
written, from the miss classes the lead relayed for the informed sets M and N, without copying
a name, organisation or phrase of ``tests/``, ``bench/data/`` or ``/work/shared/`` (every name
invented or a real organisation, place or language that none of them holds).

Classes:
* a head word of a place or organisation before a proper-noun run (farm, camp house, domain,
  playground scheme, firm with a trade compound, coach firm, French "Centre des Jeunes de",
  "Ville de", "Commune de", youth service, "Patro" after a person's "van", a Polish hostel);
* a proper-noun run whose tail is a country, region or continent;
* a region, a foreign place with an accent, a language or dialect name in a quote;
* one-word compounds of a thing noun (-fest, -lijn, -talk, -web), "Stop X" campaigns,
  hyphenated service names, a brand after "bij".

KEEP: (text, items that must stay); PERSON: (text, name parts that must go, items that must stay).
"""

from __future__ import annotations

KEEP: list[tuple[str, list[str]]] = [
    # -- a head word before a proper-noun run
    ("De kampplaats was dit jaar Hoeve Ter Biezen in Zonnebeke.", ["Hoeve Ter Biezen"]),
    ("“We sliepen drie nachten in het hooi op Hoeve Ten Bogaerde.”", ["Hoeve Ten Bogaerde"]),
    ("“Domaine Les Trois Chênes bij Houffalize verhuurt nog aan jeugdbewegingen.”", ["Domaine Les Trois Chênes"]),
    ("“In Kamphuis Le Ruisseau was er geen wifi, en dat was goed.”", ["Kamphuis Le Ruisseau"]),
    ("“Onze bivak was in Gîte La Fougère, vlak bij Bouillon.”", ["Gîte La Fougère"]),
    ("Jeugdwerker Bertin van Speelpleinwerking Het Zonneke: “Elke zomer komen er tweehonderd kinderen.”",
     ["Speelpleinwerking Het Zonneke"]),
    ("“De pallets kregen we gratis van Houthandel Verstraelen.”", ["Houthandel Verstraelen"]),
    ("“Het podium huurden we bij Podiumverhuur Claerhout.”", ["Podiumverhuur Claerhout"]),
    ("“De papa van een kapoen werkt bij Dakwerken Wyseur, die gaf ons de ladders.”",
     ["Dakwerken Wyseur"]),
    ("“De bus van Autocars Kemmel Tours had een lekke band.”", ["Autocars Kemmel Tours"]),
    ("« Au Centre des Jeunes de Waremme, on a tout repeint nous-mêmes », dit Ollivier.",
     ["Centre des Jeunes de Waremme"]),
    ("« Le subside vient de la Ville de Namur, pas de la province. »", ["Ville de Namur"]),
    ("« Nous travaillons avec la Commune de Beauvechain pour le local. »", ["Commune de Beauvechain"]),
    ("« On a reçu le matériel via les Jeunesses Scientifiques de Belgique. »",
     ["Jeunesses Scientifiques de Belgique"]),
    ("“De aanvraag voor de tent moet via Jeugddienst Hoegaarden.”", ["Jeugddienst Hoegaarden"]),
    ("14/05/2024, 20:11 - Jeugddienst Meulebeke: De sleutel ligt aan het onthaal.", ["Jeugddienst Meulebeke"]),
    ("“Volgens Sportdienst Hoeselt mag de hal tot tien uur open.”", ["Sportdienst Hoeselt"]),
    ("Uit de zaal, Sybille van Patro Jodoigne: « Chez nous, c'est pareil. »", ["Patro Jodoigne"]),
    ("“In Gdańsk logeerden we in Schronisko Pod Dębem, een oude jeugdherberg.”", ["Schronisko Pod Dębem"]),
    # -- a proper-noun run whose tail is a country, region or continent
    ("“Wij werken samen met Jeunesse Solidaire Cameroun voor de uitwisseling.”", ["Jeunesse Solidaire Cameroun"]),
    ("“Het geld van de quiz ging naar Enfance Espoir Togo.”", ["Enfance Espoir Togo"]),
    ("“Een trainer van Street Soccer Kenya kwam twee weken mee.”", ["Street Soccer Kenya"]),
    ("“De uitwisseling liep via Youth Network Europe, de rest deden we zelf.”", ["Youth Network Europe"]),
    ("“Onze partner is Action Jeunesse Afrique, in Lomé.”", ["Action Jeunesse Afrique"]),
    ("“Volunteers from Green Schools Ireland joined the camp.”", ["Green Schools Ireland"]),
    ("« Les livres viennent de Lire et Écrire Wallonie. »", ["Lire et Écrire Wallonie"]),
    # -- a region, a foreign place with an accent, a language or dialect in a quote
    ("“Mijn grootvader komt uit Sindh, hij kookt elke zondag.”", ["Sindh"]),
    ("“uit Tigray zijn we gevlucht met de bus”, zegt Griselda (17).", ["Tigray"]),
    ("“In Oromia speelden we elke avond voetbal.”", ["Oromia"]),
    ("“Mijn tante in Kédougou stuurt foto's van de school.”", ["Kédougou"]),
    ("“De zomer in Kaolack was heet, maar de kampen gingen door.”", ["Kaolack"]),
    ("“In Andalucía hebben we met een Spaanse groep gekampeerd.”", ["Andalucía"]),
    ("“Thuis spreken we Bambara, met de kleinsten praat ik Kikongo.”", ["Bambara", "Kikongo"]),
    ("“Mijn vader spreekt Kurmanji, mijn moeder Sorani.”", ["Kurmanji", "Sorani"]),
    ("“Ze spreekt Tamazight met haar oma en Nederlands met ons.”", ["Tamazight"]),
    ("“Op het plein hoor je Fulfulde en Kiswahili.”", ["Fulfulde", "Kiswahili"]),
    ("“Ze vertelde het in het Kinyarwanda, ik vertaalde.”", ["Kinyarwanda"]),
    ("“Sommige liedjes zingen we in het Marols.”", ["Marols"]),
    # -- one-word compounds of a thing noun, campaigns, services, a brand after "bij"
    ("“Tijdens Ketelfest in Aalst hadden we een standje met pannenkoeken.”", ["Ketelfest"]),
    ("“Na Beatfest waren we allemaal kapot.”", ["Beatfest"]),
    ("“Voor vragen kunnen ze altijd de Pestlijn bellen.”", ["Pestlijn"]),
    ("“Op vrijdag doen we Straattalk met de tieners op het plein.”", ["Straattalk"]),
    ("“Alle activiteiten staan op Vrijetijdsweb, ook de kampen.”", ["Vrijetijdsweb"]),
    ("“De affiches van Stop Pestgedrag hangen nu in elke school.”", ["Stop Pestgedrag"]),
    ("“We belden de Jongeren-Infolijn maar niemand nam op.”", ["Jongeren-Infolijn"]),
    ("“Onze brandverzekering zit bij Baloise, dat regelt de koepel.”", ["Baloise"]),
    ("“Het busje huren we altijd bij Europcar.”", ["Europcar"]),
]

PERSON: list[tuple[str, list[str], list[str]]] = [
    # -- the head-word positions, a person
    ("“We sliepen bij boer Ter Horst, die zei dat het mocht.”", ["Horst"], []),
    ("Ten Brink (43) opende de hoeve voor ons: “Ik was zelf leider.”", ["Brink"], []),
    ("Begeleider De Coste van de speelpleinwerking: “Elke dag vol.”", ["Coste"], []),
    ("“Monitor De Bock zei dat het goed ging.”", ["Bock"], []),
    ("“Aannemer Vandenbulcke leverde het hout aan de lokalen.”", ["Vandenbulcke"], []),
    ("“Dakwerker Wyseur kwam zelf de ladders brengen.”", ["Wyseur"], []),
    ("« Philippe de Namur a dit non », raconte Rousset.", ["Philippe", "Rousset"], []),
    ("Jeugdconsulent Lietaert: “De zaal is vrij op zaterdag.”", ["Lietaert"], []),
    ("14/05/2024, 20:13 - Karlijn Vandereycken: Top, ik kom de sleutel halen.", ["Karlijn", "Vandereycken"], []),
    ("Uit de zaal, Grégory van Mansvelt: « Chez nous, c'est pareil. »", ["Grégory", "Mansvelt"], []),
    ("“Verantwoordelijke Van Den Hende van de jeugddienst zei dat het kon.”", ["Hende"], []),
    ("“Met Patrik Ter Horst spraken we af aan de kerk.”", ["Patrik", "Horst"], []),
    ("Schepen Lamotte van Jeugddienst Herstappe zei dat de zaal vrij was.", ["Lamotte"], ["Jeugddienst Herstappe"]),
    ("“Ville Korhonen uit Finland deed de hele week mee.”", ["Ville", "Korhonen"], []),
    ("“Animatrice Ten Kate zei dat het kamp vol zat.”", ["Kate"], []),
    ("“Domaine? Nee, we sliepen bij Gérard Ligtvoet in de schuur.”", ["Gérard", "Ligtvoet"], []),
    # -- a country or region as a person's name
    ("“Dat zei Anke Lorraine gisteren nog aan de telefoon.”", ["Anke", "Lorraine"], []),
    ("Kenya Dorsman (16): “We hebben de hele nacht gepraat.”", ["Kenya", "Dorsman"], []),
    ("“Ik belde met Dakota Holland over het kamp.”", ["Dakota", "Holland"], []),
    ("“Dank aan Savannah en Virginia voor de hulp bij de afwas.”", ["Savannah", "Virginia"], []),
    ("Asia (15): “We waren moe maar blij.”", ["Asia"], []),
    ("“Met Carolina en Gilberte gingen we zwemmen.”", ["Carolina", "Gilberte"], []),
    ("“Alberta zei dat ze volgend jaar leiding wil geven.”", ["Alberta"], []),
    ("“Samen met Dorothea en Soetkin kookten we voor dertig.”", ["Dorothea", "Soetkin"], []),
    # -- quote openings and language positions, a person
    ("“In Bieke haar kamer lagen alle matrassen.”", ["Bieke"], []),
    ("“uit Théo zijn rugzak viel alles op de grond.”", ["Théo"], []),
    ("“Ik spreek Mariska morgen nog over de kampen.”", ["Mariska"], []),
    ("“Ik praat er nog over met Sorana, zij weet het.”", ["Sorana"], []),
    ("“In het Gents zei Gil dat hij bleef.”", ["Gil"], []),
    ("“Thuis spreken we Arabisch met Magali en Frans met Inka.”", ["Magali", "Inka"], []),
    # -- compound and brand positions, a person
    ("“Marlijn belde ons gisteren nog op.”", ["Marlijn"], []),
    ("“Samen met Evelijn deden we de afwas.”", ["Evelijn"], []),
    ("“Ze vroeg raad aan Jacquelijn, haar meter.”", ["Jacquelijn"], []),
    ("“Stop Léopold maar bij de kleinsten, hij kan dat.”", ["Léopold"], []),
    ("“Stop, Roberta! Je loopt in de weg.”", ["Roberta"], []),
    ("“Ik logeer deze week bij Nienke.”", ["Nienke"], []),
    ("“Ik werk in het weekend bij Delcourt in de winkel.”", ["Delcourt"], []),
    ("“Onze verzekering regelt Suzanna, de moeder van Lisette.”", ["Suzanna", "Lisette"], []),
    ("“Tijdens Anse zijn verjaardag waren we met twintig.”", ["Anse"], []),
    ("“Na Femkje haar speech waren we allemaal stil.”", ["Femkje"], []),
]


if __name__ == "__main__":
    from anoncases import print_score

    print_score(KEEP, PERSON)
