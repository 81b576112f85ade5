"""Session 22 (s22-leaks, issue 11, severity 1): person names the anonymiser kept whole in PLAIN
sentences at the start of the session -- (A) a given name of East-Asian or hyphenated shape before a
surname that is a Dutch or English word, (B) an ALL CAPS full name after a preposition or at a
sentence start, (C) an ALL CAPS first name alone in the same frames, (D) a first name that is a word
opening a sentence as the subject of a person verb, (E) a lower-case surname or first name in an
otherwise cased text, (F) a listed name after an organisation noun ("de vzw X", "de brouwerij X"),
(G) a business named after a person's full name ("Brasserie X Y"). A FROZEN batch.

Written by s22-leaks on 7 December 2026, 11:20-11:22 UTC (by `date`), BEFORE reading any rule of these
classes (only the brief, the prompt and session 18's batch helpers were read). Names are invented
(many origins); common listed surnames and given names occur where the class is "a listed name".
The look-alikes are organisations, acronyms, weather, words, places and real-looking businesses in
the same frames.

``PERSON``: ``(path, text, name parts that must go)``; ``KEEP``: ``(path, text, items that must
stay)``. Same helpers as session 18. ``PYTHONPATH=tests python tests/anonymise_s22_leak_class_cases.py [--show]``.
"""

from __future__ import annotations

import anonymise_s18_name_class_cases as _s18
from anonymise_s18_name_class_cases import items_lost, names_left, run_path, run_text  # noqa: F401

