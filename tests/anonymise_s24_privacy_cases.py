"""Session 24 (s24-privacy, issue 11 points 1 and 4, severity 1): person names the anonymiser
published at session 23's end (eeeb253), as classes -- (A) a name in all-lower-case chat ("heeft
iemand <naam> gezien?", "kom je ook, <naam>?", "ik heb <naam> gebeld" and their kin), (B) a
vocative with a particle surname or in capitals ("Dank je wel, De <Woord>!", "Bedankt, VAN
<WOORD>!"), (C) a firm named after a surname the report masks as a person's elsewhere (the quote
"Dank je wel, <Achternaam>!", the summary "... bij Bakkerij <Achternaam> ..."), (D) an East-Asian
family name first in capitals whose given name is a Dutch or English word ("TAN Wei", "LIM Hope").
A FROZEN batch.

Written by s24-privacy on 7 December 2026, 16:01-16:03 UTC (by `date`), BEFORE reading any rule
of these classes (only the brief, the prompt, issue 11 and the helpers of session 23's batch were
read). Every name is invented or chosen from many origins for the frame; the look-alikes are apps,
games, brands, places, clubs, slang, chat abbreviations, houses and firms in the same frames.

``PERSON``: ``(path, text, name parts that must go)``; ``KEEP``: ``(path, text, items that must
stay)``. ``path`` is ``"section"`` (the text is a report's quotes section) or ``"summary"`` (the
text is ``summary || quotes section``). The text path (``anonymise_text``) reads the whole text;
the report path runs ``anonymise_report`` on the report; the build path (class C and its
look-alikes, ``"summary"`` cases) builds a one-report workspace (html, json, digest) and reads
every published file. Policy under test (docs/decisions.md, session 23): a word a report masks as
a person's name is masked everywhere in that report, the firm named after it included.
``PYTHONPATH=tests python tests/anonymise_s24_privacy_cases.py [--show] [--no-build]``.
"""

from __future__ import annotations

import html
import re
import shutil
import tempfile
from pathlib import Path

from anonymise_s16_layout_line_cases import count, items_lost, names_left, run_section_report, run_text

from perskamer.testing import json_text

