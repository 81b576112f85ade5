"""Session 24 review (s24-review): wave 1's new rules attacked the other way. A FROZEN batch.

Written by s24-review on 7 December 2026, 17:05-17:08 UTC (by `date`), BEFORE reading any rule that
wave 1 added (only the brief, the prompt, wave 1's notes and commit messages, which name the rules'
shapes in one line each). Every name and organisation below is invented or a public brand/chain/
institution; none is copied from tests/fixtures/, /work/shared/, bench/data/, bench/attack/ or another
engineer's set.

``PERSON``: person names in exactly the frames wave 1's KEEP rules keep -- (K1) a word before a
line's colon where the word is also a chain's or a header's (surnames and first names that are
chains or brands: Mestdagh, Renmans, Torfs, Zeeman, Cora, Stella, Leonidas ...), (K2) "'t" before a
diminutive (Flemish "'t Roosje", "'t Lotje": girls' names with the article), (K3) an article + a
Dutch word greeted ("Dank je wel, De Meester!") -- the house exception of the vocative rule, (K4) a
person whose first name is a place, right after another person's age in a list ("Ruben (19), Bree
(17)") -- the "home" rule, (K5) labels whose slot holds a person with a place, chain or word as a
part ("klant: Delhaize, Mathilde"), (K6) CC/JC/JH before a person (mail copies, initials).
Names of many origins, lower case, ALL CAPS, first name only, "SURNAME Given".

``KEEP``: organisations, brands, apps, places and teams in the slots of wave 1's new NAME rules --
(L1) lower-case chat objects ("heeft iemand de lijn gezien"), (L2) vocatives ("Bedankt, Delhaize!"),
(L3) form labels ("klant: Colruyt", "op naam van: KSA Zeebries"), (L4) "SURNAME Given"-shaped
acronyms after a person's preposition or "=" ("voor VTM Nieuws", "met KBC Bank"), (L5) firm nouns.

Run: ``PYTHONPATH=tests python tests/anonymise_s24_review_cases.py [--show]``.
"""

from __future__ import annotations

