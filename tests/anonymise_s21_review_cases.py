"""Session 21, wave 2 (s21-review): an attack on wave 1's rules, as a FROZEN batch.

Written by s21-review on 7 December 2026, 08:35-08:37 UTC, BEFORE reading any rule of
keep_abroad, keep_german, keep_brackets, keep_firms, keep_verbs, person_slot_lists or person_runs
(only the prompt, the three engineers' notes and the harness of session 18's batch were read).
Names and organisations are invented (many origins; names that are words, lower case, ALL CAPS).

``PERSON``: persons in the frames the new KEEP rules read (bei/von/aus/im/mit in German sentences,
chez and appositions in French, at / 's / appositions in English, "gesponsord door", "verzekerd
bij", "aan de kassa bij", a job "bij", "offerte van", a firm's papers, an office compound, a
bracketed credit, a brewery); every name part must go.
``KEEP``: organisations, places and brands in the frames the new NAME rules read (lists under a
"met dank aan"/sponsor header, rankings of teams, room and rota lists of groups, credits,
v.l.n.r. of places, vocatives of a place or a group, capitals after BEDANKT/PROFICIAT, name chains
al-/el-/abu, citations and "t.a.v." of a body); every item must stay.

``PYTHONPATH=tests python tests/anonymise_s21_review_cases.py [--show]``.
"""

from __future__ import annotations

import anonymise_s18_name_class_cases as _s18

Q = "\u201c{}\u201d"


def _q(text: str) -> str:
    return Q.format(text)