PERSON: list[tuple[str, str, list[str]]] = [
    # (A) all-lower-case chat, a name no list holds (invented, many origins) -- 16
    ("section", "“heeft iemand yorrin gezien? hij moest om 3 uur hier zijn”", ["yorrin"]),
    ("section", "“kom je ook, taslinde? we vertrekken om 8”", ["taslinde"]),
    ("section", "“ik heb oskia gebeld maar ze neemt niet op”", ["oskia"]),
    ("section", "“heeft iemand nalesha al gezien vandaag”", ["nalesha"]),
    ("section", "“kom je ook, dovric??”", ["dovric"]),
    ("section", "“ik heb kemaya gebeld, ze komt later”", ["kemaya"]),
    ("section", "“weet iemand waar thiebo is? zijn gsm staat uit”", ["thiebo"]),
    ("section", "“zeg tegen ravnika dat de bus er is”", ["ravnika"]),
    ("section", "“ik ga met ujarek naar de stad”", ["ujarek"]),
    ("section", "“heeft iemand florijntje gezien, de kleine met de rode muts”", ["florijntje"]),
    ("section", "“wacht op belquis, ze is bijna daar”", ["belquis"]),
    ("section", "“ik heb zohrani gezien aan de ingang”", ["zohrani"]),
    ("section", "“kom je ook, mirelda? het is gratis”", ["mirelda"]),
    ("section", "“heeft iemand sebrecht gezien? hij heeft de sleutels”", ["sebrecht"]),
    ("section", "“ik heb jaouhar en kwenzi gebeld, ze komen allebei”", ["jaouhar", "kwenzi"]),
    ("section", "“haha ik heb tijmo gebeld om 2u snachts”", ["tijmo"]),
    # (B) a vocative with a particle surname (body a word or invented) or in capitals -- 16
    ("section", "“Dank je wel, De Kraai! Zonder jou was het niet gelukt.”", ["Kraai"]),
    ("section", "“Bedankt, Van Lommeren, voor de soep.”", ["Lommeren"]),
    ("section", "“Goed gedaan, De Roover!”", ["Roover"]),
    ("section", "“Merci, Vander Zwalmen, je was fantastisch.”", ["Zwalmen"]),
    ("section", "“Bedankt, VAN DER STRAETMANS!”", ["STRAETMANS"]),
    ("section", "“Dank je, DE WAELKENS, voor alles.”", ["WAELKENS"]),
    ("section", "“Hé VANDENBOSSCHAERT, kom eens helpen!”", ["VANDENBOSSCHAERT"]),
    ("section", "“Bravo, TER MOLENBEEK!”", ["MOLENBEEK"]),
    ("section", "“Dag, Ten Vorderbrug, fijn dat je er bent.”", ["Vorderbrug"]),
    ("section", "“Dank je wel, De Vos! Je bent een topper.”", ["Vos"]),
    ("section", "“Bedankt, Van Steen, voor de lift.”", ["Steen"]),
    ("section", "“Proficiat, DE SMEDTKENS, met je diploma!”", ["SMEDTKENS"]),
    ("section", "“Dank je wel, OKONKWO-VERBIEST!”", ["OKONKWO-VERBIEST"]),
    ("section", "“Merci, Del Ponte, je was de beste coach.”", ["Ponte"]),
    ("section", "“Bedankt, ZERAOUI, voor je geduld.”", ["ZERAOUI"]),
    ("section", "“Dankjewel, Van den Berghe-Mutombo!”", ["Berghe-Mutombo"]),
    # (C) a firm after a surname the report masks as a person's elsewhere -- 14
    ("summary", "We aten bij Bakkerij Oosterwijckx. || “Dank je wel, Oosterwijckx!”", ["Oosterwijckx"]),
    ("summary", "De drank kwam van Brouwerij Kwadenhove. || “Kwadenhove gaf ons een vat.”", ["Kwadenhove"]),
    ("summary", "Na afloop gingen we naar Frituur Mullebroeck. || “Bedankt, Mullebroeck!”", ["Mullebroeck"]),
    ("summary", "De bus kwam van Garage Tsjakalov. || “Ik heb met Tsjakalov gebeld.”", ["Tsjakalov"]),
    ("summary", "Het vlees kwam van Slagerij Verstuyvelen. || “Volgens Verstuyvelen was het genoeg.”", ["Verstuyvelen"]),
    ("summary", "De affiches komen van Drukkerij Haelterman. || “Merci, Haelterman, ze zijn mooi.”", ["Haelterman"]),
    ("summary", "We kochten bloemen bij Bloemen Adebayo-Claes. || “Adebayo-Claes kwam ze zelf brengen.”", ["Adebayo-Claes"]),
    ("summary", "De tenten kwamen van Transport Vandewoesteyne. || “We belden Vandewoesteyne om zes uur.”", ["Vandewoesteyne"]),
    ("summary", "Het slotmoment was in Café Pieterwaels. || “Pieterwaels tapte de hele avond.”", ["Pieterwaels"]),
    ("summary", "We kregen korting bij Tuincentrum Ghekiere. || “Dank je, Ghekiere!”", ["Ghekiere"]),
    ("summary", "Apotheek Nwachukwu sponsorde de EHBO-koffer. || “Nwachukwu legde uit hoe het werkt.”", ["Nwachukwu"]),
    ("summary", "De taart kwam van Patisserie Dhondtsma. || “Het was van Dhondtsma, zei de leider.”", ["Dhondtsma"]),
    ("section", "“Bakkerij Hoornaertsen bracht broodjes. Bedankt, Hoornaertsen!”", ["Hoornaertsen"]),
    ("section", "“We huurden de bus bij Garage Lammertijn. Lammertijn reed zelf.”", ["Lammertijn"]),
    # (D) an East-Asian family name first in capitals, the given name a Dutch/English word -- 14
    ("section", "“De winnaar van de quiz was TAN Wei uit Singapore.”", ["TAN", "Wei"]),
    ("section", "“Op het podium: LIM Hope, de jongste deelnemer.”", ["LIM", "Hope"]),
    ("section", "“Onze gastspreker was WONG Grace van een jeugdhuis in Hongkong.”", ["WONG", "Grace"]),
    ("section", "“Ik speelde samen met CHEN Mei.”", ["CHEN", "Mei"]),
    ("section", "“De prijs ging naar GOH Tin.”", ["GOH", "Tin"]),
    ("section", "“We spraken met ZHAO Lei over vrijwilligers.”", ["ZHAO", "Lei"]),
    ("section", "“Deelnemers: NG Joy, KOH Sunny en TEO Amber.”", ["NG", "Joy", "KOH", "Sunny", "TEO", "Amber"]),
    ("section", "“LEE Ruby vertelde over haar stage.”", ["LEE", "Ruby"]),
    ("section", "“Ik zat in een groep met HUANG Bo en XU Ming.”", ["HUANG", "Bo", "XU", "Ming"]),
    ("section", "“Het verhaal van PHAM Lan raakte me.”", ["PHAM", "Lan"]),
    ("section", "“Uitslag: 1. SONG Star 2. QUEK Summer 3. ONG Crystal”", ["SONG", "Star", "QUEK", "Summer", "ONG", "Crystal"]),
    ("section", "“Volgens CHUA Iris is vrijwilligerswerk daar heel normaal.”", ["CHUA", "Iris"]),
    ("section", "“Mijn buddy was YEO Sky, een student uit Kuala Lumpur.”", ["YEO", "Sky"]),
    ("section", "“De foto's zijn van LAU Rose.”", ["LAU", "Rose"]),
]