PERSON: list[tuple[str, str, list[str]]] = [
    # (K1) a chain's / brand's / header's word that is a person's name, before a line's colon
    ("section", "[18:02] Mestdagh: ik ben er over vijf minuten\n[18:03] Wout: oké", ["Mestdagh"]),
    ("section", "Renmans: ik breng morgen de sleutels mee.", ["Renmans"]),
    ("section", "Torfs: wie heeft mijn jas nog?\nAnke: ligt in de gang", ["Torfs", "Anke"]),
    ("section", "Zeeman: ik kom wat later, begin maar al.", ["Zeeman"]),
    ("section", "Cora: ik heb de soep gemaakt voor iedereen", ["Cora"]),
    ("section", "[09:14] Stella: wie rijdt er mee naar het kamp?", ["Stella"]),
    ("section", "Leonidas: ik was gisteren ziek, sorry", ["Leonidas"]),
    ("section", "Hema: ik heb de tickets al betaald", ["Hema"]),
    ("section", "TORFS: IK BEN ER BIJNA", ["TORFS"]),
    ("section", "mestdagh: ik ben al vertrokken", ["mestdagh"]),
    ("section", "Delhaize: ik heb de bus gemist, ik neem de volgende", ["Delhaize"]),
    ("section", "Blokker: ik zet de stoelen klaar\nVerbruggen: top", ["Blokker", "Verbruggen"]),
    ("section", "Mercedes: ik ben mijn portefeuille kwijt", ["Mercedes"]),
    ("section", "Bol: ik heb de kampvuurhout gehaald", ["Bol"]),
    # (K2) "'t" before a girl's name that is a diminutive (Flemish usage)
    ("section", "Met dank aan 't Roosje, zij heeft alles geregeld.", ["Roosje"]),
    ("section", "“'t Lotje heeft de hele avond afgewassen.”", ["Lotje"]),
    ("section", "Met dank aan 't Mieke en 't Fientje voor de taarten.", ["Mieke", "Fientje"]),
    ("section", "“Ik ben met 't Sientje naar de markt geweest.”", ["Sientje"]),
    ("section", "Met dank aan 't Keesje van de fanfare.", ["Keesje"]),
    ("section", "“'t Hanneke Vercruysse zei dat het kamp vol was.”", ["Hanneke", "Vercruysse"]),
    ("section", "Met dank aan 't Bloempje!", ["Bloempje"]),
    # (K3) an article + a Dutch word greeted: a person's surname
    ("section", "“Dank je wel, De Meester!”", ["Meester"]),
    ("section", "“Bedankt, De Schrijver, voor de mooie tekst!”", ["Schrijver"]),
    ("section", "“Merci, De Wever!”", ["Wever"]),
    ("section", "“Dank je wel, De Ketelaar, je was super.”", ["Ketelaar"]),
    ("section", "“Bravo, DE MOLDER!”", ["MOLDER"]),
    ("section", "“Dank u, Van Dalhuizen!”", ["Dalhuizen"]),
    ("section", "“Bedankt, De Zwaluw!”", ["Zwaluw"]),
    # (K4) a person whose name is a place, right after another person's age
    ("section", "Op de foto: Ruben (19), Bree (17) en Thijs (16).", ["Ruben", "Bree", "Thijs"]),
    ("section", "Deelnemers: Yasmina (15), Sofia (14), Kobe (15)", ["Yasmina", "Sofia", "Kobe"]),
    ("section", "Op de foto v.l.n.r.: Jelle (18), Peer (17), Ilias (18)", ["Jelle", "Peer", "Ilias"]),
    ("section", "Winnaars: Emre (12), Florence (13) en Noor (12)", ["Emre", "Florence", "Noor"]),
    ("section", "Op de foto: Lander (16), Lima Haesaert (17).", ["Lander", "Lima", "Haesaert"]),
    ("section", "Ploeg: Mats (11), Jordan (12), Wannes (11)", ["Mats", "Jordan", "Wannes"]),
    # (K5) labels with a person whose surname is a chain/place or whose first name is a place/word
    ("section", "Bestelling 88 – klant: Delhaize, Mathilde – 2 kratten", ["Delhaize", "Mathilde"]),
    ("section", "Reservatie op naam van: Colruyt, Jef (6 personen)", ["Colruyt", "Jef"]),
    ("section", "Kapitein: Florence Vandenhende", ["Florence", "Vandenhende"]),
    ("section", "Keeper: Jordan · Kapitein: Sofia", ["Jordan", "Sofia"]),
    ("section", "Huurder: Torfs, Wietse · borg betaald", ["Torfs", "Wietse"]),
    ("section", "Medicatie om 20u voor ZEEMAN Hanne (astma).", ["ZEEMAN", "Hanne"]),
    ("section", "klant: Gentil, Bree", ["Gentil", "Bree"]),
    # (K6) CC / JC / JH before a person
    ("section", "Mail aan Wendel, cc Oriane Slabbinck.", ["Wendel", "Oriane", "Slabbinck"]),
    ("section", "CC: Xandro Moerenhout", ["Xandro", "Moerenhout"]),
    ("section", "“JC Vanmarcke heeft de fuif georganiseerd.”", ["Vanmarcke"]),
    ("section", "“Ik sprak met JH Tanghe over het lokaal.”", ["Tanghe"]),
]