PERSON: list[tuple[str, str, list[str]]] = [
    # (A) East-Asian / hyphenated given name + a surname that is a word
    ("section", "“Ik sprak met Seo-yeon Park over het kamp.”", ["Seo-yeon", "Park"]),
    ("section", "“Ik sprak met Ji-hoon Song na de vergadering.”", ["Ji-hoon", "Song"]),
    ("section", "“Gisteren belde Hye-jin Moon ons op.”", ["Hye-jin", "Moon"]),
    ("section", "“We werkten samen met Xiao-mei Long aan de affiche.”", ["Xiao-mei", "Long"]),
    ("section", "“Daarna vertelde Thi-lan Bui hoe het ging.”", ["Thi-lan", "Bui"]),
    ("section", "“De flyer kwam van Dae-sung Bos uit de leiding.”", ["Dae-sung", "Bos"]),
    ("section", "“Ik heb het gevraagd aan Mei-ling Wolf.”", ["Mei-ling", "Wolf"]),
    ("section", "“Samen met Quang-minh Ha zette ik de tenten op.”", ["Quang-minh", "Ha"]),
    ("section", "“Ik sprak met Anne-Fleur Veld over de subsidie.”", ["Anne-Fleur", "Veld"]),
    ("section", "“Toen kwam Jan-Wouter Steen binnen met taart.”", ["Jan-Wouter", "Steen"]),
    ("caption", "Eun-bi Hong en haar groep aan het kampvuur.", ["Eun-bi", "Hong"]),
    ("section", "“Ik sprak met Min-seo Lee en Jun-ho Kang.”", ["Min-seo", "Lee", "Jun-ho", "Kang"]),
    # (B) ALL CAPS full name after a preposition or at a sentence start
    ("section", "“Met TIBO VANDERHAEGHEN gingen we naar zee.”", ["Tibo", "Vanderhaeghen"]),
    ("section", "“Met FLEUR DE WINTERE maakten we soep.”", ["Fleur", "Wintere"]),
    ("section", "“Van ARNOUT CLAESSENS kregen we een bal.”", ["Arnout", "Claessens"]),
    ("section", "“Bij YASMINA BOUAZZAOUI thuis was het feest.”", ["Yasmina", "Bouazzaoui"]),
    ("section", "“Voor LIESBETH VERCAUTEREN hadden we bloemen.”", ["Liesbeth", "Vercauteren"]),
    ("section", "“Samen met KOBE MAERTENSEN speelden we voetbal.”", ["Kobe", "Maertensen"]),
    ("section", "“Zonder NOAH DE CLERCQUE was het niet gelukt.”", ["Noah", "Clercque"]),
    ("section", "“Door ELIF KARADUMAN kwam alles in orde.”", ["Elif", "Karaduman"]),
    ("section", "“TIBO VANDERHAEGHEN gaf ons de sleutel.”", ["Tibo", "Vanderhaeghen"]),
    ("section", "“We gingen met ZEYNEP ÖZTÜRKMEN naar de markt.”", ["Zeynep", "Öztürkmen"]),
    ("section", "“Met KWAME MENSAH-BOATENG speelden we djembé.”", ["Kwame", "Mensah-Boateng"]),
    # (C) ALL CAPS first name alone
    ("section", "“Met TIBO gingen we naar zee.”", ["Tibo"]),
    ("section", "“Met FLEUR maakten we soep.”", ["Fleur"]),
    ("section", "“Van ARNOUT kregen we een bal.”", ["Arnout"]),
    ("section", "“Bij YASMINA thuis was het feest.”", ["Yasmina"]),
    ("section", "“Samen met KOBE speelden we voetbal.”", ["Kobe"]),
    ("section", "“We gingen met ZEYNEP naar de markt.”", ["Zeynep"]),
    ("section", "“Ik heb het aan LIESBETH gevraagd.”", ["Liesbeth"]),
    ("section", "“ELIF zei dat het goed was.”", ["Elif"]),
    ("section", "“Gisteren belde KWAME me op.”", ["Kwame"]),
    ("section", "“Door NOAH kwam alles in orde.”", ["Noah"]),
    # (D) a name that is a word opening a sentence, subject of a person verb
    ("section", "“Storm gaf ons brood.”", ["Storm"]),
    ("section", "“Roos belde me gisteren op.”", ["Roos"]),
    ("section", "“Hazel vertelde over haar kamp.”", ["Hazel"]),
    ("section", "“Dauw lachte om de grap.”", ["Dauw"]),
    ("section", "“Sterre hielp met de afwas.”", ["Sterre"]),
    ("section", "“Lente schreef een brief aan de schepen.”", ["Lente"]),
    ("section", "“Jade zei dat ze bang was.”", ["Jade"]),
    ("section", "“Bloem gaf de leiding een knuffel.”", ["Bloem"]),
    ("section", "“Zon vertelde dat het kamp te duur was.”", ["Zon"]),
    ("section", "“Rivier zei niets meer na de vergadering.”", ["Rivier"]),
    ("section", "“Het was laat. Storm gaf ons toen nog brood.”", ["Storm"]),
    # (E) a lower-case surname or first name in otherwise cased text
    ("section", "“peeters gaf ons brood.”", ["peeters"]),
    ("section", "“Gisteren gaf vandersteene ons brood.”", ["vandersteene"]),
    ("section", "“Ik sprak met vercammen over de fuif.”", ["vercammen"]),
    ("section", "“De sleutel kreeg ik van wouters.”", ["wouters"]),
    ("section", "“janssens zei dat het lokaal dicht was.”", ["janssens"]),
    ("section", "“Ik sprak met tibo over de fuif.”", ["tibo"]),
    ("section", "“Samen met yasmina maakten we soep.”", ["yasmina"]),
    ("section", "“De Chiro in Gent heeft een nieuw lokaal, zei liesbeth.”", ["liesbeth"]),
    ("section", "“Op kamp in de Ardennen lachte arnout de hele week.”", ["arnout"]),
    ("section", "“In Brugge belde claessens ons op.”", ["claessens"]),
    # (F) a listed name after an organisation noun
    ("section", "“Ik sprak met de vzw Anouk.”", ["Anouk"]),
    ("section", "“Ik sprak met de brouwerij Peeters.”", ["Peeters"]),
    ("section", "“We kregen bier van de brouwerij Janssens.”", ["Janssens"]),
    ("section", "“De vzw Liesbeth betaalde de bus.”", ["Liesbeth"]),
    ("section", "“We huurden tenten bij de firma Claessens.”", ["Claessens"]),
    ("section", "“De bakkerij Wouters bracht broodjes.”", ["Wouters"]),
    ("section", "“We belden de garage Maes voor de bus.”", ["Maes"]),
    ("section", "“De stichting Sofie gaf ons geld.”", ["Sofie"]),
    ("section", "“Het café Jeroen was dicht.”", ["Jeroen"]),
    ("section", "“We aten bij de frituur Hendrickx.”", ["Hendrickx"]),
    # (G) a business named after a person's full name
    ("section", "“Dank aan Brasserie Jan Peeters.”", ["Jan", "Peeters"]),
    ("section", "“Dank aan Bakkerij Sofie Wouters voor de broodjes.”", ["Sofie", "Wouters"]),
    ("section", "“We huurden de bus bij Garage Koen Mertens.”", ["Koen", "Mertens"]),
    ("section", "“Het eten kwam van Traiteur Els Vermeulen.”", ["Els", "Vermeulen"]),
    ("section", "“Dank aan Slagerij Dirk Claes.”", ["Dirk", "Claes"]),
    ("section", "“De tenten kwamen van Verhuur Marc Jacobs.”", ["Marc", "Jacobs"]),
    ("section", "“Frituur Hilde Maes sponsorde de fuif.”", ["Hilde", "Maes"]),
    ("section", "“We dronken koffie in Café Annick Goossens.”", ["Annick", "Goossens"]),
    ("section", "“Dank aan Kapsalon Nadia El Amrani.”", ["Nadia", "Amrani"]),
    ("section", "“De prijzen kwamen van Fietsen Bart Willems.”", ["Bart", "Willems"]),
]

