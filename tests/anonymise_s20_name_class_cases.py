"""Session 20 (s20-names, issue 11): the name CLASSES attack A19 still leaks, as classes -- (1) a
name wrapped over a line break (PDF answers, e-mail signatures, captions), (2) signatures and
sign-offs ("Groetjes,", "Namens ...", "Ondertekend", a name alone under a letter, "-- <Naam>"),
(3) ALL-CAPS lines (a shouted sentence, a heading in capitals), (4) lower-case chat (a lower-case
name in a strong person slot), (5) names that are also words, short and hyphenated names in
strong person slots, (6) session 19's leftovers (a speaker label without a quotation mark, Korean
given names, a lone East-Asian given name, lower-case two-letter family names, French "Nous
avons ...", "grâce à <Naam>"). A FROZEN batch.

Written by s20-names on 7 December 2026, 04:06-04:10 UTC, BEFORE reading any rule of these classes
(only the batch helpers of sessions 15-19 were read). Names and organisations are invented; every
name part was checked (whole word, case-insensitive) against ``tests/`` (other files),
``bench/data/``, ``bench/attack/`` and ``/work/shared/`` and replaced where it occurred, except the
names that are words (the class itself) and short East-Asian parts (the class itself). The
look-alike items are words, organisations, places, brands and months in the same frames.

``PERSON``: ``(path, text, name parts that must go)``; ``KEEP``: ``(path, text, items that must
stay)``. ``path`` is ``"caption"`` (a report's photo caption) or ``"section"`` (a report's quotes
section, read by the markdown quote splitter). Every case also runs as bare text
(``anonymise_text``). Names are compared case-insensitively, items case-sensitively and by count.
``PYTHONPATH=tests python tests/anonymise_s20_name_class_cases.py [--show]``.
"""

from __future__ import annotations

import anonymise_s18_name_class_cases as _s18
from anonymise_s18_name_class_cases import items_lost, names_left, run_path, run_text  # noqa: F401