KEEP: list[tuple[str, str, list[str]]] = [
    # (A) the same lower-case chat frames with apps, games, brands, places, clubs, slang -- 44
    ("section", "“heeft iemand minecraft gezien? de server ligt plat”", ["minecraft"]),
    ("section", "“kom je ook, mannen? we starten om 8”", ["mannen"]),
    ("section", "“ik heb de delhaize gebeld maar ze waren dicht”", ["delhaize"]),
    ("section", "“heeft iemand netflix al gezien vandaag, die nieuwe reeks”", ["netflix"]),
    ("section", "“kom je ook, schat?”", ["schat"]),
    ("section", "“ik heb proximus gebeld voor de wifi”", ["proximus"]),
    ("section", "“heeft iemand fortnite gespeeld gisteren”", ["fortnite"]),
    ("section", "“kom je ook, bro? het is gratis”", ["bro"]),
    ("section", "“ik heb de chiro gebeld, ze komen met 12”", ["chiro"]),
    ("section", "“heeft iemand tiktok gezien, die van de leiding”", ["tiktok"]),
    ("section", "“heeft iemand mijn oplader gezien”", ["oplader"]),
    ("section", "“kom je ook naar kortrijk zaterdag?”", ["kortrijk"]),
    ("section", "“heeft iemand roblox gezien op de computer van de jeugdruimte”", ["roblox"]),
    ("section", "“kom je ook, gast? we gaan naar de fuif”", ["gast"]),
    ("section", "“ik heb de ksa gebeld voor de tenten”", ["ksa"]),
    ("section", "“weet iemand waar de lidl is? ik vind het niet”", ["lidl"]),
    ("section", "“zeg tegen mama dat ik later ben”", ["mama"]),
    ("section", "“ik ga met de trein naar antwerpen”", ["antwerpen"]),
    ("section", "“heeft iemand de fifa gezien, die nieuwe versie”", ["fifa"]),
    ("section", "“wacht op de lijn, die is altijd te laat”", ["lijn"]),
    ("section", "“ik heb spotify gebeld haha nee grapje”", ["spotify"]),
    ("section", "“kom je ook, wejo? wollah het wordt zot”", ["wejo", "wollah"]),
    ("section", "“heeft iemand snapchat gezien, die filter is zot”", ["snapchat"]),
    ("section", "“ik heb de huisarts gebeld, hij komt om 5”", ["huisarts"]),
    ("section", "“kom je ook, sws toch?”", ["sws"]),
    ("section", "“heeft iemand de bib gezien, ik ben verloren”", ["bib"]),
    ("section", "“ik heb de brandweer gebeld omdat het rookte”", ["brandweer"]),
    ("section", "“weet iemand waar de colruyt is in gent?”", ["colruyt", "gent"]),
    ("section", "“heeft iemand de playstation gezien, hij was hier”", ["playstation"]),
    ("section", "“kom je ook, vriendinnen? ff chillen”", ["vriendinnen", "chillen"]),
    ("section", "“ik heb awel gebeld toen het slecht ging”", ["awel"]),
    ("section", "“heeft iemand discord gezien, de link werkt niet”", ["discord"]),
    ("section", "“kom je ook, lieverd?”", ["lieverd"]),
    ("section", "“ik heb de politie gebeld, idk wat ik anders moest”", ["politie", "idk"]),
    ("section", "“heeft iemand whatsapp gezien, mijn berichten komen niet aan”", ["whatsapp"]),
    ("section", "“ik ga met de scouts naar de ardennen”", ["scouts", "ardennen"]),
    ("section", "“zeg tegen de leiding dat we er zijn”", ["leiding"]),
    ("section", "“heeft iemand pokemon go gespeeld in het park?”", ["pokemon"]),
    ("section", "“kom je ook, ouwe? omg het wordt leuk”", ["ouwe", "omg"]),
    ("section", "“ik heb de jeugddienst gebeld over de zaal”", ["jeugddienst"]),
    ("section", "“heeft iemand brugge gezien op tv, de match”", ["brugge"]),
    ("section", "“wacht op de tram, die komt om 10 over”", ["tram"]),
    ("section", "“ik heb de mediamarkt gebeld voor een nieuwe gsm”", ["mediamarkt"]),
    ("section", "“heeft iemand de zon gezien vandaag lol”", ["zon"]),
    # (B) vocatives to houses, firms, clubs, towns and acronyms -- 14
    ("section", "“Dank je wel, De Lijn! Eindelijk op tijd.”", ["De Lijn"]),
    ("section", "“Bedankt, KSA Oostkamp, voor de tenten.”", ["KSA Oostkamp"]),
    ("section", "“Merci, VIVES, voor de lokalen.”", ["VIVES"]),
    ("section", "“Dank je wel, De Warande!”", ["De Warande"]),
    ("section", "“Bedankt, Het Depot, voor de zaal.”", ["Het Depot"]),
    ("section", "“Dank je wel, Stad Gent!”", ["Stad Gent"]),
    ("section", "“Bedankt, DE KLINKER, voor de fuif!”", ["DE KLINKER"]),
    ("section", "“Merci, VRT, voor de reportage.”", ["VRT"]),
    ("section", "“Dank je wel, Chiro Lede!”", ["Chiro Lede"]),
    ("section", "“Bedankt, Het Paviljoen, voor de koffie.”", ["Het Paviljoen"]),
    ("section", "“Dank je wel, JEUGDHUIS DE BRUG!”", ["JEUGDHUIS DE BRUG"]),
    ("section", "“Bravo, KAA Gent!”", ["KAA Gent"]),
    ("section", "“Dank je, De Zonnebloem, voor de bezoekjes.”", ["De Zonnebloem"]),
    ("section", "“Bedankt, De Kreun, voor het podium.”", ["De Kreun"]),
    # (C) firms beside a person of another name, or thanked themselves -- 10
    ("summary", "We aten bij Bakkerij Het Korenveld. || “Dank je wel, Sieglinde!”", ["Het Korenveld"]),
    ("summary", "De drank kwam van Brouwerij De Koninck. || “Koen gaf ons een vat.”", ["De Koninck"]),
    ("summary", "Na afloop gingen we naar Frituur De Pit. || “Bedankt, mevrouw Claerhout!”", ["De Pit"]),
    ("summary", "De bus kwam van Garage Decoster. || “Dank je wel, Garage Decoster!”", ["Decoster"]),
    ("summary", "Het vlees kwam van Slagerij Rooryck. || “Volgens de slager was het genoeg.”", ["Rooryck"]),
    ("summary", "Het slotmoment was in Café Den Hoek. || “Dank je, Den Hoek!”", ["Den Hoek"]),
    ("summary", "We kochten de drank bij Drankencentrale Deleu. || “Bedankt, Jelena!”", ["Deleu"]),
    ("summary", "De affiches komen van Drukkerij Vanmarcke. || “Merci, Yusuf, ze zijn mooi.”", ["Vanmarcke"]),
    ("summary", "We sliepen in Jeugdherberg De Blauwput. || “Dank je wel, De Blauwput!”", ["De Blauwput"]),
    ("summary", "Met steun van Brouwerij Omer Vander Ghinste. || “Bedankt, Fien!”", ["Omer Vander Ghinste"]),
    # (D) capitals first, then a capitalised word: organisations, places, brands -- 14
    ("section", "“We gingen naar het MAS Antwerpen met de groep.”", ["MAS Antwerpen"]),
    ("section", "“Ze speelt bij KAA Gent in de jeugd.”", ["KAA Gent"]),
    ("section", "“Hij ligt in het AZ Groeninge.”", ["AZ Groeninge"]),
    ("section", "“Ze werkt bij het OCMW Aalst.”", ["OCMW Aalst"]),
    ("section", "“Ze studeert aan de VUB Brussel.”", ["VUB Brussel"]),
    ("section", "“We bezochten DOK Gent in de zomer.”", ["DOK Gent"]),
    ("section", "“De tickets kochten we bij FNAC Wijnegem.”", ["FNAC Wijnegem"]),
    ("section", "“Het concert was in de AB Club.”", ["AB Club"]),
    ("section", "“Hij zit bij JOC Wevelgem.”", ["JOC Wevelgem"]),
    ("section", "“We kregen stoelen van IKEA Zaventem.”", ["IKEA Zaventem"]),
    ("section", "“Uitslag: 1. KSA Noordzee 2. KLJ Kuurne 3. VVKSM Lier”", ["KSA Noordzee", "KLJ Kuurne", "VVKSM Lier"]),
    ("section", "“De wedstrijd was tegen RSC Anderlecht.”", ["RSC Anderlecht"]),
    ("section", "“Het festival heet TAZ Oostende.”", ["TAZ Oostende"]),
    ("section", "“Ik las het in HLN Sport.”", ["HLN Sport"]),
]