PERSON: list[tuple[str, str, list[str]]] = [
    # German sentences: bei / von / aus / im / mit
    ("section", _q("Ich arbeite seit Mai bei Radomira Krzemieniak auf dem Hof."), ["Radomira", "Krzemieniak"]),
    ("section", _q("Ich war das ganze Wochenende bei Oyindamola, wir haben gekocht."), ["Oyindamola"]),
    ("section", _q("Wir haben bei Frau Heiderun Klausnitzer Klavier gelernt."), ["Heiderun", "Klausnitzer"]),
    ("section", _q("Das Zelt haben wir von Thorvald Engstrup geliehen."), ["Thorvald", "Engstrup"]),
    ("section", _q("Die Idee kam von Ngozika, sie ist unsere Leiterin."), ["Ngozika"]),
    ("section", _q("Wir wohnen diese Woche bei Familie Brandvelder in Eupen."), ["Brandvelder"]),
    ("section", _q("Ich mache mein Praktikum bei Herrn Adler in der Werkstatt."), ["Adler"]),
    ("section", _q("Wir trainieren bei Fuchs, der ist ziemlich streng."), ["Fuchs"]),
    ("section", _q("ich war gestern bei jannik und maren, es war lustig."), ["jannik", "maren"]),
    ("section", _q("ICH ARBEITE JETZT BEI KASIMIR WOLTERSDORF IN DER KÜCHE."), ["KASIMIR", "WOLTERSDORF"]),
    ("section", _q("Er kommt aus Thüringen und heißt Florentin Sauerbeck."), ["Florentin", "Sauerbeck"]),
    ("section", _q("Wir saßen im Garten von Liselotte Hemmerich und haben gesungen."), ["Liselotte", "Hemmerich"]),
    ("section", _q("Ich bin mit Amadou Sissokho nach Eupen gefahren."), ["Amadou", "Sissokho"]),
    ("section", _q("Ich helfe samstags bei Oma Trudel im Laden."), ["Trudel"]),
    ("section", _q("Wir brauchen mehr Platz für die Gruppe") + ", sagte Gundula Tiefenbacher aus Raeren.",
     ["Gundula", "Tiefenbacher"]),
    ("section", _q("Ich lerne Gitarre bei Xiadong Feuerlein, er ist super."), ["Xiadong", "Feuerlein"]),
    # French: chez, appositions
    ("section", _q("Je dors chez Maëlys Dufrenoy ce week-end."), ["Maëlys", "Dufrenoy"]),
    ("section", _q("On a mangé chez Ndeye Faty, c'était très bon."), ["Ndeye", "Faty"]),
    ("section", _q("J'ai fait mon stage chez Aurelio Mancuzzi, un menuisier."), ["Aurelio", "Mancuzzi"]),
    ("section", _q("Je travaille chez Rose, une amie de ma mère."), ["Rose"]),
    ("section", _q("je suis chez yannick jusqu'à lundi."), ["yannick"]),
    ("section", _q("ON VA CHEZ BERTILLE APRÈS LE CAMP."), ["BERTILLE"]),
    ("section", _q("On a demandé à Sidonie, une petite graphiste indépendante, de faire l'affiche."), ["Sidonie"]),
    ("section", _q("Je bosse chez Li Weijiao le samedi matin."), ["Weijiao"]),
    ("section", "\u00ab On a besoin d'aide \u00bb, dit Anaïs Rougemontier de Liège.", ["Anaïs", "Rougemontier"]),
    # English: at, 's, appositions
    ("section", _q("I worked at Siddharth's garage all summer."), ["Siddharth"]),
    ("section", _q("We stayed at Kaisa Lehtimaki's for a week."), ["Kaisa", "Lehtimaki"]),
    ("section", _q("I asked Ileana Bratescu, a friend from school, to help."), ["Ileana", "Bratescu"]),
    ("section", _q("We asked Tobiah, a small design freelancer, to draw the poster."), ["Tobiah"]),
    ("section", _q("I had a summer job at Bartosz Wielgorski, the farmer down the road."), ["Bartosz", "Wielgorski"]),
    ("section", _q("i was at emeka's all night lol"), ["emeka"]),
    ("section", _q("We slept at the Vandersmissen house near the lake."), ["Vandersmissen"]),
    ("section", _q("I worked at Hamid Al-Qassimi's shop in the city."), ["Hamid", "Al-Qassimi"]),
    # Dutch business frames with a person
    ("section", _q("Het kamp werd gesponsord door Tjalling Wiersmaat, de vader van een lid."), ["Tjalling", "Wiersmaat"]),
    ("section", _q("We worden dit jaar gesponsord door opa Gisbrecht."), ["Gisbrecht"]),
    ("section", _q("Gesponsord door Dauw Verzwalmen, een vriend van de leiding."), ["Dauw", "Verzwalmen"]),
    ("section", _q("We zijn verzekerd bij Fenneke Holsbroek, een makelaar in het dorp."), ["Fenneke", "Holsbroek"]),
    ("section", _q("Mijn brommer is verzekerd bij oom Hendrikus."), ["Hendrikus"]),
    ("section", _q("Ik sta op zaterdag aan de kassa bij Wendelijntje in haar winkeltje."), ["Wendelijntje"]),
    ("section", _q("Ik zit aan de kassa bij Ozan Yildirimer, de bakker van de wijk."), ["Ozan", "Yildirimer"]),
    ("section", _q("Ik heb een vakantiejob bij Jorrit Klaassema op de boerderij."), ["Jorrit", "Klaassema"]),
    ("section", _q("Ik werk in het weekend bij Mirjeta in de zaak."), ["Mirjeta"]),
    ("section", _q("We kregen een offerte van Bram Olieslagers, hij is schilder."), ["Olieslagers"]),
    ("section", _q("De papieren van Zoltan Kerekes lagen nog in de auto."), ["Zoltan", "Kerekes"]),
    ("section", _q("De facturen van Ayomikun moeten nog betaald worden."), ["Ayomikun"]),
    ("section", _q("We vroegen Isaura, een kleine zelfstandige fotografe, om foto's te maken."), ["Isaura"]),
    ("section", _q("Dankzij Quirijn Haverbeke, een freelance webbouwer, hebben we een site."), ["Quirijn", "Haverbeke"]),
    ("section", _q("Het ontwerpbureau van Liesbeth Overdulle maakte onze affiche."), ["Liesbeth", "Overdulle"]),
    ("section", _q("Het nieuwe logo (Soraya Benharrouch, 17 jaar) hangt nu overal."), ["Soraya", "Benharrouch"]),
    ("section", _q("Het concert (Elif Karaduman, piano) was prachtig."), ["Elif", "Karaduman"]),
    ("section", _q("We bezochten de brouwerij van Gustaaf, de buurman van onze leider."), ["Gustaaf"]),
    ("section", _q("ik werk bij ilse op de boerderij, dat is zwaar"), ["ilse"]),
    ("section", _q("GESPONSORD DOOR MARCELLINUS VANHOVE!"), ["MARCELLINUS", "VANHOVE"]),
    ("section", _q("Ik heb een studentenjob bij Bloem, zij heeft een tuincentrum."), ["Bloem"]),
]

