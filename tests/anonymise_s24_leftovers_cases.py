"""Session 24 (s24-leftovers, issue 11): the frozen batch, written before the rules were read.

Two severity-1 classes wave 1 left:

(E) one sense per report: the summary names a firm after a family ("Garage <naam>") and a quote
    uses the bare surname as a person (subject of a speech/action verb, object of vragen/bellen,
    after a greeting). The name must go everywhere in the report (the firm too: the protective
    default of issue 11 point 4).
(F) a name in capitals in a list item with an age and a place ("WARD DE COCK (17), Ledeberg"),
    alone, in lists, in a signatories' list of an open letter.

Every name and organisation here is invented for this file. ``summary || quote`` texts go through a
report whose summary and quotes section they are; the others through a quotes section alone.

Run ``python tests/anonymise_s24_leftovers_cases.py`` for the figures (text and report path).
"""

from __future__ import annotations

from anonymise_s24_privacy_cases import items_lost, names_left, run_path, run_text_path

PERSON: list[tuple[str, str, list[str]]] = [
    # (E) a firm after a family in the summary, the bare surname a person in a quote -- 18
    ("summary", "De bus kwam van Garage Wellekens. || “Wellekens legde uit hoe de tachograaf werkt.”", ["Wellekens"]),
    ("summary", "Het brood kwam van Bakkerij Oppeneer. || “Oppeneer vertelde dat ze om vier uur begint.”",
     ["Oppeneer"]),
    ("summary", "Transport Mbeki bracht de tenten. || “Mbeki reed zelf, drie keer heen en terug.”", ["Mbeki"]),
    ("summary", "We huurden de karren bij Verhuur Tanghe. || “We vroegen het aan Tanghe en hij zei meteen ja.”",
     ["Tanghe"]),
    ("summary", "De tap kwam van Brouwerij Spriet. || “Spriet zei dat we het vat mochten houden.”", ["Spriet"]),
    ("summary", "Slagerij Okonkwo leverde de worsten. || “Dank je wel, Okonkwo!”", ["Okonkwo"]),
    ("summary", "De affiches zijn van Drukkerij Haesendonck. || “Ik heb Haesendonck gebeld om zes uur.”",
     ["Haesendonck"]),
    ("summary", "Garage Visschers leende ons een busje. || “Visschers lachte en gaf ons de sleutels.”",
     ["Visschers"]),
    ("summary", "De bloemen kwamen van Tuincentrum Kowalczyk. || “Kowalczyk vertelde over zijn serres.”",
     ["Kowalczyk"]),
    ("summary", "Transport Van Steenkiste bracht de podiumdelen. || “Van Steenkiste reed zelf met de vrachtwagen.”",
     ["Steenkiste"]),
    ("summary", "We aten bij Frituur Bostyn. || “Bostyn legde uit waarom hij alleen in ossewit bakt.”", ["Bostyn"]),
    ("summary", "Bakkerij Hamer sponsorde de koffiekoeken. || “Hamer zei dat we volgend jaar terug mogen komen.”",
     ["Hamer"]),
    ("summary", "De fietsen kwamen van Fietsen Nguyen. || “We vroegen aan Nguyen of hij mee wilde fietsen.”",
     ["Nguyen"]),
    ("summary", "Garage De Paepe zorgde voor de bus. || “De Paepe vertelde dat hij zelf bij de KSA zat.”", ["Paepe"]),
    ("summary", "Schrijnwerkerij Ashworth maakte het decor. || “Bedankt, Ashworth, voor al dat zaagwerk!”",
     ["Ashworth"]),
    ("summary", "Het ijs kwam van IJssalon Bertolucci. || “Bertolucci legde uit hoe je gelato maakt.”",
     ["Bertolucci"]),
    ("summary", "Drankenhandel Lagrou leverde de frisdrank. || “Lagrou reed zelf nog een keer naar de zaal.”",
     ["Lagrou"]),
    ("summary", "Garage Vos gaf ons korting. || “Vos vertelde hoe hij de zaak van zijn vader overnam.”", ["Vos"]),
    # (F) a name in capitals in a list item with an age and a place -- 18
    ("section", "“WARD DE COCK (17), Ledeberg”", ["WARD", "COCK"]),
    ("section", "“AMINA EL KHATTABI (15), Borgerhout”", ["AMINA", "KHATTABI"]),
    ("section", "“3. SEPPE VERSTRAETEN (16), Wondelgem”", ["SEPPE", "VERSTRAETEN"]),
    ("section", "“Winnaars: LOTTE BRUGGEMAN (14), Zwijnaarde en OSCAR MWAMBA (15), Deurne”",
     ["LOTTE", "BRUGGEMAN", "OSCAR", "MWAMBA"]),
    ("section", "“- FLEUR VAN HOOREBEKE (16), Oudenaarde\n- KAAN YILMAZ (17), Genk\n- ROOS WILLEMS (15), Lier”",
     ["FLEUR", "HOOREBEKE", "KAAN", "YILMAZ", "ROOS", "WILLEMS"]),
    ("section", "“Ondertekend door: JOKE DE SMEDT (18), Aalst; MEHDI BENALI (17), Molenbeek; STORM LAUWERS (16), "
                "Mechelen”", ["JOKE", "SMEDT", "MEHDI", "BENALI", "STORM", "LAUWERS"]),
    ("section", "“Open brief aan de burgemeester. Getekend,\nBRAM VERMEULEN (17), Gentbrugge\n"
                "NOOR EL AMRANI (16), Kuregem”", ["BRAM", "VERMEULEN", "NOOR", "AMRANI"]),
    ("section", "“1. ZEP DE WILDE (15), Sint-Niklaas”", ["ZEP", "WILDE"]),
    ("section", "“KASPER ZWART (16), Hasselt”", ["KASPER", "ZWART"]),
    ("section", "“BLOEM JANSSENS (14), Maaseik”", ["BLOEM", "JANSSENS"]),
    ("section", "“IVANA KOVAČ (17), Anderlecht”", ["IVANA", "KOVAČ"]),
    ("section", "“Deelnemers: KWAME ASANTE (16), Berchem, en LIEN BAERT (15), Tielt.”",
     ["KWAME", "ASANTE", "LIEN", "BAERT"]),
    ("section", "“MAARTEN VAN DEN BROECK (18), Lokeren”", ["MAARTEN", "BROECK"]),
    ("section", "“2. YUKI TANAKA (16), Leuven”", ["YUKI", "TANAKA"]),
    ("section", "“JULES MOLENAAR (17), Ninove”", ["JULES", "MOLENAAR"]),
    ("section", "“HANNE D'HONDT (16), Deinze”", ["HANNE", "HONDT"]),
    ("section", "“Getekend: SAMI HADDAD (17), Schaerbeek”", ["SAMI", "HADDAD"]),
    ("section", "“ELIAS SMIT (15), Menen en TESS KOK (16), Wevelgem”", ["ELIAS", "SMIT", "TESS", "KOK"]),
]