PERSON: list[tuple[str, str, list[str]]] = [
    # (1) a name wrapped over a line break
    ("section", "“Het lokaal is veel te klein geworden,” zegt Solvår\nTorvaldsrud.", ["Solvår", "Torvaldsrud"]),
    ("section", "“We willen een eigen plek voor de tieners.” — Oğuzalp\nAltınbaşak", ["Oğuzalp", "Altınbaşak"]),
    ("section", "“Met dank aan Tamihana\nTanekaha voor de foto's van het kamp.”", ["Tamihana", "Tanekaha"]),
    ("caption", "Op de foto: Boglárka\nKertészffy en haar groep bij de start.", ["Boglárka", "Kertészffy"]),
    ("section", "“De fuif was een succes,” vertelt Ilenuța\nBărbuleanu, leidster.", ["Ilenuța", "Bărbuleanu"]),
    ("section", "“Ik heb het gevraagd aan Thanawat\nSrisompong maar die wist het niet.”", ["Thanawat", "Srisompong"]),
    ("section", "“Dat was het idee van Ratih\nKusumawardhani, niet van mij.”", ["Ratih", "Kusumawardhani"]),
    ("section", "Vraag: wat vond je ervan?\nAntwoord van Seo-hyun\nBaekjeong: het was te lang.", ["Seo-hyun", "Baekjeong"]),
    ("section", "“Wij gingen samen met Jorveig\nVandekerckhoutte naar de jeugdraad.”", ["Jorveig", "Vandekerckhoutte"]),
    ("section", "“De leiding was top.”\n— Bartholomeüs\nDe Vleeschauwere", ["Bartholomeüs", "Vleeschauwere"]),
    ("caption", "Van links naar rechts: Ayşenur\nKarabıyıkoğlu en Przemko\nWierzbołowicz.", ["Ayşenur", "Karabıyıkoğlu", "Przemko", "Wierzbołowicz"]),
    ("section", "“Volgens Chinwendu\nOkonkwo-Bassey moet het lokaal langer open.”", ["Chinwendu", "Okonkwo-Bassey"]),
    ("section", "“Het eten was lekker,” zei\nMaëlys Rousselière.", ["Maëlisse", "Rousselière"]),
    ("section", "“De tocht was zwaar,” aldus Paulus\nVan Ransbeeck.", ["Paulus", "Ransbeeck"]),
    ("section", "“Dank aan\nFerdinanda Oosterlinckx voor alles.”", ["Ferdinanda", "Oosterlinckx"]),
    ("section", "“Ik sprak met Kittiya\nWongsawat over de planning.”", ["Kittiya", "Wongsawat"]),
    ("section", "“We kregen hulp van Tudoriță\nCiobotaru en zijn broer.”", ["Tudoriță", "Ciobanasu"]),
    ("section", "“Het was mijn eerste kamp,” zegt Yeon-woo\nHwangbo.", ["Yeon-woo", "Hwangbo"]),
    # (2) signatures and sign-offs
    ("section", "“Bedankt voor de fijne samenwerking.\nGroetjes,\nDragoslava Milenković”", ["Dragoslava", "Milenković"]),
    ("section", "“Tot volgende week!\nVeel groeten,\nJoakim Lindqvarn”", ["Joakim", "Lindqvarn"]),
    ("section", "“We komen zeker terug.\nNamens de hele groep,\nAnnelore Verstraetsel”", ["Annewiel", "Verstraetsel"]),
    ("section", "“Het kamp gaat door zoals gepland.\n-- Sitiveni”", ["Sitiveni"]),
    ("section", "“Het kamp gaat door zoals gepland.\n— Olanrewaju Adetokunbo”", ["Olanrewaju", "Adetokunbo"]),
    ("section", "Ondertekend: Baptistine Verhaeghe-Loosveldt", ["Baptistine", "Verhaeghe-Loosveldt"]),
    ("section", "“Ondertekend,\nHendrikus Vanmarckelaar\nvoorzitter jeugdraad”", ["Hendrikus", "Vanmarckelaar"]),
    ("section", "“Met vriendelijke groeten\n\nOluwaseyi Adebanjoko\nsecretaris”", ["Oluwaseyi", "Adebanjoko"]),
    ("section", "“Liefs,\nZeynepgül”", ["Zeynepgül"]),
    ("section", "“xoxo, Dilafruz”", ["Dilafruz"]),
    ("section", "“Groetjes van Marijse en de rest van de kookploeg!”", ["Marijse"]),
    ("section", "“Dikke kus,\nWanjiru”", ["Wairimuni"]),
    ("section", "“Mvg,\nEleuterio Bastiaensens”", ["Eleuterio", "Bastiaensens"]),
    ("section", "“Hartelijke groet,\nIngvild Sæthermo”", ["Ingridunn", "Sæthermo"]),
    ("section", "“Het verslag van de vergadering zit in bijlage.\n\nNadira Yuldasheva”", ["Nadira", "Yuldasheva"]),
    ("section", "“Cheers,\nTamati”", ["Rawiri"]),
    ("section", "“Ondertekend door Maëlwenn Pirsoul en Gillesken Vanlerberghe-Dierick.”", ["Maëlwenn", "Pirsoul", "Gillesken", "Vanlerberghe-Dierick"]),
    ("section", "“Namens Wolfbrecht Sterckxbeek, de penningmeester: de rekening klopt.”", ["Wolfbrecht", "Sterckxbeek"]),
    ("section", "“Tot snel!\nKisses, Refilwe”", ["Refilwe"]),
    # (3) ALL-CAPS lines
    ("section", "“WE WILLEN EEN SKATEPARK,” ROEPT MEHMETCAN KARAÇAYLIOĞLU.", ["Mehmetcan", "Karaçaylıoğlu"]),
    ("section", "“DANK AAN ZOULIKHA EL MOUSTAKIM VOOR DE TAART!”", ["Zoulikha", "Moustakim"]),
    ("section", "“HALLO IEDEREEN, IK BEN WISŁAWA EN IK BEN NIEUW.”", ["Wisława"]),
    ("section", "“HET KAMP WAS TOP,” ZEGT JOONHO PARKSEO.", ["Joonho", "Parkseo"]),
    ("section", "“IK VOND HET SUPER, ZEI BONGINKOSI ERGENS OOK.”", ["Bonginkosi"]),
    ("section", "“VOLGENS PRAPAWADEE KIJKT NIEMAND NAAR ONS.”", ["Prapawadee"]),
    ("section", "VERSLAG VAN DE VERGADERING — NOTULIST: HALLVEIG GUÐMUNDSEN", ["Hallveig", "Guðmundsen"]),
    ("section", "“SAMEN MET KWASIBO ANSAH-BOATENG HEBBEN WE ALLES OPGERUIMD.”", ["Kwasibo", "Ansah-Boateng"]),
    ("section", "“WIJ ZIJN DE BESTE,” ROEPEN DRAGUTIN EN MIRJETA.", ["Dragutin", "Mirjeta"]),
    ("caption", "FEEST MET ISMERALDA EN HAAR BAND", ["Ismeralda"]),
    ("section", "“GROETJES VAN TEODOSIE VASILESCOVICI!”", ["Teodosie", "Vasilescovici"]),
    ("section", "“MERCI BAUDOUINETTE, ZONDER JOU WAS ER GEEN FUIF.”", ["Baudouinette"]),
    ("section", "“IK HEB HET AAN LIEVEKE GEZEGD MAAR ZE LUISTERDE NIET.”", ["Lieveke"]),
    # (4) lower-case chat
    ("section", "“lol seo-ah viel weer van de bank”", ["seo-ah"]),
    ("section", "“ik ga met bayuaji naar de fuif zaterdag”", ["bayuaji"]),
    ("section", "vraag van nattawut: mogen we later blijven?", ["nattawut"]),
    ("section", "“ik ga met kemal-can naar huis, doei”", ["kemal-can"]),
    ("section", "“haha ayomikun is altijd te laat”", ["ayomikun"]),
    ("section", "“wie heeft de sleutel? vraag het aan jurgita”", ["jurgita"]),
    ("section", "“omg valdemaras won de quiz alweer”", ["valdemaras"]),
    ("section", "“tnx sigrídur!! tot morgen”", ["sigrídur"]),
    ("section", "“k zag suthida gisteren op de markt”", ["suthida"]),
    ("section", "“ge moet eens vragen aan rustamjon, die weet dat”", ["rustamjon"]),
    ("section", "“samen met wiktorja de affiches gemaakt”", ["wiktorja"]),
    ("section", "“idd, zeg dat tegen ekaterin-anna”", ["ekaterin-anna"]),
    ("section", "[21:03] ifechukwu: wie komt er morgen?\n[21:04] gaspardine: ik!", ["ifechukwu", "gaspardine"]),
    ("section", "“hey hyun-joo en dae-ho, kom je ook?”", ["hyun-joo", "dae-ho"]),
    ("section", "“zegt ramadhani dat de bus niet rijdt”", ["ramadhani"]),
    # (5) names that are also words, short and hyphenated names in strong slots
    ("section", "“Het was een lange dag,” zegt Job.", ["Job"]),
    ("section", "“Ik wil volgend jaar terug.” — Lot", ["Lot"]),
    ("section", "“Groetjes,\nBerk”", ["Berk"]),
    ("section", "Umut: ik vond de dropping het leukst.", ["Umut"]),
    ("section", "“Hey Bora, heb jij mijn trui gezien?”", ["Bora"]),
    ("section", "“Dankjewel Arend voor het vuur!”", ["Arend"]),
    ("section", "“Valk zei dat het te koud was om te zwemmen.”", ["Valk"]),
    ("section", "Juni: de leiding moet beter luisteren.", ["Juni"]),
    ("section", "“Ik vond het tof,” zegt April.", ["April"]),
    ("section", "“Sky en ik hebben de tent opgezet.”", ["Sky"]),
    ("section", "“De fiets van Wolf was gestolen.”", ["Wolf"]),
    ("section", "“Groetjes,\nDag”", ["Dag"]),
    ("section", "“Volgens Intan was de bus te vol.”", ["Intan"]),
    ("section", "Bunga: de workshop was te kort.", ["Bunga"]),
    ("section", "“Ik vond het mooi,” zegt Oz.", ["Oz"]),
    ("section", "“Dank aan Yu voor de muziek.”", ["Yu"]),
    ("section", "“Het was te druk.” — Ai", ["Ai"]),
    ("section", "“Ik en Ty hebben de hele nacht gepraat.”", ["Ty"]),
    ("section", "“Mohamed-Amine zei dat hij zou komen.”", ["Mohamed-Amine"]),
    ("section", "“De ouders van Fleur-Ilona waren er ook.”", ["Fleur-Ilona"]),
    ("section", "“Het was zalig,” zegt Lien-An Verkauterel.", ["Lien-An", "Verkauterel"]),
    ("section", "“Hey Kim-Ngan, kom je ook?”", ["Kim-Ngan"]),
    ("section", "“Dank u, Eun-ji, voor de vertaling.”", ["Eun-ji"]),
    ("section", "“Ik heb het aan Roos-Marie gevraagd.”", ["Roos-Marie"]),
    ("caption", "Op de foto: Mei en Storm-Lucas aan het kampvuur.", ["Mei", "Storm-Lucas"]),
    ("caption", "Job en Lot bij de start van de tocht.", ["Job", "Lot"]),
    ("section", "“We dansten tot vier uur,” aldus Bintang.", ["Bintang"]),
    ("section", "Rain - we hebben niets gewonnen maar het was leuk.", ["Rain"]),
    # (6) session 19's leftovers
    ("section", "Jeroensken: het kamp was te kort.\nAmaryllis: en te duur.", ["Jeroensken", "Amaryllis"]),
    ("section", "Hagar\nIk vond de tocht te lang voor de kleinsten.", ["Hagar"]),
    ("section", "“Ha-neul zegt dat ze volgend jaar leiding wordt.”", ["Ha-neul"]),
    ("section", "“Ik vond het leuk,” zegt Seo-jun.", ["Seo-jun"]),
    ("section", "“Min-ji en ik bakten de wafels.”", ["Min-ji"]),
    ("section", "“Ik ben met Jiwoo naar de jeugdraad geweest.”", ["Jiwoo"]),
    ("section", "“Volgens Xiaoqing is het lokaal te klein.”", ["Xiaoqing"]),
    ("section", "“Het was lekker,” zegt Haruomi.", ["Haruomi"]),
    ("section", "“ik ging met minseo oh naar de winkel”", ["minseo", "oh"]),
    ("section", "“lol jae-sung ko viel in slaap”", ["jae-sung", "ko"]),
    ("section", "« Nous avons mangé avec Radegaude Vanderwallemot. »", ["Radegaude", "Vanderwallemot"]),
    ("section", "« C'est grâce à Héloïsette Delvigneaux que tout a marché. »", ["Héloïsette", "Delvigneaux"]),
    ("section", "« Grâce à Émeric, nous avons eu une salle. »", ["Émeric"]),
    ("caption", "Sfeerbeeld: Giedre Paulauskaite speelt gitaar.", ["Giedre", "Paulauskaite"]),
    ("caption", "Tijdens de workshop van Fernão Magalhãesa.", ["Fernão", "Magalhãesa"]),
]