KEEP: list[tuple[str, str, list[str]]] = [
    # lists of partners, sponsors, rankings, rooms, rotas, credits of bodies
    ("section", "Met dank aan:\nDrukkerij Kwastwerk\nJeugddienst Oostkamp\nBakkerij Halfmaan\n\n" + _q("Zonder hen lukte het niet."),
     ["Kwastwerk", "Oostkamp", "Halfmaan"]),
    ("section", "Sponsors:\nColruyt\nProximus\nDuvel Moortgat\n\n" + _q("We zijn hen heel dankbaar."),
     ["Colruyt", "Proximus", "Duvel Moortgat"]),
    ("section", "Met dank aan: Kwastwerk, Halfmaan en Tuincentrum Groenlinde.\n\n" + _q("Dank jullie wel."),
     ["Kwastwerk", "Halfmaan", "Groenlinde"]),
    ("section", "Eindstand voetbaltornooi:\n1. KSA Heule 9 ptn\n2. Chiro Lendelede 6 ptn\n3. Scouts Marke 3 ptn\n\n"
     + _q("Volgend jaar winnen wij."), ["Heule", "Lendelede", "Marke"]),
    ("section", "Uitslag quiz:\n1. De Slimme Vossen 48\n2. Team Kaaskop 45\n3. Olympiakos Kuurne 41\n\n" + _q("Wat een avond."),
     ["Slimme Vossen", "Kaaskop", "Olympiakos Kuurne"]),
    ("section", "Klassement:\n1. Tongeren\n2. Bilzen\n3. Maaseik\n\n" + _q("We waren met veel."), ["Tongeren", "Bilzen", "Maaseik"]),
    ("section", "Lokalen:\nLokaal 1: Scouts Haaltert\nLokaal 2: KSA Zwalm\nLokaal 3: Jeugdhuis Wervelwind\n\n"
     + _q("Iedereen vond zijn plek."), ["Haaltert", "Zwalm", "Wervelwind"]),
    ("section", "Tentenlijst:\nTent A: Chiro Ruddervoorde\nTent B: Gidsen Beernem\n\n" + _q("Het regende hard."),
     ["Ruddervoorde", "Beernem"]),
    ("section", "Kookbeurten:\nmaandag: Chiro Zarren\ndinsdag: KLJ Vladslo\nwoensdag: de Gidsen van Esen\n\n" + _q("Lekker gegeten."),
     ["Zarren", "Vladslo", "Esen"]),
    ("section", "Foto: Studio Lichtvang\nMuziek: Brassband Zuiderwind\nCatering: Frituur Den Hoek\n\n" + _q("Top."),
     ["Lichtvang", "Zuiderwind", "Den Hoek"]),
    ("caption", "V.l.n.r.: Hasselt, Genk en Tongeren op het podium.", ["Hasselt", "Genk", "Tongeren"]),
    ("caption", "Van links naar rechts: Jeugdhuis Spinnewiel, Chiro Lovendegem en Lidl Eeklo.",
     ["Spinnewiel", "Lovendegem", "Lidl"]),
    ("section", "Aanwezig:\nJeugdraad Wingene\nSchepen van jeugd\nVzw Tegenwind\n\n" + _q("Een fijne vergadering."),
     ["Wingene", "Tegenwind"]),
    ("section", "Badges:\nCHIRO WAARSCHOOT\nKSA ZOMERGEM\n\n" + _q("Iedereen droeg er een."), ["WAARSCHOOT", "ZOMERGEM"]),
    ("section", "Partners: Oostende, Stad; Jeugddienst, Brugge; Vzw Zeewind\n\n" + _q("Samen sterk."),
     ["Oostende", "Brugge", "Zeewind"]),
    # vocatives of a place or a group
    ("section", _q("Kortrijk, jullie waren geweldig vanavond!"), ["Kortrijk"]),
    ("section", _q("Chiro Aalter, bedankt voor jullie tenten!"), ["Aalter"]),
    ("section", _q("Gent, je bent de mooiste stad van het land."), ["Gent"]),
    ("section", _q("Delhaize, jullie zijn de beste sponsor ooit."), ["Delhaize"]),
    # capitals after greeting / thanks words
    ("section", _q("BEDANKT CHIRO MERKSPLAS!"), ["MERKSPLAS"]),
    ("section", _q("PROFICIAT KSA WAREGEM MET DE OVERWINNING!"), ["WAREGEM"]),
    ("section", _q("MET DANK AAN DELHAIZE LOKEREN EN DE STAD GENT"), ["DELHAIZE", "LOKEREN", "GENT"]),
    ("section", _q("HALLO ANTWERPEN, ZIJN JULLIE ER KLAAR VOOR?"), ["ANTWERPEN"]),
    # name chains
    ("section", _q("Mijn neef werkt in Abu Dhabi voor een hotel."), ["Abu Dhabi"]),
    ("section", _q("We keken naar Al Jazeera in het jeugdhuis."), ["Al Jazeera"]),
    ("section", _q("Ze kocht haar jas bij El Corte Inglés in Madrid."), ["El Corte Inglés", "Madrid"]),
    ("section", _q("Onze reis ging via Dar es Salaam naar Zanzibar."), ["Dar es Salaam", "Zanzibar"]),
    # lower case and chat
    ("section", _q("ik moet ff de jeugddienst van lebbeke appen"), ["lebbeke"]),
    ("section", _q("we gingen met tom naar oostende, super"), ["oostende"]),
    ("section", _q("kan iemand ff bpost bellen?"), ["bpost"]),
    # citations and t.a.v. of a body
    ("section", "Bron: Kinderrechtencommissariaat (2024). Jaarverslag.\n\n" + _q("Dat moet beter."), ["Kinderrechtencommissariaat"]),
    ("section", "Bron: Vlaamse Jeugdraad, Advies (2023).\n\n" + _q("Dat moet beter."), ["Vlaamse Jeugdraad"]),
    ("section", _q("De brief gaat naar de gemeente, t.a.v. Jeugddienst Lebbeke."), ["Jeugddienst Lebbeke"]),
    ("section", _q("Stuur het t.a.v. Vzw Tegenwind, dan komt het goed."), ["Tegenwind"]),
]


def misses() -> dict[str, list[int]]:
    """Index lists of the cases that fail, per run (text / report) and side (names / keep)."""
    return _s18.misses(PERSON, KEEP)


if __name__ == "__main__":
    import sys

    _s18.score(PERSON, KEEP, show="--show" in sys.argv)