KEEP: list[tuple[str, str, list[str]]] = [
    # ALL CAPS organisations and acronyms in the same frames
    ("section", "“Met KSA GENT gingen we naar zee.”", ["KSA GENT"]),
    ("section", "“Met KLJ BREE maakten we soep.”", ["KLJ BREE"]),
    ("section", "“Met CHIRO HAMME gingen we op kamp.”", ["CHIRO HAMME"]),
    ("section", "“Van VVSG kregen we een brochure.”", ["VVSG"]),
    ("section", "“Bij UNICEF BELGIË werken veel vrijwilligers.”", ["UNICEF"]),
    ("section", "“Met de NMBS gingen we naar Oostende.”", ["NMBS", "Oostende"]),
    ("section", "“Door COVID viel het kamp weg.”", ["COVID"]),
    ("section", "“Met JNM gingen we naar het Zwin.”", ["JNM", "Zwin"]),
    ("section", "“We gingen met DE LIJN naar GENT.”", ["LIJN", "GENT"]),
    ("section", "“Samen met het OCMW zochten we een oplossing.”", ["OCMW"]),
    # weather and words that are names
    ("section", "“Storm Ciarán blies onze tenten omver.”", ["Storm Ciarán"]),
    ("section", "“Storm blies onze tenten omver.”", ["Storm"]),
    ("section", "“Regen maakte het kamp nat.”", ["Regen"]),
    ("section", "“Zon en wind gaven ons energie.”", ["Zon"]),
    ("section", "“Dauw lag op het gras in de ochtend.”", ["Dauw"]),
    ("section", "“Het park lag vol blaadjes.”", ["park"]),
    ("section", "“We speelden in het park van Brasschaat.”", ["park", "Brasschaat"]),
    ("section", "“Er stond een lange rij aan de kassa.”", ["lange"]),
    ("section", "“Het bos achter het lokaal is mooi.”", ["bos"]),
    ("section", "“De wolf is terug in Limburg.”", ["wolf", "Limburg"]),
    ("section", "“Ik sprak met de maan als getuige, zei de dichter.”", ["maan"]),
    ("section", "“Het lied Moon River zongen we aan het kampvuur.”", ["Moon River"]),
    # places after "met" and prepositions
    ("section", "“Ik sprak met Gent over de subsidie.”", ["Gent"]),
    ("section", "“Met Antwerpen gingen we in overleg.”", ["Antwerpen"]),
    ("section", "“Met Vlaanderen en Wallonië samen lukt het.”", ["Vlaanderen", "Wallonië"]),
    ("section", "“Met GENT en BRUGGE deden we een uitwisseling.”", ["GENT", "BRUGGE"]),
    ("section", "“Samen met Leuven en Mechelen organiseren we een fuif.”", ["Leuven", "Mechelen"]),
    # real businesses and organisations with an organisation noun
    ("section", "“Dank aan Brasserie De Kroon.”", ["Brasserie De Kroon"]),
    ("section", "“Dank aan Bakkerij Het Gouden Korenaar voor de broodjes.”", ["Het Gouden Korenaar"]),
    ("section", "“Ik sprak met de vzw Jeugdwerknet.”", ["Jeugdwerknet"]),
    ("section", "“Ik sprak met de brouwerij Duvel Moortgat.”", ["Duvel Moortgat"]),
    ("section", "“We kregen bier van brouwerij Het Anker.”", ["Het Anker"]),
    ("section", "“We dronken koffie in Café De Zwaan.”", ["De Zwaan"]),
    ("section", "“Frituur De Kastelein sponsorde de fuif.”", ["De Kastelein"]),
    ("section", "“De vzw Kras betaalde de bus.”", ["Kras"]),
    ("section", "“We huurden tenten bij de firma Tentenland.”", ["Tentenland"]),
    ("section", "“De stichting Kinderkansen gaf ons geld.”", ["Kinderkansen"]),
    # lower-case words that are also surnames, in cased text
    ("section", "“De bakker gaf ons brood.”", ["bakker"]),
    ("section", "“De smit van het dorp maakte een hek.”", ["smit"]),
    ("section", "“Ik sprak met de visser over de boot.”", ["visser"]),
    ("section", "“De mulder maalde het graan in de molen.”", ["molen"]),
    ("section", "“In Brugge belde de koster ons op.”", ["koster", "Brugge"]),
    ("section", "“De jager zei dat het bos dicht was.”", ["jager", "bos"]),
    ("section", "“Gisteren gaf de leiding ons brood.”", ["leiding"]),
    # ALL CAPS sentences without names
    ("section", "“MET DE BUS GINGEN WE NAAR ZEE.”", ["BUS", "ZEE"]),
    ("section", "“GISTEREN BELDE DE SCHEPEN ONS OP.”", ["SCHEPEN"]),
    ("section", "“Met DE KROON als sponsor lukte het.”", ["DE KROON"]),
    ("section", "“Met PLAN BE gingen we de straat op.”", ["PLAN BE"]),
]


def misses() -> dict[str, list[int]]:
    """Index lists of the cases that fail, per run (text / report) and side (names / keep)."""
    return _s18.misses(PERSON, KEEP)


if __name__ == "__main__":
    import sys

    _s18.score(PERSON, KEEP, show="--show" in sys.argv)