CLASSES = "A" * 16 + "B" * 16 + "C" * 14 + "D" * 14
KEEP_CLASSES = "A" * 44 + "B" * 14 + "C" * 10 + "D" * 14


def _split(text: str) -> tuple[str, str]:
    summary, _, quotes = text.partition(" || ")
    return summary, quotes


def run_summary_report(text: str) -> str:
    """The published credit, quote and sections of a report whose summary and quotes section are
    ``text`` split at " || " (``anonymise_report``)."""
    from anonymise_s15_credit_cases import run

    summary, quotes = _split(text)
    return run(quotes, summary)


def run_path(path: str):
    return run_summary_report if path == "summary" else run_section_report


def run_text_path(path: str):
    if path == "summary":
        return lambda t: run_text("\n\n".join(_split(t)))
    return run_text


_REPORT = """---
title: "Een avond over vrijwilligers"
date: 2026-11-20
session: "Ronde 2 - zaal Schelde"
reporter: "Redactie"
---

## Wat er is gebeurd in de sessie? Wat hebben jullie gedaan/gehoord/beleefd? Omschrijf in 5 a 10 zinnen

{summary}

## Interessante quote(s) uit de sessie

> {quote}
"""


def run_build(text: str) -> str:
    """Every published file (html, json, digest) of a one-report workspace built from ``text``
    (``summary || quote`` or a quotes section alone), as one text (html entities unescaped)."""
    from perskamer.cli import main

    root = Path(__file__).resolve().parents[1]
    summary, quote = _split(text) if " || " in text else ("Een avond over de jeugdraad.", text)
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        (base / "config").mkdir()
        (base / "content").mkdir()
        shutil.copy(root / "config/ambitions.yaml", base / "config/ambitions.yaml")
        cfg = (root / "config/perskamer.yaml").read_text(encoding="utf-8")
        cfg = re.sub(r"(?m)^outputs:.*$", "outputs: [html, json, digest]", cfg)
        (base / "config/perskamer.yaml").write_text(cfg, encoding="utf-8")
        (base / "content/001_avond.md").write_text(_REPORT.format(summary=summary, quote=quote), encoding="utf-8")
        main(["build", "--config", str(base / "config/perskamer.yaml"), "--content", str(base / "content"),
              "--out", str(base / "public"), "--quiet", "--no-cache"])  # (its summary goes to stdout)
        parts = []
        for f in sorted((base / "public").rglob("*")):
            if f.is_file() and f.suffix in {".html", ".json", ".txt", ".eml", ".xml", ".md"}:
                raw = f.read_text(encoding="utf-8", errors="replace")
                parts.append(html.unescape(json_text(raw) if f.suffix == ".json" else raw))
        return "\n".join(parts)