KEEP: list[tuple[str, str, list[str]]] = [
    # (E) a firm after a family, no person of that name in the report -- 16
    ("summary", "Garage Wellekens heeft de bus gesponsord. || “De bus van Garage Wellekens reed perfect.”",
     ["Garage Wellekens"]),
    ("summary", "Het brood kwam van Bakkerij Oppeneer. || “Het brood van Bakkerij Oppeneer was op om tien uur.”",
     ["Bakkerij Oppeneer"]),
    ("summary", "Transport Mbeki bracht de tenten. || “De tenten stonden er om acht uur.”", ["Transport Mbeki"]),
    ("summary", "Brouwerij Spriet leverde het bier. || “Het bier was lekker en koud.”", ["Brouwerij Spriet"]),
    ("summary", "De affiches zijn van Drukkerij Haesendonck. || “Iedereen vond de affiches mooi.”",
     ["Drukkerij Haesendonck"]),
    ("summary", "We aten bij Frituur Bostyn. || “De frieten waren de beste van de streek.”", ["Frituur Bostyn"]),
    ("summary", "Tuincentrum Kowalczyk gaf de planten. || “Dank je wel, Tuincentrum Kowalczyk!”",
     ["Tuincentrum Kowalczyk"]),
    ("summary", "IJssalon Bertolucci kwam met een ijskar. || “De ijskar van IJssalon Bertolucci was een hit.”",
     ["IJssalon Bertolucci"]),
    ("summary", "Drankenhandel Lagrou leverde de frisdrank. || “Jana legde uit hoe de tap werkt.”",
     ["Drankenhandel Lagrou"]),
    ("summary", "Schrijnwerkerij Ashworth maakte het decor. || “Het decor was prachtig, zei Wout.”",
     ["Schrijnwerkerij Ashworth"]),
    ("summary", "Garage Visschers leende ons een busje. || “Merci, Garage Visschers!”", ["Garage Visschers"]),
    ("summary", "Verhuur Tanghe bracht de karren. || “Zonder de karren van Verhuur Tanghe lukte het niet.”",
     ["Verhuur Tanghe"]),
    ("section", "“Garage Peeters heeft de bus gesponsord.”", ["Garage Peeters"]),
    ("section", "“Bakkerij Okonkwo opende vorige maand een tweede winkel.”", ["Bakkerij Okonkwo"]),
    ("section", "“We haalden de frieten bij Frituur Bostyn en reden terug.”", ["Frituur Bostyn"]),
    ("section", "“Transport Lagrou reed de podiumdelen naar de Blaarmeersen.”", ["Transport Lagrou"]),
    # (F) groups, places and things in the list frame with a number -- 16
    ("section", "“KSA OOSTAKKER (12), Gent”", ["KSA OOSTAKKER", "Gent"]),
    ("section", "“CHIRO SINT-AMANDSBERG (40), Gent”", ["CHIRO SINT-AMANDSBERG", "Gent"]),
    ("section", "“KLJ MOORSLEDE (25), Moorslede”", ["KLJ MOORSLEDE", "Moorslede"]),
    ("section", "“WARD DE COCK (17), Ledeberg”", ["Ledeberg"]),
    ("section", "“AMINA EL KHATTABI (15), Borgerhout”", ["Borgerhout"]),
    ("section", "“Ondertekend door: JOKE DE SMEDT (18), Aalst; MEHDI BENALI (17), Molenbeek”",
     ["Aalst", "Molenbeek"]),
    ("section", "“Uitslag: 1. KSA NOORDSTER (31), Brugge 2. CHIRO LEDE (28), Lede”",
     ["KSA NOORDSTER", "CHIRO LEDE", "Brugge", "Lede"]),
    ("section", "“JEUGDHUIS DE LOODS (16+), Ledeberg”", ["JEUGDHUIS DE LOODS", "Ledeberg"]),
    ("section", "“SCOUTS ZELZATE (55), Zelzate”", ["SCOUTS ZELZATE", "Zelzate"]),
    ("section", "“Ploegen: KAA GENT (3), Brugge”", ["KAA GENT", "Brugge"]),
    ("section", "“GENTSE FEESTEN (2026), Gent”", ["GENTSE FEESTEN", "Gent"]),
    ("section", "“JOC WEVELGEM (20), Wevelgem”", ["JOC WEVELGEM", "Wevelgem"]),
    ("section", "“Groepen: KSJ BERLARE (19), Berlare en KLJ ZELE (22), Zele”",
     ["KSJ BERLARE", "KLJ ZELE", "Berlare", "Zele"]),
    ("section", "“VZW DE SPEELBOOT (12), Deinze”", ["VZW DE SPEELBOOT", "Deinze"]),
    ("section", "“OPEN BRIEF (16), Gent”", ["OPEN BRIEF", "Gent"]),
    ("section", "“FC TEMSE (14), Temse”", ["FC TEMSE", "Temse"]),
]

CLASSES = "E" * 18 + "F" * 18
KEEP_CLASSES = "E" * 16 + "F" * 16


def misses() -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for how in ("text", "report"):
        pick = run_text_path if how == "text" else run_path
        out[f"names {how}"] = [i for i, (p, t, ns) in enumerate(PERSON) if names_left(t, ns, pick(p))]
        out[f"keep {how}"] = [i for i, (p, t, ks) in enumerate(KEEP) if items_lost(t, ks, pick(p))]
    return out


def score() -> None:
    m = misses()
    for how in ("text", "report"):
        for cls in "EF":
            n = [i for i in range(len(PERSON)) if CLASSES[i] == cls]
            k = [i for i in range(len(KEEP)) if KEEP_CLASSES[i] == cls]
            left = [i for i in m[f"names {how}"] if CLASSES[i] == cls]
            lost = [i for i in m[f"keep {how}"] if KEEP_CLASSES[i] == cls]
            print(f"{how:6} {cls}: names left {len(left)}/{len(n)} {left}  look-alikes lost {len(lost)}/{len(k)} {lost}")


if __name__ == "__main__":
    score()