KEEP: list[tuple[str, str, list[str]]] = [
    # (1) wrapped lines without a name
    ("section", "“Het lokaal is veel te klein geworden,” zegt de voorzitter van\nJeugdhuis Paddenstoel.", ["Jeugdhuis Paddenstoel"]),
    ("section", "“Met dank aan de stad\nRoeselare voor de zaal.”", ["Roeselare"]),
    ("caption", "Op de foto: de leiding van\nChiro Meulebeke bij de start.", ["Chiro Meulebeke"]),
    ("section", "“Ik heb het gevraagd aan de jeugddienst\nMaar die wist het niet.”", ["Maar"]),
    ("section", "“De fuif was een succes,” vertelt de leiding\nVan KSA Hooglede.", ["KSA Hooglede"]),
    ("section", "“We gingen naar\nBrussel met de trein.”", ["Brussel"]),
    ("section", "“Dank aan\nOxfam Wereldwinkels voor de koffie.”", ["Oxfam Wereldwinkels"]),
    ("section", "“Het was mijn eerste kamp,” zegt de nieuwe\nLeidster.", ["Leidster"]),
    ("section", "“We kregen hulp van\nRode Kruis Vlaanderen.”", ["Rode Kruis Vlaanderen"]),
    ("section", "“De tocht was zwaar,” aldus de groep\nUit Kortemark.", ["Kortemark"]),
    # (2) sign-offs without a person
    ("section", "“Tot volgende week!\nGroetjes,\nDe leiding”", ["leiding"]),
    ("section", "“We komen zeker terug.\nNamens de jeugdraad van Ieper,\nhet bestuur”", ["Ieper", "bestuur"]),
    ("section", "“Het kamp gaat door zoals gepland.\n-- Jeugddienst Zottegem”", ["Jeugddienst Zottegem"]),
    ("section", "Ondertekend: het bestuur van KLJ Lovendegem", ["KLJ Lovendegem"]),
    ("section", "“Veel groeten uit Blankenberge!”", ["Blankenberge"]),
    ("section", "“Met vriendelijke groeten\n\nStad Harelbeke\nDienst Jeugd”", ["Harelbeke", "Dienst Jeugd"]),
    ("section", "“Liefs,\nJullie leiding”", ["Jullie", "leiding"]),
    ("section", "“Groetjes van de kookploeg!”", ["kookploeg"]),
    ("section", "“Mvg,\nVZW Speelpleinwerking Zonnekind”", ["Speelpleinwerking Zonnekind"]),
    ("section", "“Het verslag zit in bijlage.\n\nJeugdraad Wevelgem”", ["Jeugdraad Wevelgem"]),
    ("section", "“Cheers,\nTeam Zomerbar”", ["Zomerbar"]),
    ("section", "“Namens Scouts Sint-Jozef, de penningmeester: de rekening klopt.”", ["Scouts Sint-Jozef"]),
    ("section", "“Groetjes,\nIedereen van de Chiro”", ["Iedereen", "Chiro"]),
    # (3) ALL-CAPS lines without a name
    ("section", "“WE WILLEN MEER PLAATS IN HET JEUGDHUIS,” ROEPEN DE JONGEREN.", ["PLAATS", "JEUGDHUIS", "JONGEREN"]),
    ("section", "“DANK AAN DE GEMEENTE WAREGEM VOOR DE TENTEN!”", ["GEMEENTE", "WAREGEM", "TENTEN"]),
    ("section", "“HALLO IEDEREEN, WELKOM OP HET KAMP IN DE ARDENNEN.”", ["IEDEREEN", "KAMP", "ARDENNEN"]),
    ("section", "“HET KAMP WAS TOP,” ZEGT DE LEIDING VAN KSA BEVEREN.", ["LEIDING", "KSA", "BEVEREN"]),
    ("section", "VERSLAG VAN DE VERGADERING — NOTULIST: DE SECRETARIS", ["VERGADERING", "SECRETARIS"]),
    ("section", "“SAMEN MET OXFAM HEBBEN WE ALLES OPGERUIMD.”", ["OXFAM", "OPGERUIMD"]),
    ("caption", "FEEST MET DE HARMONIE VAN LICHTERVELDE", ["HARMONIE", "LICHTERVELDE"]),
    ("section", "“GROETJES VAN DE SPEELPLEINWERKING!”", ["SPEELPLEINWERKING"]),
    ("section", "“LEVE DE ZOMER EN LEVE HET KAMP!”", ["ZOMER", "KAMP"]),
    ("section", "“VOLGENS DE STAD KIJKT NIEMAND NAAR ONS.”", ["STAD", "NIEMAND"]),
    # (4) lower-case chat without a name
    ("section", "“lol de bus viel weer stil”", ["bus"]),
    ("section", "“ik ga met pizza naar de fuif zaterdag”", ["pizza", "fuif"]),
    ("section", "vraag van de leiding: mogen we later blijven?", ["leiding"]),
    ("section", "“haha iedereen is altijd te laat”", ["iedereen"]),
    ("section", "“wie heeft de sleutel? vraag het aan mama”", ["mama"]),
    ("section", "“omg onze ploeg won de quiz alweer”", ["ploeg", "quiz"]),
    ("section", "“k zag de burgemeester gisteren op de markt”", ["burgemeester", "markt"]),
    ("section", "“samen met spotify de playlist gemaakt”", ["spotify", "playlist"]),
    ("section", "[21:03] leiding: wie komt er morgen?\n[21:04] kookploeg: wij!", ["leiding", "kookploeg"]),
    # (5) words that are names, used as words, and places/brands in the same slots
    ("section", "“Het was een lange dag, maar de job is gedaan.”", ["dag", "job"]),
    ("section", "“In juni gaan we op kamp, eind mei is de fuif.”", ["juni", "mei"]),
    ("section", "“De wolf in het spel werd door de valk gevangen.”", ["wolf", "valk"]),
    ("section", "“We dronken Bintang op het strand van Bali.”", ["Bintang", "Bali"]),
    ("section", "“Ik vond het tof,” zegt iemand van Jeugdhuis Sky.", ["Jeugdhuis Sky"]),
    ("section", "“Dank aan Delhaize voor de broodjes.”", ["Delhaize"]),
    ("section", "“Volgens Unicef is het lokaal te klein.”", ["Unicef"]),
    ("section", "“De fiets van Decathlon was kapot.”", ["Decathlon"]),
    ("section", "“Hey Chiro Zwevezele, kom je ook?”", ["Chiro Zwevezele"]),
    ("section", "“Ik wil volgend jaar terug.” — Jeugdraad Deerlijk", ["Jeugdraad Deerlijk"]),
    ("section", "“Het was zalig,” zegt de groep uit Sint-Eloois-Vijve.", ["Sint-Eloois-Vijve"]),
    ("caption", "Op de foto: de Lakenhalle en het Belfort van Ieper.", ["Lakenhalle", "Belfort", "Ieper"]),
    ("section", "“Het is altijd april in het jeugdhuis.”", ["april"]),
    ("section", "Tip: neem een regenjas mee, er komt rain.", ["Tip", "regenjas"]),
    # (6) leftovers without a name
    ("section", "Conclusie: het kamp was te kort.\nVoorstel: en te duur.", ["Conclusie", "Voorstel"]),
    ("section", "Samenvatting\nIk vond de tocht te lang voor de kleinsten.", ["Samenvatting"]),
    ("section", "« Nous avons mangé avec la commune de Comines. »", ["Nous", "Comines"]),
    ("section", "« Grâce à la Croix-Rouge, nous avons eu une salle. »", ["Croix-Rouge"]),
    ("section", "“Ik ben met Samsung naar de jeugdraad geweest.”", ["Samsung"]),
    ("section", "“We aten in Seoul Kitchen en daarna in Hanoi Corner.”", ["Seoul Kitchen", "Hanoi Corner"]),
    ("caption", "Sfeerbeeld: Chiro Kuurne speelt toneel.", ["Chiro Kuurne"]),
]


def misses() -> dict[str, list[int]]:
    """Index lists of the cases that fail, per run (text / report) and side (names / keep)."""
    return _s18.misses(PERSON, KEEP)


if __name__ == "__main__":
    import sys

    _s18.score(PERSON, KEEP, show="--show" in sys.argv)