KEEP: list[tuple[str, str, list[str]]] = [
    # (L1) lower-case chat objects: things, firms, apps, places
    ("section", "heeft iemand de lijn gezien? de bus is te laat", ["lijn"]),
    ("section", "ik heb proximus gebeld en telenet ook", ["proximus", "telenet"]),
    ("section", "weet iemand waar decathlon is in gent?", ["decathlon", "gent"]),
    ("section", "we wachten nog op bpost en dan vertrekken we", ["bpost"]),
    ("section", "heeft iemand ketnet gezien vanavond", ["ketnet"]),
    ("section", "ik heb de brandweer gebeld en de politie", ["brandweer", "politie"]),
    ("section", "weet iemand waar kessel-lo is", ["kessel-lo"]),
    ("section", "we wachten nog op uber eats en dan eten we", ["uber"]),
    ("section", "kom je ook, chiro?", ["chiro"]),
    ("section", "heeft iemand smartschool gezien? het werkt niet", ["smartschool"]),
    # (L2) vocatives
    ("section", "“Bedankt, Delhaize!”", ["Delhaize"]),
    ("section", "“Dank je wel, Colruyt, voor de broodjes!”", ["Colruyt"]),
    ("section", "“Merci, De Lijn!”", ["De Lijn"]),
    ("section", "“Bravo, KAA Gent!”", ["KAA Gent"]),
    ("section", "“Dank je wel, VRT!”", ["VRT"]),
    ("section", "“Proficiat, Rode Duivels!”", ["Rode Duivels"]),
    ("section", "“Bedankt, De Kringwinkel!”", ["De Kringwinkel"]),
    ("section", "“Dank je wel, Het Zonnehuis!”", ["Het Zonnehuis"]),
    ("section", "“Merci, DE KLEINE ZEEMEERMIN!”", ["KLEINE ZEEMEERMIN"]),
    ("section", "“Dank je wel, Spotify!”", ["Spotify"]),
    # (L3) form labels
    ("section", "Bestelling 12 – klant: Colruyt – 40 broodjes", ["Colruyt"]),
    ("section", "Reservatie op naam van: KSA Zeebries (30 personen)", ["KSA Zeebries"]),
    ("section", "Factuur aan: vzw Rataplan · vervaldag 15/1", ["Rataplan"]),
    ("section", "Aanvrager: OCMW Herentals · dossier 4", ["OCMW Herentals"]),
    ("section", "Ingevuld door: secretariaat", ["secretariaat"]),
    ("section", "Kapitein: iedereen om beurt", ["iedereen"]),
    ("section", "Keeper: nog te bepalen", ["bepalen"]),
    ("section", "namens: Gezinsbond Tielt", ["Gezinsbond Tielt"]),
    ("section", "Huurder: Jeugdhuis Den Trampoline · borg betaald", ["Trampoline"]),
    ("section", "klant: Aveve, Lokeren", ["Aveve", "Lokeren"]),
    ("section", "op naam van: Scouts Sint-Rembert, Torhout", ["Sint-Rembert", "Torhout"]),
    # (L4) "SURNAME Given"-shaped acronyms and organisations
    ("section", "“Om 12u hadden we een interview voor VTM Nieuws.”", ["VTM Nieuws"]),
    ("section", "“We hadden een afspraak met KBC Bank over de rekening.”", ["KBC Bank"]),
    ("section", "“Ze doet stage bij AZ Delta in Roeselare.”", ["AZ Delta"]),
    ("section", "“Hij studeert aan KU Leuven.”", ["KU Leuven"]),
    ("section", "“We kregen sponsoring van ING België.”", ["ING België"]),
    ("section", "Slaapzalen: zaal 2 = KSA Meetjesland, zaal 3 = VKSJ Eeklo", ["KSA Meetjesland", "VKSJ Eeklo"]),
    ("section", "“Een reportage voor VRT Nws en MNM Start.”", ["VRT Nws"]),
    ("section", "“De wedstrijd tegen KV Mechelen was spannend.”", ["KV Mechelen"]),
    ("section", "“We werken samen met ACV Puls.”", ["ACV Puls"]),
    # (L5) a firm's noun with a word (not a person in the report)
    ("summary", "Met steun van Bakkerij De Korenbloem. || “We kregen elke ochtend verse broodjes.”", ["Korenbloem"]),
    ("summary", "Sponsor: Brouwerij Het Anker. || “Het bier was lekker, zei iedereen.”", ["Het Anker"]),
]

CLASSES_P = ["K1"] * 14 + ["K2"] * 7 + ["K3"] * 7 + ["K4"] * 6 + ["K5"] * 7 + ["K6"] * 4
CLASSES_K = ["L1"] * 10 + ["L2"] * 10 + ["L3"] * 11 + ["L4"] * 9 + ["L5"] * 2


def score(show: bool = False) -> None:
    from anonymise_s23_privacy_cases import score as score_batch

    score_batch(show, PERSON, KEEP, CLASSES_P, CLASSES_K)


assert len(CLASSES_P) == len(PERSON), (len(CLASSES_P), len(PERSON))
assert len(CLASSES_K) == len(KEEP), (len(CLASSES_K), len(KEEP))

if __name__ == "__main__":
    import sys

    score(show="--show" in sys.argv)