def build_items_lost(text: str, items: list[str]) -> list[str]:
    """Keep items the built site no longer shows (an item counted at least once)."""
    out = run_build(text)
    return [k for k in items if count(k, out) == 0]


def misses(build: bool = True) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for how in ("text", "report"):
        pick = run_text_path if how == "text" else run_path
        out[f"names {how}"] = [i for i, (p, t, ns) in enumerate(PERSON) if names_left(t, ns, pick(p))]
        out[f"keep {how}"] = [i for i, (p, t, ks) in enumerate(KEEP) if items_lost(t, ks, pick(p))]
    if build:
        out["names build"] = [i for i, (p, t, ns) in enumerate(PERSON)
                              if CLASSES[i] == "C" and names_left(t, ns, run_build)]
        out["keep build"] = [i for i, (p, t, ks) in enumerate(KEEP)
                             if KEEP_CLASSES[i] == "C" and build_items_lost(t, ks)]
    return out


def score(show: bool = False, build: bool = True) -> None:
    m = misses(build)
    for how in ("text", "report", "build"):
        if f"names {how}" not in m:
            continue
        left, lost = m[f"names {how}"], m[f"keep {how}"]
        by = {c: sum(1 for i in left if CLASSES[i] == c) for c in sorted(set(CLASSES))}
        byk = {c: sum(1 for i in lost if KEEP_CLASSES[i] == c) for c in sorted(set(KEEP_CLASSES))}
        n_p = len(PERSON) if how != "build" else CLASSES.count("C")
        n_k = len(KEEP) if how != "build" else KEEP_CLASSES.count("C")
        print(f"{how:6}: cases with a name left {len(left)}/{n_p} {by} {left}; "
              f"look-alike cases losing an item {len(lost)}/{n_k} {byk} {lost}")
    if show:
        for how in ("text", "report"):
            pick = run_text_path if how == "text" else run_path
            for side, cases in (("names", PERSON), ("keep", KEEP)):
                for i in m[f"{side} {how}"]:
                    p, t, _ = cases[i]
                    print(f"{side[0].upper()} {how} {i}: {pick(p)(t)!r}")


assert len(CLASSES) == len(PERSON), (len(CLASSES), len(PERSON))
assert len(KEEP_CLASSES) == len(KEEP), (len(KEEP_CLASSES), len(KEEP))

if __name__ == "__main__":
    import sys

    score(show="--show" in sys.argv, build="--no-build" not in sys.argv)
